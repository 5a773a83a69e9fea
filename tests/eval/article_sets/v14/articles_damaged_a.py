ARTICLES = [
("The Harbor City Courier", """
City Council sends transit levy to November ballot

Harbor City voters will decide in November whether to pay a quarter-cent sales tax to expand bus service, after the City Council voted 6-3 late Tuesday to send the measure to the ballot.

The vote followed nearly four hours of public comment, much of it from riders who described waits of 40 minutes or more on the crosstown routes that serve the east side. Several speakers brought printed schedules and read aloud the gaps between buses.

Council President Dana Whitfield, who sponsored the measure ⟦glued:withMayor⟧ Luis Ortega, said the levy would raise about $38 million a year, enough to add roughly 120 daily trips and extend late-night service on the Harbor Line until 1 a.m.

"People are not asking for luxury," Whitfield said. "They are asking to get to work on time and to get home safely."

Opponents on the council argued the tax would fall hardest on lower-income residents, who spend a larger share of their income on taxable goods. Councilman Rick Delaney said the transit agency had not yet shown it could manage its current budget.

"I want better buses as much as anyone in this room," Delaney said. "But I want an audit first."

⟦dup:1⟧

Last spring ⟦break:the council had. Approved⟧ a $2.1 million study of the bus network, which recommended consolidating stops on overlapping routes and running buses every 15 minutes on the six busiest corridors. Transit officials said the levy would pay for most of those changes over five years.

The measure must still be certified by the county elections office by Aug. 12. If approved, the tax would take effect in April and expire after 20 years unless renewed by voters.

Business groups have not taken a formal position. A spokeswoman for the Harbor City Chamber of Commerce said its board would discuss the proposal at its September meeting.

Ortega, who attended the meeting but did not speak, told reporters afterward that he would campaign for the measure through the fall. "This is the cheapest way to give working families a raise," he said.

⟦furniture:Share this story: Facebook · X · LinkedIn · Email · Print⟧
"""),

("Press Dispatch of India", """
HC declines to stay demolition drive in Ghaziabad colony

Prayagraj, June 11 (PDI) The Allahabad High Court on Tuesday declined to stay the demolition of 73 structures in a Ghaziabad colony that the local development authority says were built on land earmarked for a storm-water drain.

A division bench of Justices R.K. Srivastava and Meenakshi Nair dismissed a batch of petitions filed by residents of Shanti Vihar, who had argued that they were not given a fair hearing before the notices were issued in March.

The residents, most of whom are daily-wage labourers and small shopkeepers ⟦stray: ,⟧ had approached the court after the authority pasted final notices on their doors last month giving them fifteen days to vacate.

Senior counsel for the petitioners told ⟦glued:theBench⟧ that several families had been living in the colony for over two decades and had paid property tax and electricity bills throughout. He said the authority had never objected to the construction until a new drainage plan was drawn up in 2022.

The bench, however, observed that payment of tax or utility bills did not confer title on land that was recorded as public property in the revenue records. It noted that the petitioners had not produced any sanctioned building plan.

⟦fragment:Adding that the petitioners had been served notice twice in the past eighteen months.⟧

The court directed the development authority to offer the affected families flats under the Pradhan Mantri Awas Yojana where they were found eligible, and to complete the survey of eligibility within four weeks. It also asked the district administration to ensure that the demolition was not carried out during the school examination period.

Counsel for the authority said the drain was critical to prevent waterlogging in the surrounding sectors during the monsoon, when several low-lying roads remain submerged for days. He told the court that work on the channel had been held up for over a year because of the structures.

Residents said they would move the Supreme Court. "We are not encroachers. We bought these plots with our savings," said Rampal Yadav, a 58-year-old tailor who lives in the colony with his family of six.

The next date for reviewing compliance has been fixed for July 16.

⟦disclaimer:(This story has not been edited by our staff and is published from a syndicated feed.)⟧
"""),

("Lakeshore Ledger", """
Lakeview North ends 26-year wait with state girls basketball title

Lakeview North had not won a state championship in girls basketball since 1998. On Saturday night in Springfield, the Wolves made the wait feel worth it.

Junior guard Kiara Bennett scored 24 points, including five straight in the final two minutes, as Lakeview North beat Carterville 58-51 in the Class 3A final before a crowd of more than 4,000.

⟦placeholder:[VIDEO]⟧

The Wolves trailed by nine at halftime after Carterville hit six 3-pointers in the second quarter. Coach Tamara Reynolds said she did not raise her voice in the locker room.

"We kept telling them to trust the work," ⟦attribution:said Reynolds, the coach said afterward⟧. "They have been down before. They know what to do."

Lakeview North opened the third quarter with a 12-2 run, forcing four turnovers with a full-court press that Reynolds said the team had practiced every day since December. Senior center Alexis Moreno added 14 points and 11 rebounds.

Carterville, which had won 31 straight games, got 19 points from Madison Greer. Her 3-pointer with 1:40 left cut the lead to one, but Bennett answered with a drive and a pull-up jumper on the next two possessions.

"She wanted the ball ⟦stray:,,⟧ and we gave it to her," Moreno said. "That's all there was to it."

The school's athletic department celebrated on social media minutes after the final buzzer.

⟦embed:STATE CHAMPIONS. First title since 1998. We love you, Wolves 🐺🏆 pic.twitter.com/Qm4LrT8vXa

— Lakeview North Athletics (@LVNorthAthletics) March 9, 2024⟧

A police escort led the team bus back into town on Sunday afternoon, where fans lined Main Street in freezing rain. Several players held the trophy out of the bus windows as it passed the high school.

Reynolds, in her 11th season, said the win belonged to the players who came before, including members of the 1998 team who watched from the stands.

"A few of them texted me before the game," she said. "They said, 'Go get it.' So we did."

Lakeview North finishes the season 29-4. Bennett and four other starters are expected to return next year.
"""),

("Deccan Newswire", """
Cyclone alert: 1.2 lakh people to be moved from coastal Andhra villages

Visakhapatnam, Nov 27 (DNW) The Andhra Pradesh government on Monday ordered the evacuation of around 1.2 lakh people from low-lying coastal villages in six districts as a severe cyclonic storm over the Bay of Bengal moved closer to the coast.

The India Meteorological Department said the system was likely to cross the coast between Machilipatnam and Kakinada as a severe cyclonic storm with wind speeds of 90 to 100 kmph, gusting to 110 kmph.

⟦fragment:To be completed before the storm makes landfall on Thursday night.⟧

District collectors have been asked to shift residents of thatched and kutcha houses to relief centres. The residents ⟦broken_paragraph:were being moved to

342 relief camps⟧ set up in schools and community halls, a senior revenue official said.

Fishing has been suspended along the entire coast since Saturday. Disaster management ⟦break:officials said that. the fishermen⟧ who had ventured out last week had all returned safely, and boats had been anchored in harbours at Visakhapatnam, Kakinada and Nizampatnam.

At a fishing hamlet near Uppada, families were packing rice, documents and cooking vessels into plastic sacks. "⟦foreign:మేము మూడు రోజులుగా సముద్రంలోకి వెళ్ళలేదు, ఇంట్లో డబ్బు లేదు⟧," said Kotaiah, a 46-year-old boat owner.

Chief Minister's Office said teams of the National Disaster Response Force and the State Disaster Response Force had been positioned in vulnerable districts. Power utilities have kept mobile transformers and cranes ready to restore supply after the storm passes.

The IMD has forecast heavy to very heavy rainfall at isolated places in East Godavari, West Godavari, Krishna and Guntur districts on Wednesday and Thursday, with extremely heavy falls likely in a few places. Farmers have been advised to harvest matured paddy at the earliest and store it in safe places.

South Central Railway said it had cancelled 18 trains passing through the coastal belt on Wednesday and Thursday and would announce further changes depending on the storm's track.

Schools and colleges in the six districts will remain closed until Friday. Control rooms have been opened at all collectorates, and residents can call the toll-free number 1070 for assistance.
"""),

("Tri-County Sentinel", """
Deputies break up burglary ring tied to thefts in three counties

⟦placeholder:By {{byline}} | Staff Writer⟧

Sheriff's deputies have arrested five people they say were behind a string of break-ins at car dealerships and storage yards across Marion, Polk and Lane counties since last fall.

The suspects, ages 19 to 34, were taken into custody Thursday morning during searches at two homes in Cedar Falls and a warehouse off Route 9, Sheriff Donna Pratt said at a news conference Friday.

Investigators recovered ⟦glued:14vehicles⟧, two trailers, several catalytic converters and about $60,000 worth of power tools, Pratt said. Some of the equipment still had dealership tags attached.

"This was organized. They had lookouts, they had buyers lined up, they had a schedule," Pratt said. "This was not kids joyriding."

⟦furniture:ADVERTISEMENT⟧

According to court records, the group targeted businesses on Sunday nights, when lots were typically unstaffed. Detectives linked the thefts after a deputy noticed the same white pickup on surveillance footage from two dealerships 40 miles apart.

The sheriff's office released a short video briefing from the scene of the warehouse search.

⟦embed:Tri-County Sheriff's Office — Warehouse search, Route 9 (briefing)
Watch on YouTube⟧

The suspects face charges including organized retail theft, burglary and possession of stolen property. All five were being held in the county jail Friday. Bail had not been set for three of them.

Owners of the targeted businesses said the arrests came as a relief. Gary Lindqvist, who runs a used-truck lot in Polk County, said his business had been hit twice since November.

"The second time they took a truck we had sold that morning," Lindqvist said. "I had to call the buyer and tell him it was gone."

Pratt said more arrests were possible. Investigators are still trying to trace where some of the stolen vehicles were sold, and detectives believe at least one was shipped out of state.

Anyone with information is asked to call the sheriff's tip line. Callers may remain anonymous.
"""),

("Indo-Asian Wire Service", """
Agritech startup KhetSetu raises funds to expand cold-storage network

Bengaluru, Aug 22 (IAWS) Agritech startup KhetSetu on Thursday said it had raised Rs ⟦glued:450crore⟧ in a Series C funding round led by a Singapore-based investment firm, with participation from existing investors.

The company, which operates a network of small solar-powered cold rooms for farmers in Karnataka, Maharashtra and Telangana, said it would use the money to expand to 3,000 villages over the next two years.

Founded in 2019 by former IIT Kharagpur classmates Anirudh Rao and Priya Menon, KhetSetu rents storage space to farmers on a per-crate basis, allowing them to hold back vegetables and fruit instead of selling immediately after harvest when prices are at their lowest.

⟦fragment:Having raised a similar amount in its previous round less than a year ago.⟧

"Post-harvest losses in perishables are still close to 15 per cent in many districts. Our goal is to bring that down by giving the farmer a choice of when to sell⟦stray:。⟧" Rao said in a statement.

The startup claims to serve about 1.1 lakh farmers and said revenue grew 2.4 times in the last financial year. It did not disclose its valuation, but people familiar with the matter said it was close to Rs 2,800 crore.

Part of the new funds will be spent on a digital marketplace that connects farmers directly with bulk buyers such as hotel chains and food processors, Menon said. The company is also piloting a programme to offer small working-capital loans against produce kept in its cold rooms.

Agritech funding in India slowed sharply over the past two years after a boom during the pandemic, with several companies cutting staff or shutting down. Analysts said investors were now favouring businesses with physical assets and steady revenue.

"Cold chain is a hard, unglamorous business, which is exactly why investors like it now," said a Mumbai-based venture capitalist who did not wish to be named.

KhetSetu employs about 600 people and plans to hire another 250, mostly in field operations, by March next year.

⟦disclaimer:This article is auto-generated from a press release distributed by a wire service; it has not been verified or edited by the publication.⟧
"""),

("The Mesa Gazette", """
Eleanor Ruiz, who taught three generations of Mesa students, dies at 91

⟦placeholder:[photo]⟧

Eleanor Ruiz, who taught English and Spanish at Mesa Central High School for 38 years and was known for handing out paperback novels from a cardboard box beside her desk, died Sunday at her home in the Dobson Ranch neighborhood. She was 91.

Her death was confirmed by her son, Daniel Ruiz, who said she had been in declining health since a fall in January.

Born Eleanor Castañeda in 1932 in Globe, Arizona, she was the daughter of a copper miner and a seamstress. She was the first member of her family to attend college, earning a degree in education from Arizona State Teachers College in 1954.

She joined Mesa Central the following year and stayed until her retirement in 1993. Former students remember her as demanding and warm in equal measure.

⟦dup:2⟧

"She would not let you turn in a paper with one spelling mistake," said Martha Ochoa, who took her senior English class in 1971 and later became a teacher herself. "And then she would drive you home if it was raining."

The box of books became something of a school legend. Ruiz bought most of them at garage sales and library clearances and told students they could keep any book they finished. Her son estimates she gave away more than 5,000 books over her career.

After retiring she volunteered for two decades with a literacy program at the Mesa Public Library, tutoring adults who were learning to read in English. She was also a longtime member of Queen of Peace Catholic Church, where she ⟦broken_paragraph:sang in the
choir⟧ until she was 85.

In 2008 the school named its library reading room in her honor. At the ceremony, she told the audience that teaching had been "the only job I ever wanted."

Her husband of 52 years, Ramon Ruiz, died in 2006. In addition to her son, she is survived by a daughter, Teresa Ruiz Bell; five grandchildren; and three great-grandchildren.

A rosary will be held Thursday at 6 p.m. at Queen of Peace. The family asks that, in lieu of flowers, donations be made to the library's adult literacy program.
"""),

("Bharat Wire Agency", """
India, Bangladesh agree to speed up talks on Teesta water sharing

New Delhi, Feb 14 (BWA) India and Bangladesh on Wednesday agreed to set up a joint technical committee to resolve outstanding issues on the sharing of the Teesta river waters, officials said after two days of foreign secretary-level talks.

The talks, held in the capital, also covered border management, rail connectivity, energy trade and the movement of goods through inland waterways, ⟦attribution:according to the Ministry of External Affairs, the ministry said⟧ in a statement.

The Teesta agreement has been pending for more than a decade. A draft was ready in 2011 but was not signed after objections from the West Bengal government, which said the state would not have enough water for its own farmers during the lean season.

Officials said the technical committee would study flow data from the past twenty years and submit its recommendations within six months. The two sides ⟦break:also agreed to. Resume⟧ joint river commission meetings, which have been held only sporadically in recent years.

Bangladesh's foreign secretary told reporters at the end of the talks that his delegation was encouraged by the discussions. "⟦foreign:আমরা এই আলোচনায় সন্তুষ্ট, তবে আমাদের কৃষকরা অপেক্ষা করছেন⟧," he said.

On border issues, both sides reiterated their commitment to bring down deaths along the border to zero and agreed to increase coordinated patrolling in vulnerable stretches⟦stray:，⟧ especially along the riverine areas in the Sylhet and Meghalaya sectors.

India also offered to expand the supply of electricity to Bangladesh through a new cross-border transmission line, and the two sides discussed the status of the Akhaura-Agartala rail link, which was inaugurated last year.

Trade between the two countries stood at about $14 billion in the last financial year, making Bangladesh India's largest trading partner in South Asia. Both sides agreed to begin negotiations on a comprehensive economic partnership agreement at the earliest.

The next round of foreign secretary-level consultations will be held in Dhaka later this year, officials said.
"""),

("Riverbend Daily Press", """
Flu cases fill Riverbend hospitals as season peaks early

⟦furniture:We use cookies to personalize content and analyze traffic. By continuing to browse, you agree to our use of cookies. [Accept] [Manage settings]⟧

Riverbend's two largest hospitals are operating at or near capacity as an early and unusually severe flu season sends hundreds of patients to emergency rooms, health officials said Monday.

St. Agnes Medical Center reported that 92 ⟦glued:percentof⟧ its inpatient beds were filled over the weekend, and Riverbend General said it had opened an overflow unit in a former outpatient clinic to handle the volume.

"We usually see this kind of peak in late January," said Dr. Paula Nakamura, chief medical officer at St. Agnes. "This year it arrived before Thanksgiving."

County health data show 1,340 laboratory-confirmed flu cases in the past three weeks, roughly triple the number for the same period last year. Twenty-one people have been hospitalized in intensive care, and four have died, all of them over 70.

Children have also been hit hard. Pediatric visits to urgent care centers doubled in the first two weeks of December, according to the county. ⟦fragment:Which health officials attributed largely to low vaccination rates among school-age children.⟧

Only about 38% of county residents have received a flu shot this season, according to the health department, down from 45% two years ago. Officials urged anyone who has not been vaccinated to do so, saying it is not too late.

The department has scheduled free walk-in clinics at four branch libraries over the next two weekends. A schedule is posted on the county website under ⟦placeholder:%s⟧, officials said.

Hospital leaders asked residents with mild symptoms to contact their primary care doctor or use telehealth services rather than going to an emergency room. They also asked visitors with coughs or fevers to stay away from patients.

Both hospitals have reinstated mask requirements in waiting areas and patient rooms. Riverbend General has also limited visitors to two per patient.

Dr. Marcus Hale, the county health officer, said the peak could last several more weeks. "Wash your hands, stay home if you're sick, and get the shot," he said. "None of that is new advice, but it works."
"""),

("The Harbor City Courier", """
Museum's new show puts Haitian painters in the spotlight

The Harbor City Museum of Art opens a major exhibition of Haitian painting on Saturday, bringing together more than 120 works from private collections in Port-au-Prince, Miami, Montreal and Paris.

"Lumière et Mémoire" spans nearly 80 years, from the self-taught artists of the Centre d'Art in the 1940s to contemporary painters working in Haiti and the diaspora. Many of the works have never been shown publicly in the United States.

Curator Nadège Célestin, who spent four years assembling the show, said she wanted visitors to see Haitian art as more than a single style.

"People think of bright market scenes and stop there," she said. "There is abstraction here, there is politics, there is grief."

At a preview Thursday evening, Célestin spoke to a group of donors in French before switching to English. ⟦foreign:Ces tableaux ont traversé des ouragans, des coups d'État et des tremblements de terre pour arriver jusqu'ici.⟧

The exhibition is arranged roughly by decade. Early galleries feature work by Hector Hyppolite and Philomé Obin, whose paintings of vodou ceremonies and historical scenes helped draw international attention to Haitian art after World War II. Later rooms include large mixed-media works made after the 2010 earthquake, some incorporating rubble and salvaged metal.

The museum has partnered with a local Haitian community center to offer tours in Haitian Creole on Sunday afternoons ⟦stray:(⟧starting next month.

A photograph of one of the centerpiece works was posted to the museum's account on Friday.

⟦embed:View this post on Instagram

A post shared by Harbor City Museum of Art (@hcmuseumofart)⟧

The show is the largest the museum has mounted since its renovation in 2019. Director Paul Whitcomb said attendance at special exhibitions had grown steadily, and he expected this one to draw visitors from across the region.

"Lumière et Mémoire" runs through Jan. 5. Admission is free for Harbor City residents on the first Sunday of each month.
"""),

("Press Dispatch of India", """
ISRO's weather satellite placed in orbit, begins sending data

Sriharikota, Feb 17 (PDI) The Indian Space Research Organisation on Saturday successfully launched a new-generation meteorological satellite that will improve weather forecasting and disaster warnings across the subcontinent.

The satellite, weighing about 2,275 kg, was placed ⟦glued:intoorbit⟧ by a GSLV rocket that lifted off from the second launch pad at the Satish Dhawan Space Centre at 5.35 pm. It separated from the rocket's upper stage about 20 minutes after launch.

ISRO chairman told reporters at the mission control centre that the launch had been flawless. "The vehicle performed exactly as planned, and the satellite is healthy," he said.

The satellite carries an imager with six channels and a sounder with nineteen channels, which will allow scientists to measure temperature and humidity at different heights of the atmosphere. ISRO said it would also relay data from automatic weather stations in remote areas.

⟦dup:1⟧

Over the coming days, ground controllers will carry out a series of manoeuvres to raise the satellite to a geostationary orbit about 36,000 km above the equator. ⟦break:Officials said the satellite would. be positioned⟧ at 82 degrees east longitude, from where it can continuously monitor the Indian landmass and the surrounding oceans.

The India Meteorological Department, which will be the primary user of the data, said the satellite would significantly improve its ability to track cyclones and forecast heavy rainfall events. The project was funded by the Ministry of Earth Sciences.

The mission also marked a return to flight for the GSLV after a gap of more than a year. Scientists said the rocket's indigenous cryogenic upper stage had performed well, which was an encouraging sign for future missions.

ISRO plans several more launches this year, including uncrewed test flights for the Gaganyaan human spaceflight programme.

⟦disclaimer:Disclaimer: This copy was machine-translated from the Hindi service and published without editorial review. The Hindi version shall prevail in case of discrepancy.⟧
"""),

("Lakeshore Ledger", """
Five minutes with Marisol Vega, the chef who turned a bait shop into a bistro

When Marisol Vega bought the old Gull Point bait shop in 2019, the building still smelled of minnows. Five years later, Tidewater is one of the hardest reservations to get on the lake's north shore. We spoke to Vega between lunch and dinner service on a slow Tuesday.

Why a bait shop?

"Because it was the only building on the water I could afford," Vega said, laughing. "The view came with it. Everything else I had to build."

She spent the first year doing most of the renovation herself, with help from her brother, a carpenter. The original counter, scarred from decades of knives and fishing line, is now the host stand.

What's on the menu?

Mostly what comes out of the lake and what grows within 50 miles. Whitefish, perch, walleye when it's in season. Vega buys from two commercial fishermen she has known since childhood and from a handful of farms in the county.

"I don't cook anything fancy," ⟦attribution:she said, Vega said⟧. "I just try not to mess up good ingredients."

How did the pandemic affect you?

Tidewater opened in March 2020 and closed nine days later. Vega kept her four employees on payroll by selling fish fry boxes from a window on weekends. The line, she said, sometimes stretched to the parking lot.

"That window saved us," she said. "People ⟦broken_paragraph:came every

Friday⟧ for two years. Some of them still do."

What's next?

Vega is planning a small test kitchen upstairs where she wants to teach cooking classes to teenagers. She said many of the young people who work summer jobs on the lake have never cooked a meal from scratch.

"I learned from my grandmother. Not everybody has that," she said. "Somebody should show them."

She has also been asked, more than once, to open a second restaurant in the city. She has said no each time.

⟦stray:"⟧I'm not a businesswoman. I'm a cook with a nice view, she said.

Tidewater is open Wednesday through Sunday. Reservations open 30 days in advance.
"""),

("Deccan Newswire", """
Cyber fraud gang that posed as courier firms busted, 9 held

Hyderabad, Sep 3 (DNW) ⟦glued:Thepolice⟧ here on Tuesday said they had busted an inter-state cyber fraud gang that cheated more than 400 people across the country by posing as executives of courier companies, and arrested nine people, including two women.

According to Cyber Crime Police, the accused called victims claiming that a parcel booked in their name had been seized by customs and contained drugs or fake passports. The victims were then connected to fake "police officers" over video calls and told to transfer money to avoid arrest.

⟦fragment:Demanding amounts ranging from Rs 50,000 to Rs 1.2 crore from each victim.⟧

The gang is estimated to have collected over Rs 14 crore in the last eight months, the Deputy Commissioner of Police (Cyber Crimes) told reporters. About Rs 2.3 crore has been frozen in 160 bank accounts so far.

The arrests were made from Jaipur, Surat and Hyderabad after a software engineer from Gachibowli lost Rs 38 lakh in July and filed a complaint. Investigators traced the money through a chain of mule accounts opened using forged documents.

Police said the gang operated from rented flats and used SIM cards bought in the names of labourers. Call records showed that the members made up to 200 calls a day, working in shifts.

⟦furniture:Also Read: Woman loses Rs 11 lakh in 'digital arrest' scam; police issue advisory⟧

The DCP said the accused had also been using a fake website with the logo of a central agency, which displayed the victim's name and an "arrest warrant" number. When officers opened the site during the investigation, the name field showed ⟦placeholder:undefined⟧ until a phone number was entered.

The police urged the public not to panic if they receive such calls. "No law enforcement agency conducts arrests over video calls or asks people to transfer money for verification," the DCP said.

Victims of cyber fraud can report complaints on the national helpline 1930 or through the cybercrime reporting portal. Police said quick reporting within the first hour greatly improves the chance of freezing the money before it is withdrawn.

Further investigation is on to identify the remaining members of the gang, who are believed to be operating from outside the country.
"""),

("Tri-County Sentinel", """
Jury convicts former county treasurer of embezzling $1.4 million

A Marion County jury on Wednesday found former County Treasurer Glen Hollister guilty of embezzling more than $1.4 million from county accounts over six years, rejecting his claim that the transfers were authorized loans.

The jury of seven women and five men deliberated for about five hours before convicting Hollister, 61, on 11 counts, including theft by a public official ⟦stray: ;⟧ misuse of public funds and filing false financial reports.

Hollister showed little reaction as the verdicts were read. His wife, seated behind him in the gallery, wept.

Prosecutors told jurors that Hollister moved money from a little-used reserve account into a business account controlled by his brother-in-law, then used it to pay off personal credit cards and make payments on a lake house. The transfers were disguised as payments to a software vendor.

"He didn't borrow this money," Assistant District Attorney Janet Okafor said in closing arguments. "He took it, and he hid it."

Defense attorney Michael Strand argued that Hollister intended to repay the money and that a former county administrator had approved the arrangement verbally. The former administrator testified that he had done no such thing.

The discrepancies came to light in 2022 when a state auditor noticed that the software vendor had ⟦break:no contract. with the county⟧ and no record of providing services.

"We're disappointed," ⟦attribution:Strand said outside the courtroom, the defense attorney said⟧. "We'll be reviewing all options, including an appeal."

County Commissioner Sharon Blake, who attended much of the two-week trial, said the verdict was a step toward restoring public trust.

⟦embed:Justice was served today. Taxpayers deserve to know their money is safe. Grateful to the jurors for their service.

— Sharon Blake (@CommBlakeMarion) October 16, 2024⟧

Since Hollister's resignation the county has hired an outside firm to review its financial controls and now requires two signatures for any transfer over $10,000.

Sentencing is scheduled for Dec. 4. The most serious charge carries a maximum of 15 years in prison. Hollister remains free on bond.
"""),

("Indo-Asian Wire Service", """
Jaiswal, Gill tons put India in command against England in Rajkot

Rajkot, Feb 17 (IAWS) Centuries from Yashasvi Jaiswal and Shubman Gill put India firmly in control of the third Test against England on Saturday, as the hosts extended their lead to 322 runs with eight wickets in hand at stumps on day three.

Jaiswal was unbeaten on 104 when he retired hurt with back spasms late in the afternoon session, having hit nine fours and five sixes. Gill made 65 not out at stumps after an aggressive partnership.

⟦foreign:"हमने सुबह से ही योजना बनाई थी कि दबाव बनाए रखना है,"⟧ Gill said at the post-match press conference.

England, who resumed on 207 for two, were bowled out for 319 in the morning session, losing their last eight wickets for 95 runs. Mohammed Siraj took four wickets, while Kuldeep Yadav and Ravindra Jadeja picked up two each.

Ben Duckett, who made a brilliant 153 on the second day, fell early when he edged Kuldeep to Gill at slip. After that, England's middle order collapsed against the spinners on a pitch that began to show signs of wear.

⟦dup:1⟧

India's second innings began cautiously, with Rohit Sharma falling for 19 to a catch ⟦glued:inthe⟧ deep off Joe Root. Jaiswal then took charge, driving and pulling with confidence against the pacers and stepping out to the spinners.

The BCCI shared a clip of Jaiswal's hundred on its social media handle soon after the milestone.

⟦embed:💯 for @ybj_19! A second Test century for the youngster and what a knock this has been 👏👏 #INDvENG @IDFCFIRSTBank pic.twitter.com/Hn3kZpL9sW

— BCCI (@BCCI) February 17, 2024⟧

England's bowlers struggled for control in the final session, conceding more than five runs an over. Captain Ben Stokes used seven bowlers but could not break the partnership before the close.

The five-match series is level at 1-1. With two days remaining and the pitch expected to deteriorate further, India will look to bat for another session before declaring on Sunday.
"""),

("The Mesa Gazette", """
Monsoon storms knock out power to 40,000, flood East Valley streets

A fast-moving line of monsoon thunderstorms swept across the East Valley on Monday evening, knocking down power poles, flooding intersections and leaving about 40,000 customers without electricity at the height of the storm.

Wind gusts of up to 68 mph were recorded near Falcon Field in Mesa shortly before 7 p.m., according to the National Weather Service in Phoenix. Parts of Gilbert and Queen Creek received more than an inch of rain in less than 45 minutes.

⟦placeholder:[[map-widget: outages-east-valley-0812]]⟧

Salt River Project said crews had restored power to most customers by Tuesday morning, but about 3,200 homes in southeast Mesa were still waiting at midday. The utility said 27 poles were damaged, most of them along Power Road and Ellsworth Road.

Mesa firefighters responded to several calls for stranded drivers, including a woman whose sedan stalled in water at a dip on Higley Road. She was helped out of the car and was not injured.

"Every year we see people driving around the barricades, and every year we pull people out," said Mesa Fire and Medical Department spokesman Ken Duarte. "Turn around. It's not worth it."

The storm also uprooted trees at a park near Gilbert Road and tore part of the roof off a warehouse in an industrial area near the airport. No injuries were reported.

Forecasters said the monsoon pattern would continue through the week, with the best chance of storms on Wednesday and Thursday. Meteorologist Ana Lopez said moisture levels ⟦broken_paragraph:were unusually high for

mid-August⟧, raising the risk of flash flooding in areas recently burned by wildfires.

The weather service urged residents to keep phones charged and to avoid washes and low-water crossings. Power outages can be reported to SRP by phone or through its mobile app.

Despite the damage, the rain was welcome for some. Phoenix Sky Harbor had recorded just 0.11 inches of rain since the monsoon officially began on June 15.

⟦disclaimer:This story was compiled from a regional wire feed and automated weather data and has not been reviewed by an editor.⟧
"""),

("Bharat Wire Agency", """
Delhi records over 1,200 dengue cases in a week as civic bodies step up drive

New Delhi, Oct 9 (BWA) The national capital recorded 1,214 dengue cases in the week ending October 5, the highest weekly tally this year, according to a report released by the Municipal Corporation of Delhi on Monday.

The total number of cases this season has now crossed 5,300, with three deaths reported so far. The civic body said the number of cases was likely to rise further before the onset of winter brings mosquito breeding under control.

⟦fragment:Prompting the corporation to deploy additional teams for fogging and larvicide spraying in all twelve zones.⟧

Officials said breeding checkers had visited over 3.2 crore households since January and detected mosquito breeding in about 1.6 lakh homes. Legal notices have been issued to over 1.2 lakh households and institutions, including several government buildings and construction sites.

Doctors at major government hospitals said a large share of patients were coming in with low platelet counts and dehydration. Several hospitals have reserved beds for dengue patients and set up fever clinics in their outpatient departments⟦stray:..⟧

"Most patients recover with fluids and rest, but people should not take painkillers like ibuprofen without advice, and should come to hospital if they see bleeding or severe abdominal pain," said a senior physician at a central government hospital.

Cases of malaria and chikungunya have also risen, though at a slower pace. Public health experts blamed the prolonged monsoon, which brought heavy rain well into late September, and water stagnation at construction sites.

⟦fragment:While the government maintaining that the situation is under control and that adequate testing kits are available.⟧

The Delhi Health Minister chaired a review meeting with officials of the civic body and hospitals on Monday and directed them to ensure that no patient was turned away for want of beds. Residents have been asked to empty coolers, flower pots and overhead tanks at least once a week.

⟦furniture:Get the day's top stories in your inbox — Subscribe to the BWA Morning Brief. Enter your email ▸⟧

The MCD has also launched a helpline and a WhatsApp number for residents to report mosquito breeding in their localities.
"""),

("Riverbend Daily Press", """
Hadley Appliance to close Riverbend plant, cutting 640 jobs

Hadley Appliance will close its Riverbend dishwasher plant by the end of next year and move production to a newer facility in Tennessee, eliminating about 640 jobs in one of the city's largest remaining manufacturing operations.

The company notified employees Monday morning at a series of shift meetings and filed a required notice with state labor officials the same day. Production will wind down in stages starting in the spring.

In a statement, Hadley said the Riverbend plant, which opened in 1968, would require more than $90 million in upgrades to remain competitive. "This was a difficult decision and it is in no way a reflection on the dedication of our Riverbend team," the statement said.

Workers leaving the plant after the announcement said they had heard rumors for months but still felt blindsided. "I've got 27 years in there," said Terry Mulvaney, a line technician. "Where am I supposed to go at 54?"

Local 812 of the United Steelworkers, which represents about 500 of the plant's workers, said it would seek to negotiate severance and extended health benefits. ⟦attribution:Union President Carla Dominguez said the union was "angry but not surprised," Dominguez said⟧.

Mayor Kevin Albright said he learned of the plans late Sunday ⟦glued:night.The⟧ mayor said he had spoken with company executives and asked them to consider selling the plant to another manufacturer rather than leaving it empty.

The plant has been a fixture on the city's west side for more than half a century. At its peak in the late 1980s, it employed nearly 2,000 people.

Economic development officials ⟦break:said they would. Begin⟧ marketing the site immediately. The county's workforce board will hold job fairs and offer retraining grants to affected workers.

A video of the mayor's remarks was posted to the city's social media channels.

⟦embed:Mayor Albright responds to Hadley Appliance announcement
City of Riverbend · 2.1K views · 3 hours ago
This video is embedded from Facebook. To view it, you may need to allow third-party content.⟧

Hadley employs about 11,000 people at nine plants in the U.S. and Mexico. Its stock rose 2% on the news.
"""),
]
