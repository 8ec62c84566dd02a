"""The subject of a claim as an analyst would name it: one table per kind of sentence whose subject
is easy to get wrong, each written for the rule that handles it (``statx/context/subject/``), and
the subject it must give. Every text is checked whole: its claims, in order, and each one's subject."""
from __future__ import annotations

import pytest

import statx
from conftest import CASE, cases, only, run_case
from conftest import subject_row as s

# What defines the measure stays in the subject: a prepositional phrase after the noun, a
# participle's clause between commas; a place, a time, a hedge or an adverb of the verb does not.
DEFINING = [
    # a comparison with another amount ends the phrase; a defining "against" does not
    ("The country produces 200,000 tonnes of fish against a projected demand of one million tonnes.",
     [s("200,000 tonnes", "fish"), s("one million tonnes", "projected demand")]),
    ("Violence against the person rose 5%.", [s("5%", "violence against the person", direction="up")]),
    # a month after a share in a list is its time, no place of its own
    ("Annual inflation rose to 5.6% from 5.3% in January and 5.1% in December.",
     [s("5.6%", "annual inflation"), s("5.3%", "annual inflation"), s("5.1%", "annual inflation")]),
    # the levels after a change's noun and what it is in ("a small increase in X, from A to B") are X's
    ("The EU rate was 7.5 per cent. Data shows a small increase in Maltese youth unemployment in 2020, from 10.2 per cent "
     "in January to 11.6 per cent in June.",
     [s("7.5 per cent", "eu rate"), s("10.2 per cent", "maltese youth unemployment"), s("11.6 per cent", "maltese youth unemployment")]),
    # a change that names a measure ("естественный прирост") stays with what it is of
    ("Естественный прирост населения области составил 12,4 тыс. человек. Рост преступности составил 5%.",
     [s("12,4 тыс.", "естественный прирост населения области"), s("5%", "преступности", direction="up")]),
    ("Natural increase accounted for 3.4 per cent of the growth.", [s("3.4 per cent", "natural increase")]),
    ("Естественная убыль составила 1750 человек. Миграционный прирост за январь-сентябрь составил 5210 человек.",
     [s("1750", "естественная убыль"), s("5210", "миграционный прирост")]),
    # a parenthetical word between commas ("Дефицит, соответственно, составит") leaves the clause's subject before it
    ("Расходы составят 900 млрд рублей. Дефицит, соответственно, составит 71,4 млрд рублей.",
     [s("900 млрд рублей", "расходы"), s("71,4 млрд рублей", "дефицит")]),
    # the item a price change was on, between its "на" and the size's; the items after it take theirs by ellipsis
    ("Снижение цен зафиксировано на картофель на 18%, помидоры – на 12,4%.",
     [s("18%", "картофель", direction="down"), s("12,4%", "помидоры", direction="down")]),
    ("Цены выросли на молоко на 3%. Цены на хлеб выросли на 2%.",
     [s("3%", "молоко", direction="up"), s("2%", "цены на хлеб", direction="up")]),
    # a tally of what the clause's subject counts, in a generic noun ("accounted for 12,924 cases"); people are no such noun
    ("Fraud offences accounted for 11,208 cases, while assaults comprised 9,304 cases.",
     [s("11,208", "fraud offences"), s("9,304", "assaults")]),
    ("Some 30,000 families, accounting for 70,000 people, will get a cheque.", [s("Some 30,000", "families"), s("70,000", "people")]),
    # a level reached ("historic lows of", "на историческом минимуме в") measures what the clause's subject is
    ("Vacancy rates remain at historic lows of 1.1 per cent.", [s("1.1 per cent", "vacancy rates")]),
    ("Безработица держится на историческом минимуме в 2,4%.", [s("2,4%", "безработица")]),
    # "the last time" opens the clause: no part of its subject
    ("The last time the jobless rate was 6.1 per cent was March 2009.", [s("6.1 per cent", "jobless rate")]),
    # a leading place with its genitive ("На полях Брестской области"), then the clause's own subject in the nominative;
    # (with no place before it, a nominative-shaped name after the noun opens no subject of its own)
    ("На полях Гродненской области средняя урожайность составляет 41 ц/га.", [s("41 ц/га", "средняя урожайность")]),
    ("По сравнению с прошлым бюджетом доходная часть увеличится на 4 млрд рублей.",
     [s("4 млрд рублей", "доходная часть", direction="up")]),
    ("Грузооборот порта Восточный составил 7,7 млн тонн.", [s("7,7 млн тонн", "грузооборот порта")]),
    ("The number of crimes with the use of mobile phones dropped by 5.6%.",
     [s("5.6%", "crimes with the use of mobile phones", direction="down")]),
    ("Damage from corruption reached 12 billion rubles.", [s("12 billion rubles", "damage from corruption")]),
    ("The increase in the number of crimes in the field of information technologies amounted to 14.2 percent.",
     [s("14.2 percent", "crimes in the field of information technologies")]),
    ("The number of thefts in the country fell by 3 percent.", [s("3 percent", "thefts", direction="down")]),
    ("The number of burglaries in Leeds fell by 4 percent.", [s("4 percent", "burglaries", direction="down")]),
    # a change word after "to" is a verb: the clause's subject changes, not the adverb after it
    ("Unemployment is expected to rise further to 6.2 percent.", [s("6.2 percent", "unemployment")]),
    # the size of a change in cases: the clause names what changed, not the counting noun
    ("Measles incidence fell by 18 cases in a week.", [s("18", "measles incidence", direction="down")]),
    ("Отмечено снижение заболеваемости корью на 18 случаев.", [s("18", "заболеваемости корью", direction="down")]),
    # ... and in the points an index is counted in (but "42 points" of a plan count them)
    ("The price index rose by 12.5 points in May.", [s("12.5", "price index", direction="up")]),
    ("Индекс цен вырос на 12 пунктов.", [s("12", "индекс цен", direction="up")]),
    ("The plan has six sections and 42 points.", [s("six", "sections"), s("42", "points")]),
    # "this" before a verb of consequence stands for what was said before
    ("Exports were 113 million in May. This resulted in an increase of 5% on April.",
     [s("113 million", "exports"), s("5%", "exports", direction="up")]),
    # a word that holds a time ("mid-2013", "end-2022") ends the noun phrase as the time would
    ("The town lost 800 residents in mid-2013 and 450 jobs in end-2022.", [s("800", "residents"), s("450", "jobs")]),
    # a participle's clause after a comma ("..., improving from") names no subject: the sentence's subject changed
    ("Social studies followed a similar trend, improving from 54 percent in 2016 to 71 percent in 2024.",
     [s("54 percent", "social studies"), s("71 percent", "social studies")]),
    # a change verb's object before "from ... to" is what changed
    ("The council raised parking fees from 2 to 3 dollars.",
     [s("2", "parking fees"), s("3 dollars", "parking fees")]),
    # a gerund after "of" takes its object; an acronym before an adverb is no verb
    ("Offences of carrying a knife fell 14% to 2,310.",
     [s("14%", "offences of carrying a knife", direction="down"), s("2,310", "offences of carrying a knife")]),
    ("The latest UK seasonally adjusted jobless rate was 3.9 per cent.", [s("3.9 per cent", "latest uk seasonally adjusted jobless rate")]),
    # "of various kinds" describes, it does not define: the subject ends before it
    ("Customs seized 2,140 knives of various sizes and types.", [s("2,140", "knives")]),
    # a long definition in brackets between the subject and its verb is passed over
    ("Real wages (that is, wages adjusted for the rise in the prices of goods and services) grew by 2.1 percent.",
     [s("2.1 percent", "real wages", direction="up")]),
    ("Реальные доходы (то есть доходы, рассчитанные с учетом роста цен на товары и услуги) выросли на 2,1%.",
     [s("2,1%", "реальные доходы", direction="up")]),
    # a place that opens the clause, with its article, is no subject
    ("Figures show that in the region the average monthly rent was $900.", [s("$900", "average monthly rent")]),
    ("Arrests for the year rose by 2 percent.", [s("2 percent", "arrests", direction="up")]),
    ("Customs found 40 kilograms of cocaine in the container.", [s("40 kilograms", "cocaine")]),
    ("Confiscations on average grew by 8 percent.", [s("8 percent", "confiscations", direction="up")]),
    ("The ministry wants to decrease road deaths by 30 percent.", [s("30 percent", "road deaths", direction="down")]),
    ("Количество преступлений, совершенных с помощью телефона, выросло на 31,6%.",
     [s("31,6%", "преступлений совершенных с помощью телефона", direction="up")]),
    ("Число уголовных дел, возбужденных по материалам прокуроров выросло на 6,3%.",
     [s("6,3%", "уголовных дел возбужденных по материалам прокуроров", direction="up")]),
    # an adverb or an adjective of the verb before brackets is no subject: the clause's is
    ("The number of crimes involving weapons has increased dramatically (by 49 percent).",
     [s("49 percent", "crimes involving weapons", direction="up")]),
    ("Also, the number of drug-related cybercrimes remains significant (57,000).",
     [s("57,000", "drug-related cybercrimes")]),
    ("Увеличилось незначительно (на 0,3 процента) и число тяжких преступлений.",
     [s("0,3 процента", "тяжких преступлений", direction="up")]),
    # a verb's object is what changed; not a time adverb between the verb and "by"
    ("The new law increases total road spending by £150 billion.", [s("£150 billion", "total road spending", direction="up")]),
    ("Industrial output increased month-on-month by 0.6%.", [s("0.6%", "industrial output", direction="up")]),
    ("Moscow’s per capita income rose from Rs 300 to Rs 400.",
     [s("Rs 300", "moscow’s per capita income"), s("Rs 400", "moscow’s per capita income")]),
    # another value of the figure before it, and a measure named before a count of people
    ("The price index rose 1.5% in May, up from a 1.4% increase in April.",
     [s("1.5%", "price index", direction="up"), s("1.4%", "price index", direction="up")]),
    ("The region had a net loss of 14,500 people.", [s("14,500", "net loss")]),
    # a verb that says which of the things counted a count is, when it is not the default, defines the measure
    ("Police solved 57,000 IT crimes.", [s("57,000", "solved it crimes")]),
    ("Last year 57,000 IT crimes were solved.", [s("57,000", "it crimes solved")]),
    ("Police registered 680,000 IT crimes.", [s("680,000", "it crimes")]),
    ("Investigators solved 3,900 murders and 870 robberies.",
     [s("3,900", "solved murders"), s("870", "solved robberies")]),
    ("В прошлом году раскрыто 57 тыс. IT-преступлений.", [s("57 тыс.", "раскрыто it-преступлений")]),
    # "rate of" after a noun names a measure of its own; after an adjective that only qualifies it, it is a head
    ("The clearance rate of such offences is 31%.", [s("31%", "clearance rate of such offences")]),
    ("The annual rate of inflation was 7.4%.", [s("7.4%", "inflation")]),
    ("The minister pointed to the low clearance rate of such offences – 31%.",
     [s("31%", "low clearance rate of such offences")]),
    # a verb of spread ("ranged", "varies") ends the subject as any verb does
    ("The grant ranged between $200 and $500.", [s("between $200 and $500", "grant")]),
    # the noun after a change noun with an adjective and an article; a participle after a copula; "whilst" opens a clause
    ("The annual increase in the price index has been 0.4 percent.", [s("0.4 percent", "price index")]),
    ("The annual inflation rate was seen at 3.6 percent in March.", [s("3.6 percent", "annual inflation rate")]),
    ("Sales grew by 7% whilst revenue from exports grew by 11%.",
     [s("7%", "sales", direction="up"), s("11%", "revenue from exports", direction="up")]),
    # "что соответствует N" restates the figure before it
    ("Бюджет исполнен с дефицитом в 1,2 трлн рублей, что соответствует 0,6% ВВП.",
     [s("1,2 трлн рублей", "дефицитом"), s("0,6%", "дефицитом")]),
    # a share of GDP is measured by the clause's subject; "годовых" says "a year", not what is measured
    ("Долговая нагрузка населения вырастет до 58% ВВП.", [s("58%", "долговая нагрузка населения")]),
    ("Ставка по вкладам составила 7,5% годовых.", [s("7,5%", "ставка по вкладам")]),
    # people defined by a relative clause keep it, up to the main verb
    ("The number of people in Wales who died in road accidents is falling, from 120 in 2019 to 98 in 2023.",
     [s("120", "people who died in road accidents"), s("98", "people who died in road accidents")]),
    ("The number of people who were evacuated rose to 340.", [s("340", "people who were evacuated")]),
    # "including ..." between commas is an aside
    ("Total recorded crime, including fraud, rose by 5%.", [s("5%", "total recorded crime", direction="up")]),
    ("Средняя зарплата по области, включая малый бизнес, составила 48 тыс. рублей.",
     [s("48 тыс. рублей", "средняя зарплата")]),
    # an aside in brackets inside a noun phrase breaks no clause; "albeit" is no subject
    ("The growth rate of GVA at constant (2011-12) prices is estimated at 6.5 percent.", [s("6.5 percent", "gva")]),
    ("Hiring improved in the second quarter, albeit by only 0.4 percent.", [s("0.4 percent", "hiring")]),
    # "of" after an aside in brackets still names the whole of a share
    ("Nearly half (46 percent) of federal inmates were held for drug offenses.",
     [s("Nearly half", "federal inmates"), s("46 percent", "federal inmates")]),
    # "changed little", "little changed": a verb and an adverb, no subject of their own
    ("Core inflation eased to 3.1% over the year, while it was little changed at 0.6% in the quarter.",
     [s("3.1%", "core inflation"), s("0.6%", "core inflation")]),
    ("The jobless rate fell, while farm payroll employment changed little (+12,000).",
     [s("+12,000", "farm payroll employment", direction="up")]),
    # a personal pronoun before a change verb makes it a verb, whose object is what changed
    ("He cut the deficit by $1.7 trillion.", [s("$1.7 trillion", "deficit", direction="down")]),
    # after an article, a figure is an adjective of the noun that follows it
    ("Congress passed a $2 trillion spending package in March.", [s("$2 trillion", "spending package")]),
    ("The council imposed a 10 percent levy on tourist rooms.", [s("10 percent", "levy on tourist rooms")]),
    # two hyphens typed for a dash set an aside apart as a dash does
    ("The participation ratio--the share of adults in work or looking for it--was 62.1 percent.",
     [s("62.1 percent", "participation ratio")]),
    # a clause that opens with "having" takes the subject of the clause before it
    ("The number of frauds is increasing, having reached 5,100.", [s("5,100", "frauds")]),
]

