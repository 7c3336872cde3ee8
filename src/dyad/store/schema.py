"""The database schema: which record each table holds, and the ordered migrations that make it.

A table's columns are the store's own (keys, provenance: `TABLE_RECORDS`) followed by the
columns of its record (`dyad.forms.columns`, derived from the record's fields); a test checks
that the migrations make exactly these. Never edit a released migration: add one. Each runs
once, in a transaction, and is recorded in ``schema_migrations``. Offsets (``start``/``end``)
index ``articles.text``; ``end`` is exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyad.forms import columns
from dyad.records import (
    Amount,
    Article,
    DateRef,
    Event,
    Location,
    Mention,
    Participant,
    Quote,
    StageError,
)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    sql: str


def _list_table(name: str, columns: str) -> str:
    """Migration 1's table of one list of an article's records, keyed by the article and the
    record's place in the list (``idx``), each record a span of the text."""
    return (
        f"CREATE TABLE {name} (article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start INTEGER, "
        f'"end" INTEGER, text VARCHAR, {columns}, PRIMARY KEY (article_id, idx));'
    )


def _event_dyads_view(
    create: str, where: str = "", name: str = "event_dyads", flags: str = ""
) -> str:
    """The ``event_dyads`` view: the country pairs of each event. Directed events pair each
    actor with each recipient; reciprocal ones (a meeting: all parties are actors) pair the
    actors, once per unordered pair. A party is its country, or its code when it has none
    (IGOs). ``where`` filters the events (migration 4: only counted ones); ``name`` and
    ``flags`` (more selected columns) make migration 5's ``event_dyads_all``. Their defaults
    keep the text of the released migrations 1 and 4."""
    return f"""
        {create} {name} AS
        WITH parties AS (
            SELECT event_id, role, coalesce(country, code) AS party
            FROM event_parties WHERE coalesce(country, code) IS NOT NULL
        ),
        directed AS (
            SELECT DISTINCT a.event_id, a.party AS actor, r.party AS recipient, FALSE AS reciprocal
            FROM parties a JOIN parties r
              ON a.event_id = r.event_id AND a.role = 'actor' AND r.role = 'recipient'
            WHERE a.party <> r.party
        ),
        mutual AS (
            SELECT DISTINCT a.event_id, a.party AS actor, b.party AS recipient, TRUE AS reciprocal
            FROM parties a JOIN parties b
              ON a.event_id = b.event_id AND a.role = 'actor' AND b.role = 'actor'
            WHERE a.party < b.party
              AND NOT EXISTS (
                  SELECT 1 FROM parties r WHERE r.event_id = a.event_id AND r.role = 'recipient'
              )
        )
        SELECT e.id AS event_id, e.article_id, e.date, e.event, e.quad_code, e.goldstein,
               e.confidence, d.actor, d.recipient, d.reciprocal{flags}
        FROM (SELECT * FROM directed UNION ALL SELECT * FROM mutual) d
        JOIN events e ON e.id = d.event_id {where};
        """


