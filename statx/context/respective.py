"""Lists of figures that "respectively" pairs with a list after or before them: names after them ("1.55%, -2.94%, and
0.86% growth in the Agriculture, Industry, and Services sectors respectively" gives each figure its name in order; the
names before a list of figures, "robberies and thefts fell by 7% and 5% respectively", are ``Pairs.share_out``'s), and a
span or a list of as many years before them ("в 2027-2028 годы — на 6,8% и 6,9% соответственно", "In 2023 and 2022, arrivals
stood at 83,030 and 70,152 respectively" give each its year)."""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from ..lang import COMMA_GAP, GAP, Lexicon, unrequired
from ..lang.cache import compiled
from ..text.timex import SENTENCE_END
from .figure import Figure

NAMES_REACH = 160   # characters from a list's last figure to its "respectively", at most


class _Words:
    """The words of one language that a list of names after its figures is read with."""

    def __init__(self, lex: Lexicon):
        # "... growth in the Agriculture, Industry, and Services sectors respectively": the names after the last
        # preposition, before "respectively"; no sentence ends and no figure stands between
        before = lex.pattern("subject", "respective_names_after")
        self.names = lex.compile(rf"[^.;:!?\n\d]*?(?<![\p{{L}}])(?P<before>{before}){GAP}+(?P<names>[^.;:!?\n\d]+?),?{GAP}*\Z", regex.IGNORECASE)
        # (no required string floats in it: it is tried at every list's end, see lang.unrequired)
        self.respectively = lex.compile(rf"{COMMA_GAP}{unrequired(lex.pattern('words', 'respectively'))}(?![\p{{L}}])", regex.IGNORECASE)
        self.split = lex.compile(rf"{GAP}*,{GAP}*(?:(?:{lex.pattern('subject', 'np_and')}){GAP}+)?|{GAP}+(?:{lex.pattern('subject', 'np_and')}){GAP}+",
                                 regex.IGNORECASE)
        self.articles = frozenset(lex.words("time", "articles"))
        self.months = frozenset(lex.table("time", "months"))


@functools.lru_cache(maxsize=None)
def _words(lex: Lexicon) -> _Words:
    return _Words(lex)


def named_after(text: str, lex: Lexicon, figures: Sequence[Figure], chains: Sequence[Sequence[int]],
                subjects: Sequence[str | None]) -> dict[int, str]:
    """The subject of each figure (by index) of a list of figures (``chains``, each the indexes of one list in order)
    whose names follow it in as many items, "respectively" after them: its name, after the subject the list's figures
    share (``subjects``) when they do ("unemployment rose 5% and 7% in Leeds and York respectively": "unemployment in
    leeds"); names that are times ("in January and February respectively") are left to the year rules."""
    w, out = _words(lex), {}
    for chain in chains:
        end = figures[chain[-1]].end
        close = w.respectively.search(text, end, min(len(text), end + NAMES_REACH))
        found = w.names.fullmatch(text, end, close.start()) if close else None
        if found is None:
            continue
        names = [n for n in w.split.split(found.group("names")) if n.strip()]
        cleaned = [_without_article(w, n) for n in names]
        if len(cleaned) == len(chain) and all(cleaned) and not any(n.split()[0] in w.months for n in cleaned):
            shared = {subjects[k] for k in chain}
            lead = f"{shared.pop()} {found.group('before').lower()} " if len(shared) == 1 and None not in shared else ""
            out.update((k, lead + name) for k, name in zip(chain, cleaned))
    return out


def _without_article(w: _Words, name: str) -> str:
    """A name in lower case, its article dropped: "the Agriculture" -> "agriculture"."""
    words = name.lower().split()
    return " ".join(words[1:] if words and words[0] in w.articles else words)


_SPAN = compiled(r"(?P<first>(?:19|20)\d\d)\s*[-–—]\s*(?P<last>(?:19|20)\d\d)")   # "2027-2028"
SPAN_REACH = 40   # characters from a span of years to the first figure of its list, at most


def span_years(text: str, lex: Lexicon, figures: Sequence[Figure], years: Sequence[tuple[int, int, int, bool]]) -> dict[int, int]:
    """The year of each figure (by index) of a list of figures (levels too) of one unit right after a span of as many
    years, "respectively" after them ("в 2027-2028 годы — на 6,8% и 6,9% соответственно": 2027 and 2028); ``years``
    are (start, end, year, is a baseline) in text order."""
    w, out = _words(lex), {}
    chains: list[list[int]] = []
    for k in range(len(figures)):
        joined = k and figures[k].unit == figures[k - 1].unit and w.split.fullmatch(text, figures[k - 1].end, figures[k].start)
        if joined and chains:
            chains[-1].append(k)
        else:
            chains.append([k])
    for chain in (c for c in chains if len(c) > 1):
        first, last = figures[chain[0]], figures[chain[-1]]
        if not w.respectively.match(text, last.end):
            continue
        before = [y for y in years if y[1] <= first.start]
        span = before[-1] if before else None
        found = _SPAN.search(text, span[0], span[1]) if span and not span[3] and first.start - span[1] <= SPAN_REACH else None
        if found and "." not in text[span[1]:first.start] and int(found["last"]) - int(found["first"]) + 1 == len(chain):
            out.update((k, int(found["first"]) + n) for n, k in enumerate(chain))
        elif (listed := _listed_years(w, text, before)) and len(listed) == len(chain) \
                and first.start - span[1] <= LIST_REACH and not SENTENCE_END.search(text, span[1], first.start):
            out.update(zip(chain, listed))   # "In 2023 and 2022, visitor arrivals stood at 83,030 and 70,152 respectively"
    return out


def _listed_years(w: _Words, text: str, years: Sequence[tuple[int, int, int, bool]]) -> list[int]:
    """The years of the list of years (none a baseline) that ends with the last of ``years``: "2023 and 2022", "2021, 2022
    and 2023"; a single year is no list."""
    run: list[int] = []
    for k in range(len(years) - 1, -1, -1):
        start, end, year, baseline = years[k]
        if baseline or run and not w.split.fullmatch(text, end, years[k + 1][0]):
            break
        run.insert(0, year)
    return run if len(run) > 1 else []


LIST_REACH = 80   # characters from a list of years to the first figure of the list they share out, at most
