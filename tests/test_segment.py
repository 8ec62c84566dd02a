"""Segmentation: sentences, paragraphs, speaker turns, the document's date and its language. One table
of cases, labelled by feature; a case's kind names its check: "rows" (conftest.check_rows, on the
claims of a text) or one of this file's checks of the text stage (sentences, paragraphs, speaker
labels, a transcript's layout, document dates, language detection, a language refused)."""
from __future__ import annotations

import datetime as dt
import doctest
from decimal import Decimal

import pytest

import statx
from conftest import CASE, case, cases, only, run_case
from statx import lang as lexicon
from statx.text import dateline, segment, speakers


def check_sentences(text, want):
    got = []
    for start, end in segment.paragraph_spans(text):
        got += [text[a:b] for a, b in segment.sentence_spans(text, start, end)]
    assert got == want


def check_paragraphs(text, want):
    assert [text[a:b] for a, b in segment.paragraph_spans(text, wrap=segment.wrap_width(text))] == want


def check_speaker_label(label, name, lang):
    titles, not_speakers, most, post_nominals = speakers.name_words(lexicon.load(lang))
    assert speakers.speaker_name(label, titles, not_speakers, most, post_nominals) == name


def check_layout(text, want, lang):
    """``want``: the names of the speaker turns, and the document's date."""
    layout = segment.Layout(text, lexicon.load(lang))
    assert ([name for _, name in layout.turns], layout.doc_date) == want


def check_document_date(text, date, lang):
    assert dateline.document_date(text, lexicon.load(lang)) == date


def check_language(text, lang):
    assert lexicon.detect(text) == lang


def check_refused(text, error, **options):
    with pytest.raises(error):
        statx.extract_text(text, **options)


CHECKS = {"sentences": check_sentences, "paragraphs": check_paragraphs, "speaker label": check_speaker_label,
          "layout": check_layout, "document date": check_document_date, "language": check_language,
          "refused": check_refused}

# ----------------------------------------------------------------------------- sentences

SENTENCES = [
    # a bulleted list that lost its line breaks: each item after a colon or semicolon is a sentence of its own
    ("The plan's highlights: * $40 million for roads; * $12 million for parks; • 300 new nurses.",
     ["The plan's highlights:", "* $40 million for roads;", "* $12 million for parks;", "• 300 new nurses."]),
    ("Crime fell by 4.5 percent. Mr. Kolokoltsev reported 14,500 deaths.",
     ["Crime fell by 4.5 percent.", "Mr. Kolokoltsev reported 14,500 deaths."]),
    ("The figure is approx. 600,000 people. That is a lot.",
     ["The figure is approx. 600,000 people.", "That is a lot."]),
    # an abbreviated month before a day's number ends no sentence (a year may still open one: "in 2012. 7 murders")
    ("On Sept. 30 enrolment was 8,614. On Dec. 1 it was 8,700.", ["On Sept. 30 enrolment was 8,614.", "On Dec. 1 it was 8,700."]),
    ("V. V. Putin met the minister. They discussed 3.5 billion rubles.",
     ["V. V. Putin met the minister.", "They discussed 3.5 billion rubles."]),
    ("Dr. Smith spoke at 5 p.m. Moscow time. He left.",
     ["Dr. Smith spoke at 5 p.m. Moscow time.", "He left."]),
    ("Growth was 3.6%! Is that enough? Yes.", ["Growth was 3.6%!", "Is that enough?", "Yes."]),
    # a page pasted without its spaces: a full stop after a percent sign ends the sentence before a capitalised word
    ("Инфляция снизилась до 6,1%.Овощи подешевели на 2%.", ["Инфляция снизилась до 6,1%.", "Овощи подешевели на 2%."]),
    # an abbreviated scale between two numbers ends no sentence; before a word it may
    ("Добыто 25 млн. 928 тыс. 495 тонн нефти. Это больше.", ["Добыто 25 млн. 928 тыс. 495 тонн нефти.", "Это больше."]),
    ("ВРП составил 10 трлн. 673,3 млрд. рублей. Рост - 2%.", ["ВРП составил 10 трлн. 673,3 млрд. рублей.", "Рост - 2%."]),
    ("The U.S. economy grew. Exports rose.", ["The U.S. economy grew.", "Exports rose."]),
    # a sentence may open with a digit after a year's full stop; "6. 8 trillion" is a broken decimal
    ("Fires fell in 2019. 8 people died.", ["Fires fell in 2019.", "8 people died."]),
    ("Доходы составят 6. 8 трлн рублей.", ["Доходы составят 6. 8 трлн рублей."]),
    # text pasted without the space after a full stop: a word's or a bracket's stop before a capitalised word
    ("Thefts fell 3% (to 1,200 cases).Robberies rose 2%.", ["Thefts fell 3% (to 1,200 cases).", "Robberies rose 2%."]),
    ("Кражи сократились на 3% в мае.Грабежи выросли на 2%.", ["Кражи сократились на 3% в мае.", "Грабежи выросли на 2%."]),
    ("He flew to St.Petersburg with Mr.Jones. They stayed.", ["He flew to St.Petersburg with Mr.Jones.", "They stayed."]),
    # ... and a list that lost its line breaks: a figure's unit glued to the next item's capitalised word (not "5 iPhones")
    ("Shops: 2.8 per centCafes: 4.1%Bars: 3 percent", ["Shops: 2.8 per cent", "Cafes: 4.1%", "Bars: 3 percent"]),
    ("Продажи: 2,8 процентаКафе: 4,1%", ["Продажи: 2,8 процента", "Кафе: 4,1%"]),
    ("They sold 5 iPhones and 20 mmHg cuffs.", ["They sold 5 iPhones and 20 mmHg cuffs."]),
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
    # percentage points abbreviated after their number, then a capitalised word: the sentence ends ("п. п." inside one does not)
    ("Безработица снизилась на 0,7 п.п. Среднее время поиска работы — 5,6 месяца.",
     ["Безработица снизилась на 0,7 п.п.", "Среднее время поиска работы — 5,6 месяца."]),
    ("Rates fell 0.4 p.p. Wages rose.", ["Rates fell 0.4 p.p.", "Wages rose."]),
]
# the sentence of a claim is whole, with its line breaks and runs of blanks folded
CLAIM_SENTENCE = [
    ("Last year the number of\ncyber crimes rose by   almost 30 percent. Damage grew.",
     [only(None, sentence="Last year the number of cyber crimes rose by almost 30 percent.")]),
]

# ----------------------------------------------------------------------------- paragraphs

