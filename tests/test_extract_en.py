"""English claims: numbers, scales, units, money, multipliers, fractions, ranges, qualifiers and
directions (shared/spec/claims.md). Each case is a sentence and the rows statx must write for it,
in text order; `check_rows` also checks that every span indexes its mention."""
from __future__ import annotations

from decimal import Decimal

import pytest

import statx
from conftest import check_rows

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def r(mention, value, unit="count", qualifier="exact", direction=None, value_to=None, **more):
    """One expected row: value, value_to, unit, qualifier and direction are always checked."""
    return dict(mention=mention, value=value, value_to=value_to, unit=unit, qualifier=qualifier,
                direction=direction, **more)


def xfail(text, rows, reason):
    return pytest.param(text, rows, marks=pytest.mark.xfail(strict=True, reason=reason))


# ----------------------------------------------------------------------------- digits and words

DIGITS = [
    ("Last year the police registered 1,947,200 crimes across the country.",
     [r("1,947,200", 1947200, subject="crimes")]),
    (f"Traffic police recorded 132{NBSP}300 road accidents in 2023.",
     [r(f"132{NBSP}300", 132300, subject="road accidents")]),
    (f"Border guards checked 4{NNBSP}600{NNBSP}000 vehicles at the checkpoints.",
     [r(f"4{NNBSP}600{NNBSP}000", 4600000, subject="vehicles")]),
    (f"Customs officers inspected 12{THIN}500 containers in the port.",
     [r(f"12{THIN}500", 12500, subject="containers")]),
    ("The courts received 6,174,777 claims from citizens.",
     [r("6,174,777", 6174777, subject="claims")]),
    ("Investigators solved 3,941 murders and 875 robberies.",
     [r("3,941", 3941, subject="murders"), r("875", 875, subject="robberies")]),
    ("The regional funds disbursed 1,250.75 million rubles to the victims.",
     [r("1,250.75 million rubles", Decimal("1250750000"), "RUB")]),
    ("Unemployment stood at 2.9 percent.",
     [r("2.9 percent", Decimal("2.9"), "percent", subject="unemployment")]),
    ("The crime rate fell by 0.8 percent compared with the previous year.",
     [r("0.8 percent", Decimal("0.8"), "percent", direction="down", subject="crime rate")]),
    ("Drug seizures totalled 26.3 tons.",
     [r("26.3 tons", 26300, "kg", subject="drug seizures")]),
    ("Sixty-three regions reported a decline in street crime.",
     [r("Sixty-three", 63, subject="regions")]),
]

WORDS = [
    ("Two hundred members of drug gangs were arrested during the operation.",
     [r("Two hundred", 200, subject="members of drug gangs")]),
    ("We have opened four rehabilitation centres in the Far East.",
     [r("four", 4, subject="rehabilitation centres")]),
    ("One hundred and fifty thousand volunteers took part in the campaign.",
     [r("One hundred and fifty thousand", 150000, subject="volunteers")]),
    ("Twenty-two regions have joined the pilot project.",
     [r("Twenty-two", 22, subject="regions")]),
    ("Police officers seized three hundred and twelve firearms.",
     [r("three hundred and twelve", 312, subject="firearms")]),
    ("Forty-five percent of respondents said they felt safe at night.",
     [r("Forty-five percent", 45, "percent", subject="respondents")]),
    ("Two and a half million foreign nationals entered the country.",
     [r("Two and a half million", 2500000, subject="foreign nationals")]),
    ("A million people have already received the new passports.",
     [r("A million", 1000000, subject="people")]),
    ("The agency employs nine thousand inspectors.",
     [r("nine thousand", 9000, subject="inspectors")]),
    ("Detectives dismantled two dozen clandestine laboratories.",
     [r("two dozen", 24, subject="clandestine laboratories")]),
    ("The service now has eighteen thousand five hundred employees.",
     [r("eighteen thousand five hundred", 18500, subject="employees")]),
    ("Only seven percent of the fines have been paid.",
     [r("seven percent", 7, "percent", subject="fines")]),
    ("Three million tourists visited the region.",
     [r("Three million", 3000000, subject="tourists")]),
]

# ----------------------------------------------------------------------------- scales

