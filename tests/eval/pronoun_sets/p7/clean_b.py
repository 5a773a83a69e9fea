ARTICLES = [
dict(title="D-Day veteran, 101, returns to Normandy beach for final time", text="""Arthur Pennington was nineteen when he waded ashore at Gold Beach on the morning of 6 June 1944. On Thursday, aged 101, he returned to the same stretch of sand in a wheelchair pushed by his granddaughter, and said it would be the last time he made the journey.

"I came back to say goodbye to the lads," Mr Pennington said, looking out towards the sea. "There were boys from my street who never got off this beach. I have had eighty years they never had."

He was one of fourteen British veterans of the landings who travelled to France this week for the anniversary commemorations, fewer than half the number who attended five years ago. His granddaughter, Emma Pennington, a nurse from Leeds, has accompanied him on every visit since 2014. She said he had insisted on making the trip despite a recent fall. "His doctor said no. He said he was going anyway. So here we are," she said.

At a ceremony at the British Normandy Memorial, the defence secretary, Helen Carraway, paid tribute to the veterans. She said the country owed them "a debt that can never be repaid". Quoting from a wartime broadcast, she reminded the audience of the days "when Britain stood alone, and her people refused to yield". The line drew applause from the veterans in the front row.

The French mayor of Ver-sur-Mer, Philippe Laurent, presented each veteran with a medal on behalf of the town. He said the people of Normandy would "never forget the young men who came from across the sea".

Mr Pennington served with the Green Howards and was wounded in the leg near Caen six weeks after the landings. After the war he returned to Yorkshire and worked for forty years as a postman. His wife, Joan, whom he married in 1947, died in 2010. He said she had never wanted to come to Normandy with him. "She said it was my place, not hers. She was probably right. But I wish she had seen how beautiful it is now," he said.

As the ceremony ended, a French schoolgirl, Léa Martin, aged ten, walked over and handed him a drawing of a soldier on a beach. He held it for a long time before putting it carefully inside his jacket."""),

dict(title="Charlie Voss becomes first woman to win world sheepdog trials", text="""Charlie Voss has become the first woman in the 150-year history of the competition to win the International Sheepdog Trials outright, guiding her six-year-old collie, Meg, through a flawless final run in the Scottish Borders on Sunday.

Voss, 41, who farms 800 acres of hill land near Moffat, beat a field of more than 150 handlers from eleven countries. She finished nine points ahead of the defending champion, the Welshman Aled Rees, who had won the title twice before.

"I'm still shaking," Voss said afterwards, with Meg lying at her feet. "Meg did all the work. I just whistled." She said she had taken up trialling as a teenager, encouraged by her grandfather, who had competed in the same event in the 1950s.

Rees was generous in defeat. He said Voss's run had been "as close to perfect as I have ever seen". He said he had watched her rise through the ranks over the past decade and had always believed she would win the title. "She reads sheep better than anyone in the game. It was only a matter of time," he said.

The judges, led by the veteran handler Jean-Pierre Morel of France, awarded the final run 187 points out of a possible 200. Morel said the drive across the course had been particularly impressive. He said Meg had shown "an extraordinary calmness" in the difficult wet conditions.

Charlie Voss was christened Charlotte but has been known as Charlie since childhood. She said her name had sometimes caused confusion on entry lists. "For years people assumed I was a man until I turned up. Some of them still look surprised," she said.

Her partner, Dave Thomson, a shearer, watched the final from the stand with their two daughters, Ellie and Grace. He said the family had been living on nerves for a week. Their daughters, he said, were already asking for puppies from Meg's next litter.

The International Sheep Dog Society's chairman, Robert Ainslie, said the result was "long overdue". He said the number of women competing in trials had tripled in the past twenty years. Voss will be presented with the trophy at the society's dinner in Edinburgh next month."""),

dict(title="Witness tells inquiry of chaos on night of warehouse fire", text="""A security guard who was on duty the night a fire destroyed a distribution warehouse in Thurrock, killing two workers, told a public inquiry on Monday that the building's alarms failed to sound for at least eight minutes.

The witness, who gave evidence from behind a screen and whose identity is protected by a court order, said they had first noticed smoke on a CCTV monitor shortly after 2am. They told the inquiry that they had pressed the manual alarm button three times before anything happened. "I thought I was going mad. There was smoke everywhere and there was no noise at all," the witness said.

The inquiry, chaired by retired judge Sir Martin Ogden, is examining why the fire spread so quickly and why the two night-shift workers, Ewa Kowal and Samuel Adu, were unable to escape. Both were found near a fire exit that had been blocked by pallets.

Counsel to the inquiry, Catherine Blythe KC, asked the witness whether they had been trained to use the alarm system. The witness said they had received a single half-hour session when they joined the company two years earlier. Ms Blythe asked whether anyone had ever checked that they understood the procedures. "No. Nobody ever asked me anything," they replied.

Ms Kowal's husband, Tomasz, sat in the public gallery throughout the morning. During a break, he told reporters that he had waited almost three years to hear what happened that night. He said his wife had complained to him about blocked fire exits several times. "She told me that one day something would happen. She was right," he said.

Mr Adu's mother, Grace Adu, said she wanted those responsible to be held to account. She said her son had been saving to study engineering.

The warehouse operator, Linton Logistics, is represented at the inquiry by Jonathan Peel KC. He told the chairman that the company accepted that "serious failings" had occurred and that it would co-operate fully. He said the firm's former site manager, who left the company shortly after the fire, would give evidence later in the month.

Sir Martin said he expected to hear from fire service officers on Wednesday. The inquiry is due to publish its findings next year."""),

dict(title="Interview: Singer Marcus Reid on his mother, his marriage and going back on the road", text="""Marcus Reid has not released an album in six years. The soul singer, whose 2009 debut sold three million copies, spent most of that time caring for his mother, Evelyn, who died last spring. His new record, Home Light, is dedicated to her. We met at his studio in Bristol.

Q: Why now?

A: Because my mother told me to. In the last weeks of her life she kept saying, "You have to sing again, Marcus. Don't waste it on me." I think she knew I was using her illness as an excuse not to go back.

Q: The album is very personal. Was it hard to write?

A: Some songs came out in ten minutes. Others took two years. The title track is about the lamp she kept in her window when I was a kid, so I could find the house in the dark. My wife, Lena, heard me playing it one night and said, "That's the one." She is usually right about these things.

Q: Lena is also your manager. How does that work?

A: She is a much better businessperson than I am. She handles the contracts and I handle the songs. We have a rule that we don't talk about work after eight o'clock. We break it most nights.

Q: You have worked with some big names on this record.

A: Yes. Aretha Cole sings on two tracks. She was a friend of my mother's back in the church choir in Birmingham, and when she heard what I was doing she rang me and said she wanted to be involved. And my producer, Jay Okafor, is someone I have known since school. He pushed me hard. He would make me sing a line thirty times.

Q: Are you nervous about touring again?

A: Terrified. I'm forty-six. My knees are not what they were. But my son, Isaac, is coming on tour as a guitarist, and having him there will help. He is nineteen and much cooler than me. He tells me what to wear.

Q: What would your mother think of the album?

A: She would say the third track is too long. And she would be right.

Home Light is released on Friday. Reid's UK tour begins in Glasgow in March."""),

dict(title="Mixed doubles pair Lindqvist and Baptiste claim Wimbledon crown", text="""Sweden's Emma Lindqvist and France's Hugo Baptiste won the Wimbledon mixed doubles title on Sunday, beating the top seeds 7-5, 6-7, 10-7 in a tense match-tiebreak on Centre Court.

It was the first Grand Slam title for both players, who only began playing together in March after Baptiste's regular partner retired. They beat the American pair Jessica Hart and Leo Marquez, who had won the Australian Open in January.

Lindqvist, 26, was the outstanding player on court, winning her service games comfortably throughout and hitting a string of winners from the baseline. Baptiste, 29, was more erratic, but he produced his best tennis in the deciding tiebreak, hitting two volley winners from 7-7.

"Emma carried me for two sets. I tried to give her something back at the end," Baptiste said, grinning, during the trophy presentation. Lindqvist laughed and said her partner was "too modest". "He was the one who told me to stay calm when I was losing my head at 5-5 in the second set," she said.

Hart and Marquez were gracious in defeat. Hart said she and her partner had been outplayed in the key moments. Marquez said he hoped the four of them would meet again at the US Open. "They deserved it today. But we'll see them in New York," he said.

Lindqvist's success continues a remarkable fortnight for her family. Her younger brother, Oscar, reached the quarter-finals of the boys' singles, and her father, Anders, a former Davis Cup player, has been in the stands for every match. Anders Lindqvist said he had cried when his daughter won the final point. "I have watched her play since she was four years old. This is a dream," he said.

Baptiste dedicated the title to his grandmother, Marie-Claire, who died in May. He said she had paid for his first racket and had watched every one of his matches on television. "She would have been very loud in her living room today," he said.

Both players said they planned to continue their partnership at the US Open in August. Lindqvist said she would now focus on the women's doubles at the Olympics, where she will partner her compatriot Sofia Berg."""),

dict(title="Chief executive hands over to finance chief in planned succession", text="""The engineering group Halbrook said on Thursday that its chief executive, Richard Coyle, would retire in June after eleven years in the job and would be succeeded by its finance director, Anna Kowalczyk.

The move had been widely expected. Mr Coyle, 64, had told investors last year that he intended to step down before his 65th birthday. Ms Kowalczyk, 48, joined the company from a rival in 2016 and has been seen as his likely successor for some time.

Coyle said he was "delighted" to be handing over to a colleague he had worked alongside for a decade. "Anna knows this business better than anyone, including me. She has the ideas and the energy to take it into its next chapter," he said.

Kowalczyk said she was honoured to be appointed and paid tribute to her predecessor. "Richard built a company that people are proud to work for. I intend to keep it that way," she said. She said her priority would be to grow the group's renewable energy division, which makes components for offshore wind turbines.

The chairman, Sir David Marlow, said the board had considered external candidates but had been unanimous in its choice. He said Kowalczyk's handling of the company's debt refinancing during the pandemic had been "outstanding".

Under Coyle, Halbrook's market value has more than tripled to 4.2 billion. He oversaw the acquisition of the Danish turbine maker Nordvik in 2019, a deal that was criticised at the time but is now seen as the foundation of the company's growth. Analysts said his departure would be felt but that the succession had been well managed.

Sarah Jennings, an analyst at Castleton Securities, said investors would be reassured. "It is a steady-hands appointment. She is well respected in the City and she knows the numbers inside out," Ms Jennings said. Her colleague at the firm, Paul Okeke, was slightly more cautious. He said the new chief executive would need to show she could lead the business as well as run its finances.

Halbrook said a new finance director would be appointed before Ms Kowalczyk takes over. Coyle will remain an adviser to the board for six months. Shares rose 2 per cent."""),

dict(title="Obituary: Ruth Okonjo, midwife who delivered a town", text="""Ruth Okonjo, who has died aged 90, delivered an estimated 4,000 babies during almost forty years as a community midwife in Wolverhampton, and became such a fixture of the town's life that strangers would stop her in the street to introduce her to children she had brought into the world.

Born in Enugu, Nigeria, in 1936, the daughter of a schoolmaster and a market trader, she trained as a nurse in Lagos before coming to Britain in 1959. She was one of thousands of young women from Africa and the Caribbean recruited to staff the new National Health Service, and she later said she had arrived "with one suitcase, one coat and no idea how cold it would be".

She qualified as a midwife in 1962 and spent the rest of her career in Wolverhampton, much of it cycling between home births on an old black bicycle that became famous in the town. Her colleague and friend of sixty years, Margaret Doyle, recalled that she "never once arrived late, in snow or rain or anything else".

In 1965 she married Samuel Okonjo, an engineer at the Goodyear tyre factory. He died in 2004. Their marriage was a partnership in every sense: when she was called out at night, he would get the children up and ready for school. Their son, Dr Chike Okonjo, now a consultant obstetrician, said his father had been "the most patient man alive".

Chike said he had followed his mother into medicine because of the stories she told at the dinner table. "She would come home and describe a birth as if it were a novel. I was hooked," he said.

She was appointed MBE in 1998 for services to maternity care. In retirement she volunteered at a local hospice and was a stalwart of her church, St Jude's, where the vicar, the Rev Andrew Sims, said she had "an opinion on everything and a kind word for everyone".

In 2018 the hospital trust named its new birth centre after her. At the opening she held the first baby born there, a girl whose grandmother she had also delivered.

She is survived by her son, her daughter, Ngozi, and seven grandchildren."""),

dict(title="Volunteers bring 1920s steam locomotive back to life", text="""For the first time in almost sixty years, the steam locomotive Lady of the Lake pulled out of Kirkby Stephen station on Saturday, after a restoration that took a team of volunteers fourteen years and cost more than 800,000.

The locomotive was built in Darlington in 1924 and worked on the line between Carlisle and Leeds until 1965, when she was withdrawn from service and sold for scrap. She was rescued from a scrapyard in South Wales in 1979 by a group of enthusiasts but sat rusting in a siding until the current restoration began in 2012.

The project was led by Dennis Huddleston, a retired boilermaker, who said he had dreamed of seeing the engine run since he watched her pass his school as a boy. "I used to wave to the driver every afternoon. He always waved back," Mr Huddleston said. "When she moved off today I waved to the driver again. It was my grandson."

His grandson, Josh Huddleston, 24, is a qualified steam driver and one of the youngest members of the restoration team. He said driving the engine for her first run had been "the best day of my life, apart from my wedding, obviously". His wife, Kate, who was among the crowd on the platform, said she would let that comment pass.

The restoration team's engineering manager, Sue Brammall, said the hardest part of the work had been rebuilding the boiler. She said the original had been too badly corroded to save and a new one had to be made using the 1924 drawings. "She is about eighty per cent new metal and one hundred per cent original spirit," Ms Brammall said.

Several hundred people turned out to see the locomotive's first journey. Among them was Bill Dent, 88, who worked as a fireman on the engine in the early 1960s. He said he had shovelled coal into her firebox "more times than I could count". He said she had always been a good steamer.

The locomotive will run on heritage services at weekends throughout the summer. The railway's chairman, Margaret Ellis, said bookings had already been strong. She thanked the volunteers, who she said had given "thousands upon thousands of hours" to the project."""),

dict(title="Prime minister stands by deputy after leaked messages row", text="""Prime Minister Catherine Moore said on Wednesday that she had full confidence in her deputy, Michael Tennant, after leaked messages appeared to show him criticising her leadership in a private group chat with backbench MPs.

The messages, published by a Sunday newspaper, included one in which Mr Tennant described a cabinet decision on energy prices as "panic dressed up as policy". In another, he appeared to suggest that Ms Moore would not lead the party into the next election.

Speaking at a press conference in Downing Street, the prime minister said she had discussed the messages with Tennant on Monday evening. "Michael and I have worked together for fifteen years. He has been frank with me in private for all of that time, and he has apologised for the tone of some of what was written," she said. "He has my full confidence."

Tennant, appearing alongside her, said he had been "careless and wrong" and that he regretted any embarrassment he had caused. He said he fully supported the prime minister and her programme. Asked by a reporter whether he still wanted her job, he smiled and replied: "I have a job. It is supporting her."

Opposition leader Sarah Quinlan said the episode showed a government "at war with itself". She said the country deserved better than "a prime minister who cannot trust her own deputy, and a deputy who cannot keep his thoughts to himself".

Some backbench MPs were less forgiving than their leader. Graham Pickering, who chairs an influential group of MPs on the right of the party, said Tennant's position was "untenable". He said he would raise the matter at a meeting of the parliamentary party on Wednesday evening.

Political analyst Dr Fiona Harte said the prime minister had little choice but to stand by him. She said sacking her deputy would have looked like weakness and could have triggered a leadership challenge. "She has decided it is safer to have him inside the tent," Dr Harte said.

Downing Street confirmed that Mr Tennant would continue to chair the cabinet's economic committee. Ms Moore leaves on Thursday for a summit in Brussels, where she will be accompanied by her foreign secretary, James Ahern."""),

dict(title="Father and daughter boxing gym marks 30 years of keeping kids off the streets", text="""When Frank Delaney opened a boxing gym in a disused church hall in Salford in 1996, he had a second-hand ring, four pairs of gloves and a promise to the local police that he would keep a few teenagers out of trouble. Thirty years later, the Ordsall Amateur Boxing Club has trained more than 3,000 young people, and it is now run by his daughter.

Nicola Delaney, 38, took over as head coach four years ago, after her father suffered a stroke. She had been boxing at the club since she was nine and became the first woman from Salford to win a national amateur title, in 2008.

"My dad gave his whole life to this place. I wasn't going to let it close," she said, taping a young boxer's hands in the corner of the gym. "He still comes in three times a week and tells me everything I'm doing wrong."

Frank Delaney, 71, sat on a bench by the ring, watching a sparring session. He said his daughter was a better coach than he had ever been. "She is more patient. I used to shout. She talks to them," he said. "And she has a better eye for talent than I had."

The club's most famous graduate, the former Commonwealth champion Danny Hughes, returned for the anniversary celebrations on Saturday. Hughes, who grew up on the estate opposite the gym, said Frank had saved his life. He said he had been excluded from school at fourteen and was heading for prison when Delaney knocked on his mother's door and invited him to the gym.

Local police inspector Rachel Woods said the club had played a significant part in reducing youth crime in the area. She said officers still referred young people to the gym and that Nicola Delaney worked closely with the youth offending team.

The club now has 140 members, a third of them girls. One of them, 15-year-old Amira Khan, won a regional title last month. She said Nicola was "the reason I started boxing". Her coach said Amira had the potential to box for England.

The city council has agreed to extend the club's lease for another twenty-five years. Frank Delaney said he would be at the gym for as long as he could still walk through the door. His daughter rolled her eyes. "Longer, probably," she said."""),

dict(title="Woman jailed for stealing 300,000 from elderly employer", text="""A personal assistant who stole more than 300,000 from the elderly businessman she worked for has been jailed for four years and eight months.

Lorraine Hartley, 52, of Harrogate, transferred money from the bank accounts of Gordon Pryor over a period of three years, using it to pay for holidays, a car and renovations to her home. Mr Pryor, who was in his late eighties and increasingly frail, did not notice the losses.

Leeds Crown Court heard that the theft was discovered by Mr Pryor's son, Jonathan, after his father was admitted to hospital in 2023 and Jonathan took over the management of his affairs. He found that his father's savings had fallen from almost 500,000 to less than 150,000.

Prosecutor Ian Sutcliffe said Hartley had been trusted completely by her employer. "He relied on her for everything. She repaid that trust by systematically emptying his accounts," Mr Sutcliffe said. He said she had forged Mr Pryor's signature on at least eleven cheques.

Hartley pleaded guilty to fraud by abuse of position. Her barrister, Michael Doran, told the court that his client had been in serious debt after the collapse of her marriage and had "lost all sense of proportion". He said she was deeply ashamed and had begun to repay some of the money by selling her house.

In a victim impact statement read to the court, Jonathan Pryor said his father had been heartbroken. "My father treated Lorraine like a member of the family. He left her a gift in his will. When he found out, he cried," the statement said. Gordon Pryor died in January at the age of 91.

Sentencing, Judge Elizabeth Moorcroft said the defendant had committed "a grave breach of trust against a vulnerable man who regarded her as a friend". She said the fact that Hartley had pleaded guilty had spared the family the ordeal of a trial, and she had reduced the sentence accordingly.

Outside court, Jonathan Pryor and his sister, Alison, said they were satisfied with the sentence. Alison said her father would have wanted them to move on. "He always saw the best in people. That was his great strength and, in the end, it was what she used against him," she said.

Proceedings to recover the remaining money will be held later in the year."""),

dict(title="Council couple the Okellos split over library closures vote", text="""A married couple who sit on the same borough council found themselves on opposite sides of a heated vote on Tuesday night over plans to close four of the borough's eleven public libraries.

Councillor Grace Okello, the cabinet member for finance, proposed the closures as part of a package of savings needed to balance next year's budget. Her husband, Councillor Peter Okello, who represents a ward where one of the libraries is located, voted against them.

The plans were approved by 28 votes to 19. Mrs Okello told the chamber that the decision had been "the hardest of my time in office" but that the council had no choice after a cut of 14 million in government funding. She said the council would work with community groups to keep some of the buildings open as volunteer-run libraries.

Mr Okello said he understood the pressures his wife faced but could not support a decision that would leave his ward without a library. "My constituents elected me to speak for them. Tonight, that means disagreeing with someone I love very much," he said, to laughter and some applause.

Asked afterwards whether the disagreement would cause problems at home, Mrs Okello smiled. "We have been married for twenty-two years. We have disagreed about much bigger things than this," she said. Her husband added that they had agreed not to discuss the vote over dinner.

Campaigners who had gathered outside the town hall were disappointed. Jenny Marsh, who organised a petition signed by 8,000 residents, said she was angry that the council had ignored local people. She said the group would continue to fight to keep the libraries open. A retired librarian, Howard Bell, said he had worked at one of the threatened branches for thirty years. He said it was the only warm, free place many elderly people had to go.

The leader of the opposition group, Councillor Ravi Shah, said the vote showed that even the ruling party was divided. He said his group would propose an alternative budget next month.

The first closures are expected in September. The council said staff affected would be offered jobs elsewhere."""),

dict(title="Lost dog found 200 miles from home reunited with family", text="""A border collie that went missing from a farm in Cumbria three months ago has been reunited with her owners after turning up 200 miles away on a beach in north Wales.

Bess, a four-year-old sheepdog, disappeared from Low Garth farm near Penrith in February during a snowstorm. Her owners, John and Mary Tweddle, searched the fells for weeks and put up posters in every village within twenty miles, but eventually gave up hope.

Last week a holidaymaker, Angela Price, spotted the dog wandering on the sands near Abersoch, thin but otherwise healthy. Mrs Price took her to a local vet, Dr Owen Jenkins, who scanned her microchip and found the Tweddles' phone number.

"I nearly dropped the phone," Mary Tweddle said. "I made him read the number twice. Then I just sat on the kitchen floor and cried." She said her husband had driven straight to Wales that evening.

John Tweddle said Bess had recognised him instantly. "She ran straight at me and nearly knocked me over. She would not leave my side the whole way home," he said. He said the family had no idea how she had travelled so far, although he suspected she might have jumped into the back of a lorry.

Dr Jenkins said it was one of the most remarkable reunions he had seen in twenty years as a vet. He said the case showed the importance of microchipping. "Without that chip she would have gone to a rescue centre and the family would never have known," he said.

The couple's granddaughter, Sophie, who is seven, had refused to let her grandparents throw away Bess's bed. She said she had always known Bess would come back. Mrs Price, who has since visited the farm, said she had been touched by the family's welcome. She said she and her husband, Robert, had been invited back to see Bess at work with the sheep in the summer.

The vet has put the family in touch with a charity that studies long-distance journeys by lost pets. Its director, Dr Hannah Lowe, said dogs were capable of remarkable feats of navigation but that a journey of this length was "extremely rare".

Bess is now back at work on the farm."""),
]
