"""The output contract, written four times over, agrees with itself: the JSON Schema of
`dyad code`'s output, the tables the migrations make, the web API's OpenAPI schemas and
docs/output.md name the same records and fields, with the same types where two of them give
one. The first three are derived from the records' fields (`dyad.forms`); the migrations and
the page are written by hand, and these tests say what to write when a field is added."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest

from dyad.forms import columns, fields_of
from dyad.serialize import coded_dict, output_schema
from dyad.store.database import connect
from dyad.store.schema import TABLE_RECORDS, TABLES, table_columns
from tests.conftest import ROOT

DOCS = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
BRACES = r"`\{([a-z_0-9]+(?:, [a-z_0-9]+)*)\}`"
# DuckDB's types as JSON Schema's (`json_type`).
SQL_AS_JSON = {
    "VARCHAR": "string",
    "INTEGER": "integer",
    "BIGINT": "integer",
    "DOUBLE": "number",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
    "VARCHAR[]": "array of strings",
}
# The API models of records, by table; their fields that are no column come from the query.
API_MODELS = {
    "articles": "Article",
    "mentions": "Mention",
    "quotes": "QuoteSpan",
    "events": "Event",
    "amounts": "Amount",
    "dates": "DateRef",
    "locations": "Location",
}
# A JSON field stored under another name: the id of an event party's actor, which is the
# party's own in JSON.
STORED_AS = {("event_parties", "id"): "actor_id"}


def json_type(schema: dict[str, Any]) -> str:
    """``string``, ``date``, ``object``, ``array of strings``, … + `` or null``."""
    options = schema.get("anyOf", [schema])
    present = [s for s in options if s.get("type") != "null"]
    (schema,) = present
    if "$ref" in schema:
        name = "object"
    elif schema.get("type") == "array":
        items = schema["items"]
        name = "array of " + ("objects" if "$ref" in items else items["type"] + "s")
    elif schema.get("format") == "date":
        name = "date"
    else:
        name = schema["type"]
    return name + (" or null" if len(present) < len(options) else "")


def sql_type(sql: str) -> str:
    return "object" if sql.startswith("STRUCT(") else SQL_AS_JSON[sql]


def _not_null(type_: str) -> str:
    return type_.removesuffix(" or null")


@cache
def database() -> dict[str, dict[str, str]]:
    """Table -> column -> DuckDB type, of a database made by the migrations."""
    con = connect(":memory:")
    found: dict[str, dict[str, str]] = {}
    for table, column, sql in con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "ORDER BY table_name, ordinal_position"
    ).fetchall():
        found.setdefault(table, {})[column] = sql.replace('"', "")
    con.close()
    return found


# docs/output.md ------------------------------------------------------------------------------


def _sections() -> dict[str, str]:
    parts = re.split(r"^## (\w+)\n", DOCS, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _documented(section: str) -> dict[str, str | None]:
    """Field -> type of a section: the rows of its table (with their types when it has a
    ``type`` column), else its first ``{a, b}`` list."""
    lines = [line for line in section.splitlines() if line.startswith("|")]
    if not lines:
        (first, *_) = re.findall(BRACES, section)
        return dict.fromkeys(first.split(", "))
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    found: dict[str, str | None] = {}
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        names = re.findall(r"`(\w+)`", cells[0])
        types = cells[1].split(", ") if header[1] == "type" else [None] * len(names)
        for name, type_ in zip(names, types, strict=True):
            found[name] = type_ and type_.replace("`YYYY-MM-DD`", "date")
    return found


@cache
def documented_records() -> dict[str, dict[str, str | None]]:
    """Record -> its fields (-> type where given) in docs/output.md: a section per list of
    the output, a record nested in one documented after its field's name (`` `cue`:
    `{start, end, text}` ``) or in its own section (``## actor``)."""
    defs = output_schema()["$defs"]
    sections = _sections()
    found: dict[str, dict[str, str | None]] = {}

    def visit(record: str, fields: dict[str, str | None], where: str) -> None:
        if record in found:
            return
        found[record] = fields
        for name, schema in defs[record]["properties"].items():
            nested = _record_of(schema)
            listed = re.search(rf"`{name}`[^\n]*?{BRACES}", sections[where])
            if nested and listed:
                visit(nested, dict.fromkeys(listed[1].split(", ")), where)
            elif nested and name in sections:
                visit(nested, _documented(sections[name]), name)

    for name, schema in defs["CodedArticle"]["properties"].items():
        visit(str(_record_of(schema)), _documented(sections[name]), name)
    return found


def _record_of(schema: dict[str, Any]) -> str | None:
    for option in schema.get("anyOf", [schema]):
        ref = option.get("$ref") or option.get("items", {}).get("$ref")
        if ref:
            return str(ref).rsplit("/", 1)[-1]
    return None


@pytest.mark.parametrize(
    "record", sorted(set(output_schema()["$defs"]) - {"CodedArticle"}), ids=str
)
def test_docs_output_md_documents_each_record_of_the_json_schema(record):
    properties = output_schema()["$defs"][record]["properties"]
    documented = documented_records().get(record)
    assert documented is not None, f"{record} is not documented in docs/output.md"
    assert set(documented) == set(properties), f"{record}: docs/output.md differs"
    for name, type_ in documented.items():
        if type_ is not None:
            assert type_ == json_type(properties[name]), f"{record}.{name}: type in the docs"


# The database ---------------------------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES)
def test_the_migrations_make_the_columns_of_the_records(table):
    made = database()[table]
    wanted = {name: sql.replace('"', "") for name, sql in table_columns(table).items()}
    missing = [f"ALTER TABLE {table} ADD COLUMN {c} {wanted[c]};" for c in wanted if c not in made]
    assert not missing, "a migration should add:\n" + "\n".join(missing)
    assert made == wanted


@pytest.mark.parametrize("table", TABLES)
def test_a_table_stores_the_json_of_its_record_flattened(table):
    """JSON and table differ only where a record is flattened into columns (or kept in a
    table of its own), and by the fields one of them leaves out, with the same types."""
    record, own = TABLE_RECORDS[table]
    as_json = {
        STORED_AS.get((table, name), name): json_type(schema)
        for name, schema in output_schema()["$defs"][record.__name__]["properties"].items()
    }
    stored = {c: sql_type(sql) for c, sql in database()[table].items() if c not in dict(own)}
    for name in as_json.keys() & stored.keys():
        assert _not_null(as_json[name]) == stored[name], f"{table}.{name}"
    nested = [n for n, t in as_json.items() if _not_null(t).endswith(("object", "objects"))]
    assert set(as_json) - set(stored) <= set(nested), f"{table}: JSON fields not stored"
    left_out = {f.name for f in fields_of(record) if not f.out.json}
    flattened = {c for c in stored if any(c.startswith(f"{n}_") for n in nested)}
    assert set(stored) - set(as_json) <= left_out | flattened, f"{table}: not in the JSON"


# The web API ----------------------------------------------------------------------------------


@cache
def openapi_schemas() -> dict[str, Any]:
    from fastapi import FastAPI

    from dyad.serve import api

    app = FastAPI()
    app.include_router(api.router)
    return dict(app.openapi()["components"]["schemas"])


@pytest.mark.parametrize("table", sorted(API_MODELS))
def test_the_web_api_serves_the_columns_of_a_record_with_their_types(table):
    record, own = TABLE_RECORDS[table]
    served = {
        name: json_type(schema)
        for name, schema in openapi_schemas()[API_MODELS[table]]["properties"].items()
    }
    stored = {c: sql_type(sql) for c, sql in database()[table].items() if c not in dict(own)}
    hidden = {c.name for c in columns(record) if not c.api}
    assert set(stored) - hidden <= set(served), f"{table}: columns the API does not serve"
    assert not hidden & set(served), f"{table}: columns the API should not serve"
    for name in served.keys() & stored.keys():
        assert _not_null(served[name]) == stored[name], f"{table}.{name}"
    # The query adds fields (joined columns; an event's parties from their own table), but
    # serves no other field of the record than its columns.
    scalars = {f.name for f in fields_of(record) if not (f.many and f.record)}
    assert not (set(served) - set(stored)) & scalars, f"{table}: a field that is no column"


# The output itself ----------------------------------------------------------------------------


def _keys(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from _keys(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _keys(v)


@pytest.mark.model
def test_every_output_field_is_documented(seed):
    documented = {
        w for code in re.findall(r"`([^`]*)`", DOCS) for w in re.findall(r"[a-z_0-9]+", code)
    }
    documented |= set(re.findall(r"^## ([a-z]+)", DOCS, re.M))
    missing = set(_keys(coded_dict(seed))) - documented
    assert not missing, f"fields missing from docs/output.md: {sorted(missing)}"


@pytest.mark.model
def test_every_offset_points_at_its_text(seed):
    text = seed.article.text
    out = coded_dict(seed)
    for section in ("mentions", "quotes", "amounts", "dates", "locations"):
        for record in out[section]:
            assert text[record["start"] : record["end"]] == record["text"], (section, record)