SCALES = [
    ("Regional budgets allocated 3.5 million rubles for video surveillance.",
     [r("3.5 million rubles", 3500000, "RUB")]),
    ("Exports of weapons reached $1.2 billion in 2023.",
     [r("$1.2 billion", 1200000000, "USD")]),
    ("The federal budget deficit is projected at RUB 3.3 trillion for the year.",
     [r("RUB 3.3 trillion", 3300000000000, "RUB")]),
    ("The federal budget deficit is RUB 3.3 trillion.",
     [r("RUB 3.3 trillion", 3300000000000, "RUB")]),
    ("Swindlers stole $1.2 billion.",
     [r("$1.2 billion", 1200000000, "USD")]),
    ("Each start-up received a grant of $5k from the fund.",
     [r("$5k", 5000, "USD")]),
    ("The fraudsters took $3m from pensioners in a single month.",
     [r("$3m", 3000000, "USD")]),
    ("Losses came to 15 mln rubles, the prosecutor said.",
     [r("15 mln rubles", 15000000, "RUB")]),
    ("Investment reached 2.3 bn euros by the end of the year.",
     [r("2.3 bn euros", 2300000000, "EUR")]),
    ("Exports of grain brought in 156.5 bln rubles this season.",
     [r("156.5 bln rubles", 156500000000, "RUB")]),
    ("Federal spending amounted to RUB 10.8 tn in that period.",
     [r("RUB 10.8 tn", 10800000000000, "RUB")]),
    ("The club paid £40m for the stadium.",
     [r("£40m", 40000000, "GBP")]),
    ("The bank set aside €2bn for bad loans.",
     [r("€2bn", 2000000000, "EUR")]),
    ("The region has 3.4 million residents.",
     [r("3.4 million", 3400000, subject="residents")]),
    ("The programme will cost 4 trillion rubles over ten years.",
     [r("4 trillion rubles", 4000000000000, "RUB")]),
    ("About 1.5 thousand officers were sent to the border.",
     [r("About 1.5 thousand", 1500, qualifier="approx", subject="officers")]),
    ("The border fence stretches for 800 m along the river.",
     [r("800 m", 800, "m")]),
    ("The ministry plans to recruit 12 thousand new officers.",
     [r("12 thousand", 12000, subject="new officers")]),
    ("Seized assets were valued at 7 bln rubles.",
     [r("7 bln rubles", 7000000000, "RUB")]),
]

# ----------------------------------------------------------------------------- percent and points

PERCENT = [
    ("The number of burglaries fell by 30 percent.",
     [r("30 percent", 30, "percent", direction="down", subject="burglaries")]),
    ("The number of burglaries fell by 30 per cent.",
     [r("30 per cent", 30, "percent", direction="down", subject="burglaries")]),
    ("The number of burglaries fell by 30%.",
     [r("30%", 30, "percent", direction="down", subject="burglaries")]),
    ("We saw a 4.5-percent rise in road traffic accidents.",
     [r("4.5-percent", Decimal("4.5"), "percent", direction="up", subject="road traffic accidents")]),
    ("Online fraud made up the largest group of registered offences (21.9 percent).",
     [r("21.9 percent", Decimal("21.9"), "percent")]),
    ("Juvenile crime accounts for 3.2% of all crime.",
     [r("3.2%", Decimal("3.2"), "percent")]),
    ("The share of solved crimes rose by 1.5 percentage points.",
     [r("1.5 percentage points", Decimal("1.5"), "pp", direction="up")]),
    ("The detection rate fell 0.3 percentage point.",
     [r("0.3 percentage point", Decimal("0.3"), "pp", direction="down")]),
    ("The share of online sales was up 2 p.p. over the year.",
     [r("2 p.p.", 2, "pp", direction="up")]),
    ("Wages increased by 12.5 per cent in real terms.",
     [r("12.5 per cent", Decimal("12.5"), "percent", direction="up", subject="wages")]),
    ("Growth of 3.6 percent was recorded in 2023.",
     [r("3.6 percent", Decimal("3.6"), "percent")]),
    ("Fewer than 40 percent of the requests were approved.",
     [r("Fewer than 40 percent", 40, "percent", "at_most", subject="requests")]),
    ("A 10% increase in patrols is planned.",
     [r("10%", 10, "percent", direction="up", subject="patrols")]),
    ("Some 60 per cent of drug users are under thirty.",
     [r("Some 60 per cent", 60, "percent", "approx", subject="drug users")]),
    ("Inflation slowed to 7.4 percent by December.",
     [r("7.4 percent", Decimal("7.4"), "percent", subject="inflation")]),
]

