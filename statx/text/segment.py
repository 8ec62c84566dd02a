"""Where a text's paragraphs, sentences and speaker turns are, as offsets into the original text
(the text itself is never changed)."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
from typing import Iterable

import regex

from ..lang import LANGUAGES, Lexicon, load, unrequired
from ..lang.cache import compiled
from .dateline import dated_header
from .lists import PLAIN_LINE, line_end
from .rows import BULLET_MARK, labelled_row, year_row
from .speakers import label_end, name_words, speaker_name, speaker_turns

# A run of line breaks with the blanks around them: where a paragraph may end. A page's line-break or paragraph tag left
# in its text ("... the property tax levy. <br /> <br />General Fund Budget <br />The 2024 ...") is a line break too.
# (It starts at the line break itself, so the scan skips ordinary text at full speed.)
_BREAK_TAG = r"<(?i:br)[ \t]*/?>|</?(?i:p)>"
_NEWLINES = compiled(rf"(?:\r?\n|\r|\u2028|\u2029|{_BREAK_TAG})(?:[ \t\u00a0]*(?:\r?\n|\r|\u2028|\u2029|{_BREAK_TAG}))*[ \t\u00a0]*")
_BREAK_TAGS = compiled(_BREAK_TAG)


def _breaks(run: str) -> int:
    """How many line breaks a run of them makes (a tag and the line break after it are one)."""
    lines = run.count("\n") + run.count("\r")
    return max(lines, len(_BREAK_TAGS.findall(run))) if "<" in run else lines

# Where a sentence may end: final punctuation, closing quotes or brackets, then space.
_SENTENCE_END = compiled(r"""
    (?<=[.!?…])                # after final punctuation ...
    (?P<close>["'”’»)\]]*)     # ... and whatever closes after it (part of the sentence)
    [ \t\u00a0]+               # then a gap
    (?=["'“‘«(\[\-–—]?(?P<next>[\p{Lu}\p{N}]\p{Lu}*))   # before a capital or a digit, maybe behind an opening quote or dash
  | (?<=(?:\p{Ll}\p{Ll}|[)%])[.!?])   # or, in text pasted without its spaces, right after a word's, a bracket's or a
    (?P<close>)                # percent sign's final mark ("... годом ранее).Выросла доля", "до 7,2%.Продовольственные"), before a capitalised word
    (?=(?P<next>\p{Lu})\p{Ll})
  | (?=\p{Lu}\p{Ll})(?<=\d[ \t\u00a0]?(?:%|\p{Ll}{3,}(?:[ \t\u00a0]\p{Ll}+)?))   # or a figure and its unit glued to the
    (?P<close>)(?=(?P<next>\p{Lu}))   # capitalised word of the next item where a page lost its line break ("2.8 per centSupermarkets")
  | (?<=[:;])(?P<close>)[ \t\u00a0]+   # or a list that lost its line breaks: a colon or semicolon, then the next item's
    (?=(?P<next>[*•▪])[ \t\u00a0])     # bullet ("highlights of the Budget: * $2.46 billion for health; * $893 million for ...")
""", regex.VERBOSE)

# A decimal point with a stray space: one to three digits, then a unit or scale word soon after
# ("6. 8 trillion", "2. 3 times", "29. 5%").
_BROKEN_DECIMAL = compiled(r"\.[ \t\u00a0]\d{1,3}(?![\p{N}.,])[ \t\u00a0]?(?:%|\p{L})")

# The word before a full stop: an abbreviation or an initial does not end a sentence.
_WORD_BEFORE = compiled(r"(?:^|(?<=[\s(\[\"'“«]))([\p{L}.]+)\.\Z")


@functools.cache
def abbreviations() -> frozenset[str]:
    """The abbreviations of every language ("Mr.", "тыс."): a text may quote another language."""
    return frozenset(w for code in LANGUAGES for w in load(code).words("sentences", "abbreviations"))


@functools.cache
def _month_abbreviations() -> frozenset[str]:
    """The abbreviated month names of every language ("Sept", "Dec"): before a day's number, their full stop ends no sentence."""
    return frozenset(k.rstrip(".") for code in LANGUAGES for k in load(code).table("time", "months") if k.endswith("."))


@functools.lru_cache(maxsize=None)
def _goes_on_words(lex: Lexicon) -> frozenset[str]:
    """The words no sentence ends with: a line that ends in one goes on in the next ("assumptions of\nUS$80.00")."""
    return frozenset(lex.words("sentences", "line_goes_on"))


_CELL_LINES = compiled(r"(?m)(?:^[ \t]*\|[^\n]*(?:\n|\Z))+")   # lines that each open with a bar, one after another


_REST_BLANK = compiled(r"[^\S\n]*(?:\n|\Z)")   # only white space up to the line's end


class Lines:
    """Where the lines of a text start and end, found by bisecting a list of its line breaks: no
    scan back to a line's start for each number (a text on one long line has many numbers)."""

    def __init__(self, text: str):
        self.text = text
        self.breaks: list[int] = []
        at = text.find("\n")
        while at >= 0:
            self.breaks.append(at)
            at = text.find("\n", at + 1)

    def start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts: after the last line break before ``pos``."""
        k = bisect.bisect_left(self.breaks, pos)
        return self.breaks[k - 1] + 1 if k else 0

    def end(self, pos: int) -> int:
        """Where the line holding ``pos`` ends: at the first line break at or after ``pos``."""
        k = bisect.bisect_left(self.breaks, pos)
        return self.breaks[k] if k < len(self.breaks) else len(self.text)

    def blank_before(self, pos: int) -> int:
        """Where the white space right before ``pos`` on its line starts (``pos`` when there is none)."""
        start, text = self.start(pos), self.text
        while pos > start and text[pos - 1].isspace():
            pos -= 1
        return pos

    def above(self, start: int, blanks: int | None = None) -> int | None:
        """Where the last line with more than blanks above the line at ``start`` starts, past at most ``blanks``
        blank lines (any number when None), or None.

        >>> lines = Lines("Header\\n\\n2008 1\\n\\n\\n2009 2")
        >>> lines.above(8, 1), lines.above(17, 1), lines.above(17)
        (0, None, 8)
        """
        at, passed = start, 0
        while at > 0 and (blanks is None or passed <= blanks):
            at = self.start(at - 1)
            if self.text[at:self.end(at)].strip():
                return at
            passed += 1
        return None

    def below(self, start: int, blanks: int) -> int | None:
        """Where the first line with more than blanks from the line at ``start`` on starts, past at most ``blanks``
        blank lines, or None.

        >>> lines = Lines("Header\\n\\n2008 1\\n\\n\\n2009 2")
        >>> lines.below(7, 1), lines.below(15, 1), lines.below(15, 2)
        (8, None, 17)
        """
        at = start
        for _ in range(blanks + 1):
            if at >= len(self.text):
                return None
            if self.text[at:self.end(at)].strip():
                return self.start(at)
            at = self.end(at) + 1
        return None

    def opens_line(self, pos: int) -> bool:
        """Does only white space stand between the start of its line and ``pos``?"""
        return self.blank_before(pos) == self.start(pos)

    def ends_line(self, pos: int) -> bool:
        """Does only white space stand between ``pos`` and the end of its line? (Read from ``pos`` on, not sliced to
        the line's end: a text on one long line has many numbers.)

        >>> lines = Lines("Fee 2.20  \\nRate 5% a year")
        >>> lines.ends_line(8), lines.ends_line(17)
        (True, False)
        """
        return _REST_BLANK.match(self.text, pos) is not None

    def paired_line(self, pos: int, shape: regex.Pattern) -> bool:
        """Is the line that holds ``pos`` all of ``shape``, and so is the line above or below it (past a blank line)?

        >>> lines = Lines("Intro\\nFor: 3\\nAgainst: 1\\n\\nEnd")
        >>> row = compiled(r"\\w+: \\d")
        >>> lines.paired_line(8, row), lines.paired_line(0, row)
        (True, False)
        """
        start, end = self.start(pos), self.end(pos)
        if not shape.fullmatch(self.text, start, end):
            return False
        near = [self.above(start, 1), self.below(end + 1, 1) if end < len(self.text) else None]
        return any(at is not None and shape.fullmatch(self.text, at, self.end(at)) for at in near)

    @functools.cached_property
    def _cell_runs(self) -> list[tuple[int, int]]:
        """The runs of lines that each open with a bar ("|TEAM", "|P", "|+29"): a table pasted one cell a line."""
        return [m.span() for m in _CELL_LINES.finditer(self.text)] if "|" in self.text else []

    def cell_run(self, pos: int) -> int | None:
        """Where the run of bar-opened lines holding ``pos`` starts, else None."""
        runs = self._cell_runs
        k = bisect.bisect_right(runs, (pos, len(self.text) + 1)) - 1
        return runs[k][0] if k >= 0 and runs[k][0] <= pos < runs[k][1] else None

    def around(self, start: int, end: int, n: int) -> str:
        """The text from ``n`` lines before the line at ``start`` to ``n`` lines after the line at
        ``end``, blank lines not counted."""
        return self.text[max(0, _nth_line(self.text, start, -n)):_nth_line(self.text, end, n)]


def _nth_line(text: str, pos: int, n: int) -> int:
    """The line break n lines of text after ``pos`` (before it, for n < 0), blank lines not counted;
    the text's end (start) when there are fewer."""
    count = 0
    while count < abs(n):
        pos = text.find("\n", pos + 1) if n > 0 else text.rfind("\n", 0, max(0, pos - 1))
        if pos < 0:
            return len(text) if n > 0 else 0
        if text[pos + 1:pos + 2] not in ("\n", ""):
            count += 1
    return pos


class Layout:
    """Where the paragraphs, sentences and speaker turns of one text are, and its date: the one
    given (``doc_date``), else the one its dateline or header says.

    ``text`` is the text as the later stages read it: the original with each line break inside a
    paragraph turned into a space (text as it comes: "over 156\nbillion rubles" is one amount) and its
    hyphens of Unicode the ASCII one, of the same length, so that offsets index the original."""

    def __init__(self, text: str, lex: Lexicon, doc_date: dt.date | None = None):
        found, header_end = dated_header(text, lex)
        self.doc_date = doc_date or found
        self.wrap = wrap_width(text)
        self.paragraphs = paragraph_spans(text, header_end, self.wrap, _goes_on_words(lex))
        self.text = _flat(text, self.paragraphs)
        self.lines = Lines(self.text)
        self._para_starts = [s for s, _ in self.paragraphs]
        self.turns = speaker_turns(self.text, self.paragraphs, lex)
        self._turn_starts = [s for s, _ in self.turns]
        self._sentence_cache: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
        self._sentence_at: dict[int, tuple[int, int]] = {}

    def paragraph_index(self, pos: int) -> int:
        """Index of the paragraph holding offset ``pos``."""
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def _sentences(self, index: int) -> tuple[list[tuple[int, int]], list[int]]:
        found = self._sentence_cache.get(index)
        if found is None:
            spans = sentence_spans(self.text, *self.paragraphs[index])
            found = self._sentence_cache[index] = (spans, [s for s, _ in spans])
        return found

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding offset ``pos`` (each rule asks for a figure's own)."""
        found = self._sentence_at.get(pos)
        if found is None:
            spans, starts = self._sentences(self.paragraph_index(pos))
            found = self._sentence_at[pos] = spans[max(0, bisect.bisect_right(starts, pos) - 1)]
        return found

    def add_turns(self, turns: Iterable[tuple[int, str]], lex: Lexicon) -> None:
        """Merge speaker turns given from outside the text ((offset, label) pairs, as a subtitle's
        voice tags): each label is named as a "Label:" turn is, or kept as written when that finds
        no name ("Note" or "Q" opens none); a given turn replaces one found at the same offset."""
        titles, not_speakers, most, after = name_words(lex)
        given = {pos: speaker_name(label, titles, not_speakers, most, after) or label
                 for pos, label in turns if label.lower() not in not_speakers}
        self.turns = sorted({**dict(self.turns), **given}.items())
        self._turn_starts = [s for s, _ in self.turns]

    def said_from(self, start: int, pos: int) -> int:
        """Where the words said begin in the sentence at ``start`` that holds ``pos``: past the label of
        a speaker's turn opening there ("Doug Petcash: That was $440 million"), else ``start``."""
        i = bisect.bisect_right(self._turn_starts, pos) - 1
        if i < 0 or not start <= self.turns[i][0] < pos or self.turns[i][1] is None:
            return start
        said = label_end(self.text, self.turns[i][0], pos)
        return said if said is not None and said <= pos else start

    def speaker_at(self, pos: int) -> str | None:
        """Who speaks at offset ``pos``, in a transcript."""
        i = bisect.bisect_right(self._turn_starts, pos) - 1
        return self.turns[i][1] if i >= 0 else None


def paragraph_spans(text: str, header_end: int = -1, wrap: int | None = None,
                    goes_on: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Paragraphs as (start, end), blanks trimmed. A blank line always ends a paragraph; a single
    line break does too, unless it wraps a sentence: in a hard-wrapped text (lines broken at about
    ``wrap`` characters) any break but one after a short line that ends a sentence or before a list
    item, elsewhere one with no final punctuation before and lower case after, and anywhere one
    after a word no sentence ends with (``goes_on``: "assumptions of\nUS$80.00") or before a colon.
    A date header line (" date 2025-08-30 ...") ends its own paragraph at ``header_end``."""
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    if header_end > 0:
        if text[:header_end].strip():   # (the headline above the header is a paragraph of its own)
            spans += paragraph_spans(text[:header_end], -1, wrap, goes_on)
        start = header_end
        while start < len(text) and text[start] in " \t\u00a0":
            start += 1
    double = wrap is not None and _double_spaced(text, start)
    for m in _NEWLINES.finditer(text, start):
        stop = m.start()
        while stop > start and text[stop - 1] in " \t\u00a0":
            stop -= 1
        breaks = _breaks(m.group())
        if breaks < 2 and (_is_soft_wrap(text, stop, m.end(), wrap) or _goes_on(text, stop, m.end(), goes_on)) \
                or breaks == 2 and (_cut_sentence(text, stop, m.end()) or double and _wraps_on(text, stop, m.end())):
            continue
        if stop > start:
            spans.append((start, stop))
        start = m.end()
    while start < len(text) and text[start].isspace():
        start += 1
    end = len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
    if not spans:
        spans.append((0, len(text)))
    return spans


DOUBLE_SPACED = 0.8   # the share of a hard-wrapped text's line breaks that are followed by one blank line when it is double-spaced


def _double_spaced(text: str, start: int) -> bool:
    """Is a hard-wrapped text double-spaced, a blank line after each of its lines (captions, some pasted pages)?"""
    runs = [_breaks(m.group()) for m in _NEWLINES.finditer(text, start)]
    return len(runs) >= WRAP_MIN and sum(1 for n in runs if n == 2) >= len(runs) * DOUBLE_SPACED


def _wraps_on(text: str, before: int, after: int) -> bool:
    """In a double-spaced hard-wrapped text, does the sentence go on over the blank line ("a rate of about\n\n5.8%")?
    It does after a lower-case word or a comma, before lower case or a figure (not a number alone, nor a list item)."""
    if before == 0 or after >= len(text):
        return False
    prev, nxt = text[before - 1], text[after]
    return (prev.islower() or prev == ",") and (nxt.islower() or nxt.isdigit() and not _NUMBER_LINE.match(text, after)) \
        and not _LIST_ITEM.match(text, after)


def _cut_sentence(text: str, before: int, after: int) -> bool:
    """Does a blank line cut a sentence in two, as pasted text often does ("в 2004-м было\n\n20 287, в
    2005-м стало 28 280")? A long line that ends in a lower-case word or a comma, then lower case or digits;
    or in digits, then lower case ("the number in employment fell, with 181,600\n\npeople")."""
    if before == 0 or after >= len(text):
        return False
    prev, nxt = text[before - 1], text[after]
    line_start = text.rfind("\n", 0, before) + 1
    return ((prev.islower() or prev == ",") and (nxt.islower() or nxt.isdigit() and not _NUMBER_LINE.match(text, after))
            or prev.isdigit() and nxt.islower()) \
        and before - line_start >= LONG_LINE and not _LIST_ITEM.match(text, after)   # "with 181,600\n\npeople"


def _goes_on(text: str, before: int, after: int, goes_on: frozenset[str]) -> bool:
    """Does a sentence go on over the line break between ``before`` and ``after`` (text from a PDF or
    a flipbook)? It does when the next line opens with a colon; when a label's colon ends the line and
    a figure alone fills the next ("Total Revenue:\n$55.041 billion"); and when the line ends in a word
    no sentence ends with ("of", "the", "в") and the next opens with a figure or a month's date ("assumptions of\nUS$80.00",
    "peaked at 11.3 percent in\nNovember 2022"),
    or the line is a list item ("• Works and\nInfrastructure"). (A word after such a word elsewhere may
    open a paragraph of its own: a cut excerpt, a speaker's turn.)"""
    if before == 0 or after >= len(text) or _LIST_ITEM.match(text, after):
        return False
    if text[after] == ":":
        return True
    if text[before - 1] == ":":
        return bool(_FIGURE_LINE.match(text, after))
    word = _LAST_WORD.search(text, max(0, before - 20), before)
    if word is None or word.group().lower() not in goes_on:
        return False
    return bool(_FIGURE_OPENS.match(text, after) or _LIST_ITEM.match(text, text.rfind("\n", 0, before) + 1))


def _is_soft_wrap(text: str, before: int, after: int, wrap: int | None = None) -> bool:
    """Does the line break between ``before`` and ``after`` wrap a paragraph (or end one)?"""
    if before == 0 or after >= len(text):
        return False
    prev, nxt = text[before - 1], text[after]
    if "|" in (prev, nxt) or _capitals(text, after) and not _capitals(text, text.rfind("\n", 0, before) + 1):
        return False   # a row of a table pasted as text ("| 1 | Шахтер | 11 |"), or a heading in capitals, stands alone
    if prev.isdigit() and PLAIN_LINE.fullmatch(text, text.rfind("\n", 0, before) + 1, before) \
            or nxt.isdigit() and year_row(text, after, line_end(text, after)) \
            or prev.isdigit() and labelled_row(text, text.rfind("\n", 0, before) + 1, before) and labelled_row(text, after, line_end(text, after)):
        return False   # "w/injury: 33\nfatality: 2": a list's "label: number" line stands alone; so do "2010 13 091 12 991", "Куры 68 74 75"
    if wrap is None:   # a sentence goes on: lower case next, or digits after a long line's lower-case word,
        # or a mark no sentence opens with, or a bracket that opens with a figure ("преступности\n(+0,9%, ...)")
        line_start = text.rfind("\n", 0, before) + 1
        return (prev.isalnum() or prev in ",-)%") and nxt.islower() \
            or (prev.islower() or prev == ",") and nxt.isdigit() and before - line_start >= LONG_LINE \
            and not _LIST_ITEM.match(text, after) \
            or prev not in ".!?:;" and (nxt in ",.;)" or bool(_FIGURE_BRACKET.match(text, after)))
    line_start = text.rfind("\n", 0, before) + 1
    short = before - line_start < wrap * SHORT_LINE
    # a short line ends its paragraph when a sentence ends on it, or when a capital opens the next line: the
    # next word would have fitted on it, so the break is the writer's (a title, a heading, a sign-off)
    return not (short and (prev in ".!?:;" or nxt.isupper()) or _LIST_ITEM.match(text, after) or _TURN_START.match(text, after))


def _capitals(text: str, start: int) -> bool:
    """Is the line at ``start`` in capitals ("ТУРНИРНАЯ ТАБЛИЦА", "BACKGROUND"), two letters or more? (A
    heading, when the line before is not in capitals too, as a text all in capitals is.)"""
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    return line.isupper() and sum(ch.isalpha() for ch in line) >= 2


_FIGURE_BRACKET = compiled(r"\([ \t]*(?:[+−–-]?[ \t]?\d|\p{Ll})")   # "(+0,9%", "(на 2,3%)", "(58,4%)"
_FIGURE_OPENS = compiled(r"\p{L}{0,3}[^\s\p{L}]{0,2}\p{N}"   # a line opening with a figure ("$500.0", "US$80.00", "€5", "12")
                         r"|\p{L}{3,12}\.?[ \t]+(?:\d{1,2},?[ \t]+)?(?:19|20)\d\d(?!\d)")   # or a month's date ("November 2022", "января 2024")
# A line that is one figure alone, maybe with a sign and a scale or unit word ("$9.820 billion", "12,5%").
_FIGURE_LINE = compiled(r"[^\s\p{L}\p{N}]{0,3}\p{N}[\p{N}.,\u00a0 ]*(?:[ \u00a0]?(?:%|\p{L}{1,12}\.?))?[ \t]*(?:\r?\n|\Z)")
_LAST_WORD = compiled(r"(?<![\p{L}])\p{L}+\Z")   # the word a line ends with
LONG_LINE = 40        # a line of prose, not of a table or list, is at least this long
_NUMBER_LINE = compiled(r"[\d \t\u00a0.,]+(?:\r?\n|\Z)")   # a line that is a number alone: a page's counter, not a sentence going on
SHORT_LINE = 0.6      # a line of a hard-wrapped text this much shorter than the width may end its paragraph
WRAP_LINES = 0.5      # the share of lines, at least WRAP_MIN of them, near the width in a hard-wrapped text
WRAP_MIN, WRAP_MAX = 5, 100
# A list item or a heading's number at the start of a line: "- ", "• ", "1. ", "2) ", "(a) ", "2.4 Interfaces".
_LIST_ITEM = compiled(r"[ \t]*(?:[-–—]|" + BULLET_MARK + r"|\(?\p{N}{1,2}[.)]|\([\p{L}]\))[ \t]|[ \t]*\p{N}{1,2}(?:\.\p{N}{1,2})+[ \t]+\p{Lu}")


# A speaker's turn at the start of a line ("Оксана Галькевич: И вот ..."): a hard-wrapped transcript
# breaks its paragraph there.
_TURN_START = compiled(r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3}[ \t]?" + unrequired(":") + r"[ \t]+\S")


def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text (e-mail, fixed-width or PDF text, ``fmt`` output) is broken at,
    or None: most of its lines end near one width of at most WRAP_MAX characters, inside a sentence."""
    lengths = [len(line.rstrip()) for line in text.splitlines() if line.strip()]
    if len(lengths) < WRAP_MIN:
        return None
    width = sorted(lengths)[int(len(lengths) * 0.9)]
    if width > WRAP_MAX or width < 20:
        return None
    near = sum(1 for n in lengths if n >= width * 0.7)
    return width if near >= len(lengths) * WRAP_LINES else None


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _flat(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """``text`` with the line breaks inside each paragraph turned into spaces, and its hyphens of Unicode (one that
    breaks no line: "2023\u201124") written as the ASCII one."""
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(_HYPHENS)
    if "\n" not in text and "\r" not in text:
        return text
    pieces, last = [], 0
    for start, end in paragraphs:
        pieces.append(text[last:start])
        pieces.append(text[start:end].replace("\r", " ").replace("\n", " "))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end). A full stop after an abbreviation or an
    initial ("Mr.", "V. Putin") does not end a sentence; decimals never match (no space after)."""
    spans = []
    cur = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.start()
        if text[stop - 1] == "." and not m.group("close"):
            if text[stop - 2:stop - 1].isdigit() and m.group("next")[0].isdigit() and _BROKEN_DECIMAL.match(text, stop - 1) \
                    and not text[max(cur, stop - 5):stop - 1].isdigit():
                continue   # "6. 8 trillion rubles": a decimal point with a stray space, not a sentence's end (but "in 2012. 7 murders")
            word = _WORD_BEFORE.search(text, max(cur, stop - 30), stop)
            if word and (_is_abbreviation(word.group(1)) and not _points_closing(text, word.start(1), word.group(1), m.start("next"))
                         or _unit_before_acronym(word.group(1), m.group("next"))
                         or m.group("next")[0].isdigit() and word.group(1).lower() in _month_abbreviations()   # "Sept. 30"
                         or _stacked_scale(text, word.start(1), word.group(1), m.group("next"))):
                continue
        spans.append((cur, m.end("close")))
        cur = m.end()
    if cur < end:
        spans.append((cur, end))
    return spans or [(start, end)]


def _points_closing(text: str, start: int, word: str, following: int) -> bool:
    """"составило -0,7 п.п. Среднее время ...": percentage points abbreviated after their number, then a capitalised word:
    the sentence ends there."""
    return text[max(0, start - 2):start - 1].isdigit() and (word + ".").lower() in _points_abbreviations() \
        and text[following:following + 1].isupper() and text[following + 1:following + 2].islower()


@functools.cache
def _points_abbreviations() -> frozenset[str]:
    """The abbreviations of percentage points, full stop included, of every language ("п.п.", "p.p.")."""
    return frozenset(w.lower() for code in LANGUAGES for w in load(code).words("percent", "points") if w.endswith("."))


def _stacked_scale(text: str, start: int, word: str, following: str) -> bool:
    """"25 млн. 928 тыс. 495 тонн", "10 трлн. 673,3 млрд.": an abbreviated scale between two numbers."""
    return following[0].isdigit() and word.lower() in _scale_abbreviations() and text[max(0, start - 2):start - 1].isdigit()


@functools.cache
def _scale_abbreviations() -> frozenset[str]:
    """The abbreviated scale words of every language ("млн", "bn")."""
    return frozenset(w.lower() for code in LANGUAGES for w in load(code).table("scales", "abbreviations"))


def _unit_before_acronym(word: str, following: str) -> bool:
    """"5 млрд долл. США", "14 тыс. ДТП": a short lower-case abbreviation before an acronym."""
    return word.islower() and len(word) <= 5 and len(following) > 1 and following.isupper()


def _is_abbreviation(word: str) -> bool:
    """Is ``word`` (the letters before a full stop) an abbreviation or an initial?"""
    if word.lower() in abbreviations():
        return True
    parts = [p for p in word.split(".") if p]
    if len(parts) == 1 and len(parts[0]) == 1 and parts[0].isupper():
        return True  # an initial: "V. Putin"
    return len(parts) > 1 and all(len(p) <= 2 for p in parts)  # "U.S.", "e.g", "В.В"
