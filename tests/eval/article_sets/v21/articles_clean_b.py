ARTICLES = [
("Punjab Farm Journal", """How to register for MSP paddy procurement: a step-by-step guide

With paddy procurement due to begin on 1 October, the state food department has asked farmers to complete their registration on the procurement portal before arriving at the mandi. Last season, hundreds of farmers were turned away or delayed because their land records did not match their bank details.

The Journal spoke to district officials and arhtiyas about what farmers need to do. Here is what you need to know.

1. Check your land records. Your name, khasra number and area under paddy must match the revenue records (jamabandi). If the land is leased, the lease must be registered with the patwari.

2. Link your bank account. Payments at the minimum support price (MSP) are transferred directly to the farmer's account. The account must be linked to your Aadhaar number and active.

3. Register on the portal. Farmers can register themselves or through their arhtiya. You will need your mobile number, Aadhaar, bank IFSC code and land details.

4. Book a slot. Once registered, farmers receive an SMS with a date to bring their crop to the mandi. This is meant to prevent crowding in the first two weeks.

5. Keep moisture below 17 per cent. Paddy with moisture above the limit set by the Food Corporation of India (FCI) will not be purchased at full price, and may be rejected outright.

The MSP for common paddy this season is Rs 2,300 per quintal, and Rs 2,320 for Grade A.

District food and supplies controller Amandeep Sandhu said most problems last year were caused by mismatched names. “Sometimes the land is in the father's name and the bank account is in the son's. The system cannot match them. Please check now, not on the day.”

Arhtiya Balwinder Garg, who has run a commission agency in Moga for 30 years, said older farmers in particular needed help with the portal. “Many of them don't use smartphones. We do it for them, but the village cooperative societies (PACS) should also set up help desks.”

Scientists at Punjab Agricultural University (PAU) have advised farmers to harvest only when the grain is fully mature to keep moisture levels down.

A helpline, 1800-180-2117, will run from 7am to 9pm during the procurement season."""),

("Nelson Bays Mail", """Motueka poet's estuary collection wins national award

A Motueka poet who spent three years writing about the tides, birds and mudflats of the Moutere Inlet has won the poetry prize at this year's national book awards.

Sarah Matheson, 63, a retired district nurse, took up poetry seriously only after she stopped working in 2018. Her winning collection, Low Water, is her first book.

The judges described the collection as “patient, precise and quietly heartbreaking”, praising poems that move between the natural world and Matheson's years caring for patients in rural homes.

One of the shortest poems in the book, Godwits, was read aloud at the ceremony in Auckland:

They leave in March
as if on a signal
no one else can hear,

eleven thousand kilometres
without stopping,
without food,

and every spring
we stand on the causeway
counting them home.

Matheson said she wrote most of the book sitting in her car at the inlet car park with a flask of tea. “The estuary changes every hour. If you sit still long enough, you start to see it.”

She said winning was “a complete shock”. Her husband, Peter, and their two daughters travelled with her to the ceremony.

The poem that gives the collection its title was written after a patient, an elderly oyster farmer, died in the middle of winter. Its last lines were quoted by the judges in their citation:

At low water the channels show
the shape of everything that's gone.

Local bookshop owner Jan Cridland said the book had sold out twice since the shortlist was announced in July. “People come in and say, I don't usually read poetry, but. And then they buy two copies.”

Matheson will read from Low Water at the Motueka Library on 14 September at 7pm. Entry is free.

The prize carries $10,000. Asked what she would spend it on, she did not hesitate.

“A new car. The old one's seen a lot of tides.”"""),

("Lake Victoria Herald", """Magistrate jails boat operators over Rusinga ferry overloading

A magistrate in Homa Bay has jailed two boat operators for six months each after a ferry carrying more than twice its permitted number of passengers capsized near Rusinga Island in March, killing four people.

Principal Magistrate Esther Wanjiru convicted coxswain Tom Okumu, 38, and boat owner Gabriel Onyango, 51, of operating an unseaworthy vessel and carrying passengers in excess of the vessel's licensed capacity, under the Merchant Shipping Act.

The court heard the boat, licensed to carry 20 passengers, had 46 people on board when it overturned in rough water about 300 metres from shore. Only eleven were wearing life jackets.

“Every one of those passengers trusted the accused to bring them home,” the magistrate said. “The accused chose profit over safety.”

Prosecution counsel Mercy Atieno had asked for the maximum sentence. “The lake is not a matatu. You cannot simply squeeze in one more,” she told the court.

Defence advocate Samuel K. Ouma said his clients had been under pressure from passengers who wanted to reach a market on the mainland before it closed. “Nobody was forced onto that boat,” he said. “My clients are fishermen, not criminals.”

The magistrate rejected that argument, saying the law placed the responsibility on the operator, not the passengers.

Relatives of the victims, who filled the public gallery, welcomed the sentence. “Six months is not enough for four lives,” said Pamela Akoth, whose brother drowned. “But at least someone has been held responsible.”

The Kenya Maritime Authority (KMA) said it had increased spot checks on passenger boats on the lake since the accident and had impounded 23 vessels for safety breaches. A KMA official, Daniel Kiprono, said life jackets were now being distributed free at several beaches through a programme supported by the county government.

More than 100 people drown in Lake Victoria every year, according to estimates by regional authorities, most of them fishermen and passengers on small boats.

Okumu and Onyango have 14 days to appeal."""),

("Highveld Sport", """Lynx climb to second as Pumas slip in tight First Division race

The Highveld Lynx moved into second place on the First Division log on Saturday after a bonus-point 38-17 win over the Eastern Rangers, while the previously unbeaten Mpumalanga Pumas stumbled to their first defeat of the season.

The Lynx scored six tries to two in Witbank, with wing Jabu Masilela crossing three times. Coach Johan Prinsloo said his side had finally put together a full 80 minutes. “That's the standard now. We can't go backwards.”

In Nelspruit, the Pumas lost 22-20 to the Griqua Kings after a late drop goal from flyhalf Chad Olivier. The Pumas remain top, but their lead has been cut to three points.

Elsewhere, the Free State Kestrels beat the Border Bulldogs 31-24 in East London and the Boland Falcons edged the Valke 19-18 in Wellington.

Results (round 9):
Lynx 38 Rangers 17
Griqua Kings 22 Pumas 20
Bulldogs 24 Kestrels 31
Falcons 19 Valke 18

Log after round 9 (P W D L Pts):
1. Pumas 9 7 0 2 34
2. Lynx 9 6 1 2 31
3. Griqua Kings 9 6 0 3 30
4. Kestrels 9 5 0 4 25
5. Falcons 9 4 1 4 21
6. Valke 9 3 0 6 16
7. Bulldogs 9 2 0 7 11
8. Rangers 9 1 0 8 6

The top four qualify for the semi-finals, with the top two hosting. With three rounds left, the race for fourth looks the most open, with the Kestrels four points clear of the Falcons.

Pumas captain Wian Steyn said the defeat was a reminder that nothing was settled. “Nobody in this competition is easy. We knew that already. Today we felt it.”

Round 10 fixtures (Saturday):
• Pumas v Kestrels, Mbombela, 15:00
• Rangers v Falcons, Mthatha, 15:00
• Valke v Lynx, Kempton Park, 17:00
• Griqua Kings v Bulldogs, Kimberley, 17:00

Masilela's hat-trick took him to 11 tries for the season, two ahead of the Kings' Lood Engelbrecht in the race to be the competition's top try scorer."""),

("Otago Evening Star", """Q&A: Five minutes with a gun shearer before the Golden Shears

Ahead of the national shearing championships next month, we caught up with Tarras shearer Wiremu Paewai, 29, who shore 602 lambs in nine hours last season to set a district record. He is entered in the open final for the first time.

How long have you been shearing?

Since I was 15. Dad was a shearer, and his dad.

How many sheep a day, normally?

On a good day, 400 ewes. Lambs, more.

Best day ever?

The 602. Hot day, tidy lambs, good shed. Everything went right.

What do you eat?

A lot. Five meals. Porridge at 5am, then smoko, lunch, smoko, dinner. I don't count calories. I'd lose.

Nerves before a competition?

Yes. Always.

How do you deal with them?

Headphones. Same playlist every time. Mostly old-school reggae.

Hardest part of the job?

The back. Everyone says the back. Also being away from the kids for weeks at a time.

Would you want your kids to shear?

If they want to. It's a good living if you work hard. But it's their call.

Favourite shed?

Can't say. I'd get in trouble.

Biggest change in the industry?

Fewer sheep, fewer gangs. When I started there were five gangs in this district. Now there are two.

What about wool prices?

Don't get me started. Strong wool barely pays for the shearing. Farmers are going over to beef or trees. It's sad.

Goal for the Golden Shears?

Make the final. Anything after that is a bonus.

And after that?

A week off. Fishing. No sheep.

Paewai will compete in the open heats in Masterton on the first Thursday of March. The open final is on the Saturday night."""),

("Tasman Business Review", """Kauri Foods lifts EBITDA but warns on NZ dollar, freight

NZX-listed food exporter Kauri Foods has reported a 14 per cent rise in EBITDA for the year to March, but warned that a stronger New Zealand dollar and rising freight costs would weigh on earnings in the year ahead.

Earnings before interest, tax, depreciation and amortisation rose to $86.3 million, from $75.7m a year earlier, on revenue of $742m. Net profit after tax was $31.2m, up from $27.9m. The board declared a final dividend of 9.5 cents per share, fully imputed.

Chief executive Rangi Hetaraka said demand for the company's freeze-dried fruit and honey products had been strong in China, Japan and the US. Its manuka honey range is now sold on Amazon in the US and on JD.com and Tmall in China.

“E-commerce is now 22 per cent of our export revenue. Five years ago it was close to zero,” Hetaraka said.

Outlook

The company did not give formal guidance but said it expected FY25 EBITDA to be “broadly flat”, citing the currency and freight costs, which have risen sharply on routes to the US east coast.

Analysts at Harbourside Securities said the result was slightly ahead of consensus. Analyst Grace Liu noted that the company's net debt to EBITDA ratio had fallen to 1.4 times, giving it room to invest. “The balance sheet is in good shape. The question is growth beyond honey.”

Kauri Foods is also dual-listed on the ASX. Shares rose 3.1 per cent to $4.62 in Wellington on Thursday.

Key numbers (FY24 vs FY23):
• Revenue: $742m ($689m)
• EBITDA: $86.3m ($75.7m)
• NPAT: $31.2m ($27.9m)
• Final dividend: 9.5cps (8.5cps)

Correction: An earlier version of this story said Kauri Foods' shares were listed only on the NZX. The company is dual-listed on the NZX and ASX. We also incorrectly gave the final dividend as 9.0 cents. It is 9.5 cents per share. The story has been updated."""),

("Pacific Wire Service", """Fiji edge Tonga as Pacific Netball Series reaches final weekend

SUVA, Aug 17 (PWS) – Fiji beat Tonga 54-51 in a tense round-robin match at Vodafone Arena on Saturday to stay unbeaten in the Pacific Netball Series, setting up a title decider against Samoa on Sunday.

Goal shooter Kalesi Tawake scored 39 goals from 43 attempts for Fiji, who led by seven at half-time before Tonga clawed back to within one goal with three minutes remaining.

“They came at us hard in the last quarter. Tonga always do,” said Fiji coach Unaisi Rokoura. “We held our nerve. That's what matters.”

Tonga coach 'Ana Vea said her team had left it too late. “We gave Fiji too much space in the first half. In the second half we showed what we can do. Now we finish strong against the Cook Islands.”

Samoa kept their title hopes alive with a 61-38 win over the Cook Islands, while Papua New Guinea beat Solomon Islands 57-29 in the other match.

Saturday's results:
Fiji 54 Tonga 51
Samoa 61 Cook Islands 38
Papua New Guinea 57 Solomon Islands 29

Standings (W-L, goal percentage):
Fiji 4-0 (138.2)
Samoa 3-1 (129.5)
Tonga 2-2 (104.7)
Papua New Guinea 2-2 (98.1)
Cook Islands 1-3 (81.9)
Solomon Islands 0-4 (62.0)

Samoa captain Ulu Faleolo said her team needed to beat Fiji by more than six goals to win the title on goal percentage. “We know the maths. We just need to play.”

A win on Sunday would give Fiji their first series title since 2018.

Sunday's fixtures (local time):
10:00 Solomon Islands v Cook Islands
12:00 Tonga v Papua New Guinea
14:00 Fiji v Samoa

The series, played every two years, is used as preparation for the Pacific Games and the Netball World Cup qualifying tournament."""),

("Karoo Courier", """Small town, big stage: Steynsfontein arts festival draws record crowd

Three days. Twenty-one shows. One town hall, two churches and a converted ostrich-feather store.

The fourth Steynsfontein Arts Festival, held over the long weekend, drew about 6,500 visitors, more than double the town's population and the biggest crowd in the festival's short history.

Organiser Lize Cloete said every show in the main venue had sold out. “People said a festival in a town this small would never work. It works.”

Highlights included a one-man play about a shepherd who walks from Beaufort West to Cape Town in 1933, a jazz trio from Gqeberha, and a late-night poetry evening in the old NG church, lit only by candles because the power went off halfway through. Nobody left.

Karoo musician Neels Basson, who played to a packed hall on Saturday, said audiences in small towns were the best. “They listen. In the city, people are on their phones. Here they actually listen.”

The festival also gave space to local talent. A choir of 40 learners from Steynsfontein Primary opened proceedings on Friday, and an exhibition of photographs by farmworker Moses Jantjies, shot on an old Nokia and a second-hand Canon, sold out on the first day.

Visitors posted throughout the weekend under #SteynsFees and #KarooKuns, and the festival's Instagram account, @steynsfees, gained more than 2,000 followers.

Not everything went smoothly. Accommodation in town was fully booked months in advance, and some visitors slept in their cars or in tents on the rugby field. Queues at the town's only ATM stretched around the block on Saturday morning.

Local businesses were not complaining. Koffiehuis owner Ansie Pretorius said she had baked 300 melktert slices on Saturday alone. “Sold out by two o'clock. My feet are still sore.”

Planning for next year has already begun. Bigger, said Cloete. But not too big.

“We don't want to lose what makes it special. That's the town itself.”"""),

("Antipodean Science Weekly", """River water eDNA finds rare galaxiid in unexpected stream

Traces of DNA in stream water have revealed a population of one of New Zealand's rarest freshwater fish in a creek where it had never been recorded, raising hopes that other hidden populations may be out there.

Researchers detected environmental DNA (eDNA) from the Taieri flathead galaxias in a small tussock-land stream in the upper Taieri catchment last summer. Follow-up electrofishing surveys in April found about 60 adult fish living above a waterfall that keeps out introduced brown trout.

Freshwater ecologist Dr Tom Ngata, who led the study, said the discovery was a surprise. “We sampled that stream as a control site. We didn't expect anything. When the result came back positive, I asked the lab to run it again.”

The technique works by filtering stream water and testing it for DNA shed by fish through mucus, scales and waste. A single one-litre sample can detect species present upstream, even in low numbers.

The team sampled 142 sites across the catchment using a citizen-science model, training landowners, school groups and anglers to collect samples. Key findings included:

- eDNA from the flathead galaxias at nine sites, three of them previously unknown;
- trout DNA at 118 sites, including some headwater streams thought to be trout-free;
- no detection at four sites where the species was recorded in the 1990s.

Landowner Jill McAtamney, whose sheep and beef farm includes part of the stream, said she was delighted. “We've always fenced that gully. It's nice to know it paid off.”

The Department of Conservation said it would work with landowners to protect the stream, including keeping trout out of its headwaters. Trout, introduced in the 19th century, prey on small galaxiids and compete with them for food.

Dr Ngata said the study showed the value of low-cost monitoring. “A kit costs about $80. You can't electrofish 142 sites for that. eDNA won't replace fieldwork, but it tells you where to look.”

The study was published in the journal New Zealand Freshwater Research."""),

("Suva Weekender", """Kava prices ease as Kadavu harvest reaches market

SUVA, May 4 – The price of kava at Suva Municipal Market has fallen for the first time in almost two years, as the first large harvest from Kadavu in several seasons reaches the capital.

Vendors said dried waka, the prized lateral roots, was selling for between $75 and $85 a kilogram on Saturday, down from more than $100 in February. Lewena, made from the main stem, was around $50 a kilogram.

“Kadavu is back,” said vendor Mereani Volau, who has sold yaqona at the market for 19 years. “For a long time the farmers there were replanting after the cyclone. Now the plants are mature and the boats are coming.”

Kava is central to ceremonial and social life in Fiji, and price rises in recent years have been felt by families who buy it for weddings, funerals and village gatherings.

Kadavu farmer Sakiusa Naqase, 54, travelled to Suva with 300 kilograms of dried root from his family's plantation. Asked how he felt about the lower price, he shrugged and answered in Fijian: “E vinaka ga. Sega na leqa.” He then translated: “It's fine. No worries.”

He said his plants had been in the ground for four years, the minimum time for good yields. “My father said five. I could not wait that long.”

Exporters also expect the larger supply to help meet demand from the United States and Australia, where kava bars have grown in popularity. Fiji earned about $100 million from kava exports last year, according to the Ministry of Agriculture.

Not all vendors welcomed the fall. Vendor Losana Tuivuna said she had bought stock at higher prices in March. “Now I am selling for less than I paid. That's business, eh. Sometimes up, sometimes down.”

Market master Viliame Koroi said the municipal council was considering extending opening hours on Saturdays because of the extra trade.

Prices are expected to stay lower through the middle of the year as more farmers from Kadavu and Taveuni bring their crops to market."""),

("Dhaka Morning Post", """Mashrafe Junior's five-for bowls Bangladesh U19 to series win

Fast bowler Tanzid Hasan took five wickets for 23 as Bangladesh Under-19s bowled out Sri Lanka U19 for 139 and won the fourth youth ODI by 88 runs in Sylhet on Tuesday, taking the five-match series 3-1 with one to play.

Tanzid, 18, who is nicknamed “Mashrafe Junior” by teammates for his run-up and his fiery temperament, took three wickets in his first spell to reduce the visitors to 31 for four.

“I just wanted to bowl fast and straight. The pitch had something in it in the morning,” he said. Asked about the nickname, he smiled. “I am happy with it. But there is only one Mashrafe.”

Earlier, Bangladesh made 227 all out in 48.2 overs, with captain Ariful Haque scoring 71 and wicketkeeper Shadman Rana 44.

Brief scores:
Bangladesh U19 227 in 48.2 ov (Ariful Haque 71, Shadman Rana 44; D. Perera 3-38, K. Wellalage 2-41)
Sri Lanka U19 139 in 36.4 ov (R. Fernando 47; Tanzid Hasan 5-23, Rakibul Islam 2-30)
Result: Bangladesh U19 won by 88 runs
Player of the match: Tanzid Hasan

Sri Lanka coach Ruwan Kalpage said his young side had been outplayed. “We had them at 140 for six, and we let them get to 227. Then our batting didn't turn up. That's cricket at this level. Lessons.”

Bangladesh head coach Naveed Nawaz praised the depth in the squad, saying several players had pushed their cases for selection for next year's Under-19 World Cup.

The Bangladesh Cricket Board (BCB) posted highlights on its official page, and the clip of Tanzid's spell trended on social media with fans sharing it under #BanglaTigers and #U19.

The fifth and final match will be played in Sylhet on Thursday. A win for Sri Lanka would be a consolation. A win for Bangladesh would make it 4-1.

Not bad for a side that lost three of its first four matches this season."""),

("Waikato Ledger", """Name suppression lifted for Cambridge horse trainer

A Cambridge thoroughbred trainer convicted of ill-treating horses has lost his bid to keep his name secret, after a High Court judge found that publication would not cause him extreme hardship.

Bryce Arnold Hollister, 52, was convicted in the Hamilton District Court in February on two charges under section 28 of the Animal Welfare Act 1999 after inspectors found five malnourished horses at a property he leased near Cambridge in 2022.

He was fined $8,000 and disqualified from owning or exercising authority over horses for five years. Interim suppression continued while he appealed a decision declining permanent suppression.

In Hollister v R [2024] NZHC 1187, Justice Claire Fenton dismissed the appeal, noting that the threshold of “extreme hardship” under section 200(2)(a) of the Criminal Procedure Act 2011 was high. She referred to the Court of Appeal's approach in Robertson v Police [2015] NZCA 7.

“The appellant's concerns about the effect of publication on his business are understandable, but they are the ordinary consequences of conviction,” the judge wrote.

Hollister had argued that his training business, which employs four staff, would collapse if his name was published, and that his elderly mother's health would suffer.

The Crown, represented by Ms K. L. Tautahi, opposed suppression, saying the public had a legitimate interest in knowing the identity of people convicted of animal welfare offences, particularly in the racing industry.

The SPCA, which brought the original prosecution, welcomed the ruling. Inspectorate manager Fiona Rawiri said the horses had been so underweight that two had to be euthanised. “Animals can't speak up for themselves. Open justice matters here.”

The Racing Integrity Board said it was aware of the decision and would consider whether any further action was needed under the Rules of Racing.

Hollister's counsel, Mr D. J. Kaye, said his client was disappointed and was considering his options. Any appeal to the Court of Appeal would require leave.

Interim suppression lapsed at 5pm on Monday."""),
]
