ARTICLES = [
("Lakeshore Examiner", """Driver with 'NULL' licence plate racks up thousands in tickets he never earned

A Lakeshore software developer who chose the personalised licence plate NULL as a joke says it has cost him more than $6,000 in parking fines issued to cars he has never owned.

Kevin Tran, 38, registered the plate in 2021. "I thought it was funny," he said. "In programming, null means nothing. I wanted a plate that said nothing."

The trouble, he believes, is that when parking officers or automated cameras cannot read a plate, some systems record the missing value as null. Those tickets then get matched to his car.

Within months, notices started arriving: a bus lane fine in the east end, a parking ticket outside a hospital, a speeding camera on a highway he says he has never driven. At one point he received 37 notices in a single week.

"I opened one for a red Honda Civic," he said. "I drive a grey Kia."

Tran has spent dozens of hours on the phone and in person at the city's parking office. Most of the fines have been cancelled, but new ones keep arriving.

The city's director of parking services, Angela Moss, acknowledged the problem. "This is a known issue with how some of our older systems handle unreadable plates," she said. "We're fixing it, and we've flagged Mr. Tran's record in the meantime."

The provincial registry said it had since added NULL, along with VOID and NONE, to its list of plates that can no longer be issued. Tran's plate was registered before the change and remains valid.

Asked whether he would give it up, Tran laughed. "No," he said. "At this point it's a matter of principle."

The Canadian Press contributed to this report.
"""),

("Eastfield Herald", """Inquest told of 'missed chances' before pensioner's fall

An inquest into the death of an 84-year-old Eastfield woman has heard that she was assessed as being at high risk of falling three times in the month before she fell at home and broke her hip.

Dorothy Keane, a retired primary school teacher, died in Eastfield General Hospital on 14 November, nine days after the fall at her flat on Tudor Road.

Her daughter, Susan Keane, told the coroner that she had asked repeatedly for a handrail to be fitted in the hallway. "I asked the council. I asked the GP. I asked the hospital when she was discharged," she said. "Everyone agreed she needed it. Nobody fitted it."

A council occupational therapist, giving evidence, said the referral had been placed on a waiting list of about 11 weeks. She accepted that the case had not been marked as urgent. "It should have been," she said.

Dr. Anil Prakash, a consultant geriatrician, said hip fractures in people over 80 carry a high risk of death within a year. "Simple things — a rail, a night light, a pendant alarm — make an enormous difference," he said.

The senior coroner, Mrs. Elaine Rudd, said she would consider issuing a report to prevent future deaths, a formal notice that requires organisations to respond within 56 days.

She recorded a conclusion of accidental death, contributed to by a delay in the provision of equipment.

Outside the court, Susan Keane said her mother had been "fiercely independent". "She taught 30 years of Eastfield children to read," she said. "She deserved a handrail."

Eastfield council said it had since reduced its waiting list for minor adaptations to four weeks and had introduced a fast-track process for people recently discharged from hospital.
"""),

("Summit Wire", """BERLIN — German court rules against automaker in emissions case

BERLIN (Summit Wire) — Germany's Federal Court of Justice on Tuesday ruled that a carmaker must compensate the owner of a diesel vehicle fitted with software that reduced emissions controls in cold weather, a decision that could affect tens of thousands of similar lawsuits.

The case concerned a 2016 Vektra Motors Model D-220 estate car. Its owner, a retired engineer from Hanover, argued that a so-called thermal window in the engine software, which scaled back exhaust cleaning at temperatures below 10C, was an illegal defeat device.

The court agreed. Presiding judge Dr. Ulrike Brandt said manufacturers could not rely on engine protection as a blanket justification. "Der Schutz des Motors rechtfertigt nicht jede Abschaltung," she said — "Protecting the engine does not justify every shutdown."

The owner was awarded 15 per cent of the vehicle's purchase price, about €6,300. Lawyers said the figure, set in an earlier ruling, would now serve as a benchmark.

Vektra Motors AG said it would study the ruling. "We continue to believe our vehicles complied with the regulations in force at the time," a spokesperson said.

Consumer group vzbv welcomed the judgment. "This is a good day for diesel drivers," said its chief, Ramona Pop, in a statement.

According to the Federal Motor Transport Authority (KBA), about 2.4 million vehicles in Germany were fitted with similar software. Not all owners have sued.

Shares in Vektra fell 1.8 per cent in Frankfurt trading. Analysts at Bankhaus Lenz estimated the company's total exposure at between €400 million and €1.1 billion, depending on how many claims succeed.

The ruling cannot be appealed.

Reporting by Klaus Weber; editing by Anna Fitzgerald.
"""),

("The Meridian Post", """Band interview: Paper Lanterns on heartbreak, hometowns and a song about a bus

Paper Lanterns have been called the most Meridian band ever to come out of Meridian. They don't mind.

The four-piece — singer Jess Oduya, guitarist Ollie Brandt, bassist Marcus Lee and drummer Fen Castillo — formed at Eastside High in 2017. Their second album, No. 9 to Nowhere, came out on Friday. It is named after a bus route.

"The No. 9 is the most important bus in this city," Oduya said, sitting in the band's rehearsal space above a tyre shop. "It goes from where the rent is cheap to where the jobs are. Everyone has cried on the No. 9."

The title track opens with the lines:

Last bus, last seat, last chance to say it,
the driver knows the song, he doesn't play it.
Last bus, last seat, the windows full of rain,
I'll say it on the No. 9 again.

"It's about not saying the thing," Brandt said. "And then saying it too late."

The album was recorded over three weeks in a converted church. They used an old Fender Rhodes they found in the vestry. "It was out of tune. We kept it out of tune," Lee said. "That's the sound."

Streaming numbers are climbing. The single Last Seat has passed two million plays on Spotify, and a fan video of the band playing it on an actual No. 9 bus has been watched 800,000 times on TikTok.

Are they leaving Meridian? "No," said Castillo. "Where would we write about?"

Paper Lanterns play the Roxy on April 18 and 19. Both nights are sold out. A third date has been added for April 20.
"""),

("Coastline Daily", """Weather: record-breaking warmth for March, then a sharp change

Temperatures reached 21.4C at Port Elna on Wednesday, the highest March reading ever recorded at the station, beating the previous record of 20.1C set in 1965.

Several other stations also broke records. Kerrow airport recorded 20.8C. Inland, Ballymore reached 22.0C, though its records go back only to 1991.

Why so warm? A ridge of high pressure drew air up from North Africa and Spain, forecasters said. Clear skies did the rest.

"It felt like June," said Deirdre Nolan, who runs an ice-cream van on the Port Elna promenade. "I sold out of 99s by two o'clock. In March."

It will not last. A cold front will sweep in from the west on Friday, bringing heavy rain, strong winds and a drop of up to 12 degrees. By Sunday, maximum temperatures will be 9C to 11C, with wintry showers possible on high ground.

Here is the forecast for the coming days:

Thursday: Sunny and warm. Highs 18C to 21C. Light southerly winds.
Friday: Rain spreading from the west by midday, heavy at times. Highs 14C, falling later.
Saturday: Blustery showers, some with hail. Highs 10C. Winds gusting 70 km/h on coasts.
Sunday: Cold and bright. Highs 9C to 11C. Frost possible overnight.

Climate scientists cautioned against reading too much into a single warm spell but noted that records are being broken more often. "One record is weather," said Dr. Conor Flanagan of the national university. "A pattern of records is climate."

Gardeners were urged not to plant out tender seedlings yet. "Frost in April is still very possible," Nolan said. "Ask my geraniums."
"""),

("Riverside Gazette", """Obituary: Rev. Dr. Samuel O. Adeyemi, pastor and peacemaker, 1941-2026

The Rev. Dr. Samuel Olusegun Adeyemi, who led Riverside's Holy Trinity Church for 27 years and was known across the town as a quiet negotiator in times of tension, died on March 2. He was 84.

Born in Ibadan, Nigeria, he came to England in 1963 to study theology at Durham. He was ordained in 1968 and served in Leeds and Birmingham before arriving in Riverside in 1983.

He arrived at a difficult moment. The town had seen clashes between young people and police the previous summer, and trust was low. Dr. Adeyemi, as almost everyone called him, began holding Friday evening meetings in the church hall, open to anyone.

"He just put the kettle on and let people talk," recalled former police inspector Gordon Hale. "Sometimes for hours. He never rushed anyone."

Those meetings continued for more than 20 years. In 1999 he was appointed MBE for services to community relations.

He loved cricket, hymns and terrible puns. He once described himself as "a man of the cloth, and most of it tweed".

He retired in 2010 but continued to preach occasionally. His last sermon, in December, was on a favourite text, Micah 6:8: "Do justly, love mercy, walk humbly."

He is survived by:

- his wife of 58 years, Grace;
- three children, Tunde, Folake and Michael;
- seven grandchildren;
- and one great-grandchild, born in January.

A funeral will be held at Holy Trinity Church on Saturday, March 21, at 11 a.m. The family has asked that donations be made to the Riverside Food Bank, which he helped found in 2008.
"""),

("Pinecrest Observer", """Council meeting turns on one word: 'No'

It was the shortest speech of the night, and the one people will remember.

At Monday's Pinecrest town board meeting, during a two-hour public hearing on a proposed gravel mine north of Route 12, more than 40 residents spoke. Most gave detailed objections: truck traffic, dust, noise, groundwater, property values.

Then Eleanor Whitby, 91, walked slowly to the microphone, adjusted it to her height, and said: "No. No. No." She then sat down to a standing ovation.

The applicant, Kessler Aggregates Inc., wants to extract sand and gravel from a 64-acre site on land it bought from a dairy farm in 2022. The company says the mine would operate for about 15 years, employ 12 people and supply material for road projects across the county.

"We understand the concerns, and we've designed this project to address them," said company vice president Thomas Reardon. He said trucks would use a new access road to avoid the village and that the site would be replanted as meadow once mining ends.

Residents were not persuaded. "We have heard 'we understand the concerns' at every mine hearing in this county," said Paul Denning, who lives on Quarry Road. "We understand the concerns too. That's why we're here."

Board member Andre Lyle asked the company for a detailed groundwater study. Supervisor Janet Kowalczyk said the board would keep the hearing open until its April meeting to allow written comments.

Whitby, speaking to the Observer afterward, said she had lived within a mile of the site for 68 years. "Everyone else explained it very well," she said. "I didn't think I needed to add anything. Just the answer."
"""),

("Summit Wire", """Drugmaker's weight-loss pill cuts pounds in trial, shares jump

Shares in Norlund Pharma A/S jumped 9 per cent on Monday after the Danish company said an experimental weight-loss pill, NRL-2207, helped patients lose an average of 13.1 per cent of their body weight over 68 weeks in a late-stage trial.

The Phase 3 study enrolled 3,400 adults with obesity or overweight and at least one related condition, e.g. high blood pressure or type 2 diabetes. Patients taking a placebo lost 2.4 per cent.

The once-daily pill works on the same hormone pathway as injectable drugs such as Wegovy and Zepbound, i.e. the GLP-1 receptor. A pill could be cheaper to make and easier to distribute than injections, which require cold storage.

"Many patients simply prefer a tablet," said Norlund's chief scientific officer, Dr. Mette Kjær. "That matters for people who will take a medicine for years."

The most common side effects were nausea, diarrhoea and vomiting, mostly mild to moderate. About 7 per cent of patients on the drug stopped treatment because of side effects, compared with 3 per cent on placebo.

Independent experts were cautiously positive. "It's not quite as effective as the best injections, but it's in the same league," said Prof. Lionel Hart of the University of Leeds, who was not involved in the study. "The question is price."

Norlund said it would file for approval with the U.S. Food and Drug Administration and the European Medicines Agency before the end of the year. The company did not say how much it would charge.

Full results will be presented at the American Diabetes Association meeting in June and submitted to a peer-reviewed journal.

Norlund's shares (CPH: NRLB) have risen 41 per cent over the past 12 months.
"""),

("Northgate Tribune", """Council apologises after bin collection post goes viral for wrong reasons

Northgate county council has apologised after a social media post announcing changes to bin collections was shared tens of thousands of times, mostly by people mocking it.

The post, published on Monday on the council's X account, read: "From 1 April, grey bins will be collected every three weeks. Blue bins every two. Green bins every other one. Brown bins on request." It was accompanied by a colour-coded diagram that many users said they could not understand.

Within hours, the post had been viewed more than 900,000 times. One user replied with a flowchart that ended in a box marked "Move house". Another asked: "Every other what?"

Councillor Dev Patel, cabinet member for the environment, said on Wednesday that the council "got it wrong". "The message was confusing and the graphic was worse," he said. "We're sorry. We'll do better."

So what is actually changing? In plain English:

1. Grey bins (general waste) will be collected every three weeks, not every two.
2. Blue bins (recycling) will stay at every two weeks.
3. Green bins (food waste) will stay weekly.
4. Brown bins (garden waste) remain a paid, fortnightly service from March to November.

The council says the change will save £1.2 million a year and encourage more recycling. Opposition councillor Helen Marsh said residents should have been consulted. "Three weeks is a long time in August," she said.

Residents can check their collection days at northgate.gov.uk/bins or on the council's app, NorthgateGo.

The diagram has been deleted.
"""),

("Harbor City Ledger", """Photo essay: A night on the 2 a.m. fish market floor

Captions and text by the Ledger photo desk

The Harbor City fish market opens at 2 a.m., six days a week. By sunrise, most of the catch is gone — to restaurants, supermarkets, and trucks heading inland. We spent one night on the floor.

Caption: 1:58 a.m. Forklift driver Manny Osorio moves the first pallets of ice into the auction hall. "Ice first, fish second," he says. "Always."

Caption: 2:15 a.m. Crates of halibut, rockfish and Dungeness crab are laid out in rows. Buyers walk the aisles with flashlights, checking eyes and gills.

The auction itself is fast. An auctioneer calls prices in a rapid chant; buyers signal with a nod or a raised finger. A crate can sell in under ten seconds.

Caption: 2:40 a.m. Auctioneer Bev Marchetti, who has called the sale since 1994, keeps an eye on a row of bidders. "You learn to read eyebrows," she says.

Caption: 3:30 a.m. Restaurant buyer Kenji Watanabe inspects a tuna loin. He buys for six sushi restaurants and says he has not missed a Tuesday in eleven years.

Prices have risen sharply. A pound of Dungeness crab sold for about $6 wholesale five years ago. On the night we visited, it went for $11.

Caption: 4:45 a.m. Cleaner Rosa Pineda hoses down the auction floor. In an hour, it will be spotless. In 21 hours, it will start all over again.

Market manager Leon Park says the market handles about 40 tonnes of seafood a night in peak season. "People see the fish on their plate," he says. "They don't see this."

All photographs by Ledger staff photographer Dana Ruiz.
"""),

("Valley Courier", """Ask the Expert: Is my well water safe to drink after the floods?

Following last month's floods, the Courier has received dozens of questions from readers in rural areas who rely on private wells. We put them to Dr. Lauren Meeks, a groundwater specialist at the state university's cooperative extension office.

My well was underwater for two days. Can I drink from it now?

Not yet. "If floodwater covered the wellhead, assume the well is contaminated until tested," Meeks said. Floodwater can carry bacteria from septic systems and livestock, as well as fuel and pesticides.

How do I get it tested?

The county environmental health department is offering free testing kits until April 30. Pick one up at the county building or at the Oakdale library. Follow the instructions carefully: fill the sterile bottle to the line, do not rinse it, and return it within 24 hours.

What if the test comes back positive?

You will probably need to disinfect the well, a process known as shock chlorination. The county has a step-by-step guide, but Meeks recommends hiring a licensed well contractor if you are unsure. Then test again, two weeks later.

Can I boil the water in the meantime?

Boiling kills bacteria. It does not remove chemicals such as nitrates or fuel, and it can concentrate them. "If you smell fuel, don't drink it, don't boil it, don't cook with it," Meeks said.

My neighbour says her water looks fine. Isn't that enough?

No. "Clear water can still be unsafe," Meeks said. "Looks tell you nothing. Tests tell you everything."

Have a question for a future Ask the Expert? Email ask@valleycourier.com or write to us at 210 Main St., Suite No. 4, Modesto.
"""),

("Lakeshore Examiner", """Poetry slam crowns teenage champion with poem about her grandmother's hands

Sixteen-year-old Amira Haddad won the Lakeshore Youth Poetry Slam on Saturday with a poem about her grandmother, who fled Aleppo in 2013 and now runs a bakery on Queen Street.

The final, held at the Regent Arts Centre, drew about 400 people. Twelve poets aged 13 to 19 competed, each given three minutes and no props.

Haddad's winning piece, titled Dough, was delivered almost in a whisper. It ends:

Her hands say yalla, yalla — come on, hurry,
her hands say bread before the sun,
her hands say Aleppo, her hands say Lakeshore,
her hands say both, and both, and both.

"Yalla" is an Arabic word that means roughly "let's go" or "hurry up". Haddad said her grandmother says it "about two hundred times a day, mostly to me".

The judges — a local novelist, a rapper and a retired English teacher — gave the poem perfect scores. "She trusted the quiet," said judge Marcus "MC Mapleleaf" Dunn. "That takes nerve at sixteen."

Second place went to 18-year-old Jordan Flett for a poem about working the night shift at a gas station. Third went to 14-year-old Lily Tran, whose poem about her little brother's hamster brought the biggest laugh of the night.

Haddad's grandmother, Samira, was in the front row. Asked what she thought, she said, through her granddaughter: "I didn't understand all the English. But I understood her."

Haddad will represent Lakeshore at the national youth slam in Ottawa in May. She plans to perform Dough again. "Maybe a little louder," she said.
"""),
]
