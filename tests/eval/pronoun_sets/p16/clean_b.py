ARTICLES = [

dict(title="Bookkeeper took €212,000 from Naas GAA club, court told", text="""A bookkeeper took more than €212,000 from a GAA club in Co Kildare over seven years to pay for holidays, a car and her daughter's wedding, a jury at Naas Circuit Court was told on Tuesday.

Ms Carmel Dunne, 54, of Sallins, has pleaded not guilty to 38 counts of theft and false accounting relating to the accounts of Naas Town GAA club between 2015 and 2022.

Opening the case, prosecuting counsel Mr Eoghan Rafferty BL said Dunne had been trusted completely by the club's committee. "She was a volunteer, then a part-time employee, and for seven years the only person who looked at the books," he said. "The prosecution says she used that trust to take money that belonged to the children who play for this club."

Rafferty said lodgements from the club's lotto were diverted into an account in Dunne's name, and that invoices from a fictitious catering company were paid by the club on forty-one occasions.

The club's former treasurer, Mr Liam Geraghty, told the court he had signed cheques without checking the invoices behind them. He said he deeply regretted it. "Carmel was a friend. I had no reason to doubt her. I know now that was a mistake," he said.

Under cross-examination by Ms Yvonne Hanlon SC, for the defence, Geraghty agreed that the club's committee had not held a proper audit in six years. Hanlon put it to him that her client had repeatedly asked the committee for help with the accounts and been ignored. He said he did not remember that.

Judge Desmond Hyland told the jury that the trial would last about two weeks. He reminded them that Dunne was presumed innocent and that the burden of proof rested entirely on the prosecution.

Dunne, who wore a navy jacket, sat beside her husband, Mr Gerry Dunne, in the body of the court. Her daughter, Ms Laura Dunne, was seated behind them.

The club's current chairwoman, Mrs Patricia Kehoe, is expected to give evidence on Wednesday. The trial continues."""),

dict(title="Mumbai doctor's night clinic brings TB treatment to shift workers", text="""When Mr Manoj Yadav was diagnosed with tuberculosis in 2022, the 38-year-old security guard faced a choice that thousands of Mumbai workers face: keep his job or keep his hospital appointments. The public clinic near his home in Govandi was open only during the day, when he was asleep after his night shift.

He is now one of about 400 patients treated at an evening TB clinic opened by Dr Shabana Qureshi, a chest physician, in a municipal school building in Govandi. The clinic opens from seven to eleven at night, six days a week.

"People were not dropping out because they did not care. They were dropping out because they had to eat," Qureshi said. "If the patient cannot come to the clinic, the clinic must go to the patient's hours."

Yadav said he had stopped his medicines twice before he found the clinic. "I felt better after two months, so I stopped. Then I was worse than before. Doctor madam shouted at me, and then she sat with me for one hour and explained everything," he said. He completed his treatment last year and has gained twelve kilograms.

The clinic is staffed by Qureshi, two nurses and a counsellor, Mr Imran Shaikh, who phones any patient who misses a dose. Shaikh said many patients hid their illness from employers. "One man told his boss he had asthma for six months. He was afraid he would be sacked," he said.

Nurse Mrs Lata Gaikwad, who has worked at the clinic since it opened, said the atmosphere was different at night. "In the day, patients are rushed. At night they talk. They tell us about their wives, their children, their debts. Then we understand why they missed their medicine."

Municipal health officer Dr Sunil Patil said the clinic's treatment completion rate was 91 per cent, well above the city average. He said the corporation was considering opening two more evening clinics in the eastern suburbs.

Qureshi said her own father had been a mill worker who worked nights for thirty years. "He never once saw a doctor in daylight. I think about him every evening when I unlock the door."

Yadav now brings his neighbours to be tested. "I tell them, go at night. The doctor is awake." """),

dict(title="Eldoret girls' robotics team heads to world finals in Singapore", text="""Three students from Moi Girls' High School in Eldoret will represent Kenya at a world robotics championship in Singapore next month, after their water-sorting robot won the national competition in Nairobi.

The team's robot, built largely from recycled parts, can separate plastic bottles from glass on a conveyor belt using a cheap camera and a sensor that the students programmed themselves. Team captain Ms Sharon Chebet, 17, said the idea came from watching waste pickers at the Huruma dumpsite. "They sort everything by hand, all day, in the sun. We wanted to build something that could help them," she said.

The students are coached by their physics teacher, Mrs Lilian Wekesa, who started the school's robotics club in 2019 with a single kit donated by a Nairobi technology company. She said the girls often stayed in the laboratory until the lights were switched off at ten. "I have to chase them out. They argue about code the way other students argue about football," she said.

The school's principal, Mr Josphat Mutai, said the school had raised about half of the 1.8 million shillings needed for the trip. He appealed to businesses in Uasin Gishu to help with the rest. "These girls have done something remarkable. I will not let money be the reason they stay home," he said.

The other members of the team are Ms Faith Jepkemboi, 16, who wrote most of the software, and Ms Naomi Wanjala, 17, who designed the robot's frame. Jepkemboi's father, Mr Wilson Kiprotich, a boda boda rider, said he did not understand what his daughter built but was very proud of it. "She explained it to me three times. I told her, just win."

The national competition was judged by a panel that included Dr Peter Muriuki, an engineer at Moi University. He said the Eldoret team had impressed the judges by explaining every design decision. "Some teams bring beautiful robots they cannot explain. These girls could tell you why every wire was where it was."

Wekesa said the girls were practising their presentation in English and would also prepare a short introduction in Swahili. "They will be meeting teams from forty countries. I want people to know where they come from."

The team flies out on 14 November."""),

dict(title="Kapur and Bhat reach mixed doubles final in Lucknow", text="""Rohan Kapur and Sneha Bhat reached the final of the mixed doubles at the Syed Modi International badminton tournament in Lucknow on Saturday, beating the second seeds from Malaysia in three games.

The Indian pair, unseeded and playing only their fourth tournament together, won 21-18, 17-21, 21-15 in an hour and five minutes. Kapur, 24, from Jalandhar, dominated at the back of the court, while Bhat, 22, from Bengaluru, controlled the net with a series of tight drops.

"Rohan was smashing like a madman. My job was just to stay out of his way and kill anything that came back short," Bhat said.

Kapur said his partner had been the better player. "She read every serve. In the third game she told me exactly where they would serve, and she was right four times in a row," he said.

The pair were put together in February by the national doubles coach, Mr Vijay Deshmukh, after both lost their previous partners to injury. Deshmukh said he had been struck by how quickly they had built an understanding on court. "They are very different people. He is loud, she is quiet. On court that works," he said.

Bhat's mother, Mrs Usha Bhat, a former state-level player, was in the stands. She said her daughter had nearly given up the sport two years ago after a shoulder operation. "She cried for a month. Then she got up one morning and went to the gym. I never asked her why."

Kapur's father, Mr Harpal Kapur, runs a sports shop in Jalandhar and has strung his son's rackets since he was nine. He said Rohan still sends the rackets home to be restrung before big tournaments. "He does not trust anyone else. I charge him nothing and he complains anyway."

In Sunday's final the Indian pair will face the top seeds, Mr Chen Wei and Ms Liu Yan of China, who beat a Danish pair in straight games. Bhat said they would go into the match with nothing to lose. "They are the best pair in the world. We are the best pair in this hall tonight. Let's see."

The final begins at 2pm."""),

dict(title="Cyclist seriously injured in Kerry hit-and-run as gardaí seek van", text="""Gardaí in Kerry have appealed for information after a 46-year-old cyclist was seriously injured in a hit-and-run on the N70 near Killorglin on Wednesday evening.

The man, named locally as Mr Martin Foley, a farmer from Cromane, was cycling home at about 7.15pm when he was struck from behind by a vehicle that did not stop. He was found in a ditch by a passing motorist, Ms Caitríona Sheehan, who called the emergency services and stayed with him until an ambulance arrived.

"He was conscious but very confused. He kept asking about his bike," Sheehan said. "I held his hand and told him the bike was fine. It wasn't."

Foley was taken to University Hospital Kerry in Tralee and later transferred to Cork University Hospital, where he remains in a serious but stable condition.

Detective Sergeant Linda Quirke, who is leading the investigation, said gardaí believed a white van was involved. She said paint fragments recovered at the scene were being examined at the Forensic Science Ireland laboratory. "Whoever was driving that van knows what happened. I would ask them to think about this man's family and come forward," she said.

Quirke said gardaí were particularly keen to speak to the driver of a white van seen at a filling station in Killorglin shortly after 7.30pm. She said the driver was not a suspect but may have important information.

Foley's wife, Mrs Eileen Foley, said her husband had cycled the same route every evening for ten years. "He cycles to clear his head after the cattle. He wears the bright jacket, he has the lights. He did everything right," she said. She said their two sons, aged 14 and 16, had been told their father would recover but would need months of treatment.

Local councillor Mr Michael Cahill said the stretch of road had no hard shoulder and had been the subject of complaints for years. He said he would raise the matter again at the next council meeting.

Anyone with information is asked to contact Killorglin Garda station or the Garda Confidential Line."""),

dict(title="A Swahili Macbeth opens at the Kenya National Theatre", text="""The witches are market women, Birnam Wood is a eucalyptus plantation, and Lady Macbeth runs a matatu company. Makbeth, a new Swahili adaptation of Shakespeare's tragedy, opened at the Kenya National Theatre in Nairobi on Thursday to a standing ovation.

The production is directed by Ms Wambui Kariuki, who also wrote the translation. She said she had been thinking about the play since she studied it at school in Nyeri. "Every Kenyan knows a Macbeth. A man who is told he will be great and decides he cannot wait," she said.

Macbeth is played by Mr Eric Wafula, best known for his television work. He gives the character a nervous, almost boyish charm in the first half, which makes his later cruelty more shocking. In the banquet scene, when he sees the ghost of Banquo, he laughs at first, as if the ghost were a joke in poor taste.

Ms Halima Said plays Lady Macbeth as a brisk businesswoman who keeps her husband's diary and his accounts. Her sleepwalking scene, performed on a bare stage lit only by a single bulb, was the most powerful moment of the evening. When she tries to wash the blood from her hands, she scrubs them with a nail brush until they are raw.

Wafula said working with Said had been a lesson. "Halima doesn't waste a single movement. I would finish a scene sweating and she would be calm, and the audience was watching her, not me," he said.

Said was generous in return. She said he had found a vulnerability in Macbeth that she had not seen in other productions. "He plays him as a man who wants his wife to be proud of him. That is more frightening than a monster."

The score, played live on nyatiti and drums, was composed by Mr Ochieng Nelson. The three witches, played by Ms Mary Akinyi, Ms Joan Mutheu and Ms Rukia Ali, sing their prophecies as market cries.

Some traditionalists may object to the liberties the adaptation takes, particularly in the final act, where Macduff is a woman. Kariuki said she had made the change deliberately. "Macduff's family is murdered. In our version, she avenges her own children. I think Shakespeare would forgive me."

Makbeth runs until 22 September."""),

dict(title="Bengaluru twins build monsoon model that beats official forecasts", text="""A pair of twins at the Indian Institute of Science in Bengaluru have developed a computer model that predicted the onset of this year's south-west monsoon over Kerala more accurately than the official forecast.

Dr Aditi Sen and Dr Aditya Sen, both 31, are climate scientists at the institute's Centre for Atmospheric Sciences. Their model, which combines traditional weather physics with machine learning, forecast the monsoon's arrival on 2 June, three weeks in advance. It arrived on 1 June.

Aditi Sen, who designed the physics of the model, said she had been sceptical when her brother first suggested using machine learning. "I thought it was a fashion. Aditya spent a year persuading me. I am still only half persuaded," she said.

Aditya Sen, who wrote the machine learning code, said his sister's scepticism had made the model better. "She tested every result I gave her. If I had worked alone, I would have trusted the computer too much," he said.

The twins grew up in Kolkata, where their mother, Mrs Sharmila Sen, was a meteorologist with the India Meteorological Department. They said she took them to the weather office as children and let them release weather balloons. Mrs Sen, now retired, said neither of them had ever wanted to do anything else. "Aditi used to draw isobars on the walls. Aditya used to argue with the television weatherman," she said.

Their supervisor, Professor Ravi Nair, said the model was promising but had been tested for only four monsoon seasons. He said he would want to see ten years of results before recommending it for official use. "The monsoon has humbled many clever people. I have told them to be patient," he said.

The Director General of Meteorology, Dr Meena Kapoor, said her department welcomed the research and would invite the twins to present their work in Delhi. She said official forecasts were already among the most accurate in the world for monsoon onset.

The twins work in adjoining offices and share a car to the institute. Asked whether they ever disagreed, Aditi laughed. "Every day. He thinks he is the clever one. I know I am the careful one." """),

dict(title="Limerick husband-and-wife bakery wins national bread award", text="""A small bakery in Kilmallock, Co Limerick, run by a husband and wife who started it in their kitchen during the pandemic, has won the top prize at the national artisan food awards for its sourdough loaf.

Tom and Nuala Keating opened Keating's Bakehouse on Sheares Street in 2021, after Tom lost his job as a chef in a Limerick hotel and Nuala, a pharmacist, began baking bread on her days off to keep the family busy.

"I was the one baking first. Tom was watching television," Nuala said. "Then he tasted my bread and told me everything that was wrong with it. That's how he became my business partner."

Tom Keating admitted the story was true. "She had the patience and I had the opinions. It took us a year to find a loaf we both liked," he said.

The winning loaf is made with flour from a mill in Co Kilkenny and fermented for thirty-six hours. The chief judge, Ms Gráinne O'Sullivan, a food writer, said it had "a crust that sings and a crumb that you could happily eat on its own".

The bakery now employs seven people and supplies eleven shops and cafés in Limerick and north Cork. Nuala has reduced her hours at the pharmacy to two days a week. She said she was not ready to give up her profession entirely. "Bread is a beautiful thing, but it doesn't have a pension."

Their daughter, Ms Clíona Keating, 19, works in the bakery during college holidays. She said her parents argued about bread the way other couples argued about money. "Dad says it needs more salt. Mam says he's wrong. Then they both taste it and agree with whoever made it."

The Keatings' son, Mr Shane Keating, 16, delivers loaves on his bicycle on Saturday mornings. His father said he had hoped Shane might become a baker. "He says he'll be a pharmacist like his mother. Clearly he knows where the money is."

The award carries a prize of €5,000, which the couple say they will spend on a second oven. Nuala said the first oven had been running for twenty hours a day since the news broke."""),

dict(title="Wicklow councillors back Glencree wind farm despite objections", text="""Wicklow County Council's planning committee has recommended approval for a seven-turbine wind farm at Glencree, after a five-hour meeting on Thursday in which local residents, environmental groups and the developer all made their case.

The committee's chair, Councillor Anne Fitzgerald, said the decision had been one of the most difficult of her time in office. "There is no easy answer here. We need renewable energy, and we also need to respect people who have lived in this valley for generations," she said.

The developer, Glen Energy, says the turbines would provide enough electricity for about 30,000 homes. Its project director, Mr Colm Reddy, said the company had moved two turbines further from homes after public consultation and would pay €150,000 a year into a community fund. He said the company had listened to every submission.

The main objection was made by Mr Brendan Cosgrave, a retired engineer whose house is about 800 metres from the nearest turbine. He said the noise assessment had been carried out on a calm day and was misleading. "I spent my career measuring sound. I know a convenient result when I see one," he said. He said he would appeal to An Bord Pleanála if the council approved the scheme.

A resident of the valley, who asked not to be named, told the committee that they had moved to Glencree for the silence and were worried about the flicker of the blades at sunset. The resident said they had nothing against wind energy but felt the valley had been chosen because few people lived there to object.

Ms Orla Breen, of the Wicklow Uplands Council, said her organisation was neutral on the project but wanted the council to require a full study of the site's hen harrier population. She said the birds were known to nest within two kilometres of the proposed site.

Councillor Joe Behan said he supported the project because of the climate emergency. Councillor Siobhán Kelly said she would vote against it because of the impact on walkers and tourism.

The committee voted six to three in favour. Fitzgerald said the recommendation would go to a full council meeting in March, where members would have the final say."""),

dict(title="Caroline Njambi, the referee Kenyan footballers learned to respect", text="""The first time Caroline Njambi refereed a men's Premier League match in Kenya, in 2017, a player told her to go home and cook. She showed him a yellow card. Seven years later, she is one of the most respected officials in African football, and next month she will become the first Kenyan woman to referee at a men's continental club final.

Njambi, 36, grew up in Nyeri, the only girl among five children. Her father, Mr Samuel Maina, was a football coach at a local secondary school, and she spent her childhood on the touchline of his training sessions. "My brothers played. I was told to fetch the balls. After a while I started telling the players when they were offside," she said.

She played as a defender for a women's club in Nairobi until a knee injury ended her career at 23. Her former coach, Mrs Ruth Wangari, suggested she try refereeing. "Caroline always knew the rules better than the referee. I told her she might as well be paid for it," Wangari said.

She worked her way up through the women's league and the lower divisions of the men's game, often while holding down a job as a bank teller. Her husband, Mr Dennis Kariuki, a teacher, said she once refereed a match in Kakamega in the morning and worked a shift at the bank in Nairobi the same evening. "She slept in the bus both ways. She has always been like that."

Players who once mocked her now seek her out. Mr Kevin Omondi, captain of a Nairobi club, admitted that he had been sent off by her twice. "Both times I deserved it. She doesn't argue, she doesn't shout. She just explains, and you walk," he said.

The head of refereeing at the Football Kenya Federation, Mr Joseph Lumumba, said Njambi's fitness results were better than those of most male referees on the national panel. He said her appointment to the final was based on merit alone.

Njambi said she still receives abuse on social media but has learned to ignore it. She is more interested in the girls who write to her. She runs a refereeing clinic for schoolgirls in Nyeri every December, helped by her younger brother, Mr Paul Maina, a referee himself. "He is a good referee," she said. "Not as good as me, but I tell him he is improving." """),

dict(title="Dermot Kinsella on writing his mother into fiction", text="""Dermot Kinsella's fourth novel, The Lamplighter's Daughter, follows a young woman from Co Leitrim who emigrates to Boston in 1957 and returns forty years later to bury her father. Kinsella, 58, who lives in Sligo, spoke to us about his mother, about Boston, and about why it took him three decades to write the book.

Your heroine, Bridie Flynn, has a lot in common with your own mother. How much of her is real?

The journey is real. My mother, Kathleen, went to Boston at nineteen and worked as a housekeeper for a family in Brookline. She came home after six years to marry my father. Bridie stays. That's the great difference. I wanted to know who my mother might have been if she hadn't come back.

Did your mother read the book?

She died in 2019, before I had finished it. I read her the first chapter in the hospice. She listened to the whole thing and then told me that the kitchen was wrong. She said no Brookline kitchen would ever have had a wooden floor. I changed it.

Bridie's father is a harsh figure. Is he based on your grandfather?

Partly. My grandfather was a lamplighter in Carrick-on-Shannon, and by all accounts he was a difficult man. But I made him worse. A novel needs someone to leave behind. My mother always said he was kinder than he looked, and I have tried to let a little of that in at the end.

There's a strong friendship at the heart of the book, between Bridie and a Black nurse called Loretta Hayes.

That came from a photograph I found after my mother died. It showed her on a beach in Massachusetts with a woman I had never heard of. On the back it said only "Loretta and me, 1959". I never found out who she was. So I invented her.

What does your family think of the book?

My sister Anne has read it twice. She says I have made our mother braver than she was. My brother Michael says I have made her exactly as brave as she was, which is the nicer review.

The Lamplighter's Daughter is published by Brandon Books on 4 April."""),

dict(title="Hotel worker awarded €18,000 after manager's remarks about pregnancy", text="""A receptionist at a Killarney hotel has been awarded €18,000 by the Workplace Relations Commission, which found that she was discriminated against on the ground of gender when her hours were cut after she told her manager she was pregnant.

Ms Yvonne Gleeson, who had worked at the hotel for four years, told the commission that her manager, Mr Alan Dempsey, had reacted to the news by saying that "the front desk is no place for a pregnant woman in August". Within a fortnight, her weekly hours had been reduced from thirty-nine to twenty.

The adjudication officer, Ms Orla Kenny, found that the hotel had not provided any credible business reason for the reduction. In her decision, published on Thursday, she said the timing of the cut and the manager's remarks "speak for themselves".

Dempsey told the hearing that his comment had been made out of concern for Ms Gleeson's health, because the front desk was extremely busy in summer. He said he had cut the hours of two other receptionists at the same time. Under questioning, he accepted that both of the other receptionists had asked for fewer hours themselves.

Ms Gleeson's representative, Ms Helen Moriarty of the trade union SIPTU, said her client had been made to feel that her pregnancy was a problem to be managed. "She was a good employee with an excellent record. She deserved congratulations, not a reduced rota," she said.

The hotel's general manager, Mr Conor Healy, gave evidence that the company had a clear equality policy and that Dempsey had received training on it. He said the hotel regretted that Ms Gleeson had felt unwelcome, but he denied that there had been any discrimination.

Kenny found that the hotel had failed to follow its own policy. She ordered it to pay Ms Gleeson €18,000, equivalent to about nine months' pay, and to provide further training to its managers.

Ms Gleeson, who gave birth to a son in October, no longer works at the hotel. She said in a statement that she hoped the decision would encourage other women in the hospitality industry to speak up. "I almost didn't bring the case. I'm glad I did."

The hotel has 42 days to appeal to the Labour Court."""),

dict(title="Pune teenager Kiran Joshi stuns grandmaster at national chess championship", text="""Kiran Joshi, a 15-year-old schoolgirl from Pune, defeated the defending champion, Grandmaster Mr Abhijeet Rane, in the fifth round of the national chess championship in Chennai on Wednesday, the biggest upset of the tournament so far.

Joshi, playing with the black pieces, sacrificed a knight on the twenty-second move and forced Rane to resign after fifty-one moves and almost five hours of play. She is now in joint second place with four points from five games.

"I saw the sacrifice but I wasn't sure it worked. I thought about it for forty minutes. Then I thought, if I don't play it now, I will never know," she said.

Rane, 29, the country's third-ranked player, was gracious in defeat. He said he had underestimated the strength of her attack. "She played like a grandmaster today. I made one bad move and she punished it perfectly. I'll be watching her games from now on," he said.

Joshi learned the game from her grandfather, Mr Vasant Joshi, a retired railway engineer, when she was five. He still accompanies her to tournaments. "In the beginning I let her win. After one year I stopped letting her win, and after two years she stopped letting me win," he said with a smile.

She is coached by International Master Ms Swati Deshpande, who has worked with her since 2019. Deshpande said her pupil's greatest strength was her calm. "Kiran never panics. When she is losing, she goes quiet and looks for one more idea. That is a rare quality at fifteen."

Her mother, Mrs Manisha Joshi, a schoolteacher, said the family had struggled to pay for tournaments abroad. She said Kiran had taken part in only two international events, both funded by a chess academy in Mumbai. "She needs to play stronger players, but the travel is expensive. We are hoping a sponsor will notice her now."

Her brother, Mr Rohit Joshi, 19, an engineering student, said he had stopped playing chess against his sister years ago. "I lost too many times. Now I just watch her games online and pretend I understand them."

Joshi faces the top seed, Grandmaster Mr Suresh Iyengar, in the sixth round on Thursday."""),

]
