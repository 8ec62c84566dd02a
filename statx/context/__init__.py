"""The context stage: for each mention, its qualifier (and the span the qualifier widens), its
direction, its year and baseline year, and its subject, as one frozen ``Context``.

Each piece is computed from the mentions and the text stage's view, by the rules of its own
module; what one needs of another is passed to it (the qualifier needs to know whether a figure is
the level a change reached, the year and subject need the direction), never written into it."""
from __future__ import annotations

import dataclasses
import functools
from decimal import Decimal
from typing import Sequence

import regex

from ..claim import Direction, Qualifier
from ..lang import Lexicon, unrequired
from ..numbers.mention import COUNT, PERCENT, PP, Form, Mention, Unit, UnitKind
from ..numbers.money import renamed_for_year
from ..text import timex
from ..text.view import DocumentView
from .direction import direction_patterns, level_verb, read_direction
from .evidence import evidence, instructs, needs_evidence
from .figure import Figure
from .items import listed_before
from .pairs import RESPECTIVELY, SHARED, Pairs
from .respective import named_after, span_years
from .qualifier import qualifier_patterns, qualify
from .subject import SubjectWords, subject_words, subjects_of
from .cards import card_cells
from .keyed import year_keyed
from .stacked import stacked_barred_cells, stacked_cells
from .barred import barred_cells
from .table import bar_cell_rows, bracket_list_cells, named_row_cells, table_cells, titled_list_cells, unit_line_cells
from .year_rows import year_row_cells
from .timeline import REPORTING_REACH
from ..numbers.headings import ONE
from .year import date_figures, year_patterns
from .year_across import Dated, bracket_legends

__all__ = ["Context", "REPORTING_REACH", "read"]


@dataclasses.dataclass(frozen=True, slots=True)
class Context:
    """What a mention means in its text."""

    start: int                   # the mention widened by its qualifier ("almost 30 percent")
    end: int
    qualifier: Qualifier
    direction: Direction | None
    year: int | None
    since: int | None
    subject: str | None
    evidence: str | None         # what says the number is a claim (None: nothing does; see evidence.py)
    drop: str | None             # why the number is no claim after all ("no_evidence", "instruction"), or None
    unit: Unit | None = None     # the unit the context gives a bare number: pp beside a percentage (pairs.py), its column's (table.py)
    sign: int = 1                # -1: the written minus is the level's ("a balance of -0.4%"), not a fall's
    scale: Decimal = ONE         # what the context multiplies a bare number by: its table's title's scale ("тыс. тонн")
    why: tuple[str, ...] = ()    # the rules that decided: direction, year, subject (``--explain``)


# Evidence that a bare count is a claim which its subject's rule gave: read again when the subject is read again
SUBJECT_PROOFS = ("measure:", "change:written_sign")


