ARTS = [
("Metro Wire Service", True, """Second-hand phone market booms as prices of new handsets climb

Sales of used smartphones have risen sharply this year as shoppers balk at paying more than £1,000 for the latest models, according to figures from online marketplaces.

Listings for refurbished iPhone models on eBay rose by 31 per cent in the first half of the year, the company said, while searches for older Samsung and Google Pixel handsets also increased. A spokeswoman for eBay UK said many buyers were choosing phones that were two or three years old.

"People have realised that last year's phone does almost everything this year's phone does," she said. "The camera is still brilliant, the battery is still fine, and you save hundreds of pounds."

Retailers have noticed the trend too. A manager at a phone repair shop next to a McDonald's on the high street said his business had doubled since 2023. Customers who once would have upgraded every two years now pay £80 to replace a cracked screen or a worn-out battery instead.

The change has been welcomed by environmental groups, which say the manufacture of new phones uses large amounts of energy and rare metals. One campaigner pointed out that most of the carbon footprint of an iPad or a PlayStation comes from making it, not from using it.

Apple, which launched its trade-in programme in 2013, said it was committed to helping customers keep their devices for longer. It now offers software updates for iOS devices for at least five years after release.

Analysts at a consumer research firm said the market for used phones in Britain was now worth about £2.4 billion a year. They expect it to keep growing as more people buy through apps and websites such as Back Market, Vinted and Facebook Marketplace.

Buyers are advised to check that a second-hand phone is not locked to a network, has not been reported stolen, and comes with at least a 12-month warranty. Consumer groups also recommend checking the battery health in the phone's settings before paying.
"""),

("The Civic Observer", True, """U.S. envoy meets ministers as trade talks resume

A senior U.S. trade official arrived in London on Tuesday for two days of talks aimed at reviving a stalled agreement on steel, cars and farm goods.

The official, Dr. Ellen Park, met ministers at No. 10 Downing Street at 9 a.m. before travelling to the Department for Business and Trade in the afternoon. Officials on both sides said the meetings had been "constructive" but that significant differences remained.

Dr. Park, who served as deputy trade representative under two presidents, has a reputation as a tough negotiator. She told reporters outside No. 10 that Washington wanted British markets opened further to American beef and poultry, a demand that farmers' unions in the U.K. have strongly opposed.

The talks come after a year in which tariffs on British steel exports to the U.S. rose to 25 per cent. Steelmakers in south Wales and Yorkshire say the duties have cost them orders worth about £300 million, and some plants have moved to shorter working weeks.

Ministers hope to agree a deal that would cut or remove the tariffs in exchange for changes to rules on digital services and medicines. A government source said the prime minister would not accept any deal that lowered food standards.

The two sides will meet again at 2 p.m. on Wednesday. A joint statement is expected at about 6 p.m., although officials warned that it might be delayed if talks ran late.

Business groups welcomed the resumption of talks. The head of the Confederation of British Industry, Mr. Adrian Lowe, said companies needed certainty after months of disruption. "Every week of delay costs jobs," he said.

Opposition MPs said the government should publish its negotiating aims. The chair of the Commons trade committee, Ms. Joan Ferris, said Parliament had been kept in the dark and that she had written to the trade secretary asking him to appear before the committee before any agreement was signed.

Dr. Park flies to Brussels on Thursday for talks with EU officials.
"""),

("Riverbend Gazette", True, """Council meeting erupts over plan to close swimming pool

A council meeting descended into shouting on Wednesday evening as residents confronted councillors over a plan to close Riverbend's only public swimming pool.

The council says the 1970s pool needs repairs costing £4 million and that it cannot afford to keep it open. It has proposed sending swimmers to a leisure centre eight miles away.

"You are taking away the one thing this town has for its children," said Joanne Pike, a mother of three, who had brought a petition signed by 3,400 people.

"I understand the anger," replied the council leader, Brian Holt. "But I have to balance this budget, and the money is simply not there."

"Then find it," called a man at the back of the hall.

Holt tried to continue, but was interrupted several times. "Please, let me finish," he said. "We have looked at every option, and I will share all of those figures with you."

The chair of the swimming club, Derek Walsh, said more than 200 children learned to swim at the pool each year. "If they have to travel eight miles, most of them will not go," he said. "Some of those children will never learn to swim, and that is dangerous in a town built on a river."

Councillor Meera Shah, who represents the ward where the pool stands, broke ranks with her colleagues. "I cannot support this," she said. "We closed the library. We closed the youth club. Now the pool. At some point we have to say no."

Her remarks drew loud applause.

Holt said the council would consider a proposal from a community group that wants to take over the pool and run it as a charity. "If they can show us a plan that works, we will listen," he said. "Nobody wants to close it."

A final decision is expected at a meeting on 14 March. The campaign group said it would hold a rally outside the pool the weekend before.
"""),

("Coastline Daily", True, """Pier restoration finally complete after seven years

The town's Victorian pier reopened to the public on Saturday after a seven-year restoration that saw its rotten timbers replaced and its pavilion rebuilt.

Thousands of people walked the 400-metre length of the pier on the first day, many stopping to read plaques paid for by donors who sponsored individual planks. The pier had been closed since 2019 when engineers found that several of its cast-iron legs had corroded.

The restoration trust raised £9.6 million from heritage grants, the council and a public appeal. Its chairman, Alan Moyle, said the reopening was "a day the town has waited a long time for".

The new pavilion at the end of the pier houses a cafe, a small exhibition about the pier's history and a room that can be hired for weddings and concerts. Fishing from the end of the pier will be allowed again from next month, with permits available from the cafe.

Local businesses said they hoped the pier would bring visitors back to the seafront, which has struggled since several hotels closed over the past decade.

The pier will be open from 9 a.m. to 9 p.m. every day during the summer. Entry is free, although visitors are asked to make a donation towards maintenance.

Correction: An earlier version of this article stated that the restoration cost £6.9 million. The correct figure is £9.6 million. We also wrongly said the pier closed in 2017; it closed in 2019. We apologise for the errors.

The trust is still seeking volunteers to guide visitors and help run the exhibition. Anyone interested can sign up at the pier office or on the trust's website. Training will be given, and volunteers will receive free drinks in the cafe during their shifts.

Moyle said the trust's next task was to raise money for a permanent maintenance fund. "We never want to see the pier closed again," he said.
"""),

("Pinecrest Herald", True, """Twin town delegation visits Pinecrest for anniversary

A delegation from Pinecrest's French twin town, Saint-Aubin-sur-Loire, visited this week to mark 50 years since the two towns were formally linked.

The visitors, who included the mayor, members of the town council and a youth choir, were welcomed at a reception in the town hall on Tuesday evening. Pinecrest's mayor presented her counterpart with a framed photograph of the signing ceremony from 1976.

In her speech, the French mayor, Isabelle Marchand, spoke first in her own language. "Nos deux villes sont liées par l'amitié, pas seulement par un papier," she said, before adding in English: "Our two towns are bound by friendship, not just by a piece of paper."

The twinning began when a group of teachers organised an exchange between the two towns' secondary schools. Since then, more than 3,000 pupils have taken part in exchanges, and several couples who met on visits have married.

One of them, Claire Dupont, moved to Pinecrest from France in 1989 after meeting her husband on a school trip. "I came for a week and I stayed for 37 years," she said, laughing.

The youth choir performed a concert in St Mary's Church on Wednesday, singing a mix of French and English songs. The audience joined in with the final piece, a French folk song that the choir had taught them in the interval.

On Thursday, the delegation visited the town's primary schools and the fire station, where the French visitors were shown a new rescue vehicle. They also planted a tree in the park to mark the anniversary.

The twinning association is looking for new members and for families willing to host visitors. Its chairman said that interest had fallen in recent years but that the anniversary had brought in several new volunteers.

A Pinecrest delegation will travel to France in September for celebrations there. The association has also proposed a new exchange for apprentices and college students, which it hopes will start next year.
"""),

("Valley Tribune Online", True, """What the new recycling rules mean for your household

From next month, households across the valley will have to separate their waste in a different way, under new rules brought in by the district council.

The changes are designed to increase the amount of waste that is recycled, which currently stands at about 41 per cent. The council wants to reach 55 per cent by 2030.

Here is what will change:

- Food waste will be collected every week in a small brown caddy, which the council will deliver to every home.
- Glass bottles and jars will go in a separate box and no longer in the blue bin.
- Paper and cardboard will be collected every two weeks in the blue bin.
- Plastic pots, tubs and trays will be accepted for the first time, as long as they are rinsed.
- General waste will be collected every three weeks instead of every two.

The change to general waste collections has proved the most controversial. Some residents, especially larger families and people who use nappies, have said three weeks is too long and that bins will overflow.

The council said households that need extra capacity can apply for a larger bin free of charge. It also points out that once food waste is removed, most general waste bins are only half full.

A council spokesman said: "We know change can be difficult. But the evidence from other areas is clear. When food waste is collected separately, people throw away less, and far more gets recycled."

Residents who are unsure what goes where can:

- check the council's online A to Z of waste;
- download the bin collection app;
- call the waste helpline on weekdays between 8 a.m. and 5 p.m.

New caddies and boxes will be delivered over the next three weeks. Anyone who has not received theirs by the end of the month should contact the council. Old boxes can be kept for storage or left out on collection day to be taken away.
"""),

("The Northgate Post", True, """Northgate singer's anthem adopted by football club

A song written by a Northgate pub singer about the city's steelworks has been adopted as the official anthem of Northgate United, and will be played before every home game from next season.

Danny Shaw, 58, wrote "Iron in the Valley" in 1994, the year the last furnace in the city closed. He has sung it in pubs and clubs ever since, and a recording posted online last year was viewed more than two million times.

The chorus, which fans have been singing on the terraces for months, goes:

"Oh the fire's gone out but the iron's still here,
It's in our bones and it's in our beer,
We'll stand together when the night comes down,
There's iron in the valley, iron in this town."

Shaw said he had written the song in an afternoon after hearing that the steelworks was to close. His father and two uncles had worked there. "I was angry and I was sad, and I did not know what else to do, so I picked up the guitar," he said.

The club's chief executive said the decision to adopt the song had been made after a vote of season ticket holders, 87 per cent of whom backed it. "It says something about who we are," he said. "It is about pride and it is about sticking together."

A new recording of the song, with the club's youth choir singing the chorus, will be released next month, with all money going to a charity that supports former steelworkers and their families.

Shaw will perform the song live on the pitch before the first home game of the season. He said he was nervous. "I have sung it to fifty people in a pub," he said. "Never to thirty thousand."

The second verse, which is less well known, includes the lines:

"They took the jobs and they took the pay,
But they never took the way we stay."

Shaw said those were the words he was proudest of.
"""),

("Eastfield Times", True, """Q&A: The new head of Eastfield's hospital trust

Dr. Sunita Rao took over as chief executive of Eastfield Hospitals NHS Trust in January. She spoke to the Times about waiting lists, staff shortages and what patients can expect this year.

You arrived when waiting lists were at a record high. What is your first priority?

Getting people seen. We have about 48,000 people waiting for planned treatment, and some have waited more than a year. That is not acceptable, and the staff here know it is not acceptable. We are opening two extra operating theatres in April and running weekend clinics.

How will you staff them when you already have vacancies?

It is hard. We have about 400 nursing vacancies. We are recruiting abroad, we are training our own healthcare assistants to become nurses, and we are trying very hard to keep the people we have. That last part matters most.

What would you say to someone who has been waiting in pain for months?

Call us. Please. If your condition has got worse, tell your GP or contact our patient line. We review the lists every week, and we can move people up if their need is urgent.

A&E waits have also been long this winter. Why?

Partly because we cannot discharge patients who are well enough to leave. About 90 of our beds are taken by people waiting for a care home place or support at home. When those beds are full, patients back up into A&E.

Is there anything the public can do to help?

Use the right service. Go to a pharmacy for minor illnesses, use NHS 111, and come to A&E if it is an emergency. And be kind to the staff. They are working incredibly hard.

Where do you want the trust to be in a year?

I want waiting lists falling, I want fewer vacancies, and I want staff to say this is a good place to work. If we get those three things right, patients will feel the difference.

This interview has been edited for length and clarity.
"""),

("Harbour Ledger", True, """Trawler skipper fined for fishing in protected zone

OBAN, Scotland — The skipper of a trawler has been fined £18,000 after admitting fishing illegally inside a marine protected area off the west coast.

Sheriff Alison Grant heard that the vessel, the Morning Star, was tracked by satellite making repeated passes through the Loch Sunart protected area over three days last October. The area is closed to bottom trawling to protect its seabed, which is home to rare flame shell beds.

The skipper, James Muir, 46, of Mallaig, pleaded guilty. His solicitor told the court that Muir had misread his electronic chart and believed he was outside the boundary. He said his client had fished the area for 20 years before the restrictions were introduced in 2016 and had no previous convictions.

The sheriff said she accepted that the breach was not deliberate but that skippers had a duty to know where they could and could not fish. "These areas exist for good reason," she said. "The damage done by a trawl to a flame shell bed can take decades to recover."

Marine Scotland, which brought the prosecution, said it had used satellite data and inspections of the vessel's catch records to build its case. A spokesman said the fine should serve as a warning to others.

The Scottish Fishermen's Federation said it did not condone illegal fishing but that the boundaries of protected areas could be confusing and were not always shown clearly on older equipment. It called for better charts and training.

Environmental groups welcomed the conviction. A spokeswoman for a marine conservation charity said: "This sends a clear signal. Protected areas must be properly protected, or they are just lines on a map."

Muir was also ordered to forfeit the value of the catch, estimated at £6,400. He was given three months to pay.

Earlier this year, two other vessels were fined for similar offences in a protected area off the Isle of Skye.
"""),

("Midland Courier", True, """Photographers capture a century of change on the canal

An exhibition of photographs showing a hundred years of life on the Midlands canals opened at the city art gallery on Friday.

The show brings together more than 200 images, from glass-plate negatives of working boats in the 1920s to recent pictures of floating cafes and houseboats. Many have never been displayed before and were found in attics and archives over the past two years.

Caption: A family aboard the narrowboat Kestrel at Fazeley Junction, 1931. The children lived and worked on the boat with their parents. (Photo: Canal Heritage Archive)

The curator, Jenny Hollis, said the collection showed how the canals had changed from industrial highways into places for leisure and wildlife. "For a long time people saw the canals as dirty and dangerous," she said. "Now they are some of the most loved places in the city."

Caption: Volunteers clear rubbish from the Birmingham and Fazeley Canal during a clean-up in 1978. (Photo: courtesy of the Waterways Trust)

Among the highlights is a series of portraits of boat people taken in the 1950s by a local photographer, Harold Price, who spent months travelling with working families. His daughter donated the negatives after finding them in a shoebox.

Another room focuses on the campaigns of the 1960s and 1970s to save canals that were threatened with closure. Volunteers cleared thousands of tonnes of rubbish and rebuilt locks by hand.

Caption: Pictured above, a kingfisher on a mooring post near Gas Street Basin, 2024.

The exhibition also includes a short film made from home movies shot by boating families, with recorded interviews in which former boat children describe their lives.

Hollis said she hoped visitors would share their own photographs. A scanning station in the gallery allows people to add pictures to the archive.

The exhibition runs until 30 September. Entry is free, and the gallery is open Tuesday to Sunday, 10 a.m. to 5 p.m.
"""),

("Pinecrest Herald", True, """Weekend round-up: Pinecrest United stay top after thriller

Pinecrest United kept their place at the top of the county league with a 4-3 win away at Ashford Town on Saturday, in a match that swung one way and then the other.

United led 2-0 after 20 minutes through goals from Liam Carter and Sam Okoro, but Ashford hit back with three goals in eleven minutes either side of half-time. Carter levelled with a header on 71 minutes, and substitute Jack Ellis won it with a low shot in the 88th minute.

Manager Steve Rowe said: "That was not good for my heart. But the character they showed to come back from 3-2 down was fantastic."

Elsewhere in the league:

Ashford Town 3-4 Pinecrest United
Brookfield 1-1 Westmoor Rovers
Castleton Athletic 0-2 Hatherley
Dunmore 5-0 Kingsbridge

The result leaves United two points clear of Hatherley, who have a game in hand.

In rugby, Pinecrest RFC beat Northbay 31-17 at home, scoring four tries to earn a bonus point. Fly-half Owen Davies kicked 11 points.

In cricket, the season opened with Pinecrest CC making 214 for 7 in their 40 overs against Millbrook, who were bowled out for 186. Opener Ravi Patel top-scored with 78, and left-arm spinner Tom Hughes took 4 for 29.

In the Pinecrest 10k on Sunday, local runner Emma Clarke won the women's race in 36:42, a course record. The men's race was won by Daniel Moss in 31:15. More than 1,400 runners took part, raising about £40,000 for the hospice.

Next weekend, United host Brookfield at 3 p.m., and the rugby club travels to Eastbay. The cricket club plays its first home game of the season against Oldfield on Saturday at 1 p.m.

Results and reports from all local clubs can be sent to the sports desk by 6 p.m. on Sunday.
"""),

("Coastline Daily", True, """The storm that changed a village

The wind came first. Then the rain. Then the sea.

By midnight on 14 November, the waves were breaking over the harbour wall at Porthcove. By two in the morning, they were in the streets. Nobody in the village had seen anything like it.

"I have lived here 70 years," said Mary Trelawny. "I have never been frightened of the sea. I was that night."

Forty-two homes were flooded. Three boats sank at their moorings. The road out of the village was cut off for two days.

Nobody died. That, people say, is the miracle.

A year later, the village is still recovering. Some families are back in their homes. Others are not. Eleven houses are still empty, their walls drying out, their owners waiting for insurers and builders.

The council has spent £2 million repairing the harbour wall. Engineers say it is stronger now. Residents are not so sure.

"They tell us it will hold," said fisherman Jack Penhallow. "They told us that before."

What has changed is the village itself. Neighbours who barely spoke now share meals. A community fund has raised £180,000. Volunteers have cleaned, painted and rebuilt.

The chapel, which was flooded to the height of its pews, reopened in the spring. Its minister, the Rev. Anne Hocking, says the congregation has doubled.

"People needed somewhere to come together," she said. "We gave them that."

There are still scars. The flood line is visible on many walls. Some older residents have moved away. The village shop, which lost all its stock, has not reopened.

But on a calm evening this week, children were playing on the slipway and the pub was full. Someone was singing.

The sea was quiet. For now.
"""),

("The Civic Observer", True, """Budget 2026: the key measures at a glance

The chancellor delivered her second budget on Wednesday, setting out plans for tax, spending and borrowing for the year ahead. Here are the main points.

Income tax

The personal allowance will stay frozen at £12,570 until 2028, meaning more people will be pulled into paying tax as wages rise. The basic and higher rates are unchanged.

Fuel duty

The 5p cut in fuel duty introduced in 2022 will be kept for another year. The chancellor said she would review it again in the autumn.

Pensions

The state pension will rise by 4.1 per cent in April under the triple lock, taking the full new state pension to about £12,500 a year.

Housing

First-time buyers will pay no stamp duty on homes worth up to £350,000, up from £300,000. The government will also fund 20,000 more social homes over four years.

Health and schools

The NHS will receive an extra £3 billion next year, mainly to cut waiting lists. Schools will get £1.2 billion more, with extra money for children with special educational needs.

Business

The rate of corporation tax will stay at 25 per cent. Small shops, pubs and restaurants will get a further year of business rates relief.

Borrowing

The Office for Budget Responsibility forecasts that borrowing will fall to 3.1 per cent of national income next year. Debt is expected to peak in 2028.

Reaction

Business groups welcomed the stability but said the freeze on allowances would hurt workers. The opposition said the budget did nothing to fix the cost of living.

The Institute for Fiscal Studies said the plans relied on optimistic assumptions about growth and that tax rises might be needed later in the parliament.

The chancellor will set out her next fiscal plans in the autumn statement, expected in November.
"""),
]