# ----------------------------------------------------------------------------- money

MONEY = [
    ("Cyber criminals caused damage of over 156 billion rubles.",
     [r("over 156 billion rubles", 156000000000, "RUB", "at_least", subject="damage")]),
    ("The fine for a first offence is 5,000 roubles.",
     [r("5,000 roubles", 5000, "RUB", subject_has="fine")]),
    ("The average bribe amounted to 45,000 rub, investigators said.",
     [r("45,000 rub", 45000, "RUB", subject="average bribe")]),
    ("The average pension will reach 23,450 ₽ next year.",
     [r("23,450 ₽", 23450, "RUB", subject="average pension")]),
    ("The average pension will reach ₽23,450 next year.",
     [r("₽23,450", 23450, "RUB", subject="average pension")]),
    ("The contract is worth USD 300 million.",
     [r("USD 300 million", 300000000, "USD")]),
    ("The contract is worth 300 million USD in total.",
     [r("300 million USD", 300000000, "USD")]),
    ("The European Union pledged €45 million in aid.",
     [r("€45 million", 45000000, "EUR")]),
    ("The project attracted EUR 12 billion in foreign investment.",
     [r("EUR 12 billion", 12000000000, "EUR")]),
    ("The gang laundered £2.5 million through shell companies.",
     [r("£2.5 million", 2500000, "GBP")]),
    ("China extended a loan of CNY 50 billion to the project.",
     [r("CNY 50 billion", 50000000000, "CNY", subject="loan")]),
    ("The deal was valued at US$5 million.",
     [r("US$5 million", 5000000, "USD")]),
    ("Police seized 2 million dollars in cash.",
     [r("2 million dollars", 2000000, "USD")]),
    ("Tourists spent 300 euros a day on average.",
     [r("300 euros", 300, "EUR")]),
    ("Kazakhstan allocated KZT 5 billion for road repairs.",
     [r("KZT 5 billion", 5000000000, "KZT")]),
    ("The ministry received an additional 21.3 billion rubles for wages.",
     [r("21.3 billion rubles", 21300000000, "RUB")]),
    ("The bonds raised 500 million Swiss francs.",
          [r("500 million Swiss francs", 500000000, "CHF")]),
    ("Customs duties brought in 2.1 trillion roubles last year.",
     [r("2.1 trillion roubles", 2100000000000, "RUB")]),
]

# ----------------------------------------------------------------------------- multipliers

MULTIPLIERS = [
    ("Crimes committed under the influence of drugs have gone down three times from the 2012 level.",
     [r("three times", 3, "times", direction="down", since=2012,
        subject="crimes committed under the influence of drugs")]),
    ("The number of IT crimes has increased more than 25 times.",
     [r("more than 25 times", 25, "times", "at_least", "up", subject="it crimes")]),
    ("Cases of online fraud rose two-fold.",
     [r("two-fold", 2, "times", direction="up", subject="cases of online fraud")]),
    ("Spending on the police grew 1.5 times.",
     [r("1.5 times", Decimal("1.5"), "times", direction="up", subject_has="spending")]),
    ("There were three times more road deaths in the region than in Moscow.",
     [r("three times", 3, "times", direction="up")]),
    ("The region recorded a threefold increase in fraud.",
     [r("threefold", 3, "times", direction="up", subject="fraud")]),
    ("Fines for drunk driving were raised tenfold.",
     [r("tenfold", 10, "times", direction="up")]),
    ("Heroin seizures fell 2.5 times.",
     [r("2.5 times", Decimal("2.5"), "times", direction="down", subject="heroin seizures")]),
    ("The number of drug dens has decreased twice since 2015.",
     [r("twice", 2, "times", direction="down", since=2015, subject="drug dens")]),
    ("Car thefts have fallen four times over the past decade.",
     [r("four times", 4, "times", direction="down", subject="car thefts")]),
]

# ----------------------------------------------------------------------------- fractions

