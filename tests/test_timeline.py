"""The document's timeline (issue "the year and since"): the year a document reports on, breakdowns
and references back, baselines, pairs after a change, periods, and the Russian forms of each.
Tables of (doc_date, text, expected rows), sentences written for these tests; ``y`` checks year and since."""
from __future__ import annotations

import pytest

from conftest import CASE, dated_cases, only, run_case
from conftest import year_row as y

# ----------------------------------------------------------------------------- the reporting year

REPORTING = [
    # the year after a dated text's that only its body names is a plan's, not the year the text reports on
    ("2020-06-12", "Virus deaths rise\n\nThree more patients have died, bringing the death toll to 92.\n\n"
                   "The country has so far recorded 3,215 cases.\n\nNairobi had the most cases at 49.\n\n"
                   "On the same day the 2020/2021 budget estimates were tabled.",
     [y("Three", 2020), y("92", 2020), y("3,215", 2020), y("49", 2020)]),
    # a census or survey years before a dated text is a source of background figures, not the year the text reports on;
    # one just before it may be what the text reports ("the latest 2011 census figures", released in 2012)
    ("2020-10-24", "There are at least 60 break-ins every week in the city.\n\nThe rates use population figures from the 2016 census.",
     [y("at least 60", 2020)]),
    ("2012-12-10", "The latest 2011 census figures show that 45 percent of households have a car.", [y("45 percent", 2011)]),
    # a phone number's digits are no year ("1800 333 000"), and a year a lifetime before a dated text that its body
    # recalls is history, not the year the text reports on
    ("2024-11-05", "Burglaries up\n\nPolice recorded 12,400 burglaries, up 6 per cent on the year before.\n\n"
                   "For help call the crime line on 1800 333 000.",
     [y("12,400", 2024), y("6 per cent", 2024, 2023)]),
    ("2024-11-05", "Burglaries up\n\nPolice recorded 12,400 burglaries, up 6 per cent on the year before.\n\n"
                   "Locks are cheap.\n\nThe station, built in 1932, is to close.",
     [y("12,400", 2024), y("6 per cent", 2024, 2023)]),
    # an undated text that compares a month with the same month of a year reports on the year after ("in March, 6 per
    # cent more than in March 2022"; a comma after a month starts no day)
    (None, "Rail use up\n\nTrains carried 4.1 million passengers in March, 6 per cent more than in March 2022.\n\n"
           "Bus trips fell to 2.3 million.",
     [y("4.1 million", 2023), y("6 per cent", 2023, 2022), y("2.3 million", 2023)]),
    (None, "Рост смертности\n\nВ сентябре в области умерли 1 310 человек, что на 12% больше, чем в сентябре 2019 года.",
     [y("1 310", 2020), y("12%", 2020, 2019)]),
    # "last month" in an undated text is of the year the text reports on, even one it names after it
    (None, "Tourism grows\n\nSome 51,200 visitors arrived last month, the bureau said.\n\n"
           "The arrivals report for April, 2019 came out on Monday. Holiday makers made up 70.5 per cent of arrivals.",
     [y("Some 51,200", 2019), y("70.5 per cent", 2019)]),
    # a capitalised word that goes on naming a time makes the year no thing's name ("March 2022 Quarter", not "the
    # 2006 Census"); a year whose span a dash leaves open to the text's time ("2015-present") is no year reported on
    (None, "Labour market statistics: March 2022 Quarter\n\nThe unemployment rate fell to 3.2 percent.",
     [y("3.2 percent", 2022)]),
    (None, "Archive 2015-present\n\nIn March 2022 the unemployment rate fell to 3.2 percent.\n\nWage rates rose 3.0 percent.",
     [y("3.2 percent", 2022), y("3.0 percent", 2022)]),
    (None, "Архив 2015 – н.в.\n\nВ марте 2022 года безработица снизилась до 3,2%.\n\nЗарплаты выросли на 3,0%.",
     [y("3,2%", 2022), y("3,0%", 2022)]),
    # an earlier quarter's value in brackets after a figure ("(4Q 2023: 3.8 per cent)") is a time compared with: no vote
    ("2024-04-19", "Output grows\n\nThe economy grew 3.9 per cent in the first quarter of 2024.\n\nMining expanded by 4.9 per cent in "
                   "the quarter (4Q 2023: 3.8 per cent).\n\nFarming rose 1.3 per cent (4Q 2023: 1.9 per cent).",
     [y("3.9 per cent", 2024), y("4.9 per cent", 2024), y("3.8 per cent", 2023), y("1.3 per cent", 2024), y("1.9 per cent", 2023)]),
    # a reminder's year ("Напомним, что ...", "Recall that ...") is not the year an undated text reports on
    (None, "Рост цен в I квартале составил 3,2%\n\nЗа I квартал текущего года инфляция составила 3,2%. Продукты подорожали на 3,6%.\n"
           "Напомним, что годовая инфляция по итогам 2022 года составила 14,7%.",
     [y("3,2%", None), y("3,2%", None), y("3,6%", None), y("14,7%", 2022)]),
    (None, "Prices up 3.2% in the first quarter\n\nFood prices rose 3.6% this quarter.\nRecall that inflation in 2022 was 14.7%.",
     [y("3.2%", None), y("3.6%", None), y("14.7%", 2022)]),
    # a time long ago ("three years ago") is history told from the text's own time: no vote for the year it reports on
    ("2023-12-02", "Beachfront costs soar\n\nThe beachfront upgrade cost close to R100m, not R87m as first stated.\n\n"
                   "The Premier unveiled it on Wednesday.\n\nThe plan shown to the council three years ago was different. The "
                   "project commenced in 2020 and was to be finished in November 2022.",
     [y("close to R100m", 2023), y("R87m", 2023)]),
    # an undated text that says "this year" more than it names a year reports on the year its lead compares with last year
    (None, "Thefts on the rise\n\nThefts rose in the months of May to July 2014 compared to the same months last year.\n\n"
           "There were 310 thefts this year against 280 thefts last year.\n\nBurglaries rose this year by 5%.",
     [y("310", 2014, 2013), y("280", 2013), y("5%", 2014)]),
    # ... nor the year of a sentence given for comparison ("Для сравнения: ...", "For comparison, ...")
    (None, "Население снижается\n\nЗа полгода население области сократилось на 0,4% до 512,6 тыс. человек. Для сравнения: "
           "на начало 2005 года в области проживали 601,2 тыс. человек.",
     [y("0,4%", None), y("512,6 тыс.", None), y("601,2 тыс.", 2005)]),
    (None, "Fewer farms\n\nThe county lost 3.1% of its farms in six months, leaving 4,210 farms. For comparison, in 2005 it had "
           "5,900 farms.", [y("3.1%", None), y("4,210", None), y("5,900", 2005)]),
    # ... but one the body names more than once is what it reports on (next year's budget)
    ("2022-05-12", "Surplus again\n\nThe state will post a surplus of $5.7 billion, the Treasurer said.\n\nDebt will fall.\n\n"
                   "Spending will reach $35 billion in the 2022-23 budget, and in 2022-23 revenue will hit $38 billion.",
     [y("$5.7 billion", 2023), y("$35 billion", 2023), y("$38 billion", 2023)]),
    # a budget's year, named next to it in the lead ("проект бюджета ... на 2026 год"), is the year its amounts are of
    (None, " date 2025-11-18 Общество\n\nБюджет обсудили\n\nДепутаты обсудили проект бюджета Тверской области на 2026 год и на "
           "плановый период 2027 и 2028 годов, где 19 ноября рассмотрели проект перед сессией.\n\nДоходы запланированы в размере "
           "81 млрд рублей, расходы — 84 млрд рублей.",
     [y("81 млрд рублей", 2026), y("84 млрд рублей", 2026)]),
    # "since the start of the year" votes for the document's year: one "last year" aside does not make a report of last year
    ("2016-10-16", "Пожаров стало на 16 меньше (в прошлом году – 230). На пожарах погибли 2 человека.\n\n"
                   "С начала года в республике произошло 202 пожара.",
     [y("16", 2016), y("230", 2015), y("2", 2016), y("202", 2016)]),
    # a pair, then the change between its two: the first is of the change's baseline year
    ("2023-07-20", "За 1 полугодие зарегистрировано 5610 преступлений, что на 6,3 % больше, чем в прошлом году.\n\n"
                   "Снизилось количество краж (с 2138 до 1797, - 15,9 %).",
     [y("5610", 2023), y("6,3 %", 2023, 2022), y("2138", 2022), y("1797", 2023), y("- 15,9 %", 2023, 2022)]),
    # ... also after "that is" or "то есть", the baseline carried from the sentence before
    ("2026-02-18", "In 2025 butter imports fell 18% compared with 2024. Their value rose from $139.51 million to "
                   "$145.31 million, that is by 4%.",
     [y("18%", 2025, 2024), y("$139.51 million", 2024), y("$145.31 million", 2025), y("4%", 2025, 2024)]),
    ("2026-02-18", "В 2025 году импорт масла снизился на 18% по сравнению с 2024 годом. Стоимость выросла с 139,51 млн "
                   "долларов до 145,31 млн долларов, то есть на 4 %.",
     [y("18%", 2025, 2024), y("139,51 млн долларов", 2024), y("145,31 млн долларов", 2025), y("4 %", 2025, 2024)]),
    # ... also after "a year earlier", "годом ранее"
    ("2026-02-06", "Годом ранее годовая инфляция составляла 9,9%. При этом годовой показатель снизился на 27%.",
     [y("9,9%", 2025), y("27%", 2026, 2025)]),
    ("2026-02-06", "A year earlier annual inflation was 9.9%. Meanwhile the annual rate fell by 27%.",
     [y("9.9%", 2025), y("27%", 2026, 2025)]),
    # a bracketed "(time – value)" aside dates its own value, not the figures of its sentence after it
    ("2016-10-16", "С начала года произошло 202 пожара. На пожарах 19 человек получили травмы (в прошлом году – "
                   "столько же), погибли 2 человека.",
     [y("202", 2016), y("19", 2016), y("2", 2016)]),
    ("2024-05-02", "Since the start of the year 202 fires broke out. Some 19 people were injured (last year – 25), "
                   "and 2 people died.",
     [y("202", 2024), y("Some 19", 2024), y("25", 2023), y("2", 2024)]),
    # a tie between the year the lead names first and a later one: the later (a text compares its period with earlier ones)
    ("2024-02-27", "Crime down\n\nPolice cut crime from 181,200 cases recorded in 2022 to 166,300 in 2023.\n\n"
                   "Burglaries fell by 6%.\n\nIn 2023, 402 people died on the roads, compared to 417 in 2022.",
     [y("181,200", 2022), y("166,300", 2023), y("6%", 2023), y("402", 2023, 2022), y("417", 2022)]),
    # the time of a figure compared with does not vote for the year an undated text reports on
    (None, "Jobless fall\n\nUnemployment fell to 4.8 percent in July this year.\n\nThis is down from the 5.2 percent in July 2022.\n\n"
           "Employment stood at 44.6 million, lower than the 47.4 million in July 2022.",
     [y("4.8 percent", None), y("5.2 percent", 2022), y("44.6 million", None), y("47.4 million", 2022)]),
    # ... nor that of a figure after "compared to" in a clause that names no year of its own; a clause that names
    # its year may compare it with another's either way
    (None, "Thefts down\n\nThefts fell by 8 percent in the first half of 2024.\n\nBurglaries fell by 12 percent with 40 cases, "
           "compared to 52 in 2023. Robberies fell by 5 percent with 20 cases, compared to 21 in 2023.",
     [y("8 percent", 2024), y("12 percent", 2024), y("40", 2024, 2023), y("52", 2023), y("5 percent", 2024), y("20", 2024, 2023),
      y("21", 2023)]),
    # a release that drops the article of "the corresponding quarter of 2016" still names a baseline
    ("2017-08-01", "In June quarter 2017 cattle slaughtered fell by 19% over corresponding quarter of 2016. "
                   "Arrivals fell by 5% over corresponding quarter 2016.",
     [y("19%", 2017, 2016), y("5%", 2017, 2016)]),
    # ... the figure after the comparison in its sentence
    (None, "Зарплата превысила 22 тысячи рублей\n\nВ августе средняя зарплата в крае превысила 22 тысячи рублей.\n\n"
           "По сравнению с августом 2011 года зарплата увеличилась на 8,8 процента.",
     [y("превысила 22 тысячи рублей", 2012), y("превысила 22 тысячи рублей", 2012), y("8,8 процента", 2012, 2011)]),
    # a site's date over the article, its day written with an ordinal ending, is a date, which votes for no year
    (None, "Fri. Jan 31st, 2025\nMarket news\n\nThe island's output for the third quarter of 2023 fell by 7.3 percent.\n\n"
           "Mining made up 14.4 percent of it.", [y("7.3 percent", 2023), y("14.4 percent", 2023)]),
    # an undated text about a month of no year that compares a figure with the same month of a year is about that
    # month a year on, though the month stands in its headline and the comparison sentences later
    (None, "March Jobless Rate Holds at 4.1 Percent\n\nThe state's jobless rate held at 4.1 percent in March.\n\n"
           "Payrolls grew by 2 percent, an increase of 5,300 jobs since March 2018.",
     [y("4.1 Percent", 2019), y("4.1 percent", 2019), y("2 percent", 2019, 2018), y("5,300", 2019, 2018)]),
    # "results" or "performance" next to a year compared with name no year the text reports on
    (None, "The minister said yesterday that arrivals in October had continued to grow on last year's figures.\n\n"
           "The November results were significant because they would be compared to performance in November 2021.\n\n"
           "He said that 96,500 tourists visited in the first nine months of the year, an increase of 9 per cent.",
     [y("96,500", None), y("9 per cent", None)]),
    # a list of figures and a list of as many years, "respectively" after them or the years right after the figures
    ("2023-11-10", "The state reported 5,079 and 1,778 farm fires on November 9, in 2021 and 2022, respectively. "
                   "Prices rose 5% and 7% in 2022 and 2023.",
     [y("5,079", 2021), y("1,778", 2022), y("5%", 2022), y("7%", 2023)]),
    ("2023-11-10", "Было зарегистрировано 5079 и 1778 пожаров в 2021 и 2022 годах соответственно.", [y("5079", 2021), y("1778", 2022)]),
    # the value compared with, then a few words and the baseline's time ("recorded over the same period in 2014"): of that time
    ("2016-08-01", "Thefts numbered 18,210 in the first half of this year, a 4% increase on the 17,510 recorded over the same "
                   "period in 2015.", [y("18,210", 2016), y("4%", 2016, 2015), y("17,510", 2015)]),
    # "к показателю 2021 года": a baseline, which names no year the text reports on
    (None, "Аэропорт ожидает снижения пассажиропотока на 5% к показателю 2021 года. В первом полугодии он обслужил 1,5 млн "
           "пассажиров, на 8% меньше, чем за аналогичный период 2021 года.",
     [y("5%", 2022, 2021), y("1,5 млн", 2022), y("8%", 2022, 2021)]),
    # "аналогичный показатель прошлого года", "того же показателя за 2017 год": the figure compared with, a baseline (in an
    # undated text "прошлого года" is the year before the change's own, 2018; the level before it compares nothing)
    (None, "Перевозки в январе-апреле 2018 года составили 737 861 человек, что на 10,4% превышает аналогичный показатель "
           "прошлого года. В апреле перевезли 212 782 человека, что на 12,9% выше того же показателя за 2017 год.",
     [y("737 861", 2018), y("10,4%", 2018, 2017), y("212 782", 2018), y("12,9%", 2018, 2017)]),
    # a plan's deadline ("were to be cleared by March 2022") is no year the text reports on, however often it is named
    ("2023-06-14", "Debate on waiting times\n\nThere are 812,400 patients on waiting lists. Long waits were to be cleared by "
                   "March 2022, but that has not happened. Cancer waits were to be halved by June 2022 and short waits by August 2022.",
     [y("812,400", 2023)]),
    ("2023-06-14", "Очереди\n\nВ очереди стоят 81 тысяча пациентов. Очереди должны были исчезнуть к марту 2022 года, "
                   "а долгие ожидания планировалось сократить к июню 2022 года и к августу 2022 года.",
     [y("81 тысяча", 2023)]),
    # a heading line with a year over a list of "label – amount" lines dates the amounts under it
    (None, "Парламент принял бюджет на 2025 год и на плановый период 2026 и 2027 годов.\n2025 год:\nдоходы – 120,4 млрд рублей;\n"
           "расходы – 131,2 млрд рублей.\n2026 год:\nдоходы – 127,9 млрд рублей;\nрасходы – 133,0 млрд рублей.",
     [y("120,4 млрд рублей", 2025), y("131,2 млрд рублей", 2025), y("127,9 млрд рублей", 2026), y("133,0 млрд рублей", 2026)]),
    (None, "The council set its budget for 2025 and the two years after it.\n\n2025:\nRevenue – $48.2 million;\n"
           "Spending – $51.7 million.\n\n2026:\nRevenue – $49.9 million;\nSpending – $52.3 million.",
     [y("$48.2 million", 2025), y("$51.7 million", 2025), y("$49.9 million", 2026), y("$52.3 million", 2026)]),
    # a change right after a pair whose two have years of their own runs from the first's year to the second's
    ("2021-02-01", "House prices\n\nThe town's median price rose from $310,000 in March last year to $354,000 this year, a 14.2 "
                   "per cent rise.", [y("$310,000", 2020), y("$354,000", 2021), y("14.2 per cent", 2021, 2020)]),
    # a pair after a change measured since a baseline: the first keeps a time of its own ("from $480,000 in March 2021")
    ("2022-04-12", "House prices\n\nTimaru saw its first fall in the median price since May 2020, a 1.2 per cent annual decrease "
                   "from $480,000 in March 2021 to $474,000 last month.",
     [y("1.2 per cent", 2022, 2020), y("$480,000", 2021), y("$474,000", 2022)]),
    # ... numbered items too, long labels, and blank lines between the items, as an act's page comes out
    ("2024-12-20", "Решение районного совета от 20 декабря 2024 года\n\n1. Утвердить бюджет района на 2025 год в следующих "
                   "объемах:\n\n1) доходы – 81 204 тысячи рублей;\n\n2) затраты – 83 950 тысяч рублей.\n\n2. Утвердить бюджет района "
                   "на 2026 год в следующих объемах:\n\n1) доходы – 84 310 тысяч рублей:\n\nналоговые поступления – 20 116 тысяч "
                   "рублей;\n\nпоступления от продажи основного капитала – 1 302 тысячи рублей;\n\n2) затраты – 86 020 тысяч рублей.",
     [y("81 204 тысячи рублей", 2025), y("83 950 тысяч рублей", 2025), y("84 310 тысяч рублей", 2026), y("20 116 тысяч рублей", 2026),
      y("1 302 тысячи рублей", 2026), y("86 020 тысяч рублей", 2026)]),
    # a pair of levels "from" one "to" the other with no time of their own, after a figure measured against a
    # baseline: the first level is of the baseline's year
    ("2024-05-01", "The jobless rate fell to 4.1 percent in March 2024 from 4.6 percent in March of the previous year. Rates "
                   "fell in the north (from 5.0 to 4.4 percent) and in the south (from 3.9 to 3.6 percent).",
     [y("4.1 percent", 2024, 2023), y("4.6 percent", 2023), y("5.0", 2023), y("4.4 percent", 2024), y("3.9", 2023), y("3.6 percent", 2024)]),
    ("2024-05-01", "Безработица в марте 2024 года составила 4,1% против 4,6% в марте 2023 года. В городах она снизилась "
                   "с 5,0 до 4,4%, в сёлах – с 6,2 до 5,9%.",
     [y("4,1%", 2024, 2023), y("4,6%", 2023), y("5,0", 2023), y("4,4%", 2024), y("6,2", 2023), y("5,9%", 2024)]),
    # a month joined to a month and year that ends its period ("between July and September 2021") is of that year
    ("2022-11-20", "Kidnappings surged, with 4,118 cases reported compared with 2,311 cases between July and September 2021.",
     [y("4,118", 2022, 2021), y("2,311", 2021)]),
    # two months without a year in one sentence, the earlier month first, are of one year: in a text of January 2021,
    # "from ... in January to ... in June" is January 2020 (June 2021 has not come); "in December ... in January" spans two
    ("2021-01-10", "Youth unemployment rose from 10.2 per cent in January to 11.6 per cent in June.",
     [y("10.2 per cent", 2020), y("11.6 per cent", 2020)]),
    ("2021-02-10", "Sales fell 5% in December and rose 2% in January.", [y("5%", 2020), y("2%", 2021)]),
    ("2024-03-20", "Annual inflation quickened in February, rising to 5.6% from 5.3% in January and 5.1% in December.",
     [only("5.6%", year=2024), y("5.3%", 2024), y("5.1%", 2023)]),
    # ... or in brackets right after a change measured against a baseline ("decreased 24% (1,906 to 1,783)")
    ("2022-07-10", "Thefts decreased 24% (1,906 to 1,783) and frauds increased 60% (2,578 to 4,125) over June 2021.",
     [y("24%", 2022, 2021), y("1,906", 2021), only("1,783", year=2022), y("60%", 2022, 2021), y("2,578", 2021), only("4,125", year=2022)]),
    # "к" and a year that opens its clause is a deadline, the time of what happens by it; after a figure it is a baseline
    ("2019-06-01", "По прогнозу в начале 2020 года в области будет проживать 595,4 тыс. человек, к 2036 году численность "
                   "населения уменьшится на 88,3 тыс. человек.", [y("595,4 тыс.", 2020), y("88,3 тыс.", 2036)]),
    ("2019-06-01", "Оборот вырос на 5,2% к 2018 году.", [y("5,2%", 2019, 2018)]),
    # a comparative and up to three words of what is compared before a year: the year is a baseline
    ("2022-08-10", "В июле 2022 года продали товаров на 141,2 млрд рублей, что на 16,3% меньше этого же месяца 2021 года.",
     [y("141,2 млрд рублей", 2022), y("16,3%", 2022, 2021)]),
    ("2023-02-01", "Грузооборот вырос на 0,7% и оказался на 0,2% больше цифр рекордного доковидного 2019-го.",
     [only("0,7%", year=2023), y("0,2%", 2023, 2019)]),
    # a span of as many years as the list of figures after it, "respectively" after them: each figure its year in turn
    ("2025-01-10", "В 2026 году рост ВВП прогнозируется на уровне 6,6%, в 2027-2028 годы — на 6,8% и 6,9% соответственно.",
     [y("6,6%", 2026), y("6,8%", 2027), y("6,9%", 2028)]),
    ("2025-01-10", "In 2027-2028, growth is forecast at 6.8% and 6.9% respectively.", [y("6.8%", 2027), y("6.9%", 2028)]),
    # ... or a list of as many years ("In 2023 and 2022, ... 83,030 and 70,152 respectively"), in the order given
    ("2024-11-20", "In 2023 and 2022, visitor arrivals for October stood at 81,200 and 69,400 respectively.",
     [y("81,200", 2023), y("69,400", 2022)]),
    # ... and a list of baselines with "respectively": each figure's own, the figures keep their year
    ("2023-08-01", "Ferry passengers in the first half were 41.2 percent and 3.5 percent higher than the same period in 2022 "
                   "and 2019, respectively.", [y("41.2 percent", 2023, 2022), y("3.5 percent", 2023, 2019)]),
    ("2023-08-01", "Продажи выросли на 14% и 35% по сравнению с 2022 и 2019 годами соответственно.",
     [y("14%", 2023, 2022), y("35%", 2023, 2019)]),
    # a bracket after a figure with an earlier time's value ("(в январе-феврале 2022 года - 7 детей)") compares:
    # its year does not vote for the year the text reports on
    ("2023-04-18", "Число умерших уменьшилось на 900 человек и составило 2 500 человек.\n\n"
                   "В январе-феврале 2023 года умерли 4 ребенка в возрасте до 1 года (в январе-феврале 2022 года - 7 детей). "
                   "Зарегистрировано 543 брака (в январе-феврале 2022 года - 545 браков).\n\nЗа 2022 год умерло 15 331 человек.",
     [y("900", 2023), y("2 500", 2023), y("4", 2023), y("7", 2022), y("543", 2023), y("545", 2022), y("15 331", 2022)]),
    # ... also with a word before its value ("– на 6%"); a dated text whose only year not compared with is its own
    # reports on that year, however often it names the years compared with
    ("2018-05-16", "В I квартале 2018 года зарплата выросла на 12,1% (в январе-марте 2017 года – на 6%), в реальном выражении – "
                   "на 10,7% (в январе-марте 2017 года – на 1%).\n\nВысокие темпы роста отмечаются в металлургии (118,5%).",
     [y("12,1%", 2018), y("6%", 2017), y("10,7%", 2018), y("1%", 2017), y("118,5%", 2018)]),
    # a record beaten is of the year compared with; a pause ("…") may stand inside a comparison's words
    ("2025-11-20", "Край побил рекорд прошлого года, собрано почти 6,5 млн тонн зерна.", [y("почти 6,5 млн тонн", 2025)]),
    ("2025-11-20", "Собрали 6,4 млн тонн зерна, на 500 тысяч тонн больше, чем факт… прошлого года.",
     [y("6,4 млн тонн", 2025), y("500 тысяч тонн", 2025, 2024)]),
    # a change's size "over the same period in 2016": that year is its baseline, not its own
    ("2017-08-01", "Arrivals by air rose 22% over the same period in 2016.", [y("22%", 2017, 2016)]),
    # a periodic report named with its period ("the Economic Survey 2023-24") says the year an undated text reviews,
    # though it says "this year" and "last year" more often
    (None, "The minister launched the Economic Survey 2023-24 on Tuesday.\n\nGrowth reached 4.6 percent, the highest in a "
           "decade. Farm output was better this year than last year, and exports beat last year's.",
     [y("4.6 percent", 2024)]),
    # a heading that ends with a colon dates the "label: N" lines under it
    ("2024-01-09", "Troop figures\n\nSo far this year, police made 41 arrests for drunk driving.\n\n"
                   "Figures for the same weekend a year ago, from 01/06/2023 to 01/08/2023, are below:\n"
                   "Accidents: 276\nfatality: 2 accidents resulting in 3 deaths\nDUI arrests: 34\n",
     [y("41", 2024), y("276", 2023), only("2"), only("3"), y("34", 2023)]),
    # in an undated text a present-tense verb ("составляет", "stands at") says no year: the paragraph's time does
    (None, "За 9 месяцев 2022 г. произошло 1 215 пожаров. Материальный ущерб составляет 12,6 млн рублей.",
     [y("1 215", 2022), y("12,6 млн рублей", 2022)]),
    # the dates of what the body reports break a tie of the years named, and stand in when no year is named
    ("2024-01-05", "Crime review\n\nThe police chief spoke to reporters.\n\nHe said the force solved more cases.\n\n"
                   "On December 28, officers met the mayor.\n\nThefts fell by 12% and 420 people were arrested.",
     [y("12%", 2023), y("420", 2023)]),
    # ... but a report named for the year it came out ("the Economic Survey 2019") reviews the year the text names more often
    ("2019-04-25", "The Economic Survey 2019 was released on Thursday.\n\nIn 2018 the police recorded 88,268 crimes.\n\n"
                   "Cases of fraud rose by 12.5 per cent in 2018.\n\nDrug offences accounted for 9.1 per cent of all crimes.",
     [y("88,268", 2018), y("12.5 per cent", 2018), y("9.1 per cent", 2018)]),
    ("2019-04-25", "The Economic Survey 2019 was released on Thursday.\n\nDrug offences accounted for 9.1 per cent of all crimes.",
     [y("9.1 per cent", 2019)]),
    # an undated text that says "this year" more often than it names a year still reviews the latest year its first paragraph names
    (None, "Fish landings reached 4.26 million tonnes in 2023, the bureau said.\n\nThe commercial fleet landed 820,300 tonnes, "
           "its share being 19.3 percent.\n\nThis year was hard for the fleet, as last year was, and this year's prices fell below last year's.",
     [y("4.26 million tonnes", 2023), y("820,300 tonnes", 2023), y("19.3 percent", 2023)]),
    # ... not a past year named first further down the lead ("33 percent in fiscal 2014-15" under the headline)
    (None, "Farm share shrinks to 27 percent\n\nThe farm share was 33 percent in fiscal 2014-15.\n\nThe farm share shrank to 27 percent "
           "this fiscal year from 28 percent last fiscal year. It is expected to shrink this year and next year.",
     [y("27 percent", None), y("33 percent", 2015), y("27 percent", None), y("28 percent", None)]),
    # no lead to break a tie: the year named most often, counting the times of figures compared with (rule 3)
    (None, "Release No.\n\nPrices\n\nTown of Elm Bay\n\nInflation in the town eased to 3.1 percent, from 3.6 percent in "
           "May 2024. In June 2023, it was 4.0 percent.\n\nFood inflation slowed to 2.2 percent from 2.9 percent in May 2024, "
           "and fuel to 1.4 percent from 1.9 percent in May 2024.\n\nIn June 2023, food inflation was 5.1 percent.",
     [y("3.1 percent", 2024), y("3.6 percent", 2024), y("4.0 percent", 2023), y("2.2 percent", 2024), y("2.9 percent", 2024),
      y("1.4 percent", 2024), y("1.9 percent", 2024), y("5.1 percent", 2023)]),
    # ... or whose only year is named as the period of its figures ("in the year to March 2022")
    (None, "Burglaries rise\n\nThousands more burglaries were reported in the county in the past year, figures show.\n\n"
           "Burglaries rose by 1,204 in the year up to March, up 9 per cent on the previous year.\n\nNationally 211,000 "
           "burglaries were recorded in the year to March 2022.",
     [y("1,204", 2022, 2021), y("9 per cent", 2022, 2021), y("211,000", 2022)]),
    # an undated text that says "this year" and "last year" as often as it names a year is of no year it names
    (None, "Budget reply\n\nSpending on farms was Rs 30,000 crore in 2013-14; this year it is Rs 1.5 lakh crore, "
           "Rs 8,000 crore more than last year.\n\nRoads got Rs 87,000 crore in 2013-14 and get Rs 2.6 lakh crore this year.",
     [y("Rs 30,000 crore", 2014), y("Rs 1.5 lakh crore", None), y("Rs 8,000 crore", None), y("Rs 87,000 crore", 2014), y("Rs 2.6 lakh crore", None)]),
    # ... but where the text named its year before, a sentence that names no other takes it for "this year"
    (None, "Wages\n\nWages averaged $820 a week in March 2012. So far this year, shop workers earned $610 a week.",
     [y("$820", 2012), y("$610", 2012)]),
    (None, "Зарплата за январь-март 2012 года составила 21 тысячу рублей. В эти месяцы текущего года у работников торговли "
           "она составила 18 тысяч рублей.", [y("21 тысячу рублей", 2012), y("18 тысяч рублей", 2012)]),
    # ... also beside a period of no year and a year compared with in brackets
    (None, "Росстат опубликовал доклад за период с января по июнь 2023 года. За первые пять месяцев текущего года в области "
           "родились 7 831 ребенок (в январе-мае 2022 года — 8 065 детей).", [y("7 831", 2023), y("8 065", 2022)]),
    # ... and a change compared with the same period of last year after it ("что на 138 меньше, чем за аналогичный период")
    (None, "Рождаемость снизилась за январь-февраль 2024 года. В течение первых двух месяцев текущего года родились 5497 детей, "
           "что на 138 меньше, чем за аналогичный период прошлого года.", [y("5497", 2024), y("138", 2024, 2023)]),
    # ... and "за тот же период" in a paragraph of its own, with nothing before it to be the same as
    (None, "Зарплата выросла\n\nЗа 11 месяцев 2023 года средняя зарплата выросла на 20% к аналогичному периоду прошлого года."
           "\n\nЗа тот же период оборот розницы вырос на 7,3%.", [y("20%", 2023, 2022), y("7,3%", 2023, 2022)]),
    # ... and so does a month of no year, "this year's" month ("по сравнению с маем текущего года", "in June")
    (None, "ГРОДНО, 12 июл. Средняя пенсия в июне 2019 года составила 402,5 рубля. По сравнению с маем текущего года "
           "она выросла на 3 рубля, тогда пенсионеры получали 399,5 рубля.",
     [y("402,5 рубля", 2019), y("3 рубля", 2019), y("399,5 рубля", 2019)]),
    (None, "Fares\n\nBus fares averaged $2.40 in April 2015. In June, the fare rose 5 percent.",
     [y("$2.40", 2015), y("5 percent", 2015)]),
    # ... but one "last year" against one named year leaves the named year the text's
    (None, "Crime falls\n\nIn total, 385,000 crimes were reported, an 8% fall in 2007-08.\n\nThe law passed last year doubled arrests.\n\n"
           "Vandalism was down 9% to 118,000.",
     [y("385,000", 2008), y("8%", 2008), y("9%", 2008), y("118,000", 2008)]),
    # "compared to" goes either way: the year after it may be the text's own
    (None, "Crime report\n\nIn July 2011 there were 31 murders compared to eight in July 2012.\n\nRapes fell to 5 in 2012.\n\n"
           "Robberies are down 6 per cent.",
     [y("31", 2011), y("eight", 2012), y("5", 2012), y("6 per cent", 2012)]),
    # ... but "more than" is a qualifier, not a comparison
    (None, "Drugs report\n\nMore than 50 new drugs were created in 2012.\n\nSeizures reached 3 tonnes.",
     [y("More than 50", 2012), y("3 tonnes", 2012)]),
    # "at" a full date is the time of the figures, as "as at" is: it votes for an undated release's year
    (None, "Population grows 1.2 percent\n\nThe population reached 5.1 million at 30 June 2021, the office said.\n\n"
           "The census will follow on 23 September 2023.\n\nNet migration added 20,000.",
     [y("1.2 percent", 2021), y("5.1 million", 2021), y("20,000", 2021)]),
    # a full date after "as of" is the time of the figures and votes for the reporting year; an event's date does not
    (None, "In May 2011, the bureau released its estimates as of October 1, 2010.\n\nThe summary of the estimates as of October 1, 2010 follows.\n\nThe population numbered 127,800 thousand.",
     [y("127,800 thousand", 2010)]),
    # an undated article whose years tie: the first year its headline or lead names
    (None, "Crime report\n\nIn March 2021 the police registered 52,000 thefts.\n\n"
           "Burglaries fell by 3 percent.\n\nThe new unit was founded in 2019 and has 300 staff.",
     [y("52,000", 2021), y("3 percent", 2021), y("300", 2019)]),
    # links to other stories ("Read also") do not vote
    (None, "Thefts fell\n\nThe police say thefts in 2022 fell by 6 percent.\n\nRobberies fell by 4 percent.\n\n"
           "Read also:\n\n• Fraud in 2021 rose by a tenth • Arrests in 2021 rose by 5 percent",
     [y("6 percent", 2022), y("4 percent", 2022), y("a tenth", 2021), y("5 percent", 2021)]),
    # a copyright line's year is the site's; a plan's period in the lead breaks the tie
    (None, "The law on the budget for 2025-2027 was signed.\n\nDefence will get 30 percent of spending, "
           "against 25 percent in 2023.\n\nIn 2021 it got 20 percent.\n\nAll rights reserved Example News - 2021",
     [y("30 percent", 2025, 2023), y("25 percent", 2023), y("20 percent", 2021)]),
    # the year next to "results" does not make the report's year when the text named a later year before it
    (None, "Пассажиропоток аэропорта вырос на 19%\n\nЗа 3 месяца 2022 года аэропорт обслужил 1,3 млн пассажиров."
           "\n\nПо итогам 2021 года аэропорт обслужил 6,7 млн пассажиров.",
     [y("19%", 2022), y("1,3 млн", 2022), y("6,7 млн", 2021)]),
    (None, "Airport traffic rose 19%\n\nIn the first quarter of 2022 the airport served 1.3 million passengers."
           "\n\nThe results for 2021 showed 6.7 million passengers.",
     [y("19%", 2022), y("1.3 million", 2022), y("6.7 million", 2021)]),
    # "May" in a title-case headline is the verb, not the month
    ("2020-04-02", "Families May Defer Paying Their Insurance Premiums\n\nThe state confirmed 8,600 new cases.",
     [y("8,600", 2020)]),
    # "up from the gains of N": the figure compared with may be named before it
    ("2019-09-13", "In the first half of 2019, exports rose by 5,200, up from the gains of 3,900 in the same period last year.",
     [y("5,200", 2019, 2018), y("3,900", 2018)]),
    # a word that describes the baseline's year may stand before it ("pre-pandemic 2019")
    ("2022-12-05", "Deaths fell 8% compared with pre-pandemic 2019.", [y("8%", 2022, 2019)]),
    ("2022-12-05", "Смертность снизилась на 8% в сравнении с допандемийным 2019 годом.", [y("8%", 2022, 2019)]),
    # a page's time stamp ("Last updated: 9 years ago") is when it was written; its years do not vote
    ("2012-06-13", "Budget unveiled\n\nPosted: Jun 12, 2012 | Last updated: 9 years ago\n\n"
                   "The deficit will be 5.1% of GDP. Revenue will reach $40 billion.",
     [y("5.1%", 2012), y("$40 billion", 2012)]),
    ("2017-01-08", "Jobless total falls\n\nAnna Borg Sunday, 8 January 2017, 09:36 Last update: about 8 years ago\n\n"
                   "Unemployment went down from 7,000 to 3,000.", [y("7,000", 2017), y("3,000", 2017)]),
    ("2012-06-13", "Бюджет представлен\n\nОпубликовано: 12 июня 2012 | Обновлено: 9 лет назад\n\n"
                   "Дефицит составит 5,1% ВВП. Доходы достигнут 40 млрд долларов.",
     [y("5,1%", 2012), y("40 млрд долларов", 2012)]),
    # a dated document may report on next year (a budget)
    ("2023-09-15", "The draft budget plans spending in 2024.\n\nDefence will get RUB 10 trillion, twice as much as this year.\n\n"
                   "In 2021, defence got RUB 3.6 trillion.",
     [y("RUB 10 trillion", 2024), y("twice", 2024, 2023), y("RUB 3.6 trillion", 2021)]),
    # ... but a short paragraph of prose that says "published" is no stamp: its years vote
    (None, "School enrolments\n\nThe department today published enrolment figures for 2017.\n\n"
           "In 2016 there were 550,200 pupils.\n\nAt post-primary level, enrolments stood at 357,442.",
     [y("550,200", 2016), y("357,442", 2017)]),
    (None, "Обновлено 12.05.2019\n\nВ 2017 году в школах было 555 тыс. учеников, в 2018 году 560 тыс.\n\nВ колледжах учатся 35 тыс. человек.",
     [y("555 тыс.", 2017), y("560 тыс.", 2018), y("35 тыс.", 2018)]),
    # a date compared with is a baseline, the day before its month too ("в сравнении с 1 января 2024 года"), and
    # "по сравнению с данными на" a date
    ("2025-02-01", "В сравнении с 1 января 2024 года население области сократилось на 12 287 человек.",
     [y("12 287", 2025, 2024)]),
    ("2023-02-02", "По сравнению с данными на 1 января 2022 года городское население снизилось на 12 520 человек.",
     [y("12 520", 2023, 2022)]),
    # ", что составляет" restates the clause before: no present of the text's own, the sentence's year holds
    ("2026-02-11", "В январе-декабре 2025 года оборот торговли сложился в сумме 910 млрд руб., что составляет 102,7% к "
                   "соответствующему периоду прошлого года.",
     [y("910 млрд руб.", 2025), y("102,7%", 2025, 2024)]),
    # ... but "к 1 января" is the date of a level, as of it
    ("2024-03-01", "К 1 января 2024 года численность жителей страны достигла 20 033 546 человек.", [y("20 033 546", 2024)]),
    # a date written with slashes is a date (here of an update), not a year the document reports on
    (None, "Last Updated: 07/27/2016\n\nRoad safety\n\nAbout 300 delegates came to the conference.",
     [y("About 300", None)]),
]

