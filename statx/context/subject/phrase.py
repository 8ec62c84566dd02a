"""Noun phrases: where one starts and ends among a sentence's tokens, what a relative clause adds to one, and how
it is written as a subject."""
from __future__ import annotations

import itertools

from ...text.view import CLAUSE_BREAKS, Tok
from .words import GLUED_AMOUNT, SubjectWords

MAX_WORDS = 8
REACH_BEFORE, REACH_AFTER = 80, 40   # tokens of a figure's sentence looked at, before and after it


def noun_phrase(w: SubjectWords, toks: list[Tok], i: int, participles: bool = False, purpose: bool = False) -> list[Tok] | None:
    """The noun phrase starting at toks[i]: words up to a verb, a preposition or punctuation;
    "of" and "and" may join nouns, a participle may bring its own phrase ("committed by ...").
    With ``participles``, a predicate's participle phrase counts too ("killed on the road"); with
    ``purpose``, the phrase is what money goes to, so a change word opening it is a noun ("на повышение зарплат")."""
    start = i
    while i < len(toks) and w.determiners.at(toks, i):
        i += w.determiners.at(toks, i)
    if start < i < len(toks) - 1 and toks[i - 1].low in w.standing_for and toks[i].low in w.of:
        i += 1   # "those of timber": the item the pronoun's measure is of
    determined = i > start or purpose   # "a drop in ...": after an article, a change word is a noun
    # (a time that modifies the noun, "the current unemployment rate", goes on with it)
    out: list[Tok] = []
    while i < len(toks) and len(out) < MAX_WORDS:
        t = toks[i]
        if out and slash_between(toks, i):
            out.append(t)   # "housing/building": words a slash joins go on as one
            i += 1
            continue
        if out and (w.participle(out[-1].low) or out[-1].low.endswith(w.participle_endings)) and (n := _time_inside(w, toks, i)):
            i += n   # "зарегистрированных | в прошлом году | разбойных нападений": the participle's time, no part of the name
            continue
        if out and (n := age_length(w, toks, i)):
            out.extend(toks[i:i + n])   # "people | aged 85 and over": the age names which people
            i += n
            continue
        if out and (n := w.np_compound_prepositions.at(toks, i)) and i + n < len(toks) and toks[i + n].is_word \
                and toks[i + n].low not in w.function and not w.is_verb(toks[i + n]):
            out.extend(toks[i:i + n])   # "deaths due to | cancer"
            i += n
            continue
        if (out or determined) and (n := _time_before_noun(w, toks, i)):
            out.extend(toks[i:i + n])   # "the preliminary June rate", "the June 2018 rate": a time that names which
            i += n
            continue
        if not t.is_word or t.timed and t.low not in w.head_modifiers or _adverb_alone(w, toks, i) or w.verb_at(toks, i) and not ((determined and not out or out and out[-1].low in w.measure_changes) and t.low in w.change_nouns) \
                or level_verb_at(w, toks, i) \
                or out and (w.qualifies_number(toks, i) or w.averages.at(toks, i)):
            break
        if out and (w.parentheticals.at(toks, i) or w.phrase_ends.at(toks, i)) or w.baseline_links.at(toks, i) > 1:
            break  # "crimes registered in Russia according to the ministry", "the highest rate of all the states", "compared to"
        if not out and t.low in w.prepositions:
            break  # "после ноябрьских": a phrase that opens with a preposition is no noun phrase
        if t.low in w.superlatives and i + 1 < len(toks) and toks[i + 1].is_word and toks[i + 1].low not in w.function:
            out.append(t)   # "the most serious offences": a superlative's adjective follows
            i += 1
            continue
        if out and (n := _capitalised_name(w, toks, i)):   # "persons Not in the Labor Force": a category's name goes on with its noun
            out.extend(toks[i:i + n])
            i += n
            continue
        complement = bool(out) and (out[-1].low, t.low) in w.complements   # "цены на продовольственные товары"
        if (t.low in w.function or t.low in w.np_prepositions or complement) and t.low not in w.head_modifiers:   # "the overall pass rate"
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            # "killed on the road": a predicate's participle takes its prepositional phrase
            predicate = (participles and out and w.participle(out[0].low) and t.low in w.prepositions
                         and nxt is not None and nxt.is_word and not nxt.timed)
            if not predicate:
                if not out or nxt is None or not nxt.is_word or w.is_verb(nxt) \
                        or nxt.low in w.function and not w.determiners.at(toks, i + 1):
                    break
                after_participle = t.low in w.after_participle and w.participle(out[-1].low)
                if (t.low in w.np_prepositions or complement or after_participle) and t.low not in w.of and place_or_time(w, toks, i) \
                        and not (t.low in w.origins and out[-1].low in w.flow_nouns and not toks[i + 1].timed) \
                        and not ((out[-1].low in w.change_nouns or out[-1].low in w.neutral_changes) and _named_measure(w, toks, i + 1)):
                    break  # "краж в Казани", "crimes in the Russian Federation", "revenue for the year": a place or a time is not part of what is counted
                    # (but where a flow comes from is: "arrivals from the Russian Federation"; and what a change is in:
                    # "the change in the All-Items Consumer Price Index")
                gerund = len(out) > 1 and out[-2].low in w.of and out[-1].low.endswith(w.present_participle_endings)
                joins = (t.low in w.of or t.low in w.np_prepositions or complement or after_participle or gerund   # "of handling an offensive weapon"
                         or t.low in w.np_and and not (w.participle(nxt.low) and not _adjective_use(w, toks, i + 1))   # not "... and detained 800 members"
                         and not w.qualifies_number(toks, i + 1)   # not "heroin and about one tonne of ..."
                         and not GLUED_AMOUNT.fullmatch(nxt.text)   # not "wages and Kshs202.1 billion": an amount glued to its currency ...
                         and nxt.low not in w.lex.spelled_number_words   # ... or a count in words ("два грузовика и три машины")
                         and not (i + 2 < len(toks) and toks[i + 2].text[0].isdigit()))   # ... or before it ("and Ksh 7 billion")
                if not joins:
                    break
            out.append(t)
            i += 1
            while i < len(toks) and w.determiners.at(toks, i):   # "acts of a terrorist nature"
                out.extend(toks[i:i + w.determiners.at(toks, i)])
                i += w.determiners.at(toks, i)
            continue
        if out and w.participle(t.low) and i + 2 < len(toks) and toks[i + 1].low in w.infinitive and w.is_verb(toks[i + 2]):
            break  # "real growth projected to be 4.3%": a verb before its infinitive (not "the amount allocated to schools")
        if out and w.participle(t.low) and out[-1].low.endswith(w.plural_endings) and not out[-1].low.endswith(w.adverb_endings + w.possessive) \
                and i + 1 < len(toks) and toks[i + 1].is_word and toks[i + 1].low not in w.after_participle:
            break  # "offences involved drug trafficking": a verb, not a participle (but "the state's adjusted rate")
        if out and w.adverb_endings and t.low.endswith(w.adverb_endings) and i + 1 < len(toks) and w.is_verb(toks[i + 1]) \
                and not (i + 2 < len(toks) and toks[i + 2].is_word and toks[i + 2].low not in w.function and not w.is_verb(toks[i + 2])):
            break  # "the number of injuries barely changed": an adverb of the verb after it (not "seasonally adjusted rate")
        if out and out[-1].low not in w.of and w.late_verb(toks, i):
            break  # "мигрант работает нелегально", "respondents trust the police" (not "crimes of handling an offensive weapon")
        if out and t.low.endswith(w.new_phrase_endings) and out[-1].low not in w.prepositions \
                and not out[-1].low.endswith(w.adjective_endings + w.phrase_goes_on_after):
            break  # "42 тыс. случаев уголовные дела": a nominative after a noun opens the clause's own subject
        out.append(t)
        i += 1
    if i < len(toks) and len(out) > 1 and w.adjective(out[-1].low) \
            and (toks[i].timed or toks[i].low in w.time_units):
        out.pop()  # "раскрытых преступлений прошлых [лет]": the adjective of the time, not of the noun
    while out and (out[-1].low in w.function or out[-1].low in w.np_prepositions) and not _age_bound_ends(w, [t.low for t in out]):
        out.pop()
    return out or None


