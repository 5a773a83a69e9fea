ARTICLES = [
("Straits Commerce Review", """Malaysian small sellers turn to TikTok Shop and WhatsApp as mall rents bite

KUALA LUMPUR — Three years ago, Nurul Huda Zainal sold her batik scarves from a kiosk in a Petaling Jaya mall, paying 3,800 ringgit a month in rent. Today she sells almost entirely through TikTok Shop, Shopee and a WhatsApp Business catalogue, from a spare room in her flat in Shah Alam.

"My rent is zero. My sales are double," she said. "But I work every night until 1 a.m. doing livestreams. Nobody tells you that part."

Her path has become common among Malaysia's small retailers. A survey of 1,200 micro, small and medium-sized enterprises (MSMEs) published last month by a national SME association found that 58 percent now earned more than half their revenue online, up from 31 percent in 2021.

Livestream selling has driven much of the growth. TikTok Shop, which relaunched in Malaysia in 2023, says it now has more than 200,000 local sellers. Sellers typically pay a commission of 5 to 9 percent, plus payment processing fees.

Payments have shifted too. Nurul Huda accepts DuitNow QR, Touch 'n Go eWallet, credit cards and, for overseas buyers in Singapore and Brunei, PayPal. About 7 percent of her orders come from outside Malaysia.

Physical retail has not disappeared. Large chains, including McDonald's, KFC and several supermarket groups, continue to open outlets in new suburban malls, and mall operators say occupancy has recovered to about 88 percent. But smaller independent tenants have been squeezed by rents that rose faster than sales.

"For a big brand, a mall is marketing. For a one-person business, it's a fixed cost that can kill you," said Dr. Lim Wai Kheong, a retail economist at a private university in Selangor.

Some sellers are moving back offline in a different form. Pop-up markets, where vendors rent a table for a weekend, have multiplied in the Klang Valley. Nurul Huda does one a month. "People still want to touch the fabric," she said.

Regulators are watching. Malaysia's consumer affairs ministry said it had received 4,100 complaints about online purchases in the first half of the year, most about items not delivered or not matching their description, and is consulting on rules that would make platforms share responsibility for refunds.

For now, Nurul Huda's biggest worry is the algorithm. "One week my live gets 20,000 views. Next week, 800. Same scarves, same me," she said. "You never know why."

She plans to hire her first employee, a part-time packer, in January."""),

("Arts Quarter", """Eastport names harbour-born poet Marisa Quintal its first poet laureate

Eastport has named Marisa Quintal, a poet and former ferry deckhand, as the city's first poet laureate, a two-year post that comes with a $15,000 honorarium and a mandate to bring poetry into public life.

Quintal, 52, was chosen from 38 nominees by a panel of writers, librarians and a high school student. She has published four collections, the most recent of which, Slack Water, was shortlisted for a national poetry award last year.

"I spent 11 years on the Eastport-Dunmore ferry. Eleven years of listening to people talk when they thought nobody was writing it down," she said at a ceremony at the central library on Thursday. "Most of my poems started on that deck."

At the ceremony, she read a short poem written for the occasion, titled Civic:

This city was built by people
who did not expect to be remembered,
who poured the footings,
who swept the stairs,
who waited for the 6:15
and were there.

The poem drew a standing ovation from about 200 people, including Mayor Oliver Dunbar-Nkemelu, who said he had "never before been moved to tears in a library."

As laureate, Quintal will write poems for civic occasions, visit schools and run free workshops at library branches. She has also proposed putting short poems by residents on the city's buses and ferries, an idea she borrowed from transit poetry programs elsewhere.

The city's arts council said the program would cost about $40,000 a year, including the honorarium, events and printing.

Quintal grew up in the city's North End, the daughter of a Portuguese fisherman and a hospital cleaner. She began writing seriously in her 30s, after a back injury ended her work at sea.

Asked what she hoped to achieve, she paused for a long time.

"I want somebody who has never read a poem in their life to see one on a bus, on a bad day, and feel less alone," she said. "That's it. That's the whole job."

Her first public workshop will be held at the North End branch library on Jan. 11. Registration is free and opens next week."""),

("The Port Alder Ledger", """Transit strike enters second week as talks resume; riders, drivers and city trade blame

Port Alder's bus strike entered its second week on Monday with no service on the city's 11 routes, as the union and the regional transit authority returned to the bargaining table for the first time since drivers walked out.

About 290 drivers, mechanics and cleaners, represented by the regional transit workers' union, went on strike on Nov. 3 after rejecting an offer of 11 per cent in wage increases over three years. The union is seeking 16 per cent, along with changes to split shifts and washroom access on routes.

"Our members are driving 10-hour days with a four-hour unpaid gap in the middle. That's not a life," said union local president Dennis Fairholm. "We're not going back for a deal that doesn't fix it."

The authority says the union's demands would add about $9 million a year to operating costs. "We have made a fair offer that is in line with other settlements in the province," said authority chief executive Lorraine Haddad-Kerr. "We want buses back on the road. We also have to be responsible with public money."

Riders said they were running out of options. Emma Tsang, 19, a first-year nursing student, said she was spending about $30 a day on ride-hailing to get to clinical placements at the hospital. "I can do that for a week. I can't do it for a month," she said.

Roberto Alvarez, 71, who uses a walker, said he had missed two medical appointments. "My daughter works. My neighbours work. The bus was my independence," he said.

Mayor Deborah Kwan-Hollis, who does not sit at the table, urged both sides to reach a deal. "Every day this continues, the people who are hurt most are the people with the fewest choices," she said.

Business groups said downtown retailers had seen foot traffic fall. The downtown business association estimated sales were down 12 to 15 per cent compared with the same period last year.

The province's labour minister said she had no plans to intervene but would appoint a mediator if either party requested one. Neither has.

HandyDART service for people with disabilities, operated by a separate contractor, is not affected.

Talks are scheduled to continue Tuesday and Wednesday. Both sides said they would not comment on the substance of negotiations while talks are under way."""),

("Pacific Rim Wire", """WHO, DOH launch dengue vaccine pilot in 12 Philippine LGUs

MANILA (PRW) — The Department of Health (DOH) and the World Health Organization (WHO) on Tuesday launched a pilot program to vaccinate children aged 10 to 14 against dengue in 12 local government units (LGUs), the first public dengue vaccination in the country since a controversial program was halted in 2017.

The pilot will use a two-dose vaccine that received approval from the Philippine Food and Drug Administration (FDA) last year, after trials showing about 80 percent efficacy against dengue illness and roughly 90 percent against hospitalization over four and a half years.

About 180,000 children are expected to be vaccinated in schools and health centres in the National Capital Region (NCR), Central Luzon, Western Visayas and Northern Mindanao. Vaccination requires written consent from a parent or guardian.

Health Secretary Dr. Rafael Domingo-Sy, M.D., M.P.H., said the department had "learned hard lessons" from the earlier program, in which a different vaccine was withdrawn after its manufacturer said it could increase the risk of severe disease in people never before infected. Public confidence in vaccines fell sharply afterwards.

"We will be transparent at every step: the data, the side-effects, all of it," he said.

WHO country representative Dr. Annelie Haugland, Ph.D., said the newer vaccine did not require pre-vaccination screening for prior infection, i.e., it could be given without a blood test, which makes school-based delivery practical.

The pilot includes:

- active monitoring of adverse events following immunization (AEFI) for 12 months;
- a help line and an SMS reporting system for parents;
- an independent data safety monitoring board reporting to both the DOH and the WHO.

Dengue cases in the Philippines reached about 280,000 last year, with roughly 800 deaths, according to DOH surveillance data. Cases typically peak from July to October, during the rainy season.

Public health experts welcomed the pilot but said vaccination must go alongside mosquito control, e.g., removing standing water where Aedes mosquitoes breed. "A vaccine is one tool. It is not the whole toolbox," said Dr. Lourdes Tan-Abad of a university college of public health in Manila.

Results of the pilot will be used to decide whether to expand vaccination nationwide from 2027. The DOH said the vaccine cost about US$19 per dose under a procurement agreement with the manufacturer and a UN agency."""),

("The Port Alder Ledger", """City expands e-scooter pilot to waterfront, adds curbside parking corrals

Port Alder will expand its shared e-scooter pilot to the waterfront and two more neighbourhoods next spring, and will paint 60 new parking corrals on streets to keep scooters off sidewalks, council decided Monday.

The pilot, which began in May with 300 scooters operated by two companies, recorded about 214,000 trips by the end of October, with an average trip length of 2.3 kilometres. About 27 per cent of trips started or ended within 200 metres of a bus stop, suggesting many riders used scooters to get to transit.

Under the expansion, the number of scooters will rise to 550 and the service area will grow to include the Harbourfront boardwalk, the Cedar Flats neighbourhood and the university campus. Scooters will be speed-limited to 15 km/h on the boardwalk and along the seawall, using GPS-based geofencing.

"People are using these for real trips, not just joyrides," said transportation manager Olufemi Vance. "The biggest complaint we've had is scooters left in the middle of the sidewalk, and corrals are the fix for that."

The corrals will be painted in curbside parking spaces near intersections, where they also improve sightlines for pedestrians. Riders who end a trip outside a corral in the downtown core will be charged a $5 fee by the operators.

Accessibility advocates said the city needed to go further. Lena Marchand-Obi, who is blind and chairs the city's accessibility advisory committee, said she had tripped over scooters twice this summer. "A corral every few blocks is good. Enforcement is better," she said.

Emergency room physicians have also raised concerns about injuries. Port Alder General Hospital treated 74 people for e-scooter-related injuries between May and September, including 11 with head injuries. Helmets are required by provincial law but are not supplied by the operators.

The city collects a fee of 10 cents per trip from the operators, which raised about $21,400 during the first season. That money will fund the corrals, signage and a part-time bylaw officer.

The pilot runs until the end of 2026, when council will decide whether to make the program permanent. The city is also studying a bike-share system and will consider proposals alongside the scooter review.

Council also asked staff to report on allowing privately owned e-scooters in bike lanes, which is currently prohibited under a city bylaw."""),

("HealthWatch Canada", """New Brunswick border towns push for cross-province ambulance deal

A group of mayors from towns along the Quebec-New Brunswick border is pressing both provinces for an agreement that would let the closest ambulance respond to an emergency regardless of which side of the boundary it is based on.

Under current rules, ambulances in each province generally respond only within their own province, except in mass-casualty events. The mayors say that can add 20 minutes or more to response times in communities where the nearest station is across the line.

"Une crise cardiaque ne s'arrête pas à la frontière provinciale," said Mayor Josée Arsenault-LeBlanc of Saint-Rémi-de-Restigouche, who leads the group. "A heart attack doesn't stop at the provincial border."

The group cites the case of a 58-year-old man in a border village who waited 31 minutes for an ambulance in February, while a Quebec ambulance was stationed 9 kilometres away. The man survived but spent two weeks in intensive care.

Paramedic services in both provinces have said they support the idea in principle, but that issues of licensing, insurance, billing and radio communications need to be resolved. Paramedics are licensed provincially, and the two provinces use different dispatch systems.

Dr. Martin Thériault, an emergency physician at a regional hospital in the area, said similar agreements existed elsewhere in Canada and between Canadian provinces and neighbouring U.S. states. "This has been solved before. It is a question of political will, not of medicine," he said.

The New Brunswick health department said in a statement it was "open to discussions" and had met Quebec counterparts in October. Quebec's health ministry said officials were "analysing the proposal."

Arsenault-LeBlanc said residents were frustrated with the pace. At a public meeting last week, she told about 150 people, most of them francophone: "On ne demande pas la lune. On demande que l'ambulance la plus proche vienne." (We're not asking for the moon. We're asking for the closest ambulance to come.)

The group has collected 6,300 signatures on a petition and plans to present it to both legislatures in the new year.

In the meantime, two of the towns have trained 40 volunteer first responders and installed 18 public-access defibrillators, funded through a regional foundation."""),

("Mindanao Morning Post", """Cagayan de Oro Kingfishers rally past Davao Eagles, 94-88

CAGAYAN DE ORO — Guard Jaypee Macaraya scored 12 of his game-high 31 points in the fourth quarter as the Cagayan de Oro Kingfishers came back from 14 points down to beat the Davao Eagles, 94-88, in the Mindanao Basketball League on Saturday night.

The win, in front of 4,800 fans at the city's sports complex, lifted the Kingfishers to 9-3, a half-game behind the league-leading Zamboanga Marlins.

Davao led 71-57 with 2:40 left in the third quarter before the Kingfishers went on an 18-2 run spanning the break, capped by back-to-back three-pointers from Macaraya and forward Rhenz Dumaguing.

"At halftime I told them: either we defend or we go home embarrassed," said Kingfishers coach Bong Villareal-Chua. "They chose to defend."

The scores:

CAGAYAN DE ORO 94 — Macaraya 31, Dumaguing 17, Abellana 14, Okoro 12, Pacquing 8, Lim 6, Ramos 4, Sabado 2.
DAVAO 88 — Estrada 24, Mendoza 19, Ugwu 15, Laput 11, Cabahug 9, Dizon 6, Arcilla 4.
Quarters: 20-24, 38-49, 64-71, 94-88.

Davao import Chinedu Ugwu had 15 points and 16 rebounds but fouled out with 3:05 remaining, and the Eagles scored only six points after he left.

Eagles coach Randy Estrella was blunt. "We stopped moving the ball. We stood and watched," he said. "You can't do that on the road."

Macaraya, 24, in his second season, is averaging 22.6 points per game, second in the league. He shot 11 of 19 from the field and 5 of 8 from three-point range.

Other results:

Zamboanga 101, General Santos 79
Iligan 85, Butuan 83 (OT)
Cotabato 77, Surigao 72

The league, now in its third season, has 10 teams and plays a 20-game regular season, with the top six advancing to the playoffs. Attendance is up 19 percent this season, according to league figures.

The Kingfishers host Zamboanga next Saturday in what could be a battle for first place. Tickets go on sale Monday at the sports complex box office, priced from 150 to 800 pesos."""),

("The Greyridge Gazette", """Q&A: Mayor Achterberg-Lui on taxes, housing and the arena

Greyridge Mayor Rosalind Achterberg-Lui is halfway through her first term. The Gazette sat down with her at town hall this week. Her answers have been edited for length.

You promised to keep tax increases at or below inflation. This year's is 3.9 per cent. Did you break that promise?

Yes. I'll own it. Inflation was lower than I expected and our costs were higher.

What drove the costs?

Fire, policing and roads. Those three are 61 per cent of the budget.

Residents say the town isn't building enough housing. Do you agree?

Partly. We approved 212 units last year, which is a record. It's still not enough.

What's stopping more?

Sewer capacity. The treatment plant is at 87 per cent. We can't approve a big subdivision until it's expanded.

When will that happen?

Construction starts in 2027 if the provincial grant comes through. We'll know in March.

And if it doesn't?

Then we borrow, and taxes go up. I won't pretend otherwise.

The Memorial Arena ice plant was deferred another year. Is that safe?

Yes. It passed inspection. Staff wouldn't have recommended it otherwise.

Would you support a new arena?

Eventually. Not this term.

What's the best thing council has done so far?

Sunday library hours. Small thing, huge response.

And the worst?

The snow-clearing contract mess was before my time, but we're still cleaning it up. Procurement reform took too long.

Are you running again in 2026?

I haven't decided. Ask me in the spring.

What do you do to get away from the job?

I swim. Early, at the aquatic centre, before anyone can find me. It doesn't always work.

Last question. What's one thing people don't know about Greyridge town hall?

That the staff are better than people think. We have 140 employees and most of them could earn more in the city. They stay because they live here."""),

("Northern Courts Reporter", """Judge excludes phone evidence, citing unreasonable search at border crossing

A provincial court judge has excluded evidence found on a traveller's phone at a land border crossing, ruling that an officer's search of the device breached the man's right to be secure against unreasonable search or seizure under s. 8 of the Canadian Charter of Rights and Freedoms.

In R. v. Dhaliwal-Kent, 2025 PAPC 214, Judge Eleanor Mwangi found that the officer had no objective basis to suspect a customs offence when she asked the accused, a 34-year-old truck driver, to unlock his phone during a routine secondary inspection in March 2024.

The search uncovered messages that the Crown alleged showed the man had arranged to import undeclared firearm parts. He was charged with two counts under the Customs Act and one under the Criminal Code.

Mwangi relied on R. v. Canfield, 2020 ABCA 383, in which the Alberta Court of Appeal held that the search of personal digital devices at the border must have a threshold of reasonable suspicion, and on the Supreme Court of Canada's statement in R. v. Fearon, 2014 SCC 77, at para. 51, that searches of cell phones may implicate "significant privacy interests."

Parliament has since amended the Customs Act to address the issue, but the amendments were not in force at the time of the search, the judge noted.

Applying the test in R. v. Grant, 2009 SCC 32, Mwangi found that admitting the evidence would bring the administration of justice into disrepute. She said the breach was "serious," noting that the officer had scrolled through messages, photos and banking apps for about 25 minutes.

"The contents of a modern phone are not luggage," she wrote. "They are, for many people, a record of their entire private life."

Without the phone evidence, the Crown called no further case on the firearm parts charges, and the accused was acquitted on all three counts.

Defence lawyer Simran Okoye-Park said the ruling reaffirmed that "the border is not a Charter-free zone." The Public Prosecution Service of Canada said it was reviewing the decision.

The Canada Border Services Agency said in a statement that officers receive training on the examination of digital devices and that its policies had been updated in line with recent legislative changes.

The accused has been released without conditions."""),

("Prairie Tech Journal", """Winnipeg school division bets on Chromebooks, Wi-Fi 7 and eSIM hotspots in $11M refresh

The Red River East School Division will replace about 9,400 student laptops and upgrade wireless networks in all 38 of its schools under an $11.2-million technology refresh approved by its board this week.

Students in Grades 4 to 12 will receive Chromebooks with USB-C charging and a minimum of eight hours of battery life, replacing devices bought during the pandemic in 2020 and 2021. Teachers will be able to choose between Windows laptops and MacBook Air models running macOS.

Chief technology officer Darius Mohammadi-Lowe said about a third of the current devices had cracked screens, failing batteries or broken keyboards. "We bought fast in 2020 because we had to. A lot of those machines were never meant to last five years," he said.

The network upgrade will install Wi-Fi 7 access points in classrooms, gyms and libraries. The division says current networks struggle when a full class streams YouTube videos or joins a video call at the same time.

The refresh also includes 600 mobile hotspots with eSIM cards that students without home internet can borrow. A division survey found that about 8 per cent of families lacked reliable broadband, rising to 19 per cent in two rural schools.

Devices will be managed through Google Workspace for Education, with content filtering and parental controls. The division will not allow students to install apps from outside an approved list, which includes Canva, Khan Academy and a French-language reading platform.

Some parents have questioned the amount of screen time in classrooms. Parent council chair Joanne Tremblay-Osei said she wanted clear rules on device use in younger grades. "A laptop is a tool. It shouldn't be the whole day," she said.

The board also approved a policy limiting personal cellphone use in classrooms, in line with a provincial directive, and asked staff to report on how artificial intelligence tools such as ChatGPT and Gemini are being used by students and teachers.

Mohammadi-Lowe said the division would recycle old devices through a certified e-waste processor and donate some working units to community groups.

The division has also posted job listings on LinkedIn for two network technicians to support the rollout, which begins in February and is scheduled to finish by September."""),

("Cape Coast Courier", """The last boatbuilder on Elmina beach

ELMINA, Ghana — Kofi Annan-Quaye learned to build canoes from his father, who learned from his father. Three generations. One beach. Now, he says, it ends with him.

He is 64. His sons work in Accra, one as a bank clerk, one as a mobile phone technician. Neither wants the trade.

"I don't blame them," he said, running a hand along the hull of a 14-metre canoe he has been shaping for two months from a single trunk of wawa wood. "This work is hard. The money is small. And the fish are going."

Forty years ago, about a dozen master builders worked on this stretch of sand near the old castle. Now there is one.

The reasons are familiar along the coast. Catches of small pelagic fish such as sardinella have collapsed, in part because of overfishing by industrial trawlers, according to fisheries researchers. Timber suitable for large canoes has become scarce and expensive. A trunk that cost 800 cedis in 2010 now costs more than 9,000.

Then there is fibreglass. Factory-made boats are lighter, cheaper to maintain and faster to buy. Annan-Quaye's canoes take two to three months to build and sell for about 35,000 cedis, without an engine.

Still, some fishermen prefer wood. "Fibreglass is like plastic plate. Wood is like a mother," said Ebo Mensah, 52, who has fished from one of Annan-Quaye's canoes for 17 years. "It holds you."

Not for much longer, perhaps.

Ghana's fisheries ministry has introduced closed seasons for artisanal and industrial fishing since 2019 to allow stocks to recover, and has promised support for fishing communities. Fishermen's associations say the support has been too little and too late.

Annan-Quaye has trained two apprentices, both in their twenties. One left last year to ride a motorbike taxi. The other, Yaw Bentum, 23, still comes most mornings.

"He is good. Patient," Annan-Quaye said. "But patience does not pay rent."

Bentum shrugged. "Maybe I will build boats. Maybe I will build houses. Maybe both," he said.

By late afternoon, the sun was low over the water and the old man was still working, a short adze in his hand, the wood curling away in pale strips.

Another month, he said. Then the boat goes to sea."""),

("Frontier Science Review", """Nitrate levels in Prairie farm wells fall after fertilizer program, survey finds

Nitrate concentrations in private drinking-water wells in a heavily farmed area of southern Manitoba have fallen by about a quarter over six years, a period in which many local farmers adopted precision fertilizer practices, according to a government-funded survey released this week.

Researchers sampled the same 186 wells in 2018 and again in 2024. The median nitrate concentration, measured as nitrate-nitrogen (NO3-N), fell from 6.8 milligrams per litre to 5.1 mg/L. The share of wells exceeding the Canadian drinking water guideline of 10 mg/L fell from 21 percent to 13 percent.

Results by well depth (2018 median, 2024 median, wells above guideline in 2024):

Shallow, under 15 m: 9.4 mg/L, 7.0 mg/L, 22 percent
Medium, 15 to 30 m: 5.9 mg/L, 4.6 mg/L, 10 percent
Deep, over 30 m: 1.2 mg/L, 1.1 mg/L, 2 percent

"The shallow wells are where we see the change, which is what you would expect if less nitrogen is leaching from the surface," said lead author Dr. Priscilla Van Houten-Abara, a hydrogeologist.

The survey also measured pH, which ranged from 6.9 to 8.2, and electrical conductivity, which was broadly unchanged. Eleven wells tested positive for E. coli, mostly shallow dug wells near livestock operations. Owners were notified and advised to shock-chlorinate.

Over the same period, about 60 percent of farms in the study area enrolled in a provincial program offering cost-sharing for soil testing, variable-rate application and split nitrogen applications. Participating farms reported an average 14 percent reduction in nitrogen fertilizer use per acre.

The authors cautioned that the survey could not prove the program caused the decline. Weather, crop rotations and changes in livestock numbers could also have played a role. Nitrate can take years or decades to move through groundwater, so some of today's readings reflect practices from well before 2018.

"We'd love to say it's all down to farmers changing what they do. The honest answer is: probably partly," said co-author Dr. Henrik Lindqvist.

High nitrate levels in drinking water are a particular risk for infants under six months, in whom they can cause methemoglobinemia, sometimes called blue baby syndrome.

The province recommends that owners of private wells test for nitrate and bacteria at least once a year. Testing kits are available free at regional health offices."""),
]
