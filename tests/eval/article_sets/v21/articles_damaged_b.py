ARTICLES = [
("Highveld Sport", """Mozambican newcomer wins Lowveld half-marathon in course record

⟦furniture:Athletics  |  Road Running  |  Results  |  Calendar  |  Log in / Register⟧

Mozambican runner Ernesto Machava broke the course record at the Lowveld Half-Marathon in Mbombela on Sunday, finishing in 1:02:41 in only his second race in South Africa.

Machava, 23, who trains in Maputo and works part-time at a sugar estate, pulled away from a leading group of five at the 15km mark on the long climb out of the river valley and was never challenged after that. His time took 37 seconds off the previous record, set in 2017.

Defending champion Lesiba Mphahlele finished second in 1:03:20, with Kenyan-born Mbombela resident Daniel Kiprop third.

“I did not expect this. I came to learn, and maybe to finish in the top ten,” Machava said through an interpreter. Asked what his plans were now, he replied in Portuguese. ⟦foreign:Quero voltar no próximo ano e correr a maratona completa. A minha família está muito orgulhosa.⟧

The women's race was won by Nomvula Khoza of Nelspruit Athletics Club in 1:14:05, her third win in the event. She ran most of the race alone after Lesotho's Mpho Letsie dropped out with cramp at 12km.

“The hill at the end is always brutal, but I know it well now. I train on it twice a week,” ⟦attribution:Khoza said, said the winner⟧.

Race director Pieter Joubert said a record 6,800 runners had entered across the half-marathon, 10km and 5km fun run, with large groups travelling from Maputo and ⟦glued:Eswatinifor⟧ the first time since the border restrictions of the pandemic years.

The race raised about R240,000 for school feeding schemes in the district, organisers said.

Machava said he would return home on Monday to his coach, and hoped to use the prize money of R40,000 to help pay for a training camp at altitude before the national championships in his own country later in the year.

Results: Men – 1 Ernesto Machava (MOZ) 1:02:41; 2 Lesiba Mphahlele 1:03:20; 3 Daniel Kiprop 1:03:58. Women – 1 Nomvula Khoza 1:14:05; 2 Thandi Mabuza 1:15:47; 3 Caroline Dube 1:16:30."""),

("Waikato Ledger", """Farmer who drove tractor on state highway over limit loses licence

A Waikato dairy farmer who drove a tractor and feed wagon along State Highway 27 with more than twice the legal limit of alcohol in his breath has been disqualified from driving for nine months.

Graham Lindsay Pollock, 57, appeared in Morrinsville District Court on Wednesday, where he pleaded guilty to driving with excess breath alcohol, his first such offence.

The court heard police stopped Pollock at about 8.40pm on a Saturday in June after a motorist reported a slow-moving tractor without working tail lights travelling between two of his farms. A breath test returned a reading of 540 micrograms of alcohol per litre of breath⟦stray:..⟧ The legal limit for adult drivers is 250.

Pollock told police he had been at a neighbour's birthday and needed to move the feed wagon before morning milking.

His lawyer, Sarah Tuhiwai, said her client was deeply embarrassed and had since ⟦break:enrolled. In⟧ an alcohol awareness programme. She asked the court to consider a limited licence so he could continue to run the farm, which milks 420 cows across two blocks.

Judge Mark Hollis declined, saying the offence was serious despite the low speed. “A tractor with a loaded wagon on a state highway at night, with no tail lights, driven by someone who has been drinking. It is frankly fortunate nobody was killed.”

He said the farm employed staff who could move machinery in the meantime. In addition to the disqualification, Pollock was fined $900 and ordered to pay court costs of $130.

Police said rural drink-driving remained a concern in the district, particularly on back roads where farmers often move machinery between blocks. ⟦placeholder:[[AUTHOR_BIO]]⟧

Senior Sergeant Kelly Moana said officers had stepped up checkpoints on rural roads over winter. “People think because it's a tractor and it's only a few kilometres, the rules don't apply. They do.”

⟦disclaimer:This story is part of our partner content feed and was automatically imported from a regional news service. Some formatting may be lost.⟧"""),

("Riverina Grower", """Fine wool holds firm at Yass sale despite weaker overall market

Superfine wool held its ground at the Yass sale on Wednesday, even as the broader market slipped for a second week on the back of softer demand from Chinese processors.

The Eastern Market Indicator closed down 14 cents at 1,132 cents a kilogram clean, but 17-micron wool and finer was largely unchanged, with several lots of 16.5-micron fleece from the Tablelands selling above 2,000 cents.

Broker Joanne McAlister said buyers were clearly prepared to pay for quality. “The finer end is always where the competition is. Good length, good strength, low vegetable matter, and you'll get a bid. It's the mid-micron stuff that's copping it.”

⟦dup:1⟧

Merino breeder Tom Haddon, who farms near Bookham, offered 84 bales and sold all but three. ⟦fragment:Despite having to shear two weeks late because of the wet spring and the shortage of shearing teams in the district.⟧ He said he was pleased with the result.

“You never know what you'll get in a falling market, so I'm happy to have it sold,” Haddon said.

The number of bales offered nationally this week was 38,600, about 4,000 more than the same week last year, as growers who had held wool through the winter looked to sell before Christmas. Passed-in rates rose to 9 per cent.

Analysts said currency movements had helped cushion the fall. A weaker Australian dollar makes Australian wool cheaper for overseas buyers, and some exporters took the opportunity to fill orders for ⟦glued:Italianand⟧ Indian mills.

The weekly market report, posted on social media by one broking house, drew a flurry of comment from growers.

⟦embed:Southern Tablelands Wool Brokers
@STWoolBrokers · 6h
EMI down 14c to 1132c. Superfine steady, 19-21 mic under pressure 📉 Full report on our website.
💬 27  🔁 14  ♥ 88⟧

Wool sales continue next week in Sydney, Melbourne and Fremantle, with about 41,000 bales rostered."""),

("Lake Victoria Herald", """Coffee co-operative pays farmers first bonus in six years

A coffee co-operative on the slopes above Lake Victoria has paid its members their first end-of-season bonus in six years, after a jump in world prices and a new contract with a European roaster.

The Bukoli Hills Farmers Co-operative, which has about 2,300 members growing robusta and some arabica at higher altitudes, paid a bonus of 600 shillings per kilogram of coffee delivered during the season, on top of the price paid at collection.

Co-operative chairperson Rose Nabwire said members had waited a long time for good news. “For years we were telling farmers to be patient, to keep pruning, to keep spraying, even when the price was not worth the effort. Today they can see it was worth it,” ⟦attribution:she said, Nabwire added⟧.

World robusta prices have risen to their highest levels in more than a decade because of poor harvests in Vietnam and Brazil. Ugandan exports have also benefited from a government push to improve quality at processing stations.

The co-operative's new contract with Dutch roaster Vandermeer & Zonen guarantees a premium for beans that meet quality grades, on condition that ⟦broken_paragraph:members keep detailed

records⟧ of spraying and harvest dates. The roaster's buyers visited the area twice last year.

Farmer Joseph Mukasa, who has two acres of coffee near Bukoli trading centre, said he planned to use his bonus to pay school fees and buy a second-hand motorcycle for transporting cherries. “Before, I was walking with bags on my head⟦stray: !⟧ Now my children can go to school without worry.”

Not all members were satisfied. Some said the bonus should have been higher, given the prices reported in the media. Co-operative managers said part of the surplus had been kept back to repair the drying yard and buy a new hulling machine.

⟦placeholder:INSERT QUOTE – district commercial officer⟧

The co-operative expects deliveries to rise by about 15 per cent next season as young trees planted after a replanting drive in 2019 come into full production."""),

("Tasman Business Review", """Regional carrier adds Dunedin route as tourism recovers

⟦furniture:Markets · Companies · Tourism · Opinion · Podcasts · Newsletters⟧

Regional airline Southern Cross Air will start flying between Dunedin and Wellington from next month, becoming the second carrier on the route and promising lower fares for business and leisure travellers in the south.

The Invercargill-based airline, which operates a fleet of seven 50-seat turboprops, will run two return flights a day on weekdays and one on weekends. Introductory fares start at $99 one-way.

Chief executive Aroha Mitchell said the airline had been encouraged by strong bookings on its existing Christchurch routes since the summer. “We think there's demand there that isn't being served. There are people in Dunedin who'd fly more if it cost less, and we ⟦break:want. To⟧ be the airline that gives them that choice.”

The airline carried 214,000 passengers in the year to March, up 31 per cent, and returned to profit for the first time since before the pandemic with net earnings of $2.3 million.

Dunedin Airport welcomed the move, saying competition on main trunk routes typically lifts passenger numbers by ⟦glued:15to⟧ 20 per cent within a year.

Analysts were more cautious. Aviation consultant Peter Chow said regional carriers had a patchy record when taking on larger competitors on popular routes. “The incumbent can match fares on the timings that matter and squeeze you out. It's happened before. The question is whether Southern Cross has the balance sheet to ride that out.”

Ms Mitchell said the airline had secured finance for two additional aircraft, due to arrive next year, and had hired 18 new staff, including eight pilots, mostly from the region.

Tourism operators in Otago said extra seats into Dunedin would help fill hotels in the shoulder seasons, when visitor numbers drop sharply after the summer cruise ships stop calling.

⟦disclaimer:Disclosure: This content was generated in part by automated systems from company filings and press releases and has been reviewed for accuracy.⟧"""),

("Otago Evening Star", """Naseby rink hosts first international curling bonspiel in a decade

Curlers from five countries gathered at the indoor rink in Naseby this week for the Maniototo International Bonspiel, the first international curling event held in the district in ten years.

Twenty teams took part in the four-day competition, including rinks from Australia, Japan, Germany and Canada as well as the host nation. A German team from Garmisch won the men's event, beating a Canadian rink from Manitoba 7-5 in Sunday's final.

German skip Lukas Brenner said the team had enjoyed their first trip to New Zealand. ⟦foreign:Wir haben hier wunderbare Menschen kennengelernt und das Eis war ausgezeichnet. Wir kommen bestimmt wieder.⟧

The women's title went to a local rink skipped by Fiona Cairns, who beat a Japanese team from Karuizawa in an extra end. ⟦fragment:With her last stone of the match curling past two guards to sit on the button.⟧

“I've been curling for 30 years and that's the best shot I've played⟦stray: ,⟧ no question,” Cairns said. “Beating a Japanese team at home, with the whole town watching, you don't get many days like that.”

Organisers said the event had brought more than 150 visitors to the Maniototo in the middle of winter, filling accommodation in Naseby, Ranfurly and surrounding towns. The Naseby curling club's president, Doug Fraser, said the club hoped to make the bonspiel an annual event.

“We've shown we can do it. The ice was good, the visitors were happy, and the pubs did well,” he said.

A clip of Cairns' winning stone posted by the club has been viewed thousands of times.

⟦embed:Maniototo Curling Club
Video · 0:34
What a shot from Fiona to win it in the extra end!!! 🥌🥌🥌 #curling #Naseby
👍❤️😮 1.4K   142 comments   318 shares⟧

The club will host the national championships in August."""),

("Malabar Daily Record", """Ninety-nine oarsmen, one snake boat: Karuvatta crew wins Punnamada trophy

A snake boat from Karuvatta village won the Punnamada Jalotsavam on Saturday, beating eight other boats in a tightly fought final on the backwaters near Alappuzha watched by tens of thousands of spectators lining the banks.

The Karuvatta Chundan, powered by 99 oarsmen and carrying singers and drummers who set the rhythm for the rowers, covered the 1,150-metre course in 4 minutes 21 seconds, a little over two seconds ahead of the Payippad boat.

Captain Biju Varghese said the crew had trained for three months, rowing on the backwaters before sunrise every morning. “Our boys gave everything. In the last 200 metres we could not hear anything except our own drums,” he said.

It is the first win for the Karuvatta boat club in eleven years, and celebrations continued late into the night in the village, where residents had collected money to repair the boat's hull before the season.

⟦dup:2⟧

The race, held every year on the second Saturday of August, is the biggest of the boat race season in Kerala and draws visitors from across India and abroad. This year the organisers said about 1.2 ⟦glued:lakhpeople⟧ watched from the banks, stands and houseboats.

Heavy rain earlier in the week had raised concerns that the event might be postponed, but the weather cleared on Friday. Police deployed more than 2,000 personnel to manage crowds and traffic on the approach roads to ⟦break:the. Finishing⟧ point.

District collector Anjali Menon, who presented the trophy, praised the organisers and the boat clubs for keeping the tradition alive. ⟦placeholder:[gallery ids="1182,1183,1187"]⟧

The boat race season continues with events at Aranmula and Payippad later this month."""),

("Gauteng Law Reporter", """Labour Court orders reinstatement of fired farmworkers

The Labour Court in Johannesburg has ordered a citrus farm near Brits to reinstate 27 workers who were dismissed after a wage dispute last year, finding that the dismissals were automatically unfair.

Judge Nandi Mokgatle ruled that the workers, who had been employed at Goedehoop Citrus for between two and 19 years, were fired because they had joined a union and taken part in a protected strike over wages and housing conditions.

The farm owner, Hendrik Steenkamp, had argued that the workers were dismissed for misconduct after some of them blocked the farm entrance during the strike. ⟦fragment:Whereas the evidence of the workers, which the court accepted, was that only two people had stood at the gate for a short time.⟧

In her judgment, Mokgatle said the employer had not been able to show that any of the 27 individual workers had committed misconduct. “The selective dismissal of union members, while non-members who took part in the same conduct were retained, speaks for itself,” ⟦attribution:the judge found, she wrote⟧.

The court ordered that the workers be reinstated with full back pay from the date of dismissal, which the union estimates at more than R1.6 million in total. Steenkamp was also ordered to pay the union's costs.

Outside court, union organiser Dineo Masilela said the workers were overjoyed. “These are people who picked oranges for this farm for almost twenty years. They were thrown away like rubbish. Today the court has said no,” she said.

Steenkamp's attorney, Louis du Plessis, said his client was studying the ⟦broken_paragraph:judgment and would

decide⟧ within the next few weeks whether to apply for leave to appeal. Speaking briefly to reporters in the corridor he added: ⟦foreign:Ons is teleurgesteld met die uitspraak, maar ons respekteer die hof.⟧

Agricultural employers' organisations have warned that tighter labour regulation is pushing some farmers to mechanise or reduce staff, while unions argue that farmworkers remain among the most vulnerable workers in the country.

Several of the reinstated workers still live in housing on the farm, which was one of the issues in the original dispute. The union said it would now seek talks on improving those conditions."""),

("Suva Weekender", """Fiji Sevens warm up for Hong Kong with Oceania title

Fiji's sevens team wrapped up the Oceania Sevens title in Suva on Sunday with a 31-12 win over Samoa in the final, giving the new-look squad a confidence boost ahead of the Hong Kong tournament next month.

Playing in front of a near-capacity crowd at ANZ Stadium, Fiji scored five tries to two, with winger Josaia Raisuqe crossing twice and debutant Iowane Nakarawa setting up three tries with his offloads.

Head coach Ilivasi Tabua said he was pleased with the way his young players handled the occasion. “These boys have never played in front of a home crowd like that. Some of them were nervous in the warm-up. But once the whistle went, they showed what they can do⟦stray:¿⟧” he said.

Samoa had led 12-7 after a try from captain Vaafou Leiataua in the seventh minute, but Fiji scored three tries in four minutes either side of half-time to take control.

⟦embed:Fiji Rugby 🇫🇯 @FijiRugby · 2h
CHAMPIONS 🏆 Fiji 31–12 Samoa | #OceaniaSevens
Raisuqe 2, Nakarawa, Vuiyasawa, Mata
💙 8,211  🔁 1,904  💬 622⟧

Australia finished third after beating Tonga 24-7, while New Zealand, who sent a development squad, finished fifth.

Fans queued from early morning to get into the stadium, and traffic along Laucala Bay Road was backed up for more than an hour ⟦glued:beforekickoff⟧ of the first match.

Tabua named an extended squad of 18 for the Hong Kong tournament, with five of the players yet to appear on the World Series. He said the final squad of 13 would be chosen after a training camp in Nadi.

⟦furniture:Related stories
• Tabua names new captain for sevens season
• Raisuqe signs with French club
• Crowd record for Suva women's final⟧

The Hong Kong tournament begins on March 29."""),

("Antipodean Science Weekly", """No-till trial shows slow gains in soil carbon on Wimmera farms

A ten-year field trial in western Victoria has found that no-till cropping combined with stubble retention increased soil organic carbon, but far more slowly than some carbon farming projections have assumed.

Researchers measured soil carbon to a depth of 30 centimetres at 48 paddocks across the Wimmera every two years from 2013 to 2023. Paddocks managed with no-till and full stubble retention gained an average of 0.11 tonnes of carbon per hectare per year, compared with almost no change under conventional cultivation.

Lead researcher Dr Priya Raman of the Grampians Agricultural Research Station said the gains were real but modest. ⟦fragment:Given the variability of rainfall in the region and the shallow nature of many of the soils.⟧

“If you're a farmer being told you'll earn a lot from soil carbon credits by changing your tillage, our data suggests you should be cautious,” she said. “The change is there, but it's small, and it takes a long time to ⟦break:show. Up⟧ in a way you can reliably measure.”

The study also found large differences between paddocks. Those on heavier clay soils gained carbon faster than those on sandy rises, and dry years could erase gains made in wet years.

Farmers involved in the trial said the project had changed how they thought about their soils. Horsham grain grower Mick Dunstan said he had moved to no-till for moisture retention and lower fuel costs, not carbon. “The carbon is a bonus. I wouldn't bank on it.”

The study was published in the journal Soil Research Australasia. ⟦placeholder:Figure 2: {caption}⟧

⟦disclaimer:Automatically generated summary. This article was produced using AI tools based on the original research paper and may contain inaccuracies.⟧

The research team plans to extend sampling to 60 centimetres in the next phase, as some carbon may be accumulating below the depth usually measured."""),

("Queensland Cane Times", """Grower fined over cane fire that jumped onto neighbour's block

A Mackay district cane grower has been fined $6,000 after a burn on his farm escaped and destroyed almost 12 hectares of a neighbour's standing cane, as well as a section of fencing and an irrigation pump shed.

Salvatore Carrozza, 62, pleaded guilty in Mackay Magistrates Court on Monday to lighting a fire without a permit and failing to take reasonable steps to prevent it spreading.

The court heard Carrozza lit a pre-harvest burn on a block at Habana on a windy afternoon in September last year without obtaining a permit from the local fire warden, who had suspended burns that week because of the fire danger rating.

⟦dup:1⟧

The fire crossed a headland and a farm road before spreading into cane owned by his neighbour, Kerry Lonergan. Rural fire brigade volunteers took more than three hours to bring it under control.

Lonergan told the court in a victim impact statement that the loss of the cane, which was not yet ready to harvest, had cost him about $38,000 after insurance. “It's not just the money. It's the sleepless nights, it's the stress on my family,” ⟦attribution:Lonergan said, he told the court⟧.

Defence solicitor Amanda Reid said her client had burned cane on the same farm for more than 40 years and had simply misjudged the weather. He had offered to compensate his neighbour and was ⟦broken_paragraph:remorseful about what

had happened⟧. The two had been friends for decades, she said.

Magistrate Joan Whitely said the permit system existed for good reason. “The fire warden had suspended permits precisely because of the conditions on that day. The consequences of ignoring that are before the court,” she said.

No conviction was recorded. Carrozza was also ordered to pay $2,500 in compensation to ⟦glued:Lonergan,and⟧ court costs.

Rural fire authorities said the case should serve as a reminder to growers as the burning season begins. Though most cane in the district is now harvested green, a number of growers still burn."""),

("Punjab Farm Journal", """Stubble fires down, but smaller farmers say machines still out of reach

Farm fires in Punjab have fallen by about a third this season compared with last year, according to satellite data, but small and marginal farmers say they are still being left behind by schemes to subsidise stubble management machinery.

The state recorded a little under 24,000 fire events between 15 September and the end of October, down from about 36,000 in the same period last year. Officials credited the drop to more machines being available through co-operative societies and custom hiring centres.

But farmers in villages near Bathinda told the Journal that the machines were booked out during the short window between the paddy harvest and wheat sowing. “The society has two happy seeders for the whole village. By the time my turn comes, it is too late to sow,” said Kulwant Singh, who farms four acres.

Another farmer, who did not want to be named, spoke more bluntly in Hindi. ⟦foreign:हम भी आग नहीं लगाना चाहते, लेकिन मशीनें इतनी महंगी हैं कि छोटे किसान के पास कोई रास्ता नहीं बचता।⟧

Agricultural scientists at the state farm university say in-situ management, where straw is chopped and mixed into the soil, improves soil health over time. But farmers say it adds costs of ⟦stray:“⟧ Rs 2,500 to Rs 3,000 an acre in diesel and hire charges.

The state government has announced a cash incentive of Rs 1,000 per acre for farmers who do not burn, but payments for last season are still pending for many. An agriculture department official said the department would ⟦break:release. The⟧ pending amount before the end of the month.

Environmental groups said the reduction in fires was welcome but warned that the figures could be affected by cloud cover and by farmers burning later in the evening to avoid satellite passes.

⟦disclaimer:Note: Some portions of this report were machine-translated from the Punjabi edition of Punjab Farm Journal.⟧

The wheat sowing window in most districts runs until mid-November."""),

("Nelson Bays Mail", """Obituary: Ron Pickering, boatbuilder of Mapua, 1941-2024

⟦furniture:Home  /  News  /  Obituaries  /  Ron Pickering⟧

Ron Pickering, who built more than 200 wooden boats in a shed on the Mapua waterfront and taught generations of young people to sail, has died aged 83.

Born in Wellington, he was apprenticed to a boatbuilder in Evans Bay at 15 and moved to ⟦glued:Mapuain⟧ 1968 with his wife, Joy, after they bought a run-down apple packhouse that he converted into a workshop.

From that shed came clinker dinghies, kauri launches and, in the 1980s, a series of trailer sailers that became popular with families around Tasman Bay. He built almost everything by hand and refused to work in fibreglass. ⟦fragment:Saying that a boat should smell of timber and varnish, not chemicals.⟧

He was a founding member of the Mapua Boat Club and for 30 years ran its junior sailing programme on Saturday mornings. Former students, some now in their sixties, remember him rowing alongside capsized P-class yachts, shouting instructions through a megaphone made from an old traffic cone.

“He never lost his temper with a kid, but he'd lose it with a lazy adult in a heartbeat,” said club commodore Helen Marsh, who learned to sail under him in 1979.

In 2005 he restored the 1912 scow Kōtuku, which had been rotting on a Motueka mudflat for decades. The restoration took six years and the vessel now takes school groups on trips around the estuary.

Joy died in 2016. He is survived by their two sons, Mark and Daniel, and five grandchildren. His funeral will be held at the Mapua Boat Club on Saturday at 11am, and the family has asked mourners to wear their boating clothes.

⟦placeholder:Photo: {{image.credit}}⟧"""),

("Dhaka Morning Post", """Jute mill reopens in Khulna after two-year shutdown

A state-owned jute mill on the banks of the Bhairab River in Khulna reopened on Sunday under a lease to a private company, bringing back about 1,800 jobs two years after production stopped.

The Daulatpur Jute Mill, which was founded in the 1950s, was one of several state mills closed in 2022 after years of losses. Its new operator, Golden Fibre Industries, signed a 20-year lease with the government in January and has spent about Tk 45 crore repairing looms and machinery.

Managing director Rafiqul Islam said the mill would initially focus on sacking and yarn for export, with plans to move into diversified jute products such as shopping bags and home textiles. “The world wants alternatives to plastic. Jute is our answer, and Khulna is where jute has always been made,” he said.

Former workers queued outside the gates before dawn to collect appointment letters. Many had been working as rickshaw pullers or day labourers since the closure. Abdul Jalil, 52, who worked at the mill for 26 years, said he had ⟦broken_paragraph:not slept the

night before⟧. “I thought I would never walk through this gate again.”

Labour leaders welcomed the reopening but said many workers were still owed gratuity payments from the government dating back to the closure. The jute ministry said those payments would be settled by June.

The reopening ceremony was streamed live on the company's Facebook page.

⟦embed:Golden Fibre Industries Ltd. was live.
🔴 LIVE · 1:12:08 · 23K views
Reopening ceremony of Daulatpur Jute Mill, Khulna 🇧🇩
Like · Comment · Share⟧

Jute farmers in the surrounding districts also expect to benefit. Prices of raw jute rose slightly at local markets after the lease was announced, traders said⟦stray:!?⟧

Bangladesh is the world's largest exporter of raw jute and the second-largest producer after India. The government has been trying to revive the sector through leasing arrangements with private operators.

⟦disclaimer:This report has been auto-translated from Bangla. For the original, see our Bangla edition.⟧"""),

("Pacific Wire Service", """Tahitian fleet hopes for better albacore season after lean year

PAPEETE, Feb 8 (PWS) – French Polynesia's longline tuna fleet is heading into the new season hoping for a recovery in albacore catches after a lean year that left several boats tied up in port for months.

The territory's 60-odd longliners landed about 5,200 tonnes of fish last year, the lowest total in a decade, as albacore moved away from traditional fishing grounds during a strong El Niño.

Boat owner Teiki Tetuanui, who operates three vessels out of Papeete, said fuel costs and low catches had forced him to lay off a crew. “We were going further and further to find fish. Some trips we came back with half a hold,” ⟦attribution:Tetuanui said, the owner said⟧.

The territory's fisheries directorate said early signs for the coming season were more encouraging, with cooler water returning to the ⟦glued:northernarchipelagos⟧ and scientific surveys showing good numbers of juvenile fish.

French Polynesia bans foreign fishing fleets from its exclusive economic zone, one of the largest in the Pacific, and the local industry has built its reputation on fresh fish exported by air to the United States and Europe.

Fisheries minister Heimana Tau said the government would ⟦break:extend. Its⟧ fuel subsidy for the fleet for another six months. Speaking to reporters after a meeting with boat owners, he said: ⟦foreign:Nous devons soutenir nos pêcheurs, car sans eux il n'y a pas de filière thonière en Polynésie.⟧

Regional scientists have warned that climate change is likely to shift tuna stocks eastward over the coming decades, which could benefit French Polynesia but hurt fisheries in the western Pacific that depend on licence fees.

The albacore season traditionally peaks between March and June."""),

("Karoo Courier", """Steynsfontein schoolboys reach provincial cricket final

⟦furniture:Sign up for the Karoo Courier weekly newsletter — local news in your inbox every Friday. Subscribe⟧

Hoërskool Steynsfontein's first cricket team will play in the provincial schools final for the first time in the school's history after beating a much larger Gqeberha school by four wickets in the semi-final on Saturday.

Chasing 198 on a slow pitch at the school's own oval, Steynsfontein were in trouble at 94 for five before a partnership of 83 between captain Dewald Mostert and all-rounder Lwazi Jacobs swung the match.

Mostert finished on 71 not out and hit the winning runs with an over to spare, sparking a pitch invasion from the several hundred pupils, parents and residents who had come to watch.

Coach Ben Fourie, who teaches mathematics at the school, said the team had made the most of limited resources. “We have one practice net, and the boys roll the pitch themselves. That's what makes this so special.”

⟦dup:1⟧

The school, which has about 420 pupils, draws learners from farms across the district, and several of the team board in the school hostel during the week. ⟦fragment:Travelling home to the farms only on weekends and during the holidays.⟧

The final will be played at St George's Park next month. The school's governing body has launched a fundraising drive to cover transport and accommodation for the team and supporters, with a target of R60,000⟦stray:．⟧

Local businesses have already pledged R25,000, and the Dutch Reformed church will hold a braai and cake sale on Saturday to raise more. ⟦placeholder:To donate, visit [link]⟧

Jacobs, who took three wickets as well as scoring 46, said the team was not afraid of the final. “Nobody expected us to get here. We have nothing to lose,” he said."""),

("Highveld Sport", """Congolese striker's late double rescues point for Tshwane Stars

Congolese striker Patrick Mbuyi came off the bench to score twice in the last 12 minutes as Tshwane Stars fought back from two goals down to draw 2-2 with Lowveld Warriors in a First Division match at Lucas Moripe Stadium on Saturday.

Warriors had looked comfortable after first-half goals from midfielder Themba Sithole and a Katlego Mashego penalty, and their coach was already making defensive changes when Mbuyi struck in the 78th minute with a low shot from the edge of the area.

⟦fragment:Before heading in a corner from Bongani Radebe deep into stoppage time, to the delight of the home supporters.⟧

Stars coach Alain Kabongo, who is also from the DRC, said he had told Mbuyi at half-time to be ready. Speaking after the match, he addressed his player's performance. ⟦foreign:Patrick a montré beaucoup de caractère aujourd'hui. Il a travaillé dur toute la semaine et il mérite ces deux buts.⟧

Warriors coach Lucky Ngobeni was frustrated that his side had let a two-goal lead slip for the second week ⟦broken_paragraph:running, and said his

team⟧ needed to learn how to manage games. “At 2-0 with 15 minutes left, you must close the game. We stopped playing.”

The draw leaves Stars in seventh place in the table, while Warriors remain fourth, three points off the promotion play-off places.

Mbuyi, who joined the club in January from a side in Lubumbashi, has now scored five goals in eight appearances, all of them as a substitute.

The club shared the equaliser on social media shortly after the final whistle.

⟦embed:Tshwane Stars FC ⭐ @TshwaneStarsFC · 45m
MBUYIIIII!!! 90+3' 🇨🇩⚽ Stars 2-2 Warriors
📹 Watch the goal 👇
0:19 · 31.2K views⟧

Stars travel to Polokwane next weekend, while Warriors host the league leaders in Mbombela.

⟦disclaimer:This match report was compiled using automated data feeds and AI-assisted writing.⟧"""),
]
