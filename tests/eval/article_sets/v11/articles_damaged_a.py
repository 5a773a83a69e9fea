ARTICLES = [
("Harbor City Ledger", """Council Narrowly Backs Waterfront Parking Overhaul

Harbor City's council voted 5-4 on Tuesday night to replace the aging surface lots along Pier Street with a three-level garage, ending a debate that has dragged on for almost two years and split neighbours who rarely disagree about anything.

The $18.4 million plan, drafted by the city's public works department, would add roughly 600 spaces while freeing a strip of land beside the ferry terminal for a small park. Supporters said the garage would ease the weekend gridlock that spills onto residential streets every summer. Opponents argued that the city was building for the cars of 1995 rather than the commuters of 2035.

"We have been promising the harbour merchants relief for a decade," said councillor Dana Whitcombe, who led the push for the garage. "Tonight we finally kept that promise⟦stray: ,⟧" she added.

Councillor Ravi Dhillon, who voted against, said the money would have been better spent on a shuttle loop linking the ferry to the downtown rail station. "A garage is a forty-year decision⟦attribution:," Dhillon said, the councillor said.⟧ "We should be very sure before we pour that much concrete."

The vote came after more than three hours of public comment. Dozens of residents lined up at the microphone, some holding hand-painted signs, others reading from prepared statements. Several fishing families said the existing lots were so crowded at dawn that crews were forced to park half a mile away and haul gear on foot.

Construction is expected to begin in the spring, with the garage scheduled to open before the 2028 tourist season. The city will borrow most of the money through revenue bonds to be repaid from parking fees, which are set to rise from $2 to $3 an hour. Mayor Lois Farrant, who does not vote except to break ties, said she would ask staff to study ⟦glued:whetherthe⟧ new rates could be waived for harbour workers.

A citizens' group, Keep the Pier Open, said it was weighing a petition to put the decision before voters in November.

⟦furniture:Share this article
Facebook | X | Email | Print
Most read: Ferry schedule changes announced for winter⟧"""),

("Valley Courier", """Judge Rejects Bid to Move Orchard Fraud Trial

A county judge on Monday refused to move the fraud trial of former orchard cooperative manager Glen Aberly out of Tulare Valley, ruling that pretrial publicity had not been so intense as to make a fair jury impossible.

Aberly, 58, is accused of diverting about $2.3 million from the Sunridge Growers Cooperative over six years, money prosecutors say he used to buy a lake house, two trucks and a share in a racing stable. He has pleaded not guilty to 14 counts, including embezzlement and falsifying business records.

His lawyer, Marisa Kwan, argued that coverage in local newspapers and on social media had turned her client into "the most hated man in the valley." She pointed to a survey commissioned by the defence in which more than 60 percent of respondents said they had already heard of the case.

Judge Howard Prentiss was unpersuaded. Having heard of a case, he wrote, is not the same as having made up one's mind about it. ⟦break:He said the court would. Screen potential jurors⟧ carefully and excuse anyone who admitted to a fixed opinion.

⟦fragment:Citing the size of the county's jury pool and the passage of time since the arrests.⟧ The judge also noted that the cooperative's membership, while influential, represented only a small fraction of the county's adult population.

Kwan said after the hearing that she was disappointed but not surprised. "We will make our case inside the courtroom," she said. "That is where it belongs."

The cooperative, which markets stone fruit from about 140 family farms, discovered the alleged theft in 2024 when an outside auditor flagged a series of payments to a supplier that did not appear to exist. Members have since voted to replace the board and hire a new chief executive.

⟦placeholder:[gallery ids="4471,4472,4473"]⟧

Several growers attended Monday's hearing, sitting quietly in the back rows. One of them, Teresa Ochoa, said the losses had forced the cooperative to delay payments to members during a difficult harvest. "People borrowed to get through the season," she said. "Some of them are still paying that back."

Jury selection is scheduled to begin on February 9. The trial is expected to last about five weeks.
"""),

("The Northgate Sentinel", """Northgate Bakery Chain Sold to Regional Food Group

Crumb & Crust, the family-owned bakery chain that grew from a single storefront on Mill Road into 23 shops across the region, has been sold to the food company Hollis Provisions for an undisclosed sum, the two firms said on Thursday.

The Marchetti family, which founded the business in 1987, will keep a minority stake, and the current chief executive, Paola Marchetti, will stay on for at least three years. Hollis said it had no plans to close shops or change the recipes that made the chain's sourdough a local institution.

"My father used to say the bread does the talking," Marchetti said in an interview at the original Mill Road shop, where the ovens still run from four in the morning. "The new owners understand that. If they didn't, we wouldn't have sold."

Hollis Provisions, based in the state capital, owns several snack and frozen-food brands and has been looking to expand into fresh baked goods. Analysts said the deal gives Hollis a ready-made retail network and a brand with unusually loyal customers.

⟦dup:1⟧

Staff were told of the sale at a meeting on Wednesday evening. Several employees said they had been reassured by promises that wages and benefits would be maintained. One shift supervisor, who asked not to be named because she was not authorised to speak publicly, said the mood was cautious. "⟦foreign:On verra bien ce qui se passe dans un an⟧," she said, quoting the company's French-born head baker.

The announcement drew a mixed response online. A post from the chain's own account read:

⟦embed:Big news from our family to yours 🥖 Same bread, same people, new chapter. Thank you Northgate! pic.twitter.com/cR8mbq2LxT
— Crumb & Crust (@crumbandcrust) March 12, 2026⟧

Some regular customers worried that the shops would eventually lose their character. "Every time a local place gets bought, it slowly turns into an airport kiosk," said Martin Ebbs, who has bought a loaf every Saturday for fifteen years.

The deal is expected to close by the end of the quarter, pending routine regulatory review.
"""),

("Riverside Daily Post", """Riverside Rowers Take Regional Title in Rain-Soaked Final

The Riverside Rowing Club's women's eight won the Tri-County Regatta championship on Saturday, edging rivals from Bellmont by less than a second in a final rowed through steady rain and a stiff headwind.

The crew, coached by former national team member Ingrid Solberg, trailed for most of the 2,000-metre course before a late surge in the final 250 metres carried the boat past Bellmont in the last few strokes. The official margin was 0.7 seconds.

"We knew they would go out fast," Solberg said afterwards, water still dripping from the brim of her cap. "Our plan was to stay patient, stay long, and trust that we had more left at the end. The girls executed it perfectly⟦stray: !⟧"

Stroke seat Amara Okafor, a 19-year-old university student, said the conditions had worked in the crew's favour. "Everyone hates rowing in the rain," she said. "We've trained in it all ⟦glued:winter.We⟧ were used to it."

The victory is the club's first regional title since 2011 and qualifies the eight for the national championships in ⟦broken_paragraph:July. Club officials said they would need to raise about

$12,000 to cover travel⟧ and equipment costs, and plan to hold a fundraising dinner at the boathouse next month.

Bellmont coach Derek Ashworth was gracious in defeat. "It was a great race and they deserved it," he said. "We'll see them again in the summer."

In the men's events, Riverside's coxless four finished third, while the club's junior double sculls took silver behind a crew from Lake Ansel.

Club president Harold Nkemelu said the result reflected years of investment in the youth programme, which now has more than 80 members. "Half of that winning boat learned to row here as teenagers," he said. "That is what makes today special."

The regatta drew an estimated 1,500 spectators to the riverbanks despite the weather, many sheltering under umbrellas and tarpaulins stretched between the trees.

⟦disclaimer:This report was produced with the help of automated translation tools and may contain inaccuracies. The original version remains the authoritative text.⟧
"""),

("Coastline Herald", """Researchers Track Unusual Return of Seagrass to Salt Bay

Marine scientists at the Coastline Institute say seagrass meadows in Salt Bay have expanded by nearly a third over the past four years, a recovery that surprised researchers who had expected the beds to keep shrinking.

The team, led by ecologist Dr Fiona Maclaren, used drone photography and diver surveys to map the meadows every spring since 2022. Their findings, published this week in the journal Coastal Ecology Letters, show the area covered by eelgrass grew from about 140 hectares to more than 185.

⟦fragment:Having declined steadily for most of the previous two decades.⟧ The meadows had lost roughly half their area since the 1990s, largely because of sediment runoff and warming water.

Maclaren said several factors probably contributed to the turnaround, including upgrades to two wastewater plants on the bay's northern shore and a ban on boat anchoring in sensitive areas introduced in 2021. "It is rarely one thing," she said. "But the water is clearer than it has been in a generation, and the plants respond to light."

⟦placeholder:{{ figure_caption }}⟧

Seagrass is important because it shelters juvenile fish, stabilises the seabed and stores carbon. Local fishing groups have reported more young snapper and whiting in areas that were bare mud a decade ago.

Not everyone is ready to celebrate. Dr Owen Pratt, a marine biologist at Eastbrook University who was not involved in the study, cautioned that a single marine heatwave could undo much of the progress. ⟦attribution:"These systems can crash very quickly," Pratt said, according to Pratt.⟧ "Four good years is encouraging, but it is not a trend you can bank on."

The researchers plan to continue their surveys and will start testing whether seeds collected from healthy meadows can be used to replant bare patches near the river mouth. Volunteers from local diving clubs have already signed up to help.

The state environment department said it would consider the findings as it reviews its coastal management plan later this year. A spokesperson said the report showed that "investment in water quality pays off, even if it takes time."

Maclaren said she hoped the results would encourage other communities. "We were told this bay was a lost cause," she said. "It clearly was not."
"""),

("Midland Observer", """Midland Clinics Extend Evening Hours as Flu Cases Climb

Three community health clinics in Midland will stay open until 9 p.m. on weekdays starting next week, as the county grapples with an early and unusually heavy flu season that has filled emergency departments.

The county health department reported 412 confirmed influenza cases in the past fortnight, more than double the figure for the same period last year. Hospital officials say many of the people arriving at emergency rooms have mild symptoms that could be treated at a clinic.

"We are seeing waiting times of six and seven hours for people who really just need to be assessed and sent home with advice," said Dr Priya Raman, medical director at Midland General Hospital. "Every one of those visits is a bed and a nurse ⟦glued:thatsomeone⟧ sicker might need."

The extended hours will apply at clinics on Grange Road, in the Eastside Plaza and in the village of Corwen. Each will be staffed by a doctor and two nurses in the evening. Appointments are not required, though patients are encouraged to call ahead.

⟦furniture:ADVERTISEMENT
Continue reading below⟧

Health officials are urging residents to get vaccinated, noting that shots are still available free of charge at pharmacies and clinics. Vaccination rates among adults under 65 remain below 40 percent, according to county figures.

The department also shared a reminder on social media:

⟦embed:Flu season is here early this year. Wash your hands, stay home if sick, and get your flu shot — it's not too late! #MidlandHealth
— Midland County Health (@MidlandHealth) November 3, 2026⟧

Raman said people with chest pain, difficulty breathing or high fever in infants should still go straight to the emergency department. "We don't want anyone with a serious problem to hesitate," she said.

The county said the extended hours will run ⟦break:at least until the end. Of February,⟧ when officials will reassess based on case numbers. The cost, estimated at around $310,000, will be covered by an emergency allocation approved by the county board last month.

Local schools have also stepped up cleaning routines, and several have reported absence rates above 15 percent in recent days.
"""),

("The Prairie Gazette", """Quilting Exhibition Draws Record Crowds to Prairie Museum

An exhibition of more than 120 hand-stitched quilts, some nearly 150 years old, has drawn record crowds to the Prairie Heritage Museum since it opened last month, with organisers extending its run into January.

"Threads of the Plains" brings together quilts lent by families across the region, many of them never before shown in public. The oldest, a faded red-and-white pattern known as Road to California, was stitched by a homesteader named Ada Lindqvist in 1879, shortly after her family arrived from Sweden.

Curator Beatrice Holloway said the show was meant to tell the story of the prairie through the objects that families treasured. "A quilt is a diary written in fabric," she said. "You can see hard winters, weddings, deaths, the arrival of new cloth from the railroad. It is all in there."

Attendance has topped 9,000 visitors in five weeks, nearly three times the museum's usual figure for the season. Tour buses have arrived from neighbouring states⟦stray:..⟧ and a local quilting guild has been running demonstrations on Saturday mornings.

One of the most popular pieces was made by a group of Mennonite women in 1932 to raise money for a neighbour whose barn had burned. Each square bears the embroidered name of a family that contributed. A label beside it quotes one of the makers in her own words: "⟦foreign:Wir haben genäht, weil wir nicht anders helfen konnten.⟧"

The museum is also hosting a series of evening talks on the history of textile work, including one on the role of quilts as fundraising tools for churches and schools during the Depression.

⟦dup:1⟧

Visitors said they were struck by how personal the quilts felt. "My grandmother made one just like this," said Irene Castellanos, pointing to a star pattern in blue and yellow. "I had to sit down for a minute."

Holloway said several families had asked whether the museum might accept their quilts as permanent donations. "That is the best compliment we could get," she said. "People trust us with their history."

The exhibition now runs until January 18. Admission is free for children under 12.
"""),

("Eastbrook Tribune", """Ice Storm Leaves Thousands Without Power in Eastbrook

More than 14,000 homes and businesses in Eastbrook were without electricity on Wednesday morning after an overnight ice storm brought down power lines and snapped tree limbs across the northern half of the county.

Freezing rain began falling shortly before midnight and continued for about seven hours, coating roads, cars and branches in a layer of ice up to a centimetre thick. By dawn, crews from Eastbrook Electric had reported more than 200 separate outages.

"It is the weight that does it," said utility spokesman Carl Benning. "A branch that is perfectly fine in the afternoon can be carrying several times its own weight in ice by morning, and then it comes down on the nearest line."

⟦fragment:With crews from three neighbouring utilities on their way to help.⟧ Benning said most customers should have power restored by Thursday evening, though some rural areas could wait until the weekend.

Schools across the district were closed, and the county opened warming centres at the Eastbrook Community Centre and the library on Second Avenue. Both will remain open overnight, with cots, hot drinks and phone charging stations.

The National Weather Service said temperatures would stay below freezing through Thursday before rising above zero on Friday. Forecasters warned that melting ice could send more branches falling as the weekend approaches.

Police reported dozens of minor collisions during the morning commute, mostly cars sliding into ditches or each other at low speeds. ⟦break:There were no serious injuries. reported by the⟧ sheriff's office, though one driver was taken to hospital as a precaution after his pickup truck slid into a utility pole on Route 9.

Residents were urged to stay away from downed lines and to avoid running generators indoors. Last winter, two people in the county were treated for carbon monoxide poisoning after using a generator in a closed garage.

At a hardware store on Main Street, owner Gail Sutherland said she had sold out of salt, ice scrapers and lamp oil by 10 a.m. "People came in looking like they had slept in their coats," she said. "Some of them probably had."

⟦disclaimer:Editor's note: This story was compiled automatically from a regional wire feed and has not been reviewed by our editors.⟧
"""),

("Metro Wire Review", """Police Arrest Two in String of Catalytic Converter Thefts

Metro police have arrested two men suspected of stealing catalytic converters from more than 40 vehicles in the city's southern suburbs over the past three months, officers said on Friday.

The men, aged 27 and 34, were detained early Thursday after a resident in the Fairview neighbourhood heard a power saw running in a parking lot and called the emergency line. Officers arriving at the scene found a van containing cutting tools, a jack and four converters that had apparently just been removed.

⟦placeholder:[VIDEO: embed_id=undefined]⟧

Detective Sergeant Lena Moravec said the arrests were the result of weeks of surveillance and tips from the public. "These thefts cause real hardship," she said. "A replacement can cost a family two or three thousand dollars, and many people can't get to work while they wait for the repair."

Catalytic converters contain small amounts of precious metals such as platinum, palladium and rhodium, which can be sold to scrap dealers. Thefts have risen sharply across the country in recent years as metal prices climbed.

Police said they had linked the suspects to a series of thefts in Fairview, Oak Hollow and Lindell Park, most of them from hybrid cars and ⟦glued:pickuptrucks⟧ parked overnight on the street. Investigators believe the converters were sold to a recycling yard outside the city, which is now also under investigation.

Both men have been charged with multiple counts of theft and possession of stolen property. One was also charged with driving without a licence. They are due to appear in court on Monday.

Residents in Oak Hollow said they were relieved. "My neighbour's car was hit twice," said Jerome Taylor, a retired bus driver. "The second time she just sold the car. She couldn't ⟦broken_paragraph:face it again. We started leaving our porch lights on all

night, which helped, maybe.⟧ But you still lie awake listening for that sound."

Moravec urged drivers to park in well-lit areas or garages where possible and to consider having their converter etched with their licence plate number, a service some local garages now offer free of charge.

The police department said anyone with information about similar thefts should contact its property crimes unit.
"""),

("Lakeshore Times", """Eleanor Vance, Lakeshore's First Woman Harbourmaster, Dies at 91

Eleanor Vance, who broke a century of tradition when she became Lakeshore's first female harbourmaster in 1974 and went on to run the port for nearly two decades, died on Sunday at her home overlooking the marina. She was 91.

Her daughter, Margaret Vance-Oduya, said the cause was heart failure.

Born in 1935 to a family of commercial fishermen, Mrs Vance grew up on the docks, mending nets and gutting fish before she was ten. She earned her master's ticket at 24, an achievement so unusual at the time that the local paper ran a photograph of her under the headline "Lady Skipper."

When the harbourmaster's post fell vacant in 1974, she applied and, to the surprise of many, was appointed over three male candidates. ⟦attribution:"Some of the old-timers didn't speak to me for a year," she once told an interviewer, she recalled.⟧ "Then one of them ran aground in a fog and I towed him off, and after that it was fine."

Under her leadership the harbour was dredged and expanded, a new breakwater was built and the marina grew from 60 berths to more than 300. She was also known for her insistence on safety drills, which colleagues credited with saving several lives during the great storm of 1987.

Colleagues remembered her as firm but warm. "She could dress you down in front of the whole crew and then bring you soup when you were sick," said Tom Harrow, who served as her deputy for twelve years⟦stray:;⟧

After retiring in 1993, Mrs Vance volunteered with the coast guard auxiliary and wrote a short history of the harbour, which is still sold at the maritime museum. She continued to sail her small wooden sloop, the Kittiwake, until she was 85.

She was predeceased by her husband, Arthur, a boatbuilder, in 2009. In addition to her daughter, she is survived by a son, Peter, four grandchildren and two great-grandchildren.

A memorial service will be held at St Brendan's Church on Saturday, followed by a gathering at the harbour.

⟦furniture:About the author
Sam Keller covers the waterfront and maritime affairs for the Lakeshore Times. Follow him for updates.
Comments (0) — Be the first to comment⟧
"""),
]
