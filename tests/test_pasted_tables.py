"""Tables pasted as text (statx/context/table.py): a number alone in a cell of a row under a header
row is a claim, of its column's unit and year and of its row's label after its group's; so is a cell of a row
that opens with its year, or with its label, under a header of its columns; rows of a timetable, and tables without a header, are not read so. Sentences written for these tests."""
from __future__ import annotations

import doctest
from decimal import Decimal

import pytest

from conftest import CASE, cases, only, row, run_case
from statx.context import barred, cards, stacked, table, titles
from statx.numbers import headings

LABOUR = ("Persons aged 15-74 | 2nd quarter 2025 |\n"
          "| Thousands | Per cent | Change in percentage points |\n"
          "|---|---|---|\n"
          "| Employed persons | | | |\n"
          "| Men | 1 510 | 70.2 | -0.3 |\n"
          "| Women | 1 390 | 66.1 | 0.2 |\n")

TABLES = [
    # the column's header gives the unit and scale ("Thousands"); the group's label and the row's give the subject
    (LABOUR,
     [only("1 510", value=1510000, unit="count", subject="employed persons men"),
      only("70.2", value=Decimal("70.2"), unit="percent", subject="employed persons men"),
      only("-0.3", unit="pp", direction="down", subject="employed persons men"),
      only("1 390", value=1390000, unit="count", subject="employed persons women"),
      only("66.1", unit="percent", subject="employed persons women"),
      only("0.2", unit="pp", subject="employed persons women")]),
    # a header of years dates each column's cells; tabs split cells as bars do
    ("Показатель\t2023\t2024\nЗарегистрировано преступлений\t21 450\t19 870\n",
     [only("21 450", value=21450, year=2023, subject="зарегистрировано преступлений"),
      only("19 870", value=19870, year=2024, subject="зарегистрировано преступлений")]),
    ("\tПоказатель\t2023\t2024\n\tУбийств и покушений\t120\t98\n", [only("120", year=2023, subject="убийств и покушений"), only("98", year=2024)]),
    ("| Offences | 2022 | 2023 |\n|---|---|---|\n| Car thefts | 1,200 | 1,350 |\n",
     [only("1,200", value=1200, year=2022, subject="car thefts"), only("1,350", value=1350, year=2023, subject="car thefts")]),
    # rows of names under columns that name their measure, one of them compared with a year: that year is the baseline
    ("Ввод жилья в январе - сентябре 2011 года\n| | Тыс. кв. м общей площади | В % к январю - сентябрю 2010 года |\n"
     "| Республика Алтай | 61,2 | 104,5 |\n| Томская область | 240,8 | 97,1 |\n",
     [only("61,2", subject="республика алтай"), only("104,5", unit="percent", year=2011, since=2010, subject="республика алтай"),
      only("240,8", subject="томская область"), only("97,1", unit="percent", year=2011, since=2010, subject="томская область")]),
    # rows that open with their year (a fiscal year's is the year it ends): each cell of it, named by its column
    ("Road accidents\n| Year | Accidents | Persons killed |\n|---|---|---|\n| 2019 | 10,466 | 5,465 |\n| 2020-21 | 9,496 | 4,907 |\n",
     [only("10,466", value=10466, year=2019, subject="accidents"), only("5,465", year=2019, subject="persons killed"),
      only("9,496", year=2021, subject="accidents"), only("4,907", year=2021, subject="persons killed")]),
    # a two-level header: the shortest cells of the upper row span the parts the row below names
    ("Fires by year\n| Year | Total fires | Buildings | Victims | Engines used | | |\n|---|---|---|---|---|---|---|\n"
     "| Homes | Shops | Dead | Hurt | | | |\n| 2019 | 3,120 | 1,410 | 380 | 41 | 212 | 905 |\n",
     [only("3,120", year=2019, subject="total fires"), only("1,410", year=2019, subject="buildings homes"),
      only("380", year=2019, subject="buildings shops"), only("41", year=2019, subject="victims dead"),
      only("212", year=2019, subject="victims hurt"), only("905", year=2019, subject="engines used")]),
    # the title's unit and scale after its comma are its cells', but a column's own ("Яйца, млн штук"; not percent's)
    ("Exports, USD million\n| Product | 2022 | 2023 | Share, per cent |\n|---|---|---|---|\n| Coffee | 412.5 | 455.0 | 61.2 |\n",
     [only("412.5", value=412500000, unit="USD", year=2022, subject="coffee"), only("455.0", value=455000000, unit="USD", year=2023),
      only("61.2", value=Decimal("61.2"), unit="percent")]),
    ("Производство\n| Продукция | Валовой сбор, тыс. тонн | Урожайность, ц/га |\n|---|---|---|\n| Пшеница | 1384,1 | 55,2 |\n",
     [only("1384,1", value=1384100000, unit="kg", subject="пшеница"), only("55,2", value=Decimal("0.552"), unit="kg/m2")]),
    # a row's label gives its cells its own unit and scale after its comma, and names them without it
    ("Основные показатели\n| Показатель | Январь - март 2011 | В % к январю - марту 2010 |\n|---|---|---|\n"
     "| Отгружено товаров, млн рублей | 5320,4 | 104,2 |\n| Перевозки грузов, тыс. тонн | 86,5 | 97,3 |\n",
     [only("5320,4", value=5320400000, unit="RUB", year=2011, subject="отгружено товаров"),
      only("104,2", unit="percent", since=2010, subject="отгружено товаров"),
      only("86,5", value=86500000, unit="kg", subject="перевозки грузов"), only("97,3", unit="percent", subject="перевозки грузов")]),
    # ... of a long title, as statistics offices write them, with no full stop at its end
    ("Average monthly gross wages of employees of all enterprises and organisations by kind of economic activity in the "
     "Northern Region for 2021 - 2023, dollars\n| Activity | 2021 | 2022 |\n| Mining | 3 412 | 3 650 |\n",
     [only("3 412", value=3412, unit="USD", year=2021, subject="mining"), only("3 650", value=3650, unit="USD", year=2022)]),
    # a title that says only the unit ("в процентах") is every cell's
    ("Индексы цен на товары\nв процентах\n| к предыдущему месяцу | к декабрю предыдущего года |\nХлеб | 100,4 | 102,1 |\nМолоко | 99,8 | 101,0 |\n",
     [only("100,4", unit="percent", subject="хлеб"), only("102,1", unit="percent"), only("99,8", unit="percent", subject="молоко"),
      only("101,0", unit="percent")]),
    # a cell that holds more than a number is read as any text is
    ("| Region | Thefts |\n| North | 1,200 thefts |\n", [row("1,200", 1200, subject="thefts")]),
    # rows of two cells, a label and a figure with its own unit (a share in brackets after it too), no header: the label names it
    ("Education\n\n| No formal schooling | 9.8% |\n| Third level | 41.6% |\n| Farm workers | 1,905 (6.8%) |\n",
     [only("9.8%", subject="no formal schooling"), only("41.6%", subject="third level"), only("1,905", subject="farm workers"),
      only("6.8%", subject="farm workers")]),
]

