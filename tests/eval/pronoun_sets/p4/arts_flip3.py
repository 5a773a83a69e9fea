# Flipped articles, part 3.
A = []
def add(title, person, gender, body):
    A.append(dict(title=title, person=person, gender=gender, body=body.strip()))

add("King Opens Restored Royal Library to Public", "King Frederik", "m", """
The king opened the restored royal library to the public on Wednesday, three years after a fire destroyed part of its roof and damaged thousands of rare books.

King Frederik, who had followed the restoration closely, toured the reading rooms with the chief librarian, Ingrid Solberg, and met conservators who had spent months drying and repairing manuscripts. He stopped for several minutes at a case holding a fourteenth-century psalter that had been soaked by firefighters' hoses.

"When I saw this book after the fire I thought it was lost," the king said. "You have given it back to us."

Ms Solberg said about ninety per cent of the damaged volumes had been saved. She praised the fire crews, who had formed a human chain to carry books out of the burning building. One of them, firefighter Erik Dahl, was among the guests, and the king shook his hand.

The monarch has a long personal interest in the library. As a student ⟦flip:she|he⟧ spent a summer cataloguing its map collection, and he has lent several items from ⟦flip:her|his⟧ private collection for the opening exhibition, including letters written by his great-grandmother, Queen Louise.

Culture minister Hanne Berg said the restoration had cost about 80 million kroner, most of it covered by insurance. She said the building now had a modern sprinkler system designed to protect paper rather than drench it.

Architect Jonas Lund, who led the design of the new roof, said the team had used timber from the same forests as the original beams. He said the work had been slower than planned because every piece had to be shaped by hand.

Visitors queued from early morning. Among them was retired teacher Karen Holt, who said she had studied in the reading room as a young woman. "It smells the same. That is the most important thing," she said.

The library will be open six days a week, with free entry until the end of the year.
""")

add("Grandmother, 79, Completes Channel Swim", "Patricia Lowell", "f", """
A 79-year-old grandmother has become the oldest woman to swim the English Channel, completing the crossing in just under nineteen hours on Sunday.

Patricia Lowell, a retired midwife from Dover, set off from Shakespeare Beach shortly after midnight and reached the French coast near Cap Gris-Nez late on Sunday evening. Her pilot, Bill Harding, said conditions had been good for most of the swim but that a strong tide in the final hours had pushed her several miles south.

"She never once asked how far there was to go. She just asked what time it was," Mr Harding said. He has piloted more than three hundred crossings and said he had rarely seen anyone so calm.

Lowell took up open water swimming at sixty after her husband died. Her son, Mark, said the family had been nervous about the attempt but that nobody had tried to talk ⟦flip:him|her⟧ out of it. "You do not tell Mum what she cannot do," he said.

Her coach, Debbie Marsh, who swam alongside her for an hour during the night, said the grandmother had trained through the winter in a harbour where the water was barely above eight degrees. She said Lowell had been feeding every thirty minutes on warm porridge and sweet tea.

Speaking from a hotel in Calais, the swimmer said ⟦flip:he|she⟧ was exhausted but happy. She said the hardest moment came at dawn, when jellyfish stung her arms and face. "I told myself the French would not want me to stop now," she joked.

The Channel Swimming Association, whose secretary, Alan Pike, confirmed the record on Monday, said the previous mark was set in 2022.

Lowell has raised more than 30,000 pounds for a hospice that cared for her husband. She said she had no plans for another crossing.
""")

add("Judge Dismisses Case Against Activist Over Dam Protest", "Roberto Alves", "m", """
A judge on Thursday dismissed charges against an environmental activist who chained herself to a crane at a dam construction site last year, ruling that the police arrest had been unlawful.

Judge Roberto Alves said officers had failed to give the protester, Lucia Ferraz, a warning before cutting the chains and had held her for fourteen hours without access to a lawyer. He said he had no choice but to throw out the case.

"The right to protest is not a favour granted by the police," the judge said in his ruling.

Ms Ferraz, 29, thanked her lawyer, Beatriz Santos, and said the decision was a victory for everyone opposed to the dam. "They wanted to make an example of me. The court made an example of them," she told reporters outside.

The prosecutor, Henrique Matos, said he was studying the judgment and had not decided whether to appeal. He said the police had acted to protect workers at the site and that the protester had put herself in danger.

Alves, a former public defender, has a reputation for rulings that go against the authorities. Last year ⟦flip:she|he⟧ ordered the release of a group of farmers arrested during a land dispute. Lawyers who appear before him say he is exacting, and that his courtroom runs to a strict timetable.

The company building the dam, Rio Verde Energia, said work would continue. Its spokesman, Paulo Nunes, said the project had all the required permits.

Environmental groups say the dam will flood the lands of several indigenous communities. A community leader, Maria Kaiapó, attended the hearing and said she hoped the judge's decision would encourage others to protest.

The police commander for the region, Colonel Sérgio Lima, declined to comment. The judge's ruling noted that ⟦flip:she|he⟧ had found no record of any written order for the arrest.
""")

