"""The year stage's passes over the whole document once each figure has its year from its own
paragraph (year.py): amounts converted after a slash, baselines carried to the changes that give
none, levels "from" a baseline, the pairs after a change, and baselines of "the same period" of a year;
and, once the figures that restate others have their years, the figures of a bracket legend's paragraph
(``bracket_legends``, called from context/__init__.py)."""
from __future__ import annotations

import collections

from typing import NamedTuple, Protocol, Sequence

import regex

from ..lang.cache import compiled
from ..numbers.mention import Form
from ..text import timex
from ..text.view import DocumentView
from .figure import Figure


class Dated(NamedTuple):
    """A figure's year and baseline year, and the rule that gave the year."""

    year: int | None
    since: int | None
    rule: str


class WithPairWords(Protocol):
    """What these passes read of the year patterns they are given (year.YearPatterns)."""

    same_period: regex.Pattern   # "the same period of" before a baseline year
    month_span: regex.Pattern    # "January-March 2018": a part of a year
    slash: regex.Pattern         # "/" between an amount and its conversion
    then_opens: regex.Pattern    # "Тогда", "At the time": a sentence about the time the one before named
    from_before: regex.Pattern   # "from" before the first of a pair
    pair_to: regex.Pattern       # "to" between the two of a pair
    against: regex.Pattern       # "против", "compared with" between a level and the one it is compared with
    pair_then_change: regex.Pattern   # ", то есть" between a pair and the change between its two
    month: regex.Pattern         # a month's name
    to_only: regex.Pattern       # "to" between a change's size and the level it reached
    within_year: regex.Pattern   # "compared to the previous quarter": a change measured within its year
    restated: regex.Pattern      # ", or" between a figure and the same told again ("18% or 390")


def same_period_before(p: WithPairWords, doc: DocumentView, f: Figure, since: int) -> bool:
    """Is the baseline ``since`` of ``f``, in its sentence, the same part of a year ("the same period of 2018")?"""
    start, end = doc.layout.sentence_at(f.num_start)
    return any(r.kind == timex.BASELINE and r.year == since and (p.same_period.search(doc.text, max(start, r.start - 40), r.start)
                                                                  or p.month_span.match(doc.text, r.start, r.end))
               for r in doc.times.between(start, end))


def conversions(p: WithPairWords, text: str, figures: Sequence[Figure], out: list[Dated]) -> None:
    """"(4.7 trillion rubles/$52 billion)": an amount after a slash converts the one before it, and is of its time."""
    for k in range(1, len(figures)):
        if out[k].rule in ("document", "frame", "carried") and p.slash.fullmatch(text, figures[k - 1].end, figures[k].start):
            out[k] = out[k - 1]


def sizes_of_levels(p: WithPairWords, doc: DocumentView, figures: Sequence[Figure], out: list[Dated]) -> None:
    """"up by 18% or 390 to 2,572 in the year to Q1 2024": the size of a change (and the same size told again after
    "or") with no time of its own is of the time of the level it reached, right after it in its sentence."""
    for k in range(len(figures) - 2, -1, -1):
        f, g = figures[k], figures[k + 1]
        if out[k].rule in NO_OWN_TIME and out[k + 1].rule not in NO_OWN_TIME and changes(f) \
                and (g.level and p.to_only.fullmatch(doc.text, f.end, g.start) or p.restated.fullmatch(doc.text, f.end, g.start)) \
                and doc.layout.sentence_at(f.num_start) == doc.layout.sentence_at(g.num_start):
            out[k] = Dated(out[k + 1].year, out[k].since if out[k].since is not None else out[k + 1].since, "level_reached")


def changes(f: Figure) -> bool:
    """Does ``f`` state a change (a direction, or a multiplier)?"""
    return bool(f.direction) or f.form is Form.MULTIPLIER


NO_OWN_TIME = frozenset({"carried", "frame", "document"})   # rules that give a figure a year its sentence does not name


def levels_from_baselines(p: WithPairWords, doc: DocumentView, figures: Sequence[Figure], out: list[Dated]) -> None:
    """"fell to 3.6 percent in July 2019 from 4.5 percent in July of the previous year. ... declines in ... health
    (from 5.1 to 2.9 percent)": a pair of levels "from" one "to" the other with no time of their own is a change
    from the baseline the figure before set, for the same year: the first level is of that baseline's year."""
    carry: tuple[int | None, int] | None = None   # (the year a figure was measured in, its baseline)
    for k, f in enumerate(figures):
        year, since, rule = out[k]
        if since is not None:
            carry = (year, since)
        elif carry is not None and rule in NO_OWN_TIME and year == carry[0] and k + 1 < len(figures) \
                and out[k + 1].rule in NO_OWN_TIME and out[k + 1].year == year \
                and (p.from_before.search(doc.text, max(0, f.start - FROM_REACH), f.start)
                     or out[k - 1].since is not None and changes(figures[k - 1]) and _OPENS_BRACKET.fullmatch(doc.text, figures[k - 1].end, f.start)) \
                and p.pair_to.fullmatch(doc.text, f.end, figures[k + 1].start):
            out[k] = Dated(carry[1], None, "level_from_baseline")   # (or in brackets right after the change: "decreased 24% (1,906 to 1,783)")