UNIT_LINE_TABLES = [
    # the unit after the measure's name and a comma, below a blank line; a row's long label with its cells below it
    ("Выпуск продукции\n\nИндекс выпуска, %\n\nк маю 2024\n\nк апрелю 2025\n\nОбрабатывающие производства\n\n91,4\n\n102,3\n\n"
     "обеспечение электрической энергией, газом и паром; кондиционирование воздуха\n\n99,6\n\n104,8\n",
     [only("91,4", unit="percent", subject="обрабатывающие производства"), only("102,3", unit="percent"),
      only("99,6", unit="percent"), only("104,8", unit="percent")]),
    # ... not a row's label with its unit inside a table ("реальные, в %")
    ("Доходы населения\n2023 2024\nденежные доходы, рублей 10068,0 13173,6\nреальные, в %\nк предыдущему месяцу 102,5 128,7\n"
     "заработная плата, рублей 9356,3 11168,3\n",
     [only("10068,0", unit="count"), only("13173,6", unit="count"), only("9356,3", unit="count")]),
    # ... nor does a row with a long label
    ("Индексы цен\nв процентах\nк прошлому месяцу к декабрю\nхлеб 100,4 106,2\n"
     "товары и услуги (без овощей, картофеля и фруктов, яиц и круп) 100,6 105,3\nмолоко 99,8 104,1\n",
     [only("100,4", unit="percent"), only("106,2", unit="percent"), only("100,6", unit="percent"), only("105,3", unit="percent"),
      only("99,8", unit="percent", subject="молоко"), only("104,1", unit="percent")]),
    # a long header under the unit's line, whose only numbers are years, does not end the table
    ("Индексы цен по группам товаров\nв процентах\nМарт 2024 г. к февралю 2024 г. Январь - март 2024 г. к январю - марту 2023 г.\n"
     "Хлеб 100,4 106,2\nМолоко 99,8 104,1\n",
     [only("100,4", unit="percent", subject="хлеб"), only("106,2", unit="percent", subject="хлеб"),
      only("99,8", unit="percent", subject="молоко"), only("104,1", unit="percent", subject="молоко")]),
    # a line that says only the table's unit: its cells, alone on their lines or after their row's label, are in it
    ("Цены на товары в марте\nв процентах\n\nк февралю\n\nк марту\n\nХлеб\n\n100,4\n\n106,2\n\nМолоко\n\n99,8\n\n104,1\n",
     [only("100,4", unit="percent", subject="хлеб"), only("106,2", unit="percent", subject="хлеб"),
      only("99,8", unit="percent", subject="молоко"), only("104,1", unit="percent", subject="молоко")]),
    # ... ending in a bar, as a table pasted one cell a line ends each, over a header of more lines than a header has
    ("Индексы цен производителей\n(в процентах) |\n||||\n|\nМарт 2021 |\nЯнварь- март 2021 к январю- марту 2020 |\n||\n"
     "к февралю 2021 |\nк декабрю 2020 |\n||\nПромышленные товары |\n101,2 |\n103,4 |\nСельхозпродукция |\n99,8 |\n100,6 |\n",
     [only("101,2", unit="percent", subject="промышленные товары"), only("103,4", unit="percent", subject="промышленные товары"),
      only("99,8", unit="percent", subject="сельхозпродукция"), only("100,6", unit="percent", subject="сельхозпродукция")]),
    ("Prices in March\n(per cent)\nBread 100.4 106.2\nMilk 99.8 104.1\n-----\nThe index covers 400 goods and services sold in the towns of the region.",
     [only("100.4", unit="percent", subject="bread"), only("106.2", unit="percent", subject="bread"),
      only("99.8", unit="percent", subject="milk"), only("104.1", unit="percent", subject="milk"), only("400", unit="count")]),
]

