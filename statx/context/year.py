"""The year a figure describes, and the baseline year of a change (shared/spec/claims.md, "The year").

In order: a time expression in the figure's own sentence (the nearest one; a relative one is resolved against the
document's date) -> the year that frames the paragraph so far (a sentence that opens with a time, or an earlier
figure's year) -> the year the document reports on (timeline.py) -> the document's own year; which figure of a
sentence a time belongs to is owner.py's. Then over the whole document (year_across.py): amounts converted after a
slash, baselines carried to the changes that give none, and the pairs after a change."""
from __future__ import annotations

import bisect
import collections
import functools
from typing import Callable, Sequence

import regex

from ..lang import COMMA_BLANK, COMMA_GAP, GAP, Lexicon, unrequired
from ..lang.cache import compiled
from ..numbers.mention import PERCENT
from ..text import timex
from ..text.over import size_over
from ..text.view import DocumentView
from .figure import Figure
from .owner import breaks, closest_to, distance
from .timeline import TimelinePatterns, adjusted_aside, compared_time, paragraph_frames, relative_month, reporting_year, section_headings, section_year
from .year_sentence import SentencePatterns, sentence_year
from .year_spans import compared_span, pair_span
from .year_across import (Dated, carry_baselines, changes, changes_after_baselines, changes_after_pairs, conversions, implicit_baselines, levels_from_baselines, pairs_after_changes,
                          same_period_before, sizes_of_levels, told_then)

NEAR = 300             # how far from a figure a time expression in its sentence may be
_BRACKET = compiled(r"[()]")


