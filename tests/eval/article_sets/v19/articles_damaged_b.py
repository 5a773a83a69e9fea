ARTICLES = [
("Otago Southland Press", """Dunedin councillors back Princes Street cycle lane after marathon debate

⟦furniture:Home › News › Dunedin › Local Government⟧

Dunedin City Council has narrowly approved a separated cycle lane along Princes Street, ending a debate that stretched across two days and drew more than 60 speakers to the public forum.

Councillors voted 8-7 on Wednesday evening in favour of the $6.8 million project, which will run from the Octagon to the Southern Motorway on-ramp and remove about 90 on-street car parks.

Under the design, the lane will be separated from traffic by ⟦break:a low. Concrete kerb⟧ and planter boxes, with new signalised crossings at Stafford and Police streets. Work is expected to start in February and take about ten months.

Cr Sophie Barrow, who chairs the infrastructure committee, said the city had to plan for a future in which more people cycled to work and school. "Every cyclist on Princes Street is one fewer car looking for a park in the central city," she said.

Opponents on council argued the loss of parking would hurt retailers already struggling with roadworks and the shift to online shopping.

Cr Hamish Leckie said he had heard from dozens of small business owners in the southern end of the CBD. "These are the people who sponsor your kids' rugby team and keep the lights on in this part of town," he said. "We're asking them to carry the cost of a project many of their customers will never use."

⟦dup:2⟧

A council spokesperson said the project would be funded partly by Waka Kotahi, which had committed 51 per cent of the cost, and that the remainder would come from the council's existing transport budget rather than new borrowing.

⟦placeholder:[VIDEO]⟧

Spokespeople for the Dunedin cycling advocacy group Bike Dunedin welcomed the decision, saying the route was one of the most dangerous in the city for people on bikes. Two cyclists have been seriously injured on Princes Street in the past three years.

The Otago Chamber of Commerce said it was disappointed and would ask the council to consider short-term parking for deliveries and disabled drivers on side streets.

Construction will be staged to keep at least one lane open in each direction at all times, the council said."""),

("Gladstone Harbour Herald", """Curtis Island LNG consortium signs new supply deal with Japanese buyer

One of the three liquefied natural gas plants on Curtis Island has signed a ten-year supply agreement with a major Japanese utility, securing jobs at the Gladstone site well into the next decade.

The agreement, announced on Thursday, will see about 1.3 million tonnes of LNG a year shipped from Gladstone to terminals in Osaka and Kobe from 2026. Neither party disclosed the price, but industry analysts estimated the contract could be worth more than ⟦glued:$1.2billion⟧ a year at current market rates.

The plant employs about 420 permanent staff and several hundred contractors, most of whom live in Gladstone, Tannum Sands and Boyne Island.

⟦attribution:"This is a strong vote of confidence in Gladstone and in the workforce we've built here over the last ten years," a spokesperson for the consortium told the Herald, the spokesperson told the Herald.⟧

The deal comes as Japanese utilities seek to lock in long-term gas supplies after the energy price shocks that followed Russia's invasion of Ukraine. Japan remains the largest buyer of Queensland LNG, followed by China and South Korea.

Gladstone Regional Council mayor Marion Pryce said the announcement was welcome news for local businesses that had been nervous about the future of the gas industry. "For years we've heard people say LNG is a short-term industry," she said. "Ten-year contracts tell a different story."

But environmental groups said the deal was at odds with Australia's emissions targets. A spokesperson for the Central Queensland Climate Alliance said the state should be focusing on renewable hydrogen and green metals rather than extending the life of fossil fuel exports.

The Gladstone Ports Corporation said the number of LNG carriers visiting the harbour had increased steadily since 2015, with more than 300 cargoes loaded in the last financial year.

Local training provider CQUniversity said it would expand its process plant operations course next year in response to demand from the LNG operators.

Shares in the consortium's Australian partner rose 2.4 per cent in Friday trading on the ASX.

⟦disclaimer:[Automated translation notice] Portions of this article, including remarks from the buyer's Tokyo press release, were translated from Japanese by software and have not been checked against the original.⟧"""),

("Eastern Cape Gazette", """Warriors clinch thriller at St George's Park with one wicket to spare

The Warriors kept their hopes of a domestic title alive on Saturday, beating the Titans by one wicket in a tense finish at St George's Park in Gqeberha.

Chasing 188 for victory, the home side slumped to 142 for eight before number nine batter Lwandile Mzimba and last man Yusuf Carelse put on an unbeaten partnership of 46 to steal the match with two balls left in the innings.

⟦fragment:Bowled out for 187 in the 44th over after a collapse of five wickets for 19 runs.⟧ The Titans had looked set for a much bigger total when their openers put on 84 for the first wicket.

Warriors seamer Ayanda Jantjies was the pick of the bowlers with four for 31, including two wickets in his first over back after lunch.

"I just tried to hit the top of off stump and let the pitch do the rest," Jantjies said. "The ball was doing a little bit off the seam, and ⟦broken_paragraph:our captain

kept⟧ backing me with attacking fields."

Mzimba, who finished on 32 not out, said the dressing room had been quiet when he walked out to bat. "Everybody was thinking, how are we going to get these runs⟦stray: ?⟧ I told Yusuf, just stay with me and we'll get there one at a time."

The Warriors celebrated the win on social media within minutes of the final ball.

⟦embed:Warriors Cricket
@WarriorsCricket
What a finish at St George's!! 🏏🔥 Mzimba and Carelse, take a bow. #4DayDomestic #WarriorsFamily
4:51 PM · Oct 12, 2024
·
12.4K Views⟧

The crowd of just under 3,000 was one of the biggest at the ground for a domestic one-day fixture in several seasons, with the brass band in the old grandstand playing throughout the afternoon.

The Warriors are now third on the log with three matches remaining. They travel to Bloemfontein next weekend to face the Knights, who are yet to win a game this season.

Titans captain Rudi Pretorius said his side had only themselves to blame. "We had them where we wanted them and we let it slip," he said. "That's cricket. We'll learn from it."

Warriors coach Ashwell Nkosi said the win would give his young side confidence ahead of the final stretch."""),

("Oceania Press Service", """Tongan parliament passes budget with boost for outer-island schools

NUKU'ALOFA — Tonga's Legislative Assembly has passed the government's budget for the coming financial year, including a significant increase in spending on schools and health clinics in the outer islands of Ha'apai, Vava'u and the Niuas.

The budget of 650 million pa'anga was approved by 17 votes to 6 after three days of debate. It includes 28 million pa'anga for school buildings damaged by the 2022 Hunga Tonga–Hunga Ha'apai eruption and tsunami, some of which are still operating from temporary classrooms.

The Minister of Finance told the House that the budget ⟦break:aimed to. rebuild⟧ public services while keeping the country's debt at a sustainable level. Tonga has received large amounts of grant funding from Australia, New Zealand, China and the World Bank since the eruption.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.⟧

The Member for Ha'apai 12, a noble's representative, said the people of the outer islands had waited a long time for fair treatment. Speaking in Tongan, he told the House: "⟦foreign:Ko e me'a mahu'inga taha kiate kimautolu ko e kaha'u 'o 'emau fānau mo e ako 'oku nau ma'u.⟧"

Opposition members criticised the budget for not doing more to address the cost of living. Imported food prices have risen sharply, and many families rely on remittances from relatives working in New Zealand, Australia and the United States.

The Leader of the Opposition said the government should have cut the consumption tax on basic foods such as flour, rice and tinned fish. "Our people cannot eat school buildings," he said.

The government also announced increased funding for the Ministry of Health to recruit nurses, after an exodus of staff to better-paid jobs in New Zealand and Australia under seasonal worker and skilled migration schemes.

Economists at the Reserve Bank of Tonga have forecast economic growth of about 2.5 per cent this year, driven by construction and tourism, which has slowly recovered since the reopening of the borders.

The budget will take effect on July 1."""),

("Wimmera Ledger", """Wimmera swelters as heatwave pushes temperatures past 44 degrees

Horsham recorded its hottest November day in more than a decade on Tuesday, with the temperature reaching 44.2 degrees at the airport just after 4pm, according to ⟦glued:the Bureauof⟧ Meteorology.

Nhill and Warracknabeal both topped 43 degrees, and a total fire ban was declared for the Wimmera and the Mallee as hot northerly winds gusted to 70 kilometres an hour across the region.

The CFA said crews had responded to more than a dozen grass and scrub fires across the district, including a fast-moving blaze near Natimuk that burned about 150 hectares of stubble before it was brought under control by ground crews and two water bombers.

"Farmers did a great job getting their own units out quickly, and that made a real difference," said CFA district operations manager Craig Lowe. "But conditions were extremely dangerous for most of the afternoon."

⟦dup:1⟧

Powercor reported outages affecting about 2,300 customers in Horsham, Dimboola and surrounding areas after a tree branch brought down a line during the afternoon. Most were reconnected by 9pm.

The heat also forced changes to local events. Horsham's twilight netball competition was cancelled, and several schools sent students home early or moved classes into air-conditioned libraries and halls.

⟦furniture:Get the Wimmera Ledger's morning briefing delivered to your inbox every weekday. Enter your email address   [ Sign me up ]   You can unsubscribe at any time.⟧

Wimmera Health Care Group said its emergency department at Horsham had treated several people for heat-related illness, mostly older residents and outdoor workers. Staff urged people to drink plenty of water, stay indoors during the hottest part of the day and check on elderly neighbours.

A cool change was expected to move through the district overnight, bringing a drop of more than 15 degrees and the possibility of storms. The bureau warned that dry lightning could spark new fires in grassland that had cured quickly over the past fortnight.

Grain growers in the middle of harvest were advised to stop work during the hottest hours, as headers and machinery are a common cause of paddock fires in these conditions."""),

("Hawke's Bay Sentinel", """Orchard manager jailed for stealing $340,000 from Hastings employer

A former orchard manager who stole more than $340,000 from his Hastings employer over four years has been jailed for two years and nine months.

Darren Michael Pask, 47, was sentenced in the Napier District Court on Friday on representative charges of theft by a person in a special relationship and using a document for pecuniary advantage.

The court heard Pask created false invoices for pruning and picking contractors who did not exist, and paid the money into bank accounts he controlled. He used the funds to pay off a mortgage, buy a boat and take his family on two overseas holidays.

The offending was discovered after the company's accountant noticed that one of the contractors had the same bank account number as a staff member's relative⟦stray:..⟧ An internal investigation followed, and the matter was referred to police.

Pask's lawyer, Rachel Horomona, told the court her client had started stealing after the orchard suffered heavy losses in a hailstorm and his own salary was frozen. ⟦fragment:Because he was worried about losing the family home on a single income.⟧ She said he had since sold the boat and repaid about $60,000.

⟦attribution:Judge Geoffrey Tinsley said the offending was sustained and deliberate and had "gone well beyond a moment of weakness", the judge said.⟧ He noted that the orchard's owners had trusted Pask completely and had treated him as part of the family.

In a victim impact statement, the orchard's co-owner said the theft had come at the worst possible time, as the business was rebuilding after Cyclone Gabrielle. "We were laying off seasonal staff and cutting our own wages while he was writing himself cheques," she said.

The judge declined an application for home detention, saying the amount taken and the length of the offending required a prison sentence. He ordered Pask to pay a further $40,000 in reparation on his release.

Pask showed no emotion as the sentence was read, and he was led from the dock by court security.

⟦disclaimer:This story has not been edited by Hawke's Bay Sentinel staff and is published automatically from a syndicated agency feed.⟧"""),

("Pilbara Sun", """FIFO workers to get round-the-clock mental health support at Pilbara camps

⟦placeholder:By {{ author.display_name }} | {{ post.date }}⟧

Fly-in, fly-out workers at mining camps across the Pilbara will have access to 24-hour counselling and a network of trained peer supporters under a new program announced by the state government and resources industry on Monday.

The $14 million initiative will place qualified counsellors at four of the region's largest accommodation villages, with workers at smaller camps able to book telehealth sessions at any hour.

Mental Health Minister Rosa Delvecchio said the program responded to years of concern about the toll that long rosters, isolation and time away from family could take on FIFO workers.

"These are people who are working twelve-hour shifts, two weeks on and one week off, often thousands of kilometres from home," she said. "We need to make sure that when someone is struggling at two in the morning, there is somebody there to talk to."

A parliamentary inquiry in 2022 heard evidence of high rates of anxiety, depression and substance use among FIFO workers, as well as serious concerns about sexual harassment at some sites. The program will also ⟦break:provide training. For camp⟧ managers and supervisors in recognising the signs of distress.

Tom Hardacre, a former haul truck driver from Bunbury who now works as a peer supporter, said the biggest barrier was still ⟦broken_paragraph:stigma. "A lot of blokes
think asking for help⟧ means you can't handle the job," he said. "When they hear it from someone who has done the same rosters, it's different."

The Chamber of Minerals and Energy said companies would share the cost of the program with the government for the first three years.

Unions welcomed the announcement but said it must be matched by changes to rosters and better living conditions. A spokesperson for the Australian Workers' Union said counselling would not fix the underlying problem of fatigue.

Workers and their families can also call Lifeline on 13 11 14 or Beyond Blue on 1300 22 4636 at any time.

The first counsellors are expected to start at camps near Newman and Tom Price in early March, with the full rollout complete by the end of next year."""),

("South Pacific Wire", """Kumuls edge Fiji Bati in Port Moresby Pacific Test

PORT MORESBY — Papua New Guinea's Kumuls beat Fiji 26-20 in a physical Pacific Test in front of a sell-out crowd at Santos National Football Stadium on Saturday night.

The home side led 14-4 at half-time after tries to winger Junior Rau and five-eighth Edwin Ipape Jr, but Fiji fought back early in the second half to level the scores at 20-20 with fifteen minutes remaining.

A penalty goal and a late try to prop Moses Kaupa, who barged over from close range after a scrum win on the Fijian line, sealed the win and sent ⟦glued:Kumulsfans⟧ into raptures.

Coach Michael Barra said his players had handled enormous pressure. "The whole country is watching, and every one of these boys knows it," he said. "Fiji are a quality side and they came back hard, but we found something at the end."

⟦dup:1⟧

The Papua New Guinea Rugby Football League published highlights of the match on its official page late on Saturday.

⟦embed:Watch on Facebook
0:00 / 2:31
PNG Kumuls · Follow
Kumuls v Bati | Full highlights 🇵🇬🇫🇯
Like · Comment · Share⟧

Fiji coach Joe Rokotuiloma said he was proud of his side's effort after a difficult preparation disrupted by flight delays and player withdrawals. Several of Fiji's senior players were unavailable because of club commitments in Australia.

Outside the stadium, thousands of supporters in red, black and gold celebrated long into the night. Market vendor Grace Kila, who travelled from Lae to watch the match, spoke for many fans when she said: "⟦foreign:Mipela i amamas tru, ol pikinini bilong mipela i pilai gut tumas long dispela nait.⟧"

Rugby league is the national sport of Papua New Guinea, and the country is preparing to enter a team in the National Rugby League competition from 2028 under an agreement with the Australian government.

The two sides are scheduled to meet again next year in Suva. Papua New Guinea will also play Samoa and Tonga later in the season as part of the expanded Pacific Championships."""),

("Durban Coastal Post", """Young pianist brings maskandi twist to jazz at the Playhouse

The Playhouse in Durban was close to full on Friday night as 26-year-old pianist Sanele Mthembu presented his debut album, a project that blends township jazz, bebop and the guitar-driven sounds of maskandi.

Mthembu, who grew up in KwaMashu and started playing on a donated upright at his church, led a six-piece band through a 90-minute set that drew three standing ovations and an encore.

⟦fragment:Weaving the fast picking patterns of maskandi guitar into long, winding bebop lines on the keys.⟧ The opening track, named after his grandmother's village near Nongoma, set the tone for an evening of surprising combinations.

Speaking after the show, Mthembu said he had always felt the two traditions had more in common than people assumed. "Maskandi is storytelling music, and so is jazz," he said. "Both are about a person standing up and saying, this is my life, this is where I come from."

His band included veteran bassist Themba Cele, who has played with some of South Africa's best-known jazz musicians, and saxophonist Lindiwe Zulu, a recent graduate of the University of KwaZulu-Natal's music school.

Cele said he had been impressed by the young pianist's discipline⟦stray: :⟧ "He arrives early, he knows every chart, and he listens. Those are rare things."

The concert was part of a monthly series at the Playhouse aimed at giving emerging artists a professional stage. Organisers say ticket sales have grown steadily this year, with audiences younger than at many of the city's traditional jazz venues.

Music lecturer Dr Kagiso Molefe said the series had come at an important time for the local scene. "Durban has always produced wonderful musicians, but too many of them have had to move to Johannesburg to make a living," she said.

Mthembu's album is available on streaming platforms, and he will tour Pietermaritzburg, Richards Bay and Johannesburg in the coming months.

⟦furniture:Comments (0)
Be the first to comment. Log in or register to join the discussion. Comments are moderated and may take up to 24 hours to appear.⟧"""),

("Waikato Clarion", """Rare long-tailed bats found roosting in Hamilton gully

Ecologists have confirmed a new roost of long-tailed bats in a gully in Hamilton's south-west, a discovery they say shows the city is more important for the threatened native species than previously thought.

The pekapeka-tou-roa, one of New Zealand's only native land mammals, were detected using acoustic monitors and later filmed leaving a hollow in an old willow tree at dusk.

⟦placeholder:[[IMAGE:bat-survey-03.jpg|caption=]]⟧

University of Waikato ecologist Dr Kiri Mahuta said the team had counted 38 bats leaving the roost on a single night in late summer. "That's a significant colony for an urban area," she said. "It tells us these animals are finding enough insects and shelter to breed here, even with all the lights and traffic."

Hamilton is one of the few cities in the world with a resident population of long-tailed bats, which ⟦break:had. Been recorded⟧ in gullies and along the Waikato River for decades. But the bats are classed as nationally critical in some parts of their range, and numbers have declined as old trees have been cleared for housing and roads.

Project Echo, a partnership between the city council, university and community groups, has been monitoring the bats since 2011. Volunteers place detectors in backyards and gullies to record the high-pitched calls the bats use to navigate and hunt.

Dr Mahuta said the new ⟦glued:pekapekaroosting⟧ site was on private land, and the owners had agreed to protect the willow and plant native trees nearby. She asked people not to visit the area, as disturbance could cause the bats to abandon the roost.

The council's biodiversity adviser said the discovery would feed into planning rules for new subdivisions in the area, including requirements to reduce street lighting near known flight paths.

"We're learning that the bats use corridors of trees to move between feeding and roosting sites," he said. "If we break those corridors ⟦broken_paragraph:with roads and

bright lights⟧, the bats can't get across."

⟦disclaimer:This English version was produced by an automated translation service from our te reo Māori edition and may contain errors.⟧"""),

("Karoo Courant", """In conversation: the engineer keeping the Karoo's giant telescope in tune

On a clear winter morning near Carnarvon, the dishes of the MeerKAT radio telescope turn in silent unison towards a point in the southern sky. For Nomsa Mahlangu, the senior systems engineer responsible for keeping them running, the sight never gets old.

Mahlangu, 38, grew up in Mamelodi outside Pretoria and studied electrical engineering at the University of Pretoria. She joined the South African Radio Astronomy Observatory in 2014, when MeerKAT was still being built, and now leads a team of 22 technicians and engineers on site.

"People imagine astronomers looking through a lens, but this is a machine that listens," she said. "Each dish is an ear, and my job is to make sure all 64 ears are working together."

The telescope is a precursor to the Square Kilometre Array, an international project that will eventually place hundreds of dishes across the Karoo and thousands of antennas in Western Australia. Construction of the first SKA dishes is already under way.

⟦dup:2⟧

Life in the Karoo suits her, she says, though it took time to adjust. The site is about 90 kilometres from Carnarvon on gravel roads, and strict rules on radio interference mean cellphones must be switched off in the core area. "You learn to enjoy silence⟦stray:，⟧ and you learn to plan your shopping very carefully," she laughed.

She is proud of the number of young people from the Northern Cape who have been trained as technicians through the observatory's programmes. ⟦attribution:"Some of the best people on my team grew up in Carnarvon and Williston, and they know this landscape better than any of us," Mahlangu said, according to Mahlangu.⟧

Local farmers were initially wary of the project, which bought up several large farms and imposed restrictions on radio equipment across a wide area. Relations have improved, she said, though some tensions remain over land and jobs.

Asked what discovery she would most like to see, Mahlangu did not hesitate. "Something nobody has predicted," she said. "That's the best thing about building a new instrument. The universe always has a surprise waiting."

MeerKAT's images of the centre of the Milky Way have been published in leading scientific journals, and the telescope is booked by research teams from around the world years in advance."""),

("Eastern Cape Gazette", """African penguin numbers in Algoa Bay hit new low, survey finds

The number of African penguins breeding on St Croix Island in Algoa Bay has fallen to its lowest level on record, according to a survey released this week, prompting renewed calls for limits on ship-to-ship fuel transfers in the bay.

Researchers counted just over 1,000 breeding pairs on the island this year. ⟦fragment:Once numbering more than ten thousand breeding pairs on St Croix alone in the early 2000s.⟧ The colony was for many years the largest in the world.

⟦furniture:Follow us:  Facebook · Instagram · TikTok · WhatsApp Channel⟧

Scientists blame a combination of factors, including a shortage of sardines and anchovies, the penguins' main food, and disturbance from underwater noise. Bunkering, the practice of refuelling ships at anchor in the bay, has expanded rapidly since 2016, and two small oil spills have been recorded near the island.

Marine biologist Dr Ronel Kotzé of Nelson Mandela University said the decline was alarming. Speaking to fishermen at a public meeting in Gqeberha, she said: "⟦foreign:As ons nou nie optree nie, sal ons kinders hierdie voëls net in boeke sien.⟧"

The South African Maritime Safety Authority said bunkering operations were subject to strict conditions and monitoring. But conservation groups argue that the authority has approved too many operations in an area that is also a marine protected area.

Rehabilitated birds released earlier this month at Cape Recife drew a large crowd of onlookers, and the seabird rescue organisation SANCCOB shared the moment online.

⟦embed:Post by @sanccob.bsky.social
Twelve rehabilitated African penguins returned to the ocean at Cape Recife today 🐧💙 Thank you to our volunteers and donors!
August 14, 2024 at 10:02 AM
[image or embed]⟧

African penguins were reclassified as critically endangered by the International Union for Conservation of Nature in 2024. The global population is estimated at fewer than 10,000 breeding pairs, most of them in South Africa and Namibia.

The national Department of Forestry, Fisheries and the Environment has introduced fishing closures around some colonies to give penguins better access to food. Scientists say the closures must be widened and enforced for several years to have a lasting effect.

The full survey will be presented at a scientific workshop in Cape Town next month."""),

("Riverina Chronicle", """Man charged after farm machinery stolen across three shires

A ⟦placeholder:XX-year-old⟧ man has been charged over a string of thefts of farm machinery and fuel from properties in the Riverina, after police found a stolen tractor and two quad bikes on a property near Griffith.

Detectives from the Murrumbidgee Police District began investigating in August after farmers in the Leeton, Narrandera and Griffith shires reported the loss of equipment including a small tractor, a slasher, two motorbikes and more than 3,000 litres of diesel.

On Tuesday morning, officers executed a search warrant at a rural property off the Kidman Way, where they allegedly found several of the stolen items hidden in a shed under tarpaulins. Police said ⟦break:the man was. arrested at⟧ the property without incident and taken to Griffith police station.

He was charged with twelve offences, including receiving stolen property, break and enter, and larceny. He was refused bail and is due to appear in Griffith Local Court on Wednesday.

Detective Inspector Karen Molloy said the thefts had caused significant financial and emotional stress for farming families. "When you lose a tractor or your fuel supply in the middle of the season, it's not just the cost of replacing it, it's the work that doesn't get done," she said.

Police believe some of the stolen machinery may have been sold through online marketplaces, and have urged anyone who bought second-hand farm equipment in the region in recent months to check the serial numbers with police.

NSW Farmers said rural crime was a growing concern across the state, and called for more rural crime investigators to be based in regional police stations. The organisation also encouraged farmers to record serial numbers, install cameras and lock fuel tanks.

Leeton rice grower Frank Santoro, who lost a quad bike in the thefts, said he was relieved that an arrest had been made. "It makes you feel a bit safer," he said. "Out here you're a long way from help, and you get to know every car that goes past."

Investigations are continuing, and police have not ruled out further charges.

⟦disclaimer:Auto-published from a NSW Police media release. This content has not been reviewed or rewritten by Riverina Chronicle journalists.⟧"""),

("Otago Southland Press", """Tiwai Point smelter workers relieved as power deal extends operation

Workers at the Tiwai Point aluminium smelter near Bluff say they can finally plan for the future after the smelter's owners confirmed a new long-term electricity deal that will keep it running for at least another twenty years.

The agreement with three of the country's largest electricity generators was announced on Friday, ending years of uncertainty about the future of Southland's biggest private employer.

About 750 people work directly at the smelter, and economists estimate that ⟦glued:another1600⟧ jobs in Southland depend on it through contractors, suppliers and services.

Smelter worker and union delegate Janine Fowler, who has worked at Tiwai for 19 years, said the mood on site had been "like a weight lifted". "We've had the closure hanging over our heads since 2020⟦stray:;;⟧ people have left for Australia because they couldn't wait any longer," she said.

The smelter uses about 13 per cent of New Zealand's electricity, most of it from the Manapōuri power station in Fiordland. Critics have argued that the power would be better used to help decarbonise the rest of the economy, and that the smelter has received a favourable price for decades.

The generators said the deal included provisions allowing them to reduce supply to the smelter in dry years, when hydro lakes are low, which would help ⟦broken_paragraph:keep power prices
stable⟧ for other consumers.

⟦dup:1⟧

Southland's mayors welcomed the news. A spokesperson for the Southland mayoral forum said the deal gave the region time to diversify its economy without the shock of a sudden closure.

Great South, the regional development agency, said it would continue to work on new industries including data centres, green hydrogen and aquaculture, some of which could use power from Manapōuri if the smelter eventually closes.

Fowler said many of her colleagues were now talking about buying houses and starting families in Invercargill. "For a long time it felt like the whole town was holding its breath," she said. "Now we can breathe out."

The smelter's owners said no further details of the price or contract length would be released, citing commercial sensitivity."""),

("Oceania Press Service", """Pacific artists gather in Honolulu for regional festival

HONOLULU — Thousands of artists, dancers, carvers and navigators from across the Pacific have gathered in Honolulu for the Festival of Pacific Arts and Culture, the largest celebration of indigenous Pacific culture in the world.

Delegations from 28 island nations and territories are taking part in the ten-day event, which was postponed from 2020 because of the COVID-19 pandemic.

The opening ceremony on Thursday began with the arrival of traditional voyaging canoes at Kualoa Regional Park, where hundreds of people waited on the shore to welcome the crews with chants and songs. ⟦fragment:Sailing from as far away as Aotearoa and the Marquesas, guided only by stars and swells.⟧

The New Zealand delegation includes kapa haka performers, weavers and tā moko artists. Delegation leader Hemi Rāwiri said the festival was a chance to reconnect with Pacific relatives. Speaking at the opening, he said: "⟦foreign:He mea nui tēnei hui ki a mātou, ki ō mātou tūpuna hoki, nā rātou i whakatere waka ki konei i mua.⟧"

Fiji has sent one of the largest delegations, with more than 150 performers, including a group of meke dancers from Lau.

⟦attribution:"We have been practising every evening for six months," said dancer Mereoni Tuilau, 19, according to the dancer.⟧ "My grandmother taught me these movements when I was a little girl."

The festival is held every four years, with a different Pacific country hosting each time. Organisers say it plays an important role in keeping traditional knowledge alive at a time when climate change and migration are putting pressure on island communities.

Several workshops are focused on the impact of rising seas on cultural sites, including ancient burial grounds and village sites in Kiribati, Tuvalu and the Marshall Islands that are increasingly at risk from flooding.

The festival closes on June 16 with a combined performance at the Waikīkī Shell.

⟦furniture:About the author
Losana Vuniwai is the Oceania Press Service culture correspondent, based in Suva. She has reported on Pacific arts and heritage for twelve years. More stories by this author ›⟧"""),

("Gladstone Harbour Herald", """Cyclone watch issued for Gladstone as system deepens in Coral Sea

The Bureau of Meteorology has issued a cyclone watch for the coast between Sarina and Bundaberg, including Gladstone, as a tropical low in the Coral Sea is expected to strengthen into a cyclone within 24 hours.

The system was about 600 kilometres north-east of Gladstone on Sunday afternoon and moving slowly south-west. Forecasters said it could reach category two strength before crossing the coast or turning south late on Tuesday.

⟦disclaimer:This weather update is generated automatically from Bureau of Meteorology data feeds and wire copy and is not reviewed by our newsroom before publication.⟧

Bureau forecaster Kylie Strand said there was still uncertainty about the track. "Some of our models bring it over the coast near Gladstone, others keep it offshore and bring heavy rain and damaging winds to the coast without a landfall," she said. "Either way, people should be preparing now."

⟦placeholder:[VIDEO: cyclone-tracking-map.mp4 — autoplay=false]⟧

Gladstone Regional Council's local disaster management group met on Sunday and said sandbagging stations would open at Clinton, Tannum Sands and Agnes Water on Monday morning.

Mayor Marion Pryce urged residents to clean up their yards and ⟦break:secure loose. Items such as⟧ trampolines, outdoor furniture and bins. "Anything that isn't tied down becomes a missile in strong winds," she said.

The Bureau of Meteorology Queensland account posted the latest track map on Sunday evening.

⟦embed:Bureau of Meteorology, Queensland
Posted 2 hours ago
⚠️ Cyclone WATCH: Sarina to Bundaberg. Tropical low 17U expected to develop into a cyclone Monday. Latest track map: bom.gov.au/cyclone
Shared with Public · 3.4K reactions · 1.1K shares⟧

The Port of Gladstone said it was preparing to move ships out of the harbour if winds were forecast to exceed 40 knots.

Supermarkets in Gladstone reported strong demand for bottled water, batteries and tinned food on Sunday, with some stores running low on ⟦broken_paragraph:supplies by

mid-afternoon⟧.

Residents can find information on evacuation centres and road closures on the council's disaster dashboard, and should call the SES on 132 500 for storm assistance."""),

("Hawke's Bay Sentinel", """Five minutes with: the Gimblett Gravels winemaker who went back to basics

For two decades, Tessa Morland made wine for one of Hawke's Bay's biggest producers, overseeing a cellar that processed thousands of tonnes of grapes every vintage. Three years ago she walked away to start her own label on two hectares of Syrah in the Gimblett Gravels.

Her first release, a 2022 Syrah, sold out in three weeks and was named the best red wine at a regional wine show last month. We caught up with her at the winery.

What made you leave a secure job?

"Honestly, I wanted to get my hands dirty again. At a big winery you spend most of your time in meetings and on spreadsheets. I missed being in the vineyard at six in the morning with frost on the ground ⟦stray: ,⟧ tasting grapes and making decisions on the spot."

How is the wine made?

"Very simply. ⟦fragment:Picked by hand in the cool of the early morning, then fermented with wild yeasts in open vats.⟧ We don't add much. The gravels give you so much character that the best thing I can do is stay out of the way."

⟦dup:1⟧

What was the hardest moment?

"Cyclone Gabrielle, without doubt. Our vineyard was fine, but friends lost everything. We took in fruit from a neighbour whose winery ⟦glued:wasreally⟧ badly damaged, and we made a wine together. All the proceeds went to the recovery fund."

What's next?

"Another hectare of Syrah, planted next spring, and maybe a little Viognier to blend. But I don't want to grow too big. The whole point was to stay small enough to know every vine."

What would you tell young winemakers?

"Work vintages overseas, get your hands dirty, and taste everything, including the wines you think you won't like. You learn more from the bad ones than the good ones."

Morland's wines are sold at the cellar door on weekends and through a handful of restaurants in Napier and Havelock North.

⟦furniture:© 2024 Hawke's Bay Sentinel Ltd. All rights reserved. Reproduction in whole or in part without written permission is prohibited.⟧"""),
]
