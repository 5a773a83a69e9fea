CLEAN_A = [
("Council approves new stadium after heated debate",
"""City councillors voted 7-4 on Tuesday night to approve a new 30,000-seat football stadium on the site of the former gasworks, after a five-hour meeting that grew heated at times.

Council leader Frances Abbott opened the debate by arguing that the stadium would bring jobs and regeneration to one of the city's poorest wards. "This is the biggest investment the east side has seen in a generation," she said.

Councillor Raymond Tully, who led the opposition, disagreed. "We are being asked to hand public land to a private club on the promise of jobs that nobody has costed," he said. "I have seen this film before."

Abbott replied that the club had agreed to fund a community sports centre and to guarantee 300 local apprenticeships. "Those are in the contract," she said. "They are not promises."

Tully was unmoved. "Contracts get renegotiated," he said. "Ask anyone who lived near the last stadium."

The club's chairman, Howard Bell, watched from the public gallery. He told reporters afterwards that construction could begin next spring. Residents' spokeswoman Julie Marsh said her group would consider a legal challenge over traffic and noise.

Councillor Priya Sandhu, who had been undecided, said she had voted in favour after the club agreed to cap ticket prices for local residents. "I needed something concrete for the people I represent, and I got it," she said.

Councillor Dennis Ogden voted against. He said the traffic study was "a work of fiction" and that the surrounding streets could not take the extra cars on match days.

The decision must still be confirmed by the regional planning authority, which is expected to rule within three months. Abbott said she was confident it would be approved. Tully said he would write to the authority urging it to call in the application.""",
),

("Defence lawyer says client was 'scapegoat' as trial opens",
"""The lawyer for a former city treasurer accused of embezzling 2.3 million dollars told jurors on Monday that her client was a scapegoat for the failures of his bosses.

Opening the defence case, attorney Rebecca Sloane said that Martin Greaves had been "handed an impossible job and then blamed when it went wrong." She said he had repeatedly warned the city manager that the accounts were in disarray.

"He sent emails. He wrote memos. He asked for auditors," Ms Sloane told the jury. "Nobody listened to him, and now they want him to carry the blame for all of it."

Prosecutors say Mr Greaves, 54, moved city money into accounts controlled by a shell company over four years and used it to pay off personal debts. Assistant District Attorney Keith Lowry said the evidence would show that "every transfer led back to one desk, and it was his."

Mr Greaves, wearing a dark suit, sat beside his lawyer and showed little emotion. His wife, Carol, and their adult son sat in the front row of the public seats.

Ms Sloane said she would call the former city manager, Walter Prince, as a witness. She said he had signed off on several of the disputed transfers himself. Mr Prince, who retired last year, has not been charged. His lawyer, Anne Holt, said her client "looks forward to telling the truth under oath."

Judge Victoria Banks reminded jurors that opening statements are not evidence. She said she expected the trial to last about three weeks.

Outside court, Ms Sloane said her client had been "living under a cloud for two years" and wanted the chance to clear his name. She said she had advised him not to speak to reporters.

The first prosecution witness, a forensic accountant, is expected to testify on Tuesday.""",
),

("Lawyer for jailed journalist appeals for her release",
"""The lawyer representing a British journalist detained in Central Asia for six months said on Friday that his client's health was deteriorating and appealed to the government to step up efforts to free her.

Jeremy Addison said that Sophie Marlowe, 38, had lost more than ten kilograms since her arrest in June and was being held in a cell with no natural light. He said she had been allowed only two phone calls with her family.

"My client has done nothing except her job," Mr Addison told a press conference in London. "She reported what she saw. For that she has been accused of espionage, which is absurd."

Ms Marlowe, a freelance reporter, was arrested while covering protests over fuel prices. Authorities say she photographed a military installation. Her lawyer said the building in question was a disused bus depot.

Her partner, Thomas Reid, who sat beside Mr Addison, said he had last spoken to her three weeks ago. "She sounded tired but she was still making jokes," he said. "That is Sophie."

The Foreign Office said it was "providing consular support" and that the foreign secretary, Alan Morrow, had raised the case with his counterpart. Press freedom groups called that response inadequate. Lena Fischer, director of the Reporters' Defence Fund, said the government was "treating this as a paperwork problem rather than a hostage situation."

Mr Addison said he had travelled to the country twice but had not been allowed to see his client in private. He said her trial, initially set for October, had been postponed without explanation.

Ms Marlowe's mother, Jean Marlowe, has launched a petition that has gathered more than 80,000 signatures. She said she would deliver it to Downing Street next week. "I just want my daughter home," she said.""",
),

("Composer's new opera draws on their childhood in Lagos",
"""The composer Remi Adebayo, whose opera The Lagoon premieres at the Royal Opera House next week, has spoken about how the work grew out of their childhood in Lagos in the 1990s.

Adebayo, who is non-binary and uses they/them pronouns, said the opera was "a love letter to a city that was loud, generous and sometimes frightening." It follows a fisherman's family over a single day as a storm approaches.

"I wanted to write the sounds I grew up with," they said in an interview at the opera house. "The generators, the market women calling prices, the church choirs competing on a Sunday morning."

The production is directed by Katherine Leigh, who said she had wanted to work with Adebayo since hearing their string quartet at a festival in 2021. "Remi writes music that is both complex and immediately moving," Leigh said. "That is very rare."

The role of the fisherman, Tunde, is sung by the bass Oluwaseun Bakare, making his Covent Garden debut. His wife, Funmi, is sung by the soprano Grace Adeyemi. Adeyemi said the score was "fiendishly difficult and completely worth it."

The conductor, Sir Martin Ellery, said he had been struck by Adebayo's use of Yoruba talking drums alongside a full orchestra. "Nobody has done this on this scale," he said.

Adebayo studied at the Royal Academy of Music and has lived in London for fifteen years. Their previous works include a violin concerto and a song cycle for the mezzo-soprano Helen Park.

Asked whether they felt pressure ahead of the premiere, Adebayo laughed. "Every minute of every day," they said. "But I also feel very lucky."

The Lagoon runs for six performances. Tickets are largely sold out.""",
),

("Historic tall ship returns to harbour after restoration",
"""The tall ship Endeavour Grace sailed back into Portsmouth harbour on Saturday after a three-year restoration that cost 6 million pounds and nearly saw her broken up for scrap.

Crowds lined the harbour walls as she came in under full sail, her newly painted hull gleaming in the autumn sun. The ship, built in 1911, once carried grain from Australia to Europe and later served as a training vessel for naval cadets.

The restoration was led by the shipwright Alan Trelawney, who said every plank below the waterline had been replaced. "She was rotten to the keel when we started," he said. "Now she'll outlive all of us."

The ship's trust is chaired by Baroness Helen Forsyth, who launched the fundraising appeal in 2021 after surveyors warned that the vessel could sink at her moorings. She said more than 12,000 people had donated. "This ship belongs to them," she said.

Captain Joanna Pearce, who will command the vessel during her first season back in service, said she had been "grinning like an idiot" all the way from the Isle of Wight. "She handles beautifully," the captain said. "Better than I had any right to expect."

The ship will take young people from disadvantaged backgrounds on week-long voyages, a programme run by the youth charity Sea Change. Its director, Marcus Bell, said the first twenty places had already been filled.

One of the original cadets who trained aboard her in the 1960s, 79-year-old Frank Hodges, travelled from Yorkshire to watch. He said he had been seasick for his entire first voyage. "I still loved her," he said.

The Endeavour Grace will be open to visitors at the dockyard over the next two weekends before beginning her first voyage in spring.""",
),

("Restored 1960s race car sells for record price at auction",
"""A 1963 Ferrari that won its class at Le Mans sold for 48 million dollars at auction in California on Saturday, a record for a car sold at public auction.

The buyer, who bid by telephone, was not identified. The auctioneer, Charles Whitby, said the bidding had lasted eleven minutes and involved four serious contenders.

The car was consigned by the estate of the late collector Evelyn Marsh, who bought it in 1978 for what was then considered an extravagant 300,000 dollars. Her son, Robert Marsh, said his mother had driven it regularly until her eighties. "She always said a car like that should never be locked away," he said. "She took her shopping in it."

The car's history was documented by the motoring historian Dr. Isobel Grant, who spent two years tracing its ownership. She said it had passed through six owners and survived a crash in Sicily in 1965. "She has scars," Dr. Grant said of the car. "That is part of her story."

Bidding opened at 30 million dollars. A dealer representing a European collector dropped out at 44 million. The final hammer price, with fees, came to just over 48 million.

The racing driver who won with the car in 1963, the Belgian Henri Lambert, died in 2009. His daughter, Sylvie Lambert, attended the sale and was invited to sit in the driver's seat before bidding began. "I cried," she said. "I remember my father taking me to see her when I was small."

Whitby said the market for classic cars remained strong despite economic uncertainty. He said a second Ferrari from the Marsh collection would be sold next spring.

Robert Marsh said part of the proceeds would go to a motoring museum his mother helped found.""",
),

("Q&A: Olympic rower Hannah Brooks on retirement and what comes next",
"""Hannah Brooks won two Olympic gold medals in the women's pair and announced her retirement last month at the age of 34. She spoke to our sports correspondent, Michael Turner.

MICHAEL TURNER: Why now?

HANNAH BROOKS: My body told me. My back has been bad for two seasons, and my physio, Dave, sat me down in the spring and said, very gently, that if I kept going I might not be able to pick up my kids properly when I'm fifty.

TURNER: Was it hard to hear?

BROOKS: Awful. But he was right, and I knew he was right. I'd been pretending for a year.

TURNER: Your partner in the boat for both golds was Emily Carr. How did she take it?

BROOKS: Em already knew. She's my best friend. She'd retired a year before me, so she'd been through it. She told me the first six months are the worst.

TURNER: Your coach, Jürgen Albrecht, said you were the most stubborn athlete he had ever worked with.

BROOKS: (laughs) He says that about everyone. But yes. He used to send me home from training and I would turn up again an hour later. He'd pretend to be angry.

TURNER: What will you miss most?

BROOKS: The early mornings on the water, when it's flat and there's mist and nobody else is awake. Not the ergs. Never the ergs.

TURNER: What's next?

BROOKS: I'm going to coach juniors at my old club in Henley. And I'm doing a master's in sports psychology. My husband, Tom, says I'll be bored by Christmas.

TURNER: Will you?

BROOKS: Probably. Ask him in January.""",
),

("Chief constable praised as force meets crime targets",
"""The chief constable of West Midshire Police, Amanda Rowe, has been praised by inspectors after the force met all of its main crime reduction targets for the first time in a decade.

A report published on Thursday by the inspectorate said burglary had fallen by 22 percent and vehicle crime by 18 percent in the past two years. It credited Ms Rowe's decision to return officers to neighbourhood patrols.

"The chief constable has transformed the culture of this force," said the lead inspector, Roy Beckett. "Officers now know their communities again." He said response times had also improved.

Rowe joined the force as a constable in 1996 and rose through the ranks before leaving to serve as deputy chief constable in Yorkshire. She returned to West Midshire in 2021.

The police and crime commissioner, John Feeney, said he was "delighted but not surprised." He said he had appointed Rowe because she "understood what the public actually wanted from the police."

Not everyone was satisfied. The chairman of the local Police Federation, Steve Haddon, said officers were exhausted and that overtime had reached record levels. "The results are real, but they've been bought with people's goodwill," he said. He added that he had raised the issue with the chief constable several times.

Rowe acknowledged the strain. In a statement, she said she was "hugely proud" of her officers and was working with the commissioner to recruit 200 more. She said she would not ask her teams to sustain the current pace indefinitely.

The report did identify weaknesses. Inspectors said the force's handling of fraud cases was "inconsistent" and that victims often waited months for a response. Detective Superintendent Paul Lacey, who leads the economic crime unit, said he accepted the findings and that a new team was being trained.""",
),

("Young chef Jordan Ellis earns restaurant its first star",
"""Jordan Ellis was in the middle of service on Monday night when the phone rang with news that her restaurant, Tern, had been awarded a Michelin star.

"I thought it was a prank," said Ellis, 29. "I told them to call back after eleven." She finished the service before telling her kitchen team, who she said "screamed loud enough to scare the last table."

Tern, a 28-seat restaurant in a former net loft on the Cornish coast, opened two years ago. Ellis, who trained in London under the chef Nicholas Ardley before working in Copenhagen, cooks a single tasting menu built largely around fish landed in the harbour below.

Her business partner, Alex Penrose, who runs the front of house, said the star would change everything. "We were fully booked three weeks ahead. Now it's three months," he said. Penrose, a former sommelier, met Ellis when they both worked at the same restaurant in Denmark.

The restaurant's fish supplier, a local fisherman named Sam Trevithick, said he had known Ellis since she was a teenager washing dishes at the pub next door. "She was always asking questions," he said. "Where's this from, when was it caught. Drove me mad."

Ellis's mother, Karen, a retired schoolteacher, drove down from Bristol the next morning with a bottle of champagne. Her daughter had to work, so they drank it at breakfast.

The Michelin guide's inspectors praised Tern's "precise, fearless cooking that lets superb local produce speak for itself."

Ellis said she had no plans to expand. "I want to cook for 28 people a night and know every one of their names," she said.""",
),

("Italian tenor Andrea Conti makes Met debut in Tosca",
"""The Italian tenor Andrea Conti made a triumphant debut at the Metropolitan Opera on Thursday night, singing the role of the painter Cavaradossi in Puccini's Tosca opposite the American soprano Jessica Wells.

Conti, 31, received a long ovation after his third-act aria, "E lucevan le stelle," and had to wait almost a minute before the performance could continue. He had stepped in at ten days' notice after the scheduled tenor withdrew with bronchitis.

"I was so nervous my hands were shaking in the first act," Conti said after the performance. "But then Jessica looked at me and I forgot to be afraid." Wells, who was singing her fortieth Tosca, said her new partner had "a voice like warm honey and the nerves of a bomb disposal expert."

The production's conductor, Simone Ferraro, who has known Conti since he was a student in Milan, said the tenor had been "ready for this stage for at least two years." Ferraro, a former pianist, is herself making only her second appearance at the Met.

Conti grew up in a small town near Bologna, where his father repaired accordions and his mother sang in the church choir. He studied law for two years before switching to music.

The baritone Nikolai Petrov sang the villainous police chief Scarpia. Reviewers praised his menacing stillness in the second act, though one critic found his voice a little worn at the top.

The Met's general manager, Peter Lindstrom, said the company hoped to bring Conti back next season. "We found a star tonight," he said.

Conti will sing four more performances of Tosca this month. He then returns to Europe for a run of La Bohème in Vienna.""",
),

("Trans athlete wins landmark case over sports club membership",
"""A tribunal ruled on Wednesday that a sailing club discriminated against a transgender woman when it refused to let her compete in its women's events, in a case that campaigners on both sides said would have wide implications.

Rachel Hendry, 42, a dinghy sailor who has raced for more than twenty years, transitioned in 2019. She said the club's committee had told her in 2023 that she could only enter open events. The tribunal found that the decision was taken without any assessment of whether she had a competitive advantage in her class of boat.

Employment Judge Simon Carver said the club had "applied a blanket policy without considering the facts of the sport or the individual." He awarded Ms Hendry 12,000 pounds in damages.

Outside the hearing, Hendry said she was relieved. "I just want to go sailing with my friends," she said. "That is all this has ever been about."

The club's commodore, Derek Walsh, said the committee had acted in good faith on advice from the national governing body. He said the club would review the judgment carefully and was considering an appeal.

The governing body's chief executive, Louise Barrington, said her organisation was updating its guidance and would publish a new policy in the spring. She said it was trying to balance "inclusion and fairness" and that each class of sport might need a different approach.

Several sailors gave evidence for Hendry, including the club's former women's champion, Debbie Owens, who said she had never felt Hendry had an unfair advantage. Another member, Karen Doyle, told the tribunal she disagreed and had signed a petition supporting the ban.

Hendry's barrister, Paul Ashdown, said the ruling was narrow and did not decide the wider debate about transgender athletes in elite sport.""",
),

("Schools told to update guidance on exam access arrangements",
"""Schools in England have been told to review the way they apply for extra time and other exam arrangements for pupils with disabilities, after a report found wide variation between schools in similar areas.

The report, by the exams regulator, said that in some schools more than a third of pupils received extra time, while in others with similar intakes the figure was under five percent. The regulator's chief executive, Dr. Naomi Adler, said the system "must be fair to every candidate, whatever school he or she happens to attend."

The new guidance says that each application must be supported by evidence of a pupil's normal way of working and that a specialist assessor must confirm that he or she meets the criteria. Schools will be audited more often.

Head teachers gave the changes a mixed reception. Geoff Barlow, general secretary of the Association of School Leaders, said schools were already overwhelmed with paperwork. "If a child needs support, he or she should get it without the school filling in twelve forms," he said.

Parents' groups were more positive. Sunita Mistry, who founded the campaign Fair Access after her son was refused extra time, said the report confirmed what families had been saying for years. "It depends on where you live and how pushy your parents are," she said.

The education secretary, Bridget Lane, said she supported the regulator and wanted every candidate to be confident that his or her result was earned on a level playing field.

An independent examiner, Dr. Kevin Shah, said the most important change was the requirement for regular audits. "Rules are only as good as the checking," he said.

The guidance will apply from next summer's exams.""",
),

("Judge cites 1920s ruling in dispute over village green",
"""A High Court judge has ruled that a disputed patch of land in a Surrey village is a protected village green, quoting a ruling from almost a century ago in a judgment that delighted residents and dismayed a developer.

Mrs Justice Alison Pryce said that residents had used the field for recreation "as of right" for well over the required twenty years. She rejected the argument of the landowner, Greystone Homes, that occasional signs reading "Private" had been enough to stop the right arising.

In her judgment, the judge quoted Lord Atkinson's words in a 1924 case: "A man who sees his neighbour walking daily across his field and says nothing cannot later complain that he did not consent." She said the principle was "as sound today as it was then."

The case was brought by the village's residents' association, led by its chair, Graham Foley. He said the ruling was "a victory for common sense and for the children who have played cricket on that field for generations."

Greystone's managing director, Caroline Hurst, said the company was disappointed and would consider an appeal. She said the field had been allocated for 60 homes in the council's local plan and that the village needed affordable housing.

The residents' barrister, Matthew Clay, argued during the three-day hearing that evidence from more than forty villagers showed continuous use since at least the 1980s. One witness, 91-year-old Dorothy Sims, told the court she had walked her dogs there since 1962.

Local MP Julian Hartley welcomed the decision but said the need for housing remained. He said he would meet both sides to discuss alternative sites.

Registration as a village green means the land cannot be built on.""",
),
]
