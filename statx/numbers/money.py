"""Money around a number: the currency a code, a symbol or a prefix names, and what only money
means ("$800.000" is 800,000: an amount of money has no third decimal place)."""
from __future__ import annotations

import collections
import datetime as dt
from decimal import Decimal
from typing import Iterator

import regex

from . import parse
from .draft import Draft
from .mention import COUNT, Form, Mention, Unit, UnitKind
from ..lang.cache import compiled
from ..text.prefilter import Prefilter, Utf8
from .patterns import Home, NumberPatterns, Signs, UnitMatch

THOUSAND = Decimal(1000)


_WORD_AFTER = compiled(r"[ \t\u00a0]+\p{Ll}")   # a lower-case word after a count: its noun or the noun's adjective
HOME_MENTIONS = 2   # a text is from a country when it names it at least this often ...
HOME_OVER_DEFAULT = 3   # ... and more than this many times as often as the country a bare form means by default
# Currencies renamed on redenomination: before the day, a text's amounts were in the old code
# (the Belarusian ruble, BYR until 1 July 2016, then BYN at 10,000 to 1).
REDENOMINATED = {"BYN": ("BYR", dt.date(2016, 7, 1))}


def home_currency(p: NumberPatterns, text: str, drafts: list[Draft], doc_date: dt.date | None = None,
                  lowered: Utf8 | None = None) -> None:
    """A bare "$", "dollars" or "руб." in a text from a country whose money shares the name is that
    country's: the text names the country at least twice, more often than any other of them, and more
    than three times as often as the country the bare form means by default ("$4 billion" in an
    Australian budget is AUD, also beside one mention of US visitors; "1108,5 руб." in a text that
    names Belstat and Minsk is BYN); or it names the country at least twice, more often than any other, and
    writes the default's country on other amounts ("US$106 million ... $55.3 billion"; not an Ethiopian text that
    names Australia once as a buyer). An amount in a renamed
    currency, in a text dated before the change, is in the old code. ``lowered``: ``Utf8(text.lower())``
    when the lower-case text has the same length (text/prefilter.py), where RE2 finds the names fast."""
    for code, home in p.homes.items():
        if any(d.unit.code == code and _bare(home, text, d) for d in drafts):
            _home(home, code, text, drafts, lowered)
    if doc_date is not None:
        for d in drafts:
            old = REDENOMINATED.get(d.unit.code or "")
            if old is not None and doc_date < old[1]:
                d.unit = Unit.money(old[0])


def pounds_weighed(p: NumberPatterns, text: str, drafts: list[Draft]) -> None:
    """"100 million pounds" of lobster in a text that counts its money in dollars, or weighs in pounds elsewhere ("3,300
    pounds per acre", "pounds of pecans"), or names a place that weighs in pounds (a US state), and names neither British
    money nor a country of the pound ("£", "sterling", "Britain", "Egypt"; not "New England"): the text's bare "pounds"
    weigh."""
    pounds = [d for d in drafts if d.unit.kind is UnitKind.MONEY and d.unit_start >= 0
              and text[d.unit_start:d.unit_end].lower() in p.weights]
    if not pounds or p.pound_money is None or p.pound_money.search(text):
        return
    weighed = {id(d) for d in pounds}
    if any(d.unit.kind is UnitKind.PHYSICAL and d.unit.code.lower().split()[0] in p.weights for d in drafts) \
            or getattr(Unit.most_named_currency(d.unit for d in drafts if id(d) not in weighed), "code", None) in p.weighing_currencies \
            or p.weighing_places is not None and p.weighing_places.search(text):
        for d in pounds:
            d.unit = Unit.physical(text[d.unit_start:d.unit_end].lower())