def _age_bound_ends(w: SubjectWords, words: list[str]) -> bool:
    """Do ``words`` end with an age's bound after its number ("aged 85 and over")?"""
    n = w.age_after.ending_at(words, len(words) - 1)
    return bool(n) and len(words) > n and words[-1 - n][:1].isdigit()


def slash_between(toks: list[Tok], k: int) -> bool:
    """Is toks[k] a slash glued between two words ("housing/building")?"""
    return toks[k].text == "/" and 0 < k < len(toks) - 1 and toks[k - 1].is_word and toks[k + 1].is_word \
        and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start


def _adjective_use(w: SubjectWords, toks: list[Tok], k: int) -> bool:
    """Is the participle toks[k] an adjective of the word after it ("local and imported inflation rates"), not a verb with
    its object ("and detained 800 members", "and killed the driver")?"""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.is_word and not nxt.timed and nxt.low not in w.function and not w.is_verb(nxt) \
        and not w.determiners.at(toks, k + 1)


def _named_measure(w: SubjectWords, toks: list[Tok], i: int) -> bool:
    """Do capitalised words from toks[i] (past determiners) name a measure, their last a measure's noun ("the All-Items
    Consumer Price Index"), not a place?"""
    while i < len(toks) and w.determiners.at(toks, i):
        i += w.determiners.at(toks, i)
    k = i
    while k < len(toks) and toks[k].is_word and proper(toks[k]):
        k += 1
    return k > i and w.measure_nouns.at(toks, k - 1) == 1


