CLEAN_B = [
("Couple behind family bakery chain sell stake to investment firm",
"""The husband-and-wife founders of Hollis Bakery, one of the fastest-growing bakery chains in the north of England, have sold a majority stake in the business to the private equity firm Carrick Partners for a reported 85 million pounds.

Sarah Hollis and Mark Hollis opened their first shop in Harrogate in 2009 with a loan from her parents. The chain now has 64 branches and employs about 1,200 people.

Mrs Hollis, who developed most of the original recipes, will remain chief executive. Her husband, who has run the company's finances and property, will step back from day-to-day management but keep a seat on the board.

"We have taken this business as far as the two of us can on our own," Mrs Hollis said. "Carrick can help us open in the south without losing what makes us who we are." Mr Hollis said he intended to spend more time with their three children and "finally learn to bake properly."

Carrick's managing partner, Julian Fraser, said the firm planned to open up to forty new shops over five years. He said he had been impressed by the loyalty of Hollis customers and by the founders' attention to quality.

The couple's eldest daughter, Emma Hollis, who runs the company's marketing, will join the board. She said her parents had been "arguing about croissants at the dinner table for as long as I can remember."

Retail analyst Gavin Moore said the price was high but justified by the chain's growth. "The question is whether it can keep the local feel when it doubles in size," he said. His colleague, Rachel Tan, was more cautious, noting rising costs for flour and energy.

Staff will each receive a bonus of 1,000 pounds from the proceeds, Mrs Hollis said.""",
),

("Scientists identify gene linked to rare childhood disorder",
"""Researchers at two universities have identified a gene responsible for a rare neurological disorder that affects about one in 200,000 children, a discovery that could lead to earlier diagnosis and, eventually, treatment.

The study, published on Wednesday in the journal Nature Genetics, was led by Professor Carlos Mendes at the University of Edinburgh and Dr. Yuki Sato at Kyoto University.

Professor Mendes said the breakthrough came after the team sequenced the genomes of 41 affected families from eleven countries. He said all the children shared mutations in a gene involved in the development of nerve cells in the brain's outer layer.

Dr. Sato, who led the laboratory work in Japan, grew nerve cells from skin samples donated by the families. She showed that cells carrying the mutation failed to form normal connections. "It was the first time we could see the disease happening in a dish," she said.

The research was partly funded by a parents' charity, Little Steps. Its founder, Claire Nolan, whose daughter Isla has the condition, said the families had waited years for answers. "For a long time doctors just told us it was bad luck," she said.

Mrs Nolan first contacted Professor Mendes in 2016 after reading an article about his work on related disorders. He agreed to meet her and the meeting led, eventually, to the study.

Dr. Amir Hassan, a geneticist who was not involved in the research, said the findings were convincing and "a model of how to do this kind of study." He cautioned that any treatment was likely to be many years away.

The team is now testing whether existing drugs can restore normal behaviour in the laboratory-grown cells.""",
),

("Election: Prime minister says country 'has chosen stability'",
"""The prime minister, Henrik Salo, claimed victory in Sunday's general election, saying the country "has chosen stability over adventure" after his centre-right party won 61 of the parliament's 200 seats.

Salo will need the support of at least two smaller parties to form a government. Coalition talks are expected to begin on Tuesday.

"Finland has spoken calmly and clearly," Salo told supporters in Helsinki. "She wants steady hands, and she wants honest budgets." His speech was interrupted several times by applause.

The main opposition party, the Social Democrats, led by Anna Korhonen, came second with 48 seats. Korhonen congratulated Salo but said her party would "hold him to every promise." She said she would not rule out joining a coalition if the terms were right.

The biggest gains were made by the Greens, whose leader, Mikael Virtanen, is a former environmental scientist. His party rose from 13 to 22 seats. Virtanen said the result was "a message that the climate cannot wait another four years."

Turnout was 71 percent, slightly down on the previous election. Analysts said the campaign had been dominated by the cost of living and by security concerns following tensions on the eastern border.

Political scientist Laura Mäkinen of the University of Helsinki said Salo's most likely partners were the Centre Party and the Swedish People's Party. "It is the arithmetic that makes sense," she said. "Whether the personalities make sense is another matter."

The president, Elina Heikkinen, will formally ask the largest party to begin negotiations. She has said she hopes a government can be in place before the summer recess.""",
),

("Theatre review: Helen Carrick's Hamlet is fierce and unforgettable",
"""Few actors have made Hamlet's grief feel as raw as Helen Carrick does in the new production at the Old Vic. Carrick, 58, plays the prince as a man rather than reimagining him as a woman, and within minutes the question of casting simply falls away.

Her Hamlet is not a dreamy student but a furious, exhausted man who has plainly not slept since his father's funeral. When he tells Rosencrantz that Denmark is a prison, he means it literally; he paces the stage like a caged animal.

Director Thomas Avery has set the play in a modern surveillance state, with cameras in every corner and Polonius, played with oily charm by Simon Ward, monitoring screens from a glass booth. It is not a new idea, but Avery executes it with confidence.

The strongest scenes are between Carrick and Marion Hale as Gertrude. Their confrontation in the closet scene is brutal: Hamlet hurls his mother across the bed, then collapses sobbing into her lap. Hale, who has played Gertrude twice before, gives her finest performance in years.

Not everything works. Luke Barrow's Laertes is oddly muted, and the ghost, projected onto a wall of smoke, looks more like a screensaver than a spirit. The production also runs to nearly four hours.

Carrick has said in interviews that she waited thirty years to play the part. "I kept being told I was too old, then too female, then too old again," she told one newspaper. Her patience has been rewarded.

By the final duel, when Hamlet finally acts and dies in Horatio's arms, the audience around me was silent. Horatio, played with quiet dignity by Danny Osei, closes his friend's eyes, and the lights go out.

Hamlet runs at the Old Vic until March.""",
),

("Obituary: Dame Rosalind Pryor, pioneering heart surgeon",
"""Dame Rosalind Pryor, one of the first women in Britain to become a consultant cardiac surgeon and a pioneer of heart surgery in children, has died aged 91.

Her husband of sixty years, Professor Edward Pryor, a retired physicist, said she died on Sunday at their home in Cambridge.

Born in Leeds in 1935, the daughter of a railway clerk and a seamstress, Rosalind Hughes won a scholarship to study medicine at Edinburgh. She was one of only six women in her year. After qualifying she was told by a senior surgeon that surgery was "no place for a lady" and that she should consider general practice. She ignored him.

In 1971 she was appointed consultant at Great Ormond Street Hospital. Over the next three decades she operated on more than 4,000 children, many with complex congenital defects previously considered inoperable.

Her former trainee, the surgeon Sir Michael Doyle, said she was "the most skilful pair of hands I ever watched." He added: "She was also terrifying. If you were late to theatre you were not late twice."

She met Edward Pryor at a college dinner in 1963; he proposed, she often said, before the pudding. He supported her career at a time when that was unusual, taking on much of the care of their two sons.

One of her earliest patients, Janet Cole, now 58, said she owed her life to Dame Rosalind. "She held my hand before the operation and told me I'd be fine," Mrs Cole said. "I believed her, and she was right."

She was appointed a dame in 1998. She is survived by her husband, their sons, Daniel and Peter, and five grandchildren.""",
),

("Mixed doubles: Silva and Kowalski claim Wimbledon title",
"""Brazil's Rafael Silva and Poland's Magda Kowalski won the Wimbledon mixed doubles title on Sunday, beating the British pairing of Jack Thornton and Lucy Greene 6-4, 7-6.

It was a first Grand Slam title for both players, who only began playing together in April after Kowalski's regular partner retired.

Silva served out the match at 6-5 in the tiebreak, and Kowalski leapt into his arms at the net. "I told him at the changeover, just put the first serve in," she said afterwards. "He put it in."

Silva said his partner had carried him through the first set, when he struggled to return serve. "She was incredible at the net," he said. "I was just trying not to make mistakes."

The British pair had been cheered on by a packed Court One. Thornton said he was disappointed but proud. "We gave it everything," he said. Greene, who was playing in her first Wimbledon final, said she hoped to be back. "I've got the taste for it now," she said.

Kowalski, 27, is better known as a doubles specialist and has reached the semi-finals of the women's doubles twice. Silva, 31, is ranked 14th in the world in men's doubles and has spent most of his career on the clay courts of South America.

Their coach, Ricardo Alves, said the pairing had worked because they were "complete opposites." He said that she was the calm one and that he was "the volcano."

The pair said they would play together again at the US Open in August. Kowalski said they had not yet decided how to celebrate. Silva suggested a barbecue. She said she would prefer to sleep.""",
),

("Tech firm names new chief executive as founder steps aside",
"""The software company Brightline announced on Monday that its chief operating officer, Maya Goldberg, will become chief executive in January, succeeding the company's founder, Jonathan Reece, who will become executive chairman.

Goldberg, 44, joined Brightline in 2016 from a large consulting firm and has been responsible for its rapid expansion in Europe and Asia. Under her leadership, revenue outside the United States has grown from 12 percent to 45 percent of the total.

Reece founded the company in his garage in 2008 and took it public in 2019. He said in a statement that he had been planning the transition for two years. "Maya is the best operator I have ever worked with," he said. "The company is ready for her."

Goldberg said she was honoured. "Jonathan built something extraordinary," she said. "My job is to make sure it lasts."

Investors reacted calmly, with shares rising about one percent. Analyst Brian Kowal of Summit Research said the appointment had been widely expected. "There were no surprises here, and that is exactly what the market wanted," he said.

Goldberg will inherit a company facing stronger competition and pressure from investors to improve profitability. Her deputy, the chief financial officer David Lin, has announced a cost review that could lead to job cuts. He said no decisions had been made.

Some employees had hoped for an external appointment. One senior engineer, who asked not to be named, said Goldberg was respected but seen as cautious. Others welcomed her. "She answers emails at two in the morning," said product manager Tom Ashby. "That's either inspiring or terrifying."

Reece, 52, said he would focus on long-term strategy and on the company's charitable foundation, which his wife, Laura, runs.""",
),

("Russian pianist Nikita Orlov wins Leeds competition",
"""The Russian pianist Nikita Orlov has won the Leeds International Piano Competition, one of the most prestigious contests in classical music, after a final performance of Rachmaninov's Third Concerto that brought the audience to its feet.

Orlov, 24, who now lives in Berlin, said he had not expected to win. "I was sure Kim would take it," he said, referring to the South Korean pianist Kim Ji-woo, who finished second. "Her Brahms was the best thing I heard all week."

Kim, 22, said she was happy for her rival. "Nikita played from his heart," she said. "I played from my head. Next time I will try both."

The jury was chaired by the Dutch pianist Jan de Vries, who said the standard had been the highest in the competition's history. He said the jury had been divided but that Orlov's final had "settled the argument."

Orlov began playing at four, taught by his grandmother, a music teacher in Yekaterinburg. He moved to Germany at seventeen to study with the pianist Sasha Kuznetsova, who was in the audience on Saturday. She said she had wept through the slow movement.

The third prize went to the American Jordan Blake, 26, who became a local favourite during the competition. He said he would use his prize money to buy a piano, as he currently practises on a borrowed instrument.

The winner receives 30,000 pounds, a recording contract and concert engagements around the world. Orlov's first engagement will be with the Hallé Orchestra in Manchester next month, conducted by Andrea Bianchi. He said he intends to play Mozart rather than Rachmaninov. "I need a rest," he said.""",
),

("Man jailed for fraud against elderly widow",
"""A man who persuaded an elderly widow to hand over more than 400,000 pounds for building work that was never done was jailed for six years on Friday.

Craig Mortimer, 46, of Basildon, pleaded guilty to fraud by false representation at Chelmsford Crown Court. The court heard that between 2020 and 2023 he convinced Margaret Elsworth, now 87, that her house needed urgent roof and foundation repairs.

Judge Catherine Lennox said Mortimer had "deliberately targeted a vulnerable, trusting woman living alone" and had "stripped her of her life savings." She said the harm caused was severe.

Prosecutor Fiona Marsh told the court that Mrs Elsworth had written more than sixty cheques. On several occasions Mortimer drove her to the bank himself. Her son, Robert Elsworth, discovered the fraud when he visited from Canada and found the roof untouched.

In a victim statement read to the court, Mrs Elsworth said she no longer felt safe answering her own front door. "I thought he was a kind young man," she said. "He used to bring me biscuits."

Mortimer's barrister, Nigel Foster, said his client had a gambling addiction and was "deeply ashamed." He said Mortimer had written a letter of apology to Mrs Elsworth. The judge said she accepted his remorse was genuine but that it could not outweigh the seriousness of the offence.

Detective Constable Hannah Reed, who led the investigation, said outside court that the case showed the importance of families checking on elderly relatives. She urged anyone with concerns about doorstep traders to contact the police.

A confiscation hearing will take place next year to determine how much money can be recovered for Mrs Elsworth.""",
),

("Author's memoir recalls mother who ran a village shop through the war",
"""In his new memoir, Counter Lives, the novelist Peter Ashcombe writes about the woman who shaped him more than any teacher or editor: his mother, Edith, who ran the village shop in Little Brampton, Suffolk, from 1939 to 1982.

Ashcombe, 79, said in an interview that he had been trying to write the book for forty years. "Every time I started, she took over," he said. "In the end I let her."

Edith Ashcombe took over the shop at 22, when her father was called up. She ran it through rationing, floods and the arrival of a supermarket in the nearby town, which she regarded, according to her son, "as a personal insult." She knew, he writes, every customer's debts and never once mentioned them in public.

The book also describes his father, Arthur, who returned from the war withdrawn and unwell and who worked in the shop's back room repairing bicycles. "He hardly spoke," Ashcombe said. "She spoke enough for both of them."

Ashcombe's editor, Jane Parsons, said the memoir was the best thing he had written. "It is funny and sad and completely unsentimental, which is exactly what Edith would have wanted," she said.

The book has already been praised by the historian Margaret Fenby, who called it "a remarkable portrait of rural England at war." The novelist Roger Tulley described it as "a love letter written in plain English."

Ashcombe said the hardest part to write was his mother's last years, when she developed dementia and no longer recognised the shop she had run for four decades. "She kept asking who had moved the tins," he said.

Counter Lives is published on Thursday.""",
),

("Football: Manager hails captain after comeback win",
"""Cheltenham Ladies manager Steve Carroll praised his captain, Jess Whitmore, after she scored twice in the second half to give her side a 3-2 comeback win over Bristol Rovers Women on Sunday.

Cheltenham had trailed 2-0 at half-time after goals from Rovers' striker Ellie Patton and a penalty by Sophie Grant. Carroll said he had not raised his voice in the dressing room. "I didn't need to," he said. "Jess did the talking."

Whitmore pulled one back within three minutes of the restart with a header from a corner. "We knew if we got one early, we'd get more," she said. Her second, a volley from the edge of the area, came in the 70th minute.

The winner was scored by the 17-year-old substitute Amy Reyes, who had been on the pitch for only six minutes. Carroll said she had been "sharp all week in training" and deserved her chance.

Rovers' manager, Dan Hughes, was frustrated. "We switched off for ten minutes and it cost us the game," he said. "You can't do that against a team with Whitmore in it." He said his side had been the better team for an hour.

Whitmore, 29, has been with the club for nine years and has scored 84 goals. She works part-time as a physiotherapist and said she would be back at work on Monday morning. "My patients will want to hear about it," she said.

Club chairman Gordon Ellis said the win was a boost before next week's cup tie. He added that he hoped a bigger crowd would come to watch. Sunday's attendance was 1,140.

Cheltenham move up to fourth place in the table.""",
),

("Governor signs law protecting nurses from workplace violence",
"""Governor Michelle Barton on Thursday signed legislation making assault on a nurse or other healthcare worker a felony in the state, a measure sponsored by a Republican senator and a Democratic representative who rarely agree on anything.

Speaking at a ceremony at St. Luke's Hospital in the state capital, Barton said nurses had been "spat on, punched and threatened for doing their jobs" and that the law sent "a clear message that this ends now."

The bill was introduced by State Senator Dale Hutchins, a former paramedic, and State Representative Yolanda Pierce, a nurse for twenty years before entering politics. Hutchins said he had been attacked twice on the job. "I still have a scar on my arm from a man I was trying to help," he said.

Pierce, standing beside him, said the two had disagreed about "almost everything else" but had found common ground on this issue. "When you've worked a night shift in an emergency room, party labels don't matter much," she said.

The state nurses' association had campaigned for the change for six years. Its president, Linda Okafor, said more than half of its members reported being assaulted at work. She thanked both sponsors by name.

Not everyone supported the bill. Civil liberties groups warned that it could criminalise patients with dementia or mental illness. Michael Torres, of the state's public defenders' office, said he feared "people in crisis will be sent to prison instead of treatment." Supporters said the law allowed judges to take such factors into account.

The hospital's chief nursing officer, Patricia Quinn, said her staff had followed the bill's progress closely. She said several nurses had been in tears as the governor signed it.""",
),

("Explorer who crossed Antarctica alone returns home",
"""The adventurer Sam Whitlock arrived home in Devon on Saturday to a crowd of several hundred well-wishers after becoming the first woman to cross Antarctica alone and unsupported.

Whitlock, 38, completed the 1,700-kilometre journey in 68 days, hauling a sledge weighing more than 150 kilograms. She reached the Ross Ice Shelf on January 22, having lost more than twelve kilograms during the expedition.

"I'm still not used to things being warm," she said, stepping off the train at Exeter. Her partner, Chris Dawson, and her mother, Alison, were the first to greet her.

Whitlock, a former Royal Navy officer, trained for three years for the crossing. Her expedition manager, Ben Carter, who monitored her progress by satellite phone from a base in Chile, said the hardest moment came in week six, when a storm kept her in her tent for four days. "She called me and said she was fine," he said. "I later found out her stove had broken and she'd been eating frozen food."

The polar explorer Sir Alastair Grove, who met her before the expedition, sent a message of congratulation. He called her achievement "astonishing" and said he hoped she would write about it.

Whitlock said she had raised more than 200,000 pounds for a mental health charity. She said she had struggled with depression after leaving the navy and that the expedition had been partly about "proving to myself that I could still do hard things."

Carter said that Whitlock had already mentioned another expedition, though she declined to give details. "Not for a while," she said, laughing. "First I'm having a very long bath."

The Royal Geographical Society said it would invite her to give a lecture in the autumn.""",
),
]
