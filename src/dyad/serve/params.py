"""Request parameters shared by the API and the pages, their bounds, the per-request cursor
and the app's `Lookups`.

Bounds live in the parameter types so that FastAPI checks them before a handler runs and
``/docs`` shows them; `explain` turns a failed check into a sentence naming the parameter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

from annotated_types import Ge, Le
from fastapi import Depends, HTTPException, Path, Query, Request
from pydantic import BeforeValidator

from dyad.query.countries import is_country
from dyad.query.filters import Include
from dyad.query.web import Lookups
from dyad.records import PLOVER_TYPES
from dyad.serve.live import Data

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    from dyad.store.database import Connection
else:  # FastAPI reads these annotations at run time, where duckdb stays unimported
    Connection = Any

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
# Offsets and ids go to DuckDB as BIGINT: a larger Python int fails there (a 500 before
# this bound). A billion rows is beyond any page a dyad database has.
MAX_OFFSET = 1_000_000_000
MAX_PLACE = 2**31 - 1
# ISO 3166-1 alpha-3 (RUS) or the code of an actor without a country (IGOUNO, IMGISI).
PARTY_PATTERN = r"^[A-Za-z][A-Za-z0-9]{2,11}$"
EVENT_PATTERN = "^(" + "|".join(PLOVER_TYPES) + ")$"
PAIR_PATTERN = r"^[A-Za-z][A-Za-z0-9]{2,11},[A-Za-z][A-Za-z0-9]{2,11}$"
# CAMEO agent codes (GOV, MIL, REB, ...): three letters.
SECTOR_PATTERN = r"^[A-Za-z]{3}$"
MODE_PATTERN = r"^[A-Za-z_ -]{1,40}$"

MAX_ROLLING = 12
"""The longest rolling mean a time chart offers: a year of months."""
HELP = {
    "a": "a party code: ISO 3166-1 alpha-3 (RUS) or an organization code (IGOUNO)",
    "b": "a party code: ISO 3166-1 alpha-3 (RUS) or an organization code (IGOUNO)",
    "actor": "a party code such as RUS",
    "recipient": "a party code such as CHN",
    "speaker_country": "a party code such as RUS",
    "mentioned": "a party code such as CHN",
    "country": "a party code such as RUS",
    "code": "a party code: ISO 3166-1 alpha-3 (TUR) or an organization code (IGOUNO)",
    "event": "one of the 16 PLOVER types: " + ", ".join(PLOVER_TYPES),
    "quad": "a quad class 1-4",
    "interval": "day, week or month",
    "from": "a date YYYY-MM-DD",
    "to": "a date YYYY-MM-DD",
    "limit": f"an integer from 1 to {MAX_LIMIT}",
    "offset": f"an integer from 0 to {MAX_OFFSET:,}",
    "sort": "events, goldstein or last_date",
    "order": "desc or asc",
    "pair": "two different party codes joined by a comma, such as RUS,CHN",
    "actor_sector": "a three-letter sector code such as GOV",
    "recipient_sector": "a three-letter sector code such as MIL",
    "mode": "a PLOVER mode, letters, spaces, - or _",
    "min_confidence": "a number from 0 to 1",
    "include_negated": "true or false",
    "include_hypothetical": "true or false",
    "format": "json or csv",
    "place": f"a GeoNames id, an integer from 0 to {MAX_PLACE:,}",
    "kind": "direct, indirect, mixed or stance (quotes); events or mentions (places)",
    "rolling": f"an integer from 1 to {MAX_ROLLING}",
}


class BadParameter(Exception):
    """A request parameter that passed its type check but makes no sense (``from`` after
    ``to``, a pair of one party); answered with 400."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def explain(error: dict[str, Any]) -> tuple[str, str]:
    """(parameter, sentence) for one pydantic validation error of a request."""
    # The location ends with the parameter's name, then list indices for repeated ones.
    name = next((str(x) for x in reversed(error.get("loc", ())) if isinstance(x, str)), "?")
    value = error.get("input")
    # the pages' offsets (ab_offset, amounts_offset, ...) read as the API's
    expected = HELP.get(name) or (HELP["offset"] if name.endswith("_offset") else None)
    if expected is None:
        return name, f"{name}: {error.get('msg', 'invalid')}"
    shown = f" {value!r}" if value is not None and not isinstance(value, dict) else ""
    return name, f"bad {name}{shown}: expected {expected}"


# The API's parameters that take a list, by path (``/api/quotes?kind=direct&kind=mixed``);
# any other one given twice is ambiguous and refused rather than read as its last value.
REPEATABLE = {"/api/quotes": frozenset({"kind"})}


def single_values(request: Request) -> None:
    """Refuse an API request that gives a one-value parameter more than once (400)."""
    seen = Counter(name for name, _ in request.query_params.multi_items())
    lists = REPEATABLE.get(request.url.path, frozenset())
    for name, count in seen.items():
        if count > 1 and name not in lists:
            raise BadParameter(name, f"{name} is given {count} times: give it once")


def party(value: str) -> str:
    """A party code as stored (upper case)."""
    return value.upper()


