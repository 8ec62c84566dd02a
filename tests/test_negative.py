"""Numbers that are not claims (shared/spec/claims.md, "Not claims"): dates, clock times, years,
durations that only say when, ordinals, page furniture, names, laws, articles, phone numbers,
addresses, list markers and the denominators of rates. One table of cases, labelled by feature; each
asserts the exact result: no rows at all, or only the real claims of the sentence."""
from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import CASE, case, cases, only, row, run_case, xfail


ENGLISH = [
    # a cricket round-up's totals in brackets beside scores of runs for wickets
    ("Elite Group A\nKent (96/1) trail Surrey (168)\nEssex (205) vs Sussex\n", []),
    # a fixture list's rows: date, kick-off, round, two sides
    ("Fixtures\n\n05/11 16:00 14 Kotoko Stars vs Accra Rovers View\n05/12 16:00 14 Tema City FC vs Cape Lions View\n", []),
    # an emergency number before the words of its service is its name
    ("Data from the 911 Call Center show more 911 calls come from cell phones.", []),
    # a match's box score, two sides' figures either side of a label in capitals; a run of results whose noun is left out
    ("Hawks vs Owls\n\n    Hawks   Owls\n    5 TRIES 2\n    4 CONVERSIONS 1\n    0 DROP GOALS 0\n", []),
    ("The Hawks have now won 9 straight.", []),
    # a clock time with its part of the day after it
    ("Doors open: Leeds 7.30 am, York 7.45 am, Hull 8.15 p.m.", []),
    # the lines of a vote's tally are vote counters; one such line alone may be a list's item
    ("Vote on the budget\n\nFor: 12\nAgainst: 3\nAbstained: 1\n", []),
    ("Staffing plan\n\nFor: 12 nurses\nAgainst the plan: none", [row("12", 12, subject="nurses")]),
    # "N in Place" items after a lead that names nothing they count ("as follows:", "this:"): no list of counts
    ("The new depots will be as follows: four in Tralee, two in Killarney and three in Listowel.", []),
    ("He put it like this: four in Tralee, two in Killarney and three in Listowel.", []),
    # a count of a standings noun in a sentence with a match's score is a result
    ("Three of those six conference wins came on the road, including Friday's 68-61 overtime win.", [row("Three", 3)]),
    ("Hale scored 31 points in two close losses to the Rams, 58-62 and 60-64.", []),
    # "more" after a small count of time or of nothing named adds to a plan: no claim
    ("Another 4 more weeks of clean-up will be needed before ships can dock. We need 3 more.", []),
    # a year after "more than", then a participle and its object, is the year compared with, no count
    ("Spending is $21 million more than 2014 representing a 25 per cent increase.",
     [row("$21 million", 21000000, "USD", direction="up"), row("25 per cent", 25, "percent", direction="up")]),
    # an age that names a group, its bound after it
    ("Kids 12 and under get in free, and seniors 65 and over ride the shuttle.", []),
    # ... or its bound before it ("aged over 18", "в возрасте до 18 лет")
    ("The number of tenants aged over 18 went up, and those aged under 25 are the most.", []),
    # a marked line of a name and a number is no claim by itself: only beside items that are ("• Room 101")
    ("Useful numbers:\n  • Room 101\n  • Gate 7\n  • Desk 12", []),
    # a year written short after an apostrophe is no count ("Election '19")
    ("Derry Election '19: turnout rises in the '24 vote too", []),
    # two small numbers joined by a dash before a match's result are its score ("a 0-13 to 0-12 win")
    ("Adare retained their crown with a 0-13 to 0-12 win, and Newtown beat them 1-11 to 1-10 in the final.", []),
    # a partnership's runs in a match report: "together" counts nothing
    ("Moyo and Banda put on 58 together before Moyo was stumped.", []),
    # a box score's line whose figures lost their column gaps (this once made statx fail on the document)
    ("Team statistics\nFirst Downs 21 18\nSacked-Yards Lost1-101-10\n", []),
    # a place and its postcode on an address's line: no column gap, no row of a table
    ("Send forms to:\nState Revenue Office\nSalem Oregon 97301\n", []),
    # a run of results in a match report
    ("Rovers have now lost four league games in a row, while City made it three consecutive victories.", []),
    # a line-up with its substitutions' minutes
    ("Rovers: Hart, Doyle (Byrne, 85), Kelly, Moran (Walsh, 65), Nolan (Quinn, 87), Reid.", []),
    # a release's charts and graphs by their numbers
    ("Chart 3 shows recorded crime since 1990; Graph 2 gives the same by region.", []),
    # a statute's history of bills
    ("(L. 1951 p. 210, A.L. 1997 H.B. 412 merged with S.B. 76, A.L. 2009 SB 1070)", []),
    # a statute's contents pasted on one line: section numbers before their headings
    ("CONTENTS 1 Definitions 2 Scope of the Act 3 Powers of the Council 4 Fees and Charges 5 Repeal", []),
    # "one of" stays a pronoun after a list's figure
    ("The police seized cars and one of them was stolen.", []),
    # distances that name races, one of them joined to the next ("the 100m and 400m races"), and the heats of one
    ("The finals included the 100m and 400m races, and the 200m heats.", []),
    # a cricket side's runs and wickets, and a scorecard's batting lines
    ("Chasing 241-7, the hosts recovered from 133-5 to post 242-8 in the day-night match.", []),
    ("Hale c Moss b Stone        24\nLind not out   7\nRay lbw b Moss 0\nKent st Ray b Hale    112", []),
    # a bowler's wickets and runs after "took", in words or digits
    ("Roman Price took six for 43 on a flat pitch, and Jo Hart took 2 for 64 on his debut.", []),
    # ... after "captured", and a side's total for its wickets near overs written glued by a hyphen
    ("Price captured 3 for 29 and the Tigers reached 142 for 2 in 31.4-overs.", []),
    # the numbers of trains, buses and flights named in prose
    ("Trains 1005 and 1006 were cancelled, bus 42 ran late and flights 208 and 210 were diverted.", []),
    ("The airline cut flights 20% and trains 5 percent.",
     [only("20%"), only("5 percent")]),
    # labels of a statute's and a release's parts
    ("Changes made under subpart 3 of Part 2 are listed in Note 4 and in Statements 5 to 8.", []),
    # a clock time by its word: "12 midnight", "12 noon"
    ("Applications must reach the Electoral Registration Officer by 12 midnight on Tuesday.", []),
    ("Trail shoes, item SKU: 46705\n\nCounty championships, 10 km, women\n\nJane Hill 36:12", []),
    # a currency's name of one word before a number is money only in the plural: "Euro 2024" is a tournament
    ("Spain won Euro 2024 in Berlin.", []),
    # a multiplier word glued to the noun it describes, or before a grade of letters
    ("Court TV aired the double-murder trial, and the bank kept its triple-A rating and its triple A bonds.", []),
    # age groups and ages after "the ages of"
    ("Most patients were in the 10-19 age group or between the ages of 60 and above.", []),
    # the line numbers of minutes turned from PDF into text
    ("21\n22 Motion by Councilmember Gray to hold the\n23 meetings on Mondays, and to approve the\n24 minutes of the last meeting.", []),
    # small numbers in brackets after names: notes numbered in turn, and ages, even in a list
    ("The Federal Reserve (1) and the Treasury (2) said so.", []),
    ("As Reuters (1), Bloomberg (2), Interfax (3) and Xinhua (4) reported, the talks ended.", []),
    ("Three men, John Smith (45), Tom Jones (32) and Lee Wong (19), were charged.", [only("Three")]),
    # a hospital's ward numbers; a table of contents flattened into one line by a PDF's text
    ("Wards 32 and 33\n\nVisiting allowed by one birth partner.", []),
    ("Annual Report 2 Chair's Foreword 3 Our Year in Numbers 6 Finances 14 Table of Contents Appendix 22", []),
    # a letter glued to a number is a sign of money only in a text from its country, and only before an amount
    # that looks like money: elsewhere, and before a small whole number, a road, a mask, a model
    ("Trucks use the R21 highway near Johannesburg, South Africa.", []),
    ("Nurses in Lagos, Nigeria, wore N95 masks.", []),
    ("Patients in Banjul, The Gambia, took vitamin D3 daily.", []),
    ("The Canon R5 replaced the R6, and the K9 unit joined the P5 talks.", []),
    ("They paid rs500 and kshs448 at the gate.", []),
    # Gaelic games' goals-points scores, with the other side named after or beyond a "v"
    ("Ulster semi-finals\nTyrone 1-22 v 0-13 Fermanagh\nKerry 2-18 Cork 1-14\n", []),
    # a small number word after "the" points back to what was counted before
    ("Two hikers went missing on Sunday. The two men were found in a gorge, and the three rescuers who reached them were praised.", [only("Two", value=2)]),
    # a heading's count of its items, the line nothing else
    ("Parliamentary Questions\n\nWritten Answers (245)\n\nComments (1,204)\n\nThe Minister replied on Tuesday.", []),
    # small whole numbers in brackets after words in small letters: marks of notes
    ("Thefts were counted as reported (1) and as recorded by the courts (2).", []),
    # the size of the field a rank is taken in
    ("The port ranked 14th among 120 ports and came third out of 40 in the region.", []),
    # a person's age between commas after the name, a verb or "who" after it
    ("Firefighters found Maria Costa, 34, trapped in the car; Mr Alan Reid, 71, who was driving, died later.", []),
    # a fixture's kick-off time in brackets, four digits after two sides joined by "v"
    ("Fixtures (GMT):\n\nSaturday, March 4\n\nLivingston v St. Mirren (1300)\n\nDundee United v Ross County (1500 GMT)\n", []),
    # a results page: result lines ("d" for defeated), a ladder with points differences, "half-time"
    ("Final Scores\nFALCONS 34 d HAWKS 26\nLIONS 112 v BEARS 104\nKESTRELS 30 - OWLS 24\n", []),
    ("Ladder: Falcons (Position: 1) 42 pts (213), Hawks (Position: 2) 36 pts (-27).", []),
    ("The Falcons had the game won by half-time.", []),
    # a team's points near its place in a table
    ("The hosts moved to 38 points and stretched their lead at the top of the conference.", []),
    # a match report's scorers and their minutes
    ("Rovers 2-1 United. Scorers: Hale (12, 90+3), Moss (77 pen).", []),
    ("Moscow, 20 November (UTC+3).", []),
    # labels of a fixture list, a statute and a fare table
    ("Premier League: matchday 14 results and gameweek 15 fixtures.", []),
    ("Schedule 2, paragraph 14, and regulations 5 to 9 of the Regulations apply.", []),
    ("Words in Sch. 2 para. 7(1) substituted by S.I. 2019/123, regs. 1(2), 3(4), Sch. Pt. 3 table; see ss. 4 and 5.", []),
    ("Travel within zones 1-2 is covered by the day ticket.", []),
    ("Tuesday: sunny, daytime +4, overnight -2. Wednesday: cloudy, daytime 6, overnight 1.", []),
    ("Prices have fallen for three consecutive years and two full quarters.", []),
    # a file's name, and the numbers of a hearing's questions
    ("HoC 85mm(Green).tif\n\nOral evidence, Questions 162 - 201", []),
    ("I said it three times the other day, and twice the week before.", []),
    ("The House met at half-past Eleven o’clock; the committee sits at 10 o'clock.", []),
    # a label's number before the same label again ("STEAM 1 steam 2"): no count of steam
    ("Locomotives in service: STEAM 1 steam 2 STEAM 1 steam 2.", []),
    # a timetable with a remark after one of its times
    ("6-20 6-50 7-20 7-50\n8-20 8-50 9-20 9-50\n13-20 перерыв на обед", []),
    # a list of results under a heading that names no change
    ("Results:\n  • Rovers: 3\n  • United: 1\n", []),
    # a match report's score in words and points
    ("The hosts won by four tries to one, and their fly-half kicked 12 points.", []),
    # a results table pasted from a web page, markup left in it: "align" and a qualifier's letter count nothing
    ("Rank Heat Name Nationality Time Note\n1 1 align=left 10.30 Q\n2 4 align=left 10.41 q\n3 2 align=left 10.44 q", []),
    # a rate card: prices on lines a length of time labels; a dioptre range, a unit to the power -1
    ("Evening tariff\nPeriod Fee\nFirst 30 minutes £0.90\n30 minutes to 2 hours £1.80\nOver 2 hours £3.00", []),
    ("Diopter adjustment: –3.5 m–1 to +2.0 m–1", []),
    # a menu and a salon's price list: items named in capitals, or glued to their prices
    ("DESSERTS\n\nSTICKY TOFFEE PUDDING – £6.95\nwith vanilla ice cream\n\nCHEESE BOARD – £8.50", []),
    ("Gents Cut£18\nBeard Trim£9\nHot Towel Shave£22", []),
    # a fare table: a grid of prices, one column per ticket
    ("Zone Adult Child Senior\nZones 1-2 €3.20 €1.60 €2.10\nZones 1-3 €4.40 €2.20 €2.90", []),
    # clock times joined to one that "at" opens, and one that opens a programme's line before a dash
    ("Festival programme\n\n12.00 - opening of the craft fair\n\n1.00 - fireworks over the lake", []),
    ("The shuttle leaves the station at 8.40, 12.15 and 17.50.", []),
    # a race's distance is its name
    ("Men's 100 metres: the heats were held on 10 July.", []),
    ("She ran the 5000 m final in a personal best.", []),
    # a race's classification: positions before names, gaps in laps
    ("11 Mara van Dijk + 1 lap\n12 Tomas de Souza + 1 lap\n13 Ivo Petrov + 2 laps", []),
    # a part of a year, and "double" as the size of a number
    ("Exports grew in the first three quarters of the year.", []),
    ("Analysts had expected double digit percentage gains.", []),
    # a verb after a multiplier is no change of it in English
    ("The mayor is twice elected and twice boosted.", []),
    # identifiers after "code ...:" name something
    ("Vehicle registration codes: 24, 37, 124", []),
    ("Postcode: 90210", []),
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
    # a series of names numbered one after another, each at a line's start
    ("Day 1 / March 1\nLuke 1\nPsalm 1\nDay 2 / March 2\nLuke 2\nPsalm 2\nDay 3 / March 3\nLuke 3\nPsalm 3\n", []),
    # phone numbers and addresses
    ("Call +7 (495) 606-36-02 for details.", []),
    ("The hotline number is 8-800-555-35-35.", []),
    ("Tel.: +7 495 667-02-84", []),
    ("HARBOUR OFFICE 01632 960123 harbour@example.org", []),   # a trunk prefix and area code, then the number
    ("Reservations: 0117 4960321.", []),
    ("Police headquarters are at 38 Petrovka Street.", []),
    ("The clinic moved to 210 N. Birch Court in March.", []),
    ("Moscow, 125009, Tverskaya Street", []),
    ("Адрес: Махачкала, Школьная улица, 3", []),
    ("Dial 112 in an emergency.", []),
    # numbers that do not count anything
    ("This is one of the main goals of the ministry.", []),
    ("I said it three times at our previous meetings.", []),
    ("One day we will defeat this evil.", []),
    ("The service works 24/7.", []),
    # a listing's hours, opened by a clock word and a colon or closed by one
    ("Hourly bulletins a.m.: 5, 6, 6.30, 7, 9,-10, 11, 12 noon; p.m.: 1, 2,3, 4, 5.30.", []),
    ("Prayers are said at 6, 9, 12 noon and at dusk.", []),
    # a place in a table written as a cardinal with its noun in the singular
    ("The win moved the club to 3 position, level with the leaders.", []),
    # a match report's sides and their scores, each on its line, near lines its words label
    ("RESULT\n\nRovers 17\n\nTries: Hale, Moss\n\nCons: Hale 2\n\nUnited 12\n\nPens: Stone 4\n", []),
    # a scorecard pasted with bars, under a header row of a sports table's nouns
    ("Result | Rovers won by 31 runs |\nRovers innings | Runs | Balls | Mins |\nExtras | (6 b) | 6 | |\nTotal | (all out, 19.4 overs) | 84 |\n", []),
    # a chess game's score (PGN): its moves' numbers and an annotation glyph after a move
    ('[Event "Club Championship"]\n[Round "4"]\n1. d4 Nf6 2. c4 e6 3. Nc3 Bb4 4. Qc2 O-O 5. a3 Bxc3+ 6. Qxc3 b6\n'
     "(6... d5 7. Bg5 h6) 7. Bg5 Bb7 8. f3 h6 9. Bh4 d5 10. e3 Nbd7 $6 {a slow plan} 11. cxd5 exd5 12. Bd3 c5 1/2-1/2\n", []),
    # a timetable flattened from a PDF: its sections' numbers before headings in capitals, papers' durations in "hr"
    ("SCHOOL LEAVING EXAMINATION TIMETABLE REF/EX/2019/004 1.0 TIMING OF PAPERS Candidates must be seated before the start. "
     "2.0 DATES 2.1 TUESDAY 05.11.2019 Paper 1 Science 1 hr 40 mins Paper 2 English 2 hrs 10 mins", []),
    # ... and a scorecard's totals in overs ("ov"), a batting table headed "4s" and "6s", the fall of wickets
    ("Hosts vs Visitors | Day 1 | Riverside Ground\n*388/9 (121.3 ov) & *95/10 (30.2 ov)\nHosts won by 7 wickets\n"
     "| Batter | R | B | 4s | 6s | SR |\n|\nA. Batter\nc Keeper b Quick\n|\n44 | 101 | 5 | 0 | 43.56 |\n"
     "| TOTAL (3.19 RUNS PER OVER) | 388/9 (121.3 ov) | ||||\nFALL OF WICKETS\n12-1 (A. Batter, 0 ov), 40-2 (B. Other, 0 ov)\n", []),
    # a town's name in title case before a score is no "M" of millions glued to a currency's code ("MAUD 41")
    ("Friday's scores\nRiverton 28, Oakdale 7\nMaud 41, Elmwood 14\n", []),
    # a margin in wickets, abbreviated
    ("Rovers 132/2 (16 ov)\nRovers won by 8 wkts\n", []),
    # "N in M" before a time unit is a pace, no share ("one in five" is)
    ("Smith was severe on the bowlers, plundering 33 in 49 minutes.", []),
    # an age in years, though its clause measures waits
    ("Long waits in EDs fell for patients aged 80 years and over.", []),
    # a reporter's local phone number after an e-mail address on its line
    ("To comment on this story:\n\nann.lee@dailypaper.com l 555-8744\n", []),
    # "ss" before numbers: sections of a statute
    ("PART XII\nOffences and Penalties (ss 210-226)\n", []),
    # a "label: N" list under a heading that names nothing the text counts
    ("Opening hours:\n\nMonday: 9\n\nTuesday: 10\n", []),
    # a markets table's signed changes, their columns parted by blanks: the row's name, once the figures before are no
    # claims, lends them no subject, and a sign alone measures nothing
    # a harbour's log, each line opened by a 24-hour time of four digits, the times running forward
    ("Harbour log\n\n1330 Marisa passes inbound.\n\n1340 Northern Star departs for Tobermory.\n\n1410 Loch Arn passes.\n", []),
    # a number glued by a hyphen to a name that ends in a digit is part of the name ("DDR4-2400")
    ("It ships with 8GB of LPDDR4-3200 memory and a DDR4-2400 module.", []),
    ("Shares at the close\n\nIndex        Close      Change\nMetro 50     7,512.3    -0.3\nHarbour      15,880.1   +1.2\n"
     "Tech 40      7,301.4    -0.8\nBank Index   38,120.5   +0.4\n", []),
]

