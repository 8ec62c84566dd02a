"""The change words of one language, compiled into the patterns the direction rules (direction.py) read."""
from __future__ import annotations

import regex

from ..lang import COMMA_GAP, GAP, Lexicon, unrequired
from ..text.prefilter import EndAnchored


class DirectionPatterns:
    """Change words of one language and where they stand relative to the number."""

    def __init__(self, lex: Lexicon):
        d = "direction"
        up, down = lex.pattern(d, "up"), lex.pattern(d, "down")
        q = lex.data["qualifiers"]
        quals = lex.alternation(w.lower() for w in q["approx"] + q["averages"] + q["at_least"] + q["at_most"])
        approx = f"{lex.pattern('qualifiers', 'approx')}|{lex.pattern('qualifiers', 'averages')}|{lex.pattern(d, 'level_records')}"   # words that may stand before a level
        # (a rate's phrase may hold an adjective of its own: "increased overall at a benign rate of 1.6 percent")
        rated = rf"|(?:{lex.pattern(d, 'rate_openers')})(?:{GAP}+\p{{L}}[\p{{L}}-]*)?{GAP}+(?:{lex.pattern(d, 'rate_nouns')}){GAP}+(?:{lex.pattern('subject', 'of')})" \
            if lex.words(d, "rate_nouns") else ""
        between = rf"(?:(?:{lex.pattern(d, 'by')}|{unrequired(lex.pattern(d, 'rate_links'))}{rated}|{quals}){GAP}+)*"
        ci = regex.VERBOSE | regex.IGNORECASE
        # Patterns that must end where the window ends are searched backwards when only whether (or, where
        # the two agree, which) they match is used: a forward search tries every start in the window.
        back = ci | regex.REVERSE
        self.change_word = lex.compile(rf"(?<![\p{{L}}])(?:(?P<up>{up})|(?P<down>{down}))(?![\p{{L}}])", ci)
        # "the population grew: 2.5 per cent in April; 2.5 per cent in May": a change word and a colon before a list of
        # its sizes, in the same sentence
        self.change_colon = lex.compile(rf"(?<![\p{{L}}])(?:{up}|{down}){GAP}*:[^:.!?\n]{{0,240}}\Z", back)
        # "rose by 16%, to 119.6 billion", "вырос ... до 119,6 млрд": the level a change arrives at ("fell from 50 000 to just more than 10 000")
        # (not the "to" of an approximation: "fell by close to 3 million kg")
        levels = lex.words(d, "level_after_change")
        # (nor the "to" of a restatement: "478 cases, equivalent to 6.8 per cent")
        heads = [w.rsplit(None, 1)[0] for w in q["approx"] + lex.words("words", "restating") if " " in w and w.split()[-1].lower() in levels]
        not_approx = rf"(?<!(?<![\p{{L}}])(?:{lex.alternation(heads)}){GAP}+)" if heads else ""
        self.to_level = lex.compile(rf"(?<![\p{{L}}]){not_approx}(?:{lex.pattern(d, 'level_after_change')}){GAP}+"
                                    rf"(?:(?:{approx}|{lex.pattern('qualifiers', 'at_least')}){GAP}+)*\Z", ci)
        # "compared to 5%": the figure compared with, whose "to" names no level reached
        self.against_end = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'against')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", back)
        # "капуста — на 20,9% (до 69,07 руб.)", "by 3% – to 5.4%": the level after the size of a change
        self.by_then_level = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'by_alone')}){GAP}+\p{{N}}[\p{{N}}.,]*{GAP}*(?:%|\p{{L}}+\.?)?{GAP}*[,(–—-]?{GAP}*"
            rf"(?:{lex.pattern(d, 'level_after_change')}){GAP}+(?:(?:{approx}){GAP}+)*\Z", ci)
        # "reached", "amounted to", "составило": a level whatever comes before.
        self.level = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'level')}){GAP}+(?:(?:{quals}|{lex.pattern(d, 'level_adjectives')}){GAP}+)*\Z", back)
        # "the biggest increase at 42.09 percent": a change word, then a level's word, then the change's size
        # (maybe with its time between: "the fastest job growth over the year at 3.8%")
        self.change_at = lex.compile(rf"(?<![\p{{L}}])(?:(?P<up>{lex.alternation(lex.words(d, 'up') + lex.words(d, 'up_nouns'))})"
                                     rf"|(?P<down>{lex.alternation(lex.words(d, 'down') + lex.words(d, 'down_nouns'))}))"
                                     rf"(?:{GAP}+(?:{lex.pattern('words', 'prepositions')})(?:{GAP}+[\p{{L}}-]+){{1,3}})?{GAP}+"
                                     rf"(?:{lex.pattern(d, 'level')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", back)
        # "increased by almost", "went down by another": the change word right before, not a particle's ("made up 60%") nor one needing "by" ("raised 500 million")
        adjacent_up = lex.alternation(set(lex.words(d, "up")) - set(lex.words(d, "by_only")))
        adjacent_down = lex.alternation(set(lex.words(d, "down")) - set(lex.words(d, "by_only")))
        # (a change word glued to its number ends the window too: "increased1%", text that lost its spaces)
        self.money_lost = frozenset(lex.words(d, "money_lost"))   # "lost £6m": the amount lost, no fall
        self.count_added = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'count_adding')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", back)
        # "increasing production almost nine per cent", "cut the budget 44 percent": a verb, its object of a word or two, then the size
        function = lex.pattern("words", "function")
        # (no word of a range: "could increase anywhere from 2.5 percent")
        thing = rf"(?!(?:{function}|{lex.pattern('ranges', 'range_verbs')})(?![\p{{L}}]))\p{{L}}[\p{{L}}'’-]*"
        self.object_change = lex.compile(
            rf"(?<![\p{{L}}])(?:(?P<up>{lex.pattern(d, 'object_up')})|(?P<down>{lex.pattern(d, 'object_down')}))"
            rf"{GAP}+(?:(?:{lex.pattern('time', 'articles')}){GAP}+)?{thing}(?:{GAP}+{thing}){{0,2}}{GAP}+(?:(?:{quals}){GAP}+)*\Z", back) \
            if lex.words(d, "object_up") else None
        self.before = EndAnchored(lex.compile, rf"(?<![\p{{L}}])(?:(?P<up>{adjacent_up})|(?P<down>{adjacent_down}))(?:{GAP}+{between}|(?<=\p{{Ll}}))\Z", ci)
        # "taking the total tally since the start of the year to over 20,000": a total's new level (up to 14 words between)
        self.total_to = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'total_verbs')})(?:{GAP}+[\p{{L}}\p{{N}}’'-]+){{1,14}}{GAP}+"
            rf"(?:{lex.pattern(d, 'level_after_change')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", back)
        self.motion_verb = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'motion_verbs')}){GAP}+\Z", back)
        self.plus_word = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('numbers', 'plus')}){GAP}+\Z", ci)
        # "outlying Clark County, off 0.9 percent", "the index was off 2%": "off" after a break or a copula is a fall (not
        # "laid off 300 workers", "wrote off $5 million")
        self.off_word = lex.compile(rf"(?:[,–—]|(?<![\p{{L}}])(?:{lex.pattern('subject', 'auxiliaries')})){GAP}+(?:{lex.pattern(d, 'off')})"
                                    rf"{GAP}+(?:(?:{quals}){GAP}+)*\Z", back) if lex.words(d, "off") else None
        self.particle_verb = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'particle_verbs')}){GAP}+\Z", back)
        # "fell 5 percent and injuries 7 percent": an amount after "and" and a noun takes the clause's change.
        # not when the clause has a verb of its own: "it dropped below 5 percent, and now it is around 5 percent"
        own_verb = lex.alternation(w.lower() for w in lex.words("subject", "verbs") + lex.words("subject", "level_verbs"))
        self.ellipsis = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'ellipsis')}){GAP}+(?:(?!(?:{own_verb}|{quals})(?![\p{{L}}]))\p{{L}}[\p{{L}}-]*{GAP}+){{1,4}}"
            rf"(?:(?:{quals}){GAP}+)*\Z", back)   # (a qualifier is no noun: "... – and over half")
        # "rose 5% in May and 7% in June": "and" alone before the amount, where or when after it (maybe past a bracket:
        # "approximately 66,500 (1.5%) over the previous year")
        # "a 3.3% increase, Anglesey 3.6%, Conwy 3.7%": a share after a comma and a capitalised name, an item of a list of
        # names and their shares after the first's change
        self.named_item = lex.compile(rf",{GAP}+(?:(?-i:\p{{Lu}})[\p{{L}}'’-]*{GAP}+){{1,3}}\Z", back)
        self.and_alone = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'ellipsis')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", back)
        # ... the change's own amount right after its word, the one the "and" adds to ("rose 5% in May and 7% in June";
        # not "moderated to 4.7 per cent with a value of RM907.2 billion ... and RM1,055.2 billion at current prices")
        # (a spelled number too: "down three per cent, including eight per cent on P.E.I.")
        spelled = lex.alternation(lex.spelled_number_words)
        self.amount_after = lex.compile(rf"{GAP}+{between}(?:[^\s\p{{L}}]{{0,3}}\p{{N}}|(?:{spelled})(?![\p{{L}}]))", ci)
        # ("down from 2,804 in the third quarter and 2,950 in the first": a level the change came from, and another)
        self.from_figure = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+[^\s\p{{L}}]{{0,2}}\p{{N}}", ci)
        self.ellipsis_after = lex.compile(rf"(?:{GAP}*\([^()\n]{{1,30}}\))?{GAP}+(?:{lex.pattern(d, 'ellipsis_after')})(?![\p{{L}}])", ci)
        # "убийств сократилось на 27%, разбойных нападений – почти наполовину": a noun and a dash stand for the change
        # "Japan [12.9%]", "Australia [2,991 or 11.2% to 23,755]": an item of a list, a name and its figures in brackets
        self.bracket_item = lex.compile(rf"(?P<name>\p{{L}}[\p{{L}}’'.]*){GAP}*[\[(]{GAP}*(?:\p{{N}}[\p{{N}}.,]*{GAP}+\p{{L}}{{1,3}}{GAP}+)?\Z", back)
        self.dash_ellipsis = lex.compile(rf"\p{{L}}{GAP}*[–—]{GAP}*(?:(?:{quals}){GAP}+)*\Z", back)
        # (a comma may close an aside the amount ends: "До 15,5 тыс., или на 2,4%, выросло число")
        self.change_right = lex.compile(rf"(?:{GAP}*,)?{GAP}+(?:(?P<up>{up})|(?P<down>{down}))(?![\p{{L}}])", ci)
        self.noun_change_right = lex.compile(rf"{GAP}+\p{{L}}[\p{{L}}-]*{GAP}+(?:(?P<up>{up})|(?P<down>{down}))(?![\p{{L}}])", ci)   # "на 5,2 тысяч человек сократилось"
        period = rf"\d{{1,4}}(?={GAP}+(?:{lex.pattern('time', 'period_units')})(?![\p{{L}}]))"   # ("за 10 лет": a period's number)
        self.timed_change_right = lex.compile(rf"{GAP}+(?:{lex.pattern('words', 'prepositions')}){GAP}+(?:[^\d\n,.;:!?()«»\"]|{period}){{1,60}}?{GAP}+(?:(?P<up>{up})|(?P<down>{down}))(?![\p{{L}}])", ci) \
            if lex.data["grammar"]["subject_after_change"] else None   # "на 10 процентов в январе ... увеличились": a time or a place, then the verb
        # "more than 1.4 tons": a comparative that opens a bound of another figure, not a change
        self.qualifier_rest = lex.compile(rf"(?:{quals}){GAP}*", ci)   # "upwards of 70 per cent": a bound's words, no change
        self.bound_start = lex.compile(rf"(?:{quals}){GAP}+[^\s\p{{L}}]{{0,2}}\p{{N}}", ci)
        self.own_qualifier = EndAnchored(lex.compile, rf"(?<![\p{{L}}])(?:(?:{quals}){GAP}+)+\Z", ci)
        # "dropped below 5 percent", "опустилась ниже 5%": the level a change passed
        self.passed_level = lex.compile(
            rf"(?<![\p{{L}}])(?:{up}|{down}){GAP}+(?:{lex.pattern(d, 'level_bound_after_change')}){GAP}+\Z", back)
        # "down by 0.65 percentage point": "by" and a figure after a comparative, whose size that figure is
        self.by_figure = lex.compile(rf"{GAP}+{unrequired(lex.pattern(d, 'by_alone'))}{GAP}+[^\s\p{{L}}]{{0,3}}\p{{N}}", ci)
        # "from a fall of": an event's change named with an indefinite article (not "up from the gains of 3,900", a level)
        self.from_a_change = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+(?:{lex.pattern('numbers', 'article_one')}){GAP}+\p{{L}}", ci) \
            if lex.words("numbers", "article_one") else None
        # "fell from 494,100 to 470,100", "сократилось с 3100 до 2750": the value a change starts from is a level
        self.from_level = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+{lex.figure_named}(?:(?:{quals}){GAP}+)*\Z", ci)
        # "с 381,1 тыс. до 526,7 тыс.", "from 2.9 trillion to 2.4 trillion": the value a change arrives at is a level too
        self.from_to = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+[^\s\p{{L}}]{{0,2}}\p{{N}}[\p{{N}}.,\u00a0\u202f]*"
            rf"(?:{GAP}*[\p{{L}}%$€£₽.]+){{0,2}}{GAP}+(?:{lex.pattern(d, 'level_after_change')}){GAP}+(?:(?:{approx}){GAP}+)*\Z", ci)
        # "rose by up to 5%": "by" before the bound makes it the change's size, not the level reached
        self.by_end = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'by_alone')}){GAP}+\Z", back)
        # ... as does "of" after a change noun: "reductions of up to £30 per head", "a rise of up to 5%"
        self.of_end = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('subject', 'of')}){GAP}+\Z", back)
        # "up to 500,000": a bound, not "to" after a change
        self.bound_to = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(w.lower() for w in q['at_most'] if ' ' in w)}){GAP}*\Z", back)
        # "by around": the amount of a change whose word stands earlier in the clause.
        self.by = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'by_alone')}){GAP}+{between}\Z", ci)   # "by a further"
        # "непродовольственных товаров - на 0,8%": an item of a list of changes, a noun, a dash and "by"
        def dashed(words: list[str]) -> regex.Pattern:
            # (a name may end in a number it is hyphenated to: "Аи-92 - на 0,18%")
            return lex.compile(rf"\p{{L}}(?:[-‑]\p{{N}}+)?{GAP}*[–—-]{GAP}*(?:{lex.alternation(words)}){GAP}+{between}\Z", ci)
        self.dash_by = dashed(lex.words(d, "by_alone"))
        # "свинину, чай – по 2%": such an item whose size each of its nouns changed by
        self.dash_each = dashed(lex.words(d, "by_each")) if lex.words(d, "by_each") else None
        # "a surplus of +3.5%", "-15.3% from 74.5%": a sign that is the level's own, after a level's noun and
        # "of", or before "from" and the level it moved from
        level_nouns = lex.words(d, "signed_levels")
        self.signed_level = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.alternation(level_nouns)}){GAP}+(?:{lex.pattern('subject', 'of')}){GAP}*\Z", back) if level_nouns else None
        self.level_from = lex.compile(rf"{GAP}+{unrequired(lex.pattern('ranges', 'from'))}{GAP}+[+−–-]?(?!(?:1[89]|20)\d\d(?!\p{{N}}))\p{{N}}", ci)
        self._read_comparisons(lex, up, down, quals, approx, between)

    def _read_comparisons(self, lex: Lexicon, up: str, down: str, quals: str, approx: str, between: str) -> None:
        """The patterns of changes said by a comparative or a change noun ("на 15% меньше", "a 4.5-percent rise")."""
        d, ci = "direction", regex.VERBOSE | regex.IGNORECASE
        back = ci | regex.REVERSE
        self.comparatives = {**lex.table(d, "after"), **lex.table(d, "verbs_after")}   # (the verbs only right after an amount)
        self.counted_changes = frozenset(lex.words(d, "counted_changes"))
        self.multiplier_changes = lex.table("multipliers", "changes")
        comparatives = lex.alternation(lex.table(d, "after"))
        # the change words a "by" number may take its direction from, comparatives included ("на 24,4% меньше грабежей, на 25% – краж")
        up_any = rf"{up}|{lex.pattern(d, 'up_nouns')}"
        down_any = rf"{down}|{lex.pattern(d, 'down_nouns')}"
        self.change_or_comparative = lex.compile(
            rf"(?<![\p{{L}}])(?:(?P<up>{up_any})|(?P<down>{down_any})|(?P<c>{comparatives})|(?P<n>{lex.pattern('multipliers', 'verbs')}))(?![\p{{L}}])", ci)
        nouns_only = rf"(?P<up>{lex.pattern(d, 'up_nouns')})|(?P<down>{lex.pattern(d, 'down_nouns')})"
        # "the decline was 10%", "снижение составило 10%": a change named by its noun, then its size,
        # perhaps with an aside between ("снижение ВВП, по последним данным, составило 0,2%") or a year in its words
        # ("the increase in the RPI over the twelve months to March 2018 was 3.2%")
        aside = rf"(?:,{GAP}+(?:[\p{{L}}-]+{GAP}+){{0,4}}[\p{{L}}-]+,)?"
        measure = lex.words(d, "measure_changes")   # "natural increase was 130,800": a measure, not a change
        not_measure = rf"(?<!(?<![\p{{L}}])(?:{lex.alternation(measure)}){GAP}+)" if measure else ""
        # (the size may follow words of the change's "by" that are no preposition: "прирост составил всего 3,7%")
        prepositions = set(lex.words("words", "prepositions"))
        # (one alternation of both lists: a word in each, "около", would match two ways at every repeat, and a run of
        # them would take time exponential in its length)
        q = lex.data["qualifiers"]
        qualifier_words = [w.lower() for w in q["approx"] + q["averages"] + q["at_least"] + q["at_most"]]
        # ("the lowest increase over that period was the 19 per cent recorded in Dublin": an article too)
        sized = lex.alternation(sorted({w for w in lex.words(d, 'by') if w not in prepositions} | set(qualifier_words)
                                       | set(lex.words("time", "articles"))))
        self.noun_then_level = lex.compile(
            rf"(?<![\p{{L}}]){not_measure}(?:{nouns_only})(?:{GAP}+(?:[\p{{L}}-]+|(?:19|20)\d\d(?![\p{{N}}])\.?)){{0,10}}{aside}{GAP}+"
            rf"(?:{lex.alternation(lex.words('subject', 'level_verbs'))}){GAP}+(?:(?:{sized}){GAP}+)*\Z", back)
        # ... or a dash, the change's noun right before it or before one word, not after a preposition ("по округу прирост
        # — 1,9%", "Рост ВВП — 5%"; not "долю в общем сокращении численности населения - 82,2%")
        self.noun_then_dash = lex.compile(rf"(?<![\p{{L}}]){not_measure}(?:{nouns_only})(?:{GAP}+[\p{{L}}-]+)?{GAP}+[–—-]{GAP}+(?:(?:{quals}){GAP}+)*\Z", back)
        self.preposition_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('words', 'prepositions')}){GAP}+\Z", ci)
        # ... or before a word or two ("долю в общем сокращении", "a share of the total increase")
        self.preposition_near = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('words', 'prepositions')}){GAP}+(?:[\p{{L}}-]+{GAP}+){{0,2}}\Z", ci)
        # ... or a line that opens with the change's noun, three words after it at most, then a dash ("Рост сферы
        # строительства – 25%", "Growth in retail sales – 3.5%"): a list of changes, one a line
        self.noun_line_dash = lex.compile(rf"(?<![^\n])[ \t•·*]*{not_measure}(?:{nouns_only})(?:{GAP}+[\p{{L}}-]+){{0,3}}{GAP}+[–—-]{GAP}+"
                                          rf"(?:(?:{quals}){GAP}+)*\Z", back)
        # "growth of both wages (13%) and real incomes (8.1%)": the size of a change, in brackets after what changed
        self.noun_then_bracket = lex.compile(   # ... or after a verb: "decreased the number of homicides (7.5%)"
            rf"(?<![\p{{L}}])(?:(?P<up>{up_any})|(?P<down>{down_any}))(?![\p{{L}}])[^.;!?()\n]{{1,60}}"
            rf"(?:\([^()\n]{{1,20}}\)[^.;:!?()\n]{{1,40}})?\({GAP}*\Z", ci)
        # "had the biggest rise in the region last year - 11 per cent", "наибольший рост отмечен в Актобе – 1,6%": a change,
        # where or when it was, then a spaced dash and its size (no figure, clause end or bracket between)
        self.change_then_dash = lex.compile(
            rf"(?<![\p{{L}}])(?:(?P<up>{up_any})|(?P<down>{down_any}))(?![\p{{L}}])[^.;:!?()\n\d–—]{{1,60}}?{GAP}[–—-]{GAP}+"
            rf"(?:(?:{quals}){GAP}+)*\Z", ci)
        # "was considerably lower in Greater Accra (0.2%)": a comparative after a copula compares levels; the bracket holds one
        single = lex.alternation(w for w in lex.table(d, "after") if " " not in w)
        self.copula_comparative = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('subject', 'copulas')})(?:{GAP}+\p{{L}}+)?{GAP}+(?:{single})\Z", ci)
        # "an increase in exports of 5%", "a reduction in the cost of the service of 41%": what changed after "in", then "of"
        noun_in = lex.words(d, "noun_in")
        self.noun_in_of = lex.compile(
            rf"(?<![\p{{L}}])(?:{nouns_only}){GAP}+(?:{lex.alternation(noun_in)})(?:{GAP}+[\p{{L}}'’-]+){{1,6}}{GAP}+"
            rf"(?:{lex.pattern('subject', 'of')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", back) if noun_in else None
        # "a growth of 8%", "economic growth at 5.2 percent": a change's noun, then its size; not an average's
        # ("an average growth of 1.1%" is the level of a rate)
        noun_of, averaged = lex.words(d, "noun_of"), lex.words(d, "averaged_changes")
        not_averaged = rf"(?<!(?<![\p{{L}}])(?:{lex.alternation(averaged)}){GAP}+(?:\p{{L}}+{GAP}+)?)" if averaged else ""
        self.noun_of = lex.compile(
            rf"(?<![\p{{L}}]){not_averaged}(?:{nouns_only}){GAP}+(?:{lex.alternation(noun_of)}){GAP}+(?:(?:{quals}){GAP}+)*\Z",
            ci) if noun_of else None
        # "a loss of 1,800 jobs": a noun that is a fall when it counts (not "a loss of $5 million": an amount)
        losses = lex.words(d, "count_loss_nouns")
        self.count_loss = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(losses)}){GAP}+(?:{lex.pattern('subject', 'of')}){GAP}+(?:(?:{quals}){GAP}+)*\Z",
                                      back) if losses else None
        # "меньше на 15%", "больше на целых 1,4%": a comparative, then the size of the difference.
        self.comparative_before = lex.compile(
            rf"(?<![\p{{L}}])(?P<c>{comparatives}){GAP}+(?:{lex.pattern(d, 'by_alone')}){GAP}+{between}\Z", ci)
        self.comparative_multiplier = lex.compile(
            rf"(?<![\p{{L}}])(?P<c>{comparatives}){GAP}+(?:(?:{approx}){GAP}+)*\Z", ci)
        nouns = rf"(?P<up>{lex.pattern(d, 'up_nouns')})|(?P<down>{lex.pattern(d, 'down_nouns')})"
        # "Job increases were recorded in the following sectors:": the change a list's heading names
        heading_nouns = rf"(?P<up>{lex.pattern(d, 'up_nouns')})|(?P<down>{lex.pattern(d, 'down_nouns')}|{lex.pattern(d, 'heading_down_nouns')})"
        self.heading_change = lex.compile(rf"(?<![\p{{L}}])(?:{heading_nouns})(?![\p{{L}}])", ci)
        # "showed the following increases:": a noun of change that ends a list's lead, right before its colon
        self.colon_noun = lex.compile(rf"(?<![\p{{L}}])(?:{heading_nouns})[ \t\u00a0]*\Z", ci)
        # "17%: Decline in maple syrup production": a line's figure, then a colon and the change it is the size of
        articles = rf"(?:(?:{lex.pattern('time', 'articles')}){GAP}+)?" if lex.words("time", "articles") else ""
        self.colon_change = lex.compile(rf"[ \t\u00a0]*{unrequired(':')}[ \t\u00a0]*{articles}(?:{nouns})(?![\p{{L}}])", ci)
        # "a 4.5-percent rise", "10% annual growth", "a five per cent property tax levy increase", "6% in raises".
        # (the words between are the noun's own, not "and" or another function word: "2940 граммов и ростом 49 см" is a
        # height, not a rise; "5% of the increase" a share of it; a bracket may stand between, the same change restated,
        # or close after it: "a €34m (23%) increase")
        coordinators = lex.pattern("words", "coordinators")
        between = rf"(?!(?:{coordinators}|{lex.pattern('words', 'function')}){GAP})\p{{L}}[\p{{L}}-]*{GAP}+"
        size_in = rf"(?:(?:{lex.pattern(d, 'size_in')}){GAP}+(?=(?:{between}){{0,2}}(?:{nouns})(?!{GAP}*\p{{L}})))?" if lex.words(d, "size_in") else ""
        self.noun_after = lex.compile(rf"(?:\)|{GAP}*\([^()\n]{{1,40}}\))?(?:{GAP}+|-){size_in}(?:{between}){{0,3}}(?:{nouns})(?![\p{{L}}])", ci)
        # "164 млрд рублей с ростом на 9,2%": that change noun has its own size after it
        self.own_size = lex.compile(rf"{GAP}+{unrequired(lex.pattern(d, 'by_alone'))}{GAP}+\p{{N}}", ci)
        self.than = lex.compile(rf"{COMMA_GAP}{unrequired(lex.pattern('time', 'comparison'))}(?![\p{{L}}])", ci)
        # "9 percent fewer", and "5%, less than in 2023" (a comma, then a comparison)
        # ("$200 a week less": a rate's time between)
        rate = rf"(?:(?:{lex.pattern('numbers', 'article_one')}|{lex.pattern('subject', 'per')}){GAP}+(?:{lex.pattern('not_claims', 'time_units')}){GAP}+)?"
        # (a bracket may close between: "родились на 262 ребенка (на 0,3%) меньше"; or stand whole between, the same change
        # counted: "6% (77) more than in 2018", "на 6% (77 человек) больше")
        self.comparative_after = lex.compile(rf"(?:\){GAP}*|{GAP}*\([^()\n]{{1,40}}\){GAP}*)?{GAP}*(?P<comma>,{GAP}*)?{rate}"
                                             rf"(?P<c>{lex.alternation(self.comparatives)})(?![\p{{L}}])", ci)
        # a count, its noun and a comparative, or a comparative and its noun, then the comparison:
        # "на 65 человек меньше, чем год назад", "2,300 fewer prisoners than in 2015", and a second count
        # between that shares it ("65,000 more employed persons and 22,000 fewer unemployed persons than in 2021")
        self.comparative_alone = frozenset(lex.words(d, "comparative_alone"))
        self.comparative_framed = frozenset(lex.words(d, "comparative_framed"))
        frames = lex.words(d, "change_frames")
        self.change_frame = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(frames)})(?![\p{{L}}])" if frames else "(?!)", ci)
        # "что на 1 500 человек меньше, за аналогичный период": after "by", a count's noun and a comparative say the change alone
        # ("на 231 тысячу человек стало больше": a verb of being may come between)
        being = lex.words(d, "comparative_copulas")
        between_verb = rf"(?:{GAP}+(?:{lex.alternation(being)})(?![\p{{L}}]))?" if being else ""
        self.noun_comparative = lex.compile(rf"{GAP}+\p{{L}}[\p{{L}}-]*(?:{GAP}*\([^()\n]{{1,30}}\))?{between_verb}{GAP}+(?P<c>{comparatives})(?![\p{{L}}])", ci)
        # ("with respectively 65, 51 and 39 fewer accidents than in 1999": the counts of a list before share it)
        listed = rf"(?:(?:{GAP}*,|{GAP}+(?:{coordinators})){GAP}+\d(?:[\d,.]|[ \u00a0]\d{{3}})*){{0,6}}"
        self.count_compared = lex.compile(
            rf"{listed}(?:{GAP}+\p{{L}}[\p{{L}}-]*)?(?:{GAP}*\([^()\n]{{1,30}}\))?{GAP}+(?P<c>{comparatives})(?![\p{{L}}])(?:{GAP}+[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}-]*(?:[.,]\p{{N}}+)*){{0,9}}"
            rf"{COMMA_GAP}{unrequired(lex.pattern(d, 'count_compared'))}(?![\p{{L}}])", ci)
