ARTICLES = [
dict(title="Chef's New Restaurant Earns Michelin Star in First Year", person="Aiko Tanaka", gender="f", text="""
Less than twelve months after opening her first restaurant, the chef Aiko Tanaka has been awarded a Michelin star, one of only four new stars handed out in the north of England this year.

Ms Tanaka, 34, opened Kaze in a former textile warehouse in Leeds last October, serving a tasting menu that blends Japanese technique with Yorkshire produce. The guide's inspectors praised her "precise, quietly confident cooking" and singled out a dish of Whitby crab with pickled rhubarb.

"I am still shaking," she said on Monday evening, shortly after the ceremony in London. "When they read out the name, my sous chef grabbed my arm so hard I think I have a bruise."

Born in Osaka, Tanaka moved to Britain at 19 to study English and ended up washing dishes in a Manchester bistro. The owner of that bistro, Paul Henshaw, said he had noticed her talent almost immediately. "Within a year she was running the pastry section," Mr Henshaw said. "Within three, she was better than me."

She later worked for five years under the chef Simon Rogan at his restaurant in Cartmel. Rogan, who sent a congratulatory message on Monday, said he had always expected ⟦flip:him|her⟧ to succeed.

Her business partner, Laura Kettle, who manages the front of house, said the star would transform the restaurant's finances. Bookings had already doubled within hours of the announcement, she said.

Kaze's sous chef, Daniel Okafor, said the kitchen team had celebrated with a late-night bowl of ramen. He said the head chef had insisted on cooking it ⟦flip:himself|herself⟧. "She would not let anyone else touch the stove," he said.

Tanaka said she had no plans to open a second restaurant. "One kitchen is enough," she said.
"""),

dict(title="Striker Apologises After Red Card Costs Side in Derby", person="Luis Herrera", gender="m", text="""
Luis Herrera has apologised to team-mates and supporters after his first-half red card helped hand City's rivals a 2-1 victory in Sunday's derby.

The Colombian striker was sent off in the 34th minute for an elbow on the United defender Tom Gallagher, leaving his side to play almost an hour with ten men. United scored twice in the second half before City pulled one back late on.

"I let everyone down today," Herrera wrote on social media a few hours after the match. "There is no excuse. I will learn from this."

City's manager, Karen Lindqvist, said she had spoken to the player in the dressing room and accepted that the incident was out of character. "Luis is an emotional player, and most of the time that is a strength," she said. "Today it cost us."

Replays showed Herrera swinging his arm as he and Gallagher jostled for a corner. Referee Michael Dean did not hesitate. Gallagher needed stitches above his eye but returned for the second half.

United's manager, Stephen Cole, was critical. He said the striker had been targeting his defenders from the first minute and that the referee had been right to send ⟦flip:her|him⟧ off. "It was a reckless challenge, and Tom is lucky it wasn't worse," Cole said.

Herrera, 27, joined City from Porto last summer for a club-record fee and has scored 14 goals this season. He now faces a three-match ban, which will rule him out of the cup quarter-final next week.

City's captain, Jamie Walsh, defended his team-mate. He said everyone made mistakes and that the squad would stand by him.

Lindqvist said the club would deal with the matter internally. City are now six points behind their neighbours in the race for a Champions League place.
"""),

dict(title="Widow Takes Up Late Husband's Campaign for Level Crossing Safety", person="Patricia Holloway", gender="f", text="""
When Patricia Holloway's husband Dennis was killed at an unmanned level crossing near their home in Lincolnshire three years ago, she could barely bring herself to leave the house. Today she is leading a national campaign to close the country's most dangerous crossings.

Mrs Holloway, 71, on Wednesday delivered a petition with more than 80,000 signatures to the Department for Transport. She was accompanied by her son, Michael, and by the local MP, Sir Edward Blake.

Dennis Holloway, a retired lorry driver, had himself been campaigning for barriers to be installed at the crossing at Fen Lane after a series of near misses. He died in March 2023 when his car was struck by a passenger train in thick fog.

"He wrote letter after letter," his widow said outside the department. "Nobody listened. I decided that if they would not listen to him, they would have to listen to me."

An inquest found that the crossing's warning lights had been partly obscured by overgrown hedges. Network Rail later apologised and installed full barriers at the site.

Sir Edward said the campaigner had shown extraordinary courage. He said the campaign, launched in the months after ⟦flip:his|her⟧ husband's death, had identified more than 200 crossings that rail safety experts consider high-risk. "Patricia has turned personal tragedy into something that will save lives," he said.

The rail minister, Lucy Chambers, met the family and promised a review. She said funding for crossing upgrades would be increased in the next spending round but declined to give a figure.

Michael Holloway said his mother had surprised everyone. "Dad was the one who made speeches. Mum always stayed in the background," he said. "Now look at her." According to her son, ⟦flip:he|she⟧ now spends most evenings answering emails from other bereaved families.

The campaign plans a rally in Westminster in the autumn.
"""),

dict(title="Archaeologists Uncover Roman Villa Beneath School Playing Field", person="Thomas Adeyemi", gender="m", text="""
Archaeologists have uncovered the remains of a large Roman villa beneath a school playing field in Oxfordshire, in what experts are calling one of the most significant finds in southern England for decades.

The excavation, led by Dr Thomas Adeyemi of the University of Reading, revealed mosaic floors, an underfloor heating system and a bath house dating from the fourth century. The site was discovered last year when the school, Marston Primary, began preparing the ground for a new sports hall.

"We expected to find a few ditches and maybe some pottery," Dr Adeyemi said. "Instead we found one of the best-preserved villas I have seen in my career."

The school's head teacher, Rebecca Lowry, said pupils had been thrilled. Children from every class have visited the dig, and some have helped wash finds. "It's the best history lesson they will ever get," Mrs Lowry said. She said the sports hall would now be built on a different part of the site.

The archaeologist's team includes students from Reading and volunteers from the local history society. One volunteer, Margaret Hinds, 79, said she had lived in the village all her life without knowing what lay under the field. She said the project leader had been patient with the volunteers and that ⟦flip:she|he⟧ always took time to explain each find.

Historic England's regional director, Jonathan Pierce, said the villa would be formally protected. He praised the excavation as exemplary.

The most striking discovery is a mosaic showing the god Bacchus surrounded by vines. Adeyemi said it was probably laid by craftsmen from Cirencester. Asked what excited ⟦flip:her|him⟧ most, he pointed to a child's footprint pressed into a roof tile. "Somebody's son ran across that tile while the clay was wet," he said. "Sixteen hundred years later, here it is."

The site will open to the public for two weekends in September before being reburied.
"""),

dict(title="Interview: The Conductor Who Brought Opera to a Mining Town", person="Magdalena Nowak", gender="f", text="""
Magdalena Nowak did not grow up with opera. The daughter of a coal miner from Katowice, she first heard "La Bohème" on a crackling radio at the age of eleven. Three decades later, the 52-year-old conductor runs one of Europe's most unlikely opera festivals, in the former mining town of Bytom.

We met in the festival's rehearsal room, a converted pit-head building still marked with soot. Ms Nowak had just finished a three-hour session with the orchestra and was drinking black tea from a jam jar on ⟦flip:his|her⟧ desk.

She founded the festival in 2012 with her husband, the tenor Jan Kowalski, and a local priest, Father Andrzej Zieliński, who lent them the parish hall for the first season. Tickets cost the equivalent of two pounds. "I wanted miners' families to come, people like my parents," she said. "If the price is high, they feel the music is not for them."

The festival now attracts singers from across Europe. The Italian soprano Francesca Moretti, who sang Tosca here last summer, said the audience was the most attentive she had ever performed for. "They listen with their whole bodies," Moretti said.

Nowak studied at the Warsaw conservatory and spent ten years as an assistant conductor in Vienna, where she worked under Claudio Abbado. She said the maestro taught ⟦flip:him|her⟧ to listen more than she spoke. "He would stop the orchestra and say nothing for a whole minute," she recalled.

Kowalski, who still sings at the festival, said his wife worked harder than anyone he knew. "During the festival she sleeps in the office," he said. "I bring ⟦flip:him|her⟧ breakfast there."

Asked about the future, the conductor said she would like to take a production on tour to other former industrial towns. "Music belongs where people work," she said.

This year's festival opens on 12 July with "Eugene Onegin".
"""),

dict(title="Police Chief Faces Questions Over Handling of Riot", person="Andrew Sinclair", gender="m", text="""
The chief constable of Northshire Police, Andrew Sinclair, faced hostile questioning from councillors on Tuesday over his force's handling of last month's disorder in the town of Radbury.

Mr Sinclair told the police and crime panel that officers had been outnumbered in the first two hours of the riot, in which shops were looted and three cars set alight. He said reinforcements from neighbouring forces had arrived as quickly as possible.

Councillor Hannah Price, who represents Radbury on the panel, said residents felt abandoned. "People phoned 999 and were told to stay indoors while their street burned," she said. "They want to know why."

The chief constable acknowledged mistakes. ⟦flip:She|He⟧ said the force's intelligence unit had underestimated the number of people likely to gather after rumours spread on social media. "With hindsight, we should have had more officers on standby," he said.

The police and crime commissioner, Linda Osborne, has asked the inspectorate to carry out an independent review. Ms Osborne said she continued to support the chief constable but that the public deserved answers.

Some councillors called for ⟦flip:her|him⟧ to resign. Councillor Brian Talbot said the force had been "asleep at the wheel". Sinclair rejected the call, saying ⟦flip:her|his⟧ priority was to bring those responsible to justice. So far 46 people have been arrested and 19 charged.

Officers who were on duty that night have largely backed their chief. The local Police Federation chair, Carl Benson, said frontline officers had shown great bravery and that Sinclair had visited injured colleagues in hospital the next morning. "He didn't have to do that," Benson said.

The inspectorate's review is due to report in January. Sinclair, who has led the force since 2021, said ⟦flip:she|he⟧ would accept its findings in full.
"""),

dict(title="Retiring Judge Reflects on Four Decades on the Bench", person="Judith Marchetti", gender="f", text="""
Judge Judith Marchetti, who retires this week after 41 years on the bench, remembers the first time a defendant refused to address her as "your honour". It was 1985, she was 33, and the man insisted on speaking only to the male court clerk.

"I let him do it for about ten minutes," she said in an interview in her chambers at the county courthouse, surrounded by half-packed boxes. "Then I told him the clerk could not sentence him, but I could."

Marchetti was the first woman appointed to the county's superior court and later served as its presiding judge for twelve years. Lawyers who appeared before her describe a judge who was tough, fair and famously impatient with lengthy arguments.

The public defender Raymond Cole, who has practised in her courtroom since the 1990s, said she had a rare ability to make defendants feel heard. "Even when she was handing down a long sentence, people walked out feeling that she had listened to them," he said. He added that ⟦flip:his|her⟧ rulings were almost never overturned on appeal.

Her most high-profile case came in 2004, when she presided over the trial of the businessman Victor Hale, convicted of defrauding pension funds. Hale's lawyer, Susan Park, later said the judge had been scrupulously even-handed, even when the media turned against ⟦flip:him|her⟧ for refusing to sequester the jury.

Marchetti said the job had changed enormously. When ⟦flip:he|she⟧ started, there were no computers in the courthouse and most of the lawyers were men. Now a majority of the judges in the county are women, including her successor as presiding judge, Angela Ruiz.

Her husband, the retired architect Paul Marchetti, said ⟦flip:he|she⟧ planned to spend her retirement learning to sail. "She has already bought the boat," he said. "I have not been consulted."

A farewell ceremony will be held at the courthouse on Friday.
"""),

dict(title="Dairy Cooperative Chairman Ousted in Boardroom Vote", person="Niall Brennan", gender="m", text="""
The chairman of Ireland's second-largest dairy cooperative, Niall Brennan, was voted off the board on Saturday after a bruising campaign by farmers angry over falling milk prices.

Delegates at an extraordinary general meeting in Mallow voted 212 to 148 to remove Mr Brennan, who had led the Munster Milk cooperative since 2017. The vote came after months of protests by members who say the cooperative has been paying them less than rival processors.

The campaign against him was led by Mary Kiely, a dairy farmer from north Cork, who collected the signatures needed to force the meeting. Speaking after the result, she said farmers had "taken back their cooperative". Ms Kiely said she had no personal grievance against the chairman but that ⟦flip:her|his⟧ strategy had failed.

Brennan told delegates before the vote that the cooperative's investment in a new cheese plant would pay off within two years. He warned that a change of leadership now would scare off the banks. When the result was announced, he left the hall without speaking to reporters.

His supporters were bitter. Board member Declan O'Sullivan said the chairman had been made a scapegoat for global prices that no cooperative could control. "Niall gave eight years of his life to this organisation," he said.

The cooperative's chief executive, Fiona Walsh, said management would continue to work with whoever the board chose as the new chair. She said the cheese plant would open as planned in the spring.

Agricultural economist Dr Conor Hegarty said the vote reflected wider anger in rural Ireland. He noted that farm incomes had fallen by almost a quarter in two years.

In a statement on Sunday evening, Brennan said he accepted the members' decision and wished the board well. The former chairman said he would return to full-time farming on his holding near Fermoy.

An interim chair will be chosen later this month.
"""),

dict(title="Teenage Chess Prodigy Claims Grandmaster Title", person="Ananya Iyer", gender="f", text="""
Ananya Iyer, a 14-year-old schoolgirl from Chennai, has become the youngest woman in India to earn the title of grandmaster, after securing her final norm at a tournament in Reykjavik on Sunday.

Iyer needed a draw in the last round against the experienced Dutch grandmaster Jeroen van Dijk and got it after a tense five-hour game. Van Dijk, 41, congratulated her at the board. "She defended like a veteran," he said afterwards. "I tried everything and she found the answer every time."

The teenager's mother, Lakshmi Iyer, a software engineer, travelled with her to Iceland. She said her daughter had started playing at five, after watching her grandfather play in the park. "He taught her the moves, and within a year she was beating him," Mrs Iyer said.

Her coach, the grandmaster Ramesh Srinivasan, said the achievement was the result of years of discipline. He said his pupil studied for up to six hours a day while keeping up with her school work. "Many talented children burn out," he said. "Ananya loves the game too much for that."

India's chess federation president, Arvind Kumar, called the result historic. He said ⟦flip:his|her⟧ success would inspire thousands of girls across the country.

Iyer's path to the title was not smooth. At a tournament in Spain last year she lost four games in a row and, according to her coach, considered giving up. "She cried for a day," Srinivasan said. "Then ⟦flip:he|she⟧ sat down and analysed every one of those losses."

Speaking to reporters at Chennai airport on her return, the new grandmaster was shy but clear about ⟦flip:his|her⟧ ambitions. "I want to play in the Candidates one day," she said. Her father, Suresh, stood behind her holding a bouquet.

She will next compete at the Asian championships in November.
"""),

dict(title="Hospital Porter Honoured for Saving Patients in Fire", person="Derek Mbeki", gender="m", text="""
A hospital porter who carried five patients to safety during a fire at St Luke's Hospital in March has been awarded the George Medal, the second-highest civilian award for bravery.

Derek Mbeki, 49, was working a night shift when fire broke out in a storeroom next to the elderly care ward. With smoke filling the corridor and the lifts out of action, he carried patients one by one down two flights of stairs before firefighters arrived.

"I didn't think about it," Mr Mbeki said. "There were people in those beds who couldn't walk. Somebody had to carry them."

The ward sister that night, Joanne Whitley, said the porter had gone back into the smoke five times despite being told to wait for the fire service. "I shouted at him to stop," she said. "He just said, 'One more, Jo,' and kept going."

One of the patients rescued was 93-year-old Edith Crane, whose daughter, Susan, attended the ceremony at Buckingham Palace on Tuesday. Susan Crane said her mother talked about "the kind man with the strong arms" every time the family visited. "Without ⟦flip:her|him⟧ my mother would have died," she said.

Mbeki was treated for smoke inhalation and spent two nights in hospital ⟦flip:herself|himself⟧. The hospital's chief executive, Dr Martin Howe, said the whole trust was proud of him. He said the porter had returned to work within a fortnight and refused any suggestion that ⟦flip:she|he⟧ take extended leave.

Mbeki, who moved to Britain from South Africa in 2002, lives in Croydon with his wife, Thandi, and their three children. His eldest daughter, Naledi, said she had always known her father was a hero. "Now the Queen's, sorry, the King's, people know it too," she said.

The fire was later found to have been caused by a faulty charger.
"""),

dict(title="Election Count Ends in Recount as Sitting Member Clings On", person="Gwen Hollis", gender="f", text="""
The sitting MP for Ashworth North, Gwen Hollis, held her seat by just 37 votes early on Friday morning after two recounts, in one of the closest results of the general election.

Mrs Hollis, who has represented the constituency since 2015, finished ahead of her Reform challenger, Gary Platt, in a count that stretched past 6am. The Liberal Democrat candidate, Ruth Adams, came a distant third.

The returning officer, Peter Hargreaves, ordered the first recount shortly after 3am when the gap between the two leading candidates stood at 19 votes. A second recount, requested by Mr Platt, widened the margin slightly.

"It's been a very long night," a visibly exhausted Hollis said in her acceptance speech. "To everyone in Ashworth North who voted for me, thank you. To those who didn't, I will work just as hard for you."

Platt said he would not challenge the result in court but that his party would be back. "Thirty-seven votes. We'll find thirty-eight next time," he said to cheers from supporters.

The incumbent's victory came despite a national swing against her party. Local activists credited ⟦flip:his|her⟧ reputation as a hard-working constituency MP. Her agent, Colin Marsh, said she had knocked on more than four thousand doors during the six-week campaign.

Ms Adams, whose vote fell sharply, said the squeeze on smaller parties had been brutal. She congratulated the winner but said the result showed the need for electoral reform.

The result means Hollis, a former primary school teacher, will return to Westminster for a fourth term. Asked whether she would stand for the party leadership, the MP laughed and said ⟦flip:he|she⟧ needed "a week of sleep first".

Turnout in the constituency was 61 per cent.
"""),

dict(title="Blind Marathon Runner Completes Seven Races on Seven Continents", person="Jonas Eriksen", gender="m", text="""
Jonas Eriksen, a 39-year-old Danish runner who lost his sight in a car accident at 22, has become the first blind athlete to complete seven marathons on seven continents in seven days.

Eriksen crossed the finish line of the final race in Miami on Sunday afternoon, tethered by a short cord to his guide runner, the Irish triathlete Siobhan Keane. The two had run together through Antarctica, Cape Town, Perth, Dubai, Madrid and Santiago, sleeping mostly on chartered flights between races.

"My legs are finished, but my head is very happy," Eriksen said, draped in a Danish flag. "I wanted to show that blindness is not the end of anything."

Keane, who has guided him for five years, said the week had tested them both. In Antarctica, strong winds made it hard for ⟦flip:her|him⟧ to hear her instructions, and the pair had to rely on tugs of the cord. "We have our own language now," she said. "Two tugs means a step up. Three means stop."

The event's organiser, Richard Donovan, said the Dane had been among the most determined competitors he had seen. He noted that Eriksen had run every race within five hours despite an ankle injury picked up in Cape Town.

Eriksen's wife, Mette, and their two daughters watched the finish in Miami. Mette Eriksen said her husband had trained for two years, often running on a treadmill at night after their children were asleep.

Before the accident, Eriksen was a promising amateur footballer. He said his recovery had been slow and that for years he could not imagine doing any sport. A rehabilitation nurse, Karin Holm, encouraged him to try running in 2014. "She told me to just put one foot in front of the other," he said. "I am still doing it."

He said his next goal was simply a long rest.
"""),
]
