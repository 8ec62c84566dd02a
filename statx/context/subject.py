"""The subject of a claim: what is counted or measured, as a short noun phrase from its sentence.

Tried in order: "N% of X" -> X; "N X" -> X ("14,500 fatalities"); "a N% rise in X" -> X; "X of N"
("damage of N rubles") -> X; "N% are X" -> X; the subject of the number's clause ("the number of X
has increased by N", "X was down by N", "в стране было совершено убийств почти на 12% меньше");
else the subject of the claim before it ("down 4.3 percent ... and down 3.9 percent"). References
("this figure", "их число") take the subject said before them."""
from __future__ import annotations

import bisect
import functools
from typing import NamedTuple, Sequence

import regex

from ..text import timex
from ..lang import Lexicon
from ..numbers.scan import Match, is_money
from ..text.segment import Layout

MAX_WORDS = 8
REACH_BEFORE, REACH_AFTER = 80, 40   # tokens of a figure's sentence looked at, before and after it
# a number keeps a short case ending ("в 2014-м", "90-х") as part of itself
_TOKEN = regex.compile(r"\p{N}+(?:[.,\u00a0\u202f]\p{N}+)*(?:-\p{Ll}{1,3}(?![\p{L}\p{N}\-]))?|[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[^\s\p{L}\p{N}]")
_DASHES = frozenset("–—-")
_LIST_BREAKS = frozenset(",;")
_CLAUSE_BREAKS = frozenset(";:()–—\"“”«»,")  # not "[...]": an editor's insertion belongs to its clause


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str                 # lower case; an acronym keeps its capitals ("IT" is not "it")
    timed: bool              # inside a time expression ("в прошлом году", "2025 года")
    is_word: bool            # letters, not digits or punctuation


def tokens(text: str, start: int, end: int, times: Sequence[tuple[int, int]] = ()) -> list[Tok]:
    """Words and punctuation of text[start:end]; ``times`` are the spans of time expressions, in order."""
    out = []
    ends = [e for _, e in times]
    for m in _TOKEN.finditer(text, start, end):
        word, at = m.group(), m.start()
        k = bisect.bisect_right(ends, at)
        out.append(Tok(at, m.end(), word, _low(word), k < len(times) and times[k][0] <= at, word[0].isalpha()))
    return out


def _low(word: str) -> str:
    return word if len(word) > 1 and word.isupper() else word.lower()


class Phrases:
    """A list of phrases (word tuples), looked up by their first or last word."""

    def __init__(self, phrases):
        by_first: dict[str, list[tuple[str, ...]]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in {tuple(w.split()) for w in phrases}:
            by_first.setdefault(p[0], []).append(p)
            by_last.setdefault(p[-1], []).append(p)
        self.by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}
        self.by_last = {k: sorted(v, key=len, reverse=True) for k, v in by_last.items()}

    def at(self, toks: Sequence, i: int) -> int:
        """Length of the longest phrase starting at toks[i] (Tok objects or strings), else 0."""
        if i >= len(toks):
            return 0
        for p in self.by_first.get(_word(toks[i]), ()):
            if tuple(_word(t) for t in toks[i:i + len(p)]) == p:
                return len(p)
        return 0

    def ending_at(self, toks: Sequence, i: int) -> int:
        """Length of the longest phrase ending at toks[i], else 0."""
        if i < 0:
            return 0
        for p in self.by_last.get(_word(toks[i]), ()):
            if i + 1 >= len(p) and tuple(_word(t) for t in toks[i + 1 - len(p):i + 1]) == p:
                return len(p)
        return 0


def _word(t) -> str:
    return t if isinstance(t, str) else t.low