class YearPatterns:
    """The words of one language that tie a figure to a time."""

    def __init__(self, lex: Lexicon):
        ci = regex.IGNORECASE
        q = lex.data["qualifiers"]
        quals = "|".join(regex.escape(w) for w in sorted(q["approx"] + q["averages"] + q["at_least"] + q["at_most"], key=len, reverse=True))
        # "... cut by over 11 percent next year. The population of the county is 250,000": a present-tense link right
        # before a figure, in a sentence with no word of the future, puts it in the text's present, not in a later year
        # said before
        self.present_link = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'present_links')}){GAP}+(?:(?:{quals}){GAP}+)?\Z", ci)
        self.ago_end = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'ago')})\Z", ci)   # "a year ago", "год назад"
        self.future_word = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'future_before')})(?![\p{{L}}])", ci)
        self.then_opens = lex.compile(rf"[\s\"«“(]*(?:{lex.pattern('time', 'then_words')})(?![\p{{L}}])", ci)
        self.from_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+(?:(?:{quals}){GAP}+)?\Z", ci)
        quals_any = lex.alternation(w.lower() for w in q["approx"] + q["averages"] + q["at_least"] + q["at_most"])
        # "..., up from [about] 9 percent": the figure a change is measured from, right before it
        article = rf"(?:(?:{lex.pattern('time', 'articles')}){GAP}+)?" if lex.words("time", "articles") else ""
        self.baseline_figure = lex.compile(   # (perhaps after an article: "a 33.7% surge from the 232,593 cases")
            rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'baseline_figure')}){GAP}+{article}{lex.figure_named}(?:(?:{quals_any}){GAP}+)*\Z", ci)
        # "30% lower than the peak of 2,913 in 2007", "на 30% меньше, чем 2913 в 2007 году": a comparative right after the
        # figure, then the figure it is compared with (its noun's words between)
        single = lex.alternation(w for w in lex.table("direction", "after") if " " not in w)
        self.than_figure = lex.compile(rf"{GAP}*(?:{single}){COMMA_GAP}(?:{lex.pattern('time', 'comparison')}){GAP}+{article}"
                                       rf"(?:[\p{{L}}-]+{GAP}+){{0,4}}?(?:(?:{quals_any}){GAP}+)*", ci)
        # "an increase of 56% on the 73 delivered in 2011": after a change only, the figure it is measured from
        on = lex.words("time", "change_baseline_figure")
        self.change_baseline_figure = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.alternation(on)}){GAP}+{article}{lex.figure_named}"
            rf"(?:(?:{quals_any}){GAP}+)*\Z", ci) if on else None
        # "from 4.2 thousand to 3.4 thousand": a figure that opens a pair of its own is no baseline of the one before
        to_words = lex.alternation(to for start, to in lex.data["ranges"]["between"] if start in lex.words("ranges", "from"))
        self.pair_to = lex.compile(rf"(?:[^,;()]|\([^()]{{0,40}}\)){{0,80}}?(?<![\p{{L}}])(?:{to_words}){GAP}+\Z", ci)
        # "(с 2138 до 1797, - 15,9 %)", "с 139,51 до 145,31 млн долларов, то есть на 4 %": between a pair and its change
        self.pair_then_change = lex.compile(rf"{GAP}*[,;]{GAP}*(?:(?:{lex.pattern('ranges', 'pair_then_change')}){COMMA_GAP})?"
                                          rf"(?:(?:{lex.pattern('direction', 'by_alone')}){GAP}+)?", ci)
        # "... in 2022 | to | 167,450 in 2023", "in 2017-2018 | fiscal year to | 200": the pair's next figure
        self.to_only = lex.compile(rf"(?:{GAP}+(?:{lex.pattern('time', 'phrase_words')})(?![\p{{L}}])){{0,3}}{GAP}+(?:{to_words}){GAP}+", ci)
        # "1.8%, the lowest since 1.5% in January 2010": the value of a record compared with
        self.record_figure = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'record_figure')}){GAP}+(?:(?:{quals_any}){GAP}+)*\Z", ci)
        # "on the previous year's figure of 4.6 million", "higher than last year's 6.9 per cent", "from the November
        # 2022 rate of 2.7 percent": the figure is the baseline's own value
        measures = lex.alternation(lex.words("time", "baseline_after") + lex.words("multipliers", "compared_nouns"))
        # (or, after a year in digits, a few words in small letters that name the measure: "the 2017 approved recurrent
        # budget of EC$211.96 million"; not "year-on-year increase of")
        self.baseline_value = lex.compile(
            rf"(?:(?:{lex.pattern('time', 'possessive')})?(?:{GAP}+(?:{measures})|(?<=\d)(?:{GAP}+(?-i:\p{{Ll}})[\p{{L}}-]*){{1,3}})?{GAP}+"
            rf"(?:{lex.pattern('subject', 'of')})|(?:{lex.pattern('time', 'possessive')})|(?<=(?:{lex.pattern('time', 'possessive')})))"
            rf"{GAP}+(?:(?:{quals_any}){GAP}+)*", ci)   # the possessive may end the time itself ("last year's")
        # "more than 2023 (6.8 trillion rubles)", "than 2022-th (4.7 trillion)": a figure in brackets right
        # after a time is the value of that time
        self.bracket_value = lex.compile(
            rf"[ \t\u00a0]*(?:-[ \t\u00a0]*\p{{Ll}}{{1,3}}[ \t\u00a0]*)?\([ \t\u00a0]*(?:(?:{quals_any}){GAP}+)*", ci)
        # "(АППГ – 5 986, -12,4%)", "(the same period last year: 5,986)", "compared to the same period last year
        # at 5,194": a dash, a colon or a word of a level after a baseline time gives that time's value
        # "по сравнению с декабрем 2020 г. – 107,3%": a percentage after a compared time's dash is measured against it
        compared = lex.words("time", "compared_value")
        self.compared_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(compared)}){GAP}+\Z", ci) if compared else None
        # "снизилась на 12% по сравнению с аналогичным периодом прошлого года - до 11 млрд": the level a change reached, no baseline's value
        self.level_to = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('direction', 'level_after_change')})(?![\p{{L}}])", ci)
        self.dash_value = lex.compile(rf"(?:{GAP}|\))*(?:[–—:-]|(?<=\p{{L}})(?:{GAP}+(?:{lex.pattern('time', 'value_after_baseline')}))(?![\p{{L}}])){GAP}*(?:(?:{quals_any}){GAP}+)*", ci)
        # "between the first quarter of this year and the fourth quarter of last year": two times a change compares
        opens, joins = (lex.alternation(sorted({pair[k] for pair in lex.data["ranges"]["between"]})) for k in (0, 1))
        self.span_open = lex.compile(rf"(?<![\p{{L}}])(?:{opens})(?:{GAP}+\p{{L}}+){{0,4}}{GAP}+\Z", ci)
        self.span_join = lex.compile(rf"{GAP}+(?:{joins})(?:{GAP}+\p{{L}}+){{0,4}}{GAP}+", ci)
        self.running_from = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'running_from')}){GAP}+\Z", ci)
        # "18.8 per cent in the third quarter of 2017 to 23.1 per cent": the words of a time phrase
        # between a figure and its year bind the year to it, however long the phrase
        # ("2.3 per cent of GDP in 2005": a share's whole between them binds too)
        whole = rf"(?:{GAP}+(?:(?:{lex.pattern('subject', 'of')}){GAP}+)?(?:{lex.pattern('subject', 'denominators')})(?![\p{{L}}]))?"
        self.time_phrase = lex.compile(rf"{whole}(?:{GAP}*,)?(?:{GAP}+(?:{lex.pattern('time', 'phrase_words')})(?![\p{{L}}]))+{GAP}+", ci)
        self.timeline = TimelinePatterns(lex)
        # "по сравнению с соответствующим периодом 2018 года", "к уровню января-апреля 2020 года": the same part of the year before
        months = lex.pattern("time", "months")
        self.same_period = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'same_period')}){GAP}*\Z", ci | regex.REVERSE)
        self.month_span = lex.compile(rf"(?:{months})[-–](?:{months})(?![\p{{L}}])", ci)
        self.month = lex.compile(rf"(?<![\p{{L}}])(?:{months})(?![\p{{L}}])", ci)
        self.slash = lex.compile(r"[ \t\u00a0]*/[ \t\u00a0]*")
        self.within_year = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'within_year')})(?![\p{{L}}])", ci)
        self.restated = lex.compile(rf"{COMMA_BLANK}(?:{lex.pattern('words', 'restating')}){GAP}+", ci)
        # ", when inflation was": a clause about the time right before it, with no time of its own
        self.when = lex.compile(rf"{COMMA_GAP}{unrequired(lex.pattern('time', 'when'))}(?![\p{{L}}])[^.!?;,\d]*\Z", ci)
        # "2010: 101.6%", "(2010г.: в целом за январь - 101,6%)": a colon after a time labels what follows
        self.label_colon = lex.compile(r"[ \t\u00a0]*" + unrequired(":"))
        # "Y rubles and for 2027 Z rubles": a time after "and" opens the next conjunct, not this figure's
        self.and_word = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('subject', 'np_and')})(?![\p{{L}}])", ci)
        self.and_only = lex.compile(rf"{COMMA_GAP}(?:{lex.pattern('subject', 'np_and')}){GAP}+", ci)   # "in 2019 and 1,699"
        self.contrast_only = lex.compile(rf"{COMMA_GAP}(?:{lex.pattern('time', 'contrasts')}){GAP}+", ci)   # "in 2016 while 82,657"
        # "890 против 988", "890 compared with 988": the second level is the one the first is compared with
        # "lower than the | 47.4 million": a figure compared with (as a baseline or a rival), right after its link
        self.compared_link = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('direction', 'count_compared')}){GAP}+{article}(?:(?:{quals_any}){GAP}+)*\Z", ci)
        self.against = lex.compile(rf"{GAP}*(?:{lex.pattern('ranges', 'against')}){GAP}*", ci)
        self.against_link = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'against')}){GAP}+\Z", ci)   # "против | 2376"
        # "rose 5% over 2023": the year after a change's size is its baseline, or, when nothing else dates the figure, its time
        self.size_over = size_over(lex)
        self.sentence = SentencePatterns(lex)   # ("the first quarter of 2024 ..., in the previous quarter": 2023)


