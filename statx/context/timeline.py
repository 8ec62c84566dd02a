"""What a document is about in time: the year it reports on ("the results of 2020", else the year it
names most often, not counting links to other stories or years that name a thing, else on a tie the
first year of its headline or lead), and the times that frame what a paragraph's sentences tell ("In 2023,
..."). The year rules (year.py) fall back on them."""
from __future__ import annotations

import bisect
import collections

import regex

from ..lang import GAP, Lexicon
from ..lang.cache import compiled
from ..text.rows import BULLET_MARK
from ..text import timex
from ..text.dateline import RELATED_LINE, related_heading
from ..text.prefilter import Prefilter
from ..text.lists import plain_item_heading
from ..text.view import DocumentView, breaks_between

FRAME_REACH = 24       # a time this close to a sentence's start frames what follows in the paragraph
REPORTING_REACH = 4000  # where a document says what period it reviews: its first lines
REPORTING_BEFORE, REPORTING_AFTER = 25, 80   # how near "results" its year stands ("last year's results", "results of ... in 2020")
LEAD_PARAGRAPHS = 3    # a headline and a lead: where a document names its year first
DEADLINE_REACH = 12    # characters back from a year to the word that makes it a deadline ("by 2024")
PLAN_REACH = 100       # characters back from a deadline to the words of its plan ("were to be eradicated by")
HISTORY = 50           # years before a dated text's date that its body recalls as history ("built in 1932")