# An amount joined to its noun by a linking phrase measures that noun; after a verb or "to" the
# phrase joins it to the clause's subject; an amount of money followed by "in" or "as" and a noun is that noun.
LINKED = [
    # "recorded as", "put at" link an amount to the clause's subject; "that year" is a time, not a clause
    ("The official death toll that year was recorded as 212.", [s("212", "official death toll")]),
    ("The deficit was put at 3.1 percent of GDP.", [s("3.1 percent", "deficit")]),
    # "by N to M": the size of a change and the level it reached, not a range, when M is far above N
    ("The number of jobless fell by 12,000 to 87,000.", [s("12,000", "jobless", direction="down"), s("87,000", "jobless")]),
    # a verb that sets a total ("bringing", "taking", "доведя") measures the total it names, unless the count has its own noun
    ("Another 900 patients were admitted, taking the total tally since January to over 12,000.",
     [s("900", "patients"), s("over 12,000", "total tally")]),
    ("Police took the suspect to 3 hospitals.", [s("3", "hospitals")]),
    # "with N incidents" after a change: the clause's subject is what they count; not "with 40 more cases"
    ("Burglaries decreased by 12 percent with 36 incidents, compared to 45 in 2023.",
     [s("12 percent", "burglaries", direction="down"), s("36", "burglaries"), s("45", "burglaries")]),
    ("Assaults rose by 8 percent, with 40 more cases investigated than a year earlier.",
     [s("8 percent", "assaults", direction="up"), s("40", "cases")]),
    # a time the clause is compared with, leading it without a comma, is no part of its subject
    ("Compared to January 2023 prices rose by 4%.", [s("4%", "prices", direction="up")]),
    # a verb that compares ("exceeded", "превысило") has its subject before it: what it is compared with follows
    ("Deaths exceeded births by 12% in 2023.", [s("12%", "deaths")]),
    ("В 2023 году число умерших превысило число родившихся на 7,1%.", [s("7,1%", "умерших")]),
    # a total in brackets restates the figure before it, of the same measure
    ("The jobless rate was 3.9 per cent (total of 41,000).", [s("3.9 per cent", "jobless rate"), s("41,000", "jobless rate")]),
    # a short passive participle before the link is the clause's predicate: its subject is measured
    ("Расходы бюджета предусмотрены в размере 98 млрд рублей.", [s("98 млрд рублей", "расходы бюджета")]),
    # a gerund of a level verb joins the change's subject to its level
    ("Раскрываемость краж увеличилась, составив 48,5%.", [s("48,5%", "раскрываемость краж")]),
    # "чел" is "человек": a person count, measured by its clause
    ("В сельском хозяйстве трудятся 4,1 млн чел.", [s("4,1 млн", one_of=["хозяйстве", "сельском хозяйстве", "трудятся в сельском хозяйстве"])]),
    # a level named before the count ("a peak of", "a total of") links it to the clause's subject,
    # unless the count has its own noun
    ("Hospital admissions rose to a peak of 6,210 in March.", [s("6,210", "hospital admissions")]),
    ("Arrests reached a total of 5,073.", [s("5,073", "arrests")]),
    ("Deaths then started rising to reach their highest level of 5,070.", [s("5,070", "deaths")]),
    ("The hall has a total of 400 seats.", [s("400", "seats")]),
    ("The number of deaths very likely lies between 3,700 and 4,300.",
     [s("between 3,700 and 4,300", "deaths", value=3700, value_to=4300)]),
    ("Валовой продукт области оценен в 430 млрд рублей.", [s("430 млрд рублей", "валовой продукт области")]),
    # a copula and a present participle before "at" are the clause's verb: its subject is measured
    ("Inflation is running at 4 percent, above the target.", [s("4 percent", "inflation")]),
    ("The mayor is accused of taking a bribe in the amount of 3 million rubles.",
     [s("3 million rubles", "bribe")]),
    ("The official received bribes amounting to €200 thousand.", [s("€200 thousand", "bribes")]),
    ("Thousands were hit by fraud, with financial damages estimated between 20-25 billion rubles.",
     [s("20-25 billion rubles", "financial damages")]),
    ("The court froze the shares of the company, including its offices abroad, worth a total of 4.1 billion rubles.",
     [s("4.1 billion rubles", "offices abroad")]),
    ("The stolen goods valued at $40,000 were returned.", [s("$40,000", "stolen goods")]),
    ("The average loan is in the range of 30-60 thousand rubles.", [s("30-60 thousand rubles", "average loan")]),
    ("The clearance rate improved to a range of 20-25 per cent.", [s("20-25 per cent", "clearance rate")]),
    ("Bailiffs seized property and bank deposits for the total sum of 2 billion rubles.",
     [s("2 billion rubles", "property and bank deposits")]),
    ("Jewellery for 5 million rubles was stolen.", [s("5 million rubles", "jewellery")]),
    ("Kent recorded the highest growth rate of all the counties, at 2.3%, followed by Essex at 2.1%.",
     [s("2.3%", "growth rate"), s("2.1%", "essex")]),
    ("The storm caused an estimated $3 billion in damages.", [s("an estimated $3 billion", "damages")]),
    # a copula and a word before "at" join the level to the clause's subject ("was good at", "were unchanged at")
    ("Retail trade growth was good at 9%, and hotel rates were unchanged at 6%.",
     [s("9%", "retail trade growth"), s("6%", "hotel rates")]),
    # people defined by a present participle and its object keep it, up to the clause's verb
    ("Over the year the number of people receiving the jobseeker benefit has dropped, from 48,000 to 44,500.",
     [s("48,000", "people receiving the jobseeker benefit"), s("44,500", "people receiving the jobseeker benefit")]),
    # a verb that keeps its object at a level: the object is what the level measures ("left interest rates unchanged at",
    # "holding the state's unemployment rate steady at"); "decided to keep X at its current level of" is no passive's place
    ("The committee left interest rates unchanged at 5.25%.", [s("5.25%", "interest rates")]),
    ("Jobs rose by 13,600, holding the unemployment rate steady at 9.0 percent.", [s("13,600", "jobs", direction="up"), s("9.0 percent", "unemployment rate")]),
    ("The committee has decided to keep the repurchase rate at its current level of 8.25%.", [s("8.25%", "repurchase rate")]),
    # a stored page's date header glued to its title names nothing counted
    ("County population increases to 31,870 date 2017-04-06", [s("31,870", "county population")]),
    # a superlative or an ordinal alone before "at" names no noun: what ranks is the clause's subject
    ("Its yearly growth rate over the decade was the fastest in the region, at 3.4%.", [s("3.4%", "yearly growth rate")]),
    ("Of the councils, Ardmore will get the smallest at 1.5%.", [s("1.5%", "ardmore")]),
    # ... a time after it ("in ransom between May 2023 and April 2024") is no idiom's preposition ("in addition to")
    ("Households paid $1.2 billion in ransom between May 2023 and April 2024.", [s("$1.2 billion", "ransom")]),
    ("The courier carried $12,000 as payment.", [s("$12,000", "payment")]),
    ("The firm earned $5 billion in 2023.", [s("$5 billion", None)]),
    ("Чиновник получил взятку в размере 2 млн рублей.", [s("2 млн рублей", "взятку")]),
    ("Изъято имущество на общую сумму 12 млн рублей.", [s("12 млн рублей", "имущество")]),
]

