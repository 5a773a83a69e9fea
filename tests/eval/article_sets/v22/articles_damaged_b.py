ARTICLES = [
("Northern Courts Reporter", """Former councillor gets two years less a day for snow-clearing contract fraud

A former Eastmarsh town councillor who steered $412,000 in snow-clearing work to a company secretly owned by his brother-in-law was sentenced Wednesday to two years less a day, to be served in the community, and ordered to repay the town in full.

Dale Hutchings-Moreau, 61, pleaded guilty in September to one count of fraud over $5,000 and one count of breach of trust by a public officer. He served on council from 2014 to 2022 and chaired its public works committee for six of those years.

Court heard that between 2017 and 2021, Hutchings-Moreau voted on and lobbied staff for contracts awarded to Northfield Plow & Grade Ltd., without disclosing that his wife's brother held 60 per cent of its shares. In at least three cases, the company's bids were not the lowest received.

In her reasons, Justice Mireille Obuya-Sandford said the offence "struck at the heart of public confidence in municipal government." She noted that the town's population of about 9,000 meant the loss amounted to roughly $45 for every resident.

The Crown had sought a jail sentence of 18 months. Prosecutor Anthony Lee-Whitaker argued that a conditional sentence would not sufficiently deter others in public office. ⟦placeholder:INSERT DEFENCE QUOTE HERE — check w/ reporter⟧

Defence lawyer Harjit Bal said his client had no prior record, had cooperated with investigators and had already paid back $150,000 through the sale of a cottage property.

The judge accepted that Hutchings-Moreau had shown genuine remorse. "He has lost his reputation in a small community where reputation is everything," ⟦attribution:the judge said, said Obuya-Sandford⟧ in court.

The conditional sentence includes eight months of house arrest, followed by a curfew, 200 hours of community service and a lifetime ban on seeking municipal office in the province.

The case came to light in 2022 after a resident filed a freedom-of-information request for snow-clearing invoices and noticed that Northfield's registered address matched a property owned by Hutchings-Moreau's family. The town later commissioned a forensic audit, which found irregularities in 14 contracts.

Eastmarsh Mayor Colleen Fortier said in a statement that the town had since adopted a new procurement bylaw requiring all contracts over $25,000 to go to open tender and barring councillors from contact with bidders during the process.

⟦dup:2⟧

Northfield Plow & Grade was dissolved in 2023. Charges against the brother-in-law were stayed last year."""),

("Transit Lines Weekly", """Brazilian bus maker to assemble electric buses in Batangas

⟦furniture:Buses & Coaches | Asia-Pacific | Manufacturing — 4 comments — Save article⟧

Brazilian coachbuilder Carroceria Serra Azul will open an assembly plant in Batangas province in the Philippines, its first outside Latin America, to build battery-electric city buses for the country's public utility vehicle modernization program, the company said.

The plant, in an industrial estate near the Batangas port, will have capacity for 600 buses a year on a single shift and is expected to start production in the first half of 2027. The company did not disclose the investment, but a filing with the Philippine Board of Investments put the figure at about 2.8 billion pesos.

Serra Azul will import chassis and battery packs initially and build bodies locally, with a target of sourcing 40 percent of components in the Philippines ⟦break:by. The⟧ end of the decade, according to the filing.

The Philippine transport department has set a goal of replacing older jeepneys and buses with low-emission vehicles, but the program has moved slowly. Only about 2,300 electric buses and modern minibuses are in service nationwide, a fraction of the 150,000-plus units that operators say need replacing.

At the announcement in São Paulo, Serra Azul chief executive Rodrigo Almeida Tavares spoke about the company's plans for the region. ⟦foreign:Queremos que a fábrica de Batangas seja a nossa porta de entrada para todo o Sudeste Asiático, e não apenas para as Filipinas.⟧

The company builds around 9,000 bus bodies a year in Brazil, Argentina and Colombia, and has delivered about 1,100 electric buses to South American cities since 2019.

Transport analysts said the main obstacle for electric buses in the Philippines was not supply but financing. A 12-metre electric bus costs roughly 18 to 22 million pesos, about twice the price of a diesel equivalent, and most operators are small cooperatives with limited access to credit.

Serra Azul said it was in talks with two Philippine banks about a leasing program that would let operators pay per kilometre rather than buy vehicles outright. It also said it would offer battery-replacement guarantees of eight years.

The Department of Trade and Industry said the project would create about 900 direct jobs. It is eligible for income-tax holidays under the country's incentives law for strategic investments.

Serra Azul is the second foreign bus maker to announce Philippine assembly this year, after a Chinese manufacturer said in March it would build a plant in Laguna."""),

("Lakeshore Sports Desk", """Ridgeback rink wins provincial curling title in extra end

Skip Hannah Ridgeback made a draw to the button with her last stone of an extra end on Sunday to give her rink a 7-6 win over Jessa Kowalchuk and the provincial women's curling championship at the Millbrook Curling Club.

It is Ridgeback's first provincial title in nine appearances, and sends her team of third Maya Oyelaran-Frost, second Brynn Castillo and lead Alix Dumont to the national championship in February.

"I've been in this final twice and lost it both times. I wasn't going to let it happen again," Ridgeback said, still holding the broom she used to sweep her own last stone the final metre. "That draw felt like it took ten minutes."

Kowalchuk's rink led 6-4 after eight ends, but Ridgeback scored two in the ninth with a hit-and-roll ⟦glued:thatleft⟧ her shooter sitting second behind a Kowalchuk counter. The 10th end was blanked, and Kowalchuk held the hammer, but chose to blank rather than play for a single with a tricky angle.

In the extra end, Kowalchuk's third Trina Bellweather missed a double takeout⟦stray:,,⟧ leaving two Ridgeback stones in the house. Kowalchuk's final stone came up light, and Ridgeback had an open draw for the win.

"We had our chances. We just didn't make enough shots at the end," Kowalchuk said. "Credit to them. That was a clutch draw."

The final drew 740 spectators, the club's largest crowd since it hosted the men's provincials in 2018, and the club streamed the game online.

⟦embed:Millbrook Curling Club
LIVE · Provincial Women's Final — Ridgeback vs Kowalchuk
3.1K watching now · Started streaming 2 hours ago
💬 Top chat: "THAT DRAW!!! 🥌🥌"⟧

Ridgeback's rink went 8-1 in the round robin and beat defending champion Olivia Tanaka-Greer in the semifinal. The team had finished fourth at the provincials last season and made one lineup change in the off-season, adding Dumont at lead.

The provincial association said the ⟦broken_paragraph:tournament's total

attendance⟧ over seven days was 4,820, up 30 per cent from last year's event, which was held in a larger city.

The winning team receives $12,000 in prize money and travel support for the national championship, where it will compete in an 18-team field. Ridgeback's rink is currently ranked 23rd in the country."""),

("Frontier Science Review", """Replanted mangroves store carbon more slowly than expected, 15-year study finds

Mangrove forests replanted along a stretch of coastline in the central Philippines are accumulating carbon in their soils at less than half the rate of nearby natural mangroves, even 15 years after planting, according to a long-term study published this month.

Researchers measured soil and biomass carbon at 48 plots in replanted and natural stands on the island of Panay between 2009 and 2024. They found that replanted stands had built up an average of 1.9 tonnes of soil carbon per hectare per year, compared with 4.6 tonnes in undisturbed forests.

"Replanting is still worth doing. But if we sell it as a quick carbon fix, we are overselling it," said lead author Dr. Rosalinda Macaraeg-Holm, a coastal ecologist at a university marine station in Iloilo.

⟦fragment:Mostly because many were planted on mudflats and sandbars where mangroves had never naturally grown.⟧ The team found survival rates in some plots below 20 percent, and surviving trees were often a single species, Rhizophora, rather than the mix found in natural forests.

Sites replanted in abandoned fishponds, which had once been mangrove, performed much better, reaching about 70 percent of the carbon accumulation rate of natural forest after 15 years.

⟦placeholder:Figure 3: null⟧

The findings matter for carbon markets, where mangrove "blue carbon" projects have attracted growing interest from companies seeking offsets. Several projects in Southeast Asia have claimed sequestration rates based on natural-forest figures.

Co-author Dr. Kenji Albrecht-Santos said buyers should look closely at where trees are planted. "The single most important variable is the site. Restore a former mangrove, and nature does a lot of the work. Plant on a mudflat, and you are fighting the ocean," he said.

The Philippines lost about half of its mangrove cover between the 1950s and 1990s, largely to aquaculture ponds. National agencies and local governments have planted tens of thousands of hectares since, although estimates of survival vary widely.

The researchers recommend that government programs prioritise reconverting idle or abandoned fishponds, an estimated 100,000 hectares of which exist nationwide, though many are privately leased and reconversion is legally complex.

The study was funded by a national science agency and an international conservation foundation.

⟦disclaimer:Summary generated automatically by our research-digest AI from the paper's abstract and press release. Always consult the original publication.⟧"""),

("The Greyridge Gazette", """Greyridge council approves 3.9% tax increase after six-hour budget debate

Greyridge property owners will pay 3.9 per cent more in municipal taxes next year after town council approved its 2026 operating budget shortly before midnight on Tuesday, following a six-hour meeting and more than 20 proposed amendments.

For the owner of an average home assessed at $385,000, the increase works out to about $118 more for the year, bringing the municipal portion of the tax bill to roughly $3,140.

The $34.6-million operating budget includes $1.1 million more for the fire department, largely to cover two new full-time firefighters, and $480,000 for road maintenance. Staff had originally proposed a 5.2 per cent increase.

"We found savings. We cut some things that people will notice. Nobody around this table is happy with 3.9, but it's responsible," said Mayor Rosalind Achterberg-Lui.

Council trimmed the increase by deferring a $350,000 upgrade to the Memorial Arena's ice plant by a year, cutting the ⟦break:number. Of⟧ planned summer student positions from 24 to 18, and drawing $600,000 from reserves.

Councillor Judith Amankwah voted against the budget, arguing the reserve draw would leave the town exposed. "We are using savings to pay for operating costs, and that's a bill that comes due next year," she said. Reserves will stand at about $7.8 million, below the town's policy target of $9 million.

⟦dup:1⟧

Councillor Frank Delacroix-Wynn, who voted in favour, said deferring the arena work was a calculated risk. The ice plant, which uses ammonia as a refrigerant, passed its most recent inspection in August⟦stray: :⟧ staff said it could safely run for another season.

Several residents spoke during the public portion of the meeting, most urging council to hold the line on taxes. Retired bus driver Ed Koslowski said his pension had risen 2.6 per cent this year. "Everything goes up faster than I do," he said.

The fire chief, Denise Oyelowo, told council that call volumes had risen 28 per cent since 2020, driven by medical calls and highway collisions. "We are running the same number of people on shift that we had in 2012," ⟦attribution:she told council, Oyelowo said⟧.

The budget also includes $95,000 to extend transit service on the Route 2 Westside loop to 10 p.m. on weeknights, a change requested by residents of two new subdivisions.

Final tax rates will be set in the spring, once provincial education rates are confirmed."""),

("Prairie Tech Journal", """German robotics firm picks Winnipeg for North American service hub

Kessler Automation GmbH, a German maker of industrial robots for food processing, will open its North American service and training centre in Winnipeg, creating about 85 jobs over three years, the company and the Manitoba government announced Monday.

The 4,600-square-metre facility, in a leased building near the airport, will house spare parts, a repair workshop and a training floor where customers' technicians can learn to program and maintain Kessler's robots. The company said it expected to invest about $19 million in the site.

Kessler, based near Stuttgart, employs about 1,400 people and reported revenue of 310 million euros last year. Its robots are used mainly in meat and poultry plants for cutting, deboning and packaging, where labour shortages have pushed processors to automate.

"Winnipeg is in the middle of the continent and close to many of our customers," managing director Friederike Haas told reporters. She then addressed the German delegation in her own language. ⟦foreign:Wir haben uns für Winnipeg entschieden, weil wir hier gut ausgebildete Fachkräfte und eine sehr offene Regierung gefunden haben.⟧

The company has sold about 340 robots to processors in Canada and the U.S., including at several large pork and poultry plants on the Prairies. Until now, customers have relied on technicians flown in from Germany for major repairs, which could take a week or more to arrange.

The Manitoba government will provide a $2.5-million grant ⟦glued:towardstraining⟧ and hiring, conditional on the company meeting job targets. Economic development minister Darnell Okonkwo-Reid said the province had competed against sites in Minnesota and Ontario.

"This is the kind of advanced manufacturing work we want more of: well-paid, technical and tied to industries we already have," he said.

Kessler said it would partner with a local polytechnic to develop a two-year robotics technician program, with the first cohort of 24 students expected in September 2026.

Labour groups have raised concerns about automation in meat processing, where thousands of jobs have historically been filled by immigrant workers. A union representing plant workers said it wanted guarantees that workers displaced by robots would be retrained. Kessler said its robots typically took on the most physically demanding tasks and that customers had not reduced overall headcount.

⟦furniture:Related stories
• Manitoba food processors report 1,200 job vacancies
• Why poultry plants are betting on robots
• Ag-tech funding slows in Q3⟧"""),

("Mindanao Morning Post", """Cagayan de Oro extends jeepney consolidation deadline to June

CAGAYAN DE ORO — The city's transport franchising office has extended to June 30 the deadline for traditional jeepney operators to join cooperatives under the national public utility vehicle modernization program, giving about 1,400 drivers another six months to comply.

The extension, announced on Friday, follows two days of transport strikes this month that left thousands of commuters stranded on major routes, including the busy Cogon-Bulua and Lapasan corridors.

City transport officer Engr. Ramoncito Baguio said 61 percent of the city's roughly 3,600 jeepney franchises were now consolidated into 23 cooperatives or corporations. "We want everyone in. But we also don't want commuters with no ride because the deadline passed," he said.

⟦fragment:Despite the national government's earlier insistence that there would be no more extensions.⟧ The regional franchising board said the city's extension was within its authority because local route plans had been approved late.

Drivers' groups said the extension did not address their main concern: the cost of modern minibuses, which sell for 2.4 to 2.8 million pesos each. A typical jeepney driver earns 600 to 900 pesos a day after fuel and boundary payments.

The drivers' federation posted a statement shortly after the announcement.

⟦embed:PISTON-CDO Drivers' Alliance
Yesterday at 6:12 PM · Public
Extension is not a solution. Phaseout pa rin ang dulo. Join us Monday 7AM at Divisoria. ✊
Like · Comment · Share   👍 1.2K   💬 388   ↗ 540⟧

Cooperative leaders said consolidation had brought benefits, including fixed wages for drivers and centralised maintenance. Marivic Sabellano-Go, chair of one of the city's largest cooperatives, said her group's 140 units now ran on a dispatch schedule with GPS tracking, and that drivers received ⟦broken_paragraph:social security

contributions⟧ for the first time.

"It's not perfect. The loans are heavy. But the drivers have benefits now, and the commuters know when the next unit is coming," she said.

The Department of Transportation has said the modernization program aims to replace vehicles more than 15 years old with safer, lower-emission models, and to reorganise routes to reduce congestion. Critics say it has been too costly for small operators and too slow to deliver the promised financing.

The city government said it would offer a 20,000-peso one-time grant to drivers who join cooperatives before the new deadline, funded from a 28-million-peso allocation in next year's budget."""),

("Straits Commerce Review", """Penang chip packager to hire 1,800 as AI server demand lifts orders

PENANG — Semiconductor packaging and testing firm Tanjung Microsystems said it would hire 1,800 workers over the next 18 months and spend 1.6 billion ringgit on a new plant in the Batu Kawan industrial park, as demand for chips used in artificial intelligence servers lifts its order book.

The company, listed on Bursa Malaysia, said the five-storey plant would add about 40 percent to its capacity for advanced packaging, which involves stacking or placing several chips close together in a single package to improve speed and power efficiency.

Managing director Lim Sze Wei said orders for advanced packaging had roughly doubled over the past year. "Customers are asking us for capacity we will not have until 2027. That's not a problem we've had before," he said at a briefing.

⟦placeholder:Tanjung Microsystems' shares rose undefined percent to undefined ringgit by the midday break.⟧

The hiring will include about 600 engineers and technicians and 1,200 production operators. Lim said the company ⟦break:expected. To⟧ recruit many of the engineers from local universities, but acknowledged that competition for talent in Penang had become intense.

Penang accounts for roughly a third of Malaysia's electrical and electronics exports and is home to plants run by several of the world's largest chip companies. The state government says more than 20 semiconductor projects are under construction or planned.

Analysts said the Tanjung expansion reflected a broader shift of packaging work to Southeast Asia as customers diversify supply chains. "Advanced packaging used to be a Taiwan story. Penang is now getting a meaningful share," said Nurul Aisyah Kamarudin, an analyst at a Kuala Lumpur investment bank.

She cautioned that the company was taking on significant capital spending at a time when prices for some mature chips were falling⟦stray:；⟧ Tanjung's net margin slipped to 9.1 percent last year from 11.4 percent.

The company said the plant would be powered partly by a 12-megawatt rooftop solar installation and would recycle about 60 percent of its process water, in line with requirements from several large customers.

Construction is scheduled to start in January, with the first production lines running by the end of 2026.

⟦disclaimer:Disclaimer: This article was originally published in Bahasa Malaysia and has been translated using machine translation software. We are not responsible for any errors arising from the translation.⟧"""),

("The Greyridge Gazette", """Hilda Marchetti, who ran Greyridge's first daycare, dies at 91

Hilda Marchetti, who opened Greyridge's first licensed daycare in the basement of St. Brendan's church hall in 1964 and ran it for more than three decades, died Oct. 29 at the Lakeview long-term care home. She was 91.

Her family said she died peacefully after a short illness, with her daughter and two grandchildren at her side.

Born Hilda Brauer in 1934 on a dairy farm outside Millbrook, she was the fifth of seven children. She trained as a teacher at a provincial normal school and taught Grade 1 in a one-room school for four years before marrying Aldo Marchetti, a stonemason who had emigrated from northern Italy, in 1957.

When her own children were small, she noticed that several mothers at church were struggling to find care while they worked shifts at the cannery. She persuaded the parish council to let her use the basement, and opened with 11 children and one assistant.

"She had no business plan. She had a guitar, a box of crayons and absolute certainty that it was needed," ⟦attribution:said her daughter, Carla Marchetti-Voss, she said⟧.

By the time she retired in 1997, the centre, by then called Little Brook Children's Centre, had moved into its own building on Elm Street, cared for 72 children and employed 14 staff. Former children ⟦glued:includea⟧ current town councillor, two school principals and the Gazette's own sports editor.

She served on the town's first social planning committee in the 1970s and lobbied the province for operating grants for rural daycares, travelling to the capital by bus to present briefs to three successive ministers.

⟦dup:1⟧

In 2004 she received the town's citizen of the year award. Asked at the ceremony what she was proudest of, she said it was that no child had ever been turned away for inability to pay.

Aldo Marchetti died in 2011. She is survived by her daughter Carla, son Paul, five grandchildren and three great-grandchildren, as well as her sister Gerda.

A funeral mass will be held at St. Brendan's on Nov. 8 at 11 a.m. In lieu of flowers, the family asks that donations be made to the Little Brook Children's Centre bursary fund, which helps low-income families with fees."""),

("Archipelago Shipping Gazette", """Indonesian ferry operator orders four LNG-fuelled ro-ro vessels

⟦furniture:Ferries | Newbuildings | Indonesia ▸ You have 2 free articles remaining this month. Subscribe for unlimited access.⟧

JAKARTA — Indonesian ferry operator PT Lintas Nusa Bahari has ordered four liquefied natural gas-fuelled roll-on/roll-off passenger ferries from a shipyard in Batam, the first LNG-powered ferries to be built for a domestic Indonesian operator.

The 110-metre vessels will each carry up to 1,000 passengers and 120 cars or 40 trucks, and will be deployed on the busy Merak-Bakauheni crossing between Java and Sumatra from 2028. The contract value was not disclosed, but industry sources put it at around US$45 million per vessel.

The ships will have dual-fuel engines able to run on LNG or marine diesel, and battery packs for manoeuvring in port. The company said they would emit about 20 percent less carbon dioxide and almost no sulphur oxides compared with its current diesel fleet.

⟦fragment:To be supplied from a small-scale LNG terminal that a state energy company plans to build at Merak by 2027.⟧ Lintas Nusa Bahari said it had signed a preliminary fuel supply agreement but that pricing was still being negotiated.

Company president director Hendra Wicaksono said at the signing that fleet renewal was overdue. ⟦foreign:Rata-rata umur kapal kami sudah lebih dari 25 tahun, dan penumpang berhak mendapatkan layanan yang lebih aman dan nyaman.⟧

The Merak-Bakauheni strait carries more than 1.5 million vehicles a year and is one of the busiest ferry routes in Southeast Asia. Congestion at the ports during the Eid holiday season regularly causes queues of trucks stretching several kilometres.

Indonesia's transport ministry has been pushing operators to replace older vessels after a series of accidents on domestic routes. Ferries older than 30 years are set to be barred from some routes under regulations due to take effect in 2027.

Shipbuilding analysts said the order was a test for the Batam yard, which has built offshore support vessels and tugs but not passenger ships of this size. The yard is working with a European naval architecture firm on the design.

Lintas Nusa Bahari operates 31 vessels on 14 routes. It carried 7.8 million passengers last year.

The first of the four ferries is scheduled for delivery in the second quarter of 2028, with the remaining three following at six-month intervals."""),

("Pacific Rim Wire", """Tropical storm grounds 96 domestic flights in central Philippines

MANILA (PRW) — Airlines cancelled 96 domestic flights on Wednesday as Tropical Storm Lusing crossed the central Philippines, stranding thousands of travellers and prompting the coast guard to suspend sea trips in 11 provinces.

The storm made landfall in Eastern Samar before dawn with maximum sustained winds of 85 kilometres per hour and gusts up to 105 km/h, according to the state weather bureau, PAGASA. It was moving west at about 20 km/h and was expected ⟦break:to. Cross⟧ the Visayas before exiting into the Sulu Sea on Thursday.

Flights to and from Tacloban, Catarman, Calbayog, Roxas and Kalibo were among those cancelled. The country's largest carrier said it would waive rebooking fees for affected passengers until the end of the month.

The coast guard said 4,212 passengers, along with 380 rolling cargoes and 46 vessels, were stranded at ports across Eastern Visayas, Western Visayas and Bicol by mid-morning.

⟦placeholder:[photo]⟧

Local officials reported pre-emptive evacuations of about 28,000 people in low-lying and landslide-prone areas. Classes were suspended at all levels in at least nine provinces⟦stray: !⟧ Government offices in several cities also closed early.

The weather bureau warned of storm surges of up to two metres along the coasts of Eastern Samar and northern Samar, and heavy rainfall of 100 to 200 millimetres that could trigger flooding and landslides.

A video posted by a local radio station showed waves breaking over the seawall in Borongan.

⟦embed:📹 @radyoborongan_official on TikTok
Lusing hits Borongan seawall 🌊 #LusingPH #EasternSamar
♬ original sound · 0:23
❤️ 48.2K  💬 1,903  🔖 2,117  ↪ 6,540⟧

The national disaster agency said no casualties had been reported as of noon, but communications were down in parts of northern Samar. The energy department said about 190,000 customers were without power across four electric cooperatives.

Lusing is the 12th tropical cyclone to enter the Philippine area of responsibility this year. The country is hit by an average of about 20 storms annually.

The agriculture department said it was assessing damage to rice crops in Samar and Leyte, where harvest of the wet-season crop was about 60 percent complete. Officials said early estimates would be released on Friday."""),

("HealthWatch Canada", """Pharmacists can now treat strep throat and UTIs under expanded scope

Pharmacists in the province can now assess and prescribe treatment for 19 common ailments, including strep throat, uncomplicated urinary tract infections and pink eye, under regulations that took effect Monday, the health ministry said.

The list adds six conditions to the 13 that pharmacists have been able to treat since 2023, which include cold sores, seasonal allergies, mild acne and insect bites. Assessments are free for anyone with a provincial health card, and the province pays pharmacies $25 per assessment.

Pharmacies that offer strep throat treatment must have a rapid antigen test on site. The provincial pharmacists' association said about 70 percent of its roughly 1,300 member ⟦glued:pharmacieshad⟧ signed up to offer the new services.

"For a lot of families, the alternative is sitting in an emergency department for six hours with a sore throat," said association chief executive Naveen Chaudhry-Bell. "This is a faster, cheaper, appropriate option."

Since the program began, pharmacists have completed about 640,000 minor-ailment assessments, according to ministry figures. About 88 percent resulted in a prescription or over-the-counter recommendation, and the remainder were referred to a doctor or nurse practitioner.

Some physicians have raised concerns about antibiotic overuse and fragmented care. Dr. Laila Osei-Brandt, president of the provincial family medicine ⟦broken_paragraph:association, said

the⟧ group supported expanded scope for pharmacists but wanted assessments shared with a patient's family doctor automatically.

"If a patient gets three UTI prescriptions from three different pharmacies in a year, somebody needs to notice that," she said.

The ministry said pharmacists were required to notify a patient's primary care provider within 48 hours, and that the province's electronic health record would show all prescriptions dispensed. A provincial review of the first year of the program found antibiotic prescribing rates by pharmacists were in line with clinical guidelines.

Patients do not need an appointment at most pharmacies, but the association recommended calling ahead, since not every pharmacist on every shift is certified for all 19 conditions.

The province has said it plans to allow pharmacists to order some lab tests, such as blood glucose and cholesterol panels, by next year.

⟦disclaimer:HealthWatch Canada uses an AI model to help produce summaries of government announcements. This article was generated from a news release and lightly edited.⟧"""),

("Transit Lines Weekly", """Valley Rail posts 91.2% on-time performance in Q3, best in four years

⟦furniture:Share on LinkedIn | Share on X | Email this article | 🔖 Bookmark⟧

Valley Rail, the regional commuter rail operator serving the Fraser Crossing corridor, ran 91.2 percent of its trains on time in the third quarter, its best result since 2021, the operator reported to its board on Thursday.

A train is counted as on time if it arrives within five minutes of its scheduled time at its final station. The result compares with 86.7 percent in the same quarter last year and a target of 92 percent.

Chief operating officer Yusuf Baptiste-Lam attributed the improvement to the completion of a $74-million track renewal program on the western section, which removed 11 temporary speed restrictions, and to a new agreement with the freight railway that owns most of the corridor.

"We share this track with freight trains that are two and a half kilometres long. When they get priority at the wrong moment, our passengers pay for it," Baptiste-Lam said. ⟦fragment:Under the new agreement, which sets financial penalties on both sides for delays caused to the other.⟧

Ridership rose 14 percent year on year to 3.4 million trips in the quarter. Weekend service, added in April, accounted for about 260,000 of those trips.

⟦dup:1⟧

Delays caused by freight interference fell from 41 percent of all late trains to 23 percent. Mechanical failures on the operator's ageing fleet of 22 bi-level coaches and seven locomotives remain a significant factor, accounting for about 30 percent of delays.

Board member Eleanor Fujimoto-Clarke asked when new rolling stock would arrive. "The locomotives are 31 years old. We can fix track all we like; if the engines break down we're still late," ⟦attribution:she said, Fujimoto-Clarke added⟧.

Staff said a procurement for eight new locomotives was under way, with a contract award expected in the spring and delivery from 2028. The provincial government has committed $210 million towards the purchase.

Valley Rail also reported that its customer satisfaction score, based on a quarterly survey of 2,400 riders, rose to 78 out of 100 from 71 a year earlier. The top complaints were crowding on the 7:12 and 7:42 a.m. inbound trains and the lack of service after 9 p.m.

The operator plans to add a ninth weekday round trip in January, using coaches leased from another operator."""),

("Arts Quarter", """Eastport Opera's Tosca revival sells out its entire run

Eastport Opera's new production of Puccini's Tosca has sold out all six performances, the first time the company has done so for a full run since it moved into the 1,100-seat Harbourview Theatre in 2011.

General director Simone Adeyemi-Kraus said the company had added a seventh performance, on Jan. 19, and that 60 percent of those tickets had sold within 48 hours of going on sale. "We had people lined up at the box office at 8 a.m. I have never seen that for opera in this city⟦stray:¿⟧" she said.

The production, directed by Matteo Grisanti, sets the opera in 1944 Rome under German occupation rather than in 1800. Soprano Ilse Kariuki-Berg sings the title role, with tenor Andrés Villanueva as Cavaradossi and baritone Thomas O'Reilly-Chen as Scarpia.

⟦placeholder:%s⟧

Grisanti, who is making his North American debut, said the updated setting was meant to make the opera's themes of political violence feel immediate. Speaking at a rehearsal through an interpreter, he began in Italian. ⟦foreign:Scarpia non è un mostro d'altri tempi: uomini come lui esistono ancora oggi, in ogni paese.⟧

Critics have been largely positive. The Eastport Daily Record called Kariuki-Berg's "Vissi d'arte" "the finest single moment of singing on an Eastport stage in a decade," though some reviewers found the wartime setting heavy-handed in the second act.

The company's finances have improved after several difficult years. It reported a surplus of $210,000 for its last fiscal year, its first since 2018, after a deficit of $1.4 million in 2022. Subscriptions are up 23 percent.

Adeyemi-Kraus credited a program offering $25 tickets to people under 35, which now accounts for about 18 percent of ticket sales, and a series of free outdoor concerts in the summer that the company says ⟦break:reached. About⟧ 14,000 people.

The company's budget for the season is $6.8 million, about 40 percent of which comes from ticket sales. The rest comes from government grants, private donations and corporate sponsors.

Next season, the company plans a new production of Britten's Peter Grimes, co-produced with a company in Quebec, and a chamber opera by a local composer based on the 1917 harbour explosion.

Tickets for the added performance are available through the company's box office."""),

("Lakeshore Sports Desk", """Kenyan runner smashes course record at Lakeshore Marathon

Kenyan runner Daniel Kiprotich Sang broke the Lakeshore Marathon course record by 74 seconds on Sunday, finishing in 2:07:38 on a cool, windless morning along the waterfront.

The 27-year-old pulled away from a lead pack of five at around the 32-kilometre mark and ran the final 10 kilometres alone, crossing the line more than a minute ahead of Ethiopia's Tesfaye Alemu, who finished in 2:08:51.

"The weather was perfect. After 30K I felt strong, and my coach told me: go now," Sang said. "I wanted the record for my daughter. She turns three today."

The women's race was won by Canadian Rebecca Tran-Moreau in 2:24:15, a personal best by almost two minutes and the ⟦glued:fastesttime⟧ by a Canadian woman this year. She finished 38 seconds ahead of Kenya's Mercy Jeptoo.

Tran-Moreau, 31, who works part-time as a physiotherapist, said she had targeted the race after missing the world championships team in August. ⟦fragment:Hoping the time would be enough for selection to the national team for next year's major championships.⟧

The event's official account shared the finish within minutes.

⟦embed:Lakeshore Marathon 🏃 @LakeshoreMarathon
NEW COURSE RECORD 🚨 Daniel Kiprotich Sang 2:07:38!! 🇰🇪
🎥 Finish line cam · 0:31
#LakeshoreMarathon2025 #RunLakeshore
11:46 AM · 4.6K views⟧

A total of 14,812 runners crossed the line across the marathon, half-marathon and 10-kilometre events, a record for the race, which was first held in 1981. Organisers said the event raised $1.9 million for 64 charities.

The course was changed this year to remove two hills in the final five kilometres, which race director Paul Vasquez-Lindqvist said had helped produce fast times. Medical staff treated 212 runners, most for blisters, cramps and minor dehydration, and ⟦broken_paragraph:seven were taken

to⟧ hospital as a precaution. All were released by evening.

The elite field's prize purse was $140,000, with $25,000 going to each of the marathon winners and a $10,000 bonus for the course record.

Sang's time is the fastest marathon run in Canada this year. He said he hoped to run one of the major spring marathons and aimed to break 2:06 within two years."""),

("Visayas Business Daily", """Iloilo power distributor seeks 9-centavo rate cut after new supply deal

Iloilo City's electricity distributor has asked the Energy Regulatory Commission (ERC) to approve a reduction of about 9 centavos per kilowatt-hour in its generation charge, citing a new power supply agreement with a solar and battery plant in Guimaras.

If approved, the cut would lower the monthly bill of a household using 200 kWh by about 18 pesos, the distributor, Panay Metro Power Corp., said in a filing. The company serves about 86,000 customers in the city.

The 15-year supply agreement, signed in September, covers 30 megawatts of solar capacity paired with 40 megawatt-hours of battery storage. The contracted rate of 5.72 pesos per kWh is below the average cost of power the distributor currently buys from coal-fired plants and the wholesale spot market.

"For the first time, renewable energy with storage is simply the cheaper option for our customers," ⟦attribution:Panay Metro president Jose Mari Lacson said, he said⟧ at a press briefing.

Consumer groups welcomed the application but said the saving was modest. Electricity rates in Iloilo remain among the highest in the Visayas, averaging about 12.40 pesos per kWh for residential users last month.

The ERC is expected to hold public hearings in Iloilo before deciding on the application, a process that typically takes three to six months. The distributor asked for provisional authority to implement the cut from January.

⟦dup:2⟧

Panay Metro, which took over the city's franchise in 2020 after a long legal fight with the previous distributor, has invested about 2.5 billion pesos in replacing ageing poles, lines and transformers. System losses have fallen to 6.1 percent from more than 10 percent, the company said⟦stray:«⟧

Guimaras island, across a narrow strait from Iloilo, has become a hub for renewable energy projects, with about 120 MW of wind and solar in operation. The new solar plant is scheduled to begin commercial operations in the second quarter of 2026.

The Department of Energy has set a target of 35 percent renewable energy in the power mix by 2030 and 50 percent by 2040. Renewables accounted for about 22 percent of generation nationally last year.

⟦disclaimer:This story is republished from a partner outlet under a syndication agreement. VBD has not independently verified its contents and is not responsible for its accuracy.⟧"""),

("The Port Alder Ledger", """Dutch coastal engineers to help Port Alder plan for one-metre sea-level rise

Port Alder has hired a Dutch coastal engineering firm to help draw up a 50-year plan for protecting the waterfront against rising sea levels, the city announced Friday, after a report estimated that $1.3 billion in property could be at risk by 2100.

⟦furniture:ADVERTISEMENT⟧

The firm, Van der Berg Kustadvies of Rotterdam, will work with a local consultancy on the $1.1-million contract, which council approved unanimously in a closed session last month. The plan is expected to be completed in early 2027.

Provincial guidance asks coastal municipalities to plan for one metre of sea-level rise by 2100. A city-commissioned study released in the spring found that about 1,900 properties, the ⟦break:city's. Main⟧ wastewater treatment plant and 4.2 kilometres of the waterfront rail line would be exposed to regular flooding under that scenario.

"This is not a problem for our grandchildren. We are making decisions about pipes and roads today that will still be here in 2100," said Mayor Deborah Kwan-Hollis.

⟦fragment:Including dikes, raised land, floodable parks and, in some places, managed retreat.⟧ City staff said the consultants would look at a range of options for each section of the shoreline.

Project lead Marloes Dijkstra-Okafor, who has worked on flood defences in the Netherlands, Bangladesh and New Zealand, said the first step would be ⟦broken_paragraph:listening to residents,

businesses⟧ and the local First Nation, whose reserve lands include part of the estuary.

At a briefing, she first spoke briefly with a Dutch colleague joining by video. ⟦foreign:We moeten eerst begrijpen hoe de mensen hier met het water leven, voordat we iets gaan tekenen.⟧

Dijkstra-Okafor said the Dutch approach had shifted in recent decades from building ever-higher walls towards "room for the river," which gives water space to spread during high-water events.

Some waterfront property owners are nervous. Greg Halvorsen, who owns a marine supply store on Wharf Street, said he worried that talk of retreat would affect property values and insurance. "Nobody's told us anything concrete. That's the scary part," he said.

The city has set aside $3.5 million over four years for early adaptation work, including raising a low section of Harbour Road and installing backflow valves on 16 stormwater outfalls.

⟦placeholder:{{byline.author_bio | default('Staff reporter')}}⟧"""),
]
