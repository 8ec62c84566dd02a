"""The direction of a claim: up or down when the number is the size of a change, empty for a level.

Each rule is a small named test over the words before or after the figure, tried in the order of
``RULES``; the first that decides gives the direction (or says the figure is the level a change
reached, or neither). Their examples run in tests/test_rules.py."""
from __future__ import annotations

import functools
from typing import Callable, NamedTuple

import regex

from ..claim import Direction
from ..lang import Lexicon, unrequired
from ..lang.cache import compiled
from ..numbers.mention import COUNT, SHARES, Form, Mention, UnitKind
from ..text.lists import bare_item_heading, list_heading
from ..text.rows import BULLETS
from ..text.view import last_sentence_start, last_strong_break
from .direction_words import DirectionPatterns

LIST_REACH = 400    # how far back the change of an elliptic "by N" may stand in its clause
BEFORE_REACH = 80   # a change word and the qualifiers and "by" after it, right before the amount
WINDOW = 160        # the words before a figure that its direction rules read


class Reading(NamedTuple):
    """What the direction rules found: the direction, whether the figure is the level a change
    reached ("rose by 16%, to 119.6 billion"), and the rule that decided."""

    direction: Direction | None
    level: bool
    rule: str


class Rule(NamedTuple):
    name: str
    reads: Callable[["DirectionPatterns", str, Mention, str], "Reading | None"]


def _up_or_down(found: regex.Match) -> Direction:
    return Direction.UP if found.group("up") else Direction.DOWN


def _compared(p: DirectionPatterns, word: str) -> Direction | None:
    value = p.comparatives[word.lower()]
    return Direction(value) if value else None


def signed_level(p, text, m, window):
    """"a surplus of +3.5%", "inflation ... -15.3% from 74.5%", "inflation went down to -1.3%": a level written with
    its sign, after a level's noun and "of", before "from" and the level it moved from, or as the level a change
    arrived at (``read`` gives it its sign)."""
    if not m.written_sign:
        return None
    if p.level_from.match(text, m.end) or p.signed_level is not None and p.signed_level.search(window):
        return Reading(None, False, "signed_level")
    if level_after_change(p, text, m, window):
        return Reading(None, True, "signed_level")   # (a level a change reached, as level_after_change reads it)
    return None


def written_sign(p, text, m, window):
    """"+5%", "-1.9%": a change written with its sign."""
    return Reading(m.written_sign, False, "written_sign") if m.written_sign else None


def multiplier_change(p, text, m, window):
    """"will triple", "nearly double": a multiplier that is a change by itself."""
    change = p.multiplier_changes.get(text[m.num_start:m.num_end].lower()) if m.form is Form.MULTIPLIER else None
    return Reading(Direction(change), False, "multiplier_change") if change else None


def plus_word(p, text, m, window):
    """"— плюс 2,5 млрд рублей": "plus" before an amount is a rise."""
    return Reading(Direction.UP, False, "plus_word") if p.plus_word.search(window) else None


def off_word(p, text, m, window):
    """"outlying Clark County, off 0.9 percent to $142.4 million", "shares were off 2%": "off" after a comma, a dash or a
    copula is a fall."""
    return Reading(Direction.DOWN, False, "off_word") if p.off_word is not None and p.off_word.search(window) else None


def level_after_change(p, text, m, window):
    """"rose by 16%, to 119.6 billion", "edged up to 4.5 percent": the level a change arrived at; not "up to 500,000"
    nor "by up to 30%", "a rise of up to 5%"."""
    if not p.to_level.search(window) or p.noun_then_level.search(window):
        return None   # but "the increase in crimes amounted to 14.2%" gives the change's size (change_noun_then_level)
    if p.against_end.search(window):
        return None   # "grew by 2% compared to 5% nationally": the figure compared with, no level reached
    clause_start = last_strong_break(window)
    bound = p.bound_to.search(window)   # "up to": a change before it makes it the level reached
    if bound and (p.by_end.search(window, clause_start, bound.start()) or p.of_end.search(window, clause_start, bound.start())):
        return None   # "cut quotas by up to 30 per cent", "reductions of up to £30 per head": the most the change may be
    moved = bound and p.motion_verb.search(window, clause_start, bound.start())
    if moved or p.change_word.search(window, clause_start, bound.start() if bound else len(window)) or p.by_then_level.search(window):
        return Reading(None, True, "level_after_change")
    return None


