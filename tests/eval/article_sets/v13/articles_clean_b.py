ARTICLES = [
("Harbourside Times", """Matariki dawn ceremony draws thousands to Wellington waterfront

Several thousand people gathered on the Wellington waterfront before sunrise on Friday to mark Matariki, the Māori New Year, with karakia, waiata and the burning of food offerings to the stars.

The hautapu ceremony began at 6.30am at Te Whare Waka o Pōneke, with people wrapped in blankets and puffer jackets standing along the wharf as a cold southerly blew across the harbour.

Ceremony leader Rawiri Te Whatu, of Taranaki Whānui, told the crowd the cluster of stars was a reminder to look back on the year that had passed and to remember those who had died.

"Ka mate he whetū, ka ara he whetū," he said, a proverb meaning "When one star dies, another rises."

He explained afterwards that the saying was about the way each generation makes room for the next. "We farewell our loved ones, but we also look to the young ones coming through. That is what Matariki asks of us," he said.

Food cooked in a hāngī pit, including kūmara and fish, was placed on a fire as an offering to the stars, a practice known as whāngai i te hautapu, or feeding the stars.

Among the crowd was Palmerston North teacher Aroha Kingi, who brought her class of 11-year-olds on an early train.

"Some of them have never been up this early in their lives. One of them told me it was the best day of the year, and we haven't even had breakfast yet," she said.

Others had come from much further afield. Visitors from Germany and Canada said they had read about the celebration online and changed their travel plans to attend.

Matariki became a public holiday in New Zealand in 2022, the first to recognise a Māori tradition. Its date changes each year, following the Māori lunar calendar, or maramataka.

Wellington City Council said it expected more than 50,000 people to attend events across the capital over the long weekend, including a fireworks display over the harbour on Saturday night and a light festival in Civic Square.

As the sun rose over the eastern hills, the crowd sang together before dispersing in search of hot coffee."""),

("Southern Cross Wire", """Bushfire season: ten things to do before the weekend

Fire authorities in NSW and Victoria have urged residents to finalise their bushfire survival plans as hot, dry and windy conditions are forecast for much of the south-east this weekend.

The NSW Rural Fire Service said the landscape had dried rapidly after a warm spring, and that grass fires in particular could spread quickly. Here is what the RFS and the CFA say you should do now.

1. Make a bushfire survival plan and discuss it with everyone in your household, including children.
2. Decide your trigger for leaving, e.g. a Catastrophic fire danger rating or an emergency warning for your area.
3. Know where you will go. Identify at least two routes out of your area in case one is blocked.
4. Clear gutters of leaves and twigs, and move firewood, doormats and outdoor furniture away from the house.
5. Cut long grass and remove dead vegetation within 20 metres of your home.
6. Check that hoses reach all the way around the house and that taps and fittings are in good order.
7. Pack an emergency kit with medications, important documents, chargers, a battery radio, water and protective clothing.
8. Plan for pets and livestock. Know where they will go and how you will move them.
9. Download the Fires Near Me app (NSW) or VicEmergency app (Victoria) and check it regularly.
10. Talk to your neighbours, especially older residents who may need help to leave.

RFS officers said many people still did not have a written plan.

"Too many people tell us they'll wait and see. Waiting and seeing is not a plan. Leaving early is always the safest option," an RFS spokesperson said.

The CFA's deputy chief officer for the north-east region said residents should be especially careful when using machinery. "Slashers, angle grinders, welders — a single spark on a hot day can start a fire that runs for kilometres," she said.

Total fire bans are likely to be declared for several districts on Saturday. During a total fire ban, no fires may be lit in the open, and activities such as welding and grinding outdoors are prohibited without a permit.

For the latest warnings, listen to ABC local radio or visit the RFS and CFA websites. In an emergency, call Triple Zero (000)."""),

("Atlantic Coast Examiner", """'We remember them': Aran islanders mark 100 years since currach tragedy

Inis Oírr fell silent at noon on Sunday as islanders gathered on the pier to remember four young men who drowned when their currach capsized in a storm a century ago.

The men, aged between 17 and 24, had rowed out to meet a cargo steamer in October 1924 when a squall caught the small boat off Trá Caorach. Only one body was ever recovered.

More than 300 people attended the commemoration, including descendants who had travelled from Boston, New York and Manchester.

Island historian Pádraig Ó Conghaile read the names of the four men twice, once in Irish and once in English, before a wreath was laid on the water by the youngest descendant present, six-year-old Róisín Conneely.

In an address that moved many to tears, local priest Fr Colm Mac an Iomaire returned again and again to a single phrase.

"We remember them when the sea is calm. We remember them when the sea is wild. We remember them when the boats go out, and we remember them when the boats come home. We remember them, because they are ours," he said.

He said the tragedy had shaped the island for generations. Families who lost sons emigrated within a few years, and the pier where the men had set out was rebuilt in the 1930s partly because of what happened.

Máirtín Ó Flatharta, 84, whose grandfather's brother was among the dead, said the story had been told in his family all his life.

"My grandfather never went out in a currach again. Not once. He'd stand on the shore and watch, that's all," he said.

A new memorial stone carved by a local stonemason was unveiled beside the pier. It carries the names of the four men, the date, and the words "Ar dheis Dé go raibh a n-anamacha", meaning "May their souls be at God's right hand".

Currach crews from the three Aran Islands and from Connemara then rowed out in formation, oars raised, as the names were read a third time.

The day ended, as such days on the island often do, with music in the hall and tea that went on long into the evening."""),

("Tasman Ledger", """McDonald's, KFC and adidas lead NZ brand trust rankings

McDonald's, KFC and sportswear brand adidas are among the most trusted consumer brands in New Zealand, according to an annual survey, though locally owned companies still dominate the top of the list.

The survey of 3,500 New Zealanders ranked brands on trust, value and how well they treated customers. Dairy co-operative brand Anchor was named the most trusted brand overall for the fourth year running, followed by Whittaker's chocolate and hardware chain Mitre 10.

McDonald's was the highest-ranked fast-food brand, placing 14th overall, while KFC came in at 22nd. Adidas, which styles its name with a lowercase "a", ranked 19th, ahead of Nike at 27th.

Technology brands had mixed results. Apple's iPhone and iPad ranked highly for quality but lower for value, and YouTube was rated more trustworthy than TikTok, Instagram or Facebook by a wide margin.

Lululemon, which also uses a lowercase logo, was the fastest-rising clothing brand, climbing 31 places to 44th. Researchers said this reflected the company's expansion in Auckland and Christchurch.

"People reward brands that deliver a consistent experience. Whether you're buying a Big Mac in Invercargill or a pair of running shoes in Ponsonby, you want to know what you're getting," said marketing lecturer Dr Tania Whitcombe of a New Zealand university.

Airlines also featured. Air New Zealand was the highest-ranked travel brand at 9th, while Jetstar came in at 58th. Low-cost carriers including easyJet are not active in the New Zealand market and were not included.

Supermarkets performed poorly, with both major chains falling down the rankings after a year of scrutiny over grocery prices. A Consumer NZ spokesperson said this was no surprise.

"Trust is earned. When people feel they're being overcharged at the checkout week after week, it shows," he said.

The survey found that younger respondents were more likely to trust global brands, while those over 55 preferred New Zealand-owned companies. Brands associated with sustainability claims did well only when those claims were backed by independent certification.

The full rankings are published on the research company's website."""),

("Kauri Coast Chronicle", """Obituary: Alice Marsden, Dargaville's 'library lady', 1932-2024

Alice Marsden, who ran the Dargaville public library for 31 years and was known to three generations of local children simply as "the library lady", has died aged 92.

She died on Sunday at Kauri Coast Rest Home, where she had lived since 2019.

Photo caption: Alice Marsden at the Dargaville library's 50th anniversary celebrations in 1987, holding a copy of her favourite book, The Wind in the Willows. Photo: Kauri Coast Chronicle archives

Born Alice Mary Henderson in Te Kopuru in 1932, she trained as a teacher in Auckland before marrying farmer Ken Marsden in 1954. After raising three children, she applied for a part-time job at the library in 1968 "mostly to get out of the house", and became its head librarian three years later.

Under her leadership the library started a mobile service for rural schools, ran a popular holiday reading programme and, unusually for the time, built up a collection of books in te reo Māori.

Former pupils remember her as strict but generous. She kept a tin of barley sugars behind the desk for children who returned their books on time, and a hand-written "Black List" for those who did not.

"She knew every child in town by name and exactly what they should be reading next. If you'd read all the Famous Five, she'd hand you a Tolkien and say 'You're ready'," said Dargaville mayor and former borrower Mike Hoani.

In 1994 she was awarded the Queen's Service Medal for services to libraries and the community.

In retirement she volunteered at the Dargaville Museum, sang in the Anglican church choir and wrote a weekly books column for this newspaper for 15 years, signing off each one with the same line: "Read something you wouldn't normally read."

Her husband Ken died in 2006. She is survived by her children Janet, Bruce and Lynne, seven grandchildren and nine great-grandchildren.

A funeral service will be held at Holy Trinity Church, Dargaville, on Friday at 11am. In lieu of flowers, the family asks that donations be made to the Dargaville library's children's book fund.

Editor's note: Alice Marsden's weekly column, Between the Covers, ran in the Chronicle from 1995 to 2010. A selection will be reprinted in next week's edition."""),

("Liffey Wire Service", """Irish farmers join French counterparts in Brussels protest over trade deal

Several hundred Irish farmers travelled to Brussels on Wednesday to join a protest against a proposed EU trade agreement with the Mercosur countries of South America, which they say would undercut European beef producers.

The demonstration, organised by farm organisations from across the EU, brought thousands of farmers and hundreds of tractors into the European quarter of the city. Police kept protesters behind barriers near the Berlaymont building.

Irish Farmers' Association delegates carried banners reading "No to Mercosur" and "Save Irish beef", while French farmers set off flares and chanted slogans in front of the European Commission.

A French beef farmer from the Limousin region, Jean-Marc Delorme, told reporters: "Nous ne sommes pas contre le commerce. Nous sommes contre la concurrence déloyale." Translated, that means: "We are not against trade. We are against unfair competition."

He said French and Irish farmers faced the same problem. "We produce to the highest standards in the world, and then we are asked to compete with beef produced with rules that would be illegal here," he said.

A Belgian farmer, speaking in Dutch, said simply: "Geen boeren, geen eten", or "No farmers, no food", a slogan repeated on placards throughout the crowd.

The trade deal, which has been under negotiation for more than two decades, would remove tariffs on most goods traded between the EU and Brazil, Argentina, Uruguay and Paraguay. Supporters say it would open large new markets for European cars, machinery and wine.

The European Commission has said the agreement includes safeguards for sensitive agricultural products, including a limited quota for beef imports.

Ireland, France, Poland and Austria have expressed reservations about the deal, while Germany and Spain are among its strongest supporters.

Co Roscommon suckler farmer Brendan Kenny said he had taken two days off the farm to travel to Brussels.

"It's the first time I've ever been on a protest. I'm 58. That tells you how worried we are," he said.

EU trade ministers are due to discuss the agreement next month."""),

("Canterbury Plains Gazette", """Lake Ellesmere algae levels spike as summer warms shallow lake

Toxic algae levels in Te Waihora/Lake Ellesmere have reached their highest point in five years, prompting Environment Canterbury to warn people and dogs to stay out of the water.

Monitoring last week found cyanobacteria concentrations of more than 15mm³/L at three sites on the southern side of the lake, well above the 10mm³/L threshold at which health warnings are issued.

The lake, about 30km south of Christchurch, is one of New Zealand's largest, covering about 200km² but averaging only 1.4m deep. Because it is so shallow, it warms quickly in summer.

Water temperatures of 24C were recorded at the Kaituna Lagoon site on Friday, with pH readings above 9.0, conditions that favour algal blooms.

Environment Canterbury scientist Dr Kate Morrow said nutrients from surrounding farmland, especially nitrogen (N) and phosphorus (P), were the main long-term driver.

"The lake has been receiving more nutrients than it can process for decades. Warm, still days just light the fuse," she said.

Toxins produced by some cyanobacteria can cause skin rashes, nausea and, in serious cases, liver damage. Dogs are particularly at risk because they are attracted to the smell of algal mats and may eat them.

Te Rūnanga o Taumutu, whose marae sits on the lake's southern shore, said the bloom was another sign of the lake's poor health.

A spokesperson said the lake had once supported a major tuna (eel) fishery and abundant flounder and waterfowl, and that restoring it was a priority for the hapū.

A joint restoration programme between Environment Canterbury, Ngāi Tahu and the Selwyn District Council has planted more than 250,000 native plants around the lake's edges and tributaries since 2011, and some water quality measures have improved.

Dr Morrow said climate change was likely to make blooms more frequent. "Average summer water temperatures have risen by about 1.5C since the 1990s. That's a big deal for a lake like this," she said.

Warning signs have been placed at the main access points, and updates are available on the Land, Air, Water Aotearoa (LAWA) website."""),

("Barrow Valley Echo", """Explainer: what do Met Éireann's weather warnings actually mean?

With another storm on the way, many readers have asked what the different colours of weather warning mean and what they should do. Here is a short guide.

What are the warning levels?

Met Éireann uses three levels: yellow, orange and red. Each one reflects both how severe the weather is expected to be and how likely it is to cause disruption.

What does a yellow warning mean?

A yellow warning means weather that is not unusual but could be dangerous for people outdoors or in exposed places. Think heavy showers, strong gusts or icy roads. Most people can carry on as normal but should take care.

And orange?

An orange warning is issued for weather that could cause significant disruption and damage, including flooding, fallen trees and power cuts. Met Éireann advises people to prepare and to be aware of the risk to life and property.

What about red?

Red warnings are rare. They mean people should take action to protect themselves and their property. Schools are often closed, and the public is told to avoid travel unless absolutely necessary. Storm Ophelia in 2017 and Storm Éowyn in 2025 both brought red warnings for large parts of the country.

Who decides whether schools close?

Decisions on schools are made by the Department of Education, based on advice from the National Emergency Coordination Group. Parents should check school apps and local radio on the morning of a warning.

Do warnings apply to the whole county?

Usually, yes. Warnings are issued by county, but conditions can vary a lot within a county. The Blackstairs or the Castlecomer plateau may see very different weather from Carlow town.

Where can I get updates?

The Met Éireann website and app carry the latest warnings. Local radio, county council social media accounts and ESB Networks' PowerCheck service are also useful.

What should I do now?

Charge your phone. Check on older neighbours. Bring in bins and garden furniture. Don't drive through floodwater. It really is that simple."""),

("Coral Coast Bulletin", """Mackay swimmer breaks state record at Queensland championships

Mackay teenager Ruby Tanaka broke a 14-year-old state record in the 200m butterfly at the Queensland Swimming Championships in Brisbane on Friday night.

The 16-year-old touched the wall in 2:08.47, shaving 0.31 seconds off the previous 15-16 years age record. It was also a personal best by more than a second.

"I knew I was swimming well in the heats, but I didn't think I'd go that fast. I looked at the board and just screamed," Tanaka said.

Coached by former Olympian Danielle Ashcroft at the Mackay Mayfair club, Tanaka trains 10 sessions a week, including four before school. She moved to Mackay from Osaka with her family at the age of six.

The result puts her in contention for selection in the Australian junior team for the Pan Pacific championships later this year. The qualifying time is 2:09.20.

Ashcroft said Tanaka's improvement over the past 12 months had been remarkable.

"Twelve months ago she was swimming 2:12 and finishing fifth in her age group. She has worked incredibly hard, and she's a very coachable kid," she said.

Elsewhere on the fourth night of competition:

- Townsville's Ethan Brooks won the men's 50m freestyle open final in 22.41
- The Rockhampton Grammar team of Lily Owens, Mia Chen, Zara Hill and Grace Kemp finished third in the girls' 4x100m medley relay
- Cairns para-swimmer Josh Reardon set a personal best of 1:05.90 in the men's 100m backstroke S9

The championships continue at the Brisbane Aquatic Centre until Sunday. Tanaka is also entered in the 100m butterfly and the 400m individual medley.

"I'm just going to enjoy it now. Whatever happens, happens," she said."""),

("Murray River Mail", """Appeal court orders retrial in Shepparton stabbing case

The Victorian Court of Appeal has quashed the murder conviction of a Shepparton man and ordered a retrial, finding that the trial judge gave jurors incorrect directions on self-defence.

In R v Hargreaves [2024] VSCA 187, the court found that the jury had been directed in a way that "may have led them to believe that the accused bore some onus" of proving he acted in self-defence, when the burden lay entirely with the prosecution.

Daniel James Hargreaves, 34, was found guilty in the Supreme Court in 2023 of murdering a 41-year-old man during a fight outside a house in Shepparton's east in March 2021. He was sentenced to 22 years' jail with a non-parole period of 17 years.

At trial, Hargreaves did not dispute stabbing the man but said he had acted to defend himself and his partner after the man forced his way into the house armed with a metal pole.

In a joint judgment, Justices Harcourt, Bellamy and Tso said the error was not a minor slip of language. The court noted that under s. 322K of the Crimes Act 1958 (Vic), a person is not criminally responsible for an offence if they carry out conduct they believe is necessary in self-defence and that response is reasonable in the circumstances as they perceive them.

"Where self-defence is raised on the evidence, it is for the prosecution to exclude it beyond reasonable doubt. The directions given did not make that sufficiently clear," the court said.

The Director of Public Prosecutions, through a spokesperson, said the office would consider the judgment before deciding whether to proceed with a retrial. Under the Criminal Procedure Act 2009, the DPP has the option to seek a new trial or discontinue the prosecution.

The dead man's sister, who attended the appeal hearing, said the family was "devastated to have to go through it all again".

Hargreaves remains in custody. His lawyer said they would apply for bail in the coming weeks.

Court of Appeal figures show that a misdirection on self-defence is among the more common grounds for successful appeals against murder convictions in Victoria."""),

("Tasman Ledger", """Fisher & Paykel Healthcare and Air New Zealand lift NZX as results roll in

New Zealand's sharemarket closed higher on Tuesday, buoyed by stronger-than-expected results from Fisher & Paykel Healthcare (NZX: FPH) and a rally in Air New Zealand (NZX: AIR) shares.

The benchmark S&P/NZX 50 index rose 0.8 percent to 12,215.6 points. Across the Tasman, Australia's S&P/ASX 200 gained 0.5 percent, led by banks and miners, with BHP (ASX: BHP) up 1.3 percent.

Fisher & Paykel Healthcare, which makes respiratory devices and masks for hospitals and home use, reported a 21 percent rise in half-year net profit after tax to NZ$152.4 million. Revenue in its hospital product group grew 12 percent in constant currency terms, helped by demand for its Optiflow nasal high-flow therapy.

Chief executive Mark Lindqvist said the company was seeing steady growth in new applications of its products outside intensive care units.

"Hospitals are increasingly using high-flow therapy earlier in a patient's treatment, including in emergency departments and general wards. That's a structural change, not a one-off," he said.

Shares in the company rose 4.6 percent to NZ$35.10.

Air New Zealand shares climbed 3.2 percent to 58.5 cents after the airline said capacity constraints caused by engine maintenance issues with its Boeing 787-9 fleet were expected to ease from the second half of FY25.

Analyst Greg Main of a Wellington broking firm said investors had been waiting for signs that the worst was over for the national carrier.

"The Pratt & Whitney engine problems on the A320neo and A321neo aircraft and the Rolls-Royce Trent 1000 issues on the Dreamliners have been a real drag. Any clarity on timing is welcome," he said.

Elsewhere, Fletcher Building (NZX: FBU) fell 2.1 percent after flagging weaker demand in its building products division, while a2 Milk (NZX: ATM) was steady at NZ$6.42.

The New Zealand dollar was buying US$0.6012 and A$0.9178 at 5pm."""),

("Southern Cross Wire", """'it's all just weather': Tasmanian songwriter's quiet album becomes a surprise hit

A Hobart songwriter who records under the lowercase name "marlo" has found herself with one of the most-streamed Australian albums of the year, despite never having played a show outside Tasmania.

Marlo Fitzgerald, 26, recorded her second album, it's all just weather, in a rented shack near the Tasman Peninsula last winter, using a borrowed guitar, a second-hand microphone and a laptop.

The album has been streamed more than 40 million times since its release in March, helped by a single that went viral on TikTok and Instagram when it was used in thousands of videos about moving house, breakups and leaving home.

The song, small rooms, opens with lines that many fans now have tattooed on their arms:

you can fit a whole life in a small room
if you don't mind the walls
i kept your coat on the back of the door
in case you called

Fitzgerald said she had written the song in about 20 minutes and nearly left it off the record.

"I thought it was too simple. My friend said, 'That's the point, you idiot.' She was right," she said.

The album's lowercase titles are deliberate. Fitzgerald said she wanted the songs to feel "like a text message rather than a billboard".

Critics have been enthusiastic. One reviewer described the record as "nine songs that sound like rain on a tin roof, in the best possible way", while another said it was "the most honest Australian album in years".

The success has brought offers from major labels and booking agents in Sydney, Melbourne, London and Los Angeles. Fitzgerald has so far signed only a distribution deal, keeping ownership of her recordings.

"I'm not in a hurry. The songs aren't going anywhere," she said.

She will play her first national tour in the spring, beginning in Hobart and ending at the Sydney Opera House Studio. Most dates sold out within hours.

Asked what she planned to do next, she said she was going back to the shack. "It's cheap, the light's good, and there's no reception. That's where the songs live," she said."""),
]