class TimelinePatterns:
    """The words of one language that say what a document is about in time."""

    def __init__(self, lex: Lexicon):
        ci = regex.IGNORECASE
        reporting = rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'reporting')})(?![\p{{L}}])"
        self.reporting = Prefilter(lex.compile(reporting, ci), reporting, ci)   # the same matches, found fast
        # "(с учетом итогов переписи населения 2020 г.)": an aside on what a figure was adjusted for
        self.adjusted_aside = lex.compile(rf"\([ \t\u00a0]*(?:{lex.pattern('time', 'adjusted_for')})(?![\p{{L}}])", ci)
        self.deadline = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'deadline_before')}){GAP}+\Z", ci)
        # "Visitor Arrivals for June, 2017", "за июнь 2017 года": the word before a month and year that says they are
        # the period a text's figures are of (not "signed in February 2012", an event's date)
        self.period_for = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'period_for')}){GAP}+\Z", ci)
        # "waits were to be eradicated by August 2022": a plan's words before a deadline, in its clause (searched backwards)
        # "и на плановый период 2010 и 2011 годов": the years right after a planning period's words, joined
        self.planning = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'planning_periods')})(?:[ \t\u00a0]+(?:\p{{L}}{{1,5}}\.?|\d{{4}})){{0,4}}"
                                    rf"[ \t\u00a0]*[-–—]?[ \t\u00a0]*\Z", ci | regex.REVERSE)
        self.planned = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'plan_words')})(?![\p{{L}}])[^.;:!?\n]{{0,80}}\Z", ci | regex.REVERSE)
        # "Read also:", "Читайте также": a heading over links to other stories, which name their own years
        self.related_heading = related_heading(lex)
        self.rights = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'rights_lines')})(?![\p{{L}}])", ci)
        # The same without its look-ahead, looked for once in the whole text (found by RE2): where it is
        # nowhere, no paragraph holds a rights line, and the paragraphs need not be searched one by one
        rights_anywhere = rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'rights_lines')})"
        self.rights_anywhere = Prefilter(lex.compile(rights_anywhere, ci), rights_anywhere, ci)
        # a stamp is a label: a colon, a bar, a number or a capitalised word (a month, a weekday) follows it, not
        # the rest of a sentence ("The department today published enrolments for 2017")
        self.stamp = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'stamp_lines')})(?![\p{{L}}])[ \t\u00a0]*(?:[:|\d]|(?-i:\p{{Lu}}))", ci)
        # "at the time of the last census in 2006", "the previous election in 2019": the year of an earlier occasion of
        # what the text reports (it reports this one), after a word or two naming it
        earlier = lex.words("time", "earlier_occasion")
        self.earlier_occasion = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(earlier)})(?:{GAP}+\p{{L}}[\p{{L}}-]*){{1,2}}"
                                            rf"(?:{GAP}+(?:{lex.pattern('time', 'compared_time_words')}))?{GAP}+\Z", ci | regex.REVERSE) \
            if earlier else None
        # "this 2011 Census": the year of the occasion the text reports, though it names a thing
        this = lex.words("time", "this_occasion")
        self.this_occasion = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(this)}){GAP}+\Z", ci) if this else None
        # "Напомним, что ...", "Recall that ...": a sentence of background opens with one of these
        self.background = lex.compile(rf"[«\"“'(]?(?:{lex.pattern('time', 'background_openers')})(?![\p{{L}}])", ci)
        self.bullet = lex.compile(r"[ \t]*(?:" + BULLET_MARK + r"|-)[ \t]")
        self.bullets = lex.compile(r"(?:^|[ \t])•[ \t]")
        # "the 2006 Census": a year before a capitalised word, after no word of time, names a thing
        # (not a word that goes on naming a time: "September 2021 Quarter")
        # (not a word that goes on naming a time, "September 2021 Quarter", nor what covers the year, "the 2007 Budget")
        covers = lex.words("time", "year_covers_after")
        after = lex.alternation(lex.words("time", "time_names_after") + covers)
        self.capital_after = lex.compile(rf"[ \t\u00a0]+(?!(?i:{after})(?![\p{{L}}]))\p{{Lu}}\p{{Ll}}")
        # "population figures from the 2016 census": a source, though written in lower case, is a thing its year names
        self.source_after = timex.time_finder(lex).source_after
        named = lex.words("time", "source_named_before")   # "переписи населения 2010 года": the source named before its year
        self.source_named_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(named)}){GAP}+\Z", regex.IGNORECASE | regex.REVERSE) \
            if named else None
        # "This is down from the 65.2 percent in July 2022": the time of a figure compared with, in its clause
        # (a link that says which way it changed, "down from", "up from": "compared to" and "против" go either
        # way, "in 2011 there were 31 compared to eight in July 2012"; "than the ...", not the qualifier of
        # "more than 50 new types ... in 2012")
        changes = set(lex.words("direction", "up") + lex.words("direction", "down"))
        links = lex.alternation(w for w in lex.words("time", "baseline_figure") if w.split()[0] in changes and " " in w)
        than = lex.pattern("time", "comparison") + (rf"{GAP}+(?:{lex.pattern('time', 'articles')})" if lex.words("time", "articles") else "")
        # (searched backwards from the year: only whether it matches is asked)
        self.compared_before = lex.compile(rf"(?<![\p{{L}}])(?:{links}|{than})(?![\p{{L}}])(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){{0,60}}\Z",
                                           ci | regex.REVERSE)
        self.record_value_before = timex.record_value_pattern(lex)   # "the lowest since 70.3 per cent in March 1987"
        # "decreased by 22 percent with 36 incidents, compared to 45 in 2019": a year after "compared to" in a clause
        # that names no year of its own is the comparison's (searched backwards from the year)
        self.against_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'against')})(?![\p{{L}}])"
                                          rf"(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){{0,40}}\Z", ci | regex.REVERSE)
        # "(в январе-феврале 2022 года - 7 детей)", "(2022: 545)": a bracket after a figure with an earlier time's value
        self.bracket_open = compiled(r"\((?:[^()\n\d]{0,30}|[\p{L}\p{N}]{1,3}[ \t\u00a0]+)\Z")   # (or after a quarter's mark: "(4Q 2023: 4.2 per cent)")
        self.value_after = compiled(r"[ \t\u00a0]*[-–—:][ \t\u00a0]*(?:\p{L}{1,3}[ \t\u00a0]+)?\d")   # ("– 7 детей", "– на 6%")
        # "increased by 13,7% from 748 561 in October 2015", "down by 0.5 point from the LFPR of 61.4 percent in
        # April 2017", "(from 31 158 in October 2015 to 40 492 in October 2016)": the time of a change's first
        # level, after its size or before its second level
        froms = lex.alternation(lex.words("ranges", "from"))
        tos = lex.alternation({pair[1] for pair in lex.data["ranges"]["between"] if pair[0].lower() in lex.words("ranges", "from")})
        clause = r"(?:[^.;:!?\n]|(?<=\d)[.,](?=\d))"
        level = rf"(?<![\p{{L}}])(?:{froms})(?:[ \t\u00a0]+\p{{L}}[\p{{L}}-]*){{0,4}}[ \t\u00a0]+(?:\p{{L}}{{0,3}}\p{{Sc}})?\d{clause}{{0,40}}\Z"   # "from (the rate of) 748 561 in ...", "from $200 in ..."
        self.change_from_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(changes)})(?![\p{{L}}]){clause}{{0,40}}{level}", ci | regex.REVERSE)
        self.from_before = lex.compile(level, ci | regex.REVERSE)
        self.to_after = lex.compile(rf"{clause}{{0,20}}?(?<![\p{{L}}])(?:{tos})[ \t\u00a0]+\d", ci)
        # "Smolenskstat reported a fall in the number of residents in 2019.": a sentence that tells of a change
        d = "direction"
        told = lex.alternation(set(lex.words(d, "up") + lex.words(d, "down") + lex.words(d, "up_nouns") + lex.words(d, "down_nouns")))
        self.change_told = lex.compile(rf"(?<![\p{{L}}])(?:{told})(?![\p{{L}}])", ci)
        finder = timex.time_finder(lex)   # its tables: each form of a month's name -> its number; "last month" -> its offset
        self.months, self.relative_months = finder.months, finder.relative_months
        self.time_word_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'year_prepositions')}){GAP}+\Z", ci)


