# Generator for blind set v5. Inline markers: ⟦kind:content⟧ are stripped and
# turned into spans with Python character offsets.
import json, random, re

A = []
def art(source, title, text, clean=False):
    A.append(dict(source=source, title=title, raw=text.strip("\n"), clean=clean))

art("Meridian Wire", "Dockworkers extend strike at Port Halvard as talks stall", """
PORT HALVARD, March 4 (Meridian Wire) - Dockworkers at Port Halvard extended their walkout into a second week on Tuesday after overnight talks with terminal operators broke down, leaving more than 40 container ships waiting at anchor off the coast.

The Harbour and Transport Workers Union said its 3,200 members would stay off the job until operators withdrew a plan to automate two of the port's five cranes lines, a change the union says would cut about 600 jobs over four years.

"We came to the table with a real offer and they came with a slide deck," union secretary Dana Okafor told reporters outside the port authority building⟦stray: ,,⟧ adding that no new meeting had been scheduled.

The Halvard Terminal Group, which runs ⟦glued:theport's⟧ two largest container terminals, said in a statement that automation was needed to keep the port competitive with rivals further south and that it had offered retraining to every affected worker.

⟦placeholder:{{author_name}} | {{author_title}}⟧

Shipping analysts said the backlog was beginning to ripple through regional supply chains. Freight rates for the route between Halvard and the northern ports have risen about 18% since the strike began, according to data from consultancy Tidewater Analytics.

"Every day adds roughly two days of recovery time once the cranes start moving again," said Ilse Brandt, a senior analyst at the firm. "Retailers who planned spring inventory around this port are already looking at air freight, and that is expensive."

Regional transport minister Paul Ferreira said the government was monitoring the situation but had no plans to intervene. He urged both sides to return to mediation, which collapsed on Monday after nine hours.

Port Halvard handled 4.1 million twenty-foot equivalent units last year, making it the country's third-busiest container port. Its last major stoppage, in 2019, lasted 11 days.

Some shipping lines have begun diverting vessels. Norrland Line said two of its ships bound for Halvard would unload at Kessling instead, about 300 km away, with cargo trucked back to customers.

Local business groups warned of knock-on effects for the city's economy. The Halvard Chamber of Commerce estimated that the strike was costing local firms about 9 million crowns a day in delayed deliveries and lost sales.

⟦furniture:Share this article
Facebook  X  LinkedIn  Email  Copy link⟧

(Reporting by Tomas Lind; Editing by Hannah Mercer)
""")

art("Riverside Gazette", "Council approves budget with 3.9% tax rise after late-night session", """
Riverside councillors approved next year's budget shortly before midnight on Wednesday, backing a 3.9 per cent rise in council tax after more than five hours of debate in the town hall chamber.

The increase, which adds about £72 a year to the bill for a typical Band D home, was passed by 24 votes to 17, with two abstentions.

Council leader Margaret Ellery said the rise was "the smallest we could responsibly make" given rising costs in adult social care and home-to-school transport, which together now account for ⟦glued:nearlyhalf⟧ of the authority's spending.

"Nobody comes into local government wanting to put bills up," she told the meeting. "But the alternative was closing libraries and cutting the grants that keep our youth clubs open, and this administration was not prepared to ⟦broken_paragraph:do

that⟧ to the people of this town."

Opposition leader Graham Tuck argued the council had wasted money on consultants during the redevelopment of the Market Street site and said residents were being asked to pay for past mistakes.

"This budget asks families to find another seventy pounds while the Market Street project is still eighteen months behind schedule," he said.

The budget includes £1.2m for pothole repairs, a new rapid-response team for fly-tipping, and a freeze on parking charges in the town centre until at least next April. It also sets aside £400,000 to reopen the public toilets in Riverside Park, closed since 2021.

⟦duplicated_block:Opposition leader Graham Tuck argued the council had wasted money on consultants during the redevelopment of the Market Street site and said residents were being asked to pay for past mistakes.⟧

Members of the public who had packed the gallery applauded when Cllr Priya Sandhu, the cabinet member for young people, announced that the youth service budget would be protected for a second year.

The council will also draw £2.5m from reserves to balance the books, leaving its general reserve at about £11m, a level the finance director described as "adequate but not comfortable".

Bills for 2025-26 will be sent to households in March.
""")
art("Balkan Sport Daily", "Vardar coach resigns after third straight defeat", """
The head coach of FK Vardar Lakes, Zoran Petkovski, has resigned on Sunday evening after the team lost 0:3 at home against Rudar, the third defeat in a row in the national championship.

The decision was announced in a short statement on the official website of the club. In it, Petkovski thanked the players, the staff and the fans for the support in the past two seasons. ⟦fragment:Wishing the club much success in the continuation of the season.⟧

According to the information of our newspaper, the management of the club had a meeting with the coach already on Saturday, after the poor game in the cup, when the team was eliminated by a team from the second league. "I take the responsibility for the results, the players gave everything but it was not enough," said Petkovski, ⟦attribution:he said to journalists after the match⟧.

Vardar Lakes currently is on the seventh place of the table with 21 points, eleven points behind the leader Sloga. Before the start of the season, the goal of the club was a place in the European competitions⟦break:. which⟧ now seems very far.

The fans were not satisfied already for several weeks. During the match with Rudar, a group of supporters in the north stand held a banner with the inscription "Enough is enough" and whistled to the players at the end of the first half.

The president of the club, Blagoj Trajanov, said that the new coach will be named in the next days. ⟦fragment:Until then, the assistant Darko Ilievski to lead the training sessions.⟧ The media speculate that the favourite for the position is the former national team player Goran Stojanov, who currently works in the youth academy of the club.

Petkovski came to the club in the summer two years ago and in his first season he led the team to the final of the national cup, which was lost against Sloga after penalties. This season, however, the team had big problems with injuries, and three of the most important players left in the winter transfer window.

The next match Vardar Lakes will play on Saturday away against Pelister, a direct rival in the fight for the places in the upper half of the table.

⟦disclaimer:This article was translated automatically from Macedonian. Balkan Sport Daily is not responsible for the accuracy of the translation.⟧
""")

art("Northern Science Review", "Researchers track glacier 'earthquakes' with fibre-optic cable", """
A team of glaciologists has used a length of ordinary telecommunications cable to record thousands of tiny "icequakes" inside a retreating glacier in Svalbard, offering a new way to watch how ice sheets fracture before they collapse.

The study, published on Thursday in the journal Cryosphere Letters, used a technique called distributed acoustic sensing, in which laser pulses are fired down an optical fibre and the faint reflections are analysed for vibrations along its length.

Over 14 days the 9-kilometre cable, laid across the surface of the Nordbreen glacier, registered more than 18,000 seismic events, most of them too small to be felt by a person standing directly above.

"It is like turning one cable into nine thousand seismometers," said lead author Dr Kari Solheim of the University of Tromsø. "We can see cracks opening in the ice almost in real time, and we can see where meltwater is finding its way to the bed."

⟦embed:Kari Solheim
@karisolheim_ice
·
Follow
Our cable on Nordbreen picked up 18k icequakes in two weeks 🧊📈 Paper out today!
10:42 AM · Mar 7, 2024
412
Reply
Copy link
Read 23 replies⟧

Meltwater reaching the base of a glacier can lubricate it and speed up its flow towards the sea, one of the main uncertainties in projections of future sea-level rise.

Co-author Dr Andreas Myhre said the method could be applied to existing telecom fibres running near glaciers in Greenland and Antarctica. "⟦foreign:Det finnes allerede tusenvis av kilometer fiber i polområdene, og vi kan bruke dem uten å sette ut nye instrumenter⟧," he told the Norwegian broadcaster NRK.

Traditional seismometers are expensive to install on ice and must be serviced regularly in harsh conditions. By contrast, fibre can lie in a shallow trench for months and be read ⟦glued:remotelyfrom⟧ a small box at one end.

Not everyone is convinced the technique is ready for widespread use. Professor Helen Watts, a geophysicist at the University of Leeds who was not involved in the study, said the enormous volume of data was still difficult to interpret.

"A single day produces terabytes," she said. "The physics is sound, but we need better automated methods for picking out which signals matter."

The team plans to return to Svalbard next spring with a longer cable and hopes to run a year-long survey to capture the full seasonal cycle of melting and refreezing.
""")

art("Hamilton Courier", "Woman jailed for £240,000 fraud against elderly neighbours", """
A former care assistant who stole more than £240,000 from three elderly neighbours has been jailed for six years.

Lorraine Bexley, 52, of Chapel Road, Hamilton, pleaded guilty at Kingsbridge Crown Court to three counts of fraud by abuse of position and one count of money laundering.

The court heard that Bexley befriended the victims, all aged over 80, after moving into the same sheltered housing block in 2018. Over the following four years she persuaded them to give her access to their bank ⟦glued:accounts,claiming⟧ she would help pay their bills and do their shopping.

Prosecutor Simon Hale said she instead used the money to pay off her own debts, buy a car and fund holidays to Spain and Cyprus. "This was a calculated and sustained course of conduct targeting people who trusted her completely," he said.

One victim, a 91-year-old widow, lost almost her entire savings of £130,000, the court was told. She has since died.

In a statement read to the court, the woman's daughter said her mother had spent her last months "frightened and ashamed ⟦stray:; ;⟧ believing it was somehow her fault".

Defending, Michael Orme said Bexley had been under "enormous financial pressure" following her divorce and had shown genuine remorse. She had repaid about £14,000.

Sentencing her, Judge Caroline Aske said: "You took advantage of their loneliness and their failing health. The harm you have caused cannot be measured in money alone."

⟦placeholder:[[image_caption_2]]⟧

Detective Constable Ruth Fenwick, of Hamilton CID, said the investigation began after a bank flagged unusual transactions on one of the accounts. "I would urge anyone who is worried that a relative is being taken advantage of to contact us or their bank straight away," she said.

A confiscation hearing under the Proceeds of Crime Act will take place later this year.

⟦furniture:Got a story? Email newsdesk@hamiltoncourier.co.uk or message us on WhatsApp.

Most Read
1. Bypass closure: diversions announced for six weeks
2. Much-loved café to close after 40 years
3. Man charged after crash on A614⟧
""")

art("The Lowland Ledger", "Family-run bakery marks 100 years on the high street", """
When Arthur Cairns opened his bakery on Dunmore High Street in 1925, a loaf cost fourpence and deliveries were made by a boy on a bicycle with a wicker basket.

A century later, the shop is run by his great-granddaughter, Fiona Cairns, 44, who still uses the same recipe for the rolls that queues form for every Saturday morning.

"People ask me what the secret is, and honestly it is just time," she said. "We let the dough rest overnight, ⟦glued:thesame⟧ way Arthur did. You cannot rush it."

The bakery will celebrate the anniversary with an open day on Saturday, when customers will be able to see the original brick oven, which is no longer used but has been preserved at the back of the shop.

Fiona took over from her father, Ian, in 2011. He still comes in three mornings a week at 4am to help with the early bake. "He says he is retired," she laughed. "Nobody believes ⟦stray:him.""⟧

Like many small businesses, the bakery has faced a difficult few years. Energy bills for the ovens nearly tripled in 2022, and the price of flour and butter rose sharply.

"There were weeks when I sat at the kitchen table and wondered if we would make it to the end of the year," she said. "What kept us going was ⟦broken_paragraph:the

customers⟧." Regulars organised a crowdfunding page that raised £8,500 to help the bakery install a more efficient oven.

Local councillor Jim Lachlan said the shop was "part of the fabric of Dunmore". "Everyone in this town has a memory of a Cairns birthday cake," he said.

⟦furniture:Advertisement
Continue reading below⟧

The bakery employs nine people, including two apprentices. One of them, 17-year-old Callum Reid, started in September after leaving school.

"I did not know anything about baking when I started," he said. "Now I am the one doing the morning rolls on a Tuesday. It is a lot of responsibility, but I love it."

Asked whether a fifth generation would take over, Fiona smiled. Her daughter, 12, already helps decorate cakes at weekends. "We will see," she said. "There is no pressure. Well, maybe a little."

The open day runs from 9am to 3pm, with free tasters and a display of old photographs from the family archive.
""")

