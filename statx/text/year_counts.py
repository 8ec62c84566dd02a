"""Whether a number shaped as a year (1900 to 2100) counts something instead ("police registered 2014
burglaries", "с 1170 до 1965"): read by the time expressions (timex.py) and the not-a-claim rules."""
from __future__ import annotations

import functools

import regex

from ..lang import GAP, Lexicon
from ..lang.cache import compiled


def counts_not_year(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Is the number from 1900 to 2100 at text[start:end] a count: a verb that counts or a size's word before it
    and a noun after it ("police registered 2014 burglaries", "by more than 2000 patients", "зарегистрировано 1997
    преступлений"), or
    a total's words before it ("up by 13% to a total of 1927"), the first end of its pair a count
    ("с 1170 до 1965"); where the language says so, a lower-case noun after it alone ("2004 пожара произошло")?"""
    before, after, total, pair = _count_patterns(lex)
    noun = after.match(text, end)
    if noun and noun.group("w").lower().endswith(_participle_endings(lex)) and _object_opens(lex).match(text, noun.end()):
        noun = None   # "$21 million more than 2014 representing a 25 per cent increase": a participle and its object, no
        # noun (not "2000 training courses")
    if noun and (before.search(text, max(0, start - 40), start) or _counted_noun(lex, noun.group("w")) and not _in_year(lex, text, start, noun.group("w"))
                 or _people_counted(lex, text, start, noun.group("w")) or _counted_before(text, start, noun.group("w"))) \
            or total.search(text, max(0, start - 30), start) or _time_after(lex).match(text, end) or _compared_size(lex, text, start, end) \
            or _counted_after(lex, text, start, end):
        return True   # (a time of its own right after it: "up from 1990 last year")
    first = pair.search(text, max(0, start - 40), start)   # "с 1170 до 1965": the other end of a pair of counts
    return first is not None and not _YEAR_SHAPED.fullmatch(first.group("n"))


def _counted_before(text: str, start: int, word: str) -> bool:
    """"4 028 cases reported, compared with 2000 cases in 2021": the noun after the number counted another number
    before it in the sentence."""
    window = text[max(0, start - SAME_NOUN_REACH):start]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1:].lower()
    word = word.lower()
    k = window.find(word)
    while k >= 0:
        end = k + len(word)
        before = window[:k].rstrip()
        number = before[len(before.rstrip("0123456789 ,.\u00a0")):].strip()
        if (end == len(window) or not window[end].isalpha()) and number[-1:].isdigit() and before != window[:k] \
                and not _YEAR_SHAPED.fullmatch(number):   # (not another year: "Fraud in 2021 rose ... Arrests in 2021 rose")
            return True
        k = window.find(word, k + 1)
    return False


SAME_NOUN_REACH = 160   # characters back from a year-shaped number to another number of the same noun, at most


def _counted_after(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """"Alongside 2082 reported breach of bail offences": a verb that counts, as a participle right after the number, and a
    noun after it; no preposition of a year right before the number ("In 2014 recorded crime fell")."""
    _, preposition = _people_words(lex)
    return _verb_then_noun(lex).match(text, end) is not None and preposition.search(text, max(0, start - 20), start) is None


@functools.lru_cache(maxsize=None)
def _verb_then_noun(lex: Lexicon) -> regex.Pattern:
    function = lex.alternation(lex.words("words", "function"))
    return lex.compile(rf"{GAP}+(?:{lex.pattern('not_claims', 'count_verbs')}){GAP}+(?!(?:{function})(?![\p{{L}}]))\p{{Ll}}", regex.IGNORECASE)


def _people_counted(lex: Lexicon, text: str, start: int, word: str) -> bool:
    """"The programme helped 2000 people find work": a noun that counts people right after the number, no preposition of
    a year right before it ("In 2000 people lived longer")."""
    nouns, preposition = _people_words(lex)
    return word.lower() in nouns and preposition.search(text, max(0, start - 20), start) is None


@functools.lru_cache(maxsize=None)
def _people_words(lex: Lexicon) -> tuple[frozenset[str], regex.Pattern]:
    return (frozenset(lex.words("grammar", "year_counting_nouns")),
            lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'year_prepositions')}){GAP}+\Z", regex.IGNORECASE))


def _counted_noun(lex: Lexicon, word: str) -> bool:
    """Does the language count ``word`` right after a year-shaped number: a lower-case word, not shaped
    as a verb, a subject or an adjective ("2004 пожара", not "Стратегия 2030 предусматривает", "В 2019
    россияне купили", "2023 финансовый год")?"""
    counts, not_counting, counting, verb_endings, year_words = _year_count_words(lex)
    if counts and word.islower() and word.endswith(counting):
        return True   # "1801 родившихся": a participle used as a noun
    return counts and word.islower() and not word.endswith(not_counting) and not (len(word) > 5 and word.endswith(verb_endings)) \
        and word not in year_words   # "1934 г.р.": the year's own word


def _in_year(lex: Lexicon, text: str, start: int, word: str) -> bool:
    """"в 2023 доходы запланированы": after a preposition of a year a noun that is not in the case it governs leaves the
    number a year (a count there takes that case: "в 2023 случаях")."""
    preposition, endings = _in_year_words(lex)
    return preposition is not None and preposition.search(text, max(0, start - 8), start) is not None \
        and not word.lower().endswith(endings)


@functools.lru_cache(maxsize=None)
def _in_year_words(lex: Lexicon) -> tuple[regex.Pattern | None, tuple[str, ...]]:
    words = lex.words("grammar", "year_in_prepositions")
    preposition = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(words)}){GAP}+\Z", regex.IGNORECASE) if words else None
    return preposition, tuple(lex.words("grammar", "year_in_counted_endings"))


@functools.lru_cache(maxsize=None)
def _year_count_words(lex: Lexicon) -> tuple[bool, tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    grammar = lex.data["grammar"]
    return (bool(grammar["noun_counts_year"]), tuple(grammar["year_not_counting_endings"]), tuple(grammar["year_counting_endings"]),
            tuple(lex.words("subject", "late_verb_endings")),
            frozenset(w.rstrip(".") for w in lex.words("dates", "year_words")))


def counted_before(lex: Lexicon) -> regex.Pattern:
    """A verb that counts or a size's word ending right before a number ("registered", "about", "more than"), searched
    backwards to where the number starts."""
    return _count_patterns(lex)[0]


@functools.lru_cache(maxsize=None)
def _count_patterns(lex: Lexicon) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    ci = regex.IGNORECASE
    counting = lex.words("not_claims", "count_verbs") + lex.words("not_claims", "count_qualifiers")   # "by more than 2000 patients"
    before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(counting)}){GAP}+\Z", ci)
    # a word that may be counted: not a function word, a time, a month, a baseline's noun or a time's adverb
    # ("registered 2014 in total", "about 2010 levels", "from about 2015 onwards")
    skip = lex.alternation(lex.words("words", "function") + lex.words("not_claims", "time_units") + list(lex.table("time", "months"))
                           + lex.words("time", "baseline_after") + lex.words("not_claims", "year_adverbs"))
    after = lex.compile(rf"{GAP}+(?!(?:{skip})(?![\p{{L}}]))(?P<w>\p{{L}}+)", ci)
    total = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('not_claims', 'total_before')}){GAP}+\Z", ci | regex.REVERSE)
    pairs = lex.data["ranges"]["between"]
    opens, joins = lex.alternation(a for a, _ in pairs), lex.alternation(b for _, b in pairs)
    pair = lex.compile(rf"(?<![\p{{L}}])(?:{opens}){GAP}+(?P<n>\d[\d.,\u00a0\u202f ]*\d|\d){GAP}+(?:{joins}){GAP}+\Z", ci)
    return before, after, total, pair


