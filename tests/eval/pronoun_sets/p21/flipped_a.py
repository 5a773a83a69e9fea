ARTICLES = [
dict(title="Kirkcaldy councillors split over seafront car park charges", person="Morag Lindsay", gender="f", text="""
Councillor Morag Lindsay has accused fellow members of Fife's east area committee of "taxing the promenade" after a vote to introduce parking charges at three seafront car parks in Kirkcaldy passed by a single vote on Tuesday.

Mrs Lindsay, who represents the Kirkcaldy East ward, told the meeting that traders on the Esplanade had not been properly consulted and that the charges, set at £1.20 an hour, would drive shoppers to retail parks on the edge of town.

"I have spoken to every business between the harbour and the Path," she said. "Not one of them was asked for an opinion before this paper landed on our desks."

Councillor Derek Baird, the committee convener, rejected the claim. He said officers had written to 140 businesses in August and received 23 replies, most of them neutral.

"We are not in the business of taxing anyone," Mr Baird said. "We have a car park surface that is breaking up and no budget line to repair it. The charges pay for the resurfacing and nothing else."

Lindsay pressed ⟦flip:his|her⟧ point, asking whether the income would be ring-fenced for the seafront. Finance officer Grant Menzies said it would be for the first three years, after which it would return to the general roads budget.

Councillor Ailsa Rennie, who seconded the motion, said she had sympathy with the traders but could not support leaving the surface in its current state. "I've watched a woman in a wheelchair get stuck in one of those potholes," she said. "That's the real cost of doing nothing."

The vote was tied at five apiece before Mr Baird used his casting vote.

Fiona Shaw, who runs the Harbour Tearoom on the Esplanade, said Mrs Lindsay was the only elected member who had come down to see the problem for ⟦flip:himself|herself⟧. "She sat in my window for an hour counting cars," Mrs Shaw said. "Nobody else bothered."

Afterwards, Mrs Lindsay said she would table a motion at the full council meeting next month asking for a six-month delay. Asked whether she expected to win, ⟦flip:he|she⟧ said the arithmetic at full council was "very different".

"People forget that the Esplanade is a community, not a cash machine," she added. "Derek knows that as well as I do. I just think he's been handed a bad paper by officers and decided to defend it."

Mr Baird said he would welcome the debate. "Morag is entitled to bring it back. I'd expect nothing less from her," he said.
"""),

dict(title="Kestrels coach Hollis keeps faith with teenage halves", person="Trent Hollis", gender="m", text="""
Mackay Kestrels coach Trent Hollis says he will not be rushed into changing his halves after a second straight loss in the Central Queensland women's rugby league competition.

The Kestrels went down 22-10 to the Bundaberg Reds at Harrup Oval on Saturday, with 17-year-old five-eighth Tayla Moana and 18-year-old halfback Brooke Delaney struggling to find space against a heavier pack.

"They're kids, and they're learning on the run," Hollis said. "I picked them because they're the future of this club, and I'm not going to drop them the first time it gets hard."

Captain Renee Fakatava, who scored the Kestrels' second try from a Delaney grubber, backed her coach. She said the squad had talked in the sheds after the game and nobody was pointing fingers at the young halves.

"Brooke and Tayla did the hard stuff today," Fakatava said. "The forwards didn't give them a platform. That's on me as much as anyone."

Hollis, a former Townsville hooker who took over the Kestrels in 2021, said the problem was in the middle third of the field. ⟦flip:She|He⟧ pointed to a run of six consecutive penalties in the second half that allowed Bundaberg to camp on the Kestrels' line.

"You can't give a side like the Reds that much ball," he said. "Their coach, Lisa Tran, has built a really disciplined group and she'll have been delighted with the way we gifted them field position."

Tran, speaking afterwards, said she had expected a tougher contest. "Mackay will come good. Trent knows what he's doing," she said.

The Kestrels' assistant coach, Mick Sorensen, will take training on Tuesday while Hollis attends a coaching course in Brisbane. Hollis said ⟦flip:her|his⟧ message to the squad before leaving would be simple: tidy up the ruck and trust the process.

Club president Gail Whitby said the board remained fully behind the coach. "We signed Trent to build something over three seasons, and we're ten rounds into the first one," she said. "I've spoken to him this morning and he's as driven as ever."

Hollis admitted the loss had kept him up on Saturday night. "I watched the tape twice before I went to bed," ⟦flip:she|he⟧ said. "My partner told me to give it a rest, and she was probably right."

Sorensen, a former Kestrels prop, said the players would respond. "Trent's hard on them but he's fair, and they know he's got their backs," he said.

The Kestrels host Gladstone next Saturday.
"""),

dict(title="Former football club treasurer admits taking £38,000", person="Karen Dalgleish", gender="f", text="""
A former treasurer of a Dundee amateur football club has admitted embezzling more than £38,000 from its accounts over four years.

Karen Dalgleish, 46, a mother of two from Broughty Ferry, pleaded guilty at Dundee Sheriff Court to taking the money from Craigie Thistle AFC between 2019 and 2023.

Fiscal depute Martin Kerr told the court that Dalgleish had been the club's treasurer since 2016 and had sole control of its bank account. He said she made 212 transfers into her personal account, most of them for under £200, and disguised them as payments for strips, pitch hire and referees' fees.

The discrepancy was uncovered when the club's new secretary, Joanne Petrie, asked to see invoices ahead of a grant application to the local authority.

"Mrs Petrie found that the club appeared to have paid for the same set of kits three times," Mr Kerr said. "When she raised it at a committee meeting, the accused left the room and did not return."

Dalgleish later contacted police ⟦flip:himself|herself⟧ and made a full admission at a Dundee police station.

Her solicitor, Anne-Marie Bell, said her client had been struggling with gambling debts after the breakdown of ⟦flip:his|her⟧ marriage.

"She is deeply ashamed," Ms Bell said. "She has already repaid £6,000 from the sale of a car, and she intends to repay the rest in full. She has attended Gamblers Anonymous every week since March."

Sheriff Douglas Grieve deferred sentence for background reports and a restriction of liberty assessment. He told Dalgleish that a custodial sentence remained an option.

"You were trusted by volunteers and by parents who paid subs for their children to play football," he said. "That trust was abused over a long period."

Outside court, club chairman Ian Lowrie said the committee had introduced two-signature authorisation for all payments. He said the club had been forced to cancel a summer tour to Northern Ireland for its under-14 side.

"Karen was a friend to a lot of people here," Mr Lowrie said. "Her own boys came through our youth section. Nobody wanted to believe it."

Mrs Petrie, who has since taken over the treasurer's role, said the club had received offers of help from other clubs in the Dundee area. "We'll get the tour back on next year," she said.

Sentence was deferred until next month. Dalgleish, who wept in the dock, was allowed to leave with ⟦flip:his|her⟧ solicitor.
"""),

dict(title="Reg Tully, founder of Booval boxing gym, dies at 88", person="Reg Tully", gender="m", text="""
Reg Tully, who taught three generations of Ipswich children to box in a converted tin shed behind Booval railway station, has died aged 88.

Mr Tully opened the Booval Amateur Boxing Club in 1964 after his own career as a welterweight was cut short by a detached retina. He ran it for almost sixty years, charging a dollar a session until 2005 and nothing at all after that.

His daughter, Kerry Tully-Ward, who now runs the club, said her father never turned a child away.

"Dad's rule was that you could come in with nothing, but you had to leave your attitude at the door," she said. "He had kids turn up who'd been kicked out of school, kids whose parents were in prison. He gave every one of them a key and told them it was their gym."

Born in Rockhampton in 1936, Tully moved to Ipswich as a teenager to work in the railway workshops, where he stayed for 31 years. He married Maureen Haig in 1959. She survives him, along with Kerry, their son Darren and seven grandchildren.

Former Commonwealth Games bronze medallist Lena Ruatara, who trained at Booval from the age of eleven, said Tully had been one of the first coaches in Queensland to take female boxers seriously.

"In the eighties there were men who wouldn't let a girl near a ring," she said. "Reg put me in there with the boys and told them that if they went easy on me, they'd answer to ⟦flip:her|him⟧."

Maureen Tully said her husband had continued to visit the gym every Tuesday and Thursday until a fall in March. "He'd sit on a chair by the ropes and shout at them," she said. "The kids loved him for it."

Darren, a plumber, said his father had still been taping hands for the juniors at the age of 85. "He'd say his fingers didn't work any more, then do it faster than me," he said.

Ipswich councillor Phil Brannigan said the council would consider renaming the reserve next to the gym in Mr Tully's honour. He said ⟦flip:her|his⟧ contribution to the suburb "couldn't be measured in trophies".

Tully was awarded the Medal of the Order of Australia in 2011. Friends recalled that ⟦flip:she|he⟧ wore it to the gym the following Monday and then put it in a drawer.

Kerry said the family had been overwhelmed by messages from former members, some of them now in their sixties. "One bloke rang from Perth in tears," she said. "Dad would have told him to harden up, and then he'd have rung him every week."

A funeral will be held at St Mary's, Ipswich, on Friday.
"""),

dict(title="Toowoomba brewer bets on export after hail wipes out crop", person="Helen Ashby", gender="f", text="""
Helen Ashby did not panic when a twenty-minute hailstorm flattened the hop garden behind her Toowoomba brewery in November. She rang her bank manager.

"I'd already decided we were too reliant on one crop," said Ms Ashby, who founded Range Brewing with her brother, Neil, in 2014. "The hail just made the decision for us."

The brewery, which employs 34 people in its Ruthven Street taproom and packaging plant, will this month send its first shipment of canned pale ale to Singapore, after signing a distribution deal with a Singaporean importer, Lim Wei Ling.

Ashby said the deal had taken eighteen months to negotiate, including two trips to Asia that ⟦flip:he|she⟧ paid for out of ⟦flip:his|her⟧ own pocket.

Neil Ashby, who manages production, said the brewery would buy hops from growers in the Granite Belt and Tasmania to replace the lost crop.

"We lost about four tonnes of green hops," he said. "That's a season's worth of our fresh-hop beer gone, but the core range is safe."

Darling Downs Chamber of Commerce president Tracey Muller said the export deal was a significant vote of confidence in the region's food and drink sector. She said Range was one of only three Toowoomba manufacturers exporting to Asia.

"Helen has been at every export workshop we have run for five years," Ms Muller said. "She asks the hard questions, and she does her homework."

Ms Lim, speaking by phone from Singapore, said Asian drinkers were increasingly curious about Australian craft beer. "Helen's beer tastes of where it comes from," she said. "That is what my customers want."

The brewery has also received a $150,000 state government grant towards a new canning line. Regional development minister Craig Hollander said the grant was designed to help small manufacturers reach overseas markets. He said Range had been chosen from more than sixty applicants.

Ashby said she had no plans to replant the hop garden. "It was lovely to look at, but it was a hobby dressed up as a business," she said, laughing. "My brother will tell you I was the one who insisted on planting it, and he's right."

Asked whether she would sell the business if approached, Ashby said ⟦flip:he|she⟧ had turned down two offers from national brewers in the past three years.

"Neil and I built this with our own hands," she said. "I'm not handing it over to anyone."
"""),

dict(title="Inverurie head teacher bows out after 22 years", person="Gordon Fairlie", gender="m", text="""
Pupils and staff at Dunmore Academy in Inverurie lined the school drive on Friday to say goodbye to head teacher Gordon Fairlie, who retires after 22 years in charge.

Mr Fairlie, 63, joined the school as a physics teacher in 1988 and became head in 2002. He oversaw the move to a new £40 million campus in 2017 and steered the school through two inspections rated "very good".

Depute head Catriona Black, who will act as head until a permanent replacement is appointed, said Fairlie had known the name of almost every one of the school's 1,100 pupils.

"He'd stop a first year in the corridor and ask about their granny's hip operation," Mrs Black said. "I don't know how he kept it all in his head. I certainly can't."

Parent council chair Lorna Mitchell said Mr Fairlie's door had always been open to families. She said ⟦flip:her|his⟧ handling of the school's response to the death of a pupil in a road accident in 2019 had been "extraordinary".

"He was at the family's house that evening, and he was at the school gate at half seven the next morning," she said. "He held that community together."

Head boy Ewan Duthie and head girl Sophie Reid presented Fairlie with a telescope bought with contributions from pupils and staff. Duthie said the gift was a nod to the astronomy club the head teacher had run on Thursday evenings for more than a decade.

"He made us stand in a freezing field at eleven o'clock at night looking for Jupiter," Sophie said. "It was worth it."

Mr Fairlie told the assembly he was leaving the school "in far better hands than mine". ⟦flip:She|He⟧ thanked his wife, Elaine, a primary teacher in Kintore, for putting up with "twenty-two years of marking at the kitchen table".

Aberdeenshire Council's head of education, Ruth Cargill, said Fairlie had been a mentor to a generation of school leaders in the north-east. She said she had asked him to stay on as an adviser, and that he had politely declined.

"He told me he'd be on the golf course," she said. "I'll believe that when I see it."

Fairlie said he planned to spend more time with ⟦flip:her|his⟧ grandchildren in Aberdeen and to finally repair an old telescope of ⟦flip:hers|his⟧ that had been lying in the garage since the 1990s.

"Now I've got two," he said. "Elaine's not delighted."
"""),

dict(title="Reef researchers record earliest coral spawn at Halloran Reef", person="Priya Nandakumar", gender="f", text="""
Dr Priya Nandakumar has spent eleven Novembers diving on Halloran Reef waiting for the corals to spawn. This year, they beat her to it.

The coral ecologist from the Coral Sea Research Institute in Townsville said her team recorded the mass spawning event on the night of October 19, nearly three weeks earlier than the average for the previous decade.

"We went out for what we thought was a routine survey and the water was full of pink bundles," Dr Nandakumar said. "My PhD student, Tom Albiston, came up from his dive and just said, 'It's happening.' Neither of us believed it."

Albiston, 26, said he had to swim back to the boat to fetch a second camera. "I'd only brought one housing because we weren't expecting anything," he said.

Nandakumar said early spawning had been linked to warmer sea surface temperatures, but cautioned against drawing conclusions from a single year. ⟦flip:He|She⟧ said the team would compare the data with records from four other reef sites before publishing.

Professor Liam Cartwright, who heads the institute's reef monitoring program, said the observation was significant but not unprecedented. He said a smaller early spawn had been recorded at a northern site in 2016.

"Priya's data set is one of the longest continuous records we have for an inshore reef," Prof Cartwright said. "When she tells us something has changed, we take it seriously."

Local dive operator Sharon Pettifer, whose boat the researchers often charter, said tourists had been asking about the spawn for years. She said the earlier timing would make it harder for operators to plan trips.

"We used to be able to tell people the week after the full moon in November," she said. "Now I'll be guessing like everyone else."

Dr Nandakumar, who grew up in Chennai and moved to Australia as a postgraduate student, said ⟦flip:his|her⟧ biggest worry was whether coral larvae released early would find the right conditions to settle.

"Timing matters for everything that happens afterwards," she said. "If the spawn is out of step with the plankton, survival rates could drop."

She and Albiston will return to the reef next month to survey juvenile corals. The institute's director, Margaret Oyelaran, said funding for the follow-up work had been approved by the board.

"It's exactly the kind of long-term work we exist to do," Ms Oyelaran said.

Oyelaran said she had asked Nandakumar to present the findings at the institute's annual symposium in March, and that ⟦flip:he|she⟧ had agreed.
"""),

dict(title="Police appeal after spate of garden shed thefts in Perth", person="Stuart Gow", gender="m", text="""
Police in Perth have appealed for information after more than thirty garden sheds and garages were broken into across the city's western suburbs in the past month.

Inspector Stuart Gow, the local area commander, said bicycles, power tools and golf clubs worth an estimated £45,000 had been taken, most of them between midnight and 5am.

"This is organised," Inspector Gow said. "Whoever is responsible knows what they are looking for and how to get it out quickly. I would urge anyone with a shed or garage to check the locks tonight."

Among the victims was retired nurse Agnes Buchanan, 74, of Glasgow Road, who lost her late husband's woodworking tools.

"They were the last things of his in the house that he'd used every day," Mrs Buchanan said. "I don't care about the money. I'd just like them back."

Gow said officers had visited Mrs Buchanan twice and that ⟦flip:she|he⟧ had personally promised her every pawnbroker and second-hand dealer in Tayside would be checked.

Councillor Jean Stirling, who represents Perth City South, said residents were frightened. She called for more patrols and said she had written to the divisional commander.

"People are lying awake listening for noises in the garden," she said. "That's not how anyone should live."

Inspector Gow said two additional patrol cars had been assigned to the area overnight and that a community officer, PC Hannah Love, would hold drop-in sessions at the Letham community centre. He said PC Love would offer free shed alarms to the first 200 residents who asked.

Gow, who grew up in the Tulloch area, said ⟦flip:her|his⟧ own father had lost a set of golf clubs from his garage in the 1990s and never got them back.

"I know how it feels," he said. "It's an invasion, even if it's only a shed."

Neighbourhood watch coordinator Derek Fyfe said residents had shared doorbell camera footage showing two men in dark clothing loading a white van. He said the footage had been passed to police.

Asked whether the footage was useful, the inspector said ⟦flip:she|he⟧ could not comment on specific lines of inquiry. He thanked residents for their vigilance and asked them not to approach anyone they suspected.

"Phone us. Don't go out in your dressing gown with a torch," he said.

Anyone with information is asked to contact Police Scotland on 101.
"""),

dict(title="Munro returns to the Calton Playhouse in Ibsen revival", person="Eilidh Munro", gender="f", text="""
Eilidh Munro was twenty-two and terrified the last time she stood on the stage of Edinburgh's Calton Playhouse. Nineteen years later, the actress is back as Hedda Gabler, in a production that opens on Thursday.

"I played a maid with three lines in 2005 and I dropped a tray on the opening night," Munro said. "I've been trying to live it down ever since."

Director Paul Ogunleye, who cast Munro after seeing her in a Glasgow production of Medea, said she had a rare ability to make audiences sympathise with unsympathetic women.

"Hedda is cruel and bored and dangerous, and Eilidh somehow makes you want to sit beside her," he said. "I wrote to her agent the next morning."

Munro said she had hesitated before accepting, because the role has been played by so many famous actresses. ⟦flip:He|She⟧ said it was Ogunleye's decision to set the play in 1970s Edinburgh that persuaded ⟦flip:him|her⟧.

"Paul rang me and said, 'Imagine Hedda in a New Town flat with a Teasmade,'" she said. "I laughed, and then I couldn't stop thinking about it."

Opposite her, as the scholar Tesman, is Callum Reith, best known for his role in the BBC Scotland drama Harbour Lights. Reith said rehearsals had been "intense but joyful".

"Eilidh's very exacting," he said. "She'll ask the same question about a line five different ways until she gets an answer she believes. It makes you better."

The production also features Morag Sinclair as Aunt Julle, a role she first played at the same theatre in 1988.

Sinclair said she remembered the younger Munro well. "She was the girl who dropped the tray," she said. "And she was the girl who came back the next night and carried it perfectly. I told her then she'd be back."

Munro, who lives in Leith with her husband and two young daughters, said juggling rehearsals and the school run had been a challenge. ⟦flip:His|Her⟧ husband, a chef, had rearranged his shifts for the eight-week run.

"He's the real hero of this production," she said.

Ogunleye said he hoped the run would transfer to Glasgow in the autumn. "If Eilidh is willing, I'd take her anywhere," he said.

Hedda Gabler runs at the Calton Playhouse until 14 March.
"""),

dict(title="Gillies wins North of Scotland title with mother on the bag", person="Fraser Gillies", gender="m", text="""
Fraser Gillies had only one instruction for his caddie as he stood on the 18th tee at Culbin Links on Sunday with a one-shot lead: don't tell him the score.

The caddie, his mother Shona, obliged. Twenty minutes later, the 19-year-old from Forres holed a four-foot putt for par to win the North of Scotland Amateur Championship by a stroke from Elgin's Ross McAndrew.

"I genuinely didn't know until Mum started crying," Gillies said. "I thought I needed a birdie."

Shona Gillies, a former county player herself, has caddied for her son since he was twelve. She said she had kept quiet about the leaderboard all afternoon.

"He plays better when he doesn't know," she said. "I've learned that the hard way."

Gillies began the final round two shots behind McAndrew but made three birdies in the first five holes. ⟦flip:She|He⟧ dropped a shot at the 14th after finding a gorse bush, and McAndrew drew level with a birdie at the 16th.

McAndrew, 24, bogeyed the 17th after his approach ran through the green. He said he had no complaints.

"Fraser played the better golf. I made one bad swing at the wrong time," he said.

The women's title, played over the same weekend, was won by Kirsty Hay of Lossiemouth, who finished four shots clear of defending champion Anna Petrie. Hay said she had been inspired by watching the finish of the men's event from the clubhouse window.

"I've known Fraser since junior golf, and his mum is a legend," she said.

Gillies, who is studying sports science at the University of Stirling, said the win would strengthen ⟦flip:her|his⟧ case for selection to the Scottish national squad. National coach Iain Lennie, who watched the final round, said he would speak to the player this week.

"He has a great short game and a great temperament," Mr Lennie said. "The question is always whether a young player can do it week in, week out."

Asked whether his mother would stay on the bag if he turned professional, Gillies laughed. "She'd have to take a pay cut," ⟦flip:she|he⟧ said. "She's currently on nothing, so that would be tricky."

Shona Gillies said she would carry the bag for as long as she was asked. "When he doesn't want me any more, he'll tell me," she said. "He's never been shy."
"""),

dict(title="Coolabah mayor defends rates rise as budget passes", person="Deb Kearney", gender="f", text="""
Coolabah Shire Mayor Deb Kearney has defended a 6.2 per cent general rates increase, saying the council could not keep "patching roads with goodwill".

The budget passed 5-2 at a special meeting in Dalveen on Wednesday, with deputy mayor Gary Holt and Cr Brendan O'Sullivan voting against.

Cr Kearney, a cattle producer who was elected mayor in 2020, said flood damage to the shire's 2,400-kilometre road network had cost $11 million in the past two years, only part of which had been covered by disaster funding.

"Nobody on this council wants to put rates up," she said. "But the alternative is letting our roads fall apart, and the people who pay for that are the families driving kids to school on them."

Cr Holt said he accepted the roads needed money but argued the increase should have been phased over three years. He said pensioners in Dalveen were already struggling with power bills.

"I've had an eighty-year-old woman in tears at my front gate this week," Cr Holt said. "The mayor's heart is in the right place, but ⟦flip:his|her⟧ timing is wrong."

Kearney said pensioners would receive an increased concession of $250 a year, funded by a cut to the council's events budget. She said she had personally phoned the organisers of the Dalveen Show to explain the reduced sponsorship.

Show society president Noelene Fraser confirmed the call. "Deb rang me before it went public, which I appreciated," Mrs Fraser said. "We'll cope. We always do."

Cr O'Sullivan said he was concerned about the council's reliance on rates rather than lobbying the state government. "We should be in Brisbane knocking on doors," he said.

The mayor said ⟦flip:he|she⟧ had been to Brisbane four times this year and would go again in August with the shire's chief executive, Alison Baird. Ms Baird said the council had submitted a $20 million funding bid for the Dalveen-Mitchell road.

Local business owner Ross Kelly, who attended the meeting, said he supported the budget. "I run trucks on those roads. I'd rather pay a bit more than lose an axle," he said.

After the meeting, Kearney said she expected to hear complaints at her weekly street stall in the main street on Saturday. She said the stall had been ⟦flip:his|her⟧ idea when ⟦flip:he|she⟧ was first elected.

"If people are angry, I'd rather they told me to my face," she said.
"""),

dict(title="Thirty years at the helm: Angus Mair hands over the Portcraig lifeboat", person="Angus Mair", gender="m", text="""
Angus Mair was seventeen when his father first let him steer the family's creel boat out of Portcraig harbour. He was thirty-four when the lifeboat crew asked him to take the helm of something bigger.

This weekend, after thirty years as coxswain of the Portcraig lifeboat and more than 600 launches, Mr Mair, 64, will hand over to his deputy, Kirsteen Ross, the station's first female coxswain.

"Kirsteen's better than I ever was," Mair said, sitting in the station's crew room with a mug of tea. "She reads the sea like a book. I've been waiting for her to be ready, and she's been ready for about three years. I'm just slow to let go."

Ms Ross, a marine engineer who joined the crew at nineteen, laughed at the description. She said Mair was the most patient teacher she had ever had.

"You could be in a five-metre swell at midnight and ⟦flip:her|his⟧ voice on the radio would sound like he was ordering a fish supper," she said.

Mair's most famous rescue came in January 2003, when he took the lifeboat twelve miles offshore in a force ten gale to reach the trawler Morning Star, which had lost power with five men aboard. He was awarded a bronze medal for gallantry.

"People talk about the medal," Mair said. "I think about the skipper's wife, Elspeth, standing on the pier when we brought them in. That's what I remember."

Elspeth Duguid, now 71, said she still sends Mair a Christmas card every year. "He brought my husband home," she said. "You don't forget that."

Mair's wife, Rhona, said the pager had gone off during birthdays, anniversaries and at least four Christmas dinners.

"He'd be halfway out the door before it stopped beeping," she said. "I stopped setting ⟦flip:her|his⟧ place at the table in about 1995."

Station operations manager Bill Cargill said Mair would remain with the station as a volunteer shore helper. He said a ceremony would be held on Saturday, with crews from neighbouring stations expected to attend.

Mair said he had no intention of disappearing. "I'll be down here every day with my flask, telling Kirsteen what she's doing wrong," ⟦flip:she|he⟧ said. "And she'll ignore me, which is exactly right."

Asked what he would do with his spare time, Mair said he would take his grandson, Callum, fishing. "On a calm day," he added.
"""),
]