art("Capital Markets Today", "Electra Motors shares slide after profit warning", """
Shares in Electra Motors fell more than 14% in early trading on Thursday after the electric-vehicle maker cut its full-year profit forecast, citing weaker demand in Europe and a costly recall of its compact Volta model.

The company now expects operating profit of between €1.1bn and €1.3bn this year, down from a previous range of €1.8bn to €2bn. Revenue guidance was lowered by about 6%.

Chief executive Martina Koller said in a statement that the market for electric cars in Europe had "softened more sharply than anticipated" after several governments reduced purchase subsidies. "We are taking decisive action on costs and we remain confident in our long-term strategy," Koller said, ⟦attribution:the company's chief executive said⟧.

The recall, announced last month, affects around 84,000 Volta cars built between 2022 and 2024 and relates to a software fault in the battery management system. Electra said it had set aside €290m to cover the costs.

Analysts at Bergmann Bank said the warning was worse than expected. "The combination of price cuts and lower volumes is squeezing margins at exactly the wrong moment ⟦stray: ,⟧" they wrote in a note to clients.

The company said it would postpone the launch of a new mid-size SUV, codenamed Project Linden, from late 2025 to mid-2026, and review spending at its battery plant in Saxony.

⟦placeholder:%%MARKET_DATA_WIDGET%%⟧

Electra's shares have now lost about a third of their value since the start of the year. The stock was trading at €38.20 by mid-morning in Frankfurt.

The profit warning comes as European carmakers face growing competition from Chinese manufacturers, which have been expanding rapidly in the region with cheaper models. The European Union introduced tariffs on Chinese-made electric cars last year, but analysts say the price gap remains significant.

Electra will publish its full second-quarter results on August 1. Koller is expected to give more detail on cost cuts then, including possible reductions in the company's 62,000-strong workforce.

"The question investors will ask is whether this is a temporary air pocket or something structural," said Jan Vos, a portfolio manager at Kaldera Asset Management. "Right now the market is pricing in the second."

⟦disclaimer:This story was generated from a press release and market data by an automated system. It has not been reviewed by an editor.⟧
""")
art("Asia Pacific Report", "Typhoon forces evacuation of 200,000 in southern coastal provinces", """
Authorities ordered the evacuation of more than 200,000 people from low-lying coastal areas on Monday as Typhoon Haikui approached the southern coast with winds of up to 165 kilometres per hour.

The national meteorological agency said the storm was expected to make landfall late on Tuesday near the city of Lianwan⟦break:. and⟧ would bring torrential rain to at least four provinces over the following two days.

Schools and government offices in the affected areas were closed, and the civil aviation authority said 312 domestic flights had been cancelled. ⟦fragment:Including all departures from Lianwan International Airport until Wednesday morning.⟧

Fishing boats were ordered back to port, and ferry services to offshore islands were suspended. Local television showed long lines of vehicles leaving the coastal districts and residents sandbagging shopfronts.

"We have learned from previous years that early evacuation saves lives," the deputy director of the provincial emergency management office, Chen Wei, told a news conference. ⟦attribution:Chen said:⟧ "Every village has a designated shelter and a list of elderly residents who need help to leave," he said.

Forecasters warned that rainfall of up to 400 millimetres in 24 hours could trigger landslides in mountainous inland areas, where many villages are reachable only by narrow roads. Rescue teams with boats and heavy equipment have been ⟦glued:pre-positionedin⟧ three counties.

Haikui is the eleventh named storm of the season. Last year, Typhoon Doksuri killed more than 30 people in the region after record rainfall caused rivers to burst their banks.

⟦fragment:To ensure the safety of the people and reduce the losses to the minimum.⟧ The provincial government said it had allocated 150 million yuan in emergency funds for relief work.

Meteorologists said warmer sea temperatures had allowed the storm to intensify rapidly over the weekend. It was upgraded from a severe tropical storm to a typhoon in less than 24 hours.

Neighbouring countries also issued warnings. The weather service in the north of the region said heavy rain and strong winds could reach its coast by Thursday, although the storm was expected to weaken after landfall.

⟦disclaimer:[Machine translation] This content has been automatically translated and may contain errors. The original text shall prevail.⟧
""")

art("Westbrook Evening Post", "Westbrook Rovers snatch late winner to end losing run", """
Westbrook Rovers 2 Ashfield Town 1

A stoppage-time header from substitute Kyle Mensah ended Westbrook Rovers' run of five league defeats and lifted the pressure on manager Steve Harland at a rain-soaked Gorse Lane on Saturday.

Mensah, on for just 11 minutes, rose above two defenders to meet Ryan Doyle's ⟦glued:cornerin⟧ the 93rd minute and send the home crowd of 4,812 into raptures.

It was a deserved win for Rovers, who had the better of a scrappy contest and should have been ahead long before the finish.

Ashfield took the lead against the run of play on 34 minutes. Rovers failed to clear a long throw and Jamie Pratt hooked the loose ball past goalkeeper Sam Ellison from close range.

Harland's side responded well after the break. Doyle hit the bar with a curling free-kick on 52 minutes and, seven minutes later, Lewis Okoro levelled, sliding in at the ⟦broken_paragraph:far

post⟧ to turn home Connor Hale's low cross.

⟦embed:▶ 0:00 / 1:47
HIGHLIGHTS | Westbrook Rovers 2-1 Ashfield Town
Auto-play is on
CC  Settings  ⛶⟧

Ashfield almost restored their lead when Pratt's shot deflected off Okoro and looped onto the roof of the net, but Rovers finished the stronger.

"I thought we were excellent in the second half," Harland said. "The lads have been through a tough few weeks and they showed a lot of character today. Kyle has been working really hard in training and he deserved that moment."

Ashfield boss Mark Tully was frustrated with his side's defending at set-pieces. "We have conceded too many from corners this season and it has cost us again ⟦stray:!!⟧" he said.

The win moves Rovers up to 17th, three points clear of the relegation zone. They travel to Kirkby on Tuesday night.

Rovers: Ellison, Barnes, Okoro, Whitfield, Reece, Doyle, Hale, Granger (Mensah 82), Taylor, Lomas (Price 70), Fenn.

Ashfield: Morgan, Pike, Shaw, Gregson, Atherton, Pratt, Delaney, Walsh (Burke 75), Ince, Carter, Holt.

Referee: Andy Millington.

⟦furniture:Comments
Join the conversation. Log in or register to comment.
Sort by: Newest | Oldest | Most liked⟧
""")

art("Global Health Bulletin", "WHO warns of rising measles cases in Europe and Central Asia", """
Measles cases in Europe and Central Asia rose sharply last year to their highest level in more than two decades, the World Health Organization and UNICEF said on Thursday, urging governments to close gaps in childhood vaccination.

The region recorded 127,350 cases in 2024, double the number reported in 2023 and the highest since 1997, according to a joint analysis by the two agencies. Children under five accounted for more than 40 per cent of cases.

At least 38 deaths were reported, the agencies said, although they warned that the real figure was likely to be higher.

"Measles is back, and it is a wake-up call," the WHO's regional director said in a statement. "Without high vaccination rates, there is no health security."

⟦foreign:La rougeole ne connaît pas de frontières. Un enfant non vacciné dans un pays met en danger les enfants de tous les pays voisins.⟧

Vaccination coverage dropped in many countries during the COVID-19 pandemic, when routine health services were disrupted, and has not fully recovered in some places. More than 500,000 children in the region missed the first dose of the measles vaccine in 2023.

Measles is one of the most contagious diseases known. It spreads through the air when an infected person coughs or sneezes, and can cause ⟦glued:seriouscomplications⟧ including pneumonia, brain swelling and death, particularly in young children.

⟦placeholder:<a href="#"></a>⟧

Two doses of the vaccine are about 97 per cent effective at preventing infection. Health officials say coverage of at least 95 per cent with both doses is needed to prevent outbreaks.

Romania reported the highest number of cases in the region, followed by Kazakhstan. Several western European countries, including Austria and Belgium, also saw significant increases.

UNICEF's regional director said misinformation about vaccines had contributed to falling uptake in some communities. "Parents deserve clear, accurate information from people they trust," she said. ⟦fragment:Especially health workers in their own neighbourhoods.⟧

The agencies called on governments to identify children who had missed vaccinations, strengthen disease surveillance and invest in primary health care workers.

⟦furniture:Sign up for our weekly newsletter
Enter your email address  [Subscribe]
By subscribing you agree to our Terms and Privacy Policy.⟧
""")

art("Daily Tech Wire", "Startup Lumora raises $45m to build AI chips for hearing aids", """
Lumora, a Copenhagen-based startup that designs low-power chips for hearing aids and earbuds, has raised $45 million in a Series B funding round led by Northpeak Ventures, the company said on Tuesday.

The funding values the four-year-old company at about $310 million, according to two people familiar with the deal⟦stray: ;⟧ Lumora declined to comment on its valuation.

The company's chip runs small neural networks directly on the device, allowing hearing aids to separate speech from background noise in real time without sending audio to a phone or the cloud. Lumora says the chip uses less than one milliwatt of power, meaning a hearing aid battery can last a full day.

"The big breakthrough is that we can now do what used to require a smartphone inside something the size of a pea," chief executive Sofie Kragh said in an interview. "For people with hearing loss, the difference in a noisy restaurant is night and day."

⟦duplicated_block:"The big breakthrough is that we can now do what used to require a smartphone inside something the size of a pea," chief executive Sofie Kragh said in an interview. "For people with hearing loss, the difference in a noisy restaurant is night and day."⟧

About 1.5 billion people worldwide live with some degree of hearing loss, according to the World Health Organization, but only a fraction use hearing aids, in part because many users find them ⟦glued:uncomfortableor⟧ ineffective in busy environments.

Lumora has signed supply agreements with two of the world's five largest hearing aid manufacturers, Kragh said, though she declined to name them. The first devices using its chip are expected to reach shops in early 2026.

Existing investors including Nordic Deep Tech Fund and the Danish state's Export and Investment Fund also took part in the round. The company plans to use the money to double its engineering team to about 120 people and open an office in Austin, Texas.

Northpeak partner Rajiv Menon, who will join Lumora's board, said the market for "hearables" was growing rapidly as earbuds gained health features. "Consumer audio and medical hearing are converging," he said. "Lumora is building the brain for both."

Competition is intensifying. Several large chipmakers have announced low-power AI processors aimed at wearables, and at least three other startups are working on similar products.

⟦furniture:Related Stories
→ Chipmakers bet on the edge as cloud costs bite
→ Denmark's deep-tech scene draws record funding
→ Why your next earbuds may double as hearing aids⟧
""")
art("Iberia Business Journal", "Spanish olive oil prices fall as harvest recovers", """
The price of olive oil in Spain has fallen by almost half since the start of the year thanks to a strong recovery in the harvest, after two seasons marked by drought that pushed prices to historic records.

According to data from the Poolred price system, extra virgin olive oil was sold at origin this week at around 4.20 euros per kilo, compared with more than 8 euros in January⟦break:. although⟧ in supermarkets the drop has been slower, but consumers are already noticing it.

The Ministry of Agriculture estimates that the 2024-2025 campaign will close with a production of about 1.4 million tonnes, almost double the previous one. The rains of spring⟦break:. allowed⟧ the olive trees of Jaén and Córdoba to recover after two very difficult years.

"Olive oil was becoming a luxury product and many families stopped buying it," said the president of the consumers' association FACUA in the region. "Now we hope that the prices in the shops will continue to fall," she said, ⟦attribution:declared the president⟧.

⟦foreign:Los agricultores, sin embargo, advierten de que los precios actuales apenas cubren los costes de producción, que han subido por el encarecimiento de los fertilizantes y la energía.⟧

Farmers' organisations such as COAG and Asaja have asked the government to monitor the margins of the distribution chain. ⟦fragment:Because the farmer receives the lower price immediately, but the consumer sees it months later.⟧

Spain is the world's largest producer of olive oil, with about 45% of global production. Exports have also recovered, especially to the United States, Italy and Portugal, although the American tariffs announced this spring generate uncertainty in the sector.

The cooperatives of Andalusia, which concentrate most of the production, expect a stable campaign next year if the weather conditions are normal. However, the experts remember that the olive grove is very sensitive to the heat in the flowering period, in May and June.

In the supermarkets, the price of the litre of extra virgin olive oil of the main brands is now between 7 and 9 euros, when a year ago it exceeded 10 euros in many establishments. Several chains have launched promotions to recover the customers who moved to sunflower oil during the crisis.

⟦disclaimer:Note: This news has been translated with an automatic translation tool. The original version in Spanish is the only one that is authentic.⟧
""")

art("Coastline Chronicle", "Lifeboat crew rescue paddleboarder swept out to sea", """
A paddleboarder was rescued by volunteer lifeboat crew after being swept more than a mile out to sea by strong offshore winds near Pennack Bay on Sunday afternoon.

The man, in his thirties, was spotted by a walker on the cliff path at about 3.15pm, who called 999 and asked for the coastguard.

The Pennack RNLI inshore lifeboat launched within ten minutes and found the man clinging to his board about 1.3 miles off the headland. He had lost his paddle and ⟦glued:wasunable⟧ to make headway against the wind.

Helm Lucy Trewin said he was cold and exhausted but had done the right thing by staying with his board. "He was wearing a buoyancy aid, which made a huge difference," she said. "But he did not have any means of calling for help, and if that walker had not seen him, this could have ended very differently."

⟦embed:Pennack RNLI Lifeboat Station
2h ·
🚨 SHOUT 🚨 Our D class launched at 15:24 to a paddleboarder in difficulty off Pennack Head. Casualty recovered & handed to waiting ambulance. Please check offshore winds before you go! 🌊
👍❤️ 1.2K   86 comments   214 shares
Like   Comment   Share⟧

The man was brought back to the lifeboat station and assessed by paramedics before being taken to hospital as a precaution.

Coastguard officials said offshore winds, which blow from the land towards the sea, can be deceptive because the water close to the shore often appears calm.

"It feels easy paddling out, and then you turn around and realise you cannot get back," said Mark Hoskin, a senior coastal operations officer. "We would urge anyone using a paddleboard to check the forecast, carry a phone in a waterproof pouch, and tell someone where they are going."

⟦duplicated_block:Coastguard officials said offshore winds, which blow from the land towards the sea, can be deceptive because the water close to the shore often appears calm.⟧

The rescue was the lifeboat's 24th call-out of the year. The crew, all volunteers, includes a fisherman, a teacher, a plumber and two students home from university.

The station is holding its annual open day on August 17, with demonstrations, a barbecue and tours of the boathouse. Money raised will go towards a new ⟦glued:launchingtractor⟧ for the station.

⟦furniture:© Coastline Media Group 2024. All rights reserved. | Privacy | Cookies | Contact us⟧
""")

