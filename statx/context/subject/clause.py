"""The subject of a figure's clause: the noun phrase before its verb (or after it, in languages
that put the subject after the change), what a relative pronoun stands for, and what happened to
the people a count counts."""
from __future__ import annotations

from ...numbers.mention import COUNT
from ...text.view import CLAUSE_BREAKS, DASHES, SOFT_BREAKS, Tok
from ..figure import Figure
from .clauses import clauses_of
from .phrase import (REACH_BEFORE, age_length, finish, first_verb, last_head, noun_phrase, past_aside, phrase_before, place_or_time, proper,
                     strip_openers, trim_adverbials, with_relative, without_noun_asides)
from .words import SubjectWords


def _past_run_in_name(w: SubjectWords, clause: list[Tok]) -> list[Tok]:
    """"Vermont Business Magazine The Vermont unemployment rate remained ...": a capitalised article inside a clause,
    right after a capitalised word that is no function word ("Falls To The Lowest" is a headline's), opens the
    clause; the name before it is a paper's or a site's that lost its line break."""
    for i in range(len(clause) - 1, 0, -1):
        t, before = clause[i], clause[i - 1]
        if t.low in w.object_articles and t.text[0].isupper() and before.is_word and before.text[0].isupper() \
                and before.low not in w.function:
            return clause[i:]
    return clause


def clause_subject(w: SubjectWords, left: list[Tok], skip_nearest: bool = False, verb_in_mention: bool = False,
                   figures: frozenset[int] | None = None) -> list[Tok] | None:
    """The noun phrase before the verb of the number's clause, or after it when what stands
    before is only a place or a time ("в стране было совершено убийств"). A clause that opens
    with its verb takes the phrase of the clause before it ("..., the loss to the economy, amounts to N").
    An empty list: the clause's subject is a person ("we", "я"), and the figure has none.
    ``figures``: where the figures of the text start (None: every number is one); another number
    ("aged from 16 to 64") may stand in a subject."""
    clauses = clauses_of(w, toks := _without_run_on(w, _without_listing(w, without_noun_asides(w, _without_asides(w, left)))))[1 if skip_nearest else 0:]
    verb_first = False
    nearest = None
    participial: list[Tok] = []
    for n, raw in enumerate(clauses):
        if n == 0 and not skip_nearest and raw and w.changed_participles and raw[0].low in w.change \
                and raw[0].low.endswith(w.changed_participles) and n + 1 < len(clauses) and (found := _last_noun_phrase(w, clauses[n + 1])):
            return found   # "услуги связи, подорожавшие за год на 6%": the noun the change's participle describes
        if nearest is None and not skip_nearest and (k := _opening_relative(w, raw)) is not None:
            return raw[k:k + 1]  # ", which soared 18%", "the crime rate which ... recorded a reduction of 6%": the caller finds what "which" stands for
        if verb_first and (raw and raw[0].low in w.relatives or n + 1 < len(clauses) and _participle_aside(w, toks, raw)):
            continue  # "Ущерб, который они причинили, вырос до", "Rwanda CPI, combining both ..., increased by": the noun before
        clause = trim_adverbials(w, strip_openers(w, _past_run_in_name(w, after_last_figure(w, raw, figures))))
        if (not clause or clause[0].low in w.prepositions and not trim_adverbials(w, clause, all_leading=True)) and any(w.is_verb(t) for t in raw) \
                or nearest is None and n + 1 < len(clauses) and w.participle_from(raw):   # (a place after it too: "составляет на Орловщине")
            verb_first = True  # ", составляет 7,5%": a verb that is also a time ("currently") opens the clause; so does a
            continue           # participle and its "from" ("has risen steadily, going from 30,387 to"): the clause before's subject
        if nearest is None:
            nearest = clause
        opener = w.parentheticals.at(clause, 0)
        if opener and opener < len(clause) and (clause[opener].timed or clause[opener].low in w.prepositions) \
                and any(w.is_verb(t) for t in clause[opener:]):
            # "По данным на начало текущего года величина прожиточного минимума составила": a time after it, not its
            # source ("По данным Росстата безработица"); the words after that time open the clause
            clause = trim_adverbials(w, clause[opener:])
        elif opener and (source := _named_source(w, clause, opener)) and any(w.is_verb(t) for t in clause[source:]) \
                and not w.is_verb(clause[source]):
            # "По данным Росстата безработица составила", "According to Statistics Canada the jobless rate was": a
            # named source, no comma after it; the words after it open the clause
            clause = trim_adverbials(w, clause[source:])
        elif clause and (opener or w.parentheticals.at(raw, 0)) and not (w.partitives.at(raw, 0) and any(w.is_verb(t) for t in clause)):
            continue  # "according to our data", "as measured by the index"; not a part with its own verb ("..., в том
            # числе налоговые доходы прогнозируются в сумме")
        change = after_change_noun(w, clause)
        if change:
            return change  # "Зафиксировано снижение смертности на", "Рост преступности составил"
        clause = _up_to_comparison(w, clause) if clause is nearest else clause
        head = last_head(w, clause)
        if head is not None:
            found = noun_phrase(w, clause, head)
            if found and participial and found[-1] is clause[-1]:
                return found + participial  # "людей, получивших ранения при ДТП", "преступлений, совершенных с помощью телефона,"
            if found:
                return with_relative(w, clause, found)
        negated = 1 if len(clause) > 1 and clause[0].low in w.negations else 0   # "не относящихся к"
        if clause and _participle(w, clause[negated]):
            if verb_first:
                # "Количество преступлений, совершенных с использованием ИТТ, выросло": the noun is further
                # back; a participle's clause of time ("опубликованный в апреле") defines nothing
                participial = [] if any(t.timed for t in clause) else clause
                continue
            verb = first_verb(w, clause)
            if clause is nearest and verb and n + 1 < len(clauses):
                found = _ends_with_noun(w, clauses[n + 1])
                if found:
                    return found + clause[:verb]  # "число дел, возбужденных по материалам прокуроров выросло на"
        verb = first_verb(w, clause)
        if verb is None and verb_in_mention and clause is nearest:
            return noun_phrase(w, clause, 0)   # "а ущерб превысил 200 млрд рублей"
        after = verb + 1 if verb is not None else 0
        while after < len(clause) and clause[after].is_word and (w.adverb(clause[after].low) or clause[after].low in w.opener_words) \
                and not w.is_verb(clause[after]):
            after += 1   # "экономический рост здесь составил"
        if verb is not None and clause[verb].low in w.change_nouns and after < len(clause) \
                and (w.is_verb(clause[after]) or w.level_verbs.at(clause, after)):
            measured = verb > 0 and (clause[verb - 1].low in w.measure_changes or f"{clause[verb - 1].low} {clause[verb].low}" in w.measured_changes)
            return clause[verb - measured:verb + 1]  # "Снижение составило" ("natural increase was", "экономический рост составил": a measure)
        if verb is not None and clause is nearest:
            for k in range(len(clause) - 1, verb - 1, -1):
                obj = object_of_change(w, clause, k)
                if obj:
                    return obj  # "the pandemic cut tourism by 60%", "wants to decrease casualties by", "удалось сократить смертность на 25%"
        if verb is None:
            if clause is nearest and len(clause) > 1 and clause[-1].low in w.range_from and n + 1 < len(clauses) \
                    and (found := noun_phrase(w, clause, 0)) and found[-1] is clause[-2]:
                return found   # "доверие с 42% до 48%, оценка работы с 38% до 45%": a list's item, its own measure before "с"
            if clause and w.is_reference(clause[:1]):
                return clause[:1]  # "Это на 2,3% меньше": what was said before
            if verb_first and clause and clause[0].low in w.prepositions:
                clause = trim_adverbials(w, clause, all_leading=True)   # "За неделю индекс цен, по данным ..., составил"
            if verb_first and clause and clause[0].low not in w.prepositions:
                found = noun_phrase(w, clause, 0)
                if found and participial and found[-1] is clause[-1]:
                    return found + participial  # "Численность лиц, совершивших преступления, составила"
                return found
            continue  # "Снижение ВВП, по последним данным, составило": an aside, the subject is before it
        if any(t.text[0].isdigit() and not t.timed and (figures is None or t.start in figures) for t in clause[:verb]):
            continue  # another figure's clause ("27 percent of the dead are pedestrians")
        found = _before_verb(w, clause, verb, clause is nearest, verb_first)
        if found is not _NOTHING:
            return found
        verb_first = True
    return None