# A share of a whole after a verb that makes it one ("accounts for", "is", "составила") measures the
# part named before the verb, not the whole after the figure; so does a share inside "the total".
PART_OF_WHOLE = [
    # "от всех сдававших" names the people a bare share is of, as "из" does; "без малого" is "almost"
    ("Пятерку получили 1442 участника – без малого четверть от всех сдававших экзамен.",
     [s("1442", "участника"), s("без малого четверть", "сдававших экзамен", qualifier="approx")]),
    ("Fraud accounts for 35% of all crimes in the region.", [s("35%", "fraud")]),
    ("Analysts noted that online thefts now account for 20% of all thefts.", [s("20%", "online thefts")]),
    ("The damage is large, with funds stolen from pensioners making up 25% of that amount.",
     [s("25%", "funds stolen from pensioners")]),
    ("The share of damage from bribery is about 12% of the total amount of damage.",
     [s("about 12%", "damage from bribery")]),
    ("The unemployment rate was 6.1 per cent of the economically active population.",
     [s("6.1 per cent", "unemployment rate")]),
    ("Half of all burglaries remain unsolved.", [s("Half", "burglaries")]),
    ("Кражи составили 30% всех преступлений.", [s("30%", "кражи")]),
    ("Доля мошенничеств в общем числе зарегистрированных преступлений выросла до 25%.",
     [s("25%", "мошенничеств")]),
    # "their number" then stands for the part, not the whole
    ("Доля мошенничеств составила 25% от всех преступлений. В прошлом году их количество превысило 90 000.",
     [s("25%", "мошенничеств"), s("превысило 90 000", "мошенничеств")]),
]

