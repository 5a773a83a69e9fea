ARTICLES = [
("Pacific Rim Wire", """Island Skylink orders 14 turboprops to reach shorter island runways

CLARK, Philippines (PRW) — Island Skylink, a low-cost carrier based at Clark International Airport, said on Tuesday it had signed a firm order for 14 ATR 72-600 turboprops, with options for six more, as it pushes into airports whose runways are too short for its Airbus A320 fleet.

The carrier did not disclose the price. At list prices the firm order would be worth roughly US$390 million, although airlines typically secure steep discounts on orders of this size, according to two leasing analysts in Singapore.

Chief executive Teodoro Villaruel told reporters the first four aircraft would arrive in the third quarter of 2026 and would be based in Cebu and Iloilo. "We have 11 airports on our wish list where a jet simply cannot land with a full load," he said. "The turboprop is the only way to get there profitably."

⟦fragment:Targeting routes that now depend on slow inter-island ferries and a single state-backed operator.⟧ Island Skylink expects the new aircraft to add about 1.2 million seats a year once all 14 are flying.

The company's shares rose 4.3 percent in Manila trading, outperforming the benchmark PSEi, which ⟦glued:closedflat⟧. Island Skylink carried 9.8 million passengers in 2024, up from 7.1 million the year before, and reported net income of 2.1 billion pesos.

Analysts were cautiously positive. Marisol Enrile, who covers transport stocks at Bayview Securities, said the order made sense given the carrier's cash position but warned that pilot training would be the bottleneck⟦stray: ;⟧ each ATR captain needs a separate type rating, and the country's simulator capacity is limited.

"The aircraft is the easy part," Enrile said. "Crewing 14 of them within 30 months is where the execution risk sits."

The Civil Aviation Authority of the Philippines (CAAP) has said it will upgrade lighting and navigation aids at six provincial airports by 2027 under a 4.6-billion-peso programme, which could allow night operations on some of the routes Island Skylink is targeting.

Rival carriers have moved in the same direction. Two operators ordered a combined nine turboprops last year, and a third is leasing Dash 8 aircraft from a Canadian lessor.

⟦disclaimer:This wire report was produced with the assistance of an automated translation and summarisation tool and was checked by a PRW editor before publication.⟧"""),

("The Port Alder Ledger", """Port Alder council approves $18.4M bus depot expansion

Port Alder city council voted 7-2 on Monday night to approve an $18.4-million expansion of the Kells Avenue bus depot, clearing the way for the city to house up to 40 battery-electric buses by the end of 2028.

The project adds a second maintenance bay, overhead charging gantries for 24 buses and a new 2.5-megawatt connection to the provincial grid. Roughly $11 million will come from the federal Zero Emission Transit Fund, with the remainder split between the city and the regional transit authority.

"This is the single largest transit investment this council has made," said Mayor Deborah Kwan-Hollis. "Our buses are 14 years old on average. Some of them are held together with hope."

Councillors Ray Petrakis and Sunita Mahal voted against the plan. Petrakis argued the city ⟦break:should. Wait⟧ for a provincial review of regional service before committing capital funds, while Mahal said she supported electrification but objected to the depot's location next to Alder Creek Elementary.

Staff told council that construction noise would be limited to weekday hours between 7 a.m. and 6 p.m., and that an acoustic wall would be built along the school's property line before heavy work begins.

⟦placeholder:[gallery ids="2231,2232,2235" columns="3"]⟧

The transit authority posted a rendering of the depot shortly after the vote.

⟦embed:Port Alder Transit ✔ @PATransit · 9:52 PM · Nov 18
Council has approved the Kells Ave depot expansion! ⚡🚌 Construction starts spring 2026. Full details at the link in bio.
36 Reposts  12 Quotes  214 Likes  5 Bookmarks⟧

Ridership on the city's 11 routes reached 3.9 million boardings in 2024, up 8 per cent from the year before and now above pre-pandemic levels, according to figures presented at the meeting. The busiest route, the 4 Harbourview, carries about 4,100 riders on a typical weekday.

The city expects to issue a construction tender in January. The first electric buses, ordered from a Manitoba manufacturer, are scheduled to arrive in the fall of 2026 and will be charged temporarily at the existing depot until the new bays open.

Kwan-Hollis said council would hold an open house for neighbours of the site before work begins. A date has not been set."""),

("Visayas Business Daily", """Cebu coconut processor to double output with P1.2-billion Leyte plant

⟦furniture:Home › Business › Agribusiness › Visayas⟧

A Cebu-based coconut processor will spend 1.2 billion pesos on a second plant in southern Leyte that would double its output of virgin coconut oil and desiccated coconut, the company said on Thursday.

Kalipay Coco Industries said the plant, in the town of San Remigio del Sur, would process up to 300,000 nuts a day when it reaches full capacity in 2027, and would employ about 640 people.

"The demand is there. Our export buyers in Rotterdam and Osaka are asking for volumes we cannot supply from one plant," said Kalipay president Rowena Abellanosa. "Leyte gives us access to farmers who are currently selling copra at very low prices."

Farmgate copra prices in Eastern Visayas averaged 38 pesos a kilo in the first half of the year, ⟦glued:accordingto⟧ the Philippine Coconut Authority, compared with about 52 pesos in Cebu and Davao.

The company plans to buy whole nuts directly from around 4,000 farming households under contracts that set a minimum price. The arrangement would cut out middlemen who typically take a margin of 15 to 20 percent, ⟦attribution:she said, Abellanosa told reporters⟧.

Financing will come from a 700-million-peso loan from a state-owned bank and internally generated funds. The company, which is privately held, reported revenue of 3.4 billion pesos last year and has no listed debt.

⟦dup:1⟧

Provincial officials welcomed the investment. Leyte's provincial agriculture office estimates that only about 40 percent of coconut trees in the province are actively harvested, largely because of low prices and an ageing farm workforce.

The company also said it would install a 2-megawatt biomass boiler fuelled by coconut husks and shells, which it said would cover most of the plant's steam needs and cut diesel use by an estimated 1.1 million litres a year.

⟦furniture:Share this: Facebook · X · LinkedIn · Viber · Copy link⟧"""),

("Northern Courts Reporter", """Appeal court orders new hearing for trucker fined over logbook data

An appeal court has ordered a new hearing for a long-haul truck driver who was fined $14,500 after investigators relied on electronic logging device (ELD) records that his lawyer says were never properly authenticated.

In a unanimous decision released Friday, a three-judge panel of the provincial Court of Appeal set aside the conviction of Marcel Ouimet-Brandt, 52, of Greyridge, on four counts of exceeding daily driving limits under the commercial vehicle hours-of-service rules.

Writing for the panel, Justice Anne Kowalczyk said the trial justice of the peace had accepted a printout of the device's data "without any evidence as to how it was generated, stored or extracted." The Crown had called no witness from the device maker or the carrier that owned the truck.

"Electronic records are not self-proving simply because they are electronic," Kowalczyk wrote.

The case turned on a 19-hour stretch in March 2022 when, according to the ELD data, Ouimet-Brandt drove 1,140 kilometres between Greyridge and Thunder Bay with only a 40-minute break. He has always maintained the device ⟦broken_paragraph:was

mislogging⟧ his duty status while the truck sat in a customs yard for more than six hours.

His lawyer, Priya Venkataraman, said the ruling would matter well beyond one driver. The provincial regulation ⟦stray:(⟧which took effect in 2021, requires most commercial drivers to use certified ELDs, and thousands of tickets are issued each year on the strength of their data.

"Nobody is saying the devices are useless," Venkataraman said. "We are saying the Crown has to prove the record is what it says it is, like any other document."

Reached by phone, Ouimet-Brandt said he was relieved but tired. ⟦foreign:Ça fait trois ans que je vis avec cette histoire, et j'ai perdu deux contrats à cause de ces amendes.⟧

The Ministry of Transportation said in a statement that it was reviewing the decision and that enforcement officers would continue to rely on ELD data "in accordance with the law." It did not say whether it would seek leave to appeal.

Trucking groups have raised concerns about ELD reliability since the mandate began. A 2023 survey by a national carriers' association found 31 per cent of fleet managers had reported at least one malfunction to a device supplier in the previous year.

The new hearing has not been scheduled."""),

("HealthWatch Canada", """Walk-in clinic closures leave 22,000 Northern Lakes patients without regular care

Two walk-in clinics in the Northern Lakes health region will close at the end of the month, leaving an estimated 22,000 patients who relied on them without a regular source of primary care, the regional health authority confirmed on Wednesday.

The Birchwood Medical Clinic and the Cold Spring Family Practice, which together employ seven physicians and four nurse practitioners, cited rising overhead and the retirement of two senior doctors. Both are privately owned and bill the provincial health insurance plan on a fee-for-service basis.

The closures come as the region already has one of the lowest doctor-to-population ratios in the province, at 71 family physicians per 100,000 residents, compared with a provincial average of 112, according to the most recent data from the provincial medical association.

"We are asking patients to register with the provincial attachment registry as soon as possible," said Dr. Helen Oduya, the authority's vice-president of primary care. "Nobody will lose access to emergency care, but we know this is going to put pressure on our emergency departments."

⟦fragment:Because the registry already lists more than 9,000 names from the region.⟧ Waiting times for attachment to a family doctor now exceed 14 months on average, according to authority figures.

⟦placeholder:{{pull_quote_text}}⟧

Patients interviewed outside the Birchwood clinic on Tuesday said they had received a one-page letter with two weeks' notice. Leona Fairweather, 68, who has Type 2 diabetes and takes four prescription medications, said she did not know who would renew her prescriptions.

"I've been coming here since 2009. Now I get a letter telling me to call 811," she said.

The authority said it would open a temporary nurse-practitioner-led clinic in the former Cold Spring space by mid-December, funded through a $2.3-million provincial grant, and would extend pharmacist prescribing for chronic-medication renewals to up to six months.

Opposition health critic Daniel Sauvé said the closures were a predictable result of a fee schedule that had not kept pace ⟦glued:withinflation⟧ or with the cost of commercial rent in small towns.

The province announced in March a new payment model that pays family doctors for time spent with patients and on paperwork, rather than per visit. Only 19 physicians in the Northern Lakes region have signed up so far.

⟦disclaimer:Editor's note: Portions of this article were drafted with an AI writing assistant and reviewed by HealthWatch staff for accuracy.⟧"""),

("Lakeshore Sports Desk", """Kingsmere Gulls clinch playoff berth with 4-1 win over Red Deer Drovers

The Kingsmere Gulls booked their first playoff appearance in six seasons on Saturday night, beating the Red Deer Drovers 4-1 in front of 5,862 fans at the Harbourfront Centre.

Winger Tomas Lindqvist-Achebe scored twice, including a short-handed goal late in the second period that turned the game, and goaltender Carter Mbeki made 31 saves as the Gulls moved eight points clear of ninth place with three games remaining.

"We've talked about this moment since training camp," said head coach Nadine Roussel. "For a lot of these guys it's their first time. I told them to enjoy it tonight and get back to work Monday."

The Drovers opened the scoring at 6:14 of the first period when defenceman Jakob Hurst's point shot deflected off a Kingsmere skate. The Gulls equalized before the first intermission on a power-play goal from captain Eli Fontaine, his 22nd of the season.

Lindqvist-Achebe's first goal came on a breakaway after he intercepted a cross-ice pass at the Kingsmere blue line⟦stray:!!⟧ His second, into an empty net with 1:08 remaining, sealed the result.

The Gulls ⟦break:have. Won⟧ nine of their last 11 games since acquiring Mbeki in a trade deadline deal with Prince George. He has a .934 save percentage over that stretch.

The team posted the final sequence on social media minutes after the horn.

⟦embed:Kingsmere Gulls (@KingsmereGulls) • Instagram
WE'RE IN. 🏒🔥 #GullsNation #Playoffs
▶ 0:42 · 18.7K views
Liked by harbourfrontcentre and 2,391 others⟧

Red Deer coach Ahmed Sarkis said his team had too many turnovers in the neutral zone. "You give a team like that odd-man rushes and they'll bury them," he said.

The Drovers, who have lost four straight, remain in 10th place, four points back of the final playoff spot.

Kingsmere's first-round opponent will be decided over the final weekend of the regular season. If the standings hold, the Gulls would face the Medicine Hat Ravens, who beat them in three of four meetings this season.

Attendance at Harbourfront Centre has risen 22 per cent this season, according to team figures, and the club said single-game playoff tickets would go on sale Tuesday at 10 a.m."""),

("Frontier Science Review", """Satellite record shows Lake Tamarack warming twice as fast as regional air

The surface of Lake Tamarack, one of the largest freshwater lakes in the boreal interior, has warmed by an average of 0.61 degrees Celsius per decade since 1985, roughly twice the rate of the surrounding air, according to a study published this week.

The research team, led by limnologist Dr. Ingrid Solheim-Baptiste of the Northern Institute for Freshwater Studies, combined 39 years of thermal infrared data from the Landsat satellites with temperature loggers moored at 14 sites around the lake.

"The headline number is striking, but the seasonal pattern is what worries me," Solheim-Baptiste said. "The ice is going out about 17 days earlier than it did in the 1980s, and that gives the lake a much longer summer to absorb heat."

Lakes warming faster than the air above them is a known phenomenon, driven in part by shorter ice seasons and stronger stratification. But the Tamarack rate is among the highest reported for a lake of its size, the authors write.

The team found the warming was uneven. Shallow bays on the southern shore warmed fastest, at up to 0.9 degrees per decade, while the deep central basin warmed at about 0.4 degrees.

⟦dup:2⟧

Co-author Dr. Rafael Quispe-Lindgren said the findings had direct consequences for the lake's commercial whitefish fishery, which landed about 1,900 tonnes last year. Whitefish prefer water below 15 degrees and are already being caught deeper and later in the season, ⟦attribution:Quispe-Lindgren said, he noted⟧.

The study also recorded a rise in the number of days when surface water exceeded 24 degrees, from an average of three per year in the late 1980s to 19 in the most recent decade. Such conditions favour blue-green algae, and the regional health authority issued seven algae advisories for the lake last summer.

Researchers cautioned that satellite measurements capture only the top few millimetres of water, which is why the moored loggers were essential ⟦glued:tocheck⟧ the trends against readings at depths of one, five and 20 metres.

The team plans to extend the analysis to 42 other lakes in the region using the same method, with results expected next year.

Funding for the study came from a federal natural sciences research grant and a provincial fisheries program."""),

("Mindanao Morning Post", """Sta. Lucia del Monte opens P84-million pumping station after years of flooding

⟦furniture:NEWS | REGIONAL | Davao Region — Posted 6:40 AM | Updated 11:15 AM⟧

STA. LUCIA DEL MONTE, Davao del Sur — The municipal government on Monday inaugurated an 84-million-peso flood-control pumping station that officials say will protect about 2,700 households in four low-lying barangays that have flooded almost every rainy season for a decade.

The station, built by the Department of Public Works and Highways (DPWH) regional office, has three diesel-electric pumps with a combined capacity of 6.6 cubic metres per second. It drains a 310-hectare catchment into the Malabog River through a new 1.2-kilometre concrete channel.

Mayor Corazon Dimaporo-Alcantara said the project had taken six years from feasibility study to completion, partly because of right-of-way disputes with landowners along the channel route. "Some families waited through five floods for this," she said.

⟦fragment:Having been displaced three times since 2019, along with roughly 400 other residents of Purok 7.⟧ Retired teacher Dolores Magbanua said she had moved her furniture to the second floor of her house so often that she no longer brought it back down.

At the ceremony, barangay captain Renato Salvador addressed residents in the local language. ⟦foreign:Dili na ta mabalaka kada mag-uwan og kusog, pero kinahanglan gihapon nato limpyohan ang mga kanal.⟧

DPWH district engineer Arnel Quiñones said the pumps would switch on automatically when water in the sump reached 1.5 metres, and that the station had a backup generator with fuel for 72 hours of continuous operation.

The municipality will take over operation and maintenance, which the DPWH estimates will ⟦break:cost. About⟧ 3.8 million pesos a year, including diesel, spare parts and three full-time operators.

Municipal councillors approved the maintenance budget last month, but some questioned whether the town, which has an annual budget of 210 million pesos, could sustain the cost if fuel prices rise. The council asked the DPWH to study adding solar panels to the station roof.

Residents also raised concerns about garbage clogging the intake screens. The town's environment office said it would hold monthly clean-ups of the drainage canals feeding the station, starting in the first week of next month, and would fine households caught dumping waste into waterways.

The station is one of 11 flood-control projects in the province scheduled for completion this year."""),

("Prairie Tech Journal", """Regina agtech startup raises $22M to scale soil-sensor network

FieldPulse Analytics, a Regina-based startup that sells in-ground sensors and software for monitoring soil moisture and nitrogen, has raised $22 million in a Series B round, the company said Thursday.

The round was led by a Toronto growth-equity firm, with participation from two existing investors and a farm-equipment dealer group that operates 38 locations across the Prairies. FieldPulse has now raised $31.5 million since it was founded in 2019.

Chief executive Amira Ghoshal-Kruger said the money would be used to triple manufacturing capacity at the company's plant in north Regina, hire about 45 people and expand sales into Montana and North Dakota.

"Farmers don't want another dashboard. They want a text message at 5 a.m. that says: don't spray the north quarter today," she said. "That's what we've built."

The company's probes, which are pushed about 90 centimetres into the ground, report readings every 15 minutes over a low-power LoRaWAN network to a solar-powered gateway. FieldPulse says it now has about 6,200 probes in the ground across 1.1 million acres.

⟦placeholder:Pricing starts at $PRICE_PER_PROBE per season, with volume discounts for growers over 5,000 acres.⟧

FieldPulse says its growers reduced nitrogen fertilizer use by an average of 11 per cent last season without a drop in yield, based on data from 212 fields. The figure has not been independently verified. A 2024 study at a provincial research farm found more modest savings⟦stray:，⟧ between four and seven per cent, using a similar sensor system.

Ghoshal-Kruger acknowledged the gap. "Every farm is different. We're publishing our methodology and we'd welcome a third-party audit," she said.

Fertilizer is typically the largest variable cost for Prairie grain growers, and prices for ⟦broken_paragraph:anhydrous ammonia

have⟧ swung sharply since 2021. Federal targets call for a 30 per cent reduction in emissions from fertilizer by 2030, compared with 2020 levels.

The company competes with several U.S. sensor makers and with satellite-based services that estimate crop health from imagery. Analysts say in-ground hardware is harder to scale than software but produces data that is more difficult for competitors to copy.

FieldPulse said it expected revenue of about $9 million this year, up from $4.2 million in 2024, and aims to reach profitability in 2027."""),

("The Greyridge Gazette", """Greyridge library to open Sundays after $640,000 provincial grant

The Greyridge Public Library will open on Sundays for the first time in 11 years starting in January, after the town received a $640,000 provincial grant aimed at expanding services in small and rural libraries.

The grant, spread over three years, will fund two new part-time positions, Sunday hours from noon to 5 p.m. at the main branch on Queen Street, and an extra evening at the Millbrook satellite branch, chief librarian Farah Castellanos told the library board on Tuesday.

"Sunday is when families have time. We hear that constantly," Castellanos said. "We cut Sunday service in 2014 because of budget pressure, and we've been trying to bring it back ever since."

Library visits in Greyridge rose to 148,000 last year, up 17 per cent from 2023, while e-book and audiobook loans through the library's digital platforms ⟦glued:passed52,000⟧ for the first time.

The board also approved a pilot project to lend out 20 mobile Wi-Fi hotspots, each with a 30-day loan period. About 9 per cent of Greyridge households do not have home internet, according to a 2023 regional connectivity survey.

The Gazette's post about the announcement drew a strong response from readers overnight.

⟦embed:The Greyridge Gazette
8h · 🌐
Sunday library hours are coming back to Greyridge in January! 📚
👍❤️ 1.4K   312 comments   96 shares⟧

Board chair Walter Nakamura-Price said the grant was welcome but temporary, and that the town would need to decide by 2028 whether to fund the extra hours from its own budget. Keeping the Sunday service after the grant ends would cost about $190,000 a year, or roughly 0.6 per cent of the town's operating budget.

Councillor Judith Amankwah, who sits on the library board, said she would push for the hours to be made permanent. "If the numbers are there, and I think they will be, this is the easiest decision council will ever make," she said.

The province announced $28 million in grants for 164 libraries in September. Greyridge's allocation was among the 10 largest.

Renovations to the children's area at the main branch, funded separately, are expected to finish in February.

⟦disclaimer:This story is part of a content-sharing agreement and was distributed automatically through our regional syndication feed; it has not been edited by this newsroom.⟧"""),

("Transit Lines Weekly", """Harbourline LRT signalling contract slips again after CBTC milestone missed

⟦furniture:Rail › Signalling & Control › Canada | 6 min read | Print this article⟧

The opening of the Harbourline light rail transit (LRT) line has been pushed back a further seven months after the signalling contractor missed a key testing milestone for its communications-based train control (CBTC) system, the project's owner said this week.

The regional transit authority now expects passenger service to begin in the third quarter of 2027. The 14.6-kilometre, 15-station line was originally scheduled to open in late 2025.

In a report to the authority's board, chief capital officer Grace Mwangi-Holt said the contractor had not completed integrated testing of onboard and wayside equipment on the line's first 5-kilometre segment, which was due in September.

"We are not going to open a railway with a signalling system that we cannot certify. Safety comes before the calendar," Mwangi-Holt said. ⟦fragment:Adding that software for the zone controllers had been reissued twice since spring.⟧

The contractor, a consortium led by a European signalling supplier, blamed late access to the track. In a written statement, the consortium said it had received possession of the test segment "more than 200 days later than contractually agreed" and was ⟦break:working. Closely⟧ with the authority on a recovery schedule.

Board members pressed staff on costs. The project's budget has risen from $2.1 billion to $2.68 billion since construction began, and the authority is in a dispute with the civil contractor over roughly $140 million in claims.

"Every month of delay costs us something like $6 million in overheads, and that's before we talk about lost fare revenue," ⟦attribution:said board member Luis Ferreira-Nash, Ferreira-Nash said⟧.

Staff said the delay did not require additional public funding at this stage, because the contract includes liquidated damages of $150,000 per day once the consortium passes a revised deadline in March 2026.

The line's 28 light rail vehicles have all been delivered and are stored at the operations and maintenance facility in Eastmarsh, where they are being used for driver training in manual mode.

Industry observers said CBTC integration delays were common on new lines. Three of the last five CBTC projects in North America opened at least a year late, according to a tally by the magazine.

The authority will present a revised schedule to its board in January."""),

("Arts Quarter", """Manila textile show draws record crowds to Intramuros gallery

A survey of hand-woven textiles from 17 Philippine provinces has become the best-attended exhibition in the 22-year history of the Galeria Baluarte in Intramuros, with more than 41,000 visitors in its first eight weeks.

"Sinulid: Threads of the Archipelago" brings together 230 pieces, from abaca t'nalak cloth woven by T'boli artisans in South Cotabato to inabel blankets from Ilocos and piña fabric from Aklan. Around a third are on loan from weaving families who have never shown their work in a gallery before.

Curator Lourdes Hidalgo-Tan said the response had surprised the gallery's staff. "We planned for 800 visitors a day on weekends. We're getting 2,000," she said. "There were students queueing at 9 a.m. on a Saturday⟦stray:..⟧"

The exhibition is arranged by technique rather than region, which Hidalgo-Tan said was deliberate. Visitors move from backstrap looms to floor looms to the finest piña work, with weavers demonstrating at a working loom in the central courtyard on weekends.

⟦foreign:Hindi lang ito tela para sa amin. Nandito ang kuwento ng lola ko at ng lola niya.⟧ Weaver Marites Dulnuan, 54, from Ifugao, spoke to visitors in the courtyard on Sunday as she worked on a wrap-around skirt.

Admission is free, funded by a 6.5-million-peso grant from a national arts council and private sponsors. The gallery said about 14 percent of visitors had bought items from a shop selling pieces directly from weaving cooperatives, with proceeds of 3.2 million pesos so far going straight to the weavers.

⟦dup:1⟧

Some critics have questioned whether the show sufficiently addresses the economic pressures facing weavers, many of whom earn less than the regional minimum wage. The catalogue includes an essay on pricing and cultural appropriation by anthropologist Dr. Benjamin Agbayani, who has studied the commercial use of Indigenous designs by fashion brands.

Hidalgo-Tan said the gallery had signed benefit-sharing agreements with each community whose designs appear in the exhibition, including a share of catalogue sales.

The show was originally scheduled to close in January. It has been extended to the end of March, and the gallery is in talks with museums in Cebu and Davao to take a smaller version on tour later in the year."""),

("Straits Commerce Review", """Malaysian e-wallet KiraPay posts first annual profit as merchant fees rise

KUALA LUMPUR — KiraPay, the Malaysian e-wallet operator, reported its first full-year net profit on Wednesday, helped by higher fees from merchants and rapid growth in its buy-now-pay-later business.

The company said it earned 48.2 million ringgit in the financial year to September, compared with a loss of 71.5 million ringgit a year earlier. Revenue rose 39 percent to 612 million ringgit.

KiraPay had 14.7 million monthly active users at the end of September, up from 11.9 million, and processed 38 billion ringgit in gross transaction value, ⟦glued:about2.3⟧ times the level of three years ago.

Group chief executive Farid Rahmat-Ong said the result showed that e-wallets could make money ⟦break:without. Relying⟧ on the cashback campaigns that defined the industry's early years. "We stopped paying people to use us about 18 months ago. Most of them stayed," he said at a briefing in Kuala Lumpur.

Merchant discount rates, the fees charged to retailers on each payment, averaged 0.9 percent, up from 0.6 percent two years ago. Fee income from merchants made up 44 percent of revenue.

⟦placeholder:[[IMAGE_2: KiraPay CEO at results briefing — credit TBC]]⟧

The company's pay-later product, which lets users split purchases into three or six instalments, now has 2.1 million borrowers. Its loan book stood at 1.4 billion ringgit, with non-performing loans at 3.8 percent, higher than most of Malaysia's banks.

Regulators have been watching the segment closely. Malaysia's parliament passed a consumer credit law last year that brings buy-now-pay-later providers under a new licensing regime, with affordability checks and caps on late fees.

Rahmat-Ong said KiraPay expected to obtain its licence in the first half of next year and had already introduced affordability checks ⟦broken_paragraph:for new

borrowers⟧ above 1,000 ringgit in monthly limits.

Analysts at a Kuala Lumpur brokerage said the company was well placed for a listing on Bursa Malaysia, which it has said it is considering for 2026. They estimated a valuation of 4 to 5 billion ringgit, based on peers in Southeast Asia.

KiraPay's main shareholders are a Malaysian telecoms group and a Singapore-based venture fund. The company employs about 1,300 people in Malaysia, Indonesia and Vietnam.

Shares of listed regional payment firms rose modestly on the news."""),

("Cape Coast Courier", """Cape Coast market traders protest new daily stall levy

CAPE COAST, Ghana — Several hundred traders at Kotokuraba Market shut their stalls for most of Tuesday morning to protest a new daily levy introduced by the Cape Coast Metropolitan Assembly, which they say will eat into already thin margins.

The assembly began collecting a flat fee of 5 cedis a day from each stall on Monday, replacing a monthly charge of 40 cedis. For a trader who opens six days a week, the new fee works out to about 130 cedis a month, more than three times the old rate.

Market queen Abena Ofori-Mensah, who leads the traders' association, said members had not been consulted. "They tell us about it on a Friday and start collecting on Monday. How do you plan a business like that?" she said.

⟦fragment:Which the assembly says will pay for new drainage, lighting and a fire hydrant system.⟧ Metropolitan chief executive Kwabena Dadzie-Acquah told reporters the levy would raise about 2.4 million cedis a year from the market's roughly 1,900 registered stalls.

"The market floods every rainy season. Last year we had a fire that destroyed 40 stalls. Traders themselves have asked for these improvements," he said. He added that the assembly was willing to discuss a reduced rate for smaller stalls.

Video of the protest circulated widely online.

⟦embed:▶ Traders lock up Kotokuraba Market over new levy | Cape Coast
2:47
CoastTV Ghana · 63K views · 5 hours ago
Subscribe⟧

The protest ended peacefully at around noon after police officers and assembly members met with association leaders. Both sides agreed to hold talks on Friday.

Economists say local levies are a growing burden for informal traders, who are already dealing with inflation that averaged above 20 percent for much of the past two years. Dr. Yaw Boakye-Ansah, a development economist at a university in the city, said assemblies relied heavily on market fees because property rates were poorly collected.

"The assemblies need money, that's clear. But the cheapest money to collect is always from the people least able to pay," he said.

Some shoppers said they were worried prices would rise. Fish seller Comfort Arthur said she would have to add 50 pesewas to each tray to cover the fee.

The assembly said collection would continue while talks are under way.

⟦disclaimer:This article has been generated with the help of AI tools from a local-language radio report and may contain inaccuracies.⟧"""),

("Pacific Rim Wire", """Salish Coast Ferries cancels 140 sailings as crew shortage deepens

VICTORIA (PRW) — Salish Coast Ferries has cancelled 140 sailings scheduled over the next four weeks on three minor routes because it does not have enough licensed crew, the operator said on Monday, the latest disruption on a system that serves more than 20 island communities.

The cancellations affect the Cormorant Island, Tilly Bay and Northpoint routes, where service will be cut from six round trips a day to four on most weekdays. The operator said it would prioritise early-morning and late-afternoon sailings used by commuters, students and medical patients.

Vice-president of marine operations Colin Ashdown-Reyes said the company was short 78 deckhands, engineers and masters across its fleet of 34 vessels. ⟦stray:"⟧Every one of these vessels needs a minimum crew by federal regulation, and if we're one person short, the ship doesn't sail, he said.

The company has hired 212 new employees this year but lost 187 to retirements and resignations, many to better-paying jobs in the offshore energy and private marine sectors.

⟦dup:1⟧

Island residents said the cuts were hard to plan around. Moira Teague-Kaplan, who chairs the Northpoint ferry advisory committee, said some residents had missed specialist appointments in Nanaimo because later sailings were cancelled at short notice.

"You can't just drive another way. The ferry is the road," she said.

The provincial transportation minister said the government had provided $15 million this year for crew training and recruitment, including tuition-free marine certificate programs at two colleges. "We know this is hard on islanders. We are throwing everything at it," ⟦attribution:the minister said, she told reporters⟧ in Victoria.

The union representing ferry workers said wages and scheduling were the core problem. Its local president, Gurpreet Saini-Lowell, said crew on minor routes often worked 12-hour shifts on irregular rotations that made it difficult to keep staff with young families.

Salish Coast Ferries said it would publish a revised schedule by Wednesday and offer refunds on prepaid reservations affected by the cancellations. It also said it was exploring contracting water-taxi operators for foot passengers on the Tilly Bay route.

On-time performance across the system fell to 84 per cent in the last quarter, from 91 per cent a year earlier. Crew-related cancellations accounted for 61 per cent of all cancelled sailings, up from 22 per cent in 2022."""),

("Visayas Business Daily", """Spanish hotel group to build 300-room resort in Bohol

A Spanish hotel group will build a 300-room beach resort in Panglao, Bohol, its first property in the Philippines, in a partnership with a local property developer, the companies said on Tuesday.

Grupo Alcántara Hoteles, which operates 41 hotels in Spain, Mexico and the Dominican Republic, will manage the resort under its mid-range brand, while Bohol-based Tagbilaran Land Holdings will own and develop the property. The project is estimated to cost 3.6 billion pesos.

The resort will sit on a 7.8-hectare beachfront site and include two swimming pools, a conference centre for 600 guests and 24 villas. Construction is expected to begin in the second quarter of next year, with opening scheduled for late 2028.

"Panglao has the beaches, the airport and the diving. What it does not yet have is enough international-standard rooms at a mid-range price," Tagbilaran Land president Ernesto Villamor-Uy said at a signing ceremony in Makati.

Grupo Alcántara chief executive Begoña Salcedo Ruiz spoke in Spanish at the event. ⟦foreign:Llevamos tres años estudiando el mercado filipino y creemos que Bohol es el lugar ideal para empezar nuestra expansión en Asia.⟧

Foreign tourist arrivals to Bohol reached about 480,000 last year, according to the provincial tourism office, still below the 2019 peak of 610,000. Domestic arrivals have recovered faster, topping 1.1 million.

The province's airport on Panglao island, which opened in 2018, handles flights from Manila, Cebu, Davao and, since last year, direct services from Seoul and Taipei. Provincial officials have said they want to add routes from Shanghai and Tokyo.

⟦placeholder:Related coverage: <a href="">Bohol tourism arrivals</a>⟧

Environmental groups have raised concerns about the pace of resort construction on Panglao, where groundwater is limited and several beaches have been affected by erosion. Tagbilaran Land said the resort would include a desalination plant and a sewage treatment facility, and that it had obtained an environmental compliance certificate ⟦glued:fromthe⟧ Department of Environment and Natural Resources.

Villamor-Uy said the resort would employ about 520 people once open, most of them hired in Bohol, and that the company would partner with two local colleges on hospitality training.

Grupo Alcántara, which is family-controlled and reported revenue of 780 million euros last year, has said it wants to have five properties in Southeast Asia by 2032. Salcedo said the group was also looking at sites in Palawan and Siargao.

The Philippine government has set a target of 12 million foreign arrivals a year by 2028. Arrivals last year were about 5.9 million.

⟦furniture:Subscribe to VBD Morning Brief — the top business stories from the Visayas, in your inbox every weekday at 6 a.m. Enter your email ▸⟧"""),

("The Port Alder Ledger", """Boil-water advisory lifted for 3,100 Cedar Flats homes after nine days

A boil-water advisory affecting about 3,100 homes in Port Alder's Cedar Flats neighbourhood was lifted Thursday morning, nine days after a water main break allowed surface water into the distribution system.

The regional health authority said two consecutive rounds of sampling, taken 24 hours apart at 18 locations, showed no E. coli or total coliform bacteria, and turbidity had returned to normal levels below 1 NTU.

"We know nine days is a long time for families to be boiling water for everything from baby formula to brushing teeth," said city engineer Miguel Anand-Foster. "We wanted to be absolutely certain before lifting it."

The break occurred early on Nov. 7 on a 300-millimetre cast-iron main under Cedar Flats Road, installed in 1968. Crews repaired the main within 14 hours, but a loss of pressure in the ⟦break:surrounding. Pipes⟧ allowed groundwater to be drawn into the system, which is what triggered the advisory.

The city handed out about 46,000 litres of bottled water from two distribution points during the advisory, and delivered water directly to 212 households registered as having residents with mobility issues.

The city's post lifting the advisory was shared widely.

⟦embed:City of Port Alder @CityPortAlder · 7:05 AM
✅ UPDATE: The boil water advisory for Cedar Flats is LIFTED. Flush your taps for 5 min before use. Thanks for your patience. 💧
Replying to @CedarFlatsCA
58 Reposts  9 Quotes  402 Likes⟧

Residents are advised to run cold taps for at least five minutes, discard ice made during the advisory and replace ⟦broken_paragraph:fridge water

filters⟧ according to the manufacturer's instructions.

Cedar Flats has had three main breaks in the past two years. The city's most recent asset management plan rates 41 kilometres of its water mains, about 18 per cent of the network, in poor or very poor condition, most of them cast-iron pipes laid between 1955 and 1975.

Council approved a $6.2-million replacement program for 2026 in its draft capital budget last month, which would replace about 3.5 kilometres of main. At that rate, Anand-Foster acknowledged, it would take more than a decade to replace all of the pipes rated in poor condition.

"It's a question of how much we are willing to spend, and how fast," he said.

Councillor Sunita Mahal said she would ask staff to bring forward options to double the replacement budget, funded through a water utility rate increase. A typical household pays about $640 a year for water and sewer service."""),

("HealthWatch Canada", """Province adds RSV vaccine for adults 60 and older to public program

Adults aged 60 and older who live in long-term care, and everyone aged 75 and older, will be able to get a respiratory syncytial virus (RSV) vaccine free of charge starting Nov. 1, the provincial health ministry announced Monday.

The ministry said it had purchased about 210,000 doses for the season, at a cost it did not disclose. The vaccines will be available through pharmacies, family doctors and public health clinics, and in long-term care homes through on-site immunization teams.

RSV is best known as a cause of severe illness in infants, but it also sends thousands of older adults to hospital each winter. Provincial data show 1,840 adults 60 and older were hospitalized with RSV ⟦glued:last season,with⟧ 162 deaths.

"For many older adults, RSV is as serious as influenza, and until recently we had nothing to offer them," said chief medical officer of health Dr. Olumide Fairchild-Ng. "This is a significant step."

⟦fragment:Following a recommendation from the national immunization advisory committee released in the spring.⟧ The province's eligibility criteria are narrower than those in some other provinces, which offer the vaccine to everyone 60 and older with chronic conditions.

Seniors' advocates welcomed the program but questioned the age cut-off. Marguerite Olsson-Diaz, president of a provincial seniors' coalition, said people between 60 and 74 with heart or lung disease were at high risk and should be included⟦stray: ?⟧ She asked the ministry to publish the modelling behind its decision.

The ministry said it would review eligibility after the first season, based on uptake and hospitalization data. Adults aged 60 to 74 who are not eligible can buy the vaccine privately at pharmacies, where it typically costs about $230.

Pharmacists said they expected heavy demand. The provincial pharmacists' association said members would be able to give RSV, flu and COVID-19 shots at the same appointment, although public health officials recommend spacing them if possible to monitor for side-effects.

Only one dose is needed; current evidence suggests protection lasts at least two seasons, and the national committee has not yet recommended a booster.

The ministry also said it would expand a program offering a long-acting antibody to infants born during RSV season, which began last year. About 88 per cent of eligible newborns received the antibody in its first season.

⟦disclaimer:Ce texte a été traduit automatiquement. This text was machine-translated from French; in case of discrepancy, the French version prevails.⟧"""),
]
