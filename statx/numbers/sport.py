"""Sports results and standings, which are no claims: "6-3 7-5", "Arsenal 3, Southampton 0", "65 points
after 28 games", "набрали 17 очков и делят первое место", a chess game's moves ("12. Nxe5 Bxd1"), a
combat sport's weight classes ("до 57 кг").
Each is a rule of ``not_claims``' tables."""
from __future__ import annotations

import functools
from typing import Protocol

import regex

from ..lang import GAP, Lexicon, unrequired
from ..lang.cache import compiled
from ..text.segment import Lines
from . import units
from .mention import COUNT, Form, Mention, UnitKind

STANDINGS_REACH = 300   # how near two counts of a sports table stand to make a standing
ASIDE_REACH = 20   # characters back from a number in brackets to the count of a table's noun before the bracket
PLACE_REACH = 80   # how near a table's place ("первое место") stands to one count of points to make it a standing
_TABLE_ROW = compiled(r"\p{L}[ \t]+(?:\d+[ \t]+){4,}\d+[ \t]*(?:\n|\Z)")   # "15. Fulham 12 3 3 6 10 20 12": a row of a table
# A score: two small numbers joined by a dash or a colon ("6-3", "0:0", "2–1 (1–0)"), one of them the mention's.
_SCORE_AFTER = compiled(r"[ \t]?[-–—:][ \t]?\d{1,2}(?![\p{N}\p{L}%]|[.,]\p{N})")
_SCORE_BEFORE = compiled(r"(?<![\p{N}.,])\d{1,2}[ \t]?[-–—:][ \t]?\Z")
# "287-8", "159-5": a cricket side's runs and wickets, three digits and one joined by a dash
_WICKETS_AFTER = compiled(r"[-–]\d(?![\p{N}\p{L}%]|[.,]\p{N})")
_RUNS_BEFORE = compiled(r"(?<![\p{N}.,])\d{3}[-–]\Z")
# "Kerry 1-22 Dublin 1-14", "Donegal 1-22 v 0-13 Armagh": a score with the other side's after or before it
_NAME_AFTER = compiled(r"[ \t]+(?:\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)*|v|vs|d|def)\.?[ \t]+\d{1,2}[-–—]\d{1,2}(?!\d)")
_SCORE_V_BEFORE = compiled(r"(?<!\d)\d{1,2}[-–—]\d{1,2}[ \t]+(?:v|vs|d|def)\.?[ \t]+\Z")
# "Arsenal 3, Southampton 0", "TIGERS 34 d SEA EAGLES 26": a line that is only a result, two names
# each with its score, joined by a comma or a word or mark of a match ("d", "def.", "bt", "v", "vs", a dash),
# maybe with a score's mark after it ("Oakes 65, Ellendale 63, OT"; SportPatterns.result_line); a side of
# schools playing as one names each ("Estelline/Hendricks 50")
# (a side's name may hold a comma, as AP names a school by its town: "Cedar Falls, North 14")
_RESULT_LINE = r"""[ \t]*\p{{Lu}}[\p{{L}}.'’ &/-]{{0,40}}?(?:,[ \t]\p{{Lu}}[\p{{L}}.'’ &/-]{{0,30}}?)?[ \t]\d{{1,3}}
    (?:,|[ \t]+(?:d|def|bt|beat|v|vs)\.?|[ \t]*[-–—])[ \t]+\p{{Lu}}[\p{{L}}.'’ &/-]{{0,40}}?(?:,[ \t]\p{{Lu}}[\p{{L}}.'’ &/-]{{0,30}}?)?[ \t]\d{{1,3}}
    (?:[ \t]*,?[ \t]*\(?(?:{marks})\)?)?
    (?:[ \t]+(?:{tails})[ \t][^\n]{{0,80}})?   # a headline's tail: "Fiji 14 - Tonga 10 in hard-fought match"
    [ \t]*(?:\r?\n|\Z)"""


# A scorer's minute: in brackets after a capitalised name, maybe after other minutes ("Rudik (51)",
# "Jorginho (58, 90+2)", "Иванов (58, с пенальти)"), with the match's score shortly before it
_SCORER_BEFORE = compiled(r"\p{Lu}[\p{L}.'’-]+[ \t]*\((?:[ \t]*\d{1,3}(?:\+\d{1,2})?'?,)*[ \t]*\Z")
_SCORE = compiled(r"(?<![\p{N}.,])\d{1,2}[ \t]?[-–:][ \t]?\d{1,2}(?![\p{N}%]|[.,]\p{N})")
SCORE_REACH = 80      # characters back from a scorer's minute to the score
SCORERS_REACH = 200   # ... or to the label of the list of scorers it is in ("Голы: ...")
LAST_MINUTE = 130     # a match's minutes, extra time and added time included