TIME_WORDS = 3   # tokens of a time inside a noun phrase, before its noun ("June 2018", "year on year")


def _time_before_noun(w: SubjectWords, toks: list[Tok], i: int) -> int:
    """The length of a time at toks[i] that stands inside a noun phrase, before its noun ("the preliminary June
    rate", "the June 2018 rate"), else 0: a month's name or a year, then a noun, no verb ("68 incidents this year
    compared to 70" has none); after a possessive, any time ("Malawi’s year on year inflation")."""
    k = i
    owned = i > 0 and toks[i - 1].low.endswith(_POSSESSIVES)
    while k < len(toks) and k - i < TIME_WORDS and toks[k].timed and (owned or toks[k].text[:1].isupper() or toks[k].text.isdigit()):
        k += 1
    if k == i or k >= len(toks) or k - i == TIME_WORDS and toks[k].timed:
        return 0
    t = toks[k]
    if not t.is_word or t.timed or t.low in w.function or w.is_verb(t) or w.participle(t.low) or t.low in w.time_units or not t.text.islower():
        return 0
    return k - i


_POSSESSIVES = ("'s", "’s")   # the endings of an English possessive
NAME_WORDS = 6   # words of a name in capitals that a function word opens ("Not in the Labor Force")


def _capitalised_name(w: SubjectWords, toks: list[Tok], i: int) -> int:
    """The length of a name that opens at toks[i] with a capitalised function word (not a preposition, "In Leeds", nor
    in a text in capitals): capitalised words and small ones, ending in a capitalised word that is no function word
    ("Not in the Labor Force"), else 0."""
    t = toks[i]
    if not t.text[:1].isupper() or t.text.isupper() or t.low not in w.function or t.low in w.prepositions:
        return 0
    end = 0
    for k in range(i, min(i + NAME_WORDS, len(toks))):
        t = toks[k]
        if not t.is_word or not (t.text[0].isupper() or t.low in w.function):
            break
        if t.text[0].isupper() and t.low not in w.function:
            end = k + 1 - i
    return end


def place_or_time(w: SubjectWords, toks: list[Tok], i: int) -> bool:
    """Does the preposition toks[i] open a place (a capitalised name, "the country", "in the port")
    or a time? Past its determiners."""
    k = i + 1
    while k < len(toks) and w.determiners.at(toks, k):
        k += w.determiners.at(toks, k)
    if k >= len(toks):
        return False
    t, nxt = toks[k], toks[k + 1] if k + 1 < len(toks) else None
    if proper(t) or t.timed or t.low in w.time_units or t.low in w.places:
        return True
    return toks[i].low in w.locatives and toks[i + 1].low in w.determiner_words and (
        nxt is None or not nxt.is_word or nxt.low in w.function and nxt.low not in w.of or w.is_verb(nxt))