def read(doc: DocumentView, mentions: Sequence[Mention]) -> list[Context]:
    """The context of every mention (mentions in text order)."""
    text, lex = doc.text, doc.lex
    dp, qp = direction_patterns(lex), qualifier_patterns(lex)
    readings = [read_direction(dp, text, m) for m in mentions]
    signs = [-1 if r.rule == "signed_level" and m.written_sign is Direction.DOWN else 1 for m, r in zip(mentions, readings)]
    # (a level a change reached, not one a level verb names: "totalling up to £80 million" is a bound)
    qualified = [qualify(qp, text, m, r.level and r.rule != level_verb.__name__) for m, r in zip(mentions, readings)]
    figures = [Figure(m, q.start, q.end, r.direction, r.level, q.qualifier in (Qualifier.AT_LEAST, Qualifier.AT_MOST))
               for m, r, q in zip(mentions, readings, qualified)]
    pairs = Pairs(text, figures, lex)
    figures = pairs.share_directions(figures)
    cells = unit_line_cells(doc.original, lex, mentions) | table_cells(doc.original, doc.original_lines, lex, mentions) \
        | year_row_cells(doc.original, doc.original_lines, lex, mentions) | named_row_cells(doc.original, doc.original_lines, lex, mentions) \
        | bar_cell_rows(doc.original, mentions) | card_cells(doc.original, doc.original_lines, mentions) \
        | stacked_cells(doc.original, doc.original_lines, lex, mentions) | barred_cells(doc.original, lex, mentions) \
        | stacked_barred_cells(doc.original, lex, mentions) | titled_list_cells(doc.original, doc.original_lines, lex, mentions) \
        | bracket_list_cells(doc.original, lex, mentions)
    # "was 71.0 per cent, up 0.4": the rules that follow read a change in points; a table's column gives its cells' unit
    items = pairs.amount_items(figures)
    given = {k: PP for k in pairs.in_points(figures)} | pairs.units_carried(figures) | {k: u for k, (u, _) in items.items()} \
        | {k: c.unit for k, c in cells.items() if c.unit}
    scales = {k: s for k, (_, s) in items.items()} | {k: c.scale for k, c in cells.items()}
    if given:
        mentions = [dataclasses.replace(m, unit=given[k]) if k in given else m for k, m in enumerate(mentions)]
        figures = [dataclasses.replace(f, mention=mentions[k]) if k in given else f for k, f in enumerate(figures)]
    dated_figures, restating = pairs.dating(figures)
    dated_list = date_figures(year_patterns(lex), doc, dated_figures)
    dated = _spread(dated_list, len(figures), restating)
    bracket_legends(doc, figures, dated)   # "(в январе 2025 года — 0,8%) ... на 5,5% (2,6%)": the bracket's time
    years = [(r.start, r.end, r.year, r.kind == timex.BASELINE) for r in doc.times.refs
             if r.kind in (timex.YEAR, timex.BASELINE) and r.year is not None]
    for k, (year, baseline) in pairs.respective_years(figures, years).items():   # "5,079 and 1,778 ... in 2021 and 2022, respectively"
        dated[k] = Dated(dated[k].year, year, "respectively_since") if baseline else Dated(year, None, "respectively")
    for k, year in span_years(text, lex, figures, years).items():   # "в 2027-2028 годы — на 6,8% и 6,9% соответственно"
        dated[k] = Dated(year, None, "respectively")
    keyed = year_keyed(text, mentions, [f.direction for f in figures])   # "reduced by 7.6% (2003=7128, 2004=6585)"
    for k, year in keyed.years.items():
        dated[k] = Dated(year, None, "year_key")
    for k, (year, since) in keyed.changes.items():
        dated[k] = Dated(year, since, "years_keyed_after")
    subjects, rules = _subjects(doc, figures, pairs)
    figures = pairs.restated_directions(figures)
    w = subject_words(lex)
    proofs: list[str | None] = []

    def proved(k: int, rule: str, named: str | None) -> str | None:
        """What says figure k's bare count is a claim, given its subject and the rule that named it."""
        previous = (figures[k - 1].end, proofs[k - 1]) if k else None
        # (a rule that named nothing says nothing is measured)
        return evidence(w, doc, mentions[k], (figures[k].start, figures[k].end), readings[k], rule if named else "none", previous)

    for k, (m, rule, named) in enumerate(zip(mentions, rules, subjects)):
        proofs.append("table_cell" if k in cells else "year_keyed" if k in keyed.years else proved(k, rule, named)
                      if needs_evidence(m, text, lex.scale_words) else "unit")
    listed_before(w, text, mentions, proofs)
    instruction = instructs(text, lex)
    drops = ["instruction" if instruction and m.unit.kind in (UnitKind.COUNT, UnitKind.PHYSICAL)
             else None if e else "no_evidence" for m, e in zip(mentions, proofs)]
    kept = [k for k, d in enumerate(drops) if d is None]
    if len(kept) < len(figures):   # a number that is no claim ("aged from 16 to 64") lends no subject to the next in its sentence
        again, why = _subjects(doc, [figures[k] for k in kept], Pairs(text, [figures[k] for k in kept], lex))
        after_drop = {doc.layout.sentence_at(figures[k].num_start) for k, d in enumerate(drops) if d}
        for k, s, rule in zip(kept, again, why):
            if doc.layout.sentence_at(figures[k].num_start) in after_drop:
                subjects[k], rules[k] = s, rule
                if proofs[k] is not None and proofs[k].startswith(SUBJECT_PROOFS):   # ... nor the evidence its subject gave
                    proofs[k] = proved(k, rule, s)
                    drops[k] = None if proofs[k] else "no_evidence"
    for k, cell in cells.items():   # a table's cell: of its row's label, and of its column's year
        subjects[k], rules[k] = cell.label, "table_cell"
        if cell.year is not None or cell.since is not None:
            dated[k] = Dated(cell.year or dated[k].year, cell.since or dated[k].since, "table_column")
    home = _text_currency(doc.lex, mentions)
    for i in pairs.converted(figures):   # "16 миллиардов (946,3 миллиона долларов)": the text's other currency, else its language's
        other = _text_currency(lex, [m for m in mentions if m.unit != mentions[i + 1].unit])
        if other is not None and other != mentions[i + 1].unit and i not in given:
            given[i] = other
    given |= {k: u for k, (m, s, rule) in enumerate(zip(mentions, subjects, rules)) if (u := _implied(w, m, s, rule, home)) is not None}
    given |= troy_ounces(doc, mentions)
    given |= {k: u for k, u in allotted(doc, mentions).items() if k not in given}
    if doc.doc_date is None:   # an undated text: the year an amount describes tells an old currency from a renamed one
        given |= {k: u for k, (m, d) in enumerate(zip(mentions, dated)) if (u := renamed_for_year(given.get(k) or m.unit, d.year)) is not None}
    return [Context(f.start, f.end, q.qualifier, f.direction, d.year, d.since, s, e, drop, given.get(k), signs[k],
                    scales.get(k, ONE),
                    (f"evidence: {e}", f"direction: {r.rule}", f"year: {d.rule}", f"subject: {rule}"))
            for k, (f, q, r, d, s, e, drop, rule) in enumerate(zip(figures, qualified, readings, dated, subjects, proofs, drops, rules))]