def reporting_year(p: TimelinePatterns, doc: DocumentView) -> int | None:
    """The year the document reports on: the year next to "results", "performance", "outcomes"
    in its first lines when no later year was written before it (of a report's name, "the Economic Survey 2019",
    when the text names no other year more often: a report may be named for the year it came out), else the year
    it refers to more often than any other by years, relative years and
    months (not counting blocks of links to other stories: "Read also: ..."), else on a tie the tied year that the
    dates of what its body reports name most often ("On March 3, ..."), else the first year its headline or lead
    names, or the latest of the tied years up to one after it when that is one of them (a text
    compares its period with earlier ones: "from 173,140 cases in 2022 to 159,680 in 2023"); with no year named, the
    year of those dates; an undated text that says "this year" more often than it names a year reports on none, unless
    its first paragraph names the latest of its years or it names one year only, a month's, as its figures' period
    ("for June, 2017"). The time of a
    figure compared with ("down from 65.2 percent in July 2022", "lower than the 47.39 million in July 2022")
    does not vote, nor a plan's deadline ("were to be eradicated by August 2022"), nor a year the body of a dated text
    recalls a lifetime before its date ("the bridge, built in 1932")."""
    doc_date, text = doc.doc_date, doc.text
    titled = None   # the year of a report's title ("the Economic Survey 2019"): the year it came out, often
    for w in p.reporting.finditer(doc.lowered, 0, min(len(text), REPORTING_REACH)):
        s_start, s_end = doc.layout.sentence_at(w.start())
        if p.background.match(text, s_start):
            continue   # "Напомним, что по итогам 2022 года ...": a reminder of an earlier period
        refs = [r for r in doc.times.between(s_start, s_end)   # (not "compared to performance in November 2006")
                if r.kind in (timex.YEAR, timex.RELATIVE) and r.year is not None and not _names_a_thing(p, text, r)
                and not compared_time(p, doc, r)
                and not (doc_date is not None and doc_date.year - r.year > SOURCE_LAG and _source(p, text, r))]   # (nor an old census's results)
        # "the results of the police's work in 2020", "last year's results": the year in the word's clause, near it
        refs = [r for r in refs if (0 <= w.start() - r.end <= REPORTING_BEFORE or 0 <= r.start - w.end() <= REPORTING_AFTER)
                and not breaks_between(text, min(r.end, w.end()), max(r.start, w.start()), False)]
        if refs:
            near = min(refs, key=lambda r: abs(r.start - w.start()))
            first = next((r for r in doc.times.refs if r.kind == timex.YEAR and not _names_a_thing(p, text, r)), None)
            if first is None or first.start >= s_start or first.year <= near.year:
                if near.start < w.end() or text[w.end():near.start].strip() or not text[w.start()].isupper():
                    return near.year   # (not "За 3 месяца 2022 года ... По итогам 2021 года ...": the text named a later year first)
                titled = titled or near.year   # the year it reviews, unless the text names another more often
    related = _related_blocks(p, doc)
    named = _named(p, doc, related)
    # the time of a figure compared with makes no year the document's, but it may keep another from leading
    is_compared = [compared_time(p, doc, r) for r in named]
    compared = [r for r, c in zip(named, is_compared) if c]
    voters = [r for r, c in zip(named, is_compared) if not c]
    if doc_date is None:
        voters += _same_month_before(p, doc)
    ranked = collections.Counter(r.year for r in voters).most_common()
    if titled is not None and (not ranked or ranked[0][1] <= dict(ranked).get(titled, 0)):
        return titled   # no other year named more often than the report's
    # the dates of what the body reports ("On February 13, ..."; not a dateline's: of a dated text, none of its lead's)
    # break a tie, or stand in for no year
    dated = collections.Counter(r.year for r in doc.times.refs if r.kind == timex.DATE and r.year is not None
                                and (doc_date is None or doc.layout.paragraph_index(r.start) >= LEAD_PARAGRAPHS)
                                and doc.layout.paragraph_index(r.start) not in related
                                and (doc_date is None or r.year <= doc_date.year + 1)).most_common(2)
    if not ranked:   # (an undated text that says "two years ago, on January 26, 2012" as often names its own year nowhere;
        # "this year" agrees with any: "17 мая 2017 года стало известно ... в текущем году")
        return dated[0][0] if (len(dated) == 1 or dated and dated[0][1] > dated[1][1]) \
            and (doc_date is not None or _relative(doc, related, away=True) < dated[0][1]) else None
    if doc_date is None and _relative(doc, related) > ranked[0][1]:
        # an undated text that says "this year" and "last year" more often names its own year nowhere, unless its
        # first paragraph names the latest of its years ("Fisheries production reached 4.26 million tons in 2023, ...")
        # (or the first sentence under its headline, when it compares that year's period with last year's: "in the period of
        # April to August 2013 compared to the same period last year")
        lead = [r.year for r in voters if doc.layout.paragraph_index(r.start) == 0 and r.kind == timex.YEAR
                or _lead_against_last_year(doc, r)]
        if lead and lead[0] == max(year for year, n in ranked):
            return lead[0]
        # ... or its only year is named with a month as the period of its figures ("Visitor Arrivals for June, 2017")
        monthly = len(ranked) == 1 and any(r.kind == timex.YEAR and _month(p, text, r)
                                           and p.period_for.search(text, max(0, r.start - PERIOD_REACH), r.start) for r in voters)
        return ranked[0][0] if monthly else None
    rivals = [n for year, n in ranked[1:]] + [n for year, n in collections.Counter(r.year for r in compared).items() if year != ranked[0][0]]
    if ranked[0][1] > max(rivals, default=0) or doc_date is not None and [year for year, n in ranked] == [doc_date.year]:
        return ranked[0][0]  # referred to more often than any other year, or a dated text's own year, the only one not compared with
    if dated and (len(dated) == 1 or dated[0][1] > dated[1][1]) and dated[0][0] in {year for year, n in ranked if n == ranked[0][1]}:
        return dated[0][0]   # a tie the body's dates break
    # a plan's period in the lead ("the budget for 2024-2026") says its first year is what the text is about
    voting = set(voters)
    lead = next((r for r in doc.times.refs if doc.layout.paragraph_index(r.start) < LEAD_PARAGRAPHS
                 and (r in voting or r.kind == timex.TARGET and r.offset > 0)), None)
    tied = [year for year, n in ranked if n == ranked[0][1]]
    if lead is not None and lead.kind != timex.TARGET and lead.year in tied:
        return max(year for year in tied if year <= lead.year + 1)   # (a year further on is a plan's: "improve between 2026 and 2027")
    if lead is not None:
        return lead.year
    if len(tied) == 1 and all(r.year < tied[0] for r in compared):
        return tied[0]   # "в последний месяц 2009 года" beside "(против 13,3% в 2008-м)" twice: what is compared with is earlier
    # no lead to break the tie: the year named most often, the times of figures compared with counted too
    everyone = collections.Counter(r.year for r in named).most_common(2)
    return everyone[0][0] if len(everyone) == 1 or everyone[0][1] > everyone[1][1] else None