art("Metro Daily News", "City unveils plan to pedestrianise historic centre by 2027", """
The city council on Wednesday unveiled a plan to close most of the historic centre to private cars by 2027, in what officials called the biggest change to the city's streets in half a century.

Under the proposal, 14 streets around the cathedral and the old market square would become pedestrian zones, with access for residents, deliveries before 11am, taxis and emergency vehicles. Two multi-storey car parks on the edge of the area would stay open.

Mayor Elena Dragomir said the scheme would make the centre "a place for people, not for traffic jams". "Our historic centre deserves better than to be a car park," Dragomir told the council, ⟦attribution:the mayor said⟧.

The city's transport department estimates that around 9,000 cars pass through the area each day, many of them drivers looking for parking. Air quality monitors on Cathedral Street regularly exceed the European limit for nitrogen dioxide.

Business owners are divided. Some restaurant and café owners welcomed the plan, saying that outdoor seating would become more attractive. But several shopkeepers said they feared losing customers ⟦broken_paragraph:who

drive⟧ in from surrounding villages.

"My customers are older people, they cannot walk from the car park with heavy bags," said Vasile Munteanu, who runs a hardware shop on Market Street. „⟦foreign:Dacă închid strada, închid și eu magazinul.⟧” he said, meaning that closing the street would mean closing his shop.

The council says it will run a new electric shuttle bus every ten minutes between the car parks and the centre and expand the bike-share scheme to 40 stations.

⟦placeholder:[gallery ids="4412,4413,4415,4419"]⟧

A public consultation will open on June 1 and last for eight weeks. Residents can comment online, by post, or at four public meetings. The final plan is expected to go to a council vote in the autumn, with work beginning in spring next year.

Similar schemes in other European cities have had mixed results at first but have generally become popular once in place. Opposition councillor Radu Ionescu said the council should start with a one-year trial on a smaller number of streets. "Test it, measure it, and then decide," he said.

⟦fragment:Which is why the consultation is so important, according to the deputy mayor.⟧
""")
art("Prairie Farm Weekly", "Wheat growers brace for lower prices as global stocks swell", """
Wheat farmers across the region are preparing for a second straight year of weak prices after the U.S. Department of Agriculture raised its forecast for global stocks, pushing futures in Chicago to their lowest level in four years.

The USDA's monthly supply and demand report, released Friday, put world ending stocks for the 2024-25 season at 257 million tonnes, up from 252 million in its previous estimate, on larger crops in Russia, Australia and Argentina.

Wheat futures for December delivery fell 11 cents to $5.32 a bushel after the report. ⟦glued:Localelevators⟧ were paying about $4.70 on Monday, well below what many growers say they need to break even.

"At these prices you are basically farming for the exercise," said Dale Huber, who grows wheat and canola on 3,400 acres near Millbrook. "Inputs are still high. Fertiliser came down a bit, but machinery, interest, land rent, none of that has gone down."

Huber said he was storing as much of his crop as possible in the hope that prices would recover after harvest. ⟦fragment:Hoping for a rally in the spring, like many of his neighbours.⟧

⟦embed:Prairie Grain Desk @PGrainDesk · 4h
USDA Dec WASDE: world wheat ending stocks 257.0 MMT (prev 252.1). KC & CBOT both lower on the day.
💬 14  🔁 39  ❤️ 102  📊 18.4K⟧

Agricultural economist Dr Renee Stoltz of the state university said that farmers with crop insurance and diversified operations were better placed to weather the downturn. "This is going to be a year where balance sheets matter," ⟦attribution:she told Prairie Farm Weekly,⟧ Stoltz said.

Some growers are considering planting fewer acres of wheat next year in favour of crops with better margins, such as pulses or sunflowers. Seed dealers report growing interest in lentils and ⟦glued:chickpeas,particularly⟧ in the drier western counties.

The state wheat commission said it would continue to push for new export markets, with trade missions planned to Southeast Asia and North Africa early next year.

"Our wheat has a reputation for quality, and that is something we can sell on," said commission chair Marlene Voss. "But nobody can control the weather in Russia."

Weather remains the big unknown. Forecasters expect a La Niña pattern to develop this winter, which typically brings drier conditions to the southern Plains and could tighten supplies if it damages the winter wheat crop.

⟦furniture:SUBSCRIBE to Prairie Farm Weekly for $39/year and get every issue delivered to your mailbox. Already a subscriber? Log in to continue reading.⟧
""")

art("The Harbour Times", "Obituary: Marguerite Lowell, lighthouse keeper's daughter who saved the island's archive", """
Marguerite Lowell, who grew up in the lighthouse on Gannet Rock and spent four decades rescuing the island's records from damp cellars and bonfires, has died aged 93.

Born in 1931, she was the youngest of five children of Thomas Lowell, the last principal keeper of the Gannet Rock light, and his wife, Ada. The family lived in the keeper's cottage until the light was automated in 1962, an event she later described as "the day the island lost its heartbeat".

She trained as a teacher in the city and returned to the island in 1958 to teach at the small primary school, where she remained for 31 years. Generations of islanders learned to read at ⟦glued:herdesk⟧ in the single classroom overlooking the harbour.

Her second career began almost by accident. In 1977, clearing out the old harbour office after a storm, she found parish registers, ship manifests and letters dating back to the 1790s, many of ⟦broken_paragraph:them

soaked⟧ and mouldy. She dried them page by page on the school radiators.

Over the following years she persuaded the island council to give her a room above the post office, and the Gannet Rock Archive was born. By the time she retired as honorary archivist in 2015, it held more than 40,000 documents and 6,000 photographs, and had helped hundreds of families abroad trace their ancestors.

"Marguerite never threw anything away, and thank God for that," said the island's current archivist, Rhian Pascoe. "Half of what we know about this place we know because of her."

⟦placeholder:Photo: {photo_credit}⟧

She was appointed MBE in 2004 for services to local heritage. She wrote two books, a history of the lighthouse and a collection of islanders' memories of the war years, which remains in print.

She never married. Friends remember her as sharp, funny and impatient with bureaucracy, and as a formidable player of bridge. Into her nineties she walked to the archive three days a week.

⟦duplicated_block:She never married. Friends remember her as sharp, funny and impatient with bureaucracy, and as a formidable player of bridge. Into her nineties she walked to the archive three days a week.⟧

She is survived by eleven nephews and nieces and many great-nephews and great-nieces. A funeral will be held at St Peter's Church on Gannet Rock on Friday.

⟦furniture:Leave a tribute
Share your memories of Marguerite in the guestbook below.
[Sign the guestbook]⟧
""")

art("Eurasia Newsline", "Parliament passes controversial media law despite protests", """
The parliament adopted on Thursday in the third reading a law on foreign-funded media and non-governmental organisations, despite mass protests in the capital that continued for the fifth consecutive day.

The law was supported by 84 deputies, 30 voted against. The opposition boycotted part of the session⟦break:. and⟧ left the hall before the final vote, calling the document a copy of similar legislation adopted in neighbouring countries.

According to the law, organisations which receive more than 20 percent of their funding from abroad must register as "organisations pursuing the interests of a foreign power" and submit annual financial reports. ⟦fragment:Under threat of fines of up to 25,000 in national currency.⟧

The speaker of parliament said after the vote that the law is about transparency and that society has the right to know who finances those who try to influence politics, ⟦attribution:he told reporters⟧.

Thousands of people gathered in front of the parliament building in the evening. Police used water cannons and pepper spray to disperse the crowd, according to local media, and at least 20 people were detained.

⟦foreign:Мы не остановимся, пока закон не будет отменён.⟧ This was written on one of the banners carried by the protesters, many of whom were students.

The European Union and the United States expressed concern. The EU's foreign policy chief said in a statement that the law is "incompatible with the European aspirations" of the country and could affect the process of integration.

The president, who has a right of veto, said earlier that she will not sign the law. However, the ruling party has enough votes in parliament to overcome the veto⟦break:. which⟧ requires a simple majority of the full number of deputies.

Analysts note that the adoption of the law comes five months before the parliamentary elections, which are considered key for the foreign policy orientation of the country. Several international organisations have already warned that the law could restrict the work of election observers.

⟦disclaimer:The text is published as received from the partner agency and has been translated automatically. The editorial board does not bear responsibility for its content.⟧
""")
art("Valley Live", "LIVE: Storm Bronagh - power cuts, road closures and school updates", """
Storm Bronagh is bringing gusts of up to 80mph to parts of the valley today, with an amber wind warning in force until 9pm. Follow our live updates below.

16:42
Northern Power says around 14,000 homes are now without electricity across the district. Engineers are out but the company warns some customers may not be reconnected until tomorrow ⟦glued:morning.Crews⟧ cannot use cherry pickers in winds above 40mph.

16:20
The A470 is closed in both directions between Pontmawr and Glyncoch after a tree came down across the carriageway. Police are asking drivers to avoid the area.

⟦embed:Valley Roads Policing
@ValleyRPU
Tree down on A470 Pontmawr. Road CLOSED both ways. Please avoid & find alternative route. #StormBronagh
Image
4:18 PM · Nov 21
·
2,304 Views⟧

15:55
A reader has sent us a picture of a trampoline that ended up on the roof of a bus shelter in Heol Fach. Thankfully nobody was hurt.

15:31
Valley Council says all its leisure centres will close at 5pm. Bin collections scheduled for tomorrow will go ahead ⟦stray:unless ..⟧ conditions remain dangerous, in which case they will be moved to Saturday.

15:10
Trains: Transport for the Valleys says services between Merthyr and the city are suspended until at least 7pm because of debris on the line. ⟦fragment:Replacement buses not possible due to the road closures.⟧

⟦placeholder:[LIVE_POST_EMBED id=undefined]⟧

14:48
Schools: the following schools closed early today and parents have been contacted:
- Ysgol Glyncoch
- Pontmawr Primary
- St Mary's RC Primary

14:30
The Met Office has issued an update saying the strongest gusts are expected between 4pm and 7pm, particularly on exposed hills and coasts. Forecaster Kath Rowe said: "This is a very windy day and people should take care, especially on the roads. Expect disruption."

14:05
Good afternoon and welcome to our live coverage of Storm Bronagh. Our reporters are out across the valley and we will bring you the latest on power, roads, rail and schools through the afternoon and evening.

If you have pictures or video of the storm, you can send them to us, but please do not put yourself in danger to take them.
""")

art("Scholar's Quarterly Online", "Interview: Historian Ana Vuković on the forgotten women of the 1848 revolutions", """
Historian Ana Vuković's new book, "The Barricade Sisters", tells the stories of women who fought, printed pamphlets and ran field hospitals during the revolutions that swept Europe in 1848. We spoke to her about archives, silence and why these women were forgotten.

Why did you decide to write this book?

I was working in the archives in Vienna on something completely different, and I kept finding names of women in police reports. Arrested for carrying weapons, for distributing newspapers. ⟦fragment:And nobody had ever written about them.⟧ I thought, this cannot be true, but it was.

Were they really forgotten, or just ignored?

Both. After the revolutions failed, the men who survived wrote memoirs, and in those memoirs the women are almost invisible⟦break:. or⟧ they appear as wives and nurses, never as political actors.

Who is your favourite figure from the book?

⟦glued:ProbablyKarolina⟧ Maier, a printer's widow from Vienna. She kept her husband's press working and printed radical newspapers in her kitchen. When the police came, she hid the type in flour sacks. She was arrested twice and never gave up a single name.

⟦foreign:Sie war mutiger als die meisten Männer, über die wir Bücher schreiben.⟧ That is what one of her contemporaries wrote about her, in a letter I found in Graz.

Did you find it difficult to find sources?

Very. Women's voices in this period survive mostly in fragments: a letter here, a police file there. ⟦fragment:Having to read against the grain of the documents, which were written by people who did not take them seriously.⟧

What do you hope readers take from the book?

That history is bigger than the people who wrote it down. And that courage comes in many forms. Some of these women fought on barricades, but some just kept a printing press running when it would have been safer to sell it.

Is there a sequel planned?

I am working on the women of the Paris Commune now, so yes, in a way. It will take a few years.

⟦furniture:About the author
Ana Vuković is professor of modern history at the University of Zagreb.
Follow Scholar's Quarterly on Facebook | Instagram | Threads⟧

"The Barricade Sisters" is published by Harrow Academic Press.
""")

art("Southern Cross Herald", "Drought-hit town celebrates as first rain in months fills dam", """
Residents of Cooinda poured into the main street on Friday night as the heaviest rain in almost eight months fell on the drought-stricken town, lifting the level of the town's water supply dam from 9 per cent to nearly 30 per cent overnight.

The town, about 500 kilometres west of the coast, had been on level six water restrictions since February, with residents limited to 100 litres a person a day and water carted in by truck three times a week.

"People were dancing in the street, kids were splashing in the gutters," said Cooinda Shire mayor Gail Pritchard. "It has been a long, hard year and I think everyone just needed that."

The Bureau of Meteorology recorded 87 millimetres at the Cooinda airport gauge in the 24 hours to 9am Saturday, the town's wettest day since March 2022.

⟦duplicated_block:"People were dancing in the street, kids were splashing in the gutters," said Cooinda Shire mayor Gail Pritchard. "It has been a long, hard year and I think everyone just needed that."⟧

Farmers in the district were more cautious. Sheep grazier Bill Hendry, who has destocked more than half his flock since the start of the year, said one good fall would ⟦glued:notbreak⟧ the drought.

"It is a start, it fills the dams and it gives the paddocks a bit of a drink," he said. "But we need follow-up rain in the next month or two, otherwise the feed that comes up will just burn off."

The state government announced in September a $12 million package for drought-affected shires, including funding for water carting, emergency fodder and mental health services.

⟦stray:""⟧The shire council said level six restrictions would remain in place until at least the end of the month while engineers assessed the water quality in the dam, which can be affected by run-off after long dry periods.

The bureau's outlook for the coming three months suggests a higher than usual chance of above-average rainfall across much of the inland, as a La Niña pattern develops in the Pacific.

At the Cooinda pub, publican Sharon Doyle said Friday night had been "the best night we have had in two years".

"We had farmers in here who have not been to town in months," she said. "Everyone was just standing at the door watching it come down."

⟦furniture:Tags: Drought, Cooinda, Weather, Agriculture
Print  |  Email  |  Report an error⟧
""")

