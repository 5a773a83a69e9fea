ARTICLES = [
("Fraser Harbour Courier", """Roberts Bank terminal trims night shifts as container volumes slip

DELTA, B.C. — The operator of the Tsawwassen Gateway Container Terminal will cut two of its five overnight crane gangs starting March 3, a move the local longshore union says could cost as many as 60 members their regular weekly hours.

Coastline Terminals Ltd. confirmed the change in a two-page notice sent to the B.C. Maritime Employers Association on Friday. The company said throughput at the berth fell to 312,000 twenty-foot equivalent units (TEU) in the last quarter, down 14 per cent from the same period a year earlier, as trans-Pacific carriers shifted calls to Prince Rupert and to Seattle and ⟦glued:Tacomaafter⟧ a string of blank sailings.

"We are matching labour to the vessels we actually have on the schedule," said Marguerite Osei, the terminal's vice-president of operations⟦stray: ,⟧ in a phone interview on Saturday.

Dale Ferreira, a business agent with ILWU Local 502, said members learned of the cuts from a posted dispatch sheet rather than from the company. "Sixty families in Ladner and North Delta plan their mortgages around those night premiums," he said. "You don't find that out from a sheet taped to a window."

⟦fragment:Having already absorbed a two-week slowdown at the rail interchange in January.⟧ The union says it will raise the matter at the joint dispatch committee on Wednesday and has asked for the cuts to be phased in over three months.

Residents along River Road have complained for years about overnight noise from the berth, and some welcomed the news. "Honestly, I'll sleep better," said Priya Dhillon, who has lived three blocks from the causeway since 2009. "But I know guys on those gangs. It's not a happy thing for them."

The Vancouver Fraser Port Authority, which leases the land to Coastline, said labour scheduling is a matter between the terminal and its workforce. A spokesperson noted that overall port cargo was still up 2.1 per cent year-to-date, led by potash and grain through the North Shore terminals.

Analysts said the slip reflects schedule changes by two Asian carrier alliances rather than a long-term trend. "You have carriers skipping Vancouver on three loops out of Busan and Ningbo," said Hamish Tran, a freight analyst at Westmark Securities. "When those loops come back, the gangs come back."

⟦furniture:Share this story: Facebook | X | LinkedIn | Email | Print⟧
"""),

("Pacific Freight Review", """Ridley Northern adds fourth unit-train slot at Prince Rupert as canola exports climb

PRINCE RUPERT, B.C. — Ridley Northern Grain will add a fourth weekly unit-train slot at its Kaien Island terminal from April 7, after canola and durum shipments through the northern port rose 22 per cent in the 2024-25 crop year.

The terminal loaded 6.8 million tonnes last crop year, according to figures released by the Prince Rupert Port Authority (PRPA). Bulk carriers leaving the berth reached Kashima and Tianjin in an average of 11 days, about two days faster than comparable sailings out of Vancouver's inner harbour.

"The rail side has been our constraint, not the berth," ⟦attribution:Makowsky said, said Lorne Makowsky⟧, Ridley Northern's general manager. "We have had ships at anchor off Digby Island waiting on cars, and at US$28,000 a day in demurrage that adds up quickly."

The company said the extra slot ⟦break:would. Allow⟧ it to keep two Panamax vessels loading at the same time for most of the winter. CN Rail, which runs the 150-car trains from Saskatoon and Edmonton, said it had added crews at its Smithers and Prince George yards to support the change.

⟦placeholder:[INSERT CHART: monthly tonnage 2022-2025]⟧

Farm groups welcomed the news but warned the gains could be fragile. "One washout in the Skeena canyon and we're back to square one," said Corinne Lavallee, a policy director at the Prairie Oilseed Growers' Council. "We need a second line of defence, not just a fourth train."

Members of the Lax Kw'alaams and Metlakatla First Nations, whose territories include the terminal site, hold an equity share in the expansion under a 2021 benefits agreement. Hereditary chief Ron Sampare said the deal had delivered 41 full-time jobs to community members so far, with another dozen expected once the fourth slot is running.

⟦dup:1⟧

Ridley Northern said it expected throughput to pass 7.5 million tonnes in the current crop year if weather in the mountain passes holds.
"""),

("Northstar Press Agency", """Ferry operator suspends Batangas-Calapan night runs after engine fire

BATANGAS CITY, Philippines (NPA) — A roll-on, roll-off ferry operator has suspended its overnight crossings between Batangas and Calapan for at least two weeks after an engine-room fire forced 312 passengers to be transferred at sea early Sunday.

The Philippine Coast Guard (PCG) said the MV Reina Dalisay reported smoke in its port engine room about 14 nautical miles south of Verde Island at 2:40 a.m. Two coast guard vessels and a sister ship, MV Reina Marikit, took passengers off within three hours. Eleven people were treated for smoke inhalation, and no deaths were reported.

Owner Dalisay Shipping Lines said it had pulled its three remaining night vessels from service pending an inspection by the Maritime Industry Authority (MARINA). ⟦foreign:Hindi namin papayagang bumiyahe ang anumang barko hangga't hindi ito nasusuri nang buo ng mga inspektor.⟧

At the Batangas passenger terminal on Monday, truck drivers hauling produce to Mindoro said the suspension had already lengthened their waits. "I have 18 tonnes of cabbage on this truck," said Rodel Macaraeg, 44, who had been in line since 9 p.m. "If I wait another night, half of it goes to the pigs."

⟦embed:PCG Southern Tagalog @pcg_stl · 6h
UPDATE: All 312 passengers of MV Reina Dalisay safely transferred. 11 brought to Batangas Medical Center for observation. #MaritimeSafety
1.2K reposts   4.8K likes⟧

The Philippine Ports Authority said it would open two additional daytime slots at Batangas port to help clear the backlog of rolling cargo, which stood at about 260 vehicles by Monday ⟦glued:afternoonaccording⟧ to terminal staff.

Passenger groups have long criticised the age of the ferry fleet on the route. The Reina Dalisay was built in Japan in 1991 and entered Philippine service in 2008. "These ships are older than most of the deckhands," said Josefina Ramos of the Mindoro commuters' association Samahang Biyahero. "We are lucky nobody died."

MARINA said its inspection would cover fire suppression systems, lifeboat davits and crew drill records on all vessels in the Dalisay fleet, and that findings would be published.

⟦disclaimer:This story was produced with the help of an automated translation tool from Filipino-language reports and may contain inaccuracies.⟧
"""),

("Coral Coast Business Daily", """Gladstone LNG exporter flags $1.4b maintenance bill as Curtis Island trains age

GLADSTONE, Qld — One of the three liquefied natural gas exporters on Curtis Island says it will spend $1.4 billion over five years on maintenance and refits, warning that its two processing trains will run at reduced capacity for parts of 2026.

Capricorn LNG, a joint venture between Brisbane-based Moreton Energy and Japan's Harada Trading, told the ASX on Thursday that the program would include a full turnaround of Train 2 ⟦break:in. The⟧ second half of next year, cutting output by about 1.1 million tonnes.

Chief executive Naomi Fairweather said the plant had run "hard and almost without pause" since its first cargo left for Tokyo Bay in 2015. "These are cryogenic heat exchangers and compressors that have done ten years of work⟦stray: ;⟧" she told analysts. "You can defer that bill, but you can't avoid it."

Shares in Moreton Energy fell 3.2 per cent to ⟦placeholder:{{close_price}}⟧ by the close of trade, while Harada, which buys most of the plant's output under a 20-year contract, said it would draw on spot cargoes from Qatar to cover any shortfall.

The maintenance program will be concentrated in the dry season, when cyclone risk is low and the local workforce can be supplemented by fly-in crews from Perth and Darwin. The company expects to hire as many as 900 contract workers at the ⟦broken_paragraph:peak of the

work, housing⟧ many of them in a refurbished camp near Calliope.

That has worried some residents. "Last time there was a construction boom, rents in Tannum Sands doubled in a year," said Leanne Brodie, who runs a bakery on the town's main street. "Pensioners got pushed out. I hope the council has learned something."

Brett Kowalczyk, the Australian Workers' Union organiser for central Queensland, said the union would push for local hiring targets. "There are welders and riggers in Gladstone who have been picking up two days a week since the last shutdown," he said. "They should be first on the list."

The Gladstone Ports Corporation said LNG shipments from its three Curtis Island berths totalled 22.7 million tonnes last financial year, making LNG the harbour's second-largest export by volume after coal.
"""),

("Straits Maritime Journal", """Port Klang bunker sales hit record as ships dodge Singapore queues

PORT KLANG, Malaysia — Marine fuel sales at Port Klang reached a record 1.08 million tonnes in the third quarter, as shipowners diverted bunker calls away from congested anchorages in Singapore, according to figures released by the Port Klang Authority (PKA).

The total was up 31 per cent on the same quarter last year. Very low sulphur fuel oil (VLSFO) made up about 78 per cent of deliveries, with high sulphur fuel oil for scrubber-fitted ships accounting for most of the rest.

"Owners are counting hours now," ⟦attribution:said the authority's general manager, Capt. Rosli Hamdan said⟧. "If a Singapore bunker slot means waiting 36 hours at the Eastern anchorage, a stop at Klang on the way up the Strait starts to look very attractive."

Singapore remains by far the region's largest bunkering hub, selling more than 54 million tonnes last year. But local suppliers say the gap in waiting times has opened a window. Selat Energy, one of six licensed barge operators at Klang, has added two 6,500-tonne bunker tankers since June and is hiring crews from Sabah and Sarawak.

⟦fragment:Whereas the smaller operators at Westport and Northport, struggling with older barges and tighter credit lines.⟧ Several have approached state-owned banks for financing, industry sources said.

Not everyone is pleased with the growth. Fishermen in Pulau Ketam, a village of stilt houses across the channel, say barge traffic has increased wake damage to their jetties. "Two of our boats cracked their hulls this year," said Tan Ah Seng, who chairs the island's fishermen's cooperative. "We are asking the authority for speed limits near the village, nothing more."

Capt. Rosli said the PKA was reviewing traffic rules in the North Channel and would meet village representatives before the end of the ⟦glued:month.Analysts⟧ at Kuala Lumpur brokerage Meranti Research expect Klang sales to settle around 3.9 million tonnes for the full year, depending on how quickly Singapore clears its backlog.

⟦furniture:Subscribe to the SMJ Daily Briefing — bunker prices, port calls and fixtures in your inbox every morning. Sign up now⟧
"""),

("Kootenay Valley Sentinel", """Kootenay Lake ferry back in service after six-day outage

BALFOUR — The MV Osprey 2000 returned to service on the Balfour–Kootenay Bay route on Tuesday morning, ending a six-day outage that forced drivers onto a 270-kilometre detour through Creston and left East Shore businesses counting lost sales.

The province's inland ferry contractor, Western Pacific Marine, said a failed hydraulic pump on the vessel's loading ramp had to be replaced with a part shipped from Ontario. The smaller MV Balfour, which normally runs alongside the Osprey in summer, was in dry dock in Nelson for its five-year inspection.

⟦embed:Kootenay Lake Ferry Updates
Posted Tuesday at 6:12 AM
The Osprey 2000 is BACK on the 6:30 sailing from Balfour. Thank you for your patience this week!
👍 Like   💬 214 Comments   ↗ 388 Shares⟧

The route carries about 1,600 vehicles a day in September, according to the Ministry of Transportation and Transit. The crossing is free, and residents of Crawford Bay, Gray Creek and Riondel rely on it to reach the hospital, schools and shops in Nelson.

"We had guests cancel four nights in a row," said Helga Sorensen, who runs a lakeside bed-and-breakfast near Kootenay Bay. "People from Calgary looked at the detour and said, forget it, we'll go to Invermere."

Regional District of Central Kootenay director Aimee Wallace said the outage showed the risk of relying on a single vessel during shoulder season. "We've been asking for a backup plan since 2019⟦stray:,,⟧" she said. "Every time, we're told the new electric ferry is coming. It's coming in 2028 at the earliest."

The province has committed $107 million toward a new battery-electric ferry for the route, with construction contracts expected next year. In the meantime, the ministry says it will look at chartering a landing craft for future outages.

⟦dup:1⟧

The Osprey 2000 will run its regular 50-minute schedule through Thanksgiving, with the first sailing leaving Balfour at 6:30 a.m.
"""),

("Tasman Science Weekly", """Krill swarms shifting south as Southern Ocean warms, survey finds

HOBART — Antarctic krill swarms in the southwest Atlantic sector of the Southern Ocean have shifted roughly 440 kilometres closer to the continent over four decades, according to a study published this week by researchers at the Institute for Polar Marine Studies (IPMS) in Hobart.

The team combined net-haul records going back to 1978 with acoustic data collected by fishing vessels and research ships, building what lead author Dr Sunniva Halvorsen describes as "the longest continuous picture we have of where krill actually are."

The shift matters for penguins, seals and whales that feed on krill, and for a commercial fishery that landed about 415,000 tonnes last season, most of it processed into fish-farm feed and omega-3 supplements. Catch limits are set by the Commission for the Conservation of Antarctic Marine Living Resources (CCAMLR), which ⟦break:meets. In⟧ Hobart each October.

⟦placeholder:<figure>IMAGE_ALT_TEXT_MISSING</figure>⟧

"Krill are following the sea ice, and the sea ice is retreating," Dr Halvorsen said. "A penguin colony on the Antarctic Peninsula can't pick up and move 400 kilometres. Some of them are already foraging further than they can sustain."

⟦fragment:To test whether the change was driven by temperature alone or also by food supply.⟧ The researchers compared krill density with satellite measurements of chlorophyll and found both factors mattered, with warm years producing sharply lower densities in northern waters.

Industry representatives said the findings supported their view that catch should be spread across a wider area rather than concentrated near the peninsula. "We have voluntarily closed buffer zones around breeding colonies since 2018," said Erik Lunde of the Association of Responsible Krill Harvesting Companies. "We would welcome better spatial management."

Conservation groups want more. Dr Anjali Mehra of the Southern Ocean Coalition said CCAMLR should freeze the catch limit until a new stock assessment is complete. "We are harvesting a moving target," she said.

The study's authors say the next step is to fit acoustic sensors on more fishing vessels, which spend far more days at sea than research ships. Three Norwegian and two Chinese trawlers have already agreed to carry the equipment from next season.

⟦disclaimer:This summary was generated by an AI writing assistant and reviewed by an editor.⟧
"""),

("Island Law Bulletin", """Court rejects fisher's bid to overturn licence suspension over halibut logbooks

VICTORIA — The B.C. Supreme Court has dismissed a Campbell River fisher's application to overturn a 90-day suspension of his commercial halibut licence, ruling that Fisheries and Oceans Canada acted reasonably when it found he had filed inaccurate electronic logbooks.

Dennis Haugland, 58, who holds a quota licence and operates the 14-metre longliner Northern Mist, argued that discrepancies between his logbook entries and dockside landing records were caused by a software fault in the electronic monitoring system installed on his boat.

Justice Meredith Achebe disagreed. In written reasons released Monday, she found that the department's decision-maker had considered the software evidence and ⟦glued:reasonablyconcluded⟧ that the errors, which understated catch on 11 of 14 trips in 2023, followed a consistent pattern "not readily explained by random malfunction."

"The standard is reasonableness, not correctness," the judge wrote. "It is not the role of this court to reweigh the technical evidence."

Haugland's lawyer, Sandeep Grewal, said his client was disappointed and was considering an appeal. "Mr. Haugland has fished these waters for 35 years without a single infraction," ⟦attribution:Grewal said, the lawyer told reporters, he said⟧ outside the courthouse. "He is being punished for the failings of a system the government forced on him."

The department's lawyer, Claire Whitcombe, told the court that electronic monitoring is central to managing the Pacific halibut fishery, which is shared with the United States under the International Pacific Halibut Commission. Canada's share of the coastwide catch limit this year is about 3,400 tonnes.

Industry groups are watching the case closely. The Pacific Halibut Management Association of B.C. said about 40 per cent of the fleet has reported at least one camera or sensor fault since the program was expanded in 2020, and it has asked DFO for a clearer ⟦broken_paragraph:process for

disputing⟧ data errors before penalties are imposed.

"Nobody is arguing for cheating," said association director Lynn Okafor. "But a fisher shouldn't have to go to court to find out whether the box on his wheelhouse wall was working."

The suspension, which had been stayed pending the court's decision, will take effect on March 1, in the middle of the season.
"""),

("The Harbourfront Ledger", """Obituary: Captain Walter "Wally" Brandt, 1938–2025, tugmaster who knew every sandbar on the Fraser

Walter Brandt, who spent 44 years towing log booms, barges and the occasional stranded freighter on the Fraser River and Burrard Inlet, died on Feb. 11 at Royal Columbian Hospital in New Westminster. He was 86.

His daughter, Karin Brandt-Okimoto, said the cause was complications of pneumonia.

⟦placeholder:[caption id="attachment_4417" align="alignright" width="300"]⟧

Born in Hamburg, Germany, Mr. Brandt came to Canada at 17 as a deckhand on a Norwegian freighter and jumped at the chance to stay when a New Westminster towing firm offered him a job scraping hulls. By 1966 he had his master's ticket and was running the 38-metre tug Fraser Chief, hauling log booms down from Mission to the sawmills at Queensborough.

⟦fragment:Known along the waterfront for his temper, his accordion and his refusal to use a chart plotter.⟧ He claimed to know every sandbar between Hope and Sand Heads, and colleagues say the claim was only a slight exaggeration.

"The river moves every spring freshet. Wally moved with it," said retired pilot Gus Lindqvist, who served as his mate for eleven years. "He'd look at the colour of the water and tell you where the channel had gone⟦stray:!?⟧"

In 1981, Mr. Brandt drew national attention when he helped pull the grounded bulk carrier Aegean Star off a mudflat near Steveston during a January gale, a job that took two tugs and 19 hours. He received a commendation from the Canadian Coast Guard but told a reporter at the time that it was "just a long shift with bad coffee."

He retired in 2003 and spent summers fishing for chinook off Galiano Island in a cedar boat he built himself in his garage in Sapperton.

He is survived by his daughter, two sons, Erik and Dieter, seven grandchildren and his longtime companion, Marjorie Feeney. His wife of 51 years, Ingrid, died in 2014.

A celebration of life will be held at the New Westminster Quay on March 8. The family asks that donations be made to the Royal Canadian Marine Search and Rescue station at Ladner.

⟦furniture:Leave a condolence | View guestbook (23 entries) | Send flowers⟧
"""),

("Cape Breton Tides", """Sydney harbour dredging delayed again as contractor seeks new barge

SYDNEY, N.S. — A long-promised dredging of the main shipping channel into Sydney harbour has been pushed back to next summer, after the contractor told the port's board it could not secure a suitable hopper barge before winter.

Port of Sydney Development Corporation chief executive Marcia MacNeil said on Thursday that Atlantic Marine Works had notified the board ⟦break:that. The⟧ split hopper barge it had chartered from a firm in Quebec had been damaged during a storm in the Gulf of St. Lawrence and would not be repaired until spring.

The $38-million project would deepen the channel from 11 to 16 metres so that larger bulk carriers and cruise ships could enter without waiting for high tide. Federal and provincial governments are each paying a third, with the port corporation covering the rest.

The delay is a blow to plans for a container terminal at the former steel plant site in Whitney Pier, which backers say cannot attract a shipping line without a deeper channel. "Every season we lose is a season another port gets further ahead," ⟦glued:MacNeilsaid⟧.

The contractor's parent company is based in Rimouski, and its statement to the board, released under the province's access-to-information law, was written in French. ⟦foreign:Nous regrettons sincèrement ce contretemps et nous engageons à mobiliser l'équipement dès la fonte des glaces.⟧

Local fishers have mixed feelings. The dredging plan requires disposal of about 1.2 million cubic metres of sediment at an offshore site, and lobster harvesters in Glace Bay and Port Morien have raised concerns about the effect on fishing grounds.

"We were told the sediment is clean, and maybe it is," said Ronnie Doucette, who fishes out of Port Morien. "But there's 40 years of steel plant runoff under that harbour. I want to see the test results, not a press release."

⟦dup:1⟧

The port corporation said independent testing had found contaminant levels within federal disposal-at-sea limits and that it would publish the full results online.

Cruise traffic is not expected to be affected next season. Sydney welcomed 146,000 cruise passengers in 2024, its busiest year on record.
"""),

("Southern Cross Sports Desk", """Perth crew snatch eights title by half a length at Lake Wendouree

BALLARAT — A West Australian crew coached by former Olympian Dominic Pereira came from third at the 1,500-metre mark to win the men's open eights at the national rowing championships on Sunday, beating New South Wales by half a length on a gusty Lake Wendouree.

The Swan River Rowing Club boat stopped the clock at 5:48.21, with NSW second in 5:49.67 and defending champions Victoria third in 5:51.02. A crosswind that picked up through the afternoon made conditions difficult in the outside lanes.

"We knew the last 500 was where we'd win it or lose it," Pereira said. "The boys have been doing that piece into a headwind on the Swan every morning since August. Today it paid off."

Stroke Callum Nguyen, 22, said the crew had been rattled after a poor start⟦stray: !⟧ "We were a seat down after 250 metres and I could hear the NSW cox calling for a push. I just told them, stay long, don't rush," he said.

⟦embed:▶ WATCH: Men's open eights final – full race replay (6:14)
Rowing Australia · 18K views · 2 hours ago⟧

The women's eights went to Queensland, who led from start to finish in 6:29.45. Stroke Mia Kallergis said the crew would now target selection for the world championships in Shanghai.

In the lightweight men's double sculls, Tasmania's Jonah Whitely and Ben Oduya won in 6:41.90 after a protest over a lane infringement by the South Australian crew was dismissed by the jury.

Rowing Australia's high performance director, Dr Fiona Lachlan, said the regatta had produced "the deepest field we have seen in a decade" and that selectors would name the world championship squad within three weeks. "There are at least four boats out there that could put up their hands," ⟦attribution:she said, said Lachlan, the director added⟧.

The championships, which drew 1,870 athletes from 112 clubs, wrap up on Monday with the interstate King's Cup and Queen's Cup eights. Organisers said about 9,000 spectators attended over the weekend, the largest crowd at the lake since the 2018 championships.
"""),

("The Granville Review", """Shipyard exhibit gives North Vancouver's welders and riveters their due

NORTH VANCOUVER — For most of the 20th century, the waterfront at the foot of Lonsdale Avenue rang with the noise of the Burrard Dry Dock, which built more than 100 ships for the Second World War alone. A new exhibition at the Polygon Gallery's neighbour, the Pier Street Shipbuilders Museum, aims to put names and faces to the people who did that work.

"Steel and Sweat: The Yard, 1921–1992" opened on Saturday with about 220 photographs, tools, union cards and oral-history recordings gathered from families across the North Shore. Curator Ingrid Vasquez-Lam said the team had expected perhaps 60 donations when it put out a call in 2023. It received more than 400.

"People kept showing up with shoeboxes," she said. "A rivet gun from someone's grandfather. A pay stub from 1943. A wedding photo taken on the slipway."

One wall is devoted to the roughly 1,000 women who worked in the yard as welders, burners and ⟦broken_paragraph:electricians during the war, many

of whom were⟧ dismissed when the men returned in 1945. Recordings of three of those women, made in the 1980s by a local historian, play on a loop in a small booth lined with original hull plating.

⟦fragment:Among them Doris McAllister, who welded hull seams on Victory ships at the age of 19 and later became one of the first women elected to the North Vancouver city council.⟧ Her granddaughter, Beth McAllister-Rowe, attended the opening and said she had never heard her grandmother's voice on tape before.

"She never talked about it much," McAllister-Rowe said. "She just said the work was hot and the money was good. Hearing her laugh on that recording, I had to sit down."

The exhibit also covers the yard's long decline, including the 1992 closure that put about 800 people out of work, and its rebirth as a site for condominiums, a hotel and the Shipyards public plaza. Former boilermaker Frank Zielinski, 81, gave a short talk at the opening. "They kept the crane," he said, pointing to the restored gantry outside. "Nice of them."

The exhibition runs until Sept. 28. Admission is by donation on Thursdays.

⟦disclaimer:Editor's note: Parts of this article were machine-translated from our Chinese-language edition and may differ from the original.⟧
"""),

("Penang Evening Post", """North Butterworth container terminal to get two new cranes by mid-year

BUTTERWORTH — Penang Port Sdn Bhd will commission two new ship-to-shore cranes at the North Butterworth Container Terminal (NBCT) by June, raising the terminal's handling capacity to about 2.2 million twenty-foot equivalent units (TEU) a year.

The cranes, built by Shanghai Zhenhua Heavy Industries, arrived on a heavy-lift vessel last week and are being assembled on Wharf 7. Each can reach across 22 rows of containers, allowing the terminal to handle ships of up to 14,000 TEU.

Penang Port chief executive Datuk Azhar Yusof said the upgrade was needed to keep pace with demand from the state's electronics factories in Bayan Lepas and Kulim. "Our semiconductor exporters want direct calls to Europe, not a transhipment through ⟦glued:Singaporeor⟧ Port Klang," he told reporters on Monday.

The terminal handled 1.54 million TEU last year, up 6 per cent. Azhar said at least one more Asia–Europe service was in talks to add a weekly call.

⟦foreign:Kami juga sedang merancang untuk menambah dua kren lagi pada tahun 2027 sekiranya permintaan terus meningkat.⟧

The Penang Port Workers' Union welcomed the investment but said crane operator training was falling behind. Union secretary R. Muthusamy said only 14 of the 30 operators needed for the new cranes had been certified. "Machines arrive in a month⟦stray:；⟧ people take a year to train," he said.

Residents of Bagan Ajam and Pantai Bersih, whose homes sit close to the port's container yards, have raised concerns about night-time noise and truck traffic on Jalan Bagan Lalang. Resident association chairman Lim Chee Keong said complaints had doubled since 2023. "We are not against the port, but the lorries start at 4 a.m.," he said.

Penang Port said it would install noise barriers along the terminal's southern fence and reroute some trucks to the Butterworth Outer Ring Road from April.

⟦furniture:Home › Business › Shipping & Logistics › Penang Port⟧

⟦disclaimer:Artikel ini telah diterjemahkan secara automatik. This article has been automatically translated and may contain errors.⟧
"""),

("Manila Port Chronicle", """Batangas port to open second cruise and ro-ro berth in 2026

BATANGAS CITY — The Philippine Ports Authority (PPA) will open a second passenger and roll-on, roll-off berth at Batangas port by the third quarter of 2026, adding capacity for an extra 1.5 million passengers a year on routes to Mindoro, Romblon and Panay.

PPA Port Management Office manager Engr. Carmelita Soriano said on Tuesday that construction of the 240-metre berth was 63 per cent complete and within its P2.8-billion budget. The project includes a new terminal building with 2,400 seats, air-conditioned waiting areas and a separate lane for trucks carrying perishable goods.

"Batangas is the busiest passenger port in the country outside Manila, and we are still using a terminal designed for half the traffic," Soriano said. "During Holy Week, people ⟦break:sleep. On⟧ the floor of the terminal because there is nowhere else to wait."

Batangas handled 12.8 million passengers last year, according to PPA data, up from 9.6 million in 2019. Most travel to Calapan in Oriental Mindoro, a crossing of about two and a half hours.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.⟧

Shipping lines operating from the port have pushed for the new berth for years. Carlos Villanueva, operations manager of Starlite Ferries, said his company's vessels often wait 40 minutes offshore for a berth during peak periods. "That is fuel burned for nothing, and passengers on deck in the sun," he said.

⟦embed:Philippine Ports Authority ✔ @PPA_Official
Construction of the new Batangas Port passenger berth is now 63% complete! Target operations: Q3 2026. 🚢
10:05 AM · Mar 4, 2025 · 22.1K Views⟧

Vendors who sell snacks and bottled water outside the current terminal are worried about losing their stalls. "They say there will be a food court inside. Who will rent it? Not us," said Lorna Dimaculangan, who has sold kakanin at the port gate for 17 years.

The PPA said it would consult vendor groups on stall allocations before the new terminal opens. The agency also plans to connect the port to the STAR Tollway via a new access road, reducing truck traffic through the city centre.

⟦dup:1⟧
"""),

("Coral Coast Business Daily", """Newcastle coal volumes steady despite China slowdown, port says

NEWCASTLE, NSW — Coal exports through the Port of Newcastle held at 158 million tonnes in the last financial year, the port said on Wednesday, as stronger demand from India, Vietnam and Taiwan offset weaker shipments to China and Japan.

The figure was down less than 1 per cent on the previous year. Thermal coal made up about 91 per cent of the total, with the rest metallurgical coal used in steelmaking.

Port of Newcastle chief executive Craig Ashdown said diversification of the port's trade was "no longer a slogan but a necessity". The port handled 4,100 vessel movements in the year, including its first container ship calls in more than a decade. "We can't plan a 50-year business on the assumption that coal holds where it is," ⟦attribution:Ashdown said, according to Ashdown⟧.

The port is seeking approval for a $2.4 billion container terminal at the former Mayfield steelworks site, a plan that has drawn opposition from NSW Ports, which operates the Port Botany and Port Kembla facilities and says the state's existing container capacity is sufficient for decades.

⟦fragment:Despite a long-running cap on container volumes that the port argues is anti-competitive.⟧ The port has taken the matter to the Australian Competition and Consumer Commission, which has yet to rule.

Unions say the coal trade still underpins thousands of jobs in the Hunter. Maritime Union of Australia Newcastle branch secretary Glen Ivory said 1,300 of his members work on tugs, pilot boats and terminals connected to coal. "We support the container terminal, but nobody should pretend it replaces coal in the next ten years," he ⟦glued:said.Residents⟧ of Carrington and Stockton, which sit on either side of the harbour entrance, have long complained about coal dust.

"You wipe the windowsill in the morning and it's black again by lunch," said Stockton resident Denise Farrugia. The Environment Protection Authority said dust monitoring in both suburbs had shown levels within national standards for the past two ⟦broken_paragraph:years, though

it⟧ had recorded six exceedances during strong westerlies last summer.

Analysts expect coal volumes to decline gradually from 2027 as Asian buyers add renewable capacity. "Newcastle has time, but not unlimited time," said Hui Ling Teo, a commodities analyst at Kestrel Partners in Sydney.
"""),

("Northstar Press Agency", """Saint John port unveils $205-million plan for second container berth

SAINT JOHN, N.B. (NPA) — Port Saint John unveiled plans on Monday for a $205-million second container berth at its west side terminal, saying rail-linked cargo from Central Canada and the U.S. Midwest had outgrown the facility it completed just four years ago.

The port, which handled 178,000 twenty-foot equivalent units (TEU) last year, said the new berth would lift capacity to about 325,000 TEU once complete ⟦break:in. 2029⟧. Ottawa has committed $82 million from its National Trade Corridors Fund, with the province and the port splitting the rest.

"The trains are full, the ships are full, and the yard is full," said port president Anne-Sophie Thériault. "Growth isn't the problem. Room is."

Much of the port's container traffic arrives on CPKC's line from Montreal and Toronto, which was extended to Saint John after the railway bought the former New Brunswick Southern Railway in 2023. Thériault said rail now carries about 60 per cent of the containers moving through the terminal⟦stray: ?⟧ up from 35 per cent in 2020.

Speaking at the announcement, federal Transport Minister Luc Bergeron switched to French for part of his remarks. ⟦foreign:Ce projet démontre que les ports de l'Atlantique sont essentiels à la chaîne d'approvisionnement du pays tout entier.⟧

Residents of the lower west side, where the expansion will take up a stretch of shoreline used for walking and fishing, said they had not been consulted. "We found out from the news like everybody else," said Gail Stackhouse, who chairs the Lower West Side Community Association. "There's a little beach down there where kids have caught pollock off the rocks for 80 years."

The port said it would hold public meetings in March and had set aside $3 million for a new waterfront trail.

Local 273 of the International Longshoremen's Association, which represents about 220 dockworkers in Saint John, welcomed the plan. "More berths, more ships, more hours," said local president Trevor Kane. "It's that simple for us."

⟦placeholder:Related coverage: <a href="">​</a>⟧

Construction is expected to begin next year, pending a federal environmental review.
"""),

("Pacific Freight Review", """Cai Mep deepwater terminals top 6 million TEU as direct US services multiply

HO CHI MINH CITY — Container terminals at Cai Mep–Thi Vai, Vietnam's deepwater port cluster southeast of Ho Chi Minh City, handled 6.1 million twenty-foot equivalent units (TEU) last year, a 17 per cent rise driven by new direct services to the United States and Europe.

The Vietnam Maritime Administration said 43 weekly services now call at the cluster, including 24 to North America. Ships of up to 24,000 TEU can berth at the deepest terminals, which sit on the Thi Vai River in Ba Ria–Vung Tau province.

"Ten years ago, a shipper in Binh Duong had to send cargo by barge to Singapore to catch a mainline vessel," said Pham Thi Lan Anh, deputy director of the Cai Mep International Terminal. "Now the mainline ship comes to us." She added a point about the labour market: ⟦foreign:Chúng tôi đang thiếu khoảng ba trăm công nhân lành nghề, đặc biệt là người vận hành cần cẩu.⟧

Freight forwarders said the growth has put pressure on road links. Trucks moving between factories in Binh Duong and Dong Nai and the terminals often queue for hours on National Highway 51, which is being widened. The Bien Hoa–Vung Tau expressway, due for completion ⟦break:in. Late⟧ 2026, is expected to cut the trip to about 90 minutes.

⟦embed:Cai Mep Intl Terminal (CMIT)
📹 Time-lapse: 24,346 TEU vessel berthing at CMIT — 0:58
👁 41,203 views · ❤ 2.3K⟧

Fishing communities along the Thi Vai have been hit by dredging and ship traffic. Nguyen Van Tu, who farms shrimp in ponds near Phu My, said salinity in his ponds had shifted since the channel was deepened. "My father farmed here for 30 years. I don't know if my son will," he said.

Port officials said they were monitoring water quality with local authorities and had funded a vocational training program for residents who leave aquaculture.

⟦disclaimer:Translated from Vietnamese by machine translation. The English version is provided for convenience only; the Vietnamese original prevails.⟧
"""),

("Fraser Harbour Courier", """Steveston fishers brace for shortened chinook season

RICHMOND, B.C. — Commercial fishers at Steveston Harbour are preparing for what some say could be the shortest chinook salmon season in memory, after Fisheries and Oceans Canada signalled further restrictions to protect weak Fraser River stocks.

DFO told the Commercial Salmon Advisory Board last week that the troll fishery off the west coast of Vancouver Island may be limited to about 18 days this summer, down from 31 last year. Gillnet openings on the Fraser itself are expected to be limited to sockeye, with chinook released.

"We used to think of 30 days as a bad year," said Gordon Takahashi, 67, who fishes the troller Pacific Maid out of Steveston and whose father fished the same waters before the Second World War. "Now it's a good year."

The restrictions are driven by low returns of spring and summer chinook to the upper Fraser and Thompson rivers. Several populations have been assessed as endangered by the Committee on the Status of Endangered Wildlife in ⟦glued:Canadaand⟧ DFO says fishing mortality must be kept to a minimum while habitat work continues.

⟦fragment:Because the landslide at Big Bar in 2019 blocked the upriver migration for most of a season.⟧ Biologists say several runs have yet to recover from that event.

Steveston Harbour Authority manager Rhonda Kellerman said fewer openings ripple through the whole waterfront, from ice plants to net lofts to the public fish sales float. "A float full of fresh chinook on a Saturday is what brings people down here," she said. "Without it, it's just a parking lot with a view."

⟦dup:1⟧

Some fishers are turning to other species. Harjit Sandhu, who owns two gillnetters, said he had bought a prawn licence last year and was considering a switch to spot prawns full-time. "Prawns pay the bills now," he said. "Salmon is what we love."

DFO is expected to release the final Integrated Fisheries Management Plan in late May.

⟦furniture:Related: Harbour authority raises moorage fees 8% · Net loft fire under investigation · Letters: Save the fish sales float⟧
"""),
]
