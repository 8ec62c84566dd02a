"""The subject of a claim: what is counted or measured, as a short noun phrase from its sentence.

Tried in order: a second figure's elliptic clause ("... and injuries 7 percent"); the rules of
``rules.RULES`` ("N% of X" -> X, "N X" -> X, "a N% rise in X" -> X, "X of N" -> X, "N% are X" -> X,
...); the subject of the number's clause ("the number of X has increased by N", "в стране было
совершено убийств почти на 12% меньше"); the people a count counts, by what happened to them;
else the subject of the claim before it ("down 4.3 percent ... and down 3.9 percent"). References
("this figure", "их число") take the subject said before them."""
from __future__ import annotations

import functools
from typing import NamedTuple, Sequence

import regex

from ...lang import Lexicon
from ...lang.cache import compiled
from ...numbers.mention import COUNT, Unit
from ...text.lists import heading_span, list_heading
from ...text.rows import BULLET_MARK
from ...text.view import CLAUSE_BREAKS, DASHES, DocumentView, SentenceView, Tok
from ..figure import Figure
from .clause import antecedent, change_in_sector, changed_before, clause_subject, comma_label, fronted_topic, person_count, verbs_alone
from .phrase import REACH_AFTER, REACH_BEFORE, before_qualifiers, clause_start, finish, finish_noun, finish_or_none, first_verb, last_head, noun_phrase, phrase_before, place_or_time, proper, unquote_short, without_acronyms
from .changes import change_noun_after, changed_in
from .brackets import dash_label, item_place, place_after, placed_list
from .rules import RULES, allocated_for, dash_item, dash_named, elliptic, list_item, noun_after, noun_of_before, of_after
from .words import SubjectWords, subject_words

__all__ = ["CLAUSE_RULES", "Found", "RULES", "SubjectWords", "subject_words", "subjects_of"]
# What gives a subject when no rule of RULES does (names for ``--explain``).
CLAUSE_RULES = ("restated", "more_of_the_same", "parallel_purpose", "elliptic", "clause_subject", "name_item", "person_count", "previous_figure", "item_place", "place_after", "owner_before", "relative_pronoun",
                "reference_in_clause", "change_in_sector", "fronted_topic", "comma_label", "said_before", "answer", "acted_on", "person_acts", "change_named", "heading_item",
                "label_over_bullets", "bar_row_label", "none")


class Found(NamedTuple):
    """A figure's subject (None: nothing says what it measures) and the rule that named it."""

    subject: str | None
    rule: str


NONE = Found(None, "none")
_LETTERS = compiled(r"\p{L}+")
# Rules that name an item of a list, which is no measure of the items after it.
ITEM_RULES = frozenset({"list_item", "before_parenthesis"})
# Rules that may name what a count counts by what happened ("about 35,000 died"): a verb alone is their subject.
VERB_RULES = frozenset({"what_happened", "money_done"})


def subjects_of(w: SubjectWords, doc: DocumentView, figures: Sequence[Figure]) -> list[Found]:
    """The subject of every figure (figures in text order)."""
    layout = doc.layout
    out: list[Found] = []
    previous: Figure | None = None
    said = Said(w, doc, _headline(doc))   # what the paragraph was last about, for references
    paragraph = -1
    asked: str | None = None      # what the question the paragraph answers asked for
    starts = frozenset(m.num_start for m in figures)
    bracketed: dict[tuple[int, int], str | None] = {}   # each sentence's first list item in brackets after a name, and its subject
    for m in figures:
        sentence = layout.sentence_at(m.num_start)
        index = layout.paragraph_index(m.num_start)
        if index != paragraph:
            asked = _asked(w, doc, index)
            said.name(asked)   # an answer counts what its question asked
            paragraph = index
        same = previous is not None and layout.sentence_at(previous.num_start) == sentence
        if not same and sentence[0] > layout.paragraphs[index][0]:
            before = layout.sentence_at(sentence[0] - 1)
            if previous is None or previous.num_start < before[0]:
                said.after(before)   # the sentence before, without figures, may set the topic
        elif not same and index and _leads_in(doc.text, layout.paragraphs[index - 1]):
            before = layout.sentence_at(layout.paragraphs[index - 1][1] - 1)
            if previous is None or previous.num_start < before[0]:
                said.after(before)   # "... увеличить объем поступлений на:\n2026 год – 8 млрд": a list's lead-in, too
        earlier = out[-1].subject if same else None
        if same and out[-1].rule in ITEM_RULES:   # the list item before names no measure of this one
            earlier = earlier.rsplit(" (", 1)[0] if earlier and earlier.endswith(")") else None
        said_from = layout.said_from(sentence[0], m.num_start)   # not a speaker's name: what the speaker said
        view = doc.sentence((said_from, sentence[1]))
        found = _heading_item(w, doc, m) or _label_line_above(w, doc, m) or _lead_in_item(w, doc, m) or subject(w, view, m, previous if same else None, earlier, said, starts)
        item = _bracket_item(doc, sentence[0], m)
        if item and bracketed.get(sentence) and found.rule in CLAUSE_RULES:   # "rose in Katherine (up 36% to 742), Alice Springs (up 28% ...)"
            found = Found(bracketed[sentence], "bracket_list_item")
        elif item is False and found.rule in CLAUSE_RULES:
            bracketed.setdefault(sentence, found.subject)   # (the list's first item: what its clause names)
        if found.rule in ("none", "said_before"):
            found = _label_cell(w, doc, index, m) or _bar_row_label(w, doc, m) or _timed_item(w, doc, m) or _label_over_bullets(w, doc, m) or found
        elif found.rule in NAMED_CHANGE_RULES and earlier and m.direction is not None and _bare_name(view, m, found.subject) \
                and earlier.rsplit(" (", 1)[0] != found.subject:
            # "Tasman's median house price jumped 28 per cent ..., while Nelson increased 9.8 per cent": a name alone
            # whose change the clause gives measures what the figure before it in the sentence did, there
            found = Found(_item_of(found.subject, earlier.rsplit(" (", 1)[0], said, m.unit), "name_item")
        if found.rule == "said_before" and asked is not None and found.subject == asked:
            found = Found(asked, "answer")   # "How many officers ...? – Some 35,000."
        if found.rule == "parallel_purpose" and out[-1].rule in FIRST_ITEM_RULES \
                and (first := _purpose_after(w, view, previous, found.subject)) is not None:
            out[-1] = Found(first, "parallel_purpose")   # "spend 30% on roads, 25% on housing": the list's first item too
        out.append(found)
        if found.rule not in ITEM_RULES:
            said.name(found.subject, m.unit)   # an item of a list is not what the text goes on about
        previous = m
    return out


def _leads_in(text: str, paragraph: tuple[int, int]) -> bool:
    """Does the paragraph end with a colon, the lead-in of a list below it?"""
    start, end = paragraph
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] == ":"