def _opening_relative(w: SubjectWords, clause: list[Tok]) -> int | None:
    """Where a relative pronoun opens the figure's own clause: first in it (", which soared"), or, where no comma
    marks it, after a noun with one verb after it ("the overall crime rate which ... recorded a reduction of";
    not "people who died rose by", whose relative clause ends before the figure's verb)."""
    if clause and clause[0].low in w.relatives:
        return 0
    for k in range(len(clause) - 1, 0, -1):
        if clause[k].low in w.relatives and clause[k - 1].is_word and clause[k - 1].low not in w.function:
            verbs = sum(1 for t in clause[k + 1:] if w.is_verb(t) and t.low not in w.change_nouns or w.participle(t.low))
            return k if verbs == 1 else None
    return None


def _named_source(w: SubjectWords, clause: list[Tok], k: int) -> int:
    """Where a source named with capitals ("Росстата", "Statistics Canada", "the Ministry of Finance") that starts at
    ``clause[k]`` ends (``k``: none named so)."""
    j = k + (w.determiners.at(clause, k) if k < len(clause) else 0)   # ("the Central Statistics Office")
    e = j
    while e < len(clause) and (proper(clause[e]) or e > j and clause[e].low in w.of and e + 1 < len(clause) and proper(clause[e + 1])):
        e += 1
    return e if e > j else k


ASIDE = 8   # tokens at most in an aside in brackets inside a noun phrase ...
LONG_ASIDE = 30   # ... or in one without figures, a definition ("реальная заработная плата (заработная плата, рассчитанная ...)")
def _without_asides(w: SubjectWords, left: list[Tok]) -> list[Tok]:
    """``left`` without the asides in brackets between two words of a phrase ("GDP at constant
    (2011-12) prices is estimated at", "real wages (wages adjusted for the rise in consumer prices)
    grew by"), and words between two dashes that open with a determiner ("labour force - the employed plus the
    unemployed - swelled by"; not "показатель — валовой региональный продукт — оценивается", which names it): they
    break no clause. A bracket after a preposition is its object, no aside ("Port Vila increased by (+0.3%) and
    Luganville increased by")."""
    out, k = [], 0
    while k < len(left):
        if left[k].text == "(" and out and out[-1].is_word and out[-1].low not in w.prepositions:
            close = next((c for c in range(k + 1, min(k + LONG_ASIDE, len(left))) if left[c].text in "()"), None)
            short = close is not None and close - k < ASIDE or close is not None and not any(t.text[0].isdigit() for t in left[k:close])
            if short and left[close].text == ")" and close + 1 < len(left) and left[close + 1].is_word:
                k = close + 1
                continue
        if left[k].text in DASHES and out and out[-1].is_word and w.determiners.at(left, k + 1):   # "labour force - the employed plus the unemployed - swelled"
            close = next((c for c in range(k + 1, min(k + LONG_ASIDE, len(left))) if left[c].text in DASHES or not left[c].is_word), None)
            if close is not None and close > k + 1 and left[close].text in DASHES and close + 1 < len(left) and left[close + 1].is_word:
                k = close + 1
                continue
        out.append(left[k])
        k += 1
    return out


