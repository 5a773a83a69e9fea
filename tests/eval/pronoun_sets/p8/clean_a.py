ARTICLES = [
dict(title="Q&A: Glaciologist Ruth Okonkwo on leaving the ice for the classroom", text="""
Ruth Okonkwo spent two decades measuring the retreat of Greenland's glaciers, first as a doctoral student in Copenhagen and later as head of a research group at the University of Leeds. Last year she left her post to teach physics at a comprehensive school in Bradford. She spoke to our science editor, Michael Hart. The interview has been edited for length.

Q: Why leave a successful research career?

A: Because I realised that the most useful thing I could do was not to publish another paper. My colleague James Whitmore, who ran the ice-core lab next door, said I was mad. He may be right. But I kept meeting teenagers who had never been told that they could be scientists.

Q: Was there a moment when you decided?

A: My daughter, Adaeze, was doing her GCSEs, and her physics teacher left halfway through the year. The school couldn't replace him. For six months her class was taught by supply teachers. I thought, I have a PhD in physics and I'm sitting in an office writing grant applications.

Q: What did your family think?

A: My husband, Tunde, was supportive, though he did point out that I would be earning about half as much. My mother was horrified. She had worked very hard to see me become Dr. Okonkwo, and now I was going to be Mrs. Okonkwo, the physics teacher.

Q: Do you miss Greenland?

A: Every summer. My former student Lena Sorensen now leads the fieldwork, and she sends me photographs from the camp. I tell myself that she is doing it better than I did.

Q: How do your pupils react when you tell them about the ice?

A: They are fascinated, and a bit frightened. One boy asked whether his house would be underwater. I told him the truth, which is that it depends on what his generation decides to do. That is a heavy thing to put on a fifteen-year-old, but they can handle more than we think.

Q: Has anyone followed your example?

A: A former colleague, Dr. Simon Bale, has started volunteering in a primary school on Fridays. He says the children ask harder questions than his reviewers did.

Q: Would you go back to research?

A: Perhaps one day. But right now I think the best science I can do is in room 14.
"""),

dict(title="Couple's sourdough bakery marks ten years on the high street", text="""
When Tom and Abby Lawson opened a small sourdough bakery on Bridge Street in Hexham in 2014, friends gave it a year. This weekend Crumb and Co celebrates its tenth birthday with free bread for anyone who turns up with a baking tin.

The couple met at catering college in Newcastle and worked in hotel kitchens for 15 years before deciding to go it alone. Mr. Lawson, 52, bakes; Mrs. Lawson, 50, runs the shop, the accounts and, by her own account, her husband. "We argued about the name for a month," she said. "He wanted something French." Her husband laughed. "She won," he said. "She usually does."

The early years were hard. Mr. Lawson started work at 3 a.m. six days a week, and for the first two years neither of them took a salary. Mrs. Lawson said there were nights when she sat at the kitchen table with a calculator and wondered whether they had made a terrible mistake.

Things turned around in 2017, when a food writer for a national newspaper, Hannah Greig, stumbled on the shop while walking Hadrian's Wall and described its seeded rye as "the best loaf in the North". Queues formed the following weekend and have rarely disappeared since.

The bakery now employs nine people, including the couple's son, Jack, 24, who trained as a pastry chef in Lyon. He has added croissants and a cardamom bun to the menu, and his mother says the buns now outsell everything else. "He's better than his dad at laminating," she said. "Don't print that." His father, standing nearby, said he had already heard it.

Regular customer Doreen Riley, 81, who has bought a white bloomer every Saturday since the shop opened, said the Lawsons had become part of the town. "They know everybody's order and everybody's business," she said. "But they're kind with it."

Asked about the next ten years, Mrs. Lawson said they had no plans to expand. "One shop is enough to worry about," she said. Her husband nodded. "And I'd like a lie-in before I'm sixty," he said.
"""),

dict(title="Navy's newest patrol ship HMS Tern launched on the Clyde", text="""
The Royal Navy's newest offshore patrol vessel, HMS Tern, was launched at the Govan shipyard in Glasgow on Thursday, watched by several hundred shipyard workers and their families.

The 90-metre ship slid into the Clyde shortly after noon after being named by her sponsor, Lady Alison Kerr, who broke a bottle of Scotch whisky against the bow. "May God bless her and all who sail in her," Lady Kerr said, using the traditional words. Her late husband, Admiral Sir Iain Kerr, commanded the previous ship to bear the name.

Tern is the third of five patrol ships ordered in 2021 and will be based in Portsmouth, although she is expected to spend much of her first deployment in the Caribbean, supporting counter-narcotics operations and disaster relief during the hurricane season.

Her first commanding officer, Commander Rachel Dunmore, watched the launch with members of the ship's company. Commander Dunmore, who previously commanded a minehunter in the Gulf, said she had visited the yard every month since the keel was laid. "She's a beautiful ship, and she's going to be a busy one," she said. "I've watched her grow from a pile of steel plates."

The yard's managing director, Andrew Fleming, said the vessel had been completed two months ahead of schedule and credited his workforce. He said more than 1,200 people had worked on her, including 140 apprentices. "Every one of them will remember today," Mr. Fleming said.

One of those apprentices, 19-year-old Kirsty Campbell, a welder from Paisley, said she had worked on the ship's hangar. Her father, a retired shipwright, was in the crowd. "He built frigates here in the nineties," she said. "Now it's my turn."

The union convenor at the yard, Jim McBride, welcomed the launch but said workers needed certainty about future orders once the fifth ship is finished. He said he had written to the defence secretary asking for a meeting.

Tern will now undergo fitting out before sea trials next spring. The Navy expects to commission her into service by the end of next year.
"""),

dict(title="Painter Sam Rivera wins Turner Prize for work on coastal erosion", text="""
The painter Sam Rivera has won this year's Turner Prize for a series of large canvases depicting the collapse of the Holderness coast in East Yorkshire, one of the fastest-eroding coastlines in Europe.

Rivera, 34, who is non-binary and uses they/them pronouns, was presented with the 25,000-pound prize at a ceremony at Tate Liverpool on Tuesday evening by the actor Simon Hale. In a brief speech, Rivera thanked their parents, who run a caravan park near Withernsea, and said the series had begun as an attempt to paint the place they grew up before it disappeared. "Every year there is less of my childhood to look at," they said.

The chair of the jury, the curator Maria Lund, said the judges had been struck by the scale and physicality of the work. She said the paintings, some of them six metres wide, had been made on the cliffs themselves, with soil and clay mixed into the paint. "They are landscapes that contain the landscape," Ms. Lund said.

The other nominees were the sculptor Daniel Adeyemi, the video artist Helen Marr and the collective known as Fieldwork. Mr. Adeyemi, whose installation of suspended fishing nets had been a favourite among visitors, said he was delighted for Rivera. Ms. Marr said she had voted for Rivera herself in the public poll.

Rivera studied at the Royal College of Art and worked for several years as an assistant to the painter Frank Bowen, whom they describe as their greatest influence. Their first solo exhibition, at a small gallery in Hull in 2019, sold out in a weekend.

Not everyone was won over. The critic Martin Keogh wrote last month that the work was "impressive but overly literal". Asked about the review, Rivera said they welcomed disagreement. "If everyone liked it, I'd be worried," they said.

Rivera's mother, Carmen, said the family had driven across the country for the ceremony. She said her child had been painting the cliffs since primary school, often in the rain. "We always knew," she said.

The winning works will remain on display in Liverpool until January.
"""),

dict(title="Teacher accused of exam fraud tells jury she acted alone", text="""
A former deputy headteacher accused of altering dozens of pupils' exam coursework told a jury on Tuesday that she had acted alone and that her colleagues knew nothing about it.

Linda Harcourt, 47, of Solihull, is charged with conspiracy to defraud an examination board. Prosecutors allege that she and a former head of science, Gavin Pike, rewrote parts of coursework submitted by GCSE pupils at Marston Green Academy to raise the school's results. Mr. Pike, 52, denies the charge and is being tried separately.

Giving evidence at Birmingham Crown Court, Ms. Harcourt said she had been under "enormous pressure" from the school's trust to improve grades. Questioned by her barrister, Andrew Kemp, she said she had worked late into the night over several weeks, correcting pupils' work by hand. "I told myself I was helping them," she said. "I know now that I was not."

Mr. Kemp asked whether anyone had instructed her to alter the work. She said no one had. He then asked whether Mr. Pike had been involved. "Gavin didn't know," she replied. "He would have stopped me."

Under cross-examination, the prosecutor, Rachel Osborne, put it to Ms. Harcourt that she was protecting her former colleague. Ms. Osborne said emails recovered from the school's server showed that Mr. Pike had asked her which pupils' folders had been "sorted". Ms. Harcourt said that the emails referred to filing and that she had been responsible for storing the coursework.

The court has heard that the alterations came to light when an examiner, Susan Grady, noticed identical phrasing in reports written by different pupils. Mrs. Grady told the jury last week that she had never seen anything like it in 30 years of marking.

Mr. Kemp told the jury in his opening that his client had "made a terrible mistake out of loyalty to her pupils" but had not conspired with anyone. He said she had resigned as soon as the investigation began and had cooperated fully.

The trial continues. Judge Martin Eyre told jurors they should expect to begin their deliberations early next week.
"""),

dict(title="Warehouse worker wins unfair dismissal claim against delivery firm", text="""
A warehouse worker who was sacked after raising safety concerns about the loading bays at a distribution centre in Doncaster has won his claim for unfair dismissal against the delivery company Swiftline.

An employment tribunal in Sheffield ruled on Monday that Darren Walsh, 44, had been dismissed because he had made protected disclosures about the risk of forklift accidents, and not, as the company had argued, because of poor timekeeping. Compensation will be decided at a later hearing.

Mr. Walsh was represented by the barrister Joanna Ellis, who told the tribunal that her client had sent 14 emails to managers over six months warning that the loading bays were overcrowded and poorly lit. Ms. Ellis said he had been disciplined for lateness within a fortnight of his final email, even though his attendance record had never previously been questioned. "The timing tells you everything," she said.

The tribunal heard that a colleague of Mr. Walsh's, Karen Boyce, had been seriously injured by a reversing forklift truck in the same area three months after he was dismissed. Mrs. Boyce, who broke her pelvis, gave evidence in support of his claim. She said he had been "the only one brave enough to speak up" and that she wished managers had listened to him.

Swiftline's site manager at the time, Neil Hargreaves, told the tribunal that he had not seen most of Mr. Walsh's emails and that the disciplinary process had been handled by the human resources department. The company's barrister, Peter Grant, argued that the dismissal had been fair and followed the proper procedure.

Employment Judge Sarah Whitley rejected that account. In her written judgment, she said Mr. Hargreaves had been "at best evasive" and that the company's explanation was "not credible". She said she was satisfied that the disclosures were the principal reason for the dismissal.

Speaking outside the tribunal, Mr. Walsh said he felt vindicated but took no pleasure in being proved right. "Karen should never have been hurt," he said. "That's the part I can't get past."

Swiftline said in a statement that it was reviewing the judgment and had since installed new lighting and barriers at the site.
"""),

dict(title="Brother and sister reach mixed doubles final at Queen's Club", text="""
Siblings Jamie and Rosie Harper will play together in a mixed doubles final for the first time on Sunday after beating the top seeds at the Queen's Club Championships in London.

The pair, who grew up in Stirling and learned the game on the same public courts, came from a set down to win 3-6, 6-4, 10-7 against the Dutch combination of Bram Visser and Demi Jansen. Rosie Harper struck the winning volley after a long exchange at the net, then turned and threw her racket towards her brother, who caught it.

"I've been waiting to do that since I was about eight," she said afterwards. Her brother grinned. "She used to throw it at me, not to me," he said. "This is progress."

Jamie Harper, 28, is a regular on the men's doubles tour and has reached two Grand Slam quarter-finals with his Australian partner, Matt Collins. His sister, two years younger, spent most of her early career in singles before switching to doubles after a wrist injury in 2021. The pair entered the mixed event at Queen's on a wildcard after their mother, Fiona, a former county player and their first coach, suggested it over Sunday lunch.

Fiona Harper watched from the stands with the siblings' father, David, who said he had been too nervous to sit down for the deciding tiebreak. "I've watched them play each other a thousand times in the garden," he said. "Watching them on the same side is much more stressful."

In Sunday's final they will face the Americans Tyler Hayes and Danielle Kramer, who beat a British pairing in straight sets in the other semi-final. Kramer, who has won four Grand Slam mixed doubles titles, said she was looking forward to the match but expected the crowd to be firmly against her side.

Asked whether they would keep playing together, both Harpers laughed. Rosie said it depended on whether her brother stopped telling her where to serve. Jamie said he would stop when she started listening.

Tickets for the final sold out within an hour of the semi-final result.
"""),

dict(title="Family engineering firm passes to third generation as founder's son retires", text="""
For the first time in its 68-year history, Greenwood Precision, the engineering company based in Stockport that makes components for aircraft landing gear, will be run by a woman.

Eleanor Greenwood, 41, will take over as managing director on 1 April from her father, Richard Greenwood, who has led the company since 1994. Mr. Greenwood, 67, is the son of the firm's founder, Arthur Greenwood, who started the business in a railway arch in 1956 with two lathes and a loan from his brother.

Ms. Greenwood joined the company as an apprentice machinist at 17, against the advice of her father, who wanted her to go to university first. She later studied mechanical engineering part-time at the University of Manchester and has run the company's operations since 2018. "Dad thought I'd get bored and leave," she said. "He's been waiting 24 years."

Her father said he had stopped worrying about the succession "about ten years ago, when she started telling me I was wrong and turning out to be right". He will remain on the board as chairman but said he planned to spend most of his time sailing. "She doesn't need me looking over her shoulder," he said.

The company employs 230 people and reported turnover of 41 million pounds last year. Its customers include Airbus and several defence contractors. Ms. Greenwood said her priorities would be investing in automation and recruiting more apprentices, particularly young women. She said only 12 of the firm's 95 machinists were female.

The company's longest-serving employee, toolmaker Brian Holt, 71, who was hired by Arthur Greenwood in 1970, said he had known the new managing director since she was a baby. "She used to sit on my bench and sort washers," he said. "Now she signs my pay cheque."

Eleanor Greenwood's younger brother, Mark, is a doctor in Leeds and has no role in the business. She said he had been "relieved" when it became clear she wanted the job.

The handover will be marked with a party for staff and their families at the factory next month.
"""),

dict(title="Retiring MP's son selected to fight her seat", text="""
The Labour Party has selected Oliver Dunn, the son of the retiring MP Margaret Dunn, as its candidate for the Bolton North constituency at the next general election, prompting accusations of nepotism from his defeated rivals.

Mr. Dunn, 36, a solicitor and Bolton councillor, won the vote of local party members by 212 to 187 over Aisha Patel, a nurse and trade union representative. A third candidate, the former councillor Stephen Cole, was eliminated in the first round.

Margaret Dunn, 68, who has represented the seat since 2005, announced in January that she would stand down. She did not take part in the selection and said on Saturday that she had been careful to stay out of it. "Oliver is his own man and he won this on his own merits," she said. "I'm proud of him, but I'd be proud of him if he'd lost."

Ms. Patel congratulated the winner but said the party needed to do more to open up selections to candidates without family connections. "I've got nothing against Oliver personally," she said. "But people in Bolton noticed the surname on the ballot paper, and so did I." Mr. Cole said he agreed with her.

Mr. Dunn said he understood the criticism and would not ask anyone to vote for him because of his mother. He said he had lived in the constituency all his life and had been a councillor for six years. "She'd be the first to tell you I've had to argue with her more than anyone," he said.

The seat's previous MP, the late Tom Hargreaves, was himself succeeded by his niece in a by-election in the 1980s, a fact several members raised at the selection meeting.

The Conservative candidate, the businesswoman Helen Crossley, said the selection showed that Labour took the seat for granted. She said she would campaign on the closure of the town's maternity unit, which Margaret Dunn had opposed.

Labour held the seat by just over 4,000 votes at the last election.
"""),

dict(title="Nora Kelleher, nurse who founded Cork hospice, dies at 91", text="""
Nora Kelleher, a nurse who founded one of Ireland's first hospices and spent five decades campaigning for better care for the dying, died on Thursday at the hospice she founded in Cork. She was 91.

Her son, Dermot Kelleher, said she had been admitted a week earlier after a fall at her home in Blackrock.

Born in 1933 in Macroom, County Cork, the fourth of seven children of a creamery manager and a dressmaker, Mrs. Kelleher trained as a nurse in London and worked at St Christopher's Hospice under its founder, Dame Cicely Saunders, in the late 1960s. She returned to Cork in 1971 convinced that Ireland needed something similar.

With a doctor, Patrick O'Leary, and a group of parishioners, she raised money for a converted farmhouse outside the city, which opened with eight beds in 1974. Dr. O'Leary, who died in 2010, once said that she "could get money out of a stone and a signature out of a bishop". The hospice now has 44 beds and a home-care team that visits more than 600 patients a year.

Mrs. Kelleher married John Kelleher, a schoolteacher, in 1962. He died in 2003. Friends said she often joked that she had married him because he was the only man in Cork who let her finish a sentence.

The hospice's current director, Dr. Aoife Walsh, said on Friday that Mrs. Kelleher had visited the wards every week until her late eighties. "She would sit with patients and hold their hands, and she never once looked at her watch," Dr. Walsh said. "She taught all of us that dying people are still living people."

In 1998 she was awarded an honorary doctorate by University College Cork. She declined several invitations to stand for the Seanad, saying she had "enough committees already".

She is survived by her sons, Dermot and Brian; her daughter, Siobhan; nine grandchildren; and her brother, Michael Twomey.

Dermot Kelleher said his mother had planned her own funeral in detail, down to the hymns. "She said she'd spent her life telling people to plan ahead," he said. "She wasn't going to be a hypocrite at the end."
"""),

dict(title="Britain's mixed relay team takes European silver in final stride", text="""
Britain's mixed 4x400 metres relay team won silver at the European Athletics Championships in Rome on Friday night, with anchor runner Jade Thomas overtaking Belgium's Margot Peeters in the final ten metres.

The Netherlands won gold in a championship record of 3 minutes 9.21 seconds, with Britain second in 3:10.07 and Belgium third. Poland, who had led after the first leg, finished fourth.

Thomas took the baton in fourth place, almost two seconds behind the leaders, after Samuel Reardon's third leg. She caught Poland's Natalia Kowalska around the final bend and drew level with Peeters on the home straight before edging ahead on the line. "I just kept telling myself she was tiring," Thomas said. "I didn't know I'd got her until I saw the screen."

Reardon said he had felt his legs go with 80 metres left and had apologised to his teammate as he handed over. "I said sorry and she said nothing, she just went," he said. "I think she took it personally."

The team's opening runner, Lewis Davey, ran a strong first leg to hand over in second place. Amber Lyle, who ran the second leg, lost ground to the Dutch and Polish runners but said she was thrilled for Thomas. "She's the best closer in the team," Lyle said. "We knew if she was within two seconds we had a chance."

The Dutch anchor, Lieke de Boer, who also won the 400 metres hurdles earlier in the week, said she had been surprised by how close the finish was behind her. Peeters, who finished 0.04 seconds behind Thomas, said she had "run out of track".

The head coach of the British relay programme, Christopher Maitland, said the result was a sign of the squad's depth ahead of next year's world championships. He said he had deliberately rested two of his most experienced runners. "The young ones stood up tonight," he said.

The medal was Britain's 11th of the championships. The men's 4x100 metres team runs in the heats on Saturday morning.
"""),

dict(title="Councillors split over plan for 400 homes on former golf course", text="""
Plans to build 400 homes on the former Eastwood golf course divided councillors at a heated meeting of Ashford Borough Council's planning committee on Wednesday night, with a decision deferred until next month.

The developer, Harrow Homes, wants to build a mix of houses and flats on the 60-acre site, which closed as a golf course in 2019. Thirty per cent of the homes would be classed as affordable, and the company has offered to fund a new primary school.

Two councillors who share a surname but are not related found themselves on opposite sides. Councillor Janet Smith, who represents the neighbouring Eastwood ward, said the roads could not cope with hundreds of extra cars. "I have residents who already wait 20 minutes to get out of their street in the morning," she said. Councillor Peter Smith, the cabinet member for housing, said the borough had a legal duty to meet its housing targets and that young families were being priced out. "We can't keep saying yes to homes in principle and no to every site," he said. She replied that nobody on the committee was against housing, only against the wrong site. He said that was what every objector said.

The committee chair, Councillor Amrit Gill, allowed 15 residents to speak. Among them was Maureen Doyle, 72, who has lived opposite the course for 40 years. She said the land was used daily by dog walkers and had become home to badgers and owls. Her neighbour, Colin Reyes, a father of three, said he supported the plan because his children would otherwise never be able to afford to live in the town.

The developer's planning director, Lucy Barnes, told the committee that the company had reduced the number of homes from 520 and added a wildlife corridor in response to earlier objections. She said Harrow Homes would also pay for improvements to two junctions.

After more than three hours, Councillor Gill proposed deferring the decision so that council officers could examine a new traffic report submitted by residents. He said he wanted the committee to have all the evidence. The motion was carried by six votes to four.

The application will return to the committee on 14 March.
"""),

dict(title="Review: Harriet Walsh's Lear is a king who cannot stop talking", text="""
It has become almost routine for women to play Shakespeare's great kings, but few have done it with the ferocity Harriet Walsh brings to the Almeida's new King Lear, which opened on Thursday night under the direction of Tom Haverley.

Walsh, 71, does not soften Lear or make him a metaphor. This is a man, unmistakably, a retired autocrat in a cardigan who expects the room to fall silent when he speaks and is baffled when it does not. In the opening scene he divides his kingdom with the impatience of someone chairing a board meeting, and when Cordelia refuses to flatter him, he turns on her with a cruelty that made the audience flinch.

The production's best idea is to keep Lear talking. Where other actors find stillness in the storm scenes, Walsh fills them with chatter, as if silence were the thing the old king fears most. It is exhausting and, by the end, devastating. When he finally carries Cordelia's body onstage, Walsh lets Lear's voice give out altogether, and the silence is overwhelming.

Anna Cheung is a luminous, stubborn Cordelia, and she and Walsh have a real chemistry in the reconciliation scene. Kevin Dowd's Gloucester is moving, particularly after the blinding, which Haverley stages behind a plastic curtain. As Edmund, Jamal Okoye is charming and frightening in equal measure; he plays the bastard son as a stand-up comedian working the crowd, and the audience laughs along until it realises what it has been laughing at.

Less successful are Goneril and Regan, played by Sophie Marsden and Eileen Patel. Both actresses are capable, but the production gives them little to do except sneer, and it is hard to see why either sister would risk so much for Edmund.

Haverley, who directed Walsh in a celebrated Prospero at the same theatre in 2019, has designed a bare, white set that gradually fills with rubbish as the play goes on. By the final act the stage is knee-deep in paper, and the actors wade through it.

It is not a perfect evening, but Walsh's performance will be talked about for years. She gives us a king who is, until the very end, incapable of listening, and she makes us pity him anyway.

King Lear runs at the Almeida until 8 February.
"""),
]
