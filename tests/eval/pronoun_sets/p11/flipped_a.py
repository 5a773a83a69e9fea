ARTICLES = [
dict(title="Margaret Ellison, headteacher who transformed a failing school, dies at 81", person="Margaret Ellison", gender="f", text="""
Margaret Ellison, who took over one of the worst-performing primary schools in Lancashire in 1979 and turned it into one of the most oversubscribed, has died at the age of 81. Her family said she died peacefully at home in Clitheroe on Sunday after a short illness.

Born in Burnley to a mill worker and a school cook, she was the first in her family to stay in education beyond 15. She trained as a teacher at a college in Manchester and spent a decade in classrooms across the county before being offered the headship of St Anne's Primary, which was then facing closure.

"Nobody else wanted it," said Peter Hale, who served as her deputy for 14 years. "The roof leaked, half the staff had left, and the inspectors had written the place off. Margaret walked in on the first morning, rolled up her sleeves and started mopping the corridor. That was the whole philosophy, really."

Within five years the school had a waiting list. Ellison introduced a breakfast club long before they became common, insisted that every child learn an instrument, and persuaded local businesses to pay for a library. She was appointed OBE in 1994.

Anne Cole, who joined St Anne's as a newly qualified teacher in 1986 and later succeeded ⟦flip:him|her⟧ as head, remembered a woman who was formidable but rarely raised her voice. "She had a way of looking at you over her glasses that did the job," she said. "But if you were struggling, she was the first person at your door with a cup of tea."

After retiring in 1999, the former headteacher sat on the governing boards of two other schools and wrote a short memoir, which ⟦flip:he|she⟧ insisted was only for the grandchildren.

She is survived by her husband of 58 years, Robert, a retired engineer, their son David and three grandchildren. David Ellison said his mother had continued to receive letters from former pupils until the last weeks of her life. "She kept every one of them in a shoebox," he said. "There are hundreds. She read them again last month and laughed at all the spelling mistakes."

A funeral will be held at St Mary's Church, Clitheroe, on 14 March.
"""),

dict(title="Accountant stole £410,000 from hospice to fund gambling habit, court hears", person="Daniel Okafor", gender="m", text="""
An accountant who managed the finances of a children's hospice stole more than £410,000 over six years to feed a gambling addiction, a jury at Bristol Crown Court was told on Tuesday.

Daniel Okafor, 47, of Keynsham, denies 14 counts of fraud by abuse of position. Prosecutors say he diverted donations to accounts he controlled while telling trustees the hospice was struggling to cover its heating bills.

Opening the case for the Crown, Helen Marsh KC said the defendant had been trusted "absolutely" by the charity's small staff. "Mr Okafor was the only person who saw the full picture," she told the jury. "He prepared the accounts, ⟦flip:she|he⟧ presented them to the board, and he answered every question that was asked about them. Nobody had any reason to doubt him."

The jury heard that the losses came to light in 2022 when a new treasurer, Gillian Foster, asked to see original bank statements rather than the summaries Okafor provided. Ms Foster, a retired bank manager, noticed that several large legacy payments appeared in the statements but not in the accounts.

Ms Marsh said the treasurer raised the matter with the hospice's chief executive, Sarah Lindqvist, who confronted the accountant at a meeting in March that year. According to the prosecution, he initially blamed a software error, then asked for a week to "sort it out" before failing to return to work.

Bank records showed transfers of between £2,000 and £18,000 to online betting firms, the court heard. In one month alone, the prosecution alleges, Okafor lost £37,000.

Ms Lindqvist, giving evidence on the first day, said the discovery had been "devastating" for staff. "We cut two nursing posts because we believed ⟦flip:her|his⟧ figures," she said. "We told families we could not expand. All the while the money was there."

Cross-examined by Okafor's barrister, Richard Tamsin, she agreed that the defendant had worked long hours and had once paid for a staff Christmas party out of his own pocket. Mr Tamsin told the jury his client accepted that money had gone missing, but said the issue for them would be whether he had acted dishonestly at a time when he was gravely ill with addiction.

Judge Caroline Ashby told jurors the trial was expected to last three weeks. Okafor, wearing a grey suit, sat in the dock with his head bowed as the charges were read.

The trial continues.
"""),

dict(title="Harrington battles back to reach first Wimbledon quarter-final", person="Lucy Harrington", gender="f", text="""
Lucy Harrington had never gone beyond the third round of a grand slam before this fortnight. On Monday evening, under a closed roof on Court One, the 24-year-old from Nottingham saved three match points to beat the ninth seed Elena Petrova 4-6, 7-6, 7-5 and reach the last eight at Wimbledon.

It was a match that seemed lost an hour in. Petrova, the powerful Bulgarian who reached the final in Rome last month, broke her twice in the opening set and led 5-3 in the second. Harrington looked to her box, where her coach Mark Devlin sat with arms folded, and shook her head.

"I wasn't thinking about winning," she said afterwards. "I was thinking, just make her play one more ball. Then one more. Mark always says the scoreboard lies until the last point."

Devlin, a former Davis Cup player who has coached her since she was 15, said he had seen the turn coming. "When she starts talking to herself, that's when I relax," he said. "It means she's angry, and when Lucy is angry ⟦flip:he|she⟧ is dangerous."

At 5-6 in the second set, Harrington faced three match points on her own serve. She saved the first with an ace, the second with a drop shot that Petrova could only watch, and the third when the Bulgarian netted a routine backhand. The crowd, who had been politely quiet, rose to their feet.

Petrova was gracious in defeat. "She played the big points better than me," she said. "I had my chances. I'm sure I'll think about that backhand tonight."

The deciding set was tight until the 12th game, when Harrington broke to love, finishing with a forehand winner down the line. She dropped ⟦flip:his|her⟧ racket and covered her face with her hands.

Her mother, Janet, who had travelled down from Nottingham with Harrington's younger brother Sam, was in tears in the stands. "She's worked for this since she was six," she said. "I just want ⟦flip:him|her⟧ to enjoy it."

Harrington will face either the second seed, Anna Kowalski, or the unseeded American Grace Tolliver for a place in the semi-finals. She said she would watch that match "with a cup of tea and my feet up".

"Whoever it is, I'm not scared," she added. "Not after tonight."
"""),

dict(title="From garage to FTSE: the quiet rise of Rajesh Menon", person="Rajesh Menon", gender="m", text="""
When Rajesh Menon started writing software in his parents' garage in Leicester in 2009, he had £3,000 in savings, a second-hand laptop and a co-founder who had just been made redundant. Fifteen years later, the payroll company he built, Ledgerline, will join the FTSE 250 on Monday with a valuation of £2.1 billion.

Menon, 41, is not a natural showman. He gives few interviews, wears the same navy jumper to most board meetings and still takes the train from Leicester to the company's London office twice a week. "I'm an engineer," he said, sitting in a meeting room that has no name on the door. "I like problems that have answers."

His co-founder, Priya Shah, who left Ledgerline in 2019 to start a venture fund, describes him as stubborn in the best way. "Raj would rather rewrite something five times than ship it broken," she said. "In the early days it drove me mad. I was the one on the phone telling customers it was coming next week. But he was usually right."

The pair met at the University of Warwick, where both studied computer science. Shah handled sales and finance; Menon wrote almost all of the original code. Their first client was a chain of dental practices owned by Shah's uncle.

Growth was slow until 2016, when Claire Donovan, a partner at the investment firm Harbour Capital, led a £12 million funding round. Donovan said she had been struck by his refusal to exaggerate. "Every founder tells you their numbers are going to triple," she said. "Rajesh showed me a spreadsheet and told me exactly where he thought it would go wrong. I'd never had that before."

The company now employs 1,400 people, processes wages for around four million workers and has avoided the layoffs that have hit much of the tech sector. Menon insists that was not luck. "We hired slowly. We never had a ping-pong table," he said.

Asked about the listing, the chief executive became visibly uncomfortable. He said his mother, Lakshmi, still asks when he is going to get a proper job. "She was a nurse for 35 years," ⟦flip:she|he⟧ said. "Compared to that, what I do is not very heroic."

He plans to mark the occasion with a curry with the original team of eight, including Shah. "She's buying," he said. "She made more money than me when she sold her shares."
"""),

dict(title="Health minister faces backbench revolt over hospital closures", person="Fiona Grant", gender="f", text="""
The health minister, Fiona Grant, was forced to defend plans to close three accident and emergency departments in the north-east on Wednesday as a growing number of her own MPs threatened to vote against the government.

Ms Grant told the Commons that the changes would save lives by concentrating specialist staff in fewer, better-equipped hospitals. "I understand the anxiety," she said. "But I will not stand here and defend a system in which a stroke patient waits four hours for a consultant who is 40 miles away."

Her opponents were unconvinced. Tom Bradley, the opposition health spokesman, accused her of "closing hospitals by spreadsheet" and said residents in rural Northumberland would face journeys of more than an hour. "The minister talks about specialist care," he said. "Her constituents in Surrey will never have to test that theory in an ambulance on the A68."

More troubling for the government were the interventions from its own benches. Margaret Dunn, who represents Hexham, said she had received more than 4,000 letters on the subject and could not support the plans in their current form. Two other government MPs, James Keating and Rachel Oduya, signalled that they would join her.

A senior party source said the whips had been "working the phones all afternoon". Downing Street insisted the prime minister had full confidence in ⟦flip:him|her⟧ and that the policy would go ahead.

The minister, who trained as a GP before entering parliament in 2015, has built her reputation on an unusual willingness to take on difficult reforms. Colleagues describe her as tireless and occasionally impatient. One former adviser said ⟦flip:he|she⟧ had a habit of reading every page of a briefing and then asking why the conclusions were on page 40 rather than page one.

Dr Alan Reese, chair of the regional NHS trust, defended the proposals, saying he had been trying to recruit emergency consultants for three years. "We are not closing these departments because we want to," he said. "We are doing it because we cannot staff them safely."

Speaking to reporters outside the Department of Health, Grant said she would meet Ms Dunn and the other rebels next week. Asked whether ⟦flip:he|she⟧ would consider resigning if the vote was lost, she smiled. "I'm a doctor," she said. "I don't give up on patients, and I don't give up on policies I believe in."
"""),

dict(title="Coral that survives heatwaves could hold key to reef recovery, study finds", person="Samuel Achebe", gender="m", text="""
A species of coral found off the coast of Kenya can withstand sea temperatures that kill most of its relatives, according to research that scientists say could help restore damaged reefs around the world.

The study, published on Thursday in the journal Nature Ecology & Evolution, was led by Dr Samuel Achebe, a marine biologist at the University of Exeter who has spent more than a decade diving the reefs near Mombasa. He and his team found that colonies of a branching coral remained healthy during a 2022 marine heatwave that bleached more than 80 per cent of the surrounding reef.

"We kept going back expecting to find them dead," Achebe said. "Every week the water got hotter and every week they were still there, still brown, still feeding. At some point you stop being surprised and start asking why."

The answer, his co-author Dr Karen Liu believes, lies in the algae that live inside the coral's tissue. Liu, a geneticist at the University of Hong Kong, sequenced the algae and found a strain that appears to produce a protein protecting it from heat damage. "It's like the coral has brought its own air conditioning," she said.

Much of the fieldwork was carried out by Maria Santos, a PhD student from Portugal, who logged more than 300 dives over two years. Achebe credits her with spotting the first healthy colony. Santos, who hopes to return to Kenya after finishing her doctorate, said he had been a generous supervisor. "He lets you make mistakes," she said. "Then ⟦flip:she|he⟧ helps you work out what went wrong."

Other scientists urged caution. Professor Judith Carey, a reef ecologist at James Cook University in Australia who was not involved in the study, said the findings were exciting but that a single species would not save entire reef systems. "It's one piece of a very big puzzle," she said.

Achebe agreed. The marine biologist, who grew up in Lagos and learned to swim only at 19, said his team was now working with Kenyan conservation groups to grow fragments of the coral in underwater nurseries. "If we can plant these on damaged reefs, we might buy them some time," he said. "That's all we're really doing now. Buying time."
"""),

dict(title="Village baker hangs up her apron after 52 years", person="Joan Whitfield", gender="f", text="""
For more than half a century, the day in Ashby Parva has started with the smell of Joan Whitfield's bread. On Saturday, the 78-year-old baker will pull her last loaf from the oven at the shop on Main Street that her father opened in 1949.

Mrs Whitfield took over the business when she was 26, after her father, George, suffered a stroke. She had planned to become a teacher. "I thought it would be for a year," she said, laughing. "Then it was five years, then I stopped counting."

She gets up at 3.30am six days a week and has missed only a handful of days in five decades, most of them when her two children were born. Regulars say her cheese scones are the best in Leicestershire, and she has the certificates from the county show to prove it.

Arthur Benn, 91, has bought a white bloomer from the shop every morning since 1961. "I was there the day she took over," he said. "George was a lovely man, but his bread was like a brick. Joan's is like a cloud. I don't know what I'll do now." He paused. "Probably starve."

The shop will be taken over by ⟦flip:his|her⟧ nephew, Liam Whitfield, 34, who trained as a pastry chef in London and worked at a hotel in Mayfair before moving back to the village last year. He has promised to keep the cheese scones.

"She's given me the recipe, but I don't think she's given me all of it," Liam said. "There's something she does that she won't tell me. I've watched ⟦flip:him|her⟧ a hundred times and I still can't get them the same."

His aunt does not deny it. "A woman has to keep some secrets," she said.

Villagers have organised a party at the village hall on Saturday afternoon. The parish council chair, Denise Okoro, said more than 200 people had already said they would come. "Joan has fed this village for 52 years," she said. "The least we can do is feed her for one afternoon."

Mrs Whitfield said she intended to spend her retirement visiting her daughter in Canada and "sleeping until at least six". Asked whether she would miss it, the baker was quiet for a moment. "I'll miss the people," ⟦flip:he|she⟧ said. "Not the alarm clock."
"""),

dict(title="Henry Castell's last Lear: the director who refuses to retire", person="Henry Castell", gender="m", text="""
Henry Castell has directed King Lear four times. The first was in 1978, when he was 29 and, by his own admission, "had no business directing a play about old age". The fifth, which opens at the Old Vic next week, may well be his last.

"I keep saying that," the 75-year-old said at the rehearsal room in Waterloo, a mug of black coffee in his hand. "My wife has stopped believing me. I'm not sure I believe me."

Castell, who ran the Royal Exchange in Manchester for two decades, is regarded by many in the industry as one of the great interpreters of Shakespeare. He is also known for being exacting. Actors speak of rehearsal periods of eight weeks, double the usual length, and of notes delivered at 11pm by email.

Sophie Lane, who plays Cordelia, has worked with him three times. "He'll stop you on a single word and make you say it twenty different ways," she said. "Sometimes you want to throttle him. Then you get to the first night and you realise why he did it."

This production casts a woman, Dame Patricia Hale, as Lear, a choice Castell says came from watching his own mother's decline. "She was a headmistress. She ran everything. And at the end she couldn't find the kettle. That's Lear. It's not about being a king. It's about losing the thing that made you who you were."

Dame Patricia, 81, said she had accepted the part on one condition. "I told Henry I wouldn't do it unless ⟦flip:she|he⟧ promised not to send me emails after ten," she said. "He has broken that promise every single night."

The playwright Nadia Karim, who has written two plays for Castell, said few directors of his generation had done as much to bring new writers into the mainstream. "He read my first script when nobody else would," she said. "He sent it back with 40 pages of notes in green ink. I still have them."

Castell is reluctant to discuss what comes next. His son, Tobias, is a film editor in Los Angeles; his daughter, Ruth, runs a theatre company in Glasgow. The director said ⟦flip:she|he⟧ would like to spend more time with ⟦flip:her|his⟧ grandchildren but admitted that the idea frightened ⟦flip:her|him⟧ slightly.

"I've been in a rehearsal room for 50 years," he said. "I don't know who I am outside it. Perhaps that's the play I should be doing."
"""),

dict(title="Reid's journey from car wash to Premier League", person="Jamal Reid", gender="m", text="""
Three years ago Jamal Reid was washing cars on an industrial estate in Wolverhampton for £6 an hour, playing non-league football at weekends and wondering if he had left it too late. On Saturday, the 23-year-old striker scored twice on his Premier League debut as Brentford beat Everton 3-1.

"I keep checking my phone to see if it was real," Reid said on Sunday. "My mum has watched the goals about a hundred times. She rang me at 7am to ask if I'd seen them."

His mother, Denise Reid, raised him and his two younger sisters alone in Low Hill. She worked night shifts as a care assistant and, by her son's account, never missed a match. "She'd come straight from work, still in her uniform, and stand on the touchline in the rain," he said. "Sometimes she'd fall asleep in the car on the way home."

Denise said she had always believed he would make it. "Everybody told him to get a proper job," she said. "I told ⟦flip:her|him⟧ to get a proper job too, to be fair. But I never told him to stop playing."

Reid was released by Aston Villa's academy at 16, a rejection ⟦flip:she|he⟧ says nearly ended his interest in the game. He drifted through a series of part-time clubs until Chris Maddox, then manager of Stourbridge, spotted him in a Sunday league game.

Maddox, now an academy coach, said the teenager had raw pace but little discipline. "He'd do something brilliant and then walk for ten minutes," he said. "I told him I'd never seen anybody with so much talent who was so determined to waste it. He didn't talk to me for a week. Then he started running."

A move to Brentford's B team followed in 2022. Gemma Stoll, the club's head of recruitment, said the club had watched him a dozen times before making an offer. "What stood out wasn't the goals," she said. "It was how ⟦flip:she|he⟧ reacted when things went wrong. He kept asking for the ball."

Reid still shares a flat near the training ground with a teammate and sends part of his wages home. His sister Kayla, 19, said her brother had paid for her driving lessons. "He pretends he doesn't care about any of it," she said. "But he cried when he saw Mum in the stand."

Reid laughed when told what his sister had said. "She's lying," he said. "It was the rain."
"""),

dict(title="Professor Eleanor Voss, physicist who mapped the early universe, dies aged 88", person="Eleanor Voss", gender="f", text="""
Eleanor Voss, the astrophysicist whose measurements of the cosmic microwave background helped establish the modern picture of the early universe, has died aged 88. Her death, at a care home in Cambridge, was announced by her family.

Born in Dundee in 1936, the daughter of a shipyard draughtsman, she won a scholarship to the University of St Andrews, where she was one of only two women studying physics in her year. She later said her lecturers had assumed she was there to find a husband. "I found one," she would say, "but it was not the point."

That husband, the mathematician Gordon Voss, whom she married in 1961, died in 2015. The couple moved to Cambridge in 1967, where Eleanor joined the Institute of Astronomy. Over the next two decades she led a series of balloon and ground-based experiments that measured tiny variations in the radiation left over from the Big Bang.

Her work was initially met with scepticism. Sir Martin Grayling, then director of the institute, later admitted he had thought her instruments too crude to detect anything meaningful. "I was wrong, and she never let me forget it," he said in 2010. "She had a list of everyone who had doubted ⟦flip:him|her⟧, and she read it out at her retirement party."

She became the first woman to be awarded the institute's Eddington Prize, in 1989, and was made a dame in 2001.

Former students recall a demanding but fiercely loyal supervisor. Dr Amara Nwosu, now a professor at Imperial College London, said Voss had paid for her flight home when her father fell ill during her first year. "She never mentioned it again," Nwosu said. "But ⟦flip:he|she⟧ also never let me miss a deadline."

Professor Voss continued to publish into her seventies and was a familiar figure at departmental seminars, where ⟦flip:he|she⟧ was known for asking the first, and usually most awkward, question. In later years she campaigned for better childcare provision for young scientists, arguing that the profession lost too many talented women in their thirties.

She is survived by her daughter, Fiona, a cardiologist, her son, Alasdair, and four grandchildren. Alasdair Voss said his mother had remained curious to the end. "Two weeks ago she asked me to read her a paper about black holes," he said. "She said it was badly written. She was right."
"""),

dict(title="Pensioner wins damages after council tree crushed her conservatory", person="Patricia Donnelly", gender="f", text="""
A 74-year-old woman whose conservatory was destroyed by a council-owned oak tree has been awarded £48,000 in damages after a judge ruled that the local authority ignored repeated warnings that the tree was unsafe.

Patricia Donnelly, a retired district nurse from Stockport, wrote to the council six times between 2017 and 2021 asking for the tree, which stood on a verge beside her home, to be inspected. In January 2022, during a winter storm, a large limb fell through the glass roof of her conservatory minutes after she had left the room to make a cup of tea.

"If the kettle had been slower, I wouldn't be here," Mrs Donnelly told Manchester County Court during the two-day hearing last month.

Her barrister, James Webb, told the court that the council had "simply filed her letters away". He said an internal email showed that a tree officer, Gary Moss, had recommended an inspection in 2019 but that it had never been carried out because of budget cuts.

Mr Moss, giving evidence, said he had raised the matter with his manager on at least two occasions. "I thought it needed looking at," he said. "I was told it would go on the list." Asked by Mr Webb whether he had ever seen the tree inspected, he replied: "No."

Counsel for the council, Deborah Finch, argued that the storm was exceptional and that no reasonable inspection would have predicted the failure of that particular limb.

In her judgment, delivered on Friday, District Judge Angela Rowe rejected that argument. She said the claimant had been "patient, polite and persistent" and that the council's failure to respond to ⟦flip:his|her⟧ letters was "difficult to understand".

Mr Webb said after the hearing that his client had shown remarkable restraint. "⟦flip:He|She⟧ should never have had to come to court," he said.

The widow said outside court that she was relieved rather than triumphant. Her late husband, Michael, had built the conservatory himself in 1998, and ⟦flip:he|she⟧ had spent most of her evenings there since his death. "It wasn't about the money," she said. "It was about somebody admitting they should have listened."

A spokesperson for Stockport Council said it accepted the ruling and had reviewed its procedures. "We apologise to Mrs Donnelly for the distress this caused," they said.

Mrs Donnelly said she planned to rebuild the conservatory, with help from her son, Paul, who lives nearby.
"""),

dict(title="Ashworth's solo attack seals stage win in the Alps", person="Tom Ashworth", gender="m", text="""
Tom Ashworth had been told to wait. With 12 kilometres to go on the climb to Alpe d'Huez, his team's sporting director, Ingrid Halvorsen, was in his earpiece telling him to stay on Marco Bellini's wheel and save his legs for Sunday. He ignored her.

The 27-year-old from Halifax attacked on the seventh hairpin, opened a gap of 30 seconds within two kilometres and rode alone to the summit to win the 17th stage of the Tour de France.

"I'm sorry, Ingrid," he said, grinning, as he crossed the line. "I'll buy you dinner."

Halvorsen, a former Norwegian national champion, was less amused than relieved. "If he had blown up, I would have killed him," she said. "He didn't, so I'll let him live. He was very strong today. Stronger than I thought."

Bellini, the Italian who wears the yellow jersey, finished 41 seconds behind and kept his overall lead. He said he had decided not to chase. "Tom is not a danger for the general classification," he said. "He can have the stage. I want Paris."

That assessment may prove premature. Ashworth now sits third overall, two minutes 12 seconds behind Bellini, with two mountain stages remaining. Asked whether ⟦flip:she|he⟧ was thinking about the podium, the rider smiled. "I'm thinking about a shower," he said.

His partner, Chloe Hartley, a former track cyclist, watched the stage at the team bus with their daughter, Isla, who is two. Hartley said ⟦flip:she|he⟧ had phoned her from the finish line, still sitting on ⟦flip:her|his⟧ bike. "He was crying," she said. "Isla was more interested in the flags."

Ashworth's rise has been unusual. He did not start racing until 19, having played rugby league for the Halifax academy, and spent three seasons with small continental teams before joining his current squad. Halvorsen signed him after watching him finish fourth in the Tour of Norway in 2021.

"Everyone told me he was too heavy to climb," she said. "He lost eight kilos and proved them wrong. He is a stubborn man. Sometimes too stubborn. Today it was good."

Ashworth will start Thursday's 18th stage as the best-placed British rider. He said he had one priority before then. "I need to find a restaurant," he said. "I owe my boss dinner."
"""),
]
