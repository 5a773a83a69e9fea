# Clean look-alike articles, part B (no markers).
ARTICLES = [
("Coastline Daily", """Coastline McDonald's franchisee opens restaurant run entirely by teens in summer program

A McDonald's franchisee in Coastline is handing the keys, at least for a few hours a week, to 24 high school students enrolled in a summer job-training program that its backers say could become a model for the region.

The program, called First Shift, places students aged 16 and 17 in paid positions at the restaurant on Harbor Road, where they rotate through the grill, the drive-thru and the front counter. On Wednesday afternoons, with managers standing by, the students run the whole operation themselves.

"It's chaos. Organized chaos," said franchise owner Deb Whitaker, who owns five McDonald's locations in the county. "But they rise to it. Every single week."

Students are paid $17.50 an hour, the same as adult crew members, and earn a certificate in food safety at the end of the eight-week program. Several have been offered permanent part-time jobs.

Three of them, taking a break at a corner booth, described their first Wednesday.

"I dropped a whole basket of fries," said Aaliyah Brooks, 16.

"On the floor," added Kevin Tran, 17.

"On the floor," Brooks agreed. "And then I made the next basket, and it was perfect."

"It was pretty perfect," said Sofia Mendez, 16, who works the drive-thru. Her advice for customers: "Pull up to the second window. Please. The second one."

The program is run by the Coastline Workforce Board, which recruits students from the county's three public high schools and covers the cost of their training. Director Raymond Cho said the board chose fast food deliberately.

"People look down on these jobs, and they shouldn't," he said. "You learn to show up on time, handle pressure, deal with the public, count change. Those skills transfer to anything."

Whitaker, who started as a crew member at a McDonald's in Fresno in 1989, said she sees herself in the students. "I was 16, in a paper hat, terrified," she said. "Now I sign the paychecks."

The board hopes to expand First Shift to a grocery chain and a hospital cafeteria next summer. Applications open in March.
"""),

("Riverbend Tribune", """'Sing it like you mean it': Riverbend choir marks 100 years

The Riverbend Community Choir was founded in 1924 by a Methodist minister, a piano teacher and a barber who wanted, according to the minutes of the first meeting, "a respectable diversion for the winter months." A century later, it is still singing.

The choir celebrated its centennial on Sunday with a concert at the Riverbend Opera House, performing music from each of its 10 decades, from hymns and Gilbert and Sullivan to the Beatles and a song written for the occasion by member Jerome Watts, a retired band teacher.

Watts's song, "River Town," closed the program. Its chorus, which the audience was invited to sing along with, goes:

Oh, the river's running high tonight,
the bridge lights burning gold,
and every voice that ever sang here
is singing, young and old.
So raise it up, Riverbend,
don't let the music end.

"I wrote it in about 20 minutes, in my truck, in the parking lot at the hardware store," Watts said. "Then I spent three months fixing it."

Director Annette Kowalczyk, who has led the choir since 2003, said rehearsals for the concert had been intense. "I told them, 'Sing it like you mean it, or don't sing it at all,'" she said. "They meant it."

The choir has about 70 members, ranging in age from 19 to 91. The oldest, Dorothy Finch, joined in 1958. She remembers rehearsing in a church basement so cold that singers wore mittens.

"We sounded terrible in mittens," Finch said. "But we came back every week."

Member Carlos Ibarra, 34, who joined two years ago after moving to Riverbend for a job at the hospital, said the choir had been the fastest way to make friends in a new town.

"Show up Tuesday at 7," he said. "That's all it takes. Nobody asks if you can read music. Half of us can't."

The choir will perform its annual holiday concert on Dec. 15. New members are welcome, and no audition is required.
"""),

("Pinecrest Herald", """Correction notice and update: Pinecrest water rate story

A story in Tuesday's Herald about proposed water rate increases contained several errors. This article corrects them and includes new information from Wednesday's utility board meeting.

Corrections

The proposed increase is 6.5 percent, not 8.5 percent, as the story originally reported. The average monthly bill for a single-family home would rise by about $3.10, not $4.

The story misidentified the utility board chair. She is Marjorie Okafor, not Margaret Okafor.

The story said the rate increase would take effect Jan. 1. The board has not set an effective date.

The Herald regrets the errors.

The update

At a meeting Wednesday night, the utility board postponed a vote on the increase until next month, saying it wanted more time to review a consultant's report on the condition of the town's water treatment plant.

"We are not going to rush this," Okafor said. "People deserve to know exactly what they're paying for."

The plant, built in 1971, needs about $14 million in upgrades over the next decade, according to utility staff. The largest single item is a new filtration system to meet federal standards that take effect in 2027.

Several residents spoke during public comment. Some objected to any increase. Others said they were willing to pay more if the money stayed in the water system.

"Fix the plant. Don't waste it," said resident Tom Hadley, 67, who said he has lived in Pinecrest since 1984.

"I'm on a fixed income," said Linda Barnes, 72. "Three dollars is three dollars."

"And a boil-water notice is worse," answered Hadley from his seat, prompting a brief round of applause and a request from Okafor for order.

Utility general manager Frank Osterhout said the town's water rates are among the lowest in the region, even after the proposed increase. Pinecrest last raised rates in 2018.

The board's next meeting is Nov. 14 at 6 p.m. at Town Hall. Residents can also submit written comments by email through the town's website.
"""),

("Capital Wire Review", """Sen. Delgado's trade mission to Mexico: 'Juntos podemos hacer más'

MONTERREY, Mexico — State Sen. Rosa Delgado led a delegation of 20 business and university leaders to Monterrey this week, seeking to deepen ties with one of the state's largest trading partners as companies move manufacturing closer to the U.S.

The four-day trip, organized by the state Department of Commerce, included meetings with Mexican auto parts suppliers, a visit to a technical university and a dinner hosted by the governor of Nuevo León.

Delgado, the daughter of immigrants from the Mexican state of Jalisco, opened her remarks at the dinner in Spanish. "Juntos podemos hacer más," she said. "Together, we can do more."

The state exported about $4.3 billion in goods to Mexico last year, mostly farm machinery, chemicals and processed food, according to federal trade data. Imports from Mexico, led by auto parts and electronics, were larger.

Business leaders on the trip said the shift known as nearshoring, in which companies move production from Asia to Mexico, is creating openings for suppliers back home.

"Every factory that opens here needs something we make," said Carla Jensen, chief executive of a Capital City firm that builds industrial conveyor systems. "Belts, sensors, service contracts. It adds up."

A university vice president on the trip, Dr. Samuel Ortiz, signed an agreement for a student exchange program in engineering. "Ten students each way, starting next fall," he said. "Small. But it's a start."

At the technical university, a student asked Delgado what advice she would give young people hoping to work across the border. She answered first in Spanish, then in English: "Aprendan los dos idiomas. Learn both languages. It opens every door."

Not everyone at home welcomed the trip. Sen. Dale Pruitt, a Republican, questioned the cost, about $48,000 in state funds, and said the money would be better spent recruiting companies to the state directly.

Delgado said the trip would pay for itself. "Ask me in a year," she said. "We'll count the contracts."

The delegation returns Friday.
"""),

("Eastvale Gazette", """How to: Get your garden ready for the first frost

Eastvale's average first frost date is Oct. 18, according to the National Weather Service, which means gardeners have about three weeks left. We asked Dr. Ruth Adeyemi, a horticulture professor at Eastvale Community College and a longtime master gardener, what to do now.

Bring in the tender plants

Geraniums, begonias and most herbs won't survive a hard freeze. Pot them up and move them to a sunny window, or take cuttings. "Rosemary is the exception," Adeyemi said. "Some years it makes it. Some years it doesn't. Gamble if you like."

Harvest the tomatoes

Pick every tomato that shows a hint of colour and let it ripen on the counter. Green ones can be fried, pickled or made into chutney. "Don't leave them on the vine hoping for one more warm week," she said. "You'll lose."

Leave the leaves

Rake leaves off the lawn, but pile them on garden beds instead of bagging them. They protect soil, feed worms and shelter overwintering insects, including some bees.

Plant garlic and bulbs

October is the right month for garlic, tulips and daffodils. Plant garlic cloves pointy end up, about 2 inches deep and 6 inches apart.

Cover what you can

Old bedsheets work fine as frost cloth. Drape them over plants in the evening and remove them in the morning. Avoid plastic, which touches the leaves and can make damage worse.

Clean your tools

Scrape off dirt, dry everything, and rub a little oil on metal blades. Drain hoses and store them inside.

Adeyemi's final piece of advice was the simplest. "Write down what worked this year, and what didn't," she said. "In March you won't remember. Trust me."

Want to learn more? The Eastvale Garden Club meets the second Thursday of every month at 7 p.m. at the public library, and visitors are welcome. The college also offers a free fall gardening workshop on Oct. 5 at 10 a.m.
"""),

("Summit Record", """Summit's mayor on housing, snow and the iPhone app nobody uses: an interview

Mayor Jo Whitfield is halfway through her first term. We sat down with her at the Summit Coffee Co. on Main Street to talk about housing, the town budget and a certain municipal app. Her answers have been lightly edited.

Summit Record: Let's start with housing. The council is debating a cap on short-term rentals. Where are you?

Whitfield: I support it. We have people who work here full time living in tents in August. That's not a town. That's a resort with a payroll.

SR: Property owners say you're taking away their income.

Whitfield: Some of them, yes, and I understand. Nobody's being forced to sell. We're just saying the number of rentals can't keep growing forever.

SR: The town launched an iPhone and Android app last year for reporting potholes. Downloads?

Whitfield: (laughs) About 300. In a town of 9,000. It's not our finest hour.

SR: What happened?

Whitfield: People would rather call. Or stop me at the grocery store. Honestly, stop me at the grocery store. I'll write it down.

SR: Snow removal was a big complaint last winter.

Whitfield: It was. We had two plow drivers quit in December and couldn't replace them, because, again, where would they live? It all comes back to housing.

SR: What are you doing about it?

Whitfield: We raised plow driver pay by $4 an hour and we're building six units of staff housing next to the public works yard. They'll be ready by November.

SR: Anything you've changed your mind about since taking office?

Whitfield: Parking. I used to think we needed more of it. Now I think we need more buses.

SR: Last question. Best run on the mountain?

Whitfield: Not telling. Then everybody will be on it.

SR: Off the record?

Whitfield: Still not telling.

The town council will hold a public hearing on the short-term rental cap on March 18 at 6 p.m. in the community center.
"""),

("Lakeshore Observer", """Photos: Lakeshore's Fourth of July parade, by the numbers

LAKESHORE — The village's 101st Fourth of July parade stepped off at 10 a.m. sharp on Tuesday, and by the time the last fire truck rolled past the bandstand an hour later, it had delivered the usual mix of tractors, Shriners and candy.

Photo: The Lakeshore High School marching band leads the parade down Front Street. The band, 64 members strong, played "Stars and Stripes Forever" three times.

Some numbers from the day, as tallied by the Observer and the village clerk:

- 58 parade entries, up from 51 last year
- 11 antique tractors
- 4 fire trucks, including a 1928 pumper from the Lakeshore Volunteer Fire Department's museum
- 1 grand marshal: Margaret Lund, 71, president of the Friends of North Point
- About 6,000 spectators, according to the village police chief
- An unknown number of pounds of candy. "A lot," said the clerk. "Too much."

Photo: Grand marshal Margaret Lund waves from the back of a 1957 Chevrolet convertible owned by her neighbour, Bob Engstrom.

Lund, who led the long campaign to restore the North Point lighthouse, said she had not expected the honour. "I thought they were calling about a bake sale," she said. "They're always calling about a bake sale."

The parade's most popular entry, judging by the cheers, was the Lakeshore Library's book cart drill team, eight librarians pushing decorated carts in synchronized formation to a Sousa march.

"We practised in the parking lot for three weeks," said library director Anne Folau. "The carts do not want to turn left. They have opinions."

Photo: Members of the Lakeshore Library book cart drill team perform a figure-eight on Front Street.

Not everything went to plan. A goat from the 4-H float briefly escaped near the post office and was returned by a pair of teenagers to applause.

Fireworks over the harbor began at 9:45 p.m. after a short delay for a passing thunderstorm.
"""),

("Harbor Ledger", """No. 10 Downing Street envoy visits Harbor City port

HARBOR CITY — A senior British trade official visited the Port of Harbor City on Thursday, touring the container terminal and meeting with port commissioners as the U.K. seeks to expand trade with U.S. states on the Pacific coast.

Lord Peter Ashworth, a trade envoy appointed by No. 10 Downing Street, spent about three hours at the port, riding in a pickup truck along the wharf and watching cranes load a ship bound for Yokohama.

"Impressive. Very impressive," Ashworth said as a crane lifted a 40-foot container. "We have cranes at Felixstowe, of course. Yours are taller."

Port commission president Victor Lam laughed. "We'll take that," he said.

The visit comes as Britain, which left the European Union in 2020, pursues agreements with individual U.S. states on issues such as professional licensing, procurement and clean energy, in the absence of a full trade deal with Washington. The U.K. has signed such memoranda with about a dozen states so far.

Ashworth met later with Gov. Alicia Brennan's trade adviser, Dr. Naveen Patel, in a private session at the port's offices. Neither side would say whether an agreement was close.

"We had a good conversation," Patel said. "Productive. Friendly."

"Very friendly," Ashworth added. "I was promised salmon."

He got it. Lunch, at a waterfront restaurant on Dock Street, was grilled king salmon, served with a glass of Oregon pinot noir and, at the envoy's request, a cup of tea.

British exports to the state, largely machinery, pharmaceuticals and whisky, were worth about $1.9 billion last year. The state sells the U.K. aircraft parts, software and seafood.

Local business leaders who met with Ashworth said they hoped for easier access for engineers and architects licensed in one country to work in the other. "It shouldn't take two years to get a British engineer approved here," said Marion Chu of the Harbor City Chamber of Commerce.

Ashworth travels next to Portland and then to Sacramento.
"""),

("Midland Courier", """Midland 4-H fair results: Grand champions named

DELL RAPIDS — The Midland County 4-H Fair wrapped up Sunday after five days of livestock shows, baking contests, tractor pulls and one memorable escape by a rabbit named Sir Hops-a-Lot. Here are the grand champions and a few highlights.

Livestock

Grand champion market steer: Emma Lindgren, 17, Hanley, with a 1,340-pound Angus cross named Duke. The steer sold at Saturday's auction for $9.50 a pound, a fair record.

Grand champion market hog: Tyler Brandt, 14, Carver.

Grand champion market lamb: Olivia Santos, 12, Dell Rapids. It was her first year showing.

"I cried. The lamb didn't," Santos said.

Baking and crafts

Best pie: Grace Holm, 15, Hanley, sour cherry with a lattice crust.

Best in show, quilts: Hannah Kowalski, 16, Dell Rapids, for a quilt made from her late grandfather's flannel shirts. Judges called it "technically superb and deeply moving."

Tractor pull

Antique division winner: Frank Nielsen, 78, on a 1952 Farmall H. "She's older than most of the judges," he said. "Older than me, almost."

Highlights

On Thursday afternoon, Sir Hops-a-Lot, a Holland lop entered by 9-year-old Mason Reed, slipped out of his cage and led volunteers on a 40-minute chase through the poultry barn. He was found behind a stack of straw bales, eating a carrot someone had dropped.

"Don't run at him. Sit down and wait," advised poultry superintendent Linda Ross, who eventually coaxed the rabbit out. "Rabbits come to you. You don't go to them."

Sir Hops-a-Lot went on to take a blue ribbon.

Attendance was about 41,000 over five days, up from 36,000 last year, according to fair board president Jim Strand. He credited cooler weather and a new free admission day for seniors.

"Best fair in a decade," Strand said. "And the rabbit helped."

Full results for all divisions are posted on the county extension office's website.
"""),

("The Northgate Post", """Northgate women's basketball rallies past Eastern State, 71-68

NORTHGATE — Senior guard Keisha Monroe hit a 3-pointer with 4.2 seconds left and Northgate University rallied from 15 points down in the fourth quarter to beat Eastern State 71-68 on Saturday, extending its winning streak to nine games.

Monroe finished with 24 points, six rebounds and five assists. Her winner came from the left wing, over the outstretched hand of Eastern State's Tasha Greene, and sent a crowd of 4,811 at Harmon Arena to its feet.

"Honestly? I didn't see it go in," Monroe said. "I just heard it."

Eastern State (14-6, 6-3 conference) had led 60-45 with 8:51 to play after a 17-2 run that began late in the third quarter. Northgate (17-3, 8-1) answered with pressure defence, forcing seven turnovers in the final eight minutes.

"We told them, 'Get in their shirts. Make every pass hard,'" Northgate coach Diane Farrell said. "They did it. Oh, did they do it."

Forward Ana Silva added 16 points and 11 rebounds for Northgate, her eighth double-double of the season. Freshman Lily Park scored all 10 of her points in the fourth quarter.

Greene led Eastern State with 22 points. Coach Marcus Hill said his team had "stopped attacking" with the lead. "That's on me," he said. "We got tentative. You can't get tentative against a team like that."

Key stats:

- Northgate shot 11 of 15 from the field in the fourth quarter.
- Eastern State committed 19 turnovers, 12 in the second half.
- Rebounds: Northgate 38, Eastern State 34.
- Free throws: Northgate 14 of 18, Eastern State 9 of 12.

The win keeps Northgate one game behind conference leader Central Tech, which beat Western 80-62 on Saturday. The two teams meet Feb. 17 at Central Tech.

"Circle it," Monroe said. "We have."

Northgate plays at Southern next Wednesday at 7 p.m.
"""),

("Lakeshore Observer", """Editorial: Fix the harbor breakwall. Now.

The breakwall at Lakeshore harbor is failing. Everyone who walks it knows it. The concrete cap is cracked from end to end. Rebar pokes through in a dozen places. At the far end, near the light, a section has slumped nearly a foot.

The village has known this for years. Engineers warned in 2017. Again in 2020. Again last spring.

Enough.

A breakwall is not decoration. It protects the harbor, the boats in it and the businesses that depend on them: the charter captains, the marina, the bait shop, the restaurants on Front Street. A major storm could push through the weakened section and do millions of dollars in damage in a single night.

What should happen? Three things.

First, the village board should apply this year for the federal harbor maintenance grant it skipped last year. The deadline is April 1. Miss it again and we wait another year.

Second, the board should close the far end of the breakwall to the public until repairs are made. Yes, people love to fish there. Yes, it's the best sunset in the county. It is also dangerous. Someone will get hurt.

Third, the board should be honest with residents about the cost. Early estimates run from $3 million to $5 million. The village cannot pay that alone, but it can commit a local share and show the state and federal agencies it is serious.

We have heard the objections. Money is tight. The lighthouse restoration is already under way. Taxpayers are tired.

All true. None of it changes the lake.

"Don't wait for the storm," harbor master Pete Larsen told the board in February. We agree. The lake does not care about budgets, and it does not wait for grant cycles.

Apply for the grant. Close the end. Tell people the truth about the cost.

Then fix the wall.
"""),

("Capital Wire Review", """Live: Election night in the capital

Results from the special election for the 14th Senate District and two ballot measures. All times Eastern.

8:00 p.m. Polls are closed. County clerks say turnout appears higher than expected for a special election, perhaps 38 percent. Long lines were reported at two precincts on the university campus.

8:24 p.m. First results, early mail ballots: Democrat Naomi Feld 54 percent, Republican Greg Olsen 46 percent. Early ballots have leaned Democratic all year. Expect this to tighten.

8:51 p.m. Measure A, the school bond: Yes 58 percent, No 42 percent, with about a quarter of precincts reporting.

9:17 p.m. It's tightening. Feld 51.2 percent, Olsen 48.8 percent, with 46 percent of precincts in.

9:30 p.m. From the Olsen party at a sports bar downtown, a supporter in a red cap is watching the screen. "Come on, come on," he says to no one in particular.

9:44 p.m. Measure B, which would allow the city to raise the hotel tax, is trailing: Yes 47 percent, No 53 percent.

10:12 p.m. Feld's campaign manager, Luis Ortega, stops by the press table. "We feel good. Not great. Good," he says. "Ask me at 11."

10:58 p.m. With 89 percent of precincts reporting: Feld 50.6 percent, Olsen 49.4 percent. A margin of roughly 740 votes.

11:06 p.m. We asked Ortega. "Good," he says again. "Still good."

11:40 p.m. The Associated Press calls Measure A for Yes. The $210 million school bond passes.

12:15 a.m. Olsen addresses supporters but does not concede. "Every vote gets counted. Every single one," he says. "Go home. Get some sleep. We'll know more tomorrow."

12:31 a.m. Feld speaks briefly to a cheering room. "We're ahead. We're going to stay ahead," she says. "Thank you. Now, please, go to bed."

12:45 a.m. Measure B appears headed for defeat. Roughly 3,000 provisional and late mail ballots remain to be counted in the Senate race, the county clerk says. Final results are not expected until Friday.

This blog has ended. Check back Wednesday for full coverage.
"""),
]