FROM_REACH = 24   # characters from "from" to the first level of its pair, at most
_OPENS_BRACKET = compiled(r"[ \t\u00a0]*\([ \t\u00a0]*")   # only a bracket's opening between a change and the first level of its pair


def bracket_legends(doc: DocumentView, figures: Sequence[Figure], out: list[Dated]) -> None:
    """"подорожали на 0,8% (в январе 2025 года — 0,8%), в годовом выражении — на 5,5% (2,6%)": a figure alone in brackets
    right after another, later in the paragraph of a bracket that gave its time and value, is of that bracket's time (not
    the figure's before it, whose value it would otherwise restate)."""
    legend: tuple[int, int | None] | None = None   # (the paragraph, the year) of the last bracket that gave both
    text = doc.text
    for k, f in enumerate(figures):
        paragraph = doc.layout.paragraph_index(f.num_start)
        if legend is not None and legend[0] != paragraph:
            legend = None
        opened = text.rfind("(", max(0, f.start - LEGEND_REACH), f.start)
        inside = opened >= 0 and ")" not in text[opened:f.start] and text.find(")", f.end, f.end + 3) >= 0 \
            and k > 0 and f.unit == figures[k - 1].unit   # (the same measure's value: not "3 млрд (60%)")
        if inside and figures[k - 1].end <= opened and _LEGEND.fullmatch(text, opened + 1, f.start) \
                and (named := [r.year for r in doc.times.between(opened, f.start) if r.year is not None]):
            legend = (paragraph, named[-1])
        elif inside and legend is not None and not text[opened + 1:f.start].strip() \
                and _AFTER_FIGURE.fullmatch(text, figures[k - 1].end, opened):   # "на 0,4% за месяц (0,3%)"
            out[k] = Dated(legend[1], None, "bracket_legend")


_AFTER_FIGURE = compiled(r"[ \t\u00a0]*(?:\p{L}+[ \t\u00a0]+){0,3}")   # a few words between a figure and its bracket
_LEGEND = compiled(r"[^()\n]{4,60}?[ \t\u00a0][–—-][ \t\u00a0]*")   # "в январе 2025 года — ": a time, then a dash
LEGEND_REACH = 64   # characters from a bracket's opening to its figure, at most


def told_then(p: WithPairWords, doc: DocumentView, figures: Sequence[Figure], out: list[Dated]) -> None:
    """"... на 12,4% больше, чем за аналогичный период 2022 года. Тогда жители края зарабатывали 68 515 рублей": a
    figure without a time of its own, in a sentence that "тогда" or "at the time" opens, is of the last year the
    sentence before named."""
    for k, f in enumerate(figures):
        if out[k].rule not in NO_OWN_TIME:
            continue
        start = doc.layout.sentence_at(f.num_start)[0]
        if start == 0 or not p.then_opens.match(doc.text, start):
            continue
        named = [r.year for r in doc.times.between(*doc.layout.sentence_at(start - 1)) if r.year is not None]
        if named:
            out[k] = Dated(named[-1], out[k].since, "then")


SPAN_JOIN = 12   # characters between a span's first time and its last, at most ("January 2016 and December 2017")
CHANGED = "changed"   # (in carry_baselines) a sentence's figure that changes or has a baseline of its own