# ----------------------------------------------------------------------------- breakdowns and references back

BREAKDOWNS = [
    # a breakdown takes the time of the figure it breaks down, even one an undated text cannot resolve
    (None, "Police have seized 1.2 tonnes of drugs in the first half of this year, including 30 kilograms of heroin.\n\n"
           "In 2010, 7,000 people died of overdoses.",
     [y("1.2 tonnes", None), y("30 kilograms", None), y("7,000", 2010)]),
    ("2016-07-18", "Police have seized 1.2 tonnes of drugs in the first half of this year, including 30 kilograms of heroin.",
     [y("1.2 tonnes", 2016), y("30 kilograms", 2016)]),
    # a figure with no time of its own shares the time of an earlier figure of its sentence
    (None, "By the end of 2016, 3,000 websites were blocked and «200 recruiters were identified».",
     [y("3,000", 2016), y("200", 2016)]),
    # "the same period" refers back
    ("2023-12-21", "Fraud over the first 11 months of the year grew by 30 percent, compared to the same period in 2022.\n\n"
                   "Card theft shrank by 12 percent over the same period.",
     [y("30 percent", 2023, 2022), y("12 percent", 2023, 2022)]),
    ("2023-12-21", "Thefts rose by 9 percent compared to January-November of 2022.", [y("9 percent", 2023, 2022)]),
    # a figure compared with the same period last year is of the year its sentence named, and so is the
    # level a change reached, with the change's baseline
    (None, "The number of online crimes in January 2023 reached 32,000, an increase of 21 percent compared to "
           "the same period last year.",
     [y("32,000", 2023, 2022), y("21 percent", 2023, 2022)]),
]

