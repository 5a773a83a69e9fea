# Clean look-alike articles, part B (C14-C25). No damage.
ARTICLES = [
("Cascadia Ledger", """#SaveTheSoundRunner: Vashon ferry riders take their fight online

VASHON, Wash. — The sign at the Tahlequah ferry dock says "Vashon-Point Defiance." The hashtag on Instagram says #SaveTheSoundRunner. The two are about the same boat.

Island residents have been organizing online for three weeks against a Washington State Ferries plan to move the vessel Sound Runner from the Point Defiance route to a larger route in the San Juan Islands and replace it with a smaller, older boat during the summer.

The campaign's account, @VashonFerryVoices, has about 4,100 followers and has posted photos of car lines stretching up the hill from the Tahlequah terminal, sometimes with hour-long waits. Supporters have flooded the ferry system's comment page and tagged state legislators in posts on X and Facebook.

Photo caption: Cars wait to board at the Tahlequah terminal on Vashon Island on a Sunday afternoon in June. (Cascadia Ledger / Maya Oyelaran)

"It started as a group text," said organizer Beth Carrasco, a nurse who commutes to Tacoma. "Then it was a Facebook group. Now I'm on the phone with a senator's office every other day."

WSF spokesperson Ian Moffett said the agency had to make hard choices with a fleet that has lost several boats to age and breakdowns. "We understand Vashon's frustration. Every community we serve is frustrated right now," he said. "There is no extra boat."

State Rep. Lorena Vidal, D-Tacoma, said she had asked the agency to consider splitting the summer between routes. "I've been tagged in about a thousand posts. I got the message," she said.

The replacement vessel carries 34 cars, compared with 54 on the Sound Runner. The ferry system estimates it would leave an average of 60 to 80 cars behind per sailing on summer weekends.

Island businesses say the change would hurt tourism. Vashon Chamber of Commerce director Pete Yamashiro said weekend visitors make up about a third of summer revenue for island restaurants and shops.

Photo caption: Beth Carrasco, left, and neighbor Arturo Flores hand out #SaveTheSoundRunner buttons at the Vashon Farmers Market on Saturday. (Cascadia Ledger / Maya Oyelaran)

WSF will hold an online public meeting on its summer schedule next Thursday at 6 p.m. The agency said a decision would be announced by the end of the month."""),

("Tidewater Sports Desk", """Sounders Academy edges Whitecaps Reserve 2-1 in U-19 final

STARFIRE, Wash. — Three goals in 11 minutes. Two of them for the home side. That was the story of Sunday's MLS NEXT U-19 Northwest final at Starfire Sports.

Sounders Academy beat Whitecaps FC Reserve 2-1, scoring twice in the second half after falling behind, to win the regional title and a spot in the national playoffs in Frisco, Texas.

Whitecaps forward Teo Mbeki opened the scoring in the 58th minute, curling a shot past Sounders keeper Aiden O'Rourke from the edge of the box. Sounders midfielder Santiago Ruiz-Toledo equalized in the 63rd, and substitute Kaito Brennan headed in the winner in the 69th off a corner.

"We were flat in the first half. I told them that. They knew it," said Sounders Academy coach Marc Delacroix. "The second half, that's who we are."

Brennan, a 17-year-old from Renton, had been on the field for four minutes. "I just attacked the ball," he said. "Honestly, I closed my eyes a little."

Whitecaps coach Rhona McLeish said her team had controlled the game for an hour. "We did everything but finish," she said. "Credit to them. They took their moment."

Final standings, Northwest Division:

Sounders Academy — 11 W, 2 D, 3 L, 35 pts
Whitecaps FC Reserve — 10 W, 4 D, 2 L, 34 pts
Timbers Academy — 8 W, 3 D, 5 L, 27 pts
Spokane Shadow — 4 W, 3 D, 9 L, 15 pts
Boise Tempo — 2 W, 2 D, 12 L, 8 pts

O'Rourke made six saves, including a diving stop on a Whitecaps free kick in stoppage time. Ruiz-Toledo, who has committed to play at UCLA, was named player of the match.

Several Sounders Academy players have signed with the club's USL team, Tacoma Defiance, and two have trained with the first team this season.

The national playoffs begin June 14. The Sounders Academy won the U-19 national title in 2022 and reached the semifinals last year."""),

("Salish Coast Business Journal", """Five questions for the founder of a Bellingham app startup

BELLINGHAM, Wash. — Nadia Kowalczyk built TideTable, an app that tells recreational boaters, kayakers and beachcombers when and where it's safe to go, out of a spare bedroom in 2021. It now has 210,000 monthly users and 11 employees, and last month closed a $4.5 million seed round. We asked her five questions.

1. Where did the idea come from?

I almost got stranded on a sandbar in Chuckanut Bay. I had three tide apps on my iPhone and none of them told me what I needed to know, which was: can I get back?

2. Who pays for it?

Users pay $2.99 a month for the premium version. About 9 percent do. We also license data to a couple of kayak rental companies and a harbor in the San Juans.

3. Why stay in Bellingham?

The water is right there. I can test a feature at lunch. Also, my whole team would quit if I moved to San Francisco.

4. What's the hardest part?

Hiring engineers who can do both mobile and data work. We've posted on LinkedIn and at Western Washington University, and we've hired two interns straight out of WWU's computer science program.

5. What's next?

Android had been an afterthought. Not anymore. We're rebuilding the Android app from scratch this summer, and we're adding British Columbia and Alaska data. After that, maybe the East Coast.

The seed round was led by Seattle-based Puget Ventures, with participation from angel investors including a former Microsoft executive and the founder of a Bellingham outdoor gear company. Puget Ventures partner Dave Oyelowo said the firm was drawn to TideTable's loyal user base. "People open this app three or four times a day in summer. That's rare," he said.

TideTable's YouTube channel, which posts short videos about tide safety, has about 40,000 subscribers. Kowalczyk said the company planned to work with the U.S. Coast Guard Auxiliary on a boating safety series.

The company plans to hire six more people by the end of the year."""),

("Cascadia Ledger", """Explainer: What the new wildfire smoke rules mean for outdoor workers

YAKIMA, Wash. — Wildfire season is here, and so are Washington's permanent rules protecting outdoor workers from smoke. Here is what employers and workers need to know.

What triggers the rules?

The Air Quality Index for fine particles, known as PM2.5. When it reaches 69, employers must start taking steps. At higher levels, the requirements get stricter.

Who is covered?

Most workers who spend more than an hour a shift outdoors. Farmworkers, roofers, road crews, landscapers, delivery drivers. Not office workers, and not people in enclosed vehicles with filtered air.

What must employers do?

- Track air quality through the state's monitoring network or a local sensor.
- Train workers on the health effects of smoke.
- At an AQI of 69, make N95 respirators available.
- At 101, encourage respirator use and consider moving work indoors or rescheduling it.
- At 555, require respirators with a fit test and a medical evaluation, or stop outdoor work.

Is it enforced?

Yes. The state Department of Labor and Industries (L&I) said it issued 23 citations last summer. Fines ranged from a few hundred dollars to $8,400.

What do workers say?

"Last year, two days in August, the smoke was so thick you couldn't see the end of the row," said orchard worker Rosa Hernández of Wapato. "The company gave out masks. That was new."

What do growers say?

Washington State Tree Fruit Association policy director Jim Kell said most growers already followed the rules. "The hard part is the harvest window. Apples don't wait for the air to clear," he said.

Are they working?

Too early to say. L&I said it would publish a review of the first two seasons next spring.

Where can I check the air?

The state Department of Ecology's air monitoring map, updated hourly, and the federal AirNow website. Many counties post alerts on social media as well.

Farmworker advocacy group Familias Unidas por la Justicia said it would run free training sessions in English, Spanish and Mixteco in Yakima, Sunnyside and Wenatchee this month."""),

("Straits Wire", """Vietnam's Cai Mep port overtakes Manila in container rankings

HO CHI MINH CITY (Straits Wire) — Vietnam's Cai Mep-Thi Vai port complex handled more containers than Manila last year for the first time, according to an industry ranking published on Monday, underscoring the rise of Vietnam as a manufacturing and export hub.

Cai Mep, about 80 kilometres southeast of Ho Chi Minh City, handled 5.9 million twenty-foot equivalent units (TEUs), up 17 percent, according to the annual Lloyd's List ranking. Manila handled 5.6 million TEUs.

"The factories moved, and the ships followed," said Nguyen Thi Thu Ha, a port analyst at Saigon Maritime Research. "Five years ago, most Vietnamese exports were trucked to Ho Chi Minh City and sent on feeder ships to Singapore. Now many go straight to the U.S. and Europe."

Cai Mep's deepwater berths can handle some of the world's largest container ships, and carriers including Maersk, MSC and CMA CGM now run direct services from the port to North America.

Philippine Ports Authority general manager Jay Santiago said Manila's numbers had been held back by limited room to expand. "We are landlocked by the city," he said. "That's why we are developing Batangas and Subic as alternatives."

Correction notice: An earlier version of this story, published at 0815 GMT, incorrectly gave Cai Mep's throughput as 6.9 million TEUs. The correct figure is 5.9 million TEUs.

Other Southeast Asian ports in the ranking:

Singapore — 39.0 million TEUs (2nd worldwide, behind Shanghai)
Port Klang — 14.1 million
Tanjung Pelepas — 10.5 million
Laem Chabang — 8.9 million
Tanjung Priok — 7.4 million

Vietnam's exports rose about 14 percent last year, driven by electronics, textiles and furniture. Multinationals have expanded production there to diversify away from China.

Vietnamese officials plan to spend about $3 billion on new berths and road links around Cai Mep over the next decade. The government also approved a new port at Can Gio, near Ho Chi Minh City, in a project backed by a unit of Denmark's Maersk.

Analysts warned that road congestion between factories and the port remained a problem. "The quay is world-class. The road to the quay is not," Nguyen said.

(Reporting by Tran Minh Duc; Editing by Graham Lowe)"""),

("Courthouse Dispatch", """Former seafood executive sentenced to 30 months for mislabeling fish

SEATTLE — A former executive of a Seattle seafood importer was sentenced Friday to 30 months in federal prison for selling more than 600,000 pounds of cheap imported fish falsely labeled as wild Alaska cod and sockeye salmon.

U.S. District Judge Miriam Chao also ordered Kevin D. Lassiter, 52, the former vice president of sales at Northgate Seafoods Inc., to pay $1.8 million in restitution to wholesale customers who bought the mislabeled products.

Lassiter pleaded guilty in March to one count of conspiracy to commit wire fraud, 18 U.S.C. § 1349, and one count of false labeling of fish in violation of the Lacey Act, 16 U.S.C. §§ 3372(d) and 3373(d)(3).

Prosecutors said that between 2018 and 2022, Lassiter directed employees to relabel frozen Pacific cod caught in Russian waters and farmed Atlantic salmon as "Wild Alaska" products, then sold them to restaurants and grocery distributors in Washington, Oregon and California at premium prices.

"Consumers who pay for wild Alaska fish deserve to get it," said Acting U.S. Attorney Rebecca Haines. "So do the Alaska fishermen whose reputation this defendant traded on."

Defense attorney Samuel Obi asked for probation, arguing that Lassiter had acted under pressure from the company's owner and had cooperated with investigators. The judge said she had considered his cooperation but that the scheme was "deliberate, long-running, and profitable."

The company's owner, Ping-Hao Lu, is charged separately and has pleaded not guilty. His trial is set for October. Northgate Seafoods pleaded guilty as a corporation last year and paid a $3 million fine.

The case was investigated by the National Oceanic and Atmospheric Administration's Office of Law Enforcement and the FBI.

The sentencing follows a series of seafood fraud cases in recent years. A 2019 study by the conservation group Oceana found that about one in five seafood samples tested nationwide was mislabeled.

Case: United States v. Lassiter, No. 2:23-cr-00147-MC (W.D. Wash.).

Lassiter was ordered to report to prison on Sept. 3. He will also serve three years of supervised release."""),

("Rainshadow Review", """Poetry festival returns to Port Townsend's Fort Worden

PORT TOWNSEND, Wash. — The Strait Poets Festival returns to Fort Worden State Park this weekend with readings, workshops and an open mic on the old gun battery, and for the first time, a full day of poetry in Indigenous languages of the Salish Sea.

Festival director Harriet Oyama said about 40 poets will read over three days, including poets from British Columbia, Alaska and Hawai'i. "We wanted to hear this place in all its languages," she said.

Among the headliners is Lummi poet Delbert James, whose collection "Reef Net" was a finalist for the Washington State Book Award. At a preview reading at the Port Townsend library last week, he read a short poem, "Low Tide at Portage," that drew a long silence before applause:

The clams breathe under the sand.
My grandmother knew where.
I am learning.
The water comes back whether I know or not.

James said he writes first in English and then works with elders on versions in Xwlemi Chosen, the Lummi language. "Some poems don't want to be translated. Those ones I leave alone," he said.

Schedule highlights:

Friday, 7 p.m. — Opening reading, Wheeler Theater.
Saturday, 10 a.m. — Workshop: "Writing the Working Waterfront," with former fisherman and poet Ed McAllister.
Saturday, 2 p.m. — Salish Sea Languages Day readings, Building 204.
Saturday, 8 p.m. — Open mic at Battery Kinzie. Bring a flashlight.
Sunday, 11 a.m. — Closing reading and brunch, Commons.

Single-event tickets are $12 to $25, and a festival pass is $80. Salish Sea Languages Day events are free. Students with ID get in free to all events.

The festival, founded in 1997, paused during the pandemic and returned on a smaller scale in 2022. Oyama said ticket sales this year were the strongest since 2019.

Workshop leader McAllister, who fished for salmon in Bristol Bay for 30 years before publishing his first book at 61, said the waterfront workshop would focus on work and the words that go with it. "Net, skiff, pick, bleed, ice," he said. "Those are poems by themselves."

Parking at Fort Worden is limited, and organizers recommend the shuttle from the Haines Place park-and-ride."""),

("Field Notes Science Daily", """Eelgrass meadows are shrinking in Puget Sound's southern inlets

OLYMPIA, Wash. — Eelgrass, the underwater seagrass that shelters young salmon, herring and crabs, has declined by about 40 percent in several southern Puget Sound inlets since the early 2000s, according to a long-term survey released this week by the state Department of Natural Resources.

The Submerged Vegetation Monitoring Program, which uses boat-mounted underwater video to map eelgrass along 2,100 miles of shoreline, found that soundwide the total area of eelgrass has stayed roughly stable at about 54,000 acres. But losses have been steep in Budd, Eld, Totten and Case inlets, shallow, slow-flushing bays where water warms quickly in summer.

"Soundwide numbers hide a lot," said DNR marine ecologist Dr. Priyanka Sethi-Larsen, who leads the program. "Up north, things look steady. In the South Sound, some meadows are simply gone."

Likely causes, according to the report:

- Warmer water in late summer, which stresses eelgrass and favors algae.
- Excess nutrients from septic systems, stormwater and agricultural runoff.
- Shading from overwater structures such as docks and floats.
- Sediment from shoreline armoring and erosion.

Eelgrass is considered a "foundation species," providing nursery habitat for Pacific herring, which spawn on its blades, and for juvenile chinook salmon migrating out of rivers. Its roots stabilize sediment, and its leaves take up carbon dioxide, which can locally reduce ocean acidity, or raise pH.

Shellfish grower Tom Kalinowski, whose family has farmed oysters on Totten Inlet since the 1940s, said he had seen the change firsthand. "My dad used to get tangled in it. Now I look for it," he said.

The state has set a goal of increasing eelgrass area by 20 percent by 2030. Restoration projects are underway at a handful of sites, with divers transplanting shoots from healthy beds. Results have been mixed; about half of transplant sites have survived beyond three years.

Sethi-Larsen said the best hope lay in reducing nutrient pollution and protecting meadows that remain. "Replanting is slow and expensive," she said. "Keeping what we have is cheaper."

The full report, including maps for each inlet, is available on the DNR website."""),

("Aotearoa Coastal News", """Taranaki book home semi-final with 31-24 win over Hawke's Bay

NEW PLYMOUTH — Taranaki secured a home semi-final in the National Provincial Championship with a 31-24 win over Hawke's Bay at Yarrow Stadium on Saturday, holding on after a late Magpies fightback.

First five-eighth Kauri Ngātai kicked 11 points and wing Josh Tūhoe scored two tries as the Bulls built a 28-10 lead early in the second half. Hawke's Bay struck back with two converted tries in eight minutes to close to within four, but a Ngātai penalty with three minutes left sealed it.

"We made it harder than it needed to be," Taranaki coach Neil Barrett said. "But a win's a win. And a home semi's a home semi."

Taranaki 31 (Josh Tūhoe 2, Sam Rāwiri, Ben Moffat tries; Kauri Ngātai 3 con, penalty). Hawke's Bay 24 (Ethan Brightwell 2, Aperahama Pōhatu, Lewis Greer tries; Greer 2 con). Halftime: Taranaki 21-10.

Tūhoe's first try came from a counterattack inside Taranaki's own half, with fullback Rāwiri breaking two tackles before finding his wing on the outside. His second was a simpler affair, a cross-field kick from Ngātai that he gathered on the full.

Hawke's Bay captain Brad Thornley said his side had started too slowly. "You can't give a team like that 20 points and expect to get it back," he said.

Standings, Premiership (top four):

1. Wellington — 7 wins, 32 points
2. Taranaki — 6 wins, 29 points
3. Canterbury — 6 wins, 28 points
4. Hawke's Bay — 5 wins, 24 points

Taranaki will host Canterbury in the semi-final next Saturday. The two sides met in round three, when Canterbury won 27-20 in Christchurch.

Prop Tane Wharepapa is expected to return for Taranaki after missing two weeks with a calf strain. Lock Jordan Heke will be assessed after leaving the field with a shoulder injury in the 61st minute.

A crowd of 11,400 attended, the largest at Yarrow Stadium this season. Kick-off next week is at 2.05pm."""),

("Mindanao Daily Observer", """Cagayan de Oro mall welcomes first drive-thru coffee chain branch

CAGAYAN DE ORO CITY — Coffee chain Kapeng Bukid opened its first Mindanao drive-thru branch on Monday at the Limketkai Center, part of a 35-store expansion across the island, its founder said.

The branch, with a double drive-thru lane and a 60-seat dining area, will employ 28 people. Customers can order through the chain's app, pay with GCash or Maya, and pick up at a separate window.

Founder and CEO Ana Marie dela Peña said the company had chosen Cagayan de Oro because of its fast-growing middle class and heavy traffic on the national highway. "People here drive everywhere, and they want good coffee on the way," she said.

Kapeng Bukid, which started as a single kiosk in Makati in 2016, sources its beans from farmers in Bukidnon, Sultan Kudarat and the Cordillera. It now has 140 branches nationwide.

The chain will compete with established players including Starbucks, which has 11 branches in the city, and Jollibee Group's Coffee Bean & Tea Leaf, as well as dozens of local cafés.

City economic development officer Ramon Bacal said the opening reflected confidence in the local economy. "We see new brands every month. McDonald's just opened its eighth branch here. 7-Eleven has more than 60 stores," he said.

What's on the menu, and what it costs:

- Brewed Bukidnon coffee, 12 oz: ₱95
- Iced Spanish latte, 16 oz: ₱165
- Ube cold brew, 16 oz: ₱175
- Ensaymada: ₱65

Coffee farmer Lito Salvaña of Lantapan, Bukidnon, who sells about two tons of arabica a year to the chain, attended the opening. "Before, traders paid us whatever they wanted. Now we have a fixed price, and it is higher," he said.

The company said it would open branches in Davao, General Santos, Iligan and Zamboanga over the next 18 months. It also plans to build a roasting facility in Bukidnon by 2026.

Dela Peña said the company was preparing for a possible listing on the Philippine Stock Exchange, but had no firm timetable. "First we build the stores. Then we talk to the PSE," she said."""),

("Okanogan Valley Herald", """Obituary: Joseph 'Joe' Many Horses Ridley, tribal council member and smokejumper, 77

NESPELEM, Wash. — Joseph "Joe" Many Horses Ridley, who jumped fire for the U.S. Forest Service for 22 seasons and later served four terms on the Colville Business Council, died Jan. 28 at Mount Carmel Hospital in Colville. He was 77.

Photo caption: Joe Ridley, center, with members of the North Cascades Smokejumper Base rookie class of 1969. (Photo courtesy of the Ridley family)

Born in 1946 in Nespelem to Martin Ridley and Cecilia Many Horses, a member of the Colville Confederated Tribes, Joe grew up hunting and fishing along the Columbia and Sanpoil rivers. He graduated from Lake Roosevelt High School in 1964 and served in the U.S. Marine Corps in Vietnam.

He joined the smokejumpers at the North Cascades base in Winthrop in 1969. Over 22 seasons, he made 341 jumps, by his own count, in Washington, Oregon, Idaho, Montana and Alaska. Friends said he never bragged about any of them.

"Joe was the one you wanted next to you when things went sideways," said retired smokejumper Dale Eckert. "Calm. Funny. Always carried extra coffee."

After leaving the Forest Service in 1991, he worked for the tribes' natural resources department, managing fire crews, and was elected to the business council in 1998. He pushed for tribal control of forestry and fire management, and for training young tribal members as firefighters.

Photo caption: Ridley speaks at the dedication of the Colville Tribes' new fire center in Nespelem in 2010. (Okanogan Valley Herald file photo)

He is survived by his wife of 49 years, Bernadette; his children, Lance Ridley of Omak, Carla (Vince) Joe of Nespelem and Martin Ridley of Spokane; nine grandchildren; and two great-grandchildren.

Services were held Feb. 3 at the Nespelem Community Center, with burial at the Nespelem cemetery. A memorial gathering of smokejumpers will be held at the Winthrop base in June.

In lieu of flowers, the family requests donations to the Colville Tribes' youth fire crew program or to the National Smokejumper Association's Good Samaritan Fund."""),

("Harbor & Freight Weekly", """Editor's note and update: Kalama grain terminal restarts after fire

KALAMA, Wash. — Editor's note: This story has been updated to include comments from the terminal's operator and the Port of Kalama, which were provided after initial publication.

The Pacific Bulk grain export terminal at the Port of Kalama resumed loading ships on Monday, 19 days after a fire in a conveyor gallery shut down operations during the start of the fall harvest season.

FIRE AND DAMAGE

The fire broke out on the night of Sept. 28 in an enclosed conveyor that carries grain from storage silos to the ship loader. No one was hurt. Investigators with Cowlitz 2 Fire & Rescue said the cause appeared to be an overheated bearing that ignited grain dust.

About 240 feet of conveyor and its belt were destroyed. The terminal's storage silos, which hold about 6.5 million bushels, were not damaged.

THE RESTART

Terminal manager Gretchen Holloway said crews worked in shifts around the clock to rebuild the conveyor, using parts flown in from suppliers in Minnesota and Germany. "We had a ship at anchor the whole time. Nobody likes looking at that," she said.

The first vessel loaded after the restart, the bulk carrier Pacific Harmony, was taking on about 60,000 metric tons of soybeans bound for China. A second ship, loading corn for South Korea, was due Wednesday.

IMPACT ON SHIPPERS

The shutdown forced exporters to reroute some grain to terminals in Longview, Vancouver and Portland. The Pacific Northwest Grain Exporters Association estimated that about 18 vessels were affected by delays.

Port of Kalama executive director Mark Wilson said the port had worked with the terminal to speed up permits for the repairs. "Kalama's economy runs on these terminals. Three weeks dark is a long time," he said.

WHAT'S NEXT

Holloway said the terminal would install infrared sensors on every bearing in the conveyor system by next spring, at a cost of about $1.2 million. Washington's Department of Labor and Industries (L&I) has opened a routine inspection.

The Columbia River grain terminals together export about a quarter of U.S. wheat, corn and soybeans shipped overseas."""),
]