YEAR_ROW_TABLES = [
    # rows that open with their year, cells parted by blanks (thousands too): each cell of its row's year, named by
    # its column's header when the header parts, at its capitals, into as many headers as there are cells
    ("Аварии по годам:\nГод Погибших Раненых\n2019 14 432 12 100\n2020 13 897 11 450\n2021 12 981 10 720\n",
     [only("14 432", value=14432, year=2019, subject="погибших"), only("12 100", value=12100, year=2019, subject="раненых"),
      only("13 897", year=2020, subject="погибших"), only("11 450", year=2020, subject="раненых"),
      only("12 981", year=2021, subject="погибших"), only("10 720", year=2021, subject="раненых")]),
    ("Year Number of road deaths and serious injuries\n2021 1 204\n2022 1 150\n2023 1 098\n",
     [only("1 204", value=1204, year=2021, subject="number of road deaths and serious injuries"),
      only("1 150", year=2022), only("1 098", year=2023)]),
    # a web page's rows parted by blank lines; one column under "YEAR" and its measure, whose first word is a unit
    ("Planted area, year by year.\n\nYEAR acres of barley\n\n2015 12,400\n\n2016 13,100\n\n2017 12,950\n\nThe crop held steady.",
     [only("12,400", value=Decimal("50181220.3624407"), unit="m2", year=2015, subject="acres of barley"),
      only("13,100", year=2016, subject="acres of barley"), only("12,950", year=2017, unit="m2")]),
    ("Год число браков\n\n2019 1 204\n\n2020 1 150\n\n2021 1 098\n",
     [only("1 204", value=1204, unit="count", year=2019, subject="число браков"), only("1 150", year=2020), only("1 098", year=2021)]),
    # under a line that only names the measure, rows of decimals (a year may carry a mark: "2021r", "2022p")
    ("Infant mortality rate\n2019 4.1 3.9\n2020 3.8 3.6\n2021r 3.7 3.4\n2022p 3.5 3.3\n",
     [only("4.1", value=Decimal("4.1"), unit="count", year=2019, subject="infant mortality rate"), only("3.9", year=2019),
      only("3.8", year=2020), only("3.6", year=2020), only("3.7", year=2021), only("3.4", year=2021),
      only("3.5", year=2022, subject="infant mortality rate"), only("3.3", year=2022)]),
    # ... and a list's lines of a year, a colon and one figure each
    ("Storms cost the county dearly.\n\nBarns lost to flooding\n\n2021: 1,204\n\n2020: 3\n\n2019: 17\n\nRepairs go on.",
     [only("1,204", value=1204, year=2021, subject="barns lost to flooding"), only("3", value=3, year=2020),
      only("17", year=2019, subject="barns lost to flooding")]),
]

