"""The patterns of the not-a-claim rules for fractions and multipliers (numbers/not_claims.py):
"the first half of 2023" is a time, "half" alone a share only of something, "three times" a claim
only next to a change or a comparison; and those rules, of ``not_claims``' tables."""
from __future__ import annotations

from typing import Protocol

import regex

from ..lang import GAP, Lexicon, unrequired
from ..lang.cache import compiled
from .mention import Mention, UnitKind


class RatioPatterns:
    """The words around a fraction or a multiplier that say whether it is a claim."""

    def __init__(self, lex: Lexicon):
        ci = regex.IGNORECASE
        back = ci | regex.REVERSE   # patterns that end where the number starts, searched backwards
        q = lex.data["qualifiers"]
        fr = lex.data["fractions"]
        article = lex.pattern("numbers", "article_one")
        time_units = lex.pattern("not_claims", "time_units")
        self.multiplier_changes = frozenset(lex.table("multipliers", "changes"))
        # "doubled last year": a time after a multiplier verb is no noun it qualifies
        times = list(lex.table("time", "relative")) + list(lex.table("time", "relative_months"))
        self.time_after = lex.compile(rf"{GAP}+(?:{lex.alternation(times)})(?![\p{{L}}])", regex.IGNORECASE)
        idioms = lex.words("multipliers", "idioms_after")
        self.idiom_after = lex.compile(rf"{GAP}+(?:{lex.alternation(idioms)})(?![\p{{L}}])", regex.IGNORECASE) if idioms else None
        # "scored a double", "won the double": such a word after an article, with no noun after it, is a noun itself
        self.nouns_after_article = frozenset(lex.words("multipliers", "nouns_after_article"))
        articles = lex.words("time", "articles")
        self.article_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(articles)}){GAP}+\Z", back) if articles else None
        self.fraction_noun_follows = bool(lex.data["grammar"]["fraction_noun_follows"])
        self.singular_denominators = frozenset(fr["singular"])
        self.numerator_one = frozenset(fr["numerator_one"])
        self.fraction_after = lex.compile(rf"{GAP}+{unrequired(lex.alternation(fr['bare_needs_after']))}(?![\p{{L}}])", ci)
        self.fraction_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.alternation(fr['bare_allowed_before'])}|{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')}){GAP}+(?:(?:{article}){GAP}+)?\Z", back)
        self.time_fractions = frozenset(fr["time_fractions"])
        self.possessive_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(fr['possessive_before'])}){GAP}+\Z", back)
        # "first half", "first-half"; past a range's first count: "over the next two to three quarters"
        range_first = rf"(?:(?:\d+|{lex.alternation(lex.spelled_number_words)}){GAP}+(?:{lex.pattern('ranges', 'dashes')}){GAP}+)?"
        self.fraction_time_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.alternation(fr['time_before'])})(?:{GAP}+(?:(?:{article}){GAP}+)?|-){range_first}\Z", back)
        self.fraction_time_after = lex.compile(
            rf"{GAP}+(?:(?:{lex.pattern('time', 'month_joiners')}){GAP}+)?(?:(?:{lex.pattern('time', 'articles')}){GAP}+)?(?:{time_units})(?![\p{{L}}])", ci)
        quals = lex.alternation(w.lower() for w in q["approx"] + q["averages"] + q["at_least"] + q["at_most"])
        change = (rf"{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')}|{lex.pattern('multipliers', 'verbs')}|{lex.pattern('multipliers', 'nouns')}"
                  rf"|{lex.alternation(lex.table('direction', 'after'))}")   # "стало меньше почти в два раза"
        self.change_in_clause = lex.compile(rf"(?<![\p{{L}}])(?:{change})(?![\p{{L}}])[^.!?;:\n]{{0,80}}\Z", ci)
        # "X has decreased almost twice (...), robberies – almost thrice": an elliptic clause (a noun and
        # a dash) shares the change of its sentence; a full stop inside "vs." or "approx." goes on.
        self.change_in_sentence = lex.compile(
            rf"(?<![\p{{L}}])(?:{change})(?![\p{{L}}])(?:[^.!?;\n]|\.(?![\s\u00a0]+\p{{Lu}})){{0,250}}\p{{L}}[\s\u00a0]*[–—][\s\u00a0]*(?:(?:{quals}){GAP}+)*\Z", back)
        comparatives = lex.alternation(lex.words("multipliers", "comparatives"))
        nouns = rf"{lex.pattern('direction', 'up_nouns')}|{lex.pattern('direction', 'down_nouns')}"
        # "уменьшением числа смертей от болезней дыхания (на 48,4%), ... коронавирусной инфекции (в 16,0 раза)": a
        # multiplier in brackets in a list of the sizes of its sentence's change
        self.change_in_brackets = lex.compile(rf"(?<![\p{{L}}])(?:{change}|{nouns})(?![\p{{L}}])[^.!?;\n]{{0,300}}\([\s\u00a0]*\Z", back)
        # "вдвое больше", "a threefold increase", "в три раза увеличивается": a change right after the multiplier
        function = set(lex.words("words", "function"))   # not "up" or "down" alone: "three times up front"
        verbs = lex.alternation(w for w in lex.words("direction", "up") + lex.words("direction", "down") + lex.words("multipliers", "verbs")
                                if w not in function)   # ("в полтора раза превзошла": a verb that compares)
        verbs = f"|(?:{verbs})" if lex.data["grammar"]["verb_after_multiplier"] else ""
        not_before = lex.words("multipliers", "not_before")
        self.digits_after = lex.compile(rf"(?:{GAP}+|-)(?:{lex.alternation(not_before)})(?![\p{{L}}])", ci) if not_before else None
        # "three times the speed of", "twice the national average": an article and a noun make a comparison
        articles = lex.words("time", "articles")
        compared = (rf"|(?:{lex.alternation(articles)}){GAP}+(?:\p{{L}}+{GAP}+)?(?:\p{{L}}+{GAP}+(?:{lex.pattern('subject', 'of')})"
                    rf"|(?:{lex.pattern('multipliers', 'compared_nouns')})(?![\p{{L}}]))") if articles else ""
        self.change_after = lex.compile(
            rf"(?:{GAP}|-)*(?:(?:{comparatives})|(?:\p{{L}}+{GAP}+)?(?:{nouns}){verbs}{compared})(?![\p{{L}}])", ci)


