"""Numbers that are not claims (shared/spec/claims.md, "Not claims"): dates, clock times, years,
durations that only say when, ordinals, page furniture, names, laws, articles, phone numbers,
addresses, list markers and the denominators of rates. One table of cases, labelled by feature; each
asserts the exact result: no rows at all, or only the real claims of the sentence."""
from __future__ import annotations

import pytest

from conftest import CASE, cases, row, run_case, xfail


ENGLISH = [
    ("Moscow, 20 November (UTC+3).", []),
    # dates
    ("The meeting of the Interior Ministry Board took place on April 2, 2024.", []),
    ("On March 22 the minister met the regional police chiefs.", []),
    ("The new rules take effect on 1 May.", []),
    ("The decree was signed on 04.03.2026 and published the next day.", []),
    ("The law comes into force on January 1.", []),
    ("Veterans marched through the city on 9 May 1945.", []),
    ("The register will open from 1 September 2025.", []),
    ("April 2, 2024, Moscow", []),
    # clock times
    ("The session began at 12:30 in the Kremlin.", []),
    ("The talks will start at 5 p.m. Moscow time.", []),
    ("The hearing resumed at 10 am sharp.", []),
    ("The meeting started at 14.00 in the Grand Kremlin Palace.", []),
    # years as dates and names
    ("In 2023 the ministry was reorganised.", []),
    ("We must not slide back to the 2012 level.", []),
    ("The 2021–2023 budget period was a difficult one.", []),
    ("In 2019-2020 we reformed the migration service.", []),
    ("The strategy until 2030 was approved by the Security Council.", []),
    ("The 2014 Olympic Games in Sochi were safe.", []),
    ("Crime soared in the mid-1990s.", []),
    ("The 1990s were hard for the police.", []),
    ("The Great Patriotic War ended in 1945.", []),
    # durations that only say when
    ("Over the past six years we have done a great deal.", []),
    ("Over the last 20 years the service has changed beyond recognition.", []),
    ("Three years ago we launched the programme.", []),
    ("For two decades we have been fighting drug trafficking.", []),
    ("Within 30 days the report must be submitted to the Government.", []),
    ("The hearing lasted 3 hours.", []),
    ("In the recent seven years the situation has improved.", []),
    ("He was a 17-year-old driver without a licence.", []),
    # ordinals and rankings
    ("This is the first time we meet in this format.", []),
    ("We are celebrating the 80th anniversary of Victory.", []),
    ("The 3rd Brigade was deployed to the border.", []),
    ("Russia came second in the ranking.", []),
    ("This happened in the 21st century.", []),
    ("Our goal is to get into the top 10.", []),
    # page and gallery furniture, list markers
    ("Photo 1 of 3", []),
    ("1. Road safety.", []),
    ("2. Migration policy", []),
    ("See page 12 of the report.", []),
    ("Item 3 on the agenda is migration.", []),
    # names, laws, articles, models
    ("He was charged under Article 105 of the Criminal Code.", []),
    ("Federal Law No. 273-FZ was adopted in December.", []),
    ("Paragraph 2 of Article 15 sets out the procedure.", []),
    ("The COVID-19 pandemic hit the economy hard.", []),
    ("The Su-57 fighter flew over Red Square.", []),
    ("The S-400 systems were delivered on schedule.", []),
    ("The G20 summit opened in the morning.", []),
    ("The Tu-160 bomber landed safely.", []),
    ("Case No. 1-234/2023 was sent to court.", []),
    ("Under Resolution 2231 the sanctions were lifted.", []),
    ("Phase 2 of the project began in spring.", []),
    # phone numbers and addresses
    ("Call +7 (495) 606-36-02 for details.", []),
    ("The hotline number is 8-800-555-35-35.", []),
    ("Tel.: +7 495 667-02-84", []),
    ("Police headquarters are at 38 Petrovka Street.", []),
    ("Moscow, 125009, Tverskaya Street", []),
    ("Dial 112 in an emergency.", []),
    # numbers that do not count anything
    ("This is one of the main goals of the ministry.", []),
    ("I said it three times at our previous meetings.", []),
    ("One day we will defeat this evil.", []),
    ("The service works 24/7.", []),
]