def _time_inside(w: SubjectWords, toks: list[Tok], i: int) -> int:
    """The tokens of a time at toks[i], maybe after its preposition, that a word of the phrase follows ("в прошлом году
    разбойных"), else 0."""
    j = i + (toks[i].low in w.prepositions and i + 1 < len(toks) and toks[i + 1].timed)
    if j == i and not toks[i].timed:
        return 0
    while j < len(toks) and toks[j].timed:
        j += 1
    return j - i if j > i and j < len(toks) and toks[j].is_word and toks[j].low not in w.function and not w.is_verb(toks[j]) else 0


def age_length(w: SubjectWords, toks: list[Tok], i: int) -> int:
    """The tokens of the age that starts at toks[i] ("people | aged 85 and over", "youths | aged 15 to 24"), else 0."""
    n = w.age_before.at(toks, i)
    k = i + n
    if not n or k >= len(toks) or not toks[k].text[0].isdigit():
        return 0
    k += 1
    if k + 1 < len(toks) and toks[k].low in w.range_to and toks[k + 1].text[0].isdigit():
        k += 2   # "15 to 24"
    return k + w.age_after.at(toks, k) - i


def age_start(w: SubjectWords, toks: list[Tok], end: int) -> int:
    """Where the age that ends ``toks[:end]`` starts ("people | aged 65 and over", "youths | aged 15 to 24", "люди | в возрасте
    65 лет и старше"), else ``end``."""
    k = end
    k -= w.age_after.ending_at(toks, k - 1) if k > 0 else 0
    if k > 2 and toks[k - 1].text[0].isdigit() and toks[k - 2].low in w.range_to and toks[k - 3].text[0].isdigit():
        k -= 2   # "15 to 24"
    if k > 1 and toks[k - 1].text[0].isdigit() and (n := w.age_before.ending_at(toks, k - 2)):
        return k - 1 - n
    return end


def phrase_before(w: SubjectWords, toks: list[Tok], end: int) -> list[Tok] | None:
    """The noun phrase that ends right before toks[end] ("a bribe | in the amount of", "the drug
    proceeds in cash recovery | valued at"): back over nouns, adjectives and the words that join them,
    to a verb, a clause break or a determiner that opens it. A time right before it is passed over, with
    the part of it that names ("доходов бюджета | на 2026 год | в сумме", "the level | at the end of 2025 | was")."""
    k = end
    while k > 0 and toks[k - 1].timed:
        k -= 1
    if (k < end or k < len(toks) and toks[k].timed) and (n := w.year_parts.ending_at(toks, k - 1)):   # "the debt level at the end of | February 2025 | was"
        k -= n
        k -= w.determiners.ending_at(toks, k - 1) if k > 0 else 0
    if k < end and k > 0 and toks[k - 1].low in w.prepositions:
        k -= 1
    end = k
    while k > 0 and end - k < 2 * MAX_WORDS:
        t = toks[k - 1]
        if slash_between(toks, k - 1):
            k -= 1   # "agri/education/health/welfare": words a slash joins are one item
            continue
        noun = k > 1 and w.determiners.ending_at(toks, k - 2) and toks[k - 2].low not in w.personal   # "the states"
        if not t.is_word or t.timed or t.text in ".!?" or (w.is_verb(t) or w.verb_shaped(t.low)) and not noun \
                or t.low in w.personal or t.low in w.lex.spelled_number_words:
            break
        attributive = k > 1 and (toks[k - 2].low in w.of or toks[k - 2].low in w.np_prepositions)   # "of unemployed persons"
        if w.participle(t.low) and not noun and not attributive \
                and (k >= len(toks) or toks[k].low not in w.after_participle or k < 2 or not toks[k - 2].is_word):
            break  # "agencies seized | property", ", followed by", but "the reported damage", "funds stolen from citizens"
        joins = t.low in w.of or t.low in w.np_prepositions or t.low in w.np_and \
            or t.low in w.after_participle and k > 1 and w.participle(toks[k - 2].low)   # "area burned by wildfires"
        if t.low in w.function and not joins and not w.determiners.ending_at(toks, k - 1) \
                or w.openers.ending_at(toks, k - 1) > 1:
            break   # "в том числе | безвозмездные поступления в сумме N", "in particular | ..."
        k -= 1
        if w.determiners.ending_at(toks, k):
            d = k
            while d > 0 and w.determiners.ending_at(toks, d - 1):
                d -= w.determiners.ending_at(toks, d - 1)
            if not (d > 0 and (toks[d - 1].low in w.of or toks[d - 1].low in w.np_prepositions)):
                break  # "a bribe", but "the rate of all the states"
    while k < end and (toks[k].low in w.prepositions or toks[k].low in w.np_and):
        k += 1  # ", with financial damages"
    found = noun_phrase(w, toks[:end], k) if k < end else None
    return found if found and not all(t.low in w.generic for t in found) else None


FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰†‡*"   # a footnote's mark glued to the word it notes ("The average daily census¹ was"): no part of it


def finish(w: SubjectWords, phrase: list[Tok]) -> str | None:
    """Lower case, no leading determiner or head ("number of"), no trailing function word."""
    glued = {n for n in range(1, len(phrase) - 1) if slash_between(phrase, n)}   # "housing/building" stays one word
    toks, words = [], []
    for n, t in enumerate(phrase):
        if n in glued or n - 1 in glued and toks:
            if n in glued:
                words[-1] += "/"
            else:
                words[-1] += t.text.lower()
            continue
        if t.text[0].isalnum() or t.is_word:   # (words, and "&": "taxes & assessments")
            toks.append(t)
            word = t.text.lower().strip("-–—") or t.text.lower()   # "Hash cake- 410 gms"
            words.append(bare if len(bare := word.rstrip(FOOTNOTE_MARKS)) > 2 else word)   # "census¹" (not a unit's power: "км²")
    if words and len(words[-1]) > 1:
        # "'cruelty by husband'", "the group ‘Clerks’": the quote that closes a quoted name (a phrase ends with no
        # possessive's mark: its noun would follow)
        words[-1] = words[-1].rstrip("'’")
    acronym = [t.low != t.text.lower() for t in toks]   # "IT", kept as written in ``low``
    capital = [t.text[:1].isupper() for t in toks]   # a letter that names an item ("£904.56 for B"), not a unit's ("£1,641.95p")
    changed = True
    while words and changed:
        changed = False
        for group in (w.determiners, w.heads):
            n = group.at(words, 0)
            if n and len(words) > n:
                words, acronym, capital = words[n:], acronym[n:], capital[n:]
                changed = True
    while words and not acronym[len(words) - 1] and (words[-1] in w.function or words[-1] in w.np_prepositions or words[-1] == "&") \
            and not _age_bound_ends(w, words):
        words.pop()  # not "IT" in "crimes committed using IT"; nor the "&" of "female & 49.6% male"; but an age's bound: "aged 85 and over"
    if not words or len(words) == 1 and (words[0] in w.generic or len(words[0]) == 1 and not capital[0]) \
            or all(x in w.change_degrees for x in words):
        return None   # a vague noun alone, a small letter alone ("£1,641.95p"), or only a change's size or period ("annual"), names nothing
    return " ".join(words[:MAX_WORDS])


def finish_noun(w: SubjectWords, phrase: list[Tok]) -> str | None:
    """``finish`` of a phrase that should name a thing: not a verb or an adverb alone ("recorded",
    "provisionally", "предусмотрели"), which the rules that read what happened to people may give."""
    named = finish(w, phrase)
    return None if named is None or " " not in named and w.names_no_thing(named) else named


def finish_or_none(w: SubjectWords, phrase: list[Tok] | None) -> str | None:
    """``finish`` of a phrase, or None for none."""
    return finish(w, phrase) if phrase else None


def last_head(w: SubjectWords, clause: list[Tok]) -> int | None:
    """Where the phrase after the last "number of" (or another head) in the clause starts; not a
    head of the whole a share is part of, when a head stands before it ("доля X в общем числе Y")."""
    whole = None
    for k in range(len(clause) - 1, -1, -1):
        n = w.heads.at(clause, k)
        if n and k + n < len(clause) and not w.compound_head(clause, k):
            if not any(w.phrase_ends.ending_at(clause, e) > e - k for e in range(k, k + n)):
                return k + n
            whole = whole or k + n
    return whole


