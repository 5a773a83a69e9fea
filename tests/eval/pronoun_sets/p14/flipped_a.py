ARTICLES = [
dict(title="Fisheries Minister unveils Rs 1,200-crore harbour plan for Kerala coast",
person="Kavitha Raghunathan", gender="f",
text="""THIRUVANANTHAPURAM: Fisheries Minister Kavitha Raghunathan on Tuesday unveiled a Rs 1,200-crore plan to modernise six fishing harbours along the Kerala coast, promising that work at Neendakara and Chettuva would begin before the monsoon.

Speaking to reporters at the Secretariat, Ms. Raghunathan said the State had waited too long for cold-storage facilities that could keep the catch fresh for export markets. "Our fishermen lose nearly a third of their income because fish rots on the quay. That ends with this project," she said.

The plan, prepared with technical support from the Central Marine Fisheries Research Institute, includes new breakwaters, auction halls and a dredging programme. Fisheries Director P. Suresh Kumar said tenders would be floated within a month. He added that the department had already identified land for the cold-storage units at four of the six sites.

Opposition leader M. Abdul Rahiman questioned the timing of the announcement, pointing out that local body elections are due later this year. "The minister has announced harbours before. We are still waiting for the one in Ponnani," he said. Responding, the minister said ⟦flip:his|her⟧ government had completed the Ponnani dredging and that the delay in the auction hall was due to a case filed by a contractor.

Fisherfolk leaders gave a cautious welcome. Mary Stella, president of a federation of women fish vendors, said women who dry and sell fish had been left out of earlier schemes. "We want space in the new auction halls, not just berths for boats," she said. Ms. Raghunathan assured the delegation that a portion of each hall would be reserved for women vendors and that ⟦flip:he|she⟧ would personally review the design drawings.

The project will be funded partly through the Kerala Infrastructure Investment Fund Board, with the remainder expected from the Centre's Pradhan Mantri Matsya Sampada Yojana. Officials said the minister would travel to New Delhi next week to seek the Union government's share.

Environmental groups, meanwhile, have raised concerns about coastal erosion near the proposed breakwaters at Chellanam. The minister said a study by the National Centre for Earth Science Studies would be completed before any construction begins, and that no harbour would be built "at the cost of a single fishing village"."""),

dict(title="Crestline Bank posts 41% jump in half-year profit",
person="Folasade Adeyemi", gender="f",
text="""Lagos-based Crestline Bank Plc has reported a 41 per cent rise in profit before tax for the half year ended June, driven by foreign exchange revaluation gains and higher interest income, its Managing Director, Mrs Folasade Adeyemi, has said.

Speaking at a briefing with analysts in Victoria Island on Thursday, Mrs Adeyemi said the lender grew customer deposits to N2.4 trillion despite what she described as "the toughest operating environment in a decade".

"We did not chase growth for its own sake. We cleaned up the loan book, we shut branches that were losing money, and we invested in digital channels," she said.

The bank's Chief Financial Officer, Mr Chukwuemeka Obi, told analysts that non-performing loans had fallen to 3.8 per cent from 5.1 per cent a year earlier. He said the bank would meet the Central Bank of Nigeria's new minimum capital requirement before the deadline through a rights issue and a private placement.

Some analysts were less enthusiastic. Ms Halima Yusuf, head of equity research at Harbourview Securities, said much of the profit came from the naira's depreciation rather than core banking. "Strip out the revaluation gains and the picture is much flatter," she said.

Mrs Adeyemi, who took over as MD in 2021 after two decades at the bank, rejected that reading. Net interest income alone rose by 29 per cent, she said, adding that ⟦flip:his|her⟧ team had opened 1.2 million new retail accounts, mostly through the bank's agency banking network in the North.

Chairman of the board, Alhaji Musa Danladi, said directors had approved an interim dividend of 30 kobo per share. He described the results as "a vindication of the strategy the management has pursued".

Asked about reports that the bank was eyeing a smaller lender in Abuja, the managing director declined to comment, saying only that ⟦flip:he|she⟧ would "not rule anything in or out" while the recapitalisation exercise was under way.

Shares of the bank closed 4.6 per cent higher at N18.10 on the Nigerian Exchange on Friday, making it one of the top gainers of the week."""),

dict(title="Chepkoech shatters course record as Kenyans sweep Valencia",
person="Faith Chepkoech", gender="f",
text="""Faith Chepkoech stormed to victory at the Valencia Marathon yesterday, clocking 2:15:48 to erase the course record and lead a Kenyan one-two-three in the women's race.

The 27-year-old from Kapsabet broke away from compatriots Mercy Jerotich and Sheila Kiprop at the 32-kilometre mark and never looked back, crossing the line more than a minute clear.

"I was not thinking of the record. My coach told me to wait until 30 kilometres, and when I felt strong I just went," Chepkoech told reporters after the race.

In the men's race, Evans Kipkorir survived a late surge by Ethiopia's Tadesse Abebe to win in 2:03:11, a personal best. Kipkorir, who trains in the same Kaptagat camp as Chepkoech, said the pair had done their long runs together since August. "She pushes the men in training. Sometimes we are the ones asking her to slow down," he said with a laugh.

Jerotich finished second in 2:16:59 while Kiprop, running only her second marathon, was third.

Chepkoech's coach, Joseph Kiprono, said the win had been a year in the making after ⟦flip:his|her⟧ disappointing seventh-place finish in Tokyo in March, where a hamstring strain forced the athlete to walk parts of the final 10 kilometres. "We changed everything: diet, gym work, even the shoes. She listened," Kiprono said.

Athletics Kenya president Jackson Koros congratulated the athletes and said the federation would consider Chepkoech for the world championships team. Selection is expected to be announced in February.

Back home in Nandi County, family members gathered at her parents' farm to watch the race on television. Her mother, Rose Jepkemboi, said the family had slaughtered a goat in anticipation. "We knew Faith would do it. Since ⟦flip:he|she⟧ was a small girl she has been running to school and back," she said.

Chepkoech is expected to return to Eldoret on Wednesday, where county officials are planning a reception. The athlete said ⟦flip:he|she⟧ would take two weeks off before resuming training in Kaptagat.

The win earns ⟦flip:him|her⟧ a reported $50,000 in prize money, plus a $30,000 bonus for the course record."""),

dict(title="Rotterdam logistics group bets on rail as trucking margins shrink",
person="Henrik Vandersloot", gender="m",
text="""When Henrik Vandersloot took over as chief executive of Maasgroep Logistics three years ago, the Rotterdam-based company earned four-fifths of its revenue from trucks. By 2027 he wants that figure below half.

The plan, presented to investors in Amsterdam this week, involves buying a controlling stake in a Polish rail operator, leasing 400 additional intermodal containers and building a terminal near Duisburg. Total investment: roughly EUR 620m over four years.

"Road haulage in Europe is a business with driver shortages, rising tolls and customers who will not pay more," Mr Vandersloot said. "Rail is not glamorous, but it is where the margin is going to be."

The company's finance chief, Marloes de Wit, said the investment would be financed from operating cash flow and a EUR 300m green bond. She told analysts that leverage would peak at 2.8 times earnings before interest, tax, depreciation and amortisation in 2026 before falling back. Ms de Wit, who joined from a Dutch dredging group last year, has been credited with tightening the company's working capital.

Not everyone is convinced. Sophie Lambrecht, a transport analyst at a Brussels brokerage, noted that European rail freight volumes have stagnated for a decade and that cross-border paths remain notoriously unreliable. "The strategy makes sense on a slide. In practice, a container stuck at the Polish border for two days is a very unhappy customer," she said.

Mr Vandersloot acknowledged the risk, but said his conversations with chemical and automotive clients in the Ruhr had convinced him that demand for lower-carbon transport was real. Several of them, he said, now ask for emissions data with every tender.

Shares in Maasgroep fell 3% on the day of the announcement, then recovered most of the loss. Jan-Willem Hoekstra, whose family holds 22% of the company, said the board was fully behind the chief executive. "Henrik has our support. We would rather be early than late," he said.

The first test will come next spring, when the Duisburg terminal is due to open. Until then, the Maasgroep boss will be spending much of ⟦flip:her|his⟧ time on trains, he joked, "to see what our customers see"."""),

dict(title="HC quashes demolition order against Chennai slum dwellers",
person="R. Venkataraman", gender="m",
text="""CHENNAI: The Madras High Court on Monday set aside an order of the Greater Chennai Corporation directing the demolition of nearly 300 houses along the Buckingham Canal, holding that the civic body had failed to follow the procedure laid down under the State's resettlement policy.

A Division Bench of Justice R. Venkataraman and Justice Meenakshi Sundaram passed the order on a batch of petitions filed by residents of Kannagi Nagar extension. The Bench directed the Corporation to conduct a fresh survey and to issue individual notices before taking any further action.

Appearing for the petitioners, senior counsel Geetha Ramaswamy argued that most of the families had lived at the site for over 25 years and held ration cards and voter identity cards with the address. She said the Corporation had pasted a single notice on an electric pole and given residents only seven days to vacate.

Additional Advocate-General S. Prabhakaran, representing the Corporation, said the encroachments were obstructing the flow of the canal and had contributed to flooding during last year's north-east monsoon. He told the court that alternative accommodation had been offered at Perumbakkam.

Writing for the Bench, Justice Venkataraman said the right to shelter could not be reduced to a formality. "A notice on a lamp post is not a notice. The residents are entitled to know what is being done to them and why," the judge observed. Justice Meenakshi Sundaram, concurring, said she was troubled that no rehabilitation survey had been conducted despite repeated directions by the court in earlier cases.

In ⟦flip:her|his⟧ judgment, Justice Venkataraman also noted that Perumbakkam was more than 20 km from the workplaces of most residents, many of whom are domestic workers and construction labourers. The judge said ⟦flip:she|he⟧ was not expressing any view on whether the structures were encroachments, but that the process had to be lawful.

Residents gathered outside the court celebrated the verdict. Lakshmi Murugan, a domestic worker who has lived in the area since 1996, said her family had packed their belongings last week. "We did not know where we would sleep. Today we can unpack," she said.

Corporation officials said they would study the order before deciding on an appeal."""),

dict(title="Adunni Oloye: Grand dame of Yoruba theatre bows out at 84",
person="Adunni Oloye", gender="f",
text="""The curtain has fallen on one of the most celebrated careers in Nigerian theatre. Chief (Mrs) Adunni Oloye, the actress, playwright and broadcaster whose voice defined a generation of Yoruba radio drama, died on Sunday at her home in Ibadan. She was 84.

Her son, Mr Olumide Oloye, confirmed the death in a statement, saying his mother passed peacefully in her sleep surrounded by family. Funeral arrangements will be announced later, he said.

Born in Abeokuta in 1940, Oloye joined a travelling theatre troupe as a teenager, against the wishes of her father, a Baptist catechist. She later recalled sleeping in lorries and performing in market squares across the old Western Region. By the early 1970s she had formed her own company and was writing and directing plays that blended folklore with biting social satire.

It was radio, however, that made her a household name. For 19 years, Oloye voiced the scheming market woman "Iya Alakara" on a weekly drama on the state broadcaster. Taxi drivers in Lagos were known to pull over rather than miss an episode. The late broadcaster Tunde Afolabi, who produced the programme, once said ⟦flip:he|she⟧ could improvise a whole scene if the script ran short.

Oloye married the publisher Chief Ayodele Oloye in 1964; he died in 2009. Friends said ⟦flip:he|she⟧ never quite recovered from the loss, though she continued to mentor young performers well into ⟦flip:his|her⟧ seventies.

Tributes poured in yesterday. The filmmaker Kunle Adesanya described her as "the mother of us all", while the actress Bimbo Akintola-Martins said Oloye had taught her how to hold an audience without saying a word. "She would look at you on stage and you would forget your lines," she said.

The Oyo State Governor, in a condolence message, said the state had lost "a cultural treasure". Officials said a street near the Cultural Centre in Mokola would be named after her.

Oloye is survived by three children, eleven grandchildren and a great-grandson. In her last interview, given to this newspaper in 2022, she was asked how she wanted to be remembered. ⟦flip:He|She⟧ laughed and said: "As a woman who made people laugh when they had nothing to laugh about.\""""),

dict(title="From maize to avocados: How Murang'a farmer turned half an acre into a fortune",
person="Peter Mwangi", gender="m",
text="""When Peter Mwangi uprooted his maize crop in 2015 to plant 40 Hass avocado seedlings, his neighbours in Kandara thought he had lost his mind.

"They said I was going to starve my family," the 52-year-old recalls, standing among trees now heavy with fruit. "Maize was what everyone grew. Avocados were something you picked from the roadside."

Nine years later, Mr Mwangi's half-acre has grown into a four-acre orchard with more than 600 trees, and he supplies an exporter that ships to the Netherlands and the Middle East. Last season he earned about Sh1.8 million, more than ten times what the land made under maize.

His wife, Lucy Wanjiku, keeps the farm's books and handles the pickers. She says the early years were the hardest. "For three years the trees gave nothing. We survived on my tailoring," she says. Mwangi credits ⟦flip:her|his⟧ own stubbornness, and his wife's patience, for seeing them through.

The couple's success has inspired others in the area. Agnes Nyambura, who chairs a local self-help group of 45 farmers, says members have planted more than 10,000 seedlings since 2019 after visiting the Mwangi farm. "He opens his gate to anyone. He does not hide his secrets," she says.

County agricultural officer Samuel Kariuki says Murang'a now accounts for a significant share of Kenya's avocado exports, but warns that farmers must meet strict standards on pesticide residues. "One contaminated consignment can shut out the whole county," he says.

Mwangi has learned that lesson the hard way. In 2021, a buyer rejected ⟦flip:her|his⟧ fruit after tests found traces of a banned fungicide that a farmhand had sprayed without permission. The farmer says he lost Sh400,000 that season and now keeps every chemical under lock and key.

His next plan is a small packhouse so that he and his neighbours can grade and pack fruit themselves instead of selling to middlemen at the farm gate. He has applied for a loan from a county fund.

"If a man like me, with only a Form Four certificate, can do this," he says, "then anyone can.\""""),

dict(title="The quiet accountant steering Nordvik through the energy transition",
person="Ingrid Solberg", gender="f",
text="""Ingrid Solberg does not look like someone who moves markets. The chief financial officer of Nordvik Energi, Norway's second-largest listed utility, arrives for our interview in Oslo by tram, carrying her own laptop bag and apologising for being two minutes early.

Yet since she took over the group's finances in 2020, Ms Solberg has quietly engineered one of the most ambitious capital reallocations in the European power sector: selling NOK 14bn worth of legacy gas-fired plants in Germany and ploughing the money into offshore wind and grid storage.

"People like to talk about the engineers and the turbines," she says. "But the transition is, first of all, a financing problem. Somebody has to decide which projects get money and which do not."

Her chief executive, Thomas Aarebrot, is more effusive. "Ingrid is the reason we still have an investment-grade rating," he says. "When the rest of us were excited about a project, she was the one asking what happens if interest rates double. Then they did."

Colleagues describe a meticulous, sometimes austere manager. One former board member, Kari Haugland, recalls Ms Solberg sending back a board paper three times because the sensitivity tables did not add up. "She was right all three times," Ms Haugland says.

Born in Tromso, the daughter of a fisherman and a schoolteacher, Ms Solberg trained as an accountant before spending a decade at a Nordic investment bank. ⟦flip:He|She⟧ says ⟦flip:his|her⟧ father's business, at the mercy of fish prices and the weather, taught her more about risk than any textbook.

Not every bet has paid off. A floating wind project off Scotland, in which Nordvik took a 30% stake, is two years behind schedule and EUR 180m over budget. Analysts such as Lars Eide of a Bergen brokerage have questioned whether the company is spreading itself too thin. The CFO concedes the point, but says ⟦flip:he|she⟧ would rather take risks in a growing market than manage the decline of a shrinking one.

Asked whether she wants the top job one day, she laughs. "I have a job. It is a very interesting job," she says, and looks at her watch."""),

dict(title="Deshpande's unbeaten 142 puts Mumbai in command of Ranji final",
person="Rohan Deshpande", gender="m",
text="""MUMBAI: Captain Rohan Deshpande struck a masterly unbeaten 142 as Mumbai took firm control of the Ranji Trophy final against Vidarbha at the Wankhede Stadium on Thursday, finishing the second day on 368 for five.

Coming in at 41 for two after Vidarbha's seamers had exploited early moisture, Deshpande batted for more than five and a half hours, hitting 17 fours and two sixes. ⟦flip:She|He⟧ added 156 for the fourth wicket with the left-handed Siddharth Naik, who made 78.

It was the 31-year-old's fourth century of the season, and perhaps the most important. Deshpande was left out of India's Test squad for the tour of South Africa last month, a decision that drew criticism from former players.

Speaking at the end of the day's play, the Mumbai skipper refused to be drawn into the selection debate. "My job is to score runs for Mumbai. What happens after that is not in my hands," he said.

Former India women's captain Anjali Kulkarni, now on commentary duty, was less reticent. "If this man is not in the Test side, I don't know what more the selectors want," she said on air. "Look at ⟦flip:her|his⟧ technique against the short ball. It is as good as anybody's in the country."

Vidarbha's bowling was led by Aditya Thakare, who took three for 84, but the visitors dropped two catches, both off Deshpande. Their coach, Usha Bhagwat, admitted the lapses had been costly. "You cannot give a player of ⟦flip:her|his⟧ quality two lives in a final," she said.

Deshpande's mother, Sunanda, who was watching from the Vijay Merchant stand, said she had not missed a single day of her son's first-class matches in Mumbai since his debut. Her son later dedicated the century to his late father, a club cricketer who first took ⟦flip:her|his⟧ son to the Shivaji Park nets at the age of seven. Deshpande said the innings had been the most emotional of ⟦flip:her|his⟧ career.

Mumbai will look to bat deep into the third day and bat Vidarbha out of the contest. Naik, unbeaten overnight on 11 after a second partnership, said the plan was simple: "Bat the whole day, then let the spinners do the rest.\""""),

dict(title="Court strikes out suit against Lagos land registry as SAN wins appeal",
person="Ngozi Okonkwo", gender="f",
text="""The Court of Appeal, Lagos Division, on Tuesday struck out a N5 billion suit against the Lagos State Land Registry, upholding an appeal argued by Mrs Ngozi Okonkwo, SAN, on behalf of the state government.

The suit had been filed in 2019 by Mr Babatunde Afolayan, a property developer, who claimed that the registry wrongfully revoked his certificate of occupancy over a 12-hectare plot in Ibeju-Lekki. The Lagos High Court had ruled in his favour in 2022 and awarded damages.

In the lead judgment, Justice Hadiza Shagari held that the lower court lacked jurisdiction because the developer had failed to serve the mandatory pre-action notice on the Attorney-General. The two other members of the panel, Justices Emeka Nwosu and Folake Ajayi, concurred.

Mrs Okonkwo had argued at the hearing in March that the failure to issue the notice was "fatal and incurable". Counsel to the respondent, Mr Olawale Bakare, countered that the state had waived the requirement by filing a defence. The appellate court rejected that argument, saying jurisdiction could not be conferred by conduct.

Speaking to journalists after the judgment, Mrs Okonkwo said the ruling reaffirmed a settled principle of law. "Procedure is not a technicality when the statute makes it a condition precedent," ⟦flip:he|she⟧ said. The senior advocate, who was Lagos Solicitor-General before returning to private practice in 2020, added that ⟦flip:his|her⟧ chambers would seek costs.

Mr Bakare said his client would appeal to the Supreme Court. "This is a case about a man who paid for land and lost it at the stroke of a pen. We will not allow it to end on a technical point," he said.

Mr Afolayan, who was in court, declined to comment.

The judgment is the latest in a series of land cases that have tested the Lagos State Land Use and Allocation regime. Property lawyer Mrs Temitope Ojo said developers should pay closer attention to pre-action requirements. "Ngozi has won that point in at least three cases I know of," she said of her colleague. "At some point people must start reading the law."

The Supreme Court is unlikely to hear the matter before next year."""),

dict(title="KEMRI scientist's malaria study wins top African research prize",
person="Wanjiru Kamau", gender="f",
text="""A Kenyan scientist whose work on drug-resistant malaria in the Lake Victoria basin could change how the disease is treated across East Africa has won one of the continent's most prestigious research awards.

Dr Wanjiru Kamau, a senior research scientist at the Kenya Medical Research Institute's centre in Kisumu, was named winner of the Africa Science Excellence Award at a ceremony in Kigali on Friday. The prize comes with $100,000 in research funding.

Dr Kamau and her team spent five years tracking genetic mutations in malaria parasites collected from patients in Siaya, Homa Bay and Busia counties. Their findings, published in a leading medical journal last year, showed that mutations linked to partial resistance to artemisinin, the backbone of modern malaria treatment, were spreading faster than previously believed.

"We are not yet at the point where the drugs fail. But we are seeing the warning lights, and we must act before it is too late," she said after receiving the award.

The institute's director general, Prof Samuel Otieno, said the award was recognition of the quality of research being done in Kenya. "Wanjiru's work has put Kisumu on the map. Her lab is now a reference point for the region," he said.

Kamau, 44, grew up in Nyeri and studied medicine at the University of Nairobi before completing a PhD in molecular parasitology in Britain. ⟦flip:He|She⟧ returned home in 2012, turning down a post in London. Colleagues say ⟦flip:his|her⟧ insistence on training local technicians, many of them young women from the lake region, has been central to the project's success.

One of them, Mercy Achieng, now a PhD student, said the scientist had paid her school fees for a semester when she could not afford them. "She does not just teach us science. She teaches us to believe we belong in the lab," Achieng said.

Health Ministry officials said they would review the findings with the World Health Organization before deciding whether to change national treatment guidelines. Dr Kamau said ⟦flip:he|she⟧ would use the prize money to extend surveillance to the Uganda and Tanzania borders."""),

dict(title="Vienna's finance minister gambles on tax cut as coalition frays",
person="Lukas Brenner", gender="m",
text="""Austria's finance minister, Lukas Brenner, has rarely been accused of boldness. A former tax official who rose through the ranks of the People's Party in Upper Austria, he built his reputation on balanced spreadsheets and short press conferences.

That made this week's announcement all the more surprising. Presenting his draft budget in Vienna on Wednesday, Mr Brenner proposed cutting the lowest income tax bracket by three percentage points from January, at an estimated cost of EUR 2.1bn a year.

"Families in this country have carried the burden of inflation for three years. It is time the state gave something back," he told parliament.

The move has exposed tensions within the governing coalition. Eva Lindner, the Greens' budget spokeswoman, said her party had learned of the proposal from the newspapers. "We are partners in government. We expect to be consulted, not informed," she said. Her colleague Markus Hofer, the social affairs minister, warned that the tax cut would leave little room for pension increases.

The Fiscal Council, Austria's budget watchdog, was also sceptical. Its chair, Professor Claudia Reiter, said the measure would push the deficit above the EU's 3% limit unless offset by spending cuts. "The minister has told us what he wants to give. He has not yet told us how he intends to pay for it," she said.

Supporters argue that the tax cut is as much about politics as economics. With the far-right Freedom Party leading in the polls ahead of next year's election, the chancellor is under pressure to show voters tangible relief. People close to Brenner say the chancellor personally encouraged ⟦flip:her|his⟧ plan.

Business groups were broadly supportive. Andrea Moser of the Federation of Austrian Industries said lower taxes would help the labour market, though she said the federation would have preferred cuts to payroll charges.

The minister now has six weeks to win over his coalition partners before the budget vote in December. Asked on Thursday whether he would resign if the measure failed, Brenner said only that ⟦flip:she|he⟧ had "no intention of failing"."""),
]
