ARTICLES = [
("Press Dispatch of India", """
India, France sign pact on small modular reactors; Paris backs Delhi's bid for NSG seat

Paris, July 14 (PDI) India and France on Sunday signed an agreement to jointly develop small modular nuclear reactors (SMRs) and advanced modular reactors, as the two countries marked 25 years of their strategic partnership with a series of announcements on defence, energy and space.

The agreement was signed after talks between the two leaders at the Élysée Palace. Officials said the pact would cover research, design and eventual manufacture of reactor components in India under the "Make in India" initiative.

Speaking to reporters after the talks, the French President said the partnership had moved "from trust to ambition". He added, in French: "L'Inde n'est pas seulement un partenaire, c'est un pilier de notre stratégie dans l'Indo-Pacifique." ("India is not only a partner; it is a pillar of our strategy in the Indo-Pacific.")

The Indian side said France had reiterated its support for India's membership of the Nuclear Suppliers Group (NSG) and a permanent seat for India in a reformed UN Security Council.

Other outcomes of the visit included:

- A roadmap for co-developing a jet engine for India's fifth-generation fighter aircraft;
- An agreement between the two space agencies on a joint satellite to study ocean surface temperatures;
- Expansion of the Young Professionals Scheme to allow more Indian students to work in France after graduation;
- A decision to open a French consulate in Hyderabad by next year.

Foreign Secretary-level officials said the engine project was the "centrepiece" of the defence discussions and that technical teams would meet in Bengaluru in September to finalise the details.

Trade between the two countries stood at about $15 billion last year, and both sides agreed to work towards raising it significantly by 2030. French companies have invested in sectors ranging from aerospace to retail in India.

Indian-origin residents of Paris gathered outside the hotel where the Indian delegation was staying, waving the tricolour and chanting slogans. Several held placards reading "Vive l'amitié franco-indienne" (Long live Franco-Indian friendship).

The Indian delegation will travel to Marseille on Monday, where it is scheduled to visit a port facility and the Mazargues War Cemetery.
"""),

("Tri-County Sentinel", """
Space heater recall: check your model number, safety agency urges

Owners of certain portable space heaters sold at hardware stores across the Midwest are being urged to stop using them immediately after reports that the units can overheat and catch fire, the U.S. Consumer Product Safety Commission (CPSC) said Thursday.

The recall covers about 212,000 heaters made by Warmline Products Inc. of Dayton, Ohio. The affected models are the WL-1500C and WL-1500C/2, sold in gray and white, and the tower-style WL-TX900. The model number is printed on a silver label on the bottom of the unit.

Heaters with a date code between 2211 and 2307 are included. Units with a green dot next to the date code have already been repaired and are not affected.

The company said it has received 37 reports of heaters overheating, including nine fires. Two people reported minor burns. No deaths have been reported.

"Please don't wait until the weather warms up," said Marion County Fire Marshal Tom Alvarado, who urged residents to check their heaters this weekend. "Look at the label. If it matches, unplug it."

The heaters were sold at Ace Hardware, Menards, Home Depot and other stores, and online at Amazon.com and Walmart.com, from September 2022 through November 2023 for between $39 and $69.

Consumers can contact Warmline for a free replacement heater or a full refund. The company asks customers to cut the power cord and send a photo of the cut cord and the label, rather than mailing back the unit.

How to check your heater:

1. Unplug the heater and let it cool.
2. Turn it over and find the silver label.
3. Look for model number WL-1500C, WL-1500C/2 or WL-TX900.
4. Check the four-digit date code below the model number.
5. If the code falls between 2211 and 2307 with no green dot, stop using it.

Fire officials said space heaters are involved in about one-third of home heating fires nationally each winter. They recommended keeping heaters at least 3 feet from anything that can burn, plugging them directly into a wall outlet and never leaving them running while asleep.

Warmline can be reached toll-free from 8 a.m. to 8 p.m. ET, Monday through Friday.
"""),

("Riverbend Daily Press", """
City unveils $48 million plan to replace lead water lines by 2032

Riverbend will replace every remaining lead water service line in the city by 2032 under a plan unveiled Tuesday by Mayor Kevin Albright and the city's utilities department.

The city estimates there are about 9,400 lead lines still in use, most of them in neighborhoods built before 1950 on the north and west sides. The lines connect water mains under the street to individual homes.

"There is no safe level of lead," Albright said at a news conference outside a north side home where crews were digging up a line. "We are going to get every one of them out of the ground."

WHAT THE PLAN INCLUDES

The city will replace the full line, including the portion on private property, at no cost to homeowners. In the past, property owners were responsible for the private side, which could cost $5,000 or more.

Crews will work neighborhood by neighborhood, starting with areas that have the highest concentration of young children and the oldest housing. The first phase, covering about 1,800 homes, begins in April.

Residents will receive water filters certified to remove lead, along with replacement cartridges, for six months after their line is replaced.

BY THE NUMBERS

- 9,400: estimated lead service lines remaining
- $48 million: total project cost
- $31 million: amount covered by federal infrastructure grants and low-interest loans
- 2032: target completion year

HOW TO CHECK YOUR LINE

Residents can look up their address on the city's online service line map or call the utilities department. Utilities Director Sandra Kim said the city would also send letters to every household believed to have a lead line by the end of February.

"If you get a letter, don't panic," Kim said. "Our water is treated to reduce the risk. But the permanent fix is getting the lead out."

WHAT'S NEXT

The City Council must approve the financing plan, which includes a monthly increase of about $2.10 on the average residential water bill. A public hearing is scheduled for Feb. 12.

Council President Marcia Lee said she expected broad support. "Nobody on this council wants to explain to a parent why we waited," she said.
"""),

("Deccan Newswire", """
McDonald's, Domino's turn to quick-commerce apps as dine-in growth slows

Bengaluru, Oct 21 (DNW) Quick-service restaurant chains such as McDonald's India, Domino's and KFC are increasingly tying up with quick-commerce platforms to reach customers who want food delivered in 10 to 15 minutes, as growth in dine-in sales slows in big cities.

Industry executives said the tie-ups with apps like Blinkit, Zepto and Swiggy's Bolt service were a response to changing habits among young urban customers, who are ordering more frequently but in smaller quantities.

"The customer today does not want to wait 40 minutes for a burger. If the app next to ours promises it in ten, that is where the order goes," said an executive at a listed QSR company, who asked not to be named as he was not authorised to speak to the media.

Operators of both chains have said in recent investor presentations that delivery now makes up a growing share of their sales, and at least one is testing 20-minute delivery in select cities.

Packaged food brands are also in on the trend. Makers of ready-to-cook batter, snacks and beverages, including iD Fresh Food, now stock their products in the dark stores run by these apps, industry executives said.

Analysts said the shift carried risks. "Quick commerce is expensive. Dark stores, riders, discounts — someone has to pay for all of it, and right now it is the platforms and investors," said a retail analyst at a Mumbai-based brokerage.

Restaurant owners' associations have raised concerns about commissions, which they say range between 18 and 30 per cent per order, and about platforms launching their own private-label food brands that compete with restaurants on the same app.

For customers, however, the convenience appears to be winning. A survey by a consulting firm released last month found that 58 per cent of respondents in the top eight cities had ordered food or groceries through a quick-commerce app at least once a week.

The sector is expected to cross $6 billion in gross order value this financial year, according to industry estimates.
"""),

("The Harbor City Courier", """
Jury hears from survivor on first day of Westgate mall shooting trial

Editor's note: This story contains descriptions of violence that some readers may find disturbing.

The first witness in the trial of the man accused of opening fire at the Westgate Mall food court last year told jurors Monday that she pretended to be dead under a table while the gunman walked past.

Priya Desai, 34, a pharmacist who was shot in the leg, spoke softly but steadily for nearly two hours. She described hearing what she thought were balloons popping, then seeing people run.

"I thought, 'This is it. This is how it ends,'" Desai said. "Then I thought, 'No. Not in front of my daughter.'"

Her 5-year-old daughter was not with her that day, Desai explained. She had been supposed to come but stayed home with a cold.

The defendant, Kyle Brandt, 27, has pleaded not guilty by reason of insanity to two counts of murder and 11 counts of attempted murder. Two people were killed and nine were wounded in the Jan. 14, 2023, attack.

In opening statements, Deputy District Attorney Marcus Lee told jurors that Brandt had planned the attack for weeks, buying ammunition and visiting the mall twice to scout exits. "This was not a sudden break from reality," Lee said. "This was a plan."

Defense attorney Rachel Ford said Brandt had suffered from untreated schizophrenia for years and believed that people at the mall were part of a plot against him. "You'll hear from the doctors," Ford said. "You'll hear what was going on in his mind."

Brandt sat motionless at the defense table, occasionally writing on a legal pad. Relatives of the two people who were killed, Anthony Russo, 61, and Maria Chen, 19, sat in the second row.

Superior Court Judge Miriam Castellanos told jurors the trial could last up to six weeks. If Brandt is found guilty, a separate phase will determine whether he was legally insane at the time.

Testimony continues Tuesday with first responders and mall security staff.

Readers affected by this story can reach the 988 Suicide and Crisis Lifeline by calling or texting 988.
"""),

("Bharat Wire Agency", """
'A roof for every family, a job for every youth': CM launches rural housing scheme

Ranchi, Feb 9 (BWA) The Jharkhand Chief Minister on Friday launched a state housing scheme under which three-room pucca houses will be built for about eight lakh rural families over the next three years, at an estimated cost of Rs 16,320 crore.

Addressing a large gathering at a stadium in Ranchi, the Chief Minister said the scheme was meant for families left out of central housing schemes. The houses will be built in three instalments, with beneficiaries receiving funds directly in their bank accounts.

"A roof for every family. A job for every youth. A school for every village. That is our promise, and we will keep it," the Chief Minister said, repeating the lines several times to loud cheers from the crowd.

"When I say a roof for every family, I mean every family — the Adivasi family in the forest, the Dalit family on the edge of the village, the labourer's family that went to Surat and came back during the lockdown," he said.

Officials said beneficiaries would be selected through gram sabhas, with priority for widows, persons with disabilities and families from primitive tribal groups. Applications will be accepted online and at block offices from March 1.

The opposition criticised the announcement as an election-year gimmick. A senior opposition leader said the state government had not completed houses sanctioned under previous schemes. "Promises, promises, promises. Where are the houses that were promised five years ago?" he asked at a press conference.

Rural development department officials said that 62 per cent of the houses sanctioned under an earlier state scheme had been completed, and the remaining ones were in various stages of construction. They said delays were largely due to the shortage of sand and bricks during the monsoon months.

Each house under the new scheme will have a carpet area of about 31 square metres, including a kitchen and a toilet. The state will also provide a solar light and a rainwater harvesting structure for each unit.

The Chief Minister said the first instalment would be released before the end of the financial year.
"""),

("Lakeshore Ledger", """
'The lake is the main character': a conversation with novelist Greta Lindahl

Greta Lindahl's third novel, "The Ice Road," follows three generations of a fishing family on the north shore through one brutal winter in 1979. It debuted last month at No. 6 on The New York Times best-seller list. Lindahl, 48, grew up in Port Ellis and now lives in Minneapolis. She spoke with the Ledger by phone before a reading at the Port Ellis Public Library on Thursday. The interview has been condensed and edited.

Ledger: The book is dedicated "to the lake." Why?

Lindahl: Because it's the main character. Every decision the family makes is really about the lake — whether it freezes, when it breaks up, what it takes from them. I couldn't dedicate it to a person. It would have felt dishonest.

Ledger: How much of the Brandvold family is your own family?

Lindahl: More than I'd like to admit. My grandfather fished commercially out of Port Ellis until 1983. The scene where Arne falls through the ice is based on a story my grandmother told me. She told it maybe a hundred times. She told it the same way every time.

Ledger: You write from the perspective of a 10-year-old girl for much of the book. Was that hard?

Lindahl: It was the easiest part. I was that girl. I just had to remember what it felt like to be cold and hungry and convinced the adults were hiding something.

Ledger: Some readers in Port Ellis have said they recognize real people in the book.

Lindahl: (Laughs.) I've heard that. I've had three people tell me they're the bartender. None of them are. The bartender is made up. Mostly.

Ledger: What's next?

Lindahl: A book set in the summer, for once. My editor said, "Greta, please, let someone be warm."

Ledger: What will you read on Thursday?

Lindahl: The chapter where the ice road opens. It's the only happy chapter in the book, so I think I owe the town that.

Lindahl reads Thursday at 7 p.m. at the Port Ellis Public Library. The event is free. Copies of the book will be available for purchase from Harbor Books.
"""),

("Indo-Asian Wire Service", """
ISL: Kerala Blasters stun Mohun Bagan with stoppage-time winner

Kochi, Nov 3 (IAWS) Kerala Blasters FC came from a goal down to beat defending champions Mohun Bagan Super Giant 2-1 in an Indian Super League (ISL) match at the Jawaharlal Nehru Stadium on Sunday, with substitute Anand Varghese scoring the winner in the third minute of stoppage time.

A crowd of over 34,000, many of them dressed in the home side's yellow, erupted as Varghese's low shot from the edge of the box slipped past the goalkeeper's outstretched hand and into the bottom corner.

Mohun Bagan had taken the lead in the 27th minute through a header from a corner. The Blasters equalised early in the second half when their Montenegrin forward converted a penalty after he was brought down inside the area.

"This stadium gives us energy that you cannot explain. In the last minutes, the players felt it," the Blasters head coach said at the post-match press conference.

The club celebrated the win with a post on X, writing: "KOCHI, WHAT A NIGHT! Three points, and a memory for life." The post was shared over 20,000 times within an hour. Fans on the platform used the hashtags #KBFCMBSG and #YennumYellow, the club's long-running slogan.

Mohun Bagan's head coach said his team had controlled the first half but lost its way after the penalty. "We stopped playing our football. In this league, if you stop for ten minutes, you are punished," he said.

The result lifts Kerala Blasters to fourth in the table with 14 points from eight matches. Mohun Bagan remain second with 17 points, two behind leaders Bengaluru FC.

Varghese, 21, who has struggled for playing time this season, dedicated the goal to his late grandfather. "He used to bring me to this stadium when I was a small boy. Today I scored for him," he said.

The Blasters travel to Guwahati to face NorthEast United FC next Saturday, while Mohun Bagan host Chennaiyin FC at the Salt Lake Stadium on Friday.
"""),

("The Mesa Gazette", """
Credit union app glitch showed members 'undefined' instead of balances

Thousands of members of Desert Sun Credit Union opened the organization's mobile app Tuesday morning and found the word "undefined" where their account balances should have been, prompting a flood of calls and a line outside the Mesa main branch.

The glitch lasted about five hours, from roughly 6:30 a.m. until just before noon, the credit union said in a statement. No money was lost and no accounts were affected, according to the statement, which blamed a faulty software update pushed overnight.

"Some members saw 'undefined' and others saw '$NaN,'" said Chief Technology Officer Marcus Webb. "Both mean the same thing: the app couldn't read the balance from our system. The balances themselves were always correct."

For members, the explanation came too late. Esther Jimenez, 67, said she drove to the branch on Main Street after seeing the message.

"I thought somebody had taken everything," she said. "I didn't know what 'undefined' meant. I still don't, really."

Webb said an update to the app's code changed the name of a field that the app used to display balances. In plain terms, he said, the app was looking for information under a label that no longer existed, so it showed a placeholder value instead of a number.

The credit union, which has about 140,000 members in Maricopa and Pinal counties, said it would change its testing procedures so that updates are rolled out to a small group of users before being released to everyone.

Software experts said such errors are common but usually caught in testing. "This is a classic JavaScript problem. When a value is missing, you get 'undefined' on the screen," said Priya Natarajan, who teaches software engineering at Arizona State University. "The fix is easy. The embarrassment is harder."

Desert Sun said it would waive any overdraft fees charged Tuesday to members who said they had been confused by the glitch. Members can request the refund by calling the credit union or visiting a branch.

The app was working normally by Tuesday afternoon, according to the credit union and several members interviewed by the Gazette.
"""),

("Riverbend Daily Press", """
Free clinic celebrates 25 years of 'no questions, no bills'

On a Wednesday evening in late October, the waiting room at the Eastside Community Clinic was full by 5:15 p.m. A man with a bandaged hand. A grandmother with two restless toddlers. A college student with a cough that wouldn't go away.

Nobody was asked for an insurance card. Nobody would get a bill.

That has been the rule at Eastside since it opened in the basement of a Lutheran church on Hamlin Street in 1999. On Saturday the clinic will mark its 25th anniversary with an open house.

"No questions, no bills. That's it. That's the whole policy," said Dr. Ellen Park, the clinic's medical director, who has volunteered there since 2003.

The clinic sees about 6,000 patient visits a year, almost all of them handled by volunteer doctors, nurses, pharmacists and interpreters. It has a paid staff of four. Last year it was ranked No. 10 among free clinics in the state by a health philanthropy group.

"People think free clinics are only for the homeless," said nurse practitioner James Okoro. "We see restaurant workers, Uber drivers, people between jobs. People who work hard and still can't afford a doctor."

Patients said the clinic had filled gaps that nothing else could. "I came here for my diabetes when I lost my job," said Rosa Alvarez, 54, who now volunteers as a Spanish interpreter. "They gave me my insulin. They gave me my dignity, too."

The clinic's founder, retired family physician Dr. Harold Weiss, 86, said he never expected it to last. "We thought we'd do it for a year or two until the system got fixed," he said. "The system didn't get fixed."

Eastside runs on an annual budget of about $420,000, mostly from donations, local foundations and a grant from St. Agnes Medical Center, which provides lab work and imaging at no charge.

Park said the biggest challenge now was finding younger volunteers. "We have doctors here in their 70s and 80s," she said. "We need the next generation."

The open house runs from 1 to 4 p.m. Saturday at 214 Hamlin St.
"""),

("Press Dispatch of India", """
Poet Farhat Naqvi's new collection revives Urdu nazm for a young audience

Lucknow, Jan 27 (PDI) The old courtyard of a 19th-century haveli in Lucknow's Aminabad was packed on Saturday evening for the launch of veteran poet Farhat Naqvi's new collection, "Shehr-e-Khamosh" (City of Silence), with a large number of young listeners among the audience.

Naqvi, 76, read from the collection for nearly an hour, pausing often to explain the meaning of difficult words for those unfamiliar with Urdu. The book has been published in Urdu script along with Devanagari transliteration and English translations on facing pages.

Among the verses that drew the loudest applause was a couplet about the changing city:

"Woh galiyan ab bhi hain, bas unmein ab koi pukaarta nahin,
Main laut aaya hoon magar shehar mujhe pehchaanta nahin."

(Those lanes are still there, only no one calls out in them anymore;
I have come back, but the city does not recognise me.)

Naqvi said he had decided to include translations after his granddaughter, a college student in Delhi, told him that her friends loved the sound of Urdu poetry but could not read the script. "If the language is to survive, we must open the doors, not guard them," he said.

Young listeners at the event said they had discovered Urdu poetry through social media, where short videos of recitations have found large audiences. "I knew Faiz and Ghalib from Instagram reels. Tonight was the first time I heard a poet read his own work," said Aamna Rizvi, a 22-year-old law student.

Literary critic and academic Prof. Shamim Hasan, who spoke at the launch, said the collection continued the tradition of the nazm while addressing contemporary concerns such as migration, loneliness and the loss of old neighbourhoods. "He writes about Lucknow the way Mir wrote about Delhi — with love and with grief," he said.

The collection has been published by a Lucknow-based press, and an audio edition with Naqvi's recitations is expected next month.
"""),

("Tri-County Sentinel", """
Dry summer squeezes Marion County farmers as corn yields fall

The corn is short. The soybeans are thin. The ponds are low.

For farmers across Marion and Polk counties, this summer's drought has been the worst since 2012, and the harvest now under way is confirming what many feared in July.

"Some fields are going to make 120 bushels. Some are going to make 60," said Dale Ostrander, who farms about 1,400 acres north of Cedar Falls with his son. "Last year we averaged 195."

The U.S. Drought Monitor has listed most of Marion County in "severe drought" since early August. The county received 4.1 inches of rain from June through August, less than half the normal amount, according to the National Weather Service.

The U.S. Department of Agriculture (USDA) last week designated Marion, Polk and Lane counties as primary natural disaster areas, which makes farmers eligible for emergency low-interest loans through the Farm Service Agency (FSA).

Crop insurance will cover part of the losses for most growers. It will not cover all of them.

"Insurance keeps you in business. It doesn't make you whole," said Karen Lutz, a county extension educator with the state university. "And the cost of seed, fertilizer and fuel hasn't come down."

Livestock producers are also struggling. Pastures dried up early, and some ranchers began feeding hay in August that they had planned to save for winter. Hay prices at the Cedar Falls sale barn have risen about 30% since spring.

Ostrander said he has seen bad years before. He farmed through 1988. He farmed through 2012. He expects to farm through this one.

"You don't quit after one bad year," he said. "You don't quit after two. You plant again in the spring and you hope."

Farmers seeking assistance can contact the Marion County FSA office on Route 9, which has extended its hours through November. The extension office will host a drought management workshop on Oct. 17 at the county fairgrounds.

Forecasters said a wetter pattern could arrive later this fall, though it will come too late to help this year's crop.
"""),
]
