ARTICLES = [
("Harbor City Ledger", """Landlord Ordered to Repay Tenants Over Illegal Fees

A Harbor City housing court has ordered the owner of two apartment blocks on Cannery Row to repay more than $96,000 in fees that a judge found were charged illegally to tenants over five years.

Judge Amelia Ortiz ruled on Wednesday that Seaview Holdings LLC had no right to bill residents a monthly "amenity charge" of $45 for a gym that was closed for most of that period, nor a $150 annual "lease processing" fee that the city's rent rules prohibit.

⟦fragment:Ruling in favour of all 61 households named in the complaint.⟧ Ortiz also ordered the company to pay the tenants' legal costs.

The case was brought by the Cannery Row Tenants Association with help from a legal aid clinic at the state university. Association chair Lucía Benavides said many residents had paid the charges for years ⟦glued:withoutrealising⟧ they could object.

"People were afraid that if they complained, their lease would not be renewed," Benavides said. Speaking to neighbours in Spanish after the hearing, she added: "⟦foreign:Esto es para todos los que tuvieron miedo de hablar⟧."

A lawyer for Seaview Holdings, Brent Callow, said the company disagreed with the ruling and was considering an appeal. He said the fees had been disclosed in every lease and that tenants had agreed to them when they signed.

The legal aid clinic celebrated the outcome on social media:

⟦embed:Huge win today for Cannery Row tenants! Judge orders $96K in illegal fees returned. Tenants organized, and tenants won. 🏠
— Harbor Legal Aid Clinic (@HarborLegalAid) October 14, 2026⟧

Housing advocates said the case could encourage tenants elsewhere in the city to examine their own leases. The city's housing office said it had received a growing number of complaints about so-called junk fees, including charges for package lockers, pest control and online rent payment.

Councillor Dana Whitcombe said she planned to introduce a measure requiring landlords to list every recurring fee on the first page of a lease in plain language. "If a fee can't survive being written in big print," she said, "it probably shouldn't exist."

Seaview Holdings has 30 days to begin refunds or file an appeal.
"""),

("Valley Courier", """Border Town Mayors Meet to Plan Shared Water Project

Mayors from four towns on either side of the Rio Seco met on Tuesday to sign a preliminary agreement on a shared water treatment plant, a project they say could secure drinking water for 90,000 people as the river's flow continues to decline.

The plan calls for a single treatment facility near the town of San Ildefonso, with pipelines carrying water to the other three communities. Engineers estimate the cost at about $140 million, to be split according to population, with help sought from national governments and development banks.

"Water doesn't care where the border is," said Mayor Rosa Echeverría of San Ildefonso. "The river is one river. It made sense to finally plan for it as one river⟦stray:"⟧

Each of the towns currently runs its own small plant, and two of them have faced repeated shortages during summer heatwaves. Last August, residents of Los Alamillos went nearly two weeks with water delivered only by tanker truck.

⟦dup:1⟧

Mayor Daniel Whitford of Crossing Point, the largest of the four, said a shared plant would be cheaper to run and easier to staff. He acknowledged that the project faces obstacles, including differing environmental rules and the need for approval from ⟦break:two national governments. which have⟧ not always agreed on river management.

The agreement signed on Tuesday is not legally binding. It commits the towns to fund a joint feasibility study, due in about 18 months, and to share data on water quality and consumption.

Environmental groups welcomed the cooperation but urged the towns to do more to reduce demand. "Building a new plant is only half the answer," said Marta Ibarra of the Rio Seco Alliance. "You also have to fix the leaks and change how the farms irrigate."

Residents who attended the signing ceremony in a school gymnasium said they were hopeful but wary. Many remembered an earlier plan, announced with similar fanfare in 2009, that was abandoned after a dispute over costs.

⟦disclaimer:Este artículo fue traducido automáticamente. This article was machine-translated from Spanish and may not reflect the original wording.⟧
"""),

("The Northgate Sentinel", """Northgate Approves Budget With Library Hours Restored

The Northgate Town Council approved a $61 million budget for the coming year on Monday night, restoring Sunday opening hours at the public library and adding two positions to the fire department.

The vote was 6-1, with councillor Frank Delacroix opposing the plan because, he said, it relied too heavily on the town's reserve fund.

The library hours were cut three years ago during a budget squeeze, a decision that drew steady criticism from parents and students. Library director Hana Suzuki told the council that Sunday afternoons had once been the busiest time of the week for families.

⟦attribution:"We had children doing homework at every table," Suzuki said, said the library director.⟧ "When we closed on Sundays, many of them had nowhere else to go."

The budget includes about $340,000 for the library, covering staff for Sunday hours and new computers for the teen room. The fire department will hire two additional firefighters, bringing its full-time strength to 38.

Property taxes will rise by 2.1 percent, roughly $74 a year for the owner of a median-priced home. Finance director Alan Greer said the increase was below inflation and that the town would draw about $1.2 million from reserves to avoid a larger rise.

Delacroix argued that using reserves to balance the budget was a warning sign. "We are spending savings to pay ordinary bills," he said. "That works until it doesn't."

⟦placeholder:Related: <a href="#">%%RELATED_TITLE%%</a>⟧

Other councillors said the reserve remained healthy at more than 15 percent of annual spending, above the level recommended by the state. Councillor Grace Mbeki said the library decision alone justified the budget. "This is the kind of thing people notice in their everyday lives," she said.

The budget also funds repairs to the ⟦broken_paragraph:Elm Street bridge, road resurfacing on

the east side of town, and a study⟧ of whether the old train depot could be converted into a community arts space.

The new budget takes effect on July 1. Sunday library hours will resume the following weekend.
"""),

("Riverside Daily Post", """Late Penalty Sends Riverside United Into Cup Semi-Final

A penalty three minutes into stoppage time sent Riverside United into the semi-finals of the County Cup on Sunday, as the hosts beat Ashford Town 2-1 in front of a sellout crowd at Meadow Lane.

Striker Kwame Asante converted from the spot after midfielder Joel Brennan was pulled down in the area, sparking wild celebrations among the 4,200 supporters packed into the small ground.

Ashford had taken the lead in the 31st minute through a header from defender Luca Ferrante, and for long spells it looked as if the visitors would hold on. Riverside equalised on the hour when substitute Noah Pike curled a shot ⟦glued:intothe⟧ top corner from the edge of the box.

⟦furniture:SKIP ADVERTISEMENT⟧

Riverside manager Steve Holloway said his side had shown character. "We weren't at our best in the first half, not even close," he said. "But this group doesn't stop. They never have."

Ashford's manager, Connor Reilly, was furious about the penalty decision and said Brennan had gone down too easily. ⟦fragment:Refusing to shake hands with the referee at the final whistle.⟧ Reilly later apologised for his reaction but stood by his view of the incident.

The club posted a clip of the winning moment minutes after the match:

⟦embed:View this post on Instagram
A post shared by Riverside United FC (@riversideunitedfc)⟧

Asante, who has scored 14 goals this season, said he had not felt nervous. "I've taken penalties since I was eight years old in the park," he said. "You pick your spot, you don't change your mind."

Riverside will face either Dunmore Athletic or Kingsbridge in the semi-final next month. The draw will be made on Tuesday.

The result continues a strong run for United, who have lost only once in their last 12 matches in all competitions and sit second in the league table, three points behind the leaders.

Club chairman Peter Quayle said ticket demand for the semi-final was expected to be high and urged supporters to buy early.
"""),

("Coastline Herald", """Amateur Astronomers Help Spot Fading Star

A group of amateur astronomers on the Coastline peninsula has contributed observations to an international study of a star that dimmed by nearly 40 percent over several months before recovering, a pattern that has puzzled professional researchers.

The star, catalogued as TYC 4521-883-1, lies about 2,300 light years from Earth. Members of the Peninsula Skywatchers club recorded its brightness almost every clear night from their observatory on Gull Hill, using a modest telescope and a digital camera.

Their data were combined with measurements from observatories in Chile, Spain and Japan in a paper published this month. The authors concluded that a cloud of dust, possibly the debris of colliding planets, ⟦break:passed in front of the star. Blocking part⟧ of its light.

Club president Henrik Aaltonen, a retired electrician, said the members had been thrilled to be named in the acknowledgements. "We are just people with a telescope in a shed," he said. "But on a clear night the sky doesn't care whether you have a PhD."

One of the study's authors, Dr Carmen Ruiz of the University of Granada, praised the amateurs' dedication in a message to the club. She wrote, "⟦foreign:Sin sus datos, habría grandes lagunas en nuestra curva de luz.⟧"

⟦placeholder:Image: INSERT CAPTION HERE⟧

Professional telescopes are often booked months in advance, Ruiz explained, and cannot always follow a single star night after night. Amateur networks fill the gaps.

Aaltonen said the club, which has 35 members, holds open nights on the first Friday of every month, weather permitting. Visitors can look through the telescopes and learn how to photograph the Moon and planets with a smartphone.

The star is being watched closely in case it dims again. Astronomers say a repeat would help them measure the size and shape of the dust cloud.

"We'll be out there," Aaltonen said. "As long as the clouds cooperate."
"""),

("Midland Observer", """Hospital Pilots Program to Cut Readmissions Among Older Patients

Midland General Hospital has begun a pilot program in which nurses visit older patients at home within 48 hours of their discharge, an effort to cut the number who end up back in hospital within a month.

About one in six patients over 75 discharged from the hospital is readmitted within 30 days, according to figures presented to the hospital board. Many of those readmissions, staff say, stem from confusion about medication, missed follow-up appointments or falls at home.

"The day someone leaves hospital is one of the most dangerous days of their care," said nurse manager Colleen Aderinto, who designed the program. "They go home with a bag of new pills and a sheet of instructions, and often nobody checks whether it all makes sense⟦stray: ?⟧"

Under the pilot, a nurse visits each patient, reviews medicines, checks for hazards such as loose rugs and confirms that follow-up appointments have been booked. Patients also receive a phone number they can call around the clock.

⟦attribution:Early results are encouraging, Aderinto said, according to Aderinto.⟧ Of the first 120 patients enrolled, 11 were readmitted within a month, compared with about 20 who would have been expected based on past rates.

The program is funded for one year by a $420,000 grant from a regional health foundation. Hospital chief executive Martin Oyelaran said the board would decide next autumn whether to make it permanent.

Patients who have received visits said they valued the attention. Walter Greaves, 82, said the nurse had noticed that he was taking two pills that should not be combined. "I'd been given one by my own doctor and one by the hospital," he said. "Nobody had put the two lists side by side."

⟦dup:2⟧

Aderinto said the program also helps family caregivers, who often feel unprepared. "Sometimes the most useful thing we do is sit down with a daughter or a son and just explain what happens next," she said.

⟦disclaimer:This content was syndicated via an automated partner feed. It has not been independently verified by Midland Observer staff.⟧
"""),
("The Prairie Gazette", """Small-Town Film Festival Marks Tenth Year With Sold-Out Screenings

The Wheatland Film Festival, which began a decade ago as a handful of screenings in a church basement, celebrated its tenth edition this weekend with sold-out shows in the restored Grand Theatre and a guest list that included two award-winning directors.

More than 3,000 tickets were sold over three days, according to festival director Ruth Ansley, who founded the event with her late husband, Gerald. About 40 feature films and shorts were screened, many of them made in the region.

"We wanted people here to see that stories from the prairie matter," Ansley said. "And we wanted filmmakers to know there is an audience for them outside the big cities."

The festival's opening film, a documentary about a family of wheat farmers coping with drought, drew a standing ovation. Its director, Marcus Teal, grew up 30 miles from Wheatland. ⟦fragment:Returning home for the first time in nearly fifteen years.⟧

Teal shared a photograph from the stage on social media:

⟦embed:Home. 🌾 Thank you Wheatland for tonight. I will never forget it. pic.twitter.com/Wf9kQe2Ld0
— Marcus Teal (@marcusteal_films) September 20, 2026⟧

Other highlights included a programme of short films by high school students and a late-night screening of a restored silent western, accompanied by a local pianist.

The Grand Theatre, built in 1921, reopened in 2019 after a volunteer-led restoration that took six years and cost about $1.8 million. Its ⟦broken_paragraph:managers said the festival weekend was the busiest in the

building's modern history.⟧

Local businesses also reported a boost. The owner of the Prairie Rose Café, Linda Harkness, said she had served breakfast to more than 400 people on Saturday alone. "We ran out of pancake batter twice," she said. "I'm not complaining."

Ansley said next year's festival would add a screenwriting workshop and a programme of films by Indigenous directors from across the plains. She said the event had grown beyond anything she and her husband had imagined.

"Gerald used to say that if ten people came, it would be worth it," she said. "I think he would be pleased."

The festival is run almost entirely by volunteers and relies on donations and ticket sales to cover its costs.
"""),

("Eastbrook Tribune", """Jewellery Store Robbed in Daylight Smash-and-Grab

Three masked men smashed display cases and fled with an estimated $250,000 worth of jewellery from a store in Eastbrook's main shopping district on Tuesday afternoon, police said.

The robbery at Hartley & Sons Jewellers on Market Street took less than two minutes. Witnesses said the men, carrying hammers, burst through the front door at about 2:15 p.m., ordered staff and customers to the floor and began breaking the glass counters.

No one was seriously injured, though one employee was treated for cuts to her hand. The men escaped in a dark grey hatchback that police later found abandoned ⟦glued:ina⟧ parking garage about a mile away.

⟦placeholder:[caption id="attachment_" align="alignnone" width="null"]⟧

Store owner Simon Hartley, whose grandfather opened the business in 1952, said the staff had followed their training and done exactly the right thing by not resisting. "Things can be replaced," he said. "People can't."

Police Chief Andrea Lombardi said detectives were reviewing footage from the store and from cameras along Market Street. She said the robbery appeared similar to two others in neighbouring counties ⟦break:in recent months. And investigators⟧ were in contact with police in those areas.

"This was planned and it was fast," Lombardi said. "We believe these individuals have done this before."

Shopkeepers on Market Street said they were shaken. Several said they would review their own security, and one, who runs a watch repair shop two doors down, said he was considering installing a locked entry system.

⟦furniture:Sign up for our Daily Briefing
Get the top stories delivered to your inbox every morning. Subscribe now →⟧

Police asked anyone who was on Market Street between 2 p.m. and 2:30 p.m. on Tuesday, or who saw a grey hatchback driving at speed in the area, to contact the department's tip line. A reward of up to $10,000 has been offered by the store's insurer for information leading to an arrest.

The Eastbrook Chamber of Commerce said it would hold a meeting next week on retail security and invite police to speak to members.
"""),

("Metro Wire Review", """Samuel Okonkwo, Founder of Metro's Beloved Jazz Club, Dies at 78

Samuel Okonkwo, who opened the Blue Lantern jazz club in a former warehouse in 1979 and turned it into one of the most respected small music venues in the country, died on Thursday. He was 78.

His son, Chidi Okonkwo, said his father died peacefully at home after a long illness.

Born in Enugu, Nigeria, Mr Okonkwo came to Metro as a student in 1968 to study engineering. He spent his evenings in the city's jazz bars and, by his own account, learned more from the musicians than from his lecturers. After a decade working for a bridge-building firm, he borrowed money from friends to open his own club.

The Blue Lantern seated only 120 people, but it became a required stop for touring musicians and a launching pad for local talent. Several performers who played there early in their careers went on to win Grammy awards.

⟦fragment:Known for standing at the door every night in a tweed jacket and greeting regulars by name.⟧ Musicians said he treated them with unusual respect, paying them fairly and promptly at a time when many club owners did not.

"Sam was the only man in this business who ever paid me before I played⟦stray:，⟧" said saxophonist Delphine Moreau. "He said it was so I would play without worrying."

Mr Okonkwo often spoke of his mother, who sang in a church choir in Enugu. A phrase she used hung framed above the bar for more than forty years: "⟦foreign:Egwu bụ ndụ⟧."

He handed the club to a group of longtime staff in 2015 but continued to attend concerts until last year. The Blue Lantern will close for one night on Saturday in his honour, and then reopen on Sunday with a tribute concert.

He is survived by his wife of 52 years, Ngozi, three children and seven grandchildren.
"""),

("Lakeshore Times", """'The Lake Taught Me Patience': A Conversation With Boatbuilder June Halvorsen

For nearly forty years, June Halvorsen has built wooden boats by hand in a cedar-shingled workshop on the north shore of Lake Merritt. At 71, she still arrives at seven every morning. We spoke with her about craft, apprenticeships and the future of a trade that many thought would vanish.

How did you start building boats?

My father was a boatbuilder and he had no sons, which in 1970 was considered a problem. I was in the shop from the time I could hold a sandpaper block. He never said I could do it, and he never said I couldn't. He just handed me tools.

What has changed most in that time?

The materials, a little. Good cedar is harder to find. But mostly the customers. People used to want a boat to fish from. Now they want something beautiful that ⟦break:will last. after they are gone.⟧ They think about their grandchildren.

Do you take apprentices?

Two at a time, usually. Right now I have a young man who was studying accounting and a woman who used to be a dental hygienist. Neither had touched a plane before. ⟦broken_paragraph:They are both better than I was at

their age.⟧

What does the lake teach you?

Patience. You cannot rush wood and you cannot rush weather. If you try, both of them will punish you. I have learned more from waiting than from anything else.

⟦dup:1⟧

Will the trade survive?

I think so. There are fewer of us, but the people who come to it now come because they really want to. That is a good foundation. A boat built with care will outlive the person who built it, and that is a comforting thought at my age.

What are you working on now?

A sixteen-foot rowing skiff for a family in town. They want it ready for their daughter's wedding next summer, so she can be rowed across the bay. I told them it will be ready. It will.

⟦disclaimer:This interview has been edited and condensed. Portions were generated using automated transcription and translation software and may contain errors.⟧
"""),

("Harbor City Ledger", """Port Operator Reports Record Container Volumes

Harbor City's port handled a record 1.9 million containers last year, its operator said on Wednesday, as shipping lines rerouted cargo away from congested terminals elsewhere on the coast.

Harbor Gateway Terminals, which runs the port under a long-term lease from the city, said volumes rose 14 percent compared with the previous year. Revenue climbed to $412 million, and the company said it would hire about 150 additional dockworkers over the next 12 months.

⟦attribution:"It has been an extraordinary year," chief executive Elaine Marsh said, Marsh told reporters.⟧ "We are seeing customers who had never considered Harbor City now choosing us as their first port of call."

The growth has brought benefits and strains. Truck traffic on the roads leading to the terminals has increased sharply, and residents of the nearby Westfield neighbourhood have complained about noise and diesel fumes late at night.

⟦placeholder:[[AD_SLOT_MIDARTICLE]]⟧

Marsh said the company was investing $60 million in electric cargo-handling equipment and had begun a pilot scheme that gives priority to trucks that arrive during off-peak hours. "We know we have to be a good neighbour," she said.

The dockworkers' union welcomed the hiring plans. Union local president Marcus Feeney said members had been working long hours to keep up with demand. "⟦glued:Thesejobs⟧ are good jobs, with good wages and benefits," he said. "We want to see them filled by people from this city."

The port's success was highlighted by the city's mayor:

⟦embed:Record year at the Port of Harbor City! 1.9M containers, 150 new jobs on the way. Proud of every worker who made it happen. ⚓
— Mayor Lois Farrant (@MayorFarrant) January 21, 2026⟧

Economists cautioned that some of the growth could prove temporary if congestion eases at rival ports. "Shipping lines are loyal to whoever is fastest and cheapest this quarter," said Ana Ferreira, a transport economist at the state university. "That can change very quickly."

The company said it expects volumes to remain high through at least the first half of the year.
"""),

("Valley Courier", """Heat Advisory Issued as Valley Braces for 110-Degree Days

Forecasters issued an excessive heat warning for the Tulare Valley on Thursday, predicting temperatures as high as 110 degrees Fahrenheit through the weekend and overnight lows that will barely drop below 80.

The National Weather Service said a ridge of high pressure would park over the region until at least Monday. Officials urged residents to avoid strenuous outdoor activity during the afternoon and to check on elderly neighbours.

"The danger with this kind of event is that there is no relief at night," said meteorologist Carla Mendez. "Bodies can't recover, and that is when we see people get into trouble⟦stray:!!⟧"

The county will open cooling centres at six libraries and community centres, with extended hours until 10 p.m. Free bus rides to the centres will be offered for anyone who needs them. ⟦fragment:Especially those without air conditioning at home.⟧

Farmworkers face particular risks. State rules require employers to provide shade, water and rest breaks when temperatures exceed 95 degrees, and advocacy groups said they would be monitoring fields over the weekend. Several large growers said they would shift harvest crews to start before dawn and finish by noon.

The local power utility asked customers to set thermostats to 78 degrees and avoid running dishwashers and washing machines between 4 p.m. and 9 p.m., when demand ⟦broken_paragraph:peaks. The utility said it did not expect rolling

blackouts but could not rule them out if temperatures climb higher than forecast.⟧

Hospitals said they had prepared for an increase in heat-related illness. Last summer's heat wave sent more than 200 people to emergency rooms in the county over five days.

Animal shelters also urged pet owners to keep dogs indoors and to avoid walking them on hot pavement, which can burn paws within seconds.

The weather service said some relief could arrive early next week, when a weak system from the coast is expected to bring cooler air and a slight chance of thunderstorms in the foothills.
"""),

("Pinecrest Journal", """Talks Resume on Fishing Rights in Disputed Northern Waters

Negotiators from two neighbouring countries resumed talks on Monday over fishing rights in a stretch of northern sea that has been the subject of a quarrel for more than a decade, raising hopes of a deal before the spring season.

The dispute centres on about 8,000 square kilometres of water rich in cod and haddock. Fishing fleets from both countries have long operated in the area, and tensions flare regularly when patrol boats board vessels accused of exceeding quotas.

The latest round of talks, hosted by a third country in a conference centre outside its capital, is the first in nearly two years. Officials on both sides described the atmosphere as constructive.

"We did not come here to repeat old positions," said one delegation head, Ingrid Solvang. Her counterpart, Pekka Mäkinen, told reporters in his own language that ⟦foreign:neuvottelut ovat vaikeita mutta eivät mahdottomia⟧, before leaving without taking further questions.

⟦furniture:Read more:
• Coast guard boards trawler in disputed zone
• Fishing quotas cut for third straight year
• Opinion: Why the north sea talks matter⟧

Fishing communities on both sides are watching closely. Quotas have been cut repeatedly as stocks declined, and many small operators say they cannot afford ⟦break:another year of. Uncertainty about⟧ where they are allowed to fish.

Scientists say cooperation is essential because the fish do not respect national boundaries. A joint stock assessment, which both sides agreed to in principle in 2019, has never been completed.

The talks are expected to last three days. Diplomats said a full agreement was unlikely in this round but that progress on a joint scientific survey and a hotline between coast guards would be a significant step.

⟦disclaimer:[Automatically translated from the original wire report. Translation quality not guaranteed.]⟧

Both governments face domestic pressure. Fishing industry groups have threatened protests if either side is seen to make too many concessions, while environmental organisations are pressing for lower catch limits across the entire area.
"""),
("The Northgate Sentinel", """Former Treasurer Sentenced for Stealing From Youth Football League

A former treasurer of the Northgate Youth Football League was sentenced on Friday to 18 months in prison for stealing nearly $74,000 from the league over four years, money that parents had paid in registration fees and raised at bake sales.

Kevin Rourke, 46, pleaded guilty in September to one count of theft. Prosecutors said he transferred league funds to his personal account in dozens of small payments and covered the losses by inflating the cost of uniforms and referee fees in reports to the board.

Judge Patricia Lindgren said the crime had been a betrayal of children and of the volunteers who trusted him. "Every dollar taken from this league was a dollar that should have paid for a helmet, a field permit or a scholarship for a family that could not afford the fees," she said.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧

Rourke apologised in court, his voice breaking. He said he had been struggling with gambling debts and had always intended to repay the money. His lawyer asked for a suspended sentence, noting that Rourke had already repaid about $20,000.

The judge ordered him to pay the remaining sum in restitution after his release and to perform 200 hours of community service.

League president Diane Okafor said the theft had nearly forced the league to cancel a season. Parents stepped in with a fundraising drive that raised $31,000 in six weeks, and a local sporting goods store donated equipment.

⟦dup:1⟧

"This community saved the league," Okafor said. "I'll never forget how people showed up."

Since the theft was discovered, the league has changed its financial controls. Two officers must now approve every payment, and the accounts are reviewed each year by an outside accountant ⟦glued:freeof⟧ charge.

About 400 children aged 7 to 14 play in the league each autumn. Registration for next season opens in March.

Okafor said she hoped the case would encourage other volunteer organisations to review their own procedures. "Most people who volunteer are honest," she said. "But you have to build a system that doesn't depend on that."
"""),

("Riverside Daily Post", """Riverside Runner Breaks Club Marathon Record at Age 44

Riverside Harriers runner Tomasz Wiśniewski broke the club's 31-year-old marathon record on Sunday, finishing the Lakeland Marathon in 2 hours 21 minutes and 9 seconds at the age of 44.

The previous record of 2:22:40 was set in 1995 by Ian Threlfall, who was at the finish line to congratulate him.

Wiśniewski, a father of three who works night shifts as a hospital porter, said he had trained for the race mostly in the early morning after finishing work. "I sleep a few hours, then I run," he said. "It's not glamorous⟦stray: ;⟧ it's just what I can do."

⟦fragment:Running most of the race in a small pack with two professional athletes from Kenya.⟧ He dropped off the pace after 35 kilometres but held on to finish ninth overall.

The club shared the news within minutes:

⟦embed:NEW CLUB RECORD 🚨 Tomasz Wiśniewski 2:21:09 at Lakeland Marathon today! A 31-year-old record gone. Unbelievable running. 👏👏
— Riverside Harriers AC (@RiversideHarriers) April 12, 2026⟧

Threlfall, now 67, said he had always hoped someone would break his mark. ⟦attribution:"Records are there to be broken," he said, Threlfall said.⟧ "I'm just glad it was someone who works as hard as Tomasz does."

Wiśniewski moved to Riverside from Poland in 2008 and took up running seriously only in his mid-thirties, after a colleague challenged him to a charity 10K. He finished that race in 48 minutes. Within five years he was winning local road races outright.

Club coach Gemma Farley said his progress had been remarkable. "Most people peak in their late twenties," she said. "Tomasz didn't even start until he was 35. He has no idea what his limits are, and honestly, neither do we."

Wiśniewski said his next goal was to qualify for the national championships in the masters category. But first, he said, he planned to take a week off. "My wife says I have to paint the kitchen," he said.

The Lakeland Marathon drew more than 6,000 runners this year, a record for the event.
"""),

("Coastline Herald", """Coastline Council Delays Vote on Short-Term Rental Limits

The Coastline Shire Council postponed a vote on Tuesday on a proposal to cap short-term holiday rentals, after more than 200 people packed the chamber and overflow room for a meeting that ran past midnight.

The proposal would limit whole-home holiday rentals to 90 nights a year in the shire's residential zones, and require owners to register with the council and display a licence number in online listings.

Supporters say the surge in holiday rentals has hollowed out seaside villages and pushed long-term rents beyond the reach of local workers. Opponents, including many owners who rent out their homes, say the cap would ⟦break:hurt tourism. and small⟧ businesses that depend on visitors.

Mayor Helen Driscoll said councillors needed more time to consider the hundreds of written submissions received in the past week. "This is a decision that will shape these towns for a generation," she said. "I would rather get it right than get it done tonight."

Teacher Anna Wojcik told councillors she had moved four times in three years as landlords converted their properties to holiday lets. "I teach your children," she said. "I would like to live in the town where I work."

Guesthouse owner Rodrigo Ferreira, speaking partly in Portuguese to a group of fellow owners in the foyer, said the cap was unfair to families who rely on the income. "⟦foreign:Nós também somos desta terra⟧," he said, before switching to English for the council.

Council staff estimate that about 1,400 homes in the shire are listed on ⟦broken_paragraph:holiday rental platforms, up from about 500

five years ago.⟧ In some villages, more than a third of houses are now used mainly for short stays.

The council will reconsider the proposal at a special meeting next month. Staff have been asked to prepare options including a lower cap for the most affected villages and an exemption for owners who rent out a room in the home where they live.

Driscoll said she expected another large turnout. "People care about this deeply, on both sides," she said.
"""),

("Midland Observer", """Study Finds Local Wells Contain Elevated Nitrate Levels

Nearly one in five private wells tested in rural Midland County contained nitrate levels above the federal drinking water limit, according to a study released on Monday by researchers at Midland State University.

The researchers tested water from 640 wells between 2024 and 2026, most of them serving farmhouses and homes in small settlements. About 19 percent exceeded the limit of 10 milligrams per litre, and a handful contained more than three times that amount.

Nitrates, which come largely from fertiliser and manure, can be dangerous for infants, interfering with the blood's ability to carry oxygen. Some studies have also linked long-term exposure ⟦glued:tohigher⟧ rates of certain cancers, though the evidence is still debated.

⟦placeholder:[INSERT INFOGRAPHIC: nitrate_map_final_v3.png]⟧

Lead researcher Dr Samira Haddad said most well owners had no idea their water was contaminated. "Public water systems are tested regularly by law," she said. "Private wells are not tested by anyone unless the owner does it."

The study found that wells located within a mile of intensive cropland were more than twice as likely to exceed the limit. Shallow wells and older wells with damaged casings were also at higher risk.

The county health department said it would offer free testing kits to well owners starting next month, and would prioritise households with infants or pregnant women. Officials recommended that affected households use bottled water for infant formula until their wells could be treated.

Farm groups said they were reviewing the findings. A spokesperson for the Midland County Farm Bureau said many farmers had already reduced fertiliser use in recent years and were willing to work with researchers.

Haddad said reducing nitrate levels would take years, because contaminated groundwater moves slowly. In the meantime, she said, testing was the most important step. "You can't fix what you don't know about," she said.

⟦disclaimer:This article is part of an automated content-sharing agreement and was published without editorial review.⟧
"""),

("The Prairie Gazette", """Country Singer Returns to Hometown Stage for Benefit Concert

Country singer Darla Mae Hutchins returned to the stage where she first performed as a 12-year-old on Saturday, headlining a benefit concert that raised more than $85,000 for the volunteer fire department in her hometown of Cedar Flats.

The concert, held at the county fairgrounds, drew about 5,000 people, more than three times the town's population. Hutchins performed for nearly two hours, mixing her best-known hits with old gospel songs she said she had learned from her grandmother.

"This town gave me everything," Hutchins told the crowd between songs. "The least I can do is come back and sing for it."

The Cedar Flats Volunteer Fire Department lost its main engine in a barn fire last spring, when a roof collapsed on the truck. The department has been borrowing equipment from neighbouring towns ever since. Fire chief Roy Beckett said the money raised on Saturday would cover most of the cost of a used engine.

⟦fragment:Standing at the side of the stage with tears in his eyes.⟧ Beckett said he had not expected anything close to the amount raised.

Local businesses donated food, drinks and sound equipment, and dozens of volunteers worked through the night setting up the stage. The county sheriff's office provided traffic control for free.

⟦dup:1⟧

Hutchins, whose 2021 album went platinum, has spoken often about her childhood in Cedar Flats, where her father ran a feed store. She said Saturday's show felt different from her arena tours. "I know half these people by name," she said. "That's a little scary, actually."

Opening acts included two local bands and a youth choir from the Cedar Flats school. The evening ended with fireworks, which Beckett noted were supervised by his crew, "for obvious reasons."

⟦furniture:Follow us on Facebook, Instagram and YouTube
© 2026 The Prairie Gazette. All rights reserved.⟧
"""),

("Eastbrook Tribune", """Eastbrook Schools Expand Free Dental Checks for Children

Every elementary school in the Eastbrook district will offer free dental checkups on site this year, after a pilot program found that more than a quarter of children examined had untreated tooth decay.

The program, run by the district in partnership with a mobile dental clinic, sends a hygienist and dentist to each school twice a year. Children receive a checkup, cleaning and fluoride varnish, and families are referred to local dentists if further treatment is needed.

In the pilot year, which covered four schools, 1,120 children were examined. Of those, 29 percent had at least one untreated cavity, and about 6 percent needed urgent care⟦stray: ,⟧ the district said.

"Tooth pain affects everything: sleep, concentration, behaviour, attendance," said school nurse coordinator Brenda Kasprzak. "When a child can't eat properly because their teeth hurt, they can't learn properly either."

The district posted a short video about the program:

⟦embed:Watch on YouTube
Eastbrook Smiles: Free Dental Care in Our Schools | 2:14⟧

Parents must sign a consent form for their children to take part. Kasprzak said about 85 percent of families in the pilot schools had agreed.

The expansion will cost about $210,000 this year, funded by a state grant and a donation from a local health insurer. The mobile clinic, ⟦break:operated by a nonprofit, has. agreed to⟧ provide services at a reduced rate.

Dr Victor Amadi, the clinic's lead dentist, said many families struggled to find a dentist who accepts public insurance, or to take time off work for appointments. "Bringing care to the school removes both of those barriers," he said.

One parent, Yolanda Pierce, said the program had caught a problem her son had been hiding. "He never told me his tooth hurt," she said. "He was afraid of the dentist. Now he goes without making a fuss, because his friends go too."

The district said it hoped to expand the program to middle schools next year if funding allows.
"""),

("Metro Wire Review", """Tech Start-Up Lands $40 Million to Expand Battery Recycling

Metro-based start-up Ampere Loop has raised $40 million from investors to expand a plant that recovers lithium, nickel and cobalt from used electric vehicle batteries, the company said on Tuesday.

The funding round was led by the venture firm Greenfield Capital, with participation from a carmaker's investment arm and a state-backed clean energy fund. Ampere Loop said it would use the money to triple the capacity of its facility in the city's former rail yards and hire about 120 workers.

Co-founder and chief executive Mei Lin Zhao said demand for recycled battery materials was growing fast as the first generation of electric cars reached the end of their lives. ⟦attribution:"The batteries are coming whether we're ready or not," Zhao said, she said in a statement.⟧ "We'd rather be ready."

The company uses a chemical process that it says recovers more than 95 percent of key metals while using less energy than conventional smelting. Independent experts said the claim was plausible but that the process had yet to be proved at large scale.

⟦placeholder:{{author_bio}}⟧

Ampere Loop's other co-founder, Laurent Beaumont, a French chemist who previously worked for a large mining company, described the company's philosophy in a presentation to investors: "⟦foreign:Rien ne se perd, rien ne se crée, tout se transforme⟧."

The expansion is expected to be complete by late next year. Local officials welcomed the investment, saying it would bring skilled jobs to a neighbourhood that lost thousands of positions when the rail yards closed in the 1990s.

Some residents have raised concerns about the safety of storing large quantities of used batteries, which can catch fire if damaged. Zhao said the company had worked closely with the fire department and installed specialised suppression systems.

Analysts said the funding reflected investor appetite for companies that can secure supplies of critical minerals. "Recycling is becoming strategic, not just environmental," said industry analyst Grace Oduya.
"""),
("Lakeshore Times", """Boat Thefts Rise Along Lakeshore Marinas

Police in Lakeshore are investigating a string of thefts from marinas along the western shore, where at least nine outboard motors and two small boats have been stolen since the start of August.

The thefts have taken place mostly overnight at marinas in Pike Cove, Birch Harbour and the town's municipal marina. In several cases, thieves cut through locks and chains, and in one case a 16-foot aluminium fishing boat was towed away on its trailer from a driveway near the water.

Sergeant Dale Whitaker said the stolen motors were worth between $3,000 and $15,000 each. "These are not crimes of opportunity," he said. "Whoever is doing this knows what they want and has the tools to take it."

⟦fragment:Because the thieves may be selling the motors in other states.⟧ Police have contacted departments across the region and asked marine dealers to watch for motors with altered serial numbers.

Marina operators say they have increased security, adding cameras and lights and asking boat owners to remove motors when possible. At the municipal marina, harbour staff have begun night patrols.

Boat owner Neil Fairbanks, whose 90-horsepower motor was stolen in late August, said he had ⟦broken_paragraph:kept the boat at the same slip for eleven years without a single

problem. "You start to feel safe," he said.⟧ "That's probably the mistake."

Police recommend that owners record serial numbers, engrave motors with an identifying mark and use locks designed specifically for outboards. Insurance companies say many policies cover theft but that claims can take weeks to process.

Whitaker asked anyone who noticed unfamiliar vehicles or boats near the marinas late at night to call police. "Someone has seen something," he said. "Even a small detail can help."

The town council is expected to discuss funding for additional lighting at the municipal marina at its next meeting.

⟦disclaimer:Disclaimer: This news item was aggregated and rewritten by an automated system from publicly available sources.⟧
"""),

("Pinecrest Journal", """Q&A: The Beekeeper Who Wants Every School to Have a Hive

Tobias Reinholt has kept bees for thirty years, and for the last five he has been installing hives at schools across Pinecrest County. He has put bees in 14 schools so far. We asked him why.

Why schools?

Because children are curious and bees are fascinating. When a class watches a hive through a glass panel, they start asking questions about flowers, weather, chemistry, even mathematics. The hexagons alone can fill ⟦glued:aweek⟧ of lessons.

Aren't parents worried about stings?

Some are, at first. We put the hives in fenced areas, away from playgrounds, and children only visit with protective suits and an adult. In five years we have had two stings, both on teachers⟦stray:"⟧ and both teachers laughed about it.

What do the students do with the honey?

They sell it. Every school runs its own little honey business. Last year one school raised enough money to pay for a field trip to the coast.

⟦embed:Our Year 5 beekeepers harvested 12kg of honey today 🐝🍯 Huge thanks to Mr Reinholt! #PinecrestBees
— Ashgrove Primary School (@AshgrovePrimary) June 18, 2026
pic.twitter.com/H0neyJar22⟧

Are bees really in trouble?

Wild bees are. Honeybees are managed, so they are not going extinct, but they do face disease and pesticide problems. Teaching children about bees is really teaching them about all pollinators, and about how food gets to the table.

What is the hardest part of the job?

Winter. You do everything you can in the autumn, and then you wait and hope. Opening a hive in spring and finding it silent is terrible. But most springs, you hear that hum and everything is fine.

What would you tell a school that wants a hive?

Start small, find a local beekeeper to mentor you, and let the children lead. They will surprise you.

⟦furniture:Tags: bees, schools, environment, Pinecrest County
Share: Facebook · WhatsApp · Copy link⟧
"""),

("Harbor City Ledger", """Walter Brennan Osei, Longtime Harbor City Crossing Guard, Dies at 84

Walter Brennan Osei, who helped generations of Harbor City children cross the busy intersection outside Lincoln Elementary School for 31 years, died on Tuesday at a care home in the city. He was 84.

His niece, Abena Osei-Clarke, confirmed his death and said he had been in declining health since a fall last winter.

Mr Osei took the job as a crossing guard in 1989 after retiring from a career as a merchant seaman. Rain or shine, he stood at the corner of Lincoln Avenue and Fourth Street every school morning and afternoon, wearing a fluorescent vest and a captain's cap he had kept from his years at sea.

He was known for learning the name of every child who crossed his corner, and for ⟦break:greeting them with a. Salute⟧ that many former pupils said they still remember.

"He made you feel like the most important person in the world for ten seconds," said Jasmine Reyes, who crossed at his corner as a child in the 1990s and now teaches at Lincoln Elementary. "I didn't realise how rare that was until I grew up."

When Mr Osei retired in 2020, the school held an assembly in his honour and the city renamed the intersection Osei Corner. Hundreds of former pupils attended, some bringing their own children.

⟦dup:1⟧

⟦attribution:"I never thought of it as a job," he said at the time, Mr Osei said.⟧ "I thought of it as keeping my grandchildren safe. I just had a lot of grandchildren."

Born in Cape Coast, Ghana, Mr Osei moved to Harbor City in 1962. His wife, Harriet, died in 2011. They had no children of their own, but he was close to his many nieces and nephews.

A memorial gathering will be held at Lincoln Elementary School on Saturday morning. The family has asked that, in lieu of flowers, donations be made to the school's library fund.
"""),

("Valley Courier", """Election Dispute Deepens as Opposition Rejects Results

Opposition parties in the coastal republic of Marvena rejected official election results on Wednesday, saying they had evidence of widespread irregularities and calling supporters to peaceful protests in the capital.

The electoral commission declared President Tomas Aldana the winner with 52 percent of the vote, narrowly avoiding a runoff. His main challenger, former central bank governor Lucia Serrano, received 41 percent, according to the official count.

Serrano told a news conference that her campaign had collected tally sheets from more than 3,000 polling stations that did not match the published figures. She did not release the documents but said they would be submitted to the constitutional court.

"⟦foreign:No vamos a aceptar un resultado fabricado en una oficina⟧," she said, to loud applause from supporters.

⟦placeholder:[photo]⟧

Aldana's government dismissed the allegations. A spokesman said the vote had been observed by international monitors and that any complaints should be pursued through the courts rather than on the streets.

Monitors from a regional organisation said in a preliminary statement that voting had been largely orderly but noted delays in the transmission of results from ⟦broken_paragraph:rural districts and "a lack of transparency" in the final

tabulation. Their full report is expected next month.⟧

Several thousand people gathered in the capital's main square on Wednesday evening, waving flags and chanting. Police kept their distance and there were no reports of violence.

Neighbouring governments urged calm. Analysts said the outcome could depend on whether the opposition can persuade the courts to order a recount in disputed districts.

⟦disclaimer:This report was translated by machine from a Spanish-language wire service. Some quotations may not be exact.⟧

The country's economy, heavily dependent on fishing and tourism, has struggled since a sharp rise in fuel prices last year, and many voters said the cost of living had been their main concern.
"""),

("The Northgate Sentinel", """Snowstorm Blankets Northgate, Closing Schools and Roads

A powerful snowstorm dumped more than 40 centimetres of snow on Northgate overnight into Thursday, closing schools, cancelling flights and stranding dozens of drivers on the highway north of town.

The storm arrived earlier than forecast, with heavy snow beginning shortly after 6 p.m. on Wednesday. By morning, drifts up to a metre high had blocked side streets, and the town's 14 snowplows were working around the clock.

"We had every piece of equipment we own out there," said public works director Gareth Lowe. "But when it's falling at five centimetres an hour, you're really just trying to keep the main roads open."

⟦fragment:Stranded for several hours on Highway 7 after a jackknifed truck blocked both lanes.⟧ Police said about 60 vehicles were caught in the backup, and volunteers from a nearby church brought blankets and coffee to the drivers.

The regional airport cancelled all departures on Thursday morning, and the town's transit service ran on a reduced schedule. All schools in the Northgate district were closed.

⟦dup:1⟧

Forecasters said snow would taper off by Thursday afternoon but that strong winds could cause blowing and drifting through Friday. Temperatures are expected to fall to minus 20 overnight.

⟦furniture:WEATHER ALERTS | TRAFFIC | SCHOOL CLOSINGS | LIVE RADAR⟧

Residents were asked to avoid parking on the street so plows could clear roads, and to check on elderly neighbours. The town opened a warming centre at the recreation complex on Birch Avenue.

Some residents made the best of it. On Maple Crescent, children built a snow fort taller than a car, while their parents took turns digging out driveways. "It's the first real storm in three years," said Helen Karlsson, leaning on her shovel. "The kids have been ⟦glued:waitingfor⟧ this all winter."

Lowe said it could take until the weekend to clear all residential streets. "Please be patient with us," he said. "We'll get to everyone."
"""),
]