class SportPatterns:
    """The words of sports tables of one language: standings nouns, a table's places, a score's marks."""

    def __init__(self, lex: Lexicon):
        nc, ci = "not_claims", regex.IGNORECASE
        self.score_mark = lex.compile(rf"{GAP}*(?:{lex.pattern(nc, 'score_marks')})(?![\p{{L}}])", ci)   # "pen.", "a.e.t." after a score
        self.score_result = lex.compile(rf"{GAP}*(?:{lex.pattern(nc, 'score_results')})(?![\p{{L}}])", ci)   # "a 0-12 win"
        self.result_line = lex.compile(_RESULT_LINE.format(marks=f"(?i:{lex.pattern(nc, 'score_marks')})",
                                                            tails=lex.pattern(nc, 'result_tails')), regex.VERBOSE)
        # "Hamilton Academical v Motherwell (": a fixture's line, two sides joined by "v", up to its kick-off time's bracket
        side = r"\p{Lu}[\p{L}.'’&-]*(?:[ \t]+[\p{L}.'’&-]+){0,5}"
        joins = lex.words(nc, "fixture_joins")
        self.fixture_before = lex.compile(rf"[ \t]*{side}[ \t]+(?:{lex.alternation(joins)})\.?[ \t]+{side}[ \t]*\([ \t]*") if joins else None
        # "04/20 15:00 27 Legon Cities FC vs Hearts of Oak": a fixture's line, its date and kick-off, its round, two sides
        self.fixture_round = lex.compile(unrequired(rf"[ \t]*(?:\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?[ \t]+)?\d{{1,2}}:\d{{2}}[ \t]+(?P<n>\d{{1,3}})[ \t]+"
                                                     rf"{side}[ \t]+(?:{lex.alternation(joins)})\.?[ \t]+\p{{Lu}}")) if joins else None   # (matched at a line's start)
        self.standing_place = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'standing_places')})(?![\p{{L}}])", ci)
        # a standings noun, maybe after a word that says which results it counts ("14 league games")
        noun = rf"(?:(?:{lex.pattern(nc, 'standing_modifiers')}){GAP}+)?(?:{lex.pattern(nc, 'standings')})"
        self.standing = lex.compile(rf"{GAP}+{unrequired(noun)}(?![\p{{L}}])", ci)
        self.standing_alone = lex.compile(rf"{GAP}+{unrequired(lex.pattern(nc, 'standings_alone'))}(?![\p{{L}}])", ci)
        # "ничьих – 3", "draws: 3": a table's noun as the label of a count
        self.standing_label = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'standings')}){GAP}*[–—:-]{GAP}*\Z", ci | regex.REVERSE)
        self.margin = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'win_margins')}){GAP}+\Z", ci | regex.REVERSE)   # "won by"
        # "a six wicket victory", "a 10-run win": a margin named before the result
        # "three consecutive victories", "lost three league games in a row", "три победы подряд": a run of results
        streak_noun = rf"(?:\p{{L}}+{GAP}+)?(?:{lex.pattern(nc, 'standings')})"
        self.streak = lex.compile(rf"{GAP}+" + unrequired(rf"(?:{lex.pattern(nc, 'streak_before')}){GAP}+{streak_noun}(?![\p{{L}}])"
                                                        rf"|{streak_noun}{GAP}+(?:{lex.pattern(nc, 'streak_after')})(?![\p{{L}}])"), ci)
        # "have now won 11 straight.": a run of results after "won" or "lost" whose noun is left out
        results = lex.words(nc, "streak_verbs")
        self.streak_alone = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.alternation(results)})(?:{GAP}+\p{{L}}+)?{GAP}+\Z", ci) if results else None
        self.streak_end = lex.compile(rf"{GAP}+{unrequired(lex.pattern(nc, 'streak_before') + '|' + lex.pattern(nc, 'streak_after'))}[ \t\u00a0]*[.,;!)]", ci)
        self.rounds_left = lex.compile(rf"{GAP}+(?:{lex.pattern(nc, 'rounds')}){GAP}+{unrequired(lex.pattern(nc, 'rounds_left'))}(?![\p{{L}}])", ci)   # "three rounds to go"
        self.margin_after = lex.compile(rf"(?:{GAP}+|-)(?:{lex.pattern(nc, 'win_margin_units')})(?:{GAP}+|-)(?:{lex.pattern(nc, 'win_margin_results')})(?![\p{{L}}])", ci)
        self.sport_rate = lex.compile(   # "a strike rate of [70.59]", "economy: [2.81]"
            rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'sport_rates')})(?:{GAP}+\p{{L}}{{1,3}}|{GAP}*:)?{GAP}*\Z", ci | regex.REVERSE)
        runs_for = lex.pattern(nc, "score_for") if lex.words(nc, "score_for") else None   # "[109] for [6]"
        # ... and a bowler's wickets for runs ("took [six] for [43]", "4 for 21"), the wickets maybe in words, as a
        # side's too when a clause's end follows them ("left at 106 for four, chasing ...")
        words = lex.alternation(lex.number_words)
        wickets = lex.alternation(w for w, v in lex.number_words.items() if 0 < v <= 10)
        self.score_for = lex.compile(rf"(?<![\p{{N}}.,\p{{L}}])(\d{{1,3}}|{words}){GAP}+(?:{runs_for}){GAP}+(\d{{1,3}}(?![\p{{N}}])|(?:{wickets})(?=[ \t]*[,.;)]))", ci) \
            if runs_for else None
        # "an innings of 51 not out": a batter's runs
        self.unbeaten = lex.compile(rf"{GAP}+{unrequired(lex.pattern(nc, 'unbeaten_after'))}(?![\p{{L}}])", ci)
        self.bowled = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'bowling_verbs')}){GAP}+\Z", ci | regex.REVERSE)   # "took"
        runs_off = lex.pattern(nc, "score_off") if lex.words(nc, "score_off") else None   # "[39] off [24]", "[50]* off [40]"
        self.score_off = lex.compile(rf"(?<![\p{{N}}.,])(\d{{1,3}})\*?{GAP}+(?:{runs_off}){GAP}+(\d{{1,3}})(?![\p{{N}}])", ci) if runs_off else None
        # "42 pts (213)": a difference in brackets after a count of a table's noun
        self.standing_aside = lex.compile(
            rf"\p{{N}}{GAP}+(?:{lex.pattern(nc, 'standings')}){GAP}*\({GAP}*[+−–-]?\Z", ci | regex.REVERSE)
        # "Tries: Taylor, Goodhue", "Голы: Петров": a line of a match report that a sports word labels
        # "The standings are: Rovers (24), ...": a lead that names a league's standings, then its colon
        self.standings_lead = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'standings_leads')})(?![\p{{L}}])[^:\n.!?]{{0,40}}:[^:\n]*\Z", ci)
        self.match_line = lex.compile(r"[ \t]*" + unrequired(rf"(?:{lex.pattern(nc, 'standings')}|{lex.pattern(nc, 'match_labels')})[ \t]*:"), ci)
        # "Голы:", "Scorers:": a match report's label, then its scorers (its own or a standings noun)
        self.scorers_label = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'standings')}|{lex.pattern(nc, 'match_labels')})[ \t]*:", ci)
        # a header cell that is a table's noun or heading, maybe after its abbreviation as a page glues them ("PtsPoints", "WWins")
        self.standing_letters = frozenset(lex.words(nc, "standing_letters"))   # "| И | В | Н | П |": all of them, a league table's header
        self.standing_cell = lex.compile(rf"(?:[\p{{L}}.]{{1,4}}(?=(?-i:\p{{Lu}})))?(?:{lex.pattern(nc, 'standings')}|{lex.pattern(nc, 'table_headings')})", ci)
        # "c Siriwardana b Dilshan", "lbw b Pradeep", "not out": how a batsman was out (case matters: "b" is no name; a
        # dismissal of words may be capitalised, "Not Out")
        phrases = [w for w in lex.words(nc, "dismissals") if " " in w]
        capitalised = rf"|(?i:{lex.alternation(phrases)})" if phrases else ""
        self.dismissal = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'dismissals')}{capitalised})(?![\p{{L}}])") \
            if lex.words(nc, "dismissals") else None
        # "the index rose [12.5 points]", "[1.7 points] above the index": an index named in the count's sentence
        index = rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'index_nouns')})(?![\p{{L}}])"
        self.index_before = lex.compile(index, ci | regex.REVERSE)   # the nearest first
        self.index_after = lex.compile(index, ci)
        # "65 points", "three tries", "46.1-overs": a count of a sports table's noun, in digits or words
        self.standings = lex.compile(
            rf"(?:\p{{N}}|(?<![\p{{L}}])(?:{lex.alternation(lex.number_words)}))(?:{GAP}+|-){noun}(?![\p{{L}}])", ci)