class Said:
    """What the text was last about, for a reference to something said before ("this figure", "их
    число"): the last subject named, or the topic of a sentence without figures read since. A topic
    is worked out only when a reference asks for it (most figures name their own subject)."""

    __slots__ = ("w", "doc", "value", "unit", "units", "pending", "names")

    def __init__(self, w: SubjectWords, doc: DocumentView | None = None, sentence: tuple[int, int] | None = None):
        self.w, self.doc, self.value = w, doc, None
        self.unit: Unit | None = None   # the unit of the figure whose subject was named last
        self.units: dict[Unit, str] = {}   # the last subject named of a figure of each unit
        self.pending: list[tuple[int, int]] = [sentence] if sentence is not None else []
        self.names: dict[str, bool] = {}   # phrases the text writes as names, each read once (written_as_name)

    def name(self, subject: str | None, unit: Unit | None = None) -> None:
        """``subject`` was named, of a figure in ``unit`` if given (nothing changes for None)."""
        if subject:
            self.value, self.unit = subject, unit
            if unit is not None:
                self.units[unit] = subject
            self.pending.clear()

    def of_unit(self, unit: Unit) -> str | None:
        """What was said, or, when that was a figure of another unit, the last measure named in ``unit``: "Уровень
        безработицы составил 4,6%. Среднее время поиска работы – 6 месяцев. Лидеры: Санкт-Петербург (2%)"."""
        said = self()
        # (not for a bare number: a list may leave out the sign its measure was given in, "(-2,5)" after "на 1,2%")
        return self.units.get(unit, said) if self.unit is not None and self.unit != unit and unit != COUNT else said

    def written_as_name(self, phrase: str) -> bool:
        """Does the document write ``phrase`` as a name (_written_as_name)? False with no document."""
        if self.doc is None:
            return False
        if phrase not in self.names:
            self.names[phrase] = _written_as_name(self.doc.text, phrase)
        return self.names[phrase]

    def after(self, sentence: tuple[int, int]) -> None:
        """The sentence at this span of the document, without figures, was read: its topic, if it has one, is what was said."""
        self.pending.append(sentence)

    def __call__(self) -> str | None:
        """What was said: the topic of the latest sentence read that has one, else the last subject named."""
        while self.pending:
            found = topic(self.w, self.doc.sentence(self.pending.pop()))
            if found:
                self.name(found)
        return self.value


def _headline(doc: DocumentView) -> tuple[int, int] | None:
    """A headline without numbers ("Названо точное число жителей края"): what it is about is what a
    reference to something said before stands for until the text names something else."""
    layout = doc.layout
    start, end = next(((a, b) for a, b in layout.paragraphs if _LETTERS.search(doc.text, a, b)), (0, 0))
    if end == 0 or any(ch.isdigit() for ch in doc.text[start:end]):
        return None   # (past a page's counter line, "6728"; not a dateline, "Publication date: May 1, 2021")
    return layout.sentence_at(start)


CELLS = 6   # paragraphs of figures alone that a label cell may stand before
RESTATED_REACH = 8   # tokens at most between a figure and the words that restate it as a change ("representing a")


def _bar_row_label(w: SubjectWords, doc: DocumentView, m: Figure) -> Found | None:
    """"| No Formal/Primary | 11.7% |", "| Farming workers (2022) | 2,014 (7.2%) |": a row of two cells between bars, a label
    and the figure (maybe with another in brackets after it), names the figure by its label."""
    text = doc.text
    start, end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not (line.startswith("|") and line.endswith("|")) or end - start > BAR_ROW:
        return None
    cells = [c.strip() for c in line.strip("|").split("|")]
    said = text[m.start:m.end]
    if len(cells) != 2 or not any(ch.isalpha() for ch in cells[0]) or not (
            cells[1].startswith(said) and (not cells[1][len(said):].strip() or cells[1][len(said):].strip().startswith("("))
            or _SIZE_CELL.fullmatch(cells[1]) and said in cells[1]):
        return None
    toks = doc.sentence((start, start + text[start:].index("|", text[start:].index("|") + 1))).tokens
    words = [t for t in toks if t.is_word and not t.timed]
    return Found(finish(w, words), "bar_row_label") if words else None


BAR_ROW = 300   # characters of a row of two cells, at most
# "85.6mm × 56.5mm": a size's sides, each a figure and maybe its unit's letters (no "x": that joins them)
_SIZE_CELL = compiled(r"(?:\d[\d.,]*[ \t]?(?:(?![xX])\p{L}){0,4}[ \t]*[×xX][ \t]*)+\d[\d.,]*[ \t]?(?:(?![xX])\p{L}){0,4}")


def _label_cell(w: SubjectWords, doc: DocumentView, index: int, m: Figure) -> Found | None:
    """A table pasted a cell to a paragraph ("естественная убыль", "-4808", "-5041"): a paragraph that
    is the figure alone takes the label of the nearest paragraph before it with no figure in it, over
    paragraphs that are figures alone."""
    paragraphs = doc.layout.paragraphs
    start, end = paragraphs[index]
    if doc.text[start:end].strip() != doc.text[m.start:m.end].strip():
        return None
    for k in range(index - 1, max(-1, index - CELLS - 1), -1):
        a, b = paragraphs[k]
        cell = doc.text[a:b].strip()
        if not any(ch.isdigit() for ch in cell):
            toks = doc.sentence(doc.layout.sentence_at(a)).tokens
            words = [t for t in toks if t.is_word]
            return Found(finish(w, words), "label_cell") if words and len(words) == len(toks) <= CELLS else None
        if cell.lstrip("+-−–").replace(",", "").replace(".", "").replace(" ", "").isdigit():
            continue
        return None
    return None


def _label_over_bullets(w: SubjectWords, doc: DocumentView, m: Figure) -> Found | None:
    """"GDP\n  • Increase $18.690 billion (nominal, 2019 est.)", as an encyclopaedia's box of figures reads when copied:
    a figure that opens its bulleted line (after a change word at most) is of the label on the line above the bullets,
    a few words and no figure, maybe with a colon ("Winter Wheat:"). A blank line may stand between two of those
    lines (a page that spaces its bullets), two set a group of bullets apart from the label above them."""
    text, line = doc.text, doc.text.rfind("\n", 0, m.start) + 1
    lead = _BULLET_LEAD.fullmatch(text, line, m.start)
    if lead is None or lead.group("word") and lead.group("word").lower() not in w.change:
        return None
    blank = False
    for _ in range(2 * BULLETS_OVER):
        if line == 0:
            return None
        line = text.rfind("\n", 0, line - 1) + 1
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        if not text[line:end].strip():
            if blank:
                return None
            blank = True
            continue
        blank = False
        if _BULLET_LEAD.match(text, line, end):
            continue
        label = list(doc.sentence((line, end)).tokens)
        if label and label[-1].text == ":":
            label.pop()
        if 0 < len(label) <= LABEL_OVER and all(t.is_word for t in label) and not any(w.is_verb(t) for t in label):
            return Found(finish(w, label), "label_over_bullets")
        return None
    return None