def without_noun_asides(w: SubjectWords, toks: list[Tok]) -> list[Tok]:
    """``toks`` without the phrases that qualify the noun before them, and their own noun ("the surplus
    as a percentage of GDP fell" -> "the surplus fell", "the price for NI as a whole is")."""
    k = 0
    while k < len(toks):
        n = w.noun_asides.at(toks, k)
        if n:
            own = noun_phrase(w, toks, k + n) if toks[k + n - 1].low in w.prepositions else None
            toks = toks[:k] + toks[toks.index(own[-1], k + n) + 1 if own else k + n:]
        else:
            k += 1
    return toks


def strip_openers(w: SubjectWords, clause: list[Tok]) -> list[Tok]:
    """The clause without the words that open it ("and", "however", "at the same time", "самым дорогим")."""
    i = 0
    while i < len(clause) and (n := w.openers.at(clause, i)) and not (proper(clause[i + n - 1]) and i + n < len(clause) and proper(clause[i + n])):
        i += n   # (not the first words of a name: "According to Statistics Canada the jobless rate was")
    if 0 < i < len(clause) and clause[i - 1].timed and clause[i].low in w.time_emphasis:
        i += 1   # "this year alone"
    if i + 2 < len(clause) and clause[i].low in w.fronted_superlatives and clause[i + 1].is_word:
        i += 2   # "Самым дорогим набор оставался": the predicate's superlative, fronted
    return clause[i:]


def trim_adverbials(w: SubjectWords, clause: list[Tok], all_leading: bool = False) -> list[Tok]:
    """Drop leading times and their prepositions ("За семь месяцев 2025 года ущерб ..." -> "ущерб ..."), a time the
    clause is compared with too ("Compared with 2022 crime fell" -> "crime fell");
    with ``all_leading``, also a leading preposition and its word ("в России ...", "по предварительным итогам ...")."""
    i = 0
    while i < len(clause):
        t = clause[i]
        nxt = clause[i + 1] if i + 1 < len(clause) else None
        if t.timed or not t.is_word and not t.text[0].isdigit() or i and clause[i - 1].timed and t.low in w.time_emphasis:
            i += 1   # (and "alone" of "this year alone")
        elif t.low in w.function and (time := _time_after_function_words(w, clause, i + 1)) > i:
            i = time   # "за семь месяцев", "только за первый квартал"
        elif i == 0 and (n := w.against.at(clause, 0)) and n < len(clause) and clause[n].timed:
            i = n   # "Compared with 2022 crime fell", "По сравнению с январем 2023 года оборот вырос": the time compared with
        elif all_leading and t.low in w.prepositions and nxt is not None:
            i += 1
            while i + 1 < len(clause) and w.determiners.at(clause, i):
                i += w.determiners.at(clause, i)   # "in the ACT in 2011 the median cost": past "the"
            while i + 1 < len(clause) and w.adjective_after(t.low, clause[i].low):
                i += 1  # "По предварительным итогам инфляция", "В частном секторе зарплата": the preposition's adjectives and noun
            i = _past_object(w, clause, i)   # "In wattage terms the demand": the words up to the next article
            i += 1
            if i < len(clause) and clause[i].low in w.time_units:
                i += 1  # "Во втором квартале ВВП": an ordinal, then its time unit
            i = _past_named_conjunct(w, clause, i)
        else:
            break
    return clause[i:]


def _past_named_conjunct(w: SubjectWords, clause: list[Tok], i: int) -> int:
    """Where a leading place's second name ends, joined by "and" ("In Melbourne | and Sydney | house prices", "В
    Кемеровской области | и республике Тыва | инфляция", "В республике Хакасии | и республике Бурятия | цены"): past the
    last capitalised word or place's noun within CONJUNCT_WORDS words after "and"; past a place noun's name
    ("В республике Хакасии | цены"); else ``i``."""
    j = i + 1 if i + 1 < len(clause) and proper(clause[i]) else i   # (past the first place's own name: "республике | Хакасии")
    if j >= len(clause) or clause[j].low not in w.np_and:
        # "В республике Хакасии | цены": a place's noun and its name, then the clause's own noun (not a name that acts:
        # "В области Росстат зафиксировал")
        named = j > i and clause[i - 1].low in w.places and clause[j].is_word and not w.is_verb(clause[j]) and clause[j].low not in w.function
        return j if named else i
    last = None
    for k in range(j + 1, min(len(clause), j + 1 + CONJUNCT_WORDS)):
        if not clause[k].is_word or w.is_verb(clause[k]):
            break
        if proper(clause[k]) or clause[k].low in w.places:
            last = k   # (or a place's noun: "В Москве | и области | цены")
    return last + 1 if last is not None and last + 1 < len(clause) else i


