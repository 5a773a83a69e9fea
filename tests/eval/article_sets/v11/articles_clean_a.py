ARTICLES = [
("Harbor City Ledger", """Harbor City Approves Bike Lanes on Fourth Street

HARBOR CITY — The city council voted 7-2 on Monday to install protected bike lanes along a 1.4-mile stretch of Fourth Street, one of the busiest corridors in the city.

The lanes will run from the ferry terminal to Lincoln Avenue. Concrete curbs will separate cyclists from traffic. About 90 parking spaces will be removed.

Supporters were jubilant. Opponents were not.

"This is about safety, plain and simple," said councillor Ravi Dhillon, who sponsored the measure. "Three cyclists have been killed on Fourth Street in the past five years. Three. That is three too many."

Councillor Frank Osterberg, who voted no, said the city had not listened to merchants. "I support bike lanes," he said. "I do not support bike lanes that put the bakery and the hardware store out of business."

Several business owners spoke at the meeting. Tamsin Reed, who owns a coffee shop near Ninth Street, said she expected to lose customers. But the owner of a bike shop two blocks away, Hector Villanueva, said he expected the opposite. "People on bikes buy coffee too," he said. "They just don't need a parking space to do it."

What happens next

The city's transportation department laid out the following timeline:

1. Final design to be completed by March.
2. Construction to begin in May, working in four phases.
3. Lanes open by the end of September.

The project will cost about $3.2 million, most of it covered by a U.S. Department of Transportation grant. City staff said the grant would be lost if construction did not begin by June.

Mayor Lois Farrant said she understood the concerns of business owners and promised that the city would add loading zones and short-term parking on side streets. "We can do both," she said. "We can keep people alive and keep shops open."

Cycling advocates plan a celebratory ride along the route on Saturday morning. The Harbor City Bicycle Coalition posted details on its account, @HCBikes, using the hashtag #FourthStreetSafe.

Correction: An earlier version of this article misstated the number of parking spaces to be removed. It is about 90, not 190.
"""),

("Valley Courier", """Q&A: New Schools Chief on Test Scores, Teachers and the Four-Day Week

Dr. Imelda Castro took over as superintendent of the Tulare Valley Unified School District in July, after 12 years running schools in a neighbouring county. She sat down with the Courier to discuss her priorities. The interview has been edited for length and clarity.

Q: What surprised you most in your first months?

A: How much people care. I went to a board meeting about bus routes and 200 parents showed up. That's a gift. You can't buy that kind of engagement.

Q: Reading scores in the district fell again last year. Why?

A: There are several reasons, and I won't pretend there's one answer. We lost a lot of instructional time during the pandemic. We have a teacher shortage. And, frankly, we changed reading curricula three times in eight years. Kids need consistency.

Q: What will you do about it?

A: Three things. First, we're adopting a phonics-based program in every K-3 classroom. Second, we're adding reading specialists at our ten lowest-performing schools. Third, we're going to measure progress every eight weeks, not once a year.

Q: Some districts nearby have moved to a four-day week. Are you considering it?

A: No. Not now. I understand why rural districts do it, for recruitment and for fuel costs. But the research on student outcomes is mixed, and a lot of our families rely on school for meals and child care. A fifth day matters to them.

Q: How do you recruit teachers?

A: We pay better, for one. The new contract raises starting pay to $58,000. We're also working with Valley State University on a "grow your own" program, so teaching assistants can earn a credential while they keep working.

Q: What do you do when you're not working?

A: Is there such a time? [Laughs.] I garden. I grow tomatoes, far too many tomatoes. My neighbours are tired of them.

Q: Last question. What would success look like in three years?

A: Every third grader reading at grade level. That's it. If we do that, everything else gets easier.
"""),

("The Northgate Sentinel", """Apple Store, IKEA Outlet Headline Mall Redevelopment Plan

NORTHGATE — The owners of the struggling Northgate Mall unveiled plans on Wednesday to redevelop the site with an Apple store, a small IKEA planning studio and about 400 apartments, in a project they valued at $310 million.

The proposal, from Crestline Properties Inc., would demolish the mall's vacant east wing, once home to a Sears, and replace it with a mix of housing, shops and a public square.

"Malls like this one were built for a world that doesn't exist anymore," said Crestline's president, Janet Okoro. "People still want to shop in person. They just want to do it somewhere they'd actually like to spend an afternoon."

The Apple store would be the first in the county. Residents currently drive about an hour to buy an iPhone or get a MacBook repaired in person. The IKEA studio would not stock furniture but would let customers plan kitchens and order items for delivery.

Other tenants under discussion include a grocery store, a gym and several restaurants. McDonald's, which has operated a restaurant in the mall's food court since 1984, would move to a standalone building near the main entrance.

Town officials were cautiously positive. Planning director Luis Aranda said the proposal would be reviewed "on its merits, e.g., traffic, parking, school capacity and affordability."

Crestline has proposed that 15 percent of the apartments be rented below market rates. Housing advocates said that was a start but argued for 20 percent.

Key numbers from the proposal:

- 400 apartments, including 60 below market rate
- 180,000 square feet of retail space
- A one-acre public square
- 1,100 parking spaces, down from 3,400

The mall, which opened in 1979, is now about 40 percent vacant. Its remaining tenants include a cinema, a J.C. Penney and a DMV office.

Shoppers on Wednesday had mixed views. "I had my first job here, at the Orange Julius," said Cheryl Banks, 58. "It's sad. But it's sadder to see it empty."

A public hearing is scheduled for Feb. 12 at Town Hall.
"""),

("Riverside Daily Post", """'Stand Up, Riverside': Fans Revive Old Terrace Song as Club Nears Promotion

RIVERSIDE — For two decades, nobody sang it. Now you can't stop them.

Supporters of Riverside United have revived a terrace chant that dates back to the club's promotion season of 1987, and it now rings around Meadow Lane every Saturday as the team closes in on a place in the division above.

The song, sung to a tune borrowed from an old music-hall number, goes like this:

Stand up, Riverside, stand up and sing,
Blue on the river and gold on the wing,
We've been to the bottom, we'll climb to the top,
Stand up, Riverside, and never stop.

It is not sophisticated. It is loud.

"My dad taught it to me when I was six," said season-ticket holder Gary Pinnock, 44. "Then it just disappeared. The team was bad, the crowds were small, nobody was in the mood. Now my kids know every word."

The revival began in October, when a group of fans in the North Stand started singing it during a comeback win against Ashford. A video posted on TikTok by a fan with the handle @meadowlane_mick was viewed more than 300,000 times.

Club historian Edna Carruthers said the song first appeared in a match programme in 1986. "Nobody knows who wrote it," she said. "There are at least four men in this town who claim they did."

Manager Steve Holloway said the players had noticed. "You hear it on the pitch. You really do," he said. "When the whole ground is singing 'never stop,' you don't stop."

Riverside sit second in the table with six matches left. The top two go up automatically.

The club has printed the lyrics on the back of this week's programme, so newcomers can join in.

Stand up, Riverside, stand up and sing.

They will.
"""),

("Coastline Herald", """Whale Researchers Name Humpback Calf After Local School

COASTLINE — A humpback whale calf spotted off Seal Point last month has been named "Bayview" after the primary school whose students first photographed it, marine researchers announced on Friday.

The calf was seen with its mother on Sept. 14 by a class of Year 6 students on a field trip aboard a whale-watching vessel. Their photographs of the mother's tail fluke allowed scientists at the Coastline Cetacean Project to identify her as a whale first catalogued in 2009.

"The kids' photos were genuinely useful," said Dr. Anika Rasmussen, the project's lead scientist. "A clear shot of the underside of the fluke is like a fingerprint. Theirs were better than some of ours, honestly."

The mother, known to researchers as HB-0412, has now been recorded giving birth to four calves. Her return to the bay suggests that the area remains an important resting stop on the whales' migration south.

Students at Bayview Primary were told of the naming at a school assembly. "We screamed," said 11-year-old Priya Nandakumar. "Like, really screamed."

Their teacher, Michael Foley, said the trip had changed how the class thought about science. "They went from reading about whales to contributing to a real study," he said. "You can't plan a lesson like that."

Photo caption: Students from Bayview Primary photograph a humpback whale off Seal Point on Sept. 14. (Photo courtesy of Coastline Cetacean Project)

The project, which relies on volunteers and donations, has catalogued more than 1,100 individual humpbacks since 2004. It encourages anyone who photographs a whale's tail to upload the images through its website, where they are compared with the existing catalogue.

Rasmussen said humpback numbers along the coast had recovered strongly since commercial whaling ended, though entanglement in fishing gear remained a serious threat.

The calf and its mother were last seen heading south on Sept. 20.
"""),

("Midland Observer", """Editor's Note: Correcting Our Report on Hospital Wait Times

Editor's note: In a story published on Nov. 4 about emergency department wait times at Midland General Hospital, the Observer reported that the median wait for patients to see a doctor was "more than six hours." That figure was incorrect. This article explains the error and what the correct figures show.

The six-hour figure referred to the longest waits recorded on the busiest days of the month, not the median. According to data provided by the hospital, the median wait for patients to be seen by a doctor in October was two hours and 41 minutes. About 10 percent of patients waited more than six hours.

The reporter misread a chart supplied by the hospital. The error was not caught in editing. We regret it.

What the numbers show

Even the corrected figures point to real strain. The median wait in October was 38 minutes longer than in October of last year. The number of patients who left without being seen rose from 3.1 percent to 4.8 percent.

Dr. Priya Raman, the hospital's medical director, said the correction was welcome but that the underlying problem was serious. "Nobody should read this and think everything is fine," she said. "Two hours and 41 minutes is a long time to sit in a waiting room when you're sick."

Hospital spokesperson Derek Aldous said the hospital had not requested a correction but had pointed out the error when asked to comment on a follow-up story.

Why it matters

Readers rely on accurate numbers to make decisions about their health care. A reader wrote to us to say she had avoided taking her father to the emergency department because of our report. We are sorry for that.

Our standards

The Observer corrects errors of fact promptly and prominently. Corrections are appended to the original story online and published in print. Readers who believe we have made an error can contact the standards editor at corrections@midlandobserver.com.

The original story has been updated.
"""),
("The Prairie Gazette", """Poet Laureate Reads at Grain Elevator Festival

WHEATLAND — The state's poet laureate, Miriam Oyelaran, gave a reading on Saturday inside a decommissioned grain elevator, where the concrete walls carried her voice up nearly 40 metres into the dark.

About 150 people sat on folding chairs and hay bales for the event, part of the annual Harvest Arts Festival. Oyelaran read for an hour, mostly from her new collection, "Section Lines," which takes its title from the survey roads that divide the prairie into square miles.

She opened with a short poem written for the occasion:

The elevator keeps the shape of wheat
long after the wheat is gone.
We keep the shape of our mothers
the same way: hollow, tall,
and full of echoes.

There was a long silence before the applause.

"I wanted to write something for this building," Oyelaran said afterwards. "It held the whole economy of this town for eighty years. Now it holds poetry. I think that's a promotion."

Festival director Karen Sobczak said the idea of using the elevator came from a volunteer who had worked there as a teenager. "He said the acoustics were like a cathedral," she said. "He was right."

The festival also featured a quilt show, a fiddle contest and an exhibit of photographs of abandoned farmhouses by local photographer Dennis Whiteagle. Organisers estimated attendance at 2,500 over two days.

Oyelaran, who grew up on a farm in the eastern part of the state, said she had been asked many times why she still writes about rural life. "Because it is still here," she said. "People in cities think the prairie is empty. It is not empty. It is spacious. Those are different things."

She closed the reading with a poem about her grandmother's kitchen, ending with the line, "and the bread rose, and the bread rose, and the bread rose."

"Section Lines" is published by Tallgrass Press.
"""),

("Eastbrook Tribune", """Tornado Warning Lifted After Storms Sweep Across County

EASTBROOK — A tornado warning for the eastern half of the county was lifted shortly after 7 p.m. Tuesday, after a line of severe thunderstorms passed through with hail, high winds and at least one confirmed funnel cloud.

No injuries were reported. Damage was mostly limited to downed trees, a few damaged roofs and a collapsed barn on County Road 12.

The National Weather Service issued the warning at 5:42 p.m. Sirens sounded in Eastbrook, Millbrook and Hanover. Residents took shelter in basements and interior rooms.

"We went to the basement with the dog, the cat and a bag of chips," said Hanover resident Paula Reyes. "The cat was not happy."

Storm spotters reported golf ball-sized hail near Millbrook and wind gusts up to 70 mph. A funnel cloud was photographed west of Hanover at about 6:05 p.m., but the weather service said it did not appear to touch down. A survey team will visit the area Wednesday to confirm.

Power was knocked out to about 3,100 customers at the peak of the storm. Eastbrook Electric said most would be restored by midnight.

What to do during a tornado warning

The county emergency management office reminded residents of the basics:

- Go to the lowest floor of a sturdy building.
- Stay away from windows.
- If you are in a mobile home, leave it and go to a designated shelter.
- If you are driving, do not shelter under an overpass.

Emergency manager Tom Vukovich said the sirens had worked as designed. "People heard them and went inside. That's what we want," he said. "Every time, that's what we want."

More storms are possible Thursday, though forecasters said the risk of severe weather would be lower. The weekend is expected to be dry and cooler, with highs in the low 60s.

Residents can receive alerts by following the county on X at @EastbrookEMA or by signing up for text messages on the county website.
"""),

("Metro Wire Review", """Jury Convicts Former Contractor in $4.2 Million PPE Scheme

METRO CITY — A federal jury on Thursday convicted a former medical supply contractor of wire fraud for selling the state hundreds of thousands of N95 masks that he knew were counterfeit, in a scheme prosecutors said netted him $4.2 million.

Derek Lansing, 51, the owner of Lansing Medical Supply LLC, was found guilty on six counts of wire fraud and one count of making false statements. He faces up to 20 years in prison on each fraud count, though federal sentencing guidelines are likely to recommend far less.

Prosecutors told the jury that Lansing bought about 600,000 masks from an unlicensed overseas supplier in April 2020 for roughly 60 cents each, then sold them to the state at $7.50 each, claiming they were genuine 3M model 1860 respirators. Laboratory tests later showed that many filtered less than half the particles required.

"He knew. He knew, and he sold them anyway," Assistant U.S. Attorney Karen Whitlock said in her closing argument. "Nurses wore these masks. Doctors wore these masks."

Lansing's lawyer, Paul Brennan, argued that his client had been deceived by the supplier and had relied on certificates that appeared authentic. "He was a small businessman in a crisis," Brennan said. "He made mistakes. He is not a criminal."

The jury deliberated for about six hours over two days.

After the verdict, the U.S. Attorney for the district, Angela Moyo, said in a statement that the case "sends a clear message that profiteering from a public health emergency will be prosecuted."

A nurse who testified during the trial, Sandra Obi, said she was relieved. "We trusted that equipment with our lives," she said outside the courthouse. "We had a right to trust it."

Sentencing is scheduled for March 3. Lansing remains free on bond.

The state has recovered about $1.1 million of the money through a separate civil settlement with the company's insurer.
"""),

("Lakeshore Times", """Grandmother, 87, Swims Across Lake Merritt for Charity

LAKESHORE — At 6:15 a.m. on Saturday, Ruth Abernathy waded into Lake Merritt. At 8:52 a.m., she walked out on the other side.

The 87-year-old great-grandmother swam 2.4 miles across the lake to raise money for the Lakeshore Hospice, where her husband, Donald, spent his final weeks in 2023. She raised $41,600, more than four times her original goal.

"I told them I would do it if they raised $10,000," she said, wrapped in a towel and holding a cup of tea. "They called my bluff."

Abernathy swam competitively in college and has swum in the lake almost every summer morning for 60 years. She trained for the crossing for five months, building up from half a mile to two miles, mostly in the early morning before the water got busy.

She was accompanied by two kayakers and a small motorboat. Her granddaughter, Leah, paddled alongside for the whole crossing.

"She didn't stop once," Leah Abernathy said. "I kept asking if she wanted a break. She kept saying no. Then she told me to stop asking."

About 200 people gathered at the finish on the north shore beach, some holding signs reading "Go Ruth Go" and "87 and Unstoppable." A brass band from the high school played as she came ashore.

Hospice director Nora Pham said the money would help fund a new family room where relatives can stay overnight. "Ruth knows what this place means," she said. "She was here every day for Donald."

The swim was shared widely on social media under the hashtag #RuthSwims, and the hospice's fundraising page crashed briefly on Saturday morning because of heavy traffic.

Asked whether she would do it again, Abernathy smiled. "Ask me next year," she said. "I might be 88, but I'm not dead."

The fundraising page remains open until the end of the month.
"""),

("Pinecrest Journal", """Pinecrest Launches Bilingual Signs at County Parks

PINECREST — Visitors to Pinecrest County's parks will soon see trail signs, maps and safety notices in both English and Spanish, after the county board approved a $180,000 program to replace more than 600 signs over the next two years.

About 28 percent of county residents speak Spanish at home, according to U.S. Census data. Parks director Alma Treviño said many families had told staff that they felt unwelcome or confused by signs that were only in English.

"A trail sign is a safety sign," Treviño said. "If you can't read the warning about the cliff edge, that's not just an inconvenience. It's a hazard."

At a public meeting last month, longtime park visitor Guadalupe Serrano put it simply: "Queremos sentirnos en casa aquí también." (We want to feel at home here too.)

The new signs will follow a consistent design: English on top, Spanish below, with symbols for key information such as drinking water, restrooms and trail difficulty. The first signs will go up at Eagle Ridge and Cottonwood Creek parks in the spring.

Board member Gerald Fitch was the only vote against. He said he supported the goal but questioned the cost. "We have restrooms that don't work," he said. "I'd like to see those fixed first."

Treviño said the signs were due to be replaced anyway because many were faded or damaged, and that adding Spanish would add only about 15 percent to the cost.

The program also includes a new park map app, available for iPhone and Android, with text in both languages.

Volunteers from the local high school's Spanish club helped review the translations. Senior Isabella Ramos, 17, said she was proud to be involved. "My grandmother walks these trails every day," she said. "Now she can read the signs."
"""),

("Harbor City Ledger", """Ferry Service to Island Cut Back as Engine Repairs Drag On

HARBOR CITY — Ferry service between Harbor City and Gull Island will remain on a reduced schedule until at least Feb. 1, after repairs to one of the route's two vessels took longer than expected, the Harbor City Ferry Authority said Tuesday.

The MV Kestrel, a 1998 vessel that carries up to 350 passengers and 40 vehicles, has been out of service since Nov. 22 with a cracked crankshaft in its port engine. A replacement part had to be manufactured in Germany.

With only one boat running, the authority has cut sailings from 14 a day to eight.

Island residents say the cuts are hurting. "I leave at 6 a.m. to get to work and I get home at 8 p.m.," said nurse Lorna Mackie. "That's on a good day."

Schoolchildren who attend high school on the mainland have been allowed to leave class early to catch the 2:30 p.m. sailing. Island businesses, including the general store and two cafés, report fewer day visitors.

Revised weekday schedule (departing Harbor City):

- 6:00 a.m.
- 8:15 a.m.
- 10:30 a.m.
- 12:45 p.m.
- 2:30 p.m.
- 4:45 p.m.
- 7:00 p.m.
- 9:15 p.m.

Return sailings depart Gull Island 45 minutes after each mainland departure.

Authority director Samuel Ng apologised to riders. "We know this has been hard," he said. "We are doing everything we can to get the Kestrel back, and we are not cutting corners on safety to do it."

Ng said the authority was also in talks to charter a smaller vessel to add two extra sailings at peak times, but no agreement has been reached.

The authority's board will discuss replacing the Kestrel at its January meeting. A new vessel would cost an estimated $42 million and take at least three years to build.
"""),
]
