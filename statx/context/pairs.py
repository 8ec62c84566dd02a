"""Figures next to each other that share what only one of them says: "rose by 5 and 10 percent",
"1 percent and 1.7 percent increases in investment", "went up by a fifth (19%)". Each function
takes the figures of a text (in order) and returns new values; nothing is changed in place."""
from __future__ import annotations

import bisect
import dataclasses
import functools
from decimal import Decimal
from typing import NamedTuple, Sequence

import regex

from ..claim import Direction
from ..lang import COMMA_BLANK, COMMA_GAP, GAP, Lexicon, respectively_after, unrequired
from ..lang.cache import compiled
from ..numbers.mention import COUNT, PERCENT, Unit, UnitKind
from .direction import direction_patterns
from .figure import Figure
from ..numbers.headings import ONE

# "77,1 (в первом квартале 2008 г. – 71,7 %)", "12,9 (13,1 %)": a bare fraction, then in brackets its share at an earlier time
_EARLIER_BRACKET = compiled(r"[ \t\u00a0]*\((?:[^()\n]{1,60}?[ \t\u00a0][–—-][ \t\u00a0]*)?")
_CLOSING = compiled(r"[ \t\u00a0]*" + unrequired(r"\)"))
# "2942,7 рубля (в марте 3 005,4)", "$5.1 million (2022: 4.8)": an amount, then in brackets a time (no digit but a year's)
# and its bare value then
_EARLIER_VALUE = compiled(r"[ \t\u00a0]*\((?:(?:[^()\n\d]|(?<![\d,.])(?:1[89]|20)\d\d(?![\d,.]))){1,40}?[ \t\u00a0:–—-]+")
# "N$ 493 529 000 (435 369 000)": an amount, then in brackets only a bare amount of the same size, its value at another time
_BARE_BRACKET = compiled(r"[ \t\u00a0]*\([ \t\u00a0]*")
BRACKET_SPREAD = 10   # how many times larger one of the two may be than the other, at most
# "), Ивановская (": a bracket closed, the next name of a list (a few words, maybe after "и") and its bracket opened
_NEXT_BRACKET = compiled(r"[ \t\u00a0]*\)[ \t\u00a0]*[,;]?(?:[ \t\u00a0]+[\p{L}-]+){1,4}[ \t\u00a0]*\([ \t\u00a0]*")
NOUN_WORDS = 3   # words of a count's noun between it and the share that restates it, at most
RESTATED_SPREAD = Decimal("0.1")   # how far apart, of the larger, two amounts of one unit may be and one still restate the other
_RESTATED = compiled(r"[ \t\u00a0]*\(")  # a figure in brackets right after another restates it
_COUNTED_RESTATED = compiled(r"[ \t\u00a0]+\p{Ll}+[ \t\u00a0]*\(")   # ... or after the noun a count counts: "2,3 тыс. человек (0,4%)"
_CLOSED = compiled(r"[^()\n\d,;]{0,40}\)")  # ... and the bracket closes after it (and its noun)
# ", Гродненской — ", "(до 13 трлн. 962,3 млрд.), в Минске — ": the next item of a list of places after a change's
# size, perhaps past the bracket that restates it: a comma, a place's name (a capital, maybe after a preposition), a dash
_PLACE_DASH = compiled(r"(?:[ \t\u00a0]*\([^()\n]{0,80}\))?[ \t\u00a0]*,[ \t\u00a0]+(?:\p{Ll}{1,2}[ \t\u00a0]+)?\p{Lu}[\p{L}-]*"
                       r"(?:[ \t\u00a0]+[\p{L}-]+){0,2}[ \t\u00a0]+[–—][ \t\u00a0]*")
# The names of what these pairs do to a subject, for ``--explain``.
SHARED, RESPECTIVELY = "shared_with_pair", "respectively"


PARAGRAPH_CARRY = 300   # characters from an amount with its unit to a bare one of its scale word that takes it, at most


