ARTICLES = [
("Tyneside Evening Post", """Cracked screens and dead batteries: the Shields Road shop keeping phones out of landfill

Byker. A Tuesday. Eleven phones on the counter before 10am.

At Fix It Tyne, a narrow shop wedged between a bookmaker and a bakery on Shields Road, the queue tells you everything about how people use their phones now. They keep them longer. They want them mended, not replaced.

Owner Sami Haddad, 36, opened the shop in 2017 with a soldering iron, a secondhand microscope and £3,000 borrowed from his brother. Today he employs four technicians and repairs around 250 devices a week, most of them iPhones and Samsung Galaxy models.

"Five years ago people would crack a screen and go straight to the shop for the new model. Now it's, 'Can you make this last another two years?'" he said. "And usually the answer is yes."

The most common job is a replacement screen for an iPhone 13 or iPhone 14, which costs between £89 and £149 depending on the part. Battery swaps on older models such as the iPhone XR or the Galaxy S10 are close behind.

Mr Haddad buys some parts in bulk and sources others from eBay sellers he has dealt with for years. Customers can pay by card, cash or PayPal, and he has started selling refurbished handsets with a 12-month warranty.

He is a supporter of right-to-repair rules, which require manufacturers to make spare parts available for longer. "When a company glues a battery in so tightly you need a heat gun to get it out, that's a choice. It's not physics," he said.

Not every job can be saved. A water-damaged iPad mini sits in a tray marked "donor", its parts to be reused on other devices. A MacBook Air with a cracked logic board waits for a part from a supplier in Leeds.

Customer Dorothy Nesbitt, 71, from Walker, was collecting a Samsung with a new charging port. "My grandson said get a new one. I said, it's got all my photos on, and it works. Why would I?" she said.

Fix It Tyne is open Monday to Saturday, 9am to 6pm."""),

("Leinster Observer", """Mountmellick library extension gets green light after two-year wait

Laois County Council has granted planning permission for a €2.1 million extension to Mountmellick library, ending a two-year wait for a project that supporters say will give the town its first dedicated space for teenagers and community groups.

The single-storey extension to the rear of the existing library on Davitt Road will include a 60-seat multipurpose room, a makerspace with 3D printers and a quiet study area. The plans also provide for a new accessible entrance and a small courtyard garden.

County librarian Bríd Keegan said the library had outgrown its building. "On a Saturday morning we have children's story time, a knitting group, a man doing his family tree and three students trying to study for the Leaving Cert, all in the one room," she said.

The council received two submissions on the application, both from neighbouring residents who raised concerns about parking and construction noise. Planners attached 14 conditions to the permission, including restrictions on working hours and a requirement for a construction traffic management plan.

Local councillor Paddy Lalor said the decision was "long overdue". Councillor Seamus Fitzpatrick said he hoped work would begin within the year. "The money is ring-fenced. There's no excuse now," he said.

Funding is coming from the Department of Rural and Community Development, with the council contributing €400,000.

Mountmellick Development Association chairwoman Teresa Dunne said the town had campaigned for better facilities for young people for more than a decade. "This won't solve everything, but it's a place to go that isn't a street corner or a car park," she said.

Tenders will be sought in the autumn, and the council expects the extension to open in 2026. The library will remain open during construction, although some services may move temporarily to the community centre on Irishtown.

Correction: An earlier version of this article stated that the extension would cost €1.2 million. The correct figure is €2.1 million. We apologise for the error.

Editor's note: This article was updated on Thursday to include comments from Mountmellick Development Association."""),

("Deccan Wire Service", """Q&A: 'We are losing glaciers faster than we can measure them', says Himalayan scientist

New Delhi, April 22 (DWS): Dr Kavita Negi, a glaciologist who has studied the Gangotri glacier for more than two decades, spoke to DWS about the pace of change in the Himalayas, floods from glacial lakes, and why she still goes back every summer. Excerpts, edited for length and clarity:

Q: How much has Gangotri changed since you first worked there?

A: When I first went in 2001, the snout was at a point we had marked with a painted boulder. That boulder is now well over 300 metres downstream of the ice. The retreat has slowed in some recent years, but the glacier is also thinning. It is losing thickness, not only length.

Q: Is that unusual for the region?

A: No. That is the problem. Most glaciers we monitor in the Indian Himalaya are retreating. Some faster, some slower. A few are stable for local reasons, e.g. heavy debris cover that insulates the ice. But the overall trend is very clear.

Q: What worries you most?

A: Glacial lakes. As glaciers retreat, water collects behind loose moraine. If that fails, you get a flood that can travel tens of kilometres in minutes. We saw what happened in Sikkim in 2023.

Q: Can those floods be predicted?

A: Partly. We can map the lakes with satellites and identify the dangerous ones. What we need is:

1. Automatic weather and water-level stations at high-risk lakes;
2. Early-warning sirens in downstream villages;
3. Regular drills, so people know where to go.

Q: Do local communities listen?

A: They know more than we do, honestly. Old people in the valleys tell you which streams changed colour, which springs dried up. Science should start by listening.

Q: Why do you keep going back?

A: Because data is a promise. If you stop measuring, you stop knowing. Also, it is the most beautiful place I have ever seen. I am not tired of it yet.

Q: One last question. Is there any good news?

A: Yes. Young people. My students are better trained than I was, and they care. That gives me hope."""),

("Galway Western Herald", """Sean-nós singer from Carna honoured at Oireachtas for lifetime of song

Máirtín Ó Conghaile, the sean-nós singer from Carna whose voice has been a fixture of Connemara weddings, wakes and pub sessions for six decades, has received a lifetime achievement award at Oireachtas na Gaeilge.

The 84-year-old was presented with the award in front of a packed hall at the festival in Killarney on Saturday night. He responded in the way that many in the audience had hoped: by closing his eyes and singing.

He chose Amhrán na Trá Báine, a lament from his own parish about three brothers drowned while bringing a boat home. Its opening lines run:

Is a Mhuire Mháthair, céard a dhéanfas mé,
Tá mo thriúr deartháir ar an trá bháin.

In English: "O Mother Mary, what will I do, / my three brothers are on the white strand."

By the final verse, many in the hall were singing with him.

Speaking afterwards, Mr Ó Conghaile said he had learned most of his songs from his mother, who sang while she worked. "Ní raibh raidió ná teilifís againn. Bhí amhráin againn," he said. In English: "We had no radio or television. We had songs."

Traditional music broadcaster Caitríona Ní Shúilleabháin said his style, with its long ornamented phrases and unhurried pace, was "the real thing, handed down, not learned from a recording".

Mr Ó Conghaile first competed at the Oireachtas in 1961 and won the men's sean-nós competition, Corn Uí Riada, twice. He has recorded two albums, the second of them at the age of 79 in a studio in Spiddal, and he still sings most Friday nights in a pub in Carna.

His grandson, Darach, 19, also competed in the festival this year. "He tells me, don't sing it the way I sing it. Sing it the way you feel it," the younger man said. "Then he tells me I'm singing it wrong."

The Oireachtas, the country's largest Irish-language arts festival, continues in Killarney until Monday."""),

("Hunter Valley Wire", """Maitland council adopts $212m budget with focus on roads and flood repairs

Maitland City Council has adopted a $212 million budget for the coming financial year, with more than a third of the money going towards roads, drainage and repairs to infrastructure damaged in last year's floods.

The budget was passed unanimously at Tuesday night's meeting. General rates will rise by 4.5 per cent, in line with the cap set by the state's Independent Pricing and Regulatory Tribunal (IPART).

Key items in the budget include:

- $38.6m for road rehabilitation and resealing, including sections of Raymond Terrace Road and the New England Highway service roads;
- $14.2m for flood recovery works at Lorn, Morpeth and Largs;
- $9.5m for the Maitland Aquatic Centre upgrade;
- $3.1m for new footpaths and shared paths;
- $1.8m for the city's libraries, including longer opening hours at Rutherford.

Mayor Sally Brennan said the council had "tried to do the basics well". "People tell us the same thing again and again: fix the roads, keep the drains clear, look after the parks. That's what this budget does," he said.

Cr Ben Mitchell said he supported the budget but was concerned about the council's reliance on grants. "A lot of this is state and federal money that we can't count on next year," he said.

The council's director of finance, Amanda Lee, said borrowing would rise modestly to fund the aquatic centre, but that the council remained well within the limits recommended by the NSW Office of Local Government.

A large part of the flood funding comes through the Disaster Recovery Funding Arrangements, jointly funded by the state and Commonwealth.

The budget also includes $250,000 for the council's share of a regional tourism campaign with neighbouring councils, and $120,000 towards planning for a second Hunter River crossing at Maitland, which residents have sought since the 1990s.

The budget takes effect on July 1. Ratepayers will receive their notices in August."""),

("Cornish Gazette & Mercury", """Fistral teenager wins national title as surf championships return to Newquay

Newquay teenager Kerenza Penrose has won the under-18 women's title at the English National Surfing Championships, in front of a home crowd at Fistral Beach on Sunday.

The 16-year-old, who learned to surf at the age of six on the beach she can see from her bedroom window, scored a combined 15.2 points in the final, including an 8.5 for a long right-hander that drew cheers from the packed headland.

"I've been watching this event since I was tiny. To win it here is honestly the best day of my life," she said, still dripping, as friends tried to hoist her onto their shoulders.

More than 200 surfers took part over three days in conditions that organisers described as "varied", with a small, messy swell on Friday giving way to clean waves of up to four feet by Sunday afternoon.

Pictured: Kerenza Penrose on her way to victory in the under-18 women's final at Fistral Beach. Photo: Mike Trevail

In the open men's division, Porthtowan surfer Jack Harvey retained his title, while Ella Trethowan, 22, of Bude, won the open women's final.

Surfing England chief executive Kate Pengelly said the event showed the depth of talent in Cornwall. "A lot of the best young surfers in the country are from a few miles of coastline here," she said.

Local businesses reported a busy weekend. Cafés on the headland said they had run out of pasties by mid-afternoon on Saturday.

On social media, spectators shared clips of the final using #FistralNationals, and the championships' official account, @SurfingEngland, posted a video of Penrose's winning wave that had been viewed more than 40,000 times by Sunday evening.

Pictured: Crowds watch the finals from the headland above Fistral Beach on Sunday afternoon.

Penrose's father, Rob, a lifeguard at Fistral for 20 years, said he had been "too nervous to watch". "I went and stood in the lifeguard hut. I could hear the crowd, so I knew," he said.

She now hopes to compete at the European junior championships in Portugal in the autumn."""),

("Kerala Newsline", """Palliative care volunteers in Malappuram mark 25 years of home visits

Malappuram, Oct 8: A community palliative care network in Malappuram district marked its 25th anniversary on Sunday with a gathering of more than 2,000 volunteers, nurses, doctors and family members of patients at a school auditorium in the town.

The network began in 1999 with a handful of volunteers visiting bedridden cancer patients in their homes. Today it supports more than 6,000 patients across the district, including people with stroke, spinal injuries, kidney disease and dementia.

Founder member Dr Abdul Rasheed said the idea had been simple: "Nobody should suffer alone at home because the hospital is far away or the family cannot cope."

Volunteers, most of them neighbours of the patients they visit, are trained to provide basic nursing care, emotional support and help with practical matters such as transport and medicines. Trained nurses visit patients regularly, and doctors are available for home visits where needed.

Sainaba K., 58, who has been a volunteer for 19 years, spoke about her first patient, an elderly man with oral cancer in her village. "ഞാൻ ചെയ്തത് വളരെ ചെറിയ കാര്യമാണ്, പക്ഷേ അദ്ദേഹം ഒറ്റയ്ക്കല്ല എന്ന് അദ്ദേഹത്തിന് തോന്നി," she said. Translated: "What I did was very small, but he felt that he was not alone."

Kerala's model of community palliative care, which relies heavily on local volunteers and panchayat funding, has been studied by health researchers from several countries. The World Health Organization has cited it as an example of providing care close to home at low cost.

Speakers at the event raised concerns about the growing number of elderly people living alone as younger family members migrate for work, both to the Gulf and to other Indian cities. Dr Rasheed said the network now spent more time on loneliness than it did in its early years.

"Earlier it was mostly pain. Now, often, it is silence," he said.

The district panchayat announced an additional allocation of Rs 50 lakh for palliative care services this year."""),

("Highland Record", """Orkney poet's new collection finds music in the shipping forecast

The Orkney poet Freya Linklater has said she wrote much of her new collection "with one ear on the radio", after years of listening to the shipping forecast from her kitchen in Stromness.

Sea Areas, her third book, takes its title and structure from the BBC broadcast, with 31 poems named after the areas read out four times a day, from Viking and North Utsire to Southeast Iceland.

"My dad was a fisherman. The forecast was the most important thing on the radio in our house. You didn't speak during it," she said. "When I started writing about him after he died, I found I was writing in that rhythm."

The poem Fair Isle, which has been shared widely since it appeared in a literary magazine last year, ends:

Southwesterly, veering westerly,
five to seven, occasionally gale eight.
Rain, then squally showers.
Good, occasionally poor.
And my father, in the doorway, listening,
as if someone might read out his name.

Linklater said she had received letters from fishing families across Scotland and Norway since the poem was published. "People say, that's my granny's kitchen, that's my uncle. It belongs to them now," she said.

The collection has been praised by critics for its restraint. One reviewer called it "a book about grief that never raises its voice".

Linklater, 47, works part-time as a librarian in Kirkwall and teaches creative writing workshops at the Orkney campus of the University of the Highlands and Islands.

She will read from the book at the Ullapool Book Festival next month and at events in Inverness, Thurso and Lerwick. She said she still listens to the forecast every night at 00.48.

"Sometimes I write, sometimes I just listen. Dogger. Fisher. German Bight. It's a kind of prayer," she said.

Sea Areas is published by a small press in Edinburgh, priced £10.99."""),

("Norfolk Broadland Echo", """Missing kayaker found safe after overnight search on Breydon Water

A 58-year-old man who went missing while kayaking on Breydon Water has been found safe and well after an overnight search involving the coastguard, lifeboat crews and a helicopter.

The man, from Great Yarmouth, was reported missing by his wife at around 8pm on Saturday when he failed to return from a trip along the River Yare. He was found shortly after 6am on Sunday, sheltering in a hide on the edge of the RSPB reserve at Berney Marshes.

What we know so far:

- The man set off from Burgh Castle at around 2pm on Saturday.
- His kayak overturned in strong winds late in the afternoon, and he managed to reach the bank.
- His mobile phone was lost in the water.
- He walked along the sea wall in the dark until he found the bird hide, where he stayed the night.
- He was spotted by a volunteer from Gorleston Coastguard Rescue Team at first light.

HM Coastguard said the search, which covered several miles of river and marshland, involved teams from Gorleston and Great Yarmouth, the Gorleston RNLI lifeboat and the coastguard helicopter from Humberside.

Coastguard duty commander Sarah Bell said the man had done "exactly the right thing" by staying put once he reached shelter.

"He was cold and very tired, but he was sensible. He got himself out of the water, he found somewhere out of the wind, and he waited. That makes our job a lot easier," she said.

The man was checked by paramedics at the scene and did not need hospital treatment.

His wife, who did not want to be named, thanked the rescuers. "I have never been so frightened in my life, and I have never been so grateful," she said.

The coastguard urged anyone going on the water to carry a means of calling for help in a waterproof pouch, to tell someone their route and expected return time, and to check the weather forecast. In an emergency at the coast, call 999 and ask for the coastguard."""),

("Mid-Ulster Chronicle", """'Never again': Magherafelt mother's campaign after son's death on rural road

MAGHERAFELT, Monday. Siobhán Kelly has told her story many times now. She tells it again anyway.

"Never again," she says. "That's all I want. Never again should a family get the knock on the door that we got."

Her son, Ciarán, was 19 when he was killed in a collision on the Castledawson Road in November 2021. He had passed his driving test four months earlier.

Since then, Mrs Kelly has spoken at more than 40 schools across Mid-Ulster and south Derry, and has helped to launch a campaign calling for graduated driving licences in Northern Ireland, including limits on the number of young passengers a new driver can carry at night.

Legislation introducing some of those measures was passed at Stormont several years ago but has not yet been fully implemented.

Speaking at an event in Magherafelt on Monday, road safety officer Paul Devlin said young drivers were "massively over-represented" in serious collisions on rural roads. "They're not bad kids. They're inexperienced, and the roads here are unforgiving," he said.

Sergeant Lisa Corr of the PSNI's Roads Policing unit said officers had attended too many scenes involving young drivers. "You never forget them. Not one," she said.

Ciarán's friend Rory McKenna, now 22, also spoke at the event. He was in the car behind on the night of the crash.

"I think about it every time I get in a car. Every single time," he said.

Mrs Kelly said she did not want young people to be frightened of driving, but to understand the responsibility. She ends every school talk with the same words.

"Ciarán was a good driver. Ciarán was a careful driver. Ciarán is dead," she says. "Please, please, slow down."

The hall was silent. Then, slowly, the students stood.

The Department for Infrastructure said it expected to bring the remaining parts of the graduated driver licensing scheme into operation next year."""),

("Riverina Newswire", """Heatwave to bring 45-degree days to western Riverina

WEATHER

Heatwave to bring 45-degree days to western Riverina

A severe heatwave is set to push temperatures above 45C in parts of the western Riverina this week, with the Bureau of Meteorology warning of little relief overnight.

Hay, Balranald and Ivanhoe are forecast to reach 45C or 46C on Wednesday and Thursday, while Griffith and Leeton are expected to hit 43C. Wagga Wagga is forecast to reach 41C on Thursday, its hottest day of the summer so far.

Overnight minimums are not expected to drop below 28C in many western towns.

Health warning

NSW Health has urged people to drink plenty of water, stay indoors during the hottest part of the day and check on elderly neighbours, people with chronic illness and those living alone.

"Heat kills more Australians than any other natural hazard. The danger is often at night, when the body can't cool down," said Murrumbidgee Local Health District public health director Dr Tessa Brown.

Fire danger

The NSW Rural Fire Service has declared a total fire ban for the Southern Riverina and Western Riverina fire areas for Wednesday and Thursday, with fire danger rated "extreme".

RFS district officer Craig Moore said grass fuel loads were high after a wet spring. "Crops have come off and the paddocks are full of dry stubble and grass. It won't take much," he said.

Farmers have been asked not to use machinery such as angle grinders and slashers on ban days.

When will it end?

A cool change is expected to push through from the south-west late on Friday, dropping temperatures by 10 to 15 degrees in some areas, although it may bring gusty winds and dry lightning.

BOM senior forecaster Lachlan Tran said the change would be "very welcome but potentially dangerous", given the risk of fires starting in hot, dry, windy conditions.

For fire information, check the Hazards Near Me app or call the RFS Bush Fire Information Line on 1800 679 737."""),

("Pune Metro Despatch", """Pune startup's EV charging app crosses one lakh users in a year

Pune, May 20: ChargeKaro, a Pune-based startup that helps electric vehicle owners find and pay for charging points, has crossed one lakh registered users within a year of launch, its founders said on Monday.

The app lists more than 3,500 public chargers across Maharashtra, Karnataka and Goa, and allows users to pay through UPI apps such as PhonePe, Google Pay and Paytm. It also shows real-time availability for chargers that are connected to its network.

Co-founder Aditi Sathe, 29, a former software engineer at an IT firm in Hinjewadi, started the company with her college friend Rohan Mehta after a frustrating road trip in an electric car from Pune to Kolhapur.

"We found four chargers on the map. Two did not exist, one was not working and one was inside a hotel that was closed. That was the day we decided to build this," she said.

The startup has raised Rs 6.5 crore in seed funding from a group of angel investors, including executives from the automobile sector. It has 32 employees, most of them in its office in Baner.

The company earns a small fee on each transaction and also sells software to operators of charging stations, such as housing societies, malls and highway restaurants. Its most popular partner location is a food plaza on the Mumbai-Pune Expressway.

EV sales in Maharashtra have grown rapidly, led by electric two-wheelers from brands such as Ather, Ola Electric and TVS (iQube), and by cars such as the Tata Nexon EV and MG ZS EV. Charging infrastructure, however, has not kept pace, particularly on highways.

Mr Mehta said the company's next target was fleet operators. "Delivery companies and cab aggregators run hundreds of EVs. For them, a charger that is down for one hour is money lost," he said.

The founders said they plan to expand to Gujarat and Telangana later this year.

They also plan to add an eKYC-based wallet feature for users who do not want to link a bank account directly to the app."""),

("Limerick Shannonside Journal", """Judge refuses bail to man charged with Newcastle West burglaries

A man charged with a series of burglaries in Newcastle West has been refused bail at Limerick District Court after gardaí said they feared he would commit further offences if released.

The accused, a 31-year-old man with an address in Co. Kerry, is charged with four counts of burglary contrary to section 12 of the Criminal Justice (Theft and Fraud Offences) Act 2001, and one count of handling stolen property. The offences are alleged to have taken place at homes in the town between August 2 and August 19.

Detective Garda Conor Walsh objected to bail under section 2 of the Bail Act 1997, as amended, telling the court that the State's case was "strong" and included CCTV footage and the recovery of jewellery and electronic items at a house in Abbeyfeale.

He said that if the accused were released, there was a likelihood of further serious offences being committed. He told the court the accused had 47 previous convictions, including 16 for burglary.

Solicitor Sarah Ryan, for the accused, said her client would abide by any conditions the court set, including a curfew, signing on at a Garda station daily and staying out of Co. Limerick. She said he had a place on a residential addiction programme in Co. Cork.

"He accepts he has a long record. He also accepts that he needs help. This is an opportunity for him to get it," she said.

Judge Marian Hickey said she had to weigh the presumption of innocence against the evidence of the likelihood of further offending. Having heard the evidence, she was refusing bail.

The accused was remanded in custody to appear again at the same court, via video link, on September 4. The Director of Public Prosecutions (DPP) has yet to issue directions in the case.

Legal aid was granted.

The accused, who did not speak during the hearing except to confirm his name, was led away by prison officers.

Gardaí in Newcastle West have advised homeowners to check that doors and windows are locked, and to report any suspicious activity to the station on 069 20660."""),
]
