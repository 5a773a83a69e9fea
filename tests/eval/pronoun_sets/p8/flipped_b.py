ARTICLES = [
dict(title="Chief constable Rebecca Thornton resigns over stop-and-search report",
person="Rebecca Thornton", gender="f", text="""
The chief constable of Westmorland Police, Rebecca Thornton, resigned on Friday, three weeks after a report accused her force of using stop-and-search powers disproportionately against young black men.

Ms. Thornton, 54, who has led the force since 2019, said in a statement that she had decided to step aside so that "the work of rebuilding trust can begin without distraction". She said she accepted the report's findings in full and apologised to the communities affected.

The report, written by the independent inspector Alan Reeves, found that black people in the county were seven times more likely than white people to be stopped and searched, and that fewer than one in ten searches led to an arrest. Mr. Reeves said officers had been set informal targets, a practice he described as "indefensible". He did not call for Thornton's resignation but said leadership "must be held to account".

The county's police and crime commissioner, Diane Hollis, said she had accepted the resignation with regret. She praised the chief constable for ⟦flip:his|her⟧ work on domestic abuse, which saw the force rated outstanding in that area two years ago, but said the report had made her position "untenable".

Deputy Chief Constable Paul Garcia will lead the force until a permanent replacement is found. He said he would publish a plan within 30 days to end the use of targets and introduce body-worn cameras for all searches.

Tanya Brooks, who founded the campaign group Stop Watch Kendal after her teenage son was searched four times in a month, said the resignation was "a start, not an end". "One person going doesn't change a culture," she said. "I want to see what Mr. Garcia does next."

Thornton joined the police as a constable in Manchester in 1991 and rose through the ranks in Lancashire before moving to Westmorland. Colleagues describe ⟦flip:him|her⟧ as a reformer who pushed for more women and ethnic minority officers in senior roles. She was also the force's first female chief.

The Police Federation, which represents rank-and-file officers, said its members had been "let down by leadership" but did not comment on Thornton directly. Its chairman, Keith Lowe, said officers had followed instructions they believed were lawful.

Thornton is expected to leave the force at the end of the month. Friends said ⟦flip:he|she⟧ had no immediate plans.
"""),

dict(title="Judge jails care worker who stole from elderly clients",
person="Nathan Whitlock", gender="m", text="""
A care worker who stole more than 48,000 pounds from five elderly clients in Bristol has been jailed for three and a half years.

Stacey Rowe, 39, of Kingswood, pleaded guilty at Bristol Crown Court to fraud and theft after using her clients' bank cards to pay for holidays, clothing and a car. The thefts took place over two years while she worked for a home care agency.

Sentencing her on Thursday, Judge Nathan Whitlock said Rowe had "exploited the very people she was paid to protect". He said the victims, who were aged between 78 and 93, had trusted her with their homes and their money. "You saw them not as people in your care but as a source of income," the judge told her.

Rowe's barrister, Amelia Shah, said her client had run up gambling debts after the breakdown of her marriage and had been "desperate rather than calculating". Ms. Shah said Rowe had begun repaying the money and asked the court to suspend the sentence. Whitlock rejected the request, saying ⟦flip:she|he⟧ had to consider the impact on the victims.

One of them, 91-year-old Dorothy Price, said in a statement read to the court that she no longer felt safe in her own home. Her son, Michael Price, said outside court that his mother had stopped answering the door. "She was independent and proud," he said. "That's been taken from her."

The prosecutor, Gareth Lloyd, told the court that Rowe had been caught when a bank flagged unusual transactions on the account of a 93-year-old man who had not left his house in months. His daughter, Karen Hughes, alerted police.

The agency that employed Rowe, Brightside Care, said it had tightened its procedures. Its managing director, Julie Warren, said staff were no longer allowed to handle clients' bank cards under any circumstances.

The judge, who has sat at Bristol Crown Court since 2014, also made a confiscation order. In remarks at the end of the hearing, Judge Whitlock said ⟦flip:her|his⟧ court saw too many cases of this kind. He urged families to check the accounts of elderly relatives regularly.

Rowe showed no emotion as she was led from the dock.
"""),

dict(title="Battery start-up Voltaic raises $90 million to build first factory",
person="Mei Lin Zhao", gender="f", text="""
Voltaic, a San Jose start-up developing batteries made from sodium rather than lithium, has raised $90 million from investors to build its first factory, the company said on Tuesday.

The company was founded in 2020 by Mei Lin Zhao, a materials scientist who previously worked on battery chemistry at Stanford University, and Oliver Reed, a former Tesla engineer. Dr. Zhao, 36, is the company's chief executive; Mr. Reed is chief technology officer.

The funding round was led by Northgate Ventures, with participation from a Japanese carmaker that declined to be named. David Park, a partner at Northgate who will join Voltaic's board, said he had been impressed by the company's progress in extending battery life. "Mei Lin's team has solved problems that people told her were unsolvable," Mr. Park said.

Sodium is far cheaper and more abundant than lithium, but sodium-ion batteries have historically stored less energy and degraded faster. Zhao said Voltaic's cells now last more than 4,000 charging cycles, roughly comparable to the lithium iron phosphate batteries used in many electric cars. She said the company would focus first on storage for solar farms, where weight matters less than cost.

Reed said the factory, planned for a site near Reno, Nevada, would employ about 300 people when it opens in 2026. He said he and Zhao had visited 11 states before choosing Nevada, partly because of its tax incentives.

Zhao grew up in Chengdu and came to the United States at 18 to study chemistry at the University of Michigan. Her former doctoral adviser at Stanford, Professor Janet Collins, said ⟦flip:he|she⟧ had been "relentless in the lab, in the best way". Professor Collins said she was not surprised that her former student had started a company.

Not all analysts are convinced that sodium batteries will compete with lithium as prices of the older technology fall. Sarah Klein, an energy analyst at BloombergNEF, said Voltaic would need to reach large-scale production quickly to stay ahead of rivals in China.

Zhao acknowledged the challenge. Speaking by video from the company's laboratory, the chief executive said ⟦flip:his|her⟧ biggest worry was not the technology but hiring enough skilled workers. "We can design the battery," she said. "Building it by the million is a different sport."
"""),

dict(title="Walter Brennan, senator who championed rural broadband, dies at 82",
person="Walter Brennan", gender="m", text="""
Walter Brennan, who represented Montana in the United States Senate for 18 years and spent much of that time pushing to bring high-speed internet to rural America, died on Saturday in Missoula. He was 82.

His wife, Patricia, said he died of complications from Parkinson's disease.

A Democrat in a state that increasingly voted Republican, Mr. Brennan won three Senate elections by cultivating a reputation as a practical, plain-spoken rancher who distrusted ideology. He voted against his party often enough to irritate its leaders, and with it often enough to keep their support.

Born in 1942 on a cattle ranch near Lewistown, the eldest of five children, Brennan served in the Army in Germany before returning to run the family ranch. He entered politics in 1974, winning a seat in the state legislature, and spent two terms as state auditor before ⟦flip:her|his⟧ election to the Senate in 1996.

His signature achievement was a 2008 law that created a federal fund to subsidise broadband in sparsely populated areas. Diane Foley, who succeeded him in the Senate, said on Sunday that "millions of rural families are online because Walt refused to let the issue die." She recalled that ⟦flip:she|he⟧ once brought a dial-up modem to a committee hearing and made senators listen to it connect.

Brennan was also known for his friendships across the aisle. He fished each summer with the Republican senator Conrad Hale of Wyoming, who said in a statement that Brennan was "the most honest man I served with".

After leaving the Senate in 2014, he returned to the ranch, which is now run by his son, Michael. His daughter, Anne Brennan, is a state judge in Helena. She said her father had spent his last years writing letters to newspapers about water rights and "complaining that nobody wrote letters anymore".

In addition to his wife, son and daughter, Brennan is survived by eight grandchildren and two sisters, Margaret Doyle and Ruth Brennan.

Patricia Brennan, whom he married in 1965, said her husband had asked that ⟦flip:her|his⟧ funeral be held in the Lewistown high school gym, where he had announced ⟦flip:her|his⟧ first campaign. "He said that's where the voters were," she said.
"""),

dict(title="Yusuf breaks course record to win Berlin Marathon",
person="Amina Yusuf", gender="f", text="""
Amina Yusuf of Ethiopia broke the women's course record at the Berlin Marathon on Sunday, finishing in 2 hours 14 minutes 38 seconds to claim the biggest win of her career.

The 27-year-old pulled away from the Kenyan Grace Chepkoech after 35 kilometres and ran the final stretch through the Brandenburg Gate alone, almost a minute clear. Chepkoech finished second in 2:15:31, with Germany's Laura Hofmann third.

Yusuf, who is coached by her husband, the former 10,000-metre runner Ibrahim Tesfaye, said the pair had planned to attack the record only if conditions were perfect. "At the start it was cool and there was no wind," she said. "Ibrahim told me this was the day."

Tesfaye said his wife had trained at altitude in Bekoji for four months and had run more than 200 kilometres a week in the build-up. "She is the hardest worker I have ever seen, and I have trained with some great athletes," he said. "When ⟦flip:he|she⟧ is tired, she runs another ten kilometres."

In the men's race, Kenya's Daniel Kiprop won in 2:03:55, edging his compatriot Josphat Rono by four seconds in a sprint finish. Kiprop said he had not expected to win after a hamstring injury in the spring.

Chepkoech, the Olympic silver medallist, said she had felt strong until the halfway mark but could not respond when Yusuf accelerated. "She was too good today," she said. "I will come back next year."

Yusuf grew up in a farming family in the Arsi region and began running at school, covering eight kilometres each way to class. She was spotted by a local coach at 15 and ran her first marathon at 21. The Ethiopian has since won in Dubai, Rotterdam and Chicago, but said Berlin meant the most to ⟦flip:him|her⟧ because ⟦flip:his|her⟧ late mother had watched the race on television every year.

Race director Mark Schulze said the record would bring a bonus of 50,000 euros on top of the winner's prize of 40,000 euros. He said the women's race had been "the best in our history".
"""),

dict(title="Leo Fairbanks to return to the stage in new Death of a Salesman",
person="Leo Fairbanks", gender="m", text="""
Leo Fairbanks, the actor best known for eight seasons as a small-town sheriff in the television drama "Cold Creek", will play Willy Loman in a new production of Arthur Miller's "Death of a Salesman" at the Old Vic in London next spring.

It will be his first stage role in more than a decade. Fairbanks, 58, trained at the Bristol Old Vic Theatre School and spent his twenties in repertory theatre before moving to Los Angeles.

The production will be directed by Clara Benn, whose revival of "A View from the Bridge" transferred to Broadway last year. Ms. Benn said she had wanted to work with Fairbanks since seeing him play Iago in Sheffield in 2009. "He has that rare thing, a stillness that makes you lean in," she said. "I wrote to ⟦flip:her|him⟧ the week I got the rights."

Nina Patel will play Linda Loman, Willy's wife. Patel, who won an Olivier award in 2021 for her performance in "The Glass Menagerie", said she and Fairbanks had met only once, at a charity dinner, but had spent two hours arguing about Miller. "I think that counts as a rehearsal," she said.

In an interview, Fairbanks said the role had frightened him for years. His father, a travelling salesman in the West Midlands, died when the actor was 19, and ⟦flip:she|he⟧ said he had always avoided the play for that reason. "I read it at drama school and had to put it down," he said. "Now I think I'm old enough to pick it up again."

The Old Vic's artistic director, Martin Shaw, said advance ticket sales had been the strongest in the theatre's recent history. He said the production would run for 14 weeks, with a possible transfer to New York.

Fairbanks lives in Somerset with his wife, the painter Ruth Okoro, and their two teenage daughters. He said ⟦flip:her|his⟧ family had encouraged him to take the part. "My younger daughter said, 'Dad, you've been a sheriff long enough,'" he said.

Rehearsals begin in January, and tickets for the first month of performances have already sold out.
"""),

dict(title="Space station crew returns safely after six months in orbit",
person="Julia Reyes", gender="f", text="""
Three astronauts returned to Earth on Wednesday after six months aboard the International Space Station, landing on the steppe of Kazakhstan shortly after dawn local time.

The crew was led by Commander Julia Reyes of NASA, a former Navy helicopter pilot on her second long-duration mission, with the Russian cosmonaut Viktor Sokolov and the Japanese astronaut Kenji Tanaka. Their Soyuz capsule touched down under parachutes at 6:12 a.m., about 150 kilometres southeast of the town of Zhezkazgan.

Recovery teams helped the three out of the capsule and into reclining chairs, a standard procedure as astronauts readjust to gravity. Sokolov, who was on his fourth flight, was first out of the hatch; Tanaka followed, then the commander, who by tradition leaves last. Reyes smiled and gave a thumbs-up to the cameras.

During the mission the crew carried out more than 200 experiments, including studies of muscle loss and the growth of crops in microgravity. Reyes also conducted two spacewalks to replace a faulty power unit on the station's truss. NASA's lead flight director for the mission, Karen Whitaker, said the commander had handled an ammonia leak in March "with total calm". "Julia made the decision to isolate the loop within minutes, and ⟦flip:he|she⟧ was right," Ms. Whitaker said.

Tanaka said on the flight home that he had enjoyed teaching his crewmates to cook Japanese curry with the station's limited ingredients. Sokolov, asked what he missed most, said "rain".

Reyes grew up in El Paso, Texas, the daughter of a mechanic and a nurse, and joined NASA in 2013. Her husband, Daniel, and their two children watched the landing from mission control in Houston. Before the launch last spring, the astronaut said ⟦flip:his|her⟧ son had asked her to bring back "a piece of space".

The three will fly to Houston and Moscow on Thursday for medical checks and several weeks of rehabilitation. NASA said all were in good health.

Reyes, 46, has now spent a total of 371 days in space. Asked during the station's final broadcast whether she would fly again, the commander said she hoped so. "Ask me when I can walk in a straight line," she said.
"""),

dict(title="Village headteacher retires after 31 years at St Mary's",
person="Graham Ellis", gender="m", text="""
Pupils, parents and former students lined the playground of St Mary's Primary School in Ashby on Friday to say goodbye to Graham Ellis, who is retiring after 31 years at the school, the last 19 of them as headteacher.

Mr. Ellis, 63, joined St Mary's as a newly qualified teacher in 1993, when it had 87 pupils. It now has more than 300 and was rated outstanding by inspectors in its last two reports.

His deputy, Fiona Carr, who will take over as headteacher in September, said Mr. Ellis knew the name of every child in the school and most of their grandparents. "He taught half the parents here," Mrs. Carr said. "Some of them still call ⟦flip:her|him⟧ sir."

Among those at the farewell assembly was Emily Shaw, 34, who was in Mr. Ellis's first class and now teaches at the school herself. She said he had been the reason she went into teaching. "He made you feel like your ideas mattered, even when you were seven and your ideas were about dinosaurs," she said.

The headteacher was presented with a bench, paid for by parents, which will be installed beside the school pond he dug with pupils in 2001. Ten-year-old Oscar Bennett, the head boy, read a poem he had written, and the school choir sang a song composed for the occasion.

Ellis said he had been "completely ambushed". In a short speech, he thanked his wife, Susan, a retired nurse, for putting up with "three decades of marking at the kitchen table". He also paid tribute to Margaret Dunn, the school secretary who retired in 2015 and who, ⟦flip:she|he⟧ said, had really run the school.

The chair of governors, Peter Walsh, said Mr. Ellis had steered the school through two expansions and a pandemic without losing its character. "He never forgot that it's a village school," he said.

Ellis said he planned to spend his retirement walking, gardening and learning to play the cello, and promised not to become one of "those former heads who keep turning up". He admitted, however, that he might volunteer to help with the school allotment.
"""),

dict(title="Vance wins party leadership with promise to rebuild from the towns",
person="Harriet Vance", gender="f", text="""
Harriet Vance was elected leader of the Liberal Democrats on Saturday, defeating her rival, Colin Shaw, by 58 per cent to 42 per cent in a ballot of party members.

Ms. Vance, 49, the MP for Taunton Deane and the party's former health spokeswoman, becomes the third woman to lead the party. In a victory speech in Birmingham, she promised to rebuild support in the market towns and suburbs where the party lost ground at the last election. "We do not win by shouting louder in the cities," she said. "We win by turning up in the places everyone else has forgotten."

Mr. Shaw, who had campaigned on a more centralised approach to policy-making, congratulated his opponent and said he would serve in her shadow team if asked. "Harriet ran a better campaign, and she deserves the party's full support," he said.

Turnout was 61 per cent, according to the party's returning officer, Margaret Hughes.

Vance, a former GP, entered Parliament in 2017. She has been credited with a campaign that forced the government to publish waiting-time figures for mental health services. Her supporters include the former party leader Sir Nicholas Ford, who said on Saturday that she combined "a doctor's patience with a campaigner's stubbornness".

The new leader faces an immediate challenge over the party's finances. The party treasurer, Robert Ince, told members last month that donations had fallen by a third since the election. Vance said she would publish a recovery plan within three months.

Political opponents were quick to respond. A Conservative spokesman said the election of "another London-focused leader" would change nothing, although Vance represents a Somerset seat and lives there with her husband and three children.

Analysts said the scale of the victory gave Vance room to reshape the party's policy platform. Professor Anita Desai of the University of Nottingham said the new leader's medical background would play well with voters worried about the health service. Desai said ⟦flip:he|she⟧ was likely to put the NHS at the centre of ⟦flip:his|her⟧ first conference speech in September.
"""),

dict(title="Daniel Moreau, the architect who wants his buildings taken apart",
person="Daniel Moreau", gender="m", text="""
Most architects hope their buildings will last forever. Daniel Moreau would prefer his to come apart neatly.

The 52-year-old French architect, whose studio in Lyon has become one of Europe's best-known advocates of "design for disassembly", has just completed a six-storey office building in Rotterdam whose every beam, panel and window is bolted rather than glued or welded, so that it can be dismantled and reused.

"Concrete and glue are a kind of arrogance," Moreau said during a tour of the building last week. "They assume we know what the city will need in 80 years. We do not."

The Rotterdam project, commissioned by the housing association Woonstad, was led on the Dutch side by the engineer Anke de Vries, who said the design had forced contractors to rethink almost every stage of construction. "For the first month they thought we were mad," Ms. de Vries said. "By the end they were proposing improvements." She said Moreau had spent more time on site than any architect she had worked with, and that ⟦flip:she|he⟧ knew most of the builders by name.

Moreau grew up in Saint-Etienne, the son of a steelworker, and says his interest in reuse comes from watching his father salvage parts from closed factories. After studying in Paris and working for Renzo Piano, he founded his own practice in 2004 with his partner, the landscape architect Elodie Marchand. The couple still share an office; Marchand designs the gardens and green roofs for most of the studio's projects.

Not all critics are persuaded. Writing in the Architectural Review, Hannah Lowe argued that the Rotterdam building was "honest but joyless", more admirable than lovable. Moreau said he had read the review twice and thought ⟦flip:she|he⟧ had learned something from it. "She is right that we must also make people happy," he said. "A building nobody loves will be demolished, bolts or not."

The studio is now working on a school in Grenoble and a library in Ghent. The architect said ⟦flip:her|his⟧ ambition was for one of his buildings to be taken down and rebuilt somewhere else within ⟦flip:her|his⟧ lifetime.

"Then I will know it works," he said.
"""),

dict(title="Actress Sarah Whitcombe wins privacy case against tabloid",
person="Sarah Whitcombe", gender="f", text="""
The actress Sarah Whitcombe has won her privacy claim against the publisher of the Daily Courier, with a High Court judge ruling that the newspaper had no public interest justification for publishing details of her medical treatment.

Mr. Justice Harland awarded Ms. Whitcombe 85,000 pounds in damages on Wednesday and ordered the publisher, Courier Media Group, to pay her legal costs, estimated at more than 1 million pounds.

The Courier published a series of articles in 2022 reporting that the actress, 41, had been treated for an eating disorder at a private clinic in Surrey. Her lawyers argued that the information could only have come from someone at the clinic or from unlawful access to her records. The newspaper said its information had come from a source close to the actress and that she had previously spoken publicly about her health.

In his judgment, the judge said that Whitcombe's earlier interviews, in which she discussed anxiety, did not mean she had given up her right to privacy over "the most intimate details of her medical care". He said the Courier's reporting had been "intrusive, hurtful and entirely unnecessary".

Whitcombe, who starred in the BBC drama "The Lighthouse Keepers" and won a Bafta in 2019, did not attend the hearing. In a statement read outside court by her solicitor, Jonathan Ames, she said she had brought the case "for everyone who has been treated as a story rather than a person". Mr. Ames said his client was relieved that the case was over and that ⟦flip:he|she⟧ hoped to return to work soon.

The Courier's editor, Fiona Marsh, said the paper was disappointed and was considering an appeal. She said the articles had been "sensitive and sympathetic" and had encouraged readers to seek help.

Campaigners for press regulation welcomed the ruling. Emma Clarke of the group Hacked Off said it sent a clear signal to newspapers. A spokesman for the Society of Editors, however, warned that it could make reporting on public figures harder.

Whitcombe's co-star in "The Lighthouse Keepers", Ben Haddad, said he was proud of her. "I've watched ⟦flip:him|her⟧ fight this for two years," he wrote on social media.
"""),

dict(title="Donegal fisherman rescues four from capsized yacht",
person="Sean Doherty", gender="m", text="""
A Donegal fisherman has been praised by the coastguard after he rescued four people from the water when their yacht capsized in heavy seas off Arranmore Island on Sunday afternoon.

Sean Doherty, 56, was returning to Burtonport with his son, Ciaran, aboard their trawler, the Star of the Sea, when they saw a flare about two miles to the north-west. Mr. Doherty said he turned the boat towards the flare without thinking. "When you see that at sea, you go," he said. "Somebody would do the same for me."

The yacht, a 34-foot sloop sailing from Scotland to Galway, had been knocked flat by a wave and was taking on water. Its crew, two couples from Glasgow, were clinging to the hull. Doherty and his son pulled all four aboard using a boarding net and a rope ladder.

One of the sailors, Fiona McLeod, said she had been in the water for about 20 minutes and could no longer feel her hands. "I remember seeing the trawler and thinking we were going to be all right," she said. Her husband, Alan, said the fisherman had given them dry clothes and hot tea for the journey back to port.

Maeve Byrne, the watch officer at the Malin Head coastguard station, said the rescue had been carried out "with remarkable skill" in a swell of more than four metres. She said the coastguard helicopter had been about 25 minutes away when Doherty reached the yacht, and that ⟦flip:her|his⟧ decision to act had almost certainly saved lives.

The four sailors were checked by paramedics in Burtonport and released. The yacht sank shortly after the rescue.

Ciaran Doherty, 24, said his father had been fishing out of Burtonport since he was 14 and knew the waters "better than anyone alive". Asked whether his father would accept an award, he laughed. "You'd have a job getting him into a suit," he said.

The RNLI's local operations manager, Grainne Boyle, said she would be writing to the Doherty family to thank them. The skipper, for ⟦flip:her|his⟧ part, said he just wanted to get back to work.
"""),
]