def _without_listing(w: SubjectWords, left: list[Tok]) -> list[Tok]:
    """``left`` without a relative clause that lists what a noun is, between commas, before the
    verb's clause ("Violent crimes, which are murder, rape, robbery and assault, dropped"): its
    items are no subjects of the verb."""
    for r in range(1, len(left) - 1):
        if left[r - 1].text == "," and left[r].low in w.relatives and left[r + 1].low in w.copulas:
            verb = next((k for k in range(r + 2, len(left)) if w.is_verb(left[k])), len(left))
            close = max((k for k in range(r + 2, verb) if left[k].text == ","), default=None)   # the comma before the verb's clause
            if close is not None and all(t.text in ",/&-" or t.is_word for t in left[r + 2:close]):
                return left[:r - 1] + left[close:]
            return left
    return left


def _without_run_on(w: SubjectWords, left: list[Tok]) -> list[Tok]:
    """``left`` without an aside after a comma that a relative or a present participle opens and no comma closes, before
    the verb of the noun before the comma ("Capital Expenditure, which would be spent on roads, schools, hospitals was
    projected at", "other expenditure, mainly comprising levies and payments was estimated at"): the verb's subject is
    that noun, not the aside's last word."""
    for r in (r for r in range(len(left) - 2, 0, -1) if left[r - 1].text == ","):
        k = r + (w.adverb(left[r].low) and r + 2 < len(left))
        if not (left[k].low in w.relatives or w.present_participle(left[k].low) and left[k].low not in w.prepositions
                and left[k].text[:1].islower() and k + 1 < len(left) and left[k + 1].low not in w.function):
            continue   # (not a name, "Revenue, Rating and Valuation", nor a participle before a clause: "saying the income ... is")
        own = next((v for v in range(k + 1, len(left)) if w.is_verb(left[v])), None) if left[k].low in w.relatives else k
        verb = next((v for v in range(own + 1, len(left)) if left[v].low in w.copulas), None) if own is not None else None
        last = max((c for c in range(k, verb) if left[c].text == ","), default=None) if verb is not None else None
        if verb is not None and verb > own + 1 and left[verb - 1].is_word and not w.is_verb(left[verb - 1]) \
                and not any(t.text in CLAUSE_BREAKS and t.text != "," or t.low in w.relatives for t in left[k + 1:verb]) \
                and not any(w.clause_words.at(left, c) for c in range(k + 1, verb)) \
                and (last is None or left[last + 1].low not in w.function):   # (the aside closed: "..., the turnout was")
            return left[:r - 1] + left[verb:]
        return left
    return left


def _participle_aside(w: SubjectWords, toks: list[Tok], raw: list[Tok]) -> bool:
    """Is the clause ``raw`` (of ``toks``) an aside between commas that a present participle opens (", combining both
    urban and rural areas,")? Not "notwithstanding" or another preposition."""
    if not (raw and w.present_participle(raw[0].low) and raw[0].low not in w.prepositions):
        return False
    k = next((n for n, t in enumerate(toks) if t is raw[0]), None)   # (the words around it: commas)
    return k is not None and 0 < k and k + len(raw) < len(toks) and toks[k - 1].text == "," and toks[k + len(raw)].text == ","


def _participle(w: SubjectWords, t: Tok) -> bool:
    """Does ``t`` open a participle's clause ("совершенных")? Not a compound adjective ("police-reported crime")."""
    return t.low.endswith(w.participle_endings) and len(t.low) > 4 and "-" not in t.low and not w.is_verb(t)


def _ends_with_noun(w: SubjectWords, raw: list[Tok]) -> list[Tok] | None:
    """The noun phrase that ends the clause ``raw`` (after its head: "Число уголовных дел"), if one does."""
    clause = trim_adverbials(w, strip_openers(w, raw))
    head = last_head(w, clause)
    found = noun_phrase(w, clause, head or 0) if clause else None
    return found if found and found[-1] is clause[-1] and not proper(found[0]) else None


def _last_noun_phrase(w: SubjectWords, clause: list[Tok]) -> list[Tok] | None:
    """The longest noun phrase that ends ``clause`` after its verb ("Основной вклад внесли | услуги связи")."""
    best = None
    for start in range(len(clause) - 1, -1, -1):
        if w.is_verb(clause[start]) or w.verb_shaped(clause[start].low) or not clause[start].is_word:
            break
        found = noun_phrase(w, clause, start)
        if found and found[-1] is clause[-1] and not proper(found[0]):
            best = found
    return best


_NOTHING: list[Tok] = []   # no subject before the verb: the clause before may have one


def _active(w: SubjectWords, auxiliary: str, verb: str) -> bool:
    """Is ``auxiliary verb`` an active tense, a perfect ("has predicted") or a progressive ("is forecasting"), not the
    passive "is estimated"?"""
    ing = bool(w.progressive_endings) and verb.endswith(w.progressive_endings)
    return auxiliary in w.perfect_auxiliaries and not ing or auxiliary in w.progressive_auxiliaries and ing


