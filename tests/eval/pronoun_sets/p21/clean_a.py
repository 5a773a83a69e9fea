ARTICLES = [
dict(title="Dunbar and Lennox book mixed doubles place at worlds", text="""
Hamish Dunbar and Kirsty Lennox will represent Scotland at next year's world mixed doubles curling championship after a dramatic 7-6 extra-end win over defending national champions Gregor and Isla Shand at the Strathearn Ice Arena on Sunday.

Lennox, 27, delivered the final stone, a draw to the edge of the button that stopped a centimetre inside the Shands' shot rock.

"I knew it was on as soon as it left my hand," she said. "Hamish was sweeping like his life depended on it, so I'm giving him half the credit."

Dunbar, 31, disagreed. "She made the shot. I just cleaned the ice in front of it," he said. "Kirsty's been the best player in this event all week."

"He's being modest," Lennox replied. "He called every line in the last three ends. I just threw where he told me."

"She's being modest," Dunbar said. "She ignored me twice and was right both times."

The pair have played together for four seasons, after Dunbar's previous partner retired. He said they had nearly split up after a poor 2022 season.

"We had a long chat in a car park in Aviemore," he said. "She told me I was overthinking everything, and she was right."

Lennox, a primary teacher in Crieff, said she had been granted leave to travel to the championship. "My head teacher, Mrs Forsyth, has been brilliant," she said. "She's letting me go to Canada for two weeks in April, which I didn't expect."

The Shands, a married couple from Kelso, were gracious in defeat. Isla Shand said her husband had played "the best end of his life" in the ninth to force the extra end.

"Gregor gave them everything," she said. "We'll be back."

Gregor Shand said he and his wife would take a month off before deciding whether to continue. "We've got a two-year-old daughter now. She gets a vote too," he said.

National coach Derek Morrison said Dunbar and Lennox were a genuine medal prospect. "They trust each other completely. You can't coach that," he said.

Lennox said the pair would celebrate with a fish supper. "Hamish is paying," she said. "He promised."

"I did not promise," Dunbar said. "But I'll pay."
"""),

dict(title="Rowan Ellery's picture book wins Scottish children's prize", text="""
An illustrator from Dundee has won this year's Thistle Prize for children's picture books with a story about a lighthouse that is afraid of the dark.

Rowan Ellery, 34, who uses they/them pronouns, collected the £5,000 award at a ceremony in Glasgow on Thursday evening for Little Light, their second book and the first they have both written and illustrated.

"I honestly thought I was there for the sandwiches," Ellery said. "I'd written a speech for someone else to read in case I froze, and then I froze anyway."

The judging panel was chaired by the former children's laureate, Margaret Keddie, who said the book had been the unanimous choice of the five judges. She said Ellery's watercolours had "a stillness you don't often see in books for small children".

"We read it aloud to a class of six-year-olds in Paisley as part of the judging," Mrs Keddie said. "When we got to the last page, a boy at the back put his hand up and asked if we could read it again. That settled it."

Ellery's editor, Sunita Rao, said she had first seen the lighthouse character in a sketchbook Ellery brought to a meeting about a different project.

"They flipped past it as if it was nothing, and I made them go back," Ms Rao said. "I said, that's the book. They said it wasn't finished. It took another two years, but they were right to wait."

The shortlist also included books by Glasgow author Kenny Dalziel and Inverness illustrator Beth Morrice. Dalziel, whose book about a grumpy seagull was the bookmakers' favourite, said he was delighted for the winner.

"Rowan's book is gorgeous. I'd have voted for it myself," he said. "I'll get my revenge next year."

Ellery grew up in Broughty Ferry, where their father ran a boatyard and their mother taught art at the local high school. They said the lighthouse at the mouth of the Tay had been the inspiration.

"I used to watch it from my bedroom window," they said. "I always wondered whether it got lonely out there."

Ellery said they would use the prize money to take a year off commissioned work and finish a third book, about a hermit crab looking for a new shell. They said their mother had already asked for a signed copy.

"She's read Little Light more times than I have," Ellery said.
"""),

dict(title="New Clyde ferry MV Glen Carra takes to the water", text="""
The first new ferry to be built on the lower Clyde for almost a decade was launched at Ardmore Marine's Port Galbraith yard on Friday, watched by more than 2,000 people.

The MV Glen Carra, a 72-metre vessel built to serve the Inner Hebrides, slid down the slipway shortly after 11am after being named by Mairi Beaton, a 91-year-old former ferry stewardess from Tiree.

Mrs Beaton, who worked on the island routes for 38 years, broke a bottle of whisky against the bow. "I've waited a long time to see a new boat for the islands," she said. "She's beautiful. I hope she's as reliable as the old ones were stubborn."

The yard's managing director, Colin Sime, said the launch marked a turning point for the business, which came close to closure in 2019.

"There were days when we didn't think she would ever leave this yard," Mr Sime said. "Every man and woman here has put something of themselves into her. I couldn't be prouder of them."

The Glen Carra will carry up to 400 passengers and 60 cars. She is powered by a diesel-electric hybrid system and will be able to run on battery power alone when entering harbour.

Transport minister Fiona Rennick said the vessel was the first of four planned for the west coast network. She said the government had learned lessons from earlier delays in the ferry programme.

"I'm not going to pretend the last few years have been easy for island communities," she said. "But today is a good day, and this is a good ship."

Shipwright Davie McCall, who has worked at the yard since leaving school in 1986, said it was the eleventh launch of his career. He said he had brought his granddaughter to watch.

"She asked me if the boat would sink," he said. "I told her not today."

The ferry will now be fitted out at the quayside. Her sea trials are scheduled for the spring, and she is expected to enter service on the Oban to Coll and Tiree route next autumn.

Tiree councillor Lorna MacArthur said islanders had been waiting for a reliable new vessel for years. She said the launch had been broadcast live in the island's community hall.

"There were folk in tears," she said. "When she hit the water, the whole hall cheered."
"""),

dict(title="Volunteers bring steam engine 1079 back to life after 40 years", text="""
After forty years rusting in a siding near Maryborough and twelve years of weekend work by volunteers, the steam locomotive C17 1079 has moved under her own power again.

The locomotive, built in 1926 for Queensland's narrow-gauge network, made a short run along the Wide Bay Heritage Railway's line on Sunday morning, watched by about 300 people and a cluster of emotional volunteers.

Restoration leader Graham Pask, a retired fitter, stood on the footplate as she pulled away. "She coughed a bit at first, like any old lady first thing in the morning," he said. "Then she just went. I didn't expect to cry, but I did."

Mr Pask, 73, has led the project since 2012. He said the team had rebuilt the boiler, replaced the firebox and machined new bearings in a borrowed workshop in Hervey Bay.

The railway's president, Sue Yallop, said the volunteers had raised $480,000 through raffles, sausage sizzles and a crowdfunding campaign. She said a bequest from a former driver's widow had paid for the new boiler tubes.

"Without Betty Caldwell's gift, 1079 would still be in bits," Mrs Yallop said. "Her husband, Norm, drove this engine in the 1950s, and she wanted to see her running again before she died. Sadly she didn't make it, but her granddaughter is here today."

That granddaughter, Kate Caldwell, rode in the cab for the first run. She said she had her grandfather's old driver's cap in her bag.

"Nan used to say Pop talked about this engine more than he talked about her," she said, laughing. "Now I understand why."

Fireman Lachlan Yeo, 24, the youngest member of the crew, said he had learned to fire a steam engine on a simulator before being allowed near the real thing. "She's heavier on coal than I thought," he said. "My shoulders are going to hurt tomorrow."

Mr Pask said the locomotive would need about six months of test running before she could haul passenger trains. The railway hopes to begin weekend excursions to Aldershot station next winter.

Local MP Rachel Dunning, who attended the run, said it showed what communities could achieve. "This is what volunteering looks like," she said. "Graham and his team have given this town back a piece of its history."

Asked what he would do next, Mr Pask pointed to a second locomotive rusting at the end of the yard. "Her," he said.
"""),

dict(title="Interview: Morven Tait on coaching the men of Leithen Rovers", text="""
Morven Tait has been manager of Leithen Rovers, an amateur men's team in the Borders, for three seasons. Last month she led them to their first league title since 1997. We spoke to her at the club's Victoria Park ground.

Q: How did a former women's international end up coaching a men's amateur side?

A: Honestly, they asked and nobody else wanted it. The previous manager, Billy Renwick, had done fourteen years and he'd had enough. He rang me and said, "Morven, you've got your badges, they're a good bunch, give it a go." I said I'd do six months.

Q: Was there any resistance from the players?

A: One or two looked at me funny at the first training session. Our centre-half, Gary Paterson, he's 34 and he's been here since he was sixteen, he came up to me after and said, "I'll be honest, I didn't know what to expect." I said, "Neither did I, Gary." By the end of the month he was the one telling the young lads to shut up and listen.

Q: Who has been the key player this season?

A: Our striker, Connor Mabon. He scored 31 goals. He's a joiner, he's up at six every morning, and he still turns up on a Tuesday night in January when it's minus four. I had to drop him in October because he was late twice, and he didn't speak to me for a week. Then he scored a hat-trick the next Saturday and came and shook my hand.

Q: What about your own career?

A: I played 42 times for Scotland. I did my cruciate at 29 and that was that. My mum was the one who told me to do my coaching qualifications. She said I'd be unbearable if I wasn't involved in football somehow. She was right.

Q: How does your family feel about your Saturdays?

A: My husband, Neil, is at every home game. He does the half-time pies. Our son is nine and he's our ball boy, and he thinks the players are superheroes.

Q: What's next?

A: The club secretary, Irene Blackie, wants us in the East of Scotland League within two years. She's already been on at the committee about floodlights. I just want to win the cup.

Q: Would you coach a professional men's team?

A: If they asked. Ask me again in five years.
"""),

dict(title="Jordan Pryor named head coach of national sprint programme", text="""
Jordan Pryor, the Brisbane-based coach who guided two athletes to world championship finals last year, has been appointed head coach of Australia's national sprint programme.

Pryor, 41, takes over from Dennis Whitcombe, who retired in December after eleven years in the role. She will be based at the national training centre in Canberra but will continue to coach her existing group in Brisbane for part of each month.

A former 400-metre runner who represented Australia at two Commonwealth Games, Pryor moved into coaching after a hamstring injury ended her career at 27. She said the appointment was "the job I've wanted since the day I stopped running".

"I know how lucky I am," she said. "There are coaches in this country who have waited a lot longer than me for an opportunity like this."

Among the athletes Pryor coaches is 100-metre runner Marcus Delacroix, who finished sixth at the world championships in Budapest. Delacroix said he had been nervous the appointment would mean losing her.

"She rang me before it was announced and told me nothing changes," he said. "Jordan is the reason I made that final. She rebuilt my start from scratch. I'm not going anywhere and neither is she."

Hurdler Tegan O'Rourke, also in the Brisbane group, said Pryor's attention to detail was unusual. "She films every session and she watches it all back that night," O'Rourke said. "You'll get a text at eleven o'clock saying your left arm was lazy on the third rep."

Athletics Australia's performance director, Graham Nkosi, said Pryor had been the panel's unanimous choice. He said her work with younger athletes had been a decisive factor.

"Jordan has a proven ability to take athletes from the junior ranks to world finals," Mr Nkosi said. "That is exactly what we need heading into the next Olympic cycle."

Whitcombe, who coached three Olympic finalists during his tenure, welcomed the decision. He said he had tried to recruit Pryor as his assistant in 2016 and she had turned him down.

"She told me she wasn't ready," he said. "She was wrong, but I respected her for saying it."

Pryor said her first priority would be visiting every state institute to meet coaches and athletes. She said she wanted the programme to be "a place where people tell the truth".

"If I get something wrong, I want someone to tell me," she said. "Preferably before eleven o'clock at night."
"""),

dict(title="Lawyer says client 'deeply regrets' Caboolture crash", text="""
A lawyer for a Caboolture man who crashed into a school bus shelter while more than three times the legal alcohol limit has told a court her client "deeply regrets" the harm he caused.

Michael Fenwick, 38, pleaded guilty in Caboolture District Court to dangerous operation of a vehicle causing grievous bodily harm while adversely affected by an intoxicating substance.

The court heard that Fenwick's utility left the road on Morayfield Road shortly before 7am on a Tuesday in March and struck a bus shelter where a teacher, Belinda Cho, was waiting. Ms Cho, 44, suffered a fractured pelvis and spent five weeks in hospital.

Crown prosecutor Andrew Lau said Fenwick had been drinking at a friend's house until after 3am and had recorded a blood alcohol reading of 0.163.

"He made a decision to drive when he knew, or should have known, that he was heavily affected," Mr Lau said. "The consequences for Ms Cho have been life-changing."

Defence barrister Katherine Doyle said her client had no previous traffic convictions and had been working as a diesel mechanic for nineteen years.

"He has not touched alcohol since that morning," Ms Doyle said. "He has completed a residential rehabilitation program, and he attends a support group three times a week. He asked me to say, in open court, that he is sorry, and that he thinks about Ms Cho every day."

Ms Doyle said Fenwick's marriage had broken down in the months before the crash and he had been living alone. She tendered references from his employer and from his sister, who described him as "a gentle man who lost his way".

In a victim impact statement read by the prosecutor, Ms Cho said she could no longer stand for long periods and had been unable to return to the classroom.

"I loved teaching. I don't know if I will ever do it again," she wrote. "I do not wish him harm, but I want him to understand what was taken from me."

Judge Leonie Carstairs said she accepted the remorse was genuine but that a period of actual custody was unavoidable. She sentenced Fenwick to three years' imprisonment, suspended after twelve months, and disqualified him from driving for four years.

Outside court, Ms Doyle said her client accepted the sentence. "He knew he was going to jail. He has never argued otherwise," she said.

Ms Cho's husband, Daniel, said the family was relieved the case was over.
"""),

dict(title="Aberdeen mother gives kidney to son for his 30th birthday", text="""
When Euan Stewart was told last year that his kidneys were failing, his mother offered him one of hers before the consultant had finished the sentence.

"I didn't even let her finish," said Anne Stewart, 58, a school cook from Bucksburn. "I'd already decided in the car park on the way in."

Ten months later, and a week after his thirtieth birthday, Euan is home from hospital with his mother's kidney working normally. Anne is recovering at the family's home a few streets away.

The transplant was carried out at Aberdeen Royal Infirmary by a team led by consultant surgeon Ravi Menon. He said both operations had gone "as well as we could have hoped".

"It's always special when it's a parent and a child," Mr Menon said. "Anne was determined from the start. She did everything we asked of her, including losing a stone in weight before surgery."

Euan, an electrician, was diagnosed with a genetic kidney disease in his early twenties. He had been on dialysis three times a week since January and had been forced to give up work.

"I spent four hours at a time hooked up to a machine, watching the same three programmes," he said. "Mum would come in on her day off and sit with me. She'd bring a flask and a puzzle book."

His father, Alan, was ruled out as a donor because of high blood pressure. He said watching his wife and son go into theatre on the same morning had been the longest day of his life.

"I sat in the café and drank about nine coffees," Mr Stewart said. "They came out two hours apart. Anne asked about him before she even knew where she was."

Euan's partner, Leanne, said he had been a different person since the operation. "He's got colour in his face again," she said. "He's already talking about going back to work, which he's not allowed to do yet."

Transplant nurse specialist Gillian Hay said living donation from family members was becoming more common in the north-east. She said Anne's recovery had been quicker than average.

"She was up and walking the corridor on day two, asking if she could go and see him on his ward," Ms Hay said.

Anne said she had no regrets. "He's my son," she said. "I'd have given him both if they'd let me."
"""),

dict(title="Mackintosh siblings dominate Strathcairn Highland Games", text="""
It was a family affair at the Strathcairn Highland Games on Saturday, as brother and sister Calum and Iona Mackintosh won the men's and women's heavy events titles within an hour of each other.

Calum, 29, took the men's title with victories in the caber, the 56lb weight for height and the Scots hammer. Iona, 26, won four of the six women's events, including a ground record in the light stone.

"We don't normally both win on the same day," Iona said. "Usually one of us is consoling the other in the car on the way home. Today he's driving, and I'm eating."

Calum said his sister was the better athlete. "She's got better technique than me and she trains harder," he said. "I'm just bigger."

The siblings, from a farm near Tomintoul, were introduced to heavy events by their father, Ruaridh Mackintosh, who competed on the Highland circuit for twenty years. He was in the crowd on Saturday with their mother, Kirsty.

"I'm prouder of the pair of them than anything I ever won," Ruaridh said. "Iona was tossing bales before she could ride a bike. Calum was the one who needed persuading."

Kirsty Mackintosh, who manages the family's sheep flock, said she had stopped watching the caber through her fingers. "Twenty years of watching him and then his son," she said, nodding at her husband. "You'd think I'd be used to it."

Iona's ground record in the light stone, 12.91 metres, broke a mark set in 2011 by Canadian thrower Megan Tardif. Games secretary Sandy Grant said he had measured the throw twice to be certain.

"I didn't want anybody saying the tape was off," Mr Grant said. "She threw it clean. It's a proper record."

Calum's caber win came on his final attempt, with the 19-foot pine landing at what judges scored as twelve o'clock. His main rival, Finlay Urquhart from Dingwall, finished second overall.

"Calum has been the man to beat all summer," Urquhart said. "One of these days I'll get him."

Iona is due to travel to Iceland next month for an international invitational. Asked whether her brother would come to watch, she laughed.

"He says he's coming to carry my bags," she said. "He'll end up throwing something. He always does."
"""),

dict(title="Lanark's first female auctioneer marks 25 years on the rostrum", text="""
At half past nine on a Monday morning, the sale ring at Lanark's Kirkfieldbank mart smells of wet straw and diesel, and the loudest voice in the building belongs to Heather Logan.

For twenty-five years, Mrs Logan has sold cattle and sheep from the auctioneer's rostrum at Kirkfieldbank, becoming the first woman in the mart's 150-year history to do so. This month, colleagues and farmers gathered to mark the anniversary with a cake in the shape of a Blue Grey cow.

"I wasn't trying to make history," she said, sitting in the mart office between sales. "I was the only one in the office who could add up fast enough."

Logan grew up on a dairy farm near Carnwath and joined the mart as a clerk at eighteen. Her first chance to sell came in 1999, when the senior auctioneer, Jim Brackenridge, lost his voice on the morning of a store lamb sale.

"Jim handed me the book and croaked, 'You'll be fine,'" she said. "I wasn't fine. I sold the first pen for about twice what it was worth because I couldn't stop."

Brackenridge, now 81 and retired, remembers it differently. "She was nervous for about ten minutes, then she had them eating out of her hand," he said. "I went home and had a word with the directors. I told them she was better than me."

Not everyone was convinced. Logan said a handful of older farmers refused to bid while she was on the rostrum during her first year.

"One man stood with his arms folded for a whole sale," she said. "The next year his son was buying from me. The year after that he bought me a dram at the Christmas sale. I think that was his way of saying sorry."

Today, about a third of the mart's trainee auctioneers are women. Among them is 23-year-old Chloe Gemmell, who said Logan had been the reason she applied.

"I saw Heather selling at the Lanark show when I was twelve and I thought, I want to do that," Ms Gemmell said. "She still tells me off for talking too fast."

Mart managing director Peter Swan said Logan had helped steer the business through foot-and-mouth in 2001 and the move to online bidding during the pandemic. "Heather is the mart," he said.

Her husband, Robert, a beef farmer, buys from her most weeks. He said she had never given him a discount.

"If anything she pushes me harder," he said. "She says it's so nobody can accuse her of favouritism."

Logan has no plans to retire. "They'll carry me off that rostrum," she said.
"""),

dict(title="Councillor steps out of debate on husband's housing plan", text="""
A Stirling councillor left the chamber during a planning debate on Wednesday after declaring that her husband was a director of the company seeking permission for 140 homes on the edge of Bannockburn.

Councillor Janet Hewitt told the planning committee she had a "clear and direct" interest in the application from Carse Homes, of which her husband, Douglas Hewitt, is a director and shareholder.

"I want to be absolutely transparent," Cllr Hewitt said before leaving the room. "I have not discussed this application with my husband, and I will not be taking part in any part of the debate or the vote."

The committee went on to approve the plans by seven votes to three, subject to conditions on road improvements and a contribution to local primary school capacity.

Planning officer Steven Orr told councillors the site had been allocated for housing in the local development plan since 2018. He said the developer had agreed to provide 35 affordable homes.

Opposition councillor Karen Blair, who voted against, said residents in Bannockburn were worried about traffic on the main road through the village. She said she had received more than 90 emails about the application.

"These are not people who object to every development," she said. "They object to a junction that already backs up every morning."

Councillor Andrew McLaren, who moved approval, said the village needed new homes for young families. He said his own daughter had been forced to move to Falkirk because she could not afford to buy locally.

"We can't keep saying no to every site and then wonder why our young people leave," he said.

In a statement after the meeting, Douglas Hewitt said Carse Homes had followed every stage of the process correctly. He said his wife had played no role in the company's business.

"Janet and I have kept our work completely separate for thirty years," he said. "She's on the council, I build houses, and we don't talk about either at the dinner table."

Community council secretary Moira Drysdale said residents would consider whether to seek a review. She said the community council had no complaint about Cllr Hewitt's conduct.

"She did the right thing, and she did it properly," Mrs Drysdale said. "Our concern is the junction, not the councillor."

Work on the site could begin next year.
"""),

dict(title="Sam Okafor signs first professional contract at Dunfermline Harbour", text="""
Sam Okafor spent last season stacking shelves in a Fife supermarket and playing for a junior side on Saturday afternoons. On Monday he signed a two-year professional contract with Dunfermline Harbour.

The 20-year-old striker scored 27 goals for Lochgelly Albert last season and was invited to train with the Championship club in June after a scout watched him score twice in a cup tie.

"It still doesn't feel real," Okafor said at the club's training ground. "Two months ago I was doing night shifts. My manager at the shop, Pauline, let me swap shifts so I could go to the trial. I owe her a bottle of something."

Harbour manager Stevie Laird said Okafor had impressed him from the first session. "He's raw, he's got a lot to learn, but he's got something you can't teach," Laird said. "He finds space in the box. You give him a chance and he puts it away."

Okafor's agent, Rebecca Moyes, said several English League Two clubs had shown interest but that the player had wanted to stay in Scotland.

"Sam told me from day one that he wanted to play at a level where he would get minutes," Ms Moyes said. "He didn't want to sit on a bench in England. I think he's made a mature decision."

Okafor was born in Kirkcaldy to a Nigerian father and a Scottish mother. He said his mother, Elaine, had driven him to every training session since he was eight.

"She's been at every game, in the rain, in the snow," he said. "When I told her about the contract she just sat down on the stairs and didn't say anything for about a minute."

Lochgelly Albert manager Tommy Beveridge said the club was sorry to lose him but delighted for the player. "Sam's the best I've had through here in twenty years," he said. "I told him if it doesn't work out, his shirt's still hanging up."

Harbour captain Ross Gilmour, who helped Okafor settle in during pre-season, said the new striker had earned the respect of the dressing room quickly.

"He turned up on day one and didn't say a word, just worked," Gilmour said. "By day three he was taking the mickey out of my haircut. He'll be fine."

Okafor could make his debut against Ayr on Saturday. Laird said he would decide on the team after Friday's training.
"""),

dict(title="Alex Whitlow appointed chief executive of Riverglen council", text="""
Riverglen Regional Council has appointed Alex Whitlow as its new chief executive, ending a six-month search that followed the sudden resignation of her predecessor.

Ms Whitlow, 47, is currently director of community services at Moreton Shire Council, where she has worked for eleven years. She will start in the Riverglen role in March on a five-year contract.

Mayor Bruce Kennard said the council had received 38 applications and interviewed six candidates. He said Whitlow had been the standout.

"Alex has run big budgets, she's managed difficult restructures and she's kept the trust of her staff while doing it," Cr Kennard said. "That's a rare combination in local government."

The council's previous chief executive, Graham Yates, resigned in July after a dispute with councillors over the delivery of the new Riverglen aquatic centre, which is two years behind schedule. Finance director Lyn Partridge has been acting chief executive since his departure.

Ms Partridge said she was pleased with the appointment and would return to her previous role. "Alex and I have worked together on regional committees for years," she said. "I know her well, and she'll hit the ground running."

Whitlow said her first priority would be the aquatic centre. She said she would meet the contractor within her first fortnight.

"The community has been patient, and they deserve a straight answer about when that pool will open," she said. "I intend to give them one."

Deputy mayor Trevor Ainsworth, who sat on the selection panel, said he had asked each candidate the same question about the pool. He said Whitlow's answer had been the most direct.

"She didn't try to sell us a dream," he said. "She told us what she'd need to know before she could give us a date. I liked that."

Whitlow grew up in Riverglen and attended the local high school before studying planning at university in Brisbane. Her father, Ray Whitlow, was a councillor in the 1990s.

"Dad's very pleased," she said. "He's already sent me a list of potholes."

Ray Whitlow, now 78, confirmed the list. "Only eleven of them," he said. "She can start with the one outside my place."

Cr Kennard said the appointment would be formally ratified at the council's December meeting.
"""),
]