def _lead_against_last_year(doc: DocumentView, r: timex.TimeRef) -> bool:
    """Is ``r`` a year (or a month's) in the first sentence under the headline that a time of last year after it is
    compared with ("April to August 2013 compared to the same period last year")?"""
    layout = doc.layout
    if r.kind not in (timex.YEAR, timex.MONTH) or layout.paragraph_index(r.start) != 1:
        return False
    start, end = layout.sentence_at(r.start)
    if start != layout.sentence_at(layout.paragraphs[1][0])[0]:
        return False
    return any(t.start >= r.end and (t.kind == timex.BASELINE_REL or t.kind in (timex.RELATIVE, timex.BASELINE) and t.offset < 0)
               for t in doc.times.between(start, end))


def _named(p: TimelinePatterns, doc: DocumentView, related: set[int]) -> list[timex.TimeRef]:
    """The times that may vote for the year a text reports on. A year up to one after the document's may be what it
    reports on (next year's budget); later ones are plans, and so is one the body names once, in passing ("on a day
    when the 2020/2021 budget estimates ..."), and a budget's planning period ("на плановый период 2010 и 2011 годов"). A month the document's date gives a year to ("in the quarter to April")
    refers to that year; "now" and "today" do not vote: a speech says them of itself, not of the year it reviews."""
    doc_date, text = doc.doc_date, doc.text
    aside = _named_once_in_body(doc, doc_date.year + 1) if doc_date is not None else None
    return [r for r in doc.times.refs if r.kind in (timex.YEAR, timex.RELATIVE, timex.THE_YEAR, timex.MONTH) and r.year is not None
            and (doc_date is None or r.year <= doc_date.year + 1 and not (r.year > doc_date.year and _deadline(p, text, r)) and r is not aside)
            and not (_deadline(p, text, r) and p.planned.search(text, max(0, r.start - PLAN_REACH), r.start))
            and not p.planning.search(text, max(0, r.start - PLAN_REACH), r.start)
            and doc.layout.paragraph_index(r.start) not in related and (not _names_a_thing(p, text, r) or _this_occasion(p, text, r))
            and not _earlier_occasion(p, text, r)
            and not p.background.match(text, doc.layout.sentence_at(r.start)[0])   # (nor a reminder's: "Напомним, что в 2022 году ...")
            and not _history(doc, r)
            and not (doc_date is not None and doc_date.year - r.year > SOURCE_LAG and _source(p, text, r))
            and not (r.kind == timex.RELATIVE and doc_date is not None and r.year is not None and doc_date.year - r.year > 1)]
            # (nor a time long ago, "three years ago": history told from the text's own time)


