"""The document's own date, from its dateline or header ("April 2, 2024, Moscow", "Publication
date: March 11, 2013", " date 2021-03-03"): looked for in the first and last lines only."""
from __future__ import annotations

import datetime as dt
import functools
import itertools

import regex

from ..lang import Lexicon, alternation

HEAD_CHARS, TAIL_CHARS = 3000, 800   # where a document's date is written: its first and last lines

@functools.lru_cache(maxsize=None)
def _date_patterns(lex: Lexicon) -> regex.Pattern:
    months = alternation(lex.words("time", "months"))
    headers = alternation(lex.words("dates", "headers"))
    year_words = alternation(lex.words("dates", "year_words"))
    day = rf"\d{{1,2}}(?:{alternation(lex.words('dates', 'day_suffixes'))})?"
    return lex.compile(rf"""
        (?:(?:^|\n)[ \t\u00a0]*                         # at the start of a line, or a capitalised header after
          |(?<=[ \t\u00a0])(?=(?=(?-i:\p{{Lu}}))(?:{headers})[ \t\u00a0]*:?[ \t\u00a0]*\d)   # a byline ("Иван Петров Опубликована 24.02.2024")
          |(?<=[ \t\u00a0])(?=\d{{4}}-\d{{2}}-\d{{2}}[ T]\d{{2}}:\d{{2}}))   # a time stamp ("Meeting ... 2019-11-11 11:30:00")
        (?:(?P<header>{headers})[ \t\u00a0]*:?[ \t\u00a0]*)?   # ... maybe after "Publication date:"
        (?:\p{{Lu}}[\p{{L}}/-]{{1,30}}(?:[ \t\u00a0]\p{{Lu}}[\p{{L}}/-]{{1,30}})?,[ \t\u00a0]+)?    # ... or a place ("Москва, 4 марта 2026", "Paris/Leipzig, 23 May 2018")
        (?:
            (?P<month>{months})\.?[ \t\u00a0]+(?P<day>{day}),?[ \t\u00a0]+(?P<year>\d{{4}})       # April 2, 2024; July 20th, 2017
          | (?P<day2>{day})[ \t\u00a0]+(?P<month2>{months})\.?,?[ \t\u00a0]+(?P<year2>\d{{4}})    # 2 April 2024, 4 марта 2026
          | (?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})                                          # 2021-03-03
          | (?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>\d{{4}})                                     # 04.03.2026
          | (?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})/(?P<sy>\d{{4}})                                       # 30/03/2015
        )
        (?![\d])
        (?:[ \t\u00a0]+(?:{year_words}))?         # "4 марта 2026 года"
        (?P<rest>[^\n]{{0,80}})                     # a dateline is short: place, time, or nothing
    """, regex.VERBOSE | regex.IGNORECASE)


def document_date(text: str, lex: Lexicon) -> dt.date | None:
    """The date of the document: a dateline ("April 2, 2024, Moscow"), a header ("Publication date:
    ...", " date 2021-03-03"), the first one found that ends its line within a short tail."""
    return dated_header(text, lex)[0]


def dated_header(text: str, lex: Lexicon) -> tuple[dt.date | None, int]:
    """The document's date and, when a header line gave it (" date 2025-08-30 За семь месяцев ..."),
    where the header ends; -1 for a dateline or no date."""
    months = lex.table("time", "months")
    head, tail = min(len(text), HEAD_CHARS), max(HEAD_CHARS, len(text) - TAIL_CHARS)
    for m in itertools.chain(_date_patterns(lex).finditer(text, 0, head), _date_patterns(lex).finditer(text, tail)):
        rest = m.group("rest")
        if not m.group("header") and not _is_dateline_tail(rest):
            continue
        if not 1900 <= int(m.group("year") or m.group("year2") or m.group("iy") or m.group("ny") or m.group("sy")) <= 2100:
            continue
        header_end = m.start("rest") if m.group("header") else -1
        try:
            if m.group("year"):
                return dt.date(int(m.group("year")), months[m.group("month").lower()], _day(m.group("day"))), header_end
            if m.group("year2"):
                return dt.date(int(m.group("year2")), months[m.group("month2").lower()], _day(m.group("day2"))), header_end
            if m.group("iy"):
                return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))), header_end
            if m.group("ny"):
                return dt.date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))), header_end
            day, month = int(m.group("sd")), int(m.group("sm"))
            if month > 12:
                day, month = month, day   # "03/30/2015": the month first
            return dt.date(int(m.group("sy")), month, day), header_end
        except (ValueError, KeyError):
            continue
    return None, -1


def _day(text: str) -> int:
    """The day of "20th" or "20"."""
    return int(text[:2] if text[:2].isdigit() else text[:1])


_SOURCE_ONLY = regex.compile(r"\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2}")   # "30/03/2015 TASS": a place or an agency


def _is_dateline_tail(rest: str) -> bool:
    """After a dateline's date comes nothing, a place or a time, not a sentence."""
    rest = rest.strip()
    return not rest or rest[0] in ",–—-|(" or rest[:1].isdigit() and ":" in rest[:6] \
        or bool(_SOURCE_ONLY.fullmatch(rest)) \
        or rest[:1] == "T" and rest[1:2].isdigit()   # an ISO date and time: "2021-04-23T10:00:00"