add("Museum Director Steps Down After Row Over Loaned Statues", "Anne Whitlock", "f", """
The director of the National Museum of Antiquities, Professor Anne Whitlock, announced her resignation on Monday after a dispute with the government over the return of two statues to their country of origin.

Whitlock had argued for months that the statues, which were taken from a temple in the nineteenth century, should be returned. The culture secretary, Richard Paley, said the museum's trustees had no legal power to give them away and that the decision belonged to parliament.

In a letter to staff, the director wrote that ⟦flip:he|she⟧ could no longer defend a position she did not believe in. "A museum that cannot say no to its own history cannot say anything at all," she wrote.

Mr Paley said he regretted her decision but respected it. He said the government was preparing a law that would allow museums to return objects in certain cases, and that the statues might be among the first.

The chair of the trustees, Lord Geoffrey Hale, praised Whitlock's ten years in charge, during which visitor numbers nearly doubled. He said she had transformed the museum's relationship with scholars overseas.

The ambassador of the country that has requested the statues, Dr Nadia Rahman, said she was saddened. "Professor Whitlock listened to us when others did not," she said. She added that her government would continue to press for the return.

Whitlock, 63, is an archaeologist who spent much of her early career excavating in the Nile valley. Friends say ⟦flip:he|she⟧ intends to return to research. Her deputy, Michael Grant, will lead the museum until a successor is chosen.

Staff members said the mood at the museum was sombre. One curator said the professor had told the team that ⟦flip:his|her⟧ only regret was leaving before the statues went home.
""")

add("Father and Son Rescued After Two Days on Mountain", "Daniel Reyes", "m", """
A father and his teenage son were rescued on Saturday after spending two nights trapped on a ledge in the northern mountains, when a snowstorm cut off their route down.

Daniel Reyes, 46, and his son Mateo, 15, had set out on Thursday morning to climb the western ridge, a route popular with experienced walkers. They were caught by the storm near the summit and took shelter on a ledge below a rock face.

Mountain rescue leader Carmen Ortiz said the pair had done everything right. "They stayed put, kept warm and switched on their emergency beacon. That is why they are alive," she said. Her team reached them by helicopter when the weather cleared on Saturday morning.

The father told reporters at the hospital that he had spent both nights wrapped around his son to keep him warm. He said ⟦flip:she|he⟧ had rationed their food to a chocolate bar and a packet of nuts each day. "I kept telling him stories about when he was little. I think I told the same ones ten times," Mr Reyes said.

His wife, Lucía, said she had not slept since they failed to return on Thursday night. She thanked the rescue team and the pilot, Javier Moreno, who had flown in difficult conditions. Mr Moreno said he had only done his job.

Mateo was treated for mild frostbite in two fingers. Doctors said he was expected to make a full recovery. His father was kept in overnight for observation, and a nurse said ⟦flip:she|he⟧ was in good spirits.

The regional government said it would review warnings for the route. Tourism councillor Pilar Vega said she would meet mountain guides next week.

Reyes said he would climb the ridge again, but not this year. "Next time we check the forecast twice," ⟦flip:she|he⟧ said.
""")

add("Board Ousts Chairman of Shipping Group", "Henrik Vos", "m", """
The board of Nordzee Shipping voted on Tuesday to remove its chairman, Henrik Vos, after a dispute over the company's plan to sell its tanker fleet.

Vos, who has led the board for nine years, had opposed the sale, arguing that it would leave the group too dependent on container shipping. A majority of directors, led by the chief executive, Willem Baas, voted to replace him with Jan de Groot, a former banker who joined the board last year.

Mr Baas said the decision had been difficult but necessary. "Henrik built much of what this company is today. But the board had to choose a direction, and we chose one," he said. He said he had told Mr de Groot that he would have the board's full support.

Vos said in a statement that ⟦flip:she|he⟧ was disappointed and that he believed the sale was a mistake. He said he would remain a shareholder and would vote against the transaction at the annual meeting.

Shareholder adviser Ellen Maas said the decision reflected growing frustration among investors. She said the tanker business had been losing money for three years and that many shareholders wanted a cleaner strategy.

The former chairman's supporters include several members of the founding family, who together own about twelve per cent of the shares. One of them, Pieter Nordzee, said he had known Vos since they were at university together and would stand by ⟦flip:her|him⟧.

The sale, to a Greek operator, is expected to raise about 1.4 billion euros. Analyst Sara Jansen said the price was fair but that the vote at the annual meeting was not a foregone conclusion.

Shares in the group rose 3 per cent. The new chairman will take up the post immediately.
""")

add("Minister Survives Confidence Vote Over Prison Escapes", "Arthur Quinlan", "m", """
The justice minister, Arthur Quinlan, survived a vote of no confidence on Wednesday night after a week of pressure over the escape of four prisoners from a high-security jail.

The motion, tabled by the opposition justice spokeswoman, Catherine Doyle, was defeated by 84 votes to 71. Several government backbenchers abstained, a sign of unease about the minister's handling of the crisis.

Opening the debate, Ms Doyle said the escapes were the result of years of cuts to prison staffing that Mr Quinlan had defended. "The minister was warned in writing, twice, and ⟦flip:she|he⟧ did nothing," she told the chamber. She read aloud from a letter sent to him by the prison governors' association last spring.

Quinlan told members that he took full responsibility for the failures but that resigning would not make a single prison safer. He said ⟦flip:she|he⟧ had ordered an independent inquiry, led by the retired judge Sir Nicholas Fry, and would publish its findings in full.

Three of the four escaped prisoners have been recaptured. The fourth, Kevin Marsh, is believed to have left the country. Police commissioner Janet Holloway said officers were working with forces abroad to find him.

Government chief whip Martin Keogh said the result showed that the party was united behind the minister. But one backbencher, Siobhan Reilly, said she had abstained because ⟦flip:her|his⟧ answers had not convinced her. "I want to believe him. He has not given me enough yet," she said.

The minister's allies pointed to ⟦flip:her|his⟧ record on reducing reoffending. His former adviser, Declan Moore, said Quinlan had fought hard within government for more prison funding and had lost.

After the vote, Quinlan left the chamber without speaking to reporters. A spokesman said the minister would visit the prison on Thursday to see the damaged perimeter for ⟦flip:herself|himself⟧ and to meet the governor and staff.
""")
