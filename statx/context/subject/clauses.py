"""The clauses of the words before a figure, nearest first: split at clause breaks and at the words that open
a clause ("which", "что"), with asides in brackets or between dashes left out and a list of examples kept whole."""
from __future__ import annotations

from ...text.view import CLAUSE_BREAKS, SOFT_BREAKS, TYPED_DASH, Tok, spaced_hyphen
from .words import SubjectWords

SOFT = frozenset(SOFT_BREAKS) | {TYPED_DASH}   # the dashes that set an aside apart


def clauses_of(w: SubjectWords, left: list[Tok]) -> list[list[Tok]]:
    """The clauses of ``left``, nearest first; an aside in brackets or between dashes is none of them
    ("ранено 53718 (примерно как и год назад), погибло", "the ratio -- the share of adults in work -- was")."""
    clauses = []
    end = len(left)
    while end > 0:
        start = end
        while True:
            while start > 0 and left[start - 1].text not in CLAUSE_BREAKS and not spaced_hyphen(left, start - 1) and not (
                    w.clause_words.ending_at(left, start - 1) and not (start < len(left) and left[start].low in w.time_units)
                    and not _determiner_after_preposition(w, left, start - 1)):
                start -= 1   # (not "that" of "that year": a time, "the death toll that year was"; nor of "in that time")
            examples = _examples_start(w, left, start)   # a list of examples goes on before its commas
            if examples == start and _between_adjectives(w, left, start - 1):
                examples = start - 1   # "крупных, средних и малых предприятий": adjectives of one noun
            if examples == start:
                examples = _list_start(w, left, start)
            if examples == start:
                break
            start = examples
        aside = start > 0 and end < len(left) and (left[start - 1].text == "(" and left[end].text == ")"
                                                   or left[start - 1].text in SOFT and left[end].text in SOFT
                                                   and not _names_vague(w, left, start))
        vocative = start == 0 and end == 1 and len(left) > 1 and left[1].text == "," and left[0].low in w.titles   # "Senator, is 5.1 per cent ..."
        if not aside and not vocative:
            clauses.append(left[start:end])
        end = start - (w.clause_words.ending_at(left, start - 1) or 1)
    return clauses


def _names_vague(w: SubjectWords, left: list[Tok], start: int) -> bool:
    """Do the words between dashes from left[start] name the vague noun right before the first dash ("Важнейший
    социальный показатель — заработная плата — приросла": the wage), no aside?"""
    return start > 1 and left[start - 2].low in w.generic and left[start].is_word and not w.determiners.at(left, start)


def _determiner_after_preposition(w: SubjectWords, left: list[Tok], k: int) -> bool:
    """Is left[k] a determiner after a preposition ("that" of "In that time wage costs fell"), no clause's start?"""
    return k > 0 and left[k].low in w.determiner_words and left[k - 1].low in w.prepositions


def _between_adjectives(w: SubjectWords, left: list[Tok], k: int) -> bool:
    """Is left[k] a comma of a list of adjectives that "and" closes ("крупных, средних и малых"; by their endings, where
    a language marks them)? Not a parenthetical's ("по предварительным данным, валовый сбор")."""
    if not (0 < k < len(left) - 1 and left[k].text == "," and w.adjective(left[k - 1].low)):
        return False
    n = k + 1
    while n < len(left) - 1 and (left[n].text == "," or w.adjective(left[n].low)):
        n += 1
    return n > k + 1 and left[n].low in w.np_and and w.adjective(left[n + 1].low)


EXAMPLES = 24   # tokens of a list of examples, with its commas


LIST_HEAD = 3   # words of the first item of a list of nouns that opens its sentence, at most


def _list_start(w: SubjectWords, left: list[Tok], start: int) -> int:
    """Where a clause that starts after the comma of a list of nouns that opens the sentence starts: at the list's first
    item ("Theft, fraud and forgery increased", "Fire-raising, vandalism etc. increased"); the list's last items are
    joined by "and" (or closed by "etc.") before the clause's verb."""
    if start < 2 or left[start - 1].text != ",":
        return start
    k = start - 1
    while k > 0 and left[k - 1].is_word and start - 1 - k < LIST_HEAD:
        k -= 1
    if k > 0 or any(not t.is_word or t.timed or t.low in w.function or w.is_verb(t) for t in left[k:start - 1]):
        return start   # (only the sentence's first words, a noun's: not "In 2023, theft and fraud rose")
    items = []
    for t in left[start:]:
        if not t.is_word or w.is_verb(t):
            break
        items.append(t.low)
    return k if any(x in w.np_and or x in w.list_closers for x in items[1:]) else start


def _examples_start(w: SubjectWords, left: list[Tok], start: int) -> int:
    """Where a clause that starts after a comma of a list of examples starts: before the noun the list
    follows ("Starts of projects such as condos, apartments and townhouses fell 8.9 per cent", "Spending, including
    grants, loans and transfers to counties, is N")."""
    if start == 0 or left[start - 1].text != ",":
        return start
    k = start - 1
    while k > 0 and start - k < EXAMPLES and (left[k - 1].is_word or left[k - 1].text == ","):
        k -= 1
        n = w.examples.ending_at(left, k)
        if n:
            opens = k - n + 1
            opens -= opens > 0 and left[opens - 1].text == ","   # "Development expenditures, including ..., Contingency Fund and ..."
            return opens if not any(w.is_verb(t) for t in left[k + 1:start]) else start
    return start