# Migration 1 as released; only its text was refactored: `_list_table` writes once the key
# columns its five list tables share (the catalog it makes was checked to be the same).
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, mentions, quotes, events with parties, amounts, dates, locations, errors",
        "\n".join(
            (
                """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, url VARCHAR, date DATE, title VARCHAR, source VARCHAR,
            text VARCHAR NOT NULL, origin VARCHAR, model VARCHAR, dyad_version VARCHAR,
            coded_at TIMESTAMP
        );
        """,
                _list_table(
                    "mentions",
                    "kind VARCHAR, sentence INTEGER, actor_name VARCHAR, actor_code VARCHAR, "
                    "actor_country VARCHAR, actor_sector VARCHAR, actor_id VARCHAR",
                ),
                _list_table(
                    "quotes",
                    "kind VARCHAR, sentence INTEGER, cue_start INTEGER, cue_end INTEGER, "
                    "cue_text VARCHAR, speaker_start INTEGER, speaker_end INTEGER, "
                    "speaker_text VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR, "
                    "speaker_country VARCHAR, speaker_sector VARCHAR, speaker_id VARCHAR",
                ),
                """
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, date DATE, date_source VARCHAR,
            event VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[], cameo VARCHAR,
            goldstein DOUBLE, quad_code INTEGER, event_text VARCHAR, sentence INTEGER,
            start INTEGER, "end" INTEGER, sentence_start INTEGER, sentence_end INTEGER,
            confidence DOUBLE, negated BOOLEAN, hypothetical BOOLEAN, rule VARCHAR
        );
        CREATE TABLE event_parties (
            event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, role VARCHAR NOT NULL,
            idx INTEGER NOT NULL, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR,
            actor_id VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER,
            PRIMARY KEY (event_id, role, idx)
        );
        """,
                _list_table("amounts", "value DOUBLE, unit VARCHAR, object VARCHAR, kind VARCHAR"),
                _list_table("dates", "value VARCHAR, granularity VARCHAR"),
                _list_table(
                    "locations",
                    "name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, "
                    "feature VARCHAR, admin1 VARCHAR",
                ),
                """
        CREATE TABLE errors (
            article_id VARCHAR, origin VARCHAR, stage VARCHAR, code VARCHAR, message VARCHAR,
            recorded_at TIMESTAMP
        );
        CREATE INDEX events_article ON events (article_id);
        CREATE INDEX events_date ON events (date);
        CREATE INDEX parties_country ON event_parties (country);
        """,
                _event_dyads_view("CREATE VIEW"),
            )
        ),
    ),
)

MIGRATIONS += (
    Migration(
        2,
        "quotes.statement: parts of one statement share a number",
        "ALTER TABLE quotes ADD COLUMN statement INTEGER DEFAULT 0;",
    ),
)

MIGRATIONS += (
    Migration(
        3,
        "events: date granularity, event location and casualty size (PLOVER event_loc, size)",
        """
        ALTER TABLE events ADD COLUMN date_granularity VARCHAR DEFAULT 'day';
        ALTER TABLE events ADD COLUMN event_loc STRUCT(
            start INTEGER, "end" INTEGER, text VARCHAR, name VARCHAR, country VARCHAR,
            lat DOUBLE, lon DOUBLE, geonameid BIGINT, feature VARCHAR, admin1 VARCHAR
        );
        ALTER TABLE events ADD COLUMN size STRUCT(dead INTEGER, injured INTEGER, arrested INTEGER);
        """,
    ),
)

MIGRATIONS += (
    Migration(
        4,
        "events.part (titles are coded), events.counted (pair aggregates count only these)",
        "ALTER TABLE events ADD COLUMN part VARCHAR DEFAULT 'text';\n"
        "ALTER TABLE events ADD COLUMN counted BOOLEAN DEFAULT TRUE;\n"
        + _event_dyads_view("CREATE OR REPLACE VIEW", "WHERE e.counted"),
    ),
)

# Issue 25: "ASSAULT negated, -10" was in a pair's Goldstein mean. Aggregates count neither
# negated nor hypothetical events; event_dyads_all keeps them, flagged, for the dashboard's
# option to count them too.
_DYADS_VIEWS = (
    _event_dyads_view(
        "CREATE VIEW",
        "WHERE e.counted",
        name="event_dyads_all",
        flags=", coalesce(e.negated, FALSE) AS negated, "
        "coalesce(e.hypothetical, FALSE) AS hypothetical",
    )
    + """
        CREATE OR REPLACE VIEW event_dyads AS
        SELECT * EXCLUDE (negated, hypothetical) FROM event_dyads_all
        WHERE NOT negated AND NOT hypothetical;
        """
)
"""The pair views as migration 5 made them (migration 8 drops and remakes them)."""

MIGRATIONS += (
    Migration(
        5,
        "event_dyads_all (counted events, negated and hypothetical flagged); event_dyads "
        "drops negated and hypothetical events",
        _DYADS_VIEWS,
    ),
)

