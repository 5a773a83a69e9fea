ARTICLES = [
dict(title="Docherty vows to stay as Carronvale slump continues", person="Tam Docherty", gender="m", text="""
Carronvale Athletic manager Tam Docherty insists he has no intention of resigning after a 4-0 home defeat to Stranraer Harbour left the club bottom of the league with six games left.

Docherty, 52, was jeered by sections of the 900-strong crowd at Mill Park as he walked to the tunnel at full time. He said afterwards that he understood the supporters' frustration but that walking away would be "the coward's way out".

"I'm not a quitter and never have been," he said. "The players are hurting, I'm hurting, and the only way out of this is to work."

Club chairwoman Elaine Cowan said the board would meet on Monday but gave her backing to the manager. She said Docherty had inherited a squad with eleven players out of contract and a wage budget cut by a third.

"Tam didn't create this situation," Mrs Cowan said. "He has been dealt a very poor hand and he has played it with dignity. I won't have ⟦flip:her|him⟧ made a scapegoat."

Stranraer Harbour manager Gail Rutherford, whose side moved up to fourth, said she felt for her opposite number. "Tam's a good football man. Sometimes it just doesn't fall for you," she said.

Carronvale's captain, Liam Hendry, admitted the players had let the manager down. He said the first goal, a header conceded from a corner in the ninth minute, had knocked the confidence out of the side.

"We switched off. That's on us, not the gaffer," Hendry said. "He's been telling us all week about their set-pieces."

Docherty said ⟦flip:she|he⟧ would make changes for Saturday's trip to Annan, with teenager Kyle Baird likely to start up front. He said club physiotherapist Nicola Grant had cleared defender Scott Burns to return after a hamstring injury.

Supporters' trust spokeswoman Janice Whyte said fans were divided. "Some want him out, some think it would be madness to change now," she said. "What everyone agrees on is that the club needs money."

Docherty, who played 300 games for Carronvale in the 1990s, said the club meant more to him than any job. ⟦flip:Her|His⟧ late father had taken him to his first game at Mill Park in 1978.

"I stood on that terracing as a boy," he said. "I'm not leaving it at the bottom of the league."
"""),

dict(title="Pike's late goal sends Flames into netball grand final", person="Shannon Pike", gender="f", text="""
Shannon Pike had not scored a goal all season until the final minute of Saturday's preliminary final. Then the Townsville Flames captain scored the one that mattered.

Pike, who moved from wing attack to goal attack at half-time after Jaz Nguyen injured her ankle, landed a long shot with eleven seconds on the clock to give the Flames a 51-50 win over the Mackay Marlins at the Kirwan Netball Centre.

"I just didn't want to be the one who missed," Pike said. "I closed my eyes and it went in. I'll be honest, I didn't see it land."

Flames coach Dean Avery, who has coached the side since 2019, said he had never seen her take a shot at training from that range.

"She's the most unselfish player I've coached," Avery said. "She'd rather pass to someone standing under the post than take a shot herself. Today she didn't have a choice."

Marlins coach Tony Prideaux said his side had done everything right except the last thirty seconds. He praised Pike's composure and said ⟦flip:his|her⟧ leadership had held the Flames together after Nguyen's injury.

Nguyen, 21, was taken to hospital for scans but returned to the venue in time to see the final whistle. She said the ankle was sprained, not broken, and that she hoped to be fit for next week's grand final.

"When Shannon shot I was in the car park on crutches and I heard the crowd," Nguyen said. "I knew straight away."

Pike, 29, a nurse at Townsville General Hospital, said she had swapped two night shifts to play. She thanked her nursing unit manager, Brian Okeke, who she said had rearranged the roster for ⟦flip:him|her⟧ all season.

"Brian's never watched a game of netball in his life, but he's our biggest supporter," she said.

The Flames will meet the Cairns Cassowaries in the grand final at home on Saturday. Cassowaries captain Mele Taufa, who played alongside Pike in a state under-21 team a decade ago, said she was looking forward to the contest.

"Shannon's a mate and I'll be trying to beat her," Taufa said.

Avery said the squad would have a light session on Tuesday. He said Pike had asked for the team to focus on recovery, and that ⟦flip:he|she⟧ would address the players before training.

"She doesn't say much, so when she talks, everyone listens," Avery said.
"""),

dict(title="Pelican Bay councillor cleared over wife's café lease", person="Ray Pettigrew", gender="m", text="""
Pelican Bay councillor Ray Pettigrew has been cleared of misconduct over a council lease granted to a café owned by his wife, Linda.

The state's councillor conduct tribunal found that Cr Pettigrew had properly declared a conflict of interest and left the chamber before councillors voted on the five-year lease of the Esplanade kiosk in March last year.

The complaint was lodged by fellow councillor Maree Donnelly, who argued that Pettigrew had discussed the lease with council officers in the weeks before the vote. The tribunal found there was no evidence that ⟦flip:she|he⟧ had tried to influence them.

In a statement, Cr Pettigrew said the eighteen-month investigation had taken a heavy toll on his family.

"My wife has run a small business in this town for twenty years. She applied for that lease like anyone else and she won it fair and square," he said. "To have her name dragged through the papers has been very hard."

Linda Pettigrew said she had considered withdrawing from the lease to protect her husband's career.

"Ray told me not to be daft," Mrs Pettigrew said. "He said if I pulled out, people would assume we had something to hide. He was right, but it's been a long year and a half."

Cr Donnelly said she accepted the tribunal's decision but stood by her decision to lodge the complaint. She said the council's processes around leases needed tightening.

"This was never about Linda or her coffee," Cr Donnelly said. "It was about whether Ray should have been talking to staff about a matter involving ⟦flip:her|his⟧ own household. The tribunal says the rules allowed it. I think the rules are wrong."

Mayor Phillip Grady said he hoped the two councillors could "put this behind them". He said the council would review its lease procedures at the request of the chief executive, Sandra Tuck.

Ms Tuck said the review would be completed by the end of the year and would be presented to a public meeting.

Pettigrew, a former police sergeant who has served on the council since 2016, said he bore no grudge. ⟦flip:She|He⟧ said he had bought Cr Donnelly a coffee, at his wife's café, after the decision was published.

"She took it, which I thought was a good sign," he said.

Mrs Pettigrew confirmed the visit. "Flat white, no sugar," she said. "I didn't charge her."
"""),

dict(title="Holiday lodge plan for Loch Arrin approved on appeal", person="Carla Voss", gender="f", text="""
Plans for twenty holiday lodges on the shores of Loch Arrin have been approved by a Scottish Government reporter, overturning a refusal by Argyll and Bute councillors.

The development, proposed by Kilmartin businesswoman Carla Voss, had drawn more than 180 objections, including from the local community council, which argued the lodges would spoil views from the village of Inverarrin.

Reporter David McGarrity said the design was "sensitive to its setting" and that the economic benefits outweighed the visual impact. He attached conditions requiring a native woodland buffer and restricting the lodges to holiday use.

Ms Voss, who runs two hotels in Argyll, said she was "relieved and grateful". She said ⟦flip:he|she⟧ had spent more than £90,000 on the planning process over three years.

"We listened to people, we cut the number of lodges from thirty-five to twenty, and we moved them back from the shoreline," she said. "I hope the village will give us a chance now."

Community council chair Morag Sutherland said residents were disappointed. She said the reporter had ignored concerns about traffic on the single-track road into Inverarrin.

"Ms Voss has been courteous throughout, I'll give ⟦flip:him|her⟧ that," Mrs Sutherland said. "But courtesy doesn't widen a road."

Local councillor Hugh Campbell, who moved the original refusal, said he would ask officers whether the council could challenge the decision in the Court of Session. He said he had been contacted by dozens of constituents since the ruling.

"This is a decision made in Edinburgh by someone who has never had to reverse a car two hundred yards to let a lorry past," Cllr Campbell said.

Ms Voss said she would meet the community council next month. She said the project would create twelve full-time jobs and that ⟦flip:his|her⟧ company would commit to recruiting locally.

Her husband, Martin, an architect, designed the lodges. He said they would be clad in larch and built with turf roofs to blend into the hillside.

"Carla's been clear from day one that she didn't want anything that looked like a caravan park," he said.

Hotelier Fiona Lamont, whose guest house sits across the loch, said she welcomed the investment. "More visitors means more custom for all of us," she said.

Construction is expected to start in spring. Ms Voss said the first guests could arrive in the summer of 2026, and that ⟦flip:he|she⟧ hoped some of them would be local families.
"""),

dict(title="Carrach's only GP retires after 35 years on the island", person="Hamish Ogilvie", gender="m", text="""
For thirty-five years, if you fell ill on the Isle of Carrach, the man who answered the phone was almost always Dr Hamish Ogilvie.

This month, the island's only GP retires, handing the practice to Dr Sarah Mackinnon, a 38-year-old from Skye who has worked as his locum for the past two summers.

Dr Ogilvie, 67, arrived on the island in 1989 with his wife, Catriona, and their infant son, intending to stay for two years. He has delivered 41 babies, attended hundreds of emergencies in the middle of the night and, by his own estimate, crossed the Sound of Carrach by helicopter or lifeboat with patients more than 300 times.

"The job is everything," he said. "You're the doctor, the dentist in an emergency, sometimes the vet if the vet can't get over. You know every family and every family knows you."

Dr Mackinnon said she had big boots to fill. She said Ogilvie had spent weeks walking her round the island, introducing her to patients in their homes.

"Hamish knows which farmhouse has the dog you shouldn't turn your back on," she said. "You can't learn that from a medical record."

Island community trust chair Jean MacPhail said residents had feared the practice would close when Dr Ogilvie announced ⟦flip:her|his⟧ retirement. She said the trust had worked with the health board for eighteen months to recruit a successor.

"We were terrified," Mrs MacPhail said. "Without a doctor, older folk would have to leave. Hamish understood that better than anyone, and ⟦flip:she|he⟧ refused to go until we had someone."

Catriona Ogilvie, a retired teacher, said her husband had rarely taken a full holiday. "We once got as far as Oban and the phone rang," she said. "He was back on the ferry the same afternoon."

Ferry skipper Donald Munro recalled a night in 1997 when the doctor crossed with a woman in labour in a force eight. "He sat on the car deck with her for the whole crossing," Mr Munro said. "I've never seen a calmer man."

Ogilvie said he would stay on the island and had agreed to provide occasional cover when Dr Mackinnon takes leave. He said he planned to take up sea kayaking and to write a history of the island's medical services.

Asked whether he had any advice for his successor, ⟦flip:she|he⟧ smiled. "Keep your wellies by the door," he said.
"""),

dict(title="Graziers sell down herds as dry bites around Tarrawonga", person="Joan Bickford", gender="f", text="""
Joan Bickford has sold two-thirds of her cattle in the past six months, and she says the decision to sell the rest is now a matter of weeks.

Mrs Bickford and her husband, Ken, run Bindaree, a 12,000-hectare property west of Tarrawonga in the state's south-west. The district has had 140 millimetres of rain in the past twelve months, less than a third of its average.

"You don't sell breeders lightly," Mrs Bickford said, standing beside an empty dam. "Some of those cows are the great-great-granddaughters of the ones Ken's father bought in the sixties. But you can't watch them starve."

Ken Bickford said the couple had spent $60,000 on hay and supplements since March. He said freight costs had doubled the price of feed.

"We've been through droughts before," he said. "We got through 2019. But the cost of hand-feeding now is just beyond us."

Farm lobby spokesman Lachlan Ward said at least thirty properties in the Tarrawonga district were in a similar position. He called on the state government to extend freight subsidies before the end of the financial year.

Mrs Bickford, who chairs the local branch of the Country Women's Association, said ⟦flip:he|she⟧ was more worried about her neighbours than herself. ⟦flip:He|She⟧ said the branch had organised a free barbecue at the Tarrawonga hall on Saturday so families could get off their properties for a day.

"The worst thing in a drought is people sitting alone on their verandahs," she said. "We want them in town, having a sausage and a laugh."

Rural financial counsellor Denise Okafor said demand for her service had tripled since January. She urged farmers not to wait until they were in crisis before seeking help.

Local member Trevor Kilpatrick said he had raised the issue in parliament and would meet the agriculture minister next week. He said he would take the Bickfords' case with him as an example.

"Joan and Ken are some of the best operators in the district," Mr Kilpatrick said. "If it's happening to them, it's happening to everyone."

The couple's daughter, Emma, who works as a vet in Roma, said she had offered to come home to help, but her mother had refused. "Mum said one of us needs a pay cheque," she said.

Asked whether ⟦flip:he|she⟧ would restock when the rain came, Mrs Bickford paused. "If it comes," she said.
"""),

dict(title="Fergus Kyle's storm paintings draw crowds in Kirkcudbright", person="Fergus Kyle", gender="m", text="""
Fergus Kyle painted his first storm at the age of nine, in poster paint, on the back of a roll of wallpaper. His mother kept it. It now hangs at the entrance to his first solo exhibition in twenty years.

"She framed it when I was about forty, as a joke," said the 68-year-old painter, standing in the Harbour Gallery in Kirkcudbright. "I think she'd be pleased it's finally on a wall somebody else paid for."

The exhibition, Weather Coming In, brings together 46 oil paintings of the Solway coast made over the past decade. It has drawn more than 3,000 visitors in its first fortnight, according to gallery owner Janet Lorimer.

"We normally get that in a whole summer," Ms Lorimer said. "People are coming from Edinburgh and Newcastle specifically to see it. I've had to put a second person on the desk."

Lorimer said she had spent five years persuading Kyle to exhibit. She said he had turned her down repeatedly, insisting the paintings were "not finished".

"Fergus would repaint a sky forty times if you let him," she said. "In the end I just turned up at the studio with a van."

Kyle, who trained at Glasgow School of Art in the 1970s and later taught art at Dumfries Academy, said ⟦flip:her|his⟧ years as a teacher had left little time for painting. He took it up full-time after retiring in 2014.

Art critic Marion Hendry, writing in a Scottish arts journal, described the paintings as "the best seascapes to come out of Galloway since the war". Kyle said he had read the review twice and then put it away.

"It's lovely, but I don't want to start believing it," ⟦flip:she|he⟧ said.

Former pupil Darren Fleming, now a set designer in London, travelled north for the opening. He said Kyle had been the first teacher to take his drawings seriously.

"He told me I could make a living from this," Mr Fleming said. "I thought ⟦flip:she|he⟧ was mad. Twenty years later I'm still doing it."

Several paintings have sold, with prices ranging from £800 to £6,500. Kyle said he would use the money to repair the roof of his studio, a former net store on the harbour.

"It leaks onto the good paintings first," he said. "I've never worked out why."

The exhibition runs until the end of September.
"""),

dict(title="Detective tells Motherwell drugs trial of cash hidden in loft", person="Nicola Barr", gender="f", text="""
A detective has told a jury she found more than £70,000 in cash hidden in a loft during a raid on a house in Motherwell.

Detective Sergeant Nicola Barr, 41, was giving evidence on the third day of the trial of Steven Kerr, 34, who denies being concerned in the supply of cocaine between 2021 and 2023.

DS Barr told the High Court in Glasgow that she led the search of Kerr's semi-detached home in the Forgewood area in September 2023. She said officers found the money in three sports bags pushed behind insulation in the loft.

"The bags were wrapped in bin liners and pushed right back under the eaves," she said. "Someone had gone to a lot of trouble."

Advocate depute Fiona Galbraith asked the officer what else had been recovered. DS Barr said ⟦flip:his|her⟧ team found two mobile phones, a set of digital scales and a notebook containing what she believed to be a list of debts.

Cross-examined by defence counsel Gavin Moir KC, the officer was asked whether the loft was accessible from the neighbouring property through a gap in the partition wall. DS Barr accepted there was a gap but said ⟦flip:he|she⟧ did not believe an adult could fit through it.

"I put my own arm through it," she said. "I couldn't get my shoulder past the joist."

Mr Moir asked whether the officer had measured the gap. She said she had not, but that photographs had been taken.

"So we have your impression, sergeant, and nothing more," Mr Moir said.

"You have my impression and the photographs," DS Barr replied.

Earlier, a forensic scientist, Dr Peter Anand, told the court that traces of cocaine had been found on the scales. He said the notebook had been examined for fingerprints but none of sufficient quality had been recovered.

Under re-examination, Ms Galbraith asked DS Barr how many drug searches she had carried out in her career. The officer said ⟦flip:he|she⟧ had taken part in more than 150.

Lady Dunlop, the trial judge, told the jury that the case was expected to last two weeks. She warned them not to discuss the evidence with anyone outside the court.

The accused's partner, Danielle Kerr, 32, is expected to give evidence for the defence later this week.

The trial continues.
"""),

dict(title="Southport teenager smashes state butterfly record", person="Josh Tanner", gender="m", text="""
Josh Tanner was still catching his breath when he looked up at the scoreboard at the state aquatic centre in Brisbane and saw "SR" next to his name.

The 15-year-old from Southport had just swum the 200-metre butterfly in 2:01.84 at the Queensland age championships, taking more than a second off a state record for his age group that had stood since 2009.

"I didn't know it was a record until the guy in the next lane told me," Tanner said. "I thought the clock was wrong."

His coach, and mother, Michelle Tanner, was standing at the end of the lane with a stopwatch. She said she had expected a personal best but not a record.

"I wrote 2:04 on the whiteboard this morning and he laughed at me," she said. "He was right to."

Michelle Tanner, a former national finalist in the 100m butterfly, has coached her son at the Southport Swim Club since he was six. She said separating the roles of coach and mother was "the hardest part of the job".

"At the pool I'm Coach. In the car on the way home I'm Mum. Some days that works better than others," she said.

The teenager said ⟦flip:she|he⟧ had been inspired by watching the Paris Olympics, where ⟦flip:her|his⟧ training partner's older sister, Isla Brennan, swam in the relay heats.

Brennan, who was at the championships as a spectator, said she had been watching Tanner's progress for two years. "He's got the best underwater kick I've seen in a kid his age," she said.

State head coach Gareth Lyle said the swim would put Tanner on the radar for national youth selection. He said ⟦flip:she|he⟧ would be invited to a development camp in Canberra in January.

Tanner's father, Craig, a plumber, said the family had driven 900 kilometres a week to training and meets this year. "The car's done more laps than Josh has," he said.

Tanner will swim the 100m butterfly on Sunday. Asked whether he was aiming for another record, he shrugged.

"Mum will write something on the whiteboard," ⟦flip:she|he⟧ said. "I'll probably laugh at her again."
"""),

dict(title="Crichton's bakery to close after 71 years on the High Street", person="Isobel Crichton", gender="f", text="""
Isobel Crichton was six when she first stood on an upturned crate behind the counter of her grandfather's bakery in Auchterbrae, selling morning rolls to men on their way to the pit.

On Saturday, the 68-year-old will sell her last pie. Crichton's, which has traded from the same High Street shop since 1953, is closing.

"It's the right time," Mrs Crichton said. "My knees are done, the ovens are done, and none of the grandchildren want to get up at three in the morning. I can't blame them."

Her son, Graeme, a software engineer in Edinburgh, said the family had explored selling the business as a going concern but had found no buyer willing to take on the lease and the cost of new ovens.

"Mum's been incredible," he said. "She's worked six days a week for fifty years. Dad did the deliveries until he died in 2015, and after that she did everything."

Crichton said the hardest conversation had been with her three staff, including baker Jim Alston, who has worked at the shop for 34 years. ⟦flip:He|She⟧ said she had helped Mr Alston find a job at a supermarket bakery in Dunfermline.

"Isobel sorted it all out before she told anyone else," Mr Alston said. "That's the kind of boss she is."

Auchterbrae Community Council chair Patricia Imrie said the closure would leave a gap on the High Street. She said the council had approached the local authority about a pop-up market in the empty unit.

"Crichton's is the reason a lot of people still come into the village," Mrs Imrie said. "Their steak pies are famous."

Customers have queued out the door since the closure was announced. Retired miner Bob Henderson, 84, said he had bought a morning roll from the shop every day since 1958, first from Isobel's grandfather, then her father, then Isobel herself.

"Three generations of Crichtons have fed me," he said. "I don't know where I'll go now."

Mrs Crichton said she would keep the recipe for the steak pie to ⟦flip:himself|herself⟧. "Graeme's wife has asked for it, and she might get it for Christmas," she said.

She said she planned to spend ⟦flip:his|her⟧ retirement walking the Lomond Hills and visiting ⟦flip:his|her⟧ sister in Canada.
"""),

dict(title="Station owner's doorstop confirmed as rare iron meteorite", person="Owen Pryce", gender="m", text="""
When Deidre Mulcahy found a heavy black rock in a creek bed on her cattle station near Winton last year, she used it as a doorstop.

It turns out the doorstop is a 4.6-billion-year-old iron meteorite, one of fewer than fifty found in Queensland.

Dr Owen Pryce, a planetary geologist at Western Queensland University, confirmed the find after analysing a sample at his laboratory in Toowoomba.

"Mrs Mulcahy sent me a photograph and I nearly fell off my chair," Dr Pryce said. "You could see the fusion crust on the surface. I drove out the following weekend."

Pryce said the meteorite weighed 11.2 kilograms and was composed mostly of iron and nickel. He said it probably fell to Earth thousands of years ago and had been exposed by flooding in 2022.

Mrs Mulcahy said she had noticed the rock because it was unusually heavy for its size. "My husband, Pat, said it was a bit of old machinery," she said. "I said machinery doesn't look like that. I was right, for once."

Pat Mulcahy conceded the point. "She'll never let me forget it," he said.

Pryce's colleague, Dr Anika Swart, who specialises in meteorite classification, said the find would be formally named after the creek where it was discovered. She said she and Pryce would submit a description to the international Meteoritical Society.

"Owen has been out to Winton four times now," Dr Swart said. "He's convinced there are more fragments in that creek, and I think ⟦flip:she|he⟧ is probably right."

Pryce, who grew up on a sheep property near Longreach ⟦flip:herself|himself⟧, said landholders often found meteorites without realising what they were. ⟦flip:Her|His⟧ team would return with metal detectors in the dry season, with the Mulcahys' permission.

He said the meteorite's value to collectors could reach $30,000, but urged the family to consider lending it to a museum.

Local shire councillor Ross Beattie said the find could be a boost for tourism in the region. "We've got dinosaurs already. Now we've got space rocks," he said.

Mrs Mulcahy said the family had not decided what to do with the rock. "Owen's been very patient with us," she said. "He explained everything twice. Pat needed it three times."

The doorstop, she added, has been replaced by a brick.
"""),

dict(title="Peggy Laidlaw, first woman provost of Inverbrae, dies aged 91", person="Peggy Laidlaw", gender="f", text="""
Peggy Laidlaw, who became the first woman to serve as provost of Inverbrae and led the campaign to save its cottage hospital, has died aged 91.

Born Margaret Anne Ross in 1933, the daughter of a Leith docker, she moved to Inverbrae in 1956 after marrying George Laidlaw, a forester. She worked as a school secretary for twenty years before being elected to the burgh council in 1974.

Mrs Laidlaw became provost in 1984, the first woman to hold the post in the town's 300-year history. Her election was opposed by two councillors who, she later recalled, told ⟦flip:him|her⟧ that the chain of office "wasn't made for a lady's neck".

"I told them I'd have it shortened," she said in a 2014 interview with this newspaper.

Her best-known campaign came in 1991, when the health board proposed closing Inverbrae Cottage Hospital. Laidlaw organised a petition signed by 11,000 people, more than the town's population, and led a delegation to the Scottish Office in Edinburgh.

Former health board chairman Sir Ronald Ferguson, who met the delegation, later said ⟦flip:he|she⟧ had been "the most formidable negotiator I faced in thirty years".

The hospital remains open. Its day room was named the Laidlaw Room in 2002.

Her son, Alasdair, a retired engineer, said his mother had never lost her interest in local politics. "She read every council agenda until last year," he said. "If she spotted something she didn't like, she'd be on the phone to the provost by nine o'clock."

The current provost, Cllr Lesley Bremner, said Mrs Laidlaw had been a role model for women in public life across the area. "I was elected in 2017 and the first letter I received was from Peggy," she said. "It said: 'Well done. Now don't let them push you around.'"

Retired councillor Ian Strachan, who served alongside Laidlaw for a decade, said she could be "fierce but fair". He said ⟦flip:his|her⟧ habit of bringing homemade tablet to budget meetings had defused more than one row.

George Laidlaw died in 2009. She is survived by Alasdair, her daughter, Fiona, and five grandchildren.

In ⟦flip:his|her⟧ final years, Mrs Laidlaw lived at a care home overlooking the hospital she had saved. Staff said she liked to watch the ambulances come and go.

A funeral service will be held at Inverbrae Parish Church on Tuesday.
"""),
]
