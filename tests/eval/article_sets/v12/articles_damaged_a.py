ARTICLES = [
("Harbor City Ledger", """Council delays vote on waterfront parking plan

Harbor City's council on Tuesday night postponed a decision on a contested plan to replace 340 free parking spaces along the waterfront with paid meters, after more than two hours of public comment that stretched well past the scheduled close of the meeting.

The proposal, drafted by the city's transportation department, would charge $2.50 an hour between 8 a.m. and 6 p.m. on weekdays. Officials estimate it would raise roughly $1.1 million a year, money they say is needed to repair the crumbling seawall promenade.

Business owners along Front Street packed the chamber. Several said the meters would drive away customers who already struggle to find a spot on summer weekends⟦stray: ,,⟧ and that the city had not consulted them before the plan appeared on the agenda.

"We found out from a flyer taped to a lamppost," said Dana Whitcombe, who runs a bakery two blocks from the ferry terminal. "Nobody knocked on a single door."

⟦fragment:Having been reviewed by the transportation committee only once since January.⟧

Councilmember Raul Ibarra, who chairs that committee, said the timeline had been tight because the seawall repairs are tied to a state grant that expires next year. "If we don't show a local match, the money goes to another city," he said.

Others on the council were unconvinced. Councilmember Priya Nandakumar asked staff to come back with alternatives, including a residential permit scheme and a lower hourly rate in the off-season.

⟦dup:1⟧

The council voted 5-2 to continue the item to its meeting on April 14. Staff were also asked to hold at least two neighbourhood sessions before then, one of them ⟦glued:onSaturday⟧ morning so that shop owners could attend.

Whitcombe said she would be there. "I'm not against fixing the seawall," she said. "I'm against being the last to know."
"""),

("Valley Courier", """Jury hears opening statements in warehouse fraud trial

SANTA ROSA — Prosecutors told jurors on Monday that a former logistics manager stole more than $600,000 from his employer over four years by inventing shipments that never left the loading dock.

Deputy District Attorney Helen Marsh said the defendant, 47-year-old Gregory Paulsen, created fake customer accounts in the company's ordering software and then approved refunds to bank accounts he controlled. "The trucks were empty," Marsh said. "The invoices were full."

Paulsen has pleaded not guilty to 14 counts of grand theft and one count of money laundering. His attorney, Lionel Abara, said in his opening that the company's accounting system was so poorly managed that ⟦break:dozens of employees. Had⟧ access to the same approval codes.

"You will hear that passwords were written on sticky notes," Abara told the jury. "You will hear that the same login was shared by an entire shift. And you will hear that the company ⟦broken_paragraph:never once
audited⟧ those accounts until after my client resigned."

The first witness, a forensic accountant hired by the company, testified for most of the afternoon. She walked jurors through spreadsheets showing 212 refund transactions between 2019 and 2023, nearly all of them approved during evening shifts when Paulsen was on duty.

Under cross-examination, she acknowledged that she had not been able to trace every transaction to a specific login. "In some cases the audit log was incomplete," she said, ⟦attribution:the accountant said⟧.

⟦placeholder:[[gallery ids="8812,8813,8814"]]⟧

Judge Theresa Olmos told jurors the trial is expected to last about three weeks. Testimony resumes Wednesday, when prosecutors plan to call two of Paulsen's former co-workers.

The company, Redline Distribution, declined to comment while the case is ongoing. It has since replaced its ordering software and now requires two managers to sign off on any refund over $1,000.
"""),

("Northgate Tribune", """Late goal lifts Northgate Rovers into cup semi-final

Northgate Rovers are one match from a first cup final in 31 years after Kemi Adeyemi's header in the 88th minute settled a tense quarter-final against Ashby Town at a rain-soaked Millfield Road on Saturday.

⟦furniture:Home › Sport › Football › Rovers
Listen to this article · 3 min⟧

For long periods it looked as though the tie would go to penalties. Ashby, two divisions lower, defended deep and frustrated the home side with a disciplined back five that barely gave up a clear chance in the first hour.

Rovers manager Steve Collard made a double change just after the hour, bringing on Adeyemi and the 19-year-old winger Luca Ferraz. The move changed the rhythm of the game almost at once, with Ferraz twice getting behind the Ashby full-back.

The winner came from a corner. Ferraz's delivery curled towards the near post and Adeyemi, who had been out for six weeks with a hamstring injury, rose above two defenders to glance the ball ⟦glued:intothe⟧ far corner.

"I've been waiting six weeks to feel that," Adeyemi said afterwards. "The gaffer told me to attack the near post and that's what I did."

⟦embed:What a moment at Millfield Road 🔴⚪ #NRFC pic.twitter.com/q8LzT2wXvA
— Northgate Rovers (@NorthgateRovers) March 7, 2026⟧

Ashby manager Paul Greer said his players could be proud. "We came here with a plan and it nearly worked," he said. "Set pieces. That's the one thing we talked about all week⟦stray: !⟧"

Collard praised the crowd of more than 9,000, the club's biggest attendance of the season. "They dragged us over the line," he said.

The semi-final draw takes place on Monday evening. Rovers could face either of the two Premier Division sides still in the competition, or Halford Athletic, who knocked out the holders last month.

Tickets for the semi-final will go on sale to season-ticket holders first, the club said.
"""),

("The Meridian Post", """Researchers map hidden river beneath city's old mill district

Scientists at Meridian State University say they have traced the course of a buried stream that once powered a string of textile mills and was paved over more than a century ago.

The team used ground-penetrating radar, historic maps and sensors placed in basements to follow the stream, known in 19th-century records as Tanner's Brook, for about 2.4 kilometres beneath streets and car parks.

"Water remembers where it used to go," said hydrologist Dr. Amara Okafor, who led the project. "When basements flood in this part of the city, it is often because the brook ⟦break:is still. Running⟧ just below them."

The research, published this month in a peer-reviewed journal on urban hydrology, found that at least 60 properties sit directly above the old channel. Many of them reported repeated flooding during heavy rain in the past decade.

⟦fragment:To better understand why some streets flood and others, only a block away, stay dry.⟧

City engineers have asked for the data. Deputy public works director Sam Ruiz said it could help decide where to put new storm drains. "We have been guessing for years," he said. "Now we have a map."

Okafor said some cities have "daylighted" buried streams, opening them back up as parks or channels. She said that would be expensive here, but not impossible.

⟦disclaimer:This article was produced from a university news release and has not been independently reviewed by our editors.⟧

Residents in the old mill district have mixed feelings. "If it stops my basement flooding, dig it up," said Harold Finch, 71, who has lived on Cooper Lane for 40 years. Others worry about years of construction.

The team plans to extend the survey north of the railway line next spring, where older maps suggest a second tributary may join the brook.
"""),

("Coastline Daily", """Storm warning issued as winds expected to top 100 km/h

The national weather service has issued an orange warning for the whole coast from Friday afternoon until Saturday midday, as a deepening low-pressure system moves in from the Atlantic.

Gusts of up to 110 km/h are forecast on exposed headlands, with 60 to 80 km/h possible inland. Forecasters also expect 40 to 60 millimetres of rain in the hills, raising the risk of localised flooding.

⟦furniture:🔔 Get breaking weather alerts — turn on notifications
Not now | Allow⟧

"This is a significant storm for the time of year," said senior forecaster Lena Vos. "People should secure loose objects in gardens, avoid coastal paths and check on elderly neighbours."

The ferry operator serving the islands said Friday evening sailings were likely to be cancelled and that passengers should check its website before travelling. The regional rail company said it would run at reduced speed on the coast line.

⟦foreign:Les autorités recommandent de ne pas s'approcher du littoral pendant toute la durée de l'alerte.⟧

Councils have placed sandbags at depots in the harbour towns of Port Elna and Kerrow, where high tides on Saturday morning could coincide with the strongest winds. ⟦attribution:Sandbags are available free to residents, the council said, according to a council statement.⟧

Electricity network operators said they had extra crews on standby. Last autumn, a similar storm left more than 20,000 homes without power, some for three days.

Schools will remain open on Friday, but the education department said head teachers could close early if conditions worsened. A decision about Saturday sports fixtures is expected on Friday morning.

Vos said the system should clear to the east by Saturday afternoon, leaving a cooler, showery Sunday. "It will blow through quickly," she said. "But while it is here it will be strong."
"""),

("Riverside Gazette", """Obituary: Margaret Ellery, librarian who built a town's reading habit, dies at 91

Margaret Ellery, who ran the Riverside public library for 34 years and started the town's first mobile library from the back of a borrowed milk van, has died. She was 91.

Her family said she died peacefully on Sunday at the care home on Alder Road where she had lived since 2021.

Born in 1935 in a mining village in the north, Ellery trained as a teacher before taking a job as an assistant librarian in Riverside in 1958. She became head librarian in 1962, at 27, the youngest person to hold the post.

⟦placeholder:[photo: INSERT CAPTION HERE]⟧

Her first big idea was the van. Many farms in the valley were miles from town, and children, she noticed, rarely came in. So she persuaded a dairy to lend her a van on Saturdays, lined it with shelves, and drove it herself. ⟦fragment:Stopping at crossroads, chapels and, once, a cattle auction.⟧

"She would turn up with a box of westerns for the farmers and a box of fairy tales for the kids," recalled former councillor Tom Pryce. "Nobody said no to Margaret."

Under her leadership the library moved to its current building in 1979 and opened one of the region's first children's reading rooms. She retired in 1996 but kept volunteering ⟦glued:until2019⟧, reading to pre-school groups every Thursday.

She is survived by her son, David, two granddaughters and a great-grandson. Her husband, Arthur, died in 2008.

⟦furniture:Leave a tribute
Sign in to post a message of condolence. Tributes are moderated.⟧

A funeral will be held at St Bride's Church on March 20. The family has asked that, instead of flowers, donations be made to the library's children's book fund.
"""),

("Eastfield Herald", """Hospital trust to open new urgent care centre by summer

Eastfield's hospital trust says a new urgent treatment centre will open beside the main hospital by July, in an attempt to ease pressure on an emergency department that has missed waiting-time targets for 18 consecutive months.

The centre will treat minor injuries and illnesses such as sprains, cuts and infections, leaving the emergency department free to deal with serious cases. It will be open from 8 a.m. to 10 p.m. seven days a week and will be staffed by nurse practitioners and GPs.

"At the moment, about a third of the people who come through our emergency doors could be seen somewhere else, faster," said the trust's medical director, Dr. Farah Qureshi. "This gives them that somewhere else."

⟦placeholder:{{pullquote_2}}⟧

The project is costing £6.4 million, most of it from a national fund for urgent care. Construction began in October on the site of a former staff car park, which has angered some employees who now park at a park-and-ride site a mile away.

Union representative Kevin Doyle said staff supported the centre but felt ignored on parking. ⟦stray:"⟧We were told there'd be a shuttle every ten minutes. It's every twenty-five on a good day, he said.

The trust said it was reviewing the shuttle timetable. It also said it was recruiting 42 new staff for the centre, of whom 30 have already accepted offers.

⟦disclaimer:Editor's note: Parts of this report were compiled automatically from trust board papers and have not been checked by a reporter.⟧

Patients' group Eastfield Voices welcomed the plan but said it would watch whether waiting times actually fell. "We've had new buildings before," said its chair, Linda Moss. "What matters is whether there are people in them."

The trust will hold a public open day at the site in June.
"""),

("Pinecrest Observer", """Pinecrest approves budget with modest tax rise

The Pinecrest town board on Thursday adopted a $48.2 million budget for next year that raises the property tax levy by 2.7 per cent, slightly below the state cap, after months of debate over police staffing and road repairs.

For the owner of a home assessed at $250,000, the increase works out to about $61 a year, according to the town's finance director, Carla Benning.

⟦fragment:Which the board had originally hoped to hold at zero.⟧

The budget adds two police officers, bringing the department to 38 sworn members, and sets aside $3.1 million for road resurfacing, the largest amount in a decade. It also funds a part-time grant writer, a position board members said should pay for itself.

Supervisor Janet Kowalczyk said the board had cut requests from departments by more than $1.5 million. "Every department asked for more than it got," she said. "That's what a budget is."

Board member Andre Lyle voted against the plan. He said the town should have drawn more from its reserve fund, which stands at about $9 million. "We are sitting on savings while asking ⟦glued:taxpayersto⟧ pay more," he said.

Benning said the reserves were needed to protect the town's credit rating and cover emergencies such as last year's ice storm, which cost $700,000 in overtime and tree removal.

⟦dup:1⟧

⟦embed:Watch on YouTube
Pinecrest Town Board — Regular Meeting, Nov. 12 (full video) · 2:14:07⟧

The board also approved a new fee schedule for the town pool, raising the family season pass from $180 to $195. Seniors and veterans will continue to receive a 50 per cent discount.

The budget takes effect on Jan. 1.
"""),

("Summit Wire", """Chipmaker reports record quarter but warns on supply

Halvern Semiconductor reported record quarterly revenue on Wednesday, helped by strong demand for chips used in data centres, but warned that shortages of specialised packaging materials could slow growth in the second half of the year.

Revenue rose 31 per cent from a year earlier to $4.7 billion, beating analysts' average forecast of $4.4 billion. Net income was $910 million, or $1.82 a share.

⟦stray:“⟧Demand is not the problem. Supply is the problem, chief executive Marisol Tan told analysts on a conference call. "We could have shipped more if we had the substrates."

⟦break:The company said. that lead times⟧ for some components had stretched to 40 weeks and that it was working with suppliers in Japan and Malaysia to add capacity. It expects third-quarter revenue of between $4.6 billion and $4.9 billion, roughly in line with expectations.

Shares fell about 4 per cent in after-hours trading, as investors focused on the cautious outlook. The stock had risen more than 60 per cent this year before the results.

"⟦foreign:需求依然非常强劲，但我们必须保持谨慎。⟧" Tan added in remarks to Asian media later in the day.

Analyst Ben Okoro of Carden Securities said the supply warning was "more of a speed bump than a wall". He kept his buy rating on the stock.

⟦disclaimer:This story was generated automatically from a company filing and a wire feed. It has not been edited.⟧

Halvern, which employs about 22,000 people, announced last month that it would build a new packaging plant in Arizona. Construction is expected to take two years.
"""),

("Lakeshore Examiner", """Man charged after string of car break-ins in east end

Police in Lakeshore have charged a 23-year-old man in connection with more than a dozen vehicle break-ins in the city's east end over the past month.

Officers arrested the man early Sunday on Pellham Avenue after a resident called to report someone trying door handles on parked cars. ⟦attribution:Police said he was carrying a window punch and several bank cards belonging to other people, police said.⟧

He faces 14 counts of theft from a vehicle, two counts of possession of stolen property and one count of breach of probation. He was held in custody pending a bail hearing on Monday.

"This is a good example of a neighbourhood looking out for itself," said Staff Sergeant Rhonda Keel. "The caller gave us a clear description and stayed on the line ⟦glued:untilofficers⟧ arrived."

Residents of the area have complained for weeks. On a community social media group, dozens of people posted doorbell-camera footage showing a figure in a grey hoodie walking along driveways at night.

⟦embed:View this post on Instagram
A post shared by East End Neighbours (@eastendlks)⟧

Keel urged people not to leave valuables in cars and to lock their doors, even in driveways. "Most of these vehicles were unlocked," she said. "It takes less than ten seconds to try a handle."

Police said they were working to return recovered items to their owners. Anyone who believes their property may be among them is asked to call the east division ⟦placeholder:at %PHONE%⟧.

The charges have not been tested in court.
"""),

("Harbor City Ledger", """Ferry union and operator reach tentative deal

The union representing Harbor City's ferry crews and the company that runs the service have reached a tentative agreement, ending the threat of a strike that would have halted crossings to the islands during the spring holidays.

The three-year deal, reached after a 19-hour bargaining session that ended at 4 a.m. on Thursday, includes wage increases of 4 per cent, 3.5 per cent and 3 per cent, and a new limit on consecutive overtime shifts.

"Our members were exhausted," said Rosa Delgado, president of the Marine Workers Local 22. "This is the first contract that actually puts a ceiling on that. ⟦fragment:Not perfect, but a line in the water.⟧"

The union will put the agreement to a vote of its roughly 280 members next week. Delgado said the bargaining committee would recommend acceptance.

Island Link Ferries, the operator, said in a statement that it was "pleased to have reached a fair agreement that protects both our people and our passengers". The company did not say how much the deal would add to its annual labour costs, ⟦broken_paragraph:but a
report to the city's⟧ transit board last year estimated that each percentage point of wage growth costs about $350,000.

⟦glued:Fares,which⟧ are set by the city, are not expected to rise as a direct result, according to the transit board's chair, Councilmember Evan Sato. "The contract and the fare schedule are two separate conversations," he said.

Island residents had been bracing for disruption. The crossings carry about 6,000 people on a typical weekday, including students, health workers and delivery drivers.

"I was already looking at hotel rooms on the mainland," said Beth Harlan, a nurse who commutes from Corran Island. "So this is a relief, honestly."

The vote results are expected by March 21.
"""),

("Valley Courier", """Winery owners fear tariff fallout as export orders stall

Family winemakers in the Sonoran Valley say export orders to Europe have slowed to a trickle since new tariffs were announced last month, leaving some with warehouses full of wine they had expected to ship before summer.

"We had three containers booked for Rotterdam," said Elena Marchetti, whose family has grown grapes in the valley since 1952. "Two of them were cancelled in the same week."

The valley's 120 or so wineries sell most of their wine domestically, but exports have become increasingly important ⟦glued:forsmaller⟧ producers trying to stand out in a crowded market. About 15 per cent of the region's output went abroad last year, according to the Valley Vintners Association.

⟦furniture:ADVERTISEMENT
Continue reading below⟧

Association director Mark Tolliver said some importers were waiting to see whether the tariffs would be lifted before placing new orders. "Nobody wants to be the one holding expensive stock if the rules change again in six weeks," he said.

"⟦foreign:Siamo preoccupati, ma non ci arrendiamo⟧," Marchetti said of her relatives in Tuscany, who export to the same buyers and face similar uncertainty.

Some producers are looking at Asia instead. Tolliver said two delegations were planning trade trips to Seoul and Singapore in May. Others are turning to direct sales, offering discounts to wine club members.

⟦disclaimer:[Syndicated content] This article is distributed by a partner network and is republished without changes.⟧

Marchetti said her family would survive the year. "We've been through frost, fire and a recession," she said. "We'll get through a tariff. But it hurts."
"""),

("Northgate Tribune", """New bus routes to link estates with retail park

Residents of three housing estates on Northgate's western edge will get direct bus services to the Kingsway retail park and the railway station from May, under changes announced by the county council.

Route 14 will be extended to serve the Fernhill and Oakmead estates, while a new Route 22 will run every 20 minutes between Brackley Green and the station via the retail park. ⟦break:Services will. run from 6 a.m.⟧ until midnight on weekdays and from 7 a.m. on Sundays.

Councillor Joanne Bright, the cabinet member for transport, said the changes followed a survey in which nearly 70 per cent of residents said they had no direct way of getting to work at the retail park without a car.

"We have hundreds of jobs at Kingsway and hundreds of people a mile away who can't get to them," she said. "That's a gap we can fix."

⟦placeholder:[embed]https://www.northgatecounty.gov.uk/busmap2026[/embed]⟧

The new services will cost about £900,000 a year, funded partly by developers of new homes at Brackley Green under planning agreements.

⟦stray:¿⟧Not everyone is pleased. Residents on Mill Lane, where Route 14 currently ends, will lose their stop, with the nearest one now a ten-minute walk away.

"It's fine if you're young and fit," said Edna Worrall, 79. "I'm neither, and I've been getting that bus for thirty years."

The council said it would review the Mill Lane decision after a three-month trial. Bright said a demand-responsive minibus service could be offered to residents with mobility needs in the meantime.

Timetables will be published on the council website and at bus stops next month.
"""),

("The Meridian Post", """Interview: The conductor who wants orchestras to play in car parks

Inés Carvalho has conducted in Lisbon, Vienna and Tokyo. Next month she will conduct in the multi-storey car park behind Meridian's central market.

The Brazilian-born conductor, who became music director of the Meridian Philharmonic last autumn, has announced a series of free concerts in places where, as she puts it, "nobody expects violins".

"A concert hall is beautiful, but it is a door that many people never open," she told the Post in her office, a cramped room above the rehearsal studio. "So we go outside the door."

The first concert, on April 12, will feature Dvořák's Ninth Symphony on the fourth level of the Market Street car park. Later events are planned for a bus depot, a school gymnasium and the deck of a decommissioned ferry.

"⟦foreign:A música não pertence a ninguém. Pertence a quem escuta.⟧" she said, quoting her first teacher in São Paulo.

Carvalho admits the acoustics will be a challenge. The orchestra has worked with engineers from the university to place reflective panels around the players. ⟦fragment:Concrete being, she says, not as bad as people think.⟧

Some board members were initially sceptical, worried about cost and the risk of rain. The concerts are being funded by a local foundation, ⟦attribution:a spokesperson for the orchestra said, the orchestra's spokesperson said⟧, so ticket revenue is not affected.

Musicians appear keen. Principal cellist Owen Baptiste said the players had voted overwhelmingly to take part. "We complain about car parks every day when we try to find a space," he said. "Now we get to play in one."

⟦furniture:More from Culture
• Gallery reopens after two-year refit
• Review: a bold new Hamlet at the Lyceum
• Five exhibitions to see this spring⟧
"""),

("Coastline Daily", """Marine scientists count record number of seal pups

Grey seal pups born on the Kerrow islands this winter reached a record 1,340, according to an annual survey by marine scientists, continuing a recovery that began when the colony was protected in the 1990s.

The survey team, from the Coastline Marine Institute, counted pups from boats and with drones over ten weeks between October and December. The previous record, set three years ago, was 1,188.

"It's a genuinely good news story," said Dr. Nils Hartmann, who has led the survey since 2009. "Thirty years ago there were fewer than 300 pups a year here."

⟦disclaimer:Translated with the help of machine translation software. Please report any errors to our news desk.⟧

Hartmann said the increase was partly due to reduced disturbance. Boat trips now keep a minimum distance of 100 metres during pupping season, and the largest beaches are closed to walkers from October to January.

⟦embed:Here's one of our newest residents 🦭 Born 14 Nov on North Kerrow. Photo: drone survey team pic.twitter.com/Zt4mWq0e9L
— Coastline Marine Institute (@CMI_Science) November 20, 2025⟧

However, scientists warned that storms were a growing threat. Several hundred pups are washed off beaches each year during winter gales, and survival rates fall sharply in years with more storms.

"We're seeing more of these big autumn storms, and they come right at the worst time," Hartmann said.

⟦dup:1⟧

The institute urged people who find a seal pup on a beach to keep their distance and keep dogs on leads. Most pups are not abandoned⟦stray: ;⟧ their mothers are often feeding nearby.

The full survey will be published in the spring.
"""),

("Riverside Gazette", """Riverside High robotics team heads to national final

A team of seven students from Riverside High School has qualified for the national schools robotics championship after their machine, nicknamed "Gerald", won the regional round in Harwick on Saturday.

The robot, built over five months from aluminium tubing, recycled motors and a secondhand controller bought online, had to pick up coloured blocks and stack them in a scoring tower against the clock.

"Gerald is held together with zip ties and hope," said team captain Aisha Rahman, 17. ⟦fragment:And some very good code.⟧ She wrote most of the robot's navigation software.

The team beat 23 others from across the region, including two private schools with dedicated engineering labs. In the final, Gerald stacked 11 blocks in 90 seconds, two more than the runner-up.

Physics teacher Mr. David Osei, who supervises the club after school, said the students did almost all the work themselves. ⟦attribution:"I mostly order pizza," he said, Osei said.⟧

The national final takes place in Birmingham in June. The team needs to raise about £3,000 for travel, accommodation and spare parts, and has set up an online fundraiser ⟦placeholder:(link: #)⟧.

⟦furniture:Share this story
Facebook  X  WhatsApp  Email  Copy link⟧

Rahman said she hoped the success would encourage more girls to join the club. Three of the seven team members are girls, up from none two years ago.

"People think robotics is for a certain kind of person," she said. "It's not. It's for people who like solving problems and don't mind getting oil on their hands."

Headteacher Sandra Kemp said the school was "extraordinarily proud" and would help with fundraising.
"""),

("Eastfield Herald", """Court rules developer must restore demolished heritage cottage

A developer who demolished a 19th-century cottage in Eastfield without permission must rebuild it using the original materials where possible, the High Court has ruled.

Fenwick Homes knocked down the two-storey stone cottage on Quarry Lane in 2023, weeks after the council had started the process of adding it to the local heritage list. The company said at the time that the building was unsafe.

In a judgment handed down on Friday, Mrs Justice Harrow said the company had acted "in deliberate disregard" of the planning process. ⟦break:She said the evidence. of structural danger was⟧ "thin to the point of invisibility".

The court upheld an enforcement notice issued by Eastfield council requiring the cottage to be rebuilt to its original design within 18 months. Salvaged stone stored on the site must be reused.

"This sends a clear message," said council leader Martin Holloway. "You can't knock down history and pay a fine as a cost of doing business."

Fenwick Homes said it was disappointed with the ruling and ⟦broken_paragraph:was considering

an appeal⟧. The company had planned to build six houses on the plot.

⟦placeholder:Related coverage: undefined⟧

Local historian Gwen Pritchard, who campaigned to protect the cottage, said it had been one of the last surviving quarry workers' homes in the area. "It was small and ordinary, and that's exactly why it mattered," she said.

The case is believed to be one of only a handful in which a court has ordered a demolished building to be reconstructed. Planning lawyers said it could encourage other councils to take tougher action.

Fenwick has 21 days to lodge an appeal.
"""),

("Pinecrest Observer", """Farmers market moves indoors for winter season

The Pinecrest farmers market will move into the former Grange hall on Elm Street for the winter, its organisers said, the first time in its 22-year history that it will operate year-round.

The market has traditionally run from May to October in the car park behind the town library. Organisers said demand from both vendors and shoppers had convinced them to try a winter season.

"People kept asking us where they could buy eggs in January," said market manager Colleen Vance. "We finally ran out of excuses."

⟦glued:About20⟧ vendors have signed up for the winter market, about half the summer number. They include two dairies, a bakery, a mushroom grower and several farms selling root vegetables, apples and preserves.

⟦foreign:Wir freuen uns sehr, endlich auch im Winter hier sein zu können.⟧

The Grange, which owns the hall, has agreed to rent it for a nominal fee. Volunteers spent two weekends repairing the heating system and painting the floor⟦stray:)⟧.

Vance said the indoor setting would allow for more events, including cooking demonstrations and a children's craft table. The market will also accept food assistance benefits, with a matching programme that doubles their value for fruit and vegetables up to $20 per visit.

⟦embed:Facebook post by Pinecrest Farmers Market:
"We're moving inside! See you at the Grange ❄️🥕" · 2h · 48 comments · 112 shares⟧

The winter market will run every Saturday from 9 a.m. to 1 p.m., starting Nov. 8. Parking is available on Elm Street and in the church car park across the road.

Vance said the trial would be reviewed in March. "If it works, it stays," she said.
"""),
]
