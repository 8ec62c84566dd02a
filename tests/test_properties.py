"""Properties of statx.extract_text that hold for any text at all: it returns (no exception), every
span indexes the text it came from, the rows are well-formed, and the same text gives the same rows."""
from __future__ import annotations

from decimal import Decimal

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import statx
from statx.claim import DIRECTIONS, QUALIFIERS
from statx.text import view

# Pieces that numbers, units and their context are written with, in both languages, and
# characters that change length under case mapping or look like digits without being ASCII.
PIECES = [
    "1", "5", "12", "2023", "3,5", "1,000", "14 500", "0.5", "7.4", "1/2", "100", "9" * 15,
    "%", " percent", " per cent", " процента", " п.п.", "$", "€", "₽", "£", " rubles", " рублей",
    " million", " billion", " млн", " млрд", " тыс.", " thousand", " times", " раза", "twice",
    "about ", "over ", "almost ", "около ", "почти ", "более ", "rose by ", "fell to ", "выросла на ",
    "from ", " to ", " до ", "between ", " and ", "-", "–", "—", "−", "+",
    "one", "two", "hundred", "a quarter", "half", "два", "треть", "every sixth", "каждое шестое",
    "last year", "в прошлом году", "in 2020", "2019-2021", "January", "января",
    "Mr. Smith: ", "Иванов: ", "inflation ", "ВВП ", "of ", "the ", "people", "человек",
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u202f", "\u2028", "\ufeff",
    ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", '"', "'", "«", "»", "“", "”", "…",
    "İ", "ß", "ﬁ", "ẞ", "Σ", "ǅ", "١٢٣", "٣٫٥", "²", "½", "Ⅻ", "৪", "𝟙", "\u0301", "\u200d", "🙂",
]
texts = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map("".join),
)
langs = st.sampled_from(["en", "ru", "auto"])
EXAMPLES = [
    "Prices rose by 5% in 2023.",
    "Инфляция в прошлом году составила около 7,4 процента.",
    "İİİ 5 percent ẞ 10%",
    "\ufeff5%",
    "about about about 5 million million %",
    "\U000116d0 and \uff11\uff12 percent",   # a digit this Python's Unicode tables do not know; full-width digits
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=langs)
@example(text=EXAMPLES[0], lang="en")
@example(text=EXAMPLES[1], lang="ru")
@example(text=EXAMPLES[2], lang="auto")
@example(text=EXAMPLES[3], lang="auto")
@example(text=EXAMPLES[4], lang="en")
@example(text=EXAMPLES[5], lang="en")
def test_any_text_gives_well_formed_rows_that_index_it(text, lang):
    claims = statx.extract_text(text, lang=lang)
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.mention
        assert isinstance(c.value, Decimal) and c.value.is_finite()
        assert c.value_to is None or c.value_to.is_finite()
        assert c.unit
        assert c.qualifier in QUALIFIERS
        assert c.direction in (None, *DIRECTIONS)
    assert len({c.id for c in claims}) == len(claims)
    assert [c.start for c in claims] == sorted(c.start for c in claims)


@settings(max_examples=100, deadline=None)
@given(text=texts, lang=langs)
def test_same_text_same_rows(text, lang):
    assert statx.extract_text(text, lang=lang) == statx.extract_text(text, lang=lang)


@settings(max_examples=100, deadline=None)
@given(text=texts)
def test_rows_do_not_depend_on_the_document_name(text):
    """Only ``doc`` and ``id`` (which keys the run's table, so names the path) differ."""
    a = statx.extract_text(text, doc="a.txt")
    b = statx.extract_text(text, doc="b.txt")
    assert [c.as_dict() | {"doc": None, "id": None} for c in a] == [c.as_dict() | {"doc": None, "id": None} for c in b]
    assert not {c.id for c in a} & {c.id for c in b}


# No statistic has more than 15 significant digits: longer runs are codes or digits run together.
# Within that, a scale word and a unit conversion may take the value past Decimal's default 28 digits.
@pytest.mark.parametrize("text, values", [
    ("9" * 15 + "%", [Decimal("9" * 15)]),
    ("9" * 16 + "%", []),
    ("9" * 28 + "%", []),
    ("9" * 5000 + "%", []),
    ("0" * 20 + "5%", []),
    ("12345678901234567890123456789 people", []),
    ("1 000 000 000 000 000 people", []),
    ("9" * 15 + " trillion rubles", [Decimal("9" * 15 + "0" * 12)]),
    ("9" * 15 + " trillion tons", [Decimal("9" * 15 + "0" * 15)]),
    ("9" * 15 + " million kg", [Decimal("9" * 15 + "0" * 6)]),
    ("0.000000000000001 mg", [Decimal("1E-21")]),
])
def test_huge_numbers(text, values):
    assert [c.value for c in statx.extract_text(text, lang="en")] == values


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_tokens_index_the_text_and_cover_all_but_white_space(text):
    """Tokens are read as strings and placed where each is next found: that holds only when every
    character but white space is in some token, which this checks."""
    toks = view.tokens(text, 0, len(text))
    assert all(text[t.start:t.end] == t.text for t in toks)
    covered = set().union(*(range(t.start, t.end) for t in toks)) if toks else set()
    assert all(k in covered for k, ch in enumerate(text) if not regex.match(r"\s", ch))


# (text, its tokens): a decimal mark between digits stays inside a word as inside a number
TOKENS = [
    ("cut Kshs154.2 billion.", ["cut", "Kshs154.2", "billion", "."]),
    # ... but a word in lower case glued to a decimal ends before it (a space lost)
    ("equal to15.6 per cent", ["equal", "to", "15.6", "per", "cent"]),
    ("rose 5.2%, v2.0 out.", ["rose", "5.2", "%", ",", "v2.0", "out", "."]),
    ("in Q3. Then", ["in", "Q3", ".", "Then"]),
    ("Rs1,200 crore", ["Rs1,200", "crore"]),
]


@pytest.mark.parametrize("text, want", TOKENS)
def test_tokens(text, want):
    assert [t.text for t in view.tokens(text, 0, len(text))] == want

