"""Money: ISO codes, symbols and currency names (from CLDR and the word lists), Indian lakh and crore
and grouping, dot-grouped amounts, and the shapes that look like money and are not."""
import re
from decimal import Decimal

import pytest

import statx
from conftest import check_rows


def money(mention, value, unit):
    return {"mention": mention, "value": value, "unit": unit}


CASES = [
    # "$" glued to a country's capitals after it, as Australian and Pacific papers write ("$US", "$A", "$NZ")
    ("Canberra said iron ore fetched $US118.40 a tonne, and the fund holds $A2.5 billion.",
     [money("$US118.40", Decimal("118.40"), "USD"), money("$A2.5 billion", 2500000000, "AUD")]),
    # a bare "$" or "dollars" in a text from a dollar country other than the US is that country's dollar
    ("Canberra will spend $3 billion on roads. Australia's states add 2 billion dollars.",
     [money("$3 billion", 3000000000, "AUD"), money("2 billion dollars", 2000000000, "AUD")]),
    # ... and so are bare cents, with no other amount of money in the text
    ("Fuel in New Zealand: petrol rose 38 cents a litre in the year, the largest rise New Zealand has seen.",
     [money("38 cents", Decimal("0.38"), "NZD")]),
    ("Canadian households owe $2 trillion, Canada's statistics agency said.", [money("$2 trillion", 2000000000000, "CAD")]),
    # ... also after an article that opens the number ("a billion dollars")
    ("Canberra will spend $3 billion on roads. Australia's debt grew by almost a billion dollars.",
     [money("$3 billion", 3000000000, "AUD"), money("almost a billion dollars", 1000000000, "AUD")]),
    # a dateline names the country the text is from, as two mentions would ("Kathmandu: ...", "LAHORE, Jan 4 (APP): ...")
    ("Budget unveiled\n\nKathmandu: The government has unveiled a budget of Rs 1,750 billion.",
     [money("Rs 1,750 billion", 1750000000000, "NPR")]),
    ("LAHORE, Jan 4 (APP): Police recovered state land worth Rs 12.4 billion last year.",
     [money("Rs 12.4 billion", 12400000000, "PKR")]),
    # ... also in capitals closing the page's date stamp line; a name in lower case there is no dateline
    ("Arrests up\n\n date 2019-03-02 KARACHI\n\nPolice recovered goods worth Rs 40 million last year.",
     [money("Rs 40 million", 40000000, "PKR")]),
    ("Arrests up\n\n date 2019-03-02 Karachi\n\nPolice recovered goods worth Rs 40 million last year.",
     [money("Rs 40 million", 40000000, "INR")]),
    # ... and so does a possessive in the text's first sentence, whose affairs it reports ("Nunavut's assembly ...");
    # a possessive after the first sentence is one mention
    ("Budget day\n\nYukon's legislature passed its budget on Monday. The biggest item is $41.5 million for housing.",
     [money("$41.5 million", 41500000, "CAD")]),
    ("Budget day\n\nThe legislature passed its budget on Monday. Yukon's biggest item is $41.5 million for housing.",
     [money("$41.5 million", 41500000, "USD")]),
    # ... as does a name before a noun it qualifies there ("the Tasmania budget"), but not after the first sentence
    ("Budget day\n\nThe Tasmania budget passed on Monday. The biggest item is $41.5 million for housing.",
     [money("$41.5 million", 41500000, "AUD")]),
    ("Budget day\n\nThe budget passed on Monday. The Australia Day fund gets $41.5 million.",
     [money("$41.5 million", 41500000, "USD")]),
    # a state or province, named once anywhere, names its country as two mentions would; not a name a US place shares
    ("Crop report\n\nThe report is out. The latest South Australian harvest is worth $4.4 billion.",
     [money("$4.4 billion", 4400000000, "AUD")]),
    ("The figures show the province ran a deficit of $1.1 billion. Manitoba expected less.",
     [money("$1.1 billion", 1100000000, "CAD")]),
    ("Lake Ontario shippers moved $2 billion of grain.", [money("$2 billion", 2000000000, "USD")]),
    ("The Otago council's plan raises the average rate by $84 a year.", [money("$84", 84, "NZD")]),
    ("Tairāwhiti's rates will rise, with debt reaching $231m by 2027.", [money("$231m", 231000000, "NZD")]),
    ("The Northland council will spend $12.5m on flood schemes.", [money("$12.5m", 12500000, "NZD")]),
    # ... and the "US" of "$US" writes a currency, no mention of the United States
    ("Iron ore fetched $US120 a tonne, down from $US150. Royalties in Western Australia totalled $3.57 billion.",
     [money("$US120", 120, "USD"), money("$US150", 150, "USD"), money("$3.57 billion", 3570000000, "AUD")]),
    ("В Гродненской области средняя пенсия составила 610,4 руб.", [money("610,4 руб.", 610.4, "BYN")]),
    # a province or state names its country; so do smaller dollar countries
    ("Fiji's central bank made a profit of $28.3 million, Fiji's governor said.", [money("$28.3 million", 28300000, "FJD")]),
    ("Samoa's taro exports earned $9.4 million last year, Samoa's statistics office said.", [money("$9.4 million", 9400000, "WST")]),
    # ... and so do its capital and its people's name
    ("Parliament sat in Honiara on Wednesday. Revenue reached $374.9 million, the Minister told Honiara reporters.",
     [money("$374.9 million", 374900000, "SBD")]),
    # ... where the default's country stands only as a continent in a list of them ("Africa and America")
    ("Figures released on Wednesday show a surplus of $57.5m. Trade between the Solomon Islands and Asia, Europe, Africa "
     "and America grew. The Solomon Islands exported more fish, and the Solomon Islands imported less fuel.",
     [money("$57.5m", 57500000, "SBD")]),
    # a dollar country named once, beside amounts written in US dollars: "$" stays USD
    ("Kenya earned $210 million from tea, and 40 million US dollars came from buyers in Australia.",
     [money("$210 million", 210000000, "USD"), money("40 million US dollars", 40000000, "USD")]),
    # the Transnistrian ruble has no ISO code: PRB, the code its bank uses
    ("Transnistria's budget plans revenue of 2.7 billion Transnistrian rubles.", [money("2.7 billion Transnistrian rubles", 2700000000, "PRB")]),
    ("Grenada's tourism receipts reached $410 million, the Grenada Tourism Authority said.", [money("$410 million", 410000000, "XCD")]),
    # a country written with "St.", and the islands whose own money is another country's dollar (Cook Islands: NZ dollars)
    ("St. Lucia's port earned $35 million; Saint Lucia's airport, $20 million.",
     [money("$35 million", 35000000, "XCD"), money("$20 million", 20000000, "XCD")]),
    ("The Cook Islands government expects $12 million from tourism taxes, the Cook Islands treasury said.",
     [money("$12 million", 12000000, "NZD")]),
    # the paʻanga: Tonga's "$", and its prefixes glued to the sign ("TOP$", "T$"; "the top $5" has no prefix)
    ("Tonga's budget of TOP$899.2 million adds T$12 million for roads; the Tongan government pays $452.3m in wages.",
     [money("TOP$899.2 million", 899200000, "TOP"), money("T$12 million", 12000000, "TOP"), money("$452.3m", 452300000, "TOP")]),
    ("The top $5 million of grants went to schools.", [money("$5 million", 5000000, "USD")]),
    # a name counted only in capitals: the Australian Capital Territory's "ACT", not a law's "Act"
    ("The ACT budget will borrow $100million this year, the ACT Treasurer said.", [money("$100million", 100000000, "AUD")]),
    ("Under the Act, the fund will spend $100million, the Act says.", [money("$100million", 100000000, "USD")]),
    # a province or state names its country
    ("Ontario's deficit fell to $2.1 billion, Ontario's treasurer said.", [money("$2.1 billion", 2100000000, "CAD")]),
    ("VICTORIAN BUDGET\n\nNet debt: $135.4b, the Australian Associated Press reported.", [money("$135.4b", 135400000000, "AUD")]),
    ("Yukon's mines paid $80 million in royalties, Yukon's minister said.", [money("$80 million", 80000000, "CAD")]),
    # British Columbia as its papers write it; not the era of a year ("300 B.C.")
    ("B.C.'s deficit will be $7.9 billion this year, B.C. Finance said.", [money("$7.9 billion", 7900000000, "CAD")]),
    ("A vase from 300 B.C. sold for $2 million; one from 200 B.C. for $1 million.",
     [money("$2 million", 2000000, "USD"), money("$1 million", 1000000, "USD")]),
    # ... also beside one mention of the United States, when the text names its own country more than three times as often
    ("Australia's tourism grew: visitors to Australia spent nearly $43 billion, Australians say, and US arrivals rose. "
     "Canberra expects more.", [money("nearly $43 billion", 43000000000, "AUD")]),
    ("The Cayman Islands had a record year: Cayman tourism earned $485 million.", [money("$485 million", 485000000, "KYD")]),
    # ... or a country's cities
    ("Saskatoon Transit carried 11 million riders. Saskatoon taxpayers paid $26.24 million.",
     [money("11 million", 11000000, "count"), money("$26.24 million", 26240000, "CAD")]),
    # ... or, named once, in a text that writes the United States on its other dollars
    ("Exports from Trinidad and Tobago were $55.3 billion, of which US$8.2 billion went to the US.",
     [money("$55.3 billion", 55300000000, "TTD"), money("US$8.2 billion", 8200000000, "USD")]),
    # not a country named as often as one whose own money is the US dollar, or as the United States apart from "US$"
    ("The Marshall Islands budget adds 32.7 million US dollars; Marshall Islands officials said 2.5 million dollars came from "
     "Japan and Australia, 925,500 dollars from Australia and the Marshall Islands.",
     [money("32.7 million US dollars", 32700000, "USD"), money("2.5 million dollars", 2500000, "USD"), money("925,500 dollars", 925500, "USD")]),
    # ... or, named twice, in a text that writes its own country's prefix on other dollars ("BDS$", "TT$", "EC$", "J$")
    ("Barbados's reserves stood at 680 million dollars, American lenders said; Barbados received BDS$90 million from American banks.",
     [money("680 million dollars", 680000000, "BBD"), money("BDS$90 million", 90000000, "BBD")]),
    ("Jamaica borrowed J$4.5 billion, TT$300 million came from Trinidad and EC$12 million from Grenada.",
     [money("J$4.5 billion", 4500000000, "JMD"), money("TT$300 million", 300000000, "TTD"), money("EC$12 million", 12000000, "XCD")]),
    # bare "pounds" weigh in a text that counts its money in dollars or weighs in pounds elsewhere; not where it names
    # British money or a country of the pound
    ("Fishermen landed 90 million pounds of catch worth $400 million; the year before, 85 million pounds.",
     [money("90 million pounds", Decimal("40823313.3"), "kg"), money("$400 million", 400000000, "USD"),
      money("85 million pounds", Decimal("38555351.45"), "kg")]),
    ("Growers averaged 2,000 pounds per acre, and the harvest reached 60 million pounds.",
     [money("2,000 pounds per acre", Decimal("0.224169334558863"), "kg/m2"), money("60 million pounds", Decimal("27215542.2"), "kg")]),
    ("The club paid 30 million pounds for the striker, $38 million, a record in England.",
     [money("30 million pounds", 30000000, "GBP"), money("$38 million", 38000000, "USD")]),
    # "New England" is no England; a text that names a US state and no British money weighs its bare "pounds"
    ("New England growers harvested 70 million pounds worth $60 million.",
     [money("70 million pounds", Decimal("31751465.9"), "kg"), money("$60 million", 60000000, "USD")]),
    ("Maine growers expect a crop of 85 million pounds, up from 70 million pounds.",
     [money("85 million pounds", Decimal("38555351.45"), "kg"), money("70 million pounds", Decimal("31751465.9"), "kg")]),
    ("The house sold for 300,000 pounds.", [money("300,000 pounds", 300000, "GBP")]),
    # cents in a text that counts its money in euros (or another currency whose hundredth is a cent) are its cents;
    # not in a text that counts in tenge or pounds, whose hundredths have names of their own
    ("Diesel now costs €1.34 a litre after a rise of four cents, and the subsidy is worth €12 million.",
     [money("€1.34", Decimal("1.34"), "EUR"), money("four cents", Decimal("0.04"), "EUR"), money("€12 million", 12000000, "EUR")]),
    ("In South Africa the levy is R245 000 a year, R3 million in all, or 50 cents a litre.",
     [money("R245 000", 245000, "ZAR"), money("R3 million", 3000000, "ZAR"), money("50 cents", Decimal("0.5"), "ZAR")]),
    ("Бензин стоил 128 тенге, то есть 50 центов за литр, а налоги принесли 2 млрд тенге.",
     [money("128 тенге", 128, "KZT"), money("50 центов", Decimal("0.5"), "USD"), money("2 млрд тенге", 2000000000, "KZT")]),
    # ... but not where the text names the United States too, as often or nearly, or its own country once only
    ("Canada and Canadian banks lent $5 billion to US firms.", [money("$5 billion", 5000000000, "USD")]),
    ("Canada lent $5 billion.", [money("$5 billion", 5000000000, "USD")]),
    ("Canadian banks lent C$5 billion and US$2 billion in Canada.",
     [money("C$5 billion", 5000000000, "CAD"), money("US$2 billion", 2000000000, "USD")]),
    # "Rs" and "rupees" in a text from Pakistan, Sri Lanka or Nepal are that country's rupee; "tr" next to money is a trillion
    ("Pakistan's government unveiled a Rs 2.4tr budget. Pakistan will spend Rs 722 billion on defence.",
     [money("Rs 2.4tr", 2400000000000, "PKR"), money("Rs 722 billion", 722000000000, "PKR")]),
    ("Sri Lanka's exports earned 1.2 billion rupees, Sri Lanka's customs said.", [money("1.2 billion rupees", 1200000000, "LKR")]),
    ("India will spend Rs 85,000 crore on roads, the minister said.", [money("Rs 85,000 crore", 850000000000, "INR")]),
    ("Средняя зарплата в Молдове составила 15 тысяч лей.", [money("15 тысяч лей", 15000, "MDL")]),
    # a bare "руб." or "rubles" in a text from Belarus (named twice, Russia never) is the Belarusian ruble
    ("По данным Белстата, пенсия выросла до 610,4 руб. В Минске она составила 655 руб.",
     [money("610,4 руб.", 610.4, "BYN"), money("655 руб.", 655, "BYN")]),
    ("Belstat said pensions in Minsk averaged 655 rubles.", [money("655 rubles", 655, "BYN")]),
    # Belarus's regions name it too
    ("В Гомельской области зарплата составила 1500 рублей, в Брестской области – 1400 рублей.",
     [money("1500 рублей", 1500, "BYN"), money("1400 рублей", 1400, "BYN")]),
    # a bare amount with a scale word, then "на" and what it goes to, in a text that counts its money in roubles
    ("Средства направлены на проекты, включая:\n\n1,5 млрд рублей на ремонт дорог;\n\n500 млн на создание парков.",
     [money("1,5 млрд рублей", 1500000000, "RUB"), money("500 млн", 500000000, "RUB")]),
    # ... not a count at a time, nor an amount in a text with no money
    ("Бюджет составил 2 млрд рублей. Население страны составило 146 млн на конец года.",
     [money("2 млрд рублей", 2000000000, "RUB"), money("146 млн", 146000000, "count")]),
    # ... and so do its cities, as Moscow names Russia
    ("Президент посетил Брест. По его словам, в Бресте средняя зарплата достигнет 1500 рублей.",
     [money("1500 рублей", 1500, "BYN")]),
    # "the people of" a country in the first sentence: the text reports that country's affairs, as if it named it twice
    ("Mr Speaker, I rise today to give the people of Bermuda an update on the public finances. The deficit is now "
     "projected to be $33.4 million.", [money("$33.4 million", 33400000, "BMD")]),
    # a news agency's dateline in capitals says where the text is from, also beside a few mentions of the default's country
    ("FREDERICTON — The New Brunswick government tabled a $14.3-billion budget to deal with U.S. tariffs. "
     "The province fears U.S. duties on lumber.",
     [money("$14.3-billion", 14300000000, "CAD")]),
    # ... but not where the text names Russia too, or Belarus once only
    ("Белстат: в Минске пенсия 655 руб., в России — 21 000 руб.",
     [money("655 руб.", 655, "RUB"), money("21 000 руб.", 21000, "RUB")]),
    ("В Минске пенсия составила 655 руб.", [money("655 руб.", 655, "RUB")]),
    # the Belarusian ruble's sign glued to an amount whose thousands a space groups
    ("Экспорт услуг области составил Br1 204,7 млн.", [money("Br1 204,7 млн.", 1204700000, "BYN")]),
    # a bare figure with the scale of the amount of money right before it, in the next sentence or list item, is money too
    ("Средняя пенсия составила 21 тыс. рублей. Прожиточный минимум – 14,2 тыс., из них 6 тыс. – продукты.",
     [money("21 тыс. рублей", 21000, "RUB"), money("14,2 тыс.", 14200, "RUB"), money("6 тыс.", 6000, "RUB")]),
    # ... but not one with another scale or its own noun
    ("Бюджет составил 5 млрд рублей. Население – 1,2 млн.", [money("5 млрд рублей", 5000000000, "RUB"), money("1,2 млн.", 1200000, "count")]),
    # names from CLDR, singular and plural, any capitals
    ("Police found 1,720 Thai Baht in the bag.", [money("1,720 Thai Baht", 1720, "THB")]),
    ("The bank charged 250 Swiss francs for the transfer.", [money("250 Swiss francs", 250, "CHF")]),
    ("Exports reached 4.5 billion US dollars.", [money("4.5 billion US dollars", 4500000000, "USD")]),
    ("The fee is one Swiss franc.", [money("one Swiss franc", 1, "CHF")]),
    ("She paid 300 Kazakhstani tenges for it.", [money("300 Kazakhstani tenges", 300, "KZT")]),
    ("A ticket costs 20 euros.", [money("20 euros", 20, "EUR")]),
    ("Штраф составил 50 тенге.", [money("50 тенге", 50, "KZT")]),
    # shekels; rials and riyals of the Gulf country the text names (bare rials are Iran's)
    ("Средняя зарплата в Израиле составила 7115 шекелей.", [money("7115 шекелей", 7115, "ILS")]),
    ("Оман получил 3 млрд риалов дохода, сообщили в Маскате. Бюджет Омана вырос.", [money("3 млрд риалов", 3000000000, "OMR")]),
    ("Катар потратит 201 млрд риялов; Катар ждёт профицита.", [money("201 млрд риялов", 201000000000, "QAR")]),
    ("Буханка хлеба стоит 40 000 риалов.", [money("40 000 риалов", 40000, "IRR")]),
    # manats are Azerbaijan's unless the text is of Turkmenistan
    ("Инвестиции в Туркменистане составили 9,4 млрд манатов, сообщили в Ашхабаде.", [money("9,4 млрд манатов", 9400000000, "TMT")]),
    ("Turkmenistan's budget is 120 billion manats; Turkmenistan plans more.", [money("120 billion manats", 120000000000, "TMT")]),
    ("Пенсии выросли до 300 манатов.", [money("300 манатов", 300, "AZN")]),
    # a bare figure with a scale before an amount of the same scale in its sentence is in its currency
    ("Расходная часть составила 61 млрд, дефицит — 7 млрд 350 млн рублей.",
     [money("61 млрд", 61000000000, "RUB"), money("7 млрд 350 млн рублей", 7350000000, "RUB")]),
    ("Revenue was 52 billion and debt 50.1 billion rupees, while 3 million people paid tax of 2 million rupees.",
     [money("52 billion", 52000000000, "INR"), money("50.1 billion rupees", 50100000000, "INR"),
      money("3 million", 3000000, "count"), money("2 million rupees", 2000000, "INR")]),
    ("Доходы составили 12 840,5 млрд. сум.", [money("12 840,5 млрд. сум", 12840500000000, "UZS")]),
    ("Выручка составила 12 млрд грн в прошлом году.", [money("12 млрд грн", 12000000000, "UAH")]),
    # the lats and litas of Latvia and Lithuania before the euro, as Russian-language Baltic news writes them
    ("Расходы города составят 34 млн латов.", [money("34 млн латов", 34000000, "LVL")]),
    ("Пенсия выросла до 900 литов.", [money("900 литов", 900, "LTL")]),
    ("Revenue rose by KShs. 217 Million after the county's audit in Nakuru, Kenya.", [money("KShs. 217 Million", 217000000, "KES")]),
    # a one-letter sign apart from an amount written to its cents
    ("The province was allocated R 856 000 000.00 for scholar transport in South Africa.",
     [money("R 856 000 000.00", 856000000, "ZAR")]),
    # a shilling sign in a text that names a Kenyan county, or a Ugandan district, and no country
    ("The Kirinyaga Governor allocated Sh90 million for bursary.", [money("Sh90 million", 90000000, "KES")]),
    ("The World Bank released Shs3.27b to upgrade health centres in Kanungu District.", [money("Shs3.27b", 3270000000, "UGX")]),
    ("Средняя зарплата составила 20 тысяч 403 сома.", [money("20 тысяч 403 сома", 20403, "KGS")]),
    ("Билет стоит 100 евро.", [money("100 евро", 100, "EUR")]),
    ("Кредит выдан на 200 швейцарских франков.", [money("200 швейцарских франков", 200, "CHF")]),
    ("Экспорт достиг 5 млрд долларов США.", [money("5 млрд долларов США", 5000000000, "USD")]),
    ("Сумма составила 40 тыс. белорусских рублей.", [money("40 тыс. белорусских рублей", 40000, "BYN")]),
    ("Доходы бюджета составят 2 700 миллионов приднестровских рублей.", [money("2 700 миллионов приднестровских рублей", 2700000000, "PRB")]),
    ("Промышленность Приднестровья произвела продукции на 3,3 млрд рублей, сообщили в Тирасполе.",
     [money("3,3 млрд рублей", 3300000000, "PRB")]),
    ("Сделка заключена на 15 млн юаней.", [money("15 млн юаней", 15000000, "CNY")]),
    # abbreviations and bare nouns CLDR lacks, from the word lists
    ("Ущерб составил 3 трлн руб.", [money("3 трлн руб.", 3000000000000, "RUB")]),
    ("Импорт составил 2,5 млрд долл.", [money("2,5 млрд долл.", 2500000000, "USD")]),
    ("The loss was 156 bln rubles.", [money("156 bln rubles", 156000000000, "RUB")]),
    ("A room costs 900 baht a night.", [money("900 baht", 900, "THB")]),
    # a currency's own noun, where one country has it
    ("The 2014 budget is 15 billion kina, up two billion kina.",
     [money("15 billion kina", 15000000000, "PGK"), money("two billion kina", 2000000000, "PGK")]),
    ("Farmers were paid 300 cedis a bag; a ticket costs 40,000 kyats.", [money("300 cedis", 300, "GHS"), money("40,000 kyats", 40000, "MMK")]),
    # a currency name several countries share is the one of the country the text names (else the one most often meant)
    ("Kuwait's budget for the year is 23.5 billion dinars. Kuwait expects a deficit.",
     [money("23.5 billion dinars", 23500000000, "KWD")]),
    ("The fine was 500 dinars.", [money("500 dinars", 500, "JOD")]),
    # rials are Iran's unless the text is of Oman or Yemen; riyals Saudi unless of Qatar
    ("Oman posted a surplus of 784 million rials, the Omani finance ministry said.",
     [money("784 million rials", 784000000, "OMR")]),
    ("Qatar's budget sets spending at 201 billion riyals; Qatar expects a surplus.",
     [money("201 billion riyals", 201000000000, "QAR")]),
    ("A loaf of bread costs 40,000 rials in the capital.", [money("40,000 rials", 40000, "IRR")]),
    ("Uganda will spend 5 trillion shillings on roads, Uganda's minister said.", [money("5 trillion shillings", 5000000000000, "UGX")]),
    # a symbol as Vanuatu's papers write it, glued to its number and scale
    ("Roads get Vt65million and the budget is Vt15.2billion.",
     [money("Vt65million", 65000000, "VUV"), money("Vt15.2billion", 15200000000, "VUV")]),
    # symbols: CLDR's, and the word lists' for those CLDR gives to several currencies
    ("Tickets cost 500 zł this year.", [money("500 zł", 500, "PLN")]),
    ("The fare is 20 Kč.", [money("20 Kč", 20, "CZK")]),
    ("The tariff rose to 12,000 ₸.", [money("12,000 ₸", 12000, "KZT")]),
    ("Дом стоил 2 млн ₽.", [money("2 млн ₽", 2000000, "RUB")]),
    ("The fee was 5,000 FCFA.", [money("5,000 FCFA", 5000, "XAF")]),
    ("They raised $5 million.", [money("$5 million", 5000000, "USD")]),
    ("They raised £5 million.", [money("£5 million", 5000000, "GBP")]),
    ("The budget is ¥3 trillion.", [money("¥3 trillion", 3000000000000, "JPY")]),
    ("It cost C$40 to ship.", [money("C$40", 40, "CAD")]),
    # codes: any ISO code in capitals, a common one in lower case too
    ("He paid 5,000 ALL for the permit.", [money("5,000 ALL", 5000, "ALL")]),
    ("Tonga received TOP 2 million in aid.", [money("TOP 2 million", 2000000, "TOP")]),
    ("The loan was KGS 500,000.", [money("KGS 500,000", 500000, "KGS")]),
    ("The price is 200 usd.", [money("200 usd", 200, "USD")]),
    ("They spent USD115 on it.", [money("USD115", 115, "USD")]),
    # any ISO code in capitals glued to three digits or more, also one that is a word ("MOP")
    ("Per-capita spending fell to MOP1,583 and visitors from Japan spent MOP946 each.",
     [money("MOP1,583", 1583, "MOP"), money("MOP946", 946, "MOP")]),
    ("The ministry budgets QAR500 million for clinics.", [money("QAR500 million", 500000000, "QAR")]),
    # "SR" is the Saudi riyal or the Seychelles rupee only in a text that names the country
    ("Saudi Arabia will spend SR 40 billion on housing, the Saudi minister said.", [money("SR 40 billion", 40000000000, "SAR")]),
    ("Revenue was 30 MUSD.", [money("30 MUSD", 30000000, "USD")]),
    # Namibia's news agency writes its dollar as a word before the amount
    ("The ministry gets N.dollars 14.2 billion, of which N.dollars 493 529 000 goes to clinics.",
     [money("N.dollars 14.2 billion", 14200000000, "NAD"), money("N.dollars 493 529 000", 493529000, "NAD")]),
    # a bare amount that takes the bare form's currency from the amount before it is in the home country's currency too
    ("Фонд оплаты труда в Беларуси составил 7,3 млрд рублей, в промышленности – 2,2 млрд, сообщил Белстат. В Беларуси цены росли.",
     [money("7,3 млрд рублей", 7300000000, "BYN"), money("2,2 млрд", 2200000000, "BYN")]),
    ("rmb 10 usd 20", [money("rmb 10", 10, "CNY"), money("usd 20", 20, "USD")]),
    # a code after a spaced dash opens the amount after it, not the number before the dash
    ("The issue is BBD 70 000 000: Series 1 - BBD 30 000 000 and Series 2 - BBD 40 000 000.",
     [money("BBD 70 000 000", 70000000, "BBD"), money("BBD 30 000 000", 30000000, "BBD"), money("BBD 40 000 000", 40000000, "BBD")]),
    ("He paid 500 COP for it.", [money("500 COP", 500, "COP")]),
    # a unit spelled like a code is the unit
    ("They seized 1.440 kgs of cannabis.", [money("1.440 kgs", 1.44, "kg")]),
    ("They seized 1.440 KGS of cannabis.", [money("1.440 KGS", 1.44, "kg")]),
    ("all 5 cases were closed", [money("5", 5, "count")]),
    # Indian rupees: lakh, crore and the Indian grouping
    ("The seized cash totalled Rs 3,89,529.", [money("Rs 3,89,529", 389529, "INR")]),
    ("Property worth Rs 4.88 lakh was seized.", [money("Rs 4.88 lakh", 488000, "INR")]),
    # a larger scale after a smaller one multiplies it: "lakh crore" is 10^12, "thousand crore" 10^10
    ("Education gets ₹1.48 lakh crore this year.", [money("₹1.48 lakh crore", 1480000000000, "INR")]),
    ("Roads will get 2 thousand crore rupees.", [money("2 thousand crore rupees", 20000000000, "INR")]),
    ("The project costs Rs 12 crore.", [money("Rs 12 crore", 120000000, "INR")]),
    ("Rs 25 lakhs were recovered.", [money("Rs 25 lakhs", 2500000, "INR")]),
    ("The company earned Rs 12 cr from it.", [money("Rs 12 cr", 120000000, "INR")]),
    ("Police recovered Rs. 12,500 in cash.", [money("Rs. 12,500", 12500, "INR")]),
    ("Police recovered Rs.300 in cash.", [money("Rs.300", 300, "INR")]),
    ("The loan is 12,34,567.89 rupees.", [money("12,34,567.89 rupees", 1234567.89, "INR")]),
    ("Sales fell to 25 lakh rupees.", [money("25 lakh rupees", 2500000, "INR")]),
    ("The fine is ₹1,200.", [money("₹1,200", 1200, "INR")]),
    ("The price is INR 450.", [money("INR 450", 450, "INR")]),
    # money has no third decimal place: a point before three digits groups thousands
    ("The house sold for $800.000 in May.", [money("$800.000", 800000, "USD")]),
    ("The contract is worth €1.250.000.", [money("€1.250.000", 1250000, "EUR")]),
    ("He was paid 450.000 euros.", [money("450.000 euros", 450000, "EUR")]),
    ("Цена квартиры — 800.000 рублей.", [money("800.000 рублей", 800000, "RUB")]),
    ("Зарплата составила 1.250.000 рублей.", [money("1.250.000 рублей", 1250000, "RUB")]),
    # both marks in one number: the last is the decimal mark, the other groups thousands
    ("Оборот торговли составил 23.900,4 млн рублей.", [money("23.900,4 млн рублей", 23900400000, "RUB")]),
    ("Оборот торговли составил 1,234.5 млн рублей.", [money("1,234.5 млн рублей", 1234500000, "RUB")]),
    ("Exports reached €1.234,5 million.", [money("€1.234,5 million", 1234500000, "EUR")]),
    # ... but before three digits both marks group, as a typo mixes them: no decimal
    ("Arrivals of tourists totaled 3.938,625 in 2018.", []),
    ("The deficit is $1.250 billion.", [money("$1.250 billion", 1250000000, "USD")]),
    ("They found 1.440 kg of heroin.", [money("1.440 kg", 1.44, "kg")]),
    ("The fine was $0.125 per share.", [money("$0.125", 0.125, "USD")]),
    # letter symbols the press glues to the number, and the ringgit's sen
    ("A tray of eggs rose to RM14.90 in Selangor.", [money("RM14.90", 14.9, "MYR")]),
    ("Rice sold at Rp15,000 a kilo.", [money("Rp15,000", 15000, "IDR")]),
    ("Farm prices were about 46sen an egg.", [money("about 46sen", 0.46, "MYR")]),
    # the Gulf's letter signs, in a text that names the country ("RO" for the Omani rial, "QR", "Dh")
    ("Omani hotels took in RO116.8 million in 2018, Oman's statistics centre said.", [money("RO116.8 million", 116800000, "OMR")]),
    ("Qatar's budget surplus reached QR5.2bn in 2019.", [money("QR5.2bn", 5200000000, "QAR")]),
    ("Dubai hotels took in Dh2.5 billion, the UAE said.", [money("Dh2.5 billion", 2500000000, "AED")]),
    # a Zimbabwe dollar's prefix
    ("In Harare a bag of maize meal costs ZW$26,000.", [money("ZW$26,000", 26000, "ZWL")]),
    ("Revenue is projected at ZWL$927.3 billion.", [money("ZWL$927.3 billion", 927300000000, "ZWL")]),
    # roubles and kopecks joined by "и" are one amount
    ("Десяток яиц подешевел на 3 рубля и 95 копеек.", [money("3 рубля и 95 копеек", Decimal("3.95"), "RUB")]),
    # a bare first figure takes the hundredths of the unit it shares ("2 to 8 cents" is 0.02 to 0.08)
    ("Bus fares rose 20-30 cents.", [money("20-30 cents", 0.2, "USD") | {"value_to": 0.3}]),
    ("Egg prices went up between two and eight sen each.", [money("between two and eight sen", 0.02, "MYR") | {"value_to": 0.08}]),
    ("Stamps cost 5 and 10 pence.", [money("5", 0.05, "GBP"), money("10 pence", 0.1, "GBP")]),
    ("Билет подорожал на 50 и 70 копеек.", [money("50", 0.5, "RUB"), money("70 копеек", 0.7, "RUB")]),
    # a one-letter sign apart from its amount where the text also writes it glued to one
    ("In the Philippines output was worth P247.77 billion, crops P 61.66 billion.",
     [money("P247.77 billion", 247770000000, "PHP"), money("P 61.66 billion", 61660000000, "PHP")]),
    # pence written as a letter glued to a number below a hundred
    ("A loaf cost 86p, against around 12.5p per litre of milk.", [money("86p", 0.86, "GBP"), money("around 12.5p", 0.125, "GBP")]),
    # a column's sign padded to the width of its largest number, at the start of a line or after a bullet
    ("Grants paid this quarter:\n\nRoads\n\n$ 4,120,300\n\nWater\n\n$    612,450",
     [money("$ 4,120,300", 4120300, "USD"), money("$    612,450", 612450, "USD")]),
    ("Grants by sector:\n  • $ 2,315,000:  Schools;\n  • $   408,900:  Clinics.",
     [money("$ 2,315,000", 2315000, "USD"), money("$   408,900", 408900, "USD")]),
    # after thousands, the units and then the kopecks or a decimal of tonnes are one amount
    ("Набор продуктов стоил 2 тыс. 117 рублей 40 копеек.", [money("2 тыс. 117 рублей 40 копеек", Decimal("2117.40"), "RUB")]),
    ("Заготовлено 12 тысяч 480,5 тонны хлопка.", [money("12 тысяч 480,5 тонны", 12480500, "kg")]),
    # a table's currency and scale at the end of its heading ("£m", "$000", "(тыс. рублей)") are the unit of the bare
    # figures that end the rows under it
    ("Council budget\n\nNet spending by service £m\nChildren's services 212.4\nHighways 48.9\nLibraries 6.1",
     [money("212.4", 212400000, "GBP"), money("48.9", 48900000, "GBP"), money("6.1", 6100000, "GBP")]),
    ("Grants paid, $000\nRoads 1,250\nWater 430",
     [money("1,250", 1250000, "USD"), money("430", 430000, "USD")]),
    ("Исполнение бюджета\n\nРасходы бюджета (тыс. рублей)\nОбразование 2 304 100\nЗдравоохранение 815 600\nКультура 96 300",
     [money("2 304 100", 2304100000, "RUB"), money("815 600", 815600000, "RUB"), money("96 300", 96300000, "RUB")]),
]

