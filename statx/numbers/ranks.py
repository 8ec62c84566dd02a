"""The size of the field a rank is taken in, which is no claim: "ranked second among 12 cities", "заняла третье место
среди 85 регионов", "12th out of 50 states". A rule of ``not_claims``' tables."""
from __future__ import annotations

import functools

import regex

from ..lang import GAP, Lexicon
from .mention import COUNT, Mention

RANK_WORDS = 2   # words between an ordinal (or its place) and "among", at most ("third place in the ranking among")


@functools.lru_cache(maxsize=None)
def _field_before(lex: Lexicon) -> regex.Pattern:
    """An ordinal, maybe its place's word and a few words, then "among": matched backwards from the field's size."""
    nc = "not_claims"
    ordinal = rf"(?:{lex.pattern(nc, 'rank_ordinals')}|\d+-?(?:{lex.pattern(nc, 'rank_ordinal_endings')}))"
    return lex.compile(rf"(?<![\p{{L}}\d]){ordinal}(?![\p{{L}}])(?:{GAP}+(?:{lex.pattern(nc, 'rank_places')}))?"
                       rf"(?:{GAP}+\p{{L}}+){{0,{RANK_WORDS}}}{GAP}+(?:{lex.pattern(nc, 'rank_among')}){GAP}+\Z",
                       regex.IGNORECASE | regex.REVERSE)


def rank_field(p, text: str, m: Mention) -> bool:
    """"ranked second among 12 cities", "третье место среди 85 регионов", "5-е место из 85": how many a rank is taken among."""
    return m.unit == COUNT and not m.scale and _field_before(p.lex).search(text, max(0, m.start - 80), m.start) is not None