NAMED_ROW_TABLES = [
    # rows that open with their label, cells parted by blanks, under a header of years: each cell of its column's year,
    # named by its row's label; a month's row is of the measure the title names
    ("Ferry passengers by port\nPort 2021 2022 2023\nNorth Bay 12,410 15,020 16,330\nEast Quay 8,115 9,240 9,980\n"
     "Total 20,525 24,260 26,310\n",
     [only("12,410", value=12410, year=2021, subject="north bay"), only("15,020", year=2022, subject="north bay"),
      only("16,330", year=2023), only("8,115", year=2021, subject="east quay"), only("9,240", year=2022), only("9,980", year=2023),
      only("20,525", year=2021, subject="total"), only("24,260", year=2022), only("26,310", year=2023)]),
    ("Total Ferry Passengers\nMonth 2022 2023\nJanuary 4,120 4,480\nFebruary 3,905 4,210\nMarch 4,660 5,020\n",
     [only("4,120", year=2022, subject="total ferry passengers"), only("4,480", year=2023, subject="total ferry passengers"),
      only("3,905", year=2022), only("4,210", year=2023), only("4,660", year=2022), only("5,020", year=2023)]),
    # under a header of names, each cell named by its row's and its column's; the title's bracket gives the unit,
    # a line of a group ("ФЕВРАЛЬ:") stands between rows
    ("Средние цены на продукты (руб./кг)\nТовар Омск Тара Исилькуль\nЯНВАРЬ:\nСвинина 210,5 198,0 205,3\nКуры 150,2 141,9 147,0\n"
     "ФЕВРАЛЬ:\nСвинина 214,1 199,5 207,8\n",
     [only("210,5", value=Decimal("210.5"), unit="RUB", subject="свинина омск"), only("198,0", unit="RUB", subject="свинина тара"),
      only("205,3", unit="RUB", subject="свинина исилькуль"), only("150,2", subject="куры омск"), only("141,9"), only("147,0"),
      only("214,1", subject="свинина омск"), only("199,5"), only("207,8")]),
    # ... nor is a label of two words ("North Bay 12.4"); the title's "(%)" is every cell's unit
    ("Shares of arrivals by port (%)\nPort 2022 2023\nNorth Bay 12.4 15.0\nEast Quay 8.1 9.2\nTotal 20.5 24.2\n",
     [only("12.4", unit="percent", year=2022, subject="north bay"), only("15.0", unit="percent", year=2023),
      only("8.1", unit="percent", year=2022, subject="east quay"), only("9.2", unit="percent"),
      only("20.5", unit="percent"), only("24.2", unit="percent")]),
    # a row's label that opens its line is no name the number belongs to ("Куры 68": not "Windows 10")
    ("Сравнение цен за первый квартал 2004 года (руб./кг)\nТовар Омск Тара Исилькуль Калачинск\nЯНВАРЬ:\n"
     "Говядина 71 72 85 65\nКуры 68 74 75 74\nКолбаса вареная 86 77 77 74\nФЕВРАЛЬ:\nГовядина 71 72 90 60\nКуры 67 73 75 73\n",
     [only(c, unit="RUB") for c in "71 72 85 65 68 74 75 74 86 77 77 74 71 72 90 60 67 73 75 73".split()]),
    # a header of years with the label column's head left blank; the title's unit and scale after its comma are every
    # cell's, but a row's own ("Яйца, млн штук")
    ("Производство продукции животноводства, тыс. тонн\n\n                    2023     2024\nМясо                120,5    130,2\n"
     "Молоко              450,1    460,3\nЯйца, млн штук      900,2    910,4\n",
     [only("120,5", value=120500000, unit="kg", year=2023, subject="мясо"), only("130,2", value=130200000, unit="kg", year=2024),
      only("450,1", value=450100000, unit="kg", subject="молоко"), only("460,3", value=460300000, unit="kg"),
      only("900,2", value=900200000, unit="count", year=2023, subject="яйца"), only("910,4", value=910400000, unit="count", year=2024)]),
    # ... in brackets: a scale and a currency ("(in millions of dollars)"), or a scale alone ("(thousands)")
    ("Exports by product (in millions of dollars)\n           2022     2023\nCoffee     412.5    455.0\nCocoa      120.4    98.7\n"
     "Timber     75.2     80.9\n",
     [only("412.5", value=412500000, unit="USD", year=2022, subject="coffee"), only("455.0", value=455000000, unit="USD", year=2023),
      only("120.4", value=120400000, unit="USD"), only("98.7", value=98700000, unit="USD"), only("75.2", value=75200000),
      only("80.9", value=80900000)]),
    ("Visitors by island (thousands)\n           2022     2023\nNorth      41.5     45.0\nSouth      12.4     9.8\nWest       7.5     8.0\n",
     [only("41.5", value=41500, unit="count", year=2022, subject="north"), only("45.0", value=45000, year=2023),
      only("12.4", value=12400), only("9.8", value=9800), only("7.5", value=7500), only("8.0", value=8000)]),
    # a letter in brackets is a note's mark, not a scale ("(b)": not billions)
    ("Visitors by island (b)\n           2022     2023\nNorth      41.5     45.0\nSouth      12.4     9.8\nWest       7.5     8.0\n",
     [only("41.5", value=Decimal("41.5"), unit="count", year=2022), only("45.0", value=45), only("12.4", value=Decimal("12.4")),
      only("9.8", value=Decimal("9.8")), only("7.5", value=Decimal("7.5")), only("8.0", value=8)]),
    # a header whose years carry a year's word ("2021 год") after a title's words with a footnote's mark, a note in
    # brackets under it; two rows under years make a table; a row's label may hold a rate's base ("на 10 тыс.")
    ("Пожары\n\nПожары в районе[2] 2021 год 2022 год 2023 год\n(оценка)\nЗарегистрировано пожаров 14120 13985 13770\n"
     "на 10 тыс. жителей 8,2 7,9 7,5\n",
     [only("14120", value=14120, unit="count", year=2021, subject="зарегистрировано пожаров"), only("13985", year=2022),
      only("13770", year=2023), only("8,2", value=Decimal("8.2"), year=2021, subject="на 10 тыс. жителей"),
      only("7,9", year=2022), only("7,5", year=2023)]),
    # ... and a thousands mark in such a label is no comma before a unit ("per 100,000 people": no scale of thousands)
    ("Road deaths\nCounty 2019 2020 2021\nDeaths recorded 41 37 45\nper 100,000 people 5.1 4.6 5.5\n",
     [only("41", year=2019, subject="deaths recorded"), only("37", year=2020), only("45", year=2021),
      only("5.1", value=Decimal("5.1"), year=2019, subject="per 100,000 people"), only("4.6", value=Decimal("4.6")),
      only("5.5", value=Decimal("5.5"), year=2021)]),
    # a pipe table of months under names, with a title: the title names the measure
    ("Visitor Arrivals: Market by Month 2024\n| Month | Canada | Germany |\n|---|---|---|\n| January | 1,204 | 310 |\n"
     "| February | 1,150 | 295 |\n",
     [only("1,204", value=1204, subject="visitor arrivals"), only("310", subject="visitor arrivals"),
      only("1,150", subject="visitor arrivals"), only("295", subject="visitor arrivals")]),
]

