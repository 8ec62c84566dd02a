"""Numbers that lean on the number next to them: the two ends of a range ("10-15%"), a pair of
levels ("from 12 to 18 tons"), and a bare figure that takes its unit from the figure before it."""
from __future__ import annotations


from ..lang import unrequired
from ..lang.cache import compiled
from .around import unit_factor
from .atoms import atom
from .draft import Draft, core_match
from .mention import COUNT, PLAIN, SHARES, TIMES, Form, Unit, UnitKind
from .patterns import NumberPatterns


LEVEL_SPREAD = 3   # "by N to M" of counts, M more than this many times N: a change and its level, not a range
UNIT_SPREAD = 2    # "by N% to M%", each with its unit: a range when M is at most this many times N
CHANGE_REACH = 120   # characters before "from" within which a change word of its sentence makes "from N to M" two levels
INTRODUCED = 40    # characters before a number where the word introducing a change's size may stand ("by more than")


_ROUND_THOUSANDS = compiled(r"\d{1,3}[,\u00a0\u202f ]000")


def _short_thousands(text: str, first: Draft, second: Draft) -> bool:
    """"14-15,000": a range whose first end is written without the thousands the second end has: a
    bare number below 1,000 before a round number of thousands that it is less than a thousand times."""
    raw = text[first.num_start:first.num_end]
    return raw.isdigit() and 0 < first.value < 1000 and first.value * 1000 < second.value \
        and _ROUND_THOUSANDS.fullmatch(text, second.num_start, second.num_end) is not None


