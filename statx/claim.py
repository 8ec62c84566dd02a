"""The claim: one row of statx's table, the one place that fixes the column order, and the
closed vocabularies of its columns."""
from __future__ import annotations

import dataclasses
import enum
import hashlib
from datetime import date
from decimal import Decimal

# The columns of every table statx writes, in order (shared/spec/claims.md, "The row").
COLUMNS: tuple[str, ...] = (
    "id", "doc", "doc_date", "speaker", "start", "end", "mention", "value", "value_to", "unit",
    "qualifier", "direction", "year", "since", "subject", "sentence",
)
NUMERIC_COLUMNS = frozenset({"start", "end", "value", "value_to", "year", "since"})


class Qualifier(enum.StrEnum):
    """How the value is bounded: about / at least / at most / exactly, or a range."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"


class Direction(enum.StrEnum):
    """The direction of a change; a level or a share has none."""

    UP = "up"
    DOWN = "down"


QUALIFIERS = tuple(q.value for q in Qualifier)
DIRECTIONS = tuple(d.value for d in Direction)


@dataclasses.dataclass(frozen=True, slots=True)
class Claim:
    """A number in a text that states how much or how many of something there is, was or changed."""

    id: str
    doc: str
    doc_date: date | None
    speaker: str | None
    start: int
    end: int
    mention: str
    value: Decimal
    value_to: Decimal | None
    unit: str
    qualifier: str
    direction: str | None
    year: int | None
    since: int | None
    subject: str | None
    sentence: str

    def as_dict(self, json_safe: bool = False) -> dict:
        """The row as a dict in column order, values as Python objects; with ``json_safe``, as
        values ``json.dumps`` takes and loses nothing of: decimals as strings in plain notation
        ("4.5", "156000000000", as in the CSV), the date as an ISO string, None as it is."""
        row = {name: getattr(self, name) for name in COLUMNS}
        if json_safe:
            for name in ("value", "value_to"):
                if row[name] is not None:
                    row[name] = format(row[name], "f")
            if row["doc_date"] is not None:
                row["doc_date"] = row["doc_date"].isoformat()
        return row


assert tuple(f.name for f in dataclasses.fields(Claim)) == COLUMNS


def document_key(text: str) -> bytes:
    """A digest of a document's text; claim ids are derived from it."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def claim_id(doc_key: bytes, doc: str, start: int, end: int) -> str:
    """A short id of a claim: the same for the same document text, path as given and span on every
    run and machine; different for a copy of the text at another path, so it keys a run's table."""
    data = f"{start}:{end}:".encode() + doc.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, key=doc_key, digest_size=8).hexdigest()  # 64 bits: no clash in any real run
