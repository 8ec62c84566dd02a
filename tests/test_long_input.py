"""Texts of hostile shapes give the same rows however their very long sentences keep their tokens
(statx/text/view.py: as Toks, or as plain tuples made Toks when read), and every row's span is its
mention. Speed on such texts is bench/adversarial.py's, never asserted here."""
from __future__ import annotations

import pytest

import statx.text.view as view
from statx.pipeline import read_text

# (shape, language, text): one very long sentence each, with a claim or two in it
SHAPES = [
    ("run of brackets", "en", "(" * 25000 + "5%"),
    ("run of hyphens", "en", "5" + "-" * 25000 + "6%"),
    ("repeated qualifier", "en", "about " * 5000 + "5% of the budget"),
    ("claims without full stops", "en", "prices rose by 5% in 2023 and " * 1000),
    ("Russian words", "ru", "около " * 5000 + "5% бюджета"),
]


def _rows(text: str, lang: str) -> list:
    claims, dropped = read_text(text, lang=lang)
    return [(claim.as_dict(), why) for claim, why in claims] + [tuple(d) for d in dropped]


@pytest.mark.parametrize("shape, lang, text", SHAPES, ids=[s[0] for s in SHAPES])
def test_long_sentence_tokens_give_the_same_rows(monkeypatch, shape, lang, text):
    assert len(text) > view.LONG_SENTENCE
    lazy = _rows(text, lang)
    monkeypatch.setattr(view, "LONG_SENTENCE", len(text) + 1)
    assert _rows(text, lang) == lazy
    claims = [row for row, *_ in lazy if isinstance(row, dict)]
    assert claims, shape
    for row in claims:
        assert text[row["start"]:row["end"]] == row["mention"]