def _age_tokens(w: SubjectWords, toks: list[Tok]) -> set[int]:
    """Where the ages in ``toks`` stand ("aged 85 and over"), token by token."""
    out: set[int] = set()
    k = 0
    while k < len(toks):
        n = age_length(w, toks, k) if toks[k].is_word else 0
        out.update(range(k, k + n))
        k += n or 1
    return out


def _before_verb(w: SubjectWords, clause: list[Tok], verb: int, nearest: bool, verb_after: bool = False) -> list[Tok] | None:
    """The subject that stands before the clause's verb; ``_NOTHING`` when only function words do. ``verb_after``: the
    figure's verb opens a clause after this one."""
    if verb + 2 < len(clause) and w.speech_verbs.at(clause, verb + 1) and _active(w, clause[verb].low, clause[verb + 1].low) \
            and clause[verb + 2].low not in w.infinitive:
        verb += 1   # "The Government has predicted the GDP to grow", "is forecasting the deficit will grow" (not "is
        # expecting to have earned": the subject's own act)
    told = verb + 2 < len(clause) and clause[verb].low in w.copulas and clause[verb + 1].low in w.passive_speech_verbs \
        and clause[verb + 2].is_word and clause[verb + 2].low not in w.by_alone
    if told:
        verb += 1   # "Councillors were told tender prices have risen": what they were told (not "told by the minister")
    if (told or w.speech_verbs.at(clause, verb) and w.level_verbs.at(clause, verb) < 2) \
            and not (verb and clause[verb - 1].low in w.relatives):   # not "X which show", nor a level's "estimated at"
        # "Putin said inflation slowed to": what was said has the subject; the speaker is none
        rest = clause[verb + (1 if told else w.speech_verbs.at(clause, verb)):]
        after = first_verb(w, rest)
        while after is not None and w.speech_verbs.at(rest, after):   # "reported the results showing the rate fell"
            rest = rest[after + w.speech_verbs.at(rest, after):]
            after = first_verb(w, rest)
        said = strip_openers(w, trim_adverbials(w, rest))   # "said today CPO stocks shrank", "shows that toll income"
        found = noun_phrase(w, said, 0) if after else None
        if found and found[-1].low in w.change_nouns and clause[verb].low in w.showing_verbs:
            found = None   # "The index indicated an increase of 0.3%": a change shown, no clause said
        if not found and verb_after and said and (ends := noun_phrase(w, said, 0)) and ends[-1] is said[-1]:
            found = ends   # "Figures show Otago's economy, which includes Queenstown, rose 8.6 percent": what is said
            # ends this clause, its verb after an aside
        if not found and rest and len(said) == len(rest) and clause[verb].low in w.showing_verbs and not any(t.low in w.personal for t in clause[:verb]):
            found = noun_phrase(w, clause, 0)   # "Arrests show a rising trend": what shows is measured, no clause is said
        return found if found and not w.is_reference(found) else []
    ages = _age_tokens(w, clause[:verb])
    phrase = [t for k, t in enumerate(clause[:verb]) if t.is_word or k in ages]   # (an age's number too: "people aged 85 and over")
    if all(t.low in w.function and t.low not in w.personal for t in phrase) \
            and not (phrase and w.is_reference(phrase[-1:])):
        phrase = []  # "Далее идут ...": an adverb is no subject
    if not phrase and w.subject_after_change and nearest:
        found = after_verbs(w, clause, verb)
        if found:
            return found  # "В сентябре отмечалась дефляция 0,1%": the subject between its verb and the figure
    if len(phrase) > 1 and phrase[-1].low in w.function and w.is_reference(phrase[-1:]) \
            and phrase[-2].low not in w.function and not w.is_reference(phrase[-2:-1]):
        found = noun_phrase(w, phrase[:-1], 0)
        if found:
            return found   # "the damage they caused grew": the pronoun and verb of a relative clause
    if phrase and w.is_reference(phrase[-1:]):
        return phrase[-1:]     # "at the end of June it was 9.4%"
    if phrase and phrase[0].low in w.absolute:
        return phrase[1:] or None   # "with GDP falling by 1.8%"
    led = bool(phrase) and phrase[0].low in w.prepositions   # a place or a time leads the clause
    if led:
        if w.subject_after_change:
            timed = [k for k, t in enumerate(phrase) if t.timed]
            named = timed and timed[-1] + 1 < len(phrase) and phrase[timed[-1] + 1].low not in w.function
            found = after_verbs(w, clause, verb)
            if found and not (named and found[0] is clause[verb]):
                return found   # "в стране было совершено убийств": the subject follows its verb (but not the verb itself, when a
                # noun follows the time before it: "К концу декабря прошлого года бюджет Башкирии получил")
            if timed and timed[-1] + 1 < len(phrase):
                phrase = phrase[timed[-1] + 1:]  # "Согласно оценке Росстата в декабре инфляция ускорилась"
        placed = place_or_time(w, phrase, 0)   # "В Москве индекс цен на товары составил": after a place, a noun's own preposition
        phrase = trim_adverbials(w, phrase, all_leading=True)
        if any(t.low in w.prepositions and t.low not in w.np_prepositions and not t.timed and not place_or_time(w, phrase, k)
               and not (placed and k and phrase[0].low not in w.prepositions)
               and not (k and (phrase[k - 1].low, t.low) in w.complements) for k, t in enumerate(phrase)):   # (nor a noun's own: "цена на лук")
            return None  # "На решение стоящих перед страной проблем будут направлены": still a place, no subject (but
            # "поголовье коров ... на территории региона составило": a place after the noun)
    if not phrase:
        return _NOTHING
    seen = _seen(w, clause, verb)
    if seen is not None and (phrase[-1].low in w.personal or seen[-1] is not clause[-1] and _verb_at(w, clause, clause.index(seen[-1]) + 1)):
        return seen   # "we’ve seen the participation rate increase to", "we expect tax revenue to grow by": what was seen or expected
    if phrase[-1].low in w.personal or phrase[0].low in w.personal and phrase[0].low not in w.lex.spelled_number_words:
        return []  # "We will transfer 69 billion roubles", "We're very pleased to receive": someone who acts, not what is measured
    if w.is_reference(phrase):
        return phrase  # "their share fell to 3.3 percent": resolved by the caller
    # the verb after the phrase tells a plural that a verb's list shares from a verb ("housing starts | rose")
    toks = phrase + clause[verb:verb + 1] if w.verb_at(clause, verb) else phrase
    found = noun_phrase(w, toks, 0) or phrase
    k = phrase.index(found[-1]) + 1 if found[-1] in phrase else len(phrase)
    if led and w.new_phrase_endings and 0 < k < len(phrase) and phrase[k].low.endswith(w.new_phrase_endings) and not proper(phrase[k]) \
            and (own := noun_phrase(w, toks, k)) and own[-1] is phrase[-1]:
        found = own   # "На полях Брестской области | средняя урожайность составляет": the leading place's genitive, then
        # a nominative that opens the clause's own subject
    if all(w.adjective(t.low) for t in found) and not w.counting_comparatives.at(clause, verb + 1):
        k = phrase.index(found[-1]) + 1 if found[-1] in phrase else len(phrase)
        if k + 1 < len(phrase) and phrase[k].low in w.np_and and (more := noun_phrase(w, phrase, k + 1)) \
                and not all(w.adjective(t.low) for t in more):
            return phrase[phrase.index(found[0]):phrase.index(more[-1]) + 1]   # "естественная и миграционная убыль": adjectives joined
        return None  # "общий рост — 9,7%": an adjective of the change, what grew was said before; not "Погибших стало больше"
    return found


