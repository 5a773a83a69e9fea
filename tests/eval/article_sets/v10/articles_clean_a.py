# Clean look-alike articles, part A (no markers).
ARTICLES = [
("Harbor Ledger", """Correction appended: Harbor City's oldest diner changes hands

HARBOR CITY — The Anchor Diner, which has served eggs, hash browns and bottomless coffee on Dock Street since 1953, has been sold to a pair of former line cooks who promise to change almost nothing.

"Not the menu. Not the booths. Not the coffee," said Luis Ortega, 34, who bought the diner with his longtime co-worker Beth Sandoval, 39. "Maybe the coffee a little."

Sandoval laughed. "He's joking. We're not touching the coffee."

The previous owner, Harold "Hal" Brandt, 81, ran the place for 47 years after buying it from its founder. He said he had turned down offers from developers who wanted the corner lot for condos.

"I didn't want it to be a bank," Brandt said. "Or one of those places where the eggs cost $19."

Regulars greeted the news with relief. At the counter on Wednesday morning, retired longshoreman Gus Petrakis, 76, said he had eaten breakfast at the Anchor "probably 10,000 times."

"Same stool," he said, patting it. "No. 4. Don't let anybody take it."

Ortega and Sandoval, who met working the grill there in 2012, financed the purchase with a small-business loan and savings. They plan to keep the diner open from 5 a.m. to 2 p.m., seven days a week, and to add a few dishes from their own families: chilaquiles on weekends and Sandoval's grandmother's buttermilk pie.

Brandt will stay on as a consultant for six months. "Which means I'll sit at the end of the counter and complain," he said.

The sale closed Friday. Terms were not disclosed.

Correction: An earlier version of this article misstated the year the Anchor Diner opened. It opened in 1953, not 1958. The article also misspelled the name of a regular customer; he is Gus Petrakis, not Petrakas.
"""),

("Midland Courier", """Q&A: The county's new extension agent on drought, dirt and doughnuts

Rachel Osei started as Midland County's agricultural extension agent in July, taking over from a predecessor who held the job for 31 years. She grew up on a cattle ranch in western Kansas and has a Ph.D. in soil science from Iowa State. We spoke with her at her office in the basement of the county courthouse. The interview has been edited for length and clarity.

Q: What surprised you most about Midland County?

A: How many people stop by. I thought farmers would call or email. Instead they just walk in with a bag of dirt and ask me what's wrong with it. I love that.

Q: What is wrong with it, usually?

A: Compaction, a lot of the time. Heavy equipment on wet fields. Also pH. People don't test as often as they should.

Q: What would you tell a farmer who's never had a soil test?

A: Do it. Honestly, just do it. It costs $20 through our office, and it can save you thousands on fertilizer you didn't need.

Q: The last two summers were dry. Are you worried?

A: Worried is the wrong word. Watching. Cover crops help hold moisture, and more growers here are trying them. Five years ago it was a handful. Now it's maybe a third.

Q: You've started something called "Doughnuts and Dirt." What is it?

A: Saturday mornings, once a month, at the fairgrounds. I bring doughnuts, people bring soil samples and questions. Last time we had 40 people. The doughnuts were gone by 9:15.

Q: Any advice for backyard gardeners?

A: Mulch. Stop tilling every spring. And don't plant tomatoes before Mother's Day, no matter how warm it feels in April. Trust me on that one.

Q: What's the best part of the job so far?

A: A farmer came back last month to tell me his yields were up after we fixed his pH. He brought me a pie. Rhubarb. That's the job.
"""),

("The Northgate Post", """Live updates: Northgate marathon day

Follow along as more than 12,000 runners take on the 26.2-mile course through Northgate's neighbourhoods. Road closures remain in effect until 3 p.m.

7:02 a.m. The wheelchair racers are off. Temperature at the start line is 48 degrees, with light wind from the west. Near perfect, according to race director Tom Beck.

7:15 a.m. Elite runners are away. Defending champion Faith Kiprono of Kenya is in the lead pack, along with last year's runner-up, Daniel Ortiz of Northgate.

7:30 a.m. Wave 1 has crossed the start. The crowd on Elm Avenue is three deep. One sign reads "Run like the bus is leaving." Another: "Smile if you're not wearing underwear."

8:04 a.m. Men's wheelchair winner: Marco Bianchi of Italy, 1:31:22, a course record by 41 seconds.

8:41 a.m. At mile 13, Ortiz has opened a gap of about 20 seconds on the pack. Kiprono is running alone in the women's race, roughly a minute clear.

9:12 a.m. Medical tents report a quiet morning. "Cool weather helps," said Dr. Anita Rao, the race's medical director. "Hydrate anyway."

9:26 a.m. Kiprono wins the women's race in 2:24:09. "The hills at Cedar Park hurt," she said through a smile. "But the people were loud. Very loud. Thank you, Northgate!"

9:38 a.m. Daniel Ortiz wins the men's race in 2:11:47, the first Northgate native to win since 1994. He crossed the line, collapsed onto his back, and stared at the sky for a long moment.

9:41 a.m. Ortiz, asked how he felt: "Tired. Happy. Did my mom see?" She did. She was at the finish, crying.

10:55 a.m. The bulk of the field is coming through now. Volunteers at the finish have handed out more than 4,000 medals and roughly as many bananas.

12:30 p.m. Race officials say 11,704 runners started and 11,392 have finished so far. The course closes at 2 p.m.

1:58 p.m. The final official finisher, 82-year-old Doris Lang, crosses the line to the loudest cheer of the afternoon. Her time: 6:51:03. "Next year," she said, "I'm going to train."

This live blog is now closed. Full results are available on the race website.
"""),

("Coastline Daily", """Recipe: Rockfish tacos from the new cannery food hall

When the Sardine Row food hall opened last month, the longest line was not for the brewery. It was for the rockfish tacos at Marea, a stall run by chef Inés Carrillo, who learned to cook in her mother's kitchen in Ensenada. She shared the recipe with us, scaled down for a home kitchen. It serves four.

Carrillo insists on locally caught fish. "Fresh rockfish is sweet and mild," she said. "If it smells like fish, it isn't fresh. Go back to the counter."

Ingredients

- 1 1/2 lb. rockfish fillets, cut into 1-inch strips
- 1 cup all-purpose flour
- 1 tsp. salt, plus more to taste
- 1/2 tsp. ground cumin
- 1 cup cold Mexican lager
- Vegetable oil, for frying
- 12 small corn tortillas
- 2 cups shredded green cabbage
- 1/2 cup crema or sour cream thinned with lime juice
- Pickled red onions, cilantro and lime wedges, to serve

Method

1. Pat the fish dry with paper towels and season lightly with salt.

2. In a bowl, whisk the flour, salt and cumin. Pour in the beer and whisk until just smooth. Don't overmix; a few lumps are fine.

3. Heat 2 inches of oil in a heavy pot to 375 degrees F.

4. Dip the fish strips in the batter, let the excess drip off, and fry in small batches for 3 to 4 minutes, until golden. Drain on a rack.

5. Warm the tortillas in a dry skillet, about 30 seconds a side.

6. Build each taco: cabbage first, then fish, then crema, onions and cilantro. Squeeze lime over the top.

Carrillo's tip: keep the batter cold. "Put the bowl in the freezer for 10 minutes before you start," she said. "Cold batter, hot oil. That's the whole secret."

A note on the beer: any light lager works, and sparkling water will do in a pinch, though Carrillo says the beer gives the crust a faint, pleasant bitterness. Serve immediately. Fried fish waits for no one.

Marea is open daily at the Sardine Row food hall, 400 Cannery Way. Tacos are $5 each, or three for $13.
"""),

("Riverbend Tribune", """Column: In praise of the small-town hardware store

Walk in. Hear the bell. Smell the birdseed, the rubber, the sawdust. You know where you are.

Pryce Hardware on Main Street has been open since 1952. I have been going there since I was tall enough to see over the counter. My father bought his nails there. So did his father. I buy mine there now, one pound at a time, weighed on a scale older than I am.

Is it cheaper than the big-box store out by the highway? No. Not usually. Sometimes by a lot.

Do I care? Also no.

Here is what you get at Pryce that you do not get out by the highway. You get Marvin. Marvin is 74. Marvin knows which washer fits your grandmother's faucet, the one with the porcelain handles, the one they stopped making in 1978. Marvin will walk you to aisle 6 and hand it to you. Marvin will ask about your mother.

You get advice. Free. Unrequested, sometimes. Always right.

Last winter my furnace quit on a Sunday night in January. Nine degrees outside. I called the store's number on a whim, knowing it was closed. Marvin's son picked up. He had forwarded the line to his cellphone, because, he said, "Sunday nights in January, somebody's furnace always quits." He met me at the store 20 minutes later with a thermocouple. Nine dollars. He refused a tip.

Try that at the big box.

Small stores like Pryce are closing all over the country. The reasons are real: online shopping, rising rents, owners who retire with no one to take over. I understand the math. I do.

But a town loses something when its hardware store goes dark. A place where people run into each other. A place where a kid learns what a wing nut is. A place that answers the phone on a Sunday night.

So here is my request, and it is a simple one. Next time you need a hinge, a bag of potting soil or a single, solitary screw, skip the highway. Go downtown. Ring the bell.

Say hi to Marvin.
"""),

("Pinecrest Herald", """Pinecrest High football rolls past Dunmore 42-14 to stay unbeaten

PINECREST — Quarterback Jaylen Brooks threw for three touchdowns and ran for another as Pinecrest High beat Dunmore 42-14 on Friday night, improving to 7-0 and clinching at least a share of the Valley League title.

Brooks, a junior, completed 17 of 22 passes for 286 yards. His favourite target, senior receiver Malik Turner, caught seven passes for 134 yards and two scores, including a 58-yarder on the opening drive that silenced the visiting crowd.

"We wanted to start fast," Brooks said. "Coach told us, 'Punch first.' So we did."

Dunmore (4-3) pulled within 14-7 early in the second quarter on a 12-yard run by Andre Villalobos, but Pinecrest answered with three straight touchdowns before halftime. The Cougars led 35-7 at the break.

Score by quarters:

Dunmore 0 7 0 7 — 14
Pinecrest 14 21 7 0 — 42

Pinecrest coach Ray Delgado pulled his starters midway through the third quarter. "I want them healthy for next week," he said. "That's the one that matters."

Next week is Ashby, also unbeaten, in what is shaping up as the game of the season in the valley. Ashby beat Elk Ridge 28-3 on Friday behind a defence that has allowed only 31 points all year.

"They're good. We're good. Should be fun," Turner said.

Linebacker Sam Whitaker led the Pinecrest defence with nine tackles and a sack. Sophomore cornerback Eli Fernandez intercepted two passes, returning one 41 yards to set up a touchdown.

Dunmore coach Pete Lawson praised his team's effort in the second half. "We didn't quit," he said. "Pinecrest is the best team we've played. By a lot."

Kickoff against Ashby is set for 7 p.m. Friday at Cougar Stadium. Tickets are $8 for adults and $4 for students and seniors. The school expects a sellout and urged fans to arrive early; the parking lot filled an hour before kickoff at the last home game.

Other Valley League scores: Elk Ridge 10, Carver 7 (OT); Hanley 35, Westbrook 20.
"""),

("Capital Wire Review", """Inside the Capitol: what passed, what died and what's next

The legislative session ended at midnight on Sunday with the usual last-minute scramble. Here is a guide to the bills that made it, the ones that didn't, and what to watch before lawmakers return in January.

What passed

- A $62 billion budget, including an expansion of child care subsidies to families earning up to $90,000 a year.
- A ban on cellphones in public school classrooms, starting next fall. Districts may make exceptions for students with medical needs.
- A law requiring landlords to return security deposits within 21 days, down from 45.
- A $35 monthly cap on insulin copays for state-regulated insurance plans.

What died

- A proposal to legalize sports betting, which stalled in the Senate after tribal casinos objected.
- A bill to raise the minimum wage to $17 an hour. It passed the House but never got a Senate vote.
- A plan to build a high-speed rail line between the capital and the coast. Lawmakers funded a study instead.

What's next

Gov. Alicia Brennan has 30 days to sign or veto the bills on her desk. She has said she will sign the cellphone ban, which she championed, and the deposit law. She has been noncommittal on a bill that would let cities lower speed limits without state approval.

"Read the bill. Then call me," Brennan told reporters on Monday when asked about it.

Senate Majority Leader Tom Okada said he expects sports betting to return next year. "It's not dead. It's napping," he said.

House Speaker Glenn Hartley was less optimistic about the minimum wage. "Not this year. Maybe not next year," he said. "Ask me again after the election."

Several lawmakers said they were relieved the session ended on time. Two years ago, a budget standoff stretched into July and nearly shut down state parks over the Fourth of July weekend.

"No drama," said Sen. Rosa Delgado, a Democrat. "Well. Less drama."

Lawmakers return Jan. 8.
"""),

("Eastvale Gazette", """Eastvale's eBay queen turns garage finds into a full-time business

Every Saturday at dawn, Denise McAllister, 58, loads her minivan with coffee, a flashlight and a fat roll of small bills and heads out to Eastvale's garage sales. By noon, she has usually spent less than $100. By Friday, most of what she bought will be on its way to buyers in Tokyo, Toronto or Tulsa.

McAllister sells vintage kitchenware, toys and clothing on eBay and Etsy, and she says the business now brings in about $70,000 a year. Her best find: a 1960s Pyrex casserole dish in a rare pattern, bought for $2, sold for $640.

"People think I'm crazy until they see the numbers," she said from her garage, which is lined floor to ceiling with labelled plastic bins. "Then they ask if I'm hiring."

She isn't. But she does teach a class at the Eastvale community center called "Thrift to Profit," and it fills up every time.

Her rules, as she lays them out for students:

- Know your category. Don't buy everything.
- Check sold listings, not asking prices.
- Photograph in daylight. Always.
- Ship fast. Buyers remember.

McAllister started the business in 2015, after she was laid off from a job in medical billing. Her daughter, then in college, showed her how to list a few items using an iPhone. "I sold a lamp in two hours and thought, well, that was easy," she said. "It was not always easy."

Her husband, Rick, a retired mail carrier, handles shipping. He estimates he has packed 9,000 boxes. "I'm very good at bubble wrap now," he said. "It's not a skill I planned on."

The couple's grown children tease them about the garage, where they have not parked a car since 2016. McAllister is unapologetic.

"The car can live outside," she said. "The Pyrex can't."

McAllister's next class starts Oct. 3. Registration is $45 through the city's parks and recreation department.
"""),

("Summit Record", """Notebook: 'Make some noise!' Crystal Peak's rail jam draws hundreds

Snow. Lights. Bass. A few hundred people crammed around a terrain park at 8 p.m. on a Saturday in February, and the man with the microphone wanted more.

"Make some noise for the riders!" shouted emcee DJ Kato, standing on a snowbank beside the speakers. "Louder! They can't hear you on the chairlift!"

They could. Probably in the next county.

Crystal Peak's annual night rail jam, now in its 12th year, drew 46 riders, skiers and snowboarders, ages 14 to 41. The format is simple. Three features. Ninety minutes. Judges score style, difficulty and, in the words of head judge Tasha Reynolds, "general vibes."

A few scenes from the night:

The youngest competitor, 14-year-old Lily Tran of Summit, landed a frontside boardslide on the down rail on her first try and then stood at the bottom of the course, hands on her helmet, mouth open. Her mother, in the crowd, screamed. So did everyone else.

The oldest, 41-year-old ski instructor Mark Delaney, wore a full tuxedo. He fell twice. He got a standing ovation both times.

"Commit. Don't think," Delaney said when asked for advice to younger riders. "Or think a little. I'm 41."

The winner in the snowboard division, 19-year-old Marco Ruiz, spun a backside 270 onto the box and off the end without dragging a hand. He took home $1,000 and a season pass. He said he would spend the money on rent.

Skiing went to Jess Howell, 22, a lift operator at the resort, whose switch rail slide drew the loudest roar of the night. Her co-workers held up cardboard signs spelling her name. One letter was upside down.

By 9:45 p.m. it was 11 degrees. Nobody seemed to care. A food truck ran out of hot chocolate. Another ran out of cups.

"Every year I say I'm not coming back," said spectator Greg Olsen, 55, stamping his boots. "Every year I'm here."

Next year's date has not been announced. Bring a hat.
"""),

("Lakeshore Observer", """Lakeshore poet laureate reads new work at lighthouse celebration

LAKESHORE — Village poet laureate Ellen Marsh read a new poem on Saturday at a celebration marking the start of restoration work at the North Point lighthouse, drawing applause from about 200 people gathered on the breakwall.

Marsh, 68, a retired English teacher, was named the village's first poet laureate in 2021. She wrote the poem, "Keeper," over the winter after visiting the lighthouse with members of the Friends of North Point. She shared it with the Observer, and it is reprinted here with her permission:

Keeper

The lamp does not ask who is out there.
It turns. It turns.
Ore boats, skiffs, a boy in a borrowed canoe,
the lake does not care which,
and neither does the light.

Brick by brick the spray has taken it,
winter by winter, salt by freeze,
and still, each night,
the beam goes out across the water
like a hand held open.

We are keeping it now.
Not the light. The light keeps itself.
We keep the tower, the stairs, the stubborn glass,
so that someone we will never meet
can find the way home.

"I wanted it to be about the people we'll never see," Marsh said afterward. "That's what a lighthouse is. It's a kindness to strangers."

Margaret Lund, president of the Friends of North Point, said she had cried during the reading. "Again," she added. "I cry a lot about this lighthouse."

The celebration also featured a brass band, a fish fry and tours of the keeper's cottage. Contractors are scheduled to erect scaffolding around the tower next week. Restoration is expected to take 18 months.

Marsh said she plans to write a second poem when the work is finished. "Something with a ribbon-cutting in it," she said. "I'll figure out what rhymes with scaffolding."

Copies of "Keeper" will be printed on cards and sold at the village library, with proceeds going to the restoration fund.
"""),

("Harbor Ledger", """From the archives: When the great storm of 1962 hit Harbor City

Sixty years ago this week, the Columbus Day storm slammed into Harbor City with winds of more than 100 mph, toppling trees, ripping roofs from homes and killing three people in the county. To mark the anniversary, the Ledger is republishing excerpts from its coverage, along with photos from our archives.

Photo caption: Workers clear a fallen Douglas fir from Fourth Avenue on Oct. 13, 1962. The tree crushed two parked cars but no one was hurt. (Harbor Ledger archives)

From the front page of Oct. 13, 1962:

"The worst windstorm in the recorded history of the Pacific Northwest struck Harbor City last night, leaving a trail of wreckage from the waterfront to the hills. Power was out in virtually every home in the city by 7 p.m."

The storm formed from the remnants of Typhoon Freda and swept up the coast with little warning. Forecasters of the era, without satellites, could only watch barometers drop.

Photo caption: Residents inspect the damage to St. Mark's Church, whose steeple fell through the roof of the parish hall. The steeple was rebuilt in 1964.

Survivors still remember that night. Ruth Anderson, now 89, was 29 and living in a rented house near the port.

"The windows were bowing in. Bowing! I'd never seen glass do that," she said in an interview last week. "My husband and I dragged the mattress into the hallway and lay there listening to the trees come down. Crack. Crack. All night."

Her neighbour's garage, she said, ended up in her yard. "Whole thing. Like Dorothy's house."

The Ledger's own building lost power, and the paper was printed the next day on a borrowed press in Olympia, with reporters typing by lantern light.

Photo caption: A Ledger delivery truck makes its rounds on Oct. 14, 1962, past downed power lines on Harbor Boulevard. (Harbor Ledger archives)

Damage in the region was estimated at $230 million, the equivalent of more than $2 billion today. The storm remains the benchmark against which every Northwest windstorm since has been measured.
"""),

("Midland Courier", """Obituary: Evelyn 'Evie' Carlson, longtime Hanley schoolteacher, 94

HANLEY — Evelyn Mae Carlson, who taught first grade at Hanley Elementary School for 38 years and by her own count taught more than 1,100 children to read, died Nov. 2 at her home. She was 94.

Her death was confirmed by her daughter, Susan Carlson-Reed.

Born Evelyn Mae Lindgren on a farm near Dell Rapids on March 8, 1930, she was the fourth of six children of Swedish immigrants. She spoke Swedish at home until she started school, and she liked to tell her students that she, too, had once struggled to read in English.

Her family kept a line she used to quote from her mother: "Den som väntar på något gott väntar aldrig för länge." It means, roughly, "Whoever waits for something good never waits too long."

She graduated from Midland State Teachers College in 1951 and married Arne Carlson, a Hanley dairy farmer, the following year. She began teaching in 1955 and retired in 1993.

Former students recall a teacher who was strict about manners and generous with hugs. "She made you say 'please' and 'thank you' to the class guinea pig," said Dr. Mark Jensen, now a family physician in Hanley, who was in her class in 1972. "And you did it."

Others remember the reading corner she built from an old clawfoot bathtub filled with pillows. It was, said former student Karen Holt, "the most coveted seat in the entire school."

In retirement, she volunteered at the Hanley Public Library, led a weekly story hour into her late 80s and grew prize-winning dahlias.

She was preceded in death by her husband in 2009. Survivors include her daughter and son-in-law, Susan and Paul Reed of Minneapolis; a son, Erik Carlson of Hanley; five grandchildren; and nine great-grandchildren.

A funeral will be held at 11 a.m. Saturday, Nov. 9, at Bethany Lutheran Church in Hanley. In lieu of flowers, the family asks that donations be made to the Hanley Public Library.
"""),

("The Northgate Post", """Northgate's fourth-graders take over the newsroom for a day

Thirty-two fourth-graders from Lincoln Elementary visited The Northgate Post on Thursday, and by the end of the day they had interviewed the mayor, photographed a fire truck and written their own headlines. Some of them were better than ours.

The visit was part of the Post's Young Reporters program, now in its fifth year. Students spent the morning learning the basics from editors (who, what, when, where, why and how) and the afternoon reporting.

A sample of what they came back with:

Headline by Maya, 9: "Mayor Says Yes to More Slides."

Headline by Jonah, 10: "Fire Truck Very Red, Firefighters Say."

Headline by Priya, 9: "Local Cat Sleeps All Day, Nobody Surprised."

Mayor Kevin O'Brien, who sat for a 20-minute news conference in the Post's conference room, fielded questions ranging from potholes to his favourite ice cream. ("Mint chip. Next question.") Asked by one student why the city did not build a water park downtown, O'Brien said it was "a great idea, but expensive."

"How expensive?" the student pressed.

"Very," said the mayor.

"That's not a number," the student said. The room erupted.

Teacher Laura Kim said the students had been preparing for weeks, practising interviews with each other and reading the Post's kids' section. "They take it very seriously," she said. "One of them brought a notebook that says PRESS on the cover in glitter."

At the Post, photo editor Sam Jacobs taught a group how to frame a shot. "Get close. Then get closer," he told them. "And don't cut off anybody's head."

Several students said they wanted to be reporters when they grow up. Others were less sure. "It's a lot of writing," said Jonah, 10. "Like, a LOT."

A selection of the students' stories and photos will appear in next Sunday's edition of the Post.
"""),
]
