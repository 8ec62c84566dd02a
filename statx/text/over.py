"""The words that make a year the baseline of a change by "over" ("grew 7.4 per cent over FY 2022-23", "increased 40% over
2003", "this year over 2017"), and date a fiscal year by the year it starts ("the first quarter of the 2024-25 financial
year"): patterns the time finder (timex.py) and the year rules read."""
from __future__ import annotations

from typing import NamedTuple

import regex

from ..lang import GAP, Lexicon


class OverPatterns(NamedTuple):
    """Searched on the words before a year (None where the language has no such words)."""

    fiscal_start: regex.Pattern | None   # "the first quarter of the": the fiscal year's part in the year it starts
    fiscal: regex.Pattern | None         # "grew 7.4 per cent over", "growth of 5% over": a change's word, then "over"
    size: regex.Pattern | None           # "40% over": right after a change's size ("rose over 2023" says when)
    time: regex.Pattern | None           # "this year over": a time of the figure, then "over"


def over_patterns(lex: Lexicon, art: str, changes: str) -> OverPatterns:
    """The patterns of one language; ``art`` is its optional article, ``changes`` its change words."""
    t = "time"
    starts = lex.words(t, "fiscal_start_parts")
    fiscal_start = lex.compile(
        rf"(?<![\p{{L}}])(?:{lex.alternation(starts)}){GAP}+{art}(?:(?:{lex.pattern(t, 'fiscal_year')}){GAP}*)?\Z",
        regex.IGNORECASE | regex.REVERSE) if starts else None
    over = lex.words(t, "fiscal_baseline")
    if not over:
        return OverPatterns(fiscal_start, None, None, None)
    nouns = lex.alternation(lex.words("direction", "up_nouns") + lex.words("direction", "down_nouns"))   # "a growth rate of 7.7% over"
    fiscal = lex.compile(
        rf"(?<![\p{{L}}])(?:{changes}|{nouns})(?:{GAP}+[^\s]+){{1,8}}{GAP}+(?:{lex.alternation(over)}){GAP}+{_part(lex)}\Z",
        regex.IGNORECASE | regex.REVERSE)
    time = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(lex.table(t, 'relative'))}){GAP}+(?:{lex.alternation(over)}){GAP}+\Z",
                       regex.IGNORECASE)
    return OverPatterns(fiscal_start, fiscal, size_over(lex), time)


def size_over(lex: Lexicon) -> regex.Pattern | None:
    """The end of "40% over", "8 percent over": a change's size and the word that makes the year after it the change's baseline."""
    over = lex.words("time", "fiscal_baseline")
    return lex.compile(
        rf"\d\S*(?:{GAP}+(?:{lex.pattern('percent', 'after')}|{lex.pattern('percent', 'points')}))?{GAP}+(?:{lex.alternation(over)}){GAP}+{_part(lex)}\Z",
        regex.IGNORECASE) if over else None


def _part(lex: Lexicon) -> str:
    """A year's part, maybe after an article, between "over" and the year ("over Q2 2022", "over the Fall 2017 estimate")."""
    t = "time"
    return rf"(?:(?:{lex.pattern(t, 'articles')}){GAP}+(?=(?:{lex.pattern(t, 'year_parts')}){GAP}))?(?:(?:{lex.pattern(t, 'year_parts')}){GAP}*)?"
