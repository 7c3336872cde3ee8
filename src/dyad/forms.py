"""How a record is written: as JSON, as table columns, as fields of the web API.

Each record of `dyad.records` is defined once, by its dataclass fields; every written form is
derived from them here, once per class, and `dyad.serialize`, `dyad.store` and
`dyad.serve.models` only call these functions. A field is written under its own name, in the
order of its class, in the form its type gives:

| field type | JSON | table column (DuckDB) | web API |
|---|---|---|---|
| ``str``, ``int``, ``float``, ``bool`` | itself | VARCHAR, INTEGER, DOUBLE, BOOLEAN | itself |
| ``dt.date`` | ``"YYYY-MM-DD"`` | DATE | date |
| ``tuple[str, ...]`` | array | VARCHAR[] | list |
| a record | object | STRUCT of the record's columns | object |
| a tuple of records | array of objects | rows of a table of their own | none |

``X | None`` is ``null`` in JSON and NULL in a column. Where a form of one field deliberately
differs from these rules, the field says so with an `Out` marker in its annotation
(``sentence: Annotated[int, Out(json=False)]``), and only there: the marker's options list every
kind of difference (a field left out of one form, written after another field, written as a
property, flattened into columns, merged into its parent's JSON, stored with another type).
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
import itertools
import sys
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

# DuckDB's type for each scalar Python type (a record's STRUCT and a tuple's list are built).
SQL_TYPES: dict[Any, str] = {
    str: "VARCHAR",
    int: "INTEGER",
    float: "DOUBLE",
    bool: "BOOLEAN",
    dt.date: "DATE",
}
# JSON Schema's type for each scalar Python type, as written by `as_dict`.
JSON_TYPES: dict[Any, dict[str, str]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
}


@dataclass(frozen=True, slots=True)
class Out:
    """How a field is written where the rules for its type (module docstring) do not fit."""

    json: bool = True
    """In the JSON output."""
    store: bool = True
    """Stored in its record's table; the web API's fields are the stored ones."""
    api: bool = True
    """A field of its record in the web API."""
    after: str | None = None
    """Written right after this field (in every form) rather than in its class's order: a field
    added with a default must come last in a dataclass, yet may belong beside an earlier one."""
    written_as: str | None = None
    """The record's property of this name is written, under its name, in place of the field."""
    flat: str | None = None
    """A record stored as columns of its parent's table: this prefix + each of its columns."""
    rename: Mapping[str, str | None] = field(default_factory=dict)
    """With ``flat``: a column of the record stored under another name, or (None) not stored."""
    inline: bool = False
    """A record whose JSON keys are written into its parent's object, not as an object."""
    sql: str | None = None
    """The column's DuckDB type where it is not the Python type's (BIGINT for a large int)."""


PLAIN = Out()


@dataclass(frozen=True, slots=True)
class Field:
    """One written field of a record class, resolved from its annotation."""

    name: str
    """What is written: the field, or the property it is written as (`Out.written_as`)."""
    type: Any
    """Its type without None; for a tuple, the type of its items."""
    optional: bool
    many: bool
    """A tuple."""
    out: Out
    doc: str
    """Its attribute docstring in the class body (or the property's docstring)."""

    @property
    def record(self) -> type | None:
        """The record class it holds, if it holds records."""
        return self.type if dataclasses.is_dataclass(self.type) else None


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a record's table (and field of the web API)."""

    name: str
    sql: str
    """DuckDB type."""
    type: Any
    """Python type of its values, without None (a record for a STRUCT, a list for a list)."""
    api: bool
    doc: str
    path: tuple[str, ...]
    """The attributes read, one inside the other, to its value (None when one is None)."""
    convert: type | None = None
    """What makes the value a column's: ``list`` (of a tuple), a record class (a STRUCT)."""

    def expression(self, code: _Code) -> str:
        """Python code of the column's value in the row of record ``r``."""
        *outer, last = self.path
        value = f"{'v' if outer else 'r'}.{last}"
        if self.convert:
            value = f"(None if (w := {value}) is None else {code.call(self.convert, 'w')})"
        if outer:
            steps = " or ".join(
                f"(v := {'v' if i else 'r'}.{a}) is None" for i, a in enumerate(outer)
            )
            value = f"(None if {steps} else {value})"
        return value