ENGLISH_WITH_CLAIMS = [
    # a list of key figures, one a line, under a heading that names no fees or charges: statistics, no schedule of fees
    ("Prices and pay in 2024\nAverage weekly pay £620\nMedian monthly rent £950\nAverage house price £285,000\n",
     [only("£620", value=620), only("£950", value=950), only("£285,000", value=285000)]),
    # a line under a month's heading that opens with a count, no calendar's second line under it: a count
    ("Housing news\n\nJUNE 2024\n12 new homes were approved by the council.\n\nThe estate will be finished in 2026.",
     [only("12", value=12)]),
    # years said in words, as a transcript writes them: no counts (the money is a claim)
    ("Back in twenty twelve and again in two thousand thirteen, uh, the legislature cut about seven hundred million dollars.",
     [only("about seven hundred million dollars", value=700000000, unit="USD")]),
    # ... but after a qualifier or a verb that counts, the same digits count calls
    ("The center received about 911 calls in March.", [only("about 911", value=911, unit="count")]),
    # but a number in words with the noun it counts, after "in", is a count
    ("The money went to repairs in two thousand homes.", [only("two thousand", value=2000, unit="count")]),
    # a number word compared with a count and its noun before it is a count too
    ("Trelawny recorded three murders compared to one for the same period last year.",
     [only("three", value=3), only("one", value=1)]),
    # a thousand nights or more count the stays of many guests: no span of time, a claim ("for 3 nights" is one)
    ("Guests stayed for 3 nights on average; hotels recorded 674,521 nights in December.", [only("674,521", value=674521, unit="count")]),
    # a bare pair after a dash, each with its time, compared: two values of the measure the sentence names
    ("Police reported fewer burglaries — 38 this year compared to 53 in 2021.",
     [only("38", value=38), only("53", value=53, year=2021)]),
    # a table of one figure a line: a label of several capitalised words, set off by a column gap, is a row's name
    ("Population by county, 2019.\n\nKilifi                 1,453,787\n\nTana River             315,943\n\nUasin Gishu            1,163,186\n",
     [only("1,453,787", subject="kilifi"), only("315,943", subject="tana river"), only("1,163,186", subject="uasin gishu")]),
    # ... but after "of" it is the whole of a part, counted again
    ("Police held four suspects. Of the four arrested, three are foreign nationals.",
     [only("four", value=4), only("four", value=4), only("three", value=3)]),
    # a count among others with no rank before it is a claim
    ("Among 120 regions, 40 grew faster than the capital.", [only("120", value=120), only("40", value=40)]),
    # a count between commas after a place, with "and" after it, is no age
    ("Cases rose in New York, 450, and in New Jersey, 300, last week.", [only("450", value=450), only("300", value=300)]),
    # a figure in brackets after a line that is no fixture is read as before
    ("Exports rose to 1300 (2020) and imports to 1400 (2021) units.", [only("1300", value=1300), only("1400", value=1400)]),
    # a year-shaped number after a size's word and before a noun counts ("more than 2000 patients"); not "about 2010 levels"
    ("Since March the waiting list has grown by more than 2000 patients.", [only("more than 2000", value=2000)]),
    ("Output was back at about 2010 levels.", []),
    ("Debt will fall from about 2015 onwards.", []),
    # N.N before a word in capitals inside a sentence is no section's number
    ("The ward went from an average of 12.4 COVID patients a week in May.", [only("an average of 12.4", value=Decimal("12.4"))]),
    # thousands grouped by commas glued to a word that lost its space (text from a PDF)
    ("Police recorded 418,260offences in the year, up 6.1%.", [only("418,260", value=418260), only("6.1%")]),
    # two capitalised nouns after two numbers in a row are no run of headings
    ("The county had 12 Police stations and 13 Fire stations.", [only("12"), only("13")]),
    # the year after a month is a date's, though a unit follows it in a pasted table's header
    ("Output, June 2011 tonnes, June 2010 tonnes\nWheat sold in June: 2,010 tonnes.", [only("2,010 tonnes")]),
    # a number named as the number of something is a count ("the number of")
    ("In 2023, 5,000 was the number of cases recorded.", [only("5,000")]),
    # a line that is only a mass, with no bound before it, is no weight class's heading
    ("Cocaine seized at the port in 2023\n2.5 tons\nHeroin seized\n310 kg", [only("2.5 tons"), only("310 kg")]),
    # a weight in the sentence after a weight class is a mass again
    ("She took gold in the 63 kg category. Her baby weighed 3.5 kg at birth.", [only("3.5 kg")]),
    # a line that opens with a clock time and holds no other is a news ticker's, not a timetable's row
    ("10:50 Police recorded 1,200 burglaries in May, the ministry said.", [row("1,200", 1200, subject="burglaries")]),
    # amounts that "from" opens are no price list's when they start a range or a pair, or stand alone, and
    # counts are no price list's details on a line whose "from" opens no price
    ("The number of ferries rose to 40, from 36 a year ago; buses are up to 410 from 407.",
     [row("40", 40), row("36", 36), row("up to 410", 410, qualifier="at_most"), row("407", 407)]),
    ("Petrol rose from $3.50 to $4.10 a gallon, and diesel from $3.90 to $4.60.",
     [row("$3.50", Decimal("3.50"), "USD"), row("$4.10", Decimal("4.10"), "USD"),
      row("$3.90", Decimal("3.90"), "USD"), row("$4.60", Decimal("4.60"), "USD")]),
    # a breakdown of a budget (scale words), and a list of statistics whose labels are no items' names in
    # capitals, stay claims; a price after a length of time in prose is no rate card's
    ("Spending by department\nHealth – £5.2bn\nEducation – £3.1bn",
     [row("£5.2bn", 5200000000, "GBP"), row("£3.1bn", 3100000000, "GBP")]),
    ("Budget, 2025 to 2027\nRevenue $4.2bn $4.5bn $4.8bn\nSpending $4.9bn $5.0bn $5.1bn",
     [row(a, Decimal(a[1:-2]) * 1000000000, "USD") for a in ("$4.2bn", "$4.5bn", "$4.8bn", "$4.9bn", "$5.0bn", "$5.1bn")]),
    ("Earnings in April\nAverage weekly pay – £620\nMedian weekly pay – £540",
     [row("£620", 620, "GBP"), row("£540", 540, "GBP")]),
    ("A stay of 2 hours cost £4.40 in 2023, up from £3.30.", [row("£4.40", Decimal("4.40"), "GBP"), row("£3.30", Decimal("3.30"), "GBP")]),
    # a list of a measure's items, each on its line, with no match report near it, stays a list of claims
    ("Thefts in the city\n\nThefts 1,200\n\nRobberies 300\n", [row("1,200", 1200, subject="thefts"), row("300", 300, subject="robberies")]),
    ("Region | Thefts | Robberies |\nNorth | 1,200 thefts | 300 robberies |\n", [row("1,200", 1200, subject="thefts"), row("300", 300, subject="robberies")]),
    # a list of figures with a unit, or with "am" after them that is no clock word, is still a list of figures
    ("Fares rose 5, 7 and 9 percent this year.",
     [row("5", 5, "percent", direction="up"), row("7", 7, "percent", direction="up"), row("9 percent", 9, "percent", direction="up")]),
    # "1" before a verb of the first person is "I" misread by a scan; a count of one keeps its verb's number
    ("When 1 rose in the House, 1 announced a deficit of $279 million. Three were hurt and 1 died.",
     [row("$279 million", 279000000, "USD"), row("Three", 3), row("1", 1)]),
    # "first-half" is a part of a year, not a share
    ("Road deaths rose in the first-half of 2016 to 1,488.", [row("1,488", 1488)]),
    # a noun that names a measure, a copula, then a bare count: its value ("His score was 42" names none)
    ("Over the same weeks, mortality was approximately 2,900.", [row("approximately 2,900", 2900, qualifier="approx", subject="mortality")]),
    ("The employed labour force in March was 842,300.", [row("842,300", 842300, subject="employed labour force")]),
    ("His score was 42.", []),
    # the number of a week or a day is a label; a count has its noun after it
    ("Deaths in week 12 were 5 percent above the average of the five previous years.",
     [row("5 percent", 5, "percent")]),
    ("On day 3 of the trial, 12 witnesses spoke.", [row("12", 12, subject="witnesses")]),
    ("Every day 30 people die on the roads.", [row("30", 30, subject="people")]),
    # "last year" after a count is its time, not the unit of a duration
    ("Robberies dropped from 4,032 in 2011 to 3,394 last year.", [row("4,032", 4032), row("3,394", 3394)]),
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
    # an age, the sides of a size and the points of talk are no claims; the real claim beside them is
    ("If you are over 65, the risk of a severe case is 12 percent.", [row("12 percent", 12, "percent")]),
    ("The card of 25.00 x 15.00 x 0.76 mm weighs 5 grams.", [row("0.76 mm", "0.00076", "m"), row("5 grams", "0.005", "kg")]),
    ("Two things matter: prices rose by 3 percent and rents by 5 percent.",
     [row("3 percent", 3, "percent", direction="up"), row("5 percent", 5, "percent", direction="up")]),
    # "between 5 and 8 percent" stays a range whatever change word stands before it
    ("Rebound — again, as I said last week — hits between 5 and 8 percent of patients.",
     [row("between 5 and 8 percent", 5, "percent", qualifier="range", value_to=8)]),
    # ... but lines of places and a count whose noun is no standings noun are counts of it
    ("Burglaries by district\n\nNorth 68 burglaries\n\nSouth 62 burglaries\n\nEast 58 burglaries\n",
     [row("68", 68, subject="burglaries"), row("62", 62, subject="burglaries"), row("58", 58, subject="burglaries")]),
    # ... but two lines that open with a count before a capitalised noun make no log
    ("Survey results\n\n1250 Households took part.\n\n1340 Farms were visited.\n",
     [row("1250", 1250), row("1340", 1340)]),
]

