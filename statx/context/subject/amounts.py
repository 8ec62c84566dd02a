"""Subject rules for amounts (tried in the order of ``rules.RULES``): what money is paid for or spent on, the
noun a linking phrase joins an amount to, what money is named after it, the part a share of a
whole is, and the rate a percentage is of."""
from __future__ import annotations

from ...numbers.mention import COUNT, PERCENT, SHARES, UnitKind
from ...text.view import CLAUSE_BREAKS, DASHES, Tok
from ..figure import Figure
from .clause import clause_subject
from .clauses import clauses_of
from .phrase import age_start, before_qualifiers, clause_start, first_verb, noun_phrase, phrase_before, place_or_time, proper
from .words import SubjectWords


PAID_FOR_REACH = 3   # tokens between a price and the word of what it is paid for ("12 cents more for")


def paid_for(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """What money is paid for, its price: "за десяток яиц оренбуржцы заплатят 96,03 руб.", "consumers will pay 12 cents
    more for a litre of milk": a verb of paying in the figure's clause, then what follows "за" before it or "for" after
    the figure."""
    if not m.is_money:
        return None
    start = clause_start(left)
    verb = next((k for k in range(len(left) - 1, start - 1, -1) if left[k].low in w.paying_verbs), None)
    if verb is None:
        return None
    for k in range(start, verb - 1):   # (not "for the first time": a time told as an event's order)
        if left[k].low in w.paid_for and not w.phrase_ends.at(left, k) and (found := noun_phrase(w, left[:verb], k + 1)):
            if len(found) > 1 and found[-1] is left[verb - 1] and w.payer_endings and found[-1].low.endswith(w.payer_endings):
                found = found[:-1]   # "за десяток яиц | оренбуржцы заплатят": who pays stands before the verb
            return found
    k = next((k for k, t in enumerate(right[:PAID_FOR_REACH]) if t.low in w.paid_for and not w.phrase_ends.at(right, k)), None)
    if k is None or k + 1 >= len(right):
        return None
    return noun_phrase(w, right, k + 1) or None   # "will pay 9 cents more for | a litre of diesel"


def _plural_noun_after(w: SubjectWords, right: list[Tok], k: int) -> bool:
    """Does a plural noun stand at right[k], maybe after a word in "-ing" ("schools", "housing grants")?"""
    k += k + 1 < len(right) and w.present_participle(right[k].low)
    return k < len(right) and right[k].is_word and right[k].text.islower() and right[k].low.endswith(w.plural_endings) \
        and right[k].low not in w.function and not w.is_verb(right[k])


def allocated_for(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """What money is allocated to: "allocate 3.4 trillion rubles for demographic measures", "an extra
    $2 million towards roads", "486 млн рублей направлено на развитие дорог", "на поддержку здравоохранения направлено 11,3 млрд"."""
    if not m.is_money:
        return None
    k = start = 1 if right and right[0].text in DASHES else 0   # "— 1 миллиард 932 миллиона — направлена на"
    k += w.per_period.at(right, k)   # "spending approximately £6b a year on our health service"
    while k < len(right) and k < start + 4 and (right[k].low in w.before_purpose or right[k].low in w.recipient_verbs
                                                or w.passive_infinitive.at(right, k)) and w.purpose_after_verb.ending_at(right, k) != 2:
        k += w.passive_infinitive.at(right, k) or 1   # "486 млн рублей направлено на ...", "... will be spent on ...",
        # "... will go to ...", "... is to be invested in ..."
    if k == start == 0 and right and right[0].text in "([":
        close = next((c for c, t in enumerate(right[:10]) if t.text in ")]"), None)
        k = close + 1 if close is not None else 0   # "allocate 3.4 trillion rubles ($60 billion) for ..."
    elif k == start == 0 and len(right) > 2 and right[0].text == "," and right[1].low in w.np_and:
        close = next((c for c in range(2, min(len(right), 10)) if right[c].text == ","), None)
        k = close + 1 if close is not None else 0   # "will spend RUB 10.8 trillion, or USD 112 billion, on ..."
    verb_after = any(t.low in w.allocation_verbs for t in right[:k])
    if k == start and len(right) > 1 and right[0].text in DASHES and any(t.low in w.allocation_verbs for t in left):
        k, verb_after = 1, True   # "... выделено на культуру и порядка 1,6 млрд — на спорт": the list's verb left out
    i = before_qualifiers(w, left)
    verb_right_before = i > 0 and left[i - 1].low in w.allocation_verbs or i > 1 and left[i - 2].low in w.allocation_verbs
    verb_before = verb_right_before or any(t.low in w.added_amount for t in left[i - 1 if i else 0:]) \
        or _listed_after_verb(w, left, i) or _verbless_item(w, left, right)
    # ("to" only after the verb itself: "adding $265 million to the fund", not "transfer another 12 billion roubles to the regions")
    # (and "to" before a plural noun, maybe after a gerund, right after the verb or the amount after it: "has been
    # committed to housing grants", "allocated €2m to schools"; not "to build roads")
    verb_right_after = 0 < k <= len(right) and right[k - 1].low in w.allocation_verbs
    if 0 < k < len(right) - 1 and right[k - 1].low in w.recipient_verbs and right[k].low in w.purpose_determined:
        verb = right[k + 1].low in w.purpose_verbs   # (or what it is to do: "goes to improve roads")
        found = noun_phrase(w, right, k + 2 if verb else k + 1)   # "an extra £176m will go to local authorities": who gets it
        return found if found and not w.is_verb(found[0]) else None
    if (verb_after or verb_before) and k < len(right) and (right[k].low in w.purpose or w.purpose_after_verb.ending_at(right, k) == 2
                                                           or right[k].low in w.purpose_determined and (
            (verb_right_before or verb_right_after) and w.determiners.at(right, k + 1)
            or (verb_right_before or verb_right_after) and _plural_noun_after(w, right, k + 1))):
        found = noun_phrase(w, right, k + 1, purpose=True)
        if found:
            whole = right[k + 1:right.index(found[-1]) + 1]
            return whole if w.is_reference(whole) else found   # "for this purpose": what was said before
    if i > 1 and left[i - 1].low in w.allocation_verbs:
        # "на поддержку здравоохранения направлено почти 11,3 млрд рублей": the purpose before its verb
        # (opening its clause, or a list's item after its dash: "- На выплаты семьям выделят 13 млрд рублей")
        j = i - 2
        while j > 0 and (left[j].is_word or left[j].timed) and left[j].low not in w.purpose and i - 1 - j < PURPOSE_REACH \
                and w.purpose_after_verb.at([left[i - 1], left[j]], 0) != 2:
            j -= 1   # (past a time: "на капитальные вложения в 2026 году предусмотрено")
        if (left[j].low in w.purpose or w.purpose_after_verb.at([left[i - 1], left[j]], 0) == 2) and (j == 0 or left[j - 1].text in CLAUSE_BREAKS or left[j - 1].text in ".!?" or left[j - 1].text in DASHES
                                         or left[j - 1].timed):   # (after a time: "в 2023 году на поддержку ... направлено")
            whole = left[j + 1:i - 1]
            return whole if w.is_reference(whole) else noun_phrase(w, left[:i - 1], j + 1, purpose=True)
    return None


def purpose_infinitive(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"$7.4 million to expand the Jameson Annex", "$2 million to hire teachers": money right before "to" and a verb
    of what money is for is for the noun phrase that verb takes."""
    if not m.is_money or len(right) < 3 or right[0].low not in w.purpose_determined or right[1].low not in w.purpose_verbs:
        return None
    return noun_phrase(w, right, 2, purpose=True)


def visit_purpose(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"..., 4.5 per cent came for business purposes while 15.7 per cent visited Fiji for other reasons": a share that
    opens its clause, then a verb of a visit, counts the visitors of the purpose after "for" (past a place at most), or
    after "to" and a verb ("7.4 per cent came to visit their friends and relatives")."""
    i = before_qualifiers(w, left)
    if m.unit not in SHARES or not right or right[0].low not in w.visit_verbs \
            or i > 0 and left[i - 1].text not in CLAUSE_BREAKS and not w.openers.ending_at(left, i - 1):
        return None
    k = 2 if len(right) > 2 and proper(right[1]) and right[2].low in w.purpose else 1   # ("visited Fiji for ...")
    if k < len(right) and right[k].low in w.purpose:
        return noun_phrase(w, right, k + 1, purpose=True) or None
    if k + 2 < len(right) and right[k].low in w.infinitive and right[k + 1].is_word:
        j = k + 2 + w.determiners.at(right, k + 2)   # ("to visit their friends")
        return noun_phrase(w, right, j) or None
    return None


def _verbless_item(w: SubjectWords, left: list[Tok], right: list[Tok]) -> bool:
    """"- $50,000 for campus maintenance": an amount that opens its line or list item (after a bullet at most, or
    an inline list's colon or semicolon: "increases totaling $127 million: $46 million for the emergency program"),
    in an item with no verb before its purpose or first comma, gives what it is for as a budget's line does ("* $9.2
    million for culture, including $1 million for ...", "$8 million for pay increases")."""
    opened = max((k + 1 for k, t in enumerate(left) if t.text in ":;"), default=0)
    stop = next((k for k, t in enumerate(right) if t.text in CLAUSE_BREAKS or t.low in w.purpose), len(right))
    return all(not t.is_word and not t.text[:1].isdigit() for t in left[opened:]) and not any(w.is_verb(t) for t in right[:stop])


def _listed_after_verb(w: SubjectWords, left: list[Tok], i: int) -> bool:
    """"allocates $30 million for meals and $12 million for roads": an amount after "and" or a comma, in a
    list that an allocation verb opens earlier in its sentence (no full stop, semicolon or colon between);
    or in a list whose amount before it has its purpose ("with Vt201 million for scholarships, Vt65 million for ...",
    "$7.4 million to expand the annex, $3.9 million for ...")."""
    if i == 0 or not (left[i - 1].text == "," or left[i - 1].low in w.np_and):
        return False
    window = left[max(0, i - LIST_REACH):i - 1]
    for k in range(len(window) - 1, -1, -1):
        t = window[k]
        if t.text in ".;:!?":
            return False
        if t.low in w.allocation_verbs or t.low in w.purpose and any(u.text[:1].isdigit() for u in window[max(0, k - AMOUNT_WORDS):k]):
            return True
        if t.low in w.purpose_verbs and k > 0 and window[k - 1].low in w.purpose_determined \
                and any(u.text[:1].isdigit() for u in window[max(0, k - 1 - AMOUNT_WORDS):k - 1]):
            return True   # "... $7.4 million to expand the annex, $3.9 million for a readiness center": the list's first purpose
    return False


ASIDE_TOKENS = 20   # tokens of a bracketed aside between a noun and the link to its amount, at most
AMOUNT_WORDS = 3      # tokens an amount's number stands before its purpose at most ("Ksh 13.4 billion for")
LIST_REACH = 40       # tokens back from an amount in a list to the allocation verb that opens the list
PURPOSE_REACH = 8      # tokens back from an allocation verb to the purpose's preposition before it, a time included


def _ranked_name(w: SubjectWords, left: list[Tok], k: int) -> bool:
    """Does a name (capitalised words) stand right before ``left[k]`` after a word of rank ("ahead of Saskatchewan")?"""
    b = k
    while b > 0 and k - b < RANKED_NAME and left[b - 1].is_word and proper(left[b - 1]):
        b -= 1
    return b < k and bool(w.ranked_before.ending_at(left, b - 1))


RANKED_NAME = 4   # words of a name after a word of rank, at most


def linked_amount(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"a bribe in the amount of 7 million rubles", "bribes amounting to €400 thousand", "financial
    damages estimated between 200 and 250 billion rubles", "property worth N", "взятку в размере N":
    a linking phrase joins the amount to the noun before it; after a verb or "to" ("the average check
    is in the range of N", "improved to a range of N") it joins it to the clause's subject."""
    i = len(left)
    while i > 0 and (w.qualifier_phrases.ending_at(left, i - 1) or left[i - 1].low in w.bridges and left[i - 1].low not in w.amount_links.words()):
        i -= w.qualifier_phrases.ending_at(left, i - 1) or 1
    # (a price's "за", "for", or the "на" of goods worth an amount: "поставил овощей на $1,1 млрд"; not a change's "на")
    n = i and (w.amount_links.ending_at(left, i - 1) or m.is_money and not m.direction and w.money_links.ending_at(left, i - 1))
    if not n or n == 1 and m.unit == COUNT and not _ranked_name(w, left, i - n):
        return None   # "the News at Six": a bare count after a one-word link is a time or a name (but "ahead of Saskatchewan at 12.4")
    if left[i - 1].low in w.of and (_own_noun(w, m, right) or _of_after_unit(w, m, right)):
        return None   # "with a total of 40 seats", "a total of 885 hectares of strawberries": the figure's own noun says what it counts
    j = i - n
    j -= j > 0 and (left[j - 1].text == "," or left[j - 1].text in DASHES)   # "the assets abroad, worth N", "по доходам - в сумме N"
    if j > 0 and left[j - 1].text == ")":   # "the unemployment rate (the proportion of unemployed persons ...) at 2.8%"
        j = next((k for k in range(j - 2, max(-1, j - 2 - ASIDE_TOKENS), -1) if left[k].text == "("), j)
    if j == 0:
        return None
    before = left[j - 1]
    passive = w.participle(before.low) and j > 1 and w.is_verb(left[j - 2])   # "revenues are projected at"
    progressive = j > 1 and left[j - 2].low in w.copulas   # "growth is running at", "trade growth was good at", "rates were unchanged at"
    short = w.short_participle(before.low)   # "расходы предусмотрены в размере"
    after_modal = j > 1 and (left[j - 2].low in w.modals or left[j - 2].low in w.infinitive)   # "inflation should settle at", "to reach its highest level of"
    level = w.level_verbs.ending_at(left, j - 1) or w.level_verbs.ending_at(left, i - 1) > n   # "it now sits at"
    c = w.comparatives.ending_at(left, j - 1)   # "production is pegged higher at": the comparative of the verb before it
    compared = c and j - c > 0 and (w.is_verb(left[j - c - 1]) or w.participle(left[j - c - 1].low))
    if w.is_verb(before) or passive or progressive or short or after_modal or level or compared or before.low in w.level_after_change \
            or _verb_then_place(w, left, j):
        return _held_object(w, left, j - 1) or _infinitive_subject(w, left, i, j, n) or clause_subject(w, left[:j]) or None
    found = phrase_before(w, left, j)
    placed = found and j - len(found) > 0 and left[j - len(found) - 1].low in w.prepositions and w.is_verb(left[j]) \
        and place_or_time(w, left, j - len(found) - 1)
    if placed and (subject := clause_subject(w, left[:j])):
        return subject   # "Численность рабочей силы в регионе оценивается в N": a verb's link, after its place
    preposition = left[j - len(found) - 1].low if found and j - len(found) > 1 else ""
    # (not "followed by Marlborough at $65,084", "утверждается по доходам в сумме": the item named)
    attached = preposition in w.prepositions and preposition not in w.change_items and w.is_verb(left[j - len(found) - 2]) \
        and not any(proper(t) for t in found)
    if attached and (subject := clause_subject(w, left[:j - len(found) - 1])):
        return subject   # "Темп роста ВВП сложился в сопоставимых ценах на уровне 7%": how the verb's subject came out
    if found and (all(w.participle(t.low) or w.adjective(t.low) or t.low in w.lone_ranks or t.low in w.held_states for t in found)
                  or w.change_alone(found)):
        return _held_object(w, left, j - len(found)) or clause_subject(w, left[:j]) or None   # "from the revised January total of 101,578": no noun, the clause's;
        # "the construction sector showed substantial growth at 9.8 per cent": what grew; "the rate remained stable, at 0.4
        # percent": what stayed so
    k = j - len(found) if found else 0
    while k > 0 and (w.adverb(left[k - 1].low) or left[k - 1].low in w.function and left[k - 1].low not in w.prepositions
                     and left[k - 1].low not in w.copulas):
        k -= 1   # ("was also below forecast")
    if k > 1 and left[k - 1].low in w.copulas:
        # "debt was also below forecast, at 20.6 percent": what the copula says of its subject
        clauses = clauses_of(w, left[:k - 1])
        return clause_subject(w, left[:k - 1]) or phrase_before(w, left, k - 1) or clauses and noun_phrase(w, clauses[0], 0) or found
    return found


def _held_object(w: SubjectWords, left: list[Tok], p: int) -> list[Tok] | None:
    """"The committee left interest rates | unchanged at 5.25%", "оставил ставку | неизменной на уровне 16%": the object of a
    verb that keeps it at a level, right before the word that says how (``left[p]``)."""
    q = p
    while q > 0 and p - q < HELD_WORDS and left[q - 1].is_word and left[q - 1].low not in w.hold_verbs:
        q -= 1
    return noun_phrase(w, left[:p], q) if 0 < q < p and left[q - 1].low in w.hold_verbs else None


def _infinitive_subject(w: SubjectWords, left: list[Tok], i: int, j: int, n: int) -> list[Tok] | None:
    """"expected the unemployment rate | to stay at | 6.8 per cent": the object of a verb, right before the "to" of a level
    verb, is what stays at the level (not "inflation is expected | to stay at", a participle before "to")."""
    lv = w.level_verbs.ending_at(left, i - 1)
    s = i - lv if lv > n else j - w.level_verbs.ending_at(left, j - 1)
    if not (s < j and s > 1 and left[s - 1].low in w.infinitive and left[s - 2].is_word) \
            or w.is_verb(left[s - 2]) or w.participle(left[s - 2].low) or left[s - 2].low in w.function:
        return None
    return phrase_before(w, left, s - 1)


HELD_WORDS = 5   # words of a kept object, at most
PLACE_WORDS = 5   # words of a prepositional phrase between a verb and the link to its amount


def _verb_then_place(w: SubjectWords, left: list[Tok], j: int) -> bool:
    """Does a passive verb's prepositional phrase end at ``j`` ("was estimated from the Labour Force Survey | at 2.4 per
    cent")? The link is the verb's, not the noun's."""
    k = j - 1
    while k > 0 and j - k <= PLACE_WORDS and left[k].is_word and left[k].low not in w.prepositions:
        k -= 1
    return 0 < k < j - 1 and left[k].low in w.prepositions and left[k].low not in w.infinitive and left[k - 1].is_word \
        and w.participle(left[k - 1].low) and k > 1 and w.is_verb(left[k - 2]) \
        and not any(w.is_verb(t) or w.present_participle(t.low) for t in left[k + 1:j])   # (not "charged with taking a bribe | in the amount of",
    # nor "decided to | keep the repurchase rate | at its current level of": "to" and a verb)


def total_set(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"bringing the death toll to 84", "taking the total tally since January to over 20,000",
    "доведя общее число жертв до 140": the total a verb sets to the figure."""
    if not left or left[-1].low not in w.level_after_change or _own_noun(w, m, right):
        return None   # "took the suspect to 3 hospitals": the count's own noun says what it counts
    k = next((k for k in range(len(left) - 2, max(-1, len(left) - TOTAL_REACH), -1) if left[k].low in w.total_verbs), None)
    return noun_phrase(w, left[:-1], k + 1) if k is not None else None


TOTAL_REACH = 17   # tokens back from "to" to the verb that sets a total ("brings the number of new dwellings completed in the first half of 2018 to")


def _of_after_unit(w: SubjectWords, m: Figure, right: list[Tok]) -> bool:
    """Is ``m`` an amount in a unit with "of" and a word right after it ("885 hectares of strawberries")?"""
    return m.unit != COUNT and len(right) > 1 and right[0].low in w.of and right[1].is_word and right[1].low not in w.function


def _own_noun(w: SubjectWords, m: Figure, right: list[Tok]) -> bool:
    """Is ``m`` a count with a noun of its own right after it ("40 seats")?"""
    return m.unit == COUNT and bool(right) and right[0].is_word and right[0].low not in w.function and not right[0].timed


def named_after(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"an estimated $3 billion in damages", "Rs 28,000 as sale proceeds", "5 млн рублей в виде
    взятки": an amount of money followed by what it is."""
    n = w.after_amount.at(right, 0) if m.is_money else 0
    if not n or w.not_after_amount.at(right, n):
        return None   # (not "K1 billion as part of the 2024 budget": what the amount is within)
    found = noun_phrase(w, right, n)
    if not found or found[0].low in w.time_units or found[-1].low in w.time_units or proper(found[0]) or place_or_time(w, right, n - 1):
        return None  # "$5 billion in 2023", "in the first quarter", "in Russia", "in the region"
    after = right.index(found[-1]) + 1
    if len(found) == 1 and n == 1 and after < len(right) and right[after].low in w.prepositions \
            and not (after + 1 < len(right) and right[after + 1].timed):
        return None  # "in addition to", "in exchange for" (not "in financial support to Moldova", "in ransom between May 2023 and ...",
        # nor "$5 billion worth of infrastructure in it")
    return found


def part_of_whole(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"Cybercrime accounts for 35% of all crimes", "the share of damage from corruption is about 10%
    of all damage", "доля киберпреступлений составила 40% от всех": a share of a whole, after a verb
    that makes it one, measures the part named before the verb, not the whole after the figure."""
    if m.unit not in SHARES or not right or right[0].low not in w.whole_markers:
        return None
    i = before_qualifiers(w, left)
    n = w.share_verbs.ending_at(left, i - 1) if i > 0 else 0
    if not n:
        return None
    j = i - n
    if j > 1 and left[j - 1].low in w.coordinators:   # "Sales tax is the largest source of funding and makes up 58% of": the
        clause = next(iter(clauses_of(w, left[:j - 1])), [])   # verbs share the subject before the first
        verb = first_verb(w, clause)
        found = noun_phrase(w, clause[:verb], 0) if verb else None
        if found:
            return found
    while j > 0 and (left[j - 1].timed or left[j - 1].low in w.opener_words and left[j - 1].low not in w.prepositions):
        j -= 1  # "offences now account for", "the area burned this year is"
    aged = age_start(w, left, j)
    found = phrase_before(w, left, aged) if j else None
    if aged < j:   # "People aged 65 and over made up 18% of": the people and their age
        start = left.index(found[0]) if found else next((k + 1 for k in range(aged - 1, -1, -1) if not left[k].is_word), 0)
        found = left[start:j] if start < aged and all(t.is_word for t in left[start:aged]) else found
    return found or clause_subject(w, left[:j]) or None


RESTATED_AMOUNT = 8   # tokens at most of the same figure in other words between a share and its verb ("или 2 060,2 млн. сомони")


def share_goes_to(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"46,7% или 2 060,2 млн. сомони приходится на депозиты юридических лиц и 53,3% ... на депозиты
    физических лиц", "46% went to pensions": the part a verb gives the figure to; a later item of the list
    repeats only the verb's preposition."""
    k = int(bool(right) and right[0].text in ",)")   # "60%, или 12 млрд рублей, приходится на", "(60,2%) пришлось на"
    if k < len(right) and right[k].text == "(":   # "10,9 млрд руб. (60,2%) пришлось на": past the restating bracket
        close = next((c for c in range(k + 1, min(len(right), k + RESTATED_AMOUNT)) if right[c].text == ")"), None)
        k = close + 1 if close is not None else k
    k += k < len(right) and right[k].text in DASHES   # "а 7,2 млрд руб. — на безвозмездные поступления"
    said = ()
    if k < len(right) and (right[k].low in w.restating_words or right[k].low in w.prepositions):
        said = {left[c + n - 1].low for c in range(len(left)) if (n := w.share_to.at(left, c))}   # the verbs' prepositions
    if k < len(right) and right[k].low in w.restating_words:   # "или 2 060,2 млн. сомони": the figure in other words
        k = next((c for c in range(k + 1, min(len(right), k + RESTATED_AMOUNT)) if w.share_to.at(right, c) or right[c].low in said), 0)
    n = w.share_to.at(right, k) or int(k < len(right) and right[k].low in said)
    if not n and not w.verbs_by_word_order and m.unit in SHARES:   # "65,3% введенного в области жилья приходится на
        c = k                                                       # городскую местность": a share of a whole in the genitive
        while c < min(len(right), k + WHOLE_WORDS) and right[c].is_word and not right[c].timed \
                and not (n := w.share_to.at(right, c)) and not w.is_verb(right[c]):
            c += 1
        k = c if n else k
    found = noun_phrase(w, right, k + n) if n else None
    return found if found and not place_or_time(w, right, k + n - 1) else _fronted_part(w, left)


def _fronted_part(w: SubjectWords, left: list[Tok]) -> list[Tok] | None:
    """"На соцполитику пришлось 13,19 млрд": the part the verb gives the figure to, put before the verb."""
    if len(left) < 3:
        return None
    preps = {prep for verb, prep in w.share_to_pairs if verb == left[-1].low}
    c = len(left) - 2
    while c >= 0 and left[c].is_word and left[c].low not in preps:
        c -= 1
    if c < 0 or not left[c].is_word or c == len(left) - 2 or place_or_time(w, left, c):
        return None
    found = noun_phrase(w, left[:-1], c + 1)
    return found if found and found[-1] is left[-2] else None


WHOLE_WORDS = 6   # words of the whole a share is of, between the share and its verb, at most


def rate_after(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"0.62 percent inflation", "0.17 percent month-on-month inflation", "5% unemployment": a rate the word
    lists measure in percent, right after a percentage (maybe after the time it is over)."""
    if m.unit != PERCENT:
        return None
    for k in range(min(len(right), RATE_REACH)):
        n = w.percent_measures.at(right, k)
        if n:
            return right[k:k + n]
        if right[k].low in w.function or not right[k].is_word and right[k].text != "-":
            return None   # (words of its time only: "month-on-month")
    return None


RATE_REACH = 6   # tokens after a percentage up to the rate it is of


def measure_word(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
    """"улицы Василе Лупу, длиной 2,2 км", "на елке высотой 22 метра": a physical quantity right after a measure noun in
    the instrumental is of that measure (of the noun phrase right before it, when one stands there)."""
    if m.unit.kind is not UnitKind.PHYSICAL or not left or left[-1].low not in w.measure_instrumentals:
        return None
    before = phrase_before(w, left, len(left) - 1) if len(left) > 1 and left[-2].is_word else None
    return (before or []) + left[-1:]
