ARTICLES = [

("Karoo Courant", """Second-hand iPhones and eBay parcels keep Beaufort West repair shop busy

BEAUFORT WEST - Behind a glass counter on Donkin Street, Ismail Jacobs opens a cracked iPhone with a suction cup and a plastic pick. Three more wait in a row beside him, each with a paper tag and a phone number.

Jacobs, 31, runs iFix Karoo, the only phone repair shop for about 200 kilometres along the N1. He started in 2017 with a toolkit ordered from eBay and a table in his mother's lounge. Now he employs two technicians and a part-time bookkeeper.

"People here don't buy new phones. They buy a second-hand iPhone or a Samsung from a cousin in Cape Town, and when it breaks, they bring it to me," he said.

Most of his parts come by courier, some from suppliers in Johannesburg and some from sellers on eBay and AliExpress. A replacement screen for an older iPhone costs him about R600; he charges R950 fitted, with a three-month guarantee.

Truck drivers are his best customers. The shop sits a block from the McDonald's where long-distance drivers stop on the road between Johannesburg and Cape Town. "They drop the phone, they eat, they come back, it's done," Jacobs said. "Forty minutes. That's the deal."

Not every job is simple. Water damage is the worst, he said, followed by phones that have been "fixed" by someone else first. Software problems after an iOS update bring in a steady trickle of older customers.

Ouma Sarie van Wyk, 78, was waiting for her phone on Friday. Her grandson had set up WhatsApp for her so she could see photos of her great-grandchildren in Perth. "When it stopped working, I felt like someone had closed the door on my family," she said.

Jacobs wants to train young people from the town. He has taken on two learners through a municipal skills programme and hopes to open a second counter in Laingsburg next year.

"Everybody thinks tech jobs are in Joburg or Cape Town," he said. "They're here too. You just have to open the phone." """),

("The Limpopo Ledger", """Thohoyandou council appoints acting municipal manager after suspension

Thulamela Local Municipality has appointed its chief financial officer as acting municipal manager after the council suspended the previous manager pending a disciplinary inquiry.

Councillors voted 42 to 19 at a special sitting in Thohoyandou on Thursday to appoint Ms Rudzani Maphaha to the post for three months. She has been the municipality's CFO since 2021.

The former municipal manager, Mr Tshifhiwa Nemakonde, was suspended on full pay last week. The council said he faced allegations of irregular appointments in the technical services department. He has denied wrongdoing.

Mayor Dowelani Mulaudzi said the council wanted stability while the inquiry ran its course. "Services must continue. Water must come out of the taps, refuse must be collected, and salaries must be paid on the 25th. That is what residents care about," he said.

Opposition councillor Liesl Fourie said her party had voted against the appointment because the CFO should not hold two senior posts at once. "Who checks the money when the person signing the cheques is also running the whole administration?" she asked.

Maphaha told reporters after the meeting that she would keep the finance department running through her deputy. "I have a capable team. I will not be signing off my own decisions," she said.

The disciplinary inquiry will be chaired by an independent advocate from Pretoria. The council has asked for a report within 60 days.

Residents at the Thohoyandou taxi rank were more interested in potholes than in personnel. Minibus driver Fulufhelo Ramabulana said the road to Sibasa had not been repaired in two years. "Manager, acting manager, I don't mind. Just fix the road," he said.

The provincial department of co-operative governance said it had been informed of the suspension and would monitor the process.

Correction: An earlier version of this article said the council vote was 42 to 16. The correct figure is 42 to 19. The article also misspelt Ms Maphaha's first name. We apologise for the errors."""),

("Coastal Times", """Vanga women's seaweed farm doubles harvest after switching to deep-water lines

VANGA - A group of 46 women in Vanga, near the Tanzanian border, has doubled its seaweed harvest this year after moving its farm from the shallow lagoon to deeper water beyond the reef.

The women of the Wanawake wa Bahari group have farmed seaweed since 2016, tying small cuttings to ropes staked out in the lagoon at low tide. In recent years, warmer water and disease cut their harvests sharply.

Last year they switched to floating lines anchored in water about three metres deep, where the sea is cooler and moves more. The method was introduced by fisheries officers from Kwale County with help from a marine research institute in Mombasa.

Group chairperson Mwanaisha Juma, 52, said the change had been hard at first because many members could not swim. "Mwanzo tuliogopa maji marefu. Sasa tunaenda kila asubuhi bila hofu," she said. ("At first we were afraid of the deep water. Now we go every morning without fear.")

The group now harvests about 4 tonnes of dried seaweed every two months, compared with about 2 tonnes before. Most is sold to a buyer in Mombasa who exports it to processors in Asia, where it is used in food and cosmetics.

Fisheries officer Daniel Ochieng said the group hired a boat and a boatman to take members to the lines. "The women do all the farming. The boatman only drives. They are the bosses," he said.

The extra income has paid school fees and roofing iron. Member Fatuma Bakari bought a water tank for her compound. "Before, I walked to the well twice a day. Now the rain fills my tank," she said.

Problems remain. The price paid by buyers has barely risen in five years, and the women say they need a drying shed to protect the crop from rain.

Ochieng said the county planned to help the group build a shed and to look for buyers who would pay more for clean, well-dried seaweed.

"We are small, but we are not finished," Juma said. "Next year, we want a shed, a scale and our own boat." """),

("Matabeleland Mirror", """Plumtree council approves water, roads and market plans in busy budget session

PLUMTREE - Plumtree Town Council approved its budget for next year on Wednesday after a six-hour meeting, with water supply taking the largest share of capital spending.

The budget totals US$4.8 million, up from US$4.1 million this year. Council chairperson Lindiwe Ndebele said most of the increase would come from better collection of rates rather than higher charges.

Among the resolutions adopted:

- Drill and equip four new boreholes in Dingumuzi and Hebron, at a cost of US$180,000.
- Resurface 3.5 kilometres of road in the town centre, including the stretch outside the district hospital.
- Build a covered vegetable market with 120 stalls near the bus terminus.
- Install prepaid water meters in 1,500 homes over two years.
- Freeze the monthly refuse charge at this year's level.

Ndebele said the council had listened to residents at consultation meetings held in every ward in August. "People told us three things: water, roads and a proper market. That is what this budget does," she said.

Not everyone was satisfied. Ratepayers' association secretary Mandla Nkomo said the prepaid meters would hurt poor households. "When the money runs out, the water stops. A family with children cannot live like that," he said.

Town engineer Busani Moyo said the meters would allow a free basic amount of water each month before charges began. "Nobody will be cut off completely. The first six thousand litres will be free," he said.

Vegetable seller Gladys Khumalo, who trades from a sheet of plastic beside the bus rank, welcomed the market plan. "When it rains, my tomatoes swim. When the sun comes, they cook. A roof will save my business," she said.

The budget must now be approved by the Minister of Local Government before it takes effect in January. Council officials said they expected approval within a month.

Plumtree, about 100 kilometres south-west of Bulawayo, sits on the main road to the Botswana border and has grown quickly as cross-border traders have settled in the town."""),

("Harare Evening Post", """Chipo Mhlanga, the 'voice of Sakubva', dies at 72

Chipo Mhlanga, whose songs about market women, migrant husbands and rising bread prices made her one of the best-loved voices in Zimbabwean popular music, has died in Mutare. She was 72.

Her daughter, Tariro, said she died in hospital on Sunday after a long illness. She will be buried at her rural home in Zimunya on Friday.

Mhlanga was born in Sakubva township in 1952 and sang in church choirs before joining a township band as a teenager. Her first hit, in 1979, was a song about a woman selling vegetables at Sakubva market while waiting for her husband to send money from Johannesburg.

Its chorus was sung at weddings and beer halls for decades:

Mumwe ndimumwe, mangwana zvichanaka,
tomato dzangu dzichatengwa,
mwana wangu achadya.

(One is one, tomorrow will be better,
my tomatoes will be bought,
my child will eat.)

Music writer Fungai Chidzero said Mhlanga's gift was to sing about ordinary life without looking down on it. "She didn't sing about kings or politicians. She sang about the woman next to you on the bus. That's why people loved her," he said.

She recorded 14 albums and toured Britain and the Netherlands in the 1990s. In later years she ran a music school for girls in Dangamvura and performed less often.

Former bandmate Tonderai Musekiwa, who played guitar with her for 20 years, said she was strict at rehearsals and generous after them. "If you played a wrong note, she would stop everything and look at you. Then at the end she would cook for everyone," he said.

In 2018, she told this newspaper that she had no plans to retire. "Singers don't retire. We just sing more quietly," she said.

She is survived by three children, eight grandchildren and a sister. Her husband, the drummer Elias Mhlanga, died in 2009."""),

("Touchline Africa", """Q&A: Malawi's new women's coach on pressure, patience and playing away

Esther Banda was appointed head coach of Malawi's women's national team last month, the first Malawian woman to hold the job. She spoke to Touchline Africa in Lilongwe before her first training camp. The interview has been edited for length.

Q: How did you hear you had the job?

A: A phone call at six in the morning. I thought someone had died.

Q: Were you expecting it?

A: No. Hoping, yes. Expecting, no.

Q: What is the first thing you will change?

A: Fitness. We lose too many matches in the last twenty minutes. Talent is not our problem. Legs are.

Q: You played for Malawi yourself. Does that help?

A: It helps me understand the girls. I know what it is like to travel eighteen hours by bus and play the next day. I know what it is like to be paid late.

Q: Are the players paid late now?

A: Sometimes. I have spoken to the association. They say it will be fixed.

Q: Do you believe them?

A: I will believe it when the money arrives.

Q: Who is the best player in the squad?

A: I won't answer that. They all read your paper.

Q: Fair enough. What is the target for the next two years?

A: Qualify for the Women's Africa Cup of Nations. We have never done it. It is time.

Q: Your first match is away to Zambia. Nervous?

A: A bit. Zambia are strong. But nerves are good. Nerves mean you care.

Q: What do you say to girls in the villages who want to play?

A: Play with boys if there are no girls. Play barefoot if there are no boots. Just play. Somebody will see you.

Q: Last question. Tea or coffee before a match?

A: Neither. Water, and a banana.

Banda's squad meets in Lilongwe on Monday for a ten-day camp before the first leg against Zambia in Lusaka on 22 October. The return match is in Blantyre four days later. Malawi have lost their last three meetings with Zambia, but Banda said her players had nothing to fear."""),

("Savanna Science News", """Can drones stop locusts before they swarm? A Kenyan trial suggests they might

Desert locusts can travel 150 kilometres in a day and a single swarm can eat as much food as millions of people. The best time to stop them is before they fly. A trial in northern Kenya suggests drones could help.

The problem

Young locusts, called hoppers, cannot fly. They march across the ground in bands that can stretch for kilometres. Killing them at this stage takes far less pesticide than spraying swarms from aircraft later.

But hopper bands are hard to find. They hatch in remote semi-desert areas with few roads, and ground teams searching on foot or in pickups can cover only a small area each day.

What the trial did

Researchers from a Nairobi university and the national plant protection service flew camera drones over breeding areas in Marsabit and Isiolo counties during the short rains. Software trained on thousands of images flagged possible hopper bands, and ground teams checked each one.

Drones then sprayed small doses of a biological pesticide, made from a fungus that kills locusts but is harmless to people, livestock and most other insects.

What they found

The drones found hopper bands in areas that ground teams had not reached. Spraying by drone used about a tenth of the pesticide that aerial spraying would have needed for the same area.

"We were surprised by how well the cameras worked. Even small bands showed up clearly against the sand," said project leader Dr Wanjiru Mwangi.

What the herders say

Pastoralists in the trial area said they welcomed anything that protected grazing. Herder Galgalo Boru, from near Marsabit town, remembered the swarms of 2020. "The sky went dark. In two days, the grass was gone. Our camels had nothing," he said.

What comes next

Drones have limits. Batteries last about 30 minutes, spare parts are hard to get, and the aircraft struggle in strong winds. Pilots need training and licences.

The team plans a larger trial next year in partnership with regional locust control bodies, covering breeding areas in Kenya and Ethiopia.

Not a silver bullet, Mwangi said. "But another tool in the box. And a cheaper one." """),

("EastWire", """Marsabit herders and officials split over new grazing rules

MARSABIT, Kenya (EastWire) - Herders and county officials in Marsabit have clashed over new rules that close some dry-season grazing areas to livestock for part of the year, a move the county says is needed to let pasture recover after years of drought.

The rules, passed by the county assembly in March, set aside about 1,200 square kilometres around Mount Marsabit and the Hurri Hills as reserve grazing that may only be used between December and March.

County livestock executive Dr Halima Wario said the pasture had been overgrazed. "If we do not rest the land, there will be nothing left for anyone. We are protecting the herders from themselves," she said.

Herders see it differently. Elder Boru Huka, who keeps about 200 goats and 30 camels near Kargi, said the rules had been made in Marsabit town without consulting the people who move with the animals. "They drew lines on a map. Animals do not read maps," he said.

A younger herder, Abdi Guyo, said the timing was wrong. "The rain does not come in December any more. It comes when it wants. How can the law say when the grass grows?" he asked.

A women's group leader from Laisamis, Nuria Elema, said the debate had left out women, who look after small stock near the settlements. "Men talk about camels. But when the goats have no grass, it is the women who feel it first, because there is no milk for the children," she said.

Conservation groups working in the area backed the county. Wildlife officer Peter Lekalkuli said rested grazing also helped wildlife and reduced conflict between herders and farmers on the mountain.

The county has promised to set up grazing committees in each ward to manage the reserves and decide, with herders, when to open them early in a bad year.

Assembly member Sora Galgalo, who sponsored the rules, said he was open to changes. "This is not the Bible. If it is not working, we will amend it," he said.

Police reported two clashes between herders and county rangers last month. Nobody was seriously hurt."""),

("Kivu Health Monitor", """Motorbike ambulances cut delays for mothers in Masisi hills

MASISI - In the steep hills of Masisi territory, where roads turn to mud for half the year, a fleet of six motorbike ambulances is helping pregnant women reach health centres in time to give birth safely.

Each ambulance is a motorbike with a covered sidecar fitted with a stretcher. They are run by a local health association and based at health centres in Rubaya, Kibabi and Nyabiondo.

Photo: Ambulance rider Innocent Habimana, 29, checks the sidecar before a call-out in Rubaya. (Kivu Health Monitor/Aimée Furaha)

Since the service started 18 months ago, riders have carried more than 900 women in labour, the association said. Before, many women gave birth at home or were carried on stretchers by relatives for hours.

Riders are called by community health workers using a shared mobile phone number. Habimana said he could reach most villages within an hour, even in rain. "Sometimes I push the bike up the hill. Sometimes the family helps me push. We always arrive," he said.

Midwife Jeanne Kavira, at the Kibabi health centre, said the service had reduced the number of women arriving with complications. "Women who came late were the ones we lost. Now they come early, and we have time," she said.

Caption: A mother and her newborn son rest at the Kibabi health centre after arriving by motorbike ambulance. (Kivu Health Monitor/Aimée Furaha)

Each ambulance costs about US$3,500, and the running costs are covered by a small monthly contribution from community savings groups and by a health charity.

The service has problems. Fuel prices have risen, spare parts must come from Goma, and insecurity in parts of the territory sometimes forces riders to turn back.

Community health worker Faustin Bahati said villagers now saw the ambulances as their own. "When the bike broke down last month, the people collected money to repair it in one day," he said.

The association hopes to add four more ambulances next year and to train women as riders. Two women have already applied."""),

("Touchline Africa", """Kisumu Queens stay top as Vihiga slip at home

Kisumu Queens kept their three-point lead at the top of the Kenyan Women's Premier League on Sunday with a 3-0 win over Nairobi Stars, while second-placed Vihiga Rangers Ladies were held 1-1 at home by Kakamega Starlets.

At Moi Stadium, Kisumu were two up by half-time. Winger Brenda Auma scored after 12 minutes and captain Sharon Achieng added a penalty before the break. Substitute Mary Atieno completed the scoring late on.

Coach Joseph Odhiambo was pleased but cautious. "Three points, no goals conceded. Good. But the league is long," he said.

In Vihiga, Starlets defended deep for most of the match and took the lead against the run of play through Joy Nafula on 55 minutes. Vihiga equalised with ten minutes left when Caroline Ayuma headed in a corner.

Vihiga coach Alice Mukhwana said her side had been careless. "We had twenty shots. Twenty. And one goal," she said.

Results, Round 14:
Kisumu Queens 3 Nairobi Stars 0
Vihiga Rangers Ladies 1 Kakamega Starlets 1
Thika Ladies 2 Nakuru Angels 2
Mombasa Olympic 0 Kibera Soccer Women 1
Embu Daughters 4 Eldoret Falcons 1

Top of the table after 14 matches:
1. Kisumu Queens - P14 W10 D3 L1 GD +19 Pts 33
2. Vihiga Rangers Ladies - P14 W9 D3 L2 GD +14 Pts 30
3. Embu Daughters - P14 W8 D3 L3 GD +10 Pts 27
4. Thika Ladies - P14 W7 D4 L3 GD +8 Pts 25
5. Kibera Soccer Women - P14 W7 D2 L5 GD +3 Pts 23

Kibera Soccer Women's win in Mombasa was their fourth in a row, lifting them into the top five for the first time this season. Coach Pauline Wekesa said the run was built on a young squad, most of them from the club's own academy. "Average age, nineteen. They don't know they are supposed to lose," she said.

Round 15 is played next weekend. The pick of the fixtures is Embu Daughters against Vihiga Rangers Ladies on Saturday, with a place in the top two at stake. Kisumu travel to Thika on Sunday.

Attendance across the round was 6,800, the league said, the highest of the season so far."""),

("Lusaka Court Reporter", """Supreme Court upholds acquittal of Kabwe headteacher in exam leak case

The Supreme Court has upheld the acquittal of a former headteacher from Kabwe who was accused of leaking Grade 12 examination papers to pupils in 2019.

A three-judge panel dismissed an appeal by the Director of Public Prosecutions against a 2022 High Court judgment that set aside the conviction of Mr Bernard Chileshe, 58, on two counts of unlawful disclosure of examination material.

Chileshe had been convicted by the Kabwe Subordinate Court under section 38(1)(b) of the Examinations Council of Zambia Act, No. 15 of 2011, and sentenced to three years' imprisonment with hard labour.

The High Court found that the trial magistrate had relied on the evidence of two pupils who were themselves accomplices, without looking for independent evidence to support it. The Supreme Court agreed.

Delivering the judgment, Justice Mumba Kasonde said the law on accomplice evidence was settled. She cited the court's earlier decisions in Mwale v The People (1984) ZR 61 and Sakala v The People (1976) ZR 95, which require a trial court to warn itself of the danger of convicting on the uncorroborated evidence of an accomplice.

"The trial court did not warn itself. Nor did it find corroboration. The conviction could not stand," the judge said.

The case is reported as The People v Bernard Chileshe, Appeal No. 114/2022.

Outside the court, Chileshe said he had lost five years of his life. "I was arrested in front of my pupils. My name was in every newspaper. Today, at last, the court has cleared it," he said.

His lawyer, Mrs Natasha Mwiinga, said her client would consider a claim for wrongful prosecution.

A spokesperson for the National Prosecution Authority said it respected the judgment and would study it.

The examinations council has since changed the way papers are delivered to schools, using sealed and tracked containers opened only in the presence of an invigilator on the morning of each paper."""),

("EastWire", """Nakuru matatu crews join online campaign over potholes on Kenyatta Avenue

NAKURU, Kenya (EastWire) - Matatu drivers in Nakuru have joined an online campaign calling on the city and national road authorities to repair a stretch of Kenyatta Avenue that they say is destroying their vehicles.

The campaign began two weeks ago when a resident posted photographs of water-filled potholes with the hashtag #FixKenyattaAve and tagged the Kenya Urban Roads Authority's account, @KURAroads. Within days, thousands of people had shared the posts.

On Monday, drivers on the Nakuru-Kabarak route stuck printed copies of the hashtag on their windscreens and drove slowly along the avenue in protest, honking as they went.

Driver Simon Gitau, 36, said he had replaced shock absorbers twice this year. "Every week I pay a mechanic. The money that should go to my family goes to the garage," he said.

Conductor Mercy Nyambura, who collects fares on the same route, said passengers complained about the bumpy ride. "Pregnant women, old people, they all suffer. Some say they will walk instead," she said.

The roads authority replied to the campaign on X, saying the avenue was due for resurfacing under a contract to be awarded this financial year. It asked residents to report the worst spots through its customer care line.

City manager Gitau Thiong'o said the county had patched some potholes with gravel as a temporary measure. Drivers said the gravel washed away with the first rain.

Digital campaigner Amina Yusuf, a university student who started the hashtag, said she had not expected such a response. "I just wanted somebody to see it. Now everybody is talking about one road in Nakuru," she said. She runs the campaign from her account, @aminaspeaks_nku, and has collected more than 400 photographs of damaged roads across the city.

Several members of the county assembly have shared the posts. Ward representative Peter Kamau said he would raise the matter at the next sitting.

The matatu owners' association said its members would hold a bigger protest next month if work had not started by then."""),

("Highveld Agri Trader", """Then the rain came: a Northern Cape sheep farmer on four years of drought

Gert Louw has farmed sheep on the same 6,000 hectares outside Carnarvon for 34 years. His father farmed them before him. In a good year, the veld feeds 1,200 Dorper ewes.

Not last year. Not the year before, either.

By the spring of 2023, Louw had sold two-thirds of his flock. The ones that remained were fed on bought lucerne, trucked in from Douglas at a cost he stopped calculating. "At some point you don't want to know the number," he said. "You just pay."

The drought in the Karoo districts of the Northern Cape lasted almost four years. Dams dried up. Boreholes weakened. Some neighbours walked away from their farms altogether.

Louw's farmworkers, seven families who live on the farm, stayed. Foreman Hendrik Booysen, 61, has worked there since he was a teenager. "Where would we go? This is our home too," he said. "When the boss suffers, we suffer. When it rains, we all laugh."

Then the rain came.

In February, a series of thunderstorms dropped 180 millimetres in three weeks, more than the district's usual total for half a year. Within a month, the veld turned green. Karoo bushes that had looked dead put out new leaves.

Louw drove his bakkie around the farm every evening just to look. "I've seen rain before, obviously. But this was different. I stood in the veld and cried like a child," he said.

Recovery will be slow. Rebuilding a flock takes years, and ewes bought in now cost far more than the ones sold during the drought. The government's drought relief scheme paid for some fodder but nothing for restocking.

Agricultural economist Dr Nomvula Sithole said farmers who survived the drought would need cheap credit to rebuild. "The rain fixes the grass. It doesn't fix the bank balance," she said.

Louw has bought 150 young ewes and plans to add more next year if the rains hold. He checks the weather app twice a day.

Optimistic? "Careful," he said. "A farmer is always careful." """),

]
