ARTICLES = [
("The Northgate Echo", """Argentine city declares emergency as heatwave knocks out power

Authorities in the Argentine city of Rosario have declared a state of emergency after a record-breaking heatwave left more than 200,000 homes without electricity for up to three days.

Temperatures reached 43.6C on Tuesday, the highest ever recorded in the city, as a mass of hot air settled over central Argentina for the second week running. Demand for air conditioning pushed the regional grid beyond its limits, triggering a cascade of failures at substations.

Residents in several districts blocked roads with burning tyres on Wednesday night in protest at the outages. Many said they had been left without water as well as power, because pumps in apartment blocks rely on electricity.

The city's mayor said emergency generators had been sent to hospitals and care homes, and that water tankers were touring the worst-affected neighbourhoods. "⟦foreign:No vamos a descansar hasta que cada vecino tenga luz y agua otra vez.⟧"

The national energy secretariat blamed the private distribution company for failing to invest in its network. The company said it had ⟦break:restored supply. To most⟧ customers by Thursday morning and that the remaining faults were caused by damaged underground cables that needed to be dug up and replaced.

Doctors warned of the risks to elderly people and young children. Local hospitals reported a sharp rise in cases of heat exhaustion and dehydration, and at least three deaths are being investigated for possible links to the heat.

Meteorologists say the heatwave is expected to break at the weekend, when a cold front is forecast to bring thunderstorms and a drop of up to 15 degrees.

Climate scientists in Buenos Aires said such events were becoming more frequent across South America. Summer heatwaves in the region are now longer and more intense than they were thirty years ago, according to data from the national weather service.

The provincial government has promised an inquiry into the failures once supply is fully restored.

⟦disclaimer:This report was translated from Spanish with the assistance of machine translation. The Northgate Echo has not independently verified the figures.⟧"""),

("Ridgemont Gazette", """Parents pack hall as consultation opens on village school closure

More than 200 parents, grandparents and former pupils crammed into Ashby Marsh village hall on Thursday evening as the county council began consulting on plans to close the village primary school.

Ashby Marsh Primary has 47 pupils on its roll, in a building designed for 120. The council says falling birth rates and the cost of maintaining the Victorian building mean it is no longer viable, and proposes moving children to Ridgemont Church of England Primary, three miles away, from September next year.

Cabinet member for education Alan Percival told the meeting no decision had been taken. "We have to be honest with families about the numbers. We are spending more per child here than almost anywhere else in the county, and that money has to come from somewhere," he said.

The audience was not convinced. Parent Hannah Lowe, who has two children at the school, said the council ⟦break:had already. made up its mind⟧ before any consultation had begun. "You've told us the building needs £400,000 of work. Where is that report? Why haven't we seen it?" she asked, to loud applause.

Governors say the school was rated good at its most recent inspection and that several families have moved to the village specifically so their children can attend.

"This school is the heart of the village. If it goes, the shop goes, the pub goes, and young families stop moving here," ⟦attribution:chair of governors Peter Lyle said, Lyle added⟧.

Transport is another major concern. Parents say the road between Ashby Marsh and Ridgemont has no footpath for most of its length and is used by lorries heading for the quarry.

The council has promised free school transport for all affected pupils if the closure goes ahead.

⟦dup:1⟧

The consultation runs until March 28 and responses can be made online, by post or at the village library. A final decision is expected in the summer.

A campaign group, Save Ashby Marsh School, has already collected more than 1,800 signatures on a petition."""),

("Freight & Logistics Review", """French rail strike halts freight trains on key corridors

Rail freight across much of France ground to a near standstill on Monday as unions began a five-day strike over pay and plans to restructure the state-owned freight operator.

Only around one in five scheduled freight trains ran on the first day of action, according to industry figures, with the worst disruption on the Paris to Lyon and Marseille corridor and on cross-border routes to Belgium and Italy.

Shippers reported containers piling up at inland terminals and at the ports of Le Havre and Fos-sur-Mer, where rail normally carries a significant share of boxes inland.

The strike was called by several unions opposed to the break-up of the freight operator into two separate companies, a condition imposed as part of a settlement with European regulators over past state subsidies. Unions say the move will cost jobs and push more freight onto the roads.

A union representative at the Villeneuve-Saint-Georges yard near Paris told reporters: "⟦foreign:On nous demande de sacrifier le fret ferroviaire pour satisfaire Bruxelles, et ce sont les cheminots qui vont payer.⟧"

The transport ministry said it remained open to talks but that the restructuring would go ahead. It urged unions to consider the impact on customers who had chosen rail to cut their carbon emissions.

⟦furniture:MOST READ
1. Felixstowe dwell times fall to two-year low
2. Truck driver shortage eases in Poland
3. Inside the new Midlands rail freight interchange⟧

UK forwarders with loads moving through France said they were diverting some traffic to road, despite higher costs and limited trailer availability. One said rates for a full truckload from northern Italy to the Channel had jumped by around 15 per cent in a week.

The European rail freight association warned that repeated disruption risked undermining confidence in rail at a time when the EU wants to double rail's share of freight transport by 2050.

Further strike dates have not yet been announced, but unions have said they will escalate the action if the government does not reopen negotiations.

⟦disclaimer:Quotes from French-language sources have been rendered by an automatic translation service. Please refer to the original publication for exact wording.⟧"""),

("Fenwick Valley Radio News", """Fenwick Rugby Club unveils plans for new clubhouse and 3G pitch

Fenwick Rugby Club has unveiled plans for a £2.3 million redevelopment of its Mill Lane ground, including a new clubhouse, floodlit all-weather pitch and changing rooms designed for women's and girls' teams.

The club, which celebrates its centenary next year, says its current facilities are no longer fit for purpose. The clubhouse dates from the 1960s and has just two changing rooms, meaning junior sessions often have to be staggered across the weekend.

Chairman Gareth Lewis told Fenwick Valley Radio the club had grown rapidly since the last World Cup. "We've gone from about 250 playing members to nearly 600 in five years. We've got three women's sides and girls from under-11s to under-18s, and they're getting changed in portable cabins. That's not good enough," he said.

The plans include a ⟦glued:3Gpitch⟧ with floodlights that could be used seven days a week by the club, local schools and community groups. The existing grass pitches would be retained for matches.

The club has already secured £900,000 from a national sports facilities fund and ⟦broken_paragraph:is now looking to raise the remaining money through a mix of grants, sponsorship and a community share

offer⟧ aimed at members and local businesses.

Some neighbours have raised concerns about light pollution and traffic on Mill Lane, which is narrow and has no pavement along part of its length.

The club says the floodlights would be switched off by 9.30pm and that it is in talks with the council about improving the junction with the main road.

⟦dup:1⟧

A planning application is due to be submitted next month. If approved, work could start in the summer and be complete in time for the club's centenary season.

Drop-in sessions for residents are being held at the clubhouse on Saturday morning and Tuesday evening, where the plans can be viewed and club officials will answer questions."""),

("Metro Buzz Daily", """Spanish wonderkid Marco Ruiz says yes to Premier League move

Spanish wonderkid Marco Ruiz is set to become the most expensive teenager in Premier League history after agreeing a £72 million move to London.

The 19-year-old winger, who has scored 14 goals for his boyhood club this season, flew into Luton on a private jet on Tuesday night to complete his medical.

He broke the news to his 4.8 million followers with a snap of himself at the airport alongside his parents and agent.

⟦embed:View this post on Instagram

A post shared by Marco Ruiz (@marcoruiz_7) · Liked by 381,204 others⟧

In an emotional farewell video, the youngster thanked the fans who had watched him grow up. "⟦foreign:Este club me lo ha dado todo y nunca lo voy a olvidar. Siempre seré uno de vosotros.⟧"

Ruiz will sign a six-year contract worth a reported £150,000 a week, making him one of the highest-paid players at his new club. The fee includes £12 million in add-ons linked to appearances and trophies.

He becomes the club's fourth summer signing, with the manager desperate to add pace on the flanks after a disappointing eighth-place finish last season.

Rival clubs in Spain and Germany had been chasing the youngster, who made his senior international debut in March. Sources close to the player say he chose the Premier League because he wanted to test himself ⟦break:in the most. Physical league⟧ in the world.

Pundit and former England defender Gary Holt warned fans not to expect too much too soon. "He's a wonderful talent, but it's a huge fee and a big change. Give him a season to settle before you judge him," he said.

Ruiz is expected to be unveiled at the club's training ground on Thursday and could make his debut in the pre-season friendly in the United States later this month.

Shirt sales are already booming. The club's online store crashed for twenty minutes after his squad number was revealed on social media."""),

("Retail Ledger", """Fashion chain Hartley & Finch falls into administration

High street fashion chain Hartley & Finch has collapsed into administration, putting 1,150 jobs and 86 stores at risk.

The retailer, which sells mid-priced womenswear and accessories, appointed administrators on Monday after a rescue deal with a potential buyer fell through over the weekend. All stores will continue to trade while a buyer is sought for all or part of the business.

Joint administrator Fiona Hale said the company had been hit by a combination of weak consumer spending, rising business rates and the costs of running a large store estate with long leases. "We will be working closely with management to explore all options, including a sale of the business as a going concern," she said.

Hartley & Finch was founded in Harrogate in 1978 and expanded rapidly in the 1990s and 2000s. It was bought by a private equity firm in 2016 but struggled to adapt to online competition, with internet sales making up less than a fifth of its revenue.

⟦dup:2⟧

Retail analysts said the collapse was another blow for shopping centres already struggling with empty units. "Mid-market fashion is the hardest place to be right now⟦stray: ;⟧ you're squeezed by the discounters below and the premium brands above," said one.

Gift cards will continue to be accepted for the next 14 days, the administrators said, while customer refunds and exchanges will be honoured as normal.

The company's website remains open for orders.

Staff were told of the administration in an email on Monday morning. One shop manager, who did not want to be named, said employees had been "left in the dark" for weeks. "We knew things weren't good, but nobody told us anything," she said.

⟦disclaimer:This is an automated news item compiled from regulatory filings and wire copy. It has not been reviewed by a Retail Ledger journalist.⟧"""),

("The Northgate Echo", """Polish bakery celebrates 20 years on Northgate High Street

When Krystyna Nowak opened a small bakery on Northgate High Street in 2004, she had £3,000 in savings, one oven and almost no English.

Twenty years later, Piekarnia Krystyna employs eleven people, supplies bread to four local restaurants and has a queue out of the door every Saturday morning. This week it celebrates its anniversary with free doughnuts for the first hundred customers.

Krystyna, now 58, came to Britain from a town near Kraków shortly after Poland joined the European Union. She worked night shifts at a meat packing plant for a year before deciding to go back to the trade she had learned from her father.

"At first it was only Polish people buying. They were homesick, they wanted proper rye bread, real poppy seed cake. Then slowly the English neighbours came in, asking what is this, what is that," she told the Echo.

Her son Tomasz, who now runs the business day to day, said the turning point came when a local food blogger wrote about their sourdough. "Overnight we doubled our Saturday trade. We had to buy a second oven within a month," ⟦attribution:he said, Tomasz said⟧.

Asked what her late father would think of the shop, Krystyna smiled and said in Polish: "⟦foreign:Byłby dumny, ale powiedziałby, że chleb mógłby być trochę ciemniejszy.⟧"

The bakery still makes its rye loaves to the family recipe, using a starter that Krystyna says has been kept alive since she opened. The most popular items are pączki, the Polish doughnuts filled with rose jam, which sell out ⟦broken_paragraph:most days
before ten o'clock⟧ in the morning.

Local councillor Sue Barker, who will cut a cake at the celebration on Saturday, said the bakery had become part of the fabric of the town. "People forget how much courage it takes to start a business in a new country. Krystyna has given so much back to Northgate," she said.

The celebrations begin at 8am, with music from a local folk group from 11am."""),

("The Harbourside Courier", """Spate of shed break-ins prompts police warning to allotment holders

Police are urging allotment holders and homeowners in Harbourside to check the security of their sheds and garages after a spate of break-ins in which power tools, bikes and garden machinery worth thousands of pounds were stolen.

Officers say there have been 23 reported burglaries in the past month, mostly overnight, in the Hillcrest, Seaview and Old Town areas of the town. In several cases padlocks were cut and items were carried away across fields to a waiting vehicle.

Members of Hillcrest Allotment Society say thieves have targeted their site three times since Christmas, taking strimmers, rotavators and even a petrol-powered water pump.

Society secretary Jean Parfitt said some members were ready to give up. "People have been coming here for forty years. It's their escape, and now they're finding their sheds smashed open. One lady lost all her late husband's tools, and you can't put a price on that," she said.

⟦dup:1⟧

Police Sergeant Owen Bradley said officers had increased patrols and were working with neighbouring forces ⟦break:because similar. thefts had been⟧ reported in villages along the coast. "We believe a small group is responsible and they are likely selling the items online or at car boot sales," he said.

⟦furniture:Advertisement · Story continues below⟧

Police are advising people to:

- Mark tools with a postcode using a UV pen or engraving.
- Use a good-quality closed-shackle padlock and fit a shed alarm.
- Keep a record of serial numbers and take photos of valuable items.
- Report suspicious vehicles or activity near allotments or garages.

Anyone offered tools or garden machinery at a suspiciously low price is asked to contact police on 101.

Harbourside Town Council said it would look at improving lighting and fencing around the Hillcrest site, and has offered to fund CCTV cameras for the allotments if the society can find a suitable power supply.

A community meeting about the thefts will be held at Seaview church hall next Tuesday at 7pm."""),

("The Daily Splash", """Panda twins born at Berlin zoo in 'miracle' birth

A giant panda at Berlin Zoo has given birth to twins, sparking celebrations among keepers who had all but given up hope of new cubs.

Mum Meng Meng, 11, delivered the tiny pair in the early hours of Sunday after a pregnancy that vets had not been able to confirm until days before. Each cub weighed around 150 grams, about the same as a bar of chocolate.

The zoo released footage of the newborns, which are pink, almost hairless and blind, squealing in an incubator as keepers checked their weight. One cub is being cared for by its mother while the other is being hand-reared, with the two swapped over several times a day.

⟦fragment:Because giant pandas often struggle to look after two cubs at once.⟧

Zoo director Andreas Knieriem said staff had been overwhelmed by the response. Speaking to German television, he added: "⟦foreign:Wir sind überglücklich, aber die nächsten Wochen werden entscheidend sein.⟧"

Giant panda cubs are extremely fragile in the first weeks of life and mortality rates are high, even in captivity. Keepers are monitoring them around the clock.

Meng Meng and her partner Jiao Qing arrived in Berlin on loan from China in 2017. The couple already had twin boys in 2019, who were returned to China at the age of four under the terms of the loan agreement.

⟦placeholder:[gallery ids="40112,40113,40114,40115"]⟧

The sex of the new cubs has not yet been revealed, and they will not be named for at least 100 days, following Chinese tradition.

Fans of the zoo have flooded social media with messages of congratulations. Visitors hoping to catch a glimpse will have to be patient, however, as the cubs are not expected to go on show until they are several months old.

There are fewer than 2,000 giant pandas in the wild, and the species is listed as vulnerable.

⟦disclaimer:This story has been translated and adapted from German-language agency copy by automated systems.⟧"""),

("Coastline 104.2 Newsroom", """Storm Isla: amber wind warning for coast as gusts of 80mph forecast

An amber warning for wind has been issued for the whole of the coast from 6pm tonight, with gusts of up to 80 miles an hour expected on exposed headlands as Storm Isla moves in from the Atlantic.

The Met Office says there is a risk of injuries and danger to life from flying debris and large waves, with power cuts, road closures and damage to buildings likely.

⟦embed:⚠️ Amber weather warning UPDATED ⚠️

Strong winds across southwest England and south Wales

Tuesday 1800 – Wednesday 0900

Latest info 👉 https://t.co/xq1Lm5RtZp

Stay #WeatherAware⚠️ pic.twitter.com/8dWvQpL2aT

— Met Office (@metoffice) January 21, 2025⟧

The wind is expected to peak overnight and into the early hours of Wednesday morning, ⟦broken_paragraph:coinciding with high tide at around 4am, which could

bring⟧ waves over sea walls and promenades.

Coastline Council has closed the seafront road between the pier and the lifeboat station from 5pm as a precaution. Beach huts on the western esplanade have been secured and the harbour master has advised boat owners to check moorings.

The coastguard is urging people to stay well back from cliffs, piers and the water's edge. "Every storm we see people going down to watch the waves or take photos. Please don't. No picture is worth your life," ⟦attribution:coastguard commander Dan Reeve said, Reeve warned⟧.

Rail operators say trees on the line are likely and a reduced timetable will run on the coastal branch line on Wednesday morning. The Penmor ferry has cancelled all sailings until midday.

Schools will make their own decisions about opening and we'll keep you updated on Coastline 104.2 from 6am.

Power networks have extra engineers on standby. If you lose power, you can call 105 free from any phone to report it or get an update.

The storm is the ninth to be named this season, and forecasters say more unsettled weather is on the way into next week."""),

("Plant & Process Weekly", """Packaging machinery maker Brennan acquires Dutch rival

Brennan Automation, the Lancashire-based maker of end-of-line packaging machinery, has agreed to buy Dutch competitor Van Dijk Systems in a deal that creates one of Europe's larger independent suppliers of case packers and palletisers.

The terms of the deal were not disclosed, but industry sources put the value at around €40 million. The acquisition is expected to complete by the end of the second quarter, subject to regulatory approval.

Van Dijk, based near Eindhoven, employs 190 people and specialises in robotic palletising cells for the dairy and beverage sectors. Brennan's existing range focuses on wraparound case packers and shrink-wrappers for food and personal care products.

Chief executive Martin Brennan said the two businesses were highly complementary. "Our customers increasingly want a single partner for the whole end of the line, from the case packer to the stretch wrapper. Van Dijk brings robotics expertise and a strong position in the Benelux and German markets that would have taken us years to build," he said.

⟦dup:1⟧

Brennan, which was founded in 1986 by Martin's father, has grown rapidly in recent years, with turnover rising to £68 million last year. It employs 420 people at its headquarters near Preston and a service ⟦glued:centrein⟧ Ohio.

Van Dijk managing director Sander de Vries will remain with the business and join the Brennan board. The company will continue to trade under its own name, and there are no plans to change manufacturing arrangements at either site.

Analysts said the packaging machinery sector was seeing a wave of consolidation as manufacturers seek to offer more complete, automated lines. Labour shortages in food factories have driven strong demand for robotic palletising, ⟦break:which has grown. by more than⟧ ten per cent a year in Europe since 2020.

Brennan said the enlarged group would invest in a shared software platform to allow customers to monitor machines remotely and predict maintenance needs.

The deal was advised by a Manchester law firm and a corporate finance boutique in Amsterdam."""),

("The Lowland Tribune", """Portuguese film season comes to the Lowland Picturehouse

The Lowland Picturehouse is to host a month-long season of Portuguese cinema this spring, including the UK premiere of an award-winning drama set in a Lisbon fishing community.

The season, called Saudade, opens on April 4 and features twelve films spanning sixty years, from classics of the 1960s to new releases. Several screenings will be followed by discussions with directors and critics, and there will be a Portuguese food market in the foyer on the opening weekend.

The centrepiece is Maré Alta, the debut feature by director Inês Carvalho, which won a prize at a major European festival last year. It follows three generations of women in a family whose fishing business is threatened by new regulations and rising seas.

Carvalho, who will attend the premiere, said she was delighted the film would be shown outside Portugal. In a message read out at the programme launch, she wrote: "⟦foreign:Este filme é sobre a coragem das mulheres que ninguém vê, e sobre um mar que está a mudar.⟧"

Picturehouse programmer Daniel Okeke said the season had been two years in the making. "Lowland has a significant Portuguese community, many of whom came here to work in the food processing industry. We wanted to celebrate that and also introduce other audiences to a cinema culture that is often overlooked in Britain⟦stray:»⟧ he said.

The season is supported by a cultural fund and by the Portuguese community association, which will run a series of events including a fado evening in the cinema bar.

All films will be shown with English subtitles. Tickets go on sale on March 1, with discounts for students and people aged over 60.

A family-friendly animation programme will run on Saturday mornings throughout the season, with tickets priced at £3.

⟦disclaimer:Note: this article contains passages that were machine-translated from Portuguese and may not reflect the speaker's exact meaning.⟧"""),

("Ridgemont Gazette", """Two Ridgemont GP surgeries to merge in bid to cut waiting times

Two of Ridgemont's three GP surgeries are to merge this summer in a move their partners say will make it easier for patients to get appointments.

Castle Street Surgery and Meadow Road Medical Centre will combine to form Ridgemont Health Partnership, serving around 19,000 patients. Both buildings will remain open, but phone lines, online booking and some specialist clinics will be shared.

Dr Aisha Rahman, a partner at Castle Street, said the merger would allow the practices to employ staff they could not afford on their own, including a clinical pharmacist, a mental health practitioner and a physiotherapist who patients can see directly.

"Patients have told us loud and clear that getting through on the phone at 8am is a nightmare. A single, larger team means more people answering calls and more appointments available across both sites," she said.

⟦fragment:Not to mention the difficulties in recruiting new doctors to a small town.⟧ Both practices have struggled to replace partners who have retired in recent years, and Meadow Road has relied heavily on locum GPs since 2022.

⟦furniture:Share this story
Facebook
WhatsApp
Copy link⟧

The local patient participation group has broadly welcomed the plan but raised concerns about continuity of care. ⟦broken_paragraph:Chair Brian Hewitt said older patients in particular valued being able to see the
same doctor⟧ each time and wanted reassurance that this would continue.

Dr Rahman said patients would still be able to request a named GP and that people with complex or long-term conditions would be prioritised for continuity.

The integrated care board, which funds GP services in the area, has approved the merger. Patients do not need to do anything and will remain registered at their current surgery until the new partnership is formally created on July 1.

The town's third practice, Riverside Surgery, is not part of the merger but will continue to work with the new partnership on out-of-hours and weekend services.

Drop-in information sessions will be held at both surgeries in May."""),

("Kestrel FM News", """Van driver who hit cyclist while on phone banned for two years

A van driver who knocked a cyclist off his bike while scrolling through social media on his phone has been banned from driving for two years.

Liam Hargreaves, 34, of Oakfield Road, Barnsdale, pleaded guilty to driving without due care and attention and using a handheld mobile phone while driving. He appeared at Kestrel Magistrates' Court on Thursday.

The court heard Hargreaves was driving a delivery van along the B6120 near Thornby in September when he drifted to the left and struck 52-year-old cyclist Andrew Milne from behind. Mr Milne suffered a broken collarbone and three broken ribs and spent four days in hospital.

Data recovered from Hargreaves' phone showed he had been using a video app for around ⟦break:forty seconds. before the⟧ collision happened.

Prosecutor Nadia Iqbal told magistrates: "The road was straight, visibility was good and it was daylight. There is simply no reason for this collision other than the defendant's attention being on his phone."

In a statement, Mr Milne said he still had pain in his shoulder and had not been able to get back on his bike. "I have cycled that road for twenty years. I don't know if I will ever feel safe on it again," ⟦attribution:he said in the statement, Milne said⟧.

Hargreaves' solicitor said his client was deeply sorry and had lost his job as a result of the incident. ⟦placeholder:[pullquote]"[QUOTE]"[/pullquote]⟧

As well as the two-year ban, Hargreaves was fined £860 and ordered to pay £500 compensation to Mr Milne, plus court costs and a victim surcharge. He will have to take an extended retest before he can drive again.

Road safety campaigners say handheld phone use remains one of the biggest causes of avoidable crashes. Drivers caught using a phone face six penalty points and a £200 fine, meaning newly qualified drivers can lose their licence for a single offence.

Police say they will be running a week of roadside checks targeting phone use across the county next month."""),

("Metro Buzz Daily", """TV chef Amélie Roux reveals the secret behind her viral omelette

French TV chef Amélie Roux has finally revealed the secret behind the omelette that made her a TikTok sensation, and it's not what you'd expect.

The 36-year-old, who has 6.1 million followers on the app, has been bombarded with questions since her 40-second video of a wobbly, golden omelette racked up more than 90 million views.

⟦embed:@amelieroux the omelette you all keep asking about 🥚🧈 #omelette #frenchcooking #fyp ♬ original sound - Amélie Roux⟧

Speaking to Metro Buzz ahead of the launch of her first UK cookbook, Amélie said the trick was patience, and a lot of butter. "Everybody wants to cook it fast, on a very high heat. No! Low heat, keep moving the eggs, take it off before you think it is ready," she said.

She also admitted the recipe comes from her grandmother in Normandy, who she credits with teaching her to cook. Recalling her childhood summers, she said: "⟦foreign:Ma grand-mère disait toujours qu'on reconnaît une bonne cuisinière à son omelette, pas à ses gâteaux.⟧"

Amélie trained in Lyon and worked in restaurants in Paris and London before landing her own TV show in France in 2019. She moved to London two years ago with her British husband and their two young children.

⟦dup:1⟧

Her book, Simple, is out next month and features 80 recipes she says anyone can cook on a weeknight. It includes her famous omelette, a ten-minute croque monsieur and a chocolate mousse made with just three ingredients.

She is also in talks about a British TV series, though she would not be drawn on which channel. "I can't say anything yet. But I would love to cook with British viewers, they are so enthusiastic," she said.

Fans can meet Amélie at a book signing in central London on the day of the launch."""),

("Fenwick Valley Radio News", """Wildflower verges boost bee numbers, university study finds

Letting roadside verges grow wild can more than double the number of bees and other pollinating insects, according to a three-year study by researchers at Fenwick University.

The team compared 40 stretches of verge across the valley, half of which were mown regularly as normal and half of which were cut just once a year, in late summer, with the cuttings removed.

On the less-mown verges, the researchers recorded 2.4 times as many bumblebees and almost three times as many butterflies. The number of flowering plant species also rose, from an average of eleven to nineteen per site.

Lead author Dr Rhian Pugh said the results were striking. "It's such a simple change. You're saving money on mowing and you're giving insects a corridor of food and shelter running right through the landscape," she said.

⟦furniture:Listen to Fenwick Valley Radio live · Download our app · Follow us @FenwickRadio⟧

The study, published in a journal of applied ecology, was carried out with Fenwick District Council, which has since changed how it manages ⟦glued:morethan⟧ 60 miles of roadside across the district.

Some residents were initially unhappy, complaining that long grass looked untidy or blocked the view at junctions. The council now mows a one-metre strip next to the carriageway for safety⟦stray: ,⟧ and leaves the rest to grow.

Council cabinet member for the environment, Sian Morgan, said complaints had fallen once people understood the reasons. "We put up signs explaining what we were doing, and now we get more calls from people asking us to do it on their road," she said.

Pollinators have declined sharply across the UK in recent decades, largely because of habitat loss and pesticide use. Researchers say road verges, which cover an area of Britain roughly the size of Dorset, could play a significant part in their recovery.

⟦disclaimer:Syndicated content. This article first appeared on a partner network and was republished automatically.⟧"""),

("The Daily Splash", """'I still do the night shift': Lottery winner Dave refuses to quit job

A forklift driver who scooped £2.7 million on the lottery says he has no plans to give up his night shifts at the warehouse.

Dave Coulson, 57, from Doncaster, matched five numbers and the bonus ball in Saturday's draw, but insists he will be back on the forklift on Monday night.

"People think I'm mad. But I like my job, I like the lads, and what would I do all day? Sit in the garden?" he told The Daily Splash at a celebration in a hotel near his home.

Dave, who has worked at the same distribution centre for 23 years, said he checked his ticket on his phone during a break at work on Sunday morning. ⟦fragment:Thinking at first that it was a mistake.⟧

"I read it about ten times. Then I showed my mate Kev and he had to sit down. We just stood there staring at it," he said.

His wife Julie, 55, a school dinner lady, is equally determined to keep working, though she admits they will be "treating ourselves a bit". The couple plan to pay off their mortgage, help their three grown-up children onto the property ladder and take a cruise to the Caribbean next year.

⟦placeholder:<<INSERT WINNER PHOTO CAPTION>>⟧

Dave, a lifelong Doncaster Rovers fan, also wants to buy a season ticket for every member of the family. "I've been going since I was six. Now my grandkids can come with me every week," he said.

The only big splash he has planned is a new car. "I've had the same Ford for fifteen years. I might get something a bit nicer. Nothing flash, mind," he grinned.

Lottery advisers have been helping the couple plan their finances. ⟦broken_paragraph:They say it is not unusual for winners to carry on working, at least
for a while⟧ after their win.

Julie said the money would not change them. "We're still the same people. Just with a bit less to worry about," she said."""),
]
