"""The number stage's scan: every number expression of a text, left to right, as frozen mentions
(number, scale, unit, currency, range). Spans index the original text."""
from __future__ import annotations

import datetime as dt
from typing import Iterator

import regex

from .atoms import atom
from .draft import Draft
from .mention import COUNT, Mention, UnitKind
from .headings import heading_unit
from .money import commas_group, home_currency, letter_signs, points_group, pounds_weighed, text_cents
from ..text.prefilter import Utf8
from .patterns import NumberPatterns
from .yields import per_area
from .ranges import allocated_money, baseline_unit, bracket_series_unit, in_named_bracket, comma_groups, compared_unit, join_range, level_scale, list_unit, rate_per_money, sandwiched_unit, scaled_amount, scaled_before


BROKEN_DECIMALS = 2


def scan(p: NumberPatterns, text: str, low: str, start: int = 0, end: int | None = None,
         lowered: Utf8 | None = None, doc_date: dt.date | None = None, original: str | None = None) -> list[Mention]:
    """Every number expression in text[start:end], left to right, none overlapping. ``low`` is
    ``text.lower()``, on which the scan runs (when lower-casing changed the length, the original
    text is scanned instead); ``lowered`` is ``Utf8(low)`` when the caller has it; ``doc_date``
    the document's date, which tells an old currency code from a new one; ``original`` the text with the line breaks
    the layout read as spaces (the same offsets), whose lines a table's heading and rows are."""
    lowered = Utf8(low) if lowered is None and len(low) == len(text) else lowered
    drafts = list(_drafts(p, text, low, start, end, lowered))
    allocated_money(p, text, drafts)
    points_group(p, text, drafts)
    commas_group(p, text, drafts)
    heading_unit(p, text if original is None else original, drafts)
    home_currency(p, text, drafts, doc_date, lowered)
    pounds_weighed(p, text, drafts)
    per_area(p, text, drafts)
    drafts = letter_signs(p, text, drafts, lowered)
    text_cents(p, text, drafts)   # (of the currency the text counts in, letter signs' too: "R245 000 ... 50 cents")
    return [d.freeze() for d in drafts]


def _drafts(p: NumberPatterns, text: str, low: str, start: int, end: int | None, lowered: Utf8 | None) -> Iterator[Draft]:
    end = len(text) if end is None else end
    if lowered is not None:   # the lower-case copy (as long as the text), by a branch's fast scan where it has one
        branches = [(kind, fast.search, lowered) if fast else (kind, pattern.search, low) for kind, pattern, fast in p.scan]
    else:  # lower-casing changed the length (a rare character): scan the original text
        branches = [(kind, p.core(kind).search, text) for kind, _, _ in p.scan]
    ahead: dict[str, regex.Match | None] = {}
    # "6. 8 trillion rubles", "29. 5%": a decimal broken by a stray space, read as one number only
    # where the text shows it writes numbers so (twice or more); elsewhere "6. Tourism" is a list item
    broken = len(p.broken_decimal.findall(low, start, end)) >= BROKEN_DECIMALS
    pos = start
    before: Draft | None = None  # the draft before the last
    last: Draft | None = None
    amount: Draft | None = None   # the last amount of money or of a physical quantity
    series: Draft | None = None   # the last figure with a unit in brackets after a name ("Татарстан (25 470,9 рубля)")
    while True:
        first = _earliest(branches, ahead, pos, end)
        if first is None:
            break
        draft, pos = atom(p, text, first[0], first[1], end, broken)
        if draft is not None:
            draft = join_range(p, text, draft, end)
            if comma_groups(p, text, last, draft):
                pos = max(pos, draft.end)
                amount = last if last.unit.kind in (UnitKind.MONEY, UnitKind.PHYSICAL) else amount
                continue
            list_unit(p, text, last, draft)
            bracket_series_unit(p, text, series, draft, last)
            compared_unit(p, text, last, draft)
            rate_per_money(p, text, last, draft)
            baseline_unit(p, text, last, draft)
            level_scale(p, text, last, draft)
            scaled_amount(p, text, amount, draft, last)
            scaled_before(p, text, last, draft)
            pos = max(pos, draft.end)
            if last is not None:   # each draft is handed on once the one after it is known
                sandwiched_unit(p, text, before, last, draft)
                yield last
            before, last = last, draft
            amount = draft if draft.unit.kind in (UnitKind.MONEY, UnitKind.PHYSICAL) else amount
            series = draft if draft.unit != COUNT and in_named_bracket(text, draft, before) else series
    if last is not None:
        yield last


def _earliest(branches, ahead: dict, pos: int, end: int) -> tuple[str, regex.Match] | None:
    """The earliest match at or after ``pos`` of any branch; each branch's next match is kept in
    ``ahead`` until the scan passes it, so each pattern searches the text once."""
    first = None
    for kind, search, subject in branches:
        m = ahead.get(kind, False)
        if m is False or m is not None and m.start() < pos:
            m = ahead[kind] = search(subject, pos, end)
        if m is not None and (first is None or m.start() < first[1].start()):
            first = (kind, m)
    return first