YEARS = Unit(UnitKind.DURATION, "year")
OLDEST = 130   # an age is below this
MEASURE_WORDS = 3   # the first words of a subject where the measure that implies a unit stands
INDEX_LOW, INDEX_HIGH = 50, 200   # the values of an index in percent of its base period


def _implied(w: SubjectWords, m: Mention, subject: str | None, rule: str, home: Unit | None) -> Unit | None:
    """The unit a bare number's measure implies, when its clause names the measure first (not a noun
    after the number, "40 age groups", nor people of an age, "детей в возрасте до 1 года"): an age is in
    years ("the median age ... edged up to 40.0"), a rate the word lists name in percent ("the participation
    rate ... came in at 67.2", "уровень безработицы составил 5,2"), an index the word lists name in percent of
    its base period ("индекс потребительских цен составил 103,7"), a scaled amount of a measure of money in
    ``home``, the text's currency ("ВРП вырос почти на 50 миллиардов")."""
    if m.unit != COUNT or m.form is not Form.DIGITS or subject is None or rule == "noun_after":
        return None
    # (a lead-in's clause names its measure last: "preliminary area labor market unemployment rates (beatrice)")
    words = subject.rsplit(" (", 1)[0].split()[-MEASURE_WORDS:] if rule == "lead_in_item" else subject.split()[:MEASURE_WORDS]
    if m.scale:
        return home if any(w.money_measures.at(words, k) for k in range(len(words))) else None
    if m.value < OLDEST and any(word in w.age_nouns for word in words[:2]):
        return YEARS
    if m.value < 100 and any(w.percent_measures.at(words, k) for k in range(len(words))):
        return PERCENT
    if INDEX_LOW <= m.value <= INDEX_HIGH and any(w.index_percent_measures.at(words, k) for k in range(len(words))):
        return PERCENT   # "индекс потребительских цен составил 103,7": of the base period's prices
    return None


