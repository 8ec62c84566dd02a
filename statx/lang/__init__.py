"""Per-language word lists (``statx/lang/<code>.toml``) and the patterns built from them."""
from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

import regex

from .cache import PatternCache, cache_for

LANGUAGES = ("en", "ru")
GAP = r"[ \t\u00a0\u202f\u2009]"  # a space inside one expression, never a line break
# Blanks with an optional comma among them, each blank read once (possessive): "GAP*,?GAP*" would
# try every split of a long run of blanks between its two parts, and take time quadratic in the run.
COMMA_GAP = rf"{GAP}*+(?:,{GAP}*+)?"      # blanks, a comma, blanks; any of them may be missing
COMMA_BLANK = rf"(?:{GAP}*+,)?{GAP}++"    # the same with at least one blank at the end: " or", ", or"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words as a trie, so the engine never backtracks between
    words that share a prefix ("per cent" / "percent" / "percents")."""
    words = set(words)
    if not words:
        return "(?!)"  # an empty list matches nothing
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [regex.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "|".join(branches)
        if len(branches) > 1 or "" in node:
            body = f"(?:{body})"
        return body + "?" if "" in node else body

    return build(trie).replace(r"\ ", r"[\s\u00a0]+")


def unrequired(pattern: str) -> str:
    """``pattern`` as a group that matches what it does, but that regex takes for no required
    string. For a pattern with a literal after a part of varying length (a run of blanks, then
    "than"), regex looks for the literal from where a match is tried to the end of the slice
    before it tries, so each probe at one place would read the rest of the text; the (?!) branch
    never matches and hides the literal. Use it in patterns matched at a place (``match``)."""
    return f"(?:{pattern}|(?!))"


def respectively_after(lex: "Lexicon") -> regex.Pattern:
    """"..., respectively" right after a list (of figures or of years), maybe after one word of its own (a counted noun:
    "до 7,5 тыс. и 11 тыс. человек соответственно"), matched at the list's end."""
    return lex.compile(rf"(?:{GAP}+\p{{L}}+)?{COMMA_GAP}{unrequired(lex.pattern('words', 'respectively'))}(?![\p{{L}}])",
                       regex.IGNORECASE)


def _decimal(value: Any) -> Decimal:
    return Decimal(str(value))


class Lexicon:
    """The word lists of one language, with the lookups and patterns the stages need."""

    def __init__(self, data: dict, patterns: PatternCache | None = None):
        self.data = data
        self.code: str = data["code"]
        self.patterns = patterns if patterns is not None else PatternCache(None)
        self._tables: dict[tuple[str, str], dict[str, Any]] = {}
        self._words: dict[tuple[str, str], tuple[str, ...]] = {}   # a run asks for the same lists hundreds of times
        self._patterns: dict[tuple[str, str], str] = {}

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern:
        """``regex.compile``, through this lexicon's cache of compiled patterns (statx/lang/cache.py)."""
        return self.patterns.compile(pattern, flags)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def words(self, section: str, key: str) -> list[str]:
        """A list (or the keys of a table) from the data, lower case."""
        found = self._words.get((section, key))
        if found is None:
            value = self.data[section][key]
            found = self._words[(section, key)] = tuple(w.lower() for w in (value.keys() if isinstance(value, dict) else value))
        return list(found)

    def table(self, section: str, key: str) -> dict[str, Any]:
        """A table of the data with lower-case keys (built once)."""
        cached = self._tables.get((section, key))
        if cached is None:
            cached = self._tables[(section, key)] = {k.lower(): v for k, v in self.data[section][key].items()}
        return cached

    def alternation(self, words: Iterable[str]) -> str:
        """``alternation(words)``, through this lexicon's cache (built once for a list of words)."""
        return self.patterns.alternation(words, alternation)

    def pattern(self, section: str, key: str) -> str:
        """A trie alternation of one list, for use inside a larger pattern."""
        found = self._patterns.get((section, key))
        if found is None:
            found = self._patterns[(section, key)] = self.alternation(self.words(section, key))
        return found

    @functools.cached_property
    def figure_named(self) -> str:
        """An optional "the gains of" between a baseline's words and its figure ("up from the gains of 22,800"),
        in a language with articles; empty in one without."""
        if not self.words("time", "articles"):
            return ""
        return rf"(?:(?:{self.pattern('time', 'articles')}){GAP}+(?:\p{{L}}[\p{{L}}-]*{GAP}+){{1,2}}(?:{self.pattern('subject', 'of')}){GAP}+)?"

    @functools.cached_property
    def number_words(self) -> dict[str, Decimal]:
        """Cardinal words that add up ("twenty", "two", "двести", "полтора")."""
        return {k: _decimal(v) for k, v in self.table("numbers", "units").items()}

    @functools.cached_property
    def multiplying_words(self) -> dict[str, Decimal]:
        """Words that multiply the number before them inside one number ("hundred", "dozen")."""
        return {k: _decimal(v) for k, v in self.table("numbers", "hundreds").items()}

    @functools.cached_property
    def scale_words(self) -> dict[str, Decimal]:
        """Spelled-out scale words ("thousand", "million", "тысяч")."""
        return {k: _decimal(v) for k, v in self.table("scales", "words").items()}

    @functools.cached_property
    def scale_values(self) -> dict[str, Decimal]:
        """Scale words and their abbreviations ("bn", "mln", "тыс")."""
        return {**self.scale_words, **{k: _decimal(v) for k, v in self.table("scales", "abbreviations").items()}}

    @functools.cached_property
    def spelled_number_words(self) -> set[str]:
        """Every word a spelled-out number, fraction or multiplier may be made of."""
        return (set(self.number_words) | set(self.multiplying_words) | set(self.scale_words)
                | set(self.words("fractions", "denominators")) | set(self.words("multipliers", "words"))
                | {w for k in ("decimal_point", "decimal_whole", "decimal_places") for w in self.words("numbers", k)})


def _parsed(raw: bytes) -> dict[str, Any]:
    import tomllib   # only when the word lists are not in the cache

    return tomllib.loads(raw.decode("utf-8"))


@functools.lru_cache(maxsize=None)
def load(code: str) -> Lexicon:
    """The lexicon of language ``code`` ("en" or "ru")."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; expected one of {', '.join(LANGUAGES)}")
    raw = (Path(__file__).parent / f"{code}.toml").read_bytes()
    patterns = cache_for(code, raw + Path(__file__).read_bytes())  # alternations change with this file's code
    lexicon = Lexicon(patterns.data(lambda: _parsed(raw)), patterns)
    patterns.save()  # word lists just parsed are kept at once: a lexicon may be loaded only for its words
    return lexicon


# Counted on UTF-8 bytes, ten times faster than a letter pattern: a Cyrillic letter of U+0400-U+04FF
# is one lead byte 0xD0-0xD3 (no continuation byte is one of these); a Latin letter is an ASCII byte.
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
_NOT_LATIN = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


def letters(text: str) -> tuple[int, int]:
    """How many Cyrillic and how many Latin letters ``text`` has."""
    raw = text.encode("utf-8", "surrogatepass")
    return sum(raw.count(lead) for lead in _CYRILLIC_LEADS), len(raw.translate(None, _NOT_LATIN))


def detect(text: str, sample: int = 20000) -> str:
    """The language of a text, from its letters: "ru" when Cyrillic outnumbers Latin, else "en"."""
    cyrillic, latin = letters(text[:sample])
    return "ru" if cyrillic > latin else "en"
