"""Build src/dyad/actors/data/countries.csv from pycountry, CountryInfo and curated data.

    python scripts/build_countries.py [--countryinfo ../shared/data/dictionaries/countryinfo]

Sources: pycountry (ISO 3166 names, LGPL data), CountryInfo.txt (CC BY-SA 3.0, Parus
Analytics: nationality forms and capitals) and countries_curated.csv (dyad team). The output
is committed; re-run this script when a source changes.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dyad" / "actors" / "data"
_LOWER_WORDS = {"of", "the", "and", "de", "da", "do", "du", "des", "la", "le", "el", "y", "et"}
# Short nationality forms in CountryInfo that are ordinary English words or first names.
_DROP = {"Chad", "Jordan", "Guinea", "Turkey", "Georgia", "Niger", "Congo", "Dominica"}


def proper_case(form: str, short_upper: bool = True) -> str:
    """CountryInfo's ``UNITED_STATES_OF_AMERICA_`` as news writes it; with ``short_upper``
    words of one or two letters are initials ("UK", "US"), else only dotted ones are."""
    words = [w for w in form.strip().strip("_").split("_") if w]
    out = []
    for i, word in enumerate(words):
        short = short_upper and len(word) <= 2 and word.lower() not in _LOWER_WORDS
        if "." in word or short:
            out.append(word.upper())
        elif i and word.lower() in _LOWER_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


def _blocks(text: str, tag: str) -> list[str]:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.S)
    if not found:
        return []
    forms = []
    for line in found.group(1).splitlines():
        form = line.split("#")[0].strip()
        if form and "(" not in form and "<" not in form and "[" not in form:
            forms.append(proper_case(form))
    return forms


def read_countryinfo(folder: Path) -> dict[str, dict[str, list[str]]]:
    raw = (folder / "CountryInfo.120116.txt").read_bytes().decode("latin-1")
    out: dict[str, dict[str, list[str]]] = {}
    for chunk in raw.split("<Country>")[1:]:
        iso = re.search(r"<ISO3166-alpha3>\s*(\w{3})\s*</ISO3166-alpha3>", chunk)
        if not iso:
            continue
        out[iso.group(1).upper()] = {
            "aliases": _blocks(chunk, "Nationality")
            + [proper_case(n) for n in _blocks(chunk, "CountryName")],
            "capitals": _blocks(chunk, "Capital"),
        }
    return out


def _plural(alias: str) -> list[str]:
    if " " not in alias and alias[-2:] in ("an", "ni", "ri", "li") and not alias.endswith("stan"):
        return [alias + "s"]
    return []


def build(countryinfo: Path) -> list[dict[str, str]]:
    info = read_countryinfo(countryinfo)
    curated: dict[str, dict[str, str]] = {}
    with open(DATA / "countries_curated.csv", encoding="utf-8") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            curated[row["iso3"]] = row
    # an alias curated for one country is not another's (CountryInfo lists "Serbian" under
    # Montenegro, from Serbia and Montenegro)
    curated_owner = {
        alias: iso
        for iso, row in curated.items()
        for alias in row["aliases"].split("|")
        if alias and not alias.startswith("-")
    }
    rows = []
    codes = {c.alpha_3 for c in pycountry.countries} | set(curated)
    for iso3 in sorted(codes):
        country = pycountry.countries.get(alpha_3=iso3)
        cur = curated.get(iso3, {})
        names = [
            getattr(country, a)
            for a in ("common_name", "name", "official_name")
            if country and hasattr(country, a)
        ]
        name = cur.get("name") or next((n for n in names if "," not in n), names[0].split(",")[0])
        aliases: list[str] = []
        removed = set()
        for alias in (cur.get("aliases") or "").split("|"):
            if alias.startswith("-"):
                removed.add(alias[1:])
            elif alias:
                aliases.append(alias)
        aliases += [n for n in names if "," not in n]
        # CountryInfo's short forms are mostly spelling variants; short ones collide with
        # English words ("Us"), so only curated aliases may be three letters or fewer.
        aliases += [a for a in info.get(iso3, {}).get("aliases", []) if "," not in a and len(a) > 3]
        aliases += [p for a in list(aliases) for p in _plural(a)]
        seen: set[str] = set()
        unique = []
        for alias in [name, *aliases]:
            if (
                alias
                and alias not in seen
                and alias not in removed
                and (alias not in _DROP or alias == name)
                and curated_owner.get(alias, iso3) == iso3
            ):
                seen.add(alias)
                unique.append(alias)
        capitals = [c for c in info.get(iso3, {}).get("capitals", []) if c not in seen]
        if cur.get("capitals"):
            capitals = cur["capitals"].split("|")
        rows.append(
            {
                "iso3": iso3,
                "name": name,
                "aliases": "|".join(unique[1:]),
                "capitals": "|".join(dict.fromkeys(capitals)),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--countryinfo", default=str(ROOT.parent / "shared/data/dictionaries/countryinfo")
    )
    args = parser.parse_args()
    rows = build(Path(args.countryinfo))
    with open(DATA / "countries.csv", "w", encoding="utf-8", newline="") as f:
        f.write(
            "# Generated by scripts/build_countries.py from pycountry, "
            "CountryInfo.txt (CC BY-SA 3.0,\n"
        )
        f.write("# Parus Analytics) and countries_curated.csv. Do not edit by hand.\n")
        writer = csv.DictWriter(f, fieldnames=["iso3", "name", "aliases", "capitals"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} countries")


if __name__ == "__main__":
    main()