TITLED_LISTS = [
    # a list of names, each with one count, under a title whose measure is a measure noun (past blank lines): each count
    # is that measure's, for what its row names, as a statistics office's page pastes it
    ("Resident Population Estimates by Island, July 1, 2024\n\n\n    North Island 12,410\n    Rock Bay 615\n    East Cay 98\n",
     [only("12,410", value=12410, year=2024, subject="north island resident population estimates"),
      only("615", value=615, year=2024, subject="rock bay resident population estimates"),
      only("98", value=98, year=2024, subject="east cay resident population estimates")]),
    # a group's total ("East district: 4,120") between its names' lines keeps them one list under the title
    ("Population estimates by district and town, 2024\nWest district: 5,310\nPort Alder 2,204\nMill Cove 1,906\n"
     "East district: 4,120\nStone Inlet 3,001\nHigh Ridge 1,119\n",
     [only("5,310", year=2024), only("2,204", subject="port alder population estimates"), only("1,906", subject="mill cove population estimates"),
      only("4,120", year=2024), only("3,001", subject="stone inlet population estimates"),
      only("1,119", subject="high ridge population estimates")]),
    ("Town Population\nPortvale 25085\nKingsmere 19569\nLowford 7740\n",
     [only("25085", subject="portvale town population"), only("19569", subject="kingsmere town population"),
      only("7740", subject="lowford town population")]),
    ("Численность населения по районам\nЗаречный 12 410\nЛесной 6 115\nОзёрный 3 098\n",
     [only("12 410", value=12410, subject="заречный численность населения"), only("6 115", subject="лесной численность населения"),
      only("3 098", subject="озёрный численность населения")]),
]

NOT_TITLED_LISTS = [
    # names and numbers under a title that names no measure (a game's results, a report's contents), or under none: the
    # numbers are part of the names they follow, as before
    ("Fixtures and results\n\n    Rock Bay Rovers 23\n    East Cay United 20\n    Port Vale City 16\n", []),
    ("Quarterly Labour Report\n    Labour Market Overview 2\n    Employment Trends 4\n    Wage Growth 7\n", []),
    ("    Rock Bay Rovers 23\n    East Cay United 20\n    Port Vale City 16\n", []),
    # a list's rows under a title naming standings: not a measure's
    ("Total points by club\n    Rock Bay Rovers 23\n    East Cay United 20\n    Port Vale City 16\n", []),
]

BRACKET_LISTS = [
    # names each with a bare figure in brackets, after a lead-in whose bracket gives their scale or unit before its colon
    ("Крупные города (тыс. чел.): Заречный (312), Лесной (98).",
     [only("312", value=312000, unit="count", subject="заречный"), only("98", value=98000, subject="лесной")]),
    ("Largest towns (population, thousands):\nPortvale (41.5), Kingsmere (12.0), Lowford (7.7).",
     [only("41.5", value=41500, subject="portvale"), only("12.0", value=12000, subject="kingsmere"),
      only("7.7", value=7700, subject="lowford")]),
    ("Бюджеты городов (млн руб.): Заречный (45,2), Лесной (12,1).",
     [only("45,2", value=45200000, unit="RUB", subject="заречный"), only("12,1", value=12100000, unit="RUB", subject="лесной")]),
]

BAR_CELL_TABLES = [
    # one cell a line, each line ending in a bar, rows parted by a bar alone: under a header of years, each figure is
    # of its column's year and named by its row's label
    ("Население области\n|\nПоказатель |\n2014 г. |\n2015 г. |\n|\nЧисленность населения, человек |\n1 296 552 |\n1 293 024 |\n|\n"
     "Число родившихся, человек |\n14 210 |\nНет данных |\n",
     [only("1 296 552", value=1296552, year=2014, subject="численность населения, человек"),
      only("1 293 024", year=2015, subject="численность населения, человек"), only("14 210", year=2014, subject="число родившихся, человек")]),
]

CARDS = [
    # a dashboard's cards: a measure, its period and its figure on lines of their own, then captions over figures of
    # the same measure; a caption's year is its figure's
    ("Key indicators\n\nRegistered Vehicles\nMarch 2025\n412,300\nseasonally adjusted\nY/Y Change:\n6,150\nMarch 2024 Value:\n406,150\n"
     "Road Deaths\n2nd Quarter 2025\n37\nY/Y Change:\n-4\n2nd Quarter 2024 Value:\n41\n",
     [only("412,300", value=412300, year=2025, subject="registered vehicles"), only("6,150", year=2025, subject="registered vehicles"),
      only("406,150", year=2024, subject="registered vehicles"), only("37", year=2025, subject="road deaths"),
      only("-4", value=4, direction="down", year=2025, subject="road deaths"), only("41", year=2024, subject="road deaths")]),
    ("Основные показатели\n\nЧисленность населения\n1 января 2025 г.\n1 204 500\nИзменение за год:\n-3 100\n"
     "Валовой региональный продукт\n2023 г.\n512,4 млрд рублей\nВ 2022 году:\n478,9 млрд рублей\n",
     [only("1 204 500", value=1204500, year=2025, subject="численность населения"), only("-3 100", year=2025, subject="численность населения"),
      only("512,4 млрд рублей", year=2023, subject="валовой региональный продукт"),
      only("478,9 млрд рублей", year=2022, subject="валовой региональный продукт")]),
]