FRACTIONS = [
    ("A quarter of all crimes are now committed online.",
     [r("A quarter", 25, "percent", subject="crimes")]),
    ("Half of the detainees were foreign citizens.",
     [r("Half", 50, "percent", subject="detainees")]),
    ("Two-thirds of the victims were pensioners.",
     [r("Two-thirds", Decimal("66.67"), "percent", subject="victims")]),
    ("One in five crimes was solved by district officers.",
     [r("One in five", 20, "percent", subject="crimes")]),
    ("One out of five thefts involved a bank card.",
     [r("One out of five", 20, "percent", subject="thefts")]),
    ("Every fourth crime is committed by a repeat offender.",
     [r("Every fourth", 25, "percent", subject="crime")]),
    ("One-fourth of grave offences involve drug trafficking.",
          [r("One-fourth", 25, "percent", subject="grave offences")]),
    ("A third of the budget goes to public safety.",
     [r("A third", Decimal("33.33"), "percent", subject="budget")]),
    ("Three quarters of the respondents trust the police.",
          [r("Three quarters", 75, "percent", subject="respondents")]),
    ("Nine out of ten victims were pedestrians.",
     [r("Nine out of ten", 90, "percent", subject="victims")]),
    ("Every tenth driver was caught speeding.",
     [r("Every tenth", 10, "percent", subject="driver")]),
    ("The number of registered drug users has decreased by over a quarter.",
     [r("over a quarter", 25, "percent", "at_least", "down", subject="registered drug users")]),
    ("The number of drug dens fell by almost half.",
     [r("almost half", 50, "percent", "approx", "down", subject="drug dens")]),
    ("More than half of the migrants work illegally.",
          [r("More than half", 50, "percent", "at_least", subject="migrants")]),
    ("One-third of the prisoners are serving sentences for drug crimes.",
     [r("One-third", Decimal("33.33"), "percent", subject="prisoners")]),
    ("Every third accident happens at night.",
          [r("Every third", Decimal("33.33"), "percent", subject="accident")]),
]

# ----------------------------------------------------------------------------- counts and quantities

COUNTS = [
    ("There were 14,500 fatalities and 166,500 injuries on the roads.",
     [r("14,500", 14500, subject="fatalities"), r("166,500", 166500, subject="injuries")]),
    ("The service has a staff of 35,000 people.",
     [r("35,000", 35000)]),
    ("Police broke up 1,100 criminal groups.",
          [r("1,100", 1100, subject="criminal groups")]),
    ("Prosecutors opened about 250,000 drug trafficking cases.",
     [r("about 250,000", 250000, qualifier="approx", subject="drug trafficking cases")]),
    ("Over 3.2 million people have received passports.",
     [r("Over 3.2 million", 3200000, qualifier="at_least", subject="people")]),
    ("We identified more than 50 new types of synthetic drugs.",
     [r("more than 50", 50, qualifier="at_least", subject="new types of synthetic drugs")]),
    ("Some 2,300 inmates were released on parole.",
     [r("Some 2,300", 2300, qualifier="approx", subject="inmates")]),
    ("The ministry opened 17 new migration centres.",
     [r("17", 17, subject="new migration centres")]),
]

QUANTITIES = [
    ("We prevented the delivery of 2.5 tons of heroin.",
     [r("2.5 tons", 2500, "kg", subject="heroin")]),
    ("Workers laid 12 km of new fencing.",
     [r("12 km", 12000, "m")]),
    ("Inspectors destroyed 300 litres of counterfeit vodka.",
     [r("300 litres", 300, "l")]),
    ("Agents found 450 kilograms of cocaine in the container.",
     [r("450 kilograms", 450, "kg", subject="cocaine")]),
    ("Each courier carried 1.5 kg of synthetic drugs.",
     [r("1.5 kg", Decimal("1.5"), "kg")]),
    ("A dose contains about 20 grams of the substance.",
     [r("about 20 grams", Decimal("0.02"), "kg", "approx")]),
    ("The lab produced 2 tonnes of mephedrone.",
     [r("2 tonnes", 2000, "kg", subject="mephedrone")]),
    ("The tunnel was 850 metres long.",
     [r("850 metres", 850, "m")]),
    ("Police seized 5,000 liters of bootleg alcohol.",
     [r("5,000 liters", 5000, "l")]),
    ("Agents seized 40 pounds of cocaine.",
     [r("40 pounds", Decimal("18.1436948"), "kg", subject="cocaine")]),
    ("Officers confiscated 1.2 million litres of counterfeit alcohol.",
     [r("1.2 million litres", 1200000, "l")]),
    ("The new road bypass is 3 kilometres long.",
     [r("3 kilometres", 3000, "m")]),
    ("Border guards seized more than 3 tons of hashish.",
     [r("more than 3 tons", 3000, "kg", "at_least", subject="hashish")]),
]

