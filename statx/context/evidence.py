"""What says a bare number is a claim (shared/spec/claims.md: "A number is a claim only when the
text says what it counts or measures"). A number with a unit, a scale word, a fraction or a
multiplier says it itself; a bare count needs the text around it: a counted noun after it ("14,500
fatalities"), the whole it is part of ("38 of the 44 forces"), a measure it is the value of ("the
number of cyber crimes reached 680,000", "damage totalled N", "Thefts: N"), a change it is the size
of ("rose by 200"), or a verb that counts ("1,850 were killed").

A line that is mostly numbers (a table, a timetable, a results page, a score line) says what a
number is only by a unit or a counted noun next to it: its other numbers are cells, scores and
positions. A document that gives its quantities in the measures of a recipe ("2 tbsp", "1 cup")
instructs rather than reports: its counts and physical quantities are no claims.

``evidence`` names what says a number is a claim, or gives None; ``statx extract --explain``
shows it."""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from ..lang import Lexicon
from ..lang.cache import compiled
from ..numbers.mention import COUNT, PLAIN, Form, Mention
from ..text.lists import list_heading
from ..text.view import CLAUSE_BREAKS, DASHES, LIST_BREAKS, SOFT_BREAKS, DocumentView, SentenceView, Tok
from .direction import Reading
from .evidence_brackets import bracket_after, bracket_pair, dated_aside, dated_count
from .subject.brackets import BULLETS, in_semicolon_list
from .subject.words import SubjectWords

HEAD_REACH = 30   # tokens back from a number where the head of its clause may stand
_LETTERS = compiled(r"\p{L}+")
# The base of a rate: ten, a hundred, or thousands of them ("per 100,000", "на 1000", "per 1 000 000")
_ROUND_BASE = compiled(r"(?:10{1,2}|1)(?:[ ,\u00a0\u202f]?000)*(?<=0)(?![\p{N}]|[.,]\p{N})")
_OPEN_QUOTES = frozenset("«“„\"")   # a quotation mark that may open the words after a count

# Subject rules that tie a number to what it measures in its own clause.
RATE_LEAST = 100   # a bare count per period is a rate of events from here ("6,000 a year"; not "take 2 a day")
PLURAL_LEAST = 10   # a plural noun's copula makes an unqualified count a claim from here ("arrests were 1,200", not "the scores were 3 and 4")
MEASURE_RULES = frozenset({
    "allocated_for", "linked_amount", "total_set", "named_after", "part_of_whole", "of_after", "after_comparative", "change_noun_after", "change_of_before",
    "noun_of_before", "list_item", "before_parenthesis", "after_parenthesis", "predicate_after", "after_verb", "label", "heading_item",
    "elliptic", "person_count", "answer", "label_line_above", "lead_in_item",
})
# Direction rules that make a number the size of a change or the level a verb names.
CHANGE_RULES = frozenset({
    "plus_word", "level_after_change", "level_from", "level_from_to", "level_passed", "change_noun_then_level",
    "level_verb", "level_total", "change_noun_bracket", "change_noun_dash", "change_word_before", "comparative_before", "change_verb_after",
    "change_earlier_in_clause", "change_noun_after", "comparative_after", "written_sign",
})
# Subject rules that found nothing the figure's own clause names.
UNNAMED = frozenset({"none", "person_acts"})
# A number word after "at" or "is" is more often a time or an age than a level ("the News at Six",
# "they are under thirty"): for words, these level rules say nothing.
WEAK_FOR_WORDS = frozenset({"level_verb"})
# What may say a bare count is a claim, in the order ``evidence`` looks (names for ``--explain``).
EVIDENCE = ("counted_noun", "occurrences", "part_of", "measure", "existential", "change", "verb_after", "per_period", "per_base", "verb_before", "compared_pair",
            "respectively", "ranking", "dated_count", "with_change", "as_figure_before", "list_item", "with_share", "timed_series", "placed_series")


