"""The text stage's view of a document, and of each sentence in it, that every context rule reads:
paragraphs, sentences and speakers (the layout), its time expressions, and per sentence its tokens
with offsets (the words of a time expression marked) and where its clauses break.

There is one definition of a clause break, here: a comma (not the one inside "2,3 миллиона"), a
semicolon, a colon, a bracket, a quotation mark, or a dash. A dash is a soft break: it binds a time
to a figure ("in 2020 – 22.7 thousand") where a comma does not."""
from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Sequence as SequenceABC
from typing import NamedTuple, Sequence

from ..lang import Lexicon
from ..lang.cache import compiled
from .prefilter import Utf8
from .segment import Layout, Lines
from .timex import TimeIndex, TimeRef

SOFT_BREAKS = "–—"
HARD_BREAKS = ",;:()\"“”«»|"   # "|" splits a page's cells and sections ("|Tongan| The Consumer Price Index ...")
TYPED_DASH = "--"                    # two hyphens typed for a dash ("the ratio--the share of ...--was")
CLAUSE_BREAKS = frozenset(HARD_BREAKS + SOFT_BREAKS) | {TYPED_DASH}   # tokens that end a clause
DASHES = frozenset("–—-") | {TYPED_DASH}   # a dash token, a hyphen typed for one included
LIST_BREAKS = frozenset(",;")        # what separates the items of a list


_BREAK = compiled(r"(?<!\d),|,(?!\d)|[;:()\"“”«»–—]|--")
_HARD_BREAK = compiled(r"(?<!\d),|,(?!\d)|[;:()\"“”«»]")
# Where a clause ends for good, in a window of text that may reach back over sentences: a sentence's
# final mark, a semicolon or a line break (not the full stop of "тыс." inside a sentence).
_STRONG_BREAK = compiled(r"[!?;\n]|\.(?=[ \t\u00a0]+\p{Lu})|(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll})")   # (a space lost: "5 per cent.The")

TABLE_NUMBERS = 3   # a line with at least this many numbers, and fewer words, is a table line
GAPPED_WORDS = 3    # ... and so is one of two numbers after column gaps, with this many words at most ("Bank Index   38,120.5   +0.4")
_NUMBER = compiled(r"(?<![\p{N}.,:/])(?!(?:1[89]|20)\d\d(?![\p{N}.,:/]))\p{N}+(?:[.,:/]\p{N}+|[ \u00a0\u202f]\d{3}(?!\d))*")   # "2.39.0", "14,500", "19:55", "5 246" are one number each
_WORD = compiled(r"\p{L}{2,}")
# a number after a column's gap, two blanks or a tab: "Harbour      15,880.1   +1.2" is a row of two cells
_GAPPED_NUMBER = compiled(r"(?:\t|[ \u00a0]{2})[ \u00a0]*[+\-−]?\p{N}")
# the cell separators of a table pasted as text: "|", tabs, and ";" written as CSV writes it ("1 ;Выезд"),
# not as prose does ("lost 11,300; the Northern Territory 6,100")
_CELL_SPLIT = compiled(r"[|\t]|[ \t];|;(?=\S)")

