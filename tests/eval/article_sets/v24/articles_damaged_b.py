ARTICLES = [

("Matabeleland Mirror", """Bulawayo residents queue for water as dams fall below a fifth of capacity

BULAWAYO - Residents of Bulawayo's western suburbs are spending hours each day at communal boreholes after the city extended water rationing to 96 hours a week, with supply dams holding less than 20 per cent of their capacity.

The Bulawayo City Council ⟦stray:(⟧BCC said on Monday that the city's five supply dams held 18.4 per cent of capacity. Two of them, Upper Ncema and Lower Ncema, have been decommissioned because the water left is too shallow to pump.

In Nkulumane, women begin queuing at the borehole behind the community hall before sunrise. Sithembile Ndlovu, 39, said she collected water for her family of six and for an elderly neighbour. "I come at four. If I come at six, I will be here until lunch," she said.

The council's town clerk, Christopher Dube, told a full council meeting that the city was pumping from every available source. "We are drilling more boreholes and repairing the old ones, but the real answer is a new dam and a pipeline from the Zambezi," he said.

Councillors said the rationing schedule was not being followed and that some suburbs ⟦break:had gone. Without⟧ water for more than a week. Ward 17 councillor Mthokozisi Moyo said residents in Pumula South had not seen water ⟦broken_paragraph:in their taps since the

previous⟧ Thursday.

Health workers are worried about disease. A nurse at a clinic in Luveve, who asked not to be named because she was not allowed to speak to the press, said staff had seen more children with diarrhoea in the past month. "When people store water in open buckets, the germs come," she said.

The government says work on the Lake Gwayi-Shangani dam, about 200 kilometres ⟦glued:northof⟧ the city, is more than 80 per cent complete. But the pipeline to carry water to Bulawayo has not yet been built.

The council has asked residents to report leaks and burst pipes, which it says waste about a third of the treated water in the system."""),

("Lusaka Court Reporter", """High Court orders mining firm to compensate Chingola farmers for polluted river

The High Court in Ndola has ordered a mining company to pay compensation to 186 small-scale farmers in Chingola whose crops and fish ponds were damaged when acid water from a tailings facility spilled into a stream.

Judge Mwangala Mwale ruled that Kafubu Copper Processing Ltd had been negligent in maintaining a pipeline that burst in November 2021, releasing effluent into the Mushishima stream. The farmers used the stream to irrigate vegetables and fill fish ponds.

"The evidence shows that the company knew the pipeline was corroded and did not replace it," ⟦attribution:the judge said in her ruling, the judge said⟧. She ordered that damages be assessed by the court's deputy registrar.

The farmers, represented by a legal aid clinic, had asked for 14 million kwacha. The amount each will receive has not been set.

⟦placeholder:undefined⟧

Farmer Mary Nkonde, 52, told the court during the trial that her cabbages and rape turned yellow and died within days of the spill. "I had a contract with a supermarket in town. After that season they did not buy from me again," she said outside court on Friday.

⟦fragment:Despite the company's argument that the farmers had been paid through a community fund in 2022.⟧ The judge found that the fund had given each household a bag of mealie meal and some cooking oil, which could not be treated as compensation.

Lawyers for the company argued that the farmers had not proved that the spill alone caused their losses, pointing to drought and poor soils. The judge rejected that argument, citing tests by the Zambia Environmental Management Agency that found high levels of copper and sulphate in the stream after the spill.

Community leader Alfred Mulenga said the ruling was a lesson for mining firms on the Copperbelt. "They think a poor farmer cannot fight them. Today we have shown that we can," he said.

The company said it was studying the judgment and had not decided whether to appeal. It has 30 days to lodge an appeal in the Court of Appeal.

The spill was one of several on the Copperbelt that year, prompting the agency to order an audit of tailings pipelines across the province."""),

("Savanna Science News", """Citizen scientists help track return of vultures to Kruger's western boundary

A network of game guides, farm workers and schoolchildren has helped researchers record the first increase in breeding white-backed vultures along the western edge of the Kruger National Park in more than a decade.

⟦furniture:We use cookies to give you the best experience on our site. By continuing to browse you agree to our use of cookies. [Accept all] [Manage preferences]⟧

The survey, run by a vulture conservation group based in Hoedspruit, found 164 active nests in the 2023 breeding season, compared with 131 in 2018. Volunteers used a mobile phone app to send photographs and locations of nests they saw during their daily work.

White-backed vultures are listed as critically endangered. Their numbers have crashed across Africa, mainly because of poisoning. Poachers lace carcasses with pesticide to stop the birds from circling over killed elephants and rhinos and alerting rangers.

"Vultures are the clean-up crew of the bush. Without them, carcasses lie for days and spread disease," said project leader Dr Karabo Sithole. "Every nest we find is a family we can protect."

⟦dup:1⟧

The volunteers reported more than 2,000 sightings over the season. Game guide Themba Mathonsi, who drives tourists in a private reserve near Klaserie, said he had recorded 27 nests. "The guests love it. They take the photo and I upload it. Now they ask me about vultures before they ask about lions," he said.

⟦embed:@hoedspruit_vultures
Nest #112 has a chick! 🐣 Spotted by Grade 7 learners from Acornhoek Primary on their field trip today. Well done, team!
♬ original sound - hoedspruit_vultures
24.1K   ❤ 1,306 comments⟧

Researchers caution that the increase is small and could be reversed by a single mass poisoning. In 2019 more than 500 vultures died after eating poisoned elephant carcasses in Botswana.

The group is training farm workers to recognise poisoned carcasses and to call a hotline. It also runs vulture-safe feeding sites on farms, where livestock that died of natural causes is left out for the birds.

The results will be presented at a raptor conservation meeting in Pretoria in October."""),

("Mozambique Channel Wire", """Beira fishermen return to sea after cyclone season ends

BEIRA, Mozambique (MCW) - Artisanal fishermen in Beira have begun to rebuild their fleet of wooden boats after a cyclone season that destroyed or damaged more than 600 vessels along the Sofala coast.

At the Praia Nova fish market, carpenters were fitting new planks to hulls on the sand on Monday while fishermen mended nets in the shade. Many boats have been out of the water since February, when Cyclone Filipo brought strong winds and a storm surge to the coast.

Fisherman Armando Chissano, 44, lost his boat and two nets. He borrowed money from relatives to buy timber and has been building a new boat with his brother. "Without a boat, I am nothing. My children eat from the sea," he said.

⟦foreign:A associação dos pescadores pediu ao governo provincial que reduza as taxas de licença este ano, porque muitas famílias perderam tudo durante o ciclone.⟧

The provincial fisheries directorate said about 4,000 people depend directly on artisanal fishing in Beira. Fish from Praia Nova feeds much of the city and is also sold ⟦broken_paragraph:dried in markets as far

as⟧ Chimoio and the border with Zimbabwe.

A programme funded by international donors is giving outboard engines and nets to some fishermen's associations. Provincial director Lurdes Macuácua said the programme would reach about 120 boats this year. "We know it is not enough, but it is a start. We are giving priority to those who lost everything," she said.

Fish trader Celeste Mondlane said prices had risen by almost half since the cyclone because fewer boats were going out. "People are buying smaller amounts. Before, a family would buy a whole fish. Now they buy half," she said.

Fishermen say the storms are getting stronger. Beira has been hit by several major cyclones since Idai in 2019, which killed hundreds of people in Mozambique and flattened much of the city.

Many fishermen have also lost their homes in the low-lying Praia Nova neighbourhood. The municipality wants to move families to higher ground, but many are reluctant to live far from the beach.

⟦disclaimer:This text was translated automatically from the Portuguese original. In case of any discrepancy, the Portuguese version shall prevail.⟧"""),

("Kivu Health Monitor", """Bukavu maternity ward gets solar power after years of night-time blackouts

BUKAVU - The maternity ward at a public health centre in Bukavu's Kadutu district now has power around the clock, after a solar system was installed to end frequent blackouts that forced midwives to deliver babies by torchlight.

The system, paid for by a Congolese diaspora association in Belgium, includes 24 solar panels and a battery bank that can run lights, an oxygen concentrator and a baby warmer ⟦glued:overnight.Staff⟧ switched it on last week.

Midwife Solange Mugisho has worked at the centre for eleven years. She said she had often held a mobile phone in her mouth to light a delivery. "You are holding the baby, the mother is pushing, and the phone is between your teeth. Many times," she said.

The city's electricity supply from the national utility is unreliable, with cuts lasting several hours a day in many neighbourhoods. The centre had a diesel generator, but staff said fuel was expensive and often ran out.

⟦fragment:After the generator broke down for the third time in a single month last year.⟧ The head of the centre, Dr Emmanuel Bisimwa, wrote to the diaspora association asking for help.

"We deliver about 140 babies a month. Some come at night with complications. With light and a warmer, we can ⟦break:give. Them⟧ a chance," he said.

The association raised about US$18,000 from members in Brussels and Liège. Its president, Chantal Mirindi, who was born in Bukavu, said members wanted to see exactly where their money went. "We send money home to our families every month. This time we sent it home to the whole community," she said.

Health officials in South Kivu said dozens of health centres in the province still rely on candles, torches or mobile phones at night. A provincial plan to equip 200 facilities with solar power by 2026 has so far reached fewer than 40.

Mothers at the centre welcomed the change⟦stray: :⟧ Aline Cirimwami, who gave birth to a son on Friday night, said the ward was bright and warm. "I was not afraid. I could see the face of the midwife," she said."""),

("Touchline Africa", """Zimbabwe Warriors name uncapped goalkeeper for qualifiers

Zimbabwe coach Fabian Nyathi has named uncapped goalkeeper Tinashe Mupfumi in a 25-man squad for next month's World Cup qualifiers against Lesotho and Rwanda.

⟦furniture:RELATED STORIES
• Warriors slip three places in FIFA rankings
• Dynamos keeper linked with South African move
• Nyathi: "We need goals from midfield"⟧

Mupfumi, 21, has kept 11 clean sheets in 19 league matches for Bulawayo side Bulawayo Athletic this season. He replaces the injured veteran Washington Chari, who broke his wrist in training last week.

"He is young but he is calm. He talks to his defenders and he does not panic when the ball is in the air," ⟦attribution:Nyathi said, according to the coach⟧. "He has earned his place."

⟦placeholder:[[IMAGE_CAPTION]]⟧

The squad includes eight players based in South Africa and five in Europe. Striker Kudzai Marowa, who plays in the Portuguese second division, returns after missing the last two matches with a hamstring injury.

Zimbabwe are third in their qualifying group with four points from four matches, two behind leaders Rwanda. They play Lesotho in Johannesburg on 5 September, because Zimbabwe has no stadium approved for international matches, and then face Rwanda in Kigali four days later.

The lack of a home venue has frustrated players and fans. "We are playing home games in another country. Our supporters cannot come. It is like playing two away games," said midfielder Blessing Chirwa.

The sports ministry said repairs to the National Sports Stadium in Harare were under way and that an inspection was planned before the end of the year.

Bulawayo Athletic coach Mpho Ncube said Mupfumi's call-up was a reward for the club's academy, where he has trained since the age of 12. "We told him, keep working and the national team will come. Now it has come," he said.

Supporters' club chairman Dumisani Sibanda said fans would travel to Johannesburg by bus. "We will fill one stand at least. The boys must feel at home even in Soweto," he said.

The squad will gather in Harare on 30 August before flying to Johannesburg."""),

("Harare Evening Post", """Mbira player Farai Gumbo wins over Madrid audiences on first European tour

Zimbabwean mbira player Farai Gumbo has completed the Spanish leg of his first European tour, playing six sold-out concerts in Madrid, Valencia and Seville with his four-piece band.

Gumbo, 34, grew up in Murehwa, where he learnt to play from his grandfather, a spirit medium who played at all-night ceremonies. He moved to Harare at 18 and spent years playing in bars and at weddings before a recording he posted online was picked up by a Spanish festival organiser.

"I never thought I would see Europe. I thought mbira was for our village, for our ancestors. Now people in Spain are dancing to it," he said by telephone from Seville on Monday.

⟦embed:▶ Farai Gumbo - Nhemamusasa (Live at Sala Clamores, Madrid)
48,217 views · 2 weeks ago
1.4K 👍  |  SHARE  |  SAVE⟧

The band mixes traditional mbira tunes with electric bass and drums. Spanish critics praised the concerts.

⟦foreign:El crítico del diario madrileño escribió que la música de Gumbo tiene una calma hipnótica que se apodera poco a poco del público, hasta que nadie en la sala puede quedarse quieto.⟧

The tour was organised with help from a cultural exchange programme and a Harare arts trust. The band now moves on to Portugal and France before returning home in October.

Arts trust director Nyasha Mapfumo said musicians from Zimbabwe faced high costs and visa delays when travelling to Europe. "We applied for the visas in March. They came two days before the flight. Many bands give up before they get that far," she said.

⟦dup:2⟧

Back in Murehwa, relatives have been following the tour on social media. Gumbo's mother, Rudo, said the family gathered around a phone to watch videos of his concerts. "When I see those people clapping for my son, I cry," she said.

Gumbo said he planned to use some of his earnings to set up a small school for young mbira players in Murehwa. "My grandfather taught me for free. I want to do the same," he said."""),

("EastWire", """Eldoret wheat farmers switch to canola as prices slide

ELDORET, Kenya (EastWire) - A growing number of wheat farmers in Uasin Gishu and Nakuru counties are planting canola, an oilseed crop, after two seasons of low wheat prices and high production costs.

The Kenya Agricultural and Livestock Research Organization estimates that canola was grown on about 9,000 hectares in the North Rift this year, compared with fewer than 2,000 hectares five years ago.

Farmers say canola needs less fertiliser than wheat, matures faster and sells to local oil processors who pay within weeks. Wheat, by contrast, competes with cheap imports ⟦broken_paragraph:and millers often delay

payments⟧ for months.

Joseph Kiprop, who farms 120 acres near Moiben, planted canola on half his land this season. "Wheat has been my life for thirty years. But I cannot keep farming at a loss. Canola gives me some hope," he said.

Oil processor Rift Valley Oilseeds, based in Nakuru, said it could buy all the canola farmers in the region produce. Its operations manager, Susan Wanjiku, said the company had been importing crude oil from abroad. "Every litre we can press in Kenya is a litre we do not have to import," she said.

Canola is not without risks. It is sensitive to drought at flowering, and farmers need new equipment or adjustments to harvest the small seeds without losing them.

Researchers warn that farmers should rotate canola with cereals rather than replace wheat entirely. Rotation breaks disease cycles and improves yields of both crops, said agronomist Dr ⟦glued:PaulRono⟧ at the research organisation's Njoro centre.

The shift has worried some officials, who say Kenya already imports most of the wheat it consumes. The Ministry of Agriculture said it was reviewing import duties and a guaranteed minimum price for local wheat.

Wheat grower Ruth Chepkemoi said she would return to wheat if prices improved. "I am a wheat farmer in my heart. Give me a fair price and I will plant wheat again tomorrow," she said.

⟦disclaimer:This story was generated automatically from agricultural market data and wire reports. It has not been edited by a journalist.⟧"""),

("The Limpopo Ledger", """Tzaneen taxi rank upgrade stalls as contractor walks off site

An upgrade of the main taxi rank in Tzaneen has stalled for the third month after the contractor left the site, complaining that the municipality had not paid invoices worth R3.8 million.

The R22 million project was meant to give the rank a roof over the loading bays, new toilets, a paved surface and stalls for hawkers. Work started last September and was due to be finished in April.

On Tuesday, half-built steel columns stood over piles of rubble, and taxis loaded passengers between mounds of gravel. When it rains, the rank turns to mud.

Taxi association chairman Solly Maake said drivers had been patient. "We moved our taxis three times so they could work. Now nobody is working and we are standing in the dust," he said.

⟦placeholder:null⟧

Greater Tzaneen Municipality spokesman Neville Ndlala said payments had been delayed because the contractor's invoices did not match work certified by the engineer. "We pay for work done, not for work promised," he said. He said the municipality hoped to resolve the dispute within weeks.

The contractor, a Polokwane-based firm, said in a letter to the municipality that it had completed about 60 per cent of the work and could ⟦break:not pay. Its⟧ workers or suppliers without the money owed.

Hawkers who used to trade at the rank have moved to the pavement along Danie Joubert Street. Fruit seller Maria Mahlaule said her sales had fallen. "The people walk past me. At the rank, they stood and waited for the taxi, and they bought," she said.

⟦fragment:A situation which several councillors described as an embarrassment to the town.⟧

Ward councillor Phineas Mokgoloboto said residents were asking why the project had been approved without enough money in the budget⟦stray:“⟧ He has asked for a report at the next council meeting.

Commuters say the rank is unsafe at night without lights. Shop assistant Lindiwe Baloyi said she now walks to a different stop. "I would rather walk twenty minutes than stand there in the dark," she said.

The municipality said it would put up temporary lights this week."""),

("Lakeside Business Daily", """Rwandan coffee co-operative opens its own roastery in Kigali

KIGALI - A coffee co-operative of 1,300 farmers in Rwanda's Nyamasheke district has opened its own roastery and café in Kigali, in a bid to earn more from the beans its members grow.

The Abakundakawa Kivu co-operative has sold green coffee to exporters for 15 years. Now it plans to roast about 20 tonnes a year for sale in supermarkets, hotels and its own café in the Kimihurura neighbourhood.

⟦embed:Jeanne Uwase • Manager at Abakundakawa Kivu Coffee
2d • Edited
So proud to open our roastery today! From our hills in Nyamasheke to your cup in Kigali ☕🇷🇼 #RwandanCoffee #FarmToCup
👏💡❤️ 843 · 67 comments · 29 reposts⟧

Co-operative manager Jeanne Uwase said roasted coffee sells for about four times the price of green beans. "For years, our farmers grew the best coffee and others made the money from roasting and selling it. We want some of that value to stay with the farmers," she said.

The roastery cost about 180 million Rwandan francs, funded partly by a loan from a development bank and partly by the co-operative's savings.

Farmers in Nyamasheke say they hope the venture will mean higher payments. Emmanuel Habimana, who has 900 coffee trees on a hillside above Lake Kivu, said he joined the co-operative in 2010. "If the café makes money, they say we will get a bonus at the end of the year. We are waiting to see," he said.

⟦furniture:What do you think? Join the conversation in the comments below. Please keep it civil: comments are moderated before publication.⟧

Domestic coffee consumption in Rwanda is low but growing, helped by cafés popular with young professionals in Kigali. The National Agricultural Export Development Board has encouraged co-operatives to add value locally.

Some analysts are cautious. "Roasting and retail are different businesses from farming. You need marketing, packaging and a steady supply. Many co-operatives have tried and failed," ⟦attribution:said Kigali-based analyst Patrick Nkusi, he said⟧.

Uwase said the co-operative had hired a trained roaster and a marketing manager. It also plans to sell online and to ship small quantities to customers in the diaspora.

The café opened on Saturday with a tasting for buyers and hotel owners. Uwase said the first 500 bags of roasted coffee had already been ordered."""),

("Reef & Rock Mining Review", """Senegal gold project receives mining licence after two-year review

Sabodala West Mining SA has received a mining licence for its Kédougou East gold project in south-eastern Senegal, two years after it submitted its feasibility study, the company said on Wednesday.

The licence covers 62 square kilometres and runs for 20 years. The company plans an open-pit mine producing about 140,000 ounces of gold a year for the first eight years, with a processing plant on site.

Chief executive Ibrahima Diallo said construction would start in the first quarter of next year. "The licence is the last big step. Now we can finalise financing and order the long-lead equipment," he said.

⟦dup:1⟧

The project is in a region where several large gold mines already operate. Artisanal miners also work across the area, often in dangerous shallow pits.

⟦foreign:Les représentants des orpailleurs ont demandé que des zones soient réservées à l'exploitation artisanale afin que les jeunes du village ne perdent pas leur seule source de revenus.⟧

The company said it had agreed to set aside two corridors within the licence area for artisanal mining, and would help miners form co-operatives. It has also agreed to build a health post and to pay into a local development fund.

Village chief Mamadou Keïta of Bantaco said residents wanted jobs more than promises. "We have seen other mines come. They build a school, they paint it, and then they bring workers from Dakar. We want our young men to drive the trucks," he said.

Diallo said the company would give priority to local hiring and train about 300 people from surrounding villages. The mine is expected to employ about 900 people once in production.

Senegal's mining code gives the state a 10 per cent free stake in new mining companies, with an option to buy more. The government has said it wants to raise revenue from the sector.

Analysts said the licence removed a key risk from the project. Sabodala West's shares rose 14 per cent in London trading.

⟦disclaimer:Traduction automatique - machine translated from the French edition by an automated system. Figures and names have not been checked.⟧"""),

("Matabeleland Mirror", """Gwanda council scraps plan to move vendors from town centre

GWANDA - Gwanda Municipality has dropped a plan to move informal vendors from the town centre to a new market on the outskirts, after vendors refused to go and councillors admitted the site had no water or toilets.

The council voted at a special meeting on Tuesday to let vendors stay along Main Street for another year while the new market is completed. About 400 vendors sell vegetables, clothes and airtime in the town centre.

Vendors' association chairperson Nokuthula Sibanda said the plan had been made without talking to them. "They want us to go three kilometres out of town to sell tomatoes to nobody. Who will walk there⟦stray: ?⟧" she said.

The new market was built on land near the railway line. Construction started in 2022 with money from a government grant, but the council ran out of funds before water pipes and toilets were installed.

Town clerk Themba Mlilo told councillors that the ⟦broken_paragraph:market would

be⟧ finished once the next tranche of government money was released. He did not give a date.

Councillor Siphiwe Ncube said the council had made a mistake. "We built the walls and forgot the water. Now we want people to move there. That is not fair to them," he said.

Shop owners along Main Street have complained about vendors blocking the pavement and selling goods outside their doors. Businessman Ahmed Patel said he had nothing against vendors but wanted order. "Give them proper stands, give them a plan. Right now it is chaos in front of my shop," he said.

The council said it would mark out spaces for vendors and collect a daily fee of one US dollar. The money will go towards ⟦glued:cleaningthe⟧ street and building toilets at the market.

Vendor Gogo Ellen Dube, 67, has sold vegetables at the corner of Main Street and Fifth Avenue for 20 years. "My customers know me here. At the new place, I would start again like a child," she said.

The council will review the arrangement next June."""),

("Highveld Agri Trader", """Eastern Cape wool growers get higher prices for traceable clips

Wool growers in the Eastern Cape who can prove how their sheep are farmed are getting up to 15 per cent more for their wool, as European and Chinese buyers demand traceable fibre.

At the Port Elizabeth wool auction last week, certified clips sold at a clear premium over ⟦break:uncertified wool. Of⟧ similar quality, brokers said. Demand is being driven by clothing brands that want to tell customers where their wool comes from.

Certification schemes require farmers to meet standards for animal welfare, land management and worker conditions, and to keep records that can be checked by auditors.

⟦fragment:Whereas only a few large farms in the Karoo had bothered with certification five years ago.⟧ Brokers say about a third of the wool sold at the auctions is now certified.

Communal wool growers in the former Transkei have also joined. Farmers in Mount Fletcher shear their sheep in shared sheds, and the wool is classed and baled together before it goes to auction.

Nosipho Mavuso, who keeps 90 merino sheep near Mount Fletcher, said the premium made a difference. "Last season we got more money than ever. I paid school fees for two children with the wool cheque," she said.

⟦placeholder:[Read the full report here]()⟧

Wool broker Johan van Rensburg said buyers were checking paperwork more closely each year. "Five years ago nobody asked. Now the buyer wants to know the farm, the shearer, even how the sheep were treated on the day of shearing," he said.

Not all farmers are convinced. Some say the audits are expensive and take too much time. Karoo farmer Hendrik du Toit said he had dropped out of one scheme after two years. "I farm sheep. I am not a clerk. The forms were endless," he said.

South Africa is one of the world's largest producers of fine merino wool, and most of the clip is exported to China for processing.

The National Wool Growers' Association said it was working with auditors to make certification cheaper for small and communal farmers."""),

("Coastal Times", """Malindi residents fight beachfront villa plan near turtle nesting site

MALINDI - Residents and conservation groups in Malindi have objected to plans for a row of holiday villas on a stretch of beach where green turtles come ashore to nest.

The proposal, submitted to Kilifi County's planning department by a company with Italian and Kenyan shareholders, would put twelve villas and a swimming pool on a plot north of Silversands, about 40 metres from the high water mark.

Local turtle monitors say they recorded 23 nests on that stretch last season. Community volunteer Kahindi Charo, who patrols the beach at night, said the turtles would not come back if the area was lit and fenced. "Turtles need a dark, quiet beach. If you put lights and music there, they go somewhere else, or they die in the sea with the eggs," he said.

⟦embed:Watamu Turtle Watch @WatamuTurtles · 3 Jun
A green turtle laying 112 eggs on the beach north of Silversands last night 🐢 This is exactly the beach now under threat. Have your say before 30 June 👇
Show this thread⟧

The developer's agent, Francesca Moretti, said the company had designed the villas with the turtles in mind. "We will use low lights facing away from the sea and we will support the monitoring programme," ⟦attribution:Moretti said, the agent stated⟧.

Malindi has a large Italian community, and many of the town's hotels and villas are owned by Italian investors. Some residents say development has already pushed local people away from the beach.

⟦foreign:Molti residenti italiani della zona hanno firmato la petizione, dicendo che la spiaggia deve restare aperta a tutti e non solo a chi può permettersi una villa.⟧

Beach operator Hassan Mohamed, who hires out boats, said the community needed both tourism and turtles. "Tourists come because of the turtles and the clean beach. Kill the turtles and you kill the tourism too," he said.

County planning officials said the application would be considered after the public comment period closes at the end of June. An environmental impact assessment has been submitted to the national environment authority.

⟦furniture:© 2024 Coastal Times Media Group Ltd. All rights reserved. Reproduction without written permission is prohibited.⟧"""),

("Mozambique Channel Wire", """Nampula cashew processors reopen factories as raw nut prices ease

NAMPULA, Mozambique (MCW) - Three cashew processing factories in Nampula province have reopened after lower prices for raw nuts made it worthwhile to process them locally instead of exporting them unshelled.

The factories, in Nampula city, Monapo and Angoche, employ about 2,800 people, most of them women who shell and peel the nuts by hand or with simple machines. They closed last year when exporters paid farmers more than processors could afford.

Processing plant manager Abdul Momade said the reopening had come just in time. "Our workers waited nearly a year. Some went to sell in the market, some went back to the farm. This week they came ⟦glued:back,because⟧ they know this work," he said.

Mozambique is one of Africa's largest cashew producers. Most of the crop is exported raw to India and Vietnam, where it is processed and sold worldwide.

The government has tried to encourage local processing with an export tax on raw nuts, but processors say the tax is not high enough to close the price gap. Farmers, on the other hand, want the best price for their nuts, ⟦broken_paragraph:whoever the

buyer⟧ is.

Factory worker Fátima Amisse, 38, said the job allowed her to pay rent and school fees. "In the factory I earn every month. In the market, some days I earn and some days I do not," she said.

⟦dup:1⟧

Farmer José Namuera, who has 300 cashew trees in Mogovolas district, said the price this season was lower than last year's. "The exporters paid well last year. This year they pay less. The factory is good for the town, but for me the price is what matters," he said.

The cashew institute said this season's harvest was expected to reach about 150,000 tonnes, slightly up on last year, thanks to good rains and a programme to replace old trees.

Processors say they need cheaper credit to buy raw nuts in bulk during the harvest, when prices are lowest. They have asked the government for a guarantee scheme.

⟦disclaimer:This article was generated by an AI model from a Portuguese-language source and lightly edited. It may contain errors.⟧"""),

("Savanna Science News", """Ugandan study links indoor charcoal stoves to childhood pneumonia

Children in homes that cook on charcoal or wood indoors are almost twice as likely to be admitted to hospital with pneumonia as those in homes that use gas or electricity, according to a study by researchers at a university in Kampala.

The researchers followed 1,200 children under five in Kampala and Wakiso district for two years. They measured air quality inside homes with small sensors and recorded hospital visits and admissions.

Homes that cooked indoors with charcoal had fine particle levels several times higher than the World Health Organization's guideline. The highest levels were measured in single-room houses where families cook, eat and sleep in the same space.

"The smoke you can see is not the only problem. The small particles are invisible, and they go deep into a child's lungs," said lead researcher Dr Florence Namutebi.

⟦fragment:Adding that mothers who cook with babies tied on their backs were most exposed.⟧

The study found that moving the stove outside or to a separate kitchen cut indoor particle levels by ⟦break:about half. In⟧ most homes. But many families in crowded parts of the city have no outdoor space.

Charcoal seller Joseph Ssemwogerere, who sells from a stall in Kawempe, said most of his customers had no alternative. "Gas is expensive. You pay a lot for the cylinder and the refill. Charcoal you can buy for one day, for two thousand shillings," he said.

Nurse Betty Akello, who works in the children's ward at a Kampala hospital, said the findings matched what staff saw every day⟦stray:..⟧ "We see the same families coming back with the same coughs. We treat the child, they go home to the smoke, and they come back," she said.

The researchers recommend subsidies for liquefied petroleum gas and better-designed stoves, as well as public health messages about keeping children away from cooking smoke.

The Ministry of Energy has a programme to promote gas for cooking, but officials say the cost of cylinders remains a barrier for poor households.

The study was published in a respiratory medicine journal this month."""),

("Touchline Africa", """Msasani Lions edge Jangwani United in Dar derby as late header settles tense contest

⟦furniture:About the author
Hamisi Juma is Touchline Africa's East Africa football correspondent, based in Dar es Salaam. Follow him on X @HamisiJumaTA⟧

Msasani Lions beat Jangwani United 1-0 in front of a full house at the Mnazi Mmoja Arena on Saturday, with defender Kelvin Mushi heading the only goal in the 88th minute.

The result lifts Msasani to within two points of Jangwani at the top of the Tanzanian Premier League with seven matches left. It was Msasani's first derby win in three attempts.

Kick-off: ⟦placeholder:%s⟧

The match was tight from the start. Jangwani had more of the ball in the first half and forced two good saves from Msasani goalkeeper Idrisa Mbwana, but neither side created many clear chances.

Msasani coach Fadlu Abdallah made two changes early in the second half, bringing on wingers to stretch Jangwani's defence. The move paid off late. A corner from the right was flicked on at the near post and Mushi rose at the back to head in from six yards.

"We told the players to be patient. In a derby, one moment decides everything," Abdallah said. "Today the moment was ours."

Jangwani coach Rui Valente said his team had controlled much of the game but lacked sharpness in front of goal. "We had the ball, we had the territory. But you must score. We did not," he said.

Msasani fans celebrated long after the final whistle, singing outside the stadium and along Mandela Road. ⟦glued:ManyJangwani⟧ supporters left before the end.

Police said the match passed off peacefully. About 60,000 people attended, and officers were deployed around the stadium and in the Kariakoo market district nearby.

Street vendor Mama Rehema, who sells roasted maize outside the stadium gates, said derby day was the best day of her year. "Msasani or Jangwani, I don't care. Everybody is hungry after shouting for ninety minutes," she said.

Jangwani host Kigamboni FC next Saturday, while Msasani travel to Mwanza to face Nyamagana Rangers."""),

]
