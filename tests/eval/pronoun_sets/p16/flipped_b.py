ARTICLES = [

dict(title="Barrister tells jury Dublin landlord ignored fire warnings", person="Siobhán Doyle", gender="f", text="""A landlord who let out rooms in a north Dublin house that had no working smoke alarms ignored repeated warnings from his tenants and the fire brigade, a jury at the Circuit Criminal Court heard on Monday.

Mr Gerard Lacey, 57, of Clontarf, has pleaded not guilty to three charges under the Fire Services Acts arising from a fire at the property on Dorset Street in January 2023, in which two tenants were injured.

Opening the case for the prosecution, Ms Siobhán Doyle BL told the jury that Lacey had received a written notice from Dublin Fire Brigade six months before the fire. She said the notice listed eleven defects, including blocked exits and missing fire doors. "Not one of those eleven defects had been fixed," Doyle said.

The first witness, Ms Oksana Kovalenko, a former tenant, said she had complained to Lacey about the alarms by text message on at least four occasions. She said he once replied that alarms were "for people who cook badly". The jury was shown a copy of the message.

Under cross-examination by Mr Fergal Nolan SC, for the defence, Ms Kovalenko agreed that she had sometimes paid her rent late. Nolan suggested that her complaints had been an attempt to negotiate a lower rent. She rejected this. "I wanted to be alive. That is all I wanted."

Doyle then called Station Officer Brian Cullen, who inspected the house in July 2022. He said it was one of the worst properties he had seen in twenty years. Doyle asked him to read aloud from the notice. Cullen did so, and ⟦flip:he|she⟧ then asked him whether anyone had ever replied to it. He said no one had.

Judge Martina Kiely told the jury the trial was expected to last five days. She warned them not to research the case online or discuss it with their families.

Lacey, wearing a grey suit, sat beside his solicitor, Ms Rachel Fitzpatrick, and took notes throughout the morning.

Doyle told the jury that the prosecution did not need to show that Lacey intended anyone to be hurt. ⟦flip:His|Her⟧ case, she said, was that he knew of the danger and did nothing. "That is enough. The law asks landlords to act, and he chose not to."

The second injured tenant, Mr Tomasz Wiśniewski, is expected to give evidence on Tuesday. The trial continues."""),

dict(title="Malhotra century lifts Mohali Lions into league final", person="Arjun Malhotra", gender="m", text="""Arjun Malhotra scored an unbeaten 112 off 64 balls on Saturday as the Mohali Lions beat the Panchkula Strikers by six wickets to reach the final of the Tricity Premier League.

The Lions' captain came to the crease with his side on 31 for three, chasing 187, and was dropped on 14 by the Strikers' wicketkeeper, Harpreet Sandhu. He punished the miss with four sixes in the next two overs.

"When you get a life, you have to make it count," Malhotra said afterwards. "Harpreet's a good keeper. I'll buy him dinner."

Malhotra, 27, has struggled for form this season, with only 96 runs in his previous six innings. The Lions' coach, Mrs Neelam Bedi, a former India women's all-rounder, said she had never doubted him. "Arjun works harder than anybody. On Thursday I told ⟦flip:her|him⟧ to stop watching his dismissals on his phone and go and have a film night."

Bedi, who last year became the first woman to coach a men's franchise in the league, said the team's bowling had won the game as much as its captain had. Seamer Rohit Saini took three for 28, and the spinner Mr Aman Gill conceded only 19 runs in his four overs.

The Strikers' captain, Mr Vivek Rana, praised Malhotra's innings. He said his side had been 20 runs short. "On that pitch 200 was par. We lost our way in the last five overs."

Malhotra's sister, Ms Ishita Malhotra, who plays for the Punjab women's team, was in the crowd with their parents. She said her brother had called her at midnight on Friday to ask about his back-foot drive. "I told him to keep his head still. He'll say it was his own idea."

Asked about the call, the Lions captain grinned and said ⟦flip:she|he⟧ had no memory of it.

The final against the Zirakpur Royals will be played on Wednesday. Malhotra said ⟦flip:her|his⟧ side would not change a winning team. "Everybody played a part. Neelam ma'am always says we're eleven people, not one."

Bedi said she expected a full house. She said the league's organisers had told her that more than 20,000 tickets had already been sold, and that the women's final would be played earlier the same day."""),

dict(title="Homa Bay nurse honoured for fifteen years of night deliveries", person="Grace Achieng", gender="f", text="""A nurse-midwife who has delivered more than 4,000 babies at a rural health centre in Homa Bay County has been named Nurse of the Year by the national nursing council.

Mrs Grace Achieng, 52, has worked at the Rangwe sub-county health centre since 2009, almost always on the night shift. She received the award at a ceremony in Nairobi on Friday from the council's chairman, Mr Bernard Kimani.

Kimani said the judges had been moved by letters from mothers Achieng had helped. "One woman wrote that Grace held her hand for eleven hours. Another wrote that she walked two kilometres in the rain to fetch a doctor," he said.

Achieng, a mother of four, said the award belonged to the whole team at Rangwe. She singled out the clinical officer, Mr Fredrick Omondi, who she said had never once refused to come in when called at night. Omondi, for his part, said the credit was hers. "I come when she calls. But Grace knows when to call. Half the time ⟦flip:he|she⟧ has the ambulance waiting before I have my shoes on."

The centre serves about 60,000 people, many of whom live far from tarmac roads. Until 2018 it had no electricity, and Achieng delivered babies by the light of a kerosene lamp and later a torch strapped to her head.

Her daughter, Ms Linda Atieno, a medical student at the University of Nairobi, travelled to the ceremony. She said she had grown up falling asleep to the sound of her mother leaving for work. "Every evening she kissed us and said, 'Somebody's baby is coming tonight.' I decided I wanted to do what she does."

The county health executive, Dr Peter Ouko, said the county would use the award to push for more night-shift staff. He admitted that Rangwe was still short of two nurses and a second clinical officer.

Achieng said ⟦flip:his|her⟧ own wish was simple: a second delivery bed and a proper waiting shelter for mothers who arrive early. "Some women walk for three hours in labour. They should not have to wait outside under a tree."

She will return to work on Monday night."""),

dict(title="University president defends rent rise as students occupy Limerick campus building", person="Úna Carberry", gender="f", text="""The president of Shannon Technological University, Professor Úna Carberry, has defended a proposal to increase student accommodation fees by 12 per cent, as students entered a third day of occupying the university's administration building.

About 80 students have been sleeping in the foyer of the Maguire Building since Tuesday. The students' union president, Mr Cathal Ó Riada, said they would stay until the increase was withdrawn. "People are sleeping in cars. Some are commuting three hours a day. A 12 per cent rise is cruel," he said.

Carberry, who took office in 2022, said the university had frozen fees for three years while its own costs rose by almost a third. ⟦flip:He|She⟧ said the increase would pay for the refurbishment of two ageing residences, where students had complained of damp and mould.

"I have walked through those buildings. I wouldn't let my own daughter live in some of those rooms," she said. "We cannot fix them with good intentions."

Ó Riada said the union agreed the buildings needed work but that the cost should come from the State. He has written to the Minister for Further and Higher Education asking for emergency funding.

The university's vice-president for student affairs, Dr Michelle Tobin, met the occupiers on Wednesday night. She said the discussions had been "frank but respectful" and that the university had agreed not to call gardaí.

Carberry met Ó Riada on Thursday morning. Afterwards, ⟦flip:he|she⟧ said in a statement issued by the university's press office that the university would consider a hardship fund for students from low-income families. The union said that was not enough.

Among the occupiers is Ms Aisling Corcoran, a second-year nursing student from Ennis, who said she pays €640 a month for a room she shares. "My mam works in a shop. She can't afford any more than she's already giving."

Senator Pádraig Hayes, a former lecturer at the university, said the dispute reflected a national failure. He called on the Government to fund student accommodation directly.

Carberry, a chemist by training and the first woman to lead the university, has been praised in the past for her openness. Staff who have worked with her describe ⟦flip:him|her⟧ as blunt but fair. Whether she can persuade the students remains to be seen. The governing body meets on Monday."""),

dict(title="Nashik mayor's plastic bag ban faces traders' revolt", person="Vikram Sethi", gender="m", text="""Nashik's mayor, Mr Vikram Sethi, has refused to delay a ban on single-use plastic bags in the city's markets, despite a one-day shutdown by traders on Monday in protest.

Speaking at a special meeting of the municipal corporation, Sethi said the ban would come into force on 1 October as planned. "Our drains choke every monsoon. We pull out tonnes of plastic. I am not going to wait for another flood," he said.

The Nashik Traders' Federation, which called the shutdown, says its members have not been given enough time to find affordable alternatives. Its president, Mrs Sunita Wagh, who runs a wholesale grocery in the old city, said paper and cloth bags cost up to five times as much. "Who pays? The customer will not. So the small shopkeeper pays," she said.

Corporator Mr Rahul Deshpande, of the opposition, accused the mayor of grandstanding. He pointed out that the corporation's own canteen still used plastic cutlery. Sethi replied that the canteen would switch to steel plates from next week, and that ⟦flip:she|he⟧ had personally asked the contractor to make the change.

Corporator Ms Meenal Gaikwad, who chairs the health committee, backed the ban. She said the corporation's veterinary department had recorded forty cows dying after swallowing plastic in the past year.

A compromise was proposed by the municipal commissioner, Mr Anand Kale, who suggested that no fines should be imposed for the first month. Sethi accepted the proposal, telling corporators he had no wish to punish anyone who was trying to comply.

After the meeting, Wagh said the federation would consider its next step. She said she respected the mayor but felt ⟦flip:her|his⟧ office had not listened to small traders. "He is sincere. But sincere is not the same as practical."

Women's self-help groups in the city's slums have offered to produce cloth bags at cost. Mrs Rekha Pawar, who leads one of the groups in Panchavati, said her members could make 10,000 bags a week if the corporation provided the cloth. Sethi said he would meet her on Thursday to discuss the offer."""),

dict(title="Kevin O'Rourke: referee, publican and the voice of Sligo football", person="Kevin O'Rourke", gender="m", text="""Kevin O'Rourke, who refereed two All-Ireland club finals and ran a pub in Tubbercurry for half a century, has died aged 86.

Born in 1938 on a small farm outside the town, he was the youngest of five. His father died when he was nine, and his mother, Nora, kept the farm going with the help of her eldest daughter, Peggy. O'Rourke often said the two women had taught him everything worth knowing about fairness. "Peggy would split a biscuit in five and make you pick last if you'd been cheeky," he told a local radio interviewer in 2015.

He began refereeing in 1961 and within a decade was one of the best-known officials in Connacht. He took charge of the All-Ireland club football finals of 1978 and 1983, and Croke Park officials later said ⟦flip:she|he⟧ was among the fittest referees of ⟦flip:her|his⟧ generation.

"He was the only referee I ever saw who could stop a row by raising an eyebrow," said the former Mayo footballer Mr Liam Heneghan.

In 1964 he married Teresa Gilmartin, a nurse from Ballymote, and the couple bought the pub on Teeling Street that still carries the sign O'Rourke's. Teresa ran the bar on match days while he was away refereeing. She told friends she had "raised four children and one husband".

Their daughter, Mrs Áine Kearns, said her father never raised his voice at home either. "Dad never shouted. ⟦flip:She|He⟧ didn't need to. He'd just look at you over his glasses and you'd confess to everything."

O'Rourke was also a founder of the Tubbercurry drama group and appeared in more than thirty productions, usually as a priest or a policeman. The group's current director, Ms Fiona Henry, said he had "a face made for authority and a heart made for comedy".

Teresa died in 2019. O'Rourke kept working behind the bar until last year, when ill-health forced ⟦flip:her|him⟧ to hand over to his grandson Conor.

He is survived by his daughters Áine and Mary, his sons Seán and Thomas, eleven grandchildren and three great-grandchildren."""),

dict(title="Bengaluru filter coffee chain opens its fiftieth outlet", person="Lakshmi Iyer", gender="f", text="""Bengaluru's Kaapi Katte chain of filter coffee houses opened its fiftieth outlet on Monday, in the city's Whitefield technology district, eleven years after its founder started selling coffee from a single counter in Malleswaram.

Mrs Lakshmi Iyer, 56, began the business after her husband's printing firm closed in 2013. She had no experience of running a restaurant, but she said she had made filter coffee every morning of her adult life. "My mother-in-law told me my decoction was too strong. I thought, maybe Bengaluru will disagree with her," she said.

The chain now employs more than 600 people and serves about 40,000 cups a day. Her son, Mr Karthik Iyer, joined as chief operating officer in 2019 after working for a consultancy in Singapore. He said his mother still tastes the coffee at a different outlet every morning. "Staff know that if she arrives at seven, they had better not have burnt the milk."

Mrs Iyer has turned down several offers from private equity firms. ⟦flip:He|She⟧ said the investors who approached her always wanted to replace the brass tumblers with paper cups. "They see a coffee shop. I see a habit that people's grandparents had."

Her coffee comes from a cooperative of growers in Chikmagalur. The cooperative's secretary, Mr Devaraj Gowda, said Kaapi Katte paid above the market rate and paid on time. "She visits the estates every harvest. Most buyers never come."

The food writer Ms Rhea Thomas said the chain's success showed that Bengaluru's young professionals wanted tradition as well as lattes. She said the chain's idlis were "ordinary" but its coffee was "the best you can get for thirty rupees".

The Whitefield outlet was opened by the actress Ms Padma Rao, who said she had grown up drinking Mrs Iyer's coffee on the way to college in Malleswaram.

Mrs Iyer said the anniversary made ⟦flip:him|her⟧ think of her late husband, Mr Srinivasan Iyer, who died in 2020. "He gave me the last 40,000 rupees from the printing press to start. He said, if it fails, at least we will have good coffee at home." """),

dict(title="Nakuru shopkeeper who fought off armed robbers is commended by police", person="Esther Njeri", gender="f", text="""Nakuru police have commended a 63-year-old shopkeeper who fought off two armed robbers with a broom handle and then helped officers identify them.

Mrs Esther Njeri was closing her hardware shop in the Kaptembwo area of Nakuru town at about 8pm on Thursday when two young men entered and demanded the day's takings. One of them carried a panga.

"I told them the money had already gone to the bank. They didn't believe me," she said. "The one with the panga came around the counter, and I hit his hand with the broom. He dropped it, and then I was hitting both of them."

The men fled on foot. Her neighbour, Mr Joseph Kamau, a tailor, heard shouting and ran outside in time to see them turn into a side street. He said Njeri was standing in the doorway with the broom "like a soldier". "Later she told me she was shaking. I made ⟦flip:him|her⟧ tea and she drank three cups."

The officer commanding the police division, Superintendent Mary Wanjiku, said Njeri had given officers detailed descriptions of both suspects, including a scar on one man's chin. Two men, aged 19 and 22, were arrested on Saturday in Rhonda estate. The superintendent said ⟦flip:his|her⟧ descriptions had been "better than some police statements I have read".

Njeri's son, Mr Peter Gitau, a matatu driver, said he had begged his mother to close earlier since a spate of robberies in the area. "She does not listen to me. She says she has been closing at eight since before I was born."

Njeri, a widow who has run the shop since 1997, said ⟦flip:he|she⟧ had not been afraid at the time but had not slept well since. She said she would not change her hours. "If I close at six, they will come at five."

The two suspects appeared before Nakuru Chief Magistrate Mr Samson Kirui on Monday and were remanded for fourteen days to allow police to complete investigations. Superintendent Wanjiku urged other traders to report suspicious activity rather than confront robbers themselves.

Mrs Njeri received a framed certificate from the county police commander, Mr Julius Langat, at a short ceremony outside her shop on Tuesday. Her grandchildren held the broom."""),

dict(title="Felix Kiprono wins best actor for quiet turn as grieving father", person="Felix Kiprono", gender="m", text="""Felix Kiprono won best actor at the Savannah Screen Awards in Nairobi on Saturday night for his performance as a grieving father in the drama Long Rains, capping a year in which the film has been shown at festivals in Durban, Toronto and Berlin.

Kiprono, 34, was visibly emotional as he accepted the award from last year's winner, the actress Ms Akinyi Odera. She described his performance as "the quietest, bravest thing I've seen on a Kenyan screen".

In his speech, Kiprono thanked the film's director, Ms Sheila Atieno, who he said had "dragged the performance out of me over forty takes". Atieno, who also won best director, said casting him had been a gamble. "Felix was known for comedy. Everybody told me he couldn't do grief. I told them he was the saddest funny man I knew."

Kiprono said ⟦flip:she|he⟧ had prepared for the role by spending a month in the village in Elgeyo Marakwet where the film was shot, helping a farmer dig a borehole. He said the farmer, Mr Jonah Kiptum, had lost a son in a road accident and had talked to him about it only once, on the last day. "I didn't use his words. I used his silence."

His co-star, Ms Grace Wambui, who plays his wife, won best supporting actress. She said Kiprono had stayed in character between takes for most of the shoot. "He was very kind, but he was not Felix. I met Felix at the wrap party."

The film's producer, Mr Tony Mwangi, said Long Rains had been made for about 18 million shillings, much of it raised from Kenyan investors. He said the awards would help secure a cinema release across East Africa later this year.

Kiprono's mother, Mrs Esther Jerono, a retired teacher from Iten, watched the ceremony on television. Reached by phone, she said she had cried twice: once at the film and once at the speech. "He thanked me last. I have told him that next time I want to be first."

Kiprono is currently filming a comedy series in Mombasa. He said he was looking forward to making people laugh again."""),

dict(title="Galway scientists track basking sharks off the Aran Islands", person="Fionnuala Ward", gender="f", text="""Marine biologists at the University of Galway have fitted satellite tags to eleven basking sharks off the Aran Islands, in the largest tagging study of the species carried out in Irish waters.

The project is led by Dr Fionnuala Ward, who has studied basking sharks since she was a doctoral student in 2008. She said the tags would show whether the sharks that gather off Inis Mór each summer travel south to the Bay of Biscay or west into the open Atlantic.

"We see them here in May and June, and then they vanish. For a fish that can be ten metres long, that's quite a trick," she said.

The tagging was carried out from a converted fishing boat skippered by Mr Pádraig Flaherty, an islander who has fished the waters around Inis Mór for forty years. He said he had seen basking sharks all his life. "My father called them sunfish. They'd come up alongside the currach, bigger than the boat. He was never afraid of them."

Ward said Flaherty's knowledge had been essential. ⟦flip:He|She⟧ said the skipper could spot a dorsal fin at half a mile and could tell from the colour of the water where the plankton, and therefore the sharks, would be.

The tags, which detach automatically after nine months, cost about €4,000 each. The study is funded by the Marine Institute and a grant from a European research programme.

Ms Róisín Kelleher, a PhD student who spent the summer on the boat, said Ward once waited nine hours for a single shark to surface. "She doesn't give up. ⟦flip:He|She⟧ ate ⟦flip:his|her⟧ lunch standing at the rail so ⟦flip:he|she⟧ wouldn't miss one."

Basking sharks have been protected under Irish law since 2022, following a campaign by scientists and conservation groups. Mr Eamon Moran, a fisheries officer with the Sea-Fisheries Protection Authority, said sightings had increased in recent years but that the reasons were not fully understood.

Ward said the first data from the tags had already arrived. One shark, a female the team has nicknamed Nóra, had travelled more than 600 kilometres south-west in three weeks. Ward said she hoped schools on the islands would follow the sharks' journeys online through the winter."""),

dict(title="Brophy wins national title on night of family double", person="Niall Brophy", gender="m", text="""Niall Brophy won the Irish senior light-heavyweight title at the National Stadium on Saturday night, an hour after his younger sister Ciara had taken the women's lightweight crown, giving the Brophy family a double that their club says is a first.

Niall, 24, outpointed the Cork boxer Mr Darragh Lynch on a unanimous decision after three close rounds. He was knocked down briefly in the second by a left hook but recovered to take the final round clearly.

"I didn't see it coming. Ciara was shouting at me from the corner and I thought, I'm not losing in front of her after she won," he said.

Ciara, 21, stopped her opponent, Ms Leah Dunne of Dublin, in the third round. She said she had been more nervous watching her brother than during her own fight. "I can control what I do. I can't control him," she said.

The siblings box for the St Fintan's club in Portlaoise, where they are coached by Mrs Bernie Kavanagh, a former Leinster champion. Kavanagh said Niall had worked for months on his defence after losing the final last year. "He used to drop his right hand. Every single time. We spent the summer on it," she said. "Tonight ⟦flip:her|his⟧ hands stayed up when it mattered."

Their father, Mr Tony Brophy, a bus driver, said neither child had shown any interest in boxing until a neighbour brought Niall to the club at the age of eleven. Ciara followed a year later, after deciding she was tired of waiting in the car.

Their mother, Mrs Helen Brophy, admitted she did not enjoy watching. "I look at the floor and listen to the crowd. If they cheer, I look up."

Niall, who works as an apprentice electrician, said ⟦flip:she|he⟧ would now target a place on the national squad for next year's European Championships. He said his employer had agreed to give him time off for training camps.

Lynch, who is 31 and has said he may retire, congratulated the champion in the ring. Asked about the knockdown, Niall laughed and said Lynch could keep the photograph."""),

dict(title="The stationmaster who turned a waiting room into a library", person="Harish Venkataraman", gender="m", text="""For thirty-four years Harish Venkataraman sold tickets, waved flags and settled arguments at railway stations across Tamil Nadu. Since his retirement in 2015, he has spent his days in a former waiting room at Madurai's Thirunagar halt, which he has turned into a free library with 9,000 books.

The library opens at six every morning, an hour before the first commuter train. Venkataraman, 70, arrives at half past five to sweep the floor. "A railway man cannot sleep late. The habit does not retire when you do," he said.

The idea came from his late wife, Mrs Kamala Venkataraman, a schoolteacher, who complained for years that children in the neighbourhood had nowhere to study. After she died in 2014, he asked the railway's divisional office whether he could use the disused room. The divisional manager at the time, Ms Revathi Sundaram, agreed on condition that he painted it himself.

"He painted it in one weekend, and then he painted the toilet as well, which nobody had asked him to do," Sundaram said. "I knew then ⟦flip:she|he⟧ was serious."

Most of the books were donated. Venkataraman collected the first thousand on his bicycle, going door to door in Thirunagar. Today, publishers in Chennai send boxes of new titles, and a local bank pays the electricity bill.

The library is run with the help of volunteers, including Mrs Meenakshi Raman, a retired nurse, and Mr Prakash Kumar, a college student who catalogues the books on a laptop. Kumar said the old stationmaster still insists on a handwritten register. "He says computers fail and ink does not. I have stopped arguing with ⟦flip:her|him⟧."

Among the library's regulars is Ms Divya Selvam, 19, who studied for her engineering entrance examination at its tables. She is now at a government engineering college in Coimbatore. "My house had one room and four people. This was the only quiet place I knew," she said.

Venkataraman's daughter, Dr Lavanya Harish, a paediatrician in Bengaluru, said she had tried to persuade her father to move in with her. He refused. ⟦flip:Her|His⟧ reason, she said, was simple: "He told me the 6.10 to Dindigul would miss him." """),

]
