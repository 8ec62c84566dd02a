"""Numbers that are part of a name ("телеканал «Россия 24»", "Windows 10", "Psalm 9"), not a quantity; one of
``not_claims``' rules."""
from __future__ import annotations

from typing import Protocol

import regex

from ..lang.cache import compiled
from ..text.rows import ROW_CHARS, labelled_row
from .mention import Mention

_GROUPED = compiled(r"\d[,\u00a0\u202f ]\d{3}")   # "5,000", "5 000": a quantity's digits, not a name's


class WithNameWords(Protocol):
    """What the rule reads of the not-a-claim patterns it is given (not_claims.NotClaimPatterns)."""

    occurrences_after: regex.Pattern | None
    word_before: regex.Pattern
    next_word: regex.Pattern
    sentence_start: regex.Pattern

    def noun_follows(self, text: str, pos: int) -> bool: ...


def in_name(p: WithNameWords, text: str, m: Mention) -> bool:
    """"телеканал «Россия 24»", "Windows 10", "STEAM 1 Steam 2", "«7 канала»", "«Мама в 16»": a bare number right after a
    capitalised word that counts nothing after it (or names the same word again), or opening or closing a short quoted name,
    is part of a name (not "Victoria 5,000")."""
    if text[m.start - 1:m.start] == "«" and 0 < text.find("»", m.end, m.end + QUOTED_NAME) and not m.scale:
        return True   # "архив «7 канала»": a number that opens a short name in quotes
    if text[m.end:m.end + 1] in _CLOSING and not m.scale and _closes_short_name(text, m):
        return True   # "шоу «Мама в 16»": a number that closes a short name in quotes
    if m.scale or _GROUPED.search(text[m.num_start:m.num_end]) \
            or p.occurrences_after is not None and p.occurrences_after.match(text, m.end):
        return False   # "МЧС России 33 раза выезжали": a count of times, not "Россия 24"
    word = p.word_before.search(text, max(0, m.start - 40), m.start)
    if not word:
        return False
    if p.noun_follows(text, m.end):   # the same label again is no counted noun: "STEAM 1 Steam 2", "Day 1 day 2"
        after = p.next_word.match(text, m.end)
        return after.group("w").lower() == word.group("w").lower()
    if not word.group("w")[0].isupper() or _row_label(text, word.start(), m.end):
        return False   # ("Куры 68 74 75 74", "North Bay 12.4 15.0": a table's row, its label first)
    return not p.sentence_start.search(text, max(0, word.start() - 4), word.start()) or _in_series(text, word.group("w"), text[m.num_start:m.num_end])


SERIES = 1000   # numbers below this may number a series of names ("Psalm 1", "Psalm 2", "Day 3")
QUOTED_NAME = 20   # characters at most from a number that opens a quoted name to its closing quote


_CLOSING = {"»": "«", "”": "“"}   # a closing quotation mark and the one that opens it


def _closes_short_name(text: str, m: Mention) -> bool:
    """Does a quote that opens with a capital letter, at most QUOTED_NAME characters before ``m``, close right after it?"""
    opening = _CLOSING[text[m.end]]
    at = text.rfind(opening, max(0, m.start - QUOTED_NAME), m.start)
    return at >= 0 and text[at + 1:at + 2].isupper() and text[m.end] not in text[at + 1:m.start]


def _in_series(text: str, word: str, raw: str) -> bool:
    """Does the text name ``word`` with the number before or after ``raw`` too ("Psalm 9 ... Psalm 10"): a series of names?"""
    if not raw.isdigit() or int(raw) >= SERIES:
        return False
    n = int(raw)
    for other in (n - 1, n + 1):
        label = f"{word} {other}"
        at = text.find(label)
        while at >= 0:
            end = at + len(label)
            if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isdigit()):
                return True
            at = text.find(label, end)
    return False


def _row_label(text: str, start: int, end: int) -> bool:
    """Is the word at ``start`` part of the label that opens its line, a row of a table parted by blanks that holds the
    number ending at ``end`` ("Куры 68 74 75", "North Bay 12.4 15.0")?"""
    newline = text.rfind("\n", max(0, start - ROW_CHARS), start)
    if newline < 0 and start > ROW_CHARS:
        return False
    line_end = text.find("\n", end, end + ROW_CHARS)
    row = labelled_row(text, newline + 1, len(text) if line_end < 0 else line_end)
    return row is not None and start < row.end("label")
