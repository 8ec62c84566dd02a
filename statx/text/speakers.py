"""Speaker turns of a transcript: a paragraph that opens with a name and a colon ("Vladimir Putin:
...", "President of Russia Vladimir Putin: ...") starts the turn of that speaker, titles dropped."""
from __future__ import annotations

import regex

from ..lang import Lexicon

_TURN = regex.compile(r"""
    (?P<label>
        [\p{Lu}\[]                     # a turn starts with a capital ("Vladimir Putin", "В.Путин")
        [^\n:;!?"“”«»()]{1,118}?       # then a short label without sentence punctuation (a title may
                                       # have a comma: "Minister of Civil Defence, Emergencies ... Vladimir Puchkov")
    )
    :[ \t\u00a0]*(?:\r?\n|\S|\Z)       # a colon, then the words of the turn (or a line of its own)
""", regex.VERBOSE)

_INITIALS = regex.compile(r"^(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}+$")


def speaker_turns(text: str, paragraphs: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, str | None]]:
    """(offset, speaker) for every paragraph that opens a speaker turn."""
    turns: list[tuple[int, str | None]] = []
    titles = set(lex.words("speakers", "titles"))
    not_speakers = set(lex.words("not_claims", "not_speakers"))
    most = lex.data["speakers"]["name_words"]
    for start, end in paragraphs:
        m = _TURN.match(text, start, end)
        if not m:
            continue
        name = speaker_name(m.group("label"), titles, not_speakers, most)
        if name:
            turns.append((start, name))
    return turns


def speaker_name(label: str, titles: set[str], not_speakers: set[str], most: int = 3) -> str | None:
    """The name in a turn label, titles dropped: "President of Russia Vladimir Putin" -> "Vladimir Putin"."""
    label = " ".join(label.split())
    if label.lower() in not_speakers or len(label.split()) > 14:
        return None
    tokens = label.split()
    if len(tokens) == 1 and _INITIALS.match(tokens[0].replace(" ", "")):
        return tokens[0]
    name: list[str] = []
    for tok in reversed(tokens):
        if not _looks_like_name(tok) or tok.lower().strip(".") in titles or tok.lower() in titles:
            break
        name.insert(0, tok)
    if not name:
        return None
    # one word is a name after a title ("Mr Puchkov"), but not after a clause ("At the same time, Moscow")
    # and a title is title words and capitalised words, not a phrase ("Migrants in Russia Increased")
    titled = len(name) < len(tokens) and "," not in label and all(
        t[:1].isupper() or t.lower().strip(".,") in titles for t in tokens[:len(tokens) - len(name)])
    if len(name) >= 2 or (titled and len(name) == 1) or _INITIALS.match(name[0]):
        found = " ".join(name[-most:])
        return found.title() if found.isupper() and len(found) > 4 else found  # "VLADIMIR PUTIN" -> "Vladimir Putin"
    return None


def _looks_like_name(token: str) -> bool:
    core = token.replace(".", "").replace("-", "").replace("’", "").replace("'", "")
    return core.isalpha() and token[:1].isupper()
