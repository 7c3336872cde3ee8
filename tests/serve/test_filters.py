"""The API's event filters and sorting, aggregates without negated and hypothetical events,
CSV answers and unknown parties, on the fixture database (tests/serve/conftest.py): a2 adds
to CHN's accusation of RUS an attack that did not happen (negated) and a blockade that may
(hypothetical)."""

from __future__ import annotations

import csv
import io

import httpx
import pytest

from tests.serve.test_api import get

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("query", "events"),
    [
        ("pair=RUS,CHN", ["ACCUSE", "CONSULT"]),
        ("pair=chn,rus", ["ACCUSE", "CONSULT"]),
        ("pair=RUS,UKR", ["ASSAULT"]),
        ("pair=RUS,CHN&include_negated=true", ["ACCUSE", "ASSAULT", "CONSULT"]),
        ("pair=RUS,CHN&include_hypothetical=true", ["ACCUSE", "COERCE", "CONSULT"]),
        (
            "include_negated=true&include_hypothetical=true&actor=CHN",
            ["ACCUSE", "ASSAULT", "COERCE", "CONSULT"],
        ),
        ("country=CHN", ["ACCUSE", "CONSULT"]),
        ("country=RUS&quad=3", ["ACCUSE", "ACCUSE"]),
        ("country=UKR&pair=RUS,UKR", ["ASSAULT"]),
        ("mode=firearms", ["ASSAULT"]),
        ("actor_sector=mil", ["ASSAULT"]),
        ("recipient_sector=GOV", []),
        ("min_confidence=0.5", ["ACCUSE", "ASSAULT", "CONSULT"]),
        ("min_confidence=0.5&recipient=RUS", ["ACCUSE"]),
        ("quad=4&include_negated=true", ["ASSAULT", "ASSAULT"]),
    ],
)
async def test_event_filters(client, query, events):
    body = await get(client, f"/api/events?{query}")
    assert sorted(e["event"] for e in body["items"]) == events
    assert body["total"] == len(events)


async def test_negated_events_are_listed_with_their_flag_when_included(client):
    body = await get(client, "/api/events?pair=RUS,CHN&include_negated=true&event=ASSAULT")
    (attack,) = body["items"]
    assert attack["negated"] is True and attack["evidence"] == "China did not attack Russia."


@pytest.mark.parametrize("scope", ["", "&actor=RUS", "&pair=RUS,CHN"])
@pytest.mark.parametrize(
    ("sort", "key"), [("goldstein", "goldstein"), ("confidence", "confidence"), ("date", "date")]
)
@pytest.mark.parametrize("order", ["asc", "desc"])
async def test_events_sort(client, scope, sort, key, order):
    body = await get(client, f"/api/events?sort={sort}&order={order}{scope}")
    values = [e[key] for e in body["items"]]
    assert values == sorted(values, reverse=order == "desc")
    assert body["total"] == len(values) > 0


async def test_events_sort_pages_through_every_event_once(client):
    pages = [
        (await get(client, f"/api/events?sort=goldstein&order=asc&limit=1&offset={i}"))["items"]
        for i in range(4)
    ]
    ids = [p[0]["id"] for p in pages]
    assert len(set(ids)) == 4
    assert [p[0]["goldstein"] for p in pages] == [-10.0, -2.0, -2.0, 1.0]


async def test_quotes_by_date_and_order(client):
    body = await get(client, "/api/quotes?from=2024-02-01")
    assert [q["speaker_name"] for q in body["items"]] == ["Xi Jinping"]
    body = await get(client, "/api/quotes?to=2024-02-01")
    assert [q["speaker_name"] for q in body["items"]] == ["Vladimir Putin"]
    oldest = await get(client, "/api/quotes?order=asc")
    assert [q["date"] for q in oldest["items"]] == ["2024-01-15", "2024-03-02"]
    said = await get(client, "/api/quotes?said_by=CHNGOV")
    assert [q["speaker_name"] for q in said["items"]] == ["Xi Jinping"]


async def test_pair_aggregates_leave_out_negated_and_hypothetical_events(client):
    (pair,) = (await get(client, "/api/dyads?country=CHN"))["items"]
    assert (pair["events"], pair["quad4"], pair["mean_goldstein"]) == (2, 0, -0.5)
    (pair,) = (
        await get(client, "/api/dyads?country=CHN&include_negated=true&include_hypothetical=true")
    )["items"]
    assert (pair["events"], pair["quad4"], pair["mean_goldstein"]) == (4, 2, -4.0)
    march = (await get(client, "/api/dyads/CHN/RUS/timeline"))["periods"][1]["a_to_b"]
    assert (march["events"], march["goldstein_sum"]) == (1, -2.0)
    march = (await get(client, "/api/dyads/CHN/RUS/timeline?include_negated=true"))["periods"][1]
    assert (march["a_to_b"]["events"], march["a_to_b"]["goldstein_sum"]) == (2, -12.0)
    assert march["both"]["quad4"] == 1


@pytest.mark.parametrize(
    ("facets", "events"),
    [
        ("", 2),
        ("&event=ACCUSE", 1),
        ("&quad=1", 1),
        ("&recipient=rus", 1),
        ("&actor=CHN&include_negated=true", 3),
        ("&mode=firearms", 0),
        ("&recipient_sector=GOV", 0),
        ("&min_confidence=0.99", 0),
    ],
)
async def test_the_timeline_takes_the_event_filters(client, facets, events):
    periods = (await get(client, f"/api/dyads/CHN/RUS/timeline?interval=month{facets}"))["periods"]
    listed = await get(client, f"/api/events?pair=CHN,RUS{facets}")
    assert sum(p["both"]["events"] for p in periods) == listed["total"] == events


