ARTICLES = [

dict(title="Galway councillors split over Salthill cycle lane", text="""A proposal to install a two-way cycle lane along the Salthill promenade was sent back to council officials on Monday after a heated debate in which two councillors from the same party took opposite sides.

Councillor Mary Fennell, who proposed the scheme, said the promenade was one of the few flat, safe routes in the city and that families were already cycling on it. "Every weekend I see children weaving between walkers. We can either design for that or wait for an accident," she said.

Councillor Tom Kilbane, who represents the ward, said he supported cycling but not at the cost of forty parking spaces. "Businesses on the front depend on people who drive in from Connemara. You take away the parking and you take away their customers," he said.

Fennell said the council's own survey showed that most visitors to the promenade arrived on foot or by bus. "The figures are in the report. I'd ask my colleague to read page twelve."

Kilbane replied that he had read it twice. "Surveys done in April don't tell you what happens in August," he said.

The council's director of transport, Ms Sarah Keaveney, told members that the lane could be built with the loss of twenty-two spaces rather than forty if a section near Blackrock was narrowed. She said her team would need three months to redraw the plans.

Fennell welcomed the compromise. She said she would accept fewer spaces lost if it meant the lane went ahead before next summer. Kilbane said he would study the new plans but could not promise his support.

Mr Joe Conneely, who runs a café on the promenade, spoke during public questions. He said he had cycled to work for twenty years and wanted the lane, but that his customers were mostly older people who could not walk far. His wife, Mrs Bernadette Conneely, sat beside him and nodded throughout.

Mayor Councillor Eileen Mannion said she was pleased the debate had been conducted "with passion but without personal remarks". The revised plans will return to the council in February.

Outside the chamber, Fennell and Kilbane shared an umbrella to the car park. Asked whether they were still on speaking terms, Kilbane laughed. "We've been arguing since school. She usually wins." """),

dict(title="Robin Hanley's river drawings go on show in Dublin", text="""An exhibition of large charcoal drawings of the River Liffey by the Dublin artist Robin Hanley opened at the Pearse Street Gallery on Friday, the first solo show by the artist in eight years.

Hanley, who uses they/them pronouns, spent two years walking the river from its source in the Wicklow Mountains to the port, drawing at the same spots in every season. The thirty-one drawings, some more than three metres wide, were made on rolls of paper that Hanley carried in a tube strapped to their back.

"I wanted to see what a river forgets and what it remembers," they said at the opening. "The Liffey at Ballysmuttan in February is a completely different creature from the Liffey at the East Link in July."

The gallery's director, Ms Helen Byrne, said she had followed Hanley's work since their graduation from the National College of Art and Design in 2009. She said the new drawings were "the most ambitious thing we have shown in this space".

Hanley's father, Mr John Hanley, a retired Dublin Port pilot, travelled from Howth for the opening. He said he had spent forty years steering ships up the same river and had never looked at it the way his child did. "I knew every buoy and every sandbank. Robin sees things I drove straight past," he said.

The critic Mr Declan Foley, writing in this week's arts supplement, described the show as "patient and quietly enormous". He praised the way the drawings moved from dense black in the mountains to almost empty white at the sea.

Not all of the work was made alone. For the final section, Hanley invited the poet Ms Nuala O'Keeffe to walk with them along the quays. O'Keeffe wrote a short poem for each drawing, and the poems are printed on the gallery walls. She said the collaboration had been easy. "Robin draws, I scribble, we both get cold. It was a very good partnership."

The exhibition runs until 30 March. Hanley said they were already planning the next project, a series on the canals, and hoped to begin drawing in the spring.

Admission is free, and the gallery will host a talk by the artist on 12 February."""),

dict(title="Training ship Kaveri Queen returns to Kochi after two-year refit", text="""The sail training ship Kaveri Queen returned to Kochi on Sunday after a two-year refit in Goa, her masts restored and her hull sheathed in new copper, ready to take cadets to sea again from January.

The three-masted barque, built in Scotland in 1961 and bought by the Kerala Maritime Training Society in 1989, sailed past Fort Kochi shortly after eleven in the morning to cheers from hundreds of spectators on the waterfront. She fired a single salute from her brass signal gun as she entered the harbour.

Her master, Captain Rajesh Nambiar, said the voyage from Goa had taken five days in calm weather. "She handled beautifully. The old lady has a new heart, and she knows it," he said.

The refit, which cost about 14 crore rupees, replaced almost a third of the ship's timber and all of her rigging. The chief engineer, Ms Anita George, oversaw the installation of a new auxiliary engine. She said the work had been slower than planned because craftsmen skilled in traditional rigging were hard to find. "We brought two riggers from Tamil Nadu who had learned the trade from their fathers. Without them we would still be in Goa," she said.

The society's president, Mrs Leela Mathew, a former merchant navy officer, said the Kaveri Queen had trained more than 6,000 cadets since 1989. She said the ship would take fifty cadets at a time on voyages of up to three weeks along the western coast.

One of the first cadets to train on her, Mr Thomas Varghese, now a container ship captain with a Singapore company, came to the harbour to watch her arrive. He said he had been seasick for his entire first week on board. "She taught me humility. Every captain should start on a sailing ship," he said.

The refit was partly funded by public donations. A fisherman from Vypeen, Mr Joseph Antony, gave the fishing catch of an entire day. His daughter, Ms Ancy Antony, is among the cadets who will sail on the ship's first voyage in January.

Captain Nambiar said the Kaveri Queen would be open to visitors at the Ernakulam wharf every weekend in December."""),

dict(title="Kenya names youngest team in history for World Athletics Championships", text="""Kenya will send her youngest team in history to next month's World Athletics Championships, with eleven of the forty-two athletes selected aged twenty or under.

The team was announced in Nairobi on Monday by Athletics Kenya's selection committee, chaired by Mr Barnaba Korir. He said the committee had deliberately chosen young athletes in several events in order to prepare for the next Olympic Games. "Kenya has always renewed herself. This is the moment to give the young ones their chance," he said.

Among the newcomers is 18-year-old Mercy Chepkoech, who won the world under-20 title in the 3,000 metres steeplechase last year. She will run in the senior event alongside the defending champion, Ms Beatrice Jebet. Chepkoech said she had grown up watching Jebet on television. "Now I will be in the call room with her. I think I will be shaking," she said.

The team will be led by the veteran marathoner Mr Samuel Kiprotich, 36, who will be appearing at his seventh championships. He said he was happy to act as a mentor. "When I went to my first championships, I shared a room with a man who had won three medals. He taught me how to eat, how to sleep, how to wait. I want to do the same."

Not everyone was happy with the selection. Mrs Lucy Ndirangu, the coach of the 800 metres runner Mr Dennis Kibet, who was left out despite finishing third in the national trials, said her athlete had been treated unfairly. She said she would appeal to the federation. "Dennis ran the time. He beat two of the men who were picked. I want to know why," she said.

Korir said the committee had considered form over the whole season, not only the trials. He said Kibet was a fine athlete who would have other chances.

The Sports Cabinet Secretary, Ms Anne Wambugu, told reporters that Kenya expected to finish in the top three of the medal table. She said the country owed her athletes better facilities and promised that work on a new training centre in Iten would begin next year.

The team flies out on 2 August for a two-week training camp in Japan."""),

dict(title="'We should have listened to the nurses': an epidemiologist on the next pandemic", text="""Dr Nandini Rao has spent twenty-five years tracking infectious diseases, first as a field officer in Bihar and now as director of a public health institute in Hyderabad. Her new book, The Long Watch, argues that India's best early-warning system is its army of community nurses. She spoke to us in her office, surrounded by stacks of field notebooks.

You began your career chasing outbreaks in villages. What did that teach you?

That the first person to know something is wrong is almost never a doctor. It is the nurse, the midwife, the woman who runs the ration shop. They see three children with the same fever before any hospital does.

Your book is dedicated to a man called Ramesh Jha. Who was he?

He was my first supervisor in Bihar, a district health officer. He was a gruff man who smoked too much, and he made me walk to every village myself. He said that a report written from a jeep was a report written by a liar. He died in 2011. I still hear his voice when I am tempted to take shortcuts.

Were there women who shaped your work?

Many. The most important was an auxiliary nurse named Sunita Devi in Saran district. In 2003 she noticed a cluster of encephalitis cases a full month before the state did. She kept a notebook of every sick child and she brought it to me on a bicycle. Her notebook is the reason the book exists.

What went wrong during Covid?

We had the nurses, but we didn't listen to them. Data travelled upwards and nothing came back down. A nurse would report ten cases and hear nothing for weeks. People stop reporting when they feel they are shouting into a well.

What would you change?

Pay them properly, train them properly, and reply to them. That last one costs almost nothing.

Your son is studying medicine. Did you encourage him?

I tried to discourage him. He ignored me, which is the correct response from a son. He wants to be a surgeon. I have told him that he will still have to spend a year in a village first. He thinks I'm joking.

The Long Watch is published by Westland this month."""),

dict(title="Mombasa teenager Alex Mwangi breaks national 200m butterfly record", text="""Alex Mwangi, a 16-year-old schoolgirl from Mombasa, broke the Kenyan women's 200 metres butterfly record at the national swimming championships in Nairobi on Saturday, finishing more than two seconds ahead of her nearest rival.

Mwangi touched in two minutes 14.6 seconds, taking almost a second off the record set in 2016 by Ms Wanjiku Gitau. Gitau, now a swimming coach in Nakuru, was on the pool deck and was among the first to congratulate her.

"I've been waiting for someone to break it. I'm glad it was someone who swims like that," Gitau said. "She doesn't fade. Most swimmers die in the last fifty. She gets stronger."

Mwangi trains at a 25-metre hotel pool in Nyali before school, under the coach Mr Hassan Omar, a former national backstroke champion. Omar said the hotel lets the squad use the pool from five to seven in the morning, before guests arrive. "We train in the dark most of the year. Alex has never once been late. Not once," he said.

Her father, Mr Paul Mwangi, a port engineer, said his daughter started swimming at six after the family moved to the coast. "She was afraid of the sea. We took her to lessons so she would stop crying at the beach. Now she won't get out of the water," he said.

Her mother, Mrs Janet Mwangi, said Alex had been unusually quiet before the race. "She told me she had a feeling. She didn't say what feeling. Now I know."

The result puts Mwangi within reach of the qualifying standard for the Commonwealth Games. Kenya Aquatics president Mr Gabriel Ouma said the federation would try to find funding for her to train at a 50-metre pool in the months before selection. He said the lack of long-course pools outside Nairobi was holding back talented swimmers on the coast.

Mwangi herself was more interested in her next exam. She said she had a chemistry test on Tuesday and was worried she had not revised enough. "My coach says swim first, study after. My mother says the opposite," she said. "I think my mother is going to win." """),

dict(title="Jordan Kelly's Ennis kitchen earns a place in national food guide", text="""Jordan Kelly's small restaurant on Parnell Street in Ennis has been named among the country's fifty best places to eat in this year's edition of a leading national food guide, two years after he opened it with a borrowed oven and a twelve-seat dining room.

Kelly, 33, trained in London and worked for five years in Copenhagen before returning to Clare in 2022. His restaurant, Síol, serves a short menu that changes daily depending on what arrives from local farms and from the fishing boats at Carrigaholt.

"I came home because my father was sick, and I stayed because the produce here is as good as anything I cooked abroad," he said. "People in Copenhagen were paying a fortune for things my granny grew in her back garden."

The guide's editor, Ms Catherine Lyons, said the judges had visited Síol three times without announcing themselves. She described Kelly's cooking as "unfussy and quietly brilliant" and singled out a dish of Burren lamb with seaweed butter.

Kelly runs the restaurant with his sister, Ms Niamh Kelly, who manages the front of house and the wine list. She said the two of them had argued about everything from the plates to the music before opening. "Jordan wanted silence. I wanted a bit of life. We compromised on jazz, quietly," she said.

His partner, Ms Aoibheann Daly, a primary school teacher, works weekend shifts as a waitress. She said he barely slept in the first year. "He'd come home at one, write the next day's menu, and be at the fish market in Carrigaholt by seven."

Their father, Mr Michael Kelly, has since recovered and occasionally washes dishes on busy nights. He said he was proud of both of his children but had not been allowed anywhere near the stove. "I made one suggestion about the gravy. I was sent back to the sink."

The recognition has brought a flood of bookings. Kelly said he had no plans to expand. "Twelve seats means I can talk to every table. The day I can't do that, it's a different restaurant."

Síol is open from Wednesday to Sunday, for dinner only."""),

dict(title="Cavan referee Sam Brady to take charge of All-Ireland ladies' final", text="""Sam Brady from Cootehill has been appointed to referee next month's All-Ireland senior ladies' football final at Croke Park, becoming the first official from Cavan to take charge of the decider.

Brady, 37, a secondary school PE teacher, has been refereeing for fourteen years. She took charge of the intermediate final in 2021 and has refereed three senior semi-finals. The Ladies' Gaelic Football Association's referees' committee announced her appointment on Tuesday evening.

"I got the call in the car park at school. I had to sit in the car for ten minutes before I could drive," she said. "It's the day every referee dreams about, but you never really believe it will come."

The committee's chairman, Mr Pat Farrelly, said Brady had been the outstanding referee of the championship. He praised her fitness and her calm communication with players. "Sam doesn't need to shout. Players know where they stand with her from the first whistle," he said.

Brady began refereeing after a knee injury ended her own playing career with the Cavan minors. Her uncle, Mr Francis Brady, a former county referee, persuaded her to take a course. "He told me I'd spent years shouting at referees and now I could find out how hard it was. He was right," she said.

Her partner, Mr Ciarán Smith, a garda in Bailieborough, said the whole family would be in the stand. He said he had learned not to talk to her on the morning of a match. "She goes quiet. She goes over every rule in her head. I make the breakfast and I stay out of the way."

The final will be contested by Kerry and Meath. The Meath captain, Ms Orlaith Duffy, said she had played in several games refereed by Brady. "She lets the game flow. That suits both teams," she said.

The appointment has been welcomed by the Cavan ladies' county board. Its secretary, Mrs Deirdre McCabe, said a bus would be organised from Cootehill. "She's one of our own. We'll be loud," she said.

Brady will be assisted on the day by linesman Mr Eoin Gaffney and linesperson Ms Karen Tully. Throw-in is at 4pm."""),

dict(title="Lawyer says jailed Garissa journalist was 'doing his job'", text="""The lawyer for a Garissa journalist jailed for contempt of court told the Court of Appeal in Nairobi on Wednesday that her client had been punished for reporting accurately on a public hearing.

Mr Hassan Abdi, 41, a correspondent for a regional radio station, was sentenced to four months in prison in March after a magistrate in Garissa found that his reports on a corruption trial had "ridiculed the court". He has served seven weeks of the sentence.

His advocate, Ms Njoki Mwaura, told a bench of three judges that every word Abdi broadcast had been said in open court. "My client did not invent anything. He repeated what witnesses said under oath. If that is contempt, then every court reporter in Kenya should be in prison with him," she said.

Mwaura said the magistrate had not given Abdi a chance to respond before convicting him. She said he had been arrested at his home at six in the morning, in front of his wife and three children, and taken to court in the clothes he was sleeping in.

For the State, Mr Otieno Wafula argued that Abdi's reports had gone beyond describing the evidence. He said the journalist had called the magistrate "sleepy" on air and had mocked the court's decision to adjourn. "Fair reporting is protected. Insulting a judicial officer is not," Wafula said.

Lady Justice Halima Chepkwony, presiding, asked whether a transcript of the broadcasts had been produced at trial. Wafula said it had not. The judge noted that the appeal court was therefore being asked to rely on the magistrate's memory of what had been said on the radio.

Abdi, dressed in a prison uniform, sat in the dock and listened without expression. His wife, Mrs Amina Hussein, was in the public gallery with his brother, Mr Ibrahim Abdi.

Outside court, Mwaura said she was hopeful. She said her client's health had suffered in prison and that he had lost eight kilograms. "He is a strong man, but he should not have to be strong. He should be at home with his children."

The judges reserved their decision and will deliver it on Friday. Abdi was returned to Kamiti prison."""),

dict(title="Mother and son graduate in law together in Thrissur", text="""When the names were read out at the Government Law College in Thrissur on Saturday, Mrs Thankamma Joseph and her son, Mr Biju Joseph, walked across the stage one after the other to collect identical degrees.

Mrs Joseph, 61, a retired bank clerk, and her son, 34, a former insurance agent, enrolled together in the three-year law programme in 2021. They shared textbooks, travelled to lectures on the same bus and, by their own account, argued about constitutional law at the dinner table most nights.

"He thinks he is always right. That is a good quality in a lawyer, maybe not in a son," she said, laughing.

Biju said it was his mother's idea. She had always wanted to study law but left school at seventeen when her father died. "When I said I was thinking of doing law, she said, 'Then I'm coming too.' I thought she was joking. The next week she had filled in the application form," he said.

The course was not easy. Mrs Joseph said she found the Latin terms difficult and struggled to type her assignments. Her son taught her to use a laptop. In return, she made him attend every lecture. "He likes to sleep in the mornings. I did not allow it."

Their professor of constitutional law, Dr Sreekumar Menon, said the two were among the most diligent students he had taught. He said Mrs Joseph asked the best questions in the class. "Many younger students were afraid to speak. She was not afraid of anything, least of all me," he said.

Mrs Joseph's husband, Mr Joseph Varghese, a retired schoolteacher, sat in the front row with their daughter, Ms Reena Joseph, and two grandchildren. He said he had been left to cook for three years. "I am very proud of both of them. I am also very tired of my own cooking."

Biju plans to join a law firm in Ernakulam. His mother says she will offer free legal advice to women in her parish. "Many women do not know their rights over property. I did not know mine," she said. "That is where I will start." """),

dict(title="Murphys of Tullaroan complete rare hurling and camogie double", text="""The Murphy family of Tullaroan had a weekend to remember as Eoin Murphy captained the club's hurlers to the Kilkenny senior title on Sunday, less than twenty-four hours after his sister Sarah Murphy lifted the county camogie cup.

Eoin, 29, scored four points from wing-forward as Tullaroan beat Ballyhale by 1-19 to 1-16 at UPMC Nowlan Park. He dedicated the win to his late grandfather, Mr Ned Murphy, who hurled for the club in the 1950s.

"Grandad used to say Tullaroan would win again before he died. He missed it by two years. This one is for him," Eoin said.

Sarah, 26, a physiotherapist, had been player of the match in Saturday's camogie final, scoring 2-3 against Thomastown. She said she had spent Sunday morning treating her brother's tight hamstring. "I told him if he pulled it in the first ten minutes I'd never speak to him again. He listened for once," she said.

Their parents, Mr Jim Murphy and Mrs Ann Murphy, watched both finals from the stand. Mrs Murphy, who played camogie for Kilkenny in the 1980s, said she had barely slept all weekend. "Saturday I was nervous for Sarah. Sunday I was nervous for Eoin. Tonight I'm going to sleep for a week."

Mr Murphy, the club's long-serving secretary, said it was the first time in the club's history that the hurling and camogie titles had been won in the same year. He said the credit belonged to the coaches who had worked with both teams since underage level.

Tullaroan's hurling manager, Mr Richie Walsh, said Eoin had led by example all season. "He's not a shouter. He just does the hard things first and the rest follow him."

The camogie manager, Ms Helena Power, said Sarah's first goal on Saturday had been "the best I've seen in a county final". She said the team had trained on the same pitch as the hurlers all year, often on the same nights. "We shared the floodlights and the arguments about who got the good end of the field."

Both teams will now represent Kilkenny in the Leinster club championships."""),

dict(title="Justice Hemlata Bhardwaj retires after 22 years on the Allahabad bench", text="""When Justice Hemlata Bhardwaj walked into Court Number 14 of the Allahabad High Court for the last time on Friday, the corridor outside was so crowded with lawyers, clerks and former litigants that the police had to clear a path for her.

She retires at 62 after twenty-two years as a judge, the last six as the senior-most woman on the court. In that time she wrote more than 3,000 judgments, many of them on women's property rights, custodial deaths and the rights of prisoners awaiting trial.

Born in 1962 in a small town near Etawah, she was the daughter of a village schoolteacher, Mr Ramnath Bhardwaj, and a homemaker, Mrs Kamla Devi. Her father taught her to read from newspapers. Her mother, she once said in a speech, taught her to argue. "My mother lost every argument with my grandmother and never lost her temper. That is the hardest skill in law."

She studied law at Lucknow University and practised for fourteen years in Allahabad, mostly in criminal appeals. Her senior at the bar, the late Mr Kedarnath Tripathi, was known for refusing to take on women juniors. He made an exception for her after she appeared against him in a bail matter and won. "He told me afterwards that he had lost to a girl and would rather she lost to other people on his behalf," she recalled.

She was elevated to the bench in 2003. Her best-known judgment, in 2011, held that a widow could not be evicted from her husband's family home while her claim to it was pending. The ruling has been cited by courts across the country.

Mr Anil Srivastava, president of the High Court Bar Association, said she was a judge who read every page. "You could not bluff in her court. She had read the file more carefully than you had," he said.

Ms Rekha Yadav, a lawyer who appeared before her as a junior, said Justice Bhardwaj had made a point of letting young advocates finish their arguments. "Other judges would cut us off. She would say, 'Take your time, but don't waste mine.'"

Her husband, Mr Suresh Mishra, a retired professor of history, sat at the back of the court during the farewell. Their son, Dr Aditya Mishra, is a doctor in Delhi; their daughter, Ms Kavya Mishra, is a lawyer in the Supreme Court.

Justice Bhardwaj said she planned to teach at a law school in Lucknow and to write about the cases that had troubled her. "A judge carries some files home for the rest of her life," she said. "I want to open a few of them again." """),

dict(title="Hezekiah Odhiambo, Kisumu choirmaster who sang for three presidents, dies at 79", text="""Hezekiah Odhiambo, who directed the St Stephen's Cathedral choir in Kisumu for almost four decades and led it in performances before three Kenyan presidents, has died at the age of 79.

He was born in 1945 in Rusinga Island, the son of a fisherman, Mr Zablon Ogola, and a church deaconess, Mrs Penina Atieno. His mother taught him hymns in Dholuo before he could read, and he later said that every piece of music he wrote began with her voice.

He trained as a teacher at Kagumo College and taught music at a secondary school in Kisumu for twenty years. In 1974 he took over the cathedral choir, which then had eleven members. By the 1990s it had more than eighty and toured regularly in East Africa.

His greatest success came in 1988, when the choir won the national music festival with his arrangement of a Luo lullaby. Dr Grace Nyanchama, a musicologist at Kenyatta University, said the arrangement had changed how Kenyan choirs used traditional music. "Before him, choirs sang European hymns in English. He showed them that their grandmothers' songs belonged in the cathedral," she said.

He married Mrs Rispa Odhiambo, a nurse, in 1970. She survives him, as do their four children. Their eldest daughter, Ms Joyce Odhiambo, now directs the choir her father built. She said he attended every rehearsal until his final illness, sitting in the front pew and frowning at the altos. "He would never correct me in front of the choir. He would wait until the car and then tell me everything," she said.

Former choir member Mr Samuel Onyango, now a tenor with an opera company in Cape Town, said Odhiambo had paid his school fees for two years when his family could not. "He never mentioned it again. I found out from his wife after I had left Kenya."

Bishop Rose Okeno, who will lead the funeral service at the cathedral on Saturday, said Odhiambo had been a man of deep faith and a wicked sense of humour. She said he once stopped a rehearsal for a visiting president because the sopranos were flat. "He said God would hear it even if the president didn't."

He will be buried at his family's home on Rusinga Island."""),

]