def text_cents(p: NumberPatterns, text: str, drafts: list[Draft]) -> None:
    """"four cents per litre" in a text whose other amounts are in euros ("€1.34 a litre"): cents of the currency the
    text counts its money in, where that currency's hundredth is a cent too (not the tenge's, the pound's)."""
    cents = {id(d): d for d in drafts if d.unit_start >= 0 and (word := text[d.unit_start:d.unit_end].lower()) in p.shared_minor
             and p.minor_words[word] == d.unit.code}   # (not one a home already gave)
    if not cents:
        return
    own = Unit.most_named_currency(d.unit for d in drafts if id(d) not in cents)
    if own is not None and own.code in p.shared_minor_of:
        for d in cents.values():
            d.unit = own


def renamed_for_year(unit: Unit, year: int | None) -> Unit | None:
    """The old code of a renamed currency for an amount of a year before the change ("6,64 млн рублей"
    of January to October 2015, in an undated Belarusian text, are BYR), else None."""
    old = REDENOMINATED.get(unit.code or "") if unit.kind is UnitKind.MONEY else None
    return Unit.money(old[0]) if old is not None and year is not None and year < old[1].year else None


def letter_signs(p: NumberPatterns, text: str, drafts: list[Draft], lowered: Utf8 | None = None) -> list[Draft]:
    """The drafts, each amount with a letter sign ("R245 000", "N2.5bn") in the currency of the country
    the text names most often of the sign's, when it names one and the amount looks like money (a scale,
    a decimal, or a thousand and more: "R21" is a road, "N95" a mask, "K9" a dog); money of a sign whose country
    the text does not name is of NO_CURRENCY; a number glued to a letter that is no money is none. So is a number glued to a sign or code the case-sensitive
    reading did not take ("kshs448"). A one-letter sign written apart from the amount ("P 61.66 billion") is one only
    where the text also writes it glued to an amount ("P247.77 billion"), or before an amount written to its cents
    ("R 856 000 000.00")."""
    signed = collections.Counter(text[d.start:d.num_start].rstrip() for d in drafts if _money_shaped(d))
    countries: dict[str, str | None] = {}   # each sign's country, read from the text once
    kept = []
    for d in drafts:
        written = text[d.start:d.num_start].rstrip()
        last = written.rsplit(None, 1)[-1] if written.strip() else ""
        if written not in p.letter_signs and last in p.letter_signs and text[d.num_start - 1:d.num_start].isalpha():
            written = last   # "between K600 million to K700 million": a range's opener before its sign
        spaced = _SPACED_SIGN.search(text, max(0, d.num_start - 3), d.num_start) \
            if d.start == d.num_start and d.unit.kind in (UnitKind.COUNT, UnitKind.MONEY) and _money_shaped(d) else None
        if spaced and spaced.group("sign") in p.letter_signs and (signed[spaced.group("sign")] or _CENTS.search(text, d.num_start, d.num_end)):
            written, d.start = spaced.group("sign"), min(d.start, spaced.start())   # "P 61.66 billion" beside "P247.77 billion",
            # or an amount written to its cents ("R 856 000 000.00")
        if written in p.letter_signs:
            if written not in countries:
                countries[written] = _sign_country(p.letter_signs[written], text, lowered, signed[written])
            code = countries[written]
            if written[:1].isalpha() and not _money_shaped(d):
                continue   # (a sign that is no letter, Ghana's "¢384", is no road's or mask's name)
            d.unit = Unit.money(code) if code else NO_CURRENCY   # (not_claims drops it, saying why)
        elif d.start == d.num_start and d.num_start and text[d.num_start - 1].isalpha() \
                and p.glued_word.search(text, max(0, d.num_start - 8), d.num_start):
            continue
        kept.append(d)
    return kept


# a one-letter sign with a space before the amount: a sign only where the text also writes it glued to one
_SPACED_SIGN = compiled(r"(?<![\p{L}\p{N}])(?P<sign>\p{Lu})[ \u00a0]\Z")
_CENTS = compiled(r"\d[.,]\d\d\Z")   # an amount written to its cents, two decimals after its mark
NO_CURRENCY = Unit.money("XXX")   # ISO 4217's code for no currency: money whose letter sign names no country of the text


def unknown_currency(p: object, text: str, m: Mention) -> bool:
    """"Sh 7.8 billion" in a text that names none of the countries whose money "Sh" is: of no known currency."""
    return m.unit == NO_CURRENCY