# ----------------------------------------------------------------------------- baselines

BASELINES = [
    # "over" a month and year after a change: the month compared with, not the figure's time (not "over 2023")
    ("2018-03-09", "Employment increased 0.6% from January 2018 to 456,300 and increased 2.3% over February 2017.",
     [y("0.6%", 2018), y("456,300", 2018), y("2.3%", 2018, 2017)]),
    # a percentage of a baseline right after it ("104,5% к 2024 году") has it for its own; the level before the bracket has none
    ("2026-03-13", "Общая посевная площадь в 2025 году составила 132,5 тыс. га (104,5% к 2024 году).",
     [y("132,5 тыс. га", 2025, None), y("104,5%", 2025, 2024)]),
    ("2026-03-13", "In 2025 the sown area was 132.5 thousand hectares (104.5% of the 2024 level).",
     [y("132.5 thousand hectares", 2025, None), y("104.5%", 2025, 2024)]),
    # "the lowest since 1.5% in January 2010": the value of a record compared with; its time dates no other figure
    ("2012-04-23", "Inflation for March 2012 was 1.8%, the lowest since 1.5% in January 2010, whereas local and imported "
                   "rates were 0.4% and 2.8% respectively.", [y("1.8%", 2012), y("1.5%", 2010), y("0.4%", 2012), y("2.8%", 2012)]),
    # "compared to last month" is what the figure is compared with, not its own time: the year the text set holds
    (None, "In January 2019 births rose by 0.8%. Deaths fell by 0.2% compared to last month.",
     [y("0.8%", 2019), y("0.2%", 2019)]),
    ("2019-02-20", "Births rose by 0.2% compared to last month.", [y("0.2%", 2019)]),
    # "АППГ" (the same period of last year) with a dash gives that period's value; the change after it is this year's
    ("2022-10-20", "На пожарах погибло 5 246 человек (АППГ – 5 986, -12,4%).", [y("5 246", 2022), y("5 986", 2021), y("-12,4%", 2022, 2021)]),
    # ... and a line whose numbers group thousands with spaces is no table row for counting them twice
    ("2022-10-20", "Всего погибло 5 246 человек (АППГ – 5 986, -12,4%).", [y("5 246", 2022), y("5 986", 2021), y("-12,4%", 2022, 2021)]),
    # "a month earlier", "месяцем ранее": a time of the value compared with, in the year of the month just named
    ("2026-02-05", "Inflation was 6.6% in December, down from 6.8% a month earlier.", [y("6.6%", 2025), y("6.8%", 2025)]),
    ("2026-02-05", "Товары подорожали на 11,7% в декабре против 11,1% месяцем ранее.", [y("11,7%", 2025), y("11,1%", 2025)]),
    # "the year ending December 2012": a part of a year between a baseline's words and its year
    ("2014-04-24", "There were 762,000 such crimes in the year ending December 2013, down 13% compared with the year ending December 2012.",
     [y("762,000", 2013), y("13%", 2013, 2012)]),
    # a bare number in brackets right after the baseline's time is the measure's value then
    ("2014-04-24", "Thefts fell 9% compared with the year ending March 2013 (41,000).", [y("9%", 2014, 2013), y("41,000", 2013)]),
    # a comparative, a noun and a year: "на 8,5% выше поступлений 2022 года" (not "выше в 2022 году")
    ("2024-02-01", "Налог принес 6,9 млрд рублей, что на 8,5% выше поступлений 2022 года.", [y("6,9 млрд рублей", 2024, None), y("8,5%", 2024, 2022)]),
    ("2024-02-01", "Доходы были на 8,5% выше в 2022 году, чем в 2021.", [y("8,5%", 2022, 2021)]),
    # "the same point in", "this time last year": a baseline at the same point of another year
    (None, "Burglaries are down 12 percent this year compared to the same point in 2019, the minister said.",
     [y("12 percent", None, 2019)]),
    ("2020-08-01", "Burglaries are down 12 percent compared to the same time in 2019. Robberies are up 3 percent compared with this time last year.",
     [y("12 percent", 2020, 2019), y("3 percent", 2020, 2019)]),
    # "the corresponding period of", "соответствующем периоде" name a baseline however many words stand before them
    ("2026-02-06", "Revenue in January 2026 was 2.1 trillion, 9.2% lower than revenue in the corresponding period of 2025.",
     [y("2.1 trillion", 2026), y("9.2%", 2026, 2025)]),
    ("2026-02-06", "В январе 2026 года доходы снизились на 9,2% по сравнению с доходами в соответствующем периоде 2025 года.",
     [y("9,2%", 2026, 2025)]),
    # a part of a year between a baseline's words and its year
    ("2017-01-09", "The prison population fell by 2 percent from year-end 2014 to 2015.", [y("2 percent", 2015, 2014)]),
    ("2023-08-20", "Employment rose 1.1% compared to Q2 2022.", [y("1.1%", 2023, 2022)]),
    # a figure right after a time's possessive is that time's value
    ("2012-09-28", "Growth was 7.2 per cent, slightly higher than last year's 6.9 per cent.",
     [y("7.2 per cent", 2012, 2011), y("6.9 per cent", 2011)]),
    # the years after a pair of figures are theirs, not a span of the first
    ("2012-09-28", "It was lower than the rises of 13.1 per cent seen in 2007 and 18.2 per cent in 2008.",
     [y("13.1 per cent", 2007), y("18.2 per cent", 2008)]),
    # a pair after a change runs from the change's baseline to the change's year, and a change with no
    # baseline of its own is measured from the one the text set last for the same year
    ("2023-01-06", "For eleven months of 2022, crimes fell by 4.9% compared to the same period last year "
                   "(from 494,100 to 470,100).\n\nCard frauds decreased by 24.7% (from 154,500 to 116,300).",
     [y("4.9%", 2022, 2021), y("494,100", 2021), y("470,100", 2022),
      y("24.7%", 2022, 2021), y("154,500", 2021), y("116,300", 2022)]),
    # a change right after a level and the baseline it came from, dated only by the baseline's time, is of the level's year
    ("2022-06-21", "The 2021 Census shows the county has 412,300 people, up from 398,100 in 2016 – an increase of 3.6 per cent.",
     [y("412,300", 2021, 2016), y("398,100", 2016), y("3.6 per cent", 2021, 2016)]),
    # ... of no year when the level has none; and the baseline's time dates no figure of the next sentence
    (None, "The county has 412,300 people, up from 398,100 in 2016 – an increase of 3.6 per cent. "
           "The city now has 91,200 residents.",
     [y("412,300", None, 2016), y("398,100", 2016), y("3.6 per cent", None, 2016), y("91,200", None)]),
    # a time at the sentence's end inside an aside with its own figure dates that figure only
    ("2009-06-10", "Цены выросли на 8,8% (против 13,3% в 2008-м).", [y("8,8%", 2009), y("13,3%", 2008)]),
    # a budget's planning period names plans, no year the text reports on
    (None, "Депутаты утвердили бюджет на 2024 год и на плановый период 2025 и 2026 годов.\n\nДоходы составят 120 млрд рублей.",
     [y("120 млрд рублей", 2024)]),
    (None, "The assembly passed the budget for 2024 and the planning period 2025 and 2026.\n\nRevenue will be $120 million.",
     [y("$120 million", 2024)]),
    # the time of a change's first level in money is no year the text is about ("from $200 in 2006"): this one is about 2011
    (None, "Rents rose to $300 from $200 in 2006. Repayments rose to $1,850 from $1,300 in 2006.\n\n"
           "In 2011 the city counted 5,000 new homes.\n\nThe average household had 2.6 people.",
     [only("$300"), only("$1,850"), y("5,000", 2011), y("2.6", 2011)]),
    # a baseline that a sentence without figures sets carries to the changes after it
    (None, "The minister reported a fall in crime compared with 2012.\n\n"
           "Murders fell almost by half, robberies threefold.",
     [y("almost by half", None, 2012), y("threefold", None, 2012)]),
]

