"""Read PETRARCH/TABARI actor, agent and discard dictionaries into a `KnowledgeBase`.

Many event-data users have such dictionaries (Phoenix, ICEWS-style, their own); dyad codes
with them as well as with its own knowledge base. Formats (PETRARCH ``dictionaries.rst``):

- actors: a primary phrase, ``+synonym`` lines, and codes either after the phrase
  (``ISRAEL [ISR]``) or on following indented lines with date restrictions
  (``[RUSGOV >080508]``, ``[RUSGOV 991231-080507]``, ``[USRARM <900823]``); ``[---]`` is no
  code. Words are joined by ``_`` or spaces; a trailing ``_`` only stops plural forms.
- agents: ``PHRASE {PLURAL} [~GOV]``; ``!MACRO! = A, B`` lines define substitutions. The
  code after ``~`` is a sector added to the actor's code (``NGO~`` prefixes are read the same).
- discards: phrases whose sentences (or, with ``+``, whole stories) are not coded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from dyad.actors.kb import Entry, KnowledgeBase, SectorNoun
from dyad.errors import DictionaryError

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str | None
    start: dt.date | None
    end: dt.date | None

    def active(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class CodedActor:
    """A dictionary actor: its phrases and its codes by date."""

    id: str
    name: str
    codes: tuple[DatedCode, ...]

    def code_at(self, date: dt.date | None) -> str | None:
        """The code on ``date``: the first dated code that applies, else the undated default."""
        undated = [c for c in self.codes if c.start is None and c.end is None]
        dated = [c for c in self.codes if c not in undated]
        if date is not None:
            for c in dated:
                if c.active(date):
                    return c.code
        elif dated:
            latest = max(dated, key=lambda c: c.start or dt.date.min)
            if latest.end is None:
                return latest.code
        return undated[0].code if undated else None


def _date(text: str, origin: str) -> dt.date:
    """PETRARCH dates: YYYYMMDD or YYMMDD (YY < 30 is 20YY)."""
    text = text.strip()
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            year = int(text[:2])
            return dt.date(2000 + year if year < 30 else 1900 + year, int(text[2:4]), int(text[4:]))
        if len(text) == 7:  # seen in Phoenix: "2004017"; read as YYYYMDD would be ambiguous
            return dt.date(int(text[:4]), int(text[4:5]) or 1, int(text[5:]) or 1)
    except ValueError as e:
        raise DictionaryError("E201", origin=origin, reason=f"bad date {text!r}") from e
    raise DictionaryError("E201", origin=origin, reason=f"bad date {text!r}")


def parse_code(raw: str, origin: str) -> DatedCode:
    """``RUSGOV >080508`` / ``USRARM <900823`` / ``RUSGOV 991231-080507`` / ``---``."""
    parts = raw.split()
    code = parts[0] if parts and parts[0] != "---" else None
    code = code.upper() if code else None
    if len(parts) < 2:
        return DatedCode(code, None, None)
    limit = " ".join(parts[1:]).replace(" ", "")
    if limit.startswith(">"):
        return DatedCode(code, _date(limit[1:], origin), None)
    if limit.startswith("<"):
        return DatedCode(code, None, _date(limit[1:], origin))
    if "-" in limit:
        start, end = limit.split("-", 1)
        return DatedCode(code, _date(start, origin), _date(end, origin))
    return DatedCode(code, None, None)


def phrase_text(raw: str) -> str:
    """``ISLAMIC_REPUBLIC_OF_AFGHANISTAN_`` -> "Islamic Republic Of Afghanistan" as words."""
    words = [w for w in re.split(r"[_\s]+", raw.strip()) if w]
    return " ".join(words)


def _surface(phrase: str) -> str:
    """Dictionaries are upper case; dyad matches names as written, so write them as news
    does: acronyms ("UN", "U.S.") stay upper case, other names are capitalized."""
    if " " not in phrase and ("." in phrase or len(phrase) <= 4):
        return phrase
    return " ".join(w if "." in w else w.capitalize() for w in phrase.split())


def _surfaces(phrase: str) -> list[str]:
    """How news writes a dictionary phrase: `_surface`, and a four-letter word also
    capitalized, as a name ("BREE", "IRAN", "OMAN" are written "Bree", "Iran", "Oman"), not
    only as an acronym ("NATO")."""
    surface = _surface(phrase)
    if len(surface) == 4 and surface.isalpha() and surface.isupper():
        return [surface, surface.capitalize()]
    return [surface]


def _codes(line: str, where: str, kb: KnowledgeBase) -> list[DatedCode]:
    """The codes on a line; a malformed one is recorded in ``kb.problems`` and skipped
    (real dictionaries have typos such as a nine-digit date)."""
    out = []
    for raw in _CODE.findall(line):
        try:
            out.append(parse_code(raw, where))
        except DictionaryError as err:
            kb.problems.append(str(err))
    return out


def _strip(line: str) -> str:
    return re.split(r"[#;]", line, maxsplit=1)[0].rstrip()


def read_actors(path: Path, kb: KnowledgeBase) -> None:
    """Add the actors of a PETRARCH actor dictionary to ``kb.coded`` and ``kb.names``."""
    origin = str(path)
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    current: list[str] = []
    codes: list[DatedCode] = []
    counter = len(kb.coded)

    def flush() -> None:
        nonlocal counter
        if current:
            counter += 1
            actor = CodedActor(f"petrarch:{path.stem}:{counter}", current[0].title(), tuple(codes))
            kb.coded[actor.id] = actor
            for phrase in current:
                for surface in _surfaces(phrase):
                    kb.add_name(surface, Entry("coded", actor.id))
        current.clear()
        codes.clear()

    in_comment = False
    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if in_comment or stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            continue
        line = _strip(raw)
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        if line[:1].isspace() and line.strip().startswith("["):
            codes.extend(_codes(line, where, kb))
            continue
        if line.startswith("+"):
            phrase = phrase_text(_CODE.sub(" ", line[1:]))
            if phrase:
                current.append(phrase)
            codes.extend(_codes(line, where, kb))
            continue
        flush()
        phrase = phrase_text(_CODE.sub(" ", line))
        if phrase:
            current.append(phrase)
            codes.extend(_codes(line, where, kb))
    flush()


def _expand_macros(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!([A-Z]+)!", phrase)
    if not match:
        return [phrase]
    out: list[str] = []
    for option in macros.get(match.group(1), []):
        out.extend(_expand_macros(phrase[: match.start()] + option + phrase[match.end() :], macros))
    return out


def read_agents(path: Path, kb: KnowledgeBase) -> None:
    """Add the agents of a PETRARCH agent dictionary to ``kb.sectors``."""
    macros: dict[str, list[str]] = {}
    in_comment = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stripped = raw.strip()
        if in_comment or stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            continue
        line = _strip(raw).strip()
        if not line:
            continue
        macro = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(line)
        if not codes:
            continue
        sector = codes[0].replace("~", "").strip().upper() or None
        body = _CODE.sub(" ", line)
        plurals = re.search(r"\{([^}]*)\}", body)
        body = re.sub(r"\{[^}]*\}", " ", body)
        phrases = _expand_macros(body.strip(), macros)
        if plurals:
            phrases += [p for p in plurals.group(1).split() if p]
        for phrase in phrases:
            key = phrase_text(phrase).lower()
            if key and key not in kb.sectors:
                kb.sectors[key] = SectorNoun(key, sector, False, "")


def read_discards(path: Path, kb: KnowledgeBase) -> None:
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip(raw).strip()
        if line and not line.startswith("<!--"):
            kb.discards.append(phrase_text(line.lstrip("+")).lower())


def read_petrarch_folder(folder: Path, kb: KnowledgeBase) -> None:
    """Read every ``*actors*.txt``, ``*agents*.txt`` and ``*discards*.txt`` file in
    ``folder`` (sorted by name) into ``kb``.

    Raises:
        DictionaryError: E202 when the folder holds no actor dictionary.
    """
    if not folder.is_dir():
        raise DictionaryError("E202", spec=f"petrarch:{folder}", reason="not a folder")
    actor_files = sorted(p for p in folder.iterdir() if re.search(r"actors?\.txt$", p.name, re.I))
    if not actor_files:
        raise DictionaryError("E202", spec=f"petrarch:{folder}", reason="no *actors.txt file in it")
    for path in actor_files:
        read_actors(path, kb)
    for path in sorted(p for p in folder.iterdir() if re.search(r"agents?\.txt$", p.name, re.I)):
        read_agents(path, kb)
    for path in sorted(p for p in folder.iterdir() if re.search(r"discards?\.txt$", p.name, re.I)):
        read_discards(path, kb)
    kb.sources.append(f"petrarch:{folder}")