def _money_shaped(d: Draft) -> bool:
    """Does the amount look like money: a scale, a decimal, or a thousand and more ("R1.2 billion", "R12.50", "R245 000")?"""
    return bool(d.scale) or d.value >= THOUSAND or d.value != d.value.to_integral_value()


SIGNED_AMOUNTS = 2   # amounts that look like money with a sign of one country make a text from there unnamed


def _sign_country(signs: Signs, text: str, lowered: Utf8 | None, amounts: int) -> str | None:
    """The code of the country of ``signs`` the text names most often (one that ties with another is
    none); a text that names none of them and writes SIGNED_AMOUNTS amounts with the sign is from the
    sign's one country, if it has one ("R1,2 million ... R245 000" in a South African Hansard)."""
    codes = set(signs.codes.values())
    if amounts >= SIGNED_AMOUNTS and len(codes) == 1:
        return codes.pop()
    ranked = _ranked(signs.codes, signs.names, text, lowered)
    return ranked[0][0] if ranked and not (len(ranked) > 1 and ranked[1][1] == ranked[0][1]) else None


def _ranked(codes: dict[str, str], names: Prefilter, text: str, lowered: Utf8 | None,
            capitals: frozenset[str] = frozenset(), regions: frozenset[str] = frozenset()) -> list[tuple[str, int]]:
    """The two currencies whose countries the text names most often (by ``names``, each name's code in
    ``codes``), with how often, a region of ``regions`` ("South Australia") counted twice; none when
    lower-casing changes the text's length (a rare character: the lower-case offsets are not the text's)."""
    if lowered is None:
        if len(text.lower()) != len(text):
            return []
        lowered = Utf8(text.lower())
    counts: collections.Counter[str] = collections.Counter()
    for m in _named(names, text, lowered, capitals):
        name = " ".join(m.group().split())
        counts[codes[name]] += HOME_MENTIONS if name in regions or _dateline(text, m) or _lede_owner(text, m) else 1
    return counts.most_common(2)


DATELINE_REACH = 600   # characters from a text's start within which a line may open with its dateline
_DATELINE_AFTER = compiled(r"[ \t]*(?:[:(—–]|,[ \t]*\p{Lu}|-[ \t])")   # "Kathmandu:", "LAHORE, Jan 4 (APP):", "KARACHI -"


_STAMP = compiled(r"(?:\p{L}+[ \t]+)?(?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{4})[ \t]+")   # " date 2016-12-28 LAHORE"
_LINE_END = compiled(r"[ \t]*(?:\r?\n|\Z)")   # "LAHORE" closing its line


def _dateline(text: str, m: regex.Match) -> bool:
    """Does the name ``m`` open a line near the text's start as its dateline ("Kathmandu: The government ..."), maybe
    after the page's date stamp, or end such a line in capitals (" date 2016-12-28 LAHORE")? Then the text is from
    that place, as much as if it named it twice."""
    if m.start() >= DATELINE_REACH:
        return False
    line = text.rfind("\n", 0, m.start()) + 1
    before = text[line:m.start()].lstrip()
    if before and _STAMP.fullmatch(before) is None:
        return False
    return _DATELINE_AFTER.match(text, m.end()) is not None \
        or text[m.start():m.end()].isupper() and _LINE_END.match(text, m.end()) is not None


def _dateline_country(codes: dict[str, str], names: Prefilter, text: str, lowered: Utf8, capitals: frozenset[str]) -> str | None:
    """The currency of the country whose place is the text's dateline in capitals, as a news agency writes it
    ("FREDERICTON —"; not a source's name before a colon: "Белстат: ...")."""
    for m in _named(names, text, lowered, capitals, min(len(text), DATELINE_REACH)):
        if _dateline(text, m) and text[m.start():m.end()].isupper():
            return codes[" ".join(m.group().split())]
    return None


