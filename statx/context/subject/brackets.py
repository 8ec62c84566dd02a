"""Subject rules for figures in brackets (tried in the order of ``rules.RULES``): a name before the
brackets that is an item of a list ("Таджикистан (16,7%), Киргизия (10,4%)"), the noun right before
them ("solved crimes (21.9 percent)"), the noun after them ("две трети (62,5%) преступлений"), and the
part a dash names after a figure and its brackets ("из которых 568,5 тысячи (24,1%) – женщины")."""
from __future__ import annotations

from ...numbers.mention import COUNT, SHARES, Form
from ...text.rows import BULLETS
from ...text.view import CLAUSE_BREAKS, DASHES, LIST_BREAKS, SOFT_BREAKS, Tok
from ..figure import Figure
from .clause import clause_subject
from .phrase import finish_or_none, last_head, noun_phrase, past_aside, phrase_before, proper, slash_between, strip_openers
from .predicates import predicate_after
from .words import SubjectWords


def list_item(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"Таджикистан (16,7%), Киргизия (10,4%) и Белоруссия (9,5%)", "Далее идут Пермский край (9,1 тыс.)":
    a figure in brackets after a name that is an item of a list gives the name; the caller puts it
    after the measure the list breaks down ("краж (пермский край)")."""
    if not left or left[-1].text != "(":
        return None
    close = next((k for k, t in enumerate(right[:6]) if t.text == ")"), None)
    if close is None:
        return None
    words: list[Tok] = []
    j = len(left) - 2
    while j >= 0 and (left[j].is_word and not left[j].timed and not w.is_verb(left[j])
                      and (left[j].low not in w.function or _inside_name(w, left, j, words))
                      or left[j].text == "&" and words and j > 0 and proper(left[j - 1])) and len(words) < 5:
        words.insert(0, left[j])   # "Gas & Other Fuels (+17.1%)": an ampersand and a capitalised word inside a name
        j -= 1
    if not words or not proper(words[0]) or j >= 0 and left[j].text in ".!?" or j < 0:
        return None  # a name inside its sentence; one that opens it is its subject
    if j > 0 and w.determiners.ending_at(left, j) == 1 and (left[j - 1].text in LIST_BREAKS or left[j - 1].low in w.np_and):
        j -= 1   # "Italy (278,000), the Netherlands (234,000)", "... and the United Kingdom (141,378)": the article of an item's name
    after = right[close + 1] if close + 1 < len(right) else None
    k = close + 2 + w.determiners.at(right, close + 2)   # (past an article: "..., the Netherlands (234,000)")
    following = right[k] if k < len(right) else None
    opens = w.is_verb(left[j]) or left[j].low in w.prepositions   # "идут Таджикистан (16,7%), ...", "increases in Transport (+18.9%), ..."
    # (a list's next item follows: a name, not "а наименьшая — в ..." after "зафиксирована в Татарстане (84,7 тыс. руб.),")
    listed = left[j].low in LIST_BREAKS or left[j].low in w.np_and or left[j].text in ":–—-" \
        or opens and after is not None and (after.low in LIST_BREAKS or after.low in w.np_and) and following is not None and proper(following)
    return words if listed else None


def ranked_by(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"По объему инвестиций на душу населения – 10 место в РФ (74,1 тыс. руб.)": a figure in brackets after a rank
    ("10 место", "заняла 19 место из 80") is the value of the measure the sentence ranks by, after its "по"."""
    k = _opened(left, ").;")   # (in the rank's own sentence part)
    if k < 2 or not any(t.low in w.rank_words for t in left[max(0, k - RANK_REACH):k]):
        return None
    opening = strip_openers(w, left[:k])
    n = w.ranked_by.at(opening, 0)
    if not n or n >= len(opening):
        return None
    return noun_phrase(w, opening, n) or None


RANK_REACH = 6   # tokens from a rank's word to the bracket of its value, at most


def _opened(left: list[Tok], stops: str) -> int:
    """Where the bracket the figure stands in opens among ``left``, or -1 (none, or a token of ``stops`` first)."""
    for k in range(len(left) - 1, -1, -1):
        if left[k].text == "(":
            return k
        if left[k].text in stops:
            return -1
    return -1


def _inside_name(w: SubjectWords, left: list[Tok], j: int, words: list[Tok]) -> bool:
    """Is the function word left[j] capitalised inside a capitalised name ("Gas & Other Fuels")?"""
    return bool(words) and proper(left[j]) and proper(words[0]) and left[j].low not in w.prepositions \
        and left[j].low not in w.articles and j > 0 and left[j - 1].text not in ".!?"


def before_parenthesis(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"one out of five solved crimes (21.9 percent)", "краж (с 8329 до 6428)": a figure in brackets
    measures the noun right before them."""
    k = _opened(left, ")")
    if k < 1 or not right or not any(t.text == ")" for t in right):
        return None
    label = _bullet_label(w, left, k)
    if label:
        return label
    if any(t.low in w.bridges for t in left[k + 1:]) and any(w.is_verb(t) for t in left[k + 1:]):
        return None   # "(сократилась добыча нефти на 7,1%, ...)": a clause of its own in the brackets, its verb and subject there
    if any(t.low in w.bridges for t in left[k + 1:]):
        rest = right[next(c for c, t in enumerate(right) if t.text == ")") + 1:]
        after = strip_openers(w, rest)
        if k > 0 and left[k - 1].is_word and (_list_of_brackets(w, left[:k], rest) or _item_line(w, left, k)):
            # "краж автомобилей (на 23,7%), квартирных краж (на 27,1%), грабежей (на 18,3%).", "• бананы (на 3%,
            # до 174,41 руб. за кг)": items of a list, each a noun and the size of its change in brackets
            return phrase_before(w, left, k)
        # "increased dramatically (by 49 percent)": the size of the change the clause names, whose
        # subject may follow the brackets ("Увеличилось незначительно (на 0,3%) число краж")
        if _change_after_noun(w, left) and (before := phrase_before(w, left, k)) and not _in_predicate(w, left, before):
            return before   # "while rice output (down by 9.2 percent)": the noun right before
        head = last_head(w, after[:4]) if w.subject_after_change else None
        found = noun_phrase(w, after, head or 0) if w.subject_after_change and after else None
        return found or clause_subject(w, left[:k]) or None
    quoted = _quoted_before(left, k)
    if quoted:
        return quoted   # "registered under 'cruelty by husband or his relatives' (30.9 per cent)": the quoted name
    left_out = _left_out_before(w, left, k)
    if left_out:
        return left_out
    item = _bracketed_item(w, left, k, right)
    if item:
        return item
    words: list[Tok] = []
    j = k - 1
    while j >= 0 and (left[j].is_word and not left[j].timed and left[j].low not in w.function
                      and not w.is_verb(left[j]) and left[j].low not in w.lex.spelled_number_words and sum(t.is_word for t in words) < 4
                      or words and slash_between(left, j)):   # ("agri/education/health/welfare (€0.81m)": one item)
        words.insert(0, left[j])
        j -= 1
    if words and j > 0 and left[j].low in w.prepositions and left[j - 1].is_word and all(t.low in w.places for t in words) \
            and (found := phrase_before(w, left, j)) and not w.is_verb(found[-1]):
        return found   # "показатель роста ВРП в субъекте (2,6%)": the noun before a place named by a common noun
        # (not a name: "въехали в Россию из Узбекистана (23,3%)")
    if words and j >= 0 and left[j].low in w.copulas and not w.verbs_by_word_order and not w.adjective(words[-1].low) \
            and not any(t.low in w.generic for t in words):
        return words   # "Наиболее урожайными были озимая пшеница (31 ц/га)": free word order, a noun after the copula is its subject
    if words and j >= 0 and (left[j].low in w.copulas or w.level_verbs.ending_at(left, j)) or words and words[-1].low in w.time_units:
        # "X remains significant (57,000)": a predicate, not what is counted; "down on the previous month
        # (465,000 persons)": the value of a time, of what the clause measures
        return clause_subject(w, left[:k]) or None
    if words and j >= 0 and (left[j].text[0].isdigit() or left[j].low in w.lex.spelled_number_words):
        return None  # "200-250 billion rubles ($2.5 billion-$3 billion)": a unit, the brackets restate its amount
    if words and j >= 0 and left[j].low in w.per and left[j].low not in w.prepositions:   # ("per", not the "на" of "цены на какао")
        return None  # "rose to $268 per person compared $229 per person (+17.3%)": a rate's unit, the brackets give the
        # change of the amount before it
    if words and proper(words[0]) and j >= 0 and left[j].text not in ".!?":
        return None  # "Краснодарский край (12 тыс.)": a place or a name inside a sentence, not what is counted
    if len(words) == 1 and words[0].low in w.generic:
        return None  # "погибло 7138 человек (снижение на 4%)": the people the figure before counted
    return words or None


def _left_out_before(w: SubjectWords, left: list[Tok], k: int) -> list[Tok] | None:
    """"prices for newly built houses, excluding land (up 5.6 percent)": after a comma's aside that says what the
    figure leaves out, the noun before the comma."""
    c = next((c for c in range(k - 1, max(-1, k - 1 - LEFT_OUT_TOKENS), -1) if left[c].text == ","), None)
    if c is None or c == 0 or not w.leaves_out(left, c + 1):
        return None
    return phrase_before(w, left, c) or None


LEFT_OUT_TOKENS = 5   # tokens of an aside that says what a figure leaves out ("excluding land"), at most
ITEM_TOKENS = 12   # tokens of an item's name in a list of bracketed figures, at most


def _bracketed_item(w: SubjectWords, left: list[Tok], k: int, right: list[Tok]) -> list[Tok] | None:
    """"prices of food and beverages (1.6%), clothing and footwear (0.86%) and recreation and culture (3.9%)": in a
    list of names each with its figure in brackets, the whole name of the item, back to the bracket of the item before
    (and its comma or "and"), or, for the first item, back to the preposition that opens the list; a name may hold
    commas and "and" of its own."""
    j = k - 1
    while j >= 0 and k - j <= ITEM_TOKENS and (left[j].is_word and not left[j].timed and not w.is_verb(left[j])
                                               and (left[j].low not in w.function or left[j].low in w.coordinators or left[j].low in w.count_modifiers)
                                               or left[j].text == ","):   # ("gas and other fuels")
        j -= 1
    name = left[j + 1:k]
    while name and (name[0].text == "," or name[0].low in w.coordinators):
        name = name[1:]   # the list's own comma or "and" before the item
    if len(name) < 2 or not name[-1].is_word or not any(t.text == "," or t.low in w.coordinators for t in name):
        return None   # a single word is the rule's below
    if j >= 0 and left[j].text == ")":
        return name   # an item after the one before it
    close = next((c for c, t in enumerate(right) if t.text == ")"), None)
    listed = close is not None and close + 2 < len(right) and right[close + 1].text == "," and right[close + 2].is_word
    return name if listed and j >= 0 and left[j].low in w.prepositions else None


LABEL_TOKENS = 12   # tokens of a bulleted line's label, at most


def _bullet_label(w: SubjectWords, left: list[Tok], k: int) -> list[Tok] | None:
    """"• Food and Non-Alcoholic Beverages (August, -1.4%; September, -0.3%)": the whole label of a bulleted
    line, when only times, figures and their punctuation stand between the bracket at left[k] and the figure; so is
    a list of names that opens the sentence ("Alcoholic beverages, tobacco and narcotic (12.9 per cent) was ...")."""
    if not all(t.timed or not t.is_word for t in left[k + 1:]):
        return None
    j = k - 1
    while j >= 0 and k - j <= LABEL_TOKENS and (left[j].is_word or left[j].text in ",&"):
        j -= 1
    if j < 0 < k - 3 and left[0].text[0].isupper() and left[0].low not in w.opener_words and left[k - 1].is_word \
            and any(t.text == "," for t in left[:k]) and any(t.low in w.coordinators or t.text == "&" for t in left[:k]) \
            and not any(w.is_verb(t) for t in left[:k]):
        return left[:k]
    return left[j + 1:k] if j >= 0 and left[j].text in BULLETS and j + 1 < k and left[k - 1].is_word \
        and not (proper(left[k - 1]) and any(w.is_verb(t) for t in left[j + 1:k])) else None
    # (a verb, then a place before the bracket, make it a sentence: "• The share was highest in Oahu (58.7%)")


QUOTED_WORDS = 12   # words a quoted name before a bracket runs at most
CHANGE_WORDS = 3   # words of a change in brackets before its figure ("down by", "рост на"), at most
UNIT_WORDS = 3   # words of an amount's unit (and the dots of their abbreviations) before a bracket, at most


def _quoted_before(left: list[Tok], k: int) -> list[Tok] | None:
    """The words of a name in single quotes that ends right before the bracket at left[k] ("'kidnapping of
    women' ("), else None. (Double quotes and guillemets end a clause: the tokens before a figure leave them out.)"""
    if k < 2 or not left[k - 1].text.endswith(("'", "’")):
        return None
    for j in range(k - 2, max(-1, k - 2 - QUOTED_WORDS), -1):
        if left[j].text in ("'", "‘"):
            return left[j:k]
    return None


def _item_line(w: SubjectWords, left: list[Tok], k: int) -> bool:
    """Does the noun phrase before the bracket at left[k] open its sentence or follow a bullet, with
    only the bracket's linking words and figures before the figure ("• бананы (на 3%, до 174,41 руб.")?"""
    item = phrase_before(w, left, k)
    if not item or not all(t.low in w.bridges or t.low in w.level_after_change or not t.is_word for t in left[k + 1:]):   # not "(в ред. ... № 153)"
        return False
    at = left.index(item[0])
    return at == 0 or left[at - 1].text in BULLETS


def _list_of_brackets(w: SubjectWords, before: list[Tok], after: list[Tok]) -> bool:
    """Is a noun with its change in brackets an item of a list of such items: another item after
    it (", квартирных краж (на 27,1%)", "и рецидивов (на 12,9%)"), or one before it and nothing after?"""
    if after and (after[0].text in LIST_BREAKS or after[0].low in w.joiners) and any(t.text == "(" for t in after[1:8]):
        return True
    ends = not after or after[0].text in ".!?;"
    return ends and any(t.text == ")" and k + 1 < len(before) and (before[k + 1].text in LIST_BREAKS or before[k + 1].low in w.joiners)
                        for k, t in enumerate(before[-12:], len(before) - min(12, len(before))))


def after_parenthesis(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"Почти две трети (62,5%, или 265,6 тыс.) преступлений": a figure in brackets measures
    the noun that follows them."""
    depth = sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in left)
    if depth <= 0:
        return None
    close = next((i for i, t in enumerate(right) if t.text == ")"), None)
    if close is None or close + 1 >= len(right):
        return None
    if m.direction and _change_after_noun(w, left):
        return None   # "sugar production (down by 13.6 percent) recorded ...": the change of the noun before
    after = right[close + 1:]
    if after[0].is_word and not w.is_verb(after[0]) and not w.late_verb(after, 0) and after[0].low not in w.function \
            and not w.participle_from(after[:2]):   # not "(13.9%) recorded the ...", "(4,300 persons) moving from 62,000"
        return noun_phrase(w, after, 0)
    return predicate_after(w, m, [], after) if w.copulas & {after[0].low} else None


def _change_after_noun(w: SubjectWords, left: list[Tok]) -> bool:
    """Does the bracket the figure stands in open right after a noun's word, and a few words of its change come
    first ("and rice output (down by", "выпуск сыров (рост на")? Not a list's share ("Chicken (0.05%) Dry
    Fish"), an amount's unit ("1 кВтч (примерно с"), a degree's ("увеличилось незначительно (на 0,3%)") or an
    adjective's ("существенного (на 36%) удорожания")."""
    k = max(n for n, t in enumerate(left) if t.text == "(")
    if not 0 < k < len(left) - 1 or len(left) - 1 - k > CHANGE_WORDS or not left[k + 1].is_word:
        return False
    before = left[k - 1]
    if not before.is_word or before.low in w.function or w.is_verb(before) or w.adverb(before.low) or before.timed \
            or w.adjective(before.low) or before.low in w.change_degrees:
        return False
    j = k - 1
    while j >= 0 and k - j <= UNIT_WORDS and (left[j].is_word or left[j].text == "."):
        j -= 1
    if j >= 0 and left[j].text[0].isdigit():
        return False   # "450 млн. 523 тыс. рублей (снижение на": an amount's unit
    return True


def _in_predicate(w: SubjectWords, left: list[Tok], phrase: list[Tok]) -> bool:
    """Does a verb or a preposition stand right before ``phrase`` ("yields are above average (by 20 per cent)")?"""
    k = next((n for n, t in enumerate(left) if t is phrase[0]), 0)
    return k > 0 and (w.is_verb(left[k - 1]) or left[k - 1].low in w.copulas or left[k - 1].low in w.prepositions)


def dash_item(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"на 24% – на огурцы свежие (19,5 руб.), на 9% – на лук репчатый": after the size of a change, a dash and
    the change's preposition again, the item that changed: its words to the next mark."""
    if not (left and left[-1].low in w.prepositions and len(right) > 2 and right[0].text in DASHES and right[1].low == left[-1].low):
        return None
    end = 2
    while end < len(right) and end < 2 + DASH_ITEM_WORDS and right[end].is_word:
        end += 1
    return right[2:end] or None


SEMICOLON_ITEM_WORDS = 5   # words of an item of a list of semicolons between its preposition and its dash, at most


def semicolon_item(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"...; по овцам и козам – соответственно 50,1%, 43,7% и 6,2%; по свиньям – 43,4%": an item of a list of
    semicolons, named after its preposition before a dash, its figures after the dash."""
    k = next((k for k in range(len(left) - 1, -1, -1) if left[k].text == ";"), None)
    if k is None or k + 3 >= len(left) or left[k + 1].low not in w.item_prepositions:
        return None
    d = next((d for d in range(k + 2, len(left)) if left[d].text in DASHES), None)
    if d is None or d - k - 2 > SEMICOLON_ITEM_WORDS or not all(t.is_word for t in left[k + 2:d]):
        return None
    if not all(not t.is_word or t.low in w.respectively or t.low in w.np_and for t in left[d + 1:]):
        return None   # only the item's figures, "respectively" and "and" between its dash and this figure
    return left[k + 2:d]


def in_semicolon_list(w: SubjectWords, left: list[Tok], right: list[Tok]) -> bool:
    """Is the figure between ``left`` and ``right`` an item of a list of semicolons ("... included suspicious persons, 243;
    verbal disputes, 239 apiece; suspicious vehicles, 227"): its label's word and a comma right before it, a semicolon or
    the sentence's end right after it (past one word of its own, "239 apiece")?"""
    if len(left) < 2 or left[-1].text != "," or not left[-2].is_word:
        return False
    k = 1 if right and right[0].is_word and right[0].low not in w.function else 0
    return (k >= len(right) or right[k].text in ";.") and sum(1 for t in left + right if t.text == ";") >= SEMICOLONS


def comma_item(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"... included suspicious persons, 243; verbal disputes, 239 apiece; suspicious vehicles, 227": an item of a list
    of semicolons (in_semicolon_list) is of its label, before the comma."""
    if not in_semicolon_list(w, left, right):
        return None
    start = next((n + 1 for n in range(len(left) - 2, -1, -1) if left[n].text in ";:"), 0)
    found = phrase_before(w, left[start:], len(left) - 1 - start)
    return found if found and not all(proper(t) for t in found) else None   # (a place's name is where, not what: "Wells, 8.9 percent")


SEMICOLONS = 2   # semicolons around a figure that make its sentence a list


def dash_named(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"из которых 568,5 тысячи (24,1%) – женщины, 827,1 тысячи – молодежь": a count without its noun (or
    the share in brackets after one), then a dash and a noun phrase that ends the clause: the phrase names
    the part counted. Digits only ("всего двое — ярославцы" counts people its clause names); not after a change
    ("fell 5% – the largest drop") nor before an article ("– the rest")."""
    if m.direction or m.form is not Form.DIGITS or not (m.unit == COUNT or m.unit in SHARES and left and left[-1].text == "("):
        return None
    if not left or left[-1].text in ":•" or not any(t.is_word for t in left):
        return None   # "Виды:\n9 – пожары в гаражах": a list's line, its label after the dash (label)
    k = 1 if right and right[0].text == ")" else past_aside(right)
    if k + 1 >= len(right) or right[k].text not in DASHES or right[k + 1].low in w.determiner_words \
            or right[k + 1].low in w.prepositions:   # "из них 310 – в областном центре": a place, the thefts are counted
        return None
    found = noun_phrase(w, right, k + 1)
    end = right.index(found[-1], k + 1) + 1 if found else 0
    if not found or end < len(right) and right[end].text not in CLAUSE_BREAKS and right[end].text not in ".!?":
        return None
    return found


ITEM_WORDS = 5   # words of a list item's label between its comma and its dash, at most
DASH_ITEM_WORDS = 6   # words of an item named after a dash and its preposition ("– на капусту белокочанную свежую"), at most


def item_label(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"появились на свет 17623, ушли в лучший мир – 16455": a count right after ", label – ", the label in
    small letters naming what is counted (not a place or a time: "в Ферганской области – 223,4", "в 2020 году – 5")."""
    if m.direction or m.form is not Form.DIGITS or m.unit != COUNT or len(left) < 3 or left[-1].text not in DASHES:
        return None
    k = len(left) - 2
    while k >= 0 and left[k].is_word and not left[k].timed and len(left) - 1 - k <= ITEM_WORDS:
        k -= 1
    label = left[k + 1:-1]
    if k < 0 or left[k].text != "," or not label or label[0].low in w.prepositions or label[0].low in w.function \
            or any(t.text[0].isupper() for t in label):
        return None
    return label


TITLE_WORDS = 12   # words of an office's or a body's name before a dash


def title_name(w: SubjectWords, left: list[Tok], k: int) -> list[Tok] | None:
    """"Vote 010: Ministry of Agriculture, Animal Industry and Fisheries – Shs 678,605,399,000": a name in
    capitalised words (commas, "of", "and" between them) that opens its sentence or follows a colon, right
    before the dash of a list item, is the item's label whole."""
    j = k
    while j > 0 and k - j < TITLE_WORDS and (left[j - 1].text[:1].isupper() or left[j - 1].text in ",&"
                                              or left[j - 1].low in w.of or left[j - 1].low in w.np_and):
        j -= 1
    while j < k and not left[j].text[:1].isupper():
        j += 1
    if k - j < 2 or not (j == 0 or left[j - 1].text == ":") or not any(t.text == "," or t.low in w.np_and for t in left[j:k]):
        return None
    return left[j:k]


LABEL_WORDS = 6   # words of a list item's label before its dash


def dash_label(w: SubjectWords, left: list[Tok], own: int) -> str | None:
    """"• убийств — количество снизилось на 96", "Robberies — the number fell by 96": the label before the dash
    that opens the figure's clause (``own``: where the clause starts), a few words that open their line or item."""
    dash = own - 1
    if dash < 1 or left[dash].text not in SOFT_BREAKS or left[dash].timed:
        return None   # (not the dash of a time: "По сравнению с январем —маем 2022 года их количество")
    start = dash
    while start > 0 and left[start - 1].is_word:
        start -= 1
    label = left[start:dash]
    if not 0 < len(label) <= LABEL_WORDS or start and left[start - 1].text not in BULLETS and left[start - 1].text not in ":;." \
            or any(w.is_verb(t) for t in label):
        return None
    return finish_or_none(w, noun_phrase(w, label, 0) or label)


def item_place(w: SubjectWords, earlier: str, left: list[Tok]) -> str | None:
    """"В Нижнем Тагиле проживают 351,4 тысячи человек, в Каменске-Уральском – 167,8 тысяч": an item of a list that
    gives its place (a preposition and a name) before a dash, its verb left out, measures what the figure before
    measured (``earlier``) in that place: its place put for the one that ends ``earlier`` ("проживают в
    каменске-уральском"), else added ("цены на бензин в туле")."""
    k = len(left) - 1
    k -= k > 0 and left[k].low in w.bridges   # "..., в Туле – на 0,9%"
    if k < 3 or left[k].text not in SOFT_BREAKS and not (left[k].text == "-" and left[k - 1].end < left[k].start):
        return None   # (a hyphen typed for the dash: "в сельском хозяйстве - 102,7%")
    b = k
    while b > 0 and k - b < PLACE_WORDS and left[b - 1].is_word and proper(left[b - 1]):
        b -= 1
    sector = b == k   # "..., в сельском хозяйстве - 102,7%": a sector in place of the one that ends ``earlier``
    while sector and b > 0 and k - b < PLACE_WORDS and left[b - 1].is_word and left[b - 1].low not in w.function and not w.is_verb(left[b - 1]):
        b -= 1
    if b == k or b < 2 or left[b - 1].low not in w.prepositions \
            or not (left[b - 2].text in LIST_BREAKS or left[b - 2].low in w.joiners and b > 2 and left[b - 3].text in LIST_BREAKS):
        return None
    prep, place = left[b - 1].low, " ".join(t.low for t in left[b - 1:k])
    at = earlier.rfind(f" {prep} ")
    ends = at >= 0 and len(earlier[at:].split()) <= PLACE_WORDS + 1   # (the preposition and a place's words end it)
    if sector and not (ends and prep in w.sector_prepositions):
        return None
    return (earlier[:at] if ends else earlier) + " " + place


def place_after(w: SubjectWords, m: Figure, earlier: str, left: list[Tok], right: list[Tok]) -> str | None:
    """"43 percent were from Australia, 22 percent from New Zealand and 10 percent from the United States", "4.1% in Leeds
    compared with 3.2% in York": a share, an item of a list after a comma or "and" or compared with, that gives its place (a preposition and a name) right after it, its verb left
    out, is the share of the part of what the figure before measured (``earlier``) from that place ("arrivals from new
    zealand"); a count's place says where, not what ("41 were in Selangor, 12 in Penang": hotspots)."""
    if m.unit not in SHARES or not left or not (left[-1].text in LIST_BREAKS or left[-1].low in w.np_and or w.against.ending_at(left, len(left) - 1)) \
            or len(right) < 2 or right[0].low not in w.prepositions \
            or any(t.low in w.respectively for t in right):
        return None   # (not "5% и 7% в Курске и Туле соответственно": the places of every figure of the list)
    b = 1 + w.determiners.at(right, 1)   # (past an article: "from the United States")
    k = b
    while k < len(right) and k - b < PLACE_WORDS and right[k].is_word and proper(right[k]):
        k += 1
    if k == b or k < len(right) and not (right[k].text in LIST_BREAKS or right[k].text in ".;" or right[k].low in w.np_and) \
            or any(t.timed for t in right[b:k]):
        return None   # (a time is no place: "5.3% in January and 5.1% in December")
    prep, place = right[0].low, " ".join(t.low for t in right[:k])
    at = earlier.rfind(f" {prep} ")
    ends = at >= 0 and len(earlier[at:].split()) <= PLACE_WORDS + 2   # (the preposition and a place's words end it)
    return (earlier[:at] if ends else earlier) + " " + place


def placed_list(w: SubjectWords, left: list[Tok], previous: Figure) -> bool:
    """Does a list's item before the figure before (or that figure's own) stand after a dash, a name and a
    preposition, a list of places ("по Северо-Западному округу - 3253,01 руб.")? Then the names after it with no
    preposition are places too (not "Cocaine - 8.8 gms, Charas - 242.5 gms": each its own measure)."""
    end = next((k for k, t in enumerate(left) if t.start >= previous.start), len(left))
    for k in range(end - 1, 0, -1):   # the dash of the list's first item, at or before the figure before
        if left[k].text not in DASHES:
            continue
        b = k
        while b > 0 and k - b < PLACE_WORDS and left[b - 1].is_word and left[b - 1].low not in w.prepositions:
            b -= 1
        if b < k and b > 0 and left[b - 1].low in w.prepositions and proper(left[b]):
            return True
    return False


PLACE_WORDS = 4   # words of a place's name, at most