art("Continental Press Service", "Central bank holds rates, signals cut possible in autumn", """
FRANKFURT, July 18 (CPS) - The central bank left its main interest rate unchanged at 3.75% on Thursday, as expected, but its president said a cut in September was "wide open", sending the euro lower against the dollar.

The decision was unanimous, the bank said in a statement, adding that inflation remained above its 2% target but was expected to fall further in the second half of the year.

"Our decisions will continue to be data-dependent and made meeting by meeting," the president told a news conference. "The question of what we do in September is wide open."

Headline inflation in the euro area rose slightly to 2.6% in June, while core inflation, which excludes energy and food, held at 2.9%. ⟦glued:Servicesinflation⟧, which the bank watches closely because it reflects wages, remained stubborn at 4.1%.

Economists had largely expected a pause after the bank cut rates in June for the first time since 2019.

"She left the door open without promising anything, which is exactly what the market wanted," said Lucie Martin, chief economist at Banque Riviera. "September is now more likely than not," Martin said, ⟦attribution:according to the economist⟧.

The euro fell 0.3% to $1.0902 after the press conference, while yields on two-year German bonds dipped four basis points.

Growth in the region has improved modestly after stagnating last year. The bank's staff forecast, published in June, sees the economy growing 0.9% this year and 1.4% in 2025.

⟦placeholder:Read the full statement here: [LINK]⟧

Some policymakers have warned against moving too quickly. In interviews before the meeting, at least two members of the governing council said wages were still rising too fast to be confident that inflation would return sustainably to target.

Markets are currently pricing in about 60 basis points of cuts by the end of the year, according to data from LSEG, implying two more cuts and a possible third.

The next policy meeting is scheduled for September 12, when the bank will also publish new economic projections.

(Reporting by Klaus Meier and Anne-Sophie Roux; Editing by Peter Graves)
""")
art("Kanto Business Online", "Regional railway to cut rural lines as ridership falls", """
A regional railway operator in northern Japan announced on the 12th that it will discontinue three rural lines with low ridership by the end of fiscal 2026 and replace them with bus services, in a move that local governments strongly oppose.

According to the company, the average number of passengers per day on the three lines fell to less than 200 people last year⟦stray:。⟧ The lines have been in deficit for more than 20 years, and the losses reached about 3.2 billion yen in total last fiscal year.

At a press conference, the president of the company said, "We have continued to operate these lines for the local people for a long time, but it is difficult to maintain them any longer. ⟦broken_paragraph:We

ask⟧ for the understanding of the residents."

On the other hand, the mayors of the towns along the lines expressed strong dissatisfaction. One mayor said that "the railway is the lifeline of the elderly who cannot drive, and high school students who go to school by train." ⟦fragment:As a result of discussions with the prefecture, to request the continuation of the service.⟧

The company plans to introduce "BRT", a bus rapid transit system that uses the former railway tracks as a dedicated road for buses, on one of the lines. Buses will run more frequently than the current trains, which run only five or six times a day.

⟦foreign:沿線の自治体は、来月にも国に対して支援を求める要望書を提出する方針です。⟧

Across Japan, many rural railway lines face similar problems because of the declining and aging population. Since 2023, a new system has allowed local governments and railway companies to set up councils with the national government to discuss the future of such lines.

Experts say that replacing trains with buses can reduce costs, but it often leads to a further decrease in the number of users. ⟦glued:Thedecision⟧ is expected to be discussed at the prefectural assembly next month.

⟦disclaimer:※This article was machine translated from Japanese. Please refer to the original article for accurate content.⟧
""")

art("Lakeshore Ledger", "School board votes to keep phones out of classrooms", """
The Lakeshore Unified School Board voted 5-2 on Tuesday night to require students in grades 6 through 12 to keep their phones switched off and stored in lockers or pouches during the school day, beginning in January.

The policy, which follows similar moves by several neighboring districts, drew a standing-room-only crowd of parents, teachers and students to the board meeting, which ran past 11 p.m.

Board president Karen Whitlock said teachers had told the board that phones were disrupting lessons and fueling conflict between students. "We heard it over and over again: kids cannot focus, and some of the worst bullying is happening on group chats during class," she said.

Superintendent Dr. Marcus Bell said the district would spend about $68,000 on lockable pouches for the four middle and high schools⟦stray:, ,⟧ funded from a state grant for student wellbeing.

Not everyone supported the change. Several parents said they wanted to be able to reach their children in an emergency, particularly after a lockdown ⟦broken_paragraph:at

Lakeshore⟧ High last spring that turned out to be a false alarm.

"When my daughter was hiding in a closet, the only thing that kept me sane was her texting me that she was OK," said parent Jenna Ruiz. "I do not understand how taking that away makes anyone safer."

⟦duplicated_block:"When my daughter was hiding in a closet, the only thing that kept me sane was her texting me that she was OK," said parent Jenna Ruiz. "I do not understand how taking that away makes anyone safer."⟧

Bell said students would still be able to use school phones and that the district was reviewing its emergency communication plans with the sheriff's office.

Students who spoke at the meeting were split. Junior class president Omar Haddad said he supported the ban. "Honestly, I think a lot of us would be relieved," he said. "It is exhausting to always be on."

Board members Tom Pressley and Linda Cho voted against the policy, saying they would have preferred a pilot at one school first.

Under the new rules, a first violation will result in the phone being held in the school office until the end of the day. Repeated violations will require a parent to collect it.

⟦furniture:Lakeshore Ledger | Local news that matters
Support local journalism. Subscribe today for just $1 for your first month.⟧
""")

art("Alpine Outdoor News", "Climbers rescued after two nights on north face", """
Two climbers who were stranded for two nights on the north face of the Dent Blanche were rescued by helicopter on Wednesday morning after a break in the weather allowed rescue crews to reach them.

The men, a 34-year-old Briton and a 29-year-old German, had set off on Sunday to climb the ⟦glued:north-eastridge⟧ but were caught by a sudden storm with heavy snow and strong winds at about 3,900 metres.

They raised the alarm by phone on Monday afternoon. Poor visibility and gusts of more than 100 km/h prevented helicopter crews from approaching, and a ground team had to turn back because of the avalanche risk.

"They did everything right," said rescue coordinator Marc Rey. "They dug a snow cave, they stayed together, they kept their phone battery for emergencies. That is why they are alive."

⟦embed:View this post on Instagram
A post shared by Air-Glaciers Rescue (@airglaciers_rescue)
♡ 8,731 likes⟧

Both men were flown to the hospital in Sion with frostbite to their hands and feet but were not in a life-threatening condition, police said.

"⟦foreign:Les deux alpinistes étaient conscients et ont pu monter seuls dans l'hélicoptère⟧," said a police spokesperson, adding that they had been treated for hypothermia.

The rescue was the third on the mountain this summer. In July, a French climber died after falling on the south ridge.

Mountain guides have warned that warmer summers are making many routes in the Alps more dangerous, with more frequent rockfall and unstable conditions on glaciers. According to guide Sabine Zurbriggen, "The mountains are changing faster than our guidebooks," ⟦attribution:she said⟧.

The Swiss Alpine Club advises climbers to check weather forecasts carefully, carry emergency equipment and leave details of their route with someone in the valley.

Rescue services said the men were lucky that the forecast improved on Wednesday. Another storm is expected to hit the region on Friday, with snow down to 2,500 metres.
""")

art("Civic Daily", "Mayor's former aide charged with bribery over housing contracts", """
A former senior aide to the mayor was charged on Thursday with accepting more than $300,000 in bribes from developers in exchange for steering city housing contracts to their firms, federal prosecutors said.

Derek Vance, 47, who served as the mayor's deputy chief of staff for housing until he resigned in March, was arrested at his home early Thursday morning. He appeared in federal court in the afternoon and was released on a $250,000 bond.

According to the indictment, Vance accepted cash, home renovations and a luxury vacation from two developers between 2021 and 2023. In return, prosecutors allege, he ⟦glued:pressuredcity⟧ officials to award the companies contracts worth about $42 million to build and renovate affordable housing.

"Public servants who sell their office betray every resident of this city," U.S. Attorney Rachel Ortiz said at a news conference. "We will follow this case wherever it leads," Ortiz added, ⟦attribution:said the prosecutor⟧.

Vance's attorney, Michael Stern, said his client was innocent and would fight the charges. "Mr. Vance has devoted his career to public service, and we look forward to ⟦stray:presenting ;⟧ the full picture in court," he said.

The mayor, who has not been accused of wrongdoing, said in a statement that she was "shocked and angered" by the allegations and had ordered an independent review of all housing contracts approved during Vance's tenure.

⟦placeholder:{{#if related_coverage}}See our previous coverage{{/if}}⟧

The two developers, who are not named in the indictment, are cooperating with investigators, according to a person familiar with the case.

City Council member Andre Lewis, who chairs the housing committee, called for hearings. "We need to know how this happened and whether anyone else knew," he said.

If convicted, Vance faces up to 20 years in prison on the most serious count.

The case is the latest in a series of corruption investigations ⟦broken_paragraph:involving

city⟧ agencies. Last year, two building inspectors were convicted of taking payments to overlook safety violations.

⟦disclaimer:This article was aggregated automatically from third-party sources. Civic Daily does not endorse and is not responsible for its content.⟧
""")
art("Pop Culture Pulse", "Singer Nova Reyes announces surprise album, world tour", """
Pop star Nova Reyes has announced a surprise new album, "Glasshouse", which will be released on Friday, along with a 42-date world tour beginning in Mexico City in March.

The 29-year-old singer revealed the news in a video posted to her social media accounts on Monday night, showing her walking through an ⟦glued:abandonedgreenhouse⟧ while a snippet of the title track played.

⟦embed:novareyes
Verified
Original audio
GLASSHOUSE. friday. 🌿🪞 tour dates in bio
#glasshouse #novareyes
1.9M  ·  48.2K comments  ·  Share
0:14 / 0:32⟧

The album, her fourth, is her first since "Static Hearts" in 2022, which topped the charts in 11 countries and earned her three Grammy nominations.

In a rare interview with Rolling Stone published alongside the announcement, Reyes said the new record was "the most honest thing I have ever made". "I wrote most of it at my grandmother's house in Oaxaca after a really bad year," Reyes said, ⟦attribution:the singer revealed⟧.

Fans had speculated for weeks that new music was coming after Reyes deleted all of her Instagram posts and changed her profile picture to a single green leaf.

The tour will visit North and South America, Europe, Australia and Asia, ending in Tokyo in October. Tickets go on sale next Wednesday, with a presale for fans who pre-order the album.

⟦duplicated_block:The tour will visit North and South America, Europe, Australia and Asia, ending in Tokyo in October. Tickets go on sale next Wednesday, with a presale for fans who pre-order the album.⟧

Reyes has said she will use a "verified fan" system to try to prevent tickets being bought up by resellers, after fans complained about prices on her last tour.

The album features collaborations with producer Jonah Kell and Colombian singer Lía Moreno, with whom Reyes performs a duet partly in Spanish. "⟦foreign:Nunca le tuve miedo al silencio, le tuve miedo a ti⟧" is the first line of the song, which fans have already started quoting online.

Music critics said the surprise release strategy showed Reyes' confidence in her fanbase. "She does not need a six-month campaign," said Pulse music editor Jamie Holt. "She needs one video and a leaf."

⟦furniture:MORE FROM POP CULTURE PULSE
Nova Reyes' 10 best songs, ranked
Every surprise album drop of the last decade
Sponsored Content⟧
""")

art("Tribune of the Isles", "Ferry operator fined after passengers injured in heavy landing", """
A ferry company has been fined £180,000 after eight passengers were injured when one of its vessels struck the harbour wall at Kilbrannan in rough weather in 2022.

Isles Ferries Ltd admitted breaching merchant shipping regulations at Inverlochy Sheriff Court. The court heard that the master of the MV Sgarbh decided to berth despite gusts exceeding the company's own operating limit, and that the crew had not been given ⟦glued:adequatetraining⟧ on the vessel's new propulsion system.

The ferry hit the pier at about 8 knots, throwing passengers and cars forward. Two passengers suffered broken bones and six others had cuts and bruises.

Procurator fiscal depute Anne Wallace told the court that the master had been under pressure to keep to the timetable after a series of cancellations earlier that week⟦break:. which⟧ had caused complaints from island businesses.

"This was an accident that was both foreseeable and avoidable," she said.

Defence solicitor Colin Baird said the company had since overhauled its training, introduced stricter rules on when masters may cancel sailings without penalty, and installed new ⟦stray:( wind⟧ monitoring equipment at the pier.

Sheriff Morag Dunlop said the company had shown "a significant failure" in its safety systems. "Passengers are entitled to expect that the operator will not place them in danger to meet a timetable," she said. The fine was reduced from £270,000 because of the company's early guilty plea.

One of the injured passengers, retired teacher Iain MacPhail, 71, said outside court that he hoped the case would lead to real change. ⟦fragment:Having spent six weeks in hospital with a fractured hip.⟧

"I do not want anyone else to go through what we went through that day," he said. "The people on that boat ⟦broken_paragraph:were

terrified⟧."

The Maritime and Coastguard Agency said the case was a reminder to operators that safety must come first. Isles Ferries said in a statement that it "deeply regrets" the incident and apologised to all those affected.
""")

