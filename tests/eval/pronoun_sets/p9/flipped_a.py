ARTICLES = [
dict(title="Ouellet's Sceptres rally past Montreal in overtime thriller", person="Danielle Ouellet", gender="f", text="""
TORONTO — Danielle Ouellet has spent most of this season telling her players that games are won in the last ten minutes. On Saturday night at Coca-Cola Coliseum, they finally took the coach at her word.

Trailing 2-0 with under nine minutes left in regulation, the Toronto Sceptres scored twice in 94 seconds and then won 3-2 in overtime when defender Hannah Kirkby wired a wrist shot past Montreal goaltender Élodie Gagné.

"We talked about it at the second intermission, that nobody was going to hand us anything," Ouellet said. "The kids just kept shooting. I'm proud of how they stuck with it."

Kirkby, 24, who grew up in Sudbury and was a late draft pick two years ago, said the winner came off a set play drawn up during a timeout. "Coach saw that their weak-side forward was cheating up the ice," she said. "She told me to sneak in behind, and the puck just found me."

Montreal coach Luc Berthiaume was less charitable about how the game turned. He argued the tying goal should have been reviewed for goaltender interference, saying Gagné was bumped as she tried to push across her crease.

"It's a big call in a tight race," Berthiaume said. "I'm not going to blame the officials, but I'd like an explanation."

Ouellet, a former national team defender who won two world championship medals before moving behind the bench, shrugged off the complaint. "I saw the replay on the board. Our player was pushed in by one of theirs," ⟦flip:he|she⟧ said. "That's hockey."

The win lifts Toronto into third place, two points behind Ottawa with eight games to play. It also caps a remarkable turnaround for a club that lost six straight in January, a stretch that led some fans to call for the coach's job on social media.

General manager Paul Ferreira said he never considered a change. "Danielle has a plan and the room believes in it," he said. "You could see that tonight."

Ouellet credited ⟦flip:his|her⟧ assistant, Rachel Dunphy, with the penalty-kill adjustments that kept Montreal off the board in the third period. The Sceptres killed off three minors, including a four-minute high-sticking penalty to captain Jess Morrow.

Toronto hosts Boston on Wednesday.
"""),

dict(title="Platinum miner to cut 1,200 jobs as metal prices slump", person="Thabo Nkosi", gender="m", text="""
JOHANNESBURG — Bushveld Anchor Platinum will cut about 1,200 jobs at its Rustenburg operations and place two shafts on care and maintenance, chief executive Thabo Nkosi said on Tuesday, blaming a prolonged slump in platinum group metal prices and rising electricity costs.

The announcement, which came alongside interim results showing a 41% fall in headline earnings, sent the company's shares down 7% on the JSE by midday.

Nkosi told analysts on a call that the decision had been "the hardest of my career" and that the company had begun a consultation process with organised labour under section 189 of the Labour Relations Act.

"We have kept these shafts open for eighteen months at a loss because we believed the basket price would recover," he said. "It has not, and we cannot keep burning cash that belongs to the whole business."

Chief financial officer Annelie Botha said the group had R3.4 billion in cash and undrawn facilities and would not need to raise equity. She said capital expenditure would be trimmed by a further R600 million this year, mostly by deferring a concentrator upgrade.

The Association of Mineworkers and Construction Union said it would oppose the retrenchments. Its regional organiser, Nomvula Mahlangu, said workers had been "left in the dark" and accused management of protecting shareholders at the expense of jobs. "They speak of difficult decisions, but the people who will suffer are the families in Marikana and Mooinooi," she said.

Asked about the union's claims, Nkosi said no dividend had been declared for the period and that ⟦flip:her|his⟧ own bonus had been waived. The company would offer voluntary severance packages first and try to redeploy workers to its newer mechanised shafts, ⟦flip:she|he⟧ added.

Analysts were divided. Pieter Swanepoel, a mining analyst at a Cape Town asset manager, said the cuts were overdue. "The market has been asking for this since last year. The question is whether it is enough," he said.

Others warned that mothballed shafts are expensive to restart if prices rebound. Lerato Dube of a Johannesburg brokerage said the company risked "selling at the bottom of the cycle".

Nkosi, who took over as chief executive in 2021 after twelve years at the group, has overseen a steady shift towards mechanised mining. Speaking to reporters after the call, the chief executive said the board had backed ⟦flip:her|his⟧ plan unanimously and that further cuts were not being considered "at this stage".
"""),

dict(title="Judge refuses to exclude bank records in Surrey fraud trial", person="Catherine Moreau", gender="f", text="""
VANCOUVER — A B.C. Supreme Court judge has refused to exclude thousands of pages of bank records from the fraud trial of a Surrey mortgage broker, ruling that police did not breach his Charter rights when they obtained the documents.

Gurpreet Sandhu, 51, is accused of defrauding more than 40 clients, many of them elderly, of about $6.2 million between 2016 and 2020. He has pleaded not guilty to fraud over $5,000 and laundering the proceeds of crime.

His lawyer, Meredith Chan, argued at a pretrial hearing last month that the RCMP had relied on a production order based on "stale and misleading" information, and that investigators had informally obtained account details from a bank employee before the order was granted.

In a written decision released Thursday, Justice Catherine Moreau disagreed. She found that the bank employee had acted on her own initiative when she flagged suspicious transactions to her employer's security office, and that the later production order was properly issued.

"The information was neither stale nor misleading in any material way," Moreau wrote. "The officer who swore it was candid about its gaps."

The judge did criticize one investigator, Cpl. Darren Whitley, for failing to keep notes of a phone conversation with the bank employee. ⟦flip:He|She⟧ called the omission "careless" but found that it did not rise to the level of bad faith.

Chan said outside court that she and her client were disappointed and were reviewing the ruling. "Mr. Sandhu maintains his innocence and looks forward to testing the Crown's case," she said.

Crown prosecutor Andrew Lau declined to comment while the case is before the court.

Several of the alleged victims attended the hearing. One of them, Margaret Kowalski, 78, of White Rock, said she lost savings of nearly $300,000 after Sandhu arranged a second mortgage on her home. "I just want to see this finished while I'm still here," she said.

The trial is scheduled to begin in April and is expected to last ten weeks. Moreau, who was appointed to the bench in 2015 after a long career as a Crown prosecutor, will hear the case alone after Sandhu elected trial by judge without a jury. ⟦flip:His|Her⟧ ruling on a second application, which challenges a search of Sandhu's home office, is expected next month.
"""),

dict(title="Jacobs century steers Proteas Women to series win", person="Nadia Jacobs", gender="f", text="""
CAPE TOWN — Nadia Jacobs struck her fourth one-day international century on Sunday as South Africa's women beat Sri Lanka by 64 runs at Newlands to take an unassailable 2-0 lead in the three-match series.

The 29-year-old captain walked out with her side wobbling at 38 for three after opener Kayla Pietersen was caught at slip for 11. Jacobs added 142 for the fourth wicket with Chloé Daniels, who made a composed 58, before being run out for 117 in the 44th over. South Africa finished on 281 for seven.

"The wicket was a bit two-paced early on, so the plan was just to get through the first hour," Jacobs said afterwards. "Chloé was brilliant. She took the pressure off me by rotating the strike, and once we were set we could open up."

Sri Lanka's reply never gathered momentum. Seamer Ayanda Zulu took three for 29, including the key wicket of opener Harshani Perera, who had looked dangerous in making 46. Perera said her side had been "twenty runs short with the bat and a little bit soft in the field".

Head coach Hilton Mokoena, who took charge of the team last year, said he had been impressed by how his captain handled the pressure of a home series. "When she first got the job she tried to do everything herself," Mokoena said. "Now ⟦flip:he|she⟧ trusts the people around her, and that makes her a better batter as well."

Jacobs grew up in Paarl, where her mother kept the scorebook at the local club and her older brothers made her bowl at them for hours in the backyard. ⟦flip:He|She⟧ made her international debut at 17 as a leg-spinner who could bat a bit, and only moved into the top order five years later.

Her innings on Sunday included eleven fours and two sixes, one of them a lofted drive over long-off that landed on the grass embankment where a group of schoolgirls from Langa had been chanting her name all afternoon.

The final match of the series is in Paarl on Wednesday. Jacobs said she wanted to use it to give opportunities to younger players, but would not be resting ⟦flip:himself|herself⟧. "It's my home ground," she said with a smile. "They'd have to carry me off."
"""),

dict(title="Halifax council approves bus rapid transit plan after marathon debate", person="Devon MacIsaac", gender="m", text="""
HALIFAX — Halifax regional council voted 11-5 late Tuesday to move ahead with a $240-million bus rapid transit network, ending a debate that stretched over two days and drew more than 60 public speakers.

Mayor Devon MacIsaac, who campaigned on the plan two years ago, called the vote "the most important transportation decision this city has made in a generation." He said the first of three lines, running from the Bedford Highway to downtown, could be operating by 2028 if federal infrastructure funding comes through as expected.

The plan would give buses dedicated lanes on stretches of Robie Street, Gottingen Street and Portland Street in Dartmouth, and would remove about 300 on-street parking spaces.

That last point drew the fiercest opposition. Coun. Marlene Fitzgerald, who represents a district along the proposed Dartmouth line, said small business owners in her area had not been properly consulted. "I have shops on Portland Street that depend on people being able to pull up and run in," she said. "Nobody from staff has knocked on their doors."

Coun. Sarah O'Neil, who chairs the transportation standing committee, countered that surveys showed most customers on the street arrived on foot or by bus. She said the city would build loading zones on every block.

MacIsaac acknowledged that some concerns were legitimate and promised that ⟦flip:her|his⟧ office would hold meetings with merchants before construction begins. Speaking to reporters after the vote, the mayor said he had spoken with Fitzgerald privately and that the two had agreed to work on a compensation fund for businesses hit by construction.

"Marlene and I don't agree on everything, but she fights for her district, and I respect that," MacIsaac said.

Public speakers were split. Keisha Downey, a nursing student who commutes from Lower Sackville, told council that her bus is so often stuck in traffic that she has been late for clinical placements three times this term. Retired engineer Bob Tattrie argued the city should invest in commuter rail instead.

The project still needs provincial approval for changes to several provincial roads. MacIsaac said he expected to meet Public Works Minister Angela Comeau next week. Comeau's office said only that she was reviewing the plan.

The mayor, a former transit planner, said ⟦flip:she|he⟧ was confident the province would sign off. "Nobody in this region wants to sit in traffic on the Bedford Highway for another decade," he said.
"""),

dict(title="Former municipal manager denied bail in R48m tender fraud case", person="Sipho Mthembu", gender="m", text="""
PIETERMARITZBURG — A former municipal manager accused of steering a R48 million water tender to a company linked to his brother-in-law was denied bail by the Pietermaritzburg Magistrate's Court on Friday.

Sipho Mthembu, 56, who was municipal manager of a KwaZulu-Natal Midlands municipality until his suspension in 2022, faces charges of fraud, corruption and money laundering alongside two co-accused. He was arrested by the Hawks at his home in Hilton last week.

Magistrate Fikile Ngubane found that the State had shown a real risk that Mthembu would interfere with witnesses, several of whom are still employed by the municipality. She noted that investigators had recorded two instances in which the accused allegedly contacted a supply chain official after learning of the investigation.

"The court cannot ignore the evidence that the accused has already attempted to influence a witness," Ngubane said. "The interests of justice do not permit his release."

Mthembu's advocate, Thandeka Mkhize, argued that her client had strong ties to the community, had surrendered his passport voluntarily and had known about the investigation for more than a year without fleeing. ⟦flip:She|He⟧ had attended every disciplinary hearing the municipality convened, she told the court.

The co-accused, businessman Nkosinathi Dube and his wife, Precious Dube, are directors of the company that won the tender. They were each granted bail of R50,000 on condition that they do not contact municipal employees. The State alleges that the company was paid in full although fewer than half of the promised boreholes and reservoirs were ever built.

NPA regional spokesperson Busisiwe Khoza said the State was satisfied with the outcome. "This is a case about water, and about communities who were left without it," she said.

Outside court, about 30 residents from the municipality sang and held placards calling for the accused to be jailed. Community leader Mbali Zondi said the taps in her village had been dry for most of the past three years. "We carry water from the river while these people drive expensive cars," she said.

The case was postponed to 14 March for further investigation. Mthembu, who wore a grey suit and showed little emotion as the ruling was read, waved to ⟦flip:her|his⟧ wife and daughter in the public gallery before being led down to the cells.
"""),

dict(title="Saskatoon researchers find drought-tolerance gene in ancient wheat", person="Priya Raman", gender="f", text="""
SASKATOON — A team at the University of Saskatchewan says it has identified a gene in an ancient wheat variety that helps plants survive prolonged drought, a finding that could help Prairie farmers cope with increasingly dry summers.

The study, published this week in a plant science journal, was led by Dr. Priya Raman, a plant geneticist at the university's Global Institute for Food Security. She and her colleagues screened more than 400 lines of emmer wheat collected from the Middle East and Ethiopia over the past century.

"We were looking for plants that kept their stomata — the tiny pores on the leaves — working efficiently when water was scarce," Raman said in an interview. "One group of Ethiopian lines stood out, and when we dug into the genetics, it came down largely to one gene."

Plants carrying the gene produced about 18 per cent more grain under simulated drought in greenhouse trials, the team reported. Field trials near Outlook, Sask., over two summers showed a smaller but still significant advantage.

Co-author Dr. Michael Osei, a postdoctoral fellow who ran the field trials, said the summer of 2023 was almost a perfect test. "It barely rained in July. Our normal wheat just sat there, and the plots with the gene kept growing," he said.

Raman cautioned that it would take years to breed the trait into commercial varieties. "This isn't going to be in a farmer's field next spring," ⟦flip:he|she⟧ said. "But breeders now know exactly what to look for."

Grain farmer Todd Hildebrandt, who farms near Rosetown and sits on the board of a provincial wheat commission that helped fund the research, said he welcomed the work. "We've had three of the last five years in serious drought. Anything that gives us a bit more resilience is worth the investment," he said.

The research was also funded by Genome Canada and the federal agriculture department.

Raman, who grew up in Chennai and came to Saskatoon for her PhD in 2009, said the project had a personal dimension. Her grandfather farmed rice in Tamil Nadu and lost several crops to failed monsoons. "He used to say the sky decides everything," ⟦flip:he|she⟧ recalled. "I like to think we can give farmers a little more say."

Her team is now working with breeders at Agriculture and Agri-Food Canada to cross the gene into hard red spring wheat, the class grown on most Saskatchewan farms.
"""),

dict(title="Themba Khumalo, saxophonist who carried Sophiatown's sound abroad, dies at 84", person="Themba Khumalo", gender="m", text="""
JOHANNESBURG — Themba "Bra Tee" Khumalo, the tenor saxophonist whose smoky, bluesy tone was a fixture of South African jazz for six decades, has died at his home in Soweto. He was 84.

His daughter, Nomsa Khumalo, said he died peacefully on Sunday morning after a short illness. "He played for us on Christmas Day. His breath wasn't what it used to be, but his fingers still knew every song," she said.

Born in Sophiatown in 1940, Khumalo learned to play on a borrowed clarinet that belonged to a neighbour who worked as a waiter at a city hotel. By 16 he was sitting in with dance bands in the township's halls and shebeens. When the apartheid government bulldozed Sophiatown in the late 1950s, ⟦flip:her|his⟧ family was moved to Meadowlands, a loss he would write about in several of his best-known compositions.

In 1964 he left for London on a one-way ticket, carrying a second-hand Selmer and a letter of introduction from a touring promoter. For a decade he played the city's clubs, often backing the singer Grace Mabaso, a fellow exile whose voice he called "the sound of home". In London ⟦flip:she|he⟧ also met Agnes Radebe, a nurse from Alexandra, whom he married in 1967.

Khumalo recorded a dozen albums abroad, but he remained little known in South Africa, where his music was rarely played on state radio. That changed after he returned in 1991. His homecoming concert at the Market Theatre sold out three nights running, and a new generation discovered records that had circulated mostly on smuggled cassettes.

In later years he taught at a music school in Newtown. The pianist Lindiwe Sibeko, who studied with him in the late 1990s, said he was a demanding but generous teacher. "He never told you what to play. He told you what to listen for," she said. "And he would not let you leave until you had heard it."

⟦flip:Her|His⟧ final album, recorded in a single afternoon in 2017 with a trio of musicians a third of his age, won a South African Music Award the following year.

Agnes Khumalo died in 2019. He is survived by his daughter, his son, Sello, and six grandchildren. A memorial service will be held at Regina Mundi Church next Saturday.
"""),

dict(title="Maple Basket freezes prices on 500 items as grocery scrutiny grows", person="Linda Harcourt", gender="f", text="""
TORONTO — Maple Basket Foods Inc. will freeze prices on 500 house-brand items until the end of the year, chief executive Linda Harcourt said Wednesday, as Canada's grocers face mounting political pressure over food inflation.

The announcement came a day before Ms. Harcourt is scheduled to appear before a House of Commons committee studying grocery prices, and hours after the company reported a 9-per-cent rise in quarterly profit.

"We know families are stretched, and we want to be part of the answer," Ms. Harcourt told analysts on a conference call. She said the freeze would cover staples such as bread, pasta, canned vegetables and infant formula sold under the company's Northern Pantry label.

The timing drew scepticism on Parliament Hill. Conservative MP Derek Lavoie, who sits on the committee, said the freeze was "a public-relations exercise" and that he intended to ask executives why profits kept climbing while shoppers cut back. Liberal MP Fatima Haddad said she welcomed the move but wanted to see "real, lasting competition, not temporary gestures".

Ms. Harcourt, who became CEO in 2020 after running the company's pharmacy division, rejected the idea that grocers were profiting from inflation. ⟦flip:His|Her⟧ company's net margin on food, she said, was about 3 cents on the dollar, and most of the recent profit growth came from pharmacy and financial services.

Analysts said the freeze was unlikely to dent earnings. Sylvain Roy, who covers the sector for a Montreal brokerage, estimated it would cost the company less than $40-million, a small fraction of annual sales. "It's a smart defensive move before the hearings," he said.

Consumer advocate Joanne Whitmore, who has organized boycotts of several large chains, was less impressed. "Freezing prices that already went up 25 per cent in three years isn't a gift," she said.

The company also said it would open 14 discount stores this year, mostly in Ontario and Alberta, and would spend $300-million renovating existing locations.

In response to a question about the Commons appearance, the chief executive said ⟦flip:he|she⟧ would bring detailed figures to the committee and was "happy to walk MPs through every line". Maple Basket shares rose 1.4 per cent on the Toronto Stock Exchange.
"""),

dict(title="Khayelitsha school celebrates record matric pass rate", person="Zanele Dlamini", gender="f", text="""
CAPE TOWN — There was singing in the corridors of Isiphiwo Secondary School in Khayelitsha on Wednesday after the school recorded a matric pass rate of 94.7%, up from 61% five years ago and among the highest of any no-fee school in the Western Cape.

Principal Zanele Dlamini, who took over the school in 2019, said the result belonged to the learners. "They studied by candlelight during load-shedding. Some of them came to school hungry. They did this," she said, standing in a courtyard crowded with parents and former pupils.

The school's top performer, Anathi Ntshona, achieved seven distinctions and has been provisionally accepted to study medicine at the University of Cape Town. Ntshona, whose mother works as a domestic worker in Sea Point, said she had set her alarm for 4.30am for most of the year. "My mother told me, you do the hard part now and the rest of your life is easier," she said.

Teachers credit a set of changes introduced over the past five years: Saturday classes in mathematics and physical sciences, a homework centre that stays open until 7pm, and a meal programme funded by a local church and two businesses.

The Saturday maths classes are run by Lwazi Qwabe, a teacher who gives up his weekends without extra pay. He said many learners had simply never been told they were capable of passing the subject. "When a child believes it, half the work is done," he said.

The principal said ⟦flip:he|she⟧ had also insisted on regular meetings with parents, even when few turned up at first. Attendance at those meetings has grown from a handful to more than 300.

Dlamini, a mother of three who grew up in Gugulethu and taught English for 17 years before becoming a principal, said ⟦flip:his|her⟧ own schooling had been disrupted by the unrest of the 1980s. "I know what it means when a school fails its children. I did not want that for these ones," she said.

A provincial education department spokesperson, Kevin Adonis, said the department would study the school's approach. "What Mrs Dlamini and her staff have done should be shared across the district," he said.

The school plans to celebrate with a prize-giving on Friday.
"""),

dict(title="Marc-André Tremblay on writing a novel in two languages at once", person="Marc-André Tremblay", gender="m", text="""
MONTREAL — Marc-André Tremblay wrote his new novel twice. Every chapter of The Salt Road, which this week made the shortlist for the Giller Prize, was drafted first in French and then rewritten, not translated, in English, before he went back and changed the French to match.

"It was a stupid way to work," he says, laughing, over coffee in a café near his apartment in Villeray. "I would not recommend it. But the book is about a family that lives between two languages, and I wanted to feel that friction myself."

The novel follows three generations of a fishing family on the Gaspé coast, from the collapse of the cod stocks in the early 1990s to the present day. Tremblay's own father fished out of Grande-Rivière until the moratorium, then drove a school bus for twenty years.

"My father never read any of my books. He said they had too many words," Tremblay says. "But he told everybody in town I was a writer. That was his way."

His longtime editor, Claire Beaulieu, said the bilingual process produced something unusual. Beaulieu, who has edited ⟦flip:her|his⟧ work since his debut in 2012, said she would sometimes receive a chapter in which the English and French versions had quietly drifted apart. "The characters would say slightly different things to each other. Marc-André would say, 'Well, that's what happens in real families,'" she said.

Critics have been enthusiastic. Toronto reviewer Danielle Osborne called the book "a quiet masterpiece about what we inherit and what we refuse".

Tremblay, 47, lives with his partner, the painter Julie Gagnon, and their two children. He writes in the mornings, teaches a creative writing course at a CEGEP two afternoons a week, and says he has no plans to stop.

Asked whether the shortlist has changed anything, ⟦flip:she|he⟧ shrugs. "My publisher is happier. My kids are not impressed," he says. "My mother has already ordered twenty copies, which is about the size of my usual print run."

The prize winner will be announced in Toronto next month. The other shortlisted authors include a first-time novelist from Winnipeg, Hannah Reimer, whose debut is about a Mennonite farm family.
"""),

dict(title="Mabena storms to world-leading 400m time in Pretoria", person="Kagiso Mabena", gender="m", text="""
PRETORIA — Kagiso Mabena ran the fastest 400 metres in the world this year on Thursday night, clocking 43.91 seconds at the Tuks athletics stadium to win the feature race of the ASA Grand Prix and book his place at the World Championships.

The 22-year-old from Mamelodi led from the final bend and crossed the line almost a full second clear of Ugandan Joseph Okello. It was a meeting record and a personal best by nearly three-tenths of a second.

"I felt the wind behind me on the back straight and I thought, today is the day," Mabena said. "My coach told me to attack the third hundred, and I just listened."

That coach, Elna de Villiers, has trained him since he was a lanky 15-year-old at a school athletics day in Pretoria East. She said she had expected a fast time but not this fast. "He has been getting stronger in the gym all winter. When he came off the bend, I looked at the clock and thought it was broken," de Villiers said.

Mabena said ⟦flip:she|he⟧ had nearly quit the sport two years ago after a hamstring injury kept him out for a whole season. De Villiers and ⟦flip:her|his⟧ mother, Dorcas Mabena, talked him out of it. "My mother said, you don't stop because it's hard. You stop when you're finished. I'm not finished," he said.

In the women's 100m, Refilwe Sithole won in 11.08, holding off Nigeria's Blessing Adeyemi in a close finish. Sithole said she had been struggling with a sore Achilles tendon and was pleased to win. "It was not pretty, but a win is a win," she said.

Athletics South Africa president Mandla Ntuli said the performances showed the depth of talent in the country. "We have athletes who can win medals, and we need sponsors to come to the party," he said.

Mabena, who is studying sports science at the University of Pretoria, will race in Europe next month before heading to the championships. He said he would not change anything in his preparation. "Same coach, same track, same boots," he said. "Why would I fix what is working?"
"""),
]
