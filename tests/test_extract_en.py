"""English claims: numbers, scales, units, money, multipliers, fractions, ranges, qualifiers and
directions (shared/spec/claims.md). One table of cases, labelled by feature: each case is a sentence
and the rows statx must write for it, in text order (the rows are checked by conftest.check_rows,
which also checks that every span indexes its mention)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import CASE, cases, only, row, run_case, xfail

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


# ----------------------------------------------------------------------------- digits and words

DIGITS = [
    ("Last year the police registered 1,947,200 crimes across the country.",
     [row("1,947,200", 1947200, subject="crimes")]),
    (f"Traffic police recorded 132{NBSP}300 road accidents in 2023.",
     [row(f"132{NBSP}300", 132300, subject="road accidents")]),
    (f"Border guards checked 4{NNBSP}600{NNBSP}000 vehicles at the checkpoints.",
     [row(f"4{NNBSP}600{NNBSP}000", 4600000, subject="vehicles")]),
    (f"Customs officers inspected 12{THIN}500 containers in the port.",
     [row(f"12{THIN}500", 12500, subject="containers")]),
    ("The courts received 6,174,777 claims from citizens.",
     [row("6,174,777", 6174777, subject="claims from citizens")]),
    # one mark groups all of a number's thousands: a comma's groups, then a blank's, are two numbers (blanks of any width are one mark)
    ("Arrivals by air and by sea were 204,274 168,281 visitors in all.",
     [row("204,274", 204274), row("168,281", 168281, subject="visitors")]),
    (f"Border guards checked 1 600{NBSP}000 vehicles at the checkpoints.",
     [row(f"1 600{NBSP}000", 1600000, subject="vehicles")]),
    ("Investigators solved 3,941 murders and 875 robberies.",
     [row("3,941", 3941, subject="solved murders"), row("875", 875, subject="solved robberies")]),
    ("The regional funds disbursed 1,250.75 million rubles to the victims.",
     [row("1,250.75 million rubles", Decimal("1250750000"), "RUB")]),
    ("Unemployment stood at 2.9 percent.",
     [row("2.9 percent", Decimal("2.9"), "percent", subject="unemployment")]),
    # a fraction character after a whole number ("3¼%"); not after a decimal
    ("The policy rate was cut to 3¼%, and inflation should settle at around 1½% next year.",
     [row("3¼%", Decimal("3.25"), "percent", subject="policy rate"),
      row("around 1½%", Decimal("1.5"), "percent", qualifier="approx", subject="inflation")]),
    ("The crime rate fell by 0.8 percent compared with the previous year.",
     [row("0.8 percent", Decimal("0.8"), "percent", direction="down", subject="crime rate")]),
    ("Drug seizures totalled 26.3 tons.",
     [row("26.3 tons", 26300, "kg", subject="drug seizures")]),
    # a length before "line" is a length ("a 12-kilometre tram line"); only a yard line is a place on a field
    ("The city opened a 12-kilometre tram line in May.", [row("12-kilometre", 12000, "m", subject="tram line")]),
    ("Sixty-three regions reported a decline in street crime.",
     [row("Sixty-three", 63, subject="regions")]),
]

WORDS = [
    # an amount written out in groups parted by commas, each below the scale word before it, is one number (a budget's,
    # a cheque's); "and" between two numbers of the same scale joins two numbers, not one's parts
    ("The Bill provides one billion, four hundred twenty million, six hundred thousand and twelve dollars for health.",
     [row("one billion, four hundred twenty million, six hundred thousand and twelve dollars", 1420600012, "USD")]),
    ("The scheme hired three million and four million people in two years, and spent one million and four dollars.",
     [row("three million", 3000000), row("four million", 4000000), row("one million and four dollars", 1000004, "USD")]),
    # "and a half" joined by hyphens, and written without its "a"
    ("About one-and-a-half million births occur every year, and one-and-half million in the region next door.",
     [row("About one-and-a-half million", 1500000, qualifier="approx"), row("one-and-half million", 1500000)]),
    # a spoken decimal: a point, then one word a digit ("three point six", "one point two five million")
    ("The jobless rate fell to three point six percent, and the deficit stood at one point two five million dollars.",
     [row("three point six percent", Decimal("3.6"), "percent", subject="jobless rate"),
      row("one point two five million dollars", 1250000, "USD", subject="deficit")]),
    ("At one point, 5,000 volunteers helped, and a five point plan was adopted.", [row("5,000", 5000, subject_has="volunteers")]),
    # a spoken decimal with no whole part, as a broadcast says a percentage ("point seven percent"); elsewhere "point" is a noun
    ("The inflation rate was point seven percent, and bread fell by point three five percentage points.",
     [row("point seven percent", Decimal("0.7"), "percent", subject="inflation rate"),
      row("point three five percentage points", Decimal("0.35"), "pp", direction="down", subject="bread")]),
    ("The point two speakers made was heard, and nought point five percent of voters agreed.",
     [row("point five percent", Decimal("0.5"), "percent", subject_has="voters")]),
    ("Two hundred members of drug gangs were arrested during the operation.",
     [row("Two hundred", 200, subject="members of drug gangs")]),
    ("We have opened four rehabilitation centres in the Far East.",
     [row("four", 4, subject="rehabilitation centres")]),
    ("One hundred and fifty thousand volunteers took part in the campaign.",
     [row("One hundred and fifty thousand", 150000, subject="volunteers")]),
    ("Twenty-two regions have joined the pilot project.",
     [row("Twenty-two", 22, subject="regions")]),
    ("Police officers seized three hundred and twelve firearms.",
     [row("three hundred and twelve", 312, subject="firearms")]),
    ("Forty-five percent of respondents said they felt safe at night.",
     [row("Forty-five percent", 45, "percent", subject="respondents")]),
    ("Two and a half million foreign nationals entered the country.",
     [row("Two and a half million", 2500000, subject="foreign nationals")]),
    ("A million people have already received the new passports.",
     [row("A million", 1000000, subject="people")]),
    ("The agency employs nine thousand inspectors.",
     [row("nine thousand", 9000, subject="inspectors")]),
    ("Detectives dismantled two dozen clandestine laboratories.",
     [row("two dozen", 24, subject="clandestine laboratories")]),
    ("The service now has eighteen thousand five hundred employees.",
     [row("eighteen thousand five hundred", 18500, subject="employees")]),
    ("Only seven percent of the fines have been paid.",
     [row("seven percent", 7, "percent", subject="fines")]),
    ("Three million tourists visited the region.",
     [row("Three million", 3000000, subject="tourists")]),
]

# ----------------------------------------------------------------------------- scales

SCALES = [
    # an editor's bracket names the scale a speaker left out: part of the mention
    ('"We asked for $123 (million) and got $15 (million)," the senator said.',
     [row("$123 (million)", 123000000, "USD"), row("$15 (million)", 15000000, "USD")]),
    # a plural scale word after digits, as some papers write it
    ("Licence revenue came to just over £4 millions.", [row("just over £4 millions", 4000000, "GBP", "at_least")]),
    # "hundred" after digits, as a spoken report writes it
    ("The state added 18 hundred jobs last month.", [row("18 hundred", 1800, direction="up")]),
    ("Regional budgets allocated 3.5 million rubles for video surveillance.",
     [row("3.5 million rubles", 3500000, "RUB")]),
    ("Exports of weapons reached $1.2 billion in 2023.",
     [row("$1.2 billion", 1200000000, "USD")]),
    ("The federal budget deficit is projected at RUB 3.3 trillion for the year.",
     [row("RUB 3.3 trillion", 3300000000000, "RUB")]),
    ("The federal budget deficit is RUB 3.3 trillion.",
     [row("RUB 3.3 trillion", 3300000000000, "RUB")]),
    ("Swindlers stole $1.2 billion.",
     [row("$1.2 billion", 1200000000, "USD")]),
    ("Each start-up received a grant of $5k from the fund.",
     [row("$5k", 5000, "USD")]),
    ("The fraudsters took $3m from pensioners in a single month.",
     [row("$3m", 3000000, "USD")]),
    ("Losses came to 15 mln rubles, the prosecutor said.",
     [row("15 mln rubles", 15000000, "RUB")]),
    ("Investment reached 2.3 bn euros by the end of the year.",
     [row("2.3 bn euros", 2300000000, "EUR")]),
    ("Exports of grain brought in 156.5 bln rubles this season.",
     [row("156.5 bln rubles", 156500000000, "RUB")]),
    ("Federal spending amounted to RUB 10.8 tn in that period.",
     [row("RUB 10.8 tn", 10800000000000, "RUB")]),
    ("The club paid £40m for the stadium.",
     [row("£40m", 40000000, "GBP")]),
    ("The bank set aside €2bn for bad loans.",
     [row("€2bn", 2000000000, "EUR")]),
    ("The region has 3.4 million residents.",
     [row("3.4 million", 3400000, subject="residents")]),
    ("The programme will cost 4 trillion rubles over ten years.",
     [row("4 trillion rubles", 4000000000000, "RUB")]),
    ("About 1.5 thousand officers were sent to the border.",
     [row("About 1.5 thousand", 1500, qualifier="approx", subject="officers")]),
    # an article between the qualifier and the figure of a change ("nearly a 15 percent rise"); not "about a", where
    # "about" may be a preposition ("talking about a 24% rise")
    ("Burglaries saw nearly a 12 percent rise.",
     [row("nearly a 12 percent", 12, "percent", qualifier="approx", direction="up", subject="burglaries")]),
    ("Teachers will get at least a 3 percent raise, and councils face up to a 4% cut.",
     [row("at least a 3 percent", 3, "percent", qualifier="at_least", direction="up"),
      row("up to a 4%", 4, "percent", qualifier="at_most", direction="down")]),
    ("Critics keep talking about a 12 percent rise in burglaries.",
     [row("12 percent", 12, "percent", direction="up", subject="burglaries")]),
    ("The border fence stretches for 800 m along the river.",
     [row("800 m", 800, "m")]),
    # "a record-high of": a level of what the clause measures, as "a record high of" is
    ("The jobless rate was 8.2% in 2021, down from a record-high of 14.1% in 2020.",
     [row("8.2%", Decimal("8.2"), "percent", subject="jobless rate"), row("14.1%", Decimal("14.1"), "percent", subject="jobless rate")]),
    # a US hundredweight (100 lb), as farm statistics give crops in it
    ("Growers sold 1.2 million hundredweight of rice.",
     [row("1.2 million hundredweight", Decimal("54431084.4"), "kg", subject="rice")]),
    ("The ministry plans to recruit 12 thousand new officers.",
     [row("12 thousand", 12000, subject="new officers")]),
    ("Seized assets were valued at 7 bln rubles.",
     [row("7 bln rubles", 7000000000, "RUB")]),
]

# ----------------------------------------------------------------------------- percent and points

PERCENT = [
    # a list's later items with their verb left out share the first's change ("cobalt at 581 percent" rose too); not a
    # level after "with" and function words ("with the rate at 5%")
    ("Copper output grew by 12 percent, zinc at 30 percent and lead at 8 percent. Jobs fell by 2%, with the rate at 5%.",
     [row("12 percent", 12, "percent", direction="up"), row("30 percent", 30, "percent", direction="up"),
      row("8 percent", 8, "percent", direction="up"), row("2%", 2, "percent", direction="down"), row("5%", 5, "percent", direction=None)]),
    # ... and so do the items that, as the first, name the level they came to; a share that says what part a level is
    # stays a level
    ("Burglaries went up 18 per cent to 5,712, car thefts 33 per cent to 1,463 and arson 7 per cent to 412. Thefts rose "
     "9 per cent to 7,712, representing 33 per cent of all crimes.",
     [row("18 per cent", 18, "percent", direction="up"), row("5,712", 5712), row("33 per cent", 33, "percent", direction="up"),
      row("1,463", 1463), row("7 per cent", 7, "percent", direction="up"), row("412", 412),
      row("9 per cent", 9, "percent", direction="up"), row("7,712", 7712), row("33 per cent", 33, "percent", direction=None)]),
    # a percentage compared with a change changes as it does, past the level the change came to
    ("Shoplifting increased by 110 per cent in the county to 2,741, compared with 46 per cent nationally.",
     [row("110 per cent", 110, "percent", direction="up"), row("2,741", 2741, direction=None),
      row("46 per cent", 46, "percent", direction="up")]),
    # a change said again in another unit, past the change's time
    ("The town's population grew by an estimated 7,600 in the year, or 1.6 percent.",
     [row("an estimated 7,600", 7600, qualifier="approx", direction="up"), row("1.6 percent", Decimal("1.6"), "percent", direction="up")]),
    # "off" after a comma or a copula is a fall; not "laid off"
    ("Outlying markets were off 0.9 percent. The index closed at 3,200, off 2%. The firm laid off 300 workers.",
     [row("0.9 percent", Decimal("0.9"), "percent", direction="down"), row("3,200", 3200), row("2%", 2, "percent", direction="down"),
      row("300", 300, direction=None)]),
    # bare rates listed under a lead-in that names a rate measured in percent
    ("County jobless rates for March, followed by the February rates:\n\n— Millbrook: 3.4, 3.6\n",
     [row("3.4", Decimal("3.4"), "percent"), row("3.6", Decimal("3.6"), "percent")]),
    # names each with its value alone in brackets: the first in percent, the rest written the same way bare
    ("Output fell in Kentshire (-2.7%), Essexton (-1.5) and Surreyville (-4.1).",
     [row("-2.7%", Decimal("2.7"), "percent", direction="down"), row("-1.5", Decimal("1.5"), "percent", direction="down"),
      row("-4.1", Decimal("4.1"), "percent", direction="down")]),
    # a fraction "of a point", as a rate's change is said, is of a percentage point
    ("The jobless rate rose two-tenths of a point to 4.1%.",
     [row("two-tenths of a point", Decimal("0.2"), unit="pp", direction="up"), row("4.1%", Decimal("4.1"), "percent")]),
    # a decimal "of a percentage point"
    ("The jobless rate fell 0.1 of a percentage point to 4.9%.",
     [row("0.1 of a percentage point", Decimal("0.1"), "pp", direction="down", subject="jobless rate"), row("4.9%", Decimal("4.9"), "percent")]),
    # a list that lost its line breaks: "per cent" glued to the next item's name is still the unit, and ends the item
    ("Sales by store type:\nDepartment stores: 2.8 per centSupermarkets: 3.6 per centCafes: 4.1 per cent",
     [row("2.8 per cent", Decimal("2.8"), "percent", subject="department stores"), row("3.6 per cent", Decimal("3.6"), "percent", subject="supermarkets"),
      row("4.1 per cent", Decimal("4.1"), "percent", subject="cafes")]),
    # percentage points abbreviated ("pct points") or with "per cent" spelt apart
    ("The jobless rate fell 0.3 pct points and the participation rate rose 0.6 per cent points.",
     [row("0.3 pct points", Decimal("0.3"), "pp", direction="down"), row("0.6 per cent points", Decimal("0.6"), "pp", direction="up")]),
    # ... or hyphenated, after a fraction in words too
    ("The rate was 2.5%, a one-tenth of one percentage-point increase.",
     [row("2.5%", Decimal("2.5"), "percent"), row("one-tenth of one percentage-point", Decimal("0.1"), "pp", direction="up")]),
    # a count of thousands before "or" and a share: the count of a change, then its share
    ("Cases reached 26,222, an increase of 18,098 or 222.8 per cent.",
     [row("26,222", 26222), row("18,098", 18098, direction="up"), row("222.8 per cent", Decimal("222.8"), "percent", direction="up")]),
    # a bare earlier value of a rate, near it in size, is in percent too; a count with its noun is not
    ("The jobless rate ticked up to 6.7 percent from 6.6.",
     [row("6.7 percent", 6.7, "percent"), row("6.6", 6.6, "percent")]),
    ("The rate was 4.1%, down from 4.3 a year earlier.", [row("4.1%", 4.1, "percent"), row("4.3", 4.3, "percent")]),
    ("Thefts fell by 3 percent from 450 cases.", [row("3 percent", 3, "percent", direction="down"), row("450", 450)]),
    # a count of 10 or more in brackets after a percent is the figure's count, a smaller one may be a note's mark
    ("Road deaths fell 6.4% (44) in the period.",
     [row("6.4%", Decimal("6.4"), "percent", direction="down"), row("44", 44, direction="down")]),
    ("Road deaths fell 6.4% (1) in the period.", [row("6.4%", Decimal("6.4"), "percent", direction="down")]),
    # a decimal written without its whole part, before a percent
    ("The tax rate is .9% below the current rate.", [row(".9%", Decimal("0.9"), "percent")]),
    # basis points are hundredths of a percentage point
    ("The central bank raised its key rate by 25 basis points to 4.75%.",
     [row("25 basis points", Decimal("0.25"), "pp", direction="up", subject="key rate"), row("4.75%", Decimal("4.75"), "percent")]),
    ("Banks expect the key rate to rise by 25 or 50 basis points.",
     [row("25", Decimal("0.25"), "pp", direction="up"), row("50 basis points", Decimal("0.5"), "pp", direction="up")]),
    ("The number of burglaries fell by 30 percent.",
     [row("30 percent", 30, "percent", direction="down", subject="burglaries")]),
    ("The number of burglaries fell by 30 per cent.",
     [row("30 per cent", 30, "percent", direction="down", subject="burglaries")]),
    ("The number of burglaries fell by 30%.",
     [row("30%", 30, "percent", direction="down", subject="burglaries")]),
    ("We saw a 4.5-percent rise in road traffic accidents.",
     [row("4.5-percent", Decimal("4.5"), "percent", direction="up", subject="road traffic accidents")]),
    ("Online fraud made up the largest group of registered offences (21.9 percent).",
     [row("21.9 percent", Decimal("21.9"), "percent")]),
    ("Juvenile crime accounts for 3.2% of all crime.",
     [row("3.2%", Decimal("3.2"), "percent")]),
    ("The share of solved crimes rose by 1.5 percentage points.",
     [row("1.5 percentage points", Decimal("1.5"), "pp", direction="up")]),
    # a percent sign, then "point": percentage points as some newsrooms write them
    ("The rate represents a 0.09% point increase.", [row("0.09% point", Decimal("0.09"), "pp", direction="up")]),
    # a bare change right after a percentage and what it is of is in points
    ("The jobless rate was 6.1 per cent of the labour force, down 0.3 on the year.",
     [row("6.1 per cent", Decimal("6.1"), "percent"), row("0.3", Decimal("0.3"), "pp", direction="down")]),
    ("Unemployment fell 0.3%-points to 5.1%.",
     [row("0.3%-points", Decimal("0.3"), "pp", direction="down"), row("5.1%", Decimal("5.1"), "percent")]),
    ("The detection rate fell 0.3 percentage point.",
     [row("0.3 percentage point", Decimal("0.3"), "pp", direction="down")]),
    ("The share of online sales was up 2 p.p. over the year.",
     [row("2 p.p.", 2, "pp", direction="up")]),
    # a bare change right after a percentage, or "N point(s)" right before one, is in percentage points
    ("The jobless rate was 6.1 per cent, down 0.3 on the previous quarter.",
     [row("6.1 per cent", Decimal("6.1"), "percent", subject="jobless rate"),
      row("0.3", Decimal("0.3"), "pp", direction="down", subject="jobless rate")]),
    ("The jobless rate climbed 0.2 point to 4.4 percent in June.",
     [row("0.2", Decimal("0.2"), "pp", direction="up", subject="jobless rate"),
      row("4.4 percent", Decimal("4.4"), "percent", subject="jobless rate")]),
    ("Burglary fell 4 per cent, down 30 offences on the year.",
     [row("4 per cent", 4, "percent", direction="down", subject="burglary"),
      row("30", 30, direction="down", subject="offences")]),
    ("The confidence index rose 0.6 points in March.",
     [row("0.6", Decimal("0.6"), direction="up", subject="confidence index")]),
    ("Wages increased by 12.5 per cent in real terms.",
     [row("12.5 per cent", Decimal("12.5"), "percent", direction="up", subject="wages")]),
    ("Growth of 3.6 percent was recorded in 2023.",
     [row("3.6 percent", Decimal("3.6"), "percent", direction="up")]),
    ("Fewer than 40 percent of the requests were approved.",
     [row("Fewer than 40 percent", 40, "percent", "at_most", subject="requests")]),
    ("A 10% increase in patrols is planned.",
     [row("10%", 10, "percent", direction="up", subject="patrols")]),
    ("Some 60 per cent of drug users are under thirty.",
     [row("Some 60 per cent", 60, "percent", "approx", subject="drug users")]),
    # spoken estimates: "something like", "somewhere around"
    ("The minister said something like 5,000 people lost work, somewhere around 3% of the workforce.",
     [row("something like 5,000", 5000, qualifier="approx", subject="people"), row("somewhere around 3%", 3, "percent", "approx")]),
    ("Inflation slowed to 7.4 percent by December.",
     [row("7.4 percent", Decimal("7.4"), "percent", subject="inflation")]),
]

# ----------------------------------------------------------------------------- money

MONEY = [
    # a rate per a round amount of money is in that money; the amount it is per is no claim
    ("The 2021 tax rate was 0.6891 per $100 valuation.", [row("0.6891", Decimal("0.6891"), "USD", year=2021)]),
    # a letter sign after a range's opener is the sign of the country the text names
    ("Papua New Guinea earns between K300 million and K400 million from cocoa.",
     [row("between K300 million and K400 million", 300000000, "PGK", "range", value_to=400000000)]),
    # a year after a hyphenated "million" is the year of the noun after it, not the millions' remainder
    ("Council approved its $512-million 2024 budget.", [row("$512-million", 512000000, "USD", year=2024)]),
    # a Hansard's decimal point is a middle dot
    ("The police budget fell to £217·3 million.", [row("£217·3 million", 217300000, "GBP")]),
    # the Maltese lira's "Lm" in a text that names Malta (the euro replaced it in 2008)
    ("Malta's tourism earnings reached Lm366.8 million.", [row("Lm366.8 million", 366800000, "MTL")]),
    # a list of labelled amounts of one scale word whose currency is written on some items only
    ("In Kenya, the Auditor General got 7.6Billion, Equalization Fund Sh 7.8Billion and Roads 12Billion.",
     [row("7.6Billion", 7600000000, "KES"), row("Sh 7.8Billion", 7800000000, "KES"), row("12Billion", 12000000000, "KES")]),
    ("GDP hit $1.2 trillion, and Population 40 million.", [row("$1.2 trillion", 1200000000000, "USD"), row("40 million", 40000000)]),
    # Ghana's cedi sign, in a text that names Ghana
    ("In Accra, Ghana, the producer price is ¢384 per bag.", [row("¢384", 384, "GHS", subject="producer price")]),
    # a scaled amount of a measure of money, its currency unwritten: the currency the text counts in
    ("The budget deficit narrowed to $40 billion. Revenue rose by 3 billion this year.",
     [row("$40 billion", 40000000000, "USD"), row("3 billion", 3000000000, "USD", direction="up", subject="revenue")]),
    ("Revenue rose by 3 billion this year.", [row("3 billion", 3000000000, direction="up", subject="revenue")]),
    # East African shillings as budgets write them, glued to the amount or not
    ("Revenue is estimated at Kshs448.8 billion and spending at KSh 512 billion.",
     [row("Kshs448.8 billion", 448800000000, "KES"), row("KSh 512 billion", 512000000000, "KES")]),
    ("The levy raised Ushs 300 billion and Tshs 2.1 trillion.",
     [row("Ushs 300 billion", 300000000000, "UGX"), row("Tshs 2.1 trillion", 2100000000000, "TZS")]),
    ("Revenue was Rs95 crore.", [row("Rs95 crore", 950000000, "INR")]),
    # Rwandan francs as Kigali's papers write them
    ("Output reached Rwf1.377 trillion and the levy Frw 5.1 billion.",
     [row("Rwf1.377 trillion", 1377000000000, "RWF"), row("Frw 5.1 billion", 5100000000, "RWF")]),
    # a letter that is a currency's sign only in a text from its country: named, or writing two amounts so
    ("JOHANNESBURG - South Africa's Treasury spent R1.2 billion on grants.",
     [row("R1.2 billion", 1200000000, "ZAR", subject="grants")]),
    ("Payments fell from a high of R1,2 million to R245 000 and then to R75 000.",
     [row("R1,2 million", 1200000, "ZAR"), row("R245 000", 245000, "ZAR"), row("R75 000", 75000, "ZAR")]),
    ("LAGOS - The Nigerian budget is N21.83 trillion.", [row("N21.83 trillion", 21830000000000, "NGN", subject="nigerian budget")]),
    ("MANILA - Visitors to the Philippines spent P168.52 billion.", [row("P168.52 billion", 168520000000, "PHP")]),
    ("DHAKA - Bangladesh allocated Tk 500 crore and Tk2,000 to each family.",
     [row("Tk 500 crore", 5000000000, "BDT"), row("Tk2,000", 2000, "BDT")]),
    ("In Lusaka, Zambia, farmers were paid K758,287,687 for maize.", [row("K758,287,687", 758287687, "ZMW")]),
    ("The PNG budget counts on K2.5 billion of new revenue.", [row("K2.5 billion", 2500000000, "PGK")]),
    ("MBABANE - The Eswatini budget gives health E2.76 billion, against 300 million emalangeni for roads.",
     [row("E2.76 billion", 2760000000, "SZL"), row("300 million emalangeni", 300000000, "SZL")]),
    # three digits, a hyphen and four with no word of getting in touch before them are a range
    ("Between 300-1500 people attended each of the town meetings.", [row("300-1500", 300, "count", "range", value_to=1500)]),
    # signed values one to a line under a label are a table's, not a page's vote counters
    ("Change in jobs by sector\nMining\n+12\nRetail\n-4\nTourism\n+31",
     [row("+12", 12, direction="up", subject="mining"), row("-4", 4, direction="down", subject="retail"), row("+31", 31, direction="up", subject="tourism")]),
    # values one to a line that are not evenly spaced are a table's, not a chart's axis
    ("Revenue by fund, millions\n$41.2\n$37.9\n$12.4\n$8.0",
     [row("$41.2", 41.2, "USD"), row("$37.9", 37.9, "USD"), row("$12.4", 12.4, "USD"), row("$8.0", 8, "USD")]),
    # an abbreviated scale that ends its sentence leaves the full stop to the sentence
    ("Gaming revenue rose to $659.7m. Slot wins were $994.9m.\nTable games won $74.1m.",
     [row("$659.7m", 659700000, "USD"), row("$994.9m", 994900000, "USD"), row("$74.1m", 74100000, "USD")]),
    # "@" before an amount of money is "at", not a handle's mark
    ("Malawi's external debt stood @MK158.5 billion, Malawi's finance minister said.", [row("MK158.5 billion", 158500000000, "MWK")]),
    ("MASERU - The Central Bank of Lesotho raised its reserves target to M14.1bn from M13.4bn in May.",
     [row("M14.1bn", 14100000000, "LSL"), row("M13.4bn", 13400000000, "LSL")]),
    # the Gambian dalasi's "D" glued to the number, the Bhutanese ngultrum's "Nu" spaced or with its point
    ("BANJUL - The Gambia's budget spends D37.15 billion, up from D2.9 million on debt relief.",
     [row("D37.15 billion", 37150000000, "GMD"), row("D2.9 million", 2900000, "GMD")]),
    ("Bhutan's debt reached Nu 16.2B, and its output Nu. 249.4 billion.",
     [row("Nu 16.2B", 16200000000, "BTN"), row("Nu. 249.4 billion", 249400000000, "BTN")]),
    ("The Games levy will raise between 6 and 7 million Tongan pa'anga.",
     [row("between 6 and 7 million Tongan pa'anga", 6000000, "TOP", "range", value_to=7000000)]),
    # a currency's name before the number, as papers in South Asia and Africa write it; the cedi's sign with a cent sign
    ("Remittances were US dollars 541 million and exports rupees 300 crore.",
     [row("US dollars 541 million", 541000000, "USD"), row("rupees 300 crore", 3000000000, "INR")]),
    ("Output reached GH¢48,863.7 million.", [row("GH¢48,863.7 million", 48863700000, "GHS")]),
    # Malaysian papers' "bil" and "mil" after an amount of money
    ("The burden reached RM4.72bil, against RM30mil in grants.", [row("RM4.72bil", 4720000000, "MYR"), row("RM30mil", 30000000, "MYR")]),
    ("NAIROBI - Kenya's Treasury released Shs 7,428,702,000 and Sh5 billion to the counties.",
     [row("Shs 7,428,702,000", 7428702000, "KES"), row("Sh5 billion", 5000000000, "KES")]),
    ("DHAKA - The power sector in Bangladesh gets TK.400 crore.", [row("TK.400 crore", 4000000000, "BDT")]),
    ("Cyber criminals caused damage of over 156 billion rubles.",
     [row("over 156 billion rubles", 156000000000, "RUB", "at_least", subject="damage")]),
    # "tops", as a headline's present of "topped", is a lower bound whose subject comes before it
    ("Tourism revenue tops $5 billion for the first time.",
     [row("tops $5 billion", 5000000000, "USD", "at_least", subject="tourism revenue")]),
    ("The fine for a first offence is 5,000 roubles.",
     [row("5,000 roubles", 5000, "RUB", subject_has="fine")]),
    ("The average bribe amounted to 45,000 rub, investigators said.",
     [row("45,000 rub", 45000, "RUB", subject="average bribe")]),
    ("The average pension will reach 23,450 ₽ next year.",
     [row("23,450 ₽", 23450, "RUB", subject="average pension")]),
    ("The average pension will reach ₽23,450 next year.",
     [row("₽23,450", 23450, "RUB", subject="average pension")]),
    ("The contract is worth USD 300 million.",
     [row("USD 300 million", 300000000, "USD")]),
    ("The contract is worth 300 million USD in total.",
     [row("300 million USD", 300000000, "USD")]),
    ("The European Union pledged €45 million in aid.",
     [row("€45 million", 45000000, "EUR")]),
    ("The project attracted EUR 12 billion in foreign investment.",
     [row("EUR 12 billion", 12000000000, "EUR")]),
    ("The gang laundered £2.5 million through shell companies.",
     [row("£2.5 million", 2500000, "GBP")]),
    ("China extended a loan of CNY 50 billion to the project.",
     [row("CNY 50 billion", 50000000000, "CNY", subject="loan")]),
    ("The deal was valued at US$5 million.",
     [row("US$5 million", 5000000, "USD")]),
    ("Police seized 2 million dollars in cash.",
     [row("2 million dollars", 2000000, "USD")]),
    ("Tourists spent 300 euros a day on average.",
     [row("300 euros", 300, "EUR")]),
    ("Kazakhstan allocated KZT 5 billion for road repairs.",
     [row("KZT 5 billion", 5000000000, "KZT")]),
    ("The ministry received an additional 21.3 billion rubles for wages.",
     [row("21.3 billion rubles", 21300000000, "RUB")]),
    ("The bonds raised 500 million Swiss francs.",
     [row("500 million Swiss francs", 500000000, "CHF")]),
    ("Customs duties brought in 2.1 trillion roubles last year.",
     [row("2.1 trillion roubles", 2100000000000, "RUB")]),
]

# ----------------------------------------------------------------------------- multipliers

MULTIPLIERS = [
    # a hundred "times" or more, with no change or comparison, count occurrences ("struck 1,216 times")
    ("Bicycle thieves struck 1,216 times last year, compared to 1,137 the year before.", [row("1,216", 1216), row("1,137", 1137)]),
    ("Prices rose 150 times in a decade.", [row("150 times", 150, "times", direction="up")]),
    # a multiplier verb is a change by itself ("nearly doubled", "tripled last year"), but not in an idiom
    ("Dengue cases nearly doubled in 2022.", [row("nearly doubled", 2, "times", "approx", direction="up", year=2022)]),
    ("Fraud more than tripled last year.", [row("more than tripled", 3, "times", "at_least", direction="up")]),
    ("The deficit is nearly quadruple the figure forecast in the fall.", [row("nearly quadruple", 4, "times", "approx", direction="up")]),
    ("Imports quintupled in a decade.", [row("quintupled", 5, "times", direction="up")]),
    ("The province's surplus swells five fold to $200 million.",
     [row("five fold", 5, "times", direction="up"), row("$200 million", 200000000, "USD")]),
    # a gerund after an article is a change ("a doubling of cases"); "a double" with no noun after is a noun (test_rules)
    ("The region saw a doubling of measles cases in 2023.", [row("doubling", 2, "times", direction="up", year=2023)]),
    ("The school gym doubled as a shelter and the mayor doubled down.", []),
    # the levels a multiplier's change went between
    ("Such offences more than double from 77 to 187.",
     [row("more than double", 2, "times", "at_least", direction="up"), row("77", 77), row("187", 187)]),
    # a multiplier before an article and a measure compares ("three times the rate achieved in 2010")
    ("Job growth was three times the rate achieved a decade earlier.", [row("three times", 3, "times", direction="up")]),
    ("Spending here is twice the national average.", [row("twice", 2, "times")]),
    ("Crimes committed under the influence of drugs have gone down three times from the 2012 level.",
     [row("three times", 3, "times", direction="down", since=2012,
          subject="crimes committed under the influence of drugs")]),
    ("The number of IT crimes has increased more than 25 times.",
     [row("more than 25 times", 25, "times", "at_least", "up", subject="it crimes")]),
    ("Cases of online fraud rose two-fold.",
     [row("two-fold", 2, "times", direction="up", subject="cases of online fraud")]),
    ("Spending on the police grew 1.5 times.",
     [row("1.5 times", Decimal("1.5"), "times", direction="up", subject_has="spending")]),
    ("There were three times more road deaths in the region than in Moscow.",
     [row("three times", 3, "times", direction="up")]),
    ("The region recorded a threefold increase in fraud.",
     [row("threefold", 3, "times", direction="up", subject="fraud")]),
    ("Fines for drunk driving were raised tenfold.",
     [row("tenfold", 10, "times", direction="up")]),
    ("Heroin seizures fell 2.5 times.",
     [row("2.5 times", Decimal("2.5"), "times", direction="down", subject="heroin seizures")]),
    ("The number of drug dens has decreased twice since 2015.",
     [row("twice", 2, "times", direction="down", since=2015, subject="drug dens")]),
    ("Car thefts have fallen four times over the past decade.",
     [row("four times", 4, "times", direction="down", subject="car thefts")]),
]

# ----------------------------------------------------------------------------- fractions

FRACTIONS = [
    # a fraction of one percent or one percentage point
    ("Inflation was about half a percent.", [row("about half a percent", Decimal("0.5"), "percent", "approx")]),
    ("The bank cut rates by half a percentage point.", [row("half a percentage point", Decimal("0.5"), "pp", direction="down")]),
    ("Prices rose by a quarter of a per cent.", [row("a quarter of a per cent", Decimal("0.25"), "percent", direction="up")]),
    # ... not a fraction of money, which "a trillion and a half" is not either
    ("The city expects at least a trillion and a half shillings.", [row("at least a trillion", 1000000000000, "count", "at_least")]),
    ("A quarter of all crimes are now committed online.",
     [row("A quarter", 25, "percent", subject="crimes")]),
    ("Half of the detainees were foreign citizens.",
     [row("Half", 50, "percent", subject="detainees")]),
    ("Two-thirds of the victims were pensioners.",
     [row("Two-thirds", Decimal("66.67"), "percent", subject="victims")]),
    ("One in five crimes was solved by district officers.",
     [row("One in five", 20, "percent", subject="crimes solved")]),
    ("One out of five thefts involved a bank card.",
     [row("One out of five", 20, "percent", subject="thefts")]),
    ("Every fourth crime is committed by a repeat offender.",
     [row("Every fourth", 25, "percent", subject="crime")]),
    ("One-fourth of grave offences involve drug trafficking.",
     [row("One-fourth", 25, "percent", subject="grave offences")]),
    ("A third of the budget goes to public safety.",
     [row("A third", Decimal("33.33"), "percent", subject="budget")]),
    ("Three quarters of the respondents trust the police.",
     [row("Three quarters", 75, "percent", subject="respondents")]),
    ("Nine out of ten victims were pedestrians.",
     [row("Nine out of ten", 90, "percent", subject="victims")]),
    ("Every tenth driver was caught speeding.",
     [row("Every tenth", 10, "percent", subject="driver")]),
    ("The number of registered drug users has decreased by over a quarter.",
     [row("over a quarter", 25, "percent", "at_least", "down", subject="registered drug users")]),
    ("The number of drug dens fell by almost half.",
     [row("almost half", 50, "percent", "approx", "down", subject="drug dens")]),
    ("More than half of the migrants work illegally.",
     [row("More than half", 50, "percent", "at_least", subject="migrants")]),
    ("One-third of the prisoners are serving sentences for drug crimes.",
     [row("One-third", Decimal("33.33"), "percent", subject="prisoners")]),
    ("Every third accident happens at night.",
     [row("Every third", Decimal("33.33"), "percent", subject="accident")]),
]

# ----------------------------------------------------------------------------- counts and quantities

COUNTS = [
    # a capitalised plural noun, as a speech may write it, counts before a comma too
    ("The scheme pays the fees of about 9,400 Nursing Students, and of 2,100 apprentices.",
     [only("about 9,400", value=9400), only("2,100", value=2100)]),
    # a count, a comparative and a verb: the verb counts what the count is of
    ("In 2015, 1,852 people died and 10,280 more were seriously injured.", [row("1,852", 1852), row("10,280", 10280)]),
    # an index's points stay a claim, a "place" near them or not
    ("The index fell 35 points to its lowest place in a year.", [row("35", 35, direction="down")]),
    # two counts of points are an index's change and level, not a standing, where an index is named in their sentence
    ("The share index rose 12.5 points to 8,999 points on Friday.",
     [row("12.5", Decimal("12.5"), direction="up", subject="share index"), row("8,999", 8999, subject="share index")]),
    ("In October it stood at 113.8 points, an increase of 1.7 points or 1.5% on the retail price index of September.",
     [only("113.8", value=Decimal("113.8")), only("1.7", value=Decimal("1.7"), direction="up"),
      only("1.5%", value=Decimal("1.5"), direction="up")]),
    # "one" compared with a figure is a figure, not the pronoun of "one of them"
    ("Stabbings were up 11 versus one a year earlier.", [row("11", 11, direction="up"), row("one", 1)]),
    ("One of them was charged.", []),
    # a count, "or", and its share: the count keeps its unit ("3 or 4 percent" shares it)
    ("Burglaries made up 12,380 or 31% of offences.",
     [row("12,380", 12380, subject="burglaries"), row("31%", 31, "percent", subject="offences")]),
    # a count at the start of a hard-wrapped line, with a full stop after it, is no list marker
    ("Hospitals had a busy winter.\n\nThe number of nurses working in the county hospitals has also grown by \n12,400.\n\nMore will be hired.",
     [only("12,400", value=12400, direction="up")]),
    # the value of the same measure before, after "in comparison with"; the bare items of a list of counts
    ("Police recorded 5,210 burglaries, in comparison with 4,870 in 2022.", [only("5,210", value=5210), only("4,870", value=4870)]),
    ("The towns had 64, 51 and 47 burglaries per 10,000 homes.",
     [only("64", value=64), only("51", value=51), only("47", value=47)]),
    # semicolons of prose are no table's cells
    ("Queensland gained 9,800 people; Victoria lost 4,100; Tasmania 900; and Darwin 2,300.",
     [only("9,800", value=9800), only("4,100", value=4100), only("900", value=900), only("2,300", value=2300)]),
    # "label: N" items under a heading that names a change count that change; a results list does not
    ("Job gains were recorded in these sectors:\n\n  • Retail: 41,000\n  • Construction: 17,000\n",
     [row("41,000", 41000, direction="up"), row("17,000", 17000, direction="up")]),
    ("These sectors recorded job losses:\n\n  • Mining: 9,000\n  • Finance: 6,000\n",
     [row("9,000", 9000, direction="down"), row("6,000", 6000, direction="down")]),
    # a capitalised word after a count is counted when a plural noun follows it
    ("Border guards detained 40 Georgian nationals.", [row("40", 40, subject="georgian nationals")]),
    # a head that names a measure, then a copula: the number is its value
    ("The seasonally adjusted number of persons unemployed was 187,300 in June.", [row("187,300", 187300, year=None)]),
    # "at" before a figure with a scale word is no clock time
    ("The total population stood at 5.64 million at the end of June.", [row("5.64 million", 5640000)]),
    # a number from 1900 to 2100 after a verb that counts and before a noun is a count, not a year
    # a transcript in capitals: its nouns are capitalised too ("PEOPLE" counts as "people" does)
    ("THE WAIT LIST STANDS AT A HORRENDOUS 37,000 PEOPLE.", [row("37,000", 37000, subject="people")]),
    ("Police registered 2014 burglaries in the district.", [row("2014", 2014, subject="burglaries")]),
    ("The hospital performed 1962 emergency and other operations in May.", [row("1962", 1962, subject="emergency and other operations")]),
    # a number of a year's shape after "from", before "to" and a number no year could be, is a count that changed
    ("The village grew from 2095 to 2306 people.", [row("2095", 2095), row("2306", 2306)]),
    # ... and before a noun of people, no preposition of a year before it
    ("The programme helped 2000 people find work.", [row("2000", 2000)]),
    # a change's size restated in brackets after "or" takes the change's direction
    ("Spending is up by $96.0m (or 11.2 percent) from the year before.",
     [only("$96.0m", direction="up"), only("11.2 percent", direction="up")]),
    ("In 2000 people paid 4% more for bread.", [only("4%", year=2000)]),
    # ... and before a verb that counts as a participle and its noun ("2082 reported thefts"); not after a year's preposition
    ("Beside 2071 reported thefts, the town has racked up 1934 recorded assaults.",
     [row("2071", 2071, subject="reported thefts"), row("1934", 1934, subject="recorded assaults")]),
    ("In 2014 recorded crime fell 5%.", [only("5%", year=2014)]),
    # a bare count followed right away by its own change (", down 4%") is a level that changed
    ("Crashes with injury were 198, down 4%.", [row("198", 198), row("4%", 4, "percent", direction="down")]),
    # ... and before a noun that counted another number before it in the sentence ("4,028 cases ... 2000 cases")
    ("Police logged 4,115 cases this quarter, compared with 2000 cases a year earlier.", [row("4,115", 4115), row("2000", 2000)]),
    # "and over" before an article is a preposition, no bound ("aged 65 and over" is one)
    ("The rate rose over the quarter by 1.4pps and over the year by 1.8pps.", [only("1.4pps", qualifier="exact"), only("1.8pps", qualifier="exact")]),
    # ... and after "there were"; a number with a time of its own right after it ("1990 last year") is no year either
    ("There were 2091 robberies recorded this year, up from 1990 last year.", [row("2091", 2091, subject="robberies"), row("1990", 1990)]),
    ("Emissions fell back to 1990 levels.", []),
    # ... and so is the second end of a pair whose first end is a count; a pair of years stays years
    ("Cyber crimes rose from 870 to 1965 in the region.", [row("870", 870), row("1965", 1965)]),
    ("The plant was closed from 1990 to 2005.", []),
    # thousands typed with a space after the comma, before a word: one number; not a list, a date's day or a whole
    ("Police cut recorded crime from 182, 310 cases in 2022 to 167, 450 in 2023.",
     [row("182, 310", 182310, year=2022), row("167, 450", 167450, year=2023)]),
    ("Seats 10, 120 and 200 were sold.", [row("10", 10), row("120", 120), row("200", 200)]),
    # ... or before a comma and an apposition ("stood at 60, 401, an increase of ..."); not a list's items
    ("Day visitors stood at 60, 401, an increase of 65%.",
     [row("60, 401", 60401, subject="day visitors"), row("65%", 65, "percent", direction="up")]),
    ("Rooms 12, 140, 300 were booked.", [row("12", 12), row("140", 140), row("300", 300)]),
    # ... or at a headline's end
    ("Island population reaches 720, 956\n\nThe census counted 720,956 people.",
     [row("720, 956", 720956), row("720,956", 720956, subject="people")]),
    # a list's items named by two names joined by a slash, each with "with" and its value
    ("The Western province has a population of 94,106, Makira/Ulawa with 51,587, Isabel with 31,420 and Temotu with 22,319.",
     [row("94,106", 94106, subject="population"), row("51,587", 51587), row("31,420", 31420), row("22,319", 22319)]),
    ("From October 3-November 15, 471 people died on the roads.", [row("471", 471, subject="people")]),
    # a sign that is a level's own: after a level's noun and "of", or before "from" and the level it moved from
    ("Finland ran a budget balance of -0.7% and Estonia a surplus of +0.4%.",
     [row("-0.7%", Decimal("-0.7"), "percent", subject="budget balance"), row("+0.4%", Decimal("0.4"), "percent", subject="surplus")]),
    ("Monthly inflation turned negative, -12.1% from 31.4% in May.",
     [row("-12.1%", Decimal("-12.1"), "percent"), row("31.4%", Decimal("31.4"), "percent")]),
    ("Exports were -4% from 2019.", [row("-4%", 4, "percent", direction="down", since=2019)]),
    # ... and so is one after a total's words, noun or not
    ("Collisions were up by 11% to a total of 1958 from 1764.",
     [row("11%", 11, "percent", direction="up"), row("1958", 1958, subject="collisions"), row("1764", 1764, subject="collisions")]),
    # "minus" between two counts is the difference of them, not a value below zero
    ("The region gained 121,000 people, or 304,000 births minus 183,000 deaths.",
     [row("121,000", 121000, direction="up"), row("304,000", 304000, subject="births"), row("183,000", 183000, subject="deaths")]),
    # ... but after "to" or "at" it is a sign
    ("Monthly inflation fell from 74.5% in June to minus 15.3% in July.",
     [row("74.5%", Decimal("74.5"), "percent"), row("minus 15.3%", Decimal("-15.3"), "percent")]),
    # ... and so is a written minus after a change's "to": the level reached, below zero, not a fall
    ("Annual inflation has gone down to -0.8 percent in May.", [row("-0.8 percent", Decimal("-0.8"), "percent")]),
    # "minus" joined to its number by a hyphen is its sign too, not a word the number is glued to ("COVID-19")
    ("Year-over job change was minus-1.6% in August.", [row("minus-1.6%", Decimal("-1.6"), "percent")]),
    ("There were 14,500 fatalities and 166,500 injuries on the roads.",
     [row("14,500", 14500, subject="fatalities"), row("166,500", 166500, subject="injuries")]),
    ("The service has a staff of 35,000 people.",
     [row("35,000", 35000)]),
    ("Police broke up 1,100 criminal groups.",
     [row("1,100", 1100, subject="criminal groups")]),
    ("Prosecutors opened about 250,000 drug trafficking cases.",
     [row("about 250,000", 250000, qualifier="approx", subject="drug trafficking cases")]),
    ("Over 3.2 million people have received passports.",
     [row("Over 3.2 million", 3200000, qualifier="at_least", subject="people")]),
    ("We identified more than 50 new types of synthetic drugs.",
     [row("more than 50", 50, qualifier="at_least", subject="new types of synthetic drugs")]),
    ("Some 2,300 inmates were released on parole.",
     [row("Some 2,300", 2300, qualifier="approx", subject="inmates")]),
    ("The ministry opened 17 new migration centres.",
     [row("17", 17, subject="new migration centres")]),
]

QUANTITIES = [
    # American spellings of the metric units
    ("Rainfall reached 300 millimeters and the river rose 40 centimeters.",
     [row("300 millimeters", Decimal("0.3"), "m"), row("40 centimeters", Decimal("0.4"), "m", direction="up")]),
    # "MT" in capitals is metric tons ("Mt" is no unit here)
    ("Palay output may decline to 19.17 million MT.", [row("19.17 million MT", 19170000000, "kg")]),
    # "Mt" is a megatonne, a million tonnes
    ("The winter crop is forecast at 14.27Mt.", [row("14.27Mt", 14270000000, "kg")]),
    # a decimal comma before one or two digits and a unit, as South African and European English writes it
    ("Life expectancy is put at 63,4 years for men, and the average farm covers 12,5 hectares.",
     [row("63,4 years", Decimal("63.4"), "year"), row("12,5 hectares", 125000, "m2")]),
    # a smaller unit of the same kind right after the unit adds to the amount; another kind does not
    ("The road is 2 km 300 m long.", [row("2 km 300 m", 2300, "m")]),
    ("Customs seized 3 kg, 200 g of it heroin.", [row("3 kg", 3, "kg"), row("200 g", Decimal("0.2"), "kg")]),
    # acres (pint's, of the US survey foot, to 15 significant digits) and million metric tonnes
    ("The wildfire has burned nearly 12K acres of forest.", [row("nearly 12K acres", Decimal("48562471.318491"), "m2", "approx")]),
    ("Iron ore output rose to 277 MMT in the year.", [row("277 MMT", 277000000000, "kg")]),
    # areas abbreviated "sq." or "sq" (square miles and feet in pint's international mile and foot)
    ("The county covers 378 sq. kilometres, the park 90 sq. miles, and the store 3,000 sq ft.",
     [row("378 sq. kilometres", 378000000, "m2"), row("90 sq. miles", Decimal("233098929.93024"), "m2"),
      row("3,000 sq ft", Decimal("278.70912"), "m2")]),
    ("We prevented the delivery of 2.5 tons of heroin.",
     [row("2.5 tons", 2500, "kg", subject="heroin")]),
    ("Workers laid 12 km of new fencing.",
     [row("12 km", 12000, "m")]),
    # a race named by its distance is no length, but what is said of it is a claim
    ("The men's 10 km race drew 300 runners after the course was cut by 400 metres.",
     [row("300", 300, "count"), row("400 metres", 400, "m", direction="down")]),
    # a bare number an age measures is in years; a count of age groups is not
    ("The median age of residents edged up to 40.0, from 39.6 a year ago.",
     [row("40.0", 40, "year", subject="median age of residents"), row("39.6", Decimal("39.6"), "year")]),
    ("The survey covered 12 age groups.", [row("12", 12, subject="age groups")]),
    # ... and a bare number below 100 a rate in percent measures is a percentage; a rate is a measure its copula gives a value
    ("The participation rate has never been higher, and it's come in at 67.2.",
     [row("67.2", Decimal("67.2"), "percent", subject="participation rate")]),
    ("The board's exams registered an overall pass percentage of 88.74.",
     [row("88.74", Decimal("88.74"), "percent", subject="pass percentage")]),
    ("The spread widened by 1.125 points.", [only("1.125", value=Decimal("1.125"))]),
    # "the equivalent of" names no subject
    ("The county's death rate was the equivalent of 18.5 deaths for every 100,000 residents.",
     [row("18.5", Decimal("18.5"), subject="deaths")]),
    # "lifted by" is a rise; "lifted" right before an amount is no change
    ("Home prices have lifted by 5.4 per cent this year.", [row("5.4 per cent", Decimal("5.4"), "percent", direction="up", subject="home prices")]),
    ("The crane lifted 500 tonnes of steel.", [row("500 tonnes", 500000, "kg", subject="steel")]),
    ("The homicide rate was 1.56 per 100,000.", [row("1.56", Decimal("1.56"), "count", subject="homicide rate")]),
    # a yield's bushels are per acre where the sentence names a yield, or a yield per acre came before
    ("Soybean yield is forecast at 52 bushels per acre, up 4 bushels. The average yield was 168 bushels; growers sold 90 million bushels.",
     [row("52 bushels per acre", Decimal("0.45280191034595"), "l/m2"), row("4 bushels", Decimal("0.0348309161804577"), "l/m2", direction="up"),
      row("168 bushels", Decimal("1.46289847957922"), "l/m2"), row("90 million bushels", Decimal("3171516315.0192"), "l")]),
    # "foot" before a noun that makes one noun of the two counts that noun; before an adjective of size, a length
    ("The ferry carried 19,996 foot passengers and 4,100 cars past the 20 foot high wall.",
     [row("19,996", 19996, "count"), row("4,100", 4100, "count"), row("20 foot", Decimal("6.096"), "m")]),
    # feet and inches in metres; a speed in km/h, not a distance ("300 km/h" is no "300 km")
    ("The flood wall is 14 feet high and the rain gauge showed 6.5 inches.",
     [row("14 feet", Decimal("4.2672"), "m"), row("6.5 inches", Decimal("0.1651"), "m")]),
    ("Radar caught 1,200 drivers above 90 mph; one was doing 210 km/h.",
     [row("1,200", 1200), row("above 90 mph", Decimal("144.84096"), "km/h", "at_least"), row("210 km/h", 210, "km/h")]),
    # a crop yield in kg/m2 (a quintal is 100 kg); a price per quintal stays money
    ("Farmers harvested 3.2 tonnes per hectare of maize and 45 quintals/ha of wheat.",
     [row("3.2 tonnes per hectare", Decimal("0.32"), "kg/m2"), row("45 quintals/ha", Decimal("0.45"), "kg/m2")]),
    ("The mill bought 1,200 quintals of paddy at Rs 2,040 per quintal.",
     [row("1,200 quintals", 120000, "kg"), row("Rs 2,040", 2040, "INR")]),
    ("Inspectors destroyed 300 litres of counterfeit vodka.",
     [row("300 litres", 300, "l")]),
    ("Agents found 450 kilograms of cocaine in the container.",
     [row("450 kilograms", 450, "kg", subject="cocaine")]),
    ("Each courier carried 1.5 kg of synthetic drugs.",
     [row("1.5 kg", Decimal("1.5"), "kg")]),
    ("A dose contains about 20 grams of the substance.",
     [row("about 20 grams", Decimal("0.02"), "kg", "approx")]),
    ("The lab produced 2 tonnes of mephedrone.",
     [row("2 tonnes", 2000, "kg", subject="mephedrone")]),
    ("The tunnel was 850 metres long.",
     [row("850 metres", 850, "m")]),
    ("Police seized 5,000 liters of bootleg alcohol.",
     [row("5,000 liters", 5000, "l")]),
    ("Agents seized 40 pounds of cocaine.",
     [row("40 pounds", Decimal("18.1436948"), "kg", subject="cocaine")]),
    # ... and the same word after it in the sentence, with no "of"
    ("Agents seized 40 pounds of cocaine, against 10 pounds last year.",
     [row("40 pounds", Decimal("18.1436948"), "kg", subject="cocaine"), row("10 pounds", Decimal("4.5359237"), "kg")]),
    ("Officers confiscated 1.2 million litres of counterfeit alcohol.",
     [row("1.2 million litres", 1200000, "l")]),
    # kilolitres and megalitres, as water authorities report use and storage
    ("Households used 3,450 kl of water.", [row("3,450 kl", 3450000, "l")]),
    ("The dam released 12.5 megalitres a day.", [row("12.5 megalitres", 12500000, "l")]),
    ("The new road bypass is 3 kilometres long.",
     [row("3 kilometres", 3000, "m")]),
    ("Border guards seized more than 3 tons of hashish.",
     [row("more than 3 tons", 3000, "kg", "at_least", subject="hashish")]),
]

# ----------------------------------------------------------------------------- ranges

RANGES = [
    # counts in brackets after a change's percentage are the levels it went between, rising or falling; without a change, a range
    ("Burglaries increased 40% (1,210 to 1,694) and thefts decreased 12% (950 to 836). About 60% (2,500 to 3,100 people) voted.",
     [row("40%", 40, "percent", direction="up"), row("1,210", 1210), row("1,694", 1694),
      row("12%", 12, "percent", direction="down"), row("950", 950), row("836", 836),
      row("About 60%", 60, "percent", "approx"), row("2,500 to 3,100", 2500, "count", "range", value_to=3100)]),
    # a year and a dash before an amount are not a range, and the year stays a year
    ("Revenues will amount to 25.021 trillion rubles in 2022, in 2023 – 25.540 trillion rubles.",
     [row("25.021 trillion rubles", Decimal("25021000000000"), "RUB", year=2022),
      row("25.540 trillion rubles", Decimal("25540000000000"), "RUB", year=2023)]),
    ("GDP is expected to grow by 3% – up to 133 trillion rubles.",
     [row("3%", 3, "percent", direction="up"), row("133 trillion rubles", 133000000000000, "RUB")]),
    # a range verb before "from" makes a range, though a change noun stands before it: the sizes of the increases
    ("Pay increases for nurses range from 2.5 per cent to 6 per cent.",
     [row("from 2.5 per cent to 6 per cent", Decimal("2.5"), "percent", "range", "up", value_to=6)]),
    ("Thefts fell 10-15% in most regions.",
     [row("10-15%", 10, "percent", "range", "down", value_to=15)]),
    # a whole number, "or" and a share with decimals: one change, in a count and in percent
    ("Thefts fell by 27 or 8.7% last year.",
     [row("27", 27, direction="down", subject="thefts"), row("8.7%", Decimal("8.7"), "percent", direction="down", subject="thefts")]),
    xfail("Rates may rise by 1 or 1.5 percent.",
          [row("1", 1, "percent", direction="up"), row("1.5 percent", Decimal("1.5"), "percent", direction="up")],
          "two alternatives of unlike precision read as a count and its share, as 'by 27 or 8.7%' is"),
    # a dash glued to the second end is the range's, not a minus sign
    ("Thefts fell 10%-15% in most regions.",
     [row("10%-15%", 10, "percent", "range", "down", value_to=15)]),
    # a percent, a dash and a bare count: a change and the level it reached, not a range
    ("Crashes fell by 1.6% - 2,279 in all.",
     [row("1.6%", Decimal("1.6"), "percent", direction="down"), row("2,279", 2279)]),
    # "by X% to Y%", each with its unit: the size of a change and the level it reached; "by 5 to 10 percent" is a range
    ("The jobless rate fell by 0.3 per cent to 6.1 per cent.",
     [row("0.3 per cent", Decimal("0.3"), "percent", direction="down"), row("6.1 per cent", Decimal("6.1"), "percent")]),
    ("Tariffs will rise by 5 to 10 percent.",
     [row("5 to 10 percent", 5, "percent", "range", "up", value_to=10)]),
    # ... money whose sign opens each end is written with its unit too
    ("The deficit rose by $2 billion to $9 billion.",
     [row("$2 billion", 2000000000, "USD", direction="up", subject="deficit"), row("$9 billion", 9000000000, "USD")]),
    ("The fund will grow by $2 billion to $3 billion.",
     [row("$2 billion to $3 billion", 2000000000, "USD", "range", "up", value_to=3000000000, subject="fund")]),
    # "up" or "down" right before a count and "to": the change and the level it reached, however near the two;
    # after a verb of change the two ends near each other are a range of its size
    ("Apartments were up 249 to 444 in July.",
     [row("249", 249, direction="up", subject="apartments"), row("444", 444, subject="apartments")]),
    ("Jobs rose 2,000 to 3,000.", [row("2,000 to 3,000", 2000, "count", "range", "up", value_to=3000)]),
    # ... also with a qualifier after "by": a change's size, then the level far above it
    ("Passenger trips fell by nearly 1.6 million to 11,596,982 last year.",
     [row("nearly 1.6 million", 1600000, qualifier="approx", direction="down"), row("11,596,982", 11596982)]),
    # a list of names, each with its value in brackets: the small values too, when one of the list is 100 or more
    ("Ardmore had 1,402 cases, followed by Belton (1,016), Carlow (120), Denby (93) and Elgin (eight).",
     [row("1,402", 1402, subject="cases"), row("1,016", 1016), row("120", 120), row("93", 93), row("eight", 8)]),
    # two groups of four digits on a table's row are its cells, not a phone number
    ("Offences by type\nThefts 1234 1456\nRobberies 2345 2211",
     [row("1234", 1234, subject="thefts"), row("2345", 2345, subject="robberies")]),
    # ... or when the values go down, as a ranking's do (notes' marks go up)
    ("The north had the most cases at 49, followed by Ardmore (37), Belton (20), Carlow (5) and Denby (4).",
     [row("49", 49), row("37", 37), row("20", 20), row("5", 5), row("4", 4)]),
    # ... or when one of the list's values is a fraction: a note's mark is never one
    ("The index rose most for recreation (29.9), Education (28.8) and Transport (25).",
     [only("29.9", value=Decimal("29.9")), only("28.8", value=Decimal("28.8")), only("25", value=25)]),
    # ... a name may hold a short word in small letters ("Devon and Cornwall", "Isle of Man")
    ("The lowest crime rates were in North Yorkshire (46) and Devon and Cornwall (46.5).",
     [only("46", value=46), only("46.5", value=Decimal("46.5"))]),
    # ... also when the size is told twice, the second after "or"
    ("Burglaries were up by 12% or 240 to 2,240 last year.",
     [row("12%", 12, "percent", direction="up"), row("240", 240, direction="up"), row("2,240", 2240)]),
    # a list's items in brackets after a comparative ("more than half") change nothing, nor does a conversion in brackets
    ("More than half of the offences were thefts (104,500 cases) or frauds (221,000 cases).",
     [row("More than half", 50, "percent", "at_least", subject="offences"), row("104,500", 104500),
      row("221,000", 221000)]),
    # energy and volume as news writes them: a hyphen between a number and its unit, hours spelled, imperial gallons
    ("Demand rose to 21,540-gigawatt hours. Plants pumped 410 million imperial gallons of water.",
     [row("21,540-gigawatt hours", Decimal("77544000000000000"), "J"), row("410 million imperial gallons", Decimal("1863896900"), "l")]),
    # the oil trade's abbreviation of barrels
    ("Output reached 2,000 bbls a day.", [row("2,000 bbls", Decimal("317974.589856"), "l")]),
    # gas in "cu m" and in cubic feet: a cube of a length stays one (m3), as litres stay litres
    ("Output was 12 million cu m a day, and storage held 180 billion cubic feet.",
     [row("12 million cu m", 12000000, "m3"), row("180 billion cubic feet", Decimal("5097032386.56"), "m3")]),
    # a duration whose clause names a measure (an average wait) is measured; a span that says when is not
    ("In category 3 the average wait for surgery rose from 212 days to 371 days over the past six years.",
     [row("212 days", 212, "day", subject="average wait for surgery"), row("371 days", 371, "day")]),
    # "c." (circa) glued to its number, as briefing notes write it
    ("Outpatient additions were c.44k in May and removals c.71.7k.",
     [row("c.44k", 44000, qualifier="approx"), row("c.71.7k", 71700, qualifier="approx")]),
    # a change word right before "N to M" of counts far apart: the change's size and the level it reached
    ("Arrivals from Fiji were up 1,400 to 52,300 in May.",
     [row("1,400", 1400, direction="up"), row("52,300", 52300)]),
    # ... and so is "by X% to Y%" whose two ends are near each other (the second at most twice the first)
    ("Bills will rise by between 1% to 6% for most customers.",
     [row("between 1% to 6%", 1, "percent", "range", "up", value_to=6)]),
    ("Wheat prices decreased by 30% to 35% over the season.",
     [row("30% to 35%", 30, "percent", "range", "down", value_to=35)]),
    # a change word right before "X% to Y%" far apart (the second over three times the first): the change,
    # then the level it reached; near each other they stay a range of the change's size
    # ... and a short decimal comma before a scale, as southern Africa writes it
    ("The project cost $1,2 million.", [row("$1,2 million", 1200000, "USD")]),
    ("Core inflation rose 0.3% to 2.1% in March.",
     [row("0.3%", Decimal("0.3"), "percent", direction="up"), row("2.1%", Decimal("2.1"), "percent")]),
    ("Output is expected to grow 2% to 3% this year.",
     [row("2% to 3%", 2, "percent", "range", "up", value_to=3)]),
    ("Between 50 and 90 percent of audit requests were denied.",
     [row("Between 50 and 90 percent", 50, "percent", "range", value_to=90)]),
    ("The region receives 5,000-6,000 labour migrants every month.",
     [row("5,000-6,000", 5000, qualifier="range", value_to=6000, subject="labour migrants")]),
    ("From 5,000 to 6,000 people die on the roads a year.",
     [row("From 5,000 to 6,000", 5000, qualifier="range", value_to=6000)]),
    # a decimal comma, as continental Europe writes, before a percent or a unit; a list of numbers stays a list
    ("Fares rose by 1,5% on average.", [row("1,5%", Decimal("1.5"), "percent", direction="up", subject="fares")]),
    ("The index stood at 119,19 units in January.", [row("119,19", Decimal("119.19"))]),
    ("See items 10,11 and 12 of the annex.", []),
    # small values in brackets after names that add up to the count before them are its parts, not notes
    ("There were 21 deaths in Lagos (12), Kano (6) and Oyo (3).",
     [row("21", 21, subject="deaths"), row("12", 12), row("6", 6), row("3", 3)]),
    ("The jobless rate fell by 0,3 percentage points.",
     [row("0,3 percentage points", Decimal("0.3"), "pp", direction="down", subject="jobless rate")]),
    # a duration that is itself what is measured (a fraction, or a measure's words right before it), in the
    # contract's units: year, month, day (weeks in days), seconds for hours; a span that says when is none
    ("Life expectancy at birth rose to 74.6 years.", [row("74.6 years", Decimal("74.6"), "year", subject="life expectancy")]),
    ("The average waiting time was 9 weeks.", [row("9 weeks", 63, "day")]),
    # hours and then minutes: one duration
    ("The average time spent in A&E was 3 hours and 12 minutes.", [row("3 hours and 12 minutes", 11520, "s")]),
    # "-odd", "-plus" between a number and its scale: a bound inside the mention
    ("The stadium project is a $40-plus billion bet.", [row("$40-plus billion", 40000000000, "USD", "at_least")]),
    # the level a measured duration started from, written bare, is in the duration's unit (a decimal point ends no clause)
    ("Life expectancy rose from 71.4 to nearly 74 years.",
     [row("71.4", Decimal("71.4"), "year", subject="life expectancy"),
      row("nearly 74 years", 74, "year", "approx", subject="life expectancy")]),
    # ... and a person's years after a measure in years, the word "years" left out (not a count with its noun)
    ("Average life expectancy in the county rose from 78.2 to 79 across the decade; life expectancy in 12 towns fell.",
     [row("78.2", Decimal("78.2"), "year"), row("79", 79, "year"), row("12", 12, "count")]),
    ("The average wait fell from 20 to 14 weeks.",
     [row("20", 140, "day", subject="average wait"), row("14 weeks", 98, "day", subject="average wait")]),
    ("Staff worked an average of 38.5 hours a week.", [row("an average of 38.5 hours", 138600, "s")]),
    # a thousand hours or more are a total of time spent, not a span; four digits of a clock are a time
    ("Clinics were shut for 12,480 hours last year. The board met at 1430 hours.", [row("12,480 hours", 44928000, "s")]),
    ("Over the past six years crime fell by 5%.", [row("5%", 5, "percent", direction="down")]),
    ("During the period of one and a half years, courts heard 900 cases.", [row("900", 900, subject="cases")]),
    # a range's first end written without the thousands its second end has
    ("We expect 14-15,000 jobs a month.", [row("14-15,000", 14000, "count", "range", value_to=15000)]),
    ("It cost 100-15,000 dollars.", [row("100-15,000 dollars", 100, "USD", "range", value_to=15000)]),
    ("The damage is estimated at 200-250 billion rubles.",
     [row("200-250 billion rubles", 200000000000, "RUB", "range", value_to=250000000000)]),
    ("The tax raised prices by 10 to 15 percent.",
     [row("10 to 15 percent", 10, "percent", "range", "up", value_to=15)]),
    ("Every month 300–400 people are killed on the roads.",
     [row("300–400", 300, qualifier="range", value_to=400)]),
    ("The new plant will cost $2-3 billion.",
     [row("$2-3 billion", 2000000000, "USD", "range", value_to=3000000000)]),
    # the currency's sign written again before the second end: still one range, the scale shared;
    # "from $X to $Y", each with its sign, stays a change from one level to the other
    ("Visiting ships add between €35 and €50 million to the city's economy.",
     [row("between €35 and €50 million", 35000000, "EUR", "range", value_to=50000000)]),
    ("The repairs will cost £35m-£50m, the council said.",
     [row("£35m-£50m", 35000000, "GBP", "range", value_to=50000000)]),
    # ... but a pair after "ranges from" is a range, though each end has its sign
    ("The price of fertilizer ranges from US$25 to US$65 a bag.",
     [row("from US$25 to US$65", Decimal("25"), "USD", "range") | {"value_to": Decimal("65")}]),
    # ... and so is one after "anywhere from", past a change verb
    ("The levy could increase anywhere from 2.5 percent to 9.75 percent next year.",
     [row("from 2.5 percent to 9.75 percent", Decimal("2.5"), "percent", "range") | {"value_to": Decimal("9.75")}]),
    ("The price of a tray of eggs increased from RM12.60 to RM14.10.",
     [row("RM12.60", Decimal("12.6"), "MYR"), row("RM14.10", Decimal("14.1"), "MYR")]),
    # a pair after a verb of change of no sign ("revised", "changed") is two levels too
    ("The jobless rate for March was revised from 5.1% to 5.4%.",
     [row("5.1%", Decimal("5.1"), "percent"), row("5.4%", Decimal("5.4"), "percent")]),
    ("Tunnel income recovered from $12 to $14 million.",
     [row("$12", 12000000, "USD"), row("$14 million", 14000000, "USD")]),
    ("The city has between 1.5 and 2 million residents.",
     [row("between 1.5 and 2 million", 1500000, qualifier="range", value_to=2000000, subject="residents")]),
    ("Each shipment held 15-20 tons of cocaine.",
     [row("15-20 tons", 15000, "kg", "range", value_to=20000)]),
    ("Tariffs will rise by 5–7 per cent next year.",
     [row("5–7 per cent", 5, "percent", "range", "up", value_to=7)]),
]

# ----------------------------------------------------------------------------- qualifiers

QUALIFIERS = [
    # an average is a precise statistic: its words belong to the mention, the qualifier stays exact
    ("Women born in 1970 had on average 1.9 children.", [row("on average 1.9", Decimal("1.9"), subject="children")]),
    ("Bus fares rose an average of 3.5%.", [row("an average of 3.5%", Decimal("3.5"), "percent", direction="up", subject="bus fares")]),
    ("About 600,000 drug users are officially registered.", [row("About 600,000", 600000, qualifier="approx")]),
    ("Around 1,100 criminal groups were dismantled.", [row("Around 1,100", 1100, qualifier="approx")]),
    ("The fine is, at least, 40 percent of the sum.", [row("at least, 40 percent", 40, "percent", "at_least")]),
    ("Nearly 680,000 cyber crimes were registered.", [row("Nearly 680,000", 680000, qualifier="approx")]),
    ("Approaching 20,000 patients had waited beyond a year.", [row("Approaching 20,000", 20000, qualifier="approx")]),
    ("Almost 45 percent of the detainees were minors.", [row("Almost 45 percent", 45, "percent", "approx")]),
    ("Some 400 officers took part in the raid.", [row("Some 400", 400, qualifier="approx")]),
    # "about" after a verb of talking names the topic: no bound
    ("The charity talked about 48,000 pensioners in need.", [row("48,000", 48000, subject="pensioners in need")]),
    ("Members worried about 1 in 5 bridges being unsafe.", [row("1 in 5", 20, "percent")]),
    ("Roughly 70 percent of the fines were paid.", [row("Roughly 70 percent", 70, "percent", "approx")]),
    ("Prices show an approximate 1.9 percent increase on the month.",
     [row("an approximate 1.9 percent", Decimal("1.9"), "percent", "approx", direction="up")]),
    # "plus" or "+" before another number adds that number: no bound of the first
    ("The bill is 300 pounds plus 20 pounds for delivery.",
     [only("300 pounds", value=300, qualifier="exact"), only("20 pounds", value=20)]),
    ("Attendance was 12,000 + 3,000 online viewers.",
     [row("12,000", 12000, subject="attendance"), row("3,000", 3000, subject="online viewers")]),
    ("Approximately 2,000 migrants were deported.", [row("Approximately 2,000", 2000, qualifier="approx")]),
    ("Practically 90 percent of thefts are solved.", [row("Practically 90 percent", 90, "percent", "approx")]),
    ("Over 9,000 citizens were released from service.", [row("Over 9,000", 9000, qualifier="at_least")]),
    ("More than 11,000 people died in road accidents.", [row("More than 11,000", 11000, qualifier="at_least")]),
    ("Above 70 percent of crimes were solved.", [row("Above 70 percent", 70, "percent", "at_least")]),
    ("At least 300 people were injured.", [row("At least 300", 300, qualifier="at_least")]),
    # "may exceed": a lower bound; "must not exceed", "cannot exceed": an upper one
    ("The key rate may exceed 7% next year, but the deficit must not exceed 3% and debt cannot exceed 60%.",
     [row("exceed 7%", 7, "percent", "at_least"), row("must not exceed 3%", 3, "percent", "at_most"),
      row("cannot exceed 60%", 60, "percent", "at_most")]),
    ("Damage exceeding 3 billion rubles was recovered.",
     [row("exceeding 3 billion rubles", 3000000000, "RUB", "at_least")]),
    ("No fewer than 120 inspections were carried out.", [row("No fewer than 120", 120, qualifier="at_least")]),
    # "up to" after a level verb is a bound; after a change it is the level reached ("grew by 3% - up to 133 trillion")
    ("Savings totalling up to £45 million are planned.", [row("up to £45 million", 45000000, "GBP", "at_most")]),
    ("Under 5 percent of the complaints were upheld.", [row("Under 5 percent", 5, "percent", "at_most")]),
    ("Less than 20 percent of the cases reached court.", [row("Less than 20 percent", 20, "percent", "at_most")]),
    ("Below 10 percent of convicts reoffend.", [row("Below 10 percent", 10, "percent", "at_most")]),
    ("Exports were just shy of 9,000 tonnes.", [row("just shy of 9,000 tonnes", 9000000, "kg", "at_most")]),
    # "more than" after an amount compares two amounts: no bound on the second (but "In 2023 more than 5,000": a year)
    ("Debt was $950 million more than $8.2bn a year before.",
     [row("$950 million", 950000000, "USD", "exact", direction="up"), row("$8.2bn", 8200000000, "USD", "exact")]),
    ("In 2023 more than 5,000 people left.", [row("more than 5,000", 5000, qualifier="at_least")]),
    ("Offenders face fines of up to 500,000 rubles.",
     [row("up to 500,000 rubles", 500000, "RUB", "at_most")]),
    ("No more than 15 people may attend.", [row("No more than 15", 15, qualifier="at_most")]),
    # "up to" after an amount is a bound, not a comparison of two amounts ("up" is no comparative there), nor the second
    # figure of a "from ... to" pair that has its "to" already
    ("Raises went from 1% one year to 2% the next, plus up to an extra 4% for merit.",
     [row("1%", 1, "percent"), row("2%", 2, "percent"), row("up to an extra 4%", 4, "percent", "at_most")]),
    ("The wildfire expands to nearly 12,000 acres.", [row("nearly 12,000 acres", Decimal("48562471.318491"), "m2", "approx", subject="wildfire")]),
    # "by up to": a bound on a change's size, not the level the change reached
    ("The council plans to cut bus fares by up to 15 per cent.",
     [row("up to 15 per cent", 15, "percent", "at_most", "down", subject="bus fares")]),
    # ... and so is "of up to" after a change noun
    ("Councils face reductions of up to £25 per head.",
     [row("up to £25", 25, "GBP", "at_most", "down")]),
    # the "to" of "close to" is the approximation's, not the level a change reached
    ("Wheat output fell by close to 4 million tonnes last year.",
     [row("close to 4 million tonnes", 4000000000, "kg", "approx", "down", subject="wheat output")]),
    ("Ticket sales rose close to 8%.", [row("close to 8%", 8, "percent", "approx", "up", subject="ticket sales")]),
    # a transitive change verb after "to": the change of its object
    ("The board decided to raise the base rate by 0.25 percentage points.",
     [row("0.25 percentage points", Decimal("0.25"), "pp", direction="up", subject="base rate")]),
    ("Total income was just short of £48m, the treasurer said.", [row("just short of £48m", 48000000, "GBP", "at_most", subject="total income")]),
    ("The camp holds 2,000 or more migrants.", [row("2,000 or more", 2000, qualifier="at_least")]),
    ("In excess of 40 tons of drugs were burnt.", [row("In excess of 40 tons", 40000, "kg", "at_least")]),
    ("Nearly one in three crimes is committed online.",
     [row("Nearly one in three", Decimal("33.33"), "percent", "approx", subject="crimes")]),
    ("Over two-thirds of the victims were women.",
     [row("Over two-thirds", Decimal("66.67"), "percent", "at_least", subject="victims")]),
    ("Roughly a fifth of budget spending goes to security.",
     [row("Roughly a fifth", 20, "percent", "approx", subject="budget spending")]),
    ("There are about 10,000-12,000 inmates.",
     [row("10,000-12,000", 10000, qualifier="range", value_to=12000, subject="inmates")]),
    ("The fine ranges from 5,000 to 15,000 rubles.",
     [row("from 5,000 to 15,000 rubles", 5000, "RUB", "range", value_to=15000)]),
    ("The ministry employs 900,000-plus people.",
     [row("900,000-plus", 900000, qualifier="at_least", subject="people")]),
    ("Police made 1.2m arrests.",
     [row("1.2m", 1200000, subject="arrests")]),
    # "k" glued to digits with no word after it is thousands; "m" stays a metre, "a 5k race" a race
    ("Additions to waiting lists grew by 109k (12.4%) on 2022.",
     [row("109k", 109000, direction="up"), row("12.4%", Decimal("12.4"), "percent", direction="up")]),
    ("She ran a 5k race.", []),
    # an amount of money before a noun is an amount of it; a time after an amount says when, not what
    ("The reserves rose on:\n• USD 77.7 million net purchases of the central bank;\n• USD 16.9 million surrenders of foreign exchange.",
     [only("USD 77.7 million", subject="net purchases of the central bank"), only("USD 16.9 million", subject="surrenders of foreign exchange")]),
    ("Foodgrain production is estimated at 291.95 million tonnes, higher than 285.21 million tonnes previous year.",
     [only("291.95 million tonnes", subject="foodgrain production"), only("285.21 million tonnes", subject_one_of=["foodgrain production", None])]),
    ("Payments on external debt due by the end of 2001 run at USD 542 million.",
     [only("USD 542 million", subject_has="payments on external debt")]),
    # words that keep a level exact between its verb and the number
    ("Net migration stood at a provisional 672,000 and last year hit a record 745,000.",
     [row("672,000", 672000, subject="net migration"), row("745,000", 745000)]),
    # an amount with its scale but no unit after "from", "to" or "against" an amount with one takes that unit
    ("Tea output rose to 4.0 million kilograms from 3.7 million a year earlier.",
     [row("4.0 million kilograms", 4000000, "kg"), row("3.7 million", 3700000, "kg")]),
    ("Revenue rose to $5.2 billion, up from 4.8 billion.",
     [row("$5.2 billion", 5200000000, "USD"), row("4.8 billion", 4800000000, "USD")]),
    # ... and so does a bare amount of digits after one with no scale word either
    ("The clinic got $1,250,000, up from 980,000 a year before.",
     [row("$1,250,000", 1250000, "USD"), row("980,000", 980000, "USD")]),
    ("In South Africa the grant rose to R2 400 000, against 1 900 000 a year before.",
     [row("R2 400 000", 2400000, "ZAR"), row("1 900 000", 1900000, "ZAR")]),
    # (round thousands grouped by spaces that end a sentence are no phone number)
    ("In South Africa the grant is R2 400 000, up from 1 900 000.",
     [row("R2 400 000", 2400000, "ZAR"), row("1 900 000", 1900000, "ZAR")]),
    # ... and a bare amount of about the same size alone in brackets right after one (its value at another time)
    ("The port handled 48,200 tonnes (51,700) of grain and collected $12,500 (9,900) in fees.",
     [row("48,200 tonnes", 48200000, "kg"), row("51,700", 51700000, "kg"), row("$12,500", 12500, "USD"), row("9,900", 9900, "USD")]),
    # ... and one in brackets, an item of a list whose item before had its amount in brackets with a unit
    ("Spending grows mainly on roads (1.5 billion roubles), landfills (247 million) and kindergartens (368 million).",
     [row("1.5 billion roubles", 1500000000, "RUB"), row("247 million", 247000000, "RUB"), row("368 million", 368000000, "RUB")]),
    ("Расходы вырастут за счет дорог (1,5 миллиарда рублей), уборки свалок (247 миллионов) и детсадов (368 миллионов).",
     [row("1,5 миллиарда рублей", 1500000000, "RUB"), row("247 миллионов", 247000000, "RUB"), row("368 миллионов", 368000000, "RUB")]),
    ("The harvest was 2 million tonnes from 1.5 million farms.",
     [row("2 million tonnes", 2000000000, "kg"), row("1.5 million", 1500000, subject="farms")]),
    # ... but before a word of length the letter is a metre
    ("The new flood wall is 30m high and 4m thick.", [row("30m", 30, "m"), row("4m", 4, "m")]),
    ("An estimated 7.5 million people take drugs.", [row("An estimated 7.5 million", 7500000, qualifier="approx")]),
]

# ----------------------------------------------------------------------------- directions

DIRECTIONS = [
    # a share "equivalent to" a change's size restates it: the same change of the same thing (its "to" reaches no level)
    ("The report showed an increase of 312 burglary cases that is equivalent to 4.2 per cent over the year.",
     [row("312", 312, direction="up", subject="burglary cases"),
      row("4.2 per cent", Decimal("4.2"), "percent", direction="up", subject="burglary cases")]),
    ("Police recorded a fall of 1,250 thefts, which is equivalent to 9.1 percent.",
     [row("1,250", 1250, direction="down", subject="thefts"), row("9.1 percent", Decimal("9.1"), "percent", direction="down", subject="thefts")]),
    # "uplift": a rise, as a noun before or after its size
    ("The uplift of 3.2% was what the boards had hoped for. Schools get a 2.5% uplift in funding.",
     [only("3.2%", direction="up"), only("2.5%", direction="up")]),
    # one bracketed level beside its measure is no list of items: the verb's change is the figure after it
    ("The employment rate (68.2%) decreased over the quarter by 0.4pps.",
     [only("68.2%", direction=None), only("0.4pps", direction="down")]),
    # a comparative right after a size decides its direction, though a change's noun names the measure
    ("The new forecast said the rate of growth would be 40 percent less than projected.", [only("40 percent", direction="down")]),
    # "down by" and a figure after a level: the change is that figure's, the level has none
    ("Monthly inflation is 0.62 percent down by 0.31 percentage point from 0.93 in May.",
     [only("0.62 percent", direction=None), only("0.31 percentage point", direction="down"), only("0.93", direction=None)]),
    # "from a fall of N": the size of the change the noun names, not the level a change started from
    ("Numbers rebounded from a fall of 300 residents last spring.", [only("300", direction="down")]),
    # nouns of a rise: "an upsurge of", "an uptick of", "a 4% spike"
    ("Arrivals grew on an upsurge of 35.0% in day trips, after an uptick of 0.2% in May and a 4% spike in June.",
     [row("35.0%", Decimal("35.0"), "percent", direction="up"), row("0.2%", Decimal("0.2"), "percent", direction="up"),
      row("4%", 4, "percent", direction="up")]),
    # a verb of its own after "and" ("comprised") makes the second figure a share, not the change's ellipsis
    ("Thefts were up 8.1% and comprised almost 40% of all offences.",
     [row("8.1%", Decimal("8.1"), "percent", direction="up"), row("almost 40%", 40, "percent", qualifier="approx")]),
    # a bare count of changes is a level: the changes are what it counts
    ("After 13 hikes in two years, the bank paused. There were 4 rises in prices.",
     [row("13", 13, subject="hikes"), row("4", 4, subject="rises in prices")]),
    # the size of a change with no change word, then the levels it moved between
    ("Burglaries: by 700, or 45% (from 1,553 to 853).",
     [row("700", 700, direction="down", subject="burglaries"), row("45%", 45, "percent", direction="down"),
      row("1,553", 1553), row("853", 853)]),
    # after "and", a qualifier is no noun of an ellipsis: the figure has no change of its own
    ("Kidnappings soared by 34.9 percent, and about 20 percent of the cases involved minors.",
     [row("34.9 percent", Decimal("34.9"), "percent", direction="up"), row("about 20 percent", 20, "percent", "approx", direction=None)]),
    ("Thefts fell 5 percent and injuries about 7 percent.",
     [row("5 percent", 5, "percent", direction="down"), row("about 7 percent", 7, "percent", "approx", direction="down")]),
    # the counts of a list share the comparative and the comparison after the last of them
    ("Crashes fell most in Kent, Essex and Surrey, with respectively 65, 51 and 39 fewer crashes than in 2019.",
     [row("65", 65, direction="down"), row("51", 51, direction="down"), row("39", 39, direction="down")]),
    # an amount's own comparative decides over a change earlier in its sentence
    ("Crime fell by 5%, but robberies were 3% higher than a year ago.",
     [row("5%", 5, "percent", direction="down"), row("3%", 3, "percent", direction="up")]),
    # a change's speed between its word and its size: "at an annual rate of"; the rate names no measure
    ("Real GDP increased at an annual rate of about 3.2 percent in the third quarter.",
     [row("about 3.2 percent", Decimal("3.2"), "percent", "approx", direction="up", subject="real gdp")]),
    ("Divorces fell by a monthly rate of 7.6%, and port calls rose at an annual rate of 53.2%.",
     [row("7.6%", Decimal("7.6"), "percent", direction="down", subject="divorces"),
      row("53.2%", Decimal("53.2"), "percent", direction="up", subject="port calls")]),
    # a measure's noun joined to its value by a copula, and "the 2011 figure of": counts that are claims
    ("The number of teachers was 51,410, which is 21 fewer than the 2011 figure of 51,431.",
     [row("51,410", 51410), row("21", 21, direction="down"), row("51,431", 51431)]),
    ("The active cases today are around 1,961.", [row("around 1,961", 1961, qualifier="approx")]),
    # a bracket's aside between the measure and its copula
    ("The death toll (provisional) was 6,967 by Friday.", [row("6,967", 6967, subject="death toll")]),
    # a change noun, then a level verb in the future: the size of the change
    ("The increase in fares will be 5% next year.", [row("5%", 5, "percent", direction="up")]),
    # a rate's time may stand between an amount and its comparative; "decelerated" is a fall
    ("Borrowers now pay $150 a month less than in 2019.", [row("$150", 150, "USD", direction="down")]),
    ("Inflation in the capital decelerated by 0.4 percent.", [row("0.4 percent", Decimal("0.4"), "percent", direction="down")]),
    # a multiplier before "the ... of" compares two things
    ("Exports grew at three times the pace of imports.", [row("three times", 3, "times", subject="exports")]),
    # the size of a change in brackets in the other measure changes as it does
    ("The population was 97.2 million, decreasing by 150 thousand (0.15%) from a year earlier.",
     [row("97.2 million", 97200000), row("150 thousand", 150000, direction="down"),
      row("0.15%", Decimal("0.15"), "percent", direction="down")]),
    # a change's noun with only its degree before it names no measure: what changed is the clause's subject
    # (and "growth at 4.2 per cent" is the size of a rise)
    ("The farm sector showed strong growth at 4.2 per cent.", [row("4.2 per cent", Decimal("4.2"), "percent", direction="up", subject="farm sector")]),
    ("Mining output recorded strong growth of 6.1% in May.",
     [row("6.1%", Decimal("6.1"), "percent", direction="up", subject_one_of=[None, "mining output"])]),
    xfail("Mining output recorded strong growth of 6.1% in May.", [row("6.1%", Decimal("6.1"), "percent", direction="up", subject="mining output")],
          "'recorded' is no verb the subject rules know ('recorded crime' is a noun phrase), so the clause's subject is not found"),
    # a currency that appreciated rose
    ("The rupee appreciated against the dollar by 3.5 per cent.",
     [row("3.5 per cent", Decimal("3.5"), "percent", direction="up", subject="rupee")]),
    # an intensifier between "by" and the amount ("by a whopping 440%") keeps the elliptic clause's subject;
    # what a survey "found" is said, and "contributed" is a verb
    ("Burglary rose by 6% and arson by a whopping 310% in the same period.",
     [row("6%", 6, "percent", direction="up", subject="burglary"),
      row("310%", 310, "percent", direction="up", subject="arson")]),
    ("The survey found household crime has fallen by 4 per cent.",
     [row("4 per cent", 4, "percent", direction="down", subject="household crime")]),
    ("Births contributed 54% and net migration contributed 46% of the growth.",
     [row("54%", 54, "percent", subject="births"), row("46%", 46, "percent", subject="net migration")]),
    # the value of a time in brackets is of what the clause measures
    ("Registered unemployment stood at 81,500, down on the previous month (82,300 persons).",
     [row("81,500", 81500, subject="registered unemployment"), row("82,300", 82300, subject="registered unemployment")]),
    # ... a count, though a share in brackets came before it: a share leaves out its sign only below a thousand
    ("The number of people waiting for a scan is 112,300, up 6,100 on the previous quarter (5.7%) but down on the same "
     "quarter last year (118,450).",
     [row("112,300", 112300), row("6,100", 6100, direction="up"), row("5.7%", Decimal("5.7"), "percent", direction="up"),
      row("118,450", 118450, "count", direction=None)]),
    # verbs of a rate that eases or firms ("softened", "cooled", "firmed") change it; "touched" names its level
    ("Core inflation softened to 4.1% in May from 4.4% in April, while wage growth firmed by 0.3 percentage points.",
     [row("4.1%", Decimal("4.1"), "percent", subject="core inflation"), row("4.4%", Decimal("4.4"), "percent"),
      row("0.3 percentage points", Decimal("0.3"), "pp", direction="up", subject="wage growth")]),
    ("Rice exports touched 2.4 million tonnes.", [row("2.4 million tonnes", 2400000000, "kg", subject="rice exports")]),
    # a count with a comparative is a change when the text says what it is compared with
    ("Jails admitted 1,900 fewer inmates in 2019 than in 2018.",
     [row("1,900", 1900, direction="down", subject="inmates", year=2019, since=2018)]),
    ("Farms hired 8,000 more workers in 2021 compared to 2020.",
     [row("8,000", 8000, direction="up", subject="workers")]),
    ("Volunteers planted 40 more trees on Sunday.", [row("40", 40, subject="trees")]),
    # one change said in two units, joined by "or", changes one way
    ("Tax receipts were 3.1 per cent or $7 billion higher than forecast.",
     [row("3.1 per cent", Decimal("3.1"), "percent", direction="up"), row("$7 billion", 7000000000, "USD", direction="up")]),
    # a fiscal year written with a hyphen that breaks no line (U+2011), as budget papers write it: a year, no counts
    ("Revenue is expected to be $8 422.2 million in 2023\u201124, an increase of $574.0 million compared with the 2022\u201123 Budget.",
     [row("$8 422.2 million", 8422200000, "USD", year=2024), row("$574.0 million", 574000000, "USD", direction="up", year=2024, since=2023)]),
    # a year marked as an estimate's or a forecast's ("2019e", "2021f") is the figure's year
    ("GDP growth was 4.5% (2018), 3.0% (2019e) and 6.8% (2021f).",
     [only("4.5%", year=2018), only("3.0%", year=2019), only("6.8%", year=2021)]),
    # carats are a mass (200 mg each), as a diamond miner's output is given
    ("The mine's output fell to 28.7 million carats in 2015.", [row("28.7 million carats", 5740, "kg", direction=None, year=2015)]),
    # a minus written apart from the share, after a label's colon
    ("Calls for service\n\nNorth District: - 12% (4,100 to 3,608)\n",
     [row("- 12%", 12, "percent", direction="down"), row("4,100", 4100), row("3,608", 3608)]),
    # a figure's written sign is its own: the others of its list do not take it
    ("Regional output changed by 1.2%, -0.8% and 0.4% last year.",
     [row("1.2%", Decimal("1.2"), "percent", direction=None), row("-0.8%", Decimal("0.8"), "percent", direction="down"),
      row("0.4%", Decimal("0.4"), "percent", direction=None)]),
    # a list of bare figures ended by a coordinator and a figure with a unit shares that unit
    ("Fares went up by 0.4, 1.2, 2.5 and 3.1 per cent respectively.",
     [row("0.4", Decimal("0.4"), "percent", direction="up"), row("1.2", Decimal("1.2"), "percent", direction="up"),
      row("2.5", Decimal("2.5"), "percent", direction="up"), row("3.1 per cent", Decimal("3.1"), "percent", direction="up")]),
    # a sign with a space after it, right after a bracket or a semicolon, is still the change's sign
    ("Serious offences (31.2 thousand; + 9.6%) and thefts (- 2.4%) were recorded.",
     [row("31.2 thousand", 31200), row("+ 9.6%", Decimal("9.6"), "percent", direction="up"),
      row("- 2.4%", Decimal("2.4"), "percent", direction="down", subject="thefts")]),
    # a sign glued to a share or a count is the direction of a change; the value stays its size
    ("Thefts: 9.8% (-1.9%), frauds: 4.1% (+0.6%).",
     [row("9.8%", 9.8, "percent"), row("-1.9%", 1.9, "percent", direction="down"),
      row("4.1%", 4.1, "percent"), row("+0.6%", 0.6, "percent", direction="up")]),
    ("Hooliganism fell to 1,210 cases (-147).", [row("1,210", 1210), row("-147", 147, direction="down")]),
    # a verb of its own ends the elliptic clause: "and now it is" is a level
    ("It dropped below 5 percent at times, and now it is around 5.2 percent.",
     [row("below 5 percent", 5, "percent", "at_most"), row("around 5.2 percent", 5.2, "percent", "approx")]),
    # the size of a change in brackets after what changed
    ("Steady growth of both pensions (6%) and wages (9.2%) was recorded.",
     [row("6%", 6, "percent", direction="up", subject="pensions"), row("9.2%", Decimal("9.2"), "percent", direction="up", subject="wages")]),
    ("Reductions of more than 20% were needed.", [row("more than 20%", 20, "percent", "at_least", "down")]),
    # a percent sign glued to the next word still ends the amount
    ("Sales showed an increase of 14%year-on-year.", [row("14%", 14, "percent", direction="up")]),
    # nouns joined by "or", and a name in quotation marks, are one subject
    ("At least 12,000 labour or civil contracts were signed.", [row("At least 12,000", 12000, "count", "at_least", subject="labour or civil contracts")]),
    ('Customs ran six international "controlled deliveries".', [row("six", 6, subject="international controlled deliveries")]),
    # "more than" of another figure is no comparative of a change
    ("Police seized more than 2.1 tons of drugs, including over 400 kilos of heroin.",
     [row("more than 2.1 tons", 2100, "kg", "at_least"), row("over 400 kilos", 400, "kg", "at_least")]),
    # "up to" after a verb of slow movement is the level reached, not a bound
    ("Joblessness edged up to 4.6 percent in March.",
     [row("4.6 percent", Decimal("4.6"), "percent", subject="joblessness")]),
    # ... and so is a bare count that "a record" calls so after "to"
    ("Road deaths climbed to a record 1,204 in 2023.", [row("1,204", 1204, subject="road deaths", year=2023)]),
    ("Fines of up to 5,000 rubles apply.", [row("up to 5,000 rubles", 5000, "RUB", "at_most")]),
    ("Turnout stayed near 60 percent.", [row("near 60 percent", 60, "percent", "approx")]),
    # verbs of bound: "exceeded N" is at least N, "will not exceed N" at most; not in "exceeded the norm five times"
    ("Turnout exceeded 70 percent.", [row("exceeded 70 percent", 70, "percent", "at_least")]),
    ("The deficit will not exceed 2% of GDP.", [row("will not exceed 2%", 2, "percent", "at_most")]),
    ("The limit was exceeded five times.", [row("five times", 5, "times")]),
    # a falling pair "from X to Y" is a change: two claims, the first with the second's unit
    ("The plan cuts the deficit from 3.1 trillion to 2.6 trillion roubles.",
     [row("3.1 trillion", Decimal("3100000000000"), "RUB"), row("2.6 trillion roubles", Decimal("2600000000000"), "RUB")]),
    # a bare level a change reached takes the scale of the level it started from, unless it counts its own noun
    ("Output rose from 1.2 million to 1.5.", [row("1.2 million", 1200000), row("1.5", 1500000)]),
    ("Thefts fell from 12 thousand to 9 cases.", [row("12 thousand", 12000), row("9", 9)]),
    # a bare figure coordinated with one that has a unit shares it (and its change)
    ("Prices rose by 5 and 10 percent.",
     [row("5", 5, "percent", direction="up"), row("10 percent", 10, "percent", direction="up")]),
    ("Growth could be 3.9 or even 4 percent.", [row("3.9", 3.9, "percent", direction="up"), row("4 percent", 4, "percent", direction="up")]),
    ("Some 1 or 2 million people came.", [row("Some 1", 1000000, qualifier="approx"), row("2 million", 2000000)]),
    # items of a list, each a name with its figure in brackets, after a change said before a colon
    ("Prices that increased included: rice (12.5pc), tea (8pc) and salt & spices (3.1pc).",
     [row("12.5pc", Decimal("12.5"), "percent", direction="up"), row("8pc", 8, "percent", direction="up"),
      row("3.1pc", Decimal("3.1"), "percent", direction="up")]),
    ("Non-food items that increased: fuel (16.8pc) and rent (4.1pc).",
     [row("16.8pc", Decimal("16.8"), "percent", direction="up"), row("4.1pc", Decimal("4.1"), "percent", direction="up")]),
    # a change verb, what changed, and its size in brackets
    ("Last year the ministry reduced the number of burglaries (6.1%) and car thefts (4%).",
     [row("6.1%", Decimal("6.1"), "percent", direction="down"), row("4%", 4, "percent", direction="down")]),
    # a headline's verbs in the present; a change noun, then a level verb, then the change's size
    ("Cybercrime surges by 30.8 per cent in 11 months.", [row("30.8 per cent", Decimal("30.8"), "percent", direction="up")]),
    ("Exports plummet 12% as demand slows.", [row("12%", 12, "percent", direction="down")]),
    ("The increase in burglaries amounted to 14.2 percent.", [row("14.2 percent", Decimal("14.2"), "percent", direction="up", subject="burglaries")]),
    # ... and so does a figure after "and" that follows the first's time
    # ... and after what the first measures, or where ("in food, 2% in clothing", "in Kent and 2% in Essex")
    ("Prices rose 4% in food, 2% in clothing and 7% in energy.",
     [row("4%", 4, "percent", direction="up"), row("2%", 2, "percent", direction="up"), row("7%", 7, "percent", direction="up")]),
    # a dot leader between a label and its value stands for a colon; an ellipsis in a sentence is no leader
    ("The report shows these numbers at a glance:\nLabour force……….20,300\nUnemployment rate……….7.9%\n",
     [row("20,300", 20300, subject="labour force"), row("7.9%", Decimal("7.9"), "percent", subject="unemployment rate")]),
    ("He paused... 300 people came.", [row("300", 300, subject="people")]),
    # ... also in a list after a colon whose items semicolons part
    ("The population grew: 2.5 per cent in April; 2.6 per cent in May; and 2.7 per cent in June.",
     [row("2.5 per cent", Decimal("2.5"), "percent", direction="up"), row("2.6 per cent", Decimal("2.6"), "percent", direction="up"),
      row("2.7 per cent", Decimal("2.7"), "percent", direction="up")]),
    ("Thefts fell by 3% in the first quarter and 2% in the second.",
     [row("3%", 3, "percent", direction="down"), row("2%", 2, "percent", direction="down")]),
    ("Fraud is up 4 percent for the month and 6 percent for the year.",
     [row("4 percent", 4, "percent", direction="up"), row("6 percent", 6, "percent", direction="up")]),
    # a figure compared with a change is the same kind of change; not one compared with a level reached
    ("Over the decade the town grew by 3% compared with 6% nationally, and spending was up 5.5 per cent - higher than the "
     "national average of 3.8 per cent.",
     [row("3%", 3, "percent", direction="up"), row("6%", 6, "percent", direction="up"),
      row("5.5 per cent", Decimal("5.5"), "percent", direction="up"), row("3.8 per cent", Decimal("3.8"), "percent", direction="up")]),
    ("The population is set to grow by another 2% (6,100 people) compared to 5% nationally.",
     [row("2%", 2, "percent", direction="up"), row("6,100", 6100, direction="up"), row("5%", 5, "percent", direction="up")]),
    ("Unemployment fell to 4.1%, compared with 4.5% a year earlier.",
     [row("4.1%", Decimal("4.1"), "percent"), row("4.5%", Decimal("4.5"), "percent")]),
    # ... but a share after "and" is no part of the change
    ("Crime fell by 5% and 7% of thefts were solved.",
     [row("5%", 5, "percent", direction="down", subject="crime"), row("7%", 7, "percent", subject="thefts")]),
    # "and a half" after digits
    ("Payments average 10 and a half thousand rubles.", [row("10 and a half thousand rubles", 10500, "RUB")]),
    # a unit an editor put in brackets in a transcript
    ("We expected 6.1 [percent], and it was 5.4 [percent].",
     [row("6.1 [percent]", 6.1, "percent"), row("5.4 [percent]", 5.4, "percent")]),
    # a worded minus is a value below zero, not a change
    ("The trade balance was minus 5 billion dollars.", [row("minus 5 billion dollars", -5000000000, "USD")]),
    # a minus after the currency's sign is the value's sign as well as before it
    ("The fund's balance was $-4,210,350, after -$2.5 million a year before.",
     [row("$-4,210,350", -4210350, "USD"), row("-$2.5 million", -2500000, "USD")]),
    ("The number of cyber crimes has increased by almost 30 percent.",
     [row("almost 30 percent", 30, "percent", "approx", "up", subject="cyber crimes")]),
    ("Road deaths rose by 4 percent.", [row("4 percent", 4, "percent", direction="up", subject="road deaths")]),
    ("Drug crime grew by 7 percent.", [row("7 percent", 7, "percent", direction="up", subject="drug crime")]),
    ("Fraud was up 12 percent.", [row("12 percent", 12, "percent", direction="up", subject="fraud")]),
    ("Robberies decreased by 9 percent.", [row("9 percent", 9, "percent", direction="down", subject="robberies")]),
    ("Car thefts fell 14 percent.", [row("14 percent", 14, "percent", direction="down", subject="car thefts")]),
    ("Juvenile crime dropped by 6.2 percent.",
     [row("6.2 percent", Decimal("6.2"), "percent", direction="down", subject="juvenile crime")]),
    ("Street crime was down 11 percent.", [row("11 percent", 11, "percent", direction="down", subject="street crime")]),
    ("The road traffic fatality rate went down by about five percent.",
     [row("about five percent", 5, "percent", "approx", "down", subject="road traffic fatality rate")]),
    ("The fall in exports, according to customs data, was 4 percent.",
     [row("4 percent", 4, "percent", direction="down", subject="exports")]),
    ("The region reported a 12 percent decline in burglaries.",
     [row("12 percent", 12, "percent", direction="down", subject="burglaries")]),
    ("Officials expect a 3 percent increase in tourism.",
     [row("3 percent", 3, "percent", direction="up", subject="tourism")]),
    ("Damage from IT crimes rose by 16%, to 119.6 billion rubles.",
     [row("16%", 16, "percent", direction="up", subject_has="damage"),
      row("119.6 billion rubles", 119600000000, "RUB", subject_has="damage")]),
    ("The number of thefts fell from 494,100 to 470,100.",
     [row("494,100", 494100, subject="thefts"), row("470,100", 470100, subject="thefts")]),
    ("Prices went up 8 percent.", [row("8 percent", 8, "percent", direction="up", subject="prices")]),
    ("The number of illegal migrants was reduced by 40 percent.",
     [row("40 percent", 40, "percent", direction="down", subject="illegal migrants")]),
    ("Crimes committed under the influence of alcohol decreased 4.3 percent.",
     [row("4.3 percent", Decimal("4.3"), "percent", direction="down",
          subject="crimes committed under the influence of alcohol")]),
    ("The number of registered drug addicts stands at about 600,000.",
     [row("about 600,000", 600000, qualifier="approx", subject="registered drug addicts")]),
    ("Spending on prisons shrank by 3 billion rubles.",
     [row("3 billion rubles", 3000000000, "RUB", direction="down")]),
    ("The unemployment rate climbed 0.4 percentage points.",
     [row("0.4 percentage points", Decimal("0.4"), "pp", direction="up", subject="unemployment rate")]),
    ("The population grew to 146 million.",
     [row("146 million", 146000000, subject="population")]),
    ("There were 9 percent fewer road accidents than a year earlier.",
     [row("9 percent", 9, "percent", direction="down")]),
    # ... wherever the change word stands in the sentence before "from"
    ("The slowdown also pushed up the share of the county's households in arrears on their rent from 4.1 per cent to 4.6 per cent.",
     [row("4.1 per cent", Decimal("4.1"), "percent"), row("4.6 per cent", Decimal("4.6"), "percent")]),
    ("Seizures rose from 12 to 18 tons.",
     [row("12", 12000, "kg", subject="seizures"), row("18 tons", 18000, "kg", subject="seizures")]),
    ("Unemployment dropped from 5.2% to 3.1%.",
     [row("5.2%", Decimal("5.2"), "percent", subject="unemployment"),
      row("3.1%", Decimal("3.1"), "percent", subject="unemployment")]),
    ("Crime fell by 5 percent in 2023, and by 3 percent in 2022.",
     [row("5 percent", 5, "percent", direction="down", year=2023, subject="crime"),
      row("3 percent", 3, "percent", direction="down", year=2022, subject="crime")]),
    ("Crime is down by a fifth.", [row("a fifth", 20, "percent", direction="down", subject="crime")]),
    ("Revenues are up by half.", [row("half", 50, "percent", direction="up", subject="revenues")]),
    ("Crime fell 3.5-fold.", [row("3.5-fold", Decimal("3.5"), "times", direction="down", subject="crime")]),
    ("The death toll was 23 per cent lower.",
     [row("23 per cent", 23, "percent", direction="down", subject="death toll")]),
    ("Costs doubled to $4 billion.",
     [row("doubled", 2, "times", direction="up", subject="costs"), row("$4 billion", 4000000000, "USD", subject="costs")]),
    ("Seizures of cocaine jumped 35 percent.",
     [row("35 percent", 35, "percent", direction="up", subject="seizures of cocaine")]),
]


# Text as it comes: line breaks inside a sentence, digits grouped by spaces, decimals broken by a stray space.
AS_IT_COMES = [
    ("The damage came to over 156\nbillion rubles last year.",
     [row("over 156\nbillion rubles", 156000000000, "RUB", "at_least")]),
    ("The share of cases solved rose to 21.9\npercent.", [row("21.9\npercent", Decimal("21.9"), "percent")]),
    # "per cent" hyphenated across a line break, or so rejoined with a space
    ("The rate was 8.8 per- cent, against 9.1 per-\ncent a year before.",
     [only("8.8 per- cent", value=Decimal("8.8"), unit="percent"), only("9.1 per-\ncent", value=Decimal("9.1"), unit="percent")]),
    ("Customs seized 32 924 packages of counterfeit goods.", [row("32 924", 32924, subject="packages of counterfeit goods")]),
    ("The fund spent $800.000 on repairs.", [row("$800.000", 800000, "USD")]),
    # a text that writes decimal commas and no point that cannot group thousands groups them with points
    ("Job seekers numbered 41.207 persons, up 5,9%, with an increase of 2.315 in trade.",
     [only("41.207", value=41207), only("5,9%", value=Decimal("5.9")), only("2.315", value=2315)]),
    # ... not where a point is a decimal's ("3.5"), nor without a decimal comma
    ("Job seekers numbered 41.207 persons, up 3.5%, or 0,5 percent of all.",
     [only("41.207", value=Decimal("41.207")), only("3.5%"), only("0,5 percent", value=Decimal("0.5"))]),
    ("Job seekers numbered 41.207 persons.", [only("41.207", value=Decimal("41.207"))]),
    ("Spending will reach 10. 775 trillion rubles, up from 6. 8 trillion rubles in 2023.",
     [row("10. 775 trillion rubles", 10775000000000, "RUB"), row("6. 8 trillion rubles", 6800000000000, "RUB")]),
    ("6. Tourism grew by 4 percent.", [row("4 percent", 4, "percent", direction="up")]),
    ("On March 3 100 more officers joined the force.", [row("100", 100, subject="officers")]),
    # ... but a first group past a month's last day is no day ("In March 45 000 ...": one number)
    ("In March 45 000 more visitors came to the island.", [row("45 000", 45000, subject="visitors")]),
    ("The number of burglaries fell by 12 percent, from\n4,200 to 3,700, the report said.",
     [row("12 percent", 12, "percent", direction="down"), row("4,200", 4200), row("3,700", 3700)]),
    # text that lost its spaces (a PDF's): a figure glued to the word before it, with its unit after
    ("Burglaries decreased4% and the index is still29% lower than a decade ago.",
     [row("4%", 4, "percent", direction="down", subject="burglaries"), row("29%", 29, "percent", direction="down")]),
    ("Tax revenue was almost1.9 billion dollars.", [row("almost1.9 billion dollars", 1900000000, "USD", "approx")]),
    # but a digit glued to a word with no unit is a mark or a name
    ("See the Budget2 and the G20 summit notes.", []),
    # "label: N" lines under a hard-wrapped paragraph stand alone, each its own label's count, slashes and all
    ("Troopers patrolled the highways all weekend and focused on drunk drivers, speeding and crashes on\n"
     "the interstates and state roads. The patrols began on Friday morning and ended on Monday night in\n"
     "all eight troops across the state, the agency said in a statement released to the press on Sunday.\n"
     "The figures below cover the period from Friday morning to Sunday morning and are provisional.\n\n"
     "Speeding: 412\nAll moving violations: 977\nw/injury: 21\nMotorist assists: 198\n",
     [row("eight", 8), row("412", 412, subject="speeding"), row("977", 977, subject="moving violations"), row("21", 21, subject="injury"),
      row("198", 198, subject="motorist assists")]),
    # lines of a label, a dash and a count, one after another: each a claim once one of them is, named by its label
    # before any aside
    ("Deputies answered 9,310 calls in 2023. The breakdown:\n\nNoise complaints (including parties)— 1,412\n\n"
     "Burglaries— 96\n\nWelfare checks—2,040\n\nSpeak to deputy— 318\n",
     [row("9,310", 9310, subject="calls"), row("1,412", 1412, subject="noise complaints"), row("96", 96, subject="burglaries"),
      row("2,040", 2040, subject="welfare checks"), row("318", 318)]),
    # a line's label before a count of people says what befell them ("persons" says only that they are people)
    ("Figures for 2024:\n\n- Murder: 1,087 persons (12.4 percent less than in 2023)\n- Robbery: 640 cases\n",
     [row("1,087", 1087, subject="murder"), row("12.4 percent", Decimal("12.4"), "percent", direction="down", subject="murder"),
      row("640", 640, subject="cases")]),
    # ... and a bracket after the count and its noun restates it, whatever words follow its figure
    ("Figures for 2024:\n\n- Shootings: 1,054 persons (20.3 percent less recorded than in 2023)\n",
     [row("1,054", 1054, subject="shootings"), row("20.3 percent", Decimal("20.3"), "percent", direction="down", subject="shootings")]),
]

# Number words and multipliers that are claims, and those that are not.
WORDS_AND_MULTIPLIERS = [
    # a figure in brackets restating a number word takes no unit from a bracket before it that restated another
    ("Over fifty percent (50%) of pupils passed all four (4) core subjects.",
     [only("Over fifty percent", value=50), only("50%", value=50), row("four", 4, subject="core subjects")]),
    ("Terrorist crimes fell from nine in 2018 to four in 2019.",
     [row("nine", 9, year=2018), row("four", 4, year=2019)]),
    ("Many cases were solved, and every fourth of these was grave.", [row("every fourth", 25, "percent")]),
    ("The defence budget will triple by 2026.", [row("triple", 3, "times", direction="up")]),
    ("Spending reached a record, nearly double the 2023 figure.",
     [row("nearly double", 2, "times", "approx", direction="up")]),
    ("Seizures of heroin grew four to six times over the decade.",
     [row("four to six times", 4, "times", "range", direction="up", value_to=6)]),
    ("Of the three suspects, two are foreigners.", [row("three", 3), row("two", 2)]),
    ("A double murder shocked the town.", []),
    ("Most of the drug users are under thirty.", []),
    ("She won in two.", []),
    ("Regions reported growth by 41 percent in the north, by 13 in the east and by 12.5 percent in the south.",
     [row("41 percent", 41, "percent", direction="up"), row("13", 13, "percent", direction="up"),
      row("12.5 percent", Decimal("12.5"), "percent", direction="up")]),
]


CASES = [
    *cases("text as it comes", AS_IT_COMES),
    *cases("number words and multipliers", WORDS_AND_MULTIPLIERS),
    *cases("digits", DIGITS),
    *cases("number words", WORDS),
    *cases("scales", SCALES),
    *cases("percent", PERCENT),
    *cases("money", MONEY),
    *cases("multipliers", MULTIPLIERS),
    *cases("fractions", FRACTIONS),
    *cases("counts", COUNTS),
    *cases("quantities", QUANTITIES),
    *cases("ranges", RANGES),
    *cases("qualifiers", QUALIFIERS),
    *cases("directions", DIRECTIONS),
]


@pytest.mark.parametrize(CASE, CASES)
def test_english_claims(kind, text, expected, options):
    run_case(kind, text, expected, options)
