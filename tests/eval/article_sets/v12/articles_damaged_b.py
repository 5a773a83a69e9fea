ARTICLES = [
("Summit Wire", """Minister resigns over leaked procurement memo

The country's infrastructure minister resigned on Sunday, three days after a leaked internal memo suggested that a contract for a new motorway bridge had been steered towards a company linked to a senior party donor.

Tomasz Wierzbicki, 58, said in a short statement that he had done nothing wrong but was stepping down "so that the investigation can proceed without any shadow over it". ⟦break:He did not. take questions⟧ from reporters.

The memo, published by an investigative news website on Thursday, appeared to show officials in the ministry discussing how to rewrite tender conditions after a first round of bids. The winning firm's chairman has donated to the governing party for more than a decade.

„⟦foreign:Nie mam sobie nic do zarzucenia i jestem gotów współpracować z prokuraturą.⟧”

The prime minister accepted the resignation and said a deputy minister would take over temporarily. Opposition parties called for the contract, worth about €1.3 billion, to be suspended until prosecutors finish their inquiry.

⟦fragment:Raising questions about the entire tender process.⟧

The state anti-corruption office said on Friday that it had opened a preliminary investigation. It has not named any suspects. ⟦attribution:"We will follow the evidence wherever it leads," the office's director said, the director of the office said.⟧

Political analysts said the resignation was an attempt to limit damage before regional elections in May. "This government has survived scandals before by acting fast," said Marta Zielińska, a political scientist in Kraków. "The question is whether the public believes this one is finished."

⟦disclaimer:This article was automatically translated from Polish. The original version is authoritative in case of discrepancies.⟧

Construction on the bridge has not yet begun.
"""),

("Lakeshore Examiner", """Lakeshore marathon draws record field despite heat warning

More than 11,000 runners crossed the finish line of the Lakeshore Marathon on Sunday, a record for the 41-year-old race, even as organisers shortened the course for slower runners because of rising temperatures.

Kenya's Daniel Kiprono won the men's race in 2:09:44, pulling away from a group of four after the 35-kilometre mark. Ethiopia's Selam Gebru won the women's race in 2:25:10, ⟦glued:herthird⟧ victory in Lakeshore.

"The last ten kilometres were very hard," Kiprono said. "The sun came out and the wind stopped. I just told myself, one more kilometre, one more."

With the temperature forecast to reach 29C by early afternoon, organisers activated their heat plan at 10:30 a.m. Runners who had not reached the halfway point by 11 a.m. were diverted on to a shorter loop and given a half-marathon finish time.

Race director Colin Marsh said the decision had not been taken lightly. "We know people have trained for months for this," he said. "But nobody's medal is ⟦broken_paragraph:worth an

ambulance ride⟧."

Medical teams treated 214 runners, most for dehydration or cramps. Nine were taken to hospital, all in stable condition, according to the city's paramedic service.

⟦embed:♬ original sound - lakeshoreruns
#LakeshoreMarathon #marathontok #finishline⟧

The race raised about $2.3 million for local charities, organisers said. Next year's event will start 30 minutes earlier, at 7 a.m., to reduce exposure to afternoon heat.

⟦furniture:Most read
1. Police seek witnesses after Queen St crash
2. Five new restaurants to try this month
3. Lakeshore marathon draws record field⟧
"""),

("Harbor City Ledger", """School district names new superintendent

The Harbor City Unified School District board voted unanimously on Wednesday to hire Dr. Yolanda Briggs, currently deputy superintendent in a neighbouring county, as the district's next superintendent.

Briggs, 52, will take over on July 1 from interim superintendent Frank Adair, who has led the district since the abrupt departure of Michael Tran last summer. Her three-year contract carries a base salary of $295,000.

Board president Lisa Moreno said Briggs stood out among 31 applicants for her record on reading scores. In her current district, the share of third-graders reading at grade level rose from 48 per cent to 61 per cent over four years.

"She's done the thing we keep saying we want to do," Moreno said.

⟦dup:2⟧

Briggs began her career as a middle school science teacher and later served as a principal. She said in a phone interview that her first priority would be to visit every one of the district's 42 schools ⟦glued:beforeSeptember⟧.

"I want to hear from teachers before I talk," she said. "⟦fragment:Listening first, then the plan.⟧"

The teachers' union, which had clashed with Tran over class sizes, said it was cautiously optimistic. Union president Gary Whitfield said he had spoken to colleagues in Briggs's current county. "They say she picks up the phone," he said. "That would be new."

⟦placeholder:[VIDEO: superintendent_briggs_intro.mp4 — autoplay=false]⟧

The district faces a projected $14 million budget shortfall next year as enrolment continues to fall. Briggs said she would present a plan to the board by October.
"""),

("Valley Courier", """Wildfire season could start early, officials warn

Fire officials in the valley are warning residents to prepare for an early start to the wildfire season after a dry winter left hillsides covered in grass that is already beginning to turn brown.

Rainfall since October has been about 55 per cent of normal, according to the county's weather station at the airport, and the snowpack in the nearby mountains is well below average.

"We are seeing fuel conditions in April that we would normally see in June," said Battalion Chief Ray Delacroix of the county fire department. ⟦stray::⟧ "That should get everybody's attention."

The department is urging homeowners to clear dry vegetation within 30 metres of buildings and to sign up for the county's emergency alert system. Inspectors will begin checking properties in high-risk areas next month.

⟦furniture:We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
[Accept] [Manage settings]⟧

The state has also moved some seasonal firefighting crews into position earlier than usual. Two air tankers will be stationed at the county airport from May 1, three weeks ahead of last year.

⟦break:Residents who live on dead-end roads. Should plan⟧ two ways out of their neighbourhood, Delacroix said, and keep a bag packed with medication, documents and water.

⟦foreign:Las autoridades piden a los residentes que no esperen la orden de evacuación para salir.⟧

Last year's Ridgeline fire burned more than 14,000 acres and destroyed 37 homes. A report released in February found that many residents had not received evacuation warnings because they had not registered for alerts.

Registration is free and can be done online or by phone.
"""),

("Northgate Tribune", """Theatre review: a Cherry Orchard for the age of eviction notices

Chekhov's final play is usually staged as a gentle elegy for a vanishing aristocracy. In director Hannah Lowe's new production at the Northgate Playhouse, it becomes something sharper: a story about people who cannot believe they are about to lose their home.

Lowe has moved the action to a crumbling seaside guesthouse in the present day. The orchard is a row of beach huts. Lopakhin, played with restless energy by Daniel Osei, is a local builder who has done well and cannot stop talking about it.

⟦stray:。⟧The central performance belongs to Ruth Abernathy as Ranevskaya. She plays her not as a fool but as someone who has learned that if you ignore bad news long enough, it sometimes goes away. ⟦fragment:Until, of course, it does not.⟧

The design, by Femi Adebayo, is superb. Peeling pastel paint, a broken neon sign and a jukebox that plays only half of each song tell you everything about the family's finances before anyone speaks.

⟦placeholder:★★★★☆ {{rating_text}}⟧

Not every choice works. A new scene in which the characters watch the auction on a livestream feels clumsy, and the second act sags badly. At nearly three hours, the evening could lose twenty minutes.

But the final moments are devastating. As the family leave, Firs, the old servant, is locked inside, and Lowe has him sit quietly by the jukebox ⟦broken_paragraph:as it plays, once
more, half a song.⟧

The Cherry Orchard runs at the Northgate Playhouse until April 26.

⟦furniture:About the reviewer: Clare Denton has reviewed theatre for the Tribune since 2011. Follow her @claredenton_stage⟧
"""),

("The Meridian Post", """Measles cases rise to 19 as health officials expand vaccine clinics

Health officials in Meridian County have confirmed 19 cases of measles linked to an outbreak that began at a primary school last month, and are opening additional walk-in vaccination clinics this weekend.

Most of those infected are children under 10 who had not received the measles, mumps and rubella vaccine. Three have been admitted to hospital. None is in critical condition, according to the county health department.

"Measles is one of the most contagious diseases we know of," said county health officer Dr. Kwame Asante. "If one person has it, up to nine out of ten unvaccinated people around them will catch it."

⟦fragment:In particular parents of infants too young to be vaccinated.⟧

The clinics will run on Saturday and Sunday at the Central Library and the Eastgate community centre. No appointment is needed, and vaccines are free.

Vaccination rates at the school where the outbreak started are about 81 per cent, well below the 95 per cent health experts say is needed to prevent spread. ⟦attribution:Asante said the figure was "worrying," he said.⟧

⟦embed:Loading tweet…
If the embed does not load, view it on x.com⟧

The health department has published a list of places where people may have been exposed, including a supermarket, a paediatric clinic waiting room and two church services. Anyone who was at those locations ⟦break:and develops. a fever⟧ or rash within 21 days is asked to call ahead before visiting a doctor.

Symptoms include high fever, cough, runny nose, red eyes and a rash that spreads from the face down the body.
"""),

("Coastline Daily", """Port expansion approved despite fishermen's objections

The regional planning board has approved a €220 million expansion of Port Elna's container terminal, rejecting objections from local fishing cooperatives who say dredging will damage shellfish beds.

The project will lengthen the main quay by 400 metres and deepen the approach channel so that larger ships can dock. The port authority says it will create about 350 permanent jobs.

"This decision secures the port's future for the next forty years," said port chief executive Annelies Brandt. "Without it, the big shipping lines would simply go elsewhere."

⟦dup:1⟧

⟦foreign:De vissers voelen zich niet gehoord en overwegen naar de rechter te stappen.⟧

Fishing cooperatives argue that sediment stirred up by dredging will smother mussel and oyster beds in the bay, which support about 120 jobs. The board attached conditions to its approval, including limits on dredging during the spawning season and a monitoring programme ⟦broken_paragraph:paid for

by the port⟧, but cooperative leaders said these did not go far enough.

Cooperative chairman Piet Jansen said his members were consulting lawyers. "We've fished this bay for generations," he said. "They've had it for a board meeting."

⟦disclaimer:Machine-translated from Dutch by our partner service. Quotes may differ slightly from the original.⟧

Construction could begin next year and would take about four years, the port authority said.

⟦glued:Environmentalgroups⟧ have said they are also studying the decision.
"""),

("Riverside Gazette", """Q&A missing from town hall as residents demand answers on sewage spills

Residents who packed Riverside town hall on Tuesday expecting to question water company executives about repeated sewage spills into the river left frustrated after the company sent a written statement instead.

Riverside Water had been invited by the town council to explain why its storm overflows had discharged untreated sewage into the river on 63 occasions last year, more than any other site in the county.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧

Instead, council chairman Bill Harker read out a two-page statement in which the company said it was investing £18 million in upgrades and that "the majority of discharges occurred during periods of exceptional rainfall". The room responded with laughter.

"Exceptional rainfall? It's England," said one resident, to applause.

⟦fragment:Because the river, for many in the room, is not just a river.⟧

Swimmer Jo Tillman, who organises a year-round open-water group, said members had fallen ill after swimming last summer. "We test the water ourselves now," she said. "We shouldn't have to. Half of us have stopped going in after a heavy storm, and that is the whole point of the club gone."

Harker said the council would write to the company again and to the environment regulator. ⟦attribution:He said the absence was "disrespectful", the chairman told the meeting.⟧

⟦stray:''⟧ Riverside Water later told the Gazette that no executive had been available on the date but that it would be happy to attend a future meeting.

⟦furniture:Comments (87)
Sort by: Newest | Oldest | Most liked
You must be logged in to comment.⟧
"""),

("Eastfield Herald", """Eastfield United sack manager after nine games without a win

Eastfield United have sacked manager Chris Hollins after a run of nine league games without a victory left the club one point above the relegation zone.

Hollins, 44, was appointed 18 months ago and led the club to a ninth-place finish last season, their best in a decade. But a poor start to this campaign, combined with injuries to three first-choice defenders, left him under growing pressure.

Saturday's 3-0 home defeat to Carlton Vale, during which sections of the crowd chanted for his dismissal, proved to be the final straw. ⟦break:The club announced his. departure⟧ on Sunday morning.

"We thank Chris for his hard work and commitment," chairman Alan Price said in a statement. "However, the board felt a change was necessary to give us the best chance of staying in this division."

⟦dup:1⟧

⟦fragment:Assistant manager Lee Docherty to take charge for Tuesday's match against Brampton.⟧

Hollins posted a message to supporters on social media thanking them for their backing. ⟦embed:Thank you Eastfield. It's been an honour. Up the Blues 💙
— Chris Hollins (@chollins44) 9 March 2026⟧

Former Eastfield captain Mark Benn, now a radio pundit, said the decision was harsh but understandable. "He's a good coach who had an awful run of luck," Benn said. "But football doesn't care about luck."

Bookmakers have installed former Carlton Vale boss Dean Rutherford as favourite for the job. The club said it hoped to make an appointment within two weeks.

Eastfield's next home game is against Brampton on Tuesday night.
"""),

("Pinecrest Observer", """Town library adds seed lending shelf

The Pinecrest Public Library has added something unusual to its catalogue: seeds. Gardeners can now "borrow" packets of tomato, bean, squash and flower seeds, grow them over the summer, and return seeds saved from their harvest in the autumn.

The seed library sits in an old wooden card catalogue near the front desk, donated by a retired teacher who found it in her barn. Each drawer is labelled by plant type, from "Beans — pole" to "Wildflowers — native".

"People love the card catalogue more than the seeds," joked librarian Meg Hollister. "We've had people come in just to open the drawers."

⟦disclaimer:Community content: this item was submitted by a reader and published automatically. The Observer has not verified its contents.⟧

The project was started by the Pinecrest Garden Club, which donated the first 400 packets. Members will run free workshops on saving seeds on the first Saturday of each month from May.

⟦break:Hollister said more than 60 packets had. been borrowed⟧ in the first week. The most popular were cherry tomatoes and sunflowers.

⟦placeholder:INSERT PULL QUOTE FROM GARDEN CLUB PRESIDENT⟧

Borrowers do not have to return seeds, she added. "If your plants fail, that's fine. We just hope some people will bring back a few, so the library keeps growing."

⟦dup:1⟧

⟦glued:Seedlibraries⟧ have spread across the country in recent years, often in small towns where gardening traditions are strong. Supporters say they help preserve varieties suited to local growing conditions.

The seed shelf is open during normal library hours. A library card is not required.
"""),

("Summit Wire", """Central bank holds rates, signals cut possible by autumn

The central bank left its benchmark interest rate unchanged at 4.25 per cent on Thursday, but said it could begin cutting borrowing costs later this year if inflation continues to ease.

The decision was widely expected. Inflation fell to 2.8 per cent in February, the lowest in three years, but remains above the bank's 2 per cent target. ⟦stray:،⟧ Wage growth has also slowed but is still running at more than 4 per cent.

"We are not there yet, but we can see the path," governor Ingrid Solberg said at a press conference. "If the data continue to move in the right direction, the committee will be in a position to reduce rates."

Seven members of the nine-member committee voted to hold, while two voted for an immediate cut of a quarter point. It was the first time since 2021 that more than one member had dissented, ⟦broken_paragraph:highlighting
growing division⟧ on the committee.

⟦fragment:With markets now pricing in two cuts before December.⟧

The currency weakened slightly against the dollar after the announcement, and government bond yields fell. Mortgage lenders said they expected fixed rates to edge lower in the coming weeks.

"⟦foreign:Il est encore trop tôt pour crier victoire⟧," said economist Jean-Luc Marchand of a Paris-based bank.

⟦disclaimer:This report was created with the assistance of an automated system using wire copy and official releases.⟧

Business groups welcomed the signal but urged the bank not to wait too long. "Firms are holding back investment until they see the first cut," said Hanne Lund of the national employers' federation.

The bank's next rate decision is due on May 8.
"""),

("Lakeshore Examiner", """City unveils plan to plant 20,000 trees

Lakeshore will plant 20,000 trees over the next five years under a new urban forest plan unveiled by the mayor on Monday, with the first saplings going into the ground in the city's hottest neighbourhoods this autumn.

Mapping by the city found that tree cover ranges from 41 per cent in some lakeside districts to less than 9 per cent in the industrial south end. Surface temperatures in the south end can be 8 degrees higher on summer afternoons.

"Where you live shouldn't decide how hot your summer is," Mayor Olivia Grant said at a news conference in Kessler Park. ⟦attribution:"Trees are infrastructure," Grant said, the mayor said.⟧

The plan will cost about $14 million, including watering and maintenance for the first three years, when young trees are most likely to die. Species were chosen to cope with hotter, drier summers, with more oaks, hackberries and honey locusts and fewer maples.

⟦placeholder:<img src="null" alt="">⟧

Residents can request a free tree for the boulevard in front of their home through the city's website. Homeowners in priority areas will be contacted directly.

⟦glued:South-endresidents⟧ welcomed the plan but said they had heard promises before. "We were told about trees ten years ago," said Marisa Quon, who runs a community garden on Ferris Street. "We got three. Two died."

City forester Dave Lindqvist said that was why watering was built into the budget this time. "Planting is the easy part," he said.

⟦dup:1⟧

The first planting days will be held in October, and volunteers are being recruited now.
"""),

("Harbor City Ledger", """Appeals court upholds conviction in 2019 nightclub shooting

A state appeals court on Friday upheld the murder conviction of a man found guilty of killing a bouncer outside a Harbor City nightclub in 2019, rejecting his argument that jurors should not have heard evidence from a jailhouse informant.

Darnell Hayes, 34, is serving a sentence of 50 years to life for the death of 29-year-old Marcus Bell, who was shot after refusing Hayes entry to the Blue Anchor club on Dock Street.

In a 3-0 decision, the appeals panel found that the trial judge had properly instructed jurors to treat the informant's testimony with caution. ⟦break:Even without it, the. panel wrote,⟧ the evidence against Hayes — including security video and a witness who identified him — was "substantial".

Hayes's lawyer, Nina Castellanos, said she would ask the state Supreme Court to review the case. "Our client has always maintained his innocence," she said.

⟦stray:!!⟧

Bell's mother, Gloria Bell, said she was relieved. "Every time there's an appeal, I have to live it again," she said outside the courthouse. "I hope this is the last time."

⟦fragment:Being the third time the family has been in court since the verdict.⟧

Bell had worked at the club for two years while studying to become a paramedic. Friends set up a scholarship in his name at the local community college, which has since supported 11 students.

⟦embed:Embedded video
Justice for Marcus — vigil outside Blue Anchor, 2019 · YouTube · 14K views
Watch later  Share⟧

The Supreme Court typically takes several months to decide whether to hear a case.
"""),

("Valley Courier", """Startup turns almond shells into packaging foam

A Valley startup says it has found a use for one of the region's most abundant waste products: it is turning almond shells into a biodegradable foam that could replace polystyrene in shipping boxes.

Shellpack, founded in 2022 by two former agricultural engineering students, grinds shells into powder, mixes it with a plant-based binder and moulds it into protective inserts for electronics and wine bottles.

"California produces more than a billion pounds of almond shells a year," co-founder Ravi Menon said. "Most of it is burned or used as cattle bedding. We think it's worth more than that."

⟦furniture:Subscribe to The Valley Business Brief — every Tuesday in your inbox
Enter your email  [Sign up]
By signing up you agree to our Terms and Privacy Policy.⟧

The company has raised $6 million from investors and opened a small factory in an old fruit-packing shed outside Modesto last month. It employs 24 people and has signed contracts with two regional wineries and an audio-equipment maker.

⟦fragment:Each insert breaking down in soil within about 90 days, Menon said.⟧

Independent testing has not yet been published, and some packaging experts are cautious. "Lots of materials work in the lab," said Professor Dana Whitlow of the state university. "The question is whether it can compete on price at scale."

Menon said the foam costs about 20 per cent more than polystyrene today, but that the gap should close as production increases. ⟦glued:Healso⟧ said some customers were willing to pay more to meet sustainability targets.

⟦broken_paragraph:The company plans to open a second factory in 2027 if current
contracts⟧ are renewed.
"""),

("Northgate Tribune", """Care home rated inadequate after inspectors find residents left unwashed

A Northgate care home has been rated inadequate by the health and social care regulator after inspectors found some residents had been left in soiled clothing for hours and that staff shortages were "routine rather than occasional".

Inspectors made an unannounced visit to Brookfield House, which cares for up to 48 older people, in January. Their report, published on Wednesday, found the home inadequate in three of five areas, including safety and leadership.

⟦foreign:Los inspectores encontraron que algunos residentes no habían recibido sus medicamentos a tiempo.⟧

Inspectors also found medicines stored in an unlocked cupboard and gaps in records of when residents had been turned in bed to prevent pressure sores. ⟦stray:‘⟧On two night shifts, only two care workers were on duty for the entire building.

The home has been placed in special measures and will be inspected again within six months. If it does not improve, the regulator could move to cancel its registration.

In a statement, owner Ashdown Care Group said it was "deeply sorry" and had appointed a new manager and increased staffing. ⟦attribution:"We accept the findings in full," a spokesperson said, the company said in a statement.⟧

⟦placeholder:%s residents were moved to other homes in %s.⟧

Relatives said they had raised concerns months ago. "I complained in September that Mum's room smelled of urine," said one woman, who asked not to be named. "They said they'd look into it."

The county council, which funds places for about half the residents, said it had stopped new placements at the home.
"""),

("Coastline Daily", """Fishing boat skipper rescued after 14 hours adrift

A fishing boat skipper was rescued on Thursday morning after spending 14 hours adrift in a life raft off the west coast, when his vessel sank after striking what he believes was a submerged shipping container.

Eamon Ruane, 56, set off alone from Kerrow harbour on Wednesday afternoon to check crab pots. Around 6 p.m., his boat, the Siobhán Óg, suddenly took on water.

"There was a bang, and the next thing the deck was under my boots," he told the Daily from his hospital bed. "I had maybe two minutes."

⟦dup:1⟧

He managed to launch the life raft and activate an emergency beacon, but ⟦break:the signal was. only picked up⟧ intermittently because of damage to the beacon's antenna, the coastguard said.

A coastguard helicopter found the raft at first light, about 18 kilometres from shore. Ruane was suffering from mild hypothermia but was otherwise unhurt.

⟦embed:Rescue 115 crew hoisting the skipper this morning. Great work by all involved 🚁 https://t.co/Jw3Xp0aQe1⟧

"He did everything right," said coastguard officer Siobhán Keogh. "Lifejacket, beacon, stayed with the raft. That's why he's alive."

⟦disclaimer:Note: This article includes content from a regional partner newspaper and was translated from Irish using automated tools.⟧

Ruane said he would be back at sea "as soon as the insurance lets me". Fishing organisations have long warned about containers lost from cargo ships, which can float just beneath the surface for weeks.
"""),

("Riverside Gazette", """Charity shop volunteers honoured for 50 years of service

Two volunteers at Riverside's hospice charity shop have been honoured for a combined 50 years behind the counter.

Joan Pettigrew, 84, and Alan Marsh, 79, were presented with certificates and a cake shaped like a till at a small party in the shop on Bridge Street on Saturday.

Pettigrew started volunteering in 1999, shortly after her husband was cared for by the hospice in his final weeks. "They were so kind to us," she said. "I wanted to give something back, and I just never stopped."

Marsh joined in 2001 after retiring from the railway. He is known among colleagues for his skill at pricing vinyl records and his refusal to sell anything he considers "rubbish".

⟦glued:TheRiverside⟧ shop raises about £60,000 a year for the hospice, enough to fund two nurses. Manager Kelly Brannigan said volunteers like Pettigrew and Marsh were irreplaceable.

"They know every regular by name," she said. ⟦fragment:And most of their dogs.⟧

The hospice is looking for new volunteers, particularly younger people who could help with online sales, which ⟦broken_paragraph:now make up

a quarter⟧ of the shop's income.

Marsh said he had no plans to stop. "As long as my knees hold out," he said. "And they'd better, because nobody else knows where the records go."

⟦placeholder:Photo: {{photographer_credit}}⟧

Anyone interested in volunteering can visit the shop or call the hospice's volunteer office. No experience is needed, and training is given on the till and on sorting donations.

⟦furniture:© 2026 Riverside Gazette Ltd. All rights reserved. Registered in England No. 04417822.⟧
"""),
]