def _same_month_before(p: TimelinePatterns, doc: DocumentView) -> list[timex.TimeRef]:
    """"127 deaths in September, ... an increase of 112 per cent from September 2019": in an undated text, a month that
    it names with no year and then compares with the same month of a year ("April Unemployment Rate Steady ... an
    increase of 6,100 since April 2022") is that month a year on; a vote for the year after. Only a sentence that gives
    a figure compares (not "the November results would be compared to performance in November 2021")."""
    out, months = [], set()
    for r in doc.times.refs:
        if r.kind == timex.MONTH and r.year is None and (month := _month(p, doc.text, r)) is not None:
            months.add(month)
        if r.kind != timex.BASELINE or r.year is None or _month(p, doc.text, r) not in months:
            continue
        if _figure_in(doc, doc.layout.sentence_at(r.start)):
            out.append(timex.TimeRef(r.start, r.end, timex.YEAR, r.year + 1))
    return out


def _figure_in(doc: DocumentView, sentence: tuple[int, int]) -> bool:
    """Does the sentence hold a digit outside its times (its refs in text order, read once)?"""
    refs, j = doc.times.between(*sentence), 0
    for d in _DIGIT.finditer(doc.text, *sentence):
        while j < len(refs) and refs[j].end <= d.start():
            j += 1
        if j == len(refs) or d.start() < refs[j].start:
            return True
    return False


_DIGIT = compiled(r"\d")
PERIOD_REACH = 20   # characters back from a month and year to the words that make them a period ("for", "twelve months to")


def _month(p: TimelinePatterns, text: str, r: timex.TimeRef) -> int | None:
    """The number of the month a time's first word names, else None."""
    words = text[r.start:r.end].lower().split()
    return p.months.get(words[0].rstrip(",.")) if words else None   # ("June, 2017")


def _history(doc: DocumentView, r: timex.TimeRef) -> bool:
    """A year a lifetime before a dated text's date, past its headline and lead ("the bridge, built in 1932",
    a helpline's "1800 RESPECT"): history the body recalls, not the period the text reports on."""
    return doc.doc_date is not None and r.year is not None and r.year < doc.doc_date.year - HISTORY \
        and doc.layout.paragraph_index(r.start) >= LEAD_PARAGRAPHS


def _named_once_in_body(doc: DocumentView, year: int) -> timex.TimeRef | None:
    """The one time a text names ``year``, when that is past its headline and lead, else None."""
    found = [r for r in doc.times.refs if r.year == year and r.kind in (timex.YEAR, timex.RELATIVE, timex.THE_YEAR, timex.MONTH)]
    return found[0] if len(found) == 1 and doc.layout.paragraph_index(found[0].start) >= LEAD_PARAGRAPHS else None


def _deadline(p: TimelinePatterns, text: str, r: timex.TimeRef) -> bool:
    """Is ``r`` a deadline ("to enroll 60% of students by 2024")? One still ahead names a plan's year."""
    return p.deadline.search(text, max(0, r.start - DEADLINE_REACH), r.start) is not None


