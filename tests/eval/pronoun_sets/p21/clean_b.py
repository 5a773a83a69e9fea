ARTICLES = [
dict(title="Toowong woman fined after hedge dispute turns violent", text="""
A Toowong woman who struck her neighbour with a garden rake during a long-running dispute over a hedge has been fined $2,500 and placed on a good behaviour bond.

Lorraine Ashcroft, 63, pleaded guilty in Brisbane Magistrates Court to one count of common assault over the incident in her front garden in February.

Police prosecutor Sergeant Tim Delaney told the court that Ashcroft and her neighbour, retired engineer Geoffrey Palin, 70, had been in dispute for more than two years over a row of lilly pillies along their shared boundary.

On the morning of the assault, Mr Palin began trimming the hedge from his side with an electric hedge trimmer. Ashcroft came out of her house, told him to stop, and then struck him on the forearm with the handle of a rake.

"Mr Palin sustained bruising and a small laceration that required three stitches," Sgt Delaney said. "He has since installed a security camera, which I understand has caused a further dispute."

Ashcroft's solicitor, Priya Balasingam, said her client had been under considerable stress after the death of her husband last year. She said Ashcroft had planted the hedge with him in 1988.

"To my client, that hedge was the last thing they built together," Ms Balasingam said. "That doesn't excuse what she did, and she knows that. She has written to Mr Palin to apologise."

Magistrate Graham Kyte said neighbourly disputes were among the most bitter matters to come before the courts. He said he accepted Ashcroft was remorseful but that violence could never be an answer to a disagreement over a garden.

"You are a woman of previous good character, and I have taken that into account," he told her. "But Mr Palin is entitled to feel safe in his own garden."

In a statement read to the court, Mr Palin said he did not want Ashcroft to go to jail. He said he wanted the hedge issue resolved through mediation.

"I've lived next to Lorraine for thirty years," he said. "I used to drive her husband to the bowls club. I just want us to be able to say good morning again."

Ms Balasingam said her client had agreed to attend mediation through the Dispute Resolution Branch. No conviction was recorded.

Outside court, Mr Palin's daughter, Sophie Palin, said her father had been "shaken but not surprised". She said he was relieved the case was over.
"""),

dict(title="Granite Belt couple toast first gold medal for their shiraz", text="""
Mark and Ruth Delahunty were picking grapes when the phone rang to tell them their 2021 shiraz had won gold at the Queensland Wine Awards. Neither of them answered it.

"We had twenty pickers in the rows and a bin about to overflow," Ruth said. "I saw the missed call that night and thought it was the bank."

"It wasn't the bank," Mark said. "It was the best phone call we've ever missed."

The couple bought their twelve-hectare vineyard near Ballandean in 2009, after he left a job as a high school science teacher and she gave up a career in hospital administration. Their first vintage, in 2011, was lost to hail.

"We nearly sold up," Ruth said. "Mark wanted to keep going. I thought he'd lost his mind."

"She was probably right," he said. "But I'm stubborn, and she's more stubborn, so once she'd decided we were staying, we were staying."

The winning wine was made by Ruth, who took over winemaking duties in 2017 after completing a diploma by correspondence. Mark looks after the vines and the cellar door.

Chair of judges Catherine Oduya said the shiraz had stood out in a strong field of 214 entries. She said it showed "real restraint and elegance" and was unlike many of the bigger, riper wines from the region.

"Whoever made this wine knows when to stop," Ms Oduya said. "That's a rare skill."

Told of the comment, Ruth laughed. "I'll tell Mark that," she said. "He never knows when to stop."

"I'm standing right here," Mark said.

The gold medal is the first for a Ballandean producer in six years. Local tourism operator Neville Sharp said he expected it to bring more visitors to the district's cellar doors.

"A gold medal on the label does more than any advertising campaign," he said. "Mark and Ruth have been working towards this for fifteen years, and everyone out here is thrilled for them."

The couple's son, Thomas, who studies viticulture in Adelaide, drove home for the weekend to help with the celebrations. He said his parents had opened a bottle of the winning wine on Saturday night.

"Mum said it tasted better than it did last week," he said. "Dad said it tasted the same, but with a medal."

The Delahuntys have 400 cases of the wine left. Ruth said she expected them to sell out by Christmas.
"""),

dict(title="Godwit tracking shows record non-stop flight to Moreton Bay", text="""
A bar-tailed godwit fitted with a tiny satellite tag has flown more than 13,000 kilometres from Alaska to Moreton Bay without stopping, according to researchers at the University of the Sunshine Coast.

The bird, a young male known as 4BBRW, left the Yukon-Kuskokwim Delta on September 13 and landed on a sandbank near Toorbul eleven days later, having flown day and night across the Pacific Ocean.

Lead researcher Dr Hannah Mercer said the flight was the longest non-stop migration recorded for the species into Australia. She said the team had watched the bird's progress on a laptop in the lab.

"Every morning someone would refresh the screen and shout out his position," Dr Mercer said. "When he crossed the equator we had cake. When he finally landed, my colleague Ben went straight out to the sandbank with binoculars."

Her colleague, ecologist Dr Ben Takahashi, said he had found the godwit within an hour of its arrival, feeding on worms at the edge of the tide.

"He was thin, but he was eating as if nothing had happened," Dr Takahashi said. "It's one of the most extraordinary things I've seen in twenty years of fieldwork."

The tag, which weighs less than five grams, was fitted in Alaska by a team led by American biologist Dr Carol Whitney. She said the data would help scientists understand how the birds navigate and how much fat they burn on the journey.

Mercer said the results also highlighted the importance of protecting feeding grounds at both ends of the migration route. She said Moreton Bay's mudflats were under pressure from development and disturbance from dogs and jet skis.

"These birds arrive in Australia having lost half their body weight," she said. "If they can't feed undisturbed when they get here, they don't survive the winter."

Takahashi said community volunteers had helped monitor shorebirds in the bay for more than a decade. He said one volunteer, retired schoolteacher Joan Pemberton, had recorded godwit numbers at Toorbul every fortnight since 2004.

"Joan's records are as important as anything we've done with satellites," he said. "She knew the flock better than any of us."

Mrs Pemberton, 79, said she had been on the sandbank when 4BBRW was spotted. "Ben was jumping up and down like a schoolboy," she said. "I told him to calm down or he'd frighten the bird."

The research is due to be published next year.
"""),

dict(title="Missing Glen Affric walker found safe after three nights", text="""
A woman who went missing while walking in Glen Affric has been found safe and well after spending three nights in a bothy during a storm.

Catherine Muir, 52, from Inverness, was found by a mountain rescue team at about 10am on Tuesday, more than twelve miles from where she had parked her car.

Her brother, Iain Muir, raised the alarm on Saturday evening when she failed to return from what was meant to be a day walk. He said the family had been preparing for the worst.

"She's an experienced walker, she's done the Munros twice, so when she didn't come back we knew something had gone wrong," he said. "I've not slept since Saturday. When the police rang this morning I just sat down on the kitchen floor."

Police Scotland said more than 60 people had been involved in the search, including teams from Kintail and Dundonnell, a coastguard helicopter and a search dog.

Rescue team leader Gordon Matheson said Ms Muir had twisted her ankle on the first afternoon and had made her way to a remote bothy to shelter from the weather.

"She did absolutely everything right," Mr Matheson said. "She kept warm, she rationed her food, and she stayed put. We found her sitting by the fire with a cup of tea, apologising for the bother."

Search dog handler Fiona Grant, whose collie, Bess, picked up a scent near the bothy, said the weather had made the search difficult. She said the dog had been working for almost eight hours when she found the trail.

"Bess got there before any of us," Ms Grant said. "She deserves a steak tonight."

Ms Muir was taken by helicopter to Raigmore Hospital for a check-up and was expected to be discharged later in the day. In a statement issued through her brother, she thanked the rescuers and said she was embarrassed to have caused so much worry.

"I had a whistle, a map and spare food, but my phone died on the first night," she said. "I'll be buying a proper emergency beacon before I go out again."

Iain Muir said his sister had always been the adventurous one in the family. "She'll be back up there next month, knowing her," he said. "I'll be going with her this time."

Police thanked members of the public who had offered help and information during the search.
"""),

dict(title="Kelvinside choir wins national title under new conductor", text="""
The Kelvinside Community Choir has won the open category at the Scottish Choral Festival in Perth, less than a year after Anna Kowalczyk took over as its musical director.

The 48-strong choir beat eleven other groups with a programme that included a Gaelic waulking song, a piece by the Estonian composer Arvo Pärt and a new arrangement of Burns's Ae Fond Kiss by Kowalczyk herself.

"I told them in September we could win this, and I think half of them thought I was joking," Ms Kowalczyk said. "The other half knew I wasn't."

Kowalczyk, who trained in Kraków and moved to Glasgow in 2015, succeeded the choir's founder, Donald Petrie, who retired after twenty-six years. Mr Petrie was in the audience on Saturday.

"Anna has done in ten months what I couldn't do in twenty-six years," he said. "She's made them listen to each other. I'm delighted, and a little jealous."

The choir's soloists in the Burns arrangement were tenor Kenneth Mair, a retired bus driver, and baritone Ahmed Raza, a junior doctor at the Queen Elizabeth hospital. Mr Raza said Kowalczyk had pushed him harder than any teacher he had had.

"She made me sing my solo on my own in front of the whole choir every week for two months," he said. "I hated it. But when I stood up in Perth, I wasn't nervous at all, and that's down to her."

Mr Mair, 71, said he had joined the choir after his wife died. "I needed somewhere to go on a Wednesday night," he said. "I didn't expect to be standing on a stage in Perth getting a trophy at my age. Anna's a tyrant, but a lovely one."

The festival's adjudicator, the English conductor Rosalind Grey, praised the choir's blend and its diction. She said the Gaelic song had been "a genuine highlight of the weekend".

Choir chairwoman Isobel Fergus said membership had grown by fifteen since Kowalczyk's arrival, with several younger singers joining. She said the choir was looking for a bigger rehearsal space.

"We're squeezed into a church hall that was built for a Sunday school," Mrs Fergus said. "Anna conducts with her elbows tucked in."

The choir will now represent Scotland at a UK-wide competition in Cardiff in the spring. Kowalczyk said she had already chosen the programme but would not reveal it.

"They'll find out on Wednesday," she said.
"""),

dict(title="Bobby Hendrie, Kilmarnock Thistle's record scorer, dies at 84", text="""
Bobby Hendrie, who scored 212 goals for Kilmarnock Thistle over fourteen seasons and once turned down a move to Arsenal to stay near his mother, has died at the age of 84.

Born in Hurlford in 1940, the son of a miner, Hendrie signed for Thistle as a 17-year-old in 1957 and made his debut against Queen of the South the same year. He scored twice.

He went on to become the club's record goalscorer, a mark that still stands, and won five caps for Scotland in the 1960s. His most famous goal, a diving header in the 1964 Scottish Cup semi-final, is still replayed on the big screen at Thistle's Riverside Park ground before every home game.

In 1963, Arsenal offered Thistle £25,000 for Hendrie, then a huge fee. He refused to go.

"My mother was a widow and my sisters were still at school," he told a local newspaper in 2010. "London might as well have been the moon. I never regretted it, not once."

Hendrie married Jean Caldwell, a nurse, in 1962. She died in 2018. He is survived by their three daughters, Margaret, Lynn and Catriona, and by eight grandchildren.

His eldest daughter, Margaret Reid, said her father had remained a regular at Riverside Park until his health declined last year.

"Dad sat in the same seat for sixty years," she said. "If anybody else was in it, he'd stand beside them until they moved. He never said a word. He didn't need to."

Former teammate Jimmy Boyd, 86, said Hendrie had been the finest finisher he had played with. "Bobby had a right foot like a hammer and a head like a cannonball," he said. "And he never once went down looking for a penalty. He'd have been embarrassed."

Thistle chairwoman Louise Kerr said the club would hold a minute's applause before Saturday's match and that players would wear black armbands. She said the club was in discussion with the family about a permanent memorial.

"Bobby Hendrie is Kilmarnock Thistle," she said. "He was still coming to see our youth team on Tuesday nights last year. He'd tell the strikers what they were doing wrong, and they'd listen."

After retiring from football in 1971, Hendrie ran a newsagent's in Hurlford for almost thirty years. His youngest daughter, Catriona, said customers would come in just to talk to him about the 1964 semi-final.

"He'd tell the story every time," she said. "The header got better every year."

The funeral will take place at Hurlford Parish Church.
"""),

dict(title="Bayside Rays women reach state league final under Mulvihill", text="""
The Bayside Rays will play in the Queensland women's state league final for the first time after a 2-1 extra-time win over Sunshine Coast Wanderers at Capalaba on Sunday.

Captain Ellie Brandt scored the winner in the 112th minute, heading in a corner from teenage winger Mia Falconer, to send the home crowd of almost 2,000 into raptures.

"I don't even remember jumping," Brandt said. "I remember Mia's ball coming in and then everybody landing on top of me."

Rays coach Sean Mulvihill, who took over the side eighteen months ago, said his captain had been outstanding. He said Brandt had played the last half-hour with strapping on a knee she injured in the semi-final first leg.

"Ellie told me at half-time she was fine," Mulvihill said. "She wasn't fine. But she's the toughest player I've ever worked with, and I wasn't going to be the one to take her off."

Falconer, 17, said she had practised the corner with Brandt after training every Thursday night for a month. "She made me hit about a hundred a week," she said. "She said one of them would win us a game."

Wanderers had taken the lead through striker Kiara Nolan, who scored from the penalty spot after Rays goalkeeper Jess Atkin brought down midfielder Amy Tran. Atkin redeemed herself with a double save from Nolan in the second half of extra time.

Wanderers coach Paul Hagan said he was proud of his players despite the loss. "We gave them everything. Sometimes the other team just wants it a bit more," he said. "Sean's built a very good side."

Rays club president Natalie Dimitriou said the club would organise buses for supporters to the final in Brisbane. She said the women's team had transformed the club over the past two seasons.

"We've got more girls registered in our junior teams than boys for the first time in the club's history," she said. "That's because of what Ellie and her teammates have done."

Mulvihill said the squad would rest on Monday before preparing for the final against the Gold Coast Sirens. He said he expected Brandt's knee to be assessed by the club physiotherapist, Darren Moss, early in the week.

"If Darren tells me she can play, she'll play," Mulvihill said. "If he tells me she can't, she'll probably play anyway."
"""),

dict(title="Aird and Munn set for run-off in Helensvale mayoral race", text="""
The race to become mayor of Helensvale Shire will go to a second-round run-off after neither candidate secured a majority of first-preference votes at Saturday's by-election.

Former school principal Judith Aird finished first with 44 per cent of the vote, ahead of businessman and sitting councillor Peter Munn on 39 per cent. Three minor candidates shared the remaining 17 per cent.

The by-election was called after the death in April of mayor Colin Fairweather, who had led the shire for fourteen years.

Speaking at her campaign office in the main street, Ms Aird said she was confident of winning the run-off. She said her campaign had focused on water security and housing for young families.

"People want someone who will listen to them and then act," she said. "I spent thirty years running schools. I know how to manage a budget and I know how to tell people things they don't want to hear."

Cr Munn, a hardware store owner who has been on the council since 2016, said he was not discouraged by the result. He said his campaign had been hurt by a low turnout in the northern suburbs, where he was strongest.

"We know where our voters are. We'll make sure they get out next time," he said. "Judith's run a good campaign, and I respect her, but I've got eight years of council experience and she's got none."

Asked about that criticism, Ms Aird said she had sat on the shire's education advisory committee for six years. "Peter knows that," she said. "He chaired it for two of them."

Cr Munn conceded the point. "She was the best member of that committee," he said. "It doesn't mean she'd be the best mayor."

The late mayor's widow, Beverley Fairweather, has endorsed Ms Aird. She said her husband had regarded Aird as a potential successor.

"Colin said to me more than once that Judith would make a fine mayor," Mrs Fairweather said. "I'm just passing on what he told me."

Returning officer Graham Lui said the run-off would be held in three weeks. He urged voters who had not voted on Saturday to check their enrolment details.

Minor candidate Sharon Tipene, who won nine per cent as an independent, said she would not endorse either candidate. "They can both come and ask me," she said. "I'll decide after that."
"""),

dict(title="Two Jamies, one boat: Tweed regatta pair row to victory", text="""
When Jamie Fraser and Jamie Lowe first rowed together in a double scull at the Tweed Regatta in Berwick three years ago, the commentator announced them as "the Jamies" and the name stuck.

On Saturday the pair, who row for Kelso Amateur Rowing Club, won the open mixed double sculls at the same regatta, beating crews from Durham and Edinburgh in a final that came down to the last ten strokes.

Fraser, 24, a plumber from Coldstream, sits in the bow seat. Lowe, 22, a veterinary student at Edinburgh, strokes the boat.

"She sets the rhythm and I just try to keep up," Fraser said. "If I'm honest, she's the engine and I'm the passenger."

Lowe disagreed. "He steers, he calls the race, and he's the one who spotted that the Durham crew were tiring," she said. "I just pulled when he told me to."

Club coach Derek Hume, who put the pair together, said the combination had been an accident. He said the club had one spare boat and two scullers without partners one Tuesday evening.

"I thought they'd last a week," Mr Hume said. "Jamie F is big and strong and a wee bit chaotic. Jamie L is precise and calm. It shouldn't work, but it does."

The name has caused some confusion. Fraser said he had once received Lowe's exam results by email because a club administrator had mixed up their addresses.

"She got a first, by the way," he said. "I had to forward it to her before she'd seen it herself. She wasn't happy."

Lowe's mother, Gillian, a former international rower, was on the bank at Berwick with a stopwatch. She said she had not coached her daughter directly but had offered "occasional unsolicited advice".

"Jamie listens to about half of what I say," Mrs Lowe said. "Which is more than I listened to my mother."

Fraser's father, Alan Fraser, said he had only started watching rowing when his son joined the club. "I still don't understand it," he said. "But I know when they win, because he phones me."

The pair are now targeting the national championships at Strathclyde Park in July. Hume said they had a genuine chance of a medal.

"If they both turn up and neither of them falls in, they'll be fine," he said.
"""),

dict(title="Father and daughter keep Eyemouth's last family trawler at sea", text="""
Tommy Aitchison has been fishing out of Eyemouth for fifty-one years. His daughter, Kerry, has been fishing with him for twelve. They are now the last family-owned prawn trawler working from the harbour.

We joined them on the Bonnie Kerry, the 19-metre boat Tommy named after his daughter on the day she was born, for a morning's fishing off St Abb's Head.

Q: Tommy, did you ever expect Kerry to follow you to sea?

Tommy: Never. Her mother and I wanted her to go to university, and she did. She got a degree in marine biology, came home, and told me she was coming on the boat. I told her she was daft. She came anyway.

Kerry: He said I'd last a month. That was in 2012.

Q: What was it like working for your father?

Kerry: Hard. He doesn't give compliments. The first time he said "good job" was about four years in, when I fixed the winch in a gale. I nearly fell overboard with the shock.

Tommy: She's a better engineer than me. I'll say it once. Don't print it.

Q: Why have the other family boats gone?

Tommy: Quota, fuel, paperwork, and no sons and daughters wanting to do it. When I started there were thirty boats like this in Eyemouth. My brother Jim had the Good Hope until 2009. His son went into the oil industry, and who could blame him.

Kerry: Dad doesn't say it, but he was worried the boat would be sold when he retired. That's part of why I came back.

Q: Is there a future for the boat?

Kerry: I've got my skipper's ticket now. When he stops, I'll take over. My partner, Ross, is a fisherman too, on one of the bigger boats out of Peterhead. He's said he'll come and work with me.

Tommy: He'll have to learn to take orders from her. I've been doing it for years.

Q: Tommy, when will you stop?

Tommy: When she tells me to.

Kerry: I told him last year.

Tommy: I didn't hear her.

The Bonnie Kerry landed 240 kilograms of prawns that day. Kerry's mother, Sandra Aitchison, was waiting on the quay with bacon rolls. She said she no longer worried when they went to sea together.

"I worry more when they're at home," she said. "At least on the boat they've got work to argue about."
"""),

dict(title="HMAS Dunkeld decommissioned after 32 years of service", text="""
The patrol boat HMAS Dunkeld was decommissioned at a ceremony in Cairns on Friday, ending thirty-two years of service in which she intercepted more than 200 illegal fishing vessels and rescued hundreds of people at sea.

Her final commanding officer, Lieutenant Commander Rebecca Oyelowo, lowered the ship's ensign for the last time in front of about 400 current and former crew members and their families.

"She has been a lucky ship and a happy one," Lieutenant Commander Oyelowo said. "Every commanding officer says that about their ship, but with Dunkeld it happens to be true. She has brought every one of her sailors home."

Dunkeld was commissioned in 1992 and spent most of her career patrolling Australia's northern waters. In 2006 she rescued 47 people from a sinking fishing boat in the Arafura Sea, in an operation for which her then commanding officer, Lieutenant Commander Paul Garrick, was awarded a commendation for bravery.

Commander Garrick, now retired, travelled from Hobart for the ceremony. He said he still remembered the faces of the people his crew pulled out of the water.

"There was a little girl of about four who wouldn't let go of my leading seaman's neck," he said. "He carried her around for two hours. Dunkeld held her course in a four-metre sea that night, and she never missed a beat."

Former engineer Leading Seaman Maria Santos, who served aboard in the late 1990s, said the ship had been "hot, cramped and wonderful".

"She had an air-conditioning unit that worked about one day in three," she said. "We used to say she was the only ship in the navy that was hotter inside than out."

Rear Admiral Stephen Ashworth, who inspected the guard, said the decommissioning marked the end of an era for the fleet. He said Dunkeld's crew would transfer to one of the navy's new Arafura-class offshore patrol vessels.

Lieutenant Commander Oyelowo will take command of the new ship next year. She said she would take Dunkeld's ship's bell with her to the new vessel.

"I asked permission, and the admiral said yes," she said. "She deserves to keep ringing somewhere."

Dunkeld will be towed to Darwin, where she is expected to be sold for scrap. A group of former crew members, led by retired chief petty officer Bill Mahoney, has launched a campaign to preserve her bridge as a museum exhibit.
"""),

dict(title="Parents back Kilbride Primary head over four-day week trial", text="""
Parents at Kilbride Primary School in East Kilbride have voted overwhelmingly to support a pilot of a shorter Friday timetable, following a packed meeting with the head teacher on Tuesday evening.

Head teacher Gillian Orr told more than 150 parents that under the plan, pupils would finish at 12.30pm on Fridays, with the lost time made up by adding fifteen minutes to each of the other four days. Staff would use Friday afternoons for planning and training.

"I'm not asking you to trust me blindly," Mrs Orr said. "I'm asking you to let us try it for a year, and I'm promising that if it doesn't work, we'll stop."

Depute head Martin Cowie presented figures from three other schools in South Lanarkshire that had run similar pilots. He said attainment in reading and numeracy had held steady or improved in all three.

"Teachers who have time to plan teach better lessons," Mr Cowie said. "It's as simple as that."

Not all parents were convinced. Father of three Jason Reilly said he and his wife both worked full-time and would struggle to arrange childcare on Friday afternoons.

"It's all very well for the teachers," he said. "But somebody has to pick the kids up, and it's not going to be my boss."

Mrs Orr said the school had arranged with the local leisure trust for a Friday afternoon sports club, which would cost £5 a session. She said families receiving free school meals would not be charged.

Parent council chair Kirsty Doig said she had spoken to dozens of families before the meeting. She said most had been positive once they understood the detail.

"There was a lot of misinformation going round on Facebook," Mrs Doig said. "Some people thought the school was going to close on Fridays altogether. Once Mrs Orr explained it properly, the mood changed."

A show of hands at the end of the meeting found 121 parents in favour and 19 against, with a number abstaining. Mr Reilly said he accepted the result but hoped the school would review the cost of the sports club.

"They've listened, I'll give them that," he said. "I still think it'll be a headache for a lot of us."

Primary seven pupil Ellie McGrath, 11, who attended with her father, said she was in favour. "We'd get to go swimming on a Friday," she said. "My dad says he'll take me."

The pilot is expected to begin in August, subject to council approval.
"""),

dict(title="Fiddling Mathesons span three generations at Mod festival", text="""
When Eilidh Matheson stepped on stage at the Royal Mòd in Inverness on Thursday, the oldest person in the audience was her grandfather, and he knew every note she was about to play.

Eilidh, 15, won the junior fiddle competition playing a set of strathspeys and reels composed by her grandfather, Hugh Matheson, in the 1960s. Hugh, 88, won the senior fiddle title at the same festival in 1961.

"I was more nervous about Grandad than the judges," Eilidh said. "If I'd got one of his tunes wrong he'd have told me, and he'd have been right."

Hugh, who sat in the front row with his walking stick across his knees, said his granddaughter had played the tunes better than he had ever managed.

"She's got a lift in her bowing I never had," he said. "I wrote those tunes for dancing in a wee hall in Glenurquhart. I never imagined hearing them played like that."

Between them is Eilidh's mother, Morag Matheson, a music teacher in Drumnadrochit, who gave her daughter her first lessons at the age of five. Morag won the intermediate fiddle competition at the Mòd in 1993.

"Dad taught me, and I taught Eilidh, so really it's all his fault," Morag said. "She practises in the kitchen every night while I'm trying to cook. I wouldn't change it."

Adjudicator Donald MacRae said the performance had been the finest in the junior competition for many years. He said Eilidh had shown "real understanding of the dance rhythm".

"She didn't just play the notes, she played the music," Mr MacRae said. "That's what separates a good young fiddler from a special one."

The Matheson family has been playing at the Mòd since the 1950s. Hugh's late wife, Ishbel, was a Gaelic singer who won the women's gold medal in 1964. His son, Alasdair, Morag's brother, plays the pipes but did not compete this year.

"Alasdair was the one who got away," Hugh said, laughing. "He went over to the pipes. We forgave him eventually."

Eilidh said she hoped to study traditional music at a conservatoire after school. She said she planned to record her grandfather's tunes so they would not be lost.

"A lot of them only exist in his head," she said. "I've been sitting with him on Sunday afternoons with my phone, getting him to hum them. He gets fed up with me after about an hour."

"Two hours," Hugh said. "And I don't get fed up. I fall asleep."
"""),
]
