"""Speaker turns of a transcript: a paragraph that opens with a name and a colon ("Vladimir Putin:
...", "President of Russia Vladimir Putin: ...") starts the turn of that speaker, titles dropped."""
from __future__ import annotations

import bisect
import collections
import functools

import regex

from ..lang import Lexicon, unrequired
from ..lang.cache import compiled
from .rows import BULLET_MARK

_TURN = compiled(unrequired(r"""
    (?P<label>
        [\p{Lu}\[]                     # a turn starts with a capital ("Vladimir Putin", "В.Путин")
        [^\n:;!?"“”«»()]{1,198}?       # then a label without sentence punctuation (a title may have a
                                       # comma: "Minister of Civil Defence, Emergencies ... Vladimir Puchkov")
    )
    (?P<asides>(?:[ \t\u00a0]*\([^\n()]{1,120}\)){0,3})   # Hansard's asides: "Mr SWAN (Lilley—Treasurer) (14:32):"
    [ \t\u00a0]?:[ \t\u00a0]*(?P<said>\r?\n|\S|\Z)   # a colon (a space may stand before it), then the words of the turn
"""), regex.VERBOSE)
# A turn that opens in the middle of a flattened line: after a sentence's end (or a page's address), two to four
# capitalised words and a colon, then a capital or a quote ("... as planned. Anton Siluanov: Over 260,000 ...").
_INNER_TURN = compiled(r"""
    (?<=(?:[.!?…»"”]|https?://[^\s]{1,300})[ \t\u00a0]+|>>[ \t\u00a0]*)   # (or after a page's address: "https://... Тамара
                                                                    # Шорникова: Мы начинаем"; or a caption's ">>": ">>Ann Lee: THANK YOU")
    (?P<label>\p{Lu}[\p{L}.'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*){1,3})
    :[ \t\u00a0]+(?=[\p{Lu}«"“–—-]|(?:…|\.\.\.)[ \t\u00a0]?\p{Ll})   # speech, not a date or figure ("Last Updated: 07/27/2016");
                                                        # also speech taken up again after an interruption ("…то там")
""", regex.VERBOSE)
# What follows a heading's colon: a few words with no sentence end, maybe a comma between them, and
# nothing else on the line ("Figure of the Day: Corruption", "Latest Figures: Consumer Prices Index, Jan
# 2013", "Статистика Суддепа: судимость в 2020 году"); a turn says a sentence.
_HEADING_REST = compiled(r"[ \t\u00a0]*[\p{L}\p{N}][\p{L}\p{N}'’–—-]*(?:,?[ \t\u00a0]+[\p{L}\p{N}'’–—-]+){0,7}"
                         r"(?:[ \t\u00a0]*[\[(][^\n\[\]()]{1,40}[\])])?[ \t\u00a0]*(?:\r?\n|\Z)")   # (a note in brackets: "Motion [Private Members]")
# ... or a headline in title case to the line's end, every word capitalised but short small ones and figures
# ("Texas Officials: At Least 1 Roadway Death per Day Since 2000")
_TITLE_REST = compiled(r"[ \t\u00a0]*[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?:,?[ \t\u00a0]+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|\p{Ll}{1,4})){2,19}"
                       r"[ \t\u00a0]*(?:\r?\n|\Z)")
# What follows a contact's label, not a speaker's colon: a web or mail address or a phone number
# ("INTERNET ADDRESS: http://www.bls.gov/cpi/", "MEDIA CONTACT: (202) 691-5902").
_CONTACT_REST = compiled(r"[ \t\u00a0]*(?:https?://|www\.|\S+@\S+\.\w|[(+]?\d[\d ()-]{6,}\d)")
# What follows a list item's label, not a speaker's colon: a figure, maybe with a sign ("United States: 352,894",
# "Growth: 5.2%", "English Language: 167,733 (48.96%) obtained A1-C6; ..."), on its line or the next one
# ("Unemployment Rate:\n3.0%, as at Spring 2019", a line that may be a paragraph of its own), maybe after a
# blank line, then a list's bullet ("Winter Wheat:\n\n·  71.05 million bushels"; not a turn's numbered point, "...:\n\n1. Road
# deaths rose"); a turn opens with words. The figure's currency may stand before it as a sign, letters glued to a sign,
# a code in capitals or a country's letter and a currency's word ("National Assembly: N$ 131 124 000", "USD 5.2 million",
# "N.dollars 131 124 000").
_FIGURE_REST = compiled(r"[ \t\u00a0]*(?:(?:\r?\n[ \t\u00a0]*){1,2}" + BULLET_MARK + r"[ \t\u00a0]*|\r?\n[ \t\u00a0]*)?[-+−]?"
                        r"(?:\p{Lu}{0,3}\p{Sc}|\p{Lu}{3}|\p{Lu}\.\p{Ll}{3,12})?[ \t\u00a0]?\d")
