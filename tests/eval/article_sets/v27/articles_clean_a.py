ARTICLES = [
("Northline Wire", """TechNorth says iPhone trade-ins and eBay resale arm drove holiday quarter

TORONTO (Northline) — TechNorth Retail Inc. (TSX: TNR) reported a 9 per cent rise in fourth-quarter sales on Wednesday, crediting a surge in iPhone trade-ins and strong growth at its online resale business, which sells refurbished devices through its own site and on eBay.

Revenue for the 13 weeks ended Feb. 1 rose to $1.34 billion from $1.23 billion a year earlier. Adjusted EBITDA climbed to $118 million from $97 million, and adjusted earnings per share came in at 74 cents, ahead of the 66 cents analysts had expected.

Same-store sales, a key measure for retailers that strips out the effect of new locations, rose 6.2 per cent. The company operates 212 stores, most of them in Ontario, Quebec and B.C.

"Customers are keeping their phones longer, but when they upgrade they want to get real value for the old one," chief executive Anjali Whitcombe-Rao told analysts. "Our trade-in counters are now one of the main reasons people walk through the door."

TechNorth said it took in about 310,000 used devices in the quarter, up from 240,000. Roughly 70 per cent of them were iPhones, with most of the rest Samsung Galaxy models and iPads. Refurbished units are sold through TechNorth's ReNew storefront and on eBay, where the company has become one of the largest Canadian sellers of used phones.

The resale arm generated $96 million in revenue, nearly double the previous year. Chief financial officer Marc-André Ouellet said gross margins on refurbished devices were about twice those on new hardware.

Other categories were weaker. Sales of PlayStation and Xbox consoles fell 14 per cent, and TV sales were flat despite heavy discounting on Black Friday.

Analysts were broadly positive.

"The resale business is the story. It is growing fast, it is high-margin and it is not something the big-box competitors have figured out," said Devika Raman, a retail analyst at Harbourfront Securities. Her colleague at a rival firm, Liam O'Keefe of Cedar Bay Capital, was more cautious: "Trade-in volumes depend on Apple's product cycle. A weak iPhone launch and this quarter looks very different."

TechNorth said it planned to open 11 stores in the coming year, including its first in Atlantic Canada, and to add trade-in kiosks at 40 McDonald's and Tim Hortons locations in a pilot with a kiosk operator.

The company raised its quarterly dividend to 18 cents from 16 cents. Its shares rose 7.4 per cent to $29.18 on the Toronto Stock Exchange."""),

("Provincial Courts Digest", """Drug charges stayed after 34-month delay breaches Jordan ceiling

CALGARY — A Court of King's Bench justice has stayed drug trafficking charges against a Calgary man after finding that his case took nearly three years to reach trial, well beyond the 30-month ceiling set by the Supreme Court of Canada.

Justice Evelyn Tsang ruled that the delay in the case of Marcus Dale Fenwick, 38, violated his right to be tried within a reasonable time under s. 11(b) of the Canadian Charter of Rights and Freedoms.

Fenwick was charged in January 2022 with possession for the purpose of trafficking after police found about 140 grams of fentanyl and $22,000 in cash during a traffic stop on Deerfoot Trail. His trial was scheduled to begin in November of this year, 34 months after the charges were laid.

In R. v. Jordan, 2016 SCC 27, the Supreme Court set a presumptive ceiling of 30 months for cases tried in superior courts. Delay beyond that is presumed unreasonable unless the Crown can show exceptional circumstances.

The Crown argued that about five months of the delay should be deducted because of pandemic-related court closures and a change of defence counsel. Tsang accepted that 41 days were attributable to the defence but rejected the rest.

"The pandemic was an exceptional circumstance. By 2022, it was no longer an unforeseeable one," Tsang wrote. "Courts and the Crown had two years to adapt. Much of the delay here arose from the Crown's late disclosure of wiretap material."

Net delay, she found, was 32.6 months.

Crown prosecutor Gareth Lindqvist said the Crown was reviewing the decision. Defence lawyer Adaeze Nwosu said the ruling reflected a recurring problem. "Nobody wants to see a serious case end this way," Nwosu said. "But the Charter does not have a pandemic exception that lasts forever."

Was the delay unusual? Not anymore.

Figures from Alberta Justice show that 63 criminal cases in the province were stayed for delay under the Jordan framework in the last fiscal year, up from 41 the year before. The Alberta Crown Prosecution Service has said it is short about 50 prosecutors.

The provincial justice minister's office said in a statement that the government had approved funding for 32 new Crown prosecutor positions in the spring budget and that hiring was underway.

The case is R. v. Fenwick, 2024 ABKB 903."""),

("Halifax Arts Review", """Review: Anne-Marie Boudreau finds her own tide on 'Marée haute'

HALIFAX — Three albums in, Anne-Marie Boudreau has stopped apologizing for being from somewhere.

The Acadian singer-songwriter from Pubnico has always sung in both of her languages, but her earlier records kept the French songs at arm's length, as if they were bonus tracks for the folks back home. On Marée haute, released Friday on the independent label Salt Shed Records, they sit at the centre.

The title track opens with a single fiddle line, then Boudreau's voice, close and unadorned:

"Quand la marée monte, je pense à toi,
Aux bateaux qui partent et qui ne reviennent pas."

"When the tide comes in, I think of you, of the boats that leave and don't come back." It is as plain a lyric as you could write, and it works precisely because she does not dress it up.

Producer Colin MacEachern, who has worked with several East Coast acts, keeps the arrangements sparse: guitar, fiddle, upright bass, some pump organ. The exception is "Highway 103," a rollicking English-language number that wouldn't sound out of place on country radio, with a chorus built to be shouted in a Legion hall:

"Hundred and three, hundred and three,
Carry me home to the Acadian sea."

It is the album's obvious single and, to this ear, its weakest song. The quieter material is where Boudreau shines.

In an interview before a release show at the Carleton, she said the shift was deliberate. "Avant, j'avais peur que les gens de Toronto ne comprennent pas. Maintenant, je m'en fiche un peu." Roughly: before, she was afraid people in Toronto wouldn't understand; now, she doesn't much care.

That confidence carries through to "Grand-mère," a spoken-word piece built from a recording of her grandmother, Léonie, reciting a prayer in the old Acadian French of the Argyle shore. It lasts 94 seconds. You will play it twice.

Not every experiment lands. "Lobster Season (Part II)" drags at six minutes, and the closing instrumental feels like an outtake. But these are small complaints about a record that knows what it wants to be.

Marée haute: four stars out of five.

Boudreau plays the Carleton in Halifax on Nov. 22 and 23 and tours Atlantic Canada through December."""),

("Courtside Weekly", """Weekend roundup: Storm stay perfect, Wanderers slip in PSL race

JOHANNESBURG — The Highveld Storm extended their unbeaten start to the national netball season to eight matches on Saturday, while the Pretoria Wanderers dropped points in the Premier Soccer League title race for the second week running. Here is how the weekend unfolded.

NETBALL

Storm 61, Coastal Queens 48. Goal shooter Naledi Mokoena scored 39 of 42 attempts, and the Storm led by 11 at half-time. "We did the basics well," coach Refilwe Tau said. "Nothing fancy. Just passes that stick."

Other results: Cape Comets 55, Free State Fire 53; Kingdom Stars 47, Gauteng Jaguars 47.

FOOTBALL

Pretoria Wanderers 1, Durban Harbour City 1. Wanderers took the lead through Thabiso Radebe in the 23rd minute, but Harbour City equalized from a corner in stoppage time. It was the third time this season the Wanderers have conceded in the final five minutes.

Wanderers coach Miguel Aranda was terse. "We defend for 90 minutes. We must defend for 95."

Elsewhere: Soweto Lions 2, Polokwane United 0; Cape Atlantic 3, Bloemfontein Celtic Stars 1; Mangaung Rovers 0, Eastern Cape Pride 0.

TOP OF THE TABLE (after 14 matches)

1. Soweto Lions, 32 points
2. Pretoria Wanderers, 30
3. Cape Atlantic, 27
4. Durban Harbour City, 25

RUGBY

Golden Lions 34, Free State XV 20. Wing Lwazi Sithole scored twice in a ten-minute spell early in the second half. Lions captain Jaco Pretorius said afterward that the side had "finally played eighty minutes."

CRICKET

Titans 287/6 (50 overs) beat Warriors 241 (46.2 overs) by 46 runs. Opener Keegan Naidoo made 112 off 118 balls. Warriors were 180/3 at one stage but lost their last seven wickets for 61 runs.

ATHLETICS

At the provincial championships in Potchefstroom, 19-year-old Ayanda Zulu won the 400 metres in 45.71 seconds, a personal best and the fastest time by a South African junior this year.

"I looked at the clock and I thought it was wrong," Zulu said. "Then everybody started screaming."

Coming up next weekend: the Storm host the Cape Comets in a top-of-the-table netball match on Saturday, and the Soweto Lions visit the Wanderers in Sunday's PSL derby at 15:30."""),

("Prairie Ledger", """Q&A: Copperline CEO on tariffs, tailings and why she still likes Saskatchewan

Marisol Vanterpool took over as chief executive of Regina-based Copperline Minerals in March, four months before the company's Wollaston Lake copper project received its provincial environmental approval. She spoke with the Prairie Ledger at the company's offices last week. The interview has been edited and condensed.

Q: Your first six months. How would you describe them?

A: Busy. Very busy.

Q: The environmental approval came through in July. Were you surprised?

A: No. We had done the work. The conditions were tougher than we expected on water monitoring, but they are conditions we can live with.

Q: What changed in the conditions?

A: Mainly the frequency of sampling downstream of the tailings facility. We have to sample weekly during open water instead of monthly. That is fine. Honestly, I would rather over-monitor.

Q: What about tailings? After the failures in Brazil and in B.C., investors are nervous.

A: They should be. We are using filtered, dry-stack tailings. It costs more, about $140 million more over the life of the mine, but there is no dam to fail.

Q: U.S. tariffs have been in the headlines. Do they affect you?

A: Not directly, not yet. Our concentrate goes to smelters in Japan and South Korea. But if the trade environment gets worse, capital gets more expensive for everybody.

Q: Have you secured financing for construction?

A: Partly. We have a $400-million stream agreement and we are in talks with export credit agencies. I expect to announce the rest before the end of the year.

Q: There has been opposition from some residents of Wollaston Post. How are you handling that?

A: By being there. I have been up four times since March. Our community liaison team lives there now, full-time. We have a benefit agreement with Hatchet Lake Denesuline Nation, and we report on it publicly every quarter.

Q: Why Saskatchewan, when Chile and Peru have bigger deposits?

A: Stability. The permitting process here is demanding, but it is predictable. You know the rules. In my business, that is worth a lot.

Q: And copper prices?

A: Up and down. Long term, I am very comfortable. Every electric vehicle, every transmission line, every data centre needs copper.

Q: Last question. What keeps you up at night?

A: Skilled labour. We will need 900 people during construction and 450 to run the mine. Finding them is the hard part."""),

("Kootenay Times", """Rossland couple turns 1920s bank into a bakery and community hall

ROSSLAND, B.C. — For most of the last century, the squat granite building on the corner of Columbia Avenue and Washington Street held the town's money. Now it holds sourdough.

Priya and Tobias Lindgren opened Vault Bakery & Hall in the former Bank of Montreal branch in September, three years after buying the building at auction for $410,000. The old vault, with its 4,000-kilogram steel door still intact, is now a walk-in pantry for flour and sugar.

"The door was too heavy to remove and too beautiful to hide," said Tobias, a former heavy-equipment mechanic at the Teck smelter in Trail. "So we built the kitchen around it."

Renovations took two years and cost about $620,000, most of it spent on wiring, plumbing and an accessible entrance. The couple did much of the demolition themselves, working weekends while Priya kept her job as a pharmacist in Castlegar.

The upper floor, once the branch manager's apartment, is now a 60-seat hall the Lindgrens rent out for community events at cost. In its first two months it has hosted a chess club, a seniors' knitting circle, two birthday parties and a meeting of the Rossland Ski Heritage Society.

"Rossland lost a lot of gathering places when the old hotels closed," said Mayor Edith Amaral, who came to the opening. "This is the kind of project that makes a small town work."

The bakery sells about 300 loaves a day on weekends, Priya said, along with cardamom buns, a recipe from Tobias's Swedish grandmother, and a rhubarb galette that sold out by 9 a.m. every Saturday in October.

The Lindgrens say they are not getting rich. Not yet, anyway.

"We open at 6:30, we close at 3 and then we clean and prep until 7," Priya said. "But we have met more people in three months than in the ten years before."

The building was designated a municipal heritage site in 2019. Heritage planner Sandeep Gill said the couple kept the original brass teller grille, the terrazzo floor and the painted ceiling, which was restored by a conservator from Nelson.

Correction: An earlier version of this story gave the wrong year for the building's heritage designation. It was designated in 2019, not 2016. The Kootenay Times regrets the error."""),

("Field & Lab Quarterly", """Lake study links road salt to shrinking zooplankton in Ontario cottage country

Rising chloride levels from winter road salt are reducing populations of a key freshwater zooplankton in lakes across central Ontario, according to a study of 48 lakes published this week.

The research, led by Dr. Fatima Okonjo-Reyes of Trent University, found that Daphnia, tiny crustaceans often called water fleas, declined by an average of 37 per cent in lakes where chloride concentrations exceeded 40 mg/L, compared with lakes below 5 mg/L. Daphnia feed on algae, and their decline can contribute to algal blooms.

"People think of salt as a big-city problem," Okonjo-Reyes said. "What we are seeing is that even modest levels, far below the national guideline of 120 mg/L, are enough to affect these animals."

The team sampled lakes in the Muskoka, Haliburton and Kawartha regions every summer from 2017 to 2023, measuring chloride, pH, dissolved organic carbon and zooplankton abundance. Lakes near Highway 11 and Highway 35 had the highest chloride levels.

Key findings:

1. Chloride concentrations rose in 31 of the 48 lakes over the study period, by an average of 1.8 mg/L a year.
2. Daphnia abundance was lowest in lakes within 500 m of a major highway.
3. Lakes with low calcium, common on the Canadian Shield, showed the steepest declines.
4. No significant effect was found on copepods, another common zooplankton group.

The calcium finding is important because many Shield lakes have lost calcium over decades because of acid rain and logging, co-author Dr. Henrik Aalto said. "Daphnia need calcium to build their carapace. Salt is a second stressor on an animal that is already under pressure," he said.

The study recommends that the province consider lower chloride guidelines for sensitive lakes and expand the use of alternatives such as brine pre-wetting, which can cut salt use by 20 to 30 per cent.

The Ministry of Transportation said in a statement that it had reduced salt use on provincial highways by about 15 per cent since 2015 through better forecasting and equipment, while maintaining winter safety standards.

Cottage associations have taken note. "We do our own water testing every summer. Chloride used to be an afterthought," said Ruth Delacroix-Wong, president of the Lake of Bays Heritage Association. "Now it is the first number people ask about."

The research was funded by the Natural Sciences and Engineering Research Council of Canada (NSERC) and a provincial lake partnership program."""),

("The Karoo Courier", """Prince Albert's olive growers bet on a drier future

PRINCE ALBERT — In the foothills of the Swartberg, where the grape vines and stone fruit orchards of the last century once grew, the trees now have silver leaves.

Olive production in the southern Karoo has grown quietly over the past decade, as farmers look for crops that can cope with lower rainfall and hotter summers. About 40 farms in the Prince Albert and Oudtshoorn districts now grow olives commercially, according to the regional agricultural union.

A crop that can take the heat

At Bergsig farm, Jan-Hendrik du Toit planted his first 2,000 trees in 2014 after two dry years wiped out much of his apricot harvest. He now has about 11,000 trees on 28 hectares.

"Apricots need water at exactly the wrong time of the year," du Toit said. "Olives are forgiving. In a dry year you get less oil, but the trees don't die."

His mother, Anna du Toit, 79, who still walks the orchard every morning, put it more bluntly. "Die olyfboom is soos ons mense hier: hy klaag nie, hy werk net." The olive tree, she said, is like the people here: it doesn't complain, it just works.

Prices and pressures

Local producers sell most of their oil in South Africa, where demand for locally pressed extra-virgin oil has grown steadily. A 500 ml bottle of Prince Albert oil sells for between R120 and R180 in Cape Town delis.

But growers say competition from cheaper imported oil, mostly from Spain and Tunisia, keeps prices under pressure. "Imported oil is sometimes cheaper in the shops than what it costs us to produce," said Nomsa Baartman, who manages a co-operative press in town that processes fruit from 14 farms.

Water still matters

Olives are not immune to drought. During the 2017-2019 drought, yields in the district fell by about half, and some farmers trucked in water to keep young trees alive.

Researchers from Stellenbosch University are running trials at three farms to test how different varieties respond to reduced irrigation. Early results suggest Italian varieties such as Frantoio and Leccino cope better than some Spanish cultivars.

The next chapter

Du Toit plans to add another 3,000 trees next year. His son, who studied agriculture in Stellenbosch, has come home to help.

"My grandfather farmed sheep. My father farmed fruit. I farm olives," du Toit said. "Who knows what my son will farm? But he will farm here.\""""),

("Tasman Business Daily", """Iwi-owned fishing company posts record result, backs new processing plant

GISBORNE — Te Moana Whānui Fisheries, the fishing company owned by a group of East Coast iwi, reported a record after-tax profit of $38.4 million for the year to Sept. 30 and confirmed plans for a $62 million processing plant at Gisborne's port.

Revenue rose 11 per cent to $284 million, helped by higher prices for hoki and orange roughy in Asian and European markets and a larger quota of rock lobster, or kōura, exported live to China.

The company distributes a share of its profit to its iwi shareholders, which fund scholarships, marae upkeep and housing programmes. This year's distribution of $9.1 million is up from $7.4 million.

Chair Hine Pōtae said the result showed what long-term ownership could achieve. "Ko te moana te mātāpuna o tō mātou oranga." The sea, she explained, is the source of the people's wellbeing. "We make decisions thinking about our mokopuna, our grandchildren, not the next quarter."

The figures, in brief:

- Revenue: $284 million (2023: $256 million)
- EBITDA: $71.2 million (2023: $58.9 million)
- Net profit after tax: $38.4 million (2023: $29.7 million)
- Iwi distribution: $9.1 million (2023: $7.4 million)

The new plant, due to open in 2026, will allow the company to process more of its catch in Gisborne instead of trucking it to Napier or Nelson. It is expected to employ about 140 people.

"Right now a lot of our fish leaves the region whole and the value gets added somewhere else," chief executive Daniel Keepa said. "This plant keeps the jobs and the skills on the Coast."

Economists said the project would be significant for Tairāwhiti, which is still recovering from damage caused by Cyclone Gabrielle in 2023. "A hundred and forty jobs in Gisborne is the equivalent of several thousand in Auckland," said Sarah Ngata-Howell, a regional economist at Pōhutukawa Research.

The company also said it had completed a trial of camera monitoring on all of its deepwater vessels, ahead of a government requirement, and that it would publish bycatch data annually.

The annual meeting will be held at Te Poho-o-Rāwiri marae on Dec. 7."""),

("Fraser Valley Record", """#AbbyStrong: how a flood-year hashtag became a food bank lifeline

ABBOTSFORD — Three years ago, #AbbyStrong was a rallying cry scrawled on plywood over the windows of flooded homes on Sumas Prairie. Today it is printed on the side of a refrigerated truck that collects surplus produce from Fraser Valley farms.

The Abbotsford Community Food Bank launched its #AbbyStrong Harvest program in 2022 using donations raised online during the November 2021 floods. Since then it has collected more than 410,000 kilograms of fresh fruit and vegetables that would otherwise have gone unsold.

"Farmers always had extra. Blueberries that are too small for the packers, squash that's the wrong shape. There was just no way to move it quickly," said program co-ordinator Gurpreet Sahota. "Now they text us, and we're there the same day."

The idea came from Kayla Vandermolen, a dairy farmer's daughter who started the hashtag on Instagram while her family's barn was underwater. Posts tagged #AbbyStrong were shared more than 60,000 times that winter, and people began asking how to help.

"I never expected it to turn into anything," Vandermolen said. "I just wanted people in Vancouver to know we were still here after the news cameras left."

Photo caption: Volunteers Harjot Dhillon, left, and Marianne Friesen sort zucchini donated by a Matsqui farm at the food bank's warehouse on Gladys Avenue on Thursday.

The food bank says demand has risen sharply. It served an average of 3,900 people a month this year, up from 2,700 in 2021. Executive director Dave Kroeker said fresh produce had gone from an occasional treat to a regular part of every hamper.

Local businesses have joined in. A McDonald's franchisee on Sumas Way donated the use of a walk-in cooler during the summer peak, and a Langley logistics company lent a driver two days a week.

The program now posts daily pickup updates on its Instagram account, @AbbyStrongHarvest, and through the food bank's website. Anyone with surplus produce can reach the team there or by phone.

Sahota says the biggest challenge is refrigeration. The program's one truck, bought with a provincial grant, is often fully booked during berry season.

"Every July we're turning down pickups," she said. "Another truck would change everything."

The food bank is running a fundraising campaign through December with a goal of $180,000 for a second vehicle."""),

("Accra Coastline Herald", """Cape Coast fishermen welcome closed season, with conditions

CAPE COAST — Fishermen along Ghana's Central Region coast say they will observe this year's closed fishing season, which begins on July 1, but want the government to deliver the support it has promised before their boats come out of the water.

The Fisheries Commission announced last week that the closed season for artisanal and inshore fleets would run for one month, to allow stocks of sardinella and other small pelagic fish to recover. Industrial trawlers will observe a two-month closure.

At the Elmina landing beach on Saturday, chief fisherman Nana Kwesi Ampofo said his members understood the reasons. "Yɛn nyinaa hunu sɛ mpataa no so reteɛ. Sɛ yɛanhwɛ a, yɛn mma bɛhunu amane." We can all see that the fish are getting fewer, he said; if we do not take care, our children will suffer.

But he added that previous support programmes had arrived late or not at all.

The ministry says this year's package includes:

• Premix fuel subsidies for registered canoes when the season reopens.
• Distribution of 5,000 bags of rice and cooking oil to fishing households.
• Free repairs of nets and outboard motors at selected landing sites.
• Training in fish smoking and processing for women in fishing communities.

Fish processor Esi Quansah, who smokes herring for sale in Kumasi, said the closure would hit women hardest. "When the men are not fishing, we are not working," she said. "A bag of rice does not pay school fees."

Scientists say sardinella landings in Ghana have fallen by more than 80 per cent since the mid-1990s, driven by overfishing, illegal light fishing and the practice of "saiko," in which industrial trawlers sell fish at sea to canoes.

Dr. Kojo Amenyo, a marine biologist at the University of Cape Coast, said the closed season was necessary but not sufficient. "One month helps spawning. It doesn't stop illegal fishing for the other eleven," he said.

Deputy Fisheries Minister Abena Sarpong-Mensah told reporters in Elmina that the government had increased naval patrols and would prosecute vessels caught in saiko. "The law is clear. We will enforce it," she said.

The closed season ends on July 31."""),

("Bushveld Mining Review", """Limpopo PGM producer cuts costs as basket price slides

JOHANNESBURG — Waterberg Platinum Holdings said on Monday it had reduced unit costs by 6 per cent in the six months to June, partly cushioning a 21 per cent fall in the rand basket price for platinum group metals.

Headline earnings per share fell to 184 cents from 412 cents a year earlier. The company did not declare an interim dividend, having paid 95 cents per share a year ago.

Key figures for the half year, compared with the same period last year:

- PGM production (4E): 412,000 oz (398,000 oz)
- Rand basket price: R21,840/4E oz (R27,650/4E oz)
- Unit cost: R15,930/4E oz (R16,950/4E oz)
- All-in sustaining cost (AISC): US$1,040/4E oz (US$1,120/4E oz)
- Lost-time injury frequency rate (LTIFR): 2.41 (2.78) per million hours worked

"Prices are outside our control. Costs are not," chief executive Mpho Radebe-Hartley said at the results presentation in Sandton. "We have taken out overheads, we have renegotiated contracts, and we have closed the two least profitable sections at Mokopane."

The closures affected about 380 jobs. Radebe-Hartley said 290 workers had been redeployed to other operations and the rest had accepted voluntary severance packages.

Analysts were divided on the outlook. "The cost performance is genuinely good. It's among the best in the sector this period," said Yusuf Cassim, a mining analyst at Marula Capital in Cape Town. "But at these basket prices the margin is thin, and there is no dividend until palladium recovers."

Thandiwe Ngubane of Karee Securities was more positive: "They have the lowest-cost shallow ore bodies on the Northern Limb. If anyone gets through this cycle in good shape, it's them."

A third analyst, Willem van Rensburg of Jakaranda Asset Managers, said the market was focused on palladium, which accounts for about 45% of the company's revenue. "Palladium is the problem. Platinum is fine. Rhodium is a lottery ticket."

The company kept its full-year production guidance at 820,000 to 850,000 4E ounces and said capital expenditure would be about R4.1 billion, at the lower end of earlier guidance.

Shares in Waterberg Platinum rose 3.8% to R71.20 on the JSE by midday."""),

("Pacific Rim Energy Monitor", """Duvernay operators lean on longer laterals and pad drilling to cut costs

CALGARY — Producers in Alberta's Duvernay shale are drilling longer horizontal wells from fewer surface locations and recycling more flowback water, a shift that has cut average well costs by about a fifth over three years, according to a report released Tuesday by a Calgary consultancy.

The report by Foothills Petroleum Analytics looked at 612 wells drilled in the Kaybob and Fox Creek areas between 2021 and 2024. It found the average lateral length rose to 3,410 metres from 2,760 metres, while average cost per lateral metre fell from $4,100 to $3,250.

"The story of the Duvernay is a story of doing more from each wellpad," said report author Lindsay Moreau-Tan. "Operators are putting eight, ten, sometimes fourteen wells on a single pad, and that saves a lot on roads, pipelines and rig moves."

The report identified several drivers of the improvement:

• Multi-well pads, now the norm for new development, reduce rig mobilization time.
• Simultaneous operations, in which one well is fracked while another is drilled nearby.
• Greater reuse of produced and flowback water, cutting freshwater withdrawals and trucking.
• Debottlenecking of gas processing plants, which has shortened the time between completion and first production.

Water use per well has also fallen. Operators in the study recycled about 41 per cent of the water used in hydraulic fracturing in 2024, up from 18 per cent in 2021.

Not all the news is good for operators. The report found that longer laterals did not always produce proportionally more oil and condensate, particularly in the northern parts of the play where the rock is less pressured.

"Longer is not automatically better," Moreau-Tan said. "There is a sweet spot, and it varies across the play."

Industry officials said the findings matched what they were seeing in the field. Rohan Bhattacharya, vice-president of operations at Kaybob Ridge Resources, said his company's turnaround time between wells had dropped by about four days since 2022. "Some of that is technology, some of it is simply crews that have done this hundreds of times," he said.

The Alberta Energy Regulator said in a separate statement that Duvernay production reached a record 178,000 barrels of oil equivalent a day in September, with condensate making up more than half.

Foothills plans to update the report annually."""),
]