art("Tech Insider Asia", "Chipmaker posts record quarter on AI demand", """
HSINCHU (TIA) - The world's largest contract chipmaker reported a record quarterly profit on Thursday, beating market expectations, as demand for processors used in artificial intelligence servers continued to surge.

Net profit for the April-June quarter rose 36% from a year earlier to NT$247.8 billion ($7.6 billion), the company said, above the average estimate of NT$235 billion in a poll of 20 analysts.

Revenue jumped 40% to NT$673.5 billion. Advanced chips made using its 3-nanometre and 5-nanometre ⟦glued:processesaccounted⟧ for 67% of wafer revenue, up from 53% a year earlier.

The company raised its full-year revenue growth forecast to the mid-20s percent in U.S. dollar terms, from a previous estimate of low-to-mid 20s.

"AI-related demand continues to be very strong," the chief executive told an earnings call. "We see our capacity for advanced packaging remaining very tight through next year."

⟦embed:▶ Watch: Earnings call highlights
00:00 ━━━━●────────── 12:46
🔊  ⚙️  ⛶
Up next in 5…⟧

The chipmaker is the main supplier of processors for major AI chip designers and smartphone makers. It is building new factories in Arizona, Japan and Germany, although the chief executive said overseas plants would continue to dilute gross margins by 2 to 3 percentage points over the next few years.

Gross margin for the quarter was 53.2%, at the upper end of the company's guidance. Capital spending this year will be between $30 billion and $32 billion, it said.

Shares in the company have risen about 70% this year. They closed up 0.6% in Taipei before the results were announced.

⟦disclaimer:Disclaimer: This content is auto-generated from wire feeds and has not been edited by Tech Insider Asia staff. The views expressed are those of the original source.⟧

Analysts said the results confirmed that AI spending by large technology companies showed no sign of slowing. "Every hyperscaler is still racing to build capacity," said Kelvin Lau, an analyst at a Hong Kong brokerage. ⟦stray:«⟧Customers are booking capacity for 2026 already.
""")
art("Heartland Courier", "County fair returns with record entries in livestock show", """
The Miller County Fair opened Thursday with a record 1,140 entries in its livestock show, organizers said, as the five-day event returned to the fairgrounds after last year's flooding forced a scaled-back version.

Fair board president Donna Keller said entries were up nearly 20 percent, driven by strong participation from 4-H clubs. "We have kids showing for the first time, and we have kids who have been coming here since they could walk," she said. "That is what a county fair is about."

⟦duplicated_block:Fair board president Donna Keller said entries were up nearly 20 percent, driven by strong participation from 4-H clubs. "We have kids showing for the first time, and we have kids who have been coming here since they could walk," she said. "That is what a county fair is about."⟧

The fairgrounds spent the winter repairing the livestock barns and grandstand, which were damaged when the Elk River overflowed in June last year. The $1.3 million repair project was paid for with a mix of insurance money⟦break:. and⟧ a state disaster grant.

Among the exhibitors was 14-year-old Hailey Brandt of Oakton, who is showing two Hampshire lambs. She said she had been getting up at 5:30 every morning to walk and feed them. "You have to be patient," she said. "They know if you are nervous."

⟦placeholder:[ad_slot position="in-article" size="300x250"]⟧

Other highlights this year include a tractor pull on Friday night, a demolition derby on Saturday and the return of the pie contest, which was cancelled last year. Headlining the grandstand concert on Saturday is country singer Travis Lyle.

Admission is $8 for adults and free for children under 12. Parking is $5. ⟦fragment:Gates opening at 8 a.m. each day and closing at 11 p.m.⟧

Keller said volunteers had been the backbone of the recovery. More than 300 people signed up to help clean and rebuild after the flood, many of them farmers who took time away from their own fields.

"I cannot thank them enough," she said. "Without them we would not be here."

⟦furniture:Like us on Facebook  ·  Follow @HeartlandCourier  ·  Get breaking news alerts⟧
""")

art("The Westminster Brief", "Minister faces backlash over plans to scrap rail ticket offices", """
The transport secretary is facing a growing backlash from MPs on all sides over plans to close most railway ticket offices in England, with disability charities warning the move would leave many passengers unable to travel.

Under proposals drawn up by train operators with the government's backing, around 970 ticket offices would shut over three years, with staff redeployed to station concourses as "customer ambassadors".

In the Commons on Tuesday, Conservative backbencher Sir Roger Pell said constituents had told him they were "baffled and angry"⟦stray:  :⟧ "Older people in my constituency do not want to buy tickets from a machine or an app. They want to speak to a human being."

Labour's shadow transport secretary said the plans were "a shambles from start to finish" and called on the minister to publish the full impact assessment. ⟦attribution:She said,⟧ "The government has not made the case," the shadow minister told MPs.

The Royal National Institute of Blind People said ticket machines were often inaccessible for people with sight loss, and that 40% of blind and partially sighted people it surveyed said they would travel less if offices closed.

The transport secretary defended the plans, saying only 12% of tickets were now sold at ticket offices and that staff would be more visible and helpful on platforms. "This is about modernising the railway and putting staff where passengers need them," he said.

The rail union RMT said the plans were about ⟦broken_paragraph:cutting

jobs⟧ and announced a ballot for further strike action. The consultation on the proposals, which closed last week, received more than 680,000 responses, a record for a rail consultation.

Passenger watchdogs Transport Focus and London TravelWatch will now consider the responses before deciding whether to object to individual closures. ⟦fragment:A decision which is expected in the autumn.⟧

⟦furniture:This article is part of our free Politics Briefing. Want it in your inbox every morning? Sign up here.⟧
""")

art("Saigon Economic Times", "Coffee exporters enjoy windfall as global prices soar", """
Vietnam's coffee exporters earned a record 5.4 billion US dollars in the last crop year as global prices for robusta beans rose to their highest level in more than 45 years, according to the Vietnam Coffee and Cocoa Association.

Export volume decreased by about 10 percent compared with the previous crop year, because of the drought in the Central Highlands, but the high prices helped to increase the export value by more than 30 percent.

⟦foreign:Giá cà phê trong nước có thời điểm vượt 130.000 đồng/kg, mức cao nhất từ trước đến nay.⟧

Farmers in Dak Lak province, the largest coffee-growing area, said they were happy with the prices but worried about the weather. ⟦fragment:Because the rainy season came late and the coffee trees flowered unevenly.⟧

"This year my family earned more than double compared to two years ago," said Nguyen Van Hung, who grows coffee on two hectares. "But we also spent more on fertiliser and water," Hung said, ⟦attribution:the farmer shared⟧.

Vietnam is the world's second-largest coffee producer after Brazil and the largest producer of robusta, which is used mainly in instant coffee and espresso blends. The main export markets are Germany, Italy, Spain, Japan and the United States.

Experts warned that high prices could lead farmers to expand coffee areas into forest land, which would affect Vietnam's ability to export to the European Union. The ⟦stray:EU 's⟧ new regulation on deforestation requires exporters to prove that their coffee was not grown on land cleared after 2020.

The association recommended that businesses invest in processing and roasting to increase added value, instead of exporting mainly green beans. Currently, processed coffee accounts for only about 10 percent of the export value.

⟦disclaimer:(Translated by machine – Saigon Economic Times takes no responsibility for translation errors.)⟧
""")

art("Northside Neighbourhood News", "Volunteers transform derelict lot into community garden", """
What was once a rubbish-strewn lot behind the old bus depot on Carver Street is now home to 32 raised vegetable beds, a small orchard and a beehive, thanks to a group of volunteers who spent two years clearing it.

The Carver Street Community Garden officially opened on Saturday with a ribbon-cutting by local councillor Asha Patel, music from a steel band and a table of cakes made with the garden's first crop of rhubarb.

Project coordinator Leon Murray, 58, said the idea started when he and a few neighbours got tired of looking at the fly-tipping from their back windows. "We thought, why not ask the council if we can do something with it?" he said. "That was two years and about four hundred bin bags ago."

⟦embed:Carver St Garden 🌱 (@carverstgarden) • Instagram photos and videos
carverstgarden  Follow
142 posts   1,208 followers   311 following⟧

The council agreed a peppercorn lease on the land in 2022. Volunteers removed more than 12 tonnes of waste, including three abandoned cars, before building the beds from recycled scaffolding boards donated by a local firm.

Plots are allocated to local households, with priority for people without gardens. Two beds are reserved for the nearby primary school⟦break:. where⟧ pupils grow tomatoes and beans as part of their science lessons.

"My kids had never seen a carrot come out of the ground before," said parent Grace Okoye, who has a plot with her two children. "Now they want to eat everything we grow, even the beetroot."

The garden received £6,000 from the council's neighbourhood fund and raised another £3,500 through a ⟦glued:crowdfunder,car⟧ boot sales and a sponsored walk.

⟦placeholder:Volunteer sign-up: <a href="">click here</a>⟧

Volunteer sessions take place every Saturday from 10am, and new helpers are welcome. No experience is needed. "If you can hold a spade, we have a job for you," Murray said.
""")
art("Bayview Record", "Jury finds landlord guilty over fatal carbon monoxide leak", """
A landlord has been found guilty of manslaughter by gross negligence after a tenant died from carbon monoxide poisoning caused by a faulty boiler he had been warned about repeatedly.

Gerald Marsh, 61, of Harbour View, Bayview, was convicted by a jury at Bayview Crown Court on Friday after a two-week trial. He will be sentenced next month.

Tenant Sean Doherty, 27, was found dead in his flat on Quay Street in January 2022. A post-mortem examination found he had died from carbon monoxide poisoning.

The jury heard that Marsh had failed to arrange an annual gas safety check for three years and had ignored at least four messages from Mr Doherty complaining about headaches, a yellow flame on the boiler and black marks on the wall around it.

⟦placeholder:Published: null | Updated: null⟧

⟦duplicated_block:The jury heard that Marsh had failed to arrange an annual gas safety check for three years and had ignored at least four messages from Mr Doherty complaining about headaches, a yellow flame on the boiler and black marks on the wall around it.⟧

In one text message, sent two weeks before his death, Mr Doherty wrote: "Boiler's making a weird noise again and I keep waking up with a banging head. Can someone please come and look at it?" Marsh replied: "Will sort next week."

Prosecutor Helen Graves told the jury that a gas engineer who examined the boiler after the death found that its flue had been disconnected and that it was "immediately dangerous". "This death was entirely preventable," she said.

Marsh told the court he had not realised the messages were serious and that he had been dealing with his wife's illness at the time. His barrister, Anthony Kerr, said he was "a man who made terrible mistakes, not a man who did not care".

After the verdict, Mr Doherty's mother, Bernadette, said: "Sean was a kind, funny, hard-working young man who trusted that his home was safe. ⟦broken_paragraph:It was

not⟧."

Gas Safe Register said landlords are legally required to have gas appliances checked every year by a registered engineer and to give tenants a copy of the safety record.

The charity Shelter said the case showed the need for stronger enforcement. "Renters should never have to beg for basic safety," a spokesperson said.
""")
art("ConsumerWise", "Explainer: What the new energy price cap means for your bills", """
The energy regulator has announced that the price cap on household gas and electricity bills will rise by 10% from October 1. Here is what it means for you.

What is the price cap?

The cap limits the amount suppliers can charge for each unit of energy and for the daily standing charge on default, or variable, tariffs. It does not cap your total bill, which still depends⟦break:. on⟧ how much energy you use.

How much will bills go up?

For a typical household using gas and electricity and paying by direct debit, the annual bill will rise by about £149 to £1,717⟦stray: .⟧ The regulator said the increase reflected higher wholesale prices on international markets.

⟦embed:Energy Regulator ✔ @EnergyReg · 7:00 AM
📢 From 1 October the price cap for a typical dual fuel household paying by Direct Debit will be £1,717 a year. Find out what this means for you 👇
🔗 energyreg.example/cap
[Video] 0:45  |  ▶ 88K views⟧

Should I fix my tariff?

Some suppliers are offering fixed deals below the new cap level. Consumer groups say fixing can make sense if you value certainty, but you should check exit fees and compare the fixed price against the forecast for next year. ⟦fragment:Not always cheaper over the long term, according to analysts.⟧

What help is available?

People struggling with bills should contact their supplier as soon as possible. Suppliers must offer payment plans that take into account what you can afford. Some also run hardship funds that can clear debts or provide grants.

The Warm Home Discount, a one-off £150 payment, is available to some people on low incomes and pension credit. Check whether you are eligible on the government website.

What can I do to cut my usage?

Turning your thermostat down by one degree can save around £100 a year, according to the Energy Saving Trust. Washing clothes at 30C, ⟦glued:draught-proofingdoors⟧ and windows, and turning appliances off at the wall rather than leaving them on standby also help.

⟦furniture:Was this article helpful?  👍 Yes   👎 No
Share: Facebook | X | Email | Print⟧
""")

art("Eastern Dispatch", "Dispute over river dam escalates as talks collapse", """
The talks between the three countries over the filling of the giant dam on the river have collapsed once more on Tuesday, with the negotiators accusing each other of intransigence and the downstream countries threatening to take the matter to the United Nations Security Council.

The foreign minister of the downstream country said at a press conference in the capital that the upstream side "has rejected all compromise proposals" and insisted on filling the reservoir during the coming rainy season without a binding agreement. ⟦fragment:Which represents a threat to the water security of more than 100 million people.⟧

The upstream government, for its part, said the dam is essential for its development, since more than half of its population has no access to electricity. "We will not ask anyone for permission to use our own water," the spokesman said, ⟦attribution:he declared to the state television⟧.

The dam, which has been under construction for more than a decade, is planned to become the largest hydroelectric power plant on the continent, with a capacity of more than 5,000 megawatts. The third filling of the reservoir was completed last year.

Construction has cost an estimated 4.8 billion dollars, financed largely by the government and by bonds sold to citizens and the diaspora.

⟦duplicated_block:The dam, which has been under construction for more than a decade, is planned to become the largest hydroelectric power plant on the continent, with a capacity of more than 5,000 megawatts. The third filling of the reservoir was completed last year.

Construction has cost an estimated 4.8 billion dollars, financed largely by the government and by bonds sold to citizens and the diaspora.⟧

The African Union, which has mediated the negotiations since 2020, called on the parties to continue the dialogue. Observers note that the positions have ⟦broken_paragraph:not

changed⟧ substantially for years, and that the main dispute concerns how much water will be released in years of drought.

⟦foreign:إن الأمن المائي خط أحمر ولن نسمح بالمساس به.⟧ This was stated by the president of the downstream country in a speech last month, which was widely shared on social networks.

⟦disclaimer:This news was automatically translated by the system. We apologize for any inaccuracies in the translation.⟧
""")
# ---------------- clean look-alikes ----------------
art("Daily Tech Wire", "iOS 18.2 update brings ChatGPT integration and new Genmoji tool", """
CUPERTINO, Calif. - Apple released iOS 18.2 on Wednesday, adding ChatGPT integration to Siri, a custom emoji generator called Genmoji and an image-creation app named Image Playground to recent iPhone models.

The update is available for the iPhone 15 Pro, iPhone 15 Pro Max and all iPhone 16 models, which have the A17 Pro or A18 chips and at least 8GB of memory needed to run Apple Intelligence features on the device.

With the ChatGPT integration, Siri can pass more complex questions to OpenAI's chatbot, but only after asking the user for permission each time. Users do not need a ChatGPT account, though those with a paid ChatGPT Plus subscription can sign in to access more advanced features.

"We wanted to give people access to world knowledge without compromising their privacy," an Apple spokeswoman said. Apple says requests sent to ChatGPT are not stored by OpenAI and that users' IP addresses are hidden.

Genmoji lets users describe an emoji in words, such as "a squirrel wearing a snorkel", and the iPhone generates it. Image Playground creates pictures in animation or illustration styles but deliberately does not produce photorealistic images.

The update also brings Visual Intelligence to the iPhone 16's new Camera Control button. Pointing the camera at a restaurant, for example, shows its opening hours and reviews, while pointing it at a flyer can add an event to the calendar.

Apple Intelligence is available in English for users in the U.S., UK, Canada, Australia, New Zealand, Ireland and South Africa. Apple said support for French, German, Japanese and other languages would come in April.

Analysts at Wedbush said the features could encourage owners of older phones to upgrade. About 60% of iPhone users have a model that is at least three years old, according to estimates.

To install the update, open Settings, tap General, then Software Update. Apple recommends backing up your device to iCloud or a computer first.

The company also released macOS Sequoia 15.2 and iPadOS 18.2 with similar features for Macs and iPads with M1 chips or later.
""", clean=True)