def _verb_at(w: SubjectWords, clause: list[Tok], k: int) -> bool:
    """Does a verb, or "to" and a verb, start at clause[k]?"""
    if k + 1 < len(clause) and clause[k].low in w.infinitive:
        k += 1
    return k < len(clause) and w.is_verb(clause[k])


def _seen(w: SubjectWords, clause: list[Tok], verb: int) -> list[Tok] | None:
    """The noun phrase after a verb of seeing at or before the clause's verb ("saw | fatalities rise"), if one follows."""
    seen = next((k for k in range(min(verb + 2, len(clause))) if clause[k].low in w.perception_verbs), None)
    found = noun_phrase(w, clause, seen + 1) if seen is not None else None
    after = clause.index(found[-1]) + 1 if found else 0
    if found and clause[seen + 1].low in w.articles and after < len(clause) and clause[after].low in w.change_nouns:
        return None   # "saw a significant rise": the change seen, its subject before the verb
    return found if found and not w.is_reference(found) else None


MASCULINE_PARTICIPLE = 6   # letters a word needs before its ending may make it a masculine short participle ("собран", not "план")


def after_verbs(w: SubjectWords, clause: list[Tok], verb: int) -> list[Tok] | None:
    """The noun phrase after the verbs that start at clause[verb] ("будут направлены ..."); not
    adjectives alone ("направлены дополнительные 200 млрд рублей")."""
    after = verb
    while after < len(clause) and (w.is_verb(clause[after]) or after > verb and (
            w.verb_shaped(clause[after].low) or clause[after - 1].low in w.modals   # "должно попасть": a modal's verb
            or len(clause[after].low) >= MASCULINE_PARTICIPLE and clause[after].low.endswith(w.masculine_participle_endings))):
        after += 1   # ("был собран рекордный урожай": a participle after its auxiliary)
    found = noun_phrase(w, clause, after)
    if found and (all(w.adjective(t.low) for t in found) or proper(found[0])):
        return None  # adjectives alone; "Далее идут Пермский край (9,1 тыс.)": a place that comes next, not what is counted
    return found


def changed_before(w: SubjectWords, left: list[Tok], relative: Tok) -> list[Tok] | None:
    """What changed in the phrase a relative pronoun follows: "driven by a rise in violence
    against the person, which soared 18%" -> "violence against the person"."""
    r = left.index(relative)
    before = left[max(0, r - REACH_BEFORE):r]
    for k in range(len(before) - 2, -1, -1):
        if before[k].text in CLAUSE_BREAKS and before[k].text != ",":
            break
        if before[k].low in w.change_nouns and (before[k + 1].low in w.in_ or before[k + 1].low in w.of):
            found = noun_phrase(w, before, k + 2)
            # the relative's own noun: not "a drop in every category apart from sexual offences, which"
            return found if found and before[-1].text == "," and found[-1] is before[-2] else None
    return None


