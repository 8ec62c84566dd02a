"""Segmentation: sentences, paragraphs, speaker turns, the document's date and its language."""
from __future__ import annotations

import datetime as dt

import pytest

import statx
from statx import lang as lexicon
from statx.text import dateline, segment, speakers

EN, RU = lexicon.load("en"), lexicon.load("ru")


def sentences(text: str) -> list[str]:
    out = []
    for start, end in segment.paragraph_spans(text):
        out += [text[a:b] for a, b in segment.sentence_spans(text, start, end)]
    return out


def xfail(*values, reason):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


# ----------------------------------------------------------------------------- sentences

SENTENCES = [
    ("Crime fell by 4.5 percent. Mr. Kolokoltsev reported 14,500 deaths.",
     ["Crime fell by 4.5 percent.", "Mr. Kolokoltsev reported 14,500 deaths."]),
    ("The figure is approx. 600,000 people. That is a lot.",
     ["The figure is approx. 600,000 people.", "That is a lot."]),
    ("V. V. Putin met the minister. They discussed 3.5 billion rubles.",
     ["V. V. Putin met the minister.", "They discussed 3.5 billion rubles."]),
    ("Dr. Smith spoke at 5 p.m. Moscow time. He left.",
     ["Dr. Smith spoke at 5 p.m. Moscow time.", "He left."]),
    ("Growth was 3.6%! Is that enough? Yes.", ["Growth was 3.6%!", "Is that enough?", "Yes."]),
    ("The U.S. economy grew. Exports rose.", ["The U.S. economy grew.", "Exports rose."]),
    ("It rose 5 p.p. in 2023. Then it fell.", ["It rose 5 p.p. in 2023.", "Then it fell."]),
    ("Crime fell in 2023. 14,500 people died.", ["Crime fell in 2023.", "14,500 people died."]),
    ("Thefts fell by 12.7 percent, robberies by 3.1 percent.",
     ["Thefts fell by 12.7 percent, robberies by 3.1 percent."]),
    ("В.В. Путин провел совещание. Обсуждались 3,5 млрд руб. на ремонт.",
     ["В.В. Путин провел совещание.", "Обсуждались 3,5 млрд руб. на ремонт."]),
    ("На ремонт выделено 300 млн руб. Это много.", ["На ремонт выделено 300 млн руб.", "Это много."]),
    ("Т.е. мы сделали много. Это важно.", ["Т.е. мы сделали много.", "Это важно."]),
    ("Он сказал: «Преступность снизилась на 5%». Затем ушел.",
     ["Он сказал: «Преступность снизилась на 5%».", "Затем ушел."]),
    ("Line one wraps\nhere in lower case. Second sentence.",
     ["Line one wraps\nhere in lower case.", "Second sentence."]),
    ('He said: "Crime fell by 5 percent." Then he left.',
     ['He said: "Crime fell by 5 percent."', "Then he left."]),
    ("Ущерб составил 5 млрд долл. США. Это много.",
     ["Ущерб составил 5 млрд долл. США.", "Это много."]),
]


@pytest.mark.parametrize("text,want", SENTENCES)
def test_sentences(text, want):
    assert sentences(text) == want


def test_claim_sentence_is_whole_and_folded():
    text = "Last year the number of\ncyber crimes rose by   almost 30 percent. Damage grew."
    [claim] = statx.extract_text(text)
    assert claim.sentence == "Last year the number of cyber crimes rose by almost 30 percent."


# ----------------------------------------------------------------------------- paragraphs

@pytest.mark.parametrize("text,want", [
    ("A.\n\nB.\n   \nC.\r\n\r\nD.", ["A.", "B.", "C.", "D."]),
    ("First paragraph.\nSecond paragraph.", ["First paragraph.", "Second paragraph."]),
    ("A sentence that wraps\nonto the next line.\n\nNext.", ["A sentence that wraps\nonto the next line.", "Next."]),
    ("Leading.  \n\n\n  Trailing blanks.  \n", ["Leading.", "Trailing blanks."]),
    pytest.param("  Leading blanks.\n\nNext.", ["Leading blanks.", "Next."]),
])
def test_paragraphs(text, want):
    assert [text[a:b] for a, b in segment.paragraph_spans(text)] == want


