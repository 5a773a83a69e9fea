ARTICLES = [
("Top End Times", """Live cattle shipments from Darwin rebound as Indonesian permits flow

DARWIN — Live cattle exports through the Port of Darwin rose 19 per cent in the first half of the year, as Indonesia issued import permits more quickly and feedlots in Sumatra and Java rebuilt herds after a foot-and-mouth outbreak in 2022.

About 214,000 head left the East Arm Wharf livestock berth between January and June, according to figures from the Northern Territory Livestock Exporters Association (NTLEA). Most were bound for Jakarta's Tanjung Priok, Panjang in Lampung and Surabaya, with smaller consignments to Vietnam and Malaysia.

"A year ago we had ships sitting in the harbour waiting on paperwork," said association chief executive Tess Whitford⟦stray: .,⟧ "Now the permits are coming through in weeks, not months, and the stations are sending cattle."

Pastoralists in the Katherine and Victoria River districts said prices at the yards had lifted to about $3.40 a kilogram for feeder steers, up from $2.60 last year. "It's the first season in three that the numbers add up," said Rob McKinnon, who runs 11,000 head on a station south of Timber Creek.

The trade remains politically sensitive. The federal government has committed to phase out live sheep exports by sea from Western Australia, and animal welfare groups want cattle included. Dr Hannah Levesque of the advocacy group Animals Across Borders said voyages to Indonesia were shorter than sheep voyages ⟦break:but. Still⟧ involved heat stress in the wet season.

Exporters point to the independent observer program and the Exporter Supply Chain Assurance System (ESCAS), which requires cattle to be tracked to approved abattoirs. "Every animal that leaves this wharf is accounted for, right through to slaughter," Whitford said.

The Darwin Port Corporation said it was upgrading the livestock berth's loading ramps and fodder storage, with work due to finish before the next dry season. About 80 ship visits a year are linked to the ⟦broken_paragraph:cattle trade,

making⟧ it one of the port's largest sources of revenue after fuel imports and offshore gas supply.

Wharfies say the rebound has brought back overtime. "Two years ago there were weeks with nothing on the berth," said Maritime Union of Australia delegate Sione Taufa. "This month we've had a ship every four days."

⟦disclaimer:Content syndicated from Top End Times via NewsWire Partners. Republished under licence; the publisher accepts no responsibility for errors.⟧
"""),

("Straits Maritime Journal", """Tuas port opens fifth automated berth, aiming for 65 million TEU

SINGAPORE — PSA Singapore opened the fifth fully automated berth at Tuas Port on Wednesday, taking the megaport a step closer to its target of handling 65 million twenty-foot equivalent units (TEU) a year when all phases are complete in the 2040s.

The new berth, 450 metres long with a depth of 23 metres, uses remote-controlled quay cranes and a fleet of 48 driverless automated guided vehicles (AGVs) that carry boxes between the ship and the yard. Crane operators work from a control centre about two kilometres away.

"A crane operator at Tuas now sits in an office chair with six screens in front of him, and he can work three cranes in a shift," said Tan Wei Ming, PSA's head of Tuas operations. "The job is still skilled. It is just done differently."

⟦embed:MPA Singapore @MPA_Singapore · 2h
Another milestone at #TuasPort 🏗️ Berth 5 now operational with 48 AGVs and remote-controlled quay cranes. Watch the first vessel call 👇
pic.twitter.com/a8Kd3QzT1x
312 reposts · 1,104 likes⟧

Singapore handled 39 million TEU last year, a record, as Red Sea diversions forced carriers to reshuffle networks and hold more containers in Asian hubs. Tuas will eventually replace the city terminals at Tanjong Pagar, Keppel and Pasir Panjang, freeing prime waterfront land for housing and offices.

The Singapore Port Workers Union said 1,200 members had been retrained for remote operation and maintenance roles since 2021. "Nobody lost a job because of automation, and we intend to keep it that way," ⟦attribution:general secretary Kavitha Pillai said, union general secretary Pillai added⟧.

Shipping lines were broadly positive. A spokesperson for one of the large alliances said turnaround times at Tuas were averaging under 24 hours for 20,000 TEU vessels. Smaller feeder operators have been less enthusiastic. Ahmad Zulkifli, who runs a two-ship feeder service to Batam and Bintan, said berth windows for small ships at Tuas were harder to secure than at the older terminals. "The big ships come first. We understand," he said. "But our customers still need their boxes."

⟦placeholder:%%PULLQUOTE_2%%⟧

PSA said it would publish berth productivity data quarterly from next year. Phase 2 of Tuas, with a further 21 berths, is under construction.
"""),

("Tasman Science Weekly", """Abalone divers and scientists map heatwave damage along Tasmania's east coast

ST HELENS, Tas — A joint survey by commercial divers and marine scientists has found that blacklip abalone numbers on reefs between St Helens and Bicheno fell by about 40 per cent after a marine heatwave in the summer of 2023–24.

The survey, run by the Tasmanian Abalone Council (TAC) with researchers from the University of Tasmania's Institute of Marine and Antarctic Studies (IMAS), covered 126 reef sites at depths of 3 to 15 metres. Divers counted abalone along fixed 30-metre transects and photographed kelp cover, sea urchins and water clarity.

"We've never had this level of detail before," said IMAS ecologist Dr Lachlan Boyd. "Commercial divers spend hundreds of days a year underwater. They see things no research program could afford to see."

Water temperatures off the east coast reached 2.5 degrees above average for more than ten weeks, according to the Bureau of Meteorology. ⟦fragment:Stressed animals, weakened by the warm water and hungry after the loss of kelp.⟧ Divers also reported large numbers of empty shells on some reefs.

The abalone council has agreed to cut the total allowable commercial catch for the eastern zone by 30 per cent this season, to ⟦glued:263tonnes⟧, a move that will hit the incomes of about 60 licence holders. Tasmania produces roughly a quarter of the world's wild-caught abalone, most of it exported live or canned to China, Hong Kong and Japan.

"It hurts, but it's the right call," said diver Mick Harrington, who has worked out of St Helens for 31 years. "If we fish it down now, there's nothing for my nephew in ten years."

⟦dup:1⟧

The spread of long-spined sea urchins, which arrived from New South Wales as currents warmed, is also a concern. Urchins graze kelp down to bare rock, creating so-called urchin barrens where abalone cannot feed. Scientists estimate that barrens now cover about 15 per cent of reef on the east coast, up from less than 3 per cent in 2002.

The state government has funded an urchin harvest program, paying divers to remove them for the restaurant trade⟦stray:。⟧ About 380 tonnes were taken last year.

The survey team plans to repeat the count every two years.
"""),

("Island Law Bulletin", """Coast pilot not negligent in 2022 ferry allision, judge rules

VANCOUVER — A Federal Court judge has ruled that a B.C. coast pilot was not negligent when a chartered passenger ferry struck a dock at Horseshoe Bay in July 2022, dismissing a $4.6-million claim brought by the ferry's owner against the Pacific Pilotage Authority.

Justice Arjun Mehta found that a loss of propulsion on the ferry's starboard engine, rather than any error in the pilot's handling, caused the 6,000-tonne vessel to drift ⟦break:into. The⟧ dock at about three knots. The allision damaged pilings and a passenger ramp and injured two dockworkers, neither seriously.

The owner, Salish Charter Ferries Ltd., argued that pilot Capt. Henry Mallory should have called for tug assistance once the engine alarm sounded, about 90 seconds before impact. Its lawyer told the court that a "prudent pilot in the same position would have dropped anchor immediately."

Justice Mehta rejected that argument, noting expert evidence that the anchor could not have arrested the vessel in the available distance. "Hindsight is not the measure of reasonable seamanship," he wrote. "Capt. Mallory made a series of rapid and defensible decisions in a situation not of his making."

The Pacific Pilotage Authority, which dispatches licensed pilots to vessels in B.C. waters, welcomed the decision. "Our pilots make hundreds of difficult manoeuvres every week," ⟦attribution:chief executive Julie Nakamura said in a statement, she said⟧. "This judgment recognizes the professionalism of Capt. Mallory and the dispatch team."

⟦placeholder:[[AUTHOR_BIO]]⟧

The B.C. Coast Pilots association said Capt. Mallory, who has piloted ships in the area for 22 years, had been under considerable strain during the three-year case. "He did his job, and he was put through the wringer for it," said association president Doug Fenwick.

Salish Charter Ferries said it was reviewing the decision. Under the Pilotage Act, a pilot's liability is generally limited to $1,000, but the owner had argued the authority itself was vicariously liable for the full amount.

The Transportation Safety Board of Canada found in its 2023 report that a corroded fuel line on the starboard engine had failed, and recommended more frequent inspection of fuel systems on older passenger vessels.

⟦furniture:© 2025 Island Law Bulletin. All rights reserved. Reproduction without permission is prohibited.⟧
"""),

("Kootenay Valley Sentinel", """Residents question BC Hydro plan to lower Arrow Lakes reservoir through spring

NAKUSP — BC Hydro's plan to hold the Arrow Lakes Reservoir about four metres below normal levels through May has drawn sharp questions from residents and business owners at a packed community meeting in Nakusp.

The utility says the drawdown is needed so that the Hugh Keenleyside Dam can absorb an expected high snowpack in the upper Columbia basin and meet flood-control commitments to the United States under the Columbia River Treaty. Snowpack at the Mount Revelstoke station was measured at 132 per cent of normal on March 1.

More than 180 people crowded into the Nakusp Legion hall on Thursday night. Many said the low water would expose dusty lakebed, strand boat launches and ⟦glued:cutoff⟧ summer tourism before it starts.

"Last time they did this, the beach in front of my house turned into a dust bowl for two months," said Carol Ashby, who has lived near Fauquier for 28 years. "My grandkids couldn't play outside when the wind came up."

⟦embed:Arrow Lakes Reservoir Watch
Shared a video (3:47): "Drone footage — exposed lakebed at Nakusp waterfront, March 2025"
1,082 reactions · 356 shares⟧

BC Hydro community relations manager Rajiv Sandhu said the utility expected the reservoir to refill by late June. "We understand the frustration. Our obligation under the treaty is to manage flood risk for everyone downstream, including in Trail and Castlegar," he said.

The Columbia River Treaty is being modernized after more than a decade of negotiations between Canada and the United States. Residents of the Arrow Lakes communities, many of whose families were displaced when the reservoir was flooded in 1968, have pushed for a greater say in how it is ⟦broken_paragraph:operated, and the

new agreement⟧ includes a provision for more local consultation.

Regional district director Aimee Haddad said the community would ask BC Hydro to fund dust control on exposed beaches and temporary extensions to boat ramps. "We're not asking them to ignore the treaty. We're asking them to pay for what it costs us," she said.

Tourism operators in Nakusp said bookings for the May long weekend were already down. Paddleboard rental owner Jess Caron said she would move her rentals to Summit Lake until the water comes back.

BC Hydro said a second public meeting would be held in Burton in April.
"""),

("Nusantara Freight Weekly", """Tanjung Priok dwell times fall as new gate system beds in

JAKARTA — Average container dwell time at Tanjung Priok, Indonesia's largest port, fell to 2.7 days in the first quarter, down from 3.6 days a year earlier, after state port operator Pelindo rolled out a new automated gate and booking system.

The system requires trucks to book time slots before arriving at terminal gates and uses number-plate recognition cameras to speed checks. Pelindo said average gate transaction time had fallen from about four minutes to under 70 seconds.

"Dwell time is the number our customers care about most," said Pelindo regional director Bambang Sulistyo. "Every day a box sits in the yard costs an importer money and takes space we need for the next ship."

⟦foreign:Kami menargetkan rata-rata waktu inap peti kemas di bawah dua setengah hari sebelum akhir tahun ini.⟧

Tanjung Priok handled 7.9 million twenty-foot equivalent units (TEU) last year. The port has struggled for years with congestion on roads linking it to industrial estates in Bekasi and Karawang, where much of Java's manufacturing is based.

Truck drivers said the booking system had reduced queues at the gates but not on the toll roads. "The gate is fast now. The road to the gate is the same," said Joko Susanto, a driver for a Cikarang logistics firm⟦stray: :⟧ "I still leave at 3 a.m. to make a 7 a.m. slot."

⟦fragment:Which the Indonesian Logistics and Forwarders Association had long called for.⟧ The association's chairman, Hendra Wibisono, said the next step should be integrating customs inspections into the same digital platform.

Residents of Koja and Cilincing, the densely populated districts around the port, say truck traffic remains heavy at night. "We sleep with the windows closed because of the dust," said Siti Aminah, who runs a food stall on Jalan Cakung Cilincing.

Pelindo said it planned to extend the system to Tanjung Perak in Surabaya and Belawan in Medan by the end of the year.

⟦disclaimer:Artikel ini diterjemahkan menggunakan mesin penerjemah (machine translation). Mohon maaf atas kesalahan penerjemahan.⟧
"""),

("Southern Cross Sports Desk", """Hong Kong crew dominate dragon boat regatta on Darling Harbour

SYDNEY — A crew from Hong Kong's Stanley Paddle Club swept the premier open 1000 metres and 500 metres finals at the Sydney International Dragon Boat Festival on Saturday, ending a four-year winning streak by the home side, Harbour City Dragons.

Stanley won the 1000 metres in 4:02.18, more than three seconds ahead of the Harbour City boat, and took the 500 metres in 1:58.73. More than 4,500 paddlers in 190 crews took part in the two-day regatta, one of the largest in the southern hemisphere.

"We trained in typhoon season, so a bit of chop on Darling Harbour did not worry us," said Stanley sweep Kenneth Lau, 38, who has steered the crew since 2016. "The drummer kept the rhythm, and the boys did the rest."

Harbour City Dragons captain Teresa Vuong said her crew had been beaten by a better team. "We were ⟦break:two. Seats⟧ down at halfway and we couldn't close it," she said. "They're the real deal."

In the women's premier 500 metres, Auckland's Waitematā Paddlers won in 2:11.06, edging Brisbane's Riverside Dragons by four-hundredths of a second after a photo finish. The mixed premier title went to a Singapore crew from the Kallang Basin Dragon Boat ⟦glued:Associationin⟧ 2:04.44.

Breast cancer survivor crews, which race in pink boats in a dedicated division, drew the loudest cheers of the weekend. The Pink Paddlers of Wollongong, whose youngest member is 47 and oldest 81, won their division for the third year.

"People think it's a gentle thing. It's not. It's 22 people going flat out," said Wollongong paddler Bev Hollis, 74.

⟦dup:2⟧

Organisers said the festival, which marks the traditional Duanwu holiday, drew about 60,000 spectators to the harbour foreshore over the weekend.
"""),

("The Harbourfront Ledger", """Obituary: Rosa Ferreira-Lund, 1946–2025, net mender and union organizer

Rosa Ferreira-Lund, who mended gillnets on the Steveston waterfront for more than three decades and helped organize the first women's committee of the United Fishermen and Allied Workers' Union, died on Jan. 29 at her home in Richmond. She was 78.

Her son, Tomas Lund, said she died after a long illness.

Born in the Azores, Mrs. Ferreira-Lund came to Canada in 1964 to join an aunt who worked in a Steveston cannery. She spent her first summer on the canning line at the Imperial plant, packing sockeye into half-pound tins, and later learned to mend nets from a Japanese Canadian fisherman who ran a loft on Moncton Street.

"She could find a hole in a 200-fathom net by running it through her hands," said Ken Shimizu, a retired fisherman whose family's nets she mended for 20 years. "You'd hand her a mess of ⟦broken_paragraph:twine on a Monday,

and⟧ by Tuesday night it was like new."

In 1978, she helped set up a women's committee within the union that pushed for equal pay for shore workers and for child care during the fishing season. She later served two terms on the union's general executive board.

"Rosa never raised her voice, and she never backed down," ⟦attribution:former union president Bill Sorensen said, Sorensen recalled, said the former president⟧. "When she said a thing would be done, it was done."

⟦placeholder:Photo: undefined / The Harbourfront Ledger⟧

After the closure of most Steveston canneries in the 1990s, Mrs. Ferreira-Lund volunteered as a guide at the Gulf of Georgia Cannery National Historic Site, where she demonstrated net mending to school groups into her seventies.

She is survived by her son, her daughter Ana, five grandchildren and a sister in Ponta Delgada. Her husband, fisherman Olaf Lund, died in 2011.

A funeral mass will be held at St. Joseph the Worker Parish in Richmond on Feb. 14. In lieu of flowers, the family asks for donations to the Steveston Community Society's heritage program.
"""),

("Cape Breton Tides", """Lobster season opens with strong landings and lower prices

LOUISBOURG, N.S. — Lobster fishers in Cape Breton hauled their first traps of the spring season on Thursday, reporting strong catches but opening shore prices well below last year's levels.

Buyers at Louisbourg, Main-à-Dieu and Gabarus were paying between $7.50 and $8.25 a pound for canners and markets, according to fishers contacted by the Tides, compared with more than $10 at the same point last year. Buyers blamed weaker demand in the United States and China and high inventories of frozen product.

"Good lobster, plenty of it, and a lousy price," said Darlene MacKinnon, who fishes with her son out of Main-à-Dieu. "Same story every few years. You just hope it climbs by June."

⟦embed:Cape Breton Fish Harvesters 🦞 @CBFishHarvesters
Dumping day in LFA 27! 🎣 Safe fishing to all crews heading out this morning. Watch the boats leave Louisbourg 📽 0:42
Liked by 2,418 people · 96 comments⟧

About 500 licence holders fish in Lobster Fishing Area 27, which runs along the eastern shore of Cape Breton. The season lasts nine weeks and closes on July 15. Each licence allows up to 275 traps.

Fisheries and Oceans Canada said it had increased patrols this year after reports of unlicensed fishing near Scatarie Island. ⟦fragment:Including two new fast patrol boats stationed at North Sydney and a drone unit borrowed from Halifax.⟧

Crews said fuel and bait costs were the main worry. Mackerel and herring bait has become scarce since DFO closed the commercial Atlantic mackerel fishery in 2022, and many fishers have turned to imported bait or salted fish heads. "I paid $65 a box for bait this week⟦stray:..⟧" said Gabarus fisher Allan Burke. "Three years ago it was $35."

Processors say the lower price reflects a global market in flux. "Restaurants in New York and Shanghai are cautious," said Shawn Pothier, general manager of a live-lobster exporter in Sydney River. "When they're cautious, we feel it here within a week."

The Cape Breton Fish Harvesters Association is urging members not to rush product to the wharf in the first weeks, to avoid flooding buyers and driving prices lower.

⟦furniture:What do you think? Join the conversation below — comments are moderated and may take up to 24 hours to appear.⟧
"""),

("Northstar Press Agency", """Tasmania orders salmon farms to cut stocking in Macquarie Harbour

HOBART (NPA) — Tasmania's environment regulator has ordered salmon farming companies in Macquarie Harbour to cut fish stocking by a further 15 per cent from next season, after monitoring found dissolved oxygen levels in the harbour's deep water had dropped again.

The Environment Protection Authority (EPA) said the cut would reduce the harbour's biomass cap to about 9,500 tonnes. The harbour, on Tasmania's remote west coast near Strahan, is also home to the endangered Maugean skate, a species found nowhere else.

⟦glued:"Thescience⟧ is telling us the harbour is under stress, and we have to respond," said EPA director Wes Marriott. "The skate doesn't have anywhere else to go."

Salmon farming is one of Tasmania's largest industries, worth about $1.3 billion a year and employing more than 5,000 people. Three companies farm in Macquarie Harbour. In a joint statement, they said they ⟦break:would. Comply⟧ with the order but warned of job losses in Strahan and Queenstown.

"Every tonne we take out of the water is work that disappears from the west coast," ⟦attribution:said industry council chair Luke Reardon, Reardon said⟧. "This is a community of 600 people. There is no other employer."

Conservation groups said the cut did not go far enough. Dr Fiona Hartigan of the Tasmanian Marine Conservation Society said federal scientists had recommended removing farms from the harbour altogether. "A 15 per cent cut is a bandage on a wound that needs surgery," she said.

The federal government is considering whether to take action under national environment law. Environment Minister Katrina Shaw said in January that she would decide after reviewing the latest scientific advice, but has not set a date.

Strahan residents are divided. Café owner Jodie Cooper said salmon workers made up about a third of her winter customers. "Tourists come in summer, salmon workers keep us alive in winter," she said. Others worry about the harbour's future. "My grandfather fished this harbour when it was clean," said retired ranger Noel Bradshaw. "I'd like my grandchildren to see it that way."

The EPA will review oxygen levels again in October.

⟦disclaimer:NPA content is distributed to partner newsrooms under a syndication agreement and was not edited by this publication.⟧
"""),

("Top End Times", """Offshore gas supply base at East Arm to double in size

DARWIN — A supply base at Darwin's East Arm serving offshore gas projects in the Timor Sea and the Browse basin will double in size over the next two years, its operator said on Monday, as new fields move toward production.

Arafura Marine Services will spend $180 million adding 12 hectares of laydown area, a second 220-metre wharf and a pipe-coating plant. About 150 construction jobs will be created, with 90 ongoing roles once the expansion is running.

"We have offshore supply vessels queuing for a berth at peak times," said managing director Graham Kilpatrick. "The operators want a bigger base, and they want it in Darwin, not in Broome or Dili."

⟦placeholder:{{ADVERTISEMENT_SLOT_INLINE_2}}⟧

The base supports floating production units and drilling rigs hundreds of kilometres offshore. Supply vessels carry drilling mud, fuel, food, pipe and equipment, and helicopters fly crews from Darwin airport to the platforms.

Darwin's offshore industry has grown since the start of production at the Ichthys field in 2018. The Barossa project, which will feed gas to the existing Darwin LNG plant at Wickham Point, is expected to begin production this year.

⟦fragment:Delivering pipe joints by the thousand, day and night, to the waiting vessels.⟧ Workers at the existing base said conditions in the build-up season, when humidity is highest, were the hardest part of the job.

"You're moving steel in 36 degrees with 80 per cent humidity," said rigger Jayden Morrison, 26, who grew up in Palmerston. "But the money's good, and it's home. I don't have to fly in and out."

Larrakia Traditional Owners, whose country includes East Arm, have a land use agreement with the company. Larrakia Nation's chief executive, Bernadette Kelly, said the agreement included a target of 20 per cent Aboriginal employment on the construction phase.

⟦dup:2⟧

⟦embed:NT News Desk @TopEndDesk · 1h
Big expansion for East Arm supply base — 12 ha, new 220m wharf, 150 jobs. Full story on our site.
💬 14   🔁 27   ♥ 88⟧

The NT government said the expansion was consistent with its plan for a marine industry park at Middle Arm.
"""),

("The Granville Review", """Fishermen's choir from Tofino to Ucluelet brings sea songs to the Orpheum

VANCOUVER — Twenty-six fishermen, deckhands and cannery retirees from the west coast of Vancouver Island took the stage at the Orpheum on Saturday, singing work songs, hymns and a few rowdy ballads to a sold-out house of about 2,600.

The West Coast Men's Choir, formed in Ucluelet in 1998 as a way to fill long winter evenings, has performed in harbour towns from Alaska to Nova Scotia but had never played a major Vancouver hall. Director Sachiko Iwamoto, a retired music teacher whose grandfather fished herring out of Ucluelet before the Second World War, said the invitation came after a video of the choir singing on a dock went viral last year.

The evening opened with a slow arrangement of a traditional Japanese fishing song, sung in memory of the Japanese Canadian fishing families of the coast, many of whom lost their boats when they were forcibly removed in 1942. Iwamoto introduced it ⟦broken_paragraph:with a few words

in Japanese⟧ from her grandfather's notebook: ⟦foreign:海は私たちの畑であり、私たちの家族を養ってくれた。⟧

From there the mood lifted. Retired troller Jimmy Olsen, 79, sang a solo on a song about a halibut that got away, to laughter and applause⟦stray:)⟧ A group of younger crew members, including two Nuu-chah-nulth deckhands from Ahousaht, led a call-and-response song with the audience that had half the balcony on its feet.

"We are not professional singers," Iwamoto said after the show. "They are people who know the sea. When they sing about a storm, they have been in that storm."

Proceeds from the concert, about $118,000, will go to the Ucluelet and Tofino lifeboat stations of the Royal Canadian Marine Search and Rescue. Station coxswain Dave Ferreira said the money would help buy a new rigid-hull inflatable to replace a boat ⟦glued:bought in2006⟧.

The choir's next stop is Prince Rupert in June.
"""),

("Coral Coast Business Daily", """Port of Brisbane car imports slide as EV stockpiles clear

BRISBANE — New vehicle imports through the Port of Brisbane fell 12 per cent in the March quarter, as importers worked through a stockpile of electric and hybrid cars that built up last year, according to data from the port's operator.

The port handled about 61,000 new vehicles in the quarter, down from 69,000 a year earlier. Car carriers from Japan, South Korea, China and Thailand call at the AutoStrad and Fisherman Islands terminals, where vehicles are checked for biosecurity before being trucked to dealers across Queensland and northern New South Wales.

"Last year every car carrier was full to the ceiling, because importers wanted stock before the new efficiency standard came in," said Port of Brisbane chief executive Neil Scales-Harrison. "This year they're ⟦break:being. Much⟧ more careful about what they bring in."

The New Vehicle Efficiency Standard, which took effect in July 2025, sets average emissions targets for each carmaker's fleet. Some brands rushed to import high-emitting models before the standard applied, while others shipped extra electric vehicles to earn credits.

The slowdown has hit stevedoring work. Maritime Union of Australia delegate Kieran Doyle said vehicle drivers, who drive cars off ships and into holding yards, had lost about a quarter of their shifts. "We had 140 blokes on casual lists getting four shifts a week," he said. "Now it's two or three."

Biosecurity inspections remain a bottleneck. In the wet season, ships carrying vehicles from some countries must be treated for the brown marmorated stink bug, a pest that can devastate fruit crops, before they can unload. The Department of Agriculture said it had cut average treatment delays from five days to two.

Analysts expect volumes to recover in the second half as stockpiles clear. "Brisbane is a growth market; people are still buying cars," said Amira Khalil, an automotive analyst at Coral Partners.

⟦furniture:ADVERTISEMENT — Story continues below⟧

The port also reported record container volumes of 1.55 million TEU for the financial year to date.

⟦disclaimer:This article was automatically generated from company data and wire copy and has not been reviewed by a journalist.⟧
"""),

("Penang Evening Post", """Teluk Bahang fishermen say catch down by half after reclamation

TELUK BAHANG — Fishermen in this village on Penang's northwest tip say their catches of prawns, mackerel and squid have fallen by about half in three years, and they blame land reclamation along the island's southern coast for muddying the waters they fish.

About 120 fishermen operate from the Teluk Bahang jetty, most in fibreglass boats under 10 metres long. They use drift nets and traps within a few nautical miles of shore.

"Before, I could come back with 30 kilos of prawns in a morning. Now, if I get 12 kilos I am happy," said Ismail Ahmad, 52, who has fished here since he was a teenager. He spoke in Malay, and ended with a complaint shared by many at the jetty: ⟦foreign:Kalau macam ini berterusan, anak-anak kami tidak akan mahu jadi nelayan lagi.⟧

The Penang South Islands project, a plan to create three artificial islands off the southern coast, has been scaled back to one island since it was first proposed. Reclamation began in 2023. Fishermen's groups say plumes of sediment travel north along the coast with the tides.

The state government disputes that. "Our monitoring shows the turbidity is within limits set in the environmental impact assessment, and it does not extend to Teluk Bahang," ⟦attribution:a state spokesperson said, the spokesperson told the Post⟧. The state has paid compensation to about 4,000 fishermen in the south.

⟦fragment:Although fishermen in the north, who were not included in the compensation scheme because the EIA said they would not be affected.⟧ They are now asking to be added.

Dr Lim Siew Hoon, a marine biologist at Universiti Sains Malaysia, said declining catches along Penang's coast had many causes, including overfishing by larger trawlers, warming seas and pollution from rivers. "Reclamation may be part of it, but we need independent data to know how much," she said.

The Penang Inshore Fishermen Welfare Association has asked the state to fund an independent study and has collected 2,300 signatures.

⟦dup:1⟧
"""),

("Pacific Freight Review", """Nanaimo port adds vehicle-processing yard as Duke Point traffic grows

NANAIMO, B.C. — The Nanaimo Port Authority will build a 7.5-hectare vehicle-processing yard at its Duke Point terminal, aiming to handle up to 80,000 new cars a year for Vancouver Island dealers that now receive most of their vehicles by truck and ferry from the mainland.

Port president Duncan Harwell said on Thursday that the $46-million project, funded partly through Transport Canada's National Trade Corridors Fund, would be ready by the end of 2026. "Every car on the Island currently crosses on a BC Ferries deck or a barge," he said. "Bringing them straight to Duke Point by ship takes pressure off the ferries and off the Trans-Canada."

Duke Point handled 410,000 tonnes of cargo last year, mostly containers, forest products and project cargo. The port also operates a cruise terminal in downtown Nanaimo that saw 14 ship calls.

⟦embed:Nanaimo Port Authority
YouTube · Duke Point vehicle yard: project overview ▶ 2:36
4.1K views · 3 weeks ago · 58 comments⟧

Local dealers welcomed the plan. "Right now I'm paying $600 a car to get a truckload of vehicles over from Tilbury," said Angela Pratt, general manager of a dealership in Nanaimo's north end. "If it comes straight in by ship, that's real savings for customers."

Snuneymuxw First Nation, on whose territory the port sits, has a 2023 agreement with the port authority covering land use and jobs. Chief Rowan Seward said the nation would own a share of the processing business. "This is our harbour, and we intend to benefit from it⟦stray:」⟧" he said.

Neighbours in the Cedar area have raised concerns about lighting and noise from a 24-hour yard. The port said it would use downward-facing LED lighting and a 4-metre berm along the ⟦broken_paragraph:southern boundary.

Work will⟧ begin in spring, subject to final approvals.

⟦placeholder:[gallery ids="2231,2232,2233"]⟧

Harwell said the port was also looking at a second berth extension at Duke Point and expected to announce a decision by the fall. ILWU Local 508 welcomed the project, saying it could mean 30 to 40 new jobs for its members on a regular basis.
"""),

("Manila Port Chronicle", """Cebu baseport relocation to Consolacion moves ahead despite fishers' protest

CEBU CITY — The Cebu Port Authority (CPA) has approved the next phase of a plan to move most cargo operations from the congested Cebu International Port to a new P12-billion terminal in Consolacion, north of the city, despite protests from fishing communities on the reclaimed site.

The New Cebu International Container Port, built on 25 hectares of reclaimed land in Barangay Tayud, will handle up to 500,000 twenty-foot equivalent units (TEU) a year in its first phase. The old baseport, hemmed in by downtown streets, will shift to passenger and domestic roll-on, roll-off traffic.

"Trucks going into the old port have to pass through some of the busiest streets in the Visayas," CPA general manager Atty. Francisco Comendador said on Wednesday. "We are moving the trucks out of the city centre and giving ⟦break:the. Shipping⟧ lines a modern terminal."

Members of the Tayud fishing cooperative say the reclamation has destroyed mangrove areas where they caught crabs and fish. Cooperative president Ernesto Lapiz spoke at a protest outside the CPA offices on Tuesday, addressing the crowd in Cebuano. ⟦foreign:Wala mi kontra sa pag-uswag, apan kinahanglan usab nga adunay tabang alang sa mga mangingisda nga nawad-an og panginabuhian.⟧

The CPA says it has provided ⟦glued:P45,000in⟧ livelihood assistance to each of 312 affected fishing families and planted 40 hectares of mangroves in Danao and Compostela.

Shipping lines have welcomed the move. "The old port works, but barely," said Melvin Yap, Cebu manager for a Manila-based domestic container line. "At the new port we can turn a vessel in 18 hours instead of 30."

The first phase of the Consolacion port is expected to open in 2026. Cebu handled about 1.1 million TEU of domestic and foreign containers last year, making it the country's second-busiest container port after Manila.

The CPA said it would hold a further consultation with affected barangays before any second-phase reclamation is approved.

⟦disclaimer:Ang artikulong ito ay isinalin gamit ang awtomatikong pagsasalin. Translated automatically; please refer to the original for accuracy.⟧
"""),

("Straits Maritime Journal", """Laem Chabang phase three berths draw first mega-ship calls

LAEM CHABANG, Thailand — Thailand's main deep-sea port welcomed its first 24,000 TEU container ship at the new phase three terminal on Saturday, marking a milestone in a 114-billion-baht expansion meant to lift annual capacity to 18 million twenty-foot equivalent units (TEU).

The Port Authority of Thailand (PAT) said the vessel, on a weekly Asia–North Europe service, loaded and discharged about 7,800 boxes in just under 29 hours. Phase three adds a 2-kilometre quay with a depth of 18.5 metres, enough for the world's largest container ships.

"Before, the biggest ships skipped Laem Chabang and our exporters sent boxes by feeder to Singapore or Tanjung Pelepas," ⟦attribution:said PAT director general Kriangkrai Somboon, he said⟧. "Now they can load directly for Rotterdam and Hamburg."

The expansion is a centrepiece of the Eastern Economic Corridor (EEC), Thailand's plan to attract investment in electric vehicles, electronics and petrochemicals to Chonburi, Rayong and Chachoengsao provinces.

⟦fragment:Carried by double-stack trains, a first for Thailand, from inland container depots at Lat Krabang.⟧ Rail's share of the port's container traffic is due to rise from 7 per cent to 30 per cent.

Residents of the fishing communities of Ao Udom and Laem Chabang say the project has taken away inshore fishing grounds and brought heavier traffic on Sukhumvit Road. "We used to fish for squid off the point. Now it is a wall of concrete," said Somchai Thongdee, 61, a community leader ⟦broken_paragraph:in Ao Udom who

has⟧ been pressing the PAT for compensation for eight years.

The PAT said it had paid compensation to 1,300 fishing households and funded a fisheries cooperative.

⟦dup:1⟧

Freight forwarders in Bangkok said the direct calls could cut transit times to Europe by four to six days. "For electronics and auto parts, that is a big difference in inventory cost," said Wiroj Chanthara of the Thai International Freight Forwarders Association.

⟦furniture:Tags: Laem Chabang · Thailand · EEC · container terminals · PAT | Print | Save article⟧
"""),
]
