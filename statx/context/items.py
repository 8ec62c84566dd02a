"""Bare counts that are items of a list whose other items say what they count: "129, 118 and 116 offences",
"Murder— 4" lines, values at years one after another ("with 2,974 in 2017; 2,758 in 2018; and 1,553 in 2019"),
"57.6 crimes recorded per 1,000 people in the North Wales area, 66.8 in Gwent and 72.4 in South Wales" (a bare number
with "in" and a place's name after it, after an item with a measure and a place of its own)."""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from ..lang import GAP, Lexicon, unrequired
from ..lang.cache import compiled
from ..numbers.mention import COUNT, PERCENT, Mention
from ..text.rows import line_items
from .subject.words import SubjectWords

ITEM_GAP = 160   # characters from an item's number to the next's, at most


@functools.lru_cache(maxsize=None)
def _place_patterns(lex: Lexicon) -> tuple[regex.Pattern, regex.Pattern]:
    place = rf"{GAP}+{unrequired(lex.pattern('subject', 'item_in'))}{GAP}+(?:(?:{lex.pattern('subject', 'determiners')}){GAP}+)?\p{{Lu}}"
    joins = rf"(?:,|{GAP}(?:{lex.pattern('subject', 'np_and')})|,{GAP}(?:{lex.pattern('subject', 'np_and')})){GAP}+\Z"
    return lex.compile(place), lex.compile(rf"[^.;:!?\n]*{place}[^.;:!?\n\d]*{joins}")


def place_item(lex: Lexicon, text: str, a: Mention, b: Mention) -> bool:
    """Is ``b`` a bare item "N in Place" of the list whose item before it, ``a``, names its own place ("..., 66.8 in Gwent")?"""
    after, gap = _place_patterns(lex)
    return b.start - a.end <= ITEM_GAP and after.match(text, b.end) is not None and gap.fullmatch(text, a.end, b.start) is not None


def listed_before(w: SubjectWords, text: str, mentions: Sequence[Mention], proofs: list[str | None]) -> None:
    """"129, 118 and 116 offences", "38,214; 107,743; and 42,381 guests", "75 против 83 малышей": a bare
    count that only a comma, a semicolon, "and" or the word it is compared by parts from the next figure,
    a count with evidence, is an item of the same list (``proofs`` filled in, back to front)."""
    restating = frozenset(w.lex.words("words", "restating"))
    _timed_series(w.lex, text, mentions, proofs)
    _placed_series(w, text, mentions, proofs)
    for k in range(len(mentions) - 2, -1, -1):
        a, b = mentions[k], mentions[k + 1]
        if proofs[k] is None and proofs[k + 1] is not None and a.unit == b.unit == COUNT:
            gap = text[a.end:b.start]
            between = gap.replace(",", " ").replace(";", " ").lower().split()
            if gap.strip() and (len(between) <= 1 and all(t in w.np_and for t in between)
                                or between and w.baseline_links.at(between, 0) == len(between)):
                proofs[k] = "list_item"
        if proofs[k] is None and a.unit == COUNT and b.unit == PERCENT and (text[a.end:b.start].strip() == "(" and text[b.end:b.end + 1] == ")"
                                                                     or text[a.end:b.start].strip(" ,").lower() in restating):
            proofs[k] = "with_share"   # "1,51,997 (32.9 per cent) took place on highways", "28,002 or 78% of them": a count, then its share
    for k in [*range(1, len(mentions)), *range(len(mentions) - 1, 0, -1)]:   # "Murder— 4\n\nDeath Investigations— 13": lines of
        a, b = mentions[k - 1], mentions[k]   # a label, a dash or colon and a count, one after another, are items of one list
        if (proofs[k] is None) != (proofs[k - 1] is None) and a.unit == b.unit == COUNT and line_items(text, a, b):
            proofs[k - 1 if proofs[k] else k] = "list_item"
    for k in range(1, len(mentions)):   # the next item of a list of "N – label" or of "label – N"
        a, b = mentions[k - 1], mentions[k]
        if proofs[k] is None and proofs[k - 1] is not None and a.unit == b.unit == COUNT and (
                # "137 из них – трехсменные, 34 – аварийные", "217 убийств, 4 137 – нанесение телесных повреждений"
                (_DASH_ITEM.fullmatch(text, a.end, b.start) or _COMMA_ITEM.fullmatch(text, a.end, b.start))
                and _DASH_LABEL.match(text, b.end)
                # "в Ташкенте – 383,3, в Ферганской области – 223,4"; "57.6 crimes ... in the North Wales area, 66.8 in Gwent"
                or _LABEL_DASH.fullmatch(text, a.end, b.start) or place_item(w.lex, text, a, b)):
            proofs[k] = "list_item"


