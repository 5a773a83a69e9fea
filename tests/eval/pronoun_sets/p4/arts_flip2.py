# Flipped articles, part 2.
A = []
def add(title, person, gender, body):
    A.append(dict(title=title, person=person, gender=gender, body=body.strip()))

add("UN Envoy Ends Visit to Flood-Hit Delta", "Tomas Ferreira", "m", """
The United Nations special envoy for disaster recovery, Tomas Ferreira, ended a five-day visit to the flood-hit delta region on Saturday with a call for donors to double their support.

Mr Ferreira travelled by boat to villages that remain cut off two months after the river burst its banks. In one settlement he met families living on the roofs of their homes. "I have seen floods before. I have not seen water stay this long," the envoy said at a briefing in the regional capital.

The envoy said ⟦flip:she|he⟧ had visited three temporary camps and a hospital where doctors were treating outbreaks of cholera. He praised local volunteers but said the government's response had been slowed by a shortage of boats and fuel.

Regional governor Amina Sule, who accompanied him for part of the trip, said the province needed at least 200 million dollars to rebuild roads and schools. She said the central government had so far released less than a quarter of that. "We are grateful for every promise. We would be more grateful for the money," she said.

The head of the UN children's agency in the country, Karen Holm, said more than half a million children were out of school. She warned that families were beginning to marry off daughters to cope with the losses.

Mr Ferreira noted in ⟦flip:her|his⟧ closing statement that the flood had destroyed the harvest in most of the region and that food prices had tripled. He said he would report to the Security Council next week.

Interior minister Joseph Banda said the government welcomed the visit and was doing everything it could. He said new boats had been ordered and would arrive within a month.

Aid groups said the visit had brought much-needed attention. The envoy is expected to return in the spring.
""")

add("Chef Who Won Three Stars Opens Restaurant in Hometown", "Luca Bianchi", "m", """
The chef Luca Bianchi, whose city restaurant won three stars last year, has opened a small dining room in the coastal town where he grew up, cooking for twenty guests a night.

Bianchi, 44, left the town at seventeen to work in hotel kitchens abroad. He returned last year to care for his father, a retired fisherman, and said he found he did not want to leave again. "My father taught me to gut a fish before I could ride a bicycle," he said.

The new restaurant occupies a former net store on the harbour. The menu changes daily depending on the catch, which is supplied by a cooperative run by Teresa Mancini. She said the chef had insisted on paying more than the market price. "He told me good fish should cost what it costs," Ms Mancini said.

Bianchi's business partner, Sofia Greco, who manages the city restaurant, said the two sites would share suppliers and staff training. She said the chef would divide ⟦flip:her|his⟧ week between them, spending four days on the coast.

Not everyone welcomed the news. The owner of a long-established trattoria nearby, Marco Russo, said he worried that prices in the town would rise. But he admitted he had eaten at the new place twice. "It is very good. That is the problem," he said.

Food critic Elena Costa, who visited in its first week, described the cooking as simpler than at the chef's flagship. She wrote that Bianchi seemed more relaxed than she had ever seen ⟦flip:her|him⟧.

Tables are booked until the end of the summer. The chef said he had no plans to expand. "Twenty is enough. I want to see every plate leave the kitchen," ⟦flip:she|he⟧ said.
""")

add("Former Goalkeeper Jailed for Match-Fixing Scheme", "Dariusz Kowal", "m", """
A former professional goalkeeper was jailed for four years on Tuesday for his part in a scheme to fix lower-league football matches for gamblers in Asia.

Dariusz Kowal, 33, was found guilty last month of accepting payments to concede goals in at least six matches during the 2021 season. Judge Patricia Langley said he had betrayed his teammates and the supporters who paid to watch him.

"You were trusted to protect your goal. You sold that trust for a few thousand pounds," the judge told him.

The court heard that Kowal was recruited by a middleman, Ryan Doherty, who approached him in a nightclub. Doherty, who was jailed for six years, passed instructions by text message and paid in cash. Prosecutors said Kowal had kept a notebook recording the payments, which police found in ⟦flip:her|his⟧ car.

Defence barrister Naomi Field said her client had been in serious debt and had been threatened by people he owed money to. She said he had shown genuine remorse and had cooperated with the investigation. "He has lost his career, his reputation and his marriage," she said.

The former goalkeeper's club, Eastgate Town, said it had cooperated fully with the police. Its manager at the time, Steve Morrow, told the court he had noticed that Kowal's form dropped suddenly but had put it down to injury. "I spoke to him about it. He said his back was sore," Mr Morrow said.

Kowal showed no emotion as the sentence was read. His mother, who attended every day of the trial, wept in the public gallery.

The Football Association said it would seek a lifetime ban. Its integrity officer, Joanne Baird, said the case showed that match-fixing was not confined to the top leagues.
""")