CONJUNCT_WORDS = 3   # words of a leading place's second name after "and"


OBJECT_WORDS = 3   # words of a leading preposition's object before the article that opens the clause's subject


def _past_object(w: SubjectWords, clause: list[Tok], i: int) -> int:
    """Where the object of a leading preposition that starts at clause[i] ends, when an article opens
    the clause's own noun within OBJECT_WORDS words ("In wattage | terms | the demand"): the last
    word before that article; else ``i``."""
    for k in range(i + 1, min(len(clause), i + OBJECT_WORDS + 1)):
        t = clause[k]
        if w.determiners.at(clause, k):
            return k - 1
        if not t.is_word or w.is_verb(t) or t.text[:1].isupper():
            return i   # not a name ("For the article National Defense the budget"): what the text names stays
    return i


def _time_after_function_words(w: SubjectWords, clause: list[Tok], i: int) -> int:
    """Where a time that function words at clause[i] lead to starts ("за | семь месяцев", "по итогам | 2025 года"), or ends
    when it is a unit alone or an ordinal and its unit ("за | квартал", "только за | первый квартал"); -1 when they lead to
    no time."""
    first = i - 1   # the function word the caller found, then the ones after it
    while i < len(clause) and not clause[i].timed and clause[i].low in w.function:
        i += 1
    if i < len(clause) and clause[i].timed:
        return i
    if i < len(clause) and clause[i].low in w.time_units:
        return i + 1   # "за | квартал": a unit of time alone
    if i + 1 < len(clause) and clause[i].is_word and clause[i + 1].low in w.time_units:
        return i + 2
    if i + 1 < len(clause) and clause[i].is_word and clause[i + 1].timed and any(t.low in w.prepositions for t in clause[max(0, first):i]):
        return i + 1   # "по итогам | 2025 года": a preposition's word, then the time (not "The preliminary March rate")
    return -1


def level_verb_at(w: SubjectWords, toks: list[Tok], i: int) -> int:
    """The length of a verb of level at toks[i] ("reached", "stood at"), or 0; not a plural noun that one word of
    them is spelled like, before its verb ("overnight stays were 3.2 million")."""
    n = w.level_verbs.at(toks, i)
    return n if n > 1 or n and (not w.is_verb(toks[i]) or w.verb_at(toks, i)) else 0


def first_verb(w: SubjectWords, clause: list[Tok]) -> int | None:
    """Where the clause's first verb (or a comparative standing for one) is."""
    for k, tok in enumerate(clause):
        n = w.predicate_comparatives.at(clause, k)
        if w.verb_at(clause, k) or level_verb_at(w, clause, k) \
                or n and (k or k + n < len(clause) and clause[k + n].low in w.by_alone):
            return k  # a comparative stands for the verb in "потерь на воде в этом году меньше на"
        if k > 0 and not tok.timed and w.verb_shaped(tok.low) and not tok.text[0].isupper():
            return k  # "Бюджет на 2024 год предусматривает" (a name is no verb: "из Казахстана")
    return None


def before_qualifiers(w: SubjectWords, left: list[Tok]) -> int:
    """Where the words before a figure end once its qualifiers and the words of a change between
    them are passed ("increased | by almost", "заработал | более чем")."""
    i = len(left)
    while i > 0 and (w.qualifier_phrases.ending_at(left, i - 1) or left[i - 1].low in w.bridges):
        i -= w.qualifier_phrases.ending_at(left, i - 1) or 1
    return i


