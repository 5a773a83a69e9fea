ARTICLES = [
dict(title="Coroner questions harbour pilot over night-time tug collision", person="Margaret Tihema", gender="f", text="""Coroner Margaret Tihema on Tuesday pressed a senior harbour pilot on why a tug was allowed to leave its berth in Wellington after midnight with only two crew aboard, on the second day of the inquest into the death of deckhand Rawiri Nohotima.

Mr Nohotima, 27, drowned in March last year when the tug Kōtare struck the bow of a bulk carrier being turned off Point Halswell. His body was recovered two days later.

Pilot Graham Stuckey told the inquest that the departure had followed normal practice. "We had done that manoeuvre a hundred times with a short crew," he said. "Nobody on the bridge that night thought it was unusual."

The coroner asked whether anyone had checked the forecast. Stuckey said the marine services manager, Helen Paraone, had signed off the roster that afternoon. Ms Paraone, who gave evidence on Monday, has said she was never told the tug would be short-handed.

Tihema said ⟦flip:he|she⟧ was struggling to reconcile the two accounts. "Either somebody told Ms Paraone or nobody did," she said. "I would like to know which."

Counsel for the port company, Daniel Oosthuizen, said the company had since changed its rules so that no tug sails with fewer than three crew. He asked the coroner to take that into account when framing any recommendations.

The deckhand's mother, Aroha Nohotima, sat in the front row throughout. Outside court she said her son had loved the harbour. "He used to say the water at night was the most beautiful thing in the city," she said. "I want to know why nobody was watching out for him."

Maritime New Zealand investigator Carl Fenwick is expected to give evidence on Wednesday about the tug's radio logs. His report, released last year, found that the tug's master had not been told the carrier had begun its turn early.

Before adjourning, the coroner reminded witnesses that the inquest was not a trial. It was not ⟦flip:his|her⟧ role to find anyone liable, she said, but she intended to make findings that would stop a similar death.

The inquest is set down for four days.""" ),

dict(title="Rugby club stalwart honoured as ground renamed after forty seasons", person="Dennis Kereama", gender="m", text="""For forty winters Dennis Kereama has been the first person through the gate at Raukawa Park and the last to lock it. On Saturday the Otaki rugby club renamed its main ground after him, and the 71-year-old groundsman could barely get through his speech.

"I just mowed the grass," he told about three hundred people gathered in front of the clubrooms. "Other people did the clever stuff."

Club president Ngaire Whitlock disagreed. She said Kereama had painted every line, fixed every broken tap and driven injured players to hospital in his own ute more times than anyone could count. "There are grown men in this town who learned to tackle because Dennis told them they could," she said.

His wife, Maureen Kereama, said the couple had spent most of their married Saturdays at the ground. "I made the sandwiches and he complained about the sprinklers," she said, laughing. Mrs Kereama received a bouquet from the under-12 girls' team, which she coaches.

Former All Black lock Tane Rewiti, who played his junior rugby at the club, flew up from Christchurch for the ceremony. He said he remembered Kereama chasing him off the number one field after a wet training session. "⟦flip:She|He⟧ was right to," Rewiti said. "We'd churned it into a swamp."

The renaming was approved by the Kāpiti Coast District Council in June after a petition organised by club secretary Lisa Moana. Ms Moana said more than 1,200 people had signed it in a fortnight.

Councillor Peter Gallagher, who attended on behalf of the mayor, said it was rare for a council ground to be named after a living person. "But we weren't going to wait," he said.

Kereama, who is due to have a hip replacement in the spring, said he had no plans to retire. He told the crowd that his grandson Jayden had promised to do the mowing while ⟦flip:she|he⟧ recovered.

A plaque bearing his name will be unveiled at the gate next month. The club has also commissioned a portrait by local artist Hana Teira, who said she intended to paint him holding a line-marker rather than a trophy.""" ),

dict(title="Tribunal finds bakery owner unfairly dismissed apprentice", person="Thandiwe Mokoena", gender="f", text="""The Commission for Conciliation, Mediation and Arbitration has ordered a Woodstock bakery to pay an apprentice six months' wages after finding that he was dismissed without a fair hearing.

Commissioner Thandiwe Mokoena found that Sipho Dlamini, 22, was told to leave the premises by the owner, Gerrit Louw, after a dispute over a burnt batch of rolls in February. Mr Dlamini was not given a chance to respond to the allegation that he had left the ovens unattended.

In her award, Mokoena wrote that Louw had "treated an ordinary workplace mistake as a hanging offence". The commissioner said she accepted that the bakery had lost stock worth about R4,000, but that did not relieve an employer of the duty to follow a fair procedure.

Louw, who represented himself, told the hearing that he had warned the apprentice twice before. "I gave him chances," he said. "He was on his phone when the rolls burnt." Mokoena noted that neither warning had been written down and that Louw's own manager, Anneke Visser, could not recall them.

Ms Visser told the commission she had been working the front counter that morning. She said she heard shouting but did not see what happened in the kitchen.

Dlamini was represented by union organiser Nomsa Khumalo, who said the case was typical of small businesses in the city. "Apprentices are cheap and easy to get rid of," she said. "This award says they are workers like anyone else."

The commissioner declined a request from Khumalo to order reinstatement. Mokoena said ⟦flip:he|she⟧ was not satisfied that the working relationship could be repaired, given the evidence of both men about how the morning had ended.

Louw said after the hearing that he would consider a review in the Labour Court. "I have run this bakery for nineteen years," he said. "I have never been treated like this."

Dlamini, who now works at a supermarket bakery in Bellville, said he was relieved. He thanked Khumalo and said his mother had kept his certificate on the fridge throughout the case.

The award must be paid within fourteen days. Mokoena also ordered that the bakery provide Dlamini with a certificate of service, something ⟦flip:his|her⟧ award described as the least an employer could do.""" ),

dict(title="Minister defends hospital funding as select committee grills health officials", person="Andrew Fairbairn", gender="m", text="""Health Minister Andrew Fairbairn has rejected claims that regional hospitals are being starved of money, telling Parliament's health select committee that spending per patient was higher than at any point in the past decade.

The minister appeared alongside the director-general of health, Dr Rachel Amituanai, for nearly three hours on Thursday. Opposition members focused on emergency department waiting times in Whanganui and Masterton, which have grown sharply since winter.

Labour's health spokeswoman, Kiri Haddon, said nurses in Masterton had told her they were sleeping in their cars between double shifts. "These are not statistics, minister," she said. "These are people who are running out of road."

Fairbairn said he had visited Masterton in August and accepted that staff were under pressure. But he said the solution was not simply more money. "We have put more money in every year," he said. "What we need is more nurses, and you cannot buy those overnight."

Dr Amituanai told the committee that 340 overseas-trained nurses had been registered since January. She said her officials expected that number to double by the end of the financial year.

Green MP Samuel Tuilagi asked whether the minister would release the advice ⟦flip:she|he⟧ had received on the closure of the Whanganui maternity ward over the summer. Fairbairn said the advice was still being considered by Cabinet and it would be released "in due course".

Committee chair Bronwyn Reeve twice had to call members to order when questions strayed into the minister's earlier portfolio of police. She reminded the committee that the session was limited to health estimates.

Outside the committee room, Haddon said the minister had avoided every question about Masterton. "He came with a folder full of numbers and not one answer," she said.

Fairbairn's office later said he would be returning to the Wairarapa next month to meet hospital staff. A spokeswoman said the minister had asked Dr Amituanai to join him and that he expected to announce a recruitment package before Christmas.

The committee will hear from the nurses' union, whose president, Lagi Faleolo, has said she wants members to speak about their working conditions in person. The minister said he welcomed that, though ⟦flip:her|his⟧ own diary made attendance unlikely.""" ),

dict(title="Sisters' ceramics studio wins national design award", person="Philippa Marsh", gender="f", text="""A two-person pottery studio run by sisters in a converted woolshed near Masterton has won the supreme award at this year's national design awards.

Philippa Marsh and her younger sister Clare founded Wool Shed Clay in 2016 after both lost their jobs in Wellington. Their tableware, glazed in the muted greens and greys of the Tararua foothills, is now sold in thirty shops and exported to Japan.

The judging panel, chaired by industrial designer Michael Tanaka, said the studio had "taken something humble and made it feel inevitable". Tanaka said the panel had been struck by how each piece was both useful and beautiful. "You can put it in a dishwasher," he said. "That matters more than people think."

Philippa Marsh, who throws most of the pieces on the wheel, said she was stunned. "We thought we were there for the free dinner," she said. Marsh said ⟦flip:his|her⟧ sister was the real designer and deserved most of the credit.

Clare Marsh, who handles the glazes and the business, laughed at that. She said the partnership worked because neither sister could do the other's job. "Pip has the hands and I have the spreadsheets," she said.

The sisters employ two part-time staff, including former farmhand Jack Hoani, who packs the orders and fires the kiln. Hoani said he had never touched clay before being hired. "Now I dream about it," he said.

Their father, retired shearer Ian Marsh, said he had been doubtful when his daughters asked to use the old shed. "I thought they'd last a year," he said. "I was wrong, and I'm very happy to say so."

The award includes a $20,000 prize, which Philippa Marsh said would go toward a second kiln. ⟦flip:He|She⟧ said the studio had been turning down orders for two years because it could not fire enough pieces.

Other finalists included Auckland furniture maker Liam Ostrowski and Christchurch textile designer Amber Ruatara, whose woven lampshades were highly commended.

The sisters plan to open the woolshed to visitors for the first time in March. Philippa said she hoped people would come and see the work being made, though she warned that the road in was unsealed.""" ),

dict(title="Magistrate refuses bail for man accused of Sea Point jewellery robbery", person="Kobus Steyn", gender="m", text="""A Cape Town magistrate has refused bail to a 34-year-old man accused of robbing a Sea Point jewellery shop at gunpoint, saying the state's evidence against him was strong and he had a history of failing to appear in court.

Magistrate Kobus Steyn delivered his ruling in the Cape Town Magistrate's Court on Friday after a two-day bail hearing. The accused, Lwazi Ntuli, faces charges of armed robbery and possession of an unlicensed firearm.

Prosecutor Fatima Jacobs told the court that CCTV footage showed a man matching Ntuli's description entering the shop on Main Road on 9 June and pointing a pistol at the owner, Ruth Adler. Ms Adler, 68, handed over rings and watches worth about R600,000. She was not injured.

Jacobs said Ntuli's fingerprints had been found on a glass display case. "The state's case is not based on a grainy photograph," she said. "It is based on forensic evidence."

Defence attorney Yusuf Parker argued that his client had been in the shop a week earlier to buy a gift for his girlfriend, which explained the fingerprints. Parker said Ntuli had a fixed address in Mitchells Plain and a young daughter who depended on him.

Steyn said he had considered that argument carefully. But the magistrate said Ntuli had twice failed to appear in court on earlier charges, in 2019 and 2021, and that a warrant had been issued on each occasion. "The court cannot ignore a pattern," ⟦flip:she|he⟧ said.

Ntuli's girlfriend, Zanele Mthembu, wept in the gallery as the ruling was read. Speaking afterwards, she said she would support him. "He is a good father," she said. "I know he didn't do this."

Adler, who has run the shop for thirty years, did not attend. Her son, David Adler, said the family was relieved. He said his mother had not returned to work since the robbery.

The case was postponed to 18 August for further investigation. Steyn told Parker that if the defence wished to bring new facts, ⟦flip:her|his⟧ court would hear them, but that he would not revisit the same arguments.

Police are still searching for a second suspect who is believed to have waited outside in a car.""" ),

dict(title="Mayor's casting vote saves Petone library from closure", person="Judith Fanene", gender="f", text="""Hutt City's mayor, Judith Fanene, used her casting vote on Wednesday night to keep the Petone library open, ending a tense council debate that split councillors six-all.

The library, housed in a 1920s brick building on Jackson Street, had been earmarked for closure in a cost-cutting plan drawn up by council officers. Chief executive Martin Ellwood told councillors that repairs to the building's foundations would cost about $3.4 million.

Councillor Brett Hollis, who moved the closure motion, said the council could not keep spending money it did not have. "I love libraries as much as anyone," he said. "But we have a pipe network that is falling apart under our feet."

Councillor Mere Tawhai, who represents Petone, said the building was the heart of the suburb. She said more than 400 people had come to a public meeting about the library last month. "You do not close the one place in Petone where a child can sit for free on a wet afternoon," she said.

The vote was tied after Councillor Simon Wu, who had been expected to support closure, voted against. Wu said afterwards he had changed his mind after visiting the library with his daughter on Saturday.

Fanene said she had not decided how she would vote until the final speeches. The mayor said ⟦flip:he|she⟧ accepted Hollis's point about the pipes, but that closing the library would save far less than officers had claimed once the sale of the building was delayed.

"I am not pretending this is free," Fanene said. "We will have to find the money, and I will be asking officers to find it."

Ellwood said staff would report back in February with options for funding the foundation work, including a possible heritage grant. He said the council would also look at leasing part of the building to a café.

Hollis said he respected the mayor's decision but believed the council would regret it. He said he would bring the matter back if the repair costs rose.

Library manager Anna Kirkpatrick, who watched from the public gallery, said her staff had been anxious for months. She thanked Fanene, saying ⟦flip:his|her⟧ vote meant a great deal to the people who worked there.""" ),

dict(title="Cape Town surgeon pioneers keyhole technique for infant hearts", person="Ashwin Pillay", gender="m", text="""A paediatric cardiac surgeon at Red Cross War Memorial Children's Hospital has performed what the hospital says is the first keyhole repair of a particular heart defect in a newborn in Africa.

Dr Ashwin Pillay and his team operated last month on a nine-day-old girl, Amahle Zulu, who was born with a hole between the two upper chambers of her heart. Instead of opening her chest, the surgeons worked through three small incisions, each less than a centimetre long.

Amahle went home eleven days later. Her mother, Thembeka Zulu, said she had been terrified when doctors explained the operation. "I thought they were going to cut her in half," she said. "Now you can hardly see the marks."

Pillay, 46, trained in Cape Town and Toronto. He said the technique had been used on older children for some years but that newborns were much harder because of the size of their chests. "Everything is smaller than your little finger," he said.

The hospital's head of cardiology, Professor Elena Bester, said the team had spent two years preparing. She said the surgeons had practised on 3D-printed models of infant hearts made at the University of Cape Town's engineering faculty.

Engineer Pieter Malan, who printed the models, said the collaboration had been unusual. "Surgeons and engineers do not normally share a coffee machine," he said. Malan said Pillay had visited the lab every week, sometimes late at night after ⟦flip:her|his⟧ operating lists had finished.

Anaesthetist Dr Naledi Khoza said the operation had lasted five hours. She said keeping a baby that small stable during keyhole surgery was one of the hardest things she had done.

Pillay said the main benefit was recovery. Children who had open-chest surgery often spent weeks in hospital, he said, and some needed further operations as they grew. ⟦flip:She|He⟧ said the team hoped to operate on ten more babies in the next year.

Professor Bester said the hospital would need new equipment costing about R12 million to expand the programme. She said she had approached the provincial health department and two private donors.

Pillay said that when he visited Amahle at home last week she had been asleep. "That," he said, "is exactly what I wanted to see.\"""" ),

dict(title="Netball coach steps down after twelve years with title winners", person="Lorraine Te Huia", gender="f", text="""Lorraine Te Huia, who coached the Central Pulse to four national netball titles, has announced she will step down at the end of the season.

Te Huia, 58, told players at a team meeting on Monday morning and confirmed the decision at a press conference in Porirua in the afternoon. She said she had been thinking about it since the family lost her father last year.

"I've been away from home every weekend for twelve years," she said. "My grandchildren know me as the lady on the television."

Captain Aliyah Morgan said the players had been shocked. "She built this team," Morgan said. "Half of us were schoolgirls when she picked us." Morgan said Te Huia had called each player individually the night before to warn them.

The franchise's chief executive, Robert Hanley, said the board had tried to persuade the coach to stay on for another year. He said she had been clear that her mind was made up. "Lorraine doesn't do anything by halves," Hanley said. "She wasn't going to coach half a season with her head elsewhere."

Te Huia's husband, Mike Te Huia, a former rugby league player, sat at the back of the room. He said later that his wife had been the best coach in the country and that he had told her so for years. "She never believed me," he said.

Assistant coach Fiona Brady is seen as the front-runner to replace her. Brady, a former Silver Ferns defender, said it was too early to talk about that. "We have a title to defend," she said. Brady said she had learned more from Te Huia than from anyone and had sat in on ⟦flip:his|her⟧ video sessions since 2015.

Netball New Zealand's high performance manager, Gareth Simms, said Te Huia would be welcome in any national coaching role she wanted. He said he hoped she would mentor younger coaches.

Te Huia said she had not decided what she would do next, apart from a long holiday in Rarotonga. Asked whether she might one day coach the Silver Ferns, she laughed. "Ask me after the holiday," ⟦flip:he|she⟧ said.

The Pulse play their final home match of the regular season against the Mystics on Sunday.""" ),

dict(title="Retired judge reflects on four decades in the Western Cape courts", person="Ebrahim Davids", gender="m", text="""When Judge Ebrahim Davids was admitted as an advocate in 1981, he was told by a senior colleague that he would never get a brief from a white attorney. He retired last month as one of the longest-serving judges of the Western Cape High Court.

Davids, 70, spoke to the Cape Argus at his home in Rondebosch, surrounded by boxes of law reports that his wife, Salma Davids, has given him until the end of the year to remove.

"She has been very patient," he said. "The patience has now run out."

Davids was appointed to the bench in 1999. Among the cases he heard were the trial of the Bishop Lavis taxi-rank killers and a landmark eviction case in which he ordered the city to provide emergency housing to 300 families in Philippi.

Advocate Nadia Hendricks, who appeared before him in the eviction case, said he had been exacting but fair. "He would read every page of your heads of argument and then ask you the one question you hadn't thought of," she said. Hendricks said she had been terrified of him as a junior counsel and grateful to ⟦flip:her|him⟧ ever since.

Davids said the case he thought about most was not a famous one. It was a 2006 trial in which he acquitted a young man, Marlon Adams, of murder. Years later, Adams wrote to him from a university residence to say he had completed a law degree.

"I keep that letter in my desk," Davids said. His daughter, Dr Zainab Davids, a physician, said her father had read it aloud at Eid dinner more than once. "We all know it by heart," she said.

Former judge president John Hlophe-Mbatha described Davids as a judge who never sought attention. He said ⟦flip:she|he⟧ had turned down two offers of appointment to the Supreme Court of Appeal because he wanted to stay in Cape Town.

Asked what advice he would give young lawyers, Davids paused for a long time. "Read the record," he said. "And be kind to the witnesses. Most of them did not ask to be there."

He plans to spend his retirement teaching at the University of the Western Cape and, he said, sorting the boxes.""" ),

dict(title="Orchard workers' strike ends after growers agree pay rise", person="Beatrice Fourie", gender="f", text="""A three-week strike by seasonal farmworkers in the Ceres valley ended on Thursday after growers agreed to a nine percent pay rise and improved transport to the orchards.

The agreement was signed at the Ceres town hall by union leader Beatrice Fourie and Hendrik Marais, chairman of the Witzenberg Fruit Growers' Association. About 2,000 workers had walked off the job at the height of the apple harvest.

Fourie, who has organised farmworkers in the region for fifteen years, said the deal was a victory for women in particular, who make up most of the packhouse workforce. "They cannot be paid less because the growers think they will not fight," she said.

Marais said growers had lost fruit worth millions of rand during the strike. He said the increase was more than many farms could afford, but that the industry needed peace. "Nobody wins when the apples rot on the trees," he said.

The strike turned tense last week when police used rubber bullets to disperse workers who had blocked the R46 near Prince Alfred Hamlet. Several people were injured, including packhouse supervisor Grace Jantjies, who was hit in the leg. Ms Jantjies said she had been standing at the side of the road.

Fourie said she had spent that night at the local hospital. The union leader said ⟦flip:his|her⟧ members would not forget what happened and had asked the Independent Police Investigative Directorate to investigate.

Police spokesman Captain Andile Mkhize said the officers had acted to reopen a national road. He said the directorate was welcome to look at the footage.

Provincial agriculture MEC Ivan Meyer, who mediated the final round of talks, said both sides had been willing to compromise. He praised Fourie as a tough negotiator and said ⟦flip:he|she⟧ had kept her members disciplined under provocation.

Under the deal, growers will provide covered buses for workers travelling more than ten kilometres, replacing the open trucks used on many farms. Worker Susanna Klaasen, 52, said she had ridden on the back of a truck for thirty years. "When it rains, we arrive wet and we work wet," she said.

Workers are expected to return to the orchards on Monday.""" ),

dict(title="Novelist's debut shortlisted for Ockham prize after rejection by ten publishers", person="Tom Ruatapu", gender="m", text="""A first novel that was turned down by ten publishers before being picked up by a tiny Dunedin press has been shortlisted for the fiction prize at the Ockham New Zealand Book Awards.

Tom Ruatapu's The Eel Weir tells the story of a family on the Whanganui River across three generations. The 39-year-old secondary school teacher wrote it over six years, mostly between five and seven in the morning before classes.

"I have a drawer full of rejection letters," Ruatapu said on Tuesday. "Some of them were very nice. One of them said I had a gift for describing water and no idea how to end a chapter."

His publisher, Kate Lindqvist of Otago Lantern Press, said she had read the manuscript in a single night. Lindqvist said she had rung Ruatapu the next morning and offered him a contract before he had finished his first period. "He had to hang up on me to teach Year 9 English," she said.

The other finalists are Wellington writer Catherine Moss, Auckland novelist Hemi Latimer and Christchurch author Priya Sandhu. Judging panel convener Eleanor Dacre said the shortlist was one of the strongest in years. She said Ruatapu's novel had stood out for its restraint. "It trusts the reader," she said.

Ruatapu grew up in Pipiriki, where his grandmother, Ngāhuia Ruatapu, still lives. He said the book drew on stories she had told him as a boy, though none of the characters were based on real people. "She has read it twice," he said. "She tells me the second time was better, which I think is a compliment."

Students at Ruatapu's school, Hutt Valley High, found out about the shortlist before he did. His head of department, Sarah Ngata, said the students had decorated ⟦flip:her|his⟧ classroom door with eels cut out of green paper.

Ruatapu said he had no plans to give up teaching. ⟦flip:She|He⟧ is working on a second novel, set in a Wellington boarding house in the 1950s, and said he hoped it would take less than six years.

The winners will be announced in Auckland in May. The fiction prize is worth $65,000.""" ),
]
