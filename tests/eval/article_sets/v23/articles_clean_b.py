ARTICLES = [
("Harlan County Courier", """Volunteers rebuild Cumberland library after flood, one shelf at a time

CUMBERLAND — Eight months after the Poor Fork of the Cumberland River rose four feet into the Cumberland Public Library, ruining about 11,000 books and most of the building's furniture, the library reopened its doors on Saturday to a line of patrons that stretched down Main Street past the hardware store.

PHOTO: Librarian Beverly Cornett, left, and volunteer Jasmine Howard shelve donated children's books on Friday, the day before the Cumberland Public Library reopened. (Courier photo by Dana Whitfield)

The reopening was the work of hundreds of volunteers, including church groups from three states, a crew of retired carpenters from Ohio and students from Southeast Kentucky Community and Technical College, who together put in an estimated 9,400 hours gutting, drying and rebuilding the 1930s brick building.

"People keep asking me how we did it so fast," said branch manager Beverly Cornett, who has worked at the library for 26 years. "The answer is, we didn't do it. Everybody did it."

The rebuilt library has new flooring, shelving raised eight inches off the floor, electrical outlets moved higher on the walls and a sump pump system designed to handle future flooding. The repairs cost about $410,000, paid for by a mix of insurance, a state disaster grant and private donations, including a $50,000 gift from a Lexington foundation.

Books came from everywhere. Libraries in Louisville, Knoxville and Cincinnati sent surplus volumes; a bookstore in Asheville, N.C., sent 600 new children's titles; and more than 2,000 individuals mailed packages, some with handwritten notes tucked inside.

PHOTO: A note from a donor in Oregon, found inside a copy of "Charlotte's Web," reads: "For whoever needs this next." (Courier photo by Dana Whitfield)

Among the first through the doors on Saturday was 9-year-old Mason Turner, who said he had come for the Dog Man series and left with seven books, the maximum allowed. His grandmother, Loretta Turner, said the family had been driving 40 minutes to the library in Harlan City since the flood.

Harlan County Judge-Executive Tom Ball said the county would seek federal funding to elevate the library's heating and cooling system, the one major piece of work still to be done. The library will hold a community celebration, with music and a cookout, on the lawn next Saturday at noon."""),

("Meridian Business Daily", """Orchard Road landlords court IKEA, adidas and McDonald's as luxury tenants retreat

SINGAPORE — Landlords along Orchard Road, Singapore's best-known shopping street, are increasingly filling space vacated by luxury brands with mass-market retailers, restaurants and so-called experiential tenants, as spending by Chinese tourists remains well below pre-pandemic levels and local shoppers migrate online.

Data compiled by property consultancy JLL show that about 14 percent of prime retail space on Orchard Road changed hands in the past 18 months, the highest turnover in more than a decade. Among the new arrivals: an IKEA small-format store, an adidas flagship with a basketball court on its roof, and a two-storey McDonald's with a 24-hour drive-through lane converted from a former car park entrance.

"Five years ago, if you had told a landlord on Orchard that McDonald's would be paying top rents next to a Swiss watchmaker, they would have thrown you out of the office," said Tricia Goh, head of retail leasing at a local consultancy. "Now they are competing for tenants like that."

The shift reflects deeper changes in how Singaporeans shop. A survey by the Singapore Retailers Association found that 46 percent of respondents bought clothing mainly through apps such as Shopee, Lazada and Zalora last year, up from 29 percent in 2019. Sales of Apple's iPhone and other electronics have also moved sharply online, and several electronics chains have closed Orchard outlets.

Luxury brands have not disappeared. Several have consolidated into larger flagship stores at ION Orchard and Ngee Ann City, while closing secondary shops. A spokesperson for one French fashion house said it was "rationalising, not retreating."

Landlords are also courting tenants that offer something shoppers cannot get online. A virtual-reality arcade, an indoor climbing wall and a K-pop dance studio have all opened in the past year, as has a branch of the eSports café chain GGwp.

Rents for prime ground-floor space on Orchard fell about 3 percent last year to an average of S$34.10 per square foot per month, according to JLL, but remain roughly 20 percent below their 2013 peak.

The Singapore Tourism Board expects visitor arrivals to reach 16.5 million this year, close to the 2019 record of 19.1 million, and has earmarked S$60 million to refresh the street with new pedestrian zones and events."""),

("Court Watch Dispatch", """Witness says she saw 'no one' at warehouse on night of Millbrook fire

RIVERTON — A security guard who was on duty at the Millbrook Logistics warehouse on the night it burned down told a jury on Wednesday that she saw no one enter or leave the building in the hours before the fire, testimony that defense attorneys said undercut the prosecution's theory that the warehouse's owner hired a man to set it ablaze.

Tanya Brewer, 44, who had worked as a guard at the site for three years, testified for about two hours in the trial of Gerald Haskins, 61, who is charged with arson, insurance fraud and conspiracy in the March 2023 fire, which destroyed the 80,000-square-foot building and its contents.

Under cross-examination by defense attorney Lucinda Park, Brewer described her rounds that night. An excerpt from the court transcript:

Q. What time did you start your shift?
A. Ten o'clock.
Q. And where were you stationed?
A. The guard shack at the north gate.
Q. Can you see the loading docks from the shack?
A. Yes. All four of them.
Q. Did anyone come through that gate after ten o'clock?
A. No.
Q. Anyone on foot?
A. No one.
Q. Are you certain?
A. Yes, ma'am.

On redirect, Assistant District Attorney Michael Torres asked Brewer whether she could see the east side of the building, where investigators say the fire started. She said she could not, and acknowledged that a fence along that side had a gap large enough for a person to pass through.

Prosecutors allege that Haskins, facing mounting debts, paid an acquaintance, Darnell Quick, $15,000 to start the fire so he could collect on a $4.2 million insurance policy. Quick, who has pleaded guilty to arson and is expected to testify for the prosecution next week, told investigators he entered through the east fence.

Haskins has pleaded not guilty. Park told jurors in her opening statement that Quick was "a man who will say anything to shorten his own sentence."

Circuit Judge Andrea Whitley told jurors the trial was expected to last about three weeks. Testimony resumes on Thursday with the state fire marshal's lead investigator."""),

("Science Frontier News", """Citizen scientists log 1.2 million bird sightings in record weekend count

More than 410,000 people in 96 countries took part in a global weekend bird count organised by a network of ornithology groups, logging about 1.2 million checklists and recording 7,640 species, both records for the annual event, organisers said on Tuesday.

The count, now in its 12th year, asks volunteers to spend at least 15 minutes watching birds anywhere they choose, from city balconies to mountain forests, and to submit what they see through a free smartphone app. Many participants also shared photos on social media using the hashtag #BigBirdWeekend, which organisers said was used more than 300,000 times over the three days.

"The birds do not care about borders, and increasingly neither does the data," said Dr. Adaeze Nwosu, a population ecologist at the Lagos Institute of Ornithology and one of the count's scientific advisers. "A sighting from a schoolyard in Jakarta sits in the same database as one from a research station in Patagonia."

Scientists use the data, alongside longer-term surveys, to track changes in the ranges and numbers of species. This year's count recorded the Eurasian hoopoe farther north in Scandinavia than in any previous year, and documented an unusually large movement of snowy owls into the northeastern United States.

The count also highlighted some stark declines. Sightings of several farmland species in Europe, including the skylark and the lapwing, were down by a quarter compared with the first years of the count, even though the number of participants has grown roughly sixfold.

Organisers praised the contributions of first-time participants, including a group of schoolchildren in Nairobi whose class account, @KibraBirders, posted photos of 41 species seen around their school, and a retired postman in Wales who recorded a rare red-backed shrike in his hedgerow.

Experts cautioned that citizen science data must be interpreted carefully, because the number and location of observers change from year to year. Statisticians working on the project use models that adjust for observer effort, weather and the time of day when a checklist was submitted.

The organisers said they would publish a full summary of the results, with an interactive map, in May. Next year's count is scheduled for the third weekend of February."""),

("Arts & Stage Weekly", """In 'Salt Hours,' Senegalese-French poet Aminata Diallo-Roux finds music in the tide

PARIS — There is a moment midway through "Salt Hours," the new collection by Aminata Diallo-Roux, when the poet stops describing the sea and begins, quite simply, to listen to it. The result is the book's finest poem, "Low Water at Joal," and one of the most quietly affecting pieces of verse published in either French or English this year.

The collection, released this month in a bilingual edition, gathers 38 poems written over six years, most of them set along the coast of Senegal, where Diallo-Roux spent her childhood summers with her grandmother, and in the Breton fishing town where she now lives.

Its closing stanza reads:

"The tide goes out like a guest who forgot to say goodbye,
and leaves the table set: a crab, a rope, a sky.
I gather what it gave me and I do not ask for more.
The sea keeps every promise, only never on the shore."

Diallo-Roux, 47, who translated the French originals into English herself, said she had tried to let the two languages argue with each other rather than mirror each other exactly. "La traduction n'est pas une copie, c'est une conversation entre deux maisons," she said in an interview at her publisher's office in the 6th arrondissement. ("Translation is not a copy; it is a conversation between two houses.")

That conversation produces some of the book's most interesting effects. In several poems the French and English versions diverge deliberately, with a line in one language answering or contradicting its counterpart on the facing page.

Not every poem succeeds. A sequence about a Paris hospital, written during her mother's final illness, sometimes strains for effect, and a handful of shorter pieces feel like sketches for poems rather than poems themselves.

But at its best, "Salt Hours" achieves the rare combination of plain speech and deep music. It is a book to read slowly, aloud, and preferably within sound of water.

"Salt Hours / Heures de sel" is published by Éditions du Large in Paris and Tidewater Press in London, 164 pages, €22 or £18.99. Diallo-Roux will read from the collection at the Shakespeare and Company bookshop on Nov. 14."""),

("Busan Harbour Times", """Busan Seagulls rally in ninth to stay alive in pennant race

BUSAN — Kim Tae-yang's two-run double with two outs in the bottom of the ninth inning lifted the Busan Seagulls to a 5-4 victory over the Incheon Wyverns at Sajik Stadium on Tuesday night, keeping the home side's slim hopes of a postseason berth alive with eight games left in the regular season.

Line score:
Incheon 010 200 100 — 4 9 1
Busan 000 102 002 — 5 11 0
W: Park Joon-seo (5-3). L: Lee Dong-hyuk (2-6). HR: Incheon, Choi Min-jae (21).

The Seagulls trailed 4-3 entering the ninth and had their first two hitters retired by Incheon closer Lee Dong-hyuk, who had converted 31 of 34 save opportunities this season. But Jung Woo-ram singled to center and pinch-hitter Seo Ji-hoon walked on a full count, bringing up Kim, the Seagulls' 23-year-old shortstop.

Kim drove the first pitch, a slider, into the left-center gap, and both runners scored as the crowd of 22,990 erupted.

"I was looking for a fastball," Kim said afterward, grinning. "I got a slider. Lucky for me, it was a bad one."

Choi Min-jae's solo homer in the seventh had given Incheon a 4-3 lead, his 21st of the season. Seagulls starter Na Kyun-an allowed three runs on six hits over six innings and struck out eight.

Busan manager Hwang Jae-sung said the victory showed his team's resilience. "Nobody in this clubhouse has given up," he said. "Not the players. Not the fans. Certainly not me."

The win moved the Seagulls (66-68-2) within two games of the fifth and final playoff spot, held by the Daejeon Eagles (68-66-2). The teams meet in a two-game series at Sajik starting Saturday.

Playoff race:
5. Daejeon Eagles 68-66-2
6. Busan Seagulls 66-68-2, 2.0 GB
7. Gwangju Tigers 65-70-1, 3.5 GB

Incheon, which has already clinched a playoff berth, remains second, four games behind Seoul."""),

("Gulf Aviation Ledger", """The cargo hub that nobody saw coming

JEBEL NOUR — Ten years ago, Jebel Nour was an afterthought in the air cargo business. A passenger airport with some belly space to sell. A warehouse or two. Not anymore.

Last year the airport handled 2.41 million tonnes of cargo, making it the fourth-busiest freight hub in the Middle East and the fastest-growing of the top twenty in Asia and the Middle East combined, according to figures published by Airports Council International.

How it happened

Officials credit three decisions. In 2016, the government created a free zone adjacent to the airport, allowing companies to import, store and re-export goods without customs duties. In 2018, the airport opened a dedicated cargo terminal with automated storage for 18,000 pallets. And in 2020, during the pandemic, it waived landing fees for freighter aircraft for two years.

"When the passengers disappeared, we decided to chase the boxes," said Hamad Al-Kaabi, chief executive of the Jebel Nour Airports Company. "Some people thought we were crazy. Some still do."

Who flies there

About 60 freighter flights a day now operate at Jebel Nour, including services by three of the world's five largest cargo airlines. E-commerce parcels bound for Africa and South Asia account for roughly a third of volumes, pharmaceuticals for about 12 percent and perishables, mostly flowers and fruit from Kenya and Ethiopia, for about 9 percent.

What comes next

The airport plans to double its cargo terminal capacity by 2028 and is in talks with two aircraft manufacturers about a maintenance facility for freighter conversions, in which older passenger jets are modified to carry cargo.

Not everyone is convinced growth will last. Analysts note that air cargo rates have fallen from their pandemic peaks and that competition from larger Gulf hubs remains intense. "Jebel Nour has done well by being cheap and fast," said Leila Mansour, an aviation analyst in Dubai. "Staying cheap is harder when you are successful."

Al-Kaabi is unbothered. "We were told we were too small for passengers, too small for cargo and too small for everything else," he said. "Too small. We hear that a lot."

The airport's cargo volumes rose 14 percent in the first six months of this year."""),

("Pacific Wire Service", """Kanazumi's oldest sake brewery passes to first female master brewer

KANAZUMI — Hayashi Shuzo, a sake brewery that has operated in the same wooden buildings in the old quarter of Kanazumi since 1712, on Saturday formally named Hayashi Mio, 36, as its 14th master brewer, the first woman to hold the title in the brewery's three-century history.

Mio, the eldest daughter of the outgoing master brewer, Hayashi Kenzo, 71, has worked at the brewery since 2011 and has overseen production for the past three seasons as her father's health declined.

"父が守ってきたものを、私は変えずに、しかし止めずに次へつなぎたい," she said at a ceremony attended by about 150 guests, including brewers from across the region. ("What my father protected, I want to pass on without changing it, but without letting it stand still.")

Her father, seated in the front row, said he had no doubts. "She tastes better than I do. She has for years," he said. "I was the last one to admit it."

Women were traditionally barred from sake brewing rooms in many parts of Japan, where it was believed their presence would bring bad luck to the fermentation. The taboo has faded over the past two decades, and industry associations estimate that about 40 of Japan's roughly 1,100 active breweries now have women as master brewers.

Sake consumption in Japan has fallen by about two-thirds since its peak in the 1970s, but exports have grown sharply, reaching ¥41 billion last year. Hayashi Shuzo, which produces about 180,000 litres a year, now sells about a quarter of its output abroad, mainly to the United States, Hong Kong and France.

Industry analyst Sato Rie of the Japan Sake and Shochu Makers Association said younger brewers, many of them women, had helped revive interest in the drink among consumers in their 20s and 30s. "They are not afraid to experiment, with yeasts, with rice varieties, with labels," she said.

Mio said her first project would be a sparkling sake aged in barrels made from cedar grown on the brewery's own land.

Correction: An earlier version of this story misstated the number of master brewers in Hayashi Shuzo's history. Mio is the 14th, not the 13th."""),

("Doha Energy Monitor", """Gulf upstream output by the numbers: third-quarter review

AL QASRA — Crude oil production across the six Gulf Cooperation Council states averaged 17.62 million barrels a day in the third quarter, up 1.9 percent from the second quarter, as producers began gradually unwinding voluntary cuts agreed with other members of the OPEC+ alliance, according to estimates compiled by the Doha Energy Monitor from official data, shipping records and industry sources.

Estimated crude output, third quarter (million barrels a day):

Saudi Arabia: 9.05 (Q2: 8.95)
United Arab Emirates: 3.28 (Q2: 3.22)
Kuwait: 2.49 (Q2: 2.44)
Oman: 0.77 (Q2: 0.76)
Qatar: 0.61 (Q2: 0.61)
Bahrain: 0.19 (Q2: 0.19)
Al Qasra: 1.23 (Q2: 1.12)
Total: 17.62 (Q2: 17.29)

Note: Totals may not add up exactly because of rounding. Figures exclude condensate and natural gas liquids.

Al Qasra recorded the largest percentage increase, 9.8 percent, as its new Northern Reef field reached plateau output of about 120,000 barrels a day in August, two months ahead of schedule. The Ministry of Energy said the field would allow the country to raise its production capacity to 1.4 million barrels a day by the end of next year.

"We have always said that capacity is a form of security, for us and for the market," Energy Minister Sheikh Nasser Al-Thani said in a speech to an industry conference last month. "Spare barrels are the cheapest insurance policy the world has."

Analysts said the additional supply had helped keep Brent crude prices in a range of $74 to $82 a barrel during the quarter, despite geopolitical tensions in the region. "The market believes there is enough oil sitting in Gulf reservoirs to deal with most disruptions," said Rania Fakhoury, head of research at a Dubai consultancy.

Exports from the region rose more slowly than production, by about 1.2 percent, as summer demand for crude burned in power plants in Saudi Arabia and Kuwait peaked in July and August.

OPEC+ is scheduled to review its production policy at a meeting in Vienna on Dec. 1."""),

("Lakeside Herald", """'We cannot pave our way out of floods': Q&A with Kisumu's new city manager

KISUMU — Abala Wanga took office this month as Kisumu's city manager after 15 years as an urban planner in Nairobi and Kigali. She takes charge of a lakeside city of about 600,000 people that has seen severe flooding in three of the past five years and where an estimated 60 percent of residents live in informal settlements. She spoke to the Lakeside Herald in her office overlooking the lake. The interview has been edited for length.

Q: What is your first priority?
A: Drainage. Without question.

Q: Why drainage before roads or housing?
A: Because every road we build floods, and every house we build floods. Water comes first.

Q: The county has spent heavily on drainage before. What will be different?
A: We will stop building concrete channels that simply move the water from one neighbourhood to another. We will restore wetlands along the Auji and Nyamasaria rivers so they can hold water naturally.

Q: That means moving people who live in those wetlands.
A: Some, yes. With compensation and with new housing nearby. Not with bulldozers at night.

Q: Do you have the money?
A: Partly. We have 2.3 billion shillings from the World Bank urban programme. We need roughly double that.

Q: Kigali is often held up as a model. Can Kisumu copy it?
A: Learn from it, yes. Copy it, no. Kigali is on hills. We are in a basin. The water behaves differently here.

Q: What about the lake itself? Water hyacinth has choked the port again this year.
A: That is a regional problem. Kenya, Uganda and Tanzania must solve it together, and I will push for that.

Q: What will success look like in five years?
A: A rainy season when nobody in Nyalenda has to move their children to a neighbour's house at midnight.

Q: And if that does not happen?
A: Then I will have failed. I will say so.

Wanga was appointed by the county governor after a competitive process that drew 48 applicants. Her contract runs for five years."""),

("Cedar Falls Register", """Sgt. Maj. (Ret.) Harold J. Lindqvist, 88, Korea veteran and choir director

CEDAR FALLS — Harold Joseph Lindqvist, a retired U.S. Army sergeant major who served in Korea and Vietnam and later directed the choir at First Lutheran Church in Cedar Falls for 27 years, died on Monday at the Iowa Veterans Home in Marshalltown. He was 88.

Born in 1936 in Ostrander, he was the youngest of five children of Nils and Edith Lindqvist, and a cousin of the late librarian Eleanor Voss. He enlisted in the Army in 1953, at 17, and was sent to Korea shortly after the armistice, serving with the 7th Infantry Division along the DMZ.

Over a 26-year career he rose to the rank of sergeant major, serving two tours in Vietnam with the 1st Cavalry Division, where he was awarded the Bronze Star and the Army Commendation Medal with "V" device. He retired in 1979 as command sergeant major of a training brigade at Fort Leonard Wood, Mo.

He had sung in choirs since childhood, and after returning to Cedar Falls he joined the choir at First Lutheran, becoming its director in 1985. Former choir members said he ran rehearsals "like a platoon," with a stopwatch and a whistle, but that he could reduce a congregation to tears.

His favorite hymn, which the choir will sing at his funeral, was "Children of the Heavenly Father," whose first verse he often quoted:

"Children of the heavenly Father
Safely in His bosom gather;
Nestling bird nor star in heaven
Such a refuge e'er was given."

"He said it was the only thing he ever sang in a foxhole," said his son, Lt. Col. (Ret.) David Lindqvist. "Quietly. So nobody would hear."

He earned a B.A. in music from the University of Northern Iowa in 1983, at age 47, attending classes alongside students young enough to be his grandchildren.

His wife, Marian, died in 2020. Survivors include two sons, David of Colorado Springs, Colo., and Peter of Waterloo; a daughter, Kristin Aune of St. Paul, Minn.; eight grandchildren; and five great-grandchildren.

Funeral services with military honors will be held at 11 a.m. Friday at First Lutheran Church. Burial will be at the Iowa Veterans Cemetery in Van Meter."""),

("Tidewater Ledger", """Things to do on the Northern Neck this week

KILMARNOCK, Va. — Oyster season is back, the crab pots are coming in, and the calendar is full. Here is a selection of events around Lancaster, Northumberland and Westmoreland counties for the week ahead. Times and details were confirmed with organizers as of Tuesday; check with them before heading out, especially for outdoor events.

Thursday

- Oyster Roast Kickoff, 5-8 p.m., Windmill Point Marina. All-you-can-eat oysters, steamed and raw, plus a fish fry and live bluegrass from the Rappahannock Ramblers. $35 adults, $12 children under 12. Proceeds benefit the Northern Neck Rescue Squad.
- Author talk: Watermen of the Chesapeake, 7 p.m., Lancaster Community Library. Local historian Edith Crowther discusses her new oral history of three generations of crabbers. Free.

Friday

- First Friday art walk, 5-8 p.m., downtown Kilmarnock. Galleries and shops stay open late, with wine tastings at several stops.
- High school football: Lancaster at Northumberland, 7 p.m. Tickets $7 at the gate.

Saturday

- Reedville Fishermen's Museum boat-building demonstration, 10 a.m.-2 p.m. Volunteers are finishing a 22-foot deadrise workboat. Free with museum admission.
- Fall plant sale, 9 a.m.-noon, Westmoreland Extension Office, Montross. Master gardeners will sell perennials, herbs and native shrubs.

Sunday

- Blessing of the Fleet, 2 p.m., Cockrell's Creek, Reedville. Clergy from four churches will bless the workboats as they pass the town dock. Spectators welcome; bring a lawn chair.

A few notes. Parking for the oyster roast fills quickly; a free shuttle runs from the Food Lion lot on Main Street every 15 minutes. The library asks attendees for the author talk to register in advance, as seating is limited to 60.

Organizers of the Blessing of the Fleet said they would post any weather-related changes on their Facebook page and on Instagram at @reedvillefleet by 10 a.m. Sunday.

Have an event you would like included? Send details to the Ledger's community desk by noon Monday for the following week's listing."""),
]
