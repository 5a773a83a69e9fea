# Damaged articles, part A. Markers: ⟦kind:text⟧ and ⟦dup:N⟧.
ARTICLES = [
("Harbor Ledger", """Ferry fares to rise by 12 percent after council vote

The city council voted 7-2 on Tuesday night to raise ferry fares by 12 percent, the first increase in six years, after officials warned that fuel and repair costs had outpaced revenue since the pandemic.

Commuters who ride the island route every weekday will pay about $18 more a month under the new schedule, which takes effect in March. Seniors and students keep their half-price passes, a concession added late in the evening after more than two hours of public comment.

"Nobody on this dais wants to do this," said council member Rita Okafor⟦stray: ,⟧ who chairs the transportation committee. "But the boats are 30 years old, and the engines do not care how we feel about it."

Opponents argued that the increase would push lower-income workers onto the bridge, where traffic already backs up for miles during the morning rush. ⟦fragment:Especially those working early shifts at the hospital and the cannery.⟧ Several speakers held up hand-lettered signs reading "Fares are a tax on the island."

The transit authority says the extra money, roughly $2.4 million a year, will go toward overhauling two vessels and hiring additional deckhands so that crossings are not cancelled when crew members call in sick. Cancellations hit a record 214 last year, according to the agency's own figures.

Council member Dan Whitlow, one of the two no votes, said the city should have sought state grants first. "We are asking riders to pay for ⟦glued:twodecades⟧ of deferred maintenance," he said.

A public hearing on a proposed weekend schedule is set for Feb. 11 at City Hall.

⟦furniture:Share this story: Facebook | X | Email | Print⟧
"""),

("Midland Courier", """Grain elevator fire forces evacuation of two blocks in Carver

Firefighters spent most of Sunday battling a blaze at the Carver grain elevator, a landmark that has towered over the town's main street since 1948, and ordered residents of two nearby blocks to leave their homes as a precaution.

No injuries were reported. Fire Chief Lorraine Betts said the fire probably began in a conveyor housing on the north side of the structure ⟦break:and. Spread quickly through⟧ dust-laden shafts before crews could reach it.

"Grain dust is basically fuel," Betts said at an afternoon briefing. "Once it gets into the headhouse, you're fighting something that wants to go up, not out."

⟦placeholder:[INSERT MAP OF EVACUATION ZONE HERE]⟧

Crews from four neighboring departments joined the effort, pumping water from a tanker relay because the nearest hydrant could not supply enough pressure. By evening, the flames were out, though hot spots continued to smoulder inside the concrete silos.

The elevator is owned by Prairie Cooperative, which stores wheat and soybeans for about 300 member farms. General manager Kevin Thorsen said roughly 40,000 bushels were inside when the fire began, and that it was too early to say how much could be salvaged.

"We'll know more when the engineers get in there," Thorsen said. ⟦fragment:Which could take a week or more, depending on the structure.⟧

Residents were allowed to return home shortly after 7 p.m. Betts said the state fire marshal would investigate the cause, as is routine for fires at agricultural facilities.

⟦furniture:Related coverage
Co-op posts record harvest despite dry summer
Rural fire departments struggle to recruit volunteers
How grain dust explosions happen⟧
"""),

("The Northgate Post", """Schools chief outlines plan to cut chronic absence in half

Northgate's new schools superintendent, Dr. Helena Marsh, on Monday unveiled a plan to halve chronic absenteeism within three years, setting one of the most ambitious attendance targets of any district in the state.

About 28 percent of students missed at least 10 percent of the school year last spring, district data show. That rate has fallen slightly from its pandemic peak but remains nearly double what it was in 2019.

The plan relies heavily on outreach. Each school will hire an attendance coordinator, and teachers will be asked to call families after a student's second unexplained absence rather than waiting for a letter from the front office.

"Attendance is not a discipline problem, it's a connection problem," ⟦attribution:Marsh said, Marsh told reporters⟧ at the district's headquarters. The line drew applause from a group of parents who had attended the briefing.

The district will also expand its bus routes to cover neighborhoods that sit just inside the two-mile walking limit, where families have long complained that children must cross busy roads to reach school. That change alone will cost about $1.1 million a year.

⟦dup:1⟧Teachers union president Carl Benning welcomed the focus but questioned whether the district could find enough coordinators. "We have 40 open teaching positions right now," he said⟦stray:..⟧ "I'd like to know where these people are coming from."

⟦disclaimer:This article was automatically translated from the original language using machine translation. Some nuances may not be fully accurate.⟧

The school board is expected to vote on the budget for the plan next month.
"""),

("Coastline Daily", """Surfers and anglers clash over proposed marine reserve at Point Arden

A proposal to close a stretch of ocean off Point Arden to fishing drew a packed and sometimes heated crowd to the county library on Thursday, pitting surfers and divers who back the reserve against anglers who say it would end a century-old tradition.

The state wildlife agency wants to protect about four square miles of kelp forest, where surveys have found sharp declines in red abalone and several rockfish species. Under the plan, recreational surfing and swimming would still be allowed, but all fishing and collecting would be banned.

"The kelp is half what it was when I was a kid," said diver Marisol Vega, 42. "If we don't do something now, there won't be anything left to argue over."

⟦embed:View this post on Instagram

A post shared by Save Point Arden (@savepointarden)⟧

Commercial fisherman Tom Kessler, whose family has worked the waters off the point for three generations, said the agency was ⟦glued:blamingfishermen⟧ for problems caused by warming water and sea urchins. "We're the easiest target," he said. "We don't have lobbyists."

Agency biologist Priya Raman said the science supports both explanations. Urchin populations exploded after a marine heat wave, she said, but fishing pressure has made it harder for the ecosystem to recover. ⟦break:Reserves elsewhere on the coast. Have shown⟧ rebounds in fish size within five to eight years, she added.

The agency will accept written comments until April 30. A final decision is expected by the fall, after which the proposal would go to the state Fish and Game Commission for approval.

Kessler said he plans to submit a petition signed by more than 600 local anglers. "⟦foreign:No nos van a sacar del agua tan fácilmente⟧," said a deckhand standing beside him, drawing nods from the men nearby.
"""),

("Riverbend Tribune", """Library to drop late fines, citing lost patrons

The Riverbend Public Library will stop charging overdue fines on Jan. 1, joining hundreds of systems nationwide that have concluded the fees drive away the very readers they most want to keep.

Library director Samuel Achebe told the board of trustees on Wednesday that fines brought in just $31,000 last year, less than one half of one percent of the library's budget, while nearly 4,000 cardholders had their borrowing blocked because of unpaid balances.

"Many of those are children," Achebe said. "A kid who owes six dollars for a picture book stops coming, and then we've lost them for years."

⟦placeholder:{{pull_quote_2}}⟧

Patrons will still be billed for items that are lost or badly damaged, and accounts will be suspended if an item is more than 45 days overdue. Once the book is returned, the block will be lifted ⟦stray:;;⟧ no payment required.

Existing fines will be forgiven. ⟦fragment:Along with fees for replacement library cards, which had cost two dollars.⟧

Trustee Beverly Ng, the only board member to raise concerns, asked whether the library would see more books come back late. Achebe said studies from other cities showed return rates stayed about the same, and in some cases improved, because people who had been avoiding the library came back with their long-overdue items.

"We had a man in Milwaukee return a book that was 20 years late once they dropped fines," Achebe said. "That's the kind of story I'd like to tell here."

The board approved the change unanimously.

⟦furniture:© 2024 Riverbend Tribune. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.⟧
"""),

("Pinecrest Herald", """Wildfire smoke prompts health warning across three counties

State health officials issued an air quality alert for Pinecrest, Ashby and Dunmore counties on Friday as smoke from a wildfire burning 80 miles to the north drifted into the valley, pushing pollution readings into the "very unhealthy" range for the first time this year.

People with asthma, heart disease or lung conditions were urged to stay indoors, and several school districts moved recess and sports practices inside. The Pinecrest Marathon, scheduled for Sunday, was postponed.

"If you can smell smoke, you're breathing it," said Dr. Alan Forsythe, the county's health officer. "Keep windows closed, run an air purifier if you have one, and check on elderly neighbours."

The fire, which started Tuesday near the town of Elk Ridge, had burned more than 22,000 acres by Friday morning and was 15 percent contained. Fire officials said shifting winds had pushed the flames away ⟦broken_paragraph:from

homes⟧ overnight, but warned that dry conditions would persist through the weekend.

Hardware stores in Pinecrest reported a rush on box fans and furnace filters, which residents can tape together to make a homemade air cleaner. ⟦glued:At Benson'sHardware⟧ on Main Street, the shelves were empty by noon.

⟦embed:Watch: Smoke blankets the valley at sunrise
0:00 / 1:42
Captions off⟧

Forsythe said the smoke would likely linger until a cold front arrives Monday. ⟦fragment:Bringing, forecasters hope, some rain as well.⟧

Residents can check current air quality readings on the state's website, which updates every hour. Officials also opened two cooling and clean-air centers at public libraries for people without air conditioning or filters at home.
"""),

("Capital Wire Review", """Senate panel advances bill to cap prescription copays

A state Senate committee voted 6-3 on Thursday to advance a bill that would cap out-of-pocket costs for insulin and inhalers at $35 a month, setting up a floor vote as early as next week.

The measure, sponsored by Sen. Rosa Delgado, would apply to state-regulated insurance plans, which cover about 40 percent of residents with private coverage. Federal law already caps insulin costs for people on Medicare.

"No one should have to choose between breathing and paying rent," ⟦attribution:Delgado said, according to a statement from her office, Delgado said.⟧ She was joined at the hearing by several parents of children with asthma.

Insurance industry representatives warned that the cap would raise premiums for everyone. ⟦break:A spokesperson for the state. Association of Health Plans⟧ estimated the increase at 1 to 2 percent, though an analysis by legislative staff put it closer to half a percent.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧

Pharmacists who testified said many patients already skip doses or ration medication when money is tight. "I see it at the counter every week," said Martin Ruiz, who runs an independent pharmacy in the capital. "People ask me which of their prescriptions they can go without."

The bill faces a tougher path in the House, where Speaker Glenn Hartley has said he prefers a broader approach that would address drug prices directly rather than shifting costs to insurers.

⟦disclaimer:This story was syndicated from a partner publication and has not been edited by our newsroom. The views expressed are those of the original publisher.⟧
"""),

("Eastvale Gazette", """Eastvale bakery wins national bread prize

A small bakery on Eastvale's Mill Street has won first place in a national competition for sourdough, beating more than 400 entries from bakeries across the country.

Hearth & Crumb, which opened four years ago in a former shoe repair shop, took the top prize at the American Artisan Bread Awards in Chicago last weekend for its rye and caraway loaf. Judges praised its "deep, tangy crumb and a crust that shatters."

Owner Elena Varga, 36, said she almost didn't enter. "I thought, who is going to care about a loaf from Eastvale?" she said. "Then my husband filled out the form and mailed it without telling me."

⟦fragment:The recipe, based on one from her grandmother's village in Hungary.⟧ Varga said she adjusted it over two years, experimenting with flour from a mill in the next county until the flavour matched her memory.

⟦foreign:Nagymamám mindig azt mondta, hogy a kenyérnek idő kell.⟧ Varga laughed as she recalled her grandmother's advice while pulling a tray from the oven.

Since the win was announced, the line outside the shop has stretched down the block each morning, and the bakery sold out of the prize-winning rye by 8 a.m. on Tuesday. Varga has hired two more bakers and plans to start taking preorders.

⟦furniture:Sign up for our Eat & Drink newsletter
Enter your email address
Subscribe
By signing up you agree to our Terms of Service and Privacy Policy.⟧

The award comes with a $5,000 prize, which Varga said she would spend on a second deck oven. "The old one has been held together with hope," she said⟦stray: !⟧
"""),

("Summit Record", """Avalanche danger rises after heavy snowfall in high country

Backcountry skiers and snowmobilers were urged to stay off steep slopes this weekend after a storm dumped more than three feet of snow on the Summit range, raising the avalanche danger to "high" on most aspects above the tree line.

The regional avalanche center said the new snow had fallen on a weak, sugary layer that formed during a dry spell in December, creating conditions forecasters described as unusually dangerous.

"This is the kind of setup that catches experienced people," said forecaster Jenna Holloway. "The snow looks beautiful. It's going to be tempting. But the layer underneath is not going to hold."

⟦embed:<iframe src="https://player.vimeo.com/video/" width="640" height="360" frameborder="0" allowfullscreen></iframe>⟧

Two skiers were caught in a slide near Granite Pass on Thursday. ⟦break:Both were. Able to dig themselves⟧ out and were not injured, according to the sheriff's search and rescue team.

Holloway said avalanches could be triggered from below or from a distance, meaning people could set off a slide without ever being on the slope itself. ⟦fragment:Even on low-angle terrain near steeper ground.⟧

The center recommends that anyone heading into the backcountry carry a beacon, shovel and probe, travel with a partner, and check the daily forecast before leaving. ⟦glued:Rescueteams⟧ also asked people to leave a trip plan with someone at home.

Ski resorts, which control avalanche risk within their boundaries using explosives, were open as usual and reported some of their best conditions of the season. Crystal Peak said it had received 41 inches of new snow since Tuesday.

Forecasters expect the danger to ease slowly through next week as temperatures stay cold.
"""),

("Lakeshore Observer", """Lakeshore votes to restore historic lighthouse

The Lakeshore village board on Monday approved $640,000 to restore the 1872 North Point lighthouse, ending a decade of debate over whether the crumbling tower was worth saving.

The vote was 4-1. Trustees said the money would come from a mix of village reserves, a state historic preservation grant and donations raised by the Friends of North Point, a volunteer group that has held bake sales and fish fries for the cause since 2014.

"We've sold a lot of pie for this lighthouse," said the group's president, Margaret Lund, 71, who wiped away tears after the vote. "A lot of pie."

Engineers found last year that the tower's brick had deteriorated badly where lake spray freezes and thaws each winter, and that the iron lantern room was rusting through in places. Without repairs, they said, parts of the structure could collapse within five years.

⟦dup:2⟧Work will include replacing damaged brick, repainting the lantern and rebuilding the keeper's walkway. The light itself, automated in 1961, will remain an active aid to navigation maintained by the Coast Guard.

Trustee Roy Brandt, who voted no, said he supported the lighthouse but worried about ongoing maintenance costs. ⟦attribution:"It's not a one-time bill," Brandt said, Brandt said.⟧ "Every roof needs a new roof eventually."

Construction is expected to begin in May and take about 18 months. The tower will be closed to visitors during that time.

⟦placeholder:Photo: [caption TK — need name of the volunteer on left]⟧
"""),

("Harbor Ledger", """Port expansion wins final approval despite neighbours' objections

The Port of Harbor City won final approval Wednesday for a $310 million expansion of its container terminal, a project supporters say will create hundreds of jobs and opponents warn will bring more diesel trucks through already polluted neighbourhoods.

The port commission voted unanimously after a four-hour meeting in which more than 80 people spoke. The expansion will add two berths and a rail spur, allowing the port to handle the largest ships now crossing the Pacific.

"This keeps Harbor City in the game," said commission president Victor Lam. "If we don't build, the ships go to Seattle or Oakland, and the jobs go with them."

Residents of the Westside neighbourhood, which borders the terminal, said they already breathe some of the dirtiest air in the state. ⟦glued:Asthmarates⟧ among children there are twice the county average, according to a 2022 health department study.

"⟦foreign:Mis hijos usan inhaladores desde los tres años⟧," said Westside resident Lucia Moreno through an interpreter. ⟦fragment:Holding up a bag of inhalers for the commissioners to see.⟧

In response, the port agreed to require that at least half of the trucks serving the new berths run on electricity or natural gas by 2030, and to fund air filters for homes within half a mile of the terminal. Environmental groups called the measures a start but said they fall short.

The Army Corps of Engineers must still issue a dredging permit before construction can begin, which officials expect next year.

⟦furniture:Comments (47)
Log in to join the conversation. Please keep comments civil and on topic.⟧
"""),

("Midland Courier", """Farmers markets report record sales as shoppers go local

Farmers markets across Midland County reported their strongest season on record this year, with vendors saying shoppers were willing to pay a little more for produce grown nearby.

The county's 11 markets sold an estimated $4.7 million in goods between May and October, up 18 percent from last year, according to a survey by the county extension office. The number of vendors also grew, to 212 from 178.

"People want to know who grew their food," said Anita Bjornson, who sells vegetables, eggs and honey from her farm near Dell Rapids. "They ask about my chickens by name. ⟦stray:""⟧

Extension agent Paul Hendricks said a new state program that doubles the value of food assistance benefits spent at markets helped draw in lower-income families. ⟦break:More than $300,000 in. Benefits were spent⟧ at the markets this year, triple the 2022 total.

⟦placeholder:%s vendors reported sales above %s percent.⟧

Not every vendor had a good year. Fruit growers lost much of their crop to a late April frost, and several orchards skipped the season entirely. Hendricks said the strong showing for vegetable and meat sellers more than made up for it in the overall numbers.

Market managers are now looking for ways to extend the season. The Dell Rapids market plans to move into a converted warehouse for a winter market starting in December, with heated space for about 30 vendors.

"Our customers keep asking what they're supposed to do in January," said manager Carla Weiss. "Now we'll have an answer."

⟦disclaimer:Translated by AI. Please report any errors in translation to our editors.⟧
"""),

("The Northgate Post", """Northgate transit adds late-night bus service on four routes

Northgate Regional Transit will extend service on four of its busiest bus routes until 2 a.m. starting next month, responding to years of complaints from hospital, restaurant and warehouse workers whose shifts end after the buses stop running.

The routes, which connect downtown with the eastern suburbs and the airport, currently end service around 11:30 p.m. Transit officials estimate the extension will cost $3.8 million a year, paid for with a portion of the sales tax increase voters approved in November.

"We heard from nurses who were paying $40 for a rideshare home every night," said transit director Kwame Asante. "That's not sustainable on a nurse's aide salary."

A survey conducted by the agency last spring found that nearly one in five riders ⟦broken_paragraph:had

missed⟧ a shift or been late to work because of gaps in evening service. Many of those riders said they did not own a car.

⟦embed:Poll: Would you ride the bus after midnight?
Yes, regularly (34%)
Occasionally (41%)
Never (25%)
1,283 votes · Final results⟧

Drivers will receive a shift differential for late-night hours, and each bus will carry an emergency call button linked directly to the transit police dispatch center. ⟦fragment:To address concerns raised by the drivers' union about safety.⟧

Union representative Lisa Ferraro said drivers supported the expansion as long as the security measures were in place from the first night. "Our members ⟦glued:wantthis⟧ to succeed," she said. "They just want to get home safely, too."

The agency will review ridership after six months before deciding whether to extend late service to other routes.
"""),

("Coastline Daily", """Fishing fleet hit by early end to crab season

State regulators closed the commercial Dungeness crab season six weeks early on Monday after whale sightings off the coast rose sharply, leaving dozens of boats tied up at the docks during what is usually the fleet's most profitable stretch.

The closure is meant to prevent humpback whales from becoming tangled in the vertical lines that connect crab traps to buoys at the surface. Entanglements reported along the coast have more than doubled since 2014, and the state has paid out millions in legal settlements to conservation groups that sued over the deaths of whales caught in fishing gear.

"I understand why they did it," said Ray Dominguez, who has fished out of Port Calder for 30 years. "I don't like it. But I understand ⟦stray:it..⟧"

Fishermen said the early closure could cost the local fleet several million dollars. Many boats depend on spring crab landings to cover insurance and loan payments for the rest of the year.

⟦placeholder:[related-articles id="4471" count="3"]⟧

Some crabbers have begun testing so-called ropeless gear, which keeps traps on the sea floor until a fisherman sends an acoustic signal to release a float. ⟦break:The technology is. Still expensive⟧ and not yet approved for widespread use, but regulators said trials were encouraging.

⟦attribution:"We're trying to find a way to keep both whales and fishermen in business," said Karen Ostrowski, a biologist with the state wildlife agency, according to Ostrowski.⟧

The wildlife agency will meet with fleet representatives next week to discuss possible relief funds and the timeline for reopening next season.
"""),

("Riverbend Tribune", """River cleanup volunteers haul out tons of trash

More than 600 volunteers spent Saturday pulling tires, shopping carts, bicycles and an estimated nine tons of trash from the banks of the Riverbend River, in what organizers called the largest cleanup in the event's 22-year history.

The annual cleanup, run by the nonprofit Friends of the Riverbend, covered 14 miles of shoreline this year, up from nine last year, thanks to a new partnership with the city's parks department, which supplied trucks and dumpsters.

"We found a piano," said volunteer coordinator Jasmine Wright. "An actual upright piano. Nobody knows how it got there."

⟦furniture:ADVERTISEMENT
Continue reading below⟧

Teams of volunteers wearing gloves and waders fanned out from six starting points at 8 a.m. By early afternoon, the parks department had filled 11 dumpsters. ⟦fragment:Most of it plastic, much of it bottles and foam containers.⟧

Wright said the group also counted items, and the tally would be shared with state researchers tracking plastic pollution in the watershed. Last year's count found that single-use beverage bottles made up nearly a third of all items collected.

⟦glued:Localbusinesses⟧ donated lunch and water for the volunteers, and a brewery on Front Street hosted an after-party where participants swapped stories about their strangest finds.

Wright said the group hopes to add a second cleanup in the fall. "The river gives us a lot," she said. "This is one day a year when we give something back."

⟦dup:1⟧⟦disclaimer:Este artículo fue traducido automáticamente. This article has been machine translated and may contain errors.⟧
"""),

("Pinecrest Herald", """High school robotics team heads to world championship

A team of 14 students from Pinecrest High School will compete at the world robotics championship in Houston next month, the first time a team from the county has qualified for the event.

The team, called the Iron Pines, earned its spot by winning the regional tournament in Sacramento last weekend with a robot that can pick up foam rings and toss them onto pegs from across a 27-foot field. The robot, nicknamed "Stumpy," won 11 of its 12 matches.

"We rebuilt the arm three times," said team captain Oliver Chen, a senior. "The third time, we figured out we'd been using the wrong motor. That was a bad night."

The team's faculty adviser, physics teacher Donna ⟦stray:Reyes ,⟧ said the students had practiced nearly every day after school since January, often staying until the custodians locked the building.

The trip to Houston will cost about $22,000, covering travel, hotel rooms and registration. The team has raised about half so far through a crowdfunding page and sponsorships from local businesses. ⟦fragment:Hoping the rest will come from a pancake breakfast planned for April 6.⟧

⟦embed:Tweet

Pinecrest Iron Pines 🤖🌲 @IronPines5712

WE'RE GOING TO WORLDS!!! Thank you to everyone who believed in Stumpy 💚

11:42 PM · Mar 17, 2024

Reply · Retweet · Like⟧

Reyes said many of the students had never considered careers in engineering before joining the team. "Now I've got kids who want to be mechanical engineers, software developers, machinists," she said. "That's the real trophy."

The world championship runs April 17 to 20.
"""),

("Capital Wire Review", """Governor signs budget with boost for child care, cuts to roads

Gov. Alicia Brennan signed a $62 billion state budget on Friday that expands subsidized child care to thousands more families while trimming road construction spending, capping a legislative session marked by months of tense negotiations.

The budget raises the income limit for child care assistance so that a family of four earning up to $90,000 a year would qualify, up from about $60,000. State officials estimate the change will help 18,000 additional children.

"Parents told us child care costs more than their rent," Brennan said at a signing ceremony at a day care center in the capital. "We listened."

⟦break:To pay for the expansion. Lawmakers delayed⟧ several highway projects and cut the state transportation department's maintenance budget by 4 percent. Republicans criticized the cuts, warning that potholes and crumbling bridges would be the price.

⟦placeholder:READ MORE: <a href="">⟧

"Families with young kids drive on roads too," ⟦attribution:said House Minority Leader Dale Pruitt, according to a statement, said Pruitt.⟧ He added that the budget ⟦stray:「leaves rural counties behind」⟧.

⟦foreign:Das ist ein Kompromiss, mit dem alle leben können.⟧

The budget also includes a 3 percent raise for state employees, money for 200 additional prison guards and a new fund to help small towns replace lead water pipes. It takes effect July 1.

Brennan, a Democrat in her second term, praised lawmakers from both parties for finishing the budget before the deadline, something the legislature failed to do in three of the past five years. Budget analysts said the state still faces a projected shortfall of about $1.2 billion in the following year, which will make next spring's negotiations even harder.
"""),

("Eastvale Gazette", """Eastvale zoo welcomes rare red panda cubs

The Eastvale Zoo announced Tuesday the birth of twin red panda cubs, the first born at the zoo in more than a decade and a small victory for a species whose wild population has fallen by half in two decades.

The cubs, a male and a female, were born June 14 to mother Mei and father Tashi, who arrived in Eastvale from zoos in Ohio and Oregon as part of a national breeding program. Zookeepers waited several weeks to announce the birth because young red pandas are fragile.

"Mei has been an excellent mother," said Dr. Patricia Gomez, the zoo's head veterinarian. "She's very protective. We've mostly watched on camera so we don't disturb them."

⟦placeholder:[gallery ids="2231,2232,2233,2234"]⟧

Red pandas live in the mountain forests of Nepal, India, Bhutan, Myanmar and China, where they are threatened by habitat loss and poaching. Fewer than 10,000 are thought to remain in the wild. ⟦fragment:Classified as endangered by the International Union for Conservation of Nature since 2015.⟧

The cubs will remain behind the scenes until late summer, when they will be large enough to explore the outdoor habitat. The zoo plans to hold a naming contest for visitors.

⟦glued:Thezoo⟧ has also launched a live camera so people can watch the family online. "It's been the most popular thing we've ever put on our website," Gomez said. Admission to the zoo is free for county residents on the first Sunday of every month.

⟦furniture:MORE FROM EASTVALE GAZETTE
› Things to do this weekend
› The best ice cream shops in town
› Obituaries⟧
"""),
]