def _relative(doc: DocumentView, related: set[int], away: bool = False) -> int:
    """How often the text names times relatively to its own ("this year", "last year", "last month"); with ``away``,
    only those before or after it ("last year", not "this year")."""
    return sum(1 for r in doc.times.refs if r.kind == timex.RELATIVE and doc.layout.paragraph_index(r.start) not in related
               and not (away and r.offset == 0))


def relative_month(p: TimelinePatterns, text: str, r: timex.TimeRef) -> bool:
    """Is ``r`` a month relative to the text's time ("last month", "this month")?"""
    return " ".join(text[r.start:r.end].lower().split()) in p.relative_months


def _names_a_thing(p: TimelinePatterns, text: str, r: timex.TimeRef) -> bool:
    """"the 2006 Census", "2018 World Cup", "the results of the 2015 Census": a year before a capitalised word,
    and not right after a word of time ("in 2018 Moscow ..."), names a thing; it is not a year the document is about."""
    return r.kind == timex.YEAR and (bool(p.capital_after.match(text, r.end)) and not p.time_word_before.search(text, max(0, r.start - 20), r.start)
                                     or _ACRONYM_BEFORE.search(text, max(0, r.start - 8), r.start) is not None   # "итогов ВПН-2020"
                                     or adjusted_aside(p, text, r.start) >= 0)   # "(с учетом итогов переписи 2020 г.)"


def _source(p: TimelinePatterns, text: str, r: timex.TimeRef) -> bool:
    """Is ``r`` the year of a source the text takes figures from ("population figures from the 2016 census", "по итогам
    переписи населения 2010 года")?"""
    return r.kind == timex.YEAR and (p.source_after is not None and p.source_after.match(text, r.end) is not None
                                     or p.source_named_before is not None
                                     and p.source_named_before.search(text, max(0, r.start - SOURCE_REACH), r.start) is not None)


SOURCE_REACH = 40   # characters of a source's name before its year, at most
SOURCE_LAG = 2   # years a census or survey may come out after the year it counts: one older than that, in a dated text,
# gives background figures, not what the text reports ("rates per 1,000 people from the 2016 census", in 2020)


def _this_occasion(p: TimelinePatterns, text: str, r: timex.TimeRef) -> bool:
    """Is ``r`` the year of the occasion the text reports on, named with "this" ("registered in this 2011 Census")?"""
    return p.this_occasion is not None and p.this_occasion.search(text, max(0, r.start - OCCASION_REACH), r.start) is not None


def _earlier_occasion(p: TimelinePatterns, text: str, r: timex.TimeRef) -> bool:
    """Is ``r`` the year of an earlier occasion of what the text reports on ("at the time of the last census in 2006")?"""
    return p.earlier_occasion is not None and p.earlier_occasion.search(text, max(0, r.start - OCCASION_REACH), r.start) is not None


OCCASION_REACH = 40   # characters back from a year to the words that name its occasion "this" or "the last" one


def adjusted_aside(p: TimelinePatterns, text: str, pos: int) -> int:
    """Where the bracketed aside that ``pos`` is inside opens, when it says what a figure was adjusted for ("(с учетом
    итогов переписи населения 2020 г.)", "(adjusted for the 2021 census)"), else -1: its times are no figure's."""
    opened = text.rfind("(", max(0, pos - ADJUSTED_REACH), pos)
    return opened if opened >= 0 and text.find(")", opened, pos) < 0 and p.adjusted_aside.match(text, opened) else -1


ADJUSTED_REACH = 80   # characters from the bracket that opens an aside on an adjustment to a time in it, at most


_ACRONYM_BEFORE = compiled(r"(?<![\p{L}])\p{Lu}{2,6}[-‑–]\Z")   # a year glued to an acronym by a hyphen is its name's


def _related_blocks(p: TimelinePatterns, doc: DocumentView) -> set[int]:
    """The paragraphs that list other stories, or state the site's rights: those after a "Read
    also"/"Related" heading while they stay short or bulleted, any paragraph of bulleted headlines
    ("• ... • ..."), a copyright line ("All rights reserved ... 2022") and a short line that stamps
    the page's time ("Last Updated: 11 years ago")."""
    layout, text = doc.layout, doc.text
    found: set[int] = set()
    following = False
    rights = p.rights_anywhere.search(doc.lowered, 0, len(text)) is not None
    bullets = "•" in text
    for k, (start, end) in enumerate(layout.paragraphs):
        if rights and p.rights.search(text, start, end):
            found.add(k)   # "All rights reserved ... 2022", "© 2019": the site's years, not the story's
        elif end - start <= RELATED_LINE and p.stamp.search(text, start, end):
            found.add(k)   # "Posted: Jun 13, 2009 | Last Updated: 11 years ago": when the page was written, not what about
        elif p.related_heading.fullmatch(text, start, end):
            following = True
            found.add(k)
        elif following and (end - start <= RELATED_LINE or p.bullet.match(text, start, end)):
            found.add(k)
        else:
            following = False
            if bullets and len(p.bullets.findall(text, start, end)) >= 2:
                found.add(k)
    return found