def level_from(p, text, m, window):
    """"fell from 494,100 to 470,100": the value a change starts from is a level (not "rebounded from a fall
    of 500 residents", the size of a change a noun names)."""
    found = p.from_level.search(window)
    if found and p.from_a_change is not None and p.from_a_change.match(found.group()) and p.change_word.search(found.group()):
        return None
    return Reading(None, False, "level_from") if found else None


def level_from_to(p, text, m, window):
    """"с 381,1 тыс. до 526,7 тыс.", "from 2.9 trillion to 2.4 trillion": the value a change arrives at."""
    return Reading(None, True, "level_from_to") if p.from_to.search(window) else None


def level_passed(p, text, m, window):
    """"dropped below 5 percent", "опустилась ниже 5%": the level a change passed."""
    return Reading(None, True, "level_passed") if p.passed_level.search(window) else None


def change_noun_then_level(p, text, m, window):
    """"the decline was 10%", "снижение ВВП, по последним данным, составило 0,2%", "прирост — 1,9%": a change named by
    its noun, then its size; "Рост сферы строительства – 25%": a line that opens with a change's noun, then a dash.
    A comparative right after the size decides instead ("the rate of growth would be 60 percent less than ...")."""
    if comparative_after(p, text, m, window) is not None:
        return None
    named = p.noun_then_level.search(window)
    if not named:
        named = p.noun_then_dash.search(window)
        named = named if named and not p.preposition_before.search(window, max(0, named.start() - 20), named.start()) else None
    if not named:   # (a line's start, not the window's: a window that starts mid-line starts no line)
        named = p.noun_line_dash.search(window)
        named = named if named and (named.start() or m.start <= WINDOW or text[m.start - WINDOW - 1] == "\n") else None
    return Reading(_up_or_down(named), False, "change_noun_then_level") if named else None


def level_total(p, text, m, window):
    """"taking the total tally to over 20,000", "bringing the death toll to 84": the level a total was set to."""
    return Reading(None, True, "level_total") if p.total_to.search(window) else None


def change_at(p, text, m, window):
    """"the biggest increase at 42.09 percent", "a decline at 3%": the size in percent of the change a change word
    names, though a level's word stands between."""
    found = p.change_at.search(window) if m.unit in SHARES else None   # not "grew at three times the pace"
    return Reading(_up_or_down(found), False, "change_at") if found else None


def level_verb(p, text, m, window):
    """"reached", "amounted to", "составило": a level whatever comes before."""
    return Reading(None, True, "level_verb") if p.level.search(window) else None


def change_noun_bracket(p, text, m, window):
    """"growth of both wages (13%) and real incomes (8.1%)", "decreased the number of homicides (7.5%)": the
    size of a change, in brackets after what changed."""
    found = p.noun_then_bracket.search(window) if m.unit in SHARES else None
    if found and p.particle_verb.search(window, max(0, found.start() - 20), found.start()):
        return None   # "made up the largest group of offences (21.9 percent)": a particle, no change
    if found and p.copula_comparative.search(window, max(0, found.start() - 40), found.end("up") if found.group("up") else found.end("down")):
        return None   # "was considerably lower in Greater Accra (0.2%)": a level compared, no change
    return Reading(_up_or_down(found), False, "change_noun_bracket") if found else None


def change_noun_dash(p, text, m, window):
    """"House prices had the biggest rise in the country last year - 11 per cent", "наибольший рост зафиксирован в
    Атырауской области – 1,2%": the size of a change, after a dash that ends the clause naming it."""
    found = p.change_then_dash.search(window) if m.unit in SHARES else None
    if found and p.preposition_near.search(window, max(0, found.start() - 40), found.start()):
        return None   # "a share of the total increase - 40%", "долю в общем сокращении - 82,2%": a share of a change
    if found and p.copula_comparative.search(window, max(0, found.start() - 40), found.end("up") if found.group("up") else found.end("down")):
        return None   # "was lower in the west - 0.2%": a level compared, no change
    return Reading(_up_or_down(found), False, "change_noun_dash") if found else None


