"""The year, baseline year and subject of each claim (shared/spec/claims.md, "The year" and the
`subject` column): sentences and small paragraphs with a document date -> (year, since, subject).
One table of cases, labelled by feature; every text of the year and subject tables is also a case of
"subject shape". ``y`` and ``s`` are short names of conftest's year_row and subject_row."""
from __future__ import annotations

import doctest
import re

import pytest

from conftest import CASE, case, dated_cases, extract, only, run_case
from conftest import subject_row as s
from conftest import year_row as y
from statx.context import keyed
from statx.numbers import year_keys


# ----------------------------------------------------------------------------- years

YEARS = [
    # "between" before months joined by a dash, then their year, opens that period: no baseline of the figure before
    (None, "Crime report.\n\nGeneral crime cases dropped to 61,200 cases reported between January-November 2017, compared "
           "with 67,900 cases recorded in the same period last year.", [y("61,200", 2017, 2016), y("67,900", 2016)]),
    # an old census's results ("по итогам переписи 2010 года") are a source, not the period a dated text reports on
    ("2016-03-01", "Население области.\n\nПо итогам переписи населения 2010 года численность населения на 1 января текущего года "
                   "составила 1 млн 240 тыс. человек.\n\nВ областном центре проживает 31,2% населения.",
     [y("1 млн 240 тыс.", 2016), y("31,2%", 2016)]),
    ("2016-03-01", "Население области.\n\nЧисленность населения на 1 января составила 2 млн. 127145 человек.", [y("2 млн. 127145", 2016)]),
    # "for the rest of the year" is the text's own year, not a later year the sentence names after it
    ("2025-09-01", "Outlook.\n\nInflation will stay under 3% for the rest of the year and reach 5% only in the second half of 2026.",
     [y("under 3%", 2025), y("5%", 2026)]),
    # the level a change reached after "до" and a dash past the baseline is the text's year, no baseline's value
    ("2009-05-20", "Бюджет.\n\nДоходы бюджета за январь-апрель 2009 года снизились на 9% по сравнению с аналогичным периодом "
                   "прошлого года - до 14 млрд рублей.", [y("9%", 2009, 2008), y("14 млрд рублей", 2009, 2008)]),
    # a record since a clause that ends with when it began: that time dates no figure of the text
    ("2019-06-20", "Jobs report.\n\nThe estimate of 6,400 unemployed people is the lowest monthly estimate since the agency began "
                   "the series 40 years ago.", [y("6,400", 2019)]),
    # a figure whose year only the text around it gives is later than the one it is compared with
    ("2021-06-10", "Maple report.\n\nProducers made 1.5 million gallons in 2020.\n\nOn average, the season lasted 26 days, compared with 38 days in 2020.",
     [y("1.5 million gallons", 2020), y("26 days", 2021, 2020), y("38 days", 2020)]),
    # a time right before "compared to" and a figure is the first figure's, even when the second has its own after it
    ("2025-02-01", "The inspector says 98 accidents were reported in 2024 compared to 43 recorded in 2023.",
     [y("98", 2024, 2023), y("43", 2023)]),
    # "last quarter" is three months before the text's date (in January, of the year before); "the last quarter of
    # 2018" is that year's
    ("2020-01-15", "Exports rose 4% last quarter and imports fell 2% in the last quarter of 2018.", [y("4%", 2019), y("2%", 2018)]),
    ("2020-05-15", "Exports rose 4% last quarter.", [y("4%", 2020)]),
    # a baseline before "and" and the next figure is the first figure's; the next has its own after it
    ("2023-05-01", "Rents rose by €4,100 since 2020 and €6,900 since 2017.", [y("€4,100", 2023, 2020), y("€6,900", 2023, 2017)]),
    # ... and so is one before "while", the clause after it a contrast with its own time
    ("2017-01-05", "Police logged 7,410 thefts in 2016 while 8,265 such thefts were logged in 2015.",
     [y("7,410", 2016), y("8,265", 2015)]),
    # a baseline's year may follow words that describe it ("enacted", "current", "approved")
    ("2024-03-01", "Spending rises 1.4 percent compared to enacted fiscal 2023 levels.", [y("1.4 percent", 2024, 2023)]),
    # "below where it was in" compares with that time, as "than in" does, past a spaced dash's "pre – COVID-19"
    ("2021-11-09", "The jobless rate is now 14 percent below where it was in the pre – COVID-19 December 2019 quarter.",
     [y("14 percent", 2021, 2019)]),
    ("2023-11-01", "The budget for fiscal year 2024 is $412 million, a decrease of 3% from the current FY 2023 approved budget.",
     [y("$412 million", 2024), y("3%", 2024, 2023)]),
    # a fiscal year after "compared to" is the baseline, as a plain year is
    ("2024-01-20", "The governor's budget raises spending by 5.2 percent compared to fiscal 2023 levels.", [y("5.2 percent", 2024, 2023)]),
    # a year before the budget that covers it dates the text's figures (unlike a thing named for a year, "the 2006 Census")
    (None, "Tonga's revised 2009 Budget trims spending\n\nThe finance minister presented a $210 million budget on Monday.",
     [y("$210 million", 2009)]),
    # an undated text: a source's year after a baseline's words is the baseline ("an increase of 96 on the 2016 census"), and
    # "this 2021 Census" names the year it reports on, though it names a thing
    (None, "Village census results\n\nThe village had 1,240 residents, an increase of 96 on the 2016 census. Of the people counted "
           "in this 2021 Census, 310 were children.", [y("1,240", 2021), y("96", 2021, 2016), y("310", 2021)]),
    (None, "Town survey\n\nThe town counted 5,600 homes, 210 more compared with the 2011 survey.", [y("5,600", None), y("210", None, 2011)]),
    # ... and the year of an earlier occasion of what it reports ("after the last survey in 2019") is not its year
    (None, "Harbour traffic\n\nThe harbour handled 2.1 million tonnes in 2023. Dredging, last done before the previous survey in 2019, "
           "and the new quay, built after the last survey in 2019, made the port busier.\n\nThe port employs 340 people.",
     [y("2.1 million tonnes", 2023), y("340", 2023)]),
    # a baseline a sentence of figures that do not change sets is carried to the changes after it; a span's start is none
    ("2016-12-19", "Consents report\n\nIn 12 of the 16 regions, the number of new homes consented in October 2016 was higher than "
                   "in October 2015.\n\nThe regions with the largest increases were:\n\n• Northland – up 40 (25 percent) to 200\n"
                   "• Otago – up 12 (9 percent) to 145",
     [y("12", 2016), y("40", 2016, 2015), y("25 percent", 2016, 2015), y("200", 2016), y("12", 2016, 2015),
      y("9 percent", 2016, 2015), y("145", 2016)]),
    ("2018-01-21", "Jobs report\n\nSome 7,500 people were out of work between January 2016 and December 2017.\n\n"
                   "The share of men without work rose 3%.", [y("Some 7,500", 2017), y("3%", 2017)]),
    # "yesterday" is the text's own time; an emphatic adjective between "by" and the size ("by an impressive")
    ("2019-05-03", "Turnout report\n\nThe vote rose by an impressive 6.89 per cent from 49.2 per cent in 2014 to 56.09 per cent yesterday.",
     [y("6.89 per cent", 2019, 2014, direction="up"), y("49.2 per cent", 2014), y("56.09 per cent", 2019)]),
    # the level a change reached from a figure of another time ("from 105,000 in 2001 to 107,877") is not of that time
    (None, "Town census\n\nThe town's population is growing, according to the latest 2011 census figures. The number of residents has "
           "increased from 20,500 in 2001 to 21,300 people.", [y("20,500", 2001), y("21,300", 2011)]),
    # a record's start with a part of the year ("since late 2008") is no year the text reports on
    (None, "Jobs\n\nUnemployment rose to 3.3%. Wages rose 3.4% annually, the highest since late 2008.", [y("3.3%", None), y("3.4%", None)]),
    # a record's earlier value and its time: that time dates the value only, and is no year the text reports on
    ("2024-06-20", "The rate's 3.9% is the lowest since the bureau recorded 3.7% in 1974.", [y("3.9%", 2024), y("3.7%", 1974)]),
    (None, "Jobless rate climbs\n\nThe rate rose to 4.1 per cent in July, the highest since the bureau recorded 4.2 per cent in "
           "June 1998.\n\nIn June the rate was 3.9 per cent.", [y("4.1 per cent", None), y("4.2 per cent", 1998), y("3.9 per cent", None)]),
    # a season and its year, as labour force surveys name their rounds: a time of the figure, and a baseline after "compared to"
    ("2019-02-01", "The survey put employment at 31,240 in Spring 2018, an increase of 2.1% compared to Spring 2017.",
     [y("31,240", 2018, 2017), y("2.1%", 2018, 2017)]),
    # a bracket after a figure's noun ("95,210 visitors (-4.0%)") is passed over: the time after it is the figure's
    ("2025-06-20", "Arrivals were 91,400 visitors in May 2025 compared to 95,210 visitors (-4.0%) in May 2024.",
     [y("91,400", 2025, 2024), y("95,210", 2024), s("-4.0%")]),
    # "in comparison to" a month and its year: the baseline of the report's changes
    ("2019-04-25", "The report for the month of March, 2019 listed prices in comparison to March of 2018. The average price "
                   "of food has increased by 0.3%.", [y("0.3%", 2019, 2018)]),
    # a day and month without a year, days after the text's date: the coming one; months ahead, the last one
    ("2025-08-28", "From September 1, the city will run 52 trams. On 20 December, 310 buses ran.", [y("52", 2025), y("310", 2024)]),
    # a time that ends a sentence, its only one, dates every figure before it (not the baseline's)
    ("2025-11-28", "In October 2025, 751,123 visitors arrived. In comparison, 736,058 visitors (-1.2%) arrived by air and "
                   "35,616 visitors came by cruise ships in October 2024.",
     [y("751,123", 2025), y("736,058", 2024), y("-1.2%", 2024), y("35,616", 2024)]),
    ("2024-05-01", "The rate was 5%, down from 6% in 2022.", [y("5%", 2024, 2022), y("6%", 2022)]),
    # the figure of a dated measure the change is counted from is that time's ("the March 2023 rate of 3.9 percent")
    ("2024-04-19", "The state's rate for March 2024 is 3.4 percent, down 0.5 percentage points from the March 2023 rate of 3.9 percent.",
     [y("3.4 percent", 2024), y("0.5 percentage points", 2024, 2023), y("3.9 percent", 2023)]),
    # "compared with that of" a month names the baseline, also inside a bracket that explains the figure
    ("2019-06-20", "The inflation rate in May 2019 (the change in the CPI in May 2019 compared with that of May 2018) was 2.4 per cent.",
     [y("2.4 per cent", 2019)]),
    # an undated text: "last year" after a figure compared with one of a named year is the year before that one
    (None, "Road deaths until the end of July 2017 totalled 374, against 397 last year.", [y("374", 2017, 2016), y("397", 2016)]),
    # an undated text that named its year: "this year" that opens a paragraph's frame is that year for the figures after it
    (None, "Fewer burglaries in 2022\n\nBurglaries fell in 2022, police say.\n\nShops and homes have seen decreases in break-ins this year, "
           "the figures show. Shop break-ins are down 9 per cent.",
     [y("9 per cent", 2022)]),
    # an undated release that names one year only, with the month of its figures, reports on that year, though it
    # says "last month" and "this year" more often
    (None, "Arrivals rise\n\nA total of 81,204 visitors arrived last month, up 3 per cent on the same month last year.\n\n"
           "This year arrivals keep rising.\n\nThe Visitor Arrivals release for August, 2018 gives the figures.",
     [y("81,204", 2018), y("3 per cent", None)]),
    # ... but not a month and year an event is dated by ("signed in February 2012"): the text's year stays unknown
    (None, "Crime fell\n\nThis year was hard, and last year was too.\n\nThe police solved 4,120 crimes.\n\n"
           "The two agencies signed an agreement in February 2012.",
     [y("4,120", None)]),
    # "compared to" a few words before a month and its year makes them a baseline, and the figure is of its sentence's year
    ("2015-02-10", "June 2014 hotel stays were 8,210 stays, a fall of 412 compared to hotel stays in June 2013.",
     [y("8,210", 2014), y("412", 2014, 2013)]),
    # a page of several reports, each under its heading: a paragraph with no time of its own is of its heading's year
    ("2015-02-10", "Statistics News\n\nJanuary 2015 hotel stays\n\nHotels counted 7,020 stays in January 2015.\n\n"
                   "Guests from abroad made up 61 per cent.\n\n2014 December Hotel Stays\n\nHotels counted 9,100 stays in "
                   "December 2014.\n\nGuests from abroad made up 58 per cent.",
     [y("7,020", 2015), y("61 per cent", 2015), y("9,100", 2014), y("58 per cent", 2014)]),
    # ... nor is a copyright line one of its headings ("© 2019" is the site's year): the story's year stands
    (None, "Thefts rose sharply in 2018\n\nThefts rose sharply in 2018\n\nCopyright © 2019 The Valley Courier\n\n"
           "Police logged 2,310 thefts in 2018, up from 1,990 a year before.\n\nCar thefts rose by 14 per cent.",
     [y("2,310", 2018, 2017), y("1,990", 2017), y("14 per cent", 2018)]),
    # ... but one heading with a year under a headline is no page of reports: the year the text is about stands
    ("2021-03-03", "Board meeting\n\nAnnual review 2020\n\nThe police solved 4,120 crimes last year.\n\n"
                   "Thefts fell by 12 per cent.\n\nOther business\n\nThe board held 11 meetings.",
     [y("4,120", 2020), y("12 per cent", 2020), y("11", 2020)]),
    # the value of a baseline year's measure named in a few words ("the 2017 approved budget of"), but not of a
    # relative baseline's change ("a year-on-year increase of")
    ("2018-03-20", "Spending for 2018 is EC$19.3 million, a 4.6 per cent decrease when compared to the 2017 approved "
                   "budget of EC$20.2 million.", [y("EC$19.3 million", 2018), y("4.6 per cent", 2018, 2017), y("EC$20.2 million", 2017)]),
    ("2024-10-17", "The city received 32.6 million visitors in the first three quarters of this year, a year-on-year increase "
                   "of nearly 40 percent.", [y("32.6 million", 2024), y("nearly 40 percent", 2024, 2023)]),
    # a change's noun and "over" before a year make it a baseline, which dates no other figure of the sentence
    ("2017-08-01", "Guests from Canada booked 8,140 stays, a 12 percent increase over 2016.",
     [y("8,140", 2017), y("12 percent", 2017, 2016)]),
    # ... also a growth's noun, and "over the" and a part of the year ("over the Fall 2017 estimate", a survey's round):
    # the sentence after it is not of that year
    (None, "Jobless rate in the second half of 2018 falls to 2.8%\n\nEmployed islanders were estimated at 20,751, a growth rate of "
           "7.6% over the Fall 2017 estimate. Unemployed islanders declined by 34.3% to 996 persons.",
     [y("2.8%", 2018), y("20,751", 2018, 2017), y("7.6%", 2018), y("34.3%", 2018), y("996", 2018)]),
    # "last year" in an undated text is a year before a change's own, when the text gives the change one (not a level's)
    (None, "Corn forecast for 2018\n\nCorn production is forecast at 839 million bushels. That is up 14 percent from last year's "
           "production.", [y("839 million bushels", 2018), y("14 percent", 2018, 2017)]),
    # "comparing" one time "to" another: the second is the baseline
    ("2024-07-15", "Comparing June 30, 2023 to June 30, 2013, the population rose by 8,598.", [y("8,598", 2023, 2013)]),
    ("2024-04-20", "When comparing March 2024 with March 2023, retail sales rose 5%.", [y("5%", 2024, 2023)]),
    # a time set equal to an index's base value is no time of the figures beside it
    ("2024-04-20", "In the twelve months to March the retail prices index rose by 5.7% to 231.8 (June 2000 = 100).",
     [y("5.7%", 2024), y("231.8", 2024)]),
    # a verb that compares, a few words before a year, makes it a baseline
    ("2018-09-10", "Аэропорты обслужили 3,4 млн пассажиров, что на 25% превышает данные за аналогичный период 2017 года.",
     [y("3,4 млн", 2018), y("25%", 2018, 2017)]),
    # a sentence that opens with a span of years frames the pairs after it: "from" the span's start "to" its end
    ("2022-11-20", "From October 2021 to October 2022, jobless rates fell in most districts. The largest falls were in "
                   "Eastfield (down from 4.4% to 3.1%) and Hillside (down from 3.9% to 3.0%).",
     [y("4.4%", 2021), y("3.1%", 2022), y("3.9%", 2021), y("3.0%", 2022)]),
    ("2022-11-20", "С октября 2021 года по октябрь 2022 года безработица снизилась в большинстве районов. Сильнее всего — "
                   "в Заречном районе (с 4,4% до 3,1%).", [y("4,4%", 2021), y("3,1%", 2022)]),
    # a pair compared after a colon or in a bracket after a change with a baseline: the change's year, then the baseline's
    ("2025-08-01", "Браков заключено на 412 больше, чем в первом полугодии 2024 года: 9310 против 8898.",
     [y("412", 2025, 2024), y("9310", 2025), y("8898", 2024)]),
    ("2025-08-01", "Weddings were up by 412 on 2024 (9,310 vs 8,898).", [y("412", 2025, 2024), y("9,310", 2025), y("8,898", 2024)]),
    # ... and in English, "below the figure for" a year
    ("2021-03-01", "Visitor numbers fell 61% in 2020, to a level below the figure for 2019.", [y("61%", 2020, 2019)]),
    # a relative time right before the year it names is that year, also in an undated text
    (None, "Spending plans for next year\n\nThe cabinet allocated Rs 410 billion for roads in the upcoming Fiscal Year 2025/2026.",
     [y("Rs 410 billion", 2026)]),
    # "compared to the year 2010": the year after its noun is the baseline as the bare year is
    ("2012-04-20", "Guest arrivals were 1.4 million in the year 2011, which is a 6.1% increase compared to the year 2010.",
     [y("1.4 million", 2011), y("6.1%", 2011, 2010)]),
    # "from the N cases reported in the fourth quarter of 2024": the change's baseline figure, its time the baseline
    ("2025-05-01", "Police recorded 41,870 offences in the first quarter of 2025, a 12.6% rise from the 37,180 cases "
                   "reported in the fourth quarter of 2024.",
     [y("41,870", 2025), y("12.6%", 2025, 2024), y("37,180", 2024)]),
    # a change after the two times its sentence compares: of the later, since the earlier
    ("2024-06-02", "Comparing the second quarter of this year with the first, and between the first quarter of this year and "
                   "the fourth quarter of last year, the jobless rate for men fell by 1.2 percentage points.",
     [y("1.2 percentage points", 2024, 2023)]),
    # a change, then the levels it ran between, the first with its own year: that year is the change's baseline
    ("2024-03-13", "Officials said that in 2023, recorded thefts went down by 4.1 per cent from 9 870 in 2022 to 9 465.",
     [y("4.1 per cent", 2023, 2022), y("9 870", 2022), y("9 465", 2023)]),
    # "by the end of 2021 compared to 752,505 at the end of 2016": each year binds to the figure its time phrase follows
    ("2022-02-25", "Customer accounts reached 1,061,476 by the end of 2021 compared to 752,505 at the end of 2016.",
     [y("1,061,476", 2021, 2016), y("752,505", 2016)]),
    # "registered in", "for the year ended": the time after the second figure is its own, not the first's
    ("2014-02-03", "Fuel inflation eased to 8.2 percent for the year ending January 2014 from 9.5 percent registered in December 2013.",
     [y("8.2 percent", 2014, 2013), y("9.5 percent", 2013)]),
    # "on the 73 delivered in 2011" after a change: the figure it is measured from, whose time is that figure's alone
    ("2013-03-01", "The board received 640 complaints in 2012. It upheld 96 of them, an increase of 32% on the 73 upheld in 2011. "
                   "Most were about delays.",
     [y("640", 2012), y("96", 2012), y("32%", 2012, 2011), y("73", 2011)]),
    # a time before "and" and the next figure is the first figure's; the next has its own after it
    (None, "There were 2,168 rape cases in 2019 and 1,699 rape cases in 2020.", [y("2,168", 2019), y("1,699", 2020)]),
    # a period of months under way at the document's date is this year's; one of months still ahead, last year's
    ("2018-11-17", "Output for October to December may decline by 0.8 percent. In December it fell by 2 percent.",
     [y("0.8 percent", 2018), y("2 percent", 2017)]),
    # a tie between the headline's year and a later one: a year more than one after the headline's is a plan's
    (None, "Minister: 2024 revenue may fall short\n\nThe revenue may be $51 billion, $3 billion less than projected. "
           "He was confident the finances would improve by 2027.\n\nThe committee approved $2.3 billion for roads.",
     [y("$51 billion", 2024), y("$3 billion", 2024), y("$2.3 billion", 2024)]),
    # "similar period in 2017": a baseline, no year the undated text is about
    (None, "Crashes rose by 3 per cent when compared with similar period in 2019.", [y("3 per cent", None, 2019)]),
    # an undated release: the time of a change's first level ("from 2 150 in March 2018") neither makes the year the
    # text is about nor carries to the next sentence
    (None, "Ferry report, March 2019\n\nIn March 2019, 120 500 passengers used the ferry. Cars carried rose by 4,2% from "
           "31 200 in March 2018. Cyclists increased by 8% from 2 150 in March 2018. Foot passengers went from 15 400 in "
           "March 2018 to 16 900 in March 2019.\n\nDelays were 3 per cent of sailings.",
     [y("120 500", 2019), y("4,2%", 2019, 2018), y("31 200", 2018), y("8%", 2019, 2018), y("2 150", 2018), y("15 400", 2018),
      y("16 900", 2019), y("3 per cent", 2019)]),
    # the first level of "from X to Y" is the baseline's, unless its own time follows it; "year-on-year" names the
    # rate, not that level's year
    (None, "Core inflation fell from 2.4 percent in March 2016 to 1.1 percent in April on a year-on-year basis.",
     [y("2.4 percent", 2016), y("1.1 percent", 2016, 2015)]),
    (None, "Inflation eased to 2.6 percent in May 2016 from 3.0 percent in the previous month on a year-on-year basis.",
     [y("2.6 percent", 2016, 2015), y("3.0 percent", 2016)]),
    (None, "Net arrivals stood at 412,000 in the year to June 2019, up from 380,000 in the previous 12 months.",
     [y("412,000", 2019, 2018), y("380,000", 2018)]),
    # a figure with no time of its own shares the time of an earlier figure of its sentence, not a baseline's
    ("2020-03-01", "In 2019 they prevented 57 crimes, compared to 36 in 2018, including 34 attacks.",
     [y("57", 2019, 2018), y("36", 2018), y("34", 2019)]),
    # a month and the relative year right after it are one time ("February last year")
    ("2019-03-20", "Card sales rose 5% in February compared with February last year.", [y("5%", 2019, 2018)]),
    # "the same period in 2023": the period of the year named right after it
    (None, "Some 51,300 cases were recorded during the same period in 2023.", [y("Some 51,300", 2023)]),
    # a part of a year between "compared with" and the year: the year is the baseline's
    ("2022-07-15", "Detections rose nearly 3-fold compared with the first six months of 2021.", [y("nearly 3-fold", 2022, 2021)]),
    # a change measured within its year sets no baseline year for the changes after it
    ("2018-07-30", "GDP grew by 3.3 percent compared to the second quarter of 2017. Exports rose by 0.5 percent compared to "
     "the previous quarter. Imports fell by 0.1 percent.", [y("3.3 percent", 2018, 2017), y("0.5 percent", 2018, None), y("0.1 percent", 2018, None)]),
    # the size of a change (told twice: "or") with no time of its own is of the time of the level it reached
    (None, "Burglaries were up by 12% or 240 to 2,240 in the year to Quarter 2 (Q2) 2023 compared with the same period in 2022.",
     [y("12%", 2023, 2022), y("240", 2023, 2022), y("2,240", 2023, 2022)]),
    # a relative time right after the figure a comparison names is that figure's, not the text's year
    ("2024-12-20", "There were 10 murders up to Saturday, compared to 23 last year.", [y("10", 2024, 2023), y("23", 2023)]),
    # the number of an amount with a unit is no year ("1894 tenge", "2004 tonnes")
    (None, "Prices rose by 0.4%. Cottage cheese costs 1894 tenge a kilogram and butter 2012 tenge.",
     [y("0.4%", None), y("1894 tenge", None), y("2012 tenge", None)]),
    # "last seen in" a year is a record's time, not the figure's
    ("2021-11-09", "The rate fell to a record low of 3.4 percent in the September quarter, last seen in December 2007.",
     [y("3.4 percent", 2021)]),
    # an undated text: a change measured against the same period of a year is of the year after it
    (None, "Burglaries fell by 6.2% compared with the same period of 2018.", [y("6.2%", 2019, 2018)]),
    (None, "Burglaries fell by 6.2% since 2010.", [y("6.2%", None, 2010)]),
    # a baseline's time restated in a bracket right after it is the baseline, not the figure's time
    ("2022-08-16", "Jobless claims fell by 143 compared to the same month last year (July 2021).", [y("143", 2022, 2021)]),
    # the one year a sentence names before a bracket dates the figures in it and after it
    ("2010-03-01", "During the 12 months to 30 September 2009, thefts rose in Katherine (up 36% to 742) and Palmerston (up 17% to 459).",
     [y("36%", 2009), y("742", 2009), y("17%", 2009), y("459", 2009)]),
    # ... and so is "the same period" before a baseline year after any comparison ("on"), not the figure's own time
    ("2025-03-14", "Average weekly earnings were $1,610, an increase of 4.7 per cent on the same period of 2024.",
     [y("$1,610", 2025), y("4.7 per cent", 2025, 2024)]),
    # a figure with no time of its own takes the year the sentence before gave its figures, but not past
    # a sentence whose only time has no known year ("this year" in an undated text)
    (None, "Krasnodar had 7.1 deaths per 100,000 people in the first nine months of this year.\n"
           "The national rate was 10.6 deaths per 100,000 people in 2018. Perm had 5.2 deaths per 100,000 people "
           "in the first half of this year. Omsk had 4.9 deaths per 100,000 people.",
     [y("7.1", None), y("10.6", 2018), y("5.2", None), y("4.9", None)]),
    (None, "The city had 7.1 deaths per 100,000 in 2016. Its neighbour had 6.9 deaths per 100,000.",
     [y("7.1", 2016), y("6.9", 2016)]),
    # an aside in brackets right after a figure does not take the time after it from the figure
    ("2024-07-31", "Exports grew in 2023. The trade deficit was Rs2.1 trillion (1.9 percent of GDP) in 2022.",
     [y("Rs2.1 trillion", 2022), y("1.9 percent", 2022)]),
    # "over the same time frame last year" is a baseline: the sentences after it are not of last year
    ("2024-12-23", "Exports rose 6.8 percent in the first 20 days of December. The period had 16 working days, compared with "
                   "15 over the same time frame last year. Chip exports surged by 23.4 percent.",
     [y("6.8 percent", 2024), y("23.4 percent", 2024)]),
    # a year a few words after "than" is the baseline, "a decade earlier" among them
    ("2020-10-29", "Thefts rose in 2019, but their rate was 9% lower than a decade earlier in 2009.", [y("9%", 2019, 2009)]),
    # a fiscal year told relatively is the document's year less one, as "last year" is, with "in" or "during" too
    ("2024-08-15", "Tax receipts stood at Rs9.1 trillion during the last fiscal year.", [y("Rs9.1 trillion", 2023)]),
    ("2024-08-15", "Exports rose 4.2 percent in the past financial year.", [y("4.2 percent", 2023)]),
    # "from A in Y1 to B in Y2": the year before "to" is the first figure's, even when it stands nearer the second
    (None, "Recorded crime fell from 182,310 cases in 2022 to 167,450 in 2023.", [y("182,310", 2022), y("167,450", 2023)]),
    (None, "Crime fell in 2023 to 167,450.", [y("167,450", 2023)]),
    (None, "Incidence fell from 388 cases in the 2016-2017 fiscal year to 215 cases in 2018-2019.",
     [y("388", 2017), y("215", 2019)]),
    # ... and so are its other figures, when nothing else in it says a year
    (None, "In March the average wage was 812.4 rubles. In January-March it grew by 5.1% compared with the same period of 2018.",
     [y("812.4 rubles", 2019), y("5.1%", 2019, 2018)]),
    (None, "Произошло 212 пожаров (на 7,5 % меньше, чем за АППГ 2019 г.). Погибли 3 человека.",
     [y("212", 2020), y("7,5 %", 2020, 2019), y("3", 2020)]),
    # the year a change is measured against: after "up N on", and after a clause that "since" opens
    ("2013-09-24", "There were 5,210 burglaries in 2012-13, up 140 on 2011-12.",
     [y("5,210", 2013), y("140", 2013, 2012)]),
    ("2011-08-11", "We have seen about 600,000 jobs created since the government took office in 2007.",
     [y("about 600,000", 2011)]),
    # a share's whole between the figure and its year binds the year to it ("2.3 per cent of GDP in 2005")
    ("2006-02-09", "Public debt fell from 71.5 per cent of GDP in 2001 to 38.2 per cent of GDP in 2005.",
     [y("71.5 per cent", 2001), y("38.2 per cent", 2005)]),
    # "the same period" of the year before last, in a text of the year's first months: last year's figure, year on year
    ("2023-02-10", "По сравнению с аналогичным периодом 2021 года зарплата выросла на 12,8%.", [y("12,8%", 2022, 2021)]),
    ("2023-03-01", "Compared with the same period of 2021, wages rose 12.8%.", [y("12.8%", 2022, 2021)]),
    ("2023-10-01", "Compared with the same period of 2021, wages rose 12.8%.", [y("12.8%", 2023, 2021)]),
    # a signed change in brackets after a baseline's year is the change of the figure before it, no level of that year
    ("2022-06-23", "Empty homes numbered 9,851, which was 1,853 fewer than in 2016 (-15.8%).",
     [y("9,851", 2022), y("1,853", 2022, 2016), y("-15.8%", 2022, 2016)]),
    # an amount and its conversion in brackets are dated as one, by the year after the brackets
    ("2023-11-20", "Revenues are projected at 31.2 trillion rubles ($350 bln) in 2024 and 32.1 trillion rubles ($360 bln) in 2025.",
     [y("31.2 trillion rubles", 2024, subject="revenues"), y("$350 bln", 2024, subject="revenues"),
      y("32.1 trillion rubles", 2025), y("$360 bln", 2025)]),
    ("2018-05-23", "Between 2010 and 2016, 4.1% fewer road deaths were counted.", [y("4.1%", 2016, since=2010)]),
    # a season or financial year before the one named is the year before it
    ("2018-07-25", "Last year, tobacco exports reached $904 million, down from $933 million recorded during the previous season.",
     [y("$904 million", 2017, 2016), y("$933 million", 2016)]),
    # an undated text's time ago after a figure of a year its sentence names is before that year
    (None, "In 2019 the county had 140,199 people; a year ago it had 141,033.", [y("140,199", 2019), y("141,033", 2018)]),
    # a present-tense level after a year to come is of the text's present; a figure of the future still of that year
    ("2008-11-03", "The county's budget will be cut by 11 percent next year. The population of the county is 250,000. "
                   "Spending will be $5 million.", [y("11 percent", 2009), y("250,000", 2008), y("$5 million", 2009)]),
    ("2013-06-13", "The county's population grew 3 percent from 2010 through 2012, new estimates show.", [y("3 percent", 2012, since=2010)]),
    # a span of years right after one figure's change is that figure's, not the next change's, figures between
    ("2019-02-15", "There was a 30% increase from 2015 to 2016 (from 74 to 96 deaths) and a 12% increase from 2016 to 2017 "
                   "(from 96 to 108).", [y("30%", 2016, 2015), y("74", 2015), y("96", 2016), y("12%", 2017, 2016), y("96", 2016), y("108", 2017)]),
    # a relative baseline named by the date its period ends on is of that date's year, not a year before the figure's
    ("2024-01-10", "Exports for the year ending June 2023 were $410 million, up 6.2 per cent over the previous year ending June 2022.",
     [y("$410 million", 2023), y("6.2 per cent", 2023, 2022)]),
    ("2024-01-10", "Arrivals for the year ended 30 June 2023 grew 4 per cent on the previous year ended 30 June 2022.",
     [y("4 per cent", 2023, 2022)]),
    # a record "since" a year neither dates the figure nor is its baseline
    ("2014-04-24", "Thefts were down 12% compared with the previous year, the lowest estimate since the survey began in 1981.",
     [y("12%", 2014, 2013)]),
    ("2017-10-19", "Knife offences rose by 26 per cent, the highest figure since March 2011.",
     [y("26 per cent", 2017)]),
    ("2017-10-19", "Инфляция составила 9%, это максимальный уровень с 2015 года.", [y("9%", 2017)]),
    # ... nor does the year a series starts, in its sentence or the next
    ("2012-06-14", "It was one of only five declines in a series which dates back to 1978. Wages fell 0.5 percent.",
     [y("five", 2012), y("0.5 percent", 2012)]),
    ("2024-03-01", "Статистика ведется с 1978 года. Урожай составил 61 тыс. тонн.", [y("61 тыс. тонн", 2024)]),
    # "on the previous year's figure of N": a change on a baseline, and the baseline's own value
    ("2017-10-19", "There were 5.2 million crimes, a 13 per cent increase on the previous year's figure of 4.6 million.",
     [y("5.2 million", 2017), y("13 per cent", 2017, since=2016), y("4.6 million", 2016)]),
    ("2021-06-01", "Crime rose 5%, compared with the 2019 level of 2.1 million.",
     [y("5%", 2021, since=2019), y("2.1 million", 2019)]),
    # a baseline with its month; Russian months in every case (the dative after "к" too)
    (None, "В 2023 году цены выросли на 7,4% к декабрю 2022 года.", [y("7,4%", 2023, since=2022)]),
    ("2021-06-01", "Prices rose by 4% compared with March 2020.", [y("4%", 2021, since=2020)]),
    # a fiscal year by the year it ends, with or without "FY"; after a change's "over" it is the baseline
    ("2024-05-03", "Coal output in FY 2023-24 rose by 7.5 per cent over FY 2022-23.", [y("7.5 per cent", 2024, since=2023)]),
    # a calendar year right after a change's size is its baseline; "over" with no size before it says when
    (None, "Hotel guests increased 30% over 2015 to 3.9 million in 2016.", [y("30%", 2016, since=2015), y("3.9 million", 2016, since=2015)]),
    (None, "Visitors spent $12 million in 2016. Spending per visitor leapt 8 per cent over 2015.", [y("$12 million", 2016), y("8 per cent", 2016, since=2015)]),
    ("2024-02-01", "Rents rose sharply over 2023, by 9%.", [y("9%", 2023)]),
    ("2024-05-03", "Exports grew by 5 per cent in 2023-24 over 2022-23.", [y("5 per cent", 2024, since=2023)]),
    ("2024-05-03", "Revenue in FY 2022-23 was $5 billion.", [y("$5 billion", 2023)]),
    # the value of a baseline relative to the figure's year: of that year
    ("2024-08-01", "Serious injuries rose to 6,083 between January and July 2024 compared to the same period last year at 5,194.",
     [y("6,083", 2024, since=2023), y("5,194", 2023)]),   # (as with "in 2024": the level compared, with its baseline)
    ("2024-08-01", "We lost 210 drivers between January and July 2024 compared to 206 in the same period last year.",
     [y("210", 2024, since=2023), y("206", 2023)]),
    # in an undated text, "last year" is the year before the one the text reports on, not before the one a figure names
    (None, "Overdose deaths passed 1,000 in 2023. For heroin, 107 died in 2022, compared to 229 last year, and 88 in 2021.",
     [y("1,000", 2023), y("107", 2022), y("229", None), y("88", 2021)]),
    (None, "Road deaths fell in the first half of 2023: 51 women died, against 64 last year.", [y("51", 2023, since=2022), y("64", 2022)]),
    # the first quarter or half of a fiscal year is of the year it starts; a later quarter of the year it ends
    (None, "Some 6,198 people were killed in the first quarter of the 2024-25 financial year.", [y("Some 6,198", 2024)]),
    # ... and its second quarter, July to September or October to December of that year; its fourth is of the next
    (None, "Police statistics Q2 2022/23\n\nThere were 7,100 robberies, an increase of 5%.", [y("7,100", 2022), y("5%", 2022)]),
    (None, "Some 5,200 people were hurt in the fourth quarter of the 2024-25 financial year.", [y("Some 5,200", 2025)]),
    (None, "Revenue in the third quarter of 2024-25 was $5 billion.", [y("$5 billion", 2025)]),
    ("2011-11-20", "Overnight stays rose 13% in the first ten months of 2011 compared with the same period 2010.",
     [y("13%", 2011, since=2010)]),
    # two levels after a change that names no baseline and no time: the one compared with, or the first of a
    # bracketed pair, is of the year before; not in a month's figures, nor a pair a rate moves between at once
    ("2024-07-10", "В первом полугодии 2024 года число тяжких преступлений снизилось на 9,9% (890 против 988).",
     [y("9,9%", 2024), y("890", 2024), y("988", 2023)]),
    (None, "In 2019, burglaries fell by 12% (from 1,040 to 915).", [y("12%", 2019), y("1,040", 2018), y("915", 2019)]),
    (None, "In March 2019, burglaries fell by 12% (from 1,040 to 915).", [y("12%", 2019), y("1,040", 2019), y("915", 2019)]),
    (None, "In 2022 the bank raised its rate by 2 percentage points, from 8.5% to 10.5%.", [y("2 percentage points", 2022), y("8.5%", 2022), y("10.5%", 2022)]),
    # "за аналогичный период 2018 года", "in the same period of 2018" that opens a clause dates the figure after it;
    # after a comparison ("чем за аналогичный период", "compared with X in the same period of") it is a baseline
    (None, "За январь-апрель 2019 года убыль составила 319 человек, за аналогичный период 2018 года убыль составляла 201 человек.",
     [y("319", 2019), y("201", 2018)]),
    (None, "In January-March 2019 the council recorded 319 complaints, while in the same period of 2018 there were 201.",
     [y("319", 2019), y("201", 2018)]),
    ("2019-10-07", "Visitor spending reached €310.2 million, up 2.6 per cent over the corresponding month in 2018. Trips rose "
                   "4.1 per cent over the same seven months in 2018.",
     [y("€310.2 million", 2019, 2018), y("2.6 per cent", 2019, 2018), y("4.1 per cent", 2019, 2018)]),
    (None, "In January-July 2019 there were 1,720,000 trips. In the same seven months in 2018 there were 1,650,000 trips.",
     [y("1,720,000", 2019), y("1,650,000", 2018)]),
    ("2021-07-15", "В январе-июне произошло 736 аварий. В аналогичном периоде 2020 года произошла 831 авария.",
     [y("736", 2021), y("831", 2020)]),
    ("2019-05-01", "В 2019 году совершено 512 краж, что на 5% больше, чем за аналогичный период прошлого года.",
     [y("512", 2019), y("5%", 2019, since=2018)]),
    # a qualifier between a baseline's word and its time ("since at least November 2017")
    ("2019-06-14", "Some 10,145 patients have been waiting since at least November 2017.", [y("Some 10,145", 2019)]),
    # over a calendar year is as often when: no baseline where nothing else dates a text (its date is no evidence)
    ("2024-05-03", "Sales rose 5% over 2023.", [y("5%", 2023, since=None)]),
    # "compared to the end of" a month: the month's year is the baseline
    ("2016-03-20", "Waiting lists at the end of February 2016 fell by 14,000 compared to the end of December 2015.",
     [y("14,000", 2016, since=2015)]),
    # "the same period the previous year", "the same month of last year": a relative baseline in more of its spellings
    ("2009-10-22", "Robbery rose by 1 per cent and theft by 5 per cent between April and June, compared to the same period the previous year.",
     [y("1 per cent", 2009), y("5 per cent", 2009)]),
    ("2023-11-23", "Net migration stood at 672,000 in the year to June 2023, up from 607,000 in the previous 12 months.",
     [y("672,000", 2023, since=2022), y("607,000", 2022)]),
    ("2017-10-30", "Unemployment stood at 462,000 in September 2017, down on the same month of last year (510,000 people).",
     [y("462,000", 2017, since=2016), y("510,000", 2016)]),
    ("2021-06-01", "Цены выросли на 4% по сравнению с мартом 2020 года.", [y("4%", 2021, since=2020)]),
    # a difference compared with a year is of the year its sentence named first (the document is older)
    ("2009-07-01", "Revenue in 2010 will reach 8.2 trillion roubles, which is 0.9 trillion more than in 2009.",
     [y("8.2 trillion roubles", 2010, unit="RUB"), y("0.9 trillion", 2010, since=2009, unit="RUB", direction="up")]),
    ("2021-06-01", "Доходы в 2022 году составят 12 трлн рублей, это на 1,5 трлн больше, чем в 2021 году.",
     [y("12 трлн рублей", 2022), y("1,5 трлн", 2022, since=2021, unit="RUB")]),
    # a month of an undated document is of the year the text around it is about (rule 3)
    (None, "Кражи сократились в январе-марте на 6%.\n\nЗа первые три месяца 2023 года зарегистрировано 5 тыс. краж.",
     [y("6%", 2023), y("5 тыс.", 2023)]),
    (None, "В 2023 году родилось 1,26 млн детей. В декабре смертность снизилась на 3,1%.",
     [y("1,26 млн", 2023), y("3,1%", 2023)]),
    # ... and so is a day and month of one, opening its sentence or not
    (None, "The 2023 budget put the deficit at 45 billion rubles. After the revision of September 29 it was 44 billion rubles.",
     [y("45 billion rubles", 2023), y("44 billion rubles", 2023)]),
    (None, "Дефицит бюджета на 2023 год составлял 45 млрд рублей. 29 сентября его снизили до 44 млрд рублей.",
     [y("45 млрд рублей", 2023), y("44 млрд рублей", 2023)]),
    # 1. an explicit year tied to the figure
    ("2024-04-02", "In 2023, 14,500 people died on the roads.", [y("14,500", 2023)]),
    ("2024-04-02", "There were 14,500 fatalities and 166,500 injuries in 2023.",
     [y("14,500", 2023), y("166,500", 2023)]),
    ("2024-04-02", "In 2012 alone, 250 new drugs were identified.", [y("250", 2012)]),
    ("2024-04-02", "In January-February 2020, thefts fell by 7 percent.", [y("7 percent", 2020)]),
    ("2021-03-03", "Road deaths in 2019 fell by 4.3 percent.", [y("4.3 percent", 2019)]),
    (None, "In 2018, 1,100 criminal groups were broken up.", [y("1,100", 2018)]),
    ("2024-04-02", "In the first half of 2023, thefts fell by 5 percent.", [y("5 percent", 2023)]),
    ("2024-04-02", "As of January 1, 2024, 600,000 drug users were registered.", [y("600,000", 2024)]),
    ("2024-04-02", "In December 2023, prices rose 0.7 percent.", [y("0.7 percent", 2023)]),
    ("2024-04-02", "By the end of 2024, 3,000 new cameras will be installed.", [y("3,000", 2024)]),
    ("2024-04-02", "Compared with 2022, the number of frauds in 2023 rose by 12 percent.",
     [y("12 percent", 2023, 2022, subject="frauds")]),
    # 2. relative times against the document's date
    ("2024-04-02", "In 2022 there were 16,000 road deaths, and last year 14,500.",
     [y("16,000", 2022), y("14,500", 2023)]),
    ("2024-04-02", "In February this year, 40 laboratories were closed.", [y("40", 2024)]),
    ("2024-04-02", "Since the beginning of the year, 900 drug couriers have been detained.", [y("900", 2024)]),
    ("2024-04-02", "Last year, road deaths fell by 5 percent.", [y("5 percent", 2023)]),
    ("2024-04-02", "The previous year saw 16,000 road deaths.", [y("16,000", 2023)]),
    ("2024-04-02", "In the past year, police seized 38 tons of drugs.", [y("38 tons", 2023)]),
    ("2024-04-02", "This year we expect 3 percent growth.", [y("3 percent", 2024)]),
    ("2024-04-02", "Currently, 600,000 drug users are registered.", [y("600,000", 2024)]),
    ("2024-04-02", "So far, 1,200 migrants have been deported.", [y("1,200", 2024)]),
    ("2024-04-02", "Now there are 5,000 places in rehabilitation centres.", [y("5,000", 2024)]),
    ("2024-04-02", "Next year, the ministry will hire 5,000 officers.", [y("5,000", 2025)]),
    ("2024-04-02", "Two years ago, 20,000 people died on the roads.", [y("20,000", 2022)]),
    ("2024-04-02", "The year before last, 20,000 people died on the roads.", [y("20,000", 2022)]),
    ("2024-04-02", "Thefts fell 8 percent compared with the same period last year.",
     [y("8 percent", 2024, 2023)]),
    ("2024-04-02", "In 2023, thefts fell 8 percent year-on-year.", [y("8 percent", 2023, 2022)]),
    ("2024-04-02", "In 2023, the number of frauds rose 6 percent compared with the previous year.",
     [y("6 percent", 2023, 2022)]),
    ("2024-04-02", "A year earlier, there were 12,000 such cases.", [y("12,000", 2023)]),
    # baselines fill `since`
    ("2021-03-03", "In 2020, crimes committed under the influence of drugs went down three times from the 2012 level.",
     [y("three times", 2020, 2012)]),
    ("2024-04-02", "Compared with 2019, road deaths in 2023 fell by 15 percent.", [y("15 percent", 2023, 2019)]),
    ("2024-04-02", "In 2023, road deaths were 30 percent lower than in 2015.", [y("30 percent", 2023, 2015)]),
    ("2024-04-02", "In 2023, the number of drug deaths was 52 percent lower than in 2011.",
     [y("52 percent", 2023, 2011)]),
    ("2021-03-03", "In 2020, drug crime has decreased by 21 percent since 2011.", [y("21 percent", 2020, 2011)]),
    ("2024-04-02",
     "The number of thefts decreased by 4.9% compared to the same period last year (from 494,100 to 470,100).",
     [y("4.9%", 2024, 2023), y("494,100", 2023), y("470,100", 2024)]),
    # periods that only say when give no year of their own
    ("2024-04-02", "In 2020 the police did a great deal. Over the past six years, drug deaths have fallen by 20 percent.",
     [y("20 percent", 2020)]),
    ("2024-04-02", "In 2021 we changed tactics. In the recent seven years, street crime fell by a third.",
     [y("a third", 2021)]),
    # 3. the nearest earlier time reference in the same paragraph
    ("2024-04-02", "In 2022, the police registered 2 million crimes. Thefts accounted for 40 percent of them. "
                   "The number of robberies fell by 7 percent.",
     [y("2 million", 2022), y("40 percent", 2022), y("7 percent", 2022)]),
    ("2024-04-02", "In 2019, 17,000 people died on the roads; in 2022, 14,000 died.",
     [y("17,000", 2019), y("14,000", 2022)]),
    ("2024-04-02", "Last year was difficult. Fraud grew by 12 percent, and the damage reached 150 billion rubles.",
     [y("12 percent", 2023), y("150 billion rubles", 2023)]),
    # ... and the document's reporting year, never a year from another paragraph
    ("2021-03-03",
     "The participants summed up the results of the police's work in 2020.\n\n"
     "In 2019 the ministry was reformed and 3,000 officers were dismissed.\n\n"
     "The number of IT crimes has increased more than 10 times.",
     [y("3,000", 2019), y("more than 10 times", 2020)]),
    ("2013-03-11", "Let me recall last year's results.\n\nWe prevented the delivery of 2.5 tons of heroin.",
     [y("2.5 tons", 2012)]),
    ("2021-03-03", "We discussed the results of 2020.\n\nEvery fourth crime committed by adolescents is grave.",
     [y("Every fourth", 2020)]),
    # 4. no year when nothing gives one
    (None, "Last year, road deaths fell by 5 percent.", [y("5 percent", None)]),
    (None, "Next year, the ministry will hire 5,000 officers.", [y("5,000", None)]),
    (None, "Currently, 600,000 drug users are registered.", [y("600,000", None)]),
    # With no time reference at all, a dated document's own year is the year it refers to (its dateline),
    # as the dev gold has it ("stands at about 600,000" in a 2017 meeting is 2017); an undated one gives none.
    ("2024-04-02", "Over 3.2 million people in the new regions have received Russian passports.",
     [y("Over 3.2 million", 2024)]),
    ("2024-04-02", "Police detained 4,300 drug couriers.", [y("4,300", 2024)]),
    (None, "Police detained 4,300 drug couriers.", [y("4,300", None)]),
    # the document's own date: a dateline, or doc_date overriding it
    (None, "April 2, 2024, Moscow\n\nLast year, road deaths fell by 5 percent.", [y("5 percent", 2023)]),
    ("2020-01-10", "April 2, 2024, Moscow\n\nLast year, road deaths fell by 5 percent.", [y("5 percent", 2019)]),
    (None, "Publication date: March 11, 2013, 12:30\n\nLast year we seized 2.5 tons of heroin.",
     [y("2.5 tons", 2012)]),
    # baselines that are not the claim's year
    ("2024-04-02", "There are twice as many drug addicts as in 2010.", [y("twice", 2024, 2010, subject="drug addicts")]),
    ("2024-04-02", "In 2023, 12 percent of the victims were minors, up from 9 percent in 2020.",
     [y("12 percent", 2023, 2020), y("9 percent", 2020)]),
    # a year between two figures belongs to the one it follows, unless a comma parts them
    ("2021-06-01", "Burglaries fell from 41.2 thousand in 2015 to 30.5 thousand in 2020.",
     [y("41.2 thousand", 2015), y("30.5 thousand", 2020)]),
    ("2021-06-01", "In 2015, about 12 thousand cars were stolen, and in 2020 – 7.1 thousand.",
     [y("about 12 thousand", 2015), y("7.1 thousand", 2020)]),
    # a change whose sentence only dates the pair after it runs from the first year to the last
    ("2021-06-01", "Arson has fallen almost by half (8.2 thousand in 2016 vs. 4.4 thousand in 2020).",
     [y("almost by half", 2020, 2016), y("8.2 thousand", 2016), y("4.4 thousand", 2020)]),
    # a from-value opening its own pair is not the baseline of the figure before it
    ("2021-06-01", "Frauds went down (from 9.1 thousand to 7.7 thousand), and so did extortion (from 2.3 thousand to 1.9 thousand).",
     [y("9.1 thousand", 2021), y("7.7 thousand", 2021), y("2.3 thousand", 2021), y("1.9 thousand", 2021)]),
    # a later sentence without a time of its own takes the year its paragraph just gave a figure
    (None, "Arrests rose from 310 in 2011 to 402 in 2019. Over the same years, fines grew by 14%.",
     [y("310", 2011), y("402", 2019), y("14%", 2019)]),
    # "than a year ago" is a baseline, not the figure's year
    ("2021-06-01", "Rents were 6% higher than a year ago.", [y("6%", 2021, 2020, subject="rents")]),
    ("2021-06-01", "Fuel cost 4% less than two years ago.", [y("4%", 2021, 2019)]),
    # a "when" clause is about the time named right before it
    ("2021-06-01", "Prices rose at the fastest pace since 2015, when they went up 12.9%.",
     [y("12.9%", 2015)]),
    ("2019-01-10", "Burglaries fell by 6 percent in 2018 compared to the year 2017 where a total of 4120 burglaries were reported.",
     [y("6 percent", 2018, 2017), y("4120", 2017)]),
    # "since the beginning of the year" is the current year, not a baseline
    ("2021-06-01", "Since the beginning of the year, police have solved about 900 burglaries.", [y("about 900", 2021)]),
    # a dateline with a weekday and an ordinal day dates the document
    (None, "Tuesday, 3rd March 2020, 9:15 am\n\nBurglaries rose 4% this year.", [y("4%", 2020)]),
    # figures keyed by their years after a change: each of its key's year; the change of the last, since the first
    ("2005-03-02", "Reported thefts of bicycles fell by 9.1% (2003=2210, 2004=1642).",
     [y("9.1%", 2004, 2003, subject="reported thefts of bicycles"), y("2210", 2003, subject="reported thefts of bicycles"),
      y("1642", 2004, subject="reported thefts of bicycles")]),
    ("2005-03-02", "Arson rose (2003: 412; 2004: 455).", [y("412", 2003, subject="arson"), y("455", 2004, subject="arson")]),
    # "last January", "this past October": the latest such month before the document's date, and no noun counted
    ("2014-10-17", "Membership went from 300 in 2010 to 900 last January, and stood at 850 this past October.",
     [y("300", 2010), y("900", 2014, subject="membership"), y("850", 2013, subject="membership")]),
    ("2015-01-20", "Sales reached $4.2 million last January.", [y("$4.2 million", 2014, subject="sales")]),
    # an aside on what a figure was adjusted for names no time of it ("(adjusted for the 2021 census)")
    ("2023-02-10", "The county had 48,300 residents in mid-2022 (adjusted for the 2021 census) and 47,900 in mid-2021.",
     [y("48,300", 2022), y("47,900", 2021)]),
    # "fewer than there were in 2012": the year of a comparison is a baseline
    ("2021-06-01", "There are 9,870 firefighters now. That’s 1,450 fewer than there were in 2012.",
     [y("9,870", 2021), y("1,450", 2021, 2012, subject="firefighters", direction="down")]),
]

