ARTICLES = [

dict(title="Kilrush councillors split over Sunday parking charges", text="""
Plans to introduce Sunday parking charges in Kilrush town centre were deferred at Monday's meeting of the West Clare Municipal District after councillors failed to agree on whether the charges would help or harm local traders.

The proposal, brought by the district's senior engineer, Ms Yvonne Corbett, would extend pay parking to Sundays between 10am and 6pm. She told members that Sunday traffic had grown by about 30 per cent since the marina was extended in 2022 and that visitors were parking all day on the Square.

"Local people can't find a space to go to Mass or to the shop," Ms Corbett said. "The charge is about turnover, not revenue. We'd expect to make very little money from it."

Cllr Pat McInerney said he was opposed. "The shops on Frances Street are barely surviving," he said. "The last thing they need is a parking warden on a Sunday chasing away the only customers they get."

Cllr Róisín Talty disagreed. She said several traders had told her the opposite. "I've spoken to the butcher, the chemist and two cafés. They all said the same thing: they want spaces that turn over. A camper van that sits on the Square from Friday to Monday is no good to anyone."

Cllr McInerney said he would like to know which traders she had spoken to. Cllr Talty said she would be happy to give him the list.

The cathaoirleach, Cllr Noel Considine, proposed that the district carry out a survey of traders and residents before making a decision. He said he had received more correspondence on the issue than on any other matter this year.

Cllr Marie Griffin supported the survey but said the district should also look at designated parking for camper vans at the marina. "People are coming here because it's beautiful," she said. "We should give them somewhere to park that isn't the middle of the town."

Ms Corbett said a camper van site was being considered as part of the marina development plan. She said she would bring a report to the next meeting.

Cllr McInerney said he welcomed the survey but warned that he would oppose any charge that applied to local residents. Cllr Talty said she agreed that residents should be exempt, and the two councillors shook hands at the end of the meeting.
"""),

dict(title="Man jailed for burglary of elderly widow's home in Sligo", text="""
A 34-year-old man who broke into the home of an 81-year-old widow in Sligo while she slept has been sentenced to four years in prison, with the final year suspended.

Kevin Mulhern, of no fixed abode, pleaded guilty at Sligo Circuit Criminal Court to burglary at the home of Mrs Annie Feeney in Strandhill Road in November last year.

Detective Garda Sarah Kilgallon told the court that Mrs Feeney woke at about 3am to find a man standing in her bedroom. He took her handbag, which contained €140 and her late husband's wedding ring, and left through the back door.

Det Gda Kilgallon said Mrs Feeney had been able to give a detailed description of the intruder, and Mulhern was identified from CCTV footage at a nearby petrol station. He was arrested two days later. The ring has never been recovered.

In a victim impact statement, Mrs Feeney said she had not slept in her own bedroom since the burglary. "That ring was the last thing I had that he gave me," she said. "I wore it on a chain when I was in bed. He took it out of my bag while I watched him."

Her son, Mr Martin Feeney, read the statement on her behalf. He said his mother had since moved in with his sister, Ms Catherine Feeney, in Rosses Point.

Counsel for Mulhern, Ms Denise Callaghan BL, said her client had been addicted to heroin for fifteen years and had committed the burglary to fund his habit. She said he was deeply ashamed and had written a letter of apology to Mrs Feeney.

"He knows that nothing he says can undo what he did," Ms Callaghan said. "He has been drug-free in custody for seven months, and he wants to stay that way."

Judge Desmond Keaveney said the burglary of a sleeping elderly woman's home was among the most frightening crimes a person could experience. He said he took into account Mulhern's guilty plea and his efforts at rehabilitation.

He suspended the final year on condition that Mulhern engage with addiction services on his release. Afterwards, Det Gda Kilgallon said Mrs Feeney had been kept informed of the outcome. "She's a remarkable woman," she said. "She asked us to make sure he gets help."
"""),

dict(title="Sam Okonkwo's recycling start-up wins €500,000 backing", text="""
A Limerick start-up that turns discarded hospital plastics into building materials has raised €500,000 from Enterprise Ireland and a group of private investors, its founder said on Wednesday.

Sam Okonkwo, who founded Medcycle in 2022 after working as a theatre nurse at University Hospital Limerick, said the funding would allow the company to open a processing plant in Raheen and hire twelve people.

"I spent eight years watching us throw out bags of perfectly clean plastic wrapping every day," she said. "Some of it never touches a patient. I kept thinking somebody must be able to use it."

Ms Okonkwo, 36, developed the process with Dr Patrick Slattery, a materials scientist at the University of Limerick, who is the company's chief technology officer. The plastic is shredded, sterilised and compressed into panels that can be used for insulation and temporary walls.

Dr Slattery said the hardest part had been persuading hospitals to separate their waste. "The technology was the easy bit," he said. "Sam spent a year going from ward to ward explaining it to nurses. She speaks their language. I don't."

The company already collects plastic from three hospitals in the Mid-West and has signed a supply agreement with a Galway construction firm. Ms Okonkwo said she hoped to work with ten hospitals by the end of next year.

Her husband, Mr Chidi Okonkwo, an accountant, handled the company's finances for its first two years before a full-time finance manager, Ms Rachel Fox, was hired in March. Ms Okonkwo said her husband had not been paid for the work. "He says I owe him about four hundred dinners," she said.

The investment round was led by Ms Tara Higgins, a former medical device executive, who said she had invested because Ms Okonkwo understood her customers. "Sam has worked in the place she's selling to," Ms Higgins said. "That's rare, and it matters."

The HSE's national waste lead, Mr Gerry Lonergan, said the health service produced about 45,000 tonnes of waste a year and was looking for ways to reduce it. He said Medcycle was one of several companies the HSE was talking to.

Ms Okonkwo said she still works one shift a month at the hospital. "I don't want to forget why I'm doing this," she said.
"""),

dict(title="Playwright and director on bringing a Dublin strike to the Abbey stage", text="""
The 1913 Lockout has been dramatised many times, but the playwright Orla Keating says she had never seen it told from the kitchen.

Her new play, Scab, which opens at the Abbey Theatre next week, follows a tenement family in Gardiner Street during the five months of the strike. The father is a locked-out docker; the mother takes in washing from the families of the employers.

"Everyone remembers Larkin on the balcony," Keating said at a rehearsal this week. "Nobody remembers the women who kept their children alive while the men were out. I wanted to write about them."

The production is directed by Donal Whelehan, who has worked with Keating on two previous plays. He said the script had changed substantially in rehearsal. "Orla rewrites every night," he said. "I come in every morning with a new scene on my desk. Some of them are better than the old ones."

Keating laughed. "He means some of them are worse."

The pair met in 2014, when Whelehan directed her first play at the Project Arts Centre. She said she trusted him because he was willing to argue with her. "Donal will tell me when a scene isn't working. A lot of directors are too polite."

Whelehan said the relationship worked in both directions. "She tells me when my staging is getting in the way of the words. She's usually right, which is annoying."

The lead role of the mother, Bridget Kavanagh, is played by Niamh Cullinan, who said she had drawn on her own grandmother's stories of the tenements. Her stage husband is played by Peter Brogan, who said the play had made him rethink what he knew about the Lockout.

"I'd always seen it as a story about men," Brogan said. "This is a story about a marriage under pressure. He's on strike, she's working for the other side, and they both think they're doing the right thing."

The Abbey's artistic director, Ms Caitríona Mac Lochlainn, said the theatre had commissioned the play in 2021. "Orla brought us an idea we hadn't seen, about a story we thought we knew."

Scab runs from 4 October to 15 November. Keating said she would be in the audience every night. Whelehan said he would be in the bar.
"""),

dict(title="Gilmartin hands Sligo engineering firm to daughter as son-in-law takes finance role", text="""
The founder of one of the north-west's largest engineering firms has stepped down as managing director after 38 years, handing the business to his daughter.

Mr Bernard Gilmartin, 71, set up Gilmartin Engineering in a garage in Collooney in 1987. It now employs 240 people and makes components for medical device and pharmaceutical companies in Ireland, the US and Germany.

His daughter, Ms Laura Gilmartin, 42, becomes managing director with immediate effect. She has been operations director since 2016 and previously worked for a medical device company in Galway.

"I've been preparing for this for years, but it still feels strange," Ms Gilmartin said. "Dad built this company out of nothing. I'm very conscious of that."

Her father said the decision had been easy. "She's better at this than I ever was," he said. "She understands the customers, and she understands the technology. I understood the lathe."

Ms Gilmartin's husband, Mr Ciarán Dowd, becomes finance director. He joined the company in 2019 from PwC in Dublin. Mr Gilmartin said his son-in-law had been appointed on merit after an external search.

"People will say it's a family carve-up," Mr Gilmartin said. "The board interviewed four candidates for the finance job. Ciarán was the best of them. If he hadn't been, he wouldn't have got it."

Mr Dowd said he was aware of the perception. "I'll be judged on the numbers, like anyone else," he said. "Laura is my boss at work. She's made that very clear."

The company's non-executive chair, Ms Patricia Henry, a former IDA executive, said the board had been involved in the succession plan for five years. She said Mr Gilmartin would remain on the board as a non-executive director for two years.

Mr Gilmartin's son, Mr Eoin Gilmartin, a doctor in Sligo University Hospital, has no role in the business. He said he was proud of his sister. "She was always going to run it," he said. "I was the one who fainted at the sight of oil."

Ms Gilmartin said her first priority was a €12 million expansion of the Collooney plant, which would add 60 jobs. Her father said he intended to spend his retirement fishing on Lough Gill, though his daughter doubted he would stay away from the factory floor.
"""),

dict(title="Midwives at Portiuncula praised as couple welcome quadruplets", text="""
A couple from Ballinasloe have thanked the staff of Portiuncula University Hospital after the birth of quadruplets, believed to be the first delivered at the hospital in its 80-year history.

Mr David Fahy and Ms Ciara Fahy welcomed two boys and two girls on Saturday morning. The babies were born at 32 weeks and are being cared for in the hospital's neonatal unit. All four are said to be doing well.

"We still can't quite believe it," Ms Fahy said from her hospital bed on Tuesday. "We went in for a scan expecting one baby and came out expecting four. David had to sit on the floor."

Her husband said he had recovered since. "I'm fine now," he said. "I've been told I'll be changing forty nappies a day, so I'm trying to enjoy the sleep while I can."

The delivery was led by consultant obstetrician Dr Hassan Mirza and a team of 18 staff, including four midwives, two neonatologists and anaesthetists. Dr Mirza said the team had rehearsed the delivery several times in the weeks beforehand.

"Multiple births carry real risks for both mother and babies," he said. "We planned every step. Ciara was extraordinary throughout. She asked more questions than any patient I've ever had."

The clinical midwife manager, Ms Gráinne Coen, said her staff had been "buzzing" since the birth. She said one of the midwives, Ms Laura Kenny, had been on duty for 14 hours and refused to go home until all four babies were settled.

"She told me she wasn't leaving until she'd seen every one of them feed," Ms Coen said. "That's the kind of team we have."

The babies have been named Rory, Aoife, Jack and Sadhbh. Ms Fahy said the names had been chosen by drawing them from a hat. "David wanted to name one of the boys after his father," she said. "His father said one Michael in the family was enough."

The couple, who both work as teachers, have launched an appeal for baby equipment through their local parish. Mr Fahy said the response had been overwhelming. "A woman from Aughrim arrived at our door with a double buggy she'd kept in her attic for twenty years. She wouldn't take a cent for it."
"""),

dict(title="Tribunal finds university failed to investigate professor's bullying claim", text="""
The Workplace Relations Commission has found that Atlantic Technological University failed to properly investigate a complaint of bullying made by a professor against a colleague, and ordered it to pay her €28,000 in compensation.

Professor Gillian Naughton, who teaches environmental science at the university's Galway campus, told the commission that a fellow professor, Professor Richard Lavin, had repeatedly undermined her in meetings, removed her name from a grant application and made disparaging remarks about her to students.

Prof Naughton said she made a formal complaint in 2022, but the university took 14 months to appoint an investigator and never completed the investigation. "I was left working in the same corridor as him for two years with no outcome," she said. "It made me ill."

Prof Lavin, who gave evidence at the hearing, denied bullying his colleague. He said the two had "a robust professional disagreement" about the direction of the department's research and that he had removed her name from the grant application because she had not contributed to it.

"I accept we didn't get on," he said. "I don't accept that I bullied her. I've never spoken about her to students in the way she describes."

Adjudication officer Ms Catherine Foley said it was not her role to decide whether bullying had occurred but whether the university had followed its own procedures. She found that it had not.

"The complainant raised a serious matter and was entitled to have it investigated promptly and fairly," Ms Foley wrote. "So was the respondent, who has had an unresolved allegation hanging over him for more than two years."

The university's head of human resources, Mr Declan Forde, told the hearing that the investigation had been delayed by a shortage of trained investigators and by the resignation of the first investigator appointed. He said the university had since changed its procedures.

Prof Naughton said afterwards she was pleased with the decision but sorry that the case had been necessary. Prof Lavin said he was glad the commission had recognised that no finding had been made against him. Both remain employed by the university.
"""),

dict(title="Skipper Meabh Conlon and her crew bring Aurora home in Round Ireland race", text="""
Meabh Conlon had sailed the Round Ireland Yacht Race four times as a crew member. On Thursday, she finished it for the first time as a skipper, bringing the 40-foot yacht Aurora into Wicklow harbour in third place overall.

"She's not the fastest boat in the fleet," Conlon said on the pontoon, still in her foul-weather gear. "But she's the toughest. We hit forty knots off the Mayo coast, and she didn't miss a beat."

The 704-nautical-mile race starts and finishes in Wicklow and takes the fleet around the entire island. Aurora completed the course in four days and nine hours.

Conlon, 34, a marine engineer from Dún Laoghaire, led a crew of eight, including her father, Gerry Conlon, who bought the boat in 2008 and raced her himself for a decade.

"He gave me the boat two years ago and said he'd only come if he didn't have to make any decisions," she said. "He kept his word, mostly."

Mr Conlon, 67, said he had found it hard to stay quiet. "There was a moment off Tory Island when I'd have done it differently," he said. "She did it her way, and her way was better. I'll admit that once."

The crew's navigator, Mr Barry Kinsella, said the key moment had come on the second night, when Conlon chose to sail inshore along the Kerry coast rather than follow the rest of the fleet offshore. "We picked up a wind shift nobody else got," he said. "She took a risk, and it paid off."

The race was won by the French yacht Sirène, skippered by Mr Antoine Leclerc, who said Ireland had given the fleet "her full range of weather". The British entry Kestrel, skippered by Ms Hannah Price, finished second.

Ms Price, who has raced against Conlon for several years, said she was pleased for her. "Meabh is one of the best sailors of her generation. I'd rather she'd finished behind us, but I'm glad it was her."

Conlon said Aurora would be lifted out of the water for a refit in the autumn. "She's earned a rest," she said. "So have I."
"""),

dict(title="Twins Kim and Robin Hartigan take over family's Kinsale hotel", text="""
Twins Kim and Robin Hartigan have taken over the running of the Harbour View Hotel in Kinsale, the 42-bedroom hotel their grandparents bought in 1971.

Kim Hartigan, who becomes general manager, spent ten years working for a luxury hotel group in London and Dubai. Her brother Robin, who becomes head chef, trained at Ballymaloe Cookery School and worked in restaurants in Copenhagen and San Sebastián.

The twins, who are 35, take over from their parents, Denis and Carmel Hartigan, who have run the hotel since 1994.

"We used to fight over who got to carry the luggage," Kim Hartigan said. "Now we fight over the budget for the kitchen. It's not that different."

Her brother said he had wanted to come home for years. "I was cooking in San Sebastián, and every time I looked at the sea I thought about Kinsale," he said. "Kim was the one who had to be persuaded."

She said she had been reluctant because she had a successful career abroad. "My father rang me every Sunday for two years," she said. "He never asked me directly. He just told me how tired he was."

Denis Hartigan laughed when this was put to him. "I may have exaggerated slightly," he said. "But it worked, didn't it?"

His wife said she was relieved the hotel would stay in the family. "We had offers from two hotel groups," Mrs Hartigan said. "Denis wanted to hold on. I wanted to sell. The children decided it for us."

Robin Hartigan plans to reopen the hotel's restaurant, which has been closed for dinner since 2020, with a menu based on local fish. He has hired Ms Nuala Kiely, a former sous chef at a Michelin-starred restaurant in Cork, as his deputy.

"Nuala is better at pastry than I am," he said. "She's also better at telling me when I'm wrong, which is important in a kitchen run by a family."

Kim Hartigan said the hotel would spend €1.5 million refurbishing its bedrooms over the winter. She said she and her brother had agreed to review their arrangement after two years. "If we're still speaking, we'll keep going," she said. Her brother said that was a big if.
"""),

dict(title="Whistleblower's account reaches the Dáil through chain of colleagues", text="""
A senior nurse has told an Oireachtas committee that concerns about staffing at a Dublin nursing home were raised with management at least three times before an inspection found residents were at risk.

Ms Catherine Lowry, a clinical nurse manager at Ashgrove House in Rathfarnham until last year, said she had first heard of the problems from a care assistant, Ms Agnieszka Nowak, who told her that night shifts were regularly staffed by two people for 48 residents.

"Agnieszka said to me that she had told the night manager, and that he had told her it was a budget issue," Ms Lowry told the Joint Committee on Health. "I went to the director of nursing. She said she had raised it with the owners, and that they had promised to recruit."

Ms Lowry said she later learned from the night manager, Mr Tomasz Zielinski, that he had written to the owners himself. "Tomasz told me he'd sent an email in March saying that somebody would get hurt," she said. "He showed it to me. He was very upset about it."

A HIQA inspection in September last year found that residents had been left without assistance for long periods at night and that one resident had fallen and lain on the floor for two hours before being found.

Deputy Róisín Shevlin asked Ms Lowry why she had not gone directly to HIQA. She said she had been told by the director of nursing, Ms Margaret Healy, that the matter was being dealt with. "I believed her," Ms Lowry said. "I don't think she was lying. I think she believed it too."

Deputy Colm Bergin asked whether Mr Zielinski had received a reply to his email. Ms Lowry said he had not. "He told me that the silence was the answer," she said.

The nursing home's owners, Ashgrove Care Ltd, said in a statement that they had increased night staffing following the inspection and that a new director of nursing had been appointed. The company's managing director, Mr Philip Donnelly, declined an invitation to appear before the committee.

Ms Lowry, who now works at St James's Hospital, said she had come forward because she felt she owed it to the residents. "Agnieszka was brave enough to tell me," she said. "The least I could do was tell you."
"""),

dict(title="Phyllis Carragher, pioneering Belfast publican, dies at 88", text="""
Phyllis Carragher, who became one of the first women in Belfast to hold a publican's licence in her own name and ran the Star Bar on the Ormeau Road for almost fifty years, has died aged 88.

Born in Ardoyne in 1937, she left school at 14 and worked in a linen mill before marrying Jimmy Carragher, a barman, in 1958. The couple bought the Star Bar in 1966 with money borrowed from his brother.

When her husband was seriously injured in a car accident in 1971, Mrs Carragher took over the running of the pub. She was initially refused a licence in her own name by magistrates who said a woman could not be expected to keep order in a public house. She appealed and won.

"She went to court in her best coat and told the magistrate she'd kept order in a house with six brothers," her son, Paul Carragher, said. "He gave her the licence on the spot."

Through the worst years of the Troubles, the Star Bar was known as one of the few pubs in south Belfast where Catholics and Protestants drank together. Mrs Carragher had a rule that anyone who mentioned politics at the bar was asked to leave.

"She threw out a city councillor once," said Mr Billy Agnew, 79, a regular for forty years. "He came back the next week and apologised, and she let him in. She never held a grudge, but she never forgot either."

Her husband returned to work in the bar in 1974 but left the management to her. He died in 2003.

Mrs Carragher retired in 2019 and handed the pub to her son and his wife, Maria. Her daughter, Geraldine Carragher, is a solicitor in Belfast. Speaking at the family home this week, Geraldine said her mother had been proud of the pub but prouder of her grandchildren.

"She'd tell anyone who would listen that my daughter was a doctor," she said. "She told the priest. She told the postman."

She is survived by her son and daughter, her sister Eileen, seven grandchildren and two great-grandchildren. Her funeral will take place at St Malachy's Church on Friday, followed by burial at Milltown Cemetery.
"""),

dict(title="Rival Kildare stud farms go head to head at Goffs sale", text="""
Two of Kildare's best-known stud farms went head to head at the Goffs Orby Sale in Kill on Wednesday, with a colt bred by Ms Louise Brereton's Ardenode Stud fetching the highest price of the day.

The son of champion sire Harbour Lights sold for €1.4 million to an agent acting for a Saudi owner. Minutes earlier, a filly from Mr Gerald Hayden's Castlemartin Stud had been bought for €1.1 million by a Newmarket trainer.

Brereton, who took over Ardenode from her father in 2012, said the price exceeded her expectations. "We thought he'd make a million if we were lucky," she said. "Somebody wanted him very badly."

Hayden, whose family has bred horses at Castlemartin since the 1950s, said he was pleased with his own result. "It's a good day for Kildare," he said. "I'd have liked it to be my horse at the top of the board, but Louise bred a lovely colt and she deserved it."

The two breeders have been rivals for more than a decade, often bidding against each other for the same mares. In 2019, Brereton outbid Hayden for a broodmare at Tattersalls in Newmarket, paying a record price for an Irish buyer.

"Gerald has never quite forgiven me for that," Brereton said with a smile. Hayden said that was true. "She paid too much for her," he said. "And then the mare bred her a Group One winner, so maybe she didn't."

The sale's chief executive, Mr Henry Beasley, said overall turnover was up 12 per cent on last year, driven by strong demand from Middle Eastern and American buyers. He said the result showed confidence in Irish bloodstock despite economic uncertainty.

Among the buyers was the trainer Ms Jessica Halloran, who bought three yearlings. She said prices at the top of the market were "frightening" but that good horses could still be found at lower levels.

Brereton said she would reinvest much of the proceeds in the stud. She is building a new foaling unit and plans to increase the number of mares from 40 to 55.

Hayden said his focus was on next year. "Louise has had her day," he said. "I'll have mine. We'll be back here arguing about it next September."
"""),

dict(title="Galway chief executive says his mother's rules still run the family firm", text="""
The chief executive of Galway medical packaging company Corrib Seal says most of what he knows about running a business he learned from his mother, who founded the company in her kitchen in 1982.

Mr Niall Flaherty, 52, took over as chief executive in 2010 from his mother, Mrs Nancy Flaherty, who remains company president at the age of 84. The company employs 380 people at two plants in Galway and Mayo and supplies sterile packaging to medical device makers around the world.

"She had three rules," Mr Flaherty said in his office in Parkmore. "Pay people on time, answer the phone yourself, and never promise a delivery date you can't meet. I've added a few since, but those three are still on the wall."

His mother started the business making sterile pouches for a single customer, a Galway medical device plant where her husband worked as an engineer. She ran it from their kitchen for two years before renting a small unit in Mervue.

"My father thought it was a hobby," Mr Flaherty said. "By the time he realised it wasn't, she was employing twenty people. He left his job and came to work for her. He always said it was the best decision he ever made."

Mrs Flaherty, who still comes into the office two days a week, said her son had been "a terrible employee" when he first joined the company in 1996. "He was 23 and knew everything," she said. "I made him work on the night shift for a year. He's been very good ever since."

Her son laughed. "It was fourteen months," he said.

The company reported revenue of €94 million last year and is investing €20 million in a new clean room facility in Castlebar. Mr Flaherty said the investment had been approved unanimously by the board, including his mother.

The company's chief operating officer, Ms Úna Geraghty, who has worked at Corrib Seal for 25 years, said the family culture had survived the company's growth. "Nancy still knows the names of half the people on the factory floor," she said. "Niall knows the other half."

Mr Flaherty said he had no plans to sell the company. His daughter, Siobhán, is studying engineering at the University of Galway. Asked whether she would join the business, he said that would be up to her. "But if she does, she'll start on the night shift," he said.
"""),

]
