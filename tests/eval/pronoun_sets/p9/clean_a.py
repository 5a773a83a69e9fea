ARTICLES = [
dict(title="Father and daughter on opposite benches as Lindqvists meet in junior final", text="""
PETERBOROUGH, Ont. — When the Peterborough Petes and the Oshawa Generals face off in Game 1 of the league's eastern final on Friday, the coaches will have more to talk about than line matchups. They will also have to decide who is cooking Sunday dinner.

Gord Lindqvist, 61, is in his ninth season behind the Oshawa bench. His daughter, Emma Lindqvist, 33, became the first woman to serve as an associate coach in the league when Peterborough hired her last summer, and she runs the team's power play.

"I taught her how to skate on the pond behind our house in Lakefield," Gord Lindqvist said. "Now she's trying to beat me with a 1-3-1 she probably learned from watching my tapes."

Emma Lindqvist laughed when the quote was read to her. "He's not wrong about the tapes," she said. "But I've changed a few things. He'll find out on Friday."

Emma played four seasons of university hockey at Cornell and two in the professional women's league before injuries ended her career. She coached at the university level in Minnesota before returning to Ontario. Her father said he had never pushed her toward coaching, though he admitted he was thrilled when she called to tell him about the Peterborough job.

Petes head coach Mike Abernathy said the family connection had never been an issue. "Emma is one of the sharpest hockey minds I've worked with. If anything, she's harder on her dad's team than on anyone else," he said.

The series has split the family. Gord's wife, Linda, says she will wear a neutral grey jersey to every game. Emma's younger brother, Nils, a firefighter in Peterborough, has declared for the Petes.

"Nils has always been a traitor," his father said. "We'll deal with him later."

Generals captain Ryan Castonguay said the players had enjoyed the storyline but were focused on the ice. "Coach doesn't talk about it much. He just wants to win," he said.

The teams split their four regular-season meetings. Game 1 is at 7:05 p.m. at the Peterborough Memorial Centre.
"""),

dict(title="Ekurhuleni nurse acquitted of fraud after magistrate slams investigation", text="""
JOHANNESBURG — A nurse accused of defrauding a provincial hospital of more than R700,000 in overtime claims was acquitted on Wednesday after a magistrate found that the State's case rested on incomplete records and an investigation that "did not meet the most basic standards".

Nokuthula Shabalala, 44, a senior professional nurse at a hospital in Ekurhuleni, was charged in 2021 after an internal audit flagged hundreds of overtime hours she claimed over three years. She pleaded not guilty, saying she had worked every hour she was paid for during the worst months of the Covid-19 pandemic.

Magistrate Johannes Pretorius said the State had relied on electronic clock-in records from a system that the hospital's own IT manager admitted had failed repeatedly during 2020. Handwritten ward registers, which showed Shabalala on duty on most of the disputed nights, had not been examined by investigators until the defence obtained them.

"An accused person is not required to prove her innocence," Pretorius said. "The State must prove its case, and it has not come close."

Shabalala's attorney, Michael Naidoo, said his client had endured three years of suspension without pay and public humiliation. "She was one of the people who kept that ward running when nobody else wanted to be there, and this is how she was thanked," he said outside court.

Shabalala hugged her husband and two teenage sons in the public gallery as the verdict was read. She did not speak to reporters, but Naidoo said she hoped to return to nursing and was considering a civil claim against the department.

The complainant in the matter, the hospital's former chief executive, Dr Rosemary Letsoalo, testified last year that the overtime claims had been "wildly out of line" with those of other staff. Pretorius found her evidence honest but said she had no direct knowledge of the wards on the nights in question.

The Gauteng health department said in a statement that it noted the judgment and would study it before deciding on further steps. A nurses' union representative, Dineo Mathebula, said the case should never have gone to court. "Nurses were heroes in 2020. Now they are treated like criminals," she said.
"""),

dict(title="Q&A: Northern MP Sharon Kakfwi on housing, ice roads and Ottawa's attention span", text="""
OTTAWA — Sharon Kakfwi was elected in a byelection last fall to represent a sprawling northern riding larger than most European countries. She sat down with us in her Parliament Hill office, where a framed photo of a frozen ice road hangs above her desk.

Q: You've been here six months. What has surprised you most?

A: How far away everything feels. I knew it would, but it's different when you're sitting in a committee room and someone is talking about a housing program that assumes there's a lumber yard down the street. In some of my communities, materials come in once a year on a barge.

Q: Housing is your top issue. What do you actually want from the federal government?

A: Money that can be spent on northern timelines. Right now, if a program opens in January and closes in March, we've missed the sealift. I've asked the minister to let communities carry funding over two or three years. He's been open to it. We'll see.

Q: The ice roads are melting earlier every year. Is that a climate story or an infrastructure story?

A: Both. My uncle drove the winter road to our community for thirty years. He says the season used to be ten weeks. Last year it was four. That's fuel, groceries and building supplies that now have to fly in, at five times the price.

Q: Your predecessor, Dan Whitford, held this seat for twelve years. Do you talk?

A: All the time. He calls me about once a week to tell me what I'm doing wrong. He's usually right.

Q: What about your family? You have young kids.

A: Two girls, six and nine. My husband, Peter, is at home with them in Yellowknife. They came to Ottawa for spring break and my youngest asked why Parliament doesn't have a gym. I didn't have a good answer.

Q: What would you say to young women in the North thinking about politics?

A: Do it. Don't wait until you feel ready. My grandmother told me that nobody is ever ready, and she raised eleven children on a trapline, so she would know.
"""),

dict(title="Agulhas II sails for Antarctica with record science team on board", text="""
CAPE TOWN — The polar research vessel SA Agulhas II left Cape Town harbour on Wednesday on her annual voyage to Antarctica, carrying the largest team of scientists she has taken south since entering service in 2012.

The ship, operated on behalf of the Department of Forestry, Fisheries and the Environment, will resupply the SANAE IV research base and deliver a new overwintering team of ten people who will spend 14 months on the ice.

She has been fitted this year with a new sonar array that will allow researchers to map the seafloor in detail along the route. Captain Pieter Engelbrecht, who has commanded the vessel for six seasons, said she handled well in heavy ice and was in excellent condition after a refit in Durban.

"She's a tough old girl, and she's never let us down," Engelbrecht said on the bridge before departure. "The Southern Ocean doesn't forgive mistakes, so we respect it every day."

Among the 98 researchers on board is oceanographer Dr Thandeka Ngubane of the University of Cape Town, who is leading a project to measure how quickly the ocean around Antarctica is absorbing heat and carbon. She said the voyage would deploy 20 floats that drift with the currents and send data by satellite for up to five years.

"We know the Southern Ocean takes up a huge share of the heat humans add to the climate system. What we don't know well enough is how that is changing," Ngubane said.

Her colleague, biologist Dr Werner Brink, will study krill populations along the ice edge. He said krill were at the base of the food chain for penguins, seals and whales, and that warming could shift where they were found.

The overwintering team includes a doctor, two engineers and a meteorologist, Lebohang Sello, who will be the first woman from her home village in the Free State to winter in Antarctica. "My mother thinks I'm mad. She packed me three jerseys," Sello said, laughing.

The voyage is expected to last about ten weeks. The ship will return to Cape Town in late February, before sailing again for Marion Island in April.
"""),

dict(title="Winnipeg artist Rowan Beaulieu fills gallery with 3,000 paper birds", text="""
WINNIPEG — For two years, Rowan Beaulieu folded a paper bird every day. On Friday, all of them will hang from the ceiling of the Winnipeg Art Gallery's largest exhibition room, in a work the artist calls Migration.

Beaulieu, 31, who is non-binary and uses they/them pronouns, began the project during a long recovery from a car accident in 2021. "I couldn't walk properly, I couldn't really work, and folding was something my hands could do," they said. "After a hundred birds, I realized it was a piece."

Each bird is made from a page of a letter, a receipt, a map or a school assignment donated by members of the public. Beaulieu sent out a call on social media and received more than 5,000 pieces of paper from across the Prairies, including love letters, eviction notices and a grandmother's recipe for perogies.

Curator Adaeze Okonkwo said the gallery committed to the show after seeing about 400 of the birds laid out on the floor of Beaulieu's studio in the Exchange District. "They had turned all this ordinary paper into something that felt like weather," she said. "I knew we had to give it room."

Installation took nine days. Technician Graham McIntosh said each bird was hung on fishing line at a slightly different height so that the flock appears to rise toward a skylight. "Every time someone opened the door, they all moved," he said. "It was mesmerizing and also a little bit terrifying."

Among the donors is Louise Chartrand, 84, of St. Boniface, who sent the letters her late husband wrote to her from a logging camp in the 1950s. She said she had been nervous about parting with them but was moved when she saw them folded into wings. "He would have liked that. He always said he wanted to travel," she said.

Beaulieu's parents, both retired teachers in Brandon, will attend the opening. The artist said their mother taught them to fold their first crane at the kitchen table when they were seven.

Migration runs until September. Admission is free on the first Friday of each month.
"""),

dict(title="Stellenbosch couple's garage winery takes top prize in international show", text="""
STELLENBOSCH — Ten years ago, Annemarie and Kobus Hanekom were making wine in the garage of their rented house on the edge of Stellenbosch, using second-hand barrels and a basket press they bought from a retiring farmer in Wellington.

On Thursday, their 2021 Syrah was named the best red wine at a major international wine competition in London, beating entries from more than 40 countries.

"We screamed so loudly that the neighbours came to check on us," Annemarie Hanekom said. "Then Kobus went very quiet and had to sit down."

Her husband, a former agricultural engineer, said he had nearly dissuaded her from entering. "I thought we were too small. Annemarie said, if the wine is good, it doesn't matter how big the cellar is. She was right, as usual," Kobus Hanekom said.

The couple now lease a small cellar on a farm in the Devon Valley and produce about 18,000 bottles a year. Annemarie, who trained as a winemaker at Elsenburg and worked for several large estates, makes the wine. Kobus manages the vineyards they lease and handles the finances.

They source Syrah grapes from a single vineyard in the Bottelary Hills farmed by Sakkie Louw, 72, whose family has worked the land for four generations. Louw said he had been selling his grapes to a cooperative for decades before the Hanekoms knocked on his door. "They were the first people who asked me what I thought of my own grapes," he said.

Wine critic Zanele Mbatha said the award was significant for the whole South African industry. "The big estates get the headlines, but a lot of the most exciting wine in this country is coming from people like the Hanekoms, working on shoestring budgets," she said.

The couple said they would not raise their prices. Their daughter, Lize, 9, has already designed the label for next year's vintage: a drawing of the family dog sitting on a barrel.

"She's our marketing department," her mother said. "She has strong opinions."
"""),

dict(title="Leaders spar over health care in only debate of Manitoba campaign", text="""
WINNIPEG — Manitoba's two main party leaders clashed over hospital wait times, emergency room closures and taxes on Tuesday night in the only televised debate of the provincial election campaign.

Premier Gary Sawchuk, whose Progressive Conservatives are trailing in most polls, repeatedly accused NDP Leader Monique Fontaine of planning tax increases she had not disclosed. Ms. Fontaine said the premier had "closed three rural emergency rooms and then acted surprised when people were angry".

The sharpest exchange came in a segment on health care. "You've had seven years, and the waits are longer than when you started," Ms. Fontaine said. Mr. Sawchuk shot back: "We inherited a system on its knees, and we've hired 1,200 nurses. She wants to talk; I've been doing."

Liberal Leader Priya Dhaliwal, whose party holds two seats, tried to cast herself as the sensible alternative. She said both larger parties had ignored the family doctor shortage and promised to fund 100 new family medicine residency spots. "They've spent this whole evening arguing about the past. I'd like to talk about next year," Ms. Dhaliwal said.

The leaders also disagreed on a proposed gas-tax holiday. Mr. Sawchuk said it would save the average family $400 a year. Ms. Fontaine called it a gimmick, but would not say whether she would cancel it if elected.

Political scientist Andrea Kowalczyk of the University of Manitoba said neither of the two frontrunners delivered a knockout blow. "Sawchuk was more aggressive, which he needed to be. Fontaine was careful, which is what you do when you're ahead," she said.

Among the audience at the debate was Doug Hiebert, a retired farmer from Steinbach, who said he had voted Conservative all his life but was undecided this time. "My wife waited 14 hours in an emergency room last winter," he said. "I want to hear someone take that seriously."

His neighbour, Karen Penner, who came with him, said she had made up her mind. She would not say for whom.

Manitobans vote on Oct. 3.
"""),

dict(title="Gumede and Van der Walt win Comrades as heat takes toll on field", text="""
PIETERMARITZBURG — Siyabonga Gumede and Marelize van der Walt won the men's and women's titles at the Comrades Marathon on Sunday, on a day when temperatures above 28 degrees forced hundreds of runners to abandon the 87-kilometre up run from Durban.

Gumede, a 29-year-old police constable from Ladysmith, crossed the line at the Scottsville Racecourse in 5 hours, 32 minutes, almost four minutes ahead of Zimbabwe's Tendai Moyo. It was his first Comrades victory after finishing third last year.

"I told myself in Drummond that I would only look at my watch after Inchanga," he said. "When I got to Polly Shortts I knew nobody was coming. Then I just enjoyed it."

Van der Walt, 35, a physiotherapist from Bloemfontein, won the women's race in 6 hours, 9 minutes, holding off a late charge from Ethiopia's Alemitu Bekele. She collapsed into the arms of her husband and coach, Riaan van der Walt, moments after finishing.

"I had nothing left for the last ten kilometres. Riaan was shouting at me from the side of the road that she was catching me, and I just kept running," she said. Her husband said he had never seen her suffer so much in a race. "She ran the last stretch on pure stubbornness," he said.

Bekele, running her first Comrades, said she had started too cautiously. "Next year I will be braver," she said through an interpreter.

Race organisers said medical tents treated more than 900 runners, most for dehydration and cramps. Race director Cheryl Winn said extra water points had been added on the hottest sections. "Everybody who finished today should be proud, and everybody who listened to their body and stopped was wise," she said.

Among the 16,000 starters was Sibusiso Ngema, 74, of Pinetown, who completed his 30th Comrades with 40 minutes to spare. His granddaughter, Ayanda, ran the final kilometre alongside him.

"She said she'd carry me if she had to," Ngema said. "I told her I'm not finished yet."
"""),

dict(title="Tribunal finds Ottawa restaurant discriminated against pregnant server", text="""
TORONTO — The Human Rights Tribunal of Ontario has ordered an Ottawa restaurant to pay a former server $28,000 after finding that she was pushed out of her job because she was pregnant.

Kayla Morin, 29, worked at a steakhouse in the ByWard Market for three years before telling her manager in the spring of 2022 that she was expecting her first child. Within a month, her shifts had been cut from five a week to one, and she was told the restaurant was "moving in a different direction" with its weekend staff.

In a decision released this week, adjudicator Elaine Fortier found that Ms. Morin's pregnancy was a factor in the reduction of her hours. "The timing, the absence of any documented performance concerns and the manager's own comments lead me to conclude that the applicant's pregnancy played a role," she wrote.

The tribunal heard that the restaurant's general manager, Trevor Bolduc, told another employee that a pregnant server "can't carry the big trays anyway". Mr. Bolduc testified that the comment was a joke and that the shift changes were due to a slowdown in business. The adjudicator did not accept his explanation, noting that two new servers were hired in the same period.

Ms. Morin was represented by lawyer David Chen of a legal clinic in Ottawa. He said the decision sent a clear message to employers in the hospitality industry. "Pregnancy is not a performance issue. It's a protected ground under the Code," Mr. Chen said.

The restaurant's owner, Sandra Whelan, was represented by her own counsel, Robert Laplante. In a brief statement, Ms. Whelan said she was disappointed and that her business had always treated staff fairly. Mr. Laplante said his client was considering a request for reconsideration.

Ms. Morin, whose daughter is now two, works as a receptionist at a dental clinic. She said she brought the complaint because she did not want other servers to go through the same thing. "I loved that job. I just wanted to keep doing it," she said.

The order also requires the restaurant's managers to complete human rights training within six months.
"""),

dict(title="Ruth Seleka-Naidoo, activist who hid comrades in her Durban home, dies at 89", text="""
DURBAN — Ruth Seleka-Naidoo, a teacher and anti-apartheid activist who sheltered fugitive activists in her home in Clairwood for more than a decade, has died. She was 89.

Her son, Ashwin Naidoo, said she died on Tuesday at a frail care centre in Westville. "My mother was never famous, and she never wanted to be. But she was braver than anybody I have ever known," he said.

Born in Pretoria in 1935 to a Tswana father and a mother of mixed heritage, she trained as a teacher and moved to Durban in the 1950s. There she met Krishna Naidoo, a trade unionist and member of the Natal Indian Congress. Their marriage in 1959 was itself a quiet act of defiance at a time when apartheid laws divided families by race.

In the 1970s and 1980s, the couple's small house became a safe house for activists on the run from the security police. Ashwin, who was a boy at the time, remembers strangers sleeping in the garage and his mother insisting that he never mention them at school.

Krishna Naidoo was detained without trial for eight months in 1976. His wife continued teaching and raising their three children while hiding people in the back room. She was herself detained for three weeks in 1985 but was never charged.

Former activist Phumzile Dlamini, who stayed in the house for several months in 1984, said she owed her life to the Naidoos. "Ruth fed me, clothed me and taught me to play bridge so I wouldn't go mad," she said. "She was completely calm. She would make tea while the police drove past."

After 1994, Seleka-Naidoo returned to teaching and later helped found a literacy programme for older women in the south Durban basin. She declined an invitation to stand for Parliament, saying her work was "in the classroom, not in the talking shop".

Krishna Naidoo died in 2008. She is survived by her son Ashwin, her daughters Priya and Naledi, and seven grandchildren. A memorial service will be held at the Clairwood community hall on Saturday.
"""),

dict(title="Spring housing market heats up as rate cuts lure buyers back", text="""
CALGARY — Home sales in Calgary rose 18 per cent in April compared with a year earlier, as falling interest rates brought first-time buyers back into a market that had been dominated by investors and newcomers from other provinces.

The benchmark price for all home types reached $612,000, up 5 per cent from a year ago, according to figures released Monday by the local real estate board. Detached houses rose faster than condominiums, and the supply of listings remained tight.

Ann-Marie Dubois, chief economist at the board, said buyers who had been sitting on the sidelines for two years were returning now that mortgage rates had come down. "We're seeing people who got pre-approved in 2023, then waited. A lot of them have decided they can't wait any longer," she said.

Realtor Jason Kwan, who works mainly in the city's northeast, said bidding wars were again common for houses priced under $600,000. "I had a listing last weekend with 14 offers. Three of them were from people who had lost out on other houses the week before," he said.

Not everyone is cheering. Affordable housing advocate Margaret Olsen said rising prices were pushing young families further from the city. "Every spring we hear that the market is healthy. Healthy for whom?" she said.

First-time buyers Daniel and Simran Grewal, who closed on a townhouse in Saddle Ridge last week, said they had made offers on five homes before one was accepted. Simran, a pharmacist, said the couple had saved for six years. "We moved back into my parents' basement to put more away," she said. Daniel, a paramedic, said his father-in-law had joked that he would start charging rent. "He was only half joking," he said.

Economist Ravi Menon of a national bank said Calgary remained one of the most affordable large cities in Canada compared with Toronto and Vancouver, which was helping to attract buyers from other provinces. He expected price growth to slow later in the year as more listings came on the market.

The board will release May figures early next month.
"""),

dict(title="Twins share top marks as Eastern Cape school celebrates", text="""
MTHATHA — For Lukhanyo and Lukhanyiso Mafu, everything has been shared: a bedroom, a bicycle, a single scientific calculator. On Friday, the 18-year-old twins from a village outside Mthatha shared something else, after they finished first and second in their school's matric class.

Lukhanyiso, the sister, scored six distinctions, including 98% for mathematics. Her brother, Lukhanyo, scored five, with 96% in physical sciences. Their school, a public high school in the OR Tambo district, achieved an 89% pass rate, its best in more than a decade.

"He beat me in physics, I beat him in maths. We are even," Lukhanyiso said, laughing, as her brother rolled his eyes beside her. "No," he said. "She has one more distinction. She will never let me forget it."

The twins were raised by their grandmother, Nosipho Mafu, 71, after their mother died when they were four. Their grandmother, who sells fruit at a taxi rank in Mthatha, said she had always told them that education was the only inheritance she could give them. "I did not finish school myself. Today I feel like I have matriculated twice," she said.

Their mathematics teacher, Andile Gqeba, said the twins had taken turns to tutor classmates during afternoon study sessions. "Lukhanyiso explains things patiently. Lukhanyo explains them quickly. Between the two of them, the whole class understood," he said.

The principal, Nomvuyo Sigcau, said the school had struggled with teacher shortages and a lack of laboratory equipment, and that the results showed what rural learners could do when they were supported. She thanked a local businessman who paid for extra textbooks and a solar-powered study room.

Lukhanyiso has been accepted to study actuarial science at the University of Cape Town. Her brother wants to study electrical engineering at Wits. It will be the first time the twins have lived apart.

"I'm worried about him. He can't cook," she said. Her brother replied that he had been practising. Their grandmother shook her head. "He can make tea," she said. "That is all."
"""),

dict(title="Victoria crew returns after rounding Cape Horn in 70-year-old wooden ketch", text="""
VICTORIA — After 14 months and roughly 30,000 nautical miles, the wooden ketch Northern Grace slipped back into Victoria's Inner Harbour on Saturday to a crowd of several hundred people, foghorns and a pipe band.

The 17-metre boat, built in a Nova Scotia yard in 1954, is believed to be the oldest Canadian wooden sailing vessel to round Cape Horn under sail. Her skipper, Margaret "Maggie" Holloway, 58, bought her as a near-wreck in 2015 and spent six years restoring her with a group of volunteers.

"People told me she belonged in a museum. I told them she belongs on the ocean," Holloway said as she stepped onto the dock and hugged her partner, Doug Tremaine. "She proved it."

The crew of five included Holloway's nephew, Callum Holloway, 24, a marine engineering student who kept the boat's diesel engine alive through two breakdowns off Chile. "He fixed a fuel pump with a hairpin and a bit of wire. I'm not exaggerating," his aunt said.

The Horn itself was rounded in January in winds gusting to 45 knots. Crew member Priya Sandhu, a nurse from Nanaimo, said it was both the most frightening and the most beautiful day of her life. "The waves were the size of apartment buildings, and then the sun came out, and there were albatrosses everywhere," she said.

Retired naval officer Brian Fairweather, who advised the crew on their route, said the voyage was a remarkable feat of seamanship. "A boat of her age, with that crew, in those waters — it's the kind of thing people used to do and mostly don't anymore," he said.

Northern Grace will be hauled out next month for repairs to her mainmast, which was cracked in a storm near the Falkland Islands. Holloway said she had no immediate plans for another long voyage.

"Doug says if I leave again, he's coming with me," she said. "He gets seasick in the bath, so I think that means we're staying home for a while."
"""),
]