# " из них – трехсменные, ", " – аварийные": labels of common nouns or adjectives (not "1 – Иванов, 2 – Петров", places)
_DASH_ITEM = compiled(r"[^.;:!?\d\n]{0,20}[ \u00a0][–—-][ \u00a0]+\p{Ll}[\p{L} \u00a0-]{0,40},[ \u00a0]+")
_DASH_LABEL = compiled(r"[ \u00a0]+[–—-][ \u00a0]+\p{Ll}")
_COMMA_ITEM = compiled(r"[ \u00a0]+\p{Ll}[\p{L} \u00a0-]{0,40},[ \u00a0]+")   # " убийств, ": the first item's noun and the list's comma
# ", в Ферганской области – ": the list's comma, a label that opens with a small letter, and a dash
_LABEL_DASH = compiled(r",[ \u00a0]+\p{Ll}[\p{L} \u00a0-]{0,40}[ \u00a0][–—-][ \u00a0]+")


SERIES_LEAST = 3   # values at years (or places), one after another, that make a series with no noun


@functools.lru_cache(maxsize=None)
def _series_patterns(lex: Lexicon) -> tuple[regex.Pattern, regex.Pattern]:
    # " in 2017", " в 2018 году": a year right after a value, and a word of it at most
    year = rf"{GAP}+(?:{lex.pattern('time', 'period_time')}){GAP}+(?:19|20)\d\d(?![\p{{N}}])(?:{GAP}+\p{{L}}+\.?)?"
    # "; ", ", and ", " и ": the list's mark before the next value
    joins = rf"(?:[;,]{GAP}*(?:(?:{lex.pattern('subject', 'np_and')}){GAP}+)?|{GAP}+(?:{lex.pattern('subject', 'np_and')}){GAP}+)"
    return lex.compile(year), lex.compile(year + joins)


def _timed_series(lex: Lexicon, text: str, mentions: Sequence[Mention], proofs: list[str | None]) -> None:
    """"with 2,974 in 2017; 2,758 in 2018; 1,553 in 2019": bare counts each with its year right after it, one after
    another in a list of at least three, are the values of a measure the text names before them."""
    year, joined = _series_patterns(lex)
    k = 0
    while k < len(mentions):
        run = k   # the items joined to the next one
        while run + 1 < len(mentions) and mentions[run].unit == mentions[run + 1].unit == COUNT \
                and joined.fullmatch(text, mentions[run].end, mentions[run + 1].start):
            run += 1
        if run > k and year.match(text, mentions[run].end):
            run += 1   # (the last item, with its year)
        if run - k >= SERIES_LEAST:
            for n in range(k, run):
                proofs[n] = proofs[n] or "timed_series"
        k = max(run, k + 1)


LEAD_REACH = 40   # characters back from a list's first item to the plural noun of its lead, at most


def _placed_series(w: SubjectWords, text: str, mentions: Sequence[Mention], proofs: list[str | None]) -> None:
    """"The remaining houses include: Seven in Farmhill, ten in Finisklin, six in Ballisodare": bare counts each with
    "in" and a place's name after it, one after another in a list of at least three that opens right after a lead
    naming what they count and a colon."""
    lex = w.lex
    after, _ = _place_patterns(lex)
    k = 0
    while k < len(mentions):
        run = k
        while run < len(mentions) and mentions[run].unit == COUNT and after.match(text, mentions[run].end) \
                and (run == k or place_item(lex, text, mentions[run - 1], mentions[run])):
            run += 1
        if run - k >= SERIES_LEAST and lead_noun(w, text, mentions[k].start) is not None:
            for n in range(k, run):
                proofs[n] = proofs[n] or "placed_series"
        k = max(run, k + 1)


_WORD = compiled(r"\p{L}+")


def lead_noun(w: SubjectWords, text: str, start: int) -> tuple[int, int] | None:
    """Where the plural noun is that ends a list's lead right before ``start`` ("The remaining houses include: "): the
    lead's colon right before it, the noun its last word or the one before (then maybe a verb of listing)."""
    colon = text.rfind(":", max(0, start - COLON_GAP), start)
    if colon < 0 or text[colon + 1:start].strip():
        return None
    words = list(_WORD.finditer(text, max(0, colon - LEAD_REACH), colon))
    if text[words[-1].end() if words else 0:colon].strip():
        return None   # ("(...):", "2024:": no word right before the colon)
    for n in (len(words) - 1, len(words) - 2):
        if n < 1:
            break
        if w.lead_noun(words[n].group().lower(), words[n - 1].group().lower()):
            return words[n].span()
    return None


COLON_GAP = 4   # characters between a list's colon and its first item, at most
