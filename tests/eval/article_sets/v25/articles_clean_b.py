ARTICLES = [
("Manila Port Chronicle", """PPA orders shorter truck queues at Manila North Harbor after week of gridlock

MANILA — The Philippine Ports Authority (PPA) has ordered terminal operators at Manila North Harbor to cut truck waiting times to under three hours, after a week of gridlock on Radial Road 10 left container trucks stuck for up to 14 hours.

In a memorandum circular issued on Monday, PPA general manager Atty. Rodolfo Santiago said operators that fail to meet the target could face fines of up to P500,000 a day. The order also requires operators to publish real-time gate queue data online.

The congestion began after two domestic shipping lines added weekly calls from Cagayan de Oro and Iloilo, pushing North Harbor close to its yard capacity of about 2.5 million twenty-foot equivalent units (TEU). Truckers also blamed road repairs by the Department of Public Works and Highways (DPWH) near the Tondo flyover.

At a truck stop on Capulong Street, drivers described long nights in their cabs. "Dalawang araw na akong hindi nakauwi. Hindi ko na nakikita ang mga anak ko," said driver Eduardo Pascual, 47. "I haven't been home for two days. I don't see my children anymore."

The Confederation of Truckers Association of the Philippines (CTAP) said its members were losing about P6,000 a trip in fuel and wages. CTAP president Maria Teresa Lim called the PPA order "overdue but welcome."

Terminal operator Manila North Harbour Port Inc. (MNHPI) said it would open a second gate and extend hours to 24/7 from next week. "We accept the targets. We'll meet them," said MNHPI chief operating officer Jerome Salonga.

Residents of Barangay 105 in Tondo, where trucks park along the streets overnight, said the traffic had made it hard for children to get to school. "They block the sidewalk, they block the chapel," said barangay kagawad Nora Dizon. "We need the port. We also need to breathe."

The Metropolitan Manila Development Authority (MMDA) said it would deploy 40 traffic enforcers to the area during peak hours. The PPA will review compliance with the order after 30 days.
"""),

("Top End Times", """What's open and what's closed as Cyclone Lenore nears the Top End

DARWIN — Ports, schools and roads across the northern Top End are closing ahead of Tropical Cyclone Lenore, which the Bureau of Meteorology (BoM) expects to cross the coast between Maningrida and Goulburn Island as a category 3 system on Wednesday night.

Darwin Port harbour master Capt. Mei-Lin Forsyth ordered all commercial vessels to leave East Arm Wharf and Fort Hill Wharf by 6 p.m. Tuesday. Two offshore supply ships and a livestock carrier were sent to sea to ride out the storm. "Ships are safer at sea than tied up against concrete in a cyclone," she said.

Closed from Tuesday:
• Darwin Port: all berths, until further notice
• Schools in Maningrida, Warruwi, Gunbalanya and Jabiru
• Arnhem Highway east of Kakadu's South Alligator bridge
• Fishing and charter boat ramps at Cullen Bay and Dinah Beach

Open for now:
• Darwin International Airport, with some cancellations
• Royal Darwin Hospital and Palmerston Regional Hospital
• Public cyclone shelters in Darwin and Palmerston, opening at 4 p.m. Tuesday

BoM senior forecaster Jake Okonkwo said wind gusts of up to 200 km/h were possible near the core, with heavy rain and flooding likely across western Arnhem Land. "This is a serious system. If you are in the warning zone, finish your preparations today," he said.

Residents in Darwin's northern suburbs were taping windows and filling water containers. "You never get used to it. You just get quicker at the shopping," said Nightcliff resident Mara Papadopoulos, loading her car with tinned food.

Fishing crews at Dinah Beach spent Monday doubling mooring lines and stripping boats of loose gear. "Fifteen years, four cyclones," said barramundi fisher Wade Kelly. "Tie everything down, then tie it down again."

The NT Emergency Service said the cyclone could affect about 4,000 people in remote communities. Evacuation flights from Warruwi were under way on Monday afternoon.

Updates are available from the BoM and from SecureNT, the government's emergency information website.
"""),

("Nusantara Freight Weekly", """Patimban port draws first car carrier service from Japan

SUBANG, West Java — The new Patimban port on Java's north coast received its first regular car carrier service from Japan this week, as automakers look for an alternative to Jakarta's crowded Tanjung Priok.

The 7,000-unit vessel unloaded about 2,100 vehicles and loaded 1,800 locally assembled cars for export to the Philippines and Vietnam. Japanese and Indonesian officials attended a ceremony on the quay on Tuesday.

Patimban, about 140 kilometres east of Jakarta, was built with Japanese government loans and opened in stages from 2021. It is close to the Karawang and Purwakarta industrial zones, where many car plants are located.

"Dengan Patimban, waktu tempuh dari pabrik ke kapal bisa dipangkas sampai setengahnya," said Transport Ministry director general Heru Prasetyo. "With Patimban, travel time from factory to ship can be cut by up to half."

The port's car terminal can currently handle about 600,000 vehicles a year. Operator PT Patimban Gerbang Nusantara (PGN) says it will expand capacity to one million units by 2027.

Automakers said Tanjung Priok's congestion had become a major cost. "Our trucks spend four hours on the toll road to Priok. To Patimban it is under two," said Rina Kusumawati, logistics manager at a Karawang car plant.

The port also faces challenges. The access toll road connecting Patimban to the Cipali toll road is not yet finished, and some shipping lines say there is not enough cargo yet to justify weekly calls.

Local fishermen in Pusakanagara, near the port, said the construction had affected their catch. "Our fishing ground became a port," said fisherman Darmin, 50, who like many Indonesians uses a single name. "They gave training, but I am too old for a new job."

PGN said it had provided boats and training for 400 fishermen and would continue community programmes. The government expects Patimban to eventually handle 7.5 million twenty-foot equivalent units (TEU) of containers as well as vehicles.
"""),

("Southern Cross Sports Desk", """Tasmania collapse hands Queensland Shield win at the Gabba

BRISBANE — Queensland beat Tasmania by 137 runs at the Gabba on Sunday to move to the top of the Sheffield Shield table, after the visitors lost their last seven wickets for 41 runs on the final morning.

Set 318 to win, Tasmania resumed on 2/98 and looked comfortable until fast bowler Harry Wainwright removed opener Josh Quill lbw for 61 with the third ball of the day. Wainwright finished with 5/38, his best figures in first-class cricket.

"I just tried to hit the deck hard. The pitch did the rest," said Wainwright, 23, who grew up in Gladstone and works part-time as a boilermaker at the port. "Mum will be happy. Dad will say I bowled too many short ones."

Scores in brief:
Queensland 312 (Sam Blackwood 104, Nick Fernandes 67; Tom Reilly 4/71) and 8/255 dec (Blackwood 88)
Tasmania 250 (Josh Quill 92; Ben Kowalski 3/44) and 181 (Quill 61, Mitch Aherne 40; Harry Wainwright 5/38, Kowalski 2/29)
Queensland won by 137 runs. Player of the match: Sam Blackwood.

Blackwood's match haul of 192 runs followed his century against Victoria last month and puts him in contention for a Test recall. "I'm not thinking about that," he said. "Okay, maybe a little."

Tasmania captain Jordan Levitt said his batters had been "too passive." "We got stuck. Didn't rotate strike. Then one wicket became three," he said. "Disappointing."

Tasmanian tailender Ollie Pratt was dismissed c & b for a duck, diving forward to a return catch from Kowalski that drew applause from the small crowd.

Queensland coach Andy Morrison said the team would rest Wainwright for the one-day match against South Australia on Wednesday. "He's bowled 38 overs in this game. He needs a break," he said.

The Shield resumes next week, with Queensland hosting New South Wales at the Gabba from Thursday.
"""),

("Pacific Freight Review", """Q&A: An ILWU dispatcher on automation, hiring and the next contract

VANCOUVER — Marisol Dhaliwal has worked the dispatch hall of ILWU Local 500 in Vancouver for 19 years, assigning longshore workers to ships, terminals and grain elevators. With bargaining for a new coast-wide agreement due to start next year, she spoke to the Review. Her answers have been condensed.

Q: How many workers do you dispatch on a busy day?
A: Around 1,400. On a slow day, maybe 900.

Q: What makes a day busy?
A: Ships. Grain, potash, containers. Three car carriers on the same morning will do it.

Q: Is automation coming to Vancouver terminals?
A: Some of it is already here. Remote cranes at one terminal, automated gates at most.

Q: Does that worry members?
A: Of course. Every job you automate is a family somewhere.

Q: Will it be the main issue in bargaining?
A: One of them. Pensions and scheduling too.

Q: Who is joining the hall these days?
A: Younger people, more women, lots of new Canadians. We had 62 per cent of new casuals last year from families with no longshore history.

Q: That's a change?
A: Huge. When I started, you got in because your uncle was a longshoreman.

Q: What's the hardest part of dispatch?
A: Telling someone there's no work tonight.

Q: And the best?
A: Telling them there is.

Q: Any advice for a 20-year-old thinking about the waterfront?
A: Get your forklift ticket. Show up. Be patient. It's a good life if you can wait for it.

The current agreement between the ILWU Canada and the BC Maritime Employers Association expires on March 31, 2027. The last round of bargaining in 2023 led to a 13-day strike that halted cargo at more than 30 West Coast ports. Dhaliwal said she hoped for a deal without disruption. "Nobody on the dock wants a strike," she said. "But nobody wants to be pushed around either."
"""),

("Island Law Bulletin", """Tribunal orders port to pay $64,000 to worker fired after injury report

VANCOUVER — The B.C. Human Rights Tribunal has ordered a Fraser River terminal operator to pay $64,000 to a former equipment operator who was dismissed weeks after reporting a back injury, finding that his disability was a factor in the decision.

The decision, Ramos v. Riverside Bulk Terminals Ltd., 2025 BCHRT 88, was released on Tuesday.

Background

Julio Ramos, 46, worked as a front-end loader operator at the company's Surrey terminal for nine years. In March 2022, he reported lower back pain after a shift and went on a modified duties program under WorkSafeBC. Five weeks later, he was terminated for what the company called "performance issues" relating to two incidents in 2020.

Findings

Tribunal member Deborah Ashworth found that the earlier incidents had not led to any discipline at the time and that the company had not raised them until after the injury report. "The timing is telling," she wrote. "The respondent has not persuaded me that the injury played no part."

She cited Moore v. British Columbia (Education), 2012 SCC 61, which sets out the test for discrimination, and the Human Rights Code, R.S.B.C. 1996, c. 210, s. 13.

Remedy

The award includes $38,000 in lost wages and $26,000 for injury to dignity, feelings and self-respect. The company must also provide training on disability accommodation to managers within six months.

Ramos said he felt vindicated. "I gave that place nine years. I wanted them to admit they were wrong. Now somebody has said it," he said.

Riverside Bulk Terminals said it was disappointed and was reviewing the decision. It may apply for judicial review in B.C. Supreme Court within 60 days.

Employment lawyer Navdeep Sohi, who was not involved in the case, said the ruling was a reminder to employers on the waterfront, where injuries are common. "If you've never raised a performance issue in two years, and then you raise it a month after a WorkSafe claim, you'd better have a very good explanation."
"""),

("The Granville Review", """Review: Harbour Lights' new album is a love letter to working waterfronts

Harbour Lights, the four-piece folk band from Prince Rupert, have never been shy about where they come from. Their third album, "Tidewater," released on Friday on Bandcamp and all the usual streaming services, leans into it harder than ever: 11 songs about cannery shifts, grain ships and the wind off Hecate Strait.

Singer Tanis Olafsen, who worked summers at the Port Edward cannery as a teenager, writes with an eye for detail that most songwriters lack. On the opening track, "Night Shift at Ridley," she sings:

The conveyor hums like a tired old dog,
And the ship takes grain through the rain and fog,
I count the cars till the sky goes grey,
Thirty-one dollars an hour, and another day.

It's not poetry in the classical sense. It's better. It's a job description set to a tune.

The band first found an audience on YouTube in 2020, when a video of them playing on the deck of a seiner got two million views. Since then they've built a following on SoundCloud and Instagram, where guitarist Dev Nakamura posts clips from rehearsals in a converted net loft.

The standout track is "Mother of Pearl," a slow ballad about Olafsen's grandmother, a Haida cannery worker. The arrangement is sparse: fiddle, acoustic guitar, and a single cello. Olafsen's voice cracks on the last line, and they left it in.

Not every song lands. "Container Blues" is a little too cute, and the rhyming of "TEU" with "me and you" will make some listeners groan. But the album's heart is in the right place, and its ear for the rhythms of work is rare.

The band launches a cross-Canada tour in Prince Rupert on March 21, with stops in Vancouver, Calgary, Winnipeg, Thunder Bay, Halifax and St. John's. Tickets for the Vancouver show at the Rickshaw Theatre are $28.

Rating: four stars out of five.
"""),

("Coral Coast Business Daily", """Quayline, Dalrymple shares rise as Port Botany congestion eases

SYDNEY — Shares in stevedoring and logistics companies rose on the ASX on Tuesday after figures showed that truck turnaround times at Port Botany had fallen to their lowest level in three years.

Quayline Holdings (ASX: QLH) gained 2.4 per cent to $4.11, while shares in port infrastructure investor Dalrymple Ports Group (ASX: DPG) rose 1.8 per cent. The benchmark S&P/ASX 200 was flat.

Data from the NSW Ports Authority showed average truck turnaround time at the port's three container terminals fell to 41 minutes in February, down from 68 minutes a year earlier. Vessel delays, measured as time waiting for a berth, fell to an average of 9 hours, from 31 hours.

"The Red Sea diversions caused a lot of bunching last year. Ships are arriving on schedule again, and the terminals are catching up," said Lucas Theodorou, a transport analyst at Meridian Capital in Melbourne.

Terminal operators have also added automated gates and expanded rail links to the Enfield and Moorebank intermodal terminals in western Sydney. About 18 per cent of containers now leave Port Botany by rail.

Trucking industry groups said the improvement was real but fragile. "One weather event, one industrial dispute, and we are back to two-hour queues," said Rachel Huang of the NSW Road Freight Association. "There's no slack in the system."

Importers welcomed lower delays. Kevin O'Neill, who runs an online homewares business selling through eBay and his own website, said shipping containers from Ningbo to his warehouse in Smithfield now took 19 days door to door, compared with 28 days last year. "That's a week of stock I don't have to hold," he said.

Correction: A previous version of this article gave the wrong ticker for Dalrymple Ports Group. It is DPG, not DPR.

Editor's note: The author holds no shares in the companies mentioned.
"""),

("Tasman Science Weekly", """Kelp comeback: seaweed farmers and scientists regrow forests off Tasmania

TRIABUNNA, Tas — In a shallow bay north of Triabunna, underwater ropes strung between buoys are thick with young giant kelp. It's a small patch. But for scientists who have watched 95 per cent of Tasmania's giant kelp forests disappear since the 1960s, it's something.

The trial, run by a seaweed-farming start-up and researchers from the University of Tasmania, is testing whether heat-tolerant strains of giant kelp can survive in waters that have warmed by about 2 degrees in 70 years. Early results are promising. Survival rates on the ropes are around 60 per cent, compared with under 10 per cent for ordinary kelp planted in the same place.

"Most people think kelp is just seaweed. It's not. It's a forest," said marine ecologist Dr Priya Venkataraman. "Fish, crayfish, abalone, seahorses. All of them need it."

The heat-tolerant strains were found in a few surviving patches off the island's southeast coast. Scientists collected spores, grew them in a seawater-cooled lab, and seeded them onto ropes. Once the kelp reaches about two metres, divers transplant it onto rocky reefs.

Funding comes from the federal government, a philanthropic foundation and, unusually, a group of local crayfishermen who chipped in $40,000. "No kelp, no crays. Simple," said fisherman Steve Brannigan, 58.

The start-up also grows seaweed for food and fertiliser, selling dried kombu to restaurants in Hobart and Melbourne, and is experimenting with seaweed feed supplements that reduce methane from cattle.

The challenges are big. Long-spined sea urchins, which have moved south as the ocean warms, eat young kelp. Marine heatwaves can wipe out a season's growth in weeks. And the scale needed is enormous.

Still, the team says the project proves restoration is possible. Next year they plan to expand to 10 hectares near Maria Island.

Hopeful? Cautiously. "It's not a silver bullet," Venkataraman said. "It's a seedbank, a nursery and a stopgap, all at once."
"""),

("Fraser Harbour Courier", """Crab Park cleanup draws record volunteer turnout

VANCOUVER — A record 412 volunteers turned out on Saturday to clear litter and debris from Crab Park at Portside, the small waterfront park beside the Centerm container terminal, collecting about 1.6 tonnes of garbage in four hours.

The cleanup, organized by the Downtown Eastside Shoreline Stewards and sponsored by the Vancouver Fraser Port Authority, has run every spring since 2016. Organizer Lena Twoyoungmen said word had spread on social media this year, with the #CrabParkCleanup hashtag trending locally on Instagram and TikTok.

"We used to get 60 people and a few dogs," she said. "Today we had families, students from Langara, a crew from a container ship and half the Strathcona soccer league."

Volunteers hauled out 26 tires, two shopping carts, a kayak paddle and hundreds of kilograms of plastic, foam and rope. Much of the foam comes from floats and packaging that wash in with the tide.

Among the volunteers were eight crew members from a Panamax bulk carrier loading at the nearby grain terminal, who came ashore with the help of the Mission to Seafarers. Second officer Rafael Dimaano, from Batangas, said the crew had seen the event advertised on a poster at the seafarers' centre. "We see the pollution at sea every day. It felt good to clean a little piece of it," he said.

Dimaano's crewmates posted photos of the day on their ship's Facebook page, and by evening the Mission to Seafarers' account, @MTSVancouver, had shared them with thanks.

The port authority said it would install two new waste bins and a fishing line recycling station in the park this summer. "Crab Park is the only place on the downtown waterfront where people can touch the water," said port community relations manager Aaron Leung. "We want it to be a place people are proud of."

Residents of the nearby Oppenheimer neighbourhood said they hoped the park would get more attention year-round. "It's not just one day," said longtime resident Jimmy Sam, 67.

Anyone interested in joining the stewards can email volunteer@shorelinestewards.ca or visit shorelinestewards.ca.
"""),

("Northstar Press Agency", """Mekong Delta rice exporters turn to new Soai Rap port

LONG AN, Vietnam (NPA) — Rice exporters in Vietnam's Mekong Delta are shifting shipments to a new international port in Long An province, cutting barge trips to Ho Chi Minh City and saving days on voyages to the Philippines and Indonesia.

The Soai Rap International Port, on the Soai Rap River about 40 kilometres from central Ho Chi Minh City, handled 1.3 million tonnes of bagged and bulk rice last year, up from 380,000 tonnes in 2022. Its deepwater berths can take ships of up to 70,000 deadweight tonnes.

"Trước đây, chúng tôi phải chuyển gạo bằng sà lan mất hai ngày. Bây giờ xe tải chỉ mất ba tiếng," said Tran Van Hung, export manager at a rice company in Can Tho. "Before, we had to move rice by barge, which took two days. Now the truck takes three hours."

Vietnam exported a record 9 million tonnes of rice last year, worth about US$5.7 billion, according to the Vietnam Food Association (VFA). The Philippines and Indonesia are the biggest buyers.

Port operator Tan Phu Group said it planned to add grain silos and a second bulk berth. "We want to be the rice gateway of the Mekong," said deputy general director Vo Thi Thu Ha.

Not everyone in the area is happy. Farmers near the port say land for the development was acquired at low prices. Nguyen Thi Mai, 58, said her family had received compensation of 180,000 dong per square metre for their rice field, about US$7. "For my family, that field was our life," she said. "The money is already gone."

Local officials said compensation had followed provincial land price tables and that affected families had been offered training for port jobs.

Freight brokers say the port's growth reflects a broader shift. "Everybody wants to avoid Ho Chi Minh City traffic," said Le Quang Minh of a Singapore-based shipping agency. "If you can load the rice close to the farm, you win."

The port also handles containers, fertiliser and steel, and plans to open a logistics park for cold-chain storage of seafood and fruit next year.
"""),

("The Harbourfront Ledger", """Obituary: Tadashi "Tad" Morishita, 1929–2025, boatbuilder who rebuilt a life on the Fraser

Tadashi Morishita, who was 13 when his family's fishing boat was seized in 1942 and who went on to build more than 70 wooden gillnetters in a Steveston boatyard, died on Feb. 20 at a care home in Richmond. He was 95.

His daughter, June Morishita-Clarke, announced the death.

Mr. Morishita was born in Steveston to a fishing family from Wakayama prefecture. After the attack on Pearl Harbor, the federal government impounded about 1,200 boats owned by Japanese Canadian fishermen, including his father's. The family was sent to an internment camp at Tashme, near Hope, and later to a sugar beet farm in Alberta.

They returned to the coast in 1950, after restrictions were lifted. Young Tad apprenticed at a boatyard on the Fraser and opened his own shop in 1961. His gillnetters, built of yellow cedar and fir, were known for their fine lines and dry decks. Several are still fishing.

"Tad didn't talk much about the war years," said fellow boatbuilder Ole Strand. "He talked about wood. You'd ask him how he was, and he'd tell you about a plank."

In 2013 he was a featured speaker at an event marking the Japanese Canadian redress settlement. He read a short poem he had written as a teenager at Tashme, which his daughter asked to be shared here:

The river is far,
but I can hear it at night
under the mountain.
My father's boat is sleeping.
One day we will wake it.

He is survived by his daughter, his son Ken, four grandchildren and two great-grandchildren. His wife, Emiko, died in 2016.

A memorial service will be held at the Steveston Buddhist Temple on March 9 at 2 p.m. In lieu of flowers, the family suggests donations to the Nikkei National Museum & Cultural Centre in Burnaby.
"""),
]
