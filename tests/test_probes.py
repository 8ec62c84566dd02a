"""Patterns that statx matches at a place carry no floating required string (statx/lang/__init__.py,
``unrequired``). For a pattern with a literal after a part of varying length ("[ \\t]*:"), ``regex``
looks for the literal from the place to the end of the slice before it tries the pattern, so a probe
after each figure reads the rest of the text, and a text of many figures without that literal takes
time quadratic in its length. These tests run statx over the seeds and the texts of the tests' tables,
note every pattern called with ``match`` or ``fullmatch``, and ask of each how ``regex`` compiled it.
Structure only: speed is bench/adversarial.py's, never asserted here."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import regex

from statx import extract_text
from statx.lang import unrequired

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("test_extract_en", "test_extract_ru", "test_negative", "test_year_subject", "test_pasted_tables",
          "test_segment", "test_subject_kinds", "test_timeline")


def floating(pattern: regex.Pattern) -> bool:
    """Did regex compile ``pattern`` with a required string at no fixed offset? (Its pickled form
    holds the offset, -1 when it varies, and the string's characters.)"""
    offset, chars = pattern._pickled_data[7:9]
    return offset == -1 and bool(chars)


def test_floating_tells_the_two_kinds_apart():
    assert floating(regex.compile(r"[ \t]*:"))
    assert floating(regex.compile(r"[ \t]+(?:or)[ \t]+"))
    assert not floating(regex.compile(r"[ \t]*" + unrequired(":")))
    assert not floating(regex.compile(r":[ \t]*"))   # the literal first: looked for at the place only


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in TABLES:
        for entry in importlib.import_module(name).CASES:
            text = entry.values[1]
            if isinstance(text, str):
                texts.append(text)
    return texts


def test_patterns_matched_at_a_place_have_no_floating_required_string():
    texts = _texts()
    for text in texts:   # every pattern compiled before the count
        extract_text(text)
    found: dict[str, str] = {}

    def probe(frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", "") == "match":
            pattern = getattr(arg, "__self__", None)
            if isinstance(pattern, regex.Pattern) and floating(pattern):
                found.setdefault(pattern.pattern, f"{frame.f_code.co_filename}:{frame.f_lineno}")

    sys.setprofile(probe)
    try:
        for text in texts:
            extract_text(text)
    finally:
        sys.setprofile(None)
    assert not found, "\n".join(f"{where}: {pattern[:80]!r}" for pattern, where in found.items())