def troy_ounces(doc: DocumentView, mentions: Sequence[Mention]) -> dict[int, Unit]:
    """Ounces of a precious metal are troy ounces: the unit of each amount in ounces whose sentence, or the text
    before it, names a metal ("Placer industry has yielded 80,000-plus ounces of gold ... 6,500 ounces")."""
    forms = doc.lex.table("units", "troy_forms")
    ounces = [k for k, m in enumerate(mentions) if m.unit.kind is UnitKind.PHYSICAL and m.unit.code in forms]
    if not ounces:
        return {}
    named = _precious_metals(doc.lex).search(doc.text)   # (once a text, and only a text with ounces)
    return {k: Unit.physical(forms[mentions[k].unit.code]) for k in ounces
            if named is not None and named.start() < doc.layout.sentence_at(mentions[k].num_start)[1]}


def allotted(doc: DocumentView, mentions: Sequence[Mention]) -> dict[int, Unit]:
    """"1,5 млрд рублей на реконструкцию развязки; 500 млн на создание новых парков": a bare amount with a scale word and
    no noun of its own, then the word that says what money goes to, in a text that counts its money in one currency:
    that currency (not "146 млн на конец года", a count at a time)."""
    home, goes_to = Unit.most_named_currency(m.unit for m in mentions), _goes_to(doc.lex)
    if home is None or goes_to is None:
        return {}
    return {k: home for k, m in enumerate(mentions) if m.unit == COUNT and m.scale and goes_to.match(doc.text, max(m.end, m.unit_end))}


@functools.lru_cache(maxsize=None)
def _goes_to(lex: Lexicon) -> regex.Pattern | None:
    words, times = lex.words("currencies", "allotted_to"), lex.words("currencies", "allotted_not")
    if not words:
        return None
    return lex.compile(rf"[ \t\u00a0]+{unrequired(lex.alternation(words))}[ \t\u00a0]+(?!(?:{lex.alternation(times)})(?![\p{{L}}]))\p{{L}}",
                       regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _precious_metals(lex: Lexicon) -> regex.Pattern:
    return lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('units', 'precious_metals')})(?![\p{{L}}])", regex.IGNORECASE)


def _text_currency(lex: Lexicon, mentions: Sequence[Mention]) -> Unit | None:
    """The currency a text counts money in: the one its amounts are most often in, else its language's (Russian roubles)."""
    code = lex.data["currencies"]["text_currency"]
    return Unit.most_named_currency(m.unit for m in mentions) or (Unit.money(code) if code else None)


def _subjects(doc: DocumentView, figures: Sequence[Figure], pairs: Pairs) -> tuple[list[str | None], list[str]]:
    """The subject of every figure and the rule that named it, with what pairs of figures share."""
    found = subjects_of(subject_words(doc.lex), doc, figures)
    own = [f.subject for f in found]
    shared = pairs.share_subjects(figures, own)
    subjects = pairs.share_out(figures, shared)
    rules = [RESPECTIVELY if s != b else SHARED if b != a else f.rule for f, a, b, s in zip(found, own, shared, subjects)]
    for k, name in named_after(doc.text, doc.lex, figures, pairs.chains(), shared).items():   # "... in A, B and C respectively"
        subjects[k], rules[k] = name, RESPECTIVELY
    return subjects, rules


def _spread(dated: list, count: int, restating: dict[int, int]) -> list:
    """The dates of all ``count`` figures from those of the figures that were dated (all but the
    restatements, which take the date of the figure they restate)."""
    out: list = []
    it = iter(dated)
    for k in range(count):
        out.append(None if k in restating else next(it))
    for j, i in restating.items():
        out[j] = out[i]
    return out
