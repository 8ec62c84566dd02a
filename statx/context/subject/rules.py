"""The subject rules: each a small named function over the tokens before (``left``, nearest last)
and after (``right``) a figure in its sentence, tried in the order of ``RULES``. The first that
finds a noun phrase names the subject (a reference such as "this figure" stands for what was said
before). The rules for amounts are in ``amounts.py``, those for a change and what changed in ``changes.py``,
those for a figure in brackets in ``brackets.py``, those for a figure that opens its clause in ``predicates.py``,
the rule for a label before its figure ("Thefts: -5%") in ``labels.py``. ``statx extract
--explain`` says which rule fired; tests/test_rules.py runs an example of each,
tests/test_subject_kinds.py a table for each kind of sentence."""
from __future__ import annotations

import itertools
from typing import Callable, NamedTuple

from ...lang.cache import compiled
from ...numbers.mention import COUNT, PERCENT, SHARES, Form
from ...numbers.not_claims import STAYS_LEAST
from ...text.view import CLAUSE_BREAKS, DASHES, LIST_BREAKS, Tok
from ..figure import Figure
from .amounts import allocated_for, linked_amount, measure_word, paid_for, named_after, part_of_whole, purpose_infinitive, rate_after, share_goes_to, total_set, visit_purpose
from .brackets import after_parenthesis, before_parenthesis, comma_item, dash_item, dash_named, semicolon_item, item_label, list_item, ranked_by
from .changes import change_in_before, change_noun_after, change_of_before, item_of_change, object_to_change, with_change, with_level, with_scored_change
from .labels import bullet_name, label, label_after
from .phrase import before_qualifiers, last_head, noun_phrase, past_aside, phrase_before, place_or_time, proper, strip_openers, with_relative
from .predicates import fronted_level, money_done, pointed_back, predicate_after, what_happened
from .words import SubjectWords


def elliptic(w: SubjectWords, left: list[Tok], names: bool = True, parts: bool = True) -> list[Tok] | None:
    """"Road deaths fell 5 percent and injuries 7 percent", "robberies fell by 5%, burglaries – by 3%":
    a noun between "and" (or a comma, when a dash stands for the verb) and the amount; with ``names``,
    also a name after a comma ("..., the Northern Territory 2%"; not for a bare count, where a name and
    a number are as often an address or a code); with ``parts``, an item after a part's words ("..., в том
    числе пшеница - 1384,1"; not for a count with its noun after it: "в том числе школам - 40 компьютеров")."""
    k = len(left)
    while k > 0 and (left[k - 1].low in w.bridges or left[k - 1].low in w.from_words or left[k - 1].low in w.by_each   # "чай – по 2%"
                     or w.qualifier_phrases.ending_at(left, k - 1) or w.intensifiers.ending_at(left, k - 1)):   # "так и вовсе"
        k -= w.qualifier_phrases.ending_at(left, k - 1) or w.intensifiers.ending_at(left, k - 1) or 1
    bridged = k < len(left) and left[k].low in w.bridges   # "..., US by 13.6 per cent": "by" stands for the change
    dash = k > 0 and left[k - 1].low in DASHES
    k -= dash
    if dash and k > 1 and left[k - 1].text == ")":   # "..., коммерческих перевозок грузов (без трубопроводного транспорта) — на 2,8%":
        opening = next((b for b in range(k - 2, max(-1, k - 2 - ITEM_ASIDE_TOKENS), -1) if left[b].text in "()"), -1)
        if opening > 0 and left[opening].text == "(":   # the item's aside is no part of its name
            k = opening
    if dash and k > 1 and w.is_verb(left[k - 1]) and (left[k - 2].low in w.ellipsis or left[k - 2].text in LIST_BREAKS):
        return left[k - 1:k]   # "родились 5 453 человек, а умерли - 15 222": what the verb says happened, its noun left out
    named = _name_item(w, left, k) if names and not dash else None
    if named:
        return named   # "followed by Western Australia at 2.2%, the Northern Territory 2%": a name in a list, its verb left out
    j = k
    while j > 0 and k - j < 4 and left[j - 1].is_word and not left[j - 1].timed and left[j - 1].low not in w.ellipsis \
            and not w.is_verb(left[j - 1]) and not w.level_verbs.at(left, j - 1) \
            and not w.participle(left[j - 1].low) and left[j - 1].low not in w.function:
        j -= 1
    listed = dash or bridged   # a list break may open the item
    if 1 < j < k and left[j - 1].low in w.determiner_words and (left[j - 2].low in w.ellipsis or listed and left[j - 2].text in LIST_BREAKS):
        j -= 1   # "..., other countries by 11.7 per cent": a determiner opens the item
    if dash and j > 1 and j < k and left[j - 1].low in w.np_and:
        i = j - 1   # "..., разбойных нападений и грабежей – почти наполовину": two nouns share the dash
        while i > 0 and j - 1 - i < 4 and left[i - 1].is_word and not left[i - 1].timed \
                and not w.is_verb(left[i - 1]) and left[i - 1].low not in w.function:
            i -= 1
        if i < j - 1 and i > 0 and left[i - 1].low in LIST_BREAKS:
            return left[i:k]
    if dash and (j == k or j > 0 and left[j - 1].low not in w.ellipsis and left[j - 1].low not in LIST_BREAKS):
        # "..., кукурузы на зерно — 11,679 млн тонн": a list item whose name has a preposition in it
        b = k - 1
        while b > 0 and k - b < 6 and left[b - 1].is_word and not left[b - 1].timed and not w.is_verb(left[b - 1]):
            b -= 1
        inner = [t for t in left[b + 1:k] if t.low in w.function]
        if b > 0 and b < k and left[b - 1].low in LIST_BREAKS and left[b].low not in w.function \
                and not w.qualifier_phrases.at(left, b) and not w.determiners.at(left, b) \
                and len(inner) == 1 and inner[0].low in w.prepositions:
            return left[b:k]
        if 0 < b < k - 1 and left[b - 1].low in LIST_BREAKS and left[b].low in w.prepositions and k + 1 < len(left) \
                and left[k + 1].low == left[b].low and not place_or_time(w, left, b):
            return left[b + 1:k]   # "цены на продовольственные товары выросли на 1,8%, на непродовольственные – на 0,9%"
        if 0 < b < k - 1 and left[b - 1].low in LIST_BREAKS and left[b].low in w.bare_topics \
                and any(t.low == left[b].low for t in left[:b - 1]) and not place_or_time(w, left, b):
            return left[b + 1:k]   # "по доходам мы теряем 4%, по промышленной продукции — 6%": the next topic in the same preposition
    if dash and j > 2 and left[j - 1].text == "," and w.leaves_out(left, j) \
            and left[j - 2].is_word and left[j - 2].low not in w.function:
        return phrase_before(w, left, j - 1) or left[j:k]   # "..., молока, кроме сырого – на 6,5%": the item, not what it leaves out
    for b in range(k - 1, max(j, 1) - 1, -1) if dash and parts else ():   # "..., в том числе пшеница - 1384,1", "..., of which oil – 3.1":
        n = w.partitives.ending_at(left, b - 1)                   # an item of the part named before
        if n and b - n > 0 and left[b - n - 1].low in LIST_BREAKS:
            return left[b:k]
        # "..., в том числе в добыче полезных ископаемых - 98,4%; в обрабатывающих отраслях - 105,3%": the items of a part
        # in the preposition's case (not a place's: "..., в том числе в Москве – 5%")
        if b > 1 and left[b - 1].low in w.prepositions and not place_or_time(w, left, b - 1) and left[b].low not in w.function \
                and ((n := w.partitives.ending_at(left, b - 2)) and b - 1 - n > 0 and left[b - 2 - n].low in LIST_BREAKS
                     or left[b - 2].low in LIST_BREAKS and any(w.partitives.ending_at(left, i) for i in range(b - 2))):
            return left[b:k]
    if dash and j > 0 and left[j - 1].low in w.of and j + 1 < k and w.is_reference(left[j:j + 1]):
        return left[j + 1:k]   # "..., из них женщин — 198 человек": a part of the whole before
    if j < k and j > 2 and left[j - 1].low in w.of and left[j - 2].low in w.standing_for and left[j - 3].low in w.ellipsis:
        return left[j:k]   # "rape reports rose by 10.3% and that of child abuse reports by 1.9%": the measure of a new item
    if j == k or j == 0 or not (left[j - 1].low in w.ellipsis or listed and left[j - 1].low in LIST_BREAKS):
        return None
    return left[j:k]