add("Profile: The Quiet Engineer Behind the City's New Tram Line", "Samuel Okoro", "m", """
Most passengers on the city's new tram line, which opened on Monday, will never hear the name Samuel Okoro. That, colleagues say, is exactly how he likes it.

Okoro, 58, has been the project's chief engineer since the first survey eleven years ago. He has outlasted three transport ministers, two contractors and a public inquiry. He rarely gives interviews and turned down an invitation to cut the ribbon at the opening.

Born in Lagos, he came to the city as a student and never left. He began his career designing drainage for motorways and moved into rail in the 1990s. Former colleague Janet Rowe, who worked with him on a bridge project, said he was the only engineer she knew who read every page of every report. "He would find the mistake on page 340 that everyone else had missed," she said.

The line's greatest challenge was a tunnel beneath the old cathedral, where ground conditions were poorer than expected. Okoro insisted on slowing the boring machine to a crawl for six months, a decision that cost money but, engineers say, probably prevented damage to the building. The cathedral's dean, Rev Michael Shaw, said he had written to thank ⟦flip:her|him⟧ personally.

Transport commissioner Alison Grant said the engineer had been a steady presence through years of argument. "Politicians came and went. Sam was always there with his drawings," she said.

Okoro said ⟦flip:she|he⟧ was proud of the line but already thinking about its extension. He lives near the final stop with his wife, Grace, a retired teacher, and he plans to ride the tram to work for the first time this week.

Asked what he would do when the project was finished, he smiled. "There is always another project," he said.
""")

add("Farmer Wins Court Battle Over Wind Turbine Noise", "Gareth Evans", "m", """
A sheep farmer who complained for six years that noise from a nearby wind farm kept him awake at night has won his case against the operator in the High Court.

Gareth Evans, 61, said the low hum from the twelve turbines on the ridge above his farm had made sleep almost impossible. Mrs Justice Claire Morgan ruled on Friday that the noise amounted to a nuisance and ordered the operator, Ridgeline Energy, to reduce it during the night.

Mr Evans said he felt vindicated. "For years people told me I was imagining it. Now a judge has listened," he said outside the court. His wife, Eleri, said the case had taken a heavy toll on the family.

Ridgeline Energy's operations director, Matthew Cole, said the company was disappointed and would study the ruling. He said the turbines had always met the noise limits set in their planning permission. "We have been good neighbours to this community for a decade," Mr Cole said.

The judge found that the limits had been based on measurements taken in the wrong place. An acoustic expert called by Evans, Dr Helen Price, told the court that the noise inside the farmhouse was louder than the operator's models predicted. The judge said she found Dr Price's evidence persuasive.

Evans, who has farmed the land since he inherited it from ⟦flip:her|his⟧ father, said he had never opposed wind power. "I am not against the turbines. I am against being kept awake," the farmer said.

Neighbour Bethan Jones said several other households had also complained but had not been able to afford legal action. She said they would now consider their options.

Ridgeline has until the end of the month to propose changes. Evans said ⟦flip:she|he⟧ would wait to see what they offered before deciding whether to seek damages.
""")

add("Author Wins Prize for Novel About Wartime Evacuees", "Thomas Ashby", "m", """
The novelist Thomas Ashby won the Marlowe Prize for fiction on Thursday for a book about two children evacuated from the city during the Second World War.

Ashby, 52, received the award at a dinner in the old guildhall. His novel, The Long Field, follows a brother and sister sent to a farm where the farmer's wife, a widow, is struggling to keep the land. The judges called it a tender and unsentimental book.

Chair of the judges, the critic Frances Holloway, said the panel had reached a unanimous decision. "It is a book about kindness that never once becomes sweet," she said. She added that the other shortlisted writers, including the poet Maya Lind, had made the decision difficult.

Ashby said the story had grown out of letters written by his grandmother, who was evacuated as a girl. He told the audience that he had read them aloud to her in hospital shortly before she died. Accepting the prize, the author said ⟦flip:she|he⟧ wished she could have been there.

His publisher, Owen Clarke, said sales of the book had already doubled since the shortlist was announced. He said a second printing had been ordered.

Ashby worked as a primary school teacher for twenty years before publishing his first novel. He said the classroom had taught ⟦flip:her|him⟧ more about writing than any course. "Children tell you immediately when they are bored. Adults are too polite," he said.

Fellow shortlisted writer Daniel Oduya said he was delighted for Ashby. "He has been writing quietly for years. It is about time," he said.

The prize carries an award of 25,000 pounds. Ashby said he would use part of it to fund a writing club at his former school.
""")
