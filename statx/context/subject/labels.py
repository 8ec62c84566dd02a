"""The subject rule for a label before its figure: "Thefts: -5%", "Speeding: 705", "прогнозировали менее
высокие показатели - 7,9%", "the unemployment rate, 3.9 percent, declined" (rules.py tries it last)."""
from __future__ import annotations

from ...text.view import CLAUSE_BREAKS, DASHES, Tok
from ..figure import Figure
from .brackets import BULLETS, title_name
from .phrase import noun_phrase, phrase_before, place_or_time
from .words import SubjectWords


def _item_label(w: SubjectWords, left: list[Tok], j: int, k: int) -> tuple[bool, list[Tok] | None]:
    """(found, label): the whole label of a list item before a dash whose words run back over a preposition
    (left[j - 1]) to the list's break: "📍нарушение правил ... на проезжей части – 9;", "..., на социальную
    политику – 19%" (what it goes to; not "в Пярну - 410", "в первом - 0,1%")."""
    c = j - 1
    while c > 0 and left[c - 1].is_word and j - c < 8:
        c -= 1
    if c == 0 or left[c - 1].is_word or left[c - 1].text[0].isdigit() or any(w.is_verb(t) for t in left[c:k]):
        return False, None
    c += left[c].low in w.purpose and not place_or_time(w, left, c)
    found = noun_phrase(w, left, c)
    return True, None if found and _adjectives_only(w, found) else found   # not "..., самый большой за всю историю – 525 млн тонн"


QUOTED_NAME = 40   # tokens of a quoted name before a label's dash or colon, at most
_QUOTES = {"»": "«", "”": "“", '"': '"'}   # a closing quotation mark and the one that opens it


def _quoted_name(left: list[Tok], k: int) -> list[Tok] | None:
    """The words of a name in quotes that closes right before left[k] (a label's dash or colon), when the quote opens its
    clause."""
    if k < 2 or left[k - 1].text not in _QUOTES:
        return None
    opening = _QUOTES[left[k - 1].text]
    j = next((j for j in range(k - 2, max(-1, k - 2 - QUOTED_NAME), -1) if left[j].text in (opening, left[k - 1].text)), None)
    if j is None or left[j].text != opening or j + 1 >= k - 1 or j > 0 and left[j - 1].is_word:
        return None
    return left[j + 1:k - 1]


LINE_LABEL = 5   # tokens of a label that is a line of its own before its colon at most


def _participle_alone(w: SubjectWords, left: list[Tok], j: int, phrase: list[Tok]) -> bool:
    """Is ``phrase`` a present participle alone after a comma ("rose by 5.4 per cent, contributing 0.3 percentage
    points")? Then the clause before says what the figure is of."""
    return len(phrase) == 1 and j > 0 and left[j - 1].text == "," and w.present_participle(phrase[0].low)


def _line_label(w: SubjectWords, left: list[Tok], k: int, right: list[Tok]) -> list[Tok] | None:
    """The words of a label that opens its sentence and is all of it but its figure and the people it counts
    ("Speeding: 705", "Население: 1247,8 тыс. человек"), after a
    slash that joins it to the label above ("w/injury": "injury"), maybe after a bullet; not a person's ("He said: 5")."""
    first = 1 if left and left[0].text in BULLETS else 0
    right = right[1:] if right and right[0].low in w.person_nouns else right   # "Население: 1247,8 тыс. человек."
    if not 0 < k - first <= LINE_LABEL or right and right[0].text not in ".;" or not left[first].is_word \
            or not all(t.is_word or t.text == "/" for t in left[first:k]) \
            or any(t.low in w.personal or t.low in w.prepositions for t in left[first:k]):   # (not "Расстояние от Тулы до Москвы: 180 км")
        return None
    return left[max((n + 1 for n in range(first, k) if left[n].text == "/"), default=first):k] or None


NAME_LABEL = 8   # tokens of an institution's name that labels a line, at most