def change_word_before(p, text, m, window):
    """"increased by almost 30 percent", "went down practically by another 5%": the change word right
    before, unless it is a particle ("made up 60 percent") or needs "by" ("raised 500 million")."""
    found = p.before.search(window, max(0, len(window) - BEFORE_REACH))
    if found and not p.particle_verb.search(window, max(0, found.start() - 20), found.start()) \
            and not p.qualifier_rest.fullmatch(window, found.start()):   # (not "upwards of 70 per cent": a bound)
        if m.unit.kind is UnitKind.MONEY and (found.group("down") or "").lower() in p.money_lost:
            return Reading(None, False, "money_lost")   # "traders lost another £6m": how much was lost, no fall
        return Reading(_up_or_down(found), False, "change_word_before")
    return None


def change_verb_object(p, text, m, window):
    """"increasing production almost nine per cent", "cut the budget 44 percent": a verb of change, what it changed (a
    word or two), then the percentage it changed by."""
    found = p.object_change.search(window) if p.object_change is not None and m.unit in SHARES else None
    return Reading(_up_or_down(found), False, "change_verb_object") if found else None


def change_noun_of(p, text, m, window):
    """"a growth of 8%", "an overall growth of approximately 10%", "economic growth at 5.2 percent", "a loss of
    1,800 jobs" (a count): a change's noun, then "of" or "at" and its size. "an average growth of 1.1%" is the level of a rate, no change."""
    found = p.noun_of.search(window) if p.noun_of is not None else None
    if found is None and m.unit == COUNT and p.count_loss is not None and p.count_loss.search(window):
        return Reading(Direction.DOWN, False, "change_noun_of")   # "a loss of 1,800 jobs"
    return Reading(_up_or_down(found), False, "change_noun_of") if found else None


def count_added(p, text, m, window):
    """"the state added 3,200 jobs", "adding roughly 8,800 people": a count after a verb of adding is a gain (before
    an amount of money "added" needs "by": "added $500 million to the fund" is an amount)."""
    return Reading(Direction.UP, False, "count_added") if m.unit == COUNT and p.count_added.search(window) else None


def change_noun_in(p, text, m, window):
    """"an increase in exports of 5%", "a reduction in the cost of the service of 41%": a change's noun, what
    changed after "in", then "of" and the change's size."""
    found = p.noun_in_of.search(window) if p.noun_in_of is not None else None
    return Reading(_up_or_down(found), False, "change_noun_in") if found else None


def comparative_before(p, text, m, window):
    """"меньше на 15%", "меньше почти в два раза": a comparative, then the size of the difference."""
    comp = p.comparative_before.search(window) or (p.comparative_multiplier.search(window) if m.form is Form.MULTIPLIER else None)
    return Reading(_compared(p, comp.group("c")), False, "comparative_before") if comp else None


def change_verb_after(p, text, m, window):
    """"на 4,2% возросло количество", "в три раза увеличивается число", "на 5,2 тысяч человек сократилось население":
    "by" N (or a multiplier), then the change verb right after its amount (or after a count's noun)."""
    if m.form is not Form.MULTIPLIER and not p.by.search(window):
        return None
    verb = p.change_right.match(text, m.end) or (p.noun_change_right.match(text, m.end) if m.unit == COUNT else None) \
        or (p.timed_change_right.match(text, m.end) if p.timed_change_right is not None else None)
    if verb is None and text.startswith(" (", m.end):   # "на 28% (с 90 до 65) уменьшились": past an aside
        closed = text.find(")", m.end + 2, m.end + ASIDE)
        verb = p.change_right.match(text, closed + 1) if closed > 0 and "(" not in text[m.end + 2:closed] else None
    return Reading(_up_or_down(verb), False, "change_verb_after") if verb else None


ASIDE = 60   # characters a bracketed aside between a change's amount and its verb runs at most