class WithSportWords(Protocol):
    """What these rules read of the not-a-claim patterns they are given (not_claims.NotClaimPatterns)."""

    lex: Lexicon
    sport: SportPatterns

    def noun_follows(self, text: str, pos: int) -> bool: ...


def score(p: WithSportWords, text: str, m: Mention) -> bool:
    """"6-3 7-5", "0-0", "3:1", "2–1 (1–0)", "3-4 pen.", "287-8": a score, two small numbers joined by a dash or a
    colon (runs and wickets: three digits and one)."""
    raw = text[m.num_start:m.num_end]
    if m.scale or not raw.isdigit() or len(raw) > 3 or m.value_to is not None and (m.value_to >= 100 or len(raw) > 2):
        return False
    if m.value_to is not None:   # "Kerry 1-22 Dublin 1-14": a name after it is the other side's
        return m.range_word in "-–—" and (not p.noun_follows(text, m.end) or bool(p.sport.score_mark.match(text, m.end))
                                          or bool(p.sport.score_result.match(text, m.end))
                                          or _NAME_AFTER.match(text, m.end) is not None
                                          or _SCORE_V_BEFORE.search(text, max(0, m.start - 12), m.start) is not None)
    return bool(len(raw) <= 2 and (_SCORE_AFTER.match(text, m.num_end) or _SCORE_BEFORE.search(text, max(0, m.num_start - 6), m.num_start))
                or len(raw) == 3 and _WICKETS_AFTER.match(text, m.num_end)
                or len(raw) == 1 and _RUNS_BEFORE.search(text, max(0, m.num_start - 4), m.num_start))


