"""Lists of figures whose items are named after them, "respectively" closing the names: "1.55%, -2.94%, and 0.86% growth
in the Agriculture, Industry, and Services sectors respectively" gives each figure its name in order (the names before a
list of figures, "robberies and thefts fell by 7% and 5% respectively", are ``Pairs.share_out``'s)."""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from ..lang import COMMA_GAP, GAP, Lexicon
from .figure import Figure

NAMES_REACH = 160   # characters from a list's last figure to its "respectively", at most


class _Words:
    """The words of one language that a list of names after its figures is read with."""

    def __init__(self, lex: Lexicon):
        # "... growth in the Agriculture, Industry, and Services sectors respectively": the names after the last
        # preposition, before "respectively"; no sentence ends and no figure stands between
        before = lex.pattern("subject", "respective_names_after")
        self.names = lex.compile(rf"[^.;:!?\n\d]*?(?<![\p{{L}}])(?P<before>{before}){GAP}+(?P<names>[^.;:!?\n\d]+?),?{GAP}*\Z", regex.IGNORECASE)
        self.respectively = lex.compile(rf"{COMMA_GAP}(?:{lex.pattern('words', 'respectively')})(?![\p{{L}}])", regex.IGNORECASE)
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