MIGRATIONS += (
    Migration(
        6,
        "dates.after_article: a date more than a week after its article is flagged",
        "ALTER TABLE dates ADD COLUMN after_article BOOLEAN DEFAULT FALSE;",
    ),
)


def quote_mentions_select(
    quotes: str = "quotes", mentions: str = "mentions", articles: str = "articles"
) -> str:
    """The rows of ``quote_mentions``: one per quote and party (country, or code when the
    actor has none) that an actor mention inside the quote names, with what the dashboard
    filters and sorts the quote by (its article's date, its kind, its speaker's party).
    The table names are arguments so that a batch is derived from its own rows (`Store`).

    Migration 7 fills the table with it: edit this text only together with a migration
    that fills the table again."""
    party = "nullif(coalesce(m.actor_country, m.actor_code), '')"
    return f"""
        SELECT DISTINCT q.article_id, q.idx, t.date, q.kind,
               nullif(coalesce(q.speaker_country, q.speaker_code), '') AS speaker,
               {party} AS party
        FROM {quotes} q JOIN {mentions} m ON m.article_id = q.article_id
         AND m.start >= q.start AND m."end" <= q."end"
        JOIN {articles} t ON t.id = q.article_id
        WHERE {party} IS NOT NULL
        """


# Issue 25: the pair page's "what each side said about the other" looked for mentions inside
# every quote among all mentions (250 ms at 1M events). The store keeps the answer instead:
# a table derived from quotes, mentions and articles, written with them (`Store.write`,
# `attach_parquet`). The indexes serve a page's rows by lists of article ids.
MIGRATIONS += (
    Migration(
        7,
        "quote_mentions: the parties each quote mentions, with its date, kind and speaker's "
        "party; indexes on quotes.article_id and quote_mentions.article_id",
        f"""
        CREATE TABLE quote_mentions (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, date DATE, kind VARCHAR,
            speaker VARCHAR, party VARCHAR NOT NULL
        );
        INSERT INTO quote_mentions {quote_mentions_select()};
        CREATE INDEX quote_mentions_article ON quote_mentions (article_id);
        CREATE INDEX quotes_article ON quotes (article_id);
        """,
    ),
)

# Issue 22: every location keeps the score it was found with (an event's too).
MIGRATIONS += (
    Migration(
        8,
        "locations.score, events.event_loc.score: how sure dyad is that the text names the place",
        # DuckDB alters a struct column only with no view or index on its table: the pair
        # views and the events' indexes are dropped and made again as they were. IF NOT
        # EXISTS: a database rolled back to an older version by hand keeps its columns
        "DROP VIEW IF EXISTS event_dyads;\nDROP VIEW IF EXISTS event_dyads_all;\n"
        "DROP INDEX IF EXISTS events_article;\nDROP INDEX IF EXISTS events_date;\n"
        "ALTER TABLE locations ADD COLUMN IF NOT EXISTS score DOUBLE;\n"
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS event_loc.score DOUBLE;\n"
        "CREATE INDEX events_article ON events (article_id);\n"
        "CREATE INDEX events_date ON events (date);\n" + _DYADS_VIEWS,
    ),
)

# Issue 21, section 3: copies of one story (a wire story in ten papers) are stored once.
# article_sources: every place a stored article was published, its own URL ('self') and its
# copies' ('exact', 'near'); the articles stored before are their own sources.
# article_prints: each stored article's text hash and MinHash band keys (dyad.store.copies),
# filled for the articles stored before by `dyad.store.sources.index_stored`.
MIGRATIONS += (
    Migration(
        9,
        "article_sources: the URLs each stored article was published at, its copies' "
        "included; article_prints: the fingerprints copies are found with",
        # IF NOT EXISTS, and no row twice: a database rolled back by hand keeps its tables
        """
        CREATE TABLE IF NOT EXISTS article_sources (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, url VARCHAR, date DATE,
            title VARCHAR, source VARCHAR, origin VARCHAR, kind VARCHAR NOT NULL,
            similarity DOUBLE, recorded_at TIMESTAMP
        );
        INSERT INTO article_sources
        SELECT id, id, url, date, title, source, origin, 'self', 1.0, coded_at FROM articles
        WHERE id NOT IN (SELECT id FROM article_sources);
        CREATE INDEX IF NOT EXISTS article_sources_article ON article_sources (article_id);
        CREATE TABLE IF NOT EXISTS article_prints (
            article_id VARCHAR PRIMARY KEY, text_hash VARCHAR NOT NULL, keys BIGINT[]
        );
        """,
    ),
)

