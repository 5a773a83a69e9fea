ARTICLES = [

# D19 foreign, disclaimer, fragment
("Pacific Archipelago Wire", """Davao fishers say catches collapse as coastal reclamation advances

DAVAO CITY, Philippines (PAW) - Small-scale fishers in Davao Gulf say their catches have fallen sharply since work began on a 200-hectare reclamation project for a new port and business district, and are demanding compensation from the developer.

At a meeting in Barangay Bucana on Thursday, more than 150 fishers and their families said the dredging had muddied the water and destroyed seagrass beds where juvenile fish shelter.

Ernesto Lumangtad, 61, who has fished the gulf for more than 40 years, said a good night used to bring in 20 kilos of mackerel and squid. "Now I am lucky if I get three. Some nights, nothing. I still have to pay for the gasoline," he said.

⟦foreign:Hindi kami tutol sa pag-unlad, pero dapat may malinaw na plano para sa mga mangingisda na mawawalan ng kabuhayan.⟧

The developer, Gulfview Land Holdings, said the project had all required environmental permits and that it was carrying out regular water quality monitoring. It said a livelihood programme for affected families would begin next quarter, including training in aquaculture and food processing.

The city's agriculture office said it had recorded a decline in landings at two nearby fish ports but that it was too early to say how much was due to the reclamation. ⟦fragment:Pointing also to overfishing and warmer sea temperatures in recent years.⟧

Marine biologist Dr Leah Sumalinog, of a university research station in Mati, said dredging plumes could travel several kilometres along the coast. "Sediment smothers seagrass and coral. Once those habitats are gone, the fish simply go elsewhere or do not survive to adulthood," she said.

Fishers' group Pamalakaya-Davao said it would file a complaint with the regional environment office and was considering a case before the courts. Its local chairperson, Lorna Abellana, said families had received no consultation before the works began.

The city council is expected to discuss the issue at its session next Tuesday. Councillor Rey Dagohoy, who chairs the committee on fisheries, said he would ask the developer and the environment department to appear.

⟦disclaimer:Portions of this story were translated from Filipino with the help of an AI tool. Please report any errors to the desk.⟧
"""),

# D20 glued, broken_paragraph, placeholder, stray
("Harwick Evening Standard", """Parents angry as school bus route axed with two weeks' notice

Parents in three villages north of Harwick say they have been left scrambling after a school bus service was withdrawn with just two weeks' notice.

The 47 route carried around 60 pupils each day from Brindle, Osterby and Nether Cotton to Harwick Academy. Operator Dalesway Coaches said it could no longer run the service profitably after the county council cut its subsidy.

From Monday, pupils who live within three miles of the school will no longer be entitled to free transport, and those further away will be given passes for the public X9 bus, ⟦broken_paragraph:which runs

hourly⟧ and arrives at the academy gates 35 minutes before the start of the school day.

Mother-of-three Leanne Cartwright, from Osterby, said she would have to cut her hours at work. "What am I supposed to do, let an eleven-year-old walk two miles along the B1174 with no pavement⟦stray: ?⟧" she said. "It's not safe and everybody at the council knows it."

⟦placeholder:<!-- pullquote: %QUOTE% -->⟧

The county council said the change brought its policy into line with national guidance on home-to-school transport. A spokesperson said the authority was "facing unprecedented pressure" on its budget and had to focus support on pupils with the greatest need.

Harwick Academy headteacher Simon Aldred said he had written to the council to ask for the decision to be delayed until the end of the academic year. "Our families need time to make arrangements, and two weeks is not enough," he said.

Brindle parish councillor Ted Farrow said he was gathering evidence on the safety of walking routes ⟦glued:inNether⟧ Cotton, where a stretch of the lane has no verge.

The council said families who believed their child's route was unsafe could ask for it to be assessed by road safety officers. Appeals will be heard within 20 working days.

A petition calling for the service to be restored had collected more than 1,100 signatures by Thursday evening.
"""),

# D21 break, furniture, embed
("Cebu Morning Post", """Sinulog organisers unveil new route to ease crowding downtown

CEBU CITY - Organisers of the Sinulog festival have unveiled a new parade route designed to reduce crowding in the narrow streets around the Basilica del Santo Niño, after last year's event saw several people treated for heat exhaustion in the crush.

The grand parade on January 19 will now start at the Cebu City Sports Center and loop through Osmeña Boulevard and General Maxilom Avenue before ending at the South Road Properties, where the performance judging will take place.

Sinulog Foundation executive director Ramon Alcuizar said the change would give spectators more space and allow medical teams to reach people more quickly. "We love the energy of downtown, but safety comes first. Last year some areas simply had too many people for the space," he said.

⟦furniture:RELATED STORIES
• Hotels in Cebu near full capacity ahead of festival
• Police to deploy 6,000 personnel for Sinulog
• LOOK: Street dancers rehearse in Mandaue⟧

Police said more than 6,000 officers and volunteers would be deployed. Cebu City Police Office director Col. Gerardo Basilan said liquor bans and a no-backpack policy would again be in force ⟦break:along the. Route⟧ and in the festival zone.

Some business owners in the old downtown area were unhappy. Remedios Tan, who runs a bakery on Colon Street, said festival week was normally her busiest of the year. "Now the crowd will pass us by. We will have to think of something," she said.

The foundation released a short video explaining the changes on Friday.

⟦embed:YouTube · Sinulog Foundation Inc.
Sinulog 2025: New Grand Parade Route Explained
2:14 · 18K views · 1 day ago⟧

Contingents from 32 towns and cities have registered for the street dance competition, the foundation said, along with eight groups from outside the Visayas. Cash prizes totalling 5 million pesos will be awarded.

Traffic re-routing will begin at midnight on January 18. The city transportation office advised motorists to avoid the downtown area over the weekend and to use the coastal road.
"""),

# D22 fragment, attribution, dup, glued
("Nusantara Business Daily", """Jakarta ride-hailing drivers protest commission cuts

JAKARTA - Thousands of motorcycle taxi drivers rallied outside the Ministry of Transportation in central Jakarta on Tuesday, demanding a cap on the commissions charged by ride-hailing apps.

Drivers say platform fees of up to 20 per cent, on top of extra charges for promotions and priority orders, have cut their take-home pay to little more than the regional minimum wage despite working twelve-hour days.

Protest coordinator Ahmad Fauzi said drivers wanted the government to enforce a maximum commission of ten per cent. "We are called partners, but partners do not set all the rules alone," he said through a megaphone as traffic on Jalan Medan Merdeka Barat was diverted.

Police estimated the crowd at around 5,000. Drivers in green and black jackets parked their motorcycles along the road and many switched off their apps for the day, causing long waits for customers across the city.

⟦dup:1⟧

A spokesperson for one of the largest apps said the company's commission funded insurance, customer support and technology. ⟦fragment:And that drivers could choose their own working hours.⟧ The company said it was open to dialogue.

Another platform said in a statement that its average driver income had risen ⟦glued:30percent⟧ since 2022, a figure the protesters disputed.

Transportation ministry official Hendro Sugiatno met a delegation of ten drivers in the afternoon. "The ministry will study the input carefully and coordinate with the relevant agencies," ⟦attribution:Hendro said, the official added⟧. He gave no timeline for a decision.

Economists say the dispute reflects wider tensions in Indonesia's gig economy, which employs an estimated four million people in transport and delivery alone. Most are classed as independent partners, not employees, and are not covered by labour protections.

Driver Suryani, 34, a mother of two who has worked for ride-hailing apps for six years, said she now takes home about 120,000 rupiah on a good day after fuel. "Before, it was almost double. I don't know how long I can continue," she said.
"""),

# D23 stray, foreign, disclaimer
("Touchline Sports Weekly", """Basque rowers defend traineras title in dramatic final at San Sebastián

SAN SEBASTIÁN - The crew from Hondarribia retained the Bandera de la Concha, the most prestigious prize in Basque traineras rowing, by just 1.2 seconds on Sunday after a dramatic second-day comeback in front of an estimated 80,000 spectators.

The fourteen-oar wooden boats raced over a 5.5 km course in the bay, with results over two Sundays combined. Hondarribia trailed rivals Urdaibai by more than three seconds after the first day but produced the fastest time of the regatta in the final heat.

Stroke Iker Etxeberria said the crew had rowed "the race of our lives". "We knew the sea would be rougher today and that suits us. Everyone trusted the plan ⟦stray:(⟧and each other," he said, wiping tears from his eyes on the pier.

⟦foreign:La afición llenó el paseo marítimo desde primera hora de la mañana y no dejó de animar hasta que la última embarcación cruzó la línea de meta.⟧

Urdaibai coach Jon Arregi congratulated the winners but said his crew would be back. "A second is nothing. It's one stroke, one wave. We have nothing to be ashamed of," he said.

The regatta, first held in 1879, is a fixture of the late-summer calendar in San Sebastián and attracts rowers from across Spain's northern coast. Crews train year-round for the two races, which last a little over twenty minutes each.

Orio finished third, with Santurtzi fourth. The women's race was won by Donostiarra, who led from start to finish.

Local officials said the event passed without major incidents, although lifeguards pulled two spectators from the water after they slipped from rocks near the harbour wall.

Hondarribia's mayor, Miren Lasarte, said there would be a celebration in the town's main square on Monday evening. "This is a small town with a big heart, and today that heart is full," she said.

⟦disclaimer:This article is provided via a syndication partner and was machine-translated from Spanish. Touchline Sports Weekly has not independently verified its contents.⟧
"""),

# D24 break, broken_paragraph, placeholder
("Northern Courts Reporter", """Teenager spared jail after 'moment of madness' attack outside takeaway

A teenager who punched a man outside a takeaway, leaving him with a fractured eye socket, has been given a suspended sentence after a judge accepted it was a "moment of madness".

Kyle Benfield, 19, of Hallam Road, Rotherham, admitted inflicting grievous bodily harm when he appeared at Sheffield Crown Court on Wednesday.

The court heard that Benfield had been drinking with friends in the town centre in August when he became involved in an argument with Darren Coates, 41, over a queue outside a kebab shop on Westgate.

Prosecutor Jonathan Birkett said CCTV showed Benfield striking Mr Coates once in the face. He fell against a window ledge and suffered a fractured orbital bone that required surgery. He ⟦break:has since. Returned⟧ to work but still suffers from blurred vision.

In a victim impact statement, Mr Coates said he had become anxious about going out at night. "I used to love a night out with my mates. Now I sit at home," he said.

⟦placeholder:[EMBED: court_sketch_benfield.jpg]⟧

Defending, Rachel Okoro said Benfield had no previous convictions, had handed himself in to police the following day and had written a letter of apology. She said he was working as an apprentice electrician ⟦broken_paragraph:and had the

support⟧ of his employer, who had provided a reference.

Recorder Michael Tansley said the offence crossed the custody threshold but that there was a realistic prospect of rehabilitation. "You are a young man of previous good character who did something stupid and violent in a few seconds. You will live with the consequences," he said.

Benfield was sentenced to 16 months in custody, suspended for two years. He must complete 200 hours of unpaid work and 20 rehabilitation activity days, and pay Mr Coates £1,500 in compensation.

Outside court, Mr Coates said he was disappointed. "I understand he's young, but I'm the one who can't see properly," he said.
"""),

# D25 fragment, furniture, embed, glued
("Touchline Sports Weekly", """Netball: Fenmarsh Falcons stun league leaders with late surge

Fenmarsh Falcons produced the upset of the season in the regional netball league on Sunday, overturning an eight-goal deficit in the final quarter to beat unbeaten leaders Cambridge Vipers 49-47.

The Falcons trailed 38-30 going into the last quarter at the Fenmarsh Leisure Centre, but goal shooter Ellie Norcross scored eleven of her side's nineteen goals in the period as the visitors wilted.

Captain and centre Amara Eze said the team had talked about believing in themselves at the final break. "We said, whatever happens, we play our netball. Don't panic, keep the ball moving, trust Ellie," she said.

⟦furniture:Follow us: Facebook · Instagram · TikTok · YouTube | Get the app⟧

Vipers coach Donna Prentice said her side had become complacent. "Credit to Fenmarsh, they never gave up. But we switched off and we got punished. That's a lesson," she said.

Norcross finished with 41 goals from 45 attempts, a shooting percentage of 91. ⟦fragment:Her best return since joining from Peterborough two seasons ago.⟧

The Falcons posted footage of the final whistle on social media, where it was shared hundreds of times.

⟦embed:fenmarshfalcons
[Video] THE SCENES 😱💛 49-47 vs the league leaders!!! #netball #FalconsFamily
0:22 | ♥ 1,046 | 💬 87 | ➦ 233⟧

The result means the Falcons move up to third place, two points behind the Vipers, who remain top on goal difference. Cambridge still have a game in hand.

Falcons head coach Sue Rawlings said it was the best performance she had seen from the club in twelve years in charge. "The crowd were incredible. You could feel the building shake in the last five minutes," she said.

The Falcons travel to Norwich Kestrels next ⟦glued:weekend.The⟧ return match against the Vipers is scheduled for April.

Results: Fenmarsh Falcons 49 Cambridge Vipers 47; Norwich Kestrels 52 Ely Swans 38; Bedford Blaze 44 Ipswich Harriers 44.
"""),

# D26 attribution, dup, stray
("Waikato Valley Times", """Hamilton café owner stops traffic to rescue ducklings

A Hamilton café owner brought traffic to a halt on Victoria Street on Tuesday morning to guide a mother duck and eleven ducklings to safety.

Tania Ruawai, who runs the Kōwhai Corner café, said she spotted the family waddling along the kerb outside her shop at about 7.30am, heading towards the busy intersection with Hood Street.

"I just grabbed a tea towel and ran out. I didn't have a plan, to be honest," she said. "I stood in the lane and waved my arms and luckily everyone stopped."

Customers joined in, forming a human corridor to steer the birds across the road and down a bank towards the Waikato River. One regular, retired builder Graham Petrie, used a cardboard box to scoop up two ducklings that had fallen into a drain.

⟦dup:1⟧

"They were peeping away down there like anything. I lifted the grate and there they were, the poor little things," ⟦attribution:Petrie said, he recalled⟧.

The operation took about ten minutes, and a queue of cars and a city bus built up behind the birds. Nobody sounded their horn, Ruawai said. "People were filming and cheering. One guy got out of his ute to help⟦stray:,,⟧ it was lovely."

Hamilton City Council parks staff said mallards often nest in gardens and car parks in the central city and then try to lead their young to water, sometimes crossing several roads on the way.

Council biodiversity adviser Dr Mere Tapsell said people who came across ducklings should keep their distance where possible and call the council or a local wildlife rescue group. "Guiding them gently is fine, but please don't pick them up unless they are in immediate danger. The mother can abandon them," she said.

Ruawai said the mother duck had been spotted again on Wednesday, swimming with all eleven ducklings near the Ferrybank. "I'm claiming them now. They're café ducks," she said.

She has since put a hand-painted sign in the window that reads "Duck crossing - please slow down". Customers have suggested naming a new coffee after the family. She is considering "the flat white duck".
"""),

# D27 foreign, disclaimer, break, glued
("Nusantara Business Daily", """Surabaya shipyard wins order for six electric ferries

SURABAYA - A state-owned shipyard in Surabaya has won an order to build six battery-electric passenger ferries for crossings in the Riau Islands, in what officials described as Indonesia's largest electric vessel contract to date.

PT Galangan Samudra Nusantara will deliver the 28-metre catamarans over three years to a regional operator that runs services between Batam, Tanjung Pinang and smaller islands. The contract is worth around 410 billion rupiah, the company said.

Each ferry will carry up to 150 passengers and recharge at shore stations during stops of around 20 minutes. The operator says the vessels will cut fuel costs by more than half compared with the diesel boats they replace.

"This is a turning point. Until now electric ferries were something we read about in Norway. Now they ⟦break:will be. Built⟧ here, by Indonesian workers," the shipyard's president director, Bambang Hartono, said at a signing ceremony.

⟦foreign:Dia menambahkan bahwa sekitar tujuh puluh persen komponen kapal akan diproduksi di dalam negeri, kecuali sel baterai yang masih harus diimpor.⟧

The battery packs will be supplied by a joint venture between a South Korean manufacturer and an Indonesian nickel processor, part of a government push to build an electric vehicle supply chain around the country's nickel reserves.

Industry analysts welcomed the deal but noted that charging infrastructure at smaller island ports remains limited. "The boats are the easy part. You need reliable grid connections at the pier, and in the outer islands that is still a big question," said Rini Kusumawati, a maritime consultant in Jakarta.

The Riau Islands provincial government said it would fund upgrades at four ports, with power supplied by the state electricity company. Work on the first charging station is due to begin in the second half of the year.

Shares in the shipyard's listed parent rose 4.6 per cent on the news. The first vessel is expected to sail ⟦glued:fromSurabaya⟧ to Batam for trials in late 2026.

⟦disclaimer:Disclaimer: This news item was generated automatically from a company press release and a machine-translated source. It may contain inaccuracies.⟧
"""),

# D28 fragment, broken_paragraph, placeholder
("Fenmarsh Gazette", """Flood warning issued as River Lark reaches highest level in a decade

The Environment Agency has issued a flood warning for parts of Fenmarsh after the River Lark rose to its highest level in ten years following two days of persistent rain.

The warning, which means flooding is expected and immediate action is required, covers properties along Riverside Walk, Mill Lane and the Old Wharf, as well as low-lying farmland to the east of the town.

Agency officers were out overnight checking defences and clearing debris from grilles. Area flood manager Richard Colley said levels were expected to peak on Wednesday afternoon. "We are asking people in the warning area to move valuables and ⟦broken_paragraph:medicines upstairs, put

flood⟧ boards in place if they have them, and be ready to leave if necessary," he said.

Fenmarsh District Council opened a rest centre at the Corn Exchange on Tuesday evening and handed out sandbags from its depot on Station Road. By 9pm, more than 600 sandbags had been collected.

⟦placeholder:[[MAP: flood warning area - graphics to supply]]⟧

Riverside Walk resident Joan Pettit, 79, whose home flooded in 2014, said she had moved her photographs and her late husband's medals upstairs. "You never forget the smell of a flooded house. I'm praying it doesn't come to that," she said.

Mill Lane publican Andy Rouse said he had closed the Ship Inn and moved stock to the first floor. ⟦fragment:The third time in as many winters.⟧

Fenmarsh Fire and Rescue said it had attended eleven flood-related calls, mostly cars stranded in water on rural roads. Station manager Priya Dhillon urged drivers not to attempt to cross flooded roads. "Thirty centimetres of moving water can float a car. It is not worth the risk," she said.

The Met Office has a yellow weather warning for rain in place until midnight on Wednesday. Drier weather is forecast for the end of the week, although river levels are likely to remain high for several days.

People can check the latest warnings on the Environment Agency website or by calling Floodline.
"""),

# D29 stray, furniture, embed, placeholder
("Kestrel Valley Herald", """Missing walker found safe after night on the fells

A 68-year-old walker who spent a night lost on the fells above Kestrel Valley has been found safe and well by a mountain rescue team.

Brian Hollings, from Stockport, set out alone from the car park at Greystone Bridge on Saturday morning to walk the Kestrel Horseshoe, a 12-mile circuit. His wife raised the alarm when he failed to return to their holiday cottage by 7pm.

Kestrel Valley Mountain Rescue Team, supported by a search dog and a coastguard helicopter, searched through the night in low cloud and rain. Mr Hollings was found at 8.20am on Sunday sheltering behind a wall near Crag End, about two miles from his planned route⟦stray:。⟧

Team leader Sarah Gillespie said he had done "all the right things" once he realised he was lost. "He put on every layer he had, found shelter and stayed put. That made our job a lot easier," she said.

⟦placeholder:Image: {{image.caption}}⟧

Mr Hollings was walked off the hill by team members and checked over by paramedics before being reunited with his wife. He was cold but otherwise unharmed.

"I'm embarrassed, to be honest. I've walked these hills for years. The cloud came down and I took the wrong path off the ridge and after that nothing looked familiar," he told the Herald.

The team shared an update on its page on Sunday morning.

⟦embed:Kestrel Valley Mountain Rescue Team
Sunday 08:54 ·
UPDATE: Missing walker FOUND safe and well 🙌 Huge thanks to @SARDA_North, HM Coastguard and all our volunteers who were out through the night.
🔁 127   ♡ 1,890   💬 203⟧

It was the team's 41st call-out of the year, already more than in the whole of last year. Ms Gillespie urged walkers to carry a map and compass as well as a phone, and to leave a route plan with someone.

⟦furniture:Have your say: Log in or register to comment. Comments are moderated and may take up to 24 hours to appear.⟧
"""),

# D30 attribution, dup, glued, break
("Lusaka Evening Courier", """Copperbelt hospital gets new oxygen plant after years of shortages

NDOLA - Ndola Teaching Hospital has commissioned a new oxygen generation plant that will end its reliance on deliveries of cylinders from the capital, health officials said on Friday.

The plant, funded by the Ministry of Health with support from a global health partnership, can produce enough medical oxygen to supply 180 beds continuously and to fill around 120 cylinders a day for nearby district clinics.

Doctors at the hospital said shortages during the COVID-19 pandemic and again during a cholera outbreak last year had forced them to ration oxygen between patients.

"We have had nights when we had to decide which child gets the oxygen. No doctor should ever have to make that choice," said Dr Mwansa Kapembwa, head of paediatrics. "This plant means we will not face that again."

⟦dup:2⟧

Health Minister Dr Joyce Lungu, who commissioned the plant, said four more would be built in provincial hospitals by the end of next year. ⟦attribution:"We are building a health system that can stand on its own feet," she said, the minister added⟧.

Hospital biomedical engineer Kelvin Sakala said staff had been trained to run and maintain the equipment, which includes two compressors, so that one can continue running while the other is serviced. He said the hospital ⟦break:would also. Keep⟧ a reserve of cylinders in case of power cuts.

Patients' families welcomed the news. Agnes Mumba, whose father is being treated on a medical ward, said relatives had sometimes been asked to pay for cylinders themselves. "We are poor. How can we buy oxygen?" she said.

The hospital serves ⟦glued:residents,who⟧ come from across the Copperbelt province and parts of neighbouring North-Western province, a catchment of more than two million people.
"""),

# D31 foreign, disclaimer, fragment
("The Lab Bench", """Alpine glacier lost a tenth of its volume in two summers, survey finds

A glacier in the Austrian Alps lost around a tenth of its remaining ice in just two summers, according to a new survey that combined drone imagery with ground-penetrating radar.

Researchers from the University of Innsbruck measured the Hintereisferner, one of the most closely studied glaciers in the world, in the autumn of each year since 2021.

They found that the glacier's surface had dropped by an average of more than four metres across its lower tongue over the two record-breaking summers, and that several sections had separated into isolated patches of dead ice that no longer flow.

"We are no longer watching a glacier retreat. We are watching it fall apart," said glaciologist Dr Katharina Steiner, who led the fieldwork.

⟦foreign:Nach Einschätzung der Forschenden wird der Gletscher in seiner heutigen Form spätestens in den 2040er-Jahren verschwunden sein.⟧

The team said that dust and soot deposited on the ice had darkened its surface, causing it to absorb more sunlight. ⟦fragment:A feedback loop that speeds up melting once it begins.⟧

Long-term measurements at Hintereisferner go back to the 1950s, making it one of the best records of glacier change anywhere. The data are used by the World Glacier Monitoring Service to track the health of mountain glaciers globally.

Professor Daniel Amundsen, a glaciologist at the University of Bergen who was not involved in the study, said the results matched trends across the Alps. "Summers like those of 2022 and 2023 used to be extreme outliers. The models now suggest they will be normal by mid-century," he said.

The researchers say the loss of glaciers will affect water supplies for farming and hydropower in the valleys below, particularly in late summer when snowmelt has ended.

The study is published in the journal Cryosphere Reports.

⟦disclaimer:This summary was drafted by an AI model from the original press release and edited for length. It has not been fact-checked against the published paper.⟧
"""),

# D32 broken_paragraph, placeholder, stray
("Harwick Evening Standard", """Library volunteers celebrate 10 years of running village branch

Volunteers who stepped in to save Brindle's village library from closure a decade ago have celebrated its tenth anniversary with a party, a cake and a record month for book loans.

The library, in a converted chapel on Church Street, was one of five branches earmarked for closure by the county council in 2014. A group of residents formed a charitable trust and took it over, with the council continuing to supply books and computers.

Today it has 42 volunteers, opens five days a week and lent more than 1,300 books in January alone, its highest figure since the trust took over.

Trust chairman Alan Whitlock, 74, a retired headteacher, said ⟦broken_paragraph:the success was

down to⟧ the volunteers. "Some of them have been here every Tuesday for ten years. They know what every regular likes to read before they come through the door," he said.

⟦placeholder:Read more: <a href=""></a>⟧

Activities have expanded to include a children's story hour, a knitting group, a weekly digital help session for older residents and a "repair café" once a month, where volunteers fix everything from toasters to bicycle gears.

Volunteer Joyce Ferreira, 81, said the library had been a lifeline after her husband died. "I came in to return his books and never left. It gave me a reason to get dressed in the morning⟦stray:"⟧," she said.

County councillor Helen Morrissey, whose ward covers Brindle, said the trust was a model for other communities. "When we made those decisions in 2014, many people assumed this branch would simply disappear. The volunteers proved everyone wrong," she said.

The trust is now raising money to replace the chapel's leaking roof. It needs £28,000 and has raised about half so far through grants, quiz nights and a sponsored walk.

The anniversary party was attended by around 150 people, including the author Caroline Mabry, who grew up in the village and read from her new novel.
"""),

# D33 glued, furniture, embed, break
("Stage & Screen Quarterly", """Jakarta's oldest cinema reopens as arts centre after restoration

JAKARTA - A 1950s cinema in the Pasar Baru district of Jakarta that had stood empty for two decades has reopened as an independent arts centre, after a restoration funded by a group of film-makers, architects and local businesses.

The Metropole Pasar Baru, known to older residents as "Bioskop Baru", reopened on Saturday night with a screening of a restored 1955 Indonesian musical, accompanied by a live orchestra. Tickets sold out within a day.

The building's art deco facade, with its curved canopy and tall vertical sign, was restored to its original cream and green colours. Inside, the main auditorium has been reduced from 900 seats to 320 to make room for a gallery, a café and two small studios.

"This building was where my grandparents went on dates. Now my daughter will come here to see films and exhibitions. That continuity is everything," said director and project co-founder Laksmi Pratiwi.

⟦furniture:ADVERTISEMENT⟧

The restoration cost around 38 billion rupiah. Architect Yusuf Halim said one of the biggest challenges had been the roof, which had partly collapsed. Much of the original ironwork ⟦break:was salvaged. And⟧ reused, he said.

Programming will include Indonesian classics, regional cinema from Southeast Asia, and a monthly open-mic night for young film-makers. Ticket prices start at 25,000 rupiah, with free screenings for students on Tuesdays.

⟦embed:bioskopbaru.jkt
📍 Pasar Baru, Jakarta
Opening night ✨ Thank you Jakarta! 320 seats, 320 hearts. #BioskopBaru #JakartaHeritage
Liked by ariefbudi and 4,312 others · 2 DAYS AGO⟧

Heritage campaigners hope the project will inspire the revival of other old cinemas in the city, many of which were demolished or turned into shops in the 1990s and 2000s.

Pasar Baru shopkeeper Tjandra Wijaya, 70, remembered queueing for films as a boy. "We used to watch three films in one afternoon. I never thought I would see the lights on again," he said.

Screenings run daily from 1pm, with the last show ⟦glued:at9pm⟧ on weekdays.
"""),

# D34 attribution, dup, fragment
("Cold Chain Logistics Review", """Frozen seafood exporters in Vietnam face reefer container shortage

HO CHI MINH CITY - Vietnamese seafood exporters say a shortage of refrigerated containers is delaying shipments of frozen shrimp and pangasius to the United States and Europe, just as demand picks up ahead of the year-end holidays.

Several exporters in the Mekong Delta provinces of Ca Mau and Dong Thap told the Review they had been forced to hold finished product in cold stores for up to three weeks while waiting for reefer boxes.

"Our cold store is almost full. If we cannot ship, we have to slow down processing, and that means buying less shrimp from farmers," said Nguyen Thi Lan, export director of a processor in Ca Mau.

Freight forwarders blame the shortage on longer voyage times caused by diversions away from the Red Sea, which tie up containers for more days on each round trip, and on strong demand for reefers from South American fruit exporters.

⟦dup:1⟧

Spot rates for a 40-foot reefer from Ho Chi Minh City to northern Europe have more than doubled since the summer, according to a freight index compiled by a Singapore consultancy. ⟦fragment:With surcharges for equipment imbalance added on top.⟧

Shipping lines said they were repositioning empty containers from northeast Asia to Vietnam. "We are moving equipment as fast as we can, but the whole network is under pressure," ⟦attribution:a spokesperson for one carrier said, said the carrier⟧.

The Vietnam Association of Seafood Exporters and Producers said exports in the first ten months of the year were up eight per cent on last year, led by shrimp sales to the US. It warned that the container shortage could erase some of that gain in the final quarter.

Cold store operators in southern Vietnam said occupancy was running above 90 per cent at several facilities near Cat Lai port. One operator, Tran Minh Duc, said he was turning away new customers. "Two years ago we had empty rooms. Now we have a waiting list," he said.

Industry groups have asked the government to speed up customs inspections for seafood cargoes so that containers can be turned around more quickly.
"""),

# D35 foreign, disclaimer, broken_paragraph, stray, placeholder
("Cebu Morning Post", """Bohol town bans single-use plastics at weekly market

TAGBILARAN CITY - The municipality of Loboc in Bohol has banned single-use plastic bags, straws and polystyrene food boxes at its weekly market, becoming the latest town in the province to restrict plastics in a bid to protect its river.

The ordinance, approved unanimously by the municipal council, takes effect on March 1. Vendors caught using banned items will face fines starting at 500 pesos for a first offence, rising to 2,500 pesos and a suspension of their stall permit for repeat violations.

Mayor Leonila Palacio said plastic waste was ending up in the Loboc River, one of Bohol's best-known tourist attractions. "Our river is our livelihood. Tourists come for the floating restaurants and the green water⟦stray: !⟧ not for plastic bags caught on the roots," she said.

⟦foreign:Ang mga tindera ay bibigyan ng libreng bayong at dahon ng saging sa unang buwan ng pagpapatupad.⟧

Vendors had mixed feelings. Fish seller Carmelita Boiser, 56, said she supported the ban but worried about costs. "Paper bags are expensive and they tear when the fish is wet. ⟦broken_paragraph:We will

try⟧ banana leaves like before," she said.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.⟧

The town's environment officer, Rodel Bagaipo, said his office would hold information sessions with vendors and market goers throughout February. He said the municipality had also installed three water refilling stations near the market to reduce sales of bottled water.

Environmental groups in Bohol welcomed the move. The Bohol Environment Network said similar ordinances in Panglao and Baclayon had cut visible plastic waste on beaches within a year, although enforcement at smaller stores remained uneven.

Market regular Arnel Sumampao, 42, said he already brought his own bag. "My mother never used plastic. We are just going back to the old ways," he said.

The provincial board is considering a province-wide ban, with a public hearing scheduled for April.

⟦disclaimer:This story was translated from Cebuano and Filipino source reports with automated tools; minor errors may remain.⟧
"""),

]