async def test_the_pair_pages_timeline_link_carries_its_facets(client):
    page = (await client.get("/dyad/RUS/CHN?event=ACCUSE&quad=3")).text
    assert "/api/dyads/RUS/CHN/timeline?interval=month&amp;event=ACCUSE&amp;quad=3" in page


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?pair=RUS,CHN&include_negated=true",
        "/api/events?limit=2&offset=1&sort=goldstein",
        "/api/quotes?mentioned=CHN",
        "/api/dyads?sort=goldstein&order=asc",
        "/api/dyads/RUS/CHN/amounts?limit=5",
    ],
)
async def test_csv_rows_are_the_json_rows(client, url):
    response = await client.get(f"{url}&format=csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = _csv(response.text)
    items = (await get(client, url))["items"]
    assert len(rows) == len(items) > 0
    for row, item in zip(rows, items, strict=True):
        for key, value in item.items():
            parts = [c.removeprefix(f"{key}_") for c in row if c.startswith(f"{key}_")]
            if isinstance(value, list) and parts:  # a list of parties: a column per field
                for sub in parts:
                    assert row[f"{key}_{sub}"] == ";".join(_cell(p[sub]) for p in value)
            elif isinstance(value, list):
                assert row[key] == ";".join(value)
            else:
                assert row[key] == _cell(value), key


async def test_csv_of_no_rows_has_its_header(client):
    response = await client.get("/api/events?event=AID&format=csv")
    assert response.text.startswith("id,date,event,") and response.text.count("\n") == 1


@pytest.mark.parametrize("url", ["/api/dyads/SYR/XXX/timeline", "/api/dyads/XXX/RUS/timeline"])
async def test_unknown_parties_are_404(client, url):
    error = (await get(client, url, 404))["error"]
    assert "XXX" in error["message"]


@pytest.mark.parametrize("url", ["/api/dyads/SYR/TUR/timeline", "/api/dyads/IGOUNO/RUS/timeline"])
async def test_countries_without_events_and_organizations_with_events_are_known(client, url):
    await get(client, url)


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/events?pair=RUS", "pair"),
        ("/api/events?pair=RUS,RUS", "pair"),
        ("/api/events?min_confidence=2", "min_confidence"),
        ("/api/events?actor_sector=GOVT", "actor_sector"),
        ("/api/events?format=xml", "format"),
        ("/api/events?sort=name", "sort"),
        ("/api/events?include_negated=maybe", "include_negated"),
    ],
)
async def test_bad_filters_are_400(client, url, parameter):
    error = (await get(client, url, 400))["error"]
    assert error["parameter"] == parameter


async def test_a_database_of_an_older_schema_is_migrated_before_it_is_served(tmp_path, fixture_db):
    import shutil

    from dyad.serve.app import create_app
    from dyad.store.database import connect

    path = tmp_path / "old.duckdb"
    shutil.copy(fixture_db, path)
    con = connect(path)
    # back to schema 4: before event_dyads_all (5), dates.after_article (6) and
    # quote_mentions with its indexes (7)
    con.execute(
        "DROP VIEW event_dyads_all; "
        "ALTER TABLE dates DROP COLUMN after_article; "
        "DROP TABLE quote_mentions; DROP INDEX quotes_article; "
        "DELETE FROM schema_migrations WHERE version >= 5"
    )
    con.close()
    app = create_app(path)
    assert app.state.live.current().lookups.pair_totals.num_rows == 3
    # the quotes stored before migration 7 are found by the parties they mention
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as old:
        said = await get(old, "/api/quotes?speaker_country=RUS&mentioned=CHN")
    assert [q["speaker_name"] for q in said["items"]] == ["Vladimir Putin"]
    assert said["items"][0]["mentioned"] == ["CHN"]
    app.state.live.close()


async def test_pair_amounts_are_paged_and_bounded_by_the_article_date(client):
    body = await get(client, "/api/dyads/CHN/RUS/amounts")
    (amount,) = body["items"]
    assert (body["total"], amount["text"], amount["value"]) == (1, "$200 billion", 2e11)
    assert "Trade reached $200 billion." in amount["context"]
    assert (await get(client, "/api/dyads/CHN/RUS/amounts?from=2024-02-01"))["total"] == 0
    assert (await get(client, "/api/dyads/CHN/RUS/amounts?offset=1"))["items"] == []
    await get(client, "/api/dyads/CHN/XXX/amounts", 404)


async def test_an_article_lists_its_negated_and_hypothetical_events(client):
    body = await get(client, "/api/articles/a2")
    flagged = {(e["event"], e["negated"], e["hypothetical"]) for e in body["events"]}
    assert flagged == {("ACCUSE", False, False), ("ASSAULT", True, False), ("COERCE", False, True)}


async def test_places_where_events_happened_and_places_mentioned(client):
    (beijing,) = (await get(client, "/api/places"))["items"]
    assert (beijing["geonameid"], beijing["name"], beijing["events"]) == (1816670, "Beijing", 1)
    assert (beijing["lat"], beijing["lon"], beijing["mean_goldstein"]) == (39.9, 116.4, 1.0)
    (mentioned,) = (await get(client, "/api/places?kind=mentions"))["items"]
    assert (mentioned["name"], mentioned["mentions"], mentioned["articles"]) == ("Beijing", 1, 1)
    assert (await get(client, "/api/places?pair=RUS,UKR"))["items"] == []
    assert (await get(client, "/api/places?kind=mentions&country=UKR"))["items"] == []
    assert len((await get(client, "/api/places?country=CHN&from=2024-01-01"))["items"]) == 1


async def test_events_at_a_place(client):
    body = await get(client, "/api/events?place=1816670")
    assert [e["event"] for e in body["items"]] == ["CONSULT"]
    assert (await get(client, "/api/events?place=1"))["total"] == 0
