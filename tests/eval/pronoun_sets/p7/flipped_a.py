ARTICLES = [
dict(title="Finance minister defends spending cuts as opposition demands inquiry", person="Margaret Okafor", gender="f", text="""Finance Minister Margaret Okafor on Tuesday defended a package of spending cuts that will trim almost 4 billion from regional transport budgets over the next three years, telling parliament the measures were "painful but unavoidable".

Ms Okafor, who took over the finance portfolio in a reshuffle last spring, said the government had inherited a deficit that was "larger than anyone outside the Treasury understood". She told lawmakers that the cuts would be reviewed every six months and that rural bus routes would be protected.

The opposition was unconvinced. Daniel Reyes, the shadow finance spokesman, accused the government of balancing its books "on the backs of commuters" and called for a parliamentary inquiry into how the deficit figures had been calculated. He said his party would table a motion later this week.

"The minister is asking people in the north to pay for decisions made in the capital," Mr Reyes said. "We want to see the numbers, all of them."

The minister rejected the suggestion that ⟦flip:his|her⟧ department had concealed anything. "Every figure has been published and audited," she said, adding that she would be happy to appear before any committee that wished to question ⟦flip:him|her⟧.

Economists were divided. Thomas Hale, chief economist at Northgate Bank, said the cuts were smaller than markets had expected and would probably not affect the country's credit rating. But Priya Nandakumar, a fiscal policy researcher at the University of Leeds, warned that transport projects were often the first casualty of austerity and the hardest to restart.

"Once a rail upgrade is paused, the contractors move on, the skills disperse, and it costs twice as much to begin again," Dr Nandakumar said.

Back-bench members of the governing party have also voiced concern privately. One, who asked not to be named, said several colleagues representing northern seats had written to Okafor asking for assurances about specific projects. The finance minister is expected to meet them on Thursday, when ⟦flip:he|she⟧ will also publish a revised timetable for the regional rail electrification scheme.

The debate comes two weeks before the government's autumn statement, which Ms Okafor will deliver on 14 November."""),

dict(title="Veteran coach Ray Mbeki steps down after 14 seasons at Harbour City", person="Ray Mbeki", gender="m", text="""Ray Mbeki, the coach who took Harbour City from the second division to two national titles, announced on Monday that he would step down at the end of the season after 14 years in charge.

The 61-year-old made the announcement at a hastily arranged press conference at the club's training ground, flanked by chief executive Linda Marsh and club captain Sofia Alvarez. He said the decision had been "the hardest of my working life" but that the club needed "fresh ideas and fresh legs".

Mbeki arrived at Harbour City in 2012, when the club was close to bankruptcy and playing in front of crowds of barely 2,000. Within three seasons he had won promotion, and in 2019 the team lifted its first league trophy in more than half a century.

Ms Marsh paid tribute to the coach, describing him as "the heart of this club". She said the board had begun a search for a successor but would not be rushed. "We owe it to Ray and to the supporters to get this right," she said.

Alvarez, who joined the club as a teenager and has played under no other manager, struggled to hold back tears. She said the squad had been told on Sunday evening. "He gave me my debut when I was 17. Everything I have in football I owe to him," she said. Asked whether the players had tried to change ⟦flip:her|his⟧ mind, the captain laughed: "You don't change Ray's mind. You've never been able to."

Former assistant coach Peter Lindqvist, now in charge at rivals Eastport, said the league would be poorer without Mbeki. "He taught a generation of coaches how to build a team on almost no money," Lindqvist said.

The coach has not ruled out a role elsewhere in the game. Asked about ⟦flip:her|his⟧ plans, Mbeki said only that ⟦flip:she|he⟧ intended to spend the summer with his grandchildren and "maybe finally learn to play golf properly".

Harbour City sit fourth in the table with nine matches remaining and are still in contention for a place in continental competition."""),

dict(title="Court hears former nurse falsified medication records, prosecutors say", person="Helen Castellano", gender="f", text="""A former intensive care nurse falsified medication records for at least nine patients over a period of 18 months, prosecutors told a jury at Crown Court on Wednesday.

Helen Castellano, 44, denies eleven counts of falsifying records and two counts of gross negligence. She appeared in the dock wearing a grey suit and spoke only to confirm her name and plead not guilty.

Opening the case for the prosecution, Andrew Whitfield said the defendant had recorded doses of pain relief as having been given when hospital pharmacy logs showed the drugs had never been dispensed. "The records she kept describe a ward that did not exist," Mr Whitfield told the jury.

The court heard that concerns were first raised by a junior colleague, Nadia Harrow, who noticed that a patient recorded as sedated was awake and in visible distress. Ms Harrow reported her concerns to the ward manager, Gareth Pryce, who referred the matter to the hospital's patient safety team.

Mr Pryce is expected to give evidence later this week. Mr Whitfield said the manager had initially "given the benefit of the doubt" to Castellano, a senior nurse with an unblemished record of more than twenty years, and had spoken to ⟦flip:him|her⟧ informally before escalating the case.

The prosecution alleges that the former nurse later altered several entries after learning an investigation had begun. Digital audit logs, the jury was told, show that entries were edited from a terminal on the ward during ⟦flip:his|her⟧ night shifts, in some cases weeks after the original record was made.

Castellano's barrister, Miriam Osei, told the jury that the case would turn on whether the hospital's electronic system could be trusted. She said her client had repeatedly complained that the system was unreliable and that other staff shared log-in cards. "You will hear that my client raised the alarm about this software long before anyone raised the alarm about her," Ms Osei said.

The judge, Mrs Justice Langley, told jurors that the trial was expected to last four weeks and warned them not to research the case online.

The trial continues."""),

dict(title="Tech founder Arjun Mehta sells payments start-up for 1.2 billion", person="Arjun Mehta", gender="m", text="""Arjun Mehta, who started the payments company Clearpath in a shared flat in Bristol seven years ago, has agreed to sell it to the American card processor Vantage Systems for 1.2 billion, the companies said on Thursday.

The deal is one of the largest acquisitions of a British fintech firm this year and will make Mr Mehta, who still owns around 18 per cent of the company, one of the wealthiest entrepreneurs in the south-west of England.

Mehta, 36, founded Clearpath with his university friend Joanna Pike after the pair grew frustrated with the fees charged to small online retailers. Ms Pike, who left the company in 2021 to start a climate investment fund, still holds a smaller stake. She said in a statement that she was "proud of what Arjun and the team have built".

Vantage's chief executive, Karen Doyle, said the acquisition would give her company a foothold in the European small-business market. "Clearpath does one thing brilliantly, and it does it for the kind of customer we have struggled to reach," she said. Ms Doyle added that the Clearpath brand would be kept for at least three years.

Mehta will remain chief executive of Clearpath under the deal, reporting directly to Doyle. In an interview, ⟦flip:she|he⟧ said the decision to sell had been made only after months of discussion with staff. "I did not want to be the founder who cashes out and disappears," he said. "Our people get shares, and they get a say in what happens next."

About 340 employees hold options in the company. Analysts at Fenwick Partners estimated that a typical long-serving engineer could receive a payout of around 150,000.

Not everyone was enthusiastic. Lucy Tran, who runs a trade body for independent retailers, said merchants feared fees would rise under American ownership. Mehta dismissed the concern, saying ⟦flip:her|his⟧ contract with Vantage included a commitment to keep prices unchanged for two years.

The deal still requires approval from the Competition and Markets Authority, which is expected to give its decision in the spring."""),

dict(title="Obituary: Dorothy Fairbairn, botanist who mapped the mosses of the Highlands", person="Dorothy Fairbairn", gender="f", text="""Dorothy Fairbairn, who has died aged 93, spent more than half a century crawling through wet Scottish glens with a hand lens, and produced what is still regarded as the definitive survey of the mosses and liverworts of the Highlands.

Born in Dundee in 1933, the daughter of a jute mill engineer and a schoolteacher, she was drawn to plants as a child by her grandfather, a keen amateur gardener who let her keep a corner of his allotment. She studied botany at the University of Edinburgh, one of only three women in her year, and went on to complete a doctorate on the bryophytes of Perthshire.

In 1961 she joined the Royal Botanic Garden Edinburgh, where she worked under the formidable keeper of the herbarium, James Lorimer. Lorimer was known for his dislike of fieldwork and his suspicion of young researchers, but he came to rely on Fairbairn's judgment, and when he retired in 1974 he recommended her as his successor.

The survey that made ⟦flip:his|her⟧ name took twenty-two years. Working mostly alone and often camping for weeks at a time, Fairbairn recorded more than 600 species, several of them new to Britain. Colleagues recall ⟦flip:him|her⟧ returning from trips with boots full of water and notebooks wrapped in oilcloth, entirely cheerful.

She was appointed OBE in 1995 and continued to publish well into ⟦flip:his|her⟧ eighties. Her last paper, on a rare liverwort found on a single boulder in Glen Affric, appeared in 2019.

Fairbairn never married. ⟦flip:He|She⟧ shared a cottage near Pitlochry for forty years with her friend and fellow naturalist Isobel Grant, who died in 2016. Former student Dr Callum Reid, now a curator at the garden, said ⟦flip:he|she⟧ had been "a demanding teacher and a generous one, in equal measure".

She is survived by her nephew, Alasdair, and her niece, Morag."""),

dict(title="City council approves riverside housing plan after heated meeting", person="Colin Armitage", gender="m", text="""Plans for 480 new homes on the former gasworks site beside the River Wend were approved by the city council's planning committee on Monday night after a four-hour meeting marked by repeated interruptions from the public gallery.

The committee voted seven to four in favour of the scheme, which was put forward by the developer Ashgrove Homes. Councillor Colin Armitage, who chairs the committee, said the decision had not been taken lightly.

"I have lived in this city my whole life and I know how much that riverbank means to people," Mr Armitage said. "But we have 6,000 families on the housing waiting list. We cannot keep saying no."

Opponents, led by the residents' group Save the Wend, argue that the site is at risk of flooding and that the plans include too few affordable homes. The group's chair, Bernadette Kilroy, told the meeting that residents had collected more than 3,000 signatures against the scheme. She said they would consider a legal challenge.

Ms Kilroy was joined by Councillor Fiona Stewart, who voted against the plan. Stewart said the proportion of affordable housing, 22 per cent, fell short of the council's own target of 30 per cent. "We set that figure for a reason," she said.

The chairman responded that the developer had agreed to contribute 2.5 million towards flood defences further upstream. When members of the public began shouting, Armitage suspended the meeting for ten minutes and warned that ⟦flip:she|he⟧ would clear the gallery if the disruption continued.

Ashgrove's managing director, Stephen Boyce, said the firm was "delighted" and hoped to begin work next summer. He said the company had listened to residents and reduced the height of the tallest block from twelve storeys to nine.

After the vote, Armitage told reporters ⟦flip:her|his⟧ committee had followed the advice of the council's planning officers. Asked whether he expected a legal challenge, he said: "That is their right. We will defend the decision."

The scheme will now be referred to the regional mayor, who has 21 days to decide whether to intervene."""),

dict(title="Interview: Novelist Grace Adeyemi on grief, Lagos and her long-awaited third book", person="Grace Adeyemi", gender="f", text="""Grace Adeyemi's new novel, The Salt Season, arrives nine years after her last, and the gap is something she is happy to talk about. "I wrote two whole books in that time and threw both of them away," she says, laughing, in the kitchen of her house in south London.

The novel follows a widowed fisherman in Lagos and his adult daughter as they try to sell the family boat. It grew, Adeyemi says, out of the death of her own father in 2020, when ⟦flip:he|she⟧ was unable to travel home for the funeral because of pandemic restrictions.

"My father was a quiet man. He would sit on the porch for hours and say nothing, and you would still feel that you had had a long conversation," she says. "I wanted to write about that kind of silence."

Her editor at Hallam Press, Richard Okonjo, has worked with her since her debut. He says he never pressured ⟦flip:him|her⟧ to deliver. "Some writers need to be chased. Grace needs to be left alone, and then one day a perfect manuscript appears," Okonjo says.

The book has already drawn early praise. The critic Susannah Vail called it "the most complete novel of the year", while the Booker-winning author Michael Dunne said Adeyemi "writes sentences that you want to read aloud".

Adeyemi is wary of the attention. After her second book, Harmattan, was shortlisted for several prizes, she found herself travelling constantly and writing nothing. This time, ⟦flip:he|she⟧ says, she has agreed to only a handful of events.

She now divides her time between London and Lagos, where her mother, who is 82, still lives. Her brother, Tunde, runs the family's printing business. Asked whether ⟦flip:his|her⟧ family has read the book, the novelist pauses. "My mother has. She told me the father is too kind. She said real men are more annoying." She smiles. "She is probably right."

The Salt Season is published on Thursday."""),

dict(title="Climate scientist wins international prize for ice-sheet research", person="Lars Eriksen", gender="m", text="""The Danish glaciologist Lars Eriksen has been awarded this year's Vetlesen Prize for research that transformed scientists' understanding of how the Greenland ice sheet loses mass, the prize committee announced on Wednesday.

Professor Eriksen, 58, who leads the ice dynamics group at the University of Copenhagen, was recognised for two decades of fieldwork and modelling showing that meltwater reaching the base of the ice could accelerate glaciers far more than had been assumed.

The committee chair, Dr Ellen Marchetti, said his work had "changed the questions the whole field is asking". She said the committee had been particularly impressed by the way Eriksen combined fieldwork in extreme conditions with sophisticated computer modelling.

Eriksen said he was "astonished and a little embarrassed" to receive the award, which carries a prize of 250,000 dollars. He said he would share it with his research group. "Science like this is never one person's achievement. I have been lucky to work with brilliant students," he said.

Among them is Dr Anna Sørensen, who spent three summers with him on the ice near Jakobshavn and is now a lecturer at Aarhus University. She described her former supervisor as "completely fearless in the field and completely calm in the lab". Sørensen recalled one season when a storm trapped the team in their tents for six days. "Lars spent the whole time reading Dickens aloud to us," she said.

The glaciologist's findings have been incorporated into the latest assessments of the Intergovernmental Panel on Climate Change. Professor Marcus Feldt of the Alfred Wegener Institute in Germany said ⟦flip:her|his⟧ 2011 paper on meltwater lubrication was "one of the handful of papers everyone in the field has read".

Eriksen, who grew up on a farm in Jutland, told reporters that the prize was bittersweet because the research it honoured showed the ice was disappearing faster than anyone had hoped. Asked what he would say to politicians, he replied: "The same thing I have been saying for twenty years. The ice does not negotiate."

The prize will be presented at a ceremony in New York in November."""),

dict(title="Mayor Teresa Lindgren survives confidence vote after budget row", person="Teresa Lindgren", gender="f", text="""Mayor Teresa Lindgren narrowly survived a vote of no confidence on Thursday evening, after three members of her own party abstained rather than join the opposition in trying to remove her.

The motion, tabled by the opposition leader Erik Holm, was defeated by 31 votes to 29. It followed weeks of dispute over the mayor's decision to cut funding for the city's youth centres by a third in order to pay for road repairs.

Mr Holm told the council chamber that the mayor had "lost the trust of the people who elected her". He said he had been contacted by hundreds of parents who were worried that their children would have nowhere to go after school.

Lindgren, speaking after the vote, said she was "relieved but not complacent". "I have heard the message. I will sit down with the youth workers and the parents next week," she said.

The three abstaining councillors, among them the deputy mayor Johan Berg, had publicly criticised the cuts. Berg said he had abstained because he did not believe a change of leadership in the middle of the budget year would help anyone. Asked whether he still supported the mayor, he said: "I support the office. Whether I support ⟦flip:his|her⟧ policy on youth centres is another question."

Observers said the result left Lindgren weakened. Karin Åström, a political scientist at Uppsala University, said the mayor had survived "on the goodwill of people who clearly disagree with her", and that it was unclear how long that goodwill would last. Åström noted that Lindgren's predecessor, Per Nyström, had faced a similar vote in 2017 and had resigned within six months.

The mayor's office said on Friday that she would announce a review of the youth centre funding before Christmas. The city's largest youth organisation, led by Sara Ekdahl, welcomed the news but said it wanted a guarantee that no centres would close in the meantime.

Lindgren, a former schoolteacher, has led the city since 2022."""),

dict(title="Jockey banned for 30 days after Cheltenham whip breach", person="Callum O'Dwyer", gender="m", text="""Jockey Callum O'Dwyer has been banned for 30 days and fined 6,000 after the British Horseracing Authority found that he used his whip excessively while winning a race at Cheltenham last month.

The 29-year-old Irish rider, who won the Festival's novice chase on Dunmore Lad, struck the horse eleven times after the final fence, three more than the permitted limit. Under rules introduced last year, the breach also cost the horse's owners the prize money.

O'Dwyer accepted the finding but said the penalty was "harsh". Speaking outside the authority's London offices, he said he had been "caught up in the moment" in a tight finish. "I have apologised to the owners and to the trainer. I made a mistake and I take responsibility for it," he said.

The trainer, Siobhan Kearney, said she was disappointed to lose the prize but would continue to use O'Dwyer. "Callum is one of the best riders in the country. He made a bad decision in the last furlong. That's all it was," Ms Kearney said.

The owners, the brother and sister Declan and Aoife Brennan, were less forgiving. Ms Brennan said they had lost more than 90,000 in prize money. She said the family would be "having a conversation" with the trainer about who rides their horses in future.

The disciplinary panel, chaired by Jane Whitcombe, said the rider had shown genuine remorse but that it could not ignore the number of strikes. It noted that ⟦flip:she|he⟧ had received a shorter suspension for a similar offence in 2023.

Animal welfare campaigners welcomed the decision. Dr Fiona Lamb of the charity Horse Voice said the ban showed the new rules "have teeth".

The suspension means the jockey will miss the Grand National meeting at Aintree, where ⟦flip:she|he⟧ had been expected to ride the joint favourite. His agent said O'Dwyer would use the time to recover from a shoulder injury that had been troubling him for several weeks."""),

dict(title="Supreme Court judge Amelia Harcourt to retire after landmark privacy ruling", person="Amelia Harcourt", gender="f", text="""Lady Justice Amelia Harcourt, whose judgment in a landmark privacy case last year reshaped the law on surveillance in the workplace, will retire from the Supreme Court in January, the court announced on Friday.

Lady Harcourt, 71, was appointed to the court in 2016 after a long career as a barrister specialising in employment law. She became known for concise, plainly written judgments that were often quoted by lawyers and journalists alike.

Her best-known decision came in Palmer v Ridgeway Logistics, in which the court ruled that an employer had acted unlawfully by monitoring a driver's personal phone. Writing for the majority, she said that "a worker does not leave their private life at the factory gate".

The court's president, Lord Justice Patrick Vance, said in a statement that he had been "privileged to sit alongside her". He described her as "a judge of great independence, who was never afraid to be in the minority". Lord Vance himself dissented in the Palmer case, and the two were known to disagree sharply on questions of employment law.

Legal commentators said the retirement would leave the court with only two women among its twelve justices. Professor Hannah Moyo of King's College London said the justice's departure was a "real loss" for diversity on the bench. "She brought a perspective that the court badly needs," Professor Moyo said.

Harcourt began ⟦flip:his|her⟧ legal career in the 1970s at a time when few women practised at the employment bar. In a rare interview in 2019, she recalled being mistaken for a clerk by a senior barrister, Sir Geoffrey Allen, on ⟦flip:his|her⟧ first day in chambers. Allen later became one of her closest mentors.

The retiring judge has said ⟦flip:he|she⟧ intends to spend more time at her home in Norfolk and to write a book about the law of the workplace. She is married to the architect David Harcourt; they have two sons.

A successor is expected to be named in the new year."""),

dict(title="Festival director Jonas Weber quits amid funding row", person="Jonas Weber", gender="m", text="""Jonas Weber, the artistic director who turned the Lakeside Music Festival into one of the most talked-about events in the European classical calendar, has resigned with immediate effect following a dispute with the festival's main sponsor.

In a letter to staff seen by this newspaper, Mr Weber said he could no longer work with a board that had "allowed a single donor to dictate artistic choices". The letter was sent late on Sunday, hours after the board voted to accept a new three-year sponsorship agreement with the energy company Nordwind.

The dispute centres on the festival's decision, announced by Weber in the spring, to commission a new opera about the flooding of a mining village. Nordwind's chief executive, Birgit Hoffmann, is said to have objected to the subject matter. Ms Hoffmann said in a statement on Monday that the company "has never sought to influence artistic decisions" and that she regretted Weber's departure.

The board's chair, Claudia Reinholt, said she was "saddened" by the resignation but defended the sponsorship, which she said was worth 1.8 million euros a year and was essential to the festival's survival. She said the commission would go ahead.

Musicians rallied behind the director. The soprano Elena Varga, who was due to sing the lead role in the new opera, said she would withdraw unless Weber was reinstated. "Jonas is the reason this festival matters. Without ⟦flip:her|him⟧, it is just another summer concert series," she said.

The composer of the opera, Matthias Krol, said he had been told privately that the work might be "postponed indefinitely". Krol said the former director had fought hard for the commission and that ⟦flip:she|he⟧ had warned him months ago that there was pressure from the sponsor.

Weber, 47, joined the festival in 2015 after a decade at the Vienna Volksoper. Friends said he was considering offers from abroad. A spokesman for the festival said an interim director would be appointed within weeks."""),
]