# From a figure's closing bracket past the list of bracketed items after it ("), clothing (0.86%)") to where its
# verb may stand: each item a name and a bracket of a figure, no sentence's end between
_FIGURE_BRACKET = r"\([ \t\u00a0]*[-+−]?\d[\d.,]*[ \t\u00a0]*%?[ \t\u00a0]*\)"   # "(3.2%)", "(-0,4)": a bracket of a figure alone
_BRACKET_ITEMS = compiled(r"[ \t\u00a0]*" + unrequired(r"\)") + rf"(?:[^.!?\n()]{{1,80}}{_FIGURE_BRACKET})*")


_CLOSED = compiled(r"[ \t\u00a0]*" + unrequired(r"\)"))   # the figure's own bracket closing
# ... and an item of such a list before the figure's own ("food (1.60%) and clothing (")
_BRACKET_ITEM_BEFORE = compiled(_FIGURE_BRACKET + r"[^.!?\n()]{1,80}\([ \t\u00a0]*\Z")


def bracket_items_verb(p, text, m, window):
    """"prices of food (3.2%), fuel (1.1%) and clothing (0.86%) increased over the period", "цены на овощи
    (3,2%) и фрукты (1,1%) выросли": a share in brackets after a name, in a list of such items (two at least) that
    the change verb of their clause closes."""
    if m.unit not in SHARES or not window.rstrip(" \t\u00a0").endswith("("):
        return None
    items, closed = _BRACKET_ITEMS.match(text, m.end), _CLOSED.match(text, m.end)
    if not (items and closed and (items.end() > closed.end() or _BRACKET_ITEM_BEFORE.search(window))):
        return None   # one bracket alone: a level beside its measure ("The employment rate (71.5%) decreased ... by 0.3pps")
    verb = p.change_right.match(text, items.end())
    return Reading(_up_or_down(verb), False, "bracket_items_verb") if verb else None


_SENTENCE_END = compiled(r"[.!?](?:\s|\Z)")   # a full stop that ends a sentence, not a decimal point
FRAME_REACH = 200   # characters after a comparative within which its sentence may frame a count as a change


def _colon_list(p, text: str, m, window: str) -> bool:
    """Is ``m`` an item of a list of sizes, parted by semicolons, after a change word and a colon ("the population grew: 2.5
    per cent in April; 2.7 per cent in May")? Not a clause of its own after the colon ("will be cut: RUB 3.9 trillion will be
    allocated ...")."""
    colon = p.change_colon.search(window)
    if colon is None:
        return False
    after = text[m.end:m.end + LIST_REACH]
    end = _SENTENCE_END.search(after)
    return ";" in window[colon.start():] or ";" in after[:end.start() if end else len(after)]


