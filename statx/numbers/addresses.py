"""Web and mail addresses, file names, phone numbers, postal codes and lines of an address, whose digits are no
claims: "www.site.ru/2023/12", "photo_2019.jpg", "+7 (495) 606-36-02", "153002 г. Иваново", "Адрес: Махачкала, 10".
Rules of ``not_claims.COUNTS`` and ``not_claims.UNITS``."""
from __future__ import annotations

from typing import Protocol

import regex

from ..lang.cache import compiled
from ..text.rows import labelled_row, short_line, year_row
from ..text.segment import Lines
from .mention import COUNT, Mention, UnitKind

# A phone number around a digit: "+7 (495) 606-36-02", "8-800-555-35-35", "(202) 555-0143"; its groups are
# parted by spaces, hyphens or dots, never by a tab or a line break (a table's cells, "21 450<tab>19 870").
_PHONE = compiled(r"""
    (?<![\p{N}])
    (?:
        (?: \+?\d{1,3} [\x20\u00a0\-.]? )?
        (?: \(\d{2,5}\) [\x20\u00a0\-.]? \d{1,4}   # (after an area code in brackets a group may be one digit: "8(49130) 2-75-65")
          | \d{3,5} [\x20\u00a0\-.]? \d{2,4} )
        [\x20\u00a0\-.] \d{2,4} (?: [\x20\u00a0\-.] \d{2,4} )?
      | \+\d{1,3} [\x20\u00a0\-] \d{2,5}      # a country code and an area code ("+86 138")
      | \+\d{1,3} [\x20\u00a0] \d{6,12}        # a country code and the national number unspaced ("+94 112147000")
      | \d{3} - 0\d{3}                  # a local number whose second group opens with a zero ("295-0011"): no range
      | \(\+\d{1,3}\) [\x20\u00a0\-.]? \d{1,5} (?: [\x20\u00a0\-.] \d{2,5} ){1,4}   # a country code in brackets ("(+353) 21 453 5000")
      | 0\d{1,4} [\x20\u00a0] \d{5,8}      # a trunk prefix and area code, then the number ("01323 470099", "06 12345678")
      | (?!(?:19|20)\d\d[\x20\u00a0](?:19|20)\d\d)\d{4} [\x20\u00a0] \d{4} (?![\x20\u00a0]*(?:\p{L}|\d))   # two groups of four
            # ("6379 8800"), not two years, nor two cells of a row or two figures before a noun ("4500 5000 workers")
    )
    (?![\p{N}])
""", regex.VERBOSE)
_FILE_NAME = compiled(r"\.(?:jpe?g|png|gif|tiff?|bmp|svg|pdf|docx?|xlsx?|pptx?|csv|zip|mp[34])(?![\p{L}\p{N}])", regex.IGNORECASE)   # "HoC 85mm(Green).tif"
_URLISH = ("://", "www.", "@", ".ru/", ".com/", ".org/")   # marks of a web or mail address (or two slashes of a path)


def address_or_phone(p: object, text: str, m: Mention) -> bool:
    """A number inside a web or mail address, a file's name, or a phone number."""
    left = text.rfind(" ", max(0, m.num_start - 200), m.num_start) + 1
    right = m.num_end
    while right < len(text) and right - m.num_end < 200 and not text[right].isspace():
        right += 1
    token = text[max(left, m.num_start - 200):right]
    # a path has two slashes ("news/2023/12"); one slash may part an amount and its conversion ("trillion/$46 billion")
    marks = [mark for mark in _URLISH if mark in token]
    if marks == ["@"] and token.startswith("@") and "@" not in token[1:] and m.unit.kind is UnitKind.MONEY:
        marks = []   # "Debt @MK158.5 Billion": "at", before an amount of money, not a handle's mark
    if (marks or token.count("/") >= 2 or _FILE_NAME.search(token)) and not token.startswith(("(", "$")):
        return True
    if text.find("(", max(0, m.num_start - 20), m.num_start) >= 0 and any(   # (the cheap test first)
            found.start() <= m.num_start and m.num_end <= found.end() and found.group().count("-") >= 2 and "(" in found.group()
            for found in _PHONE.finditer(text, max(0, m.num_start - 20), min(len(text), m.num_end + 20))):
        return True   # "8(48139) 3-12-47 и 25 тонн": the last group of a phone number takes no unit of the amount after it
    if m.unit != COUNT or _THOUSANDS.fullmatch(text, m.num_start, m.num_end) \
            and (_WORD_AFTER.match(text, m.num_end) or text.endswith(" 000", m.num_start, m.num_end)):
        return False   # "126 925 038 рублей", "1 234 567 человек": thousands grouped by spaces, then a unit or a noun;
        # "up from 435 369 000": round thousands, which no phone number is
    line = short_line(text, m.num_start, m.num_end)   # (a table's row is short: None for a long line)
    if line is not None and year_row(text, *line):
        return False   # "2010 13 091 12 991": a table's row of a year and its cells
    for found in _PHONE.finditer(text, max(0, m.num_start - 20), min(len(text), m.num_end + 20)):
        phone = found.group()
        if found.start() <= m.num_start and m.num_end <= found.end() \
                and (phone.count(" ") + phone.count("-") >= 2 or "-0" in phone or _TRUNK.fullmatch(phone) or _FOUR_FOUR.fullmatch(phone) and not (line and labelled_row(text, *line))
                     or (phone[0] in "+(" or "(" in phone) and (_digits(phone) >= PHONE_DIGITS or _COUNTRY.match(phone))):
            # (an area code in brackets after the country's, unspaced: "1(345)516-3329")
            return True
    return False


