ARTICLES = [
("The Harbourside Courier", """Council backs new parking charges for waterfront despite traders' anger

Council members on Tuesday night voted 7-4 in favour of introducing parking charges along ⟦glued:thewaterfront⟧ promenade, ending more than two decades of free parking in the town's busiest tourist strip.

The decision, taken after a three-hour meeting in the civic hall, means drivers will pay £1.80 an hour from April between 8am and 6pm. Blue badge holders will be exempt, and residents living on Quay Street and Anchor Row will be able to apply for an annual permit costing £45.

Traders had packed the public gallery. Several held up handmade signs reading "Free parking keeps us open", and the chairman twice warned the audience to stop interrupting speakers.

Councillor Margaret Elwood, who leads the finance committee, said the charges would raise an estimated £310,000 a year. She told the meeting the ⟦break:committee had. Approved the⟧ figures only after comparing them with eleven other coastal towns.

"We are not doing this lightly. Every penny raised on the front goes back into the front, into toilets, lighting, the lifeboat slipway and cleaning," she said.

Opposition councillor Derek Pryce said the administration was "balancing the books on the backs of cafe owners". He pointed to a survey by the Harbourside Traders' Association which found 64 per cent of members expected footfall to drop.

⟦placeholder:[photo: INSERT CAPTION HERE]⟧

Jenny Hall, who has run the Crab Shack kiosk for 19 years, said she feared families would simply drive to the next bay. "People come here because it's easy. Take away the easy bit and they'll go to Penmor instead," she said.

The council says a review will take place after twelve months, with the option of introducing a free first half-hour if trade suffers. A consultation on the permit scheme opens next week and runs until the end of February.

⟦furniture:Related stories
Quay Street one-way plan shelved
Lifeboat station appeal passes £100k
Harbour Festival dates confirmed⟧"""),

("Metro Buzz Daily", """Reality star's Range Rover nicked from driveway in 90 seconds

Former Love Villa contestant Kayla Brooks has begged fans for help after thieves took her £95,000 Range Rover from outside her Essex home in less than two minutes.

Doorbell footage shared by the 27-year-old shows two hooded men approaching the white SUV at 3.14am on Sunday. One holds a device close to the front door while the other waits by the car. Within 90 seconds the lights flash, the doors open and the vehicle is reversed off the drive.

Kayla, who shot to fame on the 2021 series of the show, posted the clip to her 1.2 million followers with a plea for anyone who saw the car to come forward.

⟦embed:View this post on Instagram

A post shared by Kayla Brooks (@kaylabrooksx)⟧

"I'm honestly shaking. That car was a present to myself after years of grafting and they took it like it was nothing⟦stray: !⟧" she wrote. "If you see it, please don't approach, just ring the police."

Essex Police confirmed they were investigating. "We are aware of footage circulating online and would urge anyone with information to contact us quoting crime reference 42/18832/24," ⟦attribution:a spokesman said, the force said⟧.

Keyless car theft, known as relay theft, has soared in recent years. Criminals use a gadget to capture the signal from a key fob inside the house and relay it to the car, tricking it into unlocking.

Motoring groups advise owners to keep keys in a signal-blocking pouch, well away from the front door, and to consider a steering lock as a visible deterrent.

⟦dup:1⟧

Kayla's co-star Jordan Mensah was among hundreds of fans to leave supportive comments. "Absolute scumbags. Hope they get found, babe," he wrote.

It is the second high-profile theft in the area this month. Last week a footballer's Mercedes G-Wagon was taken from a gated development less than two miles away. Police have not said whether the incidents are linked, but officers have stepped up patrols in the area overnight.

Insurers say claims for stolen keyless vehicles have risen sharply, and some owners of the most targeted models now struggle to get cover at all."""),

("Fenwick Valley Radio News", """Flood warnings issued for River Fen as more rain forecast

The Environment Agency has issued four flood warnings along the River Fen after a night of heavy rain, with more expected on Thursday.

Warnings are in place for Lower Fenwick, Millbridge, Ashcombe Meadows and the caravan park at Holt End. A wider flood alert covers most of the valley between Fenwick and the estuary.

The river at Millbridge rose by almost a metre overnight and was at 2.4 metres at 7am, according to agency gauges. The record there, set in the winter of 2013, is 3.1 metres.

Forecasters say another 30 to 40 millimetres could fall on already saturated ground ⟦broken_paragraph:by tomorrow evening, with the heaviest

bursts likely⟧ in the afternoon. A yellow weather warning for rain runs from 6am Thursday until midnight.

⟦fragment:Having been told to prepare sandbags since the weekend.⟧ Residents in Lower Fenwick say they are used to the routine. Bob Tanner, who lives on Mill Lane, told Fenwick Valley Radio he had moved furniture upstairs "as a precaution, like always".

"It's the speed of it that worries you. It can go from fine to in your kitchen in an hour⟦stray:,,⟧" he said.

Fenwick District Council has opened a rest centre at the Millbridge community hall and is handing out sandbags from the depot on Station Road until 8pm tonight. Drivers are being warned not to attempt to cross the ford at Ashcombe, which has already been closed.

Travel: The B4410 between Holt End and Ashcombe is shut because of standing water. Bus route 37 is diverting via the bypass. Expected delay: ⟦placeholder:undefined⟧ minutes.

The agency's duty manager, Claire Osei, said teams had been out overnight clearing debris from culverts and checking defences. "Our message is simple: sign up for warnings, have a plan, and don't drive or walk through flood water. Just 30 centimetres of flowing water is enough to move a car," she said.

We'll have updates on the hour throughout the day, and you can send us your pictures and travel news on the usual number."""),

("Plant & Process Weekly", """Midlands foundry invests £4.2m in induction furnaces

Castings specialist Hadley & Rowe has completed a £4.2 million upgrade at its West Bromwich foundry, replacing two ageing cupola furnaces with a pair of medium-frequency induction units.

The company, which supplies grey and ductile iron components to the agricultural and pump industries, said the switch would cut its melt-shop energy consumption by around 30 per cent and remove the need for coke entirely.

Managing director Sarah Hadley said the project had been two years in planning. "Cupolas served us well for sixty years, but the economics and the emissions picture have both moved against them. Induction gives us tighter control over chemistry and we can melt to order rather than running a furnace all day," she said.

The new units, each rated at 3 tonnes per hour, were supplied by a German manufacturer and installed over a six-week summer shutdown. A new fume extraction system and dust filter were added as part of the same package.

The investment has also created ⟦glued:12new⟧ roles, including two metallurgists and a maintenance engineer with experience in power electronics. ⟦fragment:Bringing the total workforce at the site to 148.⟧

Hadley & Rowe received a grant of £650,000 towards the project from a regional decarbonisation fund. The remainder was financed through a combination of reserves and an asset-finance facility.

The foundry sector has been under pressure from high energy prices since 2022, with trade body figures showing several small UK foundries closing in the last two years. Industry consultants say induction conversions are becoming more common, but warn that grid connection costs can be a major barrier.

Hadley said the company had been fortunate that its site already had a substantial electricity supply from its days as part of a larger engineering group. "Without that, I'm not sure the numbers would have worked," she added.

⟦furniture:Tags: Foundry, Energy, Decarbonisation, Midlands

Share: LinkedIn | X | Email | Print⟧

⟦disclaimer:This article is syndicated from our partner wire service and is published unaltered. Plant & Process Weekly accepts no liability for its accuracy.⟧"""),

("The Northgate Echo", """Former treasurer jailed for stealing £38,000 from bowls club

⟦placeholder:By {{byline}}⟧

A former treasurer who siphoned more than £38,000 from a village bowls club to fund online gambling has been jailed for two years.

Graham Whitlock, 61, of Fernside Close, Northgate, admitted fraud by abuse of position at an earlier hearing. He was sentenced at Castlebury Crown Court on Monday.

The court heard Whitlock had been treasurer of Northgate Green Bowls Club for nine years and was trusted with its accounts, including money raised for a new clubhouse roof. Between 2019 and 2023 he made 214 transfers from the club's account into his own, disguising them as payments to suppliers.

Prosecutor Anna Feld said the theft was discovered when the club's new secretary asked to see bank statements ahead of the annual general meeting. ⟦break:Whitlock initially. Claimed the⟧ bank had made errors, but later admitted the payments when confronted with the records.

In a victim statement read to the court, club president Leonard Shaw said members felt "utterly betrayed". The roof project has been delayed by two years and the club had to hold emergency fundraising events to keep the green open.

⟦stray:"⟧We are a small club of mostly retired people. Many of us thought of Graham as a friend, Mr Shaw said.

Defending, Michael Crane said his client had developed a serious gambling addiction after the death of his wife and had since sought treatment. "He is deeply ashamed and has not placed a bet in over a year," ⟦attribution:Mr Crane said, he told the court⟧.

Judge Philippa Marsh said the offences represented a "gross breach of trust" over a long period. "You were in a position of responsibility and you exploited the goodwill of people who had given their time and money to a community institution," she said.

Whitlock has repaid £4,000. A proceeds of crime hearing will take place later this year to determine how much more he must pay back.

Club members said after the hearing that they were relieved the case was over and hoped to start work on the roof before the new season."""),

("Coastline 104.2 Newsroom", """Harbour City snatch late winner to go top

Harbour City FC are top of the Southern Combination table tonight after a stoppage-time header from substitute Luca Ferreira sealed a 2-1 win over Kingsmead Town.

In front of 1,406 at the Quayside Ground, the biggest home crowd of the season, City fell behind in the 23rd minute when Kingsmead striker Owen Bell turned in a low cross at the near post.

The home side levelled four minutes after the break. Captain Danny Roe's free kick from 25 yards clipped the wall and wrong-footed goalkeeper Sam Pike.

City pushed for a winner and it came in the 93rd minute. Ferreira, on for only eight minutes, rose highest to meet a Tyler Quinn corner and send the home end into raptures.

⟦embed:WHAT. A. FINISH. 🟦⚪ Luca Ferreira in the 93rd minute and we're TOP OF THE LEAGUE 🔝 pic.twitter.com/Hc7qL2mZa0

— Harbour City FC (@HarbourCityFC) November 9, 2024⟧

⟦glued:ManagerNeil⟧ Okafor told Coastline 104.2 the win showed the character in his squad. "We weren't at our best in the first half. I told them at half-time to be braver on the ball and they were. Luca's been patient, he's trained brilliantly, and that's his reward," he said.

⟦fragment:Adding that the title race was still wide open.⟧

Kingsmead boss Phil Andrews felt his side deserved at least a point. "We've defended a set piece poorly at the end and it's cost us. That's football, but it hurts," he said.

City are a point clear of Westcliffe Rovers, who drew 0-0 at Daleham. They travel to Portsea United on Saturday.

⟦dup:1⟧

Tickets for the Boxing Day derby against Westcliffe go on general sale on Monday morning, with season ticket holders given a 48-hour priority window from tonight."""),

("Retail Ledger", """Discount grocer PreisFrei plans 40 new UK stores despite cost squeeze

Discount supermarket chain PreisFrei has announced plans to open 40 new UK stores over the next 18 months, despite warning that wage and energy costs are squeezing margins across the sector.

The German-owned retailer, which currently operates 212 shops in Britain, said the expansion would create around 1,600 jobs. Most of the new sites will be in the north of England and Scotland, where it says it remains under-represented.

UK managing director Tom Gallagher said shoppers were continuing to trade down from the big four grocers. "Customers who came to us during the inflation spike have stayed. They've found the quality is there and the savings are real," he said.

Speaking at the group's results presentation in Düsseldorf, chief executive Henrik Vogt was more cautious about the wider market. "⟦foreign:Die Margen im Lebensmittelhandel bleiben unter Druck, und wir werden unsere Preise nicht auf Kosten der Qualität senken.⟧"

The group reported a 4.1 per cent rise in UK like-for-like sales for the year to February, slightly ahead of analysts' expectations. Operating profit margin slipped to 2.6 per cent from 2.9 per cent.

Retail analyst Priya Chandra of Northbridge Securities said the expansion plans were ambitious but achievable. "PreisFrei has a proven format and a strong balance ⟦glued:sheet.The⟧ question is whether it can secure the right sites at the right rents, because competition for space is fierce," she said.

Store openings will include a flagship in Leeds city centre and the company's first sites on the Isle of Wight. A new distribution centre near Motherwell is due to open in spring to support the Scottish stores.

PreisFrei said it would also invest £25 million in pay, raising the hourly rate for store assistants to £12.60 from June. ⟦placeholder:Stores opening near you: %s⟧

Suppliers will be watching closely. Several British producers told Retail Ledger that discounters were now among their fastest-growing customers, though negotiations on price remained tough.

⟦disclaimer:Parts of this article were translated from the German original using automated software and have not been reviewed by an editor.⟧"""),

("The Daily Splash", """Mum's warning after toddler swallows button battery from TV remote

A mum has issued an urgent warning to parents after her two-year-old son swallowed a button battery from a TV remote and needed emergency surgery.

Leah Morgan, 31, from Swindon, said she had only turned her back for "a few seconds" while making tea when little Alfie got hold of the remote and prised open the battery compartment.

"He came toddling over and he was drooling and making this odd little cough. I had no idea what had happened until I saw the remote on the floor with the back off," she said.

⟦furniture:We value your privacy. We and our 842 partners use cookies to personalise content and ads. ACCEPT ALL | REJECT | MORE OPTIONS⟧

Alfie was rushed to Great Western Hospital and then transferred to a specialist children's unit in Bristol, where surgeons removed the coin-sized lithium battery from his oesophagus. ⟦break:Doctors told. the family⟧ that it had already begun to burn the lining of his throat.

Button batteries can cause catastrophic injuries within two hours of being swallowed. When they come into contact with saliva, an electrical current creates caustic soda, which can burn through tissue⟦stray:。⟧

⟦fragment:Which is why experts say every minute counts.⟧

Alfie spent five days in hospital and is now recovering at home, although he will need follow-up checks to make sure no narrowing develops as the wound heals.

Leah is now campaigning for tougher rules on battery compartments. "Some of these gadgets are made so cheaply that a toddler can open them with his fingers. It should take a screwdriver, every single time," she said.

The Child Accident Prevention Trust advises parents to keep spare and used batteries out of reach, check that compartments on toys and gadgets are secured, and go straight to A&E if they suspect a child has swallowed one. Do not let the child eat or drink and do not make them sick.

Signs can include coughing, gagging, drooling, pointing to the throat or being off food, but some children show no symptoms at all."""),

("Kestrel FM News", """Police appeal after telehandler ram raid on village post office

Police are appealing for witnesses after a stolen telehandler was used to rip a cash machine out of the wall of a village post office in the early hours of this morning.

It happened at around 2.40am at Brackley Stores on the High Street in Upper Tolworth. Residents were woken by a loud crash and the sound of an engine revving.

⟦placeholder:[VIDEO]⟧

Officers say the machine had been taken from a farm about two miles away. It was driven through the front of the building and used to drag the ATM out onto the pavement, where it was loaded onto a flatbed pick-up truck. The telehandler was abandoned at the scene.

⟦broken_paragraph:The pick-up, believed to be a dark Isuzu, was last seen heading towards the A43. Detective Sergeant Kim Ashworth said the
raid had caused severe damage⟧ to the building, which also houses a flat above. Nobody was hurt.

"This was a reckless and dangerous crime. There were people asleep upstairs and it is only by luck that nobody was injured," ⟦attribution:she said, DS Ashworth said⟧.

"We are particularly keen to hear from anyone with dashcam footage from the Upper Tolworth area or the A43 between 2am and 3.30am, or anyone who has been offered a cash machine or large quantities of cash."

The shop's owner, Rajesh Patel, posted pictures of the damage on the village community page.

⟦embed:Embedded content from Facebook: Upper Tolworth Village Noticeboard · "Absolutely gutted. 14 years we've been here and never anything like this. Shop will be shut for now, will update when we can reopen. Thank you all for the messages x" · 6:12 AM · 42 comments · 118 shares⟧

The building has been assessed by structural engineers and the High Street is closed between Church Lane and the Green while work is carried out to make it safe. Diversions are in place.

There has been a series of similar raids across the county in the past six months. Police have not confirmed whether this attack is linked.

Anyone with information can call 101 quoting incident 57 of today."""),

("Freight & Logistics Review", """Rotterdam container volumes slip as Red Sea diversions bite

Container volumes handled at the Port of Rotterdam fell by 3.2 per cent in the first half of the year, as disruption to Red Sea shipping routes and weaker European demand weighed on traffic.

The port authority said 6.6 million TEU passed through its terminals between January and June, compared with 6.8 million in the same period last year. Total cargo throughput, including bulk and liquid goods, was down 1.9 per cent at 219 million tonnes.

Diversions around the Cape of Good Hope have lengthened voyages between Asia and northern Europe by up to two weeks, causing vessels to arrive in bunches and putting pressure on yard capacity. ⟦fragment:Resulting in longer dwell times at several terminals during the spring.⟧

The authority's chief executive said in a statement that the port remained resilient. "⟦foreign:Wij blijven investeren in de energietransitie en in digitalisering, ook als de volumes tijdelijk teruglopen.⟧"

Volumes of liquefied natural gas rose sharply, reflecting Europe's continued shift away from pipeline gas, while coal throughput fell to its lowest level in decades.

Freight forwarders told Freight & Logistics Review that conditions had eased since June. One UK-based operator said transit times on the Asia to Rotterdam lane were settling into a new pattern. "The key issues for shippers remain the same⟦stray: :⟧ reliability, cost and visibility," he said.

The port also confirmed progress on its carbon capture project beneath the North Sea, which is due to begin storing CO2 from ⟦glued:industrialusers⟧ in the Rotterdam area in 2026.

Analysts expect volumes to recover modestly in the second half if the Suez route reopens, but warn that overcapacity in the global container fleet is likely to push freight rates down sharply next year.

⟦disclaimer:[Automated translation] Quotations in this report were machine-translated from Dutch. Minor discrepancies from the original may occur.⟧"""),

("Ridgemont Gazette", """Ridgemont mourns Edna Fairclough, founder of the town's first nursery

Edna Fairclough, who founded Ridgemont's first nursery school in a church hall in 1952 and went on to teach three generations of local children, has died aged 98.

She passed away peacefully at Elmwood care home on Friday, surrounded by family, her daughter Anne said.

Born in Leeds in 1926, Edna moved to Ridgemont after marrying her husband, Walter, a signalman at the old railway station. Finding there was nowhere for young children to learn and play while their mothers worked, she persuaded the vicar of St Aidan's to let her use the hall three mornings a week.

The Little Acorns nursery began with eleven children, second-hand toys and a piano donated by a local pub. By the time Edna retired in 1989 it had moved to purpose-built premises on Meadow Road and was caring for more than sixty children a day.

Former pupils remember her as Mrs F, strict about manners and devoted to nature walks. Many recall being taken to the allotments to plant beans in yogurt pots.

"She was firm but she was the kindest woman you could ever meet," said Rita Dobson, who attended the nursery in 1958 and later worked alongside Edna as an assistant. "If a child was struggling at home, she knew, and she'd quietly make sure they had a hot dinner."

⟦dup:2⟧

In 2002 Edna was made an MBE. ⟦fragment:For services to early years education and to the wider community.⟧ She remained a familiar figure in the town well into her nineties, volunteering at the library's storytime sessions until the pandemic.

⟦glued:Ridgemontborn⟧ author Carol Bright, who dedicated her first children's book to her former teacher, said: "Mrs F taught me to love stories. I would not be doing what I do without her."

Walter died in 1994. Edna is survived by her daughter Anne, son Peter, five grandchildren and nine great-grandchildren.

Her funeral will be held at St Aidan's Church on March 14 at 11am. The family have asked for donations, instead of flowers, to the Little Acorns bursary fund.

⟦furniture:ABOUT THE AUTHOR
Tom Riley is a community reporter at the Ridgemont Gazette covering Ridgemont, Ashby Marsh and the surrounding villages. Got a story? Contact the newsroom.⟧"""),

("Metro Buzz Daily", """Pop star Jaxx axes arena tour hours before opening night

Chart-topper Jaxx has axed her entire UK arena tour just hours before she was due on stage in Glasgow, leaving thousands of fans fuming outside the venue.

The 24-year-old singer, real name Jasmine Okoro, announced the cancellation in a short statement posted at 5.47pm, less than an hour before doors were due to open at the OVO Hydro.

⟦embed:I'm so sorry. I've tried everything to make these shows happen but I need to put my health first right now. Refunds info coming asap. I love you all more than you know 💔 pic.twitter.com/Jx8Pq0RzLm

— JAXX (@jaxxofficial) October 2, 2024⟧

Fans who had travelled from across Scotland and northern England were left stranded, with some saying they had spent hundreds of pounds on hotels and trains⟦stray:..⟧

"I've come from Newcastle with my daughter for her 13th birthday. She's in bits. We found out from a TikTok, not from the venue," said one mum, Claire.

Promoter LiveArc said all ticket holders would be refunded automatically within 14 days. "We share the disappointment of fans and are working to support Jaxx at this time," ⟦attribution:a spokesperson said, LiveArc said in a statement⟧.

The 11-date tour, in support of her second album Glasshouse, was due to visit Manchester, Birmingham, Cardiff and London, where she had been booked for two nights at the O2.

⟦placeholder:[tour_dates_widget city="all" show_sold_out="true"]⟧

Insiders claim rehearsals had been "tense" in recent weeks. One source told Metro Buzz: "Everyone could see she was running on empty. The label ⟦break:had been. pushing her⟧ to do promo every single day."

Jaxx rose to fame in 2021 when her single Paper Planes went viral, spending six weeks at number one. She has been open about her struggles with anxiety and has spoken previously about the pressure of sudden fame.

Fellow stars rushed to show their support, with rapper K-Dot writing "take all the time you need sis" under her post.

Her representatives have not said whether the tour will be rescheduled."""),

("The Harbourside Courier", """Seagrass makes surprise comeback in Harbourside Bay

Seagrass beds in Harbourside Bay have expanded by more than a third in five years, according to a survey that scientists say offers rare good news for the coastline.

Researchers from the Southern Marine Institute mapped the bay using drones, sonar and divers last summer. They found ⟦glued:seagrassmeadows⟧ now cover about 41 hectares, up from 30 hectares when the last full survey was carried out in 2019.

Seagrass is a flowering plant that grows in shallow, sheltered water. It provides nursery grounds for fish such as bass and pollock, shelters seahorses and cuttlefish, and locks away carbon in the seabed at a rate per hectare far higher than many land forests.

The UK is thought to have lost up to 90 per cent of its seagrass over the last century ⟦broken_paragraph:because of pollution, disease, dredging and damage from boat

anchors⟧ and moorings.

Dr Helen Marsh, who led the survey, said the recovery in the bay appeared to be linked to a voluntary no-anchor zone introduced by the harbour authority in 2018, and to eco-moorings installed by the local sailing club. ⟦break:Traditional moorings. drag heavy chains⟧ across the seabed as the tide turns, scouring circular bare patches.

"What we're seeing is that if you simply stop damaging it, seagrass can come back surprisingly quickly. That's really encouraging, because it means local action works," she said.

⟦fragment:Not least the sailors themselves.⟧ Members of Harbourside Sailing Club raised £28,000 to replace 40 of their moorings with floating designs that keep chains off the bottom.

Club commodore Ian Fletcher said members had been sceptical at first. "There were worries about cost and whether they'd hold in a blow. But they've come through two winters without problems and people can see the difference when they snorkel," he said.

The institute now plans to plant seeds collected from the healthiest beds in areas where seagrass has not returned on its own. Volunteers are being sought to help with seed collection in June."""),

("The Lowland Tribune", """Mayor faces no-confidence vote over developer dinners

The mayor of Lowland, Patrick Donnelly, will face a vote of no confidence next week after opposition councillors accused him of failing to declare links to a developer behind a 600-home scheme.

The motion, tabled by the Independent and Green groups, will be debated at a special meeting of the full council on Wednesday. It needs the support of 24 of the 46 councillors to pass.

At the centre of the row is a ⟦glued:planningapplication⟧ by Brookfield Estates for land off the Carrick Road. Documents seen by the Lowland Tribune show that Mr Donnelly attended two dinners hosted by the firm's chairman in 2022, before the site was added to the draft local plan ⟦stray:(⟧which sets out where new homes can be built over the next 15 years.

Mr Donnelly denies any wrongdoing. "I have never discussed this application with anyone from Brookfield in any private capacity, and I have followed the code of conduct at every stage," ⟦attribution:the mayor said, Donnelly said⟧.

He said both dinners had been charity events attended by dozens of people, and that he had paid for his own tickets.

Green group leader Fiona McAllister said that was not the point. "Members of the public deserve to know who the mayor is meeting. If there's nothing to hide, why wasn't it on the register?"

⟦furniture:Get the Lowland Tribune politics newsletter every Friday. Enter your email address → SUBSCRIBE. You can unsubscribe at any time.⟧

The council's monitoring officer confirmed she had received a complaint and was considering whether to refer it for formal investigation. Register of interests last updated: ⟦placeholder:null⟧.

Mr Donnelly's Labour group holds 21 seats, meaning the vote is likely to turn on the four Conservative councillors and one unaligned member. Conservative leader Gordon Hay said his group would "listen to the debate before deciding".

Brookfield Estates said its application had been submitted in the normal way and would be judged on its merits by the planning committee."""),

("Coastline 104.2 Newsroom", """A&E waits at St Catherine's hit record as winter pressures bite

Patients at St Catherine's Hospital waited an average of 7 hours and 48 minutes in the emergency department last month, the longest since records began.

New figures from the hospital trust show that just 52 per cent of people attending A&E in December were seen, treated and either admitted or discharged within four hours, against a national target of 78 per cent.

Almost 900 patients spent more than twelve hours in the department from the time they arrived. The trust says flu, Covid and norovirus combined to put "exceptional pressure" on beds over the Christmas period.

Chief operating officer Dr Martin Lyle told Coastline 104.2 staff were working flat out. "Our teams are doing an incredible job in very difficult circumstances. The problem is flow⟦stray:，⟧ we have patients who are medically fit to leave but can't go because there's no care package in place for them at home," he said.

At one point last week, 112 of the hospital's 640 beds were occupied by people well enough to be discharged.

The trust has opened a temporary 20-bed discharge lounge and is working with the county council to buy extra care home places.

⟦dup:1⟧

Listeners have been getting in touch with their experiences. ⟦broken_paragraph:One caller, Sandra from Westcliffe, said her 84-year-old father waited

eleven hours⟧ on a trolley in a corridor after a fall. "The staff were lovely. They kept apologising. But it's not right for anyone, let alone someone his age."

Health campaigners say the figures show the system is "running on fumes". ⟦fragment:Calling for an urgent review of social care funding across the county.⟧

People are being urged to use NHS 111 online or their local pharmacy for minor illnesses, and to only attend A&E in a genuine emergency."""),

("Kestrel FM News", """Wessex overseas signing Kerrigan ruled out with back injury

Wessex County Cricket Club will have to find a new overseas player for the start of the season after Australian seamer Josh Kerrigan withdrew with a back injury.

The 28-year-old, who took ⟦glued:41wickets⟧ at an average of 22 last summer, had been due to return for a second spell with the club in April. Scans last week revealed a stress fracture that will keep him out for at least three months.

Director of cricket Andy Moles said the news was a blow. ⟦placeholder:INSERT QUOTE FROM ANDY HERE⟧

The club says it is in talks with "two or three" possible replacements and hopes to have someone in place before the opening Championship match against Derbyshire on April 5.

Kerrigan's injury adds to a difficult winter for the club, which lost two senior batters to retirement and saw its head coach leave for a role with England's under-19 side in December.

Kerrigan posted a video message to supporters on the club's channel.

⟦embed:Josh Kerrigan: "Gutted, Wessex fans" | A message from Josh
Watch on YouTube⟧

Captain Tom Harcourt said the squad would get behind whoever came in. "Josh was a massive part of what we did last year, on and off the field. You don't replace that overnight, but we've got a good group of young seamers who ⟦break:will see. this as⟧ an opportunity," he said.

Among them is 20-year-old Ben Oduya, who impressed on the club's pre-season tour to Spain, taking eight wickets in two warm-up games.

Wessex finished fourth in Division Two last season, missing out on promotion by 14 points. They begin their preparations with a friendly against the university side next week.

Members can renew their memberships at the early-bird rate until the end of the month, the club said."""),

("Plant & Process Weekly", """Hydrogen boiler trial at Yorkshire food plant ends early

A trial using hydrogen to fire steam boilers at a food processing plant in North Yorkshire has been brought to a close three months early after supply problems, its operators have confirmed.

The project at Dales Country Foods in Thirsk was designed to test whether an existing natural gas boiler could be converted to burn a blend of up to 100 per cent hydrogen without major loss of efficiency. It was part-funded by a government innovation programme and began last spring.

Hydrogen was delivered by tube trailer from an electrolyser site in Teesside. According to the project's interim report, ⟦broken_paragraph:deliveries were interrupted on eleven occasions between October and January, forcing the plant
to switch back⟧ to natural gas for periods of up to nine days.

⟦furniture:ADVERTISEMENT⟧

Engineering lead Rachel Dunn said the boiler itself had performed well. "The combustion side of this has been a success. Flame stability, NOx emissions and turndown were all within what we'd hoped for," ⟦attribution:she said, Dunn told Plant & Process Weekly⟧.

"The sticking point has been logistics. You can't run a food factory on a fuel that turns up when it turns up."

⟦fragment:Whereas a pipeline supply would remove that risk entirely.⟧ The nearest proposed hydrogen pipeline is not expected to reach the area until the mid-2030s at the earliest.

The trial burned around 38 tonnes of hydrogen in total, avoiding an estimated 330 tonnes of carbon dioxide compared with running on natural gas alone.

Industry body the Process Heat Forum said the results highlighted a wider challenge for manufacturers trying to decarbonise high-temperature heat. Many sites are weighing hydrogen against electric boilers and heat pumps, which avoid fuel delivery issues but require expensive grid upgrades.

Dales Country Foods said it would publish a full report in the summer and had not ruled out taking part in future trials.

⟦disclaimer:This story has been auto-generated from a company press release distributed via a newswire and has not been independently verified by our editorial team.⟧"""),

("The Daily Splash", """Brit families dangle over Alpine gorge as cable car conks out

More than 40 tourists, including several British families, were left dangling above a 200-metre gorge for almost four hours after a cable car broke down in the Italian Alps.

The gondola on the Monte Ladro line near Bolzano ground to a halt at around 11am local time on Saturday when a power fault hit the upper station. Rescuers used ropes and a helicopter to bring passengers down one by one.

Brit dad Steve Collins, 44, from Reading, who was on board with his wife and two children, said: "The kids were brilliant, to be honest. My youngest thought it was an adventure. It was me who was bricking it."

Video filmed by a passenger shows the cabin swaying gently in the wind as a rescuer in a harness is lowered from the cable above.

⟦embed:View this post on Instagram

A post shared by Soccorso Alpino Alto Adige (@soccorsoalpino_aa)⟧

The local mountain rescue service said everyone was brought down safely and nobody needed hospital treatment. A spokesman told Italian media: "⟦foreign:Le operazioni si sono svolte senza problemi grazie alla calma dei passeggeri.⟧"

The cable car operator said the fault had been caused by a lightning strike on the electrical system overnight, which had not shown up in ⟦glued:morningsafety⟧ checks. The line will stay closed while engineers investigate.

It is the latest in a string of incidents on ageing Alpine lifts. In 2021 a cable car crash at Lake Maggiore killed 14 people, leading to tougher inspections across Italy.

Travel experts say holidaymakers should check their insurance covers mountain rescue, which can cost thousands of euros in some countries.

⟦stray:"⟧ Steve added that the family would not be put off by the ordeal. "We're going up again on Tuesday, on the other lift," he laughed.

⟦placeholder:Photo credit: {photographer_name}/Splash News⟧"""),
]
