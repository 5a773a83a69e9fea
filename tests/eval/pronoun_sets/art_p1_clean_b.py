ARTICLES = [
r"""Engineer behind flood barrier honored as city marks tenth dry winter

When the river rose to a record height in February, the city's new flood barrier held, and the streets that had been under water three times in the previous decade stayed dry. On Thursday, the woman who designed it received the city's highest civic award.

Dr. Helen Achterberg, a Dutch-born civil engineer, spent seven years on the project, from the first feasibility studies to the day the last steel gate was lowered into place. She now runs the engineering faculty at the state university.

Mayor Robert Keane presented the award at a ceremony on the riverbank. "Helen told us in 2012 exactly what would happen if we did nothing," he said. "We didn't listen the first time. Thank God we listened the second time."

Several of the men who worked with her on the project spoke at the ceremony. Tom Barlow, the contractor whose firm built the gates, said she had visited the site almost every day. "She would climb down into the cofferdam in her boots and tell my foremen what they were doing wrong," he said. "She was usually right, which made it worse."

Frank Delaney, who led the city's public works department at the time, said Dr. Achterberg had fought to keep a pedestrian path along the top of the barrier when budget officials wanted to cut it. "Now it's the most popular walk in town," he said. "People jog on her wall every morning and don't know it."

Dr. Achterberg, 63, grew up in Zeeland, where her grandfather drowned in the North Sea flood of 1953. She said the memory had shaped her career. "In my family, you did not need to explain why water matters," she said.

In her speech she thanked the crews who built the barrier and her late husband, Pieter, who she said had "tolerated a kitchen table covered in drawings for seven years."

The barrier cost $420 million, about 10 percent over budget. An analysis by the state found that it had already prevented an estimated $900 million in damage.
""",

r"""Barrister says nurse acted 'exactly as trained' in death of patient

A nurse accused of gross negligence manslaughter acted exactly as she had been trained when a patient collapsed on her ward, her barrister told a jury at Leeds Crown Court on Monday.

Sarah Mitchell, 38, denies causing the death of Gordon Fairley, 71, who died after a reaction to a blood-thinning drug in 2022. Prosecutors say she failed to check the patient's chart and gave him a double dose.

Her barrister, Jonathan Reade KC, told the jury that Ms. Mitchell had been responsible for 14 patients that night, twice the recommended number, and that the chart had been filled in incorrectly by a doctor on the previous shift. "My client did not invent that number," Mr. Reade said. "She read it, she checked it against the prescription, and she gave what was written."

He said she had raised concerns about staffing in writing three times in the month before Mr. Fairley's death. "She was warning her managers that something like this would happen," he said. "Nobody answered her."

The doctor who wrote the prescription, Dr. Imran Qureshi, gave evidence last week. He accepted that his handwriting on the chart was "not as clear as it should have been" but said the dose was correct in the electronic system.

Mr. Fairley's widow, Margaret, has attended every day of the trial. In a statement read to the court earlier, she said her husband had gone into hospital for a routine knee operation. "He expected to be home in three days," she said. "He never came home."

Mr. Reade said his client had never denied that a mistake was made. "The question for you is not whether something went wrong," he told the jury. "It is whether this nurse, on that night, with those resources, was criminally to blame. She was not."

The prosecutor, Alison Greaves KC, will make her closing speech on Tuesday. The judge, Mr. Justice Holroyd, said he expected the jury to begin deliberating on Wednesday.
""",

r"""Classic car restorer brings 1936 roadster back to life

For eleven years, the 1936 Talbot roadster sat under a tarpaulin in a barn outside Ludlow, her paint flaking, her leather seats chewed by mice. On Sunday she won best in show at the Shropshire Classic Car Festival.

The restoration was carried out by Peter Marsh, 72, a retired mechanic who runs a one-man workshop behind his house. Mr. Marsh bought the car for £8,000 in 2019 from the family of a farmer who had owned her since the 1960s.

"She was a wreck when I got her," he said, polishing the chrome on the bonnet. "The engine was seized, the chassis was rotten at the back, and someone had painted her green. She was never meant to be green."

Mr. Marsh spent four years tracking down original parts, some from dealers in France and one, a rear light, from a collector in New Zealand. His wife, Brenda, stitched the new seat covers herself from leather she bought at a tannery in Northamptonshire. "I did the seats and he did everything else," Mrs. Marsh said. "That's about fair, he says. I say it isn't."

The festival's chief judge, Caroline Hurst, said the car was one of perhaps 30 of its type still in existence. "What impressed us was that he didn't over-restore her," Ms. Hurst said. "She looks like a car that's been loved, not a museum piece."

The farmer's grandson, Daniel Pugh, attended the show and was allowed to sit in the driver's seat. He said his grandfather used to drive the car to church on Sundays. "He would have been amazed," Mr. Pugh said. "He always said she'd run again one day, and nobody believed him."

Mr. Marsh said he had no plans to sell. Asked what the car was worth, he shrugged. "More than I paid, less than I spent," he said. "She's not for sale anyway."
""",

r"""Mare Silver Lining gives jockey his first Grand National win

Silver Lining, a nine-year-old mare trained in County Tipperary, won the Grand National at Aintree on Saturday, giving her jockey, Conor Walsh, the biggest win of his career.

The mare, sent off at 25-1, jumped the last fence two lengths clear and held off a late challenge from the favorite, Northern Star, by a length and a half. She is only the third mare to win the race in the past century.

Walsh, 24, was in tears as he returned to the winner's enclosure. "She jumped every fence like it was the first," he said. "Halfway round I knew she had it in her. I just had to keep out of her way."

Her trainer, Siobhan Kearney, has a small yard near Clonmel with 18 horses. Ms. Kearney said she had bought the mare as a three-year-old for 12,000 euros. "Nobody wanted her because she was small," Ms. Kearney said. "She never knew she was small."

The mare is owned by a syndicate of eight friends from Limerick, led by the publican Dermot Ryan. Mr. Ryan said the group had planned to sell her two years ago when she was injured. "Siobhan talked us out of it," he said. "She said give her a year. We gave her a year."

The favorite's rider, Jamie Lockhart, said he had no excuses. "My horse ran his race," he said. "The mare was just better today." Northern Star's trainer, Richard Fenwick, said he would aim his horse at the race again next year.

All 34 horses that started the race returned safely, according to the British Horseracing Authority. Its chief veterinary officer, Dr. Anna Sinclair, said she was pleased with the changes made to the course in recent years.

Walsh said he would celebrate in Limerick. "The lads have promised me a party," he said. "I'm more scared of that than the fences."
""",

r"""Actress Margaret Quayle takes on King Lear at 78

Margaret Quayle has played queens, witches and a memorable Lady Bracknell. On Thursday she will walk onto the stage of the Old Vic as King Lear, the monarch who divides his kingdom among his daughters and loses everything.

The production, directed by Jamal Okonjo, keeps Lear a king and a father. Quayle said she had no interest in turning him into a queen. "He is a man who has been obeyed all his life, and he has no idea who he is without it," she said in an interview last week. "I know that man. I have met him at many dinner parties."

Ms. Quayle, 78, first appeared at the Old Vic in 1969 as a maid with two lines. She said that returning to the same stage to play Lear felt like "a very long joke with a good punchline."

Mr. Okonjo said he had asked her to play the role after seeing her read the storm scene at a fund-raiser. "She didn't act it, she just said it, and the whole room went silent," he said. "I went home and rang her agent that night."

The cast includes Ruth Adebayo as Goneril and the young actress Lily Chen as Cordelia, the daughter who refuses to flatter her father. Chen said rehearsing with Quayle had been intimidating at first. "She knows every line of the play, not just hers," she said. "She corrected my Cordelia on the first day. She was right."

In the play's final scene, Lear enters carrying Cordelia's body. Quayle said she had been lifting weights for three months to manage it. "He has to carry her, and I refuse to cheat," she said. "Lily is very patient about being dropped."

Her husband, the playwright Edward Fane, will attend the opening. He wrote two plays for her in the 1980s. "Edward says I have finally found a part as difficult as he is," Quayle said.

"King Lear" runs until March 14.
""",

r"""Two fathers, one adoption: couple's five-year wait ends

After five years, two court hearings and a change in the law, Marcus Bell and his husband, David Okonkwo, brought their son home on Friday.

The couple, who live in Cardiff, were approved as adoptive parents in 2021 but were told by their local agency that placements with same-sex couples were rare for children under five. They were eventually matched with a three-year-old boy, whose name is being withheld to protect his privacy.

"We walked into the foster carer's living room and he was sitting on the floor with a toy bus," Mr. Bell said. "He looked up at David and said, 'Is that your bus?' And that was it. We were done for."

Mr. Okonkwo, a paediatric nurse, said his training had not prepared him for the first night. "I've looked after hundreds of children," he said. "I'd never been terrified of one before."

The boy's foster carer, Janet Rees, who has looked after more than 40 children over 20 years, said she had cried when he left. "He was with me for eighteen months," she said. "But I could see straight away that he was going to be all right with them."

The couple's case drew attention in 2023 when Mr. Bell wrote to the Welsh government about delays faced by same-sex adopters. The children's minister at the time, Julie Morris, met him and later ordered a review of how agencies matched children with families.

Mr. Bell, a secondary school teacher, has taken a year off work. His husband will go back to the hospital part-time in the spring. Mr. Okonkwo's mother, Grace, has moved in temporarily from Manchester to help.

"She's taken over the kitchen," Mr. Okonkwo said. "We're not allowed in it."

The couple said they hoped to adopt again. "He needs a sister," Mr. Bell said. "Or a brother. He's not fussy. He just wants someone to share the bus with."
""",

r"""Alex Moreau and Jean Fabre named to lead Paris climate summit

Alex Moreau, the French environment minister, and Jean Fabre, a veteran diplomat, will jointly lead the organization of next year's climate summit in Paris, the government announced on Wednesday.

Ms. Moreau, 44, was a marine biologist before entering politics and has served as minister since 2023. She will chair the negotiations. Mr. Fabre, 61, who led France's delegation at three previous summits, will serve as chief negotiator and manage the talks with other governments day to day.

In a joint news conference, the two described their roles. "I set the direction, and Jean makes it happen in the room at three in the morning," Ms. Moreau said. He replied that she was being modest. "Alex has been to more of those three-in-the-morning meetings than I have this year," he said.

Mr. Fabre began his career in the foreign ministry in 1989 and has served as ambassador in Brazil and India. Colleagues describe him as patient and dry-witted. He was credited with brokering a late compromise on financing at the 2021 summit in Glasgow.

Moreau has pushed for a binding agreement on phasing out coal by 2040. She said the summit would be judged on whether it produced concrete commitments. "We have had enough beautiful declarations," she said.

Environmental groups welcomed the appointments. Camille Roux, director of Réseau Action Climat, said she had worked with both and found them serious. "She listens and he knows everyone," Ms. Roux said. "That's not a bad combination."

Some officials in the finance ministry have privately questioned the cost of hosting the summit, estimated at 200 million euros. The finance minister, Bruno Lefèvre, said on Wednesday that he fully supported the plan.

The summit is scheduled for November. About 190 countries are expected to attend.
""",

r"""Kim Sorensen becomes first woman to captain Denmark's sailing team

Kim Sorensen was named captain of Denmark's Olympic sailing team on Tuesday, the first woman to hold the role in the team's 90-year history.

Sorensen, 31, won a silver medal in the 49erFX class at the Paris Games with her crew partner, Ida Holm. She has sailed for Denmark since she was 17 and is known among teammates for her calm under pressure.

The team's head coach, Lars Mikkelsen, said the decision had been unanimous among the coaching staff. "Kim is the person everyone goes to when something goes wrong," he said. "She doesn't panic. She makes a plan."

The previous captain, Jonas Vestergaard, retired after the Paris Olympics. He said he had recommended Sorensen as his successor. "I told the coaches it should be Kim," Vestergaard said. "I'm glad they listened to me for once."

Sorensen said she would focus on bringing younger sailors into the team. "We have talent in the youth classes that nobody outside Denmark knows about yet," she said. "I want them to feel this is their team too."

Her partner, Holm, said the appointment would not change their relationship on the water. "On the boat, I'm still the one who tells her when she's wrong," Holm said. "That won't change."

The Danish sailing federation's president, Peter Kragh, said the captaincy was largely a leadership role but that it carried real responsibility, including representing sailors in discussions with the federation and sponsors.

Sorensen grew up in Aarhus, where her father, Henrik, ran a boat repair yard. She said he had put her in a dinghy when she was five. "He said I cried the first time and then refused to get out," she said.

The team's next major event is the world championship in Portugal in March.
""",

r"""Mother and son run for opposing seats in county election

In most families, politics is something argued about over dinner. In the Whitaker household, it is now a campaign.

Linda Whitaker, 64, a retired schoolteacher, is running for a seat on the Harlan County commission as a Democrat. Her son, Tyler Whitaker, 36, a real-estate agent, is running for the neighboring seat as a Republican. The two districts share a border that runs down the middle of Main Street, and their campaign signs now stand on opposite sides of it.

"He gets his stubbornness from me," Mrs. Whitaker said. "I just wish he'd gotten my politics too."

Mr. Whitaker said he and his mother agreed on more than people thought. "We both want a new road out to the hospital, and we both think the county wastes money on consultants," he said. "We disagree on how to pay for things. That's about it."

They have one rule: no campaigning at Sunday lunch. "My husband enforces it," Mrs. Whitaker said. Her husband, Don, a retired mail carrier, said he is voting in her district and therefore does not have to choose. "I live on her side of the street," he said. "Very convenient."

Local party officials said they had never seen anything like it. The county Republican chairman, Frank Boyd, said Tyler was a strong candidate. "He's young, he knows the business community, and he knows how to knock on doors," Mr. Boyd said. The Democratic chairwoman, Rita Ames, said Mrs. Whitaker had taught half the voters in her district. "They still call her Mrs. Whitaker," Ms. Ames said. "Nobody calls her Linda."

Both candidates face opponents in their own races. Mrs. Whitaker's Republican rival, Greg Hollis, is a farmer who has served one term. Her son's opponent, Maria Delgado, is a nurse making her first run for office.

Asked whether she would vote for her son if she lived in his district, Mrs. Whitaker paused. "I'd vote for his opponent," she said. "Then I'd make him dinner."
""",

r"""Male midwife wins national award after 30 years on the labor ward

When Thomas Reilly qualified as a midwife in 1994, he was one of only a handful of men in the profession in Ireland. On Friday, he was named midwife of the year by the Irish Nurses and Midwives Organisation.

Mr. Reilly, 56, has worked at the Rotunda Hospital in Dublin for his entire career and estimates he has helped deliver more than 4,000 babies. He was nominated by colleagues and by several mothers he has cared for.

"Some women are surprised when I walk in," he said. "Usually, by the time the baby arrives, they've forgotten I'm a man. They just want someone who knows what he's doing."

One of the mothers who nominated him, Aoife Brennan, said she had been nervous when she learned her midwife would be male. "Within ten minutes I didn't care," she said. "He was calm, he was funny, and he held my hand for nine hours."

The hospital's director of midwifery, Margaret Nolan, said Mr. Reilly had trained dozens of student midwives. "The students adore him," Ms. Nolan said. "He's strict about the basics and kind about everything else."

Mr. Reilly's mother, Kathleen, was also a midwife at the Rotunda. She died in 2018. He said she had been the reason he chose the profession. "She used to come home from nights and tell me about the babies," he said. "I thought it was the best job in the world. I still do."

His daughter, Niamh, is in her second year of midwifery training at Trinity College. "She's going to be better than me," he said. "She already tells me so."

The award was presented by the health minister, Stephen Dunne, who said the profession needed more people like Mr. Reilly. "We need more men in midwifery," he said, "and we need more midwives, full stop."
""",

r"""Former rivals reunite as doubles partners at Wimbledon

Six years ago, Elena Petrova and Marcus Holt could barely stand to be in the same room. On Saturday, they won the mixed doubles title at Wimbledon together.

Petrova, 33, of Bulgaria, and Holt, 35, of Britain, beat the Australian pair of Sam Fielding and Ana Torres 7-6, 6-4 on Centre Court. It was Petrova's second Wimbledon title and Holt's first.

The two were once partners on the junior circuit and briefly dated before an acrimonious split in 2019. Holt later told a British newspaper that she had "the temper of a volcano." Petrova said at the time that he was "a very good player and a very small man."

"We were young and stupid," Holt said after the final. "She was right about most things, and I was wrong about most things, and we've talked about it."

Petrova said the idea of reuniting came from her coach, Ivan Markov. "Ivan said we were the best team we never became," she said. "I told him he was crazy. Then I thought about it for a week and I called Marcus."

Holt said he had been surprised by the call. "I thought she wanted to shout at me," he said. "She wanted to play doubles. I was relieved."

Their opponents were gracious in defeat. Fielding said Petrova's returns had been "unplayable" in the second set. Torres said she had enjoyed the match. "They play like they've known each other forever," she said. "Because they have, I suppose."

Holt's wife, Rebecca, watched from the players' box with Petrova's partner, the footballer Dimitar Ivanov. The four had dinner together on Friday night, Holt said. "It was not awkward at all," he said. "Well. Maybe for the first five minutes."

Petrova will play in the women's doubles final on Sunday.
""",

r"""Veteran Labour MP calls it a day after 37 years

Derek Ashby, who has represented Stockton South for Labour since 1989, announced on Monday that he would not stand at the next general election.

The 74-year-old is the longest-serving Labour member in the north-east and one of a shrinking number of MPs first elected under Margaret Thatcher. He told constituents in a letter that it was time for "someone with more energy and fewer knee problems."

His decision had been widely expected. Earlier this year, the local party selected Priya Sharma, a 34-year-old councillor, as its preferred candidate should he stand down. Ms. Sharma said she was grateful for his support. "Derek has been a mentor to me since I was a teenager handing out leaflets," she said. "I know how big his shoes are."

The Labour leader, Keir Holbrook, paid tribute in a statement. "Derek has been a voice for working people in the north-east for nearly four decades," he said. "He never forgot where he came from."

Mr. Ashby's political career began in the steelworks, where he was a shop steward before entering Parliament. He served briefly as a junior minister in the 2000s but spent most of his career on the back benches, where he campaigned on industrial diseases and pensions.

Dame Anne Fulton, a Conservative MP who sat with him on the work and pensions committee for a decade, said he had been a "formidable and fair" opponent. "He would shred your argument in committee and then buy you a cup of tea," she said. "He was a gentleman."

In the letter, Mr. Ashby thanked his wife, Pauline, who has run his constituency office since 1992. "She has answered more of my post than I have," he wrote. "Half the people who thank me should be thanking her."

He said he would spend his retirement with his grandchildren and on his allotment.
""",

r"""Archivist uncovers letters of forgotten suffrage campaigner

An archivist sorting a box of uncatalogued papers at the Glasgow Women's Library has found more than 200 letters written by a suffrage campaigner whose role in the movement had been largely forgotten.

The letters were written between 1905 and 1914 by Agnes Rutherford, a Paisley mill worker who became a speaker for the Women's Social and Political Union. They were discovered last autumn by the archivist Fiona McLeod, who was cataloguing material donated by a local family in the 1980s.

Ms. McLeod said she realized what she had found when she saw a letter signed by Emmeline Pankhurst thanking Rutherford for a speech in Dundee. "My hands were shaking," she said. "I had to put it down and make a cup of tea."

Rutherford was arrested four times and spent six weeks in Duke Street prison in 1912, according to the letters. In one, she describes being visited in her cell by a magistrate who told her that "a woman who cannot keep her house in order has no business asking to order the nation." She wrote to her sister that she had "laughed in his face, which did not help my case."

Historians said the find was significant. Professor James Hardie of the University of Glasgow said Rutherford's letters gave a rare working-class perspective on a movement usually described through its middle-class leaders. "We know a great deal about the Pankhursts," he said. "We know very little about the women who sold the newspapers on street corners. Now we know one of them."

Rutherford married a railway clerk, John Boyd, in 1916 and had three children. She died in 1961. Her great-grandson, Alan Boyd, a retired engineer, said the family had no idea the box contained anything important. "My mother said it was Granny's old letters," he said. "I don't think anyone had opened it since she died."

The letters will go on public display in March.
""",
]