def instructs(text: str, lex: Lexicon) -> bool:
    """Does the text give two or more quantities in the measures of a recipe or an instruction?"""
    found = _instruction_units(lex).finditer(text)
    return next(found, None) is not None and next(found, None) is not None


@functools.lru_cache(maxsize=None)
def _instruction_units(lex: Lexicon) -> regex.Pattern:
    """A number and an instruction unit right after it ("2 tbsp"). The number comes first, so the
    scan skips from digit to digit (a unit word first, or a look-behind, is tried at every letter,
    ten times slower); a unit holds no digit, so there are as many matches as units after numbers."""
    return lex.compile(rf"\p{{N}}[ \t\u00a0]{{0,3}}(?:{lex.pattern('not_claims', 'instruction_units')})(?![\p{{L}}])",
                       regex.IGNORECASE)


def needs_evidence(m: Mention, text: str, scale_words) -> bool:
    """A bare count: digits or number words with no unit and no scale word ("a million" has one)."""
    if m.unit != COUNT or m.form not in PLAIN or m.scale:
        return False
    return m.form is not Form.WORDS or not any(w.lower() in scale_words for w in text[m.num_start:m.num_end].split())


def evidence(w: SubjectWords, doc: DocumentView, m: Mention, span: tuple[int, int], direction: Reading,
             subject_rule: str, previous: tuple[int, str | None] | None) -> str | None:
    """What says the bare count ``m`` (whose mention, with its qualifier, is ``span``) counts or
    measures something: the name of the evidence, or None. ``previous`` is where the figure before
    it in the document ends and what says that one is a claim."""
    sentence = doc.sentence_at(m.num_start)
    i, j = sentence.index(span[0]), sentence.index(span[1])
    table = doc.table_line(m.num_start)
    if _counted_noun(w, sentence, j, acronyms=not table, start=i):
        return "counted_noun"
    if m.form is Form.DIGITS and j < len(sentence.tokens) and sentence.tokens[j].low in w.occurrences and not table:
        return "occurrences"   # "оружие применялось 3100 раз" (not "я говорил об этом три раза", nor a price list's "1 раз")
    if _part_of(w, sentence, j, i):
        return "part_of"
    if i > 1 and (sentence.tokens[i - 1].text == ":" or sentence.tokens[i - 1].text in DASHES) and _head_before(w, sentence, i - 1):
        return "measure:head"   # "количество ранений не изменилось: 1404 в 2014 году", "наибольшее число гостиниц — в Караколе – 70"
    if table:
        return None
    if subject_rule.split(":")[0] in MEASURE_RULES and not (subject_rule == "label" and _name_label(w, doc, sentence, i, span)):
        return "measure:" + subject_rule
    if _under_heading(w, doc, m):
        return "measure:heading"
    plural = m.value >= PLURAL_LEAST and span[0] == m.num_start   # (not "users are under 30": an age)
    if _head_is_level(w, sentence, i, plural) or w.heads.ending_at(sentence.tokens, i - 1) > 1:
        return "measure:head"   # "the number of persons unemployed was 209,700", "(total of 38,000)"
    if _existential(w, sentence, i, j):
        return "existential"
    if direction.rule in CHANGE_RULES and not (m.form is Form.WORDS and direction.rule in WEAK_FOR_WORDS) \
            and not (direction.rule == "written_sign" and subject_rule in UNNAMED):
        return "change:" + direction.rule   # but a sign alone, naming nothing ("днем -3, ночью -9"), changes nothing
    if m.value_to is None and _verb_after(w, sentence, j):
        return "verb_after"
    if m.value >= RATE_LEAST and j < len(sentence.tokens) and not sentence.tokens[j].timed and w.per_period.at(sentence.tokens, j):
        return "per_period"   # "we are only building about 6,000 a year": a rate of events (not "1,418 a year earlier")
    if j + 1 < len(sentence.tokens) and sentence.tokens[j].low in w.per and _ROUND_BASE.match(doc.text, sentence.tokens[j + 1].start):
        return "per_base"   # "38,528 property crimes, or 6,860 per 100,000": a rate, its base a round number
    if _verb_before(w, sentence, i, sentence.index(m.num_start)):
        return "verb_before"
    if bracket_pair(w, sentence, i, j):
        return "compared_pair"
    if dated_count(w, sentence, i, j):
        return "dated_count"
    if _own_change_after(w, sentence, j):
        return "with_change"   # "Crashes with injury were 211, down 4%": a level, and how it changed
    if in_semicolon_list(w, list(sentence.tokens[:i]), list(sentence.tokens[j:])):
        return "list_item"   # "... included suspicious persons, 243; verbal disputes, 239 apiece; ...": an item of a list
    toks = sentence.tokens
    if j + 1 < len(toks) and (toks[j].low in w.respectively or toks[j].text == "," and toks[j + 1].low in w.respectively):
        return "respectively"   # "показатели были 12 383, 18 068 и 5 685 соответственно": values of measures named before
    if i > 0 and toks[i - 1].low in w.ranking_before and j + 1 < len(toks) and toks[j].text == "," and w.ranking_after.at(toks, j + 1):
        return "ranking"   # "Swedes accounted for most stays with 958,000, followed by Norwegians (871,000)": a ranking's first place
    if previous is not None and previous[1] is not None and previous[0] >= sentence.start \
            and (_only_links(w, sentence, sentence.index(previous[0]), i)
                 or _timed_item(w, sentence, sentence.index(previous[0]), i, j) or dated_aside(w, sentence, i, j)
                 or _named_item(w, sentence, sentence.index(previous[0]), i, j)
                 or _parallel_item(w, sentence, sentence.index(previous[0]), i)
                 or _same_preposition(w, sentence, sentence.index(previous[0]), i)
                 or _same_preposition_after(w, sentence, sentence.index(previous[0]), i, j)
                 or bracket_after(w, sentence, sentence.index(previous[0]), i)
                 or w.baseline_links.ending_at(sentence.tokens, i - 1) > 1):   # "49,400 women compared to 48,800"
        return "as_figure_before"
    if _ranked_item(w, toks, i):
        return "ranking"   # "That was followed by the US with 2180": a later place, the ranking's first before this sentence
    return None