def _changed_from(p: TimelinePatterns, text: str, r: timex.TimeRef) -> bool:
    """Is ``r`` the time of a change's first level: "increased by 13,7% from 748 561 in October 2015",
    "from 31 158 in October 2015 to 40 492 in October 2016"?"""
    if p.change_from_before.search(text, max(0, r.start - 100), r.start):
        return True
    return p.from_before.search(text, max(0, r.start - 60), r.start) is not None and p.to_after.match(text, r.end) is not None


def compared_time(p: TimelinePatterns, doc: DocumentView, r: timex.TimeRef) -> bool:
    """Is ``r`` the time of a figure compared with ("down from 65.2 percent in July 2022", "increased by 13,7% from
    748 561 in October 2015", "compared to 45 in 2019", "(в январе-феврале 2022 года - 7 детей)", a record's earlier
    value: "the lowest since 70.3 per cent in March 1987")?"""
    text = doc.text
    return p.compared_before.search(text, max(0, r.start - 80), r.start) is not None or _changed_from(p, text, r) \
        or p.record_value_before.search(text, max(0, r.start - timex.RECORD_VALUE_REACH), r.start) is not None \
        or _against_alone(p, doc, r) \
        or p.bracket_open.search(text, max(0, r.start - 31), r.start) is not None and p.value_after.match(text, r.end) is not None


def _against_alone(p: TimelinePatterns, doc: DocumentView, r: timex.TimeRef) -> bool:
    """Is ``r`` after "compared to" in a sentence that names no year before it ("homicides decreased by 22 percent,
    compared to 45 in 2019")? Then it is the time of the figure compared with (not "in 2011 there were 31 compared to
    eight in July 2012")."""
    found = p.against_before.search(doc.text, max(0, r.start - 60), r.start)
    if found is None:
        return False
    start = doc.layout.sentence_at(r.start)[0]
    return not any(t.kind == timex.YEAR for t in doc.times.between(start, found.start()))


def paragraph_frames(p: TimelinePatterns, doc: DocumentView, index: int, refs: list[timex.TimeRef],
                     figured: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[int, int | None]]:
    """(offset, year) of the times that open a sentence of the paragraph ("In 2023, ...", "Last year ..."), and of
    those anywhere in a sentence with no figure (not one of ``figured``) that tells of the change the next ones
    measure ("Statistics reported a fall in residents in 2019. Towns lost 6,000."). A paragraph that answers a
    question starts with the question's time ("... now?")."""
    layout, text = doc.layout, doc.text
    frames: list[tuple[int, int | None]] = []
    if index > 0:
        prev_start, prev_end = layout.paragraphs[index - 1]
        if text[prev_end - 1:prev_end] == "?" and layout.speaker_at(prev_start) != layout.speaker_at(layout.paragraphs[index][0]):
            for r in doc.times.between(*layout.sentence_at(prev_end - 1)):
                if r.kind in timex.STRONG or r.kind == timex.PRESENT:
                    frames.append((layout.paragraphs[index][0], r.year))
    heading = plain_item_heading(text, layout.paragraphs[index][0]) or dash_item_heading(text, layout.paragraphs[index][0])
    if heading:   # "Last year's figures, from 12/30/2016, are below:\nAccidents: 276": the heading's time frames its list
        first = next((r for r in doc.times.between(*heading) if strong_time(r)), None)
        frames += [(layout.paragraphs[index][0], first.year)] if first else []
    for r in refs:
        if strong_time(r) and (r.start - (sentence := layout.sentence_at(r.start))[0] <= FRAME_REACH
                               or sentence not in figured and _frames_what_follows(p, text, sentence, r)):
            frames.append((r.start, r.year))
    frames.sort(key=lambda f: f[0])
    return frames


SECTION_LINES = 12     # lines back from a paragraph to the heading of its section, at most ...
SECTION_REACH = 4000   # ... and characters
# a line between blank lines, short, that opens with a capital or a digit and ends in no stop: a heading
# (its blanks bounded: a look-behind over a long run of them would be tried at every place in it)
_HEADING = compiled(r"(?<=\n[ \t\r\u00a0]{0,8}\n[ \t\u00a0]{0,8})[\p{Lu}\d][^\n]{0,78}[^\s.!?:;,…](?=[ \t\r\u00a0]{0,8}\n[ \t\r\u00a0]{0,8}\n)")
_LINE = compiled(r"\n[ \t\r\u00a0]*\S")   # the start of a line that is not blank