LEDE_REACH = 300   # characters from a text's start within which its first sentence names whose affairs it reports
_POSSESSIVE = compiled(r"['’]s(?![\p{L}])")
_ATTRIBUTIVE = compiled(r"[ \t]+\p{Ll}")   # "the Queensland budget": the name before a noun it qualifies, after "the"
_THE_BEFORE = compiled(r"(?<![\p{L}])[Tt]he[ \t]+\Z")
_SENTENCE_END = compiled(r"[.!?](?=\s)")   # (a headline above the lede has no full stop)
_OF_THE_NOUN = compiled(r"(?<![\p{L}])[Tt]he[ \t]+\p{L}+[ \t]+of[ \t]+(?:the[ \t]+)?\Z")   # "the people of", "the Government of the"


def _lede_owner(text: str, m: regex.Match) -> bool:
    """Is the name ``m`` a possessive in the text's first sentence ("Nunavut's Fifth Legislative Assembly ... put out
    the first budget"), qualifying a noun there ("the state of the Queensland budget") or whose that noun is ("the
    people of Bermuda", "the Government of Tonga")? The text reports that place's own affairs, as much as if it named
    it twice."""
    return m.start() < LEDE_REACH and (_POSSESSIVE.match(text, m.end()) is not None or _attributive(text, m)
                                       or _OF_THE_NOUN.search(text, max(0, m.start() - 24), m.start()) is not None) \
        and not _SENTENCE_END.search(text, 0, m.start())


def _attributive(text: str, m: regex.Match) -> bool:
    """Does the name ``m`` qualify the noun after it, after "the" ("the Queensland budget"; not "Canada lent")?"""
    return _ATTRIBUTIVE.match(text, m.end()) is not None and _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None


def _home(home: Home, code: str, text: str, drafts: list[Draft], lowered: Utf8 | None) -> None:
    if lowered is None and len(text.lower()) == len(text):
        lowered = Utf8(text.lower())   # read once for both kinds of name
    ranked = _ranked(home.codes, home.others, text, lowered, home.capitals, home.regions)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return
    # a text that writes the default's country on some amounts ("US$106 million") means its own country's by
    # the bare form ("$55.3 billion" in a Trinidad budget), wherever it names that country
    marked = any(d.unit.code == code and _written(text, d) and not _bare(home, text, d) for d in drafts)
    own = Unit.money(ranked[0][0])
    # so does a text that writes its country's own on some ("BDS$100 million ... 673 million dollars" in Barbados)
    own_written = any(d.unit == own for d in drafts)
    # (not a continent's name in a list of them: "between the Solomon Islands and Asia, Europe, Africa, America")
    named = [m for m in _named(home.default, text, lowered, home.capitals) if not home.continent_before.search(text, max(0, m.start() - 30), m.start())]
    # (not the "US" of "US$37.4 million" or "$US139.70")
    apart = sum(1 for m in named if not _CURRENCY_AFTER.match(text, m.end()) and not _SIGN_BEFORE.search(text, max(0, m.start() - 1), m.start()))
    # a text whose dateline names a place of the country is from there ("FREDERICTON — ..., U.S. tariff threats")
    datelined = _dateline_country(home.codes, home.others, text, lowered, home.capitals) == ranked[0][0]
    if ranked[0][1] < HOME_MENTIONS or ranked[0][1] <= apart or not (marked or own_written or datelined) \
            and ranked[0][1] <= HOME_OVER_DEFAULT * len(named):
        return   # a country named once (a buyer in an Ethiopian text), or the bare form's own country named as often
        # (a Marshall Islands text that names Australia twice as a donor): "$" is USD
    for d in drafts:   # and an amount that took the bare form's currency from one before it ("7,32 млн рублей ... 8,26 млн")
        if d.unit.code == code and (_bare(home, text, d) or not marked and not _written(text, d)):
            d.unit = own


_SIGN_BEFORE = compiled(r"\p{Sc}\Z")
_CURRENCY_AFTER = compiled(r"[ \u00a0]?(?:\$|(?i:dollars?)(?![\p{L}]))")   # "US$", "US dollar": a name that writes a currency