STACKED = [
    # a header of months with two digits of their year, a group's line over its rows (and between two groups), and
    # each row's own unit and scale in brackets
    ("Key figures\n\nMay 21\nApr 21\nMay 20\n\nTrend\n\nEmployed persons ('000)\n412.6\n410.9\n398.2\n"
     "Unemployment rate (%)\n4.4\n4.6\n6.1\n\nOriginal\n\nEmployed persons ('000)\n415.0\n409.3\n396.7\n"
     "Unemployment rate (%)\n4.2\n4.8\n6.3\n",
     [only("412.6", value=412600, unit="count", year=2021, subject="employed persons"), only("410.9", year=2021),
      only("398.2", year=2020), only("4.4", unit="percent", year=2021, subject="unemployment rate"), only("4.6", year=2021),
      only("6.1", unit="percent", year=2020), only("415.0", value=415000, year=2021, subject="employed persons"),
      only("409.3", year=2021), only("396.7", year=2020), only("4.2", unit="percent", year=2021, subject="unemployment rate"),
      only("4.8", year=2021), only("6.3", year=2020)]),
    # a table of years pasted one cell per line, blank lines between: each figure of its row's label and its column's year
    ("Projected households by district, 2016 to 2036\n\n2016\n\n2026\n\n2036 (p)\n\nRiverbend\n\n12,408\n\n13,950\n\n15,221\n\n"
     "Lakeside East\n\n8,315\n\n9,002\n\n9,870\n",
     [only("12,408", value=12408, year=2016, subject="riverbend"), only("13,950", year=2026, subject="riverbend"),
      only("15,221", year=2036, subject="riverbend"), only("8,315", year=2016, subject="lakeside east"),
      only("9,002", year=2026, subject="lakeside east"), only("9,870", year=2036, subject="lakeside east")]),
    # the title gives the cells' unit and scale, after a note and a semicolon in its bracket
    ("Объем платных услуг по районам (в текущих ценах; миллионов рублей)\n\n2019г.\n\n2020г.\n\nСеверный район\n\n1 204,5\n\n"
     "1 310,2\n\nЮжный район\n\n880,1\n\n912,7\n",
     [only("1 204,5", value=1204500000, unit="RUB", year=2019, subject="северный район"),
      only("1 310,2", value=1310200000, unit="RUB", year=2020, subject="северный район"),
      only("880,1", value=880100000, unit="RUB", year=2019, subject="южный район"),
      only("912,7", value=912700000, unit="RUB", year=2020, subject="южный район")]),
    # a header of words that says its cells are in percent: percents of the text's year; a label over several lines
    ("Индексы цен производителей по отраслям в марте 2023 года\n\nМарт 2023г. в % к\n\nфевралю\n\n2023г.\n\nмарту\n\n2022г.\n\n"
     "Добыча полезных\n\nископаемых\n\n101,20\n\n96,45\n\nОбрабатывающие производства\n\n(без нефтепереработки)\n\n100,31\n\n"
     "104,02\n",
     [only("101,20", value=Decimal("101.20"), unit="percent", year=2023, subject="добыча полезных ископаемых"),
      only("96,45", unit="percent", year=2023, subject="добыча полезных ископаемых"),
      only("100,31", unit="percent", subject="обрабатывающие производства (без нефтепереработки)"),
      only("104,02", unit="percent", subject="обрабатывающие производства (без нефтепереработки)")]),
    ("Producer price indices, March 2023\n\nMarch 2023 as % of\n\nFebruary\n\n2023\n\nMarch\n\n2022\n\nMining and\n\n"
     "quarrying\n\n101.20\n\n96.45\n\nManufacturing\n\n100.31\n\n104.02\n",
     [only("101.20", unit="percent", year=2023, subject="mining and quarrying"), only("96.45", unit="percent"),
      only("100.31", unit="percent", subject="manufacturing"), only("104.02", unit="percent", subject="manufacturing")]),
]

