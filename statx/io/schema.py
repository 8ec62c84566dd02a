"""The type and meaning of every column statx writes (claims, diff and series tables), for the
outputs that carry types: Parquet and the Frictionless data package."""
from __future__ import annotations

from ..claim import DIRECTIONS, QUALIFIERS

INTEGER, NUMBER, DATE, STRING = "integer", "number", "date", "string"

# Columns that are not text; every other column is a string.
TYPES = {
    "start": INTEGER, "end": INTEGER, "year": INTEGER, "since": INTEGER,
    "old_year": INTEGER, "new_year": INTEGER,
    "value": NUMBER, "value_to": NUMBER, "old": NUMBER, "new": NUMBER, "delta": NUMBER, "delta_pct": NUMBER,
    "doc_date": DATE,
}

# The values a column may take, where they are few.
ENUMS = {
    "qualifier": QUALIFIERS,
    "direction": DIRECTIONS,
    "kind": ("level", "change"),
    "status": ("changed", "unchanged", "only_old", "only_new"),
}

# Columns that every row fills.
REQUIRED = frozenset({"id", "start", "end", "mention", "value", "unit", "qualifier", "status", "kind"})

DESCRIPTIONS = {
    # claims (the spec's "The row")
    "id": "stable id of the claim: the same document text and span give the same id on every run",
    "doc": "the document's path as given (- for stdin)",
    "doc_date": "the document's date, from its dateline or header, or --doc-date",
    "speaker": "who speaks, in transcripts whose turns start with a name and a colon",
    "start": "offset of the mention in the decoded document text (characters, from 0)",
    "end": "offset just after the mention (exclusive)",
    "mention": "the text of the claim: text[start:end]",
    "value": "the value in unit: scale words applied, fractions as percent, physical quantities in SI",
    "value_to": "the upper end of a range",
    "unit": "percent, pp, times, count, an ISO 4217 currency code, an SI unit, or year/month/day",
    "qualifier": "exact, approx, at_least, at_most or range",
    "direction": "up or down when the number is the size of a change; empty for a level or a share",
    "year": "the calendar year the figure describes",
    "since": "the baseline year of a change",
    "subject": "what is counted or measured, a short lower-case noun phrase from the text",
    "sentence": "the sentence holding the claim, white space folded",
    "why": "the rules that gave the row's direction, year and subject (--explain)",
    # diff
    "status": "changed, unchanged, only_old or only_new",
    "kind": "level or change (a change's value carries its sign: a fall is negative)",
    "old": "the value in OLD", "old_year": "the year of the value in OLD",
    "new": "the value in NEW", "new_year": "the year of the value in NEW",
    "delta": "new - old", "delta_pct": "the delta as a percentage of the old value, to two places",
    "old_doc": "the documents of OLD that state the value", "new_doc": "the documents of NEW that state the value",
    "old_subject": "the subject as OLD words it", "new_subject": "the subject as NEW words it",
    "old_ids": "the ids of OLD's claims, separated by spaces", "new_ids": "the ids of NEW's claims, separated by spaces",
    # series
    "values": "the year's value, or every value side by side (separated by ' | ') when sources disagree or give a range",
    "qualifiers": "the qualifiers of each value", "subjects": "the subjects as worded, separated by '; '",
    "sources": "the documents of each value",
}


def column_type(name: str) -> str:
    """integer, number, date or string."""
    return TYPES.get(name, STRING)
