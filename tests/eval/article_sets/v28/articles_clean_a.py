# Clean look-alike articles, part A (C1-C13). No damage.
ARTICLES = [
("Cascadia Ledger", """Ferry riders can now buy tickets on their phones. Most still don't.

BREMERTON, Wash. — Two years after Washington State Ferries launched mobile ticketing, fewer than one in five riders on the Bremerton-Seattle route use it, according to figures released this week, and ferry officials say they are trying to figure out why.

The WSF Mobile app, available for iPhone and Android devices, lets riders buy and store tickets and scan a QR code at the terminal turnstile. About 18 percent of walk-on fares on the route were bought through the app in the first quarter, up from 11 percent a year earlier.

Walk-on rider Deborah Nguyen-Park, who commutes to a job at Harborview, said she had tried the app twice. "It worked fine. Then my phone died at the turnstile," she said. "Now I just use my ORCA card."

That is the most common answer, said WSF customer experience manager Jordan Ellis. Most regular commuters already pay with the regional ORCA fare card, which works on buses, light rail and ferries, and see little reason to switch.

Where the app has caught on:

- Occasional riders and tourists, who make up about 60 percent of app purchases.
- Riders buying multi-ride passes, which can be loaded without visiting a ticket window.
- Summer weekend travelers on the San Juan Islands routes, where terminal lines can be long.

Ellis said the agency would add ORCA integration to the app next year, so riders can load their fare cards from their phones. "We're not trying to win a contest between two products," he said. "We want people on the boat with the least hassle."

Some riders raised accessibility concerns. Ferry advisory committee member Harold Kimura said older riders and people without smartphones should never be pushed away from cash or card sales at the window. WSF said it had no plans to close ticket windows.

The agency spent about $2.4 million developing the app, including the QR-code turnstile readers at 19 terminals.

Correction: An earlier version of this story misstated the share of app purchases on the Bremerton route. It is 18 percent, not 28 percent. The story also misspelled the name of advisory committee member Harold Kimura."""),

("Straits Wire", """Malaysia's Penang port to double container capacity under new plan

GEORGE TOWN, Malaysia (Straits Wire) — Penang Port will double its container handling capacity to 4 million twenty-foot equivalent units (TEUs) a year by 2032 under an expansion plan unveiled on Friday, as the northern Malaysian state seeks to keep pace with growth in its electronics manufacturing sector.

The 3.2 billion ringgit ($680 million) plan includes a new 1,200-metre wharf at North Butterworth Container Terminal (NBCT), deepening of the approach channel to 16 metres, and new automated yard cranes, Penang Port Sdn Bhd managing director Azman Hashim told reporters.

"Penang's factories are exporting more every year, and too much of that cargo still goes by truck to Port Klang," Azman said. "We want to keep it here."

Penang is home to hundreds of semiconductor and electronics plants, including facilities run by Intel, AMD and Bosch. Much of their high-value cargo is flown out, but components and finished goods increasingly move by sea.

Penang Chief Minister Chow Kon Yeow welcomed the plan, speaking in Malay at the launch: "Pelabuhan ini adalah nadi ekonomi utara." — "This port is the lifeblood of the northern economy." He said the state would work with federal agencies to speed up approvals.

The port handled 1.9 million TEUs last year, up 5 percent. Utilisation at NBCT reached about 85 percent, close to the level at which congestion typically rises.

Key figures from the plan:

1. Phase 1 (2025-2028): deepen channel; add 600 metres of wharf; capacity rises to 2.8 million TEUs.
2. Phase 2 (2028-2032): second 600-metre wharf; automated yard; capacity reaches 4 million TEUs.
3. Rail: a new spur to connect NBCT with the KTM Northern Line, cutting truck trips by an estimated 30 percent.

Shipping lines have long complained that Penang's draft limits keep the largest vessels away. Officials said the deeper channel would allow ships of up to 14,000 TEUs to call.

Industry group FMM Penang said the expansion was "overdue but welcome." Analysts at Kenanga Research said the funding structure, which relies partly on a sukuk bond issue, had not yet been finalised.

The port is owned by MMC Corp, which also operates Johor Port and Port of Tanjung Pelepas.

(Reporting by Siti Hajar Ismail; Editing by Graham Lowe)"""),

("Tidewater Sports Desk", """Otters rally past Ravens 3-2 to take series lead

KENNEWICK, Wash. — For two periods, the Tri-City Otters looked like a team about to go down 2-0 in a playoff series. Not anymore.

Forward Jakob Lindahl scored twice in the third period and goaltender Marek Vasko made 38 saves Friday as the Otters beat the Portland Ravens 3-2 in Game 2 of their Western Hockey League first-round series. The Otters lead the best-of-seven series 2-0.

Down 2-0 after two periods, Tri-City got a power-play goal from defenseman Cole Ferris at 4:12 of the third. Lindahl tied it at 9:38, and then won it with 1:51 left, one-timing a pass from Ayden Brooks past Ravens goalie Theo Marchand.

"We talked in the room. Just one shift at a time," Lindahl said. "One goal. Then another. Then another."

Scoring summary:

First period — POR: Keller (Sato, Dunn), 11:02.
Second period — POR: Sato (Keller), 15:47 (PP).
Third period — TC: Ferris (Lindahl, Brooks), 4:12 (PP); TC: Lindahl (Ferris), 9:38; TC: Lindahl (Brooks, Ogun), 18:09.

Shots: Portland 40, Tri-City 29. Power plays: Portland 1-of-4, Tri-City 1-of-3. Attendance: 4,872.

Vasko, a 19-year-old from Slovakia, stopped 17 shots in the second period alone. Coach Dave Harrington called it his best game of the season. "He gave us a chance. That's all you can ask," Harrington said.

Ravens coach Kyle Stroud was blunt. "We had it. We gave it back," he said. "That's on all of us."

Portland had won all four regular-season meetings. The Ravens finished 12 points ahead of the Otters in the standings and were widely expected to win the series.

Game 3 is Tuesday at Portland's Veterans Memorial Coliseum. Game 4 is Wednesday, also in Portland.

Stroud said defenseman Luca Romero, who left in the second period after blocking a shot, was day to day. Tri-City forward Ryan Ogun, who missed Game 1 with an illness, played 16 minutes and had an assist.

Three-star selections: 1. Lindahl, TC; 2. Vasko, TC; 3. Sato, POR."""),

("Salish Coast Business Journal", """How a Mount Vernon thrift shop became an eBay powerhouse

MOUNT VERNON, Wash. — On the shelves at Second Wind Thrift, you'll find the usual donated sweaters, casserole dishes and board games. In the back room, you'll find something else: a team of six people photographing, listing and shipping about 900 items a week to buyers around the world on eBay.

The nonprofit shop, which funds a youth job-training program, made about $410,000 in online sales last year, nearly half its revenue, said executive director Colleen MacAllister.

"We used to throw out a lot of things that didn't sell on the floor in 30 days," she said. "Turns out somebody in Ohio really wants that 1970s fondue set."

The online operation began in 2019 with one volunteer and an old iPad. It now runs from a converted storage bay with light boxes, a label printer and a wall of shipping supplies. Trainees in the youth program rotate through the department and learn photography, writing listings, and customer service.

What sells best, according to MacAllister:

- Vintage outdoor gear, especially wool shirts and old Pendleton blankets.
- Pyrex and other mid-century kitchenware.
- Vinyl records, particularly Northwest punk and grunge.
- Fast-food collectibles, including McDonald's Happy Meal toys from the 1990s.
- Old Boeing company memorabilia, which draws buyers from aviation collectors.

Prices vary widely. A single Happy Meal toy might bring $4, while a complete set of Boeing 747 launch-era press kits sold for $1,150 last year.

Youth trainee Isaiah Thornburg, 19, said he had learned more about business in the back room than in any class. "You figure out really fast what a good photo is worth," he said. "Like, literally. In dollars."

MacAllister said the shop also uses Etsy and Facebook Marketplace for some items, but eBay remains its main channel because of its auction format and collector audience.

Other thrift shops in the region have called to ask how it works. MacAllister said the key was treating the online store as a separate business with its own staff and goals, not as something volunteers do between other tasks.

The shop plans to hire two more trainees for the online team this fall. It is also testing a weekly livestream sale on YouTube, which drew about 300 viewers in its first week."""),

("Field Notes Science Daily", """Q&A: The scientist who counts sea stars for a living

ASTORIA, Ore. — In 2013, a wasting disease swept along the Pacific Coast and killed billions of sea stars, turning some species into puddles of goo within days. Marine ecologist Dr. Renata Alvarez-Quinn has spent the decade since counting the survivors. We asked her how the recovery is going.

The interview has been edited for length and clarity.

Q: Are the sea stars coming back?

A: Some are. Some aren't.

Q: Which ones aren't?

A: The sunflower sea star is the big worry. It used to be common from Alaska to Baja. Along the Oregon and California coast it's functionally gone. We may see one in a season.

Q: Why does it matter?

A: Sunflower stars eat sea urchins. When they disappeared, urchin populations exploded and ate the kelp forests. In Northern California, more than 90 percent of the bull kelp was lost in some areas. It's a chain reaction.

Q: Do we know what caused the disease?

A: Partly. A study published last year identified a bacterium that appears to trigger it. Warm water seems to make it worse. But we don't have the whole picture yet.

Q: What does a survey day look like?

A: Low tide, usually early morning. We walk transects, count every star in a set area, measure them, and note whether they look sick. Then we get wet. Always.

Q: Any good news?

A: Yes. Ochre stars, the purple and orange ones people see in tide pools, have recovered in many places. Juveniles showed up in huge numbers in 2015 and 2016. Nobody predicted that.

Q: Can people help?

A: Yes. Report sightings of sunflower stars to the MARINe network or iNaturalist. Don't touch or move sea stars. And support kelp restoration groups.

Q: Is captive breeding part of the answer?

A: It might be. Labs in Washington have raised sunflower stars from eggs to adults. Whether we can put them back in the ocean safely is the next question.

Q: Are you optimistic?

A: Cautiously. Ask me again in five years.

Alvarez-Quinn's lab at the Columbia Estuary Marine Station surveys 22 sites from Cape Disappointment to Coos Bay. Its latest findings were presented this month at a meeting of the Western Society of Naturalists."""),

("Courthouse Dispatch", """State Supreme Court upholds buffer rule for salmon streams

OLYMPIA, Wash. — The Washington Supreme Court on Thursday upheld a state rule requiring wider no-build buffers along salmon-bearing streams, rejecting a challenge by a coalition of farm and property rights groups.

In a 7-2 decision in Skagit Farmland Alliance v. Department of Fish & Wildlife, No. 101842-3, the court held that the department acted within its authority under RCW 77.55.021 when it adopted guidance requiring riparian buffers of up to 250 feet for new development near streams used by threatened salmon.

Writing for the majority, Justice Teresa Gallardo said the statute "plainly contemplates" that the department will consider effects on fish habitat when issuing hydraulic project approvals. She cited the court's earlier decision in Swinomish Indian Tribal Community v. Department of Ecology, 178 Wn.2d 571, 311 P.3d 6 (2013), which struck down a water rule for failing to protect instream flows.

The majority also rejected an argument that the rule amounted to a taking of private property under the Fifth Amendment and article I, section 16 of the state constitution. "A regulation that limits one use of a parcel while leaving others available is not a taking," Gallardo wrote, citing Penn Central Transportation Co. v. New York City, 438 U.S. 104 (1978).

In dissent, Justice Michael Harrow wrote that the department had effectively created new law without legislative approval. "The Legislature, not an agency, must decide how much of a farmer's field is given over to buffers," he wrote. Justice Alan Sato joined the dissent.

The Skagit Farmland Alliance said it was disappointed and would ask the Legislature to clarify the law. The group's president, Karen DeBoer, said the ruling would take productive land out of farming in the Skagit and Snohomish valleys.

Tribes that intervened in support of the department praised the decision. Swinomish Tribal Chairman Steve Edwards said the buffers were "the least we can do for fish that have been here longer than any of us."

The rule applies only to new construction and development requiring a permit, not to existing farming. The department estimates it affects about 1,400 permit applications a year.

The case was argued in January. A lower court had ruled for the department in 2022, and the Court of Appeals, Division One, affirmed in an unpublished opinion, 24 Wn. App. 2d 1011 (2023)."""),

("Okanogan Valley Herald", """Obituary: Ruth Ellen Sandoval, teacher and poet, 91

TONASKET, Wash. — Ruth Ellen Sandoval, who taught English to three generations of Tonasket High School students and published four books of poems about life in the Okanogan, died Feb. 19 at North Valley Extended Care. She was 91.

Born Ruth Ellen Weber in Oroville in 1932, she grew up on an apple orchard near Lake Osoyoos. She earned a teaching degree from Eastern Washington College of Education in 1954 and began teaching at Tonasket that fall. She retired in 1994, after 40 years in the same classroom.

Students remember her red pen, her reading lists and her habit of making every class memorize one poem each term. "She'd say, 'Nobody can ever take a poem from you once it's in your head,'" said former student and Tonasket Mayor Gil Anders. "She was right. I can still do 'Stopping by Woods.'"

Her own poems were spare and rooted in place. Her best-known piece, "October on the Similkameen," was printed in the Seattle Times in 1978 and later set to music by a Spokane choir. It ends:

The river keeps its own counsel.
The orchards give what they were given.
I stand at the fence with my hands in my pockets,
and the light goes on without me.

She married Ernesto "Ernie" Sandoval in 1958. He worked as an orchard foreman and later managed the Tonasket packing house. He died in 2009.

She served on the Tonasket library board for 25 years and led a monthly poetry circle there until last fall. The library plans to name its reading room in her honor.

She is survived by her daughters, Lucia Sandoval of Wenatchee and Anne (Mark) Pettibone of Bellingham; her son, Daniel Sandoval of Tonasket; six grandchildren; and three great-grandchildren.

A celebration of life will be held at 1 p.m. Saturday, March 9, at the Tonasket Community Cultural Center. Friends are invited to bring a favorite poem to read. In lieu of flowers, the family suggests donations to the Tonasket Public Library or the Okanogan Valley scholarship fund."""),

("Rainshadow Review", """Review: Tideline string band finds its voice on 'Salt in the Seams'

PORT TOWNSEND, Wash. — The fourth album from Port Townsend string band Tideline is their quietest yet, and their best.

THE SOUND

Recorded over six days in a converted boat shed, "Salt in the Seams" trades the fast fiddle tunes of their earlier records for slower songs built around Marisa Okafor's voice and Dev Hanlon's clawhammer banjo. The room noise stays in. You can hear the rain on the roof during the title track.

THE SONGS

The standout is "Haul the Net," a working song written from the point of view of a gillnetter's daughter. Its chorus is simple and sticks:

Haul the net, haul the net,
the tide don't wait and it ain't turned yet,
my daddy's hands and my daddy's debt,
haul the net, haul the net.

Elsewhere, "Kitsap Lullaby" is barely two minutes long, just voice and fiddle. "Ferry Line," a wry song about waiting in summer traffic at Kingston, is the album's one real up-tempo number, and it's a welcome change of pace.

Not every track works. "Ballad of the Bosun" drags at almost seven minutes. And the cover of an old sea shanty feels like an obligation.

THE BAND

Tideline formed in 2015 when Okafor, a former wooden-boat shipwright, and Hanlon, a high school science teacher, started playing at a Thursday jam at the Water Street pub. Bassist Cody Merrill and fiddler Ana Lucía Restrepo joined in 2018.

"We stopped trying to be fast," Okafor said in a phone interview. "We'd been playing for the dance floor. This time we played for the kitchen table."

THE VERDICT

Three and a half stars out of four. A warm, unhurried record from a band that knows where it lives.

"Salt in the Seams" is out Friday on the band's own label, Boat Shed Records, on vinyl, CD and streaming services. Tideline plays an album release show at the Key City Playhouse on March 22, with tickets at $22."""),

("Aotearoa Coastal News", """Mussel farm expansion approved for Coromandel coast

THAMES — Waikato Regional Council has approved consents for a 240-hectare expansion of mussel farming off the western Coromandel coast, in a decision that splits local iwi, environmental groups and the aquaculture industry.

The consents, granted on Tuesday, allow Hauraki Shellfish Ltd and two other companies to add up to 60 new longline farms in the Firth of Thames over the next eight years. The council's hearing panel attached 47 conditions, including seabed monitoring and limits on lighting and noise.

Panel chair Hemi Walters said the panel had weighed the economic benefits against concerns about water quality and seabirds. "We've set a tight framework, and if the monitoring shows harm, the consents can be reviewed," he said.

The expansion could produce about 9,000 tonnes of mussels a year and create an estimated 150 jobs in processing and on the water, according to the applicants.

Ngāti Maru, which holds a stake in one of the companies through a Treaty settlement, supported the application. Iwi spokesperson Tamati Herewini said at the hearing: "Ko te moana te pātaka kai o ō tātou tūpuna." — "The sea was the food storehouse of our ancestors." He said the farms would provide work for whānau who had left the region.

Other hapū and some residents opposed the application, arguing that the firth was already under stress from sediment and nutrients washed off farmland.

Main conditions attached to the consents:

1. Farms to be developed in four stages, each requiring a monitoring report before the next begins.
2. No farming within 500 metres of the Miranda shorebird roost.
3. Annual seabed surveys beneath a sample of longlines.
4. A community liaison group including iwi, residents and recreational fishers.

Forest & Bird regional manager Jess Whaanga said the group was considering an appeal to the Environment Court. "The firth is not an empty space waiting to be filled," she said.

Aquaculture New Zealand chief executive Gary Hooper said the decision showed regional councils could approve sustainable growth. New Zealand's aquaculture exports were worth about $700 million last year, with green-lipped mussels the largest share.

Appeals must be lodged within 15 working days."""),

("Harbor & Freight Weekly", """West Coast container volumes climb as East Coast talks drag on

LONG BEACH, Calif. — Container imports at major West Coast ports rose sharply in the spring as shippers moved cargo away from East and Gulf Coast ports ahead of a possible strike by longshore workers there, according to figures released this week.

Combined imports at Los Angeles, Long Beach, Oakland, Seattle-Tacoma and Vancouver, B.C., rose 14 percent in the three months to June compared with a year earlier, while imports at the largest East Coast ports were roughly flat.

The International Longshoremen's Association (ILA), which represents dockworkers from Maine to Texas, has been in talks with the United States Maritime Alliance (USMX) since early in the year. Its contract expires at the end of September.

West Coast ports have labor peace for now. The International Longshore and Warehouse Union (ILWU) and the Pacific Maritime Association (PMA) signed a six-year agreement last year.

Loaded inbound TEUs, April-June (change vs. a year earlier):

Los Angeles — 1,312,400 (+16%)
Long Beach — 1,188,900 (+18%)
Oakland — 258,700 (+7%)
Northwest Seaport Alliance — 331,200 (+11%)
Vancouver — 602,500 (+9%)

"Importers are buying insurance," said Joanna Kessler, a supply chain consultant at Tern Logistics in Seattle. "Nobody wants their holiday goods stuck on a ship off Savannah in October."

The shift has strained some inland connections. BNSF and Union Pacific said intermodal volumes out of Southern California were running at their highest levels since 2021. U.S. Customs and Border Protection (CBP) said clearance times remained normal.

Port of Long Beach CEO Mario Cordero said the port had capacity to spare. "We learned our lessons in 2021," he said. "We're running this at about 75 percent of what we can handle."

Northwest Seaport Alliance CEO John Wolfe said some carriers had added extra loaders, or special sailings, to Tacoma. "We'll take the business, and we hope to keep some of it," he said.

Whether the cargo stays west after the East Coast contract is settled is an open question. In 2022 and 2023, during West Coast talks, cargo moved in the other direction and much of it never came back.

Talks between the ILA and USMX are scheduled to resume next week in New Jersey."""),

("Kerala Port Chronicle", """Vizhinjam port welcomes first mother vessel as trial operations begin

THIRUVANANTHAPURAM — A 300-metre container ship berthed at the new Vizhinjam International Seaport on Thursday, the first large mother vessel to call at India's first deepwater transshipment port, marking the start of trial operations.

The MSC Kamala, with capacity for about 8,000 TEUs, was guided in by tugs as hundreds of people watched from the breakwater and nearby beaches. Officials said the ship would unload about 1,900 containers for onward transshipment to smaller feeder vessels.

Chief Minister V. Suresh Kumar, speaking at a reception on the quay, said in Malayalam: "Ithu Keralathinte swapnam aanu, ippol athu yaatharthyam aayi." — "This was Kerala's dream, and now it has become reality." He said the port would bring investment and jobs to the southern part of the state.

The port, developed by the Adani group under a public-private partnership with the state government, has a natural depth of about 18 to 20 metres close to shore, allowing the world's largest container ships to berth without extensive dredging.

Until now, most Indian transshipment cargo has been handled at Colombo in Sri Lanka, Singapore or Dubai, adding cost and time. Officials estimate Indian exporters spend about $200 to $220 million a year on transshipment handling abroad.

Key numbers:

- Phase 1 capacity: 1 million TEUs a year
- Berth length: 800 metres
- Project cost, Phase 1: about Rs 7,700 crore
- Direct jobs expected: about 5,000

Not everyone was celebrating. Fishermen's groups in the Vizhinjam and Poovar areas have long protested that the breakwater has worsened coastal erosion and cut access to fishing grounds. Latin Archdiocese spokesperson Fr. Eugene Pereira said promised rehabilitation for displaced families was "still only on paper."

Port officials said coastal monitoring showed no significant erosion attributable to the project, and that a Rs 475 crore package for affected families was being implemented.

Commercial operations are expected to begin within three months, after customs and immigration facilities are fully staffed."""),

("Mindanao Daily Observer", """PAGASA declares start of rainy season as La Niña watch continues

DAVAO CITY — The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) on Tuesday declared the start of the rainy season, citing widespread rains across the country over the past week and the onset of the southwest monsoon, or habagat.

PAGASA administrator Dr. Nathaniel Servando said the agency was also keeping a La Niña watch, with a 65 percent chance the phenomenon will develop between August and October. La Niña typically brings above-normal rainfall to much of the Philippines.

"We advise local government units to prepare for possible floods and landslides, especially in Mindanao's eastern provinces," Servando said at a briefing in Quezon City.

The National Disaster Risk Reduction and Management Council (NDRRMC) said it had ordered regional offices to pre-position relief goods and check evacuation centres. Office of Civil Defense (OCD) Region XI director Ednar Dayanghirang said more than 400 centres in the Davao Region had been inspected.

In Davao City, farmers welcomed the rain after months of dry conditions. Banana grower Jun-jun Abella of Calinan said, in Cebuano: "Salamat sa Ginoo, nag-uwan na gyud." — "Thank God, it is finally raining." He said his farm had lost about a fifth of its harvest to drought earlier in the year.

What residents should know, according to PAGASA and the NDRRMC:

- Monitor official advisories on radio, TV and the PAGASA website and social media accounts.
- Prepare a go-bag with water, food, medicine, flashlight and copies of IDs.
- Know the location of your barangay evacuation centre.
- Avoid crossing flooded rivers and roads.

The Davao City Disaster Risk Reduction and Management Office (CDRRMO) said it would hold flood drills in 12 barangays along the Davao River in the coming weeks.

The rainy season typically runs until October or November. Last year, the country recorded 11 tropical cyclones from June to October, including two that made landfall in Mindanao.

Department of Agriculture regional director Abel James Monteagudo said the agency would distribute rice and corn seeds to farmers affected by the dry spell, and urged them to take out crop insurance through the Philippine Crop Insurance Corp. (PCIC)."""),

("Baltic Fisheries Bulletin", """ICES advice: what next year's Baltic numbers mean for fleets

COPENHAGEN — The International Council for the Exploration of the Sea (ICES) published its annual catch advice for Baltic Sea stocks on Wednesday. Here is a short guide to what the scientists recommend, and what it means for fishing fleets around the Baltic.

Central Baltic herring. ICES advises catches of no more than 40,000 tonnes, down about 39 percent from this year's total allowable catch (TAC). The stock's spawning biomass is estimated to be just above the level at which reproduction is impaired.

Gulf of Bothnia herring. Advice is for 52,000 tonnes, a small increase. Finland and Sweden are the main fishing nations.

Sprat. ICES advises up to 201,000 tonnes, roughly unchanged. Sprat is mostly caught for fishmeal and for canning in Latvia and Estonia.

Eastern Baltic cod. Zero catch. The stock remains in very poor condition, with fish small and thin.

Western Baltic cod. Zero catch, as in the previous two years.

Plaice. Up 12 percent, to about 19,000 tonnes.

Salmon (main basin). ICES advises that commercial sea fishing remain closed, with river fishing only in rivers where wild stocks are strong.

"There is no stock here where we can say things are good," said ICES Baltic fisheries working group chair Dr. Katrin Müller-Rask. "For some, stable. For most, fragile."

Fishing industry representatives called the herring advice too cautious. Swedish Pelagic Federation chair Lars-Erik Holm said scientists had "moved the goalposts" on estimating herring stocks.

Environmental groups said ministers should follow the advice in full. "ICES gives the numbers. Ministers should stop haggling over them," said Ocean Nord's Ida Lund.

Next steps:

1. The European Commission will publish its proposal for Baltic quotas in late August.
2. Member states will negotiate in the Council's fisheries working party in September.
3. Ministers will set final TACs at the October meeting of the AGRIFISH Council in Luxembourg.

Russia, which also fishes in the Baltic, sets its own quotas outside the EU process. ICES said it had not received Russian catch data for the second year in a row."""),
]