def result_line(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"Arsenal 3, Southampton 0", "Castlewood 71, Estelline/Hendricks 50", "Oakes 112, Ellendale 63, OT": a line
    that is only two names and their scores, read on the text's own lines (a page of them may look like a paragraph)."""
    raw = text[m.num_start:m.num_end]
    return not m.scale and m.value_to is None and raw.isdigit() and len(raw) <= 3 \
        and p.sport.result_line.match(text, lines.start(m.num_start)) is not None


# "8 TRIES 3", "54 FINAL SCORE 17": a line of a match's figures, the home side's, a label in capitals, the away side's
_HEAD_TO_HEAD = compiled(r"[ \t]*\d{1,3}[ \t]+\p{Lu}[\p{Lu}'’ -]*\p{Lu}[ \t]+\d{1,3}[ \t]*\r?")


# "18.4 - Anwar Ali to Misbah, FOUR, slower ball ...": a line of a cricket match's ball-by-ball commentary, the over and
# ball, the bowler "to" the batter, then what the ball gave (the "to" of English commentary; up to its second comma)
_BALL_LINE = compiled(r"[ \t]*" + unrequired(r"\d{1,2}\.\d[ \t]*[-–—][ \t]*[^,\n]{2,60}?[ \t]to[ \t][^,\n]{2,60},[^,\n]{1,40}(?:,|\r?\n|\Z)"))


def ball_by_ball(p: object, text: str, m: Mention, lines: Lines) -> bool:
    """"18.4 - Anwar Ali to Misbah, FOUR, slower ball ...": the over, the ball and what it gave ("FOUR", "1 run") on a
    line of a cricket match's ball-by-ball commentary are no statistics."""
    line = _BALL_LINE.match(text, lines.start(m.num_start))
    return line is not None and m.num_end <= line.end()


def head_to_head(p: object, text: str, m: Mention, lines: Lines) -> bool:
    """"8 TRIES 3\n7 CONVERSION KICKS 0\n0 DROP GOALS 0": a count on a line of two sides' figures either side of a label
    in capitals, beside another such line: a match's box score."""
    return not m.scale and m.unit == COUNT and lines.paired_line(m.num_start, _HEAD_TO_HEAD)


_TEAM_SCORE = compiled(r"[ \t]*\p{Lu}[\p{L}.'’ &-]{0,40}?[ \t]\d{1,3}[ \t]*")   # "Crusaders 21": a side and its score
MATCH_LINES = 3   # lines either side of a side's score where a match report's labelled line stands


def score_line(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"RESULT\n\nCrusaders 21\n\nTries: Taylor, Goodhue\n\nSharks 21": a line that is a side's name
    and its score, with a line a match report's word labels ("Tries:", "Pens:", "Голы:") near it."""
    start, end = lines.start(m.num_start), lines.end(m.num_end)
    if m.scale or m.unit != COUNT or not _TEAM_SCORE.fullmatch(text, start, end):
        return False
    near = lines.around(start, end, MATCH_LINES)
    return any(p.sport.match_line.match(line) for line in near.split("\n"))


def match_line(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"Second Period: 1, Philadelphia, Foerster 2 (Andrae, Frost), 5:32.", "Голы: Петров (12)": a number on a
    line that a match report's label opens, with a side's result or a score on it or within a few lines."""
    start, end = lines.start(m.num_start), lines.end(m.num_end)
    if not p.sport.match_line.match(text, start, end):
        return False
    near = lines.around(start, end, MATCH_LINES)
    return any(p.sport.result_line.match(line) or _SCORE.search(line) for line in near.split("\n"))


_FIXTURE_AFTER = compiled(r"[ \t]*(?:\p{Lu}{2,4}[ \t]*)?" + unrequired(r"\)"))   # "1300)", "1500 GMT)"
_HHMM = compiled(r"(?:[01]\d|2[0-3])[0-5]\d")


def fixture_time(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"Hamilton Academical v Motherwell (1300)": a fixture's kick-off time, four digits in brackets after two sides."""
    if m.unit != COUNT or not _HHMM.fullmatch(text, m.num_start, m.num_end):
        return False
    before = p.sport.fixture_before
    return before is not None and before.fullmatch(text, lines.start(m.num_start), m.num_start) is not None \
        and _FIXTURE_AFTER.match(text, m.num_end) is not None


def fixture_round(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"04/20 15:00 27 Legon Cities FC vs Hearts of Oak View": a fixture list's round (matchday), between the line's
    kick-off time and the two sides."""
    if p.sport.fixture_round is None or m.unit != COUNT or m.scale:
        return False
    found = p.sport.fixture_round.match(text, lines.start(m.num_start))
    return found is not None and found.start("n") == m.num_start


def innings_total(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"Jharkhand (96/1) trail Manipur (170) by 74 runs", "Bihar (182) vs Andhra": a side's total in brackets among lines
    of scores that give runs and wickets ("(96/1)"), on its line or the lines near it."""
    if m.unit != COUNT or m.scale or not _BRACKETED.fullmatch(text, max(0, m.num_start - 1), min(len(text), m.num_end + 1)):
        return False
    return _RUNS_WICKETS.search(text, max(0, lines.start(m.num_start) - SCORES_NEAR), lines.end(m.num_start) + SCORES_NEAR) is not None


SCORES_NEAR = 120   # characters around a bracketed total's line where a score of runs and wickets makes it one too


_BRACKETED = compiled(r"\(\d{1,3}\)")   # "(170)": a number alone in brackets
_RUNS_WICKETS = compiled(r"\(\d{1,3}/\d{1,2}(?:[ \t]*d(?:ec)?)?\)")   # "(96/1)", "(277/5)", "(450/8 dec)": runs for wickets


def batting_line(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"Azhar Ali c Siriwardana b Dilshan        79", "Anwar Ali not out   29": a cricket scorecard's line, a
    batsman's name, how he was out (a dismissal's words, "c", "b", "lbw", "not out") and other names, then his runs;
    also where a page ran the lines together ("... b Ben Dwarshuis 0 Colin Ingram c Gurinder Sandhu b Daniel Christian 55
    Peter Handscomb ..."): the entry since the number before, the next batsman's name after the runs."""
    if p.sport.dismissal is None or m.scale or m.unit != COUNT or not text[m.num_start:m.num_end].isdigit():
        return False
    start = lines.start(m.num_start)
    if not lines.ends_line(m.num_end):   # the runs end the line, or the next entry's name follows them
        before = _LAST_NUMBER.search(text, max(start, m.start - ENTRY_CHARS), m.start)
        if before is None or not _NEXT_NAME.match(text, m.num_end):
            return False
        start = before.end()
    head = text[start:m.start]
    rest, dismissals = p.sport.dismissal.subn(" ", head)
    words = rest.split()
    return dismissals > 0 and bool(words) and head.split()[0] == words[0] and all(_NAME_WORD.fullmatch(w) for w in words)


_NAME_WORD = compiled(r"\p{Lu}[\p{L}.'’-]*")
ENTRY_CHARS = 120   # characters of a scorecard's entry run into the next, at most
_LAST_NUMBER = compiled(r"(?r)\d[ \t]")   # the runs of the entry before, searched back from this one's
_NEXT_NAME = compiled(r"[ \t]+\p{Lu}\p{Ll}")   # the next entry's batsman (or "Extras", "Total")


TABLE_LINES = 12   # lines either side of a cell of a pasted table where its header row may stand


ROW_REACH = 2000   # characters a table's row has at most
HEADER_CELLS = 12   # the first cells of a table pasted one cell a line that may be its header row
HEADER_CELL_CHARS = 40   # characters of a header cell's line, at most


def sports_table(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"East Lancashire innings | Runs | Balls | Mins |": a number in a row of a table pasted with bars,
    whose header row near it, or first in its run of rows, names two or more of a sports table's nouns or headings
    (a scorecard, a league table; "PtsPoints" as a page glues them) or all of a league table's letters ("| И | В | Н | П |"); also a table pasted one cell a line ("|GF", "|GA", "|GD", "|+29"), whose first cells are its header."""
    start, end = lines.start(m.num_start), lines.end(m.num_end)
    if end - start > ROW_REACH or text.count("|", start, end) < 1:
        return False   # (a line of prose: no long line split once per number on it)
    if text.count("|", start, end) == 1 and text[start:end].lstrip().startswith("|"):
        return sum(1 for cell in _first_cells(text, lines, start) if p.sport.standing_cell.fullmatch(cell)) >= 2
    if text.count("|", start, end) < 2:
        return False
    near = lines.around(start, end, TABLE_LINES)
    top = lines.cell_run(start)   # (a long table's header row is its first line, when its rows open with a bar)
    if top is not None and top < lines.start(max(0, start - 1)):
        near += "\n" + text[top:min(lines.end(top), top + ROW_REACH)]
    return any(sum(1 for cell in cells if p.sport.standing_cell.fullmatch(cell)) >= 2
               or p.sport.standing_letters and p.sport.standing_letters <= {cell.lower() for cell in cells}
               for cells in ([cell.strip() for cell in line.split("|")] for line in near.split("\n")))


def _first_cells(text: str, lines: Lines, start: int) -> list[str]:
    """The first cells of the table pasted one cell a line ("|TEAM", "|P", ...) that holds the line at ``start``."""
    top = lines.cell_run(start)
    if top is None:
        return []
    return [line.strip().lstrip("|").strip() for line in text[top:top + HEADER_CELLS * HEADER_CELL_CHARS].split("\n")[:HEADER_CELLS]]


def standing(p: WithSportWords, text: str, m: Mention) -> bool:
    """"65 points after 28 games", "19 goals in 26 matches", "67 очков после 43 игр": counts of a
    sports table, two of them near each other, or one under a table's rows ("Everton deducted 10 points")
    or near a table's place ("17 очков и делят первое место"), are a result or a standing, not a statistic;
    so is a difference in brackets after such a count ("42 pts (213)"), and a count that such a noun
    labels near others ("2 победы, 1 победа, ничьих – 2"), one with a match's score in its sentence ("по сумме двух встреч"), a winning margin ("won by 322 runs"), and a batter's runs
    and balls near a count of such a noun ("(39 off 24)"), a batter's runs "not out", a season's rounds still to play ("with three rounds to go") and a run
    of results ("three consecutive victories", "три победы подряд")."""
    if p.sport.standing_aside.search(text, max(0, m.start - ASIDE_REACH), m.start):
        return True   # "42 pts (213)": the points difference beside the points
    cricket = False
    if p.sport.standing_label.search(text, max(0, m.start - ASIDE_REACH), m.start) \
            or p.sport.sport_rate.search(text, max(0, m.start - ASIDE_REACH), m.start) or (cricket := _cricket_score(p, text, m)):
        # "2 победы, 5 побед, ничьих – 3", "a strike rate of 70.59"; "at 106 for four" near a count of overs or
        # wickets; a bowler's "took six for 43" alone
        return _near_standings(p, text, m, least=1 if cricket else 2) or cricket and _bowled(p, text, m)
    if p.sport.score_off is not None and _cricket_score(p, text, m, p.sport.score_off):
        # "(39 off 24)" in a report that counts runs or overs, or in brackets beside another ("(39 off 24) and (47 off 43)")
        return _near_standings(p, text, m, least=1) or sum(1 for f in p.sport.score_off.finditer(
            text, max(0, m.start - STANDINGS_REACH), min(len(text), m.end + STANDINGS_REACH)) if text[f.start() - 1:f.start()] == "(") >= 2
    if m.unit == COUNT and not m.scale and (p.sport.rounds_left.match(text, m.end) or p.sport.streak.match(text, m.end)):
        return True   # "за три тура до окончания", "with three rounds to go": a season's rounds still to play; "three wins in a row"
    if m.unit == COUNT and not m.scale and p.sport.streak_alone is not None and p.sport.streak_end.match(text, m.end) \
            and p.sport.streak_alone.search(text, max(0, m.start - 30), m.start):
        return True   # "have now won 11 straight."
    if m.unit == COUNT and not m.scale and (p.sport.margin_after.match(text, m.end) or p.sport.unbeaten.match(text, m.end)):
        return True   # "cruised to a six wicket victory", "an innings of 51 not out"
    if not p.sport.standing.match(text, m.end) or _measures_an_index(p, text, m):
        return False
    if p.sport.margin.search(text, max(0, m.start - ASIDE_REACH), m.start) or p.sport.standing_alone.match(text, m.end):
        return True   # "South Africa won by 322 runs": a match's margin; "with five overs left": a noun only a game counts
    return _near_standings(p, text, m) or bool(_TABLE_ROW.search(text, max(0, m.start - STANDINGS_REACH), m.start)) \
        or bool(p.sport.standing_place.search(text, max(0, m.start - PLACE_REACH), min(len(text), m.end + PLACE_REACH))) \
        or _score_near(text, m)


def _score_near(text: str, m: Mention) -> bool:
    """Is a match's score ("2:0", "72-59") near a count of a standings noun, in its sentence ("выиграла со счетом 2:0 и, по
    сумме двух встреч, ...", "three of those five conference wins ... including yesterday's 72-59 win")?"""
    start, end = max(0, m.start - SCORE_NEAR), min(len(text), m.end + SCORE_NEAR)
    start = max((e.end() for e in _SENTENCE_END.finditer(text, start, m.start)), default=start)
    after = _SENTENCE_END.search(text, m.end, end)
    return _SCORE.search(text, start, after.start() if after else end) is not None


SCORE_NEAR = 160   # characters either side of a count of a standings noun to a match's score, in its sentence
INDEX_REACH = 160   # characters back from a count of points to the index it measures
_SENTENCE_END = compiled(r"[.!?][\s\"'”»)]|\n")


def _measures_an_index(p: WithSportWords, text: str, m: Mention) -> bool:
    """"The index rose 12.5 points to 8,999 points", "an increase of 1.7 points above the Index": points that an
    index named in the same sentence is counted in."""
    before = p.sport.index_before.search(text, max(0, m.start - INDEX_REACH), m.start)
    if before is not None and _SENTENCE_END.search(text, before.end(), m.start) is None:
        return True
    after = p.sport.index_after.search(text, m.end, min(len(text), m.end + INDEX_REACH))
    return after is not None and _SENTENCE_END.search(text, m.end, after.start()) is None


def _cricket_score(p: WithSportWords, text: str, m: Mention, pattern: regex.Pattern | None = None) -> bool:
    """Is ``m`` the runs or the wickets of a cricket score ("109 for 6"), or with ``pattern`` a batter's runs or balls
    ("39 off 24")?"""
    pattern = pattern or p.sport.score_for
    if pattern is None or m.scale or m.unit != COUNT:
        return False
    found = pattern.search(text, max(0, m.num_start - 12), min(len(text), m.num_end + 12))
    return found is not None and m.num_start in (found.start(1), found.start(2))


def _bowled(p: WithSportWords, text: str, m: Mention) -> bool:
    """Is ``m`` a bowler's wickets or runs after "took" ("took [six] for [43]")?"""
    found = p.sport.score_for.search(text, max(0, m.num_start - 12), min(len(text), m.num_end + 12))
    return found is not None and p.sport.bowled.search(text, max(0, found.start() - ASIDE_REACH), found.start()) is not None


def _near_standings(p: WithSportWords, text: str, m: Mention, least: int = 2) -> bool:
    """Do two (``least``) counts of a sports table's noun stand near ``m``?"""
    return len(p.sport.standings.findall(text, max(0, m.start - STANDINGS_REACH), min(len(text), m.end + STANDINGS_REACH))) >= least


# A line-up's substitution: a player's name, then in brackets who came on and the minute ("Петров (Тарба, 85)", "Kane (Son 78')")
_SUBSTITUTION = compiled(r"\p{Lu}[\p{L}.'’-]*[ \t]*\([ \t]*\p{Lu}[\p{L}.'’ -]{0,30}?,?[ \t]+\d{1,3}'?(?:\+\d{1,2})?[ \t]*\)")
SUBSTITUTIONS = 2   # such brackets in one line make it a line-up
SUBSTITUTION_REACH = 200   # characters either side of a minute where the line's other substitutions are looked for


def scorer_minute(p: WithSportWords, text: str, m: Mention) -> bool:
    """"1:0 — Иванов (58, с пенальти)", "2-0: Jorginho (58, 90)": the minute of a goal, in brackets after
    its scorer's name, with the score or a match report's label ("Голы: Минасян (47)") shortly before; and
    the minute of a substitution in a line-up ("Солдатенко, Кочиев (Коротков, 85), М. Петров (Тарба, 85)")."""
    raw = text[m.num_start:m.num_end]
    if m.scale or not raw.isdigit() or int(raw) > LAST_MINUTE or m.value_to is not None:
        return False
    if text[max(0, m.start - 2):m.start].rstrip()[-1:] not in ("(", ","):
        return _substitution(text, m)   # a minute opens its bracket or follows another minute
    start = max(0, m.start - SCORE_REACH)
    found = _SCORER_BEFORE.search(text, max(start, m.start - 40), m.start)
    return found is not None and (_SCORE.search(text, start, found.start()) is not None
                                  or p.sport.scorers_label.search(text, max(0, m.start - SCORERS_REACH), found.start()) is not None) \
        or _substitution(text, m)


# "17.Орлов Павел": a player's number glued to his surname, then his first name
_PLAYER = compiled(r"(?<![\p{N}.,])\d{1,2}\.\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t\u00a0]+\p{Lu}\p{Ll}+")


LADDER_REACH = 600   # characters back from a team's points to the lead of the standings, at most


def standings_list(p: WithSportWords, text: str, m: Mention) -> bool:
    """"The standings are: Rovers (24), City United (19), ...": a number in brackets after a team's name, in a
    list whose lead (on its line, before a colon) names a league's standings, is the team's points."""
    if m.scale or m.unit != COUNT or not text.startswith(")", m.num_end) or not text.endswith("(", 0, m.num_start):
        return False
    start = max(text.rfind("\n", 0, m.num_start) + 1, m.num_start - LADDER_REACH)
    return p.sport.standings_lead.search(text, start, m.num_start) is not None


# A league table's line pasted a team a line: the team's name (maybe its town in brackets), its number, maybe a noun
# ("Рубин 58", "Спартак (Нальчик) 44 очка", "Rovers - 41 points")
_LADDER_LINE = compiled(r"[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3}(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[–—-]?[ \t]*"
                        r"(?P<n>\d{1,3})(?P<noun>[ \t]+\p{L}+)?[ \t]*")
LADDER_LINES = 30   # lines of such a table each side of a number read for one that names its standings noun
LADDER_BLANKS = 1  # blank lines between two of its lines, at most
LADDER_LEAST = 3   # such lines in a row that make the table, at least


def ladder_line(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"Зенит 68 очков\n\nЦСКА 62\n\nРубин 58": a team's line of a league table pasted a team a line (LADDER_LEAST such
    lines in a row at least), one of which names the standings noun its numbers count, is a standing, no claim."""
    def row_at(start: int) -> regex.Match | None:   # a table's line at start, no noun after its number but a standings noun
        row = _LADDER_LINE.fullmatch(text, start, lines.end(start))
        return None if row is None or row.group("noun") and not p.sport.standing.fullmatch(row.group("noun")) else row
    start = lines.start(m.num_start)
    own = row_at(start)   # ("Москва 120 преступлений": a count's own noun, no such line)
    if own is None or own.start("n") != m.num_start:
        return False
    run, named = 1, bool(own.group("noun"))
    for step in (lines.above, lambda at, blanks: lines.below(lines.end(at) + 1, blanks)):
        at: int | None = start
        for _ in range(LADDER_LINES):
            at = step(at, LADDER_BLANKS)
            row = row_at(at) if at is not None else None
            if row is None:
                break
            run, named = run + 1, named or bool(row.group("noun"))
    return run >= LADDER_LEAST and named


def player_number(p: WithSportWords, text: str, m: Mention) -> bool:
    """"12:40 1:0 17.Орлов Павел (44.Белов Игорь, 9.Сухов Олег)": a player's number glued by a point to his
    surname, on a line of a match report (a score before it on its line), is no count."""
    if m.scale or m.value_to is not None or not _PLAYER.match(text, m.num_start):
        return False
    return _SCORE.search(text, text.rfind("\n", max(0, m.start - SCORE_REACH), m.start) + 1 or max(0, m.start - SCORE_REACH), m.start) is not None


# an item of a team's line-up: a shirt's number, a player's name (capitalised words, maybe a mark in brackets: "(c)")
# and the item's end ("15 Cameron Shepherd, 14 Digby Ioane, ...")
_SHIRT = compiled(r"(?<![\p{N}.,])(?P<n>\d{1,2})[ \t\u00a0]+\p{Lu}[\p{L}'’.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){1,3}"
                  r"(?:[ \t\u00a0]*\([^()\n]{1,4}\))?[ \t\u00a0]*(?:[,;.][ \t\u00a0]*|(?=\n|\Z))")
SHIRTS = 4            # items of a line-up in a row, their numbers each one from the last, at least
LINE_UP_REACH = 600   # characters either side of a number that its line-up's other items are looked for in


def shirt_number(p: WithSportWords, text: str, m: Mention) -> bool:
    """"15 Cameron Shepherd, 14 Digby Ioane, 13 Junior Pelesasa, 12 Ryan Cross": a shirt's number in a team's line-up,
    one of SHIRTS items or more in a row whose numbers each differ by one from the last's."""
    raw = text[m.num_start:m.num_end]
    if m.scale or not raw.isdigit() or len(raw) > 2 or m.value_to is not None or not _SHIRT.match(text, m.num_start):
        return False   # (the number must open an item itself: no scan of its neighbours for every number)
    start = text.rfind("\n", max(0, m.start - LINE_UP_REACH), m.start) + 1 or max(0, m.start - LINE_UP_REACH)
    end = text.find("\n", m.end, m.end + LINE_UP_REACH)
    items = list(_SHIRT.finditer(text, start, min(len(text), m.end + LINE_UP_REACH) if end < 0 else end))
    run: list[regex.Match] = []
    for item in items:
        if run and not (item.start() == run[-1].end() and abs(int(item.group("n")) - int(run[-1].group("n"))) == 1):
            if len(run) >= SHIRTS and any(r.start() == m.num_start for r in run):
                return True
            run = []
        run.append(item)
    return len(run) >= SHIRTS and any(r.start() == m.num_start for r in run)


RACE_REACH = 24   # characters back from a distance to the words that make it a race's name


def _substitution(text: str, m: Mention) -> bool:
    """Is ``m`` the minute of a substitution in a line of a line-up (SUBSTITUTIONS such brackets or more, within
    SUBSTITUTION_REACH of it)?"""
    start = text.rfind("\n", max(0, m.start - SUBSTITUTION_REACH), m.start) + 1 or max(0, m.start - SUBSTITUTION_REACH)
    end = text.find("\n", m.end, m.end + SUBSTITUTION_REACH)
    found = list(_SUBSTITUTION.finditer(text, start, min(len(text), m.end + SUBSTITUTION_REACH) if end < 0 else end))
    return len(found) >= SUBSTITUTIONS and any(f.start() < m.start and m.end <= f.end() for f in found)


def race_distance(p: WithSportWords, text: str, m: Mention) -> bool:
    """"Men's 100 metres", "the 400 m hurdles", "the 5 km race", "в беге на 100 метров", a horse race's "1m 37y":
    a distance that names a race or an event, not a length anyone measured."""
    if m.value_to is not None or _si_unit(p, m) != "m":
        return False
    before, after, _ = _race_words(p.lex)
    return bool(before.search(text, max(0, m.start - RACE_REACH), m.start) or after.match(text, m.end)
                or _FURLONGS.match(text, m.end))


def race_event(p: WithSportWords, text: str, m: Mention) -> bool:
    """"the 300 hurdles", "the 100 freestyle", "the 4x400 relay": a bare distance before an event's word names a race;
    nobody counted 300 hurdles."""
    return m.unit == COUNT and m.form is Form.DIGITS and not m.scale and _race_words(p.lex)[2].match(text, m.end) is not None


# "(48-11.25)", "41-04.00", "6-02": feet and inches of a field event's mark, the inches written with two digits (00 to 11),
# so not a range ("13-19") nor a score ("10-11")
_FEET_INCHES = compiled(r"(?<![\p{N}.,-])\d{1,3}-(?:0\d(?:\.\d{1,2})?|1[01]\.\d{1,2})(?![\p{N}-]|[.,]\p{N})")
MARK_REACH = 4   # characters of a mark before its inches: "48-"


def field_mark(p: WithSportWords, text: str, m: Mention) -> bool:
    """"Shot put: 15. Jaden Nolte, Falls City (48-11.25)": a field event's mark in feet and inches; either number of it."""
    if m.unit != COUNT or m.scale:
        return False
    found = _FEET_INCHES.search(text, max(0, m.num_start - MARK_REACH), min(len(text), m.num_end + 8))
    return found is not None and found.start() <= m.num_start and m.num_end <= found.end()


def result_place(p: WithSportWords, text: str, m: Mention) -> bool:
    """"Shot put: 15. Jaden Nolte, Falls City (48-11.25), 18. Luke Lambert, ...": a place in a results list, a number
    after an event's colon or the item before's comma (or opening its line), then a point and a name and its comma."""
    return m.unit == COUNT and m.form is Form.DIGITS and _PLACE_BEFORE.search(text, max(0, m.start - 3), m.start) is not None \
        and _PLACE_AFTER.match(text, m.end) is not None


_PLACE_BEFORE = compiled(r"(?:^|\n|[:,)][ \t]+)\Z")
_PLACE_AFTER = compiled(r"\.[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3},")   # ". Jaden Nolte,"


def multiplier_event(p: WithSportWords, text: str, m: Mention) -> bool:
    """"Triple jump: 16. Kaleb Smith", "a double bogey": a multiplier's word that opens an event's name."""
    return _multiplier_events(p.lex).match(text, m.start) is not None


@functools.lru_cache(maxsize=None)
def _multiplier_events(lex: Lexicon) -> regex.Pattern:
    return lex.compile(rf"(?:{lex.pattern('not_claims', 'multiplier_events')})(?![\p{{L}}])", regex.IGNORECASE)


_FURLONGS = compiled(r"[ \t]+\d{1,2}[fy](?![\p{L}\p{N}])")   # "1m 37y", "1m 2f": a horse race's miles, then its furlongs or yards


CLASS_REACH = 40   # characters back from a weight to the words of a weight class ("в весовых категориях до 57, 70 и 86 кг")
_ALONE_ON_LINE = compiled(r"[ \t]*[.:]?[ \t]*(?:\r?\n|\Z)")


def weight_class(p: WithSportWords, text: str, m: Mention, lines: Lines) -> bool:
    """"в весовых категориях до 57, 70 и 125 кг", "the 73 kg category", a results page's heading line
    "До 57 кг.": a weight that names a class of a combat sport, not a mass anyone measured."""
    if _si_unit(p, m) != "kg":
        return False
    before, after, bound = _class_words(p.lex)   # (the words before stand in the weight's own sentence)
    if before.search(text, max(0, m.start - CLASS_REACH), m.start) or after.match(text, m.end):
        return True
    start = lines.start(m.start)
    return bool(bound.fullmatch(text, start, m.start)) and bool(_ALONE_ON_LINE.match(text, m.end))


@functools.lru_cache(maxsize=None)
def _class_words(lex: Lexicon) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """The words before and after a weight that make it a weight class (word lists' weight_class_before,
    weight_class_after), and the bound that opens a heading line of one ("до", "up to", "+")."""
    nc, ci = "not_claims", regex.IGNORECASE
    bounds = lex.alternation(lex.words("qualifiers", "at_most") + lex.words("qualifiers", "at_least"))
    return (lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'weight_class_before')})(?![\p{{L}}])[^.!?\n]*\Z", ci),
            lex.compile(rf"{GAP}*{unrequired(lex.pattern(nc, 'weight_class_after'))}(?![\p{{L}}])", ci),
            lex.compile(rf"[ \t]*(?:{bounds}|[+−–-]){GAP}*", ci))


def _si_unit(p: WithSportWords, m: Mention) -> str | None:
    """The SI unit a physical quantity is reported in ("m" for "100 metres", "kg" for "57 кг"), or None."""
    named = p.lex.table("units", "forms").get(m.unit.code) if m.unit.kind is UnitKind.PHYSICAL else None
    return units.table()[tuple(named)][1] if named is not None else None


@functools.lru_cache(maxsize=None)
def _race_words(lex: Lexicon) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """The words before and after a distance that make it a race's name (word lists' race_before, race_after), and
    after a bare one (race_bare_after)."""
    nc, ci = "not_claims", regex.IGNORECASE
    # (another distance may stand between, joined to this one: "the 100m and 400m races")
    joined = rf"(?:{GAP}*,|{GAP}+(?:{lex.pattern('words', 'coordinators')}))(?:{GAP}+(?:{lex.pattern('words', 'coordinators')}))?{GAP}+\d[\d.,]*{GAP}?\p{{L}}{{1,8}}"
    return (lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'race_before')}){GAP}*\Z", ci | regex.REVERSE),
            lex.compile(rf"(?:{joined})?{GAP}*(?:{lex.pattern(nc, 'race_after')})(?![\p{{L}}])", ci),
            lex.compile(rf"{GAP}+(?:{lex.pattern(nc, 'race_bare_after')})(?![\p{{L}}])", ci))


