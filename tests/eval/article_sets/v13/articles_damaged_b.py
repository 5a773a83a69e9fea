ARTICLES = [
("Coral Coast Bulletin", """Cairns police seize $4 million in cocaine hidden in fishing trawler

Police have charged three men after about 12 kilograms of cocaine was allegedly found hidden in the hull of a fishing trawler moored at the Cairns marlin marina.

Detectives from the Organised Crime Gangs Group searched the 22-metre vessel on Friday night following a joint investigation with the Australian Federal Police and Australian Border Force that began in March.

The drugs, which police estimate would have a street value of more than $4 million, were allegedly wrapped in plastic and concealed behind a false panel in the engine room.

Detective Inspector Graham Lowther said the vessel had travelled to waters off Papua New Guinea in recent weeks and was suspected of meeting another boat at sea to collect the shipment. ⟦break:Investigators believed the. drugs were intended⟧ for distribution in Brisbane and on the Gold Coast.

"This is a significant amount of cocaine that will not make it onto our streets," he said. "Far North Queensland is not a soft entry point, and anyone who thinks it is should reconsider."

A 46-year-old Edge Hill man, a 39-year-old man from Gordonvale and a 28-year-old Colombian national were each charged with importing a commercial quantity of a border-controlled drug.

The Colombian man, who arrived in Australia on a tourist visa in February, appeared in Cairns Magistrates Court on Saturday with the assistance of an interpreter. When asked whether he understood the charges, he replied: "⟦foreign:Sí, entiendo, pero no tengo nada que ver con esto.⟧"

None of the men applied for bail, and they were remanded in custody to reappear next month.

Police said the investigation was continuing and further arrests had not been ruled out. Officers also seized two vehicles, a quantity of cash and several mobile phones during searches of homes in Cairns and Gordonvale.

Australian Border Force regional commander Justine Walsh said the remote coastline of northern Australia presented real challenges but that agencies were sharing intelligence more effectively than ever.

Anyone with information about drug importation is urged to contact Crime Stoppers anonymously.

⟦furniture:MORE FROM COURTS & CRIME  |  Most Read  |  Trending Now  |  Latest Video⟧"""),

("Barrow Valley Echo", """Storm Ashling brings flooding to Kilkenny and Carlow as orange warning expires

Flooding has closed roads across Kilkenny and Carlow after Storm Ashling swept across the south-east overnight, bringing more than 60mm of rain in some areas.

⟦placeholder:[gallery ids="4471,4472,4475,4480" columns="2"]⟧

The River Barrow burst its banks at several locations between Bagenalstown and Goresbridge, and the N80 near Leighlinbridge was closed for a time on Monday morning after water rose across both lanes.

In Kilkenny city, council crews worked through the night to erect flood barriers along John's Quay and clear blocked drains on the Dublin Road. A spokesperson for Kilkenny County Council said the defences had performed as expected.

Met Éireann's orange rainfall warning for Carlow, Kilkenny, Wexford and Waterford expired at 9am, but a yellow warning remains in place until midnight. Forecasters said further showers could push river levels higher over the coming 24 hours.

A Met Éireann meteorologist said the ground was already saturated after a very wet October⟦stray:”⟧ and there was nowhere for the water to go.

ESB Networks reported that about 14,000 homes and businesses lost power at the height of the storm, mostly in rural areas of south Kilkenny. Most had been reconnected by lunchtime.

⟦dup:1⟧

Farmers in the Barrow valley reported flooded fields and livestock moved to higher ground. Joe Murphy, who farms near Goresbridge, said water had reached his yard for the second time in three years.

"You can see it coming and there's not a lot you can do. We had the cattle in the top shed by four o'clock this morning," he said.

Carlow County Council urged motorists not to drive through floodwater, warning that depth could be hard to judge in the dark. Several cars had to be towed after becoming stranded on flooded roads near Borris.

Local Link bus services in the area were operating with delays, and Iarnród Éireann said speed restrictions were in place on the Waterford line between Muine Bheag and Kilkenny."""),

("Harbourside Times", """Wellington's oldest bookshop to close after 84 years

One of Wellington's oldest independent bookshops will close its doors at the end of the year, with its owners blaming rising rent, falling foot traffic and the cost of competing with online retailers.

Marsden & Pike, which has traded from the same narrow shopfront on Cuba Street since 1940, announced the closure in a handwritten sign in its window on Monday ⟦glued:morning.It⟧ quickly drew a queue of customers keen to offer their sympathy.

Co-owner Alison Pike, the granddaughter of one of the founders, said the decision had been agonising.

"We've survived a world war, two recessions, earthquakes and a pandemic. But you can't survive a rent that has gone up by 40 percent in three years while people are buying fewer books," she said.

The shop is known for its rare and second-hand poetry section and for the hand-lettered recommendations that staff leave on the shelves. ⟦fragment:A place where, according to generations of regulars, nobody ever rushed you out.⟧

Several writers paid tribute on social media, including a former national poet laureate who said she had bought her first collection of poems there as a student.

Pike said the landlord had been sympathetic but had received a ⟦broken_paragraph:higher offer from a hospitality
business⟧ wanting to open a late-night bar on the site.

Wellington City Council's economic development lead said the loss of long-standing retailers was a concern across the central city, and that the council was looking at options to support independent businesses, including rates relief and a heritage retail grant.

Customers have been asked to return any books on loan from the shop's informal lending shelf, and remaining stock will be sold at a discount from November.

"We'd like to go out with a party rather than a whimper," Pike said. "So come in, buy a book, tell us a story. We'll be here until the last day."

⟦furniture:Have your say: We want to hear from you. Log in or register to comment. Comments are moderated and may take up to 24 hours to appear.⟧"""),

("Kauri Coast Chronicle", """Whangārei man sentenced to home detention over fatal quad bike crash

A Whangārei man whose quad bike crashed while he was carrying a 12-year-old passenger on a farm track has been sentenced to 11 months' home detention.

Liam Adrian Cowley, 27, admitted a charge of careless use of a vehicle causing death in the Whangārei District Court. The boy, the son of a family friend, died at the scene near Maungakaramea in January last year.

The court heard Cowley had been drinking at a family barbecue and was riding the quad bike at speed along a steep, rutted track when it rolled. ⟦break:The boy was not. wearing a helmet⟧ and was thrown from the machine.

Judge Greg Davis said it was a tragedy that had devastated two families who had been close for many years.

"No sentence this court can impose will bring back a child, and I know that nothing I say today will ease the grief of his parents," he said.

In a victim impact statement read by a court victim adviser, the boy's mother said she forgave Cowley but could not forgive the "culture of she'll be right" that had led to her son's death.

⟦attribution:"Every farmer knows the rules. Nobody follows them," she wrote, the mother's statement said.⟧

Cowley's lawyer, Rebecca Sheehan, said her client had been consumed by remorse, had attended a restorative justice conference with the family and had stopped drinking entirely.

Judge Davis disqualified Cowley from driving for 18 months and ordered him to complete 150 hours of community work once home detention ends.

WorkSafe figures show quad bikes are involved in about five deaths and hundreds of injuries on New Zealand farms each year. The regulator has urged farmers to consider fitting crush protection devices and to ban passengers on machines designed for one rider.

A rural safety advocate shared the sentencing news online.

⟦embed:Heartbreaking outcome in Whangārei today. No passengers on quads. Helmets every time. Please. 🙏 #farmsafety

1:42 PM · Mar 6, 2024 · 3,418 Views⟧"""),

("Shannon Valley Herald", """Obituary: Fr Tomás Ó Riain, Clare priest who ran a parish and a hurling club

Fr Tomás Ó Riain, who combined more than 40 years as a parish priest in west Clare with an equally long career as a hurling coach, selector and occasional referee, has died aged 87.

He died peacefully at a nursing home in Kilrush on Saturday, surrounded by family and friends.

Born in Feakle in 1937, the eldest of seven children, he was ordained at Maynooth in 1962 and served first as a curate in Liverpool, where he ministered to Irish emigrants in the docklands and, by his own account, "learned more about life than in seven years of study".

He returned to Clare in 1968 and spent the rest of his ministry in the parishes of Kilmihil, Cooraclare and Kilkee, where he was parish priest for 22 years.

Parishioners remember him as a pragmatic priest who preferred a cup of tea in a kitchen to a formal visit. ⟦fragment:Always with a hurley in the boot of the car.⟧

He trained underage teams in Kilmihil for more than three decades and was a selector with the county minor hurlers in the 1980s. Former players recalled sessions that ended with prayers and began with laps of the field in the rain.

"He'd give you a blessing and a bollocking in the same breath⟦stray:;;⟧ and you'd be grateful for both," said one former minor, now a county board officer.

Fr Ó Riain was a fluent Irish speaker and a regular contributor to local radio, where he presented a weekly programme of sacred music for many years.

In retirement he wrote two books of local history and continued to say Mass in Kilkee until his health declined last year.

He is predeceased by his brothers Michael and Pádraig and is survived by his sisters Máire, Nóra and Eileen, his brothers Seán and Donal, nieces, nephews, and a wide circle of friends.

Requiem Mass will take place at St Senan's Church, Kilkee, on Wednesday, followed by burial in Feakle.

⟦disclaimer:Notice: Parts of this obituary were translated from Irish using automated software. Readers are advised that errors may be present.⟧"""),

("Liffey Wire Service", """Dublin software firm to create 250 jobs after German takeover

A Dublin software company that makes payroll tools for small businesses is to create 250 jobs over the next three years after being bought by a German rival.

Stackwise, which was founded in 2014 and employs about 180 people at its offices in Grand Canal Dock, has been acquired by Munich-based Lohnwerk AG in a deal understood to be worth about €320 million.

⟦placeholder:<a href="#">Click here to read the full statement</a>⟧

The new roles will be in engineering, customer support and sales, and will make Dublin the group's main hub for markets outside the German-speaking countries.

Stackwise chief executive Niamh Gallagher said the deal would give the company the scale to compete with larger American players. "We have always been ambitious, but there's only so far you can go on your own. This lets us go much further, much faster," she said.

Lohnwerk's chief executive, Matthias Brenner, said Ireland's talent pool and English-speaking workforce had been key factors. Speaking at a press conference in Munich, he added: "⟦foreign:Dublin ist für uns kein Nebenstandort, sondern das Tor zur Welt.⟧"

The Minister for Enterprise welcomed the announcement, which is supported by IDA Ireland, and said it was a vote of confidence in the Irish technology sector at an uncertain time.

Some staff expressed concern about ⟦break:whether the company. would retain⟧ its informal culture under new ownership. Ms Gallagher said she would remain as chief executive and that the Stackwise brand would be kept for at least five years.

Irish tech investors said the deal was one of the largest exits for a Dublin software company this year. Earlier backers, including two Irish venture capital funds, are expected to receive significant returns.

The acquisition is subject to approval by competition authorities and is expected to close in the first quarter of next year.

⟦furniture:© 2024 Liffey Wire Service Ltd. All rights reserved. Reproduction without permission is prohibited.⟧"""),

("Canterbury Plains Gazette", """Crusaders edge Chiefs in Christchurch thriller to stay in playoff hunt

The Crusaders kept their Super Rugby playoff hopes alive with a 27-24 win over the Chiefs in front of 16,000 fans in Christchurch on Saturday night.

First five-eighth Riley Hohepa kicked a penalty from 40 metres with two minutes left after the Chiefs were penalised for going off their feet at a ruck inside their own half.

The Chiefs had fought back from 21-10 down early in the second half, scoring two tries in eight minutes through winger Sam Tuilagi and hooker Josh Mitchell to lead 24-21 with a quarter of an hour remaining.

"We've been on the wrong end of a few of those this year, so it's nice to get one back," Crusaders captain Tom Marsden said. "The boys dug deep. That's what this jersey is about."

⟦dup:1⟧

The result lifts the Crusaders to seventh on the table with two rounds remaining, a point clear of the Highlanders.

Hohepa finished with 17 points, including a try in the first half when he ⟦glued:chipped overthe⟧ defensive line and regathered. He was later named player of the match.

Chiefs coach Clayton Reid said his side had given away too many penalties at the breakdown and were made to pay for it.

"We were our own worst enemy at times⟦stray: :⟧ the penalty count tells the story," he said.

A fan's video of the winning kick spread quickly on social media after the match.

⟦embed:♬ original sound - crusaders_fan_nz

crusadersfanzone Hohepa from 40 for the W 🔥🔥 #superrugby #crusaders⟧

The Crusaders play the Blues at Eden Park next Saturday, while the Chiefs host the Hurricanes in Hamilton."""),

("Southern Cross Wire", """Indonesian court jails three over fishing boat that left Australians stranded

An Indonesian court has sentenced three men to prison for their role in a smuggling operation that left 11 Australian surfers and crew stranded on a remote island after their chartered boat sank.

The Mataram District Court on the island of Lombok jailed the boat's captain for four years and two crew members for 30 months each for negligence and operating a vessel without proper safety equipment or permits.

The surfers, most of them from New South Wales and Queensland, spent two nights on an uninhabited island in the Mentawai chain last year before they were rescued by a local fishing boat.

The court heard the vessel had been carrying more than twice its licensed number of passengers and had no working radio or life rafts. ⟦break:Its captain had also. failed to lodge⟧ a voyage plan with port authorities.

⟦attribution:Presiding judge Made Suarta told the court the defendants had "gambled with the lives of their passengers", the judge said.⟧

Outside court, the lawyer for the captain told reporters his client would consider an appeal. "⟦foreign:Klien kami tidak pernah berniat membahayakan siapa pun. Kami akan mempelajari putusan ini.⟧"

One of the surfers, Brisbane physiotherapist Luke Harrington, said he was relieved the case was finished but felt little satisfaction.

"We're all alive and that's what matters. I don't think locking up a couple of deckhands fixes the problem, which is that there are dozens of boats out there like that one," he said.

Australia's Department of Foreign Affairs and Trade has updated its travel advice for Indonesia to warn travellers to check that charter vessels have appropriate safety equipment, and to ask operators for evidence of registration.

Surf tourism in the Mentawai Islands has grown rapidly, and local officials have acknowledged that regulation has struggled to keep up with the number of operators.

The owner of the boat remains under investigation, the court was told.

⟦disclaimer:This report was translated by machine from an Indonesian-language source and has been lightly checked. Quotations may not be exact.⟧"""),

("Kauri Coast Chronicle", """Far North council delays decision on Kerikeri wastewater upgrade

The Far North District Council has delayed a decision on a $38 million upgrade of the Kerikeri wastewater treatment plant after councillors raised concerns about cost blowouts and the impact on ratepayers.

The project, which would increase the plant's capacity to cope with a fast-growing population, has already risen in cost by more than a third since it was first proposed in 2021.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed posuere interdum sem.⟧

Council staff told a meeting in Kaikohe on Thursday that the existing plant was operating close to capacity and that there had been three overflows into the Kerikeri River in the past two years.

"If we don't upgrade this plant, we are going to be back here in two years talking about why the river is closed to swimmers," infrastructure manager Glenn Rawiri said.

Several councillors questioned whether the full cost should fall on Kerikeri ratepayers, given that the plant also serves properties on the outskirts of the town ⟦broken_paragraph:and visitors who come in

large numbers over summer⟧, boosting demand on the system.

Councillor Ann Cotter said she supported the upgrade in principle but wanted a clearer breakdown of the costs before committing.

"I'm not prepared to sign off on a number that keeps moving. Bring us a firm figure and a funding plan," she said.

⟦fragment:Considering the effect on rates across the district as a whole.⟧ Mayor Mere Paraone said the council would take the extra time needed to get the decision right but warned that delays would add to costs.

A local hapū representative told the meeting that any discharge to the river was unacceptable and urged the council to consider land-based treatment options.

The council has asked staff to report back next month with revised cost estimates and options for staging the project over several years.

A government infrastructure fund has indicated it may contribute, though no formal offer has been made."""),

("Murray River Mail", """Echuca hospital opens new cancer treatment centre

Patients in northern Victoria will no longer have to travel to Bendigo or Melbourne for chemotherapy after a new cancer treatment centre opened at Echuca Regional Health on Monday.

The $12 million centre has 10 treatment chairs, two private rooms and a consulting suite for visiting oncologists, and is expected to treat about 2,500 patients a year from across the Campaspe Shire and southern New South Wales.

Chief executive Nick Busch said local people had been asking for the service ⟦glued:foryears⟧.

"Some of our patients were spending four or five hours a day in the car, three times a week, while they were at their sickest. That's not fair, and it's not good medicine," he said.

Moama grandmother Lorraine Pettigrew, 71, who had chemotherapy for breast cancer last year, said the round trips to Bendigo had been exhausting.

"You'd come home and go straight to bed. My husband did all the driving and I don't think he slept properly for six months⟦stray:!!⟧" she said.

The centre was funded by the state government with contributions from the Echuca hospital foundation, which raised more than $1.5 million through community events, bequests and a long-running op shop.

Foundation chair Helen Morrison said the fundraising had involved "every footy club, every CWA branch and every school" in the district.

Health Minister representatives said the opening was part of a wider push to deliver more specialist care in regional areas.

Oncology nurse unit manager Fiona Bell said the centre had been designed with input from patients, ⟦break:with large windows. Looking out⟧ over a garden.

"When you're sitting in a chair for five hours, what you look at matters," she said.

The centre will also offer support services including a cancer care coordinator, a dietitian and counselling, and will work closely with the Bendigo hospital's oncology unit.

⟦furniture:ADVERTISEMENT

Continue reading below⟧"""),

("Atlantic Coast Examiner", """'The island is in the songs': sean-nós singer on 50 years of performing

For half a century, Máire Ní Bhaoill has been singing the unaccompanied songs of her native Árainn Mhór, first in kitchens and halls in Donegal, later on stages in Paris, Boston and Tokyo.

At 71, she has just released a new album, her first in 12 years, recorded over three days in the island's community hall with the windows open so that the sound of the sea could be heard between tracks.

Sitting in her kitchen overlooking the harbour, she explained that the decision was deliberate.

"The island is in the songs. You can't take them out of here and put them in a studio in Dublin and expect them to sound the same," she said.

She learned most of her repertoire from her grandmother, who would sing while baking or knitting, and from older neighbours at house gatherings that she says have all but disappeared.

⟦attribution:"People don't visit the way they did. The television killed a lot of it, and then the phones finished it," Ní Bhaoill said, she told the Examiner.⟧

Asked what the songs meant to her, she paused for a long moment before replying in Irish: "⟦foreign:Is iad na hamhráin an chuimhne is sine atá againn. Nuair a chailltear amhrán, cailltear duine.⟧"

The new album includes several songs that have never been commercially recorded, among them laments for men lost at sea and a comic song about a cow that swam to the mainland.

She is passing the songs on to a handful of young singers on the island, including her granddaughter, who appears on two tracks.

⟦dup:2⟧

Ní Bhaoill will perform at a launch concert in Letterkenny next month, followed by a short tour of venues in Galway, Dublin and Belfast.

She said she hoped to keep singing "as long as the voice holds and the memory doesn't go first".

"And if the voice goes, I'll still have the songs. They don't go anywhere. They just wait for someone else to pick them up," she said."""),

("Barrow Valley Echo", """Kilkenny scientists track bumblebee decline using citizen records

Bumblebee numbers in the south-east have fallen sharply over the past 15 years, according to new research that draws on thousands of records submitted by members of the public.

Researchers based in Kilkenny analysed more than 40,000 sightings logged by volunteers through the national biodiversity recording scheme between 2008 and 2023.

⟦placeholder:[embed]https://www.youtube.com/watch?v=null[/embed]⟧

They found that four of the region's most common bumblebee species had declined by between 20 and 45 per cent, with the steepest falls in intensively farmed areas of south Kilkenny and Wexford.

Lead researcher Dr Orla Keating said the use of ⟦broken_paragraph:citizen science data

allowed the team⟧ to build a far more detailed picture than would have been possible with professional surveys alone.

"We simply don't have enough paid ecologists to walk every hedgerow. What we have are thousands of people with a phone and a bit of curiosity, and that turns out to be enormously valuable," she said.

⟦fragment:While some species in gardens and urban parks holding steady or even increasing.⟧ The researchers believe the loss of hedgerows, wildflower margins and early-spring flowering plants is the main driver of the decline.

The study also found that bumblebees were emerging from hibernation, on average, about nine days earlier than at the start of the period, which the authors link to warmer winters.

Several councils in the region, including Kilkenny and Carlow, have signed up to the All-Ireland Pollinator Plan and have reduced mowing on roadside verges and in public parks.

The National Biodiversity Data Centre shared the findings with its followers.

⟦embed:Posted by National Biodiversity Data Centre on Thursday, 11 April 2024⟧

Dr Keating urged people to keep recording what they see. "Every record counts. Even a blurry photo of a bee on a dandelion tells us something," she said."""),

("Harbourside Times", """Lower Hutt ram raid gang targeted dairies and vape shops, police say

Four teenagers have been arrested after a spate of ram raids on dairies and vape shops in Lower Hutt and Porirua over the past month, police say.

The youths, aged between 14 and 17, were arrested on Wednesday morning at addresses in Naenae, Taitā and Cannons Creek following an operation involving more than 40 officers.

Detective Senior Sergeant Sarah Lineham said the group was believed to be responsible for at least nine ram raids, in which stolen cars were driven into shopfronts ⟦glued:inthe⟧ early hours before vapes, cigarettes and cash were taken.

"These are serious offences that put lives at risk. Shop owners have been left with tens of thousands of dollars in damage and, in some cases, are too frightened to open," she said.

Naenae dairy owner Rajesh Patel said his shop had been hit twice. ⟦break:The second time the car. Came straight through⟧ the counter where he normally stands.

"If it had been during the day, someone would be dead. I have two children. I am thinking every night about whether I should keep this shop," he said.

Police said several of the stolen vehicles had been recovered and that forensic examinations were continuing.

Three of the teenagers will appear in the Youth Court, while a 17-year-old has been charged as an adult and will appear in the Hutt Valley District Court.

Local MP and community leaders have called for more investment in youth services, saying many of the young people involved had disengaged from school.

Police have installed bollards at several shops with funding from a government crime prevention scheme and urged other business owners to apply.

⟦furniture:Tags: Crime, Lower Hutt, Porirua, Youth, Police | Print | Text size A A A⟧

⟦disclaimer:This story has been aggregated from multiple wire sources by an automated system. It may not reflect the latest information.⟧"""),

("Coral Coast Bulletin", """Townsville gallery hands over Torres Strait collection to community

A Townsville art gallery has returned more than 70 cultural objects to Torres Strait Islander communities in a ceremony on Thursday Island attended by elders, artists and hundreds of residents.

The collection, including headdresses, carved masks and a woven mat, was assembled by a missionary in the 1920s and bequeathed to the gallery in the 1970s.

Gallery director Paula Crawford said the return followed four years of consultation with traditional owners from several islands.

"These objects were never ours to keep. We've been caretakers, and now they're going home⟦stray: ,⟧ which is where they belong," she said.

Elders welcomed the objects with songs and dances on the foreshore before they were carried to a new keeping place at the cultural centre, which was built with funding from the federal and state governments.

⟦dup:1⟧

Torres Strait artist and elder Aunty Elsie Mosby said many of the objects had not been seen by anyone in the community for almost a century.

"Our grandchildren will now be able to touch and learn from them. That is something the old people prayed for," she said, before addressing the crowd in Kala Lagaw Ya: "⟦foreign:Ngalpa mura ngapa kaz. Ngalpa kazil mina ngalpun.⟧"

Video of the ceremony was shared widely on social media.

⟦embed:View this post on TikTok
@tsi_culture_hub Our old people's things are coming home ❤️💚💙 #torresstrait #repatriation #blakart
♬ original sound - TSI Culture Hub⟧

The gallery said it would continue discussions with other communities about objects in its collection, and was working with researchers to trace the origins of several items for which records were incomplete.

Museums across Australia have faced growing pressure to return cultural material, and several institutions have adopted formal repatriation policies in recent years.

Ms Crawford said the experience had changed how the gallery worked. "We've learnt more in these four years than in the previous fifty. We want to keep learning," she said."""),

("Murray River Mail", """Heatwave to push Riverland and Mildura temperatures past 45 degrees

Residents along the Murray River have been warned to prepare for a severe heatwave, with temperatures forecast to climb above 45 degrees in Mildura and the Riverland later this week.

The Bureau of Meteorology said hot air from central Australia would build over the region from Wednesday, with little relief overnight. Minimum temperatures are expected to stay above 28 degrees in some towns.

⟦placeholder:WEATHER WIDGET: %location% — %forecast_max%°C⟧

Renmark and Loxton could reach 46 degrees on Friday, and a total fire ban has been declared for ⟦broken_paragraph:the Riverland, Murraylands and the

North West Country district⟧ of Victoria.

⟦attribution:"This is a prolonged, dangerous heatwave, and people need to take it seriously," a bureau spokesperson said, according to the bureau.⟧

Health authorities urged people to drink plenty of water, avoid strenuous activity during the hottest part of the day and check on elderly neighbours, particularly those who live alone or do not have air conditioning.

⟦fragment:Especially for babies, young children, pregnant women and people with heart conditions.⟧ Mildura Base Public Hospital said it had increased staffing in its emergency department in anticipation of heat-related presentations.

Mildura Rural City Council will open the library and the Mildura Waves aquatic centre as cool spaces with extended hours from Thursday.

Grape growers said they would be watering vines through the night to reduce heat stress ahead of the harvest, which is due to begin in the coming weeks.

Riverland grower Tony Caruso said fruit could be scorched in a matter of hours if the wind picked up. "You do what you can. Keep the water on, keep the canopy up, and hope the change comes early," he said.

A cool change is forecast to reach the region on Sunday, bringing storms and gusty winds that could create difficult fire conditions.

Country Fire Authority crews have been placed on standby across the north-west."""),

("Coral Coast Bulletin", """Cowboys rookie stars as Townsville overcomes Storm in golden point

North Queensland rookie halfback Kade Hopoate kicked a field goal in golden point to give the Cowboys a 19-18 win over the Melbourne Storm in front of a sell-out crowd in Townsville on Friday night.

The 19-year-old, making only his fourth NRL appearance, slotted the one-pointer from 30 metres in the 84th minute, sparking wild celebrations among the 25,000 fans at the stadium.

"I just backed myself. The boys gave me the ball and told me to have a crack, so I did," Hopoate said.

The Storm had led 18-12 with eight minutes left after a try to centre Jayden Mills, but the Cowboys levelled through a try to fullback Scott Dunmore and a conversion ⟦broken_paragraph:from the sideline by

Hopoate⟧ with less than two minutes on the clock.

Cowboys coach Rob Payne praised the young halfback's composure.

"He's got a calmness about him you can't coach. We threw him in the deep end a month ago and he's swimming," he said.

⟦dup:2⟧

Storm coach Greg Mallard said his side had let the game slip with poor kicking in the final ten minutes of regulation time.

"We had it won and we didn't finish it off. That's disappointing, but we'll learn from it," he said.

The win moves the Cowboys into the top eight for the first time this season, while the Storm remain second on the ladder.

Cowboys forward Jason Tevita left the field with a hamstring complaint in the second half and will undergo scans on Monday.

⟦furniture:Follow Coral Coast Bulletin Sport on Facebook, Instagram and X for live scores, highlights and match reports.⟧

⟦disclaimer:Automated sports summary — generated from official match data and partner wire copy. Not checked by our sports desk.⟧"""),

("Atlantic Coast Examiner", """Irish aid workers describe conditions in flooded Mozambique province

Irish aid workers in central Mozambique say thousands of families are living in overcrowded temporary camps after severe floods swept through the province of Sofala last month.

Staff from a Dublin-based development charity, which has worked in the region for more than two decades, said many people had lost their homes, crops and livestock, and that clean water was in short supply.

Programme manager Ciara Breathnach, from Galway, spoke to the Examiner by satellite phone from the town of Buzi, about 200km from the ⟦glued:cityof⟧ Beira.

"Entire villages are just gone. People are sleeping in schools and churches, and we're seeing the first cases of cholera, which is what we feared most," she said.

Local officials estimate that more than 60,000 people were displaced by the floods, which followed several days of torrential rain linked to a tropical storm.

⟦fragment:Working alongside local partners and the regional health authority to set up water points and distribute hygiene kits.⟧ The charity says it has reached about 8,000 households so far.

A local community leader, speaking in Portuguese, told the aid workers: "⟦foreign:Perdemos tudo, mas ainda temos esperança de reconstruir.⟧"

Ms Breathnach said she had been struck by the resilience of people in the camps⟦stray:»⟧ many of whom had been through similar disasters before.

"Mozambique has had three major cyclones and a number of floods in just a few years. People know what to do. What they don't have are the resources to recover before the next one hits," she said.

The Government announced €2 million in emergency funding for the response through Irish Aid, and the charity has launched a public appeal.

Climate scientists say storms in the south-west Indian Ocean are becoming more intense as sea temperatures rise, and that countries like Mozambique, which contribute very little to global emissions, are among the worst affected.

Donations can be made through the charity's website or at branches of several Irish banks."""),
]
