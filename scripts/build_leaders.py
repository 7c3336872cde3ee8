"""Build src/dyad/actors/data/leaders.csv: heads of state and government from CountryInfo.

    python scripts/build_leaders.py [--countryinfo ../shared/data/dictionaries/countryinfo]
                                    [--corpus DIR ...]

Source: the <Leaders> blocks of CountryInfo.txt (CC BY-SA 3.0, Parus Analytics; compiled from
rulers.org, about 1960 to the file's last update on 2012-01-16): presidents, prime ministers,
kings, emirs, sultans, chancellors and emperors of every country, with their terms. People
already in people.csv are left out (its curated roles win). A term still running at the
file's last update ends on that day: the source knows nothing later, so the person reads as a
former official after it rather than as a head of state forever.

A surname becomes an alias ("President Museveni") only for leaders in office since 1980 and
only when it cannot mean anything else: at least four letters; the surname of exactly one
leader, and of no member of another country's government among CountryInfo's ~15,000 (so
no "Smith"; a relative in the same government, "Janet Museveni", is allowed); no
leader's given or middle name; not a name elsewhere in the knowledge base; and never written
in lower case in the news corpora given (Wikinews 2019-2020 and the BBC full-text set by
default: so not an ordinary English word such as "Major" or "Banana"). The corpora are only
read for that check; nothing of them is written out. The output is committed; re-run this
script when a source changes.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from build_countries import proper_case

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dyad" / "actors" / "data"
LAST_UPDATE = "2012-01-16"
# CountryInfo's <Leaders> sub-tags that name heads of state or government, and the title
# dyad's roles use for them (sectors.csv titles).
TITLES = {
    "Presidents": "president",
    "President": "president",
    "Prime ministers": "prime minister",
    "Prime minister": "prime minister",
    "Co-PRIME_MINISTERS": "prime minister",
    "Premiers": "prime minister",
    "Heads of government": "prime minister",
    "Heads of state": "president",
    "Kings": "king",
    "King": "king",
    "Kings/QUEENS": "king",
    "Emirs": "emir",
    "Sultans": "sultan",
    "Chancellors": "chancellor",
    "Emperors/EMPRESSES": "emperor",
}
# Surname aliases only for leaders in office since 1980 (the news era dyad is used and
# evaluated on); earlier ones keep their full names.
SURNAME_ERA = "1980-01-01"
# Particles that belong to the surname ("de Klerk", "dos Santos").
PARTICLES = {"de", "van", "von", "da", "dos", "du", "le", "la", "el", "al", "bin", "ben", "del"}
# Surnames that name something else often in news (a company, brand, place, club, first
# name or a common surname in its country), read by eye from the generated list.
NOT_SURNAMES = {
    *("Alexandre", "Aoki", "Banana", "Blaize", "Christie", "Combo", "Compton", "Diogo"),
    *("Dote", "Eustace", "Ferrier", "Fino", "Fournier", "Fraser", "Golding", "Grau", "Hata"),
    *("Hashimoto", "Islami", "Kemal", "Koller", "Lacoste", "Lange", "Laurel", "Lepage"),
    *("Liverpool", "Luka", "Mara", "Martens", "Mero", "Meri", "Mesa", "Messner", "Meta"),
    *("Moli", "Nakamura", "Nathan", "Neptune", "Numan", "Palmer", "Reina", "Reynolds"),
    *("Riviere", "Rosario", "Sant", "Sawyer", "Schmid", "Schuster", "Scotty", "Seraphine"),
    *("Shaker", "Sharpe", "Skate", "Socrates", "Suzuki", "Topi", "Viola"),
}
_TERM = re.compile(r"\[\s*(?:(\d{8})\s*-\s*(\d{8})|>\s*(\d{8})|<\s*(\d{8}))\s*\]")


def _date(yyyymmdd: str) -> str:
    """``20060631`` (CountryInfo has such days) -> the month's last real day."""
    year, month, day = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:])
    month = min(max(month, 1), 12)
    day = min(max(day, 1), calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{day:02d}"


def _key(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(ascii_name.lower().replace("-", " ").split())


def _country(chunk: str) -> str | None:
    """A <Country> block's ISO3 code as dyad's countries.csv has it. CountryInfo's
    <ISO3166-alpha3> has slips (Japan is "JON"), so <CountryCode> is read first; Kosovo's
    KSV is the XKX that news and dyad use."""
    codes = [
        m.group(1).upper()
        for tag in ("CountryCode", "ISO3166-alpha3")
        if (m := re.search(rf"<{tag}>\s*(\w{{3}})\s*</{tag}>", chunk))
    ]
    known = _iso3_codes()
    for code in codes:
        code = {"KSV": "XKX"}.get(code, code)
        if code in known:
            return code
    return None


def _iso3_codes() -> set[str]:
    lines = (DATA / "countries.csv").read_text(encoding="utf-8").splitlines()
    return {row["iso3"] for row in csv.DictReader(x for x in lines if not x.startswith("#"))}


def _countries(folder: Path) -> Iterator[tuple[str, str]]:
    """(ISO3, text) of each <Country> record of CountryInfo that names a known country."""
    raw = (folder / "CountryInfo.120116.txt").read_bytes().decode("latin-1")
    for chunk in raw.split("<Country>")[1:]:
        country = _country(chunk)
        if country is not None:
            yield country, chunk


def read_leaders(folder: Path) -> list[dict[str, str]]:
    """One row per term: name, alternative names, country, title, start, end."""
    rows = []
    for country, chunk in _countries(folder):
        leaders = re.search(r"<Leaders>(.*?)</Leaders>", chunk, re.S)
        if not leaders:
            continue
        title = None
        for line in leaders.group(1).splitlines():
            line = line.split("#")[0].strip()
            tag = re.fullmatch(r"<([^/>][^>]*)>", line)
            if tag:
                title = TITLES.get(tag.group(1).strip())
                continue
            if title is None or not line or line.startswith("<"):
                continue
            names = re.findall(r"\{([^}]*)\}", line) or [line.split("[")[0].strip()]
            names = [proper_case(n, short_upper=False) for n in names if n.strip("_ ")]
            if not names:
                continue
            for start, end, since, until in _TERM.findall(line):
                rows.append(
                    {
                        "name": names[0],
                        "aliases": names[1:],
                        "country": country,
                        "title": title,
                        "start": _date(start or since) if (start or since) else "",
                        "end": _date(end or until) if (end or until) else LAST_UPDATE,
                    }
                )
    return rows


def known_names() -> set[str]:
    """Every name and alias already in the knowledge base, normalized."""
    names: set[str] = set()
    for file, columns in (
        ("people.csv", ("name", "aliases")),
        ("countries.csv", ("name", "aliases", "capitals")),
        ("igos.csv", ("name", "aliases")),
        ("armed_groups.csv", ("name", "aliases")),
        ("institutions.csv", ("phrase", "name")),
    ):
        lines = (DATA / file).read_text(encoding="utf-8").splitlines()
        for row in csv.DictReader(line for line in lines if not line.startswith("#")):
            for column in columns:
                names |= {_key(v) for v in (row.get(column) or "").split("|") if v.strip()}
    return names


def lower_case_words(folders: list[Path]) -> set[str]:
    """Words written in lower case somewhere in these news corpora (CSV with a ``text``
    column, or plain-text files)."""
    csv.field_size_limit(1 << 30)
    words: set[str] = set()
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"no corpus folder {folder}")
        for path in sorted(folder.rglob("*")):
            if path.suffix == ".csv":
                with path.open(encoding="utf-8") as f:
                    text = " ".join(row.get("text", "") for row in csv.DictReader(f))
            elif path.suffix == ".txt" and path.name.upper() != "README.TXT":
                text = path.read_bytes().decode("utf-8", "replace")
            else:
                continue
            words |= set(re.findall(r"\b[a-z][a-z-]+\b", text))
    return words


def officials(folder: Path) -> list[tuple[str, str]]:
    """(name, country) of CountryInfo's <Government> members (ministers, envoys, ...)."""
    out = []
    for country, chunk in _countries(folder):
        block = re.search(r"<Government>(.*?)</Government>", chunk, re.S)
        if not block:
            continue
        for line in block.group(1).splitlines():
            for form in re.findall(r"\{([^}]*)\}", line) or [line.split("[")[0].strip()]:
                if form.strip("_ ") and "<" not in form:
                    out.append((proper_case(form, short_upper=False), country))
    return out


def build(countryinfo: Path, corpora: list[Path]) -> list[dict[str, str]]:
    known = known_names()
    terms = [t for t in read_leaders(countryinfo) if _key(t["name"]) not in known]
    terms = [t for t in terms if not any(_key(a) in known for a in t["aliases"])]
    surnames = _surname_aliases(terms, officials(countryinfo), known, lower_case_words(corpora))
    out = []
    for t in terms:
        aliases = list(dict.fromkeys([*t["aliases"], *surnames.get(t["name"], [])]))
        slug = re.sub(r"[^a-z0-9]+", "-", _key(t["name"])).strip("-")
        out.append(
            {
                "id": slug,
                "name": t["name"],
                "aliases": "|".join(aliases),
                "country": t["country"],
                "title": t["title"],
                "start": t["start"],
                "end": t["end"],
            }
        )
    out.sort(key=lambda r: (r["country"], r["start"], r["id"]))
    return out


def _surname_aliases(
    terms: list[dict[str, str]],
    others: list[tuple[str, str]],
    known: set[str],
    lower: set[str],
) -> dict[str, list[str]]:
    """Name -> its surname alias ("Museveni", "de Klerk"), for the leaders whose surname
    cannot mean anything else (see the module docstring)."""
    countries: dict[str, set[str]] = {}
    for name, country in [(t["name"], t["country"]) for t in terms] + others:
        if _key(name):
            countries.setdefault(_key(name).split()[-1], set()).add(country)
    words = [_key(n).split() for n in {t["name"] for t in terms}]
    last = Counter(w[-1] for w in words)
    given = {x for w in words for x in w[:-1]} | {n.split()[0] for n in known if n}
    out: dict[str, list[str]] = {}
    for t in terms:
        parts = t["name"].split()
        s = _key(parts[-1])
        if t["end"] < SURNAME_ERA or len(parts) < 2 or len(s) < 4 or not s.isalpha():
            continue
        if parts[-1] in NOT_SURNAMES or last[s] != 1 or countries[s] != {t["country"]}:
            continue
        if s in given or s in known or s in lower:
            continue
        particle = parts[-2] if parts[-2].lower() in PARTICLES else ""
        out[t["name"]] = [f"{particle.lower()} {parts[-1]}".strip()]
    return out


SOURCE = "CountryInfo.120116 (CC BY-SA 3.0, Parus Analytics) <Leaders>"


def write_leaders(countryinfo: Path, corpora: list[Path]) -> None:
    rows = build(countryinfo, corpora)
    with (DATA / "leaders.csv").open("w", encoding="utf-8", newline="") as f:
        f.write(
            "# Generated by scripts/build_leaders.py from the <Leaders> blocks of CountryInfo.txt\n"
            "# (CC BY-SA 3.0, Parus Analytics; from rulers.org, about 1960 to 2012-01-16). Heads\n"
            "# of state and government not in people.csv, one row per term; a term running at\n"
            "# the file's last update ends on 2012-01-16. Do not edit by hand.\n"
        )
        columns = ["id", "name", "aliases", "country", "title", "start", "end", "source"]
        writer = csv.DictWriter(f, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({**r, "source": SOURCE} for r in rows)
    print(f"{len(rows)} terms of {len({r['id'] for r in rows})} people -> {DATA / 'leaders.csv'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = ROOT.parent / "shared" / "data"
    parser.add_argument("--countryinfo", type=Path, default=shared / "dictionaries/countryinfo")
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="news corpus for the lower-case word check (repeatable; default: Wikinews "
        "2019-2020 and the BBC full-text set under ../shared/data/news)",
    )
    args = parser.parse_args()
    corpora = args.corpus or [
        shared / "news/wikinews_2019_2020",
        shared / "news/bbc_fulltext_2225",
    ]
    write_leaders(args.countryinfo, corpora)


if __name__ == "__main__":
    main()
