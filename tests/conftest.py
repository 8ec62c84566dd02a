"""The one shared row helper of the tests, and the builders of their tables.

A test file keeps one list of cases, each made by ``case`` (or ``cases`` for a feature's table of
``(text, expected)`` pairs) and labelled by the feature it shows, and one parametrised test that hands
each case to ``run_case``. A case's kind names its check: "rows" (``check_rows``: the claims of the text
are exactly the expected rows, in order) or a check of the test file's own."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from decimal import Decimal

import pytest

# Compiled patterns go to a folder of this test run, not the user's cache (statx/lang/cache.py);
# set before statx loads a lexicon, so that it and every process the tests start use it.
_CACHE = os.environ["STATX_CACHE_DIR"] = tempfile.mkdtemp(prefix="statx-test-cache-")

import statx  # noqa: E402

FIELDS = ("value", "value_to", "unit", "qualifier", "direction", "year", "since", "subject", "speaker",
          "sentence", "doc_date")
CASE = "kind,text,expected,options"
_ParameterSet = type(pytest.param(None))  # what pytest.param returns: an xfail entry of a table


# ----------------------------------------------------------------------------- rows

def row(mention, value, unit="count", qualifier="exact", direction=None, value_to=None, **more) -> dict:
    """One expected row: value, value_to, unit, qualifier and direction are always checked, and any
    other field given (see ``check_rows``)."""
    return dict(mention=mention, value=value, value_to=value_to, unit=unit, qualifier=qualifier,
                direction=direction, **more)


def only(mention, **fields) -> dict:
    """An expected row checking only the fields given; a mention of None leaves the mention unchecked."""
    return dict(mention=mention, **fields)


def year_row(mention, year, since=None, **more) -> dict:
    """An expected row checking year and since (and whatever else is given)."""
    return dict(mention=mention, year=year, since=since, **more)


def subject_row(mention, subject=None, has=None, one_of=None, **more) -> dict:
    """An expected row checking the subject exactly, or only ``has``, a word it must contain, or
    ``one_of``, the defensible phrasings; with none of them the subject is not checked."""
    out = dict(mention=mention, **more)
    if subject is not None:
        out["subject"] = subject
    if has is not None:
        out["subject_has"] = has
    if one_of is not None:
        out["subject_one_of"] = one_of
    return out


def extract(text: str, **options) -> list:
    """statx.extract_text, asserting that every claim's span indexes its mention in the text."""
    claims = statx.extract_text(text, **options)
    for c in claims:
        assert text[c.start:c.end] == c.mention, f"span {c.start}:{c.end} of {c.mention!r}"
    return claims


def check_rows(text: str, expected: list[dict], **options) -> list:
    """Extract ``text`` (``options``: doc_date, lang) and assert that the claims are exactly ``expected``
    in order: the same mentions (a row's mention of None matches any), and for each row the FIELDS it
    names (doc_date as an ISO date), ``subject_has`` (a word the subject contains), ``subject_one_of``
    (the subjects allowed) and ``year_not`` (a year the claim must not have)."""
    claims = extract(text, **options)
    got = [c.mention for c in claims]
    want = [e["mention"] if e["mention"] is not None else g for g, e in zip(got, expected)]
    assert len(got) == len(expected) and got == want, f"mentions differ in {text!r}: {got}"
    for c, e in zip(claims, expected):
        for field in FIELDS:
            if field in e:
                assert _have(c, field) == _want(e, field), \
                    f"{field} of {c.mention!r} in {text!r}: {_have(c, field)!r} != {_want(e, field)!r}"
        if "subject_has" in e:
            assert e["subject_has"] in (c.subject or ""), f"subject of {c.mention!r}: {c.subject!r}"
        if "subject_one_of" in e:
            assert c.subject in e["subject_one_of"], f"subject of {c.mention!r}: {c.subject!r}"
        if "year_not" in e:
            assert c.year != e["year_not"], f"year of {c.mention!r}: {c.year!r}"
    return claims


def _have(claim, field):
    have = getattr(claim, field)
    return have.isoformat() if isinstance(have, dt.date) else have


def _want(row, field):
    want = row[field]
    if field in ("value", "value_to") and want is not None:
        return Decimal(str(want))
    return want.isoformat() if isinstance(want, dt.date) else want


# ----------------------------------------------------------------------------- cases

def case(label, text, expected, *, kind="rows", **options):
    """One case of a test file's table, with an id like ``money: "The contract is worth..."``;
    ``options`` go to the check (for rows: doc_date and lang)."""
    return pytest.param(kind, text, expected, options, id=_case_id(label, text))


def xfail_case(label, text, expected, reason, *, kind="rows", **options):
    """A case that is a known failure: it must fail (xfail, strict) until the reason is fixed."""
    return pytest.param(kind, text, expected, options, id=_case_id(label, text),
                        marks=pytest.mark.xfail(strict=True, reason=reason))


def xfail(text, expected, reason):
    """A known failure inside a feature's table of ``(text, expected)`` pairs (see ``cases``)."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


def cases(label, table, *, kind="rows", **options) -> list:
    """The cases of a feature's table of ``(text, expected)`` pairs (or ``xfail`` entries), all with
    the same label, kind and options."""
    out = []
    for entry in table:
        if isinstance(entry, _ParameterSet):
            out.append(xfail_case(label, *entry.values, entry.marks[0].kwargs["reason"], kind=kind, **options))
        else:
            out.append(case(label, *entry, kind=kind, **options))
    return out


def dated_cases(label, table, **options) -> list:
    """The cases of a feature's table of ``(doc_date, text, expected)`` triples."""
    return [case(label, text, expected, doc_date=doc_date, **options) for doc_date, text, expected in table]


def run_case(kind, text, expected, options, checks=None):
    """Run one case with the check its kind names: "rows" or one of the test file's ``checks``."""
    check = {"rows": check_rows, **(checks or {})}[kind]
    check(text, expected, **options)


def _case_id(label, text) -> str:
    short = " ".join(str(text).split())
    return f'{label}: "{short[:48]}{"..." if len(short) > 48 else ""}"'


def pytest_unconfigure(config):
    shutil.rmtree(_CACHE, ignore_errors=True)