PARAGRAPHS = [
    ("A.\n\nB.\n   \nC.\r\n\r\nD.", ["A.", "B.", "C.", "D."]),
    ("First paragraph.\nSecond paragraph.", ["First paragraph.", "Second paragraph."]),
    ("A sentence that wraps\nonto the next line.\n\nNext.", ["A sentence that wraps\nonto the next line.", "Next."]),
    ("Leading.  \n\n\n  Trailing blanks.  \n", ["Leading.", "Trailing blanks."]),
    ("  Leading blanks.\n\nNext.", ["Leading blanks.", "Next."]),
    # a page's line-break or paragraph tags left in its text break lines as line breaks do
    ("The levy passed. <br /> <br />Budget Summary <br />The budget is $2 million.",
     ["The levy passed.", "Budget Summary", "The budget is $2 million."]),
    ("<p>First paragraph.</p><p>Second paragraph.</p>", ["First paragraph.", "Second paragraph."]),
    # a hard-wrapped text: a short line before a capital is the writer's break (a title), not a wrapped sentence
    ("Ports: Cargo Volumes and Costs\nThis is a note on the ports, written for the monthly bulletin of the\nshipping board and read by its members in every port of the country.\nCargo handled in the main ports rose again in the first half of the\nyear, led by containers and grain, while coal and ore fell slightly as\ndemand in the steel industry eased after a strong start to the year.\nCosts per tonne were broadly flat.",
     ["Ports: Cargo Volumes and Costs", "This is a note on the ports, written for the monthly bulletin of the\nshipping board and read by its members in every port of the country.\nCargo handled in the main ports rose again in the first half of the\nyear, led by containers and grain, while coal and ore fell slightly as\ndemand in the steel industry eased after a strong start to the year.\nCosts per tonne were broadly flat."]),
    # text laid out with a blank line after every line: a long line that ends in a figure goes on in lower case
    ("The number of people in employment in the region also fell, with 181,600\n\npeople at work in May.\n\nNext.",
     ["The number of people in employment in the region also fell, with 181,600\n\npeople at work in May.", "Next."]),
    # ... and a long line that ends in a word goes on in digits, but not in a line that is a number alone (a page's counter)
    ("По данным ведомства, за прошлый год в области было\n\n20 287 пожаров, годом ранее 19 912.\n\nДалее.",
     ["По данным ведомства, за прошлый год в области было\n\n20 287 пожаров, годом ранее 19 912.", "Далее."]),
    ("Футбол: хозяева поля потерпели первое поражение в сезоне\n\n0\n235\n\nМатчем завершился тур.",
     ["Футбол: хозяева поля потерпели первое поражение в сезоне", "0", "235", "Матчем завершился тур."]),
    # captions: short lines of one width, a blank line after each; a sentence goes on after a lower-case word or a comma
    ("Weather news\n\nThe minister was asked\n\nabout the jobless rate of\n\nabout 5.8% in May. She said\n\nthat more than "
     "12,000 people\n\nhad found work in spring,\n\nwhich was good news.\n\nThanks for that.",
     ["Weather news", "The minister was asked\n\nabout the jobless rate of\n\nabout 5.8% in May. She said\n\nthat more than "
      "12,000 people\n\nhad found work in spring,\n\nwhich was good news.", "Thanks for that."]),
    # in a text laid out in lines of one width, a row of a pasted table and a heading in capitals stand alone
    ("Match of the day, kick-off at seven in the evening, at home\nThe rest of the fixtures of round twelve are\n"
     "played on the sixteenth and seventeenth of June this year\nLEAGUE TABLE\n| 1 | Rovers | 11 | 26 |\n"
     "| 2 | United | 11 | 23 |\nThe visitors have won twice in a row and lost once",
     ["Match of the day, kick-off at seven in the evening, at home\nThe rest of the fixtures of round twelve are\n"
      "played on the sixteenth and seventeenth of June this year", "LEAGUE TABLE", "| 1 | Rovers | 11 | 26 |",
      "| 2 | United | 11 | 23 |", "The visitors have won twice in a row and lost once"]),
    # ... but a text all in capitals runs on
    ("THE MINISTRY SAID THAT CRIME IN THE CAPITAL\nFELL BY FIVE PERCENT IN THE FIRST HALF\nOF THE YEAR AND THAT THEFTS\n"
     "FELL BY SEVEN PERCENT OVER THE SAME\nPERIOD WHILE ROBBERIES ROSE BY TWO\nPERCENT AND FRAUD BY NINE PERCENT",
     ["THE MINISTRY SAID THAT CRIME IN THE CAPITAL\nFELL BY FIVE PERCENT IN THE FIRST HALF\nOF THE YEAR AND THAT THEFTS\n"
      "FELL BY SEVEN PERCENT OVER THE SAME\nPERIOD WHILE ROBBERIES ROSE BY TWO\nPERCENT AND FRAUD BY NINE PERCENT"]),
]

# text from a PDF or a flipbook, broken into short lines: a sentence goes on after a word no sentence ends
# with when a figure opens the next line, and a label's colon on a line of its own, or a figure alone after
# it, stays with its label ...
PDF_LINES = [
    ("Revenue projections are based on oil price assumptions of\nUS$75.00 per barrel for the year.",
     [only("US$75.00", sentence="Revenue projections are based on oil price assumptions of US$75.00 per barrel for the year.")]),
    ("Mr. Speaker, we raised the road budget by over\n$300.0 million this year.",
     [only("over\n$300.0 million", value=300000000, qualifier="at_least", subject="road budget")]),
    # ... or a month's date ("in\nNovember 2022": the figure's time, in its sentence)
    ("Inflation has risen steadily over the year and peaked at 11.3 percent in\nNovember 2022 before it eased.",
     [only("11.3 percent", year=2022, sentence="Inflation has risen steadily over the year and peaked at 11.3 percent in November 2022 before it eased.")]),
    ("Инфляция в регионе за год ускорилась и достигла 11,3% в\nноябре 2022 года, затем замедлилась.",
     [only("11,3%", year=2022)]),
    ("Расходы бюджета на образование составили около\n5 млрд рублей.",
     [only("около\n5 млрд рублей", value=5000000000, unit="RUB", qualifier="approx",
           sentence="Расходы бюджета на образование составили около 5 млрд рублей.")]),
    ("Allocations are as follows:\n• Total Spending\n:\n$12.5 billion\n• Education and\nTraining\n:\n$2.1 billion\n"
     "• Local Government :\n$2.4 billion\n• Roads and bridges – $1.1 billion",
     [only("$12.5 billion", subject="total spending"), only("$2.1 billion", subject="education and training"),
      only("$2.4 billion", subject="local government"), only("$1.1 billion", subject="roads and bridges")]),
]
# ... but a word after such a word may open a paragraph of its own: a cut excerpt, a speaker's turn
PDF_LINES_APART = [
    ("The minister spoke of crime in the capital, at\nJohn Smith: We recorded 5 percent more thefts.",
     [only("5 percent", speaker="John Smith", sentence="John Smith: We recorded 5 percent more thefts.")]),
    ("Figures for the year were as follows:\n12 regions reported fewer thefts.",
     [only("12", sentence="12 regions reported fewer thefts.")]),
    # a headline over a blank line and a stored page's date header is a paragraph of its own
    ("Crashes fell 10%\n\n date 2025-12-19 Crashes in the region fell by 10.1% this year.",
     [only("10%", sentence="Crashes fell 10%", subject="crashes"), only("10.1%", sentence="Crashes in the region fell by 10.1% this year.")]),
]

# the year a claim takes from the text before it stops at its paragraph
YEAR_CONTEXT = [
    ("The results of 2020 were discussed.\n\n"
     "In 2019 the service had 3,000 vacancies.\n\n"
     "The number of IT crimes has increased more than 10 times.",
     [only("3,000", year=2019), only("more than 10 times", year=2020)]),
]

# ----------------------------------------------------------------------------- speakers

SPEAKER_LABELS = [
    # a sentence that ends in capitalised words and a colon introduces a list; it names no speaker
    ("Large rises in thefts were recorded in two Statistical Regions", None),
    ("Minister of Civil Defence, Emergencies and Disaster Relief Vladimir Puchkov", "Vladimir Puchkov"),
    # a photo's caption after a sentence that ended: no speaker
    ("A wheat field in the south of Finland. Image", None),
    ("Farmers in Kenya. Photo", None),
    ("Prof. Ivan Petrov", "Ivan Petrov"),
    # a label of title words alone names its speaker by the title; a page's header is no speaker
    ("PRIME MINISTER", "Prime Minister"),
    ("TREASURER", "Treasurer"),
    ("The Governor", "The Governor"),
    ("Date Published", None),
    # one word after a title is a surname; after a body's name it is an acronym or a place
    ("Mr COE", "Coe"),
    ("Minister Hale", "Hale"),
    ("Regional Assembly for the NT", None),
    ("PAUL KIM, MINISTER FOR EMPLOYMENT", "Paul Kim"),
    ("ANNA LEE, CEO, HARBOUR REALTY", "Anna Lee"),   # a name, then titles and an employer after commas
    ("MARK OWENS, CITY RADIO MORNING SHOW", "Mark Owens"),   # a name, then the programme or employer
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
    # a menu's words run together over a page's story name no one; a plural noun of places labels a release's section
    ("date 2016-07-11 BusinessMarkets WorldPolitics TechnologyBlog", None),
    ("Metropolitan Statistical Areas", None),
    ("Font size", None),
    ("Site colours", None),
    ("Publication date", None),
    ("Question", None),
    ("The main results", None),
    # a headline before a colon is no title and a name
    ("Migrants in Russia Increased", None),
    ("Minister Kolokoltsev", "Kolokoltsev"),
    ("Mr Ian McDonald", "Ian McDonald"),
    # one word after "of", "for" or "the" is a minister's portfolio, not a surname
    ("The Minister of Agriculture", None),
    ("Minister for Tourism", None),
    ("Secretary of State for the Environment", None),
]

SPEAKER_LABELS_RU = [
    ("В.Путин", "В.Путин"),
    ("О.КОЖЕМЯКО", "О.Кожемяко"),   # initials and a surname in capitals, as a transcript prints them
    ("Владимир Путин", "Владимир Путин"),
    ("Президент России Владимир Путин", "Владимир Путин"),
    ("Министр внутренних дел Владимир Колокольцев", "Владимир Колокольцев"),
    ("Генеральный прокурор Игорь Краснов", "Игорь Краснов"),
    ("Дата", None),
    ("Вопрос", None),
    ("Министр внутренних дел Колокольцев", "Колокольцев"),
    ("Мигранты в России выросли", None),
]
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
LAYOUTS = [
    (TRANSCRIPT, (["Vladimir Putin", "Viktor Ivanov", "Vladimir Putin"], dt.date(2013, 3, 11))),
    # later turns labelled with the initials of a speaker named in full before
    ("Anna Brook spoke to our correspondent Peter Moss.\n\nPETER MOSS: The budget grew by 5 percent.\n\n"
     "ANNA BROOK: What gets more?\n\nPM: Roads get 2 billion dollars.\n\nAB: And schools?\n\nPM: Schools get 1 billion.",
     (["Peter Moss", "Anna Brook", "Peter Moss", "Anna Brook", "Peter Moss"], None)),
]