def _counted_noun(w: SubjectWords, sentence: SentenceView, j: int, acronyms: bool = True, start: int = 0) -> bool:
    """Does a noun follow (after words that qualify a count: "ten other entities", "5 more cases")?
    A capitalised word names something ("98 Stat.", "24 News"), an acronym may be counted ("14 ДТП")
    but in a table line, where it is a name ("1 ЧЕЛСИ 5 5 0")."""
    toks = sentence.tokens
    if j < len(toks) and toks[j].text == "(":   # "31,408 (+2.4% on 2019) road accidents": past the aside
        j = next((k + 1 for k in range(j, min(j + 12, len(toks))) if toks[k].text == ")"), j)
    while j < len(toks) and (toks[j].low in w.count_modifiers or w.comparatives.at(toks, j) or toks[j].text in _OPEN_QUOTES):
        j += w.comparatives.at(toks, j) or 1   # "5 more cases", "382 «криминальных» трупа"
    if j + 1 < len(toks) and w.adverb(toks[j].low) and w.participle(toks[j + 1].low):
        j += 1   # "1 145 seriously injured and 10 531 slightly injured": the people a participle counts
    if j >= len(toks):
        return False
    t = toks[j]
    if not t.is_word or t.timed or t.low in w.function or t.low in w.time_units and t.low not in w.stay_units or w.is_verb(t) or w.baseline_links.at(toks, j) \
            or not t.text.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False   # not "cc301"
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if len(t.text) == 1 or nxt is not None and nxt.text == "=" and nxt.start == t.end:
        return False   # a letter ("10.44 q", "3 x 4") or a key of markup ("3 align=left") counts nothing
    if t.text[0].islower() or acronyms and t.low != t.text.lower():
        return True   # a noun, or an acronym ("14 ДТП")
    if acronyms and _title_case(toks):   # a headline in title case ("State Has Purchased 3,000 BiPAP Machines"): its
        end = next((k for k in range(j, min(j + TITLE_NOUN, len(toks))) if not toks[k].is_word or toks[k].low in w.function), min(j + TITLE_NOUN, len(toks)))
        return any(toks[k].low.endswith(w.plural_endings) or toks[k].low in w.person_nouns for k in range(j, end))   # nouns are
        # capitalised too ("37,000 PEOPLE" in a transcript in capitals)
    if not acronyms or start > 0 and toks[start - 1].is_word and toks[start - 1].text[0].isupper() and not toks[start - 1].timed \
            and toks[start - 1].low not in w.head_modifiers:
        return False   # inside a name: "The 39 Steps" (not after a month: "in December 65,200 more Australians", nor
        # after a total's word opening the sentence: "Total 79,510 FIRs were registered")
    k = j + 1
    while k < len(toks) and k - j < NAME_WORDS and toks[k].is_word and toks[k].text[0].isupper() and toks[k].low not in w.function:
        k += 1   # "925 796 South African residents": a name's words before the noun
    if w.demonym_endings and toks[k - 1].low.endswith(w.demonym_endings) and (k == len(toks) or not toks[k].is_word or toks[k].text[0].islower()):
        return True   # "nearly 25,000 Tasmanians,", "50,000 New Brunswickers removed": a people, counted
    if k > j + 1 and k < len(toks):
        nxt = toks[k]
        if nxt.is_word and (nxt.low in w.function or w.is_verb(nxt)) or nxt.text in ",;":
            return toks[k - 1].low.endswith(w.plural_endings)   # "498 West Virginians have suffered", "18,000 University Students,"
        return nxt.is_word and nxt.text[0].islower() and nxt.low not in w.function and not w.is_verb(nxt) \
            and bool(w.plural_endings) and nxt.low.rstrip("'’").endswith(w.plural_endings)
    if nxt is None or not nxt.is_word or not nxt.text[0].islower():
        return False   # "793 Replaces: RFC 761"
    if nxt.low in w.function or w.is_verb(nxt):
        return t.low.endswith(w.plural_endings)   # "a million Russians have ...", not "12 Tomas de Souza"
    # "50 Russian regions", "200 Russian regions' officers", not "14 Nyck de Vries"
    return not w.plural_endings or nxt.low.rstrip("'’").endswith(w.plural_endings)


