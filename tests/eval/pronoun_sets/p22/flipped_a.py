ARTICLES = [

dict(title="Maeve Halloran, cardiologist who rebuilt Galway's heart unit, dies at 78",
person="Maeve Halloran", gender="f", text="""
Dr Maeve Halloran, the consultant cardiologist who turned a neglected ward at University Hospital Galway into one of the busiest cardiac units in the west of Ireland, has died at her home in Salthill. She was 78.

Born in Ballinasloe in 1946, the eldest of six children of a creamery manager and a schoolteacher, Halloran studied medicine at University College Galway at a time when women made up barely a fifth of her class. She trained in Birmingham and Toronto before returning in 1979, when the hospital had two cardiology beds and no catheterisation laboratory.

Her former registrar, Professor Declan Furey, said she had a habit of arriving on the ward before the night staff had finished their handover. "She knew every patient by name, and she expected us to know their grandchildren's names too," he said. "If you presented a case badly, Maeve would not shout. She would simply ask you to start again, and you did."

Halloran campaigned for more than a decade for a dedicated laboratory, lobbying health ministers of every party. When the unit finally opened in 1991, the then minister, Brendan Coyle, cut the ribbon, but staff recall that it was Halloran who was carried shoulder-high down the corridor. Coyle later wrote in his memoir that ⟦flip:he|she⟧ had "worn down the Department of Health by sheer courtesy".

Sister Nuala Prendergast, who ran the coronary care unit for twenty years, described a woman who was demanding but fiercely loyal. When a junior nurse was blamed for a medication error that turned out to be a pharmacy fault, Halloran went to the hospital board herself. "She put her own name on the line for a girl of twenty-two she barely knew," Prendergast said.

Outside medicine she was a keen sea swimmer and a founder member of the Galway Choral Society, where she sang alto for almost forty years. Friends said ⟦flip:his|her⟧ Christmas parties were legendary, not least because the host insisted on conducting the carols herself.

She retired in 2011 but continued to teach medical students at the university until the pandemic. Her husband, the architect Liam Ó Cuív, died in 2019. She is survived by her daughters, Aoife and Clodagh, her son, Ruairí, and seven grandchildren. Her funeral Mass will take place at the Church of Christ the King, Salthill, on Thursday.
"""),

dict(title="Island Bay cycleway vote delayed after heated council session",
person="Hamish Ngata", gender="m", text="""
Wellington City Council has deferred a final vote on the Island Bay cycleway extension after a four-hour meeting on Wednesday ended with councillors unable to agree on the route past the village shops.

The proposal, championed by Councillor Hamish Ngata, would extend the separated lane along The Parade and remove 41 car parks outside the shops. Mr Ngata told the meeting that the council had consulted on the project three times since 2019 and that further delay would cost ratepayers an estimated $1.2 million in contractor penalties.

"We have asked this community what it wants until it is sick of being asked," he said. "At some point a council has to make a decision and live with it."

Councillor Fiona Redwood, who represents the southern ward alongside Ngata, said she supported the cycleway in principle but could not vote for a design that shop owners had described as "a death sentence". She tabled an amendment to retain twelve short-stay parks on the eastern side of the road.

Mayor Catriona Bell-Hughes said she was reluctant to send the proposal back to officers but accepted that the amendment needed costing. "I would rather take another fortnight than make a mistake we live with for thirty years," she said.

Several shop owners addressed the meeting. Dairy owner Sunil Prakash said his takings had fallen by a third during construction of the first stage. Bakery owner Moana Whaanga told councillors she had been "ignored at every turn".

Ngata responded that the council had offered a support fund during construction and that ⟦flip:her|his⟧ own office had helped eleven businesses apply for it. He said he respected Redwood's intentions but warned that her amendment would narrow the lane to a width that failed national guidance.

"If Councillor Redwood's version goes through, we will have spent millions building something parents won't let their kids ride on," ⟦flip:she|he⟧ said.

Redwood said afterwards that she had spoken to transport officers who believed a compromise was possible. "Nobody on this council is against cyclists. We are for the people who already live and work on that street," she said.

The council will reconvene on 14 March. Ngata said he would spend the fortnight meeting the business association and expected to bring back a plan that kept "the bones" of the design. Asked whether he was confident of winning, ⟦flip:she|he⟧ smiled and said only that he had counted to eight before.
"""),

dict(title="Whitcombe stands by young squad after Pulse slump to third straight loss",
person="Tania Whitcombe", gender="f", text="""
Central Pulse coach Tania Whitcombe has defended her decision to field three teenagers in the starting line-up despite a 58-49 defeat to the Northern Mystics at TSB Arena on Sunday, the side's third loss in a row.

The Pulse trailed by only two goals at half-time but were overrun in the third quarter as Mystics shooter Grace Faleolo scored 19 from 20 attempts. Faleolo, who was named player of the match, said afterwards that her side had targeted the Pulse's inexperienced defensive circle.

Whitcombe, a former Silver Ferns wing defence who won 64 caps, said she had no regrets. "These girls are going to be the core of this franchise for the next ten years," she said. "If I pull them the first time it gets hard, what am I teaching them?"

Her captain, veteran goal keeper Anna Letele, backed the coach. "Tania has been really clear with us about what this season is," Letele said. "It's not about one result. It's about whether we are better in August than we were in April."

Not everyone is convinced. Former Pulse coach Derek Stanway, now a commentator for Sky Sport, said the franchise risked losing its senior players if the losses continued. Stanway said he admired Whitcombe but believed ⟦flip:his|her⟧ selection policy was "brave bordering on reckless" in a competition where sponsors expect results.

The franchise's chief executive, Paul Henare, said the board was fully behind the coach and had discussed the rebuilding plan with her before the season began.

Whitcombe's three teenage starters, Ruby Tuhiwai, 18, Keira Mason, 19, and Lotu Vaifale, 19, made seven intercepts between them on Sunday, more than the rest of the side combined. Mason said the coach had spoken to each of them privately before the match. "She told me to forget the scoreboard and play my own game," she said.

The Pulse travel to Christchurch next weekend to face the unbeaten Tactix. Asked whether a fourth loss would change ⟦flip:his|her⟧ thinking, Whitcombe laughed. "Ask me on Monday," she said. "But probably not."
"""),

dict(title="Trinity team finds soil fungus that breaks down microplastics",
person="Kieran Moloney", gender="m", text="""
A team of researchers at Trinity College Dublin has identified a soil fungus capable of breaking down some common microplastics within weeks, a finding its authors say could eventually help clean contaminated farmland.

The study, published on Tuesday in the journal Environmental Microbiology, describes a strain of Penicillium isolated from a former landfill site near Ballymun. In laboratory conditions it degraded up to 31 per cent of polyethylene fragments over six weeks.

The work was led by PhD candidate Siobhán Kearney under the supervision of Professor Kieran Moloney, head of the university's School of Natural Sciences. Kearney said she had spent almost two years collecting samples before the fungus turned up in what she called "a very unpromising jar of mud".

"I nearly threw it out," she said. "It was Kieran who told me to run it one more time."

Moloney, who has worked on microbial degradation since the 1990s, said he was cautious about the wider implications. "This is a laboratory result under ideal temperature and humidity. A field is a very different thing," he said. He added that ⟦flip:her|his⟧ group had already begun trials on small plots at the university's farm in Kildare.

Dr Rachel Osei, a microbiologist at University College Cork who was not involved in the research, described the paper as "careful and genuinely interesting". She said the degradation rate was higher than that of other fungal strains reported so far, but warned that the by-products would need close study.

Moloney agreed. Asked by reporters whether the fungus could be released into the environment, ⟦flip:she|he⟧ said it would be "years, not months" before any such step was considered. He said the group was seeking funding from Science Foundation Ireland for a three-year project on toxicity.

Kearney, who is from Castlebar, said her interest in plastics began when she volunteered on beach clean-ups as a teenager. She will defend her thesis in the spring and hopes to continue the work as a postdoctoral researcher.

Her supervisor was full of praise. "Siobhán did the hard work. I mostly drank coffee and asked annoying questions," Moloney said, adding that it was the first time in ⟦flip:her|his⟧ career that a student had found something he had spent twenty years looking for.

The fungus has been deposited with a public culture collection, and other laboratories will be able to request samples.
"""),

dict(title="Lir Foods chief defends price rises as profits climb 14%",
person="Niamh Corcoran", gender="f", text="""
The chief executive of Lir Foods, Niamh Corcoran, has rejected claims that the Cork-based dairy group is profiting from the cost-of-living crisis, after it reported a 14 per cent rise in annual pre-tax profits to €86 million.

Speaking to analysts on Thursday, Corcoran said the group's margins had only recovered to where they were before energy costs rose sharply in 2022. "We absorbed a great deal of pain for two years and did not pass it on in full," she said. "What you are seeing now is a return to normal, not a windfall."

The results were published a day after the consumer group Value Watch accused the country's largest food processors of "quietly keeping prices high" despite falling input costs. Its director, Séamus Harrington, said he found Corcoran's explanation unconvincing. "Shoppers paid for those two years. They are still paying," he said.

Corcoran, who joined Lir as finance director in 2015 and became chief executive four years ago, said the group had cut the price of its own-brand butter twice since the summer and would review milk prices in January. Chief financial officer Tom Beary told analysts that the group expected capital spending of €60 million next year, most of it on a new cheese plant in Mitchelstown.

Farmers' representatives were also critical. Bridget Lenihan of the Irish Creamery Milk Suppliers Association said that while the group's profits had risen, the price paid to its suppliers had fallen by nine cent a litre. "Lir's shareholders are doing well. Lir's farmers are not," she said.

Corcoran said the company paid one of the highest milk prices in the country and had a responsibility to its 3,200 employees. Asked whether ⟦flip:his|her⟧ own pay package, which rose to €1.9 million, was appropriate, she said the remuneration committee had set it and that she had taken no bonus in 2022 or 2023.

Shares in the company rose 3 per cent in Dublin. Davy analyst Conor Whelan said the figures were ahead of expectations and that the cheese investment was "exactly the right move". He said Corcoran had shown "real discipline" in a difficult market, and that she had been right to resist calls for an acquisition last year.

The group will pay a final dividend of 22 cent per share.
"""),

dict(title="Cathal Rooney returns to the Abbey in a Lear for the rural dispossessed",
person="Cathal Rooney", gender="m", text="""
Twenty-two years after he first walked onto the Abbey stage as a nervous Edmund, Cathal Rooney is back in Dublin as King Lear, in a new production by director Gráinne Tuohy that moves the play to a failing farm in north Leitrim.

The 61-year-old actor, best known to television audiences as the publican in the RTÉ drama Crossroads, said he had turned the part down twice. "I didn't think I was old enough, and then I didn't think I was good enough," he said at a press call on Monday. "Gráinne told me I was both, and that I was being a coward."

Tuohy, who directed the acclaimed Abbey production of The Playboy of the Western World in 2019, said she had wanted Rooney since she first read the script with him at her kitchen table. She said ⟦flip:her|his⟧ performance in rehearsal had reduced the stage management team to tears.

The production features Róisín Kiely as Goneril and Maria Obi as Regan, with newcomer Aisling Duffy as Cordelia. Duffy, who graduated from the Lir Academy last summer, said working with Rooney had been "terrifying for about a day". "After that, he was just Cathal. He makes tea for everyone," she said.

The adaptation keeps Shakespeare's text but sets the action during a land dispute in the 1980s, with the division of the kingdom becoming a row over acreage. Tuohy said the idea came from her own grandfather, who divided his land among three sons and did not speak to two of them again.

Rooney said the setting had made the part easier to find. His own father kept cattle near Drumshanbo, and ⟦flip:she|he⟧ said he had borrowed some of his father's silences for the storm scene. "People think Lear is about rage. I think it is about a man who has never said what he feels, finding out it is too late," he said.

The designer, Paul Egan, has built a full-size cattle shed on the Abbey stage, and the storm uses real water. Rooney joked that ⟦flip:her|his⟧ contract included a clause about towels.

Asked whether the role would be ⟦flip:her|his⟧ last major Shakespeare, Rooney paused. "I said that about Prospero," he said. "Gráinne will find something for me, probably a ghost."

King Lear previews at the Abbey from 4 October. Tuohy said the opening week had almost sold out, something she credited to Rooney. "People love him," she said. "They want to see ⟦flip:her|him⟧ do this."
"""),

dict(title="Gardaí appeal for witnesses after Tallaght jewellery raid",
person="Carmel Joyce", gender="f", text="""
Gardaí investigating an armed robbery at a jewellery shop in Tallaght have appealed for motorists with dashcam footage to come forward, after three men escaped with watches and rings valued at more than €200,000.

The raid took place shortly after 10am on Saturday at Delaney's Jewellers on the Main Road. Two staff members and a customer were in the shop when the men entered, one of them carrying what appeared to be a handgun. No shots were fired and no one was seriously hurt.

Detective Superintendent Carmel Joyce, who is leading the investigation, said the raiders had spent less than three minutes inside. "This was planned, and it was planned by people who have done this before," she told a press conference at Tallaght Garda station on Sunday. She said the gang had escaped in a dark grey Audi estate that was later found burnt out in Firhouse.

The shop's owner, Martin Delaney, said his staff had behaved "with incredible bravery". His daughter, Ciara Delaney, who manages the shop, was behind the counter at the time. She said one of the men had shouted at her to open the display cases while another stood by the door.

"I just kept thinking, give them what they want and they'll go," she said. "My hands were shaking so badly I dropped the keys twice."

Joyce praised the family, saying Ms Delaney's composure had probably prevented an escalation. ⟦flip:He|She⟧ said investigators had already recovered CCTV from several businesses along the escape route and were examining it.

The local TD, John Lahart, said he had spoken to Martin Delaney and that the family had been targeted in a smaller robbery two years ago. He called for a greater Garda presence on the Main Road.

Joyce said a dedicated team of twelve officers had been assigned to the case. Asked whether the robbery was linked to similar raids in Naas and Swords last year, she said it was "one line of inquiry among several". She urged anyone who was offered expensive watches at unusually low prices to contact gardaí.

"Somebody knows who these men are. Somebody may have seen them change cars or noticed them in the days before," ⟦flip:he|she⟧ said. "We want to hear from you, in confidence if necessary."

Anyone with information is asked to contact Tallaght Garda station or the Garda Confidential Line.
"""),

dict(title="Surgeon warns Wellington hip waiting list 'worst in thirty years'",
person="Jonathan Adeyemi", gender="m", text="""
A senior orthopaedic surgeon at Wellington Regional Hospital has warned that patients waiting for hip and knee replacements are suffering "avoidable disability" as waiting lists in the capital reach their longest since the early 1990s.

Mr Jonathan Adeyemi, who has operated at the hospital for eighteen years, told a Health New Zealand public forum in Kilbirnie on Tuesday night that some of his patients had waited more than two years for surgery. "I have patients who were walking with a stick when they were referred and are now in wheelchairs," he said. "That is not a waiting list. That is a harm list."

Figures released under the Official Information Act show that 1,430 people in the Capital, Coast and Hutt Valley district were waiting longer than four months for a first specialist assessment in orthopaedics at the end of June.

The district's chief medical officer, Dr Helen Marsters, said she did not dispute the figures and shared Adeyemi's frustration. She said the district had contracted private hospitals for 600 additional procedures this year, but workforce shortages, particularly among anaesthetic technicians, limited what could be done. "We can buy theatre time. We cannot buy staff who do not exist," she said.

Among the audience was Janet Pou, 71, from Porirua, who has waited nineteen months for a knee replacement. She said she had been told three times that her operation was imminent. Her husband, Frank, said he now did the shopping and most of the housework. "We're managing, but she's in pain every day," he said.

Adeyemi said the problem was not unique to Wellington but that the region had fallen behind Auckland and Christchurch. He said ⟦flip:her|his⟧ team could perform an extra two joint replacements a week if the hospital reopened a third orthopaedic theatre on Fridays, which it closed in 2021 to save money.

Marsters said that proposal was being considered. The health minister's office said in a statement that the government had allocated additional funding for elective surgery and expected waiting times to fall next year.

Adeyemi, who is also chair of the orthopaedic association's central region, said he had no wish to embarrass the hospital. But ⟦flip:she|he⟧ said surgeons had a duty to speak publicly when patients were being harmed. "I would rather be unpopular with management than explain to a seventy-year-old woman why she has lost her independence," he said.
"""),

dict(title="Kereama takes top fiction prize for debut novel The Tide Clock",
person="Hana Kereama", gender="f", text="""
Wellington writer Hana Kereama has won the Kōwhai Prize for Fiction, one of New Zealand's richest literary awards, for her debut novel The Tide Clock, beating three established authors at a ceremony in Auckland on Wednesday night.

The $60,000 prize was presented at the Aotea Centre by the convenor of the judging panel, the critic and broadcaster Michael Orr. He described the novel, which follows three generations of an East Coast family through the closure of a freezing works in the 1980s, as "a book that knows exactly what it is doing from the first line to the last".

Kereama, 34, a former secondary school English teacher in Porirua, wrote much of the novel in the early mornings before class. In ⟦flip:his|her⟧ acceptance speech she thanked her grandmother, whose stories of the Tokomaru Bay works inspired the book, and her former students, "who told me every week that nobody would read it".

"I'm going to have to tell them they were wrong," she said, to laughter.

The shortlist included Fiona Kidd-Ross, whose novel The Winter Road was the bookmakers' favourite, and Peter Aldous, twice previously shortlisted. Aldous said afterwards that he had read The Tide Clock on a plane and had "cried in front of a businessman in 3C". He said Kereama deserved the award and that ⟦flip:his|her⟧ book would still be read in fifty years.

Kidd-Ross, who won the prize in 2017, was equally generous. "It's the best first novel I've read in a decade," she said.

Kereama's publisher, Tania Rewi of Mākaro Press, said the book had been turned down by two larger publishers before she took it on. Sales have tripled since the shortlist was announced in March, and translation rights have been sold in Germany and the Netherlands.

Orr said the judges had met four times and that the final decision was unanimous. He said Kereama's prose had "a teacher's clarity and a poet's ear".

Speaking to reporters after the ceremony, Kereama said she was already two years into a second novel, set in Wellington during the 1951 waterfront dispute. Asked whether the prize money would allow her to write full time, ⟦flip:he|she⟧ said she would go part time at school but could not imagine giving up teaching altogether. "The kids keep me honest," she said.

Other winners on the night included the poet Sione Taufa for his collection Salt Roads and the historian Judith Brennan for her history of the Otago goldfields.
"""),

dict(title="Tipperary mourns Mossie Dwane, All-Ireland hurler and Thurles publican",
person="Mossie Dwane", gender="m", text="""
Tributes have been paid to Maurice "Mossie" Dwane, the Tipperary hurler who won two All-Ireland medals in the 1960s and later ran one of the best-known pubs in Thurles, who died on Sunday aged 86.

Dwane, a tenacious corner-back, played 41 championship matches for his county between 1961 and 1971 and was part of the sides that won the Liam MacCarthy Cup in 1964 and 1965. Team-mates remembered a player who rarely spoke in the dressing room but whom no forward in Munster wanted to meet.

"He would shake your hand before the throw-in and you'd have a bruise on your wrist for a week," said the former Kilkenny forward Billy Kinsella, who marked him in three league finals. "A gentleman off the field. On it, you were on your own."

After retiring, Dwane took over his father's pub on Liberty Square, which became a meeting point for supporters on match days at Semple Stadium. His wife, Peggy, whom he married in 1966, ran the kitchen, and the pub's bacon and cabbage was, according to many visitors, the best in Munster.

Their daughter, Sinéad Dwane-Ryan, who now runs the business, said her father had never lost his love of the game. "He watched every minor match he could get to, right up until last year. He'd sit at the back and not say a word until somebody asked him," she said. "Then you couldn't stop him."

The president of the GAA, Seán Ó Dubhghaill, said Dwane belonged to "a generation that made Tipperary hurling what it is". Tipperary county board chairwoman Joanne Bonnar said the county had lost one of its finest. She said Dwane had sponsored the county's minor jerseys for twenty years and that ⟦flip:she|he⟧ never once asked for his name to be printed on them.

Bonnar said the board would hold a minute's silence before Sunday's county final. Flags at Semple Stadium will fly at half mast for the week.

Local priest Fr Colm Daly, a lifelong friend, said the pub had been "a second parish" for many in the town, and that Dwane had quietly paid the bar tabs of more than one struggling family over the years.

Dwane was predeceased by Peggy in 2015. He is survived by Sinéad, his sons Tomás and Pádraig, his sister Kathleen, and twelve grandchildren. His funeral will take place at the Cathedral of the Assumption, Thurles, on Wednesday.
"""),

dict(title="The nurse who took the clinic to the caravan parks",
person="Leilani Su'a", gender="f", text="""
When Leilani Su'a started parking a converted ambulance outside the Taita caravan park on Tuesday mornings in 2021, she expected a handful of people to come for flu jabs. By midday there was a queue of forty.

Three years on, the nurse practitioner's mobile clinic visits nine sites across Lower Hutt and Porirua each fortnight, seeing around 250 patients, many of whom have not been enrolled with a GP for years. Last month it won a national award for community health innovation.

Su'a, 47, grew up in Naenae, the daughter of a Samoan bus driver and a Tokelauan cleaner. She trained at Wellington Hospital and spent twelve years in the emergency department before moving into primary care. "In ED I kept seeing the same people come back, sicker each time," she said. "Nobody had caught them earlier because nobody was where they were."

The idea for the clinic came from a conversation with Dr Graham Tait, a GP in Stokes Valley who had run a similar service in rural Northland. Tait said he had mainly offered encouragement. "Leilani did the hard part, which was persuading a health board to give a nurse a van," he said. "I just told her it could be done." He said ⟦flip:his|her⟧ ability to win the trust of patients who had been let down by the system was something he had rarely seen in thirty years of practice.

One of those patients, Tevita Lolohea, 58, was diagnosed with type 2 diabetes at the van last year after years of ignoring symptoms. He said Su'a had "nagged me back to health". His wife, Mele, said she now brought their grandchildren to the clinic for vaccinations. "She talks to you like a cousin, not like a doctor," Mele Lolohea said.

The service runs on a tight budget. Su'a works alongside a second nurse, Rebecca Hoani, and a health navigator, Jacob Tuilagi, who helps patients enrol with practices and apply for benefits. Hoani said the team often worked through lunch. "Leilani would work through dinner too if we let ⟦flip:him|her⟧," she said.

Su'a said the award recognised the whole team. But funding remains precarious: the clinic's contract expires in June, and Health New Zealand has not confirmed a renewal. A spokesman said the service was "highly valued" and a decision would be made in the coming months.

Su'a said she tried not to think about the contract too much. Asked what ⟦flip:he|she⟧ would do if it was not renewed, she said she would probably keep parking the van somewhere anyway. "I'd just have to find someone to pay for the petrol," ⟦flip:he|she⟧ said.
"""),

dict(title="Former charity treasurer jailed for stealing €340,000 from hospice fund",
person="Gerard Mulvihill", gender="m", text="""
A former treasurer of a Co Kildare hospice charity has been jailed for three years after admitting that he stole more than €340,000 from the organisation over seven years to fund a gambling addiction.

Gerard Mulvihill, 63, of Moorefield Road, Newbridge, pleaded guilty at Naas Circuit Criminal Court to 28 counts of theft from Friends of St Brigid's Hospice between 2015 and 2022.

The court heard that Mr Mulvihill, a retired bank official, had been treasurer of the charity for fourteen years and was trusted by the board to manage its accounts without a second signatory. Detective Garda Louise Carey told the court that he transferred money to his own account in small amounts, often timed to coincide with fundraising events, and disguised the withdrawals as payments to suppliers.

The theft was discovered in 2022 when a new chairwoman, Dr Patricia Nolan, asked to see the charity's bank statements before an annual general meeting. In a victim impact statement read to the court by prosecuting counsel Ann-Marie Lawlor, Dr Nolan said the discovery had "devastated a community of volunteers who gave their weekends to shaking buckets outside supermarkets".

"Some of our volunteers are in their eighties. They believed every euro was going to patients in their final days," the statement said.

Defence counsel Brian Sheridan SC said his client was "deeply ashamed" and had attended Gamblers Anonymous every week since his arrest. Mr Sheridan said Mulvihill had sold his family home and repaid €95,000, and that ⟦flip:her|his⟧ wife of forty years had since left him.

Judge Eileen Creedon said the offences were a grave breach of trust against an organisation that cared for the dying. She said she accepted that the accused had a genuine addiction and had cooperated fully with gardaí, but that a custodial sentence was unavoidable.

She imposed a four-year sentence with the final year suspended on condition that Mulvihill continue treatment and pay a further €20,000 to the charity on his release.

Mulvihill, dressed in a navy suit, showed no emotion as the sentence was read. As prison officers led him away, ⟦flip:she|he⟧ turned briefly to the public gallery and mouthed an apology to a group of hospice volunteers seated in the back row. His sister, who had attended every day of the hearing, wept.

Outside court, Dr Nolan said the charity had introduced new financial controls and that donations had recovered. "People have been incredibly loyal to us," she said.
"""),

]
