"""Segment stage: paragraphs, sentences, speaker turns and the document's date, as offsets into
the original text (the text itself is never changed)."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools

import regex

from ..lang import Lexicon, alternation

HEAD_CHARS, TAIL_CHARS = 3000, 800   # where a document's date is written: its first and last lines

# A run of line breaks with the blanks around them: where a paragraph may end.
# (It starts at the line break itself, so the scan skips ordinary text at full speed.)
_NEWLINES = regex.compile(r"(?:\r?\n|\r|\u2028|\u2029)(?:[ \t\u00a0]*(?:\r?\n|\r|\u2028|\u2029))*[ \t\u00a0]*")

# Where a sentence may end: final punctuation, closing quotes or brackets, then space.
_SENTENCE_END = regex.compile(r"""
    (?<=[.!?…])                # after final punctuation ...
    (?P<close>["'”’»)\]]*)     # ... and whatever closes after it (part of the sentence)
    [ \t\u00a0]+               # then a gap
    (?=["'“‘«(\[\-–—]?(?P<next>[\p{Lu}\p{N}]\p{Lu}*))   # before a capital or a digit, maybe behind an opening quote or dash
""", regex.VERBOSE)

# The word before a full stop: an abbreviation or an initial does not end a sentence.
_WORD_BEFORE = regex.compile(r"(?:^|(?<=[\s(\[\"'“«]))([\p{L}.]+)\.\Z")

_TITLE_ABBREVIATIONS = frozenset("""
    mr mrs ms dr prof st gen col lt sgt capt maj gov sen rep rev jr sr messrs mt ft no nos art fig vs
    approx e.g i.e cf al ed eds vol pp p para sec ch inc ltd co corp dept est tel ext
    г гг ул им тов ст см рис п пп д ч т.е т.к т.н напр им проф акад
""".split())


class Layout:
    """Where the paragraphs, sentences and speaker turns of one text are."""

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.doc_date, header_end = dated_header(text, lex)
        self.paragraphs = paragraph_spans(text, header_end)
        self._para_starts = [s for s, _ in self.paragraphs]
        self.turns = speaker_turns(text, self.paragraphs, lex)
        self._turn_starts = [s for s, _ in self.turns]
        self._sentence_cache: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}

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
        spans, starts = self._sentences(self.paragraph_index(pos))
        return spans[max(0, bisect.bisect_right(starts, pos) - 1)]

    def speaker_at(self, pos: int) -> str | None:
        i = bisect.bisect_right(self._turn_starts, pos) - 1
        return self.turns[i][1] if i >= 0 else None


def paragraph_spans(text: str, header_end: int = -1) -> list[tuple[int, int]]:
    """Paragraphs as (start, end), blanks trimmed. A blank line always ends a paragraph; a single
    line break does too, unless it wraps a sentence (no final punctuation before, lower case after).
    A date header line (" date 2025-08-30 ...") ends its own paragraph at ``header_end``."""
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    if header_end > 0:
        head = text[:header_end].strip()
        if head:
            spans.append((text.index(head), text.index(head) + len(head)))
        start = header_end
        while start < len(text) and text[start] in " \t\u00a0":
            start += 1
    for m in _NEWLINES.finditer(text, start):
        stop = m.start()
        while stop > start and text[stop - 1] in " \t\u00a0":
            stop -= 1
        if m.group().count("\n") + m.group().count("\r") < 2 and _is_soft_wrap(text, stop, m.end()):
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


def _is_soft_wrap(text: str, before: int, after: int) -> bool:
    if before == 0 or after >= len(text):
        return False
    prev, nxt = text[before - 1], text[after]
    return (prev.isalnum() or prev in ",-") and nxt.islower()


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end). A full stop after an abbreviation or an
    initial ("Mr.", "V. Putin") does not end a sentence; decimals never match (no space after)."""
    spans = []
    cur = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.start()
        if text[stop - 1] == "." and not m.group("close"):
            word = _WORD_BEFORE.search(text, max(cur, stop - 30), stop)
            if word and (_is_abbreviation(word.group(1)) or _unit_before_acronym(word.group(1), m.group("next"))):
                continue
        spans.append((cur, m.end("close")))
        cur = m.end()
    if cur < end:
        spans.append((cur, end))
    return spans or [(start, end)]


def _unit_before_acronym(word: str, following: str) -> bool:
    """"5 млрд долл. США", "14 тыс. ДТП": a short lower-case abbreviation before an acronym."""
    return word.islower() and len(word) <= 5 and len(following) > 1 and following.isupper()


def _is_abbreviation(word: str) -> bool:
    """Is ``word`` (the letters before a full stop) an abbreviation or an initial?"""
    if word.lower() in _TITLE_ABBREVIATIONS:
        return True
    parts = [p for p in word.split(".") if p]
    if len(parts) == 1 and len(parts[0]) == 1 and parts[0].isupper():
        return True  # an initial: "V. Putin"
    return len(parts) > 1 and all(len(p) <= 2 for p in parts)  # "U.S.", "e.g", "В.В"


# ---------------------------------------------------------------- speaker turns

_TURN = regex.compile(r"""
    (?P<label>
        [\p{Lu}\[]                     # a turn starts with a capital ("Vladimir Putin", "В.Путин")
        [^\n:;!?"“”«»()]{1,118}?       # then a short label without sentence punctuation (a title may
                                       # have a comma: "Minister of Civil Defence, Emergencies ... Vladimir Puchkov")
    )
    :[ \t\u00a0]*(?:\r?\n|\S|\Z)       # a colon, then the words of the turn (or a line of its own)
""", regex.VERBOSE)

_INITIALS = regex.compile(r"^(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}+$")


def speaker_turns(text: str, paragraphs: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, str | None]]:
    """(offset, speaker) for every paragraph that opens a speaker turn."""
    turns: list[tuple[int, str | None]] = []
    titles = set(lex.words("speakers", "titles"))
    not_speakers = set(lex.words("not_claims", "not_speakers"))
    most = lex.data["speakers"]["name_words"]
    for start, end in paragraphs:
        m = _TURN.match(text, start, end)
        if not m:
            continue
        name = speaker_name(m.group("label"), titles, not_speakers, most)
        if name:
            turns.append((start, name))
    return turns


def speaker_name(label: str, titles: set[str], not_speakers: set[str], most: int = 3) -> str | None:
    """The name in a turn label, titles dropped: "President of Russia Vladimir Putin" -> "Vladimir Putin"."""
    label = " ".join(label.split())
    if label.lower() in not_speakers or len(label.split()) > 14:
        return None
    tokens = label.split()
    if len(tokens) == 1 and _INITIALS.match(tokens[0].replace(" ", "")):
        return tokens[0]
    name: list[str] = []
    for tok in reversed(tokens):
        if not _looks_like_name(tok) or tok.lower().strip(".") in titles or tok.lower() in titles:
            break
        name.insert(0, tok)
    if not name:
        return None
    # one word is a name after a title ("Mr Puchkov"), but not after a clause ("At the same time, Moscow")
    # and a title is title words and capitalised words, not a phrase ("Migrants in Russia Increased")
    titled = len(name) < len(tokens) and "," not in label and all(
        t[:1].isupper() or t.lower().strip(".,") in titles for t in tokens[:len(tokens) - len(name)])
    if len(name) >= 2 or (titled and len(name) == 1) or _INITIALS.match(name[0]):
        found = " ".join(name[-most:])
        return found.title() if found.isupper() and len(found) > 4 else found  # "VLADIMIR PUTIN" -> "Vladimir Putin"
    return None


def _looks_like_name(token: str) -> bool:
    core = token.replace(".", "").replace("-", "").replace("’", "").replace("'", "")
    return core.isalpha() and token[:1].isupper()


# ---------------------------------------------------------------- document date

@functools.lru_cache(maxsize=None)
def _date_patterns(lex: Lexicon) -> regex.Pattern:
    months = alternation(lex.words("time", "months"))
    headers = alternation(lex.words("dates", "headers"))
    year_words = alternation(lex.words("dates", "year_words"))
    day = rf"\d{{1,2}}(?:{alternation(lex.words('dates', 'day_suffixes'))})?"
    return regex.compile(rf"""
        (?:(?:^|\n)[ \t\u00a0]*                         # at the start of a line, or a capitalised header after
          |(?<=[ \t\u00a0])(?=(?=(?-i:\p{{Lu}}))(?:{headers})[ \t\u00a0]*:?[ \t\u00a0]*\d)   # a byline ("Иван Петров Опубликована 24.02.2024")
          |(?<=[ \t\u00a0])(?=\d{{4}}-\d{{2}}-\d{{2}}[ T]\d{{2}}:\d{{2}}))   # a time stamp ("Meeting ... 2019-11-11 11:30:00")
        (?:(?P<header>{headers})[ \t\u00a0]*:?[ \t\u00a0]*)?   # ... maybe after "Publication date:"
        (?:\p{{Lu}}[\p{{L}}/-]{{1,30}}(?:[ \t\u00a0]\p{{Lu}}[\p{{L}}/-]{{1,30}})?,[ \t\u00a0]+)?    # ... or a place ("Москва, 4 марта 2026", "Paris/Leipzig, 23 May 2018")
        (?:
            (?P<month>{months})\.?[ \t\u00a0]+(?P<day>{day}),?[ \t\u00a0]+(?P<year>\d{{4}})       # April 2, 2024; July 20th, 2017
          | (?P<day2>{day})[ \t\u00a0]+(?P<month2>{months})\.?,?[ \t\u00a0]+(?P<year2>\d{{4}})    # 2 April 2024, 4 марта 2026
          | (?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})                                          # 2021-03-03
          | (?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>\d{{4}})                                     # 04.03.2026
          | (?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})/(?P<sy>\d{{4}})                                       # 30/03/2015
        )
        (?![\d])
        (?:[ \t\u00a0]+(?:{year_words}))?         # "4 марта 2026 года"
        (?P<rest>[^\n]{{0,80}})                     # a dateline is short: place, time, or nothing
    """, regex.VERBOSE | regex.IGNORECASE)


def document_date(text: str, lex: Lexicon) -> dt.date | None:
    """The date of the document: a dateline ("April 2, 2024, Moscow"), a header ("Publication date:
    ...", " date 2021-03-03"), the first one found that ends its line within a short tail."""
    return dated_header(text, lex)[0]


def dated_header(text: str, lex: Lexicon) -> tuple[dt.date | None, int]:
    """The document's date and, when a header line gave it (" date 2025-08-30 За семь месяцев ..."),
    where the header ends; -1 for a dateline or no date."""
    months = lex.table("time", "months")
    head, tail = min(len(text), HEAD_CHARS), max(HEAD_CHARS, len(text) - TAIL_CHARS)
    for m in itertools.chain(_date_patterns(lex).finditer(text, 0, head), _date_patterns(lex).finditer(text, tail)):
        rest = m.group("rest")
        if not m.group("header") and not _is_dateline_tail(rest):
            continue
        if not 1900 <= int(m.group("year") or m.group("year2") or m.group("iy") or m.group("ny") or m.group("sy")) <= 2100:
            continue
        header_end = m.start("rest") if m.group("header") else -1
        try:
            if m.group("year"):
                return dt.date(int(m.group("year")), months[m.group("month").lower()], _day(m.group("day"))), header_end
            if m.group("year2"):
                return dt.date(int(m.group("year2")), months[m.group("month2").lower()], _day(m.group("day2"))), header_end
            if m.group("iy"):
                return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))), header_end
            if m.group("ny"):
                return dt.date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))), header_end
            day, month = int(m.group("sd")), int(m.group("sm"))
            if month > 12:
                day, month = month, day   # "03/30/2015": the month first
            return dt.date(int(m.group("sy")), month, day), header_end
        except (ValueError, KeyError):
            continue
    return None, -1


def _day(text: str) -> int:
    """The day of "20th" or "20"."""
    return int(text[:2] if text[:2].isdigit() else text[:1])


_SOURCE_ONLY = regex.compile(r"\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2}")   # "30/03/2015 TASS": a place or an agency


def _is_dateline_tail(rest: str) -> bool:
    """After a dateline's date comes nothing, a place or a time, not a sentence."""
    rest = rest.strip()
    return not rest or rest[0] in ",–—-|(" or rest[:1].isdigit() and ":" in rest[:6] \
        or bool(_SOURCE_ONLY.fullmatch(rest)) \
        or rest[:1] == "T" and rest[1:2].isdigit()   # an ISO date and time: "2021-04-23T10:00:00"
