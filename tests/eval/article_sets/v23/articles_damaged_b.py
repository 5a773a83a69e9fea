ARTICLES = [
("Doha Energy Monitor", """Wahat Solar wins 1.8-gigawatt tender with record-low tariff

RAS KHAIMAR — A consortium led by Wahat Solar Power has won a tender to build a 1.8-gigawatt photovoltaic plant in the desert south of Ras Khaimar after bidding a tariff of 1.18 U.S. cents per kilowatt-hour, the lowest ever recorded for a utility-scale solar project anywhere in the world, the state water and electricity authority said on Thursday.

The plant, which will cover about 36 square kilometres and include a 400-megawatt-hour battery storage system, is due to begin commercial operation in the second half of 2027. The authority will buy its output under a 25-year power purchase agreement, and the consortium, which includes a Chinese module manufacturer and a Japanese trading house, will hold a 60 percent stake, with the remaining 40 percent held by the state.

"Five years ago, we were told that solar could never compete with gas on a hot summer night," the authority's managing director, Sultan Al-Mazrouei, said at a signing ceremony. "With storage, it now competes around the clock, and it wins."

Eleven consortia submitted bids, the authority said, with the second-lowest offer coming in at 1.24 cents. ⟦fragment:Reflecting the steep fall in module prices over the past eighteen months, as well as cheap financing from Gulf banks.⟧

Industry analysts said the tariff was only possible because of the site's exceptional solar resource, with more than 3,500 hours of sunshine a year, and the government's willingness to provide land, grid connection and water for panel cleaning at no cost. "You cannot take that number and expect to see it in Spain or Texas," said Farah Nasser, a power-sector analyst at a Riyadh investment bank.

⟦embed:Wahat Solar Power (@WahatSolar) · 2h
Proud to announce we have been selected for the Ras Khaimar South PV project — 1.8 GW of clean power for 410,000 homes. Thank you to our partners. 🌞
Reply 38 · Repost 214 · Like 1.1K⟧

The project will lift the emirate's installed solar capacity to about 4.6 gigawatts, or roughly 28 percent of peak demand, putting it on course to meet a target of generating ⟦glued:40percent⟧ of its electricity from clean sources by 2030.

Construction is expected to employ about 2,500 workers at its peak. The authority said it would launch a separate tender early next year for a 600-megawatt wind farm along the coast, where average wind speeds are among the highest in the region."""),

("Science Frontier News", """Mountaintop telescope captures sharpest image yet of young planetary system

A telescope on the summit of Cerro Alvarado has produced the sharpest image yet of a planetary system in the process of forming, showing what astronomers believe is a newborn gas giant carving a gap in a disc of dust around a star about 370 light-years from Earth, according to a study released on Monday.

The image, captured by the observatory's new adaptive optics instrument, reveals a bright clump of material inside a dark ring in the disc surrounding the star HD 142911, which is estimated to be just four million years old. The researchers calculated that the clump has a mass between three and five times that of Jupiter.

"For decades we have drawn diagrams of planets forming inside discs, and now we can actually point to one and say, there it is, that is a planet being born," said Dr. Isabela Fuentes, an astronomer at the Andean Astrophysical Institute and the lead author of the study, published in the Astrophysical Journal Letters.

The instrument uses a deformable mirror with 3,200 actuators that adjust its shape up to 2,000 times a second to cancel out the blurring effect of the atmosphere. Engineers spent six years developing the system at a cost of about $48 million, funded by a consortium of universities in Chile, Brazil and Germany.

⟦dup:1⟧

Astronomers not involved in the research called the result striking but cautioned that follow-up observations would be needed to confirm that the clump is a planet rather than a temporary concentration of dust. "It is the right size in the right place, which is very suggestive⟦stray:¿⟧" said Dr. Tomasz Wierzbicki of the European Southern Sky Observatory. "But discs are messy places, and nature has fooled us before."

The team plans to observe the system again next year to ⟦break:see whether. The clump⟧ has moved along its orbit by the amount that would be expected for a planet at that distance from its star, about 22 times the distance between Earth and the sun.

If confirmed, the planet would be one of only a handful ever directly imaged while still forming, and the youngest with a measured mass. The study's authors said the discovery would help test competing models of how giant planets form, either by slowly accumulating solid material or by the rapid collapse of part of the disc under its own gravity.

Observing time on the instrument is booked through 2026, the observatory said."""),

("Arts & Stage Weekly", """Lisbon museum returns 14 bronze figures to Benin after decade of talks

LISBON — The National Museum of Ancient Art in Lisbon on Wednesday formally returned 14 bronze figures to Benin, ending more than a decade of negotiations over objects that Beninese officials say were taken from the royal palace at Abomey during a French military expedition in 1892 and later sold to a Portuguese collector.

The figures, which range from a 20-centimetre leopard to a nearly life-size warrior, were handed over at a ceremony attended by Portugal's culture minister, Beatriz Sequeira, and Benin's minister of tourism, culture and arts, Jean-Michel Adjovi. They will be flown to Cotonou next week and displayed at a new museum under construction in Abomey.

"These objects were never ours to keep, and for too long we pretended not to know how they came to us," Sequeira said in a speech in the museum's main hall. ⟦foreign:Hoje corrigimos uma injustiça que durou mais de um século, e fazemo-lo com humildade.⟧

Adjovi thanked the Portuguese government and said Benin would continue to seek the return of thousands of other objects held in museums in France, Germany, the United Kingdom and the United States. ⟦attribution:"This is a beginning, not an end," he said, Adjovi told the audience.⟧

The return follows a law passed by the Portuguese parliament in 2023 allowing state museums to deaccession objects acquired through violence or coercion during the colonial era, a measure that was opposed by some curators who warned it could empty the country's collections.

⟦placeholder:Photo: %s / Courtesy of %s⟧

Museum director Rui Falcão said provenance research had shown that at least nine of the figures had been catalogued in a French military inventory in 1893 before passing through a Paris auction house. The origins of the remaining five were less certain, he said, but the museum had concluded that the balance of evidence supported their return.

The Abomey museum, funded in part by a loan from the French Development Agency, is scheduled to open in late 2025. Benin has already received 26 objects from France, returned in 2021, which drew more than 200,000 visitors when they were exhibited in Cotonou.

Several other European museums are reviewing their holdings. A spokeswoman for the Spanish culture ministry said an inventory of African objects in state collections would be completed by the end of next year."""),

("Busan Harbour Times", """Jagalchi auction volumes fall to 20-year low as warm currents push mackerel north

BUSAN — The volume of fish sold at Busan's Jagalchi wholesale auction fell to its lowest level in twenty years in the first half of the year, market officials said on Monday, as warming waters in the Korea Strait drove mackerel and other key species north toward the East Sea and Russian waters.

About 61,400 tonnes of fish passed through the auction between January and June, down 17 percent from a year earlier and about half the volume recorded in 2004, according to figures released by the Busan Cooperative Fish Market. Mackerel, long the auction's most important species, accounted for ⟦glued:just9,800⟧ tonnes, down from more than 30,000 tonnes a decade ago.

"The boats are going out further and further, burning more fuel, and coming back with less," said Park Jung-ho, who has worked as an auctioneer at the market for 27 years. "Some mornings the hall is so quiet you can hear the gulls outside."

The National Institute of Fisheries Science said sea surface temperatures in the Korea Strait had risen by about 1.4 degrees Celsius over the past fifty years, more than twice the global average, and that the warming had accelerated in the past decade. ⟦stray:「⟧Species such as yellowtail and tropical squid, once rare in the area, are now appearing in nets in significant numbers.

Local officials said the decline was ⟦broken_paragraph:beginning to affect businesses far beyond the

harbour⟧, including ice makers, box manufacturers, trucking firms and the hundreds of small restaurants around Jagalchi that depend on a steady supply of fresh fish at affordable prices.

The Busan city government announced a 38 billion won support package last month, including fuel subsidies for coastal fishing boats and grants to help restaurants diversify their menus. The Ministry of Oceans and Fisheries is also considering revising catch quotas to reflect the shifting distribution of fish stocks.

Mackerel prices at the auction averaged 6,200 won per kilogram in June, up 41 percent from a year earlier. Retailers said consumers were increasingly turning to imported Norwegian mackerel, which now accounts for more than half of the mackerel sold in South Korean supermarkets.

⟦disclaimer:※ 이 기사는 AI 번역 시스템으로 영어로 번역되었습니다. This article was translated into English by an AI translation system.⟧"""),

("Lakeside Herald", """Homa Bay by-election: turnout low as rain and apathy keep voters home

HOMA BAY — Voters in the Homa Bay Town constituency went to the polls on Thursday in a by-election to replace the late MP Peter Ouma, but turnout was expected to be well below 40 percent as heavy rain and what residents described as election fatigue kept many people at home.

⟦furniture:Home / Counties / Nyanza / Homa Bay⟧

The Independent Electoral and Boundaries Commission said polling stations opened on time at 6 a.m. and that voting had proceeded peacefully at all 142 stations, although some stations in low-lying areas near the lake had to be moved to higher ground after overnight flooding.

Seven candidates are on the ballot, but the race is widely seen as a contest between Ouma's widow, Millicent Adhiambo, who is running on the ticket of his former party, and Samuel Ochieng, a businessman and former county executive running as an independent. ⟦fragment:Both promising to revive the town's struggling fish processing industry and to repair the road to Rangwe.⟧

"I have voted in every election since 1992, but this time I nearly stayed in bed," said Mary Akoth, 63, a fish trader, as she waited under an umbrella outside Homa Bay Primary School. "They all say the same things, and then we do not see them again for five years."

IEBC constituency returning officer Daniel Kiprono said that by 2 p.m. about 24 percent of the 71,300 registered voters had cast ballots. He said results were expected to ⟦break:be announced. By Friday⟧ evening, once tallies from all stations had been verified at the constituency centre.

⟦embed:IEBC KENYA (@IEBCKenya) · 11:42 AM · Jul 25
Polling is ongoing in Homa Bay Town Constituency by-election. Voters are reminded to carry their original ID cards. Stations close at 5:00 PM. #HomaBayByElection
👁 18.2K views⟧

Election observers from a coalition of civil society groups said they had received reports of voter bribery in two wards, where agents allegedly distributed cash and sugar near polling stations. Police said they had arrested three people and were investigating.

The seat has been vacant since March, when Ouma died in a road accident on the Kisumu-Homa Bay highway. He had represented the constituency for two terms."""),

("Cedar Falls Register", """Walter 'Buck' Hensley, 84, mechanic who kept the county's school buses running

CEDAR FALLS — Walter James "Buck" Hensley, who for four decades kept the Cedar Falls Community School District's fleet of yellow buses running through blizzards, floods and at least one tornado, died Tuesday at Cedar Valley Hospice. He was 84.

His daughter, Patricia Hensley Moore, said the cause was complications of pneumonia.

Born in 1940 in the river town of Garnavillo, he was the son of a blacksmith and learned to repair engines as a boy in his father's shop. He served in the U.S. Army from 1959 to 1962, working as a motor pool mechanic at a base in West Germany, and returned to Iowa to marry his high school sweetheart, Dorothy Kramer, in 1963.

He joined the school district's transportation department in 1966, when it had 14 buses, and retired as its head mechanic in 2006, when it had 61. ⟦attribution:"He never lost a route to a breakdown that he could have prevented," said former superintendent Gary Lindell, Lindell recalled.⟧

Colleagues said he had an almost uncanny ability to diagnose a problem by ear, and that drivers would sometimes call him from the roadside and hold the phone up to the engine. During the 1979 blizzard, he slept in the bus garage for three nights so that he could keep the diesel engines warm ⟦glued:enoughto⟧ start for emergency runs.

Outside work, he was a volunteer firefighter for 31 years, a deacon at Bethany Baptist Church and a devoted fan of the University of Northern Iowa football team, attending home games for more than half a century. He restored antique tractors in his garage and won ribbons at the county fair for a 1948 Farmall he rebuilt from a rusted frame.

Dorothy Hensley died in 2017. In addition to his daughter, he is survived by two sons, Mark and Daniel; a brother, Earl; nine grandchildren and three great-grandchildren.

Funeral services will be held at 10 a.m. Monday at Bethany Baptist Church, with burial at Greenwood Cemetery⟦stray:,,⟧ the family will receive friends from 4 to 7 p.m. Sunday at Dahl-Richter Funeral Home.

Memorials may be directed to the Cedar Falls Volunteer Fire Department or to Bethany Baptist Church."""),

("Gulf Aviation Ledger", """Marsa Hadid opens regional pilot academy to cut reliance on foreign crews

MARSA HADID — Sahra Airways and the Marsa Hadid Civil Aviation Authority on Wednesday opened a 180-million-dollar pilot training academy on the edge of the capital's airport, with capacity to train about 250 new commercial pilots a year, as airlines across the Gulf struggle with a global shortage of qualified cockpit crew.

The academy has 24 single-engine training aircraft, four twin-engine aircraft and six full-flight simulators, including two for the widebody type that Sahra ordered last year. Its first class of 64 cadets, selected from more than 9,000 applicants, began classes on Sunday.

"For forty years, this region has hired its pilots from everywhere except from here," Transport Minister Sheikh Faisal bin Rashed said at the opening ceremony. "We are very grateful to those who came, but a country that wants a world-class airline needs its own people in the cockpit."

About 70 percent of the pilots currently flying for Sahra Airways are foreign nationals, most of them from Europe, South Asia and South America. The airline aims to reduce that share to below 40 percent by 2035, and has said it will guarantee jobs to all graduates who complete the 22-month programme.

⟦dup:1⟧

Training costs of about $140,000 per cadet will be covered by the government, in exchange for a commitment to serve with a national carrier for at least seven years. ⟦fragment:Meaning a cadet who leaves early must repay a portion of the cost.⟧ Women make up 19 of the 64 cadets in the first class, a figure the academy's director, Captain Noura Al-Hashimi, described as "a start, but only a start."

The global airline industry will need about 650,000 new pilots over the next twenty years, according to industry forecasts, with the Middle East accounting for about ⟦placeholder:{{stat_middle_east_pct}}⟧ of that demand. Airlines in the region have increasingly turned to ab initio training programmes, which take candidates with no flying experience and train them for an airline career.

The academy has also signed an agreement to train pilots for two other regional carriers on a commercial basis, which officials said could eventually cover a third of its operating costs."""),

("Pacific Wire Service", """Nationwide earthquake drill tests new phone alert system

KANAZUMI — More than 14 million people took part in a nationwide earthquake drill on Sunday morning that for the first time tested a new generation of mobile phone alerts designed to give residents up to 20 seconds of warning before strong shaking arrives, the Cabinet Office said.

At 10 a.m. phones across the country sounded with a distinctive two-tone chime and displayed a simulated warning of a magnitude 8.1 earthquake off the southern coast. Schools, hospitals, railway operators and factories rehearsed evacuation procedures, and in coastal towns residents practised climbing to designated tsunami shelters.

"The alert is only useful if people know what to do in the seconds they are given," said Disaster Management Minister Hiroshi Kagawa, who observed the drill at an elementary school in Kanazumi. "Drop, cover and hold on. That is the whole lesson, and it must become instinct."

Officials said the new system, which uses data from about 1,700 seafloor and land-based sensors, was designed to reduce false alarms and to target warnings more precisely at areas expected to experience strong shaking, rather than alerting entire prefectures.

⟦embed:▶ 2:36 | What happened when 14 million phones went off at once — drill highlights | NHK-style explainer | 45,210 views · 3 hours ago⟧

Early feedback was mixed. The Cabinet Office said about 6 percent of participants in a sample survey reported that ⟦glued:theirphones⟧ did not receive the alert, and some users of older handsets complained that the message arrived several seconds late. ⟦foreign:通知が届かなかった端末については、通信事業者と協力して原因を調査する方針だ。⟧

Seismologists said the drill was a reminder that the country faces a significant risk of a major earthquake along the Nankai Trough in the coming decades. Government estimates put the probability of a magnitude 8 or 9 earthquake in the region within 30 years at ⟦break:between 70. And 80⟧ percent.

In Kanazumi, about 2,300 residents, many of them elderly, walked or were driven to a hilltop shelter within the target time of 15 minutes. Local officials said the exercise revealed that two evacuation routes were partially blocked by construction and would need to be cleared.

The next nationwide drill is planned for March, on the anniversary of the 2011 earthquake and tsunami."""),

("Harlan County Courier", """Harlan County Fair draws record crowds despite July heat

HARLAN CITY — The 112th Harlan County Fair closed on Saturday night with a record attendance of more than 41,000 people over six days, organizers said, despite a heat wave that pushed temperatures above 95 degrees for four straight afternoons and forced officials to open cooling stations in the livestock barns.

Fair board president Carl Jessup said attendance was up about 12 percent from last year, helped by a new Friday night concert series and the return of the demolition derby after a three-year absence caused by insurance costs. "We had people coming from Tennessee and Virginia just for the derby," he said. "That grandstand has not been that loud since I was a boy."

⟦furniture:🍪 This site uses cookies to give you the best experience. By continuing to browse you agree to our use of cookies. [Accept] [Learn more]⟧

Organizers said there were 14 heat-related medical calls during the week, all minor, and that volunteers handed out about 9,000 bottles of water donated by a local grocery chain. The 4-H livestock show was moved to early mornings to protect the animals.

The grand champion market steer, raised by 16-year-old Kaylee Brock of Evarts, sold at auction for $8.75 a pound⟦stray: ?⟧ a county record, to a group of local businesses. Brock said she would use the money to help pay for college, where she plans to study veterinary medicine.

Other highlights included a pie contest with 63 entries, won for the third year running by Opal Turner, 82, with a blackberry pie made from a recipe she said came from her grandmother. "The secret is lard, and I will not be taking questions," she said.

⟦placeholder:Related coverage: [link]()⟧

The fair board said it would spend part of this year's proceeds on shade structures and misting fans for next summer, and would consider moving the fair to the first week of August, when temperatures are usually slightly lower.

⟦disclaimer:This story was created with the help of automated tools and reviewed by a Courier editor before publication.⟧"""),

("Meridian Business Daily", """Container rates double on Asia-Europe routes as Red Sea diversions drag on

HONG KONG — Spot rates for shipping containers from East Asia to northern Europe have more than doubled since the start of the year, according to industry data released on Friday, as carriers continue to divert vessels around the Cape of Good Hope to avoid attacks in the Red Sea, adding ten to fourteen days to each voyage.

The cost of moving a 40-foot container from Shanghai to Rotterdam averaged $5,840 in the week to Thursday, up from $2,650 in early January, according to a freight index compiled by a London-based consultancy. Rates on routes to the Mediterranean rose even more sharply, to about $6,900.

"Every ship that goes around Africa instead of through Suez effectively takes capacity out of the market, and the market has not had time to adjust," said Vivian Cheung, head of logistics research at a Hong Kong investment bank. "Shippers are paying for that in higher rates and longer lead times."

The diversions have also ⟦broken_paragraph:raised fuel consumption, with

some carriers adding⟧ emergency surcharges of $500 to $1,000 per container to cover the extra bunker costs. Insurers have raised war risk premiums for vessels that continue to transit the Red Sea to as much as 1 percent of a ship's value per voyage.

⟦attribution:"We will return to the Red Sea only when our crews are safe," said a spokesman for Pacific Orient Lines, the spokesman for the carrier said.⟧ The company said about 80 percent of its Asia-Europe services were now routed around southern Africa.

Retailers in Europe have warned that the delays could lead to shortages of some goods and higher prices for consumers. ⟦fragment:Particularly furniture, electronics and clothing, which are shipped in large volumes from China and Southeast Asia.⟧

Some analysts said the increase in rates could ease in the coming months as a record number of new container ships are delivered. About 2.9 million containers' worth of new capacity is expected to enter service this year, equivalent to about 10 percent of the global fleet.

Shares in major container lines have risen sharply this year. Hong Kong-listed Pacific Orient Lines has gained about 38 percent since January, while its larger European rivals have also posted double-digit gains."""),

("Court Watch Dispatch", """Dubai tribunal upholds $410 million award against Kazakh pipeline builder

DUBAI — A court in the Dubai International Financial Centre on Tuesday upheld a $410 million arbitration award against a Kazakh pipeline contractor, rejecting arguments that the arbitrators had exceeded their authority and that enforcement of the award would violate public policy.

The award, issued in 2023 by a three-member tribunal under the rules of a Dubai arbitration centre, found that Steppe Pipeline Construction breached a contract with a Gulf energy company to build a 640-kilometre gas pipeline across western Kazakhstan, ⟦glued:abandoningthe⟧ project in 2020 with about 40 percent of the work complete.

Justice Eleanor Whitfield, writing for the court, said the contractor had been given a full opportunity to present its case during a hearing that lasted 23 days, and that its complaints amounted to "an attempt to relitigate the merits under the guise of a procedural challenge."

The ruling clears the way for the energy company, Al Noor Midstream, to seek enforcement of the award in other jurisdictions, including Kazakhstan, where Steppe has most of its assets. Lawyers for Al Noor said they had already filed enforcement proceedings in London and Astana.

⟦dup:2⟧

Steppe's lawyers had argued that the tribunal wrongly refused to consider evidence that Al Noor had delayed payments, which they said forced the contractor to suspend work. ⟦foreign:Компания намерена обжаловать это решение во всех доступных инстанциях.⟧

Arbitration specialists said the case was a significant test of the DIFC courts' approach to enforcement in cross-border construction disputes, which have become more common as Gulf investors finance infrastructure projects across Central Asia and Africa.

"The message is that the DIFC courts will not second-guess arbitrators on the merits, which is exactly what the international business community wants to hear," said Nadia Haddad, a partner at a Dubai law firm who was not involved in the case. The court also ordered Steppe to ⟦break:pay Al. Noor's legal⟧ costs, which lawyers estimated at about $3 million.

The pipeline was eventually completed by a Chinese contractor in 2023 at a cost about 60 percent higher than the original budget."""),

("Northern Lights Sports Report", """Bodø side clinches title with two games to spare after 4-0 rout

BODØ — Nordlys FK clinched its third league title in five seasons on Sunday with a 4-0 win over Stavanger United in front of a capacity crowd of 8,270 at the Aspmyra stadium, securing the championship with two rounds still to play and extending a remarkable run for a club from a town of 53,000 people inside the Arctic Circle.

Striker Magnus Holm scored twice in the first half, taking his total for the season to 24 goals, a club record, and Danish midfielder Rasmus Kjær added a third from a free kick shortly after the break. Substitute Ola Brekke completed the scoring in stoppage time.

⟦placeholder:[[VIDEO_EMBED_ID: undefined]]⟧

"When I came here, people in Oslo asked me if I would be playing on snow in June," said coach Jens-Petter Amundsen, who took over in 2019 when the club was in the second division. "Now they ask me how we do it⟦stray:??⟧ I tell them the same thing every time: hard work, good players and a lot of wind."

Nordlys finished the afternoon with 68 points from 28 matches, eleven clear of second-placed Rosenborg Athletic. The team has lost only twice all season and conceded just 19 goals, the fewest in the league.

⟦embed:Nordlys FK (@NordlysFK) · 4m
🏆 SERIEMESTERE 2024! Thank you Bodø, thank you fans, thank you everyone. See you at the town square tonight! 💛🖤
🔁 3,401  ❤ 12.8K⟧

The title guarantees the club a place in the qualifying rounds for next season's Champions League, where it reached the playoff round two years ago before losing narrowly to a Scottish side. ⟦fragment:A run that brought the club about 14 million euros in prize money.⟧

Stavanger, who needed a win to keep alive their slim hopes of catching Nordlys, rarely threatened after Holm's opening goal in the 12th minute. Their coach, Anders Lie, said his team had been "outplayed by a better side, and there is no shame in that today."

Thousands of fans gathered in the town square on Sunday evening, where players appeared on a balcony of the town hall with the trophy."""),

("Science Frontier News", """Sodium battery prototype survives 10,000 charge cycles in lab tests

A research team in Seoul has developed a sodium-ion battery that retained more than 90 percent of its capacity after 10,000 charge and discharge cycles, a durability that could make the technology attractive for large-scale storage of solar and wind power, according to a study published on Thursday in the journal Energy Materials Today.

Sodium-ion batteries have drawn growing interest because sodium is abundant and cheap, unlike lithium, whose price has swung wildly in recent years. But the batteries have generally worn out faster than their lithium-ion counterparts, because the larger sodium ions damage the electrode material as they move in and out.

The team, led by Professor Yoon Ha-eun of the Korea Institute of Energy Science, said it had solved much of the problem by coating the cathode with an ultrathin layer of a phosphate compound that acts as a kind of ⟦glued:shockabsorber⟧, allowing the crystal structure to flex without cracking.

"We did not invent a new material, we protected an old one," Yoon said in an interview. ⟦attribution:"Sometimes the simplest solution is the one that works," she said, the professor said.⟧

In tests at room temperature, the coated cells retained 91.4 percent of their original capacity after 10,000 cycles, compared with 58 percent for uncoated cells. The team also reported good performance at minus 20 degrees Celsius, a condition under which lithium-ion batteries often struggle.

Independent experts said the results were promising but noted that the tests had been carried out on small laboratory cells rather than the large-format cells used in grid storage. "Scaling up is where most battery breakthroughs go to die," said Dr. Henrik Solberg, a materials scientist in Trondheim who was not involved in the research. "The coating has to work just as well across a cell the size of a ⟦broken_paragraph:suitcase

as it does⟧ on one the size of a coin."

The institute said it had filed patent applications and was in talks with two South Korean battery manufacturers about pilot production. Energy density, at about 150 watt-hours per kilogram, remains lower than that of lithium iron phosphate cells.

⟦disclaimer:[This article was automatically generated from a university press release by an AI model. Facts have not been independently verified.]⟧"""),

("Doha Energy Monitor", """Fire halts Zubara refinery, cutting regional diesel supply

ZUBARA — A fire broke out at the 400,000-barrel-a-day Zubara refinery on Friday evening, forcing the shutdown of its main crude distillation unit and raising concerns about diesel and jet fuel supplies across the Gulf and East Africa, where the plant is a major exporter, the operator and traders said.

Civil defence teams brought the blaze under control after about five hours, the Zubara Refining Company said in a statement on Saturday, adding that no one had been seriously injured and that the cause of the fire was under investigation. Two workers were treated for smoke inhalation.

⟦furniture:ADVERTISEMENT⟧

People familiar with the situation said the fire had started in a heat exchanger on the crude unit, which accounts for about 60 percent of the refinery's processing capacity. They said repairs could take between three and six weeks, depending on the extent of the damage.

⟦dup:1⟧

The company said it would ⟦break:meet its. Contractual obligations⟧ to customers by drawing on inventories and by adjusting production at its other units. "We have sufficient stocks to meet domestic demand, and we are working closely with our export customers," chief executive Abdulaziz Al-Hajri said.

Traders said diesel cargoes loading from the Gulf for delivery to East Africa rose by about $3 a barrel in early trading on Monday⟦stray:;;⟧ premiums for jet fuel in the region also firmed. Zubara exports about 180,000 barrels a day of refined products, with Kenya, Tanzania and Pakistan among its largest customers.

"The timing is awkward, because several other refineries in the region are already in maintenance," said Mohammed Rashid, a refining analyst at a Singapore consultancy. "The market was tight before this, and now it is tighter."

The Zubara refinery, commissioned in 2019, is one of the newest and most complex in the region and was designed to produce low-sulphur fuels for export to Europe and Asia. It suffered a smaller fire in 2022 that shut one of its hydrocracking units for about ten days.

Government officials said they did not expect any shortages at domestic filling stations."""),

("Arts & Stage Weekly", """Seoul Philharmonic's Mahler cycle ends in triumph under young conductor

SEOUL — The Seoul Philharmonic Orchestra brought its two-year cycle of Mahler's symphonies to a close on Saturday night with a performance of the Eighth Symphony, the so-called "Symphony of a Thousand," that drew a standing ovation lasting nearly ten minutes at the Lotte Concert Hall and cemented the reputation of its 33-year-old music director, Han Seo-yeon.

The performance brought together about 420 musicians and singers, including the full orchestra, three choirs, a children's choir of 80 voices and eight soloists, filling the stage and the choir balcony so completely that some brass players stood in the aisles of the upper tier for the symphony's closing hymn.

"Mahler said he wanted this music to sound as if the universe itself were beginning to ring," Han said in an interview last week. "My job is simply to make sure that the universe is in tune."

Han, who was appointed music director in 2022 after a brief stint as assistant conductor in Frankfurt, is the youngest person and the first woman to lead the orchestra. Critics have credited her with sharpening the ensemble's playing and expanding its audience⟦glued:,particularly⟧ among younger listeners, who now make up about a third of subscribers.

⟦embed:🎥 Video (4:12) — Final bars of Mahler 8 at Lotte Concert Hall, with audience reaction. Uploaded by seoulphil_official · 61K views · 2,3K likes⟧

The orchestra's recording of the cycle, released on a German label, has sold more than 80,000 copies across formats, an unusually high figure for a complete Mahler set. Several of the earlier concerts in the cycle sold out within minutes of tickets going on sale.

Seoul Metropolitan Government, the orchestra's main funder, said it would increase the orchestra's budget by 15 percent next year to support a tour of Europe, with concerts planned in Vienna, Berlin, Amsterdam and London in the autumn.

Han said the orchestra's next major project would be a cycle of Bruckner symphonies, along with commissions of new works by Korean composers, including a cello concerto by the composer Lee Jae-won to be premiered in March.

⟦disclaimer:This article was originally published in Korean and has been translated by machine. The English version is provided for reference only.⟧"""),

("Busan Harbour Times", """Court orders ferry company to compensate passengers over 2022 engine fire

BUSAN — The Busan District Court on Wednesday ordered the operator of a coastal passenger ferry to pay a total of 1.9 billion won in compensation to 212 passengers who were on board when the vessel's engine room caught fire off Geoje Island in November 2022, ruling that the company had failed to maintain its fire suppression system.

No one was killed in the fire, but dozens of passengers were treated for smoke inhalation and several suffered broken bones during a chaotic evacuation onto a coast guard vessel in rough seas. Many of the plaintiffs said they continued to suffer from anxiety and sleep problems.

"The court finds that the company knew the automatic extinguishing system in the engine room had been faulty for at least two months before the incident and did not repair it," presiding Judge Oh Mi-kyung said. ⟦foreign:재판부는 선사가 승객의 안전보다 운항 일정을 우선시했다고 판단했다.⟧

The ferry, the Namhae Star, was travelling from Busan to Tongyeong with 226 passengers and 14 crew members when smoke began pouring from vents near the stern. Crew members ⟦broken_paragraph:attempted to fight the fire with hand-held extinguishers but

were⟧ driven back by the heat and smoke, according to the court's ruling.

Individual awards ranged from 3 million won to 42 million won, depending on the severity of injuries. ⟦fragment:With the largest sums going to a retired couple who were both hospitalised for more than a month.⟧

Lawyers for the plaintiffs said the ruling was one of the largest compensation awards in a South Korean maritime passenger case since the Sewol disaster in 2014. "This decision sends a message that safety equipment is not optional," said lawyer Jang Hyun-woo, who represented 140 of the passengers.

⟦placeholder:[사진: null]⟧

The operator, Namhae Coastal Shipping, said it respected the court's ruling and was reviewing whether to appeal. The company has since sold the Namhae Star and replaced it with a newer vessel.

The Korea Maritime Safety Tribunal, which investigates accidents at sea, concluded in a separate report last year that the fire had been caused by a fuel leak near an overheated exhaust pipe."""),

("Lakeside Herald", """Kisumu hospital opens cancer unit, ending 350-kilometre trips for patients

KISUMU — Jaramogi Oginga Odinga Teaching and Referral Hospital on Monday opened western Kenya's first public radiotherapy unit, a 1.2 billion-shilling facility that health officials said would spare thousands of cancer patients from the 350-kilometre journey to Nairobi for treatment.

⟦furniture:Subscribe to the Lakeside Herald morning newsletter — the news that matters on the lake, delivered daily. Enter your email⟧

The unit, built with funding from the national government and a loan from an international development bank, has two linear accelerators and can treat about 120 patients a day. It also includes a brachytherapy suite, used mainly for cervical cancer, which is the most common cancer among women in the region.

"Until today, a woman in Busia or Homa Bay who was diagnosed with cervical cancer had to find money for transport, for lodging in Nairobi, and then wait months for a slot at Kenyatta National Hospital," said Health Cabinet Secretary Dr. Ruth Wanjiku at the opening. "Many of them simply never went. ⟦attribution:Many of them died waiting," she said, Wanjiku said.⟧

Oncologists at the hospital said the waiting list for radiotherapy at Kenyatta had at times stretched to six months, by which point many cancers had advanced beyond the stage at which treatment could cure them.

⟦dup:1⟧

The hospital's chief executive, Dr. George Rakuom, said patients covered by the national health insurance scheme would be treated at no charge, and that the unit would operate in two shifts to cope with expected demand⟦stray: ,⟧ with a third shift to be added if needed.

He said the hospital had recruited four radiation oncologists and eight medical physicists, several of whom had trained abroad, and was sending more staff for training in India and Egypt. "Machines are easy to buy. People are ⟦break:harder to. Train and⟧ keep," he said.

Patient advocates welcomed the opening but said the region still lacked enough specialists to diagnose cancers early, and that many patients would continue to arrive too late for effective treatment."""),
]