def _name_item(w: SubjectWords, left: list[Tok], k: int) -> list[Tok] | None:
    """The name (capitalised words, with "the" and "and" between them) that stands between a comma and
    ``left[k]``, as an item of a list ("..., Victoria and the Capital Territory 1.5%")."""
    b = k
    while b > 0 and k - b < 7 and left[b - 1].is_word and not left[b - 1].timed \
            and (proper(left[b - 1]) or left[b - 1].low in w.articles or left[b - 1].low in w.np_and or left[b - 1].low in w.of
                 or left[b - 1].low in w.determiner_words and left[b - 1].low in w.function):
        b -= 1
    while b < k and not proper(left[b]) and not (left[b].low in w.determiner_words and b + 1 < k and proper(left[b + 1])):
        b += 1
    opens = b > 0 and (left[b - 1].text in LIST_BREAKS or left[b - 1].low in w.np_and and b > 1
                       and (left[b - 2].text in LIST_BREAKS or _figure_ends(left, b - 1)))
    if b == k or not opens or not proper(left[k - 1]):
        return None   # (a list's last item may open with "and": "...; and the Capital Territory 3,100",
    return left[b:k]  # "... Australia 1.1 per cent and United Kingdom 0.3 per cent")


def _figure_ends(left: list[Tok], k: int) -> bool:
    """Does a figure (digits, then at most two words of its unit in lower case) end right before ``left[k]``?"""
    for i in range(k - 1, max(k - 4, -1), -1):
        if left[i].text[0].isdigit():
            return True
        if left[i].text != "%" and not (left[i].is_word and left[i].text.islower()):
            return False
    return False


def _verb_after(w: SubjectWords, toks: list[Tok], found: list[Tok]) -> bool:
    """Does a verb follow the phrase ``found`` in ``toks``, so that the phrase opens a clause of its own?"""
    k = toks.index(found[-1]) + 1
    return k < len(toks) and w.verb_at(toks, k)


