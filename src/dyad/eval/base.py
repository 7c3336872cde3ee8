"""What every evaluation suite shares: results, error cases, and coding texts through the
same pipeline as ``dyad code``."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dyad.errors import EvalError
from dyad.pipeline import build_pipeline, code_articles
from dyad.records import Actor, Article, CodedArticle, Event


@dataclass(frozen=True, slots=True)
class Case:
    """One gold item dyad got wrong (or partly), for a developer to read."""

    id: str
    text: str
    gold: str
    got: str
    badness: float = 1.0
    """Higher is worse; cases are shown worst first."""


@dataclass
class SuiteResult:
    suite: str
    metrics: dict[str, float]
    size: int
    """How many gold items were scored."""
    cases: list[Case] = field(default_factory=list)
    tables: dict[str, list[list[str]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class Coder:
    """Codes texts with a pipeline built for a suite (model, knowledge base, verbs)."""

    model: str | None = None
    sentences: str = "all"

    def code(
        self,
        texts: Sequence[tuple[str, dt.date | None]],
        *,
        kb: str = "dyad",
        verbs: str = "dyad",
        petrarch: bool = False,
    ) -> list[CodedArticle]:
        articles = [Article(id=str(i), text=t, date=d) for i, (t, d) in enumerate(texts)]
        return self.code_articles(articles, kb=kb, verbs=verbs, petrarch=petrarch)

    def code_articles(
        self,
        articles: Sequence[Article],
        *,
        kb: str = "dyad",
        verbs: str = "dyad",
        petrarch: bool = False,
    ) -> list[CodedArticle]:
        """Code whole articles (title, date and all) as ``dyad code`` does."""
        nlp = build_pipeline(self.model, kb, verbs, petrarch)
        out = []
        for item in code_articles(nlp, articles, sentences=self.sentences):
            assert isinstance(item, CodedArticle)  # articles built here never fail to read
            out.append(item)
        return out


@dataclass(frozen=True, slots=True)
class SuiteSpec:
    name: str
    description: str
    files: Callable[[Path], list[Path]]
    run: Callable[[Path, Coder], SuiteResult]


def require(path: Path) -> Path:
    if not path.exists():
        raise EvalError("E401", origin=str(path))
    return path


def sha256_of(paths: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()


def party_key(actor: Actor) -> str | None:
    """How gold sets name a party: its country, else ``IGO``/``NGO`` for organizations and
    ``IMG`` for transnational armed groups (the PLOVER gold codes al-Qaeda ``IMG``)."""
    if actor.country:
        return actor.country
    code = actor.code or ""
    if code.startswith(("IGO", "IMG")):
        return code[:3]
    if code.startswith("NGO") or actor.sector == "NGO":
        return "NGO"
    return None


def describe_event(e: Event) -> str:
    actors = ",".join(p.actor.code or "?" for p in e.actor)
    recipients = ",".join(p.actor.code or "?" for p in e.recipient)
    return (
        f"{e.event or '-'}/{e.cameo} {actors}->{recipients} '{e.event_text}' ({e.confidence:.2f})"
    )
