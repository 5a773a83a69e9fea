ARTICLES = [
("Prairie Signal", """Broncos edge Raiders 3-2 in overtime as Thibault scores twice

SWIFT CURRENT, Sask. — Logan Thibault scored the winner 2:41 into overtime, his second goal of the night, as the Swift Current Broncos beat the Prince Albert Raiders 3-2 in front of 2,874 fans at the InnovationPlex on Saturday.

Thibault took a drop pass from Carter Yaremko at the top of the left circle and beat Raiders goaltender Nolan Fehr high on the glove side. It was the 19-year-old's 14th goal of the season and his third game-winner.

"Yaremko just put it in the perfect spot. All I had to do was not miss the net," Thibault said⟦stray: ;⟧ he added that the team had talked about shooting more after a quiet first period.

The Raiders opened the scoring at 11:06 of the first when Jace Morin deflected a point shot past Broncos goalie Eric Lundgren. Thibault tied it on a power play early in the second, and Broncos defenceman Mikael Strand put the home side ahead with a slapshot from the blue line at 15:22.

Prince Albert pulled Fehr for an extra attacker and tied it with 58 seconds left in regulation on a scramble in front that ⟦break:was reviewed. and upheld⟧ after a lengthy delay.

⟦embed:OT WINNER 🚨 Logan Thibault does it again! #GoBroncos pic.twitter.com/Lw3pX0aYkQ — Swift Current Broncos (@SC_Broncos_Hky) January 18, 2025⟧

Lundgren made 31 saves for Swift Current, which has won four of its last five. Fehr stopped 27 shots.

Broncos head coach Dean Kowalchuk said his team deserved the win ⟦glued:despitegiving⟧ up the late goal. "We did a lot of good things. We have to learn to close those games out, but I liked how we responded in overtime," he said.

The Raiders were without leading scorer Tyson Dubois, who is serving the second game of a three-game suspension.

The Broncos host the Moose Jaw Warriors on Tuesday night. Prince Albert returns home to face the Saskatoon Blades on Wednesday.

⟦furniture:MORE SPORTS ▸ Scores | Standings | Schedule | Fantasy⟧"""),

("Gauteng Pulse", """Tembisa residents march over week-long water outages

EKURHULENI — Hundreds of residents from Tembisa marched to the Ekurhuleni municipal offices in Kempton Park on Wednesday, demanding answers after parts of the township went without running water for more than a week.

Marchers carried empty buckets and placards reading "No water, no vote" as they handed over a memorandum to a representative of the mayor's office. Police monitored the march, which was largely peaceful.

The municipality blamed the outages on low reservoir levels after Rand Water carried out maintenance on a bulk pipeline, as well as a series of burst mains in the Ebony Park and Ivory Park areas.

Residents said they had been forced to queue for hours at water tankers, which they said arrived irregularly and sometimes not at all.

"⟦foreign:Re kgathetse ke ho ema mola letsatsi lohle bakeng sa metsi⟧," said Mpho Radebe, 52, a grandmother who joined the march with three of her grandchildren.

⟦dup:2⟧

Ward councillor Themba Mahlangu said he had raised the problem repeatedly in council. "Our people have been patient. But patience runs out when you cannot bath your children before school," he said.

Municipal spokesperson Zodwa Mokoena said the city had deployed 40 additional water tankers and expected supply to return to normal by the weekend. ⟦fragment:To ensure that the vulnerable households and clinics receiving the priority.⟧

She said the municipality was also replacing ageing pipes in the area as part of a R180 million project, but that the work would take several years to complete.

The memorandum gives the municipality seven days to respond to residents' demands, which include a timeline for repairs and compensation for businesses that lost income.

⟦disclaimer:Editor's note: Portions of this report were produced with the help of automated translation from a Sesotho-language community radio broadcast.⟧"""),

("Bayside Chronicle", """Heat advisory issued as Bayside braces for 95-degree temperatures

BAYSIDE — The National Weather Service has issued a heat advisory for Bayside and the rest of the South Coast from noon Wednesday until 8 p.m. Friday, with temperatures expected to reach the mid-90s and heat index values near 104.

Forecasters said humid air moving up from the south would keep overnight lows in the mid-70s, giving little relief to residents without air conditioning.

"This is the kind of stretch where the nights matter as much as the days. Your body doesn't get a chance to recover," ⟦attribution:said meteorologist Dana Whitfield, Whitfield said⟧, of the weather service's office in Norton.

The town will open the Bayside Senior Center on Cove Road as a cooling center from 10 a.m. to 7 p.m. each day of the advisory. The public library will extend its hours until 8 p.m.

⟦placeholder:[[IMAGE:beach_crowd_0712.jpg|caption=]]⟧

Fire Chief Manny Soares urged residents to check on elderly neighbors and never leave children or pets in parked cars. "A car can go from 85 degrees to over 120 inside in less than half an hour," he said.

⟦dup:1⟧

The town beach and the Harbor Street pool will have extra lifeguards on duty. Beach parking was expected to fill by 10 a.m. on Thursday and Friday, and police asked visitors to use the shuttle from the high school lot.

Eversource said it was ⟦break:prepared for. High demand⟧ and had crews on standby for outages. The utility asked customers to avoid running large appliances in the late afternoon and early evening, when demand peaks.

Relief is expected by the weekend, when a cold front ⟦glued:shouldbring⟧ thunderstorms Saturday afternoon followed by highs in the low 80s on Sunday.

Symptoms of heat exhaustion include heavy sweating, dizziness, nausea and headache. Anyone showing signs of heat stroke, such as confusion or a body temperature above 103 degrees, should call 911."""),

("Millbrook Gazette", """School board approves new bus routes, delays vote on later start times

MILLBROOK — The Millbrook Unified School Board on Monday approved a redesign of the district's bus routes but postponed a decision on pushing back high school start times, saying it needed more input from families.

The new routes, which take effect after winter break, reduce the district's runs from 22 to 18 and are expected to save about $210,000 a year, according to transportation director Phil Orozco. Some students will be picked up up to 10 minutes earlier.

Orozco said the district had struggled to fill driver positions all year. "We have been running with four open routes since August. This plan is built around the drivers we actually have⟦stray: ?⟧" he said.

Board member Karen Stoltz questioned whether the earlier pickups would fall hardest on families in the rural northern part of the district. Orozco said those students would see the smallest changes.

⟦fragment:Which the board had been discussing since the spring.⟧ A proposal to move the high school's first bell from 7:40 a.m. to 8:30 a.m. drew a crowd of about 60 people, most of them parents and students.

Senior Maya Lindgren told the board that many students were getting less than seven hours of sleep on school nights. "We're not lazy. We're tired," she said.

Several parents and coaches raised concerns that a later start would push practices and games later into the evening and conflict with after-school jobs.

Board president Ron Chu said the board would hold a community survey in January and ⟦broken_paragraph:take up the question at its

February meeting⟧. "This affects every family in the high school, and we owe them a real chance to weigh in," he said.

The board also approved a $1.2 million contract with Valley Roofing for repairs at Millbrook Middle School and accepted a $15,000 donation from the Millbrook Education Foundation for classroom libraries.

⟦furniture:Comments (0) — Log in to comment. Be the first to share your thoughts!⟧"""),

("Straits Morning Bulletin", """Brazilian national jailed for smuggling cocaine in false-bottom suitcase at Changi

⟦disclaimer:[Auto-translated from the Portuguese-language wire service. Quality of translation may vary.]⟧

SINGAPORE — A 41-year-old Brazilian man was sentenced to 18 years' jail and 10 strokes of the cane on Monday for importing cocaine into Singapore hidden in the lining of his luggage.

Rodrigo Alves de Souza was arrested at Changi Airport Terminal 3 in August 2023 after arriving on a flight from São Paulo via Dubai. Officers from the Immigration and Checkpoints Authority found ⟦glued:1.2kilograms⟧ of cocaine sewn into a false bottom of his suitcase.

He pleaded guilty to a charge of importing not less than 499.99 grams of cocaine, which was reduced from an original charge that could have carried the death penalty.

The court heard that Souza had been promised US$5,000 to carry the suitcase to Singapore, where he was to hand it to an unknown contact at a hotel. He told investigators he ⟦break:had lost his. job as⟧ a delivery driver and owed money to a loan shark.

His lawyer said Souza had two young children in Brazil and deeply regretted his actions. In a letter read out in court, Souza wrote: "⟦foreign:Peço perdão à minha família e a este país⟧."

Deputy Public Prosecutor Amanda Lim said drug couriers played an essential role in the trafficking trade and the sentence had to reflect the need for general deterrence. "Singapore's position is clear and well known to travellers," ⟦attribution:Ms Lim said, the prosecutor added⟧.

Justice Vincent Hoong noted that Souza had cooperated with the authorities and pleaded guilty at an early stage, and imposed a sentence close to the minimum for the reduced charge.

The Central Narcotics Bureau said the seized drugs could have fed the habits of about 170 abusers for a week.

Singapore has some of the world's strictest drug laws. The Brazilian embassy said it had provided consular assistance to Souza throughout the case."""),

("Halifax Harbour Post", """Nova Scotia adds 12 pharmacy clinics to ease pressure on emergency rooms

HALIFAX — Nova Scotia will open 12 more pharmacy-based primary care clinics this year, the Health Department announced Thursday, part of an effort to steer patients with minor illnesses away from crowded emergency rooms.

The clinics, run by pharmacists with support from nurse practitioners, can assess and treat conditions such as urinary tract infections, strep throat, shingles and minor skin problems, and renew most prescriptions. There is no charge for patients with a Nova Scotia health card.

Health Minister Michelle Thompson said the 34 clinics already operating had handled more than 210,000 visits since the program began. ⟦fragment:Most of them from people who not having a family doctor.⟧

"Every one of those visits is a patient who got care close to home and didn't have to sit for eight hours in a waiting room," Thompson said.

⟦embed:Pharmacy clinics are now open in 34 communities across NS. Find one near you ⤵ #NSHealth
Instagram · novascotiahealth · 2 days ago⟧

The new locations include Truro, Antigonish, Yarmouth and three sites in Halifax Regional Municipality. A full list is available at ⟦placeholder:<a href="#">this link</a>⟧.

Doctors Nova Scotia said it supported the expansion but cautioned that pharmacy clinics could not replace continuity of care. "For complex, chronic conditions, people need a family doctor who knows them," president Dr. Colin Audain said.

Pharmacist Jennifer Boutilier, who runs a clinic in New Glasgow, said demand had been steady since her location opened in 2023. "We see a lot of parents with kids who have an ear infection on a Saturday. Before this, where would they go⟦stray: ?⟧" she said.

About 140,000 Nova Scotians remain on the province's Need a Family Practice registry, down from a peak of more than 160,000 last year.

The province said the 12 new clinics should be open by the end of September."""),

("Karoo Courier", """Oupa Koos Swart, 88, the voice of Prince Albert's church choir

PRINCE ALBERT — Jacobus "Oupa Koos" Swart, who sang bass in the Dutch Reformed Church choir in Prince Albert for more than six decades and taught half the town to read music, died peacefully at the town's frail care centre on Sunday. He was 88.

Born on a farm in the Gamkaskloof in 1936, he walked and rode by donkey to school as a boy and later trained as a teacher in Oudtshoorn. He returned to Prince Albert in 1959 to teach at the primary school, ⟦glued:wherehe⟧ remained until his retirement in 1996.

He joined the church choir in his first year back and never left. Former choirmaster Elsabé Marais said his voice "sat underneath everything like the foundations of a house".

"He was never absent. Not once in the thirty years I led the choir. If Oom Koos was not there, you knew something was very wrong," she said.

⟦dup:1⟧

Generations of children learned music from him in the small hall behind the school, where he kept a piano he had bought second-hand in Beaufort West and repaired ⟦broken_paragraph:himself over a

winter⟧. Several of his former pupils went on to sing professionally.

At his 80th birthday, the choir sang his favourite hymn outside his house on Kerkstraat. His grandson, Ruan Swart, said he stood at the gate with his hat in his hand and sang along to every verse.

"⟦foreign:Hy het altyd gesê musiek is die beste gebed⟧," Ruan said.

He is survived by his wife of 63 years, Magda, their three children, nine grandchildren and four great-grandchildren.

The funeral service will take place at the Dutch Reformed Church in Prince Albert on Saturday at 10:00. The family has asked that, instead of flowers, donations be made to the school's music fund."""),

("Fraser Valley Ledger", """Abbotsford berry processor to be acquired by U.S. food group

⟦disclaimer:This article was generated from a wire feed and has not been edited by Ledger staff.⟧

ABBOTSFORD, B.C. — Sumas Fields Berry Co., one of the largest frozen-fruit processors in the Fraser Valley, has agreed to be acquired by Oregon-based Cascade Harvest Foods in a deal valued at about $185 million, the companies announced Monday.

The family-owned Abbotsford company processes blueberries, raspberries and cranberries from about 140 local growers and sells frozen fruit to grocery chains and food manufacturers in Canada, the United States and Japan.

Cascade Harvest chief executive Laura Bennett said the purchase would give her company a processing base in Canada and access to the Fraser Valley's blueberry crop, one of the largest in North America.

"This is a region with an extraordinary farming community and a company with an extraordinary reputation. We intend to keep both of those things exactly as they are," Bennett said in a statement.

Sumas Fields president Harj Gill, whose father started the business in 1984 with a single packing shed, said the family had been looking for a partner that would invest in the plant ⟦stray:"⟧ and keep its 320 employees.

Gill said all current grower contracts would be honoured and that he would stay on as president for at least three years. Cascade Harvest plans to spend about $30 million upgrading freezing and ⟦break:sorting equipment. At the⟧ plant on Riverside Road over the next two years.

Some growers said they were cautiously optimistic. Blueberry farmer Manjit Sidhu said local processors had given farmers bargaining power, and she hoped a larger owner would not reduce prices paid at the farm gate.

The deal is subject to approval under the Investment Canada Act and is expected to close in the second quarter.

⟦furniture:Follow the Ledger on Facebook and Instagram | Got a news tip? Email newsroom@fvledger.example⟧"""),

("Lion City Digest", """Getai singer Lily Ong on 40 years of stage, sweat and seventh-month crowds

SINGAPORE — At 62, Lily Ong still does her own make-up. She arrives two hours before every getai show, sets out a row of brushes on a folding table behind the stage and works quietly while the band tunes up.

Ong has been singing at the lively stage shows held during the Hungry Ghost Festival since 1984, when she was 22 and filling in for a friend who had lost her voice. She has performed at an estimated 3,000 shows since then.

"The first night, I was so scared I forgot the second verse. The audience just clapped louder," she said in an interview at her flat in Toa Payoh. "That's when I knew this crowd is family."

Getai, which means "song stage" in Mandarin, features Hokkien and Mandarin songs, comedy and flashy costumes, and is staged in open fields and carparks as entertainment for both the living and the spirits. ⟦fragment:Front row seats being kept empty for the guests from the other world.⟧

Ong's fans have followed her online in recent years, after her granddaughter started posting clips of her shows.

⟦embed:lilyong.getai
Original audio
♬ 爱拼才会赢 - Lily Ong
#getai #hungryghostfestival #singapore
TikTok · 48.2K likes⟧

She said the audience had changed. "Last time, mostly uncles and aunties. Now, young people come with their phones. Some of them know the words better than me," ⟦attribution:Ong said, she laughed and said⟧.

Ong said she hoped to keep performing as long as her voice held up, and ⟦glued:hadno⟧ plans to retire. Her costumes, many hand-sewn by her late mother, are kept in a dozen plastic boxes in her spare room.

Asked what she would tell a young singer starting out, she paused. "⟦placeholder:INSERT PULL QUOTE HERE⟧"

This year's seventh month runs until early September, and Ong is booked for 41 shows across the island, including three in Jurong West on the final weekend."""),

("Cedar County Tribune", """Deputies arrest Lone Elm man after pursuit ends in cornfield

LONE ELM — A 29-year-old Lone Elm man was arrested early Sunday after leading Cedar County sheriff's deputies on a 14-mile pursuit that ended when his pickup crashed through a fence and into a cornfield, Sheriff Dale Brandt said.

Deputies first tried to stop the 2011 Chevrolet Silverado on Highway 14 near County Road J at about 1:20 a.m. for ⟦break:driving without. Headlights, Brandt⟧ said. The driver sped off, reaching speeds of more than 90 mph, and turned onto gravel roads east of town.

Deputies ended the chase near the Miller farm after the pickup left the road on a curve, struck a fence post and came to rest about 200 feet into the field. The driver ran into the corn but was found by a deputy with a K-9 about 20 minutes later.

Brian T. Kessler was taken to Cedar County Memorial Hospital to be checked for minor injuries and then booked into the county jail. He faces charges of felony eluding, driving while under the influence, driving while revoked and possession of methamphetamine⟦stray:..⟧

No deputies were injured. Brandt said no other vehicles were involved and that the roads were mostly empty at that hour.

"Our deputies made good decisions tonight. When it's safe to back off, we back off. When the driver leaves the road, we take it from there," the sheriff said.

Landowner Ray Miller said he woke to the sound of sirens and the sight of flashlights sweeping through his field. "I've got about 40 feet of fence to fix and some flattened corn, but nobody got hurt, and that's the main ⟦broken_paragraph:thing,"

he said⟧.

Kessler was being held on a $25,000 bond. A court date had not been set as of Monday.

⟦disclaimer:This report is based on a press release from the Cedar County Sheriff's Office and was published without additional reporting.⟧"""),

("Durban Daily Wire", """Dolphins hang on for two-wicket win over Lions in Kingsmead thriller

DURBAN — The Dolphins scraped home by two wickets with three balls to spare at Kingsmead on Sunday, chasing down the Lions' 271 for 8 in a tense one-day cup match that swung back and forth until the final over.

Needing eight runs from the last over with two wickets in hand, tailender Keshav Naidoo hit a boundary over cover off the second ball and ⟦glued:thenran⟧ two to square leg before Ethan Moodley scrambled the winning single.

Earlier, the Lions recovered from 89 for 4 thanks to a composed 104 from Ryan Visagie, who added 117 for the fifth wicket with wicketkeeper Sizwe Ntuli (58). Dolphins seamer Andile Mkhize took 3 for 47.

The chase looked under control at 198 for 3 with 12 overs left, with captain Bryce Hendricks on 86. But Hendricks fell lbw for 91 to leg-spinner Jannie du Preez, who then removed Mkhize and Moodley's partner in consecutive overs.

⟦dup:1⟧

"It wasn't pretty. I'll take it," Hendricks said. "We made it hard for ourselves, but the lower order showed real character."

Du Preez finished with 4 for 39 and was named player of the match despite finishing on the losing side.

Lions coach Hennie Oosthuizen said his side had been 20 runs short. "⟦foreign:Ons het goed geveg, maar ons was net nie genoeg op die bord nie⟧," he told the Afrikaans broadcaster after the game.

The Dolphins move up to second on the table, while the Lions remain fourth. Both sides play again on Wednesday.

Scores: Lions 271-8 (50 overs; Visagie 104, Ntuli 58; Mkhize 3-47). Dolphins 275-8 (49.3 overs; Hendricks 91, Ndlovu 44; Du Preez 4-39). Dolphins won by two wickets.

⟦furniture:© 2025 Durban Daily Wire. All rights reserved. Reproduction without permission is prohibited.⟧"""),

("Prairie Signal", """University of Regina researchers track prairie grasslands from orbit

REGINA — A team at the University of Regina has developed a way to measure the health of native prairie grasslands using freely available satellite images, a method the researchers say could help ranchers and conservation groups monitor land that is disappearing faster than almost any other ecosystem in Canada.

Less than 20 per cent of Saskatchewan's original native prairie remains, most of it on privately owned ranchland. ⟦fragment:Making it difficult for the scientists to study it over large areas.⟧

The new method, described in a paper published this month, uses images from the European Space Agency's Sentinel-2 satellites to estimate how much green plant material, dead litter and bare soil is present in each 10-metre square of land.

Lead researcher Dr. Priya Raman said the team checked its estimates against thousands of ground measurements taken by students over three summers. "Satellites see colour. We had to teach the model what healthy grass looks like from 786 kilometres up, and the only way to do that is to walk the land," she said.

⟦embed:Our grassland health maps are now online! 🌾🛰️ Check out the Grasslands National Park demo ⤵
— Raman Lab, UofR (@RamanLabUR) · bsky.social · Mar 3⟧

The team found that ranches using rotational grazing generally had more plant cover and less bare soil than continuously grazed land, although the differences ⟦break:varied from. Year to year⟧ with rainfall.

Rancher Wade Thorsteinson, who let the researchers sample his land near Val Marie, said he was keen to use the maps. "I can ride my pastures and get a pretty good sense, but this lets me see the whole place at once and compare it to ten years ago," he said.

The researchers plan to release a free web tool later this year. Funding for the project was ⟦placeholder:{{funding_source}}⟧.

Raman said the next step was to detect invasive species such as crested wheatgrass, which is hard to tell apart from native grasses even on the ground."""),

("Gauteng Pulse", """German carmaker confirms R3.2bn investment at Rosslyn plant

PRETORIA — German carmaker Autowerk Nord on Tuesday confirmed a R3.2 billion investment in its Rosslyn assembly plant north of Pretoria to build a new hybrid model for export to Europe, securing about 2,400 jobs at the factory.

The company's board member for production, Klaus Brenner, made the announcement at the plant alongside Trade, Industry and Competition officials. Production is expected to start in 2027.

Brenner said the decision had not been easy given concerns about electricity supply and port delays. "⟦foreign:Wir haben lange diskutiert, aber am Ende hat die Qualität der Mitarbeiter hier entschieden⟧," he said.

The plant currently exports about 70 percent of its output, mainly to the UK and Germany⟦stray:،⟧ and had faced an uncertain future after the company phased out the model it currently builds there.

NUMSA regional secretary Bongani Sithole welcomed the news ⟦glued:butsaid⟧ the union would push for training so that workers could move to new roles. "This investment is good. But the workers must not be the last to know what the new technology means for them," ⟦attribution:Sithole said, said the union leader⟧.

Automotive analysts said the investment would reassure suppliers in the Tshwane area, many of whom rely on the plant for most of their business. Industry body Naamsa said vehicle exports were one of the country's largest sources of foreign earnings.

The company said it would also install a 12-megawatt solar plant at the site to reduce its dependence on Eskom.

Deputy Minister Nomalungelo Gina said the decision showed that South Africa remained competitive for manufacturing investment despite the challenges.

⟦disclaimer:Dieser Artikel wurde maschinell übersetzt. This article was machine translated from German and may contain inaccuracies.⟧"""),

("Bayside Chronicle", """Selectmen split on short-term rental cap after heated hearing

BAYSIDE — After a three-hour public hearing that drew more than 100 residents, the Bayside Board of Selectmen on Tuesday failed to agree on a proposal to cap the number of short-term rental permits in town, sending the measure back to the planning board for more work.

The proposal would limit short-term rentals such as those listed on Airbnb and Vrbo to 250 permits town-wide and require owners to live in Bayside for at least six months of the year.

⟦furniture:Home › News › Local Government › Selectmen⟧

Supporters said investors had bought dozens of homes in the harbor neighborhood and turned them into year-round rentals, leaving few places for workers to live. ⟦fragment:Because of the teachers and the nurses cannot find a place.⟧

"My son is a firefighter in this town and he lives 40 minutes away," said resident Joan Pereira. "Something is broken."

Opponents, many of them longtime residents who rent out their homes in summer, said the cap would hurt families who depend on the ⟦broken_paragraph:income to pay their property

taxes⟧ and would do little to create affordable housing.

"I'm not an investor. I'm a retired schoolteacher who rents my place for six weeks so I can keep it," said Linda Gallagher⟦stray: :⟧ "Don't punish us for what the big companies are doing."

Selectman Frank Duarte said he supported a cap but thought 250 was too low. Selectwoman Maria Santos said the town should focus on enforcement of existing rules before adding new ones. Chair Tom Keegan said the board had heard "real pain on both sides."

The planning board is expected to return with a revised proposal in the spring, ahead of the annual town meeting in May."""),

("Halifax Harbour Post", """Canada and Norway sign deal to share fisheries monitoring data

OTTAWA — Canada and Norway have signed an agreement to share satellite and vessel-tracking data to crack down on illegal fishing in the North Atlantic, federal Fisheries Minister Diane Lebouthillier announced Wednesday.

The deal allows the two countries' fisheries agencies to exchange information on vessel movements, catch reports and suspected violations in near real time, and to coordinate patrols in international waters.

⟦placeholder:[embed id="dfo-announcement-2024" type="video" /]⟧

Lebouthillier said illegal, unreported and unregulated fishing costs coastal communities ⟦glued:billionsof⟧ dollars each year worldwide and undermines efforts to rebuild depleted stocks.

"Fish don't stop at a line on a map, and neither should our cooperation," she said.

⟦dup:1⟧

Norway's ambassador to Canada said his country had been using satellite tools to monitor its own waters for more than a decade and was pleased to share what it had learned.

⟦embed:Proud to sign this agreement with Norway today. Together we're protecting our oceans and the people who depend on them. 🇨🇦🇳🇴 pic.twitter.com/xN4pHd7TqE — DFO Canada (@DFO_MPO_news) May 22, 2024⟧

The agreement builds on an earlier Canadian program that uses commercial satellite data to detect so-called dark vessels, which turn off their tracking transponders to avoid detection.

Fishing industry groups in Atlantic Canada welcomed the deal. The executive director of the Nova Scotia Fish Packers Association said ⟦break:honest harvesters. Were⟧ tired of competing with vessels that ignore quotas.

Some conservation groups said the agreement was a good start but that more money was needed for at-sea inspections, which they said had declined in recent years.

The agreement takes effect immediately and will be reviewed after three years."""),

("Millbrook Gazette", """Millers rally past Ridgeway 7-5 behind Tavarez's three hits

MILLBROOK — Shortstop Rafael Tavarez went 3-for-4 with a double and three RBIs, and the Millbrook Millers scored four runs in the sixth inning to rally past Ridgeway 7-5 in a county league game Saturday at Veterans Field.

Ridgeway led 5-3 entering the sixth after a three-run fifth inning keyed by a bases-clearing double from catcher Sam Whitaker.

The Millers answered right away. Leadoff hitter Jordan Pike walked, and Eli Brandt singled to put runners on the corners. Tavarez then lined a double into the left-center gap to tie the game⟦stray:!!⟧

"He's been our guy all year. When he's up with runners on, everybody in the dugout just relaxes," ⟦attribution:manager Pete Sorensen said, Sorensen said about his shortstop⟧.

A wild pitch moved Tavarez to third, and he scored on a sacrifice fly by first baseman Nate Kowalski. Drew Collins added an RBI single to make it 7-5.

Tavarez, who moved to Millbrook from the Dominican Republic as a teenager, said his father was in the stands. "⟦foreign:Mi papá siempre me dice que juegue tranquilo, que el juego viene solo⟧," he said after the game.

Reliever Owen Hatch pitched two scoreless innings to earn the save, striking out the side in the seventh. Starter Tyler Grimes went five innings, allowing five runs on seven hits, and ⟦broken_paragraph:struck out
six⟧ batters.

⟦fragment:Improving the record to 11-4 and a two-game lead in the standings.⟧ Ridgeway falls to 8-7.

The Millers host Lakeview on Wednesday at 6 p.m. at Veterans Field. Admission is free, and the Millbrook Boosters will run the concession stand, with proceeds going toward new batting cages.

Ridgeway 010 130 0 — 5 7 1
Millbrook 201 004 x — 7 10 0"""),

("Straits Morning Bulletin", """Haze returns as PSI enters unhealthy range in parts of Singapore

SINGAPORE — Haze returned to Singapore on Sunday as the 24-hour Pollutant Standards Index (PSI) entered the unhealthy range in the west and north of the island for the first time this year, the National Environment Agency (NEA) said.

As of 4pm, the 24-hour PSI stood at between 92 and 108, with the highest reading in the west. A reading between 101 and 200 is considered unhealthy. ⟦glued:Theagency⟧ attributed the deterioration to a shift in winds that carried smoke from fires in southern Sumatra across the Strait of Malacca.

⟦placeholder:[INSERT PSI CHART]⟧

The NEA said the number of hot spots detected in Sumatra had risen sharply over the past week because of dry weather. Conditions could improve if showers forecast for later in the week materialise, it said.

Residents in Jurong and Choa Chu Kang reported a smell of burning in the morning, and visibility at some points fell to about 5km.

⟦embed:Hazy skies over Jurong Lake this morning 😷 #sghaze #Singapore
View more on Instagram
1,032 likes⟧

The Health Ministry advised healthy people to reduce prolonged or strenuous outdoor activity. The elderly, pregnant women, children and those with chronic heart or lung conditions should avoid such activity altogether.

Schools will continue with lessons as usual but outdoor activities will be reduced, the Education Ministry said. Some parents reported that sports training sessions had been moved indoors.

Singapore last experienced significant haze in 2019, when the PSI reached the unhealthy range on several days in September.

Members of the public can check real-time air quality readings on the NEA website and the myENV app.

⟦disclaimer:This story was automatically compiled from NEA advisories by our newsroom's publishing system and has not been checked by an editor.⟧

⟦furniture:TRENDING NOW: ‘Wet market prices up 12%’ · ‘MRT disruption on East-West Line’ · ‘Hawker wins Michelin nod’⟧"""),
]