def join_range(p: NumberPatterns, text: str, first: Draft, end: int) -> Draft:
    """Join "10-15%", "between 50 and 90 percent", "5,000 to 6,000", "200-250 billion rubles",
    "$2-3 billion" into one mention. "fell from 494,100 to 470,100" stays two: a change goes from
    one level to the other (the first then takes the second's unit: "rose from 12 to 18 tons").
    Nothing about ``first`` changes unless the two make a range (or such a pair)."""
    if first.form not in PLAIN or year_like(text, first):
        return first
    opener = p.range_open.search(text, max(0, first.start - 12), first.start)
    opened_by = opener.group("open").lower() if opener else ""
    if not opened_by and first.unit == COUNT:
        _share_unit(p, text, first, end)
    sep = p.range_sep.match(text, first.end, end)
    if not sep:
        return first
    word = sep.group("sep").lower()
    change = False
    if word in p.range_words and word not in p.dashes:
        if opened_by and word not in p.range_pairs.get(opened_by, ()):
            return first
        if not opened_by and word not in p.range_alone:
            return first  # "and" joins a range only after "between"
        # "rose from 12 to 18 tons", "с X до Y" (not "с 4 по 7"): a change; "between 5 and 8 percent" stays a range
        # ("increases for councils range from 3.9% to 9.1%": a range verb before "from" makes it a range, whatever came before)
        change = bool(opened_by and (opened_by in p.change_openers and word in p.level_words
                                     or opened_by in p.from_openers and p.change_before.search(text, max(0, opener.start() - CHANGE_REACH), opener.start())
                                     and not p.range_verb.search(text, max(0, opener.start() - 30), opener.start())))
    second = _second(p, text, sep.end(), end, first.unit)
    if second is None:
        return first
    if second.start < second.num_start and opened_by in p.from_openers \
            and not p.range_verb.search(text, max(0, opener.start() - 30), opener.start()):
        change = True   # "increased from RM12.60 to RM14.10", "recovered from €12.09 million to €13.73 million": each its sign, two levels
    if second.form is Form.MULTIPLIER:   # "four to six times": a range of multipliers
        first.form = Form.MULTIPLIER
    unit, value = first.unit, first.value
    if first.unit == COUNT and second.unit != COUNT:
        w = p.next_word.match(text, first.end, end)
        if w and w.group(1).lower() not in p.function_words:
            return first  # "5 people to 6 percent": the first counts its own noun
        unit, value = second.unit, value * unit_factor(p, text, second)   # "2 to 8 cents": 0.02 to 0.08
    elif second.unit == COUNT and first.unit != COUNT and (word not in p.dashes or first.unit_start >= first.num_end):
        return first  # "by 30 percent to 680,000": a change, then a level; "на 1,6% - 2 тыс. 279": a change, then its level
    elif word not in p.dashes and _own_unit(first) and _own_unit(second) \
            and (p.introduced.search(text, max(0, first.start - INTRODUCED), first.start)
                 and not (first.unit == second.unit and 0 < value < second.value <= UNIT_SPREAD * value)
                 or p.change_right_before.search(text, max(0, first.start - 24), first.start)
                 and not (first.unit == second.unit and 0 < value < second.value <= LEVEL_SPREAD * value)):
        # "dropped by 0.2 per cent to 8.2 per cent", "rose 0.3% to 2.1%": each with its unit, a change and
        # then a level; but two ends near each other are a range of the change's size ("decreased by 30% to
        # 35%", "expected to grow 2% to 3%")
        return first
    elif word in p.dashes and _own_unit(first) and _own_unit(second) and sep.group() != sep.group().strip() \
            and p.change_by_before.search(text, max(0, first.start - 30), first.start) \
            and not (first.unit == second.unit and 0 < value < second.value <= LEVEL_SPREAD * value):
        return first   # "увеличиваются на 1 млрд 287 млн рублей - 26 млрд 752 млн рублей": a change, a spaced dash, the level
    if not first.scale and second.scale:
        value *= p.lex.scale_values[second.scale]
    elif word in p.dashes and _short_thousands(text, first, second):
        value *= 1000   # "14-15,000 jobs": the first end is in thousands too
    second_unit = unit if second.unit == COUNT else second.unit  # "$2-3 billion": one sign for both
    if second_unit != unit:
        return first
    if change or opened_by and second.value <= value:
        # "rose from 12 to 18 tons", "cutting the deficit from 2.9 trillion to 2.4 trillion roubles": a change
        # from one level to the other, two claims; the first takes the second's unit
        first.unit, first.value = unit, value
        return first
    if second.value <= value:
        return first
    adverb = p.change_adverb_before is not None and p.change_adverb_before.search(text, max(0, first.start - 12), first.start)
    if unit == COUNT and word in p.level_words and p.change_share_bracket.search(text, max(0, first.start - CHANGE_REACH), first.start):
        return first   # "increased 60% (2,578 to 3,110)": the levels the change went between, each a claim
    if unit == COUNT and word in p.level_words and (second.value > LEVEL_SPREAD * value or adverb) \
            and (p.introduced.search(text, max(0, first.start - INTRODUCED), first.start)
                 or p.change_right_before.search(text, max(0, first.start - 24), first.start)
                 or p.introduced_restated.search(text, max(0, first.start - INTRODUCED), first.start)):
        # "fell by 18,000 to 98,000", "Australia up 3,100 to 114,400", "up by 18% or 390 to 2,572": a change's
        # size, then the level it reached; after "up" or "down", however near the two ("were up 249 to 444")
        return first
    first.unit, first.value = unit, value
    first.value_to = second.value
    first.range_word = word
    first.end = second.end
    first.unit_start, first.unit_end = second.unit_start, second.unit_end
    if opened_by and word in p.range_pairs.get(opened_by, ()):
        first.start = opener.start()
    return first


def _own_unit(draft: Draft) -> bool:
    """Whether the figure writes its unit itself: a word or symbol after it, or money's sign before it ("$9 billion")."""
    return draft.unit_start >= 0 or draft.unit.kind is UnitKind.MONEY and draft.start < draft.num_start


def _second(p: NumberPatterns, text: str, pos: int, end: int, unit: Unit) -> Draft | None:
    """The plain number that starts right at ``pos`` and could end a range, or None; after an amount of
    money, its currency's sign may open it again ("between $35 and $50 million", "£35m-£50m")."""
    found = core_match(p, text, pos, end)
    signed = None
    if not found and unit.kind is UnitKind.MONEY:
        signed = _SIGN_BEFORE_DIGIT.match(text, pos, end)
        found = core_match(p, text, signed.end(), end) if signed else None
    if not found:
        return None
    second, _ = atom(p, text, *found, end)
    if second is not None and second.start < pos == second.num_start:
        # "10%-15%": the dash the separator took is no minus sign of the second end
        second.start, second.sign, second.written_sign = pos, 1, None
    if second is None or year_like(text, second) \
            or (second.start != second.num_start if signed is None else second.start != pos or second.unit != unit) \
            or second.form not in PLAIN and not (second.form is Form.MULTIPLIER and second.unit == TIMES):
        return None
    return second