def change_earlier_in_clause(p, text, m, window):
    """"fell by 7 percent and ... by nearly 14 percent", "rose 5% in May and 7% in June", "decreased almost twice (...), robberies – ...",
    "arrivals from these countries decreased: Australia [11.2%]; China [21.5%]", "grew: 2.5 per cent in April; 2.7 per cent in
    May": an amount of a change
    whose word stands earlier in its clause, or in its sentence before a list of bracketed items (a list
    of changes may run long)."""
    if comparative_after(p, text, m, window) is not None:
        return None   # "цены снизились ..., однако индекс все еще на 0,5% выше": the amount's own comparative decides
    joined = p.and_alone.search(window)   # (right before a count of its own: not "и превысила 900 тыс человек", a bound's verb)
    and_alone = bool(joined and (p.ellipsis_after.match(text, m.end) or len(window[joined.start():].split()) == 1 and _parallel_noun(text, m, window)))
    each = p.dash_each is not None and p.dash_each.search(window) is not None   # "свинину, чай – по 2%"
    elliptic = bool(p.by.search(window) or each or m.form is Form.MULTIPLIER or p.ellipsis.search(window)
                    or m.unit in SHARES and p.named_item.search(window)
                    or m.form is Form.FRACTION and p.dash_ellipsis.search(window) or and_alone or _colon_list(p, text, m, window))
    item = not elliptic and _bracket_item(p, window)
    if not elliptic and not item:
        return None
    dashed = bool(p.dash_by.search(window)) or each
    wide = text[max(0, m.start - (ITEM_LIST_REACH if item or dashed else LIST_REACH)):m.start]
    # the items of a bracketed or dashed list share the change its sentence names before them, past their
    # semicolons ("выросла на 1,1%; непродовольственных товаров - на 0,8%; услуг - на 2%"), however long the list
    wide_start = last_sentence_start(wide) if item or dashed else last_strong_break(wide)
    own = p.own_qualifier.search(wide, wide_start)   # "and more than 200": "more" is no comparative here
    closed = _closed_brackets(wide, wide_start)
    words = [w for w in p.change_or_comparative.finditer(wide, wide_start, own.start() if own else len(wide))
             if not (w.group("c") and p.bound_start.match(wide, w.start()))   # not "more than 1.4 tons"
             and not any(a < w.start() < b for a, b in closed)]   # nor "яйца — на 8,15% (снижение на 0,02%), масло — на 2,62%": the item before's
    if not words and not item and not dashed and p.by.search(window):
        words = _gapped(p, wide, wide_start)
    if not words and dashed and not each and wide_start > 0 and not _change_after(p, text, m):
        # "Число преступлений уменьшилось на 7,8%. Из них тяжких — на 16,8%": a sentence of dashed items with no change
        # word of its own shares the one the sentence before ends with
        before = last_sentence_start(wide[:wide_start].rstrip())
        words = [w for w in p.change_or_comparative.finditer(wide, before, wide_start)
                 if not (w.group("c") and p.bound_start.match(wide, w.start())) and (w.group("up") or w.group("down"))]
    if not words and and_alone and p.by.search(window) is None:   # (a change noun too: "increase")
        words = [w for w in p.heading_change.finditer(wide, wide_start) if not any(a < w.start() < b for a, b in closed)]
    if not words:
        return None
    last = words[-1]
    # "A 2.5 per cent increase was observed in Yellowknife and 2.6 per cent in Iqaluit": the change's size right before it
    sized = and_alone and _SIZE_BEFORE.search(wide, max(0, last.start() - SIZE_REACH), last.start()) is not None
    if and_alone and not p.by.search(window) \
            and (p.from_figure.search(wide, last.end()) or not sized and not p.amount_after.match(wide, last.end())):
        return None   # "down from 2,804 in May and 2,950 in March": another level the change came from; no amount of the change before
    if item and (last.group("up") or last.group("down")) and p.copula_comparative.search(wide, max(0, last.start() - 40), last.end()):
        return None   # "was considerably lower in Greater Accra (0.2%)": a level compared, no change
    if last.group("up") or last.group("down"):
        return Reading(_up_or_down(last), False, "change_earlier_in_clause")
    if item:
        return None   # "more than half are theft (104,000)": a comparative is no change of a list's items
    return Reading(_compared(p, last.group("c")) if last.group("c") else None, False, "change_earlier_in_clause")


GAPPED_AFTER = 40   # characters after a dashed item's amount within which its own change word would stand


def _change_after(p, text, m) -> bool:
    """Does a change word follow the amount in its sentence ("— на 16,8% снизилось")?"""
    after = text[m.end:m.end + GAPPED_AFTER]
    end = _SENTENCE_END.search(after)
    return p.change_or_comparative.search(after, 0, end.start() if end else len(after)) is not None


PARALLEL_WORDS = 3   # words after a count, and after the count before its "and", that may share their noun


def _parallel_noun(text: str, m, window: str) -> bool:
    """"lost 700 full-time jobs and 1,100 part-time jobs": a count after "and" whose noun (within a few words) is also the
    noun of the count right before the "and"; the two are items of one list."""
    if m.unit != COUNT:
        return False
    after = _WORDS.findall(text, m.end, min(len(text), m.end + PARALLEL_REACH))[:PARALLEL_WORDS]
    digit = _LAST_DIGIT.search(window)
    earlier = _WORDS.findall(window, digit.end())[:PARALLEL_WORDS] if digit else []
    return any(w.lower() == e.lower() for w in after for e in earlier if len(w) > SHORT_WORD)