def _label_line_above(w: SubjectWords, doc: DocumentView, m: Figure) -> Found | None:
    """"Projected Gross Domestic Product:\n3.1%, Jan - June 2019 / Jan - June 2018", a page's box of key figures: a
    figure that opens its line (after a sign at most), under a line that is a label of a few words ending with a
    colon (a bracket's note in it dropped: "Average Consumer Price Index (CPI):"), measures what the label names,
    unless its own line names it after a dash or a colon."""
    text = doc.original   # (the lines as written: the layout may read such a box as one paragraph)
    line = text.rfind("\n", 0, m.start) + 1
    if line == 0 or not _FIGURE_OPENS.fullmatch(text, line, m.start) or _NAMED_AFTER.match(text, m.end):
        return None   # (not "Виды:\n9 – пожары в гаражах": the line names what its figure counts)
    above = text.rfind("\n", 0, line - 1) + 1
    label = _LABEL_LINE.fullmatch(text, above, line - 1)
    if label is None:
        return None
    toks = [t for t in doc.sentence(doc.layout.sentence_at(above)).tokens if above <= t.start < label.end("words")]
    toks = _unbracketed(toks)
    if not 0 < len(toks) <= LABEL_LINE_WORDS or not all(t.is_word for t in toks) or any(w.is_verb(t) for t in toks):
        return None
    return Found(finish(w, toks), "label_line_above")


def _bracket_item(doc: DocumentView, start: int, m: Figure) -> bool | None:
    """Does ``m`` open a bracket (after words at most: "(up 28% to 1,481)") that follows a name of a list of places or
    groups ("rose in Katherine (...), Alice Springs (...) and fell in Nhulunbuy (...)"), in its sentence from ``start``?
    None: no; True: a later item, only a comma, "and" or a verb and "in" between it and the bracket before; False: no
    such item (the list's first)."""
    text = doc.text
    opened = text.rfind("(", max(start, m.start - BRACKET_LEAD), m.start)
    if opened < 0 or not _BRACKET_WORDS.fullmatch(text, opened + 1, m.start):
        return None
    name_before, next_item = _bracket_list(doc.lex)
    if name_before.search(text, max(start, opened - NAME_REACH), opened) is None:
        return None
    closed = text.rfind(")", max(start, opened - NAME_REACH), opened)
    return closed >= 0 and next_item.fullmatch(text, closed + 1, opened) is not None


@functools.lru_cache(maxsize=None)
def _bracket_list(lex: Lexicon) -> tuple[regex.Pattern, regex.Pattern]:
    """", Alice Springs ", " and Palmerston ", "rose in Katherine ": a name after a list's comma or link ("and"), or after
    the preposition that opens such a list ("in"); and "), and fell in Nhulunbuy ": from the bracket before, a list's
    link, maybe a verb and that preposition, and a name."""
    links = lex.alternation(lex.words("subject", "np_and"))
    opens = lex.words("subject", "bracket_list_opens")
    within = rf"|(?<![\p{{L}}])(?:{lex.alternation(opens)})" if opens else ""
    name = r"\p{Lu}[\p{L}'’.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3}[ \t\u00a0]*"
    verb_in = rf"(?:\p{{Ll}}+[ \t\u00a0]+(?:{lex.alternation(opens)})[ \t\u00a0]+)?" if opens else ""
    return (lex.compile(rf"(?:,|(?<![\p{{L}}])(?:{links}){within})[ \t\u00a0]+{name}\Z"),
            lex.compile(rf"[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:{links})[ \t\u00a0]+)?{verb_in}{name}"))


# The rules that name what a figure's clause is about, which the later items of a bracketed list share
CLAUSE_RULES = frozenset({"clause_subject", "said_before", "previous_figure", "none"})
BRACKET_LEAD = 20   # characters from a bracket's opening to its first figure, at most
NAME_REACH = 60     # characters of a list's link and name before its bracket, at most
_BRACKET_WORDS = compiled(r"[\p{L} \t\u00a0]*")   # "up ": words before the first figure in the bracket


def _lead_in_item(w: SubjectWords, doc: DocumentView, m: Figure) -> Found | None:
    """"Preliminary area unemployment rates for May, followed by the April rates:\n\n— Beatrice: 3.1, 3.2": a list's
    item that is a name, a colon and figures alone, under the run of such items that a lead-in ending with a colon opens,
    measures what the lead-in's clause names, of the item's name ("... unemployment rates (beatrice)")."""
    text = doc.original
    line = text.rfind("\n", 0, m.start) + 1
    item = _NAMED_ITEM.fullmatch(text, line, _line_end(text, m.start))
    if item is None:
        return None
    top = line
    for _ in range(2 * LEAD_IN_ITEMS):   # up past the other items and the blank lines between them
        if top == 0:
            return None
        top = text.rfind("\n", 0, top - 1) + 1
        row = text[top:_line_end(text, top)]
        if row.strip() and not _NAMED_ITEM.fullmatch(row):
            break
    else:
        return None
    if not row.rstrip().endswith(":"):
        return None
    toks = list(doc.sentence(doc.layout.sentence_at(top)).tokens)
    found = clause_subject(w, toks[:-1] if toks and toks[-1].text == ":" else toks)
    measure = finish(w, found) if found and not w.is_reference(found) else None
    return Found(f"{measure} ({item.group('name').strip().lower()})", "lead_in_item") if measure else None