@cache
def fields_of(cls: type) -> tuple[Field, ...]:
    """The fields of record class ``cls``, in the order they are written."""
    hints = typing.get_type_hints(cls, include_extras=True)
    docs = _attribute_docs(cls)
    found = []
    for f in dataclasses.fields(cls):
        hint, out = hints[f.name], PLAIN
        if typing.get_origin(hint) is typing.Annotated:
            hint, *extras = typing.get_args(hint)
            out = next((e for e in extras if isinstance(e, Out)), PLAIN)
        name, doc = f.name, docs.get(f.name, "")
        if out.written_as:
            name = out.written_as
            prop = getattr(cls, name)
            hint = typing.get_type_hints(prop.fget)["return"]
            doc = inspect.getdoc(prop) or ""
        found.append(Field(name, *_unwrap(hint), out=out, doc=doc))
    return _ordered(found, cls)


def _unwrap(hint: Any) -> tuple[Any, bool, bool]:
    """(type without None, optional, a tuple) of a field's type."""
    optional = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        (hint,) = args
    if typing.get_origin(hint) is tuple:
        item, _ellipsis = typing.get_args(hint)
        return item, optional, True
    return hint, optional, False


def _ordered(found: list[Field], cls: type) -> tuple[Field, ...]:
    order = [f for f in found if f.out.after is None]
    waiting = [f for f in found if f.out.after is not None]
    while waiting:
        placed = {f.name: i for i, f in enumerate(order)}
        ready = [f for f in waiting if f.out.after in placed]
        if not ready:
            names = ", ".join(f"{f.name} (after {f.out.after})" for f in waiting)
            raise TypeError(f"{cls.__name__}: nothing to write these after: {names}")
        f = ready[0]
        order.insert(placed[str(f.out.after)] + 1, f)
        waiting.remove(f)
    return tuple(order)


def _attribute_docs(cls: type) -> dict[str, str]:
    """Field name -> the docstring written under it in the class body, for ``cls`` and the
    classes it inherits from."""
    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        docs |= _module_docs(klass.__module__).get(klass.__name__, {})
    return docs


