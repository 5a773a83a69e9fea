ARTICLES = [

("The Limpopo Ledger", """Makhado council approves emergency borehole plan as taps run dry

Residents of three wards in Makhado will get water from new boreholes by the end of August after the council approved an emergency plan on Thursday.

The plan covers Ward 7, Ward 12 and the informal settlement known locally as Tshikota Extension, where some households have gone without piped water for eleven weeks. The council set aside R4.2 million for drilling, pumps and storage tanks.

Councillor Mpho Ravele, who chairs the infrastructure committee, said the money had been moved from a road resurfacing budget. "People cannot drink tar," she said. "The roads can wait a few months. Children cannot wait for water."

Drilling contractors ⟦break:will. Start⟧ work in Ward 12 next week, according to a council statement. Each borehole will feed a 10,000-litre tank on a steel stand, and residents will collect water from taps at the base.

⟦dup:1⟧

The bulk supply problem began in April, when a pump station on the Nandoni pipeline failed. The water board said spare parts had to be ordered from Gauteng and that repairs would take at least another six weeks.

In the meantime the municipality has been sending tankers. Residents say the tankers come late and leave early. Tshilidzi Mudau, a mother of four who sells vetkoek outside the taxi rank, said she had waited from five in the morning until noon on Tuesday⟦stray: ;⟧ the truck ran out before it reached her.

"I carried two buckets home and one of them was half empty," she said. "Then I had to choose between cooking and washing the school uniforms."

Opposition councillors supported the plan but asked why it had taken so long. Councillor Jan Pretorius said the committee had been warned in May that the pump was failing. "We had a report on the table. Nobody acted on it until people marched," he said.

The municipal manager, Dr Khathu Netshifhefhe, said the council had followed procurement rules and could not skip them. He promised weekly updates on ⟦glued:thedrilling⟧ at ward meetings, starting on Monday.

The water board will brief the council again on 14 August."""),

("EastWire", """Nakuru nurses end strike after county pays three months of arrears

⟦furniture:Home › Health › Counties › Nakuru⟧

NAKURU, Kenya (EastWire) - Nurses at Nakuru's county hospitals returned to work on Tuesday, ending a 19-day strike after the county government paid three months of salary arrears.

The Kenya National Union of Nurses said its 1,140 members in the county would report for the morning shift. Wards at the county referral hospital had been run by interns and a handful of managers since the strike began on 3 June.

The union's branch secretary, Joyce Chebet, said members had voted to go back only after checking their bank accounts. "We asked every nurse to confirm the money was there before we called it off. It was there," she said. "The deal is fair for now," ⟦attribution:she said, said Chebet⟧.

Patients had been turned away or sent to private clinics during the strike. At the maternity wing, relatives said mothers were discharged within hours of giving birth.

Esther Wambui, whose daughter delivered on the second day of the strike, said the family paid 8,000 shillings for a private ambulance to Naivasha. "There was one nurse for the whole ward. She was crying from tiredness," she said.

County health executive Dr Peter Kamau told reporters the money had come from a supplementary budget approved last week. ⟦fragment:Saying that the county treasury had cleared the arrears late on Monday evening.⟧ He added that the county would now press the national Treasury to release its share of funds on time.

The union warned that the return to work was conditional. It wants the county to hire 200 more nurses and to promote staff who have been stuck in the same grade for more than six years. Chebet said talks on those demands would start next month.

"We are going back because patients need us. But if July comes and there is nothing, we will meet again," she said.

Nurses' strikes over late pay have hit at least seven Kenyan counties this year. Devolved governments blame delays in transfers from Nairobi; the Treasury says counties spend too much on salaries and too little on services.

Reporting by ⟦placeholder:{{author_name}}⟧; editing by Samuel Kariuki"""),

("Coastal Times", """Lamu dhow race draws record fleet as festival returns

LAMU - Forty-two dhows sailed in the annual race across the Lamu channel on Saturday, the largest fleet since the festival began, organisers said.

The race is the centrepiece of the Lamu Cultural Festival, which returned last year after a three-year gap. Boats set off from Shela beach at ten in the morning and raced to a buoy off Manda Island and back, a course of about nine kilometres.

The winner was Mwenye Enzi, a 30-year-old jahazi skippered by Athman Bwana Mkuu, 58, who has sailed the race since he was a boy. It was his fourth win.

"The wind was good for us. It came from the south and we had the big sail," he said on the jetty, still soaked. "The young men on my boat did the work. I only shouted."

⟦embed:lamuculturalfestival
Lamu, Kenya
♥ 3,482 likes
lamuculturalfestival And they're off! 42 jahazi at the start line 🌊⛵ #LamuFestival2024
View all 118 comments⟧

Crowds lined the seafront from early morning. Hotel owners in Shela said rooms had been fully booked for a fortnight, and ferry operators added extra trips from the mainland at Mokowe.

⟦foreign:Wazee wa mji walisema mashindano haya ni urithi ambao lazima ulindwe kwa vizazi vijavyo, na wakaomba serikali ya kaunti kuongeza fedha za tamasha mwaka ujao.⟧

The festival also includes donkey races, a henna competition and readings of classical Swahili poetry at the old fort. Organisers said more than 300 young people had entered the poetry contest, twice last year's number.

The county government spent 6 million shillings on the festival this year, up from 4 million in 2023, according to the ⟦broken_paragraph:county's

culture⟧ department. Officials say the money comes back many times over through hotels, boat hire and market stalls.

Not everyone is pleased. Some fishermen complained that the race closed the channel to working boats for most of Saturday. "We lost a day of fishing. Nobody paid us for that," said Omar Shee, who fishes from Matondoni.

The festival ends on Sunday with a procession through the old town.

⟦disclaimer:This article was translated from Kiswahili using an automated service. Some phrasing may differ from the original report.⟧"""),

("Reef & Rock Mining Review", """Lubwe Hill copper mine restarts after four-month flood shutdown

Kafue Basin Resources has restarted underground mining at its Lubwe Hill copper mine in Zambia's Copperbelt Province, four months after heavy rains flooded the lower levels.

⟦fragment:Having pumped about 1.8 million cubic metres of water out of the workings since March.⟧ The company said on Monday that the first ore had been hoisted from the 640-metre level over the weekend.

Lubwe Hill produced 41,000 tonnes of copper in cathode last year, about a fifth of the group's output. The flooding began on 9 March, when a tailings dam spillway failed during a storm and water entered an old ventilation raise.

No workers were injured. About 900 underground staff were moved to surface jobs or put on reduced pay during the shutdown.

Chief operating officer Brian Mwansa said the company ⟦break:expects. To⟧ reach full production by the end of October. "The pumps are still running day and night. We will bring the deeper stopes back one by one as they dry out and the engineers sign them off," he said.

⟦dup:2⟧

The company has spent about US$23 million on pumps, power and repairs. Mwansa said insurance would cover part of the cost but would not give a figure.

Analysts said the restart came at a useful moment, with copper prices near two-year highs. "Every month Lubwe Hill was under water cost them roughly 3,400 tonnes. Getting it back before the fourth quarter matters," said Chola Phiri, a mining analyst at a Lusaka brokerage.

The union representing miners welcomed the restart but said some workers were still owed allowances. Branch chairman Gift Kabwe said about ⟦glued:40percent⟧ of members on reduced pay had not received the transport money they were promised in April.

The Zambia Environmental Management Agency is still investigating the spillway failure. Its report is due in September."""),

("Touchline Africa", """Kisumu Queens edge Thika Ladies 2-1 in rain-soaked derby

Kisumu Queens moved to the top of the Kenyan Women's Premier League on Sunday with a 2-1 win over Thika Ladies at a waterlogged Moi Stadium.

Heavy rain before kick-off left pools of water across the centre of the pitch, and the referee, Mercy Njeri, delayed the start by 25 minutes while ground staff swept the surface.

⟦placeholder:[PHOTO: credit TBC]⟧

Thika went ahead in the 17th minute. A long throw from Lucy Wairimu skidded off the wet grass and striker Faith Akinyi turned it in from close range.

Kisumu levelled before the break. Captain Sharon Achieng⟦stray:,,⟧ who had been quiet for most of the half, curled a free kick over the wall from 22 metres. The winner came on 71 minutes when substitute Brenda Auma beat two defenders and shot low past goalkeeper Ann Muthoni.

"It was not a day for beautiful football. It was a day for fighting," ⟦attribution:coach Joseph Odhiambo said, he told reporters⟧ after the match. "The girls fought. I am proud of them."

Thika coach Daniel Mutua said his side had been let down by the conditions. "We play a passing game. On that pitch the ball stops in the water. But I am not making excuses. They took their chances," he said.

⟦embed:Kisumu Queens FC @KisumuQueensFC · 5h
FULL TIME: Kisumu Queens 2-1 Thika Ladies 💙💛 Top of the table! Thank you to every fan who stood in the rain.
412 Reposts  1.9K Likes⟧

The result leaves Kisumu one point clear of Vihiga Rangers Ladies, who drew 0-0 with Kakamega Starlets on Saturday. Thika drop to fifth.

About 2,000 fans watched the match, a large crowd for a women's league fixture in Kisumu. Many stayed under umbrellas on the open terraces for the full 90 minutes.

Kisumu travel to Vihiga next Sunday for what is already being called the title decider. Odhiambo said he would rest two players carrying knocks during the week but expected a full squad by the weekend."""),

("Highveld Agri Trader", """Late frost knocks Free State maize yields as harvest begins

Maize growers in the northern Free State expect yields to fall by up to a quarter this season after a late frost in April caught crops that were planted late because of a dry spring.

⟦furniture:Share this story: Facebook · X · LinkedIn · WhatsApp · Email⟧

Farmers around Viljoenskroon, Bothaville and Hoopstad said the frost on the night of 23 April hit fields that had not yet reached physiological maturity. Kernels on those plants stopped filling, leaving light, shrivelled grain.

Pieter Coetzee, who farms 1,400 hectares of dryland maize near Bothaville, said his early plantings were fine but the later ones were badly damaged. "On the good lands I am still looking at five tonnes a hectare. On the lands we planted in December, maybe three," he said.

⟦foreign:Die boere sê die reën het te laat gekom en toe die ryp kom, was die mielies nog nie klaar nie. Dis 'n swaar jaar vir almal in die distrik.⟧

Grain SA said it had received reports of frost damage from about 60 members in the region but that it was too early to put a figure on national losses. The Crop Estimates Committee will publish its next forecast at the end of the month.

Agricultural economist Lerato Mokoena said lower yields would squeeze margins ⟦broken_paragraph:that were

already⟧ thin after a year of high fertiliser and diesel prices. "A farmer who borrowed to plant is now harvesting less grain to pay back the same loan," she said.

Some farmers are also worried about grain quality. Frost-damaged maize often has a lower test weight and may be downgraded at the silo, cutting the price further.

Emerging farmers with smaller plots face particular pressure. Mpho Tsotetsi, who grows 80 hectares near Hoopstad on land leased from the municipality, said he had no crop insurance. "If the silo grades my maize down, I cannot pay the contractor who harvests for me," he said.

Harvesting in the region is expected to continue until July, with ⟦glued:mostfarmers⟧ planning to deliver to silos in Bothaville and Wesselsbron.

⟦disclaimer:This report was produced with the help of an AI writing assistant and checked by a member of our editorial staff.⟧"""),

("Lakeside Business Daily", """Ugandan coffee exporters warn over EU deforestation rules

KAMPALA - Uganda's coffee exporters say thousands of smallholder farmers could be shut out of their biggest market unless the government speeds up the mapping of farms required under new European Union rules.

The EU deforestation regulation requires importers of coffee, cocoa and several other goods to prove that their supplies did not come from land cleared after December 2020. For Uganda, which sells about 60 per cent of its coffee to Europe, that means recording the location of roughly 1.8 million farms.

The Uganda Coffee Exporters Association said only about a third of farms had been mapped so far. Its chairman, Henry Ssekandi, said the deadline left too little time. "Our farmers are small. Many have one acre, two acres. To send a team with a GPS device to every one of them costs money that nobody has budgeted," he said.

⟦stray:¿⟧Who pays for it? That question dominated a meeting between exporters, officials and donors in Kampala on Wednesday.

The Ministry of Agriculture said a national traceability system ⟦break:would. Be⟧ ready by the end of the year. Permanent secretary Dr Grace Atim said the government had secured funding from development partners to register farmers in the main growing districts.

⟦fragment:Which exporters said they had heard before, in 2022 and again last year.⟧

Farmers in the Rwenzori region say they have seen survey teams but do not know what happens to the information. Yusuf Baluku, who grows arabica on the slopes above Kasese, said officials had photographed his farm twice. "They tell us Europe wants to know our land. But nobody tells us what we gain," he said.

⟦dup:1⟧

Coffee earned Uganda more than US$1.1 billion in the year to June, making it the country's largest export after gold. Buyers in Germany, Italy and Belgium have started asking exporters for maps and documents with each shipment.

Ssekandi said some European roasters had already begun to shift orders to larger estates in other countries that can prove compliance more easily. "Once a buyer leaves, it takes years to bring them back," he said."""),

("Lusaka Court Reporter", """Former council treasurer jailed for five years over market levy fraud

The Lusaka Magistrates' Court has sentenced a former treasurer of Chongwe Town Council to five years in prison with hard labour for stealing market levies worth 2.3 million kwacha.

Principal resident magistrate Alice Mubanga found Dennis Chanda, 47, guilty on twelve counts of theft by public servant and four counts of forgery. The offences took place between 2019 and 2021.

The court heard that Chanda issued receipt books to levy collectors at three markets but recorded only part of the money in the council's accounts. He kept the difference in a personal account at a bank in Cairo Road.

⟦placeholder:INSERT PULL QUOTE HERE⟧

An auditor from the Office of the Auditor General, Ruth Simwinga, told the court that the council's records showed levy income falling by half over two years while the number of traders at the markets increased. "The figures did not make sense. Trade was growing and the money was shrinking," she said.

Several traders gave evidence. One, a Mozambican woman who sells dried fish at Chongwe main market, testified through an interpreter.

⟦foreign:Eu pagava todos os dias ao cobrador e ele dava-me um recibo. Nunca soube que o dinheiro não chegava ao conselho.⟧

In mitigation, Chanda's lawyer, Mwila Banda, told the court that his client was a first offender, a father of five and the only earner in his household. He asked for a suspended sentence.

Magistrate Mubanga rejected the request. "Market traders pay these levies so that toilets are cleaned and drains are cleared. The accused took money from the poorest people in the district," ⟦attribution:she said, the magistrate ruled⟧.

⟦embed:▶ Video: Chongwe traders react outside court after sentencing | 1:52⟧

The court also ordered that a house in Chalala and a minibus registered in Chanda's name be forfeited to the state.

Chanda's lawyer said he would appeal against both the conviction and the sentence. Chanda was taken to Lusaka Central Prison.

The council said it had since moved levy collection to a mobile money system and stopped using paper receipt books."""),

("Harare Evening Post", """Tendai Marufu, farmer who taught growers to cure tobacco without firewood, dies at 81

Tendai Marufu, a tobacco farmer from Mashonaland Central who spent four decades persuading neighbours to stop cutting trees to cure their crop, has died at his home in Mvurwi. He was 81.

His son, Blessing, said he died on Saturday morning after a short illness. He was buried on Wednesday at the family plot beside the farm he worked since 1971.

Marufu started as a labourer on a commercial farm and bought his first ten hectares in the early 1980s. Like most small growers, he cured tobacco in brick barns fired with wood from the surrounding miombo woodland. By the end of the decade, he said later, the hills around his farm were bare.

"I looked up one day and there were no trees. My grandfather's forest was gone, and I had burnt it," he told this newspaper in 2009⟦stray: .⟧

He began experimenting with coal, then with rocket barns that used half as much wood, and later planted gum trees on a third of his land to fuel his own barns. ⟦broken_paragraph:Extension officers brought

groups⟧ of farmers to see his woodlots, and he hosted visitors from Malawi and Zambia.

Agronomist Dr Ruvimbo Chikomba, who worked with him on a barn efficiency project in the 1990s, said he was a careful record-keeper. "He weighed every load of wood and every bale. When he told you something worked, he had the numbers," she said.

He was stubborn, neighbours said, and not always popular. He refused to sell to contractors who would not let him see the grading, and he once stood for ward councillor and lost by six votes.

In his last years he grew less tobacco and more sugar beans and ⟦glued:groundnuts,which⟧ he said were kinder to the soil. He still walked his woodlots each morning with a stick.

He is survived by his wife, Rudo, seven children and 23 grandchildren.

⟦disclaimer:Syndicated content: this obituary is distributed by a third-party partner. The Harare Evening Post accepts no responsibility for its accuracy.⟧"""),

("Savanna Science News", """Tanzanian breeders release cassava lines resistant to brown streak disease

Plant breeders in Tanzania have released three cassava varieties that resist cassava brown streak disease, a virus that destroys the roots of the crop while leaving the leaves looking almost healthy.

⟦furniture:Science › Agriculture › Crops⟧

The varieties were developed over nine years at the Naliendele research station near Mtwara and tested on farms in five regions. In trials, they yielded between 18 and 26 tonnes of fresh roots per hectare under heavy disease pressure, against less than 8 tonnes for the most widely grown local variety.

Cassava is a staple for more than 500 million people in Africa. Brown streak disease is spread by whiteflies and through infected cuttings, and it has moved steadily from the coast into the Great Lakes region.

"The problem with brown streak is that the farmer does not know until harvest. The plant looks fine. Then you dig, and the roots are brown and rotten inside," said Dr Neema Mkumbo, who led the breeding team.

⟦fragment:To test the new lines under the conditions that farmers actually face.⟧ The team planted them alongside infected plants and did not spray for whiteflies. Roots were cut open at harvest and scored for damage.

The breeders crossed local varieties with lines that carry resistance from a wild relative of cassava. The new varieties also cook well, Mkumbo said, which mattered to farmers who ⟦break:took part. In⟧ the trials.

⟦dup:1⟧

Halima Nachinga, a farmer in Masasi district who grew one of the lines in a trial plot, said her family preferred it to the variety they had grown for years. "It is soft when you boil it, and it did not rot. We want more cuttings," she said.

Getting cuttings to farmers is the next problem. Cassava is grown from stem pieces, not seeds, and multiplication is slow. The research institute plans to work with community seed growers in Mtwara and Lindi to produce clean planting material.

The findings were reported in a paper submitted to a crop science journal and presented at a regional meeting in Arusha last week."""),

("Kivu Health Monitor", """Cholera vaccination campaign reaches lakeside villages north of Goma

GOMA - Health workers began a cholera vaccination campaign on Monday in fishing villages on the northern shore of Lake Kivu, where more than 400 cases have been recorded since the start of the rainy season.

The provincial health division said it aimed to vaccinate about 180,000 people aged one year and over in the Nyiragongo and Karisimbi health zones within a week. The oral vaccine is given in drops.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧

At a school in Kabuno village, mothers queued with small children from seven in the morning. Nurse Esperance Kahindo said teams had visited each household the week before to explain the vaccine. "Some people were afraid at first. They thought it was an injection. When they saw it was only drops, they came," she said.

Most of the cases have been in areas where families draw water directly from the lake. Displacement caused by fighting further north has pushed thousands of people into crowded sites with few latrines.

⟦foreign:Le médecin-chef de zone a expliqué que la campagne sera suivie d'une distribution de chlore et de savon dans les sites de déplacés avant la fin du mois.⟧

The campaign is supported by the World Health Organization and the charity Médecins Sans Frontières, which runs cholera treatment centres in the area.

Provincial health official Dr Jean-Marie Bahati said vaccination was only part of the response. "The vaccine protects for some time, but if people keep drinking untreated water the disease will come back," ⟦attribution:he said, Bahati said he said⟧.

⟦embed:📹 Watch: Nurses deliver oral cholera vaccine by boat to island villages on Lake Kivu (2 min 37 s) - Kivu Health Monitor on YouTube⟧

Fishermen's leader Pascal Muhindo said the lake was the only source of water for many families. "We know the lake is dirty near the beach. But the water taps are far and the water costs money," he said.

The health division said 14 people had died of cholera in the two zones this year. New cases fell slightly last week, but officials warned that heavy rain expected in the coming weeks could reverse the trend."""),

("The Limpopo Ledger", """Polokwane budget vote delayed again as councillors clash over rates increase

Polokwane's council failed for the second time in a week to adopt its budget on Wednesday after councillors walked out of a heated debate over a proposed 9 per cent increase in property rates.

The meeting at the civic centre broke up shortly after eleven in the morning when opposition members left the chamber, taking the council below the quorum needed ⟦break:to. Vote⟧ on the budget.

Municipalities must adopt their budgets before the start of the financial year on 1 July. If Polokwane misses the deadline, the provincial government may intervene.

Mayor Tebogo Mashaba said the increase was needed to repair ageing water pipes and to pay the bulk electricity bill. "We are not raising rates for fun. Eskom must be paid. The pipes in Seshego are forty years old and they burst every week," he said.

Opposition councillor Annelie Botha said residents could not ⟦broken_paragraph:afford another

increase⟧ when many services were poor. "People are paying for water that does not come and refuse that is not collected. Now they must pay more," she said.

Ratepayers' association chairman Sello Mathebula said his members would consider withholding rates if the increase went ahead⟦stray: ,⟧ but added that talks with the mayor were continuing.

Outside the chamber, a small group of residents from Westernburg held placards. Pensioner Gerrit Jacobs, 74, said his monthly municipal bill was already higher than ⟦glued:hisgrocery⟧ bill. "I have lived in this house for thirty years. I may have to sell it," he said.

The speaker, Ntsako Baloyi, said a special sitting would be called before the end of the month. Council officials said a compromise proposal for a 7 per cent increase with a rebate for pensioners was being drafted.

The provincial department of co-operative governance said it was monitoring the situation and would assist the municipality where needed.

⟦disclaimer:Content on this page may have been machine-translated from Sepedi. Please refer to the original for the authoritative version.⟧"""),

("EastWire", """Kericho tea pickers fear for jobs as estates bring in harvesting machines

KERICHO, Kenya (EastWire) - Tea pickers in Kericho say hundreds of jobs are at risk as large estates in the Rift Valley bring in more mechanical harvesters, a move the companies say is needed to keep Kenyan tea competitive.

⟦furniture:ADVERTISEMENT⟧

At least three estates in the county have added harvesting machines this year, according to the plantation workers' union. Each machine, driven by two operators, can do the work of about a hundred pickers, union officials say.

Grace Langat has picked tea on the same estate for 22 years. She earns about 13,000 shillings a month, paid by the kilogram. "My section used to have sixty pickers. Now there are thirty-five. Every season they tell more of us to go home," she said.

⟦fragment:Told reporters at the union office in Kericho town on Friday.⟧ The union's branch secretary, Wilson Kirui, said workers were not against progress but wanted a plan for those who lose their jobs. "If a machine replaces a hundred people, what happens to those hundred families? Nobody has answered that," he said.

The Kenya Tea Growers Association, which represents large producers, said rising labour costs and falling auction prices had left estates little choice. Kenyan tea sells for less at the Mombasa auction than it did five years ago, while wages and fuel costs have risen.

"Our competitors in other countries are mechanising. If we do not, we lose our markets, and then there are no jobs at all," ⟦attribution:said the association's chief executive, he said, Kiprono Rotich⟧.

Economists say tea estates are among the largest formal employers in rural Kenya, and that job losses would be felt well beyond the plantations, in shops, schools and transport.

Smallholder growers, who supply the factories run by the Kenya Tea Development Agency, still pick almost entirely by hand. Some of them say they fear the pressure on prices will reach them too.

The county government has asked estates to retrain pickers as machine operators and factory workers. The union wants a formal agreement, and talks are due to begin next month."""),

("Touchline Africa", """Dar es Salaam club signs Zambian striker on three-year deal

Azam Kivukoni FC have signed Zambian striker Mathews Lungu from Kitwe Rovers on a three-year contract, the Tanzanian club announced on Thursday.

Lungu, 24, scored 17 goals in 28 league matches for Kitwe Rovers last season and finished second in the Zambian Super League scoring chart. He made his debut for the national team in March.

The fee was not disclosed. Local media in Lusaka reported that it was about US$150,000, which would make Lungu one of the most expensive signings in Tanzanian football this year.

⟦placeholder:[gallery ids="4412,4413,4415"]⟧

Club chief executive Abdallah Mrisho said Lungu had been the coaching staff's first choice since January. "We wanted a striker who can finish, who is strong in the air and who works for the team when we do not have the ball. Mathews does all three," he said.

Lungu said he had chosen Tanzania because the league was growing and the club had promised him regular football. "I watched their matches on television. The fans are loud and the games are fast. I want to test myself here," he said.

⟦dup:2⟧

⟦embed:Azam Kivukoni FC
Yesterday at 18:04 · 🌍
KARIBU MATHEWS LUNGU 🇿🇲⚽ Our new number 9 has arrived! Tell us in the comments how many goals he will score this season 👇
👍❤️ 6.2K    743 comments    391 shares⟧

Azam Kivukoni finished fourth last season, eleven points behind the champions, and missed out on continental football. Coach Hemed Said has been criticised by supporters for a lack of goals. The team scored only 31 in 30 matches.

Kitwe Rovers coach Oswald Mwape said the club would reinvest the money in its youth academy in Kitwe. "We are sad to lose him, but this is how small clubs survive. We find the players, we develop them, and we sell them," he said.

Lungu is expected to join his new teammates at their pre-season camp in Morogoro next week."""),

("Reef & Rock Mining Review", """Namibian uranium project secures German offtake partner

Erongo Yellowcake Ltd has signed a supply agreement with a German utility group for part of the future output of its Tumas South uranium project in western Namibia, the company said on Tuesday.

Under the deal, the buyer will take 1.2 million pounds of uranium oxide concentrate a year for seven years from the start of production, which the company now expects in 2027. Prices are linked to the long-term market index with a floor and a ceiling.

Managing director Hilma Nangolo said the agreement gave lenders the confidence they needed to finance construction. "Banks want to see a customer before they lend. Now we have one with a strong balance sheet," she said.

The German buyer said in a statement to its investors that the contract was part of a plan to diversify its fuel supply.

⟦foreign:Das Unternehmen erklärte, dass die Lieferungen aus Namibia dazu beitragen sollen, die Abhängigkeit von einzelnen Lieferländern zu verringern und die Versorgungssicherheit langfristig zu stärken.⟧

Tumas South is a shallow deposit that will be mined by open pit ⟦broken_paragraph:and processed

on⟧ site using heap leaching. The company estimates construction costs at about US$380 million and says the mine will employ around 600 people once in production.

Namibia is already one of the world's largest uranium producers. Demand has risen as several countries extend the life of nuclear plants and plan new ones.

Local residents in the Erongo region have mixed views. Fisherman Johannes Gariseb, who lives in Walvis Bay, said he welcomed jobs but worried about water. "The mines use a lot of water, and this is a desert. They say they will use desalinated water. We will watch," he said.

The company said it would buy water from a coastal desalination plant and would not draw on ⟦glued:theKuiseb⟧ aquifer, which supplies the towns of Walvis Bay and Swakopmund.

Erongo Yellowcake shares rose 11 per cent on the Namibian Stock Exchange after the announcement.

⟦disclaimer:[Auto-translated from German by a machine translation service. Quotations may not match the original wording.]⟧"""),

("Coastal Times", """Kilifi fishermen win fight over beach landing site

Fishermen in Takaungu, Kilifi County, have won a two-year battle to keep access to the beach where they land their catch, after the county planning committee rejected a hotel developer's plan to fence off the site.

The committee voted on Thursday to refuse permission for a 48-room beach resort ⟦break:that. Would⟧ have closed the only public path to the landing site. The developer may appeal to the county's physical planning liaison committee within 30 days.

About 150 fishermen land their catch at Takaungu each morning. Women fish traders buy directly on the beach and take the fish to markets in Kilifi and Mtwapa.

⟦fragment:Because the beach had been used as a landing site since before independence.⟧ The fishermen's beach management unit argued that the path was a public right of way and could not be closed.

Unit chairman Rashid Kalama said members had raised money for lawyers by selling part of each day's catch. "We are poor people, but we did not give up. This beach is our office," he said.

Fish trader Mwanajuma Said, who has bought fish at Takaungu for 15 years, said the ruling meant she could keep working. "If they closed the path I would have to go to Mtwapa before dawn and pay for transport. My profit would finish," she said.

The developer, a Nairobi-based company, said in a written response that it had offered to build an alternative access path along the edge of the property⟦stray:；⟧ fishermen said the path would have been too narrow for handcarts.

County planning officer Daniel Mwangi told the committee that the proposal also failed to meet setback rules for buildings near the high water mark.

Conservation groups backed the fishermen. They said the creek next to the landing site was a nursery for juvenile fish and should not be disturbed by construction.

The beach management unit said it would now ask the county to formally survey and register the landing site so that its status could not be challenged again."""),

("Lakeside Business Daily", """Kampala traders say new electronic receipt rule is costing them customers

KAMPALA - Small traders in central Kampala say a tax authority requirement to issue electronic receipts for every sale is slowing business and driving customers to informal sellers.

⟦furniture:Newsletter: Get Lakeside Business Daily's Morning Markets briefing in your inbox every weekday. Subscribe now ›⟧

The Uganda Revenue Authority introduced the electronic fiscal receipting system for larger businesses in 2020 and has been extending it to smaller VAT-registered traders this year. Businesses must issue a receipt generated through an approved device or app for each sale.

At Kikuubo, the busy wholesale district, traders said the system was difficult to use when dozens of customers were waiting. Hardware dealer Musa Kigozi said the app often froze when the network was slow. "A customer buys nails for five thousand shillings and waits ten minutes for a receipt. Next time he goes to the man on the street who has no receipts," he said.

⟦dup:1⟧

The Kampala City Traders Association said it supported tax compliance but wanted the authority to simplify the system. "Nobody is refusing to pay tax. We are asking for a system that works in a busy shop," ⟦attribution:association spokesman Issa Sekitto said, Sekitto told the paper⟧.

The revenue authority said the system had increased VAT collections and reduced fraud. Commissioner for domestic taxes Ronald Waiswa said traders could get help from staff stationed in Kikuubo. "We have officers on the ground every day. Any trader with a problem can walk to them," he said.

Officials said more than 40,000 taxpayers were now using the system. Traders who fail to issue electronic receipts face fines.

Economists say the rule reflects a wider push by East African governments to widen the tax base. Kenya and Tanzania have introduced similar systems, with similar complaints.

Textile seller Sarah Nakato said she had no quarrel with tax but worried about her margins. "I pay rent, I pay the city, I pay the URA. The man selling from a wheelbarrow pays nothing. That is not fair," she said.

The authority said it would review complaints at a meeting with traders on ⟦placeholder:%DATE%⟧."""),

("Highveld Agri Trader", """KwaZulu-Natal cane growers count cost of fires after dry winter

Sugar cane growers on the KwaZulu-Natal north coast say uncontrolled fires have burnt more than 3,000 hectares of cane since the start of August, forcing early harvesting and cutting the sugar content of the crop.

Most cane in the province is burnt deliberately before harvest to remove leaves. But growers say this year's dry winter and strong winds have turned controlled burns and veld fires into blazes that jump from field to field.

Small-scale grower Nomusa Ntuli, who farms seven hectares near Kwadukuza, lost almost her whole crop in one night. "The fire came from the hill at about two in the morning. By sunrise there was nothing left to save," she said.

⟦foreign:Sicela uhulumeni asisize ngemali yokutshala kabusha, ngoba asinayo imali yokuqala phansi.⟧

Burnt cane must be delivered to the mill within a few days, or it loses sucrose quickly. Growers say mills have struggled to handle the sudden extra volumes, and some cane has been left standing too long.

⟦embed:SA Canegrowers ✔ @SACanegrowers · Aug 19
🔥 Fire season update: growers on the North Coast, please check firebreaks and report any unplanned burns to your local fire protection association. Stay safe. #FireSafety #KZNcane
17 replies · 58 reposts · 102 likes⟧

The South African Canegrowers Association said it was talking to mills about delivery schedules and to insurers about claims. Most small-scale growers have no insurance.

Fire protection association manager Sipho Mthembu said many fires were started by people burning rubbish or hunting cane rats. "One careless person can destroy the income of twenty families," he said. He urged growers to keep firebreaks clear and to report burns in advance.

Commercial grower Andrew Pillay said the fires came on top of low prices and rising costs. "Every year we say it cannot get harder, and every year it does," he said.

Agriculture officials in the province said they would assess the damage and consider support for small-scale growers, but made no promises about compensation.

⟦disclaimer:Note: portions of this article, including quotations originally given in isiZulu, were translated by machine and have not been reviewed by a human translator.⟧"""),

]