def _line_end(text: str, pos: int) -> int:
    """Where the line that holds ``pos`` ends (its line break, or the text's end)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


LEAD_IN_ITEMS = 30   # items of a list between its lead-in and a figure's, at most
# "— Beatrice: 3.1, 3.2", "• North Platte: 3.2": a list's item of a name, a colon and figures alone
_NAMED_ITEM = compiled(r"[ \t\u00a0]*(?:(?:[—–-]|" + BULLET_MARK + r")[ \t\u00a0]*)?(?P<name>\p{Lu}[\p{L}.'’ -]{0,40}):[ \t\u00a0]*"
                       r"[-+−]?\d[\d.,]*%?(?:[ \t\u00a0]*[,;][ \t\u00a0]*[-+−]?\d[\d.,]*%?){0,3}[ \t\u00a0\r]*")


def _unbracketed(toks: list) -> list:
    """The tokens outside brackets."""
    out, depth = [], 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


LABEL_LINE_WORDS = 8   # words of a label line over a figure, at most ("Balance of Payments Current Account Deficit")
_FIGURE_OPENS = compiled(r"[ \t\u00a0]*[-+−–]?")   # the start of a figure's line, up to the figure
_NAMED_AFTER = compiled(r"[ \t\u00a0]*[-–—:][ \t\u00a0]*\p{L}")   # "9 – пожары в гаражах": a dash or colon, then words
# "Unemployment Rate:", "Merchandise Imports ($):": a line of capitalised words and bracketed notes, ending with a colon
_LABEL_LINE = compiled(r"[ \t\u00a0]*(?P<words>\p{Lu}[^\n:\d]{0,80}?(?:\([^\n()]{1,20}\)[^\n:\d]{0,40}?)?)[ \t\u00a0]*:[ \t\u00a0\r]*")


_BULLET_LEAD = compiled(r"[ \t]*" + BULLET_MARK + r"[ \t]*(?:(?P<word>\p{L}+)[ \t]+)?")   # a bulleted line's bullet and a change word
BULLETS_OVER = 6   # bulleted lines between a figure's and its label's, at most
LABEL_OVER = 5     # words of a label over bullets, at most


def _heading_item(w: SubjectWords, doc: DocumentView, m: Figure) -> Found | None:
    """"74 deaths were reported. These deaths occurred in:\n\nJanuary: 36": a "label: N" line under a
    heading that names what the text counts elsewhere ("74 deaths") counts that; the label is a part of it."""
    if m.unit != COUNT:
        return None
    heading = list_heading(doc.text, m.num_start, bullets=False)
    for word in _LETTERS.findall(heading or ""):
        low = word.lower()
        if len(low) > 3 and low not in w.function and regex.search(rf"\d[ \t\u00a0]+{regex.escape(low)}(?![\p{{L}}])", doc.low):
            return Found(low, "heading_item")
    return None


def _timed_item(w: SubjectWords, doc: DocumentView, m: Figure) -> Found | None:
    """"Общая сумма доходов составит:\n- в 2024 году — 207,4 млрд руб.": an item of a list whose label is only a time
    measures what its heading's clause names."""
    span = heading_span(doc.text, m.start)
    line = doc.text.rfind("\n", 0, m.start) + 1
    if span is None or not all(t.timed or not t.is_word or t.low in w.prepositions for t in doc.sentence((line, m.start)).tokens):
        return None
    toks = list(doc.sentence(span).tokens)
    found = clause_subject(w, toks[:-1] if toks and toks[-1].text == ":" else toks)   # (the heading's clause, before its colon)
    subject = finish(w, found) if found and not w.is_reference(found) else None
    return Found(subject, "heading_item") if subject else None


NAME_WORDS = 3   # words of a name alone as a clause's subject, at most
# Rules that may name the one that changed, a name alone ("Nelson increased 9.8 per cent", "Suffolk saw a 28pc rise")
NAMED_CHANGE_RULES = frozenset({"clause_subject", "change_noun_after"})


def _bare_name(view: SentenceView, m: Figure, subject: str | None) -> bool:
    """Is ``subject`` a name alone before ``m`` in its sentence (as near as a subject is), every word capitalised
    ("Nelson", "New Plymouth"), no measure?"""
    words = subject.split() if subject else []
    if not words or len(words) > NAME_WORDS:
        return False
    end = view.index(m.start)
    toks, n = view.tokens[max(0, end - REACH_BEFORE):end], len(words)
    return any([t.low for t in toks[i:i + n]] == words and all(proper(t) for t in toks[i:i + n]) for i in range(len(toks) - n + 1))


def _change_modified(w: SubjectWords, left: list[Tok], found: list[Tok]) -> str | None:
    """What a change noun's own words before it name ("the national GDP increase": "national gdp"), not adjectives alone."""
    if found[-1].low not in w.change_nouns or not (changed := _changed_modifiers(w, left, found[-1])) \
            or all(w.adjective(t.low) for t in changed):
        return None
    return finish_or_none(w, changed)


def _owned_figure(w: SubjectWords, left: list[Tok], earlier: str) -> str | None:
    """"Mullingar's population was 18,592, ahead of Athlone's 17,469": a name's possessive right before the figure, after
    one whose measure is another name's: the same measure, this name's ("athlone's population")."""
    if not left or not w.possessive or not left[-1].low.endswith(w.possessive) or not proper(left[-1]) or left[-1].timed:
        return None   # (not a month's: "February's 8.8 percent")
    theirs = next((earlier.split(p, 1) for p in w.possessive if p in earlier), None)
    if not theirs or not theirs[1].strip():
        return None
    k = len(left) - 1
    while k > 0 and len(left) - k < NAME_WORDS and proper(left[k - 1]) and not left[k - 1].timed:
        k -= 1   # "New Plymouth's"
    return f"{' '.join(t.low for t in left[k:])} {theirs[1].strip()}"


def _item_of(item: str | None, earlier: str | None, said: Said, unit: Unit) -> str | None:
    """A list item under the measure the list breaks down ("краж (пермский край)"): the measure of
    the figure before it in its sentence, or what was said before the list (in the item's ``unit``); not a name the
    text writes with a capital inside its sentences, which is the list's item before it, no measure ("Лидером стал
    Татарстан (+40%). Следом идут Тверская область (+32,2%)": "тверская область")."""
    measure = earlier or said.of_unit(unit)
    if measure and said.written_as_name(measure):
        return item
    return f"{measure} ({item})" if measure and item and measure != item else item


def _written_as_name(text: str, phrase: str) -> bool:
    """Does the text write ``phrase`` as a name: its words each with a capital (of two words or more), or its first word
    with a capital after a small letter (inside a sentence) and never in small letters?"""
    words = phrase.split()
    if not words or not words[0][0].isalpha():
        return False
    titled = r"[ \t]+".join(regex.escape(w[0].upper() + w[1:]) for w in words)
    if len(words) > 1 and regex.search(rf"(?<![\p{{L}}]){titled}(?![\p{{L}}])", text) is not None:
        return True
    first = regex.escape(words[0][0].upper() + words[0][1:])
    return regex.search(rf"\p{{Ll}},?[ \t]+{first}(?![\p{{L}}])", text) is not None \
        and regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(words[0])}(?![\p{{L}}])", text) is None


def _said_in_sentence(w: SubjectWords, left: list) -> str | None:
    """What an earlier clause of the figure's sentence is about, for the purpose money is allocated
    to: "Allocations to support the economy will be cut: N will be allocated for these purposes"."""
    found = clause_subject(w, left)
    return finish(w, found) if found and not w.is_reference(found) else None


def _asked(w: SubjectWords, doc: DocumentView, index: int) -> str | None:
    """What the question a paragraph answers asked about: "– Сколько у нас сотрудников МВД? – 895 тыс. человек"."""
    if index == 0:
        return None
    start, end = doc.layout.paragraphs[index - 1]
    if doc.text[start:end].rstrip()[-1:] != "?":
        return None
    toks = doc.sentence_at(doc.text[start:end].rstrip().rfind("?") + start).tokens
    k = next((k + w.how_many.at(toks, k) for k in range(len(toks)) if w.how_many.at(toks, k)), len(toks))
    while k < len(toks) and (toks[k].low in w.function or toks[k].timed):
        k += 1  # "Сколько у нас сейчас сотрудников МВД?"
    found = noun_phrase(w, list(toks), k) if k < len(toks) else None
    return finish(w, found) if found else None


OBJECT_ENDING_AFTER = 3   # letters a word has before an object's ending ("-ую") counts


