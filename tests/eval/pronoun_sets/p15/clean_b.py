ARTICLES = [
dict(title="Benítez leads Cerro Azul women to first Libertadores semifinal", text="""
ASUNCIÓN, Paraguay (Andes Press Service) — Paraguayan club Cerro Azul reached the semifinals of the Copa Libertadores Femenina for the first time on Sunday, beating Brazil's Ferroviária 2-1 in Asunción behind two second-half goals from captain Fátima Ortiz.

The victory capped a remarkable rise for a team that did not exist six years ago, and for its coach, Liliana Benítez, a former national team defender who took over in 2019 when the club recruited its first squad through open tryouts.

"Half of these girls came with borrowed boots," Benítez said after the match, her voice hoarse. "Today they beat one of the best clubs in South America. I have nothing to add to that."

Ortiz, 27, tied the game with a header in the 58th minute and won it with a low shot from the edge of the area in stoppage time. She ran straight to the bench and jumped into the arms of assistant coach Hugo Ramírez, who had worked with her on finishing every afternoon for the past month.

"Hugo kept telling me to shoot low, shoot low. I got tired of hearing it. Now I have to admit he was right," Ortiz said.

Ramírez, a former striker for Olimpia, said he was happy to take a back seat to the head coach. "Liliana designs everything. I just bring the cones and the bad jokes," he said.

Ferroviária coach Tatiana Souza, whose team had won the tournament twice, said the Paraguayans deserved the victory. She said her players had tired in the heat, which reached 34 degrees Celsius at kickoff.

Club president Osvaldo Giménez said the women's team now draws bigger crowds than the men's side for some matches. He said the club would use its prize money, about $150,000, to build a dormitory for players who come from the interior of the country.

Many of the players still hold other jobs. Defender Rocío Villalba works mornings at a pharmacy, and goalkeeper Noelia Cabrera studies accounting at night. Benítez said she hoped success would bring professional contracts for all of them.

"They deserve to live from football," the coach said. "The boys do. Why not them?"

Cerro Azul will face Colombia's Santa Fe or Argentina's Boca Juniors in the semifinals next week in Montevideo.
"""),

dict(title="In Santa Rosa, the Villaromans face a challenger from their own barangay", text="""
SANTA ROSA, Nueva Ecija — For 24 years, the town hall of Santa Rosa has been occupied by a Villaroman. This May, a former public school principal is betting that voters are ready for a change.

Mayor Rolando "Olan" Villaroman, 61, is seeking his third consecutive term. His wife, Vice Mayor Cristina Villaroman, is running for reelection, and their son, Councilor Miguel Villaroman, 32, is seeking a second term on the municipal council. The mayor's father, the late Rodolfo Villaroman, held the post from 2001 to 2010.

Their main opponent is Dr. Elvira Santos, 58, who retired last year as principal of Santa Rosa Central School and is running for mayor under an independent slate. Santos, who grew up in the same barangay as the mayor, said she decided to run after the town's only public hospital went without a resident doctor for eight months.

"I taught half of the voters in this town how to read. Now I'm asking them to read the budget," Santos said at a campaign sortie in Barangay Rizal on Saturday.

The mayor dismissed the dynasty label. At a rally in the town plaza, he said his family had delivered farm-to-market roads, a new public market and a scholarship program that has sent more than 900 students to college.

"Dynasty is only a bad word if you don't deliver," Mayor Villaroman said. "The people decide every three years. We don't force anyone."

Vice Mayor Villaroman, who was a nurse before entering politics, said she and her husband disagreed on many things at home but agreed on the town's priorities. She said she would push for a second health center in the eastern barangays if reelected.

Councilor Villaroman said his parents had never asked him to run. "I wanted to. That is different from being told to," he said.

Farmer Danilo Pascual, 55, said he had voted for the Villaromans in every election but was undecided this time. His wife, Belen, said she was leaning toward Santos. "She was my daughter's teacher. She is strict, but she is fair," Belen Pascual said.

The Commission on Elections has listed Santa Rosa as an area of concern because of violent incidents in previous elections. Provincial police director Col. Ramil Dacanay said additional personnel would be deployed in the town starting next week.

Election Day is May 12.
"""),

dict(title="Fired deputy wins reinstatement in suit against Crane County sheriff", text="""
ODESSA — A federal judge on Tuesday ordered Crane County to reinstate a sheriff's deputy who was fired after he testified against a fellow officer in a 2022 excessive-force case, ruling that the firing violated his First Amendment rights.

Darnell Price, 39, had worked for the Crane County Sheriff's Office for 11 years when Sheriff Connie Briggs dismissed him in February 2023, citing what she called "a pattern of insubordination." Price sued in federal court, arguing that the real reason was his testimony in a civil case brought by a man who was beaten during an arrest.

U.S. District Judge Alan Whitcomb agreed, writing in a 34-page ruling that the timing of the firing, three weeks after Price's testimony, and internal emails from the sheriff's chief deputy were "difficult to read any other way." He ordered the county to return Price to his job with full back pay, roughly $96,000.

Price's attorney, Rachel Stein of Austin, said her client was relieved and eager to return to work. "Darnell told the truth under oath, which is exactly what we ask every officer to do," Stein said. "He should never have been punished for it."

Reached by phone, Price said he had been working as a security guard at a refinery since his dismissal. He said he knew some colleagues might be unhappy to see him back. "I'm not going back to make friends. I'm going back to do my job," he said.

Briggs, who was elected sheriff in 2020, said in a statement that she disagreed with the ruling and had asked the county attorney to review options for an appeal. She said her decision was based on Price's disciplinary record, not his testimony.

The county's attorney, Michael Trevino, said the commissioners court would discuss the case in a closed session next week.

The 2022 civil case was brought by Ruben Salas, who said deputies broke his jaw during a traffic stop. The county settled that lawsuit for $275,000 without admitting wrongdoing. Salas's mother, Yolanda Salas, attended Tuesday's hearing and said she had come to support Price.

"He stood up for my son when nobody else would," she said.

The judge gave the county 30 days to comply with the reinstatement order.
"""),

dict(title="Villareal and Lim on 'Ulan sa Hunyo,' heartbreak and learning Ilocano", text="""
MANILA — When director Carmina Yulo first sent the script of "Ulan sa Hunyo" (June Rain) to Paulo Villareal, he read it in one sitting on a flight from Dubai and texted her before the plane had even landed: "Yes. But who is Rosario?"

Rosario, it turned out, would be Andrea Lim, a 24-year-old theater actress from Iloilo making her first lead film role. The two stars sat down with the Tribune ahead of the movie's opening at the Metro Manila Film Festival on Christmas Day.

"Paulo was very nice to me on the first day. On the second day he started correcting my Ilocano," Lim said, laughing, as her co-star pretended to look offended.

"Her Ilocano was better than mine. I was correcting it out of jealousy," Villareal said.

The film, set in a tobacco-farming town in Ilocos Sur in the 1970s, follows a young teacher and a farmer's son whose romance is torn apart by martial law. Villareal, 35, said he drew on stories from his own grandfather, who was detained for three months in 1973.

"My lolo never talked about it until he was in his eighties. Then one day he told me everything, and he cried. I used that," Villareal said.

Yulo, who also wrote the screenplay, said she cast Lim after seeing her in a Tanghalang Pilipino production of "Noli Me Tangere." She said she wanted an actress who did not look like a movie star.

"I mean that as a compliment, and Andrea knows it," the director said. "She has a face that makes you believe she grew up in 1975."

Lim said she spent a month living with a family in Vigan before filming, helping her host mother, Aling Nena, hang tobacco leaves to dry. "She treated me like a daughter. She also told me I was slow," Lim said.

Producer Jerome Tan of Bituin Pictures said the film cost P42 million, large for an independent production, and was shot on location over 38 days.

Asked whether the movie would make audiences cry, both stars nodded immediately.

"Bring two handkerchiefs," Villareal said. "One for you, and one for the person next to you," Lim added.
"""),

dict(title="Q&A: Judge Harold Beaumont on 32 years on the bench", text="""
SAVANNAH — Chatham County Superior Court Judge Harold Beaumont retired last month after 32 years on the bench, including more than 400 jury trials. The Morning Ledger's courts reporter, Denise Whitaker, spoke with him at his home on Tybee Island. The conversation has been edited and condensed.

Q: What will you miss?

A: The jurors. People complain about jury duty, and then they get in that room and they take it more seriously than anybody. I've had a retired shrimper ask better questions than some lawyers.

Q: What won't you miss?

A: The calendar. Monday morning calendar call, 140 cases. My wife, Evelyn, says I came home every Monday looking like I'd been in a fight.

Q: Which case stays with you?

A: A young woman named Tamika Odom, charged with robbery in 1998. Her public defender, a fellow named Gil Morrow, kept telling me the identification was wrong. I didn't believe him. She was convicted, and eleven years later DNA cleared her. I wrote her a letter. She wrote back, and she was kinder to me than I deserved.

Q: Did that change how you judged?

A: Completely. After that I read every eyewitness case as if I were the one who might be wrong. Because I might be.

Q: How has the courthouse changed?

A: When I started, there were two women judges in the whole circuit. Now the chief judge is a woman, Judge Patricia Lyons, and she runs the place better than any of us did. The prosecutors' office is led by a woman. Half the public defenders are women.

Q: Any advice for your successor?

A: Judge Marcus Odell is a fine lawyer. I'd tell him what old Judge Frank Cheatham told me my first week: "Be kind to the people who have no lawyer, because nobody else will be."

Q: What's next?

A: Fishing, poorly. And our granddaughter, Lily, is applying to law school. She keeps asking me to read her essays. I keep telling her I'm a judge, not an editor. She says there's no difference.

Q: Any regrets about retiring?

A: Ask me in a year. Evelyn says she gives me six months before I'm volunteering at the legal aid office. She's usually right.
"""),

dict(title="Coast Guard rescues three as scalloper Miss Abigail sinks off Cape Ann", text="""
GLOUCESTER — Three fishermen were pulled from the water early Thursday after the 72-foot scalloper Miss Abigail took on water and sank about 40 miles east of Cape Ann, the Coast Guard said.

The vessel's captain, Anthony Brancaleone, 56, of Gloucester, radioed a mayday at 3:12 a.m. reporting that the boat was flooding through the lazarette and that the pumps could not keep up. He and his two crew members put on survival suits and abandoned ship into a life raft about 20 minutes later.

"She went down stern first, and fast," Brancaleone said by phone from Addison Gilbert Hospital, where the men were treated for mild hypothermia. "I've been on her for 19 years. I've never seen water come in like that."

An MH-60 Jayhawk helicopter crew from Air Station Cape Cod arrived on scene at about 4:05 a.m. The aircraft commander, Lt. Megan Fisk, said waves were running 8 to 10 feet with winds near 30 knots.

"The raft was exactly where they said it would be, and their strobe lights were on. They did everything right," Fisk said. She said rescue swimmer Petty Officer 2nd Class Jordan Reyes hoisted the three men aboard one at a time.

Crew member Luis Medeiros, 34, of New Bedford, said he had been asleep below deck when the captain woke him. "Tony just said, 'Suits, now.' He didn't yell. That's how I knew it was bad," Medeiros said.

The third crew member, 23-year-old deckhand Cody Lyons of Rockport, was on his second trip as a commercial fisherman. His mother, Sharon Lyons, said she learned of the sinking from a Coast Guard officer who called her at 6 a.m. "He said, 'Your son is safe,' before he said anything else. I'll love that man forever," she said.

Miss Abigail was owned by Brancaleone and his sister, Donna Brancaleone Curcuru, who said the family named the boat after their late mother. "She was a good boat. She brought a lot of people home," Curcuru said.

The Coast Guard said it would investigate the cause of the sinking. The boat was carrying about 1,500 gallons of diesel fuel, and a small sheen was reported on the surface.

It was the second fishing vessel lost off Massachusetts this year.
"""),

dict(title="Chilean folk singer Rosa Elvira Maldonado dies at 84", text="""
SANTIAGO, Chile (Andes Press Service) — Rosa Elvira Maldonado, the Chilean folk singer whose recordings of peasant songs from the Maule countryside helped preserve a tradition that was disappearing as rural families moved to the cities, died on Tuesday in Talca. She was 84.

Her son, Mauricio Pizarro Maldonado, said his mother died at home surrounded by family after a long battle with kidney disease.

Born in 1940 in the village of Pencahue, Maldonado began singing at rural festivals as a girl, accompanying herself on a guitar her father had traded for a sack of wheat. In the 1960s she traveled by bus and on horseback across central Chile recording elderly singers, often on a reel-to-reel tape machine borrowed from the University of Chile.

Musicologist Rodrigo Tapia Leiva, who has studied her archive, said Maldonado collected more than 2,000 songs, many of which survive in no other source. "She understood before almost anyone that these voices would be gone in a generation, and she decided they would not be," he said.

After the 1973 coup, Maldonado went into exile in Sweden with her husband, the poet Sergio Pizarro, and their two young sons. She continued to perform in Europe and returned to Chile in 1989. Her husband died in 2011.

Singer Javiera Soto Ríos, who recorded an album of Maldonado's songs in 2018, said the older woman had spent weeks teaching her the proper way to ornament a tonada. "She would stop me after every line. She was tough, and she was always right," Soto said.

Culture Minister Elena Fuentealba said the government would declare two days of official mourning in the Maule region. The Senate observed a minute of silence in her honor on Wednesday.

Her younger son, Andrés Pizarro, a music teacher in Talca, said he and his brother would donate her recordings to the National Library. "Our mother always said the songs did not belong to her. She was just keeping them for a while," he said.

Maldonado is survived by her two sons and five grandchildren. Her funeral will be held on Thursday in Pencahue.
"""),

dict(title="Police seek suspect in string of Midtown car break-ins", text="""
SACRAMENTO — Sacramento police are asking for the public's help identifying a person suspected of breaking into at least 14 cars in Midtown over the past three weeks, most of them parked along J and K streets between 20th and 28th.

Surveillance video released by the department Monday shows the suspect, who wore a dark hooded sweatshirt, a surgical mask and light-colored gloves, smashing the passenger window of a sedan with what appears to be a spark plug fragment shortly after 2 a.m. on Saturday. They then reach inside, grab a backpack and walk calmly east on K Street.

Police spokesperson Officer Karina Dominguez said investigators had not determined the suspect's gender or age. She said they appear to be between 5 feet 6 and 5 feet 10 and of slim build.

"We're asking anyone who recognizes this individual, or who has doorbell or dashboard camera footage from those blocks, to contact us," Dominguez said. "Even if they think it's nothing."

One of the victims, Midtown resident Aaron Feld, said he lost a laptop containing two years of work on his graduate thesis. He said he had backed up only part of it. "I'm not even angry about the window. I just want the laptop back," Feld said.

Another victim, nurse Priya Balasubramanian, said her car was broken into twice in eight days. She said the thief took a gym bag the first time and nothing the second, because she had stopped leaving anything in the car.

City Councilmember Dana Pruett, whose district includes Midtown, said she had asked the department to increase overnight patrols. Police Capt. Ronald Hughes said two additional officers had been assigned to the area on weekend nights.

Hughes said car break-ins citywide were down about 9 percent from last year, but that clusters like this one often involve a single person. "When they stop, the numbers stop," he said.

Business owner Maria Tran, who runs a coffee shop on J Street, said two of her employees had been victims. She said she had begun walking her staff to their cars after closing.

Anyone with information can call the Sacramento Police Department at 916-808-5471 or submit an anonymous tip through Sacramento Valley Crime Stoppers.
"""),

dict(title="Bohol teacher of 38 years named among country's outstanding educators", text="""
TAGBILARAN CITY — A public school teacher who has spent 38 years teaching in a mountain barangay of Carmen, Bohol, was named on Friday one of this year's Outstanding Filipino Teachers in the Gawad Gurong Huwaran awards of the Pundasyon ng Guro, the Department of Education's Bohol division announced.

Mrs. Leticia Abad, 61, a Grade 6 adviser at Buenos Aires Elementary School, was cited for a reading program she started in 2009 that uses local folk tales written in Boholano and English. Her pupils have since raised their reading comprehension scores from among the lowest in the division to above the provincial average.

Abad said she learned of the award through a text message from the schools division superintendent while she was checking test papers. "I thought it was a scam. I almost deleted it," she said.

She began teaching in 1986, two years after graduating from what is now Bohol Island State University. For most of her career she walked an hour each way to the school, until a road was paved in 2014.

Principal Felix Amora said Abad regularly spent her own money on books and had turned a storage room into a small library that pupils now run themselves. "She does not wait for the budget. If she waited for the budget, we would still be waiting," he said.

Former pupil Angelica Pacaña, now a nurse at the Gov. Celestino Gallares Memorial Hospital, said Abad visited her family's home when she stopped going to school at age 11 to help her mother sell vegetables. "She talked to my mother for two hours. The next Monday I was back in class," Pacaña said.

Bohol Schools Division Superintendent Dr. Emilio Cabanag said the award would bring a cash prize of P200,000 and a trophy, to be presented in Manila in September.

Abad's husband, Crisostomo, a retired farmer, said his wife would probably spend the prize on the school. "I told her to buy herself something. She said the school is herself," he said.

Abad said she plans to retire next year but intends to keep helping with the reading program as a volunteer. "The children still have stories to read," she said.
"""),

dict(title="Twin doctors Nnamdi and Adaeze Okafor open clinic in their old neighborhood", text="""
HOUSTON — Nnamdi Okafor and Adaeze Okafor were born three minutes apart at Ben Taub Hospital in 1990. On Monday, the twins opened a family medicine clinic four blocks from the apartment complex in southwest Houston's Alief neighborhood where they grew up.

The Okafor Family Health Center on Bellaire Boulevard will accept Medicaid and uninsured patients on a sliding-fee scale, something the twins said was missing in the area when they were children.

"Our mom used to drive us 40 minutes to a clinic downtown and wait four hours," said Dr. Adaeze Okafor, an internist. "We decided a long time ago that we'd come back and fix that."

Her brother, Dr. Nnamdi Okafor, a pediatrician, said the idea started as a joke between them in middle school. "She'd say, 'I'll take the grownups, you take the babies.' I said fine, because babies don't argue," he said.

Both attended Elsik High School, graduated from the University of Houston and earned their medical degrees at UTMB in Galveston. Adaeze completed her residency at Baylor College of Medicine, while Nnamdi trained at Texas Children's Hospital.

Their mother, Ngozi Okafor, a retired nurse who emigrated from Enugu, Nigeria, in 1986, cut the ribbon at Monday's opening. Their father, Chukwuemeka Okafor, a taxi driver for 30 years, died in 2017. Nnamdi said his father had driven them to every science fair and never missed a graduation.

"He would have been telling every passenger in his cab about this," Adaeze said. "Every single one."

Harris County Commissioner Maribel Ochoa, whose precinct includes Alief, said the clinic would serve a community where about one in four residents lacks health insurance. Aisha Mahmoud, a community health worker who helped the twins recruit patients, said she had already booked more than 200 appointments.

The siblings financed the clinic with loans and a $250,000 grant from a local health foundation. They said they plan to hire a nurse practitioner and a social worker by the end of the year.

Asked who is in charge, both twins pointed at each other. "She's older," Nnamdi said. "By three minutes," his sister said. "He's never let it go."
"""),

dict(title="Guatemalan president vetoes mining law, setting up clash with Congress", text="""
GUATEMALA CITY (Andes Press Service) — Guatemalan President Lucía Arévalo Monzón on Monday vetoed a bill that would have eased environmental permits for metal mines, setting up a confrontation with the opposition-controlled Congress and the country's mining industry.

In a televised address from the National Palace, Arévalo said the law would have allowed companies to begin exploration before consulting Indigenous communities, in violation of Guatemala's commitments under the International Labor Organization's Convention 169.

"Guatemala will not sell her water to pay her debts," the president said. "Development that poisons our rivers is not development."

The bill was sponsored by congressman Rodrigo Castañeda Pivaral of the opposition Valor Nacional party, who called the veto "an act of ideological sabotage" against an industry that he said could create 20,000 jobs. He said his party would seek the two-thirds majority needed to override it.

"The president talks about the future, but she is condemning the highlands to permanent poverty," Castañeda told reporters at the Congress building.

Opposition leaders hold 87 of the 160 seats, short of the 107 needed for an override. Analyst Marta Yolanda Díaz of the Association for Research and Social Studies said an override would require votes from at least two smaller parties that have so far been aligned with the president.

Indigenous leader Tomás Cux Choc, a Q'eqchi' authority from El Estor, where a nickel mine has been at the center of protests for years, praised the veto. "For once, someone in the capital listened to us," he said. His organization had held marches against the bill in five departments.

Chamber of Industry president Beatriz Melgar said in a statement that the veto sent a negative signal to foreign investors and that she had requested a meeting with the president. She said mining companies had already withdrawn two planned projects this year because of legal uncertainty.

Arévalo, a former environmental lawyer who took office in January, has clashed repeatedly with Congress over judicial appointments and the budget. Her approval rating stood at 58 percent in a poll published last month by the newspaper Prensa Libre.

Congress has 30 days to consider the veto.
"""),

dict(title="Father, daughter reach semis at Kansas Amateur", text="""
WICHITA — Golf has always been a family conversation at the Brennan house. This week at Crestview Country Club, it turned into a family leaderboard.

Tom Brennan, 52, and his daughter, Caitlin Brennan, 19, both advanced to the semifinal round of their respective divisions at the Kansas Amateur Championship on Thursday — Tom in the mid-amateur bracket and Caitlin in the women's championship.

"We had a deal: whoever loses first buys dinner," Caitlin said after beating Olathe's Grace Hwang 3 and 2 in the quarterfinals. "He's been nervous all week because he knows I'm going to win that bet."

Her father, a dentist in Hutchinson who played collegiately at Kansas State in the early 1990s, edged Manhattan's Jeff Lundquist 1 up in a match that went to the 18th green. He said he spent part of the back nine watching his daughter's scores on his phone.

"I probably shouldn't have been doing that. I three-putted 14 because I was checking on her," Tom Brennan said. "She'd be mad if she knew. Don't tell her."

Caitlin, a sophomore at Wichita State, took up the game at age 4 when her father cut down an old 7-iron for her. She won the Kansas junior girls title in 2022 and is ranked in the top 300 of the World Amateur Golf Ranking.

Her coach at Wichita State, Kellie Morgan, said Caitlin's short game was the best on the team. "She gets that from her dad. Her long game she got from her mom," Morgan said, referring to Susan Brennan, a former high school state champion who caddied for her daughter this week.

Susan Brennan said she had no intention of picking sides. "I'm on Caitlin's bag, so I'll be cheering for Caitlin. But I'll bring Tom a sandwich," she said.

In Friday's semifinals, Caitlin Brennan faces defending champion Ava Delgado of Lawrence, while Tom Brennan meets Overland Park's Chris Whitaker.

If both win, they would play their championship matches at the same time Saturday on adjacent nines. Caitlin said she already had a plan. "I'm not looking at his score," she said. "He can look at mine."
"""),

dict(title="Cebu startup's app links fisherfolk directly to restaurants", text="""
CEBU CITY — Three University of the Philippines Cebu graduates who started a seafood delivery app out of a boarding house in Lahug have raised P60 million from investors to expand the service to Bohol and Negros Oriental, the company announced on Thursday.

The app, called Isda Direct, lets small-scale fisherfolk in Cordova, Olango Island and Daanbantayan post their catch in the morning and sell it to hotels and restaurants in Metro Cebu before noon, bypassing traders who often buy fish at a fraction of market prices.

Co-founder and chief executive Katrina Ybañez, 29, said fishers who use the app earn an average of 35 percent more per kilo than they did selling to middlemen. "My lolo was a fisherman in Cordova. He worked his whole life and never owned his own boat," she said. "I wanted to build something for him, even if he's not here to use it."

Her co-founders are Joanna Lim, 30, who leads operations, and Carlo Jumao-as, 29, the chief technology officer, who wrote the first version of the app on a secondhand laptop. Jumao-as said he and Ybañez had argued for weeks about whether the app should be in English or Cebuano.

"Katrina said Cebuano. I said English. Joanna said both, and Joanna was right, which is usually what happens," he said.

Lim said the hardest part had been logistics, not technology. She said the company now operates 14 refrigerated tricycles and a cold storage room in Mandaue. "The fish doesn't care about our app. It cares about ice," she said.

The funding round was led by Manila-based venture firm Kalayaan Capital. Partner Miguel Santos said the firm was drawn by the startup's growth, from 40 fishers in 2022 to more than 1,300 today.

Fisherwoman Lorna Cabahug, 47, of Olango Island, said she used to sell her catch to a trader who set the price. "Now I see the price myself on the phone. My son taught me how to use it," she said.

Chef Anton Villacorta of the Baybay Kitchen restaurant group said his kitchens now buy about a third of their seafood through the app. He said the fish often arrives within four hours of being caught.

Ybañez said the company plans to hire 60 more people this year.
"""),
]
