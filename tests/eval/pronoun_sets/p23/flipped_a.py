ARTICLES = [

dict(title="Burnaby Councillor Pushes Back on Transit Levy Delay",
person="Margaret Okafor", gender="f", text="""Burnaby city council voted 6-3 on Tuesday night to postpone a proposed transit levy, over the objections of Councillor Margaret Okafor, who has championed the measure since her election in 2018.

The levy, which would add roughly $48 a year to the average residential property tax bill, was intended to fund an expanded bus corridor along Kingsway. Mayor Peter Halvorsen said the delay was needed to allow staff to finish a cost review.

"We are not killing this," Halvorsen told reporters after the vote. "We are making sure the numbers hold up before we ask residents to pay."

Okafor was unconvinced. Speaking from the chamber floor, she accused the majority of "hiding behind process" and said the cost review had already been completed twice. Councillor James Whitmore, who voted with the mayor, countered that the second review had flagged a $3.2 million gap in the operating budget.

"Nobody on this council wants to see buses sitting idle," Whitmore said. "But I owe it to my ward to get this right."

Okafor's chief of staff, Denise Carrigan, circulated a memo during the meeting listing 14 community groups that had endorsed the levy. Okafor read several of the names aloud before ⟦flip:his|her⟧ microphone was cut off at the end of the allotted speaking time.

Councillor Ruth Adeyemi, who sided with Okafor, said the delay would push construction into 2027 at the earliest. "Every month we wait, the cost goes up," Adeyemi said. "That's not fiscal prudence. That's the opposite."

The motion now returns to the finance committee, which Whitmore chairs. He said he expects a report by early spring.

Outside city hall, about two dozen transit advocates held signs reading "Fund the Corridor." Several of them had come at Okafor's invitation, and the councillor stopped to thank them before ⟦flip:he|she⟧ left for the evening.

"I'm disappointed, but I'm not done," Okafor said. "We'll bring this back, and we'll bring it back with more votes."

Halvorsen, asked whether he expected the levy to pass eventually, declined to predict the outcome. "Council will decide," he said."""),

dict(title="Accra Cocoa Exporter Wins Round in Contract Fight With Shipping Firm",
person="Kwame Asante", gender="m", text="""A Commercial Division of the High Court in Accra has refused a shipping company's bid to dismiss a breach-of-contract suit brought by cocoa exporter Kwame Asante, clearing the way for a full trial early next year.

Mr Asante, the managing director of Golden Pod Exports, alleges that Meridian Coastal Lines failed to deliver 1,200 tonnes of cocoa beans to Rotterdam on schedule in March, causing him to lose a lucrative forward contract with a Dutch processor.

Justice Abena Owusu-Ansah ruled on Thursday that the exporter had raised "genuine triable issues" about whether the shipping firm's force majeure clause applied to port congestion.

Meridian's lawyer, Efua Darko, had argued that delays at Tema port were beyond her client's control. "No carrier can be held responsible for a national bottleneck," she told the court last month.

The judge disagreed, at least for now. In a 22-page ruling, she noted that two other carriers had managed to sail from Tema during the same period.

Asante's counsel, Nii Armah Quaye, welcomed the decision. "My client has waited eight months for someone to take this seriously," Quaye said outside the courtroom. "Today the court did."

Asante himself sat in the gallery through the brief hearing, wearing a dark blue kente stole. When Ms Darko approached ⟦flip:her|him⟧ afterwards to shake hands, the two exchanged a few words that reporters could not hear.

Speaking later by phone, the exporter said the dispute had nearly cost ⟦flip:her|him⟧ the business. "We had 40 workers, and I had to let 11 of them go," ⟦flip:she|he⟧ said. "Those are families. That is what this case is about."

Meridian's operations director, Joseph Tetteh, said in a statement that the company "remains confident in its position" and would defend the claim vigorously.

The case is one of several contract disputes to reach the commercial courts since congestion at Tema peaked last spring. Lawyers say judges are watching closely how force majeure clauses are interpreted.

Trial is set for February 12. Justice Owusu-Ansah ordered both parties to complete disclosure by the end of December."""),

dict(title="Vancouver Startup Bets on Battery Recycling as Investors Circle",
person="Priya Lindqvist", gender="f", text="""When Priya Lindqvist left her engineering job at a Seattle aerospace firm in 2020, her father told her she was making the mistake of her life. Four years later, the company she founded, Cellcycle, has raised $22 million and employs 63 people in a converted warehouse in Vancouver's Strathcona neighbourhood.

Cellcycle recovers lithium, cobalt and nickel from spent electric-vehicle batteries using a low-temperature chemical process that Lindqvist developed with her co-founder, Marcus Feld, a former University of British Columbia chemist.

"Marcus understood the chemistry better than anyone," Lindqvist said during a tour of the plant last week. "I understood what it would take to make a factory out of it."

The company's latest funding round was led by Harbour Peak Ventures. Partner Olivia Tran, who sits on Cellcycle's board, said the decision came down to the founders.

"We saw a lot of recycling pitches," Tran said. "What set Priya apart was that she had already built a pilot line with her own money. She wasn't asking us to believe in a slide deck."

Feld, who now serves as chief technology officer, said the early days were lean. He and Lindqvist slept in the office for weeks in 2021 while they debugged a leaking reactor.

Not everyone is convinced the economics will work. Derek Sandoval, an analyst at Pacific Rim Capital, said falling lithium prices could squeeze recyclers. "It's a great technology story," he said. "Whether it's a great business depends on commodity markets nobody controls."

Lindqvist acknowledged the risk. The company has signed supply agreements with two automakers, she said, which guarantee a minimum price for recovered material through 2027.

Her next challenge is scale. Cellcycle plans to open a second plant in Ontario by 2026, and Lindqvist has spent much of the past year lobbying provincial officials for permits. Tran said the board expects ⟦flip:him|her⟧ to hire a chief operating officer soon so that the founder can focus on fundraising.

Asked whether her father had changed his mind, Lindqvist laughed. "He tells everyone at his golf club that it was his idea," she said."""),

dict(title="Teachers' Union Threatens Strike Over Unpaid Rural Allowances",
person="Daniel Mensah", gender="m", text="""The head of Ghana's largest teachers' union warned on Monday that members could walk off the job within two weeks if the government does not pay outstanding rural posting allowances.

Daniel Mensah, president of the National Association of Classroom Teachers, told a news conference in Accra that about 18,000 teachers had not received the allowance for nine months.

"We have been patient. We have written letters. We have attended meetings," Mensah said. "Patience is not an infinite resource."

Deputy Education Minister Gifty Ampofo said the ministry had released funds for the first tranche of payments last week and urged the union to give the process time. "The money is moving," she told reporters at a separate briefing. "Nobody benefits from children sitting at home."

Mensah, a former mathematics teacher from the Volta Region, was elected union president in 2021 after a bruising contest against Comfort Addo, who now serves as the association's general secretary. The two have since formed an effective partnership, colleagues say, with Addo handling negotiations and Mensah serving as the public face of the union.

Addo said the union had verified lists of affected teachers in every district. "We know exactly who is owed and how much," she said. "The ministry has the same lists."

Asked whether a strike could be averted, Mensah said ⟦flip:her|his⟧ door remained open. "If the minister calls me tonight, I will answer," he said.

Some parents expressed frustration. Yaw Boakye, whose two children attend a basic school in Kasoa, said he sympathised with teachers but could not afford to take time off work if schools closed. "They should sort this out among themselves," he said.

The union's national executive council is scheduled to meet on Friday to decide on a date. Mensah said ⟦flip:she|he⟧ would personally tour several districts this week to hear from members before that meeting.

Ampofo said she hoped to meet union leaders before then. A spokesperson for the ministry, Kofi Agyeman, confirmed that an invitation had been sent."""),

dict(title="Eleanor Voss, Who Built a Hardware Store Into a Regional Chain, Dies at 91",
person="Eleanor Voss", gender="f", text="""Eleanor Voss, who took over her late husband's single hardware store in New Westminster in 1964 and turned it into a chain of 27 outlets across British Columbia, died on Saturday at her home in White Rock. She was 91.

Her son, Thomas Voss, confirmed the death and said the cause was heart failure.

Mrs Voss was 31 and the mother of three young children when her husband, Karl, died suddenly of a stroke. Bankers urged her to sell. Instead, she kept the doors open, learned to read supplier contracts at the kitchen table, and within a decade had opened stores in Surrey, Abbotsford and Kamloops.

"She used to say she didn't know the difference between a lag bolt and a carriage bolt when she started," Thomas Voss said. "By the end she could tell you the margin on both."

Voss Hardware became known for its knowledgeable staff and for a policy, unusual at the time, of promoting women to store management. Gloria Pettersen, who began as a cashier in 1971 and later ran the Kamloops store for 20 years, said Mrs Voss had personally recruited her.

"She walked up to the till one day and asked if I'd ever thought about running the place," Pettersen said. "Nobody had ever asked me that."

The chain was sold in 1998 to a national retailer for an undisclosed sum. Mrs Voss remained on the board of the acquiring company for five years, and ⟦flip:his|her⟧ colleagues there remember her as a demanding but fair director. Former chairman Robert Kinley said she "read every page of every board pack, which made the rest of us look bad."

In retirement she funded scholarships for trades students at three community colleges. Diane Okoro, who administers the scholarship at Douglas College, said more than 400 students had benefited.

Her daughter, Margaret Voss-Hale, said her mother remained sharp until the end, following the markets daily and calling ⟦flip:his|her⟧ son Thomas every Sunday to argue about interest rates.

In addition to her son and daughter, Mrs Voss is survived by another son, Peter, seven grandchildren and four great-grandchildren."""),

dict(title="Harbour City FC Coach Defends Tactics After Third Straight Loss",
person="Tomás Reyes", gender="m", text="""Harbour City FC head coach Tomás Reyes defended his side's defensive approach on Sunday after a 2-0 defeat to Fraser Valley United extended the club's losing streak to three matches.

Reyes, in his first season in charge, has faced mounting criticism from supporters over a system that has produced just four goals in seven league games.

"I understand the frustration," Reyes said at the post-match press conference. "But we were a team that conceded 50 goals last year. We had to fix the foundation first."

Club captain Andre Kowalczyk backed his coach. "The players believe in what he's building," he said. "We just need to be sharper in the final third."

The second goal on Sunday came from a defensive error by centre-back Jonah Ellery, who lost possession near the edge of his own penalty area in the 78th minute. Reyes declined to single him out. "We win together and we lose together," he said.

Fraser Valley's manager, Catherine Doyle, was gracious in victory. She said Harbour City had been "organised and difficult to break down" for most of the match. "Tomás has them well drilled," Doyle said. "Once they start scoring, they will be dangerous."

Sporting director Helen Marsh, who hired Reyes from a second-division club in Portugal last winter, said the board's confidence in him was unchanged. "We gave Tomás a three-year project, not a three-match project," Marsh said.

Not all fans agree. Leanne Watts, who chairs the Harbour City Supporters' Trust, said members had grown restless. "People pay a lot for season tickets," she said. "They want to be entertained, and right now they're not."

Reyes said he had met with the supporters' trust last month and would do so again. Asked whether the pressure was getting to ⟦flip:her|him⟧, he smiled. "Pressure is a privilege," he said. "Ask any coach who doesn't have a job."

Harbour City host Capital Athletic next Saturday. Kowalczyk, who missed two matches with a hamstring strain earlier in the month, is expected to start."""),

dict(title="Coast Mountain Glaciers Melting Faster, Study Finds",
person="Hannah Achterberg", gender="f", text="""Glaciers in British Columbia's southern Coast Mountains lost ice roughly 30 per cent faster over the past decade than in the previous one, according to a study published on Wednesday by researchers at Simon Fraser University.

The study's lead author, glaciologist Hannah Achterberg, said the findings were based on a combination of satellite altimetry and field measurements collected over eleven summers.

"We expected acceleration, but not this much," Dr Achterberg said in an interview. "Some of the smaller glaciers we monitor could be gone within 25 years."

Achterberg, who grew up in Smithers and began her career studying sea ice in Nunavut, led a team of nine researchers. Her co-author, Professor Ian McCallister, handled the satellite analysis, while graduate student Grace Nwosu spent three seasons camped beside the Place Glacier collecting ice cores.

McCallister said the satellite data alone would have underestimated the losses. "Without ground truth, you miss the thinning on the lower tongues," he said. "Hannah insisted on the field program from day one, and ⟦flip:he|she⟧ was right."

The research was funded by the Natural Sciences and Engineering Research Council. Achterberg said ⟦flip:his|her⟧ team has applied for further funding to extend the monitoring network to the northern Coast Mountains.

BC Hydro hydrologist Robert Tanaka said the utility was reviewing the study. "Glacial melt contributes to late-summer flows in several of our reservoirs," he said. "If that contribution peaks and then declines, we need to plan for it."

Nwosu, now completing her doctorate, said the fieldwork had changed her. "You stand on a glacier that's visibly smaller than the year before," she said. "It's hard to forget that."

Colleague Sarah Blum, who has worked with Achterberg since their days in Nunavut, said the results had weighed on ⟦flip:him|her⟧ for months before publication. "She doesn't like being the bearer of bad news," Blum said.

Achterberg will present the findings at a conference in Vienna next month. Asked how she felt about the results, ⟦flip:he|she⟧ paused for a long moment. "Honestly? Sad," she said. "But sadness isn't useful. Data is.\""""),

dict(title="Police Arrest Suspect in String of East Vancouver Break-Ins",
person="Rafael Ortiz", gender="m", text="""Vancouver police have arrested a 34-year-old man in connection with more than 20 commercial break-ins in East Vancouver over the past four months, investigators said Friday.

Detective Sergeant Rafael Ortiz of the property crime unit said the suspect was taken into custody on Wednesday at a residence near Commercial Drive. Police recovered laptops, tools and approximately $14,000 in cash.

"This was a methodical series of offences," Ortiz told reporters at a news conference. "The suspect targeted small businesses that did not have monitored alarm systems."

The man, whose name has not been released pending charges, is expected to appear in provincial court next week. Crown counsel spokesperson Alana Pierce said charge approval was under review.

Among the businesses hit was a bakery on Victoria Drive owned by Mei Lin Chow. She said she had been broken into twice. "The second time they took the till and the mixer," Chow said. "The mixer cost more than the till."

Ortiz credited a tip from a business owner who noticed a vehicle circling the neighbourhood late at night. He declined to identify the tipster but said the information was "the break we needed." A colleague, Constable Priya Sandhu, spent several nights on surveillance before the arrest, ⟦flip:she|he⟧ added.

Ken Marshall, chair of the Grandview business improvement association, said merchants had been frustrated by what they saw as slow police response. "We're glad there's an arrest," he said. "We'd be gladder if we'd seen this three months ago."

Ortiz acknowledged the frustration. "I've spoken to many of these owners personally, and I understand," he said. He said the unit had been short-staffed over the summer.

Chow said she planned to install cameras regardless. "I'll believe it's over when it's over," she said.

Police urged anyone with information about other break-ins to contact the property crime unit. Ortiz said investigators believed the suspect may have worked with at least one other person, and that ⟦flip:her|his⟧ team was reviewing surveillance footage from several locations."""),

dict(title="Accra Revival of 'The Marriage of Anansewa' Sells Out Its Run",
person="Juliet Amponsah", gender="f", text="""A revival of Efua Sutherland's classic play "The Marriage of Anansewa" at the National Theatre in Accra has sold out its entire three-week run, organisers said on Tuesday, with much of the credit going to the actress in the title role.

Juliet Amponsah, 27, plays Anansewa, the daughter whose father schemes to marry her off to the highest-bidding chief. Critics have praised her comic timing and her singing in the storytelling interludes.

"I grew up watching this play in school halls," Amponsah said backstage after Saturday's performance. "To stand on this stage in this role is something I didn't dare imagine."

The production is directed by Kojo Frimpong, who cast Amponsah after seeing her in a student production at the University of Ghana. "She walked in to audition and I stopped looking," Frimpong said. "I cancelled the other auditions that afternoon."

Veteran actor Emmanuel Ofori plays Ananse, the scheming father. Ofori, who first performed the role in 1992, said working opposite Amponsah had re-energised him. "⟦flip:He|She⟧ brings a freshness I had forgotten the play could have," he said.

Theatre critic Akosua Mensah-Bonsu, writing in the Daily Graphic, called the production "the most joyful evening of theatre in Accra this year" and singled out Amponsah's duet with Ofori in the second act.

The theatre's artistic director, Grace Adu, said a second run was being planned for January. Amponsah has agreed to return, though ⟦flip:his|her⟧ schedule is complicated by a film role she is due to begin shooting in Lagos in November.

Amponsah said she had not yet told her mother, a market trader in Kumasi, about the film. "She still thinks theatre is a hobby," Amponsah said, laughing. "I'll tell her when I have the contract in my hand."

Frimpong said he hoped to tour the production to Kumasi and Cape Coast next year. Asked whether the young actress would be part of the tour, he said he would not attempt it without ⟦flip:him|her⟧."""),

dict(title="Shareholders Challenge Pemberton Mining Chief Over Pay Package",
person="Graham Whitfield", gender="m", text="""A group of institutional investors is pushing to reject the compensation package of Pemberton Mining chief executive Graham Whitfield ahead of the company's annual meeting in Vancouver next month.

In a letter sent to the board on Monday, three pension funds holding a combined 8 per cent of Pemberton's shares said Mr Whitfield's $9.4 million pay for 2023 was "out of step" with the company's performance. Pemberton's share price fell 19 per cent last year after delays at its copper project in northern Chile.

The letter was signed by Anita Rasmussen, chief investment officer of the Prairie Teachers' Pension Plan, and two other fund executives. "We don't dispute that Mr Whitfield has worked hard," Rasmussen said in an interview. "But shareholders lost a fifth of their money, and his bonus went up."

Pemberton's board chair, Susan Kettering, defended the package in a statement, saying it reflected "long-term value creation," including a new partnership with a Japanese smelter negotiated by Whitfield personally.

Whitfield, a geologist by training who joined Pemberton as head of exploration in 2009, has rarely spoken publicly about ⟦flip:her|his⟧ pay. In a brief phone call, he said the board sets compensation and that he would "respect whatever shareholders decide."

Proxy adviser Lakeshore Governance has recommended that investors vote against the pay resolution. Analyst Michael Chen, who wrote the Lakeshore report, said the bonus metrics had been adjusted mid-year in ways that favoured management.

"The goalposts moved," Chen said. "When that happens, shareholders should ask why."

Some analysts expect the vote to be close. Karen Liu of Granville Securities noted that say-on-pay votes in Canada are advisory and rarely fail outright. "Even 30 per cent against would send a message," she said.

Kettering said the board had met with several large shareholders and would continue to do so. People familiar with the board's discussions said Whitfield had offered to defer part of ⟦flip:her|his⟧ bonus if the Chilean project was not producing by the end of 2025.

The annual meeting is scheduled for May 14 at the company's headquarters on West Hastings Street."""),

dict(title="Q&A: Port Alder's Mayor on Housing, Ferries and a Narrow Win",
person="Linda Castellanos", gender="f", text="""Linda Castellanos was elected mayor of Port Alder last October, defeating two-term incumbent Raymond Beck by fewer than 300 votes. A former emergency-room nurse who still keeps ⟦flip:his|her⟧ nursing licence current, she is the town's first female mayor, and she took office promising to tackle a housing shortage that has left many local workers commuting from the mainland. The Coastal Ledger's Owen Pratt sat down with her at city hall. The conversation has been edited for length.

Q: You won by a narrow margin. Did that shape how you govern?

A: Absolutely. Almost half the town voted for Ray. I can't pretend they don't exist. I meet with him every couple of months, actually. He knows the files better than anyone.

Q: Your big promise was housing. Where does that stand?

A: We've approved 140 units, mostly rental, on the old cannery site. Council rezoned it in March. My deputy mayor, Tanya Greer, deserves a lot of the credit. She chaired the working group.

[Castellanos reaches for a thick binder on ⟦flip:his|her⟧ desk.]

A: Here. These are letters from hospital workers who can't find anywhere to live. I read one every morning.

Q: Critics say you've been slow on the ferry cuts.

A: Critics say a lot. Councillor Dave Ostrowski has been very vocal, and that's his job. But the ferries are a provincial service. I've written to the minister three times, and I met the ferry corporation's chief executive, Janet Holloway, in June. She listened. Whether she acts is another question.

Q: What has surprised you most about the job?

A: The hours. As a nurse I worked nights, so I thought I was ready. I wasn't.

Q: Will you run again?

A: Ask me in three years.

Ostrowski, reached separately, said he respected the mayor but thought ⟦flip:he|she⟧ had moved too cautiously on the ferries. "Linda is a decent person," he said. "I just want to see ⟦flip:him|her⟧ push harder in Victoria."

Greer, asked about the mayor's first year, said Castellanos had earned ⟦flip:his|her⟧ reputation for listening. "She hears everybody out, even the people who shout," Greer said."""),

dict(title="Accra Engineers Build Low-Cost Flood Sensors for City Drains",
person="Samuel Boateng", gender="m", text="""A team of engineers at a small Accra technology firm has developed a network of low-cost sensors that warn residents when the city's storm drains are about to overflow, and the Accra Metropolitan Assembly is now considering deploying hundreds of them.

The sensors, each about the size of a shoebox, measure water levels and send text-message alerts when readings pass a threshold. They were designed by Samuel Boateng, a 31-year-old electrical engineer, and his colleague Adwoa Sarpong at the firm DrainSense.

"Every rainy season, people lose everything in an hour," Boateng said. "We thought: if they had even twenty minutes of warning, they could move their goods and their children."

The first prototype was installed in the Odaw drain in 2022. Sarpong, who wrote the software, said early versions were washed away twice. "The water doesn't care how clever your code is," she said.

The current version costs about 900 cedis to build, a fraction of the price of imported systems. It runs on a small solar panel and a battery that lasts through several cloudy days.

Assembly engineer Patience Quarshie, who oversees drainage for the metropolis, said a pilot of 40 sensors in flood-prone neighbourhoods had performed well during the June rains. "For the first time, we had real-time data," she said. "We could send crews before the flooding, not after."

Boateng grew up in Kaneshie, one of the neighbourhoods most affected by flooding. He recalled the 2015 floods, when ⟦flip:her|his⟧ family's shop was submerged. "My father stood in the water up to his chest trying to save the stock," he said.

Not everyone is convinced sensors are the answer. Urban planner Kwesi Ankrah said the real problem is blocked drains and construction on waterways. "A sensor tells you the flood is coming. It doesn't stop it," he said.

Boateng agreed. "He's right," he said. "We're not pretending to solve flooding. We're trying to save lives while the bigger fixes happen."

DrainSense is seeking funding to expand to Kumasi and Takoradi next year."""),

]
