ARTICLES = [
dict(title="Jury hears defendant's account of night warehouse manager died", person="Marcus Bell", gender="m", text="""
A former security guard accused of killing a warehouse manager in Leeds told a jury on Wednesday that he had acted in self-defence after the older man came at him with a crowbar during an argument about unpaid wages.

Marcus Bell, 34, denies the murder of Gary Tillotson, 51, who died from head injuries at the Kirkstall Trading Estate in the early hours of March 12 last year. Bell has admitted striking him but says he did not intend to cause serious harm.

Giving evidence for the first time, Bell said he had gone to the estate to collect three weeks of wages he was owed and that Tillotson had become "aggressive straight away."

"He was shouting that I was a thief and that I should get off his site," Bell told the court, his voice breaking. "Then he picked up the bar from the back of the van. I thought he was going to kill me."

Under cross-examination, prosecutor Rebecca Lang KC put it to the defendant that he had brought a weapon of his own and had waited for Tillotson for more than an hour. She pointed to CCTV footage showing Bell's car parked outside the estate from 12.40 a.m.

Bell said ⟦flip:she|he⟧ had been waiting because he was "working up the nerve" to confront his former boss. He denied bringing a weapon. "I had a torch, that's all," he said. "The prosecution keeps calling it a cosh. It was a torch."

Earlier, the jury heard from Tillotson's widow, Janet Tillotson, who said her husband had been worried about Bell for weeks and had told her he had received threatening text messages. Asked by Bell's barrister, Simon Achebe KC, whether she had seen the messages herself, she said she had not.

Achebe told the jury that his client had no history of violence and had served in the army for six years, including two tours of Afghanistan. ⟦flip:Her|His⟧ evidence, the barrister said, was "the account of a frightened man, not a killer."

Mrs Justice Patricia Holroyd told jurors they must not discuss the case with anyone and adjourned the trial until Thursday, when Bell will continue his evidence. The defendant, wearing a grey suit, looked towards ⟦flip:her|his⟧ mother in the public gallery as he was led down to the cells.

The trial continues.
"""),

dict(title="Eleanor Whitcombe, novelist of the Fens, dies aged 91", person="Eleanor Whitcombe", gender="f", text="""
Eleanor Whitcombe, whose novels of rural life in the Cambridgeshire Fens won a devoted readership over six decades and whose 1974 book "The Drowned Acre" was adapted into a celebrated television serial, has died aged 91. Her publisher, Marlowe & Finch, said she died at her home near Ely on Saturday.

Whitcombe wrote nineteen novels and three collections of short stories, almost all of them set within twenty miles of the farmhouse where she was born in 1933, the youngest of five children of a sugar-beet farmer and a village schoolteacher.

She began writing in her thirties, while raising three children and working part-time as a librarian in Wisbech. Her first novel, "Low Country," was rejected by eleven publishers before being accepted by the editor Anthony Marlowe, who remained ⟦flip:his|her⟧ editor for the rest of his career.

"Eleanor wrote about people that literary London did not think were worth writing about," said the novelist Martin Lowry, a longtime admirer. "She proved them wrong book after book."

"The Drowned Acre," which follows three generations of a family through the great flood of 1947, sold more than a million copies and was adapted for television in 1981 with Sheila Ranford in the role of the matriarch, Ada Lamb. Whitcombe disliked the adaptation at first, complaining that it was "too clean," but later said ⟦flip:he|she⟧ had come to love it.

Her husband, Peter Whitcombe, a drainage engineer, died in 2002. Their son, James, said his mother had continued to write every morning until last year, when a fall left her unable to climb the stairs to her study.

"She would be at the desk by seven with a pot of tea and she would not come down until lunch," he said. "Nobody was allowed to disturb her, not even the dog."

Her final novel, "Sluice Gate," was published in 2019, when she was 86. Reviewing it, the critic Hannah Price wrote that Whitcombe's prose had "lost none of its mud or its music."

Whitcombe was appointed OBE in 1998 for services to literature. ⟦flip:He|She⟧ is survived by her son, two daughters, Ruth and Alice, and seven grandchildren.
"""),

dict(title="Mendes launches bid for governor, promising water and transit overhaul", person="Carla Mendes", gender="f", text="""
PHOENIX — State Senator Carla Mendes formally launched her campaign for governor on Saturday, telling several hundred supporters at a rally in a Tempe park that Arizona faced "a reckoning on water" and that the next governor would have to make choices previous administrations had avoided.

Mendes, 54, a Democrat who has represented a Phoenix district in the state Senate since 2015 and chairs its natural resources committee, becomes the third candidate in her party's primary, joining former Tucson mayor Daniel Ortega and businessman Bryce Whitaker.

"For thirty years we have behaved as if the Colorado River was a bank account with no bottom," ⟦flip:he|she⟧ said. "That account is overdrawn. I am running because I have spent a decade writing the water laws in this state, and I know what has to happen next."

She was introduced by her mother, Rosa Mendes, 79, a retired schoolteacher who emigrated from Sonora in 1968, and by her husband, Mark Ellison, a pediatrician. Rosa Mendes told the crowd her daughter had "always been the one who asked why."

Ortega, who is considered the early frontrunner, said in a statement that he welcomed Mendes to the race and looked forward to "a debate about ideas." Whitaker, who has pledged to spend $10 million of his own money, said ⟦flip:his|her⟧ record in the legislature showed she was "a career politician with a career politician's answers."

Republican state party chair Linda Hawley dismissed all three candidates as "interchangeable" and said Mendes had voted for every tax increase proposed during her time in the Senate.

Political scientist Teresa Morales of Arizona State University said Mendes' expertise on water could set ⟦flip:him|her⟧ apart in a crowded field but that she lacked the name recognition of Ortega. "She is respected in the Capitol, but most voters outside her district have never heard of her," Morales said. "The next six months will tell us whether she can change that."

The primary will be held in August. Mendes said she would campaign in all fifteen counties before the end of the year, beginning with a tour of farming communities in Yuma County next week, where ⟦flip:he|she⟧ will meet growers affected by cuts to their water allocations.
"""),

dict(title="Oslo battery start-up Voltfjord raises $120 million", person="Oliver Strand", gender="m", text="""
Voltfjord, an Oslo-based start-up developing sodium-ion batteries for grid storage, said on Tuesday it had raised $120 million in a funding round led by a Swedish venture firm, valuing the four-year-old company at close to $700 million.

The company was founded in 2020 by Oliver Strand, a former researcher at the Norwegian University of Science and Technology, and Ingrid Halvorsen, who previously ran supply chains for a large Norwegian aluminium producer. Strand is chief executive and Halvorsen is chief operating officer.

"Lithium is a wonderful material, but there is not enough of it for everything we want to do with it," Strand said in an interview. "Sodium is in every ocean on the planet. If we can make it work at scale, we take one of the biggest bottlenecks out of the energy transition."

The money will be used to complete a factory in Mo i Rana, in northern Norway, which is due to begin production next year with an annual capacity of two gigawatt-hours. Halvorsen said construction was on schedule and that the company had already signed supply agreements with two European utilities.

Strand, 38, grew up in Tromso and said ⟦flip:her|his⟧ interest in batteries began when his father, a fisherman, installed solar panels and a battery bank on the family's boat. "He was always complaining that the batteries died in winter," he said. "I wanted to fix that for him."

Anna Lindgren, the partner who led the investment and who will join Voltfjord's board, said her firm had been impressed by the founders' technical depth. "Oliver knows the chemistry better than anyone we have spoken to, and Ingrid knows how to build factories," she said.

Not everyone is persuaded that sodium-ion batteries will displace lithium. Per Sorensen, an analyst at an Oslo energy consultancy, said the technology had lower energy density and that costs would need to fall sharply for it to compete.

Asked about such doubts, the chief executive said ⟦flip:she|he⟧ welcomed them. "Scepticism is healthy. We will answer it with numbers, not with press releases," Strand said, before leaving for the airport, where ⟦flip:she|he⟧ and Halvorsen were due to catch a flight north to meet the local mayor, Geir Waage.
"""),

dict(title="Astronomers spot water vapour in atmosphere of nearby rocky planet", person="Rachel Adeyemi", gender="f", text="""
A team of astronomers using the James Webb Space Telescope has detected signs of water vapour in the atmosphere of a rocky planet orbiting a small star 41 light-years from Earth, a finding that, if confirmed, would be the first of its kind for a world of roughly Earth's size.

The planet, catalogued as TOI-2291 c, is about 1.3 times the size of Earth and circles a red dwarf star every 6.2 days. It is far too hot to support life as we know it, with a surface temperature estimated at more than 250 degrees Celsius.

"This is not a habitable planet, and I want to be very clear about that," said Dr. Rachel Adeyemi of the University of Chicago, who led the study published on Monday. "What it shows is that small rocky planets around red dwarfs can hold on to atmospheres, which was a serious open question."

Red dwarfs are prone to violent flares that many astronomers believed would strip away the atmospheres of nearby planets. Adeyemi said ⟦flip:his|her⟧ team observed the planet passing in front of its star four times and saw the same water signature on each occasion.

Co-author Professor James Okoro said the signal was "small but persistent." He added that the team had spent eight months ruling out other explanations, including the possibility that the water signature came from cool spots on the star itself.

Dr. Maria Esposito, an exoplanet specialist who was not involved in the work, said the result was exciting but cautioned that starspots remained a concern. "I'd like to see it again with a different instrument before I believe it completely," she said.

Adeyemi, 36, who grew up in Lagos and moved to the United States at 17, said she had applied for further observing time. Asked how it felt to see the data for the first time, the astronomer said ⟦flip:he|she⟧ had been alone in her office late on a Friday evening.

"I looked at it and I thought, either this is real or I have made a very big mistake," she said. "I called James, and he told me to go home and look again on Monday. I did not sleep all weekend."

Okoro said he was proud of ⟦flip:him|her⟧. "Rachel is the most careful scientist I know," he said.
"""),

dict(title="Novak to leave Prague orchestra after fourteen seasons", person="Pavel Novak", gender="m", text="""
PRAGUE — Pavel Novak, the chief conductor of the Prague Symphony Orchestra, will step down at the end of the 2025-26 season after fourteen years in the post, the orchestra announced on Thursday.

Novak, 66, said in a statement that he wanted to devote more time to guest conducting and to teaching, and that the orchestra needed "new eyes and new ears" as it prepares to move into a renovated concert hall in 2027.

"I came here as a young man with too much hair and too many opinions," he said at a news conference. "I leave with less of the first and, I hope, better versions of the second."

During his tenure, the orchestra toured Japan and the United States for the first time in three decades and recorded a complete cycle of Dvorak's symphonies that won an international recording prize in 2019.

Orchestra director Martina Horakova said the board would name a successor within a year. She said the search would be international, but that she hoped Novak would remain associated with the orchestra as conductor laureate. "Pavel has given this orchestra its confidence back," Horakova said. "We will not let ⟦flip:her|him⟧ disappear."

Principal cellist Jana Dvorakova, who has played under him since his first season, said the musicians had been told the news on Wednesday afternoon. "There were tears," she said. "He can be very demanding. But he has never asked of us anything he did not ask of himself."

Critic Tomas Kral said Novak's legacy would rest on the Dvorak recordings and on his championing of contemporary Czech composers. "He commissioned more than forty new works. Some of them were not very good, but ⟦flip:she|he⟧ never stopped trying," Kral said.

Novak, who was born in Brno, the son of a church organist, will conduct Mahler's Ninth Symphony in his final concert in June 2026. Asked why he had chosen the work, the conductor said it was "a piece about saying goodbye." Horakova said ⟦flip:her|his⟧ choice had moved the whole orchestra.

He is married to the soprano Eva Novakova, who will sing in the orchestra's season-opening concert next month.
"""),

dict(title="Highland school saved from closure after parents' campaign", person="Fiona MacLeod", gender="f", text="""
A primary school in the Highland village of Achnasheen will stay open after councillors reversed a decision to close it, following a year-long campaign by parents and its headteacher.

Highland Council's education committee voted on Thursday to keep Achnasheen Primary, which has 14 pupils, open for at least five more years, overturning a recommendation from officials that the children be taught in Kinlochewe, 16 miles away by a single-track road.

Headteacher Fiona MacLeod, who has run the school since 2009, said she had been "overwhelmed" by the result. "For a school like ours, every year is a fight," she said. "This gives us time to breathe, and, more importantly, it tells the families here that the council believes in this community."

The campaign was led by parent council chair Duncan Ross, a forestry contractor whose two daughters attend the school. Ross said the decision was "a victory for common sense." He said he had been worried that MacLeod would leave if the school closed, and he credited ⟦flip:him|her⟧ with persuading three new families to move to the area in the past two years.

Education committee chair Janet Urquhart said officials had underestimated the travel times involved, and praised MacLeod for ⟦flip:his|her⟧ evidence to the committee in March. "We listened, and we changed our minds," she said.

Councillor Alasdair Munro, who voted against the reprieve, said the cost per pupil at Achnasheen was almost three times the Highland average and that the money would be better spent elsewhere. "I have nothing against the school or the teacher," he said. "But we have to be honest about the numbers."

MacLeod, a mother of three who grew up on Skye and trained in Aberdeen, said she understood the financial pressures but that numbers could not capture what the school meant to the glen. The headteacher said ⟦flip:his|her⟧ pupils had written letters to every councillor before the vote.

"One of them wrote, 'If you close our school, where will we have the Christmas concert?'" she said. "I think that one might have changed a few minds."

The council said it would review the school's future again in 2029.
"""),

dict(title="Lindqvist wins queen stage to take lead in Alpine race", person="Jonas Lindqvist", gender="m", text="""
Sweden's Jonas Lindqvist won the mountainous sixth stage of the Criterium des Alpes on Friday, attacking on the final climb to finish 38 seconds ahead of the Slovenian Matej Kovac and take the overall leader's jersey with two days of racing remaining.

The 27-year-old, who rides for the Danish-registered Team Aurora, broke away with four kilometres to go and held off a chase led by Kovac and the defending champion, Frenchman Julien Moreau, who lost more than a minute and fell to fourth overall.

"I felt good all day, but I was waiting, waiting, waiting," Lindqvist said after crossing the line. "My directeur sportif kept telling me on the radio, 'Not yet, not yet,' and when he finally said go, I went."

Team manager Karin Sjoberg said the squad had built its season around Lindqvist since January. "Jonas is a quiet guy, but on the bike he is very brave," she said. "Today he showed everybody what we see every day in training."

⟦flip:Her|His⟧ victory came eleven months after he crashed out of the Tour de France with a broken collarbone and two fractured ribs, an injury that kept him off the bike for ten weeks and, he admitted on Friday, made him doubt whether he would race at this level again.

"There were some dark days last summer," the Swede said, adding that ⟦flip:she|he⟧ owed much of his recovery to his partner, the former national champion Elin Westberg, who had ridden alongside him on his first training rides after the injury.

Moreau, 31, said he had simply not had the legs. "Jonas was the strongest today and he deserves the jersey," the Frenchman said. "But there are still two stages and anything can happen in the mountains."

Kovac, who sits second overall, 52 seconds behind, said he would attack on Saturday's summit finish.

Race doctor Sophie Laurent said the heat, which reached 34 degrees in the valley, had caused several riders to abandon. Lindqvist said ⟦flip:she|he⟧ had drunk nine bottles of water during the stage.

The race, seen as a key preparation event for the Tour de France, which starts in three weeks, ends on Sunday.
"""),

dict(title="Nurses' union chief warns of walkout as pay talks stall", person="Grace Mwangi", gender="f", text="""
NAIROBI — The head of Kenya's largest nurses' union said on Monday that her members would begin a nationwide strike on June 1 unless the government honours a pay agreement signed two years ago, raising the prospect of disruption at public hospitals across the country.

Grace Mwangi, secretary-general of the nurses' union, said in an interview that the union had "exhausted every channel" and that nurses were leaving for jobs in Britain and the Gulf at a rate the health system could not survive.

"We signed an agreement in 2022. We were promised allowances that have never been paid," Mwangi said in her office in the city's Upper Hill district. "Our members are tired of being thanked on television and ignored on payday."

Health Cabinet Secretary Peter Kamau said on Sunday that the government was committed to the agreement but that payments had been delayed by budget constraints. He urged the union to return to talks, saying a strike would "punish patients, not politicians."

Asked about Kamau's comments, Mwangi said ⟦flip:he|she⟧ had heard such promises before. "The Cabinet Secretary is a decent man, but decency does not pay rent," she said.

Mwangi, 52, worked for twenty years as a midwife at a large public hospital in the capital before being elected to lead the union in 2019. Colleagues describe her as a tough negotiator. Former union president Joseph Ochieng, who served alongside her for four years, said ⟦flip:his|her⟧ time on the wards gave her a credibility with members that few union leaders enjoy.

"When Grace speaks, the nurses know she has done the night shifts," he said.

Doctors' union official Dr. Miriam Wanjiru said her members would support the nurses but had not decided whether to join a strike. She said the two unions would meet later this week.

Mwangi, a widow and grandmother of four, said the decision to strike had not been taken lightly. ⟦flip:He|She⟧ said the union would maintain emergency and maternity services during any walkout. "We are nurses first," she said. "We will not leave a mother alone in labour. But everything else, we will stop."

The Ministry of Health did not respond to a request for comment on Monday evening.
"""),

dict(title="Hospital chief apologises after patient records left in skip", person="Samuel Okonjo", gender="m", text="""
The chief executive of Riverside General Hospital apologised on Friday after hundreds of paper patient records were found in an unlocked skip behind a former outpatients' building, and said an independent investigation would report within six weeks.

Samuel Okonjo, who has led the hospital trust since 2021, said the discovery was "completely unacceptable" and that he had personally written to the Information Commissioner's Office to report the breach.

"Patients trust us with the most private details of their lives," Okonjo said at a hastily arranged news briefing. "We failed them. I am sorry, and I take full responsibility."

The records, some dating back to the 1990s, were found on Wednesday by a local resident, Angela Price, who was walking her dog along a path behind the site. Price said she had seen folders bearing patients' names and dates of birth blowing around the car park.

"I picked one up and it had someone's whole medical history in it," she said. "I thought, this could be my mum's."

The trust's head of information governance, Karen Sillitoe, has been suspended while the investigation takes place. Okonjo said ⟦flip:she|he⟧ would not comment on individual staff, but that contractors clearing the building had been told to deliver the files for secure destruction.

Patients' group chair Michael Hartley said the incident raised wider questions about how the trust managed its estate. "This is not just one skip. It is a culture," he said.

The local MP, Sarah Cunliffe, said she had requested a meeting with the chief executive and expected "answers, not apologies." She said that although Okonjo had apologised, ⟦flip:she|he⟧ had still not explained why the building had been left unsecured for months.

Okonjo, a former consultant surgeon who trained in Lagos and Birmingham, is widely regarded within the health service as a safe pair of hands. The trust's chair, Elizabeth Moran, said the board continued to have full confidence in ⟦flip:her|him⟧.

"Samuel has been open with us from the first hour," she said. "He has done exactly what I would expect a chief executive to do."

The Information Commissioner's Office said it was making enquiries.
"""),

dict(title="Drought forces dairy farmers to sell herds early, survey finds", person="Ruth Calloway", gender="f", text="""
Dairy farmers across the south-west are selling cattle months earlier than planned as a summer drought leaves pasture burnt and winter feed prices at record levels, according to a survey published on Thursday by the National Farmers' Union.

Nearly a third of the 640 dairy farmers who responded said they had reduced their herds since June, and one in ten said they were considering leaving the industry altogether.

Ruth Calloway, who milks 180 cows on a tenanted farm near Taunton with her husband, Tom, and her son, Will, said the family had sent 30 cows to market last month, the first time in her 28 years of farming that she had sold healthy animals out of necessity.

"You breed these animals, you know every one of them by name, and then you put them on a lorry because you cannot feed them," she said, standing in a field the colour of straw. "It breaks your heart."

Her husband said the farm had been buying silage since July at nearly double last year's price. "We have used up what we made in May already," Tom Calloway said. "Normally that would carry us to Christmas."

NFU dairy board chair Michael Oakes said the figures showed the need for emergency support. He called on the government to allow farmers to graze land currently set aside under environmental schemes. "This is not about subsidies, it is about survival," he said.

A spokeswoman for the Department for Environment, Food and Rural Affairs said ministers were "monitoring the situation closely" and had already relaxed some rules on abstracting water for livestock.

Agricultural economist Dr. Helen Price of the University of Exeter said smaller family farms were most at risk. "The big units have reserves. The families like the Calloways do not," she said.

Ruth Calloway said ⟦flip:he|she⟧ was not ready to give up. Standing beside her son, who is 24 and hopes to take over the tenancy, the farmer said ⟦flip:he|she⟧ wanted there to be a farm for Will to inherit. "My mother got through 1976, and so will I," she said, adding that ⟦flip:his|her⟧ father had sold half the family's herd that summer.

Rain is forecast for the region next week, but the Met Office said it would take weeks of rainfall to restore growth.
"""),

dict(title="Danish regulator fines delivery app over algorithm that cut couriers' pay", person="Henrik Dahl", gender="m", text="""
COPENHAGEN — Denmark's competition and consumer authority fined the food delivery platform Bringo 42 million kroner on Wednesday, saying the company had used an undisclosed algorithm to cut couriers' earnings while telling them their pay was unchanged.

Henrik Dahl, the authority's director general, said an investigation he ordered last year had found that Bringo altered the formula used to calculate delivery fees 14 times in 2023 without informing the roughly 6,000 couriers working on its platform in Denmark.

"Workers have a right to know how they are paid, whether their boss is a person or a piece of software," Dahl told a news conference. "This company chose not to tell them, and it saved itself a great deal of money by doing so."

Bringo's Nordic managing director, Louise Frandsen, said the company would appeal. She said the changes were "routine adjustments" to reflect demand and that couriers could see their fee for each delivery before accepting it. "We respect the authority, but we believe it has misunderstood how our platform works," Frandsen said.

The case was brought after a complaint by a couriers' union whose transport section is led by Mads Kristensen. He said the fine was a "landmark" and called on other European regulators to examine similar practices. "Henrik Dahl and ⟦flip:her|his⟧ team have shown it can be done," Kristensen said.

The fine is the largest the authority has imposed on a digital platform. Dahl, a former economist at the central bank who took over the authority in 2020, has made digital markets a priority, and ⟦flip:she|he⟧ has clashed with several technology companies over data access.

Law professor Camilla Steen of the University of Copenhagen said the decision could become a reference point for the European Union's platform work directive, which member states must adopt by 2026. She said the regulator had been careful to base its case on consumer and competition law rather than employment law.

"It is a clever piece of legal engineering," Steen said. "Dahl has found a way to regulate the algorithm without having to decide whether couriers are employees."

Asked whether further cases were planned, the director general said ⟦flip:she|he⟧ could not comment on ongoing investigations, but that the authority had "a long list."

Bringo has four weeks to lodge its appeal.
"""),
]
