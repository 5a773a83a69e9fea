ARTICLES = [
dict(title="Q&A: Marine biologist Dr Ingrid Solheim on the collapse of the kelp forests", text="""Dr Ingrid Solheim has spent twenty years diving off the coast of northern Norway, documenting the slow disappearance of the region's kelp forests. Her new study, written with her longtime collaborator Dr Erik Brandt, suggests that warming waters and an explosion of sea urchins have wiped out almost half of the kelp in the past decade. We spoke to her in Tromsø.

Q: How did you first notice something was wrong?

A: It was 2014. I went back to a site I had dived many times, a place my supervisor used to call the cathedral because the kelp was so tall. It was gone. Just bare rock and urchins. I sat in the boat afterwards and could not speak.

Q: Your paper says the urchins are the main cause. Why have they multiplied?

A: Their predators have declined, especially the big crabs and some fish. Warmer water also helps the urchin larvae survive. Erik has done most of the modelling on this, and he is much more confident than I am about the exact numbers. I am a field person. I believe what I see.

Q: Some fishermen say the scientists are exaggerating.

A: I understand why they say it. My own father was a fisherman. He would tell you that the sea always changes and always comes back. But he would also tell you he has never seen anything like this.

Q: Is there anything that can be done?

A: Yes. In some areas, volunteers are removing urchins by hand. A local diver, Kari Nilsen, organised a group that cleared one bay near Hammerfest two years ago. She sent me photographs last month, and the kelp is growing back. It is small-scale, but it works.

Q: What does Dr Brandt think of that approach?

A: He thinks it is too expensive to do everywhere, and he is probably right. We argue about it constantly. That is what a good partnership looks like.

Q: What comes next for you?

A: More diving, as long as my knees allow it. And I am training two young researchers, Jonas and Maria, who will carry this work on when I cannot.

The study is published in the journal Marine Ecology Progress Series."""),

dict(title="New polar research ship sets sail on maiden voyage", text="""The Royal Research Ship Aurora Borealis left Portsmouth on Saturday morning on her maiden voyage to the Antarctic, cheered on by several hundred people who gathered on the harbour walls despite the rain.

The 130-metre vessel, built at a cost of 210 million in a Birkenhead shipyard, will spend the next five months supplying research stations and carrying out surveys of the Southern Ocean. She can break through ice up to three metres thick and carries laboratories, a helicopter deck and an autonomous submarine.

Her captain, Andrew Gallagher, has spent thirty years at sea, most of them on polar vessels. He said the ship handled "like a dream" during sea trials in the North Atlantic last month. "She is quieter than anything I have sailed on, which matters enormously when the scientists are trying to listen to whales," Captain Gallagher said.

The ship was named last year by the naturalist Dame Patricia Holt, who smashed a bottle of champagne against her bow in Birkenhead. Dame Patricia was on the quayside again on Saturday. She said she felt "like a godmother watching a child leave home".

The chief scientist on the voyage, Professor Mei Lin Zhou of the British Antarctic Survey, will lead a team of 38 researchers studying how fast the ice shelves are melting. Professor Zhou said the ship would let them reach areas that had never been surveyed. "We have waited ten years for her. Now the real work begins," she said.

The vessel's arrival has not been free of controversy. Her delivery was delayed by almost two years after problems with the propulsion system, and the government's public spending watchdog criticised the project for going 40 million over budget. The shipyard's managing director, Graham Dunn, said the problems had been resolved and that the ship was "the most advanced of her kind in the world".

Among those waving from the harbour wall was Susan Gallagher, the captain's wife, with the couple's two teenage sons. She said her husband had promised to send them a photograph of the first penguin he saw.

The Aurora Borealis is due to reach the Falkland Islands in mid-November before heading south to Rothera research station."""),

dict(title="Sculptor Robin Achebe unveils memorial to lost mining village", text="""A memorial to the village of Glyncoed, which was demolished in the 1960s to make way for a reservoir, was unveiled on Sunday in a ceremony attended by some of the last surviving people born there.

The bronze sculpture, which shows a group of miners' children playing on a doorstep that leads nowhere, is the work of the artist Robin Achebe. Achebe, who is non-binary and uses they/them pronouns, spent two years interviewing former residents before beginning the piece.

"I did not want to make a monument to the mine. I wanted to make a monument to the children who played in the street," Achebe said at the unveiling. "Almost everyone I spoke to remembered the same thing: a doorstep, a mother calling them in for tea."

The project was commissioned by the Glyncoed Heritage Trust, chaired by Gwen Parry, who was eight years old when her family was moved out of the village. Mrs Parry said the sculpture had moved her to tears when she first saw it in the foundry. "Robin listened to us. They understood what we lost," she said.

Among the guests was Idris Morgan, 91, believed to be the oldest surviving person born in Glyncoed. Mr Morgan, who worked underground for twenty-six years, said he had never expected to see the village remembered. He said he had brought his great-granddaughter, Seren, so that she would know where the family came from.

The sculpture cost 180,000, raised through a mixture of lottery funding and donations. The local member of the Senedd, Carys Lloyd, said the memorial would help ensure the story was not forgotten. She said she hoped schools would bring pupils to visit.

Achebe, who grew up in Cardiff and studied at the Royal College of Art, is best known for their public works in Liverpool and Glasgow. Their next project, a series of figures for a hospital garden in Swansea, is due to be completed next year.

Asked how it felt to see the work finally in place, the artist paused for a long time. "Relieved," they said eventually. "And a bit sad. It belongs to them now, not to me."

The memorial stands on the hillside above the reservoir, facing the place where the main street once ran."""),

dict(title="Woman wins unfair dismissal claim against bakery chain", text="""A former shift supervisor at a national bakery chain was unfairly dismissed after she complained about unsafe working conditions, an employment tribunal has ruled.

Kirsty Duncan, 34, worked at the Crumb & Co production site in Livingston for six years. She was dismissed in March last year, three weeks after writing to managers about broken safety guards on two dough mixers. The company said she had been sacked for persistent lateness.

Employment Judge Simon Rafferty rejected the company's explanation. In a written judgment, he said the timing of the dismissal was "no coincidence" and that the lateness records relied on by the company had been "assembled after the event". He said Ms Duncan had acted "entirely properly" in raising her concerns.

Ms Duncan was represented by the solicitor Graham Moffat, who said his client had been vindicated. "She did what every employer should want a worker to do. She spotted a danger and reported it, and she lost her job for it," Mr Moffat said outside the tribunal. He said she would be seeking compensation of around 40,000.

The company was represented by the barrister Hannah Ferguson, who told the tribunal during the hearing that the firm took safety seriously and had repaired the mixers within a week. She argued that Ms Duncan had received two written warnings about her timekeeping before she raised the safety complaint.

The tribunal heard evidence from the site manager, Derek Lyle, who admitted under cross-examination that he had described Ms Duncan in an email as "a troublemaker". Mr Lyle said he regretted the remark. He no longer works for the company.

Another former employee, Siobhan Reid, told the tribunal that she had also complained about the mixers and had been moved to a different shift shortly afterwards. Ms Reid said she had been too frightened to pursue the matter.

Crumb & Co said in a statement that it was disappointed with the decision and was considering whether to appeal. A separate hearing to decide the level of compensation will take place in January.

Speaking briefly to reporters, Ms Duncan said she hoped the case would encourage others. "I loved that job," she said. "I just wanted nobody to lose a hand.\""""),

dict(title="Retired teacher cleared of fraud after six-year legal battle", text="""A retired geography teacher accused of defrauding his elderly neighbour of almost 90,000 has been cleared by a jury after a six-year legal battle that he said had "destroyed" his health.

Malcolm Fenwick, 71, was found not guilty on all four counts at Norwich Crown Court on Friday. He had been accused of persuading Vera Collins, who was 88 at the time, to transfer money to him to pay for building work that was never carried out.

Mr Fenwick was represented by the barrister Olivia Strachan, who argued throughout the three-week trial that the money had been a gift. She told the jury that Mrs Collins had regarded her client as a son and had repeatedly told friends she wanted to help him. "There is no evidence that my client asked for a penny," Ms Strachan said in her closing speech.

Mrs Collins died in 2021, before the case came to trial. Her nephew, Raymond Collins, who made the original complaint to police, said he was disappointed by the verdict. He said his aunt had been "vulnerable and lonely" and that he still believed she had been taken advantage of.

The prosecution, led by Neil Hartigan, relied heavily on a statement Mrs Collins gave to police in 2019, in which she said she had expected a new kitchen to be fitted. But the defence pointed to letters written by her in which she described the money as "a thank-you for all your kindness".

A key witness, Mrs Collins' friend Doreen Blake, told the court that Vera had often spoken fondly of Mr Fenwick. Mrs Blake said her friend had been "sharp as a tack" until the last months of her life and knew exactly what she was doing.

Outside court, Mr Fenwick stood with his wife, Judith, who had attended every day of the trial. He said he was grateful to the jury but that the past six years had been "a nightmare". He said he had suffered a heart attack in 2022 and had been unable to sleep properly since he was charged.

Judith Fenwick said she had never doubted her husband. "Malcolm is the kindest man I know. That's what started all of this," she said.

Norfolk Police said it respected the jury's decision."""),

dict(title="Brother and sister Hendry both selected for Olympic rowing squad", text="""For the first time in more than forty years, a brother and sister will row for Britain at the same Olympic Games after Calum and Isla Hendry were both named in the squad announced on Wednesday.

Calum Hendry, 27, will row in the men's four, while his younger sister, Isla, 24, has been picked for the women's double sculls alongside Freya Maitland. The siblings grew up in Perth and learned to row on the River Tay, coached by their father, Alistair, a former international oarsman.

"It is surreal," Isla Hendry said at the squad announcement at the national training centre in Caversham. "When we were kids we used to race each other to the boathouse. Now we are going to the Olympics together."

Her brother said he had been more nervous about her selection than his own. "I knew my seat was fairly safe. Isla was fighting for hers right up until last month, and I could not watch her trials," he said.

The head coach, Jürgen Haller, said both had earned their places on merit. He said Isla Hendry had improved more than any other athlete in the squad over the past year. "She has a remarkable engine and she never stops learning," he said. "Calum is the calmest man in the boat, which is exactly what you want in the four."

Freya Maitland, who won a world championship silver with Hendry last year, said the pair had grown close. "We share a flat. I see more of Isla than her brother does," she said, laughing.

The Hendrys' mother, Fiona, said she would travel to the Games with her husband. She said she was proud of both of her children but confessed she had not yet worked out how to watch two races on the same morning. "Alistair will watch Calum, and I will watch Isla, and we'll swap stories afterwards," she said.

The last brother and sister to row for Britain at the same Olympics were Steven and Anne Pearce, at the 1984 Games in Los Angeles. Anne Pearce, now a coach in Henley, sent the Hendrys a message of congratulations. She said she hoped they enjoyed every minute.

The rowing events begin on the first day of the Games."""),

dict(title="Candidates clash over housing and transport in mayoral debate", text="""The two leading candidates for mayor clashed over housing, public transport and the future of the city's airport in a televised debate on Tuesday evening, with less than three weeks to go before polling day.

The sitting mayor, Victoria Ashdown, defended her record on house building, pointing to the 9,000 new homes completed during her four-year term. Her main challenger, the businessman Nathan Brooks, said most of those homes were unaffordable for young people and promised to build 5,000 council homes if he was elected.

"The mayor talks about numbers. I talk about people," Mr Brooks said. Ms Ashdown replied that her opponent had "never built anything except a chain of car washes", a line that drew laughter from the studio audience.

The sharpest exchanges came over transport. Ms Ashdown said she would extend the tram network to the eastern suburbs by 2030. Mr Brooks said her plan was uncosted and that he would prioritise bus services instead. Both candidates said they opposed a second runway at the airport, although Brooks admitted that he had supported it as recently as two years ago.

The debate was moderated by the journalist Amira Shah, who pressed both candidates on crime. Ashdown said police numbers were a matter for the government; Brooks said he would use the mayor's budget to fund 200 extra community officers. Shah asked him where the money would come from. He said he would cut the mayor's communications budget "to the bone".

A snap poll of viewers carried out after the debate suggested that 46 per cent thought Ashdown had won, compared with 41 per cent for Brooks. Polling expert Professor Gary Whitton said the race remained close. "She has the advantage of incumbency, but he has momentum in the outer boroughs," Professor Whitton said.

The Green candidate, Holly Ferrer, and the Liberal Democrat candidate, Tom Ellison, were not invited to the debate, a decision both criticised. Ms Ferrer said she had written to the broadcaster to complain. Mr Ellison said he would hold his own public meeting on Thursday.

Polling day is on 7 May. A second debate, including all four candidates, will be broadcast next week."""),

dict(title="Husband and wife team behind Yorkshire cheese scoop top award", text="""A husband and wife who gave up city careers to make cheese on a smallholding in the Yorkshire Dales have won the supreme champion title at the British Cheese Awards, beating more than 1,200 entries.

Tom and Alice Whitaker began making cheese in a converted cowshed near Hawes in 2017, after Tom left his job as an accountant in Leeds and Alice gave up her post as a hospital pharmacist. Their winning cheese, a washed-rind cow's milk cheese called Wether Fell, is aged for twelve weeks in a cave beneath the farmhouse.

"We had no idea what we were doing at the start," Alice Whitaker said. "Tom read every book on cheese he could find, and I spent a year ringing other cheesemakers and begging them to let me watch." Her husband added: "She did the hard part. I mostly did the washing-up."

The couple now employ six people and sell their cheese to restaurants in London and Edinburgh. They keep a herd of forty Shorthorn cows, looked after by Tom's father, Peter, who farmed in the dale for most of his life. Peter Whitaker said he had been sceptical when his son announced his plans. "I told him he was mad. I still think he's mad, but he's made a better cheese than I ever could," he said.

The head judge, the cheesemonger Juliet Harcastle, said Wether Fell was "a cheese of real character, bold but balanced". She said it had been a unanimous decision among the panel of judges.

The award has already brought a surge of orders. Alice said the farm shop had sold out within hours of the announcement and that she had spent the morning on the phone to wholesalers. The couple's daughter, Molly, who is twelve, has been helping to pack boxes after school.

Local MP Julian Rowe visited the farm on Monday to congratulate the family. He said the success showed what small producers in the Dales could achieve. Mr Rowe said he would be raising the Whitakers' story in parliament during a debate on rural businesses.

The couple plan to use the prize money to build a second ageing cave. Alice said they would not be expanding much further. "We want to stay small enough to know every cheese by name," she said."""),

dict(title="Obituary: Leslie Hammond, trade unionist who fought for shipyard workers", text="""Leslie Hammond, who has died aged 88, led the shipyard workers of the Clyde through some of the most turbulent years in the history of British industry, and remained a familiar figure at picket lines and union rallies long after the yards had closed.

Born in Govan in 1938, the youngest of seven children, he left school at fifteen to become an apprentice welder at the Fairfield yard, where his father and two of his brothers already worked. He joined the boilermakers' union on his first day and was elected a shop steward before he was twenty-one.

Hammond came to national prominence during the work-in of 1971, when the workforce occupied the yards to prevent their closure. He was one of a small group of stewards who organised the action, and he later said it had been "the proudest year of my life". His speeches, delivered without notes in a rasping Glasgow accent, were remembered for their wit as much as their anger.

He went on to become regional secretary of the union and served on its national executive for fifteen years. Colleagues remember a tough negotiator who would not back down but who was always courteous to his opponents. Sir Alastair Kerr, the shipyard chairman with whom he clashed repeatedly in the 1980s, was said to have kept a framed cartoon of Hammond in his office.

In retirement he campaigned for compensation for workers exposed to asbestos, many of whom he had known personally. The lawyer Frances Muir, who worked with him on several cases, said he had been "relentless, and completely without vanity". She said he had visited dying men in hospital every week for years.

He married Margaret Lennox, a primary school teacher, in 1961. She was an activist in her own right and chaired the local tenants' association for two decades. She died in 2015. In an interview after her death, Hammond said she had been "the brains of the outfit, and the heart".

He is survived by their daughters, Catherine and Anne, and by five grandchildren. His grandson, David, a welder at the Govan yard that still builds ships for the navy, said his grandfather had taught him that "a union is just people looking after each other"."""),

dict(title="Study finds bees learn faster when trained in groups", text="""Bumblebees learn to solve puzzles more quickly when they can watch other bees, according to a study published on Wednesday that adds to growing evidence of social learning in insects.

Researchers at Queen Mary University of London trained bees to pull a string to get a reward of sugar water. Bees that had watched a trained "demonstrator" bee learned the trick in about half the time of bees left to work it out alone.

The study was led by Dr Hamish Carver, with Dr Noor Al-Rashid as co-author. Dr Carver said the results showed that bees were "far more sophisticated learners than we gave them credit for". He said he had been surprised by how quickly the behaviour spread through a colony once a few bees had mastered it.

Dr Al-Rashid, who designed many of the experiments, said the work had taken three years and involved more than 600 bees. She said the most striking finding was that some bees improved on the technique they had observed. "They didn't just copy. Some of them found a faster way to do it, and then the others copied them," she said.

The two researchers presented their results together at a briefing in London. Asked whether the findings meant bees had culture, Dr Carver was cautious: "I would not go that far. But I would say it is a step in that direction." Dr Al-Rashid was more willing to use the word. "If a behaviour spreads through a group by learning and persists over time, I am comfortable calling that culture," she said, to laughter from her colleague.

Professor Lars Eklund, whose laboratory has carried out pioneering work on bee cognition, was not involved in the study but said it was "beautifully done". He said it raised important questions about how pesticides that affect bees' brains might damage their ability to learn from each other.

The conservation charity Buglife welcomed the research. Its chief executive, Mark Pellow, said it was a reminder that "every bee matters, not just as a pollinator but as part of a society".

The study is published in the journal Science Advances. The team now plans to study whether wild bees show the same behaviour."""),

dict(title="Carer mother and her son fight council over care package cuts", text="""A mother who has cared for her severely disabled son for twenty-six years has launched a legal challenge against the county council after it cut his care package by more than a third.

Deborah Quinn, 58, looks after her son, Liam, who has cerebral palsy and epilepsy and needs help with every aspect of daily life. Until last year, the council paid for a carer to support Liam for 40 hours a week. Following a reassessment in October, that was reduced to 25 hours.

Mrs Quinn said the cut had left her exhausted. "I am up with him three or four times a night. I love him more than anything in the world, but I am not getting any younger," she said. "If something happens to me, who looks after Liam?"

Liam, 26, communicates using an eye-gaze computer. He has told his mother that he misses the trips to the swimming pool and the library that his carer used to take him on, and which have now been cancelled.

The family's solicitor, Patrick Doherty, said the council had failed to follow the law when it carried out the reassessment. He said the assessor had spent less than an hour with Liam and had not spoken to his doctors. "This decision was made on a spreadsheet, not on the facts of this young man's life," Mr Doherty said. He has asked the High Court for permission to bring a judicial review.

The council's cabinet member for adult social care, Councillor Joan Fairclough, said she could not comment on an individual case. But she said the council was facing "unprecedented" pressure on its social care budget and had been forced to review hundreds of care packages. She said every decision was made in line with the law.

Liam's father, Kevin Quinn, who lives separately but visits every weekend, said he fully supported his former wife's legal action. "Debbie has given her whole life to Liam. The least the council can do is give her some rest," he said.

The charity Carers UK said cases like the Quinns' were becoming increasingly common. Its policy director, Emily Hartwell, said unpaid carers were "holding the social care system together".

A decision on whether the case can proceed is expected next month."""),

dict(title="Theatre review: A male Lady Bracknell steals the show", text="""There is a moment in the first act of the new production of The Importance of Being Earnest at the Lyric Theatre when Lady Bracknell, informed that her prospective son-in-law was found in a handbag, turns slowly to the audience and raises a single eyebrow. The house erupts. It is the best laugh of the night, and it belongs to Clive Merriman.

Merriman is not the first man to play Wilde's most famous dragon, but he may be the funniest. He resists the temptation to play her as a pantomime dame. His Lady Bracknell is a woman of terrifying dignity, and he lets the comedy come from her total certainty that she is right about everything.

The director, Josie Okafor, has set the play in the 1920s, and the design by Tom Pike is a feast of art deco mirrors and silk. Okafor keeps the pace brisk and trusts the lines, which is more than many directors of Wilde manage.

As Jack Worthing, Daniel Hurst is charming but a little bland. He is outshone by Priya Sharma as Gwendolen, who plays her as a young woman entirely aware of her power and enjoying every second of it. Sharma and Merriman, as daughter and mother, have a wonderful scene together in the first act in which she mimics her mother's gestures behind her back.

Jessica Lowe is a sweet, sharp Cecily, and Harry Dawes makes a delightfully lazy Algernon. He eats the cucumber sandwiches with a greed that becomes a running joke.

The only false note is Miss Prism. The veteran actor Margaret Bell seems unsure whether to play her for laughs or for pathos, and she ends up doing neither convincingly. Her reunion with Canon Chasuble, played by Roger Allam-Stone, lacks the warmth it needs.

But these are small quibbles. This is a production that understands that Wilde is, above all, a writer of jokes, and it delivers them with precision. When Merriman, resplendent in purple, declares that to lose one parent may be regarded as a misfortune, the audience mouths the line along with him, and he waits for them, smiling, before finishing it.

The Importance of Being Earnest runs at the Lyric until 15 March."""),

dict(title="Two Dr Patels: hospital twins mark 25 years of service", text="""Staff at Northfield General Hospital gathered on Friday to celebrate an unusual anniversary: twenty-five years since twin brother and sister Anil and Anjali Patel both joined the hospital as junior doctors on the same day.

Dr Anil Patel is now the hospital's lead consultant in emergency medicine. Dr Anjali Patel runs its paediatric diabetes service. Between them, colleagues estimate, they have treated more than 200,000 patients.

The twins were born in Leicester in 1975 to parents who had moved to Britain from Gujarat. Their mother, Sushila, was a nurse, and their father, Ramesh, ran a pharmacy. Anjali said it was their mother who inspired them both. "She used to come home from night shifts and still help us with our homework," she said. "We both wanted to be like her."

The shared surname has caused confusion for a quarter of a century. Anil said patients had regularly turned up at the emergency department asking for "the lady Dr Patel", and that his sister had once been paged to a cardiac arrest meant for him. "She was not amused. She was in the middle of clinic," he said.

Anjali has her own stories. She said her brother had once been sent a cake intended for her by the grateful parents of a young patient. "He ate half of it before he read the card," she said. Her brother did not deny it.

The hospital's chief executive, Fiona Marsden, said the twins embodied the spirit of the hospital. She said Dr Anil Patel had led the emergency department through the pandemic "with extraordinary calm", while Dr Anjali Patel had built a diabetes service that was now a model for the region. Ms Marsden presented each of them with a framed photograph of their first day at Northfield.

Anil is married to Claire, a radiographer at the same hospital. Anjali lives with her husband, Vikram, a GP, and their two sons in a village outside the town. Both say they have no plans to retire. "Our mother worked until she was sixty-eight," Anjali said. "We have a lot of catching up to do."

The hospital plans to name a new training room after their mother, who died in 2019."""),
]