class Pairs:
    """Which figures of one text are coordinated ("5 and 10 percent"), listed ("3%, 7% and 5%") or
    restated in brackets ("35.065 trillion rubles ($393 bln)"), as index pairs."""

    def __init__(self, text: str, figures: Sequence[Figure], lex: Lexicon):
        self.text = text
        self.p = p = _patterns(lex)
        self.scales = lex.scale_values
        self.by_end = direction_patterns(lex).by_end   # "by" right before a figure: the size of a change
        neighbours = list(zip(range(len(figures)), range(1, len(figures))))
        # joined by "and"/"or", one unit: either may carry what both share
        self.coordinated = [(i, j) for i, j in neighbours if _alike(figures[i], figures[j])
                            and p.joiner.fullmatch(text, figures[i].end, figures[j].start)]
        # ... or by the comma of a list ("fell by 3%, 7% and 5%"): a change word, not a noun
        self.listed = [(i, j) for i, j in neighbours if _alike(figures[i], figures[j])
                       and (p.joiner.fullmatch(text, figures[i].end, figures[j].start)
                            or p.listed.fullmatch(text, figures[i].end, figures[j].start))]
        # ... or as items of a list, each a name with its figure in brackets: "chicken (51.96pc), pulse moong (31.13pc)"
        self.listed += [(i, j) for i, j in neighbours if _alike(figures[i], figures[j])
                        and p.bracket_item.fullmatch(text, figures[i].end, figures[j].start)]
        # ... or by "and" after the first's time: "fell by 3% in the first quarter and 2% in the second"; or after what
        # the first measures: "rose 4% in food, 2% in clothing"
        self.listed_set = frozenset(self.listed)
        self.dated = [(i, j) for i, j in neighbours if _alike(figures[i], figures[j])
                      and p.dated_joiner.fullmatch(text, figures[i].end, figures[j].start)]
        # the second in brackets right after the first: it says the same in another form or currency
        self.restated = [(i, j) for i, j in neighbours
                         if (figures[i].unit == figures[j].unit or figures[i].is_money and figures[j].is_money)
                         and _RESTATED.fullmatch(text, figures[i].end, figures[j].start) and text.startswith(")", figures[j].end)]
        # one change said twice, in two units: "4.2 per cent or $20 billion lower", "RUB 200 billion, or 5%, less"
        self.restating = [(i, j) for i, j in neighbours if not figures[i].level and not figures[j].level
                          and (p.restating.fullmatch(text, figures[i].end, figures[j].start)
                               or figures[i].unit.kind != figures[j].unit.kind   # "an increase of 5,041 pupils, or 0.9 per cent"
                               and p.restating_noun.fullmatch(text, figures[i].end, figures[j].start))]
        # a change with its size in brackets in the other measure: "fell by 5.3% (3,116 people)",
        # "decreasing by 183 thousand (0.14%)"
        shares, amounts = (UnitKind.PERCENT, UnitKind.PP), (UnitKind.COUNT, UnitKind.MONEY)
        # the same measure of the next place after a change's size, past the bracket that restates it
        self.places = [(i, j) for j in range(len(figures)) for i in (j - 1, j - 2) if 0 <= i
                       and figures[i].unit == figures[j].unit and figures[i].unit.kind is UnitKind.PERCENT
                       and _PLACE_DASH.fullmatch(text, figures[i].end, figures[j].start)]
        # a change in percent, then another compared with it: "a growth of 4% compared with 7% nationally", "up 6.5 per
        # cent - higher than the national average of 4.8 per cent" (the nearest figure of its unit before it; not an amount:
        # "up 11 versus one a year earlier" compares levels)
        self.compared = [(i, j) for j in range(1, len(figures)) for i in (j - 1, j - 2) if 0 <= i
                         and figures[i].unit == figures[j].unit and figures[j].unit.kind in (UnitKind.PERCENT, UnitKind.PP)
                         and all(figures[k].unit != figures[j].unit for k in range(i + 1, j))
                         and p.compared.fullmatch(text, figures[j - 1].end, figures[j].start)
                         and (i + 1 == j or _RESTATED.fullmatch(text, figures[i].end, figures[i + 1].start)
                              or figures[i + 1].level and not figures[i].level)]   # (past the level it came to: "by 110 per cent to 2,741, compared with 46 per cent")
        # the next item of a list that shares the first's change verb: "grew by 12 percent, zinc at 30 percent"
        self.gapped = [(j - 1, j) for j in range(1, len(figures)) if figures[j - 1].unit == figures[j].unit
                       and figures[j].unit.kind is UnitKind.PERCENT and p.gapped_item.fullmatch(text, figures[j - 1].end, figures[j].start)]
        # ... or an item that, as the first, names the level it came to: "went up 18 per cent to 57,712, sex offences 33 per
        # cent to 6,463"
        self.gapped += [(j - 2, j) for j in range(2, len(figures) - 1) if figures[j - 2].unit == figures[j].unit
                        and figures[j].unit.kind is UnitKind.PERCENT and figures[j - 1].level and not figures[j - 2].level
                        and figures[j + 1].level   # (each item so: not "..., representing 33 per cent of all crimes")
                        and p.gapped_noun.fullmatch(text, figures[j - 1].end, figures[j].start)]
        self.sized = [(i, j) for i, j in neighbours
                      if (figures[i].unit.kind in shares and figures[j].unit.kind in amounts
                          or figures[i].unit.kind in amounts and figures[j].unit.kind in shares)
                      and (_RESTATED.fullmatch(text, figures[i].end, figures[j].start)
                           or figures[i].unit.kind is UnitKind.COUNT and _COUNTED_RESTATED.fullmatch(text, figures[i].end, figures[j].start))
                      and _CLOSED.match(text, figures[j].end)]

    def share_directions(self, figures: Sequence[Figure]) -> list[Figure]:
        """A change word next to one figure of a pair is the other's too; the levels after a change's size say its direction."""
        directions: list[Direction | None] = [f.direction or self._by_levels(figures, k) for k, f in enumerate(figures)]
        signed = [bool(f.mention.written_sign) for f in figures]   # "1.55%, -2.94%, and 0.86% growth": a sign is its own
        for i, j in self.listed:
            directions[i] = directions[i] or (None if signed[j] else directions[j])
            if not directions[j] and not signed[i] and not self.p.share_of.match(self.text, figures[j].end):
                directions[j] = directions[i]  # "rose by 5 and 10 percent", not "fell by 5% and 7% of thefts were solved"
        for i, j in self.dated:
            if not directions[j] and not self.p.share_of.match(self.text, figures[j].end):
                directions[j] = directions[i]
        for i, j in self.restating:
            directions[i] = directions[i] or directions[j]
            directions[j] = directions[j] or directions[i]
        for i, j in self.places:   # "рост ВРП Брестской области составил 3,2% (...), Гродненской — 2,9%"
            if not directions[j] and not figures[i].level and not figures[j].level:
                directions[j] = directions[i]
        for i, j in self.compared:
            if directions[i] and not directions[j] and not figures[i].level and not figures[j].level:
                directions[j] = directions[i]
        gapped: set[int] = set()
        for i, j in self.gapped:   # (its "at" reads as a level's, but the item's verb is the first's, as the items' between)
            if directions[i] and not directions[j] and (not figures[i].level or i in gapped):
                directions[j] = directions[i]
                gapped.add(j)
        for chain in self._percent_lists(figures):   # "прирост цен составил 2,8%, на морковь – 2,7, ..., на масло – 0,6%"
            if directions[chain[0]] and not figures[chain[0]].level and not any(directions[k] or figures[k].level for k in chain[1:]):
                for k in chain[1:]:
                    directions[k] = directions[chain[0]]
        return [f if f.direction == d else dataclasses.replace(f, direction=d) for f, d in zip(figures, directions)]

    def _by_levels(self, figures: Sequence[Figure], k: int) -> Direction | None:
        """"хулиганство — на 700, или 45% (с 1553 до 853)", "by 700 (from 1,553 to 853)": the size of a change with
        no change word, and the levels it moved between right after it (past its restatement): down when the second
        is below the first, up when above."""
        f, text, p = figures[k], self.text, self.p
        if f.level or f.value_to is not None or not self.by_end.search(text, max(0, f.start - BY_REACH), f.start):
            return None
        j = k + 2 if (k, k + 1) in self.restating else k + 1
        if j + 1 >= len(figures):
            return None
        a, b = figures[j], figures[j + 1]
        if a.unit != b.unit or a.value_to is not None or b.value_to is not None \
                or f.unit.kind is not UnitKind.PERCENT and f.unit != a.unit \
                or not p.from_open.fullmatch(text, figures[j - 1].end, a.start) or not p.to_join.fullmatch(text, a.end, b.start):
            return None
        first, second = a.mention.value, b.mention.value
        return None if first == second else Direction.UP if second > first else Direction.DOWN

    def dating(self, figures: Sequence[Figure]) -> tuple[list[Figure], dict[int, int]]:
        """The figures to date, and for each restatement the figure whose time it takes: a figure
        and its restatement in brackets are dated as one, the first standing as far as the closing
        bracket ("35.065 trillion rubles ($393 bln) in 2024")."""
        stretched = {i: figures[j].end + 1 for i, j in self.restated}
        same = {j: i for i, j in self.restated}
        dated = [dataclasses.replace(f, end=stretched[k]) if k in stretched else f
                 for k, f in enumerate(figures) if k not in same]
        return dated, same

    def share_subjects(self, figures: Sequence[Figure], subjects: Sequence[str | None]) -> list[str | None]:
        """The noun after a pair counts both; a restatement measures what the figure before it does."""
        out = list(subjects)
        for i, j in self.coordinated + self.restating:   # "на 3 или 3,8 % число убийств": the count of a change and its share
            if self.p.share_of.match(self.text, figures[j].end):
                continue  # "fell by 5% and 7% of thefts were solved": the second is a share of its own
            if out[i] and figures[i].unit == PERCENT and figures[j].unit == COUNT:
                continue  # "the unemployment rate was 6.1%, or 4,670 persons": a rate restated as the people it counts
            after = self.text[figures[j].end:figures[j].end + 200].lower()
            if out[j] and (not out[i] or out[j] in after and not self.p.verb.match(after, after.find(out[j]) + len(out[j]))):
                out[i] = out[j]  # the noun after the second figure is what both count, unless it opens a clause of its own
        for i, j in self.restated:
            out[j] = out[i]
        return out

    def restated_directions(self, figures: Sequence[Figure]) -> list[Figure]:
        """A restatement in brackets, or the size of a change in brackets, changes as the figure before it does; not
        another amount of the same unit, the level the change came to ("на 2,4 млрд рублей (13,4 млрд рублей)")."""
        out = list(figures)
        for i, j in self.restated + self.sized:
            a, b = figures[i], figures[j]
            if a.unit == b.unit and abs(a.mention.value - b.mention.value) > RESTATED_SPREAD * max(a.mention.value, b.mention.value):
                continue
            if not out[j].direction and out[i].direction:
                out[j] = dataclasses.replace(out[j], direction=out[i].direction)
        return out

    def chains(self) -> list[list[int]]:
        """The lists of two figures or more (``listed``), each its figures' indexes in order."""
        out: list[list[int]] = []
        for i, j in sorted(self.listed_set):
            if out and out[-1][-1] == i:
                out[-1].append(j)
            else:
                out.append([i, j])
        return out

    def share_out(self, figures: Sequence[Figure], subjects: Sequence[str | None]) -> list[str | None]:
        """"Robberies and thefts fell by 7.6% and 5.3% respectively": the nouns of a shared subject go
        to the figures of the list in their order."""
        out, i = list(subjects), 0
        while i < len(figures):
            j = i
            while j + 1 < len(figures) and out[j + 1] == out[i] \
                    and self.p.listed.fullmatch(self.text, figures[j].end, figures[j + 1].start):
                j += 1
            if j > i and out[i] and self.p.respectively.match(self.text, figures[j].end):
                nouns = self._shared_noun([n.strip() for n in self.p.nouns_and.split(out[i]) if n.strip()])
                if len(nouns) < j - i + 1:
                    nouns = self._listed_before(figures[i].start, out[i], j - i + 1 - len(nouns)) + nouns
                if len(nouns) == j - i + 1:
                    out[i:j + 1] = nouns
            i = j + 1
        return out

    def _shared_noun(self, nouns: list[str]) -> list[str]:
        """Adjectives alone before the last item share its noun: "естественная и миграционная убыль" ->
        "естественная убыль", "миграционная убыль" (where the language marks adjectives by their endings)."""
        last = nouns[-1].split() if nouns else []
        if len(last) < 2 or not self.p.adjective_endings or last[-1].endswith(self.p.adjective_endings):
            return nouns
        return [f"{n} {last[-1]}" if " " not in n and n.endswith(self.p.adjective_endings) else n for n in nouns[:-1]] + nouns[-1:]

    def _listed_before(self, end: int, subject: str, count: int) -> list[str]:
        """"maize grain, beef, carrots and onions which increased by 0.52, 1.33, 6.81 and 1.19 per cent,
        respectively": the ``count`` items of the list that end right before ``subject`` (which the figures'
        clause found, up to ``end``), each without the words before its last function word; none if fewer."""
        low = max(0, end - LIST_REACH)
        at = self.text[low:end].lower().rfind(subject)
        at = at + low if at >= 0 else -1
        found = self.p.list_items.search(self.text, max(0, at - LIST_REACH), at) if at > 0 else None
        items = found.captures("item") if found else []
        if len(items) < count:
            return []
        out = []
        for item in items[-count:]:
            words = item.lower().split()
            cut = max((k + 1 for k, word in enumerate(words) if word in self.p.function), default=0)
            out.append("" if " ".join(words) in self.p.openers else " ".join(words[cut:]))   # ("Likewise, budget for A and B ...")
        return out if all(out) else []

    def in_points(self, figures: Sequence[Figure]) -> frozenset[int]:
        """The bare changes that are in percentage points: a change written without its unit right
        after a percentage ("the rate was 71.0 per cent, up 0.4 on the quarter"), or "N point(s)"
        right before one ("the rate rose 0.2 point to 5.1 percent"). A percentage's change in
        bare figures is one of points, not a count; "the index rose 0.6 points" alone stays a count."""
        text, p, out = self.text, self.p, set()
        for i, (a, b) in enumerate(zip(figures, figures[1:])):
            if a.unit.kind is UnitKind.PERCENT and _bare_change(b) and p.beside.fullmatch(text, a.end, b.start) \
                    and not p.noun_next.match(text, b.end):   # "down 30 offences": a count of its own
                out.add(i + 1)
            if b.unit.kind is UnitKind.PERCENT and _bare_change(a) and p.points.fullmatch(text, a.end, b.start):
                out.add(i)
        return frozenset(out)

    def units_carried(self, figures: Sequence[Figure]) -> dict[int, Unit]:
        """The bare amounts that take the unit of the amount before them: one with the same scale word or none,
        joined to it by "from", "to" or "against" ("4.0 million kilograms from 3.7 million a year earlier", "$493,529,000,
        up from 435,369,000"), and one
        with a scale word in brackets after an amount in brackets of the same list ("roads (1.5 billion roubles),
        landfills (247 million)"), and an amount of a list of labelled amounts of the same scale word, its currency
        written only before the next ("a share of 7.6Billion, Equalization Fund Sh 7.8Billion, Grant 44Billion")."""
        text, p, out = self.text, self.p, {}
        for i, (a, b) in enumerate(zip(figures, figures[1:])):
            listed = b.mention.scale == a.mention.scale and p.labelled_item.fullmatch(text, a.end, b.start) is not None
            if listed and a.unit == COUNT and a.mention.scale and a.value_to is None and b.unit.kind is UnitKind.MONEY:
                out.setdefault(i, b.unit)   # "a share of 7.6Billion, Equalization Fund Sh 7.8Billion": the next item's currency
            unit = out.get(i, a.unit)
            if b.unit != COUNT or a.mention.scale and not b.mention.scale or b.value_to is not None \
                    or unit.kind not in (UnitKind.PHYSICAL, UnitKind.MONEY):
                continue
            if b.mention.scale == a.mention.scale and p.carried.fullmatch(text, a.end, b.start) \
                    and not p.noun_next.match(text, b.end):   # "2 million tonnes from 1.5 million farms": a count of its own
                out[i + 1] = unit
            elif not b.mention.scale:
                continue   # (bare digits take a unit only across "from", "to" or "against")
            elif p.bracket_item.fullmatch(text, a.end, b.start) and text.startswith(")", b.end):
                out[i + 1] = unit   # "дороги (1,5 миллиарда рублей), уборку свалок (247 миллионов)": the items of one list
            elif listed:
                out[i + 1] = unit   # "Equalization Fund Sh 7.8Billion, Conditional Grant 44Billion": items of one list
        for i, (a, b) in enumerate(zip(figures, figures[1:])):   # "оплату платежей – 12,9 (13,1 %)": an earlier time's share after it
            if a.unit == COUNT and not a.mention.scale and a.value_to is None and b.unit == PERCENT \
                    and a.mention.value != a.mention.value.to_integral_value() and _EARLIER_BRACKET.fullmatch(text, a.end, b.start) \
                    and _CLOSING.match(text, b.end):
                out.setdefault(i, PERCENT)
            # "Минская область — 2165,1 (+4,3 рубля)": a bare level, then in brackets its change in money: the level's currency;
            # "2942,7 рубля (в марте 3 005,4)": an amount, then in brackets its bare value of an earlier time
            bracketed = a.value_to is None and b.value_to is None and _CLOSING.match(text, b.end) and a.mention.scale == b.mention.scale
            if bracketed and a.unit == COUNT and b.unit.kind is UnitKind.MONEY and b.mention.written_sign is not None \
                    and _EARLIER_BRACKET.fullmatch(text, a.end, b.start):
                out.setdefault(i, b.unit)
            elif bracketed and b.unit == COUNT and a.unit.kind is UnitKind.MONEY and b.mention.written_sign is None \
                    and _EARLIER_VALUE.fullmatch(text, a.end, b.start):
                out.setdefault(i + 1, a.unit)
            elif bracketed and b.unit == COUNT and a.unit.kind in (UnitKind.MONEY, UnitKind.PHYSICAL) and b.mention.written_sign is None \
                    and _BARE_BRACKET.fullmatch(text, a.end, b.start) and b.mention.value >= 1000 \
                    and a.mention.value <= b.mention.value * BRACKET_SPREAD and b.mention.value <= a.mention.value * BRACKET_SPREAD:
                out.setdefault(i + 1, a.unit)   # "Ministry of Defence: N$ 6 229 103 000 (5 884 817 000)": last year's amount
        self._paragraph_units(figures, out)
        for chain in self._percent_lists(figures):
            out.update((k, PERCENT) for k in chain[1:-1] if figures[k].unit == COUNT)
        for chain in self._bracket_lists(figures):
            out.update((k, PERCENT) for k in chain[1:])
        return out

    def _paragraph_units(self, figures: Sequence[Figure], out: dict[int, Unit]) -> None:
        """Adds to ``out`` the bare amounts with a scale word that take the unit of the last amount of that scale word in
        their paragraph, a sentence or two before, when it has one: "... направлено 13,77 млрд рублей. На соцполитику
        пришлось 13,19 млрд (28,7%)"; not one a noun follows ("1,2 млн жителей"), which counts its own."""
        last: dict[str, int] = {}   # by scale word: the last amount of it with a unit of money or a physical one
        for k, f in enumerate(figures):
            scale = f.mention.scale
            if not scale:
                continue
            unit = out.get(k, f.unit)
            if unit.kind in (UnitKind.MONEY, UnitKind.PHYSICAL):
                last[scale] = k
            elif unit == COUNT and f.value_to is None and scale in last and not self.p.noun_next.match(self.text, f.end) \
                    and f.start - figures[last[scale]].end <= PARAGRAPH_CARRY and "\n\n" not in self.text[figures[last[scale]].end:f.start]:
                out[k] = out.get(last[scale], figures[last[scale]].unit)

    def _bracket_lists(self, figures: Sequence[Figure]) -> list[list[int]]:
        """The lists of names each with its value alone in brackets, the first in percent and the rest bare, written
        the same way (with a sign or without): "Тверская (-2,7%), Ивановская (-2,5), Орловская (-4,1)"."""
        out: list[list[int]] = []
        for i, f in enumerate(figures):
            if f.unit != PERCENT or f.value_to is not None or not self.text[max(0, f.start - 4):f.start].rstrip().endswith("(") \
                    or not _CLOSING.match(self.text, f.end) or out and i <= out[-1][-1]:
                continue
            chain = [i]
            while chain[-1] + 1 < len(figures) and _bare_small(b := figures[chain[-1] + 1]) \
                    and (b.mention.written_sign is None) == (f.mention.written_sign is None) \
                    and _NEXT_BRACKET.fullmatch(self.text, figures[chain[-1]].end, b.start) and _CLOSING.match(self.text, b.end):
                chain.append(chain[-1] + 1)
            if len(chain) > 1:
                out.append(chain)
        return out

    def converted(self, figures: Sequence[Figure]) -> list[int]:
        """The scaled bare amounts restated right after in brackets in a currency ("остальные 16 миллиардов (946,3
        миллиона долларов)"): money too, in the text's other currency, by index."""
        text = self.text
        return [i for i, (a, b) in enumerate(zip(figures, figures[1:])) if a.unit == COUNT and a.mention.scale
                and b.unit.kind is UnitKind.MONEY and _RESTATED.fullmatch(text, a.end, b.start) and _CLOSED.match(text, b.end)]

    def amount_items(self, figures: Sequence[Figure]) -> dict[int, tuple[Unit, Decimal]]:
        """The bare numbers that are the values of the items of a dash list after an amount in a unit, and take its
        unit and scale, by index: "убраны на площади 1733,4 тыс. гектаров (72,5%), в том числе пшеница - 1384,1 (99,0%)",
        "exports reached $5.2 billion, of which oil – 3.1 (60%)"; an item's value is followed by a bracket or the
        list's next mark, not by a noun of its own."""
        text, p, out = self.text, self.p, {}
        last: tuple[int, Unit, Decimal] | None = None
        for j, b in enumerate(figures):
            if b.unit.kind in (UnitKind.PHYSICAL, UnitKind.MONEY) and b.value_to is None:
                scale = self.scales.get(b.mention.scale.rstrip(".")) if b.mention.scale else ONE
                last = (j, b.unit, scale) if scale is not None else None
            elif last is not None and b.unit == COUNT and not b.mention.scale and b.value_to is None and not b.level \
                    and p.amount_item.fullmatch(text, figures[last[0]].end, b.start) and p.item_end.match(text, b.end):
                out[j] = last[1:]
                last = (j, *last[1:])
        return out

    def respective_years(self, figures: Sequence[Figure], years: Sequence[tuple[int, int, int, bool]]) -> dict[int, tuple[int, bool]]:
        """The years of a list of figures given in a list of as many years with "respectively" after it ("5,079 and 1,778
        farm fires on November 9, in 2021 and 2022, respectively") or right after it ("rose 5% and 7% in 2022 and 2023"),
        by index, each with whether it is a baseline: a list of baselines pairs only with "respectively" after it ("55.3
        percent and 2.7 percent higher than the corresponding period in 2022 and 2019, respectively"); ``years`` are
        (start, end, year, is a baseline) in text order."""
        out: dict[int, tuple[int, bool]] = {}
        chain: list[int] = []
        starts = [y[0] for y in years]
        for k in range(len(figures)):
            chain = chain + [k] if chain and (chain[-1], k) in self.listed_set else [k]
            if len(chain) < 2 or k + 1 < len(figures) and (k, k + 1) in self.listed_set:
                continue   # (a chain is read once it is whole)
            first = bisect.bisect_left(starts, figures[k].end)
            after = list(years[first:first + len(chain)])
            if len(after) == len(chain) and all(self.p.listed.fullmatch(self.text, a[1], b[0]) for a, b in zip(after, after[1:])) \
                    and not _SENTENCE_END.search(self.text, figures[k].end, after[0][0]) \
                    and (self.p.respectively.match(self.text, after[-1][1]) or _CLOSE_YEARS.fullmatch(self.text, figures[k].end, after[0][0])):
                if all(y[3] == after[0][3] for y in after) and (not after[0][3] or self.p.respectively.match(self.text, after[-1][1])):
                    out.update((i, (y[2], after[0][3])) for i, y in zip(chain, after))
        return out

    def _percent_lists(self, figures: Sequence[Figure]) -> list[list[int]]:
        """The lists whose items give their values after a dash, three or more, the first and last in percent and the
        others in percent or bare: the percent sign is written only at their ends ("составил 2,8%, на морковь – 2,7,
        на пшено – 1,2, на масло – 0,6%"; an item's own small numbers are passed over: "на хлеб из муки 1 и 2 сортов – 2,2")."""
        out: list[list[int]] = []
        i = 0
        while i < len(figures):
            if figures[i].unit != PERCENT:
                i += 1
                continue
            chain = [i]
            while (k := self._next_item(figures, chain[-1])) is not None:
                chain.append(k)
            if len(chain) > 2 and figures[chain[-1]].unit == PERCENT \
                    and all(_bare_small(figures[k]) or figures[k].unit == PERCENT for k in chain[1:-1]):
                out.append(chain)
            i = chain[-1] + 1
        return out

    def _next_item(self, figures: Sequence[Figure], j: int) -> int | None:
        """The figure that is the value of the next item of a dash list after figures[j], ITEM_FIGURES on at most, else None."""
        for k in range(j + 1, min(len(figures), j + 1 + ITEM_FIGURES)):
            start = figures[k].start
            if self.text[max(0, start - DASH_REACH):start].rstrip()[-1:] in _DASHES \
                    and self.p.dash_item.fullmatch(self.text, figures[j].end, start):   # (the dash first: most figures have none)
                return k
        return None


