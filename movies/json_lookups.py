"""Membership in a JSON array column, on SQLite and PostgreSQL alike.

Django's `contains` on a JSONField is not supported on SQLite, and a text search on the serialised
JSON is fragile (`"id": 12` also matches 123). This expression asks each database properly:
`json_each` on SQLite, jsonb containment (`@>`) on PostgreSQL.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.db import NotSupportedError
from django.db.models import BooleanField, Expression, F

_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class JSONArrayHas(Expression):
    """True when the JSON array in `field` holds `value`, or with `key`, an object whose
    `key` is `value`: `JSONArrayHas("tmdb_movie__directors", 1032, key="id")`."""

    output_field = BooleanField()

    def __init__(self, field: str, value: Any, key: str | None = None) -> None:
        super().__init__(output_field=BooleanField())
        if key is not None and not _KEY.match(key):
            raise ValueError(f"Not a plain JSON key: {key!r}")
        self.lhs = F(field)
        self.value = value
        self.key = key

    def get_source_expressions(self) -> list:
        return [self.lhs]

    def set_source_expressions(self, exprs: list) -> None:
        (self.lhs,) = exprs

    def as_sql(self, compiler, connection):
        raise NotSupportedError(f"JSONArrayHas is not implemented for {connection.vendor}.")

    def as_sqlite(self, compiler, connection):
        lhs, params = compiler.compile(self.lhs)
        element = f"json_extract(je.value, '$.{self.key}')" if self.key else "je.value"
        # `lhs` is a compiled column and `key` matched _KEY: no user text reaches the SQL.
        sql = f"EXISTS (SELECT 1 FROM json_each({lhs}) AS je WHERE {element} = %s)"  # noqa: S608
        return sql, (*params, self.value)

    def as_postgresql(self, compiler, connection):
        lhs, params = compiler.compile(self.lhs)
        probe = [{self.key: self.value}] if self.key else [self.value]
        return f"({lhs} @> %s::jsonb)", (*params, json.dumps(probe))