def test_year_context_stops_at_the_paragraph():
    text = ("The results of 2020 were discussed.\n\n"
            "In 2019 the service had 3,000 vacancies.\n\n"
            "The number of IT crimes has increased more than 10 times.")
    claims = statx.extract_text(text, doc_date="2021-03-03")
    assert [(c.mention, c.year) for c in claims] == [("3,000", 2019), ("more than 10 times", 2020)]


# ----------------------------------------------------------------------------- speakers

SPEAKER_LABELS = [
    ("President of Russia Vladimir Putin", "Vladimir Putin"),
    ("Director of the Federal Drug Control Service Viktor Ivanov", "Viktor Ivanov"),
    ("Vladimir Putin", "Vladimir Putin"),
    ("Interior Minister Vladimir Kolokoltsev", "Vladimir Kolokoltsev"),
    ("Russian Interior Minister Vladimir Kolokoltsev", "Vladimir Kolokoltsev"),
    ("Prosecutor General Igor Krasnov", "Igor Krasnov"),
    ("Deputy Prime Minister Dmitry Medvedev", "Dmitry Medvedev"),
    # a title with a comma, and title words the list does not know: a name is two words at most
    ("Minister of Civil Defence, Emergencies and Natural Disasters Relief Ivan Petrov", "Ivan Petrov"),
    ("Head of Rosstat Ivan Petrov", "Ivan Petrov"),
    ("PRESIDENT OF RUSSIA VLADIMIR PUTIN", "Vladimir Putin"),
    ("At the same time, Moscow", None),
    ("Font size", None),
    ("Site colours", None),
    ("Publication date", None),
    ("Question", None),
    ("The main results", None),
    # a headline before a colon is no title and a name
    ("Migrants in Russia Increased", None),
    ("Minister Kolokoltsev", "Kolokoltsev"),
]

SPEAKER_LABELS_RU = [
    ("В.Путин", "В.Путин"),
    ("Владимир Путин", "Владимир Путин"),
    ("Президент России Владимир Путин", "Владимир Путин"),
    ("Министр внутренних дел Владимир Колокольцев", "Владимир Колокольцев"),
    ("Генеральный прокурор Игорь Краснов", "Игорь Краснов"),
    ("Дата", None),
    ("Вопрос", None),
    ("Министр внутренних дел Колокольцев", "Колокольцев"),
    ("Мигранты в России выросли", None),
]


@pytest.mark.parametrize("label,name", SPEAKER_LABELS)
def test_speaker_name_en(label, name):
    assert speakers.speaker_name(label, set(EN.words("speakers", "titles")),
                                set(EN.words("not_claims", "not_speakers")), EN.data["speakers"]["name_words"]) == name


@pytest.mark.parametrize("label,name", SPEAKER_LABELS_RU)
def test_speaker_name_ru(label, name):
    assert speakers.speaker_name(label, set(RU.words("speakers", "titles")),
                                set(RU.words("not_claims", "not_speakers")), RU.data["speakers"]["name_words"]) == name


TRANSCRIPT = """View settings

Font size:
Site colours:

Meeting on countering drug trafficking

March 11, 2013, Moscow

President of Russia Vladimir Putin: Colleagues, good afternoon.

Last year we seized 2.5 tons of heroin.

Director of the Federal Drug Control Service Viktor Ivanov: Thank you, Mr President. Around 250,000 drug trafficking cases were opened.

More than 100,000 people were charged.

Vladimir Putin: Thank you. Almost half of the drug dens were closed.
"""