def _compared_size(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """"а на 1800 меньше, чем в феврале": the size of a difference, its comparative right after it."""
    by, comparative = _size_patterns(lex)
    return by is not None and by.search(text, max(0, start - 8), start) is not None and comparative.match(text, end) is not None


@functools.lru_cache(maxsize=None)
def _size_patterns(lex: Lexicon) -> tuple[regex.Pattern | None, regex.Pattern]:
    ci = regex.IGNORECASE
    words = lex.words("not_claims", "size_before_comparative")
    by = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(words)}){GAP}+\Z", ci) if words else None
    return by, lex.compile(rf"{GAP}+(?:{lex.alternation(lex.table('direction', 'after'))})(?![\p{{L}}])", ci)


@functools.lru_cache(maxsize=None)
def _participle_endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words("subject", "present_participle_endings")) or ("\0",)   # (none: an ending no word has)


@functools.lru_cache(maxsize=None)
def _object_opens(lex: Lexicon) -> regex.Pattern:
    """An object's first word: an article or a figure ("representing | a 25 per cent increase")."""
    return lex.compile(rf"{GAP}+(?:(?:{lex.pattern('time', 'articles')})(?![\p{{L}}])|\p{{N}})", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _time_after(lex: Lexicon) -> regex.Pattern:
    """A year said relatively right after a number ("1990 last year", "1990 a year earlier"): the number is of that year, no year itself."""
    return lex.compile(rf"{GAP}+(?:{lex.alternation(lex.table('time', 'relative'))})(?![\p{{L}}])", regex.IGNORECASE)


_YEAR_SHAPED = compiled(r"(?:1[89]|20)\d\d")   # a year's digits: "с 2010 до 2015" is a pair of years
