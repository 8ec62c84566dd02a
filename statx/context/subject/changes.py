"""Subject rules for changes (tried in the order of ``rules.RULES``): what a change noun after or
before its size names ("a 4.5-percent rise in road traffic accidents", "a fall of 924 in the number of
police officers"), and what a change is in when someone, not something, is the clause's subject."""
from __future__ import annotations

from ...numbers.mention import COUNT, SHARES
from ...text.view import Tok
from ..figure import Figure
from .phrase import noun_phrase, past_aside, phrase_before, place_or_time
from .words import SubjectWords


def change_noun_after(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"a 4.5-percent rise in road traffic accidents" -> the accidents; "3.6 percent growth" -> growth."""
    i = 1 if right and right[0].text == "-" else 0
    if right and right[0].low in w.counted_changes and m.unit == COUNT and not m.mention.scale:
        return None   # "after 13 hikes", "13 rises in prices": the changes are what a count counts (noun_after)
    measure: list[Tok] = []
    if i + 1 < len(right) and (right[i].timed or "-" in right[i].text) and right[i + 1].low in w.change_nouns:
        i += 1  # "a 9% year-on-year rise in thefts"
    elif i + 1 < len(right) and right[i].is_word and right[i].low not in w.function and not w.is_verb(right[i]) \
            and right[i + 1].low in w.change_nouns:
        measure, i = [right[i]], i + 1   # "8.8-percent GDP growth for 2014": the growth of what the noun before it names
    if i < len(right) and right[i].low in w.change_nouns:
        k = i + 1
        if k + 1 < len(right) and right[k].low in w.level_after_change and right[k + 1].text[0].isdigit():
            k += 3 if k + 2 < len(right) and right[k + 2].text == "%" else 2  # "a 26% rise to 723 in the homicide rate"
        else:
            k = _past_passive(w, right, k)   # "a 235.6% increase was recorded in the number of dengue cases", "has been experienced in"
        determined = k + 2 < len(right) and right[k].low in w.in_determined and right[k + 1].low in w.in_determiners \
            and not place_or_time(w, right, k)   # (not "a 4% rise to the year to March")
        granted = m.is_money and k + 1 < len(right) and right[k].low in w.money_change_for and not place_or_time(w, right, k) \
            and not right[k + 1].text[:1].isdigit()   # "a $72 million increase for the health system": what it goes to
        if k < len(right) and (right[k].low in w.in_ or determined or granted):   # (or "an increase to the property tax bill")
            found = noun_phrase(w, right, k + 1)
            if determined and found and _ran_to_time(w, right, found):
                found = None   # "a 3% gain to the end of June": a time it ran to
            if not found and k + 2 < len(right) and right[k + 1].low in w.head_modifiers:
                rest = noun_phrase(w, right, k + 2)   # "a 23.8 per cent drop in overall crime"
                found = [right[k + 1], *rest] if rest else None
            if found:
                return found
        k = len(left) - (bool(left) and left[-1].low in w.articles)
        if k > 0 and w.baseline_links.ending_at(left, k - 1):
            return None  # "rose 1.5%, up from a 1.4% increase in January": another value of the figure before
        v = k - 1
        while v >= 0 and (left[v].low in w.bridges or w.qualifier_phrases.ending_at(left, v)):
            v -= 1
        if v > 1 and left[v].is_word and left[v].low not in w.function and left[v - 1].low in w.articles:
            v -= 2   # "witnessed a substantial 24 percent reduction": an adjective of the change after its article
        if v >= 0 and left[v].low in w.change_owner_verbs:
            while v > 0 and (left[v - 1].low in w.modals or left[v - 1].low in w.hedges or w.adverb(left[v - 1].low)):
                v -= 1   # "customers will only see a 10% increase"
            return phrase_before(w, left, v)  # "the Transport Index saw a 0.5% increase", "sales posted a 5% rise"
        apposition = left and (left[-1].text in ",–—" or len(left) > 1 and (left[-2].text in ",–—" or left[-2].low in w.prepositions)
                               and left[-1].low in w.articles) \
            or k > 0 and w.restating.ending_at(left, k - 1)   # "691,000 calls, representing a 3% increase": the calls'
        # ", a 15.3 percent decrease", "результат – 3,7 процента роста", "St Elizabeth was next with a 52 per cent
        # decrease": the change of what the sentence counted or its clause names; else the growth itself
        return None if apposition else measure + [right[i]]
    return None


def _ran_to_time(w: SubjectWords, right: list[Tok], found: list[Tok]) -> bool:
    """Is the phrase after a change's "to" a time ("the year to March"), or followed by "of" and one ("the end of June")?"""
    after = right[right.index(found[-1]) + 1:][:2]
    return any(t.timed or t.low in w.time_units for t in found) or len(after) == 2 and after[0].low in w.of and after[1].timed


def change_of_before(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"a further fall of 924 in the past year in the number of police officers": the change
    named before its size, and what changed after it (past a passive verb: "a hike of 4% has been recorded in ...")."""
    if len(left) < 2 or left[-1].low not in w.of or left[-2].low not in w.change_nouns:
        return None
    k = past_aside(right)   # "an increase of 1.9% (from 335,900 to 342,500) in crimes involving the Internet"
    while k < len(right):   # past the time: "in the past year", "over the year"
        if right[k].timed:
            k += 1
            continue
        j = k + 1 if right[k].low in w.prepositions else k
        while j < len(right) and w.determiners.at(right, j):
            j += w.determiners.at(right, j)
        if j + 1 < len(right) and right[j + 1].low in w.time_units:
            j += 1  # "in the first quarter"
        if j == k or j >= len(right) or not (right[j].timed or right[j].low in w.time_units):
            break
        k = j + 1
    k = _past_passive(w, right, k)   # "a hike of 4% has been recorded in the total stay-over arrivals"
    if k < len(right) and right[k].low in w.in_:
        found = noun_phrase(w, right, k + 1)
        return None if found and found[-1].low in w.purpose_nouns else found   # not "cuts of £22 million in a bid to balance"
    return None


def _past_passive(w: SubjectWords, right: list[Tok], k: int) -> int:
    """Past a passive verb at right[k] ("was recorded", "has been experienced") when "in" follows it, else ``k``."""
    n = w.passive.at(right, k) if k < len(right) else 0
    if n and k + n + 1 < len(right) and w.participle(right[k + n].low) and right[k + n + 1].low in w.in_:
        return k + n + 1
    return k


def changed_in(w: SubjectWords, m: Figure, right: list[Tok]) -> list[Tok] | None:
    """"we are down almost two percent in overall crime": when someone, not something, is the clause's
    subject, what a change is in follows it (past its time: "up 5 percent this year in burglaries")."""
    if m.direction is None:
        return None
    k = 0
    while k < len(right) and right[k].timed:
        k += 1
    if k + 1 >= len(right) or right[k].low not in w.in_ or place_or_time(w, right, k):
        return None   # not "down 5 percent in the Bronx", "in March"
    if right[k + 1].low in w.head_modifiers:   # "in overall crime", "in total revenue"
        found = noun_phrase(w, right, k + 2)
        return [right[k + 1], *found] if found else None
    return noun_phrase(w, right, k + 1)


def change_in_before(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"recorded a sharp increase in exports in November 2016, up 21.34 percent": a change's size after a comma
    takes what the change its clause named is in; so does the level it started from ("a small increase in youth
    unemployment in 2020, from 10.8 per cent in January to 11.4 per cent")."""
    level_from = bool(left) and left[-1].low in w.range_from   # "a small increase in youth unemployment, from 10.8 per cent ..."
    if m.direction is None and not level_from:
        return None
    k = len(left) - level_from
    while k > 0 and left[k - 1].is_word and (left[k - 1].low in w.change or left[k - 1].low in w.bridges):
        k -= 1   # "up", "down by", "rising a further"
    if k == len(left) or k == 0 or left[k - 1].text != ",":
        return None
    for c in range(k - 2, -1, -1):
        if left[c].text in ".;:!?":
            return None
        if left[c].low in w.change_nouns and c + 1 < k - 1 and left[c + 1].low in w.in_:
            return noun_phrase(w, left, c + 2)
    return None


def item_of_change(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"Повышение цен отмечено на капусту белокочанную на 12,6%", "Цены выросли на молоко на 3%": a change's size after
    "на" and, right before it, the item the change was on after the same preposition and the verb (where the language
    gives the change's size with a preposition that also names what a price is of)."""
    if m.direction is None or len(left) < 4 or left[-1].low not in w.by_alone:
        return None
    i = len(left) - 1
    j = i
    while j > 0 and i - j < ITEM_WORDS and left[j - 1].is_word and left[j - 1].low not in w.function and not left[j - 1].timed \
            and not w.is_verb(left[j - 1]):
        j -= 1
    if j == i or j < 2 or left[j - 1].low != left[i].low or not w.is_verb(left[j - 2]):
        return None
    return left[j:i]


ITEM_WORDS = 3   # words of the item between its preposition and the change's, at most
WITH_WORDS = 5   # words of the noun phrase between "with" and its change word, at most


def with_change(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"Georgia Ends 2014 with Revenues Up 5.2%", "closed lower, with the FTSE 100 down 1.2%": a share of change after
    "with", a noun phrase and its change word (no verb between), is the noun phrase's."""
    if m.unit not in SHARES or len(left) < 3 or left[-1].low not in w.change:
        return None
    j = len(left) - 1
    while j > 0 and len(left) - 1 - j < WITH_WORDS and left[j - 1].low not in w.absolute_with \
            and (left[j - 1].is_word or left[j - 1].text[0].isdigit()) and not w.is_verb(left[j - 1]):
        j -= 1
    if j == 0 or j == len(left) - 1 or left[j - 1].low not in w.absolute_with:
        return None
    return noun_phrase(w, left[:len(left) - 1], j) or None


def with_scored_change(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"were up from August 2024 with Laughlin scoring a 10.8 percent increase", "with machinery posting a 5% rise": a
    change's size after "with", a noun phrase and a participle (and an article), its change noun right after it, is the
    noun phrase's."""
    if not right or right[0].low not in w.change_nouns or len(left) < 3:
        return None
    k = len(left) - (left[-1].low in w.object_markers)
    if k < 3 or not left[k - 1].low.endswith(w.present_participle_endings) or w.speech_verbs.at(left, k - 1):
        return None   # (not "with the administration saying a 4.38 per cent increase would be needed")
    j = k - 1
    while j > 0 and k - 1 - j < WITH_WORDS and left[j - 1].low not in w.absolute_with and left[j - 1].is_word \
            and not w.is_verb(left[j - 1]):
        j -= 1
    if j == 0 or j == k - 1 or left[j - 1].low not in w.absolute_with:
        return None
    return noun_phrase(w, left[:k - 1], j) or None


def with_level(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"with Gibraltar's GDP for the year to 31 March 2015 standing at £1.64 billion", "with the deficit holding at 3%",
    "with visitor numbers climbing to 41,000": the figure after "with", a noun phrase (maybe its time) and a level's
    participle ("standing at") or a change's and the level it reached ("rising to") is the phrase's."""
    n = w.level_verbs.ending_at(left, len(left) - 1) \
        or 2 * (len(left) > 2 and left[-1].low in w.level_after_change and left[-2].low in w.change)
    k = len(left) - n
    if not n or not left[k].low.endswith(w.present_participle_endings):
        return None
    j = k
    while j > 0 and k - j < WITH_LEVEL_WORDS and left[j - 1].low not in w.absolute_with \
            and (left[j - 1].is_word or left[j - 1].text[0].isdigit()) and not (w.is_verb(left[j - 1]) and not left[j - 1].timed):
        j -= 1
    if j == 0 or j == k or left[j - 1].low not in w.absolute_with:
        return None
    return noun_phrase(w, left[:k], j) or None


WITH_LEVEL_WORDS = 12   # tokens between "with" and a level's participle: the noun phrase and its time ("for the year to 31 March 2015")


def object_to_change(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"which required the council's net revenue budget to increase from £842m", "we expect tax revenue to grow by 17 per
    cent": the noun phrase before "to" and a change verb right before the figure (past "by", "from") is what changes."""
    k = len(left)
    while k > 0 and (left[k - 1].low in w.bridges or left[k - 1].low in w.from_words or w.qualifier_phrases.ending_at(left, k - 1)):
        k -= w.qualifier_phrases.ending_at(left, k - 1) or 1
    before = left[k - 3] if k >= 3 else None
    if before is None or left[k - 1].low not in w.change or left[k - 2].low not in w.infinitive or not before.is_word \
            or w.is_verb(before) or w.participle(before.low) or w.verb_shaped(before.low) or before.low in w.raising:
        return None   # not "real GDP is expected to expand by", "the bill is set to rise by": the clause's subject
    return phrase_before(w, left, k - 2) or None
