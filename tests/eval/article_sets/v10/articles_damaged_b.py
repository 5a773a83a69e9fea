# Damaged articles, part B. Markers: ⟦kind:text⟧ and ⟦dup:N⟧.
ARTICLES = [
("Summit Record", """Mountain town weighs limits on short-term rentals

The Summit town council is considering a cap on short-term vacation rentals after a study found that nearly one in four homes in town is now listed on sites such as Airbnb and Vrbo, squeezing out workers who staff the ski resort, restaurants and clinic.

Summit is not alone. Resort towns across the West have adopted similar limits in recent years, and state lawmakers are weighing a bill that would let counties tax vacation rentals at commercial rates.

Under the draft ordinance, the number of rental permits would be frozen at its current level of about 900, and new permits would be issued only as old ones lapse. Homeowners who live in their houses full time could still rent out a room.

"Our ski instructors are sleeping in their cars," said council member Greta Lindqvist. "Our nurses commute two hours over the pass. ⟦broken_paragraph:Something

has⟧ to give."

Property owners pushed back at a hearing on Tuesday. Several said rental income was the only way they could afford their mortgages, and a real estate agent warned that the cap would reduce property values. ⟦attribution:"You're punishing people for following the rules," said homeowner Brad Keating, Keating told the council.⟧

The study, prepared by a consultant hired by the town, found that the median price of a single-family home had climbed to $1.4 million, up ⟦glued:62percent⟧ since 2019. Median household income rose only 11 percent over the same period.

Lindqvist said the council would also look at a tax on vacant second homes, modelled on one adopted in Vancouver, with the revenue going to a fund for worker housing.

⟦dup:1⟧⟦embed:Listen to this article
Powered by NarrationBox
0:00 / 4:12
1x⟧

A final vote on the rental cap is scheduled for March 18.
"""),

("Lakeshore Observer", """Lakeshore fishermen report record perch catch

Anglers on the Lakeshore coast are pulling in the biggest yellow perch catches in decades, a rebound biologists credit to stricter limits imposed in the 1990s and a run of mild winters that helped young fish survive.

Perch numbers collapsed in the late 1980s, when commercial netting and poor spawning years combined to leave the population at a fraction of its historic size. The state banned commercial perch fishing in 1996.

State biologists said surveys last fall found the highest numbers of young perch since they began netting in 1987. Charter captains say customers are limiting out, catching the daily maximum of 15 fish, by mid-morning.

"Ten years ago you'd fish all day for a dozen," said charter captain Ed Marchetti, who runs two boats out of the village harbor. ⟦attribution:"Now I'm home for lunch," Marchetti said, said the captain.⟧

Biologist Karen Osei said the perch had also benefited from invasive round gobies, an odd twist, because the small bottom-dwelling fish ⟦broken_paragraph:are

a⟧ plentiful food source for adult perch. But she cautioned that the boom could fade if the lake warms too quickly.

"Fish populations go up and down," Osei said. ⟦fragment:Not a reason to raise the limits yet.⟧ The agency plans to keep the current limit for at least two more seasons.

« ⟦foreign:C'est la meilleure saison depuis que je pêche ici⟧ », said Jean-Luc Tremblay, a visitor from Quebec who has fished the lake every summer since the 1980s.

Bait shops are reporting strong sales as well, and the village's annual perch fry, held the second weekend in August, is expected to draw its largest crowd yet.

⟦furniture:Follow us on Facebook and Instagram for the latest Lakeshore news.
Got a news tip? Email newsroom@lakeshoreobserver.example⟧

Anglers must carry a state fishing license, which costs $20 for residents.
"""),

("Harbor Ledger", """Downtown office tower to become apartments

The owners of the vacant Meridian Tower, a 22-story office building that has sat largely empty since 2020, plan to convert it into 310 apartments, the largest office-to-residential conversion in Harbor City's history.

The tower, completed in 1974, was once home to a regional bank and several law firms. Its last major tenant, an insurance company, moved most of its employees to remote work in 2020 and left the building entirely two years later, taking about 800 jobs with it.

Developer Cascade Partners said Monday that about 60 of the units would be set aside for households earning less than 80 percent of the area median income, in exchange for a 15-year property tax break approved by the city last year.

⟦disclaimer:[Editor's note: This article was originally published by our content partner and is republished here under a syndication agreement.]⟧

Converting offices to homes is harder than it sounds. Office floors are deep, with few windows in the middle, and plumbing is concentrated in one place. Cascade's plan carves a light well through the centre of the tower ⟦stray:( giving interior units windows onto an open courtyard.⟧

"It's basically surgery on a building," said architect Naomi Feld, ⟦glued:whodesigned⟧ the project. "You're keeping the skeleton and replacing almost everything else."

Downtown business owners welcomed the news, saying more residents would bring foot traffic to restaurants and shops that have struggled since office workers began working ⟦broken_paragraph:from

home⟧. Vacancy in downtown office buildings stands at 31 percent, according to a commercial real estate firm.

Construction is expected to begin next spring and take about two years. Rents have not yet been set.

⟦dup:1⟧City officials said they hope the project encourages other owners of half-empty towers to follow. Three more buildings are under study.
"""),

("Midland Courier", """County approves wind farm after year of debate

The Midland County Board of Supervisors voted 3-2 on Tuesday to approve a 48-turbine wind farm on farmland north of Hanley, ending more than a year of hearings that divided neighbours and filled the courthouse.

The debate drew hundreds of people to hearings over the past year, and some meetings ran past midnight. Supporters wore green stickers, opponents wore red ones, and deputies were posted at the door for every session after a shouting match last spring.

The project, developed by Great Plains Renewables, will generate enough electricity for about 60,000 homes and pay the county an estimated $1.2 million a year in taxes. Farmers who lease land for the turbines will receive about $12,000 per turbine annually.

"That's money that keeps a family farm in the family," said supervisor Gary Nielsen, who voted yes. ⟦attribution:"That's not nothing," Nielsen said, according to Nielsen.⟧

Opponents said the turbines, each nearly 600 feet tall, would spoil views, disturb sleep with their noise and blinking lights, and lower property values. Some said they would sue. ⟦break:"We are not. Done fighting this,"⟧ said Sandra Holm, who lives about half a mile from the nearest proposed turbine site.

⟦placeholder:{{AUTHOR_BIO}}⟧

The supervisors added conditions requiring the developer to keep turbines at least 2,000 feet from homes, install radar-activated lights that blink only when aircraft are nearby, and set aside money for eventual removal.

Construction could begin as soon as next summer if the developer obtains ⟦broken_paragraph:state

permits⟧. Great Plains said it hopes to have the turbines spinning by the end of 2026.

⟦embed:Click to load video
This content is provided by YouTube. By loading it you accept YouTube's privacy policy.⟧
"""),

("The Northgate Post", """Northgate hospital nurses approve new contract, ending strike threat

Nurses at Northgate General Hospital voted overwhelmingly on Sunday to approve a new three-year contract, ending the threat of a strike that had loomed over the region's largest hospital for months.

Negotiations had dragged on since last summer, and the union had set a strike date for next week. Nurses held informational pickets outside the hospital twice in the fall, carrying signs that read "Safe staffing saves lives" and handing leaflets to patients and visitors.

The contract raises wages by 19 percent over three years and sets limits on how many patients a nurse can be assigned at once, a central demand of the union. About 92 percent of the 1,400 nurses who voted supported the deal, the union said.

⟦attribution:"This is about safety," said union president Maria Castillo, according to the union, Castillo said.⟧ "Nurses were being stretched so thin that we were worried about missing something."

"⟦foreign:Por fin nos escucharon⟧," said Rosa Jiménez, an intensive care nurse who has worked at the hospital for 17 years.

Hospital chief executive Thomas Grady said the agreement would help the hospital retain staff after years of heavy turnover. ⟦glued:Thehospital⟧ has relied heavily on traveling nurses, who can cost twice as much as staff nurses.

Under the staffing limits, nurses on medical-surgical floors will care for no more than five patients at a time during day shifts, and intensive care nurses ⟦broken_paragraph:will

typically⟧ have no more than two. The limits will phase in over 18 months as the hospital hires.

⟦disclaimer:This content was produced with the help of an automated translation tool and reviewed by an editor.⟧

Grady said the hospital planned to hire about 150 nurses over the next year.
"""),

("Coastline Daily", """Old cannery reopens as food hall

The old Sardine Row cannery, shuttered since 1972, reopened Saturday as a food hall with 18 vendors, a brewery and a rooftop deck, drawing a crowd that lined up around the block before the doors opened at 11 a.m.

At its peak in the 1940s, the cannery employed more than 400 workers, most of them women, who packed sardines by hand on long tables that ran the length of the building. The fishery collapsed in the 1950s, and the plant limped along processing squid until it closed. The building sat empty for half a century, surviving two fires and several proposals to tear it down.

The $28 million restoration kept the building's heavy timber beams, brick walls and even some of the old conveyor rails, which now hang from the ceiling as light fixtures. Vendors sell everything from Korean fried chicken to fish tacos made with locally caught rockfish.

"We wanted people to feel like they were walking into history," said developer Lena Castellano, whose grandfather worked at the cannery as a teenager. "It smelled a lot better than it did in his ⟦glued:day,"she⟧ added.

⟦embed:TikTok
@coastlineeats
first look inside the new cannery food hall 🐟🔥 #foodtok #coastline
♬ original sound - coastlineeats⟧

Not everyone is celebrating. Some longtime residents worry the food hall will push up rents on the surrounding blocks, where several small fishing supply shops and a union hall remain. ⟦fragment:Fearing the neighbourhood's working waterfront will vanish.⟧

"⟦foreign:Dit was vroeger een echte vissershaven⟧," said Pieter de Vries, who runs a marine supply store across the street, shaking his head.

The food hall is open daily from 11 a.m. to 10 p.m. Parking information: ⟦placeholder:undefined⟧

⟦furniture:Tags: Food & Drink, Coastline, Restaurants, Waterfront
Report an error | Editorial policy⟧
"""),

("Riverbend Tribune", """Riverbend man, 101, finally receives his high school diploma

Eighty-three years after he left school to work on his family's farm, Walter Pryce got his diploma.

The ceremony, held on the football field, was the largest in the school's history, with 487 graduates. Organizers placed Pryce at the front of the line, and the class president introduced him with a short speech about his life.

The 101-year-old Riverbend resident crossed the stage at Riverbend High School's graduation ceremony on Saturday to a standing ovation from about 2,000 people, many of whom had never met him but had read about him in the program.

Pryce left school in 1941, at the end of his junior year, when his father fell ill. He later served in the Navy during World War II and ran a hardware store in town for four decades. He always regretted ⟦broken_paragraph:not

finishing⟧, his granddaughter said.

"He never complained about it, but he mentioned it every now and then," said granddaughter Amy Pryce, who contacted the school district last winter. "I figured, why not ask?"

⟦dup:1⟧The district's superintendent, Dr. Raymond Ellis, said a state law allows schools to award diplomas to veterans who left school to serve or to work during the war. It was, he ⟦stray:said  ,⟧ "the easiest decision I've ever made."

⟦embed:Video: Walter Pryce, 101, crosses the stage
Duration 00:58 · Autoplay on⟧

Pryce, wearing a cap and gown over his Navy jacket, shook hands with the principal and waved to the crowd. Asked afterward how it felt, he paused. "About time," he said.

His family hosted a party afterward at the VFW hall, where Pryce ate two slices of cake.
"""),

("Pinecrest Herald", """Pinecrest approves new dog park after neighbourhood petition

The Pinecrest parks commission on Thursday approved plans for a two-acre dog park in Hillview Park, answering a petition signed by nearly 1,200 residents who said the town's only existing off-leash area was too small and too far away.

The town's only existing off-leash area, at Cedar Grove, covers less than half an acre and sits on the far western edge of town, about four miles from most of the neighbourhoods that signed the petition. Dog owners say it turns to mud every winter and is often too crowded to use on weekends. A survey by the parks department last year found that about 38 percent of Pinecrest households own at least one dog.

The park will include separate fenced areas for large and small dogs, water fountains, shade structures and a gravel surface designed to hold up better than grass. It is expected to cost about $240,000, with about a third coming from private donations.

"My dog is a border collie. He needs to run," said petition organizer Kate Albright. "Right now he runs laps around my kitchen."

⟦break:Some neighbours living next. To the park⟧ raised concerns about barking and parking. The commission agreed to limit hours from 6 a.m. to 9 p.m. and add 20 parking spaces along Hillview Drive.

⟦placeholder:<p>[ad_slot_mid]</p>⟧

"⟦foreign:Hunde brauchen Platz zum Laufen, genau wie Kinder⟧," said commissioner Heinz Albrecht, who grew up in Germany, before quickly adding that the town had plenty of room for both.

⟦disclaimer:Auto-translated from English. Machine translations may not reflect the original meaning.⟧

Construction is expected to begin in the spring. ⟦glued:Donorswho⟧ give $500 or more will have their dog's name engraved on a plaque at the entrance.
"""),

("Capital Wire Review", """State auditor finds millions in unpaid unemployment overpayments

The state overpaid at least $180 million in unemployment benefits during the pandemic and has recovered only about a quarter of it, according to an audit released Wednesday by State Auditor Janet Kwon.

The audit covered claims paid from March 2020 through the end of 2022, when the federal pandemic programs expired. Auditors reviewed a sample of about 5,000 claims and used it to estimate the total.

The report found that the Department of Labor lacked basic controls when claims surged in 2020, approving payments without verifying identities or wages. Much of the money went to fraudsters using stolen identities, the audit said, but tens of millions were paid in error to legitimate claimants who now face demands to pay it back.

⟦attribution:"The department was overwhelmed, and it made choices that cost taxpayers dearly," Kwon said, said the auditor, in a statement.⟧

Labor Commissioner Robert Diaz said the department had since modernized its systems and added identity checks. ⟦fragment:Although he acknowledged that recovering money from fraud rings would be difficult.⟧

Lawmakers from both parties said the findings were troubling. State Sen. Michael Grant said he would introduce a bill to waive repayment for people who received overpayments through no fault of ⟦broken_paragraph:their

own⟧ and cannot afford to pay them back.

The audit recommended that the department hire additional investigators and share data with other states to track fraud rings operating across borders.

⟦dup:1⟧⟦furniture:Most Read
1. Lawmakers return for special session
2. State parks announce new fees
3. Capital restaurant closes after 40 years⟧
"""),

("Eastvale Gazette", """Eastvale rolls out curbside composting citywide

Eastvale residents will soon be able to toss food scraps into their green yard-waste carts, as the city expands a curbside composting pilot to all 42,000 households starting in April.

Food scraps make up about a quarter of what Eastvale households throw away, according to a waste audit conducted by the city in 2022. The county landfill, which takes the city's trash, is expected to reach capacity within 15 years, and officials have been looking for ways to stretch its life. A state law passed two years ago also requires cities to offer organic waste collection by 2027.

The program, tested in four neighbourhoods over the past year, diverted an average of 6 pounds of food waste per household per week from the landfill, according to city figures. Participation in the pilot reached 64 percent.

"Food waste is heavy and wet, and when it rots in a landfill it makes methane," said Tamara Nguyen, the city's sustainability manager. "Composting turns a problem into ⟦glued:soil."Residents⟧ in the pilot area received a small countertop bin and a supply of compostable bags.

⟦embed:Instagram post by @eastvalegreen
♡ 212 likes
View all 18 comments⟧

The city will deliver countertop bins to every household over the next two months. Meat, bones, dairy and greasy pizza boxes will all be accepted. ⟦break:Plastic bags, even those. Labelled compostable, will not⟧ be accepted because they clog the processing equipment.

⟦attribution:"It took me a week to get used to it, and now it's automatic," said pilot participant Juan Herrera, according to Herrera.⟧

Compost from the program will be sold back to residents at a discount at the city's yard-waste facility. Monthly collection fees will not ⟦stray:change‚ the⟧ city said.
"""),

("Summit Record", """Ski patrol veteran retires after 45 winters on the mountain

When Hank Oberlin joined the ski patrol at Crystal Peak in 1979, the lifts were wooden, the radios were the size of bricks, and avalanche control meant throwing hand charges from the ridge.

The ski patrol at Crystal Peak has about 70 members, and Oberlin is by far the longest-serving. When he started, the resort had four lifts and sold day tickets for $12.

On Sunday, the 68-year-old patroller rode the chairlift for the last time in uniform, followed by dozens of colleagues who skied down behind him in formation as a crowd cheered at the base.

"I've had the best office in the world," Oberlin said. "I got paid to ski and to help people on their worst day."

Over 45 winters, Oberlin estimates he has responded to more than 3,000 injuries, from sprained wrists to heart attacks. He helped rescue a snowboarder buried in an ⟦broken_paragraph:out-of-bounds

avalanche⟧ in 1997, an event he still talks about with a catch in his voice.

Colleagues describe him as patient, calm and relentlessly cheerful. ⟦fragment:Always the first on the hill and the last off it.⟧

"⟦foreign:Er war immer da, egal wie kalt es war⟧," said Lukas Meier, a patroller from Austria who trained under Oberlin. ⟦placeholder:[TRANSLATION NEEDED]⟧

Oberlin plans to spend his retirement fishing and building furniture in his garage. He said he would still ski, but on his own schedule.

⟦dup:1⟧"I'll be the guy in line at 9 a.m. with a thermos," he said. "Just like everybody else."
"""),

("Lakeshore Observer", """Village library adds telescopes to lending collection

Lakeshore library patrons can now check out more than books and movies: the library has added five telescopes to its lending collection, part of a statewide program to encourage stargazing in areas with dark skies.

Lakeshore sits on one of the darkest stretches of shoreline in the state, and the village adopted a lighting ordinance in 2019 that requires outdoor fixtures to point downward. On a clear night, the Milky Way is visible from the beach, something few residents of the state's cities have ever seen.

The 4.5-inch reflecting telescopes, donated by the Lakeshore Astronomical Society, come with a laminated guide to the night sky, a red flashlight and a sheet of tips for beginners. Patrons can borrow them for a week at a time.

⟦embed:Embedded content: <blockquote class="twitter-tweet" data-lang="en"><p>⟧ "The first time someone sees the rings of Saturn, they usually say something out loud," said society president Rick Halvorsen. "Usually it's 'whoa.'"

All five telescopes were checked out within an hour of being added to the catalog, and the waiting list has grown to 37 names. ⟦glued:Librarydirector⟧ Anne Folau said the library was looking for donors to add more.

Folau said the project had also brought in new ⟦stray:patrons ;⟧ people who hadn't used the library in years have signed up for cards just to join the waiting list.

⟦break:The astronomical society. Will host⟧ a free "star party" on the beach next month, weather permitting, with larger telescopes set up for the public.

⟦disclaimer:Notice: This article has been translated by machine from its original version. We are not responsible for inaccuracies in the translation.⟧

The library is open Monday through Saturday.
"""),

("Harbor Ledger", """Harbor City names first female fire chief

Harbor City has named Deputy Chief Carmen Ruiz as its next fire chief, making her the first woman to lead the department in its 140-year history.

Across the country, women make up fewer than 10 percent of career firefighters, according to the National Fire Protection Association, and only a handful lead departments in large cities. Harbor City hired its first female firefighter in 1981. Today about 12 percent of its firefighters are women, a share Ruiz said she wants to grow through outreach at high schools and community colleges.

Ruiz, 52, joined the department as a firefighter in 1996 and rose through the ranks, serving as a paramedic, captain and battalion chief before becoming deputy chief in 2019. She will oversee about 900 firefighters and paramedics at 34 stations.

"I'm proud to be the first, but I won't be the last," Ruiz said at a news conference at Station 1, where her career began. "There are young women in this department right now who will sit in this chair someday."

⟦fragment:Mayor Dana Whitfield, who called Ruiz "the most qualified candidate by far."⟧ The mayor said a national search had drawn more than 40 applicants.

Ruiz takes over a department dealing with a sharp rise in medical calls, which now make up nearly 80 percent of ⟦broken_paragraph:its

responses⟧, and with a wave of retirements that has left several stations short-staffed.

She said her priorities would be recruitment, firefighter mental health and cancer ⟦stray:prevention ..⟧

⟦placeholder:[pullquote]INSERT QUOTE[/pullquote]⟧

"⟦foreign:Mi madre nunca imaginó esto⟧," Ruiz added, turning to her mother in the front row.

Ruiz will be sworn in on March 1.
"""),

("Midland Courier", """Tornado damages barns and power lines near Hanley

A tornado touched down briefly near Hanley on Monday evening, tearing the roofs off two barns, snapping dozens of power poles and leaving about 2,300 customers without electricity overnight.

Tornadoes are not unusual in Midland County in late spring, but they rarely hit this late in the year. Forecasters said a line of strong thunderstorms had developed ahead of a cold front Monday afternoon, and the weather service issued a tornado warning for the area at 6:41 p.m., about 12 minutes before the twister touched down.

The National Weather Service confirmed Tuesday that the twister was an EF-1, with peak winds of about 100 mph. It stayed on the ground for about four miles, mostly across open farmland.

No one was hurt. ⟦attribution:"We were very lucky," said county emergency manager Bill Strand, Strand said.⟧ "If that had gone through town, we'd be talking about a different story."

Dairy farmer Joe Kowalski said he and his family took shelter in their basement after their phones buzzed with a warning. When they came up, the roof of their heifer barn was in the neighbour's field. ⟦fragment:Cows unharmed, though spooked.⟧

⟦furniture:Photos from readers: Send us your storm photos via the form below.
[Upload] [Submit]⟧

Utility crews worked through the night, and power was restored to most customers by midday Tuesday. ⟦break:Crews expect to finish. Replacing the remaining poles⟧ by the end of the week.

Emergency officials reminded residents that tornado sirens are designed to be heard outdoors and urged people to sign up for alerts on their phones.

⟦dup:1⟧The weather service said it was the third confirmed tornado in the county this year, and the second in the past month.
"""),

("The Northgate Post", """Northgate museum returns artifacts to tribe

The Northgate Museum of History on Friday returned 74 artifacts, including ceremonial pipes, beadwork and a carved cradleboard, to the Red Cedar Nation, whose ancestors made them more than a century ago.

The federal law, passed in 1990, requires museums that receive federal money to inventory Native American remains and sacred objects and consult with tribes about returning them. Rules updated this year set new deadlines and require museums to defer to tribal knowledge about where items came from.

The items had been in the museum's collection since the 1920s, when a local collector donated them. Museum staff and tribal representatives spent two years documenting where each piece came from under a federal law that requires museums to return sacred objects and cultural patrimony.

"Nigichi'aawan ongow gegoon," tribal elder Martha Greywolf said during the ceremony, before explaining that the words mean "these things are going home."

Museum director Alan Whitmore said the museum had been wrong to keep the items for so long. ⟦attribution:"We should have done this decades ago," said Whitmore, according to a museum statement, Whitmore said.⟧

The artifacts will be kept at the tribe's cultural center on the reservation, where some will be displayed and others will be used ⟦broken_paragraph:in

ceremonies⟧ or kept private.

⟦disclaimer:Automatically translated. The original article is in English. Translation provided by an automated system and may differ from the original.⟧

Tribal chairman Daniel Running Bear said the return was a step toward healing. "Today our ancestors can rest," he said. ⟦fragment:The end of a long journey, for the objects and for the people.⟧

⟦furniture:About the author: Jamie Cole covers culture and history for The Northgate Post. Follow her on X @jcole_ngp.⟧
"""),

("Coastline Daily", """Beach erosion threatens historic boardwalk

Winter storms have eaten away more than 40 feet of beach in front of Coastline's historic boardwalk, exposing wooden pilings that have not seen daylight since the 1930s and prompting city officials to declare a local emergency.

The boardwalk, built in 1907 and rebuilt after a hurricane in 1938, is listed on the National Register of Historic Places. Its amusement rides, arcades and candy shops employ about 1,200 people during the summer season, and city officials estimate that visitors spend more than $300 million a year in town. Losing even part of it, they said, would ripple through the local economy.

The city council voted Tuesday to spend $1.5 million on emergency sand replenishment and rock armoring to protect the boardwalk, which draws about two million visitors a year.

"We're in a race against the next storm," said public works director Sam Okonkwo. "If we lose the pilings, we lose the boardwalk."

Coastal scientists say the erosion is part of a long-term trend driven by rising sea levels and dams that trap sand in rivers before it can reach the coast. ⟦break:Sand replenishment buys time. But does not⟧ solve the underlying problem, said geologist Hannah Lee.

⟦placeholder:[Photo: AP/NAME OF PHOTOGRAPHER]⟧

⟦glued:Businessowners⟧ along the boardwalk worry that the repairs will drag into the summer season. ⟦stray:"If the beach is closed in July, we're done. "⟧ said Gina Russo, who runs a taffy shop her grandparents opened in 1951.

Officials said they hope to finish the work by Memorial Day, weather permitting.

⟦dup:1⟧⟦embed:Audio: Listen to the Coastline Daily podcast episode on boardwalk erosion. Subscribe on Apple Podcasts | Spotify | RSS⟧
"""),

("Riverbend Tribune", """City to replace aging water mains after string of breaks

Riverbend will spend $48 million over the next five years replacing some of its oldest water mains, after a winter in which pipes burst more than 120 times, flooding streets and leaving neighbourhoods without water for hours.

The plan targets about 22 miles of pipe, roughly 6 percent of the city's system, starting with the mains that have broken most often. Work will begin in the spring on the east side, where some blocks have had three or more breaks in the past two years. Crews will also replace lead service lines wherever they find them.

The city council approved the plan Monday, along with a 7 percent increase in water rates to help pay for it. The average household bill will rise by about $4 a month.

Many of the city's water mains are made of cast iron and were installed before 1940. Utilities director Linda Park said those pipes become brittle with age and are prone to cracking when the ground freezes and shifts. ⟦fragment:The reason the breaks cluster in January and February.⟧

"We're replacing pipes that were put in when Franklin Roosevelt was president," Park said. "They've done their job. ⟦stray:It's time。"⟧

Residents of the east side, where breaks have been most frequent, said they had grown used to ⟦broken_paragraph:boiling

water⟧ after each repair.

⟦attribution:"I keep jugs of water in my garage now," said resident Tony Marsh, Marsh said.⟧

⟦placeholder:Click here: https://www.⟧

The city will post a map of planned work on its website so residents can see when crews will be on their street.
"""),
]