_SIGN_BEFORE_DIGIT = compiled(r"[^\s\d]{1,4}[ \u00a0]?(?=\d)")   # "$50", "US$ 50", "Rs 50": a sign, then the number


THOUSAND = 1000   # a count this large is no share, whatever share follows it
SHARED_RATIO = 100   # a figure that takes the scale of the one it is coordinated with is within this factor of it
LIST_ITEMS = 12   # a list of bare figures that share the unit of its last one is at most this long


def _share_unit(p: NumberPatterns, text: str, first: Draft, end: int) -> None:
    """"by 5 and 10 percent", "1 or 2 million", "by 0.52, 1.33 and 1.19 per cent": a bare first figure
    takes the unit and scale of the one it is coordinated with (each stays a claim of its own); in a
    list, of the one after the coordinator that ends it."""
    pos = first.end
    for _ in range(LIST_ITEMS):
        co = p.coordination.match(text, pos, end)
        comma = None if co else p.list_comma.match(text, pos, end)
        found = core_match(p, text, (co or comma).end(), end) if co or comma else None
        if not found:
            return
        second, _ = atom(p, text, *found, end)
        if second is None or second.form not in PLAIN or year_like(text, second) or second.start != second.num_start:
            return
        if co:
            break
        if second.unit != COUNT or second.scale or second.value_to is not None:
            return   # "5, 10 percent": no coordinator ends the list
        pos = second.end
    else:
        return
    if second.unit in SHARES and (first.value > 100 and second.value <= 100 or first.value >= THOUSAND
                                  or p.restating_coordinator.fullmatch(text, first.end, second.start)
                                  and text[first.num_start:first.num_end].isdigit() and not text[second.num_start:second.num_end].isdigit()):
        return   # "18,462 or 42% of offences", "an increase of 18,098 or 222.8 per cent", "на 52 или 16,5 %": a count, then its share
    scaled = first.value * p.lex.scale_values[second.scale] if not first.scale and second.scale else None
    if scaled is not None and second.value / SHARED_RATIO <= scaled <= second.value * SHARED_RATIO:
        first.value, first.scale = scaled, second.scale   # (not "2207 и 1,5 тыс. на 100 тыс.": a whole number already)
    if second.unit != COUNT:
        first.unit = second.unit
        first.value *= unit_factor(p, text, second)   # "5 and 10 pence": 0.05 and 0.10


def list_unit(p: NumberPatterns, text: str, last: Draft | None, d: Draft) -> None:
    """"химическая промышленность – 4,1 процента, производство удобрений – 4,2", "14,9 процента – в России,
    121,7 – в США": a bare figure of a list item takes the share of the item before it."""
    if last is None or last.unit not in SHARES or last.form is Form.MULTIPLIER \
            or d.form is not Form.DIGITS or d.unit != COUNT or d.scale or d.value_to is not None:
        return
    if (p.list_item.fullmatch(text, last.end, d.start) or p.list_item_after.fullmatch(text, last.end, d.start)) \
            and not p.noun_next.match(text, d.end):
        d.unit = last.unit


_NAMED_BRACKET = compiled(r"\p{L}[ \t\u00a0]*\((?:\p{Ll}{1,3}[ \t\u00a0]+)?\Z")   # "Пермский край (", "крае (на ": a bracket after a name
_BRACKET_CLOSE = compiled(r"[ \t\u00a0]*" + unrequired(r"\)"))
_RESTATING = compiled(r"[ \t\u00a0]*" + unrequired(r"\(") + r"(?:\p{Ll}{1,3}[ \t\u00a0]+)?")   # "four (4)": a bracket right after a figure restates it
BRACKET_REACH = 10   # characters back from a figure to its bracket's name at most