NAME_WORDS = 3   # capitalised words of a name that may stand between a count and its noun ("South African residents")
TITLE_WORDS, TITLE_SHARE = 5, 0.8   # a headline in title case: this many words of four letters or more, nearly all capitalised
TITLE_NOUN = 3                      # capitalised words after a count in such a headline that may be its noun


def _title_case(toks: Sequence[Tok]) -> bool:
    """Is the sentence a headline written in title case ("21,000 Out-of-State Individuals Have Volunteered to Work")?"""
    long = [t for t in toks if t.is_word and len(t.text) >= 4]
    return len(long) >= TITLE_WORDS and sum(t.text[0].isupper() for t in long) >= TITLE_SHARE * len(long)


def _part_of(w: SubjectWords, sentence: SentenceView, j: int, i: int) -> bool:
    """"142 of them", "30 of which", "38 of the 44 forces", "12 из них", "из них 483 – в областном
    центре", "36,030 out of 40,350 cases": a part of a whole said next to it (the count at tokens i..j)."""
    toks = sentence.tokens
    if j + 1 < len(toks) and toks[j].low in w.of and toks[j + 1].is_word and not toks[j + 1].timed \
            or i > 0 and w.partitives.ending_at(toks, i - 1) > 0:
        return True
    k = w.past_whole(toks, j)   # the whole's number, then the noun that counts both
    return 0 < k < len(toks) and toks[k].is_word and not toks[k].timed and toks[k].low not in w.function


