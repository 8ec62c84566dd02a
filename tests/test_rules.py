"""The named rules of the engine, each shown at work by sentences written for it: which rule says a
number is not a claim, which gives a claim its direction, which names its subject. Every rule of
the rule tables has at least one example here."""
from __future__ import annotations

import pytest

from statx.context import direction, pairs, subject
from statx.context.evidence import EVIDENCE
from statx.numbers import not_claims
from statx.pipeline import read_text

DOC_DATE = "2024-03-01"

# (rule, sentence, the number it drops)
NOT_CLAIMS = [
    ("year", "The 1990 reform changed the courts.", "1990"),
    # a label that opens with a year's word: its value is a year, however early
    ("year", "Town facts\nYear founded: 1684\nPopulation: 12,410", "1684"),
    ("year", "Справка. Год основания – 1646. Население – 41 тыс. человек.", "1646"),
    ("glued_to_letters", "The 5G network covers the city.", "5"),
    ("designator", "Rt 551 leaves the depot at 6:41am.", "551"),
    ("designator", "Under Article 105 of the Criminal Code, the court ruled.", "105"),
    ("designator", "The order was filed as docket entry 45.", "45"),
    ("designator", "The final of the League 1 play-offs is on Saturday.", "1"),
    ("designator", "Section 2 of the Fire (Scotland) Act 2005 (asp 5) is amended.", "5"),
    ("address_or_phone", "For data requests call our hotline at 1(441)555-2187 on weekdays.", "441"),
    ("address_or_phone", "Travellers in need may ring the duty officer at 6379 8800 (24 hours).", "8800"),
    ("designator", "Постановление Правительства области от 3 марта 2015 года № 87-ПП утратило силу.", "87-ПП"),
    ("designator", 'В абзаце третьем цифры "12" заменить цифрами "14".', "14"),
    ("designator", "Any person violating § 316-24 of this chapter shall be fined.", "24"),
    ("rate_denominator", "The rate was 11 deaths per 100,000 people.", "100,000"),
    ("round_denominator", "Плотность дорог – 212 км на 1000 кв. км территории.", "1000 кв. км"),
    ("money_base", "The county's tax rate is 0.6431 per $100 valuation.", "$100"),
    ("emergency_number", "Data from the 911 Call Center show more callers use cell phones.", "911"),
    ("round_denominator", "Плотность населения района – 12,3 человека на 1 кв. км.", "1 кв. км"),
    ("rate_base", "Смертность от туберкулеза составляет 1,5 на 100 тысяч человек.", "100 тысяч"),
    ("rate_base", "Из 1000 родившихся умерло 10,9 детей в возрасте до 1 года.", "1000"),
    ("rate_base", "В прошлом году на 1000 браков пришлось 712 разводов.", "1000"),
    ("rate_base", "Количество разводов на 1000 человек снизилось с 4,2 до 3,9.", "1000"),
    ("rate_base", "Смертность колеблется от 11,8 до 12,4 на 1000 человек.", "1000"),
    ("rate_base", "За полгода родилось 412 детей, то есть 9,8 детей на 1000 человек.", "1000"),   # the rate's noun between
    ("numbered_heading", "CONTENTS 1 Definitions 2 Scope of the Act 3 Powers of the Council 4 Repeal", "2"),
    ("duration_or_ordinal", "Отчёт о работе полиции за 8 мес. 2018 г.", "8"),
    ("duration_or_ordinal", "Решение вступает в силу через 10 календарных дней после его опубликования.", "10"),
    ("duration_or_ordinal", "Shares rose over the last four trading sessions and the past five trading days.", "five"),
    ("duration_or_ordinal", "За семь торговых дней индекс вырос.", "семь"),
    ("duration_or_ordinal", "Refunds are paid within 5 business days.", "5"),
    ("paired_time", "Прием граждан пройдет 3 марта (с 11 до 18 часов).", "11"),
    # a period before its duration, even after a measure's word ("the average over the previous five years")
    ("duration_or_ordinal", "Deaths were 3% above the average over the previous five years.", "five"),
    ("duration_or_ordinal", "Средняя продолжительность за предыдущие пять лет составила 12 дней.", "пять"),
    ("time_zone", "The meeting starts at UTC+3 tomorrow.", "3"),
    ("era_year", "The wall was built around 300 B.C. by the first settlers.", "300"),
    ("era_year", "The town was buried by the eruption of AD 79.", "79"),
    ("era_year", "Крепость построили в 45 году до н. э.", "45"),
    ("era_year", "Город основан в 300 г. до н.э. греками.", "300 г"),
    ("whole_of_part", "Crime fell in 38 of the 44 forces.", "44"),
    ("end_of_year_span", "The 1994-98 average was higher.", "98"),
    ("end_of_year_span", "Output is to reach Rs 5,000 crore in 2023 -24 as against Rs 4,600 crore.", "-24"),
    ("duration_or_ordinal", "He served six years in prison.", "six"),
    ("duration_or_ordinal", "Команда заняла 3-е место.", "3"),
    ("time_span", "Вернусь минут на 40 позже.", "40"),
    ("part_of_word", "Город отметил 350–летие, на праздник пришли 40 тысяч человек.", "350"),
    ("part_of_word", "The 35-member delegation arrived.", "35"),
    ("compound_adjective", "На заводе собирают 4-х тактный двигатель.", "4-х"),
    ("log_time", "Ferry log\n\n1110 Isle of Arran departs.\n1135 Clansman arrives.\n1205 Loch Tarbert passes.\n", "1135"),
    ("ladder_line", "Table\n\nRovers 41 points\n\nCity 38\n\nAthletic 35\n", "38"),
    ("compound_adjective", "Семья живет в 5-ти этажном доме.", "5-ти"),
    ("product_grade", "Vietnam's 5% broken rice was offered at 650 USD a tonne.", "5%"),
    ("lettered_label", "Tranche 1A - USD 5 000 000 and tranche 1B - BBD 9 000 000 were placed.", "1B"),
    ("date", "The law takes effect on March 22.", "22"),
    ("date", "Updated 31 марта 2015, 04:56\n\nМОСКВА. Цены на продукты выросли на 5%.", "31"),
    ("date", "Закон вступает в силу 22 марта.", "22"),
    ("date", "На 1,1% выросли цены с 1 по 23 октября.", "1"),
    ("date", "Prices rose 0.8% from 2 to 16 May.", "2"),
    # a number word alone at a line's end, after a column's gap: a legend spelling out an abbreviation
    ("legend_word", "Условные обозначения:\n  кг         килограмм       млн.       миллион\n  км         километр        тыс.       тысяча\n", "тысяча"),
    ("clock_time", "Автобус отправляется от вокзала в 10.30 и 19.05.", "19.05"),
    ("clock_time", "The ferry leaves at 9.15 or 11.45 on Sundays.", "11.45"),
    # ... with the hour's word after it, which would read it as a duration
    ("clock_time", "Поезд будет отправляться в 19.25 час. и прибывать в 21.50 час.", "21.50"),
    ("address_or_phone", "Call the office on 8-800-555-35-35 for details.", "555"),
    ("local_phone", "Householders with questions may contact the statistics office at 502-4000 or 502-4015.", "502-4015"),
    ("local_phone", "Справки по телефону 604-4000.", "604-4000"),
    ("postcode", "Приём ведётся по адресу: 153002 г. Иваново, ул. Садовая.", "153002 г"),
    ("address_or_phone", "Statistics office, Colombo. Telephone: +94 112147000", "112147000"),
    ("page_counter", "Who's Online\nWe have 21 guests online\n", "21"),
    ("designator", "Passengers should use bus stop 968 opposite the hospital.", "968"),
    ("standing", "The innings closed on 171 with four overs left unbowled.", "four"),
    ("standing", "«Сокол», набрав 31 очко, идет третьим в таблице лиги.", "31"),
    ("standing", "Rovers won by six wickets. When Dube left at 98 for three, chasing 172, the match was open.", "98"),
    ("standing", "Rovers won by six wickets. When Dube left at 98 for three, chasing 172, the match was open.", "three"),
    ("standing", "Mayavo played a fine attacking innings of 51 not out to see the side home.", "51"),
    ("postcode", "Письма направлять: 630099, г. Новосибирск.", "630099"),
    ("address_line", "Поликлиника №2\nАдрес: Махачкала, Джангишиева, 10\nТелефон справочной.", "10"),
    ("address_line", "Head office\nAddress: 4 Park Row, Leeds\n", "4"),
    ("unknown_currency", "The district fund received Sh 7.8 billion for roads and bridges this month.", "Sh 7.8 billion"),
    ("address_or_phone", "Press office: (+44) 20 7946 0000, weekdays.", "+44"),
    ("address_or_phone", "Call headquarters at 295-0011 or write to us.", "295"),
    ("address_or_phone", "Marina office 01632 960123, open daily.", "960123"),
    ("address_or_phone", "Details at https://example.org/report?page=17 online.", "17"),
    ("address_or_phone", "Код +86 138 — это Китай и его оператор.", "+86 138"),
    ("line_number", "16 The clerk read the notice on\n17 meetings held on holidays.\n18\n19 Motion carried.", "17"),
    ("idiom", "Скажите в двух словах, как идут дела.", "двух"),
    ("idiom", "Many voters are still in two minds about the plan.", "two"),
    ("page_furniture", "1. Tourism grew.", "1"),
    ("page_furniture", "Мэр открыл мост\n\nеще 8 фото\n\nДвижение по мосту открыто.", "8"),
    ("page_furniture", "Bridge opens\n\n+12 photos\n\nTraffic is flowing again.", "+12"),
    ("reference_count", "The office today published the following three reports: crime, courts and prisons.", "three"),
    ("garbled", "Signed: \ufffd7 22 kw\ufffdp 5 t, clerk.", "5 t"),
    ("page_furniture", "See note [2] below.", "2"),
    ("page_furniture", "Contents\n\nForeword ...... 3 Budget Summary by Fund ...... 9 Capital Projects ...... 27", "9"),
    ("page_furniture", "Погода\n+7\nИваново\n\nЗарплата в области выросла.", "+7"),
    ("page_furniture", "Weather\n-3\nLeeds\n\nCouncil tax will rise.", "-3"),
    ("page_furniture", "3.2 Terminology\nThe terms used here are defined below.", "3.2"),
    ("page_furniture", "Interfaces ............ 17", "17"),
    # a table of contents flattened into one line: titles and rising page numbers, words alone between them
    ("contents_page", "Festival guide Welcome 4 Theatre 12 Circus 20 Opera and song 27 Dance 31 Family 40 Comedy 46 Music 52",
     "31"),
    ("score", "Dynamo beat Spartak 3-1 on Sunday.", "3"),
    # a field event's mark in feet and inches (inches in two digits), each number of it
    ("field_mark", "Shot put: 4. Ana Ruiz, Lakeview (38-07.50), 6. Mia Lo, Hill (36-03)", "38"),
    ("field_mark", "Shot put: 4. Ana Ruiz, Lakeview (38-07.50), 6. Mia Lo, Hill (36-03.25)", "36"),
    ("result_line", "Rugby\n\nSamoa 21 - Fiji 17 in a tight Test at Apia\n\nThe crowd was small.", "21"),
    ("result_line", "Friday's scores\n\nMapleton 35, Cedar Falls, North 14\nRiverside 21, Lakeview 7", "35"),
    ("unit_denominator", "Farmers are paid $95 per bag of 64 kilogrammes.", "64 kilogrammes"),
    ("score", "The visitors posted 245-6 in their overs.", "245"),
    ("batting_line", "Hale c Moss b Stone        24\nLind not out   7", "24"),
    # a scorecard whose lines a page ran together: the entry since the runs before, the next batsman's name after
    ("batting_line", "Hale c Moss b Stone 24 Tom Lind c&b Ray Cole 55 Sam Page Not Out 7 Extras 4", "55"),
    ("batting_line", "Hale c Moss b Stone 24 Tom Lind c&b Ray Cole 55 Sam Page Not Out 7 Extras 4", "7"),
    ("acronym_code", "Release CB 16-132 was issued by the bureau.", "16-132"),
    ("ranking", "Jobs grew in Kenora, unlike in Ontario's two biggest northern cities.", "two"),
    ("ranking", "These are our three largest markets.", "three"),
    ("ranking", "The bottom three clubs are relegated.", "three"),
    ("ranking", "A top-ten finish eluded the squad again.", "ten"),
    # a share that names a group of a distribution, with the group's own share after its colon
    ("ranked_group", "Household income by percentage share:\nlowest 10%: 2.8%\nmiddle: 60%", "10%"),
    # a noun's singular locative after a number: a place in a sequence, not a count
    ("duration_or_ordinal", "Гол был забит на 61 минуте встречи.", "61"),
    # a genitive singular after a number that counts only with the plural: an ordinal
    ("duration_or_ordinal", "Матч прошёл в рамках 27 тура чемпионата.", "27"),
    ("designator", "Imports (Exhibits 4, 5, and 9) fell.", "5"),
    ("score", "Final: Lions 4-5 pen. (2-2 a.e.t.) Tigers", "4-5"),
    ("score", "Финал: «Заря» — «Волна» 3-4 пен.", "3-4"),
    ("result_line", "Semifinals\nRiverton 58, Lake County North 55, OT\nConsolation", "55"),
    ("result_line", "Girls\nPinecrest 61, Oak Hollow/Marsh Creek 44\nBoys", "61"),
    ("scorer_minute", "Rovers 2-0 United: Hale (58, 90), Moss (77).", "90"),
    ("shirt_number", "Rovers: 15 Tom Hale, 14 Sam Moss, 13 Joe Reed (c), 12 Ian Bell, 11 Lee Cole.", "13"),
    ("shirt_number", "Замены: 16 Иван Петров, 17 Олег Сидоров, 18 Павел Орлов, 19 Илья Лосев", "18"),
    ("score_line", "RESULT\n\nRovers 17\n\nTries: Hale, Moss\n\nUnited 12\n\nPens: Stone 4", "12"),
    ("match_line", "Hawks 3, Owls 1\nFirst Period: 1, Hawks, Lind 4 (Berg, Moe), 6:12.\nThird Period: 2, Owls, Sato 1, 11:40.", "2"),
    ("match_line", "«Сокол» – «Барс» 2:1\nПервый период: 1, «Сокол», Иванов 3 (Петров), 12:40.", "1"),
    ("sports_table", "Rovers innings | Runs | Balls | Mins |\nJ Hale | b Moss | 15 | 22 | 30 |\nTotal | (all out, 19.4 overs) | 84 |", "84"),
    ("sports_table", "Final table\n|TEAM\n|P\n|W\n|GF\n|GA\n|GD\n|POINTS\n|ROVERS\n|10\n|7\n|21\n|9\n|+12\n|23", "+12"),
    # a header row of all of a league table's letters (played, won, drawn, lost) heads a league table
    ("sports_table", "Команда | И | В | Н | П | М | О |\nЗаря | 30 | 18 | 6 | 6 | 51-30 | 60 |", "60"),
    ("sports_table", "Club | P | W | D | L | Pts\nRovers | 22 | 14 | 5 | 3 | 47", "47"),
    # a page that glues each heading to its abbreviation ("WWins"), and a row far below its header
    ("sports_table", "| # | Team | PPlayed | WWins | LLosses | PtsPoints |\n|---|---|---|---|---|---|\n"
     + "".join(f"| {k} | Club {k} | 20 | 9 | 6 | 30 |\n" for k in range(1, 16)) + "| 16Relegation play-off | Rovers | 20 | 4 | 12 | 17 |\n", "17"),
    ("scorer_minute", "Голы: 1:0 — Петров (64, с пенальти).", "64"),
    # the score far back on the line, the report's label of its scorers near
    ("scorer_minute", "«Север» — «Юг» 1:3. Город Н., стадион «Центральный». Главный арбитр — Олег Сидоров. Голы: Иван Лосев (47, автогол) — "
                      "Пётр Рябов (43, 52, 65).", "52"),
    ("coordinate", "The city lies at 28.61°N and 77.23°E.", "28.61"),
    ("assigned", 'Listen\n<iframe src="" width="100%" height="290" frameborder="0"></iframe>\nExports rose.', "100%"),
    ("assigned", "The server logged bits=256 for the session.", "256"),
    ("assigned", "Consumer prices (2015=100) stood at 112.4 in May.", "100"),   # an index's base year, no list of years
    # spaced, or a month and its year: still the value the index is set to in its base period
    ("index_base", "Rents rose 4.1% to stand at 188.3 (June 2005 = 100) last quarter.", "100"),
    ("index_base", "The wage index (1998-99 = 1000) stood at 2,418.", "1000"),
    # a name written with a capital: the number labels the place or the group, and counts nothing
    ("designator", "District 7 tournament\nQuarterfinals", "7"),
    ("designator", "The Division 2 title went to the visitors.", "2"),
    ("standing", "The hosts cruised to a six wicket victory over the visitors.", "six"),
    ("standing", "The club leads with 65 points after 28 games.", "65"),
    ("standing", "Berg has scored 9 goals in 14 league games this season.", "14"),
    ("standing", "Лосев забил 5 голов в 7 домашних матчах сезона.", "7"),
    ("standing", "После поражения «Нёман» с 9 набранными очками идёт на девятой строке.", "9"),
    ("standing", "Магнитогорцы смогли набрать 65 очков в 42 встречах.", "65"),
    ("standing", "ТУРНИРНАЯ ТАБЛИЦА: «Север» — 62 очка, «Юг» — 58.", "62"),
    ("standing", "The Strikers dropped 3 points by only 19 pins to the Gutter Gang.", "19"),
    ("in_name", "He watched Russia 24 all evening.", "24"),
    ("in_name", "Кадр: архив «5 канала».", "5"),
    ("in_name", "Участница шоу «Мама в 16» вышла замуж.", "16"),
    ("standing", "Hosts Kenya won by 212 runs on the fourth day.", "212"),
    ("standing", "The openers Ali (52 off 31) and Khan (18 off 20) raced away.", "31"),
    ("package_size", "Coffee exports rose to 6.1 million (60kg) bags last season.", "60kg"),
    ("standing", "The champions were crowned with three rounds to go.", "three"),
    ("standing", "Клуб за два тура до окончания первенства стал чемпионом.", "два"),
    ("package_size", "Цена баллона 50 л газа выросла, а 20 л канистры подешевели.", "20 л"),
    # a scorecard's rate and a cricket score, among counts of its nouns
    ("standing", "Patel: 10 overs, 2 maidens, 26 runs, 1 wickets, and an economy of 2.60.", "2.60"),
    ("standing", "The hosts were 72 for 5, from 22.3 overs, with 4 fours and 2 sixes.", "72"),
    ("file_size", "Download the full report (PDF, 2.4 MB) or the tables (XLSX, 310 KB).", "310"),
    ("file_size", "Other formats: ASCII | PDF (16 KB)", "16"),
    ("before_link", "03.05.2023 Руна 3044 https://example.ru/39551/\nЧисленность населения сократилась.", "3044"),
    ("before_code", "LEVEL MORNING AFTERNOON\n200 STA 242 (B74) CMP 232 (SLT)", "200"),
    ("ordinal_amount", "Prize money: 1st 6,469 GBP 2nd 1,925 GBP 3rd 962 GBP", "GBP 2"),
    ("ranking", "The three largest groups of arrivals came from Asia.", "three"),
    ("whole_of_part", "Crime fell in five of the seven major categories.", "seven"),
    ("file_size", "Полный текст доклада (PDF, 1,2 Мб) доступен на сайте.", "1,2"),
    ("timetable_row", "Code | Arrives | Departs | Distance |\nKGP | 21:12 | 21:17 | 440 km |", "440 km"),
    ("timetable_row", "Code | Arrives | Departs | Day |\nKGP | 21:12 | 21:17 | 1 |\nHWH | 23:40 | -- | 2 |", "2"),
    ("timetable_row", "   Read down                                   Read up\n    9:05a   212  Ar  Millbrook, NY   Dp    6:40p\n", "212  Ar"),
    ("in_name", "Reading plan\nWeek 1\nProverbs 9\nWeek 2\nProverbs 10\n", "10"),
    ("clock_time", "The train leaves at 14.00 daily.", "14.00"),
    ("clock_time", "Platform 3: the Leeds train departs 14.05 and arrives 15.12.", "15.12"),
    ("clock_time", "Поезд № 12: отправление 21.40, прибытие 6.15.", "21.40"),
    ("ranking", "Poles and Romanians remain the largest two groups.", "two"),
    ("clock_dash", "7-15 7-45 8-15\n8-45 9-15 9-45\n12-30 end of the morning shift", "12-30"),
    ("clock_list", "Radio news a.m.: 6, 7, 7.30, 8, 12 noon; p.m.: 1, 2, 5.30.", "7.30"),
    ("clock_list", "Выпуски новостей: 7, 8, 9 утра.", "8"),
    ("clock_run", "Отправление от вокзала: 7.40, 13.00. Обратно: 8.25 14.10.", "7.40"),
    ("date", "Рынок работает по выходным (3, 4, 10 и 11 мая).", "3"),
    ("price_listing", "Brake pads, front from £45 from £60\nBrake discs from £90 from £120", "£60"),
    ("price_listing", "Замена масла от 550 руб.\nЗамена ремня 16 клап. от 3 500 руб.", "16"),
    ("programme_line", "| 09:00 – 10:30 | Morning session (6 talks) |\n| 10:30 – 11:00 | Coffee break |", "6"),
    ("programme_line", "14.00 – 15.30 Круглый стол (12 докладов)", "12"),
    ("standings_list", "Football\n\nThe standings are: Rovers (24), City United (19), Port Vale Athletic (11).", "11"),
    ("standings_list", "Футбол\n\nТурнирная таблица: Заря (31), Торпедо Владимир (25), Динамо (17).", "17"),
    ("player_number", "Голы\n12:40 1:0 17.Орлов Павел (44.Белов Игорь, 9.Сухов Олег). Металлург.", "9"),
    # a calendar: days opening their lines, in order, under a heading that names the month
    ("calendar_day", "Key dates\n\nAPRIL 2025\n2 county cup semi-finals\n9 county cup final\n9 junior league finals", "9"),
    ("calendar_day", "МАЙ 2025\n3 открытие сезона\n17 кубок области", "17"),
    ("programme_line", "Leave Days Stops Arrive\n8:40 AM Sat 1 stop Galiano 11:25 AM\n10:20 AM Mon 2 stops Mayne 12:45 PM", "2"),
    ("clock_time", "19.45 «Время новостей» (Первый канал)\n20.10 «Футбол» (Матч ТВ)", "19.45"),
    ("clock_time", "Evening:\n19.45 News at Seven\n20.10 \"Cup Football\" (live)", "20.10"),
    ("house_number", "The office is at 38 Petrovka Street.", "38"),
    ("house_number", "The parcel at 4120 E. Cactus Drive was rezoned.", "4120"),
    ("numbered_period", "The scoreboard on day five of the opening Test showed the visitors ahead.", "five"),
    ("numbered_period", "Spending cuts helped ensure FY 14 ended with a surplus.", "14"),
    ("numbered_period", "They kept their unbeaten run in their week-five league fixture at home.", "five"),
    ("numbered_period", "The sector added the most staff from quarter three to quarter four.", "three"),
    ("numbered_period", "Deaths in week 17 were 4,000.", "17"),
    ("numbered_period", "Матчем «Динамо» и «Торпедо» завершился 12 тур.", "12"),
    ("numbered_period", "Выпуск вырос на 5% по сравнению с 1 полугодием 2023 года.", "1"),
    ("numbered_period", "По итогам 1 полугодия 2023 года зарегистрировано 5610 преступлений.", "1"),
    ("house_number", "Воду отключат в домах на улице Садовой (31, 33).", "33"),
    ("rate_base", "Преступность составила 120 на 100 тыс. населения.", "100 тыс."),
    ("code_number", "The postal code is 125009.", "125009"),
    ("pronoun", "One of the suspects escaped.", "One"),
    ("pronoun", "Three murders were solved, compared to one of the unsolved cases from May.", "one"),
    ("pronoun", "And 1 want to thank my colleagues for 12 years of work.", "1"),
    ("dotted_dates", "В ночь с 31.12 на 1.01 автобусы будут ходить до двух часов.", "31.12"),
    ("dotted_dates", "В ночь с 31.12 на 1.01 автобусы будут ходить до двух часов.", "1.01"),
    ("dotted_dates", "Летнее расписание действует с 01.06 по 31.08.", "31.08"),
    ("axis_tick", "Revenue forecast\n-$30.0\n-$25.0\n-$20.0\n-$15.0\nMillions of Dollars", "-$25.0"),
    ("axis_tick", "Unemployment rate\n0%\n2%\n4%\n6%\n8%\nSource: Bureau", "6%"),
    ("vote_counter", "Население области сократилось.\n\n+1\n0\n+1\n0\n+1\n1\n1 комментарий", "+1"),
    ("vote_tally", "Vote on the budget\n\nFor: 12\nAgainst: 3\nAbstained: 1\n", "12"),
    ("head_to_head", "Hawks vs Owls\n    5 TRIES 2\n    4 CONVERSIONS 1\n", "4"),
    ("vote_tally", "Результаты голосования:\nЗа — 38,\nПротив — 0,\nВоздержались — 7.", "7"),
    # a page's currency ticker: a code, the units the rate is for, the rate with four decimals, one a line
    ("rate_quote", "Погода\n  • +3\n  • USD2,9814\n  • RUB (100)3,1207\n\nЗарплата выросла на 12%.", "USD2,9814"),
    ("rate_quote", "Погода\n  • +3\n  • USD2,9814\n  • RUB (100)3,1207\n\nЗарплата выросла на 12%.", "100"),
    ("points_back", "These three sore spots remain.", "three"),
    ("points_back", "Инфляция выросла в Казахстане и Киргизии; во всех трех странах цены на хлеб растут.", "трех"),
    ("designator", "This act amends sections 211, 215, and 1116 of this title.", "1116"),
    ("designator", "Code Annotated\nTitle 7. Courts\nChapter 4. Judges", "7"),
    ("page_counter", "jsmith2000\n(4,812 posts)\nMon Mar 1, 2021", "4,812"),
    ("page_counter", "Лента новостей\n0 оценили\nПоделиться", "0"),
    ("page_counter", "Новости | 12 марта 2021 г. | 3418 просмотров | Поделиться", "3418"),
    ("contents_page", "Budget Memo 1 Unit Hierarchy 9 Operating Exhibits 10 Capital Budget 19 TABLE OF CONTENTS Glossary 20", "9"),
    ("contents_page", "ОГЛАВЛЕНИЕ Введение 3 Итоги года 7 Бюджет 12", "7"),
    ("contents_page", "Quarterly Report\nCONTENTS\nOverview 2\nUnemployment 2\nEmployment 8\n\nOverview\nJobs grew.", "8"),
    # ... or one of a run of such lines whose numbers rise as pages do, no heading naming it
    ("contents_page", "Facts and Figures\nEconomy 12\nPublic Finances 18\nHealth 41\nHousing 47\nCrime 52\nEnergy 60\nWater 66\n\n"
                      "Health\nThe hospital treated 4,100 patients.", "52"),
    ("contents_page", "Доклад\nСодержание\nВведение 3\nИтоги года 7\nБюджет 12\n\nВведение\nЦены выросли.", "12"),
    ("speaker_number", "Speaker 2 (00:41):\nWell, yes.", "2"),
    ("speaker_number", "Участник 3: Да, конечно.", "3"),
    ("cue_number", "12 00:01:02,500 --> 00:01:04,000 Добрый вечер.", "12"),
    ("code_value", "window.ads({ tabletWidth: 1023, isAutoReloads: false });", "1023"),
    ("clock_hours", "Paper 2: 14.00 hrs. – 15.45 hrs.", "15.45"),
    ("word_in_name", "The visitors beat Seven Stars at the national stadium on a rainy evening.", "Seven"),
    ("age", "If you’re over 60 and not yet vaccinated, get the shot.", "60"),
    ("age_mark", "Фестивали «Летний джаз» (6+) и «Ночь кино» (0+) прошли в июле.", "6"),
    ("age_mark", "The new drama, rated 16+, opens on Friday.", "16"),
    ("law_article", "Ещё 15 водителей задержаны повторно (264.1 УК РФ).", "264.1"),
    ("law_article", "He was charged under 18 U.S.C. 1030 with fraud.", "18"),
    # a law report's volume, its name and page after it
    ("law_article", "Damages are not recoverable. Hale v. Moss, 34 Or App 241 (1978), as modified by 35 Or App 829 (1978).", "35"),
    ("age", "Sales increased but the number of people aged from 18 to 30 years did not change.", "18"),
    ("side_of_size", "The card measures 25.00 x 15.00 x 0.76 mm.", "25.00"),
    ("race_distance", "She set a national record in the women's 800 metres on Sunday.", "800 metres"),
    ("race_distance", "Haydock, 14:40 Novice Stakes\n1m 37y (Good To Soft) 2yo\nRunners: 11", "1m"),
    ("tariff", "Parking charges\nUp to 3 hours £2.50\n3-6 hours £4.80", "£4.80"),
    ("tariff", "Прокат лодок\nот 1 до 2 часов — 600 руб.", "600 руб."),
    ("price_list_item", "MAINS\nGRILLED HAKE – £14.50\nwith capers\nLAMB SHANK – £16.25", "£16.25"),
    ("price_list_item", "Wash & Cut£28\nColour & Blow£55", "£28"),
    ("ball_by_ball", "19.2 - Khan to Patel, FOUR, full and wide, driven through cover\n19.1 - Khan to Patel, 1 run, pushed to mid-on\n", "FOUR"),
    ("ball_by_ball", "19.2 - Khan to Patel, FOUR, full and wide, driven through cover\n19.1 - Khan to Patel, 1 run, pushed to mid-on\n", "19.1"),
    ("fee_schedule", "Hall hire fees and charges 2024\nMain hall per evening $180\nKitchen use $45\nCleaning bond $300\n", "$45"),
    ("fee_schedule", "Other Charges\n\nCharge Rate Notes\nExtra cleaning $220\nLost key $60\nLate check-out $90\n", "$60"),
    ("fee_schedule", "Boat hire price list\nDinghy for up to 4 people $60\nKayak $25\nPaddle board $30\n", "4"),
    ("fee_schedule", "Прейскурант на платные услуги\nКопирование документа 15 руб.\nВыдача справки 120 руб.\nВыезд специалиста 900 руб.\n", "120 руб."),
    ("price_grid", "Cabin rates per night\nDouble $210 $185 $160\nFamily $290 $255 $220", "$255"),
    ("price_grid", "Тарифы\nВзрослый 500 руб. 450 руб. 400 руб.\nДетский 300 руб. 250 руб. 200 руб.", "300 руб."),
    ("unit_power", "The lens corrects from –2.5 m–1 to +1.5 m–1.", "+1.5 m"),
    ("unit_of_price", "Стоимость 1 кв. м жилья выросла на 1,1% и составила 49 472 руб.", "1 кв. м"),
    ("unit_of_price", "The price of 1 sq m of new housing rose to $5,000.", "1 sq m"),
    ("named_number", "For Leo, green is the lucky colour today while 6 is their lucky number.", "6"),
    ("named_number", "Близнецам сегодня повезет: 3 — ваше счастливое число.", "3"),
    ("short_year", "The council's '19 budget was smaller than this one.", "19"),
    ("weight_class", "She took gold in the 63 kg category in Tokyo.", "63 kg"),
    ("weight_class", "Results of the finals\nUp to 57 kg.\nSmith - Jones 3:1", "57 kg"),
    ("rank_field", "Область заняла третье место среди 85 регионов.", "85"),
    ("age_after_name", "Police said Tom Hale, 52, was driving.", "52"),
    ("age_after_name", "Those who died were Ann Dube, 22, and Tom Hale, 52, both in Dundee.", "52"),
    ("age_after_name", "Police said Tom Hale, 52, a teacher, was driving.", "52"),
    ("fixture_time", "Fixtures:\nLivingston v St. Mirren (1300)\nDundee v Hibernian (1500 GMT)", "1300"),
    ("fixture_round", "Fixtures\n\n05/11 16:00 14 Kotoko Stars vs Accra Rovers View\n", "14"),
    ("innings_total", "Kent (96/1) trail Surrey (168) by 72 runs", "168"),
    ("chess_move", "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6", "2"),
    ("chess_move", "10. Nbd2 Kh8 $2 {a bad novelty} 11. h3", "$2"),
    ("section_number", "Ref EX/2019/004 3.0 ELIGIBILITY OF APPLICANTS Candidates must be over 16.", "3.0"),
    ("section_number", "DATES OF PAPERS 2.1 MONDAY 09.11.2015", "2.1"),
    ("unit_power", "The lens corrects from –2.5 m–1 to +1.5 m–1.", "1"),
    ("race_distance", "He trains for the 400 m hurdles every morning.", "400 m"),
    ("race_event", "Her best result came in the 200 freestyle at the state meet.", "200"),
    ("result_place", "Long jump: 12. Marcus Lee, Westfield (19-08.25)", "12"),
    ("multiplier_event", "Triple jump: Anna Berg won with a leap of 12.4 metres.", "Triple"),
    ("play_length", "Martinez found Washington at the Iowa 17-yard line on third down.", "17-yard"),
    ("play_length", "The referee waved play on and then ordered a 5 metre scrum to the visitors.", "5 metre"),
    ("play_length", "His kick went out on the 22-metre line.", "22-metre"),
    ("play_length", "Late in the half, Carter threw a 38-yard pass to the tight end.", "38-yard"),
    ("play_length", "Key plays: Moore passes of 12 and 21 yards on third down.", "12"),
    ("play_length", "Touchdown: Ellis 7 pass from Moore. Drive: 9 plays, 64 yards, 4:10.", "7"),
    ("play_length", "Touchdown: Ellis 7 pass from Moore. Drive: 9 plays, 64 yards, 4:10.", "9"),
    ("play_length", "Touchdown: Ellis 7 pass from Moore. Drive: 9 plays, 64 yards, 4:10.", "64 yards"),
    ("copyright_year", "Copyright ©2010 NPR. For personal, noncommercial use only.", "2010 NPR"),
    ("price_base_year", "GDP per capita was $15,300 (2017 est.) note: data are in 2016 dollars.", "2016 dollars"),
    ("price_base_year", "Income per head rose to $9,800 in constant 2010 US dollars.", "2010 US dollars"),
    ("spoken_year", "Well, back in twenty fourteen the council cut the rates, you know.", "twenty"),
    ("spoken_year", "And in two thousand nineteen, uh, the state changed course.", "two thousand nineteen"),
    ("race_distance", "Она выиграла заплыв на 200 м вольным стилем.", "200 м"),
    ("race_distance", "На дистанции 15 км у женщин победила Мария Петрова.", "15 км"),
    ("talk_count", "So, two things. First, the rates are stable.", "two"),
    ("talk_count", "Есть три вопроса к министру.", "три"),
    ("fraction_of_time", "Jobs in farming were unchanged between the two quarters.", "two quarters"),
    ("fraction_of_time", "In the first half of the year sales grew.", "half"),
    ("fraction_of_time", "Deaths fell compared to the previous three quarters.", "three quarters"),
    ("fraction_of_time", "It will curb inflation over the next two to three quarters.", "three quarters"),
    ("fraction_without_whole", "Half said no.", "Half"),
    # a possessive right before a bare fraction word makes it a part owned ("his own half" of a pitch), no share
    ("fraction_without_whole", "The winger ran from his own half and scored.", "half"),
    ("fraction_without_whole", "Защитник со своей половины поля отдал пас вперёд.", "половины"),
    ("singular_of_many", "The side lost its five-eighth to injury.", "five-eighth"),
    ("multiplier_without_change", "I told him three times.", "three times"),
    ("multiplier_without_change", "The striker scored a double before half-time.", "double"),
    ("every_without_noun", "It happens every second.", "every second"),
]