def antecedent(w: SubjectWords, left: list[Tok], relative: Tok) -> list[Tok] | None:
    """What a relative pronoun stands for: the noun right before it ("such as planning permissions which
    show"), else the noun phrase before the comma that opens its clause
    ("sexual offences, which rose 7%"), with the head the relative is the "of" of ("the federal
    budget, the total volume of which will increase" -> "total volume of the federal budget")."""
    r = left.index(relative)
    c = r
    while c > 0 and left[c - 1].text not in CLAUSE_BREAKS:
        c -= 1
    if r > c and left[r - 1].is_word and left[r - 1].low not in w.function:
        before = phrase_before(w, left, r)   # "such as Planning Permissions which show": the noun right before it
        b = left.index(before[0]) if before else 0
        # ("120.32 million tonnes which is": the figure, not its unit; "5,180 cases which represent 17%": its noun)
        return None if b and _figure_word(w, left[b - 1]) and before[-1].low in w.unit_words else before
    if c == 0 or left[c - 1].text != ",":
        return None
    before = phrase_before(w, left, c - 1)
    if before:
        b = left.index(before[0])
        if b and left[b - 1].low in w.prepositions and before[0].text[:1].isupper():
            # a place after a preposition: the noun before it with it ("the rate across England and Wales, which stood at"),
            # else nothing said ("67,679 calls were made across Wales, which was 12,000 less")
            noun = b > 1 and left[b - 2].is_word and left[b - 2].low not in w.function and not w.is_verb(left[b - 2])
            head = phrase_before(w, left, b - 1) if noun else None
            return head + left[b - 1:c - 1] if head else None
        if b and _figure_word(w, left[b - 1]):
            return None  # "1,501 lakh tonnes, which is 123 lakh tonnes higher": the relative stands for the figure
        if _participle(w, before[0]) and b and left[b - 1].text == ",":
            return None  # "ущерба, причинённого деяниями, совершёнными с использованием ИТТ, который": a participle's clause
            # (not a participle as an adjective: "стала обрабатывающая промышленность, которая")
        ends = [k + 1 for k in range(b, c - 2) if w.phrase_ends.ending_at(left, k)]
        if ends:
            before = noun_phrase(w, left[:c - 1], ends[-1])   # "every category apart from | sexual offences"
    if not before or r == c or left[r - 1].low not in w.of:
        return before
    head = noun_phrase(w, left, c)
    return head + [left[r - 1]] + before if head and head[-1] is left[r - 2] else before


def _figure_word(w: SubjectWords, t: Tok) -> bool:
    """Is ``t`` a number, a number word or a scale word (what a unit after it measures is a figure)?"""
    return t.text[0].isdigit() or t.low in w.lex.spelled_number_words or t.low in w.lex.scale_words


def after_last_figure(w: SubjectWords, clause: list[Tok], figures: frozenset[int] | None = None) -> list[Tok]:
    """The clause from the "and" after its last figure: "Unemployment fell to 5% and inflation rose to", "went up by a
    third and robbery rose" (``figures``: where the text's figures start, words too; None: figures in digits)."""
    for k in range(len(clause) - 1, 0, -1):
        if clause[k].low in w.joiners and any(t.start in figures if figures is not None else t.text[0].isdigit() and not t.timed
                                              for t in clause[:k]):   # (not an age's number: "people aged 85 and over were")
            return clause[k:]
    return clause


def _up_to_comparison(w: SubjectWords, clause: list[Tok]) -> list[Tok]:
    """The clause up to a verb that compares ("число умерших превысило число родившихся на 35%": what exceeds, not what
    it exceeds), else the whole clause."""
    compared = next((k for k, t in enumerate(clause) if k and t.low in w.comparison_verbs), None)
    return clause if compared is None else clause[:compared + 1]


def after_change_noun(w: SubjectWords, clause: list[Tok]) -> list[Tok] | None:
    """The noun after the clause's last change noun, when only a verb, a qualifier or "by" follow
    it up to the amount: "отмечен рост мошенничеств на", "the growth of GDP was"; a change that names a measure, with
    what it is of: "естественный прирост населения составил"."""
    for k in range(len(clause) - 1, -1, -1):
        if clause[k].low not in w.change_nouns:
            continue
        if k and (clause[k - 1].low in w.infinitive or clause[k - 1].low in w.modals):
            continue   # "expected to rise further to", "will fall": a verb, not a noun
        j = k + 1 + (k + 1 < len(clause) and (clause[k + 1].low in w.of or clause[k + 1].low in w.in_
                                               or clause[k + 1].low in w.change_items and not w.against.at(clause, k + 1)
                                               and not place_or_time(w, clause, k + 1)))
        if j == k + 1 and w.verbs_by_word_order and not (j < len(clause) and clause[j].low in w.determiner_words):
            continue   # "real growth projected to be": in English what changed follows "of", "in" or, after a verb, its article
            # ("This cut the jobless rate from"; Russian: "рост мошенничеств")
        found = noun_phrase(w, clause, j)
        if not found or all(t.low in w.bridges for t in found):
            return None
        end = next(i for i in range(j, len(clause)) if clause[i] is found[-1]) + 1
        rest = _without_places(w, clause[end:])   # past a determiner too
        if all(t.low in w.bridges or w.is_verb(t) or w.level_verbs.at(rest, i) or w.qualifier_phrases.at(rest, i)
               or t.low in w.function for i, t in enumerate(rest)):
            return clause[k - 1:end] if k and clause[k - 1].low in w.measure_changes else found   # ("естественный прирост
            # населения составил": a change that names a measure, with what it is of)
        return None
    return None


def _without_places(w: SubjectWords, toks: list[Tok]) -> list[Tok]:
    """``toks`` without the places and times a preposition opens ("произошло | в Минской области | — на 13,1%"):
    where or when the change was, not a noun that would be its own subject."""
    out, k = [], 0
    while k < len(toks):
        if toks[k].low in w.prepositions and place_or_time(w, toks, k):
            k += 1
            while k < len(toks) and toks[k].is_word and not w.is_verb(toks[k]):
                k += 1
            continue
        out.append(toks[k])
        k += 1
    return out