RUSSIAN = [
    # a clock time with its part of the day after it
    ("Время намаза в регионах: Астана: 7.30 утра, Алматы: 7.00 утра, Уральск: 7.50 утра.", []),
    # строки итогов голосования
    ("Результаты голосования\n\n1 чтение:\nЗа — 38,\nПротив — 0,\nВоздержались — 7,\nНе голосовали — 0.\n", []),
    # number words that are pronouns or adjectives in a row ("одной страной, одной нацией") open no list of counts
    ("Мы стали одной страной, одной нацией, одним народом.", []),
    # a table's line after its number in the nominative is a place, no count ("занимает 4 строчку")
    ("Клуб по-прежнему занимает 4 строчку турнирной таблицы.", []),
    # the number of an annex or a table, in any case ("в приложении 2", "согласно приложениям 1, 2 и 3")
    ("Лимиты расходов по ведомствам представлены в приложении 2, доходы бюджета — согласно приложениям 1, 2 и 3.", []),
    # an age with a bound before it names a group, no count
    ("Жителей в возрасте до 18 лет в районе большинство.", []),
    # ... in Russian too; and the halves of a match, which only a game counts
    ("В ответной встрече хозяева победили 3:1 и по сумме двух встреч вышли в финал.", []),
    ("Четыре поединка прошли в субботу: \"Торпедо\" — \"Нива\" — 2:1, \"Луч\" — \"Сокол\" — 0:0.", []),
    ("Игры проводятся в формате двух таймов по 35 минут.", []),
    # the years a budget plans for after its first ("на 2026 год и два последующих года"): a span of time
    ("Правительство внесло проект бюджета на 2026 год и два последующих года.", []),
    # a news agency's dateline with the month cut to three letters, no point ("2 июн", "7 июл")
    ("МОСКВА, 2 июн - РИА Новости. ЛОНДОН, 7 июл - РИА Новости.", []),
    # a run of results in a match report
    ("«Торпедо» одержало четыре победы подряд, а «Сокол» проиграл три матча кряду.", []),
    # a line-up with its substitutions' minutes
    ("«Сокол»: Ершов, Кузин (Белов, 85), Львов, М. Орлов (Титов, 65), Носов (Яшин, 87).", []),
    # a report's graphs, a pier's number
    ("График 3 показывает динамику цен. Теплоход отправляется от причала 8.", []),
    # the two days of a night
    ("В ночь с 6 на 7 января автобусы будут ходить до 02:00.", []),
    # a timetable's departures after its stops' labels, and a list of days before their month
    # a timetable's columns: a station's code three spaces after a distance is no currency's sign
    ("Train 56   Miles   Station\n  0   Ar   Brattleboro   8.05\n251   Ar   St. Albans   12.40\n", []),
    ("ДАЧНЫЕ РЕЙСЫ: №12 Город – Озёрки. Вокзал: 7.40, 13.00. Озёрки: 8.25 14.10\n"
     "№31 Город – Лесное. Вокзал: 6.55, 12.20, 18.05. Лесное: 7.35, 13.00, 18.45.\n"
     "Рейсы ходят по выходным (3, 4, 10 и 11 мая).", []),
    # the size of the field a rank is taken in
    ("Область заняла третье место среди 85 регионов, а город стал 5-м из 42 городов.", []),
    # места в забеге, а не список чисел
    ("Итоги забега на 5 км у женщин: второе – Петрова, 2 – Сидорова, 3 – Кузнецова.", []),
    # номера поездов и рейсов в тексте
    ("Поезда 6301 и 6302 отменены, поезд 116 задержан, рейсы 208 и 210 перенесены.", []),
    # a table's header pasted as text: the year after a month is a date's, though a unit follows it
    ("Надои\nИюнь 2011 в % к июню 2010\nтонн в % к январю июню 2010 тонн", []),
    # a year between two shares of one list is no item of it
    ("Выпуск вырос на 0,4% (впервые в 2024 году) после снижения на 1,5% в мае.", [only("0,4%"), only("1,5%")]),
    # finishing times in brackets after the racers' names
    ("Следом к финишу пришли Михаил Петров (24,08) и Николай Сидоров (24,10).", []),
    # a catalogue's article number; a race's distance in a results heading and after "дистанции"
    ("Ланге Россо. Пино Нуар\nАртикул: 46705\nТип вина: красное сухое", []),
    ("Помимо основной дистанции 21,1 км, участники бежали.\n\nЧемпионат России, 15 км, мужчины\n\nАндрей Лейман – 45:37", []),
    # a calendar's years: a life's span before 1900, and a birth year with its "г.р."
    ("Декабрь:\n- 215 лет со дня рождения Эжена Сю, писателя (1804-1857).\n- 150 лет со дня рождения поэтессы (1869-1905).\n- юбилей (1934 г.р.)", []),
    # a combat sport's weight classes, in a sentence and as the headings of a results page
    ("На ковер вышли борцы в весовых категориях до 61, 74 и 97 кг.\nРезультаты:\nДо 61 кг.\nИванов - Петров 3:1\nДо 74 кг.\nСидоров - Козлов 2:0", []),
    # the tens of an ordinal in words, and a bill's reading numbered by a digit
    ("ПОВЕСТКА ДНЯ\nсорок седьмого заседания областной Думы", []),
    ("Законопроект о бюджете принят в 1 чтении, поправки рассмотрят во 2 чтении.", []),
    # an amending law's parts, points and articles in the instrumental, and a room number
    ("Часть 2 дополнить пунктом 7; дополнить частями 4.1-4.3; слова «главой 5» заменить словами «подпунктом 2 пункта 3 статьи 12».", []),
    ("Ознакомиться с материалами можно в кабинете 214 здания администрации.", []),
    # the record of two clubs' meetings: wins, draws and goals
    ("«Заря» – «Волна». 12 игр: «Заря» – 6 побед, «Волна» – 1 победа, ничьих – 5. «Заря» – 19 голов, «Волна» – 9 голов.", []),
    # a match report's scorers and their minutes
    ("«Заря» — «Волна» — 3:1. Голы: 1:0 — Петров (21). 2:0 — Сидоров (51, с пенальти). 3:1 — Орлов (66).", []),
    # house numbers listed in brackets after their street, as a notice of works lists them
    ("С 8.00 до 18.00 не будет света на улице Садовой (31, 33) и на проспекте Ленина (70, 72).", []),
    # a price list pasted as CSV: its cells are no claims ("1 раз" is its unit of work)
    ("№;Услуга;Ед. изм.;цена в руб.\n1 ;Вызов мастера ;1 раз ;900\n2 ;Выезд за город ;1 раз ;+400\n", []),
    # коды и индексы после двоеточия называют, а не считают
    ("Автомобильный код области: 24, 84, 124", []),
    ("Почтовый индекс: 660000", []),
    # the numbers a "№" lists, joined by "и"; a scorers' list in "мячей"
    ("Поезда № 6001 и 6003 отменены.", []),
    # one count of points near a table's place
    ("«Зенит» набрал 17 очков и делит первое место.", []),
    # a floor's number ("на 18 этаж"), not a count of floors ("9 этажей" stays one)
    ("Петарда залетела на 18 этаж жилого дома, а на 5 этаже начался пожар.", []),
    # the denominator of a rate in a table's header
    ("Показатели на 1000 человек населения", []),
    # a forecast's readings by the time of day: a sign names no change of anything
    ("Понедельник 3 марта, ясно, днем -3, ночью -9. Вторник 4 марта, облачно, днем +1, ночью - 1.", []),
    ("Экономических преступлений (гл. 22 УК РФ) стало меньше, как и в главе 16.", []),
    # a programme's clock times with a full stop: spans, and a line that opens with one
    ("12 мая (вторник)\n09.00 – 09.30 Регистрация участников\n09.30 – 12.30 Пленарное заседание\n13.00 Обед\n14.00 – 17.00 Работа секций", []),
    ("Турнирная таблица: «Краснодар» — 40 очков. Бомбардиры: Сперцян — 10 мячей, Глушенков — 9.", []),
    # an ordinal's ending, or a cardinal's before a unit of time: a decade, a grade, a span, an age
    ("В 90-х годах и в 2000-х ситуация была другой.", []),
    ("Ученики 5-х классов сдали экзамен вместе с 6-ми классами.", []),
    ("Срок составил до 5-ти лет, пострадал 3-х летний ребёнок.", []),
    ("За три последних года и пять полных лет ничего не изменилось.", []),
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
    # a five-digit area code in brackets, then a local number of five digits in groups of one and two
    ("Справки по телефону 8(48139) 3-12-47.", []),
    # ... whose last group takes no unit of the words after it ("г." of a town, not grams)
    ("Справки по телефону 8(48139) 3-12-47 г. Починок, ул. Советская.", []),
    ("Москва, ул. Тверская, д. 13", []),
    ("Горячая линия 112 работает круглосуточно.", []),
    # списки и прочее
    ("1. Безопасность дорожного движения.", []),
    ("2) Миграционная политика.", []),
    ("Это одна из главных задач министерства.", []),
    ("Я говорил об этом три раза.", []),
    # a round's number, its noun in the nominative after it
    ("Матчем «Динамо» и «Торпедо» завершился 12 тур. 13 тур пройдет с 1 по 2 июня.", []),
    # ... so is a route, a building or a class ("24 маршрут", "2 корпус"); "21 маршрут" may count routes
    ("С понедельника 24 маршрут пойдет через мост, а 2 корпус больницы закроют на ремонт.", []),
    ("12 собрание Думы объявляю открытым. Пельмени готовили уже в 14 веке.", []),
    ("В городе работает 21 маршрут и 35 маршрутов такси.", [row("21", 21), row("35", 35)]),
    ("После победы команда поднялась на 4 место.", []),
    # a number with a case ending before an adjective in the singular is part of a compound adjective ("four-stroke")
    ("Продается 2-х комнатная квартира в 5-ти этажном доме, двигатель котла 4-х тактный.", []),
    # a league table pasted a team a line, one line of it naming the points its numbers count
    ("Итоговая таблица\n\nЗенит 68 очков\n\nЦСКА 62\n\nРубин 58\n\nСпартак (Москва) 49\n\nТомь 37\n", []),
]

