ARTICLES = [
dict(title="Family firm's new chief: 'My father built it, now I must rebuild it'",
text="""When Mrs Zainab Dantata-Bello walked into the boardroom of Dantata Flour Mills in Kano on Monday as its new group managing director, she took the seat her father had occupied for 32 years.

Alhaji Ibrahim Dantata, 74, founded the company in 1978 with a single mill and built it into one of northern Nigeria's largest food processors, with plants in Kano, Kaduna and Maiduguri. He will remain chairman of the board.

The handover, announced at an extraordinary general meeting, makes Mrs Dantata-Bello the first woman to lead a major manufacturing company in the North-West. The 44-year-old trained as an accountant in London and spent a decade at an international consulting firm before joining the family business in 2015 as finance director.

"My father built this company from nothing. My job now is to rebuild it for a different Nigeria, where inflation is high, wheat is expensive and customers are more demanding," she told journalists after the meeting.

Her father said he had no doubt about the choice. "People asked me why not one of my sons. I told them the board chose the most competent person, and she happens to be my daughter," Alhaji Dantata said. He added that his two sons, who run the group's logistics and property businesses, had supported the decision.

The company has struggled in recent years as the naira's depreciation pushed up the cost of imported wheat. Pre-tax profit fell 23 per cent last year. Mrs Dantata-Bello said she would focus on sourcing more wheat locally, working with farmers in Jigawa and Kebbi under the federal government's dry-season wheat programme.

Mr Suleiman Garba, an analyst at a Kano-based stockbroking firm, said the transition was well planned. "She knows the numbers better than anybody in the company. The question is whether she can change the culture quickly enough," he said.

Workers at the Kano mill appeared to welcome the change. Malam Yusuf Abdullahi, a shift supervisor who has worked at the company for 26 years, said he had known the new managing director since she was a teenager visiting the factory with her father. "She used to ask too many questions. Now she is the one who will answer them," he said, laughing."""),

dict(title="Parents protest as Kisumu girls' school principal is transferred",
text="""Hundreds of parents and students staged a protest outside Kisumu Girls' High School yesterday after the Teachers Service Commission transferred the school's long-serving principal, Mrs Rosemary Atieno Odhiambo.

The parents, who blocked the school gate for more than three hours, said Mrs Odhiambo had transformed the school from one of the worst-performing in the county into one of the best in national examinations. Last year, 92 per cent of the school's candidates qualified for university.

"She found this school with leaking roofs and no laboratory. Today our daughters are going to medical school. Why would anyone transfer such a person?" asked Mr Joseph Otieno, chairman of the parents' association.

The principal, who has headed the school for nine years, has been posted to a school in Migori County. She declined to comment on the transfer, saying only that she was a civil servant and would go wherever she was sent.

Kisumu Central MCA Fredrick Ouma said he had written to the TSC asking it to reconsider. "The commission has its rules, but it should also listen to the community. Mrs Odhiambo is not just a principal here; she is a mother to these girls," he said.

TSC County Director Ms Hellen Wanga said the transfer was part of a routine exercise affecting more than 40 heads of school in the region. She said the policy required principals to move after serving more than nine years at one station. "It is not a punishment. It is policy," she said.

Some students joined the protest in their uniforms. A Form Four student, who asked not to be named, said she was worried about her examinations. "Madam knows each one of us. She knows who is weak in chemistry and who is weak in English," she said.

The principal's husband, Mr Samuel Odhiambo, a lecturer at Maseno University, said the family had accepted the decision. He urged parents to remain calm. "My wife has always said the school is bigger than one person. The teachers she trained are still here," he said.

Police dispersed the crowd peacefully in the afternoon. The incoming principal is expected to report next week."""),

dict(title="Hamburg shipyard floats out first hydrogen-ready ferry for Baltic route",
text="""A Hamburg shipyard on Saturday floated out what it says is the first ferry in northern Europe designed to run on green hydrogen, marking a small but symbolic step for an industry under pressure to cut emissions.

The Hanse Wind, a 150-metre ro-pax ferry built for a Finnish-German operator, will carry up to 800 passengers and 220 cars between Travemunde and Helsinki from 2026. She will initially run on conventional marine fuel and batteries, but her engines and tanks have been designed to switch to hydrogen-derived fuels as supplies become available.

The vessel was christened by her godmother, Finnish transport minister Liisa Rantanen, who broke a bottle of champagne against the hull. "May she sail safely, and may she be the first of many," Ms Rantanen said.

The shipyard's chief executive, Dirk Albers, said the order had helped preserve 1,100 jobs at a yard that nearly closed in 2020. "Ten years ago everyone said shipbuilding in Germany was finished. This ship says otherwise," he told guests.

The ferry operator's chief executive, Hanna Virtanen, said the company had paid a premium of about 20% over a conventional vessel. She argued that the investment would pay off as EU carbon pricing for shipping tightens. "Our customers, especially freight companies, ask us every week about emissions. They want to be able to report lower numbers," she said.

Not everyone is convinced that hydrogen is the answer. Maritime analyst Jens Petersen of a Copenhagen consultancy said the fuel was still expensive and scarce, and that the ship might run on diesel for years. "A hydrogen-ready ship without hydrogen is just a ship," he said. He acknowledged, however, that the design gave the operator flexibility.

The yard's works council chair, Martina Schulz, welcomed the launch but called on the federal government to do more to support European shipyards against Asian competition.

The Hanse Wind will now undergo fitting-out, with sea trials planned for next summer. The operator has an option for a sister ship, which the yard hopes will be confirmed by the end of the year. If it is, she would be delivered in 2027."""),

dict(title="Super Falcons captain Ajibola: 'We want respect, not sympathy'",
text="""Super Falcons captain Ramatu Ajibola has called on the Nigeria Football Federation to treat the women's national team with the same respect as their male counterparts, days after players threatened to boycott training over unpaid allowances.

Speaking at a press conference in Abuja on Tuesday, flanked by head coach Daniel Okoye and the team's longest-serving player, Onome Adeleke, Ajibola said the players had resolved the dispute with the federation but wanted lasting change.

"We are not asking for sympathy. We are asking to be paid what we were promised, on time, like any professional," the striker said.

Okoye, who took charge of the team last year, said he supported the players. "These women represent Nigeria with pride. When I ask them to give everything on the pitch, I must be able to tell them the people behind them are doing their part," he said. Asked whether the dispute had affected preparations, he added: "She has kept the squad together. I could not ask for a better captain."

Adeleke, 41, who has played at six World Cups, said she had seen similar disputes throughout her career. "In 2004 we slept in the hotel lobby because the rooms were not paid. Things are better now, but not good enough," she said.

The NFF's general secretary, Dr Mohammed Bala, insisted that the federation had paid all outstanding allowances on Monday. He said delays were caused by problems with the release of funds from the Ministry of Sports Development. "We have a duty to the Falcons and we have met it," he said.

Sports minister Mr John Ayuk welcomed the resolution, saying he had directed that future payments be made directly to players' accounts.

The Falcons face Cameroon in an Olympic qualifier in Yaounde on Friday. Ajibola, who plays her club football in Spain, said the team was focused on the match. "We will do our talking on the pitch," she said.

The players will depart for Cameroon on Wednesday morning."""),

dict(title="'My music is a conversation with my grandmother': Q&A with Benga star Juma Otieno",
text="""Juma Otieno's new album, Nyar Nam, has spent six weeks at the top of the Kenyan streaming charts, introducing a new generation to the Luo benga guitar sound. We spoke to the 29-year-old in Nairobi ahead of his first tour of the United States.

Q: The album title means "daughter of the lake". Who is she?

A: She is my grandmother, Mama Akinyi. She raised me in Homa Bay while my parents worked in Nairobi. Every evening she would sing to me by the lake. Many of the melodies on the album are hers. I just added the guitar.

Q: Is she still alive?

A: Yes, she is 84 and very strong. She came to the album launch and danced more than anybody. My producer, Wanjiku Mwangi, had to find her a chair.

Q: Benga was seen as your parents' music. How did you make it popular with young people?

A: I did not try to make it modern. I think young people are tired of music that sounds like it was made in America. They want something that sounds like home. Wanjiku and I recorded the guitars live, with old amplifiers. She insisted on that.

Q: You have collaborated with the veteran guitarist Ochieng Nelly. What did you learn?

A: Everything. He played with the legends in the 1970s. In the studio he would stop me and say, "Young man, you are playing too many notes." He was right.

Q: Your lyrics talk about the lake drying, about fishermen losing their jobs. Is it political?

A: It is what I see. When I go home, my uncles tell me there are no fish. My cousin Atieno, she sells fish in Kisumu, and she says the price has doubled. If singing about that is political, then okay.

Q: What are your plans for the US tour?

A: We play twelve cities, mostly for the Kenyan diaspora. My manager, Brian Kimani, says some American radio stations are interested. But honestly, I am most excited that my mother is coming with me. She has never been on a plane.

Q: And your grandmother?

A: She refuses. She says the lake is enough for her."""),

dict(title="Profile: The Brussels designer who wants furniture to last a century",
text="""In a converted tram depot in Schaerbeek, Sam Verbruggen is sanding the leg of an oak chair that, they insist, will still be in use in 2124.

Verbruggen, 34, is the founder of Atelier Honderd, a furniture company that sells only pieces it guarantees for a hundred years and will repair free of charge for the life of the first owner. Verbruggen, who is non-binary and uses they/them pronouns, started the business in 2019 with a single workbench and a loan from their grandmother.

"The furniture industry is built on things breaking. Flat-pack sofas last five years, then they go to landfill. I wanted to prove there is another model," they said.

The model appears to be working. Atelier Honderd now employs 23 people, most of them trained cabinetmakers, and reported revenue of EUR 4.8m last year, up 60%. Its chairs sell for about EUR 900, its dining tables for upwards of EUR 6,000.

The company's commercial director, Nadia El Amrani, joined from a Scandinavian furniture retailer in 2021. She said customers were increasingly willing to pay more for durability. "People are tired of replacing things. When we explain the guarantee, many of them do the maths themselves," she said.

Investors have taken notice. Last month the company raised EUR 3m from a Belgian impact fund, whose partner Pieter De Smet described the founder as "stubborn in the best possible way". "Sam turned down two offers from larger investors because they wanted to cut the repair guarantee. That told us everything," he said.

Not everyone is convinced the model can scale. Retail analyst Claire Dumont said the company's prices limited it to a wealthy niche. "It is a beautiful business, but it is a luxury business," she said.

Verbruggen does not disagree. "For now, yes. But a chair that lasts a hundred years is cheaper, over its life, than ten chairs that last ten years," they said.

Their next project is a rental scheme for offices, which they hope to launch in Antwerp and Ghent next year."""),

dict(title="Review: 'Sagar Kinare' is a tender, unhurried film about return",
text="""MUMBAI: There is a scene midway through Sagar Kinare, the Marathi film directed by Sumitra Joshi, in which a woman sits on the steps of her childhood home in Ratnagiri and simply listens to the sea for almost two minutes. Nothing happens. It is one of the most moving moments in any Indian film this year.

The woman is Revati, a Mumbai-based corporate lawyer played by Mukta Kale, who returns to her Konkan village after her father's death to sell the family house. Her plans are complicated by her younger brother, Shekhar (Lalit Desai), who has stayed behind to run the family's mango orchard and has no intention of selling.

Kale gives a beautifully restrained performance. Her Revati is brisk and efficient at first, constantly on her phone, but slowly softens as she reconnects with the rhythms of village life. Desai matches her well, playing Shekhar as a man whose resentment of his sister's success hides a deeper loneliness.

The veteran actress Uttara Patil is superb in a small role as their aunt, a widow who has spent her life looking after the family home. In one memorable scene she tells Revati that she never once left the village. "The sea came to me," she says. "Why should I go to it?"

The director, who also wrote the screenplay, said at a screening in Pune last week that the story was drawn from her own family. "My brother and I had the same argument about my grandfather's house. We are still having it," she said, to laughter from the audience. Her co-producer, Anand Gokhale, said the film had been shot over 28 days in a single village with a largely local cast.

Cinematographer Amalendu Chaudhary's images of the Konkan coast are gorgeous without being touristy. He films the monsoon as something lived through, not admired.

If the film has a flaw, it is that its final act resolves the siblings' conflict a little too neatly. But that is a small complaint about a film of such warmth and patience.

Sagar Kinare releases in theatres on Friday."""),

dict(title="Senators clash over proposed reserved seats for women",
text="""The Senate on Thursday witnessed heated exchanges as lawmakers debated a constitutional amendment bill seeking to create 74 additional seats reserved for women in the National Assembly and state Houses of Assembly.

Sponsoring the bill, Senator Iretiola Adamu (Federal Capital Territory) said women currently hold fewer than five per cent of seats in the National Assembly, one of the lowest proportions in Africa. "This is not charity. Nigeria cannot develop while it leaves half of its talent outside the room where decisions are made," she said.

Senator Ali Kachalla (Borno South) opposed the bill, arguing that it would be unfair to men and that women should contest elections on equal terms. "Let them come and contest. Nobody is stopping them," he said. Senator Adamu rose on a point of order, and the two exchanged words before the Senate President intervened. "The distinguished senator says nobody is stopping women. I invite him to come with me to a party primary," she said. He replied that he had supported many women candidates in his own state.

Senator Ngozi Uduaghan (Kogi Central) said she had faced threats and intimidation during her campaign. She urged her male colleagues to support the bill "for the sake of your daughters".

Senate President Godwin Udom said the bill would be referred to the Committee on Constitution Review for further legislative work. He noted that similar bills had failed in previous assemblies, and called for consensus.

Civil society groups monitoring the debate welcomed its progress. Mrs Ebere Okafor, president of Women in Politics Forum, said she was encouraged by the support of several male senators. "We have allies now. Ten years ago we did not," she said.

Political analyst Dr Samuel Nwosu said the bill faced a difficult path, since constitutional amendments require the approval of two-thirds of both chambers and of 24 state assemblies. "It is a long road. But the debate itself is a sign of change," he said.

The committee is expected to conduct public hearings in the six geopolitical zones next month."""),

dict(title="Widow's case against developer over Kiambu land adjourned",
text="""A 68-year-old widow's bid to reclaim a five-acre piece of land in Kiambu County from a real estate developer was yesterday adjourned after the developer's lawyer said she had not been served with fresh documents.

Mrs Esther Njoki Kamau told the Environment and Land Court in Thika that the land, which her late husband bought in 1979, was transferred to Greenfields Homes Limited in 2021 using forged signatures and a fake death certificate.

Her lawyer, Mr Kibe Ndirangu, told Justice Lucy Kihara that his client had only learned of the transfer when bulldozers arrived to clear her maize. "My client has lived on this land for 45 years. Her husband is buried there. She has never sold an inch of it," he said.

The developer's advocate, Ms Winnie Nyaga, asked for more time, saying she had received a supplementary affidavit from the widow's lawyer only on Monday. She told the court that her client had bought the land in good faith from a man who presented a valid title.

Justice Kihara granted the adjournment but ordered that the status quo be maintained, meaning no construction can take place on the land until the case is determined. She also directed the Land Registrar in Kiambu to produce the original transfer documents at the next hearing.

Outside court, Mrs Kamau, supported by her son, Peter Kamau, and her daughter-in-law, said she was tired but would not give up. "They think an old woman will get tired and go away. I will come to this court until I die," she said.

Her son said the family had spent more than Sh800,000 on legal fees. He accused the land registry of colluding with fraudsters. "My mother should not be fighting for land that my father bought with his sweat," he said.

The Kiambu County Land Registrar, Mr Daniel Kiprono, declined to comment, saying the matter was before the court.

The case, one of several land fraud disputes currently before the Thika court, will be heard on February 12."""),

dict(title="Ole Gunnar Nilsen: the shipowner who never learned to swim",
text="""Ole Gunnar Nilsen, who built a small Stavanger towage firm into one of Europe's largest offshore supply fleets, died last week at 91. He was famous in Norwegian shipping circles for two things: an uncanny instinct for the oil cycle and the fact that he could not swim.

Born in 1933 on the island of Karmoy, Nilsen went to sea at 15 as a deckhand on a herring boat. By 30 he owned two tugboats. When oil was discovered in the North Sea in 1969, he mortgaged his house to buy a supply vessel, the Karmoy Star, and named her after his home island. She was the first of more than 70 ships the company would eventually operate.

His wife of 62 years, Solveig Nilsen, who survives him, ran the company's finances for much of that time. Colleagues say she was the one who persuaded him to sell a third of the fleet in 1985, months before the oil price collapsed. "He had the courage and she had the sense," said their son, Erik Nilsen, who succeeded his father as chief executive in 2001. "It was a very good combination."

Their daughter, Kristin Nilsen Berg, a maritime lawyer in Oslo, recalled that her father never lost his fear of deep water. "He said a captain who respects the sea is worth ten who love it," she said.

Nilsen was a formidable negotiator. Arne Fjeld, a retired executive at the state oil company, remembered talks in the 1980s that ran through the night. "He would sit there with his coffee and simply wait. Eventually we always gave in," he said.

In later life, Nilsen gave generously to maritime education, funding a training school in Haugesund for young seafarers. Its principal, Marit Solheim, said he visited every year at graduation and shook every cadet's hand.

The company's flagship, also named Karmoy Star after the original vessel, flew her flag at half-mast in Stavanger harbour on Monday. Nilsen is survived by his wife, two children and six grandchildren."""),

dict(title="Pune scientists, no relation, share credit for monsoon model breakthrough",
text="""PUNE: Two scientists at the Indian Institute of Tropical Meteorology who share a surname but are not related have jointly developed a forecasting model that predicts monsoon breaks up to three weeks in advance, a significant improvement on current methods.

Dr. Rahul Joshi, a climate modeller, and Dr. Sneha Joshi, a data scientist, presented the findings at a national symposium in Pune on Tuesday. The work, published in an international journal of atmospheric science last month, combines a physics-based ocean-atmosphere model with a machine learning system trained on 70 years of rainfall data.

"People at the institute have been confusing us for years. Our emails go to each other all the time. At some point we decided we might as well work together," Dr. Sneha Joshi said, smiling. Dr. Rahul Joshi added that the mix-ups had turned out to be useful. "She understood the data, I understood the physics. Neither of us could have done this alone," he said.

Monsoon breaks, extended dry spells during the rainy season, can devastate crops if farmers sow too early or fail to irrigate in time. Current forecasts can reliably predict them only about ten days ahead.

The institute's director, Dr. Suryakant Kulkarni, said the model would be tested operationally by the India Meteorological Department next season. He said the approach could be extended to predicting heatwaves.

Farmers' groups welcomed the research. Mrs. Shalini Pawar, who heads a women farmers' cooperative in Baramati, said even a week's additional warning could help members decide when to sow soybean and cotton. "Every year we lose money because the rain stops just after we sow," she said.

Independent experts were cautiously positive. Prof. Raghavan Murthy, an earth system scientist, said combining physics with machine learning was the right direction but warned that models trained on past data could struggle as the climate changed. "The monsoon of the future may not look like the monsoon of the past," he said.

The two Joshis said they were already working on a follow-up study. Asked who would be first author next time, they looked at each other and laughed. "We will toss a coin," Dr. Rahul Joshi said."""),

dict(title="Nurse, doctor honoured for saving 14 in Kaduna bus crash",
text="""A nurse and a doctor who worked through the night to save the lives of 14 passengers injured in a bus crash on the Kaduna-Zaria highway have been honoured by the Kaduna State Government.

Mrs Rahila Yakubu, a senior nursing officer, and Dr Musa Abdullahi, a medical officer, both of the General Hospital in Zaria, received commendation letters and cash awards at a ceremony at Government House on Friday.

The accident occurred in August when a luxury bus carrying 32 passengers collided with a stationary tanker near Jaji. Seven people died at the scene. The injured were rushed to the General Hospital, where only two doctors and four nurses were on duty.

Dr Abdullahi, who was the senior doctor on call, said the team had to improvise. "We had three patients who needed surgery and one theatre. We had to decide who could wait. Those are decisions no doctor wants to make," he said. Mrs Yakubu, standing next to him, said the nurses had used their own phones to call off-duty colleagues. "Within an hour, nine more nurses came. Nobody asked for overtime," she said.

One of the survivors, Mr Ibrahim Sani, a trader from Kano, travelled to Kaduna for the ceremony. He said he owed his life to the two health workers. "I lost a lot of blood. The nurse held my hand and told me to keep talking to her. I did not know her name until today," he said.

Deputy Governor Dr Hadiza Sabuwa, who presented the awards, said the state would recruit 500 additional nurses and 120 doctors next year. She acknowledged that the hospital had been understaffed. "They did extraordinary work in ordinary conditions. We must give them better conditions," she said.

The chairman of the Nigeria Medical Association in the state, Dr Aliyu Garba, welcomed the recognition but said many health workers were leaving the country for better pay abroad. He urged the government to review salaries.

Mrs Yakubu, a mother of four who has worked at the hospital for 21 years, said she would use part of the award to pay her daughter's university fees."""),

dict(title="Remembering Sarojini Iyer, the teacher who took science to Tamil villages",
text="""COIMBATORE: Sarojini Iyer, a physics teacher who spent four decades taking science experiments to village schools across western Tamil Nadu in a converted bus, died at her home in R.S. Puram on Thursday. She was 86.

She is survived by her husband, retired engineer N. Krishnan Iyer, two sons and a daughter.

Born in Palakkad in 1938, Sarojini studied physics at a women's college in Madras at a time when few girls from her town went beyond school. She taught at a government higher secondary school in Coimbatore from 1962 until her retirement in 1996.

In 1978, troubled that her rural students had never seen a working laboratory, she persuaded a local textile mill owner to donate an old bus. With her husband's help she fitted it with benches, microscopes, a small telescope and a generator. For the next 40 years, the "Science Bus" visited more than 1,200 schools in Coimbatore, Erode and Tiruppur districts.

Her husband, now 90, said she had driven the bus herself on several occasions when the regular driver was unavailable. "Everybody was shocked to see a woman driving a bus in the 1970s. She did not care," Mr. Iyer said.

Many of her former students went on to careers in science. Dr. K. Senthil Kumar, now a scientist at a national laboratory, said he had looked through a telescope for the first time when the bus came to his village near Pollachi. "She showed us Saturn's rings. I decided that night that I would study physics," he said.

Her daughter, Dr. Meena Iyer, a paediatrician in Chennai, said her mother continued to answer letters from students until her last weeks. "She kept every letter in a steel trunk. There are thousands of them," she said.

The district Chief Educational Officer, Ms. R. Kalaiselvi, said the education department would name a science park in her memory. The bus itself, retired in 2018, is kept at a school in Mettupalayam, where children still climb aboard to see where Mrs. Iyer once taught.

The funeral was held at the Athupalam crematorium on Friday."""),
]