def _written(text: str, d: Draft) -> bool:
    """Does the text write the amount's currency, before or after it (not one taken from an amount before)?"""
    return d.unit_start >= 0 or bool(text[d.start:d.num_start].strip())


def _named(names: Prefilter, text: str, lowered: Utf8, capitals: frozenset[str] = frozenset(),
           end: int | None = None) -> Iterator[regex.Match]:
    """The names of ``names`` in the text (up to ``end``), as whole words written with a capital ("US", not "us"), those
    of ``capitals`` all in capitals ("ACT", not the "Act" of a law), and not after a number if written with points ("B.C."
    of British Columbia, not the era of "300 B.C.")."""
    return (m for m in names.finditer(lowered, 0, end) if text[m.start()].isupper()
            and not (m.start() and (text[m.start() - 1].isalpha() or text[m.start() - 1] == "."))
            and (m.group() not in capitals or text[m.start():m.end()].isupper())
            and not (m.group().endswith(".") and _ERA_YEAR.search(text, max(0, m.start() - 8), m.start())))


_ERA_YEAR = compiled(r"\d[  ]\Z")   # "300 B.C.": a year before an era's points


def _bare(home: Home, text: str, d: Draft) -> bool:
    """Is the currency of ``d`` written without its country ("$5", "5 dollars", "5 руб."; not "US$5", "5 US dollars")?"""
    before = text[d.start:d.num_start].strip()
    after = " ".join(text[d.unit_start:d.unit_end].split()).lower() if d.unit_start >= 0 else ""
    # ("Rs 500", read as "rs"; "a billion dollars": an article before the number, no sign, and the currency's name after it)
    return before.lower() in home.bare or bool(after) and after in home.bare and not _SIGN.search(before)


_SIGN = compiled(r"\p{Sc}|\p{Lu}")   # what writes a currency before its amount: a sign, a code or a country's letters


def currency_code(p: NumberPatterns, text: str, start: int, end: int, before: bool = False) -> str | None:
    """The ISO 4217 code that text[start:end] writes ("usd" -> USD; "RMB" -> CNY), or None. A code
    is written in capitals, and only a common one also in lower case ("all" and "kgs" are none);
    one that is also a word is none beside another word in capitals ("TOP 10 PLAYERS"); one that
    names something else before a number is none there ("COP 28", ``before``)."""
    written = text[start:end]
    code = written.upper()
    if code not in p.codes or not written.isupper() and code not in p.lower_codes:
        return None
    if before and code in p.codes_as_names or code in p.codes_also_words and _in_capitals(p, text, start, end):
        return None
    return p.code_aliases.get(code, code)


def million_code(p: NumberPatterns, text: str, start: int, end: int) -> str | None:
    """The code that text[start:end] writes after its letter of millions ("MUSD", "mEUR" -> USD, EUR), or None; a
    word in title case is a name ("Maud 41" is a team's score, not 41 million Australian dollars)."""
    if text[start].isupper() and text[start + 1:end].islower():
        return None
    return currency_code(p, text, start + 1, end)


def _in_capitals(p: NumberPatterns, text: str, start: int, end: int) -> bool:
    """Is the word before or after text[start:end] on its line (past numbers) in capitals?"""
    left = p.word_left.search(text, max(0, start - 30), start)
    right = p.word_right.match(text, end, min(len(text), end + 30))
    return any(w is not None and len(w.group(1)) > 1 and w.group(1).isupper() for w in (left, right))


def symbol_code(p: NumberPatterns, written: str) -> str:
    """The ISO 4217 code of a currency symbol as the text writes it ("F\u202fCFA" is "F CFA")."""
    return p.symbols[" ".join(written.split())]


PREFIX_REACH = 12   # characters back from a number to the start of its currency prefix ("N.dollars ", "KShs. ")