def _adverb_alone(w: SubjectWords, toks: list[Tok], i: int) -> bool:
    """Is toks[i] an adverb that modifies no word after it ("US$227.5 million internationally,"; not
    "officially registered drug users", "especially grave crimes")?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return w.adverb(toks[i].low) and (nxt is None or not nxt.is_word or nxt.low in w.function)


def past_aside(right: list[Tok]) -> int:
    """Where ``right`` goes on after an aside in brackets that opens it (0: none opens it)."""
    if right and right[0].text == "(":
        close = next((k for k, t in enumerate(right[:16]) if t.text == ")"), None)
        if close is not None:
            return close + 1
    return 0



QUOTED_NAME = 5   # words a name in quotation marks has at most ("on «public order and safety»"); more are a quotation


def unquote_short(toks: list[Tok]) -> list[Tok]:
    """``toks`` without the quotation marks around a name of one to five words ("на «зебрах»"),
    which do not break a clause as a quotation does."""
    drop: set[int] = set()
    k = 0
    while k < len(toks):
        if toks[k].text in "«“\"":
            close = next((j for j in range(k + 1, min(k + QUOTED_NAME + 2, len(toks))) if not toks[j].is_word), None)
            if close is not None and close > k + 1 and toks[close].text in "»”\"":
                drop.update((k, close))
                k = close
        k += 1
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


ACRONYM = 8   # characters an acronym in brackets after its name has at most ("the cash reserve ratio (CRR)")


def without_acronyms(toks: list[Tok]) -> list[Tok]:
    """``toks`` without an acronym in brackets after the words it abbreviates ("the cash reserve ratio (CRR) at
    50 percent", "Greater Kingston Metropolitan Area (GKMA) 1.6 per cent"): a name said twice, no aside."""
    drop = [k for k in range(1, len(toks) - 2) if toks[k].text == "(" and toks[k + 2].text == ")" and toks[k - 1].is_word
            and 1 < len(toks[k + 1].text) <= ACRONYM and toks[k + 1].is_word and toks[k + 1].text.isupper()]
    if not drop:
        return toks
    gone = {j for k in drop for j in (k, k + 1, k + 2)}
    return [t for i, t in enumerate(toks) if i not in gone]


def clause_start(left: list[Tok]) -> int:
    """Where the figure's own clause starts in ``left``, the tokens before it: after the last clause break."""
    return next((k + 1 for k in range(len(left) - 1, -1, -1) if left[k].text in CLAUSE_BREAKS), 0)


def proper(t: Tok) -> bool:
    """A capitalised word that is not an acronym ("Пермский", not "ДТП", "IT" or "IT-преступлений")."""
    return len(t.text) > 1 and t.text[0].isupper() and t.text[1].islower()


RELATIVE = 6   # words at most in a relative clause that defines the people a figure counts


def with_relative(w: SubjectWords, clause: list[Tok], found: list[Tok]) -> list[Tok]:
    """People defined by a relative clause keep it ("the number of people in Ireland who died by
    suicide is declining" -> "people who died by suicide"), or by a present participle and its object ("the number of
    people receiving the benefit has dropped"): its words up to the main verb."""
    if found[-1].low not in w.person_nouns:
        return found
    k = next(i for i in range(len(clause)) if clause[i] is found[-1]) + 1
    if k < len(clause) and w.present_participle(clause[k].low):   # "the number of people receiving the benefit has dropped"
        out = found + [clause[k]]
        for t in clause[k + 1:k + 1 + RELATIVE]:
            if not t.is_word or w.is_verb(t) or t.low in w.copulas:
                break
            out.append(t)
        ends = k + len(out) - len(found)
        return out if len(out) > len(found) + 1 and ends < len(clause) and (w.is_verb(clause[ends]) or clause[ends].low in w.copulas) else found
    words = itertools.takewhile(lambda i: clause[i].is_word, range(k, min(k + 4, len(clause))))   # not "78 people, 30 of which"
    k = next((i for i in words if clause[i].low in w.relatives), None)
    if k is None:
        return found
    out, verb, last_verb, noun = found + [clause[k]], False, False, False
    for t in clause[k + 1:k + 1 + 2 * RELATIVE]:
        if len(out) - len(found) > RELATIVE or not t.is_word or noun and t.low in w.prepositions:
            break   # "who have been out of work | for more than a year": a noun and then an adverbial
        is_verb = w.is_verb(t) or t.low in w.copulas
        helped = last_verb and (out[-1].low in w.copulas or w.passive.at([out[-1]], 0) or w.auxiliaries.at([out[-1]], 0))
        if is_verb and verb and not helped:
            break   # the main clause's verb: "... who died by suicide | is declining", "who died | rose" (not "who have been")
        noun = noun or verb and not is_verb and t.low not in w.function and not w.participle(t.low)
        verb, last_verb = verb or is_verb, is_verb
        out.append(t)
    return out if verb else found
