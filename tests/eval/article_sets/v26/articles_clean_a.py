ARTICLES = [

# C1 brand casing
("Cebu Morning Post", """Mandaue phone reseller turns eBay side hustle into 40-staff business

MANDAUE CITY - When Dennis Yap started selling secondhand iPhones on eBay from his mother's kitchen table in 2016, he expected to make a little pocket money while he finished his engineering degree.

Eight years later, his company, ReCell Visayas, employs 40 people in a warehouse off A.C. Cortes Avenue and refurbishes around 3,000 handsets a month for buyers in the Philippines, Australia and the Middle East.

"At first it was just me, a heat gun and a lot of YouTube tutorials," Yap, now 31, said during a tour of the workshop. "I broke a lot of screens learning."

Most of the phones arrive in bulk lots from trade-in programmes in Japan and South Korea. Technicians test each unit, replace batteries and screens where needed, wipe the data and grade the phone from A to C before it is listed.

The company sells through its own website, Shopee and Lazada locally, and still uses eBay and Amazon for overseas orders. Payment is mostly by GCash, PayPal or bank transfer.

Demand has been strongest for older iPhone models and mid-range Samsung Galaxy handsets, which sell for a fraction of the price of a new device. An iPhone 12 in grade A condition sells for about 14,500 pesos, compared with more than 40,000 pesos for the latest model.

Yap said many of his customers were students and overseas workers' families. "People want a good phone for online classes or for video calls with their parents abroad. They don't need the newest one," he said.

The business has not been without problems. In 2021 a shipment of 600 handsets was held at customs for two months over paperwork, and the company nearly ran out of cash.

Operations manager Kristine dela Peña, who joined as a part-time packer in 2018, said the firm now has a dedicated compliance officer. "We learned the hard way. Now every document is checked twice," she said.

ReCell is also working with a local college on a training course for phone technicians, and plans to open a walk-in repair shop in Cebu City's IT Park in the second quarter.

Asked whether he still sells anything himself, Yap laughed. "Sometimes. Old habits," he said.
"""),

# C2 correction notice
("Harwick Evening Standard", """Council approves 120 homes on former dairy site despite objections

Plans for 120 homes on the site of the former Northfield Dairy in Harwick have been approved by councillors, despite more than 200 objections from residents.

Harwick District Council's planning committee voted seven to four in favour of the scheme by developer Corvale Homes at a meeting on Wednesday evening that lasted more than three hours.

The development will include 36 affordable homes, a small play area and a new footpath linking Dairy Lane with the Northfield estate. The derelict factory buildings, empty since 2009, will be demolished.

Objectors raised concerns about traffic on Dairy Lane, the capacity of the local primary school and the loss of a row of mature lime trees along the site's eastern boundary.

Resident Christine Abbott, who spoke against the plans, told councillors: "Nobody here is against new homes. We are against 120 homes being squeezed down a lane that two cars can barely pass on."

Corvale's planning director, Richard Vane, said the company had reduced the number of homes from 150 and redesigned the access road following consultation. "We've listened and made real changes. This is a brownfield site that has been an eyesore for fifteen years," he said.

Highways officers told the committee that junction improvements at the Dairy Lane and Northfield Road crossing, paid for by the developer, would be sufficient to handle the extra traffic.

Committee chairman Cllr Bernard Liu said the council had little choice. "If we refused this, the developer would win on appeal and we would lose control over the conditions. That is the reality," he said.

Under a legal agreement, Corvale will pay £410,000 towards school places and £95,000 towards health services. Conditions require the lime trees to be retained and protected during construction.

Work is expected to begin in the autumn, with the first homes ready in 2026.

Correction: An earlier version of this article said 48 of the homes would be affordable. The correct figure is 36. We apologise for the error.
"""),

# C3 Tagalog quote with translation, dateline
("Pacific Archipelago Wire", """Marikina residents return home as floodwaters recede

MANILA (PAW) - Thousands of residents of Marikina City began returning to their homes on Wednesday as floodwaters from the swollen Marikina River receded, leaving streets covered in thick brown mud.

The river peaked at 20.4 metres on Tuesday morning, prompting the city to sound the third and highest alarm and order the forced evacuation of low-lying villages. More than 31,000 people spent the night in schools, gyms and churches, city officials said.

By Wednesday afternoon the level had dropped to 15.6 metres, and the city lifted its evacuation order for most areas.

In Barangay Tumana, one of the worst hit, families carried buckets and shovels through ankle-deep mud to begin cleaning.

"Sanay na kami, pero hindi pa rin madali. Lahat ng gamit namin sa baba, wala na," said Lorna Villanueva, 47, standing in the doorway of her two-storey house. "We're used to it, but it's still not easy. Everything we had downstairs is gone."

Her husband, tricycle driver Eduardo Villanueva, 50, said they had moved their refrigerator and television upstairs in time but lost a sofa, a washing machine and their children's school books.

Mayor Teodoro Santiago said city engineers and volunteers would clear mud from major roads within two days. Fire trucks were being used to hose down streets, and the city was distributing cleaning kits and relief packs to returning families.

"We thank our residents for following the evacuation orders. Because they moved early, we have no casualties," Santiago told reporters at City Hall.

The state weather bureau said the low-pressure area that brought the heavy rain had moved west into the South China Sea and was no longer a threat. However, it warned that the southwest monsoon would continue to bring scattered rain to Metro Manila and nearby provinces through the weekend.

Health officials urged residents cleaning flooded homes to wear boots and gloves because of the risk of leptospirosis, a bacterial disease spread through water contaminated by rat urine. Free doxycycline was being distributed at health centres.

Classes in public schools in Marikina were suspended until Friday.
"""),

# C4 bulleted list, weather
("Kestrel Valley Herald", """Snow closes 23 schools across the valley

Twenty-three schools across Kestrel Valley were closed on Monday after up to 15cm of snow fell overnight, with drifting on higher roads leaving some villages cut off.

The Met Office amber warning for snow and ice remains in place until 10am on Tuesday, and further closures are likely.

County council gritters were out from 2am and treated all priority routes, but highways manager Phil Rowntree said conditions on minor roads were "very challenging". Three lorries became stuck on the A684 near Shaw Top and the road was closed for several hours.

Schools closed on Monday included:

- Kestrel Valley High School
- Hollins Bridge Primary School
- St Aidan's CE Primary, Upper Dale
- Greystone Bridge Community Primary
- Ashby Moor Academy (upper site only)

The full list is on the county council's website and is updated each morning by 7.30am. Parents are asked to check there, and on school social media accounts, rather than phoning schools directly.

Headteacher Claire Ollerenshaw, of Kestrel Valley High, said the decision to close had not been taken lightly. "Around half our staff live outside the valley and the roads in are simply not safe this morning. We've set work online for all year groups," she said.

Elsewhere, bus operator Dalesway said services to Upper Dale and Crag End were suspended, while trains between Hamsford and Kestrel Bridge were running with delays of up to 30 minutes.

In Hollins Bridge, children wasted no time making the most of the day off. Nine-year-old Alfie Brennan and his sister Maisie, six, were building a snowman on the village green with their grandmother, Pat. "Best day of the year," Alfie said.

Advice from the council for the days ahead:

- Only travel if necessary, and allow extra time
- Check on elderly neighbours
- Keep pavements outside your home clear, using salt or sand if you have it
- Report blocked roads or fallen trees by calling the highways line

Temperatures are forecast to fall to minus 6C on Monday night, with a slow thaw expected from Wednesday as milder air arrives from the west.
"""),

# C5 song lyrics in obituary
("Fenmarsh Gazette", """Obituary: Tom Harker, fenland folk singer who kept the old songs alive

Tom Harker, the fenland folk singer whose collection of songs from the drainage gangs and eel catchers of the Cambridgeshire fens helped preserve a way of life that has all but vanished, has died aged 84.

Born in Fenmarsh in 1940, the son of a dyke reeve, he grew up hearing songs sung in pubs and at harvest suppers by men who had worked the waterways since before the First World War.

He began writing them down as a teenager, first in school exercise books and later on a reel-to-reel tape recorder bought with his wages as an apprentice mechanic. By the 1970s he had recorded more than 300 songs, many of which survived nowhere else.

His best-known recording, The Lode Bank Lament, became a fixture at folk clubs around East Anglia. Its chorus was sung at his bedside by his family in his final days:

Oh the water's high and the bank is low,
And the pump won't turn where the cold winds blow,
So it's spade and barrow and away we go,
Down the long lode bank in the morning.

Harker was modest about his role. "I didn't write them. I just listened to the old boys and didn't let them forget," he told the Gazette in a 2010 interview.

He performed at festivals across England and once in Minnesota, where a fenland emigrant community invited him to sing at its centenary. In 2005 his tapes were donated to the county archives, where they have been digitised.

Folk musician and friend Helen Crabtree said he was "a walking library". "You'd mention a village and he'd sing you a song about somebody who drowned there in 1893," she said.

He married Mary Clough in 1964; she died in 2019. He is survived by his sons, Peter and Stephen, four grandchildren and his sister, Jean.

A funeral will be held at St Botolph's Church, Fenmarsh, on Thursday, March 14, at 2pm, followed by a gathering at the Ship Inn, where friends have been invited to bring instruments.
"""),

# C6 Q&A with short answers
("Stage & Screen Quarterly", """Q&A: Rosa Okonjo on her debut feature, a lost dog and the Lagos traffic

Lagos-born director Rosa Okonjo's first feature, Danfo, follows a bus conductor over a single day in the city's traffic. It premiered at the Berlinale in February and opens in UK cinemas next month. She spoke to Stage & Screen Quarterly by video call from London.

Where did the idea come from?

From a bus, honestly. I was stuck on the Third Mainland Bridge for three hours in 2019 and the conductor was the most entertaining person I'd ever met. He knew everyone. He argued with everyone. I thought, this is a film.

Did you find him again?

No. I tried. I went back to that route for weeks.

The film was shot almost entirely inside a moving bus. How?

Badly, at first. We lost two days because the generator kept cutting out. Then we built a rig on the roof and it worked.

Most of your cast are non-professionals.

Yes. About two-thirds. Our lead, Tunde Bakare, was a real conductor. He'd never acted.

Was that a risk?

Huge. But he has no vanity. He doesn't know where the camera is, so he just lives.

There's a dog in the film who nearly steals it.

Ah, Biscuit. She was a stray who walked onto set on day three. We fed her and she stayed. She lives with my sister now.

How did Berlin feel?

Unreal. My mother was there. She cried in the wrong places.

The film is partly in Yoruba and Pidgin. Did distributors push back on that?

One did. We said no.

What's next?

A horror film. Set in a boarding school. That's all I'm saying.

Any advice for young film-makers in Lagos?

Shoot something this weekend. With your phone. Don't wait for permission.

Danfo is released in UK cinemas on April 12. This interview has been edited for length and clarity.
"""),

# C7 sports results table
("Touchline Sports Weekly", """Weekend round-up: Moorside stay top as Halton slip again

Moorside Town kept their three-point lead at the top of the Northern Counties League with a comfortable 3-0 win at Brackley Green on Saturday, while Halton Athletic's slump continued with a fourth straight defeat.

Striker Kieran Ashe scored twice for Moorside, taking his tally for the season to 19, and teenage winger Callum Rhys added a late third. Manager Lee Barraclough said his side had been "professional, not spectacular".

"It's a hard place to go in February. The pitch was heavy and they made it a battle. We did the job," he said.

Halton were beaten 2-1 at home by Eastbridge Rovers, who are unbeaten in seven. Halton fans booed at the final whistle, and manager Craig Mullins admitted his side were "in a rut".

Results

Brackley Green 0 Moorside Town 3
Halton Athletic 1 Eastbridge Rovers 2
Thornbury United 2 Westmere 2
Coldharbour Rangers 4 Hamsford 1
Ashby Moor 0 Castlegate Celtic 1
Kestrel Bridge 3 Foundry Lane 3

Top of the table (P, W, D, L, Pts)

1. Moorside Town 24, 17, 4, 3, 55
2. Coldharbour Rangers 24, 16, 4, 4, 52
3. Eastbridge Rovers 23, 14, 6, 3, 48
4. Castlegate Celtic 24, 13, 5, 6, 44
5. Thornbury United 24, 11, 7, 6, 40

The game of the day was at Kestrel Bridge, where the hosts came from 3-1 down to draw with Foundry Lane thanks to two goals in the last six minutes from substitute Omar Haddad. His equaliser, a dipping volley from 25 yards, is already being talked about as goal of the season.

"I just hit it. I didn't look up," Haddad said afterwards. "My mum's going to be unbearable."

Coldharbour's 4-1 win over Hamsford keeps them in second place and sets up a potential title decider when they host Moorside on March 16.

Next weekend's fixtures: Moorside Town v Thornbury United; Eastbridge Rovers v Coldharbour Rangers; Castlegate Celtic v Kestrel Bridge; Westmere v Halton Athletic; Hamsford v Ashby Moor; Foundry Lane v Brackley Green. All matches kick off at 3pm.
"""),

# C8 legal citations
("Northern Courts Reporter", """Court of Appeal cuts sentence for man who assaulted door supervisor

The Court of Appeal has reduced the sentence of a man jailed for a serious assault on a nightclub door supervisor, ruling that the trial judge had placed the offence in too high a category under the sentencing guidelines.

Liam Dearden, 29, was jailed for six years at Bradford Crown Court in June after being convicted of inflicting grievous bodily harm, contrary to s.20 of the Offences Against the Person Act 1861, on door supervisor Amir Rashid outside the Vault nightclub in April last year.

In a judgment handed down on Tuesday, Lord Justice Pennington, sitting with Mrs Justice Carr-Holloway and HHJ Evans, said the judge had wrongly treated the use of a shod foot as a "highly dangerous weapon" for the purposes of the Sentencing Council's guideline.

The court referred to its earlier decision in R v Hodgson [2021] EWCA Crim 1592, in which it said that whether footwear amounts to a weapon "will depend on the nature of the footwear and the manner of its use".

"The applicant kicked the victim once while he was on the ground. That was a grave matter. But he was wearing soft trainers, and there was a single blow," Pennington LJ said. "This was not, in our judgment, a category 1 case."

Mr Rashid suffered a fractured jaw and spent four days in hospital. He told the trial that he had been unable to work for three months.

The court substituted a sentence of four years and three months. Dearden, of Manningham, will serve up to half of that in custody before being released on licence.

Counsel for the Crown, Sarah Ellison KC, had argued that the original sentence was within the range open to the judge. The court accepted that the offence was aggravated by Dearden's previous convictions for violence and by the fact that Mr Rashid was working at the time.

Citing s.68A of the Sentencing Act 2020, the court also confirmed that the attack on a door supervisor while on duty was a statutory aggravating factor, though the judge had already given it proper weight.

The case is reported as R v Dearden [2024] EWCA Crim 871.
"""),

# C9 hashtags and handles in prose
("Kestrel Valley Herald", """Police appeal as search for missing teenager enters third day

Police searching for a missing 15-year-old girl from Hollins Bridge have urged the public to share their appeal on social media, as the search entered its third day on Tuesday.

Marla Jennings was last seen at about 4.30pm on Saturday at the bus station in Hamsford, wearing a black puffer jacket, grey tracksuit bottoms and white trainers. She is described as white, about 5ft 4in tall, with long dark hair tied back.

Her family said it was completely out of character for her not to be in touch.

Kestrel Valley Police posted the appeal on X, where its account, @KVPolice, has around 38,000 followers, and on its Facebook page. Officers asked people to use the hashtag #FindMarla when sharing sightings so they could be monitored more easily.

By Tuesday morning the post had been shared more than 14,000 times. Detective Inspector Gareth Moss said several possible sightings were being followed up, including one in Leeds city centre on Sunday evening.

"We are grateful for the response. Please keep sharing, but please do not speculate or share rumours. It is distressing for Marla's family," he said.

Her mother, Sharon Jennings, made a direct appeal to her daughter in a short video released by the force. "Marla, you are not in any trouble. We just want to know you are safe. Please ring me, or ring anyone," she said.

Classmates at Kestrel Valley High have also been posting the appeal on TikTok and Instagram, and a local bakery in Hollins Bridge has put posters in its windows.

Police said they were also examining CCTV from Hamsford bus station and from buses on the 36 and X9 routes. Officers have spoken to friends and searched areas near her home, including woodland along the river.

Anyone who has seen Marla, or who has information about where she might be, is asked to call 101, quoting log 512 of 9 March. In an emergency, call 999.

Information can also be given anonymously through the independent charity Crimestoppers.
"""),

# C10 legit fragments, feature
("Fenmarsh Gazette", """Last orders at the Ship? Not yet, say regulars

For most of the last 200 years, if you wanted to know what was happening in Fenmarsh, you went to the Ship Inn on Mill Lane. Weddings. Wakes. Darts finals. Flood meetings.

Not anymore, its owners feared. The pub, which has flooded three times in the past three winters, was put up for sale in the autumn with a guide price of £395,000 and a note from the brewery suggesting it might be converted into housing.

Then the regulars got involved.

In just over four months, a group of drinkers, former landlords and local business owners has raised £310,000 through a community share offer, with 640 people buying shares at £50 and upwards. They are now in talks with the brewery about a deal.

"We didn't think we'd get to a hundred grand, to be honest," said Mick Lavender, 67, a retired bricklayer who chairs the Save the Ship steering group. "Then people just kept coming. Old boys who'd moved away. Young couples who had their first date in the snug. A woman in Australia whose grandad ran it in the fifties."

A pub for everyone. That is the pitch.

The group wants to keep the bar as it is, with its low beams and coal fire, but to turn the upstairs rooms into a community space for clubs and a small café in the mornings. Flood protection is the biggest worry. An engineer's report estimated the cost of raising the electrics and installing flood barriers at £45,000.

Current landlord Andy Rouse, who will stay on as manager if the bid succeeds, said he had been overwhelmed. "Three floods. Three clean-ups. I was ready to give up. Then this," he said.

Not everyone is convinced. Some residents on Mill Lane have complained about noise and parking, and the district council has yet to decide whether to list the pub as an asset of community value.

But for now, the beer is still flowing. Every Friday, a collection tin sits on the bar next to the pickled eggs.

Last orders? Not yet.
"""),

# C11 datelines and captions
("Pacific Archipelago Wire", """Jakarta commuter rail extends night services as new line opens

JAKARTA (PAW) - Indonesia's capital opened a new commuter rail line to its eastern suburbs on Monday and extended night services on three existing routes, as the government seeks to coax more residents out of cars and motorcycles.

The 24-km line links Manggarai station in south Jakarta with Cikarang in Bekasi regency, one of the region's largest industrial zones. Trains will run every ten minutes at peak times.

Pictured: Commuters board the first train on the new Manggarai-Cikarang line on Monday morning. (PAW/Dimas Ardiansyah)

Transport Minister Budi Santosa, who rode the first train, said the line would carry up to 200,000 passengers a day once fully operational. "Every person who takes the train instead of a car makes Jakarta's roads better for everyone," he told reporters on board.

Services on the Bogor, Tangerang and Rangkasbitung lines will now run until 1am, an hour later than before. The operator, KAI Commuter, said the change responded to demand from shift workers in malls, hospitals and factories.

At Cikarang station in Bekasi, factory worker Dewi Lestari, 26, said the new line would cut her journey to her parents' home in central Jakarta from almost two hours by motorbike to about 55 minutes. "And I don't arrive covered in dust," she said.

Caption: A KAI Commuter officer guides passengers at the new Cikarang terminus. The line's eleven stations have platform screen doors and lifts. (PAW/Dimas Ardiansyah)

Greater Jakarta, home to more than 30 million people, ranks among the world's most congested urban areas. Despite the opening of a metro line in 2019 and a light rail system in 2023, around three-quarters of daily trips are still made by private vehicle, according to the regional transport agency.

Urban planner Yayat Supriatna said better connections from stations to homes were key. "People don't live at the station. If the last two kilometres are difficult, they will take the motorbike the whole way," he said.

Fares on the new line start at 3,000 rupiah, with discounts for students and the elderly.
"""),

# C12 abbreviations and initials, trade press
("Cold Chain Logistics Review", """UK reefer hauliers warn of HGV driver gap as EU rules bite

UK refrigerated hauliers say a shortage of HGV drivers qualified for temperature-controlled work is pushing up costs, as new EU border checks on food imports add time to every cross-Channel journey.

A survey by the Cold Chain Federation (CCF) found that 61% of member firms had vacancies for Class 1 drivers, and that average pay for reefer drivers had risen by 14% in two years. The figures were published ahead of the federation's annual conference in Birmingham.

CCF chief executive Shane J. Brennan said the sector was "running hot". "Our members move the food that fills supermarket shelves. If we can't recruit, the shelves don't get filled. It's that simple," he said.

Operators say the border target operating model (BTOM), which introduced physical checks on EU meat, dairy and plants at UK border control posts (BCPs), has lengthened turnaround times. Some loads are being held for hours while paperwork is checked.

J.R. Wetherall, managing director of Wetherall Cold Logistics in Grimsby, said one vehicle carrying chilled fish from Boulogne had been held for nine hours at Sevington BCP last month. "The fridge unit was running all night. The driver was out of hours. The customer was furious," he said.

The Road Haulage Association (RHA) and Logistics UK have both called on the Department for Environment, Food and Rural Affairs (Defra) to extend opening hours at BCPs and to publish clearer guidance on inspection rates.

A Defra spokesperson said the checks were "essential to protect UK biosecurity" and that average clearance times had fallen since the system's introduction.

On training, the CCF is piloting a six-week course with a further education college in Peterborough, covering ATP certification, temperature monitoring and load security, aimed at drivers already holding a C+E licence. The first 24 trainees start in September.

Other findings from the survey included:

1. 38% of firms had turned down work in the past year because of driver shortages.
2. 27% had increased their use of agency drivers.
3. Only 4% of reefer drivers employed by respondents were women.

The conference runs on October 8 and 9 at the NEC.
"""),

# C13 numbered list, health advice
("Lusaka Evening Courier", """Health ministry issues heat advice as temperatures pass 40C

LUSAKA - The Ministry of Health has urged the public to take precautions against heat-related illness as temperatures in parts of the country passed 40C for a third consecutive day, with the Zambezi valley and Luangwa valley the hottest.

The Zambia Meteorological Department said the hot spell was expected to last until the onset of the rains, forecast for the second half of November. Lusaka recorded a maximum of 37.8C on Tuesday, among its highest readings on record.

Health officials said clinics in Siavonga, Mfuwe and Livingstone had reported an increase in patients with dehydration, particularly young children and the elderly.

Ministry spokesperson Dr Chilufya Banda said most cases were preventable. "Heat is dangerous, but simple steps save lives," she said at a briefing on Wednesday.

The ministry's advice to the public is:

1. Drink plenty of safe water throughout the day, even if you do not feel thirsty.
2. Avoid strenuous work or exercise between 11am and 4pm.
3. Wear light, loose clothing and a hat when outdoors.
4. Check regularly on elderly neighbours and people who live alone.
5. Never leave children or animals in parked vehicles.
6. Seek medical help quickly for dizziness, confusion, vomiting or a very high body temperature.

Schools have been told to move outdoor activities to the early morning and to allow pupils to bring water bottles into class. Some schools in Southern Province have shortened the school day.

At Soweto market in Lusaka, traders sheltered under umbrellas and wet cloths. Charcoal seller Bwalya Mulenga, 52, said sales had slowed. "Nobody wants to cook on a day like this. They eat bread and go home," she said.

The heat has added to pressure on the power grid, which is already struggling because of low water levels at Kariba dam. Load-shedding of up to 17 hours a day means many households cannot run fans or refrigerators.

Ambulance services said they had been placed on standby for heat emergencies. The public can call the toll-free health line, 909, for advice.
"""),

]
