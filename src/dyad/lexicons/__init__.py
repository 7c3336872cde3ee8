"""dyad's data files: the one CSV reader every stage uses, and its word lists and code maps.

Every table dyad ships is a CSV file in the ``data/`` folder of the stage that owns it
(``actors/data``, ``events/data``, ...) or, for lists several stages use, in
``lexicons/data``. The format:

- lines starting with ``#`` are comments; those before the column row are the file's header,
  which says what the list is for and where it came from (a ``# Source:`` line in every word
  list and code map; ``# key: value`` lines are read by `Table.meta`);
- then a row of column names and one row per entry; values are stripped, blank lines skipped;
  a ``note`` column, where there is one, is for readers only.

`read_table` and `data_table` return a `Table` whose rows (`Row`) have typed accessors
(``|``-separated lists, dates, numbers, flags). `word_set`, `word_list`, `code_map` and
`int_map` read the small lists the rules match text against, cached: a word list has its
entries in the first column, a map its keys in the first and values in the second. They
refuse a file without a ``# Source:`` line or with an empty or repeated entry (E203).

What is data and what stays in code (issue #23): word lists and code maps are data, that is
every named set, sequence or mapping of English words the rules match text against
(lemmas, prepositions, auxiliaries, pronouns, titles, number words) and every named set or
mapping of CAMEO codes or PLOVER types that decides what a rule does (refusal, intent and
threat codes, the types that take one party). These stay in code, beside the logic:

1. labels of spaCy's model (dependency labels, part-of-speech tags, entity labels), which
   are the parser's fixed vocabulary rather than English;
2. numbers: confidences, thresholds, windows, each commented with how it was tuned;
3. one word or code given a name (``PREPARE_VERB``, ``COMMITMENT_CODE``), or a word or two
   chosen inside the logic itself (``child.lower_ == "to"``; the prepositions of an "of X"
   phrase in ``actors/resolve.py``), where the code reads as the rule;
4. regular expressions and text matched character for character, whose words are part of
   the pattern (dates' durations and periods; amounts' range joiners, " and ", with their
   spaces), and the calendar words beside them whose values are date arithmetic (weekday
   names in ``date.weekday()`` order, today/yesterday, last/next week);
5. the features of a trained model (``quotes/model.py``): the weights in
   ``quote_model.json`` were learned with them, so they change only with retraining;
6. names of dyad's own output contract, interface and gold-data formats (PLOVER_TYPES in
   ``records.py``, granularities, mention kinds, explanation texts, ``eval/`` suites'
   translations of their gold files), punctuation and file suffixes.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from dyad.errors import DictionaryError

T = TypeVar("T")

NOTE = "note"
"""The column of per-row notes for readers, ignored by the loaders."""


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its values by column name, and the line it came from."""

    columns: tuple[str, ...]
    values: tuple[str, ...]
    origin: str
    """``file.csv:LINE``, for error messages."""

    def __getitem__(self, column: str) -> str:
        try:
            return self.values[self.columns.index(column)]
        except ValueError:
            reason = f"no column {column!r}"
            raise DictionaryError("E203", origin=self.origin, reason=reason) from None

    def split(self, column: str) -> tuple[str, ...]:
        """A ``|``-separated list: ``"UN|U.N."`` -> ``("UN", "U.N.")``; empty items dropped."""
        return tuple(v.strip() for v in self[column].split("|") if v.strip())

    def date(self, column: str) -> dt.date | None:
        """An ISO date, or None when the cell is empty."""
        value = self[column]
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError as e:
            raise DictionaryError("E201", origin=self.origin, reason=f"bad date {value!r}") from e

    def integer(self, column: str) -> int:
        return self._parsed(column, int, "an integer")

    def number(self, column: str) -> float:
        return self._parsed(column, float, "a number")

    def _parsed(self, column: str, parse: Callable[[str], T], what: str) -> T:
        """The cell read by ``parse``; E203 naming ``what`` it should be when it cannot."""
        value = self[column]
        try:
            return parse(value)
        except ValueError as e:
            reason = f"{column} is not {what}: {value!r}"
            raise DictionaryError("E203", origin=self.origin, reason=reason) from e

    def flag(self, column: str) -> bool:
        """``1`` is true; anything else (``0``, empty) false."""
        return self[column] == "1"