def date_figures(p: YearPatterns, doc: DocumentView, figures: Sequence[Figure]) -> list[Dated]:
    """The year and since of every figure (figures in text order)."""
    groups: dict[int, list[int]] = collections.defaultdict(list)
    for k, f in enumerate(figures):
        groups[doc.layout.paragraph_index(f.num_start)].append(k)
    told = functools.cache(lambda: reporting_year(p.timeline, doc) or (doc.doc_date.year if doc.doc_date else None))
    # (an undated text that names no year it is about: the year its file name gives, "zarplata-mart-2024.txt")
    fallback = functools.cache(lambda: told() or doc.name_year)
    # where the text first names that year: an undated text's "this year" after it is that year (_told_before)
    named_at = functools.cache(lambda: next((r.start for r in doc.times.refs if r.kind in (timex.YEAR, timex.DATE) and r.year == fallback()), None))
    headings = functools.cache(lambda: section_headings(p.timeline, doc))   # a page of several reports: its sections' headings
    out: list[Dated] = [Dated(None, None, "")] * len(figures)
    for index, ks in groups.items():
        for k, dated in zip(ks, _date_paragraph(p, doc, index, [figures[k] for k in ks], fallback, named_at, headings)):
            out[k] = dated
    conversions(p, doc.text, figures, out)
    sizes_of_levels(p, doc, figures, out)
    carry_baselines(p, doc, figures, out)
    levels_from_baselines(p, doc, figures, out)
    pairs_after_changes(p, doc, figures, out)
    changes_after_pairs(p, doc, figures, out)
    changes_after_baselines(p, doc, figures, out)
    implicit_baselines(p, doc, figures, out)
    told_then(p, doc, figures, out)
    for k, (year, since, rule) in enumerate(out):   # "возросла на 7,8% по сравнению с соответствующим периодом 2018 года"
        if year is None and since is not None and same_period_before(p, doc, figures[k], since):
            out[k] = Dated(since + 1, since, "same_period")
        elif rule == "document" and since is not None and year == since + 2 and doc.doc_date is not None \
                and doc.doc_date.month <= EARLY_MONTHS and same_period_before(p, doc, figures[k], since):
            # "compared with the same period of 2021" in a release of February 2023: last year's figure, year on year
            out[k] = Dated(since + 1, since, "same_period")
    if told() is None:   # a text with no date and no year it is about: of the year after its "same period" baselines
        after = max((year for year, _, rule in out if rule == "same_period"), default=None)
        if after is not None:   # (also a figure of "this year": "во втором квартале текущего года регион принял 685,5 тысячи",
            # and one that carries such a figure's time)
            dated: list[Dated] = []
            for f, (year, since, rule) in zip(figures, out):
                this = rule == "document" or _of_this_year(doc, f) or rule == "carried" and bool(dated) and dated[-1].rule == "same_period"
                dated.append(Dated(after, since, "same_period") if (year is None or rule == "document") and this else Dated(year, since, rule))
            out = dated
        elif doc.name_year is not None:   # ... else of the year its file name gives, "this year" too
            out = [Dated(doc.name_year, since, "file_name") if year is None and _of_this_year(doc, f) else Dated(year, since, rule)
                   for f, (year, since, rule) in zip(figures, out)]
    return out


def _present_after_future(p: YearPatterns, doc: DocumentView, sentence: tuple[int, int], m: Figure, year: int | None) -> bool:
    """Is ``year``, carried from an earlier sentence or the year the text reports on, later than the text's own, while
    ``m`` follows a present-tense link in a sentence with no word of the future ("... cut next year. The population of the
    county is 250,000")?"""
    return year is not None and doc.doc_date is not None and year > doc.doc_date.year \
        and p.present_link.search(doc.text, max(sentence[0], m.start - 40), m.start) is not None \
        and p.future_word.search(doc.text, sentence[0], sentence[1]) is None


