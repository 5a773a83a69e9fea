ARTICLES = [
("Valley Courier", """Local Seller Turns eBay Side Hustle Into $2 Million Business

TULARE VALLEY — Eight years ago, Marisol Ybarra sold her first item on eBay: a box of her late father's vintage fishing lures, for $84. Last year, her company, Tackle & Tide Vintage LLC, had sales of $2.1 million.

The business now employs nine people in a warehouse off Route 99, where shelves hold thousands of old reels, rods, lures and outdoor magazines. Most sales still go through eBay, with the rest through the company's own website and Etsy. Payments come in through PayPal, Stripe and, occasionally, a personal check from an older collector.

"I didn't plan any of this," Ybarra said. "I was a dental receptionist. I just thought the lures were cool and somebody might want them."

Somebody did. A 1930s Heddon wooden lure she once bought at a yard sale for $2 sold for $1,150 to a collector in Japan.

Ybarra credits three habits for her success:

1. Photograph everything in daylight, never with a flash.
2. Answer every message within an hour.
3. Ship the same day, every day.

"The third one is the one that matters," she said. "People remember how fast you shipped. They don't remember how nice your photos were."

Her warehouse manager, Deon Walker, said the busiest time of year is late winter, when anglers start planning for spring. "January and February, we're packing boxes until 9 p.m.," he said.

The company recently bought a second building and plans to open a small showroom and museum of fishing history, with free admission.

Economic development officials say Ybarra is part of a growing number of small online retailers in the valley. The county's small business office said it had registered 340 new e-commerce businesses in the past two years.

Ybarra still keeps one lure from that first box, framed above her desk. It is not for sale. "That one's Dad's," she said. "That one stays."
"""),

("The Northgate Sentinel", """Court Upholds Town's Ban on Gas Leaf Blowers

NORTHGATE — A state appeals court on Friday upheld Northgate's ban on gas-powered leaf blowers, rejecting a challenge brought by a group of landscaping companies who argued that the town had overstepped its authority.

The three-judge panel ruled unanimously that the ordinance, passed in 2024, was a valid exercise of the town's power to regulate noise and air pollution. The decision, written by Judge Eleanor Vasquez, runs to 34 pages.

"Municipalities have long regulated noise within their borders," Vasquez wrote. "Nothing in state law prevents a town from deciding that the noise of a particular machine is a nuisance."

The landscapers, represented by the Northgate Landscape Contractors Association, had argued that the ban was preempted by state rules on small engines and that it imposed unfair costs on small businesses. Battery-powered equipment can cost two to three times as much as gas models, they said.

Association president Victor Almeida said the group was disappointed. "We're not against clean air," he said. "We're against rules that make it impossible for a three-man crew to stay in business." He said the association had not decided whether to appeal to the state Supreme Court.

Town attorney Rebecca Chu said the ruling "confirms what we believed from the start." She said the town had offered rebates of up to $500 to help companies switch to battery equipment, and that more than 80 had claimed them.

Residents who supported the ban said the change had been noticeable. "Saturday mornings used to sound like a motorcycle rally," said Alan Fisk, who lives on Oak Street. "Now I can hear birds. Actual birds."

Not all residents agree. Retired contractor Jim Pagano called the ban "a solution in search of a problem" and said battery blowers "don't blow wet leaves worth a darn."

The ban applies from April 1 to Oct. 31 each year. Violators face fines starting at $100. The case is Northgate Landscape Contractors Ass'n v. Town of Northgate, No. A-2291-25.
"""),

("Riverside Daily Post", """Riverside Swimmer Qualifies for Nationals. Then She Did It Again.

RIVERSIDE — Sixteen-year-old Keisha Adeyemi had a busy weekend.

On Saturday she qualified for the national championships in the 200-metre butterfly. On Sunday she qualified in the 400-metre individual medley. Then she went home and finished her chemistry homework.

"I had a test Monday," she said. "Priorities."

Adeyemi, a junior at Riverside High School, swam the 200 butterfly in 2:13.48 at the Regional Age Group Championships, shaving nearly two seconds off her personal best. Her 400 IM time of 4:51.02 was the fastest in the meet by a margin of more than three seconds.

Her coach at the Riverside Aquatic Club, Marcus Bell, said he was not surprised. "She trains harder than anybody in the pool," Bell said. "Every morning at 5:15. Every morning."

Her mother, Folake Adeyemi, said the family's schedule revolves around the pool. "We eat dinner at 6:30 because she goes to bed at 8:30," she said. "Her brothers complain. Then they come to every meet."

Adeyemi's teammate, Ella Brandt, also swam well over the weekend, finishing second in the 100 breaststroke. "Keisha makes all of us faster," Brandt said. "You see her going and you just want to keep up."

Adeyemi is the first swimmer from the club to qualify for nationals in two events since 2014. The championships take place in July.

What's next? Training. More training. And a physics test in two weeks.

"I'm not worried about the physics," she said. "I'm a little worried about the butterfly."

The club is raising money to send Adeyemi and Bell to the championships. Donations can be made through the club's website or at its front desk at the Riverside Community Pool.

Bell said he had one goal for July: "Swim fast. Have fun. Come home happy. In that order, or any order."
"""),

("Coastline Herald", """Study: Smartphone Photos Can Help Track Coastal Erosion

COASTLINE — A network of simple phone-holder posts installed along Coastline's beaches is producing data good enough to measure erosion with an accuracy once possible only with expensive surveys, according to a study published this week.

The project, called CoastSnap, invites beachgoers to place their phones in a fixed bracket, take a photo and upload it with a hashtag. Since 2022, residents and tourists have submitted more than 14,000 photos from 11 stations between Seal Point and Marram Head.

Researchers at the Coastline Institute compared the crowd-sourced images with measurements taken by drone and GPS survey. The shoreline positions extracted from the photos were accurate to within about 1.2 metres on average, according to the paper in the journal Coastal Engineering Reports.

"Honestly, we didn't expect it to work this well," said lead author Dr. Tomás Reyes. "A $15 bracket and an iPhone are giving us data comparable to a professional survey."

Each post carries a sign with the instructions:

1. Place your phone in the cradle.
2. Take a photo without zoom.
3. Share it with #CoastSnapSealPoint (or the station's own tag).

Photos are automatically collected from social platforms and matched to the station. Software then corrects for the angle and position of the camera.

The data have already revealed something surprising: storms in the winter of 2024 eroded the beach at Marram Head by 18 metres in four days, but it recovered almost completely within six months.

Coastal manager Sue Whitfield said the findings were helping the council decide where to focus limited money. "We can see which beaches bounce back and which don't," she said. "That changes where you put the sand."

Ten-year-old Oscar Lindqvist, who has uploaded more than 200 photos from the Seal Point station, said he checked the sign every time he went surfing. "It's like a science experiment," he said. "But with waves."

The institute plans to add five more stations next year.
"""),

("Midland Observer", """'Keep Moving': Doctors Share Advice for Surviving the Winter Blues

MIDLAND — As the days shorten and the temperature drops, doctors in Midland say they are seeing more patients with symptoms of seasonal depression, from low energy to poor sleep to a persistent feeling of sadness.

Seasonal affective disorder, or SAD, affects an estimated 5 percent of U.S. adults, and many more experience milder "winter blues," according to the National Institute of Mental Health.

We asked three local health professionals for their advice.

Dr. Aisha Rahman, family physician:
"Get outside in the morning, even if it's cloudy. Twenty minutes of daylight early in the day helps reset your body clock. And tell your doctor if you're feeling low for more than two weeks. That's not weakness. That's information."

Dr. Paul Lindemann, psychiatrist:
"Light therapy works for a lot of people. A 10,000-lux light box, used for 20 to 30 minutes in the morning, can make a real difference. But check with a doctor first, especially if you have bipolar disorder or an eye condition."

Jenna Cho, physical therapist:
"Keep moving. Keep moving. Keep moving. I say it three times because people only hear it on the third. You don't need a gym. A brisk walk at lunchtime counts."

Other suggestions from the experts:

- Keep a regular sleep schedule, even on weekends.
- Plan social activities, especially in January and February.
- Limit alcohol, which can worsen mood and sleep.
- Eat regular meals with plenty of vegetables and protein.

Rahman said the most important step was not to suffer in silence. "People say, 'It's just winter, I'll get through it,'" she said. "Sometimes that's true. Sometimes it isn't, and there's help."

Anyone in crisis can call or text 988 to reach the Suicide and Crisis Lifeline, available 24 hours a day.

The Midland County Library lends light boxes free of charge for two-week periods. Reservations can be made at any branch.
"""),

("The Prairie Gazette", """Obituary: Harold 'Hap' Lindqvist, Auctioneer Whose Voice Sold a County, 88

Harold "Hap" Lindqvist, whose rapid-fire auction chant rang out over farm sales, livestock barns and charity dinners across the prairie for more than six decades, died Nov. 28 at his home in Wheatland. He was 88.

His son, Erik Lindqvist, said the cause was complications of pneumonia.

Mr. Lindqvist conducted an estimated 9,000 auctions in his career, selling everything from tractors and combines to quilts, pies and, on one memorable occasion, a three-legged goat named Lucky. He could, friends said, deliver 250 words a minute and never lose count of a bid.

"Hap could sell ice to a snowman," said longtime friend and fellow auctioneer Vern Kowalski. "And the snowman would thank him."

Born on a farm near Cedar Flats in 1938, Mr. Lindqvist attended auction school in Iowa at 19. He opened Lindqvist Auction Co. in 1961 and ran it until 2019, when he handed the business to his son.

He was most proud, his family said, of the charity auctions he called for free. He raised money for churches, fire departments, 4-H clubs and scholarship funds, and was known for bidding on items himself when the room went quiet.

"He didn't want anybody's pie to sell cheap," said his daughter, Karen Lindqvist-Moore. "So he bought a lot of pies."

Mr. Lindqvist was inducted into the State Auctioneers Hall of Fame in 2004. At the ceremony, he gave a one-sentence speech: "Sold, to the man who's had the best job in the world."

He is survived by his wife of 64 years, Marjorie; his son, Erik; his daughter, Karen; seven grandchildren; and four great-grandchildren.

Services will be held at 10 a.m. Saturday at First Lutheran Church in Wheatland. The family asks that memorial gifts be directed to the Cedar Flats Volunteer Fire Department.

Going once. Going twice. Gone.
"""),
("Eastbrook Tribune", """Recall Issued for Popular Space Heater After Fire Reports

EASTBROOK — A manufacturer has recalled about 210,000 portable space heaters sold at Walmart, Target and on Amazon after receiving reports of units overheating and catching fire, including one in an Eastbrook apartment last month.

The recall covers the HeatWise Compact model HW-1500T and the HeatWise Tower model HW-1800X, sold between August 2024 and October 2026 for about $40 to $70. The model number is printed on a label on the bottom of each unit.

According to the U.S. Consumer Product Safety Commission, the company, HeatWise Appliances Inc., has received 46 reports of heaters overheating, including 12 fires and four minor burn injuries. No deaths have been reported.

Eastbrook fire marshal Denise Okafor said a heater of the recalled type was the likely cause of a fire in an apartment on Second Avenue on Oct. 30. The tenant escaped unharmed, but the unit was badly damaged.

"Space heaters need space. It's in the name," Okafor said. "Three feet from anything that can burn. Plug them directly into the wall, never into an extension cord. And never leave them running when you're asleep or out of the house."

Consumers should stop using the recalled heaters immediately and contact the company for a full refund, the CPSC said. HeatWise is offering refunds online and by phone, and will provide a prepaid shipping label to return the product.

How to tell if your heater is affected:

- Check the label on the bottom of the heater.
- Look for model numbers HW-1500T or HW-1800X.
- Check the date code: affected units have codes from 2408 through 2610.

Hardware store owner Gail Sutherland said several customers had come in asking about the recall. "A lot of people just want to know, 'Is mine one of them?'" she said. "We've been checking them at the counter."

The Eastbrook Fire Department is offering free smoke alarm checks throughout December. Residents can book a visit by calling the department's non-emergency line.
"""),

("Metro Wire Review", """'We Are Not Going Anywhere': Diaspora Communities Rally for Flood Victims

METRO CITY — Hundreds of people gathered in Unity Square on Sunday to raise money for victims of severe flooding in southern Pakistan, in one of the largest community fundraising events the city has seen in years.

Organisers said the event raised about $186,000 in cash and pledges, with more expected through an online appeal. Volunteers collected donations in buckets while families sold samosas, chai and sweets from tables set up along the edges of the square.

"Our families are there. Our cousins are there," said organiser Farah Siddiqui, a pharmacist. "When you see the water on the news, you are looking for your grandmother's village."

Speakers included religious leaders, a city councillor and the consul general of Pakistan. Imam Tariq Hussain opened the event with a prayer and then spoke in Urdu: "Hum akelay nahi hain." Turning to the crowd, he repeated it in English: "We are not alone."

Residents from many backgrounds joined in. A group from a local Sikh gurdwara served free meals, and students from Metro State University ran a face-painting table for children.

"It doesn't matter where you're from," said student Daniel Okeke, 20. "People need help. That's it."

The floods, caused by unusually heavy monsoon rains, have killed more than 300 people and displaced an estimated 1.2 million, according to the United Nations. Aid agencies have warned of outbreaks of waterborne disease.

Money raised on Sunday will be split among three registered charities working in the affected areas, organisers said. Each has agreed to publish an account of how the funds are spent.

Councillor Mei Tanaka said the city was proud of the turnout. "This is what Metro City does," she said. "When people are hurting anywhere, people here show up."

As the event ended, the crowd joined in chanting the phrase the imam had taught them. "We are not alone," they said. Then again: "We are not alone."
"""),

("Lakeshore Times", """Four Candidates Vie for Open Seat on Lakeshore Council

LAKESHORE — Four candidates are running to fill the Ward 3 seat on the Lakeshore Town Council, left vacant when longtime councillor Doris Pemberton retired in August. The special election is Dec. 9.

The Times asked each candidate the same question: What is the most important issue facing Ward 3, and what would you do about it? Their answers, edited for length, are below in alphabetical order.

Marcus Abernathy, 52, contractor:
"Housing. Young families can't afford to live here anymore. I'd push to allow accessory dwelling units, granny flats, on every residential lot, and to speed up permits. Right now it takes eight months to get approval for a deck. A deck."

Sofia Delgado, 38, nurse:
"Traffic safety on Lakeview Drive. Two children have been hit in the crosswalk by the elementary school in three years. I'd fight for a traffic light, lower speed limits and a crossing guard at every school entrance."

Raymond Fong, 67, retired bank manager:
"Taxes. Property taxes in this town have gone up 22 percent in five years. I'd go through the budget line by line. There's always waste. Always."

Leah Whitmore, 29, small business owner:
"The waterfront. The marina is falling apart and the boardwalk is closed half the year. The waterfront is our economy. I'd create a dedicated fund for repairs, paid for partly by a small fee on short-term rentals."

All four candidates will take part in a forum at the Lakeshore Public Library on Tuesday, Dec. 2, at 7 p.m. The event, moderated by the League of Women Voters, will be streamed live on the library's YouTube channel.

Polls will be open from 7 a.m. to 8 p.m. on Election Day at the Ward 3 polling place, St. Brendan's Church Hall. Early voting runs from Nov. 29 to Dec. 6 at Town Hall.

Voters can check their registration status on the county elections website.
"""),

("Pinecrest Journal", """Mountain Rescue Team Marks 50 Years, 3,000 Missions

PINECREST — In 1976, a handful of climbers in Pinecrest pooled their ropes and formed a volunteer rescue team after a hiker died of exposure on Eagle Ridge. On Saturday, the Pinecrest Mountain Rescue Association celebrated its 50th anniversary, and more than 3,000 missions since.

About 300 people attended the celebration at the association's headquarters on Route 19, including founding members, current volunteers and dozens of people the team has rescued over the years.

One of them was Amanda Gruber, who broke her leg in a fall on the Whitewater Trail in 2017 and was carried out on a stretcher over six hours in the dark. "I don't remember much," she said. "I remember headlamps. I remember someone telling me jokes. Very bad jokes."

The man who told them, volunteer Doug Pettersen, was there too. "The jokes are part of the protocol," he said. "Not officially."

Founding member Walt Hendricks, 79, recalled the early days. "We had one radio, two stretchers and a Volkswagen bus," he said. "The bus broke down more than the people we rescued."

Today the team has 62 volunteers, three vehicles, a drone unit and a headquarters funded largely by donations. Members train twice a month and are on call 24 hours a day, 365 days a year. None are paid.

Team leader Carmen Ortiz said the number of calls has tripled in the past decade, driven partly by the popularity of hiking and partly by people relying on their phones for navigation. "Phones die. Batteries die in the cold," she said. "Bring a map. Bring a light. Tell someone where you're going."

The association's advice, printed on a banner at the celebration, was simple:

Know before you go.
Tell someone.
Turn back early.

Ortiz said the team was always looking for new volunteers. "You don't need to be a mountaineer," she said. "You need to be reliable. That's the most important skill."
"""),

("Harbor City Ledger", """Harbor City Startup's Robot Lawnmower Recalled Over Blade Defect

HARBOR CITY — GreenBot Robotics Inc., a Harbor City startup, is recalling about 18,000 of its GB-300 and GB-300X robotic lawnmowers after discovering that the blades can fail to stop when the machine is lifted, the company said Wednesday.

No injuries have been reported. The company said it found the problem during internal testing of a software update.

The GB-300, which sells for $1,299, and the GB-300X, which sells for $1,699, were sold online and at Home Depot and Lowe's stores between March and September of this year. Owners can check their serial number in the GreenBot app under Settings > Device Info.

Chief executive Anjali Mehra said the company had acted as soon as it found the defect. "We would rather recall every unit and be wrong than leave one in a garden and be right about the odds," she said. "That's not a hard decision."

Owners are being told to stop using the mowers until they install a firmware update, version 2.4.1, which GreenBot says fixes the problem. Owners who cannot install the update, or who prefer a refund, can return the mower to any retailer.

The company, founded in 2019 by two engineers from the state university, employs about 140 people in a former warehouse near the port. It raised $38 million from investors last year and had been preparing to expand into Europe.

Consumer safety advocate Ruth Kagan said the company had handled the recall responsibly. "This is what a recall should look like," she said. "Fast, clear and free."

Industry analysts said the recall was unlikely to cause lasting damage. "Every hardware company has one of these eventually," said analyst Peter Yoon. "How you handle it is what people remember."

GreenBot shares are not publicly traded.

For more information, owners can contact GreenBot's customer service line, which the company says will be staffed seven days a week until the end of the recall.
"""),

("Valley Courier", """Valley Vineyards Brace for Smaller Harvest After Spring Frost

TULARE VALLEY — Grape growers across the valley expect this year's harvest to be 20 to 30 percent smaller than usual, after a late-April frost damaged young buds in some of the region's best-known vineyards.

The frost struck on the night of April 22, when temperatures dropped to 27 degrees Fahrenheit for several hours. Growers fought back with wind machines, sprinklers and, in some cases, small fires in metal pots known as smudge pots.

"We were out there all night," said Carlos Medina, whose family has farmed 120 acres of zinfandel near Dry Creek since 1948. "You do everything you can. Sometimes it isn't enough."

Medina said he expects to pick about 60 percent of a normal crop. His neighbour, Linda Hartwell, said her losses were closer to a third.

Winemakers say the quality of the surviving grapes looks good. "Smaller crops often make very good wine," said winemaker Jean-Pierre Dubois of Hollow Oak Cellars. "As we say in Burgundy, 'Petite récolte, grand vin' — small harvest, great wine. We will see if that's true this year."

The financial picture is less cheerful. Growers are paid by the ton, and many have fixed costs for labour, equipment and loans that don't shrink with the harvest.

The county agricultural commissioner, Ruth Tanaka, said her office was documenting losses so that growers could apply for federal disaster assistance through the U.S. Department of Agriculture. "The paperwork is not fun," she said. "But it's worth doing."

Some wineries are taking a creative approach. Hollow Oak will release a limited bottling called "Frost Year," with a label showing a vineyard under a full moon. Part of the proceeds will go to a fund for farmworkers whose hours were cut.

Harvest is expected to begin in late August, about a week earlier than usual because of the warm summer.
"""),

("Eastbrook Tribune", """Meet the Eastbrook Teen Who Codes Apps for Local Nonprofits

EASTBROOK — Most 17-year-olds spend their evenings on their phones. Arjun Menon spends his building apps for them.

The Eastbrook High senior has written free software for five local nonprofits in the past two years, including a volunteer scheduling tool for the Eastbrook Food Pantry and a bus-tracking app for the senior center's shuttle.

"I like solving problems," he said, sitting in the school's computer lab with a laptop covered in stickers. "And these are real problems. Real people use this stuff."

His first project was for the food pantry, where volunteers had been scheduling shifts with a paper sign-up sheet taped to a door. Menon built a web app using Python and a free database service. It sends reminders by text message and lets volunteers swap shifts.

Pantry director Gloria Hayes said no-shows had dropped by half. "We used to have Saturdays with three people doing the work of ten," she said. "Now we have ten."

For the senior center, Menon wrote a small app that shows where the shuttle is in real time. The code, he explained, is surprisingly simple. The core of it checks the bus's GPS every 30 seconds with a function he calls get_location(), then updates a map on the screen.

"It's maybe 400 lines," he said. "The hard part wasn't the code. It was getting the GPS unit to work in a 2009 Ford van."

Senior center manager Walter Ng said riders loved it. "They don't stand outside in the cold anymore," he said. "They look at the iPad in the lobby and wait inside."

Menon has posted all his projects as open-source code on GitHub under the handle @arjun-builds, so other towns can use them.

He plans to study computer science next year. His advice to other teens? "Find someone who needs help," he said. "Then learn whatever you need to help them."
"""),
]