RUSSIAN_WITH_CLAIMS = [
    # a year's word not opening the label: the figure is a count
    ("За год число краж – 1779.", [only("1779", value=1779)]),
    # a round number after a figure, its noun and "на" is the rate's denominator; a change's size after a time stays
    ("Плотность населения – 12,3 человека на 1 кв. км. В 2023 году краж стало на 10 больше.",
     [only("12,3", value=Decimal("12.3")), only("10", value=10)]),
    # a count of months in any case ("за 9 месяцем", a typo's instrumental) is a period, no count
    ("ВРП области за 9 месяцем увеличился на 4,9%.", [only("4,9%", value=Decimal("4.9"))]),
    # a page's date one part a line ("11" "06" "2020"): its year is no cell of a column, no claim
    ("11\n06\n2020\n\nИнфляция в мае составила 0,22%.", [only("0,22%", value=Decimal("0.22"))]),
    # a short quote that closes after a figure with its unit, or a longer one, is no name
    ("Министр сказал: «Рост составил 16%», а в «Отчёте за год» указано, что «безработных стало меньше на 1200».",
     [only("16%", value=16), only("1200", value=1200)]),
    ("Мы провели там 3 ночи, а всего гостиницы учли 674 521 ночей.", [only("674 521", value=674521, unit="count")]),
    # сравниваемая пара после тире, у каждого числа своё время
    ("Краж стало меньше — 38 в этом году против 53 в 2021 году.",
     [only("38", value=38), only("53", value=53, year=2021)]),
    # a round denominator after a rate's noun: "коэффициент ... на 1000 человек" (not "выросло на 1000 человек")
    ("Общий коэффициент рождаемости на 1000 человек составил 9,8. Число жителей выросло на 1000 человек.",
     [only("9,8"), only("1000")]),
    # a count before 1900 alone in brackets stays a count
    ("Кражи (1250) и грабежи (1300) снизились.", [only("1250"), only("1300")]),
    # a weight after "в весе" and a harvest of farms "всех категорий" are masses measured, no weight classes
    ("Урожай зерна в весе после доработки составил 150,7 млн тонн, в хозяйствах всех категорий намолочено 150,7 млн тонн.",
     [only("150,7 млн тонн"), only("150,7 млн тонн")]),
    # a noun in brackets after a title, with an act's number in them, measures nothing
    ("Правила благоустройства (в ред. решения Совета народных депутатов от 25.01.2024 № 153)\n\nПлощадь парка составляет 12 гектаров.",
     [row("12 гектаров", 120000, "m2")]),
    # a noun of change after "и" is the next thing's ("весом 2940 граммов и ростом ..."), not the figure's rise
    ("Родилась девочка весом 2940 граммов и ростом 49 сантиметров.", [row("2940 граммов", Decimal("2.94"), "kg"), only("49 сантиметров")]),
    ("Бензин подорожал с 50 до 55 руб. за литр, дизель — от 60 до 66 руб.",
     [row("50", 50, "RUB"), row("55 руб.", 55, "RUB"), row("от 60 до 66 руб.", 60, "RUB", "range", value_to=66)]),
    # ... but a count of rounds takes the genitive
    ("Всего в сезоне прошло 12 туров.", [row("12", 12, subject="туров")]),
    # a counting verb, its noun, then the count: "зарегистрировано пожаров 160" (a report's list); not a title's change noun
    ("За полугодие зарегистрировано пожаров 212.", [row("212", 212, subject="пожаров")]),
    ("В городе остановился рост смертности\n\n530\n\nОб этом сообщил Петростат.", []),
    # a signed change with its digits grouped is no phone number: a phone has seven digits or more
    ("Зарегистрировано 49 043 заявления (АППГ – 48 015; +1 028 или 2,1%).",
     [row("49 043", 49043), row("48 015", 48015), row("+1 028", 1028, direction="up"), row("2,1%", Decimal("2.1"), "percent", direction="up")]),
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
    # a compound of scales with a decimal part is one number
    ("Безработица составляет 2 млн 59,2 тыс. человек.", [row("2 млн 59,2 тыс.", 2059200)]),
    ("Лента настроения\n0 оценили\n\nДоходы бюджета выросли на 5%.", [row("5%", 5, "percent", direction="up")]),
]