def section_headings(p: TimelinePatterns, doc: DocumentView) -> list[tuple[int, int, int | None]]:
    """(start, end, year) of the headings of a page that holds several reports each under its own heading ("2014 November
    Tourist Arrivals", "January 2015 tourist arrivals decline"): the year of a heading's first time that names one (not
    a full date, a dateline's), else None. None at all unless two headings name a year; the text's first line, its
    headline, is no section's (the year the text is about stands for it), nor is a copyright line ("Copyright © 2017
    The Daily News": the site's year)."""
    text = doc.original
    headline = len(text) - len(text.lstrip())   # where the text's first line starts
    found = []
    for m in _HEADING.finditer(text):
        if m.start() > headline and not p.rights.search(text, *m.span()):
            first = next((r for r in doc.times.between(*m.span()) if strong_time(r) and r.kind != timex.DATE), None)
            found.append((m.start(), m.end(), first.year if first else None))
    return found if sum(year is not None for _, _, year in found) >= 2 else []


def section_year(doc: DocumentView, headings: list[tuple[int, int, int | None]], index: int) -> int | None:
    """The year of the heading (section_headings) over paragraph ``index``'s section: the nearest one before it, at most
    SECTION_LINES lines and SECTION_REACH characters back."""
    start = doc.layout.paragraphs[index][0]
    k = bisect.bisect_left(headings, (start,)) - 1
    if k < 0 or headings[k][1] > start or start - headings[k][1] > SECTION_REACH \
            or len(_LINE.findall(doc.original, headings[k][1], start)) > SECTION_LINES:
        return None
    return headings[k][2]


def _frames_what_follows(p: TimelinePatterns, text: str, sentence: tuple[int, int], r: timex.TimeRef) -> bool:
    """Does the time ``r`` of a sentence with no figure date the figures after it: does the sentence tell of a change
    ("Statistics reported a fall in residents in 2019. Towns lost 6,000.")? Not an event's year ("The strategy was
    approved in 2010."), its full date ("on January 26, 2012"), a time in brackets ("(data for 2019)"), nor a
    question's time ("the pay rise you gave yourself last year?")."""
    return r.kind != timex.DATE and text[sentence[0]:sentence[1]].rstrip()[-1:] != "?" \
        and p.change_told.search(text, sentence[0], sentence[1]) is not None \
        and text.rfind("(", sentence[0], r.start) <= text.rfind(")", sentence[0], r.start)


# "доходы – 316,2 млрд рублей;", "Revenue – $48.2 million", numbered or marked or not ("1) доходы – 426 069 625 тысяч
# тенге:", "- общий объем доходов - 19 914 204,4 тыс. рублей;")
_DASH_ITEM = compiled(r"[ \t]*(?:\d{1,2}[).][ \t]+|(?:[-–—]|" + BULLET_MARK + r")[ \t]+)?[^\n\d:–—-]{1,80}[ \t][–—-][ \t]+[^\s\d]{0,3}\d[^\n]{0,60}")
ITEM_LINES = 12   # items back from an item to its list's heading at most


def dash_item_heading(text: str, line_start: int) -> tuple[int, int] | None:
    """Where the heading ("2026 год:") is of the list of "label – amount" lines that the line at ``line_start`` is one
    of (blank lines and other items between), or None."""
    end = text.find("\n", line_start)
    if not _DASH_ITEM.fullmatch(text, line_start, len(text) if end < 0 else end):
        return None
    start, items = line_start, 0
    for _ in range(2 * ITEM_LINES):   # (blank lines between the items too, as a page's paragraphs come out)
        if start == 0 or items == ITEM_LINES:
            return None
        end, start = start - 1, text.rfind("\n", 0, start - 1) + 1
        if text[start:end].strip():
            if not _DASH_ITEM.fullmatch(text, start, end):
                return (start, end) if text[start:end].rstrip().endswith(":") else None
            items += 1
    return None


def strong_time(r: timex.TimeRef) -> bool:
    """Does ``r`` say the year of what its sentence tells? Not a month, a day or "since the start of the year" of an
    undated document ("В декабре ...", "after the revision of September 29", "С начала года ..."): the text around it does."""
    return r.kind in timex.STRONG and not (r.kind in (timex.MONTH, timex.DATE, timex.THE_YEAR) and r.year is None)