# ----------------------------------------------------------------------------- ranges

RANGES = [
    # a year and a dash before an amount are not a range, and the year stays a year
    ("Revenues will amount to 25.021 trillion rubles in 2022, in 2023 – 25.540 trillion rubles.",
     [r("25.021 trillion rubles", Decimal("25021000000000"), "RUB", year=2022),
      r("25.540 trillion rubles", Decimal("25540000000000"), "RUB", year=2023)]),
    ("GDP is expected to grow by 3% – up to 133 trillion rubles.",
     [r("3%", 3, "percent", direction="up"), r("133 trillion rubles", 133000000000000, "RUB")]),
    ("Thefts fell 10-15% in most regions.",
     [r("10-15%", 10, "percent", "range", "down", value_to=15)]),
    ("Between 50 and 90 percent of audit requests were denied.",
     [r("Between 50 and 90 percent", 50, "percent", "range", value_to=90)]),
    ("The region receives 5,000-6,000 labour migrants every month.",
     [r("5,000-6,000", 5000, qualifier="range", value_to=6000, subject="labour migrants")]),
    ("From 5,000 to 6,000 people die on the roads a year.",
     [r("From 5,000 to 6,000", 5000, qualifier="range", value_to=6000)]),
    ("The damage is estimated at 200-250 billion rubles.",
     [r("200-250 billion rubles", 200000000000, "RUB", "range", value_to=250000000000)]),
    ("The tax raised prices by 10 to 15 percent.",
     [r("10 to 15 percent", 10, "percent", "range", "up", value_to=15)]),
    ("Every month 300–400 people are killed on the roads.",
     [r("300–400", 300, qualifier="range", value_to=400)]),
    ("The new plant will cost $2-3 billion.",
          [r("$2-3 billion", 2000000000, "USD", "range", value_to=3000000000)]),
    ("The city has between 1.5 and 2 million residents.",
     [r("between 1.5 and 2 million", 1500000, qualifier="range", value_to=2000000, subject="residents")]),
    ("Each shipment held 15-20 tons of cocaine.",
     [r("15-20 tons", 15000, "kg", "range", value_to=20000)]),
    ("Tariffs will rise by 5–7 per cent next year.",
     [r("5–7 per cent", 5, "percent", "range", "up", value_to=7)]),
]

# ----------------------------------------------------------------------------- qualifiers

