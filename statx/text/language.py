"""Which language each part of a text is in: a Russian sentence inside an English article, an English
quotation inside a Russian one, or an archive of both. Sentences are told apart by their letters
(Cyrillic or Latin); a sentence with few letters of both, or one without a digit (it holds no figure to
read), goes with the sentences around it."""
from __future__ import annotations

from ..lang import LANGUAGES, detect, letters
from ..lang.cache import compiled
from .segment import paragraph_spans, sentence_spans, wrap_width

LETTERS = 12   # a sentence with fewer letters than this, of both scripts, says nothing of its language
PURE = 2   # ... but a short one in one script only is in that script ("| Высота | 162.5 мм |", "| RAM | 8 GB |")
MAJORITY = 2 / 3   # the share of its letters a script needs to give a sentence its language
MIXED_SHORT = 24   # a sentence of fewer letters than this with a word of each script goes with the text around it
_DIGIT = compiled(r"\d")


def language_runs(text: str) -> list[tuple[int, int, str]]:
    """The text cut into runs of one language, (start, end, code), that cover it from 0 to its end."""
    whole = detect(text)
    if not _has_both(text):
        return [(0, len(text), whole)]
    runs: list[tuple[int, int, str]] = []
    for p_start, p_end in paragraph_spans(text, -1, wrap_width(text)):
        for start, end in sentence_spans(text, p_start, p_end):
            code = _sentence_language(text, start, end)
            if code is None or not _DIGIT.search(text, start, end):
                code = runs[-1][2] if runs else whole
            if runs and runs[-1][2] == code:
                runs[-1] = (runs[-1][0], end, code)
            else:
                runs.append((runs[-1][1] if runs else 0, end, code))
    if not runs:
        return [(0, len(text), whole)]
    runs[-1] = (runs[-1][0], len(text), runs[-1][2])   # each run ends where the next starts
    return runs


def _has_both(text: str) -> bool:
    """Does the text have enough letters of both scripts to hold a sentence of each?"""
    cyrillic, latin = letters(text)
    return cyrillic >= LETTERS and latin >= LETTERS


# A run of 30 characters or more without a space is no word of a language: a link, base64, a hash.
_NOT_WORDS = compiled(r"\S{30,}")


def _sentence_language(text: str, start: int, end: int) -> str | None:
    """"ru" or "en" by the letters of text[start:end] (links and code aside), or None when it has too
    few, or when neither script has two letters in three: a line that mixes them ("Posted 24 декабря
    2015, 14:45"), or a short one with words of both ("Modified 29 июля 2022"), goes with the text around it. A short line in one script only is in that script: its
    words (a table's label and unit, "| Вес | 186 г |") can only be read in it."""
    cyrillic, latin = letters(_NOT_WORDS.sub(" ", text[start:end]))
    pure = min(cyrillic, latin) == 0 and max(cyrillic, latin) >= PURE
    if not pure and cyrillic + latin < LETTERS or max(cyrillic, latin) < MAJORITY * (cyrillic + latin):
        return None
    if min(cyrillic, latin) >= PURE and cyrillic + latin < MIXED_SHORT:
        return None   # "Modified 29 июля 2022, 13:24": a page's English furniture around a date of the text's language
    code = "ru" if cyrillic > latin else "en"
    return code if code in LANGUAGES else None
