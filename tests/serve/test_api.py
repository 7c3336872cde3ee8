"""The HTTP API, in process, on the hand-built fixture database (tests/serve/conftest.py):
a1 RUS-CHN talks (January 2024) with Putin on trade with China and $200 billion; a2 CHN
accuses RUS and Xi says Russia must pay (March); a3 RUS assaults UKR, the UN accuses RUS."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

pytestmark = pytest.mark.anyio


async def get(client, url: str, status: int = 200) -> dict:
    response = await client.get(url)
    assert response.status_code == status, response.text
    return response.json()


async def test_dyads_lists_unordered_pairs_with_quad_counts(client):
    body = await get(client, "/api/dyads")
    assert body["total"] == 3
    first = body["items"][0]
    assert (first["a"], first["b"], first["events"]) == ("CHN", "RUS", 2)
    assert (first["quad1"], first["quad3"], first["mean_goldstein"]) == (1, 1, -0.5)
    assert (first["first_date"], first["last_date"]) == ("2024-01-15", "2024-03-02")
    pairs = {(d["a"], d["b"]) for d in body["items"]}
    assert pairs == {("CHN", "RUS"), ("RUS", "UKR"), ("IGOUNO", "RUS")}


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("sort=goldstein&order=asc", ("RUS", "UKR")),
        ("sort=goldstein", ("CHN", "RUS")),
        ("sort=last_date&order=asc", ("CHN", "RUS")),
        ("country=UKR", ("RUS", "UKR")),
    ],
)
async def test_dyads_sort_and_filter(client, query, first):
    body = await get(client, f"/api/dyads?{query}")
    assert (body["items"][0]["a"], body["items"][0]["b"]) == first


async def test_timeline_counts_each_direction_and_reciprocal_events_in_both(client):
    body = await get(client, "/api/dyads/RUS/CHN/timeline?interval=month")
    assert (body["a"], body["b"], body["interval"]) == ("RUS", "CHN", "month")
    january, march = body["periods"]
    assert january["period"] == "2024-01-01" and march["period"] == "2024-03-01"
    # the talks are reciprocal: once in both, and in each direction
    assert january["both"]["events"] == 1 and january["both"]["quad1"] == 1
    assert january["a_to_b"]["events"] == 1 and january["b_to_a"]["events"] == 1
    # Putin (RUS) on trade with China: a quote RUS -> CHN
    assert january["a_to_b"]["quotes"] == 1 and january["b_to_a"]["quotes"] == 0
    assert january["both"]["quotes"] == 1
    # China accuses Russia: only CHN -> RUS; Xi on Russia: a quote CHN -> RUS
    assert march["both"]["quad3"] == 1 and march["both"]["goldstein_sum"] == -2.0
    assert march["a_to_b"]["events"] == 0 and march["a_to_b"]["goldstein_mean"] is None
    assert march["b_to_a"]["events"] == 1 and march["b_to_a"]["quotes"] == 1


async def test_timeline_is_the_same_pair_in_either_order_and_case(client):
    forward = await get(client, "/api/dyads/RUS/CHN/timeline")
    backward = await get(client, "/api/dyads/chn/rus/timeline")
    assert [p["both"] for p in forward["periods"]] == [p["both"] for p in backward["periods"]]
    assert forward["periods"][1]["b_to_a"] == backward["periods"][1]["a_to_b"]


@pytest.mark.parametrize(("interval", "first"), [("day", "2024-01-15"), ("week", "2024-01-15")])
async def test_timeline_intervals(client, interval, first):
    body = await get(client, f"/api/dyads/RUS/CHN/timeline?interval={interval}")
    assert body["periods"][0]["period"] == first


async def test_timeline_date_range(client):
    body = await get(client, "/api/dyads/RUS/CHN/timeline?from=2024-02-01&to=2024-12-31")
    assert [p["period"] for p in body["periods"]] == ["2024-03-01"]
    assert body["from"] == "2024-02-01"


@pytest.mark.parametrize(
    ("query", "events"),
    [
        ("", ["ACCUSE", "ACCUSE", "ASSAULT", "CONSULT"]),
        ("actor=RUS", ["ASSAULT", "CONSULT"]),
        ("recipient=RUS", ["ACCUSE", "ACCUSE"]),
        ("actor=IGOUNO", ["ACCUSE"]),
        ("event=ASSAULT", ["ASSAULT"]),
        ("quad=3", ["ACCUSE", "ACCUSE"]),
        ("from=2024-03-01&to=2024-03-10", ["ACCUSE"]),
        ("q=PIPELINE", ["ACCUSE"]),  # the evidence sentence, case-insensitive
        ("q=talks", ["CONSULT"]),  # the trigger words
        ("actor=CHN&recipient=UKR", []),
    ],
)
async def test_events_filters(client, query, events):
    body = await get(client, f"/api/events?{query}")
    assert sorted(e["event"] for e in body["items"]) == events
    assert body["total"] == len(events)


async def test_events_carry_parties_and_evidence(client):
    (talks,) = (await get(client, "/api/events?event=CONSULT"))["items"]
    assert talks["evidence"] == "Russia and China held talks in Beijing."
    assert [p["party"] for p in talks["actor"]] == ["RUS", "CHN"] and talks["recipient"] == []
    assert talks["title"] == "Talks in Beijing" and talks["date"] == "2024-01-15"


async def test_events_are_newest_first_and_paginated(client):
    everything = await get(client, "/api/events")
    assert everything["total"] == 4
    dates = [e["date"] for e in everything["items"]]
    assert dates == sorted(dates, reverse=True)
    page = await get(client, "/api/events?limit=2&offset=1")
    assert (page["total"], page["limit"], page["offset"]) == (4, 2, 1)
    assert [e["id"] for e in page["items"]] == [e["id"] for e in everything["items"][1:3]]
    past_the_end = await get(client, "/api/events?offset=10")
    assert past_the_end["items"] == [] and past_the_end["total"] == 4


@pytest.mark.parametrize(
    ("query", "speakers"),
    [
        ("", {"Vladimir Putin", "Xi Jinping"}),
        ("speaker=putin", {"Vladimir Putin"}),
        ("speaker_country=CHN", {"Xi Jinping"}),
        ("mentioned=CHN", {"Vladimir Putin"}),
        ("q=debt", {"Xi Jinping"}),
        ("kind=indirect", {"Xi Jinping"}),
        ("kind=direct&kind=stance", {"Vladimir Putin"}),
        ("speaker=nobody", set()),
    ],
)
async def test_quotes_filters(client, query, speakers):
    body = await get(client, f"/api/quotes?{query}")
    assert {q["speaker_name"] for q in body["items"]} == speakers


async def test_quotes_list_the_parties_they_mention(client):
    (putin,) = (await get(client, "/api/quotes?speaker=putin"))["items"]
    assert putin["mentioned"] == ["CHN"] and putin["speaker_country"] == "RUS"


async def test_article_has_text_and_every_kind_of_span(client):
    body = await get(client, "/api/articles/a1")
    text = body["text"]
    for kind in ("mentions", "quotes", "events", "amounts", "locations"):
        assert body[kind], kind
        for span in body[kind]:
            assert text[span["start"] : span["end"]] == (span.get("text") or span["event_text"])
    assert body["quotes"][0]["speaker_name"] == "Vladimir Putin"
    assert body["amounts"][0]["value"] == 2e11
    assert body["dates"] == []


@pytest.mark.parametrize(
    "name", ["Vladimir Putin", "vladimir putin", "RUSGOV", "person:vladimir-putin"]
)
async def test_actor_by_name_code_or_id(client, name):
    body = await get(client, f"/api/actors/{name}")
    assert (body["name"], body["country"], body["codes"]) == ("Vladimir Putin", "RUS", ["RUSGOV"])
    assert (body["mentions"], body["quotes"]) == (1, 1)
    assert body["recent_quotes"][0]["text"] == "We will expand trade with China,"


async def test_actor_events_as_actor_and_recipient(client):
    body = await get(client, "/api/actors/Russia")
    assert (body["events_as_actor"], body["events_as_recipient"]) == (1, 2)
    assert {e["event"] for e in body["events"]} == {"CONSULT", "ACCUSE"}


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=501", "limit"),
        ("/api/quotes?limit=abc", "limit"),
        ("/api/dyads?offset=-1", "offset"),
        ("/api/dyads?sort=name", "sort"),
        ("/api/events?actor=R", "actor"),
        ("/api/events?actor=RUS;DROP", "actor"),
        ("/api/events?event=BOMB", "event"),
        ("/api/events?quad=5", "quad"),
        ("/api/events?from=2024-02-30", "from"),
        ("/api/events?from=2024-03-01&to=2024-01-01", "from"),
        ("/api/dyads/RU/CHN/timeline", "a"),
        ("/api/dyads/RUS/RUS/timeline", "b"),
        ("/api/dyads/RUS/CHN/timeline?interval=year", "interval"),
        ("/api/dyads/RUS/CHN/timeline?to=yesterday", "to"),
        ("/api/quotes?kind=rumour", "kind"),
    ],
)
async def test_bad_parameters_are_400_with_a_json_error_naming_them(client, url, parameter):
    error = (await get(client, url, 400))["error"]
    assert error["status"] == 400 and error["parameter"] == parameter
    assert parameter in error["message"]


async def test_the_largest_page_is_allowed(client):
    assert (await get(client, "/api/events?limit=500"))["limit"] == 500


@pytest.mark.parametrize("url", ["/api/articles/nope", "/api/actors/Nobody"])
async def test_unknown_records_are_404_json(client, url):
    error = (await get(client, url, 404))["error"]
    assert error["status"] == 404 and "no " in error["message"]


async def test_openapi_documents_every_endpoint(client):
    paths = (await get(client, "/openapi.json"))["paths"]
    assert set(paths) == {
        "/api/dyads",
        "/api/dyads/{a}/{b}/timeline",
        "/api/dyads/{a}/{b}/amounts",
        "/api/events",
        "/api/quotes",
        "/api/places",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/actors/{name}",
    }
    limit = next(p for p in paths["/api/events"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 500
    assert (await client.get("/docs")).status_code == 200


def test_the_connection_is_read_only(app, fixture_db):
    con = app.state.live.current().con
    with pytest.raises(Exception, match="read-only"):
        con.execute("DELETE FROM events")
    cur = con.cursor()
    with pytest.raises(Exception, match="read-only"):
        cur.execute("CREATE TABLE scratch (i INTEGER)")
    cur.close()
    assert con.execute("SELECT count(*) FROM events").fetchone() == (6,)


def test_a_missing_database_is_refused_before_serving(tmp_path):
    from dyad.errors import StoreError
    from dyad.serve.app import create_app

    with pytest.raises(StoreError, match="E301"):
        create_app(tmp_path / "none.duckdb")


async def test_undated_events_come_last_with_their_parties(tmp_path):
    import httpx

    from dyad.records import Article, CodedArticle
    from dyad.serve.app import create_app
    from dyad.store.database import Store
    from tests.serve.conftest import CHINA, RUSSIA, event, party

    text = "Russia and China held talks. China criticized Russia."
    talks = event(
        text,
        "talks",
        "CONSULT",
        1,
        1.0,
        None,
        (party(text, "Russia", RUSSIA), party(text, "China", CHINA)),
    )
    blame = event(
        text,
        "criticized",
        "ACCUSE",
        3,
        -2.0,
        dt.date(2024, 5, 1),
        (party(text, "China", CHINA, after=20),),
        (party(text, "Russia", RUSSIA, after=30),),
    )
    with Store(tmp_path / "undated.duckdb") as store:
        store.write([CodedArticle(Article("u1", text), events=(talks, blame))])
    app = create_app(tmp_path / "undated.duckdb")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
        for url in ("/api/events", "/api/events?actor=CHN", "/api/events?offset=1"):
            body = await get(client, url)
            for item in body["items"]:
                assert item["actor"], (url, item["event"])
        listed = (await get(client, "/api/events"))["items"]
        assert [e["date"] for e in listed] == ["2024-05-01", None]
    app.state.live.close()


async def test_all_rows_as_csv_are_every_match_in_order_and_need_csv(client):
    whole = await get(client, "/api/events?include_negated=true&limit=500")
    response = await client.get(
        "/api/events?include_negated=true&limit=1&offset=3&format=csv&all=true"
    )
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == [e["id"] for e in whole["items"]]
    error = (await get(client, "/api/events?all=true", 400))["error"]
    assert error["parameter"] == "all"


def test_every_event_reads_in_chunks_the_rows_of_one_long_page(fixture_db):
    from dyad.query import web
    from dyad.query.filters import Include
    from dyad.store.database import connect

    con = connect(fixture_db, read_only=True)
    try:
        lookups = web.build_lookups(con)
        f = web.EventFilter(include=Include(negated=True, hypothetical=True))
        page = web.events(con, lookups, f, 500, sort="goldstein", order="asc")["items"]
        chunked = list(web.every_event(con, lookups, f, "goldstein", "asc", chunk=2))
    finally:
        con.close()
    assert [e["id"] for e in chunked] == [e["id"] for e in page] and len(page) > 2


@pytest.mark.parametrize(
    "query", ["", "?order=asc", "?speaker_country=RUS&mentioned=CHN", "?said_by=RUSGOV"]
)
async def test_quotes_csv_with_all_holds_every_matching_quote_past_the_limit(client, query):
    url = f"/api/quotes{query}{'&' if query else '?'}"
    whole = await get(client, url + "limit=500")
    response = await client.get(url + "limit=1&offset=1&format=csv&all=true")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["article_id"], r["idx"]) for r in rows] == [
        (q["article_id"], str(q["idx"])) for q in whole["items"]
    ]
    assert whole["total"] == len(rows)


async def test_quotes_all_needs_csv(client):
    error = (await get(client, "/api/quotes?all=true", 400))["error"]
    assert error["parameter"] == "all"