# A news dateline ("PETALING JAYA: ...") opens one of a text's first paragraphs (title, date line, lead).
DATELINE_PARAGRAPHS = 3
# A one-word label ("Путин:", "Хоценко:") names a speaker in a transcript that opens this many turns so.
SURNAME_TURNS = 2
TITLE_WORDS = 10   # words of a title phrase after a name and its comma ("Minister for Home Affairs and Minister for Law")
SENTENCE_WORDS = 2   # lower-case words, not of a title, that make the words before a name a sentence

_ASIDE = compiled(r"\(([^()]*)\)")
# "Speaker 1 (00:04):", "Unidentified Male 2:": a machine transcript's numbered role, the speaker's name as it
# is given (its role words are in the word list: "Table 1:", "Step 2:" are headings)
_NUMBERED = compiled(r"(?P<role>\p{L}+(?:[ \t\u00a0]\p{L}+)?)[ \t\u00a0]+\d{1,2}")
# A debate's record that heads each turn with a line of its own: the member's name and, in brackets, the seat and
# party ("Maurice Quinlivan (Limerick City, Sinn Fein)"), maybe after a photo's caption that repeats the name, run
# together with it, and before the record's source ("Photo of Ann SmithAnn Smith (Mayo, Fine Gael) | Oireachtas source").
@functools.lru_cache(maxsize=None)
def _name_line(lex: Lexicon) -> regex.Pattern:
    """The line that heads a debate's turn (see the comment above), the words of a photo's caption from the word lists."""
    captions = lex.words("speakers", "photo_captions")
    photo = rf"(?:(?i:{lex.alternation(captions)})[ ](?P<shown>\p{{Lu}}[^\n()|]{{2,58}}?)(?=(?P=shown)[ ]\())?" if captions else ""
    return lex.compile(rf"[ \t\u00a0]*{photo}(?P<name>\p{{Lu}}[\p{{L}}.'’-]+(?:[ ]\p{{Lu}}[\p{{L}}.'’-]+){{1,3}})"
                       rf"[ ]\(\p{{L}}[^\n(),]{{1,39}},[^\n()]{{2,40}}\)(?:[ \t\u00a0]*\|[^\n]{{0,40}})?[ \t\u00a0]*")   # (a seat, not "($21,508,184)")
# Two words run together where a page lost a line break ("IvanChairman"): the label is garbled.
_GLUED = compiled(r"\p{Ll}\p{Lu}\p{Ll}")
_GLUED_WORDS = compiled(r"\p{Ll}{3}\p{Lu}\p{Ll}")   # two words run together ("WorldPolitics"), not a name's "McDonald", "MacLeod"
SENTENCE_WORD = 6   # a word of more characters than this, full stop included, before another word of a label ends a sentence
_INITIALS = compiled(r"^(?:\p{Lu}\.\s?){1,2}\p{Lu}(?:\p{Ll}+|\p{Lu}+)$")   # "В.Путин", "О.КОЖЕМЯКО"


@functools.lru_cache(maxsize=None)
def numbered_roles(lex: Lexicon) -> frozenset[str]:
    """The roles a transcript numbers its unnamed speakers by ("Speaker 1", "Участник 2")."""
    return frozenset(lex.words("speakers", "numbered_roles"))


@functools.lru_cache(maxsize=None)
def honorific_words(lex: Lexicon) -> frozenset[str]:
    """The courtesy titles before a surname ("Ms", "г-н"): a label of one and a name is no heading ("Ms Mallon: I beg to move")."""
    return frozenset(lex.words("speakers", "honorifics"))


@functools.lru_cache(maxsize=None)
def salutation_words(lex: Lexicon) -> frozenset[str]:
    """The words that open a label that is no speaker's: a letter's salutation ("Dear Customer:"), and a function
    word no name opens with (a motion's "That Dáil Éireann:", "FOR IMMEDIATE RELEASE:")."""
    return frozenset(lex.words("speakers", "salutations")) | frozenset(lex.words("speakers", "not_name_openers"))