def currency_before(p: NumberPatterns, text: str, start: int) -> tuple[regex.Match | None, str | None]:
    """The currency prefix right before ``start`` ("$", "US$", "Rs.", "EUR", "MUSD") and the code it
    names (None for one that names none, such as "all" or "kgs")."""
    found = p.prefix.search(text, max(0, start - PREFIX_REACH), start)
    if not found:
        found = p.column_symbol.search(text, max(0, start - 16), start)
        return (found, symbol_code(p, found.group("symbol"))) if found else (None, None)
    if found.group("dp"):
        return found, p.dollar_prefixes[found.group("dp").lower()]
    if found.group("ds"):
        return found, p.dollar_suffixes[found.group("ds").lower()]
    if found.group("symbol"):
        return found, symbol_code(p, found.group("symbol"))
    if found.group("sign"):   # the code of its first country until letter_signs reads the text's
        return found, next(iter(p.letter_signs[found.group("sign").rstrip()].codes.values()))
    if found.group("mcode"):
        return found, million_code(p, text, found.start("mcode"), found.end("mcode"))
    return found, currency_code(p, text, found.start("code"), found.end("code"), before=True)


_WORDS_BEFORE = compiled(r"(?:(?<![\p{L}\p{N}.])[\p{L}][\p{L}.’']*[ \t\u00a0]+){1,3}\Z")   # the last words before a number
_WORD = compiled(r"\S+")
NAME_WORDS = 3   # words of a currency's name before a number at most ("Sri Lankan rupees")
NAME_REACH = 40  # characters before a number where such a name may stand


def currency_name_before(p: NumberPatterns, text: str, start: int) -> tuple[int, str] | None:
    """"US dollars 541 million", "rupees 300 crore": a currency's name right before the number, as papers in South Asia
    and Africa write it; where it starts and its code. A name of one word only in the plural (by the language's
    plural endings: "Euro 2024" is a tournament, "pound 5" no amount)."""
    last = text[max(0, start - NAME_REACH):start].rsplit(None, 1)
    if not last or last[-1].lower() not in p.currency_last_words or not text[start - 1:start].isspace():
        return None   # a cheap look at the word right before first: most numbers have no currency name there
    words = _WORDS_BEFORE.search(text, max(0, start - NAME_REACH), start)
    if not words:
        return None
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text, words.start(), start)][-NAME_WORDS:]
    for k, (first, _) in enumerate(spans):   # the longest name first
        name = " ".join(text[a:b] for a, b in spans[k:]).lower()
        code = p.currency_words.get(name)
        if code and (k < len(spans) - 1 or p.plural_endings and name.endswith(p.plural_endings)):
            return first, code
    return None


def opens_next_amount(p: NumberPatterns, text: str, d: Draft, u: UnitMatch, end: int) -> bool:
    """"rmb 10 usd 20": a code or symbol after an amount that has its currency before it, and a number
    after it, is the currency of the next amount; so is a symbol glued to the number after it and
    spaced from this one ("in 2027 $3.5 million"), and one after a spaced dash ("Series 1 - BBD 32 000 000")."""
    if u.kind not in ("code", "mcode", "symbol") or not p.number_next.match(text, u.end, end):
        return False
    if u.kind == "symbol" and u.start > d.num_end and text[u.end:u.end + 1].isdigit() or _SPACED_DASH.fullmatch(u.gap):
        return True
    return names_currency(p, text, u) and currency_before(p, text, d.num_start)[1] is not None


_SPACED_DASH = compiled(r"[ \t\u00a0]+[-–—][ \t\u00a0]+")   # a dash between a number and a code sets them apart


def dot_grouped(p: NumberPatterns, text: str, start: int, end: int) -> Decimal | None:
    """"€1.250.000", "1.250.000 рублей": the value of digits whose point groups thousands more than
    once, where a currency stands right before or after them, or, where the language's decimal mark is a
    comma, a lower-case word after them ("9.656.000 человек", not an address's four parts: "34.168.157.252 недоступен");
    None elsewhere ("34.168.157.252")."""
    written = text[start:end]
    if not p.dot_decimal or not p.dot_groups.fullmatch(written):
        return None
    if p.lex.data["grammar"]["dot_groups_counts"] and written.count(".") < 3 and _WORD_AFTER.match(text, end):
        return Decimal(written.replace(".", ""))
    u = p.unit_at(text, end, min(len(text), end + 60))
    if currency_before(p, text, start)[1] is None and not (u and names_currency(p, text, u)):
        return None
    return Decimal(written.replace(".", ""))