def carry_baselines(p: WithPairWords, doc: DocumentView, figures: Sequence[Figure], out: list[Dated]) -> None:
    """A change with no baseline of its own is measured from the baseline the text set last: the one
    an earlier change of the same year had ("fell 4.9% compared to the same period last year. ...
    Card frauds fell 24.7%"), or one a sentence without figures gave ("crime fell compared with 2012.
    Murders halved, ..."), until a change gives another; not a change its sentence measures within its year
    ("rose by 0.9 percent compared to the previous quarter"). A sentence whose figures neither change nor have a baseline
    sets one too ("In 12 of the 16 regions, the number was higher than in October 2015. ... up 177")."""
    in_sentences: dict[tuple[int, int], set[int | str | None]] = collections.defaultdict(set)   # each sentence's figures: their years, or CHANGED
    for f, d in zip(figures, out):
        in_sentences[doc.layout.sentence_at(f.num_start)].add(CHANGED if changes(f) or d.since is not None else d.year)
    refs = doc.times.refs
    # (in a sentence of figures: none a change or of the baseline's time, "when it was 6.5%", and not the start of a
    # span, "unemployed between January 2016 and December 2017")
    free = [r for k, r in enumerate(refs) if r.kind == timex.BASELINE and r.year is not None
            and ((sentence := doc.layout.sentence_at(r.start)) not in in_sentences
                 or not in_sentences[sentence] & {CHANGED, r.year} and not (k + 1 < len(refs) and refs[k + 1].start - r.end <= SPAN_JOIN))]
    carry: tuple[int | None, int] | None = None   # (the year it was given for, or None for any; the baseline)
    j = 0
    for k, f in enumerate(figures):
        while j < len(free) and free[j].start < f.start:
            carry, j = (None, free[j].year), j + 1
        year, since, rule = out[k]
        if since is not None and changes(f):
            carry = (year, since)
        elif since is None and carry is not None and changes(f) and p.within_year.search(doc.text, *doc.layout.sentence_at(f.num_start)):
            carry = None
        elif since is None and carry is not None and changes(f) and carry[0] in (None, year) and (year is None or carry[1] < year):
            out[k] = Dated(year, carry[1], rule)


def pairs_after_changes(p: WithPairWords, doc: DocumentView, figures: Sequence[Figure], out: list[Dated]) -> None:
    """"decreased by 24.7% (from 154,500 to 116,300)": the pair after a change runs from the change's
    baseline to the change's own year; a change with no baseline, after which each of the pair has a
    year of its own, runs from the first's year to the second's. A pair compared after a colon or in a
    bracket ("...: 12450 against 11922") runs the other way: the change's year, then its baseline's."""
    text = doc.text
    for k in range(2, len(figures)):
        change, first, second = figures[k - 2], figures[k - 1], figures[k]
        if not changes(change) or changes(first) or changes(second):
            continue
        sentence = doc.layout.sentence_at(change.num_start)
        if not (sentence[0] <= first.start and second.end <= sentence[1]):
            continue
        if p.from_before.search(text, max(change.end, first.start - 30), first.start) and p.pair_to.match(text, first.end, second.start):
            year, since, _ = out[k - 2]
            if since is None and out[k - 1].year is not None and out[k].year is not None and out[k - 1].year < out[k].year \
                    and out[k - 1].rule == out[k].rule == "sentence":
                # "уменьшилось на 0,9% — с 1,083 млн на 1 января 2016 года до 1,073 млн на 1 января 2018 года":
                # a change with no baseline of its own runs from the pair's first year to its second
                out[k - 2] = Dated(out[k].year, out[k - 1].year, "pair_after_change")
                continue
            if since is None and year is not None and out[k - 1].rule == "sentence" and (out[k - 1].year or year) < year:
                # "went down by 7.8 per cent from 173 140 in 2022 to 159 680": the first's own year is the change's baseline
                since = out[k - 1].year
                out[k - 2] = Dated(year, since, "pair_after_change")
            if since is not None:   # (but "from $666,000 in March 2021" keeps its own time)
                out[k - 1] = Dated(out[k - 1].year if _own_time(doc, first) else since, None, "pair_after_change")
            if year is not None:
                out[k] = Dated(year, None, "pair_after_change")
        elif p.against.fullmatch(text, first.end, second.start) and out[k - 2].since is not None and out[k - 2].year is not None \
                and text[change.end:first.start].rstrip().endswith((":", "(")):
            # "на 528 больше, чем в 2022 году: 12450 против 11922": the first is of the change's year, the second of its baseline's
            out[k - 1], out[k] = Dated(out[k - 2].year, None, "pair_after_change"), Dated(out[k - 2].since, None, "pair_after_change")


OWN_TIME = 4   # characters from a figure to the time right after it that is its own ("$666,000 in March 2021")


def _own_time(doc: DocumentView, f: Figure) -> bool:
    """Does a year, a month of a year or a date of its own follow the figure right after its preposition?"""
    return any(r.kind in (timex.YEAR, timex.MONTH, timex.DATE) and r.year is not None
               for r in doc.times.between(f.end, f.end + OWN_TIME + 1))