def check_dates(date_from: dt.date | None, date_to: dt.date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise BadParameter("from", f"from ({date_from}) is after to ({date_to})")


def check_pair(a: str, b: str) -> tuple[str, str]:
    a, b = party(a), party(b)
    if a == b:
        raise BadParameter(
            "b", f"b must differ from a: a pair needs two different parties, got {a} twice"
        )
    return a, b


def _data(request: Request) -> Data:
    # FastAPI calls this once per request, so a request's cursor and lookups are of one
    # version of the data even when a new one comes in meanwhile.
    data: Data = request.app.state.live.current()
    return data


def _cursor(data: Annotated[Data, Depends(_data)]) -> Iterator[Connection]:
    # DuckDB connections are not thread-safe and FastAPI runs handlers in a thread pool:
    # each request gets its own cursor on the snapshot's read-only connection.
    cur = data.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


def _lookups(data: Annotated[Data, Depends(_data)]) -> Lookups:
    return data.lookups


Cursor = Annotated[Connection, Depends(_cursor)]
Derived = Annotated[Lookups, Depends(_lookups)]
Current = Annotated[Data, Depends(_data)]
"""The request's version of the data, for an answer read after the handler returns."""
Every = Annotated[
    bool,
    Query(
        alias="all",
        description="With format=csv: every matching row from the first, not one page "
        "(limit and offset are ignored), streamed as it is read",
    ),
]
DIGITS = re.compile(r"[0-9]+")


def _digits(value: object) -> object:
    """Only digits are a whole number here: pydantic alone also reads "0.0", " 5" and "+1"
    as integers, which the API's schema (type integer) does not allow."""
    if isinstance(value, str) and not DIGITS.fullmatch(value):
        raise ValueError("expected a whole number")
    return value


# Bounds as annotated-types constraints inside the validator: as `Query(ge=..., le=...)`
# beside a BeforeValidator they would leave the OpenAPI schema's minimum and maximum out.
Limit = Annotated[
    int,
    Ge(1),
    Le(MAX_LIMIT),
    BeforeValidator(_digits),
    Query(description=f"Page size, 1-{MAX_LIMIT}"),
]
Offset = Annotated[
    int, Ge(0), Le(MAX_OFFSET), BeforeValidator(_digits), Query(description="Rows to skip")
]
Place = Annotated[
    Annotated[int, Ge(0), Le(MAX_PLACE)] | None,
    BeforeValidator(_digits),
    Query(description="GeoNames id of where events happened"),
]
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> object:
    """Only ``YYYY-MM-DD`` is a date here: pydantic alone would also read a number as a Unix
    timestamp ("0.0" as 1970-01-01), which the API's schema does not allow."""
    if isinstance(value, str) and not ISO_DAY.fullmatch(value):
        raise ValueError("expected a date YYYY-MM-DD")
    return value


DateFrom = Annotated[
    dt.date | None,
    BeforeValidator(_iso_day),
    Query(alias="from", description="First day, YYYY-MM-DD"),
]
DateTo = Annotated[
    dt.date | None, BeforeValidator(_iso_day), Query(alias="to", description="Last day, YYYY-MM-DD")
]
PartyPath = Annotated[str, Path(pattern=PARTY_PATTERN, description=HELP["a"])]
PartyQuery = Annotated[str | None, Query(pattern=PARTY_PATTERN, description=HELP["actor"])]
Interval = Annotated[Literal["day", "week", "month"], Query(description="Period length")]
EventType = Annotated[str | None, Query(pattern=EVENT_PATTERN, description="PLOVER type")]
Rolling = Annotated[
    int,
    Ge(1),
    Le(MAX_ROLLING),
    BeforeValidator(_digits),
    Query(description="Periods the Goldstein line's mean runs over (1: each period alone)"),
]
Quad = Annotated[
    Annotated[int, Ge(1), Le(4)] | None, BeforeValidator(_digits), Query(description=HELP["quad"])
]
Text = Annotated[
    str | None, Query(min_length=1, max_length=200, description="Case-insensitive substring")
]


PairQuery = Annotated[
    str | None,
    Query(pattern=PAIR_PATTERN, description="Two parties, events in either direction: RUS,CHN"),
]
Sector = Annotated[str | None, Query(pattern=SECTOR_PATTERN, description="A sector code: GOV")]
Mode = Annotated[str | None, Query(pattern=MODE_PATTERN, description="A PLOVER mode")]
MinConfidence = Annotated[float | None, Query(ge=0, le=1, description="The least confidence")]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv, streamed")]


def _include(
    include_negated: Annotated[
        bool, Query(description="Count and list negated events too ('did not attack')")
    ] = False,
    include_hypothetical: Annotated[
        bool, Query(description="Count and list hypothetical events too ('may attack')")
    ] = False,
) -> Include:
    return Include(include_negated, include_hypothetical)


Included = Annotated[Include, Depends(_include)]


def pair_of(value: str | None) -> tuple[str, str] | None:
    """The ``pair`` parameter (``RUS,CHN``) as two stored party codes, checked to differ."""
    if not value:
        return None
    a, b = value.split(",")
    try:
        return check_pair(a, b)
    except BadParameter as e:
        raise BadParameter("pair", e.message) from e


@dataclass(frozen=True, slots=True)
class PairPeriod:
    """A pair of parties over a period: the path's ``a`` and ``b`` (as stored, checked to
    differ) and the query's ``interval``, ``from`` and ``to`` (checked to be in order)."""

    a: str
    b: str
    interval: str
    date_from: dt.date | None
    date_to: dt.date | None


def known_party(lookups: Lookups, code: str) -> str:
    """``code`` as stored; 404 when it is neither an ISO 3166-1 country nor a party of an
    event in the database (an organization's code is known by its events)."""
    code = party(code)
    if not (is_country(code) or lookups.knows(code)):
        raise HTTPException(
            404, f"no party {code!r}: neither an ISO 3166-1 country nor a party in this database"
        )
    return code


def _pair_period(
    lookups: Derived,
    a: PartyPath,
    b: PartyPath,
    interval: Interval = "month",
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> PairPeriod:
    check_dates(date_from, date_to)
    a, b = check_pair(a, b)
    return PairPeriod(
        known_party(lookups, a), known_party(lookups, b), interval, date_from, date_to
    )


PairAndPeriod = Annotated[PairPeriod, Depends(_pair_period)]
