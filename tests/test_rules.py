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
    ("glued_to_letters", "The 5G network covers the city.", "5"),
    ("designator", "Under Article 105 of the Criminal Code, the court ruled.", "105"),
    ("designator", "The order was filed as docket entry 45.", "45"),
    ("designator", "Any person violating § 316-24 of this chapter shall be fined.", "24"),
    ("rate_denominator", "The rate was 11 deaths per 100,000 people.", "100,000"),
    ("rate_base", "Смертность от туберкулеза составляет 1,5 на 100 тысяч человек.", "100 тысяч"),
    ("rate_base", "Из 1000 родившихся умерло 10,9 детей в возрасте до 1 года.", "1000"),
    ("duration_or_ordinal", "Отчёт о работе полиции за 8 мес. 2018 г.", "8"),
    ("time_zone", "The meeting starts at UTC+3 tomorrow.", "3"),
    ("whole_of_part", "Crime fell in 38 of the 44 forces.", "44"),
    ("end_of_year_span", "The 1994-98 average was higher.", "98"),
    ("duration_or_ordinal", "He served six years in prison.", "six"),
    ("duration_or_ordinal", "Команда заняла 3-е место.", "3"),
    ("time_span", "Вернусь минут на 40 позже.", "40"),
    ("part_of_word", "The 35-member delegation arrived.", "35"),
    ("date", "The law takes effect on March 22.", "22"),
    ("date", "Updated 31 марта 2015, 04:56\n\nМОСКВА. Цены на продукты выросли на 5%.", "31"),
    ("date", "Закон вступает в силу 22 марта.", "22"),
    ("date", "На 1,1% выросли цены с 1 по 23 октября.", "1"),
    ("date", "Prices rose 0.8% from 2 to 16 May.", "2"),
    ("clock_time", "Автобус отправляется от вокзала в 10.30 и 19.05.", "19.05"),
    ("clock_time", "The ferry leaves at 9.15 or 11.45 on Sundays.", "11.45"),
    ("address_or_phone", "Call the office on 8-800-555-35-35 for details.", "555"),
    ("address_or_phone", "Press office: (+44) 20 7946 0000, weekdays.", "+44"),
    ("address_or_phone", "Call headquarters at 295-0011 or write to us.", "295"),
    ("address_or_phone", "Marina office 01632 960123, open daily.", "960123"),
    ("address_or_phone", "Details at https://example.org/report?page=17 online.", "17"),
    ("address_or_phone", "Код +86 138 — это Китай и его оператор.", "+86 138"),
    ("page_furniture", "1. Tourism grew.", "1"),
    ("page_furniture", "See note [2] below.", "2"),
    ("page_furniture", "3.2 Terminology\nThe terms used here are defined below.", "3.2"),
    ("page_furniture", "Interfaces ............ 17", "17"),
    ("score", "Dynamo beat Spartak 3-1 on Sunday.", "3"),
    ("acronym_code", "Release CB 16-132 was issued by the bureau.", "16-132"),
    ("ranking", "The bottom three clubs are relegated.", "three"),
    ("designator", "Imports (Exhibits 4, 5, and 9) fell.", "5"),
    ("score", "Final: Lions 4-5 pen. (2-2 a.e.t.) Tigers", "4-5"),
    ("score", "Финал: «Заря» — «Волна» 3-4 пен.", "3-4"),
    ("scorer_minute", "Rovers 2-0 United: Hale (58, 90), Moss (77).", "90"),
    ("score_line", "RESULT\n\nRovers 17\n\nTries: Hale, Moss\n\nUnited 12\n\nPens: Stone 4", "12"),
    ("sports_table", "Rovers innings | Runs | Balls | Mins |\nJ Hale | b Moss | 15 | 22 | 30 |\nTotal | (all out, 19.4 overs) | 84 |", "84"),
    ("scorer_minute", "Голы: 1:0 — Петров (64, с пенальти).", "64"),
    ("coordinate", "The city lies at 28.61°N and 77.23°E.", "28.61"),
    ("assigned", "The server logged bits=256 for the session.", "256"),
    ("standing", "The club leads with 65 points after 28 games.", "65"),
    ("standing", "The Strikers dropped 3 points by only 19 pins to the Gutter Gang.", "19"),
    ("in_name", "He watched Russia 24 all evening.", "24"),
    ("in_name", "Reading plan\nWeek 1\nProverbs 9\nWeek 2\nProverbs 10\n", "10"),
    ("clock_time", "The train leaves at 14.00 daily.", "14.00"),
    ("ranking", "Poles and Romanians remain the largest two groups.", "two"),
    ("clock_dash", "7-15 7-45 8-15\n8-45 9-15 9-45\n12-30 end of the morning shift", "12-30"),
    ("clock_list", "Radio news a.m.: 6, 7, 7.30, 8, 12 noon; p.m.: 1, 2, 5.30.", "7.30"),
    ("clock_list", "Выпуски новостей: 7, 8, 9 утра.", "8"),
    ("price_listing", "Brake pads, front from £45 from £60\nBrake discs from £90 from £120", "£60"),
    ("price_listing", "Замена масла от 550 руб.\nЗамена ремня 16 клап. от 3 500 руб.", "16"),
    ("programme_line", "| 09:00 – 10:30 | Morning session (6 talks) |\n| 10:30 – 11:00 | Coffee break |", "6"),
    ("programme_line", "14.00 – 15.30 Круглый стол (12 докладов)", "12"),
    ("programme_line", "Leave Days Stops Arrive\n8:40 AM Sat 1 stop Galiano 11:25 AM\n10:20 AM Mon 2 stops Mayne 12:45 PM", "2"),
    ("clock_time", "19.45 «Время новостей» (Первый канал)\n20.10 «Футбол» (Матч ТВ)", "19.45"),
    ("clock_time", "Evening:\n19.45 News at Seven\n20.10 \"Cup Football\" (live)", "20.10"),
    ("house_number", "The office is at 38 Petrovka Street.", "38"),
    ("numbered_period", "Deaths in week 17 were 4,000.", "17"),
    ("numbered_period", "Матчем «Динамо» и «Торпедо» завершился 12 тур.", "12"),
    ("numbered_period", "По итогам 1 полугодия 2023 года зарегистрировано 5610 преступлений.", "1"),
    ("house_number", "Воду отключат в домах на улице Садовой (31, 33).", "33"),
    ("rate_base", "Преступность составила 120 на 100 тыс. населения.", "100 тыс."),
    ("code_number", "The postal code is 125009.", "125009"),
    ("pronoun", "One of the suspects escaped.", "One"),
    ("pronoun", "And 1 want to thank my colleagues for 12 years of work.", "1"),
    ("points_back", "These three sore spots remain.", "three"),
    ("designator", "This act amends sections 211, 215, and 1116 of this title.", "1116"),
    ("page_counter", "jsmith2000\n(4,812 posts)\nMon Mar 1, 2021", "4,812"),
    ("page_counter", "Лента новостей\n0 оценили\nПоделиться", "0"),
    ("contents_page", "Budget Memo 1 Unit Hierarchy 9 Operating Exhibits 10 Capital Budget 19 TABLE OF CONTENTS Glossary 20", "9"),
    ("contents_page", "ОГЛАВЛЕНИЕ Введение 3 Итоги года 7 Бюджет 12", "7"),
    ("speaker_number", "Speaker 2 (00:41):\nWell, yes.", "2"),
    ("speaker_number", "Участник 3: Да, конечно.", "3"),
    ("cue_number", "12 00:01:02,500 --> 00:01:04,000 Добрый вечер.", "12"),
    ("code_value", "window.ads({ tabletWidth: 1023, isAutoReloads: false });", "1023"),
    ("age", "If you’re over 60 and not yet vaccinated, get the shot.", "60"),
    ("age", "Sales increased but the number of people aged from 18 to 30 years did not change.", "18"),
    ("side_of_size", "The card measures 25.00 x 15.00 x 0.76 mm.", "25.00"),
    ("race_distance", "She set a national record in the women's 800 metres on Sunday.", "800 metres"),
    ("tariff", "Parking charges\nUp to 3 hours £2.50\n3-6 hours £4.80", "£4.80"),
    ("tariff", "Прокат лодок\nот 1 до 2 часов — 600 руб.", "600 руб."),
    ("price_list_item", "MAINS\nGRILLED HAKE – £14.50\nwith capers\nLAMB SHANK – £16.25", "£16.25"),
    ("price_list_item", "Wash & Cut£28\nColour & Blow£55", "£28"),
    ("price_grid", "Cabin rates per night\nDouble $210 $185 $160\nFamily $290 $255 $220", "$255"),
    ("price_grid", "Тарифы\nВзрослый 500 руб. 450 руб. 400 руб.\nДетский 300 руб. 250 руб. 200 руб.", "300 руб."),
    ("unit_power", "The lens corrects from –2.5 m–1 to +1.5 m–1.", "+1.5 m"),
    ("unit_of_price", "Стоимость 1 кв. м жилья выросла на 1,1% и составила 49 472 руб.", "1 кв. м"),
    ("unit_of_price", "The price of 1 sq m of new housing rose to $5,000.", "1 sq m"),
    ("named_number", "For Leo, green is the lucky colour today while 6 is their lucky number.", "6"),
    ("named_number", "Близнецам сегодня повезет: 3 — ваше счастливое число.", "3"),
    ("weight_class", "She took gold in the 63 kg category in Tokyo.", "63 kg"),
    ("weight_class", "Results of the finals\nUp to 57 kg.\nSmith - Jones 3:1", "57 kg"),
    ("chess_move", "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6", "2"),
    ("chess_move", "10. Nbd2 Kh8 $2 {a bad novelty} 11. h3", "$2"),
    ("section_number", "Ref EX/2019/004 3.0 ELIGIBILITY OF APPLICANTS Candidates must be over 16.", "3.0"),
    ("section_number", "DATES OF PAPERS 2.1 MONDAY 09.11.2015", "2.1"),
    ("unit_power", "The lens corrects from –2.5 m–1 to +1.5 m–1.", "1"),
    ("race_distance", "He trains for the 400 m hurdles every morning.", "400 m"),
    ("race_distance", "Она выиграла заплыв на 200 м вольным стилем.", "200 м"),
    ("race_distance", "На дистанции 15 км у женщин победила Мария Петрова.", "15 км"),
    ("talk_count", "So, two things. First, the rates are stable.", "two"),
    ("talk_count", "Есть три вопроса к министру.", "три"),
    ("fraction_of_time", "In the first half of the year sales grew.", "half"),
    ("fraction_without_whole", "Half said no.", "Half"),
    ("singular_of_many", "The side lost its five-eighth to injury.", "five-eighth"),
    ("multiplier_without_change", "I told him three times.", "three times"),
    ("every_without_noun", "It happens every second.", "every second"),
]

