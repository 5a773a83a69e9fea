ARTICLES = [
("Luzon Harbour Gazette", """Batangas port operator approves ₱18-billion container terminal expansion

BATANGAS CITY — The operator of the Batangas International Container Terminal has approved an ₱18.2-billion expansion that will nearly double its annual capacity, betting that manufacturers will keep shifting cargo away from congested Manila.

Southern Tagalog Ports Corp. said on Tuesday its board had signed off on two new berths, eight ship-to-shore cranes and a 14-hectare container yard. The first phase is expected to open in 2027, lifting capacity from 1.1 million to about 2 million twenty-foot equivalent units a year.

"Companies in the CALABARZON industrial zones have told us plainly that they want to avoid Manila traffic," president and chief executive Ramon Villaruel said at a briefing. "Every hour a truck spends on the road is money."

⟦fragment:Especially for the electronics and automotive parts exporters in Laguna and Cavite that ship on tight weekly schedules.⟧

The terminal handled 842,000 TEUs last year, up 11 per cent, while volumes at the Manila International Container Terminal were roughly flat. Truck bans and road works in the capital have added hours to some deliveries, shippers say.

Financing will come from a mix of internal funds and a ₱10-billion loan from a syndicate of local banks, the company said. Construction contracts are expected to be awarded by March.

Analysts welcomed the plan but cautioned that road links⟦stray:，⟧ not berths, may be the real bottleneck. "The STAR Tollway is already busy at peak hours," said Liza Manalastas, a transport economist at a Makati-based research firm. "If the roads do not keep up, you just move the congestion from the port to the highway."

The Department of Public Works and Highways said a widening project on the tollway's southern section is scheduled to begin next year.

Local fishing groups have raised concerns about dredging in Batangas Bay. "We were told there would be consultations. We have had one meeting," ⟦attribution:said Eduardo Panganiban, head of a fisherfolk association in Bauan, Panganiban told reporters⟧. "We need to know what happens to the fish when they dig."

Villaruel said an environmental compliance certificate had been obtained and that the company would fund a monitoring programme run by a state university.

⟦disclaimer:[Machine translation] This article was translated from Filipino using an automated system. The original version prevails in case of discrepancy.⟧"""),

("Tasman Business Daily", """Aotearoa Air returns to profit but warns of engine delays

AUCKLAND — Aotearoa Air posted its first full-year profit since 2019 on Thursday, as strong demand on trans-Tasman and Pacific Island routes offset higher fuel costs, but the carrier warned that engine inspections would keep several aircraft on the ground well into next year.

The airline reported a pre-tax profit of $142 million for the year ended June 30, compared with a loss of $38 million a year earlier. Revenue rose 14 per cent to $3.87 billion, and passenger numbers climbed to 9.4 million.

"We have rebuilt the network and our customers have come back," chief executive Fiona Hetaraka said. "But I want to be honest about the year ahead. We will not have all of our aircraft available, and that will cost us."

Five of the airline's 17 narrow-body jets will be out of service at various points over the coming year while their engines undergo inspections ordered by the manufacturer. The airline has leased three aircraft with crews from an Australian operator to cover some of the gap.

⟦dup:2⟧

Load factors, a measure of how full planes are, averaged 84.6 per cent, up from 80.1 per cent. Yield, or revenue per passenger kilometre, rose 3 per cent.

Aviation analyst Marcus Tipene of Kōwhai Capital said the result was slightly better than expected but that investors would focus on the guidance. "The engine issue is not of their making, but they are the ones who will wear the cost," he said. "Leased capacity is expensive, and it usually arrives just after the busy season."

The airline said it ⟦break:expected. Earnings⟧ before tax of between $90 million and $120 million for the current year, including an estimated $55 million in costs related to the engine inspections. It said it was in talks with the engine maker about compensation.

The board declared a final dividend of 4 cents a share, the first since the pandemic.

⟦placeholder:Share price at close: $PRICE_NZX ($CHANGE%)⟧

Unions representing cabin crew said they would seek pay increases in upcoming negotiations, citing the return to profit. "Our members carried this airline through the hard years," said Aroha Ngata of the Flight Attendants' Association. "Now it is their turn."""),

("Fraser Valley Record", """Chilliwack River Valley residents allowed home as wildfire eases

CHILLIWACK — Residents of about 240 properties in the Chilliwack River Valley began returning home on Sunday after the Fraser Valley Regional District downgraded an ⟦glued:evacuationorder⟧ to an alert, five days after a wildfire forced them out.

The Tamihi Creek fire, which grew to an estimated 1,150 hectares, is now considered held, the BC Wildfire Service said. Cooler temperatures and 18 millimetres of rain on Friday helped crews build containment lines on its eastern edge.

"It is a relief to be home. The smell of smoke is everywhere, but the house is standing," said Renata Sokolowski, who lives near the Slesse Creek bridge with her husband and two teenagers. "We had a neighbour who sent us pictures from the road every morning. That kept us sane."

Three outbuildings and one seasonal cabin were destroyed, the regional district said. No injuries were reported.

Fire information officer Tara McLeod said crews would remain in the valley for at least another week. "Held does not mean out," she said. "There are still hot spots deep in the ground, and if the wind picks up we could see flare-ups."

⟦embed:BC Wildfire Service @BCGovFireInfo · 2h
Tamihi Creek wildfire (V70418) now classified as Being Held. Est. size 1,150 ha. Crews and heavy equipment remain on site.
Replies 61 · Reposts 402 · Likes 1.8K⟧

The valley road will remain closed to non-residents until Wednesday while hydro crews replace damaged poles. Returning residents were told to run taps for several minutes before drinking water and to check for ash in rain barrels.

Regional district chair Patricia Dueck said she wanted a review of how the evacuation was communicated after some residents said they ⟦broken_paragraph:learned of the order from

social media⟧ before receiving official alerts on their phones.

"We need to know if the system worked the way it was supposed to, and if it did not, why not," Dueck said.

The cause of the fire is under investigation, though officials have said it is believed to be human-caused.

⟦furniture:This site uses cookies to personalise content and analyse traffic. By continuing to browse, you agree to our use of cookies. [Accept] [Manage preferences]⟧

The Chilliwack Community Services society said its reception centre at the Landing Sports Centre had registered 612 evacuees over the week and would close on Monday."""),

("Provincial Courts Digest", """Ontario Court of Appeal restores mining claims held by Mexican-owned explorer

TORONTO — The Court of Appeal for Ontario has restored 118 mining claims in the Red Lake district to a Mexican-owned exploration company, overturning a lower court ruling that found the claims had lapsed when the company missed a filing deadline during the pandemic.

In a unanimous decision released Friday, a three-judge panel held that the Ministry of Mines had acted unreasonably when it refused Minera Boreal Canada Inc.'s request for an extension after its assessment work reports were filed 11 days late in 2021.

Writing for the panel, Justice Ayesha Rahman said the ministry ⟦break:failed. To⟧ consider the company's explanation that its field geologist had been unable to travel from Mexico because of border restrictions. "A decision-maker exercising a statutory discretion must engage with the reasons offered. That did not happen here," she wrote.

The claims, covering about 2,300 hectares northeast of Red Lake, had been re-staked by a competing junior, Northern Shield Resources Ltd., within days of being cancelled. The appeal court set aside the Divisional Court's 2023 decision, which had upheld the ministry, and ordered the claims returned to Minera Boreal.

Northern Shield's lawyer, Catherine Obuya, said her client was disappointed. "Northern Shield staked those claims in good faith under the rules as they stood," Obuya said. "We are considering whether to seek leave to appeal to the Supreme Court of Canada."

Minera Boreal's parent company, based in Monterrey, released a short statement after the ruling. ⟦foreign:"La empresa respeta la decisión del tribunal y seguirá trabajando con las comunidades de Red Lake para avanzar el proyecto."⟧

Lawyers who practise in mining law said the ruling could matter beyond the parties⟦stray: ;⟧ several hundred claims across Ontario lapsed during the pandemic for similar reasons.

"This tells the ministry that it cannot apply deadlines mechanically when there is a genuine explanation," said Daniel Whitehorse, a Thunder Bay lawyer who was not involved in the case. "I expect to see other companies asking for their claims back."

A spokesperson for the Ministry of Mines said it was reviewing the decision. ⟦attribution:"We will take the time to consider the court's reasons," the spokesperson said, the ministry said in a statement⟧.

The decision is Minera Boreal Canada Inc. v. Ontario (Mines), 2024 ONCA 812. Costs of $45,000 were awarded to Minera Boreal."""),

("Field & Lab Quarterly", """Prairie cover crops store more carbon than expected, five-year trial shows

SASKATOON — Fields planted with cover crops between cash crops stored significantly more carbon in the top 30 centimetres of soil than conventionally managed fields, according to a five-year trial at 16 farms in Saskatchewan and Manitoba.

The study, published in a soil science journal this month, found that fields sown with a mix of fall rye, hairy vetch and radish after harvest gained an average of ⟦glued:0.42tonnes⟧ of soil organic carbon per hectare each year, compared with 0.09 tonnes on neighbouring control strips.

"Those are bigger numbers than we see in most of the literature from the prairies," said lead author Dr. Wen-Li Harcourt, an associate professor of soil science at the University of Saskatchewan. "Some of the plots had carbon increases we would normally expect from a decade of management, not five years."

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.⟧

The team sampled soils every spring and fall at each site, using a consistent depth and sampling grid to reduce the noise that often makes soil carbon changes hard to detect. Yields of the following cash crop, mostly wheat and canola, were not significantly different between treatments.

Farmers involved in the trial said the biggest challenge was timing. Cover crops have to be seeded soon after harvest to establish before freeze-up, and in a short prairie fall that window can close quickly.

"Some years we got it in by the first week of September and it did great. One year we were combining into October and it barely came up," said Curtis Lamontagne, who farms near Melfort and hosted one of the trial sites.

⟦dup:1⟧

Harcourt cautioned that the results should not be taken as proof that cover crops will deliver the same gains everywhere. ⟦fragment:Soils that are already high in organic matter, such as the black soils of the parkland belt.⟧ Those soils may see smaller gains, she said.

The findings come as several companies offer carbon credit programs that pay farmers to adopt practices like cover cropping. Agronomist Bethany Rowe of the Prairie Soil Health Network said farmers should read contracts carefully. "Some of these programs require you to keep the practice for twenty years or more," she said. "That is a long commitment on land you may not control forever."

The researchers plan to continue sampling the sites for another five years to see whether the carbon gains persist."""),

("Northline Wire", """Quebec, Newfoundland and Labrador sign preliminary deal on Churchill Falls power

QUEBEC CITY (Northline) — The governments of Quebec and Newfoundland and Labrador signed a preliminary agreement on Thursday to replace the 1969 Churchill Falls power contract, long considered one of the most lopsided energy deals in Canadian history.

Under the memorandum of understanding, Hydro-Québec will pay substantially more for electricity from the Churchill Falls generating station in Labrador and will jointly develop two new projects on the Churchill River, including a 3,800-megawatt station at Gull Island.

Newfoundland and Labrador Premier Andrew Fudge-Kelloway said the deal would bring his province about $225 billion in revenue over the life of the agreement, which would run to 2075. "For fifty years, this contract has been a wound in our province," he said. "Today we start to heal it."

Quebec Premier Jean-Sébastien Tardif said the agreement guaranteed Quebec a reliable supply of clean electricity as demand grows. ⟦foreign:« C'est une entente gagnant-gagnant qui assure l'avenir énergétique du Québec pour les cinquante prochaines années. »⟧

The original contract, signed in 1969, locked in the price Hydro-Québec pays for most of the station's output at about a quarter of a cent per kilowatt hour until 2041. Newfoundland and Labrador has challenged the contract in court several times without success.

⟦attribution:Energy analyst Pierre-Luc Dansereau said the agreement was significant, said the analyst⟧. "This is the biggest shift in the Eastern Canadian power market in decades," he said. "But an MOU is not a contract. There is a great deal of ⟦broken_paragraph:negotiation still to

come⟧ before anything is signed."

Innu Nation Grand Chief Mary-Anne Pone said the Innu had not been consulted on the terms and that any new development on the Churchill River would require their consent. Both premiers said they were committed to reaching agreements with affected Indigenous nations.

A definitive agreement is targeted for April 2026. It will require approval from the boards of both utilities and could face review in Newfoundland and Labrador's legislature, where opposition parties have demanded an independent assessment.

Shares in companies that supply Hydro-Québec with transmission equipment rose modestly on the news.

⟦disclaimer:Northline content is distributed to partner sites automatically. French-language quotations in this version were not translated by Northline editors.⟧"""),

("Accra Coastline Herald", """Ankobra river turns brown again as illegal miners return to Western Region

TARKWA — Barely six months after a military-led operation cleared illegal gold miners from stretches of the Ankobra River, residents in the Western Region say the excavators are back, and the river has turned brown again.

At Dompim, a farming community about 20 kilometres north of Tarkwa, a reporter for the Herald counted at least seven excavators working along the riverbank on a single afternoon last week. Pits filled with muddy water stretched across what residents said had been cocoa farms two years ago.

"They come at night, they work, and by morning they are gone into the bush," said Akosua Appiah, 54, who sells vegetables at the Dompim market. "Who can stop them? They have guns, they have money."

Illegal small-scale mining, known locally as galamsey, has polluted major rivers in Ghana and destroyed thousands of hectares of farmland. The Ghana Water Company has said several treatment plants ⟦break:have. Had⟧ to reduce output because of the high levels of silt in raw water.

⟦fragment:Leaving the district assembly to truck water to schools and clinics in five communities.⟧

District Chief Executive Samuel Kwofie-Adjei told the Herald that the assembly had reported the return of the miners to regional security officials. "We do not have the capacity to fight this alone⟦stray:¿⟧ We need the national government and the security services," he said.

Footage of the polluted river was shared widely online after a local activist posted it.

⟦embed:Kojo Mensah-Bonsu (@KojoSavesAnkobra) on TikTok
"This was clean water when I was a boy." #StopGalamsey #Ankobra
0:58 · 342.6K views · 21.4K likes⟧

Environmental groups have called for a total ban on mining in forest reserves and near water bodies. A coalition of civil society organisations last month marched to Parliament demanding that existing regulations permitting small-scale mining in some reserves be withdrawn.

The Minerals Commission said it was working with the military and the police on a new operation and would publish the names of licence holders found to be subcontracting illegal miners.

For now, residents along the Ankobra are buying sachet water and hoping the river clears. "We used to fish here," Appiah said. "Now there is nothing.\""""),

("Halifax Arts Review", """Maritime Museum reopens with new gallery on the Halifax Explosion

HALIFAX — After 22 months of renovations, the Maritime Museum of the Atlantic reopened its doors on Saturday with a redesigned permanent gallery on the 1917 Halifax Explosion that curators say puts the voices of survivors front and centre.

The $14.6-million renovation, funded by the province and the federal government, replaced the museum's roof, upgraded its climate controls and added about 400 square metres of exhibition space on the second floor.

"The old gallery told the story of the ships and the blast. The new gallery tells the story of the people," said chief curator Alasdair MacKinnon. "We have letters, recordings and objects that families have kept for more than a century and trusted us with."

Among the new items is a child's winter coat recovered from the rubble of Richmond, a neighbourhood in the city's north end that was levelled when the Mont-Blanc, a French cargo ship loaded with explosives, collided with another vessel in the harbour. The coat was donated by the granddaughter of the girl who wore it.

⟦dup:1⟧

The gallery also includes a section on the relief effort, including the trains of doctors and supplies sent from Boston, and on the long-term effects on the city's Black community in Africville, which was largely ignored in official accounts.

More than 1,100 visitors passed through ⟦glued:theHarbourfront⟧ building on opening day, according to museum staff. Lineups formed on Lower Water Street before the doors opened at 9:30 a.m.

"My great-grandfather was a sailor on the Stella Maris, one of the ships that tried to help," said visitor Colleen Brophy, who drove from Truro with her two children. "I wanted them to see it. It is our history too."

⟦placeholder:<img src="" alt="IMAGE_ALT_TEXT">⟧

The museum's admission price has increased to $12.50 for adults. Children under six and Nova Scotia students on school trips enter free.

⟦furniture:About the author
Nadia Okoye covers museums, heritage and visual arts for the Halifax Arts Review. Follow her work and send tips through our contact page.⟧"""),

("Pacific Rim Energy Monitor", """Queensland's Barcoo Plains solar farm connects first 200 megawatts to grid

BRISBANE — The first stage of the Barcoo Plains solar farm in central Queensland has been connected to the national electricity grid, its developer said on Monday, in what will become one of the largest solar projects in Australia when complete.

Outback Sun Energy said 200 megawatts of the planned 780-megawatt project were now exporting power into ⟦glued:thegrid⟧ after passing commissioning tests with the market operator. The remaining stages are expected to connect progressively through 2026.

The project, located about 90 kilometres west of Emerald, includes about 1.4 million solar panels on single-axis trackers and a 300-megawatt, four-hour battery that will be built in the final stage.

"Getting the first electrons out is a huge moment for the team," said managing director Claire Whitlam. "There were days during the wet season when we were not sure we would make it."

Heavy rain in January and February flooded access roads and delayed deliveries of panels from the port at Gladstone by about six weeks, the company said. Whitlam said the total project cost remained within the $1.1-billion budget.

⟦embed:Outback Sun Energy on LinkedIn · 1d
We're thrilled to announce that Barcoo Plains Stage 1 is officially connected! Huge thanks to our crews, partners and the Emerald community. #solar #renewables #Queensland
👏 2,417 · 188 comments⟧

Output from the farm is contracted under a 15-year power purchase agreement with a state-owned retailer. The contract price was not disclosed.

Energy analysts said the connection came at an important time for Queensland, which plans to close or convert several coal-fired stations over the next decade. "Every large solar project that arrives on time makes that transition easier to manage⟦stray: :⟧ the harder part is firming, which is why the battery matters," said Dr. Nikhil Ramaswamy, an energy market researcher at a Brisbane university.

Local landholders have had mixed views. Grazier Joan McAllister, whose property adjoins the site, said the company ⟦break:had. Kept⟧ its promises about dust and traffic but that she remained concerned about the long-term condition of the land. "They say it will go back to cattle country when they are done. I would like that in writing," she said.

The Barcoo Regional Council said the project had employed about 450 workers at its peak, many staying at a purpose-built camp outside town."""),

("Kootenay Times", """Nelson council adopts budget with 4.8 per cent tax increase

NELSON, B.C. — Nelson city council adopted its 2025 budget on Tuesday night, approving a 4.8 per cent property tax increase that staff say is needed to cover rising policing costs and long-delayed work on the city's water mains.

For the average single-family home, assessed at $712,000, the increase will add about $112 to the municipal portion of the annual tax bill, according to the city's finance department.

The budget passed 5-2, with councillors Tomas Rinaldi and Aileen Dwyer-Park voting against. Both had pushed for a smaller increase of about 3.5 per cent, funded in part by delaying the replacement of the Lakeside Park washrooms.

"I hear every week from seniors on fixed incomes who are choosing between groceries and their tax bill," Rinaldi said during debate. "We should be doing everything we can to keep this number down."

Mayor Josephine Haldane defended the increase. "We have underinvested in our pipes for thirty years. If we keep putting it off, it will cost far more later, and we will be the council that let it happen," ⟦attribution:Haldane said, the mayor told council⟧.

The largest single item is a $2.3-million contribution to the water main replacement program, which will replace about 1.2 kilometres of cast-iron pipe under Vernon and Latimer streets next summer. The city has recorded 27 water main breaks in the past two years, most on pipes installed before 1950.

Policing costs under the city's contract with its municipal police department rose 7.1 per cent, largely because of a new collective agreement. Chief Constable Darren Okimaw told council in November that the department was carrying two vacancies and relying on overtime.

The budget also includes $180,000 for a pilot program to extend the hours of the Nelson Public Library on Sundays and $95,000 for new ⟦broken_paragraph:crosswalk lights on Baker

Street⟧ near the Hall Street intersection, where a pedestrian was seriously injured last winter.

Residents who spoke at a public input session in November were divided. Some asked council to hold the line on taxes, while others urged more spending on affordable housing and transit.

Final property tax notices will be mailed in May.

⟦furniture:© 2024 Kootenay Times Media Group. All rights reserved. Reproduction without permission is prohibited.⟧"""),

("Bushveld Mining Review", """Steelpoort chrome smelter warns of job cuts as power costs bite

STEELPOORT — Tubatse Ferrochrome has warned that it may suspend two of its four furnaces at its Steelpoort smelter early next year unless it can secure cheaper electricity, putting as many as 600 jobs at risk.

The company said in a statement on Wednesday that electricity now accounted for almost 40 per cent of its production costs, up from about 25 per cent five years ago, after a series of tariff increases by the national utility.

"We are competing with smelters in China and Kazakhstan that pay a fraction of what we pay for power," said managing director Kagiso Moloto. "At current prices, two of our furnaces lose money on every tonne they produce."

The smelter produced about 310,000 tonnes of ferrochrome last year. Like much of the South African industry, it has also faced competition from exporters of raw chrome ore, which is shipped to China and smelted there.

Moloto said the company ⟦break:had. Applied⟧ for a special tariff under a programme intended to support energy-intensive industries but had not yet received a decision. "We need an answer before the end of January," he said.

Many of the smelter's contract workers come from across the border in Mozambique. Outside the main gate on Wednesday, truck driver Armando Cossa said he had heard about the warning on the radio. ⟦foreign:"Se a fábrica fechar, não sei o que vamos fazer. A minha família em Maputo depende deste salário."⟧

The National Union of Metalworkers said it would oppose any retrenchments and called on the government to intervene. "The ferrochrome industry has lost thousands of jobs in the last decade. We cannot lose more," said regional secretary Phuti Maake.

Industry body Ferroalloys Producers Association said seven of South Africa's smelting facilities had been idled since 2019, and that production had fallen by about a third over that period.

A spokesperson for the Department of Trade, Industry and Competition said the department was aware of the situation and was "engaging with the company." Asked about a timeline, the spokesperson said: ⟦placeholder:null⟧.

⟦disclaimer:This article was drafted with the help of generative AI from a company press release and edited by a staff writer.⟧"""),

("Courtside Weekly", """Brandon rink takes Manitoba title with last-rock draw

BRANDON — Skip Kelsey Thiessen needed one thing on her final stone on Sunday: a draw to the button against two Winnipeg counters. She got it, and with it, her first provincial women's curling championship.

Thiessen's rink from the Brandon Curling Club beat Winnipeg's Danielle Ostrowski 7-6 in the final ⟦glued:atWestman⟧ Place, earning a spot at the national championship in February.

"I have thrown that shot a thousand times in practice," Thiessen said, still holding the trophy long after the closing ceremony. "You tell yourself it is just another draw. It is not, but you tell yourself anyway."

The final was tight throughout. Ostrowski, a two-time provincial champion, led 4-2 at the fifth-end break after stealing a single in the fourth when Thiessen's last-rock takeout rolled out of the rings.

Thiessen tied it with a deuce in the sixth and went ahead with a steal in the eighth when Ostrowski's final rock came up short⟦stray:..⟧ Ostrowski answered with a single in the ninth to tie the game at 6-6 and give up hammer.

In the tenth end, third Maddie Kaur placed two guards that forced Ostrowski to play around traffic. Ostrowski's final stone sat second shot, giving Thiessen a clear path to the button.

"Maddie's guards won us that end," Thiessen said. "People will talk about the last rock, but it was set up by everything before it."

⟦dup:1⟧

Ostrowski was gracious in defeat. "They played better in the last three ends. That is the whole story," she said. "Kelsey has been knocking on the door for years. Good for her."

⟦fragment:Along with second Brooke Sawatzky and lead Jenna Fehr, who have played with Thiessen since junior.⟧ The team will represent Manitoba at the national championship, where it will be seeded in the bottom half of the field based on the national rankings.

The Brandon Curling Club last produced a provincial women's champion in 2009. Club president Ron Szabo said members would organise a fundraiser to help cover travel costs. "This is a working team. They all have jobs, and some of them have kids," he said. "We want them to go there and just focus on curling.\""""),

("Prairie Ledger", """Saskatchewan potash miner lifts output target as Brazil demand firms

SASKATOON — Qu'Appelle Potash Corp. raised its production forecast for the year on Tuesday after stronger-than-expected sales to Brazil and Southeast Asia drained inventories at its two mines in southern Saskatchewan.

The company now expects to produce between 4.6 million and 4.8 million tonnes of potash this year, up from a previous range of 4.3 million to 4.6 million. Third-quarter sales volumes rose to 1.24 million tonnes from 1.02 million a year earlier.

Net earnings for the quarter fell to $96 million from $131 million, however, as the average realized price dropped to US$298 a tonne from US$361 a tonne.

"Prices have come down a long way from the peak in 2022, but volumes are telling us that farmers are buying again," ⟦attribution:chief executive Donovan Reimer said in an interview, Reimer said⟧. "Brazilian growers skipped a lot of potash for two seasons. They cannot keep doing that without losing yield."

The company's Belle Plaine solution mine ran near capacity through the quarter, while its conventional underground mine near Esterhazy completed a planned maintenance shutdown two weeks early.

⟦embed:Qu'Appelle Potash Corp. | Q3 2024 results webcast
Recorded Oct. 29 · 58:14 · Slides available below⟧

Analysts said the improved volume outlook was encouraging but that prices remained the main concern. "You cannot build a business on volume alone when your price is down 18 per cent," said Vanessa Kirkpatrick, a fertilizer analyst at Bluestem Capital Markets in Toronto. "But the inventory story is helpful. Nobody has much potash sitting in warehouses right now."

The company ⟦broken_paragraph:said it would keep its capital spending budget of $640 million

unchanged⟧ and that work was continuing on an expansion at Belle Plaine that will add 400,000 tonnes of annual capacity in 2026.

Qu'Appelle also said it had reached a tentative five-year agreement with the United Steelworkers local representing about 780 workers at its Esterhazy site. Members are expected to vote on the deal next month.

⟦placeholder:[insert_chart: potash_price_2020_2024]⟧

Shares of Qu'Appelle rose 4.1 per cent to $47.92 in Toronto trading."""),

("Luzon Harbour Gazette", """In Catanduanes, fishing families rebuild after Typhoon Ambo

VIRAC, Catanduanes — Two weeks after Typhoon Ambo tore across Catanduanes with winds of more than 200 kilometres per hour, the fishing village of Palnab is still counting its losses: 63 houses destroyed, 41 damaged, and almost every boat on the beach either smashed or carried out to sea.

Lorna Tabuzo, 46, stood on the concrete slab where her house used to be and pointed to a tangle of bamboo and corrugated iron a few metres away. ⟦foreign:"Wala na kaming bahay. Pati ang bangka ng asawa ko, tinangay ng alon. Hindi namin alam kung saan magsisimula."⟧

The provincial disaster risk reduction office said 11 people died on the island, most from falling debris and landslides, and about 18,000 families were affected. Power has been restored to about half of the province, according to the local electric cooperative.

Relief goods have been arriving by ship from Tabaco in Albay, but local officials say the greater need is for materials to rebuild. "Food packs last a few days," said Barangay Captain Rodolfo Vargas. "What our people need is roofing, nails, lumber and boats, so they can start earning again."

⟦fragment:Because fishing is the only livelihood for most households in Palnab and the neighbouring villages along the eastern coast.⟧

The Bureau of Fisheries and Aquatic Resources said it would ⟦break:distribute. About⟧ 300 fibreglass boats to fishers in the province over the next two months, along with fishing gear. A provincial board member said that would cover fewer than a quarter of the boats lost.

Aid groups have set up temporary learning spaces because many schools were damaged or are being used as evacuation centres. Teacher Maricel Santelices said about a third of her students had not returned. "Some families have moved to relatives in Naga or Manila," she said. "We do not know if they will come back."

Catanduanes, sometimes called the "land of the howling winds," is one of the most typhoon-exposed provinces in the country. Residents say storms have grown stronger in recent years.

"My father used to say one big typhoon every ten years," said fisher Jomar Alcantara, 33. "Now it is almost every year."

⟦disclaimer:Disclaimer: This story has been auto-translated for our English edition. Names and quotations may not be rendered exactly.⟧"""),

("The Karoo Courier", """Wind farm near Sutherland promises jobs, but locals want them first

SUTHERLAND — The first of 52 turbines for the Roggeveld Hoogte wind farm began arriving on the R354 this week, each blade carried on an 80-metre trailer that crawled through town at walking pace while residents lined the road to watch.

The 290-megawatt project, developed by a consortium led by Cape Winds Renewables, is expected to begin supplying power to the national grid in late 2026. At its peak, construction will employ about 700 people, the developer says.

But in Sutherland, a town of about 3,000 known mostly for its observatory and its winter snow, residents want to know how many of those jobs will go to them.

"They told us in the meetings there will be work for local people," said Hendrik Jantjies, who has been unemployed since the road construction project ended last year. "So far I have seen the trucks. I have not seen the jobs⟦stray: !⟧"

Project director Zanele Dlamini said 38 per cent of the current workforce came from the Karoo Hoogland municipality, above the 30 per cent required under the project's contract with the government. "We understand people want more, and as the civil works expand we will be hiring in town first," she said.

⟦embed:Roggeveld Hoogte Wind Farm (@RoggeveldWind) · Instagram
First blade delivery through Sutherland today 🌬️ Thank you to the community for your patience! #RenewableEnergy
View all 73 comments⟧

The developer has also committed to a community trust that will own 2.5 per cent of the project. Dlamini said the trust ⟦glued:expectedto⟧ receive its first dividend within two years of commercial operation.

Astronomers at the nearby observatory have been consulted because the turbines could create radio interference. The project's nearest turbine is 22 kilometres from the telescopes, beyond the exclusion zone agreed with the observatory.

Local business owners say they have already noticed a difference. Guesthouse owner Retha Louw said she had been fully booked with contractors for three months. "In winter we get the snow tourists. In summer it used to be very quiet," she said. "Now I have engineers at breakfast every morning."

⟦furniture:Follow The Karoo Courier on Facebook and WhatsApp for breaking news from the Central Karoo.⟧

The municipality said it would hold a jobs information day at the community hall on 12 March."""),

("Tasman Business Daily", """Kahu Fruit lifts kiwifruit export forecast on strong Asian demand

TAURANGA — Kahu Fruit Ltd., the Bay of Plenty kiwifruit packer and exporter, lifted its full-year export forecast on Wednesday after strong orders from Japan, China and South Korea and a larger-than-expected gold kiwifruit crop.

The company now expects to export 41 million trays this season, up from an earlier estimate of 36 million. Revenue is forecast at about $680 million, compared with $590 million last season.

"This is a good season, and after the last two we needed one," managing director Wiremu Hohaia said. "Fruit size is up, taste scores are strong, and our customers are paying for it."

⟦glued:KahuFruit⟧ shares rose 6.8 per cent to $3.46 on the NZX after the announcement.

The kiwifruit industry has had a difficult few years, with a poor crop in 2023 caused by a warm winter that reduced flowering, followed by labour shortages during harvest. Growers have also faced higher costs for fertiliser, packaging and shipping.

Hohaia said the company ⟦break:had. Hired⟧ more than 1,900 seasonal workers at its packhouses in Te Puke and Katikati, about 200 more than last year, and that most positions had been filled through the Recognised Seasonal Employer scheme and by local students.

Gold kiwifruit, sold at a premium, made up about 62 per cent of the company's volumes, up from 55 per cent. Green kiwifruit volumes were broadly flat.

⟦dup:1⟧

Growers welcomed the higher forecast. Tania Rangiahua, who grows gold kiwifruit on 12 hectares near Te Puke, said returns for her orchard would be the best since 2021. "It means we can pay down some debt and maybe replant a block," she said.

Analyst James Koh of Southern Cross Equities said the forecast was ahead of his estimates. "The gold crop is doing the heavy lifting," Koh said. "As long as shipping runs smoothly through the peak months, the company should hit these numbers."

The company said it would ⟦broken_paragraph:provide a further update on its

earnings outlook⟧ when it reports its half-year results in February.

Kahu Fruit was formed in 1998 through the merger of three growers' co-operatives and now packs fruit for about 640 orchards in the Bay of Plenty and Northland."""),

("Northline Wire", """Edmonton driver sentenced to 30 months for fatal crash on Whitemud Drive

EDMONTON (Northline) — An Edmonton man who was driving more than twice the speed limit when he struck and killed a 62-year-old pedestrian on Whitemud Drive has been sentenced to 30 months in prison.

Carlo Benedetti, 27, pleaded guilty in Court of King's Bench in September to dangerous driving causing death. He was also prohibited from driving for five years after his release.

The court heard that Benedetti was travelling at about 142 kilometres an hour in a 60 km/h zone near the 119 Street exit on the night of March 4 when his car struck Rosalind Achebe, who was crossing at a marked crosswalk after finishing a shift at a nearby care home.

"Ms. Achebe did everything right. She crossed where she was supposed to cross, on a green light," Justice Harminder Gill said in delivering the sentence. "Her death was the result of a choice the accused made to drive at a speed that left no possibility of stopping⟦stray:»⟧

Benedetti, who was born in Italy and moved to Canada as a teenager, read a short statement to the court through tears. ⟦foreign:"Non ho mai voluto fare del male a nessuno. Chiedo perdono alla famiglia, ogni giorno."⟧

Members of Achebe's family filled two rows of the courtroom. Her daughter, Chioma Achebe-Lewis, read a victim impact statement describing her mother as the person who held the family together. ⟦attribution:"She was the first person I called for everything," Achebe-Lewis said, her daughter told the court⟧. "Now I pick up the phone and there is no one to call."

Crown prosecutor Melissa Gauthier had sought a sentence of three and a half years, noting the extreme speed. Defence lawyer Thomas Yuen asked for two years less a day, pointing to his client's guilty plea, lack of a criminal record and genuine remorse.

Gill said the guilty plea spared the family a trial and was a significant mitigating factor, but that deterrence and denunciation required a penitentiary sentence.

After the hearing, the family called on the city to install speed cameras along the stretch of Whitemud Drive. City councillor Ashley Nkemelu said she would bring a motion to council in January.

⟦placeholder:RELATED_STORY_LINK_1⟧

⟦disclaimer:This wire story was aggregated automatically and may have been updated since publication. Check the original source for the latest version.⟧"""),
]