class Subjects:
    """The subject rules of one language."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        sub = "subject"
        self.finder = timex.time_finder(lex)
        self._cached: tuple[tuple[str, tuple[int, int]] | None, tuple[list[Tok], list[int]]] = (None, ([], []))
        self.heads = Phrases(lex.words(sub, "heads"))
        self.determiners = Phrases(lex.words(sub, "determiners"))
        self.generic = frozenset(lex.words(sub, "generic"))
        self.verbs = frozenset(lex.words(sub, "verbs"))
        self.verb_suffixes = tuple(lex.words(sub, "verb_suffixes"))
        self.level_verbs = Phrases(lex.words(sub, "level_verbs"))
        self.after_participle = frozenset(lex.words(sub, "after_participle"))
        self.participle_endings = tuple(lex.words(sub, "participle_endings"))
        self.late_verb_endings = tuple(lex.words(sub, "late_verb_endings"))
        self.late_by_context = not self.late_verb_endings   # English word order marks its verbs
        self.object_markers = frozenset(lex.words(sub, "object_markers"))
        self.np_prepositions = frozenset(lex.words(sub, "np_prepositions"))
        self.openers = Phrases(lex.words(sub, "clause_openers"))
        self.clause_words = Phrases(lex.words(sub, "clause_words"))
        self.parentheticals = Phrases(lex.words(sub, "parentheticals"))
        self.relatives = frozenset(lex.words(sub, "relatives"))
        self.absolute = frozenset(lex.words(sub, "absolute"))
        self.reference_phrases = Phrases(lex.words(sub, "references"))
        self.personal = frozenset(lex.words(sub, "personal"))
        self.copulas = frozenset(lex.words(sub, "copulas"))
        self.noun_after_units = frozenset(lex.words(sub, "noun_after_units"))
        self.allocation_verbs = frozenset(lex.words(sub, "allocation_verbs"))
        self.purpose = frozenset(lex.words(sub, "purpose"))
        self.before_purpose = self.allocation_verbs | (frozenset(lex.words("words", "function")) - self.purpose)
        self.not_verbs = frozenset(lex.words(sub, "not_verbs"))
        self.not_verb_endings = tuple(lex.words(sub, "not_verb_endings"))
        self.adjective_endings = tuple(lex.words(sub, "adjective_endings"))
        self.measure_before = Phrases(lex.words(sub, "measure_before"))
        self.level_after_change = frozenset(lex.words("direction", "level_after_change"))
        self.person_nouns = frozenset(lex.words(sub, "person_nouns"))
        self.predicate_comparatives = Phrases(lex.table("direction", "after"))
        self.by_alone = frozenset(lex.words("direction", "by_alone"))
        self.counting_comparatives = Phrases(lex.words(sub, "counting_comparatives"))
        self.new_phrase_endings = tuple(lex.words(sub, "new_phrase_endings"))
        self.how_many = Phrases(lex.words(sub, "how_many"))
        self.speech_verbs = Phrases(lex.words(sub, "speech_verbs"))
        self.passive = Phrases(lex.words(sub, "passive"))
        self.speech_words = frozenset(w for w in lex.words(sub, "speech_verbs") if " " not in w)
        self.np_and = frozenset(lex.words(sub, "np_and"))
        self.hedges = frozenset(w.lower() for w in lex.words("words", "hedges"))
        self.comparatives = Phrases(list(lex.table("direction", "after")) + lex.words("multipliers", "comparatives"))
        self.subject_after_change = "after_change" in lex.words(sub, "order")
        self.of = frozenset(lex.words(sub, "of"))
        self.ellipsis = frozenset(lex.words("direction", "ellipsis"))
        self.joiners = self.ellipsis | frozenset(lex.words("words", "coordinators"))
        self.from_words = frozenset(lex.words("ranges", "from"))
        self.per = frozenset(lex.words(sub, "per"))
        self.in_ = frozenset(lex.words(sub, "in"))
        self.function = frozenset(lex.words("words", "function"))
        self.prepositions = frozenset(lex.words("words", "prepositions"))
        self.change = frozenset(lex.words("direction", "up") + lex.words("direction", "down") + lex.words("direction", "motion_verbs"))
        self.change_nouns = frozenset(lex.words("direction", "up_nouns") + lex.words("direction", "down_nouns"))
        self.time_units = frozenset(lex.words("not_claims", "time_units"))
        # words between what changed and the amount, signs included ("доходы — плюс 2,5 млрд")
        self.bridges = (frozenset(w for p in lex.words("direction", "by") for w in p.split()) - self.of) \
            | frozenset(lex.words("numbers", "plus") + lex.words("numbers", "minus"))
        q = lex.data["qualifiers"]
        self.qualifier_phrases = Phrases(w.lower() for w in q["approx"] + q["at_least"] + q["at_most"])

    # ------------------------------------------------------------------ per claim

    def attach(self, text: str, layout: Layout, matches: Sequence[Match], times: timex.TimeIndex) -> None:
        """Set ``subject`` on every match (matches in text order); ``times`` are the document's
        time expressions, which no subject includes."""
        previous: Match | None = None
        said: str | None = None      # what the paragraph was last about, for references
        paragraph = -1
        for m in matches:
            sentence = layout.sentence_at(m.num_start)
            index = layout.paragraph_index(m.num_start)
            if index != paragraph:
                said = self._asked(text, layout, index, times) or said   # an answer counts what its question asked
                paragraph = index
            same = previous if previous is not None and layout.sentence_at(previous.num_start) == sentence else None
            if same is None and sentence[0] > layout.paragraphs[index][0]:
                before = layout.sentence_at(sentence[0] - 1)
                if previous is None or previous.num_start < before[0]:
                    said = self.topic(text, before, times) or said  # the sentence before, without figures, set the topic
            m.subject = self.subject(text, m, sentence, same, said, times)
            said = m.subject or said
            previous = m

    def _asked(self, text: str, layout: Layout, index: int, times: timex.TimeIndex) -> str | None:
        """What the question a paragraph answers asked about: "– Сколько у нас сотрудников МВД? – 895 тыс. человек"."""
        if index == 0:
            return None
        start, end = layout.paragraphs[index - 1]
        if text[start:end].rstrip()[-1:] != "?":
            return None
        question = layout.sentence_at(text[start:end].rstrip().rfind("?") + start)
        toks = tokens(text, *question, _spans(times, question))
        k = next((k + self.how_many.at(toks, k) for k in range(len(toks)) if self.how_many.at(toks, k)), len(toks))
        while k < len(toks) and (toks[k].low in self.function or toks[k].timed):
            k += 1  # "Сколько у нас сейчас сотрудников МВД?"
        found = self._noun_phrase(toks, k) if k < len(toks) else None
        return self._finish(found) if found else None

    def _sentence_tokens(self, text: str, sentence: tuple[int, int],
                         times: timex.TimeIndex | None) -> tuple[list[Tok], list[int]]:
        """The tokens of a sentence and where they start, made once for all its claims."""
        if self._cached[0] != (text, sentence):
            if times is None:
                times = timex.TimeIndex(self.finder.find(text, *sentence, None))
            toks = tokens(text, *sentence, _spans(times, sentence))
            self._cached = ((text, sentence), (toks, [t.start for t in toks]))
        return self._cached[1]

    def topic(self, text: str, sentence: tuple[int, int], times: timex.TimeIndex) -> str | None:
        """What a sentence without figures is about, for a reference in the next one: the noun of a
        change ("the reduction of inflation"), else of a head ("снижается количество преступлений"),
        else nothing (the subject of a sentence without figures is too often someone who speaks)."""
        toks = tokens(text, *sentence, _spans(times, sentence))
        found = None
        for k in range(len(toks) - 2):
            if toks[k].low in self.change_nouns and (toks[k + 1].low in self.of or toks[k + 1].low in self.in_):
                found = self._noun_phrase(toks, k + 2)
                break
        if not found:
            head = self._last_head(toks)
            found = self._noun_phrase(toks, head) if head is not None else None
        if not found:
            # the subject of its last clause, a thing rather than someone who speaks:
            # "Industrial production picked up speed. ... it went up by 1.7 percent"
            found = self._clause_subject(_unquote_short(toks))
            while found and len(found) > 1 and _participle(found[-1].low):
                found = found[:-1]  # "production picked up speed": an unknown verb, not a participle
            if found and (len(found) > 4 or not self._noun_phrase(found, 0)):
                found = None
        return self._finish(found) if found and not self._is_reference(found) else None

    def subject(self, text: str, m: Match, sentence: tuple[int, int], previous: Match | None = None,
                said: str | None = None, times: timex.TimeIndex | None = None) -> str | None:
        """The subject of ``m`` in ``sentence``. ``previous`` is the claim before it in the sentence,
        ``said`` the last subject in the paragraph (for "this figure", "их число")."""
        s0, s1 = sentence
        toks, starts = self._sentence_tokens(text, sentence, times)
        i, j = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
        left = _unquote_short(toks[max(0, i - REACH_BEFORE):i])   # a subject is near its figure; a huge sentence is cut down
        right = _unquote_short(toks[j:j + REACH_AFTER])
        earlier = previous.subject if previous is not None else None
        if previous is not None:
            found = self._elliptic(left)
            if found:
                return self._finish(found)
        for rule in (self._allocated_for, self._of_after, self._noun_after, self._after_comparative, self._change_noun_after, self._change_of_before,
                     self._noun_of_before,
                     self._before_parenthesis, self._after_parenthesis, self._predicate_after, self._after_verb, self._label):
            found = rule(m, left, right)
            if found and previous is not None and found[0].start < previous.end and found[-1].end > previous.start:
                continue  # "меньше шести процентов — 5,7-5,8 процента": the figure before is no subject
            if found is not None:
                if self._is_reference(found):
                    return earlier or said
                if found:
                    return self._finish(found)
        inside = toks[i:bisect.bisect_left(starts, m.num_start)]
        found = self._clause_subject(left, verb_in_mention=any(self._is_verb(t) for t in inside))
        own = next((k + 1 for k in range(len(left) - 1, -1, -1) if left[k].text in _CLAUSE_BREAKS), 0)
        if not found and earlier or found and own < len(left) and found[0].start < left[own].start:
            counted = self._person_count(m, left, right)
            if counted:
                return counted  # "..., погибло 7138 человек": what happened to the people, not the clause before
        if earlier and (not found or found[0].start < previous.end):
            return earlier  # the claim before is nearer: "... down 4.3 percent and down 3.9 percent"
        if found and self._is_reference(found, change_noun=True):
            if found[-1].low in self.relatives:   # "the number of robberies, which fell by 5%"
                return self._finish_or_none(self._changed_before(left, found[-1])
                                            or self._clause_subject(left, skip_nearest=True)) or said
            return earlier or self._finish_or_none(self._clause_subject(left, skip_nearest=True)) or said  # "..., это на 5,8% меньше"
        if found:
            return self._finish(found)
        if found == []:
            return self._person_count(m, left, right) or earlier  # not what was said before: the clause has its own
        return self._person_count(m, left, right) or earlier or said

    # ------------------------------------------------------------------ rules after the number

    def _elliptic(self, left: list[Tok]) -> list[Tok] | None:
        """"Road deaths fell 5 percent and injuries 7 percent", "robberies fell by 5%, burglaries – by 3%":
        a noun between "and" (or a comma, when a dash stands for the verb) and the amount."""
        k = len(left)
        while k > 0 and (left[k - 1].low in self.bridges or left[k - 1].low in self.from_words
                         or self.qualifier_phrases.ending_at(left, k - 1)):
            k -= self.qualifier_phrases.ending_at(left, k - 1) or 1
        dash = k > 0 and left[k - 1].low in _DASHES
        k -= dash
        j = k
        while j > 0 and k - j < 4 and left[j - 1].is_word and not left[j - 1].timed and left[j - 1].low not in self.ellipsis \
                and not self._is_verb(left[j - 1]) and not self.level_verbs.at(left, j - 1) \
                and not _participle(left[j - 1].low) and left[j - 1].low not in self.function:
            j -= 1
        if dash and j > 1 and j < k and left[j - 1].low in self.np_and:
            i = j - 1   # "..., разбойных нападений и грабежей – почти наполовину": two nouns share the dash
            while i > 0 and j - 1 - i < 4 and left[i - 1].is_word and not left[i - 1].timed \
                    and not self._is_verb(left[i - 1]) and left[i - 1].low not in self.function:
                i -= 1
            if i < j - 1 and i > 0 and left[i - 1].low in _LIST_BREAKS:
                return left[i:k]
        if dash and (j == k or j > 0 and left[j - 1].low not in self.ellipsis and left[j - 1].low not in _LIST_BREAKS):
            # "..., кукурузы на зерно — 11,679 млн тонн": a list item whose name has a preposition in it
            b = k - 1
            while b > 0 and k - b < 6 and left[b - 1].is_word and not left[b - 1].timed and not self._is_verb(left[b - 1]):
                b -= 1
            inner = [t for t in left[b + 1:k] if t.low in self.function]
            if b > 0 and b < k and left[b - 1].low in _LIST_BREAKS and left[b].low not in self.function \
                    and not self.qualifier_phrases.at(left, b) and not self.determiners.at(left, b) \
                    and len(inner) == 1 and inner[0].low in self.prepositions:
                return left[b:k]
        if j == k or j == 0 or not (left[j - 1].low in self.ellipsis or dash and left[j - 1].low in _LIST_BREAKS):
            return None
        return left[j:k]

    def _allocated_for(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """What money is allocated to: "allocate 3.4 trillion rubles for demographic measures",
        "486 млн рублей направлено на развитие дорог", "на поддержку здравоохранения направлено 11,3 млрд"."""
        if not is_money(m.unit) or not self.allocation_verbs:
            return None
        k = 0
        while k < len(right) and k < 3 and right[k].low in self.before_purpose:
            k += 1   # "486 млн рублей направлено на ...", "... will be spent on ..."
        if k == 0 and right and right[0].text in "([":
            close = next((c for c, t in enumerate(right[:10]) if t.text in ")]"), None)
            k = close + 1 if close is not None else 0   # "allocate 3.4 trillion rubles ($60 billion) for ..."
        verb_after = any(t.low in self.allocation_verbs for t in right[:k])
        if k == 0 and len(right) > 1 and right[0].text in _DASHES and any(t.low in self.allocation_verbs for t in left):
            k, verb_after = 1, True   # "... выделено на культуру и порядка 1,6 млрд — на спорт": the list's verb left out
        i = len(left)
        while i > 0 and (self.qualifier_phrases.ending_at(left, i - 1) or left[i - 1].low in self.bridges):
            i -= self.qualifier_phrases.ending_at(left, i - 1) or 1
        verb_before = i > 0 and left[i - 1].low in self.allocation_verbs or i > 1 and left[i - 2].low in self.allocation_verbs
        if (verb_after or verb_before) and k < len(right) and right[k].low in self.purpose:
            found = self._noun_phrase(right, k + 1)
            if found:
                whole = right[k + 1:right.index(found[-1]) + 1]
                return whole if self._is_reference(whole) else found   # "for this purpose": what was said before
        if i > 1 and left[i - 1].low in self.allocation_verbs:
            # "на поддержку здравоохранения направлено почти 11,3 млрд рублей": the purpose before its verb
            j = i - 2
            while j > 0 and left[j].is_word and left[j].low not in self.purpose and i - 1 - j < 6:
                j -= 1
            if left[j].low in self.purpose and (j == 0 or left[j - 1].text in _CLAUSE_BREAKS or left[j - 1].text in ".!?"):
                whole = left[j + 1:i - 1]
                return whole if self._is_reference(whole) else self._noun_phrase(left[:i - 1], j + 1)
        return None

    def _of_after(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"27 percent of the dead", "2.5 tons of heroin", "half of which"."""
        if right and right[0].low in self.of:
            k = 1 + self.determiners.at(right, 1)
            if k < len(right) and right[k].text[0].isdigit() and not right[k].timed:
                return self._noun_phrase(right, k + 1)  # "38 of the 44 forces": what both count
            return self._noun_phrase(right, 1)
        return None

    def _noun_after(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"14,500 fatalities", "every fourth crime committed by adolescents", "40% россиян"."""
        unit = "physical" if m.unit.startswith("phys:") else m.unit
        counted = unit in self.noun_after_units or m.kind in ("fraction", "every")
        if counted and right and right[0].text == "(":
            close = next((k for k, t in enumerate(right) if t.text == ")"), None)
            if close is not None:
                right = right[close + 1:]  # "26,613 (-1.9% on 2016) acts of crime": the noun after the aside
        if not counted or not right or not right[0].is_word or right[0].low in self.time_units \
                or m.unit != "count" and self.comparatives.at(right, 0):
            return None  # "на 5% выше": a comparison, whose noun _after_comparative finds
        n = self.comparatives.at(right, 0)
        if n and (n >= len(right) or not right[n].is_word or right[n].low in self.function):
            return None  # "20,592 fewer than in 2010": no noun, the clause or what was said before tells
        found = self._noun_phrase(right, n)   # "2 million more people": the noun after the comparative
        if found and len(found) == 1 and found[0].low in self.time_units:
            return None  # "640 over the year": a time, not what is counted
        if found and len(found) == 1 and left and left[-1].text == "(":
            return None  # "кража (почти 19 тысяч случаев)": the noun before the brackets, _before_parenthesis's
        if found and found[0].low in self.change_nouns:
            return None  # "3,7 процента роста": a change, _change_noun_after's
        if found and len(found) == 1 and (found[0].low in self.generic or m.direction and found[0].low in self.person_nouns):
            return None  # "14,5 тыс. человек", "dropped by 1 million people": the clause says who they are
        if found and len(found) == 1 and found[0].low in self.person_nouns:
            k = right.index(found[0]) + 1
            n = self.passive.at(right, k)   # "were", "have been"
            if n and k + n < len(right) and _participle(right[k + n].low):
                return found + [right[k + n]]  # "1,850 people were killed": people are counted by what happened to them
        return self._with_rate(right, found) if found else None

    def _with_rate(self, toks: list[Tok], phrase: list[Tok]) -> list[Tok]:
        """"deaths" + "per 100,000 people": a rate's denominator is part of its subject."""
        start = toks.index(phrase[-1]) + 1
        for i in range(start, min(start + 6, len(toks) - 2)):
            if toks[i].text in _CLAUSE_BREAKS or toks[i].text[0].isdigit():
                break  # not the rate of another figure: "55 points and equals 1168 crimes per 100,000"
            if toks[i].low in self.per and toks[i + 1].text[0].isdigit() and toks[i + 2].is_word:
                return phrase + toks[i:i + 3]
        return phrase

    def _after_comparative(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"twice as many drug addicts", "в 3 раза больше краж", "6.6% fewer crimes": the noun a comparison counts."""
        n = self.comparatives.at(right, 0)
        if m.unit in ("percent", "pp") and m.kind != "multiplier":
            n = self.counting_comparatives.at(right, 0)
        elif m.kind != "multiplier":
            return None
        if not n:
            return None
        found = self._noun_phrase(right, n)
        if found and found[0].low in self.generic:
            return None  # "на 5,5% меньше показателя ...": what the figure is compared with
        return found if found and not self._is_reference(found) else None

    def _change_noun_after(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"a 4.5-percent rise in road traffic accidents" -> the accidents; "3.6 percent growth" -> growth."""
        i = 1 if right and right[0].text == "-" else 0
        if i + 1 < len(right) and (right[i].timed or "-" in right[i].text) and right[i + 1].low in self.change_nouns:
            i += 1  # "a 9% year-on-year rise in thefts"
        if i < len(right) and right[i].low in self.change_nouns:
            k = i + 1
            if k + 1 < len(right) and right[k].low in self.level_after_change and right[k + 1].text[0].isdigit():
                k += 3 if k + 2 < len(right) and right[k + 2].text == "%" else 2  # "a 26% rise to 723 in the homicide rate"
            if k < len(right) and right[k].low in self.in_:
                found = self._noun_phrase(right, k + 1)
                if found:
                    return found
            apposition = left and (left[-1].text in ",–—" or len(left) > 1 and left[-2].text in ",–—" and left[-1].low in ("a", "an"))
            # ", a 15.3 percent decrease", "результат – 3,7 процента роста": the change of what the sentence
            # counted before; else the growth itself
            return None if apposition else [right[i]]
        return None

    def _change_of_before(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"a further fall of 924 in the past year in the number of police officers": the change
        named before its size, and what changed after it."""
        if len(left) < 2 or left[-1].low not in self.of or left[-2].low not in self.change_nouns:
            return None
        k = 0
        while k < len(right):   # past the time: "in the past year", "over the year"
            if right[k].timed:
                k += 1
                continue
            j = k + 1 if right[k].low in self.prepositions else k
            while j < len(right) and self.determiners.at(right, j):
                j += self.determiners.at(right, j)
            if j + 1 < len(right) and right[j + 1].low in self.time_units:
                j += 1  # "in the first quarter"
            if j == k or j >= len(right) or not (right[j].timed or right[j].low in self.time_units):
                break
            k = j + 1
        if k < len(right) and right[k].low in self.in_:
            return self._noun_phrase(right, k + 1)
        return None

    def _before_parenthesis(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"one out of five solved crimes (21.9 percent)", "краж (с 8329 до 6428)": a figure in brackets
        measures the noun right before them."""
        k = len(left) - 1
        while k >= 0 and left[k].text != "(":
            if left[k].text == ")":
                return None
            k -= 1
        if k < 1 or not right or not any(t.text == ")" for t in right):
            return None
        words: list[Tok] = []
        j = k - 1
        while j >= 0 and left[j].is_word and not left[j].timed and left[j].low not in self.function \
                and not self._is_verb(left[j]) and left[j].low not in self.lex.spelled_number_words and len(words) < 4:
            words.insert(0, left[j])
            j -= 1
        if words and _proper(words[0]) and j >= 0 and left[j].text not in ".!?":
            return None  # "Краснодарский край (12 тыс.)": a place or a name inside a sentence, not what is counted
        if len(words) == 1 and words[0].low in self.generic:
            return None  # "погибло 7138 человек (снижение на 4%)": the people the figure before counted
        return words or None

    def _after_verb(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"на 9,5% сократилось количество сообщений", "на 10,4% меньше преступлений", "на 25% – краж":
        in languages that put the subject after the change, the noun phrase after its verb or comparative."""
        if not self.subject_after_change:
            return None
        k = len(left)
        while k > 0 and left[k - 1].text not in _CLAUSE_BREAKS:
            k -= 1
        if left[k:] and self._is_reference(self._strip_openers(left[k:])[:1]):
            return None  # "это на 5,5% меньше показателя ...": the clause is about what was said before
        i = 0
        while i < len(right) and (self._is_verb(right[i]) or self.comparatives.at(right, i) or right[i].text in "–—-"):
            if self.comparatives.at(right, i) and not self.counting_comparatives.at(right, i):
                return None  # "на 3% ниже прошлогодних": what the figure is compared with, not what it counts
            i += 1
        if i == 0 or i >= len(right) or not right[i].is_word or right[i].low in self.function:
            return None
        head = self._last_head(right[i:i + 3])
        found = self._noun_phrase(right, i + head if head is not None else i)
        if found and all(t.text in "–—-" for t in right[:i]):
            # after a dash alone, only a list item's noun ("на 25% – краж,"), not a new clause
            # ("инфляция в 2,5% – такие данные приводит Росстат")
            after = right.index(found[-1]) + 1
            if after < len(right) and right[after].is_word:
                return None
        return found

    def _label(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"Thefts: -5%", "Ставка не ниже 7%": a clause that is only a noun phrase names what its figure
        measures; so does the noun phrase right before a dash ("прогнозировали менее высокие показатели - 7,9%")."""
        k = len(left)
        while k > 0 and (left[k - 1].low in self.bridges or self.qualifier_phrases.ending_at(left, k - 1)):
            k -= self.qualifier_phrases.ending_at(left, k - 1) or 1
        dash = k > 0 and left[k - 1].text in "–—-"
        if k > 0 and left[k - 1].text in ":–—-":
            k -= 1
        j = k
        while j > 0 and k - j < 5 and left[j - 1].is_word and not left[j - 1].timed \
                and left[j - 1].low not in self.function and left[j - 1].low not in self.hedges \
                and not self._is_verb(left[j - 1]):
            j -= 1  # not "possibly" in "around 5 percent, possibly 5.1 percent"
        if j == k or j > 0 and not dash and left[j - 1].text not in _CLAUSE_BREAKS and left[j - 1].text not in ".!?" \
                and not self.clause_words.ending_at(left, j - 1):
            return None  # "..., что инфляция 12%" opens its clause too  # a dash may also follow the object that the figure spells out ("forecast lower rates – 7.9%")
        phrase = left[j:k]
        if self._is_reference(phrase):
            return phrase
        if dash and j > 0:
            d = j - 1
            while d > 0 and left[d].is_word and left[d].low not in self.prepositions and (
                    left[d].low in self.function or self.determiners.ending_at(left, d)
                    or self.adjective_endings and left[d].low.endswith(self.adjective_endings)):
                d -= 1
            if left[d].low in self.prepositions:
                # "remains at a low level – 2.1%": a place or a level; but a verbless clause that counts
                # is its own subject: "Больше всего преступлений в Москве — 23,9 тыс."
                c = d
                while c > 0 and left[c - 1].text not in _CLAUSE_BREAKS and left[c - 1].text not in ".!?":
                    c -= 1
                clause = left[c:k]
                if not self.counting_comparatives.at(clause, 0) or any(self._is_verb(t) for t in clause):
                    return None
                return self._noun_phrase(clause, 0)
        if self.adjective_endings and all(t.low.endswith(self.adjective_endings) for t in phrase):
            return None  # "она будет самой низкой – 6%": no noun
        return self._noun_phrase(phrase, 0)

    def _after_parenthesis(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"Почти две трети (62,5%, или 265,6 тыс.) преступлений": a figure in brackets measures
        the noun that follows them."""
        depth = sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in left)
        if depth <= 0:
            return None
        close = next((i for i, t in enumerate(right) if t.text == ")"), None)
        if close is None or close + 1 >= len(right):
            return None
        after = right[close + 1:]
        if after[0].is_word and not self._is_verb(after[0]) and after[0].low not in self.function:
            return self._noun_phrase(after, 0)
        return self._predicate_after(m, [], after) if self.copulas & {after[0].low} else None

    def _predicate_after(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"40% are legally employed", "A further 16,638 were killed on the road", "17,2% связаны со
        сбытом ...": a figure that opens its clause is a figure of what its predicate names."""
        if m.unit not in ("percent", "count") and not m.unit.startswith("phys:"):
            return None
        k = len(left)
        while k > 0 and (left[k - 1].low in self.bridges or self.determiners.ending_at(left, k - 1)):
            k -= 1
        if k and left[k - 1].text not in _CLAUSE_BREAKS and left[k - 1].low not in self._opener_words:
            return None
        i = 0
        if i < len(right) and right[i].text == "(":
            while i < len(right) and right[i].text != ")":
                i += 1
            i += 1
        if i < len(right) and right[i].low in self.copulas:
            i += 1
            while i < len(right) and right[i].low in self.np_prepositions:
                i += 1
            return self._noun_phrase(right, i, participles=True)
        return None

    @functools.cached_property
    def _opener_words(self) -> frozenset[str]:
        return frozenset(w for ps in self.openers.by_first.values() for p in ps for w in p)

    # ------------------------------------------------------------------ rules before the number

    def _noun_of_before(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"damage of over 156 billion rubles", "a staff of 35,000 people", "allocation of an additional ..."."""
        i = len(left) - 1
        while i >= 0 and not self.measure_before.ending_at(left, i):
            n = self.qualifier_phrases.ending_at(left, i) or self.determiners.ending_at(left, i)
            if not n and left[i].low in self.bridges:
                n = 1
            if not n:
                break
            i -= n
        n = self.measure_before.ending_at(left, i) if i >= 0 else 0
        if i < n or not n:
            return None
        j = i - n
        words: list[Tok] = []
        while j >= 0 and left[j].is_word and left[j].low not in self.function and not self._is_verb(left[j]) \
                and len(words) < 3 and (not words or not self.adjective_endings or left[j].low.endswith(self.adjective_endings)):
            words.insert(0, left[j])
            j -= 1
        if not words or words[-1].low in self.generic:
            return None
        return words

    def _clause_subject(self, left: list[Tok], skip_nearest: bool = False, verb_in_mention: bool = False) -> list[Tok] | None:
        """The noun phrase before the verb of the number's clause, or after it when what stands
        before is only a place or a time ("в стране было совершено убийств"). A clause that opens
        with its verb takes the phrase of the clause before it ("..., the loss to the economy, amounts to N").
        An empty list: the clause's subject is a person ("we", "я"), and the figure has none."""
        clauses = []
        end = len(left)
        while end > 0:
            start = end
            while start > 0 and left[start - 1].text not in _CLAUSE_BREAKS and not self.clause_words.ending_at(left, start - 1):
                start -= 1
            if not (start > 0 and left[start - 1].text == "(" and end < len(left) and left[end].text == ")"):
                clauses.append(left[start:end])  # not an aside in brackets: "ранено 53718 (примерно как и год назад), погибло"
            end = start - (self.clause_words.ending_at(left, start - 1) or 1)
        if skip_nearest:
            clauses = clauses[1:]
        verb_first = False
        nearest = None
        participial: list[Tok] = []
        for raw in clauses:
            if nearest is None and raw and raw[0].low in self.relatives and not skip_nearest:
                return raw[:1]  # ", which soared 18%": the caller finds what "which" stands for
            if raw and raw[0].low in self.relatives and verb_first:
                continue  # "Ущерб, который они причинили, вырос до": the noun before the relative clause
            clause = self._trim_adverbials(self._strip_openers(self._after_last_figure(raw)))
            if not clause and any(self._is_verb(t) for t in raw):
                verb_first = True  # ", составляет 7,5%": a verb that is also a time ("currently") opens the clause
                continue
            if nearest is None:
                nearest = clause
            if clause and self.parentheticals.at(clause, 0):
                continue  # "according to our data"
            change = self._after_change_noun(clause)
            if change:
                return change  # "Зафиксировано снижение смертности на", "Рост преступности составил"
            head = self._last_head(clause)
            if head is not None:
                found = self._noun_phrase(clause, head)
                if found and participial and len(found) == 1 and found[0].low in self.generic:
                    return found + participial  # "людей, получивших ранения при дорожных авариях"
                if found:
                    return found
            if verb_first and clause and clause[0].low.endswith(self.participle_endings) and len(clause[0].low) > 4:
                participial = clause  # "Количество преступлений, совершенных с использованием ИТТ, выросло": the noun is further back
                continue
            verb = self._first_verb(clause)
            if verb is None and verb_in_mention and clause is nearest:
                return self._noun_phrase(clause, 0)   # "а ущерб превысил 200 млрд рублей"
            if verb is not None and clause[verb].low in self.change_nouns and verb + 1 < len(clause) \
                    and (self._is_verb(clause[verb + 1]) or self.level_verbs.at(clause, verb + 1)):
                return clause[verb:verb + 1]  # "Снижение составило": a change named by its noun
            if verb is not None and clause is nearest:
                obj = self._object_of_change(clause, verb)
                if obj:
                    return obj  # "the pandemic cut tourism by 60%", "удалось сократить смертность на 25%"
            if verb is None:
                if clause and self._is_reference(clause[:1]):
                    return clause[:1]  # "Это на 2,3% меньше": what was said before
                if verb_first and clause and clause[0].low not in self.prepositions:
                    return self._noun_phrase(clause, 0)
                continue  # "Снижение ВВП, по последним данным, составило": an aside, the subject is before it
            if any(t.text[0].isdigit() and not t.timed for t in clause[:verb]):
                continue  # another figure's clause ("27 percent of the dead are pedestrians")
            if self.speech_verbs.at(clause, verb):
                # "Putin said inflation slowed to": what was said has the subject; the speaker is none
                rest = clause[verb + self.speech_verbs.at(clause, verb):]
                after = self._first_verb(rest)
                found = self._noun_phrase(rest, 0) if after else None
                return found if found and not self._is_reference(found) else []
            phrase = [t for t in clause[:verb] if t.is_word]
            if all(t.low in self.function and t.low not in self.personal for t in phrase) \
                    and not (phrase and self._is_reference(phrase[-1:])):
                phrase = []  # "Далее идут ...": an adverb is no subject
            if not phrase and self.subject_after_change and clause is nearest:
                found = self._after_verbs(clause, verb)
                if found:
                    return found  # "В сентябре отмечалась дефляция 0,1%": the subject between its verb and the figure
            if len(phrase) > 1 and phrase[-1].low in self.function and self._is_reference(phrase[-1:]) \
                    and phrase[-2].low not in self.function and not self._is_reference(phrase[-2:-1]):
                found = self._noun_phrase(phrase[:-1], 0)
                if found:
                    return found   # "the damage they caused grew": the pronoun and verb of a relative clause
            if phrase and self._is_reference(phrase[-1:]):
                return phrase[-1:]     # "at the end of June it was 9.4%"
            if phrase and phrase[0].low in self.absolute:
                return phrase[1:] or None   # "with GDP falling by 1.8%"
            if phrase and phrase[0].low in self.prepositions:
                if self.subject_after_change:
                    found = self._after_verbs(clause, verb)
                    if found:
                        return found   # "в стране было совершено убийств": the subject follows its verb
                    timed = [k for k, t in enumerate(phrase) if t.timed]
                    if timed and timed[-1] + 1 < len(phrase):
                        phrase = phrase[timed[-1] + 1:]  # "Согласно оценке Росстата в декабре инфляция ускорилась"
                phrase = self._trim_adverbials(phrase, all_leading=True)
                if any(t.low in self.prepositions and t.low not in self.np_prepositions and not t.timed for t in phrase):
                    return None  # "На решение стоящих перед страной проблем будут направлены": still a place, no subject
            if phrase:
                if phrase[-1].low in self.personal:
                    return []  # "We will transfer 69 billion roubles": someone who acts, not what is measured
                if self._is_reference(phrase):
                    return phrase  # "their share fell to 3.3 percent": resolved by the caller
                found = self._noun_phrase(phrase, 0) or phrase
                if self.adjective_endings and all(t.low.endswith(self.adjective_endings) for t in found):
                    return None  # "общий рост — 9,7%": an adjective of the change, what grew was said before
                return found
            verb_first = verb_first or not phrase
        return None

    def _after_verbs(self, clause: list[Tok], verb: int) -> list[Tok] | None:
        """The noun phrase after the verbs that start at clause[verb] ("будут направлены ..."); not
        adjectives alone ("направлены дополнительные 200 млрд рублей")."""
        after = verb
        while after < len(clause) and (self._is_verb(clause[after]) or after > verb and self._verb_shaped(clause[after].low)):
            after += 1
        found = self._noun_phrase(clause, after)
        if found and self.adjective_endings and all(t.low.endswith(self.adjective_endings) for t in found):
            return None
        if found and _proper(found[0]):
            return None  # "Далее идут Пермский край (9,1 тыс.)": a place that comes next, not what is counted
        return found

    def _changed_before(self, left: list[Tok], relative: Tok) -> list[Tok] | None:
        """What changed in the phrase a relative pronoun follows: "driven by a rise in violence
        against the person, which soared 18%" -> "violence against the person"."""
        r = left.index(relative)
        before = left[max(0, r - REACH_BEFORE):r]
        for k in range(len(before) - 2, -1, -1):
            if before[k].text in _CLAUSE_BREAKS and before[k].text != ",":
                break
            if before[k].low in self.change_nouns and (before[k + 1].low in self.in_ or before[k + 1].low in self.of):
                return self._noun_phrase(before, k + 2)
        return None

    def _after_last_figure(self, clause: list[Tok]) -> list[Tok]:
        """The clause from the "and" after its last figure: "Unemployment fell to 5% and inflation rose to"."""
        for k in range(len(clause) - 1, 0, -1):
            if clause[k].low in self.joiners and any(t.text[0].isdigit() and not t.timed for t in clause[:k]):
                return clause[k:]
        return clause

    def _after_change_noun(self, clause: list[Tok]) -> list[Tok] | None:
        """The noun after the clause's last change noun, when only a verb, a qualifier or "by" follow
        it up to the amount: "отмечен рост мошенничеств на", "the growth of GDP was"."""
        for k in range(len(clause) - 1, -1, -1):
            if clause[k].low not in self.change_nouns:
                continue
            j = k + 1 + (k + 1 < len(clause) and (clause[k + 1].low in self.of or clause[k + 1].low in self.in_))
            found = self._noun_phrase(clause, j)
            if not found:
                return None
            rest = clause[j + len(found):]
            if all(t.low in self.bridges or self._is_verb(t) or self.level_verbs.at(rest, i) or self.qualifier_phrases.at(rest, i)
                   or t.low in self.function for i, t in enumerate(rest)):
                return found
            return None
        return None

    def _object_of_change(self, clause: list[Tok], verb: int) -> list[Tok] | None:
        """The noun between a change verb and its amount: "cut tourism by", "reduced the number of accidents by"."""
        if clause[verb].low not in self.change or clause[verb].low in self.change_nouns:
            return None
        end = len(clause)
        while end > verb + 1 and (clause[end - 1].low in self.bridges or self.qualifier_phrases.ending_at(clause, end - 1)):
            end -= self.qualifier_phrases.ending_at(clause, end - 1) or 1
        if end == len(clause) or end <= verb + 1:
            return None  # no "by" before the amount, or nothing between the verb and it
        head = self._last_head(clause[verb + 1:end])
        return self._noun_phrase(clause[:end], verb + 1 + head if head is not None else verb + 1)

    def _person_count(self, m: Match, left: list[Tok], right: list[Tok]) -> str | None:
        """"в ДТП погибли 14,5 тыс. человек" -> "погибли в дтп": people are counted by what happened to them."""
        if m.unit != "count" or not right or right[0].low not in self.generic:
            return None
        i = len(left) - 1
        while i >= 0 and (self.qualifier_phrases.ending_at(left, i) or left[i].low in self.bridges):
            i -= self.qualifier_phrases.ending_at(left, i) or 1
        if i < 0 or not self._is_verb(left[i]):
            return None
        j = i
        while j > 0 and left[j - 1].is_word and not left[j - 1].timed \
                and left[j - 1].text not in _CLAUSE_BREAKS and i - j < 4:
            j -= 1
        place = left[j:i]
        while place and place[0].low not in self.function:
            place = place[1:]
        return self._finish([left[i]] + place)

    # ------------------------------------------------------------------ noun phrases

    def _noun_phrase(self, toks: list[Tok], i: int, participles: bool = False) -> list[Tok] | None:
        """The noun phrase starting at toks[i]: words up to a verb, a preposition or punctuation;
        "of" and "and" may join nouns, a participle may bring its own phrase ("committed by ...").
        With ``participles``, a predicate's participle phrase counts too ("killed on the road")."""
        while i < len(toks) and self.determiners.at(toks, i):
            i += self.determiners.at(toks, i)
        out: list[Tok] = []
        while i < len(toks) and len(out) < MAX_WORDS:
            t = toks[i]
            if not t.is_word or t.timed or self._is_verb(t) or self.level_verbs.at(toks, i) \
                    or out and self._qualifies_number(toks, i):
                break
            if out and self.parentheticals.at(toks, i):
                break  # "crimes registered in Russia according to the ministry"
            if not out and t.low in self.prepositions:
                break  # "после ноябрьских": a phrase that opens with a preposition is no noun phrase
            if t.low in self.function or t.low in self.np_prepositions:
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                # "killed on the road": a predicate's participle takes its prepositional phrase
                predicate = (participles and out and _participle(out[0].low) and t.low in self.prepositions
                             and nxt is not None and nxt.is_word and not nxt.timed)
                if not predicate:
                    if not out or nxt is None or not nxt.is_word or self._is_verb(nxt) \
                            or nxt.low in self.function and not self.determiners.at(toks, i + 1):
                        break
                    if t.low in self.np_prepositions and _proper(nxt):
                        break  # "краж в Казани": a place is not part of what is counted
                    joins = (t.low in self.of or t.low in self.np_prepositions
                             or t.low in self.np_and and not _participle(nxt.low)   # not "... and detained 800 members"
                             or t.low in self.after_participle and _participle(out[-1].low))
                    if not joins:
                        break
                out.append(t)
                i += 1
                while i < len(toks) and self.determiners.at(toks, i):   # "acts of a terrorist nature"
                    out.extend(toks[i:i + self.determiners.at(toks, i)])
                    i += self.determiners.at(toks, i)
                continue
            if out and _participle(t.low) and out[-1].low.endswith("s") and not out[-1].low.endswith("ly") \
                    and i + 1 < len(toks) and toks[i + 1].is_word and toks[i + 1].low not in self.after_participle:
                break  # "offences involved drug trafficking": a verb, not a participle
            if out and self._late_verb(toks, i):
                break  # "мигрант работает нелегально", "respondents trust the police"
            if out and self.new_phrase_endings and t.low.endswith(self.new_phrase_endings) \
                    and not out[-1].low.endswith(self.adjective_endings + ("о", "й")):
                break  # "42 тыс. случаев уголовные дела": a nominative after a noun opens the clause's own subject
            out.append(t)
            i += 1
        if i < len(toks) and len(out) > 1 and self.adjective_endings and out[-1].low.endswith(self.adjective_endings) \
                and (toks[i].timed or toks[i].low in self.time_units):
            out.pop()  # "раскрытых преступлений прошлых [лет]": the adjective of the time, not of the noun
        while out and (out[-1].low in self.function or out[-1].low in self.np_prepositions):
            out.pop()
        return out or None

    def _qualifies_number(self, toks: list[Tok], i: int) -> bool:
        """Does a qualifier start at toks[i] and a number follow it ("... почти на 12%")?"""
        n = self.qualifier_phrases.at(toks, i)
        while n and i + n < len(toks) and toks[i + n].low in self.bridges:
            n += 1
        return bool(n) and i + n < len(toks) and (toks[i + n].text[0].isdigit() or toks[i + n].low in self.lex.spelled_number_words)

    def _late_verb(self, toks: list[Tok], i: int) -> bool:
        """Is toks[i], after the first word of a noun phrase, a verb? By its ending (Russian), or
        because an article or an adverb follows it (English "trust the police", "work illegally")."""
        t = toks[i]
        if self._verb_shaped(t.low):
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is not None and nxt.is_word and not nxt.timed and (   # not "forest fires this year"
            nxt.low in self.object_markers or self.late_by_context and nxt.low.endswith("ly") and len(nxt.low) > 4)

    def _is_verb(self, t: Tok) -> bool:
        if t.low in self.verbs or t.low in self.change or t.low in self.speech_words:
            return True
        return bool(self.verb_suffixes) and len(t.low) > 5 and t.low.endswith(self.verb_suffixes) and not self._noun_shaped(t.low)

    def _verb_shaped(self, word: str) -> bool:
        """Has ``word`` a verb's ending (Russian "сократилось", "выросли")?"""
        return len(word) > 5 and word.endswith(self.late_verb_endings) and not self._noun_shaped(word)

    def _noun_shaped(self, word: str) -> bool:
        """A noun with a verb's ending: "бюджет", "показатели"."""
        return word in self.not_verbs or word.endswith(self.not_verb_endings)

    def _first_verb(self, clause: list[Tok]) -> int | None:
        for k, tok in enumerate(clause):
            n = self.predicate_comparatives.at(clause, k)
            if self._is_verb(tok) or self.level_verbs.at(clause, k) \
                    or n and (k or k + n < len(clause) and clause[k + n].low in self.by_alone):
                return k  # a comparative stands for the verb in "потерь на воде в этом году меньше на"
            if k > 0 and not tok.timed and self._verb_shaped(tok.low):
                return k  # "Бюджет на 2024 год предусматривает"
        return None

    def _strip_openers(self, clause: list[Tok]) -> list[Tok]:
        i = 0
        while i < len(clause) and self.openers.at(clause, i):
            i += self.openers.at(clause, i)
        return clause[i:]

    def _trim_adverbials(self, clause: list[Tok], all_leading: bool = False) -> list[Tok]:
        """Drop leading times and their prepositions ("За семь месяцев 2025 года ущерб ..." -> "ущерб ...");
        with ``all_leading``, also a leading preposition and its word ("в России ...", "по предварительным итогам ...")."""
        i = 0
        while i < len(clause):
            t = clause[i]
            nxt = clause[i + 1] if i + 1 < len(clause) else None
            if t.timed or not t.is_word and not t.text[0].isdigit():
                i += 1
            elif t.low in self.function and nxt is not None and nxt.timed:
                i += 1
            elif all_leading and t.low in self.prepositions and nxt is not None:
                i += 1
                while self.adjective_endings and i + 1 < len(clause) and clause[i].low.endswith(self.adjective_endings):
                    i += 1  # "По предварительным итогам инфляция": the preposition's adjectives and noun
                i += 1
                if i < len(clause) and clause[i].low in self.time_units:
                    i += 1  # "Во втором квартале ВВП": an ordinal, then its time unit
            else:
                break
        return clause[i:]

    def _last_head(self, clause: list[Tok]) -> int | None:
        """Where the phrase after the last "number of" (or another head) in the clause starts."""
        for k in range(len(clause) - 1, -1, -1):
            n = self.heads.at(clause, k)
            if n and k + n < len(clause):
                return k + n
        return None

    def _is_reference(self, phrase: list[Tok], change_noun: bool = False) -> bool:
        """Does the phrase stand for something said before ("this figure", "то в этом их число";
        with ``change_noun``, also "the decline" of "the decline was 10%")?"""
        words = tuple(t.low for t in phrase if t.is_word)
        if change_noun and len(words) == 1 and words[0] in self.change_nouns:
            return True
        n = self.reference_phrases.ending_at(words, len(words) - 1) if words else 0
        if not n:
            return False
        rest = words[:len(words) - n]
        while rest and (rest[-1] in self.prepositions or self.determiners.ending_at(rest, len(rest) - 1)):
            rest = rest[:-1]
        return not any(w not in self.function for w in rest)  # "ущерб от них" names its own noun

    def _finish_or_none(self, phrase: list[Tok] | None) -> str | None:
        return self._finish(phrase) if phrase else None

    def _finish(self, phrase: list[Tok]) -> str | None:
        """Lower case, no leading determiner or head ("number of"), no trailing function word."""
        toks = [t for t in phrase if t.text[0].isalnum()]
        words = [t.text.lower() for t in toks]
        acronym = [t.low != t.text.lower() for t in toks]   # "IT", kept as written in ``low``
        changed = True
        while words and changed:
            changed = False
            for group in (self.determiners, self.heads):
                n = group.at(words, 0)
                if n and len(words) > n:
                    words, acronym = words[n:], acronym[n:]
                    changed = True
        while words and not acronym[len(words) - 1] and (words[-1] in self.function or words[-1] in self.np_prepositions):
            words.pop()  # not "IT" in "crimes committed using IT"
        if not words or len(words) == 1 and words[0] in self.generic:
            return None
        return " ".join(words[:MAX_WORDS])


def _spans(times: timex.TimeIndex, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in times.between(*sentence)]


def _unquote_short(toks: list[Tok]) -> list[Tok]:
    """``toks`` without the quotation marks around a name of one to three words ("на «зебрах»"),
    which do not break a clause as a quotation does."""
    drop: set[int] = set()
    k = 0
    while k < len(toks):
        if toks[k].text in "«“\"":
            close = next((j for j in range(k + 1, min(k + 5, len(toks))) if not toks[j].is_word), None)
            if close is not None and close > k + 1 and toks[close].text in "»”\"":
                drop.update((k, close))
                k = close
        k += 1
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


def _proper(t: Tok) -> bool:
    """A capitalised word that is not an acronym ("Пермский", not "ДТП", "IT" or "IT-преступлений")."""
    return len(t.text) > 1 and t.text[0].isupper() and t.text[1].islower()


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en")) and len(word) > 4


@functools.lru_cache(maxsize=None)
def subjects(lex: Lexicon) -> Subjects:
    return Subjects(lex)
