ARTICLES = [

("The Harbour Ledger", """
Harbour council backs ferry terminal upgrade after three-hour debate

Harbour councillors voted 9-4 on Tuesday night to approve a £6.2 million upgrade of the Quay Street ferry terminal, ending months of argument over how the ageing building should be replaced.

The plan, drawn up by the council's regeneration team, will see the 1970s waiting hall demolished and replaced with a glass-fronted structure, a covered cycle park and a new ramp for foot passengers. Work is expected to begin in the spring and to last around 18 months.

Council leader Annette Draycott said the vote was "long overdue". "People have been waiting in a draughty shed for the 7.10 to the islands for far too long," she told the chamber. "This is about dignity as much as it is about infrastructure."

Opposition members questioned the cost and the timing. Councillor Peter Mulvane, who leads the independent group, said the authority had ⟦break:failed to. Publish a full⟧ business case before asking members to vote. "We are being asked to sign a blank cheque⟦stray: ;⟧ I don't think residents would thank us for that," he said.

The ferry operator, Skerry Lines, has agreed to contribute £1.1 million towards the project and to keep services running from a temporary pontoon while the work is carried out. A spokeswoman for the company said it expected minimal disruption to timetables, although some early sailings may be moved ⟦glued:tothe⟧ north berth for several weeks.

Local businesses near the quay gave the decision a cautious welcome. Morag Ellison, who runs a café opposite the terminal, said trade had fallen since the old building's toilets were closed last year. "If they get it finished on time, it will be brilliant for us. If they don't, it could be a very long summer," she said.

Harbour's two councillors on the islands, who both voted in favour, said the new building should include space for a small visitor information desk, which closed in 2019 when its funding ran out. Officers said that could be considered as part of the detailed design.

The council will now seek planning permission, with a public consultation due to open next month. Residents will be able to view the designs at the library on Fore Street and online.

⟦furniture:Share this story
Facebook | X | WhatsApp | Email | Copy link⟧
"""),

("Millbrook Courier", """
Former care home manager jailed for stealing from residents

A former care home manager who stole more than £48,000 from elderly residents over four years has been jailed for two years and eight months.

Lorraine Whitcombe, 52, of Ashdown Road, Millbrook, admitted 14 counts of fraud by abuse of position at Hallam Crown Court last month and returned to the same court on Friday for sentencing.

The court heard that Whitcombe, who managed the Beechfield residential home between 2018 and 2022, took cash from residents' personal allowance accounts and used bank cards belonging to three of them to pay for shopping, holidays and a car loan. ⟦fragment:Having been trusted with the financial affairs of people who could no longer manage their own.⟧

Prosecutor Daniel Osei said the thefts came to light when the daughter of one resident noticed repeated withdrawals from her mother's account at a supermarket cash machine. "These were some of the most vulnerable people in our community, and the defendant treated their savings as her own," he told the court.

In mitigation, Rebecca Lyle said her client had been struggling with debts after the breakdown of her marriage and had shown genuine remorse. She has since repaid around £9,000 and has sold her car to help cover the remainder, the court was told.

Sentencing, Judge Harriet Moss said the offences represented a "grave breach of trust". "The people in your care were entitled to feel safe, and their families were entitled to believe their money was being looked after," ⟦attribution:she said, the judge said.⟧

The owners of Beechfield, Rowan Care Group, said all affected families had been fully reimbursed and that new controls had been introduced, including monthly audits of resident accounts by an independent firm.

A confiscation hearing under the Proceeds of Crime Act will take place later this year.

Alan Brierley, whose father lived at the home until his death in 2021, said outside court that the sentence would bring some relief. "Dad never knew. I'm grateful for that, in a way," he said. "But we'll never get back the trust we had in that place."

⟦disclaimer:This report was produced from court wire copy and has not been reviewed by a Millbrook Courier editor.⟧
"""),

("Cascadia Wire", """
Pacific Rim Foods to close Tacoma bakery, cutting 210 jobs

Pacific Rim Foods said Wednesday it will close its bakery in Tacoma by the end of June, eliminating 210 jobs as the company consolidates production at a newer plant in Oregon.

The bakery, which opened in 1986 and produces bread and buns for grocery chains across the Northwest, has struggled with rising energy costs and aging equipment, the company said in a statement.

⟦placeholder:[gallery ids="4412,4413,4415" columns="3"]⟧

Chief executive Monica Farrell said the decision was "painful but necessary." "We have invested in Tacoma for nearly four decades, but the building can no longer meet the standards we need," she said. "We will do everything we can to support our employees through this transition."

The company said affected workers would be offered positions at its plant in Salem, about 180 miles south, along with relocation assistance. Those who choose not to move will receive severance based on length of service.

Union representatives said they had been given only a few hours' notice. Luis Ortega, a steward with the bakery workers' local, said many employees had spent their entire careers ⟦glued:atthe⟧ plant.

The local posted a response on social media shortly after the announcement:

⟦embed:We are devastated by today's news. 210 families deserve better than a press release. We will be at the gate at 6am. pic.twitter.com/Qm7LrT2xVd
— Bakery Workers Local 9 (@BakeryLocal9) March 13, 2024⟧

The Tacoma mayor's office said it would work with the state's rapid response team to connect workers with training and job placement services.

Shares of Pacific Rim Foods rose 2.3 percent in afternoon trading after the company said the consolidation would save about $14 million a year.

⟦dup:2⟧

Analysts said the move reflected wider pressures on regional bakeries, which have seen margins squeezed by higher wheat and transport costs. "Smaller, older plants are the first to go," said Karen Liu, a food industry analyst at Northline Securities.
"""),

("Northgate Tribune", """
Northgate Rovers sign Portuguese midfielder on three-year deal

Northgate Rovers have completed the signing of Portuguese midfielder Tiago Ferreira from Vitória Setúbal on a three-year contract, the club announced on Thursday.

The 24-year-old, who made 31 league appearances last season, becomes the club's fourth summer signing as manager Gary Tolland looks to strengthen a squad that finished ninth in the table.

Ferreira is expected to go straight into the squad for Saturday's opening fixture against Castlebridge. ⟦fragment:Subject to his international clearance arriving in time.⟧

Speaking to the club's media team after completing a medical, Ferreira said he had been impressed by Tolland's ambition. "⟦foreign:Estou muito feliz por estar aqui e quero ajudar a equipa a lutar por coisas grandes⟧," he said.

Tolland said Ferreira had been on his list since January⟦stray: .⟧ "He covers a lot of ground, he's brave on the ball and he can pick a pass," the manager said. "We think he can be a really important player for us over the next few years."

The fee has not been disclosed, but it is understood to be around £1.8 million, potentially rising with add-ons. Rovers sold striker Kieran Doyle to Bristol Athletic last month for a club-record fee, giving Tolland ⟦broken_paragraph:room in his budget to

strengthen several⟧ positions before the transfer window closes.

Supporters have been frustrated by a slow start to the summer, with the club missing out on two targets in June. Fans' group Rovers Together said the signing was "a statement of intent" and urged the board to keep spending.

Club captain Sam Whitlow said the squad had already been impressed by Ferreira in training. "You can see straight away he's a proper footballer," he said. "He wants the ball all the time, and that's what we need in the middle of the park."

Tolland is still hoping to add a centre-back and a striker before the deadline. Rovers have also been linked with a loan move for a young goalkeeper from a Premier League club.

Saturday's match against Castlebridge kicks off at 3pm at Millfield Park. Tickets remain on sale from the club's website and ticket office.
"""),

("Eastvale Sentinel", """
University team finds rare fungus thriving in old mine shafts

Researchers at Eastvale University have identified a rare species of fungus living in abandoned lead mines in the hills north of the town, a discovery they say could shed light on how organisms adapt to heavy-metal pollution.

The fungus, a member of the genus Penicillium, was found growing on timber supports deep inside two shafts that closed in the 1920s. Genetic testing suggests it ⟦break:is closely. Related to a⟧ species previously recorded only in a handful of sites in central Europe.

Dr Helen Okafor, who led the study, said the team had not expected to find anything unusual. "We went down to take routine samples of the water," she said. "Then one of our students noticed these pale blue patches on the beams and asked if anyone knew what they were. Nobody did."

⟦furniture:ADVERTISEMENT
Continue reading below⟧

Laboratory tests showed the fungus could tolerate concentrations of lead and zinc that would kill most other species. The team believes it may break down some metal compounds, locking them into less harmful forms.

The findings, published this week in the journal Environmental Microbiology Reports, have attracted interest from companies working on the clean-up of contaminated land. Dr Okafor cautioned that any practical use was years away. "It's a fascinating organism, but we're at the very beginning," she said. "We don't yet know how it does what it does."

⟦placeholder:[INSERT PULL QUOTE FROM DR OKAFOR]⟧

The mines are on private land and are not open to the public. The landowner, the Harrowgill Estate, said it had worked with the university for several years and would continue to allow access for research.

Eastvale University plans to return to the site in the autumn to collect further samples and to search other disused workings in the area. The team also hopes to sequence the fungus's full genome, which would allow researchers to compare it with its European relatives and work out when the populations separated.

Local caving clubs, which have mapped many of the old workings over the past 40 years, have offered to guide the scientists into parts of the mines that are difficult to reach. Members of the Eastvale Speleological Society helped with the first visit and are named as co-authors on the paper.
"""),

("The Prairie Dispatch", """
Rural clinics to get mobile dental vans under new provincial program

Dental care will soon be available in dozens of rural communities that have gone years without a dentist, after the provincial government announced a $12-million program to fund mobile clinics.

Under the plan, four fully equipped vans will travel a fixed circuit of small towns and First Nations communities, offering check-ups, cleanings, fillings and extractions. The first van is expected on the road by September.

Health Minister Carla Desjardins said the program was aimed at people who currently drive hundreds of kilometres for basic treatment⟦stray:，⟧ or who go without it altogether. "No one should have to choose between a day's wages and getting a toothache looked at," ⟦attribution:she said, Desjardins told reporters.⟧

The vans will be staffed by a dentist, a hygienist and an assistant, with appointments booked through local health centres. Treatment will be free for children under 18 and for adults receiving income support. Others will pay fees in line with the provincial schedule.

The province's dental association welcomed the announcement but warned that recruiting staff could be difficult. "We already have vacancies in several regional centres," said association president Dr. Raymond Kowalczuk. "Mobile clinics are a good idea, but they only work if there are people to drive them and work in them."

Residents in the town of Dunmore Creek, where the nearest dentist is 140 kilometres away, said the vans could make a big difference. Shelley Harper, a mother of three, said she had spent ⟦glued:morethan⟧ $400 on fuel and motel stays last year taking her children to appointments in the city.

"My youngest needed two fillings and it took three trips," she said. "If the van parks outside the rink once a month, that changes everything for families like ours."

The government said it would review the program after two years and could add more vans if demand was high. Opposition health critic Marcus Thiessen said the announcement was welcome but "a drop in the bucket" given the size of the province.

⟦disclaimer:Translated automatically from the French-language edition. Some wording may differ from the original.⟧
"""),

("Riverside Gazette", """
Riverside jazz festival announces Cuban headliner for 20th edition

Organisers of the Riverside Jazz Festival have announced that the Havana-born pianist Yamilé Cárdenas will headline this year's event, which marks the festival's 20th anniversary.

Cárdenas, whose 2022 album Malecón was nominated for a Latin Grammy, will perform with her quintet on the main stage in Victoria Park on the Saturday night of the three-day festival in July.

Festival director Simon Achterberg said booking her had been "a dream for years". "She is one of the most exciting players in the world right now, and to have her here for our birthday is very special," he said.

Cárdenas shared the news with her followers on Monday:

⟦embed:View this post on Instagram

A post shared by Yamilé Cárdenas (@yamilecardenas.piano)⟧

In a short video message released by the festival, the pianist said she was looking forward to her first visit to the city. "⟦foreign:Tengo muchas ganas de tocar para ustedes, nos vemos en julio⟧," she said.

The rest of the line-up includes the saxophonist Errol Banks, the Glasgow-based Clydeside Swing Orchestra and a number of local groups, including the Riverside Youth Jazz Ensemble, which has played at every festival since the first in 2004. ⟦fragment:Along with a programme of free workshops for schoolchildren across the town.⟧

Tickets go on sale on Friday. Day passes cost £38, with weekend passes at £95. Entry to the fringe stages in the town centre remains free.

Achterberg said the festival had grown from a single evening in a church hall to an event that now attracts more than 15,000 people. "We never imagined it would get this big," he said. "But the heart of it is still the same: good music, and people from the town coming together."

The council, which provides about a third of the festival's funding, said it had agreed a three-year deal that would secure the event until at least 2027. Deputy leader Priya Nandra said the festival brought an estimated £1.4 million into the local economy each summer.
"""),

("Coastline Post", """
Storm warning issued as gales expected to batter coast

Forecasters have issued an amber warning for wind across the coast from Thursday evening, with gusts of up to 80mph expected on exposed headlands.

The warning, which runs from 6pm on Thursday until noon on Friday, covers the whole of the county's shoreline and parts of the neighbouring district inland. Forecasters said there was a chance of flying debris, damage to buildings and power cuts.

Heavy rain is also expected, with 40mm to 60mm possible on high ground. The Environment Agency said several flood alerts were likely to ⟦break:be issued. For low-lying⟧ areas close to rivers.

⟦placeholder:{{weather_widget}}⟧

Ferry operators warned that crossings on Thursday night and Friday morning were likely to be cancelled. Tidelink said passengers with bookings would be able to transfer to a ⟦glued:latersailing⟧ free of charge.

The county council said its highways teams were on standby to clear fallen trees and that sandbags were available at six depots around the county. Residents were advised to secure garden furniture, trampolines and bins.

⟦dup:1⟧

Chief meteorologist Ruth Galloway said the storm was unusually strong for the time of year. "This is a deep area of low pressure moving quickly across the country, and the strongest winds will coincide with high tide on Friday morning," she said. "That combination is what concerns us most."

Western Power Networks said it had extra engineers on call and urged customers to report power cuts by calling 105. The company advised people not to approach fallen power lines.

The coastguard warned people to stay away from sea walls, piers and cliff edges during the storm. "Every year we see people getting too close to take photographs of the waves," said station officer Dan Pelling. "It only takes one big wave to knock you off your feet."

Schools are expected to open as normal on Friday, although headteachers will make individual decisions in the morning. The council said any closures would be listed on its website from 7am.
"""),

("The Kestrel Times", """
Police appeal after series of catalytic converter thefts

Police are appealing for information after catalytic converters were stolen from 17 vehicles in Kestrel and surrounding villages over the past three weeks.

The thefts have taken place mostly overnight, from cars parked on driveways and in residential streets. Hybrid vehicles, whose converters contain higher amounts of precious metals, appear to have been targeted in particular.

Detective Sergeant Amrit Bains said officers believed the thefts were linked. "The offenders are working quickly, often in under two minutes, and using battery-powered cutting tools," ⟦attribution:he said, according to DS Bains.⟧ "Anyone who hears the sound of an angle grinder in the early hours should call us straight away."

Victims include a district nurse whose car was targeted outside her home on Linden Avenue. Sarah Pocock said she only realised something was wrong when she started the engine⟦stray:..⟧ "It sounded like a tractor. I couldn't get to my patients that morning, and the garage says it will be three weeks before they can get a replacement part," she said.

Police are advising drivers to park in garages or well-lit areas where possible, to fit a ⟦broken_paragraph:protective cage or marking kit to their

converter, and to register⟧ the part's serial number with the manufacturer.

⟦furniture:Most read
1. Kestrel bypass to close for resurfacing
2. School governors quit over academy plan
3. Farmers' market returns to Corn Square⟧

The force said it was also working with scrap metal dealers to identify anyone trying to sell stolen parts. Under the Scrap Metal Dealers Act, cash payments for scrap are illegal, and dealers must record the identity of sellers.

Councillor Jean Havers, who represents the Linden ward, said residents were frightened. "People are lying awake listening for noises outside. Older residents in particular feel very vulnerable," she said. "I will be asking the police and crime commissioner for more patrols at night."

Anyone with information can call 101, quoting reference 44/21673/24, or contact Crimestoppers anonymously.
"""),

("Upland Herald", """
Obituary: Ingrid Solvang, weaver who revived upland textile traditions

Ingrid Solvang, who has died aged 87, was a weaver and teacher whose work helped revive interest in the traditional textiles of the upland valleys.

Born in Bergen, Norway, in 1937, she came to Britain in 1961 to study at the Royal College of Art and never left. She settled in the village of Garth in 1968 with her husband, the painter Tom Aldous, and set up a workshop in a former chapel, where she worked until the last year of her life.

Solvang became fascinated by the patterned blankets made on hand looms in farmhouses across the region until the early 20th century. She spent years tracking down surviving examples in attics and museum stores, recording their patterns and dyes. ⟦fragment:Many of which had never been photographed or catalogued.⟧

Her book Threads of the Hills, published in 1984, remains the standard work on the subject. She also taught hundreds of students at her workshop and at evening classes, insisting that the skills should be used rather than preserved behind glass.

Her own work, which combined traditional patterns with bold Scandinavian colour, was shown in galleries in London, Oslo and New York, and is held in the collections of several museums.

Friends remembered her as generous, exacting and funny. The weaver Carys Pugh, a former student, said: "She would make you unpick a whole morning's work if the tension was wrong, and then take you to the pub."

She remained close to her Norwegian roots, returning to Bergen every summer, and liked to tell visitors that her mother had taught her one rule above all: "⟦foreign:Det som er verdt å gjøre, er verdt å gjøre skikkelig⟧."

In 2009 she was made an honorary fellow of the university in recognition of her research, and in 2016 she received a lifetime achievement award from the national crafts council. She continued to weave almost daily into her eighties, and her final piece, a blanket for her youngest grandchild, was finished a month before she died.

Tom Aldous died in 2015. She is survived by their son, Erik, and two grandchildren.

Ingrid Solvang, weaver and teacher, born 4 May 1937; died ⟦placeholder:[DATE TK]⟧
"""),

("Tidewater Observer", """
'I never wanted to be a politician': new harbor commissioner on her first 100 days

When Denise Achebe-Ward was appointed chair of the Tidewater Harbor Commission in January, she had never held public office. A former marine engineer who spent 20 years working on container ships, she says she took the job "because nobody else who knew what a bollard was would apply."

One hundred days in, she has overseen the reopening of the north pier, a dispute with fishing crews over berthing fees and an ⟦glued:auditthat⟧ found the commission had overspent on consultants by nearly $2 million.

"I never wanted to be a politician, and I still don't think of myself as one," she said in an interview at the commission's offices, which overlook the dry dock. "But I've learned that half this job is explaining things. The other half is listening."

The dispute with the fishing fleet was her first real test. In February, crews blockaded the fish quay for two days after the commission ⟦break:announced a. 30 percent rise⟧ in berthing charges. Achebe-Ward went down to the quay on the second morning and spent four hours talking to skippers.

"They were right to be angry. The increase had been decided before I arrived, and nobody had explained why," she said. The commission later agreed to phase the rise in over three years.

Her visit was filmed by one of the crews and shared widely online.

⟦embed:Harbor boss meets fishing crews on the quay (full video)
Watch on YouTube⟧

On the audit, she is blunt. "We were paying people a lot of money to tell us things our own staff already knew. That stops now."

Her priorities for the rest of the year include a new flood barrier at the harbor mouth, which is expected to cost about $40 million, and a training scheme for young people hoping to work at sea. She wants the first 20 trainees in place by the autumn.

"When I started out, you could walk onto a ship as a deckhand and learn everything on the job. Those routes have mostly gone," she said. "If we don't rebuild them, there won't be anyone to run this port in 20 years."

Asked whether she would seek a second term, she laughed. "Ask me in three years. If I'm still sleeping at night, maybe."

⟦disclaimer:This content was syndicated automatically via NewsFlow and has not been checked by Tidewater Observer editors.⟧
"""),

("Cascadia Wire", """
Chile's lawmakers approve pension overhaul after two-year stalemate

SANTIAGO — Chile's Congress on Wednesday approved a long-awaited overhaul of the country's pension system, ending more than two years of negotiations between the government and opposition parties.

The reform, which passed the Chamber of Deputies by 84 votes to 64, will raise employer contributions by seven percentage points over nine years and create a new solidarity fund to top up the pensions of retirees on the lowest incomes.

Labor Minister Paulina Rojas called the vote historic. "⟦foreign:Hoy es un día en que el país demuestra que puede llegar a acuerdos⟧," she told reporters outside the chamber in Valparaíso.

The current system, introduced in 1981, requires workers to save 10 percent of their salaries in individual accounts managed by private funds. Critics have long argued that it leaves many retirees with pensions well below the minimum wage⟦stray:。⟧

Business groups had opposed earlier versions of the bill, which would have channeled all of the new employer contributions into a state-run fund. The final text splits the money between individual accounts and the solidarity fund. ⟦fragment:A compromise reached only last week after late-night talks in the Senate.⟧

Opposition senator Rodrigo Alvear said his party had voted in favor reluctantly. "This is not the reform we would have written, but it is better than doing nothing," he said.

⟦dup:1⟧

Economists said the changes would raise average pensions by around 20 percent for current retirees, with larger gains for women, who tend to have shorter working lives and lower savings. The cost to employers would be phased in gradually to limit the impact on jobs.

Unions gave the law a mixed reception. The country's largest labor federation said it was a step forward but called for the private fund managers to be abolished altogether, a demand the government dropped early in the negotiations.

The law is expected to be signed by the president within weeks, with the first increases in pension payments due to arrive next year.
"""),

("Millbrook Courier", """
Millbrook parking charges to rise for first time in six years

Parking charges in Millbrook's council-run car parks are set to rise from April, after councillors approved a new tariff on Monday evening.

The cost of one hour's parking at the Market Street and Station Road car parks will go up from £1.20 to £1.50, while an all-day ticket will increase from £5 to £6.50. Charges at the Riverside car park, which serves the leisure centre, will remain unchanged.

The increase is the first since 2018. Council officers told the cabinet meeting that income from parking had fallen by almost a fifth since the pandemic ⟦break:while the cost. of maintaining⟧ the car parks, including lighting, machines and resurfacing, had risen sharply.

Cabinet member for transport, Cllr Jonathan Bright, said the council had "no realistic alternative". "Nobody likes paying more to park, and I don't take this decision lightly," he said. "But the money has to come from somewhere, and every pound we raise here is a pound we don't have to find from other services."

Traders in the town centre reacted angrily. The chair of Millbrook Chamber of Trade, Sandra Kaye, said shops were already struggling to compete with out-of-town retail parks where parking is free. "This will drive even more people away," ⟦attribution:Ms Kaye said, the chamber chair said.⟧ "We asked for a free first hour and we have been ignored."

⟦placeholder:[Image: Market Street car park - credit TBC]⟧

The council said it would introduce a pay-by-phone option at all sites later in the year, and would offer season tickets to people who work in the town centre at a discounted rate of £45 a month.

Opposition councillors said they would call the decision in for scrutiny. Liberal Democrat group leader Helen Marsh said the consultation had been "rushed and poorly advertised", with fewer than 200 responses received.

Shoppers in the town centre on Tuesday were divided. Retired teacher Graham Holt, 68, said the new charges were still cheaper than in neighbouring towns. But Kelly Ward, who works in a pharmacy on Market Street, said staff could not afford to pay £6.50 a day. "On my wages that's most of an hour's pay, just to come to work," she said.
"""),

("The Harbour Ledger", """
Family-owned boatyard bought by Dutch yacht builder

A boatyard that has been owned by the same family for four generations has been sold to a Dutch yacht builder, which has promised to keep all 46 staff and expand the site.

Pennock & Sons, founded in 1911 on the east bank of the estuary, has been bought by Van Leeuwen Jachtbouw for an undisclosed sum. The deal was completed on Friday.

⟦furniture:Sign up to The Harbour Ledger's business newsletter: the week's deals, openings and closures, every Friday.
Enter your email   Subscribe⟧

Managing director Richard Pennock, 63, said he had decided to sell after none of his children wanted to take on the business. "It was the hardest decision I've ever made," he said. "But Van Leeuwen share our values. They build boats properly, and they want to invest here rather than asset-strip the place."

The Dutch company, based in Harlingen, builds sailing yachts of between 12 and 24 metres. It said it planned to use the Harbour yard for refits and for fitting out hulls built in the Netherlands, ⟦stray:(⟧its first operation outside its home country.

Chief executive Marieke van Leeuwen said the company had been looking for a British base for ⟦glued:severalyears⟧. "The skills here are exceptional. You cannot buy 100 years of experience," she said.

The company plans to invest £3 million over the next three years in a new covered shed and a 150-tonne boat hoist, which would allow the yard to handle larger vessels. It expects to ⟦broken_paragraph:create around 20 new
jobs, mostly⟧ for shipwrights and marine engineers.

Staff at the yard were told of the sale at a meeting on Friday morning. Foreman Dave Trebilcock, who has worked there for 38 years, said the mood was positive. "We were worried when we heard rumours, but they've come and talked to us, and they seem to know their stuff," he said.

The Pennock family will keep the freehold of the site, leasing the land to the new owners for 25 years. Richard Pennock will stay on as a consultant for at least two years to help with the handover.

The harbour master, Captain Liz Ferrier, said the deal was good news for the port. "A working boatyard is part of what makes this a real harbour rather than a car park with a view," she said.
"""),

("The Kestrel Times", """
Kestrel Harriers runner smashes club record at national championships

Kestrel Harriers athlete Jodie Marsh broke a 31-year-old club record as she finished fourth in the 5,000 metres at the national championships in Birmingham on Saturday.

The 22-year-old clocked 15 minutes 9.42 seconds, taking more than six seconds off the mark set by Anne Collier in 1993. ⟦fragment:Despite a fall in the opening lap that left her at the back of the field.⟧

Marsh, who studies sports science at the University of Kestrel, said she had not realised she was on record pace. "I was just trying to get back into the race after going down," she said. "When I saw the clock at the finish I honestly thought it was wrong."

Her coach, Phil Aranda, said the result showed she was ready to compete at international level. "She has worked incredibly ⟦break:hard. This winter and⟧ she deserves every bit of this," he said. "The fall could have finished her race. Instead she kept her head and ran the last two kilometres as well as I've seen her run."

The national federation shared footage of the final lap:

⟦embed:Blink and you'll miss it 👀 @JodieMarshRuns charges through the field in the women's 5000m final 🔥 #BritishChamps pic.twitter.com/Lk29vHqZpa

— British Athletics Federation (@BritAthFed) June 29, 2024⟧

Collier, who now lives in Spain, sent a message of congratulations through the club. "Records are there to be broken, and I'm delighted it's Jodie who has done it," she wrote.

Marsh will now turn her attention to selection for the European Championships in August. The selectors will announce the team next month, and a fourth-place finish with a personal best gives her a strong case, according to the club.

The result caps a remarkable year for the Harriers, who are celebrating their centenary. The club, founded in 1924 by a group of railway workers, now has more than 400 members, and its junior section has doubled in size since 2020.

Club chair Barry Okonjo said Marsh was an inspiration to younger members. "Half the under-13 girls have her picture on their wall," he said.

⟦disclaimer:Auto-generated sports summary. Results data supplied by a third-party provider and not checked by our sports desk.⟧
"""),

("Upland Herald", """
Volunteers count record number of curlews on upland farms

Volunteers taking part in an annual survey of wading birds have recorded the highest number of breeding curlews on upland farms for more than a decade.

The survey, coordinated by the Upland Wader Trust, counted 312 pairs across 48 farms in the valleys this spring, compared with 241 pairs last year and 198 in 2019.

Curlews, whose bubbling call was once one of the most familiar sounds of the hills in spring, have declined by around half in Britain since the 1990s. They are now on the red list of birds of greatest conservation concern.

Trust project officer Gwen Pritchard said the increase was encouraging but should be treated with caution. "One good year doesn't make a recovery," she said. "But it does suggest that the work farmers have been doing is starting to pay off."

⟦dup:2⟧

Farmers in the scheme delay cutting silage until chicks have fledged, ⟦glued:markout⟧ nests so that machinery can avoid them and manage rushes and grassland to create the mix of tall and short vegetation the birds need.

Emrys Jenkins, who farms 400 acres near Llanfair, has had curlews nesting on his land every year since he joined the scheme. "My grandfather used to say you'd hear them all the way up the valley. When I was a boy there were maybe two pairs. This year we had seven," he said.

⟦placeholder:<iframe src="undefined" width="100%" height="420" frameborder="0"></iframe>⟧

The trust said predation by foxes and crows remained the biggest threat to young birds, and it was working with gamekeepers and landowners on ways to protect nests without harming other wildlife.

The results will be shared with the national curlew recovery partnership, which is due to publish its own figures in the autumn.
"""),

("Eastvale Sentinel", """
Eastvale landlord fined over unsafe flats

A landlord has been ordered to pay more than £30,000 after council inspectors found tenants living in flats with no working fire alarms, exposed wiring and a collapsed ceiling.

Marek Zieliński, 47, of Beacon Lane, pleaded guilty at Eastvale Magistrates' Court to nine offences under the Housing Act relating to a converted house on Albion Street, which was divided into six flats.

Inspectors visited the property last March after a tenant complained about damp. They found that the fire doors had been removed, smoke alarms had no batteries and a bathroom ceiling in one flat had fallen in⟦stray: ,⟧ leaving a hole through to the flat above.

The court heard that Zieliński had ignored two improvement notices. Speaking through an interpreter, he told magistrates he had been unwell and had relied on a letting agent who had since gone out of business. "⟦foreign:Nie wiedziałem, że sytuacja jest tak poważna⟧," he said.

Magistrates fined him £24,000 and ordered him to pay £6,200 in costs and a victim surcharge of £2,000.

Council cabinet member for housing, Cllr Fiona Ashworth, said the case should send a clear message. "Everyone has the right to a safe home. Landlords who put their tenants' lives at risk will face the consequences," ⟦attribution:said Cllr Ashworth, she added.⟧

⟦furniture:About the author
Tom Reddy is the Sentinel's courts reporter. He has covered Eastvale's courts since 2016.
Email tom.reddy@eastvalesentinel.example | Follow @TomReddyCourts⟧

All six tenants have since been rehoused, and the council has carried out emergency repairs to the building, the cost of which it is seeking to recover separately.

One former tenant, who asked not to be named, said she had complained about the ceiling for months before it fell. "I was lucky I wasn't in the bath when it came down," she said. "You pay your rent every month and you expect somebody to care."

The council has prosecuted 14 landlords in the past two years and has introduced a licensing scheme for houses in multiple occupation in three wards of the town, including the one covering Albion Street. Landlords who fail to apply for a licence face fines of up to £30,000.
"""),

("Coastline Post", """
Hospital trust opens surgical hub to cut waits for hip and knee operations

The county's hospital trust has opened a dedicated surgical hub at Westhaven Community Hospital in an attempt to cut waiting lists for hip and knee replacements.

The hub, which has two operating theatres and 24 beds, will carry out only planned orthopaedic surgery, meaning operations will no longer be cancelled when beds are needed for emergency patients.

About 3,400 people are currently waiting for orthopaedic surgery at the trust, around 900 of whom have waited more than a year. ⟦fragment:Which is among the longest waits anywhere in the region.⟧

Medical director Dr Simon Achary said ring-fencing beds had worked elsewhere. "When you mix planned and emergency care, planned care always loses in the winter," he said. "This hub means that if you are booked in for a new hip on a Tuesday in January, you will get your new hip on a Tuesday in January."

The trust expects the ⟦break:hub to be. fully operational⟧ by the autumn, carrying out about 2,500 operations a year.

Among the first patients was Margaret Dunn, 71, from Saltby, who had a knee replaced last week. "I'd been waiting 16 months. I could barely walk to the end of the garden," she said. "The staff were wonderful, and I was home in two days."

The trust has recruited 40 staff for the hub, including theatre nurses and physiotherapists, and some ⟦broken_paragraph:surgeons will split their time

between the hub and⟧ the main hospital in Coastline.

Unison, which represents many of the hospital's nursing staff, said it supported the hub but was concerned about staffing on the main site. "We can't create one excellent service by stretching another one to breaking point," said regional organiser Paula Grint.

The trust said no staff had been moved from emergency wards and that the hub had been funded with £18 million from a national programme aimed at reducing waiting lists.

Patients who are waiting for surgery do not need to contact the trust. Those suitable for treatment at the hub will be contacted by letter in the coming months.
"""),

]
