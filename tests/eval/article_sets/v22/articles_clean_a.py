ARTICLES = [
("Prairie Tech Journal", """Saskatoon refurbisher bets on second-hand iPhones as new-phone prices climb

SASKATOON — In a warehouse off Faithfull Avenue, technicians at ReCell Prairie test about 1,400 used smartphones a week. Most are iPhones. A growing share are Samsung Galaxy and Google Pixel models, and nearly all of them will be resold within a month.

The company, founded in 2018 by brothers Arjun and Dev Malhotra-Fisk, sells refurbished phones, iPads and AirPods through its own website, on eBay and on Amazon's Canadian marketplace. Revenue reached $14.8 million in its last fiscal year, up 41 per cent, and the company now employs 62 people.

"Five years ago, a refurbished phone was something you bought for your kid. Now it's what a lot of adults buy for themselves," Arjun Malhotra-Fisk said. "A new iPhone 16 Pro is more than $1,400 with tax. A two-year-old 14 Pro in excellent condition is about half that."

Each device goes through a 52-point inspection, including battery health, Face ID, cameras, speakers and water-damage indicators. Phones whose batteries test below 85 per cent of original capacity get a new battery. Screens with scratches deeper than a fingernail can catch are replaced.

Independent repairers have benefited from changes in the industry. Apple and Samsung now sell genuine parts to independent shops through self-service repair programs, although ReCell says prices for some parts, such as iPhone displays, remain high.

The company sells about 55 per cent of its volume through eBay, where it has a 99.6 per cent positive feedback rating over more than 38,000 transactions. Customers can pay by credit card, PayPal or Interac e-Transfer.

Consumer advocates say buyers should check a few things before buying refurbished:

- whether the device is unlocked and not reported lost or stolen;
- the length of the warranty, ideally at least 12 months;
- the battery health percentage, shown in the iOS Settings app on iPhones;
- the return policy, including who pays return shipping.

Global shipments of refurbished smartphones grew about 5 per cent last year, according to industry research firms, while shipments of new phones were roughly flat.

ReCell plans to open its first retail counter, inside a Saskatoon mall, in the spring, and is in talks with two regional wireless carriers about supplying refurbished devices for their prepaid plans.

Dev Malhotra-Fisk said the biggest constraint was supply. "Everybody has an old phone in a drawer. Our job is to get it out of the drawer," he said."""),

("The Greyridge Gazette", """Greyridge council votes to keep Millbrook pool open for two more summers

Greyridge town council voted 5-2 on Tuesday to keep the Millbrook outdoor pool open for at least two more summers, reversing a staff recommendation to close the 1967 facility at the end of this season.

Staff had recommended closure after an engineering report found the pool's concrete basin was cracking and its filtration system was near the end of its life. Repairs needed to keep the pool running safely until 2027 are estimated at $310,000, compared with $4.6 million for a full replacement.

"This is where half the kids in Millbrook learned to swim. Including me," said Councillor Frank Delacroix-Wynn, who moved the motion. "We can buy ourselves time to plan properly."

Councillors Judith Amankwah and Peter Sokolov voted against. Sokolov said the town was "putting good money into a pool that will have to be closed anyway" and that the funds would be better spent on the indoor aquatic centre, which is booked to capacity for lessons.

The pool had 11,240 visits this summer, up from 9,800 last year, and ran 46 swimming lesson sessions. It is open from late June to Labour Day.

Recreation director Sandra Ilunga said staff would bring a long-term aquatics strategy to council next fall, including options for a new outdoor pool, a splash pad or an expanded indoor facility. Public consultation will begin in February.

Several residents attended the meeting wearing blue T-shirts printed with "Save the Millbrook Pool." Organiser Janet Kwiatkowski, a retired lifeguard, presented a petition with 1,960 signatures.

"We're not naive. We know it's old," she said. "We're asking for a real plan, not a quiet closure."

The $310,000 will come from the town's facility reserve. Work on the filtration system will be done in the spring.

Correction: An earlier version of this story incorrectly stated that the pool opened in 1957. It opened in 1967. The story also misspelled the name of Councillor Peter Sokolov. The Gazette regrets the errors."""),

("Mindanao Morning Post", """Davao vendors weigh cashless payments as city pushes QR codes in public markets

DAVAO CITY — At the Bankerohan Public Market, fish vendor Lorna Abapo keeps two things taped to the edge of her stall: a printed QR code for e-wallet payments and a cardboard sign listing the day's prices in pesos per kilo.

She estimates that one in five customers now pays by phone, up from almost none two years ago. "Mas dali na karon, dili na ko mangita og sukli," she said. "It's easier now, I don't have to look for change."

The city government launched a program in July to get vendors in its 14 public markets to accept QR payments, under a national standard that lets a single code work with multiple e-wallets and banks. So far, about 2,300 of the markets' roughly 6,100 stallholders have signed up, according to the city economic enterprise office.

City economic enterprise officer Ramon Tabada-Yu said the goal was 70 percent by the end of next year. "We're not forcing anyone. Cash is still legal tender. But vendors who accept QR are telling us they're selling more, especially to younger customers," he said.

Some vendors remain wary. Vegetable seller Teodoro Macalinao, 63, said he did not trust that the money would arrive, and worried about fees. "Basin mawala lang ang kuwarta," he said. "The money might just disappear."

Under the program, vendors pay no fee for receiving QR payments for the first 12 months. After that, the city says, most providers charge merchants between 0.5 and 1.5 percent.

The city has run workshops on spotting fake payment screenshots, a common scam in which a customer shows a doctored confirmation message. Vendors are told to check that the money has arrived in their own app before handing over goods.

Nationally, digital payments accounted for about 57 percent of retail payment transactions by volume last year, according to central bank data, up from 20 percent in 2020. The central bank has set a target of 60 to 70 percent.

Back at her stall, Abapo said her teenage daughter had set up her account. "Siya ang nagtudlo nako. Karon ako na ang magtudlo sa akong mga silingan," she said, laughing. "She taught me. Now I'm teaching my neighbours."

The city plans to extend the program to its tricycle and jeepney terminals next year."""),

("HealthWatch Canada", """Measles exposure warning issued for Northern Lakes hospital, two flights

Public health officials in the Northern Lakes region are warning people who were at several locations last week that they may have been exposed to measles, after a confirmed case in an unvaccinated adult who had recently returned from travel overseas.

The regional medical officer of health, Dr. Aaron Bélanger-Moss, said the person was infectious between Oct. 3 and Oct. 9 and is now recovering in isolation at home. It is the region's first confirmed measles case since 2019.

People may have been exposed at the following locations and times:

- Flight AC 8412 from Toronto to Thunder Bay, Oct. 3, rows 10 to 16;
- Northern Lakes Regional Hospital emergency department, Oct. 6, 2 p.m. to 9 p.m.;
- FreshWay grocery store, 412 Lakeshore Rd., Oct. 7, 10 a.m. to 1 p.m.;
- Birchwood Pharmacy, Oct. 8, 3 p.m. to 5:30 p.m.

"Measles is one of the most contagious diseases we know of. The virus can linger in the air for up to two hours after an infected person has left a room," Bélanger-Moss said.

People who were at these locations should check their immunization records. Anyone born in 1970 or later who has had two doses of a measles-containing vaccine is considered protected. Those born before 1970 are generally presumed to be immune because of past infection.

Symptoms to watch for, up to 21 days after exposure, include:

1. fever;
2. cough, runny nose or red, watery eyes;
3. small white spots inside the mouth;
4. a red, blotchy rash that starts on the face and spreads down the body.

Anyone who develops symptoms should call ahead before visiting a clinic or emergency department so that staff can take precautions.

Measles cases have risen sharply in Canada over the past two years, driven largely by outbreaks in communities with low vaccine coverage. Nationally, about 76 per cent of seven-year-olds had received two doses in the most recent survey, well below the 95 per cent needed to prevent outbreaks.

In the Northern Lakes region, two-dose coverage among kindergarten students was 81 per cent last school year. Public health will run catch-up clinics at the regional health unit on Saturdays through November; no appointment is needed.

The health unit has set up a phone line, 1-855-555-0147, for questions about exposure."""),

("Arts Quarter", """At 78, folk singer Agnes Tolliver records the album she says she was scared to make

Agnes Tolliver has been singing about fishing boats, mill towns and lost lovers for more than 50 years. Her new album, released Friday, is about something she says she avoided for most of that time: her own childhood in a foster home in rural Nova Scotia.

"I wrote everybody else's story. It took me until 78 to write mine," Tolliver said from her home on the edge of Eastport harbour, where a wood stove heats a front room crowded with guitars and a battered upright piano.

The album, Kitchen Door, has 11 songs, recorded over nine days in a converted church with a four-piece band. The title track opens with the lines she says came to her first, almost 40 years ago, and then sat in a notebook:

I left by the kitchen door
With a suitcase and a borrowed coat,
Nobody waved from the window,
Nobody wrote.

"I couldn't sing it. I'd get to the second line and stop," she said. "Now I can sing it every night. That's what age does, I suppose. It takes the sting out, or it takes the fear out."

Tolliver's career began in church basements and folk clubs in Halifax in the early 1970s. She has released 19 albums, won two national roots music awards and had songs covered by artists in Ireland, Australia and the United States.

Her most-streamed song, Tide Tables, from 1984, has about 6.2 million plays on Spotify, much of it driven by its use in a television drama two years ago. Tolliver said the royalties had, for the first time, made her "comfortable enough to take a risk."

Producer Liam O'Donoghue-Pratt, 34, said he had pushed for sparse arrangements. "Her voice has changed. It's lower and rougher, and there's so much in it now. The worst thing I could have done was bury it," he said.

The closing song, Forgiving Weather, ends with a verse she wrote last winter:

The harbour's froze and thawed again,
The gulls come back in spring,
I've made my peace with what I've lost
And I've kept the things that sing.

Tolliver will tour the Maritimes in November, with 14 dates in halls and churches. Several are already sold out."""),

("Visayas Business Daily", """Q&A: The head of Iloilo's biggest bakery chain on flour prices, wages and expansion

Panaderia Dela Paz has grown from a single bakery on Iznart Street in 1979 to 64 branches across Panay and Negros, with about 1,100 employees. President Carmela Dela Paz-Ledesma, 46, the founder's granddaughter, took over in 2019. She spoke to VBD about costs, competition and what comes next. The interview has been edited for length and clarity.

Flour prices are down from their 2022 peak. Have you cut your prices?

Partly. We reduced the price of pandesal by 25 centavos in March. Not on everything.

Why not?

Because flour is only one cost. Wages, electricity and LPG all went up. Our electricity bill alone is 38 percent higher than in 2021.

How many branches will you open this year?

Eight. Four in Iloilo province, two in Bacolod, two in Capiz.

Any plans for Cebu or Manila?

No. Not for now.

That's a firm no?

It's a "not yet." Cebu is a very competitive market. We want to be strong at home first.

Convenience stores now sell bread. Is that a threat?

Yes. Honestly, yes. They're open 24 hours, and they're everywhere. But their bread is baked in a central plant and trucked in. Ours comes out of the oven in the branch, every two hours from 4 a.m.

You raised wages above the regional minimum last year. Why?

Turnover. We were losing bakers to cruise lines and to bakeries in the Middle East. Training a baker takes six months. Losing one costs us more than paying one properly.

How much above minimum?

About 12 percent for bakers, 6 percent for counter staff.

Do you sell online?

Through the two big delivery apps, yes. It's about 9 percent of sales. Higher in Iloilo City, almost nothing in the towns.

What's the best-selling item?

Pandesal. Always pandesal. Then ensaymada, then our ube cheese bread, which we launched in 2021 and didn't expect to last.

Would you ever sell the company?

No.

Even for a good price?

My grandmother would come back to haunt me. No."""),

("Lakeshore Sports Desk", """Gulls edge Ravens in shootout to stay second in Western Division

The Kingsmere Gulls beat the Medicine Hat Ravens 3-2 in a shootout on Friday night, with goaltender Carter Mbeki stopping all three Ravens attempts to keep his team second in the Western Division with seven games left.

Captain Eli Fontaine scored the only goal of the shootout, beating Ravens goaltender Juho Lahtinen with a backhand deke in the second round. Regulation and overtime had ended 2-2.

"Shootouts are a coin flip. You just hope you're holding the right side of the coin," said Gulls coach Nadine Roussel. "Carter was the difference tonight. Again."

Medicine Hat took a 2-0 lead in the first period on goals from Tyler Ahn and Marcus Okwuosa, 41 seconds apart. Kingsmere replied with a power-play goal from Tomas Lindqvist-Achebe late in the second, and defenceman Owen Parisienne tied the game with 3:12 left in regulation.

Shots were 34-27 for Medicine Hat. The Ravens went 0-for-4 on the power play; the Gulls went 1-for-3.

Western Division standings (GP, W, L, OTL, PTS):

Medicine Hat Ravens 61, 40, 15, 6, 86
Kingsmere Gulls 61, 36, 19, 6, 78
Prince George Cougars 62, 33, 22, 7, 73
Red Deer Drovers 60, 29, 25, 6, 64
Kelowna Pines 61, 27, 28, 6, 60

Friday's other scores:

Prince George 5, Kelowna 1
Red Deer 4, Lethbridge 3 (OT)
Saskatoon 2, Brandon 0

Mbeki has now won eight of his last nine starts and leads the league in save percentage since the trade deadline at .937. He made 32 saves in regulation and overtime.

"The guys in front of me blocked a lot of shots in the third. I just had to see the ones that got through," Mbeki said.

The Ravens clinched a playoff spot with the point. Coach Ahmed Darwish said his team had "played 58 good minutes and two bad ones."

The teams meet again Sunday afternoon in Medicine Hat. Puck drop is 2 p.m. local time. The Gulls then play four of their final six games at home, beginning Wednesday against Kelowna.

Attendance at Harbourfront Centre was 6,014, the building's fourth sellout of the season."""),

("Northern Courts Reporter", """Appeal court upholds municipality's short-term rental bylaw

The provincial Court of Appeal has upheld a Port Alder bylaw that restricts short-term rentals to a host's principal residence, dismissing a challenge by a group of property owners who argued the city had exceeded its powers.

In reasons released Tuesday, Justice Samuel Ogunleye-Hart, writing for a unanimous three-judge panel, held that the bylaw was a valid exercise of the city's authority to regulate business licensing and land use under the provincial Community Charter. The decision is indexed as Harbour Rentals Assn. v. Port Alder (City), 2025 PACA 88.

The appellants, an association representing about 140 owners of properties listed on platforms such as Airbnb and Vrbo, argued that the bylaw was in substance a prohibition rather than a regulation, and therefore required express statutory authority.

The court rejected that argument. Citing the Supreme Court of Canada's framework in Canada (Minister of Citizenship and Immigration) v. Vavilov, 2019 SCC 65, the panel applied a standard of reasonableness and found the city's interpretation of its powers "well within the range of acceptable outcomes."

"A municipality may regulate an activity even where the practical effect of regulation is that some persons can no longer carry it on profitably," Ogunleye-Hart wrote at para. 47. The panel also relied on 114957 Canada Ltée (Spraytech, Société d'arrosage) v. Hudson (Town), 2001 SCC 40, for the principle that municipal powers should be read generously.

The bylaw, adopted in 2023, requires hosts to obtain a $150 annual licence, display the licence number in online listings and rent only their principal residence or a secondary suite on the same property. Fines range from $500 to $1,000 per day.

The city says the number of active short-term rental listings has fallen from about 780 in 2022 to 310, and that about 190 units have returned to the long-term rental market. The vacancy rate in Port Alder rose from 0.9 per cent to 1.8 per cent over the same period.

Lawyer Catherine Mbatha-Ross, who represented the association, said her clients were "disappointed" and would consider seeking leave to appeal to the Supreme Court of Canada. "Our members made investments in good faith under the rules that existed at the time," she said.

City solicitor Howard Nakagawa said the ruling confirmed the city's approach. "Council's priority is housing for people who live and work here," he said.

The panel awarded costs to the city."""),

("Pacific Rim Wire", """#BringBackRoute7: commuters' online campaign wins back cancelled bus line

QUEZON CITY (PRW) — A bus route cancelled in July will return to service next month after a social media campaign by commuters drew tens of thousands of posts and the attention of city councillors, transport officials said on Monday.

The campaign began with a single post on X by a nursing student, who wrote that her commute to a hospital in Fairview had gone from 55 minutes to more than two hours since Route 7 was cut. She added the hashtag #BringBackRoute7 and tagged the city's transport office, @QCTransportPH.

Within a week, the hashtag had appeared in more than 48,000 posts across X, Facebook and TikTok, according to a tally by a local media monitoring firm. Riders posted photos of crowded jeepney queues and screenshots of ride-hailing fares that had tripled at peak hours.

"I didn't expect anything. I was just tired and angry at 6 a.m.," said the student, Jamaica Rivera-Soliman, 21, who posts as @jam_rides. "Then my phone wouldn't stop buzzing."

The route, which ran 22 kilometres between Commonwealth Avenue and Cubao, was suspended after its operator's franchise lapsed and was not renewed. About 14,000 passengers a day used it before the suspension, according to the land transport regulator.

Three city councillors filed a resolution asking the regulator to issue a special permit for a temporary operator. The regulator approved the permit on Friday and said 24 air-conditioned buses would start running on Dec. 2, with a fare of 15 pesos for the first five kilometres.

Regulator spokesperson Aileen Mercado-Tan said social media had helped officials understand the scale of the problem. "The posts gave us real data: times, places, how long people waited. We used that," she said.

Transport advocates cautioned against relying on viral campaigns. "Route 7 came back because it trended. What about the routes nobody is posting about?" said Jerome Vasquez-Ong of a commuters' rights group, which runs the account @CommuteFairPH.

The regulator said it would review about 30 other suspended routes in Metro Manila by March.

Rivera-Soliman said she planned to ride the first bus. She has already changed her profile photo to a picture of a Route 7 signboard."""),

("The Greyridge Gazette", """Obituary: Walter 'Wally' Sorensen, mill foreman and Greyridge's unofficial weatherman, 88

Walter Sorensen kept a rain gauge in his backyard on Birch Street for 61 years. Every morning at 7 a.m., he wrote the reading in a ledger, along with the high and low temperature and a few words about the sky. Clear. Fog lifting. Wind from the lake.

He died Nov. 2 at Greyridge District Hospital. He was 88.

Born in 1937 in a logging camp north of Millbrook, the son of Norwegian immigrants, he left school at 15 to work at the Greyridge sawmill. He started on the green chain, pulling freshly cut lumber off a conveyor, and retired 42 years later as general foreman, responsible for about 300 workers over three shifts.

"He knew every man's name, and most of their kids' names too," said former mill manager Rick Dombrowski. "If somebody's wife was sick, Wally knew before I did."

The mill closed in 2001. It was the town's largest employer. Sorensen had retired four years earlier but spent months helping former colleagues with résumés and pension paperwork.

His weather records became a local institution. From 1982 until 2019, he phoned a daily report to the Gazette, which ran it on page two as "Wally's Weather." Federal climate researchers borrowed his ledgers in 2015 to fill gaps in the regional record, and found them accurate to within a few tenths of a millimetre.

Did he ever miss a day? Once. In 1996, when his first grandchild was born.

"He said the rain could wait," said his son, Erik Sorensen.

He married Ingrid Halvorsen in 1960. They had three children. Ingrid died in 2016.

In later years, as his eyesight failed, his granddaughter Lise read the gauge for him and he dictated the notes. He was proud that the ledger had no blank lines.

Not anymore. The family says Lise will keep it going.

He is survived by his children Erik, Marit and Thomas, seven grandchildren and four great-grandchildren.

A memorial will be held at Greyridge Lutheran Church on Nov. 15 at 2 p.m. The family asks that donations be made to the Greyridge District Hospital Foundation."""),

("Pacific Rim Wire", """Bridge closure cuts main road link to northern Iloilo towns

PASSI CITY, Iloilo (PRW) — Provincial authorities closed a 120-metre bridge on the main highway to northern Iloilo on Thursday after engineers found a crack in one of its piers, forcing trucks and buses onto a detour that adds about 40 minutes to the trip.

The Cawayan Bridge, built in 1978, carries an average of 11,500 vehicles a day, according to the Department of Public Works and Highways (DPWH). Light vehicles will be allowed across one lane from Saturday, but trucks over 10 tonnes will be barred until repairs are complete.

Workers inspect the damaged pier of the Cawayan Bridge in Passi City on Thursday. (PRW photo)

DPWH district engineer Cynthia Lorenzana-Paz said the crack, about 1.8 metres long, was found during a routine inspection on Wednesday afternoon. "We did not want to take any chances with a structure of this age," she said.

The detour takes heavy vehicles through the towns of San Enrique and Duenas on narrower provincial roads. Local officials in both towns have deployed traffic enforcers at key intersections and restricted parking along the route.

A bus company serving the route between Iloilo City and Roxas City said it was adding 30 to 45 minutes to schedules and had cut two late-night trips. Fares will not change.

Trucks carry sugarcane, rice and livestock from northern Iloilo and Capiz to ports and mills in the south. The provincial sugar planters' association said the milling season, which began in October, could be disrupted if the closure lasts more than a few weeks.

A crane lifts steel beams for temporary supports at the bridge site on Friday. (PRW photo)

The DPWH said temporary steel supports would be installed around the damaged pier within 10 days, after which a load test would be carried out. A permanent repair, or possibly a replacement, would be assessed once a full engineering study is complete.

The bridge was last rehabilitated in 2009. A 2023 DPWH inventory listed it among 46 bridges in Western Visayas rated in "fair" condition and due for further assessment.

Provincial Governor Antonio Defensor-Lim said he had asked the national government for emergency funds. "This is the artery of the north. We can't leave it like this for months," he said."""),

("Transit Lines Weekly", """Metro Vale sets out 10-year transit plan with five priority projects

The Metro Vale regional transit authority has approved a 10-year capital plan that would cost an estimated $4.3 billion and concentrates spending on five projects it says would carry the most riders per dollar.

The plan, adopted by the authority's board on Wednesday after 14 months of consultation, ranks projects using a scoring system that weighs projected ridership, travel-time savings, equity and climate benefits. The priority projects, in order, are:

1. A bus rapid transit (BRT) line on Hollis Boulevard, 11.2 km, estimated at $620 million, with opening targeted for 2029;
2. Frequency upgrades on 14 bus routes to every 10 minutes or better between 6 a.m. and 9 p.m., costing about $85 million a year in added operating funds;
3. Extension of the Harbourline LRT by 3.4 km to Northgate, at $1.15 billion;
4. A new bus garage for 250 vehicles, at $390 million, needed to house a growing battery-electric fleet;
5. Accessibility upgrades at 31 older stations, including elevators and tactile platform edges, at $210 million.

"We had a very long wish list. This is the list we can actually afford and defend," said board chair Priyanka Ferreira-Lund.

Not everyone was satisfied. Councillors from the region's eastern suburbs had pushed for a commuter rail extension to Eastmarsh, estimated at $1.8 billion, which finished seventh in the scoring. Eastmarsh Mayor Colleen Fortier called the process "a spreadsheet that doesn't understand geography."

Staff said the Eastmarsh line scored poorly because projected ridership, at about 4,200 weekday trips by 2041, was low relative to its cost. By comparison, the Hollis BRT is forecast to carry 38,000 trips a day.

The plan assumes funding from three sources: the federal permanent public transit fund, provincial capital grants and a regional development charge on new construction. About $900 million of the total remains unfunded.

Transit planning consultant Gareth Oyelaran said the ranked approach was increasingly common. "Boards used to approve everything and fund nothing. A ranked list forces the conversation," he said.

The authority will update the plan every three years. Detailed design of the Hollis BRT is scheduled to begin next spring."""),

("Frontier Science Review", """Tiny sensors reveal how bumblebees cope with heat waves

Researchers who glued radio tags weighing less than a grain of rice to the backs of 212 bumblebees have found that the insects cut foraging sharply when air temperatures exceed 30 degrees Celsius, a finding that could help explain declines in some bumblebee species.

The study, published this week, tracked common eastern bumblebees and two other species across 14 farm and meadow sites in southern Ontario over two summers.

What they found

Above 30 C, bees made on average 46 percent fewer foraging trips per hour, and each trip was shorter. At 35 C, foraging almost stopped in the early afternoon, with bees resuming activity after about 5 p.m.

"They are not lazy. They are avoiding overheating," said lead author Dr. Noor Haddad-Ellison, an entomologist at a university research station. "A bumblebee is a furry little engine. On a hot day, flying is dangerous for it."

Larger bees were more affected than smaller ones. Bees from colonies placed in shaded sites foraged about 20 percent more on hot days than those from colonies in full sun.

Why it matters

Bumblebees pollinate crops including blueberries, tomatoes and apples, as well as many wild plants. Several North American species, including the rusty-patched bumblebee, have declined dramatically over recent decades.

Heat waves in the study region have become more frequent. The number of days above 30 C has roughly doubled since the 1970s in parts of southern Ontario, according to federal climate data.

Co-author Dr. Luca Bertolini-Shaw said reduced foraging could mean colonies produce fewer new queens, which are needed to found next year's colonies. "A few bad days isn't a catastrophe. A few bad weeks in July, every year, could be," he said.

How they did it

The tags, each about 2.5 millimetres across and weighing 7 milligrams, transmitted a signal picked up by receivers at colony entrances and in flower patches. The team also recorded temperature inside the nest boxes.

What comes next

The researchers are now testing whether planting hedgerows and trees near fields, to provide shade and cooler microhabitats, helps bees keep foraging in hot weather. Results from the first season of that work are expected next year.

The study was funded by a federal research council and a provincial agricultural innovation program."""),
]
