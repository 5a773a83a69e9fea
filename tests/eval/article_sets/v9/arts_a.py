ARTS = [
("Harbour Ledger", False, """Council approves £14m dredging plan for the inner harbour

Councillors on Tuesday night approved a £14 million plan to dredge the inner harbour, ending a dispute that has rumbled on for almost three years and left several fishing boats unable to reach their moorings at low tide.

The scheme, which will remove about 180,000 cubic metres of silt from the channel, was passed by nine votes to four after a debate lasting more than two hours. Work is expected to begin in March and to take eighteen months, with the busiest berths cleared first.

Harbour users have complained for years that the channel has become too shallow. Several skippers told the meeting that they now have to wait for the tide before landing their catch, which means the fish reaches market later and sells for less. ⟦glued:Oneowner⟧ said he had lost a week of trips last winter alone.

The money will come from a mix of borrowing and a grant from the regional development fund, which agreed last month to cover just under half of the cost. Opponents argued that the council should have sought a larger grant before committing its own reserves ⟦stray:, ,⟧ and warned that interest rates could rise before the loan is drawn down.

Councillor Janet Ormerod, who chairs the harbour committee, said the decision was overdue. "We have studied this from every angle," she said. "If we do nothing, the harbour silts up and the jobs go with it. That is not a choice anyone in this room wants to make."

⟦dup:1⟧Environmental groups had asked for a full survey of the seagrass beds near the harbour mouth before any digging starts. The council said a survey had already been commissioned and that the contractor would be barred from working in the outer channel during the spring spawning season.

A public drop-in session on the timetable will be held at the harbour office next month.

⟦furniture:Share this article: Facebook | X | WhatsApp | Email
Most read: Ferry fares to rise in April · Lifeboat crew rescues walkers · Fish market opens new hall⟧
"""),

("Midland Courier", False, """Rail operator promises fewer cancellations after winter of disruption

The company that runs trains across the Midlands has promised to cut cancellations by a third by the summer, after a winter in which almost one in ten services on some routes failed to run.

In a letter to passengers published on Thursday, the operator's managing director said a shortage of drivers was the main cause and that 60 new drivers would finish their training by June. ⟦fragment:Extra rest-day working in the meantime, with overtime rates agreed only last week.⟧

Passenger groups said they had heard similar promises before. The chair of the regional rail users' association said members were tired of apologies and wanted to see timetables that could be relied upon. ⟦break:She said the operator. Had not met any of the targets it set itself last year.⟧

Figures from the regulator show that the worst-affected line, between the city and the northern suburbs, lost 11 per cent of its services between November and February. Some commuters said they had started driving to work instead, adding to congestion on the ring road.

The operator also said it would bring back a number of older trains that had been stored, to ease overcrowding on the busiest morning services. ⟦placeholder:[gallery ids="4412,4413,4415"]⟧ The carriages will need safety checks before they can carry passengers.

At a meeting with local MPs, a union representative said drivers were willing to help but that staff morale had suffered. A driver who joined the meeting summed up the mood on the platforms in a single line: ⟦foreign:"Wir sind einfach müde, und niemand hört zu."⟧

The transport secretary is due to decide later this year whether to renew the operator's contract, which expires in 2027. A spokesman for the department said performance would be "a key factor" in that decision and that officials were monitoring the figures weekly.

Passengers can claim compensation for delays of more than 15 minutes through the operator's website.
"""),

("The Northgate Post", False, """Library reopens after two-year refurbishment

Northgate's central library reopened its doors on Saturday after a two-year refurbishment that has added a children's wing, a recording studio and a rooftop reading garden.

Hundreds of people queued along Market Street before the doors opened at 9 a.m., some of them bringing books they had borrowed before the building closed in 2024. Staff said they had waived all fines for items returned in the first month.

"This place has been part of my life since I was six," ⟦attribution:said Margaret Hale, 81, Hale told the Post⟧ as she waited near the front of the queue. "I came here to do my homework. Now I come here to read the papers and to talk to people."

The refurbishment cost £8.2 million, most of it paid for by the city council, with a further £1.5 million raised by a charitable trust. The original Victorian frontage has been restored, while the back of the building has been replaced with a glass extension facing the park.

The library's head of service, Daniel Okafor, said the new studio would be free for anyone with a library card to book. ⟦glued:Podcasts,music⟧ and audiobooks could all be recorded there, he said, and staff would offer training sessions every week.

⟦embed:Northgate Libraries (@NorthgateLibs) · Follow
The doors are open! Thank you to everyone who queued this morning 📚 #NorthgateReads
9:14 AM · Mar 8, 2026
Read 42 replies⟧

Not everyone was happy. A group of residents protested outside against the closure of two smaller branch libraries, which the council shut in 2023 to save money. They said the central library was too far for many elderly people to reach by bus.

The council said it was reviewing bus routes to the city centre and would consider a mobile library service for outlying estates.

⟦disclaimer:This story was provided by a syndication partner and has not been edited by our newsroom.⟧
"""),

("Valley Tribune Online", False, """Farmers warn of fruit shortage after late frost

Orchard owners across the valley say a late frost in April has destroyed as much as half of this year's apple and pear blossom, and that shoppers should expect higher prices in the autumn.

Temperatures fell to minus four degrees on two consecutive nights, just as the trees were in full flower. Growers who had fans and sprinklers to protect their crops said they saved some of the blossom, but many smaller orchards have no such equipment.

"I walked through the rows the next morning and the flowers were brown," said Tom Ridley, who farms 40 hectares near the river. "You could see it straight away. There is nothing you can do once it has happened ⟦stray:.."⟧

The regional growers' association said it was still assessing the damage but that early reports suggested losses of between 30 and 50 per cent. It is asking the government to extend a hardship scheme that was set up after a similar frost in 2019, and to bring forward payments that are normally made in the winter.

Agricultural economists said the shortfall could be partly made up with imports, but that British varieties would be scarce. ⟦broken_paragraph:Cider makers, who rely on local fruit, could be hit

hardest of all⟧, because they cannot easily switch to apples from abroad without changing the taste of their drinks.

⟦fragment:Especially the small producers on the eastern slopes.⟧ Several of them said they had already cancelled orders for bottles and labels and were considering laying off seasonal workers for the year.

The Met Office said late frosts were becoming less common overall but that warmer springs meant trees were flowering earlier, leaving them exposed when cold snaps did arrive. Scientists at the county's agricultural college are testing later-flowering varieties that could reduce the risk in future.

The growers' association will hold a meeting for affected farmers at the village hall in Ashby on Thursday evening.
"""),

("Coastline Daily", False, """Beach cafe owners fight plan for new car park fees

Owners of cafes and shops along the seafront say a council plan to double parking charges at the beach will drive away visitors and put small businesses at risk.

Under the proposals, the cost of a full day's parking at the main seafront car park would rise from £6 to £12 between April and September. The council says the money is needed to pay for lifeguards, toilets and beach cleaning, which it currently subsidises from other budgets.

Sarah Penrose, who runs a cafe opposite the pier, said trade was already fragile. "People come for the day with their families," she said. "If they have to pay £12 just to park, they will go to another beach or stay at home." ⟦placeholder:{{related_article_2}}⟧

A petition against the plan has gathered more than 4,000 signatures in a week. Traders are also asking the council to introduce a cheaper evening rate, ⟦break:so that people who. Come down after work are not put off⟧ by the full charge.

The council's cabinet member for the environment, Paul Treloar, said he understood the concerns but that the authority faced a gap of £3 million in its budget next year. He said residents would be able to buy an annual permit for £60, which would work out cheaper for anyone who visits the beach regularly. ⟦fragment:Also said the permit could be shared between two cars in the same household.⟧

⟦furniture:ADVERTISEMENT
Continue reading below⟧

Some residents welcomed the plan, saying the seafront was overwhelmed by traffic on hot days and that higher fees might encourage visitors to use the park-and-ride service from the edge of town. The bus runs every 20 minutes in the summer and costs £3 return.

A public consultation on the proposals closes at the end of the month. ⟦glued:Thecouncil⟧ will make a final decision at its meeting in February, and any changes would take effect from the Easter holidays.
"""),

("Pinecrest Herald", False, """Hospital opens new stroke unit after years of campaigning

A specialist stroke unit opened at Pinecrest General Hospital on Monday, ending a campaign by patients and doctors that began more than a decade ago.

Until now, patients in the area who suffered a stroke had to be taken by ambulance to a hospital 45 miles away, a journey that can take more than an hour in bad weather. Doctors say every minute counts in treating a stroke, and that faster care can mean the difference between a full recovery and a lifelong disability.

The new unit has 24 beds, a dedicated scanner and a team of nurses and therapists trained in stroke care. It will be able to give clot-busting drugs around the clock and to transfer patients who need surgery to the regional centre.

⟦dup:2⟧Dr Amina Yusuf, the consultant who will lead the unit, said the opening was a proud day for the hospital. She paid tribute to the families who had campaigned for it, many of whom had lost relatives ⟦stray:; ;⟧ after long journeys to hospital.

One of the founders of the campaign, retired teacher Graham Wells, said his wife had died in 2013 after waiting for an ambulance to take her to the city. ⟦fragment:Because nobody listened to us for years.⟧ He said he was relieved that other families would not go through the same thing.

The health board said the unit had cost £11 million and would employ about 60 staff. It admitted that recruitment had been difficult and that some posts were still being filled by agency nurses, but said it expected the team to be complete by the autumn.

At the opening ceremony, a visiting specialist from Lyon praised the design of the unit and, speaking to the staff, added: ⟦foreign:«C'est un modèle pour toute la région.»⟧

The unit will hold an open day for the public next month.
"""),

("Metro Wire Service", False, """City unveils plan to plant 50,000 trees by 2030

The city council has set out a plan to plant 50,000 trees over the next five years, in an effort to cool the hottest neighbourhoods and reduce flooding after heavy rain.

The first 8,000 trees will be planted this winter along main roads and in school grounds, with priority given to districts that have the least shade. Maps produced by the council show that some inner-city streets are up to six degrees hotter than leafy suburbs on summer afternoons.

"Trees are the cheapest air conditioning we have," ⟦attribution:the council's deputy leader, Ruth Castellanos, said, according to Castellanos⟧. "They clean the air, they soak up rain and they make streets nicer places to walk. We should have done this years ago."

The programme will cost about £9 million, including money for watering young trees during their first three summers, when they are most likely to die. Previous planting schemes in the city lost as many as a third of their saplings to drought and vandalism.

Residents will be able to request a tree outside their home through an online form. ⟦break:The council said each request. Would be checked by an officer to make sure there were no pipes or cables under the pavement.⟧

Some campaigners said the target was not ambitious enough and pointed out that the city had lost thousands of mature trees to development over the past twenty years. They want the council to protect existing trees more strongly before planting new ones.

The council said it would publish a yearly report showing how many trees had been planted and how many had survived.

⟦disclaimer:Note: This article was machine-translated from the original Spanish edition and may contain inaccuracies.⟧
"""),

("Riverbend Gazette", False, """Flood defence work delayed by contractor collapse

Work on new flood defences along the River Wend has stopped after the main contractor went into administration, leaving homes in the lower town without the protection they were promised before winter.

The £22 million scheme was due to be finished in November. It includes a raised embankment, new flood gates and a pumping station that would drain water from streets behind the wall during heavy rain.

The Environment Agency said it was working to appoint a new firm as quickly as possible but warned that the delay could be several months. ⟦placeholder:[photo: flood-wall-site-0412.jpg]⟧ In the meantime, temporary barriers will be stored nearby and put up if a flood warning is issued.

Residents who were flooded in 2020 and again in 2023 said they were dismayed. "We have been told so many times that this time it will be different," said Carol Mason, whose house on Bridge Street was under a metre of water three years ago. ⟦embed:Watch: Residents describe the 2023 floods
▶ 2:41
0:00 / 2:41⟧

Local councillors have written to the environment minister asking for the scheme to be treated as urgent. They say insurers have already raised premiums in the lower town and that some residents cannot get cover at all. ⟦glued:Propertyvalues⟧ have also fallen, estate agents say, because buyers are nervous about the flood risk.

The agency said the collapse of the contractor was "deeply regrettable" but that the work already completed, about 60 per cent of the embankment, would still offer some protection. ⟦broken_paragraph:It said it would hold a public meeting in the town

hall to explain the next steps⟧ and answer residents' questions.

Workers employed by the contractor were told on Friday that their jobs had gone. Some said they had not been paid for the past month.
"""),

("Eastfield Times", False, """Schools to trial four-day week for older pupils

Three secondary schools in Eastfield will trial a four-day timetable for pupils aged 16 to 18 from September, with the fifth day set aside for work placements, independent study and college courses.

The pilot, approved by the local education authority this week, will run for one academic year. Teachers will still work five days, using the extra day for planning, marking and one-to-one support for pupils who are falling behind.

Head teachers involved said the idea came from students themselves, many of whom already have part-time jobs. ⟦fragment:Hoping to balance earning and learning without burning out.⟧ Surveys carried out by the schools found that more than a third of sixth-formers worked more than 12 hours a week.

Parents have given the plan a mixed response. Some said it would help young people prepare for work, while others worried that pupils would not use the free day well. One mother ⟦stray:said :⟧ "My son will sleep until noon."

⟦furniture:RELATED
» Exam results: Eastfield pupils beat national average
» Teachers vote on new pay offer
» School meals price rise confirmed⟧

The authority said attendance and results would be closely monitored and that the trial would be stopped early if pupils' grades suffered. Researchers from the university will interview pupils and staff at the end of each term.

Similar schemes abroad have had mixed results. A trial in the Netherlands was praised by the schools' inspectors, one of whom told reporters that the idea was worth copying: ⟦foreign:"Leerlingen waren gemotiveerder en beter uitgerust."⟧

Unions representing teachers said they supported the trial in principle but wanted guarantees that staff would not be asked to do more work without extra pay. The authority said no teacher's hours would increase.

The schools will hold information evenings for parents before the summer holidays.
"""),

("Harbour Ledger", False, """Ferry company adds winter sailings to the islands

The ferry company that serves the outer islands will run an extra daily sailing throughout the winter, after islanders complained that the reduced timetable left them cut off for days at a time.

From November, a second boat will sail each afternoon from the mainland, returning in the early evening. Until now, there has been only one return sailing a day between October and March, and it is often cancelled in rough weather.

Islanders said the single sailing made it hard to get to hospital appointments, to bring in supplies and to commute to jobs on the mainland. ⟦attribution:"It has been a lifeline we could not rely on," said Fiona MacRae, chair of the community council, MacRae said.⟧

The company said the extra sailing had been made possible by a new three-year contract with the regional government, which includes an additional subsidy of £2.3 million. It said it had also hired eight more crew members to cover the longer working day.

⟦break:Passengers will be able to book. The new sailings online from next week.⟧ Fares will be the same as on existing services, with discounts for island residents and for people travelling to medical appointments.

The community council welcomed the change but said it still wanted a larger vessel that could sail in worse weather. The current boat, built in 1994, is not allowed to sail when waves are higher than three metres, which happens several times a month in winter.

⟦dup:1⟧The regional government said a replacement vessel was being designed and should enter service in 2029. Islanders said they had heard that promise before, but were pleased that something was finally changing.

Anyone with questions about the new timetable can contact the ferry office in the harbour or call the booking line between 8 a.m. and 6 p.m.
"""),

("Midland Courier", False, """Bakery chain to open 20 new shops despite rising costs

A family-owned bakery chain based in the Midlands says it will open 20 new shops over the next two years, even though the price of flour, butter and energy has risen sharply.

The company, which started as a single shop in 1968 and now has 74 branches, said sales had grown by 12 per cent last year as shoppers looked for cheaper lunches. ⟦glued:Itsbest-selling⟧ item remains the sausage roll, of which it sells more than 150,000 a week.

⟦disclaimer:[Automatically translated. Original language: Polish]⟧

The chief executive, Martin Clarke, grandson of the founder, said the company had kept prices down by buying flour in bulk and by investing in more efficient ovens. He admitted that some prices had gone up but said the firm had absorbed much of the increase itself. ⟦placeholder:%s⟧

⟦fragment:Not a decision taken lightly, of course.⟧ Clarke said the company had considered slowing its expansion but decided that the high street was still worth investing in, especially in smaller towns where big chains have closed.

The new shops will create about 300 jobs. Most will be in towns in the East Midlands and Lincolnshire, where the company has few branches at present. ⟦embed:View this post on Instagram
A post shared by Clarke's Bakery (@clarkesbakes)⟧

Analysts said bakery chains had done well since the pandemic, as people returned to offices and looked for quick, affordable food. But they warned that rising wages and rents could squeeze profits if sales growth slowed.

The company also said it would trial a new range of vegan pastries in ten shops from next month and, if they sold well, roll them out across the chain by the end of the year. It plans to publish its full annual results in October.
"""),

("The Northgate Post", False, """Theatre saved from closure by last-minute donation

Northgate's oldest theatre has been saved from closure after an anonymous donor gave £750,000 to pay off its debts and fund urgent repairs to the roof.

The Alhambra, which opened in 1891, had announced in January that it would close in the spring unless it could find new money. Its trustees said the donation, which arrived only days before the deadline, had come as a complete surprise.

"We were preparing to tell the staff that it was over," said the theatre's director, Helen Kirby. "Then I got a phone call from a solicitor saying that someone wanted to help. ⟦broken_paragraph:I had to sit down. I still do not know who

it was, and the donor wants to keep it that way⟧."

The theatre employs 28 people and stages about 200 performances a year, including plays, concerts and a Christmas pantomime that sells out every December. It also runs drama classes for children and a youth theatre group.

⟦furniture:Sign up to our daily newsletter
Enter your email address     Subscribe
By subscribing you agree to our Terms and Privacy Policy⟧

The roof repairs will begin in the summer, when the theatre is usually quiet. The trustees said the remaining money would be used to build up reserves so that the theatre would not face the same crisis again.

Local actors and audience members celebrated the news outside the theatre on Wednesday evening, where a crowd sang songs from last year's pantomime. Several people said they had bought tickets for the whole season ⟦stray:““to show support”⟧.

The city council, which cut its grant to the theatre in 2022, said it was delighted by the news and would work with the trustees on a long-term plan. The Alhambra's spring season opens next month with a new production of a classic comedy.
"""),

("Valley Tribune Online", False, """Water company fined over sewage spills into river

A water company has been fined £3.6 million for pumping untreated sewage into the River Calder on dozens of occasions over three years.

The company admitted breaching its permits at two treatment works upstream of the town, where storm overflows released sewage even when there had been little or no rain. Fish were killed along a two-mile stretch of the river in the summer of 2023.

The judge said the company had shown "a persistent disregard" for the environment and had been slow to fix faulty equipment. ⟦break:He said the fine should. Send a clear message to the industry.⟧

Anglers and swimmers, who had reported the pollution repeatedly, welcomed the sentence but said it would not bring back the fish. A local angling club said the river had not recovered and that some stretches were still too polluted to stock.

The company said it was sorry and had invested £40 million in upgrading the two works since the spills took place. A spokesman said new monitors had been fitted to every overflow so that problems could be spotted ⟦glued:immediately.The⟧ company is also paying for a project to restore wetlands along the riverbank.

Campaigners said the fine was small compared with the company's profits, which were more than £300 million last year. ⟦foreign:Un activista venido de Bilbao resumió: “Esto es solo el principio.”⟧

The Environment Agency said it was investigating other water companies over similar breaches and expected more prosecutions this year. It urged anyone who saw signs of pollution, such as discoloured water or dead fish, to report it on its hotline.

The river will be tested weekly during the summer and the results published on the council's website.
"""),

("Coastline Daily", False, """Lifeboat crew honoured for dramatic night rescue

Members of the town's lifeboat crew have been given bravery awards for rescuing four fishermen from a sinking trawler during a storm last winter.

The crew launched shortly after midnight in winds of more than 60 miles an hour and waves up to eight metres high. They reached the trawler, which had lost power and was drifting towards rocks, about an hour later.

⟦fragment:Taking on water fast after the engine room flooded.⟧ The coxswain, Mark Tregear, manoeuvred the lifeboat alongside the trawler several times so that the fishermen could jump across, one at a time.

"It was the worst night I have known in 25 years," ⟦attribution:Tregear said. "The boys did everything right," he said, Tregear added⟧. "I am proud of every one of them."

All four fishermen were brought ashore safely and taken to hospital with mild hypothermia. The trawler sank a short time later. ⟦placeholder:[caption id="attachment_88213" align="alignnone" width="800"]⟧

The awards, presented by the lifeboat charity in London on Wednesday, included a bronze medal for Tregear and certificates for the six other crew members. It is the first bravery medal awarded to the station in more than 30 years.

The charity said the rescue showed the skill and courage of its volunteers, most of whom have other jobs. Tregear runs a boat repair business, and other members of the crew include a plumber, a teacher and a shop worker.

One of the rescued fishermen, who did not want to be named, said he owed his life to the crew. He has since returned to sea on another boat.

The lifeboat station is holding an open day in August to raise money for a new boathouse, which it says is needed to house a larger lifeboat.
"""),

("Pinecrest Herald", False, """Council tax to rise by 4.9 per cent

Households in Pinecrest will pay 4.9 per cent more in council tax from April, after councillors approved the largest increase allowed without a local referendum.

For a typical band D property, the bill will rise by about £95 a year, to just over £2,000. The council said the increase was needed to protect services for elderly and disabled people, which now take up more than half of its budget.

⟦embed:<iframe src="https://www.youtube.com/embed/" width="560" height="315" frameborder="0" allowfullscreen></iframe>⟧

Opposition councillors said the rise would hit families already struggling with high food and energy bills. They proposed cutting spending on consultants and selling some council buildings instead ⟦stray:!!⟧ but their amendment was defeated.

The council's finance chief, Robert Lang, said there were no easy choices. He said the council had already saved £18 million over the past five years and that further cuts would mean closing libraries and leisure centres. Residents on low incomes will still be able to apply for help with their bills.

⟦dup:1⟧The budget also includes money to repair potholes, which residents named as their top concern in a survey last year. About £4 million will be spent on road repairs, double the amount spent in the current year.

Some residents said they were willing to pay more if services improved. Others said they had seen little for the money they already paid.

⟦disclaimer:This content was translated using an automated tool. Please refer to the original version for accuracy.⟧

The new bills will be sent out in March. People who pay by direct debit do not need to do anything, the council said.
"""),

("Metro Wire Service", False, """Cycle lanes to be extended across city centre

The city's network of protected cycle lanes will be extended by 14 miles over the next three years, under plans approved by the transport committee on Monday.

The new lanes will link the existing routes in the north and south of the city, filling gaps that cyclists say force them onto busy roads. ⟦break:Officials said the extension. would be built in stages to limit disruption to traffic.⟧

Cycling has grown rapidly in the city since the first protected lanes opened in 2021. Counts taken at busy junctions show the number of people cycling to work has almost doubled, with the biggest increase among women and older riders.

Business groups have raised concerns about the loss of loading bays and parking spaces on some shopping streets. The council said it would keep loading bays where possible and allow deliveries outside peak hours on streets where ⟦broken_paragraph:space was too tight for both

bays and a cycle lane⟧.

Cycling groups welcomed the plan but said the council needed to move faster. ⟦glued:Theyalso⟧ want the speed limit on residential streets cut to 20 miles an hour across the whole city, rather than area by area.

The extension will cost £26 million, most of it from a national fund for walking and cycling. The council will hold consultations on each section before work begins, and residents will be able to comment online or at drop-in sessions.

The first section, along the river between the railway station and the university, is expected to open next spring.
"""),

("Riverbend Gazette", False, """Market hall to reopen with new food stalls

Riverbend's Victorian market hall will reopen in the summer with a mix of traditional stalls and new food vendors, after a refurbishment costing £5 million.

The hall, which has been closed since 2024, has had its glass roof repaired, its floors relaid and new heating and lighting installed. Of the 40 stalls, about half will be taken by traders who were in the hall before it closed, including a butcher, a fishmonger and a cheese seller.

The rest will be food stalls serving dishes from around the world, with seating in the centre of the hall. ⟦fragment:Along with a small stage for live music on Friday evenings.⟧

The council, which owns the hall, said it hoped the new mix would draw younger visitors into the town centre. ⟦placeholder:Read more about the market's history [here]().⟧

⟦furniture:We use cookies to improve your experience on our site. By continuing to browse you accept our use of cookies. Accept all | Manage preferences⟧

Some long-standing traders said they were worried that rents would be too high. The council said rents for returning traders would be frozen for two years and that new businesses would get a discount in their first six months.

The market manager, Lisa Harding, said there had been more than 200 applications for the new stalls. "People want to be part of this," she said. "It has been the heart of the town for 150 years and we want it to be that again."

The reopening is planned for the first weekend of July, with a street party outside the hall and free entertainment for children throughout the day.
"""),

("Eastfield Times", False, """Airport expansion approved despite protests

A plan to expand Eastfield Airport and almost double the number of passengers it handles has been approved by the planning committee, despite strong opposition from residents and environmental groups.

The airport wants to build a new terminal, extend its runway by 300 metres and add parking for 4,000 cars. It says the expansion will create 2,500 jobs and bring more than £200 million a year into the local economy.

⟦attribution:According to the airport's chief executive, Neil Sutton, Sutton said⟧ the project would help the region compete with larger cities. "Without this, airlines will go elsewhere and so will the investment," he said.

Opponents said the extra flights would increase noise over nearby villages and make it harder for the country to meet its climate targets. More than 600 people objected to the ⟦stray:plan ( including⟧ several parish councils.

One protester, a student from Barcelona studying at the university, held up a sign and shouted to the committee as it voted: ⟦foreign:"Ustedes no piensan en nuestros hijos."⟧ She was asked to leave by security staff.

The committee's chair said members had weighed the economic benefits against the environmental harm and decided by a narrow majority that the benefits were greater. Conditions attached to the approval include a ban on night flights and a fund to insulate homes affected by noise.

Campaigners said they would ask the government to call in the decision for a public inquiry. ⟦break:If the government. Agrees, the expansion could be delayed by at least a year.⟧

The airport hopes to begin construction in 2027 and to open the new terminal in 2030.
"""),
]