def _verb_after(w: SubjectWords, sentence: SentenceView, j: int) -> bool:
    """"1,850 were killed", "12 have entered", "and 10,280 more were injured": a verb right after the
    number (or after a comparative of a count, or a relative pronoun of people: "10,450 who did want a job")
    counts its subject."""
    toks = sentence.tokens
    j += w.counting_comparatives.at(toks, j) if j < len(toks) else 0
    comma = 1 if j < len(toks) and toks[j].text == "," else 0   # (Russian sets "которые" off: "10 450, которые хотели")
    if j + comma + 1 < len(toks) and toks[j + comma].low in w.people_relatives:
        j += comma + 1
    return j < len(toks) and toks[j].is_word and (w.is_verb(toks[j]) or bool(w.passive.at(toks, j)))


# A line that holds a capitalised label and, after a column gap (a tab or two blanks), its one figure
# ("Taita/Taveta       340,671"): a row of a table, not a name and a code ("Virginia 22209").
_COLUMN_LABEL = compiled(r"[ \t]*+\p{Lu}[\p{L}'.&/-]*+(?:[ ]\p{L}[\p{L}'.&/-]*+)*+(?:\t|[ ]{2})[ \t]*+")


def _column_row(doc: DocumentView, start: int, end: int) -> bool:
    """Is the figure at ``start:end`` alone on its line after a capitalised label and a column gap?"""
    lines = doc.layout.lines
    return _COLUMN_LABEL.fullmatch(doc.text, lines.start(start), start) is not None and lines.ends_line(end)


def _name_label(w: SubjectWords, doc: DocumentView, sentence: SentenceView, i: int, span: tuple[int, int]) -> bool:
    """Is the label before a number a name, a code or a time ("Virginia 22209", "RFC: 793", "Monday: 9")
    rather than a measure ("Thefts: 1,200", "число преступлений: 1 200")? A measure has a lower-case word, or is
    one capitalised word (not an acronym) that opens its sentence or line (or, an adjective, its bullet), or capitalised words of letters and
    a colon that open a line ("United Kingdom: 62,291"; not "Saturday17th MarchHigh Water: 12.41")."""
    toks = sentence.tokens
    k = i - 1
    while k >= 0 and not toks[k].is_word:
        k -= 1   # the colon or the dash
    last = k
    while k >= 0 and toks[k].is_word:
        k -= 1
    words = toks[k + 1:last + 1]
    if words and all(t.timed or t.low in _weekdays(doc.lex) for t in words):
        return True   # "Monday: 9", "January: 36": a time, which names no measure (a heading may: subject.heading_item)
    if not words or any(t.text[0].islower() for t in words):
        return False
    if _column_row(doc, *span):
        return False   # "Tana River        315,943": a row's label, set off from its one figure by a column gap
    if words[0].text.isupper():
        return True
    if len(words) > 1:   # a name, unless it opens a line as a list's label: "United Kingdom: 62,291" among countries
        return not (last + 1 < len(toks) and toks[last + 1].text == ":" and doc.layout.lines.opens_line(words[0].start)
                    and all(t.text.isalpha() and t.text[1:].islower() for t in words))
    if k >= 0 and toks[k].text in BULLETS and w.adjectives_by_ending and w.adjective(words[0].low):
        return not doc.layout.lines.opens_line(toks[k].start)   # "• Гродненская — 1999,6": a place's adjective, its noun left out
    return k >= 0 and not doc.layout.lines.opens_line(words[0].start)


@functools.lru_cache(maxsize=None)
def _weekdays(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.words("dates", "weekdays"))


def _under_heading(w: SubjectWords, doc: DocumentView, m: Mention) -> bool:
    """"Job increases were recorded in the following sectors:\n  • Trade: 92,000": a bulleted
    "label: N" item under a heading that names a change, which is what N measures."""
    heading = list_heading(doc.text, m.start)
    return heading is not None and any(t.lower() in w.change_nouns or t.lower() in w.heading_down_nouns
                                       for t in _LETTERS.findall(heading))