# Russian relative years and baselines (more in test_extract_ru.py)
YEARS_RU = [
    # "по сравнению с" and three words of the period before its year make that year the baseline
    ("2013-03-20", "Население.\n\nПо сравнению с первыми двумя месяцами 2012 года рождаемость выросла на 2,1%.",
     [y("2,1%", 2013, 2012)]),
    # a page's stamp lines, in English on a Russian page too ("Modified 20 августа"), say when the page changed, not what
    # year its text is about
    (None, "Бюджет края\n\nPosted 15 июня 2017, 07:21\nModified 20 августа, 17:03\nUpdated 20 августа, 17:03\nДоходы бюджета "
           "предлагают увеличить на 500 миллионов рублей.", [y("500 миллионов рублей", 2017)]),
    # "к маю 2025 года" opening a sentence is "by then", the time of its figures, no baseline; the change "against last
    # year" after it is of that year
    (None, "Зарплаты\n\nОблстат сообщил: к маю 2025 года средняя зарплата в области достигла 61 200 рублей. Это на 14,2 процента "
           "больше, чем за аналогичный период прошлого года.",
     [y("61 200 рублей", 2025), y("14,2 процента", 2025, 2024)]),
    # ... but after a change it is the baseline
    ("2025-07-01", "Цены выросли на 5,1% к маю 2024 года.", [y("5,1%", 2025, 2024)]),
    # "the same period" is a baseline after a comparative further back in its clause, with no figure between; with
    # figures between, it dates those compared with
    ("2026-02-06", "Доходы бюджета в январе 2026 года составили 1 200 млрд рублей, что на 8,4% ниже объема поступлений доходов в "
                   "соответствующем периоде 2025 года.", [s("1 200 млрд рублей"), y("8,4%", 2026, 2025)]),
    ("2019-09-20", "В области зарегистрировано 2098 браков против 2376 браков, зарегистрированных за аналогичный период 2018 года.",
     [s("2098"), y("2376", 2018)]),
    # an undated text dated by its "same period" baselines: its figures of "this year" are of that year too
    (None, "Туристы\n\nВо втором квартале текущего года край принял 600 тысяч туристов. За первую половину года их было 1,1 миллиона – на 13% "
           "больше, чем за аналогичный период 2022 года.",
     [y("600 тысяч", 2023), y("1,1 миллиона", 2023), y("13%", 2023, 2022)]),
    # a year that ends a sentence after "против" dates the figures compared with, not those before the link
    (None, "Итоги\n\nЗа январь-август 2019 года выдача документов сократилась.\n\nВыдано 2098 паспортов и 1636 виз против 2376 "
           "паспортов и 1854 виз, выданных за аналогичный период 2018 года.",
     [y("2098", 2019), y("1636", 2019, 2018), y("2376", 2018), y("1854", 2018)]),
    # the heading of a list of "label - amount" lines marked with dashes gives its items its year
    ("2012-12-20", "Решение о бюджете\n\n1. Утвердить бюджет на 2013 год:\n- общий объем доходов - 19 914,4 тыс. рублей;\n"
                   "- дефицит - 2 101,9 тыс. рублей.\n2. Утвердить бюджет на 2014 год:\n- общий объем доходов - 15 117,4 тыс. рублей;\n"
                   "- дефицит - 453,7 тыс. рублей.",
     [y("19 914,4 тыс. рублей", 2013), y("2 101,9 тыс. рублей", 2013), y("15 117,4 тыс. рублей", 2014), y("453,7 тыс. рублей", 2014)]),
    # an undated text that dates what it reports once and says "в текущем году": that year ("this year" agrees with any date;
    # "два года назад" does not)
    (None, "ВВП за январь-апрель\n\n17 мая 2017 года стало известно, что ВВП вырос на 0,5%. Правительство рассчитывает на рост "
           "ВВП в текущем году на 1,7%.", [y("0,5%", 2017), y("1,7%", 2017)]),
    (None, "Итоги\n\nДва года назад, 26 января 2012 года, завод выпустил 500 машин. В текущем году выпуск вырос на 5%.",
     [y("500", 2012), y("5%", None)]),
    # a month a few months ahead after a word of the future is the coming one; "как и в декабре" compares with December
    ("2024-03-12", "Ещё 12 новых школ будут открыты в апреле.", [y("12", 2024)]),
    ("2024-03-12", "Безработица в январе составила 3,6%.\n\nВ Орле – 3,4%, как и в декабре.\n\nВ Туле – 3,9%, как и в декабре."
                   "\n\nВ Брянске – 2,7%, как и в декабре.", [y("3,6%", 2024), y("3,4%", 2024), y("3,9%", 2024), y("2,7%", 2024)]),
    # "с 2016 по 2024 годы": the span ends in its second year, no deadline; the first is where it is counted from
    ("2025-09-30", "Порядка 120 инвестиционных проектов было реализовано в области с 2016 по 2024 годы.",
     [y("Порядка 120", 2024, 2016)]),
    # "в прошлом году в это время" is a baseline, and so votes for no year of the text's: a dated text's figures stay its year's
    ("2025-08-12", "Скошено 782,3 тыс. га зерна, засыпано 2,02 млн тонн.\n\n"
                   "В прошлом году в это время было собрано на 740 тыс. тонн меньше. Урожайность составила 25,9 центнера с гектара.",
     [y("782,3 тыс. га", 2025), y("2,02 млн тонн", 2025), y("740 тыс. тонн", 2025, 2024), y("25,9 центнера с гектара", 2025)]),
    # "сравнивая" один год "с" другим: второй – база сравнения
    ("2024-07-15", "Сравнивая 2023 год с 2013 годом, население выросло на 8598 человек.", [y("8598", 2023, 2013)]),
    # "по сравнению с" a noun and a year: the year is a baseline
    ("2022-05-20", "В области живут 668 тысяч человек. По сравнению с переписью 2010 года население снизилось на 16%.",
     [y("668 тысяч", 2022), y("16%", 2022, 2010)]),
    # "тем же промежутком" года is the same period of that year, a baseline
    ("2022-08-12", "За январь-июнь 2022 года зарплата составила 63 тысячи рублей. По сравнению с тем же промежутком "
                   "2021 года она увеличилась на 8,7%.", [y("63 тысячи рублей", 2022), y("8,7%", 2022, 2021)]),
    # a year glued to an acronym by a hyphen ("итогов ВПН-2020": a census's name) is no year an undated text reports on
    (None, "По оценке от итогов ВПН-2020, численность населения области на 1 июля 2023 года составила 754 тыс. человек.\n"
           "Миграционный прирост составил 172 человека.", [y("754 тыс.", 2023), y("172", 2023)]),
    # an aside on what a figure was adjusted for names no time of it, nor the year an undated text reports on
    (None, "Численность населения района на 1 января 2024 года (с учетом итогов переписи населения 2020 г.) составила "
           "61 230 человек.\nСельские жители – 18 115 человек.", [y("61 230", 2024), y("18 115", 2024)]),
    ("2022-05-04", "Число жителей на 1 января 2022 года (с учётом итогов переписи 2020 года) составило 95,2 тыс. человек.",
     [y("95,2 тыс.", 2022)]),
    # ... but not past a comma after the bracket: the time there is another clause's
    ("2023-03-01", "В январе 2023 года родилось 990 детей (на 40 меньше, чем за тот же месяц прошлого года), умерло 1500 "
                   "человек (на 100 человек меньше), в том числе 6 детей в возрасте до 1 года (совпадает с данными за январь "
                   "2022 года).", [s("990"), s("40"), y("1500", 2023), y("100", 2023, 2022), s("6")]),
    # "этот же период" and a year after a comparison: the baseline; the figure is of the year named before
    ("2020-07-23", "За первое полугодие 2020 года мигранты перевели $999 млн - на $174 млн меньше, чем было отправлено "
                   "за этот же период 2019 года.", [y("$999 млн", 2020), y("$174 млн", 2020, 2019)]),
    # a day and month without a year, days after the text's date: the coming one ("с 1 сентября", on 28 August)
    ("2025-08-28", "С 1 сентября на линии будут работать 52 трамвая.", [y("52", 2025)]),
    # a month and its year with "г." glued to it ("декабрем 2019г."): one time, the baseline
    ("2020-11-12", "Цены за год выросли на 3,3% по сравнению с декабрем 2019г.", [y("3,3%", 2020, 2019)]),
    # a full date right after the figure, glued to a headline that named its period before: the period's year
    (None, "Безработица в четвертом квартале 2024 года составила 6,1% 15.02.2025, Агентство\n\nТекст.", [y("6,1%", 2024)]),
    # a comparative, its noun and the period's word before a numbered part of a year: that year is the baseline
    ("2026-02-20", "Безработица в четвертом квартале 2025 года составила 11,8%, что на 0,7 процентного пункта меньше "
                   "показателя за четвертый квартал 2024 года.", [s("11,8%"), y("0,7 процентного пункта", 2025, 2024)]),
    # a numbered part of a year between the baseline's word and its year: the year is the baseline
    ("2015-05-01", "Индекс реальной заработной платы к первому кварталу 2014 года составил 104,2%.", [y("104,2%", 2015, 2014)]),
    ("2024-08-01", "Выпуск цемента вырос на 5% против II полугодия 2023 года.", [y("5%", 2024, 2023)]),
    # "превысил уровень 2018 года": the year compared with, not the figure's
    ("2019-06-17", "В 12 районах края ввод жилья превысил уровень 2018 года.", [y("12", 2019)]),
    # a percentage after the dash of a compared time is measured against it ("по сравнению с ... – 105,1%"), not its value
    ("2022-12-01", "Индекс тарифов в ноябре 2022 г. составил 100,4% (по сравнению с декабрем 2021 г. – 105,1%).",
     [y("100,4%", 2022), y("105,1%", 2022, 2021)]),
    # a change after the figures of last year compares the text's year with last year
    ("2017-08-01", "На 1 июля 2017 года в городе жили 120,4 тыс. человек. В прошлом году за тот же период родились 17 623 "
                   "человека. Так что число родившихся снизилось на 10,2%.",
     [y("120,4 тыс.", 2017), y("17 623", 2016), y("10,2%", 2017, 2016)]),
    # "на 1 июля 2017 года": the date a stock figure is counted at votes for the year the text is about, an event's date does not
    ("2017-08-01", "Численность населения города на 1 июля 2017 года составила 120,4 тыс. человек. В прошлом году за тот же "
                   "период родились 1520 человек.\n\nЗа шесть месяцев зарегистрировано 843 брака.",
     [y("120,4 тыс.", 2017), y("1520", 2016), y("843", 2017)]),
    # the decimals of a rate ("-0.2095") are no year
    (None, "Проезд подорожал на 10%. Курс доллара 73.3150 (-0.2095).", [y("10%", None), y("73.3150", None), y("-0.2095", None)]),
    # "годом ранее" после числа, с которым сравнивают: время этого числа, не длительность
    ("2024-12-20", "Число тяжких преступлений за 2024 год снизилось до 890 против 988 годом ранее.",
     [y("890", 2024, 2023), y("988", 2023)]),
    # число суммы с единицей - не год ("1894 тенге за килограмм"), как и число, которое считает ("1842 пострадали")
    (None, "Цены выросли на 0,4%. Творог стоит 1894 тенге за килограмм.", [y("0,4%", None), y("1894 тенге", None)]),
    ("2020-01-20", "Итоги года: в 2019 году в авариях погибли 203 человека, 1842 пострадали.", [y("203", 2019), y("1842", 2019)]),
    # "с начала 2025 года", "since the start of 2025": the year so far is the figures' time, no baseline
    (None, "С начала 2024 года в области произошло 1312 пожаров. Погибли 37 человек.", [y("1312", 2024), y("37", 2024)]),
    (None, "Since the start of 2024, 1,312 fires were recorded.", [y("1,312", 2024)]),
    # in an undated text, a month said again without its year is of the year it was named with
    # ... and a relative year right after such a month counts from that year
    (None, "О ценах в сентябре 2010 года\n\nВ сентябре текущего года индекс цен составил 100,5 процента.\n\n"
     "В сентябре прошлого года индекс составлял 100,9 процента.", [y("100,5 процента", 2010), y("100,9 процента", 2009)]),
    # (the first naming: a later one may be the time of a value compared with)
    (None, "В январе 2025 года умерли 3 345 человек.\n\nВ 2024 году браков было 1 210, в 2024 году разводов — 900.\n\n"
     "Кроме того, в январе было заключено 1 049 браков.",
     [y("3 345", 2025), y("1 210", 2024), y("900", 2024), y("1 049", 2025)]),
    (None, "In March 2019 exports were 4,100 against 3,900 in March 2018.\n\nIn 2018 imports were 2,000. In 2018 imports were 1,800 in all."
     "\n\nIn March, imports fell 2%.", [y("4,100", 2019, 2018), y("3,900", 2018), y("2,000", 2018), y("1,800", 2018), y("2%", 2019)]),
    (None, "Оборот розницы составил 103,2% к уровню января-марта 2020 года.", [y("103,2%", 2021, 2020)]),
    (None, "Число краж по сравнению с аналогичным периодом 2018 года снизилось на 4%.", [y("4%", 2019, 2018)]),
    ("2022-10-20", "Темп роста выручки по отношению к соответствующему периоду 2021 года составил 118,4%.", [y("118,4%", 2022, 2021)]),
    ("2019-03-20", "Продажи в феврале выросли на 7% по сравнению с февралем прошлого года.", [y("7%", 2019, 2018)]),
    ("2006-02-09", "Госдолг снизился с 71,5% ВВП в 2001 году до 38,2% ВВП в 2005 году.", [y("71,5%", 2001), y("38,2%", 2005)]),
    ("2024-04-02", "В прошлом году в ДТП погибли 14,5 тыс. человек.", [y("14,5 тыс.", 2023)]),
    ("2024-04-02", "В текущем году выявлено 300 нарколабораторий.", [y("300", 2024)]),
    ("2024-04-02", "С начала года задержано 500 наркокурьеров.", [y("500", 2024)]),
    ("2024-04-02", "В 2023 году число краж снизилось на 9% по сравнению с 2022 годом.", [y("9%", 2023, 2022)]),
    ("2024-04-02", "За 11 месяцев 2023 года число убийств снизилось на 12% к аналогичному периоду прошлого года.",
     [y("12%", 2023, 2022)]),
    ("2024-04-02", "За 11 месяцев 2023 года число убийств снизилось на 12% по сравнению с аналогичным периодом прошлого года.",
     [y("12%", 2023, 2022)]),
    (None, "В прошлом году в ДТП погибли 14,5 тыс. человек.", [y("14,5 тыс.", None)]),
    ("2026-03-04", "Подведены итоги работы в 2025 году.\n\nЧисло мошенничеств выросло на 7%.",
     [y("7%", 2025)]),
    ("2021-06-01", "Тарифы были на 6% выше, чем год назад.", [y("6%", 2021, 2020, subject="тарифы")]),
    # "больше уровня 2024 года": a comparison with a year's level is a baseline
    ("2024-11-20", "Расходы в 2025 году составят 212 млрд рублей, что на 8,3% больше уровня 2024 года.",
     [y("212 млрд рублей", 2025), y("8,3%", 2025, 2024)]),
    ("2021-06-01", "Угоны сократились с 12,4 тыс. в 2016 году до 8,1 тыс. в 2020 году.",
     [y("12,4 тыс.", 2016), y("8,1 тыс.", 2020)]),
    ("2021-06-01", "Это максимум с 2015 года, когда инфляция составила 12,9%.", [y("12,9%", 2015)]),
    # a month the document's date gives a year to is a reference to that year, when the text is
    # weighed for the year it is about: three months of 2012 against two mentions of 2011
    ("2012-06-20", "Jobless totals fell in the quarter to April and again in May. Claims rose in March.\n\n"
     "Pay grew in 2011 but prices rose faster in 2011.\n\nThe jobless rate was 8.2 per cent.",
     [y("8.2 per cent", 2012)]),
    # a list of counts, each with its own year; a bare one in the middle counts what the first does
    # a month after "since" is where a series starts, not the figure's time; "representing" is no subject
    ("2022-07-12", "It was the fifth rise since December, taking the rate to 1.25%.", [y("1.25%", 2022, 2021)]),
    ("2019-08-01", "There were 5,100 claims compared to 4,800 in June, representing an increase of 300.",
     [y("5,100", 2019), y("4,800", 2019), y("300", 2019, subject="claims")]),
    # a month after "by" is a deadline ahead of the document's date, this year's; "slightly above" is a bound
    ("2022-07-12", "Inflation is projected to rise to slightly above 11% by October, after 9.1% in May.",
     [y("slightly above 11%", 2022), y("9.1%", 2022)]),
    # a month a few months ahead after a word of the future is the coming one; one more than half a year on is last year's
    ("2024-03-12", "A further 1,200 homes will be connected to the network in April.", [y("1,200", 2024)]),
    ("2024-02-08", "The plan, due to be approved in May, connects a further 900 homes to the network.", [y("900", 2024)]),
    ("2024-03-12", "The 2.3% rise first reported for November will be revised next week.", [y("2.3%", 2023)]),
    # "same as December": a month compared with, which votes for no year of the text's (January's is the text's)
    ("2024-03-12", "The jobless rate was 3.6% in January.\n\nMaine: 3.4%, same as December.\n\nOhio: 3.9%, same as December."
                   "\n\nUtah: 2.7%, same as December.", [y("3.6%", 2024), y("3.4%", 2024), y("3.9%", 2024), y("2.7%", 2024)]),
    ("2013-02-01", "Police counted 48 burglaries at schools in 2010, 21 in 2011 and 33 burglaries in 2012.",
     [y("48", 2010), y("21", 2011), y("33", 2012)]),
    ("2013-02-01", "4 arson attacks were reported in 2010 with 12 injuries; 6 attacks in 2011 with 9 injuries and 3 attacks in 2012 with 2 injuries.",
     [y("4", 2010), y("12", 2010), y("6", 2011), y("9", 2011), y("3", 2012), y("2", 2012)]),
    # a year with "г." glued to it; a colon after a time labels the figure after it, a bracket parts the one before
    ("2024-02-01", "За январь 2023г. цены выросли на 1,4%, за год - на 7,2% (2022г.: за год - 11,9%).",
     [y("1,4%", 2023), y("7,2%", 2023), y("11,9%", 2022)]),
    ("2024-02-01", "Exports rose 4.1% in 2023 (2022: 6.3%).", [y("4.1%", 2023), y("6.3%", 2022)]),
    # a change with no baseline, then a pair each with its own date (an aside between): from the first's year to the second's
    ("2019-05-01", "Число школ сократилось на 3,1% — с 412 на 1 сентября 2016 года (по данным министерства) до 399 на 1 сентября 2018 года.",
     [y("3,1%", 2018, 2016), y("412", 2016), y("399", 2018)]),
    # a time after "и" opens the next conjunct: it dates the figure after it, not the one before
    ("2024-11-01", "Расходы на 2026 год составят 9,4 млрд рублей, в том числе на дороги 1,1 млрд рублей и на 2027 год 9,9 млрд рублей.",
     [y("9,4 млрд рублей", 2026), y("1,1 млрд рублей", 2026), y("9,9 млрд рублей", 2027)]),
    ("2024-11-01", "Grants will total $3.2 million in 2026, including $0.4 million for libraries, and in 2027 $3.5 million.",
     [y("$3.2 million", 2026), y("$0.4 million", 2026), y("$3.5 million", 2027)]),
]