def in_named_bracket(text: str, d: Draft, last: Draft | None) -> bool:
    """Does the figure open a bracket after a name ("Пермский край (24 953,4", "крае (на 8,9"), not after the figure
    ``last`` it restates ("four (4)", "fifty percent (50%)")?"""
    return _NAMED_BRACKET.search(text, max(0, d.num_start - BRACKET_REACH), d.num_start) is not None \
        and not (last is not None and _RESTATING.fullmatch(text, last.end, d.num_start))


def bracket_series_unit(p: NumberPatterns, text: str, series: Draft | None, d: Draft, last: Draft | None) -> None:
    """"Татарстан (25 470,9 рубля в месяц). За ним следуют Пермский край (24 953,4), Самарская (23 387,2)", "в Удмуртии
    (на 9,5% к январю 2013 года) и Пермском крае (на 8,9)": a bare figure alone in brackets after a name is in the
    unit of ``series``, the last figure with a unit (not a scaled one) in brackets after a name, in the sentence before at most;
    a share's only below SHARE_SERIES_BELOW ("up on the previous quarter (5.9%) but down on last year (149,403)": a count)."""
    if series is None or series.scale or d.form is not Form.DIGITS or d.unit != COUNT or d.scale or d.value_to is not None \
            or d.start - series.end > NEXT_SENTENCE or p.blank_line.search(text, series.end, d.start) \
            or series.unit in SHARES and d.value >= SHARE_SERIES_BELOW:
        return
    if _BRACKET_CLOSE.match(text, d.end) and in_named_bracket(text, d, last):
        d.unit = series.unit


def _own_noun(p: NumberPatterns, text: str, d: Draft) -> bool:
    """Does a word in small letters that is no function word follow the figure ("в двух районах"; not "на 3 в Твери")?"""
    w = p.next_word.match(text, d.end)
    return w is not None and w.group(1)[0].islower() and w.group(1).lower() not in p.function_words


def sandwiched_unit(p: NumberPatterns, text: str, before: Draft | None, d: Draft, after: Draft) -> None:
    """"by 4100 percent, in Bryansk – by 1300, and in Kursk – by 1233.3 percent", "в два раза, краж — в
    три, угонов — в четыре раза": a bare figure of a list, introduced by the word that introduces its
    neighbours, takes the unit they share."""
    if before is None or d.unit != COUNT or d.form not in PLAIN or d.scale or d.value_to is not None \
            or before.unit != after.unit or before.unit not in SHARES | {TIMES} \
            or p.sentence_end.search(text, before.end, after.start) or year_like(text, d) \
            or p.restating_coordinator.fullmatch(text, d.end, after.start) or _own_noun(p, text, d):
        return   # (not "на 0,2% (впервые в 2025 году) после снижения на 2,5%": a year; nor "на 1102, или 9,6%": a count, then its
        # share; nor "в двух районах": a count of its own noun)
    word = p.introduced.search(text, max(0, d.start - 12), d.start)
    if word and (p.introduced.search(text, max(0, before.num_start - 12), before.num_start)
                 or p.introducing.match(text, before.start)):
        d.unit = before.unit
        if d.unit == TIMES:   # "в три": the "в" belongs to a multiplier's mention
            d.form = Form.MULTIPLIER
            found = p.multiplier_before.search(text, max(0, d.start - 4), d.start)
            d.start = found.start() if found else d.start


SHARE_SERIES_BELOW = 1000   # a bare figure from here is a count, not a share whose sign was left out
NEXT_SENTENCE = 300   # characters at most from an amount of money to a bare figure after it in the next sentence


