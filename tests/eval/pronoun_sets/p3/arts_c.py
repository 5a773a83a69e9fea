FLIPPED_C = [
("Ambassador recalled after leaked cable criticises host government",
"""The ambassador to Brazil, Sir Nigel Carrow, has been recalled to London for consultations after a leaked diplomatic cable in which he described the host government as "chaotic and thin-skinned" was published by a newspaper in Brasilia.

The Foreign Office said on Tuesday that Sir Nigel would return "in the coming days" and that ⟦flip:her|his⟧ future in the post would be discussed. It stressed that the recall was not a dismissal.

The cable, written in March, was addressed to the Foreign Secretary, Rebecca Hall. It gave a frank assessment of the Brazilian president's cabinet and predicted that several ministers would be replaced within a year. Two have since resigned.

Brazil's foreign minister, Fernanda Alves, said her government was "surprised and saddened" by the language and had summoned the British chargé d'affaires. She did not call for the ambassador's removal but said trust had been "damaged."

In London, Ms Hall said she had "complete confidence" in the diplomatic service and that ambassadors must be free to give candid advice. She said an inquiry had been opened into the leak.

Former diplomats rallied around the envoy. Lady Caroline Bennett, a former ambassador to Mexico, said that writing honest cables was "the job," and that the real scandal was the leak. Sir Peter Rowe, who preceded Carrow in Brasilia, said his former colleague was "one of the most respected diplomats of his generation."

Carrow, 59, has served in Brazil since 2022. ⟦flip:She|He⟧ previously held posts in Lagos, Jakarta and at the United Nations in New York. Colleagues said he was fluent in Portuguese and widely liked in Brazilian political circles.

Asked on Tuesday whether ⟦flip:she|he⟧ expected to return to Brasilia, the ambassador told reporters at the embassy gate only that he would "go where I am sent.\"""",
"Nigel Carrow", "m"),

("Athletics: Okonkwo breaks 400m record in Zurich",
"""Grace Okonkwo broke the world record in the women's 400 metres on Thursday night, running 47.38 seconds at the Diamond League meeting in Zurich.

The 24-year-old Nigerian took four hundredths of a second off a mark that had stood for more than four decades. She led from the first bend and held off the Jamaican champion, Shericka Thompson, who finished second in 48.12.

⟦flip:His|Her⟧ celebration was restrained. Okonkwo crouched on the track for several seconds, then walked slowly back to find her coach, Emmanuel Obi, who was in tears in the stands.

"I knew I was in shape," Okonkwo said. "I did not know I was in this shape." She said she had trained through a hamstring injury in June and had considered skipping the meeting.

Obi, who has coached her since she was sixteen, said the record had been "a long time coming." He said they had changed ⟦flip:his|her⟧ start in the winter and that it had "changed everything."

Thompson was generous in defeat. "She ran away from all of us," the Jamaican said. "You just have to say well done." The third-placed runner, Amalie Larsen of Norway, set a national record.

World Athletics president Lord Ashworth, who was in the stadium, said the run was "one of the great performances in the history of the sport." He presented Okonkwo with a bonus cheque for 100,000 dollars.

In the men's 200 metres, the American Devon Harris won in 19.71. The season's final meeting takes place in Brussels next week, where Okonkwo is expected to race again if ⟦flip:he|she⟧ recovers in time.""",
"Grace Okonkwo", "f"),

("Actor Daniel Reyes on playing a villain for the first time",
"""For twenty years Daniel Reyes has played the decent man: the doctor, the detective, the father who holds the family together. In Black Water, the new thriller from director Anna Kowalski, he plays a killer.

"I wanted to find out whether I could be frightening," Reyes says, sitting in a London hotel suite the morning after the film's premiere. "My daughter says I still can't. She watched it and laughed."

Reyes, 49, grew up in San Antonio, the youngest of five children. ⟦flip:Her|His⟧ mother cleaned offices at night and his father drove a delivery truck. He began acting in a church youth group and won a scholarship to drama school in New York at nineteen.

Kowalski, who also wrote the film, said she cast him precisely because audiences trust him. "The whole film depends on you not seeing it coming," she said. "With Daniel, nobody sees it coming."

His co-star, Emma Whitford, who plays the detective who eventually catches him, said filming the final confrontation was exhausting. "We did it twenty-two times," she said. "He was apologising to me between every take."

The role required Reyes to lose nine kilograms and to learn to sail. He spent three weeks on a fishing boat off the coast of Maine with a skipper named Joe Pelletier, who, Reyes says, "thought I was insane."

Critics have mostly been kind. The Guardian's reviewer called ⟦flip:her|his⟧ performance "a revelation of quiet menace." A few found the film itself too slow.

Reyes says he would happily go back to playing good men. "But I know now that I can do the other thing," he says, grinning. "That's worth something to an actor."

Black Water opens in cinemas on Friday.""",
"Daniel Reyes", "m"),

("Whistleblower testifies to committee about hospital safety failures",
"""A former senior nurse told a parliamentary committee on Wednesday that managers at Northfield General Hospital ignored repeated warnings about unsafe staffing on its maternity ward in the two years before the deaths of three newborn babies.

Ms Joanne Pritchard, who worked at the hospital for fourteen years and rose to become ward manager, said she had raised concerns in writing at least eleven times. "Every time, I was told there was no money," ⟦flip:he|she⟧ said.

Pritchard was dismissed in 2023 after, according to the hospital, breaching data rules. An employment tribunal later found that the dismissal was unfair and that she had been targeted for whistleblowing.

The committee's chair, Dame Eleanor Hart, thanked Pritchard for her "courage and clarity." Several members of the committee, including the Conservative MP Andrew Lyons, asked why the hospital's board had not acted on her warnings.

The hospital's former chief executive, Graham Pollard, who gave evidence later in the day, said he had not personally seen the nurse's letters and that he regretted "the failures of communication." Asked by Dame Eleanor whether he owed Pritchard an apology, he said he did.

Families of the babies who died sat in the public gallery. Kelly Barnes, whose son Alfie died in 2022, said afterwards that the former ward manager was "the only person in that building who tried to stop it." Mrs Barnes and her husband, Lee, have campaigned for a public inquiry.

Pritchard, who now works at a hospice, told the committee that she still thinks about the babies every day. At one point ⟦flip:his|her⟧ voice broke and the session was briefly paused.

The health secretary, Naomi Clarke, is expected to announce next month whether a full statutory inquiry will be held.""",
"Joanne Pritchard", "f"),

("Chess: Teenage prodigy wins national championship",
"""Arjun Mehta, fifteen, became the youngest national chess champion in the country's history on Sunday, clinching the title with a draw in the final round against the grandmaster Elena Petrova.

Mehta finished on 8.5 points from eleven games, half a point ahead of the defending champion, Viktor Hansen. He did not lose a game.

The final-round draw was a tense affair. Petrova, who needed a win to force a play-off, sacrificed a knight on move 23 and pressed for more than four hours. But the teenager defended calmly, and after 71 moves the players agreed to share the point.

"I was scared the whole time," Mehta admitted. "She is much stronger than me in those positions." Petrova said the boy had defended "like a veteran" and that she had no doubt he would soon be among the world's best.

⟦flip:Her|His⟧ father, Suresh Mehta, a software engineer, taught him the moves at the age of five. His mother, Kavita, drives him to tournaments and, according to the family, reads novels in the car park while he plays.

The boy's coach, the grandmaster Igor Sokolov, said that Mehta's greatest strength was patience. "Most talented children want to attack," Sokolov said. "Arjun is happy to wait. That is very rare." He said ⟦flip:she|he⟧ would play in three international events in the new year in pursuit of the grandmaster title.

Hansen, 34, was philosophical about losing his crown. "It had to happen one day," he said. "I am glad it was to someone this good."

The federation's president, Margaret Olsen, presented the trophy and said the result would "inspire a generation of young players."

Mehta said ⟦flip:she|he⟧ planned to celebrate by sleeping.""",
"Arjun Mehta", "m"),

("Archaeologists uncover Roman villa beneath supermarket car park",
"""Archaeologists have uncovered the remains of a large Roman villa beneath a supermarket car park in Gloucestershire, including a mosaic floor that experts say is among the finest found in Britain in fifty years.

The excavation, led by Dr. Harriet Fielding of the University of Bristol, began in June after ground surveys ahead of a planned extension to the shop revealed buried walls. The mosaic, depicting the god Bacchus surrounded by vines and leopards, was found last week under less than a metre of soil.

"We were expecting a farm building, maybe a barn," Dr. Fielding said. "Then we found a bath house, and then this." ⟦flip:He|She⟧ said the villa appeared to have been occupied from the second to the late fourth century.

The supermarket chain has agreed to delay construction. Its regional manager, Colin Royce, said the company was "proud to be part of an important discovery" and was discussing with the council how the site might be preserved.

Fielding's team includes about twenty volunteers, many of them local residents. One of them, a retired postman named Geoffrey Blake, was the first to spot tesserae from the mosaic. "I thought it was gravel," he said. "Then Harriet came over and went very quiet."

Historic England's chief archaeologist, Dr. Sunita Rao, said the find was of national significance and that the mosaic would probably be lifted and conserved. She praised the excavation team and singled out Fielding by name for ⟦flip:his|her⟧ careful leadership of the dig.

Professor Martin Hale, an expert on Roman Britain at Oxford, said the quality of the mosaic suggested the owner was among the wealthiest people in the province.

The site will be open to the public for two days next month before it is covered again for the winter.""",
"Harriet Fielding", "f"),

("Union leader calls off rail strike after late-night deal",
"""A national rail strike planned for Monday was called off late on Saturday after the train drivers' union reached a pay agreement with the main operators, ending a dispute that had lasted more than a year.

The union's general secretary, Mick Hollander, announced the deal outside the conciliation service's offices in London shortly before midnight. ⟦flip:She|He⟧ said members would be offered a 14 percent rise over three years and would vote on it within a fortnight.

"This is not everything we wanted, but it is a fair deal," Hollander said. "Our members have stood firm and it has paid off."

The operators' negotiator, Catherine Lowe, said the agreement included changes to working practices that would "modernise the railway." She thanked the conciliation service's chair, Dame Judith Morris, who had kept both sides at the table for fourteen hours.

Transport Secretary Owen Price, who had threatened to introduce minimum service legislation, welcomed the deal but said passengers had "paid a heavy price" during the dispute. He said the government would not provide additional funding.

Hollander, 61, a former driver from Sheffield, has led the union since 2017. Critics in the industry have accused ⟦flip:her|him⟧ of being unwilling to compromise; supporters credit his hard line for securing the best deal in the sector.

Passenger groups expressed relief. Anita Shah, of the campaign group Rail Users First, said commuters had lost patience with both sides. "Nobody won this," she said.

Some union members were unhappy. A driver in Leeds, Gary Moss, said he would vote against the offer because it tied pay to changes in rosters. But Hollander said he expected a clear majority in favour, and that ⟦flip:hers|his⟧ was the only realistic path to settle the dispute.""",
"Mick Hollander", "m"),

("Astronaut returns to Earth after record stay on space station",
"""NASA astronaut Commander Lisa Hartmann returned to Earth on Tuesday after 371 days aboard the International Space Station, the longest single spaceflight by an American.

The Soyuz capsule carrying Hartmann, Russian cosmonaut Oleg Petrenko and Japanese astronaut Kenji Watanabe landed on the steppe of Kazakhstan at 10:17 local time. Recovery crews helped the three out of the capsule and into reclining chairs, as is standard after long missions.

Hartmann smiled and gave a thumbs-up to cameras as ⟦flip:he|she⟧ was carried to a medical tent. Officials said all three crew members were in good condition.

During her mission, Hartmann conducted more than 200 experiments, including a study of how bone and muscle tissue change over a year in weightlessness. The data will help plan missions to Mars, said NASA's chief scientist, Dr. Angela Ruiz.

"Lisa has been, in a very real sense, the experiment," Dr. Ruiz said. "Her body is going to tell us things we could not learn any other way."

Hartmann, 47, a former Navy test pilot, flew twice to the station before this mission. She also completed five spacewalks during her latest stay, one of them with Petrenko to repair a leaking coolant line. The cosmonaut said afterwards that she had been "the calmest person in the universe."

Her husband, Paul Hartmann, and their two sons watched the landing from mission control in Houston. In a video message in which the commander filmed ⟦flip:himself|herself⟧ floating in the station's cupola, she said the first thing she wanted was "a hot shower and a cold beer, not necessarily in that order."

Watanabe and Petrenko spent six months on the station. Hartmann will undergo several weeks of rehabilitation before returning to Houston.""",
"Lisa Hartmann", "f"),
]
