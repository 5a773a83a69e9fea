ARTICLES = [
("Harlan County Courier", """Pawn shops turn to eBay and Facebook Marketplace as walk-in trade dries up

HARLAN CITY — For most of its 41 years, Big Creek Pawn & Loan on Main Street made its money the old-fashioned way: a customer walked in with a chainsaw, a wedding ring or a deer rifle, and walked out with cash. These days, owner Darrell Sizemore says, about half of his revenue comes from people he will never meet.

"I sold an iPhone 13 to a fellow in Anchorage last Tuesday and a set of Snap-on wrenches to somebody in Maine on Wednesday," Sizemore said, scrolling through a list of orders on a laptop balanced on a glass case full of pocketknives. "Twenty years ago I would have laughed at you if you told me that."

Sizemore's shop is one of at least five pawn and resale businesses in Harlan County that have moved a significant share of their sales online in the past three years, listing items on eBay, Facebook Marketplace and smaller specialty sites. Owners say the shift has been driven by a steady decline in foot traffic as the county's population has fallen, from about 33,000 in 2010 to just under 26,000 today.

The move has its headaches. Sizemore's daughter, Kayla, who manages the online side of the business, said she spends hours each week photographing items, answering questions and packing boxes, and that shipping costs can eat up much of the margin on heavy items. PayPal and eBay fees take another 13 to 15 percent.

Still, the numbers work. Kayla Sizemore said the shop's online sales totaled about $186,000 last year, up from $40,000 in 2021, and that items listed online typically sell for 20 to 30 percent more than they would over the counter.

Not everyone is convinced. Wendell Hoskins, who has run a secondhand store in Evarts since 1987, said he had tried selling on eBay but gave up after a string of disputes with buyers. "I would rather sell it for less to somebody I can look in the eye," he said.

Correction: An earlier version of this article misstated the year Big Creek Pawn & Loan opened. It opened in 1983, not 1988. The article also misspelled the name of Wendell Hoskins. The Courier regrets the errors."""),

("Northern Lights Sports Report", """Playoff roundup: Oulu, Lahti advance as Turku's comeback falls short

OULU — Oulu Kärpät and Lahti Pelicans booked their places in the semifinals on Thursday night, while Turku's bid to force a deciding game ended in overtime heartbreak at a packed Raksila Arena.

Thursday's results:
Oulu 3, Turku 2 (OT) — Oulu wins series 4-2
Lahti 5, Jyväskylä 1 — Lahti wins series 4-1
Tampere 2, Helsinki 4 — Helsinki leads series 3-2
Pori 1, Kuopio 0 — series tied 3-3

In Oulu, Turku trailed 2-0 after two periods before goals 47 seconds apart from Ville Lehtonen and Joonas Aho sent the game to overtime. Oulu's winner came at 6:14 of the extra period, when defenceman Sami Kettunen's shot from the point deflected off a Turku skate and past goaltender Niko Salo.

"Hockey is cruel sometimes," Salo said. "We did everything we wanted. Everything except win."

Lahti had few such worries. The Pelicans scored three times in the first period and outshot Jyväskylä 38-19 over the game, with captain Tuomas Rinne recording a goal and two assists. Goaltender Kasper Lind stopped 18 of 19 shots.

In Kuopio, Pori's Eemeli Laine made 31 saves for his second shutout of the series, and forward Aleksi Mäkelä scored the only goal on a power play late in the second period. Game 7 is Saturday in Kuopio.

Semifinal schedule:
1. Oulu vs. Lahti — Game 1, Monday, 6:30 p.m., Raksila Arena
2. Winner Tampere/Helsinki vs. winner Pori/Kuopio — Game 1, Tuesday, 6:30 p.m.

Leading playoff scorers: Rinne (Lahti) 6 G, 9 A, 15 PTS; Lehtonen (Turku) 7 G, 6 A, 13 PTS; Kettunen (Oulu) 3 G, 9 A, 12 PTS.

Kärpät coach Jari Heikkinen said his team would need to tighten up after allowing Turku back into the game. "Two goals in under a minute in the third period of a playoff game," he said. "Unacceptable. We will watch that video many times this weekend."

Attendance at Raksila was 6,614, a sellout."""),

("Court Watch Dispatch", """State high court limits use of cellphone location data without a warrant

CAPITAL CITY — The state Supreme Court ruled 5-2 on Monday that police must obtain a warrant before collecting more than 24 hours of a person's historical cellphone location records, extending the reasoning of a landmark U.S. Supreme Court decision and going further than the federal courts in protecting privacy under the state constitution.

The case, State v. Delacroix, 2024-SC-0317, arose from the 2021 arrest of Marcus Delacroix, who was convicted of burglary after investigators used 19 days of location data obtained from his wireless carrier with a court order under 18 U.S.C. § 2703(d), which requires a lower showing than probable cause.

Writing for the majority, Justice Miriam Oduya relied on Carpenter v. United States, 585 U.S. 296 (2018), in which the U.S. Supreme Court held that acquiring seven days or more of cell-site location information is a search under the Fourth Amendment. But she wrote that Article I, Section 7 of the state constitution "affords broader protection than its federal counterpart" and that even a single day of records "can reveal the intimate contours of a person's life."

The majority also overruled in part State v. Hargrove, 412 P.3d 1180 (2018), which had held that records held by third parties carried no reasonable expectation of privacy.

In dissent, Justice Robert Kinnear, joined by Justice Ellen Sato, argued that the court had drawn an arbitrary line. "The Fourth Amendment, and our own constitution, protect against unreasonable searches, not against searches that exceed a number of hours chosen by this Court," he wrote.

The court vacated Delacroix's conviction and remanded the case to the Fifth Judicial District for a new trial, at which prosecutors will not be able to use the location evidence.

Attorney General Helen Park said her office was reviewing the ruling. A spokesperson, Daniel Ortiz, said it would "require changes to investigative practices across the state, and we will work with law enforcement agencies to implement them promptly."

Civil liberties groups praised the decision. "This is a clear statement that the state constitution means something on its own terms," said Laura Benítez, legal director of the state chapter of the ACLU."""),

("Arts & Stage Weekly", """Folk singer Marnie Callow returns with first album in nine years

NASHVILLE — Marnie Callow did not intend to stop making records. She simply stopped, she says, after her mother died in 2015 and the songs stopped coming. "I would sit down with the guitar and nothing would arrive," she said in an interview at a coffee shop near Music Row. "Not a line. Not a chord. For years."

They came back, slowly, during a winter spent caring for her father on his farm in eastern Kentucky, and the result is "Coal Smoke and Cedar," a 12-song album released on Friday that critics are already calling the best work of her career.

The title track, a spare ballad for voice and banjo, opens with lines that Callow said she wrote on the back of a feed-store receipt:

"Daddy's in the kitchen with the radio down low,
Talking to the weatherman like he's someone that he knows,
And the snow's coming sideways off of Pine Mountain ridge,
And I'm learning how to stay, I'm learning how to live."

Produced by Callow and the multi-instrumentalist Theo Barnhill, the album was recorded in eleven days in a converted church in Whitesburg, with most songs captured live with a small band. Fiddle, upright bass and pump organ appear throughout; drums do not.

"I wanted it to sound like a room with people in it," Barnhill said. "No click track, no fixing. If somebody coughed, they coughed."

The album's most talked-about track may be "Forty Dollar Heart," an uncharacteristically funny song about a pawnshop guitar, which includes the refrain, "She's got a forty-dollar heart and a four-dollar string, / but Lord, when she's tuned up, you should hear that thing sing."

Callow, 52, first drew attention in 2004 with "Dry Creek Road," which earned her a nomination for a Grammy in the folk category. She made four more records before her hiatus.

She begins a 30-city tour in Louisville on Oct. 3, including two nights at the Ryman Auditorium in November. Asked whether another album would take nine years, she laughed. "Lord, I hope not," she said. "I'll be sixty-one."

Tickets for the tour go on sale through the venues on Friday at 10 a.m. Central time."""),

("Meridian Business Daily", """Five questions for Priya Raghavan, chief executive of KopiCart

SINGAPORE — KopiCart, the grocery delivery start-up founded in 2019, last week raised US$140 million in a funding round that valued the company at about US$1.1 billion, making it one of only a handful of Southeast Asian consumer technology firms to reach so-called unicorn status this year. Its chief executive, Priya Raghavan, 38, spoke to Meridian Business Daily about profitability, competition and expansion. The interview has been edited and condensed.

Q: Are you profitable?
A: At the unit level, yes. On every order. As a company, not yet.

Q: When will you be?
A: Second half of next year. That is the plan we showed investors, and I intend to keep it.

Q: Why did investors back you when so many delivery companies have failed?
A: Because we did not try to be everything. We do groceries, in three cities, and we do them well. We have 14 dark stores in Singapore, nine in Kuala Lumpur and six in Jakarta, and average delivery time is 22 minutes.

Q: GrabMart and Foodpanda are much bigger. How do you compete?
A: Freshness and range. Our customers buy fish, vegetables, durian in season. They do not buy from us because we are cheapest. They buy because the bok choy is good.

Q: What will you do with the money?
A: Two things. More stores in Jakarta, which is our fastest-growing market, and better software for forecasting demand so we throw away less food. Waste is our biggest cost after labour.

Q: Will you enter new markets?
A: Bangkok, probably in 2026. Manila, maybe. Not before we are profitable.

Q: Is an IPO on the table?
A: Eventually. Not this year, not next year. I would rather list as a profitable company than as a promise.

Q: Last question. What do you order most from your own app?
A: Kaya toast ingredients. Bread, kaya, butter, eggs. Every Sunday.

KopiCart's latest round was led by a Japanese venture fund, with participation from existing investors including a Singapore state-linked investment firm. The company employs about 1,900 people, including delivery riders."""),

("Busan Harbour Times", """Last of Yeongdo's hand-built wooden boat makers marks 60 years at the yard

BUSAN — On a narrow strip of waterfront on Yeongdo Island, in the shadow of the steel hulls rising at the shipyards across the channel, Choi Man-sik is still building boats from wood, the way his father taught him in 1964, when he was 14 years old.

Choi, now 74, is believed to be the last working builder of traditional wooden fishing boats in Busan. His yard, a corrugated-metal shed with a slipway that runs down into the harbour, has produced more than 400 boats, most of them small coastal vessels between eight and fifteen metres long made of larch and pine.

"요즘 젊은 사람들은 나무 냄새를 몰라요. 하지만 바다는 아직도 나무배를 기억합니다," Choi said, running his hand along the ribs of a half-finished hull. ("Young people today don't know the smell of wood. But the sea still remembers wooden boats.")

Orders have dwindled. In the 1980s, he said, the yard employed 11 men and built as many as 20 boats a year. Since fibreglass boats became common in the 1990s, demand has fallen to one or two a year, mostly from older fishermen on nearby islands and, more recently, from collectors and a maritime museum in Tongyeong.

The boat on the slipway now, a seven-metre skiff, was commissioned by a documentary filmmaker. It will take Choi and his one assistant, a 58-year-old former welder named Bae Sung-jin, about four months to finish.

Yeongdo district officials said they were seeking to have Choi designated as a holder of intangible cultural heritage, a status that would provide a modest stipend and funding to train an apprentice. "His knowledge is not written down anywhere," said Lee Eun-ji, a cultural affairs official. "When it is gone, it is gone."

Choi is less sentimental. Asked whether he worried about the craft dying out, he shrugged. "Everything ends," he said. "Boats. Men. Even the sea, maybe. But not today."

The yard's land is leased from the city, and the lease expires in 2027. Officials said no decision had been made on whether to renew it."""),

("Science Frontier News", """Ice core from Antarctic plateau extends climate record to 1.2 million years

An international team of scientists has recovered an ice core from the East Antarctic plateau that contains a continuous record of Earth's climate stretching back about 1.2 million years, the oldest such record ever obtained, the project's coordinators announced on Tuesday.

The 2,800-metre core was drilled over four Antarctic summers at a remote site known as Little Dome C, about 35 kilometres from the French-Italian Concordia research station, where temperatures during the drilling season averaged minus 35 degrees Celsius.

Air bubbles trapped in the ice preserve tiny samples of the ancient atmosphere, allowing scientists to measure past concentrations of greenhouse gases such as CO2 and methane. The previous oldest continuous core, drilled nearby in the early 2000s, reached back about 800,000 years.

The new record is expected to shed light on a puzzle known as the Mid-Pleistocene Transition, a period between about 1.2 million and 900,000 years ago when the rhythm of ice ages changed from cycles of roughly 41,000 years to cycles of roughly 100,000 years.

Preliminary findings reported by the team include:

1. Atmospheric CO2 levels during the warm periods of the older ice appear to have stayed below 300 parts per million (ppm), well under today's level of about 420 ppm.
2. The bottom of the core shows signs of ice that may be even older, possibly 1.5 million years, though it may have been disturbed by melting at the bedrock.
3. Dust layers suggest the Southern Hemisphere was windier and drier during the coldest phases of the transition.

"Every centimetre of this ice is a page in a book we have never been able to read before," said Dr. Carlo Bertolini, a glaciologist at the Italian National Research Council (CNR) and the project's coordinator. "Now we have the book. The reading will take years."

The core has been cut into one-metre sections and shipped in refrigerated containers at minus 50 degrees to laboratories in Europe, where researchers will analyse it over the next several years. The project, known as Beyond EPICA, was funded by the European Union with contributions from ten countries, at a cost of about €11 million.

Dr. Hannah Greaves of the British Antarctic Survey (BAS), a partner in the project, said the first detailed results on greenhouse gas levels were expected in late 2026."""),

("Gulf Aviation Ledger", """Sahra Airways A350-1000 enters service on Marsa Hadid–London route

MARSA HADID — Sahra Airways' first Airbus A350-1000, registered A9H-SXA, entered commercial service on Monday on the carrier's daily flight SH101 to London Heathrow, marking the start of a fleet renewal programme that will see the airline replace its ageing Boeing 777-300ERs by the end of the decade.

The aircraft, configured with 32 business-class suites, 24 premium economy seats and 271 economy seats, departed gate B14 at 08:35 local time, five minutes behind schedule, with 311 passengers on board. It was greeted at Heathrow by a water-cannon salute from airport fire crews.

Speaking at a ceremony before departure, the airline's chief executive, Omar Haddad, quoted a line from the poet Ahmed Shawqi: "وإنما الأمم الأخلاق ما بقيت، فإن هم ذهبت أخلاقهم ذهبوا." He then translated it for the foreign guests: "Nations endure only as long as their character endures; if their character is gone, they are gone."

"An airline is the same," Haddad said. "You can buy the aircraft. The character you must build."

According to figures supplied by the airline, the A350-1000 burns about 25 percent less fuel per seat than the 777-300ER it replaces on the London route, and is about 40 percent quieter on departure. Sahra has 12 of the type on order, with deliveries scheduled at a rate of roughly one every two months through 2026.

The airline's head of product, Reem Al-Sayegh, said the business-class suites included sliding doors, 17-inch screens and direct aisle access for every seat. Economy passengers will have free messaging over Wi-Fi and USB-C charging ports. Sahra's in-flight entertainment system will offer about 4,500 hours of content.

Industry data from OAG show Sahra operates 28 weekly frequencies between Marsa Hadid and the UK, including services to Manchester and Edinburgh. IATA figures indicate that passenger traffic between the Gulf and the UK grew 11 percent in the first half of this year.

The second A350-1000, A9H-SXB, is due to arrive in September and will be assigned to the Paris route."""),

("Cedar Falls Register", """Rev. Samuel Okafor, 79, pastor who turned a closing church into a refuge

CEDAR FALLS — The Rev. Samuel Chukwuemeka Okafor, who arrived in Cedar Falls in 1989 to lead a dwindling Methodist congregation of 40 mostly elderly members and transformed it into one of the most diverse churches in northeast Iowa, died on Thursday at Sartori Memorial Hospital. He was 79.

The cause was heart failure, said his wife of 52 years, Grace Okafor.

Born in Enugu, Nigeria, in 1945, he studied theology in Ibadan and at Garrett-Evangelical Theological Seminary in Evanston, Ill., where he earned a Master of Divinity in 1976 and a D.Min. in 1984. He served churches in Chicago and Des Moines before being appointed to Grace Street United Methodist Church, which the regional conference had been considering closing.

He did not close it. Instead he opened its doors, first to students from the University of Northern Iowa, then to refugee families from Bosnia, Sudan, Burma and the Democratic Republic of Congo who were being resettled in the Cedar Valley. By 2010 the congregation had grown to about 400 members speaking at least 14 languages.

"He never asked where you came from," said Amira Hadžić, who arrived from Sarajevo in 1995 as a teenager. "Only whether you had eaten."

Church members said he was fond of reading aloud, at the close of every Easter service, a stanza from a poem he had written as a young man:

"Let the door be wide and the table long,
Let the stranger's tongue be the morning's song;
For the house is not ours, and it never was,
And we keep it open because, because."

He retired in 2012 but continued to preach as a guest and to teach English as a second language at the public library until 2022.

Never once, his family said, did he miss a Sunday morning breakfast with the newest members.

Survivors include his wife; three children, Dr. Ngozi Okafor-Banks of Minneapolis, Chidi Okafor of Houston and Adaeze Okafor of Cedar Falls; and six grandchildren.

A service of celebration will be held at 2 p.m. Saturday at Grace Street United Methodist Church."""),

("Pacific Wire Service", """Islanders rally to save Oshika ferry link as operator weighs cuts

OSHIKA ISLAND — About 600 residents of Oshika, nearly a fifth of the island's population, gathered at the ferry terminal on Sunday to protest a proposal by the island's sole ferry operator to cut daily sailings to the mainland from six to three, a move they said would cut them off from hospitals, schools and jobs.

The rally, organised through a campaign that has spread on social media under the hashtag #SaveOshikaFerry, drew residents of all ages, from schoolchildren carrying hand-painted banners to elderly fishermen who arrived on motorised carts.

"My husband has dialysis three times a week in Kanazumi," said Fumiko Ito, 71. "With three boats a day, he leaves at six in the morning and returns at nine at night. That is not a life."

The operator, Oshika Kaiun, which was fined last year over a near-collision in fog, said it had lost ¥410 million over the past three years and could no longer sustain the current schedule without more public support. Its president, Yutaka Nishida, said in a statement that the company "understands the anxiety of residents" but faced rising fuel and labour costs.

Mayor Kenji Hamada, who spoke at the rally, said the town would ask the prefecture and the national government to cover part of the operating deficit. "This ferry is not a business. It is a road," he said. "Nobody asks whether a road makes a profit."

The campaign's organisers, a group of parents led by schoolteacher Aya Morikawa, said they had collected 8,900 signatures on a petition and that a post by the island's junior high school students on the platform X, shared by the account @oshika_kids, had been viewed more than 2 million times.

Transport ministry figures show that about 90 of Japan's roughly 300 inhabited remote islands have seen ferry services reduced since 2015.

The prefectural assembly's transport committee is scheduled to discuss the issue on Friday. Oshika Kaiun said it would not implement any reduction before April."""),

("Doha Energy Monitor", """Al Qasra finalises terms for offshore wind pilot

AL QASRA — The Al Qasra Ministry of Energy on Sunday published the final terms for the country's first offshore wind project, a 300-megawatt pilot to be built about 25 kilometres off the northern coast, and invited qualified developers to submit bids by March 31.

The Project in Brief

The wind farm will be located in waters between 12 and 20 metres deep, where measurements taken over the past two years show average wind speeds of 7.9 metres per second at a height of 150 metres, modest by North Sea standards but among the strongest in the Gulf.

Key terms published by the ministry include:

- A 25-year power purchase agreement with the state utility, denominated in U.S. dollars.
- A ceiling tariff of 5.2 U.S. cents per kilowatt-hour, with bids above that level rejected.
- A requirement that at least 20 percent of project spending go to local suppliers.
- State ownership of 40 percent through the Al Qasra Power Holding Company.
- Commercial operation no later than December 2029.

Why the Gulf, Why Now

The Gulf has been slow to adopt offshore wind, in part because onshore solar has been so cheap. But officials said wind could help balance the grid in the evenings, when solar output falls and air-conditioning demand remains high during the summer months.

"Solar gives us the afternoon. Wind, in our waters, blows hardest in the evening and at night," said Dr. Maryam Al-Tamimi, the ministry's director of renewable energy. "They are partners, not competitors."

What Bidders Say

Developers said the tariff ceiling was tight but workable. "It is achievable if the seabed surveys hold no surprises," said Lars Pedersen, Middle East director at a Danish developer that has pre-qualified. "That is a big if."

Seven consortia have been pre-qualified, including groups led by companies from Denmark, Japan, China and Saudi Arabia. The ministry said it expected to announce a winner by the end of June, with construction to begin in 2027.

Al Qasra aims to produce 30 percent of its electricity from renewable sources by 2035, up from about 9 percent last year."""),

("Lakeside Herald", """Kendu Bay weavers find global buyers for papyrus baskets

KENDU BAY — Under a mango tree beside the lake, a dozen women sit on woven mats, their fingers moving almost too fast to follow as they twist strands of dried papyrus into the coiled baskets that have become, unexpectedly, one of this small town's most successful exports.

The Kendu Bay Women Weavers Cooperative, founded in 2016 with 14 members, now has 86 and last year sold about 11,000 baskets, mats and lampshades to buyers in Kenya, the United States, Germany and Japan, earning about 9.4 million shillings, according to its treasurer, Rose Anyango.

"Mwanzo tulikuwa tukiuza sokoni kwa shilingi mia moja tu. Sasa mteja mmoja wa Ujerumani ananunua vikapu mia tano kwa mara moja," said Anyango, 47. ("At first we sold at the market for only a hundred shillings. Now one customer from Germany buys five hundred baskets at once.")

The turnaround began in 2020, when a Nairobi-based social enterprise helped the cooperative set up an online shop and connected it with buyers abroad. A single post by an interior designer in Berlin, featuring the cooperative's large floor baskets, brought in orders for 2,000 pieces in a month.

Papyrus grows abundantly in the swamps along the shores of the Winam Gulf, and the women harvest it themselves, drying it in the sun for about two weeks before weaving. A large basket takes about three days to make and sells abroad for the equivalent of $40 to $60, of which the weaver receives about 40 percent.

Not everything has been easy. Shipping costs rose sharply in 2021 and 2022, and the cooperative lost a major order when a container was delayed at Mombasa for six weeks. The members also worry about the health of the swamps, which have shrunk as land is cleared for farming.

Still, the money has changed lives. Several members said they had paid secondary school fees for their children for the first time, and two had built new houses.

"Before, my husband asked me for money for nothing," said Lilian Awino, 39, laughing. "Now he asks me for money for everything."

The cooperative plans to open a small shop and training centre in Kendu Bay next year."""),

("Northern Lights Sports Report", """Tromsø Midnight Sun Marathon: full results from a record field

TROMSØ — More than 5,800 runners took part in the 34th Midnight Sun Marathon on Saturday night, with the full marathon starting at 8:30 p.m. and the last finishers crossing the line shortly after 3 a.m. under a sun that never set, organisers said.

Kenya's Daniel Kiprotich won the men's race in 2:17:44, pulling away from Norway's Eirik Solberg over the final five kilometres across the Tromsø Bridge. Sweden's Linnea Berg won the women's race in 2:38:05, her second victory here in three years.

"It is very strange to finish a marathon at midnight and need sunglasses," Kiprotich said. "Strange, but beautiful."

Men's marathon, top five:
1. Daniel Kiprotich (KEN) 2:17:44
2. Eirik Solberg (NOR) 2:18:31
3. Tesfaye Girma (ETH) 2:19:02
4. Jonas Lindqvist (SWE) 2:22:57
5. Petter Haugen (NOR) 2:23:40

Women's marathon, top five:
1. Linnea Berg (SWE) 2:38:05
2. Ingrid Moe (NOR) 2:39:48
3. Sarah O'Donnell (IRL) 2:41:12
4. Hanna Virtanen (FIN) 2:43:36
5. Maren Dahl (NOR) 2:44:19

Conditions were cool and mostly dry, with temperatures around 11 degrees Celsius at the start and a light breeze off the fjord, though a brief shower around 11 p.m. slicked the streets of the old town.

Berg, a 31-year-old physiotherapist from Umeå who trains around a full-time job, said she had not expected to win. "I came here for a holiday. A holiday with a little bit of pain," she said.

In the half marathon, which drew the largest field with about 2,900 finishers, Norway's Sindre Aasland won the men's race in 1:05:51 and Tromsø's own Kari Nilsen won the women's race in 1:16:22, to loud cheers from a crowd packed along Storgata.

Race director Trond Eriksen said about 62 percent of participants had come from outside Norway, from 71 countries in total. Next year's race will be held on June 21, the summer solstice, and registration opens in October."""),
]