# Shapes that look like money and are not: no row at all.
NEGATIVE = [
    "TOP 10 PLAYERS OF THE SEASON",
    "The camera records 720p and 1080p video.",
    "Route P 12 was closed for a week.",
    "Progress on SDG 4 was slow.",
    "The road sign said KM 12.",
    "Chelsea FC 3, Arsenal FC 1.",
    "The mail came from 34.168.157.252 overnight.",
    "Сервер 34.168.157.252 недоступен.",
    # letters glued to a number: no code in lower case, nor before fewer than three digits, nor a word or a name
    "Log in as mop1583 to see it.",
    "The AMD64 build runs on ESP32 boards.",
    "She made the TOP100 list before COP28.",
]

# Shapes that look like money and are not: whatever rows they give, none is money.
NOT_MONEY = [
    # a currency's name before a number in words is no amount ("a shortage of dollars three years on")
    "The island faced a shortage of dollars three years after the default.",
    # a heading's currency over rows of a figure and a noun: counts, no amounts
    "Fees in £\nCourses run 12 weeks\nPupils per class 24 pupils",
    "ALL 3 SUSPECTS WERE DETAINED",
    "At COP 28 delegates met in Dubai.",
    "The engine makes 500 pound-feet of torque.",
    "It is rated at 320 foot-pounds.",
    "A force of 20 pound-force was applied.",
    "The bonds were 100 euro-denominated notes.",
    "They carried 40 kgs of rice.",
    "The figure was 3,89,529.",
    "Они поймали 5 карпов и 2 щуки.",
    "Scan one of the QR5000 codes in the shop.",
    "Player Mat Inns Runs HS Ave BF SR 100 50 4s 6s",
]
ISO_CODE = re.compile(r"[A-Z]{3}")
# a text dated before a currency's redenomination gives its amounts in the old code
DATED = [
    ("2011-10-20", "ВВП Беларуси составил 85,2 трлн белорусских рублей.", "BYR"),
    ("2019-10-24", "ВВП Беларуси составил 85,2 млрд белорусских рублей.", "BYN"),
    (None, "ВВП Беларуси составил 85,2 млрд белорусских рублей.", "BYN"),
    # an undated text: the year the amount describes
    (None, "ВВП Беларуси в 2014 году составил 778 трлн белорусских рублей.", "BYR"),
]


@pytest.mark.parametrize("doc_date, text, code", DATED)
def test_redenominated(doc_date, text, code):
    (claim,) = statx.extract_text(text, doc_date=doc_date)
    assert (text[claim.start:claim.end], claim.unit) == (claim.mention, code)


@pytest.mark.parametrize("text, expected", CASES + [(t, []) for t in NEGATIVE] + [(t, "no money") for t in NOT_MONEY])
def test_money(text, expected):
    if expected != "no money":
        check_rows(text, expected)
        return
    claims = statx.extract_text(text)
    assert all(text[c.start:c.end] == c.mention for c in claims)
    assert not [c.mention for c in claims if ISO_CODE.fullmatch(c.unit)], text
