ARTICLES = [
("Shannon Valley Herald", """Councillors back Ennis cycle route despite traders' objections

Clare County Council has approved a 4.2km cycle and walking route through the centre of Ennis, ending more than a year of public consultation that at times grew heated.

Members voted 19 to 7 at Monday's monthly meeting to proceed with the scheme, which will link the railway station with the Gort Road business park and remove about 40 on-street parking spaces along Parnell Street and the approach to the Abbey Street car park.

The project is being funded almost entirely by the National Transport Authority, which has allocated €6.8 million over three years. Council engineers told members that construction could begin in the spring if the tender process runs to schedule.

Supporters said the route would make ⟦glued:thetown⟧ centre safer for the roughly 1,100 students who attend secondary schools within a kilometre of the proposed path. Cllr Mary Howard said parents had written to her "in their dozens" asking for a protected route.

"We have been talking about this for the guts of a decade," she said. "At some point you have to stop consulting and start building⟦stray: ,⟧ and I think tonight is that point."

Opponents argued that the loss of parking would hurt small retailers already under pressure from out-of-town shopping centres and online sales. The Ennis Chamber had submitted a 60-page response to the consultation asking for a phased approach.

Cllr Pat Daly, who voted against the motion, said the council had "listened politely and then done exactly what it intended to do from the start". ⟦fragment:Despite the many submissions received from the business community over the summer.⟧

Chamber president Niamh Considine said her members were not opposed to cycling but wanted guarantees on delivery access and loading bays. She said the chamber would seek a meeting with the council executive before detailed designs are finalised.

The council's director of services for transportation, Tom Tiernan, said loading bays had been added at four locations following feedback, and that a formal review would take place twelve months after the route opens.

A further public information evening is planned for next month at the Temple Gate Hotel.

⟦disclaimer:This story was generated from a regional wire feed and has not been reviewed by an editor.⟧"""),

("Southern Cross Wire", """Former Geelong builder jailed over $2.3 million deposit fraud

A former Geelong builder who took deposits from dozens of families for homes he never intended to build has been jailed for six years.

Darren Keith Mallory, 51, pleaded guilty in the County Court of Victoria to 34 charges of obtaining property by deception relating to contracts signed between 2019 and 2021.

Judge Fiona Carmody said Mallory had exploited the trust of first-home buyers at a time when construction costs were rising sharply and many families were anxious to lock in a build before prices climbed further.

"These were not sophisticated victims. They were young couples, retirees and in one case a woman recently widowed, who handed over their savings on the strength of your reputation," she said.

The court heard Mallory's company collected deposits totalling about $2.3 million while it was already insolvent. Liquidators later found that much of the money had been used to pay earlier debts, fund ⟦break:a boat purchase and. Cover gambling losses⟧ at a Melbourne casino.

One victim, Shane Petrakis, told the court in a victim impact statement that he and his partner had postponed starting a family after losing $86,000.

"We did everything right. We checked the licence, we rang references, we read the contract twice," ⟦attribution:he said, Mr Petrakis said.⟧

Defence barrister Angus Trent said his client had suffered a severe gambling disorder and had been "drowning rather than scheming", and that he had co-operated fully with liquidators.

Judge Carmody accepted Mallory had shown remorse and had no prior convictions, but said general deterrence was paramount in cases involving large-scale fraud on consumers.

Mallory must serve four years before he is eligible for parole. He has already spent 212 days in custody, which will count towards the sentence.

The Victorian Building Authority said it had since tightened checks on domestic builders' insurance and urged anyone entering a building contract to confirm the builder's registration online before paying a deposit.

⟦furniture:Share this article  Facebook  X  LinkedIn  Email  Copy link⟧"""),

("Tasman Ledger", """Hawke's Bay apple exporter signs supply deal with Vietnamese retailer

A Hastings-based fruit exporter has signed a three-year agreement to supply apples to one of Vietnam's largest supermarket chains, a deal it says could be worth up to NZ$40 million.

Orchard Ridge Fresh announced the agreement on Thursday after months of negotiations with Hanoi-based retailer Phuoc Thanh Mart, which operates more than 300 stores across the north of the country.

Chief executive Lisa Whatuira said the contract would cover several premium varieties, shipped in refrigerated containers from Napier between March and July each year.

⟦placeholder:[caption id="attachment_88213" align="aligncenter" width="800"]⟧

"Vietnam is a market where consumers are increasingly willing to pay for crisp, premium fruit, and they care a great deal about where it comes from," she said. "This gives our growers some certainty after three very difficult seasons."

The region's orchards were badly hit by Cyclone Gabrielle in February 2023, when silt and floodwaters destroyed large areas of trees. Some growers are still replanting, and the company estimates the Hawke's Bay crop will not return to pre-cyclone volumes for another two years.

At a signing ceremony in Hanoi, the retailer's purchasing director, Tran Minh Duc, described the fruit as "⟦foreign:sản phẩm cao cấp mà khách hàng của chúng tôi rất tin tưởng⟧".

The Hawke's Bay growers' association was quick to celebrate online.

⟦embed:Huge day for our orchardists - first big retail contract in Vietnam since the cyclone 🍎 pic.twitter.com/q7RmZ2aLpd — HB Growers Assn (@HBGrowersAssn) March 14, 2024⟧

Exports of New Zealand apples to Vietnam have grown steadily since tariffs were reduced under regional trade agreements, according to ⟦glued:figuresfrom⟧ the Ministry for Primary Industries.

Not all growers are convinced. Independent orchardist Ray Kemp said contracts with large overseas retailers often came with strict grading rules that shifted risk back onto the grower.

"It's good news on paper. The devil will be in the specifications," he said.

Orchard Ridge Fresh said the first shipment under the new contract is due to leave Napier in late March."""),

("Murray River Mail", """Irymple stuns Mildura to claim first Sunraysia flag in 17 years

Irymple has ended a 17-year premiership drought, holding off a fast-finishing Mildura by nine points in front of a crowd of more than 4,000 at the Mildura Recreation Reserve on Saturday.

The Bombers won 11.13 (79) to 10.10 (70) after leading at every change, with midfielder Jake Sorensen collecting 34 possessions and kicking two goals in a best-on-ground performance.

Coach Brett Lancaster, in his second season at the club, said the win belonged to the volunteers who had kept Irymple going through several lean years when it struggled to field a reserves side.

"There were years we were scraping together 22 blokes on a Thursday night⟦stray:..⟧ the people who kept the canteen open and the lights on, this is for them," he said.

Mildura kicked four of the last five goals and got within a kick with six minutes remaining after a long goal from Tom Abdallah, but Irymple's defence, led by full-back Corey Wills, held firm.

⟦dup:1⟧

Sorensen, who returned to the club this year after two seasons in the VFL, said the group had believed all year that it could win the flag.

"We lost to them twice during the season and that hurt. We just kept telling ourselves it wouldn't count for anything in September," he said.

⟦fragment:Having trailed by 31 points at the main break.⟧ Mildura coach Dean Fitzgerald praised his players' effort but conceded his side had been beaten in the contested ball for most of the afternoon.

The reserves premiership went to Merbein, which defeated Red Cliffs by 22 points in the curtain-raiser, while Mildura's under-18 side won the thirds grand final earlier in the day.

The league's best and fairest medal, presented last Monday, was shared by Sorensen and Red Cliffs ruckman Aaron Pike, who polled 19 votes each.

Celebrations continued at the Irymple clubrooms well into Sunday morning, with club president Sue Battaglia describing the scenes as "seventeen years of pent-up joy"."""),

("Harbourside Times", """Little blue penguins return to Wellington's south coast in record numbers

Little blue penguins are nesting along Wellington's south coast in greater numbers than at any time in the past decade, according to a five-year monitoring study released this week.

Researchers and community volunteers counted 212 active burrows along a 14km stretch of coastline between Owhiro Bay and Breaker Bay during the most recent breeding season, up from 131 in 2019.

Lead author Dr Hannah Ruatapu said predator trapping, nest boxes and a dogs-on-leads bylaw had all contributed to the recovery.

"No single measure gets the credit. It's the ⟦glued:combinationof⟧ things, and the fact that so many people in the community have got involved," she said.

The study used microchip readers installed at the entrances of 60 nest boxes to record when birds came and went. The data showed that ⟦broken_paragraph:adults were spending longer at sea during
chick-rearing⟧ than in earlier studies, which the researchers believe reflects changes in where small schooling fish can be found.

Penguins that have to travel further to feed bring back less food per trip, and chicks in some burrows were noticeably lighter at fledging, Dr Ruatapu said.

Road deaths remain the biggest single threat. Volunteers recorded 27 penguins killed by vehicles on the coastal road over the study period, most of them at ⟦break:dusk during. The moulting season⟧ in late summer, when birds come ashore for several weeks.

The city council said it would install two more signposted penguin crossings before next summer and was consulting on a 30km/h limit for a section of the road near known colonies.

Local trapping group coordinator Mike Tapsell said volunteers now check more than 400 traps a fortnight along the coast. "When we started, people thought we were a bit mad. Now we've got a waiting list of volunteers," he said.

The researchers want to extend the monitoring to Mana Island and the Kāpiti coast next year, subject to funding.

⟦disclaimer:Content supplied by a syndication partner. This version was produced with the help of automated tools and may differ from the original.⟧"""),

("Liffey Wire Service", """Trolley numbers climb as Limerick hospital braces for winter surge

⟦placeholder:{{author_name}} | {{publish_date}}⟧

More than 110 patients were waiting on trolleys at University Hospital Limerick on Tuesday morning, the highest figure recorded at any hospital in the country this month.

⟦attribution:According to the Irish Nurses and Midwives Organisation, 112 people were on trolleys at the hospital, the organisation said⟧, including several elderly patients who had waited more than 24 hours for a bed.

Nationally, 548 patients were without a bed, with Cork University Hospital and Sligo University Hospital also among the worst affected.

The INMO's regional officer for the midwest, Mary Flaherty, said staff were working in conditions that were "simply not safe" and warned that the winter months had barely begun.

"Our members are asking the same question every single year. Why are we still here⟦stray: ?⟧ We were promised extra beds and we were promised extra staff, and neither has arrived in the numbers needed," she said.

UL Hospitals Group said it had seen a sustained increase in emergency attendances, with more than 270 people presenting to the emergency department on Monday alone. A spokesperson said a high proportion of those attending were frail and elderly with complex needs.

The group urged members of the public to consider alternatives such as their GP, out-of-hours services or local injury units in Ennis, Nenagh and St John's Hospital for less serious injuries.

A new 96-bed block at the Dooradoyle site is due to open in phases from early next year. The Health Service Executive said the additional capacity would make a significant difference once fully staffed.

Opposition health spokespeople called on the Minister for Health to visit the hospital and publish a specific plan for the midwest region before Christmas.

The Department of Health said funding for more than 1,000 additional acute beds nationally had been provided in recent budgets, and that recruitment was continuing.

⟦furniture:Sign up for Health Check, our weekly newsletter with the stories that matter for your wellbeing. Enter your email address  SUBSCRIBE⟧"""),

("Atlantic Coast Examiner", """Galway trad festival returns with record line-up after two-year hiatus

A traditional music festival in Connemara that was paused for two years because of rising insurance and venue costs will return this summer with its biggest programme yet.

Féile Cheoil na Trá, held in the village of Carna and surrounding townlands, will run over five days in late July and feature more than 60 performers, including sean-nós singers, uilleann pipers and several young bands from the Gaeltacht.

Festival chairwoman Bríd Ní Chonghaile said the committee had spent much of the past year fundraising and negotiating with local businesses to bring the event back on a sustainable footing.

"We were heartbroken when we had to stop. People come home from Boston and London for this week," she said. "⟦foreign:Tá an-áthas orainn go bhfuil muid ar ais, agus beidh fáilte roimh chách.⟧"

The festival was founded by a group of local musicians and teachers. ⟦fragment:Which was first staged in a single pub with four musicians and a borrowed piano.⟧ It grew over four decades into one of the best-known summer events in the west.

This year's programme includes a night of unaccompanied singing in the local church, workshops for children in fiddle and bodhrán, and a céilí on the pier if the weather allows.

Organisers shared a video of a rehearsal session to announce the line-up.

⟦embed:View this post on Instagram

A post shared by Féile Cheoil na Trá (@feilecheoil_natra)⟧

The event has received support from Údarás na Gaeltachta and the county council's arts office, as well as a grant from a heritage fund aimed at rural festivals.

Local publican Seán Mac Donncha said the week was worth as much to the area as a month of ordinary summer trade. "Every bed from here to Roundstone will be full. You can't put a price on that for a small place," he said.

Tickets for the headline concerts go on sale next week, though most sessions in pubs and on the pier remain free."""),

("Canterbury Plains Gazette", """Nor'west gales close roads and cut power to thousands across Canterbury

Severe nor'west winds brought down trees and power lines across Canterbury overnight, leaving about 9,000 homes without electricity and closing several rural roads.

MetService had issued a red warning for the Canterbury High Country, and gusts of up to 150km/h were recorded at Castle Hill and on the Rakaia Gorge bridge, where a truck and trailer unit was blown onto its side shortly after midnight. The driver was not injured.

Orion said crews had restored power to most of Christchurch by mid-morning, but rural customers in Malvern, Darfield and Oxford could be without supply until late tomorrow. ⟦break:The company said. that access to some lines⟧ was being hampered by fallen trees.

State Highway 73 through Arthur's Pass was closed for several hours, and Waka Kotahi advised motorists to avoid unnecessary travel. High-sided vehicles and motorcyclists were warned to stay off exposed routes until the winds ease this evening.

Fire and Emergency New Zealand said crews attended more than 60 callouts, mostly for roofs lifted, fences down and trees across driveways. A shed fire near Sheffield was thought to have been sparked by arcing power lines.

⟦dup:2⟧

Selwyn District Council said it had opened the Darfield recreation centre as a place for residents without power to charge phones and get a hot drink.

Farmers reported damage to irrigators, with at least a dozen centre pivots overturned in the Hororata and Glentunnel area. Federated Farmers' local president Hamish Orr said it had been "a rough night" and urged farmers to check on neighbours, especially those living alone.

⟦glued:Winds wereexpected⟧ to ease from this afternoon as a southerly change moves up the island, bringing a sharp drop in temperatures and a risk of snow to 700 metres.

⟦placeholder:Maximum gust recorded: undefined km/h⟧"""),

("Barrow Valley Echo", """Carlow man charged after series of late-night shop burglaries

A 34-year-old man has been charged in connection with a string of burglaries at shops and a pharmacy in Carlow town over the past three weeks.

The man was arrested on Tuesday morning at a house in the Graiguecullen area following a planned search operation involving local gardaí and members of the Divisional Drugs Unit.

⟦attribution:A Garda spokesperson said the man was detained under Section 4 of the Criminal Justice Act, gardaí said.⟧ He was later charged and is due to appear before Carlow District Court.

Businesses on Tullow Street, Dublin Street and Barrack Street reported break-ins during September, most of them between 2am and 5am. In several cases, front windows or glass doors were smashed and cash registers taken.

Pharmacist Aoife Brennan said her shop had been targeted twice in a single week. "The first time they got the till. The second time they didn't get anything because we'd emptied it, but the door cost us ⟦stray:(⟧ another €1,800 to replace," she said.

Local councillor Fergal Browne said traders had been "living on their nerves" and welcomed the arrest. He said he would raise the issue of improved street lighting and CCTV coverage at the next meeting of the municipal district.

Gardaí said they were continuing to examine footage from several premises and ⟦broken_paragraph:had recovered a quantity of

cigarettes and tobacco⟧ believed to have been taken during one of the incidents.

⟦fragment:To be appearing before the court again early next month.⟧ The accused was remanded in custody after a brief hearing.

Superintendent Ann Marie Twomey appealed to anyone who noticed suspicious activity in the town centre during the early hours to contact Carlow Garda Station or the Garda Confidential Line.

She also urged businesses to review security arrangements, including not leaving cash on the premises overnight, and said the crime prevention officer was available to visit premises and offer advice free of charge."""),

("Kauri Coast Chronicle", """Obituary: Hemi Tautari, kauri forest guardian and storyteller, 1941-2024

Hemi Tautari, who spent more than half a century protecting the kauri forests of Northland and telling their stories to anyone who would listen, has died at his home near Dargaville. He was 83.

Born in Kaihu in 1941, the youngest of nine children, Tautari left school at 14 to work in a timber mill. He later said those years taught him how much had been lost when the great forests were felled for export.

In the early 1970s he joined the New Zealand Forest Service as a ranger in Waipoua, where he worked for 28 years. Colleagues recalled a man who knew every track and could name the age and history of trees that visitors walked past without a second glance.

He became a familiar figure to tourists at Tāne Mahuta, the largest known living kauri, ⟦glued:wherehe⟧ would often appear unannounced to share stories passed down from his grandparents.

In retirement he was a founding member of a local trust that ran volunteer weeding and track-cleaning programmes and campaigned for measures to slow the spread of kauri dieback disease.

His niece, Moana Tautari-Hohaia, said he never thought of himself as an activist. "He just thought the forest was family, and you look after your family," she said.

⟦break:He was recognised in. the Queen's Birthday Honours⟧ in 2009 with a Queen's Service Medal for services to conservation, an honour he described as "nice, but the trees did most of the work".

Friends said he had a dry wit and a fondness for long stories that took unexpected detours before arriving, eventually, at the point.

He is survived by his wife of 58 years, Ruiha, four children, 13 grandchildren and five great-grandchildren. A tangihanga was held at Te Houhanga Marae this week, attended by several hundred people.

⟦disclaimer:[Auto-generated summary] This obituary was compiled automatically from submitted notices and has not been checked by our newsroom.⟧"""),

("Southern Cross Wire", """'I write about the places people drive past': Mallee novelist on her prize-winning debut

⟦placeholder:[VIDEO]⟧

Catherine Oyelaran spent nine years writing her first novel in the back room of a wheat farm outside Ouyen, in Victoria's Mallee, fitting the work around harvest, two children and a part-time job at the local school.

This week, The Salt Country won a major national literary award for debut fiction, beating a shortlist that included two established journalists and a former federal MP.

Speaking by phone from the farm, Oyelaran said she was still adjusting to the attention.

"I've had more phone calls this week than in the previous year. The dog is very confused," she said.

The novel follows three generations of a Nigerian-Australian family who take over a struggling farm during the millennium drought. Critics have praised its unsentimental portrait of rural life and its dialogue, which draws heavily on the speech of the region.

Oyelaran, who moved to Australia from Lagos at 19 to study agricultural science in Adelaide, said she had not set out to write about identity.

"I write about the places people drive past on the way to somewhere else. The fact that my characters are Black Australians in a small Mallee town is part of that, but it's not a lecture⟦stray:。⟧ It's just who lives there," she said.

She said the hardest part of the process had been finding time. Many chapters were drafted between 4am and the school run.

The judges described the book as "a quietly devastating work of enormous warmth". A publisher in the United Kingdom has acquired the rights, and a screen adaptation is under discussion.

Asked what she would do with the prize money, Oyelaran laughed. "Fix the header on the ute, probably. And buy some time to write the second one."

Oyelaran spoke about the novel in an interview recorded for the award ceremony.

⟦embed:Watch on YouTube⟧

⟦furniture:About the author: Rachel Nguyen is Southern Cross Wire's arts and books correspondent. Follow her on X @rnguyen_books or email tips to the arts desk.⟧"""),

("Liffey Wire Service", """EU ministers agree cuts to Atlantic mackerel quotas as Irish fleet warns of losses

European Union fisheries ministers have agreed a reduction of around one fifth in Atlantic mackerel catch limits for next year, after scientists warned that stocks were under increasing pressure.

The agreement, reached in Brussels in the early hours of Wednesday after two days of talks, also sets new limits for blue whiting and several demersal species in waters off Ireland's south and west coasts.

The Minister for Agriculture, Food and the Marine said the outcome was "difficult but balanced", and that Ireland had secured improvements on the Commission's original proposals for several stocks important to the Irish fleet.

Fishing industry representatives in Killybegs reacted angrily, saying Irish vessels were paying the price for overfishing by countries outside the EU. The chief executive of a producers' organisation said the ⟦break:decision would. hit coastal communities⟧ that had already suffered as a result of Brexit.

"Our boats have followed the science for years. Others have not, and we are the ones being punished," he said.

The French delegation had pushed for a smaller cut, arguing that the economic impact had not been properly assessed. A French official told reporters: "⟦foreign:Nous avons défendu nos pêcheurs jusqu'au bout, mais le compromis reste douloureux.⟧"

⟦fragment:Following months of failed negotiations between coastal states in the north-east Atlantic.⟧ Mackerel is shared by the EU, Norway, the UK, the Faroe Islands and Iceland, and environmental groups say that the combined catches set unilaterally by each party have exceeded scientific advice for more than a decade.

A marine campaigner said the cut was overdue. "Mackerel has been overfished for years because nobody will agree how to share it. This decision is painful but it is not a surprise," she said.

The Irish government said it would seek support from the EU's Brexit adjustment fund and the European Maritime, Fisheries and Aquaculture Fund to help affected vessels.

Talks between the coastal states are due to resume in London in the new year.

⟦disclaimer:This article has been machine-translated from the original French-language dispatch. Some wording may differ from the source.⟧"""),

("Murray River Mail", """Swan Hill council votes to keep rates rise at cap despite budget gap

Swan Hill Rural City Council has voted to keep next year's rate increase at the state-mandated cap of 2.75 per cent, despite warnings from officers that it will face a shortfall of almost $1.4 million.

Councillors debated the draft budget for more than two hours on Tuesday night before voting six to one in favour of the officers' recommendation, with Cr Les McPhee the only dissenting vote.

Chief executive Scott Barnard told the meeting that rising costs for roads, waste collection and insurance had put ⟦glued:theorganisation⟧ under sustained pressure, and that savings would have to be found elsewhere.

"We have about 1,800 kilometres of roads to maintain, and a fair bit of that is unsealed. Every time it rains heavily we are looking at tens of thousands of dollars in repairs," he said.

Options to close the gap include deferring some capital works, reviewing opening hours at the Swan Hill art gallery and the Robinvale leisure centre, and selling two parcels of surplus land.

Cr McPhee argued the council should apply to the Essential Services Commission for a higher rate rise, saying the alternative was "death by a thousand cuts" to services.

⟦dup:1⟧

Other councillors said ratepayers, particularly farmers coming off a dry season, could not absorb more. Mayor Ann Yeoman said she had heard clearly from residents that cost of living was their ⟦stray:,,⟧ biggest concern.

"People are telling us they're struggling to pay for groceries and fuel. I'm not prepared to put another burden on them without exhausting every other option first," she said.

The budget also includes $2.1 million for the second stage of the Swan Hill riverfront redevelopment, which is largely funded by a state government grant, and new footpaths in Nyah West and Manangatang.

The draft budget will be placed on public exhibition for 28 days, with submissions closing in early June. The council will adopt a final budget at its June meeting."""),

("Shannon Valley Herald", """Limerick landlord fined over damp and unsafe rental flats

A Limerick landlord has been fined €6,000 and ordered to pay the council's legal costs after failing to fix serious defects in four rented flats in the city centre.

Limerick District Court heard that inspectors from Limerick City and County Council first visited the building on Catherine Street in November 2022 following a complaint from a tenant.

They found black mould throughout the flats, a smoke alarm that had been disconnected, no fire blanket in any of the kitchens and an electrical socket hanging loose from the wall in a bedroom shared by two children.

Council solicitor Deirdre Hennessy said improvement notices had been served on the landlord, Gerard Kiely, of Ballysimon Road, but that most of the works had not been carried out by the deadline.

⟦attribution:"We gave every opportunity to remedy the situation," an inspector told the court, the council's witness said.⟧

Mr Kiely, who represented himself, said he had been unable to ⟦broken_paragraph:get tradesmen to do the work because

of a shortage of builders⟧ in the area, and that one of the tenants had refused access on two occasions.

Judge Marian O'Leary said she accepted there had been some difficulty with access, but that the defects were serious and had persisted for far too long.

"Families were living in these conditions through two winters. That is not acceptable," she said.

⟦placeholder:INSERT PULL QUOTE HERE⟧

The court heard that the works had now been largely completed, and that the council was satisfied the flats met minimum standards.

The judge imposed fines of €1,500 in respect of each of the four flats and said she would have imposed a heavier penalty had the works not been done before the hearing.

Figures published by the Department of Housing show that fewer than one in three rental properties inspected nationally last year met the minimum standards on first inspection. Tenant advocacy group Threshold said the case showed that enforcement was possible when councils were properly resourced."""),

("Tasman Ledger", """Brisbane drone maker lands $90 million defence contract

A Brisbane company that designs long-range drones for mapping and surveillance has won a $90 million contract to supply uncrewed aircraft to the Australian Defence Force.

Skyreach Aerospace, which employs about 140 people at its factory in the southern suburb of Acacia Ridge, will deliver 48 aircraft and ground control systems over four years under the agreement announced on Monday.

The company's SR-40 drone has a wingspan of just under four metres and can fly for up to 14 hours. It has previously been used for bushfire mapping by several state agencies and for monitoring ⟦glued:reefsoff⟧ the Queensland coast.

Founder and managing director Priya Ramaswamy said the contract would allow the company to double its workforce by 2027 and invest in a new testing facility near Toowoomba.

"Three years ago we were eight engineers in a shed. To be building aircraft for the ADF on the south side of Brisbane is something none of us imagined," she said.

⟦fragment:Subject to final approvals from the Department of Defence and export control authorities.⟧ The company also expects to bid for contracts in Japan and the Philippines.

The Queensland government provided a $5 million loan to the company in 2022 under its advanced manufacturing fund. The state's industry minister described the contract as proof that sovereign defence capability could be built in the regions.

The contract has been welcomed by aerospace industry groups, who said Australian firms had too often been overlooked in favour of overseas suppliers.

⟦embed:Proud to welcome @SkyreachAero to the ADF supply chain. Local jobs, local know-how. 🇦🇺✈️

— Qld Aerospace Network (@QldAeroNet) 3 June 2024⟧

However, defence analyst Mark Kerrigan cautioned that small suppliers often struggled to scale up manufacturing quickly enough to meet military timelines.

"The technology is clearly good. The question is whether they can produce it consistently and to schedule, which is a very different challenge," he said.

⟦furniture:Related stories
- Queensland space start-up eyes Bowen launch site
- Why defence is betting on small firms
- Toowoomba airport expansion approved⟧"""),

("Atlantic Coast Examiner", """Late Conlon point sends Clarecastle into county hurling final

Clarecastle are through to their first Clare senior hurling final in six years after a dramatic one-point win over Sixmilebridge at Cusack Park on Sunday afternoon.

Substitute Eoin Conlon struck the winning point from 60 metres deep into stoppage time to give the Magpies a 1-19 to 0-21 victory in a game that was level on nine occasions.

Sixmilebridge, the reigning champions, had looked set to force extra-time after full-forward Darragh Quinlan levelled the match with a free in the 63rd minute.

But Clarecastle worked the ball out from the ⟦break:puck-out and. Conlon, who had⟧ been introduced only ten minutes earlier, turned inside his marker and struck over off his left.

"I just closed my eyes and hit it, to be honest," the 19-year-old said afterwards, still wearing his boots in the dressing-room corridor.

Clarecastle manager Ger Considine said his side had shown character after conceding an early goal chance and falling four points behind before the half-time break.

"We talked at half-time about just staying in it⟦stray: !⟧ Against a team like the Bridge you can't chase it, you have to keep asking questions," he said.

The sides were level at 0-10 apiece at the break, and Clarecastle's goal, a low shot from corner-forward Shane O'Loughlin in the 41st minute, gave them the lead for the first time.

Sixmilebridge manager Michael Casey was gracious in defeat. He said the Bridge had no complaints and wished Clarecastle well in the final.

⟦dup:2⟧

Asked for his thoughts, Clarecastle's veteran goalkeeper, a native Irish speaker from Inis Meáin, said simply: "⟦foreign:Bhí sé crua, ach bhí an bua tuillte againn inniu.⟧"

Clarecastle will face Crusheen in the county final in a fortnight's time."""),

("Southern Cross Wire", """Tasmanian researchers find platypus returning to restored creek

Platypus have returned to a creek in northern Tasmania that was heavily degraded by farming and mining, a sign that a decade-long restoration project is working, researchers say.

Scientists from the University of Tasmania used environmental DNA sampling to detect the animals along a 6km section of Dairy Plains Creek near Deloraine, where no platypus had been recorded since the 1980s.

⟦placeholder:[[IMAGE:platypus_creek_03.jpg|caption=%s]]⟧

The team collected water samples at 20 sites every three months over two years. The samples were tested for traces of genetic material shed by animals as they move through the water.

⟦attribution:"We found platypus DNA at 14 of the sites, and at several of those it turned up in every sampling round," lead researcher Dr Joel Hartigan said, according to Dr Hartigan.⟧

Landholders, Landcare volunteers and the local council have planted more than 30,000 native trees and shrubs along the creek since 2013, and fenced stock out of the waterway to reduce erosion and nutrient runoff.

Dr Hartigan said the return of the platypus was a good indicator of overall creek health because the animals depend on a plentiful supply of aquatic insects and stable banks for burrows.

"When you've got platypus, you generally know the water quality and the invertebrate community are in reasonable shape," he said.

Farmer Rosemary Banks, whose property borders the creek, said she had seen a platypus from her back paddock for the first time last spring.

"My father farmed here for 50 years and never saw one. I stood there for about 20 minutes just watching it," she said.

The researchers warn that platypus populations across Australia are declining and that the species is listed as vulnerable in several states. Drought, land clearing and dams have all reduced suitable habitat.

The findings have been published in a peer-reviewed journal, and the team plans to expand monitoring to other restoration sites in the Meander Valley.

⟦disclaimer:Editor's note: This wire copy was automatically generated and translated from a partner feed. It may contain inaccuracies.⟧"""),

("Canterbury Plains Gazette", """Timaru GP clinic closes books as doctor shortage bites

A Timaru medical centre has stopped taking new patients after losing two of its five doctors, adding to pressure on primary health care in South Canterbury.

Highfield Family Health said it had made the decision "with real regret" after a GP retired and another moved overseas in the space of three months. The clinic cares for about 8,400 enrolled patients.

Practice manager Janine Dowell said the clinic had advertised both positions in New Zealand, Australia and the United Kingdom but had received only a handful of ⟦glued:applications.None⟧ of the applicants had accepted an offer.

"We're competing with every other practice in the country, and with Australia, which can often offer more money and more support. It's a very hard sell," she said.

Residents who are not enrolled with any practice are being advised to use the urgent care clinic at Timaru Hospital or call Healthline for advice.

The region's primary health organisation estimates that more than 3,000 people in South Canterbury are not enrolled with a GP, ⟦broken_paragraph:a figure that has

more than doubled⟧ since 2020.

⟦fragment:Waiting as long as three weeks for a routine appointment.⟧ Patients at several practices have told the Gazette they are increasingly turning to the hospital emergency department for problems that could be treated in the community.

Retired farmer Ian McKenzie, 78, said he had been trying to find a new doctor since his previous GP closed her books last year.

"I've got diabetes and a dodgy heart. You'd think someone would want to keep an eye on that, but every place I ring says the same thing," he said.

A nurses' union representative posted about the closure on social media.

⟦embed:Another South Canterbury practice closing its books. Rural primary care is on its knees. #nzhealth https://t.co/8Hk2LpQzYw

— Sarah Mulvey RN (@smulvey_rn) August 19, 2024⟧

Health New Zealand said it was working with practices in the region on recruitment and was funding extra nurse practitioner roles in rural areas."""),
]