PLAY_REACH = 40   # characters back from a length to the play it is the length of ("passes of 11 and 17 yards")


def play_length(p: WithSportWords, text: str, m: Mention) -> bool:
    """"a 24-yard pass", "passes of 11 and 17 yards", "Drive – 11 plays, 79 yards, 5:23", "Smith 15 pass
    from Stanley": the length of a play in a game's account, or the count of a drive's plays, not a
    length or a count anyone reports."""
    words = _play_words(p.lex)
    if words is None or m.value_to is not None or m.scale:
        return False
    after, before, drive_count, drive_length, field_mark = words
    if _si_unit(p, m) == "m":
        return bool(after.match(text, m.end) or before.search(text, max(0, m.start - PLAY_REACH), m.start)
                    or drive_length.search(text, max(0, m.start - PLAY_REACH), m.start)
                    or field_mark is not None and field_mark.match(text, m.num_end))
    # a count before a play's noun in the singular is the play's length, as a scoring summary writes it ("15 pass")
    return m.unit == COUNT and m.form is Form.DIGITS and (m.value > 1 and bool(after.match(text, m.end)) or bool(drive_count.match(text, m.end)))


@functools.lru_cache(maxsize=None)
def _play_words(lex: Lexicon) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern | None] | None:
    """After a length, a play's noun ("run", "field goal"); before it, plays' nouns and "of", maybe after a
    length that shares its unit ("passes of 11 and"); after a count, "plays" and a drive's length; before a
    length, a drive's count of plays; after a number, its unit and a noun that make it a place on the field
    ("17-yard line"). None in a language without the words."""
    nc, ci = "not_claims", regex.IGNORECASE
    if not lex.words(nc, "play_nouns"):
        return None
    plays, of = lex.pattern(nc, "play_nouns"), lex.pattern("subject", "of")
    drive = lex.pattern(nc, "drive_plays")
    shared = rf"(?:\d{{1,3}}{GAP}*(?:,|{lex.pattern('words', 'coordinators')}){GAP}+)*"
    return (lex.compile(rf"{GAP}+{unrequired(plays)}(?![\p{{L}}])", ci),
            lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'plays_of')}){GAP}+(?:{of}){GAP}+{shared}\Z", ci),
            lex.compile(rf"{GAP}+{unrequired(rf'(?:{drive}),')}{GAP}*\d{{1,3}}{GAP}*\p{{L}}", ci),
            lex.compile(rf"(?<![\p{{N}}])\d{{1,3}}{GAP}+(?:{drive}),{GAP}*\Z", ci),
            lex.compile(rf"[- ]?(?:{lex.pattern(nc, 'field_marks')})(?![\p{{L}}])", ci) if lex.words(nc, "field_marks") else None)


