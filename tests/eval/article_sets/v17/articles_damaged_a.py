ARTICLES = [
("The Wexford Courier", """Councillors back €48m relief road despite objections from Enniscorthy traders

Wexford County Council has voted to press ahead with a €48 million relief road around the north side of Enniscorthy, ending more than six years of argument over a scheme that traders on the Main Street say could drain business from the town centre.

The motion, tabled by the Fianna Fáil group, passed by 22 votes to nine at Monday's monthly meeting in Carricklawn, with three members abstaining. Several councillors who had opposed the route in 2021 switched sides after engineers presented revised drawings that move a roundabout 400 metres further from the Vinegar Hill heritage site.

Council chief executive Tom Lennon told members the project "would not be going back to square one" whatever the outcome of a separate An Bord Pleanála review of the cycle lane element. He said the Department of Transport had confirmed its share of the funding in writing⟦stray: ;⟧ and that tender documents could issue before the end of the summer.

Not everyone was convinced. Speaking ⟦glued:withCouncillor⟧ Barbara-Anne Rossiter outside the chamber before the vote, the chair of the Enniscorthy Chamber, Niall Kehoe, said footfall on Rafter Street had already fallen by a fifth since the N11 bypass opened.

"Every time a road goes around a town, the town gets quieter," he said. "We are not against progress. We are against being forgotten about."

Independent councillor Pip Cullen, who voted against, said the council ⟦break:had. Approved the⟧ scheme before a promised traffic study of the town centre had even been published. "We are being asked to sign a blank cheque and read the terms afterwards," she said.

Mr Lennon rejected that characterisation, saying the traffic study would be ready "within weeks" and that its findings would shape signage and parking rather than the line of the road itself.

Compulsory purchase orders affecting 14 landowners are expected to be confirmed in the autumn. If construction begins as scheduled in 2025, the road would open to traffic in late 2027.

The council also approved a €1.2m allocation for footpath repairs in Gorey and New Ross, and agreed to write to the Minister for Housing about continuing delays to the Bunclody wastewater plant.

⟦furniture:Share this article   Facebook   X   WhatsApp   Email   Copy link⟧"""),

("Deccan Wire Service", """High Court quashes land allotment to private school trust in Rangareddy

Hyderabad, June 11 (DWS): The Telangana High Court on Tuesday set aside the allotment of 4.2 acres of government land in Rangareddy district to a private educational trust, holding that the allotment had been made "in undue haste and without following the due procedure".

A division bench comprising Justice M. Prabhakar Rao and Justice Anjali Deshmukh passed the order on a public interest litigation filed by a residents' welfare association of Kokapet, which had argued that the land was earmarked for a government junior college and a playground.

"The State cannot part with public land at a nominal price merely because an application is made by an entity with influence," ⟦attribution:the bench observed, the court said⟧ in its 38-page judgment.

⟦fragment:Having regard to the submissions made on behalf of both the parties and the records placed before it.⟧ The bench noted that the file had moved from the mandal revenue office to the Chief Commissioner of Land Administration within nine days, which it described as "unusual, to say the least".

Counsel for the trust, senior advocate V. Raghunandan, had argued that the trust ran three schools with a combined strength of 4,000 students and that the Rs 1.5 crore it paid was in accordance with the market value as assessed in 2019. The court did not accept the valuation, noting that the registration value of adjacent plots was nearly six times higher at the relevant time.

The petitioners' counsel, Farah Siddiqui, said outside the court hall that the order would "send a message to every district collectorate". Asked whether the residents would now press for the college to be built, she said: "⟦foreign:ज़मीन वापस आ गई है, अब स्कूल की लड़ाई शुरू होगी।⟧"

The court directed the district collector to resume possession of the land within eight weeks and to refund the amount paid by the trust, without interest⟦stray:。⟧ It also directed the State government to frame guidelines for the allotment of land to educational institutions within three months.

The trust is likely to approach the Supreme Court, sources close to its management said.

⟦disclaimer:(This story has not been edited by DWS staff and is auto-generated from a syndicated feed.)⟧"""),

("Tyneside Evening Post", """Wallsend Rovers stun league leaders with late comeback at Langdale Park

Wallsend Rovers kept their Northern League title hopes alive on Saturday with a dramatic 3-2 win over leaders Hebburn Athletic, scoring twice in the last eight minutes in front of a crowd of 1,140.

Hebburn had looked comfortable after Kieran Dodds added a second just after the hour, sweeping home a low cross from the right after Rovers failed to clear a corner.

But manager Gary Hindmarsh's decision to throw on 18-year-old winger Jayden Orr changed the game. Orr won a penalty within four minutes of his arrival, which captain Liam Stobbart converted, and then crossed for Callum Reay to head the equaliser in the ⟦glued:84thminute⟧.

The winner came deep into stoppage time. Stobbart's free-kick from 25 yards struck the underside of the crossbar and bounced down, and substitute Adam Pyle reacted first to bundle it over the line.

⟦embed:WHAT A FINISH 🔥🔥 Pyle in the 94th minute and Langdale Park goes absolutely mental 💚⚪ #UTR pic.twitter.com/Qw7Lm2vZkP— Wallsend Rovers FC (@WallsendRoversFC) April 13, 2024⟧

"I've been in football thirty years and I've never heard this ground like that," Hindmarsh said. "The kids were brilliant. Jayden's done that all season in training and today he did it when it mattered."

⟦dup:1⟧

Hebburn boss Steve Colling was less impressed with the officials, claiming Orr had "gone down far too easily" for the penalty. "I'll be watching it back, but from where I was standing it was soft," he said.

The result leaves Rovers four points behind Hebburn with a game in hand and five matches left. The sides meet again at Hebburn on the final day of the season.

⟦furniture:Read more
Northern League: full results and table
Hindmarsh signs new two-year deal
Langdale Park floodlight appeal hits £20k target⟧"""),

("Riverina Newswire", """Wagga residents told to prepare as Murrumbidgee forecast to peak at 9.8 metres

Residents in low-lying parts of Wagga Wagga have been told to prepare to leave their homes as the Murrumbidgee River is forecast to peak near 9.8 metres on Thursday, the highest level since the 2012 floods.

The NSW State Emergency Service issued a watch and act warning for North Wagga, Gumly Gumly and parts of the Oura Road area late on Tuesday after heavy rain across the upper catchment over the weekend⟦stray:,,⟧ with more than 120 millimetres falling at Tumut in 48 hours.

⟦placeholder:[WEATHER_RADAR_WIDGET id=riverina-loop]⟧

SES Riverina Murray zone commander Ange Whitfield said crews had doorknocked more than 400 homes on Tuesday afternoon.

"We're asking people not to wait for an evacuation order before they start moving caravans, livestock and anything they can't afford to lose," she said. "Once the water is over the roads it is too late to go back for the dog."

The Bureau of Meteorology said the river at Wagga was at 7.4 metres and rising at around ten centimetres an hour on Tuesday night. Senior forecaster Priya Kalra said a second, smaller band of rain was expected on Friday but was unlikely to change the peak.

"The good news, if there is any, is that the following ⟦break:system. Looks much weaker⟧ than what came through on the weekend," she said.

The city's main levee is rated to 10.7 metres. Wagga Wagga City Council said it was monitoring two ⟦broken_paragraph:sections near the Wiradjuri Bridge where

minor seepage had⟧ been reported, but engineers were satisfied the structure remained sound.

An evacuation centre has opened at the Wagga Wagga Showground, and the council has closed the Wollundry Lagoon car park. Farmers along the river flats west of the city have been moving stock to higher ground since Monday.

Mayor Georgie Hartigan said the community "knows this river better than anyone" and urged people to check on elderly neighbours and anyone living alone.

For emergency help in floods and storms, call the SES on 132 500."""),

("Galway Western Herald", """Tributes paid to Clifden fisherman and lifeboat volunteer Pádraig Conneely

The death has occurred of Pádraig Conneely, a fisherman, lifeboat volunteer and one of the best-known figures on the Clifden quays, at the age of 78.

Mr Conneely was born in Cleggan ⟦glued:in1946⟧, the youngest of seven children, and went to sea with his father at the age of 14. He fished lobster and crab off Inishbofin and Inishturk for more than half a century, and was still going out in his punt in the summers until two years ago.

He joined the Clifden lifeboat crew when the station reopened in 1988 and served as a volunteer for 22 years, taking part in more than 150 launches. ⟦fragment:Among them the rescue of four Dutch yachtsmen off Slyne Head in the storm of October 1996.⟧

Former coxswain Séamus King said Mr Conneely had "the best pair of eyes on the coast".

"He could see a lobster buoy in a swell that the rest of us would swear was empty water," he said. "If Pádraig said there was something out there, there was something out there, and you turned the boat."

Away from the sea, he was a stalwart of Clifden GAA club, where he trained underage teams for two decades, and sang bass with the parish choir. Neighbours recalled that he kept a stack of dry jumpers in his shed for anyone who came off the water soaked.

He was predeceased by his wife Bríd in 2015. He is survived by his sons Colm and Tomás, his daughter Nóra, nine grandchildren, his sister Peg, and a wide circle of friends along the coast from Roundstone to Renvyle.

His remains will repose at Mannion's Funeral Home, Clifden, on Thursday from 5pm to 8pm. Funeral Mass will take place at St Joseph's Church on Friday at 11am ⟦placeholder:{{funeral_livestream_link}}⟧, with burial afterwards in Ardbear cemetery.

The family has asked that donations, if desired, go to the RNLI.

⟦furniture:Leave a message of condolence →   |   Print   |   Share on Facebook⟧"""),

("Mid-Ulster Chronicle", """Man charged after £60,000 of cannabis found in car near Cookstown

A 34-year-old man is due to appear before Dungannon Magistrates' Court this morning after police found cannabis with an estimated street value of £60,000 in a car stopped on the outskirts of Cookstown.

Officers from the PSNI's Organised Crime Branch stopped a silver Audi A4 on the Moneymore Road at around 7.40pm on Saturday. A search of the boot uncovered six vacuum-packed bags of herbal cannabis, ⟦attribution:according to police, a PSNI spokesperson said⟧.

The man was arrested at the scene and later charged with possession of a Class B drug with intent to supply and being concerned in the supply of a Class B drug. A quantity of cash and two mobile phones were also seized and will be examined.

Detective Inspector Karen Lowry said the seizure was "a significant blow" to criminal gangs operating across Mid-Ulster.

"These drugs were destined for our towns and villages. Who do you think pays the price for that⟦stray: ?⟧ It is ordinary families in this district," she said.

"We will continue to target those who profit from misery, and I would ask anyone who sees something suspicious to tell us about it. You do not have to give your name."

It is the third significant seizure in the district this year. In February, officers ⟦break:found. Cannabis plants⟧ worth an estimated £120,000 at a converted farm building outside Pomeroy, and in March a van was stopped on the A29 with herbal cannabis and a quantity of cocaine on board.

Local SDLP councillor Denise Quinn welcomed the arrest but said communities needed more than headlines. "People want to see officers on the streets of Cookstown and Coalisland on a Friday night, not just in a press release on a Monday," she said.

Police appealed for anyone with information to contact them on 101, quoting reference 1412 of 18/05/24, or to contact Crimestoppers anonymously ⟦placeholder:[INSERT LINK]⟧."""),

("Pune Metro Despatch", """Japanese auto parts maker to invest Rs 1,200 crore in Chakan plant

Pune, March 4: Japanese automotive components manufacturer Minatogawa Precision Industries will invest Rs 1,200 crore over five years to set up a new manufacturing facility at the Chakan industrial area, the company said on Monday.

The plant, spread over 32 acres, will make transmission parts and electric motor housings for passenger vehicles and two-wheelers. It is expected to employ around 1,400 people at full capacity. ⟦fragment:To start commercial production from the second quarter of 2026.⟧

Minatogawa already operates a smaller unit at Ranjangaon, which supplies components to three domestic carmakers. The new facility will be the company's largest outside Japan, ⟦glued:overtakingits⟧ plant in Thailand.

In a statement, company president Kenji Watanabe said: "⟦foreign:インドは当社にとって最も重要な成長市場の一つであり、今後も長期的に投資を続けてまいります。⟧"

A memorandum of understanding was signed with the Maharashtra Industrial Development Corporation in Mumbai in the presence of state industries department officials. Officials said the land ⟦break:had been. allotted⟧ at the prevailing MIDC rate and that no special concessions beyond the state's existing package scheme had been offered.

Industry representatives in Pune welcomed the announcement. Sunil Kulkarni, president of a Chakan-based association of small component suppliers, said the investment would help local vendors who had been hit by slower orders from the commercial vehicle segment over the last year.

"When a big anchor company comes, fifty small units around it also get work, for machining, for painting, for packaging. That is how Chakan grew in the first place," he said.

Local residents' groups, however, have repeatedly raised concerns about traffic congestion on the Pune-Nashik highway and the lack of water supply infrastructure in the belt. A long-pending proposal for a dedicated water pipeline from the Bhama Askhed dam has yet to be completed.

The company said it would set up a training centre at the site in partnership with a local ITI to prepare technicians for electric vehicle component manufacturing.

⟦disclaimer:Disclaimer: Quotations in this report have been machine-translated from the company's Japanese-language press release and have not been independently verified by Pune Metro Despatch.⟧"""),

("Cornish Gazette & Mercury", """Treliske A&E waits worst in region as hospital trust declares critical incident

⟦furniture:We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies. ACCEPT  |  MANAGE SETTINGS⟧

The Royal Cornwall Hospitals NHS Trust has declared a critical incident after more than 80 patients were left waiting in its emergency department on Monday night, with some spending over 30 hours on trolleys.

Figures published by NHS England show that fewer than half of patients arriving ⟦glued:atRoyal⟧ Cornwall Hospital in Truro were seen, treated and discharged or admitted within four hours last month, the worst performance of any major emergency department in the South West.

The trust said the main pressure was a lack of beds, with around 130 patients in the hospital who were medically fit to leave but could not be discharged because there was no care package or care home place available for them in the community.

In a message posted to its social media channels, the trust asked the public to help:

⟦embed:Royal Cornwall Hospitals NHS Trust
Posted on Tuesday 9 January at 07:12 ·
We have declared a critical incident. Please only come to ED if it is a genuine emergency. If you can help a relative come home from hospital today, please speak to the ward. 💙
👍 312   💬 188 comments   ↪ 941 shares⟧

Chief operating officer Dr Helen Rowe said staff had been working "flat out in incredibly difficult conditions".

"Nobody comes into the NHS wanting to treat people in corridors," she said. "Our teams are doing everything they can, but the hospital simply cannot discharge people ⟦broken_paragraph:quickly enough when the

beds in the community⟧ are not there."

Cornwall Council, which funds adult social care, said it had commissioned an extra 60 short-term care beds over the winter and was recruiting home carers through an overseas scheme.

⟦dup:1⟧

Andrew Trevenna, a retired GP who campaigns on health services in west Cornwall, said critical incidents were becoming "routine rather than exceptional".

"Three years ago declaring a critical incident was news. Now it happens every few weeks," he said. "Patients in Penzance and St Ives are driving an hour to Truro to sit in a corridor."

Ambulance crews were also affected. Paramedics reported waiting outside the hospital for up to nine hours to hand over patients on Monday, leaving fewer crews available to respond to 999 calls across Cornwall and the Isles of Scilly. South Western Ambulance Service said it had deployed a hospital ambulance liaison officer to Truro to speed up handovers.

The trust has asked people with minor injuries to use the urgent treatment centres at West Cornwall Hospital in Penzance and at Bodmin, or to call NHS 111."""),

("Highland Record", """Inverness cook brings Polish comfort food to the Old Town

On a wet Tuesday lunchtime in Church Street, there is a queue out of the door of a shop that has been open for six weeks.

Inside, Magdalena Wróbel is folding pierogi at a steel counter while her brother Tomasz ladles beetroot soup into paper cups. The shop, Babcia, sells dumplings, bigos and poppy-seed cake from a menu written in chalk on the wall in Polish and English.

Ms Wróbel, 41, came to the Highlands from Wrocław in 2008 to work in a hotel kitchen in Aviemore. She later cooked at two restaurants in Inverness before deciding, during the pandemic, that she wanted something of her own.

"⟦foreign:Gotowanie to dla mnie sposób na tęsknotę za domem⟧," she said, before laughing and switching back to English. "People ask me what is the secret. The secret is my grandmother ⟦stray:(⟧ and a lot of butter."

⟦fragment:Having saved for almost four years while working double shifts.⟧ The siblings took over the lease of a former phone repair shop in the spring, and did most of the renovation themselves, with help from friends from the Polish Saturday school where Tomasz teaches.

Customers are about half Polish and half local, Ms Wróbel said, and the numbers of tourists from cruise ships docking at Invergordon have been a surprise. "Americans love the dumplings. They take photos of everything," ⟦attribution:she said, Ms Wróbel said⟧.

The Highland Council's city centre manager, Rhona Mackay, said independent food businesses had helped bring footfall back to streets that lost several retailers during the lockdowns. "Church Street is busier now than it has been for ten years," she said.

There are an estimated 3,000 people of Polish origin living in and around Inverness, many of whom arrived after Poland joined the European Union in 2004.

Ms Wróbel said her next plan was a Sunday brunch, and possibly a stall at the Inverness Christmas market. "We want people to come for food and stay for a conversation. That is how it is at home," she said.

⟦disclaimer:Parts of this interview were conducted in Polish and translated using an automated tool.⟧"""),

("Norfolk Broadland Echo", """Parish council split over plan to charge for Wroxham Broad car park

A proposal to introduce parking charges at a village car park beside Wroxham Broad has split Hoveton Parish Council, with members warning it could push visitors' cars onto residential streets during the summer.

The plan, put forward by the council's finance committee, would see motorists pay £2 for up to three hours and £6 for the full day at the 90-space car park off Church Road between April and October. Parish residents would be able to apply for a free annual permit.

Committee chairman Graham Pye said the parish ⟦break:faced. A shortfall⟧ of about £18,000 next year, largely due to rising maintenance costs for the staithe, the playing field and public toilets.

"We either put the precept up for every household in the parish, or we ask the people who come here on holiday to make a small contribution," he said. "I know which I think is fairer."

But councillor Sue Greenacre said charging would simply move the problem. "We've seen it in other Broads villages. The day the meters go in, every grass verge and every driveway entrance within half a mile fills up ⟦glued:withcars⟧ from Norwich and beyond," she said.

A survey of 212 residents carried out by the council in the autumn found 54 per cent in favour of charges, 38 per cent against and the rest undecided.

Local business owners have also weighed in. A boat hire operator, who asked not to be named, said day-trippers already complained about the cost of a visit. "You're talking about a family paying £6 to park before they've even hired a boat or bought an ice cream," he said.

The council voted by six votes to five to carry out a formal consultation, which will run until the end of February. A final decision is expected in March.

Residents can respond at the parish office or online at ⟦placeholder:%s⟧.

⟦furniture:Get the Broadland Echo newsletter: the day's top stories from across the Broads, straight to your inbox. Enter your email address   SIGN UP⟧"""),

("Hunter Valley Wire", """Newcastle researchers print solar panels on plastic sheets for remote communities

Researchers at the University of Newcastle say printed solar panels developed in their laboratory have generated power for a full year at a remote site in the Northern Territory, in what they describe as the longest field trial of its kind in Australia.

The panels are made by printing layers of carbon-based "ink" onto thin plastic film using equipment similar to that used to print banknotes and magazine covers. They weigh a fraction of conventional silicon panels and can be rolled up for transport.

Lead researcher Professor Imogen Farrell said the trial at an outstation near Tennant Creek showed the technology could survive heat, dust and storms. ⟦fragment:Though less efficient than silicon, at roughly a third of the output per square metre.⟧

"The question we always got was, will it last? Now we have twelve months of data from one of the harshest environments in the country," she said.

⟦embed:Watch on YouTube
How printed solar works | University of Newcastle
3:41⟧

The team estimates the printed panels could eventually be produced for less than $10 a square metre. A single roll, about 100 metres long, can be installed on a shed roof by a small crew in a day without heavy equipment, according to the team.

Professor Farrell said the next step was a larger trial at a school in the Hunter Valley, as well as testing how easily the panels can be recycled at the end of their life.

⟦dup:2⟧

Not everyone in the industry is convinced. Energy analyst Mark Tierney said printed solar had been "five years from market for about fifteen years".

"It's promising, and a year in the field is a real result⟦stray:¿⟧ but the silicon panels on every suburban roof keep getting cheaper too," he said. "The niche is probably places where weight and transport costs matter more than efficiency, like disaster relief or remote camps."

At the outstation, residents used the power mainly for refrigeration and to charge phones and a satellite internet dish. Community leader Roslyn Jupurrurla said the panels had "just kept working" through a summer of 45-degree days. "Nobody had to touch them. That's what we need out here," she said.

The project has received funding from the Australian Renewable Energy Agency and industry partners."""),

("Kerala Newsline", """Kerala nurses stranded in Gulf city return home after visa dispute resolved

Kochi, Aug 22: Thirty-one nurses from Kerala who had been stranded for nearly four months in a Gulf city after a dispute between their employer and a recruitment agency returned home on Thursday, landing at Cochin International Airport on an early morning flight.

The nurses, most of them from Kottayam, Pathanamthitta and Ernakulam districts, had been recruited to work at a private hospital group but said their work permits were never processed. Several said their passports were held by the agency and that they had not been paid since April.

Relatives gathered at the arrivals hall from 3am. Annamma Varghese, whose daughter was among the group, said the family had sold gold ornaments to send money for food. "We were praying every day. Today is like a second birthday for her," she said.

Non-Resident Keralites Affairs department officials said the issue had been taken up with the Indian embassy, which intervened with local labour authorities. The employer agreed to ⟦break:release the passports. and pay⟧ two months' salary before the nurses left, officials said.

One of the returnees, Jincy Thomas, 27, said a local social worker had arranged accommodation for the group in the final weeks. Another nurse, who had travelled with her, said a hospital cleaner who had helped them had sent a message that morning: "⟦foreign:الحمد لله، كل شيء بخير الآن، لا تنسوا أن تتصلوا بنا⟧"

"We were frightened, but people there were very kind to us," Ms Thomas said. "The problem was not the country. The problem was the agents."

State ministers said action would be taken against the Kochi-based recruitment agency, whose licence has been suspended pending an inquiry. "Illegal recruiters will not be allowed to play with the lives of our children," ⟦attribution:the minister told reporters, he said⟧.

Kerala sends thousands of nurses abroad every year. Activists have long demanded that recruitment to Gulf hospitals be routed only through government-approved ⟦glued:agenciessuch⟧ as NORKA Roots and ODEPC.

⟦disclaimer:This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.⟧"""),

("The Wexford Courier", """Gorey man banned from driving for four years after crash on N11

A Gorey man who crashed into a parked car while almost three times over the legal drink-driving limit has been banned from driving for four years and fined €1,500 at Gorey District Court.

⟦placeholder:[photo]⟧

Declan Furlong, 46, of Ramstown, Gorey, pleaded guilty to drink driving and careless driving on the N11 at Ballycanew on the night of December 22 last.

Garda Aoife Redmond told the court she was called to the scene at around 11.15pm after a member of the public reported a collision. She found the accused standing beside a grey Toyota Corolla which had struck the rear of a van parked in a lay-by ⟦stray:…..⟧ Nobody was in the van at the time.

She said Mr Furlong smelled strongly of alcohol and was unsteady on his feet. A breath test at Gorey Garda Station showed a reading of 61 microgrammes of alcohol per 100 millilitres of breath, against a limit of 22.

Defence solicitor Kevin Roche said his client was "mortified" and had ⟦broken_paragraph:attended a residential treatment programme in

the months since the⟧ incident. He said Mr Furlong had been drinking at a Christmas party and "made the worst decision of his life" by getting behind the wheel rather than waiting for a lift.

⟦fragment:Despite never having come to Garda attention before in 46 years.⟧ Mr Roche asked the court to consider that his client was a carer for his elderly mother and that the loss of his licence would cause significant hardship for the family, who live several miles outside the town.

Judge Brian O'Shea said it was "pure luck" that no one had been killed. "Nobody at a Christmas party thinks they will end the night in court, and nobody thinks they will be the one who kills somebody on the road. Both of those happen every year," he said.

The judge imposed the mandatory disqualification of four years and fined Mr Furlong €1,500, with four months to pay. He fixed recognisance in the event of an appeal."""),

("Tyneside Evening Post", """Hundreds of jobs secured as Hebburn yard wins offshore wind contract

More than 400 jobs at a Tyneside yard have been secured after it won a £90 million contract to build foundation structures for an offshore wind farm in the North Sea.

Tyne Fabrication Ltd, which took over the former A&P site in Hebburn in 2019, will make 42 transition pieces, the large steel sections that connect a turbine tower to its foundation on the seabed. Work is expected to begin in September and run until the end of 2026.

Managing director Louise Armstrong said the contract was the largest in the company's history and would allow it to take on 60 apprentices over the next two years.

"Five years ago people were writing this river off. Now we've got welders coming back from Aberdeen and Norway because there's work on their doorstep again," she said.

⟦embed:View this post on Instagram

A post shared by Tyne Fabrication (@tynefab_hebburn)⟧

The yard's order book had been thin since the completion of a contract for a Scottish wind farm last spring, and around 80 agency staff were let go in the ⟦glued:autumn.Union⟧ officials at GMB said they hoped many of them would now return.

Regional organiser Paul Brennan welcomed the news but said the industry needed long-term certainty. "Contract by contract is no way to run a manufacturing base. We need the next one lined up before this one finishes⟦stray: !⟧" he said.

South Tyneside Council leader Joanne Tait — who grew up in Jarrow and whose grandfather worked at Palmers — said the contract was "a proud day for the borough".

The North East has been bidding to become a centre for offshore wind manufacturing, with cable and blade factories planned or under construction at Blyth and on the Tyne at Wallsend.

Ms Armstrong said the company was in talks about a second contract and expected to make an announcement before the end of the year.

⟦furniture:About the author
Ryan Whitfield is the Evening Post's business and industry reporter. Got a story? Email ryan.whitfield@ or follow him on X
More from this author ›⟧"""),

("Galway Western Herald", """Ukrainian family marks two years in Oughterard with thank-you dinner

A Ukrainian family who arrived in Oughterard with two suitcases in the spring of 2022 have thanked the village by cooking dinner for more than 100 people in the community hall.

Oksana and Dmytro Kovalenko and their three children fled Kharkiv in the first weeks of the full-scale Russian invasion. After stays in Poland and in emergency accommodation in Dublin, they were placed in a holiday home outside the village, where they have lived since.

On Saturday evening the family, with help from other Ukrainian households in Connemara, served borscht, varenyky and honey cake to neighbours, teachers, GAA coaches and volunteers who had helped them settle.

"⟦foreign:Ми дуже вдячні людям в Утерарді, вони стали нашою другою родиною⟧," Ms Kovalenko told the gathering, as her eldest daughter, Sofiia, 15, stood beside her.

Sofiia, who is now in transition year at the local secondary school and plays camogie, said she had arrived "not knowing a single word" of English. "Now my friends say I have a Galway accent. I don't believe them," ⟦attribution:she said, Sofiia said⟧.

⟦fragment:Organised in just three weeks with the help of the parish and the local Tidy Towns committee.⟧ The night raised €2,300 for a children's hospital in Kharkiv.

Dmytro, an electrical engineer, now works with a renewable energy company in Galway city. He said the family did not know when they would be able to return home.

"Every day we read the news. Every day something happens in our city," he said. "But here our children are safe, they go to school, they play sport, they have friends. This is not a small thing."

⟦dup:1⟧

Local volunteer Mary Joyce, who coordinated donations for Ukrainian families in 2022, said the dinner was "one of the best nights this hall has ever seen".

There are about 100,000 people from Ukraine living in Ireland under the EU Temporary Protection Directive.

⟦disclaimer:Note: Quotes from Ukrainian have been translated automatically and may not reflect the speaker's exact words.⟧"""),

("Riverina Newswire", """Leeton Phantoms hold nerve to claim first Group 20 premiership in 11 years

Leeton Phantoms have ended an 11-year wait for a Group 20 rugby league premiership, holding on for an 18-16 win over Griffith Black & Whites in front of a crowd of more than 4,000 at Exies Oval on Sunday.

The Phantoms led 18-6 with 15 minutes to play but had to survive a late surge from Griffith, who scored two tries in six minutes and had the chance to level the match with a sideline conversion after the siren.

Griffith five-eighth Josh Ingram's kick drifted wide of the left upright, sparking a pitch invasion from Leeton fans.

⟦embed:FULL TIME: Leeton 18 def Griffith 16 🏆 PHANTOMS ARE YOUR 2024 GROUP 20 PREMIERS!!! 👻💛 pic.twitter.com/aZ3kR7tYq2
— Group 20 Rugby League (@Group20RL) September 8, 2024⟧

Captain-coach Brent Lanham, who played in the club's last grand final win as a 19-year-old, said the result ⟦break:was for. Everyone⟧ who had stuck with the club through some lean years.

"We had seasons where we were scratching to get seventeen blokes on the park. To stand here now with this trophy, I don't have the words," he said.

Lock Sione Taufa was named man of the match after a 180-metre effort and a try just before half-time, ⟦glued:strollingover⟧ untouched after Griffith's defence fanned out on the last tackle.

Griffith coach Matt Carusi said his side had given themselves too much to do. "You can't spot a side like Leeton twelve points in a grand final and expect to get out of it. Credit to them," he said.

Leeton's reserve grade side also won their decider earlier in the day, while Griffith claimed the under-18s title.

Tickets for the Group 20 presentation night are now available at ⟦placeholder:undefined⟧.

The Phantoms' celebrations continued at the Leeton Soldiers Club well into Sunday night, and the club has invited the town to a parade down Pine Avenue on Saturday morning."""),

("Mid-Ulster Chronicle", """Storm leaves thousands without power across Tyrone and south Derry

Around 14,000 homes and businesses in Tyrone and south Derry were left without electricity on Sunday after gusts of up to 80mph brought down trees and power lines across the region.

NIE Networks said its crews were working "around the clock" to restore supplies, but warned that some customers in rural areas around Pomeroy, Draperstown and the Sperrins might not be reconnected until Tuesday.

⟦furniture:ADVERTISEMENT⟧

The Met Office had issued an amber wind warning for Northern Ireland from 4am until 6pm. The strongest gust recorded was 81mph at Magilligan, while a gust of 67mph was recorded in Dungannon.

Several roads were closed by fallen trees, including the Cookstown Road outside Moneymore and parts of the Glenshane Pass, where a lorry was blown onto its side shortly after 9am. The driver was not injured.

In Magherafelt, the roof of a ⟦broken_paragraph:garden centre on the Moneymore Road was partly torn off, and

a number of cars in⟧ the car park were damaged by debris. Owner Alan Hughes said the business was lucky nobody was on the premises. "An hour later and there would have been staff and customers out in that yard," he said.

Mid Ulster District Council opened leisure centres in Cookstown and Dungannon as warm hubs, where people without power could charge phones and get a hot drink.

⟦fragment:Which the council said would remain open until power was restored to the worst-affected areas.⟧

Farmers in the Sperrins reported damage to sheds and silage covers. Ulster Farmers' Union regional representative Gerard McCusker said members were "counting the cost" and urged the Department of Agriculture to look at emergency support⟦stray: :⟧ "It's been a wet year, a hard year, and now this on top of it."

NIE Networks advised people not to approach fallen lines and to report damage on 03457 643 643.

Forecasters said winds would ease through Sunday evening, but another spell of heavy rain was expected on Tuesday."""),

("Deccan Wire Service", """ISRO weather satellite successfully placed in orbit, says agency

Sriharikota, Feb 17 (DWS): The Indian Space Research Organisation on Saturday successfully launched a new meteorological satellite aboard a GSLV rocket from the Satish Dhawan Space Centre, placing it into its intended geosynchronous transfer orbit around 20 minutes after lift-off.

The 2,275-kg satellite carries an imager and a sounder that will provide improved forecasting of cyclones, heavy rainfall and fog, and will also collect data from automatic weather stations across the country.

"The satellite has been precisely placed in the orbit. All the systems are normal," ⟦attribution:the ISRO chairman said, the agency chief said⟧ from the mission control centre, where scientists broke into applause as the data came in.

Officials said the satellite would be raised to its final geostationary position over the next few days through a series of orbit-raising manoeuvres using its onboard motor. It ⟦break:is designed. for a⟧ mission life of ten years.

The satellite's data will be used by the India Meteorological Department, the National Centre for Medium Range Weather Forecasting and other agencies. Officials said the improved resolution would help track the formation of depressions in the Bay of Bengal and the Arabian Sea at an earlier stage.

⟦placeholder:[[pullquote]]⟧

The launch was also the first flight of the GSLV in nearly a year and was closely watched as the rocket, nicknamed the "naughty boy" by some in the space community for its patchy early record, has flown ⟦glued:successfullyon⟧ its last several missions.

Former ISRO scientist Dr R. Srinivasan said reliable weather satellites were "not glamorous, but they save thousands of lives every cyclone season". He noted that evacuation ahead of recent cyclones in Odisha and Andhra Pradesh had relied heavily on satellite data.

The Prime Minister and several Union ministers congratulated the ISRO team in messages posted soon after the launch.

⟦disclaimer:(Except for the headline, this story has not been edited by DWS staff and is published from a syndicated feed.)⟧"""),
]
