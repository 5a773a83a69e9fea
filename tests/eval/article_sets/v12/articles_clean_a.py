ARTICLES = [
("Summit Wire", """Apple supplier's iPhone orders slip as eBay resale market booms

TAIPEI — Shares in Foxlin Precision Inc., one of the largest assemblers of the iPhone, fell 3.2 per cent on Tuesday after the company said orders for the April-June quarter would be lower than a year earlier.

The Taiwan-listed firm said demand for new handsets had softened in the U.S. and Europe, while sales of refurbished phones on platforms such as eBay and Back Market continued to grow. It did not name specific customers, in line with its usual practice.

"Consumers are keeping phones longer. That's the trend," said chief financial officer Vincent Liao. "A three-year-old iPhone is still a very good phone."

Analysts had expected a slowdown. Research firm CounterLine estimated that refurbished smartphone sales rose 14 per cent last year, against a 2 per cent rise in new devices. Popular listings on eBay include the iPhone 13 and 14, often sold with a 12-month warranty.

Not everyone sees a problem. "Refurbished buyers often upgrade to new phones later," said Priya Mehta, an analyst at Halden & Co. "It's a gateway, not a dead end."

Foxlin said it was diversifying into other products, e.g. servers for AI data centres and components for electric vehicles. Those businesses made up 38 per cent of revenue last year, up from 21 per cent in 2023.

The company also confirmed that a new factory in Chennai, India, began producing its first units in February. The plant employs about 9,000 people and is expected to reach full capacity in 2027.

Apple did not respond to a request for comment. The company reports its own quarterly results on May 1.

Foxlin's shares have fallen 11 per cent this year, compared with a 4 per cent gain in Taiwan's benchmark index.
"""),

("Harbor City Ledger", """Q&A: The harbourmaster retiring after 30 years on the water

Captain Ada Lindqvist has been Harbor City's harbourmaster since 1996. She retires on Friday. We asked her about storms, seals and the one thing she will not miss.

Q: What did the harbour look like when you started?

A: Busier with fishing boats, quieter with everything else. We had maybe 40 trawlers then. Now it's nine. But we have kayaks, paddleboards, cruise ships. It's a different harbour.

Q: Worst day on the job?

A: The October storm in 2004. We lost two boats from their moorings and very nearly lost a third with a man aboard. He's fine. He still buys me a coffee every year on the anniversary.

Q: Best day?

A: Honestly? Any calm morning in June at about 5 a.m. Nobody around. Just the gulls.

Q: What will you miss?

A: The people. The fishermen, the ferry crews, the kids who come down to the pier with their crab lines. I've watched some of them grow up and buy boats.

Q: And what won't you miss?

A: The radio at 3 a.m. You never get a good call at 3 a.m.

Q: What advice would you give your successor?

A: Listen to the old-timers. They know where the sandbars move. The charts don't always.

Q: What's next?

A: A small sailing boat, a long list of books, and absolutely no radio.

Lindqvist will be succeeded by her deputy, Tomás Ferreira, who has worked in the harbour office since 2011. A public send-off is planned at the harbour office at 4 p.m. on Friday.

This interview has been edited for length and clarity.
"""),

("Valley Courier", """Correction appended: County approves $12.5M for new animal shelter

The county board of supervisors voted 4-1 on Tuesday to spend $12.5 million on a new animal shelter, replacing a 1970s building that staff say is overcrowded, poorly ventilated and impossible to keep clean.

The new shelter, to be built on county land off Route 9, will have space for 180 dogs and 140 cats, roughly double the current capacity. It will also include a veterinary clinic offering low-cost spaying and neutering.

"We are doing our best in a building that is working against us," said shelter director Monica Reyes. "Every summer we run out of kennels. Every summer."

Supervisor Dale Kimura, who cast the lone vote against, said he supported a new shelter but wanted a smaller design. "I'm not saying no to the animals," he said. "I'm saying no to this price."

Supervisor Ana Lucero disagreed. "We've put this off for 15 years," she said. "Waiting makes it more expensive, not less."

Construction is expected to begin next spring and take about 18 months. The county plans to sell the old shelter site, which is next to a planned housing development.

Volunteers from the group Valley Paws filled the front rows of the meeting room, many wearing green T-shirts printed with the words "Build It Now". Several spoke during public comment, describing dogs kept in crates in corridors during busy months.

Reyes said adoptions were up 9 per cent last year, but intakes rose faster.

Correction: An earlier version of this article misstated the vote. It was 4-1, not 3-2. The article also incorrectly said the shelter would be built on Route 19; it will be built off Route 9. The Courier regrets the errors.
"""),

("Northgate Tribune", """Northgate poet laureate unveils verse for reopened railway station

Northgate's poet laureate, Imogen Tarrant, has written a poem to mark the reopening of the town's railway station, which closed to passengers in 1964 and welcomed its first train in 62 years on Monday.

The poem has been cut into a steel panel on the new footbridge. Its final stanza reads:

The rails came back like swallows do,
unasked, on time, as if they knew.
The rails came back. We stood and cheered.
The rails came back. The fog has cleared.

Tarrant said the repetition was deliberate. "When I interviewed older residents, they kept saying the same thing, over and over: 'It came back. It actually came back.' So the poem says it too," she said.

About 2,000 people gathered on the platforms for the first service, the 07:42 to Carlisle. Some had brought old tickets from the 1960s. One man, 88-year-old Leonard Pike, said he had caught the last train in 1964 and had promised himself he would catch the first one.

"I was 26 then," he said. "I'm a bit slower now. So's the train, by the look of it."

The £48 million project was funded by the national government, the county council and a local enterprise partnership. Trains will run hourly to Carlisle and every two hours to Newcastle.

Rail minister Sarah Okonjo, who travelled on the first service, said the line was part of a wider plan to reopen routes closed during the 1960s. "Communities were cut off," she said. "We are reconnecting them."

Caption: Leonard Pike, 88, holds his 1964 ticket on Platform 1 at Northgate station on Monday.

The station car park has 120 spaces. A bus link to the town centre begins next week.
"""),

("The Meridian Post", """French chef brings bistro classics to former bank branch

When Étienne Moreau first walked into the empty bank branch on Fourth Avenue, he saw past the teller windows and the security cameras. He saw a dining room.

"Il y avait de la lumière partout," he recalls — "There was light everywhere." The tall windows and high ceilings reminded him of the Lyon bistros where he trained as a teenager.

Six months and a lot of plaster later, Chez Moreau opens on Friday. The menu is short and deliberately old-fashioned: onion soup, steak frites, trout with almonds, and a chocolate mousse that Moreau says comes from his grandmother's recipe.

The old vault is now a wine cellar. Its steel door, weighing nearly a tonne, has been left in place and propped open. "Customers ask if we keep the good bottles locked up at night," Moreau says. "Of course we do."

His business partner, Meridian native Keisha Darnell, handles the front of house. The two met while working in a hotel kitchen in Chicago. "He cooks, I talk," she says. "It's a good division of labour."

Prices are moderate by downtown standards. Mains range from $22 to $36, and there is a $29 three-course lunch on weekdays.

Moreau says he wants the restaurant to feel like a neighbourhood place, not a special-occasion destination. "Une bonne table, c'est une table où l'on revient," he says, which he translates as: "A good restaurant is one you come back to."

The building, constructed in 1928, housed a bank until 2019, when the branch closed as customers moved online. It stood empty for five years.

Chez Moreau is open Tuesday to Saturday from 11:30 a.m. Reservations are available by phone or through the OpenTable app.
"""),

("Coastline Daily", """What to pack for a storm: a checklist from the emergency services

With a deep Atlantic low forecast to bring gales to the coast this weekend, the regional emergency management office has issued its standard advice on preparing a home kit. Here is what officials recommend.

Before the storm:

- Charge phones, power banks and any battery-powered radios.
- Fill containers with drinking water, about three litres per person per day.
- Bring in or tie down garden furniture, bins and trampolines.
- Check that you know where your fuse box and water stop-tap are.
- Park cars away from trees if possible.

During the storm:

1. Stay indoors and away from windows.
2. Do not walk along sea fronts, piers or cliff paths.
3. Do not drive through flood water. Thirty centimetres of moving water can float a car.
4. Report fallen power lines to the network operator. Do not touch them.

After the storm:

1. Check on elderly or vulnerable neighbours.
2. Photograph any damage before clearing up, for insurance purposes.
3. Throw away food from the freezer if it has thawed for more than a few hours.

"It sounds basic, and it is basic," said emergency planning officer Gráinne Walsh. "But every storm we meet people who didn't do the basics."

Walsh said many households no longer have a landline, which means a power cut can also cut off communication once mobile batteries run out. She recommended a wind-up or battery radio as a backup.

The office also urged people to sign up for local alerts by text. Its social media account, @CoastlineEMO, posts updates during severe weather, using the hashtag #CoastStorm.

More detailed guidance, including advice for farmers and boat owners, is available at coastlineemo.ie.
"""),

("Riverside Gazette", """Riverside Rovers 3 Hatton Park 3: six goals, two red cards, one point

It had everything. Almost.

Riverside Rovers and Hatton Park shared six goals in a breathless derby at Mill Lane on Saturday, a game that featured two penalties, two red cards and a late equaliser that sent half the ground home happy and the other half home furious.

Hatton led 2-0 at half-time. Rovers looked finished. They were not.

Substitute Jamal Okoro pulled one back four minutes after the restart, and captain Dan Pelham levelled from the penalty spot on the hour after Okoro was tripped. Then the game went wild.

Hatton's Craig Dunne was sent off for a second yellow card. Rovers' Sam Eke followed him five minutes later for a lunge that left a stud mark on Lewis Harper's shin. Ten against ten.

Pelham scored again, another penalty, in the 81st minute. Rovers 3, Hatton 2. The home end sang. The away end fell silent.

Then, in the 94th minute, Harper — stud mark and all — headed in a free-kick. 3-3.

"That's derbies," said Rovers manager Phil Cotter. "You can't write it. Well, you can. But nobody would believe you."

Hatton boss Gary Mullins was less amused. "We should have had this wrapped up by half-time," he said. "We let them back in. That's on us."

Caption: Riverside captain Dan Pelham celebrates his second penalty in front of the Mill Lane end.

The draw leaves Rovers fifth and Hatton seventh. Both sides play midweek.

Attendance: 2,914, the biggest crowd at Mill Lane since the stand was rebuilt.
"""),

("Eastfield Herald", """Editor's note: Why we are changing how we report on suicide

Starting this week, the Herald will follow updated guidelines on reporting suicide, developed with the charity Samaritans and adopted by many newspapers across the country. This note explains what will change and why.

We will no longer describe the method of a death in headlines or in detail in the text. Research shows that detailed reporting of methods can lead to copycat deaths, particularly among young people.

We will avoid phrases such as "committed suicide", which date from a time when suicide was a crime. Instead we will say that a person "died by suicide" or "took their own life".

We will not use words such as "epidemic" or "surge" unless the figures clearly support them. We will include information about where to find help at the end of every story that deals with suicide.

This does not mean we will stop reporting. Inquests are public hearings, and sometimes there are important questions to ask — about a hospital, a prison, a school, or a gap in services. We will keep asking them.

"Responsible reporting can save lives," said Dr. Helena Fox, a psychiatrist at Eastfield General Hospital who advised us on the changes. "But silence can cost lives too. The balance matters."

Our deputy editor, Rob Kahn, put it more simply: "We want to tell the truth without doing harm."

We will review these guidelines every year and welcome comments from readers, including those with personal experience of suicide.

If you are struggling, you can call Samaritans free, day or night, on 116 123, or email jo@samaritans.org. You are not alone.

— The Editor
"""),

("Pinecrest Observer", """Tech column: a careful look at the new Raspberry Pi 5 and a $35 question

The Pinecrest library's maker space bought four Raspberry Pi 5 computers last month, and I borrowed one for a week to see whether the credit-card-sized board could replace an ageing desktop for everyday tasks.

Short answer: almost.

For readers who have not met one, the Pi 5 is a single-board computer made by the U.K.-based Raspberry Pi Ltd. The 4GB model costs about $60, a little more than the "$35 computer" slogan the company made famous. You add a power supply, a microSD card and a case, and you need your own monitor, keyboard and mouse.

I installed Raspberry Pi OS, which took about 15 minutes, and then opened a terminal. To check the hardware, I typed:

cat /proc/cpuinfo | grep Model

It replied: Raspberry Pi 5 Model B Rev 1.0. So far, so good.

Web browsing was fine with a handful of tabs. Video calls worked, just. A spreadsheet of the Garden Club's seed inventory — 412 rows — opened in LibreOffice Calc without complaint. Where it struggled was with a dozen tabs and a YouTube video at the same time.

Librarian Tyler Okonkwo, who runs the maker space, says most people who borrow the kits use them for projects, not office work: weather stations, retro game consoles, a motion-sensor camera for a bird box. "One teenager built a machine that tweets whenever his cat uses the cat flap," he says. The account is @FlapWatchPC. It has 41 followers.

Verdict? For $100 all in, it's a remarkable little machine. It is not a desktop replacement for most people. It is a brilliant way to learn.

The maker space is open Tuesday and Thursday evenings. Kits can be borrowed for two weeks.
"""),

("Lakeshore Examiner", """Headlines from the archive: Lakeshore in 1926

To mark the Examiner's centenary, we are reprinting some headlines from our first year of publication, along with a few notes on what happened next.

FIRE DESTROYS GRAIN ELEVATOR; LOSS PUT AT $200,000

The blaze on the docks in March 1926 burned for two days. The elevator was rebuilt within a year and stood until 1988. Its foundations are now part of the marina car park.

CITY COUNCIL VOTES FOR STREETCAR EXTENSION TO NORTH END

The line opened in 1928 and closed in 1951, replaced by buses. The route is roughly followed today by the No. 7 bus.

LOCAL BOY, 12, SWIMS ACROSS BAY

His name was Albert Kowal. He later became a lifeguard, then a firefighter, and died in 2001 at the age of 87. His granddaughter, Ruth Kowal, told us he "never stopped talking about that swim".

NEW MOTION PICTURE THEATRE TO SEAT 1,100

The Regent opened in November 1926. It is still there, as the Regent Arts Centre, although it now seats 640 after a renovation in the 1990s removed the balcony.

WOMEN'S LEAGUE DEMANDS BETTER MILK INSPECTION

After a summer in which several infants in the city died of illnesses linked to contaminated milk, the league's campaign led to a municipal dairy inspector being appointed in 1927.

Reading these pages, one is struck by how many of the same debates continue. Transit. Housing. Fire safety. Children's health.

"Every generation thinks its problems are new," said city archivist Joan Beaudry, who helped us find the original pages. "They rarely are."

We will publish more from the archive throughout the year. Readers with family stories linked to these events can write to archive@lakeshoreexaminer.ca.
"""),

("Harbor City Ledger", """McDonald's, PayPal among sponsors as Harbor City bids for 2030 games

Harbor City's bid to host the 2030 National Youth Games has secured backing from 14 corporate sponsors, including McDonald's, PayPal and the regional bank HarborFirst, organisers said on Thursday.

The sponsors have pledged a combined $22 million toward the event, which would bring about 8,000 athletes aged 14 to 18 to the city for ten days in July. The bid committee needs to show at least $30 million in private funding by September.

"This is a serious bid, and serious companies are backing it," said committee chair Renee O'Donnell. "We're not there yet. But we're close."

The games would use existing venues where possible. Swimming would be held at the university's aquatics centre. Athletics would take place at Dockside Stadium, which would need a temporary warm-up track. The athletes' village would be in student housing.

City council has agreed to contribute up to $8 million, mostly in services such as policing and transit, but has said no new public money will go toward construction.

Councilmember Jared Whitlock, a critic of the bid, said he remained worried about costs. "Every city says the games will pay for themselves," he said. "Few of them do."

O'Donnell said the youth games were "a different animal" from the Olympics. "Nobody is building a stadium," she said. "We're borrowing a lot of gyms."

Harbor City is competing with Bayport and Granite Falls. The national federation will announce its choice in December.

A spokesperson for McDonald's said the company had supported youth sport in the region "for more than 40 years". PayPal said its sponsorship would include a programme to support young athletes from low-income families with travel costs.
"""),

("Valley Courier", """Cesar Chavez Day march draws hundreds through downtown

MODESTO — Several hundred farmworkers, students and union members marched through downtown on Monday to mark Cesar Chavez Day, calling for better heat protections in the fields and faster processing of work visas.

Marchers walked two miles from Graceada Park to the county building, carrying banners and chanting "¡Sí, se puede!" — "Yes, we can!" — the slogan popularised by Chavez and Dolores Huerta in the 1970s.

Among them was Rosa Elena Díaz, 63, who has picked grapes, almonds and tomatoes in the valley for more than 40 years. "Trabajamos bajo el sol para que todos coman," she said. "We work under the sun so that everyone can eat."

Organisers from the United Farm Workers said they wanted the state to enforce existing rules requiring shade, water and rest breaks when temperatures pass 80F. Last summer, state inspectors issued more than 200 citations for heat violations in the valley.

"The laws are good. Enforcement is weak," said UFW organiser Miguel Santos.

At the county building, speakers included a high school student whose grandparents marched with Chavez, and a local pastor who led a prayer in English and Spanish.

Supervisor Ana Lucero, whose parents were farmworkers, addressed the crowd. "My mother is here today," she said, pointing to a woman in a wide straw hat. "She taught me to read at the kitchen table after ten hours in the field."

The march ended peacefully. Police said there were no arrests.

Cesar Chavez Day is a state holiday in California. Many schools and government offices were closed.
"""),

("Northgate Tribune", """Big Sing returns: choir of 600 to perform in market square

Six hundred voices. One square. One song.

That is the plan for Saturday, when Northgate's Big Sing returns to the market square for the first time since 2019. Choirs from 23 schools, churches and community groups will perform together, ending with a mass rendition of the folk song The Water Is Wide.

Organiser Bethan Cole, a music teacher at Northgate Academy, said rehearsals had been "joyful chaos". Each choir has been practising separately, and the whole group will meet only once, on Saturday morning, before the performance at 2 p.m.

"It's a bit like a jigsaw where nobody has seen the picture," she said. "But it always comes together. Always."

The closing song's first verse will be familiar to many:

The water is wide, I cannot get o'er,
And neither have I wings to fly.
Give me a boat that can carry two,
And both shall row, my love and I.

The youngest singer is six. The oldest, Harold Beasley, is 94 and has sung in the parish church choir since 1946. "I've sung in every Big Sing there's been," he said. "I'm not missing this one."

The event is free. Roads around the square will close from 10 a.m. Organisers recommend arriving early and bringing a folding chair.

Followers can share photos using #NorthgateBigSing, and the council's account, @NorthgateCouncil, will livestream the final song.

Caption: Members of the St Anne's junior choir rehearse in the school hall on Wednesday.

Cole said she hoped to make the event annual again. "We stopped for six years," she said. "That's long enough."
"""),
]