# A figure with no noun of its own counts what happened to whom: the verb after a count that opens
# its clause, with its object or place; in Russian the verb before it ("погибло N, ранено M"); a
# change in brackets after a count is a change of that count.
WHAT_HAPPENED = [
    # money after a short passive participle and a form of "быть" is named by what was done with it
    ("Собственные доходы составили 20 млрд руб. Израсходовано было немногим менее 17,3 млрд руб.",
     [s("20 млрд руб.", "собственные доходы"), s("немногим менее 17,3 млрд руб.", "израсходовано", qualifier="at_most")]),
    # a named place before the verb is where, not what happened ("погибли на дорогах Омской области" is "погибли");
    # a place that is no name stays ("погибли в ДТП"); a preposition that opens the sentence is no name
    ("В этом году на дорогах Тверской области погибли 31 человек.", [s("31", "погибли")]),
    ("На Сахалин и Курилы прибыло 1290 человек.", [s("1290", "прибыло")]),
    ("В ДТП погибли 14 человек.", [s("14", "погибли в дтп")]),
    # a pronoun after a preposition is where it happened, no subject: the people are counted by what befell them
    ("Произошло 512 аварий, в которых пострадали 631 человек. В них погибли 17 человек.",
     [s("512", "аварий"), s("631", "пострадали"), s("17", "погибли")]),
    ("За указанный период электричками воспользовались 335 тыс. человек.",
     [s("335 тыс.", "воспользовались за указанный период электричками")]),
    # the word after a modal is a verb, not what the amount after it measures
    ("В 2025 году в дорожный фонд должно попасть 12,4 млрд рублей.", [only("12,4 млрд рублей", subject=None)]),
    # an adverb that modifies no word after it is no noun an amount counts (what earned it is); one before an adjective stays
    ("The lodge earned $5 million internationally, the report said.", [only("$5 million", subject="lodge")]),
    ("Spending rose $4.2 million primarily due to higher wages.", [only("$4.2 million", subject="spending")]),
    # "total" after a plural and right before its figure is the verb
    ("The city's capital grants for 2025 total $14.2 million.", [only("$14.2 million", subject="city's capital grants")]),
    # a rate that a verb reached is the level of the clause's subject, not what the figure measures
    ("Housing starts in Leeds rose to a seasonally adjusted annualized rate of 1,250 units in May.", [only("1,250", subject="housing starts")]),
    ("Existing home sales climbed to an annualized rate of 4.1 million.", [only("4.1 million", subject="existing home sales")]),
    ("The number of officially registered drug users fell by 3%.",
     [s("3%", "officially registered drug users", direction="down")]),
    # a count, then a dash and the part it counts, as Russian lists the parts of a whole; not after a change
    ("Из них 568,5 тысячи (24,1%) – женщины, 827,1 тысячи – молодежь.",
     [s("568,5 тысячи", "женщины"), s("24,1%", "женщины"), s("827,1 тысячи", "молодежь")]),
    # a present participle before an article takes an object: no noun after the amount; a clause opened by a
    # pronoun with its verb run in ("We're") names someone who acts, not what is measured
    ("The biggest increase is for housing, with a total increase of €4.8 million bringing the total to €32 million.",
     [s("€4.8 million", "total increase", direction="up"), s("€32 million")]),
    # ... and so does one before a figure ("contributing about 11 percent"); a share's verb names no noun either
    ("Timber exports rose 8 percent to $64m contributing about 11 percent of all exports.",
     [s("8 percent", "timber exports", direction="up"), s("$64m", "timber exports"), s("about 11 percent")]),
    ("Coffee sales reached $2.4 billion accounting for 30 percent of farm income.",
     [s("$2.4 billion", "coffee sales"), s("30 percent", "coffee sales")]),
    ("We're very pleased to receive an additional $1.5 billion, given the need.", [only("$1.5 billion", subject=None)]),
    # a part of people counted before ("of whom", "из них") opens a clause of what happened to it
    ("In all, 300 people were injured, of whom 45 died in hospital.",
     [s("300", "people injured"), s("45", "died in hospital")]),
    ("На пожарах пострадали 96 человек, из них 12 погибли.", [s("96", "пострадали на пожарах"), s("12", "погибли")]),
    # a verb in the past singular ("прибыло", "выбыл", "уехало") says what happened to the people counted
    ("За год в область прибыло 640 человек, выбыло за ее пределы 702 человека.",
     [s("640", "прибыло в область"), s("702", "выбыло за ее пределы")]),
    ("Since January, almost 2.1 million have entered the country.", [s("almost 2.1 million", "entered")]),
    ("Since January, almost 2.1 million have entered Russia.", [s("almost 2.1 million", "entered russia")]),
    ("Fines were lower in 1998, when about 4,000 died.", [s("about 4,000", "died")]),
    # a passive alone says nothing of what was counted: the clause before does
    ("Fines were lower in 1998, when about 4,000 were issued.", [s("about 4,000", "fines")]),
    # ... nor a verb alone of the past in "-ило", "-ила" ("поступило", "составила"): what was said before does
    ("Инвестиции в экономику района составили 80 млрд рублей. Из федерального бюджета поступило 43,5 млрд рублей.",
     [s("80 млрд рублей", "инвестиции в экономику района"), s("43,5 млрд рублей", "инвестиции в экономику района")]),
    ("Since January, 196 attacks have been foiled, 142 of them bombings.",
     [s("196", "attacks foiled"), s("142", "bombings")]),
    ("Родилось 38 497 детей, 56 116 человек умерло в течение года.",
     [s("38 497", "детей"), s("56 116", "умерло")]),
    ("Всего произошло 90 тыс. аварий, в которых погибло 9 тыс. человек (+2,3%), ранено 110 тыс. (+4,3%).",
     [s("90 тыс.", "аварий"), s("9 тыс.", "погибло"), s("+2,3%", "погибло", direction="up"),
      s("110 тыс.", "ранено"), s("+4,3%", "ранено", direction="up")]),
    ("Незаконно находились в стране 500 000 иностранцев, при этом выслали из страны 120 000 человек.",
     [s("500 000", "иностранцев"), s("120 000", "выслали из страны")]),
    ("Численность населения области составила 2 100 000 человек.", [s("2 100 000", "населения области")]),
    ("Погибших стало больше на 2,6%, пострадавших — на 5,6%.",
     [s("2,6%", "погибших", direction="up"), s("5,6%", "пострадавших", direction="up")]),
]