# (rule, sentence, mention, direction)
DIRECTIONS = [
    ("signed_level", "Finland ran a budget balance of -0.7%.", "-0.7%", None),
    ("signed_level", "Deflation set in, and prices hit a record low of -1.2% in March.", "-1.2%", None),
    ("signed_level", "Annual inflation has gone down to -0.8 percent in May.", "-0.8 percent", None),
    ("signed_level", "Monthly inflation turned negative, -12.1% from 31.4% in May.", "-12.1%", None),
    ("written_sign", "Thefts: -5%.", "-5%", "down"),
    # money with a minus in brackets right after an amount is its change (a level below zero elsewhere: "a loss of -$5 million")
    ("written_sign", "Зарплата в связи — 5402,6 рубля (-609,9 рубля).", "-609,9 рубля", "down"),
    # the word "minus" after a bracket, a list's comma or a dash is a change's sign too (money only in brackets)
    ("written_sign", "Arrivals were 41,200 (minus 3 percent on 2017).", "minus 3 percent", "down"),
    ("written_sign", "В декабре платили 3 100 рублей, в январе — 2 700 рублей (минус 400 рублей).", "минус 400 рублей", "down"),
    # a yield with its sign is a change, as a mass or an area is (a temperature's sign is its level's)
    ("written_sign", "Урожайность составила 35 ц/га (+2,1 ц/га).", "+2,1 ц/га", "up"),
    # money with a plus is a rise (with a minus it may be a loss, a level below zero)
    ("written_sign", "• Гродненская — 1999,6 (+93,9 рублей);", "+93,9 рублей", "up"),
    ("written_sign", "Количество пожаров уменьшилось на –11,9%.", "–11,9%", "down"),
    ("written_sign", "Снизилось количество краж (с 2138 до 1797, - 15,9 %).", "- 15,9 %", "down"),
    ("written_sign", "Robberies rose (from 5 to 6, + 20 %).", "+ 20 %", "up"),
    ("multiplier_change", "The defence budget will triple by 2026.", "triple", "up"),
    ("plus_word", "Доходы — плюс 2,5 млрд рублей.", "2,5 млрд рублей", "up"),
    ("off_word", "Outlying Clark County was off 0.9 percent.", "0.9 percent", "down"),
    ("off_word", "The index closed lower, off 2%.", "2%", "down"),
    ("change_noun_in", "The board reported a fall in the number of complaints of about 14% over the year.", "about 14%", "down"),
    ("change_noun_in", "The office reports a contraction of output of 1.2 percent in May.", "1.2 percent", "down"),
    ("change_noun_of", "The economy recorded a growth of 5.2 percent last year.", "5.2 percent", "up"),
    ("change_noun_of", "Overnight stays show an overall growth of approximately 10%.", "approximately 10%", "up"),
    ("change_noun_of", "The forecast saw a downward revision of 0.5 percentage points.", "0.5 percentage points", "down"),
    # two words of the noun's own may stand between; a function word may not ("70 bu/acre for fall rye" is no fall)
    ("change_noun_after", "The council agreed to a four per cent property tax increase.", "four per cent", "up"),
    ("change_noun_after", "The board debated the 7% school tax levy increase.", "7%", "up"),
    ("change_noun_after", "Nurses will get up to 9% in raises.", "up to 9%", "up"),
    ("change_noun_after", "Nurses will get a 4% raise.", "4%", "up"),
    ("none", "Yields average 55 bu/acre for spring wheat and 68 bu/acre for fall rye.", "68 bu/acre", None),
    ("change_noun_after", "Growth is put at 3.3 percent, a 0.2 percentage point upward revision.", "0.2 percentage point", "up"),
    ("change_noun_in", "Output saw a decline in growth of 2.9 per cent.", "2.9 per cent", "down"),
    ("none", "The state's 20-year annual average growth of 1.1% held steady.", "1.1%", None),
    # a direction's adverb before "by", a record between "by" and the amount; a slowdown and a contraction fall
    ("change_word_before", "The board revised the tax forecast upward by $40 million.", "$40 million", "up"),
    ("change_word_before", "Расходы бюджета в этом году возрастают на 3,1 млрд рублей.", "3,1 млрд рублей", "up"),
    ("change_word_before", "Цены на бензин падают на 4%.", "4%", "down"),
    ("change_word_before", "Burglaries lessened by 18 percent over the year.", "18 percent", "down"),
    ("change_word_before", "The herd has dwindled by 2,400 cattle since spring.", "2,400", "down"),
    ("change_word_before", "Exports grew by a record 9.1% last year.", "9.1%", "up"),
    ("change_word_before", "The territory's deficit balloons by 40 per cent.", "40 per cent", "up"),
    # indexation raises what it indexes
    ("change_word_before", "С 1 февраля пособия проиндексируют на 8,4%.", "8,4%", "up"),
    ("change_word_before", "Public pensions were indexed by 3.2% in April.", "3.2%", "up"),
    ("change_word_before", "Farm output grew 2 percent, after a contraction of 0.4 percent a year earlier.", "0.4 percent", "down"),
    ("change_word_before", "Inflation eased to 3.1 percent, a slowdown of 0.6 percentage points.", "0.6 percentage points", "down"),
    ("change_word_before", "Экспорт вырос на рекордные 9,1%.", "9,1%", "up"),
    # a change's noun in the instrumental, then "в" and its size
    ("change_word_before", "Завод закончил квартал с приростом в 6,4%.", "6,4%", "up"),
    ("change_word_before", "Завод закончил квартал с падением в 2,3%.", "2,3%", "down"),
    ("change_noun_then_level", "Замедление инфляции составило 0,9 процентного пункта.", "0,9 процентного пункта", "down"),
    ("change_noun_then_level", "Annual increases in rents have ranged between 2% and 5%.", "between 2% and 5%", "up"),
    ("change_noun_then_level", "The smallest rise in the year was the 14 per cent seen in Cork.", "14 per cent", "up"),
    # "and" alone before an amount that says where or when after it: the clause's change (not "and 40% of all offences")
    # a change word and a colon before a list of its sizes parted by semicolons; not a clause of its own after the colon
    ("change_earlier_in_clause", "Exports grew: 3.1 per cent in July; 2.8 per cent in August.", "3.1 per cent", "up"),
    ("none", "Allocations to farming will be actually cut: 4 billion rubles will go to it, and 2 billion to roads.", "4 billion rubles", None),
    ("change_earlier_in_clause", "Prices rose 5% in May and 7% in June.", "7%", "up"),
    ("change_earlier_in_clause", "Подорожал бензин: Аи-98 - на 0,31% (до 69,10 руб./л); Аи-92 - на 0,12% (до 52,40 руб./л).", "0,12%", "up"),
    # the first item of a bracketed list after a colon, its name in small letters
    ("change_earlier_in_clause", "Sectors with the largest job gains were: retail trade (2,300) and health care (1,900).", "2,300", "up"),
    # ... or a change noun with its size right before it
    ("change_earlier_in_clause", "A 3.1 per cent rise was recorded in Hilo and 2.2 per cent in Kona.", "2.2 per cent", "up"),
    ("change_earlier_in_clause", "The mayor proposed a budget boosting city spending by nearly 7%.", "nearly 7%", "up"),
    ("change_earlier_in_clause", "The plan, cutting spending by 4%, passed.", "4%", "down"),
    # a change word in the bracket of the item before is that item's, not this one's
    ("change_earlier_in_clause", "За месяц подешевели овощи — на 1,2% (рост на 4,1% за год), крупы — на 0,6%.", "0,6%", "down"),
    ("change_earlier_in_clause", "Fares rose: buses by 3% (down 1% on the year), trams by 2%.", "2%", "up"),
    ("change_earlier_in_clause", "Rents show an increase of €400 since 2020 and €650 since 2017.", "€650", "up"),
    ("change_earlier_in_clause", "Цены выросли на 5% в мае и 7% в июне.", "7%", "up"),
    # "отставание" (a lag behind a level) is a fall
    ("change_earlier_in_clause", "Сохраняется отставание от прошлого года в химии (на 12,6 процента) и в металлургии (на 4,2 процента).",
     "4,2 процента", "down"),
    # a clause after a semicolon that leaves out the verb of the one before
    ("change_earlier_in_clause", "Burglaries fell by 30%; thefts from cars by 12%; arson by 6.5%.", "6.5%", "down"),
    # a share after a comma and a name: an item of a list of names after the first's change
    ("change_earlier_in_clause", "Leeds will see a 2.1% cut, Bradford 2.4%, Wakefield 1.9%.", "2.4%", "down"),
    # a count after "and" whose noun is the noun of the count before it: items of one list after the change
    ("change_earlier_in_clause", "The county shed 450 factory jobs and 1,250 retail jobs in May.", "1,250", "down"),
    # a comparative after a bracket that counts the same change
    ("comparative_after", "In 2019, 1,264 deaths were registered, 6% (77) more than in 2018.", "6%", "up"),
    ("comparative_after", "Fuel duty receipts came in £4m below the budget.", "£4m", "down"),
    ("comparative_after", "Payroll tax was 6% ahead of plan.", "6%", "up"),
    ("comparative_after", "Hay stocks: 1.8 million tons (12% below last year).", "12%", "down"),
    ("comparative_after", "Погибли 1264 человека, что на 6% (77 человек) больше, чем годом ранее.", "6%", "up"),
    ("level_after_change", "Exports rose by 4%, to 120 billion dollars.", "120 billion dollars", None),
    ("level_after_change", "Claims dropped from 5,000 in May to just more than 1,000 in June.", "just more than 1,000", None),
    ("level_after_change", "Подорожали:\n• капуста — на 20,9% (до 69,07 руб. за кг)", "69,07 руб.", None),
    ("level_from", "The number fell from 494,100 to 470,100.", "494,100", None),
    ("level_from_to", "Число мест — с 381,1 тыс. до 526,7 тыс.", "526,7 тыс.", None),
    ("level_passed", "Inflation dropped below 5 percent.", "below 5 percent", None),
    ("change_noun_then_level", "The decline was 10 percent.", "10 percent", "down"),
    ("change_noun_of", "Payroll reached 501,200 in May, reflecting a loss of 2,300 jobs.", "2,300", "down"),
    ("change_word_before", "Rents increased overall at a modest rate of 2.2 percent.", "2.2 percent", "up"),
    ("comparative_after", "Цены растут.\n\nЭто на 14 рублей и 1 копейку дороже, чем неделей ранее.", "14 рублей и 1 копейку", "up"),
    ("change_noun_then_level", "The increase in the index over the year to June 2018 was 2.9%.", "2.9%", "up"),
    ("change_verb_object", "Growers planted more, increasing output almost six per cent.", "almost six per cent", "up"),
    ("change_verb_object", "The council cut the roads budget 12 percent.", "12 percent", "down"),
    ("change_verb_object", "More full-time jobs helped lift total hours worked 1 per cent.", "1 per cent", "up"),
    ("change_earlier_in_clause", "Potato output fell four per cent, including seven per cent on the island.", "seven per cent", "down"),
    ("change_noun_then_level", "В Орловской области прирост составил всего 2,4%.", "2,4%", "up"),
    ("change_noun_then_level", "The decline was only 6 percent.", "6 percent", "down"),
    ("change_word_before", "Пенсия в районе приросла более чем на 9%.", "более чем на 9%", "up"),
    ("change_noun_then_level", "В среднем по области прирост — 3,2%.", "3,2%", "up"),
    # a line that opens with a change's noun, up to three words, then a dash: one change of a list, one a line
    ("change_noun_then_level", "Итоги марта\nРост сферы бытовых услуг – 3.5%\nСнижение импорта – 1.2%", "3.5%", "up"),
    ("change_noun_then_level", "Highlights\nDecline in retail sales – 2.1%", "2.1%", "down"),
    ("none", "Доля в общем сокращении численности населения - 82,2%.", "82,2%", None),
    ("change_verb_after", "На 4,1 тысячи человек сократилось население района.", "4,1 тысячи", "down"),
    ("change_word_before", "Prices rose on the upward movement of 6.2 per cent in the index for fuel.", "6.2 per cent", "up"),
    ("none", "This is an increase of 2,100 pupils, or 0.4 per cent, on last year.", "0.4 per cent", "up"),
    ("comparative_after", "За год родились на 180 детей (на 0,4%) меньше, чем годом ранее.", "0,4%", "down"),
    ("change_at", "February recorded the biggest increase at 42.09 percent.", "42.09 percent", "up"),
    # a change's noun, its time between ("over the year"), then "at"
    ("change_at", "Leeds saw the fastest job growth over the year at 2.7%.", "2.7%", "up"),
    ("level_verb", "Output reached 52 million tons.", "52 million tons", None),
    ("level_total", "Two more died, bringing the death toll to 61.", "61", None),
    ("change_noun_bracket", "Growth of both wages (13%) and real incomes (8.1%) was recorded.", "8.1%", "up"),
    # a comparative after a copula compares levels: the bracket holds a level, no change
    ("none", "Overall inflation was just above the yearly average, but was considerably lower in the capital (0.2%).", "0.2%", None),
    ("none", "Overall inflation (0.9%) was considerably lower in the capital (0.2%).", "0.2%", None),
    ("change_word_before", "Robberies fell by 7 percent.", "7 percent", "down"),
    ("change_earlier_in_clause", "It was met by increasing income by £3m and reducing spending by £5m.", "£5m", "down"),
    # a change, where or when it was, then a dash and its size; not a share of a change after a preposition
    ("change_noun_dash", "Rents in the town had the sharpest rise in the county last year - 9 per cent.", "9 per cent", "up"),
    ("change_noun_dash", "Самое заметное снижение отмечено в Кокшетау – 2,3%.", "2,3%", "down"),
    ("none", "The city took a share of the total increase in jobs - 40 per cent.", "40 per cent", None),
    ("none", "Bread was cheapest in the capital - 0.8%.", "0.8%", None),
    ("change_noun_bracket", "Дешевле стала капуста белокочанная (9,5%), лимоны (7,4%).", "7,4%", "down"),
    ("count_added", "The state added 3,200 jobs in May.", "3,200", "up"),
    ("money_lost", "Trading entities lost another £6m last year.", "£6m", None),
    ("money_lost", "Россияне потеряли почти 120 млрд рублей из-за мошенников.", "почти 120 млрд рублей", None),
    ("count_added", "Payrolls grew again, adding roughly 8,800 positions.", "roughly 8,800", "up"),
    # before money "added" is no change without "by": an amount put in
    ("none", "The council added $5 million to the road fund.", "$5 million", None),
    ("none", "The fund put $5 million in growth capital.", "$5 million", None),   # "in" a noun that goes on is no change's
    ("none", "Crime fell 5% last year, and 40% of all offences were thefts.", "40%", None),
    ("none", "Support for the plan is upwards of 70 per cent.", "upwards of 70 per cent", None),
    ("none", "Growth slowed to 4.1 per cent, with output of $907 billion at constant prices and $1,055 billion at current prices.",
     "$1,055 billion", None),
    ("comparative_before", "Крупных краж стало меньше на 15%.", "15%", "down"),
    ("change_verb_after", "На 4,2% возросло количество краж.", "4,2%", "up"),
    ("bracket_items_verb", "Prices of bread (2.1%), fuel and power (0.4%) and rents (1.3%) increased in May.", "0.4%", "up"),
    ("label_change", "Leeds\n- Average price for May: £231,400\n- The price increase over the year: £9,500", "£9,500", "up"),
    ("change_after_colon", "Harvest facts\n12%: Decline in oat production across the state in 2024.", "12%", "down"),
    ("change_after_colon", "Итоги года\n4%: рост выпуска молока.", "4%", "up"),
    ("bracket_items_verb", "Цены на сахар (1,2%) и крупы (0,7%) снизились за неделю.", "1,2%", "down"),
    ("change_verb_after", "На 28% (с 90 до 65) уменьшилось число грабежей.", "28%", "down"),
    # ... past a period with its number ("за 10 лет")
    ("change_verb_after", "Более чем на 40% за 10 лет вырос выпуск молока.", "Более чем на 40%", "up"),
    # a change's noun in the instrumental case ("с повышением", "с увеличением")
    ("change_earlier_in_clause", "Выпуск составил 12,4 млн тонн с увеличением к прошлому году на 3,1%.", "3,1%", "up"),
    ("change_earlier_in_clause", "Robberies fell by 7 percent and burglaries by 9 percent.", "9 percent", "down"),
    ("none", "Wales rose by 1.4 per cent and Ulster by 5 per cent.The largest markets were Cardiff (1,224 sales) and Belfast (1,216).",
     "1,216", None),
    ("change_earlier_in_clause", "Наибольший прирост цен отмечен на табачные изделия (4,2%), пиво (3,3%), пшеничную муку (3,2%), "
     "куриные яйца (2,8%), хлеб (2,7%), сыр (2,3%), сухие молочные смеси для детского питания (2,2%), мебель (1,2%).", "1,2%", "up"),
    ("change_earlier_in_clause", "Продукты подорожали на 1,1%; одежда - на 0,8%; услуги - на 2%.", "2%", "up"),
    ("change_earlier_in_clause", "The board voted to cut the rate by a further 0.5 percentage points.", "0.5 percentage points", "down"),
    ("change_noun_after", "The region reported a 4.5 percent rise in road accidents.", "4.5 percent", "up"),
    ("change_noun_after", "The plan brings a 3.2 per cent wage increase for nurses and a 5 percent tax cut.", "5 percent", "down"),
    # a bracket between the amount and its change noun restates the change; its figure is of the change too
    ("change_noun_after", "The county spent €96m, a €7m (8%) increase on the year before.", "€7m", "up"),
    ("change_noun_after", "The county spent €96m, a €7m (8%) increase on the year before.", "8%", "up"),
    ("change_earlier_in_clause", "Arrivals from these markets fell: Chile [1,204 or 9.5% to 11,470]; Peru [6.1%].", "6.1%", "down"),
    ("change_earlier_in_clause", "Arrivals from these markets fell: Chile [1,204 or 9.5% to 11,470]; Peru [6.1%].", "1,204", "down"),
    ("comparative_after", "There were 6.6% fewer crimes than a year earlier.", "6.6%", "down"),
    # a verb that compares right after a multiplier makes it a claim, and says which way ("превзошла", "уступаем")
    ("comparative_after", "Область в полтора раза превзошла прошлогодний урожай зерна.", "в полтора раза", "up"),
    ("comparative_after", "По доходу на душу населения мы примерно в 15 раз уступаем лидерам.", "примерно в 15 раз", "down"),
    ("comparative_after", "Burglary is now 11 percent below where it was in 2019.", "11 percent", "down"),
    ("comparative_after", "There were 41,000 more people in work and 9,000 fewer jobseekers than in 2020.", "41,000", "up"),
    # a comparative right after a count, nothing compared named: the count's change
    ("comparative_alone", "There were 30 fewer murders in the first quarter.", "30", "down"),
    ("comparative_alone", "In May 115 more people claimed the allowance, taking the total to 520.", "115", "up"),
    ("comparative_alone", "Growers tapped 9,000 more trees this season for a total of 41,000.", "9,000", "up"),
    ("none", "The hospital hired 30 more nurses.", "30", None),
    # a verb that compares, right after "by" an amount: the measure against its earlier value
    ("comparative_after", "Пассажиропоток составил 737 тыс. человек, что на 10,4% превышает показатель прошлого года.", "10,4%", "up"),
    ("comparative_after", "Выручка составила 2,1 млрд рублей, что на 6% уступает уровню 2023 года.", "6%", "down"),
    ("change_earlier_in_clause", "Число умерших превысило число родившихся на 12,5%.", "12,5%", None),
    ("level_from", "Exports rose by 5,200, up from the gains of 3,900 a year earlier.", "3,900", None),
    ("none", "Отток дал наибольшую долю в общем сокращении численности населения - 82,2%.", "82,2%", None),
    ("heading_change", "Job gains were recorded in these sectors:\n  • Retail: 41,000\n", "41,000", "up"),
    ("colon_list_change", "Снижение выпуска пришлось на отрасли: текстильная - 12,4%, мебельная - 3,1%.", "3,1%", "down"),
    ("colon_list_change", "The growth came from: metals - 14.2%, timber - 6.5%, chemicals - 2.1%.", "2.1%", "up"),
    ("colon_noun_items", "The other towns showed these rises: Ashford, 3.1 per cent; Dover 2.4 per cent; Deal 1.9 per cent.", "2.4 per cent", "up"),
    ("colon_noun_items", "Два района показали такие снижения: Заречный, 3,1%; Лесной 2,4%.", "2,4%", "down"),
    ("heading_change", "In April prices rose most for:\n• cabbage – by 20.9%\n• lemons – by 16%", "16%", "up"),
    ("heading_change", "Цены в целом выросли. В частности, подешевели:\n\n• бананы — на 3%,\n\n• гречка — на 1,2%.", "1,2%", "down"),
    ("heading_change", "Подешевели:\n• лимоны (на 5%, до 150,20 руб. за кг),\n• бананы (на 3%, до 74,41 руб. за кг).", "3%", "down"),
    # items on lines of their own with no bullet, under a heading with a change noun, or a change verb alone
    ("heading_change", "Рост цен обеспечили:\n\nмасло сливочное (на 2,4 %)\n\nсыры – на 1,9%;", "1,9%", "up"),
    ("heading_change", "Цены в целом выросли.\n\nТакже подешевели:\n\nгречка 0,8 %;\n\nрис 0,5 %.", "0,5 %", "down"),
    ("heading_change", "Prices fell:\n\nEggs 5%\n\nMilk 3%", "3%", "down"),
    ("none", "Police opened 4,300 criminal cases.", "4,300", None),
]

