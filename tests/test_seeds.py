"""The seed documents reach the figures the project promises against their hand-made gold."""
import os

import pytest

import statx
from gold import load_gold, score

HERE = os.path.dirname(__file__)
SEEDS = os.path.join(HERE, "..", "seeds")


@pytest.fixture(scope="module")
def figures():
    gold = load_gold(os.path.join(HERE, "data", "gold_seeds.jsonl"), SEEDS)
    claims = list(statx.extract_paths([SEEDS]))
    return score(gold, claims)


@pytest.mark.parametrize("field,minimum", [
    ("f1", 0.97), ("value_unit", 0.97), ("qualifier", 0.95), ("direction", 0.95), ("speaker", 0.95),
    ("year", 0.95), ("subject", 0.90),
])
def test_seed_figures(figures, field, minimum):
    assert figures[field] >= minimum, f"{field} = {figures[field]:.3f} < {minimum}"
