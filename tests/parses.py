"""Hand-built parses: spaCy Docs with the annotation dyad's rules read, made without the model.

A parse is written as its text and a table, one row per token and CoNLL-U's columns (without
FEATS, DEPS and MISC) plus the entity tag::

    doc = parse(
        "Russia imposed sanctions.",
        '''
        1  Russia     _         PROPN  NNP  2  nsubj  B-GPE
        2  imposed    impose    VERB   VBD  0  ROOT
        3  sanctions  sanction  NOUN   NNS  2  dobj
        4  .          _         PUNCT  .    2  punct
        ''',
    )

- ID counts the tokens of a sentence from 1; a row with ID 1 starts the next sentence.
- LEMMA ``_`` is the default: the word itself for a proper noun, else its lower case.
- HEAD is the ID of the head in the same sentence, 0 for the root (whose DEPREL is ROOT).
- The entity tag is IOB (``B-GPE``, ``I-GPE``); none means outside an entity.
- Whitespace tokens are written escaped (``\\n``, in a raw string); ``#`` starts a comment
  line.

The text gives the spaces between tokens; the tokens must spell it. `parse` checks both, and
that the heads make one tree per sentence, so a typo fails where it is made.

A module whose tests share sentences keeps their parses in one `Parses` bank, each table under
its text in CoNLL-U's ``# text = …`` line (a line break in the text written ``\\n``), and
asks it for a text's Doc: ``PARSES.doc("Russia imposed sanctions on Iran.")``. A sentence
that several modules test has its table once, in `tests.parses_shared`'s bank, which those
modules' banks take: ``Parses(r'''…''', SHARED)``.

To write a test on a real sentence, print en_core_web_sm's parse of it and paste it::

    python -m tests.parses "Russia imposed sanctions on Iran." ["Another text." ...]

`code_parse` runs dyad's stages (actors to events) on a hand-built parse, as
`dyad.pipeline.code_text` runs them on the model's: the rules end to end, without the model.
`mention` makes a `dyad.doc.DocMention` by hand for tests of one stage's functions.
"""

from __future__ import annotations

import codecs
import datetime as dt
import sys
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyad.doc import DocMention
from dyad.events.trace import Decision
from dyad.nlp.cleanup import clean_text
from dyad.nlp.extensions import register_extensions
from dyad.records import Actor, Article, CodedArticle

DATE = "2026-02-04"
"""The article date `code_parse` resolves against unless told (the ``code`` fixture's)."""
COLUMNS = ("ID", "FORM", "LEMMA", "UPOS", "XPOS", "HEAD", "DEPREL", "ENT")


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    id: int
    form: str
    lemma: str
    pos: str
    tag: str
    head: int
    dep: str
    ent: str


@lru_cache(maxsize=1)
def _blank() -> Language:
    return spacy.blank("en")


def parse(text: str, table: str) -> Doc:
    """A Doc of ``text`` with the annotation in ``table`` (see the module doc)."""
    register_extensions()
    rows = _rows(table)
    words = [r.form for r in rows]
    heads: list[int] = []
    starts: list[int] = []
    for n, row in enumerate(rows):
        if row.id == 1:
            starts.append(n)
        elif not starts or row.id != rows[n - 1].id + 1:
            raise ValueError(f"table line {row.line}: ID {row.id} does not follow the row before")
        heads.append(n if row.head == 0 else starts[-1] + row.head - 1)
        if (row.head == 0) != (row.dep == "ROOT"):
            raise ValueError(f"table line {row.line}: only the root (HEAD 0) is ROOT")
    ends = [*starts[1:], len(rows)]
    for start, end in zip(starts, ends, strict=True):
        for n in range(start, end):
            if not start <= heads[n] < end:
                raise ValueError(f"table line {rows[n].line}: HEAD {rows[n].head} is no ID here")
    doc = Doc(
        _blank().vocab,
        words=words,
        spaces=_spaces(text, words),
        lemmas=[r.lemma for r in rows],
        pos=[r.pos for r in rows],
        tags=[r.tag for r in rows],
        heads=heads,
        deps=[r.dep for r in rows],
        ents=[r.ent for r in rows],
    )
    found = [s.start for s in doc.sents]
    if found != starts:
        raise ValueError(f"the heads make sentences start at tokens {found}, not {starts}")
    return doc