# A reference stands for what was said before it: "their amount" for the topic before; a relative
# pronoun for the noun phrase before its comma ("the budget, the total volume of which" -> the total
# volume of the budget), not for a noun set apart ("every category apart from X, which") nor for a
# figure's unit; "these purposes" for what an earlier clause of the sentence is about.
REFERENCES = [
    ("Fraud is growing fast. Their amount has increased by 12 per cent.",
     [s("12 per cent", "fraud", direction="up")]),
    ("The ministry cut the federal budget, the total volume of which will fall by 15%.",
     [s("15%", "total volume of federal budget", direction="down")]),
    ("Burglary fell 7%, driven by a drop in every category apart from car theft, which rose 3%.",
     [s("7%", "burglary", direction="down"), s("3%", "car theft", direction="up")]),
    ("Wheat output reached 1,100 lakh tonnes, which is 46 lakh tonnes higher than last year.",
     [s("1,100 lakh tonnes", "wheat output"), s("46 lakh tonnes", "wheat output", direction="up")]),
    ("Over 700,000 cybercrimes were documented, with more than 70% involving fraud or theft.",
     [s("Over 700,000", "cybercrimes"), s("more than 70%", "involving fraud or theft")]),
    # a change noun with only its size or period ("a monthly decrease of", "marginal fall of") names nothing: what changed is
    # the claim before, or what the text spoke of last; "a natural increase" is a measure of its own
    ("Power use in January was 2034.3 GWh, a monthly decrease of 18.5% and an annual drop of 12.2%.",
     [s("2034.3 GWh", "power use"), s("18.5%", "power use", direction="down"), s("12.2%", "power use", direction="down")]),
    ("Production rose for years. In 2013 there was a marginal fall of 0.3%.",
     [s("0.3%", "production", direction="down")]),
    ("Construction jobs increased by 7.5 percent. However, the industry saw a seasonal decline of 6.8 percent from December.",
     [s("7.5 percent", "construction jobs", direction="up"), s("6.8 percent", "industry", direction="down")]),
    ("The islands welcomed 41,200 tourists in May. This represents a noteworthy increase of 14.2 percent.",
     [s("41,200", "tourists"), s("14.2 percent", "tourists", direction="up")]),
    # a participle alone names nothing ("these are now expected to reach"): what was said before does
    ("Tax receipts reached $317 million by June, and these are now expected to reach $495 million by December.",
     [s("$317 million", "tax receipts"), s("$495 million", "tax receipts")]),
    # a superlative alone names nothing ("was the lowest (0.6%)"): what was said before does
    ("Water output grew 7.7% a year. The growth was the lowest (0.6%) in 2013.",
     [s("7.7%", "water output", direction="up"), s("0.6%", "water output")]),
    # "worth" links an amount, and "|" parts a page's sections: neither is in a subject
    ("The fleet caught about 54 tonnes worth about $843.6 million.", [s("about 54 tonnes", "fleet"), s("about $843.6 million", "fleet")]),
    ("|Tongan| The Consumer Price Index for March rose by 1.4%.", [s("1.4%", "consumer price index", direction="up")]),
    # ... nor do degree words ("значительно", "существенно выше") before a dash
    ("Количество тяжких преступлений увеличилось значительно – на 8,7%.",
     [s("8,7%", "тяжких преступлений", direction="up")]),
    ("Естественная убыль составила 15 610 человек. В 2022 году этот показатель был существенно выше — 21 131 человек.",
     [s("15 610", "естественная убыль"), s("21 131", "естественная убыль")]),
    ("Exports rose sharply. In 2022 they were significantly higher - 5.2 million tonnes.",
     [s("5.2 million tonnes", "exports")]),
    # "что равно" restates the figure before
    ("Яйца подорожали на 13,4%, что равно 11,32 рубля.", [s("13,4%", "яйца", direction="up"), s("11,32 рубля", "яйца")]),
    ("Deaths outnumbered births. Even so there was a natural increase of 46 people.",
     [s("46", "natural increase", direction="up")]),
    # a clause's opener ("причём", "более того") is no subject
    ("Причём продали за копейки – 5 тысяч рублей в год.", [s("5 тысяч рублей", one_of=[None])]),
    # a reporting verb ("showed", "revealed") opens the clause that says what is measured
    ("The survey showed the jobless rate fell to 3.9 percent.", [s("3.9 percent", "jobless rate")]),
    # whom a question addresses is no subject: what was said before is
    ("Unemployment rose again. Senator, is 5.4 per cent acceptable?", [s("5.4 per cent", "unemployment")]),
    # "вышел на отметку", a verb of reaching a level: what reached it is the clause's subject after "что", not who spoke
    ("Губернатор отчитался, что товарооборот области в 2022 году вышел на отметку 41,2 млрд рублей.",
     [s("41,2 млрд рублей", "товарооборот области")]),
    # after "больше", "меньше" a time compared with ("прошлогоднего") is no noun of what is counted: the clause names it
    ("Число разводов на 94 больше прошлогоднего.", [s("94", "разводов", direction="up")]),
    # a word in "-ing" between a share and a change's noun is a noun ("a 3 per cent funding increase"), not a participle
    ("Highlights include a 3.2 per cent funding increase for schools. The plan also brings a 5 percent spending cut.",
     [s("3.2 per cent", "funding", direction="up"), s("5 percent", "spending", direction="down")]),
    # an apposition between commas names what it measures before them, past a time in it ("now", "сейчас")
    ("Our revenue, now approaching $2 billion, includes about $200 million of fees.",
     [s("approaching $2 billion", "revenue"), s("about $200 million", "fees")]),
    ("Госдолг, сейчас около 4 млрд рублей, вырастет.", [s("около 4 млрд рублей", "госдолг")]),
    # a list's lead-in, a line that ends with a colon, says what its items' amounts are (not the count before it)
    ("The board held its meeting on Monday and approved 12 amendments.\nIt proposes to raise the volume of road funding "
     "from the state by:\n2026 – $4.2 million;\n2027 – $5.1 million.\n",
     [s("12", "amendments"), s("$4.2 million", "road funding from the state"), s("$5.1 million", "road funding from the state")]),
    ("Комиссия одобрила 12 поправок.\nПредлагается увеличить объем дорожного фонда на:\n2026 год – 4,2 млрд рублей;\n"
     "2027 год – 5,1 млрд рублей.\n", [s("12", "поправок"), s("4,2 млрд рублей", "дорожного фонда"), s("5,1 млрд рублей", "дорожного фонда")]),
    # a headline's question word ("сколько") is no topic: what it asks for is the noun after it, else nothing
    ("Стало известно, сколько зарабатывали в Карелии в январе\n\nТак, если в декабре в столице зарабатывали в среднем "
     "3 100 рублей, то в январе — 2 950 рублей.\n", [s("в среднем 3 100 рублей", one_of=[None]), s("2 950 рублей", one_of=[None])]),
    # a count after a colon that follows a measure's head is that measure's value; an adverb of the verb ends the subject
    ("The number of burglaries barely changed: 2,310 in 2019 and 2,290 in 2020.",
     [s("2,310", "burglaries"), s("2,290", "burglaries")]),
    # a count after "из них" is a part of the whole before it
    ("Зарегистрировано 1200 краж, из них 310 – в областном центре.", [s("1200", "краж"), s("310", "краж")]),
    # a change is no antecedent of "the number": what was counted before is
    ("Arrests totalled 3,120 in May. The fall was slower than in April, when the number dropped by 410.",
     [s("3,120", "arrests"), s("410", "arrests", direction="down")]),
    ("The project has 458 commits by 78 people, 30 of which are newcomers.",
     [s("458", "commits"), s("78", "people"), s("30", "newcomers")]),
]

