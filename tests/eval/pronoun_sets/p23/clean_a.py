ARTICLES = [

dict(title="North Vancouver Council Split Over Lonsdale Tower Rezoning", text="""A proposal to build a 32-storey residential tower near Lonsdale Quay divided North Vancouver city council on Monday, with two veteran councillors trading sharp words during a three-hour public hearing.

Councillor Sarah Whitlock, who has represented the waterfront area for nine years, said the tower would cast shadows over a public plaza and overwhelm local streets. "We were promised a human-scale waterfront," she said. "This is not human scale."

Councillor Mark Adebayo, who chairs the housing committee, said the city could not afford to turn down 290 new homes, including 60 below-market rentals. "Every week I hear from young families who are leaving the North Shore," he said. "This project is one answer to them."

Whitlock replied that the below-market units were guaranteed for only 20 years. "After that, they're just expensive condos," she said.

Adebayo countered that the developer had agreed to extend the covenant to 60 years in an amendment filed last week. "Councillor Whitlock may not have seen it," he said. "I'm happy to share my copy."

"I've seen it," Whitlock said. "I've also seen how covenants get renegotiated."

The developer, Crestline Properties, was represented by vice-president Anthony Russo. He told council that the tower's design had been revised three times in response to public feedback, lowering the height from 38 storeys and adding a daycare on the ground floor.

More than 40 residents spoke. Retired teacher Joanne Fitzgerald said she had lived near the quay since 1987 and feared the character of the neighbourhood would be lost. Graduate student Liam Park said he and his partner had been searching for an apartment for eight months. "I'd love to have a shadow problem," he said. "At least I'd have a home."

Mayor Eileen Tran, who has not declared a position, thanked speakers and said council would vote at its next regular meeting. She said she would review the amended covenant before deciding.

After the hearing, Adebayo and Whitlock were seen talking in the council chamber for several minutes. Asked about the exchange, Whitlock said she and her colleague "agree on more than people think." Adebayo said simply that he respected her. "She fights for her neighbourhood," he said. "I'd expect nothing less."

The vote is scheduled for March 4."""),

dict(title="Mural Artist's Design Chosen for Renovated Accra Library", text="""The Ghana Library Authority has chosen a design by the artist Rowan Ellis for a 40-metre mural that will wrap around the entrance of the renovated George Padmore Research Library in Accra, officials announced on Wednesday.

Ellis, a British-Ghanaian painter who uses they/them pronouns, was selected from 58 entries. Their design shows a river of books flowing from the Volta to the sea, with the faces of Ghanaian writers emerging from the water.

"I wanted the wall to feel like it was reading back to the people walking past," Ellis said at the announcement. "Libraries are where a country keeps its memory. I wanted to paint that memory as something alive."

Library Authority chief executive Hajia Mariam Sulemana said the jury had been unanimous. "The design is ambitious, but it is also rooted," she said. "It could only have been made for this building."

Ellis grew up between Peckham and Osu, and their work has appeared on walls in London, Lagos and Johannesburg. They moved to Accra full-time in 2020 and now run a studio in Jamestown, where they teach free painting classes to teenagers on Saturdays.

The jury was chaired by the sculptor Kwabena Adusei, who said he had been moved by the decision to include lesser-known writers alongside famous names such as Ama Ata Aidoo and Ayi Kwei Armah. "Rowan did their research," he said. "There are faces on that wall that many Ghanaians will be meeting for the first time."

Work will begin in January and is expected to take four months. Ellis will be assisted by a team of six young painters, several of them former students from the Jamestown classes. One of them, 19-year-old Esinam Dogbe, said she had never imagined working on a public building. "Rowan told us to apply," she said. "They believed in us before we did."

The renovation of the library, funded partly by a grant from a private foundation, has cost about 12 million cedis. The project's architect, Daniel Osei-Tutu, said the mural was the final piece. "The building was finished, but it didn't have a voice," he said. "Now it will."

Ellis said they planned to document the painting process online so that students across the country could follow along."""),

dict(title="New Coastal Ferry Slides Into Fraser River at Delta Shipyard", text="""The newest vessel in British Columbia's coastal ferry fleet slid down the slipway at a Delta shipyard on Friday morning, watched by about 300 workers, officials and families who cheered as she hit the water of the Fraser River.

The Coastal Heron, a 107-metre hybrid diesel-electric ferry, will carry up to 145 vehicles and 600 passengers on the route between Horseshoe Bay and Bowen Island when she enters service next spring. She is the first large ferry built in the province in more than a decade.

Shipyard general manager Corinne Baptiste said the launch was a milestone for the yard's 420 employees. "Most of the people who built her live within twenty kilometres of this slipway," she said. "This is their ship."

The vessel was christened by Gloria Whitehorse, an elder of the Squamish Nation, who broke a bottle of cedar-infused water over the bow. She said the name had been chosen to honour the great blue herons that nest along Howe Sound.

Captain Robert Lindahl, who will command the ferry once she enters service, watched from the dock with his crew. He has spent 26 years on the coast, most of them on the ageing vessel the Heron will replace. "The old boat has been good to us, but she's tired," Lindahl said. "This one is going to be quieter, cleaner and a lot easier to handle in a crosswind."

The ferry's batteries will allow her to operate on electric power alone in port and, eventually, across the entire crossing once charging infrastructure is built at both terminals.

Provincial Transportation Minister Harinder Sidhu said the province planned to build four more vessels of the same class. "We used to send these jobs overseas," he said. "We're bringing them home."

Not everyone was celebrating. Bowen Island resident Peter Kraus, who chairs a local ferry advisory committee, said islanders were frustrated that the new ship had been delayed by 18 months. "We're glad she's finally here," he said. "We'll be gladder when she's running."

Baptiste said fitting-out work would continue through the winter, followed by sea trials in February. She said the yard had already begun cutting steel for the second ship in the class."""),

dict(title="Historian Urges Ghana to Rethink Its Independence Story", text="""A leading Ghanaian historian used the annual Independence Day lecture at the University of Cape Coast on Thursday to argue that the country's founding story has been told too narrowly, focusing on a handful of leaders while overlooking the traders, farmers and soldiers who made independence possible.

Professor Kofi Baidoo-Mensah, 72, told a crowded auditorium that Ghana had become too comfortable with a "story of great men." He said that market women in Accra and Kumasi, who organised boycotts and funded political campaigns, deserved a place beside Kwame Nkrumah in the national memory.

"When we say Ghana won her freedom in 1957, we must ask: whose hands did the work?" Baidoo-Mensah said. "Ghana owes her independence to millions of people whose names we do not teach."

The lecture was introduced by the university's vice-chancellor, Professor Adwoa Frimpomaa Darko, who praised Baidoo-Mensah's decades of archival work. She said the university would launch an oral history project next year to record the memories of elderly Ghanaians who lived through the independence era.

The historian, who taught at universities in Ghana, Britain and the United States before returning home in 2004, spoke for nearly an hour. He described finding a ledger in the Public Records Office listing the contributions of a market women's association to the Convention People's Party. "The amounts were small, but there were thousands of them," he said.

Deputy Minister for Tourism, Arts and Culture Efua Asantewaa Boateng, who attended, said afterwards that the government would consider updating the school curriculum. "The professor is right that our children should know more of these stories," she said.

Not everyone in the audience agreed. Kwabena Asiedu, a retired civil servant, said he felt the lecture underplayed Nkrumah's role. "Nkrumah was the spark," he said. "Without him there would have been no fire."

Baidoo-Mensah said he did not dispute Nkrumah's importance. "Ghana has had great sons and great daughters," he said. "My only request is that we remember both."

A student, Abena Kyei, asked how young Ghanaians could help. The professor told her to begin at home. "Ask your grandmother what she remembers," he said. "Then write it down.\""""),

dict(title="Q&A: Metro Vancouver's Chief Water Engineer on Drought and Dams", text="""After the driest summer on record, Metro Vancouver's reservoirs dropped to their lowest levels in decades, and the region imposed its strictest water restrictions since 2015. Ravi Chandrasekhar has been the regional district's chief water engineer for six years and oversees the Capilano, Seymour and Coquitlam watersheds. He spoke to the Pacific Ledger's Melissa Hartman. The interview has been edited and condensed.

Q: How close did the region come to running out of water?

A: We were never close to taps running dry. But we were closer to the bottom of our operating range than I ever want to be again. In September I was checking the reservoir levels twice a day.

Q: Were the restrictions enough?

A: They helped a lot. Residential use dropped by about 18 per cent. I give a lot of credit to residents. I also give credit to my deputy, Laura Ferreira, who ran the public campaign. She had people reporting their own neighbours for watering lawns, which I'm not sure I fully endorse.

Q: Critics say the region should have expanded storage years ago.

A: That's a fair criticism. The Coquitlam intake project was delayed for a long time. Some of those decisions predate me. What I can tell you is that construction is underway now.

Q: What about raising the Seymour dam?

A: It's one option we're studying. My predecessor, Gordon Blakely, looked at it in 2012 and concluded it wasn't needed yet. He wasn't wrong at the time. The climate has changed faster than anyone's models.

Q: You grew up in Chennai, which has had severe water crises. Does that shape how you think about this job?

A: Absolutely. My mother used to wake up at four in the morning to fill buckets when the municipal supply came on. She did it for years. When people here tell me water restrictions are an inconvenience, I think of her.

Q: What should residents expect next summer?

A: Expect restrictions to start earlier. Expect us to ask more of industry and institutions, not just households. And expect us to be honest with you about the numbers.

Q: Any advice for people at home?

A: Fix your leaks. A leaking toilet can waste more water in a year than a lawn sprinkler. My wife, Sunita, found one in our own house last month, so I'm not speaking from a position of perfection."""),

dict(title="Chef Alex Moreno Brings Oaxacan Cooking to Gastown", text="""On a Tuesday afternoon, two hours before service, Alex Moreno is crouched beside a clay comal in the back of her new restaurant in Gastown, toasting dried chilhuacle chiles one at a time and sniffing each one.

"If you burn one, the whole mole is bitter," she says. "There's no hiding it."

Moreno, 38, opened Tlayuda in September in a narrow brick space on Water Street that previously housed a coffee roaster. The restaurant seats 34 and has been booked solid for most of its first two months, helped by a glowing review in a local magazine.

Born in Oaxaca City, Moreno learned to cook from her grandmother, who ran a food stall at the Mercado 20 de Noviembre. She moved to Vancouver at 24 to study hospitality management and spent a decade working in hotel kitchens before deciding to open her own place.

"Hotel cooking taught me discipline," Moreno said. "My grandmother taught me why any of it matters."

Her business partner, Jordan Whitfield, handles the front of house. He and Moreno met while working at a downtown hotel in 2016. "Alex is the most stubborn person I've ever worked with," Whitfield said, smiling. "She will remake a sauce three times if it's not right. I've stopped arguing."

The restaurant's mole negro takes three days to prepare and uses more than 30 ingredients, some of which Moreno imports from a cooperative of women farmers near Oaxaca. She visits them once a year.

Food writer Patrick Donnelly, who reviewed the restaurant for Vancouver Table, called the mole "the best thing I ate this year, and possibly last year too." He said Moreno's cooking had "none of the timidity that usually afflicts regional Mexican food in this city."

Moreno's sister, Daniela, flew up from Mexico for the opening and stayed for three weeks to help in the kitchen. "Alex was always the one in the kitchen with our grandmother," Daniela said. "I was the one eating."

The early success has brought offers. Moreno said an investor had approached her about opening a second location in Toronto. She turned it down, at least for now.

"I want to be here, at this comal, every night," she said. "The day I'm not, the food will know.\""""),

dict(title="Lawyer Says Businessman Was Defamed by Radio Host's Bribery Claims", text="""A lawyer for an Accra property developer told the High Court on Monday that her client's reputation had been "shredded" by a radio host who accused him on air of bribing officials to secure land titles.

Adjoa Mensah-Bonsu, counsel for developer Emmanuel Kwarteng, said in her opening address that the host, Kwaku Ansong, had made the allegations on his morning show on three occasions in 2022 without any evidence. She said the claims had cost her client two major contracts and a bank loan.

"Mr Kwarteng has spent thirty years building a business and a name," Mensah-Bonsu told Justice Comfort Ayeh-Danso. "He watched both collapse in the space of a month because a man with a microphone decided to repeat a rumour."

Kwarteng, 58, sat beside his lawyer throughout the hearing, occasionally taking notes. He is seeking 5 million cedis in damages and a public retraction.

Ansong's lawyer, Nana Akwasi Ofori, said his client had relied on information from two sources inside the Lands Commission and had acted in the public interest. "A free press must be allowed to ask questions about how land is allocated in this country," he said.

Mensah-Bonsu said the sources had since retracted their statements. She showed the court a letter from one of them, a former commission clerk, apologising to her client. "He asked for forgiveness," she said of the clerk. "My client gave it. The defendant has never asked."

The first witness, Kwarteng's daughter and business partner, Akosua Kwarteng, described the effect of the broadcasts on the family. She said her father had stopped attending church for several months because he could not face the congregation. "He is a proud man," she said. "He felt the whole city was whispering."

Under cross-examination by Ofori, she acknowledged that the company had faced financial difficulties before the broadcasts. But she insisted the loss of the bank loan was a direct result of the allegations. "The bank manager told me so himself," she said.

Justice Ayeh-Danso adjourned the hearing to Wednesday, when Ansong is expected to testify. Outside the court, Mensah-Bonsu said she was confident. "My client wants his name back," she said. "That is all he has ever asked for.\""""),

dict(title="Mother Hands Family Car Dealership to Son After 40 Years", text="""For four decades, Patricia Hughes has been the first person in and the last person out at Hughes Motors on the Lougheed Highway in Coquitlam. On Friday, she handed the keys to her son.

Ryan Hughes, 41, formally takes over as president of the dealership on January 1, ending a succession process that his mother says she started planning more than a decade ago. Patricia Hughes, 72, will remain chair of the family holding company but says she will no longer come in every day.

"I'm going to try," she said with a laugh. "Ask Ryan in six months whether I've managed it."

Patricia and her late husband, Geoffrey Hughes, opened the dealership in 1984 with a used-car lot and a borrowed tow truck. After Geoffrey died in 1996, she ran the business alone, expanding into new-car sales and adding a service centre that now employs 30 mechanics.

Her son grew up on the lot. He washed cars as a teenager and worked in sales after finishing a business degree at Simon Fraser University. "My mother never gave me anything," he said. "I had to earn every job here, and she made sure everyone knew it."

Longtime service manager Carlos Medeiros, who has worked at the dealership for 27 years, said staff were confident in the transition. "Ryan has his mother's memory for names," Medeiros said. "He knows every mechanic's kids."

The handover comes at a difficult time for independent dealerships. Industry consultant Hannah Brooks said consolidation was sweeping the sector, with large groups buying family-owned stores. "Families who want to stay in the business have to plan early and professionalise," she said. "It sounds like the Hugheses did both."

Ryan Hughes said his first priorities would be expanding the dealership's electric-vehicle inventory and training technicians to service them. His mother had resisted the shift at first, he said, but came around after test-driving an electric pickup. "She drove it home and didn't give it back for a week," he said.

Patricia Hughes said she was most proud of the people she had hired. Asked what advice she had given her son, she paused. "Answer your own phone," she said. "And never let a customer leave angry.\""""),

dict(title="Siblings Face Off in Ablekuma Assembly Election", text="""Voters in the Ablekuma North electoral area of Accra will choose between a brother and a sister in next month's district assembly elections, a contest that has divided their extended family and become a talking point across the municipality.

Ama Owusu, 44, a pharmacist who has served one term as assembly member, is seeking re-election. Her younger brother, Kwesi Owusu, 39, a secondary school headmaster, filed his nomination papers on the final day, surprising his sister and many of their neighbours.

"I learned about it on WhatsApp like everyone else," Ama Owusu said. "I love my brother. I just think he is wrong about what this area needs."

Kwesi Owusu said his decision had nothing to do with family disputes. "My sister has done good work," he said. "But the drains are still blocked, and the school I run still has no fence. I believe I can do more."

District assembly elections in Ghana are officially non-partisan, and candidates campaign mostly on local issues. Ama Owusu has pointed to a new health post and the paving of two access roads during her term. Her brother has focused on education and youth unemployment.

Their mother, Agnes Owusu, 71, said she would not say whom she would vote for. "They are both my children," she said. "On election day I will pray, and then I will vote, and then I will cook for both of them."

The siblings' uncle, Joseph Owusu, a retired police superintendent, said the rivalry had been friendly so far. "They argue at Sunday lunch, but they still come to Sunday lunch," he said.

Political scientist Dr Maame Serwaa Annan of the University of Ghana said family contests were not unusual in local elections. "In a small electoral area, everyone knows everyone," she said. "Voters often choose based on who has helped them personally."

A local youth leader, Samuel Tetteh, said many young people favoured Kwesi Owusu because of his work mentoring students. Market trader Hawa Issah said she planned to vote for Ama Owusu. "She came when my stall flooded," Issah said. "She brought sandbags herself."

The siblings have agreed to a joint debate at the community centre next week. Kwesi Owusu said he would be polite. "She is still my big sister," he said. "She will win the debate. I'm hoping to win the vote.\""""),

dict(title="The Nurse Who Took On the Health Authority", text="""Theresa Odum did not set out to become a union leader. For 22 years she worked nights in the emergency department at Royal Columbian Hospital in New Westminster, and she liked it that way. "Nights are honest," she says. "There's nobody around to pretend."

But in 2019, after a colleague collapsed from exhaustion during a triple shift, Odum ran for president of her local of the British Columbia Nurses' Union. She won by 11 votes. Five years later, she is one of the most recognisable labour figures in the province, and the health authority's executives know her number by heart.

Odum, 54, was born in Lagos and moved to Canada with her parents at the age of nine. Her father, a civil engineer, had to retrain as a technician; her mother, a teacher, worked as a cleaner for three years before her credentials were recognised. "I watched them start over," Odum said. "It made me impatient with people who say things can't change."

Her first major fight came in 2021, when she led a campaign against mandatory overtime in the hospital's emergency and intensive care units. The health authority's chief operating officer at the time, Derek Lansing, initially refused to meet her. After nurses began wearing buttons that read "Ask Me How Long I've Been Awake," he relented.

"She was relentless, but she was also reasonable," Lansing, now retired, said in an interview. "She came to the table with data. I respected that, even when I didn't like what she was asking for."

The campaign ended with a staffing agreement that capped consecutive hours and added 40 nursing positions. Odum still keeps a copy of the signed deal pinned above her desk.

Colleagues describe her as both warm and formidable. Emergency nurse Kevin Tan, who has worked alongside Odum since 2010, said she remembered the names of every nurse's children. "She'll ask about your daughter's piano recital and then go into a meeting and take the CEO apart," Tan said.

Her critics say she can be inflexible. Hospital board member Gwen Hartley said Odum sometimes treated every disagreement as a battle. "Not everything is a war," Hartley said. "But I'll say this: she's never once lied to me."

Odum's husband, Michael, a retired firefighter, says the job has taken over their kitchen table. Their son, Daniel, is in nursing school. Odum says she did not encourage him. "I told him it would break his heart," she said. "He said he'd take the risk. So I guess I raised a nurse.\""""),

dict(title="Jordan Price Scores 31 as Surrey Storm Clinch Playoff Spot", text="""Jordan Price scored 31 points, including five three-pointers, as the Surrey Storm beat the Calgary Outlaws 102-94 on Saturday night to clinch a playoff spot in the Canadian Elite Basketball League.

Price, a 26-year-old guard from Abbotsford, hit back-to-back threes early in the fourth quarter to turn a four-point deficit into a lead the Storm never surrendered. He also added seven assists and six rebounds.

"I just tried to stay aggressive," Price said after the game. "Coach told me at halftime to stop passing up open shots, so I stopped."

Storm head coach Danielle Marchetti, in her second season with the team, said Price had been the most consistent player in the league over the past month. "Jordan does everything we ask of him," she said. "He defends, he moves the ball, and when we need a basket, he wants the ball. You can't teach that."

The win was especially meaningful for Price, who missed most of last season with a torn ligament in his left knee. He spent eight months rehabilitating with team physiotherapist Karen O'Neill, who said he never missed a session. "Some days he could barely bend it," O'Neill said. "He'd come in anyway."

Calgary forward Terrell Young led the Outlaws with 24 points. He said the Storm had simply made more shots down the stretch. "Price got hot," Young said. "When he's like that, there isn't a lot you can do."

The crowd of 3,200 at the Surrey Sport and Leisure Complex included Price's mother, Lorraine, and his younger sister, Kayla, who plays for the University of the Fraser Valley women's team. Kayla Price said her brother had taught her to shoot in their driveway. "He never let me win," she said. "Not once. I'm still mad about it."

Storm general manager Victor Osei said the club hoped to sign Price to a contract extension before the off-season. "We want him here long term," Osei said. "He's from here, people love him, and he's getting better every year."

Surrey close out the regular season with two road games next weekend. Marchetti said she might rest some starters, though she doubted Price would agree to sit. "He'll argue with me," she said. "He usually wins.\""""),

dict(title="Edward Tsang, Who Designed Vancouver's Pedestrian Bridges, Dies at 88", text="""Edward Tsang, a structural engineer whose elegant pedestrian bridges reshaped Vancouver's waterfront and whose quiet mentorship shaped a generation of engineers, died on Monday at his home in Kerrisdale. He was 88.

His wife, Winnie Tsang, said he died in his sleep after a long illness.

Born in Hong Kong in 1936, Mr Tsang studied civil engineering at the University of Hong Kong and moved to Vancouver in 1965 to work for a firm designing highway overpasses. He found the work dull. "He said he didn't want to spend his life building things that people drove under without looking up," his daughter, Dr Caroline Tsang, said.

In 1978 he founded his own practice, Tsang Structural, and began designing footbridges. His best-known work, the slender cable-stayed crossing over False Creek completed in 1991, was praised for its lightness and remains a favourite of photographers.

Architect Margaret Ellison, who collaborated with him on several projects, said he had an unusual gift for making engineering visible. "Most engineers hide the structure," she said. "Edward wanted you to see exactly how it held itself up. He thought that was the beautiful part."

Mr Tsang was also known for hiring and training women at a time when few structural firms did. Among them was Susan Kirkpatrick, who joined the firm in 1983 and later became its managing partner. "He never treated me as anything but an engineer," Kirkpatrick said. "In those days, that was rare enough to be remarkable."

He retired in 2004 but continued to teach a graduate seminar at the University of British Columbia until he was 80. Former student Raj Mehta, now a bridge engineer with the province, said Mr Tsang would bring balsa wood and string to class and ask students to build models before touching a computer. "He said your hands had to understand a bridge before your software did," Mehta said.

Outside engineering, he was a devoted gardener and a formidable opponent at Chinese chess. His son-in-law, Paul Nguyen, said he had never beaten him. "Not once in twenty years," Nguyen said. "He would apologise every time he won."

In addition to his wife and daughter, Mr Tsang is survived by a son, Michael, and four grandchildren. A funeral will be held on Saturday."""),

dict(title="Detective Describes Long Hunt for Langley Arson Suspect", text="""The detective who led the investigation into a series of arson attacks in Langley last year testified on Tuesday that the suspect had taunted police with anonymous letters before he was finally arrested.

Detective Constable Marisa Kowalczyk of the Langley RCMP told a B.C. Supreme Court jury in New Westminster that investigators received four handwritten letters between April and August 2023, each predicting the location of the next fire. Prosecutors allege they were written by the accused, Nathan Pryce, 29, a former volunteer firefighter.

Pryce has pleaded not guilty to eight counts of arson. No one was injured in the fires, which destroyed two barns, a vacant house and several vehicles.

Kowalczyk said she first suspected Pryce after noticing that he had been among the first volunteers to respond to three of the fires. "It was a pattern that couldn't be ignored," she told the court. "He arrived faster than anyone else, and he always seemed to know where to go."

Under questioning by Crown prosecutor Andrea Lindqvist, the detective described a surveillance operation in which officers followed Pryce for 11 days. She said he was arrested on August 23 near a hay barn on 208th Street, carrying a plastic jug of gasoline and a lighter.

Defence lawyer Martin Osborne challenged Kowalczyk's account in cross-examination. He suggested that the detective had fixed on his client early and ignored other suspects, including a farm worker who had a dispute with one of the property owners.

"We investigated every lead," Kowalczyk replied. "I interviewed that man myself. He had an alibi for every fire."

Osborne also questioned the handwriting analysis. He told the jury that the Crown's expert, forensic document examiner Dr Helen Barakat, had described her conclusion as "probable" rather than certain. Kowalczyk said she was not qualified to comment on the handwriting analysis.

One of the barn owners, dairy farmer Greg Vanderhoek, testified earlier in the day. He said he lost 300 bales of hay and a tractor in the fire on his property. "My daughter saw the flames from her bedroom window," he said. "She still won't sleep with the curtains open."

Pryce, dressed in a grey suit, showed no reaction as the detective testified. His mother sat in the gallery behind him. The trial, scheduled to last four weeks, resumes Wednesday."""),

]
