"""What is not a claim: numbers the scan found that state no quantity (years, dates, clock times,
labels, durations, ordinals, denominators, pronouns). Each rule is a small named test, tried in
the order of its table; the first that holds drops the number and names why (``statx extract
--explain`` shows it). Their examples run in tests/test_rules.py."""
from __future__ import annotations

import functools
from decimal import Decimal
from typing import Callable, NamedTuple

import regex

from ..lang import GAP, Lexicon, unrequired
from ..lang.cache import compiled
from ..text.segment import Lines
from ..text.year_counts import counted_before
from .ratios import RatioPatterns, every_without_noun, fraction_of_time, fraction_without_whole, multiplier_without_change, singular_of_many
from .addresses import address_line, address_or_phone, local_phone, postcode
from .year_keys import keyed_by_year
from .money import unknown_currency
from .names import in_name
from .ranks import rank_field
from .clocks import CLOCK, calendar_day, clock_dash, clock_hours, clock_list, clock_run, clock_time, date, dotted_dates, log_time, programme_line, timetable_row
from .packages import package_size
from .durations import CLAUSE_REACH, duration_patterns
from .years import copyright_year, index_base, is_year, price_base_year, spoken_year
from .sport import SportPatterns, ball_by_ball, batting_line, chess_move, field_mark, fixture_round, fixture_time, head_to_head, innings_total, ladder_line, match_line, multiplier_event, play_length, player_number, standings_list, race_distance, race_event, result_line, result_place, score, score_line, scorer_minute, shirt_number, sports_table, standing, weight_class
from .furniture import (NUMBER_BEFORE, FurniturePatterns, acronym_code, axis_tick, vote_counter, vote_tally, rate_quote, before_code, before_link, file_size, ordinal_amount, age, age_mark, code_value, law_article, lettered_label, product_grade, word_in_name, contents_page, cue_number, line_number, page_counter, page_furniture,
                        numbered_heading, section_number, side_of_size, speaker_number, talk_count, unit_of_price, unit_power)
from .prices import fee_schedule, price_grid, price_list_item, price_listing, tariff
from .mention import COUNT, PLAIN, SHARES, Form, Mention, UnitKind

BEFORE = 30   # characters before a number where a label or a rate's "per" stands

_LETTER_AFTER = compiled(r"\p{L}")   # letters glued after a number; but thousands grouped by commas, then a word, lost a space
_GROUPED_WORD = compiled(r"\d{1,3}(?:,\d{3})+\p{Ll}{3}")
_YEAR_DASH = compiled(r"(?<!\d)(?:1[89]|20)\d\d[-–—/]\Z")   # "2012-" before the "17" of "2012-17"
_YEAR_SPACED_DASH = compiled(r"(?<!\d)((?:1[89]|20)\d\d)[ \t]*[-–—][ \t]*\Z")   # "2022 -" before the "23" of "2022 -23"
_COORDINATE = compiled(r"[ \t]?[°º][ \t]?[NSEWСЮЗВ]\b|[ \t]?[°º][ \t]?\d")   # "28.61°N", "55°45′"
_ASSIGNED = compiled(r"[\p{L}\p{N}_]=[ \t]?[\"']?\Z")   # "bits=256", 'width="100%"': a value in code, markup or a log, not a count