# (rule, sentence, mention, subject)
SUBJECTS = [
    ("allocated_for", "The ministry will spend 12 billion rubles on new schools.", "12 billion rubles", "new schools"),
    # "to" and a plural noun (maybe after a word in "-ing") right after the verb: what the money goes to (not "to build")
    ("allocated_for", "A further €2.4m has been committed to sports grants.", "€2.4m", "sports grants"),
    ("allocated_for", "The board allocated $3m to schools and $1m to build roads.", "$3m", "schools"),
    # ... proposed for a purpose, or sent to whom gets it ("will go to")
    ("allocated_for", "An extra £400 million has been proposed for social care services.", "£400 million", "social care services"),
    ("allocated_for", "An extra £150m will go to local authorities and £3m goes to improve roads.", "£150m", "local authorities"),
    ("allocated_for", "An extra £150m will go to local authorities and £3m goes to improve roads.", "£3m", "roads"),
    # a name of up to five words in quotation marks is no quotation: it goes on with the phrase
    ("allocated_for", 'The city will spend $4 million on parks and $2 million on "public order and safety" infrastructure.', "$2 million",
     "public order and safety infrastructure"),
    ("allocated_for", "Budget news.\n\nWe are spending about £4b a year on our schools.", "about £4b", "schools"),
    ("allocated_for", "Цены растут.\n\nЖители района тратят 2 млрд рублей в год на лекарства.", "2 млрд рублей", "лекарства"),
    ("allocated_for", "The minister kept the promise, earmarking $4.1 billion for the health department.", "$4.1 billion", "health department"),
    ("visit_purpose", "Holidaymakers made up 70 per cent of guests, 9 per cent came for conferences and 6 per cent came to see "
     "their relatives.", "9 per cent", "conferences"),
    ("visit_purpose", "Holidaymakers made up 70 per cent of guests, 9 per cent came for conferences and 6 per cent came to see "
     "their relatives.", "6 per cent", "relatives"),
    # money put into a fund ("to" only before a determiner: "spent $5 million to build roads" names no purpose)
    ("allocated_for", "The governor proposes adding $140 million to the state's rainy day fund.", "$140 million", "state's rainy day fund"),
    ("allocated_for", "The board is socking away $75 million into reserves.", "$75 million", "reserves"),
    # ... after an amount whose purpose is a verb's object, first in the list
    ("allocated_for", "The plan includes $4.2 million to repave Main Street, $1.1 million for a new fire engine and more.",
     "$1.1 million", "new fire engine"),
    # an item of a list after the preposition the figure before was followed by: another part of the same whole
    ("parallel_purpose", "Of the budget, 61.2 percent is for salaries; 20.4 percent for rent; 3.1 percent for travel.", "20.4 percent", "rent"),
    # money before "to" and a verb of what it is for: the noun phrase the verb takes (not a rise's "to $20 million")
    ("purpose_infinitive", "The district will borrow $12 million to renovate the old library on Elm Street.", "$12 million", "old library"),
    ("purpose_infinitive", "Council approved roughly $650,000 to hire paramedics.", "roughly $650,000", "paramedics"),
    ("purpose_infinitive", "The plan sets aside $410,000 to replant the orchards and $90,000 to mitigate flooding.", "$90,000", "flooding"),
    ("purpose_infinitive", "-- $825,000 to promote winter tourism programs;", "$825,000", "winter tourism programs"),
    # a list's item of an amount and what it is for, with no verb
    ("allocated_for", "The town's capital plan:\n- $840,000 for street lighting\n- $95,000 for the skate park", "$95,000", "skate park"),
    ("allocated_for", "Расходы бюджета района:\n– 12,4 млн рублей на ремонт школ\n– 3,1 млн рублей на уличное освещение", "3,1 млн рублей", "уличное освещение"),
    ("allocated_for", "The plan provides £2.1bn for rural broadband.", "£2.1bn", "rural broadband"),
    ("allocated_for", "На развитие дорог направлено 486 млн рублей.", "486 млн рублей", "развитие дорог"),
    ("allocated_for", "The budget allocates $30 million for school meals and $12 million for rural roads.", "$12 million", "rural roads"),
    ("allocated_for", "The budget raises spending, with $20 million for bursaries, $6 million for medicines and $2 million for police recruits.",
     "$6 million", "medicines"),
    ("allocated_for", "Spending consisted of $154 billion for debt service, $338 billion for wages and $202 billion for development.",
     "$338 billion", "wages"),
    ("allocated_for", "The council plans an extra €400,000 towards flood defences.", "€400,000", "flood defences"),
    ("allocated_for", "The town will widen two bridges and add $9.5 million for cycle lanes.", "$9.5 million", "cycle lanes"),
    ("allocated_for", "В бюджете заложены дополнительные 3 млн рублей на ремонт школ.", "3 млн рублей", "ремонт школ"),
    ("allocated_for", "Ещё 4,2 млрд рублей направим на повышение зарплаты учителей.", "4,2 млрд рублей", "повышение зарплаты учителей"),
    ("restated", "Among the regions, Northland with 5,210 accidents (12.5 per cent) recorded the most.", "12.5 per cent", "accidents"),
    ("restated", "Thefts fell, burglaries were flat, and there were 310 robberies, a 6 percent increase.", "6 percent", "robberies"),
    ("previous_figure", "Of 4,000 crashes, 1,250 (31.3 per cent) took place at night.", "1,250", "crashes"),
    # "range" before a range's "from" is a verb, not a word of the subject
    # "estimated at" in an aside is a level's verb, not speech whose subject is a person
    ("clause_subject", "Основной вклад в рост цен внесли услуги связи, подорожавшие на 6%.", "6%", "услуги связи"),
    ("clause_subject", "The value of farm exports in May, provisionally estimated at $3.1 billion, fell 4.2%.", "$3.1 billion",
     "value of farm exports"),
    ("clause_subject", "Vacancy rates range from 2.1% in Leeds to 6.4% in Hull.", "2.1%", "vacancy rates"),
    ("clause_subject", "The price index has increased by 0.8% similar to the rise recorded a month before.", "0.8%", "price index"),
    ("clause_subject", "Real growth projected to be 4.3% in 2017.", "4.3%", "real growth"),
    ("clause_subject", "Bread prices rise to 14% amid wheat shortage", "14%", "bread prices"),   # "amid" opens no noun the figure counts
    # a part that opens the sentence ("Из овощей") before the clause's own subject, whose preposition is the noun's own
    ("clause_subject", "Из молочной продукции цена на сыр поднялась на 9%.", "9%", "цена на сыр"),
    # a bare change whose sentence opens with its sector or place: the change there; the next item's sector in its place
    ("change_in_sector", "Так, в торговле темп роста составил 104,2%, в строительстве - 98,1%.", "104,2%", "темп роста в торговле"),
    ("item_place", "Так, в торговле темп роста составил 104,2%, в сельском хозяйстве - 98,1%.", "98,1%", "темп роста в сельском хозяйстве"),
    ("change_in_sector", "In retail, growth was 2.4% last year.", "2.4%", "growth in retail"),
    # a participle after "a growth of N" tells why, it names no predicate of the figure
    ("clause_subject", "Retail trade registered a higher growth of 9.5 per cent reflecting strong car sales.", "9.5 per cent", "retail trade"),
    ("clause_subject", "The jobless rate has fallen once again to 5.2 per cent.", "5.2 per cent", "jobless rate"),
    # a paper's name run into the sentence that lost its line break: the capitalised article after it opens the clause
    ("clause_subject", "Harbour Weekly Gazette The county jobless rate remained unchanged at its low of 3.3 percent.", "3.3 percent", "county jobless rate"),
    ("clause_subject", "В 80-е годы XX века в городе проживало 300 тысяч человек.", "300 тысяч", "проживало"),
    ("clause_subject", "The current account deficit narrowed by $156.1 million relative to a year earlier.", "$156.1 million", "current account deficit"),
    ("clause_subject", "The new tax equates to £300 a year for a typical family.", "£300", "new tax"),
    ("clause_subject", "Burglary saw a welcome decrease of 9.1% this spring.", "9.1%", "burglary"),
    ("after_verb", "На 12 % дороже стала стрижка в парикмахерских.", "12 %", "стрижка в парикмахерских"),
    ("after_verb", "На 4,1 тысячи человек сократилось население района.", "4,1 тысячи", "население района"),
    ("clause_subject", "Доля довольных выросла с 40% до 46%, оценка работы транспорта с 31% до 37%.", "31%", "оценка работы транспорта"),
    ("clause_subject", "ЦЕНЫ НА ТОПЛИВО В РЕГИОНЕ ВЫРОСЛИ НА 6,1%", "6,1%", "цены на топливо"),
    # counted people and what they are doing ("people are waiting for ...")
    # people counted by what they did, a past participle or a verb ending -ing right after them
    ("noun_after", "Last month 212 people joined the waiting list for housing.", "212", "people joined the waiting list for housing"),
    ("noun_after", "Overall, 348,100 people are waiting for a first appointment.", "348,100", "people waiting for a first appointment"),
    ("noun_after", "There were 4 210 robberies in the three-month period, up by 6%.", "4 210", "robberies"),
    # the noun after a figure ends before another figure ("bags generating $9 million"); a participle and a preposition
    # after a figure ("produced in", "given to") say what was done with it, no noun of what it counts
    ("noun_after", "Growers sold 41,200 bags earning K12,400,000 for the season.", "41,200", "bags"),
    ("noun_after", "Last week 312 patients with COVID-19 were in hospital.", "312", "patients with covid-19"),   # a word's digits are no figure
    ("clause_subject", "Tobacco sales reached 180 million kg valued at about $500 million.", "180 million kg", "tobacco sales"),
    ("previous_figure", "Maize output is pegged at 9.1 million tonnes, more than double the 4.2 million tonnes produced last year.",
     "4.2 million tonnes", "maize output"),
    # ... or a particle after the participle ("set aside", "scraped together")
    ("previous_figure", "Rice output is pegged at 9.1 million tonnes, more than double the 4.2 million tonnes scraped together in 2019.",
     "4.2 million tonnes", "rice output"),
    # a level a change reached, or came from, counted in "cases": what the clause's subject counts, not the cases
    ("previous_figure", "Burglaries fell by 9.1% to 2,204 cases in 2023, from 2,425 cases in 2022.", "2,204", "burglaries"),
    ("previous_figure", "Burglaries fell by 9.1% to 2,204 cases in 2023, from 2,425 cases in 2022.", "2,425", "burglaries"),
    # someone acts, and the change after the figure is all the clause names: the change
    ("change_named", "We are looking at a 3.1% growth this year.", "3.1%", "growth"),
    # a person named with a title who asks for a change owns none: the change itself
    ("change_named", "Finance Director Ann Lee has asked members to approve a 4% increase for next year.", "4%", "increase"),
    # "this" after a figure opens a time of its own ("this season"), not what the figure counts
    ("previous_figure", "The number of growers rose from 8,200 to 9,100 this season.", "9,100", "growers"),
    ("clause_subject", "Capital spending, including grants to schools, new clinics, bridges and transfers to the regions, is $9.2 billion.",
     "$9.2 billion", "capital spending"),
    ("clause_subject", "Recurrent spending will amount to $2.5 billion equivalent to11.6 per cent of GDP.", "$2.5 billion", "recurrent spending"),
    # ... past a bracketed aside that defines the noun
    ("linked_amount", "The survey puts the jobless rate (the share of the labour force out of work) at 4.1%.", "4.1%", "jobless rate"),
    ("linked_amount", "The annual inflation rate remained stable, at 1.8 percent, in the year to March.", "1.8 percent", "annual inflation rate"),
    ("linked_amount", "Закон.\n\nУтвердить бюджет на 2009 год по доходам в сумме 812,4 млн рублей, по расходам в сумме 860,1 млн рублей "
     "с дефицитом в сумме 47,7 млн рублей.", "47,7 млн рублей", "дефицитом"),
    ("linked_amount", "Закон.\n\nУтвердить бюджет на 2009 год по расходам в сумме 860,1 млн рублей, по доходам - в сумме 812,4 млн рублей.",
     "812,4 млн рублей", "доходам"),
    ("linked_amount", "The bank kept the cash reserve ratio (CRR) at 45 percent.", "45 percent", "cash reserve ratio"),
    # the object before the "to" of a level verb is what stays at the level (not a passive's "is expected to stay at")
    ("linked_amount", "Analysts expected the jobless rate to stay at 4.9 per cent.", "4.9 per cent", "jobless rate"),
    # goods worth an amount after "на" ("sold milk worth ..."); not the "на" of a change ("увеличен на 5 млрд")
    ("linked_amount", "Хозяйства района продали молока на 120 млн рублей.", "120 млн рублей", "молока"),
    ("previous_figure", "Thefts fell by 70, to 158, against the 228 recorded for period one of the survey.", "228", "thefts"),
    ("previous_figure", "Claims grew from 4,313 last Sunday to 5,462 counted one week later.", "5,462", "claims"),
    ("raised_object", "We now expect growth in the eastern region to ease to 3.1 percent next year.", "3.1 percent", "growth in the eastern region"),
    ("raised_object", "The ministry projects arrivals for the full year to rise to 1,200,000.", "1,200,000", "arrivals"),
    ("raised_object", "The budget will see water charges go up 2.7% next year.", "2.7%", "water charges"),
    ("held_to", "The district council kept its proposed rate rise to 3.95% this year.", "3.95%", "proposed rate rise"),
    ("with_scored_change", "Most markets were up from a year before with Reno scoring a 6.4 percent increase.", "6.4 percent", "reno"),
    ("reported_clause", "The figures were compared with the year before and found bicycle theft dipped by 410.", "410", "bicycle theft"),
    ("reported_clause", "In addition, he said the 12 month index change for fuels has increased to 4.2 per cent.", "4.2 per cent",
     "month index change for fuels"),
    ("held_to", "Ministers held public sector pay rises to 1% in 2023.", "1%", "public sector pay rises"),
    # a noun after the comparative that a year follows is the time compared with, not what the figure measures
    ("previous_figure", "Средняя зарплата составила 72,1 тысячи рублей, что на 11,7% больше аналогичного периода 2024 года.", "11,7%",
     "средняя зарплата"),
    ("previous_figure", "Продажи составили 5,2 млрд рублей, на 9% больше уровня марта 2024 года.", "9%", "продажи"),
    ("of_after", "In the north, a total of 885 hectares of strawberries were grown.", "885 hectares", "strawberries"),
    ("of_after", "Crime fell in 12 of Kent's 13 districts.", "12", "districts"),
    # a whole a share is taken of, with its own verb after it: what the share measures ("of GDP" alone is not)
    ("of_after", "Last year 70 percent of the workforce was employed in services.", "70 percent", "workforce"),
    ("of_after", "Some 58.4 per cent of those attending the clinic were seen within an hour.", "Some 58.4 per cent", "attending clinic"),
    ("clause_subject", "Количество разводов, напротив, на 312 сократилось.", "312", "разводов"),
    ("part_of_whole", "The debt level at the end of March 2025 was 98.4 per cent of GDP.", "98.4 per cent", "debt level"),
    ("part_of_whole", "Census report.\n\nChildren aged 14 and below accounted for 19.2 per cent of the population.", "19.2 per cent",
     "children aged 14 and below"),
    ("part_of_whole", "Census report.\n\nYouths aged 15 to 24 made up 12.4 per cent of arrivals.", "12.4 per cent", "youths aged 15 to 24"),
    ("previous_figure", "Imports of fuel were lower by 4.1 per cent at RM2.3 billion mainly due to weaker prices.", "RM2.3 billion", "imports of fuel"),
    ("clause_subject", "Уровень безработицы в марте вновь снизился и составил уже 3,1% от рабочей силы.", "3,1%", "безработицы"),
    ("clause_subject", "Прогноз по сбору зерна сохраняется в целом на уровне 130 млн тонн.", "130 млн тонн", "прогноз по сбору зерна"),
    ("clause_subject", "This cut the current jobless rate from 6.1 percent to 5.8 percent.", "6.1 percent", "current jobless rate"),
    ("allocated_for", "В частности, 8 млрд рублей предусмотрели на меры поддержки многодетных семей.", "8 млрд рублей", "меры поддержки многодетных семей"),
    ("allocated_for", "Главное в бюджете:\n- На ремонт дорог в 2025 году выделят более 2 млрд рублей.", "более 2 млрд рублей", "ремонт дорог"),
    ("allocated_for", "The ministry has set aside $12 million for school meals and $4 million towards teacher training.",
     "$4 million", "teacher training"),
    ("dash_named", "Мигрантов было 2,3 млн, из которых 568,5 тысячи (24,1%) – женщины, 827,1 тысячи – молодежь.", "827,1 тысячи", "молодежь"),
    ("dash_item", "Подешевели: на 12% – на морковь столовую (4,1 руб.), на 5% – на свеклу.", "12%", "морковь столовую"),
    ("dash_item", "Подешевели: на 12% – на морковь столовую (4,1 руб.), на 5% – на свеклу.", "5%", "свеклу"),
    ("semicolon_item", "Из поголовья лошадей 60,2% содержится в хозяйствах населения; по верблюдам – соответственно 55,1%, 40,7% и 4,2%.",
     "40,7%", "верблюдам"),
    ("item_label", "За полгода в области на свет появились 8120, покинули этот мир – 9455.", "9455", "покинули этот мир"),
    ("allocated_for", "Spending consisted of Kshs154.2 billion for debt service, Kshs338.5 billion for wages and Kshs202.1 billion for roads.",
     "Kshs338.5 billion", "wages"),
    ("linked_amount", "Output of wheat is pegged higher at 31.2 million tonnes this year.", "31.2 million tonnes", "output of wheat"),
    # a verb's link after its place: the clause's subject, not the place
    ("linked_amount", "Численность рабочей силы в 2024 году в регионе оценивается в 484 тысячи человек.", "484 тысячи", "рабочей силы"),
    ("linked_amount", "По итогам 9 месяцев индекс производства сложился на уровне в 107,2%.", "107,2%", "индекс производства"),
    # a part with its own verb after "в том числе" has its own subject
    ("linked_amount", "Расходы составят 90 млрд рублей, в том числе социальные расходы ожидаются в сумме 40 млрд рублей.",
     "40 млрд рублей", "социальные расходы"),
    ("linked_amount", "The official received bribes amounting to €200 thousand.", "€200 thousand", "bribes"),
    # a copula's complement before "at" ("below forecast") is what it says of the subject, not what is measured
    ("linked_amount", "Net public debt was also below forecast, at 20.6 percent of GDP.", "20.6 percent", "net public debt"),
    # ("below forecast" is a comparative of the verb before "at" now, and the clause's subject is the same)
    ("clause_subject", "Net core Crown debt as at 31 March was below forecast, at 20.6 percent of GDP.", "20.6 percent",
     "net core crown debt"),
    # an adjective alone before the link names nothing: the clause's subject
    ("linked_amount", "The number of jobless was 9,120 in May, up from the revised April total of 8,940.", "8,940", "jobless"),
    # a passive verb's prepositional phrase before "at": the link is the verb's
    ("linked_amount", "The jobless rate was estimated from the household survey at 3.1 per cent.", "3.1 per cent", "jobless rate"),
    ("linked_amount", "The mayor is charged with taking a bribe in the amount of 7 million rubles.", "7 million rubles", "bribe"),
    ("linked_amount", "Rice exports reached a value of $5 billion.", "$5 billion", "rice exports"),
    ("before_parenthesis", "Подешевели:\n• лимоны (на 5%, до 150,20 руб. за кг),\n• бананы (на 3%, до 74,41 руб. за кг).", "74,41 руб.", "бананы"),
    # words a slash joins are one item, kept as written
    ("before_parenthesis", "Spending goes to roads/bridges (€12.4m) and arts/culture/heritage (€0.6m).", "€0.6m", "arts/culture/heritage"),
    ("total_set", "Two more died, bringing the death toll to 61.", "61", "death toll"),
    ("total_set", "Ещё двое погибли, доведя число жертв до 61.", "61", "жертв"),
    # a time after a possessive stands inside the noun phrase
    ("total_set", "Dearer fuel has pushed Ruritania’s year on year inflation to 14.6 percent.", "14.6 percent",
     "ruritania’s year on year inflation"),
    ("linked_amount", "Чиновник получил взятку в размере 2 млн рублей.", "2 млн рублей", "взятку"),
    ("linked_amount", "Безработица держится на уровне 5,2%.", "5,2%", "безработица"),
    ("named_after", "The Commission will pay €50 million in budget support to Moldova.", "€50 million", "budget support"),
    ("named_after", "Jobs grew.\n\nWe delivered a budget with $5 billion worth of roads in it.", "$5 billion", "roads"),
    ("named_after", "They took out their $128,000 worth of equity.", "$128,000", "equity"),
    ("named_after", "The storm caused an estimated $3 billion in damages.", "an estimated $3 billion", "damages"),
    ("part_of_whole", "Fraud accounts for 35% of all crimes in the region.", "35%", "fraud"),
    # a share verb after "and" shares the subject of the verb before it, not the noun right before "and"
    ("part_of_whole", "Payroll tax is the main source of revenue for the city and makes up 41% of all taxes.", "41%", "payroll tax"),
    ("part_of_whole", "Налог на прибыль остается главным источником доходов бюджета и составляет 41% всех поступлений.", "41%",
     "налог на прибыль"),
    # the part put before its verb: "На X пришлось N"
    ("share_goes_to", "На культуру пришлось 1,4 млрд рублей.", "1,4 млрд рублей", "культуру"),
    ("share_goes_to", "Of the grant, 46% went to pensions and 54% to schools.", "54%", "schools"),
    # verbs that allocate or spend give the share to what they fund
    ("share_goes_to", "Из бюджета 41 процент выделяется на образование, 18 процентов - на медицину.", "18 процентов", "медицину"),
    ("share_goes_to", "Of the levy, 40% is spent on schools and 25% on roads.", "25%", "roads"),
    # the whole in the genitive between the share and its verb
    ("share_goes_to", "72% введённых в строй квартир приходится на областной центр.", "72%", "областной центр"),
    # past the share in brackets, and a later item after its dash
    ("share_goes_to", "Бюджет получил 18 млрд руб., из которых 11 млрд руб. (61%) пришлось на собственные доходы, а 7 млрд руб. — на "
                      "безвозмездные поступления.", "61%", "собственные доходы"),
    ("share_goes_to", "Бюджет получил 18 млрд руб., из которых 11 млрд руб. (61%) пришлось на собственные доходы, а 7 млрд руб. — на "
                      "безвозмездные поступления.", "7 млрд руб.", "безвозмездные поступления"),
    # a topic fronted with "по", right before its verb, no comma
    ("fronted_topic", "По доходам исполнено 64,5%, или 80 млрд рублей.", "64,5%", "доходам"),
    ("fronted_topic", "Поэтому в целом по налоговым доходам мы теряем 4% в этом году.", "4%", "налоговым доходам"),
    ("fronted_topic", "However, in the health sector, we allocated Rs 5,000 crore.", "Rs 5,000 crore", "health sector"),
    ("share_goes_to", "В структуре вкладов 60%, или 12 млрд рублей, приходится на депозиты граждан и 40% на депозиты компаний.",
     "12 млрд рублей", "депозиты граждан"),
    ("share_goes_to", "В структуре вкладов 60% приходится на депозиты граждан и 40% на депозиты компаний.", "40%", "депозиты компаний"),
    # a verbless line: the phrase before its time and comma is what the figure measures
    ("comma_label", "Farms sold less this spring.\nBarley acres in 2019, -12.4% vs. 2018", "-12.4%", "barley acres"),
    ("comma_label", "Цены росли весь год.\nПродажи жилья в Твери, +8% к прошлому году", "+8%", "продажи жилья"),
    ("comma_label", "Trade slowed in the spring.\nShipments of timber in June, 7% lower than a year before.", "7%", "shipments of timber"),
    ("comma_label", "Jobs data came out.\nThe retail sector, at 412,600, added 1,200 jobs.", "412,600", "retail sector"),
    ("fronted_whole", "Of those burglaries, 41% happened at night.", "41%", "burglaries"),
    ("fronted_whole", "Из этих краж 41% совершены ночью.", "41%", "краж"),
    ("of_after", "Half of the crimes were committed by repeat offenders.", "Half", "crimes"),
    ("of_after", "Police solved 912 out of 1,480 burglaries.", "912", "burglaries"),
    ("of_after", "Раскрыто 912 из 1 480 краж.", "912", "краж"),
    ("of_after", "Customs seized 2.5 tons of heroin.", "2.5 tons", "heroin"),
    ("noun_after", "Police opened 4,300 criminal cases.", "4,300", "criminal cases"),
    # what an amount leaves out is no noun of its own: the clause's subject names it
    ("clause_subject", "The wage bill is projected to be $84.2 million excluding pensions.", "$84.2 million", "wage bill"),
    ("clause_subject", "Расходы бюджета составят 12,4 млрд рублей без учета трансфертов.", "12,4 млрд рублей", "расходы бюджета"),
    # a share right before a plain noun is of that noun; not before a state ("93 per cent complete"), a participle or "over"
    ("noun_after", "Exports were worth $4.1 billion, made up of 56% crude oil and 44% natural gas.", "44%", "natural gas"),
    ("noun_after", "Of the 2,400 students who sat the exam, 91.1% passed, including 55.3% girls.", "55.3%", "girls"),
    ("clause_subject", "The harvest is 93 per cent complete in the south.", "93 per cent", "harvest"),
    # a list of figures each with what it measures after "in"; not places ("6.1% in England, 0.8% in Wales")
    ("in_item", "Output grew by 31 per cent in maize, 112 per cent in barley and 12 per cent in pulses.", "112 per cent", "barley"),
    ("in_item", "Производство выросло на 31% по кукурузе, на 112% по ячменю.", "112%", "ячменю"),
    ("clause_subject", "House price inflation was 6.1% in England, 0.8% in Wales and 9.0% in Ulster.", "6.1%", "house price inflation"),
    ("noun_after", "The islands expect 310,000 visitors and over NZD95 million in spending this year.", "310,000", "visitors"),
    ("rate_after", "The bureau recorded 0.2 percent month-on-month inflation.", "0.2 percent", "inflation"),
    ("noun_after", "The rate was 11 deaths per 100,000 people.", "11", "deaths per 100,000 people"),
    # a rate's denominator is a round number; "на" before an amount says what the things are worth
    ("noun_after", "В районе строят 42 школы на 7,3 млрд тенге.", "42", "школы"),
    # a share of the total ("от общего количества") is of what the clause names
    ("clause_subject", "Посевная кампания в районе выполнена на 64,1% от общей площади.", "64,1%", "посевная кампания в районе"),
    ("noun_after", "The trust runs 14 wards per 10,000 residents.", "14", "wards per 10,000 residents"),
    ("noun_after", "The ministry said 1,850 people were killed on the roads.", "1,850", "people killed"),
    ("after_comparative", "There were 6.6% fewer crimes than a year earlier.", "6.6%", "crimes"),
    ("after_comparative", "There were twice as many drug addicts as in 2015.", "twice", "drug addicts"),
    ("change_noun_after", "The region reported a 4.5 percent rise in road accidents.", "4.5 percent", "road accidents"),
    ("change_noun_after", "A 12% growth has been experienced in tourist arrivals during May.", "12%", "tourist arrivals"),
    ("change_noun_after", "A 12.5% increase was recorded in the number of measles cases.", "12.5%", "measles cases"),
    ("change_of_before", "A rise of 6% has been recorded in hotel bookings on the island.", "6%", "hotel bookings"),
    ("change_of_before", "The budget provides for an increase of 7 percent in the number of teachers.", "7 percent", "teachers"),
    ("clause_subject", "Exports of the port grew to 9.6m teu in the half year.", "9.6m", "exports of the port"),
    ("previous_figure", "Grain output rose to 31.2 million tonnes, above the 29.1 million tonnes achieved a year earlier.",
     "29.1 million tonnes", "grain output"),
    ("noun_of_before", "Damage of over 156 billion rubles was caused by cyber criminals.", "over 156 billion rubles", "damage"),
    ("clause_subject", "More full-time jobs helped lift total hours worked 1 per cent.", "1 per cent", "total hours worked"),
    ("leading_participle", "After recording an increase of 38.7% in May, the farm sector continued to grow.", "38.7%", "farm sector"),
    ("aside_level", "In the last census, Carlow's population - at 24,272 - was the largest in the county.", "24,272", "carlow's population"),
    ("aside_level", "The deficit (at $3 billion) is the largest in a decade.", "$3 billion", "deficit"),
    ("leading_participle", "Increasing by 4% in 2019, exports reached a record.", "4%", "exports"),
    ("clause_subject", "The council will cut the roads budget 12 percent.", "12 percent", "roads budget"),
    ("noun_of_before", "The final operating surplus figure of $4.5 billion was higher than forecast.", "$4.5 billion", "operating surplus"),
    ("noun_of_before", "The inflation figure of 5.1% surprised traders.", "5.1%", "inflation"),
    # ... past an aside in brackets between the noun and "of"
    ("noun_of_before", "The town grew by a natural increase (births minus deaths) of 1,204.", "1,204", "natural increase"),
    ("change_in_before", "Police recorded a fall in burglaries last year, down 12%.", "12%", "burglaries"),
    ("comma_item", "The top calls included suspicious persons, 241; verbal disputes, 236; stray dogs, 225.", "225", "stray dogs"),
    ("item_of_change", "Повышение цен отмечено на капусту белокочанную на 12,6%.", "12,6%", "капусту белокочанную"),
    # an adjective in the prepositional case after "при" ("средней", a soft stem's ending)
    # an amount right after "including" is a part of the noun before its comma (past a preposition's phrase, kept
    # where the noun takes it as its complement)
    ("included", "The budget predicts steady surpluses over the next years, including $2.1 billion in 2026.", "$2.1 billion",
     "steady surpluses"),
    ("included", "Расходы на образование, включая 3 млрд рублей, выросли.", "3 млрд рублей", "расходы на образование"),
    ("with_measure", "Аграрии собрали 150 тысяч тонн при средней урожайности 31 центнер с гектара.", "31 центнер с гектара",
     "средней урожайности"),
    ("with_measure", "Бюджет принят с дефицитом 4,2 млрд рублей при доходах 115,8 млрд рублей.", "4,2 млрд рублей", "дефицитом"),
    ("with_measure", "Бюджет принят с дефицитом 4,2 млрд рублей при доходах 115,8 млрд рублей.", "115,8 млрд рублей", "доходах"),
    ("with_measure", "Сбор зерна составил 8 млн тонн при урожайности 59,6 ц/га.", "59,6 ц/га", "урожайности"),
    ("list_item", "Менее популярными странами стали Армения (6,7%), Грузия (5,4%) и Молдавия (3,5%).", "5,4%", "грузия"),
    # a list after "behind", and an item's article after "and"
    ("list_item", "The city ranks fourth behind Leeds (812,000), Bristol (472,000) and Hull (267,000).", "812,000", "leeds"),
    ("list_item", "Most visitors came from Germany (90,412) and the Netherlands (61,230).", "61,230", "netherlands"),
    ("name_with", "Второе место заняла КПРФ с 19,2%, третье получила ЛДПР с 7,5%.", "7,5%", "лдпр"),
    ("name_with", "Labour on 34%, the Liberal Democrats with 12%.", "12%", "liberal democrats"),
    ("name_with_change", "The smallest rises were in Dover with a 0.8 per cent shift and Deal with a 1.2 per cent rise.", "0.8 per cent", "dover"),
    ("name_with_change", "The smallest rises were in Dover with a 0.8 per cent shift and Deal with a 1.2 per cent rise.", "1.2 per cent", "deal"),
    ("name_with", "Output grew in mining with 9.1 per cent, retail trade with 4.2 per cent and tourism.", "4.2 per cent", "retail trade"),
    ("before_parenthesis", "Theft (down 12%) remained the most common crime.", "12%", "theft"),
    # past a comma's aside that says what the figure leaves out
    ("before_parenthesis", "Rents rose, led by office rents, excluding service charges (up 4.2 percent).", "4.2 percent", "office rents"),
    ("ranked_by", "По объему жилищного строительства на душу населения – 7 место в округе (0,9 кв. м).", "0,9 кв. м",
     "жилищного строительства"),
    ("ranked_by", "In terms of retail sales per resident, the city took 4th place in the state ($15,200).", "$15,200",
     "retail sales per resident"),
    # a list of names that opens the sentence is one label ("Housing, water and fuels (9.9 per cent)")
    ("before_parenthesis", "Housing, water, electricity and other fuels (9.9 per cent) led the rise.", "9.9 per cent",
     "housing water electricity and other fuels"),
    ("before_parenthesis", "However, prices and rents (12%) rose.", "12%", "rents"),
    # in a list of names each with its figure in brackets, an item's whole name, past its own commas and "and"
    ("before_parenthesis", "Prices of bread and cereals (2.1%), water, gas and other fuels (0.4%) and rents (1.3%) increased.", "0.4%",
     "water gas and other fuels"),
    ("before_parenthesis", "Prices of bread and cereals (2.1%), water, gas and other fuels (0.4%) and rents (1.3%) increased.", "2.1%",
     "bread and cereals"),
    ("before_parenthesis", "Changes by group:\n• Health and Social Care (May, 0.0%; June, +0.3%)", "+0.3%", "health and social care"),
    ("after_parenthesis", "Почти две трети (62,5%, или 265,6 тыс.) преступлений приходится на Москву.", "265,6 тыс.", "преступлений"),
    ("fronted_level", "At 6.2%, the region's jobless rate stayed the highest in the country.", "6.2%", "region's jobless rate"),
    ("fronted_level", "Prices report.\n\nAt 0.4 per cent year over year, the province's consumer price index was the lowest.", "0.4 per cent",
     "province's consumer price index"),
    ("paid_for", "Цены растут.\n\nЗа килограмм гречки туляки заплатят 98,4 руб.", "98,4 руб.", "килограмм гречки"),
    ("paid_for", "Prices rose again.\n\nDrivers will pay 9 cents more for a litre of diesel.", "9 cents", "litre of diesel"),
    ("pointed_back", "Forty towns flooded.\n\n$3.4 billion – such was the cost of the storms last year.", "$3.4 billion", "cost of the storms"),
    ("pointed_back", "Зарплаты растут.\n\n41 200 рублей – такой была средняя пенсия в прошлом году.", "41 200 рублей", "средняя пенсия"),
    ("predicate_after", "A further 16,638 were injured on the road.", "16,638", "injured on the road"),
    # a hyphened participle after the copula is a state, what they are ("were self-employed"), not what was done to them
    ("predicate_after", "The labour force was 9.1 million, of which 1.2 million were self-employed.", "1.2 million", "self-employed"),
    ("predicate_after", "Derry is a nationalist city with 52 percent claiming to be Irish.", "52 percent", "claiming to be irish"),
    ("predicate_after", "Derry is a nationalist city with 52 percent claiming to be Irish, and 75 percent identifying as Catholic.",
     "75 percent", "identifying as catholic"),
    ("predicate_after", "В пунктах размещения живут 2360 человек, 90% из которых составляют пенсионеры.", "90%", "пенсионеры"),
    # a dash after a share of a part named before ("из них") stands for the copula: the share is of what follows it
    ("predicate_after", "На учете состоят 5,2 тысячи человек, из них 31 % – жители сельских районов.", "31 %", "жители сельских районов"),
    ("bullet_name", "Население областей:\n  • Гродненская — 998 600\n  • Витебская 1 091 948\n  • Брестская 1 315 405", "1 091 948",
     "витебская"),
    ("bullet_name", "Население областей:\n  ◦ Гродненская — 998 600\n  ◦ Витебская 1 091 948\n  ◦ Брестская 1 315 405", "1 315 405",
     "брестская"),   # any list's mark the row rules know (text/rows.py BULLETS)
    ("bullet_name", "Население областей:\n  ► Гродненская — 998 600\n  ► Витебская 1 091 948\n  ► Брестская 1 315 405", "1 091 948",
     "витебская"),
    ("measure_word", "Огни зажгут на елке высотой 22 метра, а улица, длиной 2,2 км, будет перекрыта.", "22 метра", "елке высотой"),
    ("measure_word", "Огни зажгут на елке высотой 22 метра, а улица, длиной 2,2 км, будет перекрыта.", "2,2 км", "длиной"),
    ("money_done", "Общая стоимость ремонта составляет 300 млн рублей, уже освоено свыше 120 млн рублей.", "свыше 120 млн рублей", "освоено"),
    ("predicate_after", "Of the total trade, $70.9 billion (38.9%) were exported goods.", "$70.9 billion", "exported goods"),
    # a part that opens its sentence ("Из них") opens the clause of what happened to it
    ("what_happened", "В области живут 1 805 806 человек. Из них 1 336 612 работают в городах.", "1 336 612", "работают"),
    ("what_happened", "Since January, almost 2.1 million have entered Russia.", "almost 2.1 million", "entered russia"),
    ("after_verb", "На 9,5% сократилось количество сообщений о преступлениях.", "9,5%", "сообщений"),
    ("after_verb", "На 28% (с 90 до 65) уменьшилось количество грабежей.", "28%", "грабежей"),
    # a list's line that opens with its figure names it after a colon
    ("label_after", "The grants go as follows:\n• $ 2,315,000:  Schools sector;\n• $ 408,900:  Health sector.", "$ 408,900", "health sector"),
    ("label_after", "52 310 рублей: Туластат назвал среднюю зарплату в регионе\n\nТекст.", "52 310 рублей", "среднюю зарплату"),
    ("label_after", "$48,900: Statistics office reveals the median income of island households\n\nText.", "$48,900",
     "median income of island households"),
    ("label_after", "Из фонда выделено:\n• 12 млн рублей: ремонт школ;\n• 3 млн рублей: закупка автобусов.", "3 млн рублей", "закупка автобусов"),
    ("label_after", "Fast facts\n3.4 million: The number of sheep on the islands.", "3.4 million", "sheep"),
    ("label_after", "Fast facts\n12%: Decline in oat production across the state in 2024.", "12%", "oat production"),
    ("label_after", "Итоги года\n4%: рост выпуска молока.", "4%", "выпуска молока"),
    # a noun phrase of six words, then a time, before the dash
    ("label", "Расходы на поддержку сельского хозяйства района в 2025 году – 3,2 млрд рублей.", "3,2 млрд рублей",
     "расходы на поддержку сельского хозяйства района"),
    ("label", "Vote 014: Ministry of Health, Sport and Culture – $4,210,000", "$4,210,000", "ministry of health sport and culture"),
    ("label", "Безработица: 4,1%.", "4,1%", "безработица"),
    ("list_lead", "New classrooms were built in the county. The new classrooms are: four in Tralee, two in Killarney and "
                  "three in Listowel.", "four", "new classrooms"),
    # a label of two nouns joined, over livestock counted in heads
    ("label", "Лошади: 512 тысяч голов.\nОвцы и козы: 6 миллионов голов (рост на 0,8 процента).", "6 миллионов", "овцы и козы"),
    ("label", "Horses: 41,000 head.\nSheep and goats: 6.3 million head (up 0.8 percent).", "6.3 million", "sheep and goats"),
    # a bullet's label may open with the year it is of
    ("label", "Forestry\n\n  • 2021 export earnings $88.4m\n\nThe sector employs 3,100 people.", "$88.4m", "export earnings"),
    # a list's line that names its item by an adjective alone, its noun left out
    ("label", "Доля районов в обороте:\n\nСеверный район - 21,4%,\n\nЗаречный - 12,7%,\n\nЛесной - 9,9%.", "12,7%", "заречный"),
    # a label's time in brackets before its colon, and a bullet before the label, are no part of it
    ("label", "Budget at a glance\n\nUnemployment (March 2023): 3.8 per cent", "3.8 per cent", "unemployment"),
    ("label", "Budget at a glance\n\n* Net debt: $3.5 billion\n\n* Economic growth (2022/23): 1.25 per cent", "1.25 per cent", "economic growth"),
    # a possessor before the noun says whose it is, not where ("у нас")
    ("label", "У нас долговая нагрузка – 14 миллиардов рублей.", "14 миллиардов рублей", "долговая нагрузка"),
    ("label", "Из бюджета 30% ушло на школы, на здравоохранение – 21%, на дороги – 12%.", "21%", "здравоохранение"),
    ("previous_figure", "Во втором квартале рост выпуска составил 1,6%, в первом - 0,1%.", "0,1%", "выпуска"),
    ("label", "В среднем по области прирост — 3,2%.", "3,2%", "прирост"),
    ("label", "Площадь парка – чуть более 12 тысяч гектаров.", "чуть более 12 тысяч гектаров", "площадь парка"),
    ("heading_item", "Police recorded 61 burglaries. These burglaries took place in:\n\nMarch: 25\n\nApril: 36\n", "36", "burglaries"),
    # an item whose label is only a time measures what its heading's clause names
    ("heading_item", "Budget plan\n\nTotal revenue will be:\n- in 2024 — $207.4 million\n- in 2025 — $213.8 million\n", "$213.8 million",
     "total revenue"),
    ("heading_item", "Бюджет края\n\nОбщий объём расходов составит:\n- в 2024 году — 230,8 млрд руб.\n- в 2025 году — 230,4 млрд руб.\n",
     "230,4 млрд руб.", "расходов"),
    # ... also in a second list, under a first whose items are written differently ("about $230.8 million")
    ("heading_item", "Budget plan\n\nThe regional government published its draft budget for the next three years on Monday.\n"
     "Total revenue will be:\n- in 2024 — $207.4 million\n- in 2025 — $213.8 million\nTotal spending will be:\n"
     "- in 2024 about $230.8 million\n- in 2025 — $230.4 million\n", "$230.4 million", "total spending"),
    ("restated", "Число умерших сократилось на 5,3% (3 116 человек).", "3 116", "умерших"),
    ("acted_on", "After the audit we have revised the projected deficit to $4.1 billion.", "$4.1 billion", "projected deficit"),
    ("acted_on", "В этом году мы собрали урожай 5 млн тонн.", "5 млн тонн", "урожай"),
    # a past verb of acting ends the noun phrase before it ("подписала"), no noun itself
    ("noun_after", "Область открыла 13 новых производств и подписала 24 соглашения о сотрудничестве.", "24", "соглашения"),
    # a mark or milestone passed names no measure: the clause's subject does
    ("clause_subject", "Численность жителей страны достигла отметки в 20 млн человек.", "20 млн", "жителей страны"),
    ("more_of_the_same", "Some 2,400 permits were issued in May, with another 310 granted in June.", "310", "permits"),
    ("elliptic", "Road deaths fell 5 percent and injuries 7 percent.", "7 percent", "injuries"),
    ("elliptic", "Выпуск продукции увеличился на 1,6%, перевозок грузов (без трубопроводов) — на 2,8%.", "2,8%", "перевозок грузов"),
    ("elliptic", "По налоговым доходам мы теряем 4%, по неналоговым доходам — 6%.", "6%", "неналоговым доходам"),
    # an item's aside of what it leaves out, after its comma, is no name of it
    ("elliptic", "Выпуск сыров вырос на 3,2%, в том числе плавленых на 1,4%, творога, кроме зернёного – на 6,1%.", "6,1%", "творога"),
    ("elliptic", "Цены на какао выросли на 28%, а кофе так и вовсе приблизительно на 45%.", "приблизительно на 45%", "кофе"),
    ("elliptic", "Индекс производства составил 101,2%, в том числе в обрабатывающих производствах - 103,5%; в строительстве - 97,1%.",
     "103,5%", "обрабатывающих производствах"),
    ("elliptic", "Индекс производства составил 101,2%, в том числе в обрабатывающих производствах - 103,5%; в строительстве - 97,1%.",
     "97,1%", "строительстве"),
    # a verb before the dash, its counted noun left out: what the verb says happened
    ("elliptic", "Зарегистрировали брак 3 752 пары, развелись - 3 154.", "3 154", "развелись"),
    ("elliptic", "Расходы на образование выросли на 5%, на здравоохранение – на 3%.", "3%", "здравоохранение"),
    # a list break opens the item when "by" stands for the change; a determiner may open it
    ("elliptic", "Sales to Japan rose by 8.1 per cent, other markets by 2.4 per cent.", "2.4 per cent", "markets"),
    # a name after "and" when the figure before ends right before it
    ("elliptic", "Arrivals from Fiji rose by 5.1 per cent, Samoa by 3.3 per cent, Tonga 1.1 per cent and United States 0.3 per cent.",
     "0.3 per cent", "united states"),
    ("label", "Больше всего подорожает тариф на отопление – на 7%.", "7%", "тариф на отопление"),
    # a comparative with "всего" ("cheapest") is the label's predicate, no part of its name
    ("label", "Дешевле всего картофель в Курске: 31,40 руб.", "31,40 руб.", "картофель"),
    ("clause_subject", "Спрос на жильё в регионе вырос на 12%.", "12%", "спрос на жильё"),
    # a source named with capitals after "По данным", no comma: the clause opens after it
    ("clause_subject", "По данным Курскстата за год тарифы на воду выросли на 9,1%.", "9,1%", "тарифы на воду"),
    ("clause_subject", "По информации «Вестей» средняя пенсия в области составляет 23 тысячи рублей.", "23 тысячи рублей",
     "средняя пенсия"),
    ("clause_subject", "Output reached 52 million tons.", "52 million tons", "output"),
    # where a flow comes from is part of what is counted, even a place
    ("clause_subject", "Visitors from New Zealand were up 6.2% in May.", "6.2%", "visitors from new zealand"),
    ("clause_subject", "Импорт из Казахстана вырос на 8%.", "8%", "импорт из казахстана"),
    # an aside a preposition opens between the verb and the figure is no apposition
    ("clause_subject", "Выпуск молока составил, по оперативным данным, 41,2 тыс. тонн, сообщает ведомство.", "41,2 тыс. тонн", "выпуск молока"),
    ("clause_subject", "Output in the first quarter grew, by our estimate, 4.1 percent, the ministry said.", "4.1 percent",
     "output in the first quarter"),
    ("clause_subject", "Rice prices also saw a sharp rise, reaching 12.4% in May.", "12.4%", "rice prices"),
    ("clause_subject", "The county budget totals $412 million.", "$412 million", "county budget"),
    ("clause_subject", "Average gross monthly earnings totalled €1,420 in May.", "€1,420", "average gross monthly earnings"),
    # the object of a change verb before the level it reached; a motion verb has none
    ("clause_subject", "The government raised the minimum wage to $15.", "$15", "minimum wage"),
    ("clause_subject", "Правительство повысило МРОТ до 19 тысяч рублей.", "19 тысяч рублей", "мрот"),
    ("clause_subject", "The median age edged up ever so slightly to 40.5 years.", "40.5 years", "median age"),
    # "показал" is a verb: its clause opens with it, the subject is before the aside
    ("clause_subject", "Уровень безработицы, по данным ведомства, показал очередной рекорд, снизившись до 2,2 процента.",
     "2,2 процента", "безработицы"),
    # a parenthetical opener and a time after it, no comma: the words after the time open the clause
    ("clause_subject", "По данным на начало года величина прожиточного минимума составила 13 450 рублей.", "13 450 рублей",
     "величина прожиточного минимума"),
    # after someone who expects, the object of the verb is what changes (in English, the noun phrase before "to grow")
    ("object_to_change", "On that basis, we expect tax revenue to grow by 17 per cent.", "17 per cent", "tax revenue"),
    ("clause_subject", "Мы ожидаем рост доходов бюджета на 17%.", "17%", "доходов бюджета"),
    # "where" opens a clause of its own, with its own subject
    ("clause_subject", "He declared the rate for March where inflation increased slightly to 9.3 percent.", "9.3 percent", "inflation"),
    ("person_count", "В ДТП погибли 14,5 тыс. человек.", "14,5 тыс.", "погибли в дтп"),
    ("person_count", "Более 40 тыс. человек с 2015 года переехали в город.", "Более 40 тыс.", "человек переехали"),
    ("previous_figure", "Exports rose by 4%, to 120 billion dollars.", "120 billion dollars", "exports"),
    ("relative_pronoun", "Crime rose, driven by a rise in violence against the person, which soared 18%.", "18%", "violence against the person"),
    # a participle used as an adjective opens no participle's clause ("обрабатывающая промышленность")
    ("relative_pronoun", "Главной причиной спада стала обрабатывающая промышленность, которая сократилась на 3,1%.", "3,1%", "обрабатывающая промышленность"),
    ("reference_in_clause", "Кражи снизились на 12%, это на 5,8% больше, чем в прошлом году.", "5,8%", "кражи"),
    ("said_before", "Inflation remains a concern. It was 7.4 percent in December.", "7.4 percent", "inflation"),
    # (a verb the text misspells is still a verb: "begun" for "began")
    ("said_before", "The average number of idle ships was 789. This figure begun to drop to 456 in 1995.", "456", "idle ships"),
    # an object put before its verb is no topic: the subject after the verb is ("Положительную динамику показали ...")
    ("said_before", "Заметную прибавку показали пенсии жителей области. Их рост составил 4,2% за год.", "4,2%", "пенсии жителей области"),
    # "though" opens a clause: the pronoun after it, not "though", is the clause's subject
    ("said_before", "Ferry revenue grew for years. Though it dipped to $7.3 million in 2020, it recovered.", "$7.3 million", "ferry revenue"),
    # a pronoun that is the object of a change verb stands for what changed, not the verb's doer
    ("said_before", "Rents grew fast. The council managed to cut them to $900 a month.", "$900", "rents"),
    ("said_before", "The jobless rate in the county fell sharply. The rate was 5.2 percent in May.", "5.2 percent", "jobless rate"),
    ("said_before", "The level of the reservoir is dropping. The level was 41 percent on Monday.", "41 percent", "reservoir"),
    ("said_before", "Названо точное число жителей области\n\nЗа год их стало больше на тысячу.", "тысячу", "жителей области"),
    ("said_before", "Hospital waiting lists grow again\n\nThey grew by 4,000 in March.", "4,000", "hospital waiting lists"),
    ("answer", "How many officers does the force have?\n\nSome 35,000 at the moment.", "Some 35,000", "officers"),
    ("person_acts", "We will transfer 69 billion roubles to the regions.", "69 billion roubles", None),
    ("person_acts", "They're up 5 percent on last year.", "5 percent", None),
    # a figure opening its bulleted line, under a label of a few words (an encyclopaedia's box of figures, copied)
    ("label_over_bullets", "Economy of Freedonia\nGDP\n  • Increase $18.7 billion (nominal, 2019 est.)\n  • Increase $43.9 billion (PPP, 2019 est.)",
     "$43.9 billion", "gdp"),
    ("label_over_bullets", "Экономика\nВаловой продукт\n  • 1,2 трлн рублей (2019)\n  • 1,4 трлн рублей (2020)", "1,4 трлн рублей", "валовой продукт"),
    # the later items of a list of names each with its figures in brackets share what the clause of the first names
    ("bracket_list_item", "Over the year, burglaries rose in Ashford (up 12% to 310), Millbrook (up 8% to 205) and fell in Upton (down 3% to 98).",
     "8%", "burglaries"),
    ("bracket_list_item", "Over the year, burglaries rose in Ashford (up 12% to 310), Millbrook (up 8% to 205) and fell in Upton (down 3% to 98).",
     "3%", "burglaries"),
    # a list's items of a name, a colon and figures alone, under a lead-in ending with a colon: the lead-in's measure, of the name
    ("lead_in_item", "County jobless rates for March, followed by the February rates:\n\n— Millbrook: 3.4, 3.6\n\n— Ashford: 2.9, 3.1\n",
     "3.1", "county jobless rates (ashford)"),
    # a figure opening its line under a label line that ends with a colon, as a page's box of key figures lists them
    ("label_line_above", "Latest Indicators\nRegistered Vehicles (All Classes):\n48,210, as of June 2024\nFuel Imports:\n12.6%, 2024 / 2023\n",
     "48,210", "registered vehicles"),
    ("label_line_above", "Основные показатели\nЧисленность населения:\n512 340 человек, на 1 января 2024 года\nУровень безработицы:\n2,9%, 2023 год\n",
     "2,9%", "безработицы"),
    # ... the label with a colon, the bullets spaced by blank lines; two blank lines set a group apart from the label above it
    ("label_over_bullets", "State crop outlook\n\nOats:\n\n·   4.2 million bushels\n\n·   61 BU/AC\n", "61 BU/AC", "oats"),
    # the noun phrase before "to" and a change verb right before the figure (not after "expected", "set": the clause's)
    ("object_to_change", "The plan required the county's road budget to increase from £84m in 2025 to £97m in 2028.", "£84m",
     "county's road budget"),
    # a figure after "at" and a name that a word of rank opens
    ("linked_amount", "The city had the highest birth rate, ahead of Riverton at 12.4 per thousand.", "12.4", "riverton"),
    # a change's size after "with", a noun phrase and its change word, outside the clause's verb
    ("with_change", "Shares closed lower on Friday, with the index down 1.2% by the close.", "1.2%", "index"),
    ("with_change", "Bayside Ends 2024 with Revenues Up 5.2%", "5.2%", "revenues"),
    # an item that gives its place before a dash, its verb left out: the measure before, in that place
    ("item_place", "В Курске проживают 440 тысяч человек, в Орле – 300 тысяч, а в Брянске – 380 тысяч.", "380 тысяч", "проживают в брянске"),
    ("item_place", "Цены на бензин выросли в Москве на 1,8%, в Туле – на 0,9%.", "0,9%", "цены на бензин в туле"),
    # ... also after "compared with": the share of the same measure in the place after it
    ("place_after", "Unemployment was 4.1% in Leeds compared with 3.2% in York.", "3.2%", "unemployment in york"),
    ("place_after", "Of the 12,400 students, 61 percent came from Ontario, 25 percent from Quebec and 14 percent from the Maritimes.",
     "25 percent", "students from quebec"),
    ("place_after", "Of the 12,400 students, 61 percent came from Ontario, 25 percent from Quebec and 14 percent from the Maritimes.",
     "14 percent", "students from the maritimes"),
    ("respectively", "Robberies and thefts fell by 7.6% and 5.3% respectively.", "5.3%", "thefts"),
    # ... the names after the list of figures, after a preposition; after the subject they share, when they do
    ("respectively", "Output grew 1.5%, 2.9% and 0.8% in the Mining, Farming and Retail sectors respectively.", "2.9%", "output in farming"),
    ("respectively", "Безработица выросла на 5% и 7% в Курске и Туле соответственно.", "7%", "безработица в туле"),
    ("shared_with_pair", "The regions saw 1 percent and 1.7 percent increases in investment.", "1 percent", "investment"),
    # a category's name in capitals that a function word opens goes on with its noun
    ("clause_subject", "The number of persons Not in the Labor Force rose by 620.", "620", "persons not in the labor force"),
    # a noun, a link and the noun again after the figure is an adverb, no noun after it
    ("clause_subject", "Burglaries rose 14 percent quarter-on-quarter.", "14 percent", "burglaries"),
    # participles after a possessive, and an adverb's before their noun, are the noun's phrase
    ("clause_subject", "The county's adjusted jobless rate rose to 4 percent.", "4 percent", "county's adjusted jobless rate"),
    ("clause_subject", "Ohio's smoothed seasonally adjusted jobless rate was 3.3 percent.", "3.3 percent",
     "ohio's smoothed seasonally adjusted jobless rate"),
    # a rate restated as the people it counts keeps its own subject
    ("clause_subject", "The jobless rate was 5.2%, or 3,410 persons, in May.", "5.2%", "jobless rate"),
    # "with", a noun phrase, its time and a level's participle before the figure
    ("with_level", "Trade recovered, with exports for the year to June standing at $4.2 billion.", "$4.2 billion", "exports"),
    ("with_level", "The island is a favourite of Canadians, with visitor numbers climbing to 41,000 last year.", "41,000", "visitor numbers"),
    ("none", "Then 12 percent.", "12 percent", None),
]

