ARTICLES = [
("Leinster Observer", """Portlaoise town centre plan 'years behind schedule', councillors told

Plans to regenerate the centre of Portlaoise are running at least three years behind schedule, councillors were told at a heated meeting of the Portlaoise Municipal District on Tuesday.

The Portlaoise Town Centre First plan, launched in 2021, promised a new civic square on Main Street, the reopening of the historic Fort Protector walls to the public and a pedestrian link between the Lyster Square car park and the shopping streets.

⟦placeholder:[caption id="attachment_8812" align="aligncenter" width="640"]⟧ The site of the proposed civic square on Main Street, Portlaoise.

Senior engineer Declan Shortall told members that design work on the square was complete but that the tender process had been delayed by changes to the funding model from the Urban Regeneration and Development Fund. He said construction was now unlikely to begin before the middle of 2025.

Cathaoirleach Noel Brophy said people in the town had been "promised the sun, moon and stars" and had seen very little change on the ground.

"People walk down Main Street and they see the same empty units they saw five years ago," he said. "We have had launches and photographs and consultations. What we have not had is a digger."

Councillor Caroline Fennelly said she understood the frustration but that the council could not begin works ⟦broken_paragraph:without the full funding being

in place.⟧ "The worst thing we could do is dig up Main Street and then stop halfway because the money isn't there," she said.

The meeting heard that a separate project to restore the Fort Protector walls had made more progress, with conservation works on the southern section due to finish in the spring. Archaeologists have uncovered parts of a 16th-century gatehouse during the works.

⟦dup:1⟧

Officials said a public information evening on the civic square designs would be held in the Dunamaise Arts Centre next month, and that the drawings would be on display in County Hall in the meantime.

The council will also apply for a further €4.5 million from the regeneration fund in the next round, which opens in the autumn."""),

("Pune Metro Despatch", """Dengue cases rise sharply in Pune as civic body steps up fogging drive

Pune, Sept 9: Dengue cases in Pune have risen sharply over the past three weeks, with the Pune Municipal Corporation's health department recording 412 suspected cases in August, nearly double the figure for the same month last year.

Officials said the rise was linked to intermittent rainfall and stagnant water at construction sites, in discarded tyres and on terraces. Hadapsar, Kondhwa, Yerawada and parts of Dhankawadi have reported the highest number of cases.

The civic body's chief health officer, Dr Vaishali Jadhav, said teams had inspected more than 1.2 lakh households and found mosquito breeding sites in about 6,000 of them. ⟦fragment:Issuing notices to 340 property owners including several builders.⟧

"Most of the breeding we are finding is inside houses, in flower pots, in the trays under refrigerators, in water stored for days. The fogging is only one part; people must also check their own homes," she said.

Private hospitals in the city said admissions for dengue had increased, although most patients were recovering well. A senior physician at a hospital in Koregaon Park said the hospital ⟦break:was seeing. about⟧ 15 to 20 new dengue patients every day, compared with four or five in July.

Residents in some areas complained that fogging vehicles were not visiting regularly. A resident of Kondhwa Budruk, Ramesh Shinde, said the housing society had written to the ward office twice. "⟦foreign:आम्ही दोन वेळा तक्रार केली, पण अजून कोणीही आलेले नाही.⟧" he said.

Dr Jadhav said additional fogging machines had been hired and that the corporation had set up a helpline for complaints about breeding sites. She urged people with high fever, body ache and rash to get tested at the nearest civic dispensary and to avoid self-medication with painkillers.

The state health department said dengue cases across Maharashtra were also higher than last year, with Pune, Mumbai and Nagpur districts accounting for most of them.

⟦disclaimer:This news report was translated from Marathi using machine translation software. Pune Metro Despatch is not responsible for errors in translation.⟧"""),

("Hunter Valley Wire", """Pokolbin winery changes hands after 52 years with founding family

One of the Hunter Valley's oldest family-owned wineries has been sold to a Sydney-based hospitality group, ending more than half a century of ownership by the family who planted its first vines.

The Maher family established Black Creek Estate on Hermitage Road at Pokolbin in 1972, when the area had only a handful of cellar doors. The 40-hectare property, which includes a restaurant and six guest cottages, has been sold to Harbourline Hospitality for an undisclosed sum, believed to be more than $14 million.

Second-generation winemaker Clare Maher, 61, said the decision had been "the hardest conversation we've ever had at the kitchen table".

"None of the grandchildren want to be winemakers, and that's fine, they've got their own lives. But it meant we had to think about who would look after the place," she said.

⟦embed:View this post on Instagram
A post shared by Black Creek Estate (@blackcreekhunter)
Fifty-two vintages. Thank you to every one of you who has sat on this verandah with a glass of our semillon. 🍇 #HunterValley #Pokolbin⟧

⟦glued:Thewinery⟧ is best known for its semillon, and its 1998 vintage won a trophy at the Sydney Royal Wine Show. The Maher family will retain a small block of old vines near the house.

Harbourline chief executive Daniel Reyes said the group planned to keep the estate's name and its staff of 28, and to invest in upgrading the restaurant and accommodation. "This is a place with a story. We'd be foolish to change what makes it special," he said.

Cessnock City Council's tourism manager, Belinda Carr, said the sale reflected a wider trend of long-time family owners in the Hunter selling to larger groups as costs rose and the next generation chose other careers.

"It's a bit of a ⟦stray:“⟧ changing of the guard. The new owners tend to bring investment, but there's always a worry about losing that personal touch at the cellar door," she said.

Ms Maher said she would stay on as a consultant winemaker for the next two vintages. She and her husband, Greg, plan to travel before settling in a house they have bought in Lovedale, a short drive from the vineyard.

"I'll still be able to see the vines from the road. That'll do me," she said."""),

("Limerick Shannonside Journal", """Limerick man jailed for five years over knife attack outside city takeaway

A Limerick man who stabbed another man twice outside a takeaway on William Street after a row over a queue has been jailed for five years at Limerick Circuit Criminal Court.

Jason Hayes, 29, of Kilmallock Road, pleaded guilty to assault causing serious harm in the early hours of March 19 last year. The final 18 months of the sentence were suspended.

Detective Garda Niamh Cusack told the court that the victim, a 34-year-old man from Castletroy, had been waiting for food with friends when an argument broke out with the accused over who was next in line. CCTV showed Hayes leaving the premises and returning two minutes later, ⟦broken_paragraph:before stabbing the man once in

the side and once in the upper arm.⟧

The victim was treated at University Hospital Limerick, where he spent four days. In a victim impact statement, he said he still suffered pain in his arm and had stopped going into the city at night.

"I went out for a bag of chips and came home with a scar for life. I keep thinking about how close it was," he said in the statement, which was read to the court by the prosecution.

⟦dup:1⟧

Defence counsel Brian McInerney said his client had a long history of alcohol misuse and had taken "a cocktail of drink and tablets" on the night. He said Hayes had no memory of the incident but accepted what was shown on the CCTV and was "deeply ashamed".

"He has written a letter of apology, which he understands may not be welcome. He has been drug-free in custody for eleven months⟦stray:،⟧ and has completed a number of courses," counsel said.

Judge Tom Hartnett said carrying a knife in a city centre at night was "a decision that has ruined two lives". "He went and got a weapon. That is what takes this out of the ordinary," ⟦attribution:Judge Hartnett said, the judge remarked⟧.

He said he would suspend the final portion of the sentence to encourage Hayes's rehabilitation, on condition that he engage with the Probation Service for two years after his release.

The sentence was backdated to when Hayes went into custody in April of last year."""),

("Cornish Gazette & Mercury", """Minack Theatre announces biggest summer season as cliffside venue turns 92

The Minack Theatre at Porthcurno has announced its biggest summer programme to date, with 27 productions running from May to September on the open-air stage carved into the cliffs above the Atlantic.

The season opens with a new adaptation of Daphne du Maurier's Jamaica Inn by a Bodmin-based company, and includes Shakespeare, Gilbert and Sullivan, a rock musical and the theatre's first production performed entirely in Cornish with English surtitles.

General manager Zoe Curnow said demand had continued to grow since the pandemic, when the theatre's clips of performers battling wind and rain went viral online.

⟦embed:@minacktheatre When the weather says no but the show says yes 🌧️🎭 #minack #cornwall #theatre
♬ original sound - Minack Theatre⟧

"People from all over the world had been watching us on their phones, and now they want to see it for themselves. We sell out nights in August before the cast has even had its first rehearsal," she said.

The theatre, built by Rowena Cade and her gardener from the early 1930s, welcomes around 200,000 visitors a year, including those who come only to look around the gardens during the day.

Ms Curnow said ticket prices would rise by £1 this year because of higher costs for insurance and lighting, but that 2,000 tickets would be held back at a reduced rate for Cornish residents and students.

Tickets go on sale to members on February 1 and to the public a week later. Full listings: ⟦placeholder:{{ production_list | safe }}⟧

The programme was welcomed by local businesses in the Land's End peninsula, where many cafés and guest houses rely on theatre visitors in the shoulder months.

"When there's a show on, our evenings are full. When there isn't, it's quiet. It's as simple as that," said Jenna Rowe, who runs a café in St Levan.

⟦furniture:Most Read
1. Truro roadworks to last until autumn
2. Police name man who died in Newquay crash
3. Seal pup rescued from Porthleven harbour
4. Council tax to rise by 4.99 per cent⟧"""),

("Kerala Newsline", """Monsoon study finds shift in rainfall pattern over Western Ghats

Thiruvananthapuram, July 4: Extreme rainfall events over the Western Ghats have become more frequent over the past four decades while the total number of rainy days during the south-west monsoon has fallen, a new study by Kerala-based researchers has found.

The study, by scientists at a state research institute and a university in Kochi, analysed daily rainfall data from 186 stations across Kerala and Karnataka between 1981 and 2022. It was published this week in an international climate journal.

The researchers found that days with more than 100 mm of rainfall had increased by about 30 per cent in the central and northern parts of Kerala, while the number of days with light or moderate rain had declined. ⟦fragment:Making the region more vulnerable to flash floods and landslides.⟧

Lead author Dr Meera Pillai said the findings matched what farmers and residents in hill districts had been reporting. "People in Wayanad and Idukki will tell you the rain comes differently now. It comes in a few days, very heavily, and then there are long breaks. The data supports that," she said.

The study also found that the onset of the monsoon over Kerala had not changed significantly in timing, ⟦break:but the. Active and break spells⟧ within the season had become longer and less predictable.

A local farmer in Idukki quoted in the study's field survey section said: "⟦foreign:മഴ ഇപ്പോൾ പഴയതുപോലെയല്ല, ഒരുമിച്ച് പെയ്യുന്നു⟧"

The authors called for a denser network of automatic rain gauges in the high ranges and better integration of rainfall forecasts with landslide warning systems. They noted that several of the deadliest landslides in recent years occurred after two or three days of very heavy rain on already saturated slopes.

State disaster management officials said the findings would be considered in the revision of the Kerala State Disaster Management Plan, which is currently under way.

⟦disclaimer:[Auto-translated] This article was originally published in Malayalam. The English version has been generated automatically.⟧"""),

("Highland Record", """Kingussie lift the Camanachd Cup after tense final with Newtonmore

Kingussie won the Camanachd Cup for the first time in five years after beating their fiercest rivals Newtonmore 2-1 in a tense final at An Aird, Fort William, on Saturday.

A crowd of around 3,500 watched a match that had everything: an early goal, a disallowed equaliser, a red card and a last-minute save that will be talked about in Badenoch for years.

Kingussie went ahead in the ninth minute when Ruaridh Macpherson flicked the ball over the Newtonmore goalkeeper from close range after a goalmouth scramble. The lead was doubled just before half-time by veteran Fraser Dunbar, ⟦glued:whosestrike⟧ from the edge of the D took a deflection on the way in.

⟦embed:Half time at An Aird: Kingussie 2-0 Newtonmore. The big one is living up to its billing 🏑🔥 #CamanachdCup pic.twitter.com/Ht5cLxP0rV
— Shinty Association (@ShintyLive) September 14, 2024⟧

Newtonmore pulled one back through Calum Grant on the hour and thought they had equalised ten minutes later, only for the goal to be ruled out for a foul on the goalkeeper.

The match turned tense when Kingussie's Jamie Stewart was sent off with 12 minutes remaining for a high swing. Newtonmore laid siege to the Kingussie goal, and in the final minute goalkeeper Ewan Fraser ⟦break:dived. To his left⟧ to turn a shot from Grant round the post.

"I didn't see it until it was nearly past me. I just threw everything at it," Fraser said afterwards.

Kingussie manager Alan Macleod said it was the proudest day of his time with the club. "To beat them in a final, on this stage, with ten men at the end, it doesn't get any better in shinty," he said.

⟦dup:2⟧

Newtonmore boss Iain Kennedy said his side would "come back stronger". "Fine margins. We had the chances and their keeper was outstanding," he said.

The cup will be paraded through Kingussie on Sunday afternoon."""),

("Norfolk Broadland Echo", """Farmers fear 'cat and mouse' as hare coursing returns to the Fens and Broads

Farmers in east Norfolk say hare coursing gangs are back on their land despite tougher laws that came into force last year, with some reporting incidents almost every week since the harvest.

Norfolk Police said it had received 146 reports of suspected hare coursing between September and the end of December, a slight fall on the previous year but still well above levels seen before the pandemic.

⟦placeholder:IMAGE_CAPTION_HERE⟧

Coursers use dogs, usually lurchers or greyhounds, to chase and kill hares, with bets often placed on the outcome and videos shared online. Farmers say the gangs cause damage to crops and fences, and can be aggressive when challenged.

A farmer near Ludham, who asked not to be named for fear of reprisals, said four vehicles had driven across a field of winter wheat earlier this month. "They're gone in minutes. By the time the police get here they're halfway to ⟦broken_paragraph:Cambridgeshire, and

you're left with the ruts⟧ and a dead hare on the headland," he said.

The Police, Crime, Sentencing and Courts Act 2022 introduced unlimited fines and prison sentences of up to six months for hare coursing, and gave courts the power to disqualify offenders from keeping dogs and to recover kennelling costs.

"The changes have given us real teeth, and we have seized more vehicles and dogs this season than ever before," ⟦attribution:Inspector Chris Brooks said, according to the force⟧. He said officers worked closely with neighbouring forces through Operation Galileo and with farmers who use a WhatsApp group to report sightings.

The National Farmers' Union said many incidents still went unreported because farmers had lost faith that anyone would turn up⟦stray:)⟧ NFU county adviser Lucy Davey said rural crime teams needed to be properly funded.

"We don't want heroics from farmers. We want them to report, and we want them to feel that reporting is worth it," she said.

Anyone who sees hare coursing in progress is asked to call 999 and not to approach those involved."""),

("Border Telegraph & Argus", """Obituary: Isla Rutherford, knitwear designer who put Hawick cashmere on the catwalk

Isla Rutherford, the knitwear designer whose bold colours helped to bring Borders cashmere to a new generation of fashion buyers, has died aged 81.

Born in Hawick in 1943, the daughter of a mill mechanic and a hand-finisher, she grew up within sight of the chimneys of the town's knitwear factories. She left Hawick High School at 15 to work as a trainee in a mill design room, where she was soon producing patterns that the company's buyers said were too daring to sell.

They were wrong. After studying part-time at Galashiels, she moved to London in 1968 and sold her first collection to a Bond Street boutique. By the mid-1970s her jumpers, in sharp oranges, cobalt blues and acid greens, were appearing in fashion magazines in Paris and New York.

⟦fragment:Never forgetting, even at the height of her success, where the yarn had come from.⟧ She insisted that every piece she sold be made in the Borders, and in 1979 she returned to Hawick to open her own workshop on the banks of the Teviot, employing up to 40 people at its peak.

Former colleague Morag Elliot said she was "ferociously demanding and endlessly generous". "She would send a jumper back three times if the cuffs were wrong. Then she would take you out for your tea and ask about your mother," she said.

⟦dup:1⟧

The workshop closed in 2004 in the face of cheap imports, a decision she described as the saddest of her life. She continued to design for other companies and taught at the Scottish Borders Campus in Galashiels until her late 70s.

She was made an MBE in 2010 for services to the textile industry, and a retrospective of her work was held at the Borders Textile Towerhouse in Hawick in 2019.

Her husband, the photographer Alan Rutherford, died in 2012. She is survived by her son, Callum, her daughter, Fiona, and five grandchildren.

A service of thanksgiving will be held at Hawick Old Parish Church on Friday at 1pm.

⟦furniture:© Border Telegraph & Argus 2024. All rights reserved. Registered in Scotland No. SC048221.⟧"""),

("Galway Western Herald", """Galway delegation visits German twin town as cities mark 25 years of friendship

A delegation of councillors, schoolchildren and musicians from Galway has travelled to Bavaria to mark the 25th anniversary of the city's twinning with the university town of Waldkirchen an der Isar.

The 42-strong group, which includes the Mayor of Galway and members of a city youth orchestra, was welcomed at the town hall on Friday evening by the Bürgermeister, Thomas Lechner, and several hundred townspeople.

The twinning began in 1999 through a school exchange between Coláiste Iognáid and a local gymnasium, and has since grown to include sports clubs, choirs and a research partnership between the two cities' universities.

Mr Lechner told the gathering that the link had survived "a pandemic, several changes of government and a lot of rain in both places". He then said in German: "⟦foreign:Diese Freundschaft ist nicht auf Papier gebaut, sondern auf Menschen, die sich jedes Jahr wiedersehen⟧."

The Mayor said the twinning had given "hundreds of young people their first trip abroad". Several of the original exchange students, now in their 40s, ⟦break:had travelled. independently⟧ to attend the celebrations, some bringing their own children.

Aoife Ní Fhlatharta, who took part in the first exchange in 1999 and is now a teacher in Salthill, said she still wrote to her host family every Christmas. "It was the first time I'd ever been on a plane. I came home thinking I'd seen the whole world," she said.

The Galway youth orchestra performed in the town's baroque church on Saturday, and a hurling demonstration by under-14 players drew a large crowd to the local football ground.

The two cities signed a renewed friendship charter committing to annual student exchanges and a joint arts festival, which will be held in Galway in 2026.

⟦disclaimer:This article has been produced with the assistance of automated translation from German-language source material and may contain inaccuracies.⟧"""),

("Tyneside Evening Post", """'I wrote it on the Metro': Gateshead author on her prize-winning debut

When Leanne Carr found out her first novel had won a major debut fiction prize, she was on the Metro between Heworth and Felling, the same stretch of line where she wrote most of it.

"I burst into tears in front of a man eating a pasty. He offered me a bit," she says. "That's the North East for you."

Carr, 38, worked for 15 years as an administrator at a GP surgery in Gateshead. She wrote the novel, Slack Water, in notebooks on her commute, typing it up late at night after her two sons were in bed.

The book follows three generations of women from a family of Tyne ferry workers, moving between the 1950s and the present day. Critics have praised its use of dialect and its portrait of a working river that has largely disappeared.

⟦placeholder:[VIDEO]⟧

"People told me to take the dialect out because nobody outside the region would understand it," she says. "But that's how my nana talked. If I took it out, I'd be taking her out."

The manuscript was rejected by more than 40 literary agents before being picked up by a small independent publisher in Newcastle. Since the prize was announced, ⟦broken_paragraph:translation rights have been sold in

six countries⟧ and a television production company has taken an option.

⟦embed:Slack Water by Leanne Carr — official trailer | Watch on YouTube⟧

Carr has now left her job to write full time, although she says she still takes the Metro "out of superstition". Her second novel, set in a Gateshead bingo hall in the 1980s, is due next year.

Asked what advice she would give to others writing in snatched hours, she pauses. "Don't wait for a room of your own. I never had one. I had a seat by the window on the yellow line, and that was enough," she says.

Slack Water is published by Quayside Books and is available in bookshops and online."""),

("Riverina Newswire", """Griffith GP shortage leaves patients waiting up to five weeks

Patients in Griffith are waiting up to five weeks for a routine appointment with a general practitioner, as clinics in the city struggle to replace doctors who have retired or moved away.

A survey of practices by the local primary health network found the city now has around 22 full-time equivalent GPs for a population of more than 27,000, well below the state average. Two clinics have closed their books to new patients.

⟦glued:Theshortage⟧ has pushed more people to the emergency department at Griffith Base Hospital with conditions that could be treated by a GP, according to local health workers.

Practice manager Joanne Testoni said her clinic had advertised for a new doctor for 14 months. "We've had two applicants. One withdrew when his wife couldn't find work here, and the other took a job in Wagga," she said.

⟦fragment:Even with incentives of up to $60,000 for doctors willing to relocate to the bush.⟧

The local federal MP said the government's expansion of bulk-billing incentives and a new rural training pathway would help over time, but acknowledged it would take years for more doctors to come through.

Local residents told the Newswire of the difficulties. Pensioner Frank Catanzariti, 78, said he had been unable to get his regular blood pressure medication reviewed for almost two months. "I'm not complaining about the doctors, they're run off their feet. There just aren't enough of them," he said.

⟦dup:1⟧

The Murrumbidgee Local Health District said it was recruiting more nurse practitioners and had expanded telehealth services for some patients. It encouraged people with non-urgent conditions to call healthdirect on 1800 022 222.

The Rural Doctors Association said country towns were competing with each other for the same small pool of doctors. "Griffith isn't unique. Every town from here to Broken Hill has the same story," a spokesperson said.

⟦furniture:Share on Facebook   Share on X   Share via Email
Comments (3)   Add your comment⟧"""),

("Deccan Wire Service", """Indian workers in Saudi Arabia get unpaid wages after embassy intervention

Riyadh/New Delhi, Nov 3 (DWS): Around 170 Indian workers employed by a construction contractor in Saudi Arabia's Eastern Province have received unpaid wages of up to eight months after the Indian embassy took up their case with the labour authorities, officials said.

The workers, mostly from Uttar Pradesh, Bihar, Telangana and Kerala, had been living in a labour camp near Dammam after the company stopped paying salaries in March, citing delays in payments from a client.

Embassy officials said the matter had been resolved through the Saudi labour court and the Ministry of Human Resources, and that each worker had received his dues along with an exit visa and air ticket for those who wished to return home. "All the workers have received their pending salaries and end-of-service benefits," ⟦attribution:an embassy official said, officials said⟧.

One of the workers, Mohammed Salim from Gorakhpur, said by phone that he had borrowed money from friends to send home while waiting for the wages. A Saudi supervisor at the camp, he said, had repeated the same words to them every week: "⟦foreign:اصبروا، الفلوس جاية إن شاء الله⟧"

"Now the money has come. I will go home for my sister's wedding and then I will see," he said.

A community volunteer in Dammam, who helped the workers register complaints with the embassy, said food had been provided by Indian associations in the Eastern Province for several months. ⟦placeholder:null⟧

Officials said the embassy ⟦break:had also. written to⟧ the recruiting agents in India who had placed the workers, and that action would be taken if any violations of emigration rules were found.

More than two million Indian nationals live and work in Saudi Arabia, the largest group of foreign workers in the kingdom. Wage disputes involving contractors have been a recurring issue, particularly in the construction sector.

The Ministry of External Affairs has urged workers facing difficulties to register grievances on its online portal or contact the embassy helpline."""),

("The Wexford Courier", """Hosepipe ban for south Wexford as reservoir levels fall after dry spell

Uisce Éireann has imposed a hosepipe ban on more than 20,000 homes and businesses in south Wexford after weeks of dry weather left water supplies under severe pressure.

The water conservation order, which comes into effect from midnight on Friday, covers customers supplied by the Fort Lorenzo and Kilmore schemes, including Kilmore Quay, Bridgetown, Murrintown, Duncormick and parts of Rosslare. It will remain in place until the end of August at least.

Under the order, the use of hosepipes to water gardens, wash cars, fill paddling pools or clean patios is banned. ⟦fragment:Except for commercial purposes and where a hosepipe is needed for health and safety reasons.⟧

Uisce Éireann's regional operations manager, Eoin Murphy, said demand in the area had risen sharply with the influx of holidaymakers and the warm weather. "We are producing more water than ever at these plants, and it is still not keeping up ⟦broken_paragraph:with demand. Every litre

saved makes a difference⟧," he said.

Met Éireann said rainfall in the south-east was about 40 per cent below normal for June and the first half of July, with Johnstown Castle recording only 23mm in the past month.

⟦embed:Met Éireann (@MetEireann) · 18 Jul
Warm and dry for most again today with highs of 21 to 26C, warmest in the southeast ☀️ Some cloud building in the west later.⟧

Farmers in the area said grass growth had slowed considerably and some were already feeding silage meant for the winter. IFA county chairman Jim Kavanagh said it was "the earliest we've seen this kind of pressure in years"⟦stray:¡⟧

The ban has drawn a mixed reaction from the caravan parks and holiday homes that line the coast. One owner of a holiday park near Kilmore Quay said he understood the need for the order but that visitors would "not be happy" if showers were affected.

Uisce Éireann said there was no plan to restrict supply at night at this stage, but did not rule it out if dry weather continued. Customers can check the status of their supply on the company's website."""),

("Mid-Ulster Chronicle", """Dairy co-op to create 85 jobs in £30m expansion at Dungannon site

A dairy co-operative is to create 85 jobs as part of a £30 million expansion of its processing plant on the outskirts of Dungannon, it has been announced.

The investment by Tyrone Valley Dairies will pay for a new cheese-making line and a drying tower capable of producing milk powder for export to markets in Asia and the Middle East. The company, which is owned by around 700 farmer members in Tyrone, Armagh and Fermanagh, currently employs 240 people at the site.

Chief executive Martin Devlin said the expansion would allow the co-operative to add value to more of its members' milk locally rather than sending it across the border for processing.

"Every litre we process in Dungannon is a litre that earns more for the farmer and keeps jobs here," he said.

Invest NI has offered £2.8 million in support towards the project. ⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧ Construction is expected to start in the spring, with the new lines fully operational by 2026.

Many of the plant's current employees came from Poland, Lithuania and Romania in the early 2000s. One long-serving shift supervisor, Marek Zieliński, said the workforce had been told about the plans at a meeting last week, ⟦foreign:i wszyscy byli bardzo zadowoleni, bo to znaczy stabilną pracę na lata⟧.

The announcement was welcomed by local MLAs and the Ulster Farmers' Union, which said it was a vote of confidence in the dairy sector after a difficult period of high feed and fertiliser prices. A union spokesperson said the ⟦break:sector had. been under⟧ severe pressure for two years.

Mid Ulster District Council said the area had the highest proportion of manufacturing jobs of any council in the UK, and that improved roads and water infrastructure were needed to support further growth.

The company said the new jobs would include roles for engineers, laboratory technicians, operators and drivers.

⟦disclaimer:This content was translated and adapted from a partner publication using automated tools.⟧"""),

("Pune Metro Despatch", """Retired engineer loses Rs 62 lakh in fake share trading app scam

Pune, Jan 12: A 68-year-old retired engineer from Aundh lost Rs 62 lakh to cyber fraudsters who lured him into investing in shares through a fake trading application, police said on Friday.

According to the complaint filed with the cyber police station, the man was added to a WhatsApp group in October that claimed to offer stock market tips from a well-known brokerage. The group had more than 150 members, many of whom regularly posted screenshots showing large profits.

The man was then asked to download an app and open an account. ⟦fragment:After initial small investments showing quick returns on the app's dashboard.⟧ Over the following ten weeks, he transferred money in 23 instalments to various bank accounts provided by the group administrators.

When he tried to withdraw his supposed profits of over Rs 1.4 crore, he was told he had to pay a "service tax" of 20 per cent first. He became suspicious and approached the police.

⟦dup:1⟧

Senior inspector Sangita Deshpande said the bank accounts used in the fraud were ⟦broken_paragraph:mule accounts opened in the names of

labourers and students⟧ in other states, and that the money was quickly moved onward. Some of it has been frozen following requests to the banks.

"Fraudsters are targeting retired people because they have savings and time. No genuine brokerage will ask you to transfer money to a private account or a WhatsApp contact⟦stray:，⟧ ever," she said.

The police said the city had registered more than 400 complaints of investment fraud in the last year, with total losses running into hundreds of crores. Officers urged citizens to verify any trading platform with the market regulator and to report fraud immediately on the national cyber crime helpline, 1930.

The man's son, who works in Bengaluru, said his father had been too embarrassed to tell the family until the very end. "He is an intelligent man. That is how clever they are," he said."""),

("Leinster Observer", """Laois hurlers edge Offaly in Joe McDonagh thriller at O'Moore Park

Laois kept their Joe McDonagh Cup ambitions alive with a one-point win over Offaly in a dramatic contest at Laois Hire O'Moore Park on Saturday, with substitute Rory Phelan landing the winner from a sideline cut in the 74th minute.

The sides were level eight times in a game that swung one way and then the other, and Offaly had a chance to rescue a draw in the final seconds when Ciarán Brady's free from 90 metres dropped short into the goalmouth and was cleared.

Laois led by 0-14 to 1-9 at half-time, with Pádraig Dunne hitting six points from play and frees. Offaly came out with more energy after the break and a goal from Seán Corcoran put them two ahead with 15 minutes to go.

⟦embed:Rory Phelan from the sideline to win it!! Scenes in Portlaoise 💙🤍 #LAOvOFF pic.twitter.com/mL8rTq2WnE
— Laois GAA (@LaoisGAA) May 11, 2024⟧

Laois manager Tommy Delaney said he had "aged ten years" in the last quarter. "We were under the cosh for a long spell and the lads dug it out. That's what we've been asking of them all year," he said.

"Rory has been doing that in training for months, nobody in the county would be surprised," ⟦attribution:Delaney added, the manager said⟧.

Offaly boss Fergal Daly said his players had given everything but were let down by their wides, 14 in total. "We had enough ball to win two matches. On another day that goes the other way," he said.

Laois now need a win against Kerry next weekend to reach the final.

⟦furniture:Topics: Laois GAA  |  Hurling  |  Joe McDonagh Cup  |  O'Moore Park
Follow the Leinster Observer on Facebook, X and Instagram for live updates every weekend⟧"""),
]
