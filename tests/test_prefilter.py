"""The fast scans (statx/text/prefilter.py) give exactly the matches of the patterns they speed up:
RE2 only says where a match may start, regex decides. Checked on tables of patterns and texts
written for each construct the translation to RE2 handles, and on the engine's own whole-text
scans (time expressions, the document date, spelled numbers) over generated texts in both
languages."""
from __future__ import annotations

import random

import pytest
import regex

from statx import lang
from statx.numbers.patterns import number_patterns
from statx.text import prefilter
from statx.text.dateline import _date_scan
from statx.text.prefilter import EndAnchored, Prefilter, Unsupported, Utf8, superset
from statx.text.timex import time_finder

pytestmark = pytest.mark.skipif(not prefilter.available(), reason="google-re2 is not installed")

# (pattern, flags, texts): every match of the pattern in each text, found by the fast scan too
CONSTRUCTS = [
    (r"\b(?:last|this)\s+year\b", 0, ["last year", "blast year", "this  year's", "lastyear", "in last\u00a0year."]),
    (r"(?<![\p{L}])\d{4}(?![\p{N}]|[.,]\p{N})", 0, ["in 2023.", "2023.5", "a2023", "12345", "1999,", "٢٠٢٣"]),
    (r"(?:^|\n)[ \t]*date:?[ \t]*(?P<d>\d{1,2})", 0, ["date 5", "x date 5", "\n date: 12", "dates 5"]),
    (r"(?P<h>on)?\s*(?(h)\d{2}|(?!))", 0, ["on 12", " 12", "on12", "one 12"]),
    (r"""
        (?P<w> april | may )   # a month
        [ \t\u00a0]+ \d{1,2}   # its day
     """, regex.VERBOSE, ["April 2", "may 30", "may\u00a02", "mayday 2"]),
    (r"(?:рост|снижение)[\s\u00a0]+на[\s\u00a0]+\d+", regex.IGNORECASE, ["Рост на 5", "СНИЖЕНИЕ на 12", "рост  на\u00a03"]),
    (r"[^\s\p{L}]{1,3}\p{N}", 0, ["$5", "(+5", "ab5", "€ 5", "—5"]),
    (r"(?>a+)b|c{2,}d{,3}", 0, ["aab", "ccdddd", "cd", "ccc"]),
    (r"[\d\-–]+%", 0, ["5-6%", "5–6%", "x%", "٥%"]),
    (r"(?-i:[A-Z])x", regex.IGNORECASE, ["Ax", "aX", "AX"]),
    (r"\w+ly\b", 0, ["quickly", "jolly good", "Élégantly"]),
    (r"[^\n]{0,80}\d\Z", 0, ["abc 5", "abc\n5", "x"]),
]


@pytest.mark.parametrize("source, flags, texts", CONSTRUCTS, ids=[c[0].strip()[:30] for c in CONSTRUCTS])
def test_construct(source, flags, texts):
    pattern = regex.compile(source, flags)
    fast = Prefilter(pattern, source, flags)
    assert fast.build(), superset(source, flags)
    for text in texts:
        utf8 = Utf8(text)
        for start in range(len(text) + 1):
            assert [m.span() for m in fast.finditer(utf8, start)] == [m.span() for m in pattern.finditer(text, start)], (text, start)


# (pattern, why the translation refuses it): scanned by the pattern alone
REFUSED = [
    (r"(a)\1", "a back-reference"),
    (r"\L<words>", "a named list"),
    (r"(?i)abc", "flags for the whole pattern inside it"),
    (r"[[a-z]--[aeiou]]", "a nested set"),
]


@pytest.mark.parametrize("source, why", REFUSED)
def test_refused(source, why):
    with pytest.raises(Unsupported):
        superset(source)


def test_refused_pattern_still_scans():
    pattern = regex.compile(r"(a)\1")
    fast = Prefilter(pattern, r"(a)\1")
    assert not fast.build()
    assert [m.span() for m in fast.finditer(Utf8("xaay aa"))] == [(1, 3), (5, 7)]