TURNS = [
    # initials as labels, one of them inside a paragraph after a question: the name the text writes with those initials
    ("THE MORNING SHOW WITH PETER HALL\n\nPH: Welcome. Joanna Webb, more than 60% of adults have had a jab. Why so slow? "
     "JW: We chose care homes first. About 95% of residents are done.",
     [only("more than 60%", speaker="Peter Hall"), only("About 95%", speaker="Joanna Webb")]),
    # a courtesy title and a surname opening a turn inside a paragraph, after a sentence's end
    ("Governor's briefing\n\nThe Governor: We will start with an update. Dr. Lowe: Good afternoon. We are announcing 48 new "
     "cases today.", [only("48", speaker="Lowe")]),
    # initials that stand for no name of the text, in turns that open paragraphs: the initials as written
    ("Transcript\n\nTR: Crime is down. More than 50% of thefts were solved.\n\nKL: Yes. That is 95% of cases.\n\n"
     "TR: And now?\n\nKL: Nearly 40% of those.",
     [only("More than 50%", speaker="TR"), only("95%", speaker="KL"), only("Nearly 40%", speaker="KL")]),
    # one label of capitals whose letters the text writes as a name is a country's label, not a speaker's initials
    ("Markets wrap\n\nUK: Inflation in the United Kingdom rose to 3.1%.\n\nGermany: Prices fell 2%.",
     [only("3.1%", speaker=None), only("2%", speaker=None)]),
    # a link to another story under a heading with a colon opens no speaker's turn
    ("Jobs report\n\nThe bureau said 7.5 million people were unemployed.\n\nRead Also: The government created 8 million jobs in "
     "3 years\n\nMore than half of the workers (51.06 million) worked full-time.",
     [only("7.5 million", speaker=None), only("8 million", speaker=None), only("More than half", speaker=None),
      only("51.06 million", speaker=None)]),
    ("Новости\n\nЧитайте также: Правительство создало 800 рабочих мест за 3 года\n\nЧисло безработных выросло на 5%.",
     [only("800", speaker=None), only("5%", speaker=None)]),
    # a page's title of its site, section and topic, parted by colons, over a story: no speaker's turn
    ("Stats SA: Category Archives: Inflation\n\nConsumer inflation slowed to 5.2% in April.", [only("5.2%", speaker=None)]),
    ("Jane Roe: Dear colleagues,\nToday our revenue grew by 8 percent.", [only("8 percent", speaker="Jane Roe")]),
    # a turn's label after a page's address at the start of a paragraph
    ("Трагедия в шахте\n\nhttps://example.org/programmy/tragediya-123.html Анна Петрова: Ну а сейчас о главном. Погибли 25 человек.",
     [only("25", speaker="Анна Петрова")]),
    # a headline's kicker, one short line with no sentence's end over a story: no speaker's turn; a turn that says a
    # sentence over the text's next paragraph is one
    ("Tas Rents: Added pressure in the North West, relief in the South\n\nNews and Views\n\nMedian rents rose by 7% over the year.",
     [only("7%", speaker=None)]),
    ("Jane Roe: Our revenue grew by 8 percent.\n\nWe hired 40 staff.", [only("8 percent", speaker="Jane Roe"), only("40", speaker="Jane Roe")]),
    # a host's surname in capitals opening two turns, a guest's opening one: the names the text writes in full
    ("Omar Haddad was interviewed on Monday by Lisa Marsh.\n\nMARSH:  Forty percent of drivers call it a crisis.\n\n"
     "MARSH:  Who is to blame?\n\nHADDAD:  We pump 9 million tonnes a year.",
     [only("Forty percent", speaker="Lisa Marsh"), only("9 million tonnes", speaker="Omar Haddad")]),
    # a parliament's answer: the member's name and a verb of speech alone on a line open the turn below; one word
    # and a verb is no speaker's ("Police said:")
    ("Question Without Notice No. 412\n\nMs T.J. HARROW asked:\n\nWill the minister update the house?\n\n"
     "Mr K. DAWSON replied:\n\nThe figures show that 12 400 jobs were created in June.",
     [only("12 400", speaker="K. Dawson")]),
    ("Burglaries in the city\n\nPolice said:\n\nThefts fell by 8 per cent.", [only("8 per cent", speaker=None)]),
    # ... but one heading in capitals is no turn, however the text names its word elsewhere
    ("Family Background\n\nBACKGROUND:  Prices rose 5% in a year.", [only("5%", speaker=None)]),
    # a headline that quotes someone over a news story is no turn: the story is the text's own
    ('Глава Минздрава: "Больниц стало больше"\n\nЧисло коек за десять лет выросло на 30%, сообщил он журналистам.',
     [only("30%", speaker=None)]),
    # ... also repeated, as a page's title and its caption (a counter after the quotation)
    ('Мэр: «Город растёт»\n\nМэр: «Город растёт» 2\n\nНаселение за год выросло на 4%, сообщили в мэрии.',
     [only("4%", speaker=None)]),
    # a quote box: the name and a comma on a line, the title and its colon under it, then the quotation
    ("ИВАН ПЕТРОВ,\n\nГлава района:\n\n«Обращений поступило более 2 тысяч».", [only("более 2 тысяч", speaker="Иван Петров")]),
    # a turn taken up again after an interruption, its speech opening with an ellipsis
    ("Анна Ким: Рост составил 3%. А если сравнить с другими… Пётр Лис: В среднем. Анна Ким: …то в среднем было 1,3%.",
     [only("3%", speaker="Анна Ким"), only("1,3%", speaker="Анна Ким")]),
    # a letter's salutation is no speaker's turn
    ("Dear Customer: our prices rose by 5% this year.\n\nThe shop said so.", [only("5%", speaker=None)]),
    # a label a function word opens is no name: a motion's "That ...:", a release's "FOR IMMEDIATE RELEASE:", "About ...:"
    ("I move:\n\nThat Seanad Eireann:\n\nnotes that rents rose by 12 per cent since 2020.", [only("12 per cent", speaker=None)]),
    ("FOR IMMEDIATE RELEASE: Jobs in Ohio, May 2019\n\nOhio added 4,100 jobs in May.", [only("4,100", speaker=None)]),
    ("About NewsWire:\n\nOhio added 4,100 jobs in May.", [only("4,100", speaker=None)]),
    # a heading's rest may end with a note in brackets ("Motion [Private Members]")
    ("Affordable Homes: Motion [Private Members]\n\nRents rose by 12 per cent since 2020.", [only("12 per cent", speaker=None)]),
    (TRANSCRIPT,
     [only("2.5 tons", speaker="Vladimir Putin", year=2012, doc_date="2013-03-11"),
      only("Around 250,000", speaker="Viktor Ivanov", year=2012, doc_date="2013-03-11"),
      only("More than 100,000", speaker="Viktor Ivanov", year=2012, doc_date="2013-03-11"),
      only("Almost half", speaker="Vladimir Putin", year=2012, doc_date="2013-03-11")]),
    # the chair addressed over a member's statement is no turn: the chair speaks only among others
    ("Madam Speaker:\n\nThe number of arrests rose by 14 percent in 2024.\n\nMadam Speaker, we will not stop there.",
     [only("14 percent", speaker=None)]),
    # a release's sections labelled by plural nouns of places are no speakers' turns
    ("Jobs data\n\nIn brief, the data shows:\nRegions: Preliminary rates increased in all 9 regions.\n"
     "Counties: Rates rose in 40 counties.\nCities: Rates rose in 12 cities.",
     [only("9", speaker=None), only("40", speaker=None), only("12", speaker=None)]),
    # a title alone as the label, then the name in brackets (a Hansard's form)
    ("Mr Speaker: The House will now hear a statement.\n\nThe Minister of Finance (Dr Banda): Mr Speaker, revenue rose by 12 percent.",
     [only("12 percent", speaker="Banda")]),
    ("Mr Speaker: The House will now hear a statement.\n\nThe Minister of Agriculture (Mr Mwale): Mr Speaker, maize purchases rose by 8 per cent.",
     [only("8 per cent", speaker="Mwale")]),
    # a name, a comma, then a title phrase with lower-case words of its own, before a quoted turn
    ("Встреча\n\nВладимир Путин, президент РФ: «Как дела в области?»\n"
     "Иван Петров, губернатор Тверской области: «Рост за шесть месяцев составил почти 102%».",
     [only("почти 102%", speaker="Иван Петров")]),
    # a written answer's label: a title before the name, and a long title phrase after the comma, ending in "Law"
    ("Answer:\n\nMr K Ramesh, Minister for Home Affairs and Minister for Law:\n\n1. Road deaths rose by 58% to 71.",
     [only("58%", speaker="K Ramesh"), only("71", speaker="K Ramesh")]),
    # a headline's source ("Police: ...") over a news story that opens with its dateline's place is no speaker
    ("Bukit Tinggi: RM4.3bil lost to scams between 2019-2023\n\nKUALA LUMPUR: A whopping RM4.3bil was lost to scams, says Bukit Tinggi.",
     [only("RM4.3bil", speaker=None), only("RM4.3bil", speaker=None)]),
    # a release's title repeated, in capitals of its own, over the body: no speaker
    ("regional income: year ended march\n\nRegional Income: Year ended March 2010. Income rose 4.1 percent.",
     [only("4.1 percent", speaker=None)]),
    # a statement in quotation marks under "X said:": the paragraph after its closing mark is the text's own again
    ("Figures out today.\n\nAnna Grey, the Chief Statistician, said:\n\n“Households grew by 1.2 per cent.\n\n“That is slower.”\n\n"
     "The main findings are:\n\n  • There were 2.4 million households.",
     [only("1.2 per cent", speaker="Anna Grey"), only("2.4 million", speaker=None)]),
    ("Отчет опубликован.\n\nИван Сидоров, глава ведомства, сказал:\n\n«Число семей выросло на 1,2%».\n\nВ области 2,4 млн семей.",
     [only("1,2%", speaker="Иван Сидоров"), only("2,4 млн", speaker=None)]),
    # a turn label on a line of its own
    ("Moscow Mayor Ivan Petrov:\n\nThe metro carried 2.5 billion passengers.\n\nNext year we expect 2.7 billion.",
     [only("2.5 billion", speaker="Ivan Petrov"), only("2.7 billion", speaker="Ivan Petrov")]),
    # Hansard: a member's name in capitals, then the seat and office and the time in brackets
    ("Ms REED (Fairfield) (14:05): How many jobs were created?\n\nMr COLE (Hume—Treasurer) (14:06): Some 42,000 jobs were created.",
     [only("Some 42,000", speaker="Cole")]),
    # a long office, then its holder with a courtesy title in brackets, on a line of its own (a parliament's official report)
    ("Official Report\n\nThe Minister for Transport and Rural Road Safety (Mr Ian Moray):\n\nBus journeys rose by 4 per cent.\n\n"
     "Jean Hall (Lothians) (Lab):\n\nFares rose by 9 per cent.",
     [only("4 per cent", speaker="Ian Moray"), only("9 per cent", speaker="Jean Hall")]),
    # a name, a comma and a regional title ("аким", Kazakhstan's governor) on a line of its own, the turn after it
    ("Итоги года обсудили в акимате.\n\nЕржан Касымов, аким Павлодарской области:\n\n— В этом году построено 12 школ.",
     [only("12", speaker="Ержан Касымов")]),
    # a debate's record: each turn under a line of the member's name, seat and party in brackets (maybe after a
    # photo's caption run together with the name, and before the record's source)
    ("Dáil debates\n\nHousing: Motion\n\nPhoto of Ann BrennanAnn Brennan (Kerry, Labour) | Oireachtas source\n\nThere are "
     "4,100 households on the housing list in Kerry.\n\nTom Hickey (Cork South-West, Fine Gael)\n\nSome 600 homes were built last year.",
     [only("4,100", speaker="Ann Brennan"), only("Some 600", speaker="Tom Hickey")]),
    # an office alone, a title and its portfolio after "for", names the speaker of its turn
    ("Media session\n\nReporter: How many left the campus?\n\nSecretary for Transport: Around 800 people left by noon.",
     [only("Around 800", speaker="Secretary for Transport")]),
    # ... nor a page's date line whose calendar names the day's names after a colon
    ("Городские новости\n\nПт, 12. Декабря Завтра: Иван, Ольга\n\nПраздник посетили 300 тысяч человек.",
     [only("300 тысяч", speaker=None)]),
    # ... nor a list's item with its amount in brackets
    ("The council adopted these plans:\n\nGeneral Fund ($21,508,184)\n\nOther Funds ($4,381,218)\n\nSpending rises by 3 per cent.",
     [only("$21,508,184", speaker=None), only("$4,381,218", speaker=None), only("3 per cent", speaker=None)]),
    # ... but not a caption's name with the photo's place and date
    ("Harbour works begin\n\nPort manager Ann Brennan (pictured)\n\nSome 600 boats used the harbour last year.",
     [only("Some 600", speaker=None)]),
    # a news channel's transcript: surnames in capitals, and a full name with its title after a comma
    ("HILL: This morning we learned that 98,000 jobs were created.\n\nMARIA LOPEZ, TRADE SECRETARY: Good morning.\n\n"
     "HILL: Is that disappointing?\n\nLOPEZ: We see 120,000 private sector jobs created.",
     [only("98,000", speaker="Hill"), only("120,000", speaker="Maria Lopez")]),
    # letters after the name ("MP", "QC") are no part of it; a long title after the comma may end in any word
    ("SARAH HALE MP, MINISTER FOR TRANSPORT AND ROADS, MINISTER FOR THE REGIONS: Bus use grew by 12 per cent.\n\n"
     "JOURNALIST: Why?\n\nHALE: We added 300 buses.\n\nJohn Stone QC: Fares rose 4 per cent.",
     [only("12 per cent", speaker="Sarah Hale"), only("300", speaker="Sarah Hale"), only("4 per cent", speaker="John Stone")]),
    # a broadcaster's own title after the comma ("CNN ANCHOR", "NEWS CORRESPONDENT") is no name
    ("JANE ROWE, NEWS ANCHOR: Payrolls grew by 150,000 in May.\n\nPAUL KIM, LABOR SECRETARY: Welcome.\n\n"
     "ROWE: Is that enough?\n\nKIM: We added 2 million jobs this year.",
     [only("150,000", speaker="Jane Rowe"), only("2 million", speaker="Paul Kim")]),
    # a machine transcript's numbered speakers, a time stamp after the label: the label is the speaker, its number no count
    ("Speaker 1 (00:02):\nHow many visitors came?\n\nSpeaker 2 (00:05):\nAbout 40,000 came in May.\n\nSpeaker 1 (00:09):\nThanks.",
     [only("About 40,000", speaker="Speaker 2")]),
    ("Спикер 1: Сколько туристов приехало?\n\nСпикер 2: Около 40 тысяч, на 5% больше.",
     [only("Около 40 тысяч", speaker="Спикер 2"), only("5%", speaker="Спикер 2")]),
    # a radio transcript's labels on lines of their own, surnames after the full names
    ("JANE ROWE:\n\nPayrolls grew by 150,000.\n\nPAUL KIM:\n\nGood afternoon.\n\nROWE:\n\nIs 2 percent enough?\n\nKIM:\n\nWe added 40,000 jobs.",
     [only("150,000", speaker="Jane Rowe"), only("2 percent", speaker="Jane Rowe"), only("40,000", speaker="Paul Kim")]),
    # a release's contact labels are no speakers: "INTERNET ADDRESS: http://...", "MEDIA CONTACT: (202) 555-0100"
    ("FOR TECHNICAL INFORMATION: Jane Roe (202) 555-0101\nMEDIA CONTACT: (202) 555-0100\nINTERNET ADDRESS: http://www.example.gov/cpi/\n\n"
     "The index decreased 1.0 percent in December.", [only("1.0 percent", speaker=None)]),
    # a news dateline's city before a colon is no speaker
    ("New Delhi: Addressing the house, the minister said spending grew by 7.3 per cent.",
     [only("7.3 per cent", speaker=None)]),
    # a dateline in capitals, the text's only label, is no speaker (a place, as in Malaysian and Nigerian news)
    ("Dengue cases climb\n\nSERI KEMBANGAN: The state recorded 2,310 dengue cases last week, the ministry said.\n\n"
     "It expects 400 more.", [only("2,310", speaker=None), only("400", speaker=None)]),
    # ... nor a title alone on its line, the speech below it (a press conference's one speaker)
    ("14 December 2014\n\nPress Conference\n\nTREASURER:\n\nIron ore fell to $63 a tonne.",
     [only("$63", speaker="Treasurer")]),
    # ... unless the text named that person before it (a transcript's one speaker)
    ("The following is the transcript of Chair Mira Castell's news conference:\n\nMIRA CASTELL: We raised the rate by "
     "75 basis points.\n\nWe expect 2 percent inflation.", [only("75 basis points", speaker="Mira Castell"), only("2 percent", speaker="Mira Castell")]),
    # but labels in capitals that open several turns are speakers
    ("NORA VANCE: Sales rose 4 percent.\n\nOWEN BELL: They rose 6 percent.",
     [only("4 percent", speaker="Nora Vance"), only("6 percent", speaker="Owen Bell")]),
    # a heading in capitals that opens one paragraph is no speaker
    ("BACKGROUND: The plant employs 1,200 workers.\n\nSUMMARY: It will close.", [only("1,200", speaker=None)]),
    # a caption that credits someone ("The BBC's Fergus Walsh:") opens no turn
    ("Queues grew.\n\nThe network's health editor Ann Lee: Queues grew by 4,100 patients.",
     [only("4,100", speaker=None)]),
    # a caption's words ("Photos & Rush Transcript:") are no name
    ("Video, Audio, Photos & Rush Transcript: Amid Ongoing Outbreak, Mayor Announces Health Department Has Opened New Clinic\n\n"
     "Confirms 540 Additional Cases in Leeds - Bringing Citywide Total to 9,230; New Cases in 12 Districts",
     [only("540", speaker=None), only("9,230", speaker=None), only("12", speaker=None)]),
    # a preposition is in no name: a blog's tag line ("All Entries Tagged With:") opens no turn
    ("RSSAll Entries Tagged With: \"State Treasury\"\n\nRevenue Up 3 Percent in May\n\nCollections rose by $12 million.\n\n"
     "JOBS BASED IN NEW HAMPSHIRE: Payrolls grew by 1,200.",
     [only("3 Percent", speaker=None), only("$12 million", speaker=None), only("1,200", speaker=None)]),
    # a turn label after leading blanks
    ("  Vladimir Putin: Crime fell by 5 percent.", [only("5 percent", speaker="Vladimir Putin")]),
    # no speaker before the first turn
    ("Moscow\n\nThe police registered 1,200 thefts.\n\nVladimir Putin: Crime fell by 5 percent.",
     [only("1,200", speaker=None), only("5 percent", speaker="Vladimir Putin")]),
    ("В.Путин: Уважаемые коллеги! Число краж снизилось на 9%.\n\n"
     "В.Колокольцев: Раскрыто 520 тыс. преступлений.\n\n"
     "Ущерб составил 200 млрд рублей.\n\n"
     "Владимир Путин: Спасибо.",
     [only("9%", speaker="В.Путин"), only("520 тыс.", speaker="В.Колокольцев"),
      only("200 млрд рублей", speaker="В.Колокольцев")]),
    # a release's section heading that names a change ("Export Growth:") is no speaker's name
    ("Quarterly bulletin\n\nExport Growth:\nExports for the quarter amounted to $81.2 million, up 3.4%.",
     [only("$81.2 million", speaker=None), only("3.4%", speaker=None)]),
    ("Обзор\n\nРост Экспорта:\nЭкспорт за квартал составил 81,2 млн долларов.", [only("81,2 млн долларов", speaker=None)]),
    # a heading that ends in a colon is no turn
    ("Figure of the Day: Corruption\n\nThe damage from corruption amounted to 43.8 billion rubles.",
     [only("43.8 billion rubles", speaker=None)]),
    ("Статистика Суддепа: судимость в 2020 году\n\nЗа год осудили 530 965 человек.",
     [only("530 965", speaker=None)]),
    ("Monthly Bulletin: Retail Sales Index, March 2019\n\nThe index rose by 2.4% in March.",
     [only("2.4%", speaker=None)]),
    # ... also with a dash inside its words
    ("Labour Numbers: Unemployment up in the North—UPDATE\n\nThe unemployment rate stood at 8.5%.",
     [only("8.5%", speaker=None)]),
    # a headline in title case after the colon, however long
    ("State Officials: At Least 2 Rail Crossing Crashes per Week Since 2015\n\nCrossing crashes totaled 1,218 over the period.",
     [only("At Least 2", speaker=None), only("1,218", speaker=None)]),
    ("THE EMPLOYMENT SITUATION: SEPTEMBER 2000\n\nPayroll employment rose by 252,000 jobs.",
     [only("252,000", speaker=None)]),
    # a long, garbled title with a space before the colon
    ("Chairman of the Committee Ivan Sidorov Sidorov IvanChairman of the Committee of Russia : Mr President, "
     "almost 1.5 million cases have gone to court.", [only("almost 1.5 million", speaker="Ivan Sidorov")]),
    # a courtesy title and a surname open a turn even when a few words end the line, as a motion's mover says it
    ("Mr Speaker: I call Ms Doran.\n\nMs Doran: I beg to move\n\nThat this House notes that 4,120 families were homeless in 2023.",
     [only("4,120", speaker="Doran")]),
    ("Г-н Петров: Прошу слова\n\nВ прошлом году бездомными были 4120 семей.", [only("4120", speaker="Петров")]),
    # a turn that starts in the middle of a flattened line
    # a broadcast's captions run together, each turn after ">>", its label maybe an office and a surname
    ("Question Period\n\n[ Applause ]>>Ann Lee: THANK YOU, SPEAKER. THE DEFICIT IS $12 BILLION.>>The Speaker: QUESTION.>>"
     "Premier Moss: THANK YOU. WE ADDED 128,400 NEW JOBS.",
     [only("$12 BILLION", speaker="Ann Lee"), only("128,400", speaker="Moss")]),
    ("Vladimir Putin: How many jobs? Anton Siluanov: Over 260,000 new jobs, up 5 percent.",
     [only("Over 260,000", speaker="Anton Siluanov"), only("5 percent", speaker="Anton Siluanov")]),
    # a guest named by one word, whose turns alternate with a named speaker's
    ("Host: Welcome to the show.\n\nMaria: Thank you for having me.\n\nHost: How big is the deficit?\n\n"
     "Maria: It reached 4.2 percent of output last year.", [only("4.2 percent", speaker="Maria")]),
    # a transcript whose turns give surnames only, with the first name said elsewhere
    ("Встреча Владимира Путина с губернатором Андреем Хоценко.\n\nПутин: Как зарплаты?\n\n"
     "Хоценко: Реальная зарплата выросла на 17,8 процента.\n\nПутин: Рост приличный.",
     [only("17,8 процента", speaker="Андреем Хоценко")]),
    # labels of a list are no turns
    ("Доходы: 23 727 млрд рублей (+3,0%)\nРасходы: 27 920 млрд рублей (+21,1%)",
     [only("23 727 млрд рублей", speaker=None), only("+3,0%", speaker=None),
      only("27 920 млрд рублей", speaker=None), only("+21,1%", speaker=None)]),
    # ... nor is a label of words that a figure alone follows on its line, as a list of countries writes it
    ("The country recorded 2 million foreign arrivals. Topping the list are the following:\n\n"
     "United States: 352,894\n\nJapan: 97,329\n\nUnited Kingdom: 62,291\n",
     [only("2 million"), only("352,894", speaker=None), only("97,329", speaker=None),
      only("62,291", speaker=None)]),
    # ... nor an institution's name before an amount whose currency is written before it
    ("Spending by office, this year (last year in brackets):\n\nOffice of the Governor: N$ 12 400 000 (11 900 000)\n\n"
     "Ports Authority: USD 3 100 000\n\nWater Board: N.dollars 2 050 000\n",
     [only("N$ 12 400 000", speaker=None, subject="office of the governor"), only("11 900 000", speaker=None, unit="NAD"),
      only("USD 3 100 000", speaker=None, subject="ports authority"), only("N.dollars 2 050 000", speaker=None, subject="water board")]),
    # ... nor a match report's labels, one word each
    ("Голы: Иванов, 6; Петров, 45.\n\nПредупреждения: Сидоров, 15; Орлов, 23.\n\nКоманда увеличила выручку на 12%.",
     [only("12%", speaker=None)]),
    # ... nor a label alone on its line with a figure opening the next, as a page's box of indicators writes it
    ("Key Figures\n\nJobless Rate:\n4.2%, as at Spring 2023\nRetail Sales Growth:\n1.9%, Jan - June 2023\n",
     [only("4.2%", speaker=None), only("1.9%", speaker=None)]),
    # ... nor a news dateline's town and country opening the lead (a speaker's title and name stay a turn)
    ("Arrivals up in Port Vila\n\nPort Vila, Vanuatu: Arrivals rose by 6% in the first quarter.\n\nThe islands welcomed 31,200 visitors.",
     [only("6%", speaker=None), only("31,200", speaker=None)]),
    ("Budget briefing\n\nMinister of Finance, Ana Ruiz: We will spend 4% more on schools this year.",
     [only("4%", speaker="Ana Ruiz")]),
    # ... nor a label over a list whose bullets open with figures, a blank line between
    ("Outlook for the state's crops\n\nSugar Beets:\n\n·   1.3 million tons\n\n·   2.1 million acres\n\nPotatoes:\n\n·   9.6 million tons\n",
     [only("1.3 million tons", speaker=None), only("2.1 million acres", speaker=None), only("9.6 million tons", speaker=None)]),
    # ... nor one whose line goes on after the figure: a turn opens with words
    ("Results by subject:\n\nCore Mathematics: 22,737 (65.3%) passed; 7,408 failed.\n\nSocial Studies: 25,838 (75.4%) passed.",
     [only("22,737", speaker=None), only("65.3%", speaker=None), only("7,408", speaker=None),
      only("25,838", speaker=None), only("75.4%", speaker=None)]),
    # ... nor is a label that ends in a word naming a number ("Press Release No. :"): a release's heading
    ("Press Release No. : 12/2020\nDate : 5 May 2020\nThe Bank kept its policy rate at 0.25 percent.",
     [only("0.25 percent", speaker=None)]),
]

