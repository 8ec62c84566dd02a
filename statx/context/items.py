"""Items of a list that name a place each: "57.6 crimes recorded per 1,000 people in the North Wales area, 66.8 in Gwent
and 72.4 in South Wales": a bare number with "in" and a place's name after it, after an item with a measure and a
place of its own, is an item of the same list."""
from __future__ import annotations

import functools

import regex

from ..lang import GAP, Lexicon, unrequired
from ..numbers.mention import Mention

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