# "604-4000": a local number of three digits, a hyphen and four, which a range would seldom be
_LOCAL = compiled(r"(?<![\p{N}.,\-])\d{3}-\d{4}(?![\p{N}]|[.,\-]\p{N})")
_MAIL = compiled(r"[\p{L}\p{N}._-]+@[\p{L}\p{N}-]+\.[\p{L}.]{2,}")   # an e-mail address, on the local number's line before it
CONTACT_REACH = 80   # characters back from a local number to a word of getting in touch, at most


class WithContactWords(Protocol):
    """What ``local_phone`` reads of the not-a-claim patterns (not_claims.NotClaimPatterns)."""

    contact_before: regex.Pattern   # a word of getting in touch, then the sentence up to the number ("contact ... at")


def local_phone(p: WithContactWords, text: str, m: Mention) -> bool:
    """"contact the Department of Statistics at 604-4000 or 604-4015", "call us with any questions at 721-3333": a local
    phone number after a word of getting in touch in its sentence, or after an e-mail address on its line ("jane@paper.com
    l 766-8744"); not "604-4000 people", a range with no such word."""
    if m.unit != COUNT or m.scale or _LOCAL.match(text, m.num_start) is None:
        return False
    reach = max(0, m.num_start - CONTACT_REACH)
    line_start = max(reach, text.rfind("\n", reach, m.num_start) + 1)
    return p.contact_before.search(text, reach, m.num_start) is not None \
        or _MAIL.search(text, line_start, m.num_start) is not None   # "jane@paper.com l 766-8744"


_FOUR_FOUR = compiled(r"\d{4}[\x20\u00a0]\d{4}")   # "6379 8800": eight digits in two groups of four, as Singapore and Hong Kong write them
_THOUSANDS = compiled(r"\d{1,3}(?:[\x20\u00a0]\d{3})+")   # a whole number grouped by thousands with spaces
_WORD_AFTER = compiled(r"[\x20\u00a0]\p{L}")
PHONE_DIGITS = 7   # a phone number, with its country or area code, has at least this many digits ...
# ... or it opens with a country code that exists ("+86 138"; "+10 279" is a change): ITU-T E.164's codes
_COUNTRY = compiled(r"\+(?:1[ \-]?[2-9]|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]"
                         r"|2[1-69]\d|3[578]\d|42\d|5[09]\d|6[7-9]\d|8[0578]\d|9[679]\d)(?!\d)")


_TRUNK = compiled(r"0\d{1,4}[\x20\u00a0]\d{5,8}")   # a national number with its trunk prefix: a count never opens with a zero


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


POSTCODE_DIGITS = 6   # digits of a postal code that opens an address ("153002 г. Иваново")


def postcode(p: object, text: str, m: Mention) -> bool:
    """"153002 г. Иваново, пл. Ленина": a six-digit postal code before a town's mark and name, which opens an address
    (not 153 kilograms)."""
    return m.num_end - m.num_start == POSTCODE_DIGITS and text[m.num_start:m.num_end].isdigit() \
        and p.town_after.match(text, m.num_end) is not None


def address_line(p: object, text: str, m: Mention, lines: Lines) -> bool:
    """"Адрес: Махачкала, Джангишиева, 10", "Address: 4 Park Row, Leeds": a number on a line that an address's label opens."""
    return p.address_line.match(text, lines.start(m.num_start), m.start) is not None