def test_transcript_turns_and_claims():
    layout = segment.Layout(TRANSCRIPT, EN)
    assert [name for _, name in layout.turns] == ["Vladimir Putin", "Viktor Ivanov", "Vladimir Putin"]
    assert layout.doc_date == dt.date(2013, 3, 11)
    claims = statx.extract_text(TRANSCRIPT)
    assert [(c.mention, c.speaker, c.year) for c in claims] == [
        ("2.5 tons", "Vladimir Putin", 2012),
        ("Around 250,000", "Viktor Ivanov", 2012),
        ("More than 100,000", "Viktor Ivanov", 2012),
        ("Almost half", "Vladimir Putin", 2012),
    ]
    assert {c.doc_date for c in claims} == {dt.date(2013, 3, 11)}


def test_turn_label_on_a_line_of_its_own():
    text = "Moscow Mayor Ivan Petrov:\n\nThe metro carried 2.5 billion passengers.\n\nNext year we expect 2.7 billion."
    claims = statx.extract_text(text)
    assert [(c.mention, c.speaker) for c in claims] == [("2.5 billion", "Ivan Petrov"), ("2.7 billion", "Ivan Petrov")]


def test_speaker_after_leading_blanks():
    claims = statx.extract_text("  Vladimir Putin: Crime fell by 5 percent.")
    assert [(c.mention, c.speaker) for c in claims] == [("5 percent", "Vladimir Putin")]


def test_no_speaker_before_the_first_turn():
    text = "Moscow\n\nThe police registered 1,200 thefts.\n\nVladimir Putin: Crime fell by 5 percent."
    claims = statx.extract_text(text)
    assert [(c.mention, c.speaker) for c in claims] == [("1,200", None), ("5 percent", "Vladimir Putin")]


def test_russian_turns():
    text = ("В.Путин: Уважаемые коллеги! Число краж снизилось на 9%.\n\n"
            "В.Колокольцев: Раскрыто 520 тыс. преступлений.\n\n"
            "Ущерб составил 200 млрд рублей.\n\n"
            "Владимир Путин: Спасибо.")
    claims = statx.extract_text(text)
    assert [(c.mention, c.speaker) for c in claims] == [
        ("9%", "В.Путин"), ("520 тыс.", "В.Колокольцев"), ("200 млрд рублей", "В.Колокольцев")]


# ----------------------------------------------------------------------------- document dates

DATES = [
    ("April 2, 2024, Moscow\n\nText.", dt.date(2024, 4, 2)),
    ("Title\n\nMarch 11, 2013\n\nText", dt.date(2013, 3, 11)),
    ("Publication date: March 11, 2013, 12:30\n\nText", dt.date(2013, 3, 11)),
    ("Text first.\n\nLast year crime fell.\n\nPublication date: March 11, 2013, 12:30\n", dt.date(2013, 3, 11)),
    ("Some title\n date 2021-03-03\n\nText.", dt.date(2021, 3, 3)),
    (" date 2021-03-03 Source: President of Russia – The Kremlin – English\nText.", dt.date(2021, 3, 3)),
    ("2 April 2024\n\nText", dt.date(2024, 4, 2)),
    ("Published: April 2, 2024\n\nText", dt.date(2024, 4, 2)),
    ("Title\n\n2024-04-02T10:15:00+03:00\n\nText", dt.date(2024, 4, 2)),
    ("Thursday, 20th July 2017, 5:53 pm\n\nText", dt.date(2017, 7, 20)),
    ("Posted: July 20th, 2017\n\nText", dt.date(2017, 7, 20)),
    ("Paris/Leipzig, 23 May 2018 | Preliminary figures suggest fewer deaths.", dt.date(2018, 5, 23)),
    ("MOSCOW, 30/03/2015\n\nText.", dt.date(2015, 3, 30)),
    ("Posted 03/30/2015\n\nText.", dt.date(2015, 3, 30)),
    ("Title\n\n30/03/2015 TASS\n\nText.", dt.date(2015, 3, 30)),
    ("Meeting with Government members 2019-11-11 11:30:00\n\nText.", dt.date(2019, 11, 11)),
    ("Title\n\n2 April 2024 The ministry said crime fell.\n", None),
    ("Title\n\nText about the meeting on April 2, 2024 here.\n", None),
    ("The study, published 12 May 2019, says crime fell.", None),
    ("A meeting in Moscow, 2 April 2024\nText.", None),
    ("No date at all.", None),
]


