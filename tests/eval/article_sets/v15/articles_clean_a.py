ARTICLES = [

("Cascadia Wire", """
Trade-in boom: used iPhones fetch record prices as new models get pricier

SEATTLE — Americans are holding on to their phones longer than ever, and when they do finally let go, they are getting more for them.

That is the finding of a quarterly report from RefurbNet Inc., a Bellevue-based resale marketplace, which says the average resale price of a two-year-old iPhone rose 11 percent in the first three months of the year, to $412. Prices for Samsung's Galaxy S23 (model SM-S911U) rose 7 percent over the same period.

The company's chief executive, Dana Whitfield, said the trend reflected sticker shock at the top of the market. "When a new flagship costs $1,199, a lot of people look at a used one for half that and think, why not?" she said. "And the phones are simply lasting longer. A three-year-old iPhone 13 is still a very good phone."

The report tracked about 1.4 million listings on RefurbNet, eBay and Facebook Marketplace. Among its findings:

- Apple devices made up 63 percent of listings but 71 percent of sales by value.
- The iPhone 14 Pro was the No. 1 model by sales volume for a second straight quarter.
- Buyers paying through PayPal or Apple Pay completed purchases 20 percent faster than those using bank transfers.
- Listings with a battery-health figure above 90 percent sold in an average of four days.

Consumer advocates say the used market is good news for shoppers but warn about scams. The U.S. Public Interest Research Group advises buyers to check that a phone is not reported lost or stolen and that it has been removed from the seller's iCloud or Google account before handing over money.

"If the seller can't show you the phone turning on and connecting to Wi-Fi, walk away," said Marcus Tran, a consumer researcher with the group. "It takes 30 seconds and it saves a lot of heartache."

Carriers have also leaned into trade-ins. T-Mobile and AT&T both offered credits of up to $800 for older devices in the first quarter, though those deals usually require an expensive unlimited plan.

For sellers, Whitfield's advice is simple: sell before the next model is announced in September. "Prices dip every autumn," she said. "It happens like clockwork."

RefurbNet, which was founded in 2016, is privately held. It said it processed about $310 million in sales last year.
"""),

("Tidewater Observer", """
Q&A: Chef Rosa Delgado on fish stew, failure and feeding a waterfront town

Rosa Delgado opened Marea, a 40-seat restaurant on Front Street, in 2015 with money borrowed from her uncle and a menu written on a chalkboard. Last month it was named the state's best seafood restaurant by a regional dining guide. We talked to her in the kitchen before Saturday service. The conversation has been edited for length and clarity.

Q: You grew up in Galicia. How much of Marea's menu is Spanish?

A: Less than people think. The technique is Spanish. The ingredients are from here. The caldeirada, the fish stew, is my grandmother's recipe, but it's made with Tidewater hake and clams, so it tastes like this bay, not like hers.

Q: What does "marea" mean?

A: Tide. I wanted a name that belonged to both places.

Q: The first year was hard, wasn't it?

A: Very hard. We nearly closed twice. In February 2016 we had a week where we served 31 people. Total. I remember the number because I wrote it on the wall of the walk-in fridge so I would never forget it.

Q: Is it still there?

A: Yes. The health inspector asked about it once. I told him it was motivation.

Q: What changed?

A: Two things. A fisherman called Walt Pierce started bringing me whatever didn't sell at the dock, cheap, and I built the menu around that. Then a food writer came in by accident because her car broke down outside. She wrote about the stew, and after that we were full.

Q: How do you feel about the award?

A: Happy. Nervous. Awards bring people who expect something, and I want them to get it. But the people I cook for most are the ones who were here in 2016. They don't need an award to tell them where to eat.

Q: What's one thing home cooks get wrong with fish?

A: They cook it too long. Always. Take it off the heat a minute before you think it's ready. It keeps cooking on the plate.

Q: And what's next?

A: A second restaurant? No. A bigger walk-in fridge. More wall space.

Marea is open Wednesday to Sunday from 5 p.m. Reservations are recommended on weekends.
"""),

("Millbrook Courier", """
Councillors approve plan for 240 homes on former dairy site

Plans for 240 homes on the site of the former Yeo Valley dairy on the edge of Millbrook have been approved, despite objections from residents who say local roads and schools cannot cope.

Members of the council's planning committee voted 7-3 in favour of the scheme by developer Ashcombe Homes on Thursday evening. The development will include 72 affordable homes, a small park and a new footpath and cycle link to the town centre.

The site has been empty since the dairy closed in 2016, and its buildings have been repeatedly targeted by vandals and fly-tippers.

Committee chair Cllr Diane Fenwick said the council had to balance competing pressures. "We have hundreds of families on the housing waiting list, and this is a brownfield site that has been an eyesore for years," she said. "I understand the worries about traffic, but we cannot say no to every scheme."

More than 300 objections were submitted. Residents of Coldharbour Lane, which will provide the main access to the site, said the road was already congested at school times. Resident Mark Oyelaran told the committee: "Nobody is against homes. We are against 500 more cars on a lane with no pavement."

As part of the approval, Ashcombe Homes will pay £1.9 million towards highway improvements, including a new pavement and traffic lights at the junction with the A47, and £1.2 million towards extra places at Coldharbour Primary School.

Ashcombe's land director, Simon Pryor, said work could begin next spring, with the first homes ready in 2026. "This is a site that has been waiting for a new use for a long time, and we are pleased to be bringing it forward," he said.

The three councillors who voted against said they were not convinced the road improvements would be delivered before the homes were occupied. Cllr Tom Ibbotson said: "We have heard these promises before on other estates. The houses arrive first and the infrastructure arrives years later, if at all."

The decision can be challenged in the High Court within six weeks.

Correction, 14 March: An earlier version of this article said 27 affordable homes would be built. The correct figure is 72. We apologise for the error.
"""),

("Riverside Gazette", """
Folk singer returns to her river roots with first album in a decade

For a decade, Ellie Maddox thought she had written her last song. Then, she says, the river gave her another one.

The Riverside-born singer, whose 2009 debut Low Water was shortlisted for a national folk award, releases her third album, Towpath, on Friday. It is her first record since 2014, when she stepped away from music to care for her mother.

The album was recorded in a converted boathouse on the Ouse over six days last winter, with the windows open so the sound of the water runs under several tracks. Its opening song, Lock Keeper, began as a poem she wrote after her mother's funeral:

Open the gate and let the water through,
Let it find the level that it always knew.
I held it back for years, I held it back for you,
Now open the gate and let the water through.

"I wrote that on the back of an order of service," Maddox said. "I didn't know it was a song until I sang it in the car on the way home."

Other tracks draw on the history of the town's river trade, including a sea shanty rewritten from the point of view of a bargeman's wife and a lullaby in the old dialect of the Fenland boat people. The album closes with a cover of The Water Is Wide, sung unaccompanied.

Producer Sam Okoro, who has worked with several of the country's best-known folk acts, said he had tried to stay out of the way. "Ellie doesn't need decoration. You put a good microphone in front of her and you don't touch anything," he said.

Maddox will launch the album with a concert at the Riverside Corn Exchange on Saturday, the same venue where she played her first paid gig at 17. Tickets have almost sold out.

Asked whether she was nervous about returning to the stage, she laughed. "Terrified. But it's a good kind of terrified. It's the kind you get before you jump in the river in May."

Towpath is released on the independent label Saltmarsh Records on CD, vinyl and streaming services.
"""),

("Northgate Tribune", """
Ninety-fourth minute. One chance. Rovers take it.

Ninety-three minutes gone. Nil-nil. Rain coming sideways off the Pennines. Most of the 6,200 inside Millfield Park had already decided what kind of afternoon it was.

Then Tiago Ferreira found a yard of space.

One touch. One look. One pass, threaded between two defenders. Kieran Oduya ran onto it, and he did not hesitate. Low. Hard. Bottom corner.

Northgate Rovers 1, Castlebridge 0. Game over.

"I didn't even see it go in," Oduya said afterwards, still grinning. "I heard it. The noise. That's how I knew."

For 90 minutes this was a scrappy, nervy opening-day contest between two sides who finished level on points last season. Castlebridge had the better of the first half, with their captain, Ben Okafor, hitting the post from 20 yards in the 31st minute. Rovers goalkeeper Alfie Dunn made two sharp saves early in the second half.

Rovers improved after the hour, when manager Gary Tolland brought on Ferreira for his debut. The Portuguese midfielder, signed last week, looked lively from the start. He made the difference at the end.

Tolland was measured. "It's one game. Three points. That's all," he said. "But I'll tell you what I liked. We didn't panic. We kept going. We kept believing."

His opposite number, Castlebridge manager Steve Hurley, was less happy. "We switched off for one second. One. And that's what you get," he said.

There were positives for both sides. Castlebridge will feel they deserved a point. Rovers will feel they deserved nothing less than all three.

Attendance: 6,214.

Rovers: Dunn; Whitlow, Mensah, Carr, Bright; Hale (Ferreira 61), Barker, Pearce; Quinn, Oduya, Lyle (Stokes 78). Subs not used: Barrow, Finch, Akande.

Castlebridge: Roper; Davies, Okafor, Fenn, Marsh; Hughes, Tate (Ward 70), Kerr; Osei, Lang, Pike (Moss 83). Subs not used: Grant, Hill, Bell.

Referee: Paul Stanton.

Next up for Rovers: away at Ashby Town on Tuesday night. Kick-off 7.45pm.
"""),

("Cascadia Wire", """
French bakers rally against plan to relax Sunday trading rules

PARIS — Hundreds of independent bakers marched through central Paris on Monday to protest against a government proposal that would allow supermarkets to sell fresh bread on Sundays in more parts of the country.

Carrying baguettes and banners reading "Le pain, c'est notre métier" ("Bread is our trade"), the bakers walked from the Place de la République to the Ministry of the Economy, where a delegation was received by officials.

Under current rules, many French regions restrict the sale of fresh bread on Sundays to protect small bakeries, which often rely on weekend trade. The proposal, part of a broader bill to simplify business regulations, would allow supermarkets in towns of more than 20,000 people to bake and sell bread seven days a week.

Sylvie Marchetti, who runs a bakery in Lyon and helped organize the protest, said the change would threaten thousands of family businesses. "Nous travaillons depuis quatre heures du matin, six jours sur sept. Si on nous prend le dimanche, on nous prend tout," she said. ("We work from four in the morning, six days out of seven. If they take Sunday from us, they take everything.")

France has about 33,000 independent bakeries, according to the national bakers' confederation, though the number has been falling for decades as supermarkets and chain outlets expand.

The economy ministry said in a statement that the proposal was intended to give consumers more choice and to create jobs, and that it would consult with the industry before the bill is debated in parliament later this year.

Supermarket groups have backed the plan. A spokesman for one large retailer said customers in many towns had no option for fresh bread on Sunday afternoons, after small bakeries closed at midday.

Shoppers in Paris were divided. "I like my local baker, and I don't want him to disappear," said Jean-Paul Roux, 71, who watched the march from a café terrace. "But I also like to buy bread at six o'clock on a Sunday. Both things are true."

The bill is expected to be debated in the National Assembly in the autumn. The bakers' confederation has said it will organize further protests if the bread provision is not removed.
"""),

("Coastline Post", """
Snow and ice: what's closed and what's running on Wednesday

POLWENNA, Wednesday 7am — Snow fell overnight across much of the county, with up to 12cm recorded on high ground around the moors, and forecasters warn that untreated roads and pavements will be icy throughout the day.

A yellow warning for snow and ice is in force until 11am on Thursday. The Met Office said further showers were likely this afternoon, especially in the north and west.

Here is what we know so far.

Schools

- Moorside Academy: closed.
- St Petroc's C of E Primary: closed.
- Polwenna Community College: opening at 10am.
- All other council-maintained schools are expected to open as normal. Check individual school websites for updates.

Roads

- The A390 between Lanreath and St Cleer is closed because of stranded lorries.
- The B3254 across the moor is passable with care; gritters have treated it twice since midnight.
- Drivers are advised to avoid unclassified roads above 200 metres.

Buses and trains

- The No. 12 bus to the moorland villages is not running this morning. The operator will review the situation at noon.
- Trains on the main line are running, with some short delays.

Council services

Bin collections have been suspended in rural areas today and will take place on Saturday instead. Household recycling centres will open at 10am rather than 8am.

The council's head of highways, Jo Penrose, said crews had been out since 9pm on Tuesday. "We've spread more than 600 tonnes of salt overnight. But salt doesn't work well below about minus 7, and parts of the moor got colder than that," she said. "Please don't travel unless you have to."

Ambulance service bosses urged people to take care on foot. A spokeswoman said crews had already attended a number of falls on icy pavements since dawn.

The forecast is for temperatures to rise above freezing by Thursday afternoon, with rain expected to clear most of the remaining snow by the weekend.

We will update this list throughout the morning.
"""),

("The Prairie Dispatch", """
Flu season arrives early: five things to know, according to doctors

Influenza cases in the province have risen sharply over the past three weeks, arriving about a month earlier than usual, according to the latest figures from the provincial health agency.

Labs confirmed 1,146 cases in the week ending Oct. 28, up from 380 two weeks earlier. The majority are influenza A, specifically the H3N2 subtype, which tends to hit older adults harder.

Dr. Nadia Osei-Bonsu, an infectious disease specialist at Regina General Hospital, said the early start was not a reason to panic but was a reason to act. "The single best thing you can do is get your shot now, not in December," she said.

We asked Dr. Osei-Bonsu and Dr. Colin Fairweather, a family physician in Moose Jaw, what people need to know this year.

1. The vaccine is free and widely available. Anyone aged six months or older can get a flu shot at no cost at pharmacies, public health clinics and many doctors' offices. Adults 65 and older are offered a high-dose version.

2. It takes about two weeks to work. The body needs roughly 14 days after vaccination to build up protection, i.e., a shot today protects you from mid-November.

3. You can get the flu and COVID-19 vaccines at the same appointment. "There's no need to space them out," Dr. Fairweather said. "One visit, two arms, done."

4. Antivirals help, but timing matters. Drugs such as oseltamivir (sold as Tamiflu) work best when started within 48 hours of symptoms, e.g., a sudden fever, aches and a dry cough. People at higher risk, such as those with heart or lung conditions, should call their doctor early.

5. Stay home if you're sick. "It sounds obvious, but every year people come to work with a temperature of 39 degrees and take out half the office," Dr. Osei-Bonsu said.

Last season, the province recorded 2,900 hospitalizations and 71 deaths linked to influenza. Health officials said about 31 percent of residents had been vaccinated by the end of the season, well short of the agency's target of 50 percent.

Pharmacies say demand has picked up. "We gave 140 shots on Saturday alone," said pharmacist Jenna Kowal at the Main St. location of Prairie Drug Mart. "Appointments are going fast, but we have plenty of vaccine."

For clinic locations and hours, residents can call HealthLine at 811.
"""),

("Upland Herald", """
Obituary: Dilys Morgan, teacher and poet of the high fields

Dilys Morgan, who has died aged 94, spent her working life teaching at the village school in Cwm and her evenings writing poems about the hills where she grew up.

She was born in 1930 at Pant-yr-eithin, a hill farm above the village, the youngest of six children. She walked three miles to school each way, and at 11 won a scholarship to the county grammar school, the first girl from the valley to do so.

After training as a teacher in Bangor she returned to Cwm in 1952 and taught at the village school until it closed in 1989. Generations of pupils remember her nature walks, her strictness about handwriting and the tin of toffees she kept in her desk for birthdays.

She began writing poems in her forties, mostly in Welsh and some in English, and published four collections. The best known, Gwlân (Wool), won a prize at the National Eisteddfod in 1983. Her poems were short, plain and often about work: lambing, shearing, the gathering of sheep off the mountain in autumn.

Her English poem The Gathering, written for her father, was read at her funeral last week:

They came down off the mountain in the mist,
a thousand ewes and one old man who knew them,
who called the dogs by names his father gave,
who counted every one and none were missing.

I stood at the gate and counted too,
and lost my place, and started from the start,
and he said, child, it does not matter much,
the mountain knows them all by heart.

Her former pupil, the broadcaster Huw Price, said she had shaped his life. "She taught me to read, and then she taught me that what I read could be about us, about here," he said.

She married Ifor Morgan, a forestry worker, in 1956. He died in 2001. She is survived by her daughter, Eirlys, her son, Alun, four grandchildren and three great-grandchildren.

Dilys Morgan, teacher and poet, born 12 February 1930; died 3 April 2024.
"""),

("The Kestrel Times", """
Bus driver praised after helping passenger who collapsed on No. 10 route

A bus driver has been praised by paramedics after he stopped his vehicle and carried out CPR on a passenger who collapsed on the No. 10 service through Kestrel town centre.

Photo caption: Driver Tony Akinola, pictured at the Kestrel depot on Thursday, has worked on the town's routes for 14 years. (Photo: Kestrel Times)

Tony Akinola, 52, was driving along Station Road at about 8.15am on Tuesday when other passengers shouted that a man had fallen from his seat. He pulled over, called 999 and began chest compressions while a fellow passenger fetched a defibrillator from a nearby pharmacy.

The man, who is in his sixties, was taken to Kestrel General Hospital, where he was said on Thursday to be in a stable condition.

"I did the first-aid course three years ago and I honestly never thought I'd use it," Mr Akinola said. "You just do what they told you. Push hard, push fast, don't stop."

Paramedic Claire Hoskins, who was among the first to arrive, said his actions had made a real difference. "The first few minutes are everything. He didn't wait for someone else to do something. He got stuck in," she said.

Passenger Rebecca Lane, who was sitting near the front of the bus, said the driver had stayed calm throughout. "He was talking to us, telling people to stand back, keeping everyone together," she said. "Then he carried on driving the route afterwards. I couldn't believe it."

Pharmacist Ali Haddad, whose shop on Station Road houses one of the town's public defibrillators, said it was the first time the device had been used since it was installed in 2021. "That's exactly why they're there," he said.

The bus operator, Kestrel Connect, said it was proud of Mr Akinola and would be nominating him for a national award. Managing director Fiona Brand said all of its 180 drivers receive first-aid training as part of their induction.

The man's family has asked for privacy but said in a statement that they were "so grateful to the driver, the passengers and the ambulance crew".

The British Heart Foundation says there are more than 30,000 out-of-hospital cardiac arrests in the UK each year, and fewer than one in ten people survive.
"""),

("Millbrook Courier", """
#SaveHollinsPool: campaign makes a splash as council reviews leisure centres

A social media campaign to save a 1930s open-air swimming pool in Millbrook has gathered more than 9,000 supporters in a fortnight, as the council considers the future of its leisure services.

The hashtag #SaveHollinsPool has been shared thousands of times since the council announced a review of its four leisure sites, which it says cost £2.4 million a year to run. Hollins Lido, the only outdoor pool in the borough, is the oldest and most expensive to maintain.

Campaign organiser Priya Shah, who set up the @HollinsLidoFriends account on Instagram and X, said the response had surprised her. "I thought maybe a few hundred regulars would sign up. Now we've got people posting photos from the 1950s of their grandparents swimming there," she said.

Supporters have been tagging the council's account, @MillbrookCouncil, and the leisure operator, @MillbrookLeisure, in posts showing swimmers at the lido in all weathers. A winter swimming group, the Hollins Hardy Souls, posted a video of members breaking ice on the pool in January with the caption "Still open. Still here. #SaveHollinsPool".

The council's cabinet member for leisure, Cllr Andrew Pyle, said no decision had been made. "I've seen the posts. I've read hundreds of the comments. We are listening," he said. "But the lido needs about £800,000 of work on its pumps and tank in the next five years, and we have to be honest about that."

Among the options in the review are closing one or more sites, handing them to community groups or charities, or increasing prices. A report will go to cabinet in June.

Campaigners have set up a community interest company and say they would be willing to take over the lido and raise money for repairs. Similar groups run lidos in several other towns.

Long-time swimmer Barbara Keene, 81, said she had been swimming at Hollins every summer since 1951. "I learned to swim there. My children learned there. My grandchildren learned there," she said. "It would be a crime to lose it."

The council is holding a public meeting about the review at the town hall on 22 April at 7pm.
"""),

("Eastvale Sentinel", """
Eastvale astronomers use AI tool to spot 300 new galaxies in old images

Astronomers at Eastvale University have found more than 300 previously unrecorded galaxies by running a machine-learning program over telescope images that were taken more than 20 years ago.

The galaxies are faint and distant, and had been missed by earlier surveys because they overlapped with brighter objects or were hidden in the glare of nearby stars. The team's software, called AstroSeg v2.3, separates overlapping objects in an image and flags those that do not match any existing catalogue entry.

Dr Priyanka Rao, who led the project, said the findings showed the value of revisiting old data. "There are petabytes of images sitting in archives that were looked at once, for one purpose, and then put on a shelf," she said. "New tools let us ask them new questions."

The images came from the Sloan Digital Sky Survey and from the university's own 0.6m telescope on Harrowgill Fell, which has been photographing the same patches of sky since 2001. Follow-up observations using the William Herschel Telescope on La Palma confirmed that 312 of the objects were galaxies, most of them between 2 and 4 billion light years away.

The team has published its code under an open-source licence so that other researchers can use it. Installing it takes a single command, pip install astroseg, and it runs on an ordinary laptop, although processing large surveys requires more powerful hardware. The group used a cluster of eight NVIDIA A100 graphics cards for the main analysis.

PhD student Tom Achebe, who wrote much of the software, said the hardest part had been teaching it to ignore things that were not galaxies. "In the early versions it kept finding satellite trails, cosmic-ray hits and, on one memorable occasion, a moth," he said.

The study, published in Monthly Notices of the Royal Astronomical Society, has been welcomed by other astronomers. Professor Helen Marsh of the University of Durham, who was not involved, said the method could be applied to data from new instruments such as the Vera C. Rubin Observatory in Chile, which will produce around 20 terabytes of images every night.

The Eastvale team now plans to run AstroSeg over the university's entire archive of about 40,000 images.
"""),

("Cascadia Wire", """
Federal judge allows lawsuit over warehouse heat deaths to proceed

TACOMA, Wash. — A federal judge on Tuesday refused to dismiss a lawsuit brought by the families of two warehouse workers who died during a 2021 heat wave, allowing claims against the companies that ran the facility to go forward.

U.S. District Judge Margaret Oyelowo rejected arguments by Northstar Logistics Inc. and its staffing contractor, Pacific Staffing Solutions LLC, that the families' claims were barred by Washington's workers' compensation law.

The suit, Alvarez et al. v. Northstar Logistics Inc., alleges that managers ignored repeated complaints about temperatures inside the building, which reached 104 degrees on June 28, 2021, and failed to provide adequate water, rest breaks or cooling. Two workers, Manuel Alvarez, 58, and Kevin Tran, 34, collapsed on the same shift and later died.

In a 32-page ruling, Oyelowo wrote that the complaint "plausibly alleges that defendants had actual knowledge that injury was certain to occur and willfully disregarded that knowledge," meeting the narrow exception to the workers' compensation bar under state law.

Lawyers for the families also brought claims under 42 U.S.C. § 1983, alleging that a state inspector had been told of the conditions days earlier. The judge dismissed those claims but gave the plaintiffs 30 days to file an amended complaint.

"This is the first time anyone has had to answer for what happened in that building," said attorney Rosa Whitman, who represents the families. "They will now have to explain themselves to a jury."

A spokeswoman for Northstar said the company disagreed with the ruling and would "continue to defend itself vigorously." She said the company had installed industrial cooling fans and new break policies at all its facilities since 2021.

Pacific Staffing Solutions did not respond to a request for comment by 5 p.m. Tuesday.

The case has drawn attention from labor advocates pushing for a federal heat standard. The Occupational Safety and Health Administration proposed such a rule in July, but it has not yet been finalized.

A trial date has been set for Sept. 8 of next year in Tacoma.
"""),

]