VALUES_OF_TIMES = [
    # a figure in brackets right after a time is that time's value, and a slash converts it
    ("2024-03-01", "Defence gets RUB 10 trillion, 70% more than 2023 (RUB 6 trillion), "
                   "and three times more than the pre-war 2021 (RUB 3.4 trillion/$46 billion).",
     [y("RUB 10 trillion", 2024), y("70%", 2024, 2023), y("RUB 6 trillion", 2023),
      y("three times", 2024, 2021), y("RUB 3.4 trillion", 2021), y("$46 billion", 2021)]),
    # a decimal point with a stray space ends no sentence
    ("2024-03-01", "Spending grows 2. 3 times compared to 2022 (4. 7 trillion rubles).",
     [y("2. 3 times", 2024, 2022), y("4. 7 trillion rubles", 2022)]),
    # ", when ..." after a baseline's level: the clause is about the baseline's year (a goal is of its year)
    ("2009-11-19", "The goal is to cut road deaths by 33 percent by 2012, compared with 2004 levels, when about 35,000 died.",
     [y("33 percent", 2012, 2004), y("about 35,000", 2004)]),
    # "5%, less than in 2023": a comma before the comparison; a level reached takes the change's baseline
    ("2023-09-15", "Next year support will be RUB 3.9 trillion, 5%, less than in 2023.",
     [y("RUB 3.9 trillion", 2024), y("5%", 2024, 2023)]),
    ("2023-09-15", "In 2024, compared to 2023, these costs will increase by 10%, or up to RUB 300 billion.",
     [y("10%", 2024, 2023), y("RUB 300 billion", 2024, 2023)]),
    # a figure is later than its baseline: the year of the sentence before is not its year when it is the baseline
    ("2023-02-09", "Last year losses reached 5 billion rubles. In 2021, losses in one pyramid alone were 5 billion rubles. "
                   "Total losses decreased by 30% (compared to 2021).",
     [y("5 billion rubles", 2022), y("5 billion rubles", 2021), y("30%", 2022, 2021)]),
]

