"""Subject rules for a figure that opens its clause (tried in the order of ``rules.RULES``): what
its predicate names ("40% are employed"), what its verb says happened ("7.5 million have entered
Russia"), the subject of the clause after it ("At 5.1%, the unemployment rate remained ..."), or what the words
after a dash that point back at it name ("30 760 рублей – такой была средняя зарплата")."""
from __future__ import annotations

import itertools

from ...numbers.mention import UnitKind
from ...text.view import CLAUSE_BREAKS, DASHES, Tok
from ..figure import Figure
from .phrase import before_qualifiers, noun_phrase, past_aside, place_or_time
from .words import SubjectWords


INFINITIVE_WORDS = 3   # words after a share's present participle and its "to" or "as" ("claiming | to be Irish"), at most


def predicate_after(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"40% are legally employed", "A further 16,638 were killed on the road", "17,2% связаны со
    сбытом ...", "30 of which are new faces", "with more than 70% involving fraud": a figure that opens
    its clause is a figure of what its predicate names."""
    i = _opens_clause(w, m, left, right)
    if i is None:
        return None
    level = 0
    if i + 2 < len(right) and right[i].low in w.of and (right[i + 1].low in w.relatives or w.is_reference(right[i + 1:i + 2])):
        i += 2  # "30 of which are new faces", "12 из них — ..."
        if i < len(right) and right[i].is_word and right[i].low not in w.copulas and not w.is_verb(right[i]):
            return noun_phrase(w, right, i)   # "196 crimes were prevented, 142 of them terrorist attacks"
        level = w.level_verbs.at(right, i)   # "90% из которых составляют пенсионеры": a level's verb links them too
    # (a dash after a share stands for the copula: "из них 17,4% – граждане предпенсионного возраста")
    dash = m.unit.kind is UnitKind.PERCENT and i + 1 < len(right) and right[i].text in DASHES and right[i + 1].is_word \
        and right[i + 1].low not in w.function and bool(left) and _part_of_people(w, left, len(left) - (left[-1].text == ","))
    if i < len(right) and (right[i].low in w.copulas or level or dash):
        i += level or 1
        after = i
        while i < len(right) and right[i].low in w.np_prepositions:
            i += 1
        found = noun_phrase(w, right, i, participles=True)
        if found and i > after and all(t.text[:1].isupper() for t in found):
            return None   # "52 were in Selangor": where they were, not what they are
        if found and len(found) == 1 and w.participle(found[0].low) and "-" not in found[0].text:   # (but "were self-employed")
            k = right.index(found[0]) + 1
            obj = noun_phrase(w, right, k + 1) if k < len(right) and right[k].low in w.after_participle else None
            # "are committed using the Internet"; but "when 606 were recorded" says nothing of what was counted
            return found + [right[k]] + obj if obj else None
        return found
    if i + 1 < len(right) and right[i].low.endswith(w.present_participle_endings) and right[i].low not in w.change \
            and right[i].low not in w.prepositions and len(right[i].low) > 5 and not (left and left[-1].low in w.of) \
            and right[i].text[:1].islower():
        # (not "a growth of 9.5 per cent reflecting ...", nor a preposition: "to 4.4 percent during this period", nor a
        # name: "11.1% Mahoning County")
        found = noun_phrase(w, right, i + 1)   # "with more than 70% involving fraud or theft"
        if not found and right[i + 1].low in w.participle_complements and right[i].low not in w.function:   # "with 52 percent
            # claiming to be Irish", "75 percent identifying as Catholic": what they claim (not "according to figures")
            j = i + 2
            while j < len(right) and j < i + 2 + INFINITIVE_WORDS and right[j].is_word:
                j += 1
            return right[i:j] if j > i + 2 else None
        return [right[i]] + found if found else None
    return None


def _opens_clause(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> int | None:
    """Where the predicate after a count, share or quantity that opens its clause starts in
    ``right`` (past an aside in brackets); None when the figure does not open its clause."""
    if m.unit.kind not in (UnitKind.PERCENT, UnitKind.COUNT, UnitKind.PHYSICAL, UnitKind.MONEY):
        return None
    k = len(left)
    while k > 0 and (left[k - 1].low in w.bridges or w.determiners.ending_at(left, k - 1)
                     or w.qualifier_phrases.ending_at(left, k - 1)):
        k -= w.qualifier_phrases.ending_at(left, k - 1) or 1
    opener = w.openers.ending_at(left, k - 1) if k else 0
    # (a preposition opens one too, "with 2,323 deaths in 25 states", but not a level's, "amounted to US $ 18,781.6 million")
    opener = opener or k and left[k - 1].low in w.prepositions and left[k - 1].low in w.opener_words and not w.level_verbs.ending_at(left, k - 1)
    if k and left[k - 1].text not in CLAUSE_BREAKS and not opener \
            and not w.clause_words.ending_at(left, k - 1) and not _part_of_people(w, left, k) \
            and left[k - 1].low not in w.absolute:
        return None
    return past_aside(right)


def _part_of_people(w: SubjectWords, left: list[Tok], k: int) -> bool:
    """Does ``left[:k]`` end with a part of people counted before ("9 992 человека, из них", "120 people,
    of whom"), or open with a part ("Из них 1 336 612 живут в городах")? The count after it opens its own clause, of
    what happened to that part."""
    n = w.partitives.ending_at(left, k - 1)
    if not n:
        return False
    if k == n:
        return True
    j = k - n - 1
    j -= j >= 0 and left[j].text == ","
    whole = itertools.takewhile(lambda t: t.text not in CLAUSE_BREAKS, reversed(left[max(0, j - WHOLE_REACH):j + 1]))
    return any(t.low in w.person_nouns for t in whole)   # "300 people were injured, of whom"


WHOLE_REACH = 6   # words back from a part ("of whom") to the people it is part of


def _plural_shaped(w: SubjectWords, t: Tok) -> bool:
    """A verb of saying that a plural noun shares after a count ("25 states", "12 notes"), where the language marks plurals."""
    return bool(w.plural_endings) and t.low.endswith(w.plural_endings)


def what_happened(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"almost 7.5 million have entered Russia", "..., when about 35,000 died", "56 116 человек умерло":
    a count that opens its clause with no noun of its own (or only "people") counts what its verb says
    happened, with the verb's object or place ("entered Russia")."""
    i = _opens_clause(w, m, left, right)
    if i is None or m.unit.kind is not UnitKind.COUNT:
        return None
    if i < len(right) and (right[i].low in w.generic or right[i].low in w.person_nouns):
        i += 1  # "56 116 человек умерло"
    passive = w.passive.at(right, i)
    i += w.auxiliaries.at(right, i)   # "have", "were"
    if i >= len(right) or not right[i].is_word or w.level_verbs.at(right, i) or right[i].low in w.copulas \
            or w.baseline_links.at(right, i) or w.event_verbs.at(right, i) or right[i].low in w.change \
            or not (w.is_verb(right[i]) or w.participle(right[i].low) or w.verb_shaped(right[i].low)) \
            or right[i].low in w.record_verbs and not passive or w.speech_verbs.at(right, i) and not _plural_shaped(w, right[i]):
        return None   # (not "the 7,079 noted in 2020": how it was counted; nor "1,250 took place at night": that it happened;
        # nor "на 207 сократилось": a change of what the clause named before; nor "about 20 said rates were too high": what
        # they said is no measure of them)
    found = [right[i]]
    k = i + 1
    if passive and (k >= len(right) or not right[k].is_word or any(t.timed or t.low in w.time_units for t in right[k:k + 3])):
        return None  # "when 606 were recorded": a passive alone says nothing of what was counted
    if any(t.timed or t.low in w.time_units for t in right[k:k + 3]):
        return found   # "умерло в течение года": a time, not a place
    if k + 1 < len(right) and right[k].low in w.prepositions and not place_or_time(w, right, k):
        obj = noun_phrase(w, right, k + 1)
        return found + [right[k]] + obj if obj else found   # "died on the roads"
    if k < len(right) and right[k].is_word and right[k].low not in w.function and not right[k].timed:
        obj = noun_phrase(w, right, k)
        return found + obj if obj else found   # "entered Russia"
    return found


def pointed_back(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"30 760 рублей – такой была средняя зарплата в области", "$2.1 billion – such was the cost of the floods": a
    figure that opens its sentence, then a dash and a word pointing back at it; the noun after its verb is what it is."""
    if before_qualifiers(w, left) or len(right) < 3 or right[0].text not in DASHES or not (n := w.pointing_back.at(right, 1)):
        return None
    i = 1 + n
    while i < len(right) and right[i].is_word and (right[i].low in w.copulas or w.is_verb(right[i]) or w.verb_shaped(right[i].low)
                                                   or w.determiners.at(right, i)):
        i += w.determiners.at(right, i) or 1   # "такой была", "such was the"
    found = noun_phrase(w, right, i) if i < len(right) else None
    return found or None


TIME_BEFORE_COMMA = 4   # words of a time between a fronted level and its comma, at most


def fronted_level(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"At 5.1%, British Columbia's unemployment rate remained the lowest": a level put before its
    clause with "at" (a word list), then a comma; the clause's subject is what is at that level."""
    i = before_qualifiers(w, left)
    c = next((k for k, t in enumerate(right[:TIME_BEFORE_COMMA + 1]) if t.text == ","), 0)   # ("At 0.3 per cent year over year, the index was")
    c = c if all(t.is_word for t in right[:c]) and (c == 0 or any(t.timed for t in right[:c])) else 0
    if i == 0 or left[i - 1].low not in w.fronted_levels or i > 1 and left[i - 2].text not in CLAUSE_BREAKS \
            or len(right) < c + 3 or right[c].text != ",":
        return None
    found = noun_phrase(w, right, c + 1)
    after = right.index(found[-1]) + 1 if found else 0
    return found if found and after < len(right) and (w.is_verb(right[after]) or w.level_verbs.at(right, after)) else None


def money_done(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"..., уже освоено свыше 140 млн рублей", "В прошлом году израсходовано 80 млн рублей": money after a short passive
    participle that opens its clause, no noun before it, is named by what was done with it."""
    if not m.is_money or not w.short_participle_endings:
        return None
    k = before_qualifiers(w, left) - 1
    if k > 0 and left[k].low in w.participle_aux and w.short_participle(left[k - 1].low):
        k -= 1   # "Израсходовано было немногим менее 16,1 млрд руб."
    if k < 0 or not w.short_participle(left[k].low):
        return None
    j = k - 1
    while j >= 0 and left[j].text not in CLAUSE_BREAKS and left[j].text not in ".!?" \
            and (left[j].timed or not left[j].is_word or left[j].low in w.function or w.adverb(left[j].low)):
        j -= 1   # past a time and adverbs ("в прошлом году", "уже")
    return [left[k]] if j < 0 or left[j].text in CLAUSE_BREAKS or left[j].text in ".!?" else None
