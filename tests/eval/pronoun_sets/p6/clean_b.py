ARTICLES = [
dict(title="Obituary: Harold Finch, Bookseller Who Saved a Village High Street", text="""
Harold Finch, whose secondhand bookshop turned the Welsh border village of Clunbury into a destination for book lovers, has died aged 91. His daughter, Catherine, said he died at home above the shop, surrounded by his books.

Finch opened Finch & Daughter in 1968 in a former bank, with about 2,000 books bought from house clearances. At the time Clunbury had lost its butcher, its baker and its post office, and the high street was half empty. Within a decade, the shop held more than 80,000 volumes and drew visitors from across Britain and America.

Born in Birmingham in 1934, the son of a tram driver, he left school at fourteen and worked in a printing works before national service. He met his wife, Joan, a librarian, at a dance in 1958. It was she who suggested opening a bookshop. "Dad always said the shop was Mum's idea and his overdraft," Catherine Finch said.

The shop's success encouraged others. By the 1980s there were six bookshops in the village, and an annual book fair that still runs today. The fair's director, Owen Lloyd, said Finch had been its unofficial patron. "He would sit outside the shop in a deckchair and tell every visitor which shop to go to next, even if it was a rival," Mr Lloyd said.

The novelist Penelope Fitzgerald was a regular customer and once described the shop in a letter as "a cathedral of the disorganised". Finch framed the letter and hung it next to the till.

Joan Finch died in 2011. Catherine, who has run the shop since 2005, said she would keep it open. Her own son, Tom, now works there at weekends. "Dad would want the lights on," she said.

He is survived by Catherine, his son Robert, four grandchildren and, by his daughter's estimate, roughly 60,000 unsold books.
"""),

dict(title="Unrelated Namesakes Face Off in Tennis Quarter-Final", text="""
There will be a Novak in the semi-finals of the Prague Open, whatever happens on Thursday. Tereza Novak of the Czech Republic and Anna Novak of Slovakia, who are not related, will meet in the quarter-finals after both won in straight sets on Wednesday.

Tereza Novak, the fourth seed, beat the American Lauren Davis 6-3, 6-2 in just over an hour. She said she had been asked about her namesake all week. "People keep asking if she is my cousin," she said. "She is not. I have checked with my grandmother."

Anna Novak, 19, who came through qualifying, surprised the Spanish sixth seed Paula Badosa 7-6, 6-4. She said she had grown up watching her opponent on television. "It is a little strange to play someone with your name on the scoreboard," she said. "I hope the umpire doesn't get confused."

The tournament director, Petr Kolar, said the organisers had already decided to use first names on the scoreboard to avoid confusion. He said ticket sales for Thursday had jumped since the draw was confirmed.

Anna Novak's coach, her father Milan, said his daughter had improved enormously this season. He said she had been inspired by Tereza's run to the French Open quarter-finals last year. "She had a poster of her on the wall," he said. "Now she has to beat her."

Tereza Novak's coach, the former world number five Daniela Hantuchova, said the older player would not underestimate her opponent. She said the teenager's serve was one of the best on the tour.

In the men's event, the top seed Jiri Lehecka beat Britain's Jack Draper in three sets. He said afterwards that he was looking forward to watching the all-Novak match. "I hope they both win," he joked.

The women's quarter-final is scheduled second on the centre court on Thursday afternoon.
"""),

dict(title="Prime Minister Warns Nation Faces Hard Winter on Energy", text="""
Finland must prepare for a difficult winter, Prime Minister Petteri Orpo warned on Monday, as the government unveiled emergency measures to shield households from soaring electricity prices.

Speaking in parliament, Mr Orpo said the country had weathered worse crises before. "Finland has always stood on her own feet when times were hard," he said. "She will do so again." The remark drew applause from the government benches and some groans from the opposition.

The package includes a temporary cut in value added tax on electricity, direct payments to low-income households and a scheme allowing consumers to spread their bills over several months. The finance minister, Riikka Purra, said the measures would cost about 600 million euros. She said they would be funded partly by a windfall tax on energy companies.

The leader of the opposition Social Democrats, Antti Lindtman, said the package came too late. He accused the government of ignoring warnings from energy analysts for months. "The prime minister speaks of national resilience, but his ministers have been asleep," Mr Lindtman said.

Outside parliament, a small group of protesters gathered in the cold. One of them, a retired teacher named Liisa Virtanen, said her electricity bill had tripled since the summer. She said she was heating only one room of her flat in Espoo. Her neighbour, Jari Koskinen, who came with her, said he had bought a wood stove. "My grandfather would laugh at me," he said.

Energy analysts said the measures would help but would not solve the underlying problem. Dr Maria Holm, of the Aalto University energy institute, said prices would stay high until new nuclear capacity came fully online. She said she expected the government to announce further support in January.

Parliament is expected to approve the package on Friday. Mr Orpo said he hoped the opposition would vote for it. "This is not a time for party games," he said.
"""),

dict(title="Start-Up Founders Who Met on a Train Sell Company for 300 Million", text="""
Two founders who met by chance on a delayed train from Manchester to London have sold their logistics software company to a German rival for 300 million pounds.

Fatima Chowdhury and Ben Lacey started RouteWise in 2016 after spending a four-hour delay near Crewe complaining about how badly freight was scheduled. Ms Chowdhury, then a data scientist at a supermarket chain, sketched a routing algorithm on a napkin. Mr Lacey, who was working for a haulage firm, told her it would never work. "She proved me wrong within a week," he said on Tuesday.

The buyer, Hamburg-based Frachtwerk, said it would keep RouteWise's 240 staff and its office in Salford. Its chief executive, Katrin Vogel, said the British company's software was "the best in Europe". She said Ms Chowdhury would stay on to lead the combined group's technology division.

Mr Lacey will leave the business after a six-month handover. He said he planned to spend time with his wife, Emma, and their twins, who were born last year. "I've been promising them a holiday for three years," he said.

The pair were not always in agreement. In 2019, Lacey wanted to sell the company to an American buyer; Chowdhury refused, and the two did not speak for almost a month. "We are like siblings," she said. "We argue, and then we go to the pub." He added: "She usually wins the argument. I usually pay at the pub."

Early investors will make large returns. The business angel Robert Hume, who put in 50,000 pounds in 2016, is expected to receive more than eight million. He said he had backed the founders rather than the idea. "They were obviously going to do something," he said.

The deal still needs approval from the competition authorities. It is expected to close in the autumn.
"""),

dict(title="Teacher Cleared of Misconduct After Parent's Complaint", text="""
A primary school teacher in Leicester has been cleared of professional misconduct after a two-year investigation prompted by a parent's complaint, a disciplinary panel ruled on Friday.

Mr Joseph Adebayo, 41, had been accused of shouting at a pupil and grabbing his arm during a playground dispute in 2023. The panel of the Teaching Regulation Agency found that the allegations were not proved and that Adebayo had acted reasonably to separate two fighting boys.

The panel's chair, Gillian Roberts, said the evidence of two other teachers who witnessed the incident was "clear and consistent". She said the teacher had used "the minimum force necessary" and had reported the incident to the head teacher immediately.

The complaint was brought by the boy's mother, Kelly Stanton. In her evidence she said her son had come home with a bruise and had been frightened to return to school. The panel accepted that the boy had been upset but found that the bruise was more likely to have been caused during the fight itself.

Adebayo's representative, the union lawyer Claire Denton, said her client had been through "two years of hell". She said he had been suspended for four months and had considered leaving teaching altogether. "He is a dedicated teacher who did exactly what we would want any teacher to do," Ms Denton said.

The school's head teacher, Richard Iles, said Adebayo had been a valued member of staff for nine years and would return to his class next term. He said the school had supported him throughout.

Speaking outside the hearing, Adebayo said he bore no ill will towards the family. "She was a mother worried about her son," he said. "I understand that. I'm a father myself." His wife, Folake, a nurse, held his hand as he spoke.

Mrs Stanton did not attend the final hearing. Her solicitor, Peter Lumb, said she was disappointed and would consider the ruling.
"""),

dict(title="Research Team Identifies Gene Linked to Rare Childhood Disease", text="""
Scientists in Edinburgh have identified a gene responsible for a rare and often fatal childhood disorder, raising hopes of a treatment within a decade.

The team, led by Professor Fiona Gray of the University of Edinburgh and Dr Rahul Mehta of the Roslin Institute, traced the disorder, known as Lanark syndrome, to a single faulty gene involved in the repair of nerve cells. The findings were published on Wednesday in the journal Nature Genetics.

The disorder affects about one in 200,000 children. Most of those affected lose the ability to walk by the age of ten. Professor Gray said the discovery had taken eight years. "There were many times we thought we were close, and we weren't," she said. Dr Mehta said the breakthrough came when the team compared DNA from three families in Scotland, Pakistan and Canada. "Once we had all three, the gene lit up like a beacon," he said.

One of the families who took part, the McAllisters from Lanark, gave the condition its name when it was first described in 1987. Their grandson, Jamie, eleven, has the disorder. His mother, Louise McAllister, said the news was "the first real hope we have had". She said Jamie had asked whether the scientists could fix him now. "I told him not yet, but maybe one day," she said. Jamie's father, Stuart, said the family would keep raising money for the research.

The charity Lanark Syndrome UK, which funded part of the work, said it would now support efforts to develop a gene therapy. Its chief executive, Dr Alison Price, said she was "thrilled but realistic". She said clinical trials were at least five years away.

Independent experts welcomed the study. Professor Ian Whitby, a geneticist at University College London, said it was carefully done and convincing. He said the next step was to understand exactly how the faulty gene damaged nerve cells.
"""),

dict(title="Lifeboat Crew Rescues Family From Stricken Yacht", text="""
A family of four was rescued from a yacht that lost its mast in a storm off the coast of Cornwall on Saturday, in what the lifeboat's coxswain described as one of the most difficult rescues of his career.

The yacht, the Wandering Star, was sailing from Falmouth to the Isles of Scilly when winds of more than 50 knots snapped her mast and tangled the rigging around her propeller. The skipper, Martin Hughes, sent a mayday at about 4pm. On board with him were his wife, Sophie, and their two children, aged nine and twelve.

The Penlee lifeboat reached the yacht about forty minutes later. Coxswain Patrick Harvey said waves were reaching six metres. "We had to get alongside her three times before we could get the children across," he said. "The crew were magnificent."

Crew member Lucy Pascoe, 26, was the first to take the children aboard the lifeboat. She said the younger child, a girl, had been very brave. "She held on to my lifejacket and didn't let go until we were in the harbour," Ms Pascoe said. Her crewmate, Jack Trewin, helped Mr Hughes and his wife across. He said the parents had stayed calm throughout.

Sophie Hughes said afterwards that she had never been so frightened. "You hear about the lifeboat crews and think they are heroes. Now I know they are," she said. Her husband said he had checked the forecast carefully before leaving. "The storm came in much faster than anyone expected," he said.

The coastguard's duty controller, Emma Rowe, said the family had done the right thing by calling for help early and wearing lifejackets. She said the yacht was later towed into Newlyn harbour by a fishing vessel.

The Wandering Star is badly damaged, but Mr Hughes said he hoped to repair her. "She's brought us a lot of happy holidays," he said. "I'm not ready to give up on her."
"""),

dict(title="Minister Resigns Over Undeclared Shares", text="""
The trade minister, Jonathan Wells, resigned on Sunday after a newspaper revealed that he had failed to declare shares in a company that won a government contract.

Mr Wells, 52, said he had made "an honest mistake" but accepted that he could not continue in the role. In a letter to the prime minister, Caroline Hart, he said he had believed the shares were held in a blind trust. "I was wrong, and I take full responsibility," he wrote.

The shares, worth about 140,000 pounds, were in Meridian Systems, a software firm that won a 30 million contract from the Department for Business and Trade last year. The Sunday Chronicle reported that Mr Wells had attended a meeting at which the contract was discussed.

Ms Hart accepted the resignation. In her reply, she thanked him for his service and said he had "done the right thing". She said she had asked the independent adviser on ministerial standards, Lord Geidt, to review the case.

The shadow trade secretary, Nadia Sharif, said the resignation raised wider questions about the government's procurement process. She said it was not enough for one minister to go. "The prime minister promised integrity. She must now explain how this was allowed to happen," Ms Sharif said.

Mr Wells's wife, Susan, who runs a consultancy in his constituency, was also named in the report as a former adviser to Meridian. She said in a statement that she had ended that relationship in 2021 and that she had never discussed government business with her husband.

Meridian's chief executive, Paul Okonkwo, said the company had won the contract in a fair and open competition. He said he had never met the minister.

Mr Wells will remain an MP. He is replaced at the trade ministry by Alison Drew, previously a junior minister at the Treasury. She is expected to take up her post on Monday.
"""),

dict(title="Grandmother Completes Degree Sixty Years After Leaving School", text="""
A grandmother from Swansea has graduated with a first-class degree in history at the age of 78, sixty years after she left school to work in a tinplate factory.

Mrs Glenys Rowlands received her degree from Swansea University on Tuesday, cheered on by her three children and six grandchildren. She studied part-time for six years, often writing her essays at the kitchen table late at night.

"I always wanted to go to university, but in my day girls like me didn't," Rowlands said. "My father said books wouldn't pay the rent. He wasn't a bad man. He just didn't know any different."

She left school at 16 and worked at the factory in Velindre until it closed in 1989. She later ran a newsagent's with her husband, Alun, who died in 2017. It was after his death that her granddaughter, Ffion, persuaded her to apply. "She filled in the forms with me," Rowlands said. "I think she was fed up with me reading history books and telling her about them."

Her tutor, Dr Matthew Price, said Rowlands had been an outstanding student. He said her dissertation, on the lives of women workers in the Welsh tinplate industry, drew on her own memories and on interviews with former colleagues. "It is genuinely original research," he said. "I have recommended that she publish it."

Ffion Rowlands, 24, who graduated from the same university in 2022, said her grandmother was an inspiration. "She used to ask me for help with referencing," she said. "Now she's better at it than I am."

The university's vice-chancellor, Professor Paul Boyle, shook her hand on stage and told her she was the oldest student to receive a first in the university's history.

Rowlands said she was thinking of starting a master's degree. Her son, Gareth, said the family would not try to stop her. "There's no point," he said.
"""),

dict(title="Rivals Unite to Save Rural Bus Route", text="""
Two candidates who fought a bitter campaign for the county council last year have joined forces to save a rural bus route that links a dozen villages to the market town of Thirsk.

Councillor Peter Grayson, a Conservative, and Jane Ellerby, the Liberal Democrat he narrowly defeated in May, launched a joint petition on Monday after the bus company announced it would withdraw the service in September. The petition has already gathered more than 3,000 signatures.

"Jane and I disagree about almost everything," Mr Grayson said at the launch in the village hall at Kilburn. "But we agree that people here need a bus." Ms Ellerby, standing next to him, said the route was a lifeline. "Without it, older residents are stuck at home, and teenagers can't get to college," she said.

The operator, Moorland Coaches, said the route had been losing money for years. Its managing director, Susan Frankland, said the company could not keep running empty buses without a subsidy. She said she would be happy to talk to the council about a funding deal.

Among those at the launch was Edna Pickering, 84, who uses the bus twice a week to visit her sister in Thirsk. She said she had no other way to get there. Her neighbour, Colin Dale, who drives her when he can, said he worried about what would happen in winter.

The county council's transport chief, Councillor Mark Bradley, said money was tight but that he would look at the case. He said the council had protected most rural routes in the last budget.

A student from Easingwold, Kieran Shaw, said he relied on the bus to get to college in York. He said some of his friends had already dropped out because the journey was too hard.

Grayson and Ellerby will present the petition to the council next month. Asked whether the alliance would last, both laughed. "Until the next election," she said.
"""),

dict(title="Ballet Star Passes the Role of Giselle to Her Understudy", text="""
When the curtain fell on Saturday night at the Royal Opera House, the principal dancer Isabella Conti did something unusual. Instead of taking a final bow alone, she brought her understudy, the 22-year-old Maya Osei, onto the stage with her and placed her own bouquet in the younger woman's arms.

The moment marked the end of Conti's career with the company after eighteen years. She had danced Giselle for the last time. From next season, Osei will take over the role.

"Maya is ready," Conti said afterwards, still in costume and make-up. "I watched her in rehearsal last week and I thought, she dances it better than I did at her age. It is time."

Osei, who joined the company from its school in 2021, said she had been in tears throughout the curtain call. "Isabella has taught me everything about this role," she said. "She would stay after rehearsals to work with me on the mad scene. She didn't have to do that."

The company's director, Kevin O'Hare, said Conti was one of the finest dancers of her generation. He said he had offered her a teaching role and hoped she would accept. Her partner on Saturday, the Cuban principal Marcelino Sambé, said it had been an honour to dance with her. He said he would miss her humour in the wings more than anything.

Conti, 38, was born in Naples and trained at La Scala before joining the Royal Ballet in 2007. She was promoted to principal in 2013. Her husband, the conductor Tomás Ruiz, conducted the orchestra on Saturday. He said it had been an emotional evening for both of them. "I could hardly see the score," he said.

Osei will dance her first Giselle as a principal in October. Conti said she would be in the audience. "In the front row," she said. "Crying, probably."
"""),

dict(title="Judge Orders Council to Rehouse Disabled Tenant", text="""
A High Court judge has ordered Lambeth Council to find suitable accommodation within 28 days for a wheelchair user who has been unable to leave her fourth-floor flat for almost a year because the lift is broken.

Mrs Justice Patel said the council had breached its legal duties to Amina Yusuf, 52, who has multiple sclerosis. The judge said the situation was "intolerable" and that the council's repeated promises to fix the lift had come to nothing.

Ms Yusuf's case was brought by the barrister Daniel Kerr, instructed by the charity Shelter. Mr Kerr told the court that his client had missed hospital appointments and had not been outside since last February except when carried down the stairs by paramedics. "She has effectively been imprisoned in her own home," he said.

For the council, Rebecca Knowles argued that the authority had been trying to source a replacement lift part from Italy and that suitable ground-floor flats were in very short supply. She said the council had offered Ms Yusuf temporary accommodation in a hotel, which she had refused. Ms Yusuf said the hotel room was not adapted for a wheelchair.

The judge rejected the council's arguments. She said the lack of housing did not excuse the delay, and she ordered the council to pay Ms Yusuf's legal costs.

Outside the court, Ms Yusuf's son, Abdi, said his mother was overjoyed. "She just wants to sit in the park again," he said. His sister, Hodan, added that their mother had been very low over the winter.

A spokesman for Lambeth Council said it respected the decision and would work to rehouse her as quickly as possible. The council's cabinet member for housing, Councillor David Amos, said he had asked officers for an urgent review of all broken lifts in council blocks.

Shelter's director of legal services, Rose Gibbons, said the case was not unique. She said the charity was dealing with dozens of similar cases across London.
"""),

dict(title="Brewery Twins Take Over From Father After Forty Years", text="""
Identical twins James and Tom Whitaker have taken over the running of their family's brewery in Masham, North Yorkshire, from their father, who founded it forty years ago in a disused cattle shed.

Geoffrey Whitaker, 74, started Ure Valley Brewery in 1985 with a second-hand copper and a recipe borrowed from his grandfather. It now produces about two million pints a year and supplies more than 300 pubs across the north of England.

"I've been telling them for years that I'm going to retire," Mr Whitaker said on Friday, at a small party for staff in the brewhouse. "I don't think they believed me until I handed over the keys." His wife, Margaret, who ran the brewery's accounts until 2015, said she had been asking him to slow down for a decade. "He finally listened," she said. "Possibly because his knees told him to."

James, who will be managing director, trained as an accountant before joining the business. Tom, the head brewer, studied brewing at Heriot-Watt University in Edinburgh. The brothers said they had divided the work carefully. "James does the money, I do the beer," Tom said. "That's the theory, anyway." His brother added that they still argued about hops every week.

Their sister, Rachel Whitaker, who works as a vet in Ripon, said she was happy to leave the brewery to her brothers. "I'm the only one who doesn't like beer," she said. "Somebody has to be sensible."

The head of the regional brewers' association, Sarah Thornton, said Ure Valley was one of the great success stories of the craft beer revival. She said family succession was one of the biggest challenges facing small brewers, and that the Whitakers had handled it well.

Geoffrey Whitaker said he would still come in most mornings. "Only to taste," he said. "Someone has to check they haven't ruined it."
"""),
]