PERIODS = [
    # the quarter or month before a year's first one is of the year before ("the first quarter of 2024 ..., the previous quarter")
    ("2024-04-19", "Output grew by 3.9 per cent in the first quarter of 2024. The previous quarter's growth was 3.0 per cent. "
                   "Prices rose 0.4 per cent in January 2024, after 0.5 per cent the month before.",
     [y("3.9 per cent", 2024), y("3.0 per cent", 2023), y("0.4 per cent", 2024), y("0.5 per cent", 2023)]),
    ("2024-04-19", "В I квартале 2024 года выпуск вырос на 3,9%, в предыдущем квартале – на 3,0%.",
     [y("3,9%", 2024), y("3,0%", 2023)]),
    # a time of the figure, then "over" a year: that year is the baseline ("this year over 2017")
    ("2019-08-01", "There were about 50% more people who were helped to keep their housing this year over 2017, the county said.",
     [y("about 50%", 2019, 2017)]),
    # a record "since" a month and year dates no figure and is no baseline, four words and a comma after the superlative too,
    # and across a stray paragraph break
    ("2019-06-20", "Recorded offences rose 2.6 per cent to 515,682. Offender rates were the highest in the agency's data "
                   "holdings, since July 2004.\n\nThefts fell 3 per cent.",
     [y("2.6 per cent", 2019, None), y("515,682", 2019), y("3 per cent", 2019, None)]),
    ("2019-06-20", "Recorded offences rose 2.6 per cent to 515,682, the highest offender rates since\n\nJuly, 2004.\n\n"
                   "Thefts fell 3 per cent.",
     [y("2.6 per cent", 2019, None), y("515,682", 2019), y("3 per cent", 2019, None)]),
    # "July of the previous year": a month and the relative year after it are one time
    ("2019-08-16", "Inflation slowed to 3.6 percent in July 2019 from 4.5 percent in July of the previous year.",
     [y("3.6 percent", 2019, 2018), y("4.5 percent", 2018)]),
    # an undated text that names no year: the dates of what it reports (its lead's too), unless it says as often how
    # long ago they were
    (None, "Fortnight ends\n\nThe fortnight held across the railways from 26.05.2015 to 09.06.2015 ended.\n\n"
           "Over 7 million passengers took part and 4,000 road shows were held.",
     [y("Over 7 million", 2015), y("4,000", 2015)]),
    (None, "Meeting\n\nTwo years ago, on January 26, 2012, the board met.\n\nSince then, 42 orders have been signed.",
     [y("42", None)]),
    # a deadline still ahead ("by 2024" in 2023) is a plan's, no year the text is about
    ("2023-09-12", "Exams\n\nThe ministry registered students two weeks ahead of the reopening of the 2023 academic year.\n\n"
                   "It registered 203 086 students.\n\nNew schools will help meet the target to enroll 60% of students by 2024.",
     [y("203 086", 2023), y("60%", 2024)]),
    # the time compared with of "..., when it was 6.5%" dates its own figure only, not the next sentence's
    ("2017-03-10", "The rate was lower than in February 2016, when it was 6.5%. Job growth reached 84,900 in the past twelve months.",
     [y("6.5%", 2016), y("84,900", 2017)]),
    # a day of the week a text reports on is of its week ("on Thursday" on 2 January 2024 is 28 December 2023);
    # the day a figure was told ("said on Sunday") is not its time
    ("2023-11-10", "Punjab reported a 68% dip in farm fires on Thursday.", [y("68%", 2023)]),
    ("2024-01-02", "В четверг в области зарегистрировали 45 пожаров.", [y("45", 2023)]),
    ("2023-02-06", "In 2021-22 growth was 7.1 percent, the bureau said on Sunday.", [y("7.1 percent", 2022)]),
    # a time relative to the one named before ("in the same time period") that opens a paragraph leans on the time the
    # paragraph before named
    ("2018-04-01", "Pipes in 2018\n\nLeeds logged 9,100 burst pipes between 2011 and 2014.\n\nIn the same time period 4,370 were "
                   "logged in York.", [y("9,100", 2014), y("4,370", 2014)]),
    # "того же года" after a date is the year named before it in the sentence, and the figure's subject is no time
    ("2018-03-01", "Число вакансий к 31 декабря прошлого года составило 1804, тогда как на 1 января того же года их было 2230.",
     [y("1804", 2017), y("2230", 2017)]),
    # ... nor is the day it was told after where it was told ("in a report ... on Monday", "на брифинге в понедельник")
    ("2023-01-10", "Rice Growers 2022\n\nExports in 2022 rose. Shipments fell by 4 percent, the board said in a report seen by "
                   "the press on Monday.", [y("4 percent", 2022)]),
    ("2023-01-10", "Урожай 2022 года\n\nВ 2022 году урожай вырос. Вывоз сократился на 4%, сообщил министр на брифинге в понедельник.",
     [y("4%", 2022)]),
    # "с января по октябрь 2025 года", "from January to October 2025": a span of months, the figure's time, no baseline;
    # months joined by a dash after "с" of "по сравнению с" are a baseline (the same part of the year before the figure's:
    # in a text of January 2026, against January-March 2024, the figure is of 2025)
    ("2026-01-15", "С января по октябрь 2025 года средняя зарплата составила 61 230 рублей.", [y("61 230 рублей", 2025)]),
    ("2026-01-15", "From January to October 2025 the average wage was $4,120.", [y("$4,120", 2025)]),
    ("2026-01-15", "Зарплата выросла на 5% по сравнению с январем-мартом 2024 года.", [y("5%", 2025, 2024)]),
    ("2026-07-15", "Зарплата выросла на 5% по сравнению с январем-мартом 2024 года.", [y("5%", 2026, 2024)]),
    # "relative to the comparable period of the previous year" is the baseline, not the figure's time
    ("2023-11-20", "The deficit narrowed by $156.1 million relative to the comparable period of the previous year.",
     [y("$156.1 million", 2023, 2022)]),
    # a day after "from" in a change's clause is its baseline, as a year is ("up 200 from 2023")
    ("2024-10-26", "The district was up 200 students from Sept. 30, 2023.", [y("200", 2024, 2023)]),
    # a sentence that "at the time" opens is of the last year the sentence before named
    ("2024-10-02", "Exports rose 9% in 2024 compared with 2019. At the time, the port handled 2.1 million tonnes.",
     [y("9%", 2024, 2019), y("2.1 million tonnes", 2019)]),
    # a relative month says its year from the document's date, and nothing in an undated one
    ("2019-01-10", "Inflation slowed to 3.1 percent last month.", [y("3.1 percent", 2018)]),
    (None, "Inflation slowed to 3.1 percent last month.", [y("3.1 percent", None)]),
    ("2019-03-10", "В прошлом месяце цены выросли на 0,4%.", [y("0,4%", 2019)]),
    # a time phrase right after a figure binds its year to it, however long the phrase
    ("2019-01-10", "The jobless rate rose from 16.2 per cent in the third quarter of 2017 to 19.5 per cent in the comparative period of 2018.",
     [y("16.2 per cent", 2017), y("19.5 per cent", 2018)]),
    ("2019-01-10", "The labour force grew from 101.4 million in Q3 2017 to 104.2 million in Q3 2018.",
     [y("101.4 million", 2017), y("104.2 million", 2018)]),
    # the year prices are counted in is no time of the figure
    ("2018-05-31", "GDP at constant (2011-12) prices for 2017-18 is estimated to grow by 6.7 percent.", [y("6.7 percent", 2018)]),
    ("2024-02-01", "ВВП в ценах 2016 года вырос на 3,6%.", [y("3,6%", 2024)]),
    ("2024-11-05", "This time last year the trimmed mean was at 5.2%.", [y("5.2%", 2023)]),
    # a time ago counts back in its own unit: six months before January is the year before
    ("1999-01-14", "Six months ago there were 196 members; three years ago there were 80 members.",
     [y("196", 1998), y("80", 1996)]),
    # a year written short after an apostrophe ("the '19 budget", "for ’24") is that year, no count; a century back when
    # it would be more than a few years after the document's
    ("2023-12-10", "The '19 budget was €11.2m, while the spend for ’24 is €20.8m. In '95 the plant had 300 jobs.",
     [y("€11.2m", 2019), y("€20.8m", 2024), y("300", 1995)]),
    # ... after a qualifier too ("just over five months ago"), and one unit without a number ("полгода назад")
    ("2025-02-19", "Just over five months ago the club had 196 members.", [y("196", 2024)]),
    ("2025-02-19", "Полгода назад в клубе было 196 участников.", [y("196", 2024)]),
    # "since the start of the year" is the year its sentence named before it, else the document's
    ("2022-01-12", "Prices rose 0.8% in December 2021 and 8.4% since the start of the year.", [y("0.8%", 2021), y("8.4%", 2021)]),
    ("2024-03-01", "In 2023 there were 500 thefts. Since the start of the year, 200 thefts were reported.",
     [y("500", 2023), y("200", 2024)]),
    # quarters, halves and months are of the year they name
    ("2021-03-01", "In Q2 2020, GDP fell by 8 percent.", [y("8 percent", 2020)]),
    ("2018-03-01", "In the first half of 2017, exports rose by 5 percent.", [y("5 percent", 2017)]),
    ("2022-03-01", "За 9 месяцев 2021 года зарегистрировано 1,5 млн преступлений.", [y("1,5 млн", 2021)]),
    # a span's last year, and its first as a change's baseline
    ("2026-03-07", "From 2011 to 2025, 1.5 million cases went to court.", [y("1.5 million", 2025)]),
    # "of the year" is the year just named, else the document's
    (None, "The trend continued in 2016: during the first half of the year, 956 cases were closed.", [y("956", 2016)]),
    ("2011-07-18", "Police seize 1 tonne of drugs since start of year.", [y("1 tonne", 2011)]),
    # a decade has no single year, and no other year stands in for it
    ("2014-05-05", "In the 1990s, 5,000 people died on the roads each year.", [y("5,000", None)]),
    ("2014-05-05", "В 90-х годах на дорогах ежегодно гибли 5 тыс. человек.", [y("5 тыс.", None)]),
    # a year with an ordinal ending is a year
    ("2015-05-05", "В 2014-м году арестовали 300 человек.", [y("300", 2014)]),
    # "the last time ... in 2005" dates no figure
    ("2024-02-01", "The number of crashes grew by 6% in 2023; the last time this happened was in 2005.", [y("6%", 2023)]),
    ("2024-02-01", "Число аварий выросло на 6% — последний раз такое было в 2005 году.", [y("6%", 2024)]),
]

