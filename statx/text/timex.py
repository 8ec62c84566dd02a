"""Time expressions: explicit years, relative ones ("last year"),
baselines ("compared with 2019"), months, and periods that only say when ("over the past six years")."""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools

import regex

from ..numbers import parse
from ..lang import GAP, Lexicon, respectively_after, unrequired
from ..lang.cache import compiled
from .prefilter import Prefilter, Utf8
from .over import over_patterns
from .year_counts import counts_not_year

# What a time expression says about the year of a figure near it.
YEAR = "year"            # an explicit year: "in 2023", "2012 alone", "in February 2012"
RELATIVE = "relative"    # resolved against the document's date: "last year", "this year"
CONTEXT = "context"      # relative to the year just named: "in 2012 ..., a year earlier" (else to the document's)
THE_YEAR = "the_year"    # "since the start of the year": a year named before it in its sentence, else the document's
MONTH = "month"          # a month without a year: "in January-July" (the latest such month)
DATE = "date"            # a full date: "on January 26, 2012" (an event)
PRESENT = "present"      # "currently", "now", "stands at": the document's own time
BASELINE = "baseline"    # "since 2011", "compared with 2019", "the 2012 level"
BASELINE_REL = "baseline_rel"  # "than in the previous year", "year-on-year": relative to the figure's year
PERIOD = "period"        # "over the past six years": no year of its own
TARGET = "target"        # "until 2030", "for 2021-2023": a plan or a name, not the figure's year
SPAN = "span"            # "in 2011-2025": the span's last year, and (offset) back to its first
DECADE = "decade"        # "in the 1990s", "в 90-х": a time of many years, so a figure in it has no single year

RECORD_GAP = r"[ \t\u00a0\u202f\u2009\n]"   # a space, or a line break, between a record's words and its year
FUTURE_REACH = 60   # characters between a word of the future and a month ahead it makes the coming one
PERIOD_COMPARED_REACH = 100   # characters before a "same period" time's window where a comparison still makes it a baseline
FUTURE_MONTHS = 6   # how far ahead of the text's month such a month may be
SHORT_YEAR_AHEAD = 5   # years after the document's that a year written short ("'24") may be; later, a century back
PLAN_AFTER = 120   # characters after a range of years within which a word of a plan makes it a plan's period
SHORT_YEAR_UNDATED = 49   # in an undated text, "'49" is 2049 and "'50" 1950
TOLD_REACH = 80   # characters back from a day to the speech verb that told a figure on it ("said in a report seen by Reuters on Monday")

STRONG = frozenset({YEAR, RELATIVE, CONTEXT, THE_YEAR, MONTH, DATE, DECADE, SPAN})


@dataclasses.dataclass(frozen=True, slots=True)
class TimeRef:
    start: int
    end: int
    kind: str
    year: int | None = None
    offset: int = 0          # for BASELINE_REL, CONTEXT, RELATIVE and "last year": years from the year they lean on; for SPAN,
                             # back to its first year; for a TARGET range ("2024-2026"), on to its last