# (rule, sentence, mention, direction)
DIRECTIONS = [
    ("signed_level", "Finland ran a budget balance of -0.7%.", "-0.7%", None),
    ("signed_level", "Monthly inflation turned negative, -12.1% from 31.4% in May.", "-12.1%", None),
    ("written_sign", "Thefts: -5%.", "-5%", "down"),
    ("written_sign", "Количество пожаров уменьшилось на –11,9%.", "–11,9%", "down"),
    ("written_sign", "Снизилось количество краж (с 2138 до 1797, - 15,9 %).", "- 15,9 %", "down"),
    ("written_sign", "Robberies rose (from 5 to 6, + 20 %).", "+ 20 %", "up"),
    ("multiplier_change", "The defence budget will triple by 2026.", "triple", "up"),
    ("plus_word", "Доходы — плюс 2,5 млрд рублей.", "2,5 млрд рублей", "up"),
    ("level_after_change", "Exports rose by 4%, to 120 billion dollars.", "120 billion dollars", None),
    ("level_after_change", "Подорожали:\n• капуста — на 20,9% (до 69,07 руб. за кг)", "69,07 руб.", None),
    ("level_from", "The number fell from 494,100 to 470,100.", "494,100", None),
    ("level_from_to", "Число мест — с 381,1 тыс. до 526,7 тыс.", "526,7 тыс.", None),
    ("level_passed", "Inflation dropped below 5 percent.", "below 5 percent", None),
    ("change_noun_then_level", "The decline was 10 percent.", "10 percent", "down"),
    ("change_at", "February recorded the biggest increase at 42.09 percent.", "42.09 percent", "up"),
    ("level_verb", "Output reached 52 million tons.", "52 million tons", None),
    ("level_total", "Two more died, bringing the death toll to 61.", "61", None),
    ("change_noun_bracket", "Growth of both wages (13%) and real incomes (8.1%) was recorded.", "8.1%", "up"),
    ("change_word_before", "Robberies fell by 7 percent.", "7 percent", "down"),
    ("comparative_before", "Крупных краж стало меньше на 15%.", "15%", "down"),
    ("change_verb_after", "На 4,2% возросло количество краж.", "4,2%", "up"),
    ("change_verb_after", "На 28% (с 90 до 65) уменьшилось число грабежей.", "28%", "down"),
    ("change_earlier_in_clause", "Robberies fell by 7 percent and burglaries by 9 percent.", "9 percent", "down"),
    ("none", "Wales rose by 1.4 per cent and Ulster by 5 per cent.The largest markets were Cardiff (1,224 sales) and Belfast (1,216).",
     "1,216", None),
    ("change_earlier_in_clause", "Наибольший прирост цен отмечен на табачные изделия (4,2%), пиво (3,3%), пшеничную муку (3,2%), "
     "куриные яйца (2,8%), хлеб (2,7%), сыр (2,3%), сухие молочные смеси для детского питания (2,2%), мебель (1,2%).", "1,2%", "up"),
    ("change_earlier_in_clause", "Продукты подорожали на 1,1%; одежда - на 0,8%; услуги - на 2%.", "2%", "up"),
    ("change_earlier_in_clause", "The board voted to cut the rate by a further 0.5 percentage points.", "0.5 percentage points", "down"),
    ("change_noun_after", "The region reported a 4.5 percent rise in road accidents.", "4.5 percent", "up"),
    ("change_earlier_in_clause", "Arrivals from these markets fell: Chile [1,204 or 9.5% to 11,470]; Peru [6.1%].", "6.1%", "down"),
    ("change_earlier_in_clause", "Arrivals from these markets fell: Chile [1,204 or 9.5% to 11,470]; Peru [6.1%].", "1,204", "down"),
    ("comparative_after", "There were 6.6% fewer crimes than a year earlier.", "6.6%", "down"),
    ("comparative_after", "There were 41,000 more people in work and 9,000 fewer jobseekers than in 2020.", "41,000", "up"),
    ("heading_change", "Job gains were recorded in these sectors:\n  • Retail: 41,000\n", "41,000", "up"),
    ("heading_change", "In April prices rose most for:\n• cabbage – by 20.9%\n• lemons – by 16%", "16%", "up"),
    ("heading_change", "Цены в целом выросли. В частности, подешевели:\n\n• бананы — на 3%,\n\n• гречка — на 1,2%.", "1,2%", "down"),
    ("heading_change", "Подешевели:\n• лимоны (на 5%, до 150,20 руб. за кг),\n• бананы (на 3%, до 74,41 руб. за кг).", "3%", "down"),
    ("none", "Police opened 4,300 criminal cases.", "4,300", None),
]