def object_of_change(w: SubjectWords, clause: list[Tok], verb: int) -> list[Tok] | None:
    """The noun between a change verb and its amount: "cut tourism by", "reduced the number of accidents by"; with no "by"
    after a verb that changes its object ("helped lift total hours worked 1 per cent", "will cut the budget 44 percent")."""
    if clause[verb].low not in w.change:
        return None
    before = clause[verb - 1] if verb else None
    imperative = before is None and verb + 1 < len(clause) and clause[verb + 1].is_word and clause[verb + 1].low not in w.function
    if clause[verb].low in w.change_nouns and not imperative and not (before is not None and (
            before.low in w.infinitive or w.is_verb(before) or before.low in w.personal
            or before.is_word and before.low not in w.function and not w.determiners.at(clause, verb - 1))):
        return None  # a noun ("a 5% increase"), not "to decrease", "will reduce", "the Budget increases spending by", "he cut",
        # nor a list item's order ("Increase street resurfacing budget from $11.8 million to $12.3 million")
    end = len(clause)
    if end > verb + 2 and clause[end - 1].low in w.range_from:
        end -= 1   # "raised spending from 4.7 per cent to 8.5 per cent": the level it changed from
    elif end > verb + 2 and clause[end - 1].low in w.level_after_change and clause[verb].low not in w.motion \
            and not (verb and clause[verb - 1].low in w.motion):
        end -= 1   # "raised the minimum wage to $15": the level it reached (not "edged up ever so slightly to 40.0")
    while end > verb + 1 and (clause[end - 1].low in w.bridges or w.qualifier_phrases.ending_at(clause, end - 1)):
        end -= w.qualifier_phrases.ending_at(clause, end - 1) or 1
    if end == len(clause) and clause[verb].low not in w.object_changers or end <= verb + 1 or clause[verb + 1].low in w.range_verbs:
        return None  # no "by" before the amount (where the verb needs one: not "rose 5%"), nothing between the verb and it,
        # or a range's word ("could increase anywhere from 2.5 percent")
    if end == len(clause):   # no "by": the object, a few words, runs up to the amount ("lift total hours worked 1 per cent")
        obj = clause[verb + 1 + w.determiners.at(clause, verb + 1):end]
        return obj if 0 < len(obj) <= CHANGED_WORDS and all(t.is_word and t.low not in w.function for t in obj) else None
    if end == verb + 2 and w.is_reference(clause[verb + 1:end]):
        return clause[verb + 1:end]   # "managed to raise it to": the caller finds what the pronoun stands for
    head = last_head(w, clause[verb + 1:end])
    found = noun_phrase(w, clause[:end], verb + 1 + head if head is not None else verb + 1)
    if found and all(any(p in w.time_units for p in t.low.split("-")) or t.low in w.function for t in found):
        return None  # "increased month-on-month by 0.6%": a time, not what changed
    return found


CHANGED_WORDS = 3   # words at most of what a verb changed with no "by" before the amount


def person_count(w: SubjectWords, m: Figure, left: list[Tok], right: list[Tok]) -> str | None:
    """"в ДТП погибли 14,5 тыс. человек" -> "погибли в дтп", "выслали из страны 157 000 человек",
    "..., ранено 166,5 тыс. (+4,3%)", "20 тысяч человек погибли": people are counted by what happened
    to them, and where."""
    right = right[past_aside(right):]   # "143 (-45,4%) человека погибли": past the change in brackets
    if m.unit != COUNT or not (right and right[0].low in w.generic and right[0].low not in w.occurrences
                               or w.subject_after_change and not (right and right[0].is_word)):
        return None   # a count of people, or (where the subject follows its verb) a count with no noun: "ранено 166,5 тыс."
    k = 1
    while k + 1 < len(right) and (right[k].timed or right[k].low in w.prepositions and right[k + 1].timed):
        k += 1   # (past a time: "более 50 тыс. человек с 2014 года приехали")
    if len(right) > k and right[0].low in w.person_nouns and _counting_verb(w, right[k]):
        return finish(w, [right[0], right[k]])   # "более 20 тысяч человек погибли": what happened to them follows
    i = len(left) - 1
    while i >= 0 and (w.qualifier_phrases.ending_at(left, i) or left[i].low in w.bridges or left[i].low in w.person_count_adverbs):
        i -= w.qualifier_phrases.ending_at(left, i) or 1   # (and "уже" of "эвакуированы уже 12 тыс. человек")
    if i > 0 and left[i].text in SOFT_BREAKS and _counting_verb(w, left[i - 1]):
        i -= 1   # "умерло – 11 365 человек": a dash between the verb and its count
    if i > 0 and left[i].text == ",":   # "погибло, в том числе по неосторожности, 22 человека": past the aside
        c = next((k for k in range(i - 1, max(-1, i - ASIDE), -1) if left[k].text == ","), None)
        if c is not None and c + 1 < i and w.parentheticals.at(left, c + 1):
            i = c - 1
    after: list[Tok] = []
    p = i
    while p > i - 4 and p > 0 and left[p].is_word and not left[p].timed and left[p].low not in w.prepositions \
            and not w.is_verb(left[p]):
        p -= 1
    if p < i and left[p].low in w.prepositions and p > 0 and _counting_verb(w, left[p - 1]):
        after, i = left[p:i + 1], p - 1   # "выслали из страны 157 000 человек"
    elif p < i and w.subject_after_change and _counting_verb(w, left[p]) and left[p + 1].low not in w.function:
        return finish(w, left[p:p + 2])   # "Получили травмы различной степени тяжести 50 человек": the verb and its object
    if i < 0 or not _counting_verb(w, left[i]):
        return None
    k = i - 1
    while k >= 0 and w.is_verb(left[k]):
        k -= 1
    if k >= 0 and w.is_reference(left[k:k + 1]) and left[k].low not in w.relatives and not (k and left[k - 1].low in w.prepositions):
        return None   # "их было зарегистрировано 112": counted of what the pronoun stands for (not "в которых погибло",
        # nor "В них погибли 19 человек": where)
    j = i
    while j > 0 and left[j - 1].is_word and not left[j - 1].timed \
            and left[j - 1].text not in CLAUSE_BREAKS and i - j < 4:
        j -= 1
    place = left[j:i]
    while place and place[0].low not in w.prepositions:
        place = place[1:]
    if any(t.low in w.relatives or w.is_reference([t]) or w.clause_words.at(place, k) for k, t in enumerate(place)):
        place = []   # "ДТП, в которых погибло": the relative stands for what was said, no place
    if any(proper(t) and not t.text.isupper() and t.low not in w.function for t in place):
        place = []   # "на дорогах Омской области погибли": a named place is where, not what happened (but "в ДТП погибли")
    return finish(w, [left[i]] + (after or place))


