ARTS = [
("The Civic Observer", False, """Minister defends delay to social care reforms

The health minister has defended the government's decision to delay reforms to adult social care for a further two years, saying the system needs more staff before it can cope with changes to how care is funded.

The reforms, first promised in 2021, would have capped the amount any person has to pay for care over their lifetime at £86,000. They were due to come into force next year but will now start in 2028 ⟦glued:atthe⟧ earliest.

Speaking to MPs on the health committee, the minister said councils had warned that they could not assess the extra people who would become eligible. ⟦fragment:Too few social workers, too many forms and not enough money.⟧ She said the delay would give councils time to recruit and train staff.

Charities for older people said the decision was a betrayal of families who had been told they would be protected from huge care bills. One said it had received hundreds of calls from people who had planned to sell their homes on the assumption that the cap would apply. ⟦placeholder:[INSERT QUOTE FROM AGE CHARITY]⟧

⟦embed:pic.twitter.com/7kQxZ2mPaL
— Care Alliance (@CareAllianceUK) June 4, 2026⟧

The opposition's health spokesman said the government had now delayed the reforms three times and could no longer be trusted to deliver them. He called for a cross-party commission to agree a long-term plan that would survive changes of government.

Council leaders welcomed the extra time but said they still needed more money to pay for care now. The Local Government Association said councils faced a shortfall of £4 billion in adult social care over the next three years and that waiting lists for assessments were growing.

The minister said a further announcement on funding would be made in the autumn budget.
"""),

("Pinecrest Herald", False, """Rugby club celebrates promotion after tense final game

Pinecrest Rugby Club secured promotion to the regional premier division on Saturday with a narrow 24-21 win over their closest rivals in front of a record crowd.

The home side trailed by eight points at half-time but fought back with two tries in the final quarter, the second scored by winger Josh Penhale with three minutes left on the clock. The crowd of more than 2,000 ran onto the pitch at the final ⟦stray:whistle ..⟧

It is the first time in the club's 130-year history that it has reached the premier division. The head coach, Simon Treharne, who played for the club for 15 years before taking charge, said he was lost for words.

"These players have given everything this season," he said. "We had injuries, we had bad weather and we lost some games we should have won. But they never gave up. ⟦break:I could not be prouder. Of what they have done today.⟧"

⟦disclaimer:Published via our content-sharing partnership. Views and wording are those of the original publisher.⟧

The promotion means the club will face bigger teams and longer journeys next season. The chairman said the club would need to raise about £80,000 to cover travel costs and improvements to its ground, including new floodlights and a covered stand.

Supporters have already started a fundraising campaign, with a sponsored walk planned for next month and a dinner in the clubhouse in August.

⟦dup:2⟧The club's youth section, which has more than 300 players, has also grown this season, and several of the first-team squad came through its ranks. Treharne said the success of the senior team would help attract more young players.

The new season begins in September with a home game against last year's champions.
"""),

("Coastline Daily", False, """Holiday lets face new rules as housing shortage bites

Owners of holiday lets in the county will need a licence and will have to meet new safety standards under rules announced by the government on Monday.

The measures are aimed at areas where short-term lets have taken over large numbers of homes, pushing up rents and leaving local families with nowhere to live. In some seaside villages, more than half of all houses are now second homes or holiday lets.

⟦fragment:Having waited years for action on the issue, and with rents still rising.⟧ Local campaigners welcomed the announcement but said it did not go far enough. They want councils to be able to cap the number of holiday lets in each parish.

Under the new rules, owners will have to register their property and show that it has working smoke alarms, gas safety certificates and proper insurance. Councils will be able to fine owners who do not register. ⟦placeholder:Click here to view the full list of requirements: undefined⟧

A spokesman for a holiday letting association said most owners already met the standards and that the rules would mainly affect a small number of rogue landlords. ⟦broken_paragraph:He warned that tourism was vital to the local economy and that too many

restrictions could drive visitors away⟧, hurting cafes, shops and attractions.

A young teacher who moved back to her home village last year said she had spent months looking for somewhere to rent. She said the situation reminded her of what friends abroad had described, and she repeated a phrase a friend in Lisbon had used: ⟦foreign:"A cidade já não é para quem vive nela."⟧

The licensing scheme is expected to start next year, and councils will be given money to set up the registers.
"""),

("Valley Tribune Online", False, """Bus routes cut as operator blames falling passenger numbers

Six bus routes in the valley will be withdrawn next month, leaving several villages without any public transport, after the operator said they were no longer viable.

The routes carry an average of fewer than five passengers per journey, according to figures released by the company. It says costs have risen sharply since the pandemic while passenger numbers have not recovered.

"We cannot keep running empty buses," ⟦attribution:said the company's regional director, Alan Firth, Firth said in a statement⟧. "We have looked at every option, including reducing the timetable, but none of them work financially."

Villagers said the cuts would leave older people and teenagers stranded. ⟦glued:Manyresidents⟧ in the upper valley do not drive and rely on the bus to reach shops, doctors and the railway station in town.

⟦furniture:Home › News › Local › Transport
Posted in: Transport, Villages | Tags: buses, rural, cuts⟧

The county council said it was talking to community transport groups about running replacement services, but warned that it had little money to subsidise routes itself. A councillor asked whether the operator had considered smaller ⟦stray:vehicles ?⟧ The company said smaller buses would save little because most of the cost is the driver's wages.

Parish councils in the affected villages are organising a meeting next week to discuss setting up a volunteer car scheme. Similar schemes in other parts of the county use volunteer drivers who are paid a mileage allowance to take people to appointments.

The operator said it would review the decision if passenger numbers on other routes improved, but gave no date.
"""),

("Harbour Ledger", False, """Fish processing plant to close with loss of 140 jobs

A fish processing plant that has operated in the town for more than 50 years will close in September, with the loss of 140 jobs.

The owners said the plant had been losing money for several years because of rising energy costs and falling supplies of fish from local boats. Work will be moved to a larger plant in the north of the country.

Staff were told of the decision at a meeting on Tuesday morning. ⟦embed:Embedded video
Loading player…
Video unavailable⟧

Workers leaving the plant said they were shocked. Many have worked there for decades, and some families have had three generations employed on the site. ⟦break:One woman said she had started. Work there at the age of 16 and had never had another job.⟧

The town's MP said it was a devastating blow and called on the company to reconsider. He said he would meet the owners and the regional development agency to see whether the plant could be sold to another firm rather than closed.

⟦fragment:Which is what the union has been demanding since the spring.⟧ The union said it would fight for the best possible redundancy terms and would press the company to offer jobs at its other plant to anyone willing to move.

The council said it would set up a support centre to help workers find new jobs and training. It said the harbour had attracted new businesses in recent years, including a boatyard and a seaweed farm, ⟦placeholder:{{ad_slot_inline}}⟧ and that some of the skills of the plant's staff would be in demand.

The plant's closure will also affect the boats that supply it, which will now have to land their catch elsewhere or sell it at auction.
"""),

("Metro Wire Service", False, """New museum of migration opens in former warehouse

A museum telling the stories of people who have moved to the city over three centuries opened on Friday in a converted warehouse on the docks.

The museum features objects, photographs and recorded interviews donated by families who came from Ireland, the Caribbean, South Asia, Eastern Europe and elsewhere. One room is devoted to the ships that once brought migrants into the port from which the building takes its name.

The project took eight years and cost £18 million. ⟦glued:Mostof⟧ the money came from a heritage fund, with the rest raised from businesses and private donors.

⟦disclaimer:This article has been translated by AI from the original Italian and reviewed for accuracy only in part.⟧

At the opening, the museum's director, Priya Raman, said the aim was to show that migration had always been part of the city's story. "Almost every family here came from somewhere else if you go back far enough," she said.

⟦dup:1⟧Among the first visitors were members of a choir from the city's Ghanaian community, who performed in the entrance hall. An elderly man who arrived from Naples in 1962 stood in front of a photograph of his ship and told his grandson: ⟦foreign:"Eravamo poveri, ma pieni di speranza."⟧

Schools will be offered free visits, and the museum will run workshops in which people can record their own family histories to add to the archive. Organisers hope to collect 1,000 new stories in the first year.

Entry to the museum is free. It is open every day except Monday, from 10 a.m. to 5 p.m.
"""),

("The Northgate Post", False, """Residents object to plan for 600 homes on green belt

More than 1,200 people have objected to plans for 600 homes on green belt land on the edge of Northgate, making it one of the most opposed developments the city has seen.

The developer wants to build the homes on farmland between the village of Holme and the ring road, along with a primary school, a health centre and a small park. It says 40 per cent of the homes would be affordable.

Objectors say the development would swallow up countryside, increase traffic on narrow lanes and put pressure on schools and GP surgeries that are already full. ⟦stray:They also point out that the land floods regularly，⟧ and that new homes would make the problem worse.

The developer said it had carried out a detailed flood study and that its plans included ponds and channels to hold back rainwater. It said the site was one of the few places where the city could build the homes it needs.

⟦fragment:To say nothing of the loss of wildlife habitat.⟧ A local naturalist group said the fields were home to skylarks, hares and several rare species of bat, and that it had recorded 70 species of bird there.

⟦broken_paragraph:The city council's planning officers are expected to publish their

recommendation next month⟧. The application will then be decided by the planning committee, probably in the autumn.

⟦furniture:About the author
Tom Whitley is the Post's local democracy reporter. He covers planning, housing and the city council.
Follow Tom on X @TomWhitleyNews⟧

The council is under pressure from the government to increase the number of homes it approves, after falling behind its targets for three years in a row.
"""),

("Riverbend Gazette", False, """Police launch campaign against rural crime

Police in Riverbend have launched a campaign to tackle thefts from farms, after a sharp increase in the number of tractors, quad bikes and tools being stolen in the area.

Officers say rural crime cost farmers in the district more than £1 million last year, and that organised gangs are travelling from other parts of the country to target isolated properties at night. ⟦placeholder:[embed]https://www.youtube.com/watch?v=[/embed]⟧

The campaign includes more patrols on country roads, free marking kits for farm equipment and a new messaging group that will alert farmers when suspicious vehicles are seen. ⟦break:A dedicated rural crime team. has been set up with six officers.⟧

⟦attribution:"We know farmers feel forgotten," said Inspector Claire Hughes, who leads the new team, Hughes said.⟧ "We want them to know that we take this seriously and that we will come when they call."

Farmers welcomed the campaign but said the police needed to respond faster. One said it had taken officers two hours to arrive after he reported men in his yard, by which time they had left with a trailer full of tools.

⟦embed:Instagram post by @riverbendpolice
♡ 214 likes
View all 18 comments
Add a comment…⟧

The National Farmers' Union said thefts were also causing stress and fear, especially for people living alone on remote farms. It advised farmers to lock equipment away, fit trackers to expensive machinery and join local watch schemes.

Police said the campaign would run throughout the summer and would be reviewed in October.
"""),

("Eastfield Times", False, """Food bank demand reaches record high

Eastfield's food bank handed out a record number of emergency parcels last year, with more working families than ever asking for help.

The charity said it gave out 14,300 parcels in the twelve months to March, an increase of 22 per cent on the year before. ⟦glued:Almost40 per cent⟧ of those it helped had at least one adult in work, compared with a quarter five years ago.

The food bank's manager, Rachel Moyo, said rising rents and energy bills were pushing people who had never needed help before into crisis. "We are seeing nurses, delivery drivers and care workers," she said. "People who work hard and still cannot make ends meet."

⟦fragment:Despite donations rising too.⟧ The charity said supermarkets and the public had been generous but that it was struggling to keep its shelves full, especially of tinned meat, long-life milk and toiletries.

⟦disclaimer:Translated automatically from English to French and back to English by our partner network.⟧

The charity has opened a second warehouse and is recruiting more volunteers to sort and pack food. It is also offering advice on benefits, debt and housing at its distribution centres, and says that many people who come in are not claiming all the support they are entitled to.

⟦dup:1⟧The council said it had increased funding for its local welfare scheme, which gives emergency grants to people in crisis, and was working with the food bank to make sure people were referred for help with their bills.

The food bank is open on Monday, Wednesday and Friday mornings. People need a referral from a doctor, school, social worker or advice centre.
"""),

("The Civic Observer", False, """Voters to choose directly elected mayor for the first time

Voters across the region will elect a mayor for the first time in May, after a deal with the government that gives local leaders new powers over transport, housing and skills.

The mayor will control a budget of about £1 billion over ten years and will chair a combined authority made up of the leaders of the region's six councils. ⟦foreign:Un diputado regional lo describió como «un cambio histórico para todos».⟧

Candidates have until early April to submit their nomination papers. The main parties have already chosen their candidates, and at least two independents have said they will stand.

Supporters of the deal say it will bring decisions closer to the people affected ⟦stray:by them ;⟧ and allow the region to plan transport and housing together rather than council by council.

Critics say the mayor will have too much power and too little scrutiny, and that the region is too large and varied for one person to represent. A group of councillors from rural areas said they feared that the cities would get most of the money.

⟦broken_paragraph:The election will use the first-past-the-post system, with the candidate who gets

the most votes winning⟧, even if they do not have a majority.

Polling stations will be open from 7 a.m. to 10 p.m. Voters will need to bring photo identification, such as a passport or driving licence. ⟦placeholder:For a full list of accepted ID, see <a href="">our guide</a>.⟧

The result is expected to be announced the day after polling.
"""),

("Midland Courier", False, """Car factory to build electric vans after £400m investment

A car factory in the Midlands will start building electric vans next year after its owners agreed to invest £400 million in new equipment, securing about 3,000 jobs.

The plant, which has made petrol and diesel cars for more than 40 years, had faced an uncertain future as demand for its current models declined. Unions had warned that it could close without a new product to build.

⟦furniture:Trending now
1. Motorway closed after lorry fire
2. Lottery winner from Derby claims prize
3. Weather: heatwave on the way⟧

The company said the investment would include a new battery assembly line and ⟦glued:retrainingfor⟧ about 1,500 workers. Production of the vans, which will be sold across Europe, is due to start next autumn.

The business secretary, who visited the factory on Thursday, ⟦break:said. The deal showed⟧ that Britain could compete for the industries of the future. The government is providing a grant towards the cost, although it has not said how much.

⟦embed:Tweet
See new posts
Conversation⟧

Workers at the plant said they were relieved. One, who has worked on the assembly line for 22 years, said there had been rumours of closure for months and that many people had been looking for other jobs.

The union said the investment was good news but that it would be watching closely to make sure that the move to electric did not lead to job cuts later, since electric vehicles need fewer parts and less labour to assemble.
"""),

("Coastline Daily", False, """Swimmers warned after jellyfish sightings along coast

Swimmers have been warned to take care after large numbers of jellyfish were spotted along the coast this week, including some species that can give a painful sting.

Lifeguards put up warning signs on three beaches on Tuesday after several people were stung. None of the injuries was serious, but two children were treated by first aiders.

⟦fragment:Mostly moon jellyfish, which are harmless, according to marine experts.⟧ However, some compass and lion's mane jellyfish have also been seen, and both can cause stings that last for hours.

⟦attribution:A marine biologist at the university, Dr Kate Lowry, told the Daily, Lowry said,⟧ that warm water temperatures had led to a boom in jellyfish numbers across the region. "They are drifting in on the tide and the wind," she said. "It happens most summers, but this year is particularly busy."

Lifeguards advise people who are stung to rinse the area with sea water, not fresh water, and to remove any tentacles carefully with tweezers or the edge of a card. Anyone who has difficulty breathing should call for help immediately.

⟦disclaimer:Disclaimer: This text was generated with the help of automatic translation software and may differ from the source.⟧

Beach cafe owners said the warnings had not put people off, with crowds still enjoying the sunshine. Some parents said they would keep their children paddling in the shallows rather than swimming further out.

⟦dup:1⟧Experts say jellyfish should not be touched even when they are washed up on the beach, because their stinging cells can still work for some time after they die.

The lifeguard service will post daily updates on its website throughout the summer.
"""),

("Pinecrest Herald", False, """Volunteers restore historic canal lock

Volunteers have finished restoring a lock on the Pinecrest Canal that had been derelict for more than 70 years, opening up another two miles of waterway to boats.

The lock, built in 1796, had lost its gates and its stone walls had partly collapsed. A group of about 40 volunteers from the canal trust worked on it every weekend for four years, rebuilding the walls stone by stone and fitting new oak gates made by a specialist carpenter.

"There were days when we thought we would never finish," said the trust's chairman, Peter Lomax. "But people kept turning up, rain or ⟦stray:shine.""⟧

The restoration cost about £250,000, paid for by grants and donations. The trust said the same work done by a contractor would have cost at least three times as much. ⟦placeholder:NaN⟧ volunteer hours were logged in total.

The first boat passed through the lock on Sunday, watched by a crowd of supporters and local people. ⟦broken_paragraph:The trust now plans to restore the next lock upstream, which it

hopes will be finished by 2030⟧.

The canal, which once carried coal and grain, fell into disuse in the 1950s. The trust was set up in 1972 to bring it back to life and has so far restored eleven of its twenty locks.

A local walker who had visited the site throughout the work was delighted. Her friend from Quebec, who came along for the opening, simply said: ⟦foreign:"Quel travail magnifique, vraiment."⟧

New volunteers are always welcome. The trust meets every Saturday at the canal wharf at 9 a.m.
"""),

("Metro Wire Service", False, """Smartphone ban in schools backed by head teachers

Head teachers across the city have backed a plan to ban smartphones during the school day, saying the devices distract pupils and harm their mental health.

Under the plan, pupils would have to hand in their phones at the start of the day or keep them locked in special pouches until home time. ⟦glued:Around 30schools⟧ in the city already have similar policies, and heads say they have seen fewer fights, less bullying and better concentration in lessons.

⟦furniture:Print this page | Email to a friend | Text size: A A A⟧

⟦break:Some parents have raised concerns. about safety, saying they want to be able to reach their children on the way to and from school.⟧ Schools say pupils can still use their phones outside the gates and that parents can call the school office in an emergency.

The city's director of education said she supported the idea but that each school would decide for itself. She said a survey of 5,000 pupils had found that more than half spent more than four hours a day on their phones outside school.

⟦embed:TikTok video from @metroschoolsnews: "what we think of the phone ban 📵" ♬ original sound⟧

Some older pupils said a ban would be unfair and that phones were useful for research and keeping track of homework. Others said they would be glad of a break from social media during lessons.

Researchers say the evidence on phone bans is mixed, with some studies finding small improvements in grades and others finding no effect. The council plans to study results in the schools that adopt the policy over the next two years.
"""),

("Harbour Ledger", False, """Seaweed farm wins award for innovation

A seaweed farm off the coast near the harbour has won a national award for innovation, two years after it began growing kelp in the bay.

The farm, run by two former fishermen, grows seaweed on ropes suspended in the water. The seaweed is harvested in the spring and sold to restaurants, food manufacturers and companies making fertiliser and packaging.

⟦fragment:Starting with a single line of rope and a borrowed boat.⟧ The business now has 12 kilometres of rope in the water and employs six people, and it plans to double in size over the next three years.

One of the founders, Callum Reid, said seaweed farming needed no feed, no fresh water and no fertiliser, and that the kelp absorbed carbon and nutrients from the sea as it grew. "It is about as green as farming gets," ⟦attribution:he said, Reid said.⟧

The award judges said the farm had shown how coastal communities could create jobs while helping the environment. They praised the founders for sharing what they had learned with other fishermen who want to start similar businesses.

⟦dup:1⟧Scientists are still studying the effect of seaweed farms on marine life, but early research suggests that the ropes provide shelter for small fish and shellfish. The farm has worked with the university ⟦stray:[to monitor its impact]]⟧.

The founders said the award would help them attract investment to build a processing shed on the quayside, so that the seaweed can be dried and packed locally instead of being sent away.

The farm will open to visitors on boat trips this summer.
"""),

("Valley Tribune Online", False, """Wildfire risk high after dry spring, firefighters warn

Firefighters have warned that the risk of wildfires on the valley's moorland is high after the driest spring for 30 years, and have urged visitors not to light barbecues or campfires.

Crews have already dealt with four moorland fires this month, the largest of which burned about 50 hectares above the reservoir and took two days to put out.

⟦disclaimer:Este artículo fue traducido automáticamente. Hinweis: Dieser Artikel wurde maschinell übersetzt.⟧

The fire service said most moorland fires were started by people, either deliberately or by accident. Disposable barbecues left on the ground and cigarettes thrown from cars were among the most common causes. ⟦placeholder:[[pullquote]]⟧

Landowners have put up signs at car parks and on footpaths, and rangers will patrol popular areas at weekends. ⟦broken_paragraph:The council is considering a ban on barbecues in the national park, similar to

bans already in place in other upland areas⟧.

A group of visiting walkers from Germany said they had not known about the risk. One of them, reading a warning sign at the car park, remarked to the others: ⟦foreign:"Das hätte ich nicht gedacht, hier ist alles so trocken."⟧

Firefighters said people who saw a fire should call 999 immediately and move away from it, upwind if possible, rather than try to put it out themselves. Moorland fires can spread very quickly in dry, windy conditions.

The peat under the moors can burn for weeks once it catches fire, releasing large amounts of carbon and destroying habitats for ground-nesting birds such as curlews and golden plovers. Recovery can take decades.

The fire service said it would keep its warning in place until there had been significant rain.
"""),

("Eastfield Times", False, """Town centre shops hit by roadworks disruption

Shopkeepers in Eastfield town centre say their takings have fallen by up to 40 per cent since roadworks began on the main street in January.

The work, to replace gas pipes and resurface the road, was due to finish in March but has been extended until the end of May. Traders say the barriers and noise have put customers off and that some people think the shops are closed.

⟦furniture:Skip to content
News  Sport  Business  Opinion  Lifestyle  Jobs  Announcements⟧

A florist who has traded on the street for 18 years said it was the worst spring she could remember. "People just cannot get to us," she said. "The bus stop has moved and the parking has gone. ⟦glued:Wehave⟧ had days with no customers at all."

The gas company apologised for the delay and said it had found more damaged pipes than expected. ⟦break:It said the work. Was essential for safety and could not be postponed.⟧

Traders have asked the council for help with business rates (as happened during the ⟦stray:pandemic))⟧ and for better signs showing that shops are open. The council said it would put up signs and run a social media campaign encouraging people to shop locally.

A business group said it would hold a late-night shopping event when the road reopened, with music, food stalls and discounts, to win back customers.

The council said it was also looking at how roadworks were planned, so that different companies could dig up the street at the same time rather than one after another.
"""),
]