# Money is measured by what it is spent on, not by who spends it; a restatement in another currency
# between the amount and its purpose changes nothing.
SPENDING = [
    # money between dashes, then the verb that spends it and its purpose
    ("Доходы бюджета составят 2 млрд рублей. Расходная часть — 1 миллиард 900 миллионов — направлена на ремонт дорог.",
     [s("2 млрд рублей", "доходы бюджета"), s("1 миллиард 900 миллионов", "ремонт дорог", unit="RUB")]),
    ("The treasury will spend RUB 2 trillion, or USD 22 billion, on the maintenance of roads.",
     [s("RUB 2 trillion", "maintenance of roads"), s("USD 22 billion", "maintenance of roads")]),
    ("The city will spend another RUB 3 billion under the programme \"safe streets\".",
     [s("RUB 3 billion", "programme safe streets")]),
    ("Казна потратит 2 трлн рублей на содержание дорог.", [s("2 трлн рублей", "содержание дорог")]),
    ("Many schools are old: 3 billion rubles will be allocated for these purposes.",
     [s("3 billion rubles", "schools")]),
    # a change of money and what it goes to ("a $72 million increase for the health system"); not a time ("for the year")
    ("The update forecasts a $64 million increase for hospitals and a $21 million increase for rural roads.",
     [s("$64 million", "hospitals", direction="up"), s("$21 million", "rural roads", direction="up")]),
    ("Spending will reach $900 million, a $70 million increase for the year.",
     [s("$900 million", "spending"), s("$70 million", "spending", direction="up")]),
    # money contributed towards a purpose
    ("Around £95,000 will also be contributed towards the regional transport board.",
     [s("Around £95,000", "regional transport board", qualifier="approx")]),
    # "is to be invested in", "вложено в": a verb that takes its purpose with "in"; "allocated to" before a determiner
    ("Over €40M is to be invested in rural roads and bridges next year.", [s("Over €40M", "rural roads and bridges")]),
    ("About $2m has been allocated to the new harbour library.", [s("About $2m", "new harbour library")]),
    ("7 млрд рублей будет вложено в строительство больниц.", [s("7 млрд рублей", "строительство больниц")]),
    ("В прошлом году в модернизацию порта вложили 3 млрд рублей.", [s("3 млрд рублей", "модернизацию порта")]),
]

