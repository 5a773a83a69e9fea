# Damaged articles, part A (D1-D18)
ARTICLES = [
("Cascadia Ledger", """Ferry route to lose weekend sailings as crew shortage drags on

PORT HADLOCK, Wash. — Riders on the Marrowstone-Keel Island ferry will lose four weekend sailings starting next month, the county marine division said Thursday, the third schedule cut on the route in two years.

Division manager Teresa Alcott told the county commission that the vessel Skookum Rose can no longer be staffed for a full Saturday and Sunday rotation because two licensed deck officers retired in the spring and ⟦glued:nobodyhas⟧ applied to replace them.

"We posted those jobs four times," Alcott said. "We had one applicant, and he wanted to work Tuesdays."

The cuts remove the 6:10 a.m. and 9:40 p.m. departures from each side on Saturdays and Sundays. Weekday service is unchanged for now.

⟦fragment:Leaving early-shift hospital workers and weekend restaurant crews with no way home after the last boat.⟧

Commissioner Ray Oduya, whose district includes Keel Island, said he would ask the state for emergency funds to pay a signing bonus. The county currently offers $41.80 an hour for a licensed mate, roughly $6 less than private tug operators on the sound.

What the change means for riders:

- The first Saturday departure from Port Hadlock moves to 7:25 a.m.
- The last Sunday boat from Keel Island leaves at 8:15 p.m.
- Reservations made for cancelled sailings will be refunded automatically within 10 business days.
- Walk-on passengers can use the county's dial-a-ride van, which will meet the last boat on request.

Keel Island has about 1,900 year-round residents, and the county estimates weekend ridership at 2,400 passengers in summer. Island business owners said the evening cut will hurt most.

"Our dinner crowd comes over on the 6 and goes home on the 9:40," said Lena Barros, who runs a cafe near the ferry landing⟦stray: .⟧ "Without that boat, they don't come."

Alcott said the division will restore the sailings as soon as it hires two mates, and that a training partnership with the community college could produce candidates by next summer. The commission will take public comment on the schedule at its meeting on the 14th.

⟦furniture:Share this story  |  Facebook  |  X  |  Email  |  Print⟧

The county's marine division has run the route since 1972, when it took over from a private operator that went bankrupt."""),

("Straits Wire", """Singapore port waiting times ease as shipping lines clear backlog

SINGAPORE (Straits Wire) — Average waiting times for container ships calling at Singapore fell to under a day last week for the first time since March, the port authority said on Monday, as shipping lines cleared a backlog caused by diversions away from the Red Sea.

Vessels waited an average of 0.8 days for a berth in the week to Sunday, down from a peak of 3.1 days in late June, the Maritime and Port Authority (MPA) said in a statement.

The authority said it had reopened older berths at Keppel and brought forward the commissioning of four berths at the new Tuas terminal, adding capacity of about 2.5 million twenty-foot equivalent units a year.

"The worst of the bunching is behind us, but we are not declaring victory," ⟦attribution:said MPA chief executive Tan Wei Ling, the chief executive said⟧ at a briefing.

Singapore handled 3.6 million TEUs in June, a record for a single month. Container throughput in the first half of the year rose 6.9 percent from a year earlier.

Analysts said the improvement reflected better scheduling by carriers as well as the extra berths. Ships that had been arriving in clusters after longer voyages around the Cape of Good Hope are now spacing their calls more evenly, they said.

"Carriers have adjusted their rotations and the ⟦break:port has. Had time⟧ to respond," said Rahul Menon, a logistics analyst at Pinewood Capital in Singapore. "But the system has very little slack. One typhoon in the South China Sea and the queue comes back."

Port operator PSA said in a separate statement that yard utilisation had fallen to 82 percent from above 90 percent in June. It said truck turnaround times at the gates were averaging 31 minutes.

Regional ports were also seeing relief. Port Klang in Malaysia, which absorbed some diverted cargo during the peak, said waiting times there had dropped to about 1.2 days.

Freight rates on the Asia-Europe trade have fallen about 15 percent from their July high, according to the Drewry World Container Index, though they remain more than double the level of a year ago.

The MPA said it would publish weekly congestion data until waiting times had stabilised. ⟦placeholder:[[RELATED_STORIES_WIDGET]]⟧

(Reporting by Nur Aisyah Rahim; Editing by Graham Lowe)

⟦disclaimer:This wire story is distributed to subscribers under licence and may not be republished, rewritten or redistributed in whole or part without the written consent of the agency.⟧"""),

("Harbor & Freight Weekly", """Grays Reach terminal takes delivery of three ship-to-shore cranes

ABERDEEN, Wash. — Three new ship-to-shore cranes arrived at the Port of Grays Reach on Tuesday aboard a heavy-lift vessel from Shanghai, the largest equipment delivery in the port's 110-year history.

⟦placeholder:[photo: CRANE_ARRIVAL_03.jpg — caption pending]⟧

The cranes, each standing about 290 feet tall with the boom raised, can reach across ships 22 containers wide, port officials said. The terminal's existing cranes, installed in 1998, top out at 16 rows.

"This is the piece that lets us bid for the bigger ships," said port executive director Marisol Whitfield. "Until today, we've been turning away calls because we physically could not work the outboard rows."

The $54 million purchase was funded by a federal port infrastructure grant of $21.6 million, a state freight mobility grant, and port revenue bonds. The port expects to recover the cost through higher volumes over 15 years.

⟦embed:Port of Grays Reach @PortGraysReach · 4h
They're here! Three new STS cranes rolled into the harbor this morning. Commissioning starts next week. 📸
💬 38   🔁 112   ❤️ 604⟧

Unloading the cranes will take about 10 days. Each is rolled off the delivery ship on rails, a slow operation that depends on tide and wind. Commissioning and operator training will take another two months, and the first commercial use is planned for early spring.

International Longshore and Warehouse Union Local 24 president Dale Ferreira said members had been consulted on the cab design and training schedule. "The old cranes had a lot of miles on them," he said. "Our guys are ready for these."

The terminal handles mainly agricultural exports, including hay, soybean meal and frozen potatoes bound for Japan, South Korea and Taiwan. Volumes reached 118,000 TEUs last year, down slightly from the pandemic peak.

Port commissioners have set a target of 180,000 TEUs by 2030. Whitfield said at least two Asian carriers have indicated interest in adding a Grays Reach call if the cranes perform as expected.

The old cranes will be kept in service as backups ⟦glued:until2026⟧, when the port plans to sell or scrap them. One may be preserved as a landmark, an idea floated by the local historical society.

The vessel that carried the cranes, the Zhen Hua 38, will sail on to Long Beach with two more cranes for a terminal there."""),

("Tidewater Sports Desk", """Lakeside girls eight wins state rowing title by half a length

VANCOUVER LAKE, Wash. — The Lakeside Academy girls varsity eight won the state high school rowing championship Saturday, holding off a late charge from Mercer Crossing to win by half a length on a windy course.

Lakeside finished the 1,500-meter race in 5:21.4. Mercer Crossing was second in 5:23.0, and Olympia Fjord Rowing Club took third in 5:29.7.

Coxswain Priya Ramaswamy said the crew knew the crosswind in the last 500 meters would favor the boat in lane four, which was Mercer Crossing.

"I told them we had to be up by a seat at the bridge or it wasn't going to happen," Ramaswamy said. "We were up by three."

⟦dup:1⟧

It is Lakeside's first state title in the event since 2011 and the program's fourth overall. The crew, made up of five seniors and three juniors, had lost to Mercer Crossing twice during the regular season.

Head coach Brian Tolliver said the turnaround came after the crew changed its stroke order in April, moving junior Ella Nakamura from bow to stroke seat.

"Ella sets a rhythm that the rest of them can follow when it gets ugly⟦stray:,,⟧" Tolliver said. "And it got ugly today."

Winds gusted to 18 mph during the final, and race officials delayed the start by 40 minutes while waves settled. Two lower-division boats took on water in the morning heats, and one was disqualified after failing to finish.

Mercer Crossing coach Aaron Feld said his crew had rowed their best race of the year. "We were closing, and if it's 1,600 meters maybe we get there," he said. "But that's rowing. You don't get the extra 100."

In other finals, Mercer Crossing won the boys varsity eight and Olympia Fjord won both lightweight fours. Lakeside's boys finished fifth.

The top two girls eights qualify for the regional championship in Sacramento next month. Lakeside has not yet decided whether to make the trip, Tolliver said, because families would have to pay most of the travel cost and the ⟦broken_paragraph:school's

booster⟧ club has already spent its budget on a new shell.

The state championship drew 46 crews from 14 clubs and schools, the most since the event moved to Vancouver Lake in 2016."""),

("Salish Coast Business Journal", """Longtime Fairhaven bakery to close after 31 years

BELLINGHAM, Wash. — Dao's Bakery, a fixture on Fairhaven's Twelfth Street since 1993, will close at the end of the month, its owners said this week, citing rising rent, the cost of flour and butter, and their own retirement.

Owners Minh and Lan Dao opened the shop after moving to Bellingham from Seattle, selling baguettes, banh mi and French pastries to students and tourists. Their almond croissant became a local favorite and was featured twice in regional food magazines.

"We are tired," Minh Dao, 68, said in an interview at the counter. "Good tired. But tired."

The couple said their lease renewal came with a rent increase of about 38 percent, to $5,900 a month. At the same time, wholesale butter prices have risen sharply over the past two years, and the bakery had already raised the price of a croissant from $3.75 to $4.50.

⟦foreign:Chúng tôi đã nghĩ đến việc bán tiệm cho người khác, nhưng không ai muốn làm việc từ bốn giờ sáng mỗi ngày.⟧

Their two children, both in their thirties, work in health care and software and have no plans to take over the business. The Daos said they had talked to two potential buyers, but neither deal went through.

The closure is the third on the block this year. A bookstore and a kitchen supply shop both shut in the spring, and the Fairhaven business association says vacancy on the historic district's main streets has risen to about 11 percent.

Association director Kelsey Moran said landlords and tenants were both under pressure from higher property taxes and insurance costs. "Nobody here is getting rich," she said. "Everyone is squeezed."

The building's owner, Chuckanut Holdings, said in a statement that the rent increase reflected market rates and that it ⟦glued:hoped toreach⟧ an agreement with a new food tenant.

Customers have been lining up since the announcement. On Wednesday morning, the line stretched past the neighboring gallery before 8 a.m., and the bakery sold out of almond croissants by 9:15.

⟦furniture:Sign up for The Morning Docket — local business news in your inbox every weekday. Enter your email  [Subscribe]⟧

The Daos said they would sell their ovens and mixers and hope to donate their remaining equipment to a culinary program at Whatcom Community College. Their last day of business is scheduled for the 30th."""),

("Aotearoa Coastal News", """Crayfish quota cut for Northland as stocks fall

WHANGAREI — The Government will cut the commercial catch limit for rock lobster in Northland by 20 per cent from April, Oceans and Fisheries Minister Rawiri Tamatea announced on Friday, after surveys showed stocks had fallen to their lowest level in a decade.

The total allowable commercial catch in the CRA1 area will fall from 131 tonnes to 105 tonnes. The recreational daily bag limit will drop from six to four crayfish per person.

"The science is clear, and we are acting on it before it gets worse," Tamatea said. "If we wait another season, we will be talking about a closure, not a cut."

Fisheries New Zealand surveys found the number of legal-sized lobsters in the area had declined by about a third since 2019. Scientists have linked the decline to overfishing, marine heatwaves, and a surge in kina, or sea urchins, which strip the kelp forests that young crayfish rely on.

⟦fragment:Especially along the eastern coast between Mangawhai and Cape Brett, where kina barrens now cover large stretches of reef.⟧

Commercial fishers said the cut would cost jobs. Northland Rock Lobster Industry Association chair Grant Whitehead estimated the reduction would take about $9 million a year out of the regional economy.

"We've been asking for better science for years and now we're paying for not having it," he said. "Nobody wants the fishery to collapse, but 20 per cent in one go will put some boats out of business."

Iwi representatives gave the decision a mixed response. Ngāti Rangi fisheries manager Huia Paraone said hapū had been calling for a reduction ⟦break:for years. And welcomed⟧ the cut to recreational limits, but said customary fishing rights must not be squeezed as a result.

The Ministry will also fund a two-year trial of kina removal at four sites, paying divers to clear urchins so that kelp can regrow. Similar trials in Hauraki Gulf marine reserves have shown some kelp recovery within 18 months.

Environmental groups said the cut did not go far enough. Forest & Bird marine advocate Tessa Morgan said the group had asked for a 50 per cent cut and a review of the minimum legal size.

Submissions on the changes closed last month, and the Ministry received more than 1,400. The new limits take effect on 1 April.

⟦disclaimer:This story has been produced with the help of automated translation tools from a te reo Māori original and may differ from the source text. Please report any errors to our newsdesk.⟧"""),

("Courthouse Dispatch", """Appeals court hears tribe's challenge to shellfish permit

SEATTLE — A three-judge panel of the state Court of Appeals on Wednesday heard arguments in the Skalakum Tribe's challenge to a permit that would allow a commercial geoduck farm in Dabob Inlet, a case that could shape how the state weighs treaty fishing rights in shoreline permitting.

The tribe argues that the county and the state Department of Ecology failed to consult it before approving the 12-acre farm, which sits over beds where tribal members have harvested clams for generations. The farm's operator, Inlet Shellfish LLC, says it followed every required step.

"The treaty doesn't give the tribe a veto, but it gives it a seat at the table, and that seat was empty," tribal attorney Carla Winnemucca told the judges. "Nobody from the county picked up the phone."

Judge Harold Bisset pressed Winnemucca on whether consultation is required by statute or only by policy. She answered that the duty flows from the treaty itself and from the state's own shoreline rules.

Representing the county, deputy prosecutor Martin Kealoha said the county had mailed notice to the tribe's natural resources office twice and received no comment during the public comment period.

"Mailing notice is consultation⟦stray: ?⟧" Judge Annette Solberg asked.

"It is what the code requires," ⟦attribution:Kealoha replied, the deputy prosecutor replied⟧.

A lower court upheld the permit last year. The farm has not begun planting while the appeal is pending.

The case has drawn interest from several other tribes and from the shellfish industry, which filed a friend-of-the-court brief warning that a ruling for the tribe could delay dozens of pending permits around Puget Sound. The Pacific Coast Shellfish Growers Association said its members had invested about $4 million in permitting work that could be affected.

Outside the courthouse, tribal chairwoman Denise Larkin said members had harvested clams at Dabob since before statehood. ⟦placeholder:"INSERT PULL QUOTE FROM CHAIRWOMAN HERE"⟧

The panel did not indicate when it would rule. Appeals decisions typically take three to six months.

Inlet Shellfish owner Gregory Tamm declined to comment after the hearing, referring questions to his attorney, who said the company was confident the permit would stand.

The dispute is one of several over aquaculture in Hood Canal, where commercial shellfish farming has expanded sharply over the past two decades."""),

("Cascadia Ledger", """Orchard Valley school levy fails for second time

WENATCHEE, Wash. — Voters in the Orchard Valley School District rejected a replacement operations levy for the second time this year, leaving the district facing a $6.2 million gap and the likely loss of about 60 jobs, according to results posted Tuesday night.

The levy was failing with 47.3 percent approval after the first count, a margin of about 900 votes. It needed a simple majority. In February, a larger version of the levy failed with 45.8 percent.

Superintendent Dr. Angela Reyes said the district would present a reduction plan to the school board next week. "We asked for less this time, and we explained it as best we could," she said. "The community has spoken, and we have to listen."

The levy would have collected $1.95 per $1,000 of assessed value, down from $2.40 in the February proposal. For the owner of a $400,000 home, that would have been about $780 a year.

⟦embed:Orchard Valley SD @OrchardValleySD · 9:48 PM
Initial results show Proposition 1 is not passing. Thank you to everyone who voted. Board will meet Monday to discuss next steps.
112 replies · 47 reposts · 96 likes⟧

The levy pays for about a fifth of the district's operating budget, including ⟦glued:sportsand⟧ music programs, school nurses, counselors and some special education staff that state funding does not fully cover.

Board president Marcus Webb said likely cuts include middle school sports, the district's elementary music program, and two of its five school counselors. "These are the things that parents told us they valued most," he said. "That's what's left to cut."

Opponents had argued that the district should trim administration first and that property owners were already stretched by higher assessments. A group called Orchard Valley Taxpayers, led by retired orchardist Dean Hoffstetter, campaigned against both measures.

"We're not against kids," Hoffstetter said. "We're against a blank check."

The district can run the levy a third time in the fall, but Reyes said the board has not decided whether to try again. Under state law, a district may put a levy to voters no more than twice in a calendar year, and ⟦broken_paragraph:districts

that⟧ fail twice typically wait until the following February.

The district serves about 4,800 students in 9 schools. It last passed a levy in 2020.

⟦dup:1⟧

Ballots will continue to be counted through the week, and the county will certify results on the 28th."""),

("Mindanao Daily Observer", """Typhoon leaves 12 dead, thousands displaced in eastern Mindanao

DAVAO CITY — At least 12 people were killed and more than 40,000 displaced after Typhoon Kalayaan swept across eastern Mindanao over the weekend, bringing floods and landslides to Davao Oriental and Surigao del Sur, disaster officials said on Monday.

The Office of Civil Defense said nine of the deaths were in Davao Oriental, where a landslide buried four houses in a mountain village in the town of Baganga on Sunday morning. Three people remain missing.

The storm made landfall near Cateel on Saturday evening with maximum sustained winds of 140 kilometres per hour, according to the state weather bureau PAGASA. It weakened as it crossed the island and exited into the Sulu Sea early Monday.

Provincial disaster officer Romeo Dagohoy said rescue teams reached the landslide site only after soldiers cleared the road with ⟦break:heavy equipment. On Sunday⟧ afternoon. "The ground is still soft. We are working carefully because it can move again," he said.

⟦fragment:Because evacuation centres in Cateel and Boston were already full by Saturday afternoon.⟧

More than 180 schools have been turned into shelters, and classes across both provinces were suspended until Wednesday. The Department of Social Welfare and Development said it had delivered about 25,000 food packs.

Farmers face heavy losses. The Department of Agriculture estimated initial damage to crops at 780 million pesos, mostly coconut, banana and rice. Many coconut farmers in the area were still recovering from Typhoon Pablo more than a decade ago.

In Baganga, village captain Lorna Esperat said residents had been told to leave on Friday but many stayed to protect their homes. ⟦foreign:Daghan kaayo ang wala mobiya kay nahadlok sila nga kawaton ang ilang mga gamit, ug karon nagbasol na sila.⟧

Power remained out in large parts of Davao Oriental on Monday. The local electric cooperative said about 70 percent of its consumers were without electricity and that full restoration could take two weeks.

Governor Nelson Dayanghirang declared a state of calamity across the province, allowing the release of emergency funds. President's office spokesperson Clara Velasco said the national government would send additional relief flights from Manila.

PAGASA said it was monitoring another low-pressure area east of the Philippines that could develop into a tropical depression later in the week.

⟦disclaimer:Disclosure: Portions of this report were drafted by an artificial intelligence system and reviewed by a human editor before publication.⟧"""),

("Field Notes Science Daily", """River water samples reveal salmon return weeks before fish counters

CORVALLIS, Ore. — Traces of DNA in river water can reveal the arrival of spawning salmon up to three weeks before the fish show up at counting stations, according to a study published this week by researchers at Oregon Coastal University.

The team collected water samples every two days for three seasons at 14 sites on the Siletz and Alsea rivers. By filtering the water and testing it for environmental DNA, or eDNA, shed by fish through skin cells and mucus, they detected coho and chinook salmon upstream of the counting weirs well ahead of the first visual counts.

"The fish are telling us they're there, we just haven't been listening in the right way," said lead author Dr. Naomi Kessler, a fisheries ecologist. "A bottle of water is much cheaper than a weir crew."

⟦placeholder:Figure %d: eDNA concentration by site and week (see %s)⟧

The study found that eDNA levels rose in step with later fish counts in about 80 percent of cases. The method was less reliable after heavy rain, when high flows diluted the DNA, and in warmer water, where DNA broke down faster.

Kessler said the technique would not replace counting stations, which give managers exact numbers and information on the size and sex of fish. But it could give early warning of strong or weak runs and help managers decide sooner whether to open or close fisheries.

"When a run is coming in weak, every week counts," she said. "If we can close a fishery three weeks earlier, that could be thousands of fish."

State fisheries biologist Carl Huang, who was not involved in the study, said the results were promising but would need to be tested on larger rivers such as the Columbia. "These are small coastal rivers, with relatively clean water⟦stray:;;⟧ the Columbia is a very different animal," he said.

The research was funded by a $1.2 million grant from the Pacific Salmon Commission and the state of Oregon. The team plans to expand the sampling to six more rivers next year, including two in Washington.

⟦furniture:Home › Environment › Fisheries › Salmon⟧

Samples cost about $60 each to process, compared with roughly $150,000 a year to staff a single counting weir. Kessler said volunteers from local watershed councils had collected most of the samples, and that training took less than an hour.

The study appears in the journal Fisheries Research Letters."""),

("Kerala Port Chronicle", """Dredging to begin at Munambam fishing harbour after years of delay

KOCHI — Dredging of the silted Munambam fishing harbour will begin next month, the state Fisheries Department said on Thursday, ending a four-year wait for hundreds of boat owners who say they have been unable to enter the harbour at low tide.

The Rs 18.4 crore project will deepen the approach channel and the basin to 3.5 metres and remove about 2.1 lakh cubic metres of sand and silt, officials said. Work is expected to take eight months.

"The contract has been awarded and the dredger will arrive by the first week of next month," ⟦attribution:Fisheries Minister K. Radhakrishnan said, told the minister reporters⟧ in Thiruvananthapuram.

Munambam is one of the busiest fishing harbours on the Kerala coast, with more than 700 mechanised boats and about 1,200 smaller vessels. Boat owners say silting has become so severe that larger trawlers must wait offshore for high tide, losing hours and fuel and risking ⟦glued:accidentsat⟧ the harbour mouth.

Three fishermen drowned last year when a boat capsized in rough water while waiting to enter the channel. Fishermen's unions blamed the accident on the delay.

⟦fragment:Having submitted petitions to three successive district collectors and staged two hartals at the harbour gate.⟧

All Kerala Fishing Boat Operators' Association secretary Joseph Xavier said the dredging was overdue. "We have been asking since 2020. Every monsoon it gets worse," he said. "We will believe it when we see the dredger."

The project was first approved in 2020, but tendering was delayed twice, once because of the pandemic and once because no contractor bid at the estimated price. The cost has risen by about 40 percent since the first estimate.

Officials said the dredged sand would be used for beach nourishment at Cherai, where erosion has eaten into the shoreline near homes and resorts.

The department also plans to build a new auction hall and cold storage facility at the harbour under a central government scheme, at a cost of Rs 12 crore. That work will begin after dredging is finished.

Harbour engineering executive engineer Sreeja Mohan said the channel would need maintenance dredging every two to three years to keep it open.

⟦disclaimer:[Auto-translated from Malayalam. Translation provided by a machine service; the publisher does not guarantee its accuracy.]⟧"""),

("Cascadia Ledger", """Level 3 evacuations ordered as Beargrass fire jumps ridge

CHELAN, Wash. — Chelan County sheriff's deputies went door to door Monday night ordering residents of about 340 homes to leave immediately after the Beargrass fire crossed Sawtooth Ridge and pushed toward the Twenty-Five Mile Creek drainage.

The fire, which started Saturday from a lightning strike, had burned about 8,900 acres by Tuesday morning and was zero percent contained, according to the state Department of Natural Resources.

Fire behavior analyst Todd Meacham said gusty afternoon winds and humidity in the single digits had driven the fire more than three miles in six hours. "We saw spotting out to a half mile ahead of the main front," he said. "That's very hard to catch."

⟦embed:Chelan County Emergency Management
@ChelanCoEM · Aug 12
LEVEL 3 – GO NOW for Twenty-Five Mile Creek Rd from milepost 2 to the end, and all of Grade Creek Rd. Shelter at Chelan High School.
2,418 Reposts   1,006 Likes⟧

No homes had been confirmed destroyed as of Tuesday, but crews ⟦break:reported. Losing⟧ at least two outbuildings near the top of the drainage. Access to the area was closed to everyone but fire personnel.

About 620 firefighters were assigned to the blaze, along with six helicopters and two large air tankers. A Type 1 incident management team was taking over command on Tuesday evening.

Residents at the evacuation shelter at Chelan High School described a chaotic night. "They knocked, they said go, and we went⟦stray: !⟧" said Jolene Barker, who left with her husband and two dogs. "We grabbed the photo albums and the dog food. That's it."

The Red Cross said about 90 people had spent the night at the shelter, and others were staying with family or at campgrounds in Chelan.

Lake Chelan remained open to boats, but the Forest Service closed several trailheads and two campgrounds on the south shore.

Air quality in Chelan and Manson was rated unhealthy on Tuesday, and the county health officer advised residents to stay indoors where possible.

⟦dup:1⟧

Forecasters said a cold front on Thursday could bring cooler temperatures but also stronger winds, which could make the fire more difficult to control.

A community meeting is scheduled for Wednesday at 6 p.m. at the Chelan Fire Hall."""),

("Baltic Fisheries Bulletin", """EU ministers agree smaller herring quota for central Baltic

BRUSSELS — European Union fisheries ministers agreed early on Tuesday to cut the catch limit for central Baltic herring by 28 percent next year, following scientific advice that the stock remains below safe levels.

The total allowable catch for the stock will fall to 46,800 tonnes. Ministers kept the limit for Gulf of Riga herring roughly unchanged, and agreed a small rise for sprat.

The European Commission had proposed a cut of 42 percent for central Baltic herring, in line with advice from the International Council for the Exploration of the Sea (ICES). Several member states, led by Finland and Sweden, argued that the larger reduction would wipe out smaller coastal fleets.

Fisheries Commissioner Nikos Varelas said the outcome was a compromise. "We have moved in the right direction, but we are not yet where the science tells us to be," he told reporters after the overnight talks.

Swedish rural affairs minister Karin Lindqvist defended the compromise at a press conference in Stockholm. ⟦foreign:Vi har skyddat de små kustfiskarna, men vi måste också se till att beståndet återhämtar sig, och det kommer att ta flera år.⟧

Environmental groups criticized the decision. The campaign group Baltic Sea Now said ministers had ignored the advice for the tenth year in a row and that herring and cod stocks would continue to suffer.

Herring is a key part of the Baltic food web, eaten by cod, seals and seabirds. Cod stocks in the eastern Baltic collapsed in the 2010s, and directed fishing for eastern cod has been banned since 2019.

Latvian and Estonian processors, who rely heavily on sprat and herring, welcomed the increase in sprat. Latvian fishing industry group chair Andris Kalnins said processors had been forced to import fish from Norway to keep ⟦broken_paragraph:factories

running⟧ through the winter months.

The ministers also agreed to maintain a ban on recreational cod fishing in the western Baltic, and to extend a seasonal spawning closure in the Bornholm Basin by two weeks.

Talks ran for more than 20 hours. Diplomats said the final deal was reached shortly after 4 a.m. ⟦placeholder:{{inline_ad_slot_2}}⟧

The new limits take effect on January 1. The Commission will publish a review of Baltic fisheries management next spring, which could lead to proposals for a multi-year plan covering all Baltic stocks."""),

("Okanogan Valley Herald", """Obituary: Walter 'Buck' Reinholt, rancher and longtime fire chief, 84

OMAK, Wash. — Walter "Buck" Reinholt, who ran cattle on the family ranch above Salmon Creek for six decades and served 27 years as chief of the Okanogan County Fire District 3 volunteer department, died March 2 at his home. He was 84.

His family said he died peacefully after a short illness, with his wife of 61 years, Marjorie, at his side.

Born in Omak in 1939, Buck was the third of five children of Henry and Ilse Reinholt, who had homesteaded the ranch in 1921. He graduated from Omak High School in 1957, where he played fullback and, by his own account, "mostly fell down."

After two years in the Army in Germany, he came home to the ranch and never really left. He married Marjorie Haight of Tonasket in 1962 at the Methodist church in Omak, and together they raised three children and several hundred head of cattle.

Buck joined the volunteer fire department in 1964 and became chief in 1976. During his tenure the district built two new fire halls, bought its first water tender, and fought some of the largest fires in county history, including the Tunk Block fire of 1986.

"Buck knew every road and every spring in this district," ⟦attribution:said current Chief Dana Ortiz, Ortiz said⟧. "If you were lost on a fire, you called Buck."

He was a member of the Okanogan County Cattlemen's Association, the Omak Stampede board for many years, and the Grange. He was known for his roping, his coffee, which was described by friends as "dangerous," and his refusal to buy a new truck ⟦glued:whenthe⟧ old one still started.

He is survived by his wife, Marjorie; his children, Karen (Tom) Lundgren of Wenatchee, Steven Reinholt of Omak, and Janet Reinholt of Spokane; seven grandchildren; four great-grandchildren; and his sister, Elsie Paulson of Okanogan.

He was preceded in death by his parents and three brothers.

A memorial service will be held at 2 p.m. Saturday, March 16, at the Omak Stampede Arena, with a reception to follow. The family asks that memorials be made to the Fire District 3 volunteer association or the Okanogan County Cattlemen's scholarship fund.

⟦furniture:Sign the Guest Book  ·  Send Flowers  ·  Share Obituary  ·  Set a Reminder⟧"""),

("Rainshadow Review", """Mural festival brings 14 new walls to downtown Port Angeles

PORT ANGELES, Wash. — Scaffolding came down this week on 14 new murals painted during the first Strait Walls festival, turning a stretch of alleys and back walls in downtown Port Angeles into an open-air gallery.

Artists from Washington, British Columbia, Mexico and Japan spent nine days painting walls donated by building owners, working from lifts and ladders through a week of wind and drizzle.

Festival director Amara Quinlan said the idea was to give people a reason to walk downtown's side streets. "We have great bones here, and a lot of blank walls," she said. "Now people are going to walk down the alley on purpose."

The largest mural, on the four-story side of the old Lincoln Hotel, is a salmon run by Jamestown S'Klallam artist Roy Charles, painted in formline style in red, black and a deep blue-green. Charles said he wanted visitors to see the river that runs through the town's history.

⟦fragment:Painted in just six days with a crew of three and roughly 40 gallons of exterior paint.⟧

Other works include a collage of ferry tickets and shipping labels by Victoria artist Jun Takeda and a mural of Olympic marmots in sunglasses by Oaxacan painter Lucía Herrera, which drew a crowd of children on its first day.

⟦embed:▶ Strait Walls 2024 — Time-lapse: Lincoln Hotel mural  (2:47)
Strait Walls Festival · 3.1K views · 2 days ago⟧

The festival cost about $210,000, paid for by a city lodging tax grant, a state arts commission grant and local sponsors. Artists received fees of $5,000 to $15,000 depending on wall size, plus paint and lodging.

Not everyone was enthusiastic. A few business owners said the festival had blocked alley access for deliveries, and one resident complained at a city council meeting that the marmots were "a bit much⟦stray:」⟧.

City council member Joanne Petrakis said the response had been overwhelmingly positive. "I have gotten more emails about murals than about potholes, and that never happens," she said.

The festival printed 5,000 walking maps, and organizers said most had been handed out by Sunday. A self-guided audio tour is available through the festival website.

Quinlan said organizers hope to add eight to ten walls next year and to include more local artists. Applications for next year's festival will open in January."""),

("Straits Wire", """Malaysia's east coast rail line to start trial runs next year

KUALA LUMPUR (Straits Wire) — Malaysia's East Coast Rail Link will begin trial runs on its northern section next year, with passenger services between Kota Bharu and Kuantan due to start by the end of 2026, the project's operator said on Wednesday.

The 665-kilometre line, built by China Communications Construction Co., is more than 80 percent complete, Malaysia Rail Link Sdn Bhd chief executive Darwis Abdul Razak told reporters. The line will connect ports and towns on the peninsula's east coast with Port Klang on the west coast.

"The northern section is on track, and we are confident of ⟦glued:meetingthe⟧ 2026 target," Darwis said. "The southern alignment is more complex because of the tunnels through the Titiwangsa range."

The project, one of the largest under China's Belt and Road Initiative in Southeast Asia, was suspended in 2018 over cost concerns and renegotiated the following year, cutting its price to 44 billion ringgit ($9.3 billion) from 65.5 billion ringgit.

Trains will run at up to 160 kilometres per hour, cutting the journey from Kota Bharu to Kuala Lumpur to about four hours from roughly eight by car. Freight trains will carry containers and bulk cargo from Kuantan port and industrial parks in Kelantan and Terengganu.

Transport Minister Loke Hong Wei said the ⟦break:line would. Bring⟧ jobs and investment to states that have long lagged behind the west coast. Speaking at an event in Kuantan, he added: ⟦foreign:Ini bukan sekadar projek kereta api, ini adalah pelaburan untuk generasi akan datang di Pantai Timur.⟧

Critics have questioned whether the line will attract enough freight and passengers to cover its costs. Economist Farah Idris of the Institute for Southeast Asian Policy said ridership forecasts looked optimistic and that Malaysia would need to reorganise port and trucking networks for the rail line to compete.

The operator said 20 stations were planned, including interchanges with existing KTM rail services. Local contractors have received about 40 percent of civil works contracts, it said.

Land acquisition along the southern section is largely complete, the company said, though disputes with some landowners in Pahang remain before the courts.

Malaysia and China agreed last year to extend the loan repayment period for the project, which is financed largely by the Export-Import Bank of China.

⟦disclaimer:This article is machine-translated from the Bahasa Malaysia edition of our service. Some nuances may be lost; refer to the original for authoritative wording.⟧"""),

("Salish Coast Business Journal", """Brewery opens in former cannery on Anacortes waterfront

ANACORTES, Wash. — A brewery and taproom opened Friday in a restored 1913 cannery building on the Anacortes waterfront, the latest step in a years-long effort to bring new uses to the city's old industrial shoreline.

Guemes Channel Brewing Co. occupies about 9,000 square feet of the former Fidalgo Packing Co. cannery, which processed salmon until 1960 and was later used for boat storage. The building's owners spent about $3.8 million on structural repairs and new pilings before the brewery moved in.

Co-founder Hannah Seo, a former chemical engineer at a Skagit Valley refinery, said she and her business partner, Mateo Gonzales, fell in love with the building on a walk-through three years ago. "It was dark, it was leaking, and there was a seal sleeping under the dock," she said. "We said yes on the spot."

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.⟧

The brewery has a 15-barrel system and plans to produce about 2,000 barrels in its first year. Its opening lineup includes a hazy IPA, a lager made with Skagit Valley barley, and a smoked porter that Seo said was a nod to the cannery's past.

The taproom seats 160 people inside and 80 on a deck over the water, with a view of the Guemes ferry and the San Juan Islands. It will employ about 25 people.

City economic development manager Pete Halvorsen said the project was the first private investment on that stretch of waterfront in more than a decade. "For years this was a row of empty sheds," he said. "Now there's a reason to walk out here."

⟦dup:2⟧

⟦fragment:Along with a plan for public access along the dock and a small museum corner displaying old cannery labels.⟧

The port of Anacortes, which leases the land under the building, approved a 30-year lease in 2022. Port commissioners said they hoped the brewery would draw other businesses to neighboring buildings.

Seo and Gonzales raised about $1.2 million from local investors and a Small Business Administration loan to equip the space. They said the cost of stainless steel tanks and shipping had risen sharply since they first priced the project.

The taproom is open Wednesday through Sunday, and the brewery plans to start distributing kegs to restaurants in Skagit and Whatcom counties this summer."""),

("Harbor & Freight Weekly", """Longshore workers ratify six-year contract at Fraser River terminals

VANCOUVER, B.C. — Longshore workers at Fraser River terminals have ratified a six-year contract that raises wages by 19.2 percent and sets new rules on automation, ending nearly a year of tense negotiations and a brief strike last summer.

Members of the International Longshore and Warehouse Union Canada voted 74 percent in favor of the deal, the union said on Monday. The British Columbia Maritime Employers Association, which represents terminal operators, said its board had also approved the agreement.

"This is a deal that protects jobs and gives our members a fair share," ⟦attribution:union president Rob Ashton said, said Ashton⟧. "It wasn't easy, and it shouldn't have taken this long."

The key sticking point had been automation. Under the deal, employers must give the union 18 months' notice before introducing automated equipment that would eliminate positions, and must offer retraining to affected workers. Any job losses are to be handled through attrition rather than layoffs.

The employers' association said the agreement gave terminals the certainty needed to plan investment. Association president Laura Mikkelsen said it "balances the need to modernize with respect for the workforce⟦stray:""⟧.

A 13-day strike last July halted most container traffic at ports in Vancouver and Prince Rupert, stranding an estimated $10 billion in goods. Shippers and manufacturers have since called for changes to federal labor law to prevent future stoppages.

⟦furniture:RELATED COVERAGE
• Prince Rupert volumes rebound after strike
• Ottawa names mediator in port talks
• Shippers press for essential-services law⟧

The federal labor minister, Alain Dufresne, welcomed the ratification but said Ottawa would still review how port disputes are handled. "We cannot have the country's supply chains held hostage again," he said in a statement.

The contract covers about 7,400 workers, including longshore workers, foremen and ship and dock ⟦broken_paragraph:clerks, and

it⟧ is retroactive to April 1 of last year. Back pay will be distributed within 90 days.

Terminal operators say container volumes through Vancouver have recovered to near pre-strike levels, but some cargo diverted to U.S. ports during the dispute has not returned. The Vancouver Fraser Port Authority reported a 4 percent decline in container throughput last year.

Shipping lines said they would watch how the automation rules are implemented before committing to new services."""),
]
