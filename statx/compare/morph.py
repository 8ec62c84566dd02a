"""Russian lemmas for comparing subjects: pymorphy3 (the ``morph`` extra) when it is installed.

A lemma puts the forms of one word together where cutting endings cannot: a verb and its participle
("погибло", "погибших" -> "погибнуть"), a short and a full participle ("зарегистрировано",
"зарегистрированных"). Without pymorphy3, subjects are compared by their endings alone. It is loaded
only by ``diff`` and ``series``, never by ``extract``."""
from __future__ import annotations

import functools
from typing import Callable


@functools.lru_cache(maxsize=1)
def lemmatizer() -> Callable[[str], str] | None:
    """A function from a Russian word to its lemma, or None when pymorphy3 is not installed."""
    try:
        import pymorphy3
    except ImportError:
        return None
    analyzer = pymorphy3.MorphAnalyzer()

    @functools.lru_cache(maxsize=65536)
    def lemma(word: str) -> str:
        parses = analyzer.parse(word)
        # a word that may be a verb's form is that verb ("погибшие", an adjective or a participle, is
        # "погибнуть" as "погибло" is), so that every form of it has one lemma
        verbal = next((p for p in parses if p.tag.POS in _VERBAL), None)
        return (verbal or parses[0]).normal_form

    return lemma


_VERBAL = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