# An item of a list takes its own name: a name with its figure in brackets, under the measure the
# list breaks down when one was said before it; a label glued to its dash; an amount of one item
# does not run into the next.
LIST_ITEMS = [
    # a list of semicolons, each item its label, a comma and its figure: the label names it (a place's name does not)
    ("The top calls included suspicious persons, 241; verbal disputes, 236 apiece; stray dogs, 225; theft or larceny, 188.",
     [s("241", "suspicious persons"), s("225", "stray dogs"), s("188", "theft or larceny")]),
    ("Jobless rates included Wells, 8.7 percent; Allen, 9.1 percent; and Whitley, 9.6 percent.",
     [s("8.7 percent", "jobless rates"), s("9.1 percent", "jobless rates"), s("9.6 percent", "jobless rates")]),
    # bare items "N in Place" after an item with its measure and place: items of the same list, of the same measure
    ("The survey found 41.2 burglaries per 1,000 homes in the Kent area, 38.5 in Surrey and 29.9 in East Sussex.",
     [s("41.2", "burglaries per 1,000 homes"), s("38.5", "burglaries per 1,000 homes"), s("29.9", "burglaries per 1,000 homes")]),
    # items with a figure in brackets after a sentence of another unit: the measure last named in their unit
    ("Уровень безработицы в области составил 3,2%. Среднее время поиска работы составило 5 месяцев.\n"
     "Лучшие показатели у Москвы (1,1%) и Татарстана (1,4%).",
     [s("3,2%", "безработицы"), s("5 месяцев", "среднее время поиска работы"), s("1,1%", has="безработицы"),
      s("1,4%", "безработицы (татарстана)")]),
    # a list of places whose first item has its preposition and the others leave it out: the same measure, in each place
    ("Стоимость набора продуктов в области составила 3040 руб., по Северо-Западному округу - 3253 руб., Республике "
     "Карелия - 3310 руб., Мурманской области - 3497 руб.",
     [s("3040 руб.", "стоимость набора продуктов"), s("3253 руб.", "стоимость набора продуктов"),
      s("3310 руб.", "стоимость набора продуктов (республике карелия)"),
      s("3497 руб.", "стоимость набора продуктов (мурманской области)")]),
    # ... but names with no preposition before the first are each their own measure
    ("Police seized 24 blots, Cocaine - 8.8 gms, Heroin - 2 gms.",
     [s("24", "blots"), s("8.8 gms", "cocaine"), s("2 gms", "heroin")]),
    # ... not a number with no place of its own before it
    ("The survey covered 300 homes, 2019 in total.", [s("300", "homes")]),
    # a list of nouns, each with the size of its change in brackets: each measures its own noun
    ("Снизилось число угонов (на 21,4%), квартирных краж (на 17,9%), разбоев (на 9,6%).",
     [s("21,4%", "угонов", direction="down"), s("17,9%", "квартирных краж", direction="down"),
      s("9,6%", "разбоев", direction="down")]),
    ("Заметно снизилось количество преступлений в общественных местах (на 8,2%) и поджогов (на 5,5%).",
     [s("8,2%", "преступлений в общественных местах", direction="down"), s("5,5%", "поджогов", direction="down")]),
    ("Burglaries fell markedly (by 11 percent).", [s("11 percent", "burglaries", direction="down")]),
    # an opener is no subject
    ("Тем не менее за год мошенники похитили у горожан почти 2 млрд рублей.", [s("почти 2 млрд рублей", "мошенники")]),
    ("Менее популярными странами стали Армения (6,7%), Грузия (5,4%) и Молдавия (3,5%).",
     [s("6,7%", "армения"), s("5,4%", "грузия"), s("3,5%", "молдавия")]),
    ("Больше всего краж в Самаре — 9,2 тыс. Далее идут Пермский край (8,1 тыс.) и Тверская область (7,4 тыс.).",
     [s("9,2 тыс.", "краж"), s("8,1 тыс.", "краж (пермский край)"), s("7,4 тыс.", "краж (тверская область)")]),
    ("Rates for the other groups were stable: men (3.2 percent), teenagers (12.8 percent) and Hispanics (5.6 percent).",
     [s("3.2 percent", "men"), s("12.8 percent", "teenagers"), s("5.6 percent", "hispanics")]),
    ("Seized items: Hash cake- 410 gms, Charas- 25 gms.", [s("410 gms", "hash cake"), s("25 gms", "charas")]),
    ("Police seized 20 kilograms of heroin and about one tonne of poppy straw.",
     [s("20 kilograms", "heroin"), s("about one tonne", "poppy straw")]),
    ("Kent had the highest growth rate, at 2.3%, followed by Essex at 2.2%, the Isle of Wight 2%, Surrey and Kent 1%.",
     [s("2.3%", "growth rate"), s("2.2%", "essex"), s("2%", "isle of wight"), s("1%", "surrey and kent")]),
    # a bare count after a name is as often an address or a code: no name of a list for it
    ("Write to 4676 Admiralty Way, Marina del Rey, California 90291.", []),
    ("The raid resulted in recovery of 2.5 gms Charas and 2 gms Methamphetamine.",
     [s("2.5 gms", "charas"), s("2 gms", "methamphetamine")]),
]