# (text, character offset, byte offset): UTF-8 offsets both ways, for texts with few and with many wide characters
OFFSETS = [
    ("plain", 3, 3),
    ("“quoted” 5%", 9, 13),
    ("a" * 200 + "é" + "b" * 10, 205, 206),
    ("рост на 5%", 8, 14),
    ("😀" * 100 + "x", 100, 400),
    ("рост на " * 300 + "5%", 2000, 3500),
]


@pytest.mark.parametrize("text, char, byte", OFFSETS)
def test_utf8_offsets(text, char, byte):
    utf8 = Utf8(text)
    assert utf8.byte(char) == byte == len(text[:char].encode())
    assert utf8.char(byte) == char


@pytest.mark.parametrize("text, char, byte", OFFSETS)
def test_utf8_offsets_of_a_part(text, char, byte):
    start = char // 2
    utf8 = Utf8(text, start, len(text) - 1)
    assert utf8.byte(char) == len(text[start:char].encode())
    assert utf8.char(utf8.byte(char)) == char


def test_lone_surrogate_scans_without_re2():
    pattern = regex.compile(r"\d+")
    text = "5 \ud800 6"
    assert Utf8(text).data is None
    fast = Prefilter(pattern, r"\d+")
    assert fast.build()
    assert [m.group() for m in fast.finditer(Utf8(text))] == ["5", "6"]


def _pieces(code: str) -> list[str]:
    lex = lang.load(code)
    finder = time_finder(lex)
    words = (list(finder.relative) + list(finder.relative_to_context) + list(finder.baseline_relative)
             + list(finder.months) + lex.words("time", "present") + lex.words("time", "period_before")
             + lex.words("time", "period_units") + lex.words("time", "ago") + lex.words("dates", "headers")
             + sorted(lex.spelled_number_words)[:40])
    return words + ["2023", "1999", "20", "3", "12.05.2021", "2021-03-04", "04/03/2021", "-", "–", "/", ",", ".",
                    " ", "  ", "\u00a0", "\n", "x", "é", "ё", "’", "Moscow,", "Москва,", "-м", "90", "1990s"]


def _scans(code: str) -> list[tuple[str, Prefilter]]:
    lex = lang.load(code)
    words = next(fast for kind, _, fast in number_patterns(lex).scan if kind == "words")
    return [("time expressions", time_finder(lex)._scan), ("document date", _date_scan(lex)), ("spelled numbers", words)]


@pytest.mark.parametrize("code", ["en", "ru"])
def test_engine_scans_on_generated_texts(code):
    rng = random.Random(code)
    pieces = _pieces(code)
    for name, scan in _scans(code):
        assert scan.build(), name
        for _ in range(1500):
            text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 12)))
            for subject in (text, text.lower()):
                start = rng.randint(0, len(subject))
                want = [(m.span(), m.lastgroup) for m in scan.pattern.finditer(subject, start)]
                assert [(m.span(), m.lastgroup) for m in scan.finditer(Utf8(subject), start)] == want, (name, subject, start)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_large_pattern_builds_without_a_word_on_stderr(code, capfd):
    # RE2 writes "DFA out of memory" to the process's stderr when its memory is too small for a pattern
    pattern = _date_scan(lang.load(code)).pattern
    assert Prefilter(pattern, pattern.pattern, pattern.flags).build()
    assert capfd.readouterr().err == ""


# (pattern ending with \Z, windows): the backward check never changes the forward search's match
END_ANCHORED = [
    (r"(?<![\p{L}])(?:rose|fell)[ \t]+(?:by[ \t]+)?\Z", ["Exports rose by ", "prose ", "it fell ", "rose by 5"]),
    (r"(?:about|almost|nearly)[ \t]+(?:by[ \t]+)*\Z", ["about ", "nearly by by ", "about 5 "]),
]


@pytest.mark.parametrize("source, windows", END_ANCHORED)
def test_end_anchored(source, windows):
    pattern = regex.compile(source)
    both = EndAnchored(lambda s, f: regex.compile(s, f), source)
    for window in windows:
        for pos in range(len(window) + 1):
            got, want = both.search(window, pos), pattern.search(window, pos)
            assert (got and got.span()) == (want and want.span()), (window, pos)
