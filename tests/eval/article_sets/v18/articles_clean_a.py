ARTICLES = [
("Straits Morning Bulletin", """Second-hand iPhone trade booms as buyers balk at new-model prices

SINGAPORE — Three weeks after Apple's latest iPhone went on sale, the busiest counters at Sim Lim Square are not selling the new model. They are buying the old ones.

Dealers at the IT mall say trade-ins of the iPhone 13 and iPhone 14 have risen sharply, with many customers choosing to sell their old handsets and buy a refurbished model one or two generations newer rather than pay full price for the newest release.

"Last year, maybe 30 per cent of my business was used phones. Now it's more than half," said Mr Jason Koh, who has run a phone shop on the mall's third floor since 2009. "People still want an iPhone. They just don't want to pay S$1,900 for it."

Online marketplaces tell a similar story. Listings for used iPhones on Carousell rose about 40 per cent in the third quarter compared with the same period last year, according to the platform. On eBay, sellers in Singapore have found buyers as far away as Australia and the U.K. for lightly used Pro models.

Refurbishers such as Reebelo and local start-up PhoneKaki grade devices by condition, e.g. "Excellent", "Good" or "Fair", and offer warranties of six to 12 months. PhoneKaki co-founder Ms Nadia Rahman said battery health was the first thing customers asked about.

"Anything below 85 per cent, they walk away. So we replace a lot of batteries," she said.

Analysts say the trend reflects longer upgrade cycles across the industry. Samsung, Google and Apple Inc. all now promise software updates for five years or more, which makes older phones more useful for longer.

Buyers should check a few things before paying, dealers say:

1. Confirm the phone is not locked to another Apple ID.
2. Check the IMEI number against the box and the settings menu.
3. Look at battery health under Settings, then Battery.
4. Ask whether any parts, such as the screen, have been replaced.

For Mr Koh, the shift has been good for business, if not for his sleep. "iPhone launch week used to be one crazy week a year," he said. "Now every week is a little bit crazy."""),

("Bayside Chronicle", """Selectmen approve harbor dredging contract, delay decision on parking kiosks

Correction: An earlier version of this story misstated the cost of the dredging contract. It is $1.84 million, not $1.48 million. The Chronicle regrets the error.

BAYSIDE — The Board of Selectmen on Tuesday unanimously approved a $1.84 million contract to dredge the inner harbor channel, a project harbormaster Luis Medeiros called "long overdue."

Medeiros told the board that sediment had built up so much since the last dredging in 2009 that some commercial boats could only leave the harbor at mid to high tide. "We have boats sitting at the dock waiting for water. That's money lost every day," he said.

The contract was awarded to Atlantic Marine Works Inc. of New Bedford, the lowest of three bidders. Work is expected to begin in November and be finished before the spring fishing season. About 60% of the cost will be covered by a state Seaport Economic Council grant.

Selectwoman Maria Santos asked where the dredged material would go. Medeiros said clean sand would be used to replenish Town Beach, while material that fails testing would be trucked to an approved disposal site.

The board put off a vote on replacing the town's coin-operated parking meters on Harbor Street with pay-by-phone kiosks. Several business owners said older customers had trouble using smartphone apps.

"My customers are 70, 80 years old. Some of them don't have a cell phone, and the ones who do don't want to download anything," said Anne Costa, who owns Costa's Hardware.

Selectman Frank Duarte said the kiosks would accept cash and cards as well as the app. Chair Tom Keegan asked town staff to bring back a proposal that keeps some coin meters in place for at least a year.

In other business, the board:

- Appointed Janet Rowe to the Conservation Commission.
- Approved a one-day liquor license for the Bayside Historical Society's fall gala on Oct. 19.
- Set the annual leaf and brush drop-off days for Nov. 2 and Nov. 9 at the transfer station.

The board next meets Oct. 22 at 7 p.m. at Town Hall."""),

("Prairie Signal", """Q&A: Skip Dana Kowalski on her rink's road to the Scotties

Dana Kowalski's rink from Moose Jaw won the provincial women's curling championship last weekend, beating three-time champion Tracy Lindsay 7-6 in an extra end. It is Kowalski's first trip to the Scotties Tournament of Hearts. The Prairie Signal caught up with her at the Moose Jaw Curling Centre. The conversation has been edited for length.

Q: Has it sunk in yet?

A: Not really. I keep looking at the jacket and thinking it belongs to somebody else. My phone has not stopped. My Grade 4 teacher sent me a text. I don't even know how she got my number.

Q: Take us back to the last shot in the extra end.

A: We were lying one, and Tracy had hammer. She had a pretty makeable double to win it. I was standing at the back of the house thinking, OK, she's made that shot a hundred times. She rubbed the guard by about an inch. That's curling. That's the whole game right there, an inch.

Q: Your team is a mix of ages. How does that work?

A: Our lead, Jess, is 22 and still in university. Our second, Marlene, is 51 and has a grandson. I'm in the middle. Jess keeps us modern, Marlene keeps us calm. On the ice, nobody cares how old you are. You sweep or you don't.

Q: How do you balance this with work?

A: Badly! I'm a nurse at the hospital, and my manager has been a saint about scheduling. We practise at 6 a.m. three days a week. We're not a full-time team. We're a team with full-time jobs.

Q: What are your goals for the Scotties?

A: Win a game. Then win another one. I know how that sounds, but it's true. We're going to play teams we've watched on TV. I want us to walk in there and belong.

Q: Anything you want to say to the folks back home?

A: Thank you. The club held a pancake breakfast to help with our travel costs and 300 people came. Three hundred! In February! That's Moose Jaw.

The Scotties begin Feb. 14. Kowalski's rink opens against Nova Scotia."""),

("Karoo Courier", """Beaufort West learners sweep choir section at regional eisteddfod

BEAUFORT WEST — The choir from Hoërskool Sentraal returned home on Sunday with four gold diplomas and the trophy for best overall choir at the Central Karoo regional eisteddfod in Oudtshoorn, the school's best result in more than a decade.

The 46-member choir competed in the sacred, traditional, Afrikaans art song and open categories against 19 schools from across the southern Cape and the Karoo.

Conductor Riana Fourie said the learners had rehearsed three afternoons a week since February, often in a classroom because the school hall was being repaired.

"Ons het nie 'n saal gehad nie, maar ons het mekaar gehad," she said. ("We didn't have a hall, but we had each other.")

The adjudicators singled out the choir's performance of a traditional isiXhosa song, arranged by one of the school's own Grade 11 learners, Lwazi Mbete. The panel described the arrangement as "mature, surprising and full of joy."

Mbete, 17, said he had written it on his grandmother's old keyboard over the December holidays. "I wanted the basses to carry the rhythm the way my grandfather's church did. When we sang it in Oudtshoorn, I saw people in the audience crying," he said.

Principal Jan Smit said the result would mean a great deal to a town that has faced difficult years. Beaufort West has struggled with drought, water shortages and high unemployment.

"People here need good news. On Sunday they got some," he said.

The choir was welcomed back with a motorcade through Donkin Street, and learners sang for shoppers outside the post office before heading back to school.

Two of the choir's soloists, soprano Chantelle Adams and tenor Ruben Jacobs, have been invited to the national eisteddfod in Pretoria in September. The school is raising funds for their travel and accommodation, and parents have started a weekly cake sale at the school gate.

Fourie said the choir would perform a thank-you concert for the community at the Dutch Reformed Church on 28 June. Entry will be free."""),

("Millbrook Gazette", """Police log: Stolen mower, loose cattle and a very persistent raccoon

The following incidents were reported to the Millbrook Police Department between Sept. 2 and Sept. 8. Names of people charged are published; arrests are not convictions.

1. Sept. 2, 7:14 a.m., 400 block of Elm St. A resident reported that a riding lawn mower, a John Deere E120, was taken from an unlocked shed overnight. No suspects.

2. Sept. 2, 4:45 p.m., Route 9 at Hollow Road. An officer assisted the county sheriff's office with six head of cattle on the roadway. The owner was located and the cattle were returned to pasture.

3. Sept. 3, 11:30 p.m., No. 12 Birch Lane. A caller reported loud music from a neighboring residence. The officer spoke with the occupants, who agreed to turn it down.

4. Sept. 4, 2:10 p.m., Main St. at Second St. Two-vehicle crash with minor injuries. One driver, Kevin R. Olsen, 34, of Ridgeway, was cited for failure to yield.

5. Sept. 5, 9:02 a.m., Millbrook Public Library. Staff reported a raccoon in the book drop. Animal control removed the raccoon, which was unharmed.

6. Sept. 5, 9:40 a.m., Millbrook Public Library. Staff reported a raccoon in the book drop. Animal control confirmed it was the same raccoon and relocated it farther from town.

7. Sept. 6, 1:15 a.m., Casey's General Store, Route 9. A clerk reported a man who left without paying for $48 in fuel. The license plate was recorded and the case was referred to investigators.

8. Sept. 7, 6:30 p.m., Riverside Park. Officers responded to a report of juveniles setting off fireworks near the pavilion. The group had left when officers arrived.

9. Sept. 8, 10:20 a.m., 200 block of Third St. A resident reported receiving a phone call from someone claiming to be from the IRS and demanding payment in gift cards. The resident did not pay. Police remind residents that government agencies do not request payment by gift card, wire transfer or cryptocurrency.

10. Sept. 8, 8:05 p.m., Millbrook High School. An officer provided traffic control for the varsity football game. No incidents were reported.

Police Chief Angela Ruiz said the department responded to 61 calls for service during the week, including 14 traffic stops and nine medical assists.

Residents with information about the mower theft are asked to call the department's non-emergency line."""),

("Halifax Harbour Post", """Column: The Mooseheads didn't lose on Saturday. They were beaten.

There is a difference. It matters.

The Halifax Mooseheads lost 5-1 to the Rimouski Océanic at the Scotiabank Centre on Saturday night. The score was fair. If anything, it was kind.

Rimouski was faster. Rimouski was heavier. Rimouski wanted the puck more, and when Rimouski had it, Rimouski knew what to do with it.

Halifax did not.

I've covered this team for 14 seasons. I have seen bad nights. This was not a bad night. A bad night is when the bounces go the other way and the goalie lets in a soft one and everybody shrugs and gets on the bus. Saturday was something else. Saturday was a measurement.

And the Mooseheads came up short.

Start with the first period. Halifax was outshot 17-4. Four. The Mooseheads did not register a shot on goal until the 11:48 mark, and it was a wrist shot from the blue line that the Rimouski goalie could have caught in his teeth.

Then the second. Two power plays. Zero shots on either one. Zero.

Coach Jim Midgley did not hide from it afterwards. "They were better than us in every area. Every area," he said. "We have to be honest about that, and then we have to go to work."

Good. Honesty is a start.

Here is what I know about this group. They are young. They are talented. Eight of them are 17 or younger. Young teams get measured, and young teams learn from it, or they don't.

The good news? The season is 68 games long, and this was game 23. There is time.

The bad news? Rimouski comes back to town in three weeks.

Circle the date. Then watch what happens in the first five minutes. That will tell you whether Saturday was a lesson, or a preview.

The Mooseheads play in Charlottetown on Tuesday and return home to face Saint John on Friday."""),

("Lion City Digest", """Volunteers' #KampongKindness campaign delivers 10,000 meals to seniors

SINGAPORE — What began as a single Instagram post from a Bukit Merah resident has turned into a volunteer network that delivered more than 10,000 meals to elderly people living alone in the past six months.

Ms Farah Aziz, 29, a pharmacist, started the #KampongKindness hashtag in January after noticing that her elderly neighbour had not left his flat for several days during a spell of heavy rain. She cooked him a pot of chicken porridge, and then posted a photo asking whether anyone else in the block wanted to help.

"I thought maybe five people would reply. By the next morning there were more than 200 messages," she said.

The campaign, which now runs through the Instagram account @kampongkindness.sg and a Telegram group of about 1,800 members, matches volunteers who cook or buy food with seniors identified by residents' committees and social service agencies in Bukit Merah, Queenstown and Toa Payoh.

Volunteers drop off meals three times a week and are encouraged to stay for a chat. Many of the seniors they visit live in one-room rental flats.

Mr Tan Ah Huat, 81, a retired lorry driver, said he looked forward to the visits. "The food is good, but the talking is better. Sometimes I don't speak to anybody for two, three days," he said.

The campaign has drawn support from hawkers, several of whom donate unsold food at the end of the day, and from Member of Parliament Dr Ling Mei Hua, who shared a post with the hashtag #KampongKindness and the tagline "Neighbours first".

On TikTok, a video of a secondary school student teaching an elderly woman to make a video call has been viewed more than 400,000 times. Ms Farah said such moments were what the campaign was really about.

"It's not only about the meals. It's about somebody knowing you're OK," she said.

The group is now working with the Agency for Integrated Care to train volunteers to spot signs of dementia and depression. It hopes to expand to Ang Mo Kio and Bedok by the end of the year.

Residents who wish to volunteer can find details on the campaign's Instagram page or email the organisers."""),

("Gauteng Pulse", """Inverter maker recalls 4,200 units over battery overheating risk

JOHANNESBURG — Solar equipment supplier VoltHaven has recalled about 4,200 home inverters sold in South Africa after reports that a faulty battery management component could cause some units to overheat.

The recall covers the VoltHaven HX-5000i and HX-5000i Plus hybrid inverters with serial numbers beginning VH23A through VH23F, sold between March and October 2023. Units sold before or after those dates are not affected, the company said.

The National Consumer Commission (NCC) said it had received 11 complaints related to the models, including two in which an inverter caught fire in a garage. No injuries were reported.

"Safety comes first. Even a small number of incidents is too many," said VoltHaven chief executive Themba Nkosi. "We are asking every customer with an affected unit to contact us so that we can replace the board free of charge."

Demand for inverters and lithium batteries surged in South Africa during the worst years of load-shedding, as households and small businesses rushed to secure backup power. Industry groups have warned that the rapid growth brought a wave of poorly installed systems and cheaper imported equipment.

The NCC said consumers should check the label on the side of their inverter for the model number and serial number. Customers with an affected unit should:

- Switch the inverter to bypass mode and disconnect the battery, following the steps in the user manual.
- Not attempt to open the unit or repair it themselves.
- Contact VoltHaven on its toll-free line or through the recall page on its website.

Electrician and installer Lerato Molefe, who runs a small solar business in Soweto, said she had already heard from worried clients. "People spent R60,000, R80,000 on these systems. They are scared. The company needs to move fast," she said.

VoltHaven said technicians would visit homes to replace the affected board, a process that takes about an hour. The company expects to complete all replacements within 10 weeks.

The NCC's acting commissioner, Dr Nomsa Dlamini, said the regulator would monitor the recall's progress and urged other suppliers to report safety issues promptly under the Consumer Protection Act."""),

("Cedar County Tribune", """Walt Harnish, 79, Oak Hollow's songwriter of the prairie

OAK HOLLOW — Walt Harnish, who wrote more than 200 songs about wheat, weather and the small towns of Cedar County, and who played the Oak Hollow Fourth of July picnic every year for half a century, died Tuesday at Cedar County Memorial Hospital. He was 79.

Harnish farmed wheat and milo on the family place south of town for most of his life, writing songs in the cab of his combine and on the back of feed-store receipts. He never signed a record deal. He did not seem to mind.

His best-known song, "Cedar County Line," was recorded by a Nashville singer in 1988 and spent a few weeks on the country charts. Locals still sing the chorus at ball games:

Oh the wheat is gold and the sky is wide,
And the river runs slow on the Kansas side,
And I'll be home when the harvest's done,
On the Cedar County line.

"He wrote the way people here talk. Nothing fancy. That's why it stuck," said his longtime friend and bass player, Gene Voss. "You'd hear a song once and you'd feel like you already knew it."

Harnish was born in 1945 in the farmhouse where he later raised his own children. He served in the U.S. Army in Germany from 1965 to 1967 and learned guitar from a fellow soldier from Tennessee.

He and his wife, Carol, married in 1968. She died in 2017. Friends said the songs he wrote after her death were among his best. One, "Kitchen Light," ends:

I leave the kitchen light on still,
In case you're coming down the hill.

He is survived by two sons, Dale and Martin, both of Oak Hollow; a daughter, Susan Harnish Ruiz, of Wichita; eight grandchildren; and a sister, Ruth.

Services will be held Saturday at 2 p.m. at First Methodist Church in Oak Hollow. The family asked that anyone who brings a guitar leave it in the case until the reception, where, his son Dale said, "Dad would want everybody to play."

Memorials may be made to the Oak Hollow Public Library's music program."""),

("Fraser Valley Ledger", """From the archives: What the Ledger was reporting in the spring of 1975

Every month, the Ledger digs into its bound volumes at the Reach Gallery Museum archives to see what was making news in the valley 50 years ago. Here is some of what we found from April and May 1975.

TOWNSHIP SAYS NO TO SHOPPING MALL ON FAIR GROUNDS

That was the front-page headline on April 9, 1975, after council voted 4-3 against a proposal to build an enclosed shopping centre on part of the old fairgrounds. Reeve Arnold Penner told the Ledger that "the fair belongs to the farmers, not to the developers." A mall was eventually built three kilometres away in 1981.

FLOOD WATCH ON THE FRASER AS SNOWPACK HITS RECORD

Heavy snow in the interior raised fears of a repeat of the 1948 flood. The Ledger reported that residents of the Matsqui flats were filling sandbags by the thousand. In the end, a cool May brought the river up slowly, and the dikes held.

LOCAL GIRL, 14, WINS PROVINCIAL SPELLING BEE

Lorraine Tamboline of Clearbrook won the B.C. spelling championship in Victoria by correctly spelling "chrysanthemum" in the final round. She told the Ledger she had practised "every night at the kitchen table with my dad and a dictionary." Reached this month, Tamboline, now a retired teacher living in Kelowna, said she could still spell it. She did, without hesitating.

BERRY GROWERS WORRY ABOUT LABOUR SHORTAGE

Fifty years later, some headlines barely change. In May 1975, growers told the Ledger they could not find enough pickers for the strawberry season and asked Ottawa for help. Growers say much the same today.

PRICE OF COFFEE AT VALLEY CAFÉ RISES TO 25 CENTS

An outraged letter to the editor on May 21 complained that the Valley Café on Essendene Avenue had raised the price of a cup of coffee from 20 to 25 cents. "At this rate," the writer warned, "a cup of coffee will one day cost a dollar." The café closed in 1992.

Have a memory of any of these stories? The Ledger would like to hear from you. Write to us at our Essendene Avenue office, or drop by on a weekday morning. The coffee is free."""),

("Durban Daily Wire", """U.S. tariff decision leaves KZN citrus and auto exporters in limbo

DURBAN — Exporters in KwaZulu-Natal say they are struggling to plan for the coming season after Washington announced it would review South Africa's eligibility for duty-free access to the U.S. market.

WASHINGTON, D.C. — In a statement issued on Tuesday, the Office of the U.S. Trade Representative said it would hold hearings over the next 60 days on whether South Africa continues to meet the criteria of the African Growth and Opportunity Act (AGOA), the trade law that allows thousands of products from eligible African countries to enter the U.S. without tariffs.

DURBAN — The announcement was met with concern at the Port of Durban, the country's busiest container terminal, where citrus, vehicles, chemicals and processed food bound for American ports are loaded every week.

The Citrus Growers' Association estimates that about 10% of South Africa's citrus exports go to the U.S., most of it shipped from Durban and Cape Town. Chief executive Dr. Mariam Khumalo said growers had already picked and packed fruit based on last year's rules.

"If the duty changes halfway through a season, that is fruit on a ship with a price nobody agreed to," she said.

Vehicle manufacturers are also watching closely. The Automotive Business Council said cars made in South Africa and shipped to the U.S. were worth about R35 billion last year.

Trade, Industry and Competition officials said the government would make a submission to the hearings and was confident that South Africa met the law's requirements. A delegation is expected to travel to Washington next month.

Economist Sibusiso Mthethwa of the University of KwaZulu-Natal said losing AGOA would not be catastrophic for the national economy but would hit specific industries and regions hard. "For a citrus farm in the Sundays River Valley or a component supplier in Pinetown, it's not an abstract number. It's jobs," he said.

AGOA was renewed by the U.S. Congress in 2015 for 10 years. Its future beyond 2025 has been the subject of debate in Washington, where some lawmakers have called for tighter conditions on participating countries.

The USTR said a final decision would be announced before the end of the year."""),

("Straits Morning Bulletin", """Exhibition traces 200 years of Singapore's shophouses through photos and floor plans

SINGAPORE — A new exhibition at the National Library traces the history of the Singapore shophouse, from the simple two-storey buildings of the 1840s to the ornate Peranakan-style terraces of the early 20th century and the conserved streets of today.

"Five-Foot Way: Shophouses of Singapore" runs until March 30 and features more than 300 photographs, original architectural drawings and objects donated by families who lived and worked in the buildings.

Curator Dr Lim Siew Ping said the exhibition was built around the idea of the shophouse as both a home and a place of work. "For most of the 19th and 20th centuries, you could not separate family life from business life in these buildings. The children did their homework next to the account books," she said.

Photo: A tailor at work in the front room of a shophouse on Telok Ayer Street, circa 1955. The image is one of more than 300 on display. (National Archives of Singapore)

One section focuses on the five-foot way, the covered walkway in front of each shophouse, which was required by town plans drawn up in the 1820s. Visitors can walk through a full-size reconstruction of a section of shophouse frontage, complete with timber shutters and hand-painted signboards.

Photo: Visitors examine architectural drawings for a row of shophouses on Emerald Hill Road, submitted to the municipal authorities in 1902. (Straits Morning Bulletin/Ryan Chua)

Another room looks at the decades after independence, when many shophouses were demolished for redevelopment, and at the conservation movement that began in the 1980s. More than 6,500 shophouses have since been gazetted for conservation by the Urban Redevelopment Authority.

Former resident Mr Goh Kian Seng, 78, who grew up above his father's provision shop on Joo Chiat Road, donated the shop's wooden abacus and a tin of handwritten receipts. "When I walk past the building now, it is a cafe. But I still know which window was mine," he said.

Photo: Mr Goh Kian Seng, 78, with the abacus used in his father's shop on Joo Chiat Road. (Straits Morning Bulletin/Ryan Chua)

Entry to the exhibition is free. Guided tours in English and Mandarin are held on Saturdays at 2pm."""),

("Bayside Chronicle", """Hurricane season: What Bayside residents should do now

BAYSIDE — Forecasters are predicting an above-normal Atlantic hurricane season, and Bayside's emergency management director says now, before any storm is on the map, is the time for residents to get ready.

"Nobody wants to be at the hardware store at 6 p.m. the night before landfall looking for batteries," said Director Carla Nunes. "The calm days are the days to prepare."

The National Oceanic and Atmospheric Administration (NOAA) expects 17 to 24 named storms this season, which runs from June 1 through Nov. 30. Southern New England is hit directly only every few years, but tropical storms and their remnants regularly bring flooding and power outages.

Nunes recommends every household put together a basic kit. At a minimum, it should include:

- One gallon of water per person per day, for at least three days.
- A three-day supply of non-perishable food, plus a manual can opener.
- Flashlights, a battery-powered or hand-crank radio and extra batteries.
- A seven-day supply of prescription medications.
- Copies of important documents, such as insurance policies and IDs, in a waterproof bag.
- Food, water and any medications for pets.

Residents should also know whether they live in an evacuation zone. About 1,100 homes in Bayside, mostly along Cove Road, Harbor Street and the Point neighborhood, are in Zone A, the first to be evacuated in a major storm. A map is available at Town Hall and on the town's website.

"If you're in Zone A and we tell you to go, please go," Nunes said. "Our firefighters can't get to you once the water's over the road."

Residents who use electric medical equipment or need help evacuating can sign up for the town's special needs registry by calling the emergency management office.

The town's emergency shelter is at Bayside High School. Pets are allowed if they are in a carrier or crate.

Nunes also urged boat owners to have a plan to haul out or double up lines well before a storm arrives. Harbormaster Luis Medeiros said the town would post updates on harbor conditions on the town's Facebook page and on Channel 16.

The town will hold a free preparedness workshop on June 12 at 6:30 p.m. at the public library."""),
]
