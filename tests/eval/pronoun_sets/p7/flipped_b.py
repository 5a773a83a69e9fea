ARTICLES = [
dict(title="Kowalska battles back to reach first Grand Slam final", person="Marta Kowalska", gender="f", text="""Marta Kowalska saved two match points and came from a set down to beat the fourth seed, Jelena Radić, 4-6, 7-6, 6-3 on Thursday and reach her first Grand Slam final.

The 22-year-old Pole, ranked 31st in the world, looked beaten when Radić served for the match at 5-4 in the second set. But Kowalska broke back with a series of ferocious forehand returns, then dominated the tie-break and raced through the final set.

"I don't really know what happened. At 5-4 I was already thinking about the flight home," Kowalska said afterwards. "Then I told myself, just make her play one more ball."

Radić, a former world number two, was gracious in defeat. She said her opponent had "played the big points like a champion" and predicted that she would win several major titles. Radić, who has struggled with a knee injury this season, said she would take a few weeks off before the grass-court season.

Kowalska's coach, the former Davis Cup player Tomasz Nowicki, has worked with her since she was eleven. He watched the match from the players' box alongside her parents. Nowicki said the turning point had come a year ago, when the player decided to rebuild her serve. "It was a risk. For months ⟦flip:his|her⟧ results got worse before they got better," he said.

In Saturday's final she will face the defending champion, Ashley Morgan of the United States, who beat Chiara Bellini in straight sets in the other semi-final. Morgan has won both of the pair's previous meetings.

Former champion Martina Hrubá, commentating for television, said the Pole's shot-making under pressure had been "extraordinary". Hrubá said the final would be closer than many expected. "Morgan is the favourite, of course. But she has nothing to lose, and players with nothing to lose are dangerous," she said.

Whatever happens, Kowalska is set to break into the world's top 15 for the first time on Monday. She will also take home at least 1.3 million dollars, more than she has earned in her entire career to date."""),

dict(title="Astronaut returns to Earth after record six months aboard station", person="Daniel Okoro", gender="m", text="""The astronaut Daniel Okoro returned to Earth on Sunday after 187 days aboard the International Space Station, the longest single mission flown by a European astronaut.

Mr Okoro, 45, landed in the Kazakh steppe alongside the Russian cosmonaut Irina Volkova and the American astronaut Rebecca Stone shortly after 9am local time. Recovery teams helped the three out of the capsule and into reclining chairs, a routine precaution after months of weightlessness.

Okoro smiled and gave a thumbs-up to the cameras. He told a flight surgeon that he felt "heavy but very happy". A European Space Agency spokesperson said all three crew members were in good health.

During the mission, Okoro carried out two spacewalks and oversaw more than 40 experiments, including research into muscle loss that scientists hope will help elderly patients on Earth. Professor Sarah Whitlock, who led one of the muscle studies, said the data he had collected was "the best we have ever had from orbit". She said his discipline in following the exercise protocols had been "remarkable".

Volkova, who commanded the station for the second half of the mission, praised her crewmate. "Daniel was the person who made everyone laugh on bad days," she said in a statement released by the Russian space agency. She said she hoped to fly with him again.

The astronaut's wife, Chiamaka, and their two daughters watched the landing from mission control near Cologne. In a video message posted on Saturday, Okoro said the first thing he wanted to do was to eat a fresh salad and walk barefoot on grass.

Stone, a former test pilot, spent 186 days in orbit. She will fly home to Houston on Monday.

Okoro, who was born in Manchester to Nigerian parents and trained as an aeronautical engineer, is expected to spend several weeks in rehabilitation. The agency's director of human spaceflight, Dr Klaus Rieder, said the mission had been "a tremendous success" and that ⟦flip:her|his⟧ experience would be invaluable as Europe prepares for lunar missions."""),

dict(title="Chief executive Sandra Liu to leave Meridian Foods after profit warning", person="Sandra Liu", gender="f", text="""Sandra Liu, the chief executive of Meridian Foods, will step down at the end of March, the company said on Tuesday, days after it issued its third profit warning in twelve months.

Shares in the ready-meal maker rose 6 per cent on the news. Meridian said Ms Liu had "agreed with the board" that it was the right time for a change, and that a search for her successor was under way.

Liu joined Meridian from a rival supermarket supplier in 2019 and was initially credited with reviving the company's frozen food brands. But rising ingredient costs and the loss of a major contract with the retailer Foodway have hit profits hard. Last week the company said annual earnings would be around 30 per cent below expectations.

The company's chairman, Robert Ainsley, thanked her for "seven years of dedicated leadership". He said the board would appoint the finance director, Mark Chaudhry, as interim chief executive if no permanent replacement was found by the spring. Mr Chaudhry has been with the company for more than a decade and is seen as a likely candidate for the permanent role.

Investors had been growing impatient. Eleanor Briggs, a fund manager at Castlegate Investors, which owns 8 per cent of Meridian, said she welcomed the change. "We have been asking the board for a credible turnaround plan for a year," she said. "Sandra has done many good things, but the numbers speak for themselves."

In a note to staff, the outgoing chief executive said she was proud of the company's progress on reducing salt and sugar in its products, and of the new factory in Wrexham, which opened last year. She said she would remain available to help with the handover.

Analysts said the next boss would face difficult decisions. Jamie Ferris at Bramley Securities said the company might need to sell its chilled desserts division. He noted that Liu had resisted a sale, and that ⟦flip:his|her⟧ departure made one more likely.

Liu will receive her salary until she leaves but will not be paid a bonus for this year, the company said."""),

dict(title="Farmer fined after hundreds of sheep found starving on hill farm", person="Gwyn Pritchard", gender="m", text="""A hill farmer has been fined 12,000 and banned from keeping livestock for ten years after inspectors found more than 300 sheep in poor condition on his land in mid-Wales, including dozens that had died of starvation.

Gwyn Pritchard, 63, of Cwm Isaf farm near Llanidloes, pleaded guilty at Welshpool Magistrates' Court to eleven charges under the Animal Welfare Act.

The court heard that inspectors from the local authority visited the farm in February last year after a walker reported seeing carcasses in a field. Prosecutor Rhian Morgan said the inspectors found animals that were "skeletal" and ewes that had died while giving birth. She said there was no hay or feed on the farm.

Pritchard's solicitor, Elen Davies, told the court her client had been struggling to cope since the death of ⟦flip:her|his⟧ wife, Megan, three years ago. She said ⟦flip:she|he⟧ had stopped opening letters and had become isolated. "This is not a cruel man. This is a man who was drowning and did not ask for help," Ms Davies said.

Mr Pritchard's son, Huw, who lives in Cardiff, told the court through the solicitor that he had not visited the farm for several months before the inspection and had not realised how bad things had become. Huw Pritchard has since arranged for the remaining animals to be sold.

District Judge Catrin Howells said she accepted that the defendant had been under great personal strain. But she said the suffering of the animals had been "prolonged and severe", and that a lengthy ban was necessary. She told the farmer that ⟦flip:she|he⟧ had "let down the animals in your care and yourself".

Outside court, a spokesperson for the RSPCA said the case was a reminder of the pressures facing farmers in remote areas. The farming charity Tir Cymru said it had seen a rise in calls from older farmers living alone.

The court ordered that Pritchard pay costs of 3,400. He was given six months to sell the rest of ⟦flip:her|his⟧ equipment."""),

dict(title="Obituary: Bernard Achterberg, character actor with a hundred faces", person="Bernard Achterberg", gender="m", text="""Bernard Achterberg, who has died aged 84, was the kind of actor audiences recognised without ever quite remembering his name. Over six decades he appeared in more than 120 films and television series, usually as a doctor, a policeman, a priest or a tired hotel manager, and he was almost always the best thing in the scene.

Born in Rotterdam in 1942, the son of a dock worker, he came to London in his twenties with little English and less money. He found work as a stagehand at the Royal Court Theatre, where the director Lindsay Halloran spotted him reading lines to an absent actor during a rehearsal and cast him in a small role. Halloran later said he had "the stillest face I have ever seen on a stage".

His breakthrough came in 1971, when he played a grieving father opposite Julie Fenwick in the television drama The Long Field. Fenwick, who won a Bafta for the role, said in her memoir that Achterberg had "carried me through every scene". The two remained friends for fifty years.

Later ⟦flip:she|he⟧ became a fixture of British crime drama, appearing in almost every major series of the 1980s and 90s. Directors valued ⟦flip:her|his⟧ reliability and his gift for making small parts memorable. The casting director Maureen Ash once said that if a script called for "a man who knows more than he is saying", she called Bernard first.

He was never a star and did not want to be. In a rare interview, he said fame was "a kind of weather that happens to other people". He disliked talking about his craft and preferred to discuss football and Dutch painting.

His last role, as a dying bookbinder in the film Paper Hands, earned him the best reviews of ⟦flip:her|his⟧ career. The director, Sofia Rahman, said the shoot had been exhausting for him but that he had refused to cut a single day.

He married the costume designer Ruth Levy in 1968. She survives ⟦flip:her|him⟧, along with their son, Pieter, and daughter, Anna."""),

dict(title="Foreign minister Leila Haddad rules out talks with militia leaders", person="Leila Haddad", gender="f", text="""Foreign Minister Leila Haddad said on Monday that her government would not negotiate directly with the leaders of the armed group that seized two border towns last month, despite mounting pressure from neighbouring countries to open talks.

Speaking at a press conference in the capital alongside her counterpart from Jordan, Ayman Khalil, Ms Haddad said that any negotiations would have to be conducted through the United Nations. "We will not reward men who have taken our citizens hostage by sitting across a table from them," she said.

Mr Khalil, whose country hosts more than 40,000 refugees who fled the fighting, struck a more cautious note. He said Jordan respected the minister's position but believed that "every channel should remain open". Asked whether he had tried to change ⟦flip:his|her⟧ mind, he smiled and said the two had "a frank and friendly discussion".

The armed group, led by the former army colonel Karim Aziz, has demanded autonomy for the border region. Aziz said in a video statement over the weekend that he was ready to talk "to anyone who is serious".

Haddad, a former human rights lawyer, was appointed foreign minister eighteen months ago. She has built a reputation for blunt language and has clashed publicly with the defence minister, Samir Nasser, over the handling of the crisis. Nasser has argued for a military operation to retake the towns; the foreign minister has warned that such an operation would cost hundreds of civilian lives.

The UN special envoy, Ingrid Solberg, is due to arrive in the capital on Wednesday. Solberg said in Geneva that she would meet the minister and that she hoped to visit the occupied towns. A diplomat familiar with the talks said Haddad was expected to tell the envoy that ⟦flip:he|she⟧ would accept a ceasefire monitored by UN observers.

Relatives of the hostages protested outside the foreign ministry on Monday afternoon. One, Noor Saleh, whose brother is among those held, said she understood the minister's position but urged her to "put people before principles"."""),

dict(title="Painter Rosa Delgado's retrospective draws record crowds", person="Rosa Delgado", gender="f", text="""More than 200,000 people have visited the retrospective of the painter Rosa Delgado at the Whitmore Gallery since it opened in September, making it the most popular exhibition in the gallery's 90-year history.

The show brings together 140 works spanning sixty years, from the small, dark interiors Delgado painted as a young woman in Seville to the huge, brightly coloured canvases of her later career. Many have never been exhibited in Britain before.

The gallery's director, Hugh Lattimer, said he had expected the exhibition to do well but had been "stunned" by the response. He said queues had formed outside the building every weekend since the opening. "People come back three or four times. They bring their children," Mr Lattimer said.

Delgado, who is 87 and lives in Madrid, attended the opening but has given no interviews. Her daughter, Inés, who helped to organise the show, said her mother was "delighted and slightly bewildered" by its success. Inés Delgado said her mother still painted every morning, although she now worked on smaller canvases.

The curator, Dr Samuel Achebe, spent four years assembling the exhibition. He said the artist had been overlooked for decades because she worked outside the main movements of her time. Achebe said ⟦flip:his|her⟧ refusal to join any school had cost her commercial success in the 1960s but now looked like courage. "She painted what she wanted to paint, and she waited for the world to catch up," he said.

The critic Jonathan Weir, who once dismissed Delgado's work as "decorative", wrote in a review last month that he had been wrong. He described the late canvases as "among the great paintings of the century".

A room at the centre of the show is devoted to portraits of Delgado's late husband, the poet Manuel Ortega, whom she painted more than fifty times. Visitors linger longest here. In the final portrait, painted in the year of his death, Ortega is shown asleep in a chair, and the painter has included ⟦flip:his|her⟧ own hand, resting on his shoulder.

The exhibition has been extended until the end of February."""),

dict(title="Surgeon cleared of misconduct after tribunal hearing", person="Nikhil Raman", gender="m", text="""A consultant heart surgeon accused of operating while unfit to work has been cleared of misconduct by a medical practitioners tribunal, which found that the complaint against him had been "unfounded and, in part, malicious".

Mr Nikhil Raman, 52, a cardiothoracic surgeon at St Anselm's Hospital, had been suspended for fourteen months while the allegations were investigated. He was accused of carrying out an operation in 2023 after drinking alcohol the night before.

The tribunal heard that the complaint had been made by a former colleague, Dr Victoria Sheldon, who had been in dispute with the surgeon over the allocation of operating theatre time. The tribunal chair, Mrs Patricia Coombs, said Dr Sheldon's evidence had been "inconsistent" and that she had failed to mention the alleged drinking in two earlier statements.

Evidence from the theatre team was decisive. The anaesthetist, Dr Michael Grant, told the tribunal that Mr Raman had shown no sign of impairment and that the operation had been "textbook". The senior theatre nurse, Joanne Fielding, said she had worked with the surgeon for nine years and had never had concerns about his conduct.

After the ruling, Raman said he was relieved but angry that it had taken so long to clear ⟦flip:her|his⟧ name. "For fourteen months I have not been allowed to do the job I trained my whole life for. Patients have waited longer because of this," he said. He thanked his wife, Priya, and his colleagues for their support.

The hospital trust said it would work with the surgeon on his return to work. Its medical director, Dr Alison Kerr, said she accepted that the investigation had taken too long. Kerr said ⟦flip:she|he⟧ would be welcomed back by a team "that never stopped believing in him".

The British Medical Association said the case showed the need for faster investigations. Dr Sheldon has not commented. She left the trust last year."""),

dict(title="Headteacher who turned around failing school named teacher of the year", person="Bridget Mulholland", gender="f", text="""A headteacher who took over one of the worst-performing secondary schools in the north-west and lifted it to an "outstanding" rating in five years has been named teacher of the year at the National Education Awards.

Bridget Mulholland arrived at Kirkby Moor Academy in 2020, when fewer than a quarter of pupils were achieving a pass in English and maths. Last summer the figure was 71 per cent, above the national average.

Mrs Mulholland said the award belonged to her staff and pupils. "I did not do any of this on my own. We have teachers here who give up their weekends and their evenings, and children who have worked incredibly hard," she said.

Her deputy, Owen Fletcher, who has worked alongside her since her first day, said she had changed the culture of the school "from the ground up". He said she had introduced a breakfast club, a homework centre that stays open until 6pm and a rule that every pupil must read for twenty minutes a day. "She knows the name of every child in the building. All 1,100 of them," he said.

The school's chair of governors, Reverend Thomas Boyle, said the head had been offered jobs elsewhere but had chosen to stay. Boyle said ⟦flip:he|she⟧ had told the governors that "the job is not finished".

Parents were equally enthusiastic. Kelly Sutcliffe, whose son Jayden is in Year 11, said the school had been "unrecognisable" since Mulholland took charge. "My older boy went here under the old management and it was chaos. Jayden actually likes school," she said.

The awards judges, chaired by the former education minister Lord Michael Penrose, said Mulholland's work showed what was possible with strong leadership. Penrose said ⟦flip:his|her⟧ success had been achieved without extra funding.

Mulholland, a former English teacher and mother of three, will receive her award at a ceremony in London next month."""),

dict(title="Chef Tomás Ferreira wins second Michelin star for Lisbon restaurant", person="Tomás Ferreira", gender="m", text="""The Portuguese chef Tomás Ferreira has been awarded a second Michelin star for his restaurant Maré, four years after he opened it in a former fish warehouse on the Lisbon waterfront.

Ferreira, 39, heard the news at the guide's annual ceremony in Porto on Tuesday evening. He was one of only two chefs in Portugal to receive a second star this year; the other was Helena Matos of the restaurant Ossos in Braga, a close friend with whom he trained in San Sebastián.

"Helena and I used to peel potatoes side by side at five in the morning," Ferreira said. "To stand on the stage with her tonight is something I will never forget."

Maré's menu is built around fish and shellfish caught by a small cooperative of fishermen in Sesimbra. The chef visits the harbour at dawn several times a week and changes the menu daily according to what has been landed. His signature dish, a broth of grilled mackerel bones with sea herbs, has become famous well beyond Portugal.

The guide's international director, Gwendal Le Floch, praised the restaurant's "deep respect for the sea and its people". The food writer Catarina Sousa, who has followed Ferreira since ⟦flip:her|his⟧ first restaurant in Cascais, said the second star was overdue.

Ferreira grew up in a fishing family in Nazaré. His mother, Lurdes, ran a small café near the beach, and he has said it was in her kitchen that he learned to cook. She still works there three days a week. In an interview with Portuguese television after the ceremony, he said his mother would be unimpressed. "She will ask me if the stars pay for the electricity," ⟦flip:she|he⟧ said, laughing.

The restaurant's sommelier, Rita Lobo, and its head chef, Nuno Pires, joined him on stage. Pires has worked with Ferreira since Maré opened. Ferreira said he planned to close the restaurant for a week to take the whole team to the Azores to celebrate."""),

dict(title="Detective who led missing schoolgirl inquiry promoted to head of major crime", person="Rachel Okonkwo", gender="f", text="""Detective Chief Inspector Rachel Okonkwo, who led the investigation into the disappearance of the schoolgirl Lily Harper last year, has been promoted to superintendent and will take charge of the force's major crime unit from next month.

The Chief Constable, Adrian Clegg, announced the appointment on Wednesday. He said Ms Okonkwo had shown "exceptional leadership under intense public scrutiny" during the Harper inquiry, which ended with the 11-year-old being found alive in a caravan in Lincolnshire after nine days.

Okonkwo, 46, joined the police as a constable in 2002 and has spent most of her career in detective roles. She became a household name during the Harper search, giving daily press conferences alongside the girl's parents, Stephen and Claire Harper.

Claire Harper said the family would always be grateful to her. "She made us a promise on the first day that she would not stop until Lily came home. She kept it," Mrs Harper said. Stephen Harper added that the detective had visited the family every evening during the search, often long after midnight.

The man convicted of abducting Lily, Dean Walsh, was jailed for eighteen years in April. At his sentencing, Judge Laura Pemberton singled out the senior investigating officer for praise, saying that ⟦flip:his|her⟧ team's work had been "meticulous".

Colleagues describe Okonkwo as calm and unshowy. Detective Sergeant Paul Ibrahim, who worked on the Harper case, said she had kept the team going on little sleep. "She never raised her voice once. Not once in nine days," he said. Ibrahim said the new superintendent had made a point of thanking every officer and ⟦flip:he|she⟧ had written personally to the search volunteers.

The new head of major crime replaces Detective Superintendent Graham Lowe, who is retiring after 32 years. Lowe said he was leaving the unit "in the best possible hands".

Okonkwo said she was honoured and that her priority would be tackling knife crime."""),

dict(title="Refugee striker's goal sends Brightwater into cup semi-final", person="Yusuf Abdi", gender="m", text="""Yusuf Abdi, who arrived in Britain as an unaccompanied 15-year-old refugee from Somalia, scored a stunning late winner on Saturday to send Brightwater into the semi-finals of the FA Trophy for the first time in the club's history.

The 23-year-old striker curled a shot into the top corner from twenty-five yards in the 88th minute to give the non-league side a 2-1 victory over Stanmore Town in front of a sell-out crowd of 3,200.

Abdi, who works as a delivery driver during the week, was mobbed by supporters who ran onto the pitch at the final whistle. "I still cannot believe it. I just hit it and closed my eyes," he said.

Brightwater's manager, Kerry Dawson, said the goal was "the best I have seen at this level". Dawson, one of only a handful of women managing in the top divisions of non-league football, has coached Abdi since he joined the club's youth team six years ago. "When he came to us he spoke maybe ten words of English. Now he is the first name on the team sheet," she said.

The striker lived with a foster family in the town after arriving in Britain. His foster mother, Janet Morley, was in the stand on Saturday with her husband, Alan. Mrs Morley said she had cried when the ball went in. She said the young man had always been determined. "He told us when he was 16 that he would play at Wembley one day. We thought ⟦flip:she|he⟧ was dreaming," she said.

Stanmore's captain, Ben Hollis, had earlier given the visitors the lead with a header. Hollis said his side had been beaten by "a moment of genius". He said he had congratulated Abdi at the end and told ⟦flip:her|him⟧ it was the kind of goal players remember for the rest of their lives.

Brightwater will find out their semi-final opponents on Monday. The final is played at Wembley in May."""),
]