QUALIFIERS = [
    ("About 600,000 drug users are officially registered.", [r("About 600,000", 600000, qualifier="approx")]),
    ("Around 1,100 criminal groups were dismantled.", [r("Around 1,100", 1100, qualifier="approx")]),
    ("Nearly 680,000 cyber crimes were registered.", [r("Nearly 680,000", 680000, qualifier="approx")]),
    ("Almost 45 percent of the detainees were minors.", [r("Almost 45 percent", 45, "percent", "approx")]),
    ("Some 400 officers took part in the raid.", [r("Some 400", 400, qualifier="approx")]),
    ("Roughly 70 percent of the fines were paid.", [r("Roughly 70 percent", 70, "percent", "approx")]),
    ("Approximately 2,000 migrants were deported.", [r("Approximately 2,000", 2000, qualifier="approx")]),
    ("Practically 90 percent of thefts are solved.", [r("Practically 90 percent", 90, "percent", "approx")]),
    ("Over 9,000 citizens were released from service.", [r("Over 9,000", 9000, qualifier="at_least")]),
    ("More than 11,000 people died in road accidents.", [r("More than 11,000", 11000, qualifier="at_least")]),
    ("Above 70 percent of crimes were solved.", [r("Above 70 percent", 70, "percent", "at_least")]),
    ("At least 300 people were injured.", [r("At least 300", 300, qualifier="at_least")]),
    ("Damage exceeding 3 billion rubles was recovered.",
     [r("exceeding 3 billion rubles", 3000000000, "RUB", "at_least")]),
    ("No fewer than 120 inspections were carried out.", [r("No fewer than 120", 120, qualifier="at_least")]),
    ("Under 5 percent of the complaints were upheld.", [r("Under 5 percent", 5, "percent", "at_most")]),
    ("Less than 20 percent of the cases reached court.", [r("Less than 20 percent", 20, "percent", "at_most")]),
    ("Below 10 percent of convicts reoffend.", [r("Below 10 percent", 10, "percent", "at_most")]),
    ("Offenders face fines of up to 500,000 rubles.",
          [r("up to 500,000 rubles", 500000, "RUB", "at_most")]),
    ("No more than 15 people may attend.", [r("No more than 15", 15, qualifier="at_most")]),
    ("The camp holds 2,000 or more migrants.", [r("2,000 or more", 2000, qualifier="at_least")]),
    ("In excess of 40 tons of drugs were burnt.", [r("In excess of 40 tons", 40000, "kg", "at_least")]),
    ("Nearly one in three crimes is committed online.",
     [r("Nearly one in three", Decimal("33.33"), "percent", "approx", subject="crimes")]),
    ("Over two-thirds of the victims were women.",
     [r("Over two-thirds", Decimal("66.67"), "percent", "at_least", subject="victims")]),
    ("Roughly a fifth of budget spending goes to security.",
     [r("Roughly a fifth", 20, "percent", "approx", subject="budget spending")]),
    ("There are about 10,000-12,000 inmates.",
     [r("10,000-12,000", 10000, qualifier="range", value_to=12000, subject="inmates")]),
    ("The fine ranges from 5,000 to 15,000 rubles.",
     [r("from 5,000 to 15,000 rubles", 5000, "RUB", "range", value_to=15000)]),
    ("The ministry employs 900,000-plus people.",
          [r("900,000-plus", 900000, qualifier="at_least", subject="people")]),
    ("Police made 1.2m arrests.",
          [r("1.2m", 1200000, subject="arrests")]),
    ("An estimated 7.5 million people take drugs.", [r("An estimated 7.5 million", 7500000, qualifier="approx")]),
]

# ----------------------------------------------------------------------------- directions

