"""Lists of names each with its value in brackets ("Perak (22), Sabah (19), Penang (12)"): their small
values are counts, not the marks of notes that a small number in brackets after a name often is."""
from __future__ import annotations

from ..lang import unrequired
from ..lang.cache import compiled
from .mention import Mention

# "Perak (22), Sabah (19), Penang (12)": a name with its value in brackets (a number word too: "Sarawak (eight)"), and
# the items of a list of such before and after it (the first may be the measure's noun: "cases (195), followed by")
_NAME_REST = r"[\p{L}'’.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3}[ \t\u00a0]*\("   # a name's words after its first letter, then "("
# ... after a capital, a short word in small letters may join its words ("Devon and Cornwall", "Isle of Man")
_JOINED_REST = r"[\p{L}'’.-]*(?:[ \t\u00a0]+(?:\p{Ll}{1,3}[ \t\u00a0]+)?\p{Lu}[\p{L}'’.-]*){0,3}[ \t\u00a0]*\("
_WHOLE_NUMBER = r"\d{1,3}(?:,\d{3})*"   # a whole number, its thousands grouped by commas
_VALUE = rf"(?P<value>{_WHOLE_NUMBER}(?:[.,]\d+)?|\p{{Ll}}+)\)"                 # a number or a number word, then ")"
_ITEM_GAP = r"[ \t\u00a0]*[,;]?(?:[ \t\u00a0]+\p{Ll}+){0,3}[ \t\u00a0]+"   # ", ", " and ", ", followed by the "
_ITEM_AFTER = compiled(unrequired(_ITEM_GAP + r"\p{Lu}" + _JOINED_REST + _VALUE))
_ITEM_BEFORE = compiled(r"(?:\p{Lu}" + _JOINED_REST + r"|\p{L}" + _NAME_REST + ")" + _VALUE + _ITEM_GAP + r"\Z")
_NAME_BEFORE = compiled(r"\p{Lu}" + _JOINED_REST + r"\Z")
_PERSON = compiled(r"\p{Lu}\p{Ll}+[ \t\u00a0]+\p{Lu}\p{Ll}+[ \t\u00a0]*" + unrequired(r"\("))   # a first name and a surname
_NOUN_BEFORE = compiled(r"(?<![\p{L}])\p{Ll}" + _NAME_REST + r"\Z")
_WHOLE = compiled(_WHOLE_NUMBER)
_DECIMAL = compiled(rf"(?P<whole>{_WHOLE_NUMBER})[.,]\d+")
LISTED_ITEMS = 20   # items of a list of names and values read either side at most
# A count, then words without figures up to the list of its parts ("46 deaths from ", "1,677 suspected cases – ")
_TOTAL_BEFORE = compiled(r"(?<![\p{N}.,])(?P<total>\d{1,3}(?:,\d{3})*)[ \t\u00a0]+[^\d.;!?()\n]{1,60}\Z")
TOTAL_REACH = 80   # characters back from a list of parts to the count they make up
RANKED_ITEMS = 3   # values of a list, each no more than the one before, that make it a ranking


def listed_value(text: str, m: Mention) -> bool:
    """Is the number in brackets one of a list of names each with its value in brackets, one of them 100 or more
    ("Melaka (1,016), ..., Perlis (93) and Labuan (15)") or a fraction ("Yorkshire (46) and Devon (46.5)"), or all of them
    adding up to the count before the list ("46 deaths from Borno (13), ..., Kano (1)")? Not a list of notes ("Smith (1),
    Jones (2)") nor of ages."""
    name = _NAME_BEFORE.search(text, max(0, m.num_start - 60), m.num_start)
    noun = None if name else _NOUN_BEFORE.search(text, max(0, m.num_start - 60), m.num_start)   # "recreation (29.9)"
    if not (name or noun) or not text.startswith(")", m.num_end):
        return False
    after, before, people = [], [], bool(name and _PERSON.match(text, name.start()))   # (every name a person's: a race's times)
    pos = m.num_end + 1
    while len(after) < LISTED_ITEMS and (found := _ITEM_AFTER.match(text, pos)):
        after.append(found.group("value"))
        people = people and _PERSON.search(found.group()) is not None
        pos = found.end()
    pos = (name or noun).start()
    while len(before) < LISTED_ITEMS and (found := _ITEM_BEFORE.search(text, max(0, pos - 80), pos)):
        before.append(found.group("value"))
        people = people and _PERSON.search(found.group()) is not None
        pos = found.start()
    values = before[::-1] + [text[m.num_start:m.num_end]] + after   # in the text's order
    numbers = [int(v.replace(",", "")) for v in values if _WHOLE.fullmatch(v)]
    if len(values) > 1 and any(_DECIMAL.fullmatch(v) for v in values) \
            and not people:   # (not a race's times: "Михаил Петров (24,08) и Николай Сидоров (24,10)")
        return True   # "recreation (29.9), Education (28.8) and Transport (25)": a note's mark is never a fraction
    if noun:
        return False   # (after a word in small letters, a small whole number in brackets is a note's mark: "as reported (1)")
    if any(n >= 100 for n in numbers) or any((d := _DECIMAL.fullmatch(v)) and int(d.group("whole").replace(",", "")) >= 100 for v in values):
        return True   # (a decimal's whole part counts too: "Краснокамский (2,2), Иглинский (102,3)")
    if not people and len(numbers) >= RANKED_ITEMS and len(set(numbers)) > 1 and all(a >= b for a, b in zip(numbers, numbers[1:])):
        return True   # "followed by Busia (37), Mombasa (20), Kajiado (5) and Migori (4)": a ranking; notes' marks go up
    total = _TOTAL_BEFORE.search(text, max(0, pos - TOTAL_REACH), pos)   # "46 deaths from Borno (13), Sokoto (12), ...": the parts of a count
    return total is not None and len(numbers) > 1 and int(total.group("total").replace(",", "")) == sum(numbers)