# Whole documents full of numbers that state no statistic (written for these tests): none gives a row.
DOCUMENTS = [
    ('an American football scoring summary',
     'Central 24, Western 17\nFirst quarter\nCentral – Ellis 7 pass from Moore. Lane kick. Drive – 9 plays, 64 yards, 4:10. '
     'Key plays – Moore passes of 12 and 21 yards on third down; Grant 14-yard run to the Western 30. Score – Central 7-0\n'
     'Western – Diaz 33-yard field goal. Drive – 11 plays, 52 yards, 5:02. Score – Central 7-3\n'),
    ('a train page: its number labelled once, then used as its name',
     '12951 train schedule\nThe 12951 Express runs daily from Mumbai to Delhi.\n- Train no: 12951\n'
     '12951 starts at 17:00 and reaches Delhi at 08:32.\nCode | Arrives | Departs | Distance |\nBCT | -- | 17:00 | 0 km |\n'
     'BRC | 21:05 | 21:15 | 392 km |\nNDLS | 08:32 | -- | 1386 km |\n'),
    ('a bus timetable',
     'Route 42: Central Station - Airport\nMonday to Friday\nCentral Station   05:40  06:10  06:40  07:10  07:40\nMarket Square     05:52  06:22  06:52  07:22  07:52\nHospital          06:01  06:31  07:01  07:31  08:01\nAirport Terminal 2 06:25  06:55  07:25  07:55  08:25\nSaturday\nCentral Station   07-15  08-15  09-15  10-15\nAirport Terminal 2 07-50  08-50  09-50  10-50\nBuses run every 30 minutes. Night bus N42 leaves at 23.45 and 00.45.\n'),
    ('a results page with set scores',
     "Men's Singles, Third Round\nDaniel Kovac (3), Serbia, def. Martin Ruiz, Spain, 6-3, 7-6 (5), 6-4.\nTom Heller, Germany, def. Luca Bianchi (12), Italy, 4-6, 6-3, 3-6, 7-5, 6-2.\nWomen's Singles, Second Round\nAnna Petrova (1), Russia, def. Mia Jensen, Denmark, 6-1, 6-0.\nDoubles: Kovac/Heller d. Ruiz/Bianchi 7-6 (4), 6-7 (2), 10-8.\n"),
    ('match results and a league table',
     'Premier Division, Round 28\nSaturday, March 14\n15:00  Riverside United    2-1 (1-0)   Hill Town\n15:00  Northport FC        0-0         Eastfield Rovers\n17:30  Castle City         3:2         Bay Athletic\nStandings\n 1. Riverside United   28  20  5  3  61:22  65\n 2. Castle City        28  18  6  4  55:30  60\n 3. Northport FC       27  15  8  4  40:25  53\nRiverside United lead the table with 65 points after 28 games, five ahead of Castle City.\nTop scorer: Jon Berg, 19 goals in 26 matches.\n'),
    ('a statute with numbered sections',
     'Section 12. Registration of vehicles\n(1) A vehicle shall be registered within 10 days of its purchase.\n(2) The owner shall submit the documents listed in Section 14(3) and Annex 2.\n(3) Subsection (2) does not apply to vehicles registered under Section 9 before 1 July 2019.\nSection 13. Entry into force\nThis Act comes into force on 1 January 2021, except Sections 4 to 7, which come into force on 1 March 2021.\nArticle 5, Part 2, point 3 of the Regulation No 1234/2018 is repealed.\n'),
    ('an SRT subtitle file',
     '1\n00:00:01,200 --> 00:00:03,900\nGood evening, and welcome back.\n\n2\n00:00:04,100 --> 00:00:07,350\nTonight we talk to the minister\nabout the new railway line.\n\n3\n00:00:07,900 --> 00:00:10,000\nMINISTER: Thank you for having me.\n\n4\n00:01:12,480 --> 00:01:15,020\nWe will open the first section next spring.\n'),
    ('a recipe',
     'Lemon pancakes\nServes 4. Preparation: 10 minutes. Cooking: 20 minutes.\nIngredients\n- 250 g plain flour\n- 2 eggs\n- 300 ml milk\n- 1 tbsp sugar\n- a pinch of salt\n- 2 tsp lemon zest\nMethod\n1. Whisk the flour, eggs and milk into a smooth batter.\n2. Heat a pan over a medium heat and add 1 tsp of oil.\n3. Pour in 3 tbsp of batter and cook for 2 minutes on each side.\n4. Serve with 2 slices of lemon.\n'),
    ('a TV listing',
     'Channel 4 - Tuesday\n06:00 Breakfast News\n09:15 Homes Under the Hammer (Series 12, Episode 7)\n10:00 Film: The 39 Steps (1935) 12+\n12:30 Local News and Weather\n13:00 Quiz Time - Round 3 of 5\n18:00 News at Six\n21:00 Drama: Station 19, S4 E11\n'),
    ('match summaries, each a line of two teams and their goals',
     'Premier League\n\nLeeds 2, Everton 1\n\nLeeds: Jack Harrison (12), Rodrigo (70).\n\nHalftime: 1-0.\n\nFulham 0, Brentford 0\n\nHalftime: 0-0.\n'),
    ('a cricket scorecard',
     'Second Test, Day 1\n\nHosts 1st innings: 312 all out (88.2 overs)\nA. Khan c Smith b Jones 84 (131 balls, 10x4)\nB. Rao lbw b Patel 22 (40)\n'
     'Bowling: Jones 21-3-77-4, Patel 25-6-68-3\n\nVisitors 1st innings: 96/2 (31 overs), trail by 216 runs.\n'),
    ('a page of high school scores, each line two sides and their points (a page the layout may read as a paragraph)',
     'High school scores on Friday:\nBOYS BASKETBALL\nAshford 60, Brookvale 80\nCedar Ridge 49, Dunmore/Stillwater 45\nElm Park-Mill Creek 81, Fairhaven 23\nGlenwood 44, Harlow 72\nIronbridge 74, Juniper Falls/Stillwater 26, OT\nKingsley-Mill Creek 63, Larchmont 57\nGIRLS BASKETBALL\nMaple Bay 43, Northgate 78\nOakridge 72, Pine Hollow/Stillwater 33\nQuarry Hill-Mill Creek 42, Redstone 25\nSilverton 67, Thornbury 46\nUpton 44, Valemont/Stillwater 35\nWestbrook-Mill Creek 45, Yarrow 55\n'),
    ('a league table with a note under it',
     'Pos Team P W D L Pts\n1 Arsenal 12 9 2 1 29\n2 City 12 8 3 1 27\n3 Everton 12 4 2 6 4\n\nNote: Everton were deducted 10 points for a breach of the rules.\n'),
    ('a pasted table',
     'Region\tCode\tQ1\tQ2\tQ3\tQ4\nNorth\t11\t102\t98\t110\t120\nSouth\t12\t87\t91\t95\t99\nEast\t13\t143\t150\t148\t161\nWest\t14\t66\t70\t72\t75\n'),
    ('расписание автобуса',
     'Расписание автобуса № 112 (Автовокзал – Аэропорт)\nБудние дни\nАвтовокзал      05.45  06.15  06.45  07.15\nПлощадь Ленина  05.58  06.28  06.58  07.28\nАэропорт        06.30  07.00  07.30  08.00\nВыходные: каждые 40 минут с 07.00 до 21.00.\n'),
    ('счёт матча и турнирная таблица',
     'КХЛ. Регулярный чемпионат\nЦСКА – СКА 3:2 ОТ (1:0, 0:2, 1:0, 1:0)\nШайбы: Попов (12), Семенов (7), Киселев (15).\nТурнирная таблица Западной конференции\n1. ЦСКА 43 28 6 9 134-88 67\n2. СКА 45 26 5 14 141-102 60\n3. Динамо 44 23 7 14 120-99 57\nЦСКА с 67 очками после 43 игр занимает первое место, у СКА 60 очков в 45 матчах.\n'),
    ('статья закона',
     'Статья 12.9. Превышение установленной скорости движения\n1. Утратил силу. - Федеральный закон от 23.07.2013 N 196-ФЗ.\n2. Превышение скорости, указанное в части 1 настоящей статьи, - влечет последствия, предусмотренные статьей 4.1.\n3. Положения части 2 не применяются в случаях, указанных в пункте 3 статьи 28.6 настоящего Кодекса.\nСтатья 13. Вступление в силу\nНастоящий закон вступает в силу с 1 января 2021 года, за исключением статей 4–7.\n'),
    ('субтитры SRT',
     '1\n00:00:02,100 --> 00:00:04,800\nДобрый вечер, дорогие зрители.\n\n2\n00:00:05,000 --> 00:00:08,300\nСегодня у нас в гостях министр транспорта.\n\n3\n00:00:09,150 --> 00:00:11,900\nМИНИСТР: Спасибо за приглашение.\n'),
    ('рецепт',
     'Блины на молоке\nПорций: 4. Время приготовления: 30 минут.\nИнгредиенты:\n- мука - 250 г\n- молоко - 500 мл\n- яйца - 2 шт.\n- сахар - 2 ст. л.\n- соль - щепотка\nПриготовление\n1. Смешайте яйца с сахаром и солью.\n2. Влейте 250 мл молока и добавьте муку.\n3. Жарьте блины по 1 минуте с каждой стороны.\n'),
    ('телепрограмма',
     'Первый канал, вторник\n05:00 Доброе утро\n09:00 Новости\n09:50 Жить здорово! (16+)\n12:15 Время покажет (16+)\n21:00 Время\n21:45 Т/с "Вызов" 3 и 4 серии (16+)\n'),
    ('a forum thread',
     'Economy Forums | Help & Search\n\nredfox1984\n\n(12,406 posts)\nTue Mar 2, 2021, 10:15 AM\n\nJobs report out today\n\n'
     'Replies\n\nbluebird\n(3,118 posts)\n2. I read it\n'),
    ('a web page with its scripts',
     'News of the day\n\nwindow.adfox({ ownerId: 25180, params: { p1: "abc" } }, ["tablet", "phone"], '
     '{ tabletWidth: 1023, phoneWidth: 639, isAutoReloads: false });\nsetTimeout(function () { refresh(); }, 3000);\n'),
    ('a flattened subtitle file',
     '1 00:00:01,200 --> 00:00:03,900 Good evening. 2 00:00:04,100 --> 00:00:07,350 Tonight we talk to the minister. '
     '3 00:00:07,900 --> 00:00:10,000 Welcome.\n'),
    ('a statute amending sections',
     'Short Title of 2019 Amendment\nPub. L. 116–21, § 1, June 3, 2019, 133 Stat. 1020, provided that: "This Act '
     '[amending sections 211, 215, and 1116 of this title] may be cited as the Safe Roads Act."\n'),
    ('вставленная таблица',
     'Регион\tКод\t2021\t2022\t2023\nМосква\t77\t1 120\t1 245\t1 310\nТверь\t69\t310\t298\t305\nТула\t71\t240\t251\t262\n'),
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
    *[case(f"a document of no claims: {label}", text, []) for label, text in DOCUMENTS],
]


@pytest.mark.parametrize(CASE, CASES)
def test_not_claims(kind, text, expected, options):
    run_case(kind, text, expected, options)
