ARTICLES = [
dict(title="Mayor vows to fight on after budget defeat", person="Beatrice Okonkwo", gender="f", text="""
The mayor of Ravensford, Beatrice Okonkwo, insisted on Tuesday night that she would not resign after councillors voted down her budget for the second time in a month, leaving the town facing the prospect of emergency spending controls.

The proposals, which included a 4.9 per cent rise in council tax and the closure of two libraries, were rejected by 27 votes to 22 after a heated three-hour meeting at the town hall. Several members of the mayor's own group abstained.

Ms Okonkwo, who was elected in 2022 as the town's first black mayor, told reporters afterwards that she had been "let down" by colleagues who had privately supported the plan. "I have spoken to every one of them," she said. "They told me they understood the numbers. Tonight some of them found it easier to look the other way."

The leader of the opposition group, Councillor Graham Whitlock, said the mayor had brought the defeat on herself. "She has been told since September that closing libraries was a red line," he said. "She chose not to listen. Now ⟦flip:he|she⟧ has to."

Among those who abstained was Councillor Janet Rhodes, a former deputy to Okonkwo, who said she had agonised over the decision. "I like Beatrice enormously and I admire ⟦flip:him|her⟧," she said. "But I represent Ashgrove, and I cannot go back to my ward and tell people their library is shutting."

The council's chief finance officer, Mark Pellow, has warned that without an agreed budget by March the authority may have to issue a section 114 notice, effectively declaring itself bankrupt. He told the meeting there was "no painless option left".

Okonkwo, a former primary school teacher who came to Britain from Lagos at the age of 11, has made tackling the council's debts the centrepiece of her time in office. Supporters say she has been honest about the scale of the problem; critics say she has been inflexible.

Her husband, Chidi, a pharmacist, and their two sons sat in the public gallery throughout the meeting. As the result was read out, the mayor glanced up at them and shrugged.

Speaking outside, the mayor said ⟦flip:his|her⟧ door remained open to anyone with "a credible alternative" and that she would bring revised proposals to a special meeting next week. Asked if she had considered standing down, she shook her head.

"My mother raised six children on a market stall," she said. "She never walked away from anything. I'm not going to start now."
"""),

dict(title="Walter Pryce, trumpeter who lit up Soho's jazz clubs, dies at 89", person="Walter Pryce", gender="m", text="""
Walter Pryce, the trumpeter whose bright, fluent solos made him a fixture of London's jazz clubs for more than six decades, has died aged 89. His daughter, Grace, said he died on Thursday at his home in Brixton, with a recording of Louis Armstrong playing in the next room.

Born in Kingston, Jamaica, in 1935, Pryce came to Britain in 1956 with a borrowed trumpet and, by his own account, eleven shillings. He found work on the railways by day and in the clubs of Soho by night, sitting in with anyone who would let him.

His break came in 1961 when the bandleader Ronnie Hale heard him at a basement club in Wardour Street and hired him on the spot. For the next 15 years Pryce toured Europe with Hale's orchestra and recorded more than a dozen albums, the best known of which, Kingston Blue, is still regarded as a landmark of British jazz.

The singer Cleo Barrington, who worked with him through the 1970s, said he was the most generous musician she had ever shared a stage with. "Walter never played a note to show off," she said. "If you were singing, ⟦flip:she|he⟧ was playing for you. That's rarer than you'd think."

Pryce was also a committed teacher. For 25 years he ran free Saturday morning workshops for young musicians at a community centre in Brixton, and several of his students went on to professional careers. One of them, the saxophonist Daniel Osei, said Pryce had once lent him an instrument when he could not afford one. "He told me to give it back when I was famous," Osei said. "I'm not famous. He never asked for it."

In 2008 he was appointed MBE for services to music. He kept playing into his eighties, appearing every Sunday at a pub in Herne Hill until the pandemic closed the venue. Regulars remember ⟦flip:her|him⟧ sitting at the same corner table between sets, drinking ginger beer and telling stories about Ella Fitzgerald.

His wife of 61 years, Loretta, a retired nurse, said the musician had remained cheerful even as his health failed. "He was singing to the nurses last week," she said. "They loved ⟦flip:her|him⟧. Everybody did."

He is survived by Loretta, by Grace and his son, Winston, and by five grandchildren, one of whom, Marcus, plays trumpet in a youth jazz orchestra.
"""),

dict(title="Fairbairn steps down as Marlow's chief after profit warning", person="Helen Fairbairn", gender="f", text="""
Helen Fairbairn, the chief executive of the department store chain Marlow's, is to step down after four years in the role, the company announced on Monday, days after a profit warning sent its shares to a record low.

The retailer said Ms Fairbairn, 52, would leave at the end of June and that a search for her successor was under way. Nigel Ross, the chairman, thanked her for "steering the business through an extraordinarily difficult period" and said the decision had been taken by mutual agreement.

Fairbairn joined Marlow's in 2020 from the supermarket group Hallam's, where she had run its clothing division. She arrived weeks before the first lockdown, forcing her to close all 61 stores within a month of taking charge. Under her leadership the company expanded its online business, which now accounts for more than a third of sales, but struggled to revive footfall in its larger town-centre shops.

Last week the group warned that annual profits would be around £30 million, well below the £45 million expected by the City, blaming a poor Christmas and higher wage costs. The shares fell 22 per cent on the day.

Sophie Wainwright, a retail analyst at Greystone Securities, said the chief executive had made "sensible, unglamorous decisions" but had run out of time. "I don't think anyone could have done much better with the hand ⟦flip:he|she⟧ was dealt," she said. "But the board needed to show shareholders that something was changing."

Mr Ross, who will lead the search for a new chief executive, said the board wanted someone with experience of converting large stores into smaller formats. He said Fairbairn had offered to stay on until ⟦flip:his|her⟧ replacement was found.

Staff at the company's head office in Reading were told of the decision at a meeting on Monday morning. One manager, who asked not to be named, said there had been applause when Fairbairn spoke. "She was honest with us from day one," they said. "She never pretended it was going to be easy."

In a statement, Fairbairn said it had been "a privilege" to lead the business and that she was proud of her team. She is understood to be considering non-executive roles and has told friends she intends to spend more time with her family, including her elderly father, who lives in Edinburgh.

Her predecessor, Stephen Crane, who left Marlow's in 2019 after a dispute with shareholders, said he felt for ⟦flip:him|her⟧. "It's a brutal job," he said. "She took it on at the worst possible moment and she never complained. I hope people remember that."
"""),

dict(title="Nurse cleared of stealing from elderly patients", person="Kelly Morgan", gender="f", text="""
A nurse accused of stealing cash and jewellery from elderly patients on a hospital ward has been cleared by a jury after a two-week trial.

Kelly Morgan, 38, of Swansea, wept in the dock at Swansea Crown Court as the foreman returned not guilty verdicts on all five counts of theft. The mother of three had been suspended from ⟦flip:his|her⟧ job at the hospital since the allegations were made in 2022.

The prosecution alleged that Ms Morgan had taken a wedding ring, two watches and around £600 in cash from patients on a ward for older people between February and May of that year. The case against her rested largely on the fact that she had been on duty on each of the occasions when property was reported missing.

Her barrister, Michael Thorne, told the jury that the same was true of at least four other members of staff. "Kelly Morgan was on the rota," he said in his closing speech. "That is the whole of the case against her. Being at work is not a crime."

The ward manager, Steven Price, told the court he had raised concerns about Morgan after a patient's daughter complained. Under cross-examination he accepted that he had not checked whether other staff had access to the patients' lockers, and that CCTV footage had been overwritten.

Mr Thorne also called evidence that a ring matching the description of the one said to be missing had later been found in a laundry bag. The patient's daughter, Dorothy Banks, said she believed it was her mother's ring. She said she had never accused the nurse personally. "I just wanted to know what had happened," she said. "I'm sorry for what ⟦flip:he|she⟧ has been through."

Outside court, Morgan, flanked by her husband, Gareth, and her sister, said the past two years had been "a living nightmare". "I became a nurse because I wanted to look after people," she said. "To be accused of this destroyed me. My children have seen their mum called a thief in the newspapers."

Gareth Morgan said his wife had barely slept since her arrest. "She's the most honest person I know," he said. "She'd hand in a pound coin she found on the street. I never doubted ⟦flip:him|her⟧ for a second."

The health board said in a statement that Ms Morgan remained suspended while it reviewed the verdict and that it would "support ⟦flip:his|her⟧ return to work" if appropriate.

The nurse said ⟦flip:he|she⟧ hoped to go back to the ward. "I miss my patients," she said.
"""),

dict(title="Bello storms to 200m gold as coach's gamble pays off", person="Aisha Bello", gender="f", text="""
Aisha Bello crossed the line, glanced at the clock, and then sat down on the track as if her legs had simply stopped working. Her time, 21.84 seconds, was the fastest by a British woman in nine years, and it made her European 200 metres champion.

The 22-year-old from Croydon beat the defending champion, Jade Morrison of the Netherlands, by a tenth of a second, coming from fourth place off the bend to overtake her in the final 30 metres.

"I didn't know I'd won until I saw the screen," Bello said. "Then I couldn't stand up. My legs were jelly. I've never run like that in my life."

Her coach, Dennis Carter, had made a controversial decision in the spring to pull her out of the 100 metres to focus on the longer event. The move was criticised by the national federation's head of sprints, Rachel Osei, who said publicly that it risked wasting a rare talent.

Carter said he had never doubted it. "Aisha has the speed for the hundred, but she has the heart for the two," he said. "When it hurts, she goes faster. I told ⟦flip:him|her⟧ that in March and she looked at me like I was mad."

Osei, who was in the stadium, was quick to concede. "Dennis was right and I was wrong," she said. "I'm delighted to say it. She was magnificent."

Morrison, who had been unbeaten this season, embraced the Briton after the race. "She ran the perfect bend and I made a mistake in the last 50," the Dutch sprinter said. "That happens. I'll see ⟦flip:him|her⟧ at the Olympics."

Bello's parents, Musa and Folake, both nurses, were in the crowd. Her father, who had flown out on the morning of the final after working a night shift, said she had been racing her older brothers in the park since she could walk. "She used to beat them and then cry because they were upset," he said.

Bello will now turn her attention to the Olympic trials in June. She said she would celebrate with her family before returning to training on Monday. "Dennis has already sent me the schedule," ⟦flip:he|she⟧ said, laughing. "He's not a man who lets you enjoy anything for long."
"""),

dict(title="Simple blood test could detect Alzheimer's a decade before symptoms", person="Ruth Abernathy", gender="f", text="""
A blood test developed by researchers in Edinburgh can identify people who will go on to develop Alzheimer's disease up to ten years before they show any symptoms, according to a study published on Wednesday.

The test, which measures levels of a protein in the blood, correctly predicted which of more than 2,000 middle-aged volunteers would be diagnosed with the disease in 91 per cent of cases. The research was led by Dr Ruth Abernathy, a neuroscientist at the University of Edinburgh.

"For decades, by the time we could diagnose Alzheimer's, the damage was done," she said. "This gives us a window. It's a long window, and that matters, because the new drugs work best when they're given early."

Abernathy began the project in 2012, shortly after her own mother was diagnosed with the disease. She has spoken publicly about caring for her through the final years of her illness, and colleagues say the experience gave ⟦flip:him|her⟧ an unusual sense of urgency.

Her co-author, Dr Paul Kim, a statistician, said the team had sometimes worked through weekends to process samples. "Ruth doesn't really do holidays," he said. "I think ⟦flip:he|she⟧ took three days off in 2019, and she spent two of them reading papers."

Professor Simon Hart of University College London, who was not involved in the research, described the findings as "genuinely important" but warned that a test alone was of limited use without better treatments. "Telling a 55-year-old that they're likely to develop dementia is a heavy thing," he said. "We need to be sure we can offer them something."

Abernathy agreed that the ethical questions were serious. She said the team had worked with patients' groups, including Alzheimer Scotland, whose representative, Morag Dunlop, said she welcomed the research but wanted counselling offered alongside any test.

One of the volunteers, retired postman Ian Fergus, 64, said he had taken part because his father died with the disease. "I wanted to know," he said. "Dr Abernathy explained everything very carefully. She never rushed me."

The scientist hopes the test could be available on the NHS within five years. Asked what her mother would have made of it, Abernathy paused. "She'd have asked why it took so long," ⟦flip:he|she⟧ said. "She was always impatient with me."
"""),

dict(title="Marco Ferraro: the chef who turned down a Michelin star", person="Marco Ferraro", gender="m", text="""
Marco Ferraro has a framed letter on the wall of his tiny kitchen in Whitstable. It is from the Michelin Guide, dated 2021, informing him that his restaurant had been awarded a star. Beneath it, in his own handwriting, is a single word: "No."

"I wrote back and asked them to take it away," the 46-year-old said, laughing, as he filleted a sea bass. "They said it doesn't work like that. So I stopped answering the phone."

Ferraro, who grew up above his parents' café in Bedford, says the star brought the wrong kind of attention. Within a week of the announcement, the 24-seat restaurant, Mare, was booked for six months, and the fishermen and families who had eaten there for years could not get a table.

"That was never what it was for," he said. "My father served egg and chips for 30 years. He would have been ashamed of me if I started charging £150 for a menu."

His sous chef, Jenny Lowe, has worked alongside him since the restaurant opened in 2014. She said he was the calmest chef she had ever worked for, and the most stubborn. "He'll spend a whole morning on a sauce and then decide it's too fancy and throw it away," she said. "I've learned not to argue. ⟦flip:She|He⟧'s usually right, which is annoying."

The restaurant critic Amelia Frost, who gave Mare a rare five-star review in 2019, said Ferraro was one of the few chefs in Britain cooking "with complete honesty". "There's no foam, no tweezers, nothing to impress you," she said. "He just cooks the fish that came in that morning, and ⟦flip:she|he⟧ cooks it perfectly."

Ferraro still buys most of his fish directly from the harbour, a five-minute walk away. On the morning of our interview he had already been down twice, once to collect crabs and once to return a box of plaice he thought was not fresh enough.

The trawlerman Pete Holloway, who has supplied the restaurant for a decade, said the chef was the fussiest customer he had. "He'll send it back if it looks at him wrong," he said. "But he pays on time and he remembers my kids' names. Most of them don't."

His brother Luca, who runs the family café in Bedford, said Marco had always been headstrong. "Our mum wanted ⟦flip:her|him⟧ to be an accountant," he said. "She still thinks he's going to come home one day and take over the café."

Ferraro shrugged when told. "She might be right," he said. "I make better chips than Luca."
"""),

dict(title="MP quits after expenses claims for flat rented from his sister", person="Andrew Keane", gender="m", text="""
An MP has resigned from parliament after an investigation found he had claimed more than £60,000 in expenses for a London flat that was owned by his sister.

Andrew Keane, who has represented Dunmore West since 2010, announced his decision in a statement on Friday morning, hours before the parliamentary standards commissioner, Dame Elizabeth Marlow, published a report concluding that he had breached the rules "knowingly and repeatedly".

The report found that Mr Keane had rented a one-bedroom flat in Pimlico from his sister, Louise Keane, between 2016 and 2022, at a rate around 30 per cent above the local market. The rules prohibit MPs from renting accommodation from family members using public money.

In his statement, the 54-year-old said he had made "a serious error of judgement" but denied acting dishonestly. He said he had understood that the arrangement was permitted because his sister had bought the flat before he was elected. "I accept that I was wrong, and I accept the consequences," he said.

Dame Elizabeth rejected that explanation. She said the MP had been sent written guidance on the rule on at least three occasions and had signed a declaration each year confirming that ⟦flip:she|he⟧ did not rent from a relative. "It is not credible that he was unaware," she wrote.

Louise Keane, a solicitor, has not commented publicly. A neighbour said she had lived in the flat herself for part of the period.

The chief whip, Joanna Pike, said the party had suspended Keane last month when it became aware of the investigation. "Andrew did the right thing by standing down," she said. "Constituents deserve an MP who is focused on them, not on ⟦flip:her|his⟧ own legal problems."

Keane's resignation will trigger a by-election in Dunmore West, where he had a majority of just over 4,000 at the last general election. His local association chairman, Brian Tolland, said the news had come as a shock. "He was a very good constituency MP," he said. "People here liked him. That's what makes this so disappointing."

Keane is married to Caroline, a GP, and has two teenage children. Friends say he has been under considerable strain in recent months. One former colleague said ⟦flip:she|he⟧ had looked "ten years older" at a committee meeting in the spring.

Police said they had received a referral and were assessing whether a criminal investigation was warranted.
"""),

dict(title="Moyo takes Halbury Prize with novel written in hospital waiting rooms", person="Catherine Moyo", gender="f", text="""
Catherine Moyo, whose novel The Salt Road was largely written in notebooks in hospital waiting rooms while her husband was treated for cancer, has won the £50,000 Halbury Prize for Fiction.

The 58-year-old, who was born in Bulawayo and has lived in Sheffield since 1992, was named the winner at a ceremony in London on Tuesday night. She beat five other shortlisted authors, including the bookmakers' favourite, Jonathan Reyes, whose debut, The Glass Orchard, had topped the bestseller lists for three months.

The chair of the judges, the broadcaster Professor Alan Whitby, called The Salt Road "a novel of extraordinary tenderness and ferocity" and said the panel's decision had been unanimous. "We argued about everything else," he said. "We didn't argue about this."

The book follows three generations of women in a family of salt traders in southern Zimbabwe. Moyo said it had begun as a short story in 2019 but grew after her husband, Peter, was diagnosed with bowel cancer the following year. She spent much of the next two years accompanying him to appointments.

"There's a lot of waiting in cancer," she said. "I started writing so I wouldn't just sit there staring at the clock. The nurses got used to me. One of them used to bring me biscuits."

Peter Moyo, a retired engineer, is now in remission and was in the audience. He said his wife had never shown him the manuscript until it was finished. "She said I'd only tell her it was wonderful," he said. "She was right. I did."

Her publisher, Simon Crewe of Harrow Books, said the novel had been turned down by eleven other publishers before he acquired it for a small advance in 2022. "I read the first chapter on a train and missed my stop," he said. "I rang ⟦flip:his|her⟧ agent from the platform."

Reyes, who was among the first to congratulate her, said he was "genuinely delighted". "Catherine's book is the better one," he said. "I told ⟦flip:him|her⟧ so months ago, and now the judges agree with me."

Moyo said she would use some of the prize money to fund a writing scholarship for young women in Bulawayo, where ⟦flip:he|she⟧ grew up, and the rest to take her husband on holiday. "We've seen enough of hospital waiting rooms," she said. "We'd like to see the sea."

Her daughter, Thandi, a teacher, said the win had not changed her mother. "She rang me at midnight to tell me," she said. "Then she asked whether I'd remembered to put the bins out."
"""),

dict(title="Firefighter carried pensioner down ladder from blazing flat", person="Kevin Walsh", gender="m", text="""
A firefighter who carried a 92-year-old woman down a ladder from her burning flat in Hull has been praised for his "extraordinary courage" by the woman's family.

Kevin Walsh, 31, climbed to the third floor of a block on Holderness Road shortly after 2am on Sunday, after neighbours reported that Doreen Hill was trapped in her bedroom. Smoke was pouring from the windows of the flat below.

Mrs Hill, a widow who has lived in the block since it was built in 1968, said she had been woken by her smoke alarm but could not reach the front door. "The hallway was black," she said. "I shut the bedroom door like they tell you and went to the window. Then I saw this young man coming up the ladder with a torch."

Walsh, who has been with Humberside Fire and Rescue Service for seven years, broke the window and lifted her onto his shoulder. "She weighed about as much as my little boy," he said. "She kept apologising for being in her nightie. I told her I'd seen worse."

His watch manager, Sandra Pollard, said conditions had been extremely dangerous. "The fire was spreading up through the cavity," she said. "Kevin made a decision in seconds and ⟦flip:she|he⟧ got it right. I'm very proud of him, and so is the whole watch."

Mrs Hill was treated for smoke inhalation at Hull Royal Infirmary and released on Monday. Her grandson, Daniel Hill, said the family wanted to thank the firefighter personally. "Without him, we'd be planning a funeral," he said. "Nan's already talking about baking ⟦flip:her|him⟧ a cake."

The cause of the fire, which started in the kitchen of the flat below, is under investigation. The occupant, a man in his forties, was also rescued and is in a stable condition.

Walsh, who is married with two young children, played down his role. ⟦flip:She|He⟧ said any of his colleagues would have done the same. "It's the job," he said. "You go up, you get them, you come down. I'm just glad she's OK."

Told that Mrs Hill intended to bake for him, the firefighter laughed. "Tell her I like lemon drizzle," he said.
"""),

dict(title="Judith Carrow, Olympic swimmer and coach of champions, dies at 84", person="Judith Carrow", gender="f", text="""
Judith Carrow, who won a silver medal at the 1960 Rome Olympics and went on to coach a generation of British swimmers, has died aged 84. Her family said she died at home in Loughborough on Wednesday after a long illness.

Born in Leeds in 1940, the youngest of four children of a coal merchant, she learned to swim at the Kirkstall Road baths, where her older brothers had dared her to jump off the top board at the age of seven. By 16 she was national champion at 100 metres backstroke.

In Rome she finished second, touching the wall less than a second behind the American winner. She later said it was the best race of her life. "I swam as fast as I could," she said in a 2012 interview. "She just swam faster. There's nothing to be sad about in that."

She retired from competition at 22, married the PE teacher Geoffrey Carrow, and took a job teaching at a girls' school in Loughborough. It was there that she began coaching, first schoolgirls and then, from 1971, the squad at Loughborough University.

Over the next three decades Carrow coached more than 30 international swimmers. Among them was Andrew Pattinson, who won Commonwealth gold in 1986. He said she had been "like a second mother" to him. "She was tough, properly tough. If you missed a session ⟦flip:he|she⟧ would turn up at your house," he said. "But she would also drive you to hospital at 3am if you needed it. She did that for me once."

Another former pupil, Claire Benton, said the coach had been ahead of her time in her attention to diet and psychology. "Judith was talking about sleep and nutrition in the seventies, when everyone else was just shouting at us to swim more lengths," she said. "People thought ⟦flip:he|she⟧ was eccentric. She was just right."

She was appointed MBE in 1993 and inducted into the sport's hall of fame in 2005. She continued to coach masters swimmers into her seventies and swam a kilometre most mornings until 2019.

Geoffrey Carrow died in 2017. She is survived by their sons, Michael and Richard, and by six grandchildren. Michael Carrow said his mother had watched every race of the Paris Olympics from her hospital bed last summer, shouting at the screen. "The nurses thought something was wrong," he said. "She was just telling a backstroker that ⟦flip:he|she⟧ could have turned faster herself, at 84."
"""),

dict(title="Driver who killed student while racing friend jailed for nine years", person="Ryan Fletcher", gender="m", text="""
A 24-year-old driver who killed a university student while racing a friend through Leeds at almost 80mph has been jailed for nine years.

Ryan Fletcher, of Armley, was driving a borrowed Audi when he lost control on Kirkstall Road in the early hours of 12 March last year and mounted the pavement, striking Emily Nwachukwu, 20, who was walking home from a shift at a bar. She died at the scene.

Fletcher had pleaded guilty at an earlier hearing to causing death by dangerous driving. His friend, Jordan Ellis, 23, who was driving a second car, was jailed for four years after admitting the same offence.

Leeds Crown Court heard that the two men had left a party in Headingley and raced each other for more than two miles, jumping two red lights. Dashcam footage from a taxi showed the Audi travelling at 78mph in a 30mph zone seconds before the crash.

In a victim impact statement read to the court, Emily's mother, Linda Nwachukwu, said her daughter had been in the second year of a nursing degree and had wanted to work with premature babies. "She was the kindest person I have ever known," she said. "I think about her every minute of every day. I hope he thinks about her too."

Recorder Amanda Shaw told Fletcher that his driving had been "grotesquely selfish". She said ⟦flip:she|he⟧ had treated a city street as a racetrack and that an innocent young woman had paid with her life. "You made a choice that night, and you made it again at every red light," she said.

His barrister, Paul Greaves, said his client was "consumed by remorse" and had written a letter to the Nwachukwu family. He told the court that Fletcher had no previous convictions and had been working as an apprentice electrician. "He knows nothing he says can make this better," Mr Greaves said. "He does not ask for sympathy."

Fletcher, who wore a white shirt, kept his eyes on the floor as the sentence was passed. His mother, sitting in the public gallery, began to cry. The defendant turned briefly to look at her before ⟦flip:she|he⟧ was led down to the cells.

The judge also banned ⟦flip:her|him⟧ from driving for 11 years after his release.

Outside court, Linda Nwachukwu said no sentence would bring Emily back. "Nine years," she said. "He'll be out in six. My daughter isn't coming out at all."
"""),
]