# ----------------------------------------------------------------------------- subjects

SUBJECTS = [
    # a list of nouns that opens the sentence, its last two joined by "and" or closed by "etc.", is the subject whole
    ("2019-09-10", "Theft, fraud and forgery increased from 21,400 to 22,050.", [s("21,400", "theft fraud and forgery"),
                                                                                  s("22,050", "theft fraud and forgery")]),
    ("2019-09-10", "Arson, vandalism etc. increased by 4 per cent.", [s("4 per cent", "arson vandalism etc")]),
    # ... not a time before a comma
    ("2019-09-10", "In 2018, theft and fraud rose by 5 per cent.", [s("5 per cent", "theft and fraud")]),
    # "which" after amounts of money glued to their sign stands for no noun of theirs: the clause's subject is what changed
    ("2024-03-05", "In Mumbai, the average price of onions last month was Rs50.44 per kilo from Rs39.65 per kilo in February, "
                   "which had a year-on-year increase of around 27.2 percent.", [s("Rs50.44", "average price of onions"),
                                                                                 s("Rs39.65", "average price of onions"),
                                                                                 s("around 27.2 percent", "average price of onions")]),
    # a row of two cells between bars, its label and a size of two sides, names each side by its label
    ("2024-05-01", "| Spec | Value |\n|---|---|\n| Dimensions | 85.6mm × 56.5mm |\n| Weight | 46g |\n",
     [s("85.6mm", "dimensions"), s("56.5mm", "dimensions"), s("46g", "weight")]),
    # "more expensive" after a share is a comparative of its own: no noun after it is what the share counts
    ("2020-03-05", "Among foods, bread was 9 percent more expensive, while onions were 31 percent more expensive and fresh fish "
                   "4 percent cheaper.", [s("9 percent", "bread"), s("31 percent", "onions"), s("4 percent", "fresh fish")]),
    # the figure before in words, restated between dashes, names nothing the count after it counts
    ("2023-01-10", "За праздники зарегистрировано 186 нарушений. Из них две трети — 124 факта — нарушения правил дорожного движения.",
     [s("186", "нарушений"), s("две трети", "нарушений"), s("124", "нарушений")]),
    # a change noun with words of its own names what changed, even after another figure in the sentence
    ("2018-06-01", "After grants of $710,000, the projected levy increase went from 6.1% to 6.9%.",
     [s("$710,000", "grants"), s("6.1%", "projected levy"), s("6.9%", "projected levy")]),
    # "late" or "early" before a time after the figure is no noun of it
    ("2018-06-01", "The projected levy went from 6.1% on Monday to 6.9% late yesterday.",
     [s("6.1%", "projected levy"), s("6.9%", "projected levy")]),
    # a word that looks plural after "this" is its verb: the change it names is of what the sentence before spoke of
    ("2016-07-18", "Diesel prices rose 4.1 percent in the June quarter. This follows falls of 6.2 percent in the March quarter.",
     [s("4.1 percent", "diesel prices"), s("6.2 percent", "diesel prices")]),
    # an aside after a comma that a relative or a participle opens and no comma closes: the verb after it is the noun's
    # before the comma; a closed aside, or a participle before a clause, leaves the clause alone
    ("2022-11-25", "Capital spending, which will go on roads, schools, clinics was put at $2.7 billion.",
     [s("$2.7 billion", "capital spending")]),
    ("2022-11-25", "Other spending, mainly covering fuel levies and subsidies was estimated at $2.6 billion.",
     [s("$2.6 billion", "spending")]),
    ("2022-11-25", "In the north, which covers the hills from Eglinton to Derry, the turnout was up 3.8 per cent.",
     [s("3.8 per cent", "turnout")]),
    ("2022-11-25", "The mayor spoke, saying the levy was set at $4.1 million.", [s("$4.1 million", "levy")]),
    # a person who acts names nothing: what the text spoke of before
    ("2024-03-01", "Road repairs were the main topic. We have allocated $13.9 million for this year.",
     [s("$13.9 million", "road repairs")]),
    # a line-break tag inside a sentence is white space, no word of a noun phrase
    ("2023-12-01", "Since then, state <br />grants of $503,750 were made.", [s("$503,750", "state grants")]),
    # a name after a figure that ends like a participle ("Mahoning") is no predicate of it
    ("2020-08-20", "The jobless rate was 12.9% in July. Next came Trumbull County (northeast Ohio), 11.1% Mahoning County (Youngstown), 11%.",
     [s("12.9%", "jobless rate"), s("11.1%", "jobless rate"), s("11%", "jobless rate")]),
    # ... and in English: "came in real terms at 3.5%"; not an item named after "by" ("followed by Waikato at")
    ("2019-03-01", "Output growth came in real terms at 3.5%.", [s("3.5%", "output growth")]),
    ("2019-03-01", "Gisborne grew 7.2 percent, followed by Waikato at 6.4 percent.", [s("7.2 percent", "gisborne"), s("6.4 percent", "waikato")]),
    # a list's items after a name the text writes as one (not after a measure: "burglaries (essex)") are named alone
    ("2018-06-01", "Otago had the largest increase (8.6 percent), followed by Wellington (7.5 percent) and Nelson (7.3 percent). "
                   "Growth in Otago came from tourism.",
     [s("8.6 percent", "otago"), s("7.5 percent", "wellington"), s("7.3 percent", "nelson")]),
    ("2018-06-01", "Burglaries rose most in Kent (8.6 percent), followed by Essex (7.5 percent) and Surrey (7.3 percent).",
     [s("8.6 percent", "burglaries"), s("7.5 percent", "burglaries (essex)"), s("7.3 percent", "burglaries (surrey)")]),
    # a verb of holding names its object; a state after it ("holds steady") is none; nor does one who expects name what
    # is expected ("we expect it")
    ("2018-06-19", "The jobless rate holds steady at 4.1 percent.", [s("4.1 percent", "jobless rate")]),
    ("2018-06-19", "We expect it to reach 5% next year.", [s("5%", None)]),
    # ... nor does a noun of change after a verb of seeing ("saw the biggest jump")
    ("2020-03-01", "Kerry saw the biggest jump in the year with 310 people added to the register.", [s("310", "kerry")]),
    # a fronted topic, maybe limited ("For houses only,"), names what a vague clause subject ("the number") counts; the
    # change after a participle ("following a 2.7 percent fall") is of it too
    ("2016-12-19", "The number of new homes rose 2.6 percent. For houses only, the number fell 1.3 percent, following a "
                   "2.7 percent fall in September.",
     [s("2.6 percent", "new homes"), s("1.3 percent", "houses"), s("2.7 percent", "houses")]),
    # a change's noun after the words that name what changed ("The national GDP increase"): those words; a change alone
    # or after an adjective ("The largest decrease") names nothing of its own
    ("2020-03-01", "Otago grew fastest, by 7 percent. The national GDP increase was 5.5 percent.",
     [s("7 percent", "otago"), s("5.5 percent", "national gdp")]),
    ("2020-03-01", "Otago grew fastest, by 7 percent. The largest decrease was in Southland, 2 percent.", [s("7 percent", "otago"), s("2 percent")]),
    # the first item of a list of shares, each for what its preposition names, is for what its own names, as the others
    ("2024-03-01", "The council will spend 30% on roads, 25% on housing and 10% on parks.",
     [s("30%", "roads"), s("25%", "housing"), s("10%", "parks")]),
    ("2024-03-01", "Of the budget, 40% is for schools, 35% for hospitals and 25% for transport.",
     [s("40%", "schools"), s("35%", "hospitals"), s("25%", "transport")]),
    # ... though the figure before names nothing ("on" is not "for"), and not a time after it ("on the year")
    ("2024-03-01", "We will spend over a fifth (22%) on housing, 13% for parks, 12% for roads and 7% for libraries.",
     [s("over a fifth"), s("22%"), s("13%", "parks"), s("12%", "roads"), s("7%", "libraries")]),
    ("2024-03-01", "The authority will use 33% of its money on roads; 20% for housing, 12% for parks and 5% for libraries.",
     [s("33%"), s("20%", "housing"), s("12%", "parks"), s("5%", "libraries")]),
    ("2024-03-01", "Sales rose 5% on the year and 3% on the quarter.", [s("5%", "sales"), s("3%", "sales")]),
    # a change's noun, then "to" and a possessive or "the": what changed; not a time it ran to, nor a level it reached
    ("2016-02-18", "Residents will see an overall 2.34% increase to the property tax bill.", [s("2.34%", "property tax bill")]),
    ("2016-02-18", "The council voted for a 10% cut to its budget for 2016.", [s("10%", "budget")]),
    ("2016-02-18", "Exports posted a 3% gain to the end of June.", [s("3%", "exports")]),
    ("2016-02-18", "Sales had a 4% rise to the year to March.", [s("4%", "sales")]),
    ("2016-02-18", "Prices saw a 5% rise to 120 dollars.", [s("5%", "prices"), s("120 dollars", "prices")]),
    # "for the first time" tells when, no part of what is counted
    ("2016-05-01", "The district will pass 50,000 residents for the first time ever this year.", [s("50,000", "residents")]),
    # "compares to", "compares with": the figure after it is the one compared with, of its own time
    ("2016-05-01", "The town's 42,000 residents compares to 31,000 in 1996.",
     [s("42,000", "residents", year=2016, since=1996), s("31,000", "residents", year=1996)]),
    # a name alone as the subject of a change after a measured figure in the sentence: that measure, there
    ("2021-03-01", "The median rent in Kerry rose 8 per cent while Clare increased 5.1 per cent.",
     [s("8 per cent", "median rent"), s("5.1 per cent", "median rent (clare)")]),
    ("2019-02-01", "While burglaries went down 3pc nationally, Devon saw a 12pc rise to 2,310.",
     [s("3pc", "burglaries"), s("12pc", "burglaries (devon)"), s("2,310", "burglaries (devon)")]),
    # a source named with capitals after "according to", no comma after it, maybe after "the": the words after it open the clause
    ("2019-07-01", "According to Statistics Canada the jobless rate was 5.2%.", [s("5.2%", "jobless rate")]),
    ("2019-07-01", "According to the Central Statistics Office unemployment rose by 4.5%.", [s("4.5%", "unemployment")]),
    # a preposition ("despite") or a participle alone ("representing", "recorded") names nothing
    ("2024-02-20", "The council faces a £9 million gap, despite a 4.99 per cent council tax increase.",
     [s("£9 million", "gap"), s("4.99 per cent", "council tax")]),
    ("2023-07-20", "Over a third of offences were thefts, with the figure of 8,214 representing a 12 per cent rise.",
     [s("Over a third", "offences"), s("8,214", "offences"), s("12 per cent", "offences")]),
    # "in a bid to", "in an effort to": an aim, not what a change was in
    ("2023-02-10", "The health board will make cuts of £6 million in an effort to close its deficit.",
     [s("£6 million", one_of=["cuts", "make cuts"])]),
    # a figure's own "of" names it, not the clause before it left out
    ("2023-02-10", "The board agreed to cut spending by £4 million and draw £9 million of reserves.",
     [s("£4 million", "spending"), s("£9 million", "reserves")]),
    # "but" opens a clause of its own, whose subject is its figure's; so does "and" after a figure in words
    ("2023-03-01", "Car thefts rose by 4.1% to 1,310 but arson fell by 2.2% to 415.",
     [s("4.1%", "car thefts"), s("1,310", "car thefts"), s("2.2%", "arson"), s("415", "arson")]),
    ("2023-03-01", "Shoplifting went up by a quarter and fraud rose 18pc.", [s("a quarter", "shoplifting"), s("18pc", "fraud")]),
    # "according" opens a source, never a noun counted; an adverb ("включительно", "дополнительно") names nothing
    ("2022-06-23", "The number of pupils in the county has risen to almost 9,400 according to figures from the department.",
     [s("almost 9,400", "pupils")]),
    ("2021-03-10", "Благодаря новым фермам увеличится производство молока до 12 тысяч тонн дополнительно.", [s("12 тысяч тонн", "производство молока")]),
    # a share after a fronted whole, then a copula and what the part is: the part ("female"), not the whole
    ("2023-05-30", "Of the town's residents, 51.2% were female & 48.8% male. Of those incidents, 32% happened at night.",
     [s("51.2%", "female"), s("48.8%", "male"), s("32%", "incidents")]),
    # a participle of saying after the speaker's clause: what is said has the subject
    ("2016-12-14", "The finance minister gave an update on Wednesday, saying the province's deficit has passed $1 billion.",
     [s("$1 billion", "province's deficit")]),
    # a verb that is one only before its object: before a figure it ends the subject; after a noun and before a
    # preposition it is a participle of the noun's
    ("2012-03-01", "Tourism generated $80 million last year. Revenue generated by tourism rose 4%.",
     [s("$80 million", "tourism"), s("4%", "revenue generated by tourism")]),
    # what figures show, then an aside between commas, then its verb: what is shown is measured
    ("2018-12-05", "Provisional figures show Marlow's economy, which includes its port, grew 6.2 percent last year.",
     [s("6.2 percent", "marlow's economy")]),
    # a participle after "and" before a noun is an adjective of it: the list goes on, and "respectively" shares it out
    ("2012-04-20", "Prices.\n\nDomestic and imported food prices rose 0.6% and 2.9% respectively.",
     [s("0.6%", has="domestic"), s("2.9%", "imported food prices")]),
    # a change in a measure whose name is capitalised: what changed, not a place
    ("2023-11-20", "Prices.\n\nThe annual change in the Island Consumer Price Index was 2.6 per cent.",
     [s("2.6 per cent", "annual change in the island consumer price index")]),
    # an amount compared with a plan or a budget right after it: the clause names what it counts
    ("2018-12-01", "Revenue news.\n\nBusiness taxes are $4.2 million above plan.", [s("$4.2 million", "business taxes")]),
    ("2018-12-01", "Revenue news.\n\nThe agency is $3.1 million over budget.", [s("$3.1 million", "agency")]),
    # "X, whose population grew": the population of X (also of a place after a preposition)
    ("2017-02-10", "Census news.\n\nGrowth was fastest in Pine Harbour, whose population grew from 410 in 2011 to 530 in 2016.",
     [s("410", "population of pine harbour"), s("530", "population of pine harbour")]),
    ("2017-02-10", "Census news.\n\nThe town of Elm Bay, whose population is 2,400, voted.", [s("2,400", "population of elm bay")]),
    # a contracted negative is a verb, no noun of the figure; a participle alone after money says what was done with it
    ("2024-01-10", "Tax news.\n\nFive per cent isn't a bad tax rate.", [s("Five per cent", "bad tax rate")]),
    ("2024-01-10", "Parks news.\n\nThe city fixed a fence at Elm Park, which had $80,000 budgeted.", [s("$80,000", "fence at elm park")]),
    # a verbless line's opening phrase before its time and comma is what the figure measures; a participle alone is no phrase
    ("2017-09-01", "Crop tour.\n\nFarms planted less.\nOat acres in 2017, -6.1% vs. 2016\nOat yield in 2016, +1.5 bu/acre vs. 2015",
     [s("-6.1%", "oat acres"), s("+1.5 bu/acre", "oat yield")]),
    (None, "Farmers planted less.\nComing to February 2024, 9% growth has been seen.", [s("9%", "farmers")]),
    # a verb that shows a change: what shows it is measured
    ("2019-01-20", "Prices report.\n\nThe consumer price index of December 2018 indicated an increase of 0.3%.",
     [s("0.3%", "consumer price index")]),
    # "hits" is a verb of level: the noun phrase before it is the subject
    ("2024-05-01", "Budget news.\n\nThe territory's net debt hits $7bn with no payment plan in place.", [s("$7bn", "territory's net debt")]),
    # an initialism keeps its full stops; words between dashes that open with a determiner are an aside
    ("2018-12-01", "Almost nine per cent of P.E.I.'s seeded area went unharvested.", [s("Almost nine per cent", "p.e.i.'s seeded area")]),
    ("2022-09-01", "The state's labour force - the employed plus the unemployed - grew by 3100 to a record 281,400 in August.",
     [s("3100", "state's labour force"), s("281,400", "state's labour force")]),
    # a verb of saying after its auxiliary: what is said has the subject, not who says it
    ("2012-10-01", "The Government has predicted the GDP to grow to £2.4 billion by 2015-16.", [s("£2.4 billion", "gdp")]),
    ("2011-12-01", "The government is forecasting the province's deficit will grow by $48.2 million.",
     [s("$48.2 million", "province's deficit")]),
    # a change "by" a number of jobs is of what the clause names; "cut 300 jobs" counts the jobs
    ("2018-10-01", "The territory's labour force rose by 600 jobs or 2.4 per cent. The mine cut 300 jobs.",
     [s("600", "territory's labour force"), s("2.4 per cent", "territory's labour force"), s("300", "jobs")]),
    # "figure of" after a noun is a measure of its own, not a vague head before what it is of
    ("2016-10-01", "The true population figure of the islands is 2,563.", [s("2,563", "true population figure of the islands")]),
    # people after a level verb or "to": the clause's subject says whose count it is; not after "there are"
    ("2018-03-01", "The resident population reached 5,940 persons in Fall 2017.", [s("5,940", "resident population")]),
    ("2018-03-01", "The labour force rose to 61.5 thousand individuals in May.", [s("61.5 thousand", "labour force")]),
    ("2018-03-01", "There are about 5000 people whose jobs depend on salmon.", [s("about 5000", "people")]),
    # a list item that orders a change ("Increase X from A to B"): X is what changes, not a noun "increase"
    ("2019-11-05", "Council changes:\n\n- Increase street repair budget from $11.8 million to $12.3 million",
     [s("$11.8 million", "street repair budget"), s("$12.3 million", "street repair budget")]),
    # the items of a list a colon opens inline: each amount, then what it is for
    ("2020-02-10", "The plan adds $127 million: $46 million for the flood relief fund; $8 million for rural roads.",
     [s("$127 million", None), s("$46 million", "flood relief fund"), s("$8 million", "rural roads")]),
    # a list item that opens with its amount: what it is for, its verbs only after its first comma
    ("2006-03-28", "* $9.2 million for culture, including covering the cost of new libraries.", [s("$9.2 million", "culture")]),
    # a figure alone in brackets after its preposition is that preposition's object: the clause and the list go on
    ("2019-01-20", "Harbour prices increased by (+0.3%) and hill prices increased by (+0.1%) over the quarter.",
     [s("+0.3%", "harbour prices"), s("+0.1%", "hill prices")]),
    ("2019-01-20", "The groups that contributed to the increase in the index were: Clothing at (+1.1%), Transport at (+0.5%).",
     [s("+1.1%", "clothing"), s("+0.5%", "transport")]),
    # "with", a noun phrase (and its time) and a level's participle: the figure is the phrase's, not the clause's
    ("2016-02-01", "The island's economy grew steadily, with its output for the year to March 2015 standing at £980 million.",
     [s("£980 million", "output")]),
    ("2016-02-01", "Prices rose again, with the jobless rate holding at 4.1% in May.", [s("4.1%", "jobless rate")]),
    # an ampersand joins two nouns of one phrase, as "and" does
    ("2024-06-10", "Utility bill: $99.74\n\nWater & sewer charges: $412.60\n", [s("$99.74", "utility bill"), s("$412.60", "water & sewer charges")]),
    # "far" before a comparative is no noun of the clause
    ("2023-12-15", "The town ended the year with a surplus of $2.7 million, far less than the $11.6 million it held in October.",
     [s("$2.7 million", "surplus"), s("$11.6 million", "surplus")]),
    # a person acting, also in a contraction ("we'll"), names no subject, nor lends one to the next sentence
    ("2024-05-01", "We've gone through our budget process and this will be part of the forecast update that we'll be producing "
                   "before Christmas. This is about jobs, this is about growth here and will be matched by $40 million from the "
                   "council.", [{"mention": "$40 million", "subject": None}]),
    # a noun before a change's noun after a percentage names what changed ("3.2-percent GDP growth", "a 5 percent wage increase")
    ("2024-05-01", "Last fall the treasury forecast 3.2-percent GDP growth for 2025.", [s("3.2-percent", "gdp growth")]),
    ("2024-05-01", "Nurses won a 5 percent wage increase.", [s("5 percent", "wage")]),
    # an adverb and a participle after a change open the clause of its cause ("mainly driven by"), not what it counts
    (None, "Monthly inflation continued to fall over the month by 0.2% mainly driven by cheaper fruit, and the agency counted 3,000 newly registered firms.",
     [s("0.2%", "monthly inflation", direction="down"), s("3,000", "newly registered firms")]),
    # "in" and a time the text does not mark as one ("in the third quarter") name no item of a list
    (None, "The jobless rate stayed high. The rates, 7.4 percent in the second quarter and 6.9 percent in the third quarter, came after a low.",
     [s("7.4 percent", "jobless rate"), s("6.9 percent", "jobless rate")]),
    # a month or a year between a noun's words names which ("the preliminary March rate"); one after its noun does not
    (None, "The preliminary March rate was 0.3 point below the March 2023 rate of 4.2%.",
     [s("0.3", "preliminary march rate"), s("4.2%", "rate")]),
    (None, "Burglaries saw a 4.1 per cent decrease with 94 incidents this year compared to 98 last year.",
     [s("4.1 per cent", "burglaries"), s("94", "burglaries"), s("98", "burglaries")]),
    # an amount "as part of" something is within it, which does not say what the amount is
    (None, "The government will cut the deficit by a further $40 million as part of the 2025 budget.",
     [s("$40 million", "deficit")]),
    # a period of comparison written as a word ("year-on-year") qualifies the noun it stands before
    (None, "Ghana's year-on-year inflation stood at 23.2% in May, down from 25.8% in April.",
     [s("23.2%", "ghana's year-on-year inflation"), s("25.8%", "ghana's year-on-year inflation")]),
    # a preposition in "-ing" after a figure ("during") opens no predicate of it
    (None, "Non-food inflation rose from 3.8 percent to 4.4 percent during this period.",
     [s("3.8 percent", "non-food inflation"), s("4.4 percent", "non-food inflation")]),
    # a bulleted line with a verb is a sentence, no label: its subject, and the places after it its items
    (None, "Shelter use by island:\n  • The percent of sheltered people was highest in Oahu (58.7%), followed by Maui (45.0%).",
     [s("58.7%", "percent of sheltered people"), s("45.0%", "percent of sheltered people")]),
    # a thousand nights or more are stays, what the figure counts (not a span of time)
    (None, "Visitors spent almost 15 million nights in the islands, 5.7% more than a year before.",
     [s("almost 15 million", "nights"), s("5.7%", "nights")]),
    # an amount after an article is an adjective of the noun after it, a verb after that or not
    (None, "Ministers admit the $11-billion deficit is the largest in the province's history.", [s("$11-billion", "deficit")]),
    # a speaker's name before the colon of a turn is who speaks, not what the figure measures
    ("2022-03-01", "Ann Reyes: The council spent $12 million on parks.\n\nTom Hale: That was $440 million last year. "
                   "Is that enough?\n\nAnn Reyes: No.", [s("$12 million", "parks"), s("$440 million", "parks")]),
    # a change in brackets right after a noun is that noun's, whatever follows the brackets
    (None, "Wheat output fell 4 percent while rice output (down by 9.2 percent) posted a third yearly contraction.",
     [s("4 percent", "wheat output"), s("9.2 percent", "rice output")]),
    # but not a noun of the predicate ("are above average (by 20 per cent)"): the clause's subject
    (None, "This week barley yields in the south are above average (by 15 per cent).", [s("15 per cent", "barley yields")]),
    # ... and after a bracket ("(310 units) moving from"): the clause's subject, not the participle
    (None, "Garden tools had the largest fall (310 units) moving from 1,200 to 890 in a year.",
     [s("310", "garden tools"), s("1,200", "garden tools"), s("890", "garden tools")]),
    # a quoted name that ends the subject loses its closing mark
    (None, "The group ‘Clerks’ rose by 6.0 percent.", [s("6.0 percent", "group clerks")]),
    # a participle and its "from" after a comma ("going from N to M"): the clause before says of what
    (None, "Membership has grown steadily, going from 300 in 2010 to 900 in 2020.",
     [s("300", "membership"), s("900", "membership")]),
    # a present participle after a comma, then the figure: the clause before says of what
    (None, "Clothing prices rose by 5.2 per cent, contributing 0.4 percentage points.",
     [s("5.2 per cent", "clothing prices"), s("0.4 percentage points", "clothing prices")]),
    # an aside between commas that a present participle opens stands between the subject and its verb
    (None, "The national CPI, covering both towns and villages, rose by 2.1 per cent in May.", [s("2.1 per cent", "national cpi")]),
    # "that of", "those of": the measure said before, of a new item
    (None, "Burglaries rose by 6.2 per cent to 2,410 and that of car thefts by 1.4 per cent to 980.",
     [s("6.2 per cent", "burglaries"), s("2,410", "burglaries"), s("1.4 per cent", "car thefts"), s("980", "car thefts")]),
    (None, "Exports of wool rose 5% while those of timber fell 3%.", [s("5%", "exports of wool"), s("3%", "timber")]),
    # a plural noun spelled like a verb of level ("stays") before its own verb is the noun
    (None, "The number of hotel stays was 3.2 million last year.", [s("3.2 million", "hotel stays")]),
    # "which" after a place that follows a preposition: the noun before the preposition with it, else the clause's figure
    (None, "In all, 48,210 calls were made across Kent, which was 3,100 fewer than in May.",
     [s("48,210", "calls"), s("3,100", "calls")]),
    (None, "The county saw 61.2 crimes per 1,000 people, below the rate across England and Wales, which stood at 84.1.",
     [s("61.2", "crimes per 1,000 people"), s("84.1", "rate across england and wales")]),
    # "which" right after an amount's unit stands for the amount, whose subject is the clause's
    (None, "Output of maize is estimated at 31.4 million tonnes which is higher by 2.2 million tonnes than the average.",
     [s("31.4 million tonnes", "output of maize"), s("2.2 million tonnes", "output of maize")]),
    # an adverb after the figure names nothing ("instead"): the clause's subject
    (None, "The old plant was producing only 77 MW instead of 440 MW.", [s("77 MW", "old plant"), s("440 MW", "old plant")]),
    # "Of the visitors counted ..., N were": a count of the whole its clause opens with, the noun before the participle
    (None, "Of the visitors counted at the border in May, 41 200 came for business.", [s("41 200", "visitors")]),
    # "that" after a preposition is a determiner ("In that time"), not a clause's start
    ("2012-05-01", "Running costs fell by 30% since 2008. In that time staff costs have decreased by 12%.",
     [s("30%", "running costs"), s("12%", "staff costs")]),
    # what a price is for ("a tonne", "per barrel") is not what it measures
    (None, "Iron ore was at $120. It would fall to $95 a tonne.", [s("$120", "iron ore"), s("$95", "iron ore")]),
    # a noun that only counts ("cases", "people") after a figure of a clause that names its measure
    (None, "The number of fatal crashes fell by 30%, from 117 cases in 2019 to 82 in 2020. A total of 7,192 people died.",
     [s("30%", "fatal crashes"), s("117", "fatal crashes"), s("82", "fatal crashes"), s("7,192", "people")]),
    # a list of names with values in brackets opened by a typed dash: its first item is one of them
    (None, "There were 512 suspected cases - Kano (280), Jigawa (201) and Borno (31).",
     [s("512", "suspected cases"), s("280", has="kano"), s("201", has="jigawa"), s("31", has="borno")]),
    # ... also of decimals, a whole part of 100 or more among them
    (None, "Прирост населения на 10 тысяч жителей был в трех районах: Ивнянском (2,2), Чернском (48,6) и Уфимском (201,7).",
     [s("трех", "районах"), s("2,2", has="ивнянском"), s("48,6", has="чернском"), s("201,7", has="уфимском")]),
    # a rate the word lists measure in percent, right after a percentage, past the words of its time
    (None, "The bureau recorded 0.2 percent month-on-month inflation, and the country has 5% unemployment.",
     [s("0.2 percent", "inflation"), s("5%", "unemployment")]),
    # "N were in <Place>" says where, not what; "one" closing a list of counts is a count
    (None, "A total of 64 hotspots were reported. Of these, 41 were in Selangor, 12 in Penang and one in Kedah.",
     [s("64", "hotspots"), s("41", "hotspots"), s("12", "hotspots"), s("one", "hotspots")]),
    (None, "Robberies — the number fell by 96.", [s("96", "robberies")]),
    # a word of the verb list that modifies the noun after it ("live births"); not "live in"
    (None, "There were 48,210 live births registered in 2021.", [s("48,210", "live births registered")]),
    # "fell short at", "came in at": the level the clause's subject reached
    (None, "Growth in the farm sector was projected at 4.4 percent but it fell short at 3.9 percent.",
     [s("4.4 percent", "growth in the farm sector"), s("3.9 percent", "growth in the farm sector")]),
    # "there were N" after a time, in a clause someone reported: a count of what was spoken of before
    ("2022-05-01", "In 2017 police recorded 2,913 robberies. He said in 2018 there were 3,246, and in 2019 there were 3,018.",
     [s("2,913", "robberies"), s("3,246", "robberies"), s("3,018", "robberies")]),
    (None, "Over the holiday, officers wrote 1,940 speeding tickets and 310 parking tickets.",
     [s("1,940", "speeding tickets"), s("310", "parking tickets")]),
    (None, "About 9,500 work permits were issued, and some 2,000 migrants live in the capital.",
     [s("About 9,500", "work permits"), s("some 2,000", "migrants")]),
    # a relative pronoun no comma marks opens the figure's clause; a relative clause ends at the main clause's verb
    (None, "Police aim to cut the burglary rate which over the first ten months recorded a reduction of 8%.",
     [s("8%", "burglary rate")]),
    (None, "The number of people who died rose by 5%.", [s("5%", "people who died")]),
    (None, "The share of victims of burglary who reported the incident is 64%.", [s("64%", "victims of burglary")]),
    # a change noun alone names no measure: the clause's subject, the figure before or what was said before does
    (None, "The incidence rate of measles has shown a 17.7% decline since 2015.", [s("17.7%", "incidence rate of measles")]),
    (None, "Over the holidays there were 1 184 fatal crashes, a 2.3% drop.", [s("1 184", "fatal crashes"), s("2.3%", "fatal crashes")]),
    # an item of a list in brackets may have its article ("the Netherlands")
    (None, "Visits rose in Italy (27,000), the Netherlands (23,000) and Spain (20,000).",
     [s("27,000", has="italy"), s("23,000", has="netherlands"), s("20,000", has="spain")]),
    (None, "Tourists from Norway rose sharply. Tourists from Chile showed the smallest increase of 2,1% (from 8 250 to 8 422).",
     [s("2,1%", "tourists from chile"), s("8 250", "tourists from chile"), s("8 422", "tourists from chile")]),
    # "respectively" after more figures than the clause's subject has nouns: the list goes on before it
    (None, "Falls in fuel prices outweighed dearer staples like rice, sugar, bread and milk, which rose by 0.4, 1.2, 2.5 and 3.1 per cent, respectively.",
     [s("0.4", "rice"), s("1.2", "sugar"), s("2.5", "bread"), s("3.1 per cent", "milk")]),
    # a name in single quotes right before a bracket is what the figure in it measures, all of its words
    (None, "Most cases fell under 'theft by a servant or an agent' (31.2 per cent) and ‘fraud on the elderly’ (9%).",
     [s("31.2 per cent", "theft by a servant or an agent"), s("9%", "fraud on the elderly")]),
    # a clause that opens with a change and what changed: not the phrase after the verb that follows the figure
    (None, "Рост расходов городского бюджета на 7,2% обусловлен индексацией зарплат.", [s("7,2%", "расходов городского бюджета")]),
    # an aside between commas ("as measured by ...") stands between a subject and its verb; a compound
    # adjective ("police-reported") opens no participle's clause
    (None, "Police-reported crime, as measured by the severity index, increased 4% in 2022.", [s("4%", "police-reported crime")]),
    (None, "Self-reported fraud, according to the survey, fell by 6%.", [s("6%", "self-reported fraud")]),
    # "which" after a level verb's link stands for the noun phrase before its comma
    (None, "The office reported a slight fall in the jobless rate, which stood at 4.1% in May.", [s("4.1%", "jobless rate")]),
    # a change noun after a verb of having or recording: what changed is the verb's subject
    (None, "The transport index saw a 0.5% increase during the month.", [s("0.5%", "transport index")]),
    (None, "Retail sales posted a 5% rise in March.", [s("5%", "retail sales")]),
    (None, "Output posted 3.6 percent growth.", [s("3.6 percent", "output")]),
    (None, "Police recorded a 5% rise.", [s("5%", one_of=[None, "rise"])]),
    # a superlative's "most" belongs to the noun phrase
    (None, "Police recorded a 10% rise to 4,513 in the most serious sexual offences.", [s("10%", "most serious sexual offences"), s("4,513", "most serious sexual offences")]),
    # a headline's level verbs: "holding at", "still at", "unchanged at"
    (None, "Jobless claims holding at 3.8 million", [s("3.8 million", "jobless claims")]),
    (None, "Long Term Unemployed Still At 3.8 Million", [s("3.8 Million", "long term unemployed")]),
    # a list of semicolons: each name before its bare count, its verb left out, the last after "and"
    (None, "Ohio lost 11,300; the Northern District 6,100; Kent 5,000; and the Capital Region 3,100.",
     [s("11,300", "ohio"), s("6,100", "northern district"), s("5,000", "kent"), s("3,100", "capital region")]),
    # a phrase that opens the sentence names the topic when the figure's clause names nothing (not a place or a time)
    (None, "Spending rose.\n\nIn the health sector, Rs 72,000 crore was allocated.", [s("Rs 72,000 crore", "health sector")]),
    # "it now sits at": a level verb that ends in the amount's link; "it" stands for the subject before
    (None, "The jobless rate has gone up, it now sits at 5.4 per cent.", [s("5.4 per cent", "jobless rate")]),
    # "over-the-year", "over-the-month": a release's times, no counted noun
    ("2016-06-17", "Jobs were up 13,700 over-the-year and 1,100 over-the-month.", [s("13,700", "jobs"), s("1,100", "jobs")]),
    # a measure's value after a comma at the end of the sentence
    (None, "Goa reported the lowest number of cases, 1,535.", [s("1,535", one_of=["cases", "number of cases", "lowest number of cases"])]),
    # a relative clause that lists what the noun is, between commas, is no subject of the verb after it
    (None, "Violent crimes, which are murder, rape, robbery and assault, dropped from 46,032 to 45,394.",
     [s("46,032", "violent crimes"), s("45,394", "violent crimes")]),
    (None, "Property crimes, which are burglary, larceny/theft and arson, also decreased, and are down 2 percent.",
     [s("2 percent", "property crimes")]),
    # someone's change, then what it is in ("we are down 2 percent in overall crime"); not a place
    (None, "We are down 2 percent in overall crime this year.", [s("2 percent", "overall crime")]),
    (None, "We are up 5 percent this year in burglaries.", [s("5 percent", "burglaries")]),
    (None, "We are down 5 percent in the Bronx.", [s("5 percent", one_of=[None])]),
    # an ampersand between letters is part of a word ("A&E", "R&D")
    (None, "Figures show only 94.8 per cent of all A&E patients were seen within four hours.", [s("94.8 per cent", "a&e patients")]),
    (None, "R&D spending rose by 4.1% last year.", [s("4.1%", "r&d spending")]),
    # a list of categories, each with its change in brackets; names with "&" and a capitalised "Other"
    (None, "The largest rises were in Energy (+9.2%), Food & Other Groceries (+4.4%) and Rent (+2.1%).",
     [s("+9.2%", "energy"), s("+4.4%", "food & other groceries"), s("+2.1%", "rent")]),
    # "compared to" opens the value compared with, of the same measure; it is no counted noun or event
    (None, "Claims stood at 8,200 compared to 7,900 in May.", [s("8,200", "claims"), s("7,900", "claims")]),
    (None, "There were 3,100 trainee nurses compared to 2,800 a year earlier.",
     [s("3,100", "trainee nurses"), s("2,800", "trainee nurses")]),
    # the whole a share is of, opening its clause; an "of" inside the clause before opens none
    (None, "Police recorded more burglaries. Of those burglaries, 41% happened at night.", [s("41%", "burglaries")]),
    (None, "Fraud accounts for 35% of all crimes and is increasing by 30% annually.", [s("35%", "fraud"), s("30%", "fraud")]),
    # people after a count are defined by the relative clause after them, up to an adverbial after its noun
    (None, "The survey found 2.4 million people who have used the new service at least once.",
     [s("2.4 million", "people who have used the new service")]),
    # after "we have seen", "we’ve seen", what is measured is what was seen
    (None, "We’ve seen the vacancy rate drop to 3.2 per cent.", [s("3.2 per cent", "vacancy rate")]),
    # ... and after a participle of showing, past the words that lead to it
    (None, "The statistician presented the results of the survey showing the jobless rate fell to 4.1 percent.",
     [s("4.1 percent", "jobless rate")]),
    # a verb of recording after a count says how it was counted, not what: the figure it is compared with does
    (None, "Police recorded 5 120 accidents against 4 310 registered a year earlier.", [s("5 120", "accidents"), s("4 310", "accidents")]),
    (None, "In 2021, 5,849 accidents were recorded, compared to the 7,079 recorded in 2020.",
     [s("5,849", "accidents"), s("7,079", "accidents")]),
    # "a N% drop in overall X": the modifier that "overall" is may open what changed
    (None, "The commissioner announced a 12.4 per cent drop in overall crime.", [s("12.4 per cent", "overall crime")]),
    # the units a figure is counted in name nothing: what the clause counts does
    (None, "The retail price index rose to 104.6 units in March.", [s("104.6", "retail price index")]),
    # ... and after any subject that saw something change ("the year saw X rise by"); a thing seen with no change is counted as it stands
    (None, "The latest figures saw burglaries rise by 14%.", [s("14%", "burglaries")]),
    # a change that restates the figure before ("representing a 3% increase") is of what that figure counts
    (None, "The service received about 412,000 calls, representing a four percent increase on the year before.",
     [s("about 412,000", "calls"), s("four percent", "calls")]),
    (None, "Rice output reached 4.2 million tonnes, reflecting a 1.8 percent annual decline.",
     [s("4.2 million tonnes", "rice output"), s("1.8 percent", "rice output")]),
    # a figure after "amounted to" does not open its clause: no word of a longer opener ("due to") makes it do so
    (None, "Remittances in April amounted to $1.8 billion recording a decrease of $104 million.",
     [s("$1.8 billion", "remittances"), s("$104 million", "remittances")]),
    # ... but a preposition of one does ("with 2,323 deaths in 25 states": of the states)
    (None, "The country has recorded 69,925 suspected cases of cholera with 2,323 deaths in 25 states and FCT since this year.",
     [s("69,925", "suspected cases of cholera"), s("2,323", "deaths"), s("25", "states")]),
    # "posted" after an amount says how it was counted, not what: the clause names it
    (None, "This year's catch was lower than the 4.3 million tonnes posted a year earlier.", [s("4.3 million tonnes", has="catch")]),
    (None, "In all, 2,914 cases of measles (representing a 22 per cent reduction) were treated in clinics.",
     [s("2,914", "cases of measles"), s("22 per cent", "cases of measles")]),
    (None, "Some 61,000 new jobs will be created, representing a 2.5 per cent increase in the numbers at work.",
     [s("Some 61,000", "new jobs"), s("2.5 per cent", "numbers")]),
    (None, "Over 18,000 reports were filed online. This translates into a 31 percent increase.",
     [s("Over 18,000", "reports"), s("31 percent", "reports")]),
    (None, "The first quarter saw 420 deaths on the roads.", [s("420", "deaths")]),
    (None, "We have seen youth unemployment fall to 9.8 per cent.", [s("9.8 per cent", "youth unemployment")]),
    # a participle after a comparative opens a comparison, it is not what is counted
    (None, "There were 4.1 million cars on the roads, 52,000 more compared with the spring.",
     [s("4.1 million", "cars"), s("52,000", "cars")]),
    # people are counted by what was done to them; an active verb is no part of the subject
    (None, "In 2010, 1,850 people were killed on the roads.", [s("1,850", "people killed")]),
    (None, "Over 3.2 million people have received vaccines.", [s("Over 3.2 million", "people")]),
    # "respectively" gives each figure the noun of its place; a comma list shares its change
    (None, "Robberies and thefts fell by 6.1% and 4.2% respectively.",
     [s("6.1%", "robberies", direction="down"), s("4.2%", "thefts", direction="down")]),
    (None, "Burglaries fell by 2%, 4% and 9% in the three regions.",
     [s("2%", "burglaries", direction="down"), s("4%", "burglaries", direction="down"),
      s("9%", "burglaries", direction="down")]),
    (None, "Crime fell by 5%, 30% of thefts were solved.", [s("5%", "crime", direction="down"), s("30%", "thefts", direction=None)]),
    # who speaks is not what is measured; what was said has the subject
    (None, "The minister said inflation slowed to 6 percent.", [s("6 percent", "inflation")]),
    # "снижение по мошенничеству — на 9,8%": what changed after "по", its size after the dash (not after a place: "по области")
    ("2024-03-01", "Число убийств сократилось на 21%. Отмечается снижение по мошенничеству — на 9,8%. Отмечен рост по области — на 3%.",
     [s("21%", "убийств", direction="down"), s("9,8%", "мошенничеству", direction="down"), s("3%", "мошенничеству", direction="up")]),
    # a participle's time inside a noun phrase is no part of it, and does not end it
    ("2024-03-01", "Ведомство зафиксировало снижение зарегистрированных в прошлом году разбойных нападений на 45,5%.",
     [s("45,5%", "зарегистрированных разбойных нападений", direction="down")]),
    # the dash of a time ("январем —маем") opens no clause after a label
    ("2023-06-20", "За 5 месяцев зафиксировали 160 415 преступлений. По сравнению с январем —маем 2022 года их количество "
                   "увеличилось на 1,4%.", [s("160 415", "преступлений"), s("1,4%", "преступлений", direction="up")]),
    # a pronoun after a preposition stands for what was named before ("на нее предусмотрено")
    (None, "Вторая по объему программа – «Развитие дорожного комплекса», на нее предусмотрено 60,1 млрд рублей.",
     [s("60,1 млрд рублей", "развитие дорожного комплекса", direction=None)]),
    # a short passive participle is the clause's verb, not its subject ("отмечена", "зафиксирован")
    (None, "В районном разрезе самая высокая средняя пенсия отмечена в Зеленовском районе — 212 400 тенге.",
     [s("212 400 тенге", "самая высокая средняя пенсия", direction=None)]),
    # "although" opens a clause, no noun phrase ("... of 6 per cent although for others it is ..."); "for the first time" is no
    # purpose of a payment
    (None, "Bills for flats will rise by 6 per cent although for others the rise is smaller.", [s("6 per cent", "bills for flats")]),
    (None, "For the first time many homes will be paying over £2,000 a year.", [s("over £2,000", "homes", direction=None)]),
    # a count that opens its clause before a verb of saying counts who said it, not what they said
    (None, "The council received 420 submissions. About 20 said rates were too high.",
     [s("420", "submissions"), s("About 20", "submissions")]),
    # a small letter glued after an amount ("£1,641.95p") names nothing; a capital one names an item ("for B")
    (None, "The Band D bill will be £1,641.95p. Bands stay at £775.33 for A and £904.56 for B.",
     [s("£1,641.95", "band d bill", direction=None), s("£775.33", "bands", direction=None), s("£904.56", "b", direction=None)]),
    # a preposition of two words goes on with the noun phrase ("deaths due to cancer", "offences related to drugs")
    (None, "There were 1,132 deaths due to cancer, and police recorded 420 offences related to drugs.",
     [s("1,132", "deaths due to cancer"), s("420", "offences related to drugs")]),
    # an age names which people are counted ("people aged 85 and over", "youths aged 15 to 24"), its number no figure
    (None, "The number of people aged 85 and over was 34,400. Youths aged 15 to 24 numbered 3,100.",
     [s("34,400", "people aged 85 and over", direction=None), s("3,100", "youths aged 15 to 24", direction=None)]),
    # a connective adverb after an amount ("therefore", "however") opens a clause, no noun phrase
    (None, "We shall sell each bag at Kshs. 1,900 unlike in shops where you will find one bag at Kshs. 3,250 therefore farmers save.",
     [s("Kshs. 1,900", one_of=[None], direction=None), s("Kshs. 3,250", one_of=[None], direction=None)]),
    # an adverb that opens the sentence is no part of its subject
    (None, "Elsewhere rents rose by 4%. Nationally unemployment fell to 4.1%.", [s("4%", "rents"), s("4.1%", "unemployment", direction=None)]),
    # ... also after "were told", "was advised", "heard": what they were told
    (None, "Councillors were told construction cost inflation has risen by 14% in a year.", [s("14%", "construction cost inflation")]),
    (None, "The committee was advised rents had gone up by 6%.", [s("6%", "rents")]),
    (None, "The meeting heard the roads budget will rise by €2.4m.", [s("€2.4m", "roads budget")]),
    (None, "The president said he considered it necessary to allocate 2.2 trillion rubles ($30 billion) for housing programmes.",
     [s("2.2 trillion rubles", "housing programmes"), s("$30 billion", "housing programmes")]),
    (None, "The president acknowledged several challenges, including inflation speeding up to 9 percent.",
     [s("9 percent", None)]),
    # "equals" is a verb of level; a rate belongs to its own figure (the points a change is counted in name nothing)
    (None, "The rate fell by 40 points and equals 1,150 crimes per 100,000 population.",
     [s("40", None, direction="down"), s("1,150", "crimes per 100,000 population", direction=None)]),
    # money is measured by what it is allocated to; "this purpose" is what was said before
    (None, "The minister said it was necessary to allocate 2.1 trillion rubles for family support measures.",
     [s("2.1 trillion rubles", "family support measures")]),
    (None, "The government will spend $4 billion on rural roads.", [s("$4 billion", "rural roads")]),
    (None, "School meals got more expensive. We have assigned 6.2 billion roubles for this purpose.",
     [s("6.2 billion roubles", "school meals")]),
    # an acronym is no function word ("IT", not "it"); the pronoun of a relative clause is not the subject
    (None, "The number of crimes committed using IT fell by 4 percent, but the damage they caused grew to 90 billion rubles.",
     [s("4 percent", "crimes committed using it"), s("90 billion rubles", "damage")]),
    # "a record low of N" names no subject of its own
    (None, "Unemployment is at a record low of 3.1 percent.", [s("3.1 percent", "unemployment")]),
    # "averaged" is a verb of level; a quarter is a time, not what changed
    (None, "Given the weak trend, the jobless rate averaged 4.4 percent in the first quarter.",
     [s("4.4 percent", "jobless rate")]),
    (None, "Exports grew by 2 percent in spring, after a decline of 0.5 percent in the first quarter.",
     [s("2 percent", "exports"), s("0.5 percent", "exports")]),
    (None, "How many officers does the force have?\n\nSome 35,000 at the moment.", [s("Some 35,000", "officers")]),
    # "– a N% increase" restates the change of what the sentence counted; so does "from a N% rise" (another value of it)
    (None, "There were 900 burglaries in the year – a 4 per cent increase.",
     [s("900", "burglaries"), s("4 per cent", "burglaries")]),
    (None, "Arrests show a rising trend, from a two per cent rise in 2015 to three per cent the next year.",
     [s("two per cent", "arrests"), s("three per cent", "arrests")]),
    # a change named before its size, and what changed after it
    (None, "Figures show a fall of 640 over the year in the number of traffic wardens.",
     [s("640", "traffic wardens")]),
    # a hedge before a restated figure is no label: the figure measures what the one before it did
    (None, "Inflation will be about 4 percent, perhaps 3.8 percent.",
     [s("about 4 percent", "inflation"), s("3.8 percent", "inflation")]),
    # a pronoun after an aside stands for the subject earlier in its sentence, not the topic before
    (None, "Exports picked up after a weak spring. Inflation is also moderate: in summer, it slowed to 3 percent.",
     [s("3 percent", "inflation")]),
    (None, "The number of drug-related crimes has increased by 12 percent.",
     [s("12 percent", "drug-related crimes")]),
    (None, "The total number of registered crimes decreased by 3 percent.",
     [s("3 percent", "registered crimes")]),
    (None, "Police detained 4,300 drug couriers.", [s("4,300", "drug couriers")]),
    (None, "We recorded a 6 percent rise in juvenile crime.", [s("6 percent", "juvenile crime")]),
    (None, "Juvenile crime was down 6 percent.", [s("6 percent", "juvenile crime")]),
    (None, "Some 40 percent of the convicts are repeat offenders.", [s("Some 40 percent", "convicts")]),
    (None, "Fraudsters caused damage of 12 billion rubles.", [s("12 billion rubles", "damage")]),
    (None, "The Federal Migration Service has a staff of 35,000 people.",
     [s("35,000", one_of=("staff", "people"))]),
    (None, "The number of registered foreigners reached 10.6 million.",
     [s("10.6 million", "registered foreigners")]),
    (None, "Damage from cyber fraud reached 156 billion rubles.",
     [s("156 billion rubles", has="damage")]),
    (None, "The Ministry's budget amounted to 1.2 trillion rubles.", [s("1.2 trillion rubles", has="budget")]),
    (None, "The proportion of solved murders is 92 percent.", [s("92 percent", "solved murders")]),
    (None, "The amount of seized heroin grew by 14 percent.", [s("14 percent", "seized heroin")]),
    (None, "There were 14,500 fatalities and 166,500 injuries on the roads.",
     [s("14,500", "fatalities"), s("166,500", "injuries")]),
    (None, "Police seized 3 tons of cocaine, 12 tons of hashish and 450 kilograms of heroin.",
     [s("3 tons", "cocaine"), s("12 tons", "hashish"), s("450 kilograms", "heroin")]),
    (None, "Drug seizures increased by 25 percent, to 38 tons.",
     [s("25 percent", "drug seizures"), s("38 tons", "drug seizures")]),
    (None, "Cyber crimes rose by 30 percent and reached 680,000.",
     [s("30 percent", "cyber crimes"), s("680,000", "cyber crimes")]),
    (None, "The number of drug addicts is falling: their number has decreased by 9 percent.",
     [s("9 percent", "drug addicts")]),
    (None, "Cyber crimes rose to 680,000. This figure is 30 percent higher than in 2022.",
     [s("680,000", "cyber crimes"), s("30 percent", "cyber crimes")]),
    # solved crimes are not the crimes registered: the verb that says which is kept
    (None, "The police solved 520,000 crimes, which is 4 percent more than a year earlier.",
     [s("520,000", "solved crimes"), s("4 percent", "solved crimes")]),
    (None, "The number of IT crimes grew 25 times.", [s("25 times", "it crimes")]),
    (None, "Two hundred Russian regions' officers took part.", [s("Two hundred", has="officers")]),
    (None, "The number of crimes committed by foreign citizens and stateless persons in the Moscow region "
           "during the reporting period decreased by 3 percent.",
     [s("3 percent", has="crimes committed by foreign citizens")]),
    (None, "Road deaths fell 5 percent and injuries 7 percent.",
     [s("5 percent", "road deaths", direction="down"), s("7 percent", "injuries", direction="down")]),
    (None, "Juvenile crime, according to our data, is down 6 percent.", [s("6 percent", "juvenile crime")]),
    (None, "The number of crimes committed by foreigners dropped by 8.7 percent, while their share fell to 3.3 percent.",
     [s("8.7 percent", "crimes committed by foreigners"), s("3.3 percent", has="foreigners")]),
    (None, "The COVID-19 pandemic cut tourism by 60 percent.", [s("60 percent", "tourism")]),
    (None, "Illegal migrants make up 60 percent of the workforce at these sites.",
     [s("60 percent", direction=None)]),
    (None, "Half a million people visited the exhibition.", [s("Half a million", "people visited the exhibition")]),
    # a list whose dash stands for the verb: each amount takes the noun before its dash
    ("2021-06-01", "The number of car thefts fell by 12.5%, burglaries – by 9.4%, frauds – by 3.1%.",
     [s("12.5%", "car thefts"), s("9.4%", "burglaries"), s("3.1%", "frauds")]),
    ("2021-06-01", "Arson fell almost twice, looting – almost thrice, including shop looting – by 40%.",
     [s("almost twice", "arson", direction="down"), s("almost thrice", "looting", direction="down"),
      s("40%", "shop looting", direction="down")]),
    # "vs." and "respectively" are never what is counted
    ("2021-06-01", "Arrests fell sharply: 7.7 thousand vs. 5.1 thousand respectively.",
     [s("7.7 thousand", "arrests"), s("5.1 thousand", "arrests")]),
    # a percentage then a comparative counts the noun after it
    ("2021-06-01", "Police recorded 6.2% fewer burglaries than a year earlier.", [s("6.2%", "burglaries", direction="down")]),
    # an aside in brackets between a count and its noun
    ("2021-06-01", "In 2020, 31,408 (+2.4% compared with 2019) road accidents were recorded.",
     [s("31,408", "road accidents"), s("+2.4%", "road accidents", direction="up", year=2020, since=2019)]),
    # a phrase such as "according to" ends the noun phrase
    ("2021-06-01", "The number of fires recorded in the region according to the ministry fell by 8%.",
     [s("8%", "fires recorded")]),
    # a clause after "and" that has its own noun and verb
    ("2021-06-01", "Unemployment fell to 4.8% and inflation rose to 6.5%.",
     [s("4.8%", "unemployment"), s("6.5%", "inflation")]),
    # two figures joined by "and" share the noun after the second
    ("2021-06-01", "Earlier we saw 2 percent and 2.4 percent increases in exports.",
     [s("2 percent", "exports", direction="up"), s("2.4 percent", "exports", direction="up")]),
    # a change counted in people is about the clause's subject
    ("2021-06-01", "The number of jobless dropped by 0.4 million people.", [s("0.4 million", "jobless", direction="down")]),
    # "it" after a sentence without figures stands for that sentence's subject
    ("2021-06-01", "Exports rose by 5 percent. Car production gained pace after a weak spring. By October, it was up 3.2 percent.",
     [s("5 percent", "exports"), s("3.2 percent", "car production")]),
    # a noun phrase alone before its figure, or before a dash that spells it out
    ("2021-06-01", "Car thefts: -4.1%, burglaries: +2.3%.",
     [s("-4.1%", "car thefts", direction="down"), s("+2.3%", "burglaries", direction="up")]),
    # a place or a level before a dash is not what the figure counts
    ("2021-06-01", "Unemployment remains at a low level – 3.1%.", [s("3.1%", "unemployment")]),
    # "and more than 200": "more" belongs to the qualifier, not to a comparison
    ("2021-06-01", "Officers detained 40 smugglers and more than 200 persons suspected of fraud.",
     [s("40", "smugglers", direction=None), s("more than 200", "persons suspected of fraud", direction=None)]),
    # a change noun with a hyphenated word between
    ("2021-06-01", "Shoplifting is behind a 9% year-on-year rise in thefts.", [s("9%", "thefts", direction="up")]),
    # "which" after "a rise in X" stands for X
    ("2021-06-01", "The agency said this was driven by a rise in shoplifting, which jumped 12% to 5,200 offences.",
     [s("12%", "shoplifting", direction="up"), s("5,200", "offences")]),
    # a figure in brackets right after another restates it
    ("2021-06-01", "Vehicle crime went up by a third (33%) to 2.1 million offences.",
     [s("a third", "vehicle crime", direction="up"), s("33%", "vehicle crime", direction="up"), s("2.1 million", "offences")]),
    # "a rise to N in X": the change and the level are both of X
    ("2021-06-01", "The figures show a 14% rise to 512 in the murder rate.",
     [s("14%", "murder rate", direction="up"), s("512", "murder rate")]),
    # a period before the subject is not part of it
    ("2021-06-01", "Over the past financial year exports are up 3%.", [s("3%", "exports", direction="up")]),
    # common verbs end a subject; "this year" after a noun is a time, not an object
    ("2021-06-01", "Of the 40 people injured, 31 were discharged. Nine people remain in hospital.",
     [s("40", "people injured"), s("31"), s("Nine", "people")]),
    ("2021-06-01", "The area burned by wildfires this year is almost a quarter of the 2019 figure.",
     [s("almost a quarter", "area burned by wildfires")]),
    # ... not a count, which names what it counts, nor a figure of a clause of its own inside the participle's
    ("2020-01-01", "After adding 3,000 jobs in May, the state lost 1,200 in June.", [s("3,000", "jobs"), s("1,200", "state")]),
    ("2020-01-01", "Pointing out that about Rs 200 crore was allocated for skill labs, the release said more was due.",
     [s("about Rs 200 crore", "skill labs")]),
    # a name's possessive right before a figure compared with another name's measure: that measure, this name's
    ("2012-01-01", "Carlow's population was 24,272, ahead of Kilkenny's 22,179.",
     [s("24,272", "carlow's population"), s("22,179", "kilkenny's population")]),
    ("2012-01-01", "The county's jobless rate was 9.1 percent, up from February's 8.8 percent.",
     [s("9.1 percent", "county's jobless rate"), s("8.8 percent", "county's jobless rate")]),
    # a rate's unit before a bracketed change is no subject: the change is of the amount before it
    ("2025-11-20", "Daily spending rose to $268 per person compared with $229 per person (+17.3%) a year earlier.",
     [s("$268", "daily spending"), s("$229", "daily spending"), s("+17.3%", "daily spending")]),
    # a footnote's mark glued to a word is no part of the subject
    ("2025-11-20", "The statewide average daily census¹ was down 4.7% on a year earlier.", [s("4.7%", "statewide average daily census")]),
    # a verb that changes its object, with no "by" before the amount, is no range's verb
    ("2020-01-01", "The levy could increase anywhere from 2.5 percent to 9.75 percent next year.",
     [s("from 2.5 percent to 9.75 percent", "levy")]),
    # "lags" and "trails" are verbs that end the subject before them
    ("2020-01-01", "Scotland's health service still lags 13% behind its 2019 turnover.", [s("13%", "scotland's health service")]),
    # a leading place with a second place joined by "and" is no part of the subject
    ("2020-01-01", "In Melbourne and Sydney house prices rose 5%.", [s("5%", "house prices")]),
    ("2012-07-01", "В Омской области и Республике Алтай инфляция с начала года составила 4,2%.", [s("4,2%", "инфляция")]),
    ("2012-07-01", "В республике Хакасии цены выросли на 3,7%.", [s("3,7%", "цены")]),
    ("2012-07-01", "В Москве и области цены выросли на 2%.", [s("2%", "цены")]),
    # a share of a generic noun names nothing measured: what the clause raises is measured
    ("2023-05-01", "The ordinance raises the existing fee from 50 percent of the allowable amount to 100 percent.",
     [s("50 percent", "existing fee"), s("100 percent", "existing fee")]),
    # a qualifying word before a compound head's generic noun names nothing measured
    ("2021-06-01", "The national figure of 5.1% was lower.", [only("5.1%", subject=None)]),
    # a clause whose subject is "we" has no measured subject, not the topic said before
    ("2021-06-01", "The Government supports doctors. We will transfer another 12 billion roubles to the regions.",
     [only("12 billion roubles", subject=None)]),
    # "nationwide" is no part of the noun
    ("2021-06-01", "The latest data show 3,208 fatalities nationwide.", [s("3,208", "fatalities")]),
    # "as" and an article open a clause of their own, whose subject the figure measures
    ("2021-06-01", "Overall output slowed last month as the pace of rural building fell by 4.2 per cent.",
     [s("4.2 per cent", "pace of rural building", direction="down")]),
    # a list of examples after a noun, commas and all, is part of the noun's phrase and no subject itself
    ("2021-06-01", "Offences such as burglary, car theft and arson fell 6.1 per cent to 41,900 last year.",
     [s("6.1 per cent", "offences", direction="down"), s("41,900", "offences")]),
    # a plural that a verb's list shares is a noun before a change verb or a copula, or opening its phrase
    ("2021-06-01", "Housing starts rose by 3.5 percent in May, while rural starts were down 2 percent.",
     [s("3.5 percent", "housing starts", direction="up"), s("2 percent", "rural starts", direction="down")]),
    # a list item of places keeps the clause's subject, in the item's place; a source after a dash, behind a clause
    # with its verb, is none
    ("2019-08-01", "В Омской области зарплаты выросли на 9,6 процента, в Томске – на 8,1 процента.",
     [s("9,6 процента", "зарплаты"), s("8,1 процента", "зарплаты в томске")]),
    ("2010-06-01", "Инфляция в Армении в мае составила 1 % — статистика", [s("1 %", "инфляция")]),
    # "overall" (a function word of "finished two overall") opens a noun phrase as a head's modifier; an aside between dashes
    ("2023-08-17", "The overall pass rate – the share of entries graded A to C – has fallen to 74.1% this year.",
     [s("74.1%", "overall pass rate")]),
    # a plural a verb's list shares, opening its sentence before a preposition, is a noun
    ("2014-09-01", "Visits from mainland Europe grew by 11.2 per cent over the summer.",
     [s("11.2 per cent", "visits from mainland europe", direction="up")]),
    ("2021-06-01", "Starts of detached homes fell 7 per cent.", [s("7 per cent", "starts of detached homes", direction="down")]),
    # "i.e." opens an apposition that names the measure; "one year earlier" is the year before the one just named
    ("2021-06-01", "The change in consumer prices, i.e. inflation, was 6.3 per cent in 2019, having been 1.9 per cent one year earlier.",
     [s("6.3 per cent", "inflation", year=2019), s("1.9 per cent", "inflation", year=2018)]),
    # a word right after a preposition is no verb ("of live births"), and a relative clause between commas names nothing
    ("2021-06-01", "The share of live births outside marriage, which fell for the first time in years, was 47.9% in 2020.",
     [s("47.9%", "live births outside marriage", year=2020)]),
    # a leading preposition's object runs to the article that opens the clause's own noun
    ("2021-06-01", "In volume terms the demand for power was 21,300 gigawatt hours.", [s("21,300 gigawatt hours", "demand for power")]),
    # "followed by" ends the noun phrase of what is counted
    ("2021-06-01", "The coast recorded 2,210 thefts followed by Lakeside's 1,980.", [s("2,210", "thefts"), s("1,980", "thefts")]),
    # ... but not an auxiliary ("has increased")
    ("2021-06-01", "Thefts from cars were a problem. Their number has increased by 12 per cent.",
     [s("12 per cent", "thefts from cars", direction="up")]),
    # a phrase that qualifies the noun ("as a whole", "as a share of GDP") is no clause and names nothing
    ("2021-06-01", "The average rent for the county as a whole is €1,410 a month.", [s("€1,410", "average rent for the county")]),
    ("2021-06-01", "The deficit as a proportion of national output narrowed to 3.1% last year.",
     [s("3.1%", "deficit", year=2020)]),
    # a cause after the figure ("due to", "owing to") counts nothing
    ("2021-06-01", "The number of cars sold rose by 1,200 due to a tax cut.", [s("1,200", "cars", direction="up")]),
    ("2021-06-01", "Arrivals grew by 3,400 owing to new flights.", [s("3,400", "arrivals", direction="up")]),
    # figures that "show" say; what they show has the subject
    ("2021-06-01", "The latest figures show unemployment rose to 5.2%.", [s("5.2%", "unemployment")]),
    ("2021-06-01", "Surveys in the region reveal turnout fell by 6%.", [s("6%", "turnout", direction="down")]),
    # ... but a relative before "show" stands for the noun right before it, and no clause is said
    ("2021-06-01", "Other gauges, such as building permits which show a rise of 12%, point the same way.",
     [s("12%", "building permits", direction="up")]),
    # the owner of a change its verb names, past an adjective of the change, a modal and an adverb
    ("2021-06-01", "Burglaries witnessed a substantial 24 percent reduction.", [s("24 percent", "burglaries", direction="down")]),
    ("2021-06-01", "Small firms will probably see a 10% increase.", [s("10%", "small firms", direction="up")]),
    # a time between a verb of saying and what was said
    ("2021-06-01", "The board said today rice stocks shrank 4 per cent.", [s("4 per cent", "rice stocks", direction="down")]),
    # a participle right before the amount, in a clause whose subject acts, ends the words before the figure
    ("2021-06-01", "The agency said it has disbursed $265 million under the scheme.", [s("$265 million", None)]),
    ("2021-06-01", "The fund says it disbursed $265 million to farmers.", [s("$265 million", None)]),
    # a change noun after "natural" names a measure, a level; a copula's count of people is of the clause's subject
    ("2021-06-01", "Births fell. The region's natural increase was 4,300 people in 2020.",
     [s("4,300", "natural increase", year=2020)]),
    ("2021-06-01", "Естественная убыль населения составила 5 200 человек.", [s("5 200", "естественная убыль населения")]),
    ("2021-06-01", "This year alone the death toll was 900 people.", [s("900", "death toll")]),
    ("2021-06-01", "There were 700 people at the rally.", [s("700", "people")]),
    # a change noun in a prepositional phrase ("with a 52 per cent decrease") is a change of the clause's subject
    ("2021-06-01", "Burglary in Northfield was next with a 52 per cent decrease.", [s("52 per cent", "burglary", direction="down")]),
    # a bulleted label that a capital opens names its amount, even where its first word is also a verb
    ("2021-06-01", "Spending by ministry:\n• Works and Infrastructure : $2.4 billion\n• Sinking Fund contributions : $61.4 billion",
     [s("$2.4 billion", "works and infrastructure"), s("$61.4 billion", "sinking fund contributions")]),
    # any of the glyphs pages mark a list with ("♦", "■", "➢") is a bullet before a line's label
    ("2021-06-01", "The council will spend $90 million in taxes.\n\n♦ Fire Service: $12.5 million.\n\n■ Public Libraries: $3.2 million.",
     [s("$90 million", "taxes"), s("$12.5 million", "fire service"), s("$3.2 million", "public libraries")]),
    # money "in" a time ("in the fourth quarter") is no name of the money
    ("2021-06-01", "Average weekly pay rose by 2 percent to $955 in the fourth quarter.",
     [s("2 percent", "average weekly pay", direction="up"), s("$955", "average weekly pay")]),
]