def changes_after_pairs(p: WithPairWords, doc: DocumentView, figures: Sequence[Figure], out: list[Dated]) -> None:
    """"(с 2138 до 1797, - 15,9 %)", "(from 2,138 to 1,797, -15.9%)", "с 139,51 до 145,31 млн долларов, то есть на
    4 %": a pair, then the change between its two: the first is of the change's baseline year, the second of the
    change's own year. A change with no baseline right after a pair whose two have years of their own ("from $420,000
    in January last year to $520,000 this year - a 23.8 per cent rise") runs from the first's year to the second's."""
    text = doc.text
    for k in range(len(figures) - 2):
        first, second, change = figures[k], figures[k + 1], figures[k + 2]
        if not changes(change) or changes(first) or changes(second):
            continue
        if out[k + 2].since is None:
            before, after = out[k].year, out[k + 1].year
            if before is not None and after is not None and before < after and out[k].rule == out[k + 1].rule == "sentence" \
                    and out[k + 2].year in (None, before, after) and change.start - second.end <= PAIR_CHANGE_REACH \
                    and doc.layout.sentence_at(first.num_start) == doc.layout.sentence_at(change.num_start) \
                    and p.from_before.search(text, max(0, first.start - 30), first.start) and p.pair_to.match(text, first.end, second.start):
                out[k + 2] = Dated(after, before, "pair_before_change")
            continue
        if p.pair_then_change.fullmatch(text, second.end, change.start) \
                and p.from_before.search(text, max(0, first.start - 30), first.start) and p.pair_to.match(text, first.end, second.start):
            year, since, _ = out[k + 2]
            out[k] = Dated(since, None, "pair_before_change")
            if year is not None:
                out[k + 1] = Dated(year, None, "pair_before_change")


CHANGE_AFTER_BASELINE = 40   # characters from a baseline to the change that follows it ("... in 2016 – an increase of")
PAIR_CHANGE_REACH = 60   # ... from a pair's second figure to the change between the two ("... in June of this year equates to a reduction of")


def changes_after_baselines(p: WithPairWords, doc: DocumentView, figures: Sequence[Figure], out: list[Dated]) -> None:
    """"is 412,300, up from 398,100 in 2016 – an increase of 3.6 per cent": a change right after a level and the
    baseline it came from, which took the baseline's time as its own, is of the level's year (none when the level has
    none), since the baseline's."""
    text = doc.text
    for k in range(len(figures) - 2):
        level, base, change = figures[k], figures[k + 1], figures[k + 2]
        if not changes(change) or changes(level) or changes(base) or change.start - base.end > CHANGE_AFTER_BASELINE:
            continue
        year, since = out[k].year, out[k + 1].year
        if since is None or year is not None and since >= year or out[k + 2] != Dated(since, None, "sentence") \
                or doc.layout.sentence_at(level.num_start) != doc.layout.sentence_at(change.num_start) \
                or not p.from_before.search(text, max(level.end, base.start - 30), base.start):
            continue
        out[k + 2] = Dated(year, since, "change_after_baseline")


def implicit_baselines(p: WithPairWords, doc: DocumentView, figures: Sequence[Figure], out: list[Dated]) -> None:
    """"снизилось на 9,9% (890 против 988)", "fell by 28% (from 90 to 65)": the two levels right after a change that
    names no baseline and no time of either: the earlier one is of the year before the change's (a report compares a
    year with the one before it); not where the sentence names a month or a date (a month's figures compare months)."""
    text = doc.text
    for k in range(2, len(figures)):
        change, first, second = figures[k - 2], figures[k - 1], figures[k]
        year, since, rule = out[k - 2]
        if year is None or since is not None or not changes(change) or changes(first) or changes(second) \
                or not out[k - 1].year == out[k].year == year or not _RIGHT_AFTER.fullmatch(text, change.end, first.start):
            continue
        start, end = doc.layout.sentence_at(change.num_start)
        if not (start <= first.start and second.end <= end) \
                or any(r.kind in (timex.MONTH, timex.DATE) or p.month.search(text, r.start, r.end) or change.start <= r.start < second.end + 12
                       for r in doc.times.between(start, end)):
            continue
        if p.against.fullmatch(text, first.end, second.start):
            out[k] = Dated(year - 1, None, "implicit_baseline")        # "890 против 988": the second is the year before's
        elif "(" in text[change.end:first.start] and p.from_before.search(text, max(change.end, first.start - 30), first.start) \
                and p.pair_to.match(text, first.end, second.start):
            # "(from 90 to 65)": the first is; not a pair out of brackets, which a rate or a price moves between at once
            # ("raised by 2 points – from 8.5% to 10.5%")
            out[k - 1] = Dated(year - 1, None, "implicit_baseline")


# "9,9% (", "28%, from", "28% (с", "на 22% - краж (с": what may stand between a change and the pair of levels after it
_RIGHT_AFTER = compiled(r"""[ \t\u00a0]*(?:[–—-][ \t\u00a0]*\p{L}+(?:[ \t\u00a0]+\p{L}+){0,2}[ \t\u00a0]*)?
                            [(,:–—-]?[ \t\u00a0]*(?:\p{L}{1,4}[ \t\u00a0]+)?""", regex.VERBOSE)