PARALLEL_REACH = 40   # characters after the count within which its noun's words are read
SHORT_WORD = 3   # words this short ("in", "the") say nothing of the noun
_WORDS = compiled(r"\p{L}[\p{L}-]*")
_LAST_DIGIT = compiled(r"\d(?=\D*\Z)")   # the last digit of the words before the count: the count before its "and"


def _gapped(p, wide: str, start: int) -> list[regex.Match]:
    """"house break-ins fell by 32%; break-ins to other premises by 16%": a clause after a semicolon that leaves out the
    verb of the one before; its "by" shares the change word that, earlier in the sentence, itself sized its change with "by"."""
    if not wide[:start].rstrip().endswith(";"):
        return []
    return [w for w in p.change_word.finditer(wide, last_sentence_start(wide), start) if p.by_figure.match(wide, w.end())][-1:]


SIZE_REACH = 24   # characters of a change noun's size and unit before it, at most ("2.5 per cent ")
_SIZE_BEFORE = compiled(r"\d(?:[\d.,]*\d)?(?:[ \t\u00a0-]*[\p{L}%]+){0,2}[ \t\u00a0-]*\Z")   # "2.5 per cent ", "4.5-percent "


def _closed_brackets(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the brackets opened and closed in ``text`` from ``start`` (not nested: the outermost)."""
    spans: list[tuple[int, int]] = []
    if text.find(")", start) < 0:
        return spans
    depth = opened = 0
    for b in _BRACKETS.finditer(text, start):
        if b.group() == "(":
            depth, opened = depth + 1, b.start() if depth == 0 else opened
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, b.start()))
    return spans


_BRACKETS = compiled(r"[()]")


def _bracket_item(p, window: str) -> bool:
    """Does ``window`` end with an item of a list, a name (capitalised) or a change word and an opening
    bracket ("Japan [", "Australia [2,991 or ", "up [")? Not a unit's conversion ("rubles ($2.5")."""
    found = p.bracket_item.search(window)
    return found is not None and (found.group("name")[0].isupper() or bool(p.change_word.fullmatch(found.group("name")))
                                  or _ITEM_BEFORE.search(window, 0, found.start()) is not None
                                  or _COLON_BEFORE.search(window, 0, found.start()) is not None)


# "..., пиво (3,3%), пшеничную муку (3,2%)": an item of bracketed figures before, then a comma: a list of them goes on
_ITEM_BEFORE = compiled(r"\([ \t\u00a0]*[-+]?\p{N}[\p{N}.,]*[ \t\u00a0]*%?[ \t\u00a0]*\)[ \t\u00a0]*[,;][^()]*\Z")
# "job gains were: professional and business services (": the first item of a list its sentence opens with a colon (no
# figure between: not "культура - на 1,2 млрд рублей (9,8 млрд рублей)", the level after a change's size)
_COLON_BEFORE = compiled(r":[^:.!?;()\[\]\n\d]{1,120}\Z")
ITEM_LIST_REACH = 1500   # how far back the change of a list of bracketed or dashed items may stand in its sentence


def change_noun_after(p, text, m, window):
    """"a 4.5-percent rise", "10% annual growth": a noun of change after the amount; not after a bare
    count of changes ("after 13 hikes", "three rate cuts"), which is a level."""
    after = p.noun_after.match(text, m.end)
    if after and m.unit == COUNT and not m.scale and after.group(0).split()[-1].lower() in p.counted_changes:
        return NONE
    if after and p.own_size.match(text, after.end()):
        return None   # "164 млрд рублей с ростом на 9,2%": a level, the change's size after it
    return Reading(_up_or_down(after), False, "change_noun_after") if after else None


def heading_change(p, text, m, window):
    """"Job losses by sector:\n  • Mining: 7,000": an item of a list whose heading names the change; and
    "Выросли в цене:\n • капуста — на 20,9%", "Подорожали:\n\nмаргарин (на 2,2 %)": the size of a change ("на",
    "by") under a heading whose verb says which."""
    by = p.by.search(window)
    at = m.start - (len(window) - by.start()) if by else m.start
    heading = list_heading(text, at) or bare_item_heading(text, at)
    if heading:
        heading = heading[last_strong_break(heading):]   # the heading's last sentence, the one its colon ends
    found = heading and (p.heading_change.search(heading) or by and p.change_word.search(heading) or _verb_alone(p, heading))
    return Reading(Direction.UP if found.group("up") else Direction.DOWN, False, "heading_change") if found else None


LABEL_REACH = 80   # characters of a line's label before its colon and amount, at most
LABEL_WORDS = 4   # words of a label that no list's mark opens, at most
LABEL_BULLETS = BULLETS | frozenset("-–—")   # a list's marks, and the dashes that mark items too


def label_change(p, text, m, window):
    """"- The price increase in past year: £12,000", "Рост выручки: 5 млрд рублей": a line whose label (an item of
    a list, or a few words) names a change, then a colon and the amount right after it (no other figure in the label)."""
    reach = max(0, m.start - LABEL_REACH - 1)
    start = text.rfind("\n", reach, m.start) + 1
    if start == 0 and reach > 0:
        return None   # the line opens further back than a label runs (and the scans stay as short as a label)
    colon = text.rfind(":", start, m.start)
    if colon < 0 or text[colon + 1:m.start].strip(" \t\u00a0") or any(c.isdigit() for c in text[start:colon]):
        return None
    label = text[start:colon].strip()
    if label[:1] not in LABEL_BULLETS and len(label.split()) > LABEL_WORDS:
        return None   # a sentence before its colon ("Allocations ... will be actually cut: RUB 3.9 trillion will be ..."), no label
    found = None
    for found in p.change_word.finditer(text, start, colon):
        pass   # the label's last change word
    return Reading(_up_or_down(found), False, "label_change") if found else None


def change_after_colon(p, text, m, window):
    """"17%: Decline in maple syrup production", "2%: The increase in the average price": a figure that opens its line
    (after a bullet, if any), then a colon and a noun of change: the size of that change."""
    line = text.rfind("\n", 0, m.start) + 1
    if text[line:m.start].strip(" \t\u00a0" + "".join(LABEL_BULLETS)):
        return None
    found = p.colon_change.match(text, m.end)
    return Reading(_up_or_down(found), False, "change_after_colon") if found else None


def _verb_alone(p, heading: str) -> regex.Match | None:
    """"Подешевели:", "Также подорожал:": a heading that is a change verb alone (an adverb before it): its items' figures
    are the changes' sizes."""
    words = heading.rstrip(":").split()
    return p.change_word.fullmatch(words[-1]) if 0 < len(words) <= HEADING_VERB_WORDS else None


HEADING_VERB_WORDS = 2
# "...: черная металлургия - 73.7%, медицинская промышленность - 17.7%, машиностроение - ": the items of a list after a
# colon, each a label, a dash and a share, up to the amount (matched backwards from it: the items end at the amount)
_ITEM = r"[^:;.!?\n\d]{1,60}?[ \t\u00a0][–—-][ \t\u00a0]*"
_COLON_ITEMS = compiled(rf":(?:[ \t\u00a0]*{_ITEM}[+\-]?\d[\d.,]*[ \t\u00a0]*%[ \t\u00a0]*[,;])*[ \t\u00a0]*{_ITEM}\Z", regex.REVERSE)
COLON_LIST_REACH = 800   # characters back from an item to its list's colon, at most
LEAD_REACH = 200         # characters back from the colon to the start of its sentence, at most


def colon_list_change(p, text, m, window):
    """"Прирост объемов производства обеспечили: черная металлургия - 73.7%, машиностроение - 7.2%", "Growth came from:
    metals - 12%, machinery - 7%": a share in a list of labelled shares after a colon, whose lead in the same sentence
    names the change."""
    items = _COLON_ITEMS.search(text, max(0, m.start - COLON_LIST_REACH), m.start) if m.unit in SHARES else None
    if items is None:
        return None
    lead = text[max(0, items.start() - LEAD_REACH):items.start()]
    found = p.heading_change.search(lead, last_sentence_start(lead))
    return Reading(Direction.UP if found.group("up") else Direction.DOWN, False, "colon_list_change") if found else None


def colon_noun_items(p, text, m, window):
    """"The remaining areas showed the following increases: Craven, 3.3 per cent; Doncaster 2.3 per cent": a share in a
    list after a colon, in the colon's sentence, whose lead ends in a noun of change; no change word of its own
    stands between."""
    if m.unit not in SHARES:
        return None
    wide = text[max(0, m.start - COLON_LIST_REACH):m.start]
    colon = wide.rfind(":", last_sentence_start(wide))
    if colon < 0 or p.change_word.search(wide, colon) or "\n" in wide[colon:]:
        return None
    found = p.colon_noun.search(wide, max(0, colon - LEAD_REACH), colon)
    return Reading(Direction.UP if found.group("up") else Direction.DOWN, False, "colon_noun_items") if found else None


def comparative_after(p, text, m, window):
    """"9 percent fewer", "20,592 fewer than in 2010", "5%, less than in 2023", "2,300 fewer prisoners
    than in 2015": a comparative after the amount (after a count, only with what it is compared with)."""
    comp = p.comparative_after.match(text, m.end)
    if comp and p.by_figure.match(text, comp.end()):
        return None   # "0.84 percent down by 0.65 percentage point": the change is the next figure's
    if comp and ((m.unit != COUNT and not comp.group("comma")) or p.than.match(text, comp.end())):
        return Reading(_compared(p, comp.group("c")), False, "comparative_after")
    comp = p.count_compared.match(text, m.end) if m.unit == COUNT else None
    if comp is None and m.unit == COUNT and p.by.search(window):
        comp = p.comparative_after.match(text, m.end)   # "(на 13 меньше)": "by" N, then the comparative
        comp = comp if comp and not comp.group("comma") else p.noun_comparative.match(text, m.end)   # "на 1 500 человек меньше"
    return Reading(_compared(p, comp.group("c")), False, "comparative_after") if comp else None


def comparative_alone(p, text, m, window):
    """"There were 30 fewer murders"; "115 more people claimed the allowance last month compared to January", "55 more
    claims took its total to 520": a comparative right after a count, with nothing compared named, is the count's
    change ("more" only where its sentence goes on to a comparison or a total: not "40 more trees were planted"); no
    evidence that the count is a claim ("4 more weeks")."""
    comp = p.comparative_after.match(text, m.end) if m.unit == COUNT else None
    if comp is None or comp.group("comma"):
        return None
    word, framed = comp.group("c").lower(), False
    if word in p.comparative_framed:
        rest = text[comp.end():comp.end() + FRAME_REACH]
        end = _SENTENCE_END.search(rest)
        framed = p.change_frame.search(rest, 0, end.start() if end else len(rest)) is not None
    return Reading(_compared(p, comp.group("c")), False, "comparative_alone") \
        if word in p.comparative_alone or word in p.comparative_framed and framed else None


RULES = tuple(Rule(f.__name__, f) for f in (
    signed_level, written_sign, multiplier_change, plus_word, off_word, level_after_change, level_from, level_from_to, level_passed, change_noun_then_level,
    change_at, level_verb, level_total, change_noun_bracket, change_noun_dash, change_word_before, change_verb_object, count_added, change_noun_in, change_noun_of, comparative_before, change_verb_after, bracket_items_verb,
    change_noun_after, change_earlier_in_clause, comparative_after, comparative_alone, heading_change, colon_list_change, colon_noun_items, label_change, change_after_colon,
))
NONE = Reading(None, False, "none")


def read_direction(p: DirectionPatterns, text: str, m: Mention) -> Reading:
    """The direction of mention ``m`` (None for a level or a share), from the first rule that decides."""
    window = text[max(0, m.start - WINDOW):m.start]
    for rule in RULES:
        found = rule.reads(p, text, m, window)
        if found is not None:
            return found
    return NONE


@functools.lru_cache(maxsize=None)
def direction_patterns(lex: Lexicon) -> DirectionPatterns:
    return DirectionPatterns(lex)