# (what says a bare count is a claim, sentence, mention); and the bare counts nothing speaks for
EVIDENCE_CASES = [
    # a people's capitalised plural name is counted, alone or after its first word ("New Brunswickers")
    ("counted_noun", "We have now tested nearly 25,000 Tasmanians, and testing goes on.", "nearly 25,000"),
    ("counted_noun", "The cuts took 50,000 New Brunswickers off the tax rolls.", "50,000"),
    ("counted_noun", "Police opened 4,300 criminal cases.", "4,300"),
    # after a number ending in one the noun and its "such" are singular
    ("counted_noun", "За выходные зарегистрирован 21 такой случай.", "21"),
    ("counted_noun", "Over 12,000 Russians fell victim to fraud.", "Over 12,000"),
    ("counted_noun", "The same happened in 50 Russian regions.", "50"),
    # a genitive singular after 2, 3 or 4 counts ("3 этапа"), as the plural does after 25
    ("counted_noun", "Конкурс прошёл 3 этапа отбора.", "3"),
    ("counted_noun", "Депутаты провели 25 заседаний комиссии.", "25"),
    # "district" in lower case names no district: the count after it stands
    ("counted_noun", "In the district 300 homes were flooded in May.", "300"),
    # a people's name of two words, then a verb ("West Virginians have")
    ("counted_noun", "In the first half of 2018, 498 West Virginians have died of overdoses.", "498"),
    ("counted_noun", "Travellers were made up of 9 250 South African residents and 800 others.", "9 250"),
    ("counted_noun", "The year saw 300 killed, 1 100 seriously injured and 9 400 slightly injured.", "9 400"),
    ("counted_noun", "Figures show that in March 12,400 more Canadians were in work.", "12,400"),
    ("counted_noun", "State Has Purchased 4,000 Hospital Beds From Suppliers In Ohio", "4,000"),
    # after a total's word that opens the sentence, a capitalised acronym is the noun counted, not a name's word
    ("counted_noun", "Total 4,120 FIRs were lodged in the district last year.", "4,120"),
    ("ranking", "Swedes booked the most nights with 95,000, followed by Norwegians (87,000) and Danes (61,000).", "95,000"),
    # a later place of a ranking, in a sentence of its own
    ("ranking", "Germans led the growth, up 840 on last year. That was followed by the French with 412 and Dutch with 98.", "412"),
    ("list_item", "The towns had 64, 51 and 47 burglaries per 10,000 homes.", "51"),
    ("list_item", "Arrivals rose to 38,214; 107,743; and 42,381 guests, respectively.", "107,743"),
    # values at years one after another, at least three, with no noun: a series of what the clause names
    ("timed_series", "Car thefts fell every year, with 2,310 in 2019; 2,020 in 2020; and 1,870 in 2021.", "2,310"),
    # bare counts each with "in" and a place after a lead that names what they count and a colon, three at least
    ("placed_series", "New classrooms were built in the county. The new classrooms are: four in Tralee, two in Killarney and "
                      "three in Listowel.", "four"),
    ("timed_series", "Угонов становится меньше: 2310 в 2019 году, 2190 в 2020 году и 1870 в 2021 году.", "2310"),
    ("list_item", "Младенческая смертность снизилась: 61 против 70 малышей.", "61"),
    ("measure", "This brings the number of new homes completed in the first half of 2019 to 8,200.", "8,200"),
    ("with_share", "Of 4,000 crashes, 1,250 (31.3 per cent) took place at night.", "1,250"),
    ("with_share", "Some 41,310 thefts were reported and 30,112 or 73% of them were solved.", "30,112"),
    ("measure:head", "Only 412 were reported this year, while the number was 1,037 in 2019.", "1,037"),
    ("measure:head", "The number of such thefts last year was only 812.", "812"),
    # a head that opens the clause, then a dash before the count: the first of a list of places
    ("measure:head", "Наибольшее число гостиниц зарегистрировано в Караколе - 70, Чолпон-Ате - 57.", "70"),
    ("occurrences", "Оружие применялось преступниками 3100 раз.", "3100"),
    ("part_of", "Some 196 attacks were foiled, 142 of them in the capital.", "142"),
    # the whole after the part, then the noun that counts both
    ("part_of", "The courts closed 36,030 out of 40,350 cases in 2022.", "36,030"),
    ("part_of", "Суды рассмотрели 36 030 из 40 350 дел.", "36 030"),
    ("measure", "The north lost 11,300 people; the Western Isles 6,100; and Orkney 5,000.", "6,100"),
    ("measure", "Безработица: 4 100.", "4 100"),
    ("measure", "The Index (All Items) was 104.2 in May, as in April.", "104.2"),
    ("measure", "How many officers does the force have?\n\nSome 35,000 at the moment.", "Some 35,000"),
    ("measure", "Deportations were 83,731 in 2022.", "83,731"),
    # a bullet's label that is a place's adjective, its noun left out, names a measure's item, not a team or a person
    ("measure", "Средняя зарплата по областям:\n\n• Минская область — 2165,1;\n• Гродненская — 1999,6;", "1999,6"),
    ("existential", "Raids rose again: there were 1,112 in 2022 and 1,538 in 2023.", "1,112"),
    ("existential", "So far this year there have been three drownings. There were eleven in all of 2022.", "eleven"),
    ("change", "The number of complaints rose by 200.", "200"),
    ("change", "Число краж сократилось с 1200 до 1100.", "1200"),
    ("verb_after", "In 2022, 14,000 died on the roads.", "14,000"),
    # ... after a relative pronoun of people (set off by a comma in Russian)
    ("verb_after", "Of the remaining 10,450 who did want a job, half were at school.", "10,450"),
    ("verb_after", "Из оставшихся 10 450, которые работают в городе, половина ездят на автобусе.", "10 450"),
    # a bare count per period is a rate of events
    ("per_period", "The city now builds about 6,000 a year, half what it needs.", "about 6,000"),
    ("per_period", "Сейчас в городе строят около 6000 в год.", "около 6000"),
    ("per_base", "The town logged 912 thefts last year, or 3,410 per 100,000, the most in the state.", "3,410"),
    ("per_base", "Зарегистрировано 912 краж, или 34,1 на 10 000 жителей.", "34,1"),
    ("verb_before", "Last year, their number surpassed 765,000.", "surpassed 765,000"),
    # the dash of a counted noun left out, the clause before naming it
    ("verb_before", "Итоги года в городе: умерли - 15 222, родились - 5 453.", "15 222"),
    ("compared_pair", "Особо тяжких преступлений почти столько же (198 против 199).", "198"),
    # a clause with a plural subject and its verb, a time, then a bare number alone in brackets: the clause's count then
    ("dated_count", "More patients were treated in the three months to June (82,788), the board said.", "82,788"),
    ("dated_count", "В 2023 году родились 2 310 детей. Это меньше, чем в 2022-м (2 455).", "2 455"),
    ("dated_count", "The port handled 1,410 ships in May, more than in April (1,372).", "1,372"),
    ("with_change", "Crashes with injury were 198, down 4%.", "198"),
    ("compared_pair", "Grave offences barely changed (198 vs 199).", "199"),
    # a pair after a colon, to the end of its sentence
    ("compared_pair", "Разводов стало меньше, чем годом ранее: 5120 против 5340.", "5120"),
    ("compared_pair", "Divorces fell below the 2023 figure: 5,120 vs 5,340.", "5,340"),
    ("as_figure_before", "Agents prevented 57 attacks, compared to 36 in 2018.", "36"),
    ("as_figure_before", "Из района уехали 2 140 человек в 2022 году и 1 915 – в 2023-м.", "1 915"),
    ("as_figure_before", "In 2019 there were 1,264 drug deaths, more than double that of ten years earlier (545 in 2009).", "545"),
    ("as_figure_before", "Among the injured there were 1,407 nationals as against 1,418 a year earlier.", "1,418"),
    ("as_figure_before", "The customers were given as 272,745 (2011), 288,903 (2012) and 293,604 (2013).", "288,903"),
    ("as_figure_before", "В Тарту родились 620 детей, в Пярну - 410, в Нарве - 380.", "410"),
    ("as_figure_before", "В 2020 году предотвращено 72 преступления, годом ранее — 57.", "57"),
    # another value after the preposition the figure before came after; a name after "by the" and before "with"
    ("as_figure_before", "Towns logged more burglaries with 12,480 reported cases than villages with 3,915.", "3,915"),
    ("as_figure_before", "The coast had the most thefts, 9,204, followed by the Midlands with 6,130.", "6,130"),
    # the next item of a list named by one lower-case word, as the item before it was
    ("as_figure_before", "За год зарегистрировано родившихся 9 412, умерших 12 730.", "12 730"),
    ("respectively", "A year earlier the figures were 8,950, 12,104 and 3,154 respectively.", "3,154"),
    ("list_item", "A year earlier the figures were 8,950, 12,104 and 3,154 respectively.", "12,104"),
    # items of a list named by a place or a time before them, or by a place after them as the first item was
    ("as_figure_before", "The coast recorded 2,210 thefts followed by Lakeside's 1,980, Northern 1,450 and Hills 990.", "1,450"),
    ("as_figure_before", "The coast recorded 2,210 thefts followed by Lakeside's 1,980, Northern 1,450 and Hills 990.", "1,980"),
    ("as_figure_before", "Police recorded 61 attacks on officers, compared to last year's 39.", "39"),
    ("as_figure_before", "Burglaries numbered 5,000 in Leeds, 4,000 in Hull and 3,500 in York.", "4,000"),
    # the next item of a list of values at times, each after a preposition and a period's words
    ("as_figure_before", "Thefts fell to 2,310, down from 2,804 in the third quarter of 2023 and 2,950 in the first quarter of 2023.", "2,950"),
    # the next item of a list followed by the preposition the item before it was followed by
    ("as_figure_before", "Выявлено 40 новых случаев, в том числе 21 в столице, 12 в сельских районах и 7 в областных центрах.", "12"),
    ("as_figure_before", "The clinic saw 90 patients, including 54 in the morning and 36 in the evening.", "36"),
]
NO_EVIDENCE = [
    ("no_evidence", "The coach leaves at 05:40, 06:10, 06:40 and 07:10 from stand 42 to 45.", "42 to 45"),
    ("no_evidence", "Liverpool FC 30 28 1 1 68:21 85", "28"),
    ("no_evidence", "She won in two.", "two"),
    # a number in brackets after a time, with no plural subject before its verb, counts nothing said
    ("no_evidence", "It happened in May (1,204), the report said.", "1,204"),
    ("no_evidence", "The scores were 3 and 4.", "3"),
    ("no_evidence", "She scored 3 in 2017 and 4 in 2018.", "3"),
    ("no_evidence", "Wins were 12.", "12"),
    ("no_evidence", "She saw them 4 a week.", "4"),
    ("no_evidence", "Most of the users are under 30.", "30"),
    ("no_evidence", "Most of the drug users are under thirty.", "thirty"),
    ("no_evidence", "The Act was amended by Pub. L. 98–473 and later acts.", "98–473"),
    ("instruction", "Mix 250 g flour with 2 tbsp sugar and 1 cup milk.", "250 g"),
]

