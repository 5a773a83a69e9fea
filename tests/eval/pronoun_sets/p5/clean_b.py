# Clean look-alike articles, part B (no flips).
ARTICLES = [
dict(title="Founders of Brightpath software agree merger with rival", text="""
The co-founders of Brightpath, the Leeds software company that makes booking systems for dental practices, have agreed to merge it with a larger American rival in a deal worth about £140 million.

Rebecca Sloane and Ian Mercer started the business in a spare bedroom in 2014. They will both join the board of the combined company, Clinicly, which will have about 9,000 customers in Britain and North America.

"We always said we'd only sell if it was the right home for our team," Ms Sloane said on Wednesday. "This is the right home." Mr Mercer, who is Brightpath's chief technology officer, said he was excited about building products for a much bigger market. "We couldn't have done that on our own," he said. "Rebecca saw that before I did."

Brightpath employs 180 people, most of them in Leeds. Clinicly's chief executive, Jennifer Alvarez, said there would be no job cuts and that the Leeds office would become the company's European headquarters. She said she had admired the business for years.

Ms Sloane said she had turned down two earlier approaches from private equity firms because they could not promise to keep the team together. She will become chief operating officer of the combined group, while Mr Mercer will lead its engineering division.

Analysts said the price was a good one. Tom Adeyemi, who covers technology companies at Northern Capital, said he expected more consolidation in the sector. "Dental software is boring, which is why it is so profitable," he said.

Staff at Brightpath, many of whom own shares, will share about £15 million from the sale. Mr Mercer said the founders had insisted on that. "They built it with us," he said. Ms Sloane added that she would be buying the first round of drinks.
"""),

dict(title="Whistleblower says ambulance delays were hidden from board", text="""
An NHS manager who raised concerns about ambulance response times says senior executives kept the true figures from the trust's board for more than a year.

The whistleblower, who has asked not to be named because they still work for the East Coast Ambulance Trust, said internal reports showed that patients with suspected strokes were waiting an average of 74 minutes for an ambulance, more than twice the national target. They said the reports presented to the board used a different method that made the delays look shorter.

"I raised it in writing three times," the whistleblower said. "Each time I was told the figures were being reviewed. Nothing changed, except that I stopped being invited to meetings."

They have now given the documents to the health select committee. Its chairman, Dr Paul Ellison, said the allegations were extremely serious and that he would write to the trust's chief executive, Amanda Crisp, asking her to explain the discrepancy.

Ms Crisp said in a statement that she took the concerns seriously and had asked for an independent review. She said the trust had always published response times in line with national guidance, and that she was confident the review would show the board had been properly informed.

Patients' groups said the allegations reflected their experience. Margaret Doyle, whose husband waited almost two hours for an ambulance after a stroke last winter, said she had been told at the time that there was nothing unusual about the delay. "He was lying on the kitchen floor," she said. "I kept ringing and ringing."

The whistleblower said they had considered leaving the NHS but had decided to stay. "If I leave, nobody will keep asking the questions," they said. The review is due to report in March.
"""),

dict(title="Tenant wins fight over damp flat with help of housing solicitor", text="""
A tenant who lived for three years in a flat so damp that mould grew on his bedding has won £18,000 in compensation from his landlord, in a case his solicitor said should warn others to take repairs seriously.

Kevin Lyons, 41, a bus driver, rented the one-bedroom flat in Walthamstow from Parkside Lettings. He told the county court that he had reported leaks and mould more than thirty times but that the company had only ever sent a painter to cover the stains.

His solicitor, Amina Yusuf, of the Tenants' Law Centre, said her client had developed asthma during his tenancy and had been forced to sleep on a friend's sofa during the worst months. "Mr Lyons did everything right," she said. "He reported the problems, he kept records, and he paid his rent on time. His landlord did nothing."

The judge, District Judge Alan Price, found that the company had breached its repair obligations and ordered it to pay compensation and Mr Lyons's legal costs. He said the photographs submitted by the tenant were "deeply disturbing".

Parkside's director, Simon Kaye, said the company was disappointed and was considering an appeal. He said it had offered Mr Lyons alternative accommodation, which he had refused. Ms Yusuf said the flat offered was in worse condition.

Mr Lyons has since moved to a council flat in Leyton. He said he was relieved the case was over and grateful to his lawyer. "She believed me from the first meeting," he said. "Without her, I'd have given up."

Ms Yusuf said her centre had seen a sharp rise in damp and mould cases since 2022. She urged tenants to photograph problems and report them in writing. "That paper trail is what wins cases," she said.
"""),

dict(title="Q&A: Marathon champion David Kiprop on training, family and retirement", text="""
David Kiprop won the London Marathon for the third time in April. Now 36, he spoke to us at his training camp in Iten about what keeps him running.

Q: You are the oldest winner in the race's history. How?

A: Patience. When I was young I trained like a madman, three times a day, every day. Now I listen to my body. My coach, Rose Chebet, says I am lazy. I say I am wise. We argue about it every morning.

Q: What is she like as a coach?

A: Very strict. She was a runner herself, a very good one, and she knows when I am pretending to be tired. She has coached me for twelve years. Without her I would have retired at thirty.

Q: You have spoken about missing your children while you race abroad.

A: Yes. I have three, and my wife, Grace, looks after them when I travel. She is the real champion in our house. When I won in April, my son phoned me and asked if I had brought him a medal. I told him the medal is for the family, so it is on his bedroom wall now.

Q: When will you retire?

A: When I stop enjoying it. Maybe two more years. I would like to run one more Olympics.

Q: And afterwards?

A: I want to build a school here. My father was a farmer and he could not read. He always told me education was more important than running. I didn't listen then, but I listen now.

Q: Any advice for amateur runners?

A: Slow down. Most people run their easy days too fast. Ask your coach. If you don't have one, ask your body. It will tell you the truth.
"""),

dict(title="Transgender councillor becomes city's first trans mayor", text="""
A transgender woman has become the first openly trans mayor of Brighton and Hove, in a ceremony at the town hall on Thursday evening.

Councillor Jess Tanner, 45, a former social worker who uses she/her pronouns, was elected by fellow councillors to the ceremonial role for the coming year. She said she was honoured and hoped her appointment would show young trans people in the city that they belonged.

"When I was a teenager I didn't think I had a future," she said. "Tonight I'm wearing the mayor's chain. Things can change."

The outgoing mayor, Councillor Ahmed Rashid, placed the chain around her neck and said he was proud to hand over to a colleague he had worked with for ten years. He said she had been a tireless advocate for homeless people in the city.

Ms Tanner has represented the Hollingdean ward since 2019. Her chosen charities for the year are a food bank and a support group for young LGBT people. She said she would also use the role to highlight the shortage of social workers.

Her consort for the year will be her partner, Claire Mitchell, a nurse at the Royal Sussex County Hospital. Ms Mitchell said she was very proud. "Jess has worked so hard for this city," she said.

Not everyone welcomed the appointment. Two councillors abstained in the vote, and a small group of protesters gathered outside. One of them, Brian Hale, said he objected to the choice. The leader of the council, Bella Stanford, said she was disappointed by the protest but that the vote reflected the city's values.

Ms Tanner said she would be mayor for everyone, including those who disagreed with her. "My door is open," she said.
"""),

dict(title="Mother coaches son to national junior swimming title", text="""
A 16-year-old swimmer from Stockport won the national junior 200m butterfly title on Sunday, coached by his mother, a former Olympic finalist.

Callum Reid touched the wall in 2min 01.4sec at the Ponds Forge pool in Sheffield, a championship record and the fastest time by a British swimmer of his age. His mother, Lorraine Reid, who swam in the 1996 Atlanta Olympics, has coached him since he was eight.

"I'm so proud of him," she said. "He has done all the hard work. I just shout at him from the side of the pool." Callum said his mother was a tough coach but that he would not want anyone else. "She knows exactly what I'm feeling in the water because she's done it herself," he said.

The pair train at the Stockport Metro club, where Mrs Reid is head coach. She said she was careful to separate the roles. "At the pool I'm his coach and at home I'm his mum, and we try not to talk about swimming at dinner," she said. "We don't always manage it."

Callum beat the pre-race favourite, Harry Nolan of Loughborough, by almost a second. Nolan said he was disappointed but that the winner had deserved it. "He was just too strong on the last length," he said.

British Swimming's junior performance director, Chris Spice, said Callum was one of the most exciting young talents in the country. He said the teenager would be considered for the European junior championships in July.

Callum said he hoped one day to swim at the Olympics like his mother. "She's got a final," he said. "I want a medal. That's the deal we made."
"""),

dict(title="Couple who planted vineyard in Kent celebrate first award", text="""
A couple who swapped careers in the City for a vineyard on the North Downs have won a gold medal at an international wine competition for their first sparkling wine.

Nick and Sophie Harper bought twelve acres of sloping farmland near Wye in 2016 and planted 20,000 vines by hand. He was a bond trader and she was a corporate lawyer, and neither had any experience of farming.

"We knew nothing," Mr Harper said. "We watched videos on the internet and asked the neighbours a lot of stupid questions." His wife said the first three years had been the hardest of her life. "We had frost, we had mildew, we had pheasants eating the grapes," she said. "There were nights I cried in the car."

Their 2020 vintage, released last spring, won gold at the Decanter World Wine Awards in June. The judges praised its "fine bubbles and lovely citrus freshness". Only eight English sparkling wines received gold this year.

Mrs Harper, who makes the wine, said she had learned from the winemaker at a neighbouring estate, Mark Driver, who had spent several harvests helping them. Mr Driver said the couple had worked harder than anyone he knew. "They deserve every bit of this," he said.

Mr Harper looks after the vines and the business side. He said orders had tripled since the award and that the couple were planning to plant another five acres next year. They employ four full-time staff and about thirty pickers at harvest.

Asked whether they regretted leaving London, the couple laughed. "Every February, a little bit," Mrs Harper said. "And then it's harvest, and I wouldn't be anywhere else." Her husband nodded. "She's the winemaker," he said. "I just drive the tractor."
"""),

dict(title="Retired detective recalls the night 'she said, \"I know who did it\"'", text="""
A retired detective who helped to solve one of Yorkshire's most notorious unsolved murders has described the moment a witness came forward after 22 years of silence.

Former Detective Inspector Graham Holt, 71, led the cold case review into the killing of shopkeeper Peter Lane, who was stabbed in his newsagent's in Halifax in 1989. In a new book, he recalls how a woman rang the incident room in 2011 after seeing an appeal on television.

"She said, 'I know who did it, and I've known all along,'" he told an audience at the Ilkley Literature Festival on Saturday. "Then she started crying and didn't stop for ten minutes."

The witness, who cannot be named for legal reasons, told detectives that her former boyfriend had come home on the night of the murder with blood on his jacket. She said he had told her, "If you say a word, you're next." Mr Holt said she had lived in fear for two decades.

The man, Kenneth Ward, was convicted of murder in 2013 and sentenced to life. He died in prison in 2020.

Peter Lane's daughter, Susan Fairbrother, also spoke at the festival. She said her family owed everything to the witness and to the detectives who never gave up. "My mother used to say, 'Someone knows,'" she said. "She was right, but she didn't live to see it."

Mr Holt said his former colleague, Detective Sergeant Anne Whitby, deserved as much credit as he did. He said she had taken the first call and persuaded the witness to meet them. "Anne said to me, 'Don't rush her,'" he recalled. "Best advice I ever had."

The book, Someone Knows, is published this month.
"""),

dict(title="Mrs Sam Fletcher and Mr Leslie Grant named joint heads of arts trust", text="""
The Wessex Arts Trust has appointed two joint chief executives to lead the organisation through a period of expansion, after a recruitment process that the board said produced "two outstanding candidates we could not choose between".

Mrs Sam Fletcher, who has run the Salisbury Playhouse's education programme for nine years, and Mr Leslie Grant, a former finance director at the Bath Festival, will share the role from January. The trust runs three theatres and a gallery in Wiltshire and Dorset.

Mrs Fletcher said she would focus on the artistic programme and community work. "I want every child in the region to see live theatre before they leave primary school," she said. Mr Grant said his priority was to secure the trust's finances after two difficult years. "The art comes first, but the art needs a roof," he said.

The trust's chair, Dr Chris Bellamy, said the board had been impressed by how well the two candidates worked together during the final interviews. She said job shares at the top of arts organisations were becoming more common and often worked well.

The pair replace Nicholas Freeman, who retired in the summer after sixteen years. Mr Freeman said he was delighted with the appointments and had known Mrs Fletcher since she was a young drama teacher. He said he had every confidence in them both.

The trust plans to open a fourth venue, a converted chapel in Shaftesbury, in 2028. Mr Grant said he was already talking to funders about the £4 million project.

Mrs Fletcher, who lives in Salisbury with her husband and two children, said she was looking forward to working with Mr Grant. "He's better with spreadsheets than I am," she said. "I'm better with actors. It's a good combination."
"""),

dict(title="Minister's wife launches campaign against loneliness", text="""
The wife of the Welsh health minister has launched a campaign to tackle loneliness among older people in rural Wales, drawing on her experience of caring for her own parents.

Eleri Jones, a former nurse, is married to the minister, Huw Jones. She said on Monday that the campaign, Paned, named after the Welsh word for a cup of tea, would train volunteers to visit isolated older people in their homes.

"My mother went days without speaking to anyone after my father died," she said. "She lived at the end of a farm track and the bus stopped running. It broke my heart."

Her husband attended the launch in Aberystwyth but did not speak. His office said the campaign was independent of the government and received no public money. The minister's spokesman said he was proud of his wife's work.

The campaign has raised £120,000 from charitable trusts. It is being run with Age Cymru, whose chief executive, Victoria Lewis, said loneliness was as harmful to health as smoking. She said the charity had seen a sharp rise in calls from older people since the pandemic.

The opposition health spokesman, Sam Pritchard, welcomed the campaign but said it could not replace properly funded social care. He said the minister should concentrate on reducing waiting lists.

One of the first volunteers, retired farmer Gareth Price, said he had signed up because he knew how isolating rural life could be. "My wife and I are lucky, we have each other," he said. "Plenty of people round here have nobody."

Mrs Jones said she hoped to have 500 volunteers by next summer.
"""),

dict(title="Obituary: Bill Hartley, groundsman who kept Lord's green for 40 years", text="""
Bill Hartley, who was head groundsman at Lord's cricket ground for almost four decades and prepared pitches for more than a hundred Test matches, has died at the age of 86.

Born in Hertfordshire in 1940, the son of a market gardener, he joined the ground staff at Lord's as a 17-year-old and became head groundsman in 1969. He held the post until 2007, a record unlikely to be broken.

Hartley was known for his fierce protection of the square. He once refused to let a visiting prime minister walk across it, telling him politely that the grass was "resting". Players respected him, although many complained that his pitches were too good for batsmen.

The former England captain Mike Fenner said he had been a legend. "He loved that ground more than anyone," he said. "You could tell how a Test would go by looking at Bill's face on the first morning."

His successor, Mick Dunn, said Hartley had taught him everything. He said the older man would ring him the night before every Test for years after his retirement to ask about the weather.

Outside cricket he was a keen gardener and grew prize-winning dahlias, which he showed at the Chelsea Flower Show. His wife, Joan, whom he married in 1962, said their garden had been "the only lawn he was ever allowed to neglect". She said he had been unwell for some time but had watched every ball of the summer's Tests on television.

Clare Whitlock, a former England women's captain and later president of MCC, said he had been one of the club's most loyal servants. She said a minute's applause would be held before next season's first match.

He is survived by his wife, their two daughters and five grandchildren.
"""),

dict(title="Researchers find bees learn routes by watching each other", text="""
Bumblebees can learn the fastest route to a flower by watching more experienced bees, according to research published on Wednesday that suggests insects are capable of social learning once thought unique to larger animals.

The study, led by Dr Hannah Price and Professor Lars Eriksen at Queen Mary University of London, trained a group of bees to follow a winding path through a maze to reach a sugar reward. Untrained bees that watched the trained ones took the same route far more often than bees that explored alone.

"It's a bit like a new employee watching where colleagues go for lunch," Dr Price said. "They don't work it out from scratch. They copy." She said the results surprised even the team.

Professor Eriksen, who has studied bee intelligence for thirty years, said the finding added to growing evidence that insects had rich mental lives. He said it could also help explain how colonies adapt quickly when flowers become scarce.

The work took three years and involved more than 400 bees. PhD student Tom Ashby, who built the mazes, said the hardest part had been keeping track of individual bees. He painted small numbers on their backs. "Some of them got quite annoyed with me," he said.

Dr Sarah Finch, an ecologist at Exeter who was not involved in the study, said it was elegant work. She said the findings could help farmers, because bees that learn quickly from each other might adapt better to changing crops.

The researchers now plan to test whether bees can pass on routes across generations. Dr Price said she hoped to start those experiments in the spring.
"""),

dict(title="Sprint champions share spotlight at Diamond League meeting", text="""
Britain's two sprint champions both won their races at the London Diamond League meeting on Saturday, giving a packed crowd at the London Stadium their best night of the season.

Jade Okoro won the women's 100m in 10.89sec, beating the Olympic silver medallist from Jamaica into second place. Minutes later, Marcus Bell took the men's 200m in 19.84sec, the fastest time in the world this year.

"The crowd carried me," Okoro said afterwards. "I heard them in the last twenty metres and I just kept driving." She said she was now targeting a medal at the world championships in September.

Bell said he had been worried about a hamstring injury that had forced him to miss two races in June. "I wasn't sure I'd be ready, but my physio did an amazing job," he said. "Tonight I felt free." He praised his training partner, who had pushed him through the winter.

The two athletes share a coach, Eric Fenwick, who said it had been one of the proudest nights of his career. He said both had worked through difficult spells. "Jade has become so consistent, and Marcus's just getting faster," he said.

Elsewhere, Amy Calder won the women's 800m, her fourth victory of the season. She said she was enjoying her running again after a disappointing spring. Ryan Doyle finished second in the men's 1500m and said he had made a tactical mistake on the final bend.

UK Athletics' performance director said the results were encouraging ahead of the championships. She said the team was in good shape but that there was still work to do.

The meeting drew a crowd of 55,000, the largest at a British athletics event since the 2017 world championships.
"""),
]