def _clause_before(sentence: SentenceView, i: int) -> list:
    """The tokens of the clause that ends at token i (back to a clause break, HEAD_REACH at most), without
    a bracket's aside in it ("The death toll (official) was 6,967")."""
    toks = sentence.tokens
    out: list = []
    k = i - 1
    while k >= 0 and i - k <= HEAD_REACH:
        if toks[k].text == ")" and out:
            opening = next((o for o in range(k - 1, max(-1, k - HEAD_REACH), -1) if toks[o].text in "()"), None)
            if opening is not None and toks[opening].text == "(":
                k = opening - 1
                continue
        if toks[k].text in CLAUSE_BREAKS:
            break
        out.append(toks[k])
        k -= 1
    return out[::-1]


def _head_before(w: SubjectWords, sentence: SentenceView, i: int) -> bool:
    """Does the clause that ends at token i open with a head that names a measure ("the number of")?"""
    clause = _clause_before(sentence, i)
    return any(w.heads.at(clause, n) for n in range(len(clause)))


def _head_is_level(w: SubjectWords, sentence: SentenceView, i: int, plural: bool = False) -> bool:
    """"The number of persons unemployed was 209,700", "mortality was approximately 2,800": the number's
    clause opens with a head that names a measure ("the number of", "the total of") or a noun that is
    one, and a copula or a verb of level joins it to the number; with ``plural``, a plural noun before a copula
    does too ("Deportations were 83,731")."""
    clause = _clause_before(sentence, i)   # (the verb that ends it: "927 were reported while the number was [1728]")
    end = len(clause)
    while end > 1 and clause[end - 1].low in w.bridges:
        end -= 1   # past a word that stands between: "the number of such cases was only 923"
    verb = next((n for n in range(end) if (clause[n].low in w.copulas or w.level_verbs.at(clause, n))
                 and n + (w.level_verbs.at(clause, n) or 1) == end), None)
    return verb is not None \
        and (any(w.heads.at(clause, n) or w.measure_nouns.at(clause, n) for n in range(verb))
             or plural and verb > 0 and _plural_noun(w, clause[verb - 1]) and clause[verb].low in w.copulas)   # "Deportations were 83,731"


def _plural_noun(w: SubjectWords, t: Tok) -> bool:
    """A plural noun by its ending, counted by a copula's number ("arrests were 1,200"; not a sports table's "wins")."""
    return t.is_word and bool(w.plural_endings) and t.low.endswith(w.plural_endings) and t.low not in w.function \
        and t.low not in w.standings and not w.is_verb(t)


def _existential(w: SubjectWords, sentence: SentenceView, i: int, j: int) -> bool:
    """"there were 1 112 in 2022/23", "in 2019 there were 3,018": a count of what the text spoke of, in a time."""
    toks = sentence.tokens
    timed = j < len(toks) and (toks[j].timed or _time_after(w, toks, j)) or i > 2 and toks[i - 3].timed
    return i > 1 and toks[i - 1].low in w.copulas and toks[i - 2].low in w.existential and timed


def _verb_before(w: SubjectWords, sentence: SentenceView, i: int, number: int) -> bool:
    """"their number surpassed 765,000", "погибло 7138, ранено 53718": the verb of the clause right
    before the number (a time between, or the dash of a word left out: "родились 5 453 человек, а умерли -
    15 222"; where the subject follows its verb, its counted noun too: "зарегистрировано пожаров 160"),
    or a verb that qualifies it; not a copula ("they are under thirty" is an age)."""
    toks = sentence.tokens
    if any(w.is_verb(t) and t.low not in w.copulas for t in toks[i:number]):
        return True
    k = i - 1
    if k > 0 and toks[k].text in DASHES:
        k -= 1
    while k >= 0 and (toks[k].timed or toks[k].low in w.bridges):
        k -= 1
    if w.subject_after_change and k > 0 and toks[k].is_word and not w.is_verb(toks[k]) \
            and w.is_verb(toks[k - 1]) and toks[k - 1].low not in w.change_nouns:
        k -= 1   # "зарегистрировано пожаров 160": the counted noun between (not "рост смертности 530")
    return k >= 0 and toks[k].is_word and w.is_verb(toks[k]) and toks[k].low not in w.copulas   # not "are under thirty"