def topic(w: SubjectWords, sentence: SentenceView) -> str | None:
    """What a sentence without figures is about, for a reference in the next one: the noun of a
    change ("the reduction of inflation"), else of a head ("снижается количество преступлений"),
    else nothing (the subject of a sentence without figures is too often someone who speaks)."""
    toks = list(sentence.tokens)
    found = None
    for k in range(len(toks) - 2):
        if toks[k].low in w.change_nouns and (toks[k + 1].low in w.of or toks[k + 1].low in w.in_):
            found = noun_phrase(w, toks, k + 2)
            break
    if not found:
        head = last_head(w, toks)
        found = noun_phrase(w, toks, head) if head is not None else None
    if not found:
        # the subject of its last clause, a thing rather than someone who speaks:
        # "Industrial production picked up speed. ... it went up by 1.7 percent"
        found = clause_subject(w, unquote_short(toks))
        while found and len(found) > 1 and w.participle(found[-1].low):
            found = found[:-1]  # "production picked up speed": an unknown verb, not a participle
        if found and (len(found) > 4 or not noun_phrase(w, found, 0)):
            found = None
    if found and found[0].low.endswith(w.object_only_endings) and len(found[0].low) > OBJECT_ENDING_AFTER:
        found = _after_verb(w, toks, toks.index(found[-1]) + 1)   # "Положительную динамику показали реальные доходы": an object put first
    n = w.how_many.at(found, 0) if found else 0
    if n:   # "Here is how many tourists came": what it asks for; "Стало известно, сколько зарабатывали": no noun of it
        found = noun_phrase(w, found, n) if n < len(found) and not w.is_verb(found[n]) else None
    return finish(w, found) if found and not w.is_reference(found) else None


def _after_verb(w: SubjectWords, toks: list[Tok], k: int) -> list[Tok] | None:
    """The noun phrase after the first verb from toks[k] on, past adverbs ("показали | также | реальные доходы")."""
    v = next((n for n in range(k, len(toks)) if w.is_verb(toks[n])), None)
    if v is None:
        return None
    v += 1
    while v < len(toks) and toks[v].is_word and (toks[v].low in w.function or w.adverb(toks[v].low)):
        v += 1
    return noun_phrase(w, toks, v) if v < len(toks) else None


def _object_before(w: SubjectWords, left: list[Tok]) -> list[Tok] | None:
    """"we have revised the likely revenue out-turn to Kshs448.8 billion", "Мы преодолели планку 4 млн тонн":
    in a clause whose subject is someone who acts, the object of the verb right before the figure (and its
    linking word) is what the figure measures."""
    i = before_qualifiers(w, left)
    i -= i > 0 and left[i - 1].low in w.prepositions   # "revised the revenue out-turn | to"
    found = phrase_before(w, left, i)
    if not found or w.is_reference(found):
        return None
    k = left.index(found[0])
    while k > 0 and w.determiners.ending_at(left, k - 1):
        k -= w.determiners.ending_at(left, k - 1)
    verb = left[k - 1] if k > 0 else None
    if verb is None or verb.low in w.modals or verb.low in w.infinitive or verb.low in w.personal:
        return None   # "We will transfer another 12 billion roubles": the verb itself, no object
    return found if (w.is_verb(verb) or w.participle(verb.low) or w.verb_shaped(verb.low)) and verb.low not in w.copulas else None


RAISED_WORDS = 6   # words of the object between a verb of expecting and its infinitive, or of holding and its level


def _raised_object(w: SubjectWords, left: list[Tok]) -> list[Tok] | None:
    """"We now expect growth in the region to ease to 3.8 percent", "The IMF projects global growth to slow to", "will see
    property taxes go up": in the figure's clause, the object of a verb of expecting (or of seeing, before a bare change
    verb), when an infinitive of a change or a level follows it, is what the figure measures (not the one who expects)."""
    own = clause_start(left)
    for k in range(len(left) - 3, own - 1, -1):
        bare = next((j for j in range(k + 2, min(len(left), k + 2 + RAISED_WORDS)) if left[j].low in w.change), None) \
            if left[k].low in w.seeing_verbs else None
        if bare is not None and not all(t.low in w.change or t.low in w.bridges for t in left[bare + 1:before_qualifiers(w, left)]):
            bare = None   # (the change right before its amount: not "saw the biggest jump in the 12 months with 351 people")
        if bare is not None:   # "will see property taxes go up 3.93%", "saw the mining industry grow by 6.6%"
            found = left[k + 1:bare]
        elif left[k].low in w.raising_verbs:
            to = next((j for j in range(k + 2, min(len(left) - 1, k + 2 + RAISED_WORDS)) if left[j].low in w.infinitive), None)
            if to is None or not (left[to + 1].low in w.change or left[to + 1].low in w.raised_infinitives):
                return None
            found = left[k + 1:to]   # (past the noun's own phrase: "growth in Sub-Saharan Africa")
        else:
            continue
        if not all(t.is_word for t in found) or w.is_reference(found) or found[0].low in w.personal:
            return None
        timed = next((j for j, t in enumerate(found) if t.low in w.prepositions and any(u.timed or u.low in w.time_units for u in found[j + 1:])), len(found))
        return found[:timed] or None   # (not its time: "arrivals for the full year")
    return None


def _held_to(w: SubjectWords, left: list[Tok]) -> list[Tok] | None:
    """"The council holds its proposed average rate rise to 2.6%", "capped annual fee increases at 3%": in the figure's
    clause, the object of a verb of holding right before the link to the level it is held at (not the one who holds it)."""
    own = clause_start(left)
    end = before_qualifiers(w, left)
    if end < 3 or left[end - 1].low not in w.hold_links:
        return None
    k = next((k for k in range(end - 2, max(own, end - 2 - RAISED_WORDS) - 1, -1) if left[k].low in w.hold_verbs), None)
    found = left[k + 1:end - 1] if k is not None else []
    if not found or not all(t.is_word and t.low not in w.held_states for t in found) or w.is_reference(found) or found[0].low in w.personal:
        return None   # (not "holds steady at")
    return found


def _reported_clause(w: SubjectWords, left: list[Tok], figures: frozenset[int] | None, after: int = 0) -> str | None:
    """"he said the 12 month index change for non-food products has increased to 3.6 per cent", "Ali said, "With our
    nominal GDP moving from $1.1 trillion": when who acts is the one who speaks (or a reference that a verb of finding
    follows), the subject of what is said after the verb of speech (past "that", a comma or a quote); the verb stands
    after ``after``."""
    k = next((k for k in range(len(left) - 1, 0, -1) if left[k].is_word and left[k].start >= after and w.speech_verbs.at(left, k)
              and not w.determiners.ending_at(left, k - 1) and left[k - 1].low not in w.of), None)   # (not "of the states and")
    if k is None:
        return None
    rest = left[k + w.speech_verbs.at(left, k):]
    while rest and (not rest[0].is_word or w.clause_words.at(rest, 0)):
        rest = rest[w.clause_words.at(rest, 0) or 1:]
    found = clause_subject(w, rest, figures=figures) if rest else None
    return finish_noun(w, found) if found and not w.is_reference(found) else None