# ----------------------------------------------------------------------------- document dates

DATES = [
    # a date in a block of links under "Read also" dates a linked story, not the text
    ("Wages rose\n\nRead also\nCouncil opens a new school\n12.02.2026\n", None),
    # ... or a heading of more words that opens and closes as one of those does ("Related Irish News Stories")
    ("Wages rose\n\nRelated Local News Stories\nClick here for the headlines.\n\n02 January 2013\nCouncil opens a new school\n", None),
    # a title line naming the event the text records, its full date ending the line
    ("Chief Medical Officer's press conference about COVID-19 on 10 January 2021\n\nPAUL KELLY: Globally, over 89 million cases.",
     dt.date(2021, 1, 10)),
    ("The meeting on 10 January 2021 was long.\nThen 6 more members came.", None),
    ("April 2, 2024, Moscow\n\nText.", dt.date(2024, 4, 2)),
    # a site's first line: the date and its poster's handle; not a sentence after the date
    ("Sep 09, 2017 admin\nThe target is farther away.", dt.date(2017, 9, 9)),
    ("Sep 09, 2017 police said arrivals rose.", None),
    # a day written with a full stop, as Nordic and German pages write it
    ("Population\n10. Nov 2021\nThe population grew by 805 people.", dt.date(2021, 11, 10)),
    ("Published\nMarch 3, 2021 at 10:15\n\nPrices rose 3%.", dt.date(2021, 3, 3)),
    ("The vote of March 3, 2021 at 10:15 was close.", None),
    # a header's time before its date, as a statistics office's release gives it
    ("Labour Force\n\nReleased at 11:30 AM (CANBERRA TIME) 22/07/2009\n\nJobs rose 2%.", dt.date(2009, 7, 22)),
    # a parliament's record: the sitting's date in brackets under the question's title
    ("Question 7. Regional Jobs\n[Sitting date: 4 June 2019. Volume:738;Page:12.]\n\nText.", dt.date(2019, 6, 4)),
    # a section's word alone before a date that ends its line; not a sentence's date
    ("News 1 Jun 2023\n\nFinland in Figures\n\nText.", dt.date(2023, 6, 1)),
    # ... and a time after the date
    ("News 15 January 2013, 10:26\n\nInflation was 1.4% in December.", dt.date(2013, 1, 15)),
    # a news agency's closing line, its date ending it; not a date inside a sentence that goes on
    ("Deficit grows\n\nThe deficit rose 5 per cent.\n\nThis report by The Canadian Press was first published Dec. 16, 2025.\n",
     dt.date(2025, 12, 16)),
    ("The table was first published May 3, 2021 by the office and revised since.", None),
    # a page's notice of its age
    ("Jobs up in May\n\nThis article was published 12/6/2019 (2100 days ago), so information in it may no longer be current.\n\nText.",
     dt.date(2019, 6, 12)),
    # a byline's date right after the author's name, a time after it; not a sentence that opens with "By" and a weekday
    ("Remittances up\n\nBy Mele Tuilagi Sanerivi 17 August 2022, 9:28PM\n\nRemittances rose 40 per cent.", dt.date(2022, 8, 17)),
    ("Notice\n\nBy Friday 17 May 2024, the council must decide on 3 sites.\n", None),
    # an agency in brackets before the time and the date, its opening bracket lost in the copy
    ("Visitors up 40 pct\n\nXinhua) 08:39, November 01, 2024\n\nText.", dt.date(2024, 11, 1)),
    ("Visitors up\n(Xinhua) 08:39, November 01, 2024\nText.", dt.date(2024, 11, 1)),
    # a wire's stamp: the date, a slash, the time
    ("June 4, 2014 / 6:02 AM / 9 years ago\n\nHeadline\n\nText.", dt.date(2014, 6, 4)),
    # a news page's reading time after its date line; not a duration in a sentence
    ("November 13, 2025 2 mins\n\nHeadline\n\nText.", dt.date(2025, 11, 13)),
    ("Nov 13, 2025 · 4 min read\n\nHeadline\n\nText.", dt.date(2025, 11, 13)),
    ("The talks on November 13, 2025 lasted 40 minutes.\n\nText.", None),
    ("The meeting 5 June 2013 was long.\n\nText.", None),
    # a date at the start of a hard-wrapped line, a clause going on after it, is the sentence's, not a dateline
    ("Good afternoon. I would like to begin with what took place two years ago, on\nJanuary 26, 2012, when you "
     "took part in the board meeting and gave us instructions.", None),
    # a press release's line: a weekday's full date inside it; not an event's date "on Friday, ..."
    ("FOR IMMEDIATE RELEASE AT 10:00 A.M. EDT, TUESDAY, MAY 3, 2022 CB 22-71 U.S. Census Bureau\n\nText.", dt.date(2022, 5, 3)),
    ("Title\n\nThe mayor spoke on Friday, August 5, 2016 about the new budget and its plans.\n\nText.", None),
    # a bulleted date line with its time first ("• 10:27, 26 декабря 2022")
    ("The mayor reviews the year\n\n  • 10:27, 26 December 2022\n  • Comments[3]\n\nText.", dt.date(2022, 12, 26)),
    # ... or a dash before the time ("- 13:22 20 июля 2023"); not a list item's dash before a sentence's time
    ("School exams: the results\n- 13:22 20 July 2023\nThe minister spoke.", dt.date(2023, 7, 20)),
    ("Plan\n\n- 13:22 the train leaves on 20 July 2023 from Leeds.\n\nText.", None),
    ("Title\n\nMarch 11, 2013\n\nText", dt.date(2013, 3, 11)),
    # a head line that ends with its full date after a comma: a speech's or a statement's
    ("On growth\n\nSpeech by Ms Ada Lowe, Deputy Governor, at the Trade Forum, Leeds, 3 March 2021.\n\nThank you.", dt.date(2021, 3, 3)),
    ("Remarks by the Treasurer at the Budget Lunch, Perth, May 14th, 2019\n\nGood afternoon.", dt.date(2019, 5, 14)),
    ("Publication date: March 11, 2013, 12:30\n\nText", dt.date(2013, 3, 11)),
    ("Jobs report\n\nFirst published: 9 May 2021\n\nText", dt.date(2021, 5, 9)),
    # a time stamp and a date that open the text's first line, its first sentence after them
    ("16:15 8.09.2010 По данным Росстата, инфляция составила 0,2%.", dt.date(2010, 9, 8)),
    # a broadcast transcript's air date
    ("News Hour\n\nAired May 12, 2015 - 18:00   ET\n\nText.", dt.date(2015, 5, 12)),
    ("Text first.\n\nLast year crime fell.\n\nPublication date: March 11, 2013, 12:30\n", dt.date(2013, 3, 11)),
    ("Some title\n date 2021-03-03\n\nText.", dt.date(2021, 3, 3)),
    (" date 2021-03-03 Source: President of Russia – The Kremlin – English\nText.", dt.date(2021, 3, 3)),
    ("2 April 2024\n\nText", dt.date(2024, 4, 2)),
    ("Published: April 2, 2024\n\nText", dt.date(2024, 4, 2)),
    ("Title\n\n2024-04-02T10:15:00+03:00\n\nText", dt.date(2024, 4, 2)),
    ("Thursday, 20th July 2017, 5:53 pm\n\nText", dt.date(2017, 7, 20)),
    ("Posted: July 20th, 2017\n\nText", dt.date(2017, 7, 20)),
    ("Date Published: Fri, 05 Jun 2020\n\nText", dt.date(2020, 6, 5)),
    # a byline's date after its name, and a time before a date
    ("Questions for the Minister\n\nby Staff Writer on Monday, March 4, 2013 — 4:10 PM\n\nText", dt.date(2013, 3, 4)),
    ("Weekly summary\n\n09:15 14.10.2022\nText", dt.date(2022, 10, 14)),
    ("by the way, on Monday we met.\n\nText", None),
    # a line laid out in columns: a run of spaces ends the date's cell
    ("FOR RELEASE\nMONDAY, FEB. 3, 2020                          CONTACT: PRESS OFFICE\n\nText", dt.date(2020, 2, 3)),
    # the page's last update is no date of the text
    ("Last Updated: 05/11/2021\n\nThe minister spoke in 2009.", None),
    ("Paris/Leipzig, 23 May 2018 | Preliminary figures suggest fewer deaths.", dt.date(2018, 5, 23)),
    ("MOSCOW, 30/03/2015\n\nText.", dt.date(2015, 3, 30)),
    ("Posted 03/30/2015\n\nText.", dt.date(2015, 3, 30)),
    ("Title\n\n30/03/2015 TASS\n\nText.", dt.date(2015, 3, 30)),
    # a time, a dash, then a date with spaced slashes
    ("Title\n\n14:44 - 09 / 12 / 2014\nText.", dt.date(2014, 12, 9)),
    ("Meeting with Government members 2019-11-11 11:30:00\n\nText.", dt.date(2019, 11, 11)),
    ("2022/11/23\nDeputy Minister; ladies and gentlemen; good afternoon.", dt.date(2022, 11, 23)),
    # a line that opens with a weekday and a full date is a dateline, whatever byline follows it
    ("Arrivals up again\n\nSaturday March 14, 2020 Written by Published in Economy\n\nText.", dt.date(2020, 3, 14)),
    ("Crime falls\n\nPage last updated at 12:56 GMT, Tuesday, 30 September 2008 13:56 UK\n\nText.", dt.date(2008, 9, 30)),
    ("Prices rose 5% - up from 3 March 2019\nText.", None),
    # a weekday before the date; a header with only a month dates the document to its first day
    ("Away team\n3:2 (1:0, 2:2)\nSunday 12.05.2019, 19:30 • Arena\n\nText.", dt.date(2019, 5, 12)),
    ("Score report\n\nWed, 4 March 2026\n\nText.", dt.date(2026, 3, 4)),
    (" date 2023-09 The budget for next year was planned.", dt.date(2023, 9, 1)),
    # "03/07/2026" reads either way: a date that cannot wins, else the page's other slash dates decide
    ("The Office\n\n03/07/2026 | Press release\n\nText.\n\nPublication date: March 7, 2026, 10:05\n", dt.date(2026, 3, 7)),
    ("03/07/2026 | Press release\n\nThe law came into force on 12/25/2025.\n", dt.date(2026, 3, 7)),
    ("03/07/2026 | Press release\n\nThe law came into force on 25/12/2025.\n", dt.date(2026, 7, 3)),
    ("03/07/2026 | Press release\n\nText.\n", dt.date(2026, 7, 3)),
    # ... but only a date that is one of its two readings: another story's date ("From the archive: 04 April 2017") is none
    ("07/06/2013\n\nJobless rate falls\n\nText.\n\nFrom the archive\n\n04 April 2017\nJobs summit called\n", dt.date(2013, 6, 7)),
    ("07/06/2013\n\nJobless rate falls\n\nText.\n\nOn the day\n\n7 June 2013\nJobs summit called\n", dt.date(2013, 6, 7)),
    # ... and so does a clock of twelve hours with seconds after it, as the United States writes date and time
    ("Jobless rate rises\n\nThe rate rose to 6 percent.\nStatistics Office | Jane Roe | 11/3/2015 10:04:44 PM\nMore text.\n",
     dt.date(2015, 11, 3)),
    ("Jobless rate rises\n\nThe rate rose to 6 percent.\nStatistics Office | 11/3/2015 22:04\nMore text.\n", dt.date(2015, 3, 11)),
    ("Title\n\n2 April 2024 The ministry said crime fell.\n", None),
    ("Title\n\nText about the meeting on April 2, 2024 here.\n", None),
    ("The study, published 12 May 2019, says crime fell.", None),
    ("A meeting in Moscow, 2 April 2024\nText.", None),
    ("On growth\n\nA talk on trade at the Forum, Leeds, 3 March 2021.\n\nThank you.", None),
    # a date alone on its line after a bar, or after a section's name and a bar
    ("Cheaper Power\nThe Daily Courier\n|March 9, 2024\nLast week the office released its figures.", dt.date(2024, 3, 9)),
    ("Business | 2 June 2023\n\nText.", dt.date(2023, 6, 2)),
    ("Title\n\nThe meeting | was held on 3 March 2021 at noon.\n", None),
    # a speech's head line with its date after "on", in the middle of the line
    ("Press Release\n\nSPEECH BY MR LEE, MINISTER FOR TRADE, AT THE EXPORT FORUM, ON TUESDAY 7 MARCH 2006, 10.00 AM, AT THE HALL\n\nGood morning.",
     dt.date(2006, 3, 7)),
    ("Speech by the Governor on the crisis that began on 12 July 2008 and its lessons\n\nThank you.", None),
    # a title in capitals before a date that ends its line; not a capitalised sentence going on after the date
    ("Radio talk\n\nHOUSING STARTS 14 MARCH 1975\n\nGood evening.", dt.date(1975, 3, 14)),
    ("Notes\n\nSALES FELL ON 14 MARCH 1975 BY A THIRD\n\nText.", None),
    # a wire-style line: a dash before a date alone on its line; not a list item's dash before a date and its sentence
    ("Road deaths fell\n- 9 May 2018\nThe police said 40 people died.", dt.date(2018, 5, 9)),
    ("Holiday buses\n\n- 9 May 2018 – on the Sunday timetable;\n- 10 May 2018 – as usual.", None),
    # the site's clock, a date alone on its line, then the article's own earlier date
    ("Friday, 4 December 2026\n\nCity News\n\nPrices up\n\n12 March 2019\n\nPrices rose 4% in February.", dt.date(2019, 3, 12)),
    ("12 March 2019\n\nPrices up\n\n14 March 2019 10:05\n\nPrices rose 4% in February.", dt.date(2019, 3, 12)),
    ("No date at all.", None),
    # a date of a month's short name, day and year joined by points, after a head line's double slash
    ("RIVERTON TOWN BOARD NEWSLETTER // mar.04.2025\n\nThe board meets tonight.", dt.date(2025, 3, 4)),
    ("The board met on Tuesday.\n\nNext meeting: see the calendar // Mar.04.2025 agenda and minutes to follow here.", None),
]
DATES_RU = [
    # a date under "Читайте также" dates a linked story, not the text: the text's own date, below, is found, else none
    ("Ветеринары подвели итоги года\nЧитайте также\nВ районе открыли новую школу\n12.02.2026\n", None),
    # ... also with blank lines between the heading, a block's title and the links, as a page's blocks come out
    ("Цены выросли на 5%.\n\nЧитайте также\n\n\nНовости регионов\n\n\n21.02.2026 20:01\nВ районе открыли школу\n", None),
    ("Читайте также\nВ районе открыли новую школу\n12.02.2026\n\n3 марта 2025 года\n\nЦены выросли.\n", dt.date(2025, 3, 3)),
    # a section's word before a date, a year word and a time after it
    ("Новости 15 января 2013 г. 10:26\n\nИнфляция в области в декабре составила 1,4%.", dt.date(2013, 1, 15)),
    # a news agency's dateline: place, the date with a year of two digits, the agency, a colon
    ("Минск/05.03.19/Агентство: Статистики опубликовали данные о ценах.", dt.date(2019, 3, 5)),
    # ... or place, comma, the date (a full stop after it or not) and the agency between slashes
    ("Нарын, 14.09.18. /Агентство/. Власти района подвели итоги уборки.", dt.date(2018, 9, 14)),
    # a news page's reading time after its date line
    ("13 ноября 2025 3 мин. чтения\n\nЗаголовок\n\nТекст.", dt.date(2025, 11, 13)),
    # a rubric and a comma before the time and the date of a news page's line
    ("Число краж снизилось\n\nОбщество, 15:22, 14 января 2012\n\nТекст.", dt.date(2012, 1, 14)),
    ("Доклад министра на заседании коллегии, Казань, 4 марта 2021 года.\n\nУважаемые коллеги!", dt.date(2021, 3, 4)),
    ("Москва, 4 марта 2026 года\n\nТекст.", dt.date(2026, 3, 4)),
    # a date line that ends with its time after a short word
    ("Сейчас в эфире:\n12 ноя 2012 в 12:08\n\nЦены выросли на 3%.", dt.date(2012, 11, 12)),
    # a byline, then the capitalised header on the same line
    ("Иван Петров Опубликована 24.02.2024 в 9:36\nТекст.", dt.date(2024, 2, 24)),
    # an official document's number line: "РЕШЕНИЕ / от 4 июня 2024 г. N 2км"
    ("РЕШЕНИЕ\nот 4 июня 2024 г. N 7\nТекст.", dt.date(2024, 6, 4)),
    ("Совещание прошло 4 марта 2026 года в Кремле.", None),
    ("Хоккей\nВторник 07.04.2015, 18:30\nТекст.", dt.date(2015, 4, 7)),
    ("Экономика | 09:41 / 14.05.2021\n2310\n\nЦены выросли.", dt.date(2021, 5, 14)),
    # an act's title line: its date before its number
    ("О бюджете района\n\nРешение районного совета от 12 декабря 2019 года № 41. Зарегистрировано 20 декабря.\n\nТекст.",
     dt.date(2019, 12, 12)),
    ("Новости\n\nПо решению совета от 12 декабря 2019 года № 41 выделено 5 млн рублей.", None),
    # the text's first line, an official note's, and a date that ends a head line after a separator
    ("Справочная информация управления от 02.03.2005 г № Б/Н\n\nО динамике цен.", dt.date(2005, 3, 2)),
    ("Субсидии ветеранам - Дневник губернатора - 2009-11-02\nТекст.", dt.date(2009, 11, 2)),
    # sections above the section's word; a short word before the time ("в 10:07")
    ("Регион / Новости 14 сентября 2021 г. 08:56\nЦены выросли.", dt.date(2021, 9, 14)),
    ("Хоккей 27 апр 2024 в 10:07\nКоманда выиграла.", dt.date(2024, 4, 27)),
    # a date alone on the text's first line, ending with a point; a place and a date opening the text, a point after
    ("5 марта 2004 года.\n\nВедущий: Добрый вечер.", dt.date(2004, 3, 5)),
    ("Тверь, 12 августа 2021. ТверьИнфо. Оборот торговли вырос на 3%.", dt.date(2021, 8, 12)),
    ("Цены выросли.\n\nВ Твери, 12 августа 2021. Оборот вырос.", None),
    ("Среда, 18 марта 2026\n\nЛента новостей\n\n05 февраля 2020\n\nНаселение сократилось на 1%.", dt.date(2020, 2, 5)),
    # one word (an icon's name, a label) before a date in figures alone on its line; not one inside a sentence
    ("Налоги выросли\n\nicon 14/09/2022\nicon 10:15\nНалоги выросли на 3%.", dt.date(2022, 9, 14)),
    ("Опубликовано 14.09.2022\n\nНалоги выросли на 3%.", dt.date(2022, 9, 14)),
    ("Налоги выросли.\n\nСрок уплаты истекает 14.09.2022 в полночь.", None),
    # a two-digit year's stamp alone on its line, with its clock (a site's footer); not one inside a sentence
    ("Аварий стало меньше на 3%.\n\n27.06.24 15:01\n", dt.date(2024, 6, 27)),
    ("Аварий стало меньше на 3%.\n\nПоезд прибыл 27.06.24 15:01\n", None),
]
# the dateline dates the claims, and doc_date overrides it (the claims of these texts are checked elsewhere)
DATELINE = "April 2, 2024, Moscow\n\nLast year, road deaths fell by 5 percent."
HEADER_DATE = " date 2021-03-03 Source: President of Russia – The Kremlin – English\nLast year, crime fell by 5 percent."