art("Riverside Gazette", "Correction: Market Street redevelopment costs", """
Correction: An earlier version of this article stated that the Market Street redevelopment had cost £14m. The correct figure is £11.4m. We apologise for the error.

The redevelopment of Market Street in Riverside will be completed 18 months later than planned, the council has confirmed, after contractors discovered medieval remains beneath the former bus station.

The scheme, which includes 120 homes, a public square and space for shops and cafés, was originally due to open in spring 2025. It is now expected to be finished in autumn 2026.

Archaeologists from the county's heritage service spent five months excavating the site last year. They found the foundations of a 13th-century merchant's house, pottery, coins and the remains of a well.

"It was an extraordinary find, and we had a legal and moral duty to record it properly," said council leader Margaret Ellery. "But I understand the frustration of residents who have been living next to a building site for three years."

The project has so far cost £11.4m, of which about £900,000 was spent on the archaeological work. The council says it expects to recover most of the costs through the sale of homes and rents from commercial units.

Opposition leader Graham Tuck said the delays showed the council had not done enough investigation before work began. "Anyone who knows Riverside knows that the old town is under that car park," he said. "This was foreseeable."

Some of the finds will go on display at Riverside Museum from next month. Museum curator Dr Helen Marsh said the well, which was filled in around 1450, contained leather shoes, a wooden bowl and a child's toy made of bone.

"These objects tell us about ordinary people's lives in a way that documents rarely do," she said.

Residents will be able to see the plans and ask questions at a drop-in session at the town hall on Thursday between 2pm and 7pm.
""", clean=True)

art("Continental Press Service", "French vintners fear tariff hit: 'On ne peut pas tout vendre en France'", """
BORDEAUX, Oct 3 (CPS) - Winemakers in the Bordeaux region say new U.S. tariffs on European wine could push dozens of family estates into bankruptcy, coming on top of falling domestic consumption and a glut of unsold bottles.

"On ne peut pas tout vendre en France," said Pierre Dumas, whose family has made wine near Saint-Émilion for five generations. "We cannot sell everything in France." About a third of his production goes to the United States, his largest export market.

The tariffs, announced last week, add a 15% duty on still wines from the European Union. U.S. importers say they will have to raise shelf prices or switch to cheaper wines from other countries.

Dumas and his wife, Claire, who runs the estate's export business, said they had already seen orders cancelled. "Our importer in New York called the day after the announcement and said he would wait," Claire Dumas said. "He was very honest. He said, 'I cannot sell a twenty-five-dollar wine at thirty.'"

"We have been through frost, hail, mildew and Covid," her husband added. "But this is different, because it is not something we can fix in the vineyard."

France exported about 4 billion euros of wine and spirits to the United States last year, according to the FEVS exporters' federation, making it the sector's biggest market.

The French agriculture ministry said it was in talks with Brussels on support measures, including funding for grubbing up vines and promoting French wine in new markets in Asia.

In Bordeaux, the problem is compounded by overproduction. The regional wine council estimates that around 10% of the vineyard area should be taken out of production to bring supply in line with demand.

Some younger winemakers are trying to adapt by making lighter, lower-alcohol wines and selling directly to customers online. "The world is drinking less, and drinking differently," said Léa Martin, 31, who took over her parents' estate in 2020. "We have to change with it."
""", clean=True)
art("Table & Town", "Q&A: Chef Rosa Lindqvist on foraging, failure and the perfect omelette", """
Rosa Lindqvist runs Fjäll, a 24-seat restaurant in a former fishing hut that won its first Michelin star in February. She is also the author of a new cookbook, "Wild Kitchen". We asked her a few quick questions.

Where did you learn to cook?

My grandmother's kitchen. She never measured anything.

First dish you ever made?

Pancakes. Burnt ones.

What is the most overrated ingredient?

Truffle oil. Don't get me started.

And the most underrated?

Cabbage. Honestly. Roast it hard, add butter and salt, and it's better than most steaks.

You forage for much of your menu. Any advice for beginners?

Go with someone who knows what they are doing. Start with things you cannot confuse with anything poisonous, like nettles or wild garlic. Never eat a mushroom you are not 100% sure about. And take only a little from each place, so there is some left for the animals and for next year.

What was your biggest failure?

My first restaurant. It closed after 11 months. I thought good food was enough. It is not. You need to understand money, staff, everything.

What did that teach you?

Listen more. Talk less. Pay your suppliers on time.

How do you make the perfect omelette?

Three eggs, very fresh. Whisk them with a fork, not too much. Hot pan, a generous knob of butter. Keep the eggs moving, and take it off the heat while it still looks a bit wet in the middle. It keeps cooking on the plate.

What do you cook at home on a day off?

Toast. Really. Good bread, good butter, maybe an egg. When you cook all week, you want something simple.

What is next for Fjäll?

Nothing big. We are not opening in London or New York. I want to do the same thing, a little better, every year.

One piece of advice for young chefs?

Taste everything. Every time. Even the water.

"Wild Kitchen" is published by Northlight Books.
""", clean=True)

art("Brussels Digital Review", "EU moves to end 'cookie banner fatigue' with browser-level consent", """
The European Commission on Tuesday proposed changes to the bloc's privacy rules that would let internet users set their cookie preferences once in their browser instead of clicking through a banner on every website they visit.

Under the proposal, websites would have to respect a signal sent by the browser saying whether the user accepts or refuses tracking cookies. The so-called "Accept all / Reject all" pop-ups that have become a familiar part of browsing in Europe since 2018 would largely disappear for users who set a preference.

"People are tired of cookie banners. They click 'accept' just to make them go away, which is not what consent is supposed to mean," the EU's justice commissioner told reporters in Brussels.

The plan is part of a wider package aimed at simplifying digital rules for businesses. Consumer groups welcomed the idea but warned that the details would matter.

"If the default is that tracking is allowed unless you dig into your settings, this will be a step backwards," said Ursula Pachl of the European consumer organisation BEUC. "The default must protect people."

Online advertisers and some news publishers have raised concerns. They argue that many websites depend on targeted advertising and that browser makers such as Google, Apple and Mozilla would gain too much power if they controlled the consent setting.

Cookies are small text files that websites store on a user's device. Some are necessary for a site to work, for example to remember items in a shopping basket. Others track users across different websites to build advertising profiles.

A study by the Commission found that the average European internet user spends several minutes a day dealing with consent requests, and that more than 60% of users say they usually accept all cookies without reading the options.

The proposal will need approval from EU member states and the European Parliament, a process that typically takes at least two years. Until then, the banners are here to stay.

What you can do now: most browsers already let you block third-party cookies in their privacy settings, and several extensions can automatically refuse cookie requests on your behalf.
""", clean=True)

art("Media Watch Weekly", "Newspapers bet on newsletters as social traffic dries up", """
When the Northern Examiner launched its first email newsletter in 2019, it had 3,000 subscribers and was written by one reporter in her spare time. Today the paper sends 14 different newsletters to more than 400,000 inboxes every week, and editors say they have become the most reliable way to reach readers.

The shift reflects a wider change in the news industry. Traffic from Facebook and X to news websites has fallen sharply over the past two years as the platforms have deprioritised links, according to data from analytics firm Chartbeat.

"Social media was always renting someone else's house," said the Examiner's audience editor, Priya Nair. "Email is the one place where we own the relationship with the reader."

Newsletters are also proving a strong route to paid subscriptions. The Examiner says readers who sign up to at least one newsletter are five times more likely to become paying subscribers within a year than those who do not.

At the Harbourtown Post, executive editor Tom Grady said the paper's morning briefing, which summarises the day's news in about 600 words, now has an open rate of around 55%. "People tell us it's the first thing they read with their coffee," he said.

Not every experiment has worked. Several outlets have closed niche newsletters on topics like gardening and property after struggling to attract enough readers. Industry consultant Mark Freeland said many publishers had launched too many products too quickly.

"The lesson is: do fewer, do them well, and make sure there is a human voice," he said. "Nobody wants another automated list of links."

Readers, too, report fatigue. A survey by the Reuters Institute found that a quarter of respondents felt they received too many newsletters, and many said they unsubscribed from those they did not open regularly.

For Nair, the answer is to treat each newsletter like a conversation. "We reply to every email that readers send us," she said. "That is something you can't do with an algorithm."
""", clean=True)

art("The Harbour Times", "Obituary: Seamus Kearney, folk singer whose ballads carried the fishing fleet's stories", """
Seamus Kearney, the folk singer and songwriter whose ballads about the fishing communities of the west coast were sung in pubs from Galway to Boston, has died aged 84.

He was born in 1940 in Ballynacree, the son of a fisherman and a schoolteacher, and went to sea himself at 15. He began writing songs on long nights aboard trawlers, scribbling verses on the backs of tide tables.

His best-known song, "The Widow's Light", written after the loss of the trawler Morning Star with five crew in 1968, became an anthem for coastal communities. Its chorus is still sung at the annual blessing of the boats:

So leave the lamp in the window, love,
And the door upon the latch,
For the sea gives back what the sea will give,
And the rest it keeps to watch.

Kearney left the sea in 1971 after a back injury and began performing full time. He recorded nine albums, toured North America more than 20 times and was a regular on radio programmes in Ireland and Britain.

He was proud of never having had a hit. "Hits are for people who want to be famous," he told an interviewer in 2009. "I just wanted the songs to be remembered, and they will be, long after I'm gone."

Fellow musician Niamh Delaney said he had been "the conscience of Irish folk music". "He never let you forget who the songs were about," she said.

In later life he campaigned for better safety standards on fishing boats and helped set up a fund for the families of fishermen lost at sea.

He married Bridget Flynn in 1966; she died in 2018. He is survived by their three children, Aoife, Ciarán and Máire, and eight grandchildren.

His funeral will take place at St Columba's Church, Ballynacree, on Saturday at 11am, followed by a gathering at the harbour.
""", clean=True)
art("Lakeshore Ledger", "Teen poet's verse about her grandmother wins state prize", """
A 16-year-old from Lakeshore has won the state's top poetry prize for young writers with a poem about her grandmother's hands, beating more than 2,800 entries from across the state.

Maya Okonjo, a junior at Lakeshore High, received the Golden Quill award at a ceremony in the state capital on Saturday. The prize includes a $2,500 scholarship and publication in the state literary journal.

Her winning poem, "Inventory", lists the things her grandmother's hands have done, from shelling peas in Nigeria to holding Maya on the day she was born. It ends:

Flour, then, and the radio,
the rosary she never prayed,
the door she held for every stranger,
the braid she finished, and then my name.

"I wrote it the week after she moved into assisted living," Okonjo said. "She can't cook anymore, and I kept thinking about all the meals she made with those hands. I wanted to write them down before I forgot."

The judges, a panel of three published poets, praised the poem's restraint. "It never tells you how to feel," said judge Carla Mendes, a former state poet laureate. "It just shows you the hands and trusts you to understand."

Okonjo's English teacher, Daniel Frye, said she had been writing seriously since ninth grade and often stayed after class to talk about books. "She reads everything, and she revises like a professional," he said. "Ten drafts is normal for Maya."

Her grandmother, Grace Okonjo, 87, attended the ceremony in a wheelchair. Asked what she thought of the poem, she laughed. "She made me sound very busy," she said. "I was."

Okonjo said she planned to study literature in college and hoped to publish a collection one day. Her advice to other young writers was simple: "Write about the people you love. Then cut half of it."

The poem will appear in the spring issue of the state literary journal, and a reading by this year's winners will be held at the Lakeshore Public Library on May 4.
""", clean=True)

art("ConsumerWise", "Five things to know before you buy a heat pump", """
Heat pumps are being promoted by governments across Europe as a cleaner alternative to gas boilers, and grants of up to £7,500 are now available in England. But they work differently from boilers, and installers say a bit of homework can save you money and disappointment. Here is what you need to know.

1. Check your insulation first

A heat pump works best in a well-insulated home. Before you get a quote, make sure your loft and cavity walls are insulated and that draughts are sealed. Otherwise, you may need a larger, more expensive unit.

2. Expect lower radiator temperatures

Heat pumps run most efficiently at around 45-50C, compared with 70C or more for many gas boilers. Your radiators will feel warm rather than hot, and you may need larger radiators in some rooms.

3. Leave it on

Unlike a boiler, a heat pump is designed to run steadily for long periods. Switching it on and off throughout the day usually wastes energy. Most owners keep the heating on low all the time during winter.

4. Get several quotes

Prices vary widely. An air-source heat pump for a typical three-bedroom house costs between £10,000 and £14,000 installed before grants, according to the Energy Saving Trust. Ask for a heat-loss calculation for every room, not just a rough estimate.

5. Think about your tariff

Several energy suppliers now offer special tariffs for heat pump owners, with cheaper electricity at certain times of day. These can cut running costs significantly.

"The biggest mistake people make is buying on price alone," said Jo Whitmore, a heating engineer with 20 years' experience. "A cheap installation that is badly designed will cost you more every month for fifteen years."

Heat pumps make up a small but growing share of heating installations in the UK. About 60,000 were installed last year, compared with around 1.5 million gas boilers.

To apply for the Boiler Upgrade Scheme grant, you need to use an installer certified by the Microgeneration Certification Scheme (MCS). The installer applies for the grant on your behalf and deducts it from your bill.
""", clean=True)

