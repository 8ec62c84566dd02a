"""Properties of statx.extract_text that hold for any text at all: it returns (no exception), every
span indexes the text it came from, the rows are well-formed, and the same text gives the same rows."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import statx
from statx.claim import DIRECTIONS, QUALIFIERS

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
# Sixteen digits or more in one number, maybe grouped: with a scale word, past Decimal's 28 digits.
_HUGE = re.compile(r"\d(?:[,. \u00a0\u202f]*\d){15}")
EXAMPLES = [
    "Prices rose by 5% in 2023.",
    "Инфляция в прошлом году составила около 7,4 процента.",
    "İİİ 5 percent ẞ 10%",
    "\ufeff5%",
    "about about about 5 million million %",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=langs)
@example(text=EXAMPLES[0], lang="en")
@example(text=EXAMPLES[1], lang="ru")
@example(text=EXAMPLES[2], lang="auto")
@example(text=EXAMPLES[3], lang="auto")
@example(text=EXAMPLES[4], lang="en")
def test_any_text_gives_well_formed_rows_that_index_it(text, lang):
    assume(not _HUGE.search(text))  # known to fail: test_huge_numbers
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
    assume(not _HUGE.search(text))
    assert statx.extract_text(text, lang=lang) == statx.extract_text(text, lang=lang)


@settings(max_examples=100, deadline=None)
@given(text=texts)
def test_rows_do_not_depend_on_the_document_name(text):
    assume(not _HUGE.search(text))
    a = statx.extract_text(text, doc="a.txt")
    b = statx.extract_text(text, doc="b.txt")
    assert [c.as_dict() | {"doc": None} for c in a] == [c.as_dict() | {"doc": None} for c in b]


# A number of 29 digits or more (written out, or by its scale or unit) stops statx with
# decimal.InvalidOperation in parse.tidy: quantize() is past the context's 28 digits.
_PAST_28_DIGITS = pytest.mark.xfail(strict=True, raises=ArithmeticError, reason="parse.tidy: quantize past 28 digits")


@pytest.mark.parametrize("text, values", [
    ("9" * 28 + "%", [Decimal("9" * 28)]),
    ("9" * 5000 + "%", []),
    pytest.param("9" * 30 + "%", [Decimal("9" * 30)], marks=_PAST_28_DIGITS),
    pytest.param("9" * 28 + ".5%", [Decimal("9" * 28 + ".5")], marks=_PAST_28_DIGITS),
    pytest.param("12345678901234567890123456789 people", [Decimal("12345678901234567890123456789")], marks=_PAST_28_DIGITS),
    pytest.param("1" + "0" * 28 + " J", [Decimal("1" + "0" * 28)], marks=_PAST_28_DIGITS),
    pytest.param("9" * 25 + " million kg", [Decimal("9" * 25 + "0" * 6)], marks=_PAST_28_DIGITS),
])
def test_huge_numbers(text, values):
    assert [c.value for c in statx.extract_text(text, lang="en")] == values
