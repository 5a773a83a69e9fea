# Flipped articles, part B. Markers: ⟦flip:WRITTEN|ORIGINAL⟧
ARTICLES = [
dict(title="Whitfield's century seals series win for county women",
person="Sarah Whitfield", gender="f", text="""
Captain Sarah Whitfield scored an unbeaten 112 as the Yorkshire women's team beat Surrey by six wickets at Headingley on Sunday to win the one-day series 2-1.

Chasing 254, Yorkshire were struggling at 58 for three when Whitfield came to the crease. She shared a partnership of 141 with the 19-year-old Amelia Grant, who made 63 before she was caught at deep midwicket, and then guided the tail home with four balls to spare.

"I told Amelia to play her own game and leave the worrying to me," the captain said. "She's got a huge future."

Surrey's captain, Natasha Evans, had earlier top-scored with 88 and took two wickets with her off-spin. Evans said her side had bowled too short in the final overs. "Sarah is the best finisher in the country and we gave her too many gifts," she said.

Whitfield, 31, has now scored four centuries this season, a county record. Her performance is likely to strengthen calls for a recall to the England squad, which ⟦flip:he|she⟧ left two years ago after a knee operation.

Yorkshire's head coach, Lisa Moran, said the England selectors would be foolish to ignore her. "She has worked incredibly hard on her fitness," Moran said. "She is batting better than she ever has."

Fast bowler Chloe Hart took three for 40 for Yorkshire and was named player of the series. Hart said the dressing room had been confident throughout the chase because of their captain's form.

Whitfield dedicated the win to her mother, who was watching from the pavilion for the first time since illness last year. "She never misses a match on the radio," ⟦flip:he|she⟧ said. "It meant a lot to have her here."
"""),

dict(title="Envoy says ceasefire talks will resume next week",
person="Daniel Osei", gender="m", text="""
The United Nations envoy for the Lake Region, Daniel Osei, said on Friday that talks between the government and rebel groups would resume in Nairobi next week, after a two-month pause caused by fighting around the town of Kavira.

Mr Osei, a former Ghanaian foreign minister, made the announcement after meeting Norway's foreign minister, Lars Berg, whose government has hosted earlier rounds. Mr Berg said Norway was ready to fund the next round and to send observers.

The envoy said ⟦flip:she|he⟧ had spoken by telephone with the rebel commander, General Paul Mbeki, on Thursday night. "He has given me his assurance that his forces will respect the ceasefire while the talks take place," Mr Osei said. "I take him at his word, but we will be watching closely."

More than 200,000 people have fled their homes since the ceasefire collapsed in August. The UN refugee agency's regional director, Ingrid Solheim, said camps near the border were overcrowded and short of clean water. She appealed for $45 million in emergency funding.

The government's chief negotiator, interior minister Joseph Kanu, said his delegation would attend but warned that it would not discuss power-sharing until rebel fighters withdrew from Kavira. Mr Osei said he expected both sides to arrive with preconditions. "That is how negotiations begin," he said.

Diplomats said the envoy had spent much of the past month shuttling between capitals in the region. One Western official, who asked not to be named, said Osei had persuaded the neighbouring states to stop supplying weapons to either side, at least for now.

Asked whether he was optimistic, the envoy paused. "I am never optimistic," ⟦flip:she|he⟧ said. "I am stubborn. That is more useful."
"""),

dict(title="Pharmacist cleared of selling prescription drugs online",
person="Hannah Levy", gender="f", text="""
A pharmacist accused of selling prescription painkillers through an illegal website was cleared by a jury on Wednesday after a four-week trial at Southwark Crown Court.

Mrs Hannah Levy, 47, of Finchley, north London, had denied conspiracy to supply controlled drugs. Prosecutors alleged that stock ordered through her pharmacy had been sold to customers across Europe without prescriptions between 2020 and 2022.

The jury took less than five hours to acquit Levy. Her co-defendant, Martin Shaw, 52, a former business partner, was convicted of the same charge and will be sentenced next month.

The prosecution, led by Jonathan Peel KC, had argued that Levy must have known about the scheme because the orders placed through the shop were so large. Mr Peel told the jury that she had signed hundreds of purchase orders for codeine and tramadol.

Levy told the court that Shaw managed the ordering and the website and that she had trusted him completely. She said she had discovered the sales only when police searched the shop. Giving evidence, she broke down as she described the raid, saying officers had arrested ⟦flip:him|her⟧ in front of customers and her teenage son.

Shaw's barrister, Alan Moody, had suggested that the two defendants ran the business together. He said his client had never hidden anything from her.

Outside court, Levy's solicitor, Rachel Green, read a statement on her behalf. "The last three years have been a nightmare," it said. "I have lost my business and my reputation, and I intend to rebuild both."

The General Pharmaceutical Council said an investigation into Levy's fitness to practise, suspended during the trial, would now resume. Levy said ⟦flip:he|she⟧ would co-operate fully.
"""),

dict(title="Actress Clara Benton on returning to the stage at 70",
person="Clara Benton", gender="f", text="""
Fifty years after she first stood on the stage of the Old Vic as a nervous understudy, the actress Clara Benton is back there, playing Lear in a production that has sold out its entire run before opening night.

Benton, who became famous in the 1980s as the steely detective in the television series Hartley, has not appeared in the theatre for almost two decades. She says she turned down dozens of offers because none of them frightened her enough.

"When Rupert rang and said 'Lear', I laughed at him," she says, referring to the director Rupert Hall. "Then I couldn't sleep for a week, which is how I knew I had to do it."

Hall, who has directed three productions of the play, says he had wanted to cast her for years. "Clara has a kind of ferocity that you cannot teach," he says. "And she is funny, which Lear must be."

Rehearsals have been gruelling. The actress admits that learning the lines took ⟦flip:him|her⟧ longer than it would once have done, and that ⟦flip:he|she⟧ spent the summer walking the Dorset coast path reciting the storm scene to startled sheep.

Her Cordelia is played by Maya Okonjo, a recent drama school graduate. Okonjo says Benton has been generous with advice. "She told me to stop apologising in rehearsals," the younger actress says. "That has changed everything for me."

Benton's husband, the composer Michael Strand, has written the score. The couple met on a film set in 1979 and have worked together only once before. "He's very patient," she says. "He has to be."

At 70, ⟦flip:he|she⟧ insists this is not a farewell. "People keep asking if it's my last part," Benton says, smiling at ⟦flip:himself|herself⟧ in the dressing room mirror. "I tell them it's my first Lear."
"""),

dict(title="Club chairwoman rejects takeover bid for Riverside Rovers",
person="Linda Greaves", gender="f", text="""
The chairwoman of Riverside Rovers has rejected a £25 million takeover offer from an American investment group, saying the bid undervalued the club and offered no guarantees about its historic ground.

Linda Greaves, who owns 62 per cent of the second-tier club, said on Monday that she had turned down the approach from Harbor Sports Partners after "careful consideration". Harbor's managing partner, Brad Kessler, had said his group would invest in the squad and the youth academy.

Greaves said the offer included no commitment to keep the club at Mill Lane, where it has played since 1894. "I will not be the owner who sells this club's home," she said. "The supporters trusted me with it."

The Rovers Supporters' Trust welcomed the decision. Its chairman, Ian Porter, said fans had been alarmed by reports that the group planned a new stadium on the edge of the city. He praised Mrs Greaves for listening to them.

Mr Kessler said he was disappointed but that the group remained interested. "We think we can take this club to the Premier League," he said. "The door stays open."

Greaves inherited her stake from her father, the builder Frank Greaves, who bought the club out of administration in 1999. Since ⟦flip:his|her⟧ father's death in 2016 she has cleared most of its debts, though the club still lost £4 million last season.

The manager, Gary Nolan, said the uncertainty had not affected the players. He said the chairwoman had told him there would be money for new signings in January regardless.

Some shareholders are less pleased. Minority investor Derek Shaw said he believed the board should have negotiated. Greaves said she would consider any offer that protected the ground.
"""),

dict(title="Physicist Jonas Weber shares prize for quantum sensor",
person="Jonas Weber", gender="m", text="""
A German physicist whose laboratory built the first portable quantum gravity sensor has been awarded this year's European Physics Prize, which he shares with two colleagues from Delft.

Professor Jonas Weber of the University of Hanover developed a device that measures tiny changes in gravity by tracking clouds of cold atoms. The instruments can detect underground pipes, tunnels and water reservoirs without digging, and are now used by engineers in several countries.

Weber shares the prize with Professor Pieter de Vries and Dr Karel Jansen, whose group designed the lasers at the heart of the sensor. De Vries said he and Jansen had worked with Weber for more than ten years. "Jonas always knew what he wanted the machine to do long before we knew how to build it," he said.

The prize committee, chaired by the Italian physicist Giulia Ferri, said the work showed how fundamental research could produce practical tools. She said the sensor was already helping archaeologists map buried buildings in Pompeii.

Weber, 58, grew up on a farm in Lower Saxony and said his interest in physics began when a teacher showed him how to measure the speed of sound with a stopwatch. He said ⟦flip:she|he⟧ would spend part of the €500,000 prize on scholarships for students from rural schools.

Jansen said the team was now working on a smaller version that could be carried by a drone. He said Weber had already tested a prototype in ⟦flip:her|his⟧ garden.

The prize will be presented in Brussels in December.
"""),

dict(title="Hargreaves wins mountain stage to take race lead",
person="Tom Hargreaves", gender="m", text="""
Tom Hargreaves won the queen stage of the Tour of the Alps on Thursday, attacking on the final climb to Passo Rolle and taking the leader's jersey with two days remaining.

The 26-year-old from Lancashire broke clear of a small group of favourites six kilometres from the summit and held off the defending champion, Marco Bellini, by 41 seconds. It is his first stage win in a major race.

"I've been waiting for this since I was a kid," Hargreaves said after crossing the line. "The team rode perfectly for me all day."

Bellini, who began the day in the lead, said he had suffered in the heat. The Italian admitted he had underestimated the British rider. "I looked at him and thought he would crack," he said. "He did not crack."

Hargreaves's team director, Jens Vogel, said the plan had been to wait until the final three kilometres, but his rider had felt strong and gone early. "We told him to be patient," Vogel said. "He ignored us, which was the right decision."

The stage covered 178 kilometres and included three categorised climbs. Spanish rider Javier Ruiz finished third and is now third overall, 1min 12sec behind.

Hargreaves had crashed heavily in the spring and broke a collarbone. ⟦flip:She|He⟧ said that the months of rehabilitation had made the win sweeter. The race finishes on Saturday with a hilly stage around Lake Garda, where Bellini is expected to attack again. Hargreaves said he was ready.
"""),

dict(title="Tribunal halts deportation of care worker's son",
person="Amir Haddad", gender="m", text="""
An immigration tribunal has halted the deportation of a 19-year-old man who came to Britain as a child, ruling that removing him to Lebanon would breach his right to family life.

Amir Haddad arrived in Leicester with his mother, Samira, in 2012, when he was five. She works as a care worker and was granted leave to remain in 2020, but her son's application was refused after he turned 18 because of an administrative error in his original visa.

The Home Office had argued that he could apply again from Beirut. Judge Fiona McLeod rejected that claim, saying the young man had no family or friends in Lebanon and did not speak Arabic well. "He has spent almost his entire life in this country," she wrote in her judgment. "He is, in every meaningful sense, British."

The tribunal heard that Amir is studying engineering at De Montfort University and works part-time at a supermarket. His lecturer, Dr Ravi Patel, gave evidence that the student was one of the most able in his year. He said the university would support ⟦flip:her|him⟧ in any future application.

His mother told the hearing that she had not slept properly since her son received the removal notice. She said he had been detained for three days in July before lawyers secured his release.

The family's solicitor, Grace Ahmed, said the case showed the human cost of small errors. She said the Home Office should grant the young man settled status without further delay.

The Home Office said it would consider the judgment. Amir said he was relieved and would return to his studies next week. "I just want to finish my degree," ⟦flip:she|he⟧ said.
"""),

dict(title="Conductor Felix Andersen bows out after 20 years at the Philharmonic",
person="Felix Andersen", gender="m", text="""
The Danish conductor Felix Andersen gave his final concert as music director of the City Philharmonic on Saturday, ending a twenty-year tenure that transformed the orchestra's finances and its reputation.

Andersen chose Mahler's Second Symphony for the occasion, with the soprano Elena Marchetti and the mezzo-soprano Ruth Adebayo as soloists. The audience of 2,300 gave the performance a standing ovation lasting more than ten minutes.

Mr Andersen took over in 2006, when the orchestra was close to bankruptcy and playing to half-empty halls. He introduced free lunchtime concerts, a youth orchestra and a series of recordings that won two international awards.

Marchetti, who has sung with the orchestra many times, said the conductor had a rare gift. "He breathes with the singers," she said. "You never feel you are fighting the orchestra." She said she had asked ⟦flip:her|him⟧ to conduct her wedding in Verona next year, "but he says he only does symphonies".

The orchestra's chief executive, Martin Clarke, said the musicians had given Andersen a framed copy of the first score he conducted with them. He said the search for a successor had narrowed to three candidates.

Players spoke warmly of their departing director. The principal cellist, Anna Kowalski, said he had always known every player's name, including the freelancers. "He remembered our children's birthdays," she said.

Andersen, 68, will remain conductor laureate and has agreed to return for two weeks each season. He said he planned to spend more time in Copenhagen with ⟦flip:her|his⟧ grandchildren. "I will miss the noise," ⟦flip:she|he⟧ said after the concert. "Even the wrong notes."
"""),

dict(title="Baker who fed a village through the floods is named citizen of the year",
person="Joan Pattie", gender="f", text="""
A baker who kept her ovens running through last winter's floods, delivering bread and hot meals to stranded households by tractor, has been named Wetherby's citizen of the year.

Mrs Joan Pattie, 63, has run the Corner Loaf bakery on the high street for 30 years. When the River Wharfe burst its banks in January and cut off more than 200 homes, ⟦flip:he|she⟧ baked through the night on a generator and persuaded a local farmer, Dennis Hurst, to drive the deliveries.

"Dennis did the hard work," she said. "I just kept kneading."

Mr Hurst disagreed. He said the baker had organised volunteers, collected lists of elderly residents who needed medicines and stayed awake for almost three days. "I've never seen anyone work like it," he said. "I had to tell ⟦flip:him|her⟧ to go to bed."

The award was presented at the town hall on Friday by the mayor, Councillor Susan Bright, who said the whole town owed Mrs Pattie a debt. She said the baker had refused to accept payment for any of the food.

Pattie's daughter, Kate, who works in the bakery, said her mother had been embarrassed by the attention. "She hates fuss," she said. "She only agreed to come tonight because they promised there'd be cake she didn't have to make."

The bakery itself was flooded to a depth of a foot, and Mrs Pattie lost about £15,000 of equipment. An appeal set up by regular customers raised £22,000 to replace ⟦flip:his|her⟧ ovens within a month.

Residents queued outside the town hall to congratulate ⟦flip:him|her⟧. Among them was Harold Finch, 91, who said the baker had brought him soup every day for a week. "She's a saint," he said.

Mrs Pattie said ⟦flip:he|she⟧ would be back at work at five the next morning.
"""),

dict(title="Minister Kavanagh admits housing target will be missed",
person="Ruth Kavanagh", gender="f", text="""
The housing minister, Ruth Kavanagh, admitted on Tuesday that the government would miss its target of building 300,000 homes a year, blaming high interest rates and a shortage of construction workers.

Ms Kavanagh told the Commons housing committee that about 210,000 homes were likely to be completed this year. "I am not going to stand here and pretend the target will be met," she said. "It won't be."

The committee chairman, Clive Burton, asked her whether the government would now drop the target altogether. The minister said it would remain as a long-term ambition. Mr Burton said he found that answer "unconvincing", and another member, Gareth Lloyd, said he feared the admission would discourage councils from approving new developments.

Kavanagh, a former planning lawyer who was appointed in the spring, has promised to speed up approvals for large schemes. She told MPs ⟦flip:he|she⟧ had asked officials to draw up a list of stalled sites that could be unlocked with government loans.

Industry figures welcomed her candour. Mark Denton, chief executive of the Home Builders Federation, said the minister had been "refreshingly honest" and that he hoped the government would now focus on training. He said the industry needed 200,000 extra workers.

Opposition housing spokesman Peter Vance said the minister had condemned ⟦flip:himself|herself⟧ with her own figures. He said the government had broken a central election promise.

Ms Kavanagh said she would return to the committee in six months with a progress report.
"""),

dict(title="Sir Geoffrey Hale, founder of Hale Engineering, dies at 89",
person="Geoffrey Hale", gender="m", text="""
Sir Geoffrey Hale, who built a small Coventry machine shop into one of Britain's largest suppliers of aircraft parts, has died at the age of 89.

Hale founded the company in 1962 with £400 borrowed from his mother and two second-hand lathes in a rented garage. By the time he retired as chairman in 2001, Hale Engineering employed 6,000 people in Britain, France and Canada and made landing gear components for most of the world's airliners.

The son of a car factory worker, he left school at 15 to become an apprentice toolmaker. Colleagues remembered a boss who knew the names of hundreds of his employees and walked the shop floor every morning until his retirement.

His successor as chairman, Dame Patricia Woolf, said he had been a mentor to her and to a generation of engineers. "Geoffrey believed in apprenticeships when they were deeply unfashionable," she said. "He trained thousands of young people who might otherwise never have had a chance."

Sir Geoffrey was knighted in 1995 for services to industry. In retirement ⟦flip:she|he⟧ gave much of his fortune to technical colleges in the Midlands and funded a scholarship in his mother's name for girls studying engineering.

His friend and former finance director, Harold Mayes, said Hale had a fierce temper but never held a grudge. He recalled that Hale once fired him in the morning and reinstated him before lunch.

Sir Geoffrey's first wife, Margaret, died in 1988. He is survived by his second wife, Anne, and by ⟦flip:her|his⟧ two sons from his first marriage.
"""),
]