@functools.lru_cache(maxsize=None)
def speech_label_verbs(lex: Lexicon) -> frozenset[str]:
    """The verbs of speech a turn's label may end with, alone on its line ("Mr M. McGOWAN replied:")."""
    return frozenset(lex.words("speakers", "label_verbs"))


@functools.lru_cache(maxsize=None)
def designators(lex: Lexicon) -> frozenset[str]:
    """The words that name a number ("No.", "Article", "№"): a label ending in one is no speaker
    ("Press Release No. : 20/2018")."""
    return frozenset(lex.words("not_claims", "designators"))


@functools.lru_cache(maxsize=None)
def name_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], int, frozenset[str]]:
    """The words a language's turn labels are read with (built once): titles, words that are no
    speaker (a match report's labels among them: "Предупреждения: Гиоргобиани, 15"; the headings of links to other
    stories: "Read Also:"; the nouns of a change, which head a release's sections: "GDP Growth:"; prepositions, which no
    name has: "All Entries Tagged With:"), the words of a name at most, and the letters after a name."""
    return (frozenset(lex.words("speakers", "titles")),
            frozenset(lex.words("not_claims", "not_speakers")) | frozenset(lex.words("not_claims", "match_labels"))
            | frozenset(lex.words("time", "related_headings"))   # "Read Also: ...": a link to another story, no one speaking
            | frozenset(lex.words("direction", "up_nouns")) | frozenset(lex.words("direction", "down_nouns"))
            | frozenset(lex.words("words", "prepositions")),
            lex.data["speakers"]["name_words"], frozenset(lex.words("speakers", "post_nominals")))