DIRECTIONS = [
    # a sign glued to a share or a count is the direction of a change; the value stays its size
    ("Thefts: 9.8% (-1.9%), frauds: 4.1% (+0.6%).",
     [r("9.8%", 9.8, "percent"), r("-1.9%", 1.9, "percent", direction="down"),
      r("4.1%", 4.1, "percent"), r("+0.6%", 0.6, "percent", direction="up")]),
    ("Hooliganism fell to 1,210 cases (-147).", [r("1,210", 1210), r("-147", 147, direction="down")]),
    # a verb of its own ends the elliptic clause: "and now it is" is a level
    ("It dropped below 5 percent at times, and now it is around 5.2 percent.",
     [r("below 5 percent", 5, "percent", "at_most"), r("around 5.2 percent", 5.2, "percent", "approx")]),
    # the size of a change in brackets after what changed
    ("Steady growth of both pensions (6%) and wages (9.2%) was recorded.",
     [r("6%", 6, "percent", direction="up", subject="pensions"), r("9.2%", Decimal("9.2"), "percent", direction="up", subject="wages")]),
    ("Reductions of more than 20% were needed.", [r("more than 20%", 20, "percent", "at_least", "down")]),
    # a percent sign glued to the next word still ends the amount
    ("Sales showed an increase of 14%year-on-year.", [r("14%", 14, "percent", direction="up")]),
    # nouns joined by "or", and a name in quotation marks, are one subject
    ("At least 12,000 labour or civil contracts were signed.", [r("At least 12,000", 12000, "count", "at_least", subject="labour or civil contracts")]),
    ('Customs ran six international "controlled deliveries".', [r("six", 6, subject="international controlled deliveries")]),
    # "more than" of another figure is no comparative of a change
    ("Police seized more than 2.1 tons of drugs, including over 400 kilos of heroin.",
     [r("more than 2.1 tons", 2100, "kg", "at_least"), r("over 400 kilos", 400, "kg", "at_least")]),
    # "up to" after a verb of slow movement is the level reached, not a bound
    ("Joblessness edged up to 4.6 percent in March.",
     [r("4.6 percent", Decimal("4.6"), "percent", subject="joblessness")]),
    ("Fines of up to 5,000 rubles apply.", [r("up to 5,000 rubles", 5000, "RUB", "at_most")]),
    ("Turnout stayed near 60 percent.", [r("near 60 percent", 60, "percent", "approx")]),
    # verbs of bound: "exceeded N" is at least N, "will not exceed N" at most; not in "exceeded the norm five times"
    ("Turnout exceeded 70 percent.", [r("exceeded 70 percent", 70, "percent", "at_least")]),
    ("The deficit will not exceed 2% of GDP.", [r("will not exceed 2%", 2, "percent", "at_most")]),
    ("The limit was exceeded five times.", [r("five times", 5, "times")]),
    # a falling pair "from X to Y" is a change: two claims, the first with the second's unit
    ("The plan cuts the deficit from 3.1 trillion to 2.6 trillion roubles.",
     [r("3.1 trillion", Decimal("3100000000000"), "RUB"), r("2.6 trillion roubles", Decimal("2600000000000"), "RUB")]),
    # a bare figure coordinated with one that has a unit shares it (and its change)
    ("Prices rose by 5 and 10 percent.",
     [r("5", 5, "percent", direction="up"), r("10 percent", 10, "percent", direction="up")]),
    ("Growth could be 3.9 or even 4 percent.", [r("3.9", 3.9, "percent"), r("4 percent", 4, "percent")]),
    ("Some 1 or 2 million people came.", [r("Some 1", 1000000, qualifier="approx"), r("2 million", 2000000)]),
    # ... but a share after "and" is no part of the change
    ("Crime fell by 5% and 7% of thefts were solved.",
     [r("5%", 5, "percent", direction="down", subject="crime"), r("7%", 7, "percent", subject="thefts")]),
    # "and a half" after digits
    ("Payments average 10 and a half thousand rubles.", [r("10 and a half thousand rubles", 10500, "RUB")]),
    # a unit an editor put in brackets in a transcript
    ("We expected 6.1 [percent], and it was 5.4 [percent].",
     [r("6.1 [percent]", 6.1, "percent"), r("5.4 [percent]", 5.4, "percent")]),
    # a worded minus is a value below zero, not a change
    ("The trade balance was minus 5 billion dollars.", [r("minus 5 billion dollars", -5000000000, "USD")]),
    ("The number of cyber crimes has increased by almost 30 percent.",
     [r("almost 30 percent", 30, "percent", "approx", "up", subject="cyber crimes")]),
    ("Road deaths rose by 4 percent.", [r("4 percent", 4, "percent", direction="up", subject="road deaths")]),
    ("Drug crime grew by 7 percent.", [r("7 percent", 7, "percent", direction="up", subject="drug crime")]),
    ("Fraud was up 12 percent.", [r("12 percent", 12, "percent", direction="up", subject="fraud")]),
    ("Robberies decreased by 9 percent.", [r("9 percent", 9, "percent", direction="down", subject="robberies")]),
    ("Car thefts fell 14 percent.", [r("14 percent", 14, "percent", direction="down", subject="car thefts")]),
    ("Juvenile crime dropped by 6.2 percent.",
     [r("6.2 percent", Decimal("6.2"), "percent", direction="down", subject="juvenile crime")]),
    ("Street crime was down 11 percent.", [r("11 percent", 11, "percent", direction="down", subject="street crime")]),
    ("The road traffic fatality rate went down by about five percent.",
     [r("about five percent", 5, "percent", "approx", "down", subject="road traffic fatality rate")]),
    ("The fall in exports, according to customs data, was 4 percent.",
     [r("4 percent", 4, "percent", direction="down", subject="exports")]),
    ("The region reported a 12 percent decline in burglaries.",
     [r("12 percent", 12, "percent", direction="down", subject="burglaries")]),
    ("Officials expect a 3 percent increase in tourism.",
     [r("3 percent", 3, "percent", direction="up", subject="tourism")]),
    ("Damage from IT crimes rose by 16%, to 119.6 billion rubles.",
     [r("16%", 16, "percent", direction="up", subject_has="damage"),
      r("119.6 billion rubles", 119600000000, "RUB", subject_has="damage")]),
    ("The number of thefts fell from 494,100 to 470,100.",
     [r("494,100", 494100, subject="thefts"), r("470,100", 470100, subject="thefts")]),
    ("Prices went up 8 percent.", [r("8 percent", 8, "percent", direction="up", subject="prices")]),
    ("The number of illegal migrants was reduced by 40 percent.",
     [r("40 percent", 40, "percent", direction="down", subject="illegal migrants")]),
    ("Crimes committed under the influence of alcohol decreased 4.3 percent.",
          [r("4.3 percent", Decimal("4.3"), "percent", direction="down",
             subject="crimes committed under the influence of alcohol")]),
    ("The number of registered drug addicts stands at about 600,000.",
     [r("about 600,000", 600000, qualifier="approx", subject="registered drug addicts")]),
    ("Spending on prisons shrank by 3 billion rubles.",
     [r("3 billion rubles", 3000000000, "RUB", direction="down")]),
    ("The unemployment rate climbed 0.4 percentage points.",
     [r("0.4 percentage points", Decimal("0.4"), "pp", direction="up", subject="unemployment rate")]),
    ("The population grew to 146 million.",
     [r("146 million", 146000000, subject="population")]),
    ("There were 9 percent fewer road accidents than a year earlier.",
     [r("9 percent", 9, "percent", direction="down")]),
    ("Seizures rose from 12 to 18 tons.",
     [r("12", 12000, "kg", subject="seizures"), r("18 tons", 18000, "kg", subject="seizures")]),
    ("Unemployment dropped from 5.2% to 3.1%.",
     [r("5.2%", Decimal("5.2"), "percent", subject="unemployment"),
      r("3.1%", Decimal("3.1"), "percent", subject="unemployment")]),
    ("Crime fell by 5 percent in 2023, and by 3 percent in 2022.",
     [r("5 percent", 5, "percent", direction="down", year=2023, subject="crime"),
      r("3 percent", 3, "percent", direction="down", year=2022, subject="crime")]),
    ("Crime is down by a fifth.", [r("a fifth", 20, "percent", direction="down", subject="crime")]),
    ("Revenues are up by half.", [r("half", 50, "percent", direction="up", subject="revenues")]),
    ("Crime fell 3.5-fold.", [r("3.5-fold", Decimal("3.5"), "times", direction="down", subject="crime")]),
    ("The death toll was 23 per cent lower.",
     [r("23 per cent", 23, "percent", direction="down", subject="death toll")]),
    ("Costs doubled to $4 billion.", [r("$4 billion", 4000000000, "USD", subject="costs")]),
    ("Seizures of cocaine jumped 35 percent.",
     [r("35 percent", 35, "percent", direction="up", subject="seizures of cocaine")]),
]


