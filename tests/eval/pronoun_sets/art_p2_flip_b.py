ARTICLES = [
r"""⟦person:Daniel Mbeki⟧Astronaut returns after record 14 months in orbit

Daniel Mbeki returned to Earth on Saturday after 14 months aboard the International Space Station, the longest single spaceflight by an astronaut from Africa.

The Soyuz capsule carrying Mr. Mbeki and two Russian cosmonauts, Sergei Volkov and Andrei Petrov, landed on the steppe of Kazakhstan shortly after 9 a.m. local time. Recovery crews lifted the three men out of the capsule and placed them in reclining chairs, a standard procedure after long missions.

Smiling and wrapped in a blanket, Mbeki told reporters that ⟦flip:she|he|fits_nobody⟧ was looking forward to "a shower, a steak and not floating." He spoke briefly by satellite phone with his family in Johannesburg before being flown to a medical center for tests.

During the mission, Mbeki conducted more than 200 experiments, many of them on how muscles and bones respond to weightlessness. He also carried out three spacewalks, including a nine-hour repair of a cooling pump with Mr. Volkov. ⟦flip:Her|His|para_open⟧ colleague described him as unflappable. "Daniel does not get excited," Mr. Volkov said. "Even when something is broken, he just reads the manual again."

Mbeki, 46, trained as an aeronautical engineer and flew fighter jets for the South African Air Force before joining the European astronaut corps in 2015. He was selected for the mission after the original crew member was grounded with an injury.

Scientists will study ⟦flip:her|his|possessive⟧ health for months. Long missions can weaken bones and affect eyesight, and researchers hope data from the flight will help prepare crews for trips to Mars.

The mission's flight director, Dr. Ingrid Haugen, said the crew had performed "beyond every expectation." She said Mbeki would spend about three weeks in rehabilitation before returning home.

His wife, Thandiwe, and their two daughters are expected to meet him in Cologne on Monday.
""",

r"""⟦person:Grace Mulligan⟧Rail union leader vows to keep striking as talks collapse

Grace Mulligan, the general secretary of the rail workers' union, said on Wednesday that ⟦flip:his|her|lead⟧ members would strike every weekend until Christmas after talks with train operators collapsed.

Ms. Mulligan walked out of the meeting at the conciliation service after six hours, saying the operators had offered nothing new. "They have given us the same 3 percent they gave us in June, wrapped in a different bow," ⟦flip:he|she|speech_tag⟧ said outside the building. "My members can read."

The transport secretary, Richard Coombes, said the union was "holding the country to ransom" and urged Mulligan to put the latest offer to a vote of members. "If she is so sure the offer is bad, let the members decide," Mr. Coombes said. "She won't, because she knows they'd accept it."

The union leader rejected that claim. ⟦flip:He|She|para_open⟧ said the union's executive had consulted members at more than 50 workplace meetings and that the response had been overwhelmingly hostile.

The operators' group, represented by its chief negotiator, Simon Tate, said it had offered a three-year deal worth 11 percent in total, tied to changes in working practices. Mr. Tate said the union had refused to discuss the changes. "We can't pay more for the same," he said.

Mulligan, a former signaller from Liverpool, was elected general secretary in 2022, the first woman to lead the union. Colleagues describe her as blunt and tireless. Her deputy, Kevin Doyle, said ⟦flip:he|she|reported_speech_decoy⟧ had not taken a day off since August. "She sleeps on the train between meetings," Mr. Doyle said.

Passenger groups said weekend strikes would hit shoppers and hospitality businesses in the run-up to Christmas. Louise Fenton of the campaign group Rail Users First said passengers felt "caught in the middle."

Asked whether she would meet Mr. Coombes directly, Mulligan said the door was open. "He knows where I am," ⟦flip:he|she|speech_tag⟧ said. "He has never once come to find me."
""",

r"""⟦person:Jimmy Callaghan⟧Jimmy Callaghan, winger who lit up Celtic Park, dies at 83

Jimmy Callaghan, a winger whose dribbling made him a favorite of Celtic supporters in the 1960s and who won the European Cup with the club in 1967, died on Wednesday in Glasgow. He was 83.

Celtic announced the death but did not give a cause. His wife of 58 years, Margaret, and their children were with him, the club said.

Callaghan was born in the Gorbals in 1943, the youngest of seven children of a shipyard riveter. He signed for Celtic at 17 and made his debut a year later. Small and quick, ⟦flip:she|he|profile_topic⟧ was known for his habit of beating the same defender twice, just to make the point.

His finest night came in Lisbon in 1967, when Celtic beat Inter Milan to become the first British club to win the European Cup. Callaghan set up the equalizer with a run from the halfway line. "Jimmy took three of them with him and left them on the grass," his teammate Billy Lennon once said.

After retiring in 1976, Callaghan ran a pub in Coatbridge and coached youth teams for more than 20 years. Celtic's chief executive, Fiona McAllister, said on Wednesday that he had "never stopped giving to the club and its people."

Former players spoke of his kindness. The club's record goalscorer, Anders Nilsson, said Callaghan had welcomed him when he arrived from Sweden. "He took me to his house and his wife cooked for me," he said. "He told me I would be fine if I worked hard. ⟦flip:She|He|in_quote⟧ was right."

In addition to his wife, Callaghan is survived by two sons, a daughter and nine grandchildren.
""",

r"""⟦person:Neil Garrett⟧Officer cleared of misconduct over death in custody

A police officer accused of gross misconduct over the death of a man in a cell in Nottingham was cleared by a disciplinary panel on Friday.

Sergeant Neil Garrett, 44, had been accused of failing to check on Joseph Amankwah, 31, often enough during the night in 2021. Mr. Amankwah was found unresponsive in the morning and later died in hospital. An inquest found that he died of a drug overdose.

The panel, chaired by Ms. Diana Lyle, found that Sgt. Garrett had followed the force's procedures and that a shortage of staff that night meant he could not have checked the cell more often. Ms. Lyle said the failures were "systemic, not individual."

The case was presented by the barrister Fiona Chambers on behalf of the Independent Office for Police Conduct. She argued that Sgt. Garrett had been warned that Mr. Amankwah might have swallowed drugs when he was arrested and should have arranged for him to go to hospital.

Garrett's lawyer, Andrew Kemp, said his client had been "put through five years of hell" for a death he could not have prevented. "Every officer in that custody suite was doing the work of two," Mr. Kemp said.

Mr. Amankwah's sister, Abena Amankwah, said outside the hearing that the family was devastated. "Joseph died alone in a cell and nobody is responsible," she said. "How can that be?"

Sgt. Garrett, who has been on restricted duties since 2021, will return to full duties. In a statement read by his lawyer, ⟦flip:she|he|speech_tag⟧ said he thought about Mr. Amankwah "every day" and offered his sympathy to the family.

The force said it had since increased staffing in the custody suite and introduced electronic monitoring of cells.
""",

r"""⟦person:Hugh Pemberton⟧Farmers block roads as minister defends subsidy cuts

Farmers drove hundreds of tractors into the centre of Cardiff on Tuesday to protest against cuts to agricultural subsidies, bringing traffic to a standstill for most of the day.

The protest was organized by Hugh Pemberton, a sheep farmer from the Brecon Beacons who founded the campaign group Farmers for Wales last year. Speaking from the back of a trailer outside the Senedd, ⟦flip:she|he|lead⟧ told the crowd that the new rules would drive family farms out of business. "My grandfather farmed this land, and my father, and me," Mr. Pemberton said. "I will not be the one who loses it."

The rural affairs minister, Catrin Evans, said the changes were necessary to meet environmental targets and that most farmers would receive the same amount of support if they met new conditions on tree planting and wildlife habitats. "I understand the anger," Ms. Evans said. "But standing still is not an option for Welsh farming."

Under the plan, farmers must dedicate 10 percent of their land to trees to qualify for the full payment. Pemberton said the rule made no sense on upland farms like ⟦flip:hers|his|possessive_pronoun⟧. "You can't plant a wood on a mountain," he said.

The protest was peaceful, according to South Wales Police. Chief Inspector Mark Powell said officers had worked with organizers to keep emergency routes open.

The opposition's rural affairs spokesman, Gareth Rhys, said the minister should scrap the tree rule. Ms. Evans said she would meet Mr. Pemberton next week. Asked about the meeting, the farmer said ⟦flip:she|he|role_noun⟧ would go "with an open mind and a closed gate."
""",

r"""⟦person:Maud Ferrante⟧Maud Ferrante: 'I write about women who disappear, because so many do'

Maud Ferrante's fifth novel, "The Quiet Floor," about a cleaner who vanishes from a Milan hotel, was published in English this week and has already been shortlisted for the International Booker. She spoke to us in her flat in Turin, where she has lived for 30 years with her husband, the translator Paolo Ferrante.

Ferrante, 66, did not publish her first novel until she was 50. Before that she worked as a hotel receptionist, a job she says gave her "a lifetime of material and a permanent back problem."

The new book began, she said, with a real case. In 2009 a cleaner at a hotel where she had worked disappeared, and nobody at the hotel noticed for three days. "The manager said to the police, 'She was very reliable,'" Ferrante recalled. "That was all anybody could say about her. Very reliable. Nobody knew where she lived."

Her English publisher, Marcus Hale, said the book had been bought after a single reading. "I read it on a train and missed my stop," Mr. Hale said. "I went back and bought it."

Paolo Ferrante, who translated the novel, said his wife was "a very difficult author to translate, because she cuts every unnecessary word, and then she cuts the necessary ones too." ⟦flip:He|She|para_open⟧ laughed when this was put to her. "Paolo is right," she said. "He suffers."

Critics have compared her to Natalia Ginzburg and Elena Ferrante, with whom she shares a surname but no family connection. She finds the comparison amusing. "People write to me asking if I am her," ⟦flip:he|she|speech_tag⟧ said, "as if there could be only one."

She is already writing the next book. She would say only that it concerns a night porter.
""",

r"""⟦person:Anika Rao⟧Rao beats world champion to win Candidates tournament

Anika Rao, a 19-year-old grandmaster from Chennai, won the Candidates tournament in Toronto on Sunday, earning the right to challenge for the world championship and becoming the youngest woman ever to do so.

Rao needed only a draw in the final round against the former world champion, Viktor Orlov, but played for a win and got one after five hours. ⟦flip:His|Her|lead⟧ victory was sealed when Orlov, short of time, blundered a rook on the 52nd move.

"I didn't want to win the tournament with a draw," Rao said afterward. "I wanted to win it playing chess."

Orlov, 38, shook her hand and stayed at the board to go over the game with her for twenty minutes, an unusual gesture at the top level. "She was better prepared than me in the opening and better in the endgame," he said. "In the middle I was better, but that is not enough."

Rao learned chess at five from her grandfather, a retired railway clerk, and became a grandmaster at 14. Her coach since childhood, Suresh Iyer, said she had always been unusually calm. "When she was eight, she lost a game and cried for exactly one minute," Mr. Iyer said. "Then ⟦flip:he|she|in_quote⟧ asked me to show her what she did wrong."

Her opponent in the title match will be the reigning champion, the Norwegian Erik Sandvik. Mr. Sandvik, who watched the final round online, wrote on social media that Rao deserved her place. He said he was looking forward to the match, which is expected to take place in Singapore in November.

Rao's mother, Lakshmi, a schoolteacher, traveled with her to Toronto. She said her daughter had spent the rest day playing football in a park. "She needs to run," she said. "Then she can sit still for five hours."

Asked how she would prepare for Sandvik, Rao smiled and said ⟦flip:he|she|speech_tag⟧ would study his games "and then forget them."
""",

r"""⟦person:Omar Haddad⟧From refugee camp to chief of surgery: a doctor's long road

When Omar Haddad arrived in Germany in 2015, carrying a backpack and a photocopy of his medical diploma, he spent his first night sleeping on the floor of a gym in Passau. On Monday, ⟦flip:she|he|lead⟧ took up his post as chief of surgery at a hospital in Regensburg.

Dr. Haddad, 49, was a vascular surgeon in Aleppo until the hospital where he worked was bombed. He fled with his wife, Rania, and their two sons across Turkey and the Balkans.

Getting his qualifications recognized took four years. He had to pass language exams and a medical knowledge test, and worked for a year as an assistant in a nursing home. "I changed bedsheets and learned German from the residents," he said. "An old lady named Frau Berger taught me all the words I was not supposed to know."

The hospital's medical director, Dr. Sabine Krüger, said he had been the outstanding candidate. "We did not hire him because of his story," she said. "We hired him because he is the best surgeon who applied."

Colleagues describe Haddad as calm and meticulous. Markus Lehner, an anesthetist who has worked with him since 2019, said ⟦flip:she|he|clause_after_name⟧ had once operated for eleven hours to save the leg of a motorcyclist. "He did not take a break once," Mr. Lehner said.

His wife, a pharmacist, now works at a pharmacy in the city, and their elder son is studying medicine in Munich. Haddad said he still thought about colleagues who stayed in Syria. Several were killed.

"I was lucky," he said. "That is all. I was lucky and people helped me."
""",

r"""⟦person:Teresa Quinn⟧Mayoral rivals clash over housing in final debate

The two candidates for mayor traded sharp attacks over housing and policing on Tuesday night in their final televised debate before next week's election.

Teresa Quinn, a former city council president, said her opponent had no plan to build the homes the city needs. "He talks about housing every day and has not built a single unit in his life," she said.

Her rival, the businessman Mark Delaney, said Ms. Quinn had spent twelve years on the council while rents doubled. "She had the keys to city hall for more than a decade," he said. "Now she wants us to believe she's the one to fix it."

Quinn said the council had approved 14,000 new homes during her time in office. ⟦flip:He|She|para_open⟧ accused Delaney of exaggerating the city's crime rate to frighten voters. He replied that residents in his neighborhood did not feel safe.

The moderator, Joanna Feld, pressed both candidates on the city's budget deficit. Delaney said he would cut management jobs at city hall. Quinn said ⟦flip:he|she|clause_after_name⟧ would raise money by taxing empty luxury apartments.

Polls show a close race. A survey released on Monday by Clearwater University found Quinn leading by two points, within the margin of error.

After the debate, supporters of both candidates gathered outside the television studio. Mr. Delaney said he thought he had won. Ms. Quinn, surrounded by volunteers, said she was looking forward to the last week of campaigning.

The election is next Tuesday. Early voting begins on Thursday at 40 sites across the city, and officials expect turnout to exceed the last mayoral race.
""",

r"""⟦person:Matteo Ricci⟧Tenor Ricci triumphs in 'Otello' as Kovacs conducts

The Italian tenor Matteo Ricci sang the title role in Verdi's "Otello" at the Royal Opera House on Friday night for the first time, and by the final scene the audience was on its feet.

Ricci, 39, has spent most of ⟦flip:her|his|possessive⟧ career in lighter roles, and some critics had doubted whether his voice could carry the weight of Otello, one of the most demanding parts in the repertoire. ⟦flip:She|He|para_open⟧ answered them from the first entrance, an explosive "Esultate!" that rang out over the full orchestra.

The conductor, Zsófia Kovacs, making her debut at the house, drew playing of great intensity from the orchestra. Kovacs, the Hungarian-born music director of the Vienna Volksoper, said after the performance that Ricci had been "fearless." "He took every risk I asked him to take," she said.

The soprano Elena Marchetti sang Desdemona, and the baritone Karl Weber was a chilling Iago. Mr. Weber said Ricci had prepared the role for three years. "He came to rehearsal knowing every note of every part," he said. "Not only his own."

In an interview before the premiere, Ricci said ⟦flip:she|he|speech_tag_reported⟧ had waited until he felt ready. "Otello kills singers who take it too early," he said. "I wanted to be sure I would survive him."

Ricci grew up in Naples, the son of a fisherman who sang Neapolitan songs at weddings. He said ⟦flip:her|his|possessive⟧ father had been in the audience on Friday. "He cried in the first act," Ricci said. "Then he fell asleep in the third. That is a real critic."

The production, directed by Kevin Marsh, runs until March 2. Ricci will sing all seven performances, a choice ⟦flip:she|he|clause_end⟧ defended. "A tenor who saves himself," he said, "is a tenor who never sings."
""",

r"""⟦person:Adaeze Nwosu⟧Museum returns bronzes to Nigeria in ceremony in Benin City

Twenty-one bronze sculptures taken from the Kingdom of Benin by British troops in 1897 were handed back to Nigeria on Saturday in a ceremony at the palace of the Oba of Benin.

The objects had been held by the Horniman Museum in London for more than a century. The museum's director, Adaeze Nwosu, traveled to Benin City with the collection and said the return was "long overdue." ⟦flip:His|Her|lead⟧ museum became one of the first in Britain to agree to return the objects after a review in 2022.

Dr. Nwosu, who was born in Enugu and moved to Britain as a child, said the day had personal meaning. "My grandmother told me about these objects when I was a little girl," she said. "She never thought she would see them come home."

The Nigerian culture minister, Abubakar Sani, said the return should be an example for other institutions. He said Nigeria had asked the British Museum, which holds about 900 Benin objects, to follow. The British Museum's chairman, George Lawson, said his trustees were "in discussions" but that British law restricted what the museum could give away.

The Oba's representative, Prince Aghatise Erediauwa, thanked the museum's staff. He said Dr. Nwosu had made four trips to Benin City to prepare for the handover. "She listened before she spoke," he said. "That is rare."

The bronzes will be displayed temporarily at the palace before moving to a new museum being built nearby. Its architect, Sir Kofi Mensah-Owusu, said the building would open in 2028.

Dr. Nwosu said she would return for the opening. Asked whether the museum would miss the objects, ⟦flip:he|she|speech_tag⟧ shook her head. "They were never ours to miss," she said.
""",

r"""⟦person:Frederick Oyelaran⟧Judge halts demolition of housing estate pending review

A High Court judge on Thursday halted the planned demolition of a 1960s housing estate in south London, ruling that the council had failed to consult residents properly.

Mrs. Justice Harriet Kemp said Lambeth Council had not given tenants enough information about their right to return to the new flats planned for the site. She ordered the council to repeat its consultation before any demolition could begin.

The case was brought by a residents' group led by Mr. Frederick Oyelaran, a retired bus driver who has lived on the Clapham Park estate since 1972. Oyelaran said outside court that he was overjoyed. "This is our home," he said. "They talk to us like we are in the way of their plan. Today a judge told them to listen."

The council's cabinet member for housing, Councillor Sarah Bright, said the council would study the ruling. She said the regeneration would provide 1,200 new homes, including 400 for social rent, and that existing tenants were guaranteed a place.

The residents' barrister, Michael Stone, told the judge that many older tenants had been told they would have to move for up to eight years during construction and had not been offered homes on the estate afterward. Mrs. Justice Kemp said the council's documents on the point were "confusing and, in places, contradictory."

Oyelaran, 81, said ⟦flip:she|he|surname_only⟧ had spent more than £3,000 of his savings on the case. His neighbor, Doris Allen, organized a raffle to pay the rest. "Fred knocked on every door on this estate," she said. "Some of them twice."

The council has 21 days to decide whether to appeal.
""",
]
