ARTICLES = [
("Fraser Valley Ledger", """Harlow Creek council backs rezoning for 140-unit rental project on Vye Road

HARLOW CREEK, B.C. — Harlow Creek council voted 5-2 on Tuesday night to rezone a former nursery property on Vye Road, clearing the way for a 140-unit rental building that the developer says could welcome its first tenants by late 2026.

The decision followed a public hearing that stretched past 11 p.m., with more than 30 residents signed up to speak. Supporters, many of them younger renters, told ⟦glued:thecouncil⟧ they had been priced out of the township's detached-home market and were now commuting from as far away as Chilliwack.

Opponents raised concerns about traffic on the two-lane road, the loss of mature cedars along the western edge of the site and the pressure another large building would put on Vye Road Elementary, which already relies on four portable classrooms.

"We are not against housing. We are against this housing, in this spot, without a plan for the school," said Marguerite Dallaire, who has lived across the street for 22 years.

⟦dup:1⟧

Coun. Ravi Sandhu, who moved the motion, said the project was the kind of "gentle but real" density the township's official community plan had called for since 2019⟦stray: ,⟧ and that the province's new housing targets left little room for delay.

"Every month we wait, the number goes up and the rents go up," Sandhu said. "I would rather be accused of moving too fast on rental housing than explain to a family why there is nothing for them here."

Coun. Elaine Brophy and Coun. Tom Wiebe voted against. Brophy said she supported rental housing in principle but wanted the developer, Cascadia Lane Properties, to commit to a traffic signal at Vye Road and 248 Street before occupancy.

Staff told council a signal warrant study would be finished this spring, and that the developer had agreed in writing to contribute $410,000 toward road improvements along the frontage.

The bylaw still requires fourth reading and a development permit, both of which will return to council.

⟦furniture:Share this story: Facebook · X · LinkedIn · Email · Copy link⟧"""),

("Karoo Courier", """Two farmworkers and alleged buyer in court over theft of 46 Dorper sheep

⟦disclaimer:[Translated from the Afrikaans edition. Automated translation, lightly reviewed.]⟧

GRAAFF-REINET — Three men appeared in the Graaff-Reinet Magistrate's Court on Monday in connection with the theft of 46 Dorper sheep from a farm in the Camdeboo district earlier this month.

Two of the accused, aged 29 and 34, are farmworkers who had been employed on a neighbouring property. The third, a 51-year-old man from Aberdeen, is alleged to have bought the animals and moved them to a feedlot outside the town.

Police spokesperson Captain Nomvula Mbeki said the sheep were traced after the farmer noticed a gap in a boundary fence and found tyre tracks leading to a gravel road. "The farmer acted quickly and the stock theft unit was on the scene within hours," ⟦attribution:Mbeki said, the captain said⟧.

According to the charge sheet, the sheep were valued at about R185,000. Thirty-nine of them have been recovered and returned to the owner, who identified them by their ear tags. Seven are believed to have been slaughtered.

The court heard that the men were arrested on a Saturday morning at a vehicle checkpoint on the R63. Prosecutor Anlie Botha told the court the state would oppose ⟦break:bail for the. Alleged buyer⟧, who has a previous conviction for dealing in stolen livestock.

Defence attorney Pieter Swanepoel said his client had "paid a fair price in good faith" and had receipts for the transaction. The two farmworkers did not have legal representation and were referred to Legal Aid.

The farmer, who asked not to be named, told the Courier after the hearing that stock theft had become a constant worry for the district. "⟦foreign:Ons slaap nie meer snags nie. Ons ry elke nag die heinings na.⟧" he said.

The local farmers' association has asked police to station a permanent stock theft officer in the town rather than relying on the unit in Cradock, more than 130 kilometres away.

The case was postponed to 14 March for a formal bail application. The men remain in custody."""),

("Straits Morning Bulletin", """Singapore payments start-up Kopipay raises S$12 million in Series A round

SINGAPORE — Kopipay, a Singapore-based start-up that lets hawker stalls and small retailers accept QR payments and manage inventory from a single app, has raised ⟦glued:S$12million⟧ in a Series A funding round, the company announced on Wednesday.

The round was led by Jurong Ventures, with participation from existing investors Tanjong Capital and a family office based in Jakarta. The company did not disclose its valuation.

Founded in 2021 by former bank technologist Melissa Goh and engineer Arun Pillai, Kopipay says it now serves more than 8,400 merchants across Singapore and Malaysia, processing about S$30 million in transactions each month.

"Hawkers are some of the hardest-working business owners anywhere, and most of the tools built for them were designed for someone else," said Ms Goh, the company's chief executive. "We want a stallholder in Tampines to have the same visibility over her cash flow as a restaurant chain."

The new capital will be used to expand into Indonesia and the Philippines, hire about 40 engineers and build a lending product that will let merchants draw short-term working capital based on their sales data. ⟦fragment:Subject to the approval from relevant regulators of each market.⟧

Mr Pillai, the chief technology officer, said the firm would keep its engineering headquarters in Singapore. The company currently employs 62 people.

Jurong Ventures partner Daniel Ong said his firm was drawn to Kopipay's low merchant churn. "Their retention numbers told us the product is genuinely part of people's daily routine," he said.

⟦embed:Kopipay on LinkedIn: "We're thrilled to share that we've closed our Series A! Thank you to our merchants, our team and our partners. #fintech #Singapore" 1,204 reactions · 87 comments · 3w⟧

Singapore's small-business payments market has become increasingly crowded, with banks, super-apps and global card networks all competing for merchant fees. Analysts say smaller firms will need to set themselves apart through software rather than price.

⟦placeholder:{{company_boilerplate}}⟧"""),

("Cedar County Tribune", """Wildcats hold off Bennett County 28-21 to clinch share of conference title

OAK HOLLOW — Senior quarterback Devin Marsh threw for 214 yards and two touchdowns, and junior linebacker Cody Albers intercepted a pass at the goal line with 41 seconds left as Cedar Valley held on for a ⟦glued:28-21win⟧ over Bennett County on Friday night.

The victory gives the Wildcats (8-1, 5-1) at least a share of the Big Prairie Conference championship, their first since 2011. Bennett County falls to 6-3 and 4-2.

It was a game of two halves⟦stray:..⟧ Cedar Valley led 21-0 at the break after Marsh found tight end Luis Ortega on a 34-yard ⟦broken_paragraph:seam route

early in the second quarter⟧ and running back Jaylen Pruitt added scoring runs of 6 and 19 yards.

Bennett County came out of the locker room a different team. Quarterback Eli Sandoval completed his first eight passes of the second half, and the Bulldogs scored on three straight possessions to tie the game at 21 with 6:12 to play.

⟦furniture:ADVERTISEMENT⟧

Marsh answered. On third-and-7 from his own 38, he rolled right and hit Ortega again for 29 yards, and two plays later Pruitt bounced outside for a 22-yard touchdown run with 3:50 remaining.

Bennett County's final drive reached the Cedar Valley 4-yard line before Albers stepped in front of a slant pass in the end zone.

"I saw the receiver look at the ball before the snap, and I just trusted it," Albers said. "Coach has been telling us all week that they like that route down there."

Wildcats coach Ron Halvorsen said the second half was "a lesson we needed to learn in a game we could still win."

"We got comfortable at halftime. You can't do that against a team as well coached as Bennett," he said. "But I'm proud of how the defense finished."

Pruitt finished with 131 yards on 22 carries. Ortega caught six passes for 97 yards. Sandoval was 24 of 35 for 262 yards and two touchdowns for Bennett County.

Cedar Valley closes the regular season next Friday at home against Lone Elm, with a chance to win the title outright."""),

("Halifax Harbour Post", """Nor'easter knocks out power to 60,000 Nova Scotia customers, closes schools

HALIFAX — A powerful nor'easter swept across Nova Scotia overnight Tuesday, bringing wind gusts of more than 110 km/h to exposed coastal areas and knocking out power to roughly 60,000 customers at the height of the storm.

Nova Scotia Power said crews from New Brunswick and Maine had been brought in to help restore service, and that most customers should be reconnected by Thursday evening. Some rural areas in Guysborough and Richmond counties could wait longer.

All schools in the Halifax Regional Centre for Education were closed Wednesday, as were several campuses of Nova Scotia Community College.

⟦placeholder:[VIDEO: storm_surge_final_v2.mp4]⟧

Environment Canada meteorologist Linda Boudreau said the storm's track brought it closer to the coast than models had suggested on Monday⟦stray:。⟧ "We saw the strongest gusts along the Eastern Shore and in the Cape Breton Highlands, which is about what you'd expect, but the rain totals in the Annapolis Valley surprised us," she said.

⟦embed:Peak wind gusts so far: Grand Étang 137 km/h, Beaver Island 118 km/h, Halifax Stanfield 96 km/h. Stay off the roads if you can. #NSStorm pic.twitter.com/q7RkW2vLbd — ECCC Weather Nova Scotia (@ECCCWeatherNS_) November 19, 2024⟧

Storm surge pushed seawater across a section of the Shore Road near Eastern Passage early Wednesday. Municipal officials said ⟦break:the water had. Receded by mid-morning⟧ but that crews would need to inspect the roadbed before reopening it to traffic.

Halifax Regional Municipality opened comfort centres at the Cole Harbour Place and Sackville Sports Stadium for residents without heat or a way to charge phones.

In Dartmouth, Kevin MacIsaac spent the morning cutting up a maple that had come down across his driveway. "It missed the house by about a metre. I'll take that," he said.

Halifax Stanfield International Airport reported dozens of cancelled and delayed flights, and Marine Atlantic cancelled Wednesday's crossings between North Sydney and Port aux Basques.

Rain was expected to taper off by Wednesday afternoon, with winds easing overnight. Boudreau said a second, weaker system could bring more rain to the region on the weekend."""),

("Durban Daily Wire", """Police arrest four after armed robbery at Pinetown cash-and-carry

DURBAN — Four men were arrested on Sunday in connection with an armed robbery at a cash-and-carry wholesaler in Pinetown in which a security guard was wounded, KwaZulu-Natal police said.

The suspects, aged between 24 and 38, were traced to a house in Clermont after a tracking device fitted to a stolen cash box led officers to the area. Two firearms and about R92,000 in cash were recovered.

Provincial police spokesperson Colonel Thembeka Ngcobo said the robbery took place shortly after 7pm on Friday as staff were closing up. Five armed men forced their way in through a loading bay ⟦glued:andheld⟧ employees at gunpoint while the safe was emptied.

A 46-year-old guard was shot in the leg when he tried to raise the alarm. He was taken to hospital and is in a stable condition.

"The quick work of our tracking partners and the K9 unit made this arrest possible," ⟦attribution:Ngcobo said, according to Colonel Ngcobo⟧. "We are still searching for the fifth suspect and urge anyone with information to come forward."

The shop's owner, who asked that only his first name, Yusuf, be used, said the business had been robbed twice in three years. ⟦fragment:Having traded on the same corner for nineteen years already.⟧ He said he was considering moving to a shopping centre with access control.

"My staff are shaken. Some of them have been with me since the beginning. Nobody should go to work and come home with a bullet wound," he said.

Neighbouring business owners said crime in the industrial area had worsened since streetlights along the road were damaged last winter. "⟦foreign:Sesiyesaba ukuphuma ebusuku, akukho ndawo ephephile lapha⟧," said a woman who runs a spaza shop across the road.

The eThekwini Municipality said repairs to the streetlights were scheduled for next month.

The suspects are expected to appear in the Pinetown Magistrate's Court on Tuesday on charges of armed robbery, attempted murder and possession of unlicensed firearms and ammunition. Police said they were also investigating whether the men were linked to two similar robberies in Westmead and New Germany."""),

("Millbrook Gazette", """Millbrook Village Board minutes: Oct. 14 regular meeting

The following is a summary of the regular meeting of the Millbrook Village Board of Trustees held Oct. 14 at Village Hall. Minutes are published as provided by the village clerk and are subject to approval at the next meeting.

Call to order: Mayor Janet Pruitt called the meeting to order at 7:02 p.m. Present were Trustees Ahmed, Okafor, Lindqvist and Delgado. Trustee Harmon was absent.

Approval of minutes: Minutes of the Sept. 23 meeting were approved as presented on a motion by Trustee Lindqvist, seconded by Trustee Delgado. Motion carried 4-0.

Public comment: Resident Gary Fenwick of Maple Street asked the board to consider a four-way stop at Maple and Third. He said speeding had increased since the detour on Route 9 began. Resident Dolores Kim thanked public works for clearing storm drains ahead of last week's rain.

Public works report: Superintendent Bill Haas reported that leaf collection will begin Oct. 28 and run through Nov. 22. Residents should place leaves at the curb, not in the street. He said the Elm Street water main replacement is 80 percent complete.

⟦dup:2⟧

Old business: The board discussed the proposed dog park at Riverside Park. Trustee Okafor said the Parks Committee had received two fencing quotes that differed by nearly $9,000. The board agreed to continue the item ⟦glued:withTrustee⟧ Ahmed to obtain a third quote.

New business: Resolution ⟦placeholder:[INSERT MOTION NO.]⟧ authorizing the purchase of a 2025 dump truck from Heartland Truck Sales in the amount of $148,600 was approved 4-0. The truck replaces a 2006 model that failed inspection in August.

The board approved a request from the Millbrook Lions Club to close Main Street between First and Second streets on Dec. 7 for the holiday parade.

Committee reports: Trustee Delgado reported that the Parks Committee's ⟦stray:"⟧ fall festival raised $3,200 for the playground fund.

Adjournment: The meeting adjourned at 8:14 p.m. The next regular meeting is Oct. 28 at 7 p.m."""),

("Lion City Digest", """Dengue cases rise for third straight week; NEA urges residents to check for stagnant water

⟦disclaimer:This report was machine-translated from our Chinese-language edition and may differ from the original.⟧

SINGAPORE — Weekly dengue cases in Singapore rose for the third consecutive week, with 412 infections reported in the week ending Saturday, up from 356 the week before, according to figures released by the National Environment Agency (NEA) on Tuesday.

The agency said 14 active dengue clusters had been identified, the largest in the Bedok North area with 63 cases. Other clusters include parts of Woodlands, Hougang and Jurong West.

NEA officers have conducted more than 5,000 inspections in the past fortnight and found mosquito breeding in flower-pot plates, pails, roof gutters and discarded containers in common corridors.

"Most of the breeding we find is in homes, and most of it can be removed in a few minutes a week⟦stray:，⟧" an NEA spokesperson said. "We urge every household to do the Mozzie Wipeout steps, especially after heavy rain."

Dr Tan Wei Ling, a general practitioner in Bedok, said she had seen noticeably more patients with fever and rash over the past month. ⟦fragment:Especially among the elderly who living alone in the rental blocks.⟧

Madam Lee Soh Har, 67, who lives in one of the affected blocks, said residents had been cleaning regularly but were worried about drains on the ground floor. "⟦foreign:我们每个星期都有清理花盆，可是楼下的沟渠还是有积水⟧," she said.

Town council officers said the drains had been cleared and treated with larvicide last Friday.

Symptoms of dengue include sudden high fever, severe headache, pain behind the eyes, joint and muscle pain, and rash. The NEA advises anyone with these symptoms to see a doctor early and to apply insect repellent so that they do not pass the virus on through mosquito bites.

The agency also said its Wolbachia programme, which releases male mosquitoes that cause eggs not to hatch, would be extended to another 50,000 households next year. Areas where releases have taken place have seen up to 75 per cent fewer dengue cases, it said.

Residents can check the locations of active clusters on the NEA website and the myENV app."""),

("Prairie Signal", """Canola crush plant near Yorkton to add 90 jobs in $360-million expansion

⟦furniture:This site uses cookies to personalise content and ads. By continuing to browse you agree to our use of cookies. [Accept] [Manage preferences]⟧

YORKTON, Sask. — Parkland Oilseeds says it will spend $360 million to nearly double the capacity of its canola crushing plant east of Yorkton, a project the company expects to create about 90 permanent jobs and 400 construction positions.

The expansion will raise the plant's annual capacity from about 1.1 million tonnes of seed to just over two million tonnes, the company said in a statement Thursday. Construction is scheduled to begin next spring, with the new line running by the fall of 2027.

Most of the additional canola oil is expected to be sold to ⟦glued:renewablediesel⟧ producers in the United States, while the meal will go to livestock feed markets in Western Canada and Asia.

Chief executive Laurie Feschuk said the company ⟦break:had been. Looking at the⟧ expansion since 2022 but waited for clarity on clean fuel regulations on both sides of the border before committing.

"Those rules are now settled enough for us to make a 30-year bet, and we think Yorkton is the right place to make it," Feschuk said.

Agriculture Minister Daryl Harrison called the announcement a vote of confidence in the province's growers, noting that Saskatchewan produces more than half of Canada's canola.

Area producers welcomed the news. Grant Ostafie, who farms 4,800 acres near Theodore, said a bigger plant close to home would ⟦broken_paragraph:cut his trucking
costs⟧ and give him another bidder at harvest.

"Right now a lot of my seed goes to Saskatoon or over to Manitoba. Every kilometre I don't have to haul is money in my pocket," he said.

Not everyone is sold. Councillors in the neighbouring rural municipality have asked for details on how much water the expanded plant will draw and where wastewater will go. The company said it would file an environmental assessment with the province in the coming months and hold open houses in Yorkton and Springside.

Parkland Oilseeds currently employs 115 people at the site."""),

("Gauteng Pulse", """Late Mokoena strike lifts Highveld United past Pretoria Stars

JOHANNESBURG — Substitute Sipho Mokoena scored in the 88th minute as Highveld United came from behind to beat Pretoria Stars 2-1 at Dobsonville Stadium on Saturday afternoon, moving up to third on the log.

Stars had taken the lead in the 23rd minute when Brazilian forward Thiago Ramos headed in a corner from the right at the near post, and the visitors looked comfortable for most of the first half.

United grew into the game after the break. Captain Lebo Dlamini levelled from the penalty spot on 61 minutes after winger Kagiso Maleka was brought down by defender Ruan Visser, who was booked for the challenge.

Mokoena, who came on with 15 minutes remaining, won it when he collected a loose clearance on the edge of the box and curled a shot into the top corner. ⟦fragment:A moment for the young man to remember for a long time.⟧

"We showed character today⟦stray: !⟧ The boys never stopped believing, even when we were chasing the game," ⟦attribution:coach Farouk Adams said, Adams told reporters⟧ afterwards.

Adams said he had told Mokoena at half-time to be ready. "He has been working very hard in training. I told him, your chance will come, and when it comes, you must take it."

⟦embed:View this post on Instagram
A post shared by Highveld United FC (@highveldunitedfc)⟧

Stars coach Pieter Kruger said his side had stopped playing after taking the lead. "We sat too deep. You can't give a team like United 45 minutes of the ball," he said.

The result leaves Stars in ninth place, four points off the top eight.

United travel to Polokwane next weekend, while Stars host Cape Coastal on Friday night.

Highveld United: Mthembu; Nkosi, Ferreira, Khumalo, Sithole; Dlamini, Masilela, Ngubane (Mokoena 75); Maleka, Petersen, Zulu.
Goals: Dlamini (pen) 61, Mokoena 88; Ramos 23.
Attendance: ⟦placeholder:undefined⟧"""),

("Bayside Chronicle", """Evelyn 'Evie' Marchetti, 91, ran Bayside's beloved harbor bakery for five decades

⟦placeholder:[photo]⟧

Evelyn "Evie" Marchetti, who ran Marchetti's Bakery on Harbor Street for 52 years and fed generations of Bayside fishermen before dawn, died Nov. 3 at her home. She was 91.

Born in 1933 in Providence, R.I., the youngest of five children of Italian immigrants, she learned to bake in her mother's kitchen and worked at a bakery on Federal Hill as a teenager.

She moved to Bayside in 1956 with her husband, Carlo Marchetti, a boat mechanic. In 1961 the couple opened the bakery in a former net shed, with a single oven and a counter Carlo built from salvaged dock planks.

"She was up at 3 every morning, and the lights were on by 4 so the boats could get coffee and a roll before they went out," said her daughter, Rosa Marchetti Kelly. "She ⟦glued:neverclosed⟧ on a weekday. Not for snow, not for hurricanes."

The bakery became known for its anise cookies, its Easter bread and its sfogliatelle, which customers drove from Boston to buy. For decades Evie also quietly sent day-old bread to the Bayside Food Pantry and the senior center.

After Carlo died in 1998, she kept the bakery going with the help of her ⟦broken_paragraph:grandson Michael, who

took over the ovens⟧ in 2013. She still came in most mornings until she was 88, sitting at a table by the window and greeting regulars by name.

In 2011 the town's Board of Selectmen honored her with a proclamation for 50 years in business. She told the Chronicle at the time that the secret was simple: "Good butter, and you show up."

She is survived by her daughter Rosa and son-in-law Patrick Kelly of Bayside; her son, Anthony Marchetti, of Warwick, R.I.; five grandchildren and seven great-grandchildren.

A funeral Mass will be held Nov. 12 at 10 a.m. at St. Brendan's Church, followed by burial at Harborview Cemetery. In lieu of flowers, the family asks that donations be made to the Bayside Food Pantry.

⟦furniture:Leave a condolence | Send flowers | Share this obituary⟧"""),

("Straits Morning Bulletin", """South Korea to expand subsidies for young farmers as rural population ages

SEOUL — South Korea will raise monthly settlement payments for farmers under 40 and offer cheaper land leases in an effort to slow the ageing of its rural workforce, the agriculture ministry said on Thursday.

Under the plan, eligible young farmers will receive up to 1.1 million won (S$1,080) a month for three years, up from 900,000 won previously. The government aims to bring 30,000 young people into farming by 2027.

More than half of the country's farm household heads are aged 65 or older, according to Statistics Korea, and the number of farm households fell below one million for the first time last year.

Officials said the ⟦break:programme would. Be funded through⟧ a reallocation of existing rural development budgets rather than new borrowing. The ministry will also expand a land bank that buys farmland from retiring owners and leases it to newcomers at below-market rates.

Participation in earlier versions of the scheme has been lower than expected. ⟦fragment:As for the reason of low participation until now.⟧ Officials pointed to high land prices, limited access to credit and a shortage of housing in farming villages.

Kim Min-jun, 31, who left an office job in Suwon three years ago to grow strawberries in South Chungcheong province, said the payments had helped but were not enough on their own. "⟦foreign:땅값이 너무 비싸서 시작하기가 어렵습니다⟧," he said.

Opposition lawmakers said the payments were too small to offset high land prices and the lack of schools and hospitals ⟦stray:(⟧in rural areas. They called for a broader package that would include housing support and childcare.

Researchers at the Korea Rural Economic Institute have estimated that the country could lose a quarter of its farm workforce within a decade without new entrants.

The measures are expected to take effect in the second half of the year, pending approval of the budget by the National Assembly.

Other Asian economies face similar pressures. In Japan the average age of farmers is now about 68, and Taiwan has launched its own programmes to attract young people back to the land.

⟦disclaimer:※ This article was translated from Korean with an AI translation service. Please refer to the original text for accuracy.⟧"""),

("Halifax Harbour Post", """Lunenburg folk festival announces 2025 lineup, adds Sunday harbour stage

LUNENBURG, N.S. — The Lunenburg Folk Harbour Festival will return Aug. 7 to 10 with 38 acts and, for the first time, a floating stage on the harbour, organizers announced Monday.

The lineup is headlined by Acadian fiddler Marie-Claude LeBlanc, Toronto singer-songwriter Dev Arora and the Cape Breton trio Salt & Sorrel, who will close the festival on the ⟦glued:Sundayafternoon⟧ harbour stage.

Festival director Heather Conrad said the floating stage, built on a retired scallop barge, would seat about 400 people on the wharf and allow others to listen from boats.

"People have been asking us for years to put music on the water. This town is the water," Conrad said. "We had to work through a lot of permits to get here, but it's going to be something special."

⟦dup:1⟧

Organizers posted a teaser video of the lineup on the festival's social media channels Monday morning.

⟦embed:Lunenburg Folk Harbour Festival 2025 — Lineup Reveal
Watch later
Share
Watch on YouTube⟧

About a third of this year's performers are from Atlantic Canada, and the festival has also booked artists from Ireland, Quebec and Mali. ⟦fragment:Along with the return of the popular children's tent on the school grounds.⟧

Weekend passes go on sale Friday and are priced at $145, with discounts for students and seniors. Day passes will be available in June.

The festival drew about 11,000 visitors last year, according to organizers, and is one of the town's busiest weekends of the summer. Local businesses have asked the festival to coordinate more closely with the town on parking, and Conrad said a shuttle from the Bridgewater park-and-ride would run all four days.

Volunteer registration opens in March."""),

("Karoo Courier", """Karoo radio dishes catch faint signal from hydrogen in distant galaxies

CARNARVON — A team of South African astronomers says it has detected the faint radio glow of hydrogen gas in galaxies so distant that the light left them when the universe was less than half its current age.

The measurement, made with the MeerKAT array of 64 dishes outside Carnarvon in the Northern Cape, was published this week in the journal ⟦placeholder:%s⟧, and is one of the most distant detections of its kind.

Neutral hydrogen is the raw material from which stars form, and tracking how much of it galaxies held at different times helps astronomers understand why star formation across the universe peaked billions of years ago and has been slowing ever since.

The signal is ⟦break:so faint that. It took⟧ more than 1,000 hours of observing time to gather, lead author Dr Thandeka Mthembu of the University of the Western Cape said.

"No individual galaxy is bright enough for us to see on its own at this distance. We had to stack the signal from thousands of galaxies whose positions we already knew from optical surveys," she said.

The team found that galaxies at that time held somewhat more hydrogen than those nearby today, supporting the idea that they were using up their gas faster than they could replenish it.

The result is also a test run for the much larger Square Kilometre Array, which is being built on the same site and will eventually incorporate the MeerKAT dishes.

In Carnarvon itself, the telescope has become part of daily life. The local high school runs an astronomy club, and several former pupils now work as technicians on the site. "⟦foreign:Die kinders hier weet nou wat 'n sterrekundige doen, en hulle glo hulle kan een word⟧," said teacher Johanna Pieterse.

Mthembu said the team planned to extend the study to even greater distances once the next phase of observations is complete.

⟦furniture:Related
• Carnarvon learners visit telescope control room
• Kareeberg water tender approved after delays
• Sutherland stargazing season opens this weekend⟧"""),

("Cedar County Tribune", """New 4-H director wants every kid in the county to have a project

Ana Reyes grew up showing market lambs at the Cedar County Fair. Twenty years later she is back in Oak Hollow, this time running the program that taught her how.

Reyes, 34, started this month as the county's 4-H youth development director, replacing longtime director Hal Beckman, who retired in June after 27 years. She spent the past decade with the extension service in Kansas, most recently coordinating youth programs across six counties.

She sat down with the Tribune last week in her office at the extension building, still lined with boxes.

⟦stray:¿⟧What brought you back to Cedar County?

"Honestly, my parents are getting older and I wanted my kids to know their grandparents. But I also missed this fair. There's nothing like it in the state," she said.

What changes do you have planned?

Reyes said enrollment in 4-H has dropped about 15 percent in the county over the past five years, mostly among kids who don't live on farms. She wants to add projects in robotics, photography and ⟦broken_paragraph:cooking that can be done

in a town apartment⟧ as easily as on a ranch.

"Not every kid has room for a steer. Every kid has room for a project. I want the families in Oak Hollow and Lone Elm to know this is for them too," ⟦attribution:Reyes said, she said⟧.

What about the livestock side?

"That isn't going anywhere. The livestock program is the heart of this, and I'll be in the barns as much as I'm in the office," she said. She also hopes to recruit more volunteer leaders, particularly younger parents.

Beckman, reached by phone, said the program was in good hands. "She was one of the best showmen I ever had. She knows what this means to these families," he said.

Reyes said her first big event will be the fall achievement night on Nov. 16 at the fairgrounds, where members will be recognized for last year's projects. Families interested in enrolling can contact the extension office in Oak Hollow.

⟦disclaimer:This story was distributed through the Rural Press Exchange and has not been reviewed by Tribune editors.⟧"""),

("Fraser Valley Ledger", """Chilliwack man sentenced to 30 months for fentanyl trafficking

CHILLIWACK, B.C. — A 37-year-old Chilliwack man has been sentenced to 30 months in prison after pleading guilty to possessing fentanyl for the purpose of trafficking, following a police search of his Yale Road apartment in 2023.

Justin Allan Rourke was sentenced in B.C. Provincial Court in Chilliwack on Thursday. Judge Mariam Siddiqui also imposed a 10-year firearms prohibition and ordered a DNA sample.

Court heard that officers executed a search warrant at the apartment in April 2023 and found 212 grams of fentanyl, a digital scale, packaging material and about $7,400 in cash. ⟦fragment:Enough for thousands of the individual doses, according to an expert report.⟧

At the time, police posted about the seizure on social media.

⟦embed:Search warrant executed in #Chilliwack this morning. 212 grams of suspected fentanyl, cash and scales seized. Investigation continues. pic.twitter.com/8hQmZ2Tx1k — Upper Fraser RCMP (@UpperFraserRCMP) April 4, 2023⟧

⟦glued:Crowncounsel⟧ Erin Fitzgerald had sought a sentence of four years, arguing that the amount and the toxicity of the drug meant a penitentiary term was required to deter others.

Defence lawyer Mark Osei asked for two years less a day, pointing to his client's guilty plea, his own long history of addiction and the progress he had made in a residential treatment program while on bail.

In her reasons, Siddiqui said fentanyl trafficking had "caused unimaginable grief in this community" and that courts had a duty to denounce it. But she said Rourke's rehabilitation efforts were genuine and ⟦break:deserved to be. Recognized in⟧ the sentence.

"You have taken real steps, and I hope you continue to take them," the judge told Rourke. "The people who need your drugs to be off the street are the same people who need you to stay well."

Rourke, who appeared in person, apologized to the court and said he intended to keep attending recovery meetings in custody.

With credit for time served before his release on bail, he has about 26 months left to serve."""),

("Durban Daily Wire", """Umhlanga logistics firm opens R240m cold-storage hub near King Shaka airport

⟦disclaimer:This is a sponsored press release. Durban Daily Wire takes no responsibility for the accuracy of its contents.⟧

DURBAN — Coastline Cold Chain, an Umhlanga-based logistics company, on Thursday opened a R240 million temperature-controlled warehouse at the Dube TradePort near King Shaka International Airport, a facility it says will cut spoilage for fruit and seafood exporters in KwaZulu-Natal.

The 14,000 square-metre hub has 11 separate chambers that can be held at temperatures from 12°C down to minus 25°C, allowing citrus, avocados, frozen fish and pharmaceuticals to be stored under one roof before being loaded onto aircraft or trucks bound for the Durban port.

Managing director Nirasha Govender said exporters had for years been losing produce in the gap between farm and flight⟦stray:,,⟧ especially during the summer heat.

"A pallet of litchis that sits on a hot apron for two hours can lose a third of its value. We built this so that never has to happen again," Govender said at the opening.

⟦dup:1⟧

The company says the facility has created 180 permanent jobs, most of them filled by residents of nearby Tongaat, Verulam and Inanda, and that 30% of its construction spend went to local small businesses.

Rooftop solar panels supply about 40% of the site's electricity, and backup generators and battery storage allow it to keep operating through load-shedding, which the firm described as essential for a cold-storage business.

KwaZulu-Natal economic development MEC Sipho Dube welcomed the investment and said it would strengthen the province's case as an export gateway.

Coastline Cold Chain was founded in 2009 and operates depots in Durban, Richards Bay and Pietermaritzburg. ⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧

⟦furniture:Get the Durban Daily Wire business briefing in your inbox every weekday. Sign up →⟧"""),

("Lion City Digest", """Man charged after scam syndicate used his bank account to launder S$480,000

SINGAPORE — A 24-year-old man was charged in court on Friday with allowing his bank accounts to be used by a scam syndicate to move more than S$480,000 in stolen funds.

Muhammad Hafiz Rosli faces three charges under the Corruption, Drug Trafficking and Other Serious Crimes Act, as well as one charge under the Computer Misuse Act for handing over his Singpass credentials and online banking access to a third party.

According to court documents, Hafiz was approached on a messaging app in March last year by a person offering S$500 for each bank account he was willing to "rent". Over the next four months, money from at least 37 scam victims flowed through two of his accounts ⟦glued:beforebeing⟧ transferred overseas.

The victims had been deceived by fake investment schemes and impersonation calls, police said. The largest single loss was about S$96,000.

Police said the case was part of a wider operation targeting money mules. "Those who give up their accounts are not innocent bystanders. They are enabling scammers to take people's life savings," ⟦attribution:the police said in a statement, according to the police⟧.

Hafiz's mother, who attended the hearing, said her son had not understood the risks. "⟦foreign:Dia tak tahu akaun itu digunakan untuk menipu orang. Dia ingat itu kerja sambilan saja⟧," she told reporters outside the State Courts.

His lawyer told the court his client intends to plead guilty and asked for the case to be adjourned to allow him to ⟦broken_paragraph:gather character references
from his former employer⟧ and religious teacher.

If convicted of each money laundering charge, Hafiz faces up to 10 years in jail, a fine of up to S$500,000, or both. The Computer Misuse Act charge carries a jail term of up to three years.

Singaporeans lost more than S$650 million to scams last year, according to police figures. Recent changes to the law allow courts to impose heavier penalties on those who hand over their accounts or Singpass details, even if they did not know exactly what the accounts would be used for.

The case will be mentioned again on 14 February."""),
]