def scaled_amount(p: NumberPatterns, text: str, amount: Draft | None, d: Draft, last: Draft | None = None) -> None:
    """"... получит 11,3 млрд рублей, образование – 26,5 млрд, культура – 1,8 млрд", "Минской области – 2 млн
    234 тыс. т, Гродненской – 1 млн 738 тыс.": a bare figure with the scale of the sentence's amount of money
    or of a physical quantity, and no noun of its own, is in its unit too; so is one right after it in the next
    sentence or list item ("составила 15 тыс. сом. Прожиточный минимум – 4,9 тыс.")."""
    if amount is None or d.unit != COUNT or not (_same_scale(p, text, d, amount) or _dashed_item(p, text, d, amount)):
        return   # (a range too: "из 26 млрд руб. ... примерно 12–13 млрд — вклад республики")
    if p.sentence_end.search(text, amount.end, d.start) and (
            last is not amount or d.start - amount.end > NEXT_SENTENCE or p.blank_line.search(text, amount.end, d.start)):
        return
    w = p.next_word.match(text, d.end)
    if w is not None and text[d.end - 1] == "." and w.group(1)[0].isupper():
        w = None   # "ФСБ - 16 млрд. Финансирование ...": the abbreviation's point ends the sentence
    if w is None or w.group(1).lower() in p.function_words or w.group(1).lower() in p.allocation_verbs:
        d.unit = amount.unit


_ITEM_DASH = compiled(r"[–—-][ \u00a0]+\Z")   # "на культуру – 213 миллионов": a list item's dash right before its figure


def _dashed_item(p: NumberPatterns, text: str, d: Draft, amount: Draft) -> bool:
    """"потратить 3,2 миллиарда рублей, на спорт – 26,4 миллиона, на культуру – 213 миллионов": a figure with a
    scale of its own after a list item's dash, in the sentence of an amount with a scale, lists amounts of its unit."""
    return bool(d.scale and amount.scale) and _ITEM_DASH.search(text, max(0, d.start - 3), d.start) is not None \
        and not p.sentence_end.search(text, amount.end, d.start)   # (not "Бюджет ... 5 млрд рублей. Население – 1,2 млн.")


def _same_scale(p: NumberPatterns, text: str, a: Draft, b: Draft) -> bool:
    """Do ``a`` and ``b`` have a scale, the same whatever words write it ("миллиард", "млрд"), also the last word of
    a range ("12–13 млрд") or a scale's word alone ("на миллиард")?"""
    scales = [p.lex.scale_values.get(d.scale or text[d.num_start:d.end].split()[-1].lower().rstrip(".")) for d in (a, b)]
    return scales[0] is not None and scales[0] == scales[1]


def scaled_before(p: NumberPatterns, text: str, last: Draft | None, d: Draft) -> None:
    """"доходная часть была 49 млрд, госдолг — 48 млрд 970 млн рублей", "revenue was 49 billion and debt 48.9
    billion rubles": a bare figure with a scale and no noun of its own, before an amount of money or of a physical
    quantity of the same scale in its sentence, is in that unit too."""
    if last is None or last.unit != COUNT or not _same_scale(p, text, last, d) \
            or d.unit.kind not in (UnitKind.MONEY, UnitKind.PHYSICAL) or p.sentence_end.search(text, last.end, d.start):
        return   # ("вырос более чем на миллиард и составил 20,37 млрд рублей": one scale, two words)
    w = p.next_word.match(text, last.end)
    if w is None or w.group(1).lower() in p.function_words:
        last.unit = d.unit


def allocated_money(p: NumberPatterns, text: str, drafts: list[Draft]) -> None:
    """"На разработки нового оружия было выделено 167 млрд", "the ministry allocated 5 billion for ...":
    a bare amount with a scale word that a verb of spending gives or takes is money, in the currency
    the text counts its money in (the one it names most)."""
    currency = Unit.most_named_currency(d.unit for d in drafts)
    if currency is None:
        return
    for d in drafts:
        if d.unit == COUNT and d.scale and d.scale not in p.small_scales and d.value_to is None \
                and (p.spent_before.search(text, max(0, d.start - 40), d.start) or p.spent_after.match(text, d.end)):
            d.unit = currency


def rate_per_money(p: NumberPatterns, text: str, last: Draft | None, d: Draft) -> None:
    """"0.7053 per $100 valuation": a bare number right before "per" and a round amount of money is a rate in that money."""
    if last is None or last.unit != COUNT or last.form is not Form.DIGITS or last.scale or last.value_to is not None \
            or d.unit.kind is not UnitKind.MONEY or d.value_to is not None or d.value < 1 or d.value != 10 ** d.value.adjusted():
        return
    if p.per_between.fullmatch(text, last.end, d.start):
        last.unit = d.unit