def speaker_turns(text: str, paragraphs: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, str | None]]:
    """(offset, speaker) for every paragraph that opens a speaker turn."""
    turns: list[tuple[int, str | None]] = []
    titles, not_speakers, most, after = name_words(lex)
    roles, numbering = numbered_roles(lex), designators(lex)
    surnames: list[tuple[int, str]] = []
    salutations, label_verbs, honorifics = salutation_words(lex), speech_label_verbs(lex), honorific_words(lex)
    previous = (0, 0)
    for start, end in paragraphs:
        m = _TURN.match(text, start, end) if text.find(":", start, end) >= 0 else None   # (no colon, no turn: the cheap test first)
        if m is None and (text.endswith(")", start, end) or text.find("|", start, end) >= 0):   # (the cheap test first)
            line = _name_line(lex).fullmatch(text, start, end)
            name = line and speaker_name(line.group("name"), titles, not_speakers, most, after)
            if name and start > paragraphs[0][0]:
                turns.append((start, name))   # the turn goes on in the paragraphs after its line
        if m and (_honorific_name(m.group("label"), honorifics) or not any(
                    rest.match(text, m.start("said"), end) for rest in (_HEADING_REST, _TITLE_REST))) \
                and not _CONTACT_REST.match(text, m.start("said"), end) and not _FIGURE_REST.match(text, m.start("said")) \
                and ("," in m.group("label") or m.group("label").split()[-1].lower() not in numbering) \
                and m.group("label").split()[0].lower() not in salutations \
                and not _dated(lex, m.group("label")):   # ("Press Release No.:"; not "..., Minister for Law:"; not "12. Декабря Завтра:")
            label = m.group("label")
            if (named_above := _NAME_ABOVE.search(text, *previous)) and len(text[previous[0]:previous[1]].split()) <= NAME_ABOVE_WORDS:
                label = named_above.group("name") + ", " + label   # "ОЛЕГ НИКОЛАЕВ,\n\nГлава Чувашии:": the name, then its title
            asides = _ASIDE.findall(m.group("asides"))
            # "The Minister for Finance and Public Service Reform (Mr Tom McCabe):": an office, then its holder in brackets
            courtesy = next((n for aside in asides if _honorific_name(aside, honorifics)
                             and (n := speaker_name(aside, titles, not_speakers, most, after))), None)
            name = numbered(label, roles) or courtesy or speaker_name(label, titles, not_speakers, most, after) or next(
                (n for aside in asides if (n := speaker_name(aside, titles, not_speakers, most, after))), None) \
                or _verb_label(m, label_verbs, titles, not_speakers, most, after) \
                or _office(label.split(), titles)   # "Secretary for Security:" with no name in brackets: the office
            if name:   # (a title alone, then the name in brackets: "The Minister of Health (Dr Chilufya):")
                turns.append((start, name))
            elif _surname(m.group("label"), titles, not_speakers, capitals=True) and (
                    text[m.start("said"):m.end("said")].isalpha()
                    or m.group("said").strip() == "" and m.group("label").strip().isupper()):
                surnames.append((start, m.group("label").strip()))   # speech, not a figure ("Доходы: 23 727 млрд"); "PRICE:" on a line of its own
        for inner in _INNER_TURN.finditer(text, start, end):
            name = speaker_name(inner.group("label"), titles, not_speakers, most, after) if not _dated(lex, inner.group("label")) else None
            if name and (" " in name or _honorific_name(inner.group("label"), honorifics)
                         or inner.group("label").split()[0].lower() in titles and " " in inner.group("label")):
                # a name of two words or more, or after a courtesy title ("Dr. Chan:") or an office ("Premier Wynne:"):
                # not "Note:", "Source:"
                turns.append((inner.start(), name))
        # "... What would you say to them? NS: We took ...": initials opening a turn inside a paragraph
        surnames.extend((inner.start(), inner.group("label")) for inner in _INNER_INITIALS.finditer(text, start, end))
        previous = (start, end)
    turns = _quoted_statements(text, paragraphs, turns)
    initials = {_initials(name): name for _, name in turns if name and " " in name}   # "TK:" for "TODAGIA KELOLA:"
    named_by = {label: _initials_name(text, label) for label in {label for _, label in surnames}}   # (each label read once)
    if sum(1 for label, name in named_by.items() if name not in (None, label)) < SURNAME_TURNS:
        named_by = {label: label if name else None for label, name in named_by.items()}   # one alone ("US:" and "United States") names no speaker
    # "ZAHN:" in a text that writes "Paula Zahn": a label in capitals the text names in full
    in_full = {label for label in {label for _, label in surnames} if label.isupper() and _full_name(text, label.title()) != label.title()}
    surnames = _trusted_capitals(surnames, turns, initials, named_by, in_full)
    turns = _without_dateline(text, paragraphs, turns, surnames, titles)
    turns = _without_title(text, paragraphs, turns, surnames)
    if len(turns) == 1 and not surnames and turns[0][0] == paragraphs[0][0] \
            and any(_CAPITALS_LABEL.match(text, s, e) for s, e in paragraphs[1:DATELINE_PARAGRAPHS]):
        turns = []   # "Bukit Aman: RM14.3bil lost ...\n\nKUALA LUMPUR: A whopping ...": a headline's source over a news story
    if len(turns) == 1 and not surnames and turns[0][0] == paragraphs[0][0] and len(paragraphs) > 1 \
            and text.count(":", paragraphs[0][0], paragraphs[0][1]) > 1:
        turns = []   # "Stats SA: Category Archives: Inflation": a page's title, its site and section, no speaker's turn
    if len(turns) == 1 and not surnames and turns[0][0] == paragraphs[0][0] and len(paragraphs) > 1 \
            and _headline(text[paragraphs[0][0]:paragraphs[0][1]]) \
            and not _honorific_name(text[turns[0][0]:text.find(":", turns[0][0])].strip(), honorifics):   # (not "Г-н Петров: Прошу слова")
        turns = []   # "Sheriff Crawford: Calls for burglaries, stabbings down in Coshocton County" over a news story: a
        # headline's kicker, one short line with no sentence's end, no speaker's turn
    if turns and not surnames and len(paragraphs) > len(turns) and all(_quoting_headline(text, paragraphs, start) for start, _ in turns):
        turns = []   # 'Начальник Госполиции: "Жить в Латвии безопасно"' over a news story: a headline that quotes (maybe
        # repeated, as a page's title and its caption), no turn
    chair = frozenset(lex.words("speakers", "chair_addresses"))
    if turns and not surnames and all(name and " ".join(name.lower().replace(".", " ").split()) in chair for _, name in turns):
        return []   # "Mr. Speaker:" over a member's statement: the chair addressed; in a debate the chair speaks among others
    if len({label for _, label in surnames}) >= SURNAME_TURNS or all(label in initials for _, label in surnames) \
            or len(surnames) >= SURNAME_TURNS and (turns or all(label in in_full for _, label in surnames)):
        # "Путин: ... Хоценко: ...": a transcript's surnames; "TK: ... JB: ...": the initials of its named speakers;
        # "ZAHN: ... ZAHN: ...": one host's turns, whom the text names in full; "Host: ... Maria: ... Host: ... Maria:":
        # a guest's turns between a named speaker's
        named = {name.split()[-1].lower(): name for _, name in turns if name and " " in name}   # "Maria Lopez" for "LOPEZ"
        turns = sorted(turns + [(start, initials.get(label) or named.get(label.lower()) or named_by[label]
                                 or _full_name(text, label.title() if label.isupper() else label)) for start, label in surnames])
    return turns


