"""The patterns of the not-a-claim rules for fractions and multipliers (numbers/not_claims.py):
"the first half of 2023" is a time, "half" alone a share only of something, "three times" a claim
only next to a change or a comparison."""
from __future__ import annotations

import regex

from ..lang import GAP, Lexicon, unrequired


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
        self.fraction_noun_follows = bool(lex.data["grammar"]["fraction_noun_follows"])
        self.singular_denominators = frozenset(fr["singular"])
        self.numerator_one = frozenset(fr["numerator_one"])
        self.fraction_after = lex.compile(rf"{GAP}+{unrequired(lex.alternation(fr['bare_needs_after']))}(?![\p{{L}}])", ci)
        self.fraction_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.alternation(fr['bare_allowed_before'])}|{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')}){GAP}+(?:(?:{article}){GAP}+)?\Z", back)
        self.fraction_time_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.alternation(fr['time_before'])})(?:{GAP}+(?:(?:{article}){GAP}+)?|-)\Z", back)   # "first half", "first-half"
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
        # "вдвое больше", "a threefold increase", "в три раза увеличивается": a change right after the multiplier
        function = set(lex.words("words", "function"))   # not "up" or "down" alone: "three times up front"
        verbs = lex.alternation(w for w in lex.words("direction", "up") + lex.words("direction", "down") if w not in function)
        verbs = f"|(?:{verbs})" if lex.data["grammar"]["verb_after_multiplier"] else ""
        not_before = lex.words("multipliers", "not_before")
        self.digits_after = lex.compile(rf"(?:{GAP}+|-)(?:{lex.alternation(not_before)})(?![\p{{L}}])", ci) if not_before else None
        # "three times the speed of", "twice the national average": an article and a noun make a comparison
        articles = lex.words("time", "articles")
        compared = (rf"|(?:{lex.alternation(articles)}){GAP}+(?:\p{{L}}+{GAP}+)?(?:\p{{L}}+{GAP}+(?:{lex.pattern('subject', 'of')})"
                    rf"|(?:{lex.pattern('multipliers', 'compared_nouns')})(?![\p{{L}}]))") if articles else ""
        self.change_after = lex.compile(
            rf"(?:{GAP}|-)*(?:(?:{comparatives})|(?:\p{{L}}+{GAP}+)?(?:{nouns}){verbs}{compared})(?![\p{{L}}])", ci)