STACKED_BARRED = [
    # a header of dates, and a last column of the change from the one before ("+ / -"): the change is of the last
    # date's year since the one before (points in a row of percents); a row's unit after its label's last comma; a
    # year-shaped cell below a figure is a cell, not a year
    ("Показатели рынка труда района |\n|\n|\n01.09.2022 |\n01.09.2023 |\n+ / - |\n"
     "Численность безработных, чел. |\n4120 |\n3380 |\n-740 |\nВакансии, ед. |\n2651 |\n4629 |\n1978 |\n"
     "Уровень безработицы, % |\n2,41 |\n1,96 |\n-0,45 |\n",
     [only("4120", value=4120, unit="count", year=2022, since=None),
      only("3380", year=2023, since=None), only("-740", value=740, year=2023, since=2022, direction="down"),
      only("2651", year=2022), only("4629", year=2023), only("1978", value=1978, year=2023, since=2022),
      only("2,41", unit="percent", year=2022, subject="уровень безработицы"), only("1,96", unit="percent", year=2023),
      only("-0,45", unit="pp", year=2023, since=2022, direction="down")]),
    # one cell a line with a bar closing each cell and bar lines for empty cells (a yearbook's table copied from a PDF);
    # the title's unit after its semicolon
    ("Индексы цен на отдельные товары\nдекабрь к декабрю предыдущего года; в процентах\n|\n2019 |\n2020 |\n|\n|\nХлеб |\n|\n|\n"
     "и булочные изделия |\n104,1 |\n106,2 |\nМолоко |\n103,5 |\n101,9 |\n",
     [only("104,1", value=Decimal("104.1"), unit="percent", year=2019, subject="хлеб и булочные изделия"),
      only("106,2", unit="percent", year=2020), only("103,5", unit="percent", year=2019, subject="молоко"),
      only("101,9", unit="percent", year=2020, subject="молоко")]),
]

NOT_STACKED = [
    # one row alone under its years: no table; a league's standings one cell per line: no years over them
    ("Members by year\n\n2022\n\n2023\n\nNorth branch\n\n1,204\n\n1,310\n", []),
    ("Standings\n\nP\n\nW\n\nPts\n\nRovers\n\n10\n\n7\n\n23\n\nUnited\n\n10\n\n6\n\n20\n", []),
    # ... nor is a header of words that says nothing of percent, nor one figure a row under it
    ("Match statistics\n\nShots\n\nCorners\n\nRovers\n\n12\n\n7\n\nUnited\n\n9\n\n4\n", []),
    ("Turnout, %\n\nNorth ward\n\n61.2\n\nSouth ward\n\n58.4\n", []),
]

BARRED = [
    # a table one cell a line, a bar's line after each cell (as sites of legal texts paste it): a row's number and its
    # unit's cell ("тыс. человек": a thousand; "процент к ...": percent) before its figures, the header's years over them
    ('N\nп/п\n|\nПоказатель\n|\nЕдиница измерения\n|\nОтчет\n|\n\n|\n2022 год\n|\n2023 год\n|\n1\n|\n2\n|\n3\n|\n4\n|\n5\n|\n1\n|\nНаселение\n|\n\n|\n\n|\n\n|\n1.1\n|\nЧисленность постоянного населения\n|\nтыс. человек\n|\n812,4\n|\n809,9\n|\n1.2\n|\nТемп роста оборота розничной торговли\n|\nпроцент к предыдущему году\n|\n103,1\n|\n101,7\n|\n2\n|\nИнвестиции\n|\n2.1\n|\nОбъем инвестиций в основной капитал\n|\nмлн рублей\n|\n45210,5\n|\n48002,0\n|\n',
     [only("812,4", value=812400, year=2022, subject="численность постоянного населения"), only("809,9", value=809900, year=2023),
      only("103,1", unit="percent", year=2022, subject="темп роста оборота розничной торговли"), only("101,7", unit="percent", year=2023),
      only("45210,5", value=45210500000, unit="RUB", year=2022, subject="объем инвестиций в основной капитал"),
      only("48002,0", unit="RUB", year=2023)]),
    # no row numbers and no unit column: the label's cell alone
    ('Indicator\n|\n2021\n|\n2022\n|\nRegistered vehicles\n|\n41,200\n|\n43,050\n|\nRoad deaths\n|\n57\n|\n49\n|\n',
     [only("41,200", value=41200, year=2021, subject="registered vehicles"), only("43,050", year=2022, subject="registered vehicles"),
      only("57", value=57, year=2021, subject="road deaths"), only("49", year=2022, subject="road deaths")]),
]

NOT_BARRED = [
    # a timetable pasted so: trains' numbers over its columns, no year; one row alone under its years is no table
    ('Stop\n|\nNo. 6701\n|\nNo. 6703\n|\nDays\n|\nMon-Sat\n|\nDaily\n|\nCentral\n|\n6:23\n|\n7:42\n|\nNorth Halt\n|\n6:40\n|\n7:59\n|\nHarbour\n|\n6:52\n|\n8:11\n|\n', []),
    ('Indicator\n|\n2021\n|\n2022\n|\nRegistered vehicles\n|\n41,200\n|\n43,050\n|\nSource: transport office\n|\n\n|\n\n|\n', []),
]

NOT_CARDS = [
    # a heading, a date and a number alone: a page's number; days of events under their month, with no caption over a figure
    ("Annual Report\nMarch 2024\n3\n", []),
    ("Spring Concert\nMay 2024\n18\nSummer Fair\nJune 2024\n22\n", []),
]

