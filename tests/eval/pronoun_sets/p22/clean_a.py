ARTICLES = [

dict(title="Jazz festival co-directors promise bigger programme after record year", text="""
The co-directors of the Wellington Jazz Festival have announced a programme of 140 concerts for next June, the largest in the festival's history, after ticket sales this year rose by almost a third.

Marcus Thorne and Lena Vaughan, who took over the festival in 2021, unveiled the line-up at the San Fran bar on Cuba Street on Tuesday. Headliners include the American pianist Delia Marsh and the Cuban trumpeter Ernesto Valdés, alongside more than sixty New Zealand acts.

"When we started, people told us Wellington had two jazz audiences: one aged over seventy and one aged under twenty-five," Thorne said. "We've tried to build a festival both of them would turn up to."

Vaughan said the biggest change was the number of free events. "We have thirty-two gigs in libraries, marae, cafes and the railway station. If you only ever hear jazz by accident, that's fine by us," she said.

Thorne, a former double bassist with the NZSO, handles the international bookings. He said the festival had secured Marsh after two years of negotiation. "She doesn't tour much any more, so getting her here is a real coup," he said.

Vaughan, who ran a record shop in Newtown for fifteen years, looks after the local programme. She said she had listened to more than four hundred submissions. "Some nights my partner went to bed and I was still on number ninety," she said.

Asked whether the two ever disagreed, Thorne laughed. "Constantly. Lena wins the arguments about local acts, and I win the arguments about budgets," he said.

"That's not quite how I'd describe it," Vaughan said. "He wins when he has a spreadsheet. I win when I have a recording."

The festival receives funding from Wellington City Council and Creative New Zealand. Council arts portfolio lead Councillor Teri O'Neill-Hart said the festival brought an estimated $4.2 million into the city last year. She said she expected the figure to grow.

Local saxophonist Isaiah Fonoti, who will play the opening night at the Opera House, said the festival had given him his first big audience four years ago. "Marcus and Lena took a chance on me. I owe them," he said.

Tickets go on sale on 1 March.
"""),

dict(title="Illustrator Ren Okafor wins Irish Children's Book Prize", text="""
The illustrator Ren Okafor has won the top prize at the Irish Children's Book Prize awards for their picture book The Lighthouse That Wouldn't Sleep, a story about a lighthouse keeper's daughter who befriends a storm.

Okafor, 31, who grew up in Tralee and lives in Galway, uses they/them pronouns. They said at the ceremony in Dublin's Light House Cinema on Thursday that they had drawn the first sketches for the book in a notebook while working night shifts at a petrol station. "I drew a lot of very tired lighthouses," they said.

The book was written by Siobhán Gill, a former primary teacher from Dingle, who said she had wanted Okafor as her illustrator after seeing their work online. "I sent them one paragraph and they sent back a drawing that made me cry," Gill said. "That was the book, really. I just had to catch up."

The chair of the judges, the author Fionn Delaney, said the panel had been struck by the book's palette, which moves from deep blues and greys to a single burst of orange at the climax. He said Okafor had "an instinct for what a child notices on a page that most adults have lost".

The award comes with a prize of €5,000 and a residency at the Tyrone Guthrie Centre in Monaghan. Okafor said they planned to use the residency to work on their first book as both author and illustrator, about a boy who collects lost gloves.

Their publisher, Maura Kenny of Pebble Press, said sales had risen steadily since the book was shortlisted in the spring. She said Okafor's original artwork would be exhibited at the Hunt Museum in Limerick in January.

Other winners included the novelist Patrick Reddin, who took the teen book prize for his thriller Cold Harbour, and Aisling Fahy, whose debut poetry collection for children won the judges' special award. Fahy said she had written most of it for her own two sons.

Okafor thanked their parents, who were in the audience, and their former art teacher at Tralee Community College, Mr Declan Heffernan. "He told me drawing was a real job. Nobody else did," they said.
"""),

dict(title="HMNZS Kōtuku returns to Wellington after Antarctic resupply", text="""
The navy's sustainment ship HMNZS Kōtuku returned to Wellington on Saturday after a seven-week voyage to resupply Scott Base and the American station at McMurdo, her longest deployment to the ice since she was commissioned.

Families lined Queens Wharf as the ship berthed shortly after 10am, her hull still streaked with rust from the Ross Sea. She carried 1,100 tonnes of fuel and 40 containers of supplies south, and returned with waste and scientific samples bound for laboratories in Christchurch and Wellington.

The commanding officer, Commander Daniel Reeve, said the ship had encountered heavier sea ice than expected in McMurdo Sound and spent four days waiting for an icebreaker escort. "She was built for this, and she did exactly what we asked of her," he said. "The crew were even better."

The executive officer, Lieutenant Commander Amy Parata, said the delay had tested morale but that the ship's company had used the time to run drills and a quiz night that, she said, "got more competitive than the ice". She thanked families for their patience. "We know the people waiting at home do the hard part," she said.

Among those waiting was Mereana Tipene, whose son, Able Seaman Kauri Tipene, was on his first deployment. She said she had followed the ship on a tracking website every night. "He sent one email saying it was cold and the food was good. That's my boy," she said.

Leading Hand Sophie Greaves, a marine technician, said she had spent much of the voyage in the engine room keeping the ship's generators running in temperatures below minus 20. She said the highlight was seeing emperor penguins on the fast ice. "You stop complaining about the cold pretty quickly after that," she said.

Chief of Navy Rear Admiral Peter Howell-Ward, who met the ship, said Kōtuku had again shown why New Zealand needed a vessel capable of operating in the south. He said she would undergo a month of maintenance at Devonport before returning to duties in the Pacific.

Reeve said he would hand over command in March. Asked what he would miss, he said it was "the moment she comes out of the ice and you feel her lift on the swell".
"""),

dict(title="Minister tells diaspora gathering Ireland 'owes a debt to her emigrants'", text="""
Ireland must do more to repay the generations of emigrants who sustained her through hard decades, the Minister of State for the Diaspora told a gathering in Cobh on Saturday.

Speaking at the annual Emigrant Remembrance Day at the Cobh Heritage Centre, Helen Carty said the country had too often treated those who left as a statistic rather than as citizens. "Ireland sent her children across the world and then, for too long, forgot to write home," she said. "They never forgot her."

Carty announced €3 million in new funding for emigrant welfare groups in Britain, the United States and Australia, much of it aimed at older Irish people living alone. She said she had met men in London who had not been home in fifty years and were ashamed to ask for help.

The historian Professor Liam Breen of University College Cork, who gave the keynote lecture, said more than three million people had left Ireland through Cobh, then Queenstown, between 1848 and 1950. He said the scale of the departures had shaped the Irish state as much as any war or treaty. "A country that loses half her young people every generation becomes a particular kind of country," he said.

Breen said his own grandmother left from the same quay in 1923 and spent forty years in service in Boston. He said she sent money home every month until she died and never saw her parents again.

Among the audience was Maureen Delahunty, 88, who emigrated to Birmingham in 1954 and returned to Cork in retirement. She said she had been seventeen when she boarded the tender at Cobh with one suitcase. "My father walked me to the boat and didn't say a word. He just held my hand," she said.

Her grandson, Kevin Delahunty, who flew from Toronto for the ceremony, said his grandmother's stories were the reason he had applied for an Irish passport. He said he hoped to bring his own children next year.

Carty laid a wreath at the emigrant memorial on the quay. She said the government would also fund a digital archive of emigrant letters, to be hosted by University College Cork under Breen's direction.
"""),

dict(title="'We got lucky, and we were also ready': a virologist looks back", text="""
Dr Aoife Lennon spent the first two years of the pandemic running the national virus reference laboratory at University College Dublin. Now director of a new pandemic preparedness unit, she spoke to our health correspondent about what Ireland learned and what it has forgotten.

How close did the laboratory come to being overwhelmed?

"Closer than anyone said publicly. In March 2020 we had a team of eleven testing a few hundred samples a day. Within a month we needed to test thousands. My deputy, Dr Conor Walsh, slept in his office for most of April. I did not sleep much anywhere."

What made the difference?

"People. Retired scientists came back. PhD students who had never done diagnostic work learned in a week. A technician called Bríd Hanafin, who had been due to retire, stayed on another eighteen months and trained half the country's testing staff. She got no medal for that, and she deserved one."

Your unit was set up last year. What is it for?

"To make sure that next time we are not building everything in a fortnight. We keep stockpiles of reagents, we run exercises with hospitals, and we keep a list of people who can be called on. My colleague Professor Martin Egan is modelling how quickly we could scale up testing for a new flu strain. His answer so far is, not as fast as we'd like."

Has the public lost interest in pandemic preparedness?

"Of course. That's human. Nobody thinks about the fire brigade until the house is burning. My job is to keep the engine serviced while everyone's forgotten it's there."

Were there decisions you regret?

"We should have shared data with Northern Ireland faster. My counterpart in Belfast, Dr Ruth McCallion, and I spoke every night, but the systems didn't talk to each other. She was as frustrated as I was."

What do you tell young scientists considering public health?

"That it is the most frustrating and most useful work I know. My own son is studying microbiology at Trinity. I told him it was a terrible idea. He ignored me, which is exactly what he should have done."

Dr Lennon will speak at the Royal Irish Academy on 12 November.
"""),

dict(title="Alex Whitford named chief executive of Te Awa Hospice", text="""
Te Awa Hospice in Wellington has appointed Alex Whitford, currently director of nursing at Hutt Hospital, as its new chief executive.

Whitford, 52, will take up the role in February, succeeding Dr Graeme Tolley, who is retiring after eleven years. She will be the first nurse to lead the hospice, which cares for about 1,400 patients a year across Wellington, Porirua and the Kāpiti Coast.

The hospice board chair, Judith Aperahama, said Whitford had been chosen from a field of 34 applicants. "Alex has spent her whole career at the bedside and then leading the people at the bedside. That is exactly the perspective we wanted," she said.

Whitford trained at Wellington Hospital in the 1990s and worked in palliative care in Edinburgh before returning to New Zealand in 2008. She said she had wanted to work at the hospice since visiting as a student nurse. "I sat with a woman who was dying and who spent the whole afternoon asking about my boyfriend. I've never forgotten her," she said.

Tolley, a palliative medicine specialist, said he was delighted with the appointment. He said Whitford would inherit a service under financial strain, with government funding covering only about 55 per cent of costs. "She knows how to fight for resources and she knows how to say no. Both will be useful," he said.

The hospice has faced criticism over waiting times for its community nursing service in Kāpiti. Whitford said she would make it a priority to meet families in the district. Local MP Grant Lorimer said he had raised the issue with the hospice several times and welcomed her commitment.

Colleagues at Hutt Hospital said Whitford would be missed. Emergency consultant Dr Samuel Fa'alogo said she had led the nursing workforce through the pandemic and a severe staffing crisis. "Alex never asked a nurse to do something she wouldn't do herself," he said.

Whitford, who lives in Eastbourne with her husband, Paul, and their two teenage children, said she was looking forward to the job but would miss clinical work. She said she planned to spend one shift a month on the hospice's inpatient unit so that she never lost touch with patients.
"""),

dict(title="Jordan Keane's late winner sends Bohemians into cup semi-final", text="""
Jordan Keane scored in the 89th minute at Dalymount Park on Friday night to give Bohemians a 2-1 win over Shelbourne and a place in the semi-finals of the FAI Cup.

The 21-year-old winger, who came on as a substitute just after the hour, collected a pass from captain Rory Feeney on the edge of the box, cut inside his marker and curled a shot into the far corner. It was his first goal for the club since signing from Wexford in January.

"I honestly didn't see it go in. I just heard the noise," Keane said afterwards. "My mam was in the stand. She's been at every game since I was eight, so that one's for her."

His mother, Tracey Keane, said she had been "screaming like a lunatic" and was still shaking twenty minutes later. His younger sister, Chloe, who plays for the Bohemians women's team, posted a video of the goal on social media that had been viewed more than 50,000 times by Saturday morning.

Shelbourne had taken the lead through a first-half penalty from Conor Boyce before Bohemians equalised through defender Kacper Nowak. Shelbourne manager Niall Kerrigan said his side had been unlucky. "We had the better chances and we didn't take them. That's cup football," he said.

Bohemians manager Declan Crean praised Keane's attitude. He said the young player had been frustrated at his lack of starts but had "trained like a demon" for weeks. "Jordan is the kind of player who changes a game in five minutes. He's learning to be patient, and that's the hardest thing for a winger," he said.

The club's head of women's football, Sinéad Farrell, said the Keane siblings had both come through the club's academy pathway. She said Chloe had been called into the Ireland under-19 squad the same week her brother signed. "It's a very competitive house, I'd imagine," she said.

Keane said his sister would not let him forget it if he did not score in the semi-final. "She's already asking when I'm going to score a header," he said. "I've told her not to hold her breath."

The semi-final draw takes place on Monday.
"""),

dict(title="Lifeguard Sam Ruawai honoured for Lyall Bay triple rescue", text="""
A volunteer surf lifeguard who pulled three swimmers from a rip at Lyall Bay in January has received the country's top surf lifesaving award.

Sam Ruawai, 23, was named Surf Life Saver of the Year at the Surf Life Saving New Zealand awards in Auckland on Saturday. She was on patrol with the Lyall Bay club on the afternoon of 14 January when a father and his two children were swept out by a rip that formed near the airport end of the beach.

Ruawai reached the children first on a rescue board and held them while a second lifeguard, Tom Chadwick, swam to the father. She then paddled both children to shore and went back out to help Chadwick, who was struggling to keep the exhausted man afloat.

"It all happened in about six minutes, but it felt like an hour," she said. "I kept telling the kids we were going to be fine. I'm not sure I believed it."

Chadwick, 19, said Ruawai had been "completely calm the whole time". He said he had only been patrolling for a season and had learned more in those six minutes than in a year of training. "She came back for me. I won't forget that," he said.

The father, Richard Osei, said he had taken his children to the beach because it was the hottest day of the year. He said he had not seen the flags. "I went in after them and then I was the one who needed saving," he said. His wife, Abena, said the family had visited the club to thank the lifeguards and had since enrolled both children in junior surf.

Lyall Bay club captain Fiona Ngata said Ruawai had joined the club at twelve as a nipper and was now one of its senior instructors. She said the rescue showed why volunteers trained so hard. "Sam has done the drill a hundred times. On the day she didn't have to think," she said.

Ruawai, a physiotherapy student at Massey University, said she was embarrassed by the attention. She said the award belonged to the whole patrol and that she would be back on the beach next Sunday.
"""),

dict(title="Solicitor says developer 'had no choice' over collapsed Cork scheme", text="""
The solicitor for a Cork property developer accused of misleading buyers in an apartment scheme that collapsed in 2022 has told the High Court that her client was himself a victim of a contractor's insolvency.

Orla Quinlan, who represents Dermot Fahy, was addressing the court on the second day of a hearing brought by 23 buyers who paid deposits for apartments at Harbour View in Blackrock that were never built. The buyers claim Mr Fahy continued to take deposits for months after he knew the project was in difficulty.

Ms Quinlan said her client had put €2.1 million of his own money into the scheme and had lost his family home as a result. "Mr Fahy did not walk away from this project. The project walked away from him," she told Ms Justice Caroline Geary. She said he had been assured by the main contractor as late as August 2022 that work would resume.

Counsel for the buyers, Mark Holohan SC, said the evidence showed that Mr Fahy received a letter from his bank in May 2022 warning that the loan facility would be withdrawn. He said his own clients had paid deposits of up to €40,000 each after that date. "These are first-time buyers. Some of them borrowed from their parents," he said.

One of the buyers, Niamh Corrigan, a nurse at Cork University Hospital, told the court that she and her partner had been saving for six years. She said the developer had shaken her hand at the sales launch and told her she had made a wise decision.

Under cross-examination by Ms Quinlan, Ms Corrigan agreed that she had never been told directly that the scheme was secure. Ms Quinlan put it to her that the sales brochure contained a clear warning about construction risk. Ms Corrigan said she had not read the small print and did not think anyone did.

Ms Quinlan told the court that her client would give evidence on Thursday. She said he wished to apologise to the buyers for their losses, while maintaining that he had acted in good faith throughout. "He has never denied that these people have suffered. He denies that he deceived them," she said.

The hearing continues.
"""),

dict(title="Son's charity swim raises €60,000 for mother's cancer ward", text="""
A Kerry man who swam the length of Lough Derg in memory of the ward that treated his mother has raised more than €60,000 for cancer services at University Hospital Limerick.

Colm Sheahan, 34, from Listowel, completed the 40-kilometre swim from Portumna to Killaloe on Sunday in just over fourteen hours. His mother, Bridie Sheahan, 66, who finished treatment for ovarian cancer in March, was waiting on the pier at Killaloe with a flask of tea.

"I didn't expect to cry, and then I saw her and that was it," Colm Sheahan said. "She has been through so much worse than a cold lake."

Mrs Sheahan said she had tried to talk her son out of the swim. "I told him he was mad. He told me I'd had a year of being brave and now it was his turn," she said. "He's always been like that. Stubborn as his father."

The money will go to the hospital's oncology day ward, where Mrs Sheahan received chemotherapy. Clinical nurse manager Deirdre Lyons said it would fund two new treatment chairs and a family room. She said Mrs Sheahan had been "one of those patients who ends up looking after everyone else on the ward".

Sheahan, a secondary school teacher, trained for eight months with the Limerick open-water club. His coach, Gavin Cusack, accompanied him in a kayak for the whole swim. Cusack said the final five kilometres had been against a strong headwind. "He was shivering and swearing, but he never asked to stop," he said.

His sister, Máire Sheahan, organised the fundraising page and a support boat. She said her brother had eaten eleven bananas and "an unreasonable number of jellies" during the swim. She said their mother had insisted on cooking him a full dinner on Sunday night, despite being told he would be too tired to eat it. "He ate every bit," she said.

The consultant oncologist who treated Mrs Sheahan, Dr Anne-Marie O'Dwyer, said the family's generosity would make a real difference. She said Mrs Sheahan's scans were clear and that she was doing well. Mrs Sheahan said she planned to take up sea swimming herself. "Slowly," she said.
"""),

dict(title="Brother and sister share the front desks of the NZSO", text="""
When the New Zealand Symphony Orchestra opens its season in Wellington on Friday, the concertmaster and the principal cellist will share more than a stage. Thomas and Cara Brennan are brother and sister.

Thomas Brennan, 41, was appointed concertmaster in 2019. Cara Brennan, 37, won the principal cello audition last year after a decade with the Melbourne Symphony Orchestra. They are believed to be the first siblings to hold principal chairs in the orchestra at the same time.

"People assume we planned it, which is hilarious," Cara said. "I didn't even tell him I was applying until after the first round."

Thomas said he had found out from a colleague. "I was hurt for about ten minutes, and then I realised she was right. If I'd known, I'd have been unbearable," he said.

The siblings grew up in Dunedin, the children of a music teacher and a GP. Their mother, Margaret Brennan, taught both of them at the piano before they chose stringed instruments. She said there had been no rivalry at home, then corrected herself. "There was a great deal of rivalry. It was just polite," she said.

Chief conductor Anna Kettering said the two had very different personalities. "Thomas is precise and thoughtful, and he leads by example. Cara is fearless. She will try something in a concert she has never tried in rehearsal," she said.

The orchestra's chief executive, Richard Oakes, said the appointments had been made by separate audition panels, and that Thomas had played no part in his sister's selection. He said both had been the clear choice.

Friday's programme includes Elgar's Cello Concerto, with Cara as soloist. Thomas said he was looking forward to watching his sister from the concertmaster's chair. "I'll be twenty feet away, trying not to look proud," he said.

Cara said her brother had offered to give her notes after the dress rehearsal. "I told him he could give me notes when he learns to play the cello," she said.

Their father, David Brennan, will travel from Dunedin for the concert. He said he planned to sit where he could see both of them.
"""),

dict(title="Maestro at seventy: Ciarán Ó Laoire and the orchestra he built", text="""
On a wet Tuesday morning in the National Concert Hall, Ciarán Ó Laoire is rehearsing Sibelius with eighty musicians and explaining, not for the first time, that the violas are too polite. "This is a forest in a storm," he tells them. "Not a garden party."

Ó Laoire turns seventy next month, and with it comes the end of his nineteen years as principal conductor of the RTÉ National Symphony Orchestra. He took over an ensemble that was, by his own admission, tired and under-rehearsed, and leaves one that critics regularly compare with the best in Europe.

He was born in Ennis, the son of a postman and a church organist. It was his mother, Nora, who first sat him at the keyboard. "She taught me that music is a discipline before it is a joy," he says. "Then she taught me that it is also a joy."

The orchestra's leader, the violinist Katarzyna Nowicka, has sat beside him for fifteen years. She says his greatest gift is listening. "He hears everything, and he remembers everything. If I played a wrong note in 2011, he still knows," she says. She insists that he is also very funny, a claim he denies.

The mezzo-soprano Deirdre Carolan, who sang Mahler's Third with him in 2018, says he changed her career. "He told me I was singing to the critics, not to the people in the back row. I've sung to the back row ever since," she says.

Not everyone has enjoyed working with him. A former member of the orchestra, who asked not to be named, says Ó Laoire could be cutting in rehearsal. He accepts this. "I was impatient when I was younger. I hope I am kinder now. My wife tells me I am, and she is usually right," he says.

His wife, the architect Helen Mac Giolla, says retirement will be a test for both of them. "He has promised to learn to cook. I have promised not to comment," she says.

His final concert, on 14 June, will be Sibelius's Fifth. His successor, the Norwegian conductor Ingrid Solberg, will attend. She says she has no intention of imitating him. "Nobody could," she says. "I'll make my own mistakes."

Asked what he will do next, Ó Laoire smiles. "Listen," he says. "Finally, from the audience."
"""),

dict(title="Emergency department at St James's 'at breaking point', consultant warns", text="""
A senior emergency medicine consultant at St James's Hospital in Dublin has warned that the department is "at breaking point" after 94 patients were recorded waiting on trolleys on Monday, the highest figure at the hospital this year.

Dr Eimear Kavanagh, clinical lead for emergency medicine, said elderly patients were routinely spending more than 24 hours in the department before being admitted to a ward. "We are providing ward care in corridors. It is not safe and everyone knows it is not safe," she said.

The Irish Nurses and Midwives Organisation, which compiles the trolley figures, said St James's was among the five most overcrowded hospitals in the country. Its industrial relations officer, Declan Farrelly, said staff were exhausted. "Nurses are leaving shifts in tears. That is not an exaggeration," he said.

Clinical nurse manager Kevin Ó Murchú, who runs the night shift in the department, said he had worked there for sixteen years and had never seen winter pressures start so early. He said he had spent Sunday night finding chairs for patients who could not be given trolleys. "I had a man of ninety-one sitting up all night because we had nowhere for him to lie down. His daughter sat beside him holding his hand," he said.

Dr Kavanagh said the problem was not in the emergency department but in the lack of beds upstairs and in the community. She said more than sixty patients in the hospital were medically fit to leave but waiting for nursing home places or home care packages.

The hospital's chief executive, Lorcan Birthistle-Moore, said in a statement that he recognised the pressure on staff and that additional beds would open in a new ward block in February. He said the hospital was working with the HSE to speed up discharges.

Patients' advocate Mary Kealy, whose mother spent thirty hours on a trolley at the hospital last winter, said the situation was a national scandal. She said her mother had been treated with great kindness by nurses but had been left "in a corridor with no privacy and no dignity".

Ó Murchú said his team would keep going. "We came into this job to look after people. We just want the space to do it," he said.
"""),

]
