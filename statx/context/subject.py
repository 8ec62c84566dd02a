"""The subject of a claim: what is counted or measured, as a short noun phrase from its sentence.

Tried in order: "N% of X" -> X; "N X" -> X; "a N% rise in X" -> X; "X of N" ("damage of N rubles")
-> X; the subject of the number's clause ("the number of X has increased by N", "X was down by
N"); else the subject of the claim before it in the sentence ("down 4.3 percent ... and down 3.9
percent"). Pronouns ("this figure") take the subject of the clause or sentence before."""
from __future__ import annotations

import dataclasses
import functools
from typing import Sequence

import regex

from ..lexicon import Lexicon
from ..match import Match
from ..segment import Layout

MAX_WORDS = 8
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[^\s\p{L}\p{N}]")
_CLAUSE_BREAKS = frozenset(";:()[]–—\"“”«»")


@dataclasses.dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text, start, end)]


def _phrases(words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as token tuples, longest first."""
    return tuple(sorted({tuple(w.split()) for w in words}, key=len, reverse=True))


class Subjects:
    """The subject rules of one language."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        sub = "subject"
        self.heads = _phrases(lex.words(sub, "heads"))
        self.determiners = _phrases(lex.words(sub, "determiners"))
        self.generic = frozenset(lex.words(sub, "generic"))
        self.verbs = frozenset(lex.words(sub, "verbs"))
        self.after_participle = frozenset(lex.words(sub, "after_participle"))
        self.openers = _phrases(lex.words(sub, "clause_openers"))
        self.references = frozenset(lex.words(sub, "references"))
        self.function = frozenset(lex.words("words", "function"))
        self.change = frozenset(lex.words("direction", "up") + lex.words("direction", "down"))
        self.change_nouns = frozenset(lex.words("direction", "up_nouns") + lex.words("direction", "down_nouns"))
        self.time_units = frozenset(lex.words("not_claims", "time_units"))
        self.of = frozenset(lex.words("subject", "of"))
        self.in_ = frozenset(lex.words("subject", "in"))
        self.bridges = frozenset(w for p in lex.words("direction", "by") for w in p.split()) - self.of
        q = lex.data["qualifiers"]
        self.qualifier_phrases = _phrases(w.lower() for w in q["approx"] + q["at_least"] + q["at_most"])

    # ------------------------------------------------------------------ per sentence

    def attach(self, text: str, layout: Layout, matches: Sequence[Match]) -> None:
        """Set ``subject`` on every match (matches in text order)."""
        previous: Match | None = None
        for m in matches:
            sentence = layout.sentence_at(m.num_start)
            same = previous if previous is not None and layout.sentence_at(previous.num_start) == sentence else None
            m.subject = self.subject(text, m, sentence, same)
            previous = m

    def subject(self, text: str, m: Match, sentence: tuple[int, int], previous: Match | None) -> str | None:
        s0, s1 = sentence
        right = tokens(text, m.end, s1)
        left = tokens(text, s0, m.start)
        for rule in (self._of_after, self._noun_after, self._change_noun_after, self._noun_of_before):
            found = rule(m, left, right)
            if found:
                return self._finish(found)
        found = self._clause_subject(left)
        if found and self._is_reference(found):
            found = previous.subject if previous is not None and previous.subject else self._clause_subject(left, skip_last=True)
        if found:
            return self._finish(found)
        if previous is not None and previous.subject:
            return previous.subject
        return None

    # ------------------------------------------------------------------ rules

    def _of_after(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"27 percent of the dead", "2.5 tons of heroin", "two of the suspects"."""
        if right and right[0].low in self.of:
            return self._noun_phrase(right, 1)
        return None

    def _noun_after(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"14,500 fatalities", "every fourth crime committed by adolescents", "one in five solved crimes"."""
        if m.unit not in ("count", "percent") or m.unit == "percent" and m.kind not in ("fraction", "every"):
            return None
        if not right or not right[0].is_word or right[0].low in self.time_units:
            return None
        return self._noun_phrase(right, 0)

    def _change_noun_after(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"a 4.5-percent rise in road traffic accidents" -> the accidents; "3.6 percent growth" -> growth."""
        i = 0
        if i < len(right) and right[i].text == "-":
            i += 1
        if i < len(right) and right[i].low in self.change_nouns:
            if i + 1 < len(right) and right[i + 1].low in self.in_:
                found = self._noun_phrase(right, i + 2)
                if found:
                    return found
            return [right[i]]
        return None

    def _noun_of_before(self, m: Match, left: list[Tok], right: list[Tok]) -> list[Tok] | None:
        """"damage of over 156 billion rubles", "a staff of 35,000 people", "allocation of an additional ..."."""
        i = len(left) - 1
        while i >= 0:
            n = self._phrase_ending_at(left, i, self.qualifier_phrases) or self._phrase_ending_at(left, i, self.determiners)
            if not n and left[i].low in self.bridges:
                n = 1
            if not n:
                break
            i -= n
        if i < 1 or left[i].low not in self.of:
            return None
        j = i - 1
        words: list[Tok] = []
        while j >= 0 and left[j].is_word and left[j].low not in self.function and left[j].low not in self.verbs \
                and left[j].low not in self.change and len(words) < 3:
            words.insert(0, left[j])
            j -= 1
        if not words or words[-1].low in self.generic:
            return None
        return words

    def _clause_subject(self, left: list[Tok], skip_last: bool = False) -> list[Tok] | None:
        """The noun phrase before the verb of the clause that holds the number; clauses are tried
        from the nearest back to the start of the sentence until one has a subject."""
        end = len(left)
        skipped = not skip_last
        while end > 0:
            start = end
            while start > 0 and not self._breaks(left, start - 1):
                start -= 1
            found = self._subject_of(left[start:end]) if skipped else None
            if found:
                return found
            skipped = True
            end = start - 1
        return None

    def _breaks(self, toks: list[Tok], i: int) -> bool:
        return toks[i].text in _CLAUSE_BREAKS or toks[i].text == ","

    def _subject_of(self, clause: list[Tok]) -> list[Tok] | None:
        i = 0
        while i < len(clause):
            n = self._phrase_at(clause, i, self.openers)
            if not n:
                break
            i += n
        clause = clause[i:]
        for k in range(len(clause)):
            n = self._phrase_at(clause, k, self.heads)
            if n and k + n < len(clause):
                found = self._noun_phrase(clause, k + n)
                if found:
                    return found
        for k, tok in enumerate(clause):
            if tok.low in self.verbs or tok.low in self.change:
                phrase = [t for t in clause[:k] if t.is_word]
                return phrase or None
        return None

    # ------------------------------------------------------------------ noun phrases

    def _noun_phrase(self, toks: list[Tok], i: int) -> list[Tok] | None:
        """The noun phrase starting at toks[i]: words up to a verb, a preposition or punctuation;
        "of" and "and" may join nouns, a participle may bring its own phrase ("committed by ...")."""
        while i < len(toks) and self._determiner_at(toks, i):
            i += self._determiner_at(toks, i)
        out: list[Tok] = []
        while i < len(toks) and len(out) < MAX_WORDS:
            t = toks[i]
            if not t.is_word or t.low in self.verbs or t.low in self.change:
                break
            if t.low in self.function:
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if not out or nxt is None or not nxt.is_word or nxt.text[0].isdigit():
                    break
                if t.low in self.of or t.low == "and" and nxt.low not in self.function and nxt.low not in self.verbs:
                    out.append(t)
                    i += 1
                    continue
                if t.low in self.after_participle and _participle(out[-1].low):
                    out.append(t)
                    i += 1
                    continue
                break
            if out and _participle(t.low) and out[-1].low.endswith("s") and not out[-1].low.endswith("ly") \
                    and i + 1 < len(toks) and toks[i + 1].is_word and toks[i + 1].low not in self.after_participle:
                break  # "offences involved drug trafficking": a verb, not a participle
            out.append(t)
            i += 1
        while out and (out[-1].low in self.function):
            out.pop()
        return out or None

    def _determiner_at(self, toks: list[Tok], i: int) -> int:
        return self._phrase_at(toks, i, self.determiners)

    @staticmethod
    def _phrase_at(toks: list[Tok], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        for p in phrases:
            if tuple(t.low for t in toks[i:i + len(p)]) == p:
                return len(p)
        return 0

    @staticmethod
    def _phrase_ending_at(toks: list[Tok], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        for p in phrases:
            if i + 1 >= len(p) and tuple(t.low for t in toks[i + 1 - len(p):i + 1]) == p:
                return len(p)
        return 0

    def _is_reference(self, phrase: list[Tok]) -> bool:
        words = [t.low for t in phrase]
        while words and words[0] in ("the", "a", "an", "almost", "nearly", "about"):
            words.pop(0)
        return " ".join(words) in self.references or bool(words) and words[-1] in ("it", "they", "this", "these")

    def _finish(self, phrase: list[Tok]) -> str | None:
        """Lower case, no leading determiner or head ("number of"), no trailing function word."""
        words = [t.low for t in phrase if t.is_word]
        changed = True
        while words and changed:
            changed = False
            for group in (self.determiners, self.heads):
                for p in group:
                    if tuple(words[:len(p)]) == p and len(words) > len(p):
                        words = words[len(p):]
                        changed = True
                        break
        while words and words[-1] in self.function:
            words.pop()
        if not words or len(words) == 1 and words[0] in self.generic:
            return None
        return " ".join(words[:MAX_WORDS])


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en")) and len(word) > 4


@functools.lru_cache(maxsize=None)
def subjects(lex: Lexicon) -> Subjects:
    return Subjects(lex)