class TimeFinder:
    """The time-expression patterns of one language."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        t = "time"
        number = rf"(?:\d{{1,3}}|{lex.alternation(lex.number_words)})"
        art = rf"(?:(?:{lex.pattern(t, 'articles')}){GAP}+)?"
        year = r"(?:1[89]\d\d|20\d\d)"
        self.relative = lex.table(t, "relative")
        self.relative_months = lex.table(t, "relative_months")
        self.weekdays = lex.table(t, "weekdays_reported")
        # "the bureau said on Sunday": the day a figure was told, not its time
        # (maybe with where it was told between, after the teller: "said in a report seen by Reuters on Monday",
        # "сообщил министр на брифинге в понедельник")
        told_in = rf"(?:(?:\p{{L}}+{GAP}+)?(?:{lex.pattern(t, 'told_in')})(?:{GAP}+[\p{{L}}’'-]+){{1,6}}{GAP}+)?" if lex.words(t, "told_in") else ""
        self.told_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('subject', 'speech_verbs')}){GAP}+{told_in}\Z", regex.IGNORECASE)
        self.unit_days = {_fold(k): v for k, v in lex.table(t, "unit_days").items()}
        self.the_year = frozenset(_fold(w) for w in lex.words(t, "the_year"))
        self.relative_to_context = lex.table(t, "relative_to_context")
        self.baseline_relative = lex.table(t, "baseline_relative")
        # "over the previous year ending September 2022": the date it ends on is the baseline, not a year before the figure's
        self.period_end = lex.compile(rf"{GAP}+{unrequired(lex.pattern(t, 'period_ends'))}{GAP}+(?:\d{{1,2}}{GAP}+)?(?:\p{{L}}+\.?{GAP}+)?(?:\d{{1,2}},?{GAP}+)?(?:1[89]|20)\d\d(?!\d)",
                                      regex.IGNORECASE) if lex.words(t, "period_ends") else None
        self.months = lex.table(t, "months")
        self.listed = lex.compile(rf"{GAP}*(?:,{GAP}*)?{unrequired(lex.pattern('subject', 'np_and'))}{GAP}+", regex.IGNORECASE)
        self.respectively = respectively_after(lex)
        # "comparing June 30, 2023 to June 30, 2013": the words before the first of two times, and what joins them
        self.comparing = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(t, 'comparing')}){GAP}+\Z", regex.IGNORECASE)
        self.comparing_joiner = lex.compile(rf"{GAP}+(?:{lex.pattern(t, 'comparing_joiners')}){GAP}+", regex.IGNORECASE)
        self._source = source = self._expressions(lex, number, art, year)
        self.pattern = lex.compile(source, regex.VERBOSE)
        self._scan = Prefilter(self.pattern, source, regex.VERBOSE)   # the same matches, found fast
        # "more than doubled in 2020": "than" before a change is a qualifier's, and the year is the change's
        changes = lex.alternation(lex.words("direction", "up") + lex.words("direction", "down"))
        # ("since at least November 2017", "from around 2015": a qualifier may stand between)
        quals = lex.alternation(lex.words("qualifiers", "approx") + lex.words("qualifiers", "at_least"))
        month_words = lex.words(t, "baseline_before_month")
        self.opening_deadline = frozenset(lex.words(t, "opening_deadline"))
        self.month_baseline_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(month_words)}){GAP}+\Z", regex.IGNORECASE) if month_words else None
        # "compared to visitor arrivals in November 2013": the comparison's words, a few words and a preposition (not
        # words of a period's results, "would be compared to performance in November 2021": no figure's baseline)
        # (with no such preposition in the language, a noun or two right before the year: "по сравнению с переписью 2010 года")
        # (or three: "по сравнению с первыми двумя месяцами 2012 года")
        between = rf"{{1,3}}{GAP}+(?:{lex.pattern(t, 'compared_time_words')}){GAP}+" if lex.words(t, "compared_time_words") else rf"{{1,3}}{GAP}+"
        def compared(not_words: list[str]) -> str:
            return (rf"|(?:{lex.pattern(t, 'compared_before_year')})(?:{GAP}+(?!(?:{lex.alternation(not_words)})(?![\p{{L}}]))\p{{L}}[\p{{L}}-]*){between}"
                    if lex.words(t, "compared_before_year") else "")
        # (a prefix's hyphen as text may come, a spaced dash: "pre – COVID-19")
        adjectives = lex.alternation([w.replace("-", dash, 1) for w in lex.words(t, "year_adjectives") for dash in ("-", " – ", " - ")])
        baseline = (rf"(?<![\p{{L}}])(?:(?:{lex.pattern(t, 'baseline_before')}){GAP}+(?:(?:{quals}){GAP}+)?{art}(?:(?:{lex.pattern(t, 'year_parts')}){GAP}+)?"
                    rf"(?:(?:{adjectives}){GAP}+)?"
                    rf"|(?:{lex.pattern(t, 'comparison')})(?!{GAP}+(?:{changes})(?![\p{{L}}]))(?:{GAP}+-?[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}-]*…?){{1,4}}{GAP}+"
                    "{compared}"   # (filled in below: the comparison's alternative, which differs before a relative time;
                    # a speaker's pause may end a word of the comparison's: "больше, чем факт… прошлого года")
                    rf"|(?:{lex.pattern(t, 'comparatives_before')})(?:{GAP}+(?!(?:{lex.pattern('words', 'prepositions')})(?![\p{{L}}]))\p{{L}}[\p{{L}}-]*){{0,3}}{GAP}+"   # ("больше цифр рекордного доковидного 2019-го")
                    rf"(?:(?:{lex.pattern(t, 'comparative_periods')}){GAP}+(?:(?:{lex.pattern(t, 'year_parts')}){GAP}+)?)?)\Z")
        self.baseline_before = lex.compile(baseline.replace("{compared}", compared(lex.words(t, "reporting"))), regex.IGNORECASE)
        # before a relative time, no month's name between ("с февралем прошлого года", "compared with February last year":
        # one baseline; "по сравнению с показателем прошлого года": a baseline)
        self.baseline_before_relative = lex.compile(
            baseline.replace("{compared}", compared(lex.words(t, "reporting") + list(lex.table(t, "months")))), regex.IGNORECASE)
        self._read_compared(lex)
        # "since Labor came to office in 2007", "up 332 on 2011-12": the year a change is counted from
        since_clause, change_on = lex.words(t, "since_clause"), lex.words(t, "change_baseline")
        self.since_clause = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(t, 'running_from')})(?:{GAP}+[\p{{L}}’'-]+){{1,6}}{GAP}+(?:{lex.alternation(since_clause)}){GAP}+\Z",
            regex.IGNORECASE | regex.REVERSE) if since_clause else None
        self.change_on = lex.compile(
            rf"(?<![\p{{L}}])(?:{changes})(?:{GAP}+[^\s]+){{1,3}}{GAP}+(?:{lex.alternation(change_on)}){GAP}+{art}\Z",
            regex.IGNORECASE | regex.REVERSE) if change_on else None
        self.over = over_patterns(lex, art, changes)   # "grew 7.4 per cent over FY 2022-23", "increased 40% over 2003"
        # "2017-Current", "2015 – н.в.": a span open up to the text's time, no year of its own
        self.open_span = lex.compile(rf"{GAP}*[-–—]{GAP}*(?:{lex.pattern(t, 'open_span_ends')})(?![\p{{L}}])", regex.IGNORECASE)
        self.baseline_after = lex.compile(rf"{GAP}+{unrequired(lex.pattern(t, 'baseline_after'))}(?![\p{{L}}])", regex.IGNORECASE)
        # "Settlement Populations 2011 to 2016": two years joined as a range's ends with no "from" before them
        self.years_joined = lex.compile(rf"{GAP}+(?:{lex.pattern('ranges', 'joins_alone')}){GAP}+", regex.IGNORECASE) \
            if lex.words("ranges", "joins_alone") else None
        # ... not a plan's period: "Over the period 2023 to 2033, the population is projected to grow"
        self.plan_after = lex.compile(rf"[^.!?\n]{{0,{PLAN_AFTER}}}?(?<![\p{{L}}])(?:{lex.pattern('time', 'plan_words')})(?![\p{{L}}])",
                                      regex.IGNORECASE)
        prefixes = lex.words(t, "year_prefixes")   # "from mid-2013": the words before the part of the year
        self.year_prefix = lex.compile(rf"(?:{lex.alternation(prefixes)})\Z", regex.IGNORECASE) if prefixes else None
        sources = lex.words(t, "source_after")
        self.source_after = lex.compile(rf"{GAP}+{unrequired(lex.alternation(sources))}(?![\p{{L}}])", regex.IGNORECASE) if sources else None
        # "figures from the 2011 Census": the words that take figures from a source (after others, "compared with the 2006
        # census", it is the baseline)
        takes = lex.words(t, "source_before")
        self.source_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(takes)}){GAP}+{art}\Z", regex.IGNORECASE) \
            if takes else None
        # "the highest figure since March 2011", "the series, which dates back to 1978": a record, no year of a
        # figure and no baseline (also "the highest in the agency's data holdings, since July 2004", and a year
        # that a stray paragraph break put on the next line: no paragraph ends in "since")
        # "at constant (2011-12) prices", "в ценах 2016 года": the year prices are counted in, no figure's time
        self.price_base = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(t, 'price_base')}){GAP}*\(?{GAP}*\Z", regex.IGNORECASE)
        # ("the highest since late 2008": a part of the year between)
        record_part = rf"(?:(?:{lex.pattern(t, 'record_year_parts')}){GAP}+)?" if lex.words(t, "record_year_parts") else ""
        self.record_before = lex.compile(
            rf"(?<![\p{{L}}])(?:(?:{lex.pattern(t, 'record')})(?:{GAP}+[\p{{L}}'’-]+,?){{0,5}}{GAP}+(?:{lex.pattern(t, 'record_since')})"
            rf"|(?:{lex.pattern(t, 'last_time')})(?:{GAP}+[\p{{L}}-]+){{0,4}}{GAP}+(?:{lex.pattern(t, 'last_time_in')})"
            rf"|(?:{lex.pattern(t, 'series_start')})){RECORD_GAP}+{art}{record_part}\Z",
            regex.IGNORECASE)
        self.running_from = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(t, 'running_from')}){GAP}+{art}\Z", regex.IGNORECASE)
        # "с начала 2025 года произошло 2004 пожара", "since the start of 2025": the year so far, the figure's own time
        self.year_to_date = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(t, 'running_from')}){GAP}+(?:{lex.pattern(t, 'year_start')}){GAP}+\Z", regex.IGNORECASE)
        self.span_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(t, 'span_before')}){GAP}+{art}\Z", regex.IGNORECASE)
        # "с 2016 по 2024 годы", "from 2016 to 2024": a range's first year and its second word before a year, which ends the span
        # (the first year is where a change is counted from: a baseline)
        pairs = "|".join(rf"{regex.escape(a)}{GAP}+(?P<first>(?:1[89]|20)\d\d)(?:{GAP}+\p{{L}}{{1,5}}\.?)?{GAP}+{regex.escape(b)}"
                         for a, b in lex.data["ranges"]["between"])
        self.span_opened = lex.compile(rf"(?<![\p{{L}}])(?:{pairs}){GAP}+\Z", regex.IGNORECASE)
        self.target_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(t, 'not_year_before')}){GAP}+{art}\Z", regex.IGNORECASE)
        self.day_before = lex.compile(rf"(?<![\p{{N}}])\d{{1,2}}{GAP}+\Z")
        self.deadline_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'deadline_before')}){GAP}+\Z", regex.IGNORECASE)
        # "Winners will be announced at the end of April": a word of the future earlier in the month's clause
        # (searched backwards from the month: only whether it matches is asked)
        self.future_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'future_before')})(?![\p{{L}}])[^.;!?\n]{{0,{FUTURE_REACH}}}\Z",
                                         regex.IGNORECASE | regex.REVERSE)
        # "..., к 2036 году численность уменьшится": a deadline that opens its clause is the time of what happens by it
        self.deadline_opens = lex.compile(rf"(?:\A|[,;:.\n])[ \t\u00a0]*(?:{lex.pattern('time', 'deadline_before')}){GAP}+\Z", regex.IGNORECASE)
        # "с | января по октябрь 2025 года", "from | January to October": the word that opens a span of months, no baseline
        self.span_only_opener = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'span_openers')}){GAP}+\Z", regex.IGNORECASE) \
            if lex.words("time", "span_openers") else None
        self.span_opener = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation({a for a, _ in lex.data['ranges']['between']})}){GAP}+\Z", regex.IGNORECASE)
        # "as of October 1, 2009", "по состоянию на 1 января 2024 года": a date that the figures describe
        self.as_of = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'as_of')}){GAP}+(?:\d{{1,2}}{GAP}+)?\Z", regex.IGNORECASE)
        self._read_months(lex)

    def _read_months(self, lex: Lexicon) -> None:
        """The months that are also ordinary words ("May"), and what tells the month from the word."""
        self.capitalised_months = frozenset(lex.words("time", "months_capitalised_only"))
        self.title_word = lex.compile(r"[ \t]+\p{Lu}\p{Ll}")   # a capitalised word after it: a title-case headline's verb
        self.month_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'year_prepositions')}){GAP}+\Z", regex.IGNORECASE)
        # "between July and | September 2021", "с января по | март 2021 года": what joins a month to the month and year that end its period
        joins = lex.alternation(set(lex.words("ranges", "dashes")) | {b for _, b in lex.data["ranges"]["between"]})
        self.months_joined = lex.compile(rf"{GAP}*(?:{joins}){GAP}*", regex.IGNORECASE)
        self.level_to = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('direction', 'level_after_change')})(?![\p{{L}}])", regex.IGNORECASE)

    def _read_compared(self, lex: Lexicon) -> None:
        """The words that tell the time of a figure compared with, and of "the same period", from a baseline."""
        t = "time"
        # "compared to 23 last year": the time of the figure compared with (not a year: "from 2012 to 2016")
        self.figure_compared = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(t, 'baseline_figure')}){GAP}+(?!(?:1[89]|20)\d\d(?![\p{{N}}]))[-+]?\p{{N}}[\p{{N}}.,]*%?"
            rf"(?:{GAP}+\p{{L}}[\p{{L}}-]*){{0,2}}{GAP}+\Z", regex.IGNORECASE)
        # "за аналогичный период 2018 года убыль составляла 201", "in the same period of 2018 it was 201": a time that
        # dates the figure after it; after a comparison ("чем за аналогичный период", "than in the same period of") a baseline
        # (a comparison earlier in the clause: "compared with JOD1.9 billion in the same period of 2011")
        period, compared = lex.pattern(t, "period_time"), lex.alternation(lex.words(t, "comparison") + lex.words(t, "baseline_figure")
                                                                           + lex.words(t, "period_comparatives"))
        self.period_time = lex.compile(rf"(?<![\p{{L}}])(?:{period}){GAP}+(?:{lex.pattern(t, 'same_period')}){GAP}+\Z", regex.IGNORECASE)
        self.compared = lex.compile(rf"(?<![\p{{L}}])(?:{compared})(?![\p{{L}}])(?:[^.;!?]|\.\d)*\Z", regex.IGNORECASE)

    @functools.cached_property
    def _pattern_ci(self) -> regex.Pattern:
        """The pattern under IGNORECASE, for the rare text whose lower-case copy differs in length."""
        return self.lex.compile(self._source, regex.VERBOSE | regex.IGNORECASE)

    def _expressions(self, lex: Lexicon, number: str, art: str, year: str) -> str:
        """The pattern of every time expression: run on a lower-cased copy of the text (see match.Matcher),
        a word boundary, then the expression."""
        t = "time"
        # a year's mark of an estimate or a forecast, right before a bracket's end or a comma ("(2019e)", "2021f,")
        marks = lex.words(t, "year_marks")
        marks = rf"(?:{lex.alternation(marks)})(?=[)\],])" if marks else "(?!)"
        # a day's ordinal ending after a month ("Jan 31st, 2025"), its letters only (a full stop after a day ends a sentence)
        ordinal = lex.alternation(e for e in lex.words("dates", "day_suffixes") if e.isalpha()) or "(?!)"
        ago_alone = lex.pattern(t, "ago_units_alone") if lex.words(t, "ago_units_alone") else "(?!)"   # "полгода назад"
        of_year = lex.pattern(t, "month_year_joiners") if lex.words(t, "month_year_joiners") else "(?!)"   # "of" before a year
        return rf"""
            \b
            (?:
                (?P<baserel>{lex.alternation(self.baseline_relative)})
              | (?P<rel>{lex.alternation(self.relative)})
              | (?P<relm>{lex.alternation(self.relative_months)})(?!{GAP}+(?:{of_year}){GAP})   # not "the last quarter of 2018"
              | (?P<wday>{lex.alternation(self.weekdays)})
              | (?P<ctx>{lex.alternation(self.relative_to_context)})
              | (?P<ago>(?:(?P<agon>{number}){GAP}+(?P<agou>{lex.pattern(t, 'period_units')})|(?P<ago1>{ago_alone})){GAP}+(?:{lex.pattern(t, 'ago')}))
              | (?P<period>(?:{lex.pattern(t, 'period_before')}){GAP}+{art}
                    (?:{number}{GAP}+(?:{lex.pattern(t, 'period_units')})|(?:{lex.pattern(t, 'period_units_alone')})
                     |{number}[-‑](?:{lex.pattern(t, 'period_units')}){GAP}+(?:{lex.pattern(t, 'period_nouns')}))   # "in the three-month period"
                    (?!{GAP}+(?:{lex.pattern(t, 'ago')})(?![\p{{L}}])))   # (not "over five months ago": a time ago, after a qualifier)
              | (?P<present>{lex.pattern(t, 'present')})(?!{GAP}+(?:{unrequired(lex.pattern(t, 'present_terms'))})(?![\p{{L}}]))   # not "the current account deficit"
              | (?P<numdate>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})(?![\p{{N}}])
              | (?P<decade>(?:1[89]\d0|20\d0|[1-9]0)[ \t\u00a0]?[-‑’']?(?:{lex.pattern(t, 'decade_suffixes')})   # "the 1990s", "90-х": a period
                    (?:{GAP}+(?:{lex.pattern(t, 'decade_after')}))?)   # "в 90-е годы XX века": its name goes on
              | (?P<fy>(?:{lex.pattern(t, 'fiscal_year')})[ \t\u00a0]?(?P<fyy>{year}|\d\d)(?:{GAP}*[-–—/]{GAP}*(?P<fyy2>{year}|\d\d))?)(?![\p{{N}}])   # "FY2017", "fiscal 2017", "FY 2022-23"
              | (?:(?<!\p{{N}}[.,])|(?<=(?<![\p{{N}}.,])(?:0?[1-9]|1[0-2])\.))   # not the decimals of "-0.2095"; "за 01.2020" is a month
                (?P<years>(?P<y1>{year})(?:{GAP}*[-–—/]{GAP}*(?P<y2>{year}|(?<=\d[-–—/])\d\d))?)(?![\p{{N}}]|[.,]\p{{N}})
                # (a year's two last digits close a pair only against its dash, "2016-17": "In 2022 - 45 people" is a count)
                    (?:[ \t\u00a0]?[-‑][ \t\u00a0]?(?:{lex.pattern(t, 'year_suffixes')})|{marks})?   # "в 2014-м", "2022-th"; "(2019e)", an estimate's
                    (?P<yafter>{GAP}*(?:{lex.pattern(t, 'year_after')}))?   # "в 2012 году", "2011г."
              | (?P<ayear>(?<=(?<![\p{{L}}\p{{N}}])['’])\d\d)(?![\p{{N}}]|[.,]\p{{N}})   # "the '19 budget": a year written short
              | (?P<month>(?:(?P<mpast>{unrequired(lex.pattern(t, 'months_past'))}){GAP}+)?(?P<m1>{lex.alternation(self.months)})(?:(?:{GAP}*[-–—]{GAP}*|{GAP}+(?:{lex.pattern(t, 'month_range_joiners')}){GAP}+)(?P<m2>{lex.alternation(self.months)}))?)
                    (?:{GAP}+(?P<mday>\d{{1,2}})(?:{ordinal})?(?![\p{{N}}]))?(?:,?{GAP}+(?:(?:{lex.pattern(t, 'month_year_joiners')}){GAP}+)?(?P<myear>{year})(?![\p{{N}}])(?:{GAP}*(?:{lex.pattern(t, 'year_after')}))?)?
            )
            (?![\p{{L}}])
        """

    def index(self, text: str, doc_date: dt.date | None, spans: list[tuple[int, int]] | None = None,
              low: str | None = None, lowered: Utf8 | None = None, not_years: frozenset[int] = frozenset()) -> "TimeIndex":
        """The time expressions of a text (or of its ``spans``, in order), to be looked up by place;
        ``low`` is ``text.lower()`` and ``lowered`` its ``Utf8`` when the caller has them; ``not_years`` are
        where the numbers of claims start ("1894 тенге", "2004 tonnes", "1842 пострадали") and those of phones and
        addresses ("1800 737 732"): no years."""
        low = text.lower() if low is None else low
        if lowered is None and len(low) == len(text):
            lowered = Utf8(low)
        refs: list[TimeRef] = []
        for start, end in spans if spans is not None else [(0, len(text))]:
            found = self._scan.finditer(lowered, start, end) if lowered else self._pattern_ci.finditer(text, start, end)
            for m in found:
                if m.start("years") in not_years:
                    continue
                ref = self._classify(text, m, doc_date)
                if ref is not None and ref.kind == YEAR and refs and refs[-1].kind == BASELINE and self.listed.fullmatch(text, refs[-1].end, ref.start) \
                        and self.respectively.match(text, ref.end):   # "than the same period in 2022 and 2019, respectively"
                    ref = TimeRef(ref.start, ref.end, BASELINE, ref.year)
                elif ref is not None and ref.kind in (YEAR, DATE) and refs and refs[-1].kind in (MONTH, BASELINE) \
                        and text[refs[-1].start:refs[-1].end].isalpha() and self._month_of(text, ref) is not None \
                        and self.months_joined.fullmatch(text, refs[-1].end, ref.start) and self._month_of(text, refs[-1]) is not None:
                    ref = TimeRef(refs.pop().start, ref.end, ref.kind, ref.year)   # "between July and September 2021": one period, its year written
                elif ref is not None and ref.kind == YEAR and refs and refs[-1].kind == RELATIVE and not text[refs[-1].end:ref.start].strip():
                    ref = TimeRef(refs.pop().start, ref.end, YEAR, ref.year)   # "the upcoming Fiscal Year 2024/2025": the year written
                elif ref is not None and ref.kind in (YEAR, BASELINE) and refs and refs[-1].kind == PRESENT and not text[refs[-1].end:ref.start].strip():
                    ref = TimeRef(refs.pop().start, ref.end, ref.kind, ref.year)   # "from the current FY 2023 budget": the year written
                elif ref is not None and ref.kind in (YEAR, DATE) and refs and refs[-1].kind == BASELINE_REL and self._ends_at(text, refs[-1].end, ref.end):
                    ref = TimeRef(refs.pop().start, ref.end, BASELINE, ref.year)   # "over the previous year ending September 2022"
                elif ref is not None and ref.kind in (YEAR, MONTH, DATE) and refs and refs[-1].kind in (BASELINE, BASELINE_REL) \
                        and _RESTATED.fullmatch(text, refs[-1].end, ref.start):
                    ref = TimeRef(ref.start, ref.end, BASELINE, ref.year)   # "compared to the same month last year (July 2021)"
                elif ref is not None and ref.kind in (YEAR, MONTH, DATE) and refs and refs[-1].kind in (YEAR, MONTH, DATE) \
                        and self.comparing_joiner.fullmatch(text, refs[-1].end, ref.start) \
                        and self.comparing.search(text, max(0, refs[-1].start - 24), refs[-1].start):
                    ref = TimeRef(ref.start, ref.end, BASELINE, ref.year)   # "comparing June 30, 2023 to June 30, 2013"
                elif ref is not None and ref.kind == YEAR and refs and refs[-1].kind == YEAR and self.years_joined is not None \
                        and refs[-1].year is not None and ref.year is not None and refs[-1].year < ref.year \
                        and self.years_joined.fullmatch(text, refs[-1].end, ref.start) \
                        and (ref.year <= doc_date.year if doc_date else not self.plan_after.match(text, ref.end)):
                    refs[-1] = TimeRef(refs[-1].start, refs[-1].end, BASELINE, refs[-1].year)   # "2011 to 2016": the span's start
                elif ref is not None and ref.kind == BASELINE and refs and period_of(text, refs[-1], [ref]) is ref:
                    refs[-1] = TimeRef(refs[-1].start, refs[-1].end, PERIOD)   # "an increase of 5% on the same period of 2024": the baseline's
                if ref is not None:
                    refs.append(ref)
        return TimeIndex(self._months_in_order(text, _months_of_years(text, refs)) if doc_date else self._months_named_before(text, refs))

    def _months_in_order(self, text: str, refs: list[TimeRef]) -> list[TimeRef]:
        """"in 2020, from 10.8 per cent in January to 11.4 per cent in November", in a text of January 2021: two months
        without a year, the earlier month first in one sentence, "to" before the second, are in one year; the first is not a
        year after the second."""
        out = list(refs)
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if a.kind == b.kind == MONTH and a.year is not None and b.year is not None and a.year > b.year \
                    and text[a.start:a.end].isalpha() and text[b.start:b.end].isalpha() \
                    and not SENTENCE_END.search(text, a.end, b.start) and self.level_to.search(text, a.end, b.start):
                # (a month alone: not "last January", "this past October"; and "to" the second: not a list that goes back,
                # "rising to 5.6% from 5.3% in January and 5.1% in December")
                first, second = self._month_of(text, a), self._month_of(text, b)
                if first is not None and second is not None and first < second:
                    out[k] = dataclasses.replace(a, year=b.year)
        return out

    def _month_of(self, text: str, r: TimeRef) -> int | None:
        """The number of the first month named in ``r``."""
        return next((self.months[w] for w in map(_fold, text[r.start:r.end].split()) if w in self.months), None)

    def _ends_at(self, text: str, start: int, end: int) -> bool:
        """Is text[start:end] the date a relative baseline's period ends on ("... year | ending September 2022")?"""
        found = self.period_end.match(text, start) if self.period_end is not None else None
        return found is not None and found.end() == end

    def _months_named_before(self, text: str, refs: list[TimeRef]) -> list[TimeRef]:
        """In an undated text, a month without a year ("в январе") is of the year the same month was first
        named with ("В январе 2025 года ... Кроме того, в январе было заключено 1 049 браков"; not a record's earlier value's:
        "the highest since 4.6 per cent in September 2001"), and a relative
        year right after it counts from that year ("О ценах в сентябре 2010 года ... В сентябре текущего года")."""
        named: dict[int, int] = {}
        out = list(refs)
        record = record_value_pattern(self.lex)
        for k, r in enumerate(refs):
            month = self._month_of(text, r)
            if month is not None and r.year is None and r.kind in (MONTH, DATE) and month in named:
                year = named[month]
                rel = refs[k + 1] if k + 1 < len(refs) else None
                if rel is not None and rel.kind == RELATIVE and rel.year is None and rel.start - r.end <= 1:
                    year += rel.offset   # "в сентябре текущего года", "в сентябре прошлого года": that year, told relatively
                    out[k + 1] = dataclasses.replace(rel, year=year)
                out[k] = dataclasses.replace(r, year=year)
            elif month is not None and r.year is not None and r.kind in (YEAR, DATE) \
                    and not record.search(text, max(0, r.start - RECORD_VALUE_REACH), r.start):   # not "compared with October 2010"
                named.setdefault(month, r.year)   # the first: a later one may be the time of a value compared with, or a record's
        return out

    def _month_baseline(self, text: str, s: int) -> bool:
        """Is the month and year at ``s`` a baseline ("compared with March 2020", "over February 2017")? Not after a word
        of opening_deadline that opens its sentence ("Воронежстат ...: к маю 2025 года средняя заработная плата
        достигла": by then, not compared with then)."""
        window = text[max(0, s - 40):s]
        found = self.baseline_before.search(window)
        if found and found.group().strip().lower() in self.opening_deadline and _opens_sentence(text, s - len(window) + found.start()):
            return False
        return bool(found or self.month_baseline_before is not None and self.month_baseline_before.search(text, max(0, s - 8), s))

    def _classify(self, text: str, m: regex.Match, doc_date: dt.date | None) -> TimeRef | None:
        s, e = m.span()
        if _INDEX_BASE.match(text, e):
            return None   # "(June 2000 = 100)": the period an index is counted from, no figure's time
        doc_year = doc_date.year if doc_date else None
        if m.group("baserel"):
            if _year_next.match(text, e):
                return None   # "чем за АППГ 2015 г.": the year after it is the baseline
            return TimeRef(s, e, BASELINE_REL, offset=self.baseline_relative[_fold(m.group("baserel"))])
        if m.group("relm"):   # "last month" in January 2019 is 2018
            months = doc_date.year * 12 + doc_date.month - 1 + self.relative_months[_fold(m.group("relm"))] if doc_date else None
            before = text[max(0, s - 40):s]   # ("up 0.2% compared to last month": a baseline)
            kind = BASELINE if self.baseline_before_relative.search(before) and not self._period_time(before) else RELATIVE
            return TimeRef(s, e, kind, months // 12 if months is not None else None)
        if m.group("wday"):
            return self._weekday(text, m, s, e, doc_date)
        if m.group("rel") or m.group("ago"):
            if m.group("rel"):
                year = doc_year + self.relative[_fold(m.group("rel"))] if doc_year else None
            else:
                n = _count(m.group("agon"), self.lex) if m.group("agon") else 1   # "полгода назад": one unit
                days = self.unit_days.get(_fold(m.group("agou") or m.group("ago1")))
                # "six months ago" in January 1999 is 1998, "three years ago" in 2024 is 2021
                year = (doc_date - dt.timedelta(days=n * days)).year if doc_date and n is not None and days else None
            offset = -1 if m.group("ago") else self.relative[_fold(m.group("rel"))]
            before = text[max(0, s - 40):s]
            # "5% higher than a year ago", "since last year", "twice as much as this year" (but "since the
            # start of the year" is this year's own time)
            if (offset < 0 and self.figure_compared.search(before) or (offset < 0 or offset == 0 and not self.running_from.search(before))
                    and self.baseline_before_relative.search(before)) and not self._period_time(before):
                return TimeRef(s, e, BASELINE, year, offset if m.group("rel") else 0)   # ("last year" undated: on the figure compared)
            the_year = m.group("rel") and _fold(m.group("rel")) in self.the_year
            return TimeRef(s, e, THE_YEAR, year) if the_year else TimeRef(s, e, RELATIVE, year, offset)
        if m.group("ctx"):
            return self._context(text, m, s, e, doc_year)
        if m.group("period"):
            return TimeRef(s, e, PERIOD)
        if m.group("present"):
            return TimeRef(s, e, PRESENT, doc_year)
        if m.group("numdate"):
            return TimeRef(s, e, DATE, int(_four_digits.search(m.group("numdate")).group()))
        if m.group("decade"):
            return TimeRef(s, e, DECADE)
        if m.group("fy"):
            y = int(m.group("fyy"))
            y = y if y > 100 else 2000 + y
            if m.group("fyy2"):   # "FY 2022-23": the year it ends, a baseline after "compared with" or "grew 5% over"
                last = int(m.group("fyy2"))
                return self._fiscal(text[max(0, s - 60):s], s, e, y, last if last > 100 else y // 100 * 100 + last)
            return self._fiscal(text[max(0, s - 60):s], s, e, y, y)   # "FY2017", "fiscal 2017", "FY17" (a baseline after "compared to")
        if m.group("years"):
            return self._years(text, m, s, e, doc_year)
        if m.group("ayear"):
            n = int(m.group("ayear"))   # a century back when more than SHORT_YEAR_AHEAD years after the document's
            ahead = doc_year % 100 + SHORT_YEAR_AHEAD if doc_year else SHORT_YEAR_UNDATED
            year = (doc_year // 100 * 100 if doc_year else 2000) + n - (100 if n > ahead else 0)
            return self._one_year(text, s, e, year, text[max(0, s - 61):s - 1], e, max(0, s - 61))
        if m.group("month"):
            first = text[m.start("m1"):m.end("m1")]
            if first.lower() in self.capitalised_months and (not first[0].isupper() or not m.group("mday") and not m.group("myear")
                                                               and self.title_word.match(text, e) and not self.month_before.search(text, max(0, s - 12), s)):
                return None  # the verb "may" (in a title-case headline, "New Yorkers May Also Be Eligible"; not "in May Canada's ...")
            if m.group("myear"):
                kind = DATE if m.group("mday") or self.day_before.search(text, max(0, s - 4), s) else YEAR
                if kind == DATE and self.as_of.search(text, max(0, s - 30), s):
                    kind = YEAR   # "as of October 1, 2009": the time of the figures, not an event
                if kind == YEAR and self.record_before.search(text[max(0, s - 60):s]):
                    return TimeRef(s, e, PERIOD, int(m.group("myear")))  # "the highest since March 2011"
                # ("в сравнении с 1 января 2024 года": past the day, words of more than a preposition; not "к 1 января", "с 1 января")
                day = self.day_before.search(text, max(0, s - 4), s)
                compared = day and self.baseline_before.search(text[max(0, day.start() - 40):day.start()])
                if (self._month_baseline(text, s) or compared and len(compared.group().split()) > 1) and not self._opens_span(text, m, s):
                    return TimeRef(s, e, BASELINE, int(m.group("myear")))  # "compared with March 2020", "up 200 from Sept. 30, 2023"
                return TimeRef(s, e, kind, int(m.group("myear")))
            last, year = self.months[_fold(m.group("m2") or first)], None
            if doc_year and m.group("mpast") and not m.group("m2"):   # "last January": the latest one before
                year = doc_year if last < doc_date.month else doc_year - 1
            elif doc_year:
                ahead = self.deadline_before.search(text, max(0, s - 8), s)   # "by October", in July: this October
                # "will be announced in April", in March: the coming April (not one more than half a year on: "the
                # figures for November will be revised", in March, are last November's)
                ahead = ahead or 0 < last - doc_date.month <= FUTURE_MONTHS \
                    and self.future_before.search(text, max(0, s - FUTURE_REACH - 12), s) is not None
                begun = self.months[_fold(first)] <= doc_date.month   # "October to December", in November: this year's, under way
                year = doc_year if last <= doc_date.month or begun or ahead else doc_year - 1
            kind = DATE if m.group("mday") or not m.group("mpast") and self.day_before.search(text, max(0, s - 4), s) else MONTH
            if kind == DATE and year is not None and year < doc_year and not m.group("m2") and _soon_after(doc_date, last, text, m, s, self.day_before):
                year = doc_year   # "с 1 сентября", in a text of 28 August: the coming one, days ahead, not a year back
            if kind == MONTH and self.baseline_before.search(text[max(0, s - 40):s]) and not self._opens_span(text, m, s):
                kind = BASELINE   # "the fifth increase since December": where a series starts, not the figure's time
            return TimeRef(s, e, kind, year)
        return None

    def _years(self, text: str, m: regex.Match, s: int, e: int, doc_year: int | None) -> TimeRef | None:
        """A year or a pair of years ("2016-17", "2011-2025"): what kind of time it is, by the words before it (a pair
        that ends after the document's year is a plan's period, not a span gone by)."""
        y = int(m.group("y1"))
        before = text[max(0, s - 60):s]
        glued = self.year_prefix.search(before) if self.year_prefix is not None else None
        before = before[:glued.start()] if glued else before
        if self.price_base.search(before):
            return None   # "at constant (2011-12) prices": a base year
        if m.group("y2"):
            last = int(m.group("y2"))
            last = last if last > 100 else y // 100 * 100 + last
            if last == y + 1 and not self.target_before.search(before):   # a fiscal year, "2009/10", "2016-17": the year it ends
                return self._fiscal(before, s, e, y, last)
            if last > y and self.span_before.search(before) and (doc_year is None or last <= doc_year):
                return TimeRef(s, e, SPAN, last, y - last)   # "in 2011-2025": the last year, and where it began
            return TimeRef(s, e, TARGET, y, last - y)   # "for 2021-2023", "the 2024-2026 budget": a plan's period or a name
        if counts_not_year(self.lex, text, s, m.end("years")):
            return None   # "зарегистрировано 1997 преступлений": a count
        return self._one_year(text, s, e, y, before, m.end("years"), max(0, s - 60))

    def _one_year(self, text: str, s: int, e: int, y: int, before: str, end: int, begins: int) -> TimeRef:
        """The kind of time a year alone is, text[s:e] (its digits end at ``end``), by the words ``before`` it (which
        begin at ``begins``)."""
        if self.open_span.match(text, end):
            return TimeRef(s, e, PERIOD, y)
        opened = self.span_opened.search(before)
        if opened and int(opened.group("first")) < y:
            return TimeRef(s, e, YEAR, y)   # "с 2016 по 2024 годы": the year the span ends, not a deadline ("по 2024 год")
        if self.record_before.search(before):
            return TimeRef(s, e, PERIOD, y)
        if self.target_before.search(before):
            return TimeRef(s, e, TARGET, y)
        after = self.baseline_after.match(text, end)
        if after:
            return TimeRef(s, after.end(), BASELINE, y)   # "the 2004 levels": the word is part of the time
        if self._period_time(before, text, begins) \
                or self.source_after is not None and self.source_after.match(text, end) \
                and (self.source_before is not None and self.source_before.search(before) or not self._baseline_before(before)):
            return TimeRef(s, e, YEAR, y)   # (and "figures from the 2011 Census": the source's year, no baseline)
        if self._baseline_before(before) and not self.year_to_date.search(before) and not self.deadline_opens.search(before) \
                or self._size_over(before):
            return TimeRef(s, e, BASELINE, y)
        return TimeRef(s, e, YEAR, y)

    def _context(self, text: str, m: regex.Match, s: int, e: int, doc_year: int | None) -> TimeRef | None:
        """A time relative to the one just named ("a year earlier", "the same period"), or a baseline, or nothing."""
        offset = self.relative_to_context[_fold(m.group("ctx"))]
        before = text[max(0, s - 40):s]
        if offset < 0 and self.baseline_before.search(before):
            return TimeRef(s, e, BASELINE_REL, offset=offset)  # "an increase on the previous year's figure"
        if offset == 0 and self.baseline_before.search(before):
            return None   # "compared to the same period in 2022": the year after it is the baseline
        if offset == 0 and self.month_baseline_before and self.month_baseline_before.search(before):
            return TimeRef(s, e, PERIOD)   # "rose 22% over the same period in 2016": a time, not the figure's; the year after it is the baseline
        return TimeRef(s, e, CONTEXT, doc_year + offset if doc_year else None, offset)

    def _period_time(self, before: str, text: str = "", begins: int = 0) -> bool:
        """Does "the same period" before a year say when the figure after it is, with no comparison earlier in its clause
        (``before`` begins at ``begins`` of ``text``, read further back for a comparison: "на 11,6% ниже объема
        поступления доходов в соответствующем периоде 2025 года")?"""
        found = self.period_time.search(before)
        if found is None:
            return False
        further = text[max(0, begins - PERIOD_COMPARED_REACH):begins]
        wide, at = further + before, len(further) + found.start()
        compared = self.compared.search(wide, 0, at)   # (further back, only with no figure between: not "против 2376 браков
        # и 1854 разводов, зарегистрированных за аналогичный период 2018 года", which dates the figures compared with)
        return compared is None or compared.start() < len(further) and any(c.isdigit() for c in wide[compared.start():at])

    def _size_over(self, before: str) -> bool:
        """Is a year the baseline of the change whose size stands right before it ("increased 40% over 2003"), or of the
        time before it ("50% more people ... this year over 2017")?"""
        o = self.over
        return o.size is not None and o.size.search(before) is not None and bool(o.fiscal.search(before)) \
            or o.time is not None and o.time.search(before) is not None

    def _weekday(self, text: str, m: regex.Match, s: int, e: int, doc_date: dt.date | None) -> TimeRef | None:
        """"on Thursday": the latest Thursday up to the document's date, a day of its week (not "said on Sunday")."""
        if self.told_before.search(text, max(0, s - TOLD_REACH), s):
            return None
        day = doc_date - dt.timedelta((doc_date.weekday() - self.weekdays[_fold(m.group("wday"))]) % 7) if doc_date else None
        return TimeRef(s, e, DATE, day.year if day else None)

    def _opens_span(self, text: str, m: regex.Match, s: int) -> bool:
        """Is the month match ``m`` a span of months joined by a word ("января по октябрь") that the word before it
        opens ("с")? (Not "по сравнению с январем-мартом": a dash joins the months of a baseline.) Or joined any way,
        after a word that opens nothing else ("between January-November 2017")?"""
        if not m.group("m2"):
            return False
        return any(ch.isalpha() for ch in text[m.end("m1"):m.start("m2")]) and self.span_opener.search(text, max(0, s - 12), s) is not None \
            or self.span_only_opener is not None and self.span_only_opener.search(text, max(0, s - 12), s) is not None

    def _fiscal(self, before: str, s: int, e: int, first: int, last: int) -> TimeRef:
        """A fiscal year ("2016-17", "FY 2022-23") by the year it ends, its first quarter or half by the year it
        starts ("the first quarter of the 2024-25 financial year"); a baseline after "compared with" or a change's
        "over" ("grew 7.4 per cent over 2022-23")."""
        over = self.over.fiscal is not None and self.over.fiscal.search(before)
        year = first if self.over.fiscal_start is not None and self.over.fiscal_start.search(before) else last
        return TimeRef(s, e, BASELINE if over or self._baseline_before(before) else YEAR, year)

    def _baseline_before(self, before: str) -> bool:
        """Do the words before a year make it a baseline ("compared with", "since ... in", "up 332 on")?"""
        return bool(self.baseline_before.search(before)) \
            or any(p is not None and p.search(before) for p in (self.since_clause, self.change_on))


_four_digits = compiled(r"\d{4}")
# "(2015=100)", "(June 2000 = 100)": a time set equal to an index's base value
_INDEX_BASE = compiled(r"[ \t\u00a0]*" + unrequired("=") + r"[ \t\u00a0]*" + unrequired("1") + r"0{0,3}(?:[.,]0+)?(?!\p{N}|[.,]\p{N})")
_year_next = compiled(r"[ \t\u00a0]+(?:1[89]|20)\d\d(?!\d)")


def _fold(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _count(word: str, lex: Lexicon) -> int | None:
    if word.isdigit():
        return int(word)
    number, used = parse.words(word.split(), lex, "")
    return int(number.value) if number is not None and number.kind == "number" else None


SOON = 31   # days after a text's date within which a day and month without a year are the coming ones


def _opens_sentence(text: str, k: int) -> bool:
    """Does ``text[k:]`` open a sentence, a line or what a colon introduces?"""
    j = k
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j == 0 or text[j - 1] in ".:!?" or "\n" in text[j:k]


def _soon_after(doc_date: dt.date, month: int, text: str, m: regex.Match, s: int, day_before: regex.Pattern) -> bool:
    """Is the day and ``month`` of ``m`` (its day after the month, or before it) at most SOON days after ``doc_date``
    in the same year?"""
    day = m.group("mday") or (found.group().strip() if (found := day_before.search(text, max(0, s - 4), s)) else None)
    try:
        ahead = (dt.date(doc_date.year, month, int(day)) - doc_date).days if day else -1
    except ValueError:
        return False   # ("31 June": no such day)
    return 0 < ahead <= SOON


_RESTATED = compiled(r"[ \t\u00a0]*\([ \t\u00a0]*")   # a baseline's time restated in its bracket right after it
_PERIOD_OF = compiled(r"[ \t\u00a0]+(?:\p{L}{1,4}[ \t\u00a0]+)?")   # " in ", " of ", " " between a period and its year


def period_of(text: str, r: TimeRef, refs: list[TimeRef]) -> TimeRef | None:
    """"the same period in 2023", "того же периода 2023 года": the time right after a period that names its year."""
    return next((a for a in refs if a.start >= r.end and a.year is not None and _PERIOD_OF.fullmatch(text, r.end, a.start)), None) \
        if r.kind == CONTEXT else None


_YEAR_DIGITS = compiled(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")   # a year written in a date ("1 января 2017")


SENTENCE_END = compiled(r"[.!?;](?:\s|\Z)|\n")   # a sentence's end (or a list's semicolon, or a line's) between two places


def _months_of_years(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """"compared with February last year", "по сравнению с февралем прошлого года", "in July of the previous year": a
    month (a baseline's too) and the relative year right after it are one time, of that year."""
    out: list[TimeRef] = []
    for r in refs:
        last = out[-1] if out else None
        if last is not None and r.kind in (RELATIVE, CONTEXT) and r.year is not None and last.kind in (MONTH, BASELINE) \
                and _PERIOD_OF.fullmatch(text, last.end, r.start) and text[last.start:last.end].isalpha():
            out[-1] = TimeRef(last.start, r.end, last.kind, r.year)
        elif last is not None and r.kind == CONTEXT and last.kind in (MONTH, DATE) and _PERIOD_OF.fullmatch(text, last.end, r.start) \
                and not _YEAR_DIGITS.search(text, last.start, last.end):
            out[-1] = TimeRef(last.start, r.end, CONTEXT, r.year, r.offset)   # "на 1 января того же года": of the year named before
        else:
            out.append(r)
    return out


class TimeIndex:
    """The time expressions of one text, in order, looked up by the span they start in."""

    def __init__(self, refs: list[TimeRef]):
        self.refs = refs
        self._starts = [r.start for r in refs]

    def between(self, start: int, end: int) -> list[TimeRef]:
        """The expressions that start in [start, end)."""
        return self.refs[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]


RECORD_VALUE_REACH = 150   # characters back from a time to the record whose earlier value it dates


@functools.lru_cache(maxsize=None)
def record_value_pattern(lex: Lexicon) -> regex.Pattern:
    """"the lowest since 70.3 per cent in March 1987", "the highest rate since the bureau recorded 4.6 per cent in
    September 2001": a record, "since", its earlier value and the preposition of that value's time, searched backwards
    from the time (within RECORD_VALUE_REACH); or a record since a clause that ends with the time it began ("the lowest
    estimate since the agency started the series 43 years ago"). The time dates that value or start only: no year the
    text reports on."""
    t = "time"
    record = rf"(?<![\p{{L}}])(?:{lex.pattern(t, 'record')})(?:{GAP}+[\p{{L}}'’-]+,?){{0,5}}{GAP}+(?:{lex.pattern(t, 'record_value_since')})"
    return lex.compile(
        rf"{record}(?:{GAP}(?:[^.;:!?\n\d]|(?<=\d)\.(?=\d)){{0,40}}\d(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){{0,30}}{GAP}(?:{lex.pattern(t, 'record_value_in')})"
        rf"|(?:{GAP}+[\p{{L}}'’-]+){{2,12}}){GAP}+\Z",
        regex.IGNORECASE | regex.REVERSE)


@functools.lru_cache(maxsize=None)
def time_finder(lex: Lexicon) -> TimeFinder:
    return TimeFinder(lex)