def of_after(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"27 percent of the dead", "2.5 tons of heroin", "half of which", "more than half (54 percent) of prisoners",
    "четверть от всех сдававших", "36,030 out of 40,350 cases"."""
    right = right[past_aside(right):]
    if k := w.past_whole(right, 0):
        return noun_phrase(w, right, k)   # "out of 40,350 cases": what both count
    if right and (right[0].low in w.of or m.unit in SHARES and right[0].low in w.share_of):
        k = 1 + w.determiners.at(right, 1)
        k += k + 1 < len(right) and bool(w.possessive) and right[k].low.endswith(w.possessive) and right[k + 1].text[0].isdigit()
        if k < len(right) and right[k].text[0].isdigit() and not right[k].timed:
            return noun_phrase(w, right, k + 1)  # "38 of the 44 forces", "12 of Kent's 13 districts": what both count
        found = noun_phrase(w, right, 1) or _those_doing(w, right)
        if found and w.denominators.at([t.low.lower() for t in found], 0) and not _verb_after(w, right, found):
            return None   # "6% of GDP": the clause says of what (but "60 percent of the labour force completed school": their own clause's)
        if found and (k := right.index(found[-1]) + 1) < len(right) and right[k].low in w.generic:
            return None   # "raises the fee from 50 percent of the allowable amount": a share of a generic noun, its modifier no subject
        return found
    return None


def aside_level(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"Mullingar's population - at 18,592 - was ahead of Athlone's", "the deficit (at $3 billion) is": an aside between
    dashes or in brackets that gives the level of the noun phrase right before it."""
    if len(left) < 3 or left[-1].low not in w.aside_levels or left[-2].text not in DASHES and left[-2].text != "(":
        return None
    return phrase_before(w, left, len(left) - 2)


def leading_participle(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"After recording an increase of 38.7% in May, the agriculture industry continued to grow", "Having risen 5% in May,
    food prices fell": a share or an amount in a clause of a present participle that opens the sentence is of the main
    clause's subject, the noun phrase after the comma that ends it, before its verb."""
    if m.unit == COUNT or not left or not (w.present_participle(left[0].low) or len(left) > 1 and left[0].low in w.participle_openers
                                           and w.present_participle(left[1].low)) or any(t.text in CLAUSE_BREAKS for t in left) \
            or any(t.low in w.participle_clauses for t in left):
        return None   # (a count names what it counts after it: "After adding 3,000 jobs, the state ..."; "Pointing out that ...")
    comma = next((k for k, t in enumerate(right) if t.text in CLAUSE_BREAKS), None)
    if comma is None or right[comma].text != ",":
        return None
    found = noun_phrase(w, right, comma + 1)
    k = right.index(found[-1]) + 1 if found else len(right)
    return found if found and k < len(right) and w.is_verb(right[k]) and not w.is_reference(found) else None


def in_item(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"a growth of 48 per cent in rice, 148 per cent in wheat and 60 per cent in total crops": the figures of a list,
    each with what it measures after "in" ("по"), each of its own; not a time ("5% in May, 7% in June") nor a place
    ("6.1% in England, 0.8% in Wales": the measure is the clause's)."""
    if len(right) < 2 or right[0].low not in w.item_in or right[1].timed or right[1].text[0].isupper():
        return None
    found = noun_phrase(w, right, 1)
    if not found or any(t.timed for t in found) or found[-1].low in w.time_units:
        return None   # (a time the text does not mark as one: "10.4 percent in the third quarter")
    k = right.index(found[-1]) + 1
    n = k + 1 + next((b for b, t in enumerate(right[k + 1:k + 3]) if t.low not in w.bridges), 0)   # (past "на" of "на 112%")
    listed_after = n < len(right) and (right[k].text in LIST_BREAKS or right[k].low in w.np_and) and right[n].text[0].isdigit()
    e = len(left) - next((b for b, t in enumerate(reversed(left[-2:])) if t.low not in w.bridges), 0)
    j = e - 2
    while j >= 0 and e - j < ITEM_TOKENS and not left[j].text[0].isdigit():
        j -= 1
    listed_before = j >= 0 and left[j].text[0].isdigit() and (left[e - 1].text in LIST_BREAKS or left[e - 1].low in w.np_and) \
        and any(t.low in w.item_in for t in left[j + 1:j + 1 + UNIT_TOKENS + 1])   # (its unit, then "in")
    return found if listed_after or listed_before else None


ITEM_ASIDE_TOKENS = 8   # tokens at most of an aside in brackets between a dashed item's name and its dash
ITEM_TOKENS = 10   # tokens back from a list's item to the figure of the item before it at most
UNIT_TOKENS = 2   # tokens of a unit between an item's figure and its "in" at most ("48 per cent in")


def _those_doing(w: SubjectWords, right: list[Tok]) -> list[Tok] | None:
    """"of those attending the emergency department": the people a present participle after "those" describes."""
    if len(right) > 2 and right[1].low in w.demonstratives and w.present_participle_endings \
            and right[2].low.endswith(w.present_participle_endings):
        return right[1:3] + (noun_phrase(w, right, 3) or [])
    return None


def fronted_whole(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"Of those incidents, 32% happened in London", "Из них 40% ...": a share whose clause opens
    with the whole it is a share of, before a comma; so does a count after "Of the arrivals recorded up to
    August, 313 466 were ..." (the noun before its participle; not "из них 12 погибли", a reference)."""
    i = before_qualifiers(w, left)
    end = i - (i > 0 and left[i - 1].text == ",")   # "Of those incidents, 32%", "Из них 40%"
    if (m.unit not in SHARES and m.unit != COUNT) or end < 2 or not left[end - 1].is_word:
        return None
    if m.unit == COUNT and end == i:
        return None   # a count's whole stands before a comma; without one, "из района эвакуированы 12 тыс." is a verb's clause
    dash = m.unit in SHARES and len(right) > 1 and right[0].text in DASHES and right[1].is_word and right[1].low not in w.function
    if dash or m.unit in SHARES and len(right) > 1 and right[0].low in w.copulas and right[1].is_word and right[1].low not in w.function \
            and (not w.participle(right[1].low) or right[1].low in w.person_nouns):
        return None   # "Of the total population, 50.4% were female", "40% were women", "из них 17,4% – пенсионеры": the part
        # the predicate names, of that whole (not "20% were charged": what befell them)
    j = end - 1
    while j > 0 and end - j < 10 and left[j - 1].is_word and left[j].low not in w.of:
        j -= 1
    if left[j].low not in w.of or j > 0 and left[j - 1].text not in CLAUSE_BREAKS:
        return None   # the "of" opens the clause, and a noun phrase follows it: not "35% of all crimes and is increasing by"
    verb = any(w.is_verb(t) for t in left[j + 1:end])
    if verb == (m.unit in SHARES):
        return None   # a share's whole is a noun phrase alone; a count's, one with its participle after it
    found = noun_phrase(w, left[:end], j + 1)
    while verb and found and len(found) > 1 and found[-1].low.endswith(w.participle_endings):
        found = found[:-1]   # "the visitors counted": the noun, not its participle
    return found if found and not any(w.is_verb(t) for t in found) else None


LABEL_WORDS = 3   # words of a line's label before a colon and a count of people ("Murder: 1,287 persons")


def _done_with(w: SubjectWords, t: Tok) -> bool:
    """Does ``t``, right after a participle, say what was done with a figure: a preposition, a time, or a particle (a
    function word that is no coordinator, article, copula or verb: "scraped together", "set aside")?"""
    return t.low in w.prepositions or t.timed or t.low in w.function and t.low not in w.np_and and t.low not in w.articles \
        and t.low not in w.copulas and not w.is_verb(t)


def noun_after(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"14,500 fatalities", "every fourth crime committed by adolescents", "40% россиян", "a $2
    trillion tax cut" (after an article, any figure is an adjective of the noun after it)."""
    counted = m.unit.kind.value in w.noun_after_units or m.form in (Form.FRACTION, Form.EVERY) \
        or bool(left) and left[-1].low in w.articles and not m.direction or m.unit == PERCENT and _share_before_noun(w, m, left, right)
    if m.is_money and right and right[0].low in w.per_unit:
        return None   # "fall to $95 a tonne": what the price is for, not what it measures
    if right and right[0].low in w.deictic_after or len(right) > 1 and right[0].low in w.time_edges and right[1].timed:
        return None   # "rose from 8,200 to 9,100 this season", "to 7.84% late yesterday": a time of its own, not what the figure counts
    if len(right) > 1 and right[0].low in w.date_headers and right[1].timed:
        return None   # "increases to 32,044 date 2017-04-06": a stored page's date header, glued to its title
    if right and right[0].low in w.tally_nouns and (i := before_qualifiers(w, left)) \
            and (w.tally_verbs.ending_at(left, i - 1) or m.direction is None
                 and (left[i - 1].low in w.level_after_change or left[i - 1].low in w.range_from)
                 and any(t.low in w.change for t in left[:i - 1])):
        return None   # "Economic offences accounted for 12,924 cases", "Crimes against persons decreased by 12.2% to 4,419
        # cases": what the clause's subject counts, in cases
    if counted and not m.direction:
        right = right[past_aside(right):]  # "26,613 (-1.9% on 2016) acts of crime": the noun after the aside
    stays = m.mention.value >= STAYS_LEAST and bool(right) and right[0].low in w.stay_units   # "almost 15 million nights"
    if not counted or not right or not right[0].is_word or right[0].low in w.time_units and not stays or right[0].low in w.measure_adjectives \
            or right[0].low in w.judging_adjectives \
            or w.reduplicated(right[0].low) \
            or m.unit != COUNT and w.comparatives.at(right, 0) or w.baseline_links.at(right, 0) or w.apart_from.at(right, 0) \
            or w.against_plan.at(right, 0):
        return None  # "на 5% выше": a comparison, whose noun _after_comparative finds; "99,9% относительно марта": a baseline;
        # "$202 million excluding amortisation": what it leaves out; "$11.7 million above plan": what it is compared with
    n = w.comparatives.at(right, 0)
    if n and not w.counting_comparatives.at(right, 0):
        return None  # "на 60 тыс. выше прошлогодних показателей": what it is compared with, not what it counts
    if n and (n >= len(right) or not right[n].is_word or right[n].low in w.function
              or w.participle(right[n].low) and n + 1 < len(right) and right[n + 1].low in w.function):
        return None  # "20,592 fewer than in 2010", "23,000 more compared with 2018": no noun, the clause or what was said before tells
    found = _before_other_figure(w, noun_phrase(w, right, n))   # "2 million more people": the noun after the comparative
    if found and w.participle(found[0].low) and "-" not in found[0].text and found[0].low not in w.record_verbs \
            and (after := right.index(found[0]) + 1) < len(right) and _done_with(w, right[after]):
        return None   # "5.2 million tonnes harvested in 2019", "£12m handed to the council", "4 million tonnes produced last year",
        # "$700,000 scraped together": what was done with it, no noun
    if n and found and found[0].low in w.compared_times:
        return None   # "на 94 больше прошлогоднего": the time compared with; the clause names what is counted
    if found and len(found) > 1 and found[0] is right[n] and w.adverb(found[0].low) and w.participle(found[1].low) \
            and len(right) > n + 2 and right[n + 2].low in w.function:
        return None   # "fell by 0.2% mainly driven by lower prices": a participle's clause, not what the figure counts
    if found and not stays and (found[0].low in w.time_units or found[-1].low in w.time_units and len(found) <= 2):
        return None  # "640 over the year", "285.21 million tonnes previous year": a time, not what is counted
    if found and len(found) == 1 and left and left[-1].text == "(":
        return None  # "кража (почти 19 тысяч случаев)": the noun before the brackets, _before_parenthesis's
    if found and len(found) == 1 and m.is_money and w.participle(found[0].low) and (len(right) == n + 1 or not right[n + 1].is_word):
        return None  # "which had $80,000 budgeted.": what was done with the money, not what it is for
    if found and found[0].low in w.change_nouns and not (found[0].low in w.counted_changes and m.unit == COUNT and not m.mention.scale):
        return None  # "3,7 процента роста": a change, _change_noun_after's (but "13 hikes" counts the changes)
    level = bool(left) and (left[-1].low in w.level_after_change or w.level_verbs.ending_at(left, len(left) - 1)) \
        and not (len(left) > 1 and left[-1].low in w.copulas and left[-2].low in w.existential)   # (not "there are 5000 people")
    if found and (len(found) == 1 or found[1].low in w.function and found[1].low not in w.of and found[0].low not in w.person_nouns) \
            and (found[0].low in w.generic or len(found) == 1 and (m.direction or level) and found[0].low in w.person_nouns
                                            and not (n and n + 1 < len(right) and w.is_verb(right[n + 1]))):
        return None  # "14,5 тыс. человек", "dropped by 1 million people", "the PR population reached 5,940 persons": the clause says who they are
        # (not "115 more people claimed the allowance": what they did names them)
    if found and len(found) == 1 and found[0].low in w.change_units and (m.direction or level):
        return None  # "the index rose by 12.5 points to 8,999 points", "reached 8999 points": what is counted in them the clause names
    if found and found[-1].low in w.by_change_units and all(t.low in w.by_change_units for t in found) and m.direction \
            and left and left[-1].low in w.bridges:
        return None  # "the labour force rose by 400 jobs": a change counted in jobs, of what the clause names
    if found and len(found) == 1 and found[0].low in w.person_nouns and len(left) > 1 and left[-1].text == ":" \
            and sum(1 for t in left if t.is_word) <= LABEL_WORDS and left[-2].is_word and left[-2].low not in w.personal:
        return None  # "Murder: 1,287 persons": the label says what befell them (label's)
    if found and len(found) == 1 and found[0].low in w.person_nouns and noun_of_before(w, m, left, right):
        return None  # "a net loss of 140,500 people": the measure is named before the figure
    if found and len(found) == 1 and found[0].low in w.counting_nouns \
            and (any(0 < (n := w.heads.at(left, k)) and k + n < len(left) - 1 for k in range(len(left)))   # (not "a total of 7,192 people")
                 or len(left) > 2 and left[-1].low in w.name_with and any(t.low in w.change for t in left[1:-1])
                 and not w.comparatives.at(right, 0)
                 or m.direction and not w.comparatives.at(right, 0) and not (len(right) > 1 and right[1].low in w.of)
                 and not (left and left[-1].low in w.of)):   # (not "a reduction of 32 cases": nothing named between)
        return None  # "The number of fatal accidents decreased by 29.9%, from 117 cases", "homicides decreased by 22 percent
        # with 36 incidents", "measles incidence fell by 18 cases": the clause names what they count
    if not found or w.denominators.at([t.low.lower() for t in found], 0) or w.share_verbs.at(right, right.index(found[0])):
        return None   # "62% ВВП": a share of GDP, whose clause says what it measures; "$3 billion accounting for 20
        # percent": the share's verb, not what the amount is
    if found[0].low in w.record_verbs and (len(found) == 1 or found[1].low in w.function
                                           or found[1].text[0].isdigit() or found[1].low in w.lex.spelled_number_words):
        return None   # "against 4 860 registered", "the 228 recorded for the period", "17,462 counted one week later": how it
        # was counted, not what (but "228 recorded crimes")
    k = right.index(found[-1]) + 1
    if m.is_money and len(found) == 1 and k < len(right) and w.is_verb(right[k]) and not (left and left[-1].low in w.object_articles):
        return None   # "21 млрд рублей дополнительно досталось": an adverb of the verb after it, not what the money is
        # (after an article the amount is an adjective of the noun: "the $11 billion deficit is the largest")
    n = w.passive.at(right, k)   # "were", "have been"
    if n and k + n < len(right) and w.participle(right[k + n].low) \
            and (found[-1].low in w.person_nouns or right[k + n].low in w.status_verbs):
        return found + [right[k + n]]  # "1,850 people were killed", "57,000 IT crimes were solved"
    i = before_qualifiers(w, left)
    if len(found) == 1 and found[0].low in w.person_nouns and i > 1 and left[i - 1].low in w.copulas \
            and left[i - 2].is_word and left[i - 2].low not in w.function:
        return None   # "Australia's natural increase was 130,800 people": counted in people, the clause's subject measured
    if found[-1].low in w.person_nouns:
        defined = with_relative(w, right, found)
        if defined is not found:
            return defined   # "886,000 people who have been out of work"
        if k + 1 < len(right) and right[k].low in w.copulas and w.present_participle(right[k + 1].low):
            doing = list(itertools.takewhile(lambda t: t.is_word and not t.timed, right[k + 1:k + 1 + DOING_WORDS]))
            return found + doing   # "348,867 people are waiting for a first appointment": what they are doing counts them
        if w.verbs_by_word_order and k < len(right) and right[k].low not in w.function and len(right[k].low) > 3 \
                and (w.participle(right[k].low) or w.present_participle(right[k].low)) and not (left and left[-1].low in w.of):
            did = list(itertools.takewhile(lambda t: t.is_word and not t.timed and t.low not in w.np_and, right[k:k + DOING_WORDS]))
            while did and did[-1].low in w.function:
                did.pop()
            return found + did   # "155,100 people worked full time", "177 persons signed onto the register": what they did counts them
    status = _status_before(w, left)
    return ([status] if status else []) + with_rate(w, right, found)   # "police solved 57,000 IT crimes": solved, not registered


def _share_before_noun(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> bool:
    """"56% men and 44% women", "89.62 percent cases were solved": a share right before a plain noun, where the
    language writes shares so only now and then (not "93 per cent complete", "6.2% occurring", "22% over the period",
    "7% whilst revenue ...")."""
    t = right[0] if right else None
    if t is None or not t.is_word or not t.text.islower() or t.low in w.function or t.low in w.opener_words \
            or w.comparatives.at(right, 0) or w.participle(t.low) \
            or w.present_participle_endings and t.low.endswith(w.present_participle_endings) and not _before_change_noun(w, right) \
            or rate_after(w, m, [], right):
        return False   # ("0.17 percent month-on-month inflation": a rate, rate_after's; but "1.4 per cent funding increase")
    return not (left and left[-1].low in w.copulas)   # ("is 5.4 per cent acceptable?": a predicate's adjective)


def _before_change_noun(w: SubjectWords, right: list[Tok]) -> bool:
    """Does a change's noun follow the word after the figure ("5 percent spending increase")? Then that word is a noun."""
    return len(right) > 1 and right[1].low in w.change_nouns


def _status_before(w: SubjectWords, left: list[Tok]) -> Tok | None:
    """A verb of status right before a count ("solved 3,941 murders"), or before the counts of a list
    it opens ("solved 3,941 murders and 875 robberies")."""
    i = before_qualifiers(w, left)
    if i > 0 and left[i - 1].low in w.status_verbs:
        return left[i - 1]
    if i > 0 and (left[i - 1].low in w.np_and or left[i - 1].text in LIST_BREAKS):
        k = i - 1
        while k > 0 and i - k < 6 and left[k - 1].is_word and left[k - 1].low not in w.function:
            k -= 1   # "... murders and": the item before
        if 0 < k < i - 1 and left[k - 1].text[0].isdigit():
            return _status_before(w, left[:k - 1])
    return None


_FIGURE_TOKEN = compiled(r"\p{L}{0,2}\p{Sc}?\d[\d.,]*\p{L}{0,3}")   # "K646,850,375", "£40m", "1,200" (not "COVID-19")


def _before_other_figure(w: SubjectWords, found: list[Tok] | None) -> list[Tok] | None:
    """``found`` up to another figure in it, less the participle or function words before that ("41,200 bags
    earning K12,400,000 for the season": "bags")."""
    k = next((i for i, t in enumerate(found or []) if i and _FIGURE_TOKEN.fullmatch(t.text)), None)
    if k is None:
        return found
    found = found[:k]
    while len(found) > 1 and (found[-1].low in w.function or w.present_participle(found[-1].low) or w.participle(found[-1].low)):
        found.pop()
    return found


def with_rate(w: SubjectWords, toks: list[Tok], phrase: list[Tok]) -> list[Tok]:
    """"deaths" + "per 100,000 people": a rate's denominator is part of its subject. A denominator is a round
    number, a one and noughts (not "проектов на 3,6 млрд тенге": what the projects are worth)."""
    start = toks.index(phrase[-1]) + 1
    for i in range(start, min(start + 6, len(toks) - 2)):
        if toks[i].text in CLAUSE_BREAKS or toks[i].text[0].isdigit():
            break  # not the rate of another figure: "55 points and equals 1168 crimes per 100,000"
        if toks[i].low in w.per and toks[i + 1].text[0].isdigit() and toks[i + 2].is_word \
                and "".join(c for c in toks[i + 1].text if c.isdigit()).rstrip("0") == "1":
            return phrase + toks[i:i + 3]
    return phrase


def after_comparative(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"twice as many drug addicts", "в 3 раза больше краж", "6.6% fewer crimes": the noun a comparison counts."""
    n = w.comparatives.at(right, 0)
    if m.unit in SHARES and m.form is not Form.MULTIPLIER:
        n = w.counting_comparatives.at(right, 0)
    elif m.form is not Form.MULTIPLIER:
        return None
    if not n or w.predicate_comparatives.at(right, 0) > n:
        return None   # (not "14 percent more expensive": a comparative of its own, no noun counted)
    found = noun_phrase(w, right, n)
    if found and (found[0].low in w.generic or right[0].low in w.compared_with):
        return None  # "на 5,5% меньше показателя ...", "в 1,9 раза выше средней заработной платы": what the figure is compared with
    k = n + len(found) if found else 0
    if found and k < len(right) and right[k].timed and right[k].low not in w.function:
        return None  # "на 11,7% больше аналогичного периода 2024 года": the time it is compared with (not "than a year earlier")
    return found if found and not w.is_reference(found) else None


ASIDE_TOKENS = 12   # tokens of a bracketed aside between a change's amount and its verb ("(с 90 до 65)")


def _past_aside(w: SubjectWords, right: list[Tok]) -> int:
    """Where the tokens after an amount go on past a short bracketed aside of figures that opens them and a verb
    follows ("(с 90 до 65) уменьшилось"), or 0 (not "1 (воскресенье) – День ...")."""
    if not right or right[0].text != "(":
        return 0
    closed = next((k for k, t in enumerate(right[1:ASIDE_TOKENS], 1) if t.text in "()"), None)
    if closed is None or right[closed].text != ")" or closed + 1 >= len(right) or not w.is_verb(right[closed + 1]) \
            or not any(t.text[0].isdigit() for t in right[1:closed]):
        return 0
    return closed + 1


def after_verb(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"на 9,5% сократилось количество сообщений", "на 10,4% меньше преступлений", "на 25% – краж":
    in languages that put the subject after the change, the noun phrase after its verb or comparative."""
    if not w.subject_after_change:
        return None
    if len(left) > 1 and left[-1].text in "–—" and left[-2].is_word and len(right) > 1 and right[0].text in "–—" \
            and (w.is_verb(right[1]) or w.participle(right[1].low) or w.verb_shaped(right[1].low)) and not w.share_verbs.at(right, 1):
        return None   # "Большая часть этой суммы — 132,5 млн рублей — накоплена ...": an aside of the phrase before its verb (but
        # "Основную долю — 56% — составляют кражи", "Больше половины из них — 56% — кражи": the part named after it)
    k = len(left)
    while k > 0 and left[k - 1].text not in CLAUSE_BREAKS:
        k -= 1
    opening = strip_openers(w, left[k:])
    if opening and w.is_reference(opening[:1]):
        return None  # "это на 5,5% меньше показателя ...": the clause is about what was said before
    if len(opening) > 1 and opening[0].low in w.change_nouns and opening[1].is_word and opening[1].low not in w.function:
        return None  # "Рост расходов бюджета на 11,4% обусловлен ...": the change and what changed open the clause
    first = i = _past_aside(w, right)   # "на 28% (с 90 до 65) уменьшилось число грабежей"
    if i < len(right) and right[i].low in w.prepositions:   # "на 10% в январе ... увеличились перевозки": past a time or a place
        v = next((k for k in range(i + 1, min(len(right), i + TIMED_WORDS)) if w.is_verb(right[k]) or not (right[k].is_word or right[k].timed)), None)
        first = i = v if v is not None and right[v].low in w.change and right[v].low not in w.change_nouns else i   # (a change's verb)
    if m.unit == COUNT and i + 1 < len(right) and right[i].low in w.person_nouns and w.is_verb(right[i + 1]):
        first = i = i + 1   # "на 300 человек выросло число безработных": the count's unit, then the verb
    while i < len(right) and (w.is_verb(right[i]) or w.comparatives.at(right, i) or right[i].text in "–—-"):
        verb_next = i + 1 < len(right) and w.is_verb(right[i + 1]) and right[i + 1].low not in w.comparison_verbs
        if w.comparatives.at(right, i) and not w.counting_comparatives.at(right, i) and not verb_next \
                or right[i].low in w.comparison_verbs:
            return None  # "на 3% ниже прошлогодних", "на 11,6% превышает показатель": what the figure is compared with
        i += 1   # (but "на 35% дороже стал проезд": the comparative, a verb, then what changed)
    if i == first or i >= len(right) or not right[i].is_word or right[i].low in w.function:
        return None
    head = last_head(w, right[i:i + 3])
    found = noun_phrase(w, right, i + head if head is not None else i)
    if found and all(t.text in "–—-" for t in right[first:i]):
        # after a dash alone, only a list item's noun ("на 25% – краж,"), not a new clause
        # ("инфляция в 2,5% – такие данные приводит Росстат") nor a source after a clause with its verb
        # ("Инфляция ... составила 1 % — статистика")
        if any(w.is_verb(t) or w.verb_shaped(t.low) for t in left[k:]):
            return None
        after = right.index(found[-1]) + 1
        rest = list(itertools.takewhile(lambda t: t.text not in CLAUSE_BREAKS and t.text not in ".!?", right[after:]))
        if rest and rest[0].is_word and any(w.is_verb(t) or w.verb_shaped(t.low) for t in rest):
            return None   # a clause of its own, not "11 – наезды на пешеходов;"
    elif found and any(t.text in "–—-" for t in right[first:i]) and any(w.is_verb(t) or w.verb_shaped(t.low) for t in left[k:]):
        return None   # "Снега вывезли в два раза больше - аким Уральска": a source after a clause with its verb
    after = right.index(found[-1]) + 1 if found else 0
    if found and after < len(right) and right[after].timed and right[after].low not in w.function:
        return None   # "что на 11,7% больше аналогичного периода 2024 года": the time it is compared with
    return found


NAME_WORDS = 4   # words of a name before "with" and its share ("Liberal Democrats with 12%")
DOING_WORDS = 6   # words of what counted people are doing, at most ("waiting for a first appointment")
TIMED_WORDS = 12   # words of a time or a place between a change's amount and its verb, at most
_CLOSING_QUOTES = frozenset("»”\"")


def name_with(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"КПРФ с 19,2%", "«Единая Россия» с 49,8%", "Labour on 34%": a share right after a name (capitalised
    words, an acronym, a name in quotes, or a list's item) and "with" (or a poll's "on") is the name's share."""
    if m.unit not in SHARES or len(left) < 2 or left[-1].low not in w.name_with:
        return None
    j = len(left) - 2
    quoted = left[j].text in _CLOSING_QUOTES
    j -= quoted
    words: list[Tok] = []
    while j >= 0 and left[j].is_word and (left[j].text[:1].isupper() or quoted and words) and len(words) < NAME_WORDS:
        words.insert(0, left[j])
        j -= 1
    return words or _item_with(w, left, right)


def name_with_change(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"Hull with a 0.9 per cent shift, Bradford with a 1.5 per cent rise": a share of change, a noun of change (or of
    a change either way) after it, right after a name, "with" and an article, is the name's."""
    if len(left) < 3 or left[-1].low not in w.articles or not right or right[0].low not in w.change_nouns | w.neutral_changes:
        return None
    found = name_with(w, m, left[:-1], right)
    return found if found and found[0].text[:1].isupper() else None


ITEM_WORDS = 6   # words of a list item's name before "with" at most


def _item_with(w: SubjectWords, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"..., health and social work with 31.6 per cent, education with 26.0 per cent, ...": an item of a list (after
    a comma, a semicolon or a colon, and before the next item or the sentence's end) names its share."""
    if right and right[0].text not in ",;." and right[0].low not in w.np_and:
        return None
    c = len(left) - 2
    while c >= 0 and left[c].is_word and not w.is_verb(left[c]) and len(left) - 2 - c < ITEM_WORDS:
        c -= 1
    if c < 0 or c == len(left) - 2 or left[c].text not in ",;:":
        return None
    return noun_phrase(w, left[:len(left) - 1], c + 1)


ASIDE_TOKENS = 8   # tokens at most of an aside in brackets between a measure's noun and its "of"


def noun_of_before(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"damage of over 156 billion rubles", "a staff of 35,000 people", "allocation of an additional ..."."""
    i = len(left) - 1
    while i >= 0 and not w.measure_before.ending_at(left, i):
        n = w.qualifier_phrases.ending_at(left, i) or w.determiners.ending_at(left, i)
        if not n and left[i].low in w.bridges:
            n = 1
        if not n:
            break
        i -= n
    n = w.measure_before.ending_at(left, i) if i >= 0 else 0
    if i < n or not n:
        return None
    j = i - n
    if j >= 0 and left[j].text == ")":   # "a natural increase (births minus deaths) of 3,682": the noun before the aside
        k = next((k for k in range(j - 1, max(-1, j - 1 - ASIDE_TOKENS), -1) if left[k].text in "()"), -1)
        if k > 0 and left[k].text == "(" and k < j - 1 and not any(t.text[:1].isdigit() for t in left[k + 1:j]):
            j = k - 1
    words: list[Tok] = []
    while j >= 0 and left[j].is_word and left[j].low not in w.function and not left[j].timed \
            and (not w.is_verb(left[j]) or not words and left[j].low in w.change_nouns) \
            and len(words) < 3 and (not words or not w.adjectives_by_ending or w.adjective(left[j].low)):
        words.insert(0, left[j])
        j -= 1
    if len(words) > 1 and words[-1].low in w.head_nouns and words[-2].low not in w.head_modifiers | w.generic \
            and not words[-2].low.endswith(w.modifier_endings):
        words = words[:-1]   # "the final operating surplus figure of $4.5 billion": the surplus (not "the annual figure of", "the national figure of")
    if not words or words[-1].low in w.generic or w.change_alone(words) or words[-1].low in w.level_nouns \
            or (m.direction or _level_reached(w, left, j)) and words[-1].low in w.change_rates \
            and all(t.low in w.change_degrees for t in words[:-1]):
        return None  # "an (annual) increase of 21.5 percent", "grew at an annual rate of 3.2%": what increased is said elsewhere; but "a natural increase of 46%";
        # "remain at historic lows of 0.9 per cent": a level reached, what is measured is the clause's; "starts rose to a
        # seasonally adjusted annualized rate of 3,735 units": the rate is the subject's level
    if any(t.low in w.cost_verbs for t in left[max(0, j - 2):j + 1]):
        return None  # "обойдутся бюджету Перми в 2,3 млрд рублей": who pays, not what costs
    if j >= 0 and left[j].low in w.prepositions and len(words) == 1 and n > 1:
        return None  # "сохраняется в целом на уровне 132 млн тонн": an adverbial phrase, not what is measured (but "с дефицитом в")
    return words


def _level_reached(w: SubjectWords, left: list[Tok], j: int) -> bool:
    """Does "to" or "at" end ``left[:j + 1]``, maybe before an article and words of a change's period ("to a seasonally"):
    the level a verb reached or stands at?"""
    while j >= 0 and left[j].low in w.change_degrees:
        j -= 1
    j -= j >= 0 and left[j].low in w.articles
    return j >= 0 and (left[j].low in w.level_after_change or w.amount_links.ending_at(left, j) == 1)


def with_measure(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"казна будет сформирована с дефицитом 4,2 млрд руб. при доходах 115,8 млрд руб.": a measure's noun between its
    preposition and the amount, with no word between, names what the amount measures (an adjective may stand
    before it: "с бюджетным дефицитом"); not a change's noun ("с ростом на 5%"), a time ("с января"), a plan compared
    with ("при плане 3,6 млрд"), a comparison ("по сравнению с прошлогодним"), an adjective ("с сегодняшних 1,2 млн"),
    nor a bound that says who a group are
    ("россиян с доходом ниже 45 тысяч рублей", "города с населением более 200 тысяч")."""
    if len(left) < 2 or m.bound or not left[-1].is_word or left[-1].timed \
            or left[-1].low in w.function or w.is_verb(left[-1]) or w.adjective(left[-1].low) \
            or left[-1].low in w.change_nouns or left[-1].low in w.generic or left[-1].low in w.with_plans:
        return None
    k = len(left) - 2
    if left[k].is_word and k > 0 and w.adjective_after(left[k - 1].low, left[k].low):
        k -= 1   # "с бюджетным дефицитом", "при средней урожайности"
    if left[k].low not in w.with_measure or w.against.ending_at(left, k):
        return None   # "выросло по сравнению с прошлогодним в 2,1 раза": what is compared with
    return left[k + 1:]


def list_lead(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"The remaining houses include: Seven in Farmhill, ten in Finisklin, ...": a bare count right after a colon, with a
    place after it, counts the plural noun that ends the colon's lead (maybe before a verb of listing)."""
    if m.unit != COUNT or len(left) < 2 or left[-1].text != ":" or not right or right[0].low not in w.item_in:
        return None
    for end in (len(left) - 1, len(left) - 2):   # (the lead as items.lead_noun reads it: "The remaining houses include:")
        if end < 2 or not all(t.is_word for t in left[end - 2:len(left) - 1]):
            break
        if w.lead_noun(left[end - 1].low, left[end - 2].low):
            return phrase_before(w, left, end)
    return None


class Rule(NamedTuple):
    """A subject rule: its name and the function that finds the noun phrase."""

    name: str
    find: Callable[[SubjectWords, Figure, list[Tok], list[Tok]], list[Tok] | None]


# The rules in the order they are tried, after ``elliptic`` (which only a second figure of a sentence tries).
def included(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"The budget predicts continued surpluses across the forward estimates, including $1.6 billion next year": an amount
    right after "including" is a part of the noun phrase before its comma (the items after it share it)."""
    n = w.examples.ending_at(left, len(left) - 1) if left else 0
    if not n or len(left) - n < 2 or left[len(left) - n - 1].text != ",":
        return None
    found = phrase_before(w, left, len(left) - n - 1)
    if not found or any(t.timed for t in found):
        return None
    k = left.index(found[0])
    k -= w.determiners.ending_at(left, k - 1) if k > 0 else 0   # (past "the")
    head = phrase_before(w, left, k - 1) if k > 1 and left[k - 1].low in w.prepositions else None
    if head:   # "surpluses across the forward estimates": the noun before the preposition; "расходы на социальную сферу": its complement too
        return head + [left[k - 1]] + found if (head[-1].low, left[k - 1].low) in w.complements else head
    return found


RULES = tuple(Rule(f.__name__, f) for f in (
    dash_item, semicolon_item, comma_item, leading_participle, paid_for, allocated_for, purpose_infinitive, with_level, linked_amount, aside_level, total_set, named_after, part_of_whole, share_goes_to, visit_purpose, fronted_whole, of_after, name_with_change, with_change, with_scored_change, object_to_change, noun_after, in_item, rate_after, after_comparative, change_noun_after, change_of_before, noun_of_before,
    change_in_before, item_of_change, with_measure, included, list_lead,
    list_item, name_with, ranked_by, before_parenthesis, after_parenthesis, dash_named, item_label, fronted_level, pointed_back, predicate_after, what_happened, money_done, after_verb, label_after, bullet_name, label, measure_word,
))
