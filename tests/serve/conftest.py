"""Fixtures of the web tests: a small database built by code, an in-process client, and
(for the browser tier) the app served by uvicorn on a free loopback port."""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dyad.records import (
    Actor,
    Amount,
    Article,
    CodedArticle,
    DateRef,
    Event,
    Location,
    Mention,
    Participant,
    Quote,
    Speaker,
    TextSpan,
)

RUSSIA = Actor("Russia", "RUS", "RUS", None, "country:RUS")
CHINA = Actor("China", "CHN", "CHN", None, "country:CHN")
UKRAINE = Actor("Ukraine", "UKR", "UKR", None, "country:UKR")
UN = Actor("United Nations", "IGOUNO", None, "IGO", "igo:UNO")
PUTIN = Actor("Vladimir Putin", "RUSGOV", "RUS", "GOV", "person:vladimir-putin")
XI = Actor("Xi Jinping", "CHNGOV", "CHN", "GOV", "person:xi-jinping")


def at(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def mention(text: str, needle: str, actor: Actor, kind: str = "name", after: int = 0) -> Mention:
    start, end = at(text, needle, after)
    return Mention(start, end, needle, actor, 0, kind)


def party(text: str, needle: str, actor: Actor, after: int = 0) -> Participant:
    start, end = at(text, needle, after)
    return Participant(actor, start, end, needle)


def event(
    text: str,
    trigger: str,
    kind: str,
    quad: int,
    goldstein: float,
    day: dt.date,
    actor: tuple[Participant, ...],
    recipient: tuple[Participant, ...] = (),
    sentence: str | None = None,
) -> Event:
    start, end = at(text, trigger)
    s_start, s_end = at(text, sentence or text)
    return Event(
        id=f"{kind.lower()}-{day}-{start}",
        date=day,
        event=kind,
        mode=None,
        context=(),
        cameo="040",
        goldstein=goldstein,
        quad_code=quad,
        actor=actor,
        recipient=recipient,
        event_text=trigger,
        sentence=0,
        start=start,
        end=end,
        confidence=0.8,
        sentence_start=s_start,
        sentence_end=s_end,
    )


def quote(text: str, said: str, kind: str, speaker: str, actor: Actor, idx: int) -> Quote:
    start, end = at(text, said)
    s_start, s_end = at(text, speaker)
    c_start, c_end = at(text, "said")
    return Quote(
        start,
        end,
        said,
        kind,
        TextSpan(c_start, c_end, "said"),
        Speaker(s_start, s_end, speaker, actor.name, actor),
        0,
        idx,
    )


def fixture_articles() -> list[CodedArticle]:
    """Three articles: RUS-CHN talks in Beijing (the event's place) with a Putin quote on
    trade and an amount (January), a
    Chinese accusation and a Xi quote about Russia, an attack that did not happen (negated)
    and a threat that may (hypothetical) (March), a Russian assault on Ukraine (by its
    military, mode firearms) and a UN accusation of Russia (confidence 0.4) (March)."""
    jan, mar, late = dt.date(2024, 1, 15), dt.date(2024, 3, 2), dt.date(2024, 3, 20)
    t1 = (
        "Russia and China held talks in Beijing. "
        '"We will expand trade with China," Putin said. Trade reached $200 billion.'
    )
    a1 = CodedArticle(
        Article("a1", t1, "https://example.org/a1", jan, "Talks in Beijing", "example.org"),
        mentions=(
            mention(t1, "Russia", RUSSIA, "place"),
            mention(t1, "China", CHINA, "place"),
            mention(t1, "China", CHINA, "place", after=45),
            mention(t1, "Putin", PUTIN),
        ),
        quotes=(quote(t1, "We will expand trade with China,", "direct", "Putin", PUTIN, 0),),
        events=(
            dataclasses.replace(
                event(
                    t1,
                    "talks",
                    "CONSULT",
                    1,
                    1.0,
                    jan,
                    (party(t1, "Russia", RUSSIA), party(t1, "China", CHINA)),
                    sentence="Russia and China held talks in Beijing.",
                ),
                event_loc=Location(
                    *at(t1, "Beijing"), "Beijing", "Beijing", "CHN", 39.9, 116.4, 1816670, "P"
                ),
            ),
        ),
        amounts=(Amount(*at(t1, "$200 billion"), "$200 billion", 2e11, "USD", "trade"),),
        locations=(
            Location(*at(t1, "Beijing"), "Beijing", "Beijing", "CHN", 39.9, 116.4, 1816670, "P"),
        ),
    )
    t2 = (
        "China criticized Russia over the pipeline. Xi Jinping said Russia must pay the debt. "
        "China did not attack Russia. China may blockade Russia."
    )
    a2 = CodedArticle(
        Article("a2", t2, None, mar, "China criticizes Russia", None),
        mentions=(
            mention(t2, "China", CHINA, "place"),
            mention(t2, "Russia", RUSSIA, "place"),
            mention(t2, "Xi Jinping", XI),
            mention(t2, "Russia", RUSSIA, "place", after=50),
        ),
        quotes=(quote(t2, "Russia must pay the debt", "indirect", "Xi Jinping", XI, 0),),
        events=(
            event(
                t2,
                "criticized",
                "ACCUSE",
                3,
                -2.0,
                mar,
                (party(t2, "China", CHINA),),
                (party(t2, "Russia", RUSSIA),),
                sentence="China criticized Russia over the pipeline.",
            ),
            dataclasses.replace(
                event(
                    t2,
                    "attack",
                    "ASSAULT",
                    4,
                    -10.0,
                    mar,
                    (party(t2, "China", CHINA, after=80),),
                    (party(t2, "Russia", RUSSIA, after=90),),
                    sentence="China did not attack Russia.",
                ),
                negated=True,
            ),
            dataclasses.replace(
                event(
                    t2,
                    "blockade",
                    "COERCE",
                    4,
                    -5.0,
                    mar,
                    (party(t2, "China", CHINA, after=110),),
                    (party(t2, "Russia", RUSSIA, after=120),),
                    sentence="China may blockade Russia.",
                ),
                hypothetical=True,
            ),
        ),
    )
    t3 = (
        "Russian forces attacked Ukraine on Monday. The United Nations condemned Russia. "
        "Yusuf/Cat Stevens sang."
    )
    forces = Actor(None, "RUSMIL", "RUS", "MIL", None)
    singer = Actor("Yusuf/Cat Stevens", None, None, None, "person:yusuf-cat-stevens")
    a3 = CodedArticle(
        Article("a3", t3, None, late, "Attack on Ukraine", None),
        mentions=(
            mention(t3, "Russian forces", forces, "group"),
            mention(t3, "Ukraine", UKRAINE, "place"),
            mention(t3, "United Nations", UN),
            mention(t3, "Russia", RUSSIA, "place", after=50),
            mention(t3, "Yusuf/Cat Stevens", singer),
        ),
        events=(
            dataclasses.replace(
                event(
                    t3,
                    "attacked",
                    "ASSAULT",
                    4,
                    -10.0,
                    late,
                    (party(t3, "Russian forces", forces),),
                    (party(t3, "Ukraine", UKRAINE),),
                    sentence="Russian forces attacked Ukraine on Monday.",
                ),
                mode="firearms",
            ),
            dataclasses.replace(
                event(
                    t3,
                    "condemned",
                    "ACCUSE",
                    3,
                    -2.0,
                    late,
                    (party(t3, "United Nations", UN),),
                    (party(t3, "Russia", RUSSIA, after=50),),
                    sentence="The United Nations condemned Russia.",
                ),
                confidence=0.4,
            ),
        ),
        dates=(DateRef(*at(t3, "Monday"), "Monday", dt.date(2024, 3, 18), "day"),),
    )
    return [a1, a2, a3]


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dyad.store.database import Store

    path = tmp_path_factory.mktemp("serve") / "fixture.duckdb"
    with Store(path, model="hand-built") as store:
        store.write(fixture_articles())
    return path


@pytest.fixture(scope="session")
def app(fixture_db: Path):
    from dyad.serve.app import create_app

    app = create_app(fixture_db)
    yield app
    app.state.live.close()


@pytest.fixture
async def client(app) -> httpx.AsyncClient:
    # httpx's ASGITransport, not starlette's TestClient, which warns (an error here) on import.
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
        yield client


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's seed article, coded by the real pipeline and stored."""
    from dyad.api import ingest
    from tests.conftest import SEED

    path = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    summary = ingest([str(SEED)], path, workers=1)
    assert summary.ok and summary.articles == 1
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(seed_db: Path) -> Iterator[str]:
    """The app on the seed database, served by uvicorn in a background thread."""
    yield from _serve(seed_db)


@pytest.fixture(scope="session")
def fixture_server(fixture_db: Path) -> Iterator[str]:
    """The app on the hand-built fixture database (an event with a place), served likewise."""
    yield from _serve(fixture_db)


def _serve(path: Path) -> Iterator[str]:
    import uvicorn

    from dyad.serve.app import create_app

    # ws="none": no websocket library is imported (none is used, and some warn on import).
    config = uvicorn.Config(
        create_app(path), host="127.0.0.1", port=_free_port(), log_level="warning", ws="none"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{config.port}"
    server.should_exit = True
    thread.join(timeout=10)
