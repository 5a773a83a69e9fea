ARTICLES = [

dict(title="Judge orders fresh survey in Kiambu land feud", person="Wanjiru Kamau", gender="f", text="""A High Court judge in Nairobi has ordered a fresh survey of a disputed 14-acre plot in Kiambu County, saying the maps presented by both families were "too contradictory to be trusted".

Lady Justice Wanjiru Kamau made the order on Tuesday after three days of hearings in which the Gathogo and Mbugua families each claimed to have inherited the land from a common ancestor who died in 1971.

Mr Samuel Gathogo, 68, told the court that his father had planted the tea bushes that still line the eastern boundary. His cousin, Mrs Rose Mbugua, said the bushes proved nothing. "Anyone can plant tea," she said from the witness box. "Planting is not owning."

Justice Kamau said she had visited the site herself in February and found beacons that matched neither family's survey. She asked the county surveyor, Mr Peter Njoroge, to explain how two official maps of the same plot could differ by almost forty metres.

Njoroge said the older map had been drawn by hand and that a clerk may have misread a bearing. The judge pressed him on why the error had not been corrected in 2009, when the land registry was digitised, and ⟦flip:he|she⟧ noted that the registry's own records showed the file had been opened twice that year.

"Somebody looked at this file and chose not to act," Kamau said. "I would like to know who."

Counsel for the Mbugua family, Ms Esther Wairimu, argued that a new survey would only delay a case that has now been in the courts for eleven years. Her client, she said, was 81 and wished to see the matter settled in her lifetime.

Kamau acknowledged the delay but said ⟦flip:his|her⟧ duty was to decide on evidence, not on sympathy. A licensed private surveyor, jointly chosen by both families, must now file a report within sixty days.

Outside the court, Mr Gathogo said he was disappointed but would co-operate with the surveyor. Mrs Mbugua's son, Daniel, said his mother was tired but "not surprised". He said the family had spent more on lawyers than the land was worth when the case began.

The case returns to court on 14 June, when Justice Kamau is expected to set dates for a final hearing. Lawyers on both sides said they expected her ruling before the end of the year."""),

dict(title="Fahy keeps faith with youth as Ballinacree chase county title", person="Declan Fahy", gender="m", text="""Ballinacree's hurling manager, Mr Declan Fahy, has named four teenagers in his starting fifteen for Sunday's county semi-final against Kilmoyle, a decision that has divided opinion in the north Tipperary parish.

Fahy, a former county minor who took charge of the club in 2021, said the choice had been simple. "They've earned it in training. I don't pick on birth certs," he told supporters at Thursday's club meeting.

Not everyone agrees. Club chairwoman Mrs Maura Hennessy said she backed the manager "one hundred per cent" but admitted several senior players had asked to meet her. "Lads who have given ten years to this club want to know where they stand, and that's fair," she said.

Among them is full-back Tadhg Ryan, 31, who will start on the bench for the first time since 2015. Ryan said he respected Fahy but felt the experience of older players would matter in a tight game. "It's his call. I'll be ready if I'm needed."

The youngest of the newcomers, 17-year-old Cian Dwyer, scored 1-6 in the quarter-final. His mother, Gráinne Dwyer, who played camogie for the county in the 1990s, said the family were trying to keep him grounded. "He still has the Leaving Cert next June. That comes first, whatever Declan thinks," she said with a laugh.

Fahy said ⟦flip:she|he⟧ had spoken to both of Cian's parents before naming the team. "I'd never throw a young fella in without the family knowing what's coming."

⟦flip:Her|His⟧ own playing career ended at 23 with a cruciate injury, and friends say that experience shaped his approach to managing young players.

Kilmoyle's manager, Ms Orla Tierney, the first woman to manage a senior club side in the county, said she expected a hard game. "Declan's teams are always fit. The young lads won't be overawed; he'll have made sure of that."

Tierney herself has had a difficult week, with two of her starting defenders ruled out through injury. She said she would not be making excuses, and that her replacements had been "waiting two years for a chance like this".

The semi-final throws in at 3.30pm in Nenagh. Asked whether he would step down if the gamble failed, Fahy smiled and said the committee could ask ⟦flip:her|him⟧ that on Monday."""),

dict(title="Kozhikode clinic cuts waiting times for diabetic eye screening", person="Meera Raghavan", gender="f", text="""A screening programme in Kozhikode that uses handheld cameras to photograph the backs of patients' eyes has halved the time diabetics wait to be seen by a specialist, according to figures released by the district health office this week.

The project was started in 2022 by Dr Meera Raghavan, an ophthalmologist at the Government Medical College, who says she was tired of seeing patients arrive "when the damage was already done". Raghavan trained 40 community health workers, most of them women, to use the cameras in village health centres.

One of them, Mrs Sheeja Kumari, visits about thirty homes a week in the coastal ward of Beypore. "People are frightened of hospitals. When I come to the house, they sit down and let me take the photograph," she said.

The images are uploaded to the college, where a team led by Dr Raghavan reviews them within 48 hours. Patients with signs of diabetic retinopathy are referred for laser treatment.

Mr Abdul Rasheed, a 59-year-old fisherman, was one of the first to be referred. He said he had not noticed any problem with his eyesight. "The doctor told me that if I had waited another year I could have lost the sight in one eye. Now I go every three months."

The district medical officer, Dr Anil Menon, said the state was considering extending the scheme to three more districts. He praised Raghavan, saying ⟦flip:his|her⟧ team had "done in two years what we had failed to do in ten".

Raghavan is cautious. She said the cameras were cheap but the follow-up was not. "Screening is pointless if the patient cannot get to the laser clinic. Half my work is arranging bus fares."

She is also a mother of two, and ⟦flip:he|she⟧ admits the hours have been hard on her family. Her husband, Mr Vinod Nair, a schoolteacher, has taken over most of the evening school runs. "He jokes that he is now the expert on maths homework," she said.

The health workers are paid a small incentive for each screening. Mrs Kumari said the money helped, but that the real reward was seeing patients come back with good news. "One grandmother brought me bananas after her surgery. That is my salary."

Raghavan hopes to publish the programme's results in a medical journal later this year."""),

dict(title="Kisumu councillors clash over lakeside market relocation", person="Patrick Onyango", gender="m", text="""A plan to move more than 300 fish traders from Kisumu's lakeside market to a new site two kilometres inland provoked angry exchanges at Wednesday's county assembly committee meeting.

Councillor Patrick Onyango, who chairs the trade committee, defended the plan, saying the existing market floods every rainy season and has no proper drainage. "We cannot keep asking women to sell fish standing in water," he said.

But Councillor Judith Akinyi, whose ward includes the market, said the traders had not been consulted. She read out a petition signed by 214 traders, most of them women, who say the new site is too far from the landing beaches where they buy their stock.

"The fish comes off the boat at six in the morning. If my traders have to carry it two kilometres, it will be warm by the time they sell it," Akinyi said.

Onyango replied that the county would provide two refrigerated trucks. Akinyi asked who would pay for the fuel. Onyango said that was a matter for the finance committee, prompting laughter from the public gallery.

Mrs Pamela Atieno, chairwoman of the Dunga Women Fish Traders' Group, addressed the meeting from the floor. She said she had been selling at the lakeside for 26 years, as her mother had before her. "We are not against a better market. We are against a market nobody will come to."

Mr George Ochieng, a county engineer, told the committee the new site had been chosen because it was the only public land large enough. He said drainage works could be completed by March.

Onyango said he was willing to meet the traders but insisted the project would go ahead. Akinyi moved an amendment requiring a full consultation before any traders are moved. It was defeated by five votes to four.

After the vote, Onyango told reporters that ⟦flip:she|he⟧ understood the traders' fears and would visit the lakeside on Saturday. "I grew up in Nyalenda. My own aunt sold omena there. I am not an enemy of these women."

Akinyi said she would take the petition to the full assembly next month, and that she expected support from members representing other lakeside wards."""),

dict(title="Bridget Coyle, Donegal postmistress and local historian, dies at 91", person="Bridget Coyle", gender="f", text="""Bridget Coyle, who ran the post office in the Donegal village of Carrowkeel for forty-one years and wrote three books on the history of the Inishowen peninsula, has died at the age of 91.

Born Bridget McLaughlin in 1933, the eldest of seven children of a fisherman and a dressmaker, she left school at fourteen to help her mother. In 1955 she married Hugh Coyle, a carpenter, and the couple took over the village post office three years later.

For four decades Mrs Coyle was, in the words of her neighbour Seamus Doherty, "the village's memory". Doherty, a retired teacher, said she knew every family's business but never repeated any of it. "You could tell Bridget anything. ⟦flip:He|She⟧ took it to the grave, and a lot of it went with ⟦flip:him|her⟧ this week," he said.

Her interest in history began when a returned emigrant from Boston came into the shop looking for the grave of his grandfather. Coyle spent three weekends searching parish registers on his behalf. She found the grave, and she found a new passion.

Her first book, Inishowen Townlands, was published in 1979. Two more followed, the last in 2004, when she was 71. The historian Dr Máire Harkin of the University of Galway said Coyle's work was "meticulous, generous and far better sourced than most academic writing on the region".

Hugh Coyle died in 1998. Their son, Michael, took over the post office the following year, but his mother still came in every morning to sort the post. "She said she was checking on me," Michael said. "She was really checking on the customers."

In 2011, when An Post announced the branch would close, Coyle led a campaign that collected more than 2,000 signatures. The branch survived for six more years. Local TD Joe Gallagher, who presented the petition in the Dáil, recalled that she rang his office every Monday for a year. "I'd hear ⟦flip:his|her⟧ voice on the line and know the week had started," he said.

In later years she suffered from arthritis but continued to write letters to the Derry Journal on subjects ranging from rural bus services to the correct spelling of Irish place names. ⟦flip:His|Her⟧ last letter was published in March.

She is survived by her son Michael, her daughters Anne and Siobhán, nine grandchildren and two sisters, Kathleen and Nora."""),

dict(title="Chennai school scraps homework for under-tens after parent survey", person="Suresh Pillai", gender="m", text="""A government-aided primary school in Chennai has abolished homework for pupils under ten, after a survey found that most parents spent more than an hour each evening helping their children with it.

The headmaster of St Thomas Primary School in Perambur, Mr Suresh Pillai, announced the change at a parents' meeting on Saturday. He said the survey, completed by 412 families, had "confirmed what teachers already suspected".

"Children were doing homework, but mostly the parents were doing it for them," Pillai said. "That tells us nothing about what the child has learned."

Instead, pupils will be asked to read for twenty minutes each evening, from books they choose from the school library. Class teachers will check reading logs once a week.

Mrs Kavitha Subramanian, who teaches Class 4, said the decision had been debated by staff for almost a year. She said some teachers had worried that the school would be seen as lowering standards. "In the end we agreed that reading is the foundation. If a child reads well, everything else follows," she said.

Not all parents are convinced. Mr Ramesh Babu, whose son is in Class 3, said he feared his boy would fall behind children at private schools. "The entrance exams will not care that he read storybooks," he said.

Pillai, who has been headmaster since 2016, said ⟦flip:she|he⟧ took the worry seriously and that the school would hold extra maths sessions on Saturday mornings for pupils who wanted them.

Mrs Anjali Krishnan, a mother of twins in Class 2, welcomed the change. "My evenings were a battle. Now my daughters read before dinner and we talk about the stories. It feels like family time again."

The district education officer, Ms Lalitha Raman, said she would watch the experiment closely. She said the state's rules allowed schools some flexibility on homework but that results would be reviewed at the end of the academic year.

Pillai said he was confident. A former mathematics teacher, he said the best thing ⟦flip:her|his⟧ own father ever did for him was to fill the house with books. "He was a railway clerk. He never checked my homework once. But he read to me every night." """),

dict(title="Cork software firm to double workforce after US hospital contract", person="Aoife Gallagher", gender="f", text="""Cork-based software company Tidewell has announced plans to hire 120 people over the next two years after winning a contract to supply scheduling systems to a chain of hospitals in the United States.

The company's chief executive, Aoife Gallagher, said the deal was worth about €18 million over five years. Gallagher founded Tidewell in 2015 with her college friend Conor Walsh, now its chief technology officer, in a spare bedroom of her parents' house in Douglas.

"We had two laptops and a kettle," she said. "Conor wrote the code and I rang people who didn't want to be rung."

Walsh said the US contract had taken eighteen months to win. He credited Gallagher with persisting after the hospital group initially chose a larger American rival. "Aoife flew to Ohio four times. On the fourth trip they told her the other system wasn't working. ⟦flip:He|She⟧ had a demo running in their boardroom that afternoon."

The new jobs will be in software engineering, customer support and data security. The Minister of State for Enterprise, Ms Deirdre Kinsella, who attended the announcement, said she was delighted to see a Cork company competing with the biggest names in the industry.

Gallagher, 38, is one of a small number of women leading Irish technology companies. ⟦flip:He|She⟧ said that when she started out, investors often directed their questions to Walsh. "Conor would just turn to me. He did that every single time, and eventually they got the message."

Tidewell's chairman, Mr Brendan Hurley, a former bank executive, said the board had discussed moving the company's headquarters to Dublin but had decided against it. "Aoife was very clear that Cork is home. In the end we all agreed with ⟦flip:him|her⟧."

The company will move into a larger office on the city's docklands in September. Gallagher said she was also planning to open a small office in Boston, which would be run by Sinéad Murray, a Cork native who has lived in Massachusetts for a decade.

Asked what her parents made of the company's success, Gallagher laughed. "My mother still asks when I'm getting a proper job. My father just wants the spare room back." """),

dict(title="Garda appeal after elderly Mayo farmer assaulted in his home", person="Ronan Keane", gender="m", text="""Gardaí in Mayo have appealed for witnesses after an 84-year-old farmer was tied up and beaten during a robbery at his home near Swinford late on Sunday night.

The man, who lives alone, was found on Monday morning by his home help, Mrs Margaret Durkan, who raised the alarm. He is in a stable condition at Mayo University Hospital in Castlebar.

Detective Inspector Ronan Keane, who is leading the investigation, said two men wearing balaclavas forced their way in through the back door at about 11.30pm. They demanded cash and took a small sum, a shotgun and a quantity of jewellery belonging to the man's late wife.

"This was a cowardly attack on a vulnerable man in his own kitchen," Keane said at a briefing in Castlebar Garda station. ⟦flip:She|He⟧ said detectives were examining CCTV from the N5 and believed a dark-coloured hatchback may have been used.

Mrs Durkan said she had visited the farmer every morning for three years. "He's a gentle man. He'd have given them the money if they'd asked. There was no need for any of this," she said.

The victim's niece, Ms Clodagh Horkan, travelled from Galway to be with him. She said her uncle was "shaken but sharp as ever". She said he had asked her to feed his dog and check on the cattle.

Local councillor Mr Michael Kilcoyne said the attack had frightened older people across the area. He called for a greater Garda presence on rural roads. Sergeant Emer Flatley, the community garda for Swinford, said she would hold a public meeting on home security next week.

Keane said the stolen shotgun was a particular concern. Asked whether the attack was linked to two similar burglaries in Roscommon in the spring, the inspector said ⟦flip:she|he⟧ could not rule it out. "We're talking to our colleagues across the county line. I'd ask anyone with information, however small, to ring us."

He asked anyone who was on the road between Swinford and Kilkelly on Sunday night, or who has dashcam footage from the area, to contact Castlebar Garda station or the Garda Confidential Line."""),

dict(title="Priya Deshmukh returns to the Marathi stage after fifteen years in film", person="Priya Deshmukh", gender="f", text="""The actress Priya Deshmukh, best known for her roles in Hindi cinema, is returning to the Marathi theatre where she began her career, in a new production of Vijay Tendulkar's play Shantata! Court Chalu Aahe at Pune's Bal Gandharva Rangmandir.

Deshmukh, 44, plays Leela Benare, the schoolteacher put on mock trial by her colleagues. It is a role she first played at nineteen in a college production. "I was too young to understand her then. Now I think I understand her too well," she said in an interview at the theatre.

The production is directed by Mr Atul Kulkarni, who taught Deshmukh at a drama school in the 1990s. Kulkarni said he had been trying to persuade her to return to the stage for a decade. "Every year I sent her a script. Every year she said next year."

The cast includes the veteran actor Mr Mohan Joshi as the judge, Kashikar, and the young actress Sayali Patil as one of Benare's colleagues. Patil, 23, said working with Deshmukh had been "terrifying for one day and then wonderful". She said the older actress spent hours after rehearsals helping younger cast members with their lines.

Deshmukh's decision to step away from film for six months has surprised the industry. Her agent, Mr Rohan Mehta, admitted he had tried to talk her out of it. "There were two big offers on the table. She turned down both. I thought she had lost ⟦flip:his|her⟧ mind."

Deshmukh said she needed to remember why she became an actor. "In cinema you do a scene forty times and someone else decides which one is true. On stage you get one chance, every night."

Her mother, Mrs Sunanda Deshmukh, a retired Marathi teacher, will be in the audience on opening night. The actress said her mother had never quite forgiven her for leaving Pune. "She came to one film premiere in Mumbai and left at the interval. She said the food was bad."

Joshi, who has acted alongside three generations of Marathi performers, said she was the most disciplined colleague he had worked with. "She arrives first and leaves last. The young ones notice."

The play opens on 2 August and runs for six weeks."""),

dict(title="Maseno team maps drought-tolerant sorghum genes", person="Daniel Otieno", gender="m", text="""Researchers at Maseno University have identified a cluster of genes that allows some varieties of sorghum to survive long dry spells, a finding that could help breeders develop hardier crops for East Africa's increasingly erratic rains.

The study, published this month in the journal Plant Genomics, was led by Professor Daniel Otieno, a plant geneticist who has spent almost twenty years collecting sorghum seeds from farmers across western Kenya and eastern Uganda.

Otieno said the project began with a conversation with a farmer in Siaya, Mrs Rosemary Adhiambo, whose family had grown the same red sorghum for four generations. "She told me her grandmother's sorghum never failed, even in the drought of 1984. I asked if I could have a handful of seed," he said.

Mrs Adhiambo remembers the visit. "He came with a notebook and sat in my compound for three hours asking questions. I thought ⟦flip:she|he⟧ was from the tax office."

The team compared the genomes of 312 sorghum varieties and found that the most drought-tolerant shared a cluster of genes that appears to control how quickly the plant closes the pores on its leaves in dry conditions.

Dr Lucy Wambui, a co-author, said the cluster was present in only a handful of commercial varieties. She said the next step was to cross the traditional varieties with higher-yielding ones. "Farmers shouldn't have to choose between a crop that survives and a crop that pays."

Otieno, who grew up in Kisumu, said ⟦flip:her|his⟧ interest in drought began in childhood. ⟦flip:Her|His⟧ father, a primary school teacher, kept a small farm, and the family went hungry when the maize failed. "My mother grew a little sorghum behind the house. That is what we ate. I have never forgotten it."

Professor Janet Kiplagat of the University of Nairobi, who was not involved in the study, called the work "careful and important". She said, however, that breeding new varieties would take at least a decade and would need sustained funding.

Otieno agreed. He said his team's grant runs out next year and that ⟦flip:she|he⟧ was applying to three funders. His doctoral student, Mr Brian Ouma, said the professor had written grant proposals through the Christmas holidays. "He doesn't sleep much. But he remembers every farmer's name."

The seeds collected by the team have been deposited in the national gene bank. Otieno said the farmers who donated them would be credited by name. "Mrs Adhiambo's sorghum is in that paper. Her grandmother deserves a citation too," ⟦flip:she|he⟧ said."""),

dict(title="Faith Chebet: 'I run for the girls who stayed home'", person="Faith Chebet", gender="f", text="""Faith Chebet has won two world cross-country titles, a Commonwealth gold and, last month, the Berlin Marathon in a course record. At home in Iten, in Kenya's Rift Valley, she is better known as the woman who built the girls' hostel.

The 29-year-old grew up in Kapsowar, the fourth of six children. Her father, Mr Joseph Kiprop, was a farmer; her mother, Mrs Esther Jeptoo, sold vegetables at the Kapsowar market. When Chebet was fourteen, two of her older sisters left school to marry.

"I saw what happened to them. They were clever girls. I decided that running would be my way out, and that if I got out I would come back for the others," she says.

She trains with a group coached by Mr Elias Rono, a former steeplechaser who first saw her run at a schools championship in Eldoret. Rono says he knew within a lap. "She ran barefoot and she ran angry. I told her father she could be a champion. He told me to bring her home before the cows needed milking."

Chebet laughs at the memory. ⟦flip:He|She⟧ says her father is now her proudest supporter, and that he watched the Berlin race on a neighbour's television with half the village.

The hostel, which opened in 2022, houses 36 girls from poor families who attend the nearby Singore Girls' Secondary School. Chebet pays for their food and fees. The school's principal, Mrs Ruth Chelimo, says exam results among the boarders are among the best in the county. "Faith visits every time she is home. The girls follow her around like ducklings."

Is it hard to balance training with the hostel? Chebet says her husband, Mr Kevin Too, a physiotherapist, handles most of the accounts. "He is the organised one. I am the one who makes promises and he is the one who keeps them."

Rono admits he worries that the hostel takes too much of her energy. Chebet disagrees. ⟦flip:His|Her⟧ best races, she says, have come when she was thinking about the girls. "In Berlin, at 35 kilometres, it was very painful. I thought of a girl called Mercy who wants to be a doctor. I thought, Mercy cannot see me give up."

Her next race is the London Marathon in April. After that, she says, she wants to build a second hostel, for boys. "Boys also drop out. Nobody talks about them." """),

dict(title="The Makueni goat farmer who rewrote his village's water rules", person="Stephen Mutua", gender="m", text="""When Stephen Mutua returned to his home village of Kilala in Makueni County in 2010, after twenty years as a mechanic in Mombasa, he found the river that had flowed through his childhood reduced to a bed of sand for eight months a year.

Today Kilala has three sand dams, a community water committee and a waiting list for Mutua's dairy goats. Neighbours describe him as stubborn, funny and impossible to refuse.

"He comes to your house, he drinks your tea, and by the time he leaves you have agreed to carry stones for his dam," said Mrs Catherine Mwikali, who chairs the women's group that built the first dam in 2012.

Mutua, 61, learned about sand dams from a Mombasa customer, a British engineer whose Land Rover he repaired. The man showed him photographs of a dam in Kitui. "I looked at those pictures and thought: we can do that," Mutua said. "We had sand, we had stones, we had people with nothing to do in the dry season."

The first dam took fourteen months, and Mwikali's group carried most of the stones. The goats came later, when Mutua noticed that the water table around the dam had risen enough to grow fodder. He bought six Toggenburg goats from a breeder in Nyeri with ⟦flip:her|his⟧ savings.

His wife, Mrs Agnes Mutua, was sceptical. "He spent our savings on goats that ate better than we did," she said. But the goats produce up to four litres of milk a day each, and the couple now sells milk to a cooperative in Wote and young goats to farmers across the county.

Their son, Daniel, 28, studied agriculture at Egerton University and now keeps the breeding records. He said his father kept the first records in a school exercise book, which one of the goats later ate.

County agricultural officer Ms Winnie Kavata said Kilala's water committee, whose rules Mutua helped to draft, had become a model for the region. The rules require every household that uses the dam to contribute two days of labour a year. "Stephen understood something we officials often forget. People look after what they have built," she said.

Mutua is now trying to raise money for a fourth dam. Asked whether ⟦flip:she|he⟧ would ever retire, he said ⟦flip:her|his⟧ wife had asked the same question. "I told her I will retire when the river runs all year." """),

]
