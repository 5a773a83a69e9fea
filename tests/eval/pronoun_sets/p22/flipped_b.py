ARTICLES = [

dict(title="AI will not replace radiologists, science festival panel told",
person="Deirdre Cosgrave", gender="f", text="""
Artificial intelligence will change how hospitals read scans but will not replace the doctors who interpret them, a panel of clinicians and researchers told an audience at the Dublin Science Festival on Saturday.

The discussion, chaired by the broadcaster Fergal Sheehy at the Science Gallery on Pearse Street, drew a capacity crowd of about 300 people, many of them medical students.

Professor Deirdre Cosgrave, a consultant radiologist at St Vincent's University Hospital who has led trials of AI tools for detecting lung nodules, said the technology was already reading thousands of chest X-rays a week in Irish hospitals. "It's very good at finding the thing you trained it to find. It is much less good at noticing the thing nobody expected," she said. "That is still our job."

Dr Alan Tierney, a computer scientist at University College Dublin and co-founder of the start-up ScanSight, was more bullish. He said systems now in development could flag conditions that human readers routinely missed, and that within ten years the question would be whether a radiologist should be allowed to overrule the machine.

Cosgrave said she disagreed strongly. She described a case in which an algorithm marked a scan as normal but a trainee spotted a small fracture because the patient's wrist was held at an odd angle. "A human being looked at that image and thought, why is she holding her arm like that? No model asked that question," ⟦flip:he|she⟧ said.

Dr Priya Raman, an ethicist at the Royal College of Surgeons, said the more pressing issue was accountability. "When the AI is wrong, who goes before the Medical Council? The doctor, the hospital, or the company?" she asked. Tierney conceded that the law had not caught up with the technology.

Sheehy asked each panellist whether they would want an AI to read their own scan. Tierney said he would, as long as a doctor checked it. Raman said she would want to know which system was used and how it had been tested. Cosgrave said that, having seen both at work, ⟦flip:he|she⟧ would take a tired human radiologist over a confident machine "every day of the week".

The panel did find common ground on training. All three said medical schools needed to teach students how the tools worked and when not to trust them. Cosgrave said ⟦flip:his|her⟧ own department had begun a monthly session in which trainees try to "catch out" the software.

The festival continues until Sunday, with events in Dublin, Cork and Galway.
"""),

dict(title="Hurricanes coach rules out quick return for injured captain",
person="Craig Whitlow", gender="m", text="""
Hurricanes coach Craig Whitlow has ruled out an early return for captain Ardie Tuala, who will miss at least six weeks with a fractured cheekbone suffered in Friday's win over the Brumbies in Canberra.

Tuala, 29, was hurt in a collision in the 52nd minute and left the field holding his face. Scans in Wellington on Sunday confirmed the fracture, and he will undergo surgery this week.

Whitlow said the loss of his captain was "a massive blow" but that the squad had prepared for it. "Ardie is the heartbeat of this team. You don't replace him, you just ask ten other people to do a little bit more," he said at the team's training base in Porirua on Monday.

The team doctor, Dr Sarah Fenn, said the surgery was routine and that Tuala was in good spirits. She said the club would not rush him back. "There is a temptation in professional sport to find a mask and get someone on the field. We won't do that with a facial fracture," she said.

Whitlow said the vice-captain, hooker Sam Leaupepe, would lead the side against the Crusaders on Saturday. He said Leaupepe had captained the team twice last season and that ⟦flip:she|he⟧ had "every confidence" in him.

Whitlow also defended his side's discipline after it conceded fourteen penalties in Canberra, the most of any team this season. He said he had raised several decisions with the referees' manager, Jessica Moretti, and that she had accepted two of the scrum calls were wrong. Moretti declined to comment.

The Hurricanes board chair, Denise Haora, said the board backed the coaching team despite a start of two wins from five games. "Craig has our full support. This is a young squad, and we knew there would be bumps," she said.

Former All Black Tane Rawiri, now a television analyst, was less forgiving. He said the side had looked "disorganised at the breakdown" and that the coach needed results quickly.

Asked about ⟦flip:her|his⟧ own contract, which expires at the end of the year, Whitlow said he had not discussed it with the board and had no intention of doing so mid-season. "My job is Saturday. Everything else can wait," he said.

The Hurricanes host the Crusaders at Sky Stadium on Saturday at 7.05pm. Tuala is expected to attend the match as a spectator.
"""),

dict(title="Councillors back plan to turn derelict Dublin 8 laundry into social housing",
person="Úna Breslin", gender="f", text="""
Dublin City Council has voted to proceed with plans to build 86 social and affordable homes on the site of a derelict laundry in Dublin 8, despite objections from some residents and a warning from officials about rising construction costs.

The motion was brought by Councillor Úna Breslin, who has campaigned for the redevelopment of the former Crown Laundry on Cork Street since she was first elected in 2014. She told Monday night's meeting that the site had been vacant for nineteen years and had become "a monument to everything that is wrong with how this city treats land".

"Every year we wait, a family in this ward spends another year in emergency accommodation," she said.

The council's head of housing, Derek Mulcair, said officials supported the principle of the scheme but cautioned that the cost per unit had risen by 22 per cent since the first feasibility study. He said the department would need to approve additional funding before tenders could be sought.

Councillor Ruth Ennis said she supported the homes but shared residents' concerns about the height of the proposed block, which would rise to seven storeys at its western end. Councillor Paul Meagher said he would vote against the motion because of the lack of parking, a position Breslin described as "the same objection we hear to every scheme".

Breslin said ⟦flip:his|her⟧ own mother had raised five children in a two-bedroom flat on Pimlico, and that the neighbourhood had always absorbed new families. Meagher responded that he did not doubt her sincerity but that existing residents also deserved a hearing.

Local resident Tom Farrelly, who spoke during the public session, said the residents' association was not against social housing. "We are against being told, not asked," he said. Another resident, Kathleen Byrne, said she had lived beside the empty laundry for two decades and would welcome "anything with lights on in it".

The motion passed by 39 votes to 12. Lord Mayor Grace Okafor said it was one of the most significant housing votes of her term, and that Breslin deserved credit for ⟦flip:his|her⟧ persistence over a decade.

Afterwards, Breslin said she would meet the residents' association within a fortnight. Asked whether she expected the homes to be built before the next local elections, ⟦flip:he|she⟧ said she had stopped making predictions about Crown Laundry "a long time ago". A planning application is expected next spring.
"""),

dict(title="Ihaka Morrison on writing a requiem for a drowned harbour",
person="Ihaka Morrison", gender="m", text="""
Composer Ihaka Morrison is sitting in the stalls of the Michael Fowler Centre, watching the Orchestra Wellington librarian lay out parts for a piece he finished only three weeks ago. He looks, he admits, like a man who has not slept.

The work, Te Whanganui Requiem, will have its premiere on Saturday. It is a 45-minute setting for choir, orchestra and taonga pūoro that mourns the villages and fishing grounds lost when the harbour was reclaimed in the nineteenth century.

Morrison, 52, grew up in Petone, where his grandfather ran a boat-hire business. He began the requiem four years ago after reading council records about the reclamation. "You read these dry lists of acres and shillings, and underneath every line there is someone's kitchen garden," he says.

The orchestra's music director, Marta Kowalczyk, approached him after hearing an earlier chamber work. She says she knew within a page that the requiem would be ambitious. "Ihaka writes like someone building a wharf: nothing wasted, everything weight-bearing," she says. She adds that ⟦flip:her|his⟧ use of the pūtōrino, a flute that can sound like both a voice and the wind, is unlike anything else in the New Zealand repertoire.

The taonga pūoro will be played by Hinemoa Walker, who has worked with Morrison for a decade. Walker says the two of them argued for a year about whether the instruments should be amplified. "He won. He usually wins, and then he apologises," she says, laughing.

The choral parts are sung in te reo Māori and English, with texts by the poet Anahera Paki. Paki says Morrison sent her recordings of the harbour at dawn before they discussed a single word.

Asked whether the requiem is political, Morrison pauses for a long time. "It's a memorial. If a memorial makes you angry, perhaps that's information," he says.

His teacher at the New Zealand School of Music, the late composer David Farquhar-Lind, once told him that every piece should have one moment where the audience forgets to breathe. Morrison says he hopes this one has two. Kowalczyk, who has heard every rehearsal, says it has at least three, and that ⟦flip:she|he⟧ is being modest about his own work, as usual.

Te Whanganui Requiem is at the Michael Fowler Centre on Saturday at 7.30pm.
"""),

dict(title="Bernadette Lacey, the Gate's great comic actress, dies aged 84",
person="Bernadette Lacey", gender="f", text="""
Bernadette Lacey, the actress whose timing made her one of the most loved comic performers in Irish theatre for half a century, has died in Dublin at the age of 84.

Born in Drumcondra in 1940, she joined the Gate Theatre company at nineteen as an understudy and stayed, with brief excursions to London and Broadway, for almost forty years. She played Lady Bracknell four times, Juno twice, and, in a production still spoken of in the Gate's green room, a Mrs Malaprop who was given a standing ovation on a Tuesday matinee.

The director Hilton Devane, who worked with her on eleven productions, said she had "a metronome in her head and a razor in her handbag". He recalled that during a 1978 run of The Importance of Being Earnest a light fell onto the stage during the handbag scene. "Bernie looked at it, looked at the audience, and said, 'A lamp?' in exactly the same tone. The house came down. ⟦flip:He|She⟧ never told anyone whether it was planned."

The actress Orla Brennan, who made her own debut opposite Lacey in 1985, said she had been "terrified and then adored". Lacey took the young actress to lunch every Friday of the run and paid for every one. Brennan said ⟦flip:his|her⟧ generosity to younger performers was legendary.

Lacey married the playwright Desmond Coakley in 1964. He died in 1999. She said in a 2010 interview that he was the only person who could make her laugh in rehearsal, and that she did not forgive him for it.

Her television work included the long-running RTÉ sitcom The Parish, in which she played a formidable housekeeper. Its writer, Joe Carberry, said the part had been written for Lacey after he watched ⟦flip:him|her⟧ reduce a theatre bar to silence with a single raised eyebrow.

In later years she taught at the Gaiety School of Acting, where students remember her insistence on punctuality and her fondness for chocolate digestives. The school's director, Anne Mulhall, said ⟦flip:he|she⟧ had taught her last class at 81.

Lacey is survived by her son, the sound engineer Rory Coakley, her daughter, Nell, and four grandchildren. Her funeral will take place at St Alphonsus Church, Drumcondra, on Friday, followed by a reception at the Gate.
"""),

dict(title="Wellington payroll start-up raises $18m and plans Sydney office",
person="Ravi Sundaram", gender="m", text="""
Wellington software company Paywise has raised $18 million in a funding round led by the Australian venture firm Canopy Ventures, and plans to open an office in Sydney early next year.

The company, founded in 2019 by Ravi Sundaram and Kirsty Allan, sells payroll software to small and medium-sized businesses. It says it now processes wages for 4,300 employers in New Zealand, up from 1,100 two years ago.

Sundaram, the chief executive, said the money would be used to hire about 40 engineers and sales staff, most of them in Wellington. "We could have moved the whole company to Auckland or Sydney. We've chosen not to," he said. "Wellington has good people who want to stay here, and we want to be the reason they can."

Allan, the company's chief technology officer, said Australian payroll law was significantly more complex than New Zealand's and that the company had spent eighteen months preparing its software. She said she would spend much of next year in Sydney overseeing the launch.

Canopy partner Emma Haldane said the firm had tracked Paywise for three years. She said the founders' focus on compliance, a subject many start-ups found dull, had impressed her investment committee. "Payroll is one of those things nobody thinks about until it goes wrong, and then it is the only thing they think about," she said.

Existing investors, including the Wellington-based angel group Harbour Angels, also took part. Its chair, Mark Tolley, said he had backed Sundaram because ⟦flip:she|he⟧ had turned down an acquisition offer in 2022 that would have made the founders wealthy but closed the Wellington office.

The company is not yet profitable. Sundaram said he expected it to break even in the 2026 financial year. He said the company had been hit, like many employers, by the Holidays Act remediation saga and had spent "far more time than anyone should" reading employment law.

Wellington mayor Lydia Pearce welcomed the announcement, saying the capital needed more technology companies choosing to grow at home. Sundaram said he had grown up in Johnsonville, attended Onslow College and studied at Victoria University, and that his parents still ran a dairy in Khandallah. "My mum still thinks I do accounting," he said.
"""),

dict(title="Registrar wins discrimination case against hospital over rota changes",
person="Fiona McAteer", gender="f", text="""
A hospital registrar who was removed from a surgical training rota after returning from maternity leave has won her discrimination case against the Health Service Executive, with the Workplace Relations Commission ordering the HSE to pay her €48,000.

Dr Fiona McAteer, a specialist registrar in general surgery, told the commission that she had been told on her first day back at University Hospital Limerick in 2022 that her theatre sessions had been reassigned to a male colleague. She said she was given outpatient clinics instead and that her training logbook stalled for eight months.

"I was told it was temporary, that it was for my own good while I settled back in," she said in evidence. "Nobody asked me what I wanted."

The HSE argued that the changes were made for operational reasons because of staff shortages and that McAteer's colleague, Dr Niall Geraghty, had been rostered in her absence and was familiar with the service. A consultant surgeon, Mr Peter Sexton, told the hearing that he had made the rota decision and that it had nothing to do with her maternity leave.

Adjudication officer Caroline Devitt rejected that account. In her decision, she found that the hospital had offered no documentation to support its operational explanation, and that a second female registrar had experienced almost identical treatment a year earlier. She said the evidence pointed to "an assumption that a new mother would be less available, less committed, or both".

Devitt noted that McAteer had repeatedly asked for her sessions to be restored and that ⟦flip:his|her⟧ emails went unanswered for months. She found that the complainant had been discriminated against on the grounds of gender and family status.

McAteer's solicitor, Gráinne Hurley, said her client was relieved. "Dr McAteer did not want to bring this case. She wanted to operate," Hurley said.

The Irish Medical Organisation said the decision should prompt a review of how trainees returning from leave were treated. Its president, Dr Eamon Whelehan, said he was aware of similar complaints at other hospitals.

The HSE said it was studying the decision. McAteer, who now works at a hospital in Cork, said she hoped the case would make it easier for others. Asked whether she planned to return to Limerick, ⟦flip:he|she⟧ said she had no plans to, but that she bore her former colleagues no ill will.
"""),

dict(title="Nurse manager who reorganised Beaumont's night shift wins national award",
person="Padraig Kelleher", gender="m", text="""
A clinical nurse manager at Beaumont Hospital in Dublin whose overhaul of night-time staffing cut patient falls by almost half has been named Nurse of the Year at the Irish Healthcare Awards.

Padraig Kelleher, who manages a 32-bed medical ward for older patients, introduced a system in 2022 in which a healthcare assistant is assigned to "cohort" patients at high risk of falling into a single bay at night. Falls on the ward fell from 61 in 2021 to 33 last year.

Kelleher, 44, from Ballyfermot, said he had been inspired by a patient who fell on his third night in the hospital and broke his hip. "He came in with a chest infection and he left in a wheelchair. That should never happen," he said.

The director of nursing at Beaumont, Bernadette Tully, said the award was richly deserved. She said Kelleher had developed the system with the ward's healthcare assistants rather than imposing it on them, and that several other wards had since adopted it. "Padraig listens to the people doing the work, which is rarer than it should be," she said.

One of those healthcare assistants, Joy Adebayo, said staff had been sceptical at first. "We thought it would mean more work. It does, for an hour, and then your night is calmer," she said. She said Kelleher had covered ⟦flip:her|his⟧ own share of night shifts during the trial so that he could see the problems for himself.

The award was presented at a ceremony in the Convention Centre by the Chief Nursing Officer, Rachel Kenny-Daly, who said Kelleher's work showed that "safety is built on the ward floor, not in an office". Kelleher, the first man to win the award in nine years, said ⟦flip:she|he⟧ hoped it would encourage more men to consider nursing.

He began his career as a care assistant in a nursing home and qualified as a nurse at 29 after his wife, Louise, encouraged him to apply. She was in the audience with their two sons. "She did the hard bit, which was believing I could do it," Kelleher said.

Dr Aidan Forde, a consultant geriatrician on the ward, said the reduction in falls had also shortened hospital stays. He said the hospital was now studying whether the model could work in emergency department holding areas. Kelleher said ⟦flip:her|his⟧ next goal was to see it in every medical ward in the country.
"""),

dict(title="Hohaia's Antigone moves Sophocles to a Taranaki land occupation",
person="Mereana Hohaia", gender="f", text="""
Director Mereana Hohaia says she has been thinking about Antigone since she was seventeen, when she read the play in a school library in New Plymouth and recognised her own aunties in the chorus.

Her production, which opens at Circa Theatre in Wellington on Friday, sets Sophocles' tragedy during a land occupation in Taranaki in 1979. Creon becomes a regional council chairman, and Antigone a young woman who insists on burying her brother on disputed land.

Hohaia, 38, trained at Toi Whakaari and has directed at Circa and Downstage since 2012. She says the idea came from a conversation with her uncle, who took part in a real occupation and has never spoken publicly about it. "He said to me, the Greeks were right about one thing: the state always thinks the dead belong to it," she says.

The cast is led by Kahurangi Tamati as Antigone and veteran actor Warren Beaton as Creon. Beaton, who has played Lear and Willy Loman at Circa, says he accepted the part before he had read the script because he trusted Hohaia. "I've worked with a lot of directors who know what they want. Mereana knows why she wants it," he says. He adds that ⟦flip:his|her⟧ rehearsal room is the calmest he has worked in for years.

Tamati, 24, is making her professional debut. She says Hohaia gave her a single instruction on the first day: never play Antigone as a victim. "She is the only person in the play who is absolutely sure of herself. That's terrifying to everyone else," Tamati says.

The production uses a chorus of six women singing waiata composed by Hohaia's cousin, Te Rina Hohaia. Lighting designer Sam Pryor, who worked with the director on her 2021 production of The Bacchae, has built the set from corrugated iron salvaged from a demolished woolshed.

Circa's artistic director, Nicholas Wray, says the theatre has not programmed a Greek tragedy in more than a decade. He says Hohaia persuaded the board by reading the final scene aloud at a meeting. "By the end there were two trustees in tears and one looking at the floor," he says. "We said yes before ⟦flip:he|she⟧ had sat down."

Antigone runs at Circa Theatre until 22 June.
"""),

dict(title="Missing tramper found alive after four nights in Tararua Range",
person="Ben Corrigan", gender="m", text="""
A tramper missing for four nights in the Tararua Range has been found alive and in good spirits, after a search involving more than fifty people and two helicopters.

Ben Corrigan, 27, from Kelburn, was located shortly after 8am on Thursday by a LandSAR team near the headwaters of the Waiohine River, about six kilometres from the track he had intended to follow. He was suffering from mild hypothermia and a sprained ankle and was flown to Wellington Hospital.

Search coordinator Sergeant Kate Whittle said Mr Corrigan had done "almost everything right" once he realised he was lost. He had stayed near water, built a shelter from his fly and kept a daily log in his notebook. "The one thing he didn't have was a personal locator beacon, and that would have turned a four-day search into a four-hour one," she said.

Corrigan set out from Otaki Forks on Sunday morning intending to walk to Field Hut and return the next day. His flatmate, Priya Naidoo, raised the alarm on Monday evening when he failed to come home. She said she had been sick with worry. "Ben's an experienced tramper, so when he's late you know something's wrong," she said.

His mother, Susan Corrigan, flew from Dunedin on Tuesday and waited at the search base in Otaki with his father, Neil. She said the family had never given up hope. "He's stubborn. We knew ⟦flip:she|he⟧ would be doing something sensible and annoying, like rationing chocolate," she said.

LandSAR volunteer Mike Tūhiwai, whose team found the tramper, said they heard him whistling before they saw him. Tūhiwai said Corrigan had apologised for the trouble and had asked whether anyone had any food. "We gave ⟦flip:her|him⟧ a muesli bar and he ate it in about two seconds," he said.

Speaking briefly from hospital, Corrigan said he had taken a wrong turn in low cloud on the first afternoon and tried to correct it, which made things worse. He thanked the searchers and said ⟦flip:her|his⟧ first purchase on leaving hospital would be a locator beacon.

Police and the Department of Conservation urged trampers to carry a beacon, leave detailed intentions with someone they trust, and check the forecast. Sergeant Whittle said the Tararuas had claimed lives in far better conditions than Corrigan faced.
"""),

dict(title="Marine biologist maps the hidden nurseries of Cook Strait",
person="Isla Fergusson", gender="f", text="""
For most of the past five years, Dr Isla Fergusson has spent one week in every four on a small research vessel in Cook Strait, lowering cameras into some of the roughest water in New Zealand.

The results, published this month in the journal Marine Ecology Progress Series, show that a patch of seafloor off Cape Terawhiti, long assumed to be barren, is a nursery for juvenile blue cod, tarakihi and at least two species of rock lobster.

Fergusson, 39, a senior lecturer at Victoria University of Wellington, grew up in Stromness in the Orkney Islands and came to New Zealand for her doctorate in 2011. She says she was drawn to the strait because nobody else wanted to work there. "The weather windows are tiny and the currents are brutal. That's exactly why nobody had looked properly," she says.

Her former doctoral supervisor, Professor Richard Henshaw, says ⟦flip:he|she⟧ was the most determined student he ever had. "Isla once sat out a southerly in a hut on the coast for three days so she wouldn't lose her slot on the boat," he says. "I told her she was mad. ⟦flip:He|She⟧ told me to bring more biscuits next time."

The research team includes PhD student Tama Rihari and technician Liz Oduya, who designed the camera rigs. Rihari, who is from Ōtaki, says Fergusson is generous with credit. "She puts students first on papers when it's our work. That doesn't always happen," he says.

The findings have attracted attention from fisheries managers. Kevin Moana, a commercial fisher from Island Bay, says he has trawled near the area for thirty years and was surprised by the footage. He says Fergusson came to a fishers' meeting to show the video, and that ⟦flip:his|her⟧ presentation changed several minds. "She didn't lecture anyone. She just showed us the fish," he says.

Fergusson is now working with the Ministry for Primary Industries on whether part of the area should be protected. She says she is wary of overstating the case. "We have five years of data from one small patch. I'd like twenty," she says.

Oduya says the team has already booked the boat for next summer. Asked whether Fergusson ever takes a holiday, Oduya laughs. "Her idea of a holiday is diving somewhere warmer," she says. Henshaw agrees, adding that he has not managed to get ⟦flip:him|her⟧ on land for longer than a fortnight in ten years, and that ⟦flip:his|her⟧ Orkney accent survives intact.
"""),

dict(title="McGuire eyes Olympic final after Lucerne silver",
person="Fintan McGuire", gender="m", text="""
Irish rower Fintan McGuire says his silver medal in the men's single sculls at the World Cup regatta in Lucerne has convinced him he can reach an Olympic final next summer.

The 26-year-old from Skibbereen finished 1.4 seconds behind the world champion, Oliver Brandt of Germany, on the Rotsee on Sunday, his best result in an international final. McGuire was fourth at the 500-metre mark but moved through the field in the third quarter.

"I've spent two years being told I go out too slowly. Today I went out slowly on purpose," he said. "The last 500 is where I live."

Brandt, who has not been beaten in a World Cup final since 2022, said McGuire had given him "a genuine scare". He said the Irishman's finishing speed was the best in the event.

McGuire's coach, Dominika Wiśniewska, said the result was the product of a winter spent on endurance work in Seville. She said she had changed his race plan only in the week before the regatta. "Fintan trusts the process, which makes my job easy," she said. "He also trusts his own body, which makes my job hard."

The result was a bright spot on a mixed weekend for Rowing Ireland. The women's double of Aoife Cronin and Megan Harte finished fifth, while the men's lightweight double failed to reach the A final. Cronin said she and Harte had been "a second off our best" and would learn from the race.

Rowing Ireland's high performance director, Anne-Marie Quill, said McGuire was now firmly in the conversation for a medal. She said ⟦flip:her|his⟧ progress over eighteen months had been remarkable, and that the association would support a training block at altitude in the spring.

McGuire's sister, Clare McGuire, rowed for Ireland at the last Olympics and now works as a physiotherapist with the squad. She said her brother had always been competitive, even as a child. "He used to race me to the school bus. I'd let him win. Don't tell him that," she said.

McGuire laughed when told of his sister's comments. ⟦flip:She|He⟧ said she had never let him win anything in her life. The next World Cup regatta takes place in Poznań in three weeks.
"""),

]
