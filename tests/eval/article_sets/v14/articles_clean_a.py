ARTICLES = [
("The Harbor City Courier", """
From cracked iPhones to eBay empire: how a Dock Street repair shop grew up

When Tuan Nguyen opened FixIt Corner in 2012, the shop was a folding table in the back of his cousin's nail salon on Dock Street. He replaced cracked iPhone screens for $60 and took payment in cash or, for customers who insisted, through PayPal.

Twelve years later, FixIt Corner occupies a 3,000-square-foot storefront, employs 14 people and ships refurbished phones and laptops to buyers in all 50 U.S. states through its eBay store, which has more than 48,000 reviews.

"I never planned any of this," Nguyen, 41, said on a recent afternoon as a technician behind him pried open a MacBook Air. "I just fixed the next phone, and then the next one."

The shop's growth mirrors a broader shift. Consumers are holding on to devices longer, and the market for used and refurbished electronics has grown steadily. Repair advocates have also won "right to repair" laws in several states that require manufacturers such as Apple Inc. and Samsung to make parts and manuals available to independent shops.

Nguyen said those laws changed his business. "Before, I was buying parts from who knows where. Now I can order genuine parts," he said.

Most of the shop's revenue now comes from online sales. Employees buy used devices in bulk from companies upgrading their equipment, test and repair them, then list them on eBay, Amazon and Back Market. A refurbished iPad Pro might sell for 40% less than a new one.

Customers still walk in with broken phones, too. On a Thursday in August, a teenager came in with an iPhone 13 that had been run over by a car. "It still turns on," she said, holding it up. "Kind of."

Nguyen's sister, Linh, who handles the books, said the family had turned down two offers to buy the business. "People see the numbers and think we're a tech company," she said. "We're not. We're a repair shop with a good website."

The shop is open Monday through Saturday, 10 a.m. to 7 p.m. Nguyen said he still does some repairs himself every day.

"If I stop fixing things," he said, "I'll forget why I started."
"""),

("Indo-Asian Wire Service", """
'I still bowl to my father in the nets': Q&A with India's newest pace sensation

Mumbai, Jan 12 (IAWS) Twenty-one-year-old fast bowler Arjun Pawar, from a village near Satara in Maharashtra, was picked for India's Test squad last week after taking 47 wickets in the Ranji Trophy season. IAWS spoke to him at the Wankhede Stadium. Excerpts from the interview, edited for clarity:

Q: How did you hear about your selection?

A: I was at home, having lunch. My phone started ringing and did not stop. My mother thought something bad had happened. Then my coach called and said, "You are in." I could not eat after that.

Q: Who taught you to bowl?

A: My father. He played tennis-ball cricket in the village and was very fast. He still comes to the nets sometimes, and I still bowl to him. He says I am not as quick as he was. (Laughs.)

Q: What did your father say when you were selected?

A: He said in Marathi, "Aata khari mehnat suru hote" — now the real hard work begins. That's all. He is not a man of many words.

Q: You clocked 146 kmph in the Ranji final. Is speed your main weapon?

A: Speed helps, but I think my strength is that I can bowl long spells. In domestic cricket you sometimes have to bowl 25 overs in a day. I enjoy that.

Q: Which bowler do you watch the most?

A: Jasprit Bumrah, of course. Everyone in India watches him. But I also watch old videos of Zaheer Khan, how he used the crease and changed his angle. I learnt a lot from that.

Q: Are you nervous about facing international batters?

A: Nervous, yes, a little. But nervous is good. It means you care. Once I have the ball in my hand, I only think about the next delivery.

Q: What is the first thing you will do with your match fee?

A: Build a proper roof for my parents' house. The rain comes in every monsoon. That is the first thing. Then maybe a motorbike for my brother.

Pawar is likely to make his debut in the second Test, according to sources in the team management.
"""),

("Lakeshore Ledger", """
Fifty years of 'Harbor Lights': Port Ellis songwriter marks anniversary of a local anthem

Almost everyone in Port Ellis can sing the chorus. Many of them don't know who wrote it.

"Harbor Lights," the folk ballad that has closed the town's Fourth of July fireworks show every year since 1976, turns 50 this summer. Its author, Walt Henning, is 78 and still lives three blocks from the water.

He wrote it in the winter of 1974, he said, after watching the ore boats come in through the breakwall during an ice storm.

"I was 28, broke, and sitting in my truck with the heater on," Henning said. "I wrote the first verse on the back of a gas receipt."

The chorus is simple, which may be why it has lasted:

Harbor lights, harbor lights,
Bring the long boats home tonight.
Through the ice and through the gray,
Harbor lights, show them the way.

Henning recorded the song with a borrowed guitar at a studio in Duluth and pressed 500 copies on vinyl. A DJ at the local AM station started playing it, and it became a regional hit. He said he has earned "maybe enough to buy a decent boat" from it over the decades.

The song has been covered by church choirs, high school bands and, in 2009, a punk group from Milwaukee whose version Henning called "loud but sincere."

Port Ellis Mayor Lisa Braun said the city would honor Henning at this year's Fourth of July celebration, where he has agreed to perform the song live for the first time in more than 20 years.

"He gave this town something that belongs to everyone," Braun said. "We owe him a thank-you."

Henning said he was nervous. His voice, he said, isn't what it was. His fingers are stiff. He practices every morning anyway.

"The town has been singing it for 50 years," he said. "I figure they can carry me through the high notes."

The fireworks begin at 9:45 p.m. at Lighthouse Park. The city recommends arriving early. Parking fills up by 8.
"""),

("Press Dispatch of India", """
Vardhan Motors Q3 profit rises 48%, UK luxury arm BAC drives growth

Mumbai, Feb 2 (PDI) Vardhan Motors Ltd on Friday reported a 48 per cent year-on-year (YoY) rise in consolidated net profit for the October-December quarter (Q3 FY24), helped by strong sales at its British luxury unit Brampton Automotive Company (BAC) and steady demand for commercial vehicles at home.

Net profit attributable to shareholders stood at Rs 6,412 crore, compared with Rs 4,333 crore (restated) in the same quarter last year. Revenue from operations rose 25 per cent to Rs 1.1 lakh crore, the company said in a regulatory filing to the BSE and NSE.

BAC, which accounts for about two-thirds of the group's revenue, posted revenue of £7.4 billion, its highest quarterly figure in over eight years. Its EBIT margin improved to 8.9 per cent. The Brampton GT, Brampton Estate and Ridgeback 4x4 together made up about 68 per cent of the unit's retail order book.

The domestic passenger vehicle (PV) business, which includes the Vega, Orbit and Spark models, saw volumes of about 1.38 lakh units. Electric vehicle (EV) volumes grew to around 16,500 units in the quarter, the company said.

Key numbers for the quarter:

- Consolidated revenue: Rs 1,08,219 crore, up 25%
- Net profit: Rs 6,412 crore, up 48%
- BAC revenue: £7.4 billion, up 22%
- Net automotive debt: Rs 18,500 crore

"BAC has delivered its fifth successive quarter of improved profitability, while our domestic businesses continue to perform well," the company's chief financial officer said during a post-earnings call with analysts.

Analysts said the results were broadly ahead of estimates. A brokerage note said margin expansion at BAC was "the key positive", though it flagged that demand in China remained soft.

The company reiterated its goal of becoming net-debt free in its automotive business by FY25.

Shares of Vardhan Motors closed 1.9 per cent higher at Rs 912.4 on the NSE ahead of the results, which were announced after market hours.

(Figures are rounded. All comparisons are year-on-year unless stated otherwise.)
"""),

("Tri-County Sentinel", """
Marion County commissioners approve new animal shelter, split on location

The Marion County Board of Commissioners voted 3-2 Tuesday to build a new animal shelter on county-owned land off Old Mill Road, ending a two-year debate over how to replace the aging facility on Front Street.

The $8.6 million shelter will have space for about 120 dogs and 90 cats, a veterinary clinic, outdoor exercise yards and a community room for adoption events. Construction is expected to begin next spring and take about 14 months.

The current shelter, built in 1974, was designed to hold 40 animals. Staff say it routinely holds more than twice that number, and a state inspection last year cited problems with drainage, ventilation and crowding.

"We have good people working in a bad building," said Commissioner Sharon Blake, who voted for the plan. "This fixes the building."

Commissioners Tom Reese and Alicia Vance voted no. Both said they supported a new shelter but preferred a site closer to Cedar Falls, where most adoptions take place. The Old Mill Road property is about 9 miles from downtown.

"If people can't get there, they won't adopt," Vance said. "And then we're back where we started, just with a nicer building."

Shelter Director Kim Osterhout said she would work with the county to add evening hours and partner with pet stores in Cedar Falls for off-site adoption days.

The project will be paid for with a combination of federal pandemic recovery money, a state grant and about $2.4 million from the county's capital reserve. No new taxes are required, county officials said.

Volunteers who packed the meeting room cheered after the vote. Several held signs with photos of dogs currently at the shelter.

The county will seek bids from contractors this winter.

Correction: An earlier version of this story misstated the number of animals the current shelter was designed to hold. It is 40, not 60. The story also misspelled the name of Commissioner Alicia Vance. The Sentinel regrets the errors.
"""),

("The Mesa Gazette", """
Extreme heat warning: Valley could hit 116 degrees this weekend

PHOENIX — The National Weather Service has issued an extreme heat warning for the Phoenix area from 10 a.m. Friday through 8 p.m. Sunday, with afternoon highs forecast between 112 and 116 degrees.

Overnight lows will stay in the low 90s in parts of the Valley, offering little relief. Forecasters said Saturday is likely to be the hottest day, with Mesa, Chandler and Gilbert all expected to top 114.

"This is dangerous heat for everyone, not just for vulnerable people," said meteorologist Ana Lopez. "Healthy adults can get into trouble quickly if they're working or exercising outside."

Maricopa County recorded 645 heat-associated deaths last year, the most on record. More than two-thirds occurred outdoors, and many of the victims were homeless.

Cooling centers will be open across the Valley, many with extended hours. A list is available through the county's 211 service.

Health officials offered these tips:

- Drink water before you feel thirsty. Avoid alcohol and sugary drinks.
- Limit outdoor activity between 10 a.m. and 6 p.m.
- Never leave children or pets in a parked car, even for a minute.
- Check on elderly neighbors and relatives at least twice a day.
- Know the signs of heat exhaustion: heavy sweating, dizziness, nausea, headache.
- Call 911 if someone stops sweating, becomes confused or loses consciousness.

Salt River Project and Arizona Public Service said they had suspended disconnections for nonpayment through the end of September. Customers struggling with bills can apply for assistance programs through both utilities.

Hiking trails at several city preserves, including parts of South Mountain and Camelback, will close during the warning period. Rangers say they have already performed more than a dozen heat-related rescues this year.

Animal welfare groups reminded pet owners that pavement temperatures can exceed 150 degrees in direct sun. "If it's too hot for your hand, it's too hot for their paws," said Jenna Morales of the Arizona Humane Society.

The warning may be extended. Forecasters said temperatures will ease only slightly next week, with highs near 110.
"""),

("Deccan Newswire", """
Chennai's December music season opens with packed halls and a new generation of vidwans

Chennai, Dec 15 (DNW) The city's annual December music season, often called the Margazhi festival, got under way this week with more than 2,500 concerts scheduled across about 80 sabhas over the next four weeks.

The season, one of the largest cultural events of its kind in the world, draws Carnatic music lovers from across India and the diaspora. Halls in Mylapore and T. Nagar were full on the opening evenings, with rasikas queuing for the morning slots as early as 8 a.m.

Organisers said this year's line-up featured a noticeably younger set of performers. Nearly a third of the prime evening slots had been given to artistes under 35, according to the secretary of one of the oldest sabhas.

Vocalist Sahana Raghavan, 27, who sang her first evening concert at a major sabha on Thursday, said the moment was emotional. "Ithu en guruvukku samarpanam," she said after the concert — "This is an offering to my guru." Her teacher, an elderly vidwan, was seated in the front row.

Veteran mridangam player K. Sundaresan, who has performed at the season for more than 50 years, said he welcomed the change. "The music stays the same. The faces change. That is how it should be," he said.

The season also includes dance recitals, lecture-demonstrations and, in the canteens, the much-discussed food. Several sabha canteens have become destinations in their own right, with menus of dosa, adai-avial, keerai vadai and filter coffee drawing crowds between concerts.

Ticket prices have risen this year at several venues. A season pass at one prominent sabha now costs Rs 6,000, up from Rs 4,500 two years ago. Many concerts in the morning and early afternoon remain free.

Some regular attendees said they were glad to see more young people in the audience as well. "Earlier we saw only grey hair," said 72-year-old retired banker V. Padmanabhan. "Now my granddaughter comes with me."

The season runs until mid-January, with several sabhas holding their final concerts around Pongal.
"""),

("Riverbend Daily Press", """
Okafor's late goal sends Riverbend United to first league final

One touch. One shot. One roar from 6,000 people.

Riverbend United is going to the final.

Forward Chidi Okafor scored in the 88th minute Saturday night to give United a 2-1 win over Lakeport FC in the USL League One semifinal at Foundry Park, sending the club to its first championship game since it was founded in 2018.

The goal came out of almost nothing. Midfielder Sam Ruiz won a loose ball near midfield and played it forward. Okafor took one touch to get past a defender, then curled a right-footed shot into the far corner from 20 yards.

"I didn't look," Okafor said. "I just hit it. Then I heard the noise."

Lakeport had equalized in the 71st minute through a penalty kick by captain Devon Marsh after a handball in the box. For much of the final 20 minutes, the visitors looked the more dangerous side.

United coach Hannah Bergstrom said she told her players at halftime to stay calm. "We knew they would come at us. We knew we'd get one chance. Maybe two," she said. "We took one."

Riverbend had taken the lead in the 24th minute when defender Luis Paredes headed in a corner kick. It was his first goal of the season.

It was not always pretty. United had only 38% of possession. They were outshot 14-7. They did not care.

After the final whistle, players ran to the supporters' section behind the north goal, where fans had set off blue smoke. Okafor climbed onto the advertising boards and was pulled into the crowd.

"This city has waited for something like this," said season-ticket holder Marcus Green, 52, who has attended every home game since the club's first season. "Tonight we got it."

United will play the winner of Sunday's semifinal between Grand Valley and Harborside in the final next Saturday. If Grand Valley wins, the final will be played in Riverbend.

Tickets for a potential home final go on sale Monday.
"""),

("Bharat Wire Agency", """
ISRO lays out five objectives for proposed lunar sample-return mission

Bengaluru, Mar 4 (BWA) The Indian Space Research Organisation on Monday outlined the scientific objectives of its proposed lunar sample-return mission, tentatively scheduled for launch in 2028, at a conference of planetary scientists in the city.

Presenting the mission plan, a senior ISRO scientist said the mission would involve two launches and five separate modules, making it the most complex mission the agency has attempted. The modules would be assembled in lunar orbit before the lander descends to the surface.

According to the presentation, the mission has five main objectives:

1. Land safely near the lunar south pole region, close to the site explored by the Chandrayaan-3 mission in 2023.
2. Collect up to 3 kg of lunar soil and rock samples using a robotic arm and a drill.
3. Launch the samples from the surface into lunar orbit using an ascender module.
4. Dock the ascender with an orbiting module and transfer the samples.
5. Return the samples to Earth in a re-entry capsule for analysis in Indian laboratories.

"Each of these steps has been done by other countries. Doing all of them together, in one mission, is what makes it difficult," the scientist said.

The agency has already begun testing docking technology in low Earth orbit, and a demonstration mission for this purpose was launched last year. Scientists said data from those experiments would feed directly into the lunar mission design.

Only the United States, the former Soviet Union and China have so far brought back samples from the Moon. China's Chang'e-6 mission last year returned the first samples from the far side.

Planetary scientists at the conference said Indian researchers would benefit greatly from having their own lunar samples. "At present we depend on small quantities shared by other space agencies. Our own samples will allow many more experiments," said a professor at the Physical Research Laboratory in Ahmedabad.

The mission has received in-principle approval, and detailed design reviews are expected to be completed by the end of this year, officials said.
"""),

("The Harbor City Courier", """
Landlord gets 18 months for ignoring carbon monoxide warnings

A Harbor City landlord whose failure to repair a faulty furnace led to the carbon monoxide poisoning of a family of five was sentenced Thursday to 18 months in jail, the first criminal sentence of its kind in the county in more than a decade.

Superior Court Judge Miriam Castellanos said Gregory Tanner, 58, had ignored "repeated, specific and documented" warnings from tenants and city inspectors about the furnace at his fourplex on Alder Street in the months before the family was hospitalized in January 2023.

Tanner pleaded guilty in August to one count of reckless endangerment and four counts of violating the city's housing code.

[Caption: Gregory Tanner, left, listens with his attorney, Ellen Marsh, as Superior Court Judge Miriam Castellanos delivers the sentence Thursday. Photo by Dana Liu / Courier staff]

The family's mother, Rosa Mendez, read a statement in court describing the night her 4-year-old son would not wake up. Her husband carried the boy outside in the snow while she called 911.

"I still check his breathing at night," Mendez told the court. "He is 6 now. I still check."

All five family members recovered after treatment in a hyperbaric chamber. The 4-year-old spent three days in intensive care.

Prosecutors said inspectors had cited the furnace twice in 2022 and that a heating contractor had told Tanner in writing that it needed to be replaced. Tanner instead had the unit patched, according to court records.

Tanner apologized to the family in court. "I made a terrible decision to save money, and your children paid for it," he said. "I'm sorry."

His attorney asked for probation, arguing that Tanner had since sold the building and paid for the family's relocation. Castellanos said those steps were welcome but did not outweigh the risk he had created.

[Caption: The fourplex on Alder Street where the Mendez family lived, photographed in February 2023. The building has since been sold and renovated. Photo by Courier staff]

The family has also filed a civil lawsuit against Tanner, which is pending.

City officials said the case had prompted changes in how code violations involving heating equipment are handled. Such violations are now referred automatically to the city attorney's office if not fixed within 30 days.
"""),

("Lakeshore Ledger", """
#SaveThePier campaign raises $400,000 in three weeks

A social media campaign to save the crumbling Port Ellis fishing pier has raised more than $400,000 in three weeks, far exceeding what organizers expected and putting a long-stalled repair project within reach.

The campaign began in late April when local photographer Ben Castillo posted a drone video of the pier's cracked pilings to Instagram with the hashtag #SaveThePier. The clip was viewed more than 1.2 million times and was shared by the city's parks department, @LakeshoreParks, and by several regional news stations.

"I thought maybe a few hundred people would see it," Castillo said. "Then my phone just started buzzing and didn't stop."

The 800-foot pier, built in 1931, has been closed since last fall after engineers found that several supports had deteriorated. City officials estimated repairs at $1.9 million and said they did not have the money in this year's budget.

Castillo teamed up with the nonprofit Friends of Port Ellis Harbor to set up a donation page. More than 5,600 people have given, most between $10 and $50. The largest gift, $50,000, came from a family foundation that asked not to be named.

Donors have been posting photos of their own memories on the pier under the tag #MyPierStory. One showed a grandfather and grandson holding a perch in 1988; another showed a marriage proposal at sunset in 2015.

"Everybody has a pier story," said Denise Walsh, president of Friends of Port Ellis Harbor. "That's what this campaign tapped into."

City Manager Greg Sorensen said the donations, combined with a state coastal grant the city is applying for, could cover most of the cost. The city would then contribute the remainder from its capital fund.

"This is a real possibility now, which it wasn't a month ago," Sorensen said.

Not everyone is convinced. Council member Harold Jenks said he was grateful to donors but worried about future maintenance costs. "Fixing it once is great. Who pays next time?" he wrote on X, where he posts as @JenksWard3.

Organizers said the campaign will continue through June 30. Updates are being posted at the Friends group's website and on Instagram at @SaveThePierPE.
"""),

("Indo-Asian Wire Service", """
WHO says measles cases rising in South-East Asia, urges catch-up vaccination

New Delhi, Apr 24 (IAWS) The World Health Organization (WHO) on Wednesday warned that measles cases were rising across its South-East Asia Region, and urged countries to launch catch-up vaccination drives for children who missed routine doses during the pandemic years.

In a statement issued ahead of World Immunization Week, the WHO's regional office said several countries, i.e. those with large birth cohorts and disrupted health services, had reported outbreaks in recent months.

The region, which includes India, Bangladesh, Indonesia, Myanmar, Nepal, Sri Lanka and Thailand, among others, had made significant progress against measles before 2020. Two countries, Bhutan and the Maldives, were verified as having eliminated the disease.

"Measles is one of the most contagious diseases known. Any drop in coverage quickly translates into outbreaks," the Regional Director said. "Every child must receive two doses of the vaccine."

The WHO said measles vaccine coverage for the first dose in the region had recovered to about 93 per cent, but coverage for the second dose remained lower, and there were large gaps within countries, e.g. in urban slums, remote tribal areas and among migrant families.

India's Health Ministry said it had conducted intensified immunisation drives, such as Mission Indradhanush, to reach children who had missed vaccinations. Officials said India was committed to the goal of measles and rubella elimination.

Public health experts said misinformation about vaccines, while less widespread in the region than in some Western countries, was also a growing concern. "We need community health workers who are trusted by families. That is the No. 1 factor in vaccine uptake," said Dr. Anjali Sen, a paediatrician and researcher in Kolkata.

Measles can cause serious complications, including pneumonia, brain swelling and blindness, particularly in malnourished children. There is no specific treatment, but the disease is preventable through vaccination.

World Immunization Week is observed from April 24 to 30 every year. This year's theme focuses on reaching "zero-dose" children, i.e. those who have not received even a single routine vaccine.
"""),

("The Mesa Gazette", """
Ramona Tsosie, poet of the desert and the dinner table, dies at 84

Ramona Tsosie, a Navajo poet whose spare, plainspoken verse about family meals, pickup trucks and desert weather won her a national following late in life, died Sunday in Mesa. She was 84.

Her granddaughter, Kayla Begay, said the cause was heart failure.

Tsosie did not publish her first collection, "Frybread and Thunder," until she was 61, after retiring from a career as a school cafeteria manager in Mesa and Tempe. The book, issued by a small university press, sold out its first printing in six weeks and went on to be taught in high schools across the Southwest.

Critics noted her economy. Few of her poems run longer than a page. Many are only a few lines. Her best-known poem, "Monsoon," reads in full:

The sky clears its throat.
Grandmother closes the windows.
We wait, and the dust waits,
and then the whole world smells like rain.

"She didn't waste words. She said you should write like you're paying for every letter," said Joy Tallman, a poet and former student who studied with her at a community writing workshop in 2004.

Born in 1940 near Chinle, Arizona, Tsosie was raised by her grandparents and spoke only Navajo until she entered boarding school at age 7. She later said the experience of learning English "by force" made her suspicious of fancy language.

She moved to Mesa in 1962 with her husband, Harold Tsosie, a welder, and raised four children. She wrote poems in spiral notebooks for decades, mostly at the kitchen table after dinner, and showed them to almost no one.

Three more collections followed her debut. In 2015 she received a lifetime achievement award from the state arts commission.

Asked in a 2016 interview with the Gazette why she started publishing so late, she said: "Nobody asked me before. Then somebody asked."

Her husband died in 2011. She is survived by her four children, 11 grandchildren and seven great-grandchildren.

A memorial will be held Saturday at the Mesa Arts Center. The family has asked that attendees bring a poem to read aloud.
"""),
]
