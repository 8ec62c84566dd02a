"""Evidence in brackets that a bare count is a claim: a pair of compared numbers ("(1,848 vs 1,939)"), the values
right after a figure and its noun ("(2009786 против 2020133)"), a time's value ("... December 2012 (877,000)"), and
a clause's count at a time ("More people were seen in the three months to June (82,788)")."""
from __future__ import annotations

from typing import Sequence

from ..text.view import CLAUSE_BREAKS, SentenceView, Tok
from .subject.words import SubjectWords


def bracket_pair(w: SubjectWords, sentence: SentenceView, i: int, j: int) -> bool:
    """"(198 против 199)", "(1,848 vs 1,939)", "...: 12450 против 11922.": a bracket, or the end of a sentence after
    a colon, that holds two bare numbers and the word that compares them gives two values of the measure its
    sentence names, this one of them."""
    toks = sentence.tokens
    if i > 0 and toks[i - 1].text in PAIR_ENDS:   # the first of the pair ("— 38 this year compared to 53 in 2021.")
        j = _past_time(w, toks, j)
        n = w.baseline_links.at(toks, j)
        return bool(n) and j + n < len(toks) and toks[j + n].text[0].isdigit() \
            and _pair_closed(toks, toks[i - 1].text, _past_time(w, toks, j + n + 1))
    n = w.baseline_links.ending_at(toks, i - 1)   # the second
    k = i - 1 - n
    return bool(n) and k > 0 and toks[k].text[0].isdigit() and toks[k - 1].text in PAIR_ENDS and _pair_closed(toks, toks[k - 1].text, j)


# What opens a pair of compared numbers, and what may close it: a bracket, or a colon or a dash before the
# sentence's end ("a decrease in break-ins — 38 this year compared to 53 in 2021.")
PAIR_ENDS = {"(": (")",), ":": (".", ";", "!"), "—": (".", ";", "!", "—"), "–": (".", ";", "!", "–")}


def _past_time(w: SubjectWords, toks: Sequence[Tok], k: int) -> int:
    """The first token from ``k`` on that is no part of a time expression ("this year", "in 2021")."""
    while k < len(toks) and (toks[k].timed or toks[k].low in w.prepositions and k + 1 < len(toks) and toks[k + 1].timed):
        k += 1
    return k


def _pair_closed(toks: Sequence[Tok], opened: str, k: int) -> bool:
    """Does the pair opened by ``opened`` close at token k (a colon's or a dash's: at its sentence's end too)?"""
    return toks[k].text in PAIR_ENDS[opened] if k < len(toks) else opened != "("


def bracket_after(w: SubjectWords, sentence: SentenceView, start: int, i: int) -> bool:
    """"сократилось на 10347 человек (2009786 против 2020133)": a bare number that opens a bracket
    right after a figure and its noun (tokens ``start``..) gives values of the same measure."""
    toks = sentence.tokens
    return 0 < i - 1 and toks[i - 1].text == "(" and i - 1 - start <= 1 \
        and all(t.is_word and not w.is_verb(t) for t in toks[start:i - 1])


def dated_aside(w: SubjectWords, sentence: SentenceView, i: int, j: int) -> bool:
    """"down 13% compared with the year ending December 2012 (877,000)": a bare number alone in
    brackets right after a time is the value of the measure at that time; so is one with its own time in the
    brackets ("more than double that of ten years earlier (545 in 2009)")."""
    toks = sentence.tokens
    if i < 2 or toks[i - 1].text != "(":
        return False
    k = j
    while k < len(toks) and toks[k].text != ")" and (toks[k].timed or toks[k].low in w.prepositions):
        k += 1
    return k < len(toks) and toks[k].text == ")" and (toks[i - 2].timed and k == j or k > j and toks[k - 1].timed)


THAN_REACH = 4   # tokens between "than" and the time before the bracket, at most ("than in 2021", "чем было в 2021-м")


def dated_count(w: SubjectWords, sentence: SentenceView, i: int, j: int) -> bool:
    """"More people were seen in the three months to June (82,788)": a bare number alone in brackets right after a time,
    in a clause whose subject is a plural noun before its verb, counts what the clause speaks of; so does one after the
    time a comparison names ("Это меньше, чем в 2022-м (2 455)"): the value compared with."""
    toks = sentence.tokens
    if i < 2 or not toks[i - 2].timed or not dated_aside(w, sentence, i, j):
        return False
    k = i - 2
    while k > 0 and toks[k - 1].text not in CLAUSE_BREAKS:
        k -= 1
    return any(_plural(w, toks[n]) and (w.is_verb(toks[n + 1]) or toks[n + 1].low in w.copulas) for n in range(k, i - 3)) \
        or any(toks[n].low in w.than for n in range(max(0, i - 2 - THAN_REACH), i - 2))


def _plural(w: SubjectWords, t: Tok) -> bool:
    return t.is_word and (t.low in w.person_nouns or bool(w.plural_endings) and t.low.endswith(w.plural_endings)) \
        and t.low not in w.function and not w.is_verb(t)   # ("people", "patients")