FISCAL_AND_SPANS = [
    # a fiscal year is the year it ends
    ("2010-07-15", "In 2009/10, 68% of homicide victims were male.", [y("68%", 2010)]),
    ("2017-06-01", "Foodgrain output in 2016-17 reached 275 million tonnes.", [y("275 million tonnes", 2017)]),
    ("2017-12-01", "In FY2017, the agency spent $3.2 billion.", [y("$3.2 billion", 2017)]),
    ("2017-12-01", "Fiscal 2016 revenue was $1.1 billion.", [y("$1.1 billion", 2016)]),
    ("2010-07-15", "Offences fell from 255 in 2008/09 to 210 in 2009/10.", [y("255", 2009), y("210", 2010)]),
    # two digits after a spaced dash are a count, not the end of a pair of years
    ("2024-03-01", "Road deaths: in 2022 - 45 people, in 2023 - 38 people.", [y("45", 2022), y("38", 2023)]),
    ("2024-03-01", "На дорогах погибли: в 2022 – 45 человек, в 2023 – 38 человек.", [y("45", 2022), y("38", 2023)]),
    # a span of years is its last year, and a change over it runs from its first
    ("2026-03-07", "In 2011-2025, the committee sent 1.5 million cases to court.", [y("1.5 million", 2025)]),
    ("2026-03-07", "In 2011-2025, the number of cases fell by 20 percent.", [y("20 percent", 2025, 2011)]),
    ("2026-03-07", "Over the period 2013-2023, the county's population grew by 17,200.", [y("17,200", 2023, 2013)]),
    # two years joined as a range's ends with no "from" ("Populations 2011 to 2016") run from the first to the second,
    # unless a plan's word follows ("Over the period 2023 to 2033, the population is projected to grow")
    (None, "Settlement Populations 2011 to 2016\n\nThe town's population increased by 1,495 (2.3%).",
     [y("1,495", 2016, 2011), y("2.3%", 2016, 2011)]),
    (None, "Population change\n\nThe birth rate fell by 5% in the last five years.\n\nOver the period 2023 to 2033, the "
           "population is projected to grow by another 3%.", [y("5%", 2023), y("3%", 2033)]),
    # ... but a range that ends after the document's year is a plan's period, not a span gone by
    ("2024-03-01", "In 2023-2026 the council will build 400 homes. In 2011-2023 it built 900 homes.", [y("400", 2024), y("900", 2023)]),
    # the time right after the figure a comparison is measured against is that figure's: "30% lower than the peak of 2,913 in
    # 2007" is of the year its sentence named before, against 2007
    ("2022-09-21", "There were 2,040 divorces in 2021, 30% lower than the peak number of 2,913 in 2007.",
     [y("2,040", 2021), y("30%", 2021, 2007), y("2,913", 2007)]),
    ("2022-09-21", "В 2021 году зарегистрировано 2040 разводов, на 30% меньше, чем 2913 в 2007 году.",
     [y("2040", 2021), y("30%", 2021, 2007), y("2913", 2007)]),
    # "from mid-2013 to mid-2014" runs as "from 2013 to 2014"
    ("2015-06-25", "The population has increased by 10,800 people from mid-2013 to mid-2014.", [y("10,800", 2014, 2013)]),
    # a year before the source its figures come from is their year, no baseline ("Results from the 2011 Census show")
    ("2018-03-01", "Results from the 2011 Census show that the population of the county was 232,132.", [y("232,132", 2011)]),
    ("2026-03-07", "За период 2013-2023 годов население района выросло на 17 тыс. человек.", [y("17 тыс.", 2023, 2013)]),
    # a plan's period or a range that names a thing is no figure's year
    ("2023-12-01", "The budget for 2024-2026 was signed. Next year, defence will get RUB 10 trillion.",
     [y("RUB 10 trillion", 2024)]),
    # a count that runs from a year takes it as its baseline
    ("2004-03-17", "Since 1997, 1.8 million jobs have been created.", [y("1.8 million", 2004, 1997)]),
    ("2020-05-05", "С 2011 года возбуждено 1,5 млн уголовных дел.", [y("1,5 млн", 2020, 2011)]),
    # "over the past year" is the twelve months to the document's date; "in the past year" is last year
    ("2000-10-06", "Over the past year, the rate has ranged from 3.9 percent to 4.1 percent.",
     [y("from 3.9 percent to 4.1 percent", 2000)]),
    ("2024-04-02", "In the past year, police seized 38 tons of drugs.", [y("38 tons", 2023)]),
    # the three months to a month are of that month's year; "on a year earlier" is a baseline
    ("2012-08-15", "Total pay rose by 1.6 per cent on a year earlier in the three months to May 2012.",
     [y("1.6 per cent", 2012, 2011)]),
    # a year that names a thing does not vote for the year the text reports on
    ("2007-09-24", "Population grew by 300,000 people for the year ended March 2007.\n\n"
                   "Migration contributed 54% to this growth.\n\n"
                   "Figures were revised with 2006 Census results. 2006 Census counts were final.",
     [y("300,000", 2007), y("54%", 2007)]),
    # ... also after "of the"
    (None, "Marriages rose 8.5% in January 2019, and 2,195 births were registered during January 2019. The bulletin "
           "adds extracts from the results of the 2015 Census.", [y("8.5%", 2019), y("2,195", 2019)]),
]