def _date_paragraph(p: YearPatterns, doc: DocumentView, index: int, group: list[Figure],
                    fallback: Callable[[], int | None], named_at: Callable[[], int | None],
                    headings: Callable[[], list[tuple[int, int, int | None]]]) -> list[Dated]:
    """The years of the figures of one paragraph, in order (``named_at``: where the text first names ``fallback``'s year;
    ``headings``: its sections' headings, timeline.section_headings)."""
    text, times = doc.text, doc.times
    sentences = [doc.layout.sentence_at(f.num_start) for f in group]
    frames = paragraph_frames(p.timeline, doc, index, refs := times.between(*doc.layout.paragraphs[index]), frozenset(sentences))
    earlier = times.between(*doc.layout.paragraphs[index - 1]) if index else []   # ("In the same period ...": the time before)
    frame_starts = [f[0] for f in frames]
    # "12 percent, up from 9 percent in 2020": the second figure is the first one's baseline
    baseline_of = {k: k + 1 for k in range(len(group) - 1)
                   if sentences[k] == sentences[k + 1]
                   and _is_baseline(p, text, group[k], group[k + 1], group[k + 2] if k + 2 < len(group) else None)}
    baselines = set(baseline_of.values()) | {k + 1 for k in range(len(group) - 1) if sentences[k] == sentences[k + 1]
                                             and p.record_figure.search(text, group[k].end, group[k + 1].start)}
    bases_in: dict[tuple[int, int], list[Figure]] = collections.defaultdict(list)   # each sentence's baseline figures
    for j in baselines:
        bases_in[sentences[j]].append(group[j])
    # the latest year the figures of an earlier sentence had from their own sentence: "... to
    # 2,044.2 thousand in 2020. At the same time, grave crimes decreased by 18%" is 2020
    carried: tuple[int, int] | None = None
    carried_relative = False   # ... from a time relative to the text's
    told: list[int | None] = []   # the years the figures of this sentence found in it (None: a time of no known year)
    relative: list[bool] = []     # ... each from a time relative to the text's ("в прошлом году")
    said: tuple[tuple[int, int], int | None] | None = None   # the time the last figure found in its sentence
    out: list[Dated] = []
    last_in = {sentence: k for k, sentence in enumerate(sentences)}   # each sentence's last figure
    final_of = functools.cache(lambda s: _final_year(p, doc, s, group[last_in[s]], last_in[s] in baselines))
    compared = functools.cache(lambda j: _compared_here(p, text, group[j]))   # (each figure's link read once)
    starts_in: dict[tuple[int, int], list[int]] = collections.defaultdict(list)   # where each sentence's figures start
    for f, sentence in zip(group, sentences):
        starts_in[sentence].append(f.start)
    for k, m in enumerate(group):
        sentence = sentences[k]
        if k and sentence != sentences[k - 1] and told:
            # a sentence whose figures had only a time of no known year ("this year" in an undated text) carries
            # that: the figures after it are of the document's year, not of a year an earlier sentence gave
            carried, told = (sentences[k - 1][1], max((year for year in told if year is not None), default=None)), []
            carried_relative, relative = all(relative), []
        own = [r for r in times.between(max(sentence[0], m.start - NEAR), min(sentence[1], m.end + NEAR))
               if not _in_other_aside(p, text, sentence, r.start, m) and not _in_adjusted_aside(p, text, sentence, r.start, m)
               and not _other_record_value(p, text, sentence, r, m.start)]
        neighbours = [group[j] for j in (k - 1, k + 1) if 0 <= j < len(group) and sentences[j] == sentence]
        baseline = group[baseline_of[k]] if k in baseline_of else None
        starts = starts_in[sentence]
        closest, owned = closest_to(p, text, own, m, neighbours, baseline, starts)
        span, how = (pair_span(text, m, own), "pair_span") if not owned else (compared_span(p, text, m, own), "compared_span")
        if span is not None:
            out.append(Dated(*span, how))
            told.append(span[0])
            relative.append(False)
            continue
        found, year, rule = _told(p, doc, m, sentence, own, closest, refs, earlier)
        if found and year is None and doc.doc_date is None and (_this_year(closest) or rule == "compared_year") \
                and (told_year := _told_before(p, doc, sentence, closest, fallback(), named_at())) is not None:
            year, rule = told_year, "undated_this_year"
        if found:
            if not _aside_time(doc, sentence, m, year) and k not in baselines and rule != "when_clause" \
                    and not _baselines_time(year, closest, bases_in[sentence]):
                # not a year an aside gave its figure ("(в прошлом году – 230)"), nor a baseline's ("580,7 тыс. га
                # против 672,3 тыс. га в прошлом году, получено ...", "rose by 4% from 31 200 in March 2018"), nor the
                # time compared with of "compared to February 2016, when it was 6.5%", nor the time of a baseline the figure took
                # ("4,332,739, up from 3,904,530 in 2006 – an increase of 11 per cent"): it dates no other
                told.append(year)
                relative.append(any(r.kind in (timex.RELATIVE, timex.CONTEXT) for r in closest))
                said = (sentence, year)
        elif (k not in baselines or compared(k)) and (final := final_of(sentence)) is not None \
                and not any(compared(j) for j in range(k + 1, last_in[sentence] + 1)):
            # "... and 35,616 came by cruise ships in October 2024."; "2098 браков против 2376 браков ... за аналогичный период
            # 2018 года": the figures compared with, after their link, have that year, and those before them do not
            found, year, rule = True, final, "sentence_end"
        elif said is not None and said[0] == sentence and not _reached_from(p, text, group, k):
            # "by the end of 2016 over 3 thousand web resources were blocked, ... 200 cases identified",
            # "in the first six months of this year, including 20 kilograms of heroin": a figure with no
            # time of its own shares the time an earlier figure of its sentence has, even an unknown one
            found, year, rule = True, said[1], "same_sentence"
        if not found:
            f = bisect.bisect_left(frame_starts, m.start)
            frame, rule = (frames[f - 1], "frame") if f else (None, "")
            if f and p.from_before.search(text, max(0, m.start - 30), m.start) and (start := _span_start(doc, frame)) is not None:
                frame = (frame[0], start)   # "From October 2021 to October 2022, ... (down from 3.5% to 2.6%)": the first of the pair is of the span's start
            if carried is not None and (frame is None or frame[0] < carried[0]):
                frame, rule = carried, "carried"
            year, rule = (frame[1], rule) if frame is not None else (None, "document")
            if year is None and rule == "frame" and doc.doc_date is None:
                # "... have seen decreases this year. Vehicle theft is down 14%": an undated text's "this year" that
                # opened the paragraph's frame is the year the text named before, as in the figure's own sentence
                at = [r for r in times.between(frame[0], frame[0] + 1) if r.start == frame[0]]
                if _this_year(at) and (told_year := _told_before(p, doc, doc.layout.sentence_at(frame[0]), at, fallback(), named_at())) is not None:
                    year, rule = told_year, "undated_this_year"
            if year is None and rule == "document" and (heading := section_year(doc, headings(), index)) is not None:
                year, rule = heading, "section"
            if year is None and rule != "frame":
                year = fallback()
            if rule in ("carried", "document") and _present_after_future(p, doc, sentence, m, year):
                year, rule = doc.doc_date.year, "present_link"   # "... next year. The population is 250,000": now
            elif rule == "carried" and carried_relative and m.direction is not None and year is not None \
                    and (now := fallback()) is not None and year < now:
                out.append(Dated(now, year, "carried_baseline"))   # "В прошлом году ... 17623. Так что число родившихся
                continue   # снизилось на 10,2%": a change after figures of last year compares the text's year with it
        out.append(_with_baseline(p, text, m, own, year, rule, fallback, doc.doc_date is not None))
    for k, b in baseline_of.items():
        rel = _time_after(doc, group[b])
        if rel is not None and rel.kind == timex.BASELINE and (rel.year is not None or out[k].year != fallback()):
            out[b] = Dated(rel.year, None, "baseline_time")   # "41 murders compared to 18 last year"; undated: none but after the text's year
        elif rel is not None and out[k].year is not None:
            out[b] = Dated(out[k].year + rel.offset, None, "baseline_time")   # "210 ..., compared to 206 in the same period last year"
    if doc.doc_date is not None:
        for k, b in baseline_of.items():
            if out[k].rule in LATER_THAN_BASELINE and out[k].year is not None and out[k].year == out[b].year < doc.doc_date.year \
                    and (link := p.baseline_figure.search(text, group[k].end, group[b].start)) is not None \
                    and not text[group[k].end:link.start()].strip(" ,\u00a0\t"):   # (the link right after it: "28 days, compared with")
                # "the season lasted 28 days, compared with 38 days in 2020": a figure whose year only the text gave is
                # later than the one it is compared with; of the text's own date, then
                out[k] = Dated(doc.doc_date.year, out[k].since, "after_baseline")
    return [_baseline_pairs(group, out, baseline_of, k) for k in range(len(group))]