# (rule, sentence, mention, subject)
SUBJECTS = [
    ("allocated_for", "The ministry will spend 12 billion rubles on new schools.", "12 billion rubles", "new schools"),
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
    ("allocated_for", "The ministry has set aside $12 million for school meals and $4 million towards teacher training.",
     "$4 million", "teacher training"),
    ("dash_named", "Мигрантов было 2,3 млн, из которых 568,5 тысячи (24,1%) – женщины, 827,1 тысячи – молодежь.", "827,1 тысячи", "молодежь"),
    ("allocated_for", "Spending consisted of Kshs154.2 billion for debt service, Kshs338.5 billion for wages and Kshs202.1 billion for roads.",
     "Kshs338.5 billion", "wages"),
    ("linked_amount", "Output of wheat is pegged higher at 31.2 million tonnes this year.", "31.2 million tonnes", "output of wheat"),
    ("linked_amount", "The official received bribes amounting to €200 thousand.", "€200 thousand", "bribes"),
    ("linked_amount", "Rice exports reached a value of $5 billion.", "$5 billion", "rice exports"),
    ("before_parenthesis", "Подешевели:\n• лимоны (на 5%, до 150,20 руб. за кг),\n• бананы (на 3%, до 74,41 руб. за кг).", "74,41 руб.", "бананы"),
    ("total_set", "Two more died, bringing the death toll to 61.", "61", "death toll"),
    ("total_set", "Ещё двое погибли, доведя число жертв до 61.", "61", "жертв"),
    ("linked_amount", "Чиновник получил взятку в размере 2 млн рублей.", "2 млн рублей", "взятку"),
    ("linked_amount", "Безработица держится на уровне 5,2%.", "5,2%", "безработица"),
    ("named_after", "The Commission will pay €50 million in budget support to Moldova.", "€50 million", "budget support"),
    ("named_after", "The storm caused an estimated $3 billion in damages.", "an estimated $3 billion", "damages"),
    ("part_of_whole", "Fraud accounts for 35% of all crimes in the region.", "35%", "fraud"),
    ("share_goes_to", "Of the grant, 46% went to pensions and 54% to schools.", "54%", "schools"),
    ("share_goes_to", "В структуре вкладов 60%, или 12 млрд рублей, приходится на депозиты граждан и 40% на депозиты компаний.",
     "12 млрд рублей", "депозиты граждан"),
    ("share_goes_to", "В структуре вкладов 60% приходится на депозиты граждан и 40% на депозиты компаний.", "40%", "депозиты компаний"),
    ("fronted_whole", "Of those burglaries, 41% happened at night.", "41%", "burglaries"),
    ("fronted_whole", "Из этих краж 41% совершены ночью.", "41%", "краж"),
    ("of_after", "Half of the crimes were committed by repeat offenders.", "Half", "crimes"),
    ("of_after", "Customs seized 2.5 tons of heroin.", "2.5 tons", "heroin"),
    ("noun_after", "Police opened 4,300 criminal cases.", "4,300", "criminal cases"),
    ("noun_after", "The rate was 11 deaths per 100,000 people.", "11", "deaths per 100,000 people"),
    ("noun_after", "The ministry said 1,850 people were killed on the roads.", "1,850", "people killed"),
    ("after_comparative", "There were 6.6% fewer crimes than a year earlier.", "6.6%", "crimes"),
    ("after_comparative", "There were twice as many drug addicts as in 2015.", "twice", "drug addicts"),
    ("change_noun_after", "The region reported a 4.5 percent rise in road accidents.", "4.5 percent", "road accidents"),
    ("change_of_before", "The budget provides for an increase of 7 percent in the number of teachers.", "7 percent", "teachers"),
    ("clause_subject", "Exports of the port grew to 9.6m teu in the half year.", "9.6m", "exports of the port"),
    ("previous_figure", "Grain output rose to 31.2 million tonnes, above the 29.1 million tonnes achieved a year earlier.",
     "29.1 million tonnes", "grain output"),
    ("noun_of_before", "Damage of over 156 billion rubles was caused by cyber criminals.", "over 156 billion rubles", "damage"),
    ("change_in_before", "Police recorded a fall in burglaries last year, down 12%.", "12%", "burglaries"),
    ("list_item", "Менее популярными странами стали Армения (6,7%), Грузия (5,4%) и Молдавия (3,5%).", "5,4%", "грузия"),
    ("name_with", "Второе место заняла КПРФ с 19,2%, третье получила ЛДПР с 7,5%.", "7,5%", "лдпр"),
    ("name_with", "Labour on 34%, the Liberal Democrats with 12%.", "12%", "liberal democrats"),
    ("before_parenthesis", "Theft (down 12%) remained the most common crime.", "12%", "theft"),
    ("after_parenthesis", "Почти две трети (62,5%, или 265,6 тыс.) преступлений приходится на Москву.", "265,6 тыс.", "преступлений"),
    ("fronted_level", "At 6.2%, the region's jobless rate stayed the highest in the country.", "6.2%", "region's jobless rate"),
    ("predicate_after", "A further 16,638 were injured on the road.", "16,638", "injured on the road"),
    ("predicate_after", "Of the total trade, $70.9 billion (38.9%) were exported goods.", "$70.9 billion", "exported goods"),
    ("what_happened", "Since January, almost 2.1 million have entered Russia.", "almost 2.1 million", "entered russia"),
    ("after_verb", "На 9,5% сократилось количество сообщений о преступлениях.", "9,5%", "сообщений"),
    ("after_verb", "На 28% (с 90 до 65) уменьшилось количество грабежей.", "28%", "грабежей"),
    ("label", "Vote 014: Ministry of Health, Sport and Culture – $4,210,000", "$4,210,000", "ministry of health sport and culture"),
    ("label", "Безработица: 4,1%.", "4,1%", "безработица"),
    ("heading_item", "Police recorded 61 burglaries. These burglaries took place in:\n\nMarch: 25\n\nApril: 36\n", "36", "burglaries"),
    ("restated", "Число умерших сократилось на 5,3% (3 116 человек).", "3 116", "умерших"),
    ("acted_on", "After the audit we have revised the projected deficit to $4.1 billion.", "$4.1 billion", "projected deficit"),
    ("acted_on", "В этом году мы преодолели отметку 5 млн тонн.", "5 млн тонн", "отметку"),
    ("more_of_the_same", "Some 2,400 permits were issued in May, with another 310 granted in June.", "310", "permits"),
    ("elliptic", "Road deaths fell 5 percent and injuries 7 percent.", "7 percent", "injuries"),
    ("elliptic", "Расходы на образование выросли на 5%, на здравоохранение – на 3%.", "3%", "здравоохранение"),
    ("label", "Больше всего подорожает тариф на отопление – на 7%.", "7%", "тариф на отопление"),
    ("clause_subject", "Спрос на жильё в регионе вырос на 12%.", "12%", "спрос на жильё"),
    ("clause_subject", "Output reached 52 million tons.", "52 million tons", "output"),
    ("clause_subject", "Rice prices also saw a sharp rise, reaching 12.4% in May.", "12.4%", "rice prices"),
    ("clause_subject", "The county budget totals $412 million.", "$412 million", "county budget"),
    ("clause_subject", "Average gross monthly earnings totalled €1,420 in May.", "€1,420", "average gross monthly earnings"),
    # the object of a change verb before the level it reached; a motion verb has none
    ("clause_subject", "The government raised the minimum wage to $15.", "$15", "minimum wage"),
    ("clause_subject", "Правительство повысило МРОТ до 19 тысяч рублей.", "19 тысяч рублей", "мрот"),
    ("clause_subject", "The median age edged up ever so slightly to 40.5 years.", "40.5 years", "median age"),
    # after someone who expects, the object of the verb is what changes
    ("clause_subject", "On that basis, we expect tax revenue to grow by 17 per cent.", "17 per cent", "tax revenue"),
    ("clause_subject", "Мы ожидаем рост доходов бюджета на 17%.", "17%", "доходов бюджета"),
    # "where" opens a clause of its own, with its own subject
    ("clause_subject", "He declared the rate for March where inflation increased slightly to 9.3 percent.", "9.3 percent", "inflation"),
    ("person_count", "В ДТП погибли 14,5 тыс. человек.", "14,5 тыс.", "погибли в дтп"),
    ("previous_figure", "Exports rose by 4%, to 120 billion dollars.", "120 billion dollars", "exports"),
    ("relative_pronoun", "Crime rose, driven by a rise in violence against the person, which soared 18%.", "18%", "violence against the person"),
    ("reference_in_clause", "Кражи снизились на 12%, это на 5,8% больше, чем в прошлом году.", "5,8%", "кражи"),
    ("said_before", "Inflation remains a concern. It was 7.4 percent in December.", "7.4 percent", "inflation"),
    ("said_before", "The jobless rate in the county fell sharply. The rate was 5.2 percent in May.", "5.2 percent", "jobless rate"),
    ("said_before", "The level of the reservoir is dropping. The level was 41 percent on Monday.", "41 percent", "reservoir"),
    ("answer", "How many officers does the force have?\n\nSome 35,000 at the moment.", "Some 35,000", "officers"),
    ("person_acts", "We will transfer 69 billion roubles to the regions.", "69 billion roubles", None),
    ("respectively", "Robberies and thefts fell by 7.6% and 5.3% respectively.", "5.3%", "thefts"),
    ("shared_with_pair", "The regions saw 1 percent and 1.7 percent increases in investment.", "1 percent", "investment"),
    ("none", "Then 12 percent.", "12 percent", None),
]