def _rows(table: str) -> list[_Row]:
    rows = []
    for line_no, line in enumerate(table.splitlines(), 1):
        cells = line.split()
        if not cells or cells[0].startswith("#"):
            continue
        if len(cells) not in (7, 8):
            raise ValueError(f"table line {line_no}: {len(cells)} columns, not 7 or 8: {line!r}")
        id_, form, lemma, pos, tag, head, dep, *ent = cells
        if "\\" in form:
            form = codecs.decode(form, "unicode_escape")
        if lemma == "_":
            lemma = _default_lemma(form, pos)
        elif "\\" in lemma:
            lemma = codecs.decode(lemma, "unicode_escape")
        rows.append(_Row(line_no, int(id_), form, lemma, pos, tag, int(head), dep, *ent or ["O"]))
    if not rows:
        raise ValueError("an empty table")
    return rows


def _default_lemma(form: str, pos: str) -> str:
    return form if pos == "PROPN" else form.lower()


def _spaces(text: str, words: list[str]) -> list[bool]:
    """Whether each word is followed by a space in ``text``, which the words must spell."""
    spaces = []
    at = 0
    for word in words:
        if not text.startswith(word, at):
            raise ValueError(f"{word!r} is not at character {at} of the text: {text[at:][:40]!r}")
        at += len(word)
        space = text[at : at + 1] == " "
        spaces.append(space)
        at += space
    if at != len(text):
        raise ValueError(f"the table ends before the text: {text[at:][:40]!r} is left")
    return spaces


def table(doc: Doc) -> str:
    """``doc``'s annotation in the notation `parse` reads."""
    sentence_of = [0] * len(doc)
    cells = []
    for sent in doc.sents:
        for token in sent:
            sentence_of[token.i] = sent.start
    for token in doc:
        start = sentence_of[token.i]
        head = 0 if token.head.i == token.i else token.head.i - start + 1
        lemma = "_" if token.lemma_ == _default_lemma(token.text, token.pos_) else token.lemma_
        ent = f"{token.ent_iob_}-{token.ent_type_}" if token.ent_iob_ in ("B", "I") else ""
        row = [
            str(token.i - start + 1),
            _escape(token.text),
            _escape(lemma),
            token.pos_,
            token.tag_,
            str(head),
            token.dep_,
            ent,
        ]
        cells.append(row)
    widths = [max(len(row[k]) for row in cells) for k in range(len(COLUMNS))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in cells
    )


def _escape(word: str) -> str:
    if word and not any(c.isspace() for c in word):
        return word
    return word.encode("unicode_escape").decode("ascii").replace(" ", "\\x20")


def span(doc: Doc, text: str, nth: int = 0) -> Span:
    """The ``nth`` run of whole tokens in ``doc`` that reads ``text``."""
    found = [
        s
        for s in (doc.char_span(i, i + len(text)) for i in _find_all(doc.text, text))
        if s is not None
    ]
    if len(found) <= nth:
        raise ValueError(f"{text!r} is not {nth + 1} times a run of tokens in {doc.text!r}")
    return found[nth]


def token(doc: Doc, text: str, nth: int = 0) -> Token:
    """The ``nth`` token that reads ``text``."""
    return span(doc, text, nth).root


def _find_all(text: str, needle: str) -> list[int]:
    out = []
    at = text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def mention(
    doc: Doc, text: str, actor: Actor, kind: str = "name", nth: int = 0, **fields: Any
) -> DocMention:
    """A mention of ``actor`` by the ``nth`` run of tokens reading ``text``, as the actors
    stage would leave it in ``doc._.mentions``. It is a subject when its root is one (pass
    ``subject=`` to say otherwise); other `DocMention` fields by keyword."""
    found = span(doc, text, nth)
    starts = [s.start for s in doc.sents]
    fields.setdefault("subject", found.root.dep_ in ("nsubj", "nsubjpass"))
    return DocMention(
        start=found.start,
        end=found.end,
        start_char=found.start_char,
        end_char=found.end_char,
        text=found.text,
        actor=actor,
        kind=kind,
        sentence=bisect_right(starts, found.start) - 1,
        **fields,
    )


def rules(petrarch: bool = False, kb: str = "", verbs: str = "", events: str = "rules") -> Language:
    """A blank English pipeline with dyad's stages and no statistical component: what runs
    on a hand-built parse; built once per process and arguments. ``kb``, ``verbs`` and
    ``events`` as `dyad.pipeline.build_pipeline` takes them (empty: dyad's own); the events
    stage decides by its rules alone unless ``events`` names a model (``shipped``: the
    learned stage), since most tests here test the rules that propose."""
    return _rules(petrarch, kb, verbs, events)


