ARTICLES = [
("Tasman Business Review", """Second-hand phone seller doubles revenue as shoppers shun new models

Christchurch-based refurbished electronics retailer ReCell has doubled its annual revenue to $48 million, as cost-conscious shoppers turn away from new smartphones and buy second-hand iPhones and Samsung Galaxy handsets instead.

The company, founded in 2016 by brothers Tom and Isaac Ferris as an eBay store run from their parents' garage, now employs 140 people and sells through its own website, a TradeMe storefront and 11 retail kiosks in shopping centres from Whangārei to Invercargill.

Tom Ferris, now chief executive, said the average price of a new flagship phone had passed $2,000, which was simply too much for many households. “People still want a good phone. They just don't want to pay for the newest one. A two-year-old iPhone does 95 per cent of what the new one does.”

Highlights from the company's result for the year to June:

1. Revenue up 102 per cent to $48.1m.
2. Net profit after tax of $3.6m, up from $0.9m.
3. Units sold up 87 per cent to about 131,000.
4. Online sales now 58 per cent of the total.

The company grades every device it buys on a five-point scale and replaces batteries in any phone whose capacity has dropped below 85 per cent. Returns run at about 3 per cent, Ferris said, lower than the industry average for refurbished goods.

ReCell buys stock from corporate fleets, telcos and trade-in programmes in New Zealand, Australia and Singapore. It recently signed a deal to take end-of-lease MacBooks from a large accounting firm.

Retail analyst Jenna Kowhai said the growth of the refurbished market was a trend seen across the OECD. “It's partly the cost of living, and partly that younger buyers genuinely care about e-waste. ReCell has been in the right place at the right time, but it has also executed well.”

The Ferris brothers still own 70 per cent of the business. Asked whether a sharemarket listing was on the cards, Tom Ferris was brief.

“Not this year. Maybe not next year either.”

The company plans to open four more kiosks before Christmas, including its first in Australia, at a shopping centre on the Gold Coast."""),

("Highveld Sport", """Mokoena century puts Lions in charge at the Wanderers

Opener Kagiso Mokoena struck an unbeaten 131 as the Highveld Lions reached 318 for four at stumps on the first day of their four-day match against the Boland Falcons at the Wanderers on Thursday.

Mokoena, 22, batted through the day for his second first-class hundred, facing 247 balls and hitting 17 fours and two sixes. He shared a second-wicket stand of 144 with captain Reeza Daniels, who made 68.

The Falcons, who chose to bowl first under cloudy skies, had early success when seamer Jaco Lötter trapped Dean Pillay lbw for 9 in the fourth over. But the cloud cleared before lunch and the pitch flattened out.

“It was tough early on. The ball was nipping around and I just wanted to survive the first hour,” Mokoena said. “After lunch it got easier, and I told myself to cash in.”

Lötter was the pick of the bowlers with two for 61. Left-arm spinner Mthobisi Ngcobo picked up Daniels, caught at slip, but went for more than four an over.

Scorecard at stumps, day one:

Highveld Lions 1st innings
K Mokoena not out 131
D Pillay lbw b Lötter 9
R Daniels c Jansen b Ngcobo 68
W Botha c sub (Arendse) b Lötter 41
T Shabalala run out (Jansen) 27
M Kruger not out 22
Extras (b 4, lb 7, w 5, nb 4) 20
Total (4 wkts, 90 overs) 318

Fall of wickets: 1-14, 2-158, 3-241, 4-282.

Bowling: Lötter 19-4-61-2; De Kock 18-3-70-0; Jansen 16-2-54-0; Ngcobo 22-2-91-1; Arendse 15-4-31-0.

Falcons coach Hendrik Smuts said his side had bowled too short in the middle session. “We got what we wanted at the toss and didn't use it. Tomorrow we have to take wickets early with the new ball, or this game gets away from us.”

The Lions lead the four-day competition by six points, with three rounds to play. Play resumes at 10am on Friday, weather permitting."""),

("Otago Evening Star", """Obituary: Isobel Jean Grant, schoolteacher and hockey stalwart, 1934-2024

Isobel Grant, who taught three generations of children at Kowhai Flat School and coached hockey in the Maniototo for almost half a century, has died in Ranfurly at the age of 90.

Born Isobel Jean Munro in Gore in 1934, she trained at Dunedin Teachers' College and arrived in the Maniototo in 1955 for what she expected to be a two-year posting. She stayed for the rest of her life.

In 1958 she married Ian Grant, a stock agent, whom she met at a woolshed dance. They had four children.

She taught at Kowhai Flat School from 1955 to 1994, first as a junior-class teacher and later as principal, a role she held for 19 years. Former pupils recall her insistence on neat handwriting, her habit of reading poetry aloud on Friday afternoons, and a strap that hung on the classroom wall but which, by most accounts, was never used.

Hockey was her other great love. She played for Otago as a fullback in the 1950s and coached the school and district teams from 1960 until 2007, when a hip replacement finally put an end to her coaching. The Maniototo club's junior trophy was renamed the Isobel Grant Cup in her honour in 2009.

“She expected the best from you, and somehow you gave it,” said former pupil and Otago hockey representative Kerry Dougherty. “I was a shy kid. She put me in goal and told me I was the bravest girl in the school. I believed her.”

In retirement she wrote a history of the school for its centenary and served on the district's library committee.

Ian Grant died in 2011. She is survived by her four children, eleven grandchildren and seven great-grandchildren. A funeral service was held at St Andrew's Church, Ranfurly, on Tuesday.

Correction: An earlier version of this obituary, published on Saturday, said Mrs Grant played hockey for Southland. She played for Otago. The Star apologises for the error.

Correction (2): The original version also gave her year of retirement from teaching as 1992. It was 1994."""),

("Karoo Courier", """Seventy-year-old shearer shows the youngsters how it's done

At 70, Oom Sarel Jacobs is older than most of the sheep shearing competitors' grandfathers, but on Saturday at the Steynsfontein Show he finished third in the open blade-shearing final, ahead of men a third of his age.

Jacobs, who has shorn sheep in the district since he was 14, took just under five minutes to shear his first Merino ewe with hand blades, and the judges marked his fleeces among the cleanest of the day.

Asked afterwards how he kept going, he laughed and answered in Afrikaans: “Ek skeer al my hele lewe. As ek ophou, dan gaan ek dood.” (“I've been shearing my whole life. If I stop, I'll die.”)

The blade-shearing event was won by Lesotho's Thabo Mokhele, 31, who has competed at the world championships and now works as a shearing instructor. Second was Mzukisi Nombewu from Middelburg.

Blade shearing, which uses large scissor-like hand shears rather than electric machines, is still common on Karoo farms where flocks are shorn in the veld or in small sheds without power. It leaves a longer layer of wool on the sheep, which protects them from cold snaps after shearing.

Mokhele said competitors had a lot of respect for Jacobs. “When I was young, people told me about Oom Sarel. Today I shear next to him. It's an honour.”

The machine-shearing open final was won by local farmer's son Ruan Swanepoel, who shore five sheep in 4 minutes 12 seconds.

Show society chairperson Marietjie du Toit said about 4,000 people had attended over the two days, the best turnout since before the pandemic. The livestock sections drew 620 entries, including 180 Merinos and Dohne Merinos.

“People here work hard all year. The show is when they come to town, meet friends and have a bit of fun,” she said.

Jacobs said he would be back next year. “Ja. If the Lord lets me.”

Full results of the sheep and wool sections will be published in next week's Courier."""),

("Suva Weekender", """Lautoka church choir sweeps national competition

A choir from a small Methodist church in Lautoka won three of the five categories at the national choral competition in Suva on Saturday, including the prestigious open section, in which choirs must perform both a hymn and an original composition.

The 42-voice Saron Lautoka Choir, directed by schoolteacher Semisi Cakau, beat eleven other choirs in the open section with a performance of an original song about the cane-growing communities of the west.

The chorus of the song, written by Cakau and sung in Fijian, drew a standing ovation:

Noqu vanua, noqu vanua,
Au na lomani iko tiko ga.

In English, the lines mean: “My land, my land, / I will always love you.”

Cakau said he wrote the song after his father, a cane farmer near Ba, lost his lease. “Many families in the west have that story. I wanted them to hear it sung with pride, not sadness.”

The choir also performed a hymn arrangement whose English verse was sung by the children's section:

Morning on the reef, and the tide is turning,
Bread on the table and the lamp still burning,
Give us the strength for the work of the day,
Bring the boats home, Lord, and show them the way.

Judge Adi Salote Tuilagi, a former music lecturer, said the choir's blend and diction had been outstanding. “Every word was clear, in both languages. That is harder than people think.”

Results:
• Open section: 1. Saron Lautoka; 2. Wesley Nausori; 3. Centenary Suva.
• Youth section: 1. Saron Lautoka; 2. Holy Trinity Labasa.
• Hymn section: 1. Saron Lautoka; 2. Wesley Nausori.
• Male voice: 1. Police Band Chorus, Suva.
• Women's voice: 1. Soqosoqo Vakamarama, Nadi.

The choir will represent Fiji at a Pacific choral festival in Auckland in October. Members said they would now start fundraising for the trip.

Choir member Luisa Naivalu, 16, summed up the mood. “Tired. Happy. Very, very happy.”"""),

("Antipodean Science Weekly", """Q&A: The woman who counts frogs in the dark

For twelve years, ecologist Dr Meera Chand has spent her summer nights in the wetlands of the Murray-Darling Basin, counting frogs by their calls. Her latest paper shows that some species bounce back quickly after floods while others are in long-term decline. We asked her about the work.

Why frogs?

They're early warning systems. Frogs breathe partly through their skin, so they respond quickly to changes in water and land.

How do you count them?

Mostly by ear. Every species has its own call. We record at night and then listen back, or use software to sort the recordings.

How many recordings?

About 40,000 hours, so far.

Do you listen to all of it?

No. Thank goodness. Machine learning does the first pass and we check the uncertain ones.

What did the new study find?

That species like the spotted marsh frog recover within a year or two of a big flood. But the southern bell frog, which used to be common, keeps falling, flood or no flood.

Why?

A fungal disease, chytrid, is part of it. Loss of the right kind of wetland vegetation is another part. We think it's both.

Is it too late for the bell frog?

No. Not yet. There are still strong populations in some irrigation districts, oddly enough, in rice fields and channels.

Rice fields?

Yes. Rice bays hold water at the right time of year. Some farmers are now managing parts of their properties specifically for the frogs, and it's working.

What does a typical night look like?

Gumboots, head torch, mosquito spray. Leave at dusk, back at 2am. Lots of coffee.

Favourite frog?

The growling grass frog. It sounds like a motorbike revving a long way off.

What's next?

We're setting up listening stations on 30 farms in partnership with landholders, and we want to train local schools to run some of them. If kids learn the calls, they'll notice when something goes quiet.

Dr Chand's study was published in the journal Wetland Ecology and Management Australasia."""),

("Gauteng Law Reporter", """SCA overturns eviction order against elderly Soweto tenant

The Supreme Court of Appeal has set aside an eviction order against an 81-year-old Soweto woman, finding that the high court failed to consider whether she would be left homeless, as required by the Prevention of Illegal Eviction from and Unlawful Occupation of Land Act 19 of 1998 (PIE).

In Mabaso v Khumalo Family Trust (Case no. 412/2023) [2024] ZASCA 88, a unanimous bench of five judges upheld the appeal of Mrs Elizabeth Mabaso, who has lived in the same house in Orlando East since 1971.

The trust, which bought the property in 2019, sought to evict her after she stopped paying rent, which had risen from R1,200 to R3,500 a month. The Johannesburg High Court granted the order in 2022.

Writing for the court, Justice T. Nkosi-Mayer held that section 4(6) and 4(7) of PIE require a court to consider all relevant circumstances, including the rights and needs of the elderly, before granting an eviction order. The judge said the high court had not asked the City of Johannesburg whether alternative accommodation was available.

The SCA relied on, among others, City of Johannesburg Metropolitan Municipality v Blue Moonlight Properties 39 (Pty) Ltd 2012 (2) SA 104 (CC) and Occupiers of Erven 87 & 88 Berea v De Wet NO 2017 (5) SA 346 (CC), in which the Constitutional Court held that a court must be satisfied that an eviction is just and equitable.

“The court a quo treated the matter as a simple contractual dispute between landlord and tenant. It was not,” the judgment reads at para [34].

The matter has been remitted to the high court for reconsideration, with an order that the City file a report on available emergency accommodation within 60 days.

Mrs Mabaso's attorney, Nomsa Dlamini of the Soweto Legal Aid Clinic, said her client was relieved. “She raised five children in that house. She wants to die in it, in peace.”

Counsel for the trust, Adv. J. P. Venter SC, said his clients accepted the judgment and would engage with the City on alternatives.

Costs were not awarded, the court noting that the trust had acted in good faith."""),

("Waikato Ledger", """Te Roto's last bank branch closes its doors

The last bank branch in Te Roto closed on Friday, leaving the town of 4,200 people without a face-to-face banking service for the first time since 1912.

Dozens of residents gathered outside the branch on Main Street at closing time, some holding handwritten signs. One read simply: “105 years. Gone.”

What's changing

The bank will keep an ATM outside the building until at least March, and a mobile banking van will visit the town every second Thursday. Customers can also use the NZ Post counter in the four-square supermarket for some transactions.

The bank said foot traffic at the branch had fallen by 70 per cent in five years, with most customers now banking online or on their phones.

Who loses out

Not everyone. But for older residents, farmers and small businesses handling cash, the closure is a blow.

Retired farmer Doug Whatuira, 78, has banked at the branch since he opened his first account as a schoolboy. He does not use internet banking. “I don't want to. I want to talk to a person who knows me.”

Cafe owner Mei Lin Tan said she would now have to drive 40 minutes to Hamilton to deposit takings. “Twice a week, that's half a day gone. For a small business, that's real money.”

The council's view

Mayor Hemi Walker said the council had lobbied the bank for two years to keep the branch open. “We lost. That's the honest answer. Now we have to make sure people aren't left stranded.”

The council is talking to the government about a regional banking hub, where several banks share a single shopfront. Pilot hubs have opened in several small towns since 2021.

What happens to the building

The bank has put the two-storey brick building, built in 1924, on the market. Residents have suggested it could become a museum, a library or an arts centre.

Once it was the busiest building in town. On pay day, queues ran out the door and along the verandah.

Not anymore."""),

("Pacific Wire Service", """Tonga squash growers count cost of early end to season

NUKU'ALOFA, Oct 21 (PWS) – Tongan squash growers are facing losses of up to a quarter of this season's crop after heavy rain in September damaged plants across Tongatapu and 'Eua just weeks before harvest.

Squash pumpkin, grown mainly for export to Japan, has been one of the kingdom's most important cash crops since the late 1980s. About 400 growers planted this season, most on family allotments of two to eight acres.

“It looked like a good year until the rain came. Three days, non-stop, and the fields were under water,” said Sione Fifita, who farms six acres near Fua'amotu. “Some of the fruit has rotted in the ground. We cannot send that.”

Exporter Mele Havili, whose company ships to buyers in Osaka, said the fruit that had survived was of good quality. “The Japanese buyers are patient with us. They know the weather. But they still need the volume.”

The Ministry of Agriculture, Food and Forests (MAFF) said its officers were assessing fields and expected to release estimates of crop losses next week. Chief executive Dr Viliami Manu said the ministry would discuss support with growers once the assessment was complete.

Growers' association president Tevita Lātū said many farmers had borrowed to buy seed, fertiliser and fungicide. “If you lose a quarter of your crop, you might still pay back the bank. If you lose half, you're in trouble.”

Japanese demand for Tongan squash has been steady because it fills a gap in the market between the end of the New Zealand season and the start of Japan's own harvest. Exports peaked at more than 20,000 tonnes in the 1990s but have averaged around 8,000 tonnes in recent years.

The first ships are due to leave Nuku'alofa for Japan at the start of November.

– Reporting by Ana Taufa; editing by Ross Kemble"""),

("Dhaka Morning Post", """Sylhet tea garden's online campaign brings in tourists

A tea estate in Moulvibazar has seen visitor numbers treble after a group of young workers' children began posting videos of daily life on the plantation under the hashtag #ChaBaganDiaries.

The videos, which show tea plucking at dawn, children walking to the garden school and festivals in the labour lines, have been viewed more than four million times on TikTok and Instagram since April.

The account behind them, @chabagan.diaries, is run by four students aged 17 to 20 whose parents work on the Lalchhara Tea Estate. One of them, Sumi Kurmi, said they started posting simply because they wanted people to see where their tea came from.

“People in Dhaka drink tea every day. They don't think about who picks it. We wanted to show them,” she said.

The estate's manager, Abdul Mannan, said the garden had received about 3,000 visitors in the past three months, compared with fewer than 1,000 in the same period last year. Many asked specifically to see places shown in the videos.

The estate has now set up a small tea stall run by workers' families and a guided walking tour, with guides trained by a local NGO.

The campaign has also drawn attention to wages. Tea workers in Bangladesh earn a daily wage of Tk 178, among the lowest in the country, and some comments on the videos have called for better pay. The students say they are aware of the debate.

“We show our life as it is. The good and the hard,” said another member of the group, Ratan Bhumij. “If people want to help, they can buy our tea and listen to our parents.”

Tourism officials in Sylhet division have taken notice. The divisional tourism office tagged the account in a post on Facebook last week and invited the students to a meeting on rural tourism.

The group's most-watched video, a 40-second clip of pluckers singing in Sadri as they work, has more than 1.2 million views. Its caption reads: “Every leaf in your cup has a song. #ChaBaganDiaries #Sylhet #TeaLife”."""),

("Riverina Grower", """Wagga store cattle sale: young cattle ease, cows hold

Numbers lifted at Wagga Wagga's fortnightly store cattle sale on Friday, with 3,850 head yarded, up from 2,900 last sale, as dry conditions in the southern Riverina encouraged some producers to offload.

Prices for young cattle eased 10 to 20 cents a kilogram on the previous sale, while cows and calves and pregnancy-tested in-calf (PTIC) heifers held firm on the back of strong restocker demand from the north-east of the state.

Agent Bill McNamara said the yarding was mostly in good condition, with some lighter cattle coming from country that had missed the September rain. “Buyers were selective. The well-bred, well-presented lines went well. Plainer cattle struggled.”

Selected sales:
• Angus steers, 8-10 mths, 310 kg, $1,180 (381c/kg lwt)
• Angus heifers, 9-10 mths, 280 kg, $900 (321c/kg)
• Hereford steers, 12 mths, 380 kg, $1,310 (345c/kg)
• Charolais x steers, 10 mths, 340 kg, $1,205 (354c/kg)
• PTIC Angus heifers, 20 mths, $2,150
• Angus cows with calves at foot (CAF), $2,380 a unit

The Eastern Young Cattle Indicator (EYCI) finished the week at 612 cents a kilogram carcase weight, down 14 cents on the week, according to Meat & Livestock Australia (MLA) data.

Producer Margie O'Brien, from Tarcutta, sold 94 Angus steers and said she was happy enough with the result. “We've had a dry spring. I'd rather sell now at a fair price than hang on and hope for rain.”

Buyers from Gundagai, Tumut and the Victorian high country were active, along with several feedlot orders.

Next store sale: Friday, 8 November. Prime sale: Monday, 4 November."""),

("Malabar Daily Record", """Kozhikode food court opens with McDonald's, KFC and local eateries side by side

A new food court in Kozhikode's Mavoor Road commercial district opened on Sunday, bringing international chains such as McDonald's and KFC under the same roof as local favourites including a Malabar biryani house and a century-old halwa shop.

The 22,000 sq ft food court, on the third floor of the newly built Horizon Mall, has 26 outlets and seating for 700 people. The developers said it was the largest in north Kerala.

McDonald's franchise owner P. M. Abdul Latheef said the outlet would offer the chain's standard menu along with a McSpicy Paneer burger aimed at local tastes. “Kozhikode people love food. They will try everything once, and then they will decide,” he said.

Not everyone was convinced the chains would win. Rahmath Beevi, who runs the Kuttichira Biryani stall, said her family's recipe had been served in the city for three generations. “Let them come. People will eat a burger on Monday and come back to us on Tuesday.”

The mall also houses a PVR multiplex, a Decathlon sports store and an Apple reseller selling iPhones and iPads, as well as an H&M clothing outlet, the first in the district.

Kozhikode Corporation mayor Dr Beena Philip, who inaugurated the food court, said the project had created about 1,100 direct jobs. She urged the management to ensure that waste was segregated and that plastic use was minimised.

Traffic police said parking had been a concern on the opening day, with queues stretching onto Mavoor Road for more than an hour. The mall management said a second basement parking level with 400 more spaces would open next month.

Food blogger Ashiq Kallayi, whose Instagram page @calicutkitchen has more than 300,000 followers, said the mix of international and local brands reflected the city's long history as a trading port. “Arabs, Chinese, Portuguese – everybody came to Calicut and everybody brought food. McDonald's is just the latest.”

The food court is open from 10am to 11pm daily."""),

("Queensland Cane Times", """Smoko, sunburn and sugar: a day with a harvest crew

It is 5.30am at a cane farm outside Proserpine, and the harvester's floodlights are already cutting across the rows. By the time the sun comes up over the Clarke Range, driver Shane Vella and his haul-out operators will have filled four bins.

Photo caption: Harvester driver Shane Vella checks the chopper blades before the first cut of the day. Picture: Lisa Tran

Vella, 44, has driven harvesters for 23 seasons. He started as a 16-year-old haul-out driver for his uncle's contracting business and now runs his own three-person crew, harvesting about 110,000 tonnes a season for 14 growers.

“It's a good life if you like long days and don't mind dust,” he said. “Every day is different. Every block is different. Some blocks are beautiful, dead straight, nice and flat. Some are a nightmare.”

The crew works six days a week from June to November, breaking only for smoko mid-morning and a quick lunch in the shade of the ute. In a good week they cut 5,000 tonnes.

Photo caption: Haul-out operator Kayla Brennan tips cane into a bin at the rail siding. Picture: Lisa Tran

Kayla Brennan, 21, is in her second season. She grew up on a cattle property near Bowen and answered an ad on a Facebook page for cane industry jobs. “I'd never been in a tractor this big. Now I can back a haul-out into a siding in the dark.”

Finding workers is the biggest challenge, Vella said. Harvesting is skilled work, and many young people leave for better-paid jobs in the mines.

The crew's day ends when the last bin is full, often after dark. Then it's maintenance: greasing, sharpening basecutter blades, clearing trash from the chopper box.

“People in the city don't think about where their sugar comes from,” Vella said. “Next time you put a spoonful in your tea, think of us out here at 5am.”

Photo caption: The crew breaks for smoko beside the headland. From left: Kayla Brennan, Shane Vella and Joel Papadopoulos. Picture: Lisa Tran"""),
]