# An initialism with its full stops ("P.E.I.'s", "U.S."), a word, a number (keeping a short case ending: "в 2014-м", "90-х"), a typed dash "--" or one mark
# of punctuation; a word's hyphen is one, not the first of a typed dash ("ratio--the"), and so is an
# ampersand between letters ("A&E", "R&D") and a decimal mark between digits ("Kshs154.2", "v2.0": not
# a full stop); an HTML character reference left in a page's text ("&ndash;", "&nbsp" without its
# semicolon) is one mark, not a word; a line-break or paragraph tag left in it ("<br />") is no token at all.
_TOKEN = compiled(r"(?:\p{Lu}\.){2,}(?:['’]s)?|\p{N}+(?:[.,\u00a0\u202f]\p{N}+)*(?:-\p{Ll}{1,3}(?![\p{L}\p{N}\-]))?|[\p{L}\p{N}](?:[\p{L}\p{N}'’]|-(?!-)|&(?=\p{L})|(?<=\p{N})[.,](?=\p{N}))*|--|&\p{Ll}{2,8};?|<(?i:br)[ \t]*/?>|</?(?i:p)>|[^\s\p{L}\p{N}]")
# ... and in a sentence that lost its spaces ("increased1% in 2016", "equivalent to15.6 per cent"), a word ends before
# digits glued to it that are a percentage, or a decimal after a word in lower case (not "Kshs154.2"); looked for
# first: the pattern that splits them is twice as slow
_LOWER = compiled(r"\p{Ll}")
_GLUED_FIGURE = compiled(r"\d(?<=\p{Ll}\p{Ll}\d)(?:[\d.,]*[ ]?%|(?<=(?<!\p{L})\p{Ll}+\d)\d*[.,]\d)")
_TOKEN_GLUED = compiled(r"(?:\p{Lu}\.){2,}(?:['’]s)?|\p{N}+(?:[.,\u00a0\u202f]\p{N}+)*(?:-\p{Ll}{1,3}(?![\p{L}\p{N}\-]))?|[\p{L}\p{N}](?:[\p{L}\p{N}'’]|-(?!-)|&(?=\p{L})|(?<=\p{N})[.,](?=\p{N}))*?(?:(?<=\p{Ll}\p{Ll})(?=\d[\d.,]*[ ]?%)|(?<=(?<!\p{L})\p{Ll}{2,})(?=\d+[.,]\d)|(?![\p{L}\p{N}'’]|-(?!-)|&(?=\p{L})|(?<=\p{N})[.,](?=\p{N})))|--|&\p{Ll}{2,8};?|<(?i:br)[ \t]*/?>|</?(?i:p)>|[^\s\p{L}\p{N}]")


def breaks_between(text: str, a: int, b: int, soft: bool = True) -> bool:
    """Does a clause break stand in text[a:b]? With ``soft`` False, a dash does not count."""
    return (_BREAK if soft else _HARD_BREAK).search(text, a, b) is not None


_SENTENCE_BREAK = compiled(r"[!?\n]|\.(?=[ \t\u00a0]+\p{Lu})|(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll})")   # as segment.py reads a lost space


def last_sentence_start(window: str) -> int:
    """Where the last sentence of ``window`` starts (a semicolon does not end one), else 0."""
    start = 0
    for stop in _SENTENCE_BREAK.finditer(window):
        start = stop.end()
    return start


def last_strong_break(window: str) -> int:
    """Where the last clause of ``window`` starts: after its last strong break, else 0."""
    start = 0
    for stop in _STRONG_BREAK.finditer(window):
        start = stop.end()
    return start


class Tok(NamedTuple):
    """A token of a sentence."""

    start: int
    end: int
    text: str
    low: str                 # lower case; an acronym keeps its capitals ("IT" is not "it")
    timed: bool              # inside a time expression ("в прошлом году", "2025 года")
    is_word: bool            # letters (or "&", a word for "and"), not digits or punctuation


def spaced_hyphen(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k] a hyphen typed for a dash, with a space on each side ("LAGOS - The budget ...")? A clause breaks there."""
    return toks[k].text == "-" and 0 < k < len(toks) - 1 and toks[k - 1].end < toks[k].start and toks[k].end < toks[k + 1].start


def tokens(text: str, start: int, end: int, times: Sequence[tuple[int, int]] = (), kind: type = Tok) -> list[Tok]:
    """Words and punctuation of text[start:end]; ``times`` are the spans of time expressions, in order.
    With ``kind`` tuple, each token is a plain tuple of Tok's fields."""
    out: list[Tok] = []
    add, new, find = out.append, tuple.__new__, text.find   # a sentence has many tokens: few calls per token
    ends = [e for _, e in times]
    pattern = _TOKEN_GLUED if _GLUED_FIGURE.search(text, start, end) else _TOKEN
    shouted = _LOWER.search(text, start, end) is None   # a headline in capitals: its words are no acronyms
    stop = start
    for word in pattern.findall(text, start, end):   # strings, not match objects: only white space lies between
        at = find(word, stop)                          # two tokens, so each starts where its text is next found
        stop = at + len(word)
        if word[0] == "<" and len(word) > 1:
            continue   # a tag ("<br />"): white space
        timed = False
        if ends:
            k = bisect.bisect_right(ends, at)
            timed = k < len(ends) and times[k][0] < stop   # (a word that holds one: "mid-2013")
        add(new(kind, (at, stop, word, word if len(word) > 1 and word.isupper() and not shouted else word.lower(), timed,
                       word[0].isalpha() or word == "&")))   # ("taxes & assessments": an ampersand is a word, "and")
    return out