# a paragraph that ends in a name and a comma, the speaker of the title's turn label under it (a quote box's caption)
_NAME_ABOVE = compiled(r"(?<![\p{L}])(?P<name>\p{Lu}[\p{L}.'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*){1,2}),[ \t\u00a0]*\Z")
NAME_ABOVE_WORDS = 6   # words of that paragraph at most (the name, perhaps after a dateline's date)
_CAPITALS_LABEL = compiled(r"[ \t]*\p{Lu}[\p{Lu} .'’-]{2,40}" + unrequired(":") + r"[ \t]+\S")   # a news dateline's place: "KUALA LUMPUR: A ..."
_QUOTE_REST = compiled(r"""["“«„][^\n"“”«»„]+["”»“][ \t]*(?:\d{1,4}[ \t]*)?""")   # a paragraph's rest that is one quotation (and a page's counter)


def _quoting_headline(text: str, paragraphs: list[tuple[int, int]], start: int) -> bool:
    """Is the paragraph at ``start``, one of a text's first DATELINE_PARAGRAPHS, a label and one quotation alone?"""
    end = next((e for s, e in paragraphs[:DATELINE_PARAGRAPHS] if s == start), None)
    return end is not None and (m := _TURN.match(text, start, end)) is not None and _QUOTE_REST.fullmatch(text, m.start("said"), end) is not None
_OPENING_QUOTES = ("“", "«", '"', "„")
_CLOSING_QUOTES = ("”", "»", '"', "“")


def _quoted_statements(text: str, paragraphs: list[tuple[int, int]], turns: list[tuple[int, str | None]]) -> list[tuple[int, str | None]]:
    """"Tim Ellis, the Chief Executive, said:" on a line of its own, then paragraphs in quotation marks: the statement
    ends with its closing mark, and the paragraph after it, not quoted, is the text's own again (a turn of no one)."""
    starts = [s for s, _ in paragraphs]
    opened = {start for start, _ in turns}
    out = list(turns)
    for start, name in turns:
        k = bisect.bisect_right(starts, start) - 1
        if name is None or k < 0 or starts[k] != start or not text[start:paragraphs[k][1]].rstrip().endswith(":") or k + 1 >= len(paragraphs) \
                or not text[paragraphs[k + 1][0]:paragraphs[k + 1][1]].lstrip().startswith(_OPENING_QUOTES):
            continue
        for j in range(k + 2, len(paragraphs)):
            if starts[j] in opened:
                break
            if not text[starts[j]:paragraphs[j][1]].lstrip().startswith(_OPENING_QUOTES):
                if text[paragraphs[j - 1][0]:paragraphs[j - 1][1]].rstrip().rstrip(".").endswith(_CLOSING_QUOTES):   # ("...»." too)
                    out.append((starts[j], None))
                break
    return sorted(out)


def _dated(lex: Lexicon, label: str) -> bool:
    """Does a label name a month before another word ("Пт, 12. Декабря Завтра:", a page's date line and its calendar's
    name days)? No person's (a surname that is a month's name ends its label: "Theresa May:")."""
    months = lex.table("time", "months")   # (lower-case keys, built once)
    return any(word.strip(".,").lower() in months for word in label.split()[:-1])


def label_end(text: str, start: int, end: int) -> int | None:
    """Where the words of a "Name: ..." turn opening at ``start`` begin (past its label), or None."""
    m = _TURN.match(text, start, end)
    return m.start("said") if m else None


def _verb_label(m: regex.Match, verbs: frozenset[str], titles: frozenset[str], not_speakers: frozenset[str], most: int,
                after: frozenset[str]) -> str | None:
    """The name of a label that ends with a verb of speech and stands alone on its line ("Mr M. McGOWAN replied:"; two
    words before the verb at least: not "Police said:")."""
    words = m.group("label").split()
    if len(words) < 3 or words[-1].lower() not in verbs or m.group("said").strip():
        return None
    return speaker_name(" ".join(words[:-1]), titles, not_speakers, most, after)


def numbered(label: str, roles: frozenset[str]) -> str | None:
    """"Speaker 1" for the label "Speaker 1" of a machine transcript's turn; None for another label."""
    m = _NUMBERED.fullmatch(label.strip())
    return " ".join(label.split()) if m and m.group("role").lower() in roles else None