SUBJECTS_RU = [
    # "за первое полугодие" is a time after what happened to the people counted, no part of it
    ("2020-07-10", "Более 220 человек погибло за первое полугодие в дорожно-транспортных происшествиях.", [s("Более 220", "погибло")]),
    # "по итогам" and a year in digits open the clause: a time, no subject
    ("2025-12-20", "Губернатор отметил, что по итогам 2025 года ВРП края составит 5,8 трлн рублей.", [s("5,8 трлн рублей", "врп")]),
    # a list of nouns that opens the sentence is the subject whole
    ("2019-09-10", "Кражи, грабежи и разбои выросли на 5%.", [s("5%", "кражи грабежи и разбои")]),
    # a clause of its own in brackets, its verb and subject there, is no aside of the noun before the brackets
    ("2019-03-20", "Индекс добычи составил 104,2% (сократилась добыча угля на 3,1%).",
     [s("104,2%", "индекс добычи"), s("3,1%", "добыча угля")]),
    # a place before a dash in a gapped list is no subject of a count with its own noun after it
    ("2017-08-01", "За полгода Томск посетили 90 тысяч туристов, Омскую область — 64 тысячи туристов.",
     [s("90 тысяч", "туристов"), s("64 тысячи", "туристов")]),
    # a time's part between a noun phrase and its verb ("к началу 2018 года") is no part of the phrase
    ("2018-05-01", "Уровень безработицы в городе к началу 2018 года составил 1,23% от экономически активного населения.",
     [s("1,23%", "безработицы")]),
    # nouns with an adjective's ending open the subject as other nouns do
    ("2023-05-01", "Грабежей зарегистрировано 120, разбоев — 14.", [s("120", "грабежей"), s("14", "разбоев")]),
    ("2023-05-01", "Овощей собрали более 49 тысяч тонн.", [s("более 49 тысяч тонн", "овощей")]),
    # a source after a dash, past a comparative, at the end of a clause with its verb, names nothing
    ("2017-02-14", "Снега этой зимой вывезли в два раза больше - аким Уральска.", [s("в два раза", "снега")]),
    # a comparative in -ее after a change verb names nothing ("росла медленнее")
    ("2018-04-20", "В первом квартале экономика росла медленнее – на 1,4 процента.", [s("1,4 процента", "экономика")]),
    # a linking phrase after a verb and a phrase of manner ("сложился в сопоставимых ценах на уровне"): the verb's subject
    ("2010-08-20", "Темп роста ВВП за семь месяцев сложился в сопоставимых ценах на уровне 7%.", [s("7%", "ввп")]),
    # words between dashes after a vague noun ("показатель") name it: no aside
    ("2024-03-01", "Итоги.\n\nГлавный социальный показатель — средняя зарплата — выросла на 12%.", [s("12%", "средняя зарплата")]),
    ("2018-12-01", "Доходы.\n\nНалоговые доходы составили 2 млрд рублей сверх плана.", [s("2 млрд рублей", "налоговые доходы")]),
    # "оценил", "создана" are verbs: the measure before them, and the noun after a passive, are the subject
    ("2015-06-01", "Безработица.\n\nУровень безработицы за квартал Росстат оценил в 5,1%.", [s("5,1%", has="безработицы")]),
    ("2026-01-01", "Бюджет.\n\nДля доработки закона создана рабочая группа из 15 человек.", [s("15", "рабочая группа")]),
    # "экономический рост" names a measure; an adverb may stand between the change's noun and its verb
    ("2024-03-01", "Итоги.\n\nПо итогам 2023 года экономический рост здесь составил 2,8%.", [s("2,8%", "экономический рост")]),
    ("2024-03-01", "Итоги.\n\nЗа пять месяцев промышленный рост составил 4,3%.", [s("4,3%", "промышленный рост")]),
    # "медленнее всего", "быстрее всего": adverbs of the predicate, no part of the subject after them
    ("2017-09-01", "Итоги.\n\nМедленнее всего промпроизводство растет в Витебской области — на 2,4%.", [s("2,4%", "промпроизводство")]),
    # "наш" is a determiner: no part of the subject, nor of the place after it
    ("2026-01-15", "Итоги года.\n\nНа конец 2025 года безработица в нашем регионе составляла 1,1%.", [s("1,1%", "безработица")]),
    # a verb that is also a time ("составляет") opens its clause even with a place after it: the subject is before the aside
    ("2024-03-01", "Итоги года.\n\nВаловой региональный продукт, по словам губернатора, составляет на Орловщине 104%.",
     [s("104%", "валовой региональный продукт")]),
    # adjectives joined by "и" share their noun, and "соответственно" gives each figure its own
    ("2024-02-01", "Население сокращается.\n\nЕстественная и миграционная убыль в области составила 4120 и 1310 человек соответственно.",
     [s("4120", "естественная убыль"), s("1310", "миграционная убыль")]),
    # who counted it ("статистики подсчитали, что ...") is not what "она" stands for
    ("2025-11-20", "Инфляция в области замедлилась.\n\nСтатистики подсчитали, что в октябре она составила 7,4 процента.",
     [s("7,4 процента", "инфляция")]),
    # the purpose before its verb, after a time; the noun before a place named by a common noun, before brackets
    ("2024-07-01", "Губернатор подвёл итоги.\n\nВ 2023 году на поддержку местных фермеров направлено 1,4 млрд рублей.",
     [s("1,4 млрд рублей", "поддержку местных фермеров")]),
    ("2024-07-01", "Итоги года.\n\nПрезидент отметил, что рост ВРП в субъекте (3,1%) выше среднего.", [s("3,1%", "врп")]),
    # "столько же" counts what follows it; "там" opens the clause
    ("2024-06-01", "Цены растут.\n\nСтолько же говядины стоит свыше 520 рублей.", [s("свыше 520 рублей", "говядины")]),
    ("2024-06-01", "Цены растут.\n\nТам урожай составил 2,1 млн тонн.", [s("2,1 млн тонн", "урожай")]),
    ("2018-10-01", "Занятость в районе выросла на 250 рабочих мест.", [s("250", "занятость в районе")]),
    # free word order: the noun after a copula, before the bracketed figure, is what it measures
    ("2018-02-01", "Наиболее урожайными в районе были гречиха (14 центнеров с гектара) и овёс (22 центнера с гектара).",
     [s("14 центнеров с гектара", "гречиха"), s("22 центнера с гектара", "овёс")]),
    # "стоит", "стоил": verbs of a price, after what costs it
    ("2024-05-01", "Литр бензина АИ-92 стоил в Туле 51,2 руб.", [s("51,2 руб.", "литр бензина аи-92")]),
    ("2024-05-01", "Ярмарка открылась.\n\nДесяток яиц стоит 89 руб.", [s("89 руб.", "десяток яиц")]),
    # a masculine short participle from the verb lists ends the subject before it
    ("2023-10-01", "Цены растут.\n\nСев озимых культур проведен на площади 54,1 тыс. га.", [s("54,1 тыс. га", "сев озимых культур")]),
    # a line's label before a bracketed date, a dash, then its figure and the people it counts
    ("2024-01-01", "Цены растут.\n\nНаселение (на 1 января 2023 г.) - 1125,4 тыс. человек.", [s("1125,4 тыс.", "население")]),
    # a masculine short participle after its auxiliary ("был собран") is no subject: the noun after it is
    ("2021-10-01", "В Орловской области в этом году был собран рекордный урожай подсолнечника - 1,2 миллиона тонн.",
     [s("1,2 миллиона тонн", "рекордный урожай подсолнечника")]),
    # a source before the comma ("По данным МЧС,") is no topic the figure is of
    ("2024-08-20", "По данным МЧС, из района эвакуированы уже более 12 тыс. человек.", [s("более 12 тыс.", "эвакуированы из района")]),
    # a predicate's superlative fronted before the subject ("самым дорогим") is no part of it
    ("2012-06-05", "Самым дорогим набор продуктов в мае оставался в Якутии (5 210,4 руб.).", [s("5 210,4 руб.", "набор продуктов")]),
    ("2020-03-01", "Самой низкой безработица в феврале была в Липецкой области - 3,1%.", [s("3,1%", "безработица")]),
    # a change noun, then a verb of what happened and where, then its size: the change is of the noun after it
    ("2016-03-20", "Наибольшее сокращение ВРП произошло в Минской области — на 13,1%.", [s("13,1%", "врп")]),
    # "как сообщает X," names a source, a parenthetical: "она" is what the sentence before measured
    ("2010-06-01", "Средняя зарплата в области составила 12 тыс. рублей. Как сообщает ИА Regions, по сравнению с 2009 годом она "
                   "увеличилась на 10%.", [s("12 тыс. рублей", "средняя зарплата"), s("10%", "средняя зарплата")]),
    # a time, then the noun, then a verb known by its ending alone: the noun is the subject, not the verb
    ("2025-02-01", "К концу декабря прошлого года бюджет области получил около 98,2 млрд руб.", [s("около 98,2 млрд руб.", "бюджет области")]),
    # «относительно» перед периодом сравнения — предлог: то, с чем сравнивают, не подлежащее
    (None, "Пенсия пенсионеров области увеличилась относительно аналогичного периода 2023 года на 9,4%.",
     [s("9,4%", "пенсия пенсионеров области")]),
    # существительные с окончанием глагола («торговли», «отрасли», «земли») не обрывают именную группу
    (None, "Оборот оптовой торговли вырос на 4,2%, а выпуск продукции отрасли — на 1,8%.",
     [s("4,2%", "оборот оптовой торговли"), s("1,8%", "выпуск продукции отрасли")]),
    (None, "Кадастровая стоимость земли выросла на 7,5%.", [s("7,5%", "кадастровая стоимость земли")]),
    # наречие («суммарно», «сразу», «практически») не открывает именную группу: «от суммарно начисленного оклада» — база доли
    (None, "Надбавка за выслугу может составлять 150% от суммарно начисленного оклада.", [s("150%", "надбавка")]),
    # после места в начале предложения предлог внутри именной группы («индекс цен на товары») не делает её обстоятельством
    (None, "В Удмуртской Республике индекс цен на товары и услуги составил 100,6%.", [s("100,6%", "индекс цен на товары и услуги")]),
    # «по итогам» и период заканчивают именную группу: период, который подытоживает число, — не то, что оно измеряет
    (None, "В округе уровень безработицы по итогам пяти месяцев 2011 года составлял 3,9%.", [s("3,9%", "безработицы")]),
    # «по итогам» и число месяцев — период: подлежащее за ним («этот показатель» — то, о чём сказано раньше)
    (None, "Сбор налогов растет. По итогам 9 месяцев этот показатель сложился на уровне в 107,2%.", [s("107,2%", "сбор налогов")]),
    # длинное название в кавычках перед тире — то, что измеряет число (с запятыми и «кроме» внутри)
    (None, "Рост отмечен по видам деятельности: «Обработка древесины, кроме мебели» – 107,9%; "
           "«Производство резиновых и пластмассовых изделий» – 116,1%.",
     [s("107,9%", "обработка древесины кроме мебели"),
      s("116,1%", "производство резиновых и пластмассовых изделий")]),
    # краткое причастие мужского рода — сказуемое, а не часть названия; время между ними не мешает
    (None, "Дефицит областного бюджета на 2026 год предусмотрен в объеме 4,5 млрд рублей.",
     [s("4,5 млрд рублей", "дефицит областного бюджета")]),
    # an amount between dashes before a verb is an aside of the phrase before it; with no verb after, the phrase after
    # the dash is what the share is ("— 56% — кражи")
    (None, "Долг составил 132,7 млн рублей. Большая часть этой суммы — 132,5 млн рублей — накоплена за прошлый год.",
     [s("132,7 млн рублей", "долг"), s("132,5 млн рублей", has="суммы")]),
    (None, "Зарегистрировано 900 преступлений. Больше половины из них — 56% — кражи.",
     [s("900", "преступлений"), s("Больше половины"), s("56%", "кражи")]),
    # a noun phrase with a prepositional phrase opening its sentence, then a dash: what the figure measures
    (None, "Основные параметры бюджета по доходам – 7,2 миллиарда рублей.",
     [s("7,2 миллиарда рублей", "основные параметры бюджета по доходам")]),
    # ... and in a speaker's turn, past the speaker's name
    (None, "Анна Петрова: Основные параметры бюджета по доходам – 7,2 миллиарда рублей.\n\nИван Сидоров: Спасибо.",
     [s("7,2 миллиарда рублей", "основные параметры бюджета по доходам")]),
    # a comma of a list of adjectives that "и" closes is no clause's end; a parenthetical's comma is
    (None, "Средняя зарплата работников крупных, средних и малых предприятий составила 64 210 рублей.",
     [s("64 210 рублей", has="зарплата")]),
    (None, "Как отметил министр, по предварительным данным, валовый сбор овощей составит 100,2 тыс. тонн.",
     [s("100,2 тыс. тонн", "валовый сбор овощей")]),
    # a verbless clause of a comparative and what it is compared with: the subject is before the comparative
    (None, "Заболеваемость детей ниже уровня эпидпорога на 38,2%.", [s("38,2%", "заболеваемость детей")]),
    # a round number after a year and its noun is a change, no rate's denominator ("10,7 детей на 1000 человек" is one)
    ("2024-02-01", "В 2023 году на 1000 человек выросло число выпускников.", [s("1000", "выпускников", direction="up")]),
    # a change in brackets right after a noun is that noun's; after a degree ("незначительно") the noun follows
    (None, "Выпуск молока вырос на 2%, тогда как выпуск сыров (рост на 7,5%) обновил рекорд.",
     [s("2%", "выпуск молока"), s("7,5%", "выпуск сыров")]),
    (None, "Увеличилось, впрочем, незначительно (на 0,4 процента) и число разбоев.", [s("0,4 процента", "разбоев")]),
    # a dash between the verb and the count of people it counts
    (None, "В январе родилось 8 739 детей, умерло – 11 365 человек.", [s("8 739", "детей"), s("11 365", "умерло")]),
    # a gerund's clause ("показав прирост") measures the main clause's subject
    (None, "Доходы бюджета достигли 62,3 млрд рублей, показав прирост в 7,2%.",
     [s("62,3 млрд рублей", "доходы бюджета"), s("7,2%", "доходы бюджета")]),
    # a list item's label before the dash that opens a clause of "количество" / "the number"
    (None, "Из них:\n  • краж — количество снизилось на 96;\n  • грабежей — число выросло на 12.",
     [s("96", "краж"), s("12", "грабежей")]),
    # an aside ("по оценке ведомства") between the subject and its verb, a time before the subject
    (None, "За неделю индекс цен, по оценке ведомства, составил 100,2%.", [s("100,2%", "индекс цен")]),
    # people counted by where they live ("живут" is a verb though short); an existence verb says nothing of them: what
    # was said before does
    (None, "В пригородах живут 48 тысяч человек.", [s("48 тысяч", "живут в пригородах")]),
    (None, "Безработица растет.\n\nВ районе насчитывается 3 200 человек без работы.", [s("3 200", "безработица")]),
    # a particle that opens the clause ("Только", "Лишь") is not its subject, nor the time after it
    (None, "Только за период с 3 по 9 марта на дорогах области погибли 12 человек.", [s("12", "погибли на дорогах области")]),
    # a unit of time alone after a preposition is a time, no subject ("за квартал")
    (None, "Доход, полученный от аренды, за квартал составил 86 352 тенге.", [s("86 352 тенге", "доход полученный от аренды")]),
    # a change noun with what changed after it keeps it; alone, the clause's subject
    (None, "Доходы выросли на 18,5%. Три четверти прироста доходов дал налог на прибыль.", [s("18,5%", "доходы"), s("Три четверти", has="прироста")]),
    # a short participle is the clause's verb ("запланирован", "выделен", "утвержден")
    (None, "Дефицит бюджета запланирован на уровне 1,2% ВВП.", [s("1,2%", "дефицит бюджета")]),
    # "месяцем ранее" is a time, not the noun of the figure before it
    ("2026-02-05", "Товары стали дорожать быстрее – 11,7% против 11,1% месяцем ранее.", [s("11,7%", "товары"), s("11,1%", "товары")]),
    # people counted by what happened to them, past an aside ("в том числе по неосторожности"); "человека" counts people
    (None, "За год погибло, в том числе по неосторожности, 22 человека.", [s("22", "погибло")]),
    (None, "В ДТП пострадали 3 человека.", [s("3", "пострадали в дтп")]),
    # ... and past the change in brackets after the count
    (None, "В авариях 143 (-45,4%) человека погибли.", [s("143", "человека погибли"), s("-45,4%", "человека погибли")]),
    # "в среднем" is no part of the noun before it
    (None, "Цены в среднем увеличились на 1,2%.", [s("1,2%", "цены")]),
    # the times something happened count that thing ("оружие" is a noun, not an adjective by its ending)
    (None, "Оружие применялось преступниками 3100 раз.", [s("3100", "оружие")]),
    # people counted by what happened to them, the verb after them
    (None, "За год более 12 тысяч человек погибли на дорогах.", [s("более 12 тысяч", "человек погибли")]),
    # "что на N% превышает показатель": what exceeds is the figure before, the noun after is the baseline;
    # a verb of the present ("превышает", "соответствует") is a verb
    (None, "Ущерб вырос до 90 млрд руб., что на 8,2% превышает прошлогодний показатель.", [s("90 млрд руб.", "ущерб"), s("8,2%", "ущерб")]),
    # an apposition of adjectives before a dash is no label; a generic result after a verb names no subject
    (None, "Обновлён рекорд добычи угля, самый высокий за всю историю региона – 12 миллионов тонн.", [s("12 миллионов тонн", one_of=[None, "рекорд добычи угля", "обновлён рекорд добычи угля"])]),
    (None, "В целом строительная отрасль дала хороший результат – 4,1 процента роста.", [s("4,1 процента", "строительная отрасль")]),
    # "составляла": the past of a level verb ends the subject before it
    (None, "В том году смертность составляла 6,9 процента.", [s("6,9 процента", "смертность")]),
    # the items of a list of causes, each label with a preposition in it, before or after its dash
    (None, "Причины пожаров:\n• неисправность печей в жилых домах – 12;\n• поджоги – 4.\nВиды:\n9 – пожары в гаражах;\n3 – возгорания травы.",
     [s("12", has="неисправность"), s("4", "поджоги"), s("9", has="пожары"), s("3", has="возгорания")]),
    # "в сумме", with a time or "в том числе" between the amount and what it is the amount of
    (None, "Утвердить объем доходов городского бюджета на 2026 год в сумме 4 512 300,00 рублей, в том числе субсидии в сумме 812 000,00 рублей.",
     [s("4 512 300,00 рублей", "доходов городского бюджета"), s("812 000,00 рублей", "субсидии")]),
    # a list item whose name holds a preposition; people counted by what happened to them
    (None, "Собрано ржи — 2,2 млн тонн, ячменя — 19,7 млн тонн, кукурузы на зерно — 11,6 млн тонн.",
     [s("2,2 млн тонн", has="ржи"), s("19,7 млн тонн", "ячменя"), s("11,6 млн тонн", "кукурузы на зерно")]),
    (None, "В 2023 году родилось 1,26 млн детей. В 2023 году умерло 1,76 млн человек.",
     [s("1,26 млн", "детей"), s("1,76 млн", "умерло")]),
    # ... also with the counted noun between the last figure and "соответственно"
    (None, "Число погибших и раненых сократилось до 6,2 тыс. и 9 тыс. человек соответственно.",
     [s("6,2 тыс.", "погибших"), s("9 тыс.", "раненых")]),
    (None, "А вот грабежей и разбоев стало меньше (на 6,6 процента и 4,3 процента соответственно).",
     [s("6,6 процента", "грабежей", direction="down"), s("4,3 процента", "разбоев", direction="down")]),
    # a word of the speaker's attitude is no subject
    (None, "Правда, воровать стали больше на 1,2 процента.", [s("1,2 процента", None)]),
    (None, "Министр заявил: рост ВВП составит 2%.", [s("2%", "ввп")]),
    (None, "На капитальный ремонт школ в 2025 году предусмотрено 4,2 млрд рублей.", [s("4,2 млрд рублей", "капитальный ремонт школ")]),
    (None, "На поддержку здравоохранения направлено почти 9,4 млрд рублей, 312 млн рублей выделено на ремонт дорог.",
     [s("почти 9,4 млрд рублей", "поддержку здравоохранения"), s("312 млн рублей", "ремонт дорог")]),
    (None, "Ущерб, который они причинили, вырос до 96 млрд рублей.", [s("96 млрд рублей", "ущерб")]),
    (None, "Во втором квартале выпуск вырос на 2%.", [s("2%", "выпуск")]),
    # an answer counts what its question asked
    (None, "– Сколько у нас сейчас участковых?\n\n– 42 тыс. человек.", [s("42 тыс.", "участковых")]),
    # two nouns joined by "и" are one subject, before a dash too; a fraction after such a dash keeps the change
    (None, "Число краж и грабежей выросло на 4%.", [s("4%", "краж и грабежей")]),
    (None, "Количество убийств сократилось на 12%, разбоев и грабежей – почти на треть.",
     [s("12%", "убийств", direction="down"), s("почти на треть", "разбоев и грабежей", direction="down")]),
    # "плюс" is the sign of a rise, no subject; a relative after a preposition ends the phrase
    (None, "Выросли налоги, поступления по которым увеличились на 3 млрд рублей, и пошлины — плюс 1 млрд рублей.",
     [s("3 млрд рублей", "поступления", direction="up"), s("1 млрд рублей", direction="up")]),
    # "это количество" before a verb of level stands for what was counted before
    (None, "За год погибли 19,5 тыс. человек. Десять лет назад это количество достигало 27 тысяч.",
     [s("19,5 тыс.", "погибли"), s("27 тысяч", "погибли")]),
    # people are counted by what happened to them, not by the clause before; an aside in brackets is no subject
    (None, "В авариях ранено 41 тыс. человек (примерно как и год назад), погибло 6 тыс. человек (снижение на 3%).",
     [s("41 тыс.", "ранено в авариях"), s("6 тыс.", "погибло"), s("3%", "погибло")]),
    # quotation marks around a name do not end the phrase
    (None, "Аварий с детьми на «зебрах» стало больше на 4%.", [s("4%", "аварий с детьми")]),
    # an adjective of a change names no subject: what changed was said before
    (None, "ВВП вырос на 1%. За три года общий рост — 8,2%.", [s("1%", "ввп"), s("8,2%", "ввп")]),
    # the figure before is no subject of the one after it
    (None, "Инфляция будет меньше шести процентов — 5,7-5,8 процента.",
     [s("меньше шести процентов", "инфляция"), s("5,7-5,8 процента", "инфляция")]),
    (None, "Число IT-преступлений выросло на 30%.", [s("30%", "it-преступлений")]),
    (None, "Количество дорожных аварий сократилось на 4%.", [s("4%", "дорожных аварий")]),
    (None, "Мошенничества выросли на 7%.", [s("7%", "мошенничества")]),
    (None, "Полицейские задержали 120 наркокурьеров.", [s("120", "наркокурьеров")]),
    (None, "Ущерб от киберпреступлений составил 156 млрд рублей.", [s("156 млрд рублей", "ущерб от киберпреступлений")]),
    (None, "Число краж снизилось на 9%, их количество составило 470 тыс.",
     [s("9%", "краж"), s("470 тыс.", "краж")]),
    ("2021-06-01", "Число поджогов уменьшилось с 420 до 380, грабежей – с 95 до 71, а краж с 1200 до 1100.",
     [s("420", "поджогов", direction=None), s("380", "поджогов"), s("95", "грабежей", direction=None), s("71", "грабежей"),
      s("1200", "краж", direction=None), s("1100", "краж")]),
    ("2021-06-01", "Число угонов снизилось почти вдвое, разбоев – почти втрое.",
     [s("почти вдвое", "угонов"), s("почти втрое", "разбоев", direction="down")]),
    ("2021-06-01", "Зарплаты оказались на 3% ниже прошлогодних.", [s("3%", "зарплаты", direction="down")]),
    ("2021-06-01", "Безработица снизилась до 4,8%, а инфляция выросла до 6,5%.",
     [s("4,8%", "безработица"), s("6,5%", "инфляция")]),
    # a leading prepositional phrase is not the subject
    ("2021-06-01", "Согласно оценке ведомства в марте безработица снизилась до 3,1%.", [s("3,1%", "безработица")]),
    ("2021-06-01", "По предварительным итогам безработица в этом году составит 3,2%.", [s("3,2%", "безработица")]),
    # an adjective of the prepositional case after its preposition ("в частном секторе") is the place's, not a subject
    ("2021-06-01", "В государственном секторе средняя зарплата выросла на 6,1%.", [s("6,1%", "средняя зарплата")]),
    # "X в N%": the figure measures the noun before "в"
    ("2021-06-01", "Годовая инфляция в 4,2% стала неожиданностью.", [s("4,2%", "годовая инфляция")]),
    # the subject between its verb and the figure; a month before a dash is no subject
    ("2021-06-01", "В мае и июне отмечалась дефляция 0,2% и 0,3% соответственно.",
     [s("0,2%", "дефляция"), s("0,3%", "дефляция")]),
    ("2021-06-01", "В январе инфляция составила 0,9%, в феврале – 0,7%.", [s("0,9%", "инфляция"), s("0,7%", "инфляция")]),
    # a participial clause between the subject and its verb, which is also a time word
    ("2021-06-01", "Прогноз ведомства, опубликованный в апреле, составляет 5,1%.", [s("5,1%", "прогноз ведомства")]),
    # "не выше", "не ниже" are bounds; a clause of a noun alone names its figure
    ("2021-06-01", "Ставка не ниже 7%.", [s("не ниже 7%", "ставка", qualifier="at_least")]),
    ("2021-06-01", "Правительство ждёт роста цен не выше 4%.", [s("не выше 4%", qualifier="at_most")]),
    # a comparative of price is a direction
    ("2021-06-01", "Хлеб стал дешевле на 5%, молоко – на 3%.",
     [s("5%", "хлеб", direction="down"), s("3%", "молоко", direction="down")]),
    # nouns in -тели are not verbs; an infinitive is one
    ("2021-06-01", "Банк прогнозировал более низкие показатели - 6,1%.", [s("6,1%", has="показатели")]),
    ("2021-06-01", "Аналитики прогнозировали более низкие показатели - 5,8%.", [s("5,8%", has="показатели")]),
    ("2021-06-01", "Больше всего краж зафиксировано в Казани — 11,2 тыс.", [s("11,2 тыс.", "краж")]),
    ("2021-06-01", "С начала года зарегистрировано 12,1 тыс. краж — это на 4,2 процента меньше показателя прошлого года.",
     [s("12,1 тыс.", "краж"), s("4,2 процента", "краж", direction="down")]),
    # a shared unit, and a modal verb that ends the subject
    ("2021-06-01", "Рост экспорта может быть 3,9 и даже 4%.", [s("3,9", "экспорта", unit="percent"), s("4%", "экспорта")]),
    ("2021-06-01", "Мы думали, что инфляция будет 6,1 [процента], оказалось – 5,4 [процента].",
     [s("6,1 [процента]", "инфляция", unit="percent"), s("5,4 [процента]", unit="percent")]),
    # a place before a dash, or adjectives alone, are no subject
    ("2021-06-01", "Такого не было в нашей новейшей истории – 105,3 миллиона тонн.", [only("105,3 миллиона тонн", subject=None)]),
    ("2021-06-01", "Мы думали, что она будет самой низкой – 6,1%.", [only("6,1%", subject=None)]),
    # "это" after a figure of the same sentence stands for what that figure counts
    ("2021-06-01", "В области за этот период зарегистрировали 12,4 тысячи краж, при этом это на 3,1% меньше, чем за аналогичный период.",
     [s("12,4 тысячи", "краж"), s("3,1%", "краж", direction="down")]),
    # a count in brackets measures the noun before them
    ("2021-06-01", "Чаще всего совершались кражи (почти 9 тысяч случаев) и грабежи (1,2 тысячи случаев).",
     [s("почти 9 тысяч", "кражи"), s("1,2 тысячи", "грабежи")]),
    # the change verb right after "на N%"
    ("2021-06-01", "По сравнению с 2020 годом на 3,3% возросло количество поджогов.",
     [s("3,3%", "поджогов", direction="up", year=2021, since=2020)]),
    # an infinitive in -ться is a verb; an adjective is not left without its noun
    ("2021-06-01", "Кражи стали выявляться почти в 1,5 раза чаще.", [s("почти в 1,5 раза", "кражи", direction="up")]),
    # an adjective of a time word is not left at the end of a subject; a noun in -гий is a noun
    ("2021-06-01", "Рост раскрытых краж прошлых лет составил 12,4%.", [s("12,4%", "раскрытых краж")]),
    ("2021-06-01", "Число преступлений с применением ИТ-технологий выросло на 9%.", [s("9%", "преступлений с применением ит-технологий")]),
    # a comparative that stands for the verb: "X ... меньше на N%"
    ("2021-06-01", "Пожаров стало меньше на 9%, \"гибели на воде\" в этом году меньше на 4 процента.",
     [s("9%", "пожаров", direction="down"), s("4 процента", has="гибели", direction="down")]),
    # a clause after "что" that is a noun and its figure
    ("2021-06-01", "А министерство говорит, что безработица 3,1%.", [s("3,1%", "безработица")]),
    # a passive clause whose opening place runs on has no subject; adjectives after the verb are none either
    ("2021-06-01", "На ремонт стоящих вдоль трассы мостов будут направлены дополнительные 40 млрд рублей.",
     [only("40 млрд рублей", subject=None)]),
    # a time inside the opening place does not end it
    ("2021-06-01", "В России ущерб от краж за 11 месяцев составил 12 млрд рублей.", [s("12 млрд рублей", "ущерб от краж")]),
    # a place after a noun is not what is counted, but the regions of a list that come next break the
    # same measure down, each its own series; a verbless clause before a dash is its own subject
    ("2021-06-01", "Больше всего краж в Казани — 11,2 тыс. Далее идут Пермский край (9,1 тыс.) и Тверская область (8,4 тыс.).",
     [s("11,2 тыс.", "краж"), s("9,1 тыс.", "краж (пермский край)"), s("8,4 тыс.", "краж (тверская область)")]),
    # a count in words after "и" opens a noun phrase of its own
    ("2021-06-01", "На трассе столкнулись два грузовика и три легковые машины.",
     [s("два", "грузовика"), s("три", "легковые машины")]),
    # a place after the subject's noun ("на территории региона") leaves the subject before it
    ("2021-06-01", "По состоянию на конец сентября 2020 года поголовье коров на территории региона составило 185,6 тыс. голов.",
     [s("185,6 тыс.", "поголовье коров", year=2020)]),
    # people counted by what happened to them: the verb and its object before the count
    ("2021-06-01", "Получили травмы различной степени тяжести 48 человек.", [s("48", "получили травмы")]),
    # "зато" opens its clause as "но" does; a time with its ordinal and the words before it ("только за") names nothing
    ("2021-06-01", "Зато в районе явка составила 43,4%.", [s("43,4%", "явка")]),
    ("2021-06-01", "Только за первый квартал область заработала на экспорте около 17 млн долларов.",
     [only("около 17 млн долларов", subject=None)]),
    # who pays a cost is not what costs ("обойдется бюджету города в"), and "-утся" ends a verb
    ("2021-06-01", "Ремонт моста обойдется бюджету города в 2,3 млрд рублей.", [s("2,3 млрд рублей", "ремонт моста")]),
    ("2021-06-01", "Новые автобусы обойдутся области в 900 млн рублей.", [s("900 млн рублей", "новые автобусы")]),
    # a participle's clause between commas, reflexive or after "не", defines the noun before it; "по полному
    # кругу организаций" is a statistic's scope, no part of what it counts
    ("2021-06-01", "Средняя зарплата в организациях, относящихся к малому бизнесу, составила 39100 рублей.",
     [s("39100 рублей", has="зарплата")]),
    ("2021-06-01", "Средняя зарплата в организациях, не относящихся к малому бизнесу, составила 41200 рублей.",
     [s("41200 рублей", has="зарплата")]),
    ("2021-06-01", "Численность работников по полному кругу организаций составила 210,9 тыс. человек.",
     [s("210,9 тыс.", "работников")]),
]