def compared_unit(p: NumberPatterns, text: str, last: Draft | None, d: Draft) -> None:
    """"6.570 trillion roubles, which is 1.107 trillion more": a bare figure with a scale, compared
    with what the sentence measured in money, is money too."""
    if last is None or last.unit.kind is not UnitKind.MONEY or d.unit != COUNT or not d.scale or d.value_to is not None:
        return
    if p.comparative_after.match(text, d.end) and not p.sentence_end.search(text, last.end, d.start):
        d.unit = last.unit


BASELINE_RATIO = 3   # a rate's earlier value is within this factor of it
LEVEL_RATIO = 10   # a level a change reached is within this factor of the level it started from


def level_scale(p: NumberPatterns, text: str, last: Draft | None, d: Draft) -> None:
    """"поднять оклад с 18 тысяч до 27", "from 1.2 million to 1.5": the bare level a change reached takes
    the scale (and unit) of the level it started from, when that makes the two of one size."""
    if last is None or not last.scale or d.form is not Form.DIGITS or d.unit != COUNT or d.scale or d.value_to is not None:
        return
    sep = p.range_sep.fullmatch(text, last.end, d.start)
    opener = p.range_open.search(text, max(0, last.start - 12), last.start)
    if not sep or sep.group("sep").lower() not in p.level_words or not opener \
            or opener.group("open").lower() not in p.change_openers | p.from_openers:
        return
    w = p.next_word.match(text, d.end)
    if w is not None and w.group(1).lower() not in p.function_words:
        return   # "from 12 thousand to 9 cases": a noun of its own
    scaled = d.value * p.lex.scale_values[last.scale]
    if last.value / LEVEL_RATIO <= scaled <= last.value * LEVEL_RATIO:
        d.value, d.scale, d.unit = scaled, last.scale, last.unit


def baseline_unit(p: NumberPatterns, text: str, last: Draft | None, d: Draft) -> None:
    """"the rate ticked up to 6.7 percent from 6.6", "4.1%, down from 4.3": a bare figure that a rate
    is compared with, near it in size and with no noun of its own, is that rate's earlier value
    (not "fell by 3 percent from 450 cases", nor "by 3% from 45")."""
    if last is None or last.unit not in SHARES or last.form is Form.MULTIPLIER or not last.value \
            or d.form is not Form.DIGITS or d.unit != COUNT or d.scale or d.value_to is not None:
        return
    w = p.next_word.match(text, d.end)
    if p.baseline_link.fullmatch(text, last.end, d.start) and (w is None or w.group(1).lower() in p.function_words) \
            and last.value / BASELINE_RATIO <= d.value <= last.value * BASELINE_RATIO:
        d.unit = last.unit


def year_like(text: str, d: Draft) -> bool:
    """A bare four-digit number from 1900 to 2100 with nothing after it: most likely a year."""
    raw = text[d.num_start:d.num_end]
    return d.form is Form.DIGITS and d.unit == COUNT and not d.scale and raw.isdigit() and len(raw) == 4 \
        and 1900 <= int(raw) <= 2100


def comma_groups(p: NumberPatterns, text: str, last: Draft | None, draft: Draft) -> bool:
    """"two billion, nine hundred seventy eight million, eight hundred ... and fifty nine dollars": number words whose
    groups a comma parts, each below the scale word that ends the group before, are one number, in the unit of its last
    group; ``draft`` is merged into ``last`` (True), else nothing changes ("two million, three million and four million")."""
    if last is None or last.form is not Form.WORDS or draft.form is not Form.WORDS or last.unit != COUNT \
            or last.end != last.num_end or last.value_to is not None or draft.value_to is not None \
            or text[last.end:draft.start] != ", ":
        return False
    scale = p.lex.scale_words.get(text[last.num_start:last.num_end].split()[-1].lower())
    if scale is None or draft.value >= scale:
        return False
    last.value += draft.value
    last.end, last.num_end = draft.end, draft.num_end
    last.unit, last.unit_start, last.unit_end = draft.unit, draft.unit_start, draft.unit_end
    return True