def _name_label(w: SubjectWords, left: list[Tok], k: int, right: list[Tok]) -> list[Tok] | None:
    """"Office of the President: N$ 493 529 000 (435 369 000)": a name in capitalised words, maybe with "of", "the"
    and "and" between them, that opens its line before a colon and a figure (and maybe that figure's earlier value
    in brackets) is the line's label whole."""
    first = 1 if left and left[0].text in BULLETS else 0
    if not 1 < k - first <= NAME_LABEL or right and right[0].text not in ".;(" \
            or not (left[first].text[:1].isupper() and left[k - 1].text[:1].isupper()):
        return None
    if not all(t.is_word and (t.text[:1].isupper() or t.low in w.of or t.low in w.np_and or t.low in w.determiner_words)
               or t.text == "&" for t in left[first:k]):
        return None
    return left[first:k]


BARE_LABEL = 10   # tokens of a label with neither a colon nor a dash before its figure, at most
LABEL_WORDS = 6   # words of a noun phrase that is a clause of its own before a figure ("Расходы на поддержку реального сектора экономики – N"), at most


def _bare_label(w: SubjectWords, left: list[Tok], k: int, right: list[Tok]) -> list[Tok] | None:
    """The words of a sentence that is only a capitalised label, with no verb and no function word but "and" or a
    determiner, and its figure written with its sign ("Food and Non-Alcoholic Beverages +0.6 per cent.", a release's list
    of categories; not "Rice exports touched 2.4 million tonnes", whose verb no list knows): the label names what the
    figure measures."""
    if not 0 < k <= BARE_LABEL or right and right[0].text not in ".;" or not left[0].is_word or not left[0].text[0].isupper() \
            or not left[k - 1].is_word or left[k - 1].low in w.function:
        return None
    if any(not (t.is_word or t.text in ",&-/") or t.timed or t.low in w.personal or w.is_verb(t)
           or t.low in w.function and t.low not in w.np_and and not w.determiners.at(left, n) for n, t in enumerate(left[:k])):
        return None   # (a function word but "and" or "other" opens or joins a clause: "А правительство говорит, что инфляция 12%")
    return left[:k]


def _label_before_aside(w: SubjectWords, left: list[Tok], k: int, right: list[Tok]) -> list[Tok] | None:
    """The words of a line's label before its aside ("Domestic violence complaints (including assaults)— ",
    "Suicidal subjects, mentally ill— ", "Unemployment (March 2023): "): a label with no verb outside brackets and no
    figure but a time in brackets."""
    cut = next((n for n in range(k) if left[n].text in "(," or left[n].text in DASHES), k)
    if cut == k or any(w.is_verb(t) and not _in_brackets(left, n) or t.text[0].isdigit() and not (
            (t.timed or n + 1 < k and left[n + 1].timed) and _in_brackets(left, n))   # (a day before its month: "(на 1 января 1998 г.)")
                       for n, t in enumerate(left[:k])):
        return None
    return _line_label(w, left, cut, right)


def _in_brackets(toks: list[Tok], n: int) -> bool:
    """Is toks[n] inside brackets ("(including assaults)")?"""
    return sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in toks[:n]) > 0


def _opener_before(w: SubjectWords, left: list[Tok], j: int) -> bool:
    """Does a word that opens a clause ("и", "but") end right before ``j``, first in its clause?"""
    n = w.openers.ending_at(left, j - 1)
    return bool(n) and (j - n == 0 or left[j - n - 1].text in CLAUSE_BREAKS or left[j - n - 1].text in ".!?")


NAMED_WITHIN = 4   # words between a headline's colon and the verb that names what its figure is


