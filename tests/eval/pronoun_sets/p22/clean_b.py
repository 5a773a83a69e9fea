ARTICLES = [

dict(title="Dr Tom Gallagher, Achill's doctor for four decades, dies at 91", text="""
Dr Tom Gallagher, who was the only general practitioner on Achill Island for most of forty years and delivered, by his own count, more than six hundred of its children, has died at his home in Keel. He was 91.

Born in Castlebar in 1933, Gallagher qualified at University College Galway in 1957 and arrived on Achill in 1961 as a locum for a fortnight. He stayed until 2001. For much of that time he was on call every night, and islanders recall him driving to house calls through winter storms in a Morris Minor held together, one neighbour said, "by rope and prayer".

His wife, Kathleen, a nurse he met at the Mayo County Hospital, ran the surgery, kept the accounts and, on many nights, assisted at births on remote farms. She died in 2016. Their daughter, Dr Sorcha Gallagher, now a GP in Westport, said her parents had been "a team of two doing the work of ten".

"Dad was the doctor, but Mam was the one who knew everybody's business, and that was half the medicine," she said. "He used to say she diagnosed more than he did."

Mary Lavelle, who was born in 1968 in a cottage in Dooagh during a snowstorm, said Gallagher had arrived on foot after his car got stuck. "My mother always said he came in white from head to toe, like a ghost, and had me delivered before he took his coat off," she said.

The island's current GP, Dr Michael Kilbane, said his predecessor had set a standard nobody could match. He said Gallagher had continued to visit elderly patients socially long after he retired. "He'd call in for tea and, while he was there, he'd just happen to check your ankles," Kilbane said.

Gallagher was a fluent Irish speaker and a keen angler, and for many years sang bass in the church choir at Achill Sound. The parish priest, Fr Joseph Chambers, said the choir had kept his seat empty since he last sang at Christmas.

He is survived by Sorcha, his sons Brian and Cathal, his sister, Sister Bernadette Gallagher of the Mercy order, and eleven grandchildren. His funeral Mass will take place at the Church of the Holy Rosary, Keel, on Saturday.
"""),

dict(title="Former bookkeeper avoids jail over theft from Ennis law firm", text="""
A former bookkeeper who stole €61,000 from the Ennis solicitors' firm where she worked for twelve years has been given a two-year suspended sentence after the court heard she had repaid the money in full.

Gillian Moynihan, 48, of Clonroad, Ennis, pleaded guilty at Ennis Circuit Court to 19 counts of theft between 2019 and 2021. The court heard that she diverted client funds into her own account to cover debts that had built up after her marriage broke down.

Garda Brendan Toomey told the court that the firm's senior partner, Mr Liam Considine, discovered discrepancies during an audit and reported the matter. He said Ms Moynihan made full admissions when interviewed and told gardaí she had intended to pay every cent back.

In a victim impact statement, Mr Considine said he had trusted Ms Moynihan completely. "She was part of the family of this firm. I attended her daughter's christening," he said. He said the theft had damaged the firm's reputation with several long-standing clients, although none had ultimately lost money.

Defence counsel Sarah Geoghegan BL said her client had sold her car and borrowed from her brother to repay the full sum before the case came to court. She said Ms Moynihan was the sole carer for two teenage children and had since found work in a supermarket. "She has lost her career, her standing and many of her friends. She will carry this for the rest of her life," counsel said.

Judge Patrick Quinn said the offences were a serious breach of trust. He said he had taken into account the full repayment, the early guilty plea and the fact that she had no previous convictions. He said he was also satisfied, having read a probation report, that she was at low risk of reoffending.

He imposed a two-year sentence, suspended in full on condition that she keep the peace and remain under the supervision of the Probation Service for eighteen months.

Ms Moynihan wept as the sentence was read. Her brother, Declan Moynihan, who was in court, put his arm around her as they left. He declined to comment to reporters. Mr Considine said afterwards that he was satisfied the matter was closed and wished her well.
"""),

dict(title="Porirua council splits over pool closure as mayor casts deciding vote", text="""
Porirua City Council has voted to close the ageing Cannons Creek pool for two years while a replacement is built, after Mayor Anthony Leota used his casting vote to break a 5-5 tie on Thursday.

The pool, opened in 1974, has failed two recent structural assessments. Officers recommended closing it immediately and building a new aquatic centre on the same site at a cost of $38 million.

Councillor Mele Fa'asavalu, who represents the eastern ward, led opposition to the closure. She said the pool was the only place many local children learned to swim. "In this ward we have drowning rates above the national average. You do not take away a pool for two years and call it progress," she said.

Councillor Graham Pyne said he sympathised but that the engineering reports left the council no choice. "If a roof beam comes down on a swimming lesson, nobody will remember the vote. They'll remember the funeral," he said.

Fa'asavalu replied that the council had known about the building's condition for a decade. She said she wanted a temporary pool on the site while construction went ahead.

Pyne said a temporary pool would cost $4 million that the council did not have. He said he would support free bus transport to the Arena Aquatic Centre instead.

Councillor Josie Whakataka said she had grown up swimming at Cannons Creek and had voted with a heavy heart. "My nana taught me in that pool. I want my kids to learn in a better one," she said.

Leota said the decision had been the hardest of his term. He said he had cast his vote for closure only after officers confirmed that the free bus service would start on the day the pool closed. "I'm not going to pretend this is painless. It isn't," he said.

Local swimming coach Nathan Su'esu'e said he feared the closure would undo years of work. He said his club would run lessons at the Arena but that many families would not travel. Parent Anahera Hona, who attended with her two sons, said she would try the bus but was not optimistic.

Fa'asavalu said she would keep pushing for the temporary pool. Leota said he would meet her and the community board next week.
"""),

dict(title="Mixed doubles pair reach final in Auckland after marathon semi", text="""
New Zealand's top mixed doubles badminton pairing, Liam Fong and Ella Tawhiri, reached the final of the Oceania Championships in Auckland on Saturday after beating the Australian second seeds in a semi-final that lasted 84 minutes.

Fong and Tawhiri won 19-21, 23-21, 22-20, saving two match points in the second game. The Australians, Josh Keating and Mia Ling, had led 20-18 before a run of four straight points turned the match.

"I thought we were gone," Tawhiri said. "Liam looked at me and said, 'One at a time.' That's all he said, for about ten minutes."

"I was scared too," Fong said. "I just hid it better."

"He did not hide it better," Tawhiri said. "His hands were shaking on the serve."

The pair, both from Wellington, have played together since they were fifteen. Fong, 24, is an engineering graduate who works part time for a consultancy. Tawhiri, 23, is completing a teaching degree. She said finding time to train was a constant juggle. "My lecturers are very patient. My flatmates are less patient about the shuttles everywhere," she said.

Their coach, Hamid Rahimi, said the pair's greatest strength was communication. He said Tawhiri controlled the front of the court and Fong the back, and that they rarely needed to speak during rallies. "They know where each other is going to be. That takes years," he said.

Keating said the New Zealanders had deserved to win. He said Tawhiri's net play in the third game had been "just too good". Ling said she and Keating would learn from the loss. "We had our chances. They took theirs," she said.

Badminton New Zealand chief executive Sarah Kaye said a win in Sunday's final would almost guarantee the pair a place at next year's world championships. She said the federation hoped to fund a training camp in Malaysia for them in the spring.

Fong and Tawhiri face the Australian top seeds, Daniel Wu and Hannah Price, on Sunday. Asked how they would recover, Tawhiri said she planned to sleep. Fong said he planned to eat. "Then sleep," he added. "Then probably eat again."
"""),

dict(title="Husband and wife bakery wins national sourdough title", text="""
A small bakery in Carlow run by a husband and wife has won the top prize at the Irish Bread Awards for a sourdough made with flour milled a few kilometres down the road.

Rising Hill Bakery in Bagenalstown was founded in 2018 by Ger and Síle Kinsella, who converted a former grocery on the main street. Their Barrow Valley sourdough beat 212 entries from around the country at the awards in Dublin on Monday.

Ger Kinsella, a former chef, bakes overnight. Síle Kinsella, a former accountant, runs the shop and the books. She said the arrangement suited them both. "We see each other for about an hour in the morning, which is probably why we're still married," she said.

He laughed. "She's not wrong. I go to bed when she opens the shop," he said.

The sourdough uses stoneground wheat from Kilbride Mills, run by the miller Joan Rafter. Rafter said she had supplied the Kinsellas since they opened and was thrilled for them. "Ger rings me every week about the protein content. I've never met a baker who cares that much," she said.

The head judge, the food writer Patrick Hennelly, said the winning loaf had "a crust you could hear from across the room and a crumb that tastes of the field". He said small bakeries were keeping alive skills that large producers had abandoned.

The couple employ seven people, including their daughter, Aoife, who manages the café at weekends, and a baker, Tomasz Nowak, who joined them from Poland in 2020. Nowak said Ger had taught him more in a year than he had learned in a decade at an industrial bakery. "He is strict about timing. If the dough is ready at four, he's there at four," he said.

Síle Kinsella said the business had nearly closed during the energy crisis, when their electricity bill tripled. She said she had sat at the kitchen table for a month working out whether they could survive. "Ger said keep going. I said show me the numbers. In the end, the numbers said keep going too," she said.

The couple plan to use the prize money to buy a second oven. Ger said he hoped it would mean an extra hour's sleep.
"""),

dict(title="Study finds hospital noise disrupts newborns' sleep cycles", text="""
Premature babies in neonatal intensive care units are exposed to noise levels that regularly exceed international guidelines, disrupting their sleep and possibly their development, according to a study by researchers at the University of Otago in Wellington.

The research, published in the journal Pediatric Research, measured sound levels around 48 infants at Wellington Hospital's neonatal unit over two years. It found that average noise exceeded the recommended limit of 45 decibels for more than 70 per cent of each day.

The study was led by Associate Professor Claire Whitaker, a neonatologist and researcher, and PhD student Daniel Mataio, who carried out most of the recordings. Whitaker said the findings were not a criticism of staff. "The loudest sounds are alarms, equipment and conversation at handover. These are necessary things. The question is whether we can do them more quietly," she said.

Mataio, a former neonatal nurse, said he had become interested in noise after working night shifts on the unit. He said he noticed that babies woke repeatedly when the shift changed. "You could almost set your watch by it. At seven o'clock, every baby in the room stirred," he said.

Mataio installed small sound meters beside each cot and matched their readings against the babies' heart rate and movement. He said the data showed that sudden noise above 65 decibels woke infants in almost every case.

Whitaker said the unit had already begun trials of quieter alarms and a "quiet hour" in the afternoon. She said early results were encouraging and that nurses had been enthusiastic. "They have known about this for years. We have simply measured it," she said.

Dr Andrew Lim, a paediatrician at Starship Hospital in Auckland who was not involved in the research, said the study was one of the largest of its kind and should prompt other units to measure their own noise levels. He said the long-term effects of disrupted sleep were still uncertain.

Parent Rebecca Holloway, whose son spent eleven weeks on the unit, said she had often asked visitors to lower their voices. She said she was pleased the research might change things for other families.

Mataio will submit his thesis next year. Whitaker said he had been an outstanding student and that she hoped he would stay in research.
"""),

dict(title="Poets and first-time novelists dominate Dublin book awards", text="""
Poets, debut novelists and a retired Cork fisherman were among the winners at the Dublin Literary Evening awards on Wednesday night, in a ceremony that organisers described as the most unpredictable in the event's fifteen-year history.

The novel of the year prize went to Deirdre Nagle for The Quiet Hours, a story of two sisters caring for their dying father in a Donegal farmhouse. Nagle, a former civil servant who began writing at 50, said she had rewritten the book seven times. "My husband read every draft. I think he deserves this more than I do," she said.

The newcomer award was won by Ciarán Mulryan for his collection of short stories set among night workers in Dublin. He thanked his mother, who typed up his early stories from handwritten notebooks, and said he had written much of the book on the Nitelink bus.

The poetry prize went jointly to Aisling Ní Bhriain and Femi Adewale, the first time the judges have divided the award. The chair of the poetry panel, Conor Slattery, said the two collections could not be separated. Ní Bhriain said she was delighted to share it. Adewale said he had read her work for years and was honoured.

The non-fiction award went to Jack Hurley, 79, for Salt and Nets, a memoir of fifty years fishing out of Union Hall. Hurley, who had never written anything longer than a letter before, said his granddaughter had persuaded him to start. She was in the audience and cried when he named her. "She told me I had stories. I told her nobody would want them. She was right and I was wrong, which is usual," he said.

The lifetime achievement award was presented to the novelist Margaret Kinlen, 86, by the broadcaster Ronan Brady. Brady said Kinlen's novels had "taught a generation of Irish women that their lives were worth writing about". Kinlen said she was grateful but intended to keep working. "I have one more book in me, and I am not getting any younger," she said.

The awards are funded by Dublin City Council. Its arts officer, Joan Lacey, said public votes had reached a record 38,000.
"""),

dict(title="Father of cyclist killed in Limerick hit-and-run pleads for witnesses", text="""
The father of a young woman killed in a hit-and-run in Limerick city three weeks ago has made an emotional appeal for the driver to come forward.

Rebecca Lynch, 24, a physiotherapist from Castletroy, was struck by a car on the Dublin Road at about 11.15pm on 3 October as she cycled home from work at University Hospital Limerick. The car did not stop. She died at the scene.

Speaking at a press conference at Henry Street Garda station on Monday, her father, Noel Lynch, said the family was "living in a nightmare". "Rebecca was the kindest person I have ever known. She spent her days helping people walk again," he said. "Whoever did this left her on the road like she was nothing. I am asking you, as her father, to do the right thing."

Her mother, Margaret, sat beside him but did not speak. Her brother, Shane, read a short statement on behalf of her friends, describing her as "the first to arrive and the last to leave every party".

Inspector Gerard Culhane, who is leading the investigation, said gardaí believed the car was a dark-coloured hatchback that would have sustained damage to its front passenger side. He said investigators had examined more than 200 hours of CCTV and were following a number of lines of inquiry.

"We know that somebody in this city knows what happened that night. They may be protecting someone they love. I'd ask them to think of the Lynch family," he said.

Rebecca Lynch's manager at the hospital, physiotherapy manager Claire O'Halloran, said she had been an outstanding young clinician. She said staff had planted a tree in the hospital grounds in her memory. "Patients have been asking for her. They don't know yet," she said.

Local councillor Frankie Daly said he had been calling for a dedicated cycle lane on the Dublin Road for five years. He said the council would review safety on the route.

Noel Lynch said his daughter had bought a new bike light the week before she died. "She was careful. She did everything right," he said. "We just want to know who it was."

Anyone with information is asked to contact Henry Street Garda station.
"""),

dict(title="Charlie Devereux becomes first woman to win the Galway Plate twice", text="""
Charlie Devereux made racing history at Ballybrit on Wednesday when she guided Quiet Harbour to victory in the Galway Plate, becoming the first female jockey to win the race twice.

The 28-year-old from Thomastown, Co Kilkenny, first won the Plate in 2021 on Foxrock Lane. On Wednesday she settled Quiet Harbour towards the rear of the field before making steady progress from the final fence to beat the favourite, Gold Anchor, by a length and a quarter.

"He jumped like a buck all the way round. I just had to sit still and not mess it up," Devereux said. "I'll remember that last hundred yards for the rest of my life."

Quiet Harbour is trained by Michael Byrne-Tobin in Co Carlow, who said he had booked Devereux three months ago because of her record at the track. "Charlie knows Galway better than anyone riding. She never panics, and she never gives up a yard she doesn't have to," he said.

The horse's owner, Anne Furlong, a retired schoolteacher from Enniscorthy, bought him for €8,000 as an unraced three-year-old. She said she had never been so nervous. "I couldn't watch the last furlong. My husband told me what happened," she said.

Devereux comes from a racing family. Her father, Phil Devereux, rode in the Plate three times without winning, and her brother, Jack Devereux, is an amateur jockey. She said her father had walked the course with her on Tuesday evening. "He told me where he went wrong every year. I did the opposite," she said.

Phil Devereux said he was proud beyond words. "She's a better rider than I ever was, and she's been telling me so since she was twelve," he said.

The runner-up jockey, Darragh Kiely, said Devereux had ridden a perfect race. He said Gold Anchor had run well but was simply beaten by a better ride.

Devereux will ride four times on Thursday. Asked whether she planned to celebrate, she said she had weighed out at 6.30am and would be in bed by ten. "I'll celebrate in August," she said.
"""),

dict(title="Actor Seán Corless on playing the woman who raised him", text="""
For three months this winter, Seán Corless has spent every evening in a grey wig and a housecoat, playing a character based on his own grandmother.

The actor, 45, wrote and stars in Nana Kitty, a one-man show that opens at the Everyman in Cork next week after a sold-out run at the Dublin Theatre Festival. In it he plays Kitty Corless, a widow in a Cork council flat who raised her grandson after his mother emigrated in 1983.

"People ask me how a man plays an old woman. I tell them I don't play an old woman. I play Kitty," Corless says. "She was five foot nothing, she smoked twenty a day and she was the most frightening person on the northside."

In the show, Kitty talks to the audience as if they were neighbours calling in for tea. She complains about the parish priest, argues with the television and tells the story of her own marriage to a docker who drank his wages. Corless says most of the stories are true. "She would have been furious that I was telling them. And then she would have wanted to know how much the tickets were," he says.

The show is directed by Ann Hurley, who has worked with Corless since they were students at University College Cork. She says she resisted the idea at first. "I told him it would be a sketch, not a play. Then he did ten minutes of Kitty in my kitchen and I had to sit down," she says.

Corless's mother, Bernadette, who returned from London in 2005, has seen the show four times. He says she cried the first time and laughed the second. "The third time she told me I'd got Kitty's walk wrong. She was right," he says.

The critic Mark Fogarty described the performance as "a masterclass in love and mimicry". He said Corless never mocked the woman he was playing.

Corless says the most moving reaction came from an elderly man in Dublin who waited at the stage door. "He said he'd grown up two doors from a woman exactly like her. Then he just shook my hand and walked off," he says.

Nana Kitty runs at the Everyman from 6 February.
"""),

dict(title="Twins Jamie and Jesse Morrow qualify for world swimming championships", text="""
Wellington twins Jamie and Jesse Morrow have both qualified for the world swimming championships, a first for a brother and sister in New Zealand swimming.

Jamie Morrow, the elder by eleven minutes, won the women's 200 metres butterfly at the national championships in Auckland on Friday in a time of 2:07.41, inside the qualifying standard. Her brother qualified a day earlier in the men's 400 metres individual medley.

The 20-year-olds, who train together at the Kilbirnie Aquatic Centre under coach Rachel Whyte, said they had not expected to qualify in the same week. "I was in the warm-down pool when Jesse's race finished, and I heard the crowd and just knew," Jamie said. "I nearly swallowed half the pool."

Jesse Morrow said he had been more nervous watching his sister than swimming his own race. "I can control my race. I can't control hers. I just stood there shouting," he said.

Whyte, a former Olympian, has coached the twins since they were nine. She said they had very different temperaments. "Jamie is calm and methodical. She'll tell you her splits to the hundredth of a second before she's out of the water. Jesse is all instinct. He swims the race he feels, and sometimes that's brilliant," she said.

Their father, Alan Morrow, drove them to 5am training sessions for most of their childhood. He said he was relieved, as much as anything. "Twelve years of early mornings. I think I've earned a lie-in," he said. Their mother, Hine Morrow, said she had cried through both races.

Swimming New Zealand's high performance director, Greg Latimer-Ross, said the twins were part of a promising group of young swimmers. He said Jamie had lowered her personal best by almost two seconds this year and that Jesse was the most improved medley swimmer in the country.

The twins said they would now switch their focus to the championships in July. Jamie said her brother had already promised to shout for her in the stands. "He's very loud," she said. "You can hear him underwater."

Jesse said that was the point. "If she can hear me, she swims faster," he said.
"""),

dict(title="Volunteers bring the steam ferry Lady Rose back to Lake Wakatipu", text="""
After eleven years on a slipway at Frankton and more than 90,000 hours of volunteer labour, the steam ferry Lady Rose returned to the waters of Lake Wakatipu on Sunday, watched by a crowd of about two thousand people.

Built in Dunedin in 1912, the 28-metre vessel carried passengers and sheep to remote stations around the lake for half a century before she was laid up in 1964. She sank at her moorings in 1979 and was raised and hauled ashore by enthusiasts in 2013.

The restoration was led by the Lady Rose Trust, chaired by retired engineer Margaret Findlay. She said she had first seen the ship as a girl in the 1950s and never forgot her. "She was the most beautiful thing on the lake. When I saw her lying in the mud, I thought, somebody has to do something. It turned out to be us," Findlay said.

Chief engineer Bruce McKenzie, 74, spent six years rebuilding the ship's original boiler and triple-expansion engine. He said the moment she made steam for the first time, in March, was one of the best of his life. "She coughed, she grumbled and then she ran as sweet as the day she was built," he said.

The ship's new master, Captain Emma Rowe, who normally skippers a tourist launch, said Lady Rose handled well but needed a light touch. "She'll tell you when she's unhappy. You just have to listen," she said.

Volunteer carpenter Hemi Paewai, who replaced much of the kauri decking, said he had taken his grandchildren aboard on Saturday for a quiet look before the crowds. He said his own grandfather had travelled on her as a shepherd in the 1930s.

Queenstown Lakes mayor Ian Carswell said the ship was a reminder of how the district was settled. He said the council had contributed $400,000 to the project and would support a permanent berth at the Queenstown wharf.

Findlay said the trust would begin public sailings in the new year. She said the ship's first paid trip would carry the volunteers and their families. "They earned her," she said.
"""),

dict(title="Nurses and doctors tell burnout forum 'we are running on goodwill'", text="""
Nurses and doctors from hospitals across the Wellington region described rosters stretched to breaking point, missed breaks and colleagues leaving for Australia at a public forum on health workforce burnout in Lower Hutt on Thursday night.

The forum, organised by the New Zealand Nurses Organisation and the Association of Salaried Medical Specialists, drew about 250 people to the Walter Nash Centre.

Registered nurse Losa Tuimavave, who has worked at Hutt Hospital for nineteen years, said she now regularly looked after eight patients on a shift designed for five. "We are running on goodwill, and goodwill is a finite resource," she said. "I love my job. I don't know how many more winters I can do it."

Dr Marcus Eldridge, a general physician at Wellington Hospital, said senior doctors were covering vacancies by working unpaid extra hours. He said four of his colleagues had left for Australia in the past year. "They aren't chasing money. They are chasing a rostered day off that actually happens," he said.

The chair of the forum, public health researcher Dr Leah Morgan, asked the panel what would make someone stay. She said the question was often framed as a matter of pay, but that staff she interviewed for a recent study spoke more about respect and workload. "If a nurse goes home every night feeling they did a bad job because there weren't enough of them, they will leave, whatever you pay them," she said.

Tuimavave agreed. She said she had trained younger nurses who were now working in Brisbane and Perth, and that they told her they felt safe there for the first time.

Health New Zealand's regional director of nursing, Kerry Anderson, attended the forum and said she accepted much of what was said. She said 120 additional nursing graduates would start in the region in February. Eldridge said he welcomed the news but that graduates needed experienced colleagues to learn from.

Orderly Pita Faleafa, who spoke from the floor, said non-clinical staff were often forgotten. He said his team had been two people short for a year. "When we're short, patients wait for scans, nurses wait for us, everybody waits," he said.

Morgan said a summary of the forum would be sent to the health minister.
"""),

]
