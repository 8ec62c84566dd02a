"""A Frictionless data package (``datapackage.json``) beside a CSV or TSV table, so that the table
documents itself: each column's type, meaning and allowed values, the missing value (""), and
the primary key. A package already in the folder keeps its other tables."""
from __future__ import annotations

import json
import os
import re
import tempfile
from typing import Sequence

from .schema import DESCRIPTIONS, ENUMS, REQUIRED, column_type

NAME = "datapackage.json"
_DIALECTS = {
    "csv": ("text/csv", {"delimiter": ",", "lineTerminator": "\r\n"}),
    "tsv": ("text/tab-separated-values", {"delimiter": "\t", "lineTerminator": "\n"}),
}
# What export.safe_cell does to text that a spreadsheet would run as a formula.
_FORMULAS = ("A text cell that starts with =, +, -, @, a tab or a carriage return has a ' put in "
             "front of it, so that spreadsheets show it rather than run it.")


class Keys:
    """Watches the rows written for the primary key that holds: ``id``; or ``doc`` and ``id``,
    since two documents with the same text (a copy) have the same claim ids; or none, when a
    document was read twice."""

    def __init__(self, columns: Sequence[str]):
        self._id = "id" in columns
        self._doc_id = self._id and "doc" in columns
        self._ids: set = set()
        self._pairs: set = set()

    def observe(self, row: dict) -> None:
        if self._id:
            if row.get("id") in self._ids:
                self._id, self._ids = False, set()
            else:
                self._ids.add(row.get("id"))
        if self._doc_id:
            pair = (row.get("doc"), row.get("id"))
            if pair in self._pairs:
                self._doc_id, self._pairs = False, set()
            else:
                self._pairs.add(pair)

    @property
    def primary_key(self) -> list[str] | None:
        return ["id"] if self._id else ["doc", "id"] if self._doc_id else None


class KeyedWriter:
    """A row writer that shows each row to a Keys on its way."""

    def __init__(self, writer, keys: Keys):
        self.writer, self.keys = writer, keys

    def write(self, row: dict) -> None:
        self.keys.observe(row)
        self.writer.write(row)

    def close(self) -> None:
        self.writer.close()


def field(name: str) -> dict:
    """The Table Schema field of a column."""
    out = {"name": name, "type": column_type(name)}
    if name in DESCRIPTIONS:
        out["description"] = DESCRIPTIONS[name]
    constraints = {}
    if name in REQUIRED:
        constraints["required"] = True
    if name in ENUMS:
        constraints["enum"] = list(ENUMS[name])
    if constraints:
        out["constraints"] = constraints
    return out


def resource(table: str, columns: Sequence[str], fmt: str, primary_key: list[str] | None,
             bom: bool = False) -> dict:
    """The data resource of the table file ``table`` (its path relative to the package)."""
    mediatype, dialect = _DIALECTS[fmt]
    schema: dict = {"fields": [field(c) for c in columns], "missingValues": [""]}
    if primary_key and set(primary_key) <= set(columns):
        schema["primaryKey"] = primary_key
    return {
        "name": _name(table), "path": table, "profile": "tabular-data-resource",
        "description": "Written by statx. " + _FORMULAS,
        "format": fmt, "mediatype": mediatype, "encoding": "utf-8-sig" if bom else "utf-8",
        "dialect": {**dialect, "quoteChar": '"', "doubleQuote": True, "header": True},
        "schema": schema,
    }


def _name(text: str) -> str:
    """A name as the spec wants one: lower case letters, digits and -._/ only."""
    return re.sub(r"[^-a-z0-9._/]+", "-", text.lower()).strip("-.") or "statx"


def check(output: str) -> None:
    """Raise ValueError with the reason when the folder of ``output`` holds a datapackage.json
    statx cannot add to."""
    _load(os.path.join(os.path.dirname(os.path.abspath(output)), NAME))


def _load(path: str) -> dict | None:
    try:
        with open(path, encoding="utf-8") as fh:
            package = json.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read it ({exc})") from None
    if not isinstance(package, dict) or not isinstance(package.get("resources", []), list):
        raise ValueError(f"{path}: not a data package (left as it is)")
    return package


def write(output: str, columns: Sequence[str], fmt: str, primary_key: list[str] | None,
          bom: bool = False) -> str:
    """Describe the table ``output`` in the datapackage.json of its folder, replacing what that
    said of the same file and keeping its other resources; return the package's path (beside
    ``output`` as given)."""
    folder = os.path.dirname(os.path.abspath(output))
    path = os.path.join(folder, NAME)
    package = _load(path) or {"name": _name(os.path.basename(folder)), "profile": "tabular-data-package",
                              "resources": []}
    new = resource(os.path.basename(output), columns, fmt, primary_key, bom)
    resources = package.get("resources", [])
    places = [i for i, r in enumerate(resources) if isinstance(r, dict) and r.get("path") == new["path"]]
    if places:
        resources[places[0]] = new
    else:
        resources.append(new)
    package["resources"] = resources
    fd, tmp = tempfile.mkstemp(prefix=".statx-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(package, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return os.path.join(os.path.dirname(output), NAME)