CLUSTERS_VIEW = """
    CREATE OR REPLACE VIEW clusters AS
    SELECT c.cluster_id, any_value(c.key) AS key, min(c.date) AS date,
           count(DISTINCT c.event_id) AS num_mentions, count(DISTINCT s.id) AS num_articles,
           count(DISTINCT coalesce(s.source, s.url, s.id)) AS num_sources,
           min(s.date) AS first_published, min(s.recorded_at) AS first_seen
    FROM event_clusters c LEFT JOIN article_sources s ON s.article_id = c.article_id
    GROUP BY c.cluster_id;
"""
"""The ``clusters`` view (migration 10): one row per event cluster, with GDELT's counts."""

# Issue 21, section 2: the events of many articles about one real-world event are one
# cluster (dyad.store.clusters). The events stored before are grouped when a store is next
# opened to write (`Store`, `dyad attach`).
MIGRATIONS += (
    Migration(
        10,
        "event_clusters: the cluster (one real-world event) each event is a mention of; "
        "view clusters with its mentions, articles, sources and first-seen time",
        """
        CREATE TABLE IF NOT EXISTS event_clusters (
            event_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL,
            cluster_id VARCHAR NOT NULL, key VARCHAR, date DATE
        );
        CREATE INDEX IF NOT EXISTS event_clusters_article ON event_clusters (article_id);
        """
        + CLUSTERS_VIEW,
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
SOURCE_TABLES = ("article_sources", "article_prints")
"""Tables of where articles were published and of their fingerprints (migration 9): not
records, so neither in `TABLES`; Parquet output has ``article_sources``, not the prints."""
CLUSTER_TABLES = ("event_clusters",)
"""The cluster of each event (migration 10), derived from the events of every article: not
records, so neither in `TABLES` nor in Parquet output (`dyad.store.clusters`)."""
DERIVED_TABLES = ("quote_mentions",)
"""Tables derived from the record tables when an article is written: not records
themselves, so neither in `TABLES` nor in Parquet output."""

_ARTICLE = (("article_id", "VARCHAR"),)
_IDX = (("idx", "INTEGER"),)  # a record's place in its list of the output
_SPAN = _ARTICLE + _IDX
_PARTY = (("event_id", "VARCHAR"), *_ARTICLE, ("role", "VARCHAR"), *_IDX)
TABLE_RECORDS: dict[str, tuple[type, tuple[tuple[str, str], ...]]] = {
    "articles": (
        Article,
        (("model", "VARCHAR"), ("dyad_version", "VARCHAR"), ("coded_at", "TIMESTAMP")),
    ),
    "mentions": (Mention, _SPAN),
    "quotes": (Quote, _SPAN),
    "events": (Event, _ARTICLE),
    "event_parties": (Participant, _PARTY),
    "amounts": (Amount, _SPAN),
    "dates": (DateRef, _SPAN),
    "locations": (Location, _SPAN),
    "errors": (StageError, (*_ARTICLE, ("origin", "VARCHAR"), ("recorded_at", "TIMESTAMP"))),
}
"""Table -> (the record a row holds, the columns and types the store adds to its record's)."""
TABLES = tuple(TABLE_RECORDS)


def table_columns(table: str, record: type | None = None) -> dict[str, str]:
    """The columns of ``table`` and their DuckDB types, as the migrations must make them.
    ``record``: a subclass of the table's record to check (a field being added)."""
    default, own = TABLE_RECORDS[table]
    return dict(own) | {c.name: c.sql for c in columns(record or default)}