NOT_TABLES = [
    # one cell a line with no header of years: which year a figure is of, nothing says
    ("Показатель |\nЗначение |\nПримечание |\n|\nЧисло школ |\n120 |\nпо данным министерства |\n", []),
    # rows of names under years with no title: nothing names what they count; a league table's standings
    ("Port 2021 2022 2023\nNorth Bay 12,410 15,020 16,330\nEast Quay 8,115 9,240 9,980\nWest Pier 1,210 1,340 1,400\n", []),
    ("League table\nTeam P W D L Pts\nRovers 10 7 2 1 23\nUnited 10 6 2 2 20\nCity 10 5 1 4 16\n", []),
    ("League table\nTeam Played Won Lost Points\nRovers 10 7 1 23\nUnited 10 6 2 20\nCity 10 5 4 16\n", []),
    # year rows whose blanks may part thousands or cells ("120 400 301 220" under two headers), or too few of them
    ("Year Visitors Guest nights\n2021 120 400 301 220\n2022 131 900 322 015\n2023 140 150 350 900\n", []),
    ("Year Visitors Nights\n2022 1 310 3 220\n2023 1 401 3 509\n", []),
    ("Visitors and guest nights\n2021 120 400 301 220\n2022 131 900 322 015\n2023 140 150 350 900\n", []),
    # a timetable's rows: times, whatever their column says
    ("| Stop | hours | hours | hours |\n| Market Square | 07:15 | 08:00 | 10.01 |\n| Station | 07:20 | 08:05 | 10.06 |\n", []),
    # rows of names under a header of years and codes: nothing names what they count
    ("| Region | Code | 2022 | 2023 |\n| North | 11 | 1,200 | 1,350 |\n| South | 12 | 900 | 950 |\n", []),
    # year rows under a header that names fewer columns than they have cells, whose parts do not share out evenly
    # over the upper row's cells: which it spans, the text does not say
    ("Year | All accidents | Accidents | Persons | Vehicles involved | |\n---|---|---|---|---|---|\nFatal | Non-fatal | Killed | ||\n"
     "2019 | 10,466 | 4,535 | 5,931 | 5,465 | 12,875 |\n", []),
    # one row under a header of years; a header whose words before its years hold a figure ("Table 3"): no table
    ("Пожары\nПожары в районе 2021 год 2022 год 2023 год\nЗарегистрировано пожаров 14120 13985 13770\n\nРайон растёт.\n", []),
    ("Road deaths\nTable 3 2019 2020 2021\nDeaths recorded 41 37 45\nInjuries recorded 310 295 301\n", []),
    # rows whose label opens or ends with a code's word, in a card whose other rows are claims: codes, not counts
    ("Экономика | |||||\nВРП | 301 млрд руб. | ||||\nЦифровые идентификаторы | |||||\nКод ОКАТО | 45 | ||||\n"
     "Код субъекта РФ | 61 | ||||\n", [only("301 млрд руб.")]),
    ("Economy | |||||\nGDP | $301 billion | ||||\nIdentifiers | |||||\nArea code | 718 | ||||\nFIPS code | 36005 | ||||\n",
     [only("$301 billion")]),
    # a row with no header row above it in its table
    ("| North | 1,200 | 1,350 |\n| South | 900 | 950 |\n", []),
]

CASES = cases("pasted table", TABLES) + cases("table under its unit's line", UNIT_LINE_TABLES) \
    + cases("table of year rows", YEAR_ROW_TABLES) + cases("table of labelled rows", NAMED_ROW_TABLES) \
    + cases("list of names under its measure", TITLED_LISTS) + cases("no list of a measure", NOT_TITLED_LISTS) \
    + cases("list of names with bracketed figures", BRACKET_LISTS) \
    + cases("table of one cell a line", BAR_CELL_TABLES) + cases("no table cells", NOT_TABLES) \
    + cases("dashboard's cards", CARDS) + cases("no cards", NOT_CARDS) \
    + cases("table of years one cell a line", STACKED) + cases("no table one cell a line", NOT_STACKED) \
    + cases("table of one cell a line, barred", BARRED) + cases("no barred table", NOT_BARRED) \
    + cases("table of years one cell a line, each closed by a bar", STACKED_BARRED)


@pytest.mark.parametrize(CASE, CASES)
def test_pasted_tables(kind, text, expected, options):
    run_case(kind, text, expected, options)


def test_the_doctests():
    assert doctest.testmod(table).failed == 0
    assert doctest.testmod(cards).failed == 0
    assert doctest.testmod(stacked).failed == 0
    assert doctest.testmod(barred).failed == 0
    assert doctest.testmod(titles).failed == 0
    assert doctest.testmod(headings).failed == 0


def test_a_long_list_under_a_measure_keeps_every_row():
    """A list of names and counts longer than the lines looked back for its title (LIST_LINES) keeps every row."""
    from statx import extract_text
    from statx.context.table import LIST_LINES
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = [f"{a.upper()}{b}{c}ville" for a in letters for b in letters for c in "aeiou"][:LIST_LINES + 50]
    text = "Resident Population Estimates by Parish\n\n" + "".join(f"    {name} {100 + k}\n" for k, name in enumerate(names))
    rows = extract_text(text)
    assert [r.mention for r in rows] == [str(100 + k) for k in range(len(names))]
    assert all(text[r.start:r.end] == r.mention and r.subject.endswith("resident population estimates") for r in rows)
