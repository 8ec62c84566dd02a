"""The qualifier of a claim: about / at least / at most / exact / range, from the words around it."""
from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from ..claim import Qualifier
from ..lang import GAP, Lexicon, unrequired
from ..numbers.mention import Form, Mention
from ..text.prefilter import EndAnchored


class QualifierPatterns:
    """Qualifier words of one language, before and after a number."""

    def __init__(self, lex: Lexicon):
        q = "qualifiers"
        bridge = f"{lex.pattern('direction', 'by')}|{unrequired(lex.pattern('direction', 'rate_links'))}"
        self.comparatives = frozenset(lex.table("direction", "after"))
        self.level_words = frozenset(lex.words("direction", "level_after_change"))
        self.multiplier_verbs = frozenset(w.lower() for w in lex.words("multipliers", "verbs"))
        self.also_nouns = frozenset(lex.words(q, "also_nouns"))
        self.set_off = frozenset(lex.words(q, "set_off"))
        self.adjective_endings = tuple(lex.words("subject", "adjective_endings"))
        # A qualifier right before the number, maybe with change words between ("almost", "practically by another").
        self.before = EndAnchored(lex.compile, rf"""
            (?:(?<![\p{{L}}])|(?<=[~≈<>≤≥]))
            (?P<q>
                (?P<approx>{lex.pattern(q, "approx")})
              | (?P<exact>{lex.pattern(q, "averages")})   # "an average of 2.3": part of the mention, and exact
              | (?P<at_least>{lex.pattern(q, "at_least")})
              | (?P<at_most>{lex.pattern(q, "at_most")})
            )
            (?P<comma>{GAP}*,)?   # "как минимум, на 1,2%": set off by a comma (only words of set_off)
            {GAP}*
            (?P<bridge>(?:(?:{bridge}){GAP}+)*)
            \Z
        """, regex.VERBOSE | regex.IGNORECASE)
        # "almost a billion dollars more than $8.291bn", "5% more than": an amount compared, before its comparative's "than"
        number = r"(?<![\p{N}.,])(?!(?:19|20)\d\d(?![\p{N}]))\p{N}[\p{N}.,]*"
        word = rf"(?!(?:{lex.pattern('subject', 'np_and')})(?![\p{{L}}]))"   # (not "40 smugglers and more than 200": a list)
        # "talked about 63,000 children": "about" names what is talked of
        self.topic_before = EndAnchored(lex.compile, rf"(?<![\p{{L}}])(?:{lex.pattern(q, 'topic_about')}){GAP}*\Z", regex.IGNORECASE)
        self.amount_before = lex.compile(rf"(?:{number}(?:{GAP}*{word}[%\p{{Sc}}\p{{L}}]+){{1,2}}|(?<![\p{{L}}])(?:{lex.alternation(list(lex.scale_words))})"
                                         rf"(?:{GAP}+{word}\p{{L}}+){{0,2}}){GAP}+\Z", regex.IGNORECASE)
        # "варьировал от 109,5% в Тыве до 81,2%": the first figure of a pair, then words, before the second's "до" (no "до"
        # between: "from 0% one year to as much as 3% plus up to an additional 3%" has its pair before "plus")
        level = rf"(?<![\p{{L}}])(?:{lex.alternation(lex.words('direction', 'level_after_change'))})(?![\p{{L}}])"
        self.pair_from = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+\p{{N}}(?:(?!{level})[^.;:!?\n]){{0,80}}\Z", regex.IGNORECASE)
        # (not a preposition's "over" before its object: "by 1.4pps and over the year by 1.8pps")
        articles = lex.words("time", "articles")
        no_object = rf"(?!{GAP}+(?:{lex.alternation(articles)})(?![\p{{L}}]))" if articles else ""
        self.after = lex.compile(rf"""
            {GAP}*
            (?P<q>
                (?P<approx>{lex.pattern(q, "after_approx")})
              | (?P<at_least>{lex.pattern(q, "after_at_least")})
              | (?P<at_most>{lex.pattern(q, "after_at_most")})
            )
            (?![\p{{L}}]){no_object}
            (?!{GAP}*\p{{N}})   # not the sign or the sum of a number after it ("15,880.1   +1.2", "50,000 plus 10,000")
        """, regex.VERBOSE | regex.IGNORECASE)