def names_currency(p: NumberPatterns, text: str, u: UnitMatch) -> bool:
    """Does the unit match name a currency (a code that is one, a currency name or a symbol)?"""
    if u.kind == "mcode":
        return million_code(p, text, u.start, u.end) is not None
    if u.kind == "code":
        return currency_code(p, text, u.start, u.end) is not None
    return u.kind in ("curword", "symbol")


_COMMA_DECIMAL = compiled(r"\d+,\d{1,2}")   # "23,3": a comma before a decimal's one or two digits
_POINT_DECIMAL = compiled(r"\d*\.(?:\d{1,2}|\d{4,})")   # "3.5", "0.2500": a point that groups no thousands


_OTHER_COMMA = compiled(r"\d*,(?:\d{1,2}|\d{4,})")   # "23,3", "0,2500": a comma that groups no thousands
COMMA_COUNTS = 2   # counts with a comma and three digits a text writes, at least, for its commas to group thousands


def commas_group(p: NumberPatterns, text: str, drafts: list[Draft]) -> None:
    """"уехали 7,831 ... умерли 15,437 человек": where a comma both groups and marks decimals, a text that writes counts
    with a comma and three digits before a lower-case word (their noun), and no comma that groups no thousands, groups
    thousands with commas: those counts are in thousands."""
    if not p.comma_ambiguous:
        return
    written = [text[d.num_start:d.num_end] if d.form is Form.DIGITS else "" for d in drafts]
    if any(_OTHER_COMMA.fullmatch(w) for w in written):
        return
    counts = [d for d, w in zip(drafts, written) if d.unit == COUNT and not d.scale and p.comma_thousands.fullmatch(w)
              and _WORD_AFTER.match(text, d.end) is not None and d.value == parse.digits(w, p.lex)]
    if len(counts) >= COMMA_COUNTS:
        for d in counts:
            d.value *= THOUSAND


def points_group(p: NumberPatterns, text: str, drafts: list[Draft]) -> None:
    """"reached 32.333 persons ... an increase of 1.833 ... or 23,3%": a text that writes decimal commas, and no number
    whose point cannot group thousands (one, two, or four or more digits after it), groups thousands with points, as
    much of Europe does, also where its language's decimal mark is a point: a number with a point and three digits, and
    no scale word, counts thousands (not a share or a multiplier)."""
    if not p.dot_decimal:
        return
    written = [text[d.num_start:d.num_end] if d.form is Form.DIGITS else "" for d in drafts]
    if not any(_COMMA_DECIMAL.fullmatch(w) for w in written) or any(_POINT_DECIMAL.fullmatch(w) for w in written):
        return
    for d, w in zip(drafts, written):
        if d.unit.kind not in (UnitKind.PERCENT, UnitKind.PP, UnitKind.TIMES) and not d.scale and p.thousands.fullmatch(w) \
                and d.value == parse.digits(w, p.lex):
            d.value *= THOUSAND


def dot_thousands(p: NumberPatterns, text: str, d: Draft) -> None:
    """"$800.000", "800.000 рублей": an amount of money written with a point and three digits, and no
    scale word, is in thousands (a point that groups, as in much of Europe); "$1.250 million" is not. So
    is a count before a lower-case word where the language's decimal mark is a comma ("9.595 иностранных граждан")."""
    counted = d.unit == COUNT and p.lex.data["grammar"]["dot_groups_counts"] and _WORD_AFTER.match(text, d.end) is not None
    if not (d.unit.kind is UnitKind.MONEY or counted) or d.form is not Form.DIGITS or d.scale or not p.dot_decimal:
        return
    written = text[d.num_start:d.num_end]
    if p.thousands.fullmatch(written) and d.value == parse.digits(written, p.lex):
        d.value *= THOUSAND