@pytest.mark.parametrize("text,date", DATES)
def test_document_date(text, date):
    assert dateline.document_date(text, EN) == date


DATES_RU = [
    ("Москва, 4 марта 2026 года\n\nТекст.", dt.date(2026, 3, 4)),
    # a byline, then the capitalised header on the same line
    ("Иван Петров Опубликована 24.02.2024 в 9:36\nТекст.", dt.date(2024, 2, 24)),
    # an official document's number line: "РЕШЕНИЕ / от 4 июня 2024 г. N 2км"
    ("РЕШЕНИЕ\nот 4 июня 2024 г. N 7\nТекст.", dt.date(2024, 6, 4)),
    ("Совещание прошло 4 марта 2026 года в Кремле.", None),
]


@pytest.mark.parametrize("text,date", DATES_RU)
def test_document_date_ru(text, date):
    assert dateline.document_date(text, RU) == date


def test_dateline_dates_the_claims_and_doc_date_overrides_it():
    text = "April 2, 2024, Moscow\n\nLast year, road deaths fell by 5 percent."
    [found] = statx.extract_text(text)
    assert (found.doc_date, found.year) == (dt.date(2024, 4, 2), 2023)
    [forced] = statx.extract_text(text, doc_date="2020-01-10")
    assert (forced.doc_date, forced.year) == (dt.date(2020, 1, 10), 2019)
    [forced] = statx.extract_text(text, doc_date=dt.date(2016, 5, 5))
    assert (forced.doc_date, forced.year) == (dt.date(2016, 5, 5), 2015)


def test_header_date_line_is_not_a_claim():
    text = " date 2021-03-03 Source: President of Russia – The Kremlin – English\nLast year, crime fell by 5 percent."
    claims = statx.extract_text(text)
    assert [(c.mention, c.year, c.doc_date) for c in claims] == [("5 percent", 2020, dt.date(2021, 3, 3))]


# ----------------------------------------------------------------------------- language

LANGS = [
    ("Crime fell by 5 percent in 2023.", "en"),
    ("Преступность снизилась на 5% в 2023 году.", "ru"),
    ('The minister used the phrase "снижение преступности" twice in his report on crime statistics for 2023.', "en"),
    ('Министр назвал рост киберпреступности "a real challenge" в своем докладе о статистике.', "ru"),
    ("Министр внутренних дел сообщил, что число IT-преступлений (cyber crimes, as Interpol calls them) выросло.", "ru"),
]


@pytest.mark.parametrize("text,lang", LANGS)
def test_detect(text, lang):
    assert lexicon.detect(text) == lang


def test_auto_language_per_document():
    en = statx.extract_text('In 2023 the minister spoke of "снижение преступности": thefts fell by 9 percent.')
    ru = statx.extract_text('В 2023 году, по словам министра ("a real challenge"), число краж выросло на 9%.')
    assert [(c.mention, c.unit, c.direction, c.year) for c in en] == [("9 percent", "percent", "down", 2023)]
    assert [(c.mention, c.unit, c.direction, c.year) for c in ru] == [("9%", "percent", "up", 2023)]


def test_forced_language():
    text = "Число краж снизилось на 9%."
    assert [c.direction for c in statx.extract_text(text, lang="ru")] == ["down"]
    with pytest.raises(ValueError):
        statx.extract_text(text, lang="de")
