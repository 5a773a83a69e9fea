ARTICLES = [
("Gulf Aviation Ledger", """Sahra Airways orders 18 widebodies as Marsa Hadid hub expansion nears completion

MARSA HADID — Sahra Airways on Tuesday confirmed an order for 18 long-range widebody aircraft worth an estimated $5.6 billion at list prices, the largest single commitment in the carrier's 22-year history and a signal that the state-backed airline intends to compete directly with its larger neighbours for transfer traffic between Europe and Southeast Asia.

The order, which includes purchase rights for a further ten aircraft, was signed at a ceremony attended by the transport minister, Sheikh Faisal bin Rashed, and senior executives of the manufacturer, who flew in from Toulouse for the occasion. Deliveries are scheduled to begin in the third quarter of 2027 and run through 2031.

"This is not an order for today's network, it is an order for the network we will be flying in ten years," said the airline's chief executive, Omar Haddad, who has spent much of the past two years rebuilding the carrier's balance sheet after ⟦glued:pandemiclosses⟧ that wiped out nearly half its equity. "We have done the arithmetic, and the arithmetic works."

Analysts were more cautious⟦stray: ;⟧ several noted that Sahra's load factor on its existing long-haul routes averaged 74 percent last year, well below the 82 percent reported by its two largest regional rivals, and that the airline still depends on government guarantees to finance new aircraft.

"The question is not whether they can take delivery of the aircraft," said Leila Mansour, an aviation analyst at a Dubai brokerage. "The question is whether they can fill them at yields that cover the lease payments, and on that point the market has yet to be convinced."

The airline said the new aircraft would allow it to open nonstop services to Osaka, Melbourne and São Paulo, three cities it has long coveted. ⟦foreign:وأكد المتحدث باسم الشركة أن المفاوضات مع الجهات المعنية في اليابان قد وصلت إلى مراحلها النهائية.⟧

The expansion of Marsa Hadid International Airport, where a second terminal with capacity for 30 million passengers a year is due to open next spring, is central to the plan. The airport authority said construction was 91 percent complete and that trial operations with volunteer passengers would begin in February.

⟦disclaimer:This report was produced in part from an automated translation of an Arabic-language press release and has been checked for accuracy by our staff.⟧"""),

("Harlan County Courier", """County commissioners approve $14 million road bond for November ballot

HARLAN CITY — Voters in Harlan County will decide in November whether to borrow $14 million to repave and widen some of the county's most dangerous rural roads, after the Board of Commissioners voted 4-1 on Monday night to place the bond measure on the ballot.

The proposal, drafted by county engineer Ray Dunleavy over the past 18 months, would fund work on 42 miles of road, including the stretch of County Road 9 near Millbrook where three people died in separate crashes last winter. It would be repaid over 20 years through an increase in the property tax levy of about $38 a year on a home assessed at $150,000.

"I have driven that road every morning for thirty years, and I have pulled people out of the ditch on it more than once," said Commissioner Martha Pruitt, who represents the district. "We cannot keep patching it and hoping for the best."

⟦dup:1⟧

Commissioner Gene Tolliver cast the lone dissenting vote, arguing that the county should first seek state and federal grants before asking residents to take on more debt. "I am not against roads, I am against going to the taxpayer first when there is money sitting in Frankfort and Washington that we have not even ⟦break:asked. For yet⟧," he said.

Dunleavy told the board that the county had applied for two federal grants in the past three years and been turned down both times, in part because the county's traffic counts are too low to compete with urban projects. He said construction costs had risen roughly 30 percent since 2021, and that every year of delay made the work more expensive.

Several residents spoke during the public comment period, most in favor. Linda Caudill, who runs a school bus route out of Millbrook, said her drivers ⟦glued:routinelyslow⟧ to 15 miles an hour on parts of County Road 9 because the shoulders have crumbled away. "When it snows, I honestly pray," she said.

If approved, the bond would be the county's first general obligation borrowing for roads since 1998. The board will hold two informational meetings in September, one in Harlan City and one in Millbrook, before the vote.

⟦furniture:Share this story: Facebook | X | Email | Print⟧"""),

("Pacific Wire Service", """Typhoon Kanra shuts southern ports, strands 40,000 ferry passengers

TAI WO BAY — Typhoon Kanra swept across the southern coast on Thursday with sustained winds of 165 kilometres an hour, shutting three major container ports, grounding more than 600 flights and stranding about 40,000 ferry passengers on islands and in terminals along a 300-kilometre stretch of coastline, officials said.

The regional meteorological bureau raised its highest storm signal at 4:10 a.m. and kept it in force for eleven hours, the longest such period since 2018. By midafternoon the storm had weakened slightly as it moved inland, but forecasters warned that rainfall of up to 400 millimetres could trigger landslides in hillside districts through Saturday.

"The wind is only half the danger," the bureau's deputy director, Chan Wai-ming, told a televised briefing. "Most of the deaths we see in storms of this kind come afterwards, from water, from mud and from people going outside too early."

No deaths had been reported by Thursday evening, although emergency services said 37 people had been treated for injuries, most of them caused by falling debris and shattered glass. ⟦fragment:Including two construction workers struck by scaffolding that collapsed in the Kwun Shan district shortly after dawn.⟧

At the Tai Wo Bay container terminal, where about 55,000 containers are handled on an average day, cranes were locked down and berths cleared on Wednesday night. The port authority said it hoped to resume operations by Friday noon, depending on inspections of the quays.

"We expect a backlog of at least three days, possibly four, and we have asked shipping lines to be patient," ⟦attribution:the authority's operations chief, Helen Yip, said, Yip said⟧.

⟦embed:Tai Wo Bay Ferries (@TWBFerries) · 6h
All sailings cancelled until further notice due to Typhoon Signal No. 10. Passengers holding tickets for today may rebook free of charge. Stay safe everyone.
♡ 2,184   ⟲ 1,031   💬 412⟧

Ferry operators said they would add extra sailings over the weekend to clear the backlog of passengers, and the transport department said it would waive licence restrictions to allow private vessels to carry passengers on the busiest routes."""),

("Meridian Business Daily", """Straits Commercial Bank profit rises 11% on wealth fees, but margin squeeze looms

SINGAPORE — Straits Commercial Bank reported an 11 percent rise in third-quarter net profit on Wednesday, beating analyst forecasts on the strength of record fee income from its wealth management arm, but warned that falling interest rates would erode its lending margins through next year.

Net profit for the three months to September reached S$1.42 billion, compared with S$1.28 billion a year earlier and an average estimate of S$1.36 billion in a survey of nine analysts. Fee and commission income climbed 24 percent to S$612 million, driven by a surge of new money from clients in Greater China and India.

⟦placeholder:[IMAGE: bank-hq-exterior-1200x800.jpg]⟧

Net interest margin, a key measure of lending profitability, narrowed to 2.09 percent from 2.17 percent in the previous quarter, and the bank's chief financial officer, Diana Koh, said it was likely to fall to between 1.95 and 2.0 percent in the coming year as central banks in the region continue to cut rates.

"We saw this coming, and we have been building our fee businesses precisely so that we are not dependent on the rate cycle," Koh told analysts on a conference call. "But I do not want anyone to be under the illusion that we are immune⟦stray:..⟧ we are not."

Chief executive Lim Boon Huat said the bank would continue to invest in its operations in Vietnam and Indonesia, where loan growth has outpaced that in Singapore, and that it was open to acquisitions in the region if prices were reasonable. He declined to comment on reports that the bank had held talks with the owners of a mid-sized Malaysian lender.

Asset quality remained stable, with the non-performing loan ratio unchanged at 1.1 percent. The bank set aside S$96 million in allowances for credit losses, slightly more than a year earlier, citing caution over commercial property exposures in Hong Kong and mainland China, where office vacancy rates ⟦broken_paragraph:have

continued to rise⟧ despite a series of government support measures.

Shares in the bank rose 1.8 percent in afternoon trading, outperforming the benchmark Straits Times Index, which gained 0.4 percent. The bank declared an interim dividend of 54 Singapore cents a share, up from 48 cents a year ago."""),

("Court Watch Dispatch", """Appeals court revives lawsuit over Bellhaven water contamination

RIVERTON — A state appeals court on Friday revived a lawsuit by more than 300 residents of the village of Bellhaven who say a chemical plant on the edge of town contaminated their drinking water for more than a decade, ruling that a lower court judge was wrong to dismiss the case on the grounds that it had been filed too late.

In a 2-1 decision, the Fourth District Court of Appeals held that the statute of limitations did not begin to run until residents knew, or reasonably should have known, that their illnesses might be linked to the plant, and that a jury, not a judge, should decide when that moment arrived.

"The trial court effectively required ordinary residents of a small village to have diagnosed an industrial contamination problem that the state's own regulators ⟦break:did not. Identify until⟧ 2021," Judge Carolyn Ashby wrote for the majority. "The law does not demand such clairvoyance."

The residents, represented by a coalition of three law firms, allege that Halvorsen Chemical Co. allowed solvents including trichloroethylene to leach from unlined storage ponds into the aquifer that supplies the village's wells. State testing in 2021 found concentrations up to 40 times the federal limit in some wells.

Halvorsen has denied wrongdoing and said in court filings that it operated within the terms of its permits. A spokesman, ⟦placeholder:{{spokesperson_name}}⟧, said the company was reviewing the decision and considering an appeal to the state Supreme Court.

In dissent, Judge Walter Brandt wrote that the residents had been warned in a 2014 newsletter from the village council that the wells were being tested, and that this should have prompted them to investigate. ⟦fragment:Which the majority said was far too vague to put anyone on notice.⟧

The case now returns to Ashford County Circuit Court, where the residents' lawyers said they would seek an expedited trial date. "Our clients have been waiting for years, and some of them have died waiting," said attorney Priya Raman. "We want them to have their day in court while they still ⟦glued:can.Every⟧ month matters to these families."

Bellhaven was connected to a regional water system in 2022 at a cost of $19 million, most of it paid by the state."""),

("Northern Lights Sports Report", """Rautio's late double lifts Kallio to first title in 31 years

KALLIO — Two goals in the final four minutes from 19-year-old winger Eetu Rautio gave Kallio Ice a 3-2 win over Tampere Steel in the seventh game of the league final on Saturday night, ending a 31-year wait for a national championship and setting off celebrations that spilled out of the arena and into the frozen streets of the old harbour town.

Kallio had trailed 2-1 since midway through the second period, when Steel captain Jonne Harju converted a power play, and for long stretches of the third it seemed that the visitors' disciplined defence would see them through. Then, with 3:52 left, Rautio collected a loose puck at the blue line, cut inside and beat goaltender Mikael Sund with a wrist shot high to the glove side.

Ninety-one seconds later he scored again, redirecting a point shot from defenceman Aleksi Vainio past a screened Sund, and the 6,200 fans in the sold-out Satama Arena rose as one.

"I did not think, I just shot," Rautio said afterwards, still wearing his helmet⟦stray: !⟧ "Everyone told me this team could not win the big games. Now what do they say?"

⟦embed:▶ 0:47 | Rautio ties it, then wins it — watch both goals from Game 7 | 128K views⟧

Kallio coach Petri Lahtinen, who played on the last Kallio team to reach a final in 1993, wept openly on the bench after the final buzzer. ⟦foreign:Tämä on koko kaupungin voitto, ei vain joukkueen, ja olen ylpeä jokaisesta pelaajasta.⟧

Steel coach Markus Niemi said his team had "played sixty minutes of good hockey and three minutes of bad hockey, and that was enough to lose." He praised Rautio as a player who would "be in the NHL within two years if he wants it."

The club said a public celebration would be held at the harbour square on Monday afternoon, with the trophy to be displayed at the town hall through the end of the month.

⟦furniture:MORE FROM LIIGA: Standings | Schedule | Player stats | Tickets⟧"""),

("Science Frontier News", """Heat-tolerant coral strain found thriving in warm lagoon off northern atoll

A strain of branching coral living in one of the warmest lagoons in the western Pacific appears to tolerate water temperatures that would bleach and kill the same species elsewhere, researchers reported on Wednesday, raising the prospect that such populations could be used to help restore reefs damaged by marine heatwaves.

The study, published in the journal Marine Ecology Letters, examined colonies of Acropora in a shallow lagoon on Keleva Atoll, where summer water temperatures regularly exceed 33 degrees Celsius for several weeks, about two degrees higher than on the surrounding outer reef.

In laboratory tests, fragments taken from the lagoon survived eight weeks at 34 degrees with less than 10 percent bleaching, while fragments of the same species from the outer reef bleached almost completely within three weeks. The researchers found that the lagoon corals hosted a different mix of symbiotic algae and showed higher activity in genes associated with heat-shock proteins.

"What we are seeing is not a miracle coral, it is a population that has been quietly adapting to conditions that the rest of the reef will face within a few decades," said Dr. Ana Takeshita, a marine biologist at the Pacific Institute of Ocean Science and the study's lead author. "The question is whether we can learn from it fast enough."

The team collected samples over three field seasons between 2021 and 2024, working with ⟦glued:localfishing⟧ families on Keleva who had noticed that lagoon corals appeared to recover more quickly after warm summers.

Other scientists welcomed the findings but cautioned against treating heat-tolerant strains as a cure. Dr. Marcus Oyelaran of the University of the South Seas, who was not involved in the research, said transplanting corals between reefs could spread disease and reduce genetic diversity. ⟦foreign:La restauración asistida puede ser útil, pero no sustituye la reducción de las emisiones.⟧

The authors said their next step would be to test whether lagoon corals retained their heat tolerance after being grown for several generations in cooler water, and whether the trait could be passed on through sexual reproduction.

⟦disclaimer:Disclaimer: This summary was generated by an AI system from the original research paper and press materials and may not reflect every nuance of the study.⟧"""),

("Cedar Falls Register", """Eleanor Voss, 91, longtime librarian who ran a bookmobile through three counties

CEDAR FALLS — Eleanor Marie Voss, who for 34 years drove the Tri-County Library bookmobile along gravel roads and through snowdrifts to bring books to farm families, one-room schools and nursing homes, died Sunday at her home in Cedar Falls. She was 91.

Her death was confirmed by her son, Thomas Voss, who said she had been in declining health since a fall in the spring.

Born on a dairy farm near Ostrander in 1933, she was the fourth of seven children of Henrik and Ruth Lindqvist. She graduated from Ostrander High School in 1951 and earned a degree in library science from the state teachers college in 1955, paying her way by working in the college cafeteria.

She joined the Tri-County Library in 1958 and two years later volunteered to take over the bookmobile, a converted bread truck with shelves bolted to the walls and a kerosene heater that, she liked to say, worked about half the time.

⟦dup:1⟧

Over the decades she logged an estimated 600,000 miles and made 41 stops every two weeks, keeping a card file on the reading habits of every regular patron so she could ⟦break:set aside. New titles⟧ she thought they would enjoy. Former patrons recalled that she knew which children liked horses and which liked rockets, and which farmers wanted westerns and which secretly wanted poetry.

"She was the first person who ever handed me a book and said, 'I think you will like this one,'" said Dale Hoffstetter, now a retired high school English teacher. "She was right. She was always right."

She retired in 1994, when the county replaced the bookmobile with a branch library in Ostrander that now bears her name.

Her husband, Carl Voss, died in 2009. She is survived by her son, two daughters, Karen Bauer and Susan Riley, seven grandchildren and four great-grandchildren.

A memorial service will be held at 11 a.m. Saturday at First Lutheran Church in Cedar Falls. ⟦placeholder:Visitation: [TIME TBD] at [FUNERAL HOME NAME].⟧ In lieu of flowers, the family asks that donations be made to the Tri-County Library Foundation."""),

("Arts & Stage Weekly", """Harbourfront festival opens with sold-out staging of forgotten Dutch comedy

ROTTERDAM — The Harbourfront Theatre Festival opened its 40th season on Thursday evening with a sold-out revival of "The Widow's Umbrella," a 1912 farce by the Dutch playwright Hendrika Baas that had not been performed professionally in more than seventy years, and which the festival's artistic director described as "a small, sharp, overlooked masterpiece."

The production, directed by Sanne de Groot and performed in a new English translation by the British dramatist Philip Orme, moves the action from a bourgeois parlour in The Hague to a cramped container office on the city's working docks, a choice that drew laughter of recognition from a largely local audience.

"Baas was writing about money, about respectability, about women who are supposed to be grateful for whatever they are given," de Groot said in an interview before the opening. "None of that has dated. ⟦attribution:Only the furniture has," she said, de Groot said.⟧

Critics who attended the preview performances praised the ensemble, particularly the veteran actor Marjolein Kuiper in the title role, who plays a widow who discovers that her late husband has left his fortune to a parrot. ⟦fragment:Delivering the second-act monologue almost entirely in a whisper.⟧

The festival, which runs through June 22, will present 46 productions from 14 countries across nine venues, including a disused grain silo on the Maas and a floating stage moored near the Erasmus Bridge. Organisers said advance sales had reached 61,000 tickets, a record, and that several performances had already sold out.

⟦furniture:Advertisement — Continue reading below⟧

Funding has been a recurring worry. The municipal culture budget was cut by 8 percent last year, and the festival's director, Joost Veltman, said ⟦glued:privatedonors⟧ and a new partnership with the port authority had filled most of the gap. "We are not out of the woods, but we can see the clearing," he said.

Among the most anticipated works later in the programme are a Korean puppet adaptation of "Macbeth" and a six-hour durational piece by a Lagos collective staged overnight in the silo, with audiences encouraged to bring sleeping bags."""),

("Doha Energy Monitor", """Qasr LNG signs 20-year supply deal with Japanese utility consortium

AL QASRA — Qasr Liquefied Natural Gas on Monday signed a 20-year agreement to supply 3.5 million tonnes a year of liquefied natural gas to a consortium of three Japanese utilities, the company said, in one of the largest long-term contracts signed in Asia this year and a further sign that buyers in the region are locking in supplies despite pressure to cut emissions.

Deliveries under the contract will begin in 2028, when the first trains of Qasr's North Field expansion are due to come online, and will be priced against an oil-linked formula that people familiar with the negotiations said was set at a slope of about 12.5 percent of the Brent crude price.

"Japan's energy security and our long-term relationship with Japanese buyers have always gone together," the company's chief executive, Khalid Al-Suwaidi, said at the signing ceremony in Al Qasra. "This agreement ⟦break:extends. That partnership⟧ well into the 2040s."

The consortium, led by Chubu-Kansai Power Holdings, said the gas would be used to replace output from ageing coal-fired plants and to provide backup for a growing fleet of solar and offshore wind projects. A spokesman said the utilities had negotiated flexible destination clauses that would allow them to resell surplus cargoes to other Asian buyers.

Energy analysts said the deal reflected a shift in buyer thinking since 2022, when spot LNG prices briefly topped $70 per million British thermal units, leaving Asian importers that relied on short-term purchases exposed. "The lesson everyone took from that winter is that the spot market is a ⟦broken_paragraph:fine place to

top up, but a dangerous place to live⟧," said Rania Fakhoury, head of gas research at a consultancy in Dubai.

Qasr's expansion will lift its total export capacity from 77 million tonnes a year to 126 million tonnes by 2030. The company has now signed long-term contracts covering about 70 percent of the new volumes, with buyers in Japan, South Korea, China, Germany and Italy.

Environmental groups criticised the agreement, arguing that committing to fossil gas imports into the 2040s was incompatible with Japan's pledge to reach net-zero emissions by 2050. Qasr said the project would incorporate carbon capture facilities designed to store about 11 million tonnes of carbon dioxide a year.

⟦disclaimer:Syndicated content: This article is distributed by EnergyWire Partners under licence. Republication without permission is prohibited.⟧"""),

("Busan Harbour Times", """Haejin shipyard workers extend strike as talks over bonuses stall

HAEJIN — About 4,800 workers at the Haejin Heavy Industries shipyard extended their strike into a second week on Tuesday after the latest round of wage talks broke down over performance bonuses, raising the prospect of delays to the delivery of at least three LNG carriers due to be handed to European owners before the end of the year.

The Haejin branch of the Korean Metal Workers' Union said management had refused to move beyond an offer of a 4.1 percent base pay increase and a one-time bonus equal to 250 percent of monthly wages, well short of the union's demand for 6.8 percent and a bonus of 400 percent.

"The company recorded its best order book in fifteen years and its best operating profit in ten, and the workers who built those ships are being told to be patient," said union branch chief Kim Dong-su at a rally outside the main gate attended by about 2,000 people. ⟦foreign:우리는 회사가 성실하게 교섭에 나설 때까지 물러서지 않을 것입니다.⟧

The company said in a statement that it had made a "reasonable and sincere offer" and that the strike was causing losses of about 12 billion won a day⟦stray:，⟧ a figure the union disputed. ⟦attribution:Management remains open to dialogue, a company spokesperson said, the spokesperson said.⟧

Shipbuilding has been one of the bright spots of the South Korean economy over the past two years, as owners have placed large orders for LNG carriers and ammonia-ready container ships. Haejin alone has orders for 118 vessels worth about $19 billion, enough to keep its docks busy until 2028.

But the industry also faces a chronic labour shortage, and younger workers have been reluctant to take jobs that are physically demanding and, by the union's account, paid less than comparable work at car plants. ⟦fragment:A problem the government has tried to ease by expanding visas for welders from Vietnam and Uzbekistan.⟧

The Ministry of Employment and Labor said it had dispatched a mediator to Haejin and urged both sides to return to the table. A ministry official said the government was "closely watching the impact on export deliveries."

Shares in Haejin Heavy Industries fell 2.3 percent on the Korea Exchange on Tuesday, while the benchmark KOSPI index rose 0.6 percent."""),

("Lakeside Herald", """Kisumu fishers say new net rules threaten livelihoods as tilapia stocks recover

KISUMU — Hundreds of fishermen gathered at Dunga Beach on Wednesday morning to protest new county regulations that ban gill nets with a mesh smaller than five inches on Lake Victoria, saying the rules, which take effect next month, will cut their catches in half and leave many families unable to pay school fees.

The Kisumu County Department of Blue Economy introduced the rules in June after a survey by the Kenya Marine and Fisheries Research Institute found that stocks of Nile tilapia in the Winam Gulf had recovered by about 18 percent since 2021, but that a large share of the fish being landed were juveniles that had not yet bred.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧

"We are not against conservation, we are the ones who have watched the lake die and come back," said Joseph Otieno, chairman of the Dunga Beach Management Unit, which represents about 600 fishermen. "But you cannot tell a man to throw away his nets on Monday and expect his children to eat on Tuesday."

⟦dup:1⟧

County fisheries officer Grace Akinyi said the county would provide new nets at a subsidised price of 1,200 shillings each, about a third of the market price, and that officers would not begin enforcing the rules until ⟦broken_paragraph:after the

subsidised nets⟧ had been distributed. She said about 4,000 nets had been ordered so far.

Fishermen said the subsidy was welcome but far too small. Many boats use 30 or more nets, and some operators said they had only recently taken loans to buy the smaller-mesh nets that would now be illegal.

⟦embed:Kisumu County Govt (@KisumuCountyGov) — Jul 17
Fishing regulations exist to protect the future of Lake Victoria for our children. Subsidised nets available at all BMU offices from Monday. #BlueEconomy
1.2K reposts · 3.4K likes⟧

Traders at the Kibuye market said tilapia prices had already risen by about 15 percent in anticipation of smaller catches. The county assembly's committee on agriculture is scheduled to hear petitions from fishermen's groups next Tuesday."""),

("Pacific Wire Service", """Kanazumi ferry operator fined over near-collision in fog

KANAZUMI — A regional court on Friday fined the operator of a high-speed ferry ¥18 million over a near-collision with a fishing trawler in thick fog last March, finding that the company had allowed the vessel to sail with a malfunctioning radar and a crew that had not been trained to use its backup system.

The ferry, the Seabird 3, was carrying 142 passengers from Kanazumi to the island of Oshika when it passed within about 20 metres of the ⟦glued:trawlerHoshi⟧ Maru at a speed of 34 knots, according to the Japan Transport Safety Board's investigation. No one was hurt, but several passengers were thrown from their seats when the captain made an emergency turn.

Presiding Judge Akiko Morimoto said the operator, Oshika Kaiun Co., had been warned by its own engineers three days before the incident that the main radar was producing intermittent errors, but had decided ⟦break:to keep. The vessel in⟧ service because of a busy holiday schedule. ⟦fragment:Despite a company rule requiring any radar fault to be repaired before departure.⟧

"Safety rules that exist only on paper are not safety rules," the judge said in reading the verdict. She also imposed suspended sentences on the company's former operations manager and the ferry's captain.

Oshika Kaiun's president, Yutaka Nishida, bowed deeply outside the courthouse and said the company accepted the ruling⟦stray:!!⟧ He said it had since replaced the radar systems on all four of its vessels and introduced mandatory simulator training for every officer.

The Oshika route is the only link for the island's 3,100 residents, many of them elderly, who depend on the ferry for hospital visits and shopping. The local government said it would ask the transport ministry to tighten inspection rules for small passenger operators.

The fishermen's cooperative that owns the trawler said it welcomed the verdict but would pursue a separate civil claim for damage to nets that were lost when the trawler was forced to cut them free during the evasive manoeuvre.

⟦disclaimer:This article has been translated from Japanese using machine translation software. In case of discrepancies, the Japanese original prevails.⟧"""),

("Gulf Aviation Ledger", """Jebel Nour airport awards $2.1 billion contract for third runway

JEBEL NOUR — The Jebel Nour Airports Company on Sunday awarded a $2.1 billion contract to build a third runway and associated taxiways at Jebel Nour International Airport, the emirate's busiest, to a joint venture of a Turkish contractor and a local construction group, in a move officials said would lift the airport's capacity to 65 million passengers a year by 2030.

The 4,200-metre runway, to be built parallel to the existing northern runway, will be able to handle the largest commercial aircraft in service and will be equipped with an instrument landing system designed to allow operations in the dense fog that periodically closes the airport during the winter months.

"Every hour of fog costs us dozens of diverted flights and hundreds of missed connections," the airport company's chief executive, Hamad Al-Kaabi, said. "This runway is designed to make those mornings ⟦broken_paragraph:a thing

of the past⟧."

Passenger traffic at Jebel Nour reached 47.3 million last year, up 9 percent from 2023 and well above pre-pandemic levels, driven largely by the expansion of the home carrier and the growth of low-cost airlines serving South Asia and East Africa. The airport handled about 310,000 aircraft movements, close to the practical limit of its two-runway system.

Construction is expected to begin in the first quarter of next year and take about 40 months. The airport company said about 60 percent of the cost would be funded through a sukuk issue, with the remainder coming from government equity and airport revenue.

⟦attribution:The financing has been fully underwritten, Al-Kaabi added, said Al-Kaabi.⟧ The company said it expected to launch the sukuk within the next two months.

The contract also includes a new fire station, an airfield lighting system and a drainage network designed to cope with the flash floods that have become more frequent in the region in recent years. In April of last year, a single day of record rainfall flooded parts of the existing airfield and forced the cancellation of more than 1,200 flights over three days.

⟦furniture:You might also like: • Sahra Airways eyes Osaka route • Cargo volumes hit record in Q2 • Fog disruptions: what passengers need to know⟧

Airline executives welcomed the decision, though some said the airport should also invest in terminal capacity, which they described as a more immediate bottleneck during the evening peak."""),

("Harlan County Courier", """School board delays vote on four-day week after packed hearing

HARLAN CITY — The Harlan County Board of Education on Thursday night postponed a vote on whether to move the district's seven schools to a four-day week, after more than 200 parents, teachers and students crowded into the Harlan County High School gymnasium for a hearing that ran past 10:30 p.m.

Superintendent Dr. Linda Marcum had recommended the change, arguing that it would help the district recruit and keep teachers at a time when nearby districts in Virginia and Tennessee pay ⟦glued:upto⟧ $7,000 more a year. The district has 23 teaching vacancies, she said, and has filled some classrooms with long-term substitutes who lack certification in the subjects they teach.

⟦placeholder:INSERT PULL QUOTE FROM MARCUM HERE⟧

Under the proposal, students would attend school Monday through Thursday, with school days extended by about 50 minutes. Fridays would be used for teacher training, tutoring and optional enrichment programs, and the district would provide meals to students who come to school buildings on those days.

Parents who spoke against the plan said it would place a heavy burden on working families who cannot afford child care on Fridays. "I work at the hospital twelve hours a day, and my husband drives a truck," said Crystal Napier, a mother of three. "Who is going to watch my kids? Am I supposed to quit?"

Teachers who spoke were largely in favor. Brandon Mullins, who teaches chemistry at the high school, said he had turned down two offers from other districts but that "a four-day week is the kind of thing that makes people stay."

⟦embed:Harlan Co. Schools (@HarlanCoSchools) · Aug 8
Thank you to everyone who came out tonight. The Board will take up the calendar proposal again at its Sept. 12 meeting. Written comments can be sent to the board office through Sept. 5.
♥ 96   🔁 41⟧

Board chairman Roger Caldwell said the board wanted more information about the effects on student achievement before deciding. He said members had asked the district to ⟦break:study results. From four⟧ Missouri districts that adopted the schedule in recent years.

About 900 school districts nationwide, most of them rural, now use a four-day schedule, according to researchers at a Colorado university, up from about 250 in 1999."""),

("Meridian Business Daily", """Hsinchu chipmaker breaks ground on $9 billion advanced packaging plant

HSINCHU — Formosa Advanced Semiconductor broke ground on Monday on a NT$290 billion, or about $9 billion, advanced packaging plant in the northern city of Hsinchu, betting that demand for the stacked chips used in artificial intelligence servers will continue to outstrip supply for years to come.

The plant, which will occupy a 24-hectare site in the Hsinchu Science Park, is designed to produce chip-on-wafer-on-substrate packages, a technique that places memory and processors side by side on a single base to speed up the transfer of data. The company said the plant would begin volume production in late 2027 and employ about 3,500 people at full capacity.

"Two years ago, packaging was the part of the industry that nobody talked about at dinner parties," chairman Chen Wei-lun said at the groundbreaking ceremony, attended by Taiwan's economics minister and about 300 guests. "Today it is the bottleneck for the whole AI economy."

⟦dup:2⟧

Formosa's capacity for advanced packaging has roughly tripled since 2023, yet the company said it was still unable to meet demand from its largest customers, several of which have booked capacity through the end of 2026. ⟦foreign:業界人士指出，先進封裝的產能缺口在未來兩年內恐難完全消除。⟧

Analysts said the investment was likely to strengthen Formosa's pricing power in a segment where gross margins are already well above those of traditional packaging. Kevin Huang, a semiconductor analyst at a Taipei brokerage, estimated that advanced packaging would account for about 14 percent of Formosa's revenue next year, up from 8 percent in 2024.

The plant will draw about 180 megawatts of power at full load, and the company said it had signed agreements to buy electricity from offshore wind farms in the Taiwan Strait to cover about 40 percent of its needs⟦stray: :⟧ the rest will come from the grid. Water supply, a recurring concern in Taiwan after severe droughts in 2021, will be supported by a recycling system that the company said would reuse about 85 percent of the plant's water.

Shares of Formosa Advanced Semiconductor closed up 1.4 percent in Taipei."""),

("Court Watch Dispatch", """Former county treasurer sentenced to six years for embezzling $2.3 million

GRANTSBURG — A former Dalton County treasurer who admitted diverting $2.3 million in public funds to cover gambling debts and a lakeside vacation home was sentenced on Wednesday to six years in federal prison, the maximum recommended under his plea agreement, by a judge who said the crime had "poisoned the well of public trust."

Raymond Kessler, 58, who served four terms as treasurer before resigning last year, pleaded guilty in March to one count of wire fraud and one count of filing a false tax return. Prosecutors said he moved money from county accounts into a shell company over nine years, disguising the transfers as payments to a software vendor that did not exist.

U.S. District Judge Harriet Osei also ordered Kessler to pay full restitution and to forfeit the vacation home on Pine Lake, which prosecutors said was bought with about $640,000 of the stolen funds. ⟦fragment:Along with a boat, two snowmobiles and a collection of watches.⟧

"Mr. Kessler did not just steal money, he stole the confidence of the people who elected him four times," Assistant U.S. Attorney Daniel Reyes told the court. "He looked his neighbors in the eye at every county board meeting and told them the books were in order."

Kessler, speaking for about three minutes, apologized to the residents of Dalton County and to his family, several of whom sat in the front row of the courtroom. "There is no excuse for what I did," he said. ⟦attribution:"I was sick, and I let it win," said Kessler, he said.⟧

His attorney, Margaret Lindgren, had asked for a sentence of four years, citing Kessler's treatment for a gambling addiction and his cooperation with investigators. Judge Osei said she had taken those factors into account but that the length and sophistication of the scheme required ⟦glued:asubstantial⟧ sentence.

The theft came to light in 2023 when a newly hired county auditor noticed that the software vendor had no website, no phone number and no other customers. The county has since adopted a rule requiring two signatures for any payment over $5,000.

⟦furniture:Filed under: Courts · Public Corruption · Dalton County | 14 comments⟧

Kessler was ordered to report to the Bureau of Prisons by Oct. 15."""),

("Northern Lights Sports Report", """Kenyan veteran Chebet breaks course record in Reykjavik marathon

REYKJAVIK — Kenya's Joyce Chebet, 36, broke the women's course record at the Reykjavik Marathon on Saturday, finishing in 2 hours 23 minutes 41 seconds in cool, windy conditions and beating the previous mark, set in 2019, by more than a minute.

Chebet, who won silver at the world championships nine years ago and had not won a major road race since 2021, broke away from a lead group of four at about the 30-kilometre mark along the seafront and ran the final 12 kilometres alone, ⟦break:building a. Lead of⟧ nearly three minutes over Ethiopia's Birtukan Alemu.

"People told me I was too old, that my time was finished," Chebet said after crossing the finish line in front of the Harpa concert hall. "But the body is not a calendar. If you train, it listens."

In the men's race, Norway's Sindre Aasland won in 2:11:08 in a sprint finish with Uganda's Moses Kiprop, who was given the same time. Aasland, a former cross-country skier who switched to road running four years ago, said the wind along the coast had made the second half "like running into a wall with the wall moving."

⟦placeholder:[gallery ids="8812,8813,8814,8815" columns="4"]⟧

About 14,500 runners from 82 countries took part in the full marathon, half marathon and shorter races, a record for the event, organisers said. Race director Helga Jónsdóttir said the number of foreign entrants had risen by about 30 percent, reflecting Iceland's growing appeal as a destination for ⟦broken_paragraph:running tourism, which

combines a race with⟧ a week of travel around the island.

The course record attracted a bonus of 1 million Icelandic kronur, about $7,200, on top of the winner's prize of 2 million kronur.

⟦disclaimer:Parts of this report were drafted using an AI writing assistant and edited by a member of our sports desk.⟧

Chebet said she planned to run the Berlin Marathon next year and hoped to qualify for one more global championship before retiring."""),
]