# ----------------------------------------------------------------------------- shape of every subject

ARTICLES = ("the ", "a ", "an ")
TRAILING = {"of", "in", "to", "by", "for", "from", "on", "at", "with", "в", "на", "с", "по", "от", "до", "за", "из"}


def check_subject_shape(text, _expected, **options):
    """Subjects are lower case, open with no article, end with no preposition and stay short."""
    for c in extract(text, **options):
        if not c.subject:
            continue
        assert c.subject == c.subject.lower(), c.subject
        assert not c.subject.startswith(ARTICLES), c.subject
        assert c.subject.split()[-1] not in TRAILING, c.subject
        assert len(re.findall(r"\S+", c.subject)) <= 8, c.subject


CHECKS = {"subject shape": check_subject_shape}

ROW_CASES = [
    *dated_cases("years", YEARS),
    *dated_cases("years", YEARS_RU),
    # "until 2030" names a target, not the year a figure describes
    case("years", "The strategy until 2030 envisages 5,000 new police stations.",
         [only("5,000", since=None, year_not=2030)], doc_date="2024-04-02"),
    *dated_cases("subjects", SUBJECTS),
    *dated_cases("subjects", SUBJECTS_RU),
    # an undated text that names no year it is about is of the year its file name gives, its "this year" too; a name
    # with two years, or none, gives none
    case("years", "Wages.\n\nThe average wage was $1,950 a month. This year pensions rose 8%.",
         [y("$1,950", 2024), y("8%", 2024)], doc="wages-march-2024.txt"),
    case("years", "Зарплата.\n\nСредняя зарплата составила 1 950 рублей. В текущем году пенсии выросли на 8%.",
         [y("1 950 рублей", 2024), y("8%", 2024)], doc="minsk/zarplata-mart-2024.txt"),
    case("years", "Зарплата.\n\nСредняя зарплата составила 1 950 рублей. В текущем году пенсии выросли на 8%.",
         [y("1 950 рублей", None), y("8%", None)], doc="zarplata-2023-2024.txt"),
    # ... but a year the text names wins over the name's
    case("years", "Wages.\n\nIn 2021 the average wage was $1,950 a month.", [y("$1,950", 2021)], doc="wages-2024.txt"),
]
SHAPES = [case("subject shape", text, None, kind="subject shape", doc_date="2024-04-02")
          for _, text, _ in YEARS + YEARS_RU + SUBJECTS + SUBJECTS_RU]
CASES = ROW_CASES + SHAPES


@pytest.mark.parametrize(CASE, CASES)
def test_year_and_subject(kind, text, expected, options):
    run_case(kind, text, expected, options, CHECKS)


def test_the_doctests():
    assert doctest.testmod(keyed).failed == 0 and doctest.testmod(year_keys).failed == 0