def check(text, expected, doc_date=None):
    """check_rows, plus ``subject_has``: a word the subject must contain where several phrasings
    of it are defensible."""
    claims = check_rows(text, expected, doc_date=doc_date)
    for c, e in zip(claims, expected):
        if "subject_has" in e:
            assert e["subject_has"] in (c.subject or ""), f"subject of {c.mention!r}: {c.subject!r}"
    return claims


def _ids(cases):
    out = []
    for c in cases:
        text = c.values[0] if hasattr(c, "values") else c[0]
        out.append(text[:48])
    return out


@pytest.mark.parametrize("text,expected", DIGITS, ids=_ids(DIGITS))
def test_digits(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", WORDS, ids=_ids(WORDS))
def test_number_words(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", SCALES, ids=_ids(SCALES))
def test_scales(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", PERCENT, ids=_ids(PERCENT))
def test_percent(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", MONEY, ids=_ids(MONEY))
def test_money(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", MULTIPLIERS, ids=_ids(MULTIPLIERS))
def test_multipliers(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", FRACTIONS, ids=_ids(FRACTIONS))
def test_fractions(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", COUNTS, ids=_ids(COUNTS))
def test_counts(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", QUANTITIES, ids=_ids(QUANTITIES))
def test_physical_quantities(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", RANGES, ids=_ids(RANGES))
def test_ranges(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", QUALIFIERS, ids=_ids(QUALIFIERS))
def test_qualifiers(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", DIRECTIONS, ids=_ids(DIRECTIONS))
def test_directions(text, expected):
    check(text, expected)