def label_after(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"• $ 7,618,319:    Education sector;", "5.90 million: The number of maple taps in Vermont.": a list's line
    that opens with its figure (after a bullet, if any) and names what it is after a colon, the name all the rest of
    its clause but a phrase of a preposition (where, when); after a change noun, what changed ("17%: Decline in
    maple syrup production"); after a verb that names, what it names ("41 306 рублей: Пензастат назвал среднюю зарплату")."""
    first = 1 if left and left[0].text in BULLETS else 0
    if len(left) != first or len(right) < 2 or right[0].text != ":":
        return None
    k = 1 + w.determiners.at(right, 1)
    named = next((n for n in range(1, min(len(right) - 1, NAMED_WITHIN + 1)) if right[n].low in w.naming_verbs), None)
    if named is not None and all(t.is_word for t in right[1:named]):
        k = named + 1 + w.determiners.at(right, named + 1)   # "41 306 рублей: Пензастат назвал среднюю зарплату": what is named
    if k + 1 < len(right) and right[k].low in w.change_nouns:   # "17%: Decline in maple syrup production": what changed
        if right[k + 1].low in w.in_ or right[k + 1].low in w.of:
            k += 2
        elif not w.verbs_by_word_order and right[k + 1].is_word and right[k + 1].low not in w.function:
            k += 1   # "5%: снижение добычи нефти": in the genitive
    found = noun_phrase(w, right, k)
    end = right.index(found[-1], 1) + 1 if found else 0
    if not found or end < len(right) and right[end].text not in CLAUSE_BREAKS and right[end].text not in ".!?" \
            and right[end].low not in w.prepositions:
        return None
    return found


LEADER_DOTS = 3   # full stops or ellipses in a row between a label and its value: a leader


BULLET_NAME_WORDS = 3   # words of a name alone on a marked line before its figure, at most


def bullet_name(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"• Витебская 1 091 948": a line a list's mark opens, only a name and its figure, is of that name. (It is no
    evidence that the figure is a claim: the items around it, or their lead, say that.)"""
    if 1 < len(left) <= 1 + BULLET_NAME_WORDS and left[0].text in BULLETS and all(t.is_word for t in left[1:]) \
            and (not right or right[0].text in ".;"):
        return left[1:]
    return None


def label(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"Thefts: -5%", "Ставка не ниже 7%": a clause that is only a noun phrase names what its figure
    measures; so does the noun phrase right before a dash ("прогнозировали менее высокие показатели - 7,9%")
    and the one a figure between commas stands beside ("the unemployment rate, 3.9 percent, declined")."""
    k = len(left)
    while k > 0 and (left[k - 1].low in w.bridges or w.qualifier_phrases.ending_at(left, k - 1)):
        k -= w.qualifier_phrases.ending_at(left, k - 1) or 1
    j = k
    while j > 1 and left[j - 1].timed and left[j - 1].is_word:
        j -= 1   # "Our revenue, now approaching $2 billion, includes": the apposition's time is no part of it
    if j > 1 and left[j - 1].text == "," and right and right[0].text == ",":
        found = phrase_before(w, left, j - 1)   # "the unemployment rate, 3.9 percent, declined": an apposition
        opens = j - 1 - len(found) - 1 if found else -1   # (not an aside a preposition opens: "составил, по оценке, N,",
        while opens > 0 and left[opens].low in w.determiner_words:   # "grew, by our estimate, 4.1 percent,")
            opens -= 1
        aside = opens > 0 and left[opens].low in w.prepositions and left[opens - 1].text == ","   # (not "in New York, 450,")
        return None if aside else found
    if k > 1 and left[k - 1].text == "," and (not right or right[0].text in ".!?;"):
        found = phrase_before(w, left, k - 1)   # "reported the lowest number of cases, 24,535.": a measure's value ends the sentence
        return found if found and any(w.heads.at(found, n) for n in range(len(found))) else None
    dash = k > 0 and left[k - 1].text in "–—-"
    if k > 0 and left[k - 1].text in ":–—-":
        k -= 1
    if dash and k > 0 and left[k - 1].text == ":":
        k, dash = k - 1, False   # "Дефицит: –4 193 млрд рублей": a sign after the colon
    colon = k < len(left) and left[k].text == ":"
    leader = next((n for n in range(k, 0, -1) if left[n - 1].text not in ".…"), 0)   # "Labour force……….20,300": a dot leader
    if not (colon or dash) and k - leader >= LEADER_DOTS:
        k, colon = leader, True   # stands for the colon
    if (colon or dash) and (quoted := _quoted_name(left, k)):
        return quoted   # "«Обработка древесины ..., кроме мебели, ...» – 107,9%": the quoted name, whole (a short one
        # has lost its quotes before the rules: unquote_short)
    if colon and (found := _line_label(w, left, k, right) or _name_label(w, left, k, right)) \
            or (colon or dash) and (found := _label_before_aside(w, left, k, right)):
        return found   # "All moving violations: 857", "w/injury: 33", "Domestic violence complaints (including assaults)— 697"
    if not (colon or dash) and m.mention.written_sign is not None and (bare := _bare_label(w, left, k, right)):
        return bare   # "Alcoholic beverages, tobacco and narcotics +0.1 per cent."
    if dash and (named := title_name(w, left, k)):
        return named   # "Vote 010: Ministry of Agriculture, Animal Industry and Fisheries - Shs 678,605,399,000"
    while k > 1 and (left[k - 1].timed or left[k - 1].low in w.prepositions and k < len(left) and left[k].timed):
        k -= 1   # "о низкой инфляции в феврале этого года – 0,2%", "Смертность сегодня на 12% ниже": the time is no part of the label
    if dash and k > 1 and left[k - 1].low in w.change_nouns and left[k - 2].is_word and left[k - 2].low not in w.function \
            and not w.adjective(left[k - 2].low):
        return left[k - 1:k]   # "в среднем по округу прирост — 1,9%": the change the figure sizes, not the place before it
    j = k
    while j > 0 and k - j < LABEL_WORDS and left[j - 1].is_word and not left[j - 1].timed \
            and (left[j - 1].low not in w.function or j > 1 and (left[j - 2].low, left[j - 1].low) in w.complements) \
            and left[j - 1].low not in w.hedges and not w.is_verb(left[j - 1]):
        j -= 1  # not "possibly" in "around 5 percent, possibly 5.1 percent"; "тариф на отопление – на 7%" whole
    b = j - 2 if j > 2 and left[j - 1].low in w.np_and and left[j - 2].is_word else j   # "огурцы и капуста – на 7%"
    if dash and 0 < b < k and left[b - 1].low in w.change and all(t.is_word for t in left[b:k]):
        return left[b:k]   # "Сильнее всего подорожали помидоры – на 4%": the subject after its change verb, then the dash
    cause = next((b for b in range(max(j - 1, 0), k - 1) if w.causes.ending_at(left, b)), None) if dash else None
    if cause is not None:
        return left[cause + 1:k]   # "происходило за счет естественной убыли – 63,8%": the cause the share is of
    if dash and j > 0 and left[j - 1].low in w.prepositions:
        whole, found = _item_label(w, left, j, k)
        if whole:
            return found
    whole, found = _whole_label(w, left, j, k, colon, dash)
    if whole:
        return found
    if colon and j > 1 and left[j - 1].low in w.np_and and left[j - 2].is_word and left[j - 2].low not in w.function \
            and not left[j - 2].timed and (j == 2 or left[j - 3].text in CLAUSE_BREAKS or left[j - 3].text in BULLETS or left[j - 3].text in ".!?"):
        j -= 2   # "Овцы и козы: 6 миллионов 331,6 тысячи голов": a label of two nouns joined
    e = j - 1 if j > 0 and left[j - 1].timed and not left[j - 1].is_word else j   # "• 2022 GDP contribution $210.6m": the label's year before it
    if j == k or e > 0 and not dash and left[e - 1].text not in CLAUSE_BREAKS and left[e - 1].text not in ".!?" \
            and left[e - 1].text not in BULLETS and not (e == 1 and left[0].text in "-–—") \
            and not w.clause_words.ending_at(left, e - 1) and not _opener_before(w, left, e):   # ("- Murder: 1,087": a dash as bullet)
        return None  # "..., что инфляция 12%" opens its clause too  # a dash may also follow the object that the figure spells out ("forecast lower rates – 7.9%")
    phrase = left[j:k]
    if all(t.low in w.times_of_day for t in phrase) or _participle_alone(w, left, j, phrase):
        return None   # "днем -3, ночью -9": a forecast's readings by the time of day; ", contributing 0.3 points": the clause before's
    if w.is_reference(phrase):
        return phrase
    if dash and j > 0:
        d = j - 1
        while d > 0 and left[d].is_word and left[d].low not in w.prepositions and (
                left[d].low in w.function or w.determiners.ending_at(left, d)
                or w.adjective(left[d].low)):
            d -= 1
        if left[d].low in w.topic_prepositions and phrase[-1].low not in w.generic:
            return noun_phrase(w, phrase, 0)   # "сообщает о рекордно низкой инфляции – 0,2%"
        if left[d].low in w.of and (not right or right[0].text in CLAUSE_BREAKS or right[0].text in ".!?"):
            # "drew attention to the low detection rate of such crimes – 25%.": the figure ends the clause
            return phrase_before(w, left, k)
        if left[d].low in w.prepositions and not w.possessors.at(left, d):   # ("У нас долговая нагрузка – 22 млрд": whose, not where)
            # "remains at a low level – 2.1%": a place or a level; but a verbless clause that counts
            # is its own subject: "Больше всего преступлений в Москве — 23,9 тыс."
            c = d
            while c > 0 and left[c - 1].text not in CLAUSE_BREAKS and left[c - 1].text not in ".!?":
                c -= 1
            clause = left[c:k]
            if not w.counting_comparatives.at(clause, 0) or any(w.is_verb(t) for t in clause):
                return None
            return noun_phrase(w, clause, 0)
    if _adjectives_only(w, phrase) and not (dash and (j == 0 or left[j - 1].text in BULLETS) and phrase[0].text[0].isupper()):
        return None  # "она будет самой низкой – 6%": no noun (but a list's line "Гомельская - 10,3%" names its item, its noun left out)
    if dash and j > 0 and phrase[-1].low in w.generic and any(w.is_verb(t) and t.low not in w.speech_words for t in left[:j]):
        return None  # "хозяйство дало очень хороший результат – 3,7%": what gave the result is the subject (not what a bank forecast)
    return noun_phrase(w, _before_comparative(w, phrase), 0)


def _before_comparative(w: SubjectWords, phrase: list[Tok]) -> list[Tok]:
    """``phrase`` up to a comparative and what it is compared with ("заболеваемость | ниже эпидпорога"): what is
    compared; the whole phrase where only a verb stands before it ("стали дешевле яйца": the subject follows)."""
    cut = next((n for n, t in enumerate(phrase) if n and t.low in w.compared_with), len(phrase))
    return phrase[:cut] if any(t.is_word and t.low not in w.function and not w.is_verb(t) for t in phrase[:cut]) else phrase


def _whole_label(w: SubjectWords, left: list[Tok], j: int, k: int, colon: bool, dash: bool) -> tuple[bool, list[Tok] | None]:
    """(found, label): a bullet's whole label ("• Works and Infrastructure: $2.4bn"), or a heading with a preposition
    that opens its line ("Расстояние от Иркутска до Москвы: 4202 км", "Параметры бюджета по доходам – 7,2 млрд"),
    whose words run back past ``j``."""
    if (colon or dash) and j > 0 and not left[j - 1].text in BULLETS:
        c = j - 1
        while c > 0 and left[c - 1].is_word and j - c < 8:
            c -= 1
        if c > 0 and left[c - 1].text in BULLETS and not any(w.is_verb(t) and not t.text[:1].isupper() for t in left[c:k]):
            return True, noun_phrase(w, left, c) or (left[c:k] if left[c].text[:1].isupper() else None)
    if (colon or dash) and j > 0 and left[j - 1].low in w.prepositions:
        c = j - 1
        while c > 0 and left[c - 1].text not in CLAUSE_BREAKS and left[c - 1].text not in ".!?" and j - c < 8:
            c -= 1
        if (c == 0 or left[c - 1].text in ".!?") and not any(w.is_verb(t) for t in left[c:k]) \
                and (colon or left[c].low not in w.prepositions):   # "Доходы бюджета по доходам – 7,2 млрд"; not "В Пярну – 410"
            return True, noun_phrase(w, left, c)
    return False, None


def _adjectives_only(w: SubjectWords, phrase: list[Tok]) -> bool:
    return w.adjectives_by_ending and all(w.adjective(t.low) for t in phrase)
