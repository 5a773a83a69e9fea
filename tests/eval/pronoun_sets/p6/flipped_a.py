ARTICLES = [
dict(title="Finance Minister Defends Budget Amid Backbench Revolt", person="Helen Varga", gender="f", text="""
Finance Minister Helen Varga on Tuesday defended her first budget against a growing revolt on the government's back benches, insisting that the spending cuts were "painful but temporary".

Ms Varga, who took over the ministry in March after the resignation of her predecessor, Colin Ashby, told parliament that the country could not keep borrowing at the current rate. "We have postponed hard choices for a decade," she said. "This budget ends that habit."

The opposition leader, David Mensah, accused the government of balancing the books on the backs of pensioners. He pointed to the freeze on winter fuel payments, which he said would hit rural voters hardest. "The minister talks about responsibility, but she has never had to choose between heating and eating," Mr Mensah said.

At least eleven government MPs have signalled that they may vote against the package. Their informal leader, the former housing minister Rachel Dunmore, said she had written to the prime minister, Tomas Reed, asking for the fuel freeze to be dropped.

Mr Reed has so far stood by his finance minister. Speaking to reporters outside Downing Street, he said the budget had his "full support" and that Ms Varga had "shown real courage".

Behind the scenes, however, officials say the Treasury is preparing concessions. One option under discussion would exempt households with an occupant over 80 from the freeze, at a cost of roughly 300 million a year.

Economists were divided. Priya Nair, chief economist at the Westbridge Institute, said the overall direction was sensible but warned that the growth forecasts looked optimistic. "If growth disappoints, the minister will be back here in six months asking for more cuts," she said.

Asked whether ⟦flip:he|she⟧ would resign if the budget were defeated, the finance minister shrugged off the question. "I am not in the business of hypotheticals," ⟦flip:he|she⟧ said, before heading into a meeting with ⟦flip:his|her⟧ party's whips.

The vote is expected next Wednesday.
"""),

dict(title="Veteran Coach Leaves Harbour City After Nine Seasons", person="Marco Bellini", gender="m", text="""
Marco Bellini, the longest-serving coach in the national basketball league, announced on Friday that he would leave Harbour City at the end of the season after nine years in charge.

The 61-year-old Italian, who led the club to three championships, said the decision had been his alone. "Nobody pushed me," he told a packed press conference at the club's training centre. "I want to spend more time with my grandchildren before they stop wanting to spend time with me."

The club's president, Sandra Kowalczyk, paid tribute to him, calling him "the architect of everything we have built". She said the search for a successor would begin immediately and that the board hoped to name a new coach before the draft in June.

Players were caught off guard. Team captain Jaylen Brooks said he had heard the news only an hour before the announcement. "Coach has been like a father to a lot of us," Brooks said. "He pushed us hard, but we always knew he cared."

Bellini arrived in Harbour City in 2017 from Bologna, where he had won two Italian titles. At the time the club had missed the playoffs for five straight years. Within two seasons ⟦flip:she|he⟧ had turned them into contenders, relying on ⟦flip:her|his⟧ suffocating defensive system and a deep rotation.

Assistant coach Naomi Fraser, widely seen as a leading internal candidate to replace him, declined to discuss her own ambitions. She said only that working under Bellini had been "the best education anyone in this sport could ask for". Fraser added that ⟦flip:her|his⟧ attention to detail was legendary among the staff. "He would rewatch a single defensive possession twenty times," she said.

Harbour City currently sit second in the Western Conference with eleven games remaining. Bellini said ⟦flip:she|he⟧ intended to finish the job. "We still have one more trophy to chase," he said.
"""),

dict(title="Court Upholds Conviction of Former Charity Director", person="Lorraine Whitcombe", gender="f", text="""
The Court of Appeal on Thursday upheld the fraud conviction of Lorraine Whitcombe, the former director of a children's charity who diverted more than 1.2 million in donations to fund a luxury lifestyle.

Mrs Whitcombe, 54, was sentenced last year to six years in prison after a jury found that she had used the Brightstart Foundation's accounts to pay for holidays, a sports car and renovations to her home in Surrey.

Her barrister, Jonathan Pryce KC, had argued that the trial judge misdirected the jury on the question of dishonesty and that his client had believed the payments were authorised by the board. He also claimed that key evidence from the charity's former treasurer should have been excluded.

The three appeal judges rejected every ground. Giving the lead judgment, Lady Justice Amanda Cole said the evidence against the former director was "overwhelming". The board minutes, she wrote, showed no authorisation of any kind, and Whitcombe had repeatedly concealed the payments from auditors.

The former treasurer, Peter Osei, told the original trial that he had raised concerns as early as 2018. He said Whitcombe had reassured him that the transfers were reimbursements for expenses ⟦flip:he|she⟧ had paid personally. Mr Osei later resigned and contacted the Charity Commission.

Lady Justice Cole also dismissed a separate appeal against the length of the sentence. She noted that the offending had continued for almost five years and had targeted money given by the public to help vulnerable children.

Outside court, Brightstart's current chair, Fiona McAllister, said the charity had rebuilt its finances and its reputation. "Today's judgment closes a very dark chapter," she said.

Mr Pryce said his client was "deeply disappointed" and continued to protest ⟦flip:his|her⟧ innocence. He said they would consider seeking permission to appeal to the Supreme Court, though legal experts said such an application was unlikely to succeed.

Whitcombe, who did not attend the hearing, is serving ⟦flip:his|her⟧ sentence at HMP Send.
"""),

dict(title="Physicist Wins Top Prize for Work on Quantum Sensors", person="Ingrid Solberg", gender="f", text="""
The Norwegian physicist Ingrid Solberg has been awarded this year's Meridian Prize for her pioneering work on quantum sensors that can detect minute changes in gravity.

Professor Solberg, 47, who leads a laboratory at the University of Oslo, will share the 500,000 prize money with her long-time collaborator, the American engineer Daniel Whitaker. The pair developed a portable device that uses clouds of ultra-cold atoms to map underground structures without drilling.

The prize committee's chairman, Sir Geoffrey Lamb, said the work had "moved quantum physics out of the laboratory and into the field". He noted that the sensors were already being used to locate old mine shafts and leaking water pipes.

Speaking from her office in Oslo, Solberg said she had not believed the news at first. "I thought it was one of my students playing a joke," she said. "Then Dan called me and he was crying, so I knew it was real."

Whitaker, who is based at the Colorado School of Mines, said his partner deserved most of the credit. "The theory was hers. I just built the box," he said.

Born in Tromsø, Solberg studied in Trondheim and completed ⟦flip:his|her⟧ doctorate in Munich under the late Professor Karl Eder. Colleagues describe her as relentlessly curious and unusually generous with credit.

One of her former doctoral students, Amira Haddad, now a researcher in Paris, recalled that Solberg would often stay until midnight helping students fix their experiments. "She never made you feel stupid," Haddad said. "She would just roll up ⟦flip:his|her⟧ sleeves and start taking the apparatus apart."

Solberg said she would use part of the prize money to fund scholarships for young women in physics. She will receive the award at a ceremony in Geneva in November.
"""),

dict(title="Mayor Unveils Plan to Pedestrianise Historic Centre", person="Robert Kiplagat", gender="m", text="""
The mayor of Eastford, Robert Kiplagat, on Monday unveiled plans to close most of the city's historic centre to cars within three years, a move he described as "the biggest change to our streets since the railway arrived".

Under the proposals, private vehicles would be banned from the area inside the old city walls between 7am and 7pm. Buses, taxis, delivery vans and residents' cars would still be allowed, and a new park-and-ride service would run from three sites on the ring road.

Mr Kiplagat, who was elected last May on a promise to tackle congestion, said the scheme would make the centre safer and more attractive to visitors. "People come here to see the cathedral and the market square, not to sit in traffic," he said.

Shopkeepers reacted with caution. Margaret Doyle, who chairs the Eastford Traders' Association, said her members feared losing customers who drive in from surrounding villages. "We are not against the idea, but the mayor needs to show us the evidence," she said.

Councillor Julia Brandt, leader of the opposition group on the council, was more blunt. She accused the mayor of rushing the plan through and said ⟦flip:her|his⟧ handling of the consultation so far had been "chaotic".

Supporters pointed to similar schemes in Ghent and Pontevedra, where footfall rose after cars were removed. Dr Samuel Achebe, a transport researcher at Eastford University, said the evidence from Europe was encouraging. "The fears are always greatest before the change, and they usually fade within a year," he said.

A public consultation will open next month and run for twelve weeks. The mayor said he was prepared to adjust the details but not the principle. Asked whether he would consider a referendum, ⟦flip:she|he⟧ said no. "Leadership means making a decision and standing by it," he said.

The council is expected to vote on the final plan in the spring.
"""),

dict(title="Obituary: Beatrice Onyango, Founder of Nairobi's First Women's Bank", person="Beatrice Onyango", gender="f", text="""
Beatrice Onyango, who founded one of East Africa's first banks run by and for women, has died at the age of 88. Her family said she died peacefully at home in Nairobi on Sunday.

Born in 1938 in a village near Kisumu, Onyango was the fourth of seven children. Her father, a schoolteacher, insisted that his daughters be educated alongside his sons, an unusual position at the time. She won a scholarship to study economics in London, where she met her future husband, the surgeon Joseph Onyango.

Returning to Kenya in the 1960s, ⟦flip:he|she⟧ worked for the central bank but grew frustrated that women traders could not obtain loans without a husband's signature. In 1977 she and a group of market women pooled their savings to set up the Umoja Women's Savings Society, which later became a fully licensed bank.

The early years were difficult. Male bankers dismissed the venture as a charity, and a government minister once told ⟦flip:him|her⟧ publicly that women "could not be trusted with money". Onyango kept a framed copy of the newspaper report on her office wall for the rest of her life.

By the 1990s the bank had more than 200,000 customers. Its current chief executive, Grace Wambui, said the founder had remained involved well into ⟦flip:his|her⟧ eighties, attending board meetings and visiting branches. "She would ask the tellers about their children by name," Ms Wambui said.

President William Ruto described her as "a pioneer who opened doors for millions of Kenyan women". The economist James Mwangi, a friend of the family, said ⟦flip:he|she⟧ had been decades ahead of the microfinance movement.

Her husband died in 2009. ⟦flip:He|She⟧ is survived by two daughters, a son, Peter, and eleven grandchildren.
"""),

dict(title="Tech Firm's Co-Founder Steps Down After Board Dispute", person="Kevin Tran", gender="m", text="""
Kevin Tran, the co-founder and chief technology officer of the payments start-up Ledgerline, has stepped down after a months-long dispute with the company's board, the firm confirmed on Wednesday.

In a short statement, Ledgerline said Mr Tran would remain a shareholder and an adviser but would no longer have an executive role. The company's chief executive, Alicia Moreno, thanked him for "building the engine that powers everything we do".

People familiar with the matter said the disagreement centred on Ms Moreno's plan to sell the company's consumer app and focus on business clients. Tran, who wrote much of the original code in his parents' garage in San Jose, is said to have opposed the sale strongly.

In a post on LinkedIn, Tran struck a conciliatory tone. "Alicia and I built this company together, and I'm proud of what we made," he wrote. "We disagree about where it should go next. That happens."

The board's chair, the venture capitalist Deborah Klein, said the directors had tried for several months to find a compromise. She said the decision had been reached by mutual agreement. Investors were less diplomatic. One early backer, speaking on condition of anonymity, said the board had effectively forced Tran out because ⟦flip:she|he⟧ would not back the sale.

Ledgerline, valued at about 2.4 billion at its last funding round, employs 900 people. Engineers at the company described the departing co-founder as a demanding but loyal boss. "He knew every line of the payments stack," said one senior developer, Marcus Hill. "Losing ⟦flip:her|his⟧ knowledge is going to hurt."

Tran said ⟦flip:she|he⟧ planned to take a long break before deciding what to do next. His former co-founder said the door would always be open. "Kevin will always be part of Ledgerline," Ms Moreno said.
"""),

dict(title="Olympic Champion Returns to Pool After Shoulder Surgery", person="Chloe Abernathy", gender="f", text="""
Chloe Abernathy, the double Olympic champion, made a winning return to competitive swimming on Saturday, eight months after undergoing surgery on her right shoulder.

The 26-year-old took the 200 metres freestyle at the national championships in Glasgow in a time of 1:55.42, comfortably ahead of her training partner, Ellie Morgan, and the teenager Grace Liu. It was not close to her personal best, but Abernathy said she was simply relieved to be racing again.

"There were days in the winter when I couldn't lift my arm above my head," she said. "To be standing on the blocks again feels like a small miracle."

Her coach, Ian Fletcher, said the swimmer had followed a painstaking rehabilitation programme. He admitted that at one point he had doubted she would be ready in time for the world championships in July. "She did every single exercise the physios asked for, even the boring ones," Fletcher said. "I've coached for thirty years and I've never seen anyone more stubborn."

Abernathy won gold in the 200 and 400 metres freestyle at the last Olympics, becoming the first British woman to win two individual swimming titles at a single Games. The injury, which ⟦flip:he|she⟧ first felt during a training camp in Australia, had raised questions about whether she would be able to defend her titles.

The head of performance at British Swimming, Mark Dobson, said the result was encouraging but warned against expecting too much too soon. He said the team would manage her racing schedule carefully.

Morgan, who finished second, said she had enjoyed having her friend back. "Training without her was quiet," Morgan said. "Too quiet."

Abernathy will race the 400 metres on Monday. Asked if her shoulder was fully healed, she smiled. "Ask me after Monday," she said.
"""),

dict(title="Novelist's Memoir Reopens Old Family Feud", person="Graham Ellsworth", gender="m", text="""
A new memoir by the novelist Graham Ellsworth has reignited a bitter feud within one of Britain's best-known literary families, with his sister accusing him of inventing key scenes.

In "The Long Table", published this week, Mr Ellsworth describes growing up in a chaotic household in Norfolk with his father, the poet Arthur Ellsworth, and his mother, the painter Vivienne Hart. The book portrays Arthur as a charismatic but cruel figure who drank heavily and belittled his children.

His sister, the actress Juliet Ellsworth, issued a statement on Tuesday calling the book "a novel pretending to be a memoir". She said several episodes, including a scene in which their father burns a manuscript in the garden, never happened. "My brother has always preferred a good story to the truth," she wrote.

The publisher, Marsh & Colby, said it stood by the book. Its editor-in-chief, Nadia Petrov, said the manuscript had been checked carefully and that the author had provided diaries and letters to support his account.

Ellsworth, 67, has written eleven novels, including the Booker-shortlisted "Salt Marsh". In an interview with the Guardian before publication, he acknowledged that memory was unreliable. He said his sister had her own truth, and ⟦flip:she|he⟧ did not expect her to agree with his.

Literary critics have largely praised the book. The reviewer Simon Achterberg called it "a devastating portrait of a father and the damage he did". Others were more cautious. The biographer Helen Fairbairn, who is writing a life of Arthur Ellsworth, said Ellsworth had given a very different account of ⟦flip:her|his⟧ father when she interviewed him in 2019.

Juliet Ellsworth said she had not spoken to her brother in four years and did not intend to read the book.

The memoir entered the bestseller list at number three.
"""),

dict(title="Health Chief Warns of Winter Pressure on Hospitals", person="Siobhan Gallagher", gender="f", text="""
Hospitals across the region face their toughest winter in a decade, the head of the regional health authority, Siobhan Gallagher, warned on Thursday, as flu admissions rose sharply for the third week running.

Dr Gallagher told a press briefing that more than 600 patients with flu were now in hospital, double the number at the same point last year. Several emergency departments have declared critical incidents, and some planned operations have been postponed.

"We are seeing a very early and very aggressive flu season," she said. "I would urge everyone who is eligible to get vaccinated this week, not next month."

She was joined at the briefing by Professor Alan Whitfield, an infectious disease specialist, who said the dominant strain appeared to be more severe in older adults. He said vaccine uptake among over-65s was lagging behind previous years.

Nurses' leaders said staff were exhausted. Karen O'Neill, regional secretary of the nurses' union, said some of her members were working double shifts. "The health authority keeps telling the public to stay away from A&E, but that doesn't help the people already on trolleys," Ms O'Neill said.

The health minister, Declan Murphy, promised an extra 40 million for winter beds. Gallagher welcomed the money but said it would take weeks for the beds to open because of staff shortages. A former intensive care doctor, ⟦flip:he|she⟧ spent twenty years working on hospital wards before moving into management.

Pressed on whether the authority had prepared adequately, the chief executive conceded that some plans had been drawn up too late. "We could have done better, and I take responsibility for that," Gallagher said, adding that her team would publish a full review in the spring.

Mr Murphy said he retained full confidence in the authority's leadership.

GP surgeries will run extra vaccination clinics this weekend.
"""),

dict(title="Farmer Wins Fight Over Ancient Right of Way", person="Owen Pritchard", gender="m", text="""
A Welsh sheep farmer has won a four-year legal battle to close a footpath that crosses his land, after a planning inspector ruled that the route had been wrongly recorded on the official map.

Owen Pritchard, 58, whose family has farmed at Cwm Isaf near Llandeilo for five generations, said he was "relieved beyond words". He had argued that walkers using the path were leaving gates open and letting dogs worry his ewes.

The path, which runs for about half a mile past the farmhouse, was added to the county's definitive map in 1974. Mr Pritchard's lawyer, Rhiannon Evans, produced estate records and a sworn statement from his late grandmother showing that the route had never been a public right of way. Ms Evans said her client had been "made to feel like a criminal for defending his own livelihood".

The Ramblers' Association, which opposed the closure, said it was disappointed. Its local representative, Huw Jenkins, said walkers had used the path for at least half a century. He said the group was considering whether to challenge the decision in the High Court.

The inspector, Catherine Lowe, said in her decision that the evidence of public use before 1974 was "thin and inconsistent". She added that the farmer's documents were detailed and credible.

Neighbours were split. Eleri Thomas, who runs a bed and breakfast in the village, said she worried that fewer visitors would come. But another farmer, Gareth Morgan, said Pritchard had been treated unfairly for years and that ⟦flip:she|he⟧ had shown great patience.

Speaking in the farmyard, with his sheepdog at his feet, Pritchard said he bore walkers no ill will. He said his family would create a new permissive path along the edge of the valley. "People can still enjoy the hills," he said. "Just not through my lambing field."
"""),

dict(title="Ambassador Recalled After Leaked Cables Embarrass Government", person="Eleanor Fitch", gender="f", text="""
The government has recalled its ambassador to Brazil, Eleanor Fitch, after a series of leaked diplomatic cables in which she described senior Brazilian officials as "vain" and "out of their depth".

The foreign secretary, Richard Harland, said on Sunday that Ms Fitch's position had become untenable. He stressed that she had done nothing wrong by giving candid assessments to London, but said the leak had damaged her ability to do the job. "Ambassadors must be able to speak frankly. That is the whole point," Mr Harland said.

The cables, published by a Brazilian newspaper on Friday, covered a period of two years. In one, the ambassador wrote that the country's trade minister, Luiz Carvalho, had "no grasp of his own brief". In another, ⟦flip:he|she⟧ predicted that the governing coalition would collapse within a year.

Brazil's foreign ministry summoned the deputy head of mission, Thomas Greaves, on Saturday to express its "profound displeasure". Mr Carvalho told reporters that he was not offended but that the comments showed "a colonial attitude".

Fitch, a career diplomat who previously served in Mexico City and Lisbon, is widely respected in the Foreign Office. Her former deputy in Lisbon, Sarah Whitlock, described her as "the best ambassador I ever worked for". Colleagues said ⟦flip:he|she⟧ was devastated by the leak.

An internal inquiry has been launched to find the source. Opposition MP Andrew Keane called on the government to protect ⟦flip:him|her⟧ and other diplomats from "a culture of leaking". He said the foreign secretary should have refused to bow to pressure from Brasília.

Ms Fitch is expected to return to London this week. The Foreign Office said she would be offered another senior post. A replacement ambassador has not yet been named.
"""),
]
