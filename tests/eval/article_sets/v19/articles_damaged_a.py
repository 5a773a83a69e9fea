ARTICLES = [
("Riverina Chronicle", """Wagga council votes to extend levee upgrade as costs climb

Wagga Wagga City Council has voted eight to one to extend the second stage of the Main City Levee upgrade, despite a consultant's report warning the final bill could run almost $9 million over the original estimate.

The decision, made at Monday night's meeting, means work on the section between the Hampden Avenue bridge and ⟦glued:theWollundry⟧ Lagoon will continue into next winter, when river heights are typically at their highest.

Councillor Dallas Brennan, who moved the motion, told the chamber the city could not afford to leave the job half-finished.

"We saw in 2012 and again in 2022 what the Murrumbidgee can do when it decides to come into town," he said. "Nobody in this room wants to be the one who explains to North Wagga why the wall stopped two hundred metres short."

⟦dup:1⟧

The lone vote against came from Councillor Jenny McKinnon, who said ratepayers deserved a full breakdown of where the extra money had gone before any more contracts were signed⟦stray:,,⟧ and asked that the matter be deferred for a month.

"I am not against the levee," she said. "I am against signing a blank cheque."

According to the report tabled at the meeting, the blowout has been driven by higher prices for clay fill, a shortage of qualified machine operators across the Riverina, and the discovery of an old stormwater culvert that was not on any council map.

General manager Lisa Carraway said the state government had been asked to lift its share of the funding under the disaster-ready infrastructure program, and that a response was expected before Christmas.

Shoppers in the CBD will see temporary closures on Tarcutta Street and Fitzmaurice Street over the coming weeks as trucks move material to the site. Council has promised to keep at least one lane open on each road during business hours.

The Wagga Business Chamber welcomed the vote but urged council to give shopkeepers plenty of notice about any disruption, particularly in the lead-up to the Christmas trading period.

⟦disclaimer:This report was syndicated through an automated regional content exchange and has not been checked by a Riverina Chronicle sub-editor.⟧"""),

("Waikato Clarion", """Man jailed for ram-raid spree across Hamilton dairies

A 24-year-old man who drove a stolen ute through the front windows of four Hamilton dairies in a single night has been sentenced to three years and two months' imprisonment.

Tane Kereama Walker appeared for sentencing in the Hamilton District Court on Thursday after earlier pleading guilty to four charges of burglary, one of unlawfully taking a motor vehicle and one of dangerous driving.

Judge Philippa Rowe said the offending in the early hours of June 9 had caused "real and lasting fear" to shop owners, several of whom had moved to the city from India and Sri Lanka and had put their life savings into their businesses.

"These are not faceless corporations," the judge said. "They are families who live above or behind their shops, who were woken by the sound of a vehicle coming through the wall."

The court heard Walker and two youths, who cannot be named, stole a Toyota Hilux from a Frankton address before targeting dairies in Hamilton East, Claudelands, Chartwell and Fairfield. They took cigarettes, vape products and cash registers, with the total value of stolen goods and damage estimated at more than $86,000.

⟦fragment:Having reversed the ute into the last shop twice before the roller door finally gave way.⟧ CCTV footage played in court showed the group running from the scene within ninety seconds.

Defence counsel Mere Hohaia said her client had been using methamphetamine heavily at the time and had ⟦break:since completed. A residential⟧ rehabilitation programme at a facility in the Bay of Plenty. She asked for a sentence of home detention, pointing to a cultural report that described Walker's disconnection from his whānau and marae.

Judge Rowe accepted Walker had made genuine progress, and gave discounts for his guilty pleas, his remorse and his background, but said home detention would not adequately reflect the seriousness of the offending.

⟦placeholder:[gallery ids="20931,20932,20933"]⟧

One of the shop owners, who read a victim impact statement, said his children still slept in their parents' room. "Every time a car slows down outside, my daughter asks if it is them again," he said.

Walker was also ordered to pay $5000 in reparation and was disqualified from driving for two years. The two youths have been dealt with in the Youth Court.

Police said ram raids in the Waikato had fallen since a peak in 2022, but warned that small retailers remained vulnerable, and urged owners to apply for the government's bollard and fog-cannon subsidy."""),

("Oceania Press Service", """Flooding closes Kings Road as heavy rain lashes Fiji's west

SUVA — Heavy rain from a slow-moving tropical depression forced the closure of sections of Kings Road and the evacuation of more than 600 people in western and northern Viti Levu on Tuesday, authorities said.

The Fiji Meteorological Service issued a flood warning for low-lying areas and areas next to rivers and streams in Ba, Tavua, Rakiraki and Nadi, and a heavy rain warning for the whole of Viti Levu.

The National Disaster Management Office said 23 evacuation centres had been opened, most of them in school buildings. Director Leba Naivalu said numbers were expected to rise overnight because the Ba River was still climbing. ⟦attribution:"Families should not wait for the water to reach their doorstep before they move," Ms Naivalu said, the director said.⟧

The Fiji Roads Authority posted updates throughout the day on social media.

⟦embed:Fiji Roads Authority @FRA_Fiji · 2h
Kings Road CLOSED at Wainibuka crossing and Tavua town due to flooding. Motorists are advised to avoid non-essential travel. pic.twitter.com/Rk2Fq8vLtN
10:14 AM · Mar 12, 2024⟧

In Ba town, shopkeepers spent the morning moving stock onto upper shelves. "We have been through this many times," said hardware store owner Rajesh Prasad. "But every time it is ⟦glued:worsethan⟧ the last. The drains cannot take it."

Energy Fiji Limited said power had been cut to parts of Tavua and Vatukoula as a precaution after a substation was surrounded by water.

The Ministry of Education said schools in the affected districts would remain closed on Wednesday⟦stray: ;⟧ parents were urged to keep children away from swollen creeks and drainage channels.

Forecasters expect the depression to move slowly south-east over the next 48 hours, bringing further heavy falls to the interior and to Vanua Levu before conditions ease late on Thursday.

Fiji was hit by several damaging floods during the last wet season, and opposition MPs have criticised the slow pace of river dredging in the Ba and Nadi catchments. The Minister for Waterways said on Tuesday that two new dredges would arrive from Malaysia before the end of the year.

Sugarcane growers in the Ba and Tavua districts said it was too early to estimate crop losses, though several farms near the river mouth were under more than a metre of water by late afternoon."""),

("Karoo Courant", """Merino farmers upbeat as wool prices recover at Gqeberha sales

Karoo wool growers have welcomed a second consecutive week of firmer prices at the Gqeberha auctions, with the market indicator closing up 3.2% on Wednesday on strong demand from Chinese and Italian buyers.

Cape Wools SA said 9,840 bales were on offer, of which 94% were sold. Fine Merino wool of 19 micron and finer attracted the best prices, with some lots from the Graaff-Reinet and Murraysburg districts fetching more than R190 per kilogram clean.

For farmers in the Camdeboo, who have battled three years of below-average rainfall and rising feed costs, the recovery is a welcome relief. Stock numbers in the region have dropped sharply since 2019 as many producers ⟦break:were forced to. Sell ewes⟧ to stay afloat.

Johan Viljoen, who runs about 3,000 Merinos outside Aberdeen, said the mood at the local co-operative had lifted noticeably. "⟦foreign:Ons het lank gewag vir 'n week soos hierdie, en ek hoop net dit hou tot die einde van die seisoen.⟧" He added that many of his neighbours had delayed shearing in the hope of better prices.

⟦furniture:ADVERTISEMENT · CONTINUE READING BELOW⟧

Agricultural economist Thandeka Mokoena of the University of the Free State cautioned that the gains might not last. Chinese demand, she said, remained closely tied to the health of that country's property sector and to retail spending on winter clothing in Europe.

"Growers should enjoy the moment but not bank on it," Mokoena said. "The rand has also helped. If it strengthens by even fifty cents against the dollar, some of this improvement disappears."

Shearing contractors in the district report that they are fully booked until the end of October, a change from last year when several teams travelled to Lesotho and the Free State to find work.

Viljoen said the biggest threat to Karoo farmers was no longer the wool price but predation by jackals and caracal, which he estimated had cost him nearly 200 lambs last season. The provincial department of agriculture is expected to release a revised predator management plan later this year.

The next wool sale in Gqeberha is scheduled for Wednesday next week, with about 11,000 bales expected on offer."""),

("Gladstone Harbour Herald", """Gladstone dialysis patients spared Rockhampton trip as new unit opens

Kidney patients in Gladstone will no longer have to travel more than 100 kilometres to Rockhampton three times a week for treatment, after a six-chair dialysis unit opened at Gladstone Hospital on Monday.

The $4.2 million unit, funded by the state government and the Central Queensland Hospital and Health Service, will treat up to 24 patients a week in its first year, with room to expand to ten chairs.

Calliope grandmother Beryl Haddon, 71, has made the round trip to Rockhampton since 2021. She said the new unit would give her back ⟦glued:almostnine⟧ hours a week.

"You leave home at six in the morning, you sit in the chair for four hours, and then you're on the Bruce Highway with the trucks coming home," she said. "By the time you walk in the door you're too buggered to do anything. This changes everything for us."

Health service chief executive Dr Karen Ellery said the unit had been designed with patient input, including larger windows, individual screens and a dedicated space for family members.

⟦placeholder:[Image: INSERT CAPTION — dialysis unit ribbon cutting]⟧

The unit will be staffed by four renal nurses, two of whom have relocated from Brisbane. Dr Ellery said recruiting specialist staff to regional Queensland remained ⟦broken_paragraph:one of the biggest challenges facing
the health service⟧, and that incentive payments for nurses willing to move to the region had helped fill the roster.

⟦fragment:Along with a new telehealth link to the renal team at Rockhampton Hospital.⟧ Patients will be reviewed by a nephrologist by video each month and in person every quarter.

Local state member Bronwyn Tully said the unit had been on the community's wish list for more than a decade. "I've had people stop me in the street at the Tannum Sands markets to ask when it would be finished," she said.

Chronic kidney disease rates in Central Queensland are above the state average, driven in part by high rates of diabetes and high blood pressure. Aboriginal and Torres Strait Islander people in the region are almost four times as likely to need dialysis as other Queenslanders.

Kidney Health Australia welcomed the opening but said more needed to be done to support home dialysis, which allows some patients to treat themselves overnight while they sleep."""),

("Otago Southland Press", """Stags stun Canterbury with late try at Rugby Park

Southland 24 Canterbury 22

The Southland Stags produced their best performance of the NPC season on Saturday, snatching a two-point win over Canterbury with a try to replacement hooker Sione Latu two minutes from full-time at Rugby Park in Invercargill.

It was the Stags' first win over the red-and-blacks at home since 2019 and kept alive their slim hopes of a place in the Championship semifinals.

Canterbury led 22-17 heading into the final ten minutes after a penalty try and a well-worked effort from winger Harrison Reid, and looked to have done enough as Southland's lineout wobbled in the wet conditions.

But the home side won a penalty on halfway, kicked to the corner, and after a series of pick-and-drives, Latu was driven over by the forward pack. First five-eighth Cam Mackintosh added the conversion from near the touchline.

⟦dup:1⟧

"I'm just really proud of the boys," Stags coach Brent Kiddle said. "We talked all week about sticking with it for eighty minutes⟦stray: !⟧ We've let a few slip late this year, and tonight we found a way."

Kiddle singled out openside flanker Josh Te Whaiti, who made 19 tackles and won three turnovers at the breakdown, and lock Angus McRae, who played the full match despite a heavily strapped shoulder.

⟦attribution:"We didn't handle the pressure at the end, and you can't give a side like that a lineout five metres out," Aitcheson told reporters, Canterbury coach Glenn Aitcheson said.⟧

The crowd of about 4300 braved steady drizzle and a bitter southerly, and many stayed well after the final whistle to greet the players on the field.

Southland's win came at a cost, however, with centre Ollie Brunton leaving the field in the first half with a suspected ankle injury. He will be assessed on Monday.

The Stags travel to Palmerston North next weekend to face Manawatū, while Canterbury host Otago in a derby that could decide top spot in the Premiership."""),

("South Pacific Wire", """Vanuatu parliament elects new Speaker after weeks of deadlock

PORT VILA — Vanuatu's parliament has elected a new Speaker after almost a month of stalemate that delayed the passage of the government's supplementary budget and prompted warnings from the country's largest donors.

Kenneth Naupa, the MP for Tanna, was elected on Friday with 28 votes to 22 after opposition members ended their boycott of the chamber. He replaces the previous Speaker, who resigned in August citing ill health.

The election ends a period of uncertainty in which the government ⟦break:had been unable. to convene⟧ a quorum on three separate sitting days. Opposition MPs had refused to attend after the government attempted to change the standing orders governing how the Speaker is chosen. ⟦fragment:Which the opposition described as an abuse of process and a threat to the constitution.⟧

Speaking to reporters outside parliament, Naupa said he wanted to restore public confidence in the institution. "⟦foreign:Mi glad tumas se palamen i save wok bakegen, mo yumi save tingbaot ol pipol blong yumi long ol aelan.⟧"

The Prime Minister welcomed the result and said the supplementary budget, which includes funding for cyclone recovery on Efate and Shefa province, would be tabled next week.

Vanuatu has experienced frequent changes of government in recent years, and constitutional amendments passed last year were intended to reduce the number of no-confidence motions by requiring MPs who cross the floor to forfeit their seats.

Diplomats in Port Vila said the deadlock had worried partners including Australia, New Zealand and the European Union, which together fund a large share of the country's development budget. An Australian High Commission spokesperson said Canberra "respects the processes of Vanuatu's parliament" and looked forward to working with the new Speaker.

Civil society groups urged MPs to turn their attention to the rising cost of living. Imported rice and fuel prices have climbed sharply this year, and several outer islands reported shortages after a cargo vessel ran aground near Malekula in July.

The first sitting under the new Speaker is scheduled for Tuesday.

⟦disclaimer:Editor's note: This dispatch was rendered from the French-language service by machine translation and has not been reviewed by a bilingual editor. Some wording may differ from the original.⟧"""),

("Durban Coastal Post", """Police hunt gang after ATM blown up at Umhlanga centre

⟦furniture:Share on: Facebook | X | WhatsApp | LinkedIn | Email | Print⟧

Police in KwaZulu-Natal are searching for at least five suspects who used explosives to blow open an automated teller machine at a shopping centre in Umhlanga in the early hours of Tuesday morning.

Residents of nearby apartment blocks said they were woken by two loud explosions shortly after 3am. Security guards on duty at the centre reported seeing a white sedan and a grey bakkie leaving the parking area at high speed along Umhlanga Rocks Drive.

Private security company Coastal Armed Response said ⟦glued:14officers⟧ were at the scene within minutes, but the suspects had already fled. No shots were fired and nobody was injured.

Provincial police spokesperson Colonel Thembeka Ngcobo said it was not yet clear how much cash had been taken. "The ATM was extensively damaged and the shop fronts on either side have also been affected by the blast," she said. "Our explosives unit has combed the scene and declared it safe."

The South African Police Service shared an appeal for information on social media shortly after sunrise.

⟦embed:#sapsKZN Police are searching for suspects who used explosives to blow up an ATM at a shopping centre in Umhlanga in the early hours of this morning. Anyone with information can call Crime Stop on 08600 10111. pic.twitter.com/Qe7bLm0aZr — SAPS KwaZulu-Natal (@SAPS_KZN) May 21, 2024⟧

The South African Banking Risk Information Centre has reported a rise in ATM bombings nationally over the past two years, with organised groups often targeting machines in shopping centres and petrol stations late at night.

Shop owners at the centre said they were frustrated that the attack had happened despite security upgrades installed last year. "We pay for guards, we pay for cameras, and still this happens," said the owner of a cellphone repair shop next to the damaged machine. "Today I will lose a whole day of trade while the police do their work."

The centre's management said most stores would reopen by midday, although the section around the ATM would remain cordoned off while forensic teams completed their work.

Anyone with information is asked to contact the Durban North police station or use the MySAPS app, where tips can be submitted anonymously."""),

("Wimmera Ledger", """Horsham researchers breed lentil that shrugs off frost

A team of plant scientists in Horsham has developed a lentil line that can survive severe spring frosts, a breakthrough that could save Wimmera growers millions of dollars in lost yield.

The line, given the working name Wimmera Rose, was developed at the Grains Innovation Park ⟦stray:(⟧GIP in Horsham over eight years of crossing and field trials at sites near Longerenong, Rupanyup and Nhill.

Project leader Dr Melissa Ng said the new line produced pods and set seed even after several nights below minus three degrees, conditions that would normally destroy most of a crop's flowers.

"Frost has always been the thing growers fear most at flowering," she said. "You can do everything right all season, and then one still, clear night in ⟦broken_paragraph:late

September⟧ takes half your crop. We wanted to give farmers a bit more insurance against that."

Frost costs Australian grain growers an estimated $360 million a year, ⟦attribution:according to Dr Ng, Dr Ng said⟧, with pulses among the most vulnerable crops because they flower over a long period in late winter and early spring.

Lentil growers planted about ⟦placeholder:%s⟧ hectares across the Wimmera and southern Mallee last year, with most of the crop exported to the Indian subcontinent and the Middle East.

Rupanyup farmer Trevor Glasson, who hosted one of the trial sites, said he had been sceptical when the researchers first approached him. "I've seen a lot of promising varieties come and go," he said. "But in 2023 we had a shocking frost in the first week of October, and their plots were still green and podding while my commercial lentils next door were black."

The research was jointly funded by the Grains Research and Development Corporation and the Victorian agriculture department. Dr Ng said the line would now go through two more years of testing across South Australia and New South Wales before a commercial release, which is expected in 2027 at the earliest.

The team is also studying whether the genes responsible for frost tolerance in Wimmera Rose could be bred into chickpeas and faba beans, which are grown widely in the region.

Growers will be able to inspect the trial plots at the GIP field day on September 18."""),

("Eastern Cape Gazette", """Festival opens in Makhanda with sell-out shows and a nod to its history

The National Arts Festival opened in Makhanda on Thursday with sold-out performances in every major venue and a programme its organisers describe as the most ambitious in a decade.

More than 400 productions are on offer over eleven days, from classical music in the Guy Butler Theatre to experimental dance and stand-up comedy in church halls and school classrooms across the town.

⟦fragment:To celebrate half a century of the Fringe programme, which began in a handful of borrowed rooms.⟧ Organisers have commissioned an exhibition of posters and programmes from the 1970s and 1980s at the Albany History Museum.

The festival's artistic director said ⟦break:that. the programme⟧ this year had deliberately given more space to young theatre-makers from the Eastern Cape, many of whom had never performed at the festival before.

One of them, 23-year-old playwright Lutho Mqikela from Mthatha, premiered his drama about a family divided by a land claim to a full house at the Rhodes Box Theatre on Thursday night. The audience gave the cast a standing ovation.

"⟦foreign:Siyavuya kakhulu ukubona abantu abaninzi kangaka bezokubukela umdlalo wethu, ngakumbi abantu abavela emakhaya.⟧" Mqikela said afterwards, as cast members hugged their families in the foyer.

Local businesses say the festival remains the single most important event on the town's economic calendar. Guesthouses are fully booked, and many residents let out rooms in their own homes for the duration.

But the town's well-known infrastructure problems have not gone away. Water outages affected several suburbs during the week before the festival, and the municipality brought in tankers to supply venues and food stalls.

Festival chief executive Nosipho Gaba said organisers had worked closely with the municipality and with private donors to install backup water tanks at the main venues.

"Makhanda has hosted this festival through power cuts, water cuts and a pandemic," she said. "The artists keep coming back because the audiences here are like nowhere else in the country."

The festival runs until July 7. Tickets for many shows are still available online and at the box office in the Monument building."""),

("Hawke's Bay Sentinel", """Esk Valley residents on alert as heavy rain returns to Hawke's Bay

Residents of the Esk Valley have been told to be ready to leave at short notice after MetService issued an orange heavy rain warning for Hawke's Bay, the first significant rain event in the area since the winter.

Up to 150 millimetres is forecast to fall in the ranges north-west of Napier between Thursday afternoon and Friday evening, with peak rates of 20 to 25 millimetres an hour.

⟦glued:MetServicemeteorologist⟧ Lewis Ferris said the rain would be heaviest in the hills, but that showers would spread to the coast overnight. "It's not Gabrielle, and we don't want people to panic," he said. "But the ground is already quite wet in places, and rivers will rise quickly."

Hawke's Bay Civil Defence Emergency Management said it was monitoring the Esk, Tūtaekurī and Ngaruroro rivers closely, and that staff would be on duty through the night.

The group shared a short video message from its controller on social media on Wednesday evening.

⟦embed:View this post on Instagram

A post shared by Hawke's Bay Civil Defence (@hbcivildefence)⟧

Many Esk Valley families are still living in temporary accommodation more than a year after Cyclone Gabrielle destroyed homes and orchards across the region. Others have returned to repaired houses but say heavy rain warnings bring back painful memories.

"My kids ask me every time it rains whether we have to go to the marae again," said Bay View mother Anahera Tomoana. "I tell them the river has new stopbanks now, but to be honest, I'm nervous too."

⟦dup:2⟧

Rainfall totals at ⟦placeholder:undefined⟧ reached 142mm in the 24 hours to 9am on Friday, according to regional council data, though the rivers peaked below the levels of February 2023.

Hastings District Council said sandbags were available at depots in Hastings, Havelock North and Flaxmere, and urged people in low-lying areas to check on elderly neighbours.

Waka Kotahi said State Highway 5 between Napier and Taupō could close at short notice if slips occurred, and advised motorists to check road conditions before travelling."""),

("Pilbara Sun", """Port Hedland iron ore exports hit monthly record

⟦furniture:We use cookies to personalise content and analyse our traffic. By continuing to browse this site you agree to our use of cookies. [Accept all] [Manage settings]⟧

Iron ore shipments through Port Hedland reached a record 55.6 million tonnes in October, according to figures released by the Pilbara Ports Authority on Tuesday, as miners took advantage of calm weather and steady demand from Chinese steelmakers.

The total was 4.1 per cent higher than the same month last year and beat the previous monthly high set in March 2023. Exports to China made up about 85 per cent of the total, with most of the remainder bound for Japan, South Korea and Taiwan.

Shipping agents said ships had been queuing off the port for much of the month, with more than 40 bulk carriers at anchor on some days. Much of the ore was headed to mills in Tangshan and Shandong⟦stray:。⟧ Smaller volumes went to new steel plants in Vietnam and India.

The strong figures come despite a softening in the iron ore price, which has slipped from above $US130 a tonne early in the year to around $US105. Analysts say Chinese steel output has held up better than expected as infrastructure spending offsets the continuing slump in property construction.

Town of Port Hedland mayor Greg Linton said the record showed the town's importance to the national economy, and called on Canberra and Perth to invest more in housing and community facilities.

"Every tonne that goes out of this harbour helps pay for hospitals and schools in the eastern states," he said. "But our workers are still living in dongas and paying Sydney rents for a three-bedroom house in South Hedland. That has to change."

The Chamber of Minerals and Energy said the sector employed about 60,000 people in the Pilbara and remained the state's single largest source of royalty revenue.

Port authority chief executive Sam Delaney said the port had operated safely throughout the month, with no major incidents on the channel or at the berths. Work on a new tug harbour is expected to begin in the new year.

⟦disclaimer:Content in this section is supplied by a third-party newswire and republished automatically. The Pilbara Sun has not independently verified the figures or quotes.⟧"""),

("Karoo Courant", """Stock theft accused granted bail in Beaufort West

Two men accused of stealing more than 80 sheep from farms in the Nelspoort district have been granted bail of R5,000 each by the Beaufort West Magistrate's Court, despite objections from the State.

The men, aged 31 and 45, were arrested last month after police stopped a truck on the N1 near Three Sisters and found 23 sheep bearing the ear tags of a farm outside Nelspoort. Further investigation linked them to three other thefts in the area since February, the court heard.

The State argued that the accused were a flight risk because they had family in the Eastern Cape, and that releasing them could lead to interference with witnesses. ⟦fragment:Despite objections from the investigating officer, who said the community was angry.⟧

Magistrate Renske Booysen said the State had not presented enough evidence to show the men would abscond. ⟦break:She noted that both accused had no previous convictions and. That the older man owned⟧ a house in Beaufort West where he lived with his wife and three children.

"The court is aware of the serious impact of stock theft on farming communities in this district," she said. "But the presumption of innocence applies, and bail is not a form of punishment."

The accused were ordered to report to the Beaufort West police station three times a week and not to have any contact with State witnesses. The case was postponed to ⟦broken_paragraph:November 14 for further
investigation⟧, including DNA testing of the recovered animals.

⟦attribution:Stock theft had cost farmers in the Central Karoo millions of rand over the past year, said police spokesperson Captain Ruan Fani, Captain Fani said.⟧ He urged farmers to mark their animals clearly and report any losses immediately.

Organised agriculture in the region has called for stiffer sentences. Agri Western Cape said stock theft was often linked to organised syndicates supplying illegal butcheries in the cities, and that farmers felt abandoned by the justice system.

Farmer Pieter Basson, whose flock was among those targeted, said he was disappointed but not surprised by the outcome. "We see the same thing over and over," he said. "We do the work, the police do the work, and then the people are back on the street before the paperwork is finished."

The two men, who were supported in court by family members, declined to comment as they left."""),

("Oceania Press Service", """Samoa steps up vaccination drive as measles cases reported in region

APIA — Samoa's Ministry of Health has launched a nationwide vaccination campaign after measles cases were confirmed in several neighbouring countries, raising fears of a repeat of the 2019 epidemic that killed 83 people, most of them young children.

Nurses and village health committees will visit every district on Upolu and Savai'i over the next six weeks, offering the measles, mumps and rubella vaccine to children aged six months to five years and to any adult who cannot show proof of vaccination.

The ministry said coverage had improved dramatically since the ⟦glued:epidemic.The⟧ latest figures showed about 90 per cent of children had received their first dose, but that coverage for the second dose remained below target in some rural areas.

Director-General of Health ⟦placeholder:INSERT DG NAME + QUOTE HERE⟧ said the campaign was a precaution and that no cases had yet been detected in Samoa.

Village leaders have been asked to help encourage families to attend. At a meeting of matai in Apia on Monday, a senior chief from the Falealili district urged parents not to wait. "⟦foreign:O le soifua maloloina o a tatou fanau o le tiute lea o i tatou uma, ae le na o le Matagaluega.⟧"

The 2019 epidemic was one of the worst health disasters in Samoa's recent history. The government declared a state of emergency, closed schools and ordered a mass vaccination campaign, with houses that had unvaccinated residents asked to hang red flags outside.

Mothers who lost children that year have become some of the strongest advocates for vaccination. One of them, Fa'alogo Leaupepe of Vaitele, said she would accompany nurses on visits in her area. "I don't want any other mother to feel what I felt," she said.

The World Health Organization and UNICEF are supporting the campaign with cold-chain equipment and additional vaccine supplies delivered from Auckland last week.

Health officials in Tonga and American Samoa have also increased surveillance, and travellers arriving in Apia are being asked to check their vaccination status before departure."""),

("Waikato Clarion", """Magic hold off Stars in tense Claudelands thriller

The Waikato Bay of Plenty Magic have kept their playoff hopes alive with a 58-56 win over the Northern Stars in a nail-biting ANZ Premiership match at Claudelands Arena on Sunday.

The lead changed hands eleven times in the final quarter before Magic goal shoot Hana Tuilagi sealed the result with a long-range shot in the last thirty seconds.

⟦fragment:Shooting at 94 per cent from under the post and nearly as accurate from range.⟧ Tuilagi finished with 44 goals from 47 attempts and was named player of the match.

Magic coach Renee Hollis described the win as ⟦stray:"⟧massive for our confidence after a tough run of results. "We've been in these close games for three weeks and haven't got over the line," she said. "Today the girls held their nerve."

⟦dup:1⟧

Defensive pair Aroha Paki and Jess Vincent were outstanding at the back, combining for nine intercepts and forcing the Stars into a string of held-ball penalties in the third quarter.

The Stars, who had won their previous two matches, were left to rue a slow start. They trailed by seven at the first break and spent the rest of the afternoon chasing. Goal attack Mele Fifita kept them in touch with a series of clever feeds, but the Magic defence held firm in the crucial final minutes.

Highlights of the match were published by the league shortly after the final whistle.

⟦embed:Magic v Stars | Round 9 Highlights | ANZ Premiership 2024
▶ Watch on YouTube⟧

The crowd of more than 2,500 was the largest at Claudelands this season, helped by a school holiday promotion that offered free entry for children under twelve.

The Magic sit fourth on the table with three rounds remaining and face the table-topping Central Pulse in Wellington next Saturday. Hollis said her side would need to improve their second-phase attack if they were to trouble the defending champions.

"The Pulse will punish every loose ball," she said. "We know what we need to fix, and we've got a week to do it."

Stars captain Kate Redmond said her side would regroup. "We're disappointed, but there's a lot of netball left," she said."""),

("Riverina Chronicle", """Obituary: Margaret Doolan, Junee's first woman shire president

Margaret Ann Doolan, who became the first woman to lead Junee Shire Council and spent more than half a century campaigning for better health services in the town, has died at the age of 86.

Mrs Doolan died peacefully at the Junee Multi-Purpose Service on Sunday, surrounded by family. She is survived by her four children, eleven grandchildren and three great-grandchildren. Her husband, Kevin, a wheat and sheep farmer at Illabo, died in 2011.

Born Margaret Flanagan in Cootamundra in 1938, she trained as a nurse at Wagga Base Hospital before marrying and moving to ⟦glued:thelocal⟧ district in 1960. She worked part-time at the old Junee hospital while raising her children, and it was there, she later said, that her interest in public life began.

"I watched good nurses and doctors struggling with worn-out equipment and leaking roofs," she told this newspaper in a 2015 interview. "Somebody had to go to Sydney and make a fuss, and it turned out to be me."

She was elected to council in 1977 and ⟦break:became shire president. In 1984⟧, a role she held for six years. Former colleagues remember her as fiercely prepared, always reading every page of the business paper and never afraid to disagree with the state government of the day.

Her proudest achievement was the campaign that led to the construction of the Junee Multi-Purpose Service, which opened in 1998 and combined acute beds, aged care and community health under one roof.

⟦furniture:Related stories
• Junee celebrates 140 years of the railway roundhouse
• Council honours long-serving volunteers at Australia Day awards
• Illabo hall reopens after storm repairs⟧

Outside council, she was a long-serving member of the Country Women's Association, a netball umpire, and a regular reader at St Joseph's Catholic Church. She was awarded the Medal of the Order of Australia in 2002 for service to local government and rural health.

Her daughter, Anne Murphy, said her mother never lost interest in the town. "Even last month she was asking me who was standing for council and what they thought about the pool," she said.

A requiem mass will be held at St Joseph's on Friday at 11am, followed by burial at Junee Lawn Cemetery.

⟦disclaimer:This obituary was received via an automated syndication feed from a partner masthead and may not have been edited to our usual standards.⟧"""),

("Durban Coastal Post", """Chatsworth residents march on city hall over week-long water cuts

Hundreds of residents from Chatsworth and surrounding suburbs marched to the eThekwini Municipality's offices in central Durban on Thursday, demanding answers after some homes went without running water for eight consecutive days.

Protesters carried empty buckets and placards reading "No water, no vote" as they walked along Anton Lembede Street, escorted by metro police. The march was peaceful, and a memorandum was handed to a representative of the mayor's office.

⟦attribution:"We are sick and tired of carrying water from the tanker in the heat," said resident Nomvula Dlamini, 54, she said.⟧ "My mother is 80 and she cannot lift a bucket. Who is supposed to help her?"

The municipality blamed the outages on a series of burst bulk pipelines feeding the Chatsworth reservoirs, as well as vandalism at a pump station and ageing infrastructure that has not been upgraded since the 1980s.

Ward ⟦placeholder:null⟧ councillor Sibusiso Mkhize said he had raised the problem at every council meeting since March. "Our people are being told to be patient," he said. "They have been patient for years."

Among the placards, one hand-painted sign asked ⟦stray:¿⟧How long must we wait? in large red letters, and several marchers chanted the names of suburbs that had gone without water for more than a week.

The city's head of water and sanitation said crews had been working around the clock and that supply would be restored to most affected areas by the weekend. He said a R1.2 billion programme to replace old pipelines in the southern suburbs would begin in the next financial year.

But residents said they had heard similar promises before. Community leader Pravesh Naidoo, who helped organise the march, said residents would return to city hall every week until the problem was fixed. "We will come with more people next time, and we will bring our children, because they are the ones missing school to fetch water," he said.

Water tankers have been deployed to Chatsworth, Bayview and Westcliff, but residents say they often arrive late at night or not at all. The municipality has asked people to report leaks and burst pipes through its call centre.

The memorandum gives the city fourteen days to respond."""),

("South Pacific Wire", """Nouméa curfew eased as New Caledonia tensions begin to cool

NOUMÉA — French authorities in New Caledonia have shortened the nightly curfew in Nouméa by two hours, saying the security situation in the territory's capital has improved after weeks of unrest over proposed changes to voting rules.

The curfew will now run from 8pm to 5am, the office of the French High Commission said on Monday. Shops, pharmacies and petrol stations in most suburbs have reopened, though roadblocks remain on several routes into the city and the international airport at La Tontouta is operating a reduced schedule.

⟦fragment:Following more than a month of barricades, burned businesses and nightly clashes in the northern suburbs.⟧ Residents said the easing was a sign that life was slowly returning to normal.

The unrest began in May after the French parliament debated a constitutional amendment that would have allowed more recent arrivals to vote in provincial elections. Pro-independence Kanak groups said the change would dilute the indigenous vote and ⟦broken_paragraph:undermine the Nouméa

Accord⟧, the 1998 agreement that set out a path towards greater autonomy.

The High Commission posted the new curfew hours on its official page late on Sunday.

⟦embed:Haut-commissariat de la République en Nouvelle-Calédonie
Posted Sunday at 21:47 · 🌐
Couvre-feu : nouveaux horaires à compter du lundi. Plus d'informations sur notre site.
👍 1.2K   💬 348   ↗ 211 shares⟧

At a market in the suburb of Rivière-Salée, vendor Marie-Claude Wamytan said customers were coming back but many people were still afraid to travel at night. Speaking about the wider political situation, she said: "⟦foreign:Nous voulons simplement que la voix du peuple kanak soit entendue, sans violence et sans mépris.⟧"

Several people have died during the unrest, and businesses estimate the damage at more than one billion euros. Thousands of jobs have been lost as factories, supermarkets and car dealerships were looted or set alight.

Pacific Islands Forum leaders have offered to help facilitate dialogue between Paris and the territory's political parties, and a delegation is expected to visit in the coming weeks.

Australian and New Zealand citizens who were stranded during the worst of the violence were evacuated on military flights in late May. Both governments continue to advise travellers to reconsider the need to travel to New Caledonia."""),
]