def _reached_from(p: YearPatterns, text: str, group: Sequence[Figure], k: int) -> bool:
    """Is ``group[k]`` the level a change reached from the figure before it ("from 105,000 in 2001 to 107,877")? Then the
    time of the level it came from is not its own."""
    return k > 0 and group[k].level and p.from_before.search(text, max(0, group[k - 1].start - 30), group[k - 1].start) is not None


def _of_this_year(doc: DocumentView, m: Figure) -> bool:
    """Does the sentence of ``m`` name the text's own year ("текущего года", "this year") and no other relative time?"""
    refs = [r for r in doc.times.between(*doc.layout.sentence_at(m.num_start)) if r.kind in (timex.RELATIVE, timex.THE_YEAR, timex.CONTEXT)]
    return bool(refs) and all(r.offset == 0 for r in refs)   # (a baseline's "прошлого года" is no time of the figure's)


def _compared_here(p: YearPatterns, text: str, m: Figure) -> bool:
    """Do the words right before ``m`` compare it with the figures before it ("против 2376", "than the 47.4 million")?"""
    start = max(0, m.start - LINK_REACH)
    return p.compared_link.search(text, start, m.start) is not None or p.against_link.search(text, start, m.start) is not None


def _final_year(p: YearPatterns, doc: DocumentView, sentence: tuple[int, int], last: Figure, baseline: bool) -> int | None:
    """The year of the sentence's only time, when it is a year's and stands shortly after the sentence's ``last`` figure,
    which is no ``baseline`` (nor compared with the one before): it dates each figure of the sentence
    ("736,058 visitors arrived by air and 35,616 came by cruise ships in October 2024."; not "5%, down from 6% in 2022",
    "44.6 million, lower than the 47.4 million in July 2022",
    nor a decree's date far after the figures, "... in line with the decree of May 2012")."""
    refs = doc.times.between(*sentence)   # (once a sentence: the caller caches it)
    if len(refs) != 1 or refs[0].kind != timex.YEAR or refs[0].year is None or baseline \
            or 0 <= _open_bracket(doc.text, sentence[0], refs[0].start) < last.start \
            or _other_record_value(p, doc.text, sentence, refs[0], sentence[0]):   # (the sentence's start: no record's value)
        return None   # (nor the time of an aside's own figure: "... на 8,8% (против 13,3% в 2008-м)."; nor a record's earlier value's)
    compared = p.compared_link.search(doc.text, max(0, last.start - LINK_REACH), last.start)
    return refs[0].year if not compared and 0 < refs[0].start - last.end <= FINAL_REACH else None


def _this_year(closest: list[timex.TimeRef]) -> bool:
    """Are the times a figure found in its sentence all the text's own year ("this year", "so far", "текущего года", "за тот
    же период" with nothing before it in its paragraph to be the same as), or a month of no year ("по сравнению с маем
    текущего года" in an undated text), or a period of no year beside one of them?"""
    return bool(closest) and all(r.kind in (timex.RELATIVE, timex.THE_YEAR, timex.PRESENT, timex.CONTEXT) and r.offset == 0
                                 or r.kind in (timex.MONTH, timex.BASELINE) and r.year is None and r.offset == 0
                                 or r.kind == timex.PERIOD and r.year is None for r in closest) \
        and any(r.kind != timex.PERIOD for r in closest)   # (a period only says how long: "за первые пять месяцев текущего года")


