"""The registry of evaluation suites."""

from __future__ import annotations

from dyad.eval import (
    actors,
    clusters,
    conflibert,
    dates,
    geo,
    kbcoverage,
    newsactors,
    newsevents,
    petrarch,
    plover,
    polnear,
    seed,
)
from dyad.eval.base import SuiteSpec

SUITES: dict[str, SuiteSpec] = {
    s.name: s
    for s in (
        SuiteSpec(
            "plover-gsr",
            "PLOVER gold sentences (dev): type accuracy, triple P/R/F1",
            plover.files,
            plover.run,
        ),
        SuiteSpec(
            "news-events",
            "dyad's Wikinews PLOVER corpus: sentence-level P/R/F1, type and triple (dev gated)",
            newsevents.files,
            newsevents.run,
        ),
        SuiteSpec(
            "petrarch2-unittest",
            "PETRARCH2 unit tests with their validation dictionaries",
            petrarch.unittest_files,
            petrarch.run_unittest,
        ),
        SuiteSpec(
            "petr2-gsr",
            "PETRARCH2 validation sentences with Phoenix dictionaries",
            petrarch.gsr_files,
            petrarch.run_gsr,
        ),
        SuiteSpec(
            "conflibert",
            "ConfliBERT 5-class sentences: accuracy, macro-F1",
            conflibert.files,
            conflibert.run,
        ),
        SuiteSpec(
            "polnear",
            "PolNeAR dev quote attribution: P/R/F1, speaker accuracy",
            polnear.files,
            polnear.run,
        ),
        SuiteSpec(
            "actors",
            "NGEC actor cases (dev): country and sector accuracy",
            actors.files,
            actors.run,
        ),
        SuiteSpec(
            "news-actors",
            "every actor mention of 22 Wikinews articles: country, code, unknowns (dev gated)",
            newsactors.files,
            newsactors.run,
        ),
        SuiteSpec(
            "geovirus",
            "GeoVirus toponyms: P/R/F1, country accuracy, share within 161 km",
            geo.geovirus_files,
            geo.run_geovirus,
        ),
        SuiteSpec(
            "gwn",
            "GeoWebNews toponyms: P/R/F1, country and GeoNames-id accuracy, within 161 km",
            geo.gwn_files,
            geo.run_gwn,
        ),
        SuiteSpec(
            "dates",
            "Time expressions in whole Wikinews articles: found, valued, events dated (dev gated)",
            dates.files,
            dates.run,
        ),
        SuiteSpec(
            "kb-coverage",
            "actor KB vs the research office-holder table: heads and foreign ministers 2000-2025",
            kbcoverage.files,
            kbcoverage.run,
        ),
        SuiteSpec(
            "clusters",
            "event clusters of the Wikinews and Guardian samples: precision, recall by half",
            clusters.files,
            clusters.run,
        ),
        SuiteSpec(
            "seed", "the canonical example against hand-written expectations", seed.files, seed.run
        ),
    )
}