# ----------------------------------------------------------------------------- language

LANGS = [
    ("Crime fell by 5 percent in 2023.", "en"),
    ("Преступность снизилась на 5% в 2023 году.", "ru"),
    ('The minister used the phrase "снижение преступности" twice in his report on crime statistics for 2023.', "en"),
    ('Министр назвал рост киберпреступности "a real challenge" в своем докладе о статистике.', "ru"),
    ("Министр внутренних дел сообщил, что число IT-преступлений (cyber crimes, as Interpol calls them) выросло.", "ru"),
]
# each document is read in its own language, whatever a quotation in the other one
AUTO_LANGUAGE = [
    ('In 2023 the minister spoke of "снижение преступности": thefts fell by 9 percent.',
     [only("9 percent", unit="percent", direction="down", year=2023)]),
    ('В 2023 году, по словам министра ("a real challenge"), число краж выросло на 9%.',
     [only("9%", unit="percent", direction="up", year=2023)]),
]
# each sentence is read in its own language: scale words and currencies of the other one are read too
MIXED = [
    ("Crime fell by 5 percent in 2023. В 2023 году зарегистрировано 680 тыс. преступлений.",
     [only("5 percent", value=5, unit="percent"), only("680 тыс.", value=680000, unit="count", year=2023)]),
    # a line that mixes the scripts goes with the text around it: an English label before a Russian date
    ("Posted 24 декабря 2015, 14:45\nModified 31 марта, 04:56\n\nМОСКВА, 24 декабря. Цены выросли на 16,3%.",
     [only("16,3%", unit="percent")]),
    # ... and a short one with a word of each script, even when most of its letters are Latin
    ("Published 9 февраля 2010, 10:43\nModified 29 июля 2022, 13:24\n\nЦены в области выросли на 2,1%.",
     [only("2,1%", unit="percent")]),
    ('В 2023 году ущерб составил 156 млрд рублей. "Fraud cost 5 million dollars last year," he said.',
     [only("156 млрд рублей", value=156000000000, unit="RUB"), only("5 million dollars", value=5000000, unit="USD")]),
    # a short table row in one script is in that script, whatever the line before it
    ("Specifications of the phone model X, screen and body\n- Always-On Display, DCI-P3 colour\n| Высота | 162,5 мм |\n| Вес | 186 г |",
     [only("162,5 мм", value=Decimal("0.1625"), unit="m"), only("186 г", value=Decimal("0.186"), unit="kg")]),
    ("Характеристики телефона, экран и корпус\n- Размер экрана 6,7 дюйма\n| Weight | 186 g |\n| Height | 162.5 mm |",
     [only("6,7 дюйма", value=Decimal("0.17018"), unit="m"), only("186 g", value=Decimal("0.186"), unit="kg"),
      only("162.5 mm", value=Decimal("0.1625"), unit="m")]),
    # an archive of both: one document per line of each language
    ("Thefts rose by 3 percent in 2022.\n\nКражи выросли на 3% в 2022 году.\n\nDamage reached 2 billion rubles.",
     [only("3 percent", unit="percent", direction="up"), only("3%", unit="percent", direction="up"),
      only("2 billion rubles", value=2000000000, unit="RUB")]),
]
FORCED = "Число краж снизилось на 9%."