ENGLISH_WITH_CLAIMS = [
    # the end of a span of years is no count
    ("In 2012-17 the number of births fell by 10 percent.", [row("10 percent", 10, "percent", direction="down")]),
    # the whole a part is counted from is no claim of its own
    ("Burglaries rose in 31 of the 43 police areas.", [row("31", 31, subject="police areas")]),
    ("Inspectors closed 5,000 of 12,000 complaints.", [row("5,000", 5000, subject="complaints")]),
    # the denominator of a rate belongs to the rate, it is not a claim of its own
    ("There were 11 deaths per 100,000 people.", [row("11", 11)]),
    ("There were 11 deaths per 100,000 people on the roads.",
     [row("11", 11, subject="deaths per 100,000 people")]),
    ("The region has 450 police officers per 100,000 population.",
     [row("450", 450)]),
    ("The rate is 9.5 road deaths for every 100,000 residents.",
     [row("9.5", 9.5)]),
    ("Mortality fell to 10.9 per 100,000.",
     [row("10.9", 10.9, subject="mortality")]),
    # a date and a year beside a claim stay out of the rows
    ("On April 2, 2024 the minister reported 14,500 road deaths in 2023.",
     [row("14,500", 14500, year=2023, subject="road deaths")]),
    ("At 12:30 police reported 37 arrests.", [row("37", 37, subject="arrests")]),
    ("Under Article 228, 1,200 people were convicted last year.",
     [row("1,200", 1200, subject="people convicted")]),
    ("Over the past six years, crime has fallen by 20 percent.",
     [row("20 percent", 20, "percent", direction="down", subject="crime")]),
    ("The COVID-19 pandemic cut tourism by 60 percent.",
     [row("60 percent", 60, "percent", direction="down")]),
    ("The 2024 budget allocates 5 trillion rubles to defence.",
     [row("5 trillion rubles", 5000000000000, "RUB", year=2024)]),
    ("Order No. 615 of 12 May 2023 set a quota of 4,000 permits.", [row("4,000", 4000, subject="permits")]),
    xfail("Russia 24 reported 300 arrests.", [row("300", 300, subject="arrests")],
          "the number in the channel name 'Russia 24' is taken as a count"),
    ("Seven out of every 100 drivers were drunk.",
     [row("Seven out of every 100", 7, "percent")]),
]