# A move of a chess game in algebraic notation, as a score (PGN) writes it: a piece's letter, a square, a
# capture, castling ("Nf3", "exd5", "Qxd3+", "O-O").
_MOVE = r"(?:[KQRBN][a-h]?[1-8]?x?[a-h][1-8]|[a-h](?:x[a-h])?[1-8](?:=[QRBN])?|O-O(?:-O)?)[+#]?[!?]{0,2}"
_MOVE_AFTER = compiled(rf"\.{{1,3}}[ \t\r\n]*{_MOVE}(?![\p{{L}}\p{{N}}])")   # "12. Nxe5", "8... a6": a move's number
_MOVE_BEFORE = compiled(rf"(?<![\p{{L}}\p{{N}}]){_MOVE}[ \t\r\n]+\Z")   # "Kh8 $2": a move's annotation glyph after it


def chess_move(p: WithSportWords, text: str, m: Mention) -> bool:
    """"12. Nxe5 Bxd1", "8... a6": the number of a move in a chess game's score; and "Kh8 $2", the
    annotation glyph after a move (PGN), which a scan reads as money."""
    return m.value_to is None and not m.scale and (
        m.unit == COUNT and bool(_MOVE_AFTER.match(text, m.num_end))
        or text.startswith("$", m.start) and bool(_MOVE_BEFORE.search(text, max(0, m.start - 16), m.start)))
