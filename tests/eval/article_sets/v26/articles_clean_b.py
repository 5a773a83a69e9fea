ARTICLES = [

# C14 poetry
("Stage & Screen Quarterly", """Retired ferry engineer wins national poetry prize with poems about the Irish Sea

A retired ferry engineer from Holyhead who began writing poetry at the age of 66 has won one of Britain's most prestigious prizes for a first collection.

Gwilym Parry, now 73, received the Aldgate Prize for Engine Room Psalms, a sequence of 41 poems drawn from his 38 years working below deck on ferries between Anglesey and Dublin. The award, worth £10,000, was presented at a ceremony in London on Thursday evening.

The judges described the book as "salt-stained, tender and unexpectedly funny". Chair of judges Naomi Achterberg said the panel had been unanimous. "We read more than 200 collections. This was the one none of us could stop talking about," she said.

The title poem, which Parry read at the ceremony, ends:

Forty winters in the iron belly,
I learned the hymns the pistons knew,
and every night the sea said nothing
and every night I heard it through.

Parry said he started writing after his wife, Eirlys, suggested he join a workshop at the local library to "get out from under her feet" after he retired. "I thought poetry was for people who'd been to university. Turns out it's for anybody who pays attention," he said.

Many of the poems are about colleagues, storms and the sounds of machinery. One, Night Crossing, January 1990, recalls a gale in which the ship took nine hours to make a three-and-a-half-hour crossing. Another, simply titled Tea, is four lines long.

His publisher, the small Welsh press Gwasg y Glannau, printed 500 copies of the book last spring. It has since been reprinted three times.

Fellow shortlisted poet Dara McGivern, whose collection was widely tipped to win, said she was delighted for him. "Gwilym's book is the real thing. I've been quoting it to people for months," she said.

Parry said he would spend part of the prize money on a new greenhouse. He is working on a second collection, about his childhood on a hill farm near Llanerchymedd.

Asked whether he had any advice for other late starters, he said: "Start. That's it. Start."
"""),

# C15 multiple speakers, school board
("Waikato Valley Times", """School board backs four-day timetable trial despite parent concerns

The board of Ngāruawāhia High School has voted to go ahead with a one-term trial of a four-day teaching week for senior students, despite opposition from some parents at a packed meeting on Monday night.

Under the trial, Year 12 and 13 students will have classes from Monday to Thursday, with Fridays set aside for study, work placements, tutoring and sport. Junior students will not be affected.

Principal Aroha Kingi said the idea came from students themselves, many of whom already work part-time or care for younger siblings. "We want them in school and engaged four days a week, rather than half-present five days a week," she said.

Board chair Peter Wallace said the board had taken legal advice and consulted the Ministry of Education. "This is a trial. We will collect data on attendance and achievement and we will report back to the community," he said.

Not everyone was convinced. Parent Michelle Hunt said she feared some teenagers would treat Fridays as a day off. "My son is seventeen. If there's no bell, he's not getting out of bed," she told the meeting, to some laughter.

Another parent, Sione Taufa, disagreed. "My daughter works at the supermarket on Friday nights and Saturday mornings. If this gives her a day to actually study, I'm all for it," he said.

Teachers' union representative Claire Donaldson said staff were broadly supportive as long as workloads were protected. "Fridays will still be working days for teachers. We need to make sure this isn't just extra planning on top of everything else," she said.

Year 13 student leader Kauri Matiu, 17, presented the results of a survey of 212 senior students, in which 74 per cent supported the change. "We're not asking for less school. We're asking for school that fits our lives," she said.

The board voted five to one in favour. The trial will run in term three, starting in July, and will be evaluated by researchers from the University of Waikato.
"""),

# C16 Indonesian quote with translation
("Nusantara Business Daily", """Bandung textile makers turn to batik exports as cheap imports bite

BANDUNG - Textile manufacturers in West Java are shifting production towards higher-value batik and woven fabrics for export, as a flood of cheap imported clothing squeezes their share of the domestic market.

Industry groups say dozens of spinning and weaving mills in the Bandung area have closed over the past two years, with tens of thousands of workers laid off. Cheap garments, many sold through e-commerce platforms, have undercut local producers on price.

At a family-owned workshop in Cigondewah, third-generation owner Hartini Sulistyowati now employs 35 artisans producing hand-drawn batik for buyers in Japan, the Netherlands and the United States.

"Kami tidak bisa bersaing soal harga, jadi kami bersaing soal cerita dan kualitas," she said, showing a length of indigo cloth that took three weeks to complete. "We can't compete on price, so we compete on story and quality."

Her export revenue has grown by about 40 per cent a year since 2022, she said, and now accounts for more than half of sales.

The Ministry of Industry has launched a programme to help small textile firms obtain international certifications and to connect them with foreign buyers at trade fairs. Officials say batik exports rose to around US$60 million last year.

Economist Dradjad Kusuma of a Bandung university said the shift made sense for smaller firms but would not save the larger mills. "Batik is a niche. It cannot absorb the workers from a factory that made polyester fabric by the kilometre," he said.

The Indonesian Textile Association has called for stricter enforcement against illegal imports and higher safeguard duties on finished garments. The government introduced import restrictions earlier this year but relaxed them after complaints from retailers.

Workers at Hartini's workshop say the work is slower but steadier. Ani Rosmawati, 44, who lost her job at a weaving mill in 2023, said she had learned the canting technique of drawing with hot wax in six months. "My hands were used to machines. Now they are learning patience," she said.
"""),

# C17 brand casing, planning application
("Harwick Evening Standard", """McDonald's drive-thru plan for ring road approved on appeal

A McDonald's drive-thru restaurant will be built on Harwick's ring road after a government planning inspector overturned the council's decision to refuse it.

Harwick District Council rejected the application in March, citing concerns about traffic queues on the A617, litter and the impact on nearby homes in Ploughman's Way. McDonald's appealed.

In a decision published on Monday, inspector Julia Aston said the council had not provided enough evidence that traffic would be harmful. She said conditions on opening hours, lighting and litter patrols would "adequately mitigate" effects on neighbours.

The 24-hour restaurant will be built on a vacant plot next to the Harwick Retail Park, home to a B&Q, an Aldi and a PureGym. It is expected to create around 65 full and part-time jobs.

Resident Colin Marsh, of Ploughman's Way, said he was disappointed. "They'll be serving burgers at three in the morning 80 metres from my bedroom. The inspector doesn't have to live here," he said.

Ward councillor Nadia Hussain said residents had fought the plans "every step of the way". She said the council would consider whether there were grounds for a legal challenge but admitted they were limited.

A spokesperson for the franchisee, HRW Restaurants Ltd, said the company was pleased with the decision. "We're committed to being a good neighbour. That includes three daily litter picks and a dedicated contact number for residents," she said.

Local business reaction was mixed. The owner of a nearby independent café, who did not want to be named, said it would take trade away. But Dean Okafor, who runs a car valeting business on the retail park, welcomed it. "More people coming in, more people passing my unit. Simple," he said.

The ring road is already home to a KFC, a Costa drive-thru and a Greggs. Last year an easyJet holidays travel shop on the retail park closed after less than a year.

Work on the site is expected to begin in the new year, with the restaurant opening in summer. A video of the proposed design has been posted on the council's YouTube channel as part of the planning record.
"""),

# C18 science compounds and abbreviations
("The Lab Bench", """Saltmarsh mud reveals hidden return of native oyster, eDNA study shows

Traces of DNA in saltmarsh mud have revealed that the native European flat oyster is making a tentative comeback in estuaries along England's east coast, years earlier than conservationists expected.

Researchers used environmental DNA, or eDNA, sampling to look for genetic fragments shed by oysters into the surrounding water and sediment. They collected 480 samples from 16 sites between the Humber and the Blackwater estuary over two years.

Using a technique called quantitative PCR (qPCR), the team detected DNA from Ostrea edulis at nine sites, including four where no living oysters had been recorded by divers or dredge surveys since the 1990s.

"It's a bit like finding fingerprints in a room before you've seen the person," said lead author Dr Imogen Featherstone, a molecular ecologist at the University of East Anglia. "It tells us where to look, and it tells us the animals are probably there in small numbers."

The flat oyster once formed vast reefs across the North Sea but was devastated by overharvesting, disease and pollution. Restoration projects have released millions of young oysters in recent years, but monitoring their spread is slow and expensive.

The team followed up eDNA hits with targeted surveys at three sites, finding small clusters of live oysters attached to old shell and mooring blocks at two of them. Ground-truthing of this kind is essential, the researchers say, because DNA can drift on tides and persist in sediment for weeks.

Dr Marcus Oyelaran, a marine ecologist at the Centre for Environment, Fisheries and Aquaculture Science (Cefas) who was not involved in the work, said the approach could transform monitoring. "Sampling a bucket of seawater is a lot cheaper than sending a dive team out in January," he said.

The research also detected eDNA from the invasive slipper limpet and the Pacific oyster at most sites, a reminder of the competition native oysters face.

The study is published in the journal Marine Ecology Progress Notes. The team is now working with fishermen and volunteer shore-watchers to collect samples from a further 30 sites this summer.
"""),

# C19 obituary with survivors list
("Lusaka Evening Courier", """Obituary: Mrs Esther Chanda Mwale, teacher and founder of Kabwata reading club

Mrs Esther Chanda Mwale (1941-2024), a primary school teacher who founded one of Lusaka's first community reading clubs and taught three generations of children in Kabwata to read, has died at the age of 83.

She died peacefully at home on Sunday, surrounded by her family, after a long illness.

Born in Kasama, Northern Province, the second of seven children, she trained at Chalimbana Teacher Training College and began teaching in 1962, two years before independence. She often said she was among the first teachers to hang a portrait of the new president in her classroom.

She moved to Lusaka in 1968 and taught at Kabwata Primary School for 31 years, retiring as deputy head in 1999.

In 1976 she started a Saturday reading club on the veranda of her home, with a box of donated books and six children. By the 1990s it had moved into the community hall and had more than 200 members. It still meets every Saturday morning.

Former pupil and now High Court judge, Mrs Justice Natasha Siame, said: "She was strict. You did not come to her club without clean hands. But she gave me my first library card and told me I would be a lawyer. I believed her because she believed it."

In 2004 Mrs Mwale was recognised with a national award for services to education.

She is survived by:

- her husband of 59 years, Mr Joseph Mwale, a retired civil servant;
- her children, Mulenga, Chipo, Bwalya and Musonda;
- eleven grandchildren and two great-grandchildren;
- her sisters, Mrs Agnes Kapata and Mrs Loveness Bwembya.

A son, Kabwe, died in 2010.

Her daughter Chipo Mwale-Tembo said the family had been overwhelmed by messages from former pupils. "People have called from London, from Johannesburg, from Toronto. Everyone says the same thing: she taught me to read," she said.

Funeral gathering at the family home, Plot 14, Chilumbulu Road, Kabwata. Burial at Leopards Hill Memorial Park on Thursday at 10 hours.
"""),

# C20 weather with subheads
("Harwick Evening Standard", """Storm Imelda: what to expect in Harwick this weekend

Harwick is bracing for strong winds and heavy rain as Storm Imelda sweeps in from the Atlantic, with the Met Office issuing an amber warning for wind for most of the district from 6am on Saturday to midnight.

Gusts of 60 to 70mph are expected inland, with up to 80mph possible on exposed hills. Forecasters say there is a chance of power cuts, damage to buildings and disruption to travel.

WHAT TO EXPECT

The strongest winds are forecast between late morning and early evening on Saturday. Between 30mm and 50mm of rain could fall over 24 hours, with more on higher ground.

Met Office meteorologist Dan Harrop said the storm was "a proper autumn blow". "It's not unprecedented, but it's the strongest system we've seen this season, and trees are still in full leaf, which makes them more likely to come down," he said.

ROADS AND RAIL

The council's highways team will have crews on standby with chainsaws to clear fallen trees. Drivers are advised to avoid the A617 over Castle Moor, where high-sided vehicles are likely to be restricted.

Northern Rail said it would run a reduced timetable on Saturday, with some services replaced by buses. Passengers are advised to check before they travel.

EVENTS CANCELLED

Saturday's Harwick Food Festival in the Market Square has been postponed until next weekend. The Harwick Town v Eastbridge Rovers match is still scheduled to go ahead but will be reviewed by the referee on Saturday morning.

Festival organiser Jenny Lai said the decision was "gutting but right". "We have 60 gazebos. In 70mph winds, that's 60 kites," she said.

STAYING SAFE

Residents are advised to secure bins, trampolines and garden furniture, and to stay away from the coast and riverbanks. Anyone who loses power can call 105 to report it.

Sunday is expected to be calmer but showery, with winds easing through the day.
"""),

# C21 basketball box score
("Pacific Archipelago Wire", """Bolts edge Beermen in overtime to take 2-1 series lead

MANILA (PAW) - Meralco Bolts guard Chris Newsome hit a go-ahead three-pointer with 14 seconds left in overtime as the Bolts beat San Miguel Beermen 104-101 in Game 3 of the PBA Philippine Cup finals on Sunday.

The win gave Meralco a 2-1 lead in the best-of-seven series, which continues on Wednesday at the Smart Araneta Coliseum.

San Miguel had forced overtime when June Mar Fajardo scored on a putback with two seconds left in regulation to tie the game at 92-92. But the Beermen went cold in the extra period, making only three of their eleven shots.

Newsome finished with 28 points, seven rebounds and six assists. Fajardo had 24 points and 17 rebounds for San Miguel.

"We just kept believing. Coach told us in the huddle, 'one stop, one score,'" Newsome told reporters. "I saw a little space and let it go."

Bolts coach Luigi Trillo said his players had shown character after blowing a nine-point lead in the fourth quarter. "Championship teams find a way. Tonight we found a way," he said.

San Miguel coach Jorge Galent said his team had missed too many free throws. "Sixteen of 27 from the line. In a finals game. That's the story," he said.

A crowd of 17,840 watched the game.

The scores:

MERALCO 104 - Newsome 28, Banchero 19, Quinto 15, Almazan 12, Hodge 11, Caram 8, Pascual 6, Black 5.

SAN MIGUEL 101 - Fajardo 24, Perez 21, Tautuaa 16, Cruz 14, Ross 10, Lassiter 9, Trollano 5, Brondial 2.

Quarters: 22-25, 47-44, 70-68, 92-92, 104-101 (OT).

Meralco is chasing its first all-Filipino title since joining the league in 2010. San Miguel are the defending champions and have won the Philippine Cup nine times in the past eleven seasons.

Game 4 tips off at 7.30pm on Wednesday.
"""),

# C22 Maori phrase with translation, court
("Waikato Valley Times", """Judge praises whānau support as young driver sentenced over fatal crash

A young driver whose car crossed the centre line and killed a 58-year-old farmer near Te Awamutu has been sentenced to home detention, after a judge heard that both families had met and begun a process of reconciliation.

Jayden Tuhoe, 20, of Kihikihi, pleaded guilty in the Hamilton District Court to careless driving causing death. He was sentenced on Thursday to eight months' home detention and 150 hours' community work, and disqualified from driving for two years.

The court heard that Tuhoe was driving home from a night shift at a meat processing plant in May last year when his car drifted across State Highway 3 and collided with a ute driven by Graeme Whitfield. Mr Whitfield died at the scene.

Police found Tuhoe had been awake for more than 20 hours. There was no evidence of alcohol, drugs or speeding.

Mr Whitfield's widow, Anne, read a victim impact statement in which she described the loss of her husband of 34 years. But she also told the court she had met Tuhoe and his whānau at a restorative justice conference and did not want him to go to prison.

"I don't forgive what happened. But I forgive him," she said.

Tuhoe's grandmother, Huia Tuhoe, addressed the court in te reo Māori before speaking in English. "Ko te aroha te tūāpapa o tō mātou whānau," she said. "Love is the foundation of our family." She said the whānau would make sure Jayden honoured Mr Whitfield's memory.

Judge Raewyn Carter said it was one of the most moving sentencing hearings she had presided over. She said the case showed the dangers of fatigue, a factor she said was "badly underestimated" by drivers.

"Mr Tuhoe, you will carry this for the rest of your life. But you have been shown an extraordinary grace by Mrs Whitfield, and I expect you to live up to it," she said.

Tuhoe, who wept through much of the hearing, has also agreed to speak to workers at the processing plant about the risks of driving tired.

Outside court, Mrs Whitfield said she hoped the case would make shift workers think twice. "Pull over. Sleep. Please," she said.
"""),

# C23 Q&A council leader, short answers
("Kestrel Valley Herald", """Five questions for the new council leader

Cllr Ruth Ambrose was elected leader of Kestrel Valley District Council last week after her predecessor stepped down on health grounds. The Herald put five questions to her, and asked for short answers.

1. What is your first priority?

Housing. Young people are leaving the valley because they can't afford to rent here, never mind buy. We have 410 families on the waiting list.

2. Will council tax go up?

Yes. By the maximum we are allowed without a referendum. I'm not going to pretend otherwise.

3. The cottage hospital's minor injuries unit has cut its hours. What can the council actually do?

Not much directly. It isn't our service. But I can shout, and I intend to. I've asked to meet the trust's chief executive this month.

4. Second homes and holiday lets: too many?

In some villages, yes. In Upper Dale, almost one house in three is empty for most of the year. We're doubling the council tax premium on second homes from April, and we'll use the money for affordable housing.

5. What will you have achieved in four years?

Sixty new council homes. A bus service that runs after 7pm. And a valley where my grandchildren can afford to stay.

Cllr Ambrose, 58, is a former district nurse who has represented the Hollins Bridge ward since 2015. She leads a coalition of Liberal Democrat and independent councillors that holds 21 of the council's 39 seats.

Opposition Conservative group leader Cllr Geoffrey Pike said he would judge her on results. "Sixty homes is a nice number to say. Let's see where the money comes from," he said.

Independent councillor Sam Whitehead, whose group props up the administration, said he was "cautiously optimistic". "Ruth listens. That's more than we've had for a while," he said.

The council's budget for the coming year will be set at a full council meeting on February 27. Members of the public can attend or watch the livestream on the council's website.
"""),

# C24 trade press price table
("Baltic Freight Journal", """Baltic grain freight rates ease as harvest exports slow

Freight rates for grain shipments out of Baltic ports eased in the past fortnight as the pace of new-crop wheat exports slowed and more tonnage became available in the region, brokers said.

Rates for handysize vessels from Riga and Klaipeda to North Africa dropped by around US$2 per tonne, while smaller coasters moving barley and rapeseed to Northwest Europe were broadly unchanged.

Latvian and Lithuanian exporters shipped a combined 1.9 million tonnes of wheat in August and September, about 12% less than a year earlier, according to port statistics. Brokers put the slowdown down to farmers holding back grain in the hope of higher prices and to strong competition from Black Sea origins.

"Owners were expecting a busy autumn and positioned ships accordingly. The cargo has not come as fast as they hoped," said Marius Grinevičius, a chartering manager at a Klaipeda shipbroker.

Indicative rates, week 41 (US$ per tonne):

Riga - Alexandria, 30,000 t wheat: 24.50 (prev. 26.75)
Klaipeda - Casablanca, 25,000 t wheat: 23.00 (prev. 25.00)
Ventspils - Rotterdam, 5,000 t barley: 14.25 (prev. 14.25)
Liepaja - Ghent, 3,500 t rapeseed: 15.50 (prev. 15.75)

Source: broker assessments compiled by the Journal.

Port operators said storage capacity was not under strain. The grain terminal at Riga's Krievu sala reported silos at around 70% of capacity, well below the peak levels seen in late 2022.

Analysts expect activity to pick up in November once Baltic farmers sell more of their crop and Q4 demand from Egypt and Algeria firms up. "The fundamentals haven't changed. There's a good harvest sitting in the region and it has to move before spring," said Elina Bērziņa, a grain analyst in Riga.

Longer voyages caused by the avoidance of the Red Sea have had less effect on Baltic grain flows than on container trades, as most cargoes go to the Mediterranean and West Africa via Gibraltar.

Bunker prices at Baltic ports were stable, with VLSFO trading at around US$590/t in Gdansk at the end of last week.
"""),

# C25 crime briefs roundup
("Harwick Evening Standard", """Court and crime round-up: cannabis farm, stolen quad bikes and a bus shelter vandal

A round-up of this week's cases and police news from across the Harwick district.

Cannabis farm found in former bank

Police discovered a cannabis farm with around 400 plants in the upstairs rooms of a former bank on Castlegate on Tuesday. Officers forced entry after neighbours reported a strong smell and condensation on the windows. Two men, aged 24 and 31, were arrested on suspicion of producing a controlled drug and have been released on bail. PC Amy Heaton said: "Every tip-off counts. This one came from a resident who thought something wasn't right."

Quad bikes stolen from farm

Three quad bikes worth a total of £21,000 were stolen from a farm near Osterby overnight on Sunday. Thieves cut through a padlock on a barn door. Farmer Graham Tillotson said it was the second theft from the farm in two years. Anyone with information is asked to call 101, quoting crime number HW/2291/24.

Bus shelter vandal ordered to pay

A 19-year-old man who smashed the glass in four bus shelters on Station Road in a single night was ordered to pay £1,260 in compensation when he appeared before Harwick magistrates on Wednesday. Jack Pruett, of Orchard Close, admitted criminal damage. He was also given a 12-month community order. Chairman of the bench Mrs P. Dunmore said: "Those shelters are used by elderly people in the rain. Think about that."

Drink-driver banned

A. R. Kaczmarek, 46, of Mill Street, was banned from driving for 20 months after admitting driving with excess alcohol on the A617 on January 6. He was twice the legal limit. He was fined £650.

Pictured: The former bank building on Castlegate where officers found the cannabis plants. Photo: Harwick Evening Standard

Scam warning

Trading standards officers are warning older residents about a phone scam in which callers claim to be from the bank and ask people to move money into a "safe account". Nobody from a bank will ever ask you to do this, officers said.
"""),

]