@dataclasses.dataclass(frozen=True)
class SentenceView:
    """One sentence: its span, tokens and time expressions."""

    start: int
    end: int
    tokens: Sequence[Tok]          # a tuple (a very long sentence's: made when read, see _Tokens)
    starts: tuple[int, ...]        # where each token starts
    times: tuple[TimeRef, ...]

    def index(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)


LONG_SENTENCE = 20000   # characters: a longer sentence's tokens are kept as plain tuples


class _Tokens(SequenceABC):
    """The tokens of a very long sentence, kept as plain tuples and made Toks when read. A Tok (a
    tuple's subclass) stays in the garbage collector's care, which walks every one of a huge
    sentence's again and again; a plain tuple of numbers, strings and flags leaves it."""

    __slots__ = ("rows",)

    def __init__(self, rows: list[tuple]):
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return tuple(tuple.__new__(Tok, row) for row in self.rows[k])
        return tuple.__new__(Tok, self.rows[k])


class DocumentView:
    """One document as the text stage read it: its text as the layout reads it (line breaks inside
    paragraphs as spaces) and a lower-case copy of it of the same length (or the text itself when
    lower-casing changes the length), the original text, language, layout and time expressions.
    Sentence views are built once each, when first asked for."""

    def __init__(self, text: str, low: str, lex: Lexicon, layout: Layout, times: TimeIndex, original: str | None = None,
                 lowered: Utf8 | None = None, name_year: int | None = None):
        self.text, self.low, self.lex, self.layout, self.times = text, low, lex, layout, times
        self.name_year = name_year   # the year the document's file name gives (dateline.name_year)
        self.original = text if original is None else original
        self._sentences: dict[tuple[int, int], SentenceView] = {}
        self._lines: dict[int, bool] = {}
        if lowered is not None:
            self.lowered = lowered

    @property
    def doc_date(self):
        return self.layout.doc_date

    @functools.cached_property
    def lowered(self) -> Utf8:
        """The text the fast scans (text/prefilter.py) read for a case-blind pattern: ``low`` (the same
        offsets as ``text``; ``text`` itself when lower-casing changed the length), encoded when first read."""
        return Utf8(self.low if len(self.low) == len(self.text) else self.text)

    @functools.cached_property
    def original_lines(self) -> Lines:
        """The lines of the original text (``layout.lines`` are those of ``text``)."""
        return self.layout.lines if self.original is self.text else Lines(self.original)

    def sentence(self, span: tuple[int, int]) -> SentenceView:
        """The view of the sentence at ``span`` (a span the layout gave)."""
        view = self._sentences.get(span)
        if view is None:
            refs = tuple(self.times.between(*span))
            times = [(r.start, r.end) for r in refs]
            if span[1] - span[0] < LONG_SENTENCE:
                toks: Sequence[Tok] = tuple(tokens(self.text, *span, times))
            else:
                toks = _Tokens(tokens(self.text, *span, times, tuple))
            view = self._sentences[span] = SentenceView(span[0], span[1], toks, tuple(t[0] for t in toks), refs)
        return view

    def sentence_at(self, pos: int) -> SentenceView:
        return self.sentence(self.layout.sentence_at(pos))

    def table_line(self, pos: int) -> bool:
        """Is the line holding ``pos`` mostly numbers (a table row, a timetable, a score line)? A line
        with at least TABLE_NUMBERS numbers (years aside) and fewer words than numbers is, and so are a
        row of cells split by ";", "|" or tabs with a number in three of them ("1 ;Выезд мастера ;1 раз ;1000"), and
        one of two numbers, each after a column's gap, and GAPPED_WORDS words at most ("Harbour      15,880.1   +1.2")."""
        text = self.original
        start = self.original_lines.start(pos)
        found = self._lines.get(start)
        if found is None and start > 0 and self.text[start - 1] != "\n":
            found = self._lines[start] = False   # a line the layout joined to the one before: a wrapped sentence goes on
        if found is None:
            end = self.original_lines.end(pos)
            numbers = len(_NUMBER.findall(text, start, end))
            words = len(_WORD.findall(text, start, end)) if numbers >= 2 else 0
            found = self._lines[start] = numbers >= TABLE_NUMBERS and (
                numbers > words or sum(1 for cell in _CELL_SPLIT.split(text[start:end]) if _NUMBER.search(cell)) >= TABLE_NUMBERS) \
                or numbers == 2 and words <= GAPPED_WORDS and len(_GAPPED_NUMBER.findall(text, start, end)) == 2
        return found