class NotClaimPatterns:
    """The words and patterns of one language that the rules below use."""

    def __init__(self, lex: Lexicon):
        ci = regex.IGNORECASE
        # Patterns that end where the number starts and of which only whether they match is used are
        # searched backwards: from the window's end, not from every place of it
        back = ci | regex.REVERSE
        nc = "not_claims"
        q = lex.data["qualifiers"]
        self.lex = lex
        self._read_labels(lex)
        # "in week 17", "on day 3": a period numbered in its year or its course (a count only with its noun after it)
        periods = lex.words(nc, "numbered_periods")
        self.numbered_period = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(periods)})(?P<hyphen>-)?{GAP}*\Z", back) if periods else None
        fiscal = lex.words("time", "fiscal_year")   # "FY 12": a fiscal year by its last two digits
        self.fiscal_label = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(fiscal)}){GAP}*\Z", back) if fiscal else None
        after = lex.words(nc, "numbered_after")   # "завершился 13 тур": a round's number, its noun after it in the nominative
        parts = lex.alternation(lex.words(nc, "year_parts_after"))   # "в 1 полугодии": which of a year's parts (none: "(?!)")
        self.numbered_after = lex.compile(rf"{GAP}+(?:(?P<part>{parts})|{lex.alternation(after)})(?![\p{{L}}])", ci) if after else None
        # "Автомобильный код региона: 38, 85, 138": an identifier's noun, up to two words, a colon, a list
        self.identifier = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'identifiers')})(?:{GAP}+[\p{{L}}-]+){{0,2}}{GAP}*:{GAP}*(?:\d+{GAP}*[,;]{GAP}*){{0,8}}\Z", back)
        self.furniture = FurniturePatterns(lex)
        numbers, after = lex.words(nc, "emergency_numbers"), lex.words(nc, "emergency_after")
        self.emergency_numbers = frozenset(numbers)
        self.emergency_after = lex.compile(rf"{GAP}+(?:{lex.alternation(after)})(?![\p{{L}}])", ci) if after else None
        self.time_zone = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'time_zones')}){GAP}*[+−-]{GAP}*\Z", back)
        # "300 B.C.", "AD 79": a year of an era (the mark a whole word: not the "ad" of "ad 5 times"; case as written below)
        self.era_after = lex.compile(rf"{GAP}+(?:{lex.pattern(nc, 'era_after')})(?![\p{{L}}])", ci)
        before = lex.words(nc, "era_before")
        self.era_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(before)}){GAP}+\Z", back) if before else None
        # "per 100,000 people", and a unit a price is per ("¢800 per bag of 64 kilogrammes")
        self.rate = lex.compile(rf"(?<![\p{{L}}])(?:(?:{lex.pattern(nc, 'rate_before')})|(?:{lex.pattern('subject', 'per')})"
                                rf"(?:{GAP}+\p{{L}}[\p{{L}}-]*){{1,2}}{GAP}+(?:{lex.pattern('subject', 'of')})){GAP}+\Z", back)
        # "51,8 человека на 1 кв. км": a figure, its noun (no time's: not "в 2023 году на 10"), then "на" ("per")
        self.per_after_figure = lex.compile(rf"(?<![\p{{L}}\p{{N}}])\d(?:[\d,.\u00a0 ]*\d)?{GAP}+(?!(?:{lex.pattern(nc, 'time_units')})(?![\p{{L}}]))"
                                            rf"\p{{L}}[\p{{L}}.-]*{GAP}+(?:{lex.pattern('subject', 'per')}){GAP}+\Z", back)
        # "0.7053 per $100 valuation": a bare number right before "per" and the round amount a rate is per
        self.per_after_number = lex.compile(rf"(?<![\p{{L}}\p{{N}}])\d(?:[\d,.]*\d)?{GAP}+(?:{lex.pattern('subject', 'per')}){GAP}+\Z", back)
        self.denominator = lex.compile(   # "in 38 of the 44 forces": the second figure is the whole
            rf"(?:(?<![\p{{L}}\p{{N}}.,])\d(?:[\d,.]*\d)?|(?<![\p{{L}}])(?:{lex.alternation(lex.number_words)})){GAP}+(?:{lex.pattern(nc, 'denominator_before')}){GAP}+\Z", ci)
        time_units = lex.pattern(nc, "time_units")
        # "153002 г. Иваново": a town's mark and name after a postal code
        self.town_after = lex.compile(rf"[ \t]*,?[ \t]*(?:{lex.pattern(nc, 'town_marks')})[ \t]*\p{{Lu}}")
        self.time_after = lex.compile(   # not "988 годом ранее", a figure and when it was
            rf"(?!{GAP}+{unrequired(lex.pattern(nc, 'time_phrases_after'))}(?![\p{{L}}]))"
            rf"(?:{GAP}+(?:{lex.pattern(nc, 'time_adjectives')}))?(?:{GAP}+|-|{GAP}*-{GAP}*)(?:{time_units})(?![\p{{L}}])", ci)
        # "с 11 до 18 часов", "from 9 to 17 hours": the first end of a pair whose second is a time span or a clock hour
        joiners = lex.alternation({pair[1] for pair in lex.data["ranges"]["between"]} | set(lex.words("ranges", "dashes")))
        self.pair_time_after = lex.compile(rf"(?:{GAP}+|{GAP}*(?=[-–—])){unrequired(joiners)}{GAP}*\d{{1,2}}(?![\d.,:])", ci)
        self.stays_after = lex.compile(rf"{GAP}+(?:{lex.pattern(nc, 'stay_units')})(?![\p{{L}}])", ci)   # "674,521 nights"
        self.time_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'time_before')}){GAP}+(?:{lex.pattern('direction', 'by_alone')}|{lex.pattern('qualifiers', 'approx')}){GAP}*\Z", back)
        self.counted_after = lex.compile(rf"{GAP}+(?!(?:{unrequired(lex.pattern(nc, 'time_span_after'))})(?![\p{{L}}]))\p{{L}}", ci)
        self.hyphen_word = lex.compile(r"[-–]\p{L}")   # (an en dash typed for the hyphen: "814–летия")
        endings = lex.words(nc, "compound_adjective_endings")
        self.compound_adjective = lex.compile(rf"{GAP}+\p{{L}}{{3,}}(?:{lex.alternation(endings)})(?![\p{{L}}\p{{N}}-])", ci) if endings else None
        # "John Smith, 45, was arrested": a person's name and surname (or title), then the age between commas
        nexts, endings = lex.words(nc, "age_after_name"), lex.words(nc, "age_after_name_endings")
        self.name_before = compiled(r"(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2},[ \t]*\Z", regex.REVERSE)
        self.age_after = lex.compile(rf",{GAP}+(?:{lex.alternation(nexts)}|\p{{Ll}}+(?:{lex.alternation(endings)}))(?![\p{{L}}])") \
            if nexts else None
        self._read_clocks(lex)
        self.street_after = lex.compile(
            rf"{GAP}+(?:(?-i:\p{{Lu}})(?:\.|[\p{{L}}-]*){GAP}+){{1,2}}(?:{lex.pattern(nc, 'street_after')})(?![\p{{L}}])", ci)   # (a capital even under IGNORECASE;
        # a compass point's letter: "4120 E. Cactus Drive")
        self.street_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'street_before')})(?:{GAP}*(?:(?-i:\p{{Lu}})[\p{{L}}-]*{GAP}*){{1,3}}|(?=,))"
            rf"(?:,?{GAP}*|\({GAP}*(?:\p{{N}}[\p{{N}}\p{{L}}/-]*{GAP}*,{GAP}*){{0,20}})\Z", back)   # "ул. Мира, 38", "улице Мира (31, 33)", "Школьная улица, 3"
        # "Адрес: Махачкала, Джангишиева, 10": an address's label that opens a line (matched at the line's start only,
        # so a text on one long line costs one short match a number)
        label = rf"(?:{lex.pattern(nc, 'address_labels')})[ \t]*:"
        self.address_line = lex.compile(rf"[ \t]{{0,20}}+{unrequired(label)}", ci)
        # "the following three reports:": a count of what is about to be listed
        self.reference_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'reference_before')}){GAP}+\Z", back) \
            if lex.words(nc, "reference_before") else None
        self.rate_preposition = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'rate_prepositions')}){GAP}+\Z", back)
        scale = rf"(?:{lex.alternation(lex.words('scales', 'abbreviations'))})\.?|{lex.alternation(lex.scale_words)}"
        self.rate_noun = lex.compile(rf"(?:{GAP}+(?:{scale}))?{GAP}+(?:{lex.pattern(nc, 'rate_nouns')})(?![\p{{L}}])", ci)
        heads = lex.words(nc, "rate_heads")   # "коэффициент рождаемости на [1000] человек": a rate's noun before its denominator
        self.rate_head = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(heads)})\p{{L}}*(?:{GAP}+\p{{L}}+){{0,4}}{GAP}+\Z", back) if heads else None
        near = lex.words(nc, "rate_heads_near")   # "количество разводов на [1000] человек": a count's noun and what it counts
        self.person_after = lex.compile(rf"{GAP}+(?:{lex.pattern('subject', 'person_nouns')}|{lex.pattern(nc, 'rate_nouns')})(?![\p{{L}}])", ci)
        self.rate_head_near = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(near)}){GAP}+\p{{L}}+{GAP}+\Z", back) if near else None
        # "на 1000 браков пришлось 686 разводов": the denominator's noun, then a verb that gives the rate's own count
        self.rate_verb = lex.compile(rf"(?:{GAP}+\p{{L}}+){{1,2}}{GAP}+" + unrequired(lex.pattern(nc, "rate_verbs")) + r"(?![\p{L}])", ci)
        self.qualifier_after = lex.compile(rf"(?:{lex.alternation(w.lower() for w in q['after_approx'] + q['after_at_least'] + q['after_at_most'])})(?![\p{{L}}])", ci)
        self.ordinal_after = lex.compile(rf"{GAP}*-?(?:{lex.pattern(nc, 'after')})(?![\p{{L}}])", ci)
        singular = lex.words(nc, "genitive_singular")
        self.singular_after = lex.compile(rf"{GAP}+(?:{lex.alternation(singular)})(?![\p{{L}}])", ci) if singular else None
        self.ordinal_word_after = lex.compile(rf"{GAP}+(?:{lex.alternation(lex.table('fractions', 'ordinals'))})(?![\p{{L}}-])", ci)
        self._read_dates(lex)
        self._read_pronouns(lex)
        self.compared_next = lex.compile(rf"{GAP}+(?:{lex.pattern('time', 'baseline_figure')}){GAP}+\p{{N}}", ci)   # "2009786 против 2020133"
        self.anaphoric = lex.compile(rf"(?<![\p{{L}}])(?<!(?<![\p{{L}}])(?:{lex.pattern(nc, 'anaphoric_not_after')}){GAP}+)"
                                     rf"(?:{lex.pattern(nc, 'anaphoric')}){GAP}+\Z", back)
        self.next_word = lex.compile(rf"{GAP}*(?P<w>[\p{{L}}][\p{{L}}'’-]*)")
        self.function_words = frozenset(lex.words("words", "function"))
        times = lex.words("multipliers", "needs_before")   # "33 раза выезжали": how many times something happened
        self.occurrences_after = lex.compile(rf"{GAP}+{unrequired(lex.alternation(times))}(?![\p{{L}}])", ci) if times else None
        self.count_modifiers = frozenset(lex.words("words", "count_modifiers"))
        self.of_after = lex.compile(rf"{GAP}+{unrequired(lex.pattern('subject', 'of'))}{GAP}+\p{{L}}", ci)
        self.sport = SportPatterns(lex)   # numbers/sport.py
        # "the largest two groups", "the top three": a rank, not a count
        self.ranking = lex.compile(
            rf"(?<![\p{{L}}])(?:(?:{lex.pattern('time', 'articles')}){GAP}+(?:\p{{L}}+(?:{lex.alternation(lex.words(nc, 'superlative_endings'))})|{lex.pattern(nc, 'ranks')})"
            rf"|{unrequired(lex.pattern(nc, 'ranks_alone'))})(?:{GAP}+|-)\Z", ci) \
            if lex.words(nc, "superlative_endings") else None
        groups = lex.words(nc, "group_ranks")   # "lowest 10%:", a group of a distribution
        self.group_rank = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(groups)}){GAP}+\Z", ci) if groups else None
        ranked = lex.words(nc, "superlatives_after")   # "the three largest groups": an article, the number, a superlative
        self.ranked = lex.compile(rf"{GAP}+(?:{lex.alternation(ranked)})(?![\p{{L}}])", ci) if ranked else None
        # ... an article, a possessive or a name's possessive before the number ("our two biggest", "Queensland's two biggest")
        owners = lex.alternation(dict.fromkeys(lex.words("time", "articles") + lex.words("subject", "object_markers")))
        owned = rf"|\p{{L}}+(?:{lex.pattern('time', 'possessive')})" if lex.words("time", "possessive") else ""
        self.article_before = lex.compile(rf"(?:(?<![\p{{L}}])(?:{owners}){owned}){GAP}+\Z", ci)
        self.ratios = RatioPatterns(lex)   # fractions, multipliers: numbers/ratios.py
        self.word_before = lex.compile(r"(?<![\p{L}\p{N}])(?P<w>\p{L}[\p{L}-]*)[ \u00a0]\Z")
        self.sentence_start = lex.compile(r"(?:^|[.!?:;\n]\s*[«\"“(]?\s*)\Z")

    def _read_pronouns(self, lex: Lexicon) -> None:
        """The words that make a number word a pronoun ("one of them"), and the figures around it that make it a count."""
        back = regex.IGNORECASE | regex.REVERSE
        self.pronoun_like = frozenset(lex.words("numbers", "pronoun_like"))
        self.idiom = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('numbers', 'idioms')})(?![\p{{L}}])", regex.IGNORECASE)
        self.i_verb = lex.compile(rf"{GAP}+(?:{lex.alternation(i_verbs)})(?![\p{{L}}])") if (i_verbs := lex.words("numbers", "i_verbs")) else None
        # "up 11 versus one", "from 16 to one": a number word compared with a figure is a figure too
        # "up 11 versus one", "three murders compared to one": a figure, maybe its noun, and the word that compares
        self.compared_figure = lex.compile(rf"(?:\p{{N}}%?|(?<![\p{{L}}])(?:{lex.alternation(lex.spelled_number_words)}))(?:{GAP}+\p{{L}}[\p{{L}}-]*){{0,2}}"
                                           rf"{GAP}+(?:{lex.pattern('time', 'baseline_figure')}){GAP}+\Z", back)
        # "52 were in Selangor, 15 in Penang ... and one in Kedah": the last item of a list of counts (not "one of them")
        # (a number word that is itself a pronoun's opens no list: "одной страной, одной нацией")
        counting_words = lex.alternation(w for w in lex.spelled_number_words if w.lower() not in self.pronoun_like)
        self.listed_last = lex.compile(rf"(?:(?<![\p{{N}},.])(?!(?:19|20)\d\d(?!\d))\d[\d,.]*|(?<![\p{{L}}])(?:{counting_words}))"
                                       rf"(?:{GAP}+\p{{L}}[\p{{L}}-]*){{1,3}}{GAP}*(?:,|{GAP}(?:{lex.pattern('words', 'coordinators')})){GAP}+\Z", back)
        self.one_of = lex.compile(rf"{GAP}+{unrequired(lex.pattern('subject', 'of'))}(?![\p{{L}}])", regex.IGNORECASE)

    def _read_labels(self, lex: Lexicon) -> None:
        """The words that make a number a label's: "Article 105", "4 is their lucky number"."""
        ci, nc = regex.IGNORECASE, "not_claims"
        designators = lex.alternation(lex.words(nc, 'designators'))
        # "contact the Department at 604-4000 or 604-4015": a word of getting in touch, earlier in the sentence (how far
        # back, addresses.CONTACT_REACH: the window it is searched in)
        self.contact_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'contact_words')})(?![\p{{L}}])[^.!?\n]*\Z",
                                          regex.IGNORECASE | regex.REVERSE)
        self.designator = lex.compile(rf"(?<![\p{{L}}])(?:{designators}):?{GAP}*[\"«“„]?\Z", ci)   # 'цифрами "29"': a figure quoted
        self.number_sign = lex.compile(rf"(?:{lex.pattern(nc, 'number_signs')}){GAP}*\Z")
        self.designator_next = lex.compile(rf"{GAP}*(?:{designators})(?![\p{{L}}])", ci)   # "ст. 12, 13 ст. 20 Закона"
        capitalised = list(lex.data[nc]["capitalised_designators"])   # (as written: the case is the rule)
        self.capitalised_designator = lex.compile(
            rf"(?<![\p{{L}}-])(?:{lex.alternation(capitalised + [w.upper() for w in capitalised])}){GAP}\Z") if capitalised else None
        # ... not as a name's last word ("the Northern District 6,100; Kent 5,000"), a capitalised word before it that is no article
        self.name_word_before = lex.compile(rf"(?<![\p{{L}}])(?!(?i:{lex.pattern('time', 'articles')}){GAP})\p{{Lu}}[\p{{L}}'’.-]*{GAP}+\Z")
        # "sections 2242 to 2244 and 2246": the numbers a designator lists, one after another
        self.designator_chain = lex.compile(
            rf"(?<![\p{{L}}])(?:{designators}):?{GAP}*(?:\d[\d.]*(?:\([\p{{L}}\p{{N}}]{{1,4}}\))*{GAP}*"
            rf"(?:[,;]{GAP}*(?:(?:{lex.pattern(nc, 'designator_joiners')}){GAP}+)?|(?:{lex.pattern(nc, 'designator_joiners')}){GAP}+|[-–—]{GAP}*)){{1,8}}\Z",
            ci | regex.REVERSE)
        # "'24 hours", "’90 days": a quoted phrase that opens with a count of time, no year written short
        self.time_unit_after = lex.compile(rf"{GAP}*[-‑]?{GAP}*(?:{lex.pattern(nc, 'time_units')})(?![\p{{L}}])", ci)
        # "4 is their lucky number", "4 — ваше счастливое число": a number that a copula or a dash makes a number
        self.named_number = lex.compile(
            rf"{GAP}*(?:[–—-]|{GAP}(?:{lex.pattern('subject', 'copulas')}))(?:{GAP}+\p{{L}}+){{0,2}}{GAP}+"
            rf"(?:{lex.pattern(nc, 'number_nouns')})(?![\p{{L}}])(?!{GAP}+(?:{lex.pattern('subject', 'of')})(?![\p{{L}}]))", ci)

    def _read_dates(self, lex: Lexicon) -> None:
        """The words of dates (numbers/clocks.py): months before and after a day, the joins of a span or list of days."""
        ci, months = regex.IGNORECASE, lex.pattern("time", "months")
        self.month_before = lex.compile(rf"(?<![\p{{L}}])(?P<m>{months}){GAP}*\Z", ci)
        self.month_after = lex.compile(rf"{GAP}+(?:(?:{lex.pattern('time', 'month_joiners')}){GAP}+)?(?P<m>{months})(?![\p{{L}}])", ci)
        self.capitalised_months = frozenset(lex.words("time", "months_capitalised_only"))
        self.month_heading = lex.compile(rf"[ \t]*(?:{months})(?:[ \t,]+\d{{4}})?[ \t]*:?[ \t\r]*", ci)   # "MAY 2024" over a calendar's days
        # "с 1 по 23 октября", "from 1 to 23 October", "1, 2, 8 и 9 апреля", "с 18 на 19 января": the first days of a span or a list whose last
        # day the month follows
        joins = lex.alternation({b for _, b in lex.data["ranges"]["between"]} | set(lex.words("ranges", "dashes"))
                                | set(lex.words("words", "coordinators")) | set(lex.words("ranges", "day_span_joiners")))
        self.day_to = lex.compile(rf"(?:{GAP}*(?:,|(?:{joins})(?![\p{{L}}])){GAP}*\d{{1,2}}(?!\d)){{1,6}}", ci)

    def _read_clocks(self, lex: Lexicon) -> None:
        """The words of clock times (numbers/clocks.py): "at", "в" before one, a listing's clock words."""
        nc, ci = "not_claims", regex.IGNORECASE
        back = ci | regex.REVERSE
        self.clock_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'clock_before')}){GAP}+\Z", back)
        # "в 10.30 и 20.05", "at 9.15 or 11.45": a clock time that "at" opens, then a coordinator or a comma
        self.clock_and = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'clock_before')}){GAP}+{CLOCK}"
                                     rf"{GAP}*(?:,|(?:{lex.pattern('words', 'coordinators')})(?![\p{{L}}])){GAP}*\Z", back)
        self.clock_list_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'clock_words')}){GAP}*:{GAP}*\Z", back)
        self.clock_list_after = lex.compile(rf"{GAP}*(?:{lex.pattern(nc, 'clock_words')})(?![\p{{L}}])", ci)
        self.dotted_clocks = bool(lex.data[nc]["dotted_clocks"])

    def noun_follows(self, text: str, pos: int) -> bool:
        """Does a word that could be the counted noun follow ("six sections", "ten other entities")?"""
        w = self.next_word.match(text, pos)
        while w and w.group("w").lower() in self.count_modifiers:
            w = self.next_word.match(text, w.end())
        return bool(w) and w.group("w").lower() not in self.function_words and not self.time_after.match(text, pos)


