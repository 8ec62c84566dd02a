"""The direction of a claim: up or down when the number is the size of a change, empty for a level."""
from __future__ import annotations

import functools

import regex

from ..lang import GAP, Lexicon, alternation
from ..numbers.scan import Match

# Where a clause ends: a sentence end (a full stop before a capital; not "тыс." inside a sentence).
_CLAUSE_END = regex.compile(r"[!?;\n]|\.(?=[ \t\u00a0]+\p{Lu})")


LIST_REACH = 400    # how far back the change of an elliptic "by N" may stand in its clause
BEFORE_REACH = 80   # a change word and the qualifiers and "by" after it, right before the amount


class Directions:
    """Change words of one language and where they stand relative to the number."""

    def __init__(self, lex: Lexicon):
        d = "direction"
        up, down = lex.pattern(d, "up"), lex.pattern(d, "down")
        q = lex.data["qualifiers"]
        quals = alternation(w.lower() for w in q["approx"] + q["at_least"] + q["at_most"])
        approx = lex.pattern("qualifiers", "approx")
        between = rf"(?:(?:{lex.pattern(d, 'by')}|{quals}){GAP}+)*"
        ci = regex.VERBOSE | regex.IGNORECASE
        # Patterns that must end where the window ends are searched backwards when only whether (or, where
        # the two agree, which) they match is used: a forward search tries every start in the window.
        back = ci | regex.REVERSE
        self.change_word = regex.compile(rf"(?<![\p{{L}}])(?:(?P<up>{up})|(?P<down>{down}))(?![\p{{L}}])", ci)
        # "rose by 16%, to 119.6 billion", "вырос ... до 119,6 млрд": the level a change arrives at.
        self.to_level = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'level_after_change')}){GAP}+(?:(?:{approx}){GAP}+)*\Z", ci)
        # "reached", "amounted to", "составило": a level whatever comes before.
        self.level = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'level')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", back)
        # "increased by almost", "down", "went down practically by another": the change word right before,
        # unless it is a particle ("made up 60 percent") or needs "by" ("raised 500 million").
        adjacent_up = alternation(set(lex.words(d, "up")) - set(lex.words(d, "by_only")))
        adjacent_down = alternation(set(lex.words(d, "down")) - set(lex.words(d, "by_only")))
        self.before = regex.compile(rf"(?<![\p{{L}}])(?:(?P<up>{adjacent_up})|(?P<down>{adjacent_down})){GAP}+{between}\Z", ci)
        motion = lex.words(d, "motion_verbs")
        self.motion_verb = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(motion)}){GAP}+\Z", back) if motion else None
        self.plus_word = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('numbers', 'plus')}){GAP}+\Z", ci)
        self.particle_verb = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'particle_verbs')}){GAP}+\Z", back)
        # "fell 5 percent and injuries 7 percent": an amount after "and" and a noun takes the clause's change.
        # not when the clause has a verb of its own: "it dropped below 5 percent, and now it is around 5 percent"
        own_verb = alternation(w.lower() for w in lex.words("subject", "verbs") + lex.words("subject", "level_verbs"))
        self.ellipsis = regex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'ellipsis')}){GAP}+(?:(?!(?:{own_verb})(?![\p{{L}}]))\p{{L}}[\p{{L}}-]*{GAP}+){{1,4}}\Z", ci)
        # "убийств сократилось на 27%, разбойных нападений – почти наполовину": a noun and a dash stand for the change
        self.dash_ellipsis = regex.compile(rf"\p{{L}}{GAP}*[–—]{GAP}*(?:(?:{quals}){GAP}+)*\Z", back)
        self.change_right = regex.compile(rf"{GAP}+(?:(?P<up>{up})|(?P<down>{down}))(?![\p{{L}}])", ci)
        # "more than 1.4 tons": a comparative that opens a bound of another figure, not a change
        self.bound_start = regex.compile(rf"(?:{quals}){GAP}+[^\s\p{{L}}]{{0,2}}\p{{N}}", ci)
        self.own_qualifier = regex.compile(rf"(?<![\p{{L}}])(?:(?:{quals}){GAP}+)+\Z", ci)
        # "dropped below 5 percent", "опустилась ниже 5%": the level a change passed
        self.passed_level = regex.compile(
            rf"(?<![\p{{L}}])(?:{up}|{down}){GAP}+(?:{lex.pattern(d, 'level_bound_after_change')}){GAP}+\Z", back)
        # "fell from 494,100 to 470,100", "сократилось с 3100 до 2750": the value a change starts from is a level
        self.from_level = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", ci)
        # "с 381,1 тыс. до 526,7 тыс.", "from 2.9 trillion to 2.4 trillion": the value a change arrives at is a level too
        self.from_to = regex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+[^\s\p{{L}}]{{0,2}}\p{{N}}[\p{{N}}.,\u00a0\u202f]*"
            rf"(?:{GAP}*[\p{{L}}%$€£₽.]+){{0,2}}{GAP}+(?:{lex.pattern(d, 'level_after_change')}){GAP}+(?:(?:{approx}){GAP}+)*\Z", ci)
        # "up to 500,000": a bound, not "to" after a change
        self.bound_to = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(w.lower() for w in q['at_most'] if ' ' in w)}){GAP}*\Z", back)
        # "by around": the amount of a change whose word stands earlier in the clause.
        self.by = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'by_alone')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", ci)
        self.comparatives = lex.table(d, "after")
        comparatives = alternation(self.comparatives)
        # the change words a "by" number may take its direction from, comparatives included ("на 24,4% меньше грабежей, на 25% – краж")
        up_any = rf"{up}|{lex.pattern(d, 'up_nouns')}"
        down_any = rf"{down}|{lex.pattern(d, 'down_nouns')}"
        self.change_or_comparative = regex.compile(
            rf"(?<![\p{{L}}])(?:(?P<up>{up_any})|(?P<down>{down_any})|(?P<c>{comparatives})|(?P<n>{lex.pattern('multipliers', 'verbs')}))(?![\p{{L}}])", ci)
        nouns_only = rf"(?P<up>{lex.pattern(d, 'up_nouns')})|(?P<down>{lex.pattern(d, 'down_nouns')})"
        # "the decline was 10%", "снижение составило 10%": a change named by its noun, then its size,
        # perhaps with an aside between ("снижение ВВП, по последним данным, составило 0,2%")
        aside = rf"(?:,{GAP}+(?:[\p{{L}}-]+{GAP}+){{0,4}}[\p{{L}}-]+,)?"
        self.noun_then_level = regex.compile(
            rf"(?<![\p{{L}}])(?:{nouns_only})(?:{GAP}+[\p{{L}}-]+){{0,10}}{aside}{GAP}+"
            rf"(?:{alternation(lex.words('subject', 'level_verbs'))}){GAP}+(?:(?:{quals}){GAP}+)*\Z", back)
        # "growth of both wages (13%) and real incomes (8.1%)": the size of a change, in brackets after what changed
        self.noun_then_bracket = regex.compile(
            rf"(?<![\p{{L}}])(?:{nouns_only}){GAP}+[^.;:!?()\n]{{1,60}}"
            rf"(?:\([^()\n]{{1,20}}\)[^.;:!?()\n]{{1,40}})?\({GAP}*\Z", ci)
        # "меньше на 15%": a comparative, then the size of the difference.
        self.comparative_before = regex.compile(
            rf"(?<![\p{{L}}])(?P<c>{comparatives}){GAP}+(?:{lex.pattern(d, 'by_alone')}){GAP}+(?:(?:{approx}){GAP}+)*\Z", ci)
        nouns = rf"(?P<up>{lex.pattern(d, 'up_nouns')})|(?P<down>{lex.pattern(d, 'down_nouns')})"
        # "a 4.5-percent rise", "10% annual growth".
        self.noun_after = regex.compile(rf"(?:{GAP}+|-)(?:\p{{L}}[\p{{L}}-]*{GAP}+)?(?:{nouns})(?![\p{{L}}])", ci)
        self.than = regex.compile(rf"{GAP}*,?{GAP}*(?:{lex.pattern('time', 'comparison')})(?![\p{{L}}])", ci)
        self.comparative_after = regex.compile(rf"{GAP}*(?P<c>{comparatives})(?![\p{{L}}])", ci)

    def attach(self, text: str, m: Match) -> None:
        """Set ``m.direction`` (and ``m.level`` when the number is the level a change reached)."""
        if m.direction:
            return  # written with its sign: "+5%", "-1.9%"
        window = text[max(0, m.start - 160):m.start]
        if self.plus_word.search(window):
            m.direction = "up"   # "— плюс 2,5 млрд рублей"
            return
        clause_start = 0
        for stop in _CLAUSE_END.finditer(window):
            clause_start = stop.end()
        if self.to_level.search(window):
            bound = self.bound_to.search(window)   # "up to": a change before it makes it the level reached
            moved = bound and self.motion_verb is not None and self.motion_verb.search(window, clause_start, bound.start())
            if moved or self.change_word.search(window, clause_start, bound.start() if bound else len(window)):  # "edged up to"
                m.level = True
                return
        if self.from_level.search(window):
            return
        if self.from_to.search(window):
            m.level = True
            return
        if self.passed_level.search(window):
            m.level = True
            return
        named = self.noun_then_level.search(window)
        if named:
            m.direction = "up" if named.group("up") else "down"
            return
        if self.level.search(window):
            m.level = True
            return
        bracketed = self.noun_then_bracket.search(window) if m.unit in ("percent", "pp") else None
        if bracketed:
            m.direction = "up" if bracketed.group("up") else "down"
            return
        found = self.before.search(window, max(0, len(window) - BEFORE_REACH))
        if found and not self.particle_verb.search(window, max(0, found.start() - 20), found.start()):
            m.direction = "up" if found.group("up") else "down"
            return
        comp = self.comparative_before.search(window)
        if comp:
            m.direction = self.comparatives[comp.group("c").lower()] or None
            return
        if self.by.search(window) and m.kind != "multiplier":
            verb = self.change_right.match(text, m.end)
            if verb:  # "на 4,2% возросло количество": the change verb right after its amount
                m.direction = "up" if verb.group("up") else "down"
                return
        if self.by.search(window) or m.kind == "multiplier" or self.ellipsis.search(window) \
                or m.kind == "fraction" and self.dash_ellipsis.search(window):
            # the nearest change word earlier in the clause ("fell by 7 percent and ... by nearly 14 percent")
            # a list of changes may run long: "decreased almost twice (...), robberies – ..., theft – by 17% (...)"
            wide = text[max(0, m.start - LIST_REACH):m.start]
            wide_start = 0
            for stop in _CLAUSE_END.finditer(wide):
                wide_start = stop.end()
            own = self.own_qualifier.search(wide, wide_start)   # "and more than 200": "more" is no comparative here
            words = [w for w in self.change_or_comparative.finditer(wide, wide_start, own.start() if own else len(wide))
                     if not (w.group("c") and self.bound_start.match(wide, w.start()))]   # not "more than 1.4 tons"
            if words:
                last = words[-1]
                if last.group("up") or last.group("down"):
                    m.direction = "up" if last.group("up") else "down"
                elif last.group("c"):
                    m.direction = self.comparatives[last.group("c").lower()] or None
                return
        after = self.noun_after.match(text, m.end)
        if after:
            m.direction = "up" if after.group("up") else "down"
            return
        comp = self.comparative_after.match(text, m.end)
        if comp and (m.unit != "count" or self.than.match(text, comp.end())):   # "20,592 fewer than in 2010"
            m.direction = self.comparatives[comp.group("c").lower()] or None


@functools.lru_cache(maxsize=None)
def directions(lex: Lexicon) -> Directions:
    return Directions(lex)
