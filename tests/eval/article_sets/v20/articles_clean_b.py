ARTICLES = [
("Atlantic Freight Review", """Coast Guard sets safety zone after boxship loses power near No. 3 berth

NORFOLK, Va. — The U.S. Coast Guard established a temporary safety zone in the Elizabeth River on Thursday after a container ship lost propulsion while approaching Norfolk International Terminals, forcing tugs to hold the vessel in the channel for nearly four hours.

The 9,400-TEU ship, the Aurora Bay (IMO 9461893), was inbound from Savannah when its main engine shut down at about 6:10 a.m., roughly half a mile from the No. 3 berth. Two tugs already assigned to assist the docking took the ship in tow, and a third was dispatched from Portsmouth.

The safety zone, issued under 33 CFR 165.T05-0412, barred other vessel traffic from coming within 500 yards of the ship until it was secured alongside. Coast Guard Sector Virginia said there were no injuries, no pollution and no damage to the terminal.

“The crew and the pilots did exactly what they were trained to do,” said Lt. Cmdr. Alicia Moreno, a Sector Virginia spokesperson. “The tugs were on scene immediately, and the situation never became dangerous.”

The ship's operator said a fault in a fuel supply pump had triggered an automatic shutdown. Engineers replaced the part at the berth, and the vessel was cleared to sail on Friday evening after inspection by a Coast Guard marine inspector and a classification society surveyor.

Traffic in the channel was delayed for several hours. At least three outbound vessels, including a car carrier and a bulk ship loading coal at Lambert's Point, were held at their berths.

Maritime safety consultants said loss-of-propulsion incidents in confined waters have drawn closer scrutiny since a number of high-profile accidents in U.S. ports. Many ports now require additional tug escorts for large vessels in narrow channels.

The Virginia Pilot Association said its pilots had completed more than 11,000 ship movements in the past year. A spokesperson said the Aurora Bay incident would be reviewed as a matter of routine.

The Coast Guard said it was investigating the cause of the fault in line with its standard procedures. Under 46 CFR 4.05-1, operators must report any loss of main propulsion to the Coast Guard without delay.

Terminal operations were otherwise unaffected, the port authority said."""),

("Khaleej Business Wire", """Saudi retailer signs franchise deal with U.S. coffee chain for 120 stores

RIYADH — Saudi retail group Al Rawabi Lifestyle has signed an agreement with Denver-based Summit Roasters Inc. to open 120 of the American chain's coffee shops across Saudi Arabia, Bahrain and Kuwait over the next seven years.

The first outlets are scheduled to open in Riyadh and Jeddah in the second quarter of next year, followed by locations in the Eastern Province, Manama and Kuwait City. Financial terms were not disclosed.

Summit Roasters, which operates about 640 stores in the U.S. and Canada, has been expanding internationally through franchise partners since 2021. The Gulf deal is its largest outside North America.

Speaking at the signing in Riyadh, Al Rawabi chairman Faisal Al Otaibi said the agreement reflected changing habits among young Saudis. “القهوة اليوم ليست مجرد مشروب، بل أسلوب حياة,” he said, which translates as: “Coffee today is not just a drink, but a way of life.”

Saudi Arabia's café market has grown rapidly, fuelled by a young population, rising female workforce participation and the growth of entertainment and leisure destinations. Industry estimates put the number of coffee shops in the Kingdom at more than 30,000, many of them local independent brands.

Summit Roasters chief executive Megan Hollis said the company would adapt its menu for local tastes, e.g. offering Saudi coffee with cardamom and dates alongside its usual espresso drinks. “We are not coming here to tell people how to drink coffee. They were doing it long before us,” she said.

Analysts said competition would be fierce. International chains already operating in the Kingdom compete with a fast-growing group of Saudi specialty roasters, some of which have expanded abroad.

Al Rawabi, which operates fashion, food and beverage franchises in 11 countries, said it expected to create about 1,500 jobs through the coffee agreement, with a target of more than 70 per cent Saudi nationals in its Saudi stores.

The group's shares, listed on the Saudi Exchange, closed 1.8 per cent higher after the announcement.

The deal is subject to customary regulatory approvals, i.e. trademark registration and municipal licensing in each market."""),

("Donegal Northern Herald", """Obituary: Bridget McGinley, Glenties teacher who wrote poems for every pupil

Bridget McGinley, who taught at the national school in Glenties for 38 years and was known across west Donegal for the short poems she wrote for each child leaving her class, has died at the age of 86.

Born in Ardara in 1938, the eldest of seven children, she trained as a teacher at Carysfort College in Dublin and returned to Donegal in 1960. She spent almost her entire career in the same school, teaching, by her own count, more than 1,100 children.

Every June, each departing sixth-class pupil received a card with a verse she had written especially for them. Many former pupils still have theirs. After her death was announced, dozens posted photographs of their cards online, some yellowed and framed, some tucked into passports and wallets.

One of those cards, written in 1979 for a boy who went on to become a trawler skipper, reads:

Go out beyond the harbour light,
but keep the headland in your sight;
the sea is wide, the world is too,
and Glenties will be waiting you.

His daughter shared it this week with the words: “Dad kept it in the wheelhouse for forty years.”

Mrs McGinley married Hugh McGinley, a postman, in 1963. They had four children. She was a lifelong member of the local drama group and directed its production of a John B. Keane play at the Ulster drama festival in 1987.

In retirement she wrote a history of the school and continued to volunteer with the local library, where she ran a poetry circle for older people until last year.

Her son Francis said his mother had never thought of the poems as anything special. “She'd say, sure it's only a bit of rhyme. But people held on to them their whole lives. I think she knew, really,” he said.

She is survived by her children Francis, Máire, Anne and Hugh, twelve grandchildren and three great-grandchildren. Her husband predeceased her in 2012.

Her funeral Mass will take place at St Connell's Church, Glenties, on Saturday at 11am, with burial afterwards in the adjoining cemetery."""),

("The Fife Gazette & Advertiser", """Dunfermline councillors approve city centre car parking changes after U-turn on charges

Fife Council's City of Dunfermline area committee has approved a package of parking changes for the city centre, after councillors dropped a controversial plan to introduce Sunday charges.

The revised proposals, agreed on Tuesday by nine votes to three, will extend free parking in the Chalmers Street and Carnegie Drive car parks to two hours on weekdays, and introduce a new £1 evening flat rate from 6pm until midnight.

The original plan, put out to consultation in the spring, would also have introduced charges on Sundays for the first time. That prompted more than 1,400 responses, the majority opposed, and a petition from city centre traders.

Committee convener Cllr Gavin Ross said the council had listened. “We said this was a genuine consultation, and it was. People told us Sunday charges would hurt the high street, and we've taken that on board,” he said.

Opposition councillors argued the changes did not go far enough. Cllr Morag Thomson said the council should make all city centre parking free after 3pm to compete with out-of-town retail parks. “Halbeath has free parking all day. Our city centre is fighting with one hand tied behind its back,” she said.

Dunfermline Delivers, the business improvement district, welcomed the decision. Its chair, Alan Rennie, said: “It's a sensible compromise. The evening rate in particular should help restaurants and the theatre.”

The new arrangements are expected to take effect in January, once traffic orders have been amended.

Correction: An earlier version of this article stated that the vote was eight to four. The vote was nine to three. We apologise for the error.

Editor's note: Cllr Thomson has asked us to clarify that her proposal referred to council-owned car parks only, not to on-street parking. We are happy to do so.

The council said income from parking in the city centre was about £620,000 last year, with the money used to maintain car parks and fund road safety projects.

Residents can view the full committee report on the Fife Council website."""),

("Cape Breton Tideline", """Les Suêtes gusts top 150 km/h in Chéticamp as wind warning issued

Powerful south-easterly winds known locally as les suêtes roared down the Cape Breton Highlands onto the village of Chéticamp on Tuesday night, with gusts peaking at 154 kilometres an hour, according to Environment and Climate Change Canada.

The weather agency issued a wind warning for Inverness County on Tuesday afternoon, forecasting gusts of 110 to 130 km/h. Actual gusts were stronger than expected, and several residents reported shingles, siding and trampolines scattered across yards on Wednesday morning.

Les suêtes occur when strong south-easterly winds meet the steep slopes of the highlands and accelerate down the western side toward the Gulf of St. Lawrence. The phenomenon is well known in the Acadian communities of the area, where houses were traditionally built low and facing away from the mountain.

Resident Marie-Claire Chiasson, 72, said she had lived through many suête storms. “Quand le vent de suête se lève, on reste en dedans pis on attend,” she said, which means: “When the suête wind rises, you stay inside and you wait.”

“My grandfather used to tie the doors shut with rope,” she added. “We still have the hooks on the door frame.”

About 2,300 Nova Scotia Power customers in the area lost electricity overnight. Most had their power restored by Wednesday noon.

Meteorologist Ian Hubbard said the strongest gusts are usually confined to a narrow strip between the mountains and the shore, roughly from Margaree Harbour north to Pleasant Bay. “Five kilometres inland, it can be perfectly calm. It's a very local effect,” he said.

The Cabot Trail was closed to traffic between Chéticamp and Pleasant Bay for several hours on Tuesday night as a precaution. The provincial transportation department said crews had removed fallen trees and the road reopened by Wednesday morning.

Chéticamp's fire chief said no one had been injured. He urged residents to secure loose items such as garbage bins and patio furniture whenever a warning is issued, and to keep a flashlight and a battery radio handy.

Environment Canada said another system could bring strong winds to northern Cape Breton early next week."""),

("The Westmeath Courier", """Mobile breast screening unit returns to Mullingar as uptake rises

BreastCheck's mobile screening unit is back in Mullingar for the next eight weeks, and health officials are urging eligible women to take up their appointment when the invitation arrives.

The unit, parked at the Regional Hospital Mullingar campus on the Longford Road, will screen women aged 50 to 69 from across Westmeath and parts of Meath, Offaly and Longford. Appointments run from Monday to Friday, 8.30am to 5pm.

Photo caption: Radiographers Aoife Nally and Deirdre Kenny at the BreastCheck mobile unit on the Regional Hospital Mullingar campus on Monday. Picture: Courier staff.

Uptake in the midlands has recovered since the disruption of the pandemic years, according to figures from the National Screening Service. About 76 per cent of women invited in the region attended their last round of screening, up from 68 per cent three years ago.

Clinical lead Dr Nuala O'Connor said mammograms could pick up cancers at a very early stage, often before any symptoms appear. “Screening saves lives. The earlier we find it, the simpler the treatment and the better the outcome,” she said.

Mullingar woman Carmel Foley (61) said she had attended every screening appointment since she turned 50. In 2019, her mammogram found a small tumour. “I had no lump, nothing. I felt grand. If I hadn't gone, I don't like to think about where I'd be,” she said. Her treatment was successful and she now volunteers with a local cancer support group.

Photo caption: Carmel Foley, who was diagnosed through BreastCheck in 2019, says the appointment “took twenty minutes and changed everything”. Picture: Courier staff.

Women who have not received an invitation, or who have moved address, can check their status with the free BreastCheck line or online. Women with symptoms, such as a new lump, should not wait for screening but should contact their GP.

The service is free of charge. Women are asked to avoid using deodorant or talcum powder on the day of their appointment.

The unit will move to Tullamore at the end of its stay in Mullingar."""),

("The Highland Clarion", """Q&A: Kingussie captain on cup final nerves, the Badenoch derby and life after shinty

Kingussie face Newtonmore in the Camanachd Cup final in Oban on Saturday, the first time the two Badenoch neighbours have met in the final in more than a decade. We spoke to Kingussie captain Ruaridh Grant, 31, a joiner from the village, at training on Wednesday night.

How are you feeling?

Honestly? Sick. In a good way. You play your whole life for days like this. My father played in three finals. My grandfather played in four. I'm just trying to get my tea down.

It's Newtonmore. Does that make it bigger?

It makes it everything. The villages are three miles apart. I work with Newtonmore boys. My cousin plays for them. On Saturday night one half of Badenoch will be very happy and the other half will be very quiet.

What's the key to beating them?

Winning the midfield. They've got pace up front, and if we let them run at us, we're in trouble. We need to be first to every ball, and we need to be clinical. Chances are rare in a final.

You've been here before. What's different about a final?

The noise. And the time it takes to get started. You're in the changing room, the piper's going, the crowd's building, and you just want someone to throw the ball up.

Is there a ritual?

Same breakfast, porridge and a banana. Same socks, left one first. Don't tell my wife they've not been washed since the semi-final.

How long will you keep playing?

As long as the knees last. Maybe two more seasons. Then I'd like to coach the under-14s. The game has given me a lot. I'd like to give something back.

Any message for the supporters?

Get there early, bring your voice, and believe. Whatever happens, I'll be proud of every one of these boys.

The Camanachd Cup final throws up at 3pm on Saturday at Mossfield Park, Oban. Supporters' buses leave Kingussie square at 10am."""),

("Saskatoon Prairie Ledger", """U of S engineers test drone-mounted sensors to spot failing grain bins

Engineers at the University of Saskatchewan are testing drone-mounted thermal and moisture sensors that could warn farmers when stored grain is starting to spoil, potentially preventing losses worth thousands of dollars per bin.

The project, led by Dr. Kwame Asante of the College of Engineering, fits a commercial DJI Matrice 350 RTK drone with a thermal camera and a custom-built sensor package, designated GS-2 in the lab. The drone circles a yard of bins and builds a temperature map of each one's outer wall.

Hot spots on a bin's surface can indicate heating inside, i.e. the early stages of spoilage caused by moisture, insects or mould. Left undetected, a small hot spot can spread through a bin within weeks.

“Most farmers check their bins by climbing up and looking in, or by using temperature cables if they have them,” Asante said. “Climbing bins is dangerous, and cables aren't in every bin. We want to give people a quick way to screen a whole yard from the ground.”

In trials on three farms near Rosthern and Humboldt last winter, the system correctly flagged four of five bins that had developed heating problems, according to results presented at a conference in Winnipeg. It also produced some false alarms, e.g. on bins heated by direct afternoon sun.

Graduate student Leah Thiessen, who wrote much of the analysis software, said the team was working on ways to filter out sun effects. “We fly in early morning now, before the steel warms up. That's made a big difference,” she said.

The researchers estimate that a farm with 40 bins could be surveyed in under 20 minutes.

Farm safety advocates welcomed the research. Grain bin entrapments and falls from bins are among the leading causes of serious farm injuries on the Prairies.

The project is funded by Saskatchewan's Agriculture Development Fund. Asante said the team hopes to partner with a company to develop a commercial version within three years, possibly as a subscription service through an app such as the team's prototype, BinWatch v0.9."""),

("Heartland Grain & Feed Report", """USDA raises U.S. corn yield forecast; soybean estimate steady

WASHINGTON — The U.S. Department of Agriculture raised its estimate of the national average corn yield in its monthly supply and demand report on Thursday, citing favorable weather across much of the central Corn Belt during pollination.

Key figures from the report:

• Corn yield: 183.1 bushels per acre, up from 181.0 in last month's report.
• Corn production: 15.15 billion bushels, which would be the second-largest crop on record.
• Soybean yield: 53.2 bushels per acre, unchanged from last month.
• Soybean production: 4.59 billion bushels.
• Ending stocks for corn in 2024/25: 2.10 billion bushels.
• Season-average farm price for corn: $4.10 per bushel, down 10 cents.

Analysts had expected a smaller increase in the corn yield estimate. December corn futures fell 8 cents in Chicago after the report was released at noon Eastern time.

“The crop is big, and the market knew it was big. It just turned out to be a little bigger,” said Mark Renner, a grain marketing adviser in central Illinois. “For farmers who haven't priced much of this crop, it's a tough spot.”

On the soybean side, the USDA left its yield unchanged but trimmed its export forecast by 25 million bushels, citing strong competition from South American supplies. Soybean futures were little changed.

Wheat ending stocks were raised slightly on lower feed use. The agency's outlook for U.S. wheat exports was unchanged.

Economists noted that the report's production numbers are based on farmer surveys and satellite data, with the first objective field measurements to be included in next month's report. The USDA's National Agricultural Statistics Service will also update its acreage estimates using Farm Service Agency data.

For growers, the combination of big supplies and low prices is squeezing margins. Many are relying on government programs, crop insurance and storage to manage the season.

The next World Agricultural Supply and Demand Estimates report is scheduled for release on October 11."""),

("Atlantic Freight Review", """Panama Canal lifts draft limit as Gatun Lake recovers

PANAMA CITY — The Panama Canal Authority has raised the maximum permitted draft for vessels using its Neopanamax locks to 50 feet, the level it allowed before a severe drought forced it to restrict traffic, as water levels in Gatun Lake recovered during the rainy season.

The authority said it would also increase the number of daily transit slots, bringing total capacity close to the 36 a day seen before the restrictions.

Shipping lines welcomed the decision. A spokesperson for a major container carrier said the change would allow its vessels on the Asia–U.S. East Coast trade to load fully again. “For the last year we have been sailing with empty slots to stay within the limits. That is finished now,” the spokesperson said.

Agricultural exporters, including U.S. grain shippers using the canal to reach Asian markets from Gulf Coast ports, had been among the hardest hit. Some had rerouted cargo around the Cape of Good Hope or via the Suez Canal.

“Every foot of draft is real money on a bulk carrier,” said Daniel Ortiz, a dry bulk broker in Houston. “A full load versus a light load can be 3,000 tonnes of grain. Multiply that by dozens of ships a month.”

Deputy canal administrator Ana Lorena Batista said the authority was planning for the next drought, not just the current recovery. “El agua es el recurso más importante del Canal,” he said at a press briefing, which translates as: “Water is the Canal's most important resource.”

The authority is studying a new reservoir on the Río Indio to secure supplies for both the canal and Panama City's drinking water. The project has faced opposition from communities in the area.

Analysts cautioned that climate change could make droughts more frequent. “This time the rains came back. Next time, they might not come back so quickly,” said Lucía Fernández, a shipping economist in Bogotá.

The authority said it would continue to publish draft limits weekly.

Editor's note: An earlier version of this story misidentified the river proposed for a new reservoir. It is the Río Indio."""),

("Khaleej Business Wire", """Gulf shoppers turn to eBay, noon and talabat as e-commerce spending climbs

DUBAI — Online spending in the Gulf Cooperation Council rose by 19 per cent last year to an estimated $47 billion, according to a report published on Monday, with platforms such as noon, Amazon.ae and eBay reporting strong growth in electronics, fashion and grocery deliveries.

The report, compiled by a Dubai-based consultancy, found that more than 70 per cent of online purchases in the UAE and Saudi Arabia are now made on smartphones. Apple's iPhone remains the most popular device for online shopping in both markets, it said.

Food and grocery delivery was the fastest-growing category. Apps such as talabat, Deliveroo and Careem have expanded into rapid grocery delivery, promising orders within 20 to 30 minutes in major cities.

Payment habits are also changing. Cash on delivery, long dominant in the region, now accounts for less than a quarter of online orders in the UAE, down from more than half five years ago. Shoppers are increasingly using cards, Apple Pay, PayPal and buy-now-pay-later services such as Tabby and Tamara.

“The consumer in the Gulf is young, digital and impatient,” said the report's lead author, Rania Haddad. “They expect same-day delivery and easy returns. Retailers that can't offer that are losing share.”

The report noted that cross-border shopping remains significant. Many consumers buy from international sites, including eBay's global marketplace, for products not available locally, such as spare parts for cars and collectibles.

Retailers say logistics remain the biggest challenge. Last-mile delivery costs are high, particularly in Saudi Arabia, where distances between cities are large.

Regulators have also stepped up oversight. The UAE's Ministry of Economy issued new consumer protection rules for e-commerce platforms last year, requiring clear return policies and Arabic-language product information.

The report forecasts that GCC online spending will reach $80 billion by 2029. Growth is expected to be strongest in Saudi Arabia, where government programmes aim to raise the share of retail sales made online.

Haddad said the next phase would be “social commerce”, with consumers buying directly through Instagram, TikTok and WhatsApp."""),

("Donegal Northern Herald", """Gardaí appeal for witnesses after break-ins at No. 10 and No. 12 Port Road

Gardaí in Letterkenny have appealed for witnesses after two houses on the Port Road were broken into on the same night last week, with jewellery, cash and a laptop stolen.

The break-ins happened at No. 10 and No. 12 Port Road, neighbouring houses near the junction with the Pearse Road, between 11pm on Wednesday and 7am on Thursday. In both cases, entry was gained through a rear window while the occupants were asleep upstairs.

“They were in my kitchen. They were in my sitting room. They were in my hall, feet from the stairs,” said one of the householders, a woman in her seventies who asked not to be named. “I slept through the whole thing. I keep thinking about that.”

Her neighbour, a father of three, said his family had been left shaken. “You lock the doors. You lock the windows. You do everything right. And it still happens,” he said.

Gardaí believe the same people were responsible for both burglaries. They are particularly keen to hear from anyone who was in the area between 2am and 4am and who may have seen a dark-coloured hatchback parked on the road or nearby.

Sergeant Paul Gallagher said anyone with dashcam footage from the area should come forward. “It may be something that seems like nothing to you. A car that didn't look right. A person on foot at an unusual hour. Let us decide if it's important,” he said.

Gardaí have also advised householders to take a few simple steps. Lock windows at night, even upstairs. Leave a light on when you are out. Keep valuables out of sight. Photograph jewellery and record serial numbers for electronics.

Local councillor Donal Kelly said residents on the Port Road were worried. “It's a quiet road. It's always been a quiet road. People want it to stay a quiet road,” he said.

Anyone with information is asked to contact Letterkenny Garda Station or the Garda Confidential Line. All information will be treated in the strictest confidence."""),
]