def _counting_verb(w: SubjectWords, t: Tok) -> bool:
    """A verb that says what happened to the people counted ("погибли", "выслали"), not one of level ("составила")."""
    return w.is_verb(t) and t.low not in w.copulas and not w.level_verbs.at([t], 0) and t.low not in w.speech_words \
        and t.low not in w.change


def fronted_topic(w: SubjectWords, left: list[Tok]) -> list[Tok] | None:
    """"In the education sector, Rs 85,000 crore was allocated": the phrase that opens the sentence
    with a preposition, before a comma, when it is no place or time, nor words that open a clause ("В частности,")
    or name a source ("По данным МЧС,");
    with some prepositions, right before its verb or a pronoun and its verb ("По расходам выполнено 61,2%", "По доходам мы
    потеряем 6%"); after the words that open a clause ("Поэтому в целом по валовому продукту мы теряем 4%")."""
    i = 0
    while i < len(left) and (n := w.openers.at(left, i)):
        i += n + (i + n < len(left) and left[i + n].text == ",")
    left = left[i:]
    bare = bool(left) and left[0].low in w.bare_topics
    if len(left) < 3 or left[0].low not in w.fronted_topics and not bare or place_or_time(w, left, 0) or w.openers.at(left, 0) > 1 \
            or w.parentheticals.at(left, 0):
        return None   # (nor a source: "По данным МЧС, эвакуированы более 76 тыс. человек")
    found = noun_phrase(w, left, 1)
    if not found:
        return None
    k = left.index(found[-1]) + 1
    while k < len(left) and left[k].low in w.topic_limiters:
        k += 1   # "For houses only, the number fell"
    if k < len(left) - 1 and bare and left[k].low in w.personal:
        k += 1   # "По доходам мы потеряем 6%": who acts, then the verb
    return found if k < len(left) and (left[k].text == "," or bare and verbs_alone(w, left[k:k + 1])) else None


def comma_label(w: SubjectWords, left: list[Tok]) -> list[Tok] | None:
    """"Wheat acres in 2017, -23.73% vs. 2016", "Exports in March, 4% higher than a year earlier": the noun phrase
    that opens a sentence without a verb, before its place or time and a comma right before the figure."""
    comma = next((k for k, t in enumerate(left) if t.text in CLAUSE_BREAKS), None)
    if comma is None or left[comma].text != "," or any(t.is_word and t.low not in w.function for t in left[comma + 1:]) \
            or any(t.text in CLAUSE_BREAKS for t in left[comma + 1:]) or w.openers.at(left, 0) \
            or any(w.is_verb(t) for t in left) or left[0].low in w.titles and left[0].low not in w.determiner_words:
        return None   # (nor a clause with a verb after the comma, nor one who is spoken to: "Senator, is 5.4 per cent ...")
    found = noun_phrase(w, left[:comma], 0)
    if not found or w.is_reference(found) or w.is_reference(left[:left.index(found[-1]) + 1]) \
            or len(found) == 1 and found[0].low.endswith(w.present_participle_endings):
        return None   # (not "Coming to February 2024, 12% growth": a verb's participle)
    k = left.index(found[-1]) + 1   # (past an article before it: "The private sector, at 3,816,300, added ...")
    # (what stands between the phrase and the comma says where or when: "in 2017", "in Maine")
    return found if k == comma or left[k].low in w.prepositions and place_or_time(w, left[:comma], k) else None


def change_in_sector(w: SubjectWords, left: list[Tok], change: list[Tok]) -> str | None:
    """"Так, в промышленности темп роста составил 107,8%", "In manufacturing, growth was 3%": a bare change (and its
    rate's word) whose sentence opens with the sector or place it is in: the change there ("темп роста в промышленности")."""
    c = left.index(change[0])
    k = c
    while k > 0 and left[k - 1].low in w.change_rates:
        k -= 1   # "темп роста"
    i = 0
    while i < k and (not left[i].is_word or w.openers.at(left, i)):
        i += w.openers.at(left, i) or 1   # "Так,"
    if i + 1 >= k or left[i].low not in w.sector_prepositions:
        return None
    place = noun_phrase(w, left[:k], i + 1)
    end = left.index(place[-1]) + 1 if place else None
    if end is None or not (end == k or end + 1 == k and left[end].text == ",") \
            or any(t.timed or t.low in w.time_units for t in left[i + 1:end]):
        return None   # the place runs right up to the change; a time is none ("In the first quarter, growth was 3%")
    return finish(w, left[k:c + len(change)] + left[i:end])


def verbs_alone(w: SubjectWords, toks: list[Tok]) -> bool:
    """Are the tokens all verbs or short passive participles ("выполнено"), no noun among them?"""
    return bool(toks) and all(w.is_verb(t) or w.short_participle(t.low) for t in toks)