def _initials(name: str) -> str:
    """"Todagia Kelola" -> "TK"."""
    return "".join(word[0] for word in name.split()).upper()


def _without_dateline(text: str, paragraphs: list[tuple[int, int]], turns: list[tuple[int, str | None]],
                      surnames: list[tuple[int, str]], titles: frozenset[str]) -> list[tuple[int, str | None]]:
    """"PETALING JAYA: While the number of new cases ...", "Castries, Saint Lucia: A hike of 4% ...": a label in
    capitals, or a town and its country (capitalised words, a comma between, no title), that opens one of the
    first paragraphs, and the only turn of the text, is a news dateline's place, not a speaker; unless
    the text named it before ("the transcript of Jerome Powell's news conference: JEROME POWELL: ...")
    or it stands alone on its line ("TREASURER:", the speech below it)."""
    if len(turns) != 1 or surnames:
        return turns
    start = turns[0][0]
    colon = text.find(":", start)
    label = text[start:colon]
    first = [s for s, _ in paragraphs[:DATELINE_PARAGRAPHS]]
    named_before = text.find(" ".join(label.split()).title(), 0, start) >= 0
    line_end = text.find("\n", colon)
    alone = not text[colon + 1:len(text) if line_end < 0 else line_end].strip()
    if start in first and not alone and _PLACE_PAIR.fullmatch(label.strip()) and not any(w.lower() in titles for w in label.replace(",", " ").split()):
        return []
    return [] if start in first and label.isupper() and not named_before and not alone else turns   # ("TREASURER:" on its own line opens a turn)


HEADLINE_CHARS = 160   # a headline's line is at most this long


def _headline(paragraph: str) -> bool:
    """Is the paragraph one short line with no sentence's end, as a headline is?"""
    line = paragraph.strip()
    return "\n" not in line and len(line) <= HEADLINE_CHARS and not line.endswith((".", "!", "?", "…", ":", ";", ",", "\"", "”", "»"))


def _without_title(text: str, paragraphs: list[tuple[int, int]], turns: list[tuple[int, str | None]],
                   surnames: list[tuple[int, str]]) -> list[tuple[int, str | None]]:
    """"regional gross domestic product: year ended march ...\n\nRegional Gross Domestic Product: Year ended March ...": turns
    of one name alone, whose label and colon the text's first paragraph (its title) already wrote, are the title repeated
    over the body (perhaps twice, as a page pasted twice), not a speaker's."""
    if not turns or surnames or not paragraphs or len({name for _, name in turns}) > 1 \
            or any(start == paragraphs[0][0] for start, _ in turns):
        return turns
    title = " ".join(text[paragraphs[0][0]:paragraphs[0][1]].split()).lower()
    labels = {" ".join(text[start:text.find(":", start)].split()).lower() for start, _ in turns}
    return [] if all(label and label + ":" in title for label in labels) else turns


_PLACE_PAIR = compiled(r"\p{Lu}[\p{L}'’.-]+(?:[ ]\p{Lu}[\p{L}'’.-]+){0,2},[ ]\p{Lu}[\p{L}'’.-]+(?:[ ]\p{Lu}[\p{L}'’.-]+){0,2}")   # "Castries, Saint Lucia"


def _trusted_capitals(surnames: list[tuple[int, str]], turns: list[tuple[int, str | None]],
                      initials: dict[str, str], named_by: dict[str, str | None], in_full: set[str]) -> list[tuple[int, str]]:
    """The one-word labels, those in capitals ("COSTELLO:", "PEREZ:", as news transcripts write them)
    only when one opens two turns or is the surname or the initials of a full name's turn ("THOMAS
    PEREZ, LABOR SECRETARY:", "TODAGIA KELOLA:" and "TK:") or the initials of a name the text writes (``named_by``:
    "NS:" in a text that names Nicola Sturgeon, and another speaker's so), or a surname the text writes with a first
    name (``in_full``: "AL-JUBEIR:" and "Adel Al-Jubeir"): a heading in capitals ("BACKGROUND:") is none of these."""
    known = {name.split()[-1].upper() for _, name in turns if name} | initials.keys()
    counts = collections.Counter(label for _, label in surnames)
    return [(start, label) for start, label in surnames if not label.isupper() or counts[label] >= 2 or label in known
            or named_by[label] not in (None, label) or label in in_full]


