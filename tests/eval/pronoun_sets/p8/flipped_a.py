ARTICLES = [
dict(title="Mayor Okafor unveils leaner budget as unions warn of job cuts",
person="Denise Okafor", gender="f", text="""
Mayor Denise Okafor presented a $412 million budget to the Harlow City Council on Tuesday, promising to close a projected deficit without raising property taxes for a third consecutive year.

The plan trims spending on parks and road maintenance and delays the opening of a new library branch in the east of the city. Ms. Okafor told councillors that the choices had been painful but unavoidable. "Nobody ran for this office to close libraries," she said. "But I would rather open one late than open one we cannot staff."

Councillor Martin Hale, who chairs the finance committee and has clashed with the mayor over housing policy, said he would scrutinise the assumptions behind the revenue forecast. He questioned whether sales tax receipts would really grow by four per cent, as the budget assumes. Okafor dismissed the concern, saying the figures in ⟦flip:his|her⟧ budget came from the state's own economists.

The city treasurer, Priya Nand, backed the mayor's numbers in a briefing after the meeting. She said the forecast was "deliberately cautious" and that the city had beaten similar estimates in each of the past five years.

Union leaders were less persuaded. Gary Welsh, president of the local branch of the municipal workers' union, said the plan would eliminate 140 positions through attrition and early retirement. "They can call it attrition, but those are jobs that will never come back," he said. Mr. Welsh added that his members had not been consulted.

The mayor said she had met union representatives twice in the past month and would meet them again before the final vote, scheduled for June 12. Asked whether she would consider restoring the library funding, the mayor said ⟦flip:he|she⟧ was open to amendments "as long as they come with a way to pay for them."

Residents of the east side, where the library was to be built, have organised a petition that has gathered more than 3,000 signatures. Its organiser, the retired teacher Lorraine Becker, said she planned to deliver it to City Hall on Friday. "Our children have waited long enough," she said.

The council will hold two public hearings on the budget next week, and Okafor has said she will attend both.
"""),

dict(title="Rovers sack manager Tomas Ibarra after eleven games without a win",
person="Tomas Ibarra", gender="m", text="""
Westbridge Rovers have dismissed their manager, Tomas Ibarra, after a run of eleven league matches without a win left the club one point above the relegation zone.

The club's chairwoman, Helen Marsh, announced the decision on Monday morning, less than 48 hours after a 3-0 home defeat to Carlisle. In a statement, she thanked Ibarra for "his energy and commitment" and said the board had not taken the decision lightly. "Tomas gave everything to this club," Ms. Marsh said. "But results are what they are, and we have a duty to the supporters."

Ibarra, 47, joined Rovers from the Spanish second division two years ago and led them to promotion in ⟦flip:her|his⟧ first season. He was named manager of the month twice during that campaign, and his high-pressing style won admirers well beyond the town.

This season has been harder. Injuries to key defenders and the sale of the striker Kwame Asante in January stripped the squad of experience, and the Spaniard was often forced to field teenagers. Several supporters' groups called for his departure after the Carlisle match, though others defended him on social media.

The captain, Danny Cole, said the dressing room was "gutted". "He's a good man and a good coach," Cole said. "We let him down on the pitch, and that's on us as players."

First-team coach Sophie Grant, who previously managed the club's women's side, will take charge on an interim basis for Saturday's trip to Exeter. Grant, 38, said she had spoken to Ibarra on Monday and that he had wished her luck. "He told me to trust the young lads," she said.

Ms. Marsh said the board hoped to appoint a permanent successor before the end of the month but would not rush. Bookmakers have installed the former Rovers midfielder Neil Sutton as favourite.

Ibarra did not respond to requests for comment. A friend said the former manager planned to return to Valencia to spend time with ⟦flip:her|his⟧ family before considering ⟦flip:her|his⟧ next move.
"""),

dict(title="Heat-resistant coral found off Mozambique could aid reef restoration",
person="Anna Lindqvist", gender="f", text="""
A team of marine biologists has identified a population of coral off the coast of northern Mozambique that appears to survive water temperatures that kill most reef-building species, a finding that could reshape efforts to restore damaged reefs.

The study, published on Wednesday in the journal Marine Ecology Progress, was led by Dr. Anna Lindqvist, a Swedish researcher at the University of Gothenburg who has spent a decade surveying reefs in the western Indian Ocean. She and her colleagues found that colonies of a common branching coral in the Quirimbas archipelago stayed healthy through a 2022 heatwave that bleached reefs across the region.

"We went back expecting to count the dead," Dr. Lindqvist said. "Instead we found colonies that looked as if nothing had happened."

Her co-author, Dr. Rahul Mehta of the University of Cape Town, said genetic tests suggested the corals host an unusual strain of symbiotic algae. He cautioned that the team had not yet shown the trait could be passed on to nursery-grown coral. "It is a promising lead, not a cure," he said.

Lindqvist first noticed the site in 2016, when ⟦flip:he|she⟧ was diving with local fishermen to map fishing grounds. Marie Dubois, a doctoral student in her laboratory who took part in the latest expeditions, said the Swede had insisted on returning every year, even when funding was scarce. "She kept saying that place was different," Ms. Dubois said.

Other scientists welcomed the paper but urged caution. James Porter, a reef ecologist at the University of Georgia who was not involved in the research, said heat tolerance in one location did not guarantee survival elsewhere. "Reefs are not interchangeable," he said. "But this is exactly the kind of population we need to be studying."

The team now plans to transplant fragments to a test site in Tanzania next year. The lead author said ⟦flip:his|her⟧ priority was to work with Mozambican researchers and coastal communities, who depend on the reefs for food and income.

"These reefs belong to the people who live beside them," she said. "Our job is to help them understand what they have."
"""),

dict(title="Harold Jenkins, pianist who shaped Kansas City jazz, dies at 89",
person="Harold Jenkins", gender="m", text="""
Harold Jenkins, a pianist and bandleader whose spare, bluesy style influenced a generation of Kansas City musicians, died on Sunday at his home in Overland Park, Kansas. He was 89.

His daughter, Ellen Jenkins-Ward, said the cause was heart failure.

Born in 1935 in Tulsa, Oklahoma, the son of a railway porter and a church organist, Mr. Jenkins began playing at six, when his mother sat him beside her at the organ bench. By 15 he was playing in roadhouses across the state, often lying about his age to get through the door.

He moved to Kansas City in 1956 and soon became a fixture at the Blue Room, where he led a trio for almost two decades. The singer Ruth Abrams, who performed with him from 1961 until her retirement in 1990, once said that Jenkins "played the notes everybody else was too busy to hear." She credited ⟦flip:her|his⟧ accompaniment with teaching her restraint.

Jenkins recorded only nine albums under his own name, a modest output that he blamed on a dislike of studios. "A record is a photograph," he told an interviewer in 1998. "I'd rather be in the room." Critics nevertheless rank his 1967 album "Late Light on Vine Street" among the finest trio recordings of its era.

In the 1980s he began teaching at a community music school, where his pupils included the saxophonist Marcus Bell and the pianist Dana Whitfield. Ms. Whitfield said on Monday that Jenkins had been "strict about time and generous about everything else." She recalled that ⟦flip:she|he⟧ would refuse payment from students who could not afford lessons.

He married Margaret Cole, a schoolteacher, in 1960. She died in 2015. In addition to his daughter, he is survived by a son, Robert; four grandchildren; and a sister, Lillian Moss.

Ellen Jenkins-Ward said her father kept playing until the last weeks of his life, sitting at an upright piano by the kitchen window each morning. "He said the day didn't start until ⟦flip:she|he⟧ had played something," she said.
"""),

dict(title="Property developer Carla Mendes denies fraud as trial opens",
person="Carla Mendes", gender="f", text="""
The fraud trial of Carla Mendes, the property developer whose company collapsed owing investors more than $60 million, opened in federal court in Newark on Monday with prosecutors accusing her of running "a business built on promises she knew she could not keep."

Ms. Mendes, 52, is charged with wire fraud and conspiracy in connection with the sale of apartments in three New Jersey developments that were never completed. She has pleaded not guilty.

In her opening statement, Assistant U.S. Attorney Joanne Pike told the jury that Mendes had continued taking deposits from buyers for more than a year after her lenders had withdrawn financing. "She used new money to cover old debts," Ms. Pike said. "That is not bad luck. That is fraud."

Mendes's lawyer, Richard Doyle, countered that his client had been a victim of rising interest rates and a construction slowdown, not a schemer. He told jurors that she had put her own home up as collateral in an attempt to save the projects. "You don't mortgage your own house to run a con," Mr. Doyle said.

Mendes, who wore a grey suit, sat beside ⟦flip:his|her⟧ lawyer and took notes throughout the morning. Several former buyers sat in the public gallery.

The government's first witness, Thomas Greer, a retired firefighter, testified that he and his wife had paid a deposit of $85,000 for a two-bedroom apartment in Hoboken in 2021. He said a sales agent had assured them the building would be finished within 18 months. Under cross-examination, Mr. Greer acknowledged that he had never spoken directly to Ms. Mendes.

Judge Lorraine Castillo told jurors the trial could last six weeks. Prosecutors are expected to call a former finance director of the company, Kevin Marsh, who has pleaded guilty to related charges and is cooperating with the government.

Outside court, Doyle said the developer was confident ⟦flip:he|she⟧ would be cleared. "She has waited two years to tell her side of this story," he said.

If convicted, Mendes faces up to 20 years in prison on the most serious count.
"""),

dict(title="Harbor Foods chief Rajesh Kumar to step down after nine years",
person="Rajesh Kumar", gender="m", text="""
Rajesh Kumar, the chief executive of Harbor Foods, will step down at the end of the year after nine years in charge, the company said on Thursday, naming its finance chief, Laura Chen, as his successor.

Mr. Kumar, 61, joined the frozen-food maker in 2009 as head of operations and became chief executive in 2015, when the company was struggling with falling sales and a costly product recall. Under his leadership, annual revenue roughly doubled to $4.8 billion, helped by acquisitions in Canada and Mexico and a push into plant-based meals.

Ms. Chen, 48, has been chief financial officer since 2019 and previously worked at a consumer goods company in Singapore. She will become the first woman to run the company in its 70-year history.

In a call with analysts, Kumar said he had been planning his departure for some time and that the board had been "thorough and patient" in choosing a successor. Asked about Ms. Chen, ⟦flip:she|he⟧ said he could not think of anyone better prepared. "Laura knows every number in this business and most of the people behind them," Kumar said.

Chen said her priorities would include reducing debt and expanding the company's presence in Asia. "Raj has left us in a strong position," she said. "My job is to make sure we use it."

The board's chairwoman, Sandra Whitfield, praised the outgoing chief executive for steering the company through the pandemic, when demand for frozen meals surged and supply chains faltered. She said Kumar would remain as an adviser until the middle of next year.

Shares in Harbor Foods rose 2 percent in morning trading. Analysts at Morgan Stanley described the succession as "orderly and expected."

Some investors had pressed for change after the company missed profit targets in two of the past four quarters. Mark Ellison, a portfolio manager at Ridgeline Capital, which owns about 3 percent of the company, said he welcomed the decision but hoped Chen would move faster on cutting costs.

Kumar, who lives in Chicago with his wife, a paediatrician, said he intended to spend more time with ⟦flip:her|his⟧ grandchildren and on a foundation that supports engineering scholarships in ⟦flip:her|his⟧ native Kerala.
"""),

dict(title="Grace Adebayo wins Harrow Prize for debut novel about Lagos family",
person="Grace Adebayo", gender="f", text="""
Grace Adebayo, a former hospital pharmacist from Leicester, has won the 30,000-pound Harrow Prize for fiction with her first novel, "The Weight of Rain", beating four better-known writers including last year's Booker finalist Simon Achterberg.

The chair of the judges, the critic Peter Lyle, called the book "a quiet masterpiece" about three generations of a Lagos family. He said the panel had reached its decision unanimously after less than an hour. "We kept coming back to it," Mr. Lyle said. "Every one of us had read it twice."

Adebayo, 44, wrote the novel over seven years, mostly between night shifts at the Leicester Royal Infirmary. She has said that she began writing after the death of her grandmother, whose stories of growing up in Yaba during the 1950s form the backbone of the book.

Speaking at the ceremony in London on Tuesday evening, the author thanked ⟦flip:his|her⟧ mother, who was in the audience, and ⟦flip:his|her⟧ editor, Tom Finch, who found the manuscript in a pile of unsolicited submissions. "Tom read the first page on a train and rang me from the platform," she said. "I thought it was a prank."

Finch, who runs a small independent press in Norwich, said he had printed only 2,000 copies of the first edition. A reprint of 40,000 was ordered within hours of the announcement.

Adebayo grew up in Leicester, the youngest of four children of Nigerian parents who ran a grocery shop. Her father wanted ⟦flip:him|her⟧ to become a doctor; the compromise, she jokes, was pharmacy. She left the hospital last year but still volunteers at a community clinic on Saturdays.

The other shortlisted writers included the poet Aisha Rahman, whose novel in verse had been the bookmakers' favourite. Ms. Rahman said she was "thrilled" for Adebayo and had already sent her flowers.

Adebayo is working on a second novel, set in a Leicester pharmacy. She said winning the prize would not change her routine. "I still write at the kitchen table," she said. "The difference is that now the kettle is paid for."
"""),

dict(title="Farmer fights flood plan that would turn his fields into a lake",
person="Owen Pritchard", gender="m", text="""
A farmer in the Conwy valley has vowed to fight plans by Natural Resources Wales to deliberately flood part of his land during heavy storms in order to protect homes downstream.

Owen Pritchard, whose family has farmed at Tyddyn Isaf for four generations, said the scheme would leave about 40 acres of grazing under water for weeks at a time and could make the farm unviable. "They are asking me to sacrifice my living so that the problem goes somewhere else," Mr. Pritchard said. "Nobody has explained why it has to be my fields."

The proposal, which is out for public consultation until the end of March, would create a storage area behind a new embankment on the river. Karen Blake, the agency's flood risk manager for the area, said the site had been chosen because it was the only stretch of flat ground large enough to make a difference. She said Mr. Pritchard would be compensated and that the agency was keen to reach an agreement. "We understand how difficult this is for him and his family," Ms. Blake said.

The town of Llanrwst has flooded three times in the past decade, most recently in 2020, when more than 60 homes were damaged. Shopkeeper Sian Evans, whose cafe was flooded to the ceiling, said she sympathised with the farmer but supported the plan. "I've mopped out this place too many times," she said.

Pritchard's wife, Gwen, who keeps the farm's accounts, said the compensation offered so far would not cover the cost of buying extra winter feed. She said the couple had been offered a meeting with the agency next month.

Their neighbour, Rhys Morgan, who farms on the opposite bank, said he had been approached about a similar scheme five years ago and had turned it down. He said he would support Pritchard "all the way".

Pritchard, 58, said he had nothing against the people of Llanrwst and that ⟦flip:her|his⟧ own sister lived in the town. But he said the agency should look at planting trees and restoring peat bogs higher up the valley before turning to farmland.

The consultation documents are available at the town library and on the agency's website.
"""),

dict(title="Arctic fisheries talks end without deal as ministers trade blame",
person="Ingrid Vaske", gender="f", text="""
Two days of talks between Norway and Iceland over fishing quotas in the North Atlantic ended without agreement on Wednesday, with both governments accusing the other of refusing to compromise.

Norway's fisheries minister, Ingrid Vaske, said Iceland's demand for a larger share of the mackerel catch was "not grounded in science". Speaking to reporters in Tromso after the final session, she said her government had offered to extend the current arrangement by two years while scientists reassessed stock levels. "We came with an open hand," Ms. Vaske said. "We are leaving with it empty."

Her Icelandic counterpart, Gunnar Thorsson, told a separate news conference that Norway had ignored evidence that mackerel were migrating further north and west as the ocean warmed. "The fish have moved," he said. "The quotas must move with them."

The dispute matters to coastal communities in both countries. Helga Nilsen, who chairs the Norwegian fishermen's association, said her members were already facing higher fuel costs and could not absorb a cut in their share. She praised the minister for standing firm but urged ⟦flip:him|her⟧ to keep talking.

Vaske, a former marine scientist who entered politics in 2017, has built ⟦flip:his|her⟧ reputation on what she calls evidence-based fisheries management. Critics in the opposition say she has been too willing to accommodate the European Union. Per Haugland, the fisheries spokesman for the Progress Party, said on Wednesday that the minister should have walked out on the first day.

The European Commission, which negotiates on behalf of EU members, was represented at the talks as an observer. A spokeswoman, Claire Dupont, said the Commission regretted the lack of agreement and hoped the parties would return to the table before the spring fishing season.

Officials from both countries said a further round of talks could take place in Reykjavik in February. Vaske said she was willing to travel "anywhere, at any time" if Iceland was prepared to negotiate. Thorsson said only that his door remained open.

Scientists at the International Council for the Exploration of the Sea are due to publish updated stock assessments in the autumn.
"""),

dict(title="After two decades abroad, chef Marco Bellini brings his grandmother's cooking home",
person="Marco Bellini", gender="m", text="""
When Marco Bellini left Bologna at 19 with a one-way ticket to London, he promised his grandmother he would come back when he had learned "how the rest of the world eats". Twenty-two years, three restaurants and a Michelin star later, he has kept his word.

Bellini, 41, opened Nonna Lia this month in a former bookbinder's workshop near the university quarter, a 40-seat restaurant devoted almost entirely to the dishes his grandmother, Ottavia Bellini, cooked for the family on Sundays. The menu changes daily and is written by hand.

"In London I cooked to impress people," the chef said over coffee in the empty dining room one morning last week. "Here I want to cook the way she cooked for us. Nobody at her table was trying to impress anyone."

His business partner, Julia Romano, who ran front of house at his London restaurant, Corte, for eight years, moved to Bologna with him. She said the decision to leave London had been harder for her than for him. "Marco had a reason to come home," Ms. Romano said. "I had to find one." She found it, she says, in the city's markets.

Bellini's sister, Chiara, a schoolteacher, helps in the kitchen at weekends. She said her brother had barely changed since childhood, when ⟦flip:she|he⟧ would stand on a chair to watch their grandmother roll pasta. "He asked questions all the time," she said. "She pretended to be annoyed."

Not everyone has been won over. The food critic Stefano Ferri, writing in a local newspaper, praised the tagliatelle but found the prices "ambitious for a trattoria". Bellini shrugged when asked about the review. The chef said ⟦flip:she|he⟧ paid farmers more than most restaurants in the city and would not apologise for it.

His grandmother did not live to see the restaurant open; she died in 2021, at 96. A photograph of her hangs above the pass, and the chef says he still talks to it during service.

"Sometimes she tells me the sauce needs salt," he said, smiling. "She is usually right."
"""),

dict(title="Petrova rallies to beat Ruiz and reach first Grand Slam final",
person="Elena Petrova", gender="f", text="""
Elena Petrova came back from a set down to beat Sofia Ruiz 4-6, 6-3, 7-5 on Thursday and reach the final of the Australian Open, the first Grand Slam final of her career.

The 22-year-old Bulgarian, seeded 14th, saved two break points at 5-5 in the deciding set before breaking Ruiz's serve in the next game with a forehand winner down the line. She served out the match to love and dropped to her knees on the baseline.

"I don't really know what happened in the last three games," Petrova said in her on-court interview. "I just told myself to keep swinging."

Ruiz, the third seed from Spain, had dominated the first set and appeared to be heading for her second final in Melbourne. She said afterwards that she had felt pain in her right shoulder from the middle of the second set but refused to use it as an excuse. "She played better when it mattered," Ruiz said. "That's tennis."

Petrova was coached by her father, Dimitar, until she was 16, when she moved to a training academy in Barcelona. Her current coach, the Briton Mark Davies, said she had transformed her fitness over the past year. "Two years ago she would have lost that match in the third set," Davies said. "Now she is the one who gets stronger." He added that ⟦flip:his|her⟧ forehand was "the best in the women's game when it's firing."

Her opponent in Saturday's final will be the world No. 1, Naomi Clarke of the United States, who beat Petrova in straight sets in their only previous meeting, in Cincinnati last summer. Clarke, who has won four Grand Slam titles, said she expected a difficult match. "She hits the ball as hard as anyone on tour," Clarke said.

Asked how she would celebrate, the Bulgarian said ⟦flip:he|she⟧ planned to call her grandmother in Plovdiv, who had stayed up until four in the morning to watch. "She will tell me I should have won the first set," Petrova said.

Prize money for the runner-up is about $1.1 million.
"""),

dict(title="Hospital trial gets hip patients walking on day of surgery",
person="Samuel Osei", gender="m", text="""
A pilot programme at Riverside General Hospital that gets patients out of bed within hours of hip replacement surgery has cut the average hospital stay by almost two days, according to results presented to the hospital's board on Monday.

The programme was designed by Dr. Samuel Osei, an orthopaedic surgeon who became the hospital's medical director last year. He said the results, drawn from 420 patients treated over 18 months, showed that early movement reduced complications such as blood clots and pneumonia, as well as freeing up beds. "Bed rest used to be the treatment," Dr. Osei said. "For most of these patients, it turns out to be the problem."

Under the scheme, physiotherapists help patients stand and walk a few steps on the day of surgery, and nurses follow a checklist designed to manage pain without heavy sedation. Linda Hart, the senior nurse who oversees the orthopaedic ward, said staff had been sceptical at first. "Some of us thought it was cruel to get people up so soon," she said. "Then we saw how quickly they went home."

One patient, Mary Quinn, 74, a retired postal worker, walked to the ward door the evening after her operation and went home two days later. She said she had been nervous but was glad she had been pushed. "My husband stayed in bed for a week after his," she said. "I was doing the shopping by Friday."

The board's chair, Patricia Vaughan, said the hospital would extend the programme to knee replacements in the spring. She said the savings, estimated at 600,000 pounds a year, would be reinvested in the orthopaedic department.

Not everyone is convinced the approach suits all patients. Dr. Helen Fraser, a consultant geriatrician at the hospital, said frail patients with dementia needed a more flexible plan, and urged that they not be rushed home before support was in place. Osei said ⟦flip:she|he⟧ agreed and that the checklist already allowed staff to make exceptions.

The surgeon, who trained in Kumasi and London, said he hoped to publish the full results later this year.
"""),
]