RUSSIAN = [
    # "с начала года" is the year its sentence named before it, else the document's
    ("2022-01-12", "В декабре 2021 года цены выросли на 0,8%, с начала года – на 8,4%.", [y("0,8%", 2021), y("8,4%", 2021)]),
    # ... and in an undated text that names no year in its sentence, the year the text is about (not none)
    (None, "Население района на 1 июля 2019 года составило 48,2 тысячи человек.\n\nС начала года в районе родились 312 детей.",
     [y("48,2 тысячи", 2019), y("312", 2019)]),
    # months and years in every case
    ("2020-04-01", "В январе–феврале 2020 года кражи сократились на 7%.", [y("7%", 2020)]),
    ("2021-04-01", "Цены выросли на 4% по сравнению с январем 2020 года.", [y("4%", 2021, 2020)]),
    ("2021-04-01", "В 2014-м году было 300 таких случаев, а в 90-х — до 5 тыс.", [y("300", 2014), y("до 5 тыс.", None)]),
    # "сохранив уровень", "на уровне" before a year make it a baseline: "за этот период" after it is of the year before them
    ("2013-07-23", "Убыль за январь-июнь 2013 года составила 900 человек, сохранив уровень 2012 года. За этот период родились 7,4 тыс. малышей.",
     [y("900", 2013, 2012), y("7,4 тыс.", 2013)]),
    # a sentence that "тогда", "at the time" opens is of the last year the sentence before named
    ("2024-10-02", "Средняя зарплата за 2024 год составила 80 тыс. рублей. Это на 11% больше, чем за 2021 год. Тогда работники получали 61 тыс. рублей.",
     [y("80 тыс. рублей", 2024), y("11%", 2024, 2021), y("61 тыс. рублей", 2021)]),
    # an undated text whose one year of its own is named less often than a year it compares with: that later year is
    # what it reports on, not the one compared with
    (None, "Инфляция в прошлом году составила 8,1% (за 2016 год — 12%). В стране цены выросли на 7,5% (против 11,2% в 2016-м).\n"
           "Продукты в декабре подорожали на 0,4%.\nХлеб подорожал на 1%.\n"
           "Цены на услуги увеличились в последний месяц 2017 года на 0,3%. Бензин подорожал на 2%.",
     [y("8,1%", None), y("12%", 2016), y("7,5%", 2017), y("11,2%", 2016), y("0,4%", 2017), y("1%", 2017), y("0,3%", 2017),
      y("2%", 2017)]),
    # a baseline with a period and a number in it ("чем за 11 месяцев 2023 года")
    ("2025-01-03", "За 11 месяцев 2024 года зарегистрировано 702 тыс. IT-преступлений, что на 14,3% больше, чем за 11 месяцев 2023 года.",
     [y("702 тыс.", 2024), y("14,3%", 2024, 2023)]),
    ("2019-10-01", "Это на 12% больше, чем за тот же период 2018 года.", [y("12%", 2019, 2018)]),
    # a baseline a sentence without figures sets carries to the changes after it
    (None, "Министр заявил о снижении преступности по сравнению с 2012 годом.\n\n"
           "Количество убийств сократилось почти в два раза, краж — в три раза.",
     [y("почти в два раза", None, 2012), y("в три раза", None, 2012)]),
    # a sentence without figures that tells of a change and its year, anywhere in it, dates the figures after it in
    # its paragraph; an event's year does not ("утвержден в 2010 году"), nor a year in brackets
    (None, "На начало 2020 года в области жили 934,9 тыс. человек.\n\nСтатистики рассказали о снижении числа жителей в 2019 году. "
           "Горожан стало почти на 6 тысяч меньше, а сельских жителей – на 1,8 тыс. человек.",
     [y("934,9 тыс.", 2020), y("почти на 6 тысяч", 2019), y("1,8 тыс.", 2019)]),
    (None, "На начало 2020 года в области жили 934,9 тыс. человек.\n\nПлан развития области был утвержден в 2010 году. "
           "Сейчас в городе живут 325 тыс. человек.",
     [y("934,9 тыс.", 2020), y("325 тыс.", 2020)]),
    (None, "На начало 2020 года в области жили 934,9 тыс. человек.\n\nЧисло жителей снижается (по данным за 2019 год). "
           "В городе живут 325 тыс. человек.",
     [y("934,9 тыс.", 2020), y("325 тыс.", 2020)]),
]

CASES = [
    *dated_cases("reporting year", REPORTING),
    *dated_cases("breakdown", BREAKDOWNS),
    *dated_cases("baseline", BASELINES),
    *dated_cases("value of a time", VALUES_OF_TIMES),
    *dated_cases("period", PERIODS),
    *dated_cases("fiscal year and span", FISCAL_AND_SPANS),
    *dated_cases("russian", RUSSIAN),
]


@pytest.mark.parametrize(CASE, CASES)
def test_timeline(kind, text, expected, options):
    run_case(kind, text, expected, options)