art("Euro Policy Monitor", "EU translators warn machine translation cannot replace human checks", """
Translators at the European Union's institutions have warned that increasing reliance on machine translation risks introducing errors into legal texts, after an internal review found several mistranslations in draft regulations.

In a letter to senior officials seen by Euro Policy Monitor, staff representatives said machine translation tools had become "indispensable" for handling the EU's workload in 24 official languages, but that they were being used in ways that were never intended.

The letter said some departments were sending machine-translated drafts directly to national experts without review by a human translator. In one case, it said, a clause in a draft fisheries regulation had been translated into one language so that it appeared to ban an activity it was meant to permit.

"Machine translation is an excellent tool in the hands of a translator. It is a dangerous one without them," the letter said.

The Commission's Directorate-General for Translation, which employs around 1,600 linguists, has used its own machine translation system, eTranslation, since 2017. It says the system now produces a first draft for the vast majority of documents.

A Commission spokesperson said all legally binding texts were still checked by human lawyer-linguists before adoption. "Machine translation helps our translators work faster, but the final responsibility always lies with a person," she said.

Translation researchers say modern neural systems are fluent but can make errors that are hard to spot precisely because the output reads naturally. Dr Marta Kowalska, who studies legal translation at the University of Warsaw, said such systems sometimes reverse negations or confuse similar legal terms.

"The danger is not bad grammar any more. The danger is perfect grammar with the wrong meaning," she said.

Staff representatives have asked for clear guidelines on when machine translation can be used without review and for more resources for quality control. The Commission said it would discuss the concerns with staff in the coming weeks.
""", clean=True)

art("Pop Culture Pulse", "#RefillNotLandfill: how a student's hashtag changed a coffee chain's cups", """
It started with a photograph of a bin overflowing with paper cups outside a university library and a hashtag: #RefillNotLandfill.

Two months later, the coffee chain Brew & Co has announced that it will charge 25 cents for disposable cups in all 340 of its stores and give a discount to customers who bring their own, a change campaigners are crediting to a 20-year-old environmental science student.

Leah Moretti, who posts as @leahmakesnoise, shared the photo in March with a short video asking her followers to tag the company and to post pictures of their own reusable mugs. The clip was viewed more than 3 million times on TikTok, and the hashtag was used in more than 90,000 posts.

"I honestly thought maybe 50 people would see it," Moretti said. "Then my phone just did not stop buzzing for a week."

Brew & Co's official account, @brewandco, initially replied with a standard message about its recycling programme, which drew thousands of critical responses. The company's chief executive, Daniel Hart, later invited Moretti to meet him at the head office.

"She made a very clear argument, and frankly she was right," Hart said. "Most of our cups were not being recycled, because the plastic lining makes that difficult."

The chain says it sells around 90 million hot drinks a year in disposable cups. Similar charges in other countries have cut disposable cup use by between 30 and 50 percent.

Not everyone is pleased. Some customers have complained on social media about paying more for their coffee, using the hashtag #JustGiveMeACup.

Moretti said she was now working with other students to push for similar changes at smaller cafés near campus. Her next target, she said, is plastic cutlery in the university's own canteens.

"Follow the money and the bins," she said. "That's where the story is."
""", clean=True)
art("Defence Review Online", "Operation Northern Shield: NATO exercise tests rapid reinforcement", """
More than 20,000 troops from 14 NATO countries began a two-week exercise in Norway and Finland on Monday, testing how quickly the alliance could reinforce its northern flank in a crisis.

The exercise, code-named Northern Shield 25, involves around 100 aircraft, 40 ships and several thousand vehicles, according to NATO's Joint Force Command in Brunssum. It is the first major NATO exercise to include Finland as a full member since the country joined the alliance in April 2023.

Troops from the U.S., UK, Germany and the Netherlands will practise moving equipment by sea to Norwegian ports and then by road and rail across the border into Finland, in temperatures expected to fall below minus 25C.

"Moving forces over long distances in the Arctic winter is one of the hardest things a military can do," said Lt. Gen. Eirik Kristoffersen, Norway's chief of defence. "We need to practise it before we need it."

A key part of the exercise, known as Phase Bravo, will simulate the defence of the Finnish Lapland region against an attack, with Finnish reservists working alongside U.S. Marines and British commandos.

Russia's defence ministry called the exercise "provocative" and said it would monitor it closely. NATO officials said Moscow had been notified in advance in line with international agreements.

The exercise comes as European members of the alliance face pressure to increase defence spending. At the NATO summit in The Hague last year, allies agreed to raise spending on core defence to 3.5% of GDP by 2035.

Finnish President Alexander Stubb, who visited troops near Rovaniemi on Monday, said the exercise sent a clear message. "Finland is not alone, and our allies know the terrain here as well as we do," he said.

Local residents have been warned to expect heavy military traffic on the E8 and E75 roads and low-flying aircraft. The exercise ends on March 21.
""", clean=True)

art("Civic Daily", "City launches website to report potholes and broken streetlights", """
The city on Monday launched a new website, fixmystreet.cityhall.example, where residents can report potholes, broken streetlights, graffiti and illegal dumping, and track the progress of repairs.

Residents can also report problems by calling 311 or by using the city's app, CityConnect 2.0, which has been redesigned and is available for iPhone and Android devices.

"We want it to be as easy to report a pothole as it is to order a pizza," Mayor Linda Castro said at a news conference outside a repair crew's depot. "And we want you to be able to see what happens after you report it."

Each report gets a reference number, and residents receive an email or text when a crew is assigned and when the job is finished. The city says it aims to fix dangerous potholes within 48 hours and others within 10 working days.

Public works director Samuel Ortiz said the previous system, which relied on phone calls and emails to different departments, meant many reports were lost or duplicated. "Sometimes we got the same pothole reported 30 times, and sometimes we never heard about it at all," he said.

The site also includes an open data page, cityhall.example/data/streets, where anyone can download information on reports and repair times by neighborhood.

Community groups welcomed the change but said the city should make sure residents without internet access were not left behind. "A lot of our seniors do not use apps," said Maria Velasquez of the Eastside Neighborhood Association. "The phone line has to keep working just as well."

The city spent about $1.2 million developing the website and app. Similar systems have been adopted in cities including Boston and London.

To report a problem, residents are asked to include a photo and a precise location. The city warns that reports of emergencies, such as downed power lines or gas leaks, should still be made by calling 911.
""", clean=True)

art("Gadget Ledger", "Review: Pixel 9a vs Galaxy A55 – which mid-range phone should you buy?", """
Mid-range phones have never been better, and two of the strongest options this year are Google's Pixel 9a and Samsung's Galaxy A55 5G. Both cost around $499, both have excellent screens and both promise years of software updates. So which one should you buy?

Design and display

The Galaxy A55 has a metal frame and a 6.6-inch Super AMOLED screen with a 120Hz refresh rate. The Pixel 9a is slightly smaller, with a 6.3-inch OLED display that is brighter outdoors, reaching up to 2,700 nits in our tests.

Performance

The Pixel 9a uses Google's Tensor G4 chip, the same one found in the more expensive Pixel 9 Pro. The A55 runs Samsung's Exynos 1480. In everyday use, both feel fast, but the Pixel handled games and photo editing more smoothly.

Cameras

This is where the Pixel 9a wins. Its 48-megapixel main camera produced more natural colours and better low-light shots. The A55 has an extra 5-megapixel macro lens, but we rarely used it.

Battery life

The A55's 5,000mAh battery lasted about a day and a half in our tests. The Pixel 9a, with a 5,100mAh battery, did slightly better, and it supports 7.5W wireless charging, which the Samsung lacks.

Software

Google promises seven years of Android and security updates for the Pixel 9a. Samsung offers four Android upgrades and five years of security patches for the A55. If you plan to keep your phone for a long time, that matters.

Verdict

Buy the Pixel 9a if you care most about the camera and long-term updates. Choose the Galaxy A55 if you want a larger screen, expandable storage via microSD and a more premium feel in the hand.

Either way, you are getting a lot of phone for the money. And if you can wait, both are often discounted by $50 to $100 during sales events.
""", clean=True)

art("Valley Live", "LIVE: Valley Marathon 2024 - results and reaction", """
Thousands of runners are taking part in the Valley Marathon today, with the elite race starting at 9am and the mass start at 9.30am. Stay with us for updates throughout the morning.

12:15
That's all from us. Congratulations to everyone who took part, and thanks for following our live coverage. Full results are available on the race website.

12:02
The last of the official pacers, the 4hr 30min group, has just crossed the line to a huge cheer. Organisers say a record 6,412 runners started this year's race.

11:40
We have just spoken to the women's winner, Sarah Pugh, 31, a physiotherapist from Cardiff. She finished in 2:38:17, a new course record.

"I can't believe it," she said. "I went out too fast and I thought I'd blown it at mile 20. My husband was shouting at me from the bridge, and that got me through."

Her husband, Gareth, said he had lost his voice. "I've never shouted so much in my life," he said. "She's been training at 5am for months. She deserves every second of this."

11:05
Men's result:
1. Tomos Evans (Swansea Harriers) 2:19:44
2. Daniel Okafor (Bristol AC) 2:21:02
3. Rhys Morgan (Valley Striders) 2:22:30

10:48
Tomos Evans wins the men's race! The 27-year-old teacher broke away at Heol Fach and was never caught.

10:20
St John Ambulance says it has treated around 30 runners so far, mostly for blisters and cramp. Conditions are cool and dry, which should help.

09:30
And they're off! The mass start is under way on Castle Street. Good luck to everyone running.

09:00
The elite race has started. Defending champion Rhys Morgan is among the favourites in the men's race.
""", clean=True)
art("Heartland Courier", "Retired couple who played same numbers for 30 years win $2.1 million jackpot", """
A retired couple from Oakton who played the same lottery numbers every week for three decades have won a $2.1 million jackpot, state lottery officials said Monday.

Ron and Debbie Halvorsen, both 68, matched all six numbers in Saturday's drawing with a ticket bought at the Quick Stop on Main Street. The numbers, 4, 11, 19, 23, 37 and 42, are a combination of their children's and grandchildren's birthdays.

"I checked the ticket on my phone on Sunday morning and I just sat down on the kitchen floor," Debbie Halvorsen said. "I didn't say anything. I just handed him the phone."

"And I said, 'That can't be right,'" her husband added. "So we checked it again. And again. I think we checked it about twenty times before we believed it."

The couple, who met in high school and have been married for 46 years, chose the lump-sum option and will receive about $1.05 million after taxes.

Asked what they planned to do with the money, they gave slightly different answers.

"Pay off the house, help the kids, and maybe a trip to Norway to see where my grandfather came from," Ron said.

"A new dishwasher," Debbie said, laughing. "And then Norway."

Ron worked for 35 years as a mechanic at the county road department, and Debbie was a school secretary at Oakton Elementary. They have three children and seven grandchildren.

The Quick Stop will receive a $10,000 bonus for selling the winning ticket. Store manager Amit Shah said the couple had been regular customers for as long as he had worked there. "They always buy the ticket on Thursday, always the same numbers, always with a coffee," he said. "I'm so happy for them."

Lottery officials reminded players to sign the back of their tickets and to keep them in a safe place. Winners have 180 days to claim prizes.

The couple said they would keep playing the same numbers. "Why would we change now?" Debbie said.
""", clean=True)

art("Health Tech Today", "Period-tracking app Cyclia to store data only on users' phones", """
Cyclia, one of the most popular period-tracking apps, said on Wednesday that it would stop storing users' health data on its servers and keep it only on their phones, responding to concerns that such data could be used in legal cases.

The Berlin-based company, which says it has about 12 million monthly users, will roll out the change in an update next month. Users who want to back up their data will be able to do so with end-to-end encryption, meaning the company itself will not be able to read it.

"Our users trust us with some of the most intimate information about their lives," chief executive Hanna Becker said in a statement. "We want to be able to say truthfully that even if someone asks us for that data, we don't have it."

Privacy advocates have warned that data from fertility and period-tracking apps, such as the dates of a user's periods, could be requested by police or prosecutors in places where abortion is restricted.

The company's announcement follows a report by the Mozilla Foundation's "Privacy Not Included" project, which reviewed 25 reproductive health apps and found that many shared data with advertisers or did not clearly explain how it was used.

Security researcher Dr Amelia Grant said moving data onto the device was a meaningful step but not a complete solution. "If someone has access to your unlocked phone, they have access to the app," she said. "Use a passcode, and think about who can pick up your device."

Cyclia said it would also remove third-party analytics tools from the app and publish an annual transparency report listing any requests for user data it receives from authorities.

Users do not need to do anything to benefit from the change. Those who currently use Cyclia's cloud sync will be asked to choose whether to enable encrypted backup or to keep their data only on their phone when they install the update.

The app is free to download, with a premium subscription costing €4.99 a month.
""", clean=True)

art("Capital Markets Today", "easyJet, eBay and adidas lead gains as European stocks rally", """
European shares closed at a record high on Friday, led by strong gains for easyJet and sportswear maker adidas after a string of upbeat company results, while eBay's figures lifted online retailers.

The pan-European STOXX 600 index rose 1.1% to 521.4 points, its highest close ever. Germany's DAX gained 1.3% and London's FTSE 100 added 0.8%.

Shares in easyJet jumped 9% after the budget airline said bookings for the summer were ahead of last year and raised its profit forecast. Chief executive Kenton Jarvis said demand for package holidays through easyJet holidays had been "exceptionally strong".

adidas shares rose 6% after the company reported better-than-expected sales of its Samba and Gazelle trainers. The company, which writes its name with a lowercase "a", said revenue rose 11% in the quarter on a currency-neutral basis.

In the technology sector, SAP gained 2% and ASML rose 1.5%. The Dutch chip equipment maker's shares have been volatile this year amid uncertainty over U.S. export restrictions.

Online marketplaces were also in demand. Zalando rose 4% and Allegro gained 3% after U.S.-based eBay reported a rise in gross merchandise volume, helped by its focus on collectibles and refurbished goods.

Among the losers, Swiss bank UBS fell 2.4% after analysts at JPMorgan cut their rating on the stock to "neutral" from "overweight", citing capital requirements.

Investors were also encouraged by data showing euro zone inflation slowed to 2.2% in April, raising hopes that the European Central Bank will cut interest rates again in June.

"The earnings season has been much better than feared," said Sophie Lund, a strategist at Nordhavn Capital in Copenhagen. "Companies are showing they can protect margins even with a weaker consumer."

On Monday, investors will focus on results from HSBC, Ryanair and BioNTech, as well as purchasing managers' index data for the euro zone and the U.S.
""", clean=True)

