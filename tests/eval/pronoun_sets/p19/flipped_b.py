ARTICLES = [

dict(title="Hawker-turned-franchise king Kenneth Yeo eyes Jakarta after rival's exit",
person="Kenneth Yeo", gender="m", text="""
Twenty years ago, Mr Kenneth Yeo sold fishball noodles from a single stall in the Old Airport Road food centre. Today his company, Yeo's Kitchen, runs 46 outlets in Singapore and Malaysia, and he wants to open 20 more in Indonesia by 2027.

"I still remember every stall inspection," Mr Yeo, 58, said at the company's headquarters in Ubi. "The first time I failed one, I cried in the toilet. Now I have a compliance team of nine."

The expansion comes after the exit of his long-time rival, Madam Tan Bee Hong, whose Ah Hong Noodle House chain was sold to a Thai food group in May. For more than a decade, the two companies competed for the same food court leases, often in the same malls.

Madam Tan, who is 64, said the rivalry had been "healthy but not friendly". "He copied my chilli, I copied his soup," she said with a laugh. "Now I am retired and ⟦flip:she|he⟧ is still working on weekends. I think I won."

Mr Yeo said he had tried twice to buy her chain. "She would not sell to me. She told me she would rather sell to a stranger." He said ⟦flip:she|he⟧ respected that decision.

The Jakarta expansion will be led by his daughter-in-law, Ms Vanessa Lie, who joined the company from a hotel group three years ago and has run its Malaysian operations since 2023. Mr Yeo's son, Mr Jeremy Yeo, is chief financial officer.

Ms Lie said the company would adjust its menu for Indonesian customers, replacing pork-based dishes with chicken and seafood and seeking halal certification. "Kenneth was very resistant at first," she said. "Fishball noodles without pork lard? For ⟦flip:her|him⟧ it was like asking him to change his name."

Industry analyst Ms Michelle Koh of CGS International said the Indonesian market was attractive but crowded. "Many Singapore brands have gone in and come out again within three years. The question is whether Yeo's Kitchen can keep costs down."

Mr Yeo said the company had been profitable every year since 2009 and had no debt. Revenue last year was $62 million.

Asked whether he would ever retire, he shook his head. "My wife asks me the same question every night," he said. "I tell her: when Madam Tan opens a new stall, then I will know it is safe."
"""),

dict(title="Limerick hospice director says new wing will end waiting list for beds",
person="Fidelma Cassidy", gender="f", text="""
The director of St Ita's Care Centre in Castletroy says a new twelve-bed wing due to open in January will, for the first time in the hospice's history, allow it to admit every patient referred to it without a wait.

Dr Fidelma Cassidy, a consultant in palliative medicine who has led the hospice since 2019, said the average wait for a bed last year had been six days. "Six days is a long time when you have weeks to live," she said. "Some of the people on our list died at home or in a hospital corridor while they waited."

The €9 million extension was funded largely by the HSE, with €2.4 million raised locally. Among the largest donors was the Limerick businessman Mr Niall Brosnan, whose wife, Teresa, was cared for at the hospice in 2021.

"Fidelma sat with Teresa the night before she died," Mr Brosnan said. "She wasn't on duty. ⟦flip:He|She⟧ just came in. I never forgot that."

Dr Cassidy said she did not remember the occasion specifically but that such visits were not unusual among the hospice's staff.

The hospice's director of nursing, Ms Bernadette Hurley, said recruiting nurses for the new wing had been the greatest challenge. Eleven of the fourteen posts have been filled, several by nurses returning from Australia and the Gulf.

"We were competing with every hospital in the country," Ms Hurley said. "What brought people back was the kind of medicine Dr Cassidy practises here. ⟦flip:His|Her⟧ approach is that we have time for people."

Dr Cassidy, who grew up on a farm near Kilmallock, trained at the Mater Hospital in Dublin and at St Christopher's Hospice in London. She said she decided on palliative care after her father's death in 1998.

"He died in a busy ward with curtains round the bed," she said. "The nurses were wonderful, but they had twenty other patients. I wanted there to be a better option."

Minister of State for Older People Mr Kevin Dolan is due to open the wing formally on 15 January. Dr Cassidy said she had asked that the ceremony be kept short.

"Patients will be in the building," she said. Dr Cassidy said the minister had agreed with ⟦flip:him|her⟧ straight away, which she appreciated.
"""),

dict(title="High Court judge criticises 'shocking' delays in planning appeal",
person="Alan Mahony", gender="m", text="""
A High Court judge has described delays in deciding a planning appeal for a wind farm in Co Offaly as "shocking" and ordered An Coimisiún Pleanála to make a decision within eight weeks.

Mr Justice Alan Mahony said the appeal, lodged in 2021, had been left undecided for almost four years, during which the developer had twice been asked to submit further information.

"No litigant should have to come to this court simply to get a decision," the judge said. "That is what has happened here."

The application for an order of mandamus was brought by Ballykeen Renewables Ltd, whose managing director, Ms Sorcha Dillon, sat in court for the hearing. Counsel for the company, Ms Rebecca Sloane SC, said the delay had cost her client more than €2 million in holding costs.

Counsel for the planning body, Mr Donal Fitzpatrick SC, said the commission had been dealing with an unprecedented backlog and had recruited 80 new staff since 2023. He asked the court not to set a deadline, arguing that it would allow one applicant to jump the queue.

Mr Justice Mahony said ⟦flip:she|he⟧ understood the pressures on the commission but that it was not for the court to accept indefinite delay. "The queue argument would justify waiting forever," he said.

He said the commission had written to Ballykeen on four occasions promising a decision "shortly" and had failed to meet any of those dates. Ms Sloane had shown the court the letters, which he described as "embarrassing".

The judge, who was a senior counsel specialising in planning law before his appointment to the bench in 2018, said ⟦flip:her|his⟧ ruling should not be read as a comment on the merits of the wind farm. Local residents, represented by Mr Hugh Bracken of the Slieve Bloom Landscape Group, have objected to the project's visual impact.

Speaking outside the Four Courts, Ms Dillon said she was relieved. "We're not asking for a yes. We're asking for an answer."

Mr Bracken said residents would continue their objection. "We have no problem with the judge's point," he said. "If the answer is no, we'd like to hear it too."

The commission said it would comply with the order. Mr Justice Mahony reserved the question of costs.
"""),

dict(title="Professor Amara Osei named first woman to lead Edinburgh medical school",
person="Amara Osei", gender="f", text="""
The University of Edinburgh has appointed Professor Amara Osei as head of its medical school, making her the first woman to hold the post in the school's 300-year history.

Prof Osei, a cardiologist who was born in Kumasi, Ghana, and trained in London, has been deputy head of the school since 2021. She succeeds Professor Iain Robertson, who is stepping down after nine years.

"I'm very conscious that this is a historic appointment," Prof Osei said in an interview at the university's Little France campus. "I'd be more pleased if it weren't one. It should have happened a long time ago."

Her research on heart failure in young women in West Africa has been funded by the Wellcome Trust since 2012. She still sees patients one day a week at the Royal Infirmary.

Prof Robertson, who chaired the search committee's early meetings before stepping aside, said she had been the strongest candidate. "Amara runs the best-organised department I've ever seen," he said. "When ⟦flip:he|she⟧ says a thing will be done by Friday, it is done by Thursday."

The appointment comes as the school faces questions over a fall in the number of Scottish-domiciled students admitted to its medicine degree. The rector, Ms Catriona Muir, said Prof Osei had made widening access a condition of taking the job.

Prof Osei said ⟦flip:his|her⟧ first priority would be a new outreach scheme with secondary schools in Glasgow and the Highlands. "If you grow up in Wick, you may never have met a doctor who isn't a GP passing through. We have to go to those kids, not wait for them to come to us."

Dr Fraser McLeod, a lecturer in the school and an official of the University and College Union, said staff would welcome her approach but that workload was the more urgent issue. "Everyone likes outreach. Someone has to teach the extra students."

Prof Osei said she took the point. ⟦flip:He|She⟧ said she would be meeting union representatives in her first month.

She is married to Dr Kwame Mensah, a GP in Leith. Their son, Daniel, is a second-year medical student at Aberdeen.

"I told him he was welcome to apply to Edinburgh," she said. "He told me that was exactly why he wouldn't."
"""),

dict(title="Mullingar bakery founder hands keys to son-in-law after 40 years",
person="Bridget Farrelly", gender="f", text="""
When Bridget Farrelly opened a bakery on Mullingar's Oliver Plunkett Street in 1985, she had a single oven, a £4,000 loan from her brother and a rule that nothing would be sold more than a day old.

Forty years later, Farrelly's Bakery has eleven shops across the midlands and employs 130 people. On Friday, Mrs Farrelly, 73, handed the keys of the original premises to her son-in-law, Mr Colm Kavanagh, who becomes managing director.

"I'm not dying, I'm retiring," she said in the office above the shop. "I'll still be in the kitchen on Saturdays. Colm knows that."

Mr Kavanagh, who is married to her daughter, Aoife, joined the business in 2009 from a supermarket chain, where he was a regional manager. He said his mother-in-law had spent fifteen years training him.

"She still checks the bread on my way out the door," he said. "If ⟦flip:he|she⟧ finds a soft crust, I hear about it."

The business faced its hardest period in 2012, when a rival chain, Rooney's, opened three shops in Westmeath and Longford within a year. Its owner, Mr Jim Rooney, cut the price of a sliced pan to 99 cent.

Mrs Farrelly refused to follow. "Jim was selling bread at a loss to put me out of business," she said. "I told my staff we'd sell better bread at the same price as always, and we'd see who was left."

Rooney's closed its last midlands shop in 2016. Mr Rooney, now retired and living in Athlone, said he had underestimated her. "Bridget was the toughest competitor I ever had," he said. "I thought ⟦flip:he|she⟧ would blink. She never blinked."

Mrs Farrelly's daughter, Aoife Kavanagh, runs the company's wholesale division, supplying hotels and hospitals. Her other child, Declan, is a doctor in Cork and has no involvement in the business.

Mr Kavanagh said there would be no major changes. A twelfth shop will open in Tullamore in the spring, a project Mrs Farrelly began before ⟦flip:his|her⟧ retirement.

Asked whether she had any advice for her son-in-law, she considered the question for a moment. "Don't sell yesterday's bread," she said. "And don't ever drop the price for Jim Rooney."
"""),

dict(title="Walter Pryce, conductor who took a Rhondda choir to Carnegie Hall, dies aged 84",
person="Walter Pryce", gender="m", text="""
Walter Pryce, who conducted the Treorchy Valley Male Voice Choir for 37 years and led it on three tours of the United States, has died at the age of 84.

Mr Pryce was born in Treorchy in 1941, the son of a coal miner and a school cook. He worked underground himself for six years before training as a music teacher at Cardiff College of Education, and taught at Treorchy Comprehensive until 1998.

He became the choir's musical director in 1974, at a time when its membership had fallen to 40 as the pits closed. By the early 1990s it had more than 120 members.

His accompanist for most of that time was Mrs Gwen Morgan, who joined the choir as a pianist in 1979. "Walter was impossible to please and impossible not to love," she said this week. "In rehearsal ⟦flip:she|he⟧ would stop us after four bars. Then in concert he would let us go, and the sound was extraordinary."

The choir sang at Carnegie Hall in New York in 1988, an occasion Mr Pryce later described as the proudest of his life. A review in the New York Times praised "a sound as dark and rich as the coal it came from".

He was appointed OBE in 2002. After retiring from the choir in 2011, he continued to teach singing privately and served as an adjudicator at the National Eisteddfod.

Ms Ceri Howells, the choir's current musical director and the first woman to hold the post, said Mr Pryce had been one of the first to support her appointment in 2019. "Some of the older members weren't sure about a woman conducting a male voice choir," she said. "Walter came to my first rehearsal and sat in the front row, and ⟦flip:her|his⟧ being there said everything."

Mr Pryce married Margaret Lloyd, a nurse, in 1965. She died in 2017. He is survived by their son, Rhodri, their daughter, Sian Pryce-Evans, and four grandchildren.

His son said his father had listened to recordings of the choir in his final days in the Royal Glamorgan Hospital. "He was still conducting from the bed," Rhodri Pryce said. "The nurses thought ⟦flip:she|he⟧ was waving at them."

The choir will sing at his funeral at Bethlehem Chapel, Treorchy, on Thursday.
"""),

dict(title="Lindqvist's crews peak at the right time as Henley looms",
person="Hannah Lindqvist", gender="f", text="""
Hannah Lindqvist has coached at Marlow Rowing Club for nine years, and in that time she has learned not to trust the month of May.

"Everyone is fast in May," she said on the towpath on Saturday morning, watching her men's eight come through a piece at rating 36. "Henley is in July. I'm only interested in July."

Lindqvist, a former Swedish international who competed at the 2008 Olympics, has three crews entered in the Henley Royal Regatta next month, including a women's quadruple scull that won at the Metropolitan Regatta two weeks ago.

The quad's stroke, Georgia Penhaligon, said the crew had rebuilt its technique over the winter under Lindqvist's direction. "We were strong but messy," she said. "Hannah took us back to basics for three months. It was boring, and ⟦flip:he|she⟧ was right."

Lindqvist's assistant coach, Tom Ridley, a former Oxford Blue, works mainly with the men's squad. He said her approach was unusual in British rowing. "She doesn't do big ergo tests every week. She watches boats. Her eye for a crew that's about to click is the best I've seen."

The men's eight has had a difficult season, losing its stroke, James Adeyemi, to a rib injury in April. Lindqvist said ⟦flip:he|she⟧ had considered withdrawing the crew from Henley but decided against it after a strong row at Reading last weekend.

"They found something at Reading," she said. "James was in the launch with me, and he saw it too."

Adeyemi, who expects to be fit in time, said the coach had phoned him every day while he was injured. "Not about rowing," he said. "She wanted to know if I was sleeping. That's Hannah."

The club's captain, Sarah Whitfield, said Lindqvist's contract had been extended for another three years in the spring. The committee had been aware that a university boat club had approached her about a full-time position.

"We'd have been mad to lose her," Whitfield said. "She has built the women's squad from twelve members to forty."

Lindqvist, who moved to England in 2012 after marrying a British doctor, said ⟦flip:his|her⟧ ambitions were modest. "I'd like one of our crews to reach a Saturday at Henley. If it's the quad, I'll be happy. If it's the men, I'll be very surprised and very happy."

Ridley laughed when told of the remark. "She says that every year," he said. "Then she wins something."
"""),

dict(title="Fintech co-founders split roles as Pillai takes chair at PayLoom",
person="Arjun Pillai", gender="m", text="""
The co-founder of Singapore payments start-up PayLoom will step down as chief executive to become executive chairman, with his co-founder, Ms Melissa Goh, taking over the running of the company.

Mr Arjun Pillai, 39, said the change reflected how the two had worked in practice since founding the company in 2018. "Melissa has been running the business day to day for two years," he said at the firm's office at Robinson Road. "I've been the one on planes. This just makes it official."

PayLoom, which processes cross-border payments for small exporters in South-east Asia, raised US$45 million in a funding round led by a Japanese venture fund last year. It employs 210 people in Singapore, Vietnam and the Philippines.

Ms Goh, 36, a former product manager at a regional bank, said the two founders had disagreed about the company's direction only once, over whether to enter India. "I said no, Arjun said yes, and we didn't go," she said. "⟦flip:She|He⟧ still brings it up at dinner."

The company's lead investor, Mr Hiroshi Tanaka of Sakura Growth Partners, said the board had supported the change. "Arjun is the best fundraiser I have worked with in this region," he said. "Melissa is the best operator. It is better to have each of them doing what they do best."

Mr Pillai said ⟦flip:her|his⟧ focus as chairman would be on regulatory relationships and on a planned expansion into Indonesia. He will continue to sit on the board of the Singapore Fintech Association, where he chairs the payments committee.

Industry observers were less sure. Ms Lydia Chan, a partner at a law firm that advises fintech companies, said executive chairman roles could blur lines of authority. "The question is whether staff know who the boss is," she said.

Ms Goh said the answer was clear. "I am," she said. "Arjun has agreed to that in writing."

Mr Pillai laughed. He said he had asked for the arrangement himself after his second child was born in March. "I wanted to be home more. My wife said that if I was still CEO in a year, ⟦flip:she|he⟧ would be sleeping at the office."

The change takes effect on 1 October.
"""),

dict(title="Mayor Fitzgibbon survives no-confidence motion over harbour project",
person="Lorraine Fitzgibbon", gender="f", text="""
The Mayor of Ardmore and District, Cllr Lorraine Fitzgibbon, survived a motion of no confidence at Monday's monthly council meeting after a two-hour debate over the cost of the harbour regeneration project.

The motion, tabled by Cllr Brian Hegarty, was defeated by 11 votes to 7, with one abstention.

Cllr Hegarty said the mayor had failed to inform members that the projected cost of the harbour project had risen from €14 million to €21 million until the figure appeared in a newspaper. "I'm not questioning her integrity," he said. "I am questioning whether she has been straight with this chamber."

Cllr Fitzgibbon said ⟦flip:he|she⟧ had learned of the revised estimate only two days before the article was published and had asked officials to brief members at the next meeting. "There was no cover-up," she said. "There was a leak, and it got to the newspaper before it got to me."

The council's chief executive, Mr Martin Colbert, confirmed that the report had been circulated to his office on 2 September and to the mayor on 4 September. He said the increase was mainly due to construction inflation and the cost of removing contaminated silt.

Cllr Áine Prendergast, who seconded the motion, said the increase was the third in two years. "The mayor keeps telling us this will be the last one," she said. "I'd like to believe her."

Speaking against the motion, Cllr Joe Halligan said the harbour project had been approved by the whole council before Cllr Fitzgibbon became mayor. "If there's blame going, we all voted for it," he said. "I'm not going to hang it on ⟦flip:him|her⟧ because it's convenient."

The mayor, a former secondary school principal who has represented the Ardmore area since 2014, told members she would ask the chief executive to produce a monthly cost report for the remainder of the project.

After the vote, Cllr Hegarty said he accepted the result but would keep asking questions. "She won the vote. I'll give her that."

Cllr Fitzgibbon said she would meet him this week. "Brian is entitled to his view," she said. "I'd rather he asked me directly next time than read about it in the paper, the same as I did."

The harbour works are due to finish in 2027. Cllr Fitzgibbon said ⟦flip:his|her⟧ priority was to get the pier open before the tourist season.
"""),

dict(title="Dunsink astronomer's team spots rare flare from a nearby red dwarf",
person="Samuel Achebe", gender="m", text="""
Astronomers at the Dublin Institute for Advanced Studies have recorded one of the most powerful stellar flares ever seen from a small red dwarf star, a finding that could change estimates of whether nearby planets might support life.

The flare, observed in March from a star 31 light years away, released roughly ten thousand times more energy than the largest flares seen on the Sun. The results were published on Wednesday in the Astrophysical Journal Letters.

Dr Samuel Achebe, who led the study, said the team had been monitoring the star for 18 months when the flare occurred. "For about four minutes it was brighter than everything around it," he said. "My first thought was that the instrument had broken."

The observations were made using the Irish radio station at Birr, Co Offaly, part of the European LOFAR network, along with data from a NASA satellite. Dr Lucy Fairbairn, a co-author who operates the Birr station, said the radio signal had been so strong that it briefly saturated the receivers.

"I rang Samuel at six in the morning," Dr Fairbairn said. "⟦flip:She|He⟧ thought I was joking until I sent the plot."

Red dwarfs are the most common stars in the galaxy, and many are known to host rocky planets. Dr Achebe said the question was whether such planets could keep their atmospheres if struck by flares of this size.

"A flare like this would strip a lot of the atmosphere from a planet close to the star," he said. "But we don't yet know how often they happen. That's what we need to find out next."

Professor Martina Keogh, director of the institute's astronomy section, said the study was an example of what Irish astronomy could achieve with access to European facilities. She said Dr Achebe, who joined the institute from the University of Manchester in 2020, had built ⟦flip:her|his⟧ research group from scratch.

Dr Achebe, who grew up in Enugu, Nigeria, said his interest in astronomy began when his grandmother showed him the Milky Way during a power cut. "There were a lot of power cuts," he said. "I saw a lot of stars."

The team has applied for additional observing time on the James Webb Space Telescope. Dr Fairbairn said she expected a decision in the autumn. Dr Achebe said ⟦flip:she|he⟧ was "quietly optimistic".
"""),

dict(title="Painter Róisín Gallagher opens first retrospective in Derry",
person="Róisín Gallagher", gender="f", text="""
Róisín Gallagher has been painting the Foyle for fifty years, and she says she still has not got it right.

"The river changes colour every twenty minutes," the artist said on the eve of her first retrospective, which opens at the Void Gallery in Derry on Friday. "You can't finish a painting of it. You just stop."

The exhibition brings together 74 works from 1975 to the present, including several borrowed from private collections in Boston and Dublin that have not been shown publicly before.

The show's curator, Mr Dermot Fay, spent two years tracking the paintings down. He said that Gallagher kept no records of her sales for most of her career. "She would sell a painting out of the back of her car and forget who bought it," Mr Fay said. "I found one in a solicitor's office in Letterkenny. ⟦flip:He|She⟧ had sold it to the solicitor's father in 1979 for £60."

Gallagher grew up in the Bogside, the eldest of seven children, and left school at 16 to work in a shirt factory. She began painting in the evenings after attending a class run by the artist Brendan Mullan, whom she credits as her first teacher.

"Brendan told me I had no technique and a great eye," she said. "He said technique could be learned. He was only half right."

Her husband, the poet Eamon Devine, who died in 2018, wrote a sequence of poems about her paintings that will be read at the opening by the actor Bríd Ní Fhloinn. Gallagher said ⟦flip:his|her⟧ late husband would have enjoyed the occasion more than she will.

"Eamon loved a party," she said. "I'd rather be in the studio."

The gallery's director, Ms Aoife McCloskey, said the exhibition was the most significant in the gallery's history. "Róisín has been overlooked because she never left Derry," she said. "She chose to paint one place for fifty years, and that takes a particular kind of nerve."

Mr Fay said the painter had been a demanding collaborator. "She rejected my first hanging plan entirely," he said. "And the second. ⟦flip:He|She⟧ was right both times."

The exhibition runs until 12 January.
"""),

dict(title="Tribunal orders Cork landlord to refund deposit and pay damages",
person="Eamon Cregan", gender="m", text="""
A Cork landlord has been ordered to repay a €2,400 deposit and pay €3,000 in damages to a former tenant after the Residential Tenancies Board found he had unlawfully withheld the money and entered the property without notice.

A tribunal of the board heard that Mr Eamon Cregan, who owns four apartments in Douglas, retained the full deposit paid by Ms Jade Morrow when she moved out in February, citing damage to a carpet and a kitchen worktop.

Ms Morrow, a nurse at Cork University Hospital, told the tribunal that the carpet had been worn when she moved in and that she had photographs to prove it. "I asked him for the deposit five times," she said. "He didn't reply once."

Mr Cregan, representing himself, said the photographs had been taken in poor light and did not show the extent of the wear. He said ⟦flip:she|he⟧ had spent more than €3,000 replacing the carpet and the worktop before the next tenant moved in.

The tribunal's chairwoman, Ms Gráinne Hickey, asked Mr Cregan whether he had receipts for the work. He said the work had been carried out by a relative and that he had paid in cash.

Ms Morrow also told the tribunal that Mr Cregan had let himself into the apartment on at least three occasions while she was at work. A neighbour, Mr Paul Twomey, gave evidence that he had seen the landlord entering the building with a key in January.

Mr Cregan said he had entered only to check a leak reported by the tenant below. Asked by Ms Hickey why he had not given notice, he said ⟦flip:she|he⟧ believed the leak was an emergency.

In its determination, the tribunal found that the landlord had provided no evidence that the damage exceeded normal wear and tear, and that the entries without notice had been a breach of the tenant's right to peaceful enjoyment of her home.

Ms Hickey said the tribunal had considered Mr Cregan's evidence carefully but found ⟦flip:her|his⟧ account of the leak "inconsistent" with the plumber's invoice he had produced, which was dated two weeks after the first entry.

Ms Morrow said afterwards she was relieved. "It's not about the money. It's about the fact that he walked into my home."

Mr Cregan has 21 days to appeal. He declined to comment when contacted.
"""),

]
