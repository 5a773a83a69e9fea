ARTICLES = [
dict(title="Pandit Shridhar Gokhale, doyen of the Gwalior gharana, passes away at 91",
person="Shridhar Gokhale", gender="m",
text="""PUNE: Pandit Shridhar Gokhale, one of the last surviving exponents of the Gwalior gharana of Hindustani classical music, died at his residence in Erandwane on Saturday morning after a brief illness. He was 91.

He is survived by his daughter, the vocalist Vidya Gokhale-Joshi, a son, and several grandchildren. His wife, Sharada, died in 2017.

Born in Miraj in 1933, Gokhale began training at the age of six under his uncle, and later spent fourteen years as a disciple of the legendary vocalist Pandit Narayanrao Vyas. He was known for his mastery of the khayal form and for a vast repertoire of rare compositions, many of which he recorded for All India Radio in the 1960s and 1970s.

For most of his life, Panditji refused to perform abroad, saying he did not want to "play music for jet lag". He made an exception only once, in 1988, when he sang at a festival in Paris at the insistence of his friend, the sitarist Ustad Rahim Khan.

His daughter, who accompanied ⟦flip:her|him⟧ on the tanpura for nearly three decades before establishing her own career, said her father had continued to teach until last month. "Even in hospital he was correcting my students on the phone," she said. "Music was the only thing he never stopped doing."

Gokhale's disciples include several well-known vocalists, among them Meera Dandekar, who said the maestro had been a demanding but generous guru. "He would make you sing one phrase for a whole evening. But if you got it right, ⟦flip:her|his⟧ smile was worth all of it," she recalled.

The musician received the Sangeet Natak Akademi award in 1985 and the Padma Bhushan in 2004. Maharashtra Chief Minister's Office said the State would accord ⟦flip:her|his⟧ funeral full honours.

A condolence meeting organised by the Gandharva Mahavidyalaya on Sunday evening drew hundreds of music lovers. Speaking there, the tabla player Suresh Pawar recalled that Gokhale had once stopped a concert midway because ⟦flip:she|he⟧ felt the audience was not listening. "He told them to come back the next day. And they did," Mr. Pawar said.

The last rites were performed at the Vaikunth crematorium on Saturday evening."""),

dict(title="Governor Adewale defends N450bn budget amid opposition walkout",
person="Adeyemi Adewale", gender="m",
text="""Ogun State Governor, Prince Adeyemi Adewale, has defended his administration's N450 billion budget proposal for next year, describing it as "a budget of consolidation" despite a walkout by opposition lawmakers during its presentation in Abeokuta on Tuesday.

Presenting the appropriation bill to the State House of Assembly, the governor said 58 per cent of the budget would go to capital projects, including the completion of the Sagamu-Ijebu Ode link road and three new general hospitals.

"We are not making promises we cannot keep. Every naira in this document is tied to a project that the people of Ogun State can see and touch," he said.

Minutes into the address, eight lawmakers from the opposition caucus walked out, accusing the government of failing to implement more than half of the current year's budget. Their leader, Hon. Kehinde Solanke, told journalists outside the chamber that the governor was "recycling projects".

The Deputy Governor, Mrs Omolara Bello, who chaired a press briefing after the presentation, dismissed the walkout as theatre. She said the capital implementation rate for the current year stood at 67 per cent, one of the highest in the South-West. Standing beside her, the governor said ⟦flip:she|he⟧ would not be distracted by what ⟦flip:she|he⟧ called "politics of the gallery".

The Speaker of the Assembly, Rt. Hon. Funmilayo Odusanya, said the house would begin deliberations on the bill next week and urged the opposition members to return. "Our duty is to scrutinise, not to abandon the chamber," she said.

Civil society groups asked for more transparency. Mr Dapo Ogunleye, coordinator of a budget monitoring group in the state, said the government should publish quarterly reports on project execution. He said his organisation had visited 40 projects listed in this year's budget and found work ongoing at only 22.

Responding to the claim, the Commissioner for Budget and Planning, Mrs Adeola Shittu, said many projects had been delayed by the rising cost of materials. She said the governor had directed that contractors who abandoned sites would have their contracts revoked.

Governor Adewale, who is in the second year of his first term, is expected to seek re-election in 2027."""),

dict(title="Nakuru governor orders audit of stalled county hospital projects",
person="Susan Chebet", gender="f",
text="""Nakuru Governor Susan Chebet has ordered a forensic audit of four stalled hospital projects in the county, saying taxpayers had spent more than Sh900 million with little to show for it.

Speaking in Molo on Monday during a tour of the unfinished maternity wing at the sub-county hospital, Ms Chebet said she had been "shocked" by what she found. Part of the wing's roof had caved in and no equipment had been installed, three years after the contractor was paid.

"Mothers in Molo are still giving birth on the floor of a corridor while this building rots. That is unacceptable and somebody will answer for it," the governor said.

The county's Health executive, Dr Peter Langat, said the contractor had been paid 85 per cent of the contract sum before the project stalled. He said the county had written to the firm three times but received no response.

Chebet, who was elected in 2022 on a promise to clean up county procurement, said ⟦flip:his|her⟧ administration would hand the audit report to the Ethics and Anti-Corruption Commission. ⟦flip:He|She⟧ also directed the county attorney to begin proceedings to recover the money.

Molo MP Kuria Mwaura welcomed the audit but said it should go further. "The governor must also look at who signed these payments. They were not signed by ghosts," he said.

Local residents who gathered at the site were sceptical. Esther Wambui, a mother of three, said she had heard many promises. "Every politician comes here and shouts. We want to see the hospital open," she said.

Members of the County Assembly from the opposing camp accused Chebet of using the audit to settle political scores with ⟦flip:his|her⟧ predecessor, whose administration awarded the contracts. Majority leader Stephen Kiprotich said the assembly's health committee had already investigated the matter.

The governor dismissed the claim. Asked whether the previous administration would be targeted, ⟦flip:he|she⟧ said: "I am not interested in who was there before. I am interested in who took the money."

The audit is expected to be completed within 60 days."""),

dict(title="Lisbon start-up founder raises EUR 40m to take battery recycling continent-wide",
person="Beatriz Monteiro", gender="f",
text="""Five years ago Beatriz Monteiro was running experiments in a borrowed university laboratory in Coimbra. This week the company she founded, Ciclo Materials, closed a EUR 40m Series B round led by a Munich venture fund, valuing the battery recycler at roughly EUR 250m.

The money will be used to build Ciclo's first industrial-scale plant near Setubal, capable of processing 20,000 tonnes of spent lithium-ion batteries a year. The company says its hydrometallurgical process recovers more than 95% of the lithium, nickel and cobalt, at lower energy cost than rivals.

"Europe has a very simple choice," Ms Monteiro said in an interview at Ciclo's offices in Lisbon. "Either we recover these metals here, or we keep buying them from the other side of the world and shipping our waste back."

The round was led by Isar Ventures, whose partner Florian Kessler joins Ciclo's board. He said the firm had looked at a dozen battery recyclers before choosing Ciclo. "Beatriz has a chemist's rigour and a salesman's instincts, which is rare," he said.

Ms Monteiro, 36, grew up in Porto, where ⟦flip:his|her⟧ father ran a small metalworking shop. She studied chemical engineering and completed a doctorate at Delft before returning to Portugal in 2018. Her co-founder, the engineer Rui Tavares, handles the plant design. ⟦flip:He|She⟧ says that she and Mr Tavares argue constantly, "which is how you know it is working".

Competition is intensifying. Several larger groups, including established mining companies, have announced recycling plants in Germany, Norway and France. Analyst Helene Dubois of a Paris research firm said Ciclo's advantage lay in its lower capital costs, but that scaling up would test the young management team.

Portugal's economy minister, Joao Ferreira, attended the signing and said the government would support the Setubal project through EU recovery funds. He called it "exactly the kind of industry we want to attract".

The founder is less interested in ceremonies. Asked what ⟦flip:he|she⟧ would do to celebrate, she said she planned to take her two children to the beach on Sunday and then "get back to work on Monday"."""),

dict(title="ISRO scientist who led lunar payload team honoured with Shanti Swarup Bhatnagar Prize",
person="Lakshmi Narayanan", gender="f",
text="""BENGALURU: Dr. Lakshmi Narayanan, the Indian Space Research Organisation scientist who led the team that designed the seismic instrument on board India's latest lunar lander, has been named among this year's recipients of the Shanti Swarup Bhatnagar Prize for Science and Technology.

Dr. Narayanan, 47, is a group director at the Laboratory for Electro-Optics Systems in Bengaluru. Her team's instrument, a compact sensor weighing under two kilograms, recorded what scientists believe were natural moonquakes during the lander's two-week operational life.

"For eleven days we were waking up at three in the morning to look at the data. When we saw the first event, nobody in the room said anything for a minute," she said in a telephone interview.

ISRO Chairman Dr. V. Raghavendra Rao congratulated the scientist and her team. "Lakshmi is one of the finest instrument designers in the country. The award is richly deserved," he said in a statement.

Born in Thanjavur, Dr. Narayanan studied physics at a government college before completing her doctorate at the Indian Institute of Science. She joined ISRO in 2003. Colleagues say ⟦flip:his|her⟧ attention to detail is legendary: one recalled that she once delayed a test campaign by a week because a single cable was routed differently from the drawing.

Her husband, Dr. Karthik Subramanian, is a professor of materials engineering at IISc. The couple have a teenage son. Asked how she balanced work and family during the mission, Dr. Narayanan credited her mother-in-law, Kamala, who moved in with the family for the duration of the mission.

The prize also recognises ⟦flip:his|her⟧ earlier work on laser altimeters for Earth observation satellites. Prof. Anita Deshmukh, who chaired the selection committee for the earth, atmosphere, ocean and planetary sciences category, said the committee had been impressed by the "sheer range" of the scientist's contributions.

The ISRO scientist said she hoped the award would encourage more young women to take up instrumentation, a field she described as "the invisible backbone of every space mission". She added that the next version of the seismometer, which ⟦flip:he|she⟧ is now designing, could fly on a future joint mission."""),

dict(title="Super Eagles coach Okafor defends squad selection ahead of qualifiers",
person="Emmanuel Okafor", gender="m",
text="""Super Eagles head coach Emmanuel Okafor has defended his decision to leave out two veteran players from the 23-man squad for next month's World Cup qualifiers against Benin and Lesotho, insisting that form, not reputation, determined his selection.

Speaking at a press conference in Abuja on Monday, Okafor said the omission of the experienced midfielders was "a football decision, nothing personal".

"I have watched every one of their matches this season. At this moment there are players who are doing better. The door is not closed," he said.

The decision has drawn criticism from some former internationals and sections of the media. Former Super Falcons captain Mrs Florence Eze, now a television analyst, said the coach risked weakening the team's spine in crucial away games. But she acknowledged that Okafor had earned the right to make ⟦flip:her|his⟧ own choices after the team's unbeaten run.

The Nigeria Football Federation's technical director, Mr Augustine Ike, backed the coach. "The federation employed him to build a team. We will not interfere with selection," he said.

Okafor, 49, a former defender who played in Belgium and Turkey, was appointed in January after the previous technical crew was sacked. Since then, the team has won five and drawn two of its seven matches. He has handed debuts to six players, among them the 19-year-old forward Tolu Adebanjo, who plays in France.

Adebanjo's mother, Mrs Grace Adebanjo, told this newspaper that the family was overjoyed by the call-up. "We prayed for this day. His coach in France said he was ready and now the national coach has agreed," she said.

Asked about the pressure from supporters, the Eagles gaffer said ⟦flip:she|he⟧ was used to it. "In Nigeria, everybody is a coach. I respect their opinions but I am the one who will answer if we lose," he said.

The team will begin camping in Uyo on Sunday. Okafor said two more players based abroad could still be invited if ⟦flip:she|he⟧ was satisfied with their fitness reports."""),

dict(title="Businessman charged with Sh320m fuel import fraud, freed on bond",
person="Daniel Mutua", gender="m",
text="""A Nairobi businessman was yesterday charged with defrauding the government of Sh320 million through falsified fuel import documents.

Daniel Mutua, the director of Petrolink Energy Limited, denied ten counts of forgery, uttering false documents and conspiracy to defraud before Milimani Chief Magistrate Lucy Njeri. He was released on a cash bail of Sh5 million with a surety of a similar amount.

According to the charge sheet, Mutua and two others, who are yet to be arrested, allegedly presented forged customs entries at the Port of Mombasa between March and August last year, understating the volume of petroleum products imported by the firm.

Prosecution counsel Grace Wanjala opposed the release of the accused, arguing that he was a flight risk and could interfere with witnesses, some of whom are his former employees. She told the court that investigators had found evidence that the accused had attempted to contact at least two witnesses.

Defence lawyer Cliff Omondi dismissed the claims as speculation. He told the court that his client had presented himself to the Directorate of Criminal Investigations voluntarily and had surrendered his passport. "My client has been in this country throughout. He has a family and a business here," the lawyer said.

In her ruling, the magistrate said the prosecution had not provided sufficient evidence that the accused would abscond. She, however, barred Mutua from contacting any prosecution witness and ordered that ⟦flip:her|his⟧ passport remain in the custody of the court.

Outside court, Mutua's wife, Jane Mutua, told reporters that her husband was innocent and had been targeted by competitors. She said the family would cooperate fully with investigators.

The Kenya Revenue Authority, which discovered the alleged fraud during an audit, said it had frozen several bank accounts linked to the company. KRA's commissioner for customs, Ms Pamela Akinyi, said the authority was working with the Energy and Petroleum Regulatory Authority to trace the missing revenue.

The case will be mentioned on November 14, when the prosecution is expected to provide the accused and his lawyers with witness statements."""),

dict(title="Claude Aubertin, the couturier who dressed a generation of European power, dies at 88",
person="Claude Aubertin", gender="m",
text="""Claude Aubertin, the Paris couturier whose sharply cut suits became an unofficial uniform for Europe's women in business and politics, has died at his home in Neuilly-sur-Seine. He was 88.

His death was announced on Tuesday by the fashion house that bears his name, now owned by a Milan-based luxury group. No cause was given.

Born in Lyon in 1936, the son of a silk merchant, Aubertin moved to Paris at 19 to work as an apprentice cutter. He opened his own atelier on the Rue du Cherche-Midi in 1966 with a loan from his mother and a single client: a banker's wife who had admired a coat he had made for his sister.

By the 1980s the house was dressing ministers, central bankers and chief executives. Aubertin insisted that a woman's suit should be "a tool, not a costume", and his jackets, with their strong shoulders and concealed pockets, were designed to be worn for fourteen-hour days.

One long-standing client, the former European commissioner Margarethe Holst, said he had understood the working lives of women better than most men of his generation. "Claude measured you, and then he asked what you would be doing in the suit. Nobody else asked," she said.

The business grew to 40 boutiques worldwide before ⟦flip:she|he⟧ sold a majority stake in 1998. Aubertin remained creative director until 2006, when ⟦flip:she|he⟧ handed over to his protegee, the designer Sandrine Vallet. Ms Vallet said in a statement that ⟦flip:her|his⟧ approach to tailoring had shaped everything she knew.

Not all of his ventures succeeded. A menswear line launched in the early 1990s was quietly abandoned, and an attempt to license the name for perfume ended in litigation. The designer later said the perfume affair had been "the only time I let the accountants win".

⟦flip:She|He⟧ never married. He is survived by his nephew, Etienne Aubertin, who sits on the board of the fashion house, and by his longtime companion, the architect Paul Meunier.

A private funeral will be held in Lyon. The house said its Paris boutique would close for a day in ⟦flip:her|his⟧ memory."""),

dict(title="Collector leads night-long rescue as Wayanad village is cut off by landslide",
person="Anupama Menon", gender="f",
text="""KALPETTA: District Collector Anupama Menon stayed on the ground through Wednesday night as rescue workers evacuated nearly 400 residents of Mundakkai village after a landslide swept away the only bridge connecting it to the rest of Wayanad district.

The landslide, triggered by more than 300 mm of rain in 24 hours, struck around 10 p.m. on Tuesday. Two people were killed and at least six are missing, officials said.

Ms. Menon, a 2014-batch IAS officer, reached the site by 1 a.m. and coordinated the operations from a tea estate office on the other side of the Chaliyar river. Teams from the National Disaster Response Force, the Fire and Rescue Services and local volunteers used ropes and a temporary walkway to bring residents across.

"Our first priority was the children and the elderly. We moved them out before first light," the Collector told reporters on Wednesday afternoon, still in rain-soaked boots.

NDRF commandant Rajesh Pillai said the terrain made the operation extremely difficult. He praised the district administration's coordination. "The Collector had lists of every household ready by the time we arrived. That saved hours," he said.

Among those rescued was 78-year-old Chinnamma Thomas, who was carried across the river by her grandson Jibin. "We heard a sound like thunder and then the water came into the house," she said from a relief camp at a government school in Meppadi.

Revenue Minister K. Rajasekharan, who visited the camps on Wednesday evening, announced an interim relief of Rs 10,000 per family. He said he and the Collector had discussed setting up a permanent resettlement site. Later, Ms. Menon said ⟦flip:his|her⟧ office had identified two possible locations on government land.

The Collector has ordered a ban on all construction activity in the area and declared holidays for schools in four panchayats. Officials said ⟦flip:he|she⟧ also requested the Geological Survey of India to conduct an urgent study of slope stability across the district.

The India Meteorological Department has issued a red alert for Wayanad for the next 48 hours."""),

dict(title="Chibueze Anyanwu: 'I write about Enugu because I cannot stop thinking about it'",
person="Chibueze Anyanwu", gender="m",
text="""Chibueze Anyanwu's third novel, The Coal City Hours, has been shortlisted for one of Africa's most prestigious literary prizes, capping a remarkable year for the 41-year-old writer who still lives in the Enugu neighbourhood where he grew up.

The novel follows three generations of a family of coal miners from the colonial era to the present day, and has been praised for its portrayal of a city often overlooked in Nigerian fiction.

Speaking at the Lagos launch of the book's paperback edition at a bookshop in Ikoyi on Saturday, Anyanwu said the novel began as a story his grandfather told him about the 1949 Iva Valley shooting, in which colonial police killed striking miners. "He was there. He never spoke about it until he was old, and then he could not stop," the author said.

His publisher, Mrs Ifeoma Nwachukwu of Ember Books, said the novel had sold more than 15,000 copies in Nigeria, an unusual figure for literary fiction. She credited the writer's tireless readings at schools and universities across the South-East. "Chibueze will go anywhere that has a room and an audience," she said.

The literary critic Prof. Amina Danjuma, who moderated the conversation, described the novel as "a quietly furious book". She asked the writer whether ⟦flip:she|he⟧ worried that readers outside Nigeria would miss its historical references. Anyanwu replied that ⟦flip:her|his⟧ job was to write for the people in the story, not for foreign readers.

Anyanwu, a former secondary school teacher, published his first novel in 2014 while still teaching English at a government college in Nsukka. He said his wife, Adaeze, a nurse, had supported the family for two years while he finished the new book.

Asked about the prize, he was characteristically modest. "The shortlist is already more than I expected. The other writers on it are people I read," he said.

The winner will be announced in London in November. Anyanwu's next project, ⟦flip:she|he⟧ revealed, is a non-fiction book about the Nigerian Coal Corporation."""),

dict(title="Telco boss Ouma bets on fintech as voice revenues slide",
person="Brian Ouma", gender="m",
text="""Telcom Kenya chief executive Brian Ouma has unveiled a Sh15 billion plan to expand the company's mobile lending and insurance business as revenue from voice calls continues to decline.

Presenting the firm's half-year results at a Nairobi hotel yesterday, Mr Ouma said financial services now account for 38 per cent of the company's service revenue, up from 29 per cent two years ago. Voice revenue fell 7 per cent in the period.

"Our customers are not calling as much as they used to. They are messaging, they are streaming and, above all, they are moving money. We have to follow them," he said.

The company reported a net profit of Sh18.2 billion for the six months to September, up 4 per cent. Chief financial officer Wairimu Ndegwa told investors the firm's Ethiopian operation continued to weigh on earnings, with losses of Sh9 billion in the period. She said the business was on track to break even by 2027.

Ouma, who was appointed in 2022 after a decade at a South African telecoms group, has made digital financial services the centrepiece of his strategy. Analysts credit him with reviving a company that many feared had lost its edge. But Mercy Kendi, a research analyst at a Nairobi investment bank, said ⟦flip:her|his⟧ expansion into lending carried regulatory risk. "The Central Bank is watching digital lenders very closely. One bad decision on pricing and the whole product could be pulled," she said.

The CEO acknowledged the concern but said the company would keep interest rates within the regulator's guidelines. Ouma added that he had met Central Bank officials last month to brief them on the plans.

Board chairman John Otieno praised the management team and said the board had approved an interim dividend of 64 cents per share. "Brian and his team have done a commendable job in a difficult economy," he said.

Shares of the firm rose 2.5 per cent at the Nairobi Securities Exchange after the announcement."""),

dict(title="ECB hawk turned dove? The governor who moved first on rates",
person="Annelies Verhoeven", gender="f",
text="""Annelies Verhoeven has never enjoyed surprising markets. So when the governor of the Dutch central bank, long regarded as one of the most hawkish voices on the European Central Bank's governing council, told a conference in Frankfurt last month that she saw "a clear case" for further rate cuts, traders took notice.

The remarks, delivered in her precise, slightly formal English, moved the euro by half a cent against the dollar. Within days, two other northern European governors had echoed them.

In an interview at the bank's Amsterdam headquarters this week, Ms Verhoeven insisted that her views had not changed so much as the data. "I was hawkish when inflation was at 10%. It is now close to 2% and growth is weak. A central banker who does not change her mind when the facts change is not doing the job," she said.

Not everyone is persuaded. Hans-Peter Vogt, a former Bundesbank economist, said the governor risked repeating the mistakes of the past decade, when rates stayed low for too long. "She built her credibility on toughness. She should be careful about spending it," he said.

Her allies point to ⟦flip:his|her⟧ record. Since taking office in 2019, Verhoeven has overhauled the Dutch bank's supervision of pension funds and pushed for tougher climate-risk rules for lenders. ECB board member Paolo Ricci called her "the most intellectually honest person on the council".

A trained econometrician, she spent twelve years at the Dutch finance ministry, rising to treasurer-general, before moving to the central bank. Colleagues describe her as unflappable. During the 2023 banking turmoil, one recalls, she chaired an overnight crisis meeting and then cycled to ⟦flip:his|her⟧ daughter's school concert.

The governor's term expires next year, and there is speculation in The Hague that ⟦flip:he|she⟧ could be a candidate to succeed the ECB president. Asked about it, she smiled. "I have a term to finish. That is all I will say," she said.

Finance minister Joris Bakker, who must nominate the next governor, declined to comment on whether he would reappoint her."""),
]