# A label names what its figure measures: a heading with its colon, before a sign; the noun phrase
# a topic's preposition opens, before a dash and past a time; a part of "из них" before a dash.
LABELS = [
    # the subject after its change verb, then a dash before the size ("подорожали помидоры – на 4%"), two nouns too
    ("Сильнее всего в цене подросли помидоры – на 4%. Больше всего подорожали огурцы и капуста – на 7%.",
     [s("4%", "помидоры", direction="up"), s("7%", "огурцы и капуста", direction="up")]),
    # a cause before an item's dash is what the share is of ("за счет", "по причине", "due to"); a verb's past ending "-ходило"
    ("Убыль населения происходила как за счет естественной убыли – 61,2%, так и по причине миграционного оттока – 38,8%.",
     [s("61,2%", "естественной убыли"), s("38,8%", "миграционного оттока")]),
    ("The rise in prices was due to fuel - 60%.", [s("60%", "fuel")]),
    ("Дефицит: –1 200 млрд рублей.", [s("1 200 млрд рублей", "дефицит")]),
    ("Расстояние от Тулы до Москвы: 180 км.", [s("180 км", "расстояние")]),
    ("Росстат сообщает о рекордно низкой инфляции в марте этого года – всего 0,3%.",
     [s("0,3%", "рекордно низкой инфляции")]),
    ("Численность лиц, совершивших кражи, составила 900 человек, из них женщин — 120 человек.",
     [s("900", "лиц совершивших кражи"), s("120", "женщин")]),
    # a figure between commas measures the noun phrase it stands beside
    ("Both the number of jobless persons, 5.5 million, and the jobless rate, 3.9 percent, declined.",
     [s("5.5 million", "jobless persons"), s("3.9 percent", "jobless rate")]),
    # the noun after the second of two figures counts both, unless it opens a clause of its own
    ("The number of gas consumers increased nearly 2.8 lakh and over 1 lakh water connections were added.",
     [s("nearly 2.8 lakh", "gas consumers", direction="up"), s("over 1 lakh", "water connections", direction="up")]),
    ("The regions saw 1 percent and 1.7 percent increases in investment.",
     [s("1 percent", "investment", direction="up"), s("1.7 percent", "investment", direction="up")]),
    # a sentence that is only a capitalised label and its signed figure, as a release lists categories, names it whole;
    # a clause with a function word or a verb is not such a label
    ("Prices changed as follows.\n\nHousing, water, electricity, gas and other fuels -0.3 per cent.\n\n"
     "Clothing & Footwear +0.1 per cent.\n\nTransport +1.2 per cent.",
     [s("-0.3 per cent", "housing water electricity gas and other fuels", direction="down"),
      s("+0.1 per cent", "clothing & footwear", direction="up"), s("+1.2 per cent", "transport", direction="up")]),
    ("А правительство говорит, что инфляция +12%.", [s("+12%", "инфляция", direction="up")]),
    # a figure in brackets right after another is that figure in other words
    ("Число умерших сократилось на 5,3% (3 116 человек).",
     [s("5,3%", "умерших", direction="down"), s("3 116", "умерших")]),
]

CASES = [
    *cases("defining", DEFINING, doc_date="2024-04-02"),
    *cases("linked amount", LINKED, doc_date="2024-04-02"),
    *cases("part of a whole", PART_OF_WHOLE, doc_date="2024-04-02"),
    *cases("what happened", WHAT_HAPPENED, doc_date="2024-04-02"),
    *cases("references", REFERENCES, doc_date="2024-04-02"),
    *cases("spending", SPENDING, doc_date="2024-04-02"),
    *cases("list items", LIST_ITEMS, doc_date="2024-04-02"),
    *cases("labels", LABELS, doc_date="2024-04-02"),
]


@pytest.mark.parametrize(CASE, CASES)
def test_subject(kind, text, expected, options):
    run_case(kind, text, expected, options)


# Words that open a sentence and link it to the one before name nothing, as a subject or as an item of a list the
# figures share out "respectively"
OPENERS = {"likewise", "similarly", "furthermore", "additionally", "moreover", "meanwhile"}
OPENER_SENTENCES = [
    "The wage bill accounts for 58.2 percent. Likewise, budget allocated for road works and debt service is 21.4 percentage "
    "and 20.4 percentage, respectively.",
    "Likewise, exports rose 4 percent.",
    "Similarly, the number of thefts fell to 1,204.",
]


@pytest.mark.parametrize("text", OPENER_SENTENCES)
def test_sentence_openers_name_nothing(text):
    claims = statx.extract_text(text)
    assert claims and all(c.subject not in OPENERS for c in claims), [(c.mention, c.subject) for c in claims]


# names after a list of figures that are times are the figures' times, not what they measure
RESPECTIVE_TIMES = [
    ("Prices rose 2.1% and 3.4% in January and February respectively.", "prices"),
    ("Цены выросли на 2,1% и 3,4% в январе и феврале соответственно.", "цены"),
]


@pytest.mark.parametrize("text, subject", RESPECTIVE_TIMES)
def test_respective_times_name_nothing(text, subject):
    claims = statx.extract_text(text)
    assert len(claims) == 2 and all(c.subject == subject for c in claims), [(c.mention, c.subject) for c in claims]


# a change verb after "to" and a participle or a word of raising: the clause's subject is what changes
RAISED = [
    ("Real output is expected to expand by 2.9 percent this year.", "real output"),
    ("The average council tax bill is set to rise by £73 a year.", "average council tax bill"),
    ("Revenue is forecast to grow by $364.1 million over four years.", "revenue"),
]


@pytest.mark.parametrize("text, subject", RAISED)
def test_raised_subjects(text, subject):
    claims = statx.extract_text(text)
    assert [c.subject for c in claims] == [subject], [(c.mention, c.subject) for c in claims]