def _told_before(p: YearPatterns, doc: DocumentView, sentence: tuple[int, int], closest: list[timex.TimeRef], year: int | None,
                 named_at: int | None) -> int | None:
    """The year of an undated text, when it named that year (first at ``named_at``) before ``sentence`` and the sentence
    names no year: its "this year" is that year ("за январь-февраль 2010 года ... В эти месяцы текущего года"; not
    "Rs 30,000 crore in 2013-14; this year it is Rs 1.5 lakh crore", nor a "this year" before the text names its year);
    its "last month" (the ``closest`` times) is of that year wherever the text names it."""
    if closest and all(relative_month(p.timeline, doc.text, r) for r in closest):
        named_at = -1
    if year is None or named_at is None or named_at >= sentence[0] \
            or any(r.year is not None and not compared_time(p.timeline, doc, r) for r in doc.times.between(*sentence)):
        return None   # (a year compared with is no year of the sentence's own: "(в январе-мая 2022 года — 8 065 человек)")
    return year


def _span_start(doc: DocumentView, frame: tuple[int, int | None]) -> int | None:
    """The year a frame's span starts from, where the frame ends one ("From October 2021 to October 2022, ...")."""
    if frame[1] is None:
        return None
    opened = doc.layout.sentence_at(frame[0])[0]
    return next((r.year for r in doc.times.between(opened, frame[0]) if r.kind == timex.BASELINE and r.year is not None and r.year < frame[1]), None)


def _time_after(doc: DocumentView, m: Figure) -> timex.TimeRef | None:
    """A baseline's time right after a figure ("206 in the same period last year", "18 last year"), or after a few words
    ("26,747 recorded over the same period in 2014", "54,524 cases in the same period last year"): that figure's time."""
    for r in doc.times.between(m.end, m.end + ATTACHED + 40):
        if r.kind in (timex.BASELINE_REL, timex.BASELINE) and r.start - m.end <= ATTACHED:
            return r
        if r.kind != timex.PERIOD:   # (past "the same period" only: not "in the previous month on a year-on-year basis")
            return r if r.kind in (timex.BASELINE_REL, timex.BASELINE) and _WORDS_BETWEEN.fullmatch(doc.text, m.end, r.start) else None
    return None


_WORDS_BETWEEN = compiled(r"(?:[ \t\u00a0]+\p{L}+){1,6}[ \t\u00a0]+")   # " recorded over the same period in "


def _in_other_aside(p: YearPatterns, text: str, sentence: tuple[int, int], pos: int, m: Figure) -> bool:
    """Is ``pos`` inside a bracketed aside, not holding ``m``, that gives its time a value of its own, "(time – value)":
    "19 получили травмы (в прошлом году – столько же), погибли 2 человека", "(по сравнению с декабрем 2020 г. – 107,3%)";
    not "(in 11 months of 2021 – Ed. Note)"."""
    opened = _open_bracket(text, sentence[0], pos)
    if opened < 0:
        return False
    closed = text.find(")", pos, min(sentence[1], pos + ASIDE_REACH))
    compared = p.compared_before.search(text, opened + 1, pos) if p.compared_before else None
    return closed >= 0 and not opened < m.start < closed and _ASIDE_VALUE.search(text, pos, closed) is not None \
        and (_ASIDE_OPENS.fullmatch(text, opened + 1, pos) is not None or compared is not None and not text[opened + 1:compared.start()].strip())


def _other_record_value(p: YearPatterns, text: str, sentence: tuple[int, int], r: timex.TimeRef, at: int) -> bool:
    """Is ``r`` the time of a record's earlier value, and the figure at ``at`` not that value ("The rate's 4.6 per cent
    is the highest since the bureau recorded 4.6 per cent in September 2001": the first figure is not of 2001)?"""
    record = p.timeline.record_value_before.search(text, max(sentence[0], r.start - timex.RECORD_VALUE_REACH), r.start)
    return record is not None and not record.start() < at < r.start


def _in_adjusted_aside(p: YearPatterns, text: str, sentence: tuple[int, int], pos: int, m: Figure) -> bool:
    """Is ``pos`` inside a bracketed aside, not holding ``m``, on what the figure was adjusted for: "на 1 января 2023 года
    (с учетом итогов переписи населения 2020 г.) составила 147 432 человека" is of 2023."""
    opened = adjusted_aside(p.timeline, text, pos)
    if opened < sentence[0]:
        return False
    closed = text.find(")", pos, min(sentence[1], pos + ASIDE_REACH))
    return not (opened < m.start and (closed < 0 or m.start < closed))


def _aside_time(doc: DocumentView, sentence: tuple[int, int], m: Figure, year: int | None) -> bool:
    """Is ``m`` inside a bracket and its ``year`` not the one year the sentence names before the bracket ("During the 12
    months to 30 September 2009, offences rose in Katherine (up 36% to 742), ..."): a year the bracket gives ("(в прошлом
    году – 230)"), or one of several ("Comparing September 2012 with September 2011, the rate (2.0%) ...")?"""
    opened = _open_bracket(doc.text, sentence[0], m.start)
    return opened >= 0 and {r.year for r in doc.times.between(sentence[0], opened) if r.year is not None} != {year}


