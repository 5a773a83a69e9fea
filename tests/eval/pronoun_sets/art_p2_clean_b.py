ARTICLES = [
r"""Old boys return to grammar school that taught them 'a boy who talks is a boy who idles'

More than 200 former pupils returned to Kingsmead Grammar School on Saturday to mark its centenary, and many of them found their old rule book on display in the entrance hall.

The 1952 edition, written by the headmaster of the time, the Rev. Arthur Bellamy, is strict even by the standards of the day. "A boy who talks in corridors is a boy who idles," it says. "If he is found out of bounds, he shall be beaten, and his parents informed." Another rule reads: "Every pupil shall raise his cap to a master, whether or not the master acknowledges him."

The school became co-educational in 1978 and now has more girls than boys. Its headteacher, Dr. Rachel Okoye, said the rule book was a reminder of how much had changed. "I'd have been beaten on my first day," she said. "Probably several times."

Among the visitors was Geoffrey Hart, 88, who started at the school in 1949. Mr. Hart said he had been caned twice, once for laughing in chapel. "Bellamy wasn't cruel," he said. "He believed in it. Everyone did. That doesn't make it right."

The head girl, Amira Hassan, 17, gave a speech welcoming the visitors. She said she had read the rule book while preparing it. "Some of it was funny, some of it was shocking," Ms. Hassan said. "There's no mention of girls at all."

The oldest visitor, Dennis Fowler, 97, arrived with his daughter, Linda. He said he remembered Bellamy well. "He told my mother I would amount to nothing," Mr. Fowler said. "She told him he was a fool. He never forgave her."

The day ended with a service in the chapel and the unveiling of a plaque listing the school's 17 headteachers, three of them women. Dr. Okoye said she hoped to be followed by many more.
""",

r"""Couple married 70 years credit 'separate newspapers'

When Arthur and Joan Pickering married at St. Mary's Church in Whitby in 1956, he was a fisherman's apprentice and she worked in a bakery on the harbor. On Saturday, they celebrated their platinum anniversary at the same church, surrounded by four generations of their family.

Mr. Pickering, 93, and Mrs. Pickering, 91, received a card from the King. Asked the secret of their long marriage, they gave different answers at once.

"Separate newspapers," he said.

"Never go to bed angry," she said. "He goes to bed angry all the time, mind you. I just don't."

They met at a dance in 1954. She said he had stepped on her foot twice and then asked her to dance again. "I thought, either he's very brave or very stupid," she said. "It turned out he was both."

Mr. Pickering went to sea for 35 years, much of it on trawlers off Iceland. His wife raised their four children, largely on her own, while he was away for weeks at a time. He said she had been the strong one. "I had the easy job," he said. "I only had to deal with the North Sea. She had to deal with four kids."

Their eldest daughter, Margaret Storr, 68, organized the celebration. She said her parents still walked along the harbor every morning. "Dad walks slightly ahead and Mum tells him to slow down," she said. "That's been going on for 70 years."

The vicar, the Rev. Simon Hale, who blessed the couple during a short service, said he had never conducted one for a platinum anniversary before. "They have been married longer than I have been alive, twice over, nearly," he said.

The couple have 11 grandchildren and 9 great-grandchildren. Asked whether she had any regrets, Mrs. Pickering thought for a moment. "I should have made him learn to cook," she said.
""",

r"""Police name woman who found missing boy in woods

Police have thanked a dog walker who found a seven-year-old boy who had been missing overnight in woodland near Keswick.

The boy, whose name has not been released, wandered away from a family campsite on Thursday afternoon. More than 100 people, including mountain rescue teams and a police helicopter, searched through the night.

He was found at about 7 a.m. on Friday by Susan Armitage, 58, a retired nurse from Penrith, who was walking her spaniel on a footpath two miles from the campsite. Ms. Armitage said her dog had stopped and refused to move. "He just stood there staring into the bracken, and then I heard a little voice," she said.

She wrapped the boy in her coat and called 999. Paramedics said he was cold and frightened but unhurt.

Inspector David Lowther of Cumbria Police said Ms. Armitage's calm response had been vital. "She knew exactly what to do," he said. "She kept him warm and kept talking to him until the team arrived."

The boy's father, Mark, said the family could not thank her enough. He said his son had followed a deer into the trees and got lost. "He told us he slept under a log like a hedgehog," he said. "He's very proud of that."

Keswick Mountain Rescue Team's leader, Chris Higham, said the search had been difficult because of thick undergrowth. He said the team would meet Ms. Armitage next week to present her with a certificate. "And a bone for the dog," he said.

She said she did not think she had done anything special. "Anyone would have done the same," she said. "The dog did the hard bit."
""",

r"""Restored steam engine Lady Anne returns to the line

The steam locomotive Lady Anne pulled her first passenger train in 58 years on Saturday, puffing out of Pickering station on the North Yorkshire Moors Railway to cheers from more than 2,000 people.

The engine, built in Darlington in 1924, spent decades rusting in a scrapyard in south Wales before volunteers bought her in 1992. Her restoration took 31 years and cost about £1.5 million, most of it raised through donations.

The restoration team's leader, Malcolm Thwaite, 78, was on the footplate for the first run. "She steamed beautifully," Mr. Thwaite said. "There were a few of us who didn't think we'd live to see this day. Some of us didn't."

He said several volunteers had died during the restoration, including the project's founder, Barbara Hargreaves, who bought the engine for £9,000 with her own savings. A plaque in her memory has been fixed to the cab. "Barbara found her, Barbara believed in her," Mr. Thwaite said. "We just finished the job."

The engine's driver on Saturday, Steve Bainbridge, said she handled well but would need time to bed in. "She's like a new pair of boots," he said. "A bit stiff. Give her a few hundred miles and she'll be perfect."

The railway's general manager, Chris Price, said the engine would run on special services through the summer. Tickets for the first month sold out within a day.

Barbara Hargreaves's daughter, Jean, rode in the first carriage. She said her mother had talked about the engine for thirty years. "When I was a girl, she'd take us to the scrapyard on Sundays to look at it," she said. "We thought she was mad. She'd be thrilled."
""",

r"""Nepali guide becomes first woman to climb all 14 highest peaks without oxygen

Dawa Sherpa reached the summit of Shishapangma in Tibet on Thursday, becoming the first woman to climb all 14 of the world's mountains higher than 8,000 meters without supplementary oxygen.

Ms. Sherpa, 39, began guiding on Everest as a porter at 17 and has spent most of the past decade working for foreign expeditions while pursuing her own climbs in the off-season. She completed the project in nine years.

Her expedition leader, Mingma Gyalzen, said she had reached the summit at 10:40 a.m. local time in strong wind. "She was very tired but very happy," he said by satellite phone from base camp. "She said she wanted to sit on the top for an hour. We told her ten minutes."

Several prominent mountaineers praised the achievement. Reinhold Baumann, an Austrian climber who completed the 14 peaks without oxygen in the 1990s, said her climbs were "among the most impressive in the history of the sport." "She did it while working full time carrying loads for other people," Mr. Baumann said. "I never had to do that."

Another climber, the Pakistani Ali Khan, who climbed K2 with her in 2022, said she had turned back from the summit that year to help a sick client down. "She could have summited that day," he said. "She chose the client. Then she came back the next year and did it."

Sherpa grew up in the Khumbu valley, where her father was a yak herder. She said she hoped the record would encourage Nepali women to climb for themselves. "For years we carried the bags," she said. "Now we can carry the flag too."

Her husband, Pemba, and their daughter, Yangzom, were waiting for her in Kathmandu, where she is expected to arrive next week.
""",

r"""Principal dancer bows out after 22 years with national ballet

Carlos Mendes danced his final performance with the National Ballet on Saturday night, taking the role of Prince Siegfried in "Swan Lake" and receiving a 15-minute standing ovation.

Mendes, 41, joined the company from Brazil at 19 and became a principal dancer at 25. He has danced more than 60 leading roles, and for many ballet-goers he has been the face of the company for two decades.

His partner on Saturday, the ballerina Natalia Orlova, who danced Odette and Odile, said she had cried backstage before the curtain went up. "I have danced with him for twelve years," she said. "He has never dropped me. Not once. I told him tonight he had better not start now."

The company's artistic director, Helen Graves, said Mendes had been "a complete artist and a generous colleague." She said he would join the company's teaching staff next season. "The young men in the company already copy the way he walks," she said. "Now they can learn the rest."

Mendes's former teacher, Dame Beryl Anderson, 87, who coached him when he arrived from São Paulo, was in the audience. She said he had been "skinny and stubborn" at 19. "He had the feet already," she said. "Everything else, we built."

After the final curtain, Mendes was presented with flowers by his wife, the former dancer Camila Ruiz, and their two sons. He thanked the orchestra, the stage crew and the dressers. "Nobody sees them," he said. "Without them, I am a man in tights standing in the dark."

Asked how he felt, he said he was tired and very happy. "My knees are happy too," he said. "They have been asking me for this for years."
""",

r"""Founder hands family firm to daughter after 45 years

Raymond Okafor, who started a cleaning-products business in the back of a van in 1981, handed control of the company to his daughter, Chioma, on Monday.

The company, Okafor Brothers, despite its name, has been run by Mr. Okafor alone since his brother returned to Nigeria in 1985. It now employs 340 people at a factory in Wolverhampton and supplies supermarkets across Britain.

Ms. Okafor, 44, has been managing director since 2018 and becomes chief executive and chair. Her father will stay on the board as a non-executive director. "I'll be the one who asks awkward questions at meetings," he said. "She's been doing it to me for years."

She said her father's values would not change. "He never laid anyone off in 45 years, including during the financial crisis," she said. "I'd like to keep that record."

Mr. Okafor said his daughter had saved the company in 2019, when a large supermarket contract was canceled. "I thought we would have to close the second line," he said. "She went out and found three new customers in two months. I didn't know she could do that. She didn't tell me she was doing it."

The factory's longest-serving employee, Derek Walsh, who has worked there since 1983, said staff were pleased. "She's worked on the floor. She knows the machines," he said. "She's not going to come in and change everything."

Ms. Okafor's brother, Emeka, a doctor in Manchester, said he had never wanted to run the business. "Dad asked me once, when I was sixteen," he said. "I said no, and he has never asked again."

Mr. Okafor said he planned to spend time in Lagos and to learn to play golf. "Badly, probably," he said.
""",

r"""Brother and sister both make Olympic swimming team

For the first time, a brother and sister will swim for Ireland at the same Olympic Games.

Cian Murphy, 22, and his sister, Aoife, 20, both qualified at the national trials in Dublin on Sunday, he in the 200-meter butterfly and she in the 400-meter individual medley.

Aoife qualified first, in the morning session, breaking the Irish record by nearly a second. Her brother's race came in the evening. He finished second, just inside the qualifying time, and looked up at the scoreboard for several seconds before celebrating.

"I saw her time this morning and I thought, well, now I have to do it," Cian said. "I couldn't go home and be the only one not going."

Aoife, who watched from the stands, said she had been more nervous for his race than for her own. "I couldn't breathe for the last fifty meters," she said. "He always leaves it late. He did that when we were kids at the county championships."

Their mother, Brenda, a former swimmer who competed at the 1988 Olympics in Seoul, coached both of them until they were teenagers. She said she was proud of them but wanted them to enjoy the Games. "They've both worked so hard," she said. "I want them to look around and remember it."

Their current coach, Ben Higson, said the two pushed each other in training. "If he does a good set, she wants to beat it, and the other way round," he said. "It's great for me. I barely have to say anything."

Swim Ireland's performance director, Jon Hayes, said the team of eleven swimmers was the country's largest since 2000.
""",

r"""Pantomime dame hangs up his wig after 40 Christmases

For 40 years, Brian Pollard has spent every December in a corset, a ginger wig and a dress the size of a small tent. This year's pantomime at the Theatre Royal in Bury St Edmunds will be his last.

Mr. Pollard, 71, plays Widow Twankey in "Aladdin," the role he first played in 1986. He has played the dame in every pantomime at the theatre since, including twelve turns as Mother Goose and eight as the Ugly Sisters' mother, Baroness Hardup.

"She's a very old friend, the dame," he said in his dressing room before Saturday's matinee. "I'll miss her terribly. She's a lot more fun than I am."

He said the secret of a good dame was that the audience should never forget that it was a man in a dress. "She's not a drag queen. She's not pretending to be glamorous. She's somebody's mum who's had a very long day," he said.

The theatre's director, Karen Simmonds, said Mr. Pollard had become a local institution. "There are people in the audience who saw him as children and now bring their grandchildren," she said. "He knows most of them by name."

His co-star this year, Emily Carver, who plays Princess Jasmine, said he was generous on stage. "He gives you all the good lines and then steals the scene with his eyebrows," she said.

Mr. Pollard's wife, Pauline, has made all his costumes since 1990. She said she had lost count of how many. "Hundreds," she said. "He's worn out more dresses than I have."

The pantomime runs until January 8. Mr. Pollard said he would not come back, even for a cameo. "When she goes, she goes," he said.
""",

r"""Judge jails man who stalked former partner for three years

A man who stalked his former partner for three years, following her to work and sending hundreds of messages, was jailed for four years on Wednesday.

Craig Hollis, 38, of Northampton, pleaded guilty to stalking involving fear of violence. Judge Amanda Reeve told him at Northampton Crown Court that he had made the victim's life "a misery."

"She moved house twice and changed her job to get away from you," the judge said. "Each time, you found her. She was frightened every time she left her front door."

The victim, who cannot be named for legal reasons, said in a statement read by the prosecutor, Hannah Cole, that she still checked her car for tracking devices every morning. "I have lost three years of my life," she said. "I want them back, and I can't have them."

Hollis's barrister, David Mercer, said his client had a history of depression and had been drinking heavily after the relationship ended. He said Hollis was "deeply ashamed" and had written a letter of apology, which the judge declined to read aloud.

The court heard that Hollis had sent the woman 640 messages from 14 accounts and had twice been warned by police. He placed a tracking device on her car in January, which was found by her brother, Michael, a mechanic.

Judge Reeve also issued a restraining order preventing Hollis from contacting the woman or going near her home or workplace for ten years. She said his apology "rings hollow when it arrives three years too late."

Detective Constable Sarah Peel, who led the investigation, said she hoped the sentence would encourage other victims to come forward. "Stalking is not romance," she said. "It is a crime."
""",

r"""Rosalind Avery, photographer who documented the miners' strike, dies at 84

Rosalind Avery, whose black-and-white photographs of mining communities during the 1984 strike are among the defining images of the era, died on Monday in Sheffield. She was 84.

Her husband, the former union leader Frank Avery, announced the death.

Mr. Avery, who led the Yorkshire miners during the strike, said his wife had "seen what others looked past." The couple married in 1965, and for years she was better known as his wife than as a photographer. He said that always annoyed him more than it annoyed her. "She'd say, 'Let them think what they like, Frank. The pictures will still be here.'"

Born in Leeds in 1942, the daughter of a tailor, Avery took up photography at 30 when a neighbor gave her an old Leica. Her early work documented street life in the city's back-to-back terraces.

During the strike she photographed picket lines, soup kitchens and women's support groups, often working alongside the wives and mothers who organized them. Her best-known image shows a young woman handing a cup of tea to a police officer at Orgreave, moments before the violence began.

The photographer Martin Whitfield, who curated a retrospective of her work in 2014, said she had an instinct for the quiet moment. "Everyone else was photographing the charge," he said. "She was photographing the tea."

Her work is held by the Tate and the National Science and Media Museum, whose curator, Dr. Sarah Kirk, said the museum would mount an exhibition in her memory next year.

In addition to her husband, she is survived by a son, Daniel; a daughter, Ruth; and four grandchildren.
""",

r"""Hilary Moss and Kim Jae-won named to lead joint Korean-British research centre

A new research centre on battery technology, funded jointly by the British and South Korean governments, will be led by Professor Hilary Moss of the University of Oxford and Dr. Kim Jae-won of the Korea Advanced Institute of Science and Technology.

Professor Moss, 55, a materials chemist, has spent his career working on solid-state batteries, which could store more energy than the lithium-ion cells used in phones and electric cars. He will run the British side of the centre in Oxford.

Dr. Kim, 47, an electrochemist, will lead the Korean team in Daejeon. He spent six years at Samsung's research division before returning to academia.

The two scientists have collaborated for a decade. "Jae-won is the best experimentalist I know," Professor Moss said. "He can make a battery work that I could only draw on a whiteboard."

Dr. Kim said the partnership suited both countries. "Britain has deep university research, and Korea has industry that can build things at scale," he said. "We need both."

The centre's £60 million budget will be shared equally. Britain's science minister, Jean Morrison, announced the partnership during a visit to Seoul. Ms. Morrison said she hoped it would lead to factories in both countries. "This is not just about papers," she said. "It's about jobs."

Professor Moss said he was used to people assuming he was a woman. "Hilary was a perfectly normal boy's name in 1970," he said. "I've been getting letters addressed to 'Dear Madam' for thirty years."

The centre will recruit about 80 researchers over three years. Its first projects, on battery safety and recycling, will start in the spring.
""",

r"""Twins win scholarships to rival universities

Twins from a council estate in Bradford have won full scholarships to Oxford and Cambridge, and are now, as their mother puts it, "on opposite sides for the Boat Race."

Amir and Layla Hussain, 18, both achieved four A* grades at their state sixth-form college. Amir will study engineering at Cambridge, and his sister will read philosophy at Oxford.

"He's always been good at making things," Layla said. "I'm good at arguing about whether things exist." Her brother said that was true. "She argued with our primary school teacher about whether a chair was real," he said. "She was seven."

Their mother, Nasreen, works as a teaching assistant; their father, Tariq, drives a taxi. Neither went to university. Mrs. Hussain said she had cried when the results came through. "We didn't push them," she said. "They pushed each other. If he read a book, she had to read two."

Their head of sixth form, Mr. Andrew Blake, said the twins had supported other students as well. "Layla ran a debating club for younger pupils, and Amir tutored maths on Saturdays," he said. "They're exceptional, but they're also kind."

The scholarships, funded by a charity set up by a former pupil of the college, cover tuition and living costs. The charity's director, Emma Sutcliffe, said the twins were the first siblings to receive its awards in the same year.

Asked whether the two would visit each other, Amir said he would go to Oxford once. "Just to see what she's been complaining about," he said. Layla said she would visit him more often. "Someone has to check he's eating," she said.
""",
]