@cache
def _module_docs(module: str) -> dict[str, dict[str, str]]:
    """Class name -> field name -> docstring, of every class in ``module`` (read once; empty
    where its source cannot be read)."""
    try:
        tree = ast.parse(inspect.getsource(sys.modules[module]))
    except (KeyError, OSError, TypeError, SyntaxError):
        return {}
    found: dict[str, dict[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            docs = found.setdefault(node.name, {})
            for field_, doc in itertools.pairwise(node.body):
                if (
                    isinstance(field_, ast.AnnAssign)
                    and isinstance(field_.target, ast.Name)
                    and isinstance(doc, ast.Expr)
                    and isinstance(doc.value, ast.Constant)
                    and isinstance(doc.value.value, str)
                ):
                    docs[field_.target.id] = inspect.cleandoc(doc.value.value)
    return found


# Table columns ------------------------------------------------------------------------------


@cache
def columns(cls: type) -> tuple[Column, ...]:
    """The columns records of class ``cls`` are stored in. A tuple of records is no column
    (its records are rows of another table); a record flattened (`Out.flat`) gives columns
    of its own."""
    found: list[Column] = []
    for f in fields_of(cls):
        if not f.out.store or (f.many and f.record is not None):
            continue
        if f.out.flat is not None and f.record is not None:
            found.extend(_flattened(f))
            continue
        sql, type_, convert = f.out.sql or SQL_TYPES.get(f.type, ""), f.type, None
        if f.many:
            sql, type_, convert = f"{SQL_TYPES[f.type]}[]", types.GenericAlias(list, f.type), list
        elif f.record is not None:
            sql = "STRUCT(" + ", ".join(f'"{c.name}" {c.sql}' for c in columns(f.record)) + ")"
            convert = f.record
        if not sql:
            raise TypeError(f"{cls.__name__}.{f.name}: no DuckDB type for {f.type!r}")
        found.append(Column(f.name, sql, type_, f.out.api, f.doc, (f.name,), convert))
    return tuple(found)


def _flattened(f: Field) -> list[Column]:
    assert f.record is not None
    found = []
    for inner in columns(f.record):
        name = f.out.rename.get(inner.name, inner.name)
        if name is not None:
            found.append(
                dataclasses.replace(
                    inner,
                    name=f"{f.out.flat}{name}",
                    api=f.out.api and inner.api,
                    path=(f.name, *inner.path),
                )
            )
    return found


def api_columns(cls: type) -> tuple[Column, ...]:
    """The columns of ``cls`` that the web API offers."""
    return tuple(c for c in columns(cls) if c.api)


# Writing records ---------------------------------------------------------------------------
# A record's JSON and row are made by a function compiled for its class from its fields, as
# dataclasses compiles __init__: records are written by the million, and a loop over the
# fields of each record measured 1.5 to 2 times slower than hand-written dicts.


def as_dict(record: object) -> dict[str, Any]:
    """The JSON-ready dict of ``record`` (the output contract, docs/output.md)."""
    cls: type = type(record)
    return _json_writer(cls)(record)


def as_row(record: object, /, **first: Any) -> dict[str, Any]:
    """The table row of ``record``: column name -> value (`columns`), after the columns
    ``first`` (a table's own: keys)."""
    cls: type = type(record)
    return _row_writer(cls)(record, first)


@cache
def _json_writer(cls: type) -> Callable[[Any], dict[str, Any]]:
    code = _Code(_json_writer, "as_dict")
    items = []
    for f in fields_of(cls):
        if not f.out.json:
            continue
        value = f"r.{f.name}"
        if f.many:
            value = (
                f"[{code.call(f.record, 'x')} for x in {value}]" if f.record else f"list({value})"
            )
        elif f.record or f.type is dt.date:
            written = code.call(f.record, "v") if f.record else "v.isoformat()"
            value = f"(None if (v := {value}) is None else {written})"
        items.append(f"**{value}" if f.out.inline else f"{f.name!r}: {value}")
    return code.function(f"json_of_{cls.__name__}", items)


@cache
def _row_writer(cls: type) -> Callable[..., dict[str, Any]]:
    code = _Code(_row_writer, "as_row")
    items = ["**first", *(f"{c.name!r}: {c.expression(code)}" for c in columns(cls))]
    return code.function(f"row_of_{cls.__name__}", items, "r, first=NOTHING")


class _Code:
    """The source of one writer, with the names it calls."""

    def __init__(self, writer: Callable[[type], Callable[[Any], Any]], generic: str) -> None:
        self.names: dict[str, Any] = {"as_dict": as_dict, "as_row": as_row, "NOTHING": {}}
        self.writer, self.generic = writer, generic

    def call(self, what: type, value: str) -> str:
        """Code writing ``value``: a tuple as a list; a record with the writer of ``what``,
        its class as declared, or (a subclass: a field being added) with that of its own."""
        if what is list:
            return f"list({value})"
        n = len(self.names)
        self.names[f"c{n}"], self.names[f"w{n}"] = what, self.writer(what)
        return f"(w{n}({value}) if type({value}) is c{n} else {self.generic}({value}))"

    def function(self, name: str, items: list[str], params: str = "r") -> Callable[..., Any]:
        exec(f"def {name}({params}):\n    return {{{', '.join(items)}}}\n", self.names)
        function: Callable[..., Any] = self.names[name]
        return function


# JSON Schema ---------------------------------------------------------------------------------


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema of `as_dict`'s output for records of class ``cls``: an object schema
    with the records it holds under ``$defs``."""
    defs: dict[str, Any] = {}
    _define(cls, defs)
    return {"$ref": f"#/$defs/{cls.__name__}", "$defs": defs}


def _define(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    if cls.__name__ not in defs:
        defs[cls.__name__] = {}  # placeholder while its fields are defined
        properties: dict[str, Any] = {}
        for f in fields_of(cls):
            if not f.out.json:
                continue
            if f.out.inline and f.record is not None:
                properties |= _define(f.record, defs)["properties"]
                continue
            schema: dict[str, Any]
            if f.record is not None:
                _define(f.record, defs)
                schema = {"$ref": f"#/$defs/{f.record.__name__}"}
            else:
                schema = dict(JSON_TYPES[f.type])
            if f.many:
                schema = {"type": "array", "items": schema}
            if f.optional:
                schema = {"anyOf": [schema, {"type": "null"}]}
            if f.doc:
                schema["description"] = f.doc
            properties[f.name] = schema
        defs[cls.__name__] = {
            "type": "object",
            "title": cls.__name__,
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }
    return dict(defs[cls.__name__])