def _ranked_item(w: SubjectWords, toks: Sequence[Tok], i: int) -> bool:
    """"This was followed by the US with 2180": a bare number after a ranking's "with" and the capitalised name
    (NAME_WORDS words at most, maybe after an article) that the ranking's "followed by" brings: a place of the ranking."""
    if i < 3 or toks[i - 1].low not in w.ranking_before:
        return False
    k = i - 1
    while k > 0 and i - 1 - k < NAME_WORDS and toks[k - 1].is_word and toks[k - 1].text[:1].isupper():
        k -= 1
    if k == i - 1:
        return False
    k -= w.determiners.ending_at(toks, k - 1)
    return w.ranking_after.ending_at(toks, k - 1) > 0


def _own_change_after(w: SubjectWords, sentence: SentenceView, j: int) -> bool:
    """Does a comma, a change word and a figure follow the number right away (", down 4%", ", up by 13 per cent")?"""
    toks = sentence.tokens
    k = j + 1
    if j >= len(toks) or toks[j].text != "," or k >= len(toks) or toks[k].low not in w.change:
        return False
    k += 1
    while k < len(toks) and toks[k].low in w.bridges:
        k += 1
    return k < len(toks) and toks[k].text[:1].isdigit()


def _timed_item(w: SubjectWords, sentence: SentenceView, start: int, i: int, j: int) -> bool:
    """"54 incidents in 2010, 26 in 2011 and 30 in 2012", "272,745 (2011), 288,903 (2012)", "2 140 ... в 2022 году и
    1 915 – в 2023-м": a bare number (tokens i..j) after a list's comma or "and", with a time of its own right after it
    (maybe past a dash), where the item before it (from token ``start``) had a time too: another value of the same
    measure, at another time."""
    toks = sentence.tokens
    if i == 0 or toks[i - 1].text not in LIST_BREAKS and toks[i - 1].low not in w.np_and:
        return False
    j += j + 1 < len(toks) and toks[j].text in DASHES   # "и 1 915 – в 2023-м": the dash that stands for the verb left out
    bracketed = j + 1 < len(toks) and toks[j].text == "(" and toks[j + 1].timed
    return (bracketed or j < len(toks) and toks[j].timed or _time_after(w, toks, j)) and any(t.timed for t in toks[start:i])


def _time_after(w: SubjectWords, toks: Sequence[Tok], j: int) -> bool:
    """Does a preposition at token j open a time ("in 2011", "in the first quarter of 2024", "in all of 2019")?"""
    if j >= len(toks) or toks[j].low not in w.prepositions:
        return False
    k = next((n for n in range(j + 1, min(j + 1 + PERIOD_WORDS, len(toks))) if not toks[n].is_word or toks[n].timed), j + 1)
    return k < len(toks) and toks[k].timed


PERIOD_WORDS = 4   # "the first quarter of", "the week of", "all of": words between a preposition and its year


NAME_WORDS = 3   # capitalised words of a place's or a group's name before an item of a list