class WithRatios(Protocol):
    """What these rules read of the not-a-claim patterns they are given (not_claims.NotClaimPatterns)."""

    ratios: RatioPatterns
    of_after: regex.Pattern

    def noun_follows(self, text: str, pos: int) -> bool: ...


def fraction_of_time(p: WithRatios, text: str, m: Mention) -> bool:
    """"the first half of 2023", "the first three quarters", "half a year", "between the two quarters": a part of a
    time, not a share."""
    if p.ratios.fraction_time_before.search(text, max(0, m.start - 40), m.start):
        return True
    if " ".join(text[m.num_start:m.num_end].lower().split()) in p.ratios.time_fractions and not p.of_after.match(text, m.end):
        return True   # "unchanged between the two quarters"
    return not _spells_share(text, m) and bool(p.ratios.fraction_time_after.match(text, m.end))


def fraction_without_whole(p: WithRatios, text: str, m: Mention) -> bool:
    """A bare "half" or "a quarter" is a share only of something ("half of the crimes", "треть
    россиян") or after a change or a bound ("by a quarter", "more than half"); "четверть процента" is a part of a percent."""
    if _spells_share(text, m) or m.unit_start >= 0 and m.unit.kind in (UnitKind.PERCENT, UnitKind.PP):
        return False
    if p.ratios.possessive_before.search(text, max(0, m.start - POSSESSIVE_REACH), m.start):
        return True   # "со своей половины пробежал", "from his own half": a part owned, a noun
    if p.ratios.fraction_noun_follows and p.noun_follows(text, m.end) or p.ratios.fraction_after.match(text, m.end):
        return False
    return not p.ratios.fraction_before.search(text, max(0, m.start - 40), m.start)


POSSESSIVE_REACH = 16   # characters back from a bare fraction word to a possessive right before it


def singular_of_many(p: WithRatios, text: str, m: Mention) -> bool:
    """"five-eighth Curwin Bosch": a numerator above one before a singular denominator is a name (a
    rugby position), not a fraction, which would be "five-eighths"."""
    words = regex.split(r"[\s\-]+", text[m.num_start:m.num_end].lower())
    return len(words) > 1 and words[-1] in p.ratios.singular_denominators and words[-2] not in p.ratios.numerator_one


def _spells_share(text: str, m: Mention) -> bool:
    """"two-thirds", "one in five" and ranges say their share plainly."""
    words = text[m.num_start:m.num_end].split()
    return len(words) > 1 or "-" in words[0] or bool(m.range_word)


# "the double-murder trial", "its triple-A rating", "triple A": a multiplier word glued to the noun it describes, or
# before a grade of letters, is part of a name
_ATTRIBUTE_AFTER = compiled(r"-\p{L}|[ \t\u00a0]+(?:A{1,3}|B{1,3}|C{1,3})(?![\p{L}\p{N}])")


ARTICLE_REACH = 6   # characters back from a multiplier word to an article before it


def multiplier_without_change(p: WithRatios, text: str, m: Mention) -> bool:
    """"three times" is a claim next to a change or a comparison, not in "I said it three times";
    "will triple", "nearly doubled" are a change by themselves, but not before a noun ("a double murder"),
    nor in an idiom ("doubled as a shelter"), nor as a noun after an article ("scored a double");
    "double digit increases" is no multiplier at all."""
    if p.ratios.digits_after is not None and p.ratios.digits_after.match(text, m.end) or _ATTRIBUTE_AFTER.match(text, m.end):
        return True
    if p.ratios.change_after.match(text, m.end):
        return False
    word = text[m.num_start:m.num_end].lower()
    if word in p.ratios.multiplier_changes \
            and (not p.noun_follows(text, m.end) or p.ratios.time_after.match(text, m.end)):
        # "doubled as a shelter", "doubled down": an idiom, not a change; "scored a double": a noun
        return p.ratios.idiom_after is not None and bool(p.ratios.idiom_after.match(text, m.end)) \
            or word in p.ratios.nouns_after_article and bool(p.ratios.article_before.search(text, max(0, m.start - ARTICLE_REACH), m.start))
    return not (p.ratios.change_in_clause.search(text, max(0, m.start - 100), m.start)
                or p.ratios.change_in_sentence.search(text, max(0, m.start - 300), m.start)
                or p.ratios.change_in_brackets.search(text, max(0, m.start - 340), m.start))


# A dash and a word after "every fifth": what is said of it, whose noun the clause before named ("4,500 crimes were
# solved, every fifth – a grave one"), not a time
_PREDICATE_AFTER = compiled(r"[ \t\u00a0]*[–—][ \t\u00a0]*\p{L}")


def every_without_noun(p: WithRatios, text: str, m: Mention) -> bool:
    """"every fourth crime", "every fourth of these", "каждое пятое — особо тяжкое" count something; "every second"
    alone is a time."""
    return not p.noun_follows(text, m.end) and not p.of_after.match(text, m.end) and not _PREDICATE_AFTER.match(text, m.end)