art("Global Health Bulletin", "U.N. report: 2.2 bn people still lack safe drinking water", """
GENEVA - About 2.2 billion people, i.e. roughly one in four people worldwide, still lack access to safely managed drinking water, according to a report published on Thursday by UNICEF and the World Health Organization (WHO).

The report, by the agencies' Joint Monitoring Programme (JMP), found that progress since 2015 had been too slow to meet the U.N. Sustainable Development Goal (SDG) of universal access by 2030. At the current rate, the goal would not be reached until the 2050s, the authors said.

"Safe water is not a luxury. It is the foundation of health, education and dignity," said Dr Maria Neira, director of environment and health at the WHO.

The report defines "safely managed" water as water from a source on the premises, available when needed and free from contamination, e.g. a piped supply tested regularly for bacteria. Some 115 million people still collect drinking water directly from rivers, lakes or ponds.

Sanitation lags even further behind. Approx. 3.5 bn people lack safely managed sanitation, and 419 m still practise open defecation, the report said.

The gaps are largest in sub-Saharan Africa, where fewer than one in three people have safely managed drinking water, and in fragile and conflict-affected states.

Women and girls bear the brunt of the problem. In about seven out of ten households without water on the premises, they are mainly responsible for collecting it, often spending hours a day on the task.

UNICEF's director of programmes, Sanjay Wijesekera, said governments needed to quadruple current rates of progress. "We know what works: investment, good regulation, and services that reach the poorest first," he said.

The report was released ahead of the U.N. Water Conference, to be held in the U.A.E. and Senegal in December. Its findings are based on data from national surveys and censuses in more than 150 countries.
""", clean=True)
art("Meridian Wire", "Former energy executive jailed for 7 years over market manipulation", """
LONDON, Nov 14 (Meridian Wire) - A former senior trader at energy company Brightwater Power was jailed for seven years on Thursday for manipulating wholesale electricity prices during the 2022 energy crisis, in the first criminal case of its kind in Britain.

Jonathan Pryce, 49, was convicted last month at Southwark Crown Court of two counts of market manipulation after a 10-week trial. Prosecutors said he placed and cancelled large orders to create a false impression of demand, pushing up prices at times when his company was selling power.

Judge Deborah Lane said Pryce had acted "out of greed, at a time when millions of households were struggling to heat their homes".

"You knew exactly what you were doing, and you knew that it was wrong," she told him. "The cost of your conduct was ultimately borne by ordinary consumers."

The energy regulator, which brought the prosecution, said Pryce's trading had increased costs for other market participants by an estimated £4.3 million over six months.

Pryce, who denied the charges, showed no emotion as the sentence was read. His barrister, Nicholas Ward KC, said he intended to appeal. Ward told the court his client had been "a respected professional for 25 years" and had not personally profited beyond his bonus.

Brightwater Power, which co-operated with the investigation, was not charged. The company said in a statement that it had "zero tolerance" for misconduct and had strengthened its compliance systems.

The regulator's director of enforcement, Cathryn Scott, said the case sent a clear message to the industry. "Energy markets must be fair and transparent. Those who cheat them can expect to face the full force of the law," she said.

Pryce was also disqualified from acting as a company director for 10 years. A confiscation hearing is scheduled for next spring.

(Reporting by Sarah Fielding; Editing by Mark Heinrich)
""", clean=True)

art("Bundesliga Weekly", "Köln sign Danish midfielder: 'Ich will hier Geschichte schreiben'", """
1. FC Köln have signed Danish midfielder Mikkel Sørensen from Brøndby on a four-year contract, the club announced on Tuesday, in a deal reported to be worth around €6 million.

The 22-year-old, who has made three appearances for Denmark, was one of the standout players in the Danish Superliga last season, scoring nine goals and providing seven assists from central midfield.

Sørensen, who learned German during a youth loan spell at Hamburg, addressed the club's fans in German at his presentation. "Ich will hier Geschichte schreiben," he said. "I want to write history here." He added that the atmosphere at the RheinEnergieStadion had been a big reason for his decision.

Köln's sporting director, Christian Keller, described Sørensen as "a modern midfielder who can defend, press and score". "We followed him for more than a year. He fits exactly the way we want to play," Keller said.

Head coach Gerhard Struber said the new signing would need time to adapt. "The Bundesliga is faster and more physical than Denmark. But he has the mentality, and he is hungry," Struber said.

Brøndby's director of football, Carsten V. Jensen, said the Danish club had been reluctant to sell but could not stand in the player's way. "Mikkel is a Brøndby boy, and we are proud that he takes the next step," he said.

Köln, who returned to the Bundesliga this season after one year in the second division, have made a mixed start and are 12th in the table after eight matches. Midfield has been a problem area, with captain Florian Kainz missing several weeks through injury.

Sørensen will wear the number 8 shirt. He could make his debut in Saturday's home match against Werder Bremen, subject to international clearance.

The transfer is Köln's third signing of the window, after defender Luca Waldschmidt and goalkeeper Jonas Urbig returned from loans.
""", clean=True)

art("ConsumerWise", "How to spot a parcel delivery scam text", """
Scam text messages pretending to be from delivery companies are now the most common type of fraud reported to consumer groups, with thousands of people losing money every month. Here is how to recognise them and what you should do if you receive one.

What do the messages look like?

Typically you will receive a text saying that a parcel could not be delivered and that you need to pay a small fee, such as £1.45, to rearrange delivery. The message includes a link to a website that looks like the real courier's.

Why is the fee so small?

The fee is not the point. The fraudsters want your card details. Once you enter them, they can use them for larger purchases or call you pretending to be from your bank.

How can you tell it is fake?

- Check the sender. Genuine couriers usually send messages from a name, not a random mobile number.
- Look at the link. Scam sites often use addresses like "royalmail-redelivery-uk.com" rather than the company's official website.
- Ask yourself whether you are expecting a parcel. Even if you are, do not click the link.
- Watch for pressure. Messages that say you must act "within 24 hours" are a red flag.

What should you do?

Do not click the link or reply. Forward the text to 7726, a free service that helps mobile networks block scam numbers. Then delete it.

If you want to check a delivery, go directly to the courier's official website or app by typing the address yourself.

What if you have already entered your details?

Call your bank immediately using the number on the back of your card. Tell them what happened and ask them to block the card. Report the scam to Action Fraud.

"People feel embarrassed, but these scams are very sophisticated," said Lisa Webb, a consumer rights expert at the charity Which?. "The sooner you act, the better the chance of getting your money back."
""", clean=True)
art("The Lowland Ledger", "Review: 'The Lighthouse Keepers' at the Royal Lyceum", """
Three men. One lighthouse. Eight weeks of winter. And a supply boat that never comes.

The premise of Catriona Fenwick's new play, which opened at the Royal Lyceum on Friday, is simple enough. The execution is anything but. Over two tense hours, Fenwick turns a story inspired by the real disappearance of the Flannan Isles keepers in 1900 into something stranger and more unsettling: a study of three men who slowly stop believing in the world beyond their rock.

The staging is superb. Designer Mark Howe's set, a spiral staircase rising into darkness, rotates between scenes so that we see the tower from inside and out. The sound of the sea is almost constant, sometimes a lullaby, sometimes a roar.

Ewan Stewart is magnificent as Ducat, the principal keeper, a stubborn, religious man who keeps a meticulous log even as everything else falls apart. "Write it down," he tells the youngest keeper in the first act. "If it is not in the book, it did not happen." By the end, the line has become a threat.

Daniel Cahill, as the young Macarthur, and Tom McGovern, as the sardonic Marshall, are equally strong. A scene in which the three men argue over the last tin of tobacco is both very funny and, in hindsight, chilling.

Not everything works. A subplot involving letters from Ducat's wife feels underdeveloped, and the final ten minutes, which I will not spoil, may frustrate audiences who want answers.

But that is rather the point. Fenwick is not interested in solving the mystery. She is interested in the silence it leaves behind.

Brave, beautifully acted and haunting. Go.

Four stars.

"The Lighthouse Keepers" runs at the Royal Lyceum until March 22. Tickets from £15.
""", clean=True)

art("Northern Science Review", "Deep-sea 'dark oxygen' study sparks debate among oceanographers", """
A study suggesting that metal-rich nodules on the Pacific seabed can produce oxygen without sunlight has drawn sharp criticism from some scientists, who say the measurements may have been caused by air bubbles trapped in the equipment.

The paper, published last year in the journal Nature Geoscience, reported that oxygen levels rose inside sealed chambers placed on the seafloor at a depth of about 4,000 metres in the Clarion-Clipperton Zone, an area between Hawaii and Mexico targeted by deep-sea mining companies.

The authors proposed that the potato-sized nodules, which contain manganese, nickel and cobalt, act like natural batteries, generating an electrical charge of up to 0.95 volts that could split seawater into hydrogen and oxygen. They called the phenomenon "dark oxygen".

If confirmed, the finding would challenge the long-held view that all of Earth's oxygen comes from photosynthesis, and could strengthen the case against mining the nodules.

Critics, including a group of researchers linked to a mining company, have published a rebuttal arguing that the data are better explained by contamination. "Extraordinary claims require extraordinary evidence, and we do not think that bar has been met," one of the co-authors of the rebuttal said.

The study's lead author, Professor Andrew Sweetman of the Scottish Association for Marine Science, said his team had ruled out bubbles and planned new experiments. "We welcome scrutiny. That is how science works," he said.

Independent researchers say more data are needed. Dr Beth Orcutt, a microbiologist at the Bigelow Laboratory for Ocean Sciences in Maine, said the result was "intriguing but not yet proven".

The debate comes as the International Seabed Authority (ISA), meeting in Kingston, Jamaica, continues negotiations on rules for commercial deep-sea mining. More than 30 countries have called for a moratorium until the environmental effects are better understood.

Sweetman's team plans to return to the Pacific next year with new instruments designed to measure oxygen production at temperatures of around 1.5°C and pressures of about 400 times those at the surface.
""", clean=True)

art("Media Watch Weekly", "Why more news sites are asking you to log in before you read", """
If you have noticed more news websites asking you to register or log in before you can read an article, you are not imagining it. Publishers are increasingly putting content behind free registration walls, and the reason has a lot to do with the slow death of the third-party cookie.

For years, advertisers relied on cookies to follow people around the web and show them targeted ads. As browsers have restricted those cookies and privacy laws have tightened, publishers have lost much of that information, and with it some of their advertising income.

A reader who logs in, on the other hand, gives the publisher what the industry calls first-party data: an email address, and often information about which topics they read. Publishers can use that to sell advertising, to send newsletters, and eventually to persuade readers to pay.

"A registered reader is worth several times more to us than an anonymous one," said Karen Liu, chief digital officer at the Metro Daily News, which introduced a registration wall in January. Since then, she said, more than 800,000 readers have created accounts.

Some readers dislike the change. Messages such as "Create a free account to continue reading" and "You have reached your limit of free articles" are among the most common complaints received by reader editors, according to a survey by the Organization of News Ombudsmen.

Media analyst Tom Ellery said publishers needed to be careful not to drive readers away. "If you ask for an email address, give something back: a useful newsletter, fewer ads, saved articles," he said. "Don't just put up a wall."

Privacy advocates also urge readers to check what they are signing up for. Look at the privacy policy, consider using a separate email address for news sites, and unsubscribe from anything you do not read.

For publishers, the bet is that a smaller audience they know is worth more than a larger one they don't. Whether readers agree is another question.
""", clean=True)

# ---------------- build ----------------
KINDS = {"glued", "stray", "break", "fragment", "attribution", "placeholder", "furniture",
         "embed", "foreign", "disclaimer", "broken_paragraph", "duplicated_block"}
MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)

def strip(raw):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()]); n += m.start() - pos
        kind, content = m.group(1), m.group(2)
        assert kind in KINDS, kind
        spans.append({"kind": kind, "start": n, "end": n + len(content), "text": content})
        out.append(content); n += len(content)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]
    return text, spans

def main():
    rows = []
    for a in A:
        text, spans = strip(a["raw"])
        words = len(text.split())
        assert 250 <= words <= 700, (a["title"], words)
        assert "\n\n\n" not in text, a["title"]
        if a["clean"]:
            assert not spans, a["title"]
        else:
            assert 2 <= len(spans) <= 6, (a["title"], len(spans))
        for s in spans:
            if s["kind"] == "duplicated_block":
                first = text.find(s["text"])
                assert first < s["start"], ("dup without original", a["title"])
            if s["kind"] == "broken_paragraph":
                assert "\n\n" in s["text"]
        rows.append(dict(source=a["source"], title=a["title"], text=text, clean=a["clean"], spans=spans, _w=words))
    random.Random(5).shuffle(rows)
    with open("/work/blind5/v5.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            w = r.pop("_w")
            obj = {"id": "v5-%03d" % i, **r}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(s["kind"] for r in rows for s in r["spans"])
    print("articles", len(rows), "damaged", sum(not r["clean"] for r in rows),
          "clean", sum(r["clean"] for r in rows), "spans", sum(c.values()))
    for k in sorted(KINDS):
        print(f"  {k:18s} {c[k]}")
    assert all(c[k] >= 6 for k in KINDS)

if __name__ == "__main__":
    main()