def _named_item(w: SubjectWords, sentence: SentenceView, start: int, i: int, j: int) -> bool:
    """"7,598 crimes followed by Central's 4,450, Eastern 4,279 and Nairobi 3,765", "last year's 14 and
    2011's 18", "5,000 in Kisumu, 4,000 in Nakuru": a bare number (tokens i..j) of a list, named by a
    name or a time right before it (after the list's comma, "and" or a preposition), or by a
    preposition and a name right after it as the item before it (from token ``start``) was: the same
    measure, of another place, group or time."""
    toks = sentence.tokens
    if i > start + 1 and toks[i - 1].text.endswith(("'s", "’s")) and (toks[i - 1].timed or toks[i - 1].text[:1].isupper()):
        return True   # "Central's 4,450", "last year's 14": whose or when the value is
    # "в Ида-Вирумаа - 685", "followed by the North-Central with 8,771,400": the name, a dash or a preposition, the value
    named_at = i - 1 if i > start + 1 and (toks[i - 1].text in DASHES or toks[i - 1].low in w.prepositions) else i
    k = named_at
    while k > start and named_at - k < NAME_WORDS and (toks[k - 1].timed or toks[k - 1].is_word and toks[k - 1].text[:1].isupper()
                                                       or toks[k - 1].text == "/" and k - 1 > start and toks[k - 2].text[:1].isupper()):
        k -= 1   # (two names joined by a slash are one item: "Makira/Ulawa with 51,587")
    if k < named_at and k > start + 1 and w.determiners.ending_at(toks, k - 1):
        k -= w.determiners.ending_at(toks, k - 1)   # "by the North-Central"
    if k < named_at and k > start and (toks[k - 1].text in LIST_BREAKS or toks[k - 1].low in w.np_and or toks[k - 1].low in w.prepositions):
        return True
    if i == 0 or toks[i - 1].text not in LIST_BREAKS and toks[i - 1].low not in w.np_and:
        return False
    named = j + 1 < len(toks) and toks[j].low in w.prepositions and toks[j + 1].text[:1].isupper()
    return named and any(toks[k].low == toks[j].low and toks[k + 1].text[:1].isupper() for k in range(start, i - 1))


def _parallel_item(w: SubjectWords, sentence: SentenceView, start: int, i: int) -> bool:
    """"родившихся 11 606, умерших 17 077", "births 11,606, deaths 17,077": after the figure before it (ending at
    token ``start``), only a list's comma or "and" and one lower-case word that is no verb name the next item."""
    toks = sentence.tokens
    if i - start != 2 or not (toks[start].text in LIST_BREAKS or toks[start].low in w.np_and):
        return False
    word = toks[start + 1]
    return word.is_word and word.text.islower() and not w.is_verb(word) and word.low not in w.function \
        and word.low not in w.links and word.low not in w.bridges


def _same_preposition_after(w: SubjectWords, sentence: SentenceView, start: int, i: int, j: int) -> bool:
    """"17 в Душанбе, 5 в городах и районах", "54 in urban areas and 30 in rural ones": a bare number (tokens
    i..j) after a list's comma or "and" and before the preposition the figure before it (ending at token
    ``start``) was followed by is another item of its list."""
    toks = sentence.tokens
    return 0 < i and (toks[i - 1].text in LIST_BREAKS or toks[i - 1].low in w.np_and) and j < len(toks) and start < i - 1 \
        and toks[j].low in w.prepositions and toks[start].low == toks[j].low


def _same_preposition(w: SubjectWords, sentence: SentenceView, start: int, i: int) -> bool:
    """"more kidnappings with 1,668,104 reported cases than urban areas with 567,850": a bare number right after the
    preposition the figure before it (ending at token ``start``) came right after is another value of its measure."""
    toks = sentence.tokens
    if i < 1 or toks[i - 1].low not in w.prepositions:
        return False
    k = start - 1
    while k >= 0 and toks[k].text[:1].isdigit():
        k -= 1
    return 0 <= k < i - 1 and toks[k].low == toks[i - 1].low


def _only_links(w: SubjectWords, sentence: SentenceView, start: int, end: int) -> bool:
    """Does the number's own clause hold, before it, only times and linking words ("..., compared to
    36 in 2018", "..., годом ранее — 57", "(from 335,900 to ...")? Then it gives another value of the
    measure the figure before it (ending at token ``start``) gave; so does "или" right after the figure's
    noun ("3247 человек или 1,4 в расчете на 1000")."""
    toks = sentence.tokens
    k = end - 1
    while k >= start and (toks[k].timed or toks[k].low in w.function or toks[k].low in w.bridges
                          or toks[k].low in w.links or toks[k].text in SOFT_BREAKS
                          or not toks[k].is_word and toks[k].text not in CLAUSE_BREAKS and not toks[k].text[0].isdigit()):
        k -= 1
    return k < end - 1 and (k < start or toks[k].text in CLAUSE_BREAKS
                            or k == start and toks[k + 1].low in w.restating_words)
