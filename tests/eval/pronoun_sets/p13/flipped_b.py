ARTICLES = [
dict(title="Marco Bellini: the Leeds chef who cooks his grandmother's Sunday", person="Marco Bellini", gender="m", text="""
It is ten in the morning at Nonna Rosa on Call Lane and Marco Bellini is already elbow-deep in semolina. The restaurant does not open until six, but the pasta, he insists, must be made fresh every day, by hand, by him.

"If I'm not in the kitchen, it's not my food," he says, wiping his hands on a tea towel. "I can delegate the washing-up. I can't delegate this."

Marco, 44, opened Nonna Rosa eight years ago with his wife, Anna, in a former carpet warehouse. Last month it was named the best Italian restaurant outside London in the Good Food Guide, and the waiting list for a Saturday table now runs to eleven weeks.

The menu is built around the dishes his grandmother, Rosa, cooked every Sunday in the family's flat in Bradford, where she settled after leaving Calabria in 1958. Her ragù, simmered for six hours, is still the restaurant's best seller.

"She never wrote anything down," Marco says. "I had to stand next to her with a notebook for years. She used to slap my hand if I measured anything."

Anna runs the front of house and the books, and is blunt about who is in charge. "Marco is the artist. I'm the one who makes sure the artist gets paid," she says. "He'd give the food away if I let him."

The couple met at catering college in Harrogate. She was training as a pastry chef; he was, by his own account, "the worst student in the year". Anna laughs when this is put to her. Marco, she says, was not the worst student but "the most stubborn", and ⟦flip:she|he⟧ still is.

The kitchen is run day to day by sous-chef Priya Raman, who joined from a Michelin-starred restaurant in Manchester. She says the appeal was simple. "Marco cooks like someone who actually wants you to be happy. That's rarer than you'd think."

Success has not been without strain. Marco admits that ⟦flip:her|his⟧ health suffered during the pandemic, when the restaurant survived on takeaway lasagne and he worked eighteen-hour days.

"I've learned to go home," he says. "Anna made me."

Asked whether he would ever open a second site, Marco shakes ⟦flip:her|his⟧ head firmly. "There's only one of me," he says. "And Nonna would never forgive me if I let standards slip."
"""),

dict(title="Harold Entwistle, former mayor of Bolton, dies at 91", person="Harold Entwistle", gender="m", text="""
Harold Entwistle, who served three terms as mayor of Bolton and spent almost half a century on the town council, has died aged 91.

He died on Thursday at Royal Bolton Hospital after a short illness, his family said. His daughter, Karen Holt, said he had been "sharp as a tack and arguing about the council tax" until the final week.

Born in Farnworth in 1932, the son of a cotton spinner and a shop assistant, Harold Entwistle left school at 14 to become an apprentice fitter at the Hick Hargreaves engineering works. He became a shop steward at 22 and was first elected to the council for the Halliwell ward in 1963.

He was mayor in 1978, 1991 and 2002, and was best remembered for his campaign to save the town's Victorian market hall, which had been earmarked for demolition in the early 1980s.

The present mayor, Cllr Linda Thomas, said the town owed him a great deal. "Harold was a towering figure in this town hall," she said. "He could be infuriating in committee, but nobody ever doubted he was on the side of ordinary Boltonians."

His wife of 64 years, Doreen, served as his mayoress in all three of his terms. She died in 2019. Friends said ⟦flip:she|he⟧ never fully recovered from her loss, though he continued to attend full council meetings until his retirement in 2011 at the age of 79.

Former council leader Mr Cliff Morris, who sat opposite him for many years, described him as "the most courteous opponent I ever had". He recalled that Entwistle once sent him a get-well card after a bruising budget debate.

Outside politics, Entwistle was a lifelong supporter of Bolton Wanderers and was a regular at Burnden Park from the age of six. He was also a keen brass band enthusiast and played cornet in the Farnworth Silver Band for over thirty years.

He was appointed MBE in 2005 for services to local government. Mrs Holt said ⟦flip:she|he⟧ had been prouder of the honour than he ever let on, and that the medal had pride of place on the mantelpiece, "next to a signed photo of Nat Lofthouse, which he valued rather more".

He is survived by his daughter, his son Philip, six grandchildren and four great-grandchildren. The funeral will take place at Bolton Parish Church.
"""),

dict(title="Coroner warns hospital after man died waiting 14 hours for bed", person="Rebecca Thorne", gender="f", text="""
A coroner has said she will write to NHS England after an inquest heard that a 58-year-old man died of sepsis after waiting more than 14 hours on a trolley in a hospital corridor.

Stephen Ayling, a delivery driver from Gillingham, was taken to Thameside General Hospital by ambulance on the evening of 12 November with abdominal pain and a high temperature. He died the following afternoon.

Assistant coroner Ms Rebecca Thorne, sitting at Maidstone, heard that Mr Ayling's observations were recorded only twice in the first ten hours of his stay, and that his deterioration went unnoticed for several hours overnight.

Staff nurse Jennifer Obi told the inquest that she had been responsible for 23 patients in the corridor and the emergency department's minors area that night.

"I did my best. There were simply not enough of us," she said, breaking down in tears in the witness box.

Consultant Dr Imran Malik said the department had been running at 160 per cent of capacity. He accepted that antibiotics should have been given within an hour of sepsis being suspected, rather than after six.

Mr Ayling's partner, Ms Tracey Gould, said in a statement that he had been "left to die in a corridor like he didn't matter". She told the coroner: "He kept asking me when he was going to see a doctor, and I didn't have an answer."

Recording a narrative conclusion, Ms Thorne said the delay in treatment had more than minimally contributed to Mr Ayling's death. She praised the honesty of the nursing staff who had given evidence.

"Nurse Obi was placed in an impossible position, and nothing I say today should be read as criticism of her," the coroner said. ⟦flip:He|She⟧ added that the problems were "systemic and, I fear, widespread".

The coroner said ⟦flip:his|her⟧ prevention of future deaths report would be sent to the hospital trust, NHS England and the Department of Health and Social Care.

A spokesman for Thameside NHS Foundation Trust said it offered its "deepest condolences" and had opened 40 additional beds since November.

Outside the court, Ms Gould said she was grateful to Ms Thorne for listening. "⟦flip:He|She⟧ heard us," she said. "That's all we wanted."
"""),

dict(title="Headteacher 'overjoyed' as school climbs out of special measures", person="Angela Burrows", gender="f", text="""
A Cornish primary school that was placed in special measures three years ago has been rated good in every category by Ofsted.

St Petroc's Community Primary School in Bodmin was judged inadequate in 2021 after inspectors raised concerns about safeguarding, poor reading standards and high staff turnover.

Mrs Angela Burrows, who took over as headteacher two months after that inspection, said she was "overjoyed and slightly emotional" at the result.

"When I walked in here, morale was on the floor," she said. "The children had had five different teachers in a year. The first thing we did was make sure every class had one adult they could count on."

The report, published on Tuesday, praises the school's "ambitious and well-sequenced" curriculum and says pupils are "happy, safe and proud of their school". Reading results at the end of Year 6 have risen from 48 per cent to 79 per cent reaching the expected standard.

Lead inspector Mr David Finch wrote that leaders had "acted with urgency and determination" and that staff felt "well supported and listened to".

The chair of governors, Mr Raymond Cole, said the transformation was down to the headteacher. "Angela never once complained about what she inherited," he said. "She just rolled her sleeves up."

Parents have also noticed the change. Mrs Kirsty Penhaligon, whose two sons attend the school, said: "Three years ago I was looking at other schools. Now I'd fight anyone who tried to move my boys."

The headteacher was keen to share credit. ⟦flip:He|She⟧ singled out deputy head Mr Jonathan Tremayne, who redesigned the phonics programme, and the school's cook, Mrs Pat Hocking, who has worked there for 31 years.

"Pat has seen off eleven headteachers," Mrs Burrows said. "I'm hoping she'll let me stay a bit longer."

Mr Cole said the governors had asked Mrs Burrows to consider a role supporting other schools in the trust. The head said ⟦flip:he|she⟧ was flattered but had no plans to leave.

"This is my school," she said. "I'm not going anywhere."

The school will hold a celebration picnic for families on Friday.
"""),

dict(title="Latu cleared to play after concussion scare", person="Sione Latu", gender="m", text="""
Wests Tigers prop Sione Latu has been cleared to face Canterbury on Sunday after passing a series of concussion tests, ending a week of uncertainty at Concord.

The 27-year-old was taken from the field in the 31st minute of last week's loss to Parramatta after a head clash with Eels forward Mitchell Pearce-Tonga. He was ruled out for the rest of the match under the NRL's head injury protocol.

Club doctor Emma Walsh said Latu had shown no symptoms since Tuesday and had completed a full contact session on Thursday without any problems.

"We've been very conservative with Sione because of his history," Dr Walsh said. "He had two concussions in 2022, and we take that seriously. But every test has come back clean and the independent doctor agreed."

Latu said ⟦flip:she|he⟧ had never doubted he would be back this week, but admitted the first few days had been frustrating.

"You just sit around in a dark room and feel sorry for yourself," he said. "The doc was pretty strict. I tried to sneak into the gym on Wednesday and she sent me straight home."

Coach Craig Fenton said the return of his enforcer was a major boost for a pack missing three regular starters.

"Sione sets the tone for us," Fenton said. "When he runs hard, everyone else follows. We've missed that in the middle."

Fenton also confirmed that halfback Jayden Cook would captain the side in the absence of the injured Api Fonua.

Latu, who was born in Auckland and raised in Campbelltown, has made 96 first-grade appearances and is one game away from joining the club's 100-game honour board. His mother, Losana, and sisters will travel from New Zealand for the milestone.

Asked about his game plan against the Bulldogs, Latu was typically blunt. "Run at them, tackle them, repeat," ⟦flip:she|he⟧ said.

The Tigers sit 14th on the ladder, two wins outside the top eight. Kick-off at Accor Stadium is 4.05pm.
"""),

dict(title="Review: The Cherry Orchard, Royal Exchange, Manchester", person="Yasmin Farah", gender="f", text="""
There is a moment near the end of Yasmin Farah's new production of The Cherry Orchard when the sound of axes begins, faintly at first and then unbearably close, and the whole of the Royal Exchange seems to hold its breath. It is the finest single image I have seen on a Manchester stage this year.

Farah, who became the theatre's joint artistic director last spring, has relocated Chekhov's play to a crumbling country house in Lancashire in 1979, on the eve of Margaret Thatcher's first election victory. It sounds like a gimmick. It is not.

Her Ranyevskaya, played with glittering fragility by Dame Harriet Walsh, is a former mill heiress returning from years in the south of France to a family estate that has been sold out from under her. Walsh is superb, veering between girlish delight and grief within a single line.

Callum Reid's Lopakhin, the self-made son of a weaver, is the production's beating heart. Reid plays him not as a villain but as a man desperate to be loved by people who have never seen him properly. When he announces that he has bought the orchard, his triumph curdles into something close to shame.

Designer Tobias Lunn makes elegant use of the theatre-in-the-round, with dust sheets and tea chests slowly multiplying across the stage as the family's world disappears.

Not everything works. The decision to add a television broadcasting election coverage in the third act feels heavy-handed, and the party scene drags. Farah, who also adapted the text, might have trusted ⟦flip:himself|herself⟧ to cut harder.

But these are small complaints about an evening of real intelligence and feeling. Speaking before the opening, Farah said she wanted audiences "to recognise their own grandparents" in the characters. Many in the audience on press night clearly did.

It is a mark of ⟦flip:his|her⟧ confidence as a director that Farah lets the final scene play out almost in silence, with Mike Ostrowski's elderly servant Firs left alone in the locked house. Ostrowski, 84, barely speaks, and he does not need to.

Four stars. Until 19 October.
"""),

dict(title="Tulloch defends Pilbara expansion as shareholders revolt", person="Graham Tulloch", gender="m", text="""
Redbank Resources managing director Graham Tulloch has defended the company's $3.4 billion iron ore expansion in the Pilbara after more than a third of shareholders voted against its remuneration report at Thursday's annual meeting in Perth.

The 36 per cent protest vote, the company's first strike, came after proxy advisers criticised Mr Tulloch's long-term incentive package, which could be worth up to $9 million if production targets are met.

"I understand some investors are nervous about the size of this project," Mr Tulloch told the meeting at the Perth Convention Centre. "But the world is going to need high-grade ore for green steel for decades, and we have some of the best in the country sitting in the ground."

Chair Louise Harker said the board had listened to shareholders and would review the incentive structure before next year's meeting.

"The board fully supports Graham and the expansion strategy," Ms Harker said. "But we have heard the message on pay, and we will act on it."

Ms Harker, a former BHP executive, said she had met personally with several large institutional investors in the weeks before the meeting. She said their main concern was cost overruns at the Marandoo South project, which is running five months behind schedule.

Mr Tulloch, who joined Redbank from Fortescue in 2019, said ⟦flip:her|his⟧ team had brought the project "back under control" and that first ore would be shipped in the second half of next year.

Analyst Tanya Reeve of Morgan Stanley said the market had been spooked by the delays. "Graham has a very good track record, but this is the biggest thing Redbank has ever done, and it's being done at a time of real cost pressure," she said.

Traditional owners, represented by Mr Warren Ngarluma, also addressed the meeting, calling for greater protection of heritage sites near the expansion area. Mr Tulloch said the company would honour its agreements "in full and in good faith".

Outside the meeting, a small group of climate protesters unfurled a banner. Asked about them, Mr Tulloch said ⟦flip:she|he⟧ respected their right to protest, but added that he made no apology for running a mining company.

Redbank shares closed 2.1 per cent lower at $4.62.
"""),

dict(title="Midwife who delivered 4,000 babies honoured with OAM", person="Bronwyn Carter", gender="f", text="""
When Bronwyn Carter started work as a midwife at Wagga Wagga Base Hospital in 1981, fathers were still routinely sent out to the corridor and most mothers stayed in hospital for a week.

Forty-three years and an estimated 4,000 deliveries later, Ms Carter has been awarded the Medal of the Order of Australia in the King's Birthday honours for service to maternal health in regional New South Wales.

"I'm absolutely gobsmacked," she said on Monday. "I just turned up to work. That's all I've ever done."

Ms Carter, 65, trained in Sydney before returning to the Riverina, where she grew up on a wheat farm near Junee. She was instrumental in setting up the region's first midwifery-led continuity of care program in 2008, which allows women to see the same midwife throughout pregnancy and birth.

Dr Paul Nguyen, director of obstetrics at Wagga Wagga Base Hospital, said the program had transformed care in the area. "Bronwyn fought for it when plenty of people, including some doctors, said it couldn't work in the bush," he said. "She proved them wrong."

Among the thousands of families she has cared for is her own. Ms Carter delivered two of her four grandchildren, and her husband, Geoff, jokes that she has "delivered half the town".

"I used to come home and she'd be asleep in the chair in her uniform," Mr Carter said. "I'd put a blanket over her and leave her be. ⟦flip:He|She⟧ was never off duty, really."

Former patient Mrs Sally Keogh, whose twins were born at 32 weeks during a flood in 2012, said she would never forget the midwife's calm. "The roads were cut and the helicopter couldn't land. Bronwyn just held my hand and said, 'We'll do this together,'" she said.

Ms Carter retired from full-time work in March but still does two shifts a fortnight. She said ⟦flip:his|her⟧ proudest achievement was the younger midwives she had trained.

"There are girls I taught who are now running units in Canberra and Melbourne," she said. "That's my real legacy."

⟦flip:He|She⟧ plans to spend more time with her grandchildren and in her garden.
"""),

dict(title="Labour's Dobbs wins Redcar by-election with reduced majority", person="Kieran Dobbs", gender="m", text="""
Labour has held Redcar in Thursday's by-election, but with a sharply reduced majority after a strong showing from Reform UK.

Kieran Dobbs, 34, a former steelworker and union organiser, won 12,418 votes, a 38.6 per cent share. Reform's Mr Gary Wilkinson came second with 9,902, while the Conservative candidate, Mrs Joanna Pike, who held the seat until 2024, was pushed into third with 6,115.

Turnout was 31.2 per cent, one of the lowest for a by-election in the North East in a decade.

The contest was called after the sitting Labour MP, Ms Helen Corrigan, stood down to take up a post at the United Nations.

The result was declared shortly before 3am at Redcar leisure centre by the acting returning officer, Ms Clare Hutchinson.

In his victory speech, Mr Dobbs paid tribute to his predecessor and to the steelworkers who lost their jobs when the town's blast furnace closed in 2015, including his own father.

"This town has been let down too many times by people who promise the world and deliver nothing," he said. "I won't pretend I can fix everything. But I'll turn up, and I'll fight."

Mrs Pike, who was visibly upset, said the Conservatives had "a lot of listening to do". She congratulated the winner, saying: "Kieran ran a decent campaign and I wish him well. He'll find it's a hard seat to represent."

Mr Wilkinson said Reform had "put Labour on notice" and predicted his party would win the seat at the next general election.

Labour's national campaign co-ordinator, Mr Simon Aldred, said the win showed voters still trusted the party in its heartlands.

Mr Dobbs, who lives in Dormanstown with his partner and their two young children, said ⟦flip:she|he⟧ would take his seat in the Commons on Monday. Asked about the narrowing of ⟦flip:her|his⟧ majority, he said: "A win's a win. But I've heard what people said on the doorstep."

He will be the first MP for the seat to have worked at the Teesside steelworks.
"""),

dict(title="Irish astronomer's team spots water in atmosphere of distant world", person="Niamh Gallagher", gender="f", text="""
An international team led by an astronomer at Trinity College Dublin has detected water vapour in the atmosphere of a rocky planet orbiting a star 48 light years from Earth.

Dr Niamh Gallagher and her colleagues used the James Webb Space Telescope to observe the planet, known as TOI-2288 b, as it passed in front of its red dwarf star four times between March and June last year.

Their results, published in The Astrophysical Journal Letters, suggest the planet may be a "water world" with a thick, steamy atmosphere.

"This is not a sign of life, and I want to be very careful about that," Dr Gallagher said. "But it is the clearest evidence yet that small rocky planets around red dwarfs can hold on to an atmosphere at all, which many of us had started to doubt."

The team included Professor Henrik Sørensen of the Niels Bohr Institute in Copenhagen, who developed the computer models used to interpret the data. He described the signal as "small but extremely robust".

"We threw everything at it to try to make it go away," Professor Sørensen said. "It would not go away."

Dr Gallagher, who grew up in Letterkenny, Co Donegal, said ⟦flip:he|she⟧ first became interested in astronomy when her grandfather gave her a pair of binoculars for her ninth birthday.

"We had very dark skies at home," she said. "I used to lie on the garage roof, which my mother was not thrilled about."

PhD student Tomás Ó Briain, who processed much of the raw data, said working with her had been "the best apprenticeship you could ask for". He said she was famous in the department for answering emails at four in the morning.

Not all scientists are convinced. Dr Katrin Vogel of the Max Planck Institute said stellar activity could mimic some of the signal and that more observations were needed.

Dr Gallagher welcomed the scrutiny. "That's exactly how science should work," ⟦flip:he|she⟧ said. The team has been awarded a further 40 hours of telescope time next year, and ⟦flip:his|her⟧ group hopes to look for carbon dioxide.
"""),

dict(title="Lifeboat coxswain praised after dramatic rescue off St Bees", person="Colin Pethick", gender="m", text="""
A lifeboat coxswain has been praised for his "outstanding seamanship" after his crew rescued a kayaker who had been clinging to her upturned boat for more than an hour off the Cumbrian coast.

Rachel Dunn, 31, from Whitehaven, got into difficulty near St Bees Head on Sunday afternoon when a sudden squall capsized her sea kayak. She was unable to right the boat in the heavy swell and was eventually spotted by a walker on the clifftop, who raised the alarm.

The all-weather lifeboat from Workington, commanded by coxswain Colin Pethick, reached her 35 minutes later in a force seven wind and waves of up to three metres.

Mr Pethick, 57, a volunteer with the RNLI for 30 years, said conditions close to the cliffs had been "about as bad as you'd want".

"There were rocks on one side and a big sea on the other," he said. "We had one go at it. The lads did brilliantly."

Two crew members, Mr Sam Fearon and Mr Dan Lister, pulled Ms Dunn aboard while the coxswain held the lifeboat steady. She was suffering from hypothermia and was taken to West Cumberland Hospital, where she was treated and discharged the following day.

Speaking from her home, Ms Dunn said she owed her life to the crew. "I'd started to think nobody was coming. Then I saw this orange boat coming round the headland and I just burst into tears," she said. "He put that boat exactly where it needed to be."

RNLI regional spokeswoman Ms Claire Haughey said the station would be putting the crew forward for a formal award. "This was an exceptionally difficult service," she said. "Colin's judgement was faultless."

Mr Pethick, a heating engineer who has lived in Workington all ⟦flip:her|his⟧ life, played down his role. ⟦flip:She|He⟧ said the walker who spotted the kayaker, Mrs Margaret Towers, 70, deserved as much credit.

"If she hadn't been up there with her binoculars, we'd never have known," he said.

The RNLI has urged kayakers to carry a means of calling for help and to check forecasts carefully before going out.
"""),

dict(title="Doyle's Flemington gamble pays off as Starlight Express wins", person="Kerry-Anne Doyle", gender="f", text="""
Trainer Kerry-Anne Doyle described Saturday's win by Starlight Express in the Group 2 Sires' Produce Stakes at Flemington as "the best day of my life, including my wedding", after a gamble that had the bookmakers reeling.

The two-year-old filly, owned by Gippsland dairy farmer Mr Ron Petersen, was backed from 12-1 into 5-1 in the hour before the race and won by two lengths under jockey Liam Fogarty.

Doyle, 41, who trains a team of just 18 horses at Pakenham, had been criticised in some quarters for running the filly against colts so early in her career.

"Everyone told me I was mad," Doyle said, still shaking in the mounting yard. "But I've been riding her work every morning and I knew. She's got a motor on her."

Fogarty, who was winning his first Group race in Melbourne, said the filly had travelled sweetly throughout.

"Kerry-Anne told me to sit on her and not panic, and that's what I did," the jockey said. "When I asked her at the 300, she just took off. Full credit to the trainer. ⟦flip:He|She⟧ had her absolutely spot on."

Mr Petersen, 73, who bought the filly for $22,000 at the Inglis sale, said he had been "a bit nervous" watching from the stand with his wife, Marjorie. "I don't even know how much we've won," he said. "Kerry-Anne will tell me."

Doyle began her career as a track rider for the late Bart Cummings before taking out her own licence in 2012. Her stable has grown steadily, but this was its first Group success.

Racing Victoria steward Ms Jo Fenwick confirmed the filly had been routinely swabbed after the race.

Asked whether the filly would now head to the Golden Slipper in Sydney, Doyle said ⟦flip:he|she⟧ would "have a chat with Ron and see how she pulls up". She said ⟦flip:his|her⟧ husband, Mick, who manages the stables, had already started looking at flights.

"We'll take it one step at a time," she said. "Tonight we're going to the pub."
"""),
]
