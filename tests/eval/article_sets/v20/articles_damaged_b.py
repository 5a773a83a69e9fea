ARTICLES = [
("The Westmeath Courier", """Motorist banned for four years after being found asleep at the wheel in Moate

A 37-year-old man who was found asleep behind the wheel of his car with the engine running on Moate's Main Street has been disqualified from driving for four years and fined €900 at Athlone District Court.

Declan Furey, of Ballymore Road, Kilbeggan, pleaded guilty to driving with excess alcohol in his system on the night of 21 October last year. ⟦fragment:Having been found by a Garda patrol outside a closed takeaway at around 1.40am.⟧

Garda Sinéad Cunniffe told the court she approached the vehicle, a silver Volkswagen Passat, after noticing it was stopped at an angle with its lights on and partly blocking a loading bay. She knocked on the window several times before the accused woke up.

A breath test at Athlone Garda Station later showed a reading of 71 micrograms of alcohol per 100 millilitres of breath, more than three times the legal limit for a fully licensed driver.

Solicitor Brian Donlon, for the defence, said his client had been at a family christening earlier that day and had intended to sleep in the car rather than drive home. He accepted, however, that Mr Furey had driven a short distance from a relative's house to the spot where he was found.

“He fully accepts he should never have been in that car,” Mr Donlon said. “He has been off drink since that night and is attending counselling. He has lost his job as a delivery driver as a direct result of this.”

Judge Aeneas McCarthy said he noted the early guilty plea and the accused's lack of previous convictions. However, ⟦glued:thejudge⟧ said the facts were “about as serious as they come without anybody being hurt”.

“The engine was running, the car was on a public street in the middle of a town, and you were in no condition to control it,” he said. “The consequences could have been catastrophic.”

The judge imposed the mandatory disqualification and a fine, and allowed the accused six months to pay.

Gardaí in the Westmeath division said they had detected 214 drink- and drug-driving offences in the county last year, an increase of 11 per cent on the year before.

⟦disclaimer:This report was generated automatically from published court listings and newswire copy and has not been checked by a Courier reporter.⟧"""),

("The Highland Clarion", """Islanders demand answers after ferry breakdown leaves Uig route without sailings for a week

Business owners on Harris and North Uist have called for an urgent meeting with transport ministers after a mechanical fault left the Uig triangle route without a regular ferry for seven days at the height of the tourist season.

The vessel was withdrawn last Tuesday after engineers discovered a problem with one of its main engines. A replacement was only able to offer a reduced timetable from Thursday, and several hundred bookings were cancelled.

Tarbert hotelier Kirsty Morrison said she had lost more than £8,000 in cancelled rooms and meals. “People booked these holidays a year ago⟦stray: ;⟧ they've paid for cottages, they've paid for boat trips, and then they're told two days before that there's no ferry,” she said.

At a packed public meeting in Lochmaddy community hall on Saturday, one crofter spoke for many in the room. “⟦foreign:Chan eil e ceart gu bheil sinn a' fulang a h-uile samhradh mar seo⟧,” he said to loud applause.

The ferry operator apologised for the disruption and said it had chartered additional freight capacity to keep supplies moving to island shops and fish farms. A spokesman said the company was working with the engine manufacturer to get the vessel back into service “as quickly as safely possible”.

⟦dup:1⟧

Local MSP Alasdair Mackay said the latest breakdown showed the fleet was “running on borrowed time”. Two new vessels for the network are under construction, but ⟦break:delivery has. Been delayed⟧ repeatedly.

“This isn't a one-off. Every summer we're back here, having the same conversation,” he said. “The people of the Western Isles are being let down, and their patience has run out.”

The Scottish Government said it was investing record sums in ferries and ports and that new tonnage would begin arriving next year. A transport minister is expected to visit the islands later this month.

Meanwhile, Comhairle nan Eilean Siar has asked businesses to record their losses so that it can present evidence to ministers. Council leader Paul Steele said a compensation scheme for affected firms should be “on the table”.

The vessel is expected to return to service by the end of the week, subject to sea trials."""),

("Saskatoon Prairie Ledger", """Synchrotron study shows how durum wheat roots handle selenium

Researchers at the University of Saskatchewan have used ⟦glued:theCanadian⟧ Light Source synchrotron to track how durum wheat plants take up selenium from prairie soils, work they say could eventually help growers produce more nutritious grain.

Selenium is an essential trace nutrient for people and livestock, and Saskatchewan soils vary widely in how much of it they contain. Some fields in the south of the province are naturally rich in the element, while others in the north and east have very little.

The team, led by soil scientist Dr. Priya Raman, grew wheat in pots filled with soil from six sites across the province and then imaged thin slices of root and stem tissue using the synchrotron's bright X-ray beams. ⟦fragment:To see exactly where in the plant the selenium was being stored and in what chemical form.⟧

“With a conventional lab test, you grind up the whole plant and get one number,” Raman said. “With the synchrotron, we can actually see the selenium sitting in particular cells, and we can tell whether it's in a form the body can use.”

The results, published in a plant science journal this month, showed that most of the selenium moved into the grain in organic forms that are readily absorbed by people. Plants grown in low-selenium soils, however, stored a larger share in the roots.

⟦furniture:Get the Ledger's Morning Brief in your inbox. Sign up for our free newsletter — local news, weather and markets every weekday at 6 a.m. SUBSCRIBE⟧

Raman said the next step would be field trials with a selenium-enriched fertilizer on farms near Swift Current and Yorkton. Similar programs in Finland, where selenium has been added to fertilizer since the 1980s, have raised levels in the population's diet.

Graduate student Marcus Bear, who did much of the imaging, said the work had meant long nights at the beamline. “You get your time slot, and if it's 3 a.m., it's 3 a.m.,” he said. “But seeing the maps come up on the screen for the first time made it all worth it.”

The project was funded by the Saskatchewan Wheat Development Commission and a federal research grant. Durum is one of the province's most valuable export crops, with most of it shipped to pasta makers in Italy, North Africa and the United States."""),

("Heartland Grain & Feed Report", """USDA extends conservation program sign-up as growers weigh enrollment

⟦placeholder:By {{author_name}} | {{publish_date}}⟧

WASHINGTON — The U.S. Department of Agriculture has extended the general sign-up period for the Conservation Reserve Program by three weeks, giving landowners until the end of March to submit offers, after farm groups said many producers needed more time to compare rental rates with current crop returns.

Under the program, landowners agree to take environmentally sensitive acres out of production for 10 to 15 years in exchange for annual rental payments. About 25 million acres are currently enrolled nationwide, below the statutory cap of 27 million.

Agency officials said they expected strong interest in the continuous and grassland sign-ups, ⟦break:which were. Opened earlier⟧ this winter and cover buffers, waterways and working grassland used for grazing.

“With grain prices where they are, a lot of folks are taking a hard look at those marginal acres,” said Jerry Kowalski, a farm business management instructor at a community college in southwest Minnesota. “If a field has been losing money three years out of five, a guaranteed rental payment starts to look pretty good.”

Others warned that enrollment could squeeze land available to young and beginning farmers, who often rent cheaper ground to get started. A beginning farmer advocacy group said it had asked USDA to prioritize offers that include transition plans.

⟦embed:Posted by USDA Farm Service Agency – Iowa on Thursday, February 29, 2024 · 📢 CRP General Signup has been EXTENDED! Contact your local county office to learn more. 👍 48 · 12 comments · 31 shares⟧

The Farm Service Agency said producers should contact their county office to discuss eligibility and soil rental rates, which vary by county and soil type. Offers will be ranked using an environmental benefits index that weighs wildlife habitat, water quality and erosion control.

Hunting and wildlife groups welcomed the extension, noting that CRP grass provides nesting cover for pheasants and other upland birds across the Plains.

The extension comes as Congress continues to debate a new farm bill, which could change the acreage cap and the rules for rental rates.

⟦disclaimer:This article was drafted with the help of an AI writing tool using agency press materials. It has not been fact-checked by the Heartland editorial team.⟧"""),

("Atlantic Freight Review", """Bayou Marine posts higher quarterly profit on LNG escort demand

Gulf Coast tug and towing operator Bayou Marine Services reported a 22 percent rise in third-quarter net income, driven by strong demand for escort and ship-assist work at liquefied natural gas export terminals in Louisiana and Texas.

Net income for the three months to September rose to $18.4 million, or 61 cents a share, from $15.1 million a year earlier. The company's results beat analysts' expectations for the ⟦glued:quarter.Revenue⟧ rose 14 percent to $142 million.

Chief executive Renée Thibodeaux told analysts on a conference call that escort jobs for LNG carriers had risen by nearly a third from a year earlier as new liquefaction trains came online along the Calcasieu Ship Channel and at Corpus Christi.

“Every one of those big ships needs three or four tugs to get in and out safely, and that's work that doesn't go away when the economy softens,” she said.

The company took delivery of two new 80-ton bollard pull tractor tugs during the quarter and has three more under construction at a shipyard in Houma. ⟦broken_paragraph:It expects capital spending of about $95 million this

year⟧, most of it on new vessels.

Margins in the company's inland barge towing segment were weaker, hit by low water on the lower Mississippi in September that forced operators to lighten loads and reduce tow sizes. “River conditions were a headwind, and we don't expect much relief until winter rains arrive,” ⟦attribution:the company said in its earnings release, the company said⟧.

Bayou Marine raised its full-year guidance for adjusted earnings before interest, taxes, depreciation and amortization to a range of $168 million to $174 million, from $160 million to $170 million previously.

Shares rose 4.1 percent in afternoon trading.

Analysts said the company was well positioned as more LNG capacity comes online over the next three years, though one cautioned that labor costs for experienced mariners remained a pressure point. Thibodeaux said the company had raised wages for deckhands and captains twice in the past 18 months and was running its own training program in partnership with a local community college."""),

("Khaleej Business Wire", """Oman's Duqm zone signs $1.2bn green steel agreement

MUSCAT — Oman's Special Economic Zone at Duqm has signed an agreement with an international consortium to build a $1.2 billion plant producing low-carbon iron for export, the latest in a string of industrial investments aimed at diversifying the sultanate's economy away from oil and gas.

The facility will produce up to 2.5 million tonnes a year of hot briquetted iron using natural gas initially and green hydrogen at a later stage, according to a statement from the zone's authority. Construction is expected to begin next year, with first production targeted for 2028.

⟦fragment:Which officials described as a turning point for the non-oil industrial base of the Al Wusta governorate.⟧

Speaking at the signing ceremony in Muscat, the chairman of the zone authority highlighted the project's role in national economic plans. “⟦foreign:هذا المشروع خطوة مهمة نحو تنويع الاقتصاد الوطني وخلق فرص عمل للشباب العماني⟧,” he said.

The plant will create about 1,100 jobs during construction and 450 permanent positions, with a target of filling at least 35 per cent with Omani nationals within five years of operation.

Duqm, on Oman's Arabian Sea coast, has spent more than a decade building up port, refinery and industrial infrastructure. Its deepwater port, free from the congestion of the Strait of Hormuz, has been marketed as a gateway to East Africa and South Asia.

⟦dup:2⟧

⟦furniture:ADVERTISEMENT⟧

Several green hydrogen projects have been awarded land in the region under a national programme that aims to produce at least one million tonnes of hydrogen a year by 2030. Analysts say low-cost solar and wind resources give Oman an advantage, although financing and offtake agreements remain hurdles.

The consortium said it had held talks with steelmakers in Europe and Asia about long-term supply contracts, as buyers seek lower-emission raw materials ahead of carbon border levies. Financial close is expected in the first half of next year."""),

("Donegal Northern Herald", """Inishowen counts the cost as flash floods sweep through Buncrana

Residents and business owners in Buncrana have begun a major clean-up after torrential rain on Tuesday evening sent floodwater pouring through homes and shops in the lower town, less than a decade after the peninsula was devastated by the August 2017 floods.

Met Éireann said more than 60 millimetres of rain fell in under three hours at its station near the town, with a slow-moving band of thundery showers stalling over the Inishowen hills. An orange rainfall warning had been issued for Donegal earlier in the afternoon.

⟦placeholder:[gallery ids="44127,44128,44131" columns="3" size="medium"]⟧

The Mill River burst its banks near the Swan Park shortly after 7pm, and water up to knee height flowed down Main Street and into the Lower Main Street area. At least 20 properties were flooded, according to Donegal County Council.

Shopkeeper Bríd Doherty said she had watched the water come in under her front door within minutes. “We'd sandbags out but they were useless. ⟦broken_paragraph:It came up through the floor as well as in

the door⟧, and there was nothing you could do but lift what you could onto the counter.”

Firefighters from Buncrana and Carndonagh worked through the night pumping water from premises, and council crews cleared debris from culverts and gullies. The road to Clonmany was closed for several hours after a landslip near the Gap of Mamore.

Local councillor Jack Murray said the town had been promised flood defences after 2017 and that people were “sick and tired of waiting”. “We were told plans were at an advanced stage⟦stray:..⟧ six years later, we've had another night like this,” he said.

The council said the Office of Public Works-funded flood relief scheme for the town was in the detailed design stage and that it would seek to accelerate the work.

The Department of Social Protection's humanitarian assistance scheme has been activated for affected households, and those whose homes were damaged can apply through the community welfare service.

Met Éireann said further heavy showers were possible in the northwest later in the week."""),

("The Fife Gazette & Advertiser", """Man jailed for three years over string of shop robberies in Kirkcaldy and Glenrothes

A 29-year-old man who threatened shop workers with a screwdriver during a string of robberies ⟦glued:inKirkcaldy⟧ and Glenrothes has been jailed for three years at Kirkcaldy Sheriff Court.

Ryan Lumsden, of no fixed abode, admitted four charges of assault and robbery at convenience stores over an eleven-day period in January. He took a total of £1,340 in cash and several cartons of cigarettes.

Fiscal depute Graeme Watt told the court that in each case Lumsden entered the shop wearing a dark hooded top and a face covering, approached the counter and demanded money. In two of the incidents ⟦break:he produced a. Screwdriver and held⟧ it towards the member of staff.

A 19-year-old shop assistant at a store in Glenrothes's Pitteuchar area was so shaken that she has not returned to work, the court heard.

“She describes being unable to sleep and being frightened to leave her home,” Mr Watt said.

Lumsden was traced after CCTV images were shared by Police Scotland. A video appeal posted by the local policing team was widely shared online.

⟦embed:fifepolicelocal Do you recognise this man? 👀 Call 101 quoting ref 0612 #Kirkcaldy #Glenrothes #Fife ♬ original sound - Fife Local Policing⟧

Defence solicitor Morag Leitch said her client had a long-standing heroin addiction and had committed the offences to pay off a drug debt. He had since engaged with addiction services in prison. “He wishes to apologise to each of the shop workers,” ⟦attribution:she said, Ms Leitch added⟧.

Sheriff Alastair Brown said shop workers were entitled to go to work without fear. “These were frightening offences committed against people who were simply doing their jobs,” he said. “A custodial sentence is the only appropriate disposal.”

The Union of Shop, Distributive and Allied Workers welcomed the sentence and said attacks on retail staff had risen sharply in Fife over the past two years.

A spokesman for the Scottish Grocers' Federation said many of its members had invested in protective screens and body-worn cameras for staff."""),

("Cape Breton Tideline", """Celtic and Acadian musicians share the stage at Chéticamp festival

Fiddlers, step dancers and singers from both of Cape Breton's great musical traditions came together in Chéticamp on Saturday for a sold-out concert that organizers say could become an annual fixture on the island's autumn calendar.

The event, held at the Place des Arts Père-Anselme-Chiasson, paired Gaelic singers from Mabou and Iona with Acadian musicians from the Chéticamp area for a night of songs, tunes and stories that ran well past 11 p.m.

⟦disclaimer:The following text was originally published in French and has been rendered into English by an automated service. Some expressions may not have been translated accurately.⟧

Organizer Monique Aucoin said the idea grew out of conversations with musicians who had been playing together informally at kitchen parties for years. “Our communities have lived side by side for more than two centuries. We wanted to put that friendship on a stage,” she said.

One of the evening's highlights was a set from 84-year-old fiddler Léo LeBlanc, who has played at dances in the region since the 1950s. After a standing ovation, he spoke briefly to the crowd. “⟦foreign:J'ai joué toute ma vie pour le monde d'ici, pis je vas jouer tant que mes doigts vont m'écouter⟧,” he said.

Gaelic singer Mairi Ann MacDonald, who travelled from Iona, led the audience in a milling song, with volunteers from the front rows pounding a length of cloth on a long table in the old way.

⟦dup:1⟧

The concert raised just over $9,000 for a program that provides free music lessons to children in Inverness County. Organizers say more than 60 young people are on the waiting list for fiddle and piano lessons.

Tourism operators said the event had drawn visitors from as far as Halifax and Moncton at the tail end of the Cabot Trail's fall colours season, when many businesses are preparing to close for the winter.

Aucoin said the committee would meet later this month to discuss a second edition, possibly expanded to two nights, and hoped to bring in musicians from the Magdalen Islands and Newfoundland's Port au Port Peninsula."""),

("The Westmeath Courier", """Athlone medical devices firm to create 150 jobs in €40m expansion

A medical devices manufacturer based in Athlone is to create 150 new jobs over the next three years as part of a €40 million expansion of its facility at the IDA Business and Technology Park on the Garrycastle side of the town.

Shannonvale Medical, which makes catheters and components for cardiovascular procedures, will add a new 6,000 square metre clean room and a research and development centre. ⟦fragment:Being the first expansion of its kind in the Midlands for a company of this size in over a decade.⟧

The roles will include engineers, quality specialists, production operators and supply chain staff. Recruitment will begin immediately, the company said.

Chief executive Niamh Fallon said Athlone's location, its technological university and a strong base of medical technology skills in the region had made the decision an easy one. “We have grown from 40 people to more than 600 here in fifteen years, and we intend to keep growing,” she said. “The people of this town built this company.”

The investment is supported by the Government through IDA Ireland. Minister for Enterprise Fergal Whelan, who attended the announcement, said the project was “a vote of confidence in the Midlands and in the talent of the people who live here”.

Local business leaders welcomed the news but warned that housing remained a major constraint on growth. ⟦broken_paragraph:Athlone Chamber president Colm Ward said employers were increasingly reporting that new hires

could not find anywhere to live⟧ within a reasonable commute of the town.

“Jobs announcements are great, and we want more of them. But if a young engineer can't find a flat in Athlone, they'll go somewhere else⟦stray:，⟧” he said.

The company said it was working with the local authority and an approved housing body on a potential staff accommodation project but declined to give details.

Work on the extension is expected to start in the spring, with the clean room operational by the end of next year.

⟦furniture:© 2024 Westmeath Courier Media Ltd. All rights reserved. No part of this publication may be reproduced without permission.⟧"""),

("The Highland Clarion", """NHS Highland urges Caithness patients to use pharmacies as GP waits lengthen

Health bosses in the far north have urged patients to make more use of community pharmacies and the NHS 24 helpline after waiting times for routine GP appointments in parts of Caithness stretched to more than three weeks.

Practices in Wick and Thurso said they were struggling to fill vacancies, with two GP posts at one surgery unfilled for more than a year. Several practices now rely on locum doctors who fly in from the central belt for a week at a time.

NHS Highland's director of primary care, Dr Catriona Sutherland, said patients with urgent problems would still be seen on the day, but that routine appointments were under pressure. “Pharmacists can treat a wide range of common conditions, from urinary infections to skin complaints, without a prescription from a doctor,” she said. “Most can see you within ⟦glued:48hours⟧ and often straight away.”

Caithness Health Action Team chair Ron Gunn said the advice was sensible but did not address the underlying problem. “People in the county have been told for years that recruitment will improve. It hasn't,” he said. “⟦break:Our population is. Older and⟧ sicker than average, and we're a long way from anywhere.”

The health board said it had launched a new recruitment campaign offering relocation packages worth up to £10,000, and was working with the University of the Highlands and Islands to train more advanced nurse practitioners locally.

Figures published by the board show the number of patients registered per GP in Caithness is above the Scottish average. Patients last year waited an average of ⟦placeholder:null⟧ days for a routine appointment, the board said.

Local councillor Helen Sinclair said families were “fed up of being told to be patient”. She said elderly residents without cars found it especially hard to travel to Raigmore Hospital in Inverness, more than 100 miles away, for specialist appointments.

The Scottish Government said it was increasing funding for primary care and that more GP trainees than ever were being recruited to remote and rural posts.

NHS 24 can be contacted on 111 at any time of day or night."""),

("Saskatoon Prairie Ledger", """Obituary: Olha Kuzyk taught three generations of Saskatoon to write pysanky

Olha Kuzyk, whose classes in the Ukrainian art of pysanka egg decoration introduced thousands of Saskatoon children and adults to the craft, has died at the age of 91.

Born in 1933 in a village near Ternopil in what was then Poland, she arrived in Canada in 1949 as a displaced person with her parents and younger brother. The family settled first on a farm near Hafford before moving to Saskatoon, where her father found work with the railway.

She learned to make pysanky from her grandmother as a small girl, using a stylus made from a pin and a scrap of tin. She would later say the sound of the beeswax sizzling over the candle flame was one of her earliest memories.

In 1968 she began teaching an evening class in the basement of a church on Avenue M. Over the next five decades she taught at the Ukrainian Museum of Canada, in city schools, at seniors' centres and at the Folkfest pavilions each August. Former students estimate she taught more than 10,000 people.

“⟦foreign:Кожна писанка — це молитва, яку пишеш воском⟧,” she would tell beginners before they lit their first candle.

Her work has been exhibited across the Prairies, and one of her eggs was presented to a visiting Ukrainian president in 1995. In 2011 she received the Saskatchewan Volunteer Medal.

⟦dup:1⟧

Her daughter Halyna said her mother's patience was legendary. “She would sit with a seven-year-old for an hour while they cried over a cracked egg. Then she would hand them another one and say, Start again⟦stray: !⟧ That was her whole philosophy of life.”

She was predeceased by her husband Mykola in 2007 and by her brother Ivan. She is survived by her daughter Halyna, son Petro, six grandchildren and four great-grandchildren.

A funeral will be held at St. George's Ukrainian Catholic Cathedral on Thursday at 10 a.m.

⟦disclaimer:Syndicated content: this obituary was supplied by a third party and republished without editing or verification by the Ledger.⟧"""),

("Heartland Grain & Feed Report", """Kansas wheat growers weigh abandonment as drought deepens across western counties

DODGE CITY, Kan. — Hard red winter wheat growers in western Kansas are weighing whether to abandon fields or hold on for spring rain, as drought tightens its grip across the southern Plains and emerged stands go into dormancy in poor shape.

The latest U.S. Drought Monitor shows extreme drought covering much of southwest Kansas and the Oklahoma Panhandle, and state crop reports rate about a third of the Kansas crop as poor to very poor. ⟦fragment:Because of the subsoil moisture, which at record lows in several counties.⟧

Ford County grower Dale Hinrichs said about half of his 3,200 acres of wheat had emerged unevenly after being planted into dust in late September. “Some of it came up after that little shower in October, and some of it is still sitting there as seed,” he said. “I've seen dry years, but this is about as bad as it gets going into winter.”

Crop insurance adjusters say many growers will wait until spring before making a decision, since a timely rain in March or April can rescue thin stands. Abandoned acres can sometimes be planted to sorghum or left for cattle grazing, depending on the policy.

“You don't want to give up on wheat too early. It's a tough plant, and it has surprised us before,” ⟦attribution:said Hinrichs, he said⟧. “But if we don't see moisture by the first of April, there's going to be a lot of ground torn up out here.”

Extension agronomists say growers should document stand counts now and keep detailed records for their insurance claims. Wind erosion is another worry, as bare fields can lose topsoil during the strong spring winds that sweep across the region.

The state's wheat commission said it was too early to estimate production but that conditions were among the worst in a decade for this point in the season. Kansas typically grows about a fifth of the nation's wheat.

Futures for hard red winter wheat in Kansas City rose modestly this week on the crop ratings.

⟦furniture:Join the conversation. Comments are moderated and may take up to 24 hours to appear. Please read our community guidelines before posting. 14 Comments — Sort by: Newest⟧"""),

("Atlantic Freight Review", """Forwarder pleads guilty in Baltimore container theft ring

BALTIMORE — The owner of a small freight forwarding business has pleaded guilty in federal court to his role in a scheme that stole high-value electronics from shipping containers moving through the Port of Baltimore, prosecutors said.

Terrence Oduya, 46, admitted one count of conspiracy to commit theft from interstate and foreign shipments. Prosecutors said he used his company's access to terminal booking systems to help others identify containers carrying laptops, gaming consoles and mobile phones, and to arrange for them to be picked up by drivers who were part of the scheme.

Once the containers left the terminal, they were diverted to a warehouse in Anne Arundel County, where the goods were removed and replaced with ballast, ⟦break:the seals were. Then replaced⟧ with counterfeits, and the boxes were delivered to consignees, who only discovered the theft when they opened them.

Investigators estimated losses of more than $3.1 million over about 14 months. ⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.⟧

The case was investigated by Homeland Security Investigations and the FBI with help from the Maryland Transportation Authority Police. Three other defendants have pleaded guilty and two are awaiting trial.

Cargo security specialists said the case illustrated how insider access to digital booking platforms has become as valuable to thieves as physical access to a yard. “You don't need to cut a fence anymore if you can see exactly which box has the iPads in it and schedule your own truck to collect it,” said one consultant who advises importers on supply chain risk.

⟦embed:U.S. Attorney's Office, District of Maryland on X: “Freight forwarder admits role in theft of $3.1M in electronics from Port of Baltimore containers.” Read more: justice.example/md-0412 · 3:47 PM · Apr 12, 2024⟧

Sentencing has been set for July. The charge carries a maximum penalty of ten years in prison, although prosecutors said they would recommend a lower sentence under the plea agreement.

The terminal operator said it had since tightened controls on who can create and change pick-up appointments⟦stray:”⟧ and introduced two-factor authentication for all trucking and forwarding accounts."""),

("Khaleej Business Wire", """Abu Dhabi race weekend drives record hotel occupancy and retail spending

ABU DHABI — Hotels in Abu Dhabi recorded average occupancy of 94 per cent over the Formula One season finale weekend, the highest for any event in the emirate's history, according to figures released by the Department of Culture and Tourism.

Average daily room rates across the emirate rose by about 70 per cent compared with the previous weekend, with properties on Yas Island and Saadiyat Island reporting full bookings weeks in advance. The race drew an estimated 170,000 spectators over three days, with ⟦glued:grandstandsand⟧ hospitality packages sold out for the third year running.

Retailers also benefited. Card spending at Yas Mall and other major shopping centres rose by close to a fifth over the weekend, according to data from a regional payments processor, with restaurants and cafés seeing the biggest increases.

Officials said visitors from the UK, Germany, Saudi Arabia and India made up the largest groups of international arrivals. Flights into Zayed International Airport were near capacity from Thursday onwards.

The race forms part of a calendar of sporting and entertainment events that the emirate has used to grow tourism, alongside concerts, mixed martial arts fights and international cricket. ⟦broken_paragraph:Abu Dhabi welcomed more than 24 million hotel guests and day visitors last year, and has set a target

of 39 million by 2030⟧, according to its tourism strategy.

A senior executive at a hospitality group with three hotels on Yas Island said the event had become the anchor of the winter season. “Race week now sets the tone for the rest of our year. Guests who come for the race come back in February for golf and in March for the theme parks,” he said.

Analysts cautioned, however, that the emirate's rapid expansion of hotel supply, with several thousand new rooms due to open in the next two years, could put pressure on rates outside peak periods.

Organisers said more than 40 per cent of tickets for next year's race had already been sold through early-bird offers.

⟦disclaimer:Automatically translated by GulfWire Translate. Original language: Arabic. Machine translation may not fully reflect the meaning of the source text.⟧"""),

("Donegal Northern Herald", """‘The sea gave us everything’: Burtonport skipper looks back on fifty years at the fishing

⟦furniture:Home › News › West Donegal › Interviews⟧

When Johnny Boyle first went to sea out of Burtonport, he was fourteen, the boat was made of larch, and the skipper navigated by the lights on Arranmore and a well-thumbed chart kept dry in a biscuit tin.

Fifty years later, he is tying up his own trawler, the Ros Cathail, for the last time, and handing the keys to his nephew.

“I never wanted to do anything else,” he says, sitting in the wheelhouse with a mug of tea going cold in front of him. “My father fished, his father fished. You didn't think about it. You just went.”

He has seen the industry change almost beyond recognition. The herring boom of the 1970s, the collapse that followed, quota cuts, decommissioning schemes, and Brexit, which he says took a slice out of the mackerel share that the west coast fleet will never get back.

⟦fragment:When asked about the hardest years, looking out towards Rutland Island for a long moment.⟧

“We lost two good men off this coast in my time,” he says eventually. “You never forget that. You go out every morning knowing the sea doesn't owe you anything.”

Still, he insists he has no regrets. “⟦break:The sea gave us. Everything we⟧ have. The house, the children's education, the friends. I'd do it all again tomorrow,” ⟦attribution:he says, Boyle tells the Herald⟧.

His nephew Conor, 31, has already made changes, fitting new electronics and switching to a smaller crew. He says the future of the harbour depends on getting young people into the industry and on securing a fair share of fishing opportunities for the Irish fleet.

“It's harder now than when Johnny started. There's more paperwork than fishing some weeks,” Conor says. “But there's still a living in it if you're careful.”

For his retirement, Johnny has modest plans. A bit of sea angling, more time with his grandchildren, and maybe, he admits with a grin, a holiday somewhere hot where nobody will ask him about quotas.

The harbour will host a small presentation for him on Saturday evening at the pier, followed by music in the local bar."""),

("The Fife Gazette & Advertiser", """Glenrothes delegation marks fifty years of twinning with Bavarian town

A ⟦glued:Glenrothesdelegation⟧ of councillors, pipers and schoolchildren has returned from Bavaria after a week of celebrations marking half a century of twinning between the new town and Altmühlbrück, a small market town north of Munich.

The link was established in 1974, when the two towns' mayors signed a charter pledging to promote friendship and understanding between their communities in the years after the war. Since then, thousands of young people from both towns have taken part in school exchanges, football tours and music festivals.

The 42-strong Fife group included the Glenrothes and District Pipe Band, which led a parade through Altmühlbrück's old town on Saturday, and pupils from Glenwood High School, who stayed with host families.

Provost Janet Melville said the visit had been “deeply moving”. “Some of the people we met were at the original signing fifty years ago. ⟦broken_paragraph:To stand in the same square with them and hear the

pipes playing⟧ was something I will never forget,” she said.

In his speech at the town hall, Altmühlbrück's mayor thanked the visitors. “⟦foreign:Diese Freundschaft ist über fünfzig Jahre gewachsen, und sie wird noch lange weiterleben⟧,” he told the audience.

⟦embed:Tap to unmute · 2:15 · Glenrothes pipers in Altmühlbrück! 🏴󠁧󠁢󠁳󠁣󠁴󠁿🇩🇪 @GlenrothesPB · 3.2K views⟧

A return visit by a group from Bavaria is planned for next summer, when the German guests will take part in the Glenrothes gala day.

⟦dup:1⟧

Fife Council said twinning links remained an important way of building connections for young people, especially since the UK left the European Union and exchange programmes became harder to organise. Details of how to get involved are available from the council's international team. ⟦placeholder:[Find out more here](#)⟧

The Glenrothes Twinning Association is looking for new members and host families for next year's exchange."""),
]