RUSSIAN = [
    # the marks of notes and a document's number
    ("Меры приняты органами внутренних дел < 2 > в полном объеме.", []),
    ("Решение коллегии от 4 июня 2024 г. N 2км.", []),
    # даты
    ("Совещание состоялось 4 марта 2026 года в Кремле.", []),
    ("Постановление подписано 04.03.2026.", []),
    ("9 мая состоялся парад Победы.", []),
    ("Закон вступает в силу с 1 января 2025 года.", []),
    ("Москва, 4 марта 2026 года.", []),
    ("Об этом говорится в постановлении правительства от 12.05.2022 № 845.", []),
    ("Выставка продлится с 9 мая по 12 мая.", []),
    # время
    ("Заседание начнется в 12:30.", []),
    ("Брифинг пройдет в 10 часов утра.", []),
    ("Заседание началось в 17 ч. 30 мин.", []),
    # годы
    ("В 2023 году министерство было реорганизовано.", []),
    ("В 2023 г. министерство было реорганизовано.", []),
    ("Стратегия до 2030 года утверждена Советом безопасности.", []),
    ("Бюджет на 2021–2023 годы принят.", []),
    ("В 2021-2023 гг. программа работала во всех регионах.", []),
    ("Показатели вернулись к уровню 2012 года.", []),
    ("В 1990-е годы преступность резко выросла.", []),
    ("В 90-х годах ситуация была иной.", []),
    ("Задача должна быть решена к 2030 году.", []),
    ("В первом полугодии 2024 года работа продолжилась.", []),
    ("Это произошло в XXI веке.", []),
    # периоды
    ("За 10 лет многое изменилось.", []),
    ("В течение трех лет программа работала в пилотном режиме.", []),
    ("Три года назад мы запустили эту программу.", []),
    ("За последние пять лет ситуация улучшилась.", []),
    ("Ему было 17 лет, когда он был задержан.", []),
    # порядковые
    ("Это уже 5-й случай за месяц.", []),
    ("Мы второй раз проводим такое совещание.", []),
    ("Команда заняла первое место.", []),
    ("Мы отмечаем 80-летие Победы.", []),
    ("В 3-м квартале работа продолжилась.", []),
    # названия, статьи, законы
    ("Он осужден по статье 228 УК РФ.", []),
    ("Речь идет о статьях 158−158.1 Уголовного кодекса.", []),
    ("Приговор вынесен по ч. 4 ст. 159 УК РФ.", []),
    ("Дело возбуждено по ч. 2 ст. 228.1 УК РФ.", []),
    ("Федеральный закон № 273-ФЗ принят в декабре.", []),
    ("Указ № 1234 подписан президентом.", []),
    ("Пандемия COVID-19 изменила жизнь людей.", []),
    ("Самолет Су-57 пролетел над площадью.", []),
    ("Комплексы С-400 поставлены в срок.", []),
    ("Осужденный отбывает наказание в СИЗО-1.", []),
    ("В школе № 5 прошел урок безопасности.", []),
    ("На трассе М-4 «Дон» открыто движение.", []),
    ("Глава 5 закона посвящена миграции.", []),
    # телефоны и адреса
    ("Звоните по телефону 8-800-555-35-35.", []),
    ("Телефон дежурной части: +7 (495) 606-36-02.", []),
    ("Москва, ул. Тверская, д. 13", []),
    ("Горячая линия 112 работает круглосуточно.", []),
    # списки и прочее
    ("1. Безопасность дорожного движения.", []),
    ("2) Миграционная политика.", []),
    ("Это одна из главных задач министерства.", []),
    ("Я говорил об этом три раза.", []),
]

RUSSIAN_WITH_CLAIMS = [
    ("Смертность составила 11 человек в расчете на 100 тыс. населения.",
     [row("11", 11)]),
    ("Смертность в ДТП составила 11 человек на 100 тыс. населения.",
     [row("11", 11)]),
    ("На 100 тыс. населения приходится 11 погибших.",
     [row("11", 11, subject="погибших")]),
    ("В 2023 году в ДТП погибли 14,5 тыс. человек.",
     [row("14,5 тыс.", 14500, year=2023)]),
    ("Телеканал «Россия 24» сообщил о 300 задержаниях.", [row("300", 300, subject="задержаниях")]),
    ("Приказ МВД № 615 от 12 мая 2023 г. установил квоту в 4000 разрешений.", [row("4000", 4000)]),
    ("По статье 228 УК РФ в прошлом году осуждены 1200 человек.",
     [row("1200", 1200)]),
    ("Пандемия COVID-19 сократила турпоток на 60%.",
     [row("60%", 60, "percent", direction="down")]),
]

AUTO = [
    ("Заседание коллегии МВД России 4 марта 2026 года.", []),
    ("Звоните: 8-800-555-35-35, статья 228, COVID-19.", []),
]

CASES = [
    *cases("not a claim, en", ENGLISH, lang="en"),
    *cases("only the real claims, en", ENGLISH_WITH_CLAIMS, doc_date="2024-04-02", lang="en"),
    *cases("not a claim, ru", RUSSIAN, lang="ru"),
    *cases("only the real claims, ru", RUSSIAN_WITH_CLAIMS, doc_date="2024-04-02", lang="ru"),
    *cases("not a claim, language detected", AUTO),
]


@pytest.mark.parametrize(CASE, CASES)
def test_not_claims(kind, text, expected, options):
    run_case(kind, text, expected, options)