class Rule(NamedTuple):
    """A named test that holds when a number is not a claim; one that reads ``lines`` is given the
    text with its line breaks as written (a list marker starts a line even in hard-wrapped text)."""

    name: str
    holds: Callable[..., bool]   # (patterns, text, mention), and the lines of the text where ``lines`` says so
    lines: bool = False


def _ends_before(pattern: regex.Pattern, text: str, m: Mention, reach: int = BEFORE) -> bool:
    """Does ``pattern`` match text that ends where the mention starts, within ``reach`` characters?"""
    return bool(pattern.search(text, max(0, m.start - reach), m.start))


def _raw(text: str, m: Mention) -> str:
    return text[m.num_start:m.num_end]


_COLUMN_GAP = compiled(r"[ \t\u00a0]{2,}\Z")   # the blanks between two columns of a line


def legend_word(p: NotClaimPatterns, text: str, m: Mention, lines: Lines) -> bool:
    """"млн.       миллион", "тыс.       тысяча": a number word alone, its column's gap before it and its line's end
    after it, spells out an abbreviation in a legend (a statistical yearbook's "Условные обозначения")."""
    return m.form is Form.WORDS and m.end == m.num_end and _COLUMN_GAP.search(text, max(0, m.start - 8), m.start) is not None \
        and not text[m.end:lines.end(m.start)].strip()