def _open_bracket(text: str, start: int, pos: int) -> int:
    """Where the bracket that ``pos`` is inside opens (since ``start``, ASIDE_REACH back at most), or -1."""
    opened = text.rfind("(", max(start, pos - ASIDE_REACH), pos)
    return opened if opened >= 0 and text.find(")", opened, pos) < 0 else -1


ASIDE_REACH = 200   # characters an aside in brackets runs at most


_ASIDE_OPENS = compiled(r"[ \t\u00a0]*(?:\p{L}{1,3}[ \t\u00a0]+)?")   # the time opens the aside, maybe after "в", "in"
_ASIDE_VALUE = compiled(r"[ \t\u00a0][–—-][ \t\u00a0]*[\p{N}\p{Ll}]")   # "– 230", "– столько же"


def _told(p: YearPatterns, doc: DocumentView, m: Figure, sentence: tuple[int, int], own: list[timex.TimeRef],
          closest: list[timex.TimeRef], refs: list[timex.TimeRef], earlier: list[timex.TimeRef]) -> tuple[bool, int | None, str]:
    """(found, year, rule) from the figure's own sentence (``refs``: its paragraph's times; ``earlier``: the paragraph's before)."""
    found, year = sentence_year(p.sentence, doc.text, m, closest, refs, sentence[0], earlier)
    rule = "sentence"
    named = _when_clause(p, doc.text, m, own)
    if named is not None:
        found, year, rule = True, named, "when_clause"
    if not found and any(r.kind in (timex.BASELINE, timex.BASELINE_REL) for r in closest):
        # "spending in 2008 will come to X, which is Y more than in 2007", "in January 2023 reached N,
        # an increase of M compared to the same period last year": a figure compared with a year is of
        # the year its sentence named before it
        earlier = [r for r in doc.times.between(sentence[0], m.start) if r.kind in (timex.YEAR, timex.RELATIVE)
                   and not _in_other_aside(p, doc.text, sentence, r.start, m)]   # not "(в январе 2025 года — 0,8%), в годовом выражении — на 5,5%"
        if earlier:
            found, year, rule = True, earlier[-1].year, "compared_year"
    if found and year is None and doc.doc_date is None and closest \
            and all(r.kind == timex.RELATIVE and r.year is None and r.offset != 0 and p.ago_end.search(doc.text, r.start, r.end) for r in closest):
        # "На 1 января 2020 на Колыме живет 140 199 человек, год назад этот показатель был 141 033": an undated text's time
        # ago ("a year ago"; not "last year", the text's own) is before the year its sentence named before it
        named = [r for r in doc.times.between(sentence[0], closest[0].start) if r.year is not None and r.kind in (timex.YEAR, timex.DATE, timex.MONTH)]
        if named and any(c.isdigit() for c in doc.text[named[-1].end:closest[0].start]):   # (after a figure of that year: not
            year, rule = named[-1].year + closest[0].offset, "undated_relative"   # "in January 2023, which was 20 months ago")
    return found, year, rule


LINK_REACH = 40   # characters back from a figure to the words that compare it with the one before ("lower than the"), at most
FINAL_REACH = 60   # characters from a sentence's last figure to the time that ends it and dates all its figures, at most
ATTACHED = 6   # characters between a figure and a time that is its own ("2.1 percent in January 2015", "in the previous month")


def _baselines_time(year: int | None, closest: list[timex.TimeRef], bases: list[Figure]) -> bool:
    """Are the times of the ``year`` a figure found all a baseline figure's own, right after it ("up from 3,904,530
    in 2006")?"""
    of_year = [r for r in closest if r.year == year]
    return year is not None and bool(of_year) and all(any(0 <= r.start - b.end <= ATTACHED for b in bases) for r in of_year)
INDEX_REACH = 12   # characters between a percentage and the baseline it is a percentage of ("104,5% к уровню 2024 года")


def _with_baseline(p: YearPatterns, text: str, m: Figure, own: list[timex.TimeRef], year: int | None, rule: str,
                   fallback: Callable[[], int | None], dated: bool) -> Dated:
    """The figure's year with its baseline: the value of a baseline ("the 2012 level of N") is of the
    baseline's year; the first of "from X to Y" after a change is the baseline's value."""
    value_of = _baseline_value_of(p, text, m, own, year)
    if value_of is not None:
        return Dated(value_of, None, "baseline_value")
    base, running = _since(p, text, m, own, year)
    if base is not None and rule == "document" and (dated or year is None or year <= base) and p.size_over is not None \
            and any(p.size_over.search(text, max(0, r.start - 40), r.start) for r in own
                    if r.kind == timex.BASELINE and r.year == base and text[r.start:r.end].isdigit()):   # (not "over February 2017")
        # "Sales rose 5% over 2023." with no other time, in a dated text: over the course of 2023 (an undated text about
        # 2004 that says "up 8% over 2003" compares)
        return Dated(base, None, "over_year")
    attached = any(0 <= r.start - m.end <= ATTACHED and r.kind not in (timex.BASELINE, timex.BASELINE_REL) for r in own)
    if base is not None and not attached and p.from_before.search(text, max(0, m.start - 30), m.start):
        year, base = base, None  # "(from 494,100 to 470,100)": the first is the baseline's, unless its own time follows it
    if base is not None and year is not None and base >= year and rule in ("frame", "carried"):
        year, rule = fallback(), "document"   # a figure is later than its baseline: not of the year before it
    # a baseline belongs to a change, to the level it reached ("increase by 10%, or up to RUB 300 billion"),
    # to a count that runs from it ("1.8 million jobs since 1997") and to a percentage of it right after ("104,5% к 2024 году")
    # (not one after a comma: "3.4%, same as December" says the level did not change)
    indexed = m.unit == PERCENT and any(r.kind == timex.BASELINE and r.year == base and 0 <= r.start - m.end <= INDEX_REACH
                                        and "," not in text[m.end:r.start] for r in own)
    return Dated(year, base if changes(m) or m.level or running or indexed else None, rule)


