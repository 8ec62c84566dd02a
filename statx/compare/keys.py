"""Which subjects name the same thing: a key per subject, after normalisation and synonyms.

Two subjects get the same key when they differ only in case, articles and determiners, a
leading "number of", plural/singular and Russian case endings (or lemmas, with pymorphy3: see
``morph``), hyphens and spaces between words ("cyber crimes" / "cybercrimes" / "cyber-crimes"), the
place of a participle that says which things are counted ("IT crimes solved" / "solved IT crimes"),
or a phrase from the same synonym group ("IT crimes" = "cybercrimes"). Subjects that differ in such a
participle never get the same key ("solved IT crimes" / "IT crimes"). Synonym groups come from the
``[synonyms]`` section of every language's word lists, plus any the user adds (see :func:`parse_synonyms`)."""
from __future__ import annotations

from typing import Iterable, Sequence

from .. import lang as lexicon
from ..lang.cache import compiled
from .morph import lemmatizer

_WORD = compiled(r"\w+")
_CYRILLIC = compiled(r"\p{Cyrillic}")
# An ending is dropped only when this many letters stay before it ("lies" stays, "дней" -> "дн").
_MIN_STEM = 2


def _stem(word: str, endings: list[tuple[str, str]]) -> str:
    """The word with the longest of ``endings`` that it has replaced."""
    for ending, replacement in endings:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return stem + replacement if len(stem) >= _MIN_STEM else word
    return word


class Subjects:
    """Keys for subjects: equal keys measure the same thing."""

    def __init__(self, groups: Iterable[Sequence[str]] = (), lemmas: bool = True):
        """The built-in synonym groups of every language, plus ``groups``; Russian words by their
        lemmas when ``lemmas`` and pymorphy3 is installed."""
        self._lemma = lemmatizer() if lemmas else None
        lexicons = [lexicon.load(code) for code in lexicon.LANGUAGES]
        self._endings = {lex.code: sorted(lex.table("synonyms", "endings").items(), key=lambda kv: -len(kv[0]))
                         for lex in lexicons}
        leading = {w for lex in lexicons for key in ("heads", "determiners") for w in lex.words("subject", key)}
        # Words of both languages; compiled through (and kept in) the first lexicon's pattern cache.
        self._leading = lexicons[0].compile(rf"(?:{lexicon.alternation(leading)} )+")
        ignore = {w for lex in lexicons for w in lex.words("synonyms", "ignore")}
        self._ignore = lexicons[0].compile(rf"(?<!\w)(?:{lexicon.alternation(ignore)})(?!\w)")
        # a participle that says which things are counted means the same after its noun as before it
        self._movable = {self._stem(w) for lex in lexicons for w in lex.words("synonyms", "movable")}
        builtin = [g for lex in lexicons for g in lex.data["synonyms"]["groups"]]
        self._synonyms = self._table([*builtin, *groups])
        self._longest = max(map(len, self._synonyms), default=0)
        self._keys: dict[str, str] = {}

    def key(self, subject: str | None) -> str:
        """The subject's key: "" when there is no subject."""
        subject = subject or ""
        if subject not in self._keys:
            words, before = self._words(subject), None
            while words != before:  # "drug offences" -> "drug crimes" -> the drug-related crimes group
                words, before = self._replace(words), words
            self._keys[subject] = "".join(words)
        return self._keys[subject]

    def _replace(self, words: list[str]) -> list[str]:
        """The words with each run that spells a synonym (in any split) replaced by its group's key,
        the longest run first."""
        out: list[str] = []
        i = 0
        while i < len(words):
            found, phrase = None, ""
            for j in range(i, len(words)):
                phrase += words[j]
                if len(phrase) > self._longest:
                    break
                if phrase in self._synonyms:
                    found = j + 1, self._synonyms[phrase]
            if found:
                i, key = found
                out.append(key)
            else:
                out.append(words[i])
                i += 1
        return out

    def _words(self, subject: str) -> list[str]:
        """Stems of the subject's words, without leading heads and determiners or ignored phrases."""
        text = " ".join(_WORD.findall(subject.casefold().replace("ё", "е")))
        lead = self._leading.match(text)
        if lead:
            text = text[lead.end():]
        words = [self._stem(word) for word in self._ignore.sub(" ", text).split()]
        if len(words) > 1 and words[-1] in self._movable:
            words = words[-1:] + words[:-1]   # "crimes solved" = "solved crimes"
        return words

    def _stem(self, word: str) -> str:
        """The word's stem: a Russian word's lemma (when there are lemmas) without its ending."""
        if not _CYRILLIC.search(word):
            return _stem(word, self._endings["en"])
        if self._lemma is not None:
            word = self._lemma(word).replace("ё", "е")
        return _stem(word, self._endings["ru"])

    def _table(self, groups: Iterable[Sequence[str]]) -> dict[str, str]:
        """Each phrase's words, run together, mapped to its group's key; groups that share a
        phrase become one group (so a Russian group that names "cybercrimes" joins the English one)."""
        parent: dict[str, str] = {}

        def root(k: str) -> str:
            while parent[k] != k:
                k = parent[k]
            return k

        for group in groups:
            keys = ["".join(w) for w in map(self._words, group) if w]
            for k in keys:
                parent.setdefault(k, k)
            for k in keys[1:]:
                a, b = root(keys[0]), root(k)
                if a != b:
                    parent[b] = a
        return {k: root(k) for k in parent}


def parse_synonyms(text: str) -> list[tuple[str, ...]]:
    """Synonym groups from a file's text: one group per line, phrases separated by ``=``
    ("it crimes = cybercrimes = киберпреступления"); blank lines and lines starting with ``#``
    are skipped. Raises ValueError naming the line of a group with fewer than two phrases."""
    groups = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        phrases = tuple(p.strip() for p in line.split("=") if p.strip())
        if len(phrases) < 2:
            raise ValueError(f"line {n}: a group needs two or more phrases separated by '='")
        groups.append(phrases)
    return groups