@lru_cache(maxsize=4)
def _rules(petrarch: bool, kb: str, verbs: str, events: str) -> Language:
    from dyad.pipeline import STAGES

    nlp = spacy.blank("en")
    configs: dict[str, dict[str, Any]] = {
        "dyad_actors": {"petrarch": petrarch} | ({"kb": kb} if kb else {}),
        "dyad_events": {"petrarch": petrarch, "model": events}
        | ({"verbs": verbs} if verbs else {}),
    }
    for name in STAGES:
        nlp.add_pipe(name, config=configs.get(name, {}))
    return nlp


def run_stages(
    doc: Doc,
    date: str | None = DATE,
    petrarch: bool = False,
    kb: str = "",
    verbs: str = "",
    trace: list[Decision] | None = None,
    events: str = "rules",
) -> Doc:
    """``doc`` with dyad's stages run on it (`rules`), the article dated ``date``; the events
    stage appends its decisions to ``trace``. A stage's error is raised, not recorded as the
    pipeline records it."""
    doc._.article_date = dt.date.fromisoformat(date) if date else None
    doc._.event_trace = trace
    for _, stage in rules(petrarch, kb, verbs, events).pipeline:
        stage(doc)
    return doc


def records(doc: Doc) -> CodedArticle:
    """The records dyad's stages left on ``doc``, as the pipeline collects them."""
    article = Article(id="handbuilt", text=doc.text, date=doc._.article_date)
    return CodedArticle(
        article=article,
        mentions=tuple(m.record for m in doc._.mentions),
        quotes=tuple(doc._.quotes),
        events=tuple(doc._.events),
        amounts=tuple(f.record for f in doc._.amounts),
        dates=tuple(f.record for f in doc._.dates),
        locations=tuple(f.record for f in doc._.locations),
    )


def code_parse(text: str, table: str, date: str | None = DATE, **options: Any) -> CodedArticle:
    """The records dyad's stages make of a hand-built parse (see `parse`), as the ``code``
    fixture returns them for the model's; ``options`` as `run_stages` takes them. Like the
    pipeline, it parses ``text`` cleaned (`dyad.nlp.cleanup.clean_text`): the table is of
    the cleaned text."""
    return records(run_stages(parse(clean_text(text), table), date, **options))


TEXT_LINE = "# text = "


class Parses:
    """Hand-built parses of several texts: a bank of tables, each under a ``# text = …``
    line (see the module doc), and the tables of the ``shared`` banks it is given: the
    sentences other modules test too (`tests.parses_shared`), whose tables are written once.
    A text may have one table among them all."""

    def __init__(self, bank: str, *shared: Parses) -> None:
        self.tables: dict[str, str] = {}
        text = None
        for line in bank.splitlines():
            stripped = line.strip()
            if stripped.startswith(TEXT_LINE):
                text = stripped.removeprefix(TEXT_LINE).replace("\\n", "\n")
                if text in self.tables:
                    raise ValueError(f"two parses of {text!r}")
                self.tables[text] = ""
            elif stripped:
                if text is None:
                    raise ValueError(f"a row before the first {TEXT_LINE!r} line: {stripped!r}")
                self.tables[text] += line + "\n"
        for other in shared:
            for text, rows in other.tables.items():
                if text in self.tables:
                    raise ValueError(f"two parses of {text!r}: keep the shared bank's")
                self.tables[text] = rows

    def table(self, text: str) -> str:
        """The table of ``text``, found by the text the pipeline parses (cleaned)."""
        try:
            return self.tables[clean_text(text)]
        except KeyError:
            raise KeyError(
                f"no parse of {text!r} in the bank: print the model's with "
                f"python -m tests.parses {text!r}"
            ) from None

    def doc(self, text: str) -> Doc:
        """A Doc of ``text`` (cleaned) with its parse from the bank."""
        return parse(clean_text(text), self.table(text))

    def code(self, text: str, date: str | None = DATE, **options: Any) -> CodedArticle:
        """The records dyad's stages make of ``text``'s parse (`code_parse`)."""
        return code_parse(text, self.table(text), date, **options)


def entry(text: str, doc: Doc) -> str:
    """``doc``'s parse as an entry of a `Parses` bank."""
    escaped = text.replace("\n", "\\n")
    return f"{TEXT_LINE}{escaped}\n{table(doc)}\n"


def _print_parses(texts: list[str]) -> None:
    """Print en_core_web_sm's parse of each text as a `Parses` bank reads it (loads the
    model)."""
    from dyad.pipeline import build_spacy

    nlp = build_spacy()
    for text in texts:
        cleaned = clean_text(text)
        if cleaned != text:
            print(f"# (dyad parses the text cleaned: {cleaned!r})")
        print(entry(cleaned, nlp(cleaned)))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit('usage: python -m tests.parses "A sentence." ["Another text." ...]')
    _print_parses(sys.argv[1:])