# (what says a bare count is a claim, sentence, mention); and the bare counts nothing speaks for
EVIDENCE_CASES = [
    ("counted_noun", "Police opened 4,300 criminal cases.", "4,300"),
    ("counted_noun", "Over 12,000 Russians fell victim to fraud.", "Over 12,000"),
    ("counted_noun", "The same happened in 50 Russian regions.", "50"),
    ("counted_noun", "Figures show that in March 12,400 more Canadians were in work.", "12,400"),
    ("list_item", "The towns had 64, 51 and 47 burglaries per 10,000 homes.", "51"),
    ("occurrences", "Оружие применялось преступниками 3100 раз.", "3100"),
    ("part_of", "Some 196 attacks were foiled, 142 of them in the capital.", "142"),
    ("measure", "The north lost 11,300 people; the Western Isles 6,100; and Orkney 5,000.", "6,100"),
    ("measure", "Безработица: 4 100.", "4 100"),
    ("measure", "How many officers does the force have?\n\nSome 35,000 at the moment.", "Some 35,000"),
    ("measure", "Deportations were 83,731 in 2022.", "83,731"),
    ("existential", "Raids rose again: there were 1,112 in 2022 and 1,538 in 2023.", "1,112"),
    ("change", "The number of complaints rose by 200.", "200"),
    ("change", "Число краж сократилось с 1200 до 1100.", "1200"),
    ("verb_after", "In 2022, 14,000 died on the roads.", "14,000"),
    ("verb_before", "Last year, their number surpassed 765,000.", "surpassed 765,000"),
    ("compared_pair", "Особо тяжких преступлений почти столько же (198 против 199).", "198"),
    ("compared_pair", "Grave offences barely changed (198 vs 199).", "199"),
    ("as_figure_before", "Agents prevented 57 attacks, compared to 36 in 2018.", "36"),
    ("as_figure_before", "В Тарту родились 620 детей, в Пярну - 410, в Нарве - 380.", "410"),
    ("as_figure_before", "В 2020 году предотвращено 72 преступления, годом ранее — 57.", "57"),
    # items of a list named by a place or a time before them, or by a place after them as the first item was
    ("as_figure_before", "The coast recorded 2,210 thefts followed by Lakeside's 1,980, Northern 1,450 and Hills 990.", "1,450"),
    ("as_figure_before", "The coast recorded 2,210 thefts followed by Lakeside's 1,980, Northern 1,450 and Hills 990.", "1,980"),
    ("as_figure_before", "Police recorded 61 attacks on officers, compared to last year's 39.", "39"),
    ("as_figure_before", "Burglaries numbered 5,000 in Leeds, 4,000 in Hull and 3,500 in York.", "4,000"),
]
NO_EVIDENCE = [
    ("no_evidence", "The coach leaves at 05:40, 06:10, 06:40 and 07:10 from stand 42 to 45.", "42 to 45"),
    ("no_evidence", "Liverpool FC 30 28 1 1 68:21 85", "28"),
    ("no_evidence", "She won in two.", "two"),
    ("no_evidence", "The scores were 3 and 4.", "3"),
    ("no_evidence", "Wins were 12.", "12"),
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