_DASHES = ("–", "—", "-")
_SENTENCE_END = compiled(r"[.!?](?=\s)|\n")
_CLOSE_YEARS = compiled(r"[ \t\u00a0]+(?:\p{L}+[ \t\u00a0]+){1,2}")   # "rose 5% and 7% in 2022 and 2023": the years right after
DASH_REACH = 8   # characters back from a figure to the dash of its list item
ITEM_FIGURES = 4   # figures an item of a list may hold before its value ("на хлеб из муки 1 и 2 сортов – 2,2")


def _bare_small(f: Figure) -> bool:
    return f.unit == COUNT and not f.mention.scale and f.value_to is None and f.mention.value < 100


def _bare_change(f: Figure) -> bool:
    return f.unit == COUNT and f.direction is not None and f.mention.value < 100 and f.value_to is None


BY_REACH = 30   # characters back from a figure to the "by" before it
LIST_REACH = 200   # characters back from the figures to the last noun of their list, and from it to the list's start


def _alike(a: Figure, b: Figure) -> bool:
    return a.unit == b.unit and not a.level


class PairPatterns(NamedTuple):
    """What joins two figures of one language (see ``_patterns``)."""

    joiner: regex.Pattern
    share_of: regex.Pattern
    listed: regex.Pattern
    respectively: regex.Pattern
    nouns_and: regex.Pattern
    verb: regex.Pattern
    beside: regex.Pattern
    points: regex.Pattern
    noun_next: regex.Pattern
    restating: regex.Pattern
    dated_joiner: regex.Pattern
    bracket_item: regex.Pattern
    carried: regex.Pattern
    restating_noun: regex.Pattern
    list_items: regex.Pattern      # the items of a list of nouns before its last one ("maize grain, beef, ")
    labelled_item: regex.Pattern   # ", Equalization Fund ": the next item of a list of amounts, after its capitalised label
    from_open: regex.Pattern       # "(from", ", с": a change's first level opens
    to_join: regex.Pattern         # " to ", " до ": the level it arrived at follows
    dash_item: regex.Pattern       # ", на морковь – ": the next item of a list whose values follow a dash
    amount_item: regex.Pattern     # " (72,5%), в том числе пшеница - ": the same, past the bracket after the amount before
    item_end: regex.Pattern        # " (", ", ", "; ": an item's value ends, no noun after it
    function: frozenset[str]
    openers: frozenset[str]        # "likewise", "однако": words that open a sentence, no item of a list
    adjective_endings: tuple[str, ...]   # where the language marks adjectives: "естественная и миграционная убыль" shares its noun
    compared: regex.Pattern        # ", compared with ", " - higher than the national average of ": a figure compared with a change
    gapped_item: regex.Pattern     # ", zinc at ", " and lead at ": the next item of a list that shares the first's change verb
    gapped_noun: regex.Pattern     # ", sex offences ": the same, with no link before its amount