class Qualified(NamedTuple):
    """A figure's qualifier, and its mention's span widened by the qualifier's words."""

    qualifier: Qualifier
    start: int
    end: int


def _comparative(p: QualifierPatterns, words: str) -> bool:
    """Does a qualifier open with a comparative ("more than", "больше")? Not "up to": a bound, whose "up" is no comparative."""
    first, *rest = words.lower().replace(",", " ").split()   # ("меньше, чем": the comma sets off no other word)
    return first in p.comparatives and not (rest and rest[0] in p.level_words)


def qualify(p: QualifierPatterns, text: str, m: Mention, level: bool) -> Qualified:
    """The qualifier of ``m`` from the words right before or after it; ``level`` says the figure is
    the level a change reached ("вырос на 16%, до 119,6 млрд": "до" is no bound there)."""
    if m.value_to is not None:
        return Qualified(Qualifier.RANGE, m.start, m.end)
    before = p.before.search(text, max(0, m.start - 40), m.start)
    if before and before.group("approx") and p.topic_before.search(text, max(0, m.start - 40), m.start):
        before = None   # "talked about 63,000 children": a preposition, not a bound
    if before and before.group("comma") and before.group("q").lower() not in p.set_off:
        before = None   # "цены выросли больше, 5 человек": a comma ends what "больше" says
    if before and before.group("bridge") and before.group("q").lower() in p.comparatives:
        # "меньше на 15%": fewer by 15%, a change, not a bound; "меньше почти в два раза": the bound is "почти"
        before = p.before.search(text, before.start("bridge"), m.start)
    if before and _comparative(p, before.group("q")) and p.amount_before.search(text, max(0, before.start() - 40), before.start()):
        before = None  # "a billion dollars more than $8.291bn": a comparison of two amounts, not a bound
    if before and m.form is Form.MULTIPLIER and before.group("q").lower() in p.multiplier_verbs:
        before = None  # "exceeded the norm five times": the verb of a comparison, not a bound
    if before and before.group("at_most") and before.group("q").lower().split()[-1] in p.level_words \
            and (level or p.pair_from.search(text, max(0, before.start() - 100), before.start())):
        # "вырос на 16%, до 119,6 млрд", "grew by 3% – up to 133 trillion": the level reached; "от 109,5% в Тыве до 81,2%";
        # "выросло до почти 1500": the level reached, with its own bound after "до"
        before = p.before.search(text, before.start("bridge"), m.start) if before.group("bridge") else None
    if before and before.group("q").lower() in p.also_nouns and _adjective_before(p, text, before.start()):
        before = None  # "прожиточный минимум в три раза": a noun after its adjective, not a bound
    if before and before.group("exact") and before.group("bridge"):
        inner = p.before.search(text, before.start("bridge"), m.start)   # "в среднем около шести месяцев": the bound after the average's word
        if inner and not inner.group("exact"):
            return Qualified(_which(inner), before.start(), m.end)
    if before:
        return Qualified(_which(before), before.start(), m.end)   # the qualifier belongs to the mention ("почти на 12%")
    after = p.after.match(text, m.num_end, m.end) or p.after.match(text, m.end)   # "600 с лишним миллиардов", "100 с лишним"
    if after:
        return Qualified(_which(after), m.start, max(after.end(), m.end))
    return Qualified(Qualifier.EXACT, m.start, m.end)


def _adjective_before(p: QualifierPatterns, text: str, pos: int) -> bool:
    """Does an adjective end right before ``pos`` (past blanks)?"""
    words = text[max(0, pos - 30):pos].split()
    return bool(words) and p.adjective_endings != () and words[-1].lower().endswith(p.adjective_endings)


def _which(found: regex.Match) -> Qualifier:
    for q in (Qualifier.APPROX, Qualifier.AT_LEAST, Qualifier.AT_MOST):
        if found.group(q.value):
            return q
    return Qualifier.EXACT


@functools.lru_cache(maxsize=None)
def qualifier_patterns(lex: Lexicon) -> QualifierPatterns:
    return QualifierPatterns(lex)