def glued_to_letters(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"5G", "21st", "1990s": a name, an ordinal or a decade; not "519,130offences" nor "445,1 тыс.голов" (a lost space,
    after a scale's abbreviation)."""
    return m.end < len(text) and bool(_LETTER_AFTER.match(text, m.end)) and not _GROUPED_WORD.match(text, m.num_start) \
        and not (m.scale and text[m.end - 1] == ".")


def after_designator(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"Article 105", "No. 5", "Flight 17", "District 5", "N 2км", "sections 2242 to 2244 and 2246", "код региона: 38": a label's number;
    never a share or money ("cut flights 20%") but after a number sign ("№ 25-ПП", a decree's number), nor a quantity
    in millions ("на уровень 1,5 млн т")."""
    if m.unit.kind in (UnitKind.PERCENT, UnitKind.PP, UnitKind.MONEY):
        return _ends_before(p.number_sign, text, m)
    if m.unit.kind is UnitKind.PHYSICAL and m.scale:
        return False   # "на уровень 1,5 млн т": an amount in millions is no label's number
    if _ends_before(p.designator, text, m) or _ends_before(p.identifier, text, m, 90) \
            or p.capitalised_designator is not None and (label := p.capitalised_designator.search(text, max(0, m.start - BEFORE), m.start)) \
            and not p.name_word_before.search(text, max(0, label.start() - BEFORE), label.start()):
        return True
    chain = p.designator_chain.search(text, max(0, m.start - 90), m.start)
    # after a comma a noun may start a count of its own ("Article 228, 1,200 people"); after "and",
    # "и" the number is the chain's ("поезда № 6001 и 6003 отменены")
    return bool(chain) and (not p.noun_follows(text, m.end) or text[chain.start():m.start].rstrip()[-1:] not in ",;"
                            or bool(p.designator_next.match(text, m.end)))


_APOSTROPHE_BEFORE = compiled(r"(?<![\p{L}\p{N}])['’]\Z")   # an apostrophe that opens a word, the digits after it


def short_year(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"the '19 budget", "spend for ’24": a year's last two digits after an apostrophe, not a count (not "'24 hours'",
    a quote that opens with a count of time)."""
    return m.form is Form.DIGITS and not m.scale and m.end == m.num_end and len(_raw(text, m)) == 2 and _raw(text, m).isdigit() \
        and _APOSTROPHE_BEFORE.search(text, max(0, m.num_start - 2), m.num_start) is not None \
        and not p.time_unit_after.match(text, m.end)


def named_number(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"4 is their lucky number", "7 — ваше счастливое число": a number named as a number, not "5,000 is the number of cases"."""
    return not m.scale and bool(p.named_number.match(text, m.end))


def numbered_period(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"Mortality in week 17 is still ...", "on day 3 of the trial", "day five of the Test", "завершился 13 тур", "FY 12":
    the number of a week, a day, a round or a fiscal year, not a count ("every day 30 people die" counts people)."""
    raw = _raw(text, m)
    spelled = m.form is Form.WORDS and m.unit == COUNT and m.value == int(m.value) and m.value <= PERIOD_NUMBERS   # "day five"
    if not spelled and (m.form is not Form.DIGITS or not raw.isdigit() or int(raw) > PERIOD_NUMBERS):
        return False
    if p.fiscal_label is not None and len(raw) == 2 and p.fiscal_label.search(text, max(0, m.start - BEFORE), m.start):
        return True   # "FY 12 ended in the black": the fiscal year 2012
    after = p.numbered_after.match(text, m.end) if p.numbered_after is not None and not spelled else None
    if after and (int(raw) <= YEAR_PARTS if after.group("part") else raw[-1] != "1" or raw[-2:] == "11"):
        return True   # "13 тур", not "21 тур": a count of them would take "туров"; "2 квартал", "1 полугодия"
    period = p.numbered_period.search(text, max(0, m.start - BEFORE), m.start) if p.numbered_period is not None else None
    # (glued by a hyphen, the label stands before a noun too: "their week-five league fixture")
    return period is not None and (period.group("hyphen") is not None or not p.noun_follows(text, m.end))


PERIOD_NUMBERS = 366   # a day of a year at most
STAYS_LEAST = 1000     # nights from here count stays, not a time anyone lived through ("674,521 nights")
YEAR_PARTS = 4         # quarters in a year


def rate_denominator(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"11 deaths per 100,000 people", "¢800 per bag of 64 kilogrammes": the denominator of a rate."""
    return _ends_before(p.rate, text, m)


def round_denominator(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"51,8 человека на 1 кв. км", "3,2 врача на 1000 жителей": a round number (1, 10, 100, ...), no share, after a
    figure, its noun and "на" ("per"), the denominator of that rate (a bare "на" is otherwise a change's size: "выросло
    на 10")."""
    value = m.value if m.value_to is None and m.unit not in SHARES else None
    return value is not None and value >= 1 and value == TEN ** value.adjusted() and _ends_before(p.per_after_figure, text, m)


TEN = Decimal(10)


def unit_denominator(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"¢800 per bag of 64 kilogrammes", "$2 per 100 km": a physical quantity a rate or a price is per
    (not money: "a per capita income of $2,793")."""
    return m.unit.kind is UnitKind.PHYSICAL and rate_denominator(p, text, m)


def money_base(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"a tax rate of 0.7053 per $100 valuation": the round amount of money a rate right before it is per."""
    return m.is_money and m.value_to is None and m.value >= 1 and m.value == TEN ** m.value.adjusted() \
        and _ends_before(p.per_after_number, text, m)


def emergency_number(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"Statistics from the 911 Call Center", "more 911 calls via cell phones": an emergency number, the service's name (not
    "received about 911 calls")."""
    return p.emergency_after is not None and text[m.num_start:m.num_end] in p.emergency_numbers and m.start == m.num_start \
        and p.emergency_after.match(text, m.end) is not None and not _ends_before(counted_before(p.lex), text, m)


def time_zone(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"UTC+3": a time zone's offset."""
    return _ends_before(p.time_zone, text, m)


def era_year(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"built in 300 B.C.", "AD 79", "в 300 г. до н.э.": a year of an era, its mark written in capitals in English."""
    if m.scale:
        return False
    after = p.era_after.match(text, m.num_end)   # (the "г." of "300 г. до н.э." a year's, not a gram)
    if after and (not after.group().strip().isascii() or after.group().strip().isupper()):
        return True
    before = p.era_before is not None and p.era_before.search(text, max(0, m.start - 8), m.start)
    return bool(before) and before.group().strip().isupper()


def whole_of_part(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"in 38 of the 44 forces": the whole a part is counted from."""
    return not m.scale and _ends_before(p.denominator, text, m)


def end_of_year_span(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"in 2012-17", "the 1994-98 average": the end of a span of years; "in 2022 -23" with blanks, of a year and the next."""
    if m.scale or len(raw := _raw(text, m)) != 2:
        return False
    spaced = _YEAR_SPACED_DASH.search(text, max(0, m.num_start - 9), m.num_start)
    return bool(_YEAR_DASH.search(text, max(0, m.start - 5), m.start)) or bool(spaced) and int(raw) == (int(spaced[1]) + 1) % 100


def duration_or_ordinal(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"six years", "a 17-year-old", "21st place": a time span, an age or a rank; "пятьдесят
    третьего заседания", the tens of an ordinal written in words; and "27 тура", an ordinal by its noun's agreement."""
    if not m.scale and p.time_after.match(text, m.end):   # (not "38,6 миллиарда год назад")
        return not (m.value >= STAYS_LEAST and p.stays_after.match(text, m.end))   # "674,521 nights": stays, counted
    return bool(p.ordinal_after.match(text, m.end) or m.form is Form.WORDS and p.ordinal_word_after.match(text, m.end)
                or p.singular_after is not None and _plural_only(text, m) and p.singular_after.match(text, m.end))


def _plural_only(text: str, m: Mention) -> bool:
    """Is the number one that counts with a noun's plural only (5 to 20, or a last digit of 0 or 5 to 9: "27 туров")?"""
    raw = text[m.num_start:m.num_end]
    if m.scale or m.value_to is not None or not raw.isdigit():
        return False
    n = int(raw)
    return n % 10 in (0, 5, 6, 7, 8, 9) or 11 <= n % 100 <= 14


PAIRED_TIME_LEAST = 100   # a number this large before "to N hours" counts something (not an hour or an age)


def paired_time(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"(с 11 до 18 часов)", "from 9 to 17 hours": the first end of a pair whose second end is a time span or a clock
    hour is one too (the second is dropped as a span: duration_or_ordinal), unless its clause names a measure of time."""
    pair = p.pair_time_after.match(text, m.end) if not m.scale and m.value_to is None and m.unit == COUNT \
        and m.value < PAIRED_TIME_LEAST else None
    if pair is None or p.time_after.match(text, pair.end()) is None:
        return False
    measured = duration_patterns(p.lex).measure_in_clause   # "the average wait fell from 20 to 14 weeks": a measured pair
    return measured.search(text, max(0, m.start - CLAUSE_REACH), m.start) is None


def time_span_before(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"минут на 40": an approximate time span whose unit comes first; not with a noun after the number,
    which it counts ("предыдущего года на 183 человека")."""
    return _ends_before(p.time_before, text, m) and not p.counted_after.match(text, m.end)


def part_of_word(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"30-летие", "a 35-member delegation": part of a word, not a count."""
    return bool(p.hyphen_word.match(text, m.end)) and not p.qualifier_after.match(text, m.end)


def compound_adjective(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"4-х тактный двигатель", "в 5-ти этажном доме": a number with a case ending, then an adjective in the singular, is
    part of a compound adjective ("four-stroke"), not a count (a count's words agree with it: "в 22-х регионах")."""
    return p.compound_adjective is not None and _CASE_ENDING.search(text, m.num_start, m.num_end) is not None \
        and p.compound_adjective.match(text, m.end) is not None


_CASE_ENDING = compiled(r"\d-\p{L}{1,3}\Z")   # a case ending glued to a number's digits ("4-х", "5-ти")


def coordinate(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"28.61°N 77.23°E", "55°45′": a place on the map, not an amount."""
    return bool(_COORDINATE.match(text, m.num_end))


def assigned(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"bits=256", "page_id=17", '<iframe width="100%">': a value in code, markup, a log or a query, not a count (but
    "2003=7128" is the year's)."""
    return bool(_ASSIGNED.search(text, max(0, m.start - 4), m.start)) and not keyed_by_year(text, m)


def ranking(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"the largest two groups", "the top three", "a top-five clash", "the three largest groups", "Queensland's two biggest cities": a small
    number beside a superlative ranks things."""
    if m.unit != COUNT or m.scale or m.value >= 100:
        return False
    return p.ranking is not None and _ends_before(p.ranking, text, m) \
        or p.ranked is not None and bool(p.ranked.match(text, m.end)) and _ends_before(p.article_before, text, m)


STREET_REACH = 120   # characters back from a house number to its street's name (past the numbers listed before it)


def ranked_group(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"lowest 10%: 2.1%", "highest 10%: NA%": a share that names a group of a distribution, its own share after the colon."""
    return p.group_rank is not None and m.unit.kind is UnitKind.PERCENT and text[m.end:m.end + 1] == ":" \
        and _ends_before(p.group_rank, text, m)


def house_number(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"38 Petrovka Street", "ул. Петровка, 38", "улице Пугачева (31, 33)": a house number."""
    return bool(p.street_after.match(text, m.end) or p.street_before.search(text, max(0, m.start - STREET_REACH), m.start))


def rate_base(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"на 100 тыс. населения", "1,5 на 100 тысяч человек", "2,1 на 1000 человек", "на 1000 браков пришлось 686 разводов":
    the denominator of a rate, named by its population, or a round one right after the rate's own number or before it."""
    before = p.rate_preposition.search(text, max(0, m.start - 12), m.start)
    if not before:
        return False
    if p.rate_head is not None and m.value in _ROUND_BASES and p.noun_follows(text, m.end) \
            and p.rate_head.search(text, max(0, before.start() - 80), before.start()) or m.value in _ROUND_BASES and p.rate_verb.match(text, m.end) \
            or p.rate_head_near is not None and m.value in _ROUND_BASES and p.person_after.match(text, m.end) \
            and p.rate_head_near.search(text, max(0, before.start() - 40), before.start()):
        return True   # "общий коэффициент естественного прироста на 1000 человек составил 13,51", "на 1000 браков пришлось 686",
        # "количество разводов на 1000 человек снизилось"
    # (a base is round: "сократилось на 12 287 жителей" is a change)
    return bool(p.rate_noun.match(text, m.end)) and m.value in _ROUND_BASES or (m.scale != "" or m.value in _ROUND_BASES) and p.noun_follows(text, m.end) \
        and bool(NUMBER_BEFORE.search(text, max(0, before.start() - 3), before.start())
                 or _COUNTED_BEFORE.search(text, max(0, before.start() - COUNTED_REACH), before.start()))


_ROUND_BASES = frozenset({100, 1000, 10000, 100000})   # the denominators rates are given per
# "10,7 детей | на 1000 человек": the rate's number and its noun right before (not a year's: "в 2023 году на 1000 человек больше")
_COUNTED_BEFORE = compiled(r"(?<![\p{N}.,])(?!(?:19|20)\d\d(?!\p{N}))\p{N}[\p{N},.]*[ \t\u00a0]+\p{L}+[ \t\u00a0]+\Z")
COUNTED_REACH = 40   # characters of a rate's number and its noun before the denominator's preposition, at most


def code_number(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"125009": six digits or more with no noun after them are a postal code or an identifier, not
    when compared with another figure ("(2009786 против 2020133)")."""
    raw = _raw(text, m)
    return m.form is Form.DIGITS and raw.isdigit() and len(raw) >= 6 and not p.noun_follows(text, m.end) \
        and not p.compared_next.match(text, m.end) and not _ends_before(p.compared_figure, text, m, 40)


def pronoun_word(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"one of them", "один из": a number word that is a pronoun far more often than a count, unless
    compared with a figure before it ("stabbings were up 11 versus one", "three murders compared to one") or the last of a list of counts ("15 in
    Penang and one in Kedah"); and "1" before a verb of the first person, the pronoun "I" a scan read as a digit ("When 1 rose in the House")."""
    if _raw(text, m) == "1" and p.i_verb is not None and p.i_verb.match(text, m.end):
        return True
    return m.form is Form.WORDS and not m.scale and _raw(text, m).lower() in p.pronoun_like \
        and not ((_ends_before(p.compared_figure, text, m, 40) or _ends_before(p.listed_last, text, m, 40)) and not p.one_of.match(text, m.end))


IDIOM_REACH = 30   # characters an idiom runs on either side of its number word, at most


def idiom(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"в двух словах", "in two minds", "one by one": a number word inside an idiom counts nothing."""
    return m.form is Form.WORDS and not m.scale and any(
        found.start() <= m.num_start and m.num_end <= found.end()
        for found in p.idiom.finditer(text, max(0, m.num_start - IDIOM_REACH), min(len(text), m.num_end + IDIOM_REACH)))


def points_back(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"these three sore spots": a small number word after a determiner points back, it does not count."""
    return m.form is Form.WORDS and not m.scale and _ends_before(p.anaphoric, text, m)


OLDEST = 120   # an age is at most this


def age_after_name(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"Panayiotis Panayiotou, 21, dying in a car accident", "John Smith, 45, was arrested": a person's age between
    commas after the name, a verb or "who" after it (not "in New York, 45, and in Boston, 30")."""
    return p.age_after is not None and m.unit == COUNT and m.form is Form.DIGITS and not m.scale and 0 < m.value <= OLDEST \
        and p.age_after.match(text, m.end) is not None and p.name_before.search(text, max(0, m.start - 80), m.start) is not None


REFERENCE_MOST = 10   # a count in words of things about to be listed is small


def reference_count(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"published the following three reports:", "следующие три доклада": a small count in words after "the
    following" counts the items the text lists next, it states no statistic."""
    return p.reference_before is not None and m.form is Form.WORDS and m.value <= REFERENCE_MOST and not m.scale \
        and p.reference_before.search(text, max(0, m.start - 20), m.start) is not None


GARBLE_REACH = 8   # characters either side of a number to a replacement character that makes it unreadable


def garbled(p: NotClaimPatterns, text: str, m: Mention) -> bool:
    """"Signed: \ufffd7 22 kw\ufffdp 5 t": a number beside a replacement character (U+FFFD, where the text could not be
    decoded or read) is garbage, no figure anyone stated."""
    return "\ufffd" in text[max(0, m.start - GARBLE_REACH):m.end + GARBLE_REACH]


# The rules of each shape of number, in the order they are tried.
COUNTS = (
    Rule("garbled", garbled), Rule("year", is_year), Rule("reference_count", reference_count), Rule("spoken_year", spoken_year), Rule("legend_word", legend_word, lines=True), Rule("glued_to_letters", glued_to_letters), Rule("designator", after_designator), Rule("numbered_period", numbered_period),
    Rule("rate_denominator", rate_denominator), Rule("emergency_number", emergency_number), Rule("time_zone", time_zone), Rule("era_year", era_year), Rule("whole_of_part", whole_of_part),
    Rule("end_of_year_span", end_of_year_span), Rule("clock_hours", clock_hours), Rule("clock_time", clock_time), Rule("duration_or_ordinal", duration_or_ordinal),
    Rule("time_span", time_span_before), Rule("part_of_word", part_of_word), Rule("compound_adjective", compound_adjective), Rule("date", date),
    Rule("address_or_phone", address_or_phone), Rule("local_phone", local_phone), Rule("postcode", postcode), Rule("page_furniture", page_furniture, lines=True), Rule("vote_tally", vote_tally, lines=True), Rule("line_number", line_number, lines=True), Rule("score", score), Rule("result_line", result_line, lines=True), Rule("head_to_head", head_to_head, lines=True), Rule("ball_by_ball", ball_by_ball, lines=True),
    Rule("scorer_minute", scorer_minute), Rule("shirt_number", shirt_number), Rule("player_number", player_number), Rule("standings_list", standings_list), Rule("ladder_line", ladder_line, lines=True), Rule("score_line", score_line, lines=True), Rule("match_line", match_line, lines=True),
    Rule("fixture_time", fixture_time, lines=True), Rule("fixture_round", fixture_round, lines=True), Rule("innings_total", innings_total, lines=True),
    Rule("sports_table", sports_table, lines=True), Rule("batting_line", batting_line, lines=True), Rule("race_event", race_event), Rule("result_place", result_place), Rule("field_mark", field_mark), Rule("acronym_code", acronym_code),
    Rule("coordinate", coordinate), Rule("assigned", assigned), Rule("index_base", index_base), Rule("standing", standing), Rule("in_name", in_name), Rule("word_in_name", word_in_name), Rule("lettered_label", lettered_label),
    Rule("clock_dash", clock_dash), Rule("clock_list", clock_list), Rule("clock_run", clock_run, lines=True), Rule("log_time", log_time, lines=True), Rule("dotted_dates", dotted_dates), Rule("programme_line", programme_line, lines=True), Rule("calendar_day", calendar_day, lines=True), Rule("timetable_row", timetable_row, lines=True), Rule("ranking", ranking), Rule("rank_field", rank_field), Rule("house_number", house_number), Rule("address_line", address_line, lines=True), Rule("rate_base", rate_base), Rule("round_denominator", round_denominator),
    Rule("code_number", code_number), Rule("pronoun", pronoun_word), Rule("idiom", idiom), Rule("points_back", points_back),
    Rule("page_counter", page_counter, lines=True), Rule("axis_tick", axis_tick, lines=True), Rule("vote_counter", vote_counter, lines=True), Rule("rate_quote", rate_quote, lines=True), Rule("contents_page", contents_page, lines=True), Rule("cue_number", cue_number), Rule("speaker_number", speaker_number), Rule("code_value", code_value),
    Rule("age", age), Rule("age_after_name", age_after_name), Rule("age_mark", age_mark), Rule("paired_time", paired_time), Rule("law_article", law_article), Rule("side_of_size", side_of_size), Rule("talk_count", talk_count),
    Rule("price_listing", price_listing, lines=True), Rule("fee_schedule", fee_schedule, lines=True), Rule("unit_power", unit_power), Rule("section_number", section_number), Rule("numbered_heading", numbered_heading), Rule("file_size", file_size), Rule("before_code", before_code), Rule("before_link", before_link),
    Rule("chess_move", chess_move), Rule("play_length", play_length), Rule("named_number", named_number), Rule("short_year", short_year),
)
FRACTIONS = (Rule("fraction_of_time", fraction_of_time), Rule("singular_of_many", singular_of_many), Rule("fraction_without_whole", fraction_without_whole),
             Rule("part_of_word", part_of_word))
MULTIPLIERS = (Rule("multiplier_event", multiplier_event), Rule("multiplier_without_change", multiplier_without_change),)
EVERY = (Rule("every_without_noun", every_without_noun),)
UNITS = (Rule("garbled", garbled), Rule("copyright_year", copyright_year), Rule("era_year", era_year), Rule("price_base_year", price_base_year), Rule("axis_tick", axis_tick, lines=True), Rule("postcode", postcode), Rule("unknown_currency", unknown_currency), Rule("date", date), Rule("timetable_row", timetable_row, lines=True), Rule("ordinal_amount", ordinal_amount), Rule("chess_move", chess_move), Rule("address_or_phone", address_or_phone), Rule("designator", after_designator), Rule("price_listing", price_listing, lines=True),
         Rule("race_distance", race_distance), Rule("play_length", play_length), Rule("weight_class", weight_class, lines=True), Rule("tariff", tariff, lines=True), Rule("price_list_item", price_list_item, lines=True), Rule("fee_schedule", fee_schedule, lines=True),
         Rule("price_grid", price_grid, lines=True), Rule("unit_power", unit_power), Rule("unit_of_price", unit_of_price), Rule("product_grade", product_grade), Rule("rate_quote", rate_quote, lines=True),
         Rule("unit_denominator", unit_denominator), Rule("round_denominator", round_denominator), Rule("money_base", money_base), Rule("package_size", package_size), Rule("assigned", assigned), Rule("ranked_group", ranked_group))


def rules_for(m: Mention) -> tuple[Rule, ...]:
    """The rules that apply to a mention of this shape."""
    if m.form in PLAIN and m.unit == COUNT:
        return COUNTS
    if m.form is Form.FRACTION:
        return FRACTIONS
    if m.form is Form.MULTIPLIER:
        return MULTIPLIERS
    if m.form is Form.EVERY:
        return EVERY
    return UNITS


def why_not(p: NotClaimPatterns, text: str, m: Mention, original: str | None = None,
            lines: Lines | None = None) -> str | None:
    """The name of the first rule that says ``m`` is not a claim, or None when it is one. ``text`` is
    the text as the later stages read it, ``original`` the same with its line breaks (by default
    ``text``), ``lines`` the lines of ``original`` (built here when not given)."""
    for rule in rules_for(m):
        if rule.lines:
            original = text if original is None else original
            lines = Lines(original) if lines is None else lines
        if rule.holds(p, original, m, lines) if rule.lines else rule.holds(p, text, m):
            return rule.name
    return None


@functools.lru_cache(maxsize=None)
def not_claim_patterns(lex: Lexicon) -> NotClaimPatterns:
    """The (cached) not-a-claim patterns of a language."""
    return NotClaimPatterns(lex)
