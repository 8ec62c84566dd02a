"""Text as it comes: every seed, hard-wrapped at 50 characters as ``fmt -w 50`` does (each paragraph's
lines joined, then broken at spaces), gives the same value and unit for every claim as the original."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

import statx

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def fmt(text: str, width: int = 50) -> str:
    """Paragraphs (split at blank lines) refilled to ``width``, as fmt does."""
    paragraphs = re.split(r"\n[ \t]*\n", text)
    return "\n\n".join(textwrap.fill(" ".join(p.split()), width, break_long_words=False, break_on_hyphens=False)
                       for p in paragraphs if p.strip())


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name for s in SEEDS])
def test_a_wrapped_seed_gives_the_same_values_and_units(seed: Path):
    text = seed.read_text(encoding="utf-8")
    original = [(c.value, c.unit) for c in statx.extract_text(text)]
    wrapped = [(c.value, c.unit) for c in statx.extract_text(fmt(text))]
    assert original and wrapped == original