_INNER_INITIALS = compiled(r"(?<=[.!?…»\"”][ \t\u00a0]+)(?P<label>\p{Lu}{2,3}):[ \t\u00a0]+(?=\p{Lu})")
INITIALS = 3   # letters of a label that may be a speaker's initials ("AM:", "NS:", "JFK:")


def _initials_name(text: str, label: str) -> str | None:
    """The name whose initials a label in capitals is, the one the text writes most often ("NS:" -> "Nicola Sturgeon"),
    else the label as written ("AM"); None for a label that is no initials."""
    if not (label.isupper() and label.isalpha() and len(label) <= INITIALS):
        return None
    words = r"[ \t\u00a0]+".join(rf"{regex.escape(c)}(?:\p{{Ll}}+|\p{{Lu}}+)" for c in label)
    found = collections.Counter(" ".join(w.capitalize() for w in m.group().split())
                                for m in regex.finditer(rf"(?<![\p{{L}}]){words}(?![\p{{L}}])", text))
    return found.most_common(1)[0][0] if found else label


def _full_name(text: str, surname: str) -> str:
    """The surname with the first name the text gives it somewhere ("Владимир Путин"), else alone."""
    found = regex.search(rf"(?<![\p{{L}}])(\p{{Lu}}\p{{Ll}}+)[ \t\u00a0]+{regex.escape(surname)}(?![\p{{L}}])", text)
    return f"{found.group(1)} {surname}" if found else surname


def _honorific_name(label: str, honorifics: frozenset[str]) -> bool:
    """Is the label a courtesy title and a capitalised name ("Ms Mallon", "Dr. Ama Owusu")?"""
    words = label.split()
    return 2 <= len(words) <= 3 and words[0].lower() in honorifics and all(w[:1].isupper() for w in words[1:])


def _surname(label: str, titles: frozenset[str], not_speakers: frozenset[str], capitals: bool = False) -> bool:
    """Could a one-word label be a speaker's surname ("Путин", "Хоценко"; with ``capitals``, "PEREZ" too)?"""
    return _looks_like_name(label) and label.lower() not in titles and label.lower() not in not_speakers \
        and (capitals or not label.isupper())


def speaker_name(label: str, titles: frozenset[str], not_speakers: frozenset[str], most: int = 3,
                 post_nominals: frozenset[str] = frozenset()) -> str | None:
    """The name in a turn label, titles and ``post_nominals`` dropped: "President of Russia Vladimir Putin"
    -> "Vladimir Putin", "TONY BURKE MP, MINISTER FOR EMPLOYMENT" -> "Tony Burke"."""
    head, comma, tail = " ".join(label.split()).partition(",")
    words = head.split()
    while len(words) > 1 and words[-1].lower().strip(".") in post_nominals:
        words.pop()
    label = " ".join(words) + comma + tail
    if label.lower() in not_speakers or "'s " in label or "’s " in label:
        return None   # "The BBC's Fergus Walsh:": a caption that credits someone, not a speaker's turn
    tokens = label.split()
    if any(len(t) > SENTENCE_WORD and t.endswith(".") and t.lower().strip(".") not in titles for t in tokens[:-1]) \
            or label.rpartition(". ")[2].lower() in not_speakers:
        return None   # "..., southeastern Finland. Image: Raine Martikainen", "Kenya. Photo: ...": a sentence ended inside it (not "Prof.", "Gen.")
    if any(_GLUED.search(t) for t in tokens):
        return _first_name(tokens, titles, most)
    if len(tokens) > 14:
        return None
    if len(tokens) == 1 and _INITIALS.match(tokens[0].replace(" ", "")):
        initials, surname = tokens[0][:tokens[0].rfind(".") + 1], tokens[0][tokens[0].rfind(".") + 1:]
        return initials + (surname.title() if surname.isupper() else surname)   # "О.КОЖЕМЯКО" -> "О.Кожемяко"
    named = _name_then_title(label, titles, not_speakers, most) if "," in label else None
    if named:
        return named   # "JIM GILLESPIE, CEO, COLDWELL BANKER": the name, then its titles and employer
    name: list[str] = []
    for tok in reversed(tokens):
        if not _looks_like_name(tok) or tok.lower().strip(".") in titles or tok.lower() in titles:
            break
        name.insert(0, tok)
    if not name:
        return _title_alone(tokens, titles)
    # one word is a name after a title ("Mr Puchkov"), but not after a clause ("At the same time, Moscow")
    # and a title is title words and capitalised words, not a phrase ("Migrants in Russia Increased")
    before = tokens[:len(tokens) - len(name)]
    if sum(t[:1].islower() and t.lower().strip(".,") not in titles for t in before) >= SENTENCE_WORDS:
        return None   # "Significant increases were found in three Statistical Areas:": a sentence, not a title and a name
    titled = len(name) < len(tokens) and "," not in label and all(t[:1].isupper() or t.lower().strip(".,") in titles for t in before) \
        and any(t[:1].isupper() and t.lower().strip(".,") in titles for t in before) \
        and not (len(name) == 1 and any(t in not_speakers and t.islower() for t in before[-2:]) and before[-1].islower())
    # "Mr Coe", not "Assembly for the ACT", nor the portfolio after a preposition: "The Minister of Agriculture", "Minister for the Environment"
    if any(t.lower() in not_speakers for t in name):
        return None   # "Video, Audio, Photos & Rush Transcript:": a caption's words, not a name
    if len(name) >= 2 or (titled and len(name) == 1) or _INITIALS.match(name[0]):
        found = " ".join(name[-most:])
        return found.title() if found.isupper() and (len(found) > 4 or titled) else found  # "VLADIMIR PUTIN", "Mr SWAN"
    return None


