"""Shared helpers for the tests: run statx on a sentence and compare rows with expectations."""
from __future__ import annotations

from decimal import Decimal

import pytest

import statx

FIELDS = ("value", "value_to", "unit", "qualifier", "direction", "year", "since", "subject", "speaker")


def check_rows(text: str, expected: list[dict], doc_date: str | None = None, lang: str = "auto") -> list:
    """Extract ``text`` and assert that the claims are exactly ``expected`` (in order): each
    expected row names its ``mention`` and any fields to check; every span must index the text."""
    claims = statx.extract_text(text, doc_date=doc_date, lang=lang)
    for c in claims:
        assert text[c.start:c.end] == c.mention
    got = [c.mention for c in claims]
    assert got == [e["mention"] for e in expected], f"mentions differ in {text!r}"
    for c, e in zip(claims, expected):
        for field in FIELDS:
            if field in e:
                want = e[field]
                have = getattr(c, field)
                if field in ("value", "value_to") and want is not None:
                    want = Decimal(str(want))
                assert have == want, f"{field} of {c.mention!r} in {text!r}: {have!r} != {want!r}"
    return claims


@pytest.fixture
def rows():
    return check_rows