CASES = [
    *cases("sentences", SENTENCES, kind="sentences"),
    *cases("claim sentence", CLAIM_SENTENCE),
    *cases("paragraphs", PARAGRAPHS, kind="paragraphs"),
    *cases("pdf lines", PDF_LINES),
    *cases("pdf lines apart", PDF_LINES_APART),
    *cases("year context", YEAR_CONTEXT, doc_date="2021-03-03"),
    *cases("speaker label", SPEAKER_LABELS, kind="speaker label", lang="en"),
    *cases("speaker label", SPEAKER_LABELS_RU, kind="speaker label", lang="ru"),
    *cases("layout", LAYOUTS, kind="layout", lang="en"),
    *cases("speaker turns", TURNS),
    *cases("sentence language", MIXED),
    *cases("document date", DATES, kind="document date", lang="en"),
    *cases("document date", DATES_RU, kind="document date", lang="ru"),
    case("dateline", DATELINE, [only(None, doc_date="2024-04-02", year=2023)]),
    case("dateline overridden", DATELINE, [only(None, doc_date="2020-01-10", year=2019)], doc_date="2020-01-10"),
    case("dateline overridden", DATELINE, [only(None, doc_date="2016-05-05", year=2015)], doc_date=dt.date(2016, 5, 5)),
    case("header date line", HEADER_DATE, [only("5 percent", year=2020, doc_date="2021-03-03")]),
    *cases("language", LANGS, kind="language"),
    *cases("language of the document", AUTO_LANGUAGE),
    case("language forced", FORCED, [only(None, direction="down")], lang="ru"),
    case("language refused", FORCED, ValueError, kind="refused", lang="de"),
]


@pytest.mark.parametrize(CASE, CASES)
def test_segmentation(kind, text, expected, options):
    run_case(kind, text, expected, options, CHECKS)


def test_the_doctests():
    assert doctest.testmod(segment).failed == 0


NAME_YEARS = [
    ("zarplata-mart-2024.txt", 2024),
    ("speeches/budget_2019.pdf", 2019),
    ("2019/budget.txt", None),            # a folder's year is no name of the document's
    ("report-2023-2024.txt", None),       # two years
    ("budget-2024-25.txt", None),         # a fiscal year: which one the text says
    ("doc-20245.txt", None),              # no year, five digits
    ("003_1f2013ae5eaa.txt", None),       # a hash's digits between letters
    ("-", None),
]


@pytest.mark.parametrize("name, year", NAME_YEARS)
def test_name_year(name, year):
    assert dateline.name_year(name) == year