CASES = ([pytest.param("not_claim", *case, None, id=f"not_claim-{case[0]}-{case[2]}") for case in NOT_CLAIMS]
         + [pytest.param("not_claim", *case, None, id=f"not_claim-{case[0]}-{case[2]}") for case in NO_EVIDENCE]
         + [pytest.param("evidence", *case, None, id=f"evidence-{case[0]}-{case[2]}") for case in EVIDENCE_CASES]
         + [pytest.param("direction", *case, id=f"direction-{case[0]}-{case[2]}") for case in DIRECTIONS]
         + [pytest.param("subject", *case, id=f"subject-{case[0]}-{case[2]}") for case in SUBJECTS])


@pytest.mark.parametrize("table,rule,text,mention,want", CASES)
def test_rule_example(table, rule, text, mention, want):
    claims, dropped = read_text(text, doc_date=DOC_DATE)
    for claim, _ in claims:
        assert text[claim.start:claim.end] == claim.mention
    if table == "not_claim":
        assert (mention, rule) in [(d.text, d.rule) for d in dropped], dropped
        assert mention not in [c.mention for c, _ in claims]
        return
    [(claim, why)] = [(c, why) for c, why in claims if c.mention == mention]
    if table == "evidence":
        assert any(w.startswith(f"evidence: {rule}") for w in why), why
        return
    assert f"{table}: {rule}" in why, why
    assert getattr(claim, table) == want


RULE_NAMES = {
    "evidence": set(EVIDENCE),
    "not_claim": {r.name for rules in (not_claims.COUNTS, not_claims.FRACTIONS, not_claims.MULTIPLIERS,
                                       not_claims.EVERY, not_claims.UNITS) for r in rules} | {"no_evidence", "instruction"},
    "direction": {r.name for r in direction.RULES} | {direction.NONE.rule},
    "subject": {r.name for r in subject.RULES} | set(subject.CLAUSE_RULES) | {pairs.SHARED, pairs.RESPECTIVELY},
}


@pytest.mark.parametrize("table", sorted(RULE_NAMES))
def test_every_rule_has_an_example(table):
    shown = {case.values[1] for case in CASES if case.values[0] == table}
    assert RULE_NAMES[table] - shown == set()