def _more_of_the_same(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> bool:
    """"with another 1,203,891 granted", "an additional 64,820": a bare count that adds to the figure before,
    no noun after it, counts what that figure counts."""
    i = before_qualifiers(w, left)
    return m.unit == COUNT and any(t.low in w.added_amount for t in left[i:]) \
        and (not right or not right[0].is_word or right[0].low in w.function or w.participle(right[0].low))


def _parallel_purpose(w: SubjectWords, left: list[Tok], right: list[Tok], previous: Figure) -> list[Tok] | None:
    """"65.9 percent is for personnel costs; 19.9 percent for contractual services": a figure that opens an item of a
    list (after a semicolon, a comma or "and") and is followed by the preposition the figure before was (maybe after a
    copula) names the noun after it, another item of the same whole; not a place or a time ("14 in 2020, 26 in 2021")."""
    if not left or not right or not (left[-1].text in ",;" or left[-1].low in w.np_and) or right[0].low not in w.purpose:
        return None
    after = next((k for k, t in enumerate(left) if t.start >= previous.end), None)
    if after is None:
        return None
    after += after + 1 < len(left) and left[after].low in w.copulas
    if left[after].low != right[0].low or place_or_time(w, right, 0):
        return None
    return noun_phrase(w, right, 1) or None


def _right_of(sentence: SentenceView, m: Figure) -> list[Tok]:
    """The tokens a subject's rules read after ``m``: after the figure, or after its scale and unit where they stand apart
    from it ("92,1 (92,8) тыс. человек")."""
    j = sentence.index(max(m.end, m.mention.unit_end))
    return without_acronyms(unquote_short(list(sentence.tokens[j:j + REACH_AFTER])))


def _purpose_after(w: SubjectWords, sentence: SentenceView, m: Figure, parallel: str) -> str | None:
    """What ``m`` is for, named by the preposition right after it (past a copula: "40% is for schools"), when the next
    figure of its sentence, an item of the same list, is for ``parallel`` after the same preposition; else None."""
    right = _right_of(sentence, m)
    k = int(bool(right) and right[0].low in w.copulas)
    if len(right) <= k + 1 or right[k].low not in w.purpose or place_or_time(w, right, k):
        return None
    found = noun_phrase(w, right, k + 1)
    named = finish(w, found) if found and not w.is_reference(found) else None
    return named if named and parallel != named else None


FIRST_ITEM_RULES = frozenset({"clause_subject", "fronted_whole", "said_before", "none", "person_acts", "previous_figure"})


CHANGE_NOUN_RULES = (change_noun_after, noun_of_before, noun_after)   # rules that may find a change noun alone ("the smallest increase of 2,1%")


def subject(w: SubjectWords, sentence: SentenceView, m: Figure, previous: Figure | None = None,
            earlier: str | None = None, said: Said | None = None, figures: frozenset[int] | None = None) -> Found:
    """The subject of ``m`` in ``sentence``. ``previous`` is the claim before it in the sentence
    and ``earlier`` its subject; ``said`` what was said before (for "this figure", "их число");
    ``figures`` where the text's figures start."""
    toks = sentence.tokens
    said = said or Said(w)
    i = sentence.index(m.start)
    left = without_acronyms(unquote_short(list(toks[max(0, i - REACH_BEFORE):i])))   # a subject is near its figure; a huge sentence is cut down
    right = _right_of(sentence, m)
    if previous is not None:
        k = len(left) - w.amount_links.ending_at(left, len(left) - 1)   # "4.3 per cent (total of 38,000)"
        k -= bool(k > 1 and left[k - 1].low in w.bridges and left[k - 2].text == "(")   # "на 1,5% (на 6,3% и на 11,3%)"
        noun_between = [t for t in left[:k - 1] if t.start >= previous.end]   # "64,105 accidents (13.9 per cent)": its noun between
        counted_between = 0 < len(noun_between) <= 2 and all(t.is_word and t.low not in w.function for t in noun_between)
        if earlier and k > 1 and left[k - 1].text == "(" and (left[k - 2].end == previous.end or counted_between
                                                             or " ".join(t.low for t in noun_between) == earlier):
            return Found(earlier, "restated")   # "на 5,3% (3 116 человек)": the figure before, in other words
        r = len(left) - (bool(left) and left[-1].low in w.articles)
        link = w.restating.ending_at(left, r - 1) if earlier and r > 0 and m.direction else 0
        if not link and earlier and m.direction and 0 < r < len(left) and left[r - 1].text == "," and right and right[0].low in w.change_nouns:
            link = 1   # "265 murders, a 4 percent increase": the figure before, as a change in apposition
        between = [t for t in left[:r - link] if t.start >= previous.end]
        noun = next((k for k in range(min(3, len(right))) if right[k].low in w.change_nouns), None)
        own = noun is not None and noun + 1 < len(right) and (right[noun + 1].low in w.in_   # "a 3.5 per cent increase in the numbers at work"
                                                               or m.is_money and right[noun + 1].low in w.money_change_for)   # "a $70 million increase for municipalities"
        if link and not own and len(between) <= RESTATED_REACH and all(t.is_word or t.text in "(," for t in between):
            return Found(earlier, "restated")   # "4,358 cases of malaria (representing a 38 per cent reduction)": the figure before, as a change
        # a name before a bare count is an item only in a list of semicolons ("South Australia lost 11,300;
        # the Northern Territory 6,100"): after a comma it is as often an address or a code
        semicolon = next((t.text == ";" for t in reversed(left) if t.text in CLAUSE_BREAKS), False)
        if earlier and _more_of_the_same(w, m, left, right):
            return Found(earlier, "more_of_the_same")   # "315,632 visas were issued, with an additional 64,820 granted by September"
        allocated = allocated_for(w, m, left, right)   # "... and add $21.5 million for sidewalks": its purpose, not an ellipsis
        if allocated and not w.is_reference(allocated):
            return Found(finish(w, allocated), "allocated_for")
        if named := dash_named(w, m, left, right):   # "..., 827,1 тысячи – молодежь": the part named, not the clause's ellipsis
            return Found(finish(w, named), "dash_named")
        if named := dash_item(w, m, left, right):   # "..., на 9% – на лук репчатый": the item, not the clause's ellipsis
            return Found(finish(w, named), "dash_item")
        # (a count's own noun names what it counts, "в том числе школам - 40 компьютеров"; people are the part's: "городское – 332 490 человек")
        own_noun = m.unit == COUNT and bool(right) and right[0].is_word and right[0].low not in w.function \
            and right[0].low not in w.person_nouns
        # (a figure's own "of" names it: "... and use £30 million of reserves" is no ellipsis of the clause before)
        found = elliptic(w, left, names=m.unit != COUNT or semicolon, parts=not own_noun) if not of_after(w, m, left, right) else None
        if found and any(previous.start <= t.start < previous.end for t in found):
            found = None   # "две трети — 124 факта —": the figure before, in words, names nothing
        if found and proper(found[0]) and m.unit == COUNT and right and right[0].is_word and right[0].text[:1].islower() \
                and right[0].low not in w.function and right[0].low not in w.generic:
            found = None   # "..., Хабаровский край — 228 тысяч туристов": a place, the count's own noun says what it counts
        if found and not all(t.low in w.times_of_day for t in found):   # not "днем +1, ночью -1"
            if earlier and proper(found[0]) and left[-1].text in DASHES and previous.end <= found[0].start \
                    and placed_list(w, left, previous):
                # "по Северо-Западному округу - 3253,01 руб., Республике Карелия - 3310,34 руб.": a named item of the
                # list, its preposition left out, measures what the figure before did, there
                return Found(_item_of(finish(w, found), earlier, said, m.unit), "list_item")
            if named := finish(w, found):   # (not "following a 2.7 percent fall": a participle names nothing)
                return Found(named, "elliptic")
    if len(left) > 1 and left[-1].text == "(" and right and right[0].text == ")" and left[-2].low in w.prepositions:
        left, right = left[:-1], right[1:]   # "Luganville increased by (+0.1%)", "Miscellaneous at (+1.1%)": the figure alone in brackets
    for rule in RULES:
        found = rule.find(w, m, left, right)
        if found and previous is not None and any(previous.start <= t.start < previous.end for t in found):
            rest = [t for t in found if t.start >= previous.end]
            while rest and rest[0].low in w.prepositions:
                rest = rest[1:]
            if not rest:
                continue  # "меньше шести процентов — 5,7-5,8 процента": the figure before is no subject
            found = rest   # "... тыс. рублей с дефицитом в сумме N": the words after the figure before
        if found is not None:
            if w.is_reference(found):
                named = found[-1].low in w.relatives and finish_or_none(w, antecedent(w, left, found[-1]))
                if named:
                    return Found(named, rule.name + ":relative")   # "the inflation rate, which stood at 6.6%"
                purpose = rule.find is allocated_for and _said_in_sentence(w, left)   # "for these purposes"
                return Found(earlier or purpose or said(), rule.name + ":reference")
            if found and rule.find is list_item:
                return Found(_item_of(finish(w, found), earlier, said, m.unit), rule.name)
            named = (finish if rule.name in VERB_RULES else finish_noun)(w, found) if found else None
            if named in w.change_nouns and rule.find in CHANGE_NOUN_RULES and named not in w.measured_changes \
                    and not _complemented(w, found[-1], right):
                # "the rate has shown a 17.7% decline", "a 2.3% drop", "the smallest increase of 2,1%": a change of
                # what the figure before, its clause or the text before names
                own = clause_subject(w, left, figures=figures)
                if own and w.is_reference(own, change_noun=True):
                    own = _before_change_verb(w, left, own[-1])   # "Exports showed an increase of": what showed it
                if own and _titled_person(w, own):
                    return Found(named, "change_named")   # "Council CEO Ann Lee asked for a 15% increase": a person owns no change
                own_name = finish_or_none(w, own) if own and not w.is_reference(own, change_noun=True) else None
                if own_name or earlier or said():
                    return Found(earlier or own_name or said(), rule.name + ":change")
            if named:
                return Found(named, rule.name)   # (a vague noun or a verb alone, "by 1.07 units", names nothing: the next rule may)
    inside = toks[i:sentence.index(m.num_start)]
    return _from_clause(w, m, left, right, previous, earlier, said, any(w.is_verb(t) for t in inside), figures)


def _titled_person(w: SubjectWords, phrase: list[Tok]) -> bool:
    """Is ``phrase`` a person named with a title ("Council CEO Martin Smith")? One who proposes a change owns none."""
    return len(phrase) > 2 and all(t.text[:1].isupper() for t in phrase) and any(t.low in w.titles for t in phrase[:-2]) \
        and not any(t.low in w.titles for t in phrase[-2:])   # (a first name and a surname after the title)


def _changed_modifiers(w: SubjectWords, left: list[Tok], change: Tok) -> list[Tok] | None:
    """The words right before a change's noun that name what changed ("The national GDP increase"), back to a
    determiner or the clause's start; None when there are none (a change alone: "The increase")."""
    k = next((n for n, t in enumerate(left) if t.start == change.start), 0)
    j = k
    while j > 0 and left[j - 1].is_word and left[j - 1].low not in w.function and not w.is_verb(left[j - 1]) \
            and not left[j - 1].timed and k - j < MODIFIER_WORDS:
        j -= 1
    return left[j:k] if j < k and (j == 0 or left[j - 1].low in w.determiner_words or left[j - 1].text in CLAUSE_BREAKS) else None


MODIFIER_WORDS = 3   # words of what changed before a change's noun, at most ("regional gross domestic product")


def _before_change_verb(w: SubjectWords, left: list[Tok], change: Tok) -> list[Tok] | None:
    """Where word order marks verbs, the noun phrase that opens the clause of the change noun ``change`` when a verb
    stands between them ("Tourists from Chile showed the smallest increase of"), else None."""
    if not w.verbs_by_word_order:
        return None
    start = clause_start(left)
    clause = left[start:]
    verb = first_verb(w, clause)
    if verb is None or verb == 0 or not any(t.start == change.start for t in clause[verb + 1:]):
        return None
    found = noun_phrase(w, clause[:verb], 0)
    return found if found and found[-1] is clause[verb - 1] else None


def _complemented(w: SubjectWords, noun: Tok, right: list[Tok]) -> bool:
    """Does a noun follow the change noun after the figure, what changed ("Три четверти прироста доходов": a
    genitive; where word order marks verbs, English, what changed comes after "of" or "in", which other rules read)?"""
    if w.verbs_by_word_order:
        return False
    k = next((k for k, t in enumerate(right) if t.start == noun.start), None)
    nxt = right[k + 1] if k is not None and k + 1 < len(right) else None
    return nxt is not None and nxt.is_word and nxt.low not in w.function and not w.is_verb(nxt) and not nxt.timed


def _named_place(w: SubjectWords, left: list[Tok], found: list[Tok]) -> bool:
    """Is ``found`` a name inside a place, a preposition a word or two before it ("на дорогах | Омской области")?"""
    k = next((k for k, t in enumerate(left) if t is found[0]), None)
    if k is not None and found[0].low in w.np_and and len(found) > 1 and k > 0 and proper(left[k - 1]):
        k, found = k - 1, left[k - 1:k]   # "на Сахалин | и Курилы": the name before "and"
    return k is not None and proper(found[0]) and any(left[j].low in w.prepositions for j in range(max(0, k - PLACE_NOUNS - 1), k))


PLACE_NOUNS = 1   # words between a place's preposition and the name in it ("на дорогах Омской области")


def _from_clause(w: SubjectWords, m: Figure, left: list, right: list, previous: Figure | None,
                 earlier: str | None, said: Said, verb_in_mention: bool, figures: frozenset[int] | None) -> Found:
    """The subject from the figure's clause when no rule named one: the clause's subject, the people
    a count counts, the claim before, or what was said before."""
    raised = _raised_object(w, left)
    if raised and (named := finish(w, raised)):
        return Found(named, "raised_object")
    held = _held_to(w, left)
    if held and (named := finish(w, held)):
        return Found(named, "held_to")
    found = clause_subject(w, left, verb_in_mention=verb_in_mention, figures=figures)
    own = clause_start(left)
    # (not "Эта цифра колебалась около 400 000": a figure said before, not people counted by what befell them)
    if not found and earlier or found and (own == len(left) or found[0].start < left[own].start
                                           or w.is_reference(found) and found[-1].low not in w.generic):
        counted = person_count(w, m, left, right)
        if counted:
            return Found(counted, "person_count")  # "..., погибло 7138 человек", "ДТП, в которых погибло N человек"
    elif found and right and right[0].low in w.person_nouns:
        counted = person_count(w, m, left, right)
        if counted and (found[0].low in counted.split() or _named_place(w, left, found)):
            return Found(counted, "person_count")  # "Получили травмы ... 50 человек": what happened to them, not its object;
            # "на дорогах Омской области погибли 44 человека": not where
    if previous is not None and (not found or found[0].start < previous.end):
        # "...; 19.9 percent for contractual services" (though the figure before named nothing)
        parallel = _parallel_purpose(w, left, right, previous)
        if parallel and not w.is_reference(parallel):
            return Found(finish(w, parallel), "parallel_purpose")
    if earlier and (not found or found[0].start < previous.end):
        placed = item_place(w, earlier, left)   # "..., в Каменске-Уральском – 167,8 тысяч": the same measure, in its place
        if placed:
            return Found(placed, "item_place")
        placed = place_after(w, m, earlier, left, right)   # "..., 22 percent from New Zealand": the same measure, from its place
        if placed:
            return Found(placed, "place_after")
        owned = _owned_figure(w, left, earlier)   # "..., ahead of Athlone's 17,469": the same measure, that name's
        if owned:
            return Found(owned, "owner_before")
        return Found(earlier, "previous_figure")  # the claim before is nearer: "... down 4.3 percent and down 3.9 percent"
    if found and w.is_reference(found, change_noun=True):
        if found[-1].low in w.relatives:   # "the number of robberies, which fell by 5%"
            stands = antecedent(w, left, found[-1])
            if stands and figures is not None and any(k in figures for k in range(stands[0].start, stands[0].end)):
                stands = None   # "... was P50.44 per kilo from P39.65 per kilo in February, which had": figures, no noun
            named = finish_or_none(w, changed_before(w, left, found[-1]) or stands or clause_subject(w, left, skip_nearest=True))
            return Found(named, "relative_pronoun") if named else Found(said(), "said_before")
        reported = _reported_clause(w, left, figures, after=found[-1].end)
        if reported:
            return Found(reported, "reported_clause")   # "The figures ... found motor vehicle theft dipped by 950"
        before = clause_subject(w, left, skip_nearest=True)
        if before and before[-1].low in w.change_nouns:
            before = None   # "The decline is slower than ..., when the number dropped by 700": a change is no count
        elif before and any(w.speech_verbs.at(left, k) for k in range(left.index(before[-1]) + 1, len(left)) if left[k].is_word):
            before = None   # "Статистики подсчитали, что в октябре она составила 8,02%": who said it, not what "она" is
        changed = _change_modified(w, left, found)   # "The national GDP increase was 5.5 percent": national GDP's (not "the largest")
        if earlier and changed:
            return Found(changed, "change_modified")   # "..., the forecast rates increase for the year climbed from 7.3%": its own, not the figure before's
        named = earlier or finish_or_none(w, before)   # "..., это на 5,8% меньше"
        if not named and found[-1].low in w.change_nouns and (there := change_in_sector(w, left, found)):
            return Found(there, "change_in_sector")   # "В промышленности темп роста составил 107,8%"
        if not named and changed:
            return Found(changed, "change_modified")
        if not named and (labelled := dash_label(w, left, own)):
            return Found(labelled, "dash_label")   # "• убийств — количество снизилось на 96": the item's label
        if not named and (fronted := fronted_topic(w, left)):
            return Found(finish(w, fronted), "fronted_topic")   # "For houses only, the number fell 1.3 percent"
        return Found(named, "reference_in_clause") if named else Found(said(), "said_before")
    if found and len(found) > 1 and found[0].low in w.possessive_relatives:
        k = left.index(found[0]) - 1
        name = k
        while name > 0 and left[name - 1].is_word and proper(left[name - 1]):
            name -= 1   # a name right before the comma is the owner, even a place after a preposition ("the greatest increase was in Chesterfield Inlet, whose")
        named = left[name:k] if k > 0 and left[k].text == "," and name < k else None
        owner = finish_or_none(w, named or antecedent(w, left, found[0]))
        owned = finish_or_none(w, found[1:])
        if owner and owned:   # "Chesterfield Inlet, whose population grew from 313": the population of Chesterfield Inlet
            return Found(f"{owned} {min(w.of)} {owner}", "relative_pronoun")
    named = finish_noun(w, found) if found and not (fronted_topic(w, left) and verbs_alone(w, found)) else None
    if named:   # not "annual" of ", an annual increase of 4.6%", nor a vague noun alone ("The figures were 2.48 lakh"): the claim before, or what was said
        return Found(named, "clause_subject")
    counted = person_count(w, m, left, right)
    if counted:
        return Found(counted, "person_count")
    if earlier:
        return Found(earlier, "previous_figure")
    if found == [] and len(left) > 1 and left[-1].low in w.copulas and left[-2].low in w.existential:
        return Found(said(), "said_before")   # "He said in 2018 there were 3,246": what was spoken of, not who spoke
    if found == []:   # not what was said before: the clause's subject is someone who acts
        reported = _reported_clause(w, left, figures)
        if reported:
            return Found(reported, "reported_clause")
        changed = changed_in(w, m, right)
        if changed:
            return Found(finish(w, changed), "changed_in")
        acted_on = _object_before(w, left)
        if acted_on:
            return Found(finish(w, acted_on), "acted_on")
        if m.direction is not None and right and right[0].low in w.change_nouns and (len(right) == 1 or right[1].timed or not right[1].is_word):
            return Found(right[0].low, "change_named")   # "We are looking at a 3.1% growth this year": the change, nothing else named
        fronted = fronted_topic(w, left)
        if fronted:
            return Found(finish(w, fronted), "fronted_topic")   # "По доходам мы потеряем 6%": the topic, whoever acts
        before = said()   # "Road repairs were the topic. We have allocated $13.9 million": what the text spoke of, whoever acts
        return Found(before, "said_before") if before else Found(None, "person_acts")
    fronted = fronted_topic(w, left)
    if fronted:
        return Found(finish(w, fronted), "fronted_topic")   # "In the education sector, Rs 85,000 crore was allocated"
    labelled = comma_label(w, left)
    if labelled:
        return Found(finish(w, labelled), "comma_label")   # "Wheat acres in 2017, -23.73% vs. 2016"
    before = said()
    return Found(before, "said_before") if before else NONE