def _name_then_title(label: str, titles: frozenset[str], not_speakers: frozenset[str], most: int) -> str | None:
    """"THOMAS PEREZ, LABOR SECRETARY", "Jane Doe, Minister of Finance", "HARI SREENIVASAN, PBS NEWSHOUR WEEKEND":
    a name, a comma, then its title or its employer (title words and capitalised words)."""
    head, _, tail = label.partition(",")
    words = tail.split()
    # (or a title word, then the rest of its phrase: "губернатор Свердловской области")
    if not words or not all(w[:1].isupper() or w.lower().strip(".,") in titles for w in words) \
            and not (words[0].lower().strip(".,") in titles and len(words) <= TITLE_WORDS):
        return None
    name = head.split()
    while len(name) > 2 and name[0].lower().strip(".") in titles:
        name = name[1:]   # "Mr K Shanmugam, Minister for Home Affairs": the name after its title
    if not 2 <= len(name) <= most or not all(_looks_like_name(w) and w.lower().strip(".") not in titles for w in name) \
            or head.lower() in not_speakers:
        return None
    head = " ".join(name)
    return head.title() if head.isupper() else head


def _title_alone(tokens: list[str], titles: frozenset[str]) -> str | None:
    """A label of title words alone names its speaker by the title ("PRIME MINISTER:" -> "Prime
    Minister"), when it is written as a name is (capitalised words) and is more than "The" or "Of"."""
    words = [t.strip(".,") for t in tokens]
    if not words or len(words) > 4 or not all(w.lower() in titles and w[:1].isupper() for w in words) \
            or all(len(w) <= 3 for w in words):
        return None
    label = " ".join(words)
    return label.title() if label.isupper() else label


def _office(words: list[str], titles: frozenset[str]) -> str | None:
    """"Secretary for Security", "Minister for Home Affairs": a title, then its portfolio after "for" in capitalised
    words, names its speaker by the office (not "Ministry of Internal Affairs", a body after "of")."""
    k = next((k for k, w in enumerate(words) if w.islower()), None)
    if k is None or k == 0 or words[k] != "for" or not all(w.lower() in titles and w[:1].isupper() for w in words[:k]) \
            or len(words) > OFFICE_WORDS:
        return None
    portfolio = words[k:]
    if not all(w.islower() and len(w) <= 3 or w[:1].isupper() for w in portfolio) or not portfolio[-1][:1].isupper():
        return None
    label = " ".join(words)
    return label.title() if label.isupper() else label


OFFICE_WORDS = 7   # words of an office that names its speaker, at most ("Minister for Home Affairs and Law")


def _first_name(tokens: list[str], titles: frozenset[str], most: int) -> str | None:
    """The first two name-like words (no title words) of a garbled label ("Chairman of the
    Investigative Committee Alexander Bastrykin Bastrykin AlexanderChairman of ..."), at most two, neither glued itself
    (not a menu's "BusinessMarkets WorldPolitics")."""
    for k in range(len(tokens) - 1):
        pair = tokens[k:k + 2]
        if all(_looks_like_name(t) and t.lower().strip(".,") not in titles and not _GLUED_WORDS.search(t) for t in pair):
            return " ".join(pair[:most])
    return None


def _looks_like_name(token: str) -> bool:
    core = token.replace(".", "").replace("-", "").replace("’", "").replace("'", "")
    return core.isalpha() and token[:1].isupper()