@dataclass(frozen=True, slots=True)
class Table:
    """A data file: its header comments, its columns and its rows."""

    name: str
    header: tuple[str, ...]
    """The comment lines before the column row, without their ``#``."""
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def meta(self, key: str) -> str | None:
        """The value of a ``# key: value`` header line (key case-insensitive), or None."""
        for line in self.header:
            name, colon, value = line.partition(":")
            if colon and name.strip().lower() == key.lower():
                return value.strip()
        return None

    @property
    def source(self) -> str | None:
        """Where the entries came from: the header's ``# Source:`` line."""
        return self.meta("source")

    def column(self, name: str) -> tuple[str, ...]:
        """Every row's value in column ``name``."""
        if name not in self.columns:
            raise DictionaryError("E203", origin=self.name, reason=f"no column {name!r}")
        return tuple(row[name] for row in self.rows)


def parse_table(text: str, name: str) -> Table:
    """The table in ``text`` (the contents of the file ``name``, used in messages)."""
    header: list[str] = []
    kept: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            if not kept:
                header.append(line[1:].strip())
        elif line.strip():
            kept.append(line)
            numbers.append(number)
    reader = csv.reader(kept)
    columns = tuple(c.strip() for c in next(reader, []))
    if not columns:
        raise DictionaryError("E203", origin=name, reason="no column row")
    rows = []
    for fields in reader:
        origin = f"{name}:{numbers[reader.line_num - 1]}"
        if len(fields) > len(columns):  # an unquoted comma
            reason = f"{len(fields)} fields for {len(columns)} columns"
            raise DictionaryError("E203", origin=origin, reason=reason)
        # trailing fields left out are empty, as with csv.DictReader
        values = tuple(fields[i].strip() if i < len(fields) else "" for i in range(len(columns)))
        rows.append(Row(columns, values, origin))
    return Table(name, tuple(header), columns, tuple(rows))


def read_table(path: Path | str) -> Table:
    """The table in the file at ``path``."""
    path = Path(path)
    return parse_table(path.read_text(encoding="utf-8"), path.name)


def data_table(package: str, name: str) -> Table:
    """The table ``name`` in the ``data/`` folder of ``package`` (``"dyad.events"``). Not
    cached: callers keep what they build from it (the knowledge base, a word set), not the
    rows."""
    text = resources.files(package).joinpath("data/" + name).read_text(encoding="utf-8")
    return parse_table(text, name)


def _lexicon(package: str, name: str, width: int) -> Table:
    """A word list (``width`` 1) or map (2): its header names a source, its entries are
    unique and not empty."""
    table = data_table(package, name)
    if not table.source:
        raise DictionaryError("E203", origin=name, reason="no '# Source:' line in the header")
    data_columns = [c for c in table.columns if c != NOTE]
    if len(data_columns) < width:
        raise DictionaryError("E203", origin=name, reason=f"needs {width} column(s)")
    seen: set[str] = set()
    for row in table:
        entry = row.values[0]
        if not entry or entry in seen:
            reason = "empty entry" if not entry else f"{entry!r} listed twice"
            raise DictionaryError("E203", origin=row.origin, reason=reason)
        seen.add(entry)
    return table


@cache
def word_set(package: str, name: str, where: str | None = None) -> frozenset[str]:
    """The entries of a word list (first column); with ``where``, only the rows whose
    column ``where`` is ``1``."""
    table = _lexicon(package, name, 1)
    return frozenset(row.values[0] for row in table if where is None or row.flag(where))


@cache
def word_list(package: str, name: str) -> tuple[str, ...]:
    """The entries of a word list in file order, for lists whose order means something."""
    return tuple(row.values[0] for row in _lexicon(package, name, 1))


@cache
def code_map(package: str, name: str) -> Mapping[str, str]:
    """A read-only map from the first column to the second, in file order."""
    table = _lexicon(package, name, 2)
    return MappingProxyType({row.values[0]: row.values[1] for row in table})


@cache
def int_map(package: str, name: str) -> Mapping[str, int]:
    """A read-only map from the first column to the integer in the second, in file order."""
    table = _lexicon(package, name, 2)
    return MappingProxyType({row.values[0]: row.integer(table.columns[1]) for row in table})