EARLY_MONTHS = 4   # a text dated in its year's first months may report the year before, compared with the one before that
LATER_THAN_BASELINE = frozenset({"document", "frame", "carried"})   # rules of a year the figure has from around it, not its own


def _baseline_pairs(group: list[Figure], dated: list[Dated], baseline_of: dict[int, int], k: int) -> Dated:
    """A figure compared with the next one takes that one's year as its baseline ("12 percent, up from
    9 percent in 2020", "56,8% против 54,1% годом ранее"); a baseline is earlier than the figure."""
    year, since, rule = dated[k]
    if since is None and k in baseline_of:
        since = dated[baseline_of[k]].year
    if since is not None and year is not None and since >= year:
        since = None  # "14.3 thousand in 2014 vs. 7.5 thousand in 2018"
    return Dated(year, since, rule)


SIGNS = "+-−–"   # a written sign that opens a figure's mention: a change


def _baseline_value_of(p: YearPatterns, text: str, m: Figure, refs: list[timex.TimeRef], year: int | None) -> int | None:
    """The year of a figure that is the value of the baseline right before it ("the 2012 level of
    N", "the previous year's figure of N", "АППГ – N"), or of the time right before its bracket ("than 2023 (N)")."""
    for r in refs:
        if r.end > m.start:
            break
        if r.kind in (timex.BASELINE, timex.BASELINE_REL) and p.baseline_value.fullmatch(text, r.end, m.start) \
                or r.kind in (timex.BASELINE, timex.BASELINE_REL) and p.dash_value.fullmatch(text, r.end, m.start) \
                and not (m.unit == PERCENT and p.compared_before and p.compared_before.search(text, max(0, r.start - 30), r.start)) \
                and not p.level_to.search(text, r.end, m.start) \
                or r.kind in (timex.BASELINE, timex.BASELINE_REL, timex.YEAR, timex.RELATIVE) and p.bracket_value.fullmatch(text, r.end, m.start) \
                and text[m.start] not in SIGNS:   # ("fewer than in 2016 (-15.8%)": a signed change is the figure before's, no level of 2016)
            if r.kind != timex.BASELINE_REL:
                return r.year
            return year + r.offset if year is not None else None
    return None


def _when_clause(p: YearPatterns, text: str, m: Figure, refs: list[timex.TimeRef]) -> int | None:
    """The year of the time a "when" clause holding the figure is about: "the highest since 2012,
    when inflation was over 12%" is 2012, whatever marks the time itself."""
    before = [r for r in refs if r.end <= m.start and r.year is not None]
    if before and p.when.match(text, before[-1].end, m.start):
        return before[-1].year
    return None


def _is_baseline(p: YearPatterns, text: str, a: Figure, b: Figure, c: Figure | None) -> bool:
    """Whether ``b`` is the figure ``a`` is compared with ("12 percent, up from 9 percent"), not
    the start of a pair of its own ("(from 11.9 to 8.6), as well as rape (from 4.2 to 3.4)")."""
    return not _BRACKET.search(text, a.end, b.start) and bool(
        p.baseline_figure.search(text, a.end, b.start) or p.than_figure.fullmatch(text, a.end, b.start)
        or a.direction is not None and p.change_baseline_figure is not None
        and p.change_baseline_figure.search(text, a.end, b.start)) and not (c is not None and p.pair_to.match(text, b.end, c.start))


def _since(p: YearPatterns, text: str, m: Figure, refs: list[timex.TimeRef], year: int | None) -> tuple[int | None, bool]:
    """The baseline year nearest the figure (one in its own clause first), or the first year of the span
    it is in ("in 2011-2025"); and whether the figure runs from it ("since 1997", not "compared with 1997")."""
    # (not a baseline in a bracket after the figure that holds a figure of its own: "132,5 тыс. га (104,5% к 2024 году)")
    bases = [r for r in refs if r.kind in (timex.BASELINE, timex.BASELINE_REL) and not _bracket_figure_before(text, m, r)]
    if not bases:
        span = next((r for r in refs if r.kind == timex.SPAN), None)
        return (span.year + span.offset, False) if span is not None else (None, False)
    # (not one that closes the figure before, "and" between: "€66,000 since 2020 and €90,000 since 2017")
    nearest = min(bases, key=lambda r: (breaks(text, r, m, soft=False), r.end <= m.start and p.and_only.fullmatch(text, r.end, m.start) is not None,
                                        distance(r, m)))
    if nearest.kind == timex.BASELINE:
        # ("up 14 percent from last year's production" in an undated text: a year before the change's, when it has one)
        relative = nearest.year is None and nearest.offset < 0 and year is not None and m.direction is not None
        base = year + nearest.offset if relative else nearest.year
        return base, bool(p.running_from.search(text, max(0, nearest.start - 12), nearest.start))
    return (year - 1 if year is not None else None), False


def _bracket_figure_before(text: str, m: Figure, r: timex.TimeRef) -> bool:
    """Is ``r`` inside a bracket that opens after ``m`` and holds a figure before ``r``?"""
    opened = _open_bracket(text, m.end, r.start)
    return opened >= 0 and _DIGIT.search(text, opened, r.start) is not None


_DIGIT = compiled(r"\d")


@functools.lru_cache(maxsize=None)
def year_patterns(lex: Lexicon) -> YearPatterns:
    return YearPatterns(lex)