@functools.lru_cache(maxsize=None)
def _patterns(lex: Lexicon) -> PairPatterns:
    joiner = lex.compile(
        rf"{COMMA_BLANK}(?:{lex.pattern('words', 'coordinators')})(?:{GAP}+(?:{lex.pattern('words', 'hedges')}))?{GAP}+",
        regex.IGNORECASE)
    share_of = lex.compile(rf"{GAP}+{unrequired(lex.pattern('subject', 'of'))}(?![\p{{L}}])", regex.IGNORECASE)  # "7% of thefts"
    coordinators = lex.pattern('words', 'coordinators')
    listed = lex.compile(rf"{GAP}*(?:,{GAP}*(?:(?:{coordinators}){GAP}+)?|{GAP}(?:{coordinators}){GAP}+)", regex.IGNORECASE)
    respectively = respectively_after(lex)
    nouns_and = lex.compile(rf",|{GAP}(?:{lex.pattern('subject', 'np_and')}){GAP}", regex.IGNORECASE)  # "robberies and thefts"
    # "... and more than 1 lakh water connections were added": the noun has a verb of its own
    verb = lex.compile(rf"{GAP}+(?:{lex.pattern('subject', 'auxiliaries')})(?![\p{{L}}])", regex.IGNORECASE)
    # between a percentage and a bare change of it: a mark, then only change words ("71.0 per cent, up 0.4")
    changes = lex.alternation(lex.words("direction", "up") + lex.words("direction", "down") + lex.words("direction", "by"))
    # (what the percentage is of may stand between: "8.0 per cent of the economically active population, down 0.2")
    share = rf"(?:{GAP}+(?:{lex.pattern('subject', 'of')}){GAP}+[\p{{L}}’'-]+(?:{GAP}+[\p{{L}}’'-]+){{0,5}})?"
    beside = lex.compile(rf"{share}{GAP}*[,;(–—]{GAP}*(?:(?:{changes}){GAP}+){{0,3}}", regex.IGNORECASE)
    # "0.2 point to 5.1 percent", "0.2 points, to 5.1%"
    points = lex.compile(rf"{GAP}+(?:{lex.pattern('direction', 'rate_points')}){COMMA_GAP}"
                         rf"(?:{lex.pattern('direction', 'level_after_change')}){GAP}+", regex.IGNORECASE)
    # a word after a number that is no function word: the noun the number counts
    # (nor a unit of time: "43,9 миллиарда лей против 38,6 миллиарда год назад")
    noun_next = lex.compile(rf"{GAP}+(?!(?:{lex.pattern('words', 'function')}|{lex.pattern('not_claims', 'time_units')})(?![\p{{L}}]))\p{{L}}",
                            regex.IGNORECASE)
    # a time phrase, then "and": "in 2022 and", "for the month and", "в первом квартале и"
    time_word = rf"{lex.pattern('time', 'phrase_words')}|{lex.pattern('time', 'months')}|(?:1[89]|20)\d\d(?![\p{{N}}])"
    # (or a bracket: "an increase by $115.0m (or 14.7 percent)"; or past the change's time: "grew by 76,000 in the year,
    # or 1.6 percent")
    restating = lex.compile(rf"(?:{GAP}+(?:{time_word})(?![\p{{L}}])){{0,8}}+{GAP}*+(?:[,(]{GAP}*+)?(?:{lex.pattern('words', 'restating')}){GAP}+",
                            regex.IGNORECASE)
    # the first figure's noun between, of three words at most ("478 rape cases that is equivalent to 6.8 per cent")
    restating_noun = lex.compile(rf"(?:{GAP}+\p{{L}}[\p{{L}}-]*){{1,{NOUN_WORDS}}}{restating.pattern}", regex.IGNORECASE)
    # ... or what an item measures, or where, after "in": "rose 4% in food, 2% in clothing", "4% in Kent and 2% in Essex",
    # "grew: 2.5 per cent in April; 2.6 per cent in May"
    item = rf"{GAP}+(?:{lex.pattern('subject', 'item_in')}){GAP}+\p{{L}}[\p{{L}}'’-]*(?:{GAP}+[\p{{L}}'’-]+){{0,4}}?"
    dated_joiner = lex.compile(rf"(?:(?:{GAP}+(?:{time_word})(?![\p{{L}}])){{1,8}}{COMMA_BLANK}(?:{coordinators}){GAP}+"
                               rf"|{item}(?:[,;]{GAP}*(?:(?:{coordinators}){GAP}+)?|{GAP}+(?:{coordinators}){GAP}+)(?:(?:{lex.pattern('direction', 'by_alone')}){GAP}+)?)",
                               regex.IGNORECASE)
    # (not a new clause: "sugar (3%), while salt (2%) was unchanged")
    openers = lex.alternation(w for w in lex.words("subject", "clause_openers") if w not in lex.words("words", "coordinators"))
    bracket_item = lex.compile(rf"\){GAP}*(?:[,;]{GAP}*(?:(?:{coordinators}){GAP}+)?|(?:{coordinators}){GAP}+)"
                               rf"(?!(?:{openers})(?![\p{{L}}]))[^()\d.;:!?\n]{{1,80}}\({GAP}*(?:(?:{lex.pattern('direction', 'by_alone')}){GAP}+)?",
                               regex.IGNORECASE)   # ("сыров (на 10.8%), творога (на 8.0%)": the size's "by" in the bracket)
    # "4.0 million kilograms from 3.7 million", "$5.2bn, up from 4.8bn", "5,2 млн тонн против 4,8 млн"
    compared = lex.alternation(lex.words("ranges", "from") + lex.words("direction", "level_after_change") + lex.words("ranges", "against"))
    carried = lex.compile(rf"{COMMA_GAP}(?:(?:{changes}){GAP}+){{0,2}}(?:{compared}){GAP}+", regex.IGNORECASE)
    word = r"\p{L}[\p{L}'’-]*"
    list_items = lex.compile(rf"(?:(?<![\p{{L}}])(?P<item>{word}(?:{GAP}+{word}){{0,3}}){GAP}*,{GAP}*)+\Z", regex.IGNORECASE)
    labelled_item = lex.compile(rf"{GAP}*[,;]{GAP}*(?:(?:{coordinators}){GAP}+)?(?:(?-i:\p{{Lu}})[\p{{L}}'’-]*{GAP}+){{1,4}}", regex.IGNORECASE)
    from_open = lex.compile(rf"{GAP}*[,(]?{GAP}*(?:{lex.pattern('ranges', 'from')}){GAP}+", regex.IGNORECASE)
    to_join = lex.compile(rf"{GAP}+(?:{lex.pattern('direction', 'level_after_change')}){GAP}+", regex.IGNORECASE)
    # (words, maybe with numbers of their own, without brackets, dashes (a word's hyphen is none) or a clause's end)
    dash_item = lex.compile(rf"{GAP}*[,;]{GAP}*(?:[^()\n.;:!?–—-]|(?<=\p{{L}})-(?=\p{{L}})){{1,80}}?{GAP}+[–—-]{GAP}*")
    # (an item's words hold no figure: "пшеница", "of which oil"; the item's value may follow "на": "на 276,6")
    amount_item = lex.compile(rf"(?:{GAP}*\([^()\n]{{1,80}}\))?{GAP}*[,;]{GAP}*(?:[^()\n\d.;:!?–—-]|(?<=\p{{L}})-(?=\p{{L}})){{1,80}}?"
                              rf"{GAP}+[–—-]{GAP}*(?:(?:{lex.pattern('direction', 'by_alone')}){GAP}+)?", regex.IGNORECASE)
    item_end = lex.compile(rf"{GAP}*(?:\(|[,;](?!\d)|\.(?!\d)|\Z)")
    # ("a 1.4 per cent increase, lower than the national average of": past the change's noun and a comparative)
    compared = lex.compile(rf"(?:{GAP}+[\p{{L}}-]+){{0,2}}?\)?{GAP}*[,–—-]?{GAP}*(?:\p{{L}}+{GAP}+)??(?:{lex.pattern('direction', 'compared_links')})"
                           rf"{GAP}+(?:[\p{{L}}'’-]+{GAP}+){{0,5}}?", regex.IGNORECASE)
    # "copper output grew by 12 percent, zinc at 30 percent and lead at 8 percent": the verb left out of the items
    # after the first (a noun of small letters, no function word, then "at")
    words = rf"(?!(?:{lex.pattern('words', 'function')}){GAP})\p{{Ll}}[\p{{L}}-]*"
    gapped_item = lex.compile(rf"{GAP}*(?:,{GAP}*(?:(?:{coordinators}){GAP}+)?|{GAP}(?:{coordinators}){GAP}+){words}(?:{GAP}+{words}){{0,2}}"
                              rf"{GAP}+(?:{lex.pattern('direction', 'gapped_links')}){GAP}+", regex.IGNORECASE) \
        if lex.words("direction", "gapped_links") else lex.compile(r"(?!)")
    gapped_noun = lex.compile(rf"{GAP}*,{GAP}*(?:(?:{coordinators}){GAP}+)?{words}(?:{GAP}+{words}){{0,2}}{GAP}+", regex.IGNORECASE)
    return PairPatterns(joiner, share_of, listed, respectively, nouns_and, verb, beside, points, noun_next, restating, dated_joiner,
                        bracket_item, carried, restating_noun, list_items, labelled_item, from_open, to_join, dash_item, amount_item,
                        item_end, frozenset(lex.words("words", "function")), frozenset(lex.words("subject", "clause_openers")),
                        tuple(lex.words("subject", "adjective_endings")), compared, gapped_item, gapped_noun)
