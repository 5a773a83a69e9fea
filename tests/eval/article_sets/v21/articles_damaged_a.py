ARTICLES = [
("Riverina Grower", """Rice growers brace for smaller crop as opening allocation disappoints

Rice growers across the Murrumbidgee Valley are preparing to plant far fewer hectares this spring after the state water authority announced an opening allocation well below what most had budgeted for.

The figure of 18 per cent for general security licence holders, released on Monday, compares with 41 per cent at the same point last season, and several growers told the Grower they would now hold off ordering seed until October.

“You can't plant on hope,” said Darren Pavlovic, who farms 600 hectares near Coleambally. “If the number doesn't move by the end of September we'll put maybe a third of last year's area in the ground and sell the rest of the water on the temporary market.”

Temporary water prices in the valley jumped to about $310 a megalitre within hours of the announcement, according to figures from brokers in Griffith, up from around $190 a fortnight earlier.

⟦dup:1⟧

The authority said inflows into the two main storages had been well below average since autumn, and that it would ⟦break:continue. To⟧ review the figure on the first and fifteenth of each month until the end of the year.

Mill operators are also watching closely. The Leeton mill, which employs about 180 people in peak season, needs a regional crop of at least 600,000 tonnes to run two shifts. A spokeswoman declined to speculate on staffing but said the company had ⟦glued:contingencyplans⟧ in place for a range of outcomes.

Agronomist Keely Strauss said some growers would switch to cotton or winter cereals, but that option was limited on the heavier clay soils. “Rice is what those soils do best. You can grow barley on them, but the margins aren't there in a year like this.”

Irrigators' council chairman Rob Tanaglia said the announcement underlined the need for the government to bring forward promised channel lining works that would cut seepage losses. “Every megalitre we lose to the ground is a megalitre that doesn't grow food.”

The next allocation update is due on September 1.

⟦furniture:More from Riverina Grower: Water | Cropping | Markets | Subscribe from $4.50 a week⟧"""),

("Karoo Courier", """Three men in court over theft of 140 Dorper sheep

Three men accused of stealing 140 Dorper sheep from a farm in the Rooiberg district appeared in the regional court in Steynsfontein on Tuesday, where their case was postponed to allow the defence to obtain the full docket.

The men, aged between 24 and 51, were arrested in April after police stopped a truck near a weighbridge on the N9 and found the animals packed into a trailer built for half that number. Eleven sheep were dead when the trailer was opened.

Farmer Gideon Erasmus, whose family has farmed in the district for four generations, said the theft had cost him close to R300,000 once replacement rams and lost lambing were counted. Outside court he spoke briefly to reporters. ⟦foreign:Ons boer al vier geslagte hier, maar so iets het ons nog nooit beleef nie. Die polisie moet baie harder werk.⟧

Prosecutor Lindiwe Sotashe told the court the state was ready to proceed and opposed any further delay⟦stray: ;⟧ the investigating officer had been available since June.

Defence attorney Pieter Hanekom said his clients had not yet received statements from two witnesses. “We cannot prepare a defence on half a docket,” ⟦attribution:he said, Hanekom told the court⟧.

Magistrate Reshma Naidoo granted the postponement but warned that the matter would not be delayed again. The three remain in custody after bail was refused in May.

Stock theft remains one of the biggest worries for farmers in the Karoo. According to the district agricultural union, members reported losses of more than 9,000 small stock last year, though many thefts are never reported because farmers have lost faith in the process.

The provincial stock theft unit said it had recovered ⟦placeholder:{{recovered_count}}⟧ animals in the district so far this year and had made 23 arrests.

Union chairman Koos van Wyk said farmers had started pooling money for private patrols along the district's gravel roads, particularly on moonless nights when most thefts happen. “We do what we can. But we can't be the police as well as the farmers,” he said.

The case resumes on 14 September."""),

("Pacific Wire Service", """Samoan villages still waiting on water tanks two months after cyclone

APIA, June 12 (PWS) – Families in several villages on Samoa's southern coast are still relying on rainwater caught in buckets, two months after Cyclone Lusia tore through the district, village leaders say.

The government promised 400 household water tanks within six weeks of the storm. Fewer than half have arrived, according to a tally kept by the council of chiefs in Vailuta.

“We are grateful for what has come, but the rain does not always come when we need it,” said Tuala Fesolai, a matai in the village. “The children are carrying water from the spring before school.”

⟦fragment:Having been held at the wharf in Apia because of a dispute over the supplier's paperwork.⟧ The Ministry of Works said the remaining tanks would be delivered by the end of the month.

Ministry chief executive Leota Amituanai said the first shipment had gone to villages with the greatest need, including households with elderly residents and people ⟦glued:withdisabilities⟧. “We have not forgotten anybody. The rest are coming,” she said.

The cyclone damaged or destroyed about 1,200 homes when it crossed the coast in April with winds gusting above 180 km/h. Two people died, and the main south coast road was cut in three places for more than a week.

Video posted by a local youth group showed volunteers rebuilding the village church hall using timber salvaged from fallen breadfruit trees.

⟦embed:▶ Vailuta Youth rebuild the hall 🙏 | 2:47 | 18K views · 3 weeks ago | SUBSCRIBE⟧

Aid groups say the slow arrival of tanks has raised the risk of waterborne illness. The Pacific Relief Alliance said it had distributed 3,000 hygiene kits and water purification tablets but warned supplies were running short.

Australia and New Zealand have together pledged about NZ$9 million toward reconstruction, and a team of engineers is assessing damage to bridges along the south coast.

⟦disclaimer:This story was produced with the help of an automated translation tool from Samoan-language sources. Quotes may not be verbatim.⟧"""),

("Highveld Sport", """Van Tonder boot settles it as Lynx edge Kestrels 27-24

⟦furniture:Home › Rugby › First Division › Match reports⟧

Fullback Ruan van Tonder kicked a penalty from 45 metres with the last play of the match as the Highveld Lynx came from behind to beat the Free State Kestrels 27-24 in a First Division match in eMalahleni on Saturday.

The Kestrels led 24-17 with eight minutes remaining after a driving maul try from hooker Sibusiso Dlamini, and seemed to have done enough to end a run of four straight defeats against their neighbours.

But Lynx replacement scrumhalf Tebogo Mokoena sniped over from a ruck in the 75th minute, and Van Tonder's conversion levelled the scores. When the Kestrels were penalised for holding on at the breakdown in the final minute, there was no doubt who would take the ⟦broken_paragraph:kick, and

no doubt⟧ about the outcome once it left his boot.

“I told the boys at half-time that we were still in it⟦stray:!!⟧” said Lynx coach Johan Prinsloo. “Our scrum was under pressure all day, but the character was there. That's what pleases me.”

Kestrels captain Andile Ntuli was blunt. “We gave away two soft penalties in the last ten minutes. At this level you get punished for that, and we did.”

The Kestrels had dominated the first half, with flank Werner Kotzé scoring twice from lineout drives, but they missed three kicks at goal that would have put the game beyond reach.

The win lifts the Lynx to third on the log, two points behind the leaders, with three rounds of pool play remaining. The Kestrels drop to sixth and now face a fight to make the semi-finals.

The Lynx posted the winning moment on social media within minutes of the final whistle.

⟦embed:Highveld Lynx 🐆 @LynxRugbyHV · 1h
FULL TIME 🔥 Lynx 27 Kestrels 24. Ruan van Tonder, ice in the veins!
#LynxPride
❤ 2,481   🔁 366   💬 97⟧

The Lynx travel to Kimberley next weekend, while the Kestrels host the Eastern Rangers in Bloemfontein."""),

("Malabar Daily Record", """Pepper growers in hill panchayat count losses as prices slide

Small pepper growers in the Ambalakunnu hill panchayat say they are selling below the cost of production for a second straight season, as prices at the Kochi terminal market fell to their lowest level in four years this week.

Ungarbled black pepper traded at Rs 478 a kilogram on Wednesday, down from more than Rs 600 in January. Growers say they need at least Rs 550 to cover labour, fertiliser and the cost of replacing vines lost to quick wilt disease.

“Last year I took a loan to replant two acres. Now the price does not even pay the interest,” ⟦attribution:K. P. Ramachandran said, he told⟧. Ramachandran, 58, farms five acres near the panchayat office and has grown pepper for 30 years.

Traders blame cheaper imports routed through neighbouring countries and weak demand from spice processors in the north. ⟦fragment:Because of the import of low-grade pepper which is then blended and sold as Indian origin.⟧ The Spice Growers' Federation has asked the Centre to tighten checks at ports.

Federation secretary Mini Thomas said the body would ⟦break:submit. A⟧ memorandum to the Union commerce ministry next week demanding that the minimum import price be strictly enforced.

Labour costs have also risen. Harvest workers, many of them migrants from Assam and Odisha, now ask Rs 900 a day, and growers say ⟦glued:fewerpeople⟧ are willing to climb the tall support trees during the harvest.

Some farmers are turning to coffee and cardamom intercropping to spread the risk. Agricultural officer Suresh Nambiar said the department would hold a training camp for growers on 22 March at the panchayat community hall, with sessions on disease control and drip irrigation.

“Pepper was called black gold in these hills. Today nobody's children want to take it up,” said Ramachandran's neighbour, Aleyamma Joseph, who has already leased out half her land.

⟦disclaimer:[Translated from the Malayalam edition using machine translation. The English version may differ from the original.]⟧"""),

("Waikato Ledger", """Council splits 7-6 as fluoride decision goes to the wire

Piako Downs District Council has voted by the narrowest of margins to begin fluoridating the water supply in its two largest towns, ending a debate that has run in one form or another for more than a decade.

The 7-6 vote at Thursday's meeting came after nearly three hours of public submissions, with more than 40 residents speaking, several of them interrupting from the gallery.

Mayor Hemi Walker, who cast the deciding vote, said the council had a duty to follow the evidence. “I've listened to every submission, and I respect the people who disagree. But the health advice we've received is clear.”

Councillor Bronwyn Aitken, who voted against, said ratepayers in rural areas would foot part of the $1.4 million capital cost without getting any benefit because they rely on tank water. “That's not fair, and I'll be saying so at the annual plan.”

⟦dup:2⟧

The council's infrastructure manager said dosing equipment would be ⟦break:installed. At⟧ the Te Roto and Kaimai Road treatment plants by the end of next year, subject to procurement.

Health officials welcomed the decision. The district's medical officer of health said tooth decay rates among five-year-olds in Piako Downs were among the worst in the region⟦stray:,,⟧ and that fluoridation was one of the most cost-effective measures available.

Opponents have signalled they may seek a judicial review. A spokesperson for Piako Downs Safe Water said ⟦placeholder:%QUOTE_SPOKESPERSON%⟧.

The decision will be formally confirmed at the next full council meeting on 21 August."""),

("Otago Evening Star", """Obituary: Alastair McKenzie Brodie, high-country runholder, 1938-2024

Alastair Brodie, who has died at 86, spent 60 years on Glenfallon Station in the Upper Kowhai Valley, a 9,000-hectare run he took over from his father in 1962 and farmed through drought, heavy snow, wool slumps and rabbit plagues.

Born in Dunedin in 1938, he was the eldest of four children. He was sent to boarding school ⟦glued:inOamaru⟧ at 12 and hated every minute of it, he later said, counting down the days until he could get back to the hills.

He left school at 16 to work as a shepherd on neighbouring stations and, by his own account, learned more from an old Scottish head shepherd named Wattie Gunn than from any teacher. When his father fell ill he came home to run Glenfallon at the age of 24.

He was known across the district for his ⟦broken_paragraph:fine-wooled merino

flock⟧, which he built up over four decades and which regularly topped the Christchurch sales. Buyers from Italian mills visited the station in the 1980s and he would take them up the tops in an old Land Rover, whatever the weather.

His decision to build a modern woolshed set him apart from more cautious neighbours. ⟦fragment:Which he did in 1974 after a fire destroyed the old shed and most of that season's clip.⟧ The new shed, with eight stands, became a gathering place for shearing gangs and for the annual district dance.

He served on the county council for 15 years, chaired the local school committee and was a founding member of the Upper Kowhai catchment group, which fenced waterways long before it was required.

In 2019 he handed the day-to-day running of Glenfallon to his son Ewan, but he was still out mustering on a quad bike well into his eighties.

He is survived by his wife of 61 years, Margaret, their three children, eight grandchildren and two great-grandchildren. A service will be held at St Columba's Church, Kowhai Flat, on Friday at 1pm.

⟦furniture:Share this obituary: ✉ Email | 🖨 Print | Facebook | Sign the online guest book »⟧"""),

("Lake Victoria Herald", """Court halts fishing ban on Kisumu beaches pending full hearing

The High Court in Kisumu has suspended a county ban on fishing at four beaches on the Winam Gulf, handing a temporary reprieve to hundreds of fishermen who say the order left them without income.

Justice Miriam Otieno issued the conservatory order on Monday after a beach management unit argued that the county had not consulted fishing communities before announcing the three-month closure in July.

The county fisheries department imposed the ban to protect breeding grounds for tilapia and to crack down on undersized nets. Officials say catches of Nile tilapia in the gulf have fallen by almost a third in five years.

But lawyer Brian Ochieng, representing the Nyamware beach management unit, told the court his clients had been given less than a week's notice. “The county cannot simply close a livelihood with a press statement,” ⟦attribution:Ochieng said, the lawyer argued⟧.

The judge said the balance of convenience favoured allowing fishing to continue while the case was heard, but ordered fishermen to use only nets approved under existing regulations. She directed the parties to ⟦break:file. Their⟧ written submissions within 21 days.

County fisheries officer Jane Akinyi said the department would comply with the order but would continue patrols against illegal gear. At a meeting on the beach afterwards she addressed fishermen directly. ⟦foreign:Serikali ya kaunti haitaki kuwaumiza wavuvi, lakini lazima tulinde samaki wadogo kwa ajili ya kesho.⟧

Fishermen at Nyamware greeted the ruling with relief. Walter Odhiambo, who has fished the gulf for 25 years, said he had borrowed money to feed his family during the closure. “Three weeks with no boat on the water. That is how long we have been suffering.”

Fish traders, most of them women who buy directly from boats, said prices in Kisumu markets had almost doubled during the ban. ⟦placeholder:[Pull quote: trader name TBC]⟧

The case will be mentioned again on 9 October."""),

("Tasman Business Review", """Southern Pastures lifts forecast milk price on firm Asian demand

Dairy co-operative Southern Pastures has lifted its forecast farmgate milk price for the season by 40 cents, citing stronger than expected demand for whole milk powder from Southeast Asia and a softer New Zealand dollar.

The co-operative now expects to pay its 3,100 supplying farmers between $8.40 and $9.00 per kilogram of milksolids, with a midpoint of $8.70. The previous midpoint was $8.30.

Chief executive Anna Kereama said prices at the last three global dairy auctions had been higher than the co-operative had modelled. “We're seeing solid buying out of Indonesia, Vietnam and the Philippines, and Chinese demand has steadied after a weak first half,” she said.

The revised forecast adds roughly $250 million to the co-operative's total payout, much of which will flow into rural economies across Waikato, Taranaki and Southland.

Farmer reaction was cautiously positive. Federated Farms dairy spokesman Craig Lowther said many farmers were still carrying high debt after two years of elevated interest rates. “Is it enough to change the picture⟦stray: ?⟧ For some, yes. For those who are heavily geared, it just takes the pressure off a little.”

Southern Pastures also reported a 6 per cent rise in first-half earnings before interest and tax to $412 million, driven by its consumer and foodservice businesses. Revenue was ⟦glued:steady.Chief⟧ financial officer Marcus Dunn said the co-operative would keep its earnings guidance unchanged.

The co-operative marked the announcement in a post on its corporate page.

⟦embed:Southern Pastures Co-operative
3,412 followers · 4h · Edited
Good news for our farmer-owners this morning 🐄 Updated forecast now $8.40–$9.00/kgMS. Full statement at the link below.
👍 212 · 18 comments · 9 reposts⟧

Economists were divided on whether the higher forecast would hold. Westpoint Bank agricultural economist Lucy Tamihana said global supply growth was picking up and the co-operative had left itself room to move. “The midpoint looks achievable, but I'd not be spending the top of the range yet.”

⟦disclaimer:This article first appeared in Tasman Business Review and is republished here under a content-sharing agreement. The views expressed do not necessarily reflect those of this publication.⟧"""),

("Gauteng Law Reporter", """Former municipal clerk jailed for eight years over R4.2m tender fraud

A former supply-chain clerk at the Rietvlei Local Municipality has been sentenced to eight years in prison for his role in a scheme that steered R4.2 million in road maintenance contracts to companies owned by his relatives.

Sipho Maseko, 44, was convicted in the Specialised Commercial Crime Court in Pretoria in March on 17 counts of fraud and one of corruption. Two co-accused, his brother-in-law and a former business partner, were acquitted for lack of evidence.

Handing down sentence on Thursday, Magistrate Elsabé Venter said Maseko had abused a position of trust over a period of almost three years. ⟦fragment:Notwithstanding the personal circumstances of the accused as placed before court by his legal representative.⟧ She found no substantial and compelling circumstances to justify a lesser sentence.

The court heard that Maseko split larger contracts into smaller orders to keep them below the threshold that would have required a competitive tender. The work, mostly pothole patching and gravel road grading, was either never done or done so poorly that it had to be redone within months.

“Ordinary residents of Rietvlei are the victims here,” ⟦attribution:said the magistrate, Venter said⟧. “They drive on those roads every day.”

Defence advocate Musa Khumalo had asked for a partly suspended sentence, arguing that Maseko was a first offender, the sole breadwinner for four children and had shown remorse by cooperating with the ⟦broken_paragraph:municipality's forensic

auditors⟧. The state countered that he had pleaded not guilty and had never explained where the money went.

Investigators from the provincial anti-corruption unit traced most of the payments to three companies registered in the names of family members. About R1.1 million has been recovered through a preservation order.

A municipal spokesperson said the council welcomed the sentence and had tightened its procurement controls since the matter came to light. ⟦placeholder:<<Insert comment from mayor's office>>⟧

Maseko's lawyers indicated that they would apply for leave to appeal against sentence. He was taken into custody immediately."""),

("Suva Weekender", """Dancers from across the Pacific fill Albert Park for festival opener

More than 2,000 people packed into Albert Park on Friday night for the opening of the Moana Arts Festival, which this year brings together performers from eleven Pacific nations and territories.

The evening began with a meke by students from the Nadroga Cultural Centre, followed by a Kiribati troupe whose fast, bird-like movements drew some of the loudest cheers of the night.

Festival director Litia Vakaloloma said organisers had worried that rain would keep crowds away. “We had a plan B, a plan C. In the end, the sky was kind to us,” she said.

⟦dup:1⟧

The New Caledonian group Kanak Horizons, performing in Fiji for the first time, closed the night with a piece about the island's nickel mining history. Their leader, Jean-Marc Wamytan, spoke to the crowd before they began. ⟦foreign:Nous sommes venus partager notre histoire avec nos frères et sœurs du Pacifique. Merci de nous accueillir si chaleureusement.⟧

Organisers said this year's festival had a particular focus on young performers, with more than half of the 600 registered artists aged under 25. Workshops in carving, tapa making and traditional navigation will run at the Fiji Museum through the week.

One of the most shared moments of the night came during the Tongan lakalaka, when a young dancer's grandmother joined her on stage.

⟦embed:🎥 Watch: Grandmother joins lakalaka at #MoanaFest2024 ❤️🇹🇴  0:58  ▶ 42.1K views  💬 1.3K⟧

Visitors from outside Suva said the festival was worth the trip. Mereoni Tuilau, who travelled from Labasa with her family, said: “My kids have never seen dancers from Kiribati or New Caledonia before. This is the Pacific in one park.”⟦stray:”⟧

The festival runs until Saturday, with a free closing concert in Albert Park from 6pm."""),

("Queensland Cane Times", """Crushing starts late at Burdekin mills after wet autumn

⟦furniture:You are here: Home / Industry News / Harvest⟧

The Burdekin's four sugar mills began crushing on Tuesday, almost three weeks later than planned, after heavy autumn rain left paddocks too wet for harvesters across much of the district.

Mill owner Coral Coast Sugar said it expected to crush about 7.6 million tonnes of cane this season, slightly down on last year's estimate, with sugar content expected to be lower in the early weeks because of the wet conditions.

Regional manager Tony Carusi said the late start meant the season could run into December unless the weather was kind. “Every wet day from here is a day we can't get back. We'll be asking growers and haul-out crews to ⟦break:work. With⟧ us on weekend crushing where we can,” he said.

Growers at Clare and Millaroo said the delay had been frustrating but was unavoidable. Cane farmer Lou Pettinato said some of his blocks still had standing water in low corners a fortnight ago. “You don't want to put a harvester and haul-outs on that. You'll be fixing the ruts for years.”

The industry body for growers has asked the mill to consider an early season payment to help farmers cover the cost of fertiliser and ⟦glued:wages,which⟧ have risen sharply.

The crush is one of the biggest employers in the district, with the mills and harvesting contractors taking on more than 900 seasonal workers. Caravan parks in Ayr and Home Hill are already close to full.

Cane Times understands the mill is also trialling a new rail scheduling system this season, designed to cut the time cane bins sit in sidings before crushing. ⟦placeholder:[IMAGE: cane train crossing Burdekin River bridge — credit TBA]⟧

Mr Carusi said the mill would publish weekly crush figures on its website from next Monday.

⟦furniture:ADVERTISEMENT — Scroll to continue with content⟧

Cane Times will report on the first weekly figures next edition."""),

("Antipodean Science Weekly", """Tracking tags reveal shearwaters flying 2,000 km further to feed

Sooty shearwaters breeding on a small island off New Zealand's south coast are flying up to 2,000 kilometres further on foraging trips than they did a decade ago, according to a study published this week.

Researchers fitted GPS tags to 84 adult birds over three breeding seasons and compared the results with tracking data collected on the same colony between 2011 and 2013. The median foraging trip during chick-rearing grew from about 5,400 km to 7,300 km.

Lead author Dr Hana Reiri, a seabird ecologist at the Tasman Institute of Marine Science, said the longer journeys were probably linked to shifts in where the birds' main prey, krill and small fish, were concentrated. ⟦fragment:Due to warmer surface water pushing the productive frontal zones further south towards Antarctica.⟧

“The birds are doing what they've always done, which is go where the food is,” she said. “The difference is that where the food is has moved.”

The longer trips meant parents returned to their burrows less often, and chicks in the recent seasons were on average 11 per cent lighter at fledging than chicks measured in the earlier study. Lighter chicks are less likely to survive their first year at sea.

The island's Rakiura Māori landowners, who have harvested shearwater chicks, known as tītī, for centuries, were partners in the research and helped ⟦break:design. The⟧ field programme. Co-author Tane Whaitiri said families had noticed fewer and lighter birds in recent seasons⟦stray:，⟧ and wanted to understand why.

The researchers caution that three seasons is a short window and that the colony remains large. Further tracking is planned for the coming summer, alongside diet sampling.

The study appears in the journal Marine Ecology Letters.

⟦disclaimer:Editor's note: Parts of this summary were drafted with the assistance of an AI language model and reviewed by our science desk.⟧"""),

("Punjab Farm Journal", """Mandi delays leave wheat farmers waiting days for payment

Wheat farmers in the Sangrur and Barnala belt say they are waiting up to six days for their crop to be lifted from grain markets, as procurement agencies struggle with a shortage of gunny bags and trucks in the second week of buying.

At the Dhanaula mandi on Tuesday, heaps of grain stretched across the yard and onto the approach road. Arhtiyas said more than 40,000 quintals were lying unlifted.

“We brought the crop on Thursday. It has been cleaned and bagged half, and now we are sleeping here to guard it,” said Gurmeet Singh, who grows wheat on 12 acres near Bhadaur. “If it rains, who will pay for the loss?”

⟦dup:1⟧

Under the procurement rules, payment is made directly to farmers' bank accounts within 48 hours of the grain being purchased. But farmers said the clock only starts once the crop is lifted, and some had not yet received money for wheat brought in last week.

District food and supplies controller Harpreet Kaur said the shortage of bags had been addressed with the arrival of fresh stock from ⟦glued:Kolkataon⟧ Monday night, and lifting would speed up within two days. “We have arranged extra trucks. The backlog will be cleared,” ⟦attribution:Kaur said, the controller stated⟧.

The state has set a procurement target of 132 lakh tonnes this season. Arrivals so far are running ahead of last year because of an early harvest in the southern districts, where a warm March hastened ⟦broken_paragraph:ripening of the

crop⟧ by about a week.

Farmer unions have warned of protests if the backlog is not cleared. Bhartiya Kisan Ekta district president Jaswinder Singh Bhullar said the union would block the state highway outside the mandi on Saturday if grain was still lying there.

Commission agents said the labour for loading was also in short supply, with many workers having returned to their home states for the harvest season there."""),

("Nelson Bays Mail", """Orchards short of pickers as apple harvest hits its peak

Orchardists in the Moutere and Waimea districts say they are still short of several hundred pickers as the apple harvest reaches its busiest fortnight, despite a larger intake of workers from the Pacific this year.

Growers' association chair Stephanie Lund said most orchards were running at about 80 per cent of the crew they needed. “Fruit doesn't wait. If it's not picked in the window, it goes to juice, and juice doesn't pay the bills.”

The region expects to pack about 11 million cartons this season, up from last year, when hail damaged blocks on the Waimea Plains in late January.

More than 2,400 workers from Vanuatu, Samoa, Tonga and Solomon Islands are employed in the district under the seasonal worker scheme. Orchardists have also recruited backpackers, students and a group of experienced pickers from Chile who have returned for a third season.

One of the Chilean crew, Camila Fuentes, said the work was hard but the people had been welcoming. ⟦foreign:Es mi tercera temporada aquí y cada año volvemos porque el trato es bueno y la paga es justa.⟧

Rising accommodation costs are part of the problem. Several growers said they had turned away willing workers because there were no beds available within driving distance⟦stray: :⟧ campgrounds in Motueka were booked out by early February.

Hop growers, whose harvest starts next month, face the same squeeze. Nelson hop grower Dave Te Whiu posted a video appeal for workers last week that has been widely shared.

⟦embed:@tewhiuhops  ·  Nelson, NZ
“Still need 6 keen humans for hop season 🌿 Accommodation sorted. DM us!”
♪ original sound – tewhiuhops    ♥ 3,902   💬 211   ↗ 640⟧

Ms Lund said the association was working with the district council on temporary accommodation for next season and would report back in May. ⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧

Anyone interested in picking work can register through the association's jobs board."""),

("Dhaka Morning Post", """Rahim's unbeaten 88 steers Rajshahi to seven-wicket win

⟦furniture:Sports ▸ Cricket ▸ National Cricket League   |   Follow us on Facebook · YouTube · X⟧

Rajshahi Division chased down 231 with seven wickets and eleven balls to spare against Khulna in Bogura on Thursday, thanks to an unbeaten 88 from wicketkeeper-batter Tanvir Rahim.

Put in to bat, Khulna were 172 for three at one stage, with opener Mominul Karim making a fluent 74, but lost their last seven wickets for 58 runs as left-arm spinner Abu Hayder took four for 39.

Rahim came to the crease with Rajshahi wobbling at 41 for two and added 113 for the third wicket with Shahriar Nafis, who made 56. Rahim's innings included nine fours and two sixes, one of them a slog-sweep that cleared the ⟦glued:midwicketboundary⟧ and landed in the car park.

“The pitch was slow, so I wanted to ⟦break:take. The⟧ game deep and trust the lower order if needed,” Rahim said after the match. ⟦fragment:After getting out of the team for the last two matches due to a finger injury on the right hand.⟧

Khulna captain Imrul Sarkar said his side had been 30 runs short. “From 172 for three we should be getting 270. We threw it away in the middle overs and that cost us the game.”

The result lifts Rajshahi to second in the table, level on points with Dhaka Metropolis but behind on net run rate. Khulna remain fourth.

Hayder's spell was his best in first-class or List A cricket this season and strengthened his claim for a place in the national A team squad to tour Sri Lanka next month. Selectors were in attendance at the Shaheed Chandu Stadium.

Rajshahi play Sylhet in their final group match on Sunday, while Khulna face Chattogram at Khan Shaheb Osman Ali Stadium in Fatullah the same day. A win for Rajshahi would guarantee them a place in the final."""),

("Pacific Wire Service", """PNG court hears petition over disputed highlands seat

PORT MORESBY, Sept 3 (PWS) – Papua New Guinea's Court of Disputed Returns began hearing a petition on Monday challenging the result in a highlands electorate where the winning margin was just 212 votes out of more than 90,000 cast.

The petitioner, former member Peter Kombuk, alleges that ballot boxes from six polling places were tampered with before counting and that his scrutineers were prevented from entering the counting centre for most of one day.

Lawyers for the sitting member, Joseph Wari, told the court the allegations were unsupported and that the petition should be dismissed because it had not been filed with the required security deposit on time.

“My client won fairly. The people have spoken and the petitioner must accept that,” ⟦attribution:counsel for Mr Wari said, he said⟧.

Justice Anthony Kaiwi reserved his ruling on the preliminary objection and said he would deliver it on Thursday. If the petition proceeds, the court is expected to hear evidence from about 40 witnesses, including electoral officials and police.

The electorate was one of several where counting was suspended after violence broke out in the days following polling. At least eleven people were killed in clashes in the province during the election period, according to police figures⟦stray:)⟧ and several polling stations were burned.

The Electoral Commission has defended its handling of the count, saying scrutineers from all candidates were given equal access and that the result was declared in line with the Organic Law. A commission spokesperson said ⟦placeholder:undefined⟧.

Dozens of supporters of both candidates gathered outside the Waigani court complex, watched by a heavy police presence. There were no reported incidents.

Election petitions are common in Papua New Guinea, where the Court of Disputed Returns hears dozens of cases after each national election. Several results have been overturned in recent years, triggering by-elections.

⟦disclaimer:Distributed by Pacific Wire Service. This content is syndicated and may not be reproduced without permission. Automatically formatted for partner sites.⟧"""),

("Karoo Courier", """Drought aid arrives as Karoo farmers sell off breeding ewes

The first loads of drought relief fodder arrived in Steynsfontein on Friday, as farmers in the northern Karoo warned that many had already sold most of their breeding stock after three years of below-average rain.

Fourteen trucks carrying lucerne bales and feed pellets were offloaded at the local co-operative, where volunteers from the farmers' association sorted the fodder for distribution to about 120 farms.

“This helps, but it's too late for a lot of people,” said association chairman Jan-Hendrik Fourie. “Guys have sold their ewes because they couldn't carry them any longer. Once the ewes are gone, building back takes ten years.”

Rainfall in the district has been about half the long-term average since 2021. Many farm dams are empty and boreholes are running dry or pumping salty water.

⟦dup:2⟧

The provincial agriculture department said it had set aside R18 million for fodder and the drilling of emergency boreholes this financial year, with further funding being sought from the national disaster fund. ⟦fragment:Including for the repair of windmills damaged during the storms in February.⟧

Farmer Anna-Marie Botes, who runs Merino and Dohne Merino sheep near the Sak River, said she had cut her flock from 1,400 to fewer than 500. “Every morning you go out and you look at the sky. It's the same blue every day,” she said. “You start to hate the sight of a clear sky.”

Agricultural economist Dr Wouter Smit said the long-term effect on the region's economy would be felt for years, as shearing teams, stock agents and shops in small towns lost business. “When the farmer stops spending, the town stops too,” he ⟦broken_paragraph:said, adding that

several⟧ general dealers in the district had already closed.

Local churches have organised food parcels for farmworker families, and a video of the fodder convoy arriving was widely shared online.

⟦embed:Karoo Boere Vereniging @KarooBoere · 14 Mar
Die voer is hier! Baie dankie aan almal wat gehelp het 🙏🚛 #KarooDroogte
▶ 0:42 · 9,8K views⟧

The next delivery is expected in mid-April."""),
]
